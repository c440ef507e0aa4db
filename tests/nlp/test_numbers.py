"""Amounts, rates, counts and batch ordinals (kg.nlp.numbers)."""

from __future__ import annotations

import html
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.nlp.numbers import (
    NumberParseError,
    direction_before,
    parse_batch_ordinals,
    parse_integer,
    parse_number,
    parse_quantities,
)

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"


def corpus_body(path: Path) -> str:
    """Crude body text of a bundled article: tags dropped, no space added between runs."""
    raw = path.read_text(encoding="utf-8").split("---", 2)[2]
    raw = raw.split("<!-- news_keyword_pub")[0]
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", raw.replace("</p>", "\n")))


# text, quoted figure, value, unit, unit_text, kind, approximation, high
GOLDEN = [
    pytest.param("跨境电商进出口3302.9亿元", "3302.9亿元", "330290000000", "CNY", "亿元", "money", None, None, id="yi-yuan"),
    pytest.param("达1.98万亿元", "1.98万亿元", "1980000000000", "CNY", "万亿元", "money", None, None, id="wanyi-decimal"),
    pytest.param("出口20.27亿美元", "20.27亿美元", "2027000000", "USD", "亿美元", "money", None, None, id="usd"),
    pytest.param("捐赠5，000万元", "5，000万元", "50000000", "CNY", "万元", "money", None, None, id="fullwidth-thousands"),
    pytest.param("累计获赔70多万元。", "70多万元", "700000", "CNY", "万元", "money", "more-than", None, id="duo-before-wan"),
    pytest.param("数量超过2000个", "超过2000个", "2000", "C62", "个", "count", "more-than", None, id="chaoguo"),
    pytest.param("有2000多个", "2000多个", "2000", "C62", "个", "count", "more-than", None, id="duo-count"),
    pytest.param("活跃网店达14.9万家。", "14.9万家", "149000", "C62", "万家", "count", None, None, id="wan-jia"),
    pytest.param("面积1600万平方米", "1600万平方米", "16000000", "MTK", "万平方米", "area", None, None, id="area"),
    pytest.param("增长30.7%", "30.7%", "30.7", "P1", "%", "percent", None, None, id="percent"),
    pytest.param("增长34.6％", "34.6％", "34.6", "P1", "％", "percent", None, None, id="fullwidth-percent"),
    pytest.param("提高9.6个百分点", "9.6个百分点", "9.6", "percentage-point", "个百分点", "points", None, None, id="points"),
    pytest.param("下降2.1个百分点", "2.1个百分点", "2.1", "percentage-point", "个百分点", "points", None, None, id="points-down"),
    pytest.param("增长3.7倍", "3.7倍", "3.7", "C62", "倍", "multiple", None, None, id="multiple"),
    pytest.param("约占全国六分之一", "六分之一", "16.666667", "P1", "分之", "share", None, None, id="fraction"),
    pytest.param("增长百分之三十点七", "百分之三十点七", "30.7", "P1", "百分之", "percent", None, None, id="cn-percent"),
    pytest.param("贵了3-5元", "3-5元", "3", "CNY", "元", "money", None, "5", id="range"),
    pytest.param("为3%-5%", "3%-5%", "3", "P1", "%", "percent", None, "5", id="percent-range"),
    pytest.param("近3000亿元", "近3000亿元", "300000000000", "CNY", "亿元", "money", "about", None, id="jin"),
    pytest.param("约30亿元人民币", "约30亿元人民币", "3000000000", "CNY", "亿元人民币", "money", "about", None, id="yue-renminbi"),
    pytest.param("利润不到20块钱", "不到20块钱", "20", "CNY", "块钱", "money", "less-than", None, id="budao"),
    pytest.param("不足10家", "不足10家", "10", "C62", "家", "count", "less-than", None, id="buzu"),
    pytest.param("外资企业1470余家", "1470余家", "1470", "C62", "家", "count", "more-than", None, id="yu"),
    pytest.param("产量为253万吨左右", "253万吨左右", "2530000", "TNE", "万吨", "mass", "about", None, id="zuoyou"),
    pytest.param("力争达到30%以上", "30%以上", "30", "P1", "%", "percent", "more-than", None, id="yishang"),
    pytest.param("用电量17023亿千瓦时", "17023亿千瓦时", "1702300000000", "KWH", "亿千瓦时", "energy", None, None, id="kwh-not-qian"),
    pytest.param("国有企业营业总收入414373.7亿元", "414373.7亿元", "41437370000000", "CNY", "亿元", "money", None, None, id="large"),
    pytest.param("综试区已达132个", "132个", "132", "C62", "个", "count", None, None, id="count-132"),
    pytest.param("两千三百亿元", "两千三百亿元", "230000000000", "CNY", "亿元", "money", None, None, id="cn-money"),
    pytest.param("七十多万元", "七十多万元", "700000", "CNY", "万元", "money", "more-than", None, id="cn-duo"),
    pytest.param("售价高达699元/斤", "699元/斤", "699", "CNY", "元/斤", "price", None, None, id="price"),
    pytest.param("4斤装", "4斤", "2", "KGM", "斤", "mass", None, None, id="jin-to-kg"),
    pytest.param("贸易超过了6成", "6成", "60", "P1", "成", "share", None, None, id="cheng"),
    pytest.param("增逾两成", "逾两成", "20", "P1", "成", "share", "more-than", None, id="cn-cheng"),
    pytest.param("同比-2.1%", "-2.1%", "-2.1", "P1", "%", "percent", None, None, id="negative"),
    pytest.param("年产3GW单晶电池", "3GW", "3000000", "KWT", "GW", "power", None, None, id="ascii-unit"),
    pytest.param("拉动约2个百分点", "约2个百分点", "2", "percentage-point", "个百分点", "points", "about", None, id="about-points"),
    pytest.param("下降两个百分点", "两个百分点", "2", "percentage-point", "个百分点", "points", None, None, id="cn-points"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit", "unit_text", "kind", "approximation", "high"),
    GOLDEN,
)
def test_parse_quantities_golden(
    text: str,
    quote: str,
    value: str,
    unit: str,
    unit_text: str,
    kind: str,
    approximation: str | None,
    high: str | None,
) -> None:
    [quantity] = parse_quantities(text)
    assert quantity.text == quote
    assert text[quantity.start : quantity.end] == quote
    assert quantity.value == Decimal(value)
    assert (quantity.unit, quantity.unit_text, quantity.kind) == (unit, unit_text, kind)
    assert quantity.approximation == approximation
    assert quantity.high == (None if high is None else Decimal(high))


NOT_AMOUNTS = [
    pytest.param("这项工作十分重要", id="shifen-very"),
    pytest.param("“十四五”规划", id="plan-name"),
    pytest.param("2021年全国", id="year"),
    pytest.param("2022年2月8日发布", id="date"),
    pytest.param("国函〔2022〕8号", id="document-number"),
    pytest.param("1-7月，全国", id="month-range"),
    pytest.param("依照第3条规定", id="article-number"),
    pytest.param("第六批综试区", id="batch-ordinal"),
    pytest.param("前五批", id="first-batches"),
    pytest.param("电话：0571-87654321", id="phone"),
    pytest.param("是一个重要平台", id="yige"),
    pytest.param("准备了10个月之久", id="months-duration"),
    pytest.param("第3个项目", id="ordinal-count"),
    pytest.param("千家万户", id="words-with-magnitudes"),
    pytest.param("6月15日0-24时", id="clock-range"),
    pytest.param("个人所得税", id="geren"),
]


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_parse_quantities_ignores_non_amounts(text: str) -> None:
    assert parse_quantities(text) == []


def test_parse_quantities_keeps_two_figures_apart_across_zhi() -> None:
    text = "服务贸易逆差下降70%至1347.5亿元"
    found = [(q.text, q.kind, q.high) for q in parse_quantities(text)]
    assert found == [("70%", "percent", None), ("1347.5亿元", "money", None)]


def test_parse_quantities_finds_every_figure_in_order() -> None:
    text = "2021年，浙江跨境电商进出口3302.9亿元，增长30.7%，网店14.9万家。"
    assert [q.text for q in parse_quantities(text)] == [
        "3302.9亿元",
        "30.7%",
        "14.9万家",
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("3302.9亿", "330290000000", id="yi"),
        pytest.param("1.98万亿", "1980000000000", id="wanyi"),
        pytest.param("12.34万亿", "12340000000000", id="wanyi-2"),
        pytest.param("两千三百亿", "230000000000", id="cn"),
        pytest.param("三千三百零二点九亿", "330290000000", id="cn-decimal"),
        pytest.param("百分之三十点七", "30.7", id="cn-percent"),
        pytest.param("30.7%", "30.7", id="percent"),
        pytest.param("5，000万", "50000000", id="fullwidth-comma"),
        pytest.param("二〇二二", "2022", id="digit-string"),
        pytest.param("一万亿", "1000000000000", id="wan-yi"),
        pytest.param("十", "10", id="ten"),
        pytest.param("一百零五", "105", id="ling"),
        pytest.param("３２", "32", id="fullwidth-digits"),
    ],
)
def test_parse_number_values(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


def test_parse_number_rejects_plan_name_with_message() -> None:
    with pytest.raises(NumberParseError, match=r"'十四五'.*digit '五' follows a digit"):
        parse_number("十四五")


def test_parse_number_rejects_text() -> None:
    with pytest.raises(NumberParseError, match=r"not a numeral: '增长'"):
        parse_number("增长")


@pytest.mark.parametrize(
    ("text", "figure", "direction"),
    [
        pytest.param("同比增长30.7%", "30.7%", 1, id="up"),
        pytest.param("同比下降2.1个百分点", "2.1", -1, id="down"),
        pytest.param("比上年回落0.5个百分点", "0.5", -1, id="huiluo"),
        pytest.param("分别增长30%、20%", "20%", 1, id="list-keeps-direction"),
        pytest.param("增长到30%", "30%", 0, id="level-after-dao"),
        pytest.param("下降至3%", "3%", 0, id="level-after-zhi"),
        pytest.param("增长5%，占比30%", "30%", 0, id="new-clause"),
        pytest.param("进出口3302.9亿元", "3302.9", 0, id="none"),
    ],
)
def test_direction_before(text: str, figure: str, direction: int) -> None:
    assert direction_before(text, text.index(figure)) == direction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("第六批综试区", [("第六批", 6, False)], id="cn"),
        pytest.param("第6批", [("第6批", 6, False)], id="arabic"),
        pytest.param("全国前五批105个", [("前五批", 5, True)], id="upto"),
        pytest.param("首批试点", [("首批", 1, False)], id="shoupi"),
        pytest.param("第一批和第七批", [("第一批", 1, False), ("第七批", 7, False)], id="two"),
        pytest.param("第十二批", [("第十二批", 12, False)], id="twelve"),
        pytest.param("第十一批综试区", [("第十一批", 11, False)], id="eleven"),
        pytest.param("第二十批", [("第二十批", 20, False)], id="twenty"),
        pytest.param("国务院第一批准", [], id="pizhun-not-batch"),
        pytest.param("一批企业", [], id="yipi-not-ordinal"),
    ],
)
def test_parse_batch_ordinals(text: str, expected: list[tuple[str, int, bool]]) -> None:
    found = parse_batch_ordinals(text)
    assert [(b.text, b.ordinal, b.upto) for b in found] == expected
    assert all(text[b.start : b.end] == b.text for b in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("132", 132, id="arabic"),
        pytest.param("１３２", 132, id="full-width"),
        pytest.param("一百三十二", 132, id="cn-132"),
        pytest.param("一百零五", 105, id="cn-105-zero"),
        pytest.param("两", 2, id="liang"),
        pytest.param("十一", 11, id="eleven"),
        pytest.param("二十", 20, id="twenty"),
        pytest.param("二〇二二", 2022, id="year-digits"),
    ],
)
def test_parse_integer_reads_counts_and_ordinals(text: str, value: int) -> None:
    assert parse_integer(text) == value


@pytest.mark.parametrize("text", ["", "十四五", "132个", "abc"])
def test_parse_integer_rejects_non_integers(text: str) -> None:
    with pytest.raises(NumberParseError):
        parse_integer(text)


# --- properties --------------------------------------------------------------

_MAGNITUDES = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12}


@settings(max_examples=200, deadline=None)
@given(
    cents=st.integers(min_value=1, max_value=10**9),
    mag=st.sampled_from(sorted(_MAGNITUDES)),
    unit=st.sampled_from(["元", "美元", "家"]),
)
def test_parse_quantities_round_trips_formatted_decimal(cents: int, mag: str, unit: str) -> None:
    number = Decimal(cents) / 100
    text = f"合计{number}{mag}{unit}。"
    [quantity] = parse_quantities(text)
    assert quantity.value == number * _MAGNITUDES[mag]
    assert quantity.unit_text == mag + unit


def _to_chinese(n: int) -> str:
    """Independent formatter for 1 <= n < 10**8 (一千零五万零二十 style)."""
    digits = "零一二三四五六七八九"

    def section(k: int) -> str:
        out, zero = "", False
        for power, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = k // power % 10
            if d == 0:
                zero = bool(out)
                continue
            out += ("零" if zero else "") + digits[d] + unit
            zero = False
        return out

    high, low = divmod(n, 10**4)
    if not high:
        return section(low)
    text = section(high) + "万"
    if low:
        text += ("零" if low < 1000 else "") + section(low)
    return text


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10**8 - 1))
def test_parse_number_round_trips_chinese_numerals(n: int) -> None:
    assert parse_number(_to_chinese(n)) == n


_NUMERAL_CHARS = set("零〇一二两三四五六七八九十百千万亿")
_PLAIN_CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5).filter(
    lambda ch: ch not in _NUMERAL_CHARS
)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_PLAIN_CJK | st.sampled_from("，。、%（）"), max_size=80))
def test_parse_quantities_finds_nothing_without_numerals(text: str) -> None:
    assert parse_quantities(text) == []


_PIECES = st.sampled_from(
    ["增长", "3302.9", "亿元", "%", "，", "5，000", "万", "个百分点", "多", "约",
     "-", "第", "七十", "家", "〔2022〕", "年", "月", "倍", "分之", "１２", "．", "元"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_parse_quantities_offsets_match_text_and_do_not_overlap(text: str) -> None:
    found = parse_quantities(text)
    for quantity in found:
        assert text[quantity.start : quantity.end] == quantity.text
    for left, right in zip(found, found[1:], strict=False):
        assert left.end <= right.start


# --- corpus ------------------------------------------------------------------


def test_parse_quantities_reads_corpus_figures() -> None:
    texts = {path.name: corpus_body(path) for path in sorted(ARTICLES.glob("*.md"))}
    found = {q.text: q for text in texts.values() for q in parse_quantities(text)}
    expected = {
        "9.6个百分点": Decimal("9.6"),
        "20.27亿美元": Decimal(2027000000),
        "414373.7亿元": Decimal(41437370000000),
        "17023亿千瓦时": Decimal(1702300000000),
    }
    assert {text: found[text].value for text in expected} == expected
    for text in texts.values():
        for quantity in parse_quantities(text):
            assert text[quantity.start : quantity.end] == quantity.text
            assert not re.fullmatch(r"(19|20)\d\d年", quantity.text)
