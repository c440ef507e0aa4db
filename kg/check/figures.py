"""Figures over time: the same measure for the same place and period, from different articles.

Two articles that report 浙江's 2021 cross-border e-commerce trade value should report
the same number. ``compare_figures`` puts such observations side by side with their
sources; a group whose values differ is *conflicting*. It does not say which article
is right, and it never compares figures without a period (they may be of different
dates).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.check._sparql import PREFIX_BLOCK, as_store, label_of, local_name, select

if TYPE_CHECKING:
    from kg.query import KnowledgeGraph

__all__ = ["FIGURES_QUERY", "FigureGroup", "FigureSource", "compare_figures"]

FIGURES_QUERY = (
    PREFIX_BLOCK
    + """SELECT ?obs ?about ?measure ?statistic ?value ?unit ?unitText ?periodStart
       ?periodEnd ?periodLabel ?approximation ?partner ?industry ?target ?article ?published
       ?file ?sentence ?start
WHERE {
  ?obs a schema:Observation ;
       schema:observationAbout ?about ;
       schema:measuredProperty ?measure ;
       schema:value ?value .
  OPTIONAL { ?obs kgo:statistic ?statistic }
  OPTIONAL { ?obs schema:unitCode ?unit }
  OPTIONAL { ?obs schema:unitText ?unitText }
  OPTIONAL { ?obs kgo:periodStart ?periodStart }
  OPTIONAL { ?obs kgo:periodEnd ?periodEnd }
  OPTIONAL { ?obs kgo:periodLabel ?periodLabel }
  OPTIONAL { ?obs kgo:approximation ?approximation }
  OPTIONAL { ?obs kgo:tradePartner ?partner }
  OPTIONAL { ?obs kgo:industry ?industry }
  OPTIONAL { ?obs kgo:isTarget ?target }
  OPTIONAL {
    ?obs prov:wasDerivedFrom ?article .
    OPTIONAL { ?article schema:datePublished ?published }
    OPTIONAL { ?article kgo:sourceFile ?file }
  }
  OPTIONAL {
    ?evidence oa:hasBody ?obs ; kgo:sentence ?sentence .
    OPTIONAL { ?evidence oa:hasTarget/oa:hasSelector/oa:start ?start }
  }
}
ORDER BY ?obs ?start ?sentence"""
)


@dataclass(frozen=True, slots=True)
class FigureSource:
    """One article's value for a figure, with where it was read."""

    observation: str
    value: Decimal
    article: str | None
    source_file: str | None
    published: datetime | None
    sentence: str | None
    unit_text: str | None = None
    approximation: str | None = None  # about | more-than | less-than


@dataclass(frozen=True, slots=True)
class FigureGroup:
    """Observations of one (place, measure, statistic, period, unit, breakdown) from 2+ articles.

    ``measure`` and ``statistic`` are ``kgo:`` local names
    (``crossBorderEcommerceTradeValue``, ``Level``); ``unit`` is the unit code;
    ``partner`` (IRI), ``industry`` and ``is_target`` are the breakdown of the figure.
    """

    about: str
    about_label: str | None
    measure: str
    statistic: str | None
    period_start: date | None
    period_end: date | None
    period_label: str | None
    unit: str | None
    sources: tuple[FigureSource, ...]
    partner: str | None = None
    industry: str | None = None
    is_target: bool = False

    @property
    def values(self) -> tuple[Decimal, ...]:
        """The distinct values reported, smallest first."""
        return tuple(sorted({s.value for s in self.sources}))

    @property
    def has_period(self) -> bool:
        """True when the period is known (a start date or a label)."""
        return self.period_start is not None or self.period_label is not None

    @property
    def is_conflicting(self) -> bool:
        """True when the articles report different values for a known period."""
        return self.has_period and len(self.values) > 1


_Key = tuple[
    str,
    str,
    str | None,
    date | None,
    date | None,
    str | None,
    str | None,
    str | None,
    str | None,
    bool,
]


def compare_figures(
    store: KnowledgeGraph | ox.Store, *, min_articles: int = 2
) -> list[FigureGroup]:
    """Group the observations of the same figure reported by different articles.

    The key is (place, measure, statistic, period, unit code, trade partner, industry,
    target): 对东盟 and 对欧盟 figures are different figures. The period is the
    ``kgo:periodStart``/``kgo:periodEnd`` pair when known, else ``kgo:periodLabel``.

    Args:
        store: a ``KnowledgeGraph`` (``kg.open_graph``) or a store with the article graphs.
        min_articles: keep groups reported by at least this many distinct articles
            (1 lists every figure).

    Returns:
        The groups, conflicting ones first, then by place, measure and period.

    Raises:
        QueryError: if the query cannot be run.
    """
    groups: dict[_Key, dict[str, FigureSource]] = defaultdict(dict)
    labels: dict[_Key, str | None] = {}
    store = as_store(store)
    for row in select(store, FIGURES_QUERY):
        value = row["value"]
        if not isinstance(value, (int, Decimal)) or isinstance(value, bool):
            continue  # an ill-typed value cannot be compared; SHACL reports it
        key = _key(row)
        labels.setdefault(key, row["periodLabel"])
        members = groups[key]
        if row["obs"] not in members:
            members[row["obs"]] = _source(row, Decimal(value))
    result = [
        _group(store, key, labels[key], tuple(members.values()))
        for key, members in groups.items()
        if len({m.article for m in members.values()}) >= min_articles
    ]
    return sorted(result, key=_group_order)


def _key(row: dict[str, Any]) -> _Key:
    start, end = _as_date(row["periodStart"]), _as_date(row["periodEnd"])
    label = None if start else row["periodLabel"]  # dates identify the period when known
    target = str(row["target"]).lower() == "true"
    return (
        row["about"],
        row["measure"],
        row["statistic"],
        start,
        end,
        label,
        row["unit"],
        row["partner"],
        row["industry"],
        target,
    )


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def _source(row: dict[str, Any], value: Decimal) -> FigureSource:
    published = row["published"]
    return FigureSource(
        observation=row["obs"],
        value=value,
        article=row["article"],
        source_file=row["file"],
        published=published if isinstance(published, datetime) else None,
        sentence=row["sentence"],
        unit_text=row["unitText"],
        approximation=row["approximation"],
    )


def _group(
    store: ox.Store, key: _Key, period_label: str | None, sources: tuple[FigureSource, ...]
) -> FigureGroup:
    about, measure, statistic, start, end, _label, unit, partner, industry, is_target = key
    ordered = tuple(
        sorted(
            sources, key=lambda s: (s.published.isoformat() if s.published else "", s.observation)
        )
    )
    return FigureGroup(
        about=about,
        about_label=label_of(store, about),
        measure=local_name(measure),
        statistic=local_name(statistic) if statistic else None,
        period_start=start,
        period_end=end,
        period_label=period_label,
        unit=unit,
        sources=ordered,
        partner=partner,
        industry=industry,
        is_target=is_target,
    )


def _group_order(group: FigureGroup) -> tuple[Any, ...]:
    return (
        not group.is_conflicting,
        group.about,
        group.measure,
        group.statistic or "",
        group.period_start or date.min,
        group.period_label or "",
        group.partner or "",
        group.industry or "",
        group.is_target,
    )
