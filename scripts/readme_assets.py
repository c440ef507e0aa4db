"""Regenerate the README's figures from an actual run: the build summary and the screenshots.

Usage: ``.venv/bin/python scripts/readme_assets.py`` (from the repository root).

1. ``kg build data/articles -o out/ --force`` (what ``make run`` does); the summary it
   prints replaces the block between ``<!-- summary:start -->`` and ``<!-- summary:end -->``.
2. With Chromium installed (network disabled, see ``tests/viz/browser.py``): screenshots of
   ``out/kg.html`` into ``notebooks/img/``: the overview, the date control at 2021-12-31
   (105 zones) and 金华综试区 selected, and the ``kg serve`` query page running an example.
   Without Chromium this step says so and stops.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.viz.browser import find_chromium, run_page  # noqa: E402

SHOTS = {
    "kg-overview.png": "",
    "kg-2021-12-31.png": "date=2021-12-31",
    "kg-html.png": "zone/cbec-330700",
}
MARKERS = re.compile(r"(<!-- summary:start -->\n```\n).*?(```\n<!-- summary:end -->)", re.DOTALL)


def build_summary() -> str:
    """Run the quick-start build and return what it printed."""
    kg = Path(sys.executable).parent / "kg"
    done = subprocess.run(
        [str(kg), "build", "data/articles", "-o", "out/", "--force"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [
        ln
        for ln in (done.stdout + done.stderr).splitlines()
        if re.match(r"^(articles|graph|entities|shacl|files|next):", ln)
    ]
    return "\n".join(lines) + "\n"


def update_readme(summary: str) -> bool:
    """Put ``summary`` between the README markers; False when the markers are missing."""
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    new, count = MARKERS.subn(lambda m: m.group(1) + summary + m.group(2), text)
    if count:
        readme.write_text(new, encoding="utf-8")
    return bool(count)


def screenshots() -> None:
    """Take the README screenshots of out/kg.html (Chromium, network disabled)."""
    if find_chromium() is None:
        print(
            "no chromium: screenshots not taken "
            "(apt-get install -y --no-install-recommends chromium fonts-noto-cjk)"
        )
        return
    page = ROOT / "out" / "kg.html"
    for name, fragment in SHOTS.items():
        run = run_page(page, fragment=fragment, budget_ms=8000)
        status = {k: run.status.get(k) for k in ("state", "nodes", "inforce", "selected")}
        run_page(
            page, fragment=fragment, budget_ms=8000, screenshot=ROOT / "notebooks" / "img" / name
        )
        print(name, json.dumps(status, ensure_ascii=False))


def query_page_screenshot() -> None:
    """Screenshot of the kg serve query page (loopback only) running zones-by-province."""
    import tempfile
    import threading

    from kg.query import open_graph
    from kg.query.serve import make_server

    binary = find_chromium()
    if binary is None:
        return
    server = make_server(open_graph(ROOT / "out"), "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
            subprocess.run(
                [
                    binary,
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--hide-scrollbars",
                    "--window-size=1300,800",
                    f"--user-data-dir={profile}",
                    "--virtual-time-budget=5000",
                    f"--screenshot={ROOT / 'notebooks' / 'img' / 'kg-serve.png'}",
                    f"http://{host}:{port}/#example=zones-by-province",
                ],
                capture_output=True,
                timeout=90,
                check=False,
            )
        print("kg-serve.png")
    finally:
        server.shutdown()
        server.server_close()


def main() -> int:
    summary = build_summary()
    print(summary, end="")
    if not update_readme(summary):
        print("README.md has no summary markers; not updated")
    screenshots()
    query_page_screenshot()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
