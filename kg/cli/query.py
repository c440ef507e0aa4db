"""``kg query``: run a named query, a .rq file or SPARQL from stdin on the built graph."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import click

from kg.cli._common import DATA_OPTION, FORMATS, TABLE_WIDTH, render_rows
from kg.errors import QueryError


def _split_params(pairs: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(
                f"{pair!r} is not k=v, e.g. --param place=金华", param_hint="--param"
            )
        params[key.strip()] = value
    return params


@click.command("query")
@click.argument("query")
@DATA_OPTION
@click.option(
    "--param",
    "-p",
    "pairs",
    multiple=True,
    metavar="K=V",
    help="Query parameter (repeatable); see kg queries for each query's parameters.",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=None,
    help="Rows of a paged named query (its default is in kg queries; 0: every row).",
)
@click.option(
    "--offset",
    type=click.IntRange(min=0),
    default=None,
    help="Skip this many rows (or keys) of a paged named query: the next page.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option(
    "--iris",
    is_flag=True,
    help="Table: full IRIs and raw values (default: CURIEs, units, 120 columns).",
)
def command(
    query: str,
    data: Path,
    pairs: tuple[str, ...],
    limit: int | None,
    offset: int | None,
    fmt: str,
    iris: bool,
) -> None:
    """Run QUERY (a named query, a .rq file, or - for stdin) and print the rows.

    Parameters of a named query are parsed by their declared type; for a file or
    stdin they are bound as plain strings, and the query must SELECT them.

    \b
    Example:
        kg query zone-detail --param place=金华
        kg query mentions-of -p entity=商务部 --limit 20 --offset 20
        kg query zones-as-of -p date=2021-12-31 --format csv --data out/
        echo 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | kg query -
    """
    from kg.query import open_graph
    from kg.query.named import get_named_query, named_queries

    params = _split_params(pairs)
    for name, value in (("limit", limit), ("offset", offset)):
        if value is not None:
            params[name] = str(value)
    if query == "-":
        result = open_graph(data).query(sys.stdin.read(), params)
    elif query in named_queries():
        get_named_query(query).paged(get_named_query(query).bind(params))  # errors before the load
        result = open_graph(data).run_named(query, **params)
    elif Path(query).is_file():
        result = open_graph(data).query(Path(query).read_text(encoding="utf-8"), params)
    else:
        hint = "no such file" if query.endswith(".rq") else "not a file either"
        raise QueryError(
            f"unknown named query {query!r} ({hint}); available: {', '.join(named_queries())}"
        )
    click.echo(
        render_rows(result.columns, result.rows, fmt, readable=not iris, width=_table_width()),
        nl=False,
    )


def _table_width() -> int:
    """The terminal's width when stdout is one, else ``TABLE_WIDTH`` (120)."""
    if sys.stdout.isatty():
        return max(60, shutil.get_terminal_size((TABLE_WIDTH, 24)).columns)
    return TABLE_WIDTH
