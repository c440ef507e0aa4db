"""``kg reference``: counts and consistency checks of the reference data."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg.cli._common import EXIT_ERROR

if TYPE_CHECKING:
    from kg.refdata import Reference

__all__ = ["command"]


@click.command("reference")
@click.option(
    "--data-dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Data directory (or its reference/); default $KG_DATA_DIR or data/.",
)
@click.option("--validate-only", is_flag=True, help="Print only the problems, not the counts.")
@click.option(
    "--date",
    "day",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Count the zones in force on this day (YYYY-MM-DD); default today.",
)
@click.option(
    "--provisional",
    is_flag=True,
    hidden=True,
    help="No longer needed: batch 8 is in the default reference (kept as a no-op).",
)
@click.option(
    "--shacl/--no-shacl",
    default=True,
    show_default=True,
    help="Also validate the reference graph against ontology/shapes.ttl.",
)
def command(
    data_dir: Path | None, validate_only: bool, day: datetime | None, provisional: bool, shacl: bool
) -> None:
    """Load data/reference/, print counts and problems; exit 1 when there are problems.

    Also prints how many zones are in force on the day (today unless --date) and how
    many of those rest on single-source or unconfirmed rows.

    \b
    Example:
        kg reference
        kg reference --date 2022-12-31
        kg reference --data-dir /tmp/data --validate-only
    """
    from kg.refdata import load_reference, validate_reference

    if provisional:
        click.echo(
            "note: --provisional is no longer needed and is ignored: batch 8 is in the "
            "default reference, each row with its confidence (data/reference/README.md)",
            err=True,
        )
    ref = load_reference(data_dir)
    problems = validate_reference(ref)
    if shacl:
        from kg.graph.reference import reference_quads
        from kg.graph.shacl import validate_graph

        conforms, report = validate_graph(reference_quads(ref))
        if not conforms:
            problems.append("SHACL validation failed:\n" + report.strip())
    if not validate_only:
        levels = Counter(p.level for p in ref.places.values() if p.current)
        abolished = Counter(p.level for p in ref.places.values() if not p.current)
        click.echo(f"reference data: {ref.directory}")
        click.echo("places: " + ", ".join(f"{lvl} {n}" for lvl, n in sorted(levels.items())))
        if abolished:
            click.echo(
                "places abolished since, kept for older articles: "
                + ", ".join(f"{lvl} {n}" for lvl, n in sorted(abolished.items()))
            )
        click.echo(f"orgs: {len(ref.orgs)}")
        click.echo(f"documents: {len(ref.documents)}")
        click.echo(f"batches: {len(ref.batches)}")
        click.echo(f"zones: {len(ref.zones)} (every batch, revoked ones included)")
        confidence = Counter(z.confidence for z in ref.zones.values() if z.confidence)
        for label, n in sorted(confidence.items()):
            click.echo(f"zones {label}: {n}")
        click.echo(_in_force_line(ref, day.date() if day else date.today()))
        ended = [z for z in ref.zones.values() if z.end_date is not None]
        if ended:
            sure = Counter(z.end_confidence or "not stated" for z in ended)
            click.echo(
                f"revoked zones: {len(ended)} ("
                + ", ".join(f"{label} {n}" for label, n in sorted(sure.items()))
                + ")"
            )
    for problem in problems:
        click.echo(f"problem: {problem}", err=True)
    if problems:
        raise SystemExit(EXIT_ERROR)
    if validate_only:
        click.echo("reference data is consistent")


def _in_force_line(ref: Reference, day: date) -> str:
    """``zones in force on <day>: N (single-source S, unconfirmed U)``."""
    zones = ref.zones_in_force(day)
    sure = Counter(z.confidence for z in zones)
    return (
        f"zones in force on {day.isoformat()}: {len(zones)} (single-source "
        f"{sure['single-source']}, unconfirmed {sure['unconfirmed']})"
    )
