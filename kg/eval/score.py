"""Score an extractor against the gold: precision, recall, F1 per label and predicate.

Matching keys (all per article):

- entities: ``(start, end, iri)`` of linked mentions whose label is in scope
  (``DocumentNumber`` counts as ``Legislation``; unlinked mentions are ignored,
  they never become graph entities). Span edges are trimmed of whitespace and
  《》 and quotes on both sides first, so ``《批复》`` and ``批复`` are the same span.
- entities, lenient: the set of unique IRIs per article.
- relations: ``(subject, predicate, object)``; a literal object compares by value.
- observations: ``(about, measure, statistic, value, unit, period start, period end,
  partner, target)``, value as a Decimal: a figure with the wrong period is wrong.
- claims: ``(kind, about, value, zone type)``.
- optional gold (tests/gold/SCOPE.md): a prediction on an optional entity's span (or
  with its IRI, overlapping it), a prediction equal to an optional observation, and a
  predicted relation not in the gold whose subject is an optional entity only (a body
  listed as optional: 达州市气象台 → its city) count neither way; so does a predicted
  ``schema:contributor`` (reporters and photo credits are optional in GOLD-GUIDELINES)
  that the gold does not list.
- must-not: a predicted entity overlapping a ``must_not`` span (with one of its
  labels, when given) is a hit, reported in the ``must-not`` group (``fp`` = hits),
  unless the gold lists that very span as an entity (浙江 over the trap 江西 in 浙江西部).

Totals are micro-averaged (counts summed before dividing). With nothing predicted,
precision is 1.0; with nothing to find, recall is 1.0.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from kg.eval.gold import ENTITY_LABELS, GoldArticle, GoldObservation
from kg.model import IMAGE_CAPTION, Article, Extraction, Literal, Observation

__all__ = [
    "EvalReport",
    "Score",
    "errors",
    "evaluate",
    "must_not_hits",
    "score_article",
]

TOTAL = "total"
#: mention labels scored under a gold label (SCOPE.md: PilotZone is any other zone instance)
_LABEL_ALIASES = {"DocumentNumber": "Legislation", "ComprehensiveBondedZone": "PilotZone"}
_TRIM = " \t\n\u3000《》“”"

Extractor = Callable[[Article], Extraction]


@dataclass(frozen=True, slots=True)
class Score:
    """Counts for one row of the report (``group`` such as ``entity``, ``key`` a label)."""

    group: str
    key: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """tp / (tp + fp), or 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), or 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class EvalReport:
    """All scores of one evaluation run, one ``Score`` per (group, key)."""

    scores: tuple[Score, ...]
    articles: int

    def get(self, group: str, key: str = TOTAL) -> Score:
        """Return the score of ``group``/``key`` (``key="total"`` for the micro total).

        Raises:
            KeyError: no such row.
        """
        for score in self.scores:
            if score.group == group and score.key == key:
                return score
        raise KeyError(f"no score for group {group!r} key {key!r}")

    def rows(self) -> list[tuple[str, str, int, int, int, str, str, str]]:
        """Plain rows for ``render_rows``: group, key, tp, fp, fn, P, R, F1 (3 decimals)."""
        return [
            (
                s.group,
                s.key,
                s.tp,
                s.fp,
                s.fn,
                f"{s.precision:.3f}",
                f"{s.recall:.3f}",
                f"{s.f1:.3f}",
            )
            for s in self.scores
        ]


COLUMNS = ("group", "key", "tp", "fp", "fn", "precision", "recall", "f1")


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start] in _TRIM:
        start += 1
    while end > start and body[end - 1] in _TRIM:
        end -= 1
    return start, end


def _predicted_entities(extraction: Extraction) -> dict[tuple[int, int, str], str]:
    body = extraction.article.body
    found: dict[tuple[int, int, str], str] = {}
    for mention in extraction.mentions:
        label = _LABEL_ALIASES.get(mention.label, mention.label)
        if mention.iri is None or label not in ENTITY_LABELS:
            continue
        found[(*_trim(body, mention.start, mention.end), mention.iri)] = label
    return found


def _gold_entities(gold: GoldArticle) -> dict[tuple[int, int, str], str]:
    body = gold.article.body
    return {(*_trim(body, e.start, e.end), e.iri): e.label for e in gold.entities if not e.optional}


def _is_optional(gold: GoldArticle, key: tuple[int, int, str]) -> bool:
    """True when a predicted entity sits on an optional gold span (or carries its IRI)."""
    body = gold.article.body
    start, end, iri = key
    for entity in gold.entities:
        if not entity.optional:
            continue
        o_start, o_end = _trim(body, entity.start, entity.end)
        if (o_start, o_end) == (start, end):
            return True
        if entity.iri and entity.iri == iri and start < o_end and o_start < end:
            return True
    return False


def _scored_entities(gold: GoldArticle, extraction: Extraction) -> dict[tuple[int, int, str], str]:
    """Predicted entities minus those on optional gold spans."""
    gold_keys = _gold_entities(gold)
    return {
        key: label
        for key, label in _predicted_entities(extraction).items()
        if key in gold_keys or not _is_optional(gold, key)
    }


def must_not_hits(gold: GoldArticle, extraction: Extraction) -> list[tuple[str, str, str]]:
    """The predicted entities that fall on a ``must_not`` span of the gold.

    Args:
        gold: the gold article (its ``must_not`` traps).
        extraction: what the extractor produced for it.

    Returns:
        ``(text, label, why)`` for every hit, in text order.
    """
    hits: list[tuple[str, str, str]] = []
    body = gold.article.body
    # a span the gold itself lists as an entity is never a hit: the trap 江西 in 浙江西部
    # overlaps the right reading, 浙江, which the gold wants found
    wanted = {(e.start, e.end) for e in gold.entities}
    for (start, end, _), label in sorted(_predicted_entities(extraction).items()):
        if (start, end) in wanted:
            continue
        for trap in gold.must_not:
            overlaps = start < trap.end and trap.start < end
            if overlaps and (not trap.labels or label in trap.labels):
                hits.append((body[start:end], label, trap.why or trap.text))
                break
    return hits


def errors(gold: GoldArticle, extraction: Extraction) -> list[str]:
    """One line per miss and per false find, for people tuning the extractor.

    Args:
        gold: the gold article.
        extraction: what the extractor produced for it.

    Returns:
        Lines ``<file> <FN|FP|MUST-NOT> <group> <text or key> …<context>…``.
    """
    body = gold.article.body
    gold_e = _gold_entities(gold)
    pred_e = _scored_entities(gold, extraction)

    def context(start: int, end: int) -> str:
        return (
            f"…{body[max(0, start - 8) : start]}[{body[start:end]}]{body[end : end + 8]}…".replace(
                "\n", " "
            )
        )

    lines = [
        f"{gold.file} FN entity {label} {context(s, e)} {iri}"
        for (s, e, iri), label in sorted(gold_e.items())
        if (s, e, iri) not in pred_e
    ]
    lines += [
        f"{gold.file} FP entity {label} {context(s, e)} {iri}"
        for (s, e, iri), label in sorted(pred_e.items())
        if (s, e, iri) not in gold_e
    ]
    lines += [
        f"{gold.file} MUST-NOT {label} {text} ({why})"
        for text, label, why in must_not_hits(gold, extraction)
    ]
    gold_rel = {(r.subject, r.predicate, r.object) for r in gold.relations}
    pred_rel = _scored_relations(gold, extraction)
    lines += [f"{gold.file} FN relation {' '.join(k)}" for k in sorted(gold_rel - pred_rel)]
    lines += [f"{gold.file} FP relation {' '.join(k)}" for k in sorted(pred_rel - gold_rel)]
    gold_obs = {_gold_obs_key(o) for o in gold.observations if not o.optional}
    all_gold_obs = {_gold_obs_key(o) for o in gold.observations}
    pred_obs = {_obs_key(o) for o in extraction.observations}
    lines += [f"{gold.file} FN observation {k}" for k in sorted(gold_obs - pred_obs, key=str)]
    lines += [f"{gold.file} FP observation {k}" for k in sorted(pred_obs - all_gold_obs, key=str)]
    gold_claims = {(c.kind, c.about, c.value, c.zone_type) for c in gold.claims}
    pred_claims = {(c.kind, c.about, c.value, c.zone_type) for c in extraction.claims}
    lines += [f"{gold.file} FN claim {k}" for k in sorted(gold_claims - pred_claims, key=str)]
    lines += [f"{gold.file} FP claim {k}" for k in sorted(pred_claims - gold_claims, key=str)]
    return lines


#: predicates whose objects GOLD-GUIDELINES lists as optional (reporters, photo credits)
_OPTIONAL_PREDICATES = frozenset({"schema:contributor"})


def _scored_relations(gold: GoldArticle, extraction: Extraction) -> set[tuple[str, str, str]]:
    """Predicted relation keys, minus those about an optional-only entity the gold lacks
    and optional-scope relations (reporters) the gold does not list."""
    gold_rel = {(r.subject, r.predicate, r.object) for r in gold.relations}
    optional_only = {e.iri for e in gold.entities if e.optional} - {
        e.iri for e in gold.entities if not e.optional
    }
    keys = {(r.subject, r.predicate, _object_text(r.object)) for r in extraction.relations}
    return {
        k
        for k in keys
        if k in gold_rel or (k[0] not in optional_only and k[1] not in _OPTIONAL_PREDICATES)
    }


def _gold_obs_key(o: GoldObservation) -> tuple[object, ...]:
    """Match key of a gold figure: what, of what, when, against whom, target or not."""
    return (
        o.about,
        o.measure,
        o.statistic,
        o.value.normalize(),
        o.unit,
        o.period_start,
        o.period_end,
        o.partner,
        o.is_target,
    )


def _obs_key(o: Observation) -> tuple[object, ...]:
    """Match key of an extracted figure (see ``_gold_obs_key``)."""
    return (
        o.about,
        o.measure,
        o.statistic,
        Decimal(o.value).normalize(),
        o.unit,
        o.period_start,
        o.period_end,
        o.partner,
        o.is_target,
    )


def _object_text(value: str | Literal) -> str:
    return value.value if isinstance(value, Literal) else value


def _count(
    group: str,
    gold: Mapping[Any, str],
    predicted: Mapping[Any, str],
    counts: Counter[tuple[str, str, str]],
) -> None:
    """Add tp/fp/fn to ``counts`` keyed (group, key, kind); dict values are the keys."""
    for item, key in gold.items():
        counts[(group, key, "tp" if item in predicted else "fn")] += 1
    for item, key in predicted.items():
        if item not in gold:
            counts[(group, key, "fp")] += 1


def score_article(
    gold: GoldArticle, extraction: Extraction, counts: Counter[tuple[str, str, str]]
) -> None:
    """Add the counts of one article to ``counts`` (keys ``(group, key, tp|fp|fn)``).

    Args:
        gold: the gold annotations.
        extraction: what the extractor produced for ``gold.article``.
        counts: accumulator, updated in place.
    """
    scored = _scored_entities(gold, extraction)
    _count("entity", _gold_entities(gold), scored, counts)
    gold_iris = {e.iri: "unique-iri" for e in gold.entities if not e.optional}
    pred_iris = {iri: "unique-iri" for (_, _, iri) in scored}
    _count("entity-lenient", gold_iris, pred_iris, counts)
    for _, label, _ in must_not_hits(gold, extraction):
        counts[("must-not", label, "fp")] += 1
    gold_rel = {(r.subject, r.predicate, r.object): r.predicate for r in gold.relations}
    pred_rel = {key: key[1] for key in _scored_relations(gold, extraction)}
    _count("relation", gold_rel, pred_rel, counts)
    gold_obs = {_gold_obs_key(o): o for o in gold.observations}
    pred_obs = {_obs_key(o): o.measure for o in extraction.observations}
    optional_obs = {key for key, o in gold_obs.items() if o.optional}
    _count(
        "observation",
        {k: o.measure for k, o in gold_obs.items() if not o.optional},
        {k: m for k, m in pred_obs.items() if k not in optional_obs},
        counts,
    )
    gold_claims = {(c.kind, c.about, c.value, c.zone_type): c.kind for c in gold.claims}
    pred_claims = {(c.kind, c.about, c.value, c.zone_type): c.kind for c in extraction.claims}
    _count("claim", gold_claims, pred_claims, counts)


GROUPS = ("entity", "entity-lenient", "relation", "observation", "claim", "must-not")


def _report(counts: Counter[tuple[str, str, str]], articles: int) -> EvalReport:
    scores: list[Score] = []
    for group in GROUPS:
        keys = sorted({k for (g, k, _) in counts if g == group})
        rows = [
            Score(
                group,
                k,
                counts[(group, k, "tp")],
                counts[(group, k, "fp")],
                counts[(group, k, "fn")],
            )
            for k in keys
        ]
        if group != "entity-lenient":
            scores += rows
        scores.append(
            Score(
                group,
                TOTAL,
                sum(r.tp for r in rows),
                sum(r.fp for r in rows),
                sum(r.fn for r in rows),
            )
        )
    return EvalReport(tuple(scores), articles)


def body_only(extraction: Extraction) -> Extraction:
    """``extraction`` without what it read in the picture captions (the ``image-caption``
    paragraphs the reader appends after the body): for gold annotated on the body alone
    (every set written before captions were read; tests/gold/SCOPE.md)."""
    first = next((p.start for p in extraction.article.paragraphs if p.kind == IMAGE_CAPTION), None)
    if first is None:
        return extraction
    return replace(
        extraction,
        mentions=tuple(m for m in extraction.mentions if m.start < first),
        relations=tuple(r for r in extraction.relations if r.evidence.start < first),
        observations=tuple(o for o in extraction.observations if o.evidence.start < first),
        claims=tuple(c for c in extraction.claims if c.evidence.start < first),
    )


def _default_extractor() -> Extractor:
    # lazy: keeps kg.eval importable without the linker
    from kg.pipeline import extract_facts

    extractor: Extractor = extract_facts
    return extractor


def evaluate(
    gold: Iterable[GoldArticle],
    extract: Extractor | None = None,
    on_errors: Callable[[list[str]], None] | None = None,
) -> EvalReport:
    """Run ``extract`` on every gold article and score it.

    Args:
        gold: gold articles from ``load_gold``.
        extract: the extractor (``Article -> Extraction``); defaults to
            ``kg.pipeline.extract_facts``.
        on_errors: called with each article's ``errors`` lines (misses and
            false finds), when given.

    Returns:
        The report: one row per entity label, relation predicate, observation measure
        and claim kind, plus a micro-averaged ``total`` row per group.
    """
    run = extract or _default_extractor()
    counts: Counter[tuple[str, str, str]] = Counter()
    n = 0
    for item in gold:
        extraction = run(item.article)
        if not item.captions:
            extraction = body_only(extraction)
        score_article(item, extraction, counts)
        if on_errors is not None:
            on_errors(errors(item, extraction))
        n += 1
    return _report(counts, n)
