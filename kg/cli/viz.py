"""``kg viz``: write the interactive, offline HTML view of the built graph."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import DATA_OPTION
from kg.errors import OutputError


def _split_types(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [t for t in (part.strip() for part in value.split(",")) if t]


@click.command("viz")
@DATA_OPTION
@click.option(
    "-o",
    "--output",
    "output",
    default="out/kg.html",
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="HTML file to write.",
)
@click.option(
    "--focus",
    default=None,
    help="Detail view of the neighbourhood of this name, e.g. 浙江 (default: the overview).",
)
@click.option(
    "--radius",
    default=2,
    show_default=True,
    type=click.IntRange(0, 6),
    help="Hops kept around --focus.",
)
@click.option(
    "--types",
    default=None,
    metavar="KIND,…",
    help="Detail view of these node kinds: zone,batch,document,org,province,prefecture,"
    "county,special-area,country,place,article,person,post,observation,claim.",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(1),
    default=None,
    help="Draw at most N nodes (overview: 3000; the least mentioned go to search).",
)
@click.option(
    "--size-by",
    type=click.Choice(["pagerank", "degree"]),
    default="pagerank",
    show_default=True,
    help="What sets the node size.",
)
@click.option(
    "--article-base",
    default=None,
    metavar="URL|PATH",
    help="Where the source .md files are, relative to the HTML (e.g. ../data/articles).",
)
@click.option("--force", "-F", is_flag=True, help="Overwrite an existing output file.")
def command(
    data: Path,
    output: Path,
    focus: str | None,
    radius: int,
    types: str | None,
    max_nodes: int | None,
    size_by: str,
    article_base: str | None,
    force: bool,
) -> None:
    """Write one self-contained HTML page of the graph (no network needed to view it).

    By default the overview: places and zones on the map, a date control with the
    zones in force, documents, bodies and batches beside the map; click a node for
    its relations, figures, articles and evidence; kg.html#zone/cbec-330700 opens
    with that zone selected. --focus or --types write the detail view of a part.

    \b
    Example:
        kg viz --data out/ -o out/kg.html --force
        kg viz --focus 浙江 --types zone,province,prefecture,batch -o out/zj.html
    """
    from kg.query import open_graph
    from kg.viz import write_html

    if output.exists() and not force:
        raise OutputError(f"{output}: file exists; pass --force to overwrite it")
    output.parent.mkdir(parents=True, exist_ok=True)
    graph = open_graph(data)
    stats = write_html(
        graph.store,
        output,
        focus=focus,
        radius=radius,
        types=_split_types(types),
        max_nodes=max_nodes,
        size_by=size_by,
        article_base=article_base,
    )
    click.echo(
        f"wrote {stats.path} ({stats.nodes} of {stats.total_nodes} nodes, "
        f"{stats.edges} edges, {stats.bytes:,} bytes)",
        err=True,
    )
