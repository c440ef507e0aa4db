"""Reporting periods (2021年, 一季度, 1-7月, 前三季度, 上半年 …) resolved to dates.

Input: body text and the article's publication date. Output: ``Period`` records
with offsets into the text, the first and last day of the period and an ISO 8601
duration (``P1Y``, ``P3M``, ``P7M``, ``P1D``). It does NOT attach a period to a
figure (``kg.extract`` does, by position) and does NOT read clock times.

Rules (POLICY-KG.md §4.2 item 3, modelled on jionlp ``parse_time`` behaviour):

- a period with a year (``2022年1-7月``, ``今年一季度``, ``去年``) uses it; 今年/本年,
  去年/上年, 前年 and 明年 count from the publication year;
- a period without one takes the last year named earlier in the same sentence
  (``2021年…其中一季度``), else the publication year, except that a period that
  ends after the publication month is a statistic of the previous year
  (``四季度`` in an April article is last year's); 全年 stays in the current year;
- a day without a year (``7月4日``) takes the year that puts it nearest the
  publication date; a bare day (``13日，国务院…``) is the latest such day on or
  before publication (连续3日, 3日内 are durations and are skipped);
- ``以来`` (``今年以来``) runs the period up to the publication date;
- 十一五 … 十五五 are five-year-plan periods (十四五 = 2021-2025);
- 年底/年末 and 7月底 are the last day of the year or month (``截至2021年底``).

Helpers for the figure rules: ``is_comparison_base`` (较2019年同期: a base, not the
period of a figure), ``is_release_date`` (中新网6月12日电, 13日，国新办举行…: when the
figures were published, not their period) and ``current_month`` (当月 → the month
of the period in context, else of the publication date).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from kg.nlp.numbers import parse_integer

__all__ = [
    "Period",
    "current_month",
    "is_comparison_base",
    "is_event_date",
    "is_release_date",
    "parse_periods",
]


@dataclass(frozen=True, slots=True)
class Period:
    """A reporting period named in text.

    ``label`` is the text as written without spaces (``2022年1-7月``);
    ``period_start``/``period_end`` are inclusive; ``duration`` is ISO 8601.
    """

    start: int
    end: int
    text: str
    label: str
    period_start: date
    period_end: date
    duration: str


_RELATIVE_YEAR = {
    "今年": 0,
    "本年": 0,
    "去年": -1,
    "上年": -1,
    "过去一年": -1,  # 过去一年 in a work report: the calendar year before it
    "前年": -2,
    "明年": 1,
}
# full-width digits, － and ～ fold one for one (offsets stay valid); translate()
# is slow, so it runs only on text that has one of them
_FOLD = {cp: cp - 0xFEE0 for cp in (0xFF0D, *range(0xFF10, 0xFF1A), 0xFF5E)}
_NEEDS_FOLD = re.compile("[\uff0d\uff10-\uff19\uff5e]")
_SPACES = re.compile(r"\s+")

_S = r"[ \t\u00a0\u3000]*"
_SEP = rf"{_S}(?:-{{1,2}}|~|～|—{{1,2}}|–|至|到){_S}"
_CNM = r"十[一二]|十|[一二三四五六七八九]"  # Chinese month numbers, longest first
_M = rf"(?:1[0-2]|0?[1-9]|{_CNM})"
_YEARP = (
    rf"(?:(?<!超过)(?<![近约逾])"  # 超过2000年的历史 is a duration, not a year
    rf"(?P<y>(?<!\d)(?:19|20)\d{{2}}|[〇零一二三四五六七八九]{{4}}){_S}年(?:度)?"
    rf"|(?P<rel>今年|本年|去年|上年|过去一年|前年|明年)(?!同期|初))"
    rf"(?!{_S}第{_S}\d+{_S}[号期])"  # 商务部令2019年第1号, 2011年第4期 are not periods
)
_SUB = rf"""
    (?P<dayrange>(?P<dr_m>{_M}){_S}月{_S}(?P<dr_d>\d{{1,2}}){_S}日?{_SEP}
        (?:(?P<dr_y2>\d{{4}}){_S}年{_S})?(?:(?P<dr_m2>{_M}){_S}月{_S})?
        (?P<dr_d2>\d{{1,2}}){_S}日)
  | (?P<day>(?P<d_m>{_M}){_S}月{_S}(?P<d_d>\d{{1,2}}){_S}[日号])
  | (?P<monthrange>(?P<mr_1>{_M}){_S}月?(?:份)?{_SEP}(?P<mr_2>{_M}){_S}月(?:份)?)
  | (?P<yearend>(?<=年)[底末]|(?<![\d今本去上前明])年[底末])
  | (?P<monthend>(?P<me>{_M}){_S}月(?:份)?[底末])
  | (?P<firstmonths>[前头](?P<fm>1[0-2]|[1-9]|{_CNM}|两){_S}个?{_S}月)
  | (?P<firstquarters>前(?P<fq>[1-3一二两三]){_S}个?{_S}季度)
  | (?P<quarterrange>(?P<qr_1>[1-4一二三四]){_S}(?:季度)?{_SEP}(?P<qr_2>[1-4一二三四]){_S}季度)
  | (?P<quarter>第?(?P<q>[1-4一二三四]){_S}季度)
  | (?P<half>(?P<h>上|下)半年)
  | (?P<full>全年)
  | (?P<month>(?P<mo>{_M}){_S}月(?:份)?(?!{_S}\d{{1,2}}{_S}[日号]))
  | (?P<dayonly>(?<![\d月续近前每第数几多])(?P<do>[12]\d|3[01]|0?[1-9])日(?![内前后以]))
"""
_PERIOD_RE = re.compile(
    rf"""
    (?=[\d〇零一二两三四五六七八九十今本去上下前头明全第底末年过])  # cheap test at every position
    (?<![\d.])
    (?:
      (?P<yearrange>(?P<yr_1>(?:19|20)\d{{2}}){_S}年?{_SEP}(?P<yr_2>(?:19|20)\d{{2}}){_S}年)
    | (?P<plan>(?<![零〇一二两三四五六七八九十百千])十(?P<plan_n>[一二三四五])五(?![零〇一二三四五六七八九十百千万亿]))
    | (?P<yp>{_YEARP})?(?:(?(yp){_S})(?:{_SUB})|(?(yp)|(?!)))  # year, sub-period, or both
    )
    (?P<since>{_S}以来)?
    """,
    re.VERBOSE,
)
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _number(token: str) -> int:
    """Arabic or Chinese small number (month, quarter, year digits) to int."""
    return parse_integer(token)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _duration(start: date, end: date) -> str:
    """ISO 8601 duration of an inclusive span: whole months as PnM/PnY, else PnD."""
    if start.day == 1 and end == _month_end(end.year, end.month):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        return f"P{months // 12}Y" if months % 12 == 0 else f"P{months}M"
    return f"P{(end - start).days + 1}D"


def _months(year: int, first: int, last: int) -> tuple[date, date]:
    return date(year, first, 1), _month_end(year, last)


def _span_in_year(match: re.Match[str], year: int) -> tuple[date, date] | None:
    """The dates a sub-period (quarter, months, half, day…) covers in ``year``."""
    if match["dayrange"]:
        first = date(year, _number(match["dr_m"]), int(match["dr_d"]))
        year2 = int(match["dr_y2"]) if match["dr_y2"] else year
        month2 = _number(match["dr_m2"]) if match["dr_m2"] else first.month
        return first, date(year2, month2, int(match["dr_d2"]))
    if match["day"]:
        day = date(year, _number(match["d_m"]), int(match["d_d"]))
        return day, day
    if match["monthrange"]:
        return _months(year, _number(match["mr_1"]), _number(match["mr_2"]))
    if match["firstmonths"]:
        return _months(year, 1, _number(match["fm"]))
    if match["firstquarters"]:
        return _months(year, 1, 3 * _number(match["fq"]))
    if match["quarterrange"]:  # 一至三季度: from the first quarter's start to the last's end
        return _months(year, 3 * _number(match["qr_1"]) - 2, 3 * _number(match["qr_2"]))
    if match["quarter"]:
        quarter = _number(match["q"])
        return _months(year, 3 * quarter - 2, 3 * quarter)
    if match["half"]:
        return _months(year, 1, 6) if match["h"] == "上" else _months(year, 7, 12)
    if match["full"]:
        return _months(year, 1, 12)
    if match["yearend"]:
        return date(year, 12, 31), date(year, 12, 31)
    if match["monthend"]:
        last = _month_end(year, _number(match["me"]))
        return last, last
    if match["month"]:
        month = _number(match["mo"])
        return _months(year, month, month)
    return None


def _day_only(match: re.Match[str], published: date) -> tuple[date, date] | None:
    """13日 alone: the latest such day on or before publication (this or last month)."""
    day_of_month = int(match["do"])
    year, month = published.year, published.month
    for _ in range(3):  # a 31日 may need to skip a short month
        if day_of_month <= calendar.monthrange(year, month)[1]:
            day = date(year, month, day_of_month)
            if day <= published:
                return day, day
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _has_sub(match: re.Match[str]) -> bool:
    return any(
        match[name]
        for name in (
            "dayrange", "day", "monthrange", "firstmonths", "firstquarters", "quarterrange",
            "quarter", "half", "full", "month", "dayonly", "yearend", "monthend",
        )
    )  # fmt: skip


def _explicit_year(match: re.Match[str], published: date) -> int | None:
    if match["y"]:
        return _number(match["y"])
    if match["rel"]:
        return published.year + _RELATIVE_YEAR[match["rel"]]
    return None


def _infer_span(match: re.Match[str], published: date) -> tuple[date, date] | None:
    """Dates of a period written without a year, relative to ``published``."""
    if match["day"] or (match["dayrange"] and not match["dr_y2"]):
        candidates = []
        for year in (published.year - 1, published.year, published.year + 1):
            span = _span_in_year(match, year)
            if span is not None:
                candidates.append(span)
        if not candidates:
            return None
        return min(candidates, key=lambda span: abs((span[0] - published).days))
    span = _span_in_year(match, published.year)
    if span is None or match["full"] or match["yearend"] or match["half"] == "下半年":
        return span  # 全年/下半年 in mid-year are this year's targets, not statistics
    if span[1] > _month_end(published.year, published.month):
        return _span_in_year(match, published.year - 1)  # 四季度 in April: last year's
    return span


def _resolve(
    match: re.Match[str], published: date, context_year: int | None
) -> tuple[date, date, int | None] | None:
    """Return (first day, last day, explicit year or None) for one match."""
    if match["yearrange"]:
        return date(int(match["yr_1"]), 1, 1), date(int(match["yr_2"]), 12, 31), None
    if match["plan"]:
        first = 1966 + 5 * (10 + _number(match["plan_n"]) - 3)  # 3rd plan: 1966-1970
        return date(first, 1, 1), date(first + 4, 12, 31), None
    if match["dayonly"]:
        span = _day_only(match, published)
        return None if span is None else (span[0], span[1], None)
    year = _explicit_year(match, published)
    if match["rel"] == "过去一年" and (_has_sub(match) or published.month > 3):
        return None  # 过去一年来 in July is the last twelve months, no calendar year
    if not _has_sub(match):
        if year is None:
            return None
        return date(year, 1, 1), date(year, 12, 31), year
    if year is not None:
        span = _span_in_year(match, year)
    elif context_year is not None:
        span = _span_in_year(match, context_year)
    else:
        span = _infer_span(match, published)
    if span is None:
        return None
    return span[0], span[1], year


def _review_year(match: re.Match[str], last_year: int | None, published: date) -> int | None:
    """The year a bare 全年 reviews: last year's, in an article of the first months of the
    year that has already named last year (2022年全省生产总值…; 全年固定资产投资增长9%
    in a January 2023 release). Otherwise None (全年 stays in the current year)."""
    if match["full"] and last_year == published.year - 1 and published.month <= 4:
        return last_year
    return None


def parse_periods(text: str, published: date, *, last_year: int | None = None) -> list[Period]:
    """Find every reporting period in ``text`` and resolve it against ``published``.

    Args:
        text: body text.
        published: the article's publication date (Beijing calendar day).
        last_year: the last explicit year of the text before ``text`` (a bare 全年 of an
            early-year review is that year's; see ``_review_year``).

    Returns:
        The periods in order, each with ``text[p.start:p.end] == p.text``.
        Impossible dates (``2月30日``) and ranges that run backwards are skipped.
    """
    folded = text.translate(_FOLD) if _NEEDS_FOLD.search(text) else text
    found: list[Period] = []
    context_year: int | None = None
    context_end = 0
    for match in _PERIOD_RE.finditer(folded):
        start, end = match.span()
        if context_year is not None and _SENTENCE_END.search(folded, context_end, start):
            context_year = None
        try:
            resolved = _resolve(
                match, published, context_year or _review_year(match, last_year, published)
            )
        except ValueError:  # date() rejects 2月30日 and month 13
            continue
        if resolved is None:
            continue
        first, last, year = resolved
        if year is not None and _EVENT_AFTER.match(folded, end) is None:
            context_year, context_end, last_year = year, end, year
        if match["since"] and published >= first:
            last = published
        if last < first:
            continue
        written = text[start:end]
        found.append(
            Period(
                start=start,
                end=end,
                text=written,
                label=_SPACES.sub("", written),
                period_start=first,
                period_end=last,
                duration=_duration(first, last),
            )
        )
    return found


_BASE_BEFORE = re.compile(r"(?:较|比|与|同|相比|相较|高于|低于|快于|慢于|仅次于|超过|超)\s*$")
_BASE_AFTER = re.compile(r"^\s*(?:同期|的同期|水平)")
_RELEASE_AFTER = re.compile(
    r"^[，,]?[^。；;！？\n]{0,12}?(?:电|讯|发布|通报|举行|表示|介绍|公布|透露|召开|消息|指出|获悉|报道)"
)
_AS_OF_BEFORE = re.compile(r"(?:截至|截止|截止到|到)\s*$")
_CURRENT_MONTH = re.compile(r"当月")


def is_comparison_base(text: str, period: Period) -> bool:
    """True when ``period`` is what a figure is compared with (较2019年同期, 比上年).

    Args:
        text: the text ``period`` was parsed from.
        period: one of ``parse_periods(text, …)``.
    """
    before = text[max(0, period.start - 4) : period.start]
    return bool(_BASE_BEFORE.search(before) or _BASE_AFTER.match(text, period.end))


#: an event verb right after a date: when something was set up, not a period of figures
#: (2018年获批的第三批综试区, 2019年8月挂牌的自贸试验区); 以来 after it makes it a start
_EVENT_AFTER = re.compile(
    r"\s*(?:正式)?(?:获批|获准|批复|批准|设立|成立|挂牌|揭牌|启动|开通|签署|印发|出台)"
    r"(?![^，,。；;]{0,4}以来)"
)


def is_event_date(text: str, period: Period) -> bool:
    """True when ``period`` dates an event (2018年获批的…), not the period of a figure.

    Args:
        text: the text ``period`` was parsed from.
        period: one of ``parse_periods(text, …)``.
    """
    return _EVENT_AFTER.match(text, period.end) is not None


def is_release_date(text: str, period: Period) -> bool:
    """True when a single day is the date figures were released (13日，国新办举行…).

    A day after 截至/到 (截至6月30日) is the date a stock figure holds, not a release.

    Args:
        text: the text ``period`` was parsed from.
        period: one of ``parse_periods(text, …)``.
    """
    if period.duration != "P1D" or period.label.endswith(("底", "末")):
        return False
    if _AS_OF_BEFORE.search(text[max(0, period.start - 4) : period.start]):
        return False
    return _RELEASE_AFTER.match(text[period.end :]) is not None


def current_month(text: str, published: date, context: Period | None) -> list[Period]:
    """Read 当月 as the month of ``context`` (its last month), else the publication month.

    Args:
        text: a sentence.
        published: the article's publication date.
        context: the period the sentence or the text before it last named (1—7月).

    Returns:
        One ``Period`` per 当月 in ``text`` (label 当月, one month long).
    """
    found = []
    anchor = context.period_end if context is not None else published
    first, last = _months(anchor.year, anchor.month, anchor.month)
    for match in _CURRENT_MONTH.finditer(text):
        found.append(Period(match.start(), match.end(), "当月", "当月", first, last, "P1M"))
    return found
