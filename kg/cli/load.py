"""``kg load``: bulk-load the built graph into a persistent pyoxigraph store."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("load")
@click.option(
    "--store",
    "store_dir",
    required=True,
    type=click.Path(path_type=Path),
    help="Store directory to create (pyoxigraph / RocksDB).",
)
@click.option(
    "--data",
    "data",
    default="out",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Out dir of kg build (kg.trig), a folder of *.nq parts (kg build-dask), or one RDF file.",
)
@click.option("--force", "-F", is_flag=True, help="Replace an existing store.")
def command(store_dir: Path, data: Path, force: bool) -> None:
    """Load the graph into a store that kg query, kg serve and Python reopen instantly.

    \b
    Example:
        kg load --store store/ --data out/
        kg query zones-by-province --data store/
    """
    from kg.query import load_store

    report = load_store(data, store_dir, force=force)
    click.echo(
        f"loaded {report.quads:,} quads in {report.graphs} named graphs from {report.source} "
        f"into {report.store_dir} in {report.seconds:.2f} s",
        err=True,
    )
