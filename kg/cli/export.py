"""``kg export``: write the networkx projection of the graph for Gephi, Cytoscape or d3."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import DATA_OPTION
from kg.errors import OutputError


@click.command("export")
@DATA_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "gexf", "json"]),
    required=True,
    help="graphml and gexf for Gephi/Cytoscape, json is networkx node-link.",
)
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write.",
)
@click.option("--force", "-F", is_flag=True, help="Overwrite an existing output file.")
def command(data: Path, fmt: str, output: Path, force: bool) -> None:
    """Export the typed node/edge graph (labels, kinds, provinces, batches, relations),
    with positions (places on the map), colours and sizes, so Gephi opens it laid out.

    \b
    Example:
        kg export --format graphml -o out/kg.graphml
        kg export --format json -o out/kg.json --data out/
    """
    from kg.analyze import export_graph, project_store
    from kg.query import open_graph

    if output.exists() and not force:
        raise OutputError(f"{output}: file exists; pass --force to overwrite it")
    from kg.viz.layout import export_layout

    nxg = project_store(open_graph(data).store)
    export_graph(nxg, output, fmt, positions=export_layout(nxg))
    click.echo(
        f"wrote {output} ({nxg.number_of_nodes()} nodes, {nxg.number_of_edges()} edges)", err=True
    )
