"""``kg build-dask``: the build on a Dask cluster → parts/*.nq (+ kg.trig, kg.ttl)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from kg.cli._common import EXIT_PARTIAL, MAX_BYTES_OPTION, time_limit_option
from kg.cli.build import shacl_line


def _summary(report: Any, out_dir: Path) -> str:
    lines = [
        f"cluster:  {report.scheduler}, {report.partitions} partitions",
        f"articles: {report.found} found, {report.built} built, {report.failed} failed, "
        f"{report.duplicates} duplicates",
        f"graph:    {report.quads:,} quads in {report.graphs} named graphs in "
        f"{len(report.parts)} part files",
    ]
    files = [str(out_dir / "parts"), str(out_dir / "report.json")]
    lines.append(f"shacl:    {shacl_line(report.shacl)}")
    if report.merged:
        lines.append(f"merged:   {report.triples:,} triples in kg.ttl")
        files[1:1] = [str(out_dir / "kg.trig"), str(out_dir / "kg.ttl")]
    lines.append(f"files:    {', '.join(files)}")
    lines.append(f"next:     kg load --store {out_dir / 'store'} --data {out_dir / 'parts'}")
    if report.failed:
        lines.append(
            f"errors:   {report.failed} article(s) failed; listed above and in report.json"
        )
    return "\n".join(lines)


@click.command("build-dask")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("out-dask"),
    show_default=True,
    help="Output folder (on storage every worker can write).",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="Dask scheduler, e.g. tcp://10.0.0.5:8786 [default: a local cluster].",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Worker processes of the local cluster (ignored with --scheduler).",
)
@click.option(
    "--partitions",
    type=click.IntRange(min=1),
    default=None,
    help="Number of part files [default: >= 8, at most 1,000 articles each].",
)
@click.option(
    "--merge/--no-merge",
    default=None,
    help="Also write kg.trig and kg.ttl [default: up to 20,000 articles].",
)
@click.option("-F", "--force", is_flag=True, help="Overwrite outputs not written by kg build.")
@click.option("--no-shacl", is_flag=True, help="Do not validate the graphs with the SHACL shapes.")
@MAX_BYTES_OPTION
@time_limit_option("; needs a main thread")
@click.option("-q", "--quiet", is_flag=True, help="No per-file error lines.")
def command(
    inputs: tuple[Path, ...],
    out_dir: Path,
    scheduler: str | None,
    workers: int,
    partitions: int | None,
    merge: bool | None,
    force: bool,
    no_shacl: bool,
    max_bytes: int,
    time_limit: float,
    quiet: bool,
) -> None:
    """Build the knowledge graph on a Dask cluster (pip install 'pilot-zone-kg[distributed]').

    Runs the same per-article function as kg build on Dask workers. Each partition of
    the sorted file list becomes one N-Quads file OUTPUT/parts/part-NNNNN.nq (plus
    part-build.nq and part-reference.nq), written by a worker; load them in bulk with
    kg load --data OUTPUT/parts/. Inputs and OUTPUT must be at the same paths on every
    worker (shared storage). Small corpora are also merged into OUTPUT/kg.trig and
    OUTPUT/kg.ttl. Exit code 3 when some articles failed (listed in report.json).

    \b
    Example:
        kg build-dask data/articles -o out-dask/
        kg build-dask data/articles -o out-dask/ --scheduler tcp://10.0.0.5:8786 --partitions 64
        kg load --store store/ --data out-dask/parts/
    """
    from kg.build import Limits
    from kg.build.distributed import build_distributed

    report = build_distributed(
        list(inputs),
        out_dir,
        scheduler=scheduler,
        partitions=partitions,
        limits=Limits(max_bytes=max_bytes, seconds=time_limit),
        merge=merge,
        force=force,
        workers=workers,
        shacl=not no_shacl,
    )
    if not quiet:
        for error in report.errors:
            click.echo(error["error"], err=True)
    click.echo(_summary(report, out_dir))
    sys.stdout.flush()
    if report.has_errors:
        sys.exit(EXIT_PARTIAL)
