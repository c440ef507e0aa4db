"""Reporting periods resolved against the publication date (kg.nlp.periods)."""

from __future__ import annotations

import html
import re
from datetime import date, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.nlp.periods import parse_periods

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"
APRIL = date(2022, 4, 21)  # the MOFCOM seed
AUGUST = date(2022, 8, 15)

# text, published, quote, first day, last day, duration
GOLDEN = [
    pytest.param("2021年，浙江", APRIL, "2021年", "2021-01-01", "2021-12-31", "P1Y", id="year"),
    pytest.param("一季度，全国", APRIL, "一季度", "2022-01-01", "2022-03-31", "P3M", id="quarter-seed"),
    pytest.param("第二季度", AUGUST, "第二季度", "2022-04-01", "2022-06-30", "P3M", id="di-quarter"),
    pytest.param("四季度", APRIL, "四季度", "2021-10-01", "2021-12-31", "P3M", id="quarter-after-publication"),
    pytest.param("今年一季度", APRIL, "今年一季度", "2022-01-01", "2022-03-31", "P3M", id="jinnian-quarter"),
    pytest.param("一至三季度，河南", AUGUST, "一至三季度", "2021-01-01", "2021-09-30", "P9M", id="quarter-range-after-publication"),
    pytest.param("2022年1至3季度", AUGUST, "2022年1至3季度", "2022-01-01", "2022-09-30", "P9M", id="quarter-range"),
    pytest.param("去年", APRIL, "去年", "2021-01-01", "2021-12-31", "P1Y", id="qunian"),
    pytest.param("去年四季度", APRIL, "去年四季度", "2021-10-01", "2021-12-31", "P3M", id="qunian-quarter"),
    pytest.param("上半年", AUGUST, "上半年", "2022-01-01", "2022-06-30", "P6M", id="first-half"),
    pytest.param("下半年", AUGUST, "下半年", "2022-07-01", "2022-12-31", "P6M", id="second-half-outlook"),
    pytest.param("全年目标", APRIL, "全年", "2022-01-01", "2022-12-31", "P1Y", id="full-year"),
    pytest.param("1-7月，全国", AUGUST, "1-7月", "2022-01-01", "2022-07-31", "P7M", id="ascii-dash"),
    pytest.param("1—7月", AUGUST, "1—7月", "2022-01-01", "2022-07-31", "P7M", id="em-dash"),
    pytest.param("1～7月", AUGUST, "1～7月", "2022-01-01", "2022-07-31", "P7M", id="wave-dash"),
    pytest.param("1至7月", AUGUST, "1至7月", "2022-01-01", "2022-07-31", "P7M", id="zhi"),
    pytest.param("1月-7月", AUGUST, "1月-7月", "2022-01-01", "2022-07-31", "P7M", id="both-yue"),
    pytest.param("1—4月份", APRIL, "1—4月份", "2022-01-01", "2022-04-30", "P4M", id="yuefen-same-month"),
    pytest.param("1-8月", date(2022, 7, 10), "1-8月", "2021-01-01", "2021-08-31", "P8M", id="ends-after-publication"),
    pytest.param("2022年1-7月", AUGUST, "2022年1-7月", "2022-01-01", "2022-07-31", "P7M", id="year-and-months"),
    pytest.param("前7个月", AUGUST, "前7个月", "2022-01-01", "2022-07-31", "P7M", id="first-months"),
    pytest.param("今年前7月", AUGUST, "今年前7月", "2022-01-01", "2022-07-31", "P7M", id="first-months-no-ge"),
    pytest.param("今年前两个月", AUGUST, "今年前两个月", "2022-01-01", "2022-02-28", "P2M", id="first-two-months"),
    pytest.param("今年头4个月", AUGUST, "今年头4个月", "2022-01-01", "2022-04-30", "P4M", id="tou-months"),
    pytest.param("头两个月，出口", AUGUST, "头两个月", "2022-01-01", "2022-02-28", "P2M", id="bare-tou-months"),
    pytest.param("过去一年，全市", date(2023, 1, 20), "过去一年", "2022-01-01", "2022-12-31", "P1Y", id="past-year-in-a-report"),
    pytest.param("7月份", AUGUST, "7月份", "2022-07-01", "2022-07-31", "P1M", id="month"),
    pytest.param("2022年1月", AUGUST, "2022年1月", "2022-01-01", "2022-01-31", "P1M", id="year-month"),
    pytest.param("前三季度", date(2022, 10, 20), "前三季度", "2022-01-01", "2022-09-30", "P9M", id="first-quarters"),
    pytest.param("2021年9月10日--2021年9月21日", AUGUST, "2021年9月10日--2021年9月21日", "2021-09-10", "2021-09-21", "P12D", id="day-range"),
    pytest.param("2022年5月21~22日", AUGUST, "2022年5月21~22日", "2022-05-21", "2022-05-22", "P2D", id="short-day-range"),
    pytest.param("7月4日电", date(2022, 7, 4), "7月4日", "2022-07-04", "2022-07-04", "P1D", id="day"),
    pytest.param("12月30日", date(2022, 1, 2), "12月30日", "2021-12-30", "2021-12-30", "P1D", id="day-nearest-year"),
    pytest.param("13日，国务院", APRIL, "13日", "2022-04-13", "2022-04-13", "P1D", id="bare-day"),
    pytest.param("26日，商务部", APRIL, "26日", "2022-03-26", "2022-03-26", "P1D", id="bare-day-last-month"),
    pytest.param("今年以来", APRIL, "今年以来", "2022-01-01", "2022-04-21", "P111D", id="since"),
    pytest.param("“十四五”期间", APRIL, "十四五", "2021-01-01", "2025-12-31", "P5Y", id="plan"),
    pytest.param("2021-2023年", APRIL, "2021-2023年", "2021-01-01", "2023-12-31", "P3Y", id="year-range"),
    pytest.param("截至2021年底", APRIL, "2021年底", "2021-12-31", "2021-12-31", "P1D", id="year-end"),
    pytest.param("力争到年底完成", APRIL, "年底", "2022-12-31", "2022-12-31", "P1D", id="year-end-this-year"),
    pytest.param("截至7月底", AUGUST, "7月底", "2022-07-31", "2022-07-31", "P1D", id="month-end"),
    pytest.param("２０２１年", APRIL, "２０２１年", "2021-01-01", "2021-12-31", "P1Y", id="fullwidth"),
    pytest.param("二〇二一年", APRIL, "二〇二一年", "2021-01-01", "2021-12-31", "P1Y", id="cn-year"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "quote", "first", "last", "duration"), GOLDEN)
def test_parse_periods_golden(
    text: str, published: date, quote: str, first: str, last: str, duration: str
) -> None:
    [period] = parse_periods(text, published)
    assert period.text == quote
    assert text[period.start : period.end] == quote
    assert (period.period_start, period.period_end) == (
        date.fromisoformat(first),
        date.fromisoformat(last),
    )
    assert period.duration == duration


def test_parse_periods_takes_year_from_the_same_sentence() -> None:
    text = "2021年，全省进出口增长，其中一季度增长较快。一季度，全国"
    found = parse_periods(text, APRIL)
    assert [(p.text, p.period_start.year) for p in found] == [
        ("2021年", 2021),
        ("一季度", 2021),  # same sentence as 2021年
        ("一季度", 2022),  # new sentence: from the publication date
    ]


def test_parse_periods_label_drops_spaces() -> None:
    [period] = parse_periods("2022年 一季度", APRIL)
    assert period.label == "2022年一季度"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("国函〔2022〕8号", id="document-number"),
        pytest.param("商务部令2019年第1号", id="order-year"),
        pytest.param("《中国经济史研究》2011年第4期", id="journal-issue"),
        pytest.param("超过2000年的种植历史", id="duration-years"),
        pytest.param("准备了3个月", id="months-duration"),
        pytest.param("北京连续3日无新增", id="days-duration"),
        pytest.param("去年同期", id="same-period-last-year"),
        pytest.param("2月30日", id="impossible-date"),
        pytest.param("增长30.7%", id="percent"),
        pytest.param("过去一年来，出口增长", id="trailing-year-in-april"),
    ],
)
def test_parse_periods_ignores_non_periods(text: str) -> None:
    assert parse_periods(text, APRIL) == []


_PIECES = st.sampled_from(
    ["2021", "年", "1", "-", "7", "月", "一季度", "今年", "前", "个", "日", "，",
     "。", "上半年", "至", "以来", "底", "３", "十四五", "第"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_PIECES, max_size=10).map("".join),
    st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31)),
)
def test_parse_periods_offsets_and_order_hold(text: str, published: date) -> None:
    found = parse_periods(text, published)
    for period in found:
        assert text[period.start : period.end] == period.text
        assert period.period_start <= period.period_end
    for left, right in zip(found, found[1:], strict=False):
        assert left.end <= right.start


def _article(path: Path) -> tuple[str, date]:
    raw = path.read_text(encoding="utf-8")
    stamp = re.search(r"^date: (.+)$", raw, re.M)
    assert stamp is not None
    published = (parsedate_to_datetime(stamp.group(1)) + timedelta(hours=8)).date()
    body = raw.split("---", 2)[2].split("<!-- news_keyword_pub")[0]
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", body.replace("</p>", "\n"))), published


def test_parse_periods_corpus_month_ranges_end_before_publication() -> None:
    checked = 0
    for path in sorted(ARTICLES.glob("*.md")):
        text, published = _article(path)
        periods = {p.start: p for p in parse_periods(text, published)}
        for match in re.finditer(r"(?<![\d年])1\s*[-—～至]\s*(\d{1,2})月", text):
            period = periods[match.start()]
            assert period.period_start.month == 1
            assert period.period_end.month == int(match.group(1))
            assert period.period_end < published
            checked += 1
    assert checked >= 22  # 1-7月 alone occurs 22 times in the corpus (NOTES.md)


def test_an_event_date_is_no_period_and_gives_no_year_to_the_rest() -> None:
    from kg.nlp.periods import is_event_date

    text = "作为2018年获批的第三批综试区，全年跨境电商进出口增长超过一倍。"
    found = parse_periods(text, date(2021, 6, 1))
    assert [p.label for p in found] == ["2018年", "全年"]
    assert is_event_date(text, found[0]) and not is_event_date(text, found[1])
    assert found[1].period_start == date(2021, 1, 1)  # not 2018's
    since = "2015年设立以来，累计进出口增长。"
    assert not is_event_date(since, parse_periods(since, date(2021, 6, 1))[0])
