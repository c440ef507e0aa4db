"""``kg bench``: measure throughput, stages, memory and the floor on a generated corpus."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("bench")
@click.option(
    "-n",
    "--articles",
    type=click.IntRange(min=10),
    default=10_000,
    show_default=True,
    help="Articles to generate and build.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes [default: all cores].",
)
@click.option(
    "--sample",
    type=click.IntRange(min=10),
    default=500,
    show_default=True,
    help="Articles used for the stage breakdown and the floor.",
)
@click.option(
    "--workdir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Keep the generated corpus and output here [default: a temporary folder].",
)
@click.option(
    "--results",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("bench/results"),
    show_default=True,
    help="Where the JSON goes.",
)
@click.option("--no-queries", is_flag=True, help="Do not time the named queries.")
@click.option(
    "--queries-on",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=None,
    help="Only time the named queries on this existing kg build output (no corpus, no build).",
)
def command(
    articles: int,
    jobs: int | None,
    sample: int,
    workdir: Path | None,
    results: Path,
    no_queries: bool,
    queries_on: Path | None,
) -> None:
    """Benchmark the build on N generated articles (not a test: it only measures).

    Runs `kg build` with its defaults in a child process, as a user would, and
    prints its articles/s, the ratio to the floor (read + lxml + Aho–Corasick over
    the same files, per core), the per-stage breakdown, peak RSS of the build's
    whole process tree (sampled every 20 ms), SHACL and kg.html figures, the no-op
    rebuild rate and every named query's time on the store the build left; writes
    the figures as JSON under bench/results/.

    Each named query is timed (median of 3, its example parameters, paged ones on
    their first page) and flagged OVER 1 s past the budget.

    \b
    Example:
        kg bench --articles 10000
        kg bench --articles 100000 --jobs 2 --no-queries
        kg bench --queries-on /tmp/out100k
    """
    from kg.bench import query_lines, run_benchmark, write_results
    from kg.build import default_jobs

    if queries_on is not None:
        _queries_only(queries_on, results)
        return

    result = run_benchmark(
        articles,
        jobs=jobs or default_jobs(),
        workdir=workdir,
        sample=sample,
        queries=not no_queries,
    )
    path = write_results(result, results)
    e2e = result["end_to_end"]
    click.echo(f"articles:        {result['articles']:,} with {result['jobs']} job(s)")
    click.echo(
        f"end to end:      {e2e['articles_per_s']:,} articles/s ({e2e['wall_s']} s), "
        f"{e2e['us_per_article_per_core']} µs/article/core"
    )
    click.echo(
        f"floor:           {result['floor']['floor_us']} µs/article/core "
        f"(read {result['floor']['read_us']}, html {result['floor']['html_us']}, "
        f"match {result['floor']['match_us']}) → ratio {result['ratio_to_floor_per_core']}x"
    )
    stages = result["stages_single_process"]
    click.echo(
        "stages (1 proc): "
        + ", ".join(f"{k[:-3]} {v}" for k, v in stages.items() if k.endswith("_us"))
        + " µs/article"
    )
    ner = result.get("ner_single_process") or {}
    if ner:
        click.echo(
            f"ner (off by default, KG_NER=1): +{ner['ner_us']} µs/article "
            f"({ner['rules_us']} → {ner['rules_and_ner_us']}), "
            f"{ner['ner_sentences_per_article']} sentences/article through the model"
        )
    click.echo(f"command:         {e2e['command']} (exit {e2e['exit_code']})")
    click.echo(
        f"peak RSS:        {e2e['peak_rss_mib']} MiB (process tree, {e2e['rss_samples']} samples)"
    )
    click.echo("build timings:   " + json.dumps(e2e["build_timings_s"]))
    click.echo("shacl:           " + json.dumps(e2e["shacl"]))
    click.echo(f"graph:           {e2e['triples']:,} triples, {e2e['quads']:,} quads")
    inc = result["incremental"]
    click.echo(f"no-op rebuild:   {inc['articles_per_s']:,} articles/s ({inc['wall_s']} s)")
    if result.get("query_ms"):
        click.echo("named queries (median of 3, ms):")
        for line in query_lines(result["query_ms"]):
            click.echo(line)
    click.echo(f"results:         {path}")


def _queries_only(out_dir: Path, results: Path) -> None:
    """Time the named queries on an existing build output and write them as JSON."""
    import os
    from datetime import UTC, datetime

    from kg import __version__
    from kg.bench import query_lines, time_queries, write_results

    report_path = out_dir / "report.json"
    report = json.loads(report_path.read_text(encoding="utf-8")) if report_path.is_file() else {}
    articles = report.get("articles", {}).get("found", 0)
    times = time_queries(out_dir)
    result = {
        "tool": f"pilot-zone-kg {__version__}",
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": {"cpus": os.cpu_count(), "load_average_at_start": os.getloadavg()},
        "articles": articles,
        "queries_on": str(out_dir),
        "quads": report.get("quads", 0),
        "query_ms": times,
    }
    path = write_results(result, results)
    click.echo(f"articles:        {articles:,} ({out_dir}), {result['quads']:,} quads")
    click.echo("named queries (median of 3, ms):")
    for line in query_lines(times):
        click.echo(line)
    click.echo(f"results:         {path}")
