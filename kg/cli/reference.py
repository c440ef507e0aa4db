"""``kg reference``: counts and consistency checks of the reference data."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from kg.cli._common import EXIT_ERROR

__all__ = ["command"]


@click.command("reference")
@click.option("--data-dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Data directory (or its reference/); default $KG_DATA_DIR or data/.")
@click.option("--validate-only", is_flag=True, help="Print only the problems, not the counts.")
@click.option("--provisional", is_flag=True, help="Also load provisional rows (batch 8).")
@click.option("--shacl/--no-shacl", default=True, show_default=True,
              help="Also validate the reference graph against ontology/shapes.ttl.")
def command(data_dir: Path | None, validate_only: bool, provisional: bool, shacl: bool) -> None:
    """Load data/reference/, print counts and problems; exit 1 when there are problems.

    \b
    Example:
        kg reference
        kg reference --data-dir /tmp/data --validate-only
    """
    from kg.refdata import load_reference, validate_reference

    ref = load_reference(data_dir, include_provisional=provisional)
    problems = validate_reference(ref)
    if shacl:
        from kg.graph.reference import reference_quads
        from kg.graph.shacl import validate_graph

        conforms, report = validate_graph(reference_quads(ref))
        if not conforms:
            problems.append("SHACL validation failed:\n" + report.strip())
    if not validate_only:
        levels = Counter(p.level for p in ref.places.values())
        click.echo(f"reference data: {ref.directory}")
        click.echo("places: " + ", ".join(f"{lvl} {n}" for lvl, n in sorted(levels.items())))
        click.echo(f"orgs: {len(ref.orgs)}")
        click.echo(f"documents: {len(ref.documents)}")
        click.echo(f"batches: {len(ref.batches)}")
        click.echo(f"zones: {len(ref.zones)}")
        confidence = Counter(z.confidence for z in ref.zones.values() if z.confidence)
        for label, n in sorted(confidence.items()):
            click.echo(f"zones {label}: {n}")
    for problem in problems:
        click.echo(f"problem: {problem}", err=True)
    if problems:
        raise SystemExit(EXIT_ERROR)
    if validate_only:
        click.echo("reference data is consistent")
