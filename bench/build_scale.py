"""Time one ``kg build`` of an existing corpus the way ``kg bench`` does, and its CPU.

Usage::

    python bench/build_scale.py ARTICLES_DIR OUT_DIR [kg build options, e.g. --no-html]
    PYTHONPATH=/tmp/old python bench/build_scale.py …   # an older checkout, same corpus

Runs ``kg build ARTICLES_DIR -o OUT_DIR -q [options]`` (default jobs: all cores) in a
child process under the process-tree RSS sampler of ``kg.bench`` (every 20 ms) and prints,
and writes to ``bench/results/<date>-<articles>-build.json``: wall time, articles/s,
peak RSS of the tree, the CPU seconds of the tree (user + sys of the build and its workers, which a busy
shared machine inflates far less than the wall time), the build's own stage timings and,
in the same run just before the build, the single-core floor of ``kg bench``
(``kg.bench.measure_floor``: read + lxml ``<p>`` text + Aho–Corasick over the first 500
files) with the ratio of the build's time per article per core to it.
Make a corpus with ``kg bench --workdir DIR`` or ``kg.bench.corpus.generate_corpus``.
"""

from __future__ import annotations

import json
import os
import resource
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    """Run, print and write the figures."""
    from kg import __version__
    from kg.bench import measure_floor, report_fields, run_build_command

    articles, out, extra = Path(sys.argv[1]), Path(sys.argv[2]), tuple(sys.argv[3:])
    paths = sorted(articles.glob("*.md"))
    count = len(paths)
    floor = measure_floor(paths[:500])
    cores = os.cpu_count() or 1
    load = os.getloadavg()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run = run_build_command(articles, out, jobs=None, extra=extra)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    report = run["report"]
    result = {
        "tool": f"pilot-zone-kg {__version__}",
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "articles": count,
        "command": run["command"],
        "exit_code": run["exit_code"],
        "wall_s": round(run["wall_s"], 1),
        "articles_per_s": round(count / run["wall_s"], 1),
        "peak_rss_mib": round(run["peak_rss_mib"], 1),
        "rss_samples": run["rss_samples"],
        "cpu_s_process_tree": round(cpu, 1),
        "cpu_ms_per_article": round(cpu / max(1, count) * 1e3, 2),
        "floor_us_per_article_1_core": round(floor["floor_us"], 1),
        "floor": {k: round(v, 1) for k, v in floor.items()},
        "ratio_to_floor_per_core": round(
            run["wall_s"] * cores / max(1, count) * 1e6 / floor["floor_us"], 1
        ),
        "load_average_at_start": [round(x, 2) for x in load],
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        **report_fields(report),
        "stderr_tail": run["stderr_tail"][-500:],
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    stamp = result["date"].replace(":", "").replace("-", "")
    path = results / f"{stamp}-{count}-build.json"
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(path)


if __name__ == "__main__":
    main()
