"""Reported figures → ``Observation`` records (levels and year-on-year growth).

A figure becomes an observation only when its measure is clear from the words
before it (跨境电商进出口, 活跃网店, 海外仓…) and its subject place is known (a place
or 全国/全省 scope in the sentence, else the last scope of the article). Shares,
multiples and figures of unknown measure are skipped (precision first).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from kg import iris
from kg.extract.relations import evidence
from kg.model import Annotated, Mention, Observation
from kg.nlp.numbers import Quantity, direction_before, parse_quantities
from kg.nlp.periods import Period, parse_periods

__all__ = ["CHINA", "extract_observations", "measure_for"]

CHINA = iris.place_iri("156")
_PROVINCE_LABELS = frozenset({"Province"})
_SCOPE_PLACE_LABELS = frozenset({"Country", "Province", "Prefecture", "County", "SpecialArea"})
_CLAUSE_BREAK = re.compile(r"[，,；;。：:]")
# (pattern over the text before the figure, measure, unit kinds) — first match wins.
_MEASURES: tuple[tuple[re.Pattern[str], str, frozenset[str]], ...] = tuple(
    (re.compile(p), m, frozenset(k.split()))
    for p, m, k in (
        (r"活跃网店", "kgo:activeOnlineShopCount", "count"),
        (r"海外仓[^。]*?(数量|个数|超过|达)", "kgo:overseasWarehouseCount", "count"),
        (r"海外仓[^。]*?面积", "kgo:overseasWarehouseArea", "area"),
        (r"(跨境电商|跨境电子商务)[^。，]*?进出口", "kgo:crossBorderEcommerceTradeValue", "money"),
        (r"(跨境电商|跨境电子商务)[^。，]*?出口", "kgo:crossBorderEcommerceExportValue", "money"),
        (r"(跨境电商|跨境电子商务)[^。，]*?进口", "kgo:crossBorderEcommerceImportValue", "money"),
        (r"(实际使用外资|吸收外资|利用外资|实际使用外商直接投资)", "kgo:foreignInvestmentValue", "money"),
        (r"服务(进出口|贸易)", "kgo:serviceTradeValue", "money"),
        (r"(货物贸易)?进出口(总值|总额)?", "kgo:foreignTradeValue", "money"),
        (r"出口", "kgo:exportValue", "money"),
        (r"进口", "kgo:importValue", "money"),
    )
)
# In a sentence about cross-border e-commerce, 其中出口 is the cbec export value.
_CBEC_VARIANT = {
    "kgo:foreignTradeValue": "kgo:crossBorderEcommerceTradeValue",
    "kgo:exportValue": "kgo:crossBorderEcommerceExportValue",
    "kgo:importValue": "kgo:crossBorderEcommerceImportValue",
}
_CBEC = re.compile(r"跨境电商|跨境电子商务")
_GROWTH_WORDS = re.compile(r"(同比)?(增长|增加|上涨|提高|上升|增|下降|减少|下滑|回落|降)了?$")
_SCALE = re.compile(r"规模(达|达到|为)?$")
_MORE = re.compile(r"(超过了?|超|逾|多于|高于)$")
_LESS = re.compile(r"(不到|不足|少于|低于)$")
_ABOUT = re.compile(r"(约|近|大约|接近|将近)$")
_SHARE_BEFORE = re.compile(r"(约占|占)$")


@dataclass(frozen=True, slots=True)
class _Level:
    iri: str
    about: str
    measure: str
    period: Period | None


#: generic trade and investment measures: only headline totals count (gold scope), so
#: the clause must be nothing but scope, period and the measure word (江苏省外贸进出口值
#: 32878.4亿元), never a breakdown (民营企业进出口, 出口机电产品, 对欧盟进出口).
_HEADLINE_ONLY = frozenset({
    "kgo:foreignTradeValue", "kgo:exportValue", "kgo:importValue",
    "kgo:foreignInvestmentValue", "kgo:serviceTradeValue",
})
_FILLER = re.compile(
    r"\d{1,2}\s*[-—–~至]+\s*\d{1,2}月份?|\d{4}年|\d{1,2}月份?|今年|去年|前\d+个?月|[一二三四]季度|上半年|"
    r"其中|同期|据测算|实现|累计|全省|全国|全市|我国|货物贸易|外贸|的|，|\s"
)
_HEADLINE_TAIL = re.compile(
    r"(进出口|出口|进口|实际使用外资|吸收外资|利用外资|服务进出口)(总值|总额|值|额|金额)?(达到?|为|约)?$"
)


def _is_headline(before: str, place_names: frozenset[str]) -> bool:
    tail = _HEADLINE_TAIL.search(before)
    if tail is None:
        return False
    rest = before[: tail.start()]
    for name in sorted(place_names, key=len, reverse=True):
        rest = rest.replace(name, "")
    return _FILLER.sub("", rest) == ""


def measure_for(
    before: str, kind: str, sentence_before: str, place_names: frozenset[str] = frozenset()
) -> str | None:
    """Return the measure CURIE a figure of ``kind`` reports, from the words before it.

    Args:
        before: text of the clause before the figure.
        kind: ``Quantity.kind`` (money, count, area …).
        sentence_before: text of the whole sentence before the figure.
        place_names: place names of the article (a headline clause may name its place).

    Returns:
        A ``kgo:`` measure CURIE, or None when unclear.
    """
    for pattern, measure, kinds in _MEASURES:
        if kind not in kinds:
            continue
        text = sentence_before if measure.startswith("kgo:overseas") else before
        if pattern.search(text) is None:
            continue
        if measure in _CBEC_VARIANT and _CBEC.search(sentence_before):
            return _CBEC_VARIANT[measure]
        if measure in _HEADLINE_ONLY and not _is_headline(before, place_names):
            return None
        return measure
    return None


_COUNTED_ITEMS = (
    (re.compile(r"^[^，。；]{0,8}经验做法"), "kgo:practiceCount"),
    (re.compile(r"^[^，。；]{0,10}标准"), "kgo:standardCount"),
)


def _counted_item(after: str) -> str | None:
    """近70项成熟经验做法 / 41项国家、行业等标准: the measure is named after the figure."""
    for pattern, measure in _COUNTED_ITEMS:
        if pattern.match(after):
            return measure
    return None


def _approximation(before: str) -> str | None:
    if _MORE.search(before):
        return "more-than"
    if _LESS.search(before):
        return "less-than"
    if _ABOUT.search(before):
        return "about"
    return None


class _Scope:
    """The place figures are about: tracked through the article in reading order."""

    def __init__(self) -> None:
        self.current: str | None = None
        self.province: str | None = None
        self.prefecture: str | None = None

    def see(self, mention: Mention, body: str) -> None:
        if mention.iri is None or mention.label not in _SCOPE_PLACE_LABELS:
            return
        if _SHARE_BEFORE.search(body[max(0, mention.start - 2) : mention.start]):
            return
        if mention.label in _PROVINCE_LABELS:
            self.province = mention.iri
        if mention.label == "Prefecture":
            self.prefecture = mention.iri
        self.current = mention.iri

    def see_word(self, word: str, before: str) -> None:
        if _SHARE_BEFORE.search(before):
            return
        if word in {"全国", "我国"}:
            self.current = CHINA
        elif word == "全省" and self.province:
            self.current = self.province
        elif word == "全市" and self.prefecture:
            self.current = self.prefecture


_SCOPE_WORD = re.compile(r"全国|我国|全省|全市")


def _period_before(periods: Sequence[Period], offset: int) -> Period | None:
    chosen = None
    for period in periods:
        if period.end <= offset:
            chosen = period
    return chosen


def _period_key(period: Period | None) -> str:
    return f"{period.period_start}/{period.period_end}" if period else ""


def extract_observations(annotated: Annotated, mentions: Sequence[Mention]) -> list[Observation]:
    """Read the figures of every sentence as observations.

    Args:
        annotated: the article with sentence spans.
        mentions: linked mentions (places give the subject).

    Returns:
        Observations in text order, deduplicated on (about, measure, statistic, period, value).
    """
    article = annotated.article
    body = article.body
    published = article.published.date()
    scope = _Scope()
    places = sorted((m for m in mentions if m.label in _SCOPE_PLACE_LABELS and m.iri), key=lambda m: m.start)
    place_names = frozenset(m.text for m in places)
    place_starts = [m.start for m in places]
    para_starts = [p.start for p in article.paragraphs]
    found: list[Observation] = []
    seen: set[tuple[str, str, str, str, Decimal]] = set()
    last_level: _Level | None = None
    last_paragraph = -1
    for s_start, s_end in annotated.sentences:
        sentence = body[s_start:s_end]
        paragraph = _paragraph_index(annotated, para_starts, s_start)
        if paragraph != last_paragraph:
            last_level = None
            last_paragraph = paragraph
        events = _scope_events(sentence, s_start, places, place_starts)
        periods = parse_periods(sentence, published)
        sentence_level: _Level | None = None
        for quantity in parse_quantities(sentence):
            for event in events:
                if event[0] <= quantity.start:
                    _apply(scope, event, body)
            events = [e for e in events if e[0] > quantity.start]
            obs = _observation(
                annotated, quantity, s_start, sentence, periods, scope, sentence_level, last_level, place_names
            )
            if obs is None:
                continue
            key = (obs.about, obs.measure, obs.statistic, _period_key(_period_before(periods, quantity.start)), obs.value)
            if obs.statistic == "kgo:Level":
                sentence_level = last_level = _Level(obs.iri, obs.about, obs.measure, _period_before(periods, quantity.start))
            if key in seen:
                continue
            seen.add(key)
            found.append(obs)
        for event in events:
            _apply(scope, event, body)
    return found


def _paragraph_index(annotated: Annotated, starts: Sequence[int], offset: int) -> int:
    """Index of the paragraph holding ``offset`` (its end included), -1 if none.

    ``starts`` are the paragraph starts, ascending: a bisection instead of a scan of
    every paragraph for every sentence (quadratic on long articles).
    """
    index = bisect_right(starts, offset) - 1
    if index >= 0 and offset <= annotated.article.paragraphs[index].end:
        return index
    return -1


#: a scope change: (offset in the sentence, place mention or scope word, text before it)
_Event = tuple[int, Mention | str, str]


def _scope_events(sentence: str, s_start: int, places: Sequence[Mention],
                  starts: Sequence[int]) -> list[_Event]:
    """Scope changes in a sentence, in order (``starts``: the places' starts, ascending)."""
    events: list[_Event] = []
    first, last = bisect_left(starts, s_start), bisect_left(starts, s_start + len(sentence))
    for place in places[first:last]:
        events.append((place.start - s_start, place, ""))
    for match in _SCOPE_WORD.finditer(sentence):
        before = sentence[max(0, match.start() - 2) : match.start()]
        events.append((match.start(), match.group(0), before))
    events.sort(key=lambda e: e[0])
    return events


def _apply(scope: _Scope, event: _Event, body: str) -> None:
    _, what, before = event
    if isinstance(what, Mention):
        scope.see(what, body)
    else:
        scope.see_word(what, before)


def _observation(
    annotated: Annotated,
    quantity: Quantity,
    s_start: int,
    sentence: str,
    periods: Sequence[Period],
    scope: _Scope,
    sentence_level: _Level | None,
    last_level: _Level | None,
    place_names: frozenset[str],
) -> Observation | None:
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, quantity.start)), default=0)
    before = sentence[clause_start : quantity.start]
    sentence_before = sentence[: quantity.start]
    start, end = s_start + quantity.start, s_start + quantity.end
    aid = annotated.article.id
    if quantity.kind == "percent":
        return _growth(annotated, quantity, start, end, before, sentence, sentence_level)
    if quantity.kind not in {"money", "count", "area"}:
        return None
    measure = measure_for(before, quantity.kind, sentence_before, place_names)
    if measure is None and quantity.unit_text == "项":
        measure = _counted_item(sentence[quantity.end :])
    about = scope.current
    rule = "figure:level"
    if measure is None and _SCALE.search(before) and last_level is not None and quantity.kind == "money":
        measure, about, rule = last_level.measure, last_level.about, "figure:level-continued"
    if measure is None or about is None:
        return None
    period = _period_before(periods, quantity.start)
    iri = iris.obs_iri(aid, about, measure, "kgo:Level", _period_key(period), quantity.value)
    return Observation(
        iri=iri,
        about=about,
        measure=measure,
        statistic="kgo:Level",
        value=quantity.value,
        unit=quantity.unit,
        unit_text=quantity.unit_text,
        evidence=evidence(annotated, start, end, rule),
        period_label=period.label if period else None,
        period_start=period.period_start if period else None,
        period_end=period.period_end if period else None,
        approximation=quantity.approximation or _approximation(before),
    )


# What a growth rate is measured against: 同比 / 比上年 (the previous year), 环比 (the
# previous month or quarter) or a named base year (较2019年同期, 与2019年同期相比).
_COMPARISON = re.compile(
    r"同比|环比|(?:较|比|与|同|相比)\s*(\d{4})\s*年|(?:较|比|与)(?:上年|去年|上年同期|去年同期)"
)
_BASE_YEAR_CLAUSE = re.compile(r"与\s*(\d{4})\s*年[^，。；]{0,6}相比[，,]")


def _compares_with_previous_year(clause: str, sentence_before: str, level: _Level) -> bool:
    """False for month-on-month (环比) rates and rates against an older base year.

    The TBox has no month-on-month statistic, and 较2019年同期增长 in a 2021 report is
    a two-year comparison: neither is ``kgo:YearOnYearGrowth``. A base year one year
    before the level's period is year-on-year.

    Args:
        clause: the clause before the rate (from the last clause break).
        sentence_before: the whole sentence before the rate.
        level: the level the rate belongs to.

    Returns:
        True when the rate is (or is taken as) year-on-year.
    """
    markers = list(_COMPARISON.finditer(clause))
    if not markers:
        markers = list(_BASE_YEAR_CLAUSE.finditer(sentence_before))
        if not markers:
            return True
    last = markers[-1]
    if last.group(0) == "环比":
        return False
    if last.group(1) is None:
        return True
    period = level.period
    return period is not None and int(last.group(1)) == period.period_start.year - 1


def _growth(
    annotated: Annotated,
    quantity: Quantity,
    start: int,
    end: int,
    before: str,
    sentence: str,
    level: _Level | None,
) -> Observation | None:
    """同比增长30.7% right after a level → its year-on-year growth."""
    if level is None or _GROWTH_WORDS.search(before) is None:
        return None
    if not _compares_with_previous_year(before, sentence[: quantity.start], level):
        return None
    direction = direction_before(sentence, quantity.start)
    if direction == 0:
        return None
    value = quantity.value if direction > 0 else -quantity.value
    period = level.period
    iri = iris.obs_iri(annotated.article.id, level.about, level.measure, "kgo:YearOnYearGrowth", _period_key(period), value)
    return Observation(
        iri=iri,
        about=level.about,
        measure=level.measure,
        statistic="kgo:YearOnYearGrowth",
        value=value,
        unit=quantity.unit,
        unit_text=quantity.unit_text,
        evidence=evidence(annotated, start, end, "figure:yoy-growth"),
        period_label=period.label if period else None,
        period_start=period.period_start if period else None,
        period_end=period.period_end if period else None,
        growth_of=level.iri,
    )
