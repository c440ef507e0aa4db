"""Frozen records passed between the stages; the only types every stage shares.

Input: nothing (pure data). Output: the dataclasses below.
It does not: import rdflib, spaCy or bs4. IRIs are plain ``str`` (minted in
``kg.iris``); predicates are CURIEs such as ``"kgo:establishes"`` that the graph
stage resolves against the closed namespaces (an unknown ``kgo:`` term raises).

Stage flow (one pure function per article)::

    Path ──ingest──> Article ──nlp──> Annotated (mentions) ──extract──> candidates
         ──link──> Extraction (entities, relations, observations, claims) ──graph──> quads

Offsets: every ``start``/``end`` is a character offset into ``Article.body``,
which is ``"\\n".join(p.text for p in article.paragraphs)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

__all__ = [
    "IMAGE_CAPTION",
    "Annotated",
    "Article",
    "Claim",
    "Entity",
    "Evidence",
    "Extraction",
    "Literal",
    "Mention",
    "Observation",
    "Paragraph",
    "Relation",
]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of body text with its offsets into ``Article.body``.

    ``kind`` is ``"body"`` for ordinary text, ``"source"`` for 原标题/来源 lines
    (``<p class="ori_titlesource">``), ``"caption"`` for centred caption
    paragraphs that follow an image (not about the article's subject), and
    ``"image-caption"`` for a picture's own caption (``img_descr``, ``alt``), which the
    reader appends after the body text.
    """

    text: str
    start: int
    end: int
    kind: str = "body"


#: ``Paragraph.kind`` of a picture caption appended after the body text
IMAGE_CAPTION = "image-caption"


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as the reader sees it (see ``kg.ingest.read_article``)."""

    id: str  # 16 hex, kg.iris.article_id(title, published)
    title: str
    published: datetime  # tz-aware UTC
    paragraphs: tuple[Paragraph, ...]
    source: Path
    original_title: str | None = None  # 原标题 in the body, when present
    author: str | None = None  # front-matter author (新浪财经)
    categories: tuple[str, ...] = ()
    editor: str | None = None  # 责任编辑 name
    editor_code: str | None = None  # work code split off, e.g. SF014
    reporters: tuple[str, ...] = ()  # names from （记者 …） / 每经记者 … lines
    source_lines: tuple[str, ...] = ()  # 来源：… / 材料综合自 … / 【深圳商报讯】
    captions: tuple[str, ...] = ()  # image captions, kept apart from body text
    stock_codes: tuple[str, ...] = ()  # from <!-- news_keyword_pub,stock,... -->
    stock_names: tuple[str, ...] = ()  # anchor texts of stock-quote links (洛阳钼业)
    content_hash: str = ""  # SHA-1 of the file bytes
    warnings: tuple[str, ...] = ()  # e.g. "decoded as gb18030"

    @property
    def body(self) -> str:
        """All paragraph texts joined by newlines; offsets point into this string."""
        return "\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of ``Article.body`` recognised as something.

    ``label`` is an ontology class local name or a value type: ``Province``,
    ``Prefecture``, ``County``, ``SpecialArea``, ``Country``, ``Organization``,
    ``CrossBorderEcommerceZone``, ``FreeTradeZone``, ``ComprehensiveBondedZone``,
    ``GenericZone`` (跨境电商综试区 without a place), ``Legislation`` (《…》 title),
    ``DocumentNumber``, ``Batch``, ``Person``, ``Amount``, ``Percent``, ``Period``.
    ``iri`` is set once the mention is linked; ``rule`` names what fired.
    """

    start: int
    end: int
    text: str
    label: str
    rule: str
    iri: str | None = None


@dataclass(frozen=True, slots=True)
class Annotated:
    """An article plus the mentions the NLP stage found (no spaCy objects)."""

    article: Article
    mentions: tuple[Mention, ...]
    sentences: tuple[tuple[int, int], ...]  # sentence spans in Article.body


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: a span of ``Article.body`` and its sentence."""

    start: int
    end: int
    quote: str  # body[start:end]
    sentence: str  # the whole sentence around it
    rule: str


@dataclass(frozen=True, slots=True)
class Literal:
    """An RDF literal value: ``datatype`` is a CURIE (``xsd:date``) or None; ``lang`` a tag."""

    value: str
    datatype: str | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A linked entity. ``in_reference`` is False for entities new to the reference data.

    ``types`` are CURIEs (``schema:Person``); ``labels`` are (text, lang) pairs;
    ``facts`` are extra (predicate CURIE, object) pairs that describe a new entity.
    """

    iri: str
    types: tuple[str, ...]
    labels: tuple[tuple[str, str], ...]
    in_reference: bool = True
    facts: tuple[tuple[str, str | Literal], ...] = ()


@dataclass(frozen=True, slots=True)
class Relation:
    """One extracted statement ``subject predicate object`` with its evidence and rule."""

    subject: str
    predicate: str  # CURIE, e.g. "kgo:establishes", "schema:legislationPassedBy"
    object: str | Literal
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Observation:
    """A reported figure (``schema:Observation``), value in base units.

    ``measure`` is a ``kgo:`` measure CURIE; ``statistic`` one of ``kgo:Level``,
    ``kgo:YearOnYearGrowth``, ``kgo:TwoYearAverageGrowth``, ``kgo:MonthOnMonthGrowth``,
    ``kgo:PercentagePointChange``, ``kgo:Multiple``, ``kgo:Share``. ``unit`` is a
    UN/CEFACT common code or ISO 4217 currency (``CNY``, ``USD``, ``P1`` percent,
    ``MTK`` m², ``C62`` count). Dimensions of a breakdown: ``partner`` is the IRI of
    the trade partner (a country ``place/iso-<alpha3>`` or a bloc ``org/asean``),
    ``industry`` the industry or product group as written (服务业, 机电产品);
    ``is_target`` marks a plan target (力争, 目标, 到2025年达到) rather than a result.
    """

    iri: str
    about: str  # place/zone IRI (China for nationwide figures)
    measure: str
    statistic: str
    value: Decimal
    unit: str
    unit_text: str  # as written: 亿元, %, 万平方米, 家
    evidence: Evidence
    period_label: str | None = None  # 2021年, 一季度
    period_start: date | None = None
    period_end: date | None = None
    approximation: str | None = None  # about | more-than | less-than
    growth_of: str | None = None  # IRI of the level observation a growth refers to
    partner: str | None = None  # trade partner IRI of a breakdown (对东盟进出口)
    industry: str | None = None  # industry / product group as written (服务业)
    is_target: bool = False  # a plan target, not a reported result


@dataclass(frozen=True, slots=True)
class Claim:
    """A checkable statement of a count (kg check compares it with the graph).

    ``kind`` is a ``kgo:`` ClaimKind CURIE (``kgo:ZonesInPlace``,
    ``kgo:ZonesNationwide``, ``kgo:ZonesInFirstBatches``, ``kgo:ProvinceCoverage``,
    ``kgo:FirstZone``: ``about`` is the place of the first zone, ``value`` its year).
    ``zone_type`` is the class of zones counted (``kgo:FreeTradeZone`` for 自贸试验区).
    """

    iri: str
    kind: str
    about: str  # place IRI; China (place/156) for nationwide
    as_of: date
    evidence: Evidence
    value: int | None = None  # None for coverage claims
    upto_batch: int | None = None
    zone_type: str = "kgo:CrossBorderEcommerceZone"


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything one article contributes; the graph stage turns it into quads."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    observations: tuple[Observation, ...] = ()
    claims: tuple[Claim, ...] = ()
    notes: tuple[str, ...] = field(default=())  # non-fatal remarks for report.json
