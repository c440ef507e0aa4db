"""``kg eval``: score the extractor against the hand-made gold annotations."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import EXIT_ERROR, render_rows

_THRESHOLDS = (
    ("entity", "precision", "min_entity_precision"),
    ("entity", "recall", "min_entity_recall"),
    ("relation", "precision", "min_relation_precision"),
    ("relation", "recall", "min_relation_recall"),
    ("observation", "precision", "min_observation_precision"),
    ("observation", "recall", "min_observation_recall"),
    ("claim", "precision", "min_claim_precision"),
    ("claim", "recall", "min_claim_recall"),
)


def _threshold_option(name: str) -> click.Option:
    flag = "--" + name.replace("_", "-")
    return click.Option([flag, name], type=click.FloatRange(0.0, 1.0), default=None,
                        help=f"Exit 1 when the micro total is below this ({flag[6:]}).")


@click.command(name="eval")
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=Path("tests/gold"), show_default=True, help="Directory of gold JSON files.")
@click.option("--articles", "articles_dir",
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=Path("data/articles"), show_default=True,
              help="Directory holding the annotated articles.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv"]),
              default="table", show_default=True, help="Output format.")
def _command(gold_dir: Path, articles_dir: Path, fmt: str, **minimums: float | None) -> None:
    """Score kg.pipeline.extract_facts on the gold set: P/R/F1 per label and predicate.

    Rows are entity labels (exact span + IRI), a lenient unique-IRI entity score,
    relation predicates, observation measures and claim kinds, each group with a
    micro-averaged total. The --min-* flags make the command exit 1 when a total
    falls below them (targets: entities P>=0.95 R>=0.90; relations P>=0.90 R>=0.80).

    \b
    Example:
        kg eval --gold tests/gold --min-entity-precision 0.95 --min-entity-recall 0.90
    """
    from kg.eval import COLUMNS, evaluate, load_gold

    report = evaluate(load_gold(gold_dir, articles_dir=articles_dir))
    click.echo(render_rows(COLUMNS, report.rows(), fmt), nl=False)
    failures = []
    for group, measure, name in _THRESHOLDS:
        minimum = minimums.get(name)
        value = getattr(report.get(group), measure)
        if minimum is not None and value < minimum:
            failures.append(f"{group} {measure} {value:.3f} < {minimum:.3f}")
    if failures:
        click.echo("Below threshold: " + "; ".join(failures), err=True)
        raise SystemExit(EXIT_ERROR)


for _group, _measure, _name in _THRESHOLDS:
    _command.params.append(_threshold_option(_name))

command = _command
