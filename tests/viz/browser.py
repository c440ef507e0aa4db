"""Run the page in headless Chromium with the network cut off, and read its status element.

Used by the browser tests and to measure time to interactive; stdlib only.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: Flags from ECOSYSTEM.md §E.4 plus DNS and proxy blackholes, so any request fails.
OFFLINE_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=127.0.0.1:9",
    "--hide-scrollbars",
    "--window-size=1400,900",
)


def find_chromium() -> str | None:
    """Path of a Chromium binary, or None."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


@dataclass(frozen=True)
class PageRun:
    """What the page reported (``#kg-status`` data attributes), the DOM and Chromium's log."""

    status: dict[str, str]
    dom: str
    log: str


def _status(dom: str) -> dict[str, str]:
    tag = re.search(r'<div id="kg-status"[^>]*>', dom)
    if not tag:
        return {}
    return {k: html.unescape(v) for k, v in re.findall(r'data-([a-z]+)="([^"]*)"', tag.group(0))}


def run_page(
    page: Path,
    *,
    fragment: str = "",
    budget_ms: int = 5000,
    screenshot: Path | None = None,
    timeout: float = 90.0,
) -> PageRun:
    """Load ``page`` offline in a fresh profile and return its final DOM and status."""
    binary = find_chromium()
    if binary is None:
        raise FileNotFoundError("chromium")
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        action = [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
        cmd = [
            binary,
            *OFFLINE_FLAGS,
            f"--user-data-dir={profile}",
            "--enable-logging=stderr",
            "--v=0",
            f"--virtual-time-budget={budget_ms}",
            *action,
            page.resolve().as_uri() + (f"#{fragment}" if fragment else ""),
        ]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    return PageRun(status=_status(done.stdout), dom=done.stdout, log=done.stderr)


def console_messages(log: str) -> list[str]:
    """Every console message in Chromium's log.

    Chromium logs them all as ``INFO:CONSOLE`` without their level, and the page
    itself logs nothing, so any message (an uncaught error included) is a failure.
    """
    return [line for line in log.splitlines() if ":CONSOLE" in line]


def main(argv: list[str] | None = None) -> int:
    """``python -m tests.viz.browser PAGE [--shot PNG] [--node IRI]``: print what the page reported.

    Used to measure time to interactive (``tti``, ms on the page timeline) and to
    take the README screenshot; not a test.
    """
    import argparse
    import json
    import time

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("page", type=Path)
    parser.add_argument("--shot", type=Path, default=None)
    parser.add_argument("--node", default="")
    args = parser.parse_args(argv)
    fragment = f"node={args.node}" if args.node else ""
    started = time.perf_counter()
    run = run_page(args.page, fragment=fragment)
    wall = time.perf_counter() - started
    report = {
        k: run.status.get(k) for k in ("state", "nodes", "edges", "tti", "errors", "resources")
    }
    report["chromium_wall_s"] = round(wall, 2)
    report["console"] = console_messages(run.log)
    print(json.dumps(report, ensure_ascii=False))
    if args.shot:
        run_page(args.page, fragment=fragment, screenshot=args.shot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
