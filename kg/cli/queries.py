"""``kg queries``: list the named queries with their parameters."""

from __future__ import annotations

import click

from kg.cli._common import FORMATS, render_rows


@click.command("queries")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def command(fmt: str) -> None:
    """List the named queries: name, parameters (name:type, * = required), description.

    \b
    Example:
        kg queries
        kg query zones-in-batch --param batch=6
    """
    from kg.query import named_queries

    rows = []
    for query in named_queries().values():
        params = " ".join(f"{p.name}:{p.type}{'*' if p.required else ''}" for p in query.params)
        rows.append((query.name, params, query.description))
    click.echo(render_rows(("name", "parameters", "description"), rows, fmt), nl=False)
