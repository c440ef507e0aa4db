"""Load hand-made gold annotations (``tests/gold/*.json``) against the real reader.

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
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from kg.errors import ConfigError, InputError
from kg.iris import article_iri
from kg.model import Article

__all__ = [
    "ARTICLE_SELF",
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

#: Entity labels the gold annotates (tests/gold/README.md "Scope").
ENTITY_LABELS = frozenset({
    "Country", "Province", "Prefecture", "County", "SpecialArea", "Organization",
    "CrossBorderEcommerceZone", "FreeTradeZone", "Legislation", "Batch", "Person",
})

#: Placeholder for the article's own IRI in relations (schema:contributor, schema:editor);
#: resolved at load time, so gold does not depend on how the reader computes the id.
ARTICLE_SELF = "@article"

DEFAULT_ARTICLES_DIR = Path(__file__).resolve().parents[2] / "data" / "articles"

Reader = Callable[[Path], Article]


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """One annotated entity mention, with offsets resolved against ``Article.body``."""

    start: int
    end: int
    text: str
    label: str
    iri: str


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


@dataclass(frozen=True, slots=True)
class GoldClaim:
    """One checkable count claim (``value`` is None for coverage claims)."""

    kind: str
    about: str
    value: int | None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """The gold annotations of one article, plus the article as the reader gives it."""

    file: str
    article: Article
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]
    observations: tuple[GoldObservation, ...]
    claims: tuple[GoldClaim, ...]


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
            raise ValueError(
                f"text {text!r} occurs {found} time(s) in the body, not {occurrence}"
            )
    return pos


def _default_reader() -> Reader:
    from kg.ingest import read_article  # lazy: the reader is another stage's module

    return read_article


def _require(record: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in record:
        raise ConfigError(f"{where}: missing key {key!r} in {dict(record)!r}")
    return record[key]


def _entity(body: str, record: Mapping[str, Any], where: str) -> GoldEntity:
    text = str(_require(record, "text", where))
    occurrence = int(record.get("occurrence", 1))
    label = str(_require(record, "label", where))
    if label not in ENTITY_LABELS:
        raise ConfigError(f"{where}: label {label!r} is not one of {sorted(ENTITY_LABELS)}")
    try:
        start = find_occurrence(body, text, occurrence)
    except ValueError as exc:
        raise ConfigError(
            f"{where}: entity {text!r} occurrence {occurrence}: {exc}; "
            "fix the gold file or check what kg.ingest.read_article puts in Article.body"
        ) from exc
    return GoldEntity(start, start + len(text), text, label, str(_require(record, "iri", where)))


def _resolve(value: object, self_iri: str) -> str:
    return self_iri if value == ARTICLE_SELF else str(value)


def _relation(record: Mapping[str, Any], self_iri: str, where: str) -> GoldRelation:
    return GoldRelation(
        _resolve(_require(record, "subject", where), self_iri),
        str(_require(record, "predicate", where)),
        _resolve(_require(record, "object", where), self_iri),
    )


def _observation(record: Mapping[str, Any], where: str) -> GoldObservation:
    raw = _require(record, "value", where)
    try:
        value = Decimal(str(raw))
    except InvalidOperation as exc:
        raise ConfigError(f"{where}: observation value {raw!r} is not a decimal number") from exc
    return GoldObservation(
        str(_require(record, "about", where)), str(_require(record, "measure", where)),
        str(_require(record, "statistic", where)), value, str(_require(record, "unit", where)),
    )


def _claim(record: Mapping[str, Any], where: str) -> GoldClaim:
    value = record.get("value")
    return GoldClaim(
        str(_require(record, "kind", where)), str(_require(record, "about", where)),
        None if value is None else int(value),
    )


def load_gold_file(path: Path, *, articles_dir: Path = DEFAULT_ARTICLES_DIR,
                   read: Reader | None = None) -> GoldArticle:
    """Load one gold file and resolve its entity offsets against the article body.

    Args:
        path: a ``tests/gold/<stem>.json`` file.
        articles_dir: where the article named by the file's ``file`` key lives.
        read: the article reader; defaults to ``kg.ingest.read_article``.

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
    return GoldArticle(
        file=source.name,
        article=article,
        entities=tuple(_entity(body, e, where) for e in data.get("entities", [])),
        relations=tuple(_relation(r, self_iri, where) for r in data.get("relations", [])),
        observations=tuple(_observation(o, where) for o in data.get("observations", [])),
        claims=tuple(_claim(c, where) for c in data.get("claims", [])),
    )


def load_gold(directory: Path, *, articles_dir: Path = DEFAULT_ARTICLES_DIR,
              read: Reader | None = None) -> list[GoldArticle]:
    """Load every ``*.json`` gold file in ``directory``, sorted by file name.

    Args:
        directory: the gold directory (``tests/gold``).
        articles_dir: where the annotated articles live (``data/articles``).
        read: the article reader; defaults to ``kg.ingest.read_article``.

    Returns:
        One ``GoldArticle`` per gold file.

    Raises:
        ConfigError: ``directory`` holds no gold file, or a file is inconsistent.
        InputError: a gold file or its article cannot be read.
    """
    paths = sorted(Path(directory).glob("*.json"))
    if not paths:
        raise ConfigError(f"gold directory {str(directory)!r} holds no *.json files; "
                          "pass --gold tests/gold")
    return [load_gold_file(p, articles_dir=articles_dir, read=read) for p in paths]
