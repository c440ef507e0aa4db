"""Load hand-made gold annotations (``tests/gold/<set>/*.json``) against the real reader.

Format 2 (tests/gold/SCOPE.md) names things by ``ref`` (``place:330700``,
``body:四川省统计局``), resolved to IRIs here through ``kg.eval.refs``; a full
``iri`` is still accepted. Entities may be ``optional`` (neither credit nor
penalty), ``must_not`` lists traps, observations carry their period, trade
partner and target flag, claims their zone type.

A gold file names each entity by its ``text`` and ``occurrence`` (the n-th
occurrence of that text in ``Article.body``, counting overlapping matches), so the
character offsets are computed here from whatever the reader produces today and
the gold survives changes in whitespace or paragraph handling. A text that is not
found fails loudly: the gold and the reader disagree, and someone must look.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from kg.errors import ConfigError, InputError
from kg.iris import article_iri
from kg.model import Article
from kg.paths import sample_articles_dir

__all__ = [
    "ARTICLE_SELF",
    "GoldMustNot",
    "DEFAULT_ARTICLES_DIR",
    "ENTITY_LABELS",
    "GoldArticle",
    "GoldClaim",
    "GoldEntity",
    "GoldObservation",
    "GoldRelation",
    "find_occurrence",
    "load_gold",
    "load_gold_file",
]

#: Entity labels the gold annotates (tests/gold/SCOPE.md).
ENTITY_LABELS = frozenset(
    {
        "Country",
        "Province",
        "Prefecture",
        "County",
        "SpecialArea",
        "Organization",
        "CrossBorderEcommerceZone",
        "FreeTradeZone",
        "PilotZone",
        "Legislation",
        "Batch",
        "Person",
    }
)

#: Placeholder for the article's own IRI in relations (schema:contributor, schema:editor);
#: resolved at load time, so gold does not depend on how the reader computes the id.
ARTICLE_SELF = "@article"

DEFAULT_ARTICLES_DIR = sample_articles_dir()

Reader = Callable[[Path], Article]
Resolve = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """One annotated entity mention, with offsets resolved against ``Article.body``."""

    start: int
    end: int
    text: str
    label: str
    iri: str
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldMustNot:
    """A span no entity may take (with one of ``labels``, when given): a trap."""

    start: int
    end: int
    text: str
    labels: frozenset[str] = frozenset()
    why: str = ""


@dataclass(frozen=True, slots=True)
class GoldRelation:
    """One statement the article makes: ``subject predicate object`` (object IRI or literal)."""

    subject: str
    predicate: str
    object: str


@dataclass(frozen=True, slots=True)
class GoldObservation:
    """One reported figure, value in base units (元, not 亿元)."""

    about: str
    measure: str
    statistic: str
    value: Decimal
    unit: str
    period_start: date | None = None
    period_end: date | None = None
    partner: str | None = None
    is_target: bool = False
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldClaim:
    """One checkable count claim (``value`` is None for coverage claims)."""

    kind: str
    about: str
    value: int | None
    zone_type: str = "kgo:CrossBorderEcommerceZone"


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """The gold annotations of one article, plus the article as the reader gives it."""

    file: str
    article: Article
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]
    observations: tuple[GoldObservation, ...]
    claims: tuple[GoldClaim, ...]
    must_not: tuple[GoldMustNot, ...] = ()
    captions: bool = False  # the annotator read the picture captions too ("captions": true)


def find_occurrence(body: str, text: str, occurrence: int) -> int:
    """Return the start offset of the ``occurrence``-th (1-based) ``text`` in ``body``.

    Overlapping matches count, so ``金华`` inside ``金华市`` is an occurrence too.

    Args:
        body: the article body.
        text: the exact text to find (non-empty).
        occurrence: 1 for the first occurrence.

    Returns:
        The character offset of the match.

    Raises:
        ValueError: when ``text`` is empty, ``occurrence`` < 1, or there are fewer
            occurrences than asked for (the message gives the count found).
    """
    if not text or occurrence < 1:
        raise ValueError(f"need a non-empty text and occurrence >= 1, got {text!r}, {occurrence!r}")
    pos = -1
    for found in range(occurrence):
        pos = body.find(text, pos + 1)
        if pos < 0:
            raise ValueError(f"text {text!r} occurs {found} time(s) in the body, not {occurrence}")
    return pos


def _default_reader() -> Reader:
    from kg.ingest import read_article  # lazy: the reader is another stage's module

    return read_article


def _require(record: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in record:
        raise ConfigError(f"{where}: missing key {key!r} in {dict(record)!r}")
    return record[key]


def _span(body: str, record: Mapping[str, Any], where: str) -> tuple[str, int]:
    text = str(_require(record, "text", where))
    occurrence = int(record.get("occurrence", 1))
    try:
        start = find_occurrence(body, text, occurrence)
    except ValueError as exc:
        raise ConfigError(
            f"{where}: entity {text!r} occurrence {occurrence}: {exc}; "
            "fix the gold file or check what kg.ingest.read_article puts in Article.body"
        ) from exc
    return text, start


def _entity(body: str, record: Mapping[str, Any], where: str, resolve: Resolve) -> GoldEntity:
    text, start = _span(body, record, where)
    label = str(_require(record, "label", where))
    if label not in ENTITY_LABELS:
        raise ConfigError(f"{where}: label {label!r} is not one of {sorted(ENTITY_LABELS)}")
    optional = bool(record.get("optional", False))
    ref = record.get("ref", record.get("iri"))
    if ref is None and not optional:
        raise ConfigError(f"{where}: missing key 'ref' in {dict(record)!r}")
    iri = resolve(str(ref)) if ref is not None else ""
    return GoldEntity(start, start + len(text), text, label, iri, optional)


def _must_not(body: str, record: Mapping[str, Any], where: str) -> GoldMustNot:
    text, start = _span(body, record, where)
    labels = frozenset(str(label) for label in record.get("labels", ()))
    return GoldMustNot(start, start + len(text), text, labels, str(record.get("why", "")))


def _resolve(value: object, self_iri: str, resolve: Resolve) -> str:
    return self_iri if value == ARTICLE_SELF else resolve(str(value))


def _relation(
    record: Mapping[str, Any], self_iri: str, where: str, resolve: Resolve
) -> GoldRelation:
    return GoldRelation(
        _resolve(_require(record, "subject", where), self_iri, resolve),
        str(_require(record, "predicate", where)),
        _resolve(_require(record, "object", where), self_iri, resolve),
    )


def _period(record: Mapping[str, Any], where: str) -> tuple[date | None, date | None]:
    raw = record.get("period")
    if not raw:
        return None, None
    start, sep, end = str(raw).partition("/")
    try:
        return date.fromisoformat(start), date.fromisoformat(end if sep else start)
    except ValueError as exc:
        raise ConfigError(f"{where}: period {raw!r} is not 'YYYY-MM-DD/YYYY-MM-DD'") from exc


def _observation(record: Mapping[str, Any], where: str, resolve: Resolve) -> GoldObservation:
    raw = _require(record, "value", where)
    try:
        value = Decimal(str(raw))
    except InvalidOperation as exc:
        raise ConfigError(f"{where}: observation value {raw!r} is not a decimal number") from exc
    start, end = _period(record, where)
    partner = record.get("partner")
    return GoldObservation(
        resolve(str(_require(record, "about", where))),
        str(_require(record, "measure", where)),
        str(_require(record, "statistic", where)),
        value,
        str(_require(record, "unit", where)),
        period_start=start,
        period_end=end,
        partner=resolve(str(partner)) if partner else None,
        is_target=bool(record.get("target", False)),
        optional=bool(record.get("optional", False)),
    )


def _claim(record: Mapping[str, Any], where: str, resolve: Resolve) -> GoldClaim:
    value = record.get("value")
    return GoldClaim(
        str(_require(record, "kind", where)),
        resolve(str(_require(record, "about", where))),
        None if value is None else int(value),
        str(record.get("zone_type") or "kgo:CrossBorderEcommerceZone"),
    )


def _default_resolver() -> Resolve:
    from kg.eval.refs import RefResolver  # lazy: loads the reference tables
    from kg.refdata import load_reference

    return RefResolver(load_reference())


def load_gold_file(
    path: Path,
    *,
    articles_dir: Path = DEFAULT_ARTICLES_DIR,
    read: Reader | None = None,
    resolve: Resolve | None = None,
) -> GoldArticle:
    """Load one gold file and resolve its entity offsets against the article body.

    Args:
        path: a ``tests/gold/<set>/<stem>.json`` file.
        articles_dir: where the article named by the file's ``file`` key lives.
        read: the article reader; defaults to ``kg.ingest.read_article``.
        resolve: turns a gold ref into an IRI; defaults to ``kg.eval.refs`` over
            the bundled reference.

    Returns:
        The gold article with offsets into ``Article.body``.

    Raises:
        InputError: the gold file is not valid JSON, or the article is missing.
        ConfigError: a key is missing, a label is unknown, or an entity text is not
            found in the body (the message names the file, text and occurrence).
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(path, f"cannot read gold JSON: {exc}") from exc
    where = str(path)
    source = articles_dir / str(_require(data, "file", where))
    if not source.is_file():
        raise InputError(path, f"article {source.name!r} not found in {str(articles_dir)!r}")
    article = (read or _default_reader())(source)
    body = article.body
    self_iri = article_iri(article.id)
    res = resolve or _default_resolver()
    optional_obs = [{**o, "optional": True} for o in data.get("optional_observations", [])]
    return GoldArticle(
        file=source.name,
        article=article,
        entities=tuple(_entity(body, e, where, res) for e in data.get("entities", [])),
        relations=tuple(_relation(r, self_iri, where, res) for r in data.get("relations", [])),
        observations=tuple(
            _observation(o, where, res) for o in [*data.get("observations", []), *optional_obs]
        ),
        claims=tuple(_claim(c, where, res) for c in data.get("claims", [])),
        must_not=tuple(_must_not(body, m, where) for m in data.get("must_not", [])),
        captions=bool(data.get("captions", False)),
    )


def load_gold(
    directory: Path,
    *,
    articles_dir: Path = DEFAULT_ARTICLES_DIR,
    read: Reader | None = None,
    resolve: Resolve | None = None,
) -> list[GoldArticle]:
    """Load every ``*.json`` gold file in ``directory``, sorted by file name.

    Args:
        directory: the gold directory (``tests/gold/dev``).
        articles_dir: where the annotated articles live (``data/articles``).
        read: the article reader; defaults to ``kg.ingest.read_article``.
        resolve: turns a gold ref into an IRI (see ``load_gold_file``).

    Returns:
        One ``GoldArticle`` per gold file.

    Raises:
        ConfigError: ``directory`` holds no gold file, or a file is inconsistent.
        InputError: a gold file or its article cannot be read.
    """
    paths = sorted(Path(directory).glob("*.json"))
    if not paths:
        raise ConfigError(
            f"gold directory {str(directory)!r} holds no *.json files; pass --gold tests/gold"
        )
    res = resolve or _default_resolver()
    return [load_gold_file(p, articles_dir=articles_dir, read=read, resolve=res) for p in paths]
