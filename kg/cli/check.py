"""``kg check``: each article's checkable claims against the reference facts, and conflicting figures."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg.cli._common import DATA_OPTION, render_rows

if TYPE_CHECKING:
    from kg.check import ClaimCheck, FigureGroup

#: exit status of ``--fail-on-inconsistent`` when a claim is inconsistent
EXIT_INCONSISTENT = 4

CLAIM_COLUMNS = (
    "status",
    "kind",
    "about",
    "claimed",
    "computed",
    "as_of",
    "source",
    "sentence",
    "note",
)
FIGURE_COLUMNS = ("about", "measure", "statistic", "period", "unit", "value", "source", "sentence")


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date; write YYYY-MM-DD, e.g. 2023-01-01"
        ) from None


@click.command("check")
@DATA_OPTION
@click.option(
    "--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True
)
@click.option(
    "--as-of",
    "as_of",
    callback=_parse_date,
    metavar="DATE",
    help="Check every claim as of this date instead of its article's date.",
)
@click.option(
    "--fail-on-inconsistent",
    is_flag=True,
    help=f"Exit {EXIT_INCONSISTENT} when a claim is inconsistent (default: exit 0).",
)
def command(data: Path, fmt: str, as_of: date | None, fail_on_inconsistent: bool) -> None:
    """Check what articles claim (zone counts, coverage) against the reference data.

    Each claim is checked as of its article's publication date: a zone counts
    when its approval took effect on or before that day. Prints the status, the
    claimed and computed values and the evidence sentence, then the figures that
    different articles report differently; JSON output adds the SPARQL query
    that computed each value.

    \b
    Example:
        kg check --data out/
        kg check --data out/ --as-of 2023-01-01 --format json
    """
    from kg.check import INCONSISTENT, check_claims, compare_figures
    from kg.query import open_graph

    graph = open_graph(data)
    checks = check_claims(graph, as_of=as_of)
    conflicts = [g for g in compare_figures(graph) if g.is_conflicting]
    if fmt == "json":
        report = {
            "claims": [_claim_record(c) for c in checks],
            "figure_conflicts": [_figure_record(g) for g in conflicts],
        }
        click.echo(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    else:
        click.echo(render_rows(CLAIM_COLUMNS, [_claim_row(c) for c in checks], "table"), nl=False)
        click.echo("\nConflicting figures (same place, measure, statistic and period):")
        rows = [row for g in conflicts for row in _figure_rows(g)]
        click.echo(render_rows(FIGURE_COLUMNS, rows, "table"), nl=False)
    if fail_on_inconsistent and any(c.status == INCONSISTENT for c in checks):
        click.get_current_context().exit(EXIT_INCONSISTENT)


def _claimed_text(check: ClaimCheck) -> str:
    if check.kind == "ProvinceCoverage":
        return "all"
    if check.kind == "ZonesInFirstBatches" and check.upto_batch is not None:
        return f"{check.claimed_value} (batches 1-{check.upto_batch})"
    return "" if check.claimed_value is None else str(check.claimed_value)


def _claim_row(check: ClaimCheck) -> list[Any]:
    return [
        check.status,
        check.kind,
        check.about_label or check.about,
        _claimed_text(check),
        check.computed_value,
        check.as_of,
        check.source_file or check.article,
        check.sentence,
        check.note,
    ]


def _claim_record(check: ClaimCheck) -> dict[str, Any]:
    return {
        "claim": check.claim,
        "status": check.status,
        "kind": check.kind,
        "about": check.about,
        "about_label": check.about_label,
        "claimed_value": check.claimed_value,
        "upto_batch": check.upto_batch,
        "computed_value": check.computed_value,
        "as_of": check.as_of,
        "unconfirmed_zones_counted": check.unconfirmed,
        "single_source_zones_counted": check.single_source,
        "note": check.note,
        "article": check.article,
        "source_file": check.source_file,
        "sentence": check.sentence,
        "query": check.query,
    }


def _period_text(group: FigureGroup) -> str:
    if group.period_start is not None:
        return f"{group.period_start}/{group.period_end or ''}"
    return group.period_label or ""


def _figure_rows(group: FigureGroup) -> list[list[Any]]:
    return [
        [
            group.about_label or group.about,
            group.measure,
            group.statistic,
            _period_text(group),
            group.unit,
            s.value,
            s.source_file or s.article,
            s.sentence,
        ]
        for s in group.sources
    ]


def _figure_record(group: FigureGroup) -> dict[str, Any]:
    return {
        "about": group.about,
        "about_label": group.about_label,
        "measure": group.measure,
        "statistic": group.statistic,
        "period_start": group.period_start,
        "period_end": group.period_end,
        "period_label": group.period_label,
        "unit": group.unit,
        "values": [str(v) for v in group.values],
        "sources": [
            {
                "value": str(s.value),
                "approximation": s.approximation,
                "article": s.article,
                "source_file": s.source_file,
                "published": s.published,
                "sentence": s.sentence,
            }
            for s in group.sources
        ],
    }
