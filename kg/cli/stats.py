"""``kg stats``: counts, centrality leaders, components and zone tables of the built graph."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli._common import DATA_OPTION, render_rows


@click.command("stats")
@DATA_OPTION
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option(
    "--top",
    default=10,
    show_default=True,
    type=click.IntRange(1),
    help="Rows in the degree and PageRank tables.",
)
def command(data: Path, fmt: str, top: int) -> None:
    """Print node and edge counts by kind and relation, the best-connected nodes
    (degree, PageRank), connected components, and zones per province and batch.

    \b
    Example:
        kg stats --data out/
        kg stats --format json --top 20 > stats.json
    """
    from kg.analyze import compute_stats, project_store
    from kg.query import open_graph

    store = open_graph(data).store
    stats = compute_stats(store, project_store(store), top=top)
    if fmt == "json":
        click.echo(json.dumps(stats.as_dict(), ensure_ascii=False, indent=2))
        return
    for name, columns, rows in stats.sections:
        click.echo(f"## {name}")
        click.echo(render_rows(columns, rows, "table", readable=True))
