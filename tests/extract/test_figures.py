"""Figure rules (kg.extract.figures): periods, measures, statistics and breakdowns.

One rule per test, on short sentences written like the bundled articles, and a few
checks on the bundled articles themselves.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import iris
from kg.graph.article import article_quads
from kg.ingest import read_article
from kg.model import Extraction, Observation
from kg.pipeline import extract_facts
from tests.articles import extract_text

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"
CHINA = iris.place_iri("156")
JIANGSU = iris.place_iri("320000")
ASEAN = iris.org_iri("asean")
KGO = "https://w3id.org/pilot-zone-kg/ont#"


def _extract(
    *paragraphs: str, published: datetime = datetime(2022, 8, 7, 2, 0, tzinfo=UTC)
) -> Extraction:
    return extract_text(*paragraphs, published=published)


def _find(extraction: Extraction, measure: str, statistic: str = "kgo:Level") -> Observation:
    found = [
        o for o in extraction.observations if o.measure == measure and o.statistic == statistic
    ]
    assert len(found) == 1, [(o.measure, o.statistic, o.value) for o in extraction.observations]
    return found[0]


def _span(obs: Observation) -> tuple[date | None, date | None]:
    return obs.period_start, obs.period_end


# --- periods -----------------------------------------------------------------


def test_qizhong_sentence_keeps_the_period_of_the_sentence_before() -> None:
    extraction = _extract(
        "1-8月，江苏省外贸进出口值32878.4亿元，同增17.1%。其中，出口20310.4亿元，增长18.6%；进口12568亿元，增长14.7%。"
    )
    for measure in ("kgo:exportValue", "kgo:importValue"):
        for statistic in ("kgo:Level", "kgo:YearOnYearGrowth"):
            assert _span(_find(extraction, measure, statistic)) == (
                date(2022, 1, 1),
                date(2022, 8, 31),
            )


def test_tongqi_sentence_keeps_the_period_of_the_sentence_before() -> None:
    extraction = _extract(
        "一季度，我国对东盟进出口1.35万亿元，同比增长8.4%；同期，我国对欧盟进出口1.31万亿元。",
        published=datetime(2022, 4, 13, 2, 0, tzinfo=UTC),
    )
    eu = [o for o in extraction.observations if o.partner == iris.org_iri("eu")]
    assert [(_span(o), o.value) for o in eu] == [
        ((date(2022, 1, 1), date(2022, 3, 31)), Decimal("1310000000000"))
    ]


def test_period_of_a_sentence_without_one_comes_from_the_paragraph() -> None:
    extraction = _extract(
        "今年1-7月，我国服务贸易保持良好增长态势。服务进出口总额28093.6亿元，同比增长7.3%。"
    )
    assert _span(_find(extraction, "kgo:serviceTradeValue")) == (
        date(2022, 1, 1),
        date(2022, 7, 31),
    )


def test_dangyue_is_the_last_month_of_the_period_in_context() -> None:
    extraction = _extract(
        "1-7月，全国进出口总值23.6万亿元，同比增长10.4%。当月，进出口3.81万亿元，增长16.6%。"
    )
    july = [
        o
        for o in extraction.observations
        if o.statistic == "kgo:Level" and o.period_label == "当月"
    ]
    assert [(o.value, _span(o)) for o in july] == [
        (Decimal("3810000000000"), (date(2022, 7, 1), date(2022, 7, 31)))
    ]


def test_dangyue_without_context_is_the_publication_month() -> None:
    extraction = _extract("当月，全国进出口总值3.81万亿元，同比增长16.6%。")
    assert _span(_find(extraction, "kgo:foreignTradeValue")) == (
        date(2022, 8, 1),
        date(2022, 8, 31),
    )


def test_release_date_is_not_the_period_of_the_figures() -> None:
    extraction = _extract(
        "据南京海关9月17日通报，1-8月江苏省外贸进出口值32878.4亿元。",
        published=datetime(2021, 9, 17, 11, 0, tzinfo=UTC),
    )
    assert _find(extraction, "kgo:foreignTradeValue").period_label == "1-8月"


def test_comparison_base_year_is_not_carried_as_a_period() -> None:
    extraction = _extract(
        "2021年1-5月，全国新设立外商投资企业18497家，较2019年同期增长12.4%；"
        "实际使用外资金额4810亿元人民币，同比增长35.4%。",
        published=datetime(2021, 6, 12, 2, 0, tzinfo=UTC),
    )
    assert _find(extraction, "kgo:foreignInvestmentValue").period_label == "2021年1-5月"


def test_a_count_does_not_inherit_a_period_from_the_text_before() -> None:
    extraction = _extract(
        "今年一季度，全国跨境电商继续保持增长。各综试区已累计制定41项国家、行业等标准。"
    )
    assert _span(_find(extraction, "kgo:standardCount")) == (None, None)


# --- measures ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        pytest.param(
            "上半年，江苏省实现地区生产总值58888.1亿元，同比增长10.7%。", "kgo:gdp", id="gdp"
        ),
        pytest.param(
            "上半年，全国规模以上工业增加值同比增长6.3%。",
            "kgo:industrialValueAdded",
            id="industrial-value-added",
        ),
        pytest.param(
            "上半年，全国社会消费品零售总额21.1万亿元，同比增长23%。",
            "kgo:retailSalesValue",
            id="retail",
        ),
        pytest.param(
            "上半年，全国固定资产投资25.5万亿元，同比增长12.6%。",
            "kgo:fixedAssetInvestment",
            id="fixed-assets",
        ),
        pytest.param(
            "上半年，全国房地产开发投资7.2万亿元，同比增长15%。",
            "kgo:realEstateInvestment",
            id="real-estate",
        ),
        pytest.param(
            "上半年，全国规模以上工业企业实现利润总额4.2万亿元，同比增长66.9%。",
            "kgo:profitTotal",
            id="profit",
        ),
        pytest.param(
            "上半年，我国对外非金融类直接投资3528.5亿元，同比增长2.2%。",
            "kgo:outwardInvestmentValue",
            id="outward",
        ),
        pytest.param(
            "2021年，我国跨境电商规模达到1.98万亿元。",
            "kgo:crossBorderEcommerceTradeValue",
            id="cbec-scale",
        ),
    ],
)
def test_economy_measures_are_read(sentence: str, measure: str) -> None:
    found = {o.measure for o in _extract(sentence).observations}
    assert found == {measure}


def test_a_product_profit_is_not_a_profit_total() -> None:
    assert _extract("最终实际成本可能高达220元，利润不到20块钱。").observations == ()


# --- statistics --------------------------------------------------------------


def test_two_year_average_growth_is_never_year_on_year() -> None:
    extraction = _extract(
        "1-7月，我国服务进出口总额28093.6亿元。与2019年同期相比，服务进出口下降9%，两年平均下降4.6%。"
    )
    stats = {(o.statistic, o.value) for o in extraction.observations if o.statistic != "kgo:Level"}
    assert stats == {("kgo:TwoYearAverageGrowth", Decimal("-4.6"))}


def test_month_on_month_growth() -> None:
    extraction = _extract("7月份，我国服务进出口总额4319.2亿元，同比增长10.1%，环比下降1.7%。")
    assert _find(extraction, "kgo:serviceTradeValue", "kgo:MonthOnMonthGrowth").value == Decimal(
        "-1.7"
    )
    assert _find(extraction, "kgo:serviceTradeValue", "kgo:YearOnYearGrowth").value == Decimal(
        "10.1"
    )


def test_share_of_the_national_total() -> None:
    extraction = _extract(
        "1-8月江苏省外贸进出口值32878.4亿元，同增17.1%，占中国进出口总值的13.3%。"
    )
    share = _find(extraction, "kgo:foreignTradeValue", "kgo:Share")
    assert (share.about, share.value, share.unit) == (JIANGSU, Decimal("13.3"), "P1")


def test_share_of_a_subtotal_is_skipped() -> None:
    extraction = _extract("一季度我国与德国进出口3553.4亿元，增长3.5%，占我与欧盟贸易规模的27.1%。")
    assert [o for o in extraction.observations if o.statistic == "kgo:Share"] == []


def test_service_exports_and_imports_keep_their_service_group() -> None:
    extraction = _extract(
        "1-7月，我国旅行服务进出口4299.8亿元，下降32.7%，其中出口下降41.6%，进口下降31.6%。"
    )
    found = [(o.measure, o.statistic, o.value, o.industry) for o in extraction.observations]
    assert found == [
        ("kgo:serviceTradeValue", "kgo:Level", Decimal("429980000000"), "旅行"),
        ("kgo:serviceTradeValue", "kgo:YearOnYearGrowth", Decimal("-32.7"), "旅行"),
        ("kgo:exportValue", "kgo:YearOnYearGrowth", Decimal("-41.6"), "旅行"),
        ("kgo:importValue", "kgo:YearOnYearGrowth", Decimal("-31.6"), "旅行"),
    ]


def test_service_exports_after_a_service_total_are_exports_of_services() -> None:
    extraction = _extract(
        "7月份，我国服务进出口总额4319.2亿元，同比增长10.1%，环比下降1.7%；其中出口2088.2亿元，"
        "同比增长21.1%，运输服务出口增幅高达107.5%；进口2231.1亿元，同比增长1.6%。"
    )
    found = {
        (o.measure, o.statistic, o.value, o.industry)
        for o in extraction.observations
        if o.measure != "kgo:serviceTradeValue"
    }
    assert found == {
        ("kgo:exportValue", "kgo:Level", Decimal("208820000000"), "服务"),
        ("kgo:exportValue", "kgo:YearOnYearGrowth", Decimal("21.1"), "服务"),
        ("kgo:exportValue", "kgo:YearOnYearGrowth", Decimal("107.5"), "运输"),
        ("kgo:importValue", "kgo:Level", Decimal("223110000000"), "服务"),
        ("kgo:importValue", "kgo:YearOnYearGrowth", Decimal("1.6"), "服务"),
    }


def test_goods_exports_beside_a_service_word_are_goods_exports() -> None:
    extraction = _extract("1-7月，江苏省为企业提供出口服务，全省出口2000亿元，增长10%。")
    assert _find(extraction, "kgo:exportValue").industry is None


def test_a_level_in_another_currency_is_the_same_level() -> None:
    extraction = _extract(
        "2022年1月，全国实际使用外资金额1022.8亿元人民币，同比增长11.6%；折合158.4亿美元，同比增长17.6%。"
    )
    found = {(o.statistic, o.value, o.unit) for o in extraction.observations}
    assert found == {
        ("kgo:Level", Decimal("102280000000"), "CNY"),
        ("kgo:YearOnYearGrowth", Decimal("11.6"), "P1"),
        ("kgo:Level", Decimal("15840000000"), "USD"),
        ("kgo:YearOnYearGrowth", Decimal("17.6"), "P1"),
    }


# --- breakdowns and targets --------------------------------------------------


def test_trade_partner_is_a_dimension_of_level_growth_and_share() -> None:
    extraction = _extract(
        "从一季度数据来看，我国对东盟进出口达到了1.35万亿元，同比增长8.4%，占我国外贸总值的14.4%。",
        published=datetime(2022, 4, 13, 2, 0, tzinfo=UTC),
    )
    found = {(o.statistic, o.value, o.partner, o.about) for o in extraction.observations}
    assert found == {
        ("kgo:Level", Decimal("1350000000000"), ASEAN, CHINA),
        ("kgo:YearOnYearGrowth", Decimal("8.4"), ASEAN, CHINA),
        ("kgo:Share", Decimal("14.4"), ASEAN, CHINA),
    }


def test_partner_country_is_not_the_subject() -> None:
    extraction = _extract("一季度我国与德国进出口3553.4亿元，增长3.5%。")
    level = _find(extraction, "kgo:foreignTradeValue")
    assert (level.about, level.partner) == (CHINA, iris.place_iri("iso-deu"))


def test_partner_group_of_an_initiative_is_the_initiative() -> None:
    extraction = _extract("1-8月，江苏对“一带一路”沿线国家进出口8314.8亿元，增长21.9%。")
    assert {(o.statistic, o.partner) for o in extraction.observations} == {
        ("kgo:Level", iris.doc_iri("bri", is_number_slug=True)),
        ("kgo:YearOnYearGrowth", iris.doc_iri("bri", is_number_slug=True)),
    }


def test_unknown_partner_group_is_skipped() -> None:
    assert _extract("1-8月，江苏对中亚五国进出口8314.8亿元，增长21.9%。").observations == ()


def test_partner_and_product_group_together() -> None:
    extraction = _extract("一季度，我国与东盟中间产品进出口8384亿元。")
    found = _find(extraction, "kgo:foreignTradeValue")
    assert (found.partner, found.industry) == (ASEAN, "中间产品")


def test_sources_of_foreign_investment_are_partners() -> None:
    extraction = _extract(
        "2021年1-5月，全国实际使用外资4810亿元。从来源地看，“一带一路”沿线国家、东盟、欧盟实际投资"
        "同比分别增长54.1%、56%和16.8%（含通过自由港投资数据）。"
    )
    rates = [(o.partner, o.value) for o in extraction.observations if o.statistic != "kgo:Level"]
    assert rates == [
        (iris.doc_iri("bri", is_number_slug=True), Decimal("54.1")),
        (ASEAN, Decimal("56")),
        (iris.org_iri("eu"), Decimal("16.8")),
    ]


def test_categories_after_qizhong_share_the_measure_named_before() -> None:
    extraction = _extract(
        "2021年1-5月，全国实际使用外资4810亿元。高技术产业实际使用外资金额增长34.6%，"
        "其中高技术服务业增长37.6%，高技术制造业增长25%。"
    )
    rates = {
        (o.industry, o.value)
        for o in extraction.observations
        if o.statistic == "kgo:YearOnYearGrowth"
    }
    assert rates == {
        ("高技术产业", Decimal("34.6")),
        ("高技术服务业", Decimal("37.6")),
        ("高技术制造业", Decimal("25")),
    }


def test_fast_growing_fields_are_a_list_of_categories() -> None:
    extraction = _extract(
        "1-7月，我国服务出口13373.1亿元；出口增长较快的领域是个人文化和娱乐服务、知识产权使用费、"
        "电信计算机和信息服务，分别增长28.3%、23.9%、20.8%。"
    )
    rates = [
        (o.measure, o.industry, o.value)
        for o in extraction.observations
        if o.statistic == "kgo:YearOnYearGrowth"
    ]
    assert rates == [
        ("kgo:exportValue", "个人文化和娱乐服务", Decimal("28.3")),
        ("kgo:exportValue", "知识产权使用费", Decimal("23.9")),
        ("kgo:exportValue", "电信计算机和信息服务", Decimal("20.8")),
    ]


def test_industry_list_with_and_inside_names() -> None:
    extraction = _extract(
        "今年1-6月，四川省外商直接投资（FDI）到资20.27亿美元，同比增长31.84%。信息传输/软件和信息技术"
        "服务业、制造业、批发和零售业等重点行业FDI到资分别同比增长56.23%、335.42%、180.98%。"
    )
    found = [(o.statistic, o.industry, o.value, o.unit) for o in extraction.observations]
    assert found == [
        ("kgo:Level", None, Decimal("2027000000"), "USD"),
        ("kgo:YearOnYearGrowth", None, Decimal("31.84"), "P1"),
        ("kgo:YearOnYearGrowth", "信息传输/软件和信息技术服务业", Decimal("56.23"), "P1"),
        ("kgo:YearOnYearGrowth", "制造业", Decimal("335.42"), "P1"),
        ("kgo:YearOnYearGrowth", "批发和零售业", Decimal("180.98"), "P1"),
    ]


def test_industry_is_a_dimension() -> None:
    extraction = _extract(
        "2021年1-5月，全国实际使用外资4810亿元。从行业看，服务业实际使用外资金额3819亿元人民币，同比增长41.6%。"
    )
    industry = [(o.statistic, o.industry) for o in extraction.observations if o.industry]
    assert industry == [("kgo:Level", "服务业"), ("kgo:YearOnYearGrowth", "服务业")]


@pytest.mark.parametrize(
    ("sentence", "industry"),
    [
        pytest.param(
            "1-8月，江苏省民营企业进出口12315.2亿元，同增28.1%。", "民营企业", id="ownership"
        ),
        pytest.param(
            "1-8月，江苏省一般贸易方式进出口18727.3亿元，增长24.3%。",
            "一般贸易方式",
            id="trade-mode",
        ),
        pytest.param(
            "1-8月，龙头代表之一的江苏省外资企业进出口12315.2亿元，同增28.1%。",
            "外资企业",
            id="modifier-with-de",
        ),
        pytest.param(
            "1-8月，江苏省铁矿砂、大豆和原油等合计进口12315.2亿元，同增28.1%。",
            "铁矿砂、大豆和原油等",
            id="product-group",
        ),
        pytest.param(
            "1-8月，江苏出口钢材12315.2亿元，增长28.1%。", "钢材", id="product-after-trade-word"
        ),
        pytest.param(
            "1-8月，江苏省市场采购贸易方式出口12315.2亿元，增长28.1%。",
            "市场采购贸易方式",
            id="market-procurement",
        ),
    ],
)
def test_category_breakdowns_are_industries_of_the_place(sentence: str, industry: str) -> None:
    found = {(o.about, o.statistic, o.industry) for o in _extract(sentence).observations}
    assert found == {(JIANGSU, "kgo:Level", industry), (JIANGSU, "kgo:YearOnYearGrowth", industry)}


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("1-8月，带动江苏省进出口12315.2亿元。", id="verb"),
        pytest.param("1-8月，江苏省企业进出口12315.2亿元。", id="generic"),
        pytest.param("1-8月，高出江苏省进出口12315.2亿元。", id="comparison-before-place"),
        pytest.param("1-8月，江苏出口总额12315.2亿元。", id="total-is-no-product"),
        pytest.param("1-8月，江苏出口美国12315.2亿元。", id="destination"),
        pytest.param("1-8月，江苏省自贸试验区进出口12315.2亿元。", id="sub-area"),
        pytest.param("1-8月，江苏省某电子有限公司进出口12315.2亿元。", id="company"),
    ],
)
def test_a_clause_that_is_no_category_gives_no_breakdown(sentence: str) -> None:
    assert [o.industry for o in _extract(sentence).observations if o.industry] == []


def test_parallel_list_gives_one_level_growth_and_share_per_item() -> None:
    extraction = _extract(
        "1-8月，江苏省外贸进出口值32878.4亿元。同期，加工贸易和保税物流进出口10293亿元和3544.9亿元，"
        "同增1.9%和38.4%，分别占31.3%和10.8%。"
    )
    found = {
        (o.statistic, o.value, o.industry, o.period_label)
        for o in extraction.observations
        if o.industry
    }
    assert found == {
        ("kgo:Level", Decimal("1029300000000"), "加工贸易", "1-8月"),
        ("kgo:Level", Decimal("354490000000"), "保税物流", "1-8月"),
        ("kgo:YearOnYearGrowth", Decimal("1.9"), "加工贸易", "1-8月"),
        ("kgo:YearOnYearGrowth", Decimal("38.4"), "保税物流", "1-8月"),
        ("kgo:Share", Decimal("31.3"), "加工贸易", "1-8月"),
        ("kgo:Share", Decimal("10.8"), "保税物流", "1-8月"),
    }


def test_fenbie_list_of_products() -> None:
    extraction = _extract(
        "1-8月，江苏省出口机电产品13380.2亿元。其中，手机、家电和灯具分别出口1493.7亿元、1109.9亿元和922.9亿元，"
        "分别增长18.4%、14%和-3%。"
    )
    found = [
        (o.measure, o.statistic, o.value, o.industry)
        for o in extraction.observations
        if o.industry in {"手机", "家电", "灯具"}
    ]
    assert found == [
        ("kgo:exportValue", "kgo:Level", Decimal("149370000000"), "手机"),
        ("kgo:exportValue", "kgo:Level", Decimal("110990000000"), "家电"),
        ("kgo:exportValue", "kgo:Level", Decimal("92290000000"), "灯具"),
        ("kgo:exportValue", "kgo:YearOnYearGrowth", Decimal("18.4"), "手机"),
        ("kgo:exportValue", "kgo:YearOnYearGrowth", Decimal("14"), "家电"),
        ("kgo:exportValue", "kgo:YearOnYearGrowth", Decimal("-3"), "灯具"),
    ]


def test_list_of_trade_measures_gives_one_figure_per_measure() -> None:
    extraction = _extract(
        "1-8月，江苏省进出口、出口和进口分别为3000亿元、2000亿元和1000亿元，分别增长5%、6%和-2%。"
    )
    found = [(o.measure, o.statistic, o.value, o.industry) for o in extraction.observations]
    assert found == [
        ("kgo:foreignTradeValue", "kgo:Level", Decimal("300000000000"), None),
        ("kgo:exportValue", "kgo:Level", Decimal("200000000000"), None),
        ("kgo:importValue", "kgo:Level", Decimal("100000000000"), None),
        ("kgo:foreignTradeValue", "kgo:YearOnYearGrowth", Decimal("5"), None),
        ("kgo:exportValue", "kgo:YearOnYearGrowth", Decimal("6"), None),
        ("kgo:importValue", "kgo:YearOnYearGrowth", Decimal("-2"), None),
    ]


def test_list_of_unequal_length_is_skipped() -> None:
    extraction = _extract("1-8月，江苏省手机、家电和灯具分别出口1493.7亿元和1109.9亿元。")
    assert extraction.observations == ()


def test_points_after_a_share_are_its_change() -> None:
    extraction = _extract(
        "1-8月，江苏省民营企业进出口12315.2亿元，拉动进出口增长9.6个百分点，占外贸总值的37.5%，"
        "同比下降3.3个百分点。"
    )
    found = {
        (o.statistic, o.value, o.unit)
        for o in extraction.observations
        if o.statistic != "kgo:Level"
    }
    assert found == {
        ("kgo:Share", Decimal("37.5"), "P1"),
        ("kgo:PercentagePointChange", Decimal("-3.3"), "P1"),
    }


def test_quanqu_is_the_autonomous_region_of_the_headline() -> None:
    extraction = extract_text(
        "1—7月，全区固定资产投资同比增长3%，两年平均增长1.7%。",
        title="1-7月宁夏投资情况",
        published=datetime(2021, 8, 20, 2, 0, tzinfo=UTC),
    )
    found = {(o.about, o.statistic, o.value) for o in extraction.observations}
    assert found == {
        (iris.place_iri("640000"), "kgo:YearOnYearGrowth", Decimal("3")),
        (iris.place_iri("640000"), "kgo:TwoYearAverageGrowth", Decimal("1.7")),
    }


def test_quanqu_of_a_province_is_no_scope() -> None:
    extraction = extract_text("1—7月，全区固定资产投资同比增长3%。", title="1-7月江苏投资情况")
    assert extraction.observations == ()


def test_benshi_is_the_municipality_of_the_headline() -> None:
    extraction = extract_text(
        "1-5月，本市房地产开发投资比去年同期下降18.0%。",
        title="1-5月上海房地产开发投资下降",
        published=datetime(2022, 6, 17, 2, 0, tzinfo=UTC),
    )
    growth = _find(extraction, "kgo:realEstateInvestment", "kgo:YearOnYearGrowth")
    assert (growth.about, growth.value, _span(growth)) == (
        iris.place_iri("310000"),
        Decimal("-18.0"),
        (date(2022, 1, 1), date(2022, 5, 31)),
    )


def test_ranking_list_gives_each_place_its_rate() -> None:
    extraction = extract_text(
        "1—7月，全区固定资产投资同比增长3%。",
        "地级市1—7月投资增速前三名：中卫市增长36.4%，吴忠市增长7.5%、银川市（不含宁东）下降0.5%，宁东下降25.3%。",
        title="1-7月宁夏投资情况",
        published=datetime(2021, 8, 20, 2, 0, tzinfo=UTC),
    )
    found = {
        (o.about, o.value, o.industry, o.period_label)
        for o in extraction.observations
        if o.evidence.rule == "figure:ranked"
    }
    assert found == {
        (iris.place_iri("640500"), Decimal("36.4"), None, "1—7月"),
        (iris.place_iri("640300"), Decimal("7.5"), None, "1—7月"),
        (iris.place_iri("640100"), Decimal("-0.5"), "不含宁东", "1—7月"),
    }


def test_ranking_of_bare_investment_needs_an_investment_measure_before() -> None:
    extraction = extract_text("地级市1—7月投资增速前二名：中卫市增长36.4%，吴忠市增长7.5%。")
    assert extraction.observations == ()


def test_period_after_gaoyu_is_a_comparison_base() -> None:
    extraction = _extract(
        "1—7月，完成投资675.9亿元，高于去年进度3.8个百分点。全国固定资产投资同比增长3%。"
    )
    assert (
        _find(extraction, "kgo:fixedAssetInvestment", "kgo:YearOnYearGrowth").period_label
        == "1—7月"
    )


def test_plan_target_is_marked() -> None:
    extraction = _extract("到2025年，浙江省跨境电商进出口力争达到5000亿元。")
    level = _find(extraction, "kgo:crossBorderEcommerceTradeValue")
    assert (level.is_target, level.period_start, level.value) == (
        True,
        date(2025, 1, 1),
        Decimal("500000000000"),
    )


def test_target_period_carries_to_targets_only() -> None:
    extraction = _extract(
        "2021年，安徽省跨境电商进出口612亿元。到2025年，全省外贸进出口力争达到1万亿元。"
        "跨境电商进出口力争突破2000亿元。芜湖市实现地区生产总值4302亿元。"
    )
    found = {
        (o.measure, o.value): (o.is_target, o.period_start.year if o.period_start else None)
        for o in extraction.observations
    }
    assert found[("kgo:crossBorderEcommerceTradeValue", Decimal("200000000000"))] == (True, 2025)
    assert found[("kgo:gdp", Decimal("430200000000"))] == (False, 2021)


def test_share_after_a_partner_or_industry_rate_with_no_level() -> None:
    extraction = _extract(
        "今年前7个月，吉林省进出口总值同比增长5%。对东盟进出口增长9.8%，占全省外贸总值的46%。"
        "高技术产品出口增长3%，占全省出口总值的12%。"
    )
    shares = {
        (o.measure, o.partner, o.industry, o.value)
        for o in extraction.observations
        if o.statistic == "kgo:Share"
    }
    assert shares == {
        ("kgo:foreignTradeValue", iris.org_iri("asean"), None, Decimal("46")),
        ("kgo:exportValue", None, "高技术产品", Decimal("12")),
    }


def test_outward_investment_in_both_currencies_and_by_partner() -> None:
    extraction = _extract(
        "2021年，我国对外全行业直接投资9366.9亿元，同比增长2.2%；以美元计为1451.9亿美元，增长9.2%。"
        "其中，我国境内投资者对境外企业进行了非金融类直接投资，累计投资7331.5亿元，下降3.5%。"
        "我国企业对“一带一路”沿线国家非金融类直接投资203亿美元，增长14.1%，占同期总额的17.9%。"
    )
    found = {
        (o.statistic.removeprefix("kgo:"), o.value, o.unit, o.partner)
        for o in extraction.observations
        if o.measure == "kgo:outwardInvestmentValue"
    }
    bri = iris.doc_iri("bri", is_number_slug=True)
    assert found == {
        ("Level", Decimal("936690000000"), "CNY", None),
        ("YearOnYearGrowth", Decimal("2.2"), "P1", None),
        ("Level", Decimal("145190000000"), "USD", None),
        ("YearOnYearGrowth", Decimal("9.2"), "P1", None),
        ("Level", Decimal("733150000000"), "CNY", None),
        ("YearOnYearGrowth", Decimal("-3.5"), "P1", None),
        ("Level", Decimal("20300000000"), "USD", bri),
        ("YearOnYearGrowth", Decimal("14.1"), "P1", bri),
        ("Share", Decimal("17.9"), "P1", bri),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a partner's rate after the list that gave its level
            "2021年，吉林对德国、日本分别进出口389.3亿元和131.6亿元，其中对德国下降5.6%，对日本增长3.1%。",
            {
                ("YearOnYearGrowth", "DEU", Decimal("-5.6")),
                ("YearOnYearGrowth", "JPN", Decimal("3.1")),
            },
        ),
        (  # partners listed before 贸易额分别为
            "2021年中国与哈萨克斯坦、乌兹别克斯坦贸易额分别为311.7亿美元和89.2亿美元。",
            {("Level", "KAZ", Decimal("31170000000")), ("Level", "UZB", Decimal("8920000000"))},
        ),
        (  # China and a partner by their initials, the partner named in the article
            "塞尔维亚是中国的重要伙伴。2021年中塞双边贸易额43.6亿美元，其中中方对塞出口25.7亿美元。",
            {("Level", "SRB", Decimal("4360000000")), ("Level", "SRB", Decimal("2570000000"))},
        ),
    ],
)
def test_partner_figures_in_short_forms(text: str, expected: set[tuple[str, str, Decimal]]) -> None:
    found = {
        (o.statistic.removeprefix("kgo:"), (o.partner or "").rsplit("-", 1)[-1].upper(), o.value)
        for o in _extract(text).observations
        if o.partner
    }
    assert expected <= found


def test_a_threshold_passed_with_no_period_is_no_level() -> None:
    extraction = _extract(
        "原标题：赣州外贸进出口首次突破700亿元",
        "2021年，赣州市外贸进出口总额721.6亿元，同比增长34.8%，首次突破700亿元。",
    )
    levels = {o.value for o in extraction.observations if o.statistic == "kgo:Level"}
    assert levels == {Decimal("72160000000")}


def test_rates_of_places_listed_before_each() -> None:
    extraction = _extract(
        "2021年，辽宁省外贸增长。大连市、沈阳市外贸进出口分别增长3.4%和下降1.2%。"
    )
    found = {
        (o.about.rsplit("/", 1)[-1], o.measure, o.value)
        for o in extraction.observations
        if o.statistic == "kgo:YearOnYearGrowth"
    }
    assert found == {
        ("210200", "kgo:foreignTradeValue", Decimal("3.4")),
        ("210100", "kgo:foreignTradeValue", Decimal("-1.2")),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a trade mode's own flow after a CBEC figure is not CBEC's
            "2021年我国跨境电商进出口1.69万亿元；市场采购贸易方式出口7045亿元。",
            {("156", "kgo:crossBorderEcommerceTradeValue"), ("156", "kgo:exportValue")},
        ),
        (  # places listed, then the measure, then 分别为; the next list by 分别为 alone
            "2021年，浙江省经济增长。杭州、宁波地区生产总值分别为18109亿元和14595亿元；"
            "嘉兴、台州分别为6355亿元和5786亿元。",
            {
                ("330100", "kgo:gdp"),
                ("330200", "kgo:gdp"),
                ("330400", "kgo:gdp"),
                ("331000", "kgo:gdp"),
            },
        ),
        (  # online retail: retail sales by channel
            "2021年全国网上零售额13.1万亿元，其中实物商品网上零售额10.8万亿元。",
            {("156", "kgo:retailSalesValue")},
        ),
        (  # 对其 after partners that 分列 the ranks
            "2021年，我国外贸增长。欧盟、美国分列第二、三位，我国对其分别进出口3.43万亿元和3.02万亿元。",
            {("156", "kgo:foreignTradeValue")},
        ),
    ],
)
def test_levels_from_lists_modes_and_channels(text: str, expected: set[tuple[str, str]]) -> None:
    levels = [o for o in _extract(text).observations if o.statistic == "kgo:Level"]
    assert {(o.about.rsplit("/", 1)[-1], o.measure) for o in levels} == expected
    if "对其" in text:
        assert {o.partner.rsplit("/", 1)[-1] for o in levels if o.partner} == {"eu", "iso-usa"}


def test_foreign_capital_actually_used_written_with_li_yong() -> None:
    extraction = _extract("2021年，上饶市实际利用外资3.5亿美元，增长12%。")
    assert {(o.measure, o.industry, o.value) for o in extraction.observations} == {
        ("kgo:foreignInvestmentValue", None, Decimal("350000000")),
        ("kgo:foreignInvestmentValue", None, Decimal("12")),
    }


def test_a_place_rate_after_another_places_and_a_dollar_restatement() -> None:
    extraction = _extract(
        "前7个月，湖北省进出口5208.5亿元，同比增长3.6%，以美元计价为732.2亿美元。"
        "宜昌市进出口增长20.1%，襄阳市增长9.3%。"
    )
    found = {(o.about.rsplit("/", 1)[-1], o.statistic, o.value) for o in extraction.observations}
    assert ("420000", "kgo:Level", Decimal("73220000000")) in found
    assert ("420600", "kgo:YearOnYearGrowth", Decimal("9.3")) in found


def test_investment_by_source_and_by_city_and_a_ranked_city_is_no_subject() -> None:
    extraction = _extract(
        "2021年，江苏实际使用外资305亿美元。新加坡、德国对江苏实际投资分别为28.6亿美元和9.8亿美元；"
        "来自共建“一带一路”国家的实际投资增长24.5%。徐州、连云港实际使用外资分别增长19.8%和26.4%。",
        "2021年宜宾市外贸进出口总值617.5亿元，总量居四川省第二位，仅次于成都。其中，出口498.3亿元。",
        "2021年北京地区货物贸易进出口总值3.04万亿元。",
    )
    found = {
        (
            o.about.rsplit("/", 1)[-1],
            o.measure.removeprefix("kgo:"),
            (o.partner or "")[-3:],
            o.value,
        )
        for o in extraction.observations
    }
    assert {
        ("320000", "foreignInvestmentValue", "sgp", Decimal("2860000000")),
        ("320000", "foreignInvestmentValue", "bri", Decimal("24.5")),
        ("320300", "foreignInvestmentValue", "", Decimal("19.8")),
        ("511500", "exportValue", "", Decimal("49830000000")),
        ("110000", "foreignTradeValue", "", Decimal("3040000000000")),
    } <= found


def test_levels_from_one_year_to_another() -> None:
    extraction = _extract("浦东新区地区生产总值从1990年的60亿元跃升至2019年的12734亿元。")
    assert {
        (o.value, o.period_start.year if o.period_start else None) for o in extraction.observations
    } == {
        (Decimal("6000000000"), 1990),
        (Decimal("1273400000000"), 2019),
    }


def test_reported_result_is_not_a_target() -> None:
    extraction = _extract("2021年，浙江省实现跨境电商进出口3302.9亿元，为实现全年目标打下基础。")
    assert _find(extraction, "kgo:crossBorderEcommerceTradeValue").is_target is False


# --- graph -------------------------------------------------------------------


def test_dimensions_are_serialised() -> None:
    extraction = _extract(
        "一季度，我国对东盟进出口1.35万亿元。到2025年，浙江省跨境电商进出口力争达到5000亿元。"
        "从行业看，服务业实际使用外资金额3819亿元人民币。"
    )
    triples = {
        (q.subject.value, q.predicate.value, str(q.object)) for q in article_quads(extraction)
    }
    predicates = {p for _, p, _ in triples}
    assert {KGO + "tradePartner", KGO + "industry", KGO + "isTarget"} <= predicates
    assert any(p == KGO + "tradePartner" and o == f"<{ASEAN}>" for _, p, o in triples)
    assert any(p == KGO + "industry" and o == '"服务业"@zh' for _, p, o in triples)
    assert any(
        p == KGO + "isTarget"
        and o
        == str(
            ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
        )
        for _, p, o in triples
    )


# --- bundled articles --------------------------------------------------------


def test_bundled_article_figures_keep_their_period() -> None:
    """014 (Jiangsu customs) and 005 (ASEAN): every trade figure has a period."""
    for name in ("014.md", "005.md", "022.md"):
        extraction = extract_facts(read_article(ARTICLES / name))
        money = [o for o in extraction.observations if o.unit in {"CNY", "USD", "P1"}]
        assert money, name
        assert all(o.period_start is not None for o in money), name


def test_bundled_asean_article_has_the_partner_breakdown() -> None:
    extraction = extract_facts(read_article(ARTICLES / "005.md"))
    asean = {(o.statistic, o.value) for o in extraction.observations if o.partner == ASEAN}
    assert asean == {
        ("kgo:Level", Decimal("1350000000000")),
        ("kgo:YearOnYearGrowth", Decimal("8.4")),
        ("kgo:Share", Decimal("14.4")),
        ("kgo:Level", Decimal("838400000000")),  # 中间产品, a product group
        ("kgo:YearOnYearGrowth", Decimal("350")),  # 铁路运输进出口大幅增长了3.5倍
    }


def test_respectively_list_gives_one_growth_per_partner() -> None:
    extraction = _extract(
        "一季度，我国对前五大贸易伙伴东盟、欧盟、美国、韩国和日本进出口分别增长8.4%、10.2%、9.9%、12.3%和1.8%。",
        published=datetime(2022, 4, 13, 2, 0, tzinfo=UTC),
    )
    found = [(o.partner, o.value, o.statistic, o.about) for o in extraction.observations]
    assert found == [
        (ASEAN, Decimal("8.4"), "kgo:YearOnYearGrowth", CHINA),
        (iris.org_iri("eu"), Decimal("10.2"), "kgo:YearOnYearGrowth", CHINA),
        (iris.place_iri("iso-usa"), Decimal("9.9"), "kgo:YearOnYearGrowth", CHINA),
        (iris.place_iri("iso-kor"), Decimal("12.3"), "kgo:YearOnYearGrowth", CHINA),
        (iris.place_iri("iso-jpn"), Decimal("1.8"), "kgo:YearOnYearGrowth", CHINA),
    ]


def test_respectively_list_with_an_unknown_name_is_skipped() -> None:
    extraction = _extract("一季度，我国对“一带一路”沿线国家和东盟进出口分别增长28.4%和29.1%。")
    assert extraction.observations == ()


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("截至到2021年底，浙江省跨境电商进出口3302.9亿元。", id="past-year"),
        pytest.param(
            "宁波是计划单列市，浙江省跨境电商进出口3302.9亿元，超出预期。", id="jihua-danlie"
        ),
        pytest.param(
            "我省确定了发展目标。2021年，浙江省跨境电商进出口3302.9亿元。",
            id="target-in-another-sentence",
        ),
    ],
)
def test_words_near_a_result_do_not_make_it_a_target(sentence: str) -> None:
    extraction = _extract(sentence)
    assert _find(extraction, "kgo:crossBorderEcommerceTradeValue").is_target is False


def test_tongzeng_is_year_on_year_growth_of_the_level() -> None:
    extraction = _extract("1-8月江苏省外贸进出口值32878.4亿元，同增17.1%。")
    growth = _find(extraction, "kgo:foreignTradeValue", "kgo:YearOnYearGrowth")
    assert (growth.value, growth.growth_of) == (
        Decimal("17.1"),
        _find(extraction, "kgo:foreignTradeValue").iri,
    )


def test_a_heading_figure_stated_again_with_its_period_is_kept_once() -> None:
    extraction = _extract(
        "高技术产业实际使用外资同比增长26.1%",
        "2022年1月，全国实际使用外资1022.8亿元。高技术产业实际使用外资同比增长26.1%。",
    )
    rates = [(o.value, o.period_start) for o in extraction.observations if o.industry]
    assert rates == [(Decimal("26.1"), date(2022, 1, 1))]


def test_a_long_paragraph_of_clauses_keeps_the_period_of_the_text() -> None:
    extraction = _extract(
        "今年1-6月，四川省外商直接投资（FDI）到资20.27亿美元，同比增长31.84%。",
        "引资结构持续优化，高技术产业FDI到资同比增长111.31%；\n投资来源地更趋多样，重大项目引进成效显著；",
    )
    part = [o for o in extraction.observations if o.industry == "高技术产业"]
    assert [(o.value, _span(o)) for o in part] == [
        (Decimal("111.31"), (date(2022, 1, 1), date(2022, 6, 30)))
    ]


def test_growth_in_multiples_is_a_percent_rise() -> None:
    extraction = _extract("1-6月，海南全省实际使用外资金额12.08亿美元，同比增长1.7倍。")
    assert _find(extraction, "kgo:foreignInvestmentValue", "kgo:YearOnYearGrowth").value == 170


def test_a_national_comparison_does_not_change_the_subject() -> None:
    extraction = _extract(
        "今年前8个月，浙江省进出口总值3.07万亿元，比去年同期增长15.4%，高于全国同期增速5.3个百分点。"
        "其中，出口2.24万亿元，增长19.6%。"
    )
    assert _find(extraction, "kgo:exportValue").about == iris.place_iri("330000")


def test_gdp_by_sector_is_gdp_of_an_industry() -> None:
    extraction = _extract(
        "2022年，深圳市实现地区生产总值32387.68亿元，同比增长3.3%。其中，第一产业增加值25.60亿元，增长7.6%。"
    )
    sector = [o for o in extraction.observations if o.industry == "第一产业"]
    assert {(o.measure, o.statistic, o.value) for o in sector} == {
        ("kgo:gdp", "kgo:Level", Decimal("2560000000")),
        ("kgo:gdp", "kgo:YearOnYearGrowth", Decimal("7.6")),
    }


def test_customs_wording_for_a_partner_total() -> None:
    extraction = _extract(
        "前三季度，我国外贸进出口31.11万亿元。东盟为我第一大贸易伙伴，我与东盟贸易总值为4.7万亿元，"
        "增长15.2%，占我外贸总值的15.1%。"
    )
    asean = {(o.statistic, o.value) for o in extraction.observations if o.partner == ASEAN}
    assert asean == {
        ("kgo:Level", Decimal("4700000000000")),
        ("kgo:YearOnYearGrowth", Decimal("15.2")),
        ("kgo:Share", Decimal("15.1")),
    }


def test_a_chinese_region_listed_among_partners_is_not_the_subject() -> None:
    extraction = _extract(
        "1—8月，四川货物贸易进出口总值达到7542.4亿元。四川前五大贸易伙伴依次为美国、东盟、欧盟、"
        "中国台湾地区和韩国。其中，对美国进出口1669.3亿元，增长20.2%；对台湾地区进出口423.1亿元，增长2.3%。"
    )
    found = {(o.about, o.partner, o.value) for o in extraction.observations if o.partner}
    sichuan = iris.place_iri("510000")
    assert found == {
        (sichuan, iris.place_iri("iso-usa"), Decimal("166930000000")),
        (sichuan, iris.place_iri("iso-usa"), Decimal("20.2")),
        (sichuan, iris.place_iri("710000"), Decimal("42310000000")),
        (sichuan, iris.place_iri("710000"), Decimal("2.3")),
    }


def test_a_partner_before_the_trade_word_and_a_product_after_it() -> None:
    extraction = _extract(
        "前三季度，我国对东盟进出口5.57万亿元。前三季度，我国自东盟进口农产品增长15.3%，"
        "对东盟出口轮胎等汽车零配件增长19.8%。"
    )
    rates = {(o.measure, o.partner, o.industry, o.value) for o in extraction.observations[1:]}
    assert rates == {
        ("kgo:importValue", ASEAN, "农产品", Decimal("15.3")),
        ("kgo:exportValue", ASEAN, "轮胎等汽车零配件", Decimal("19.8")),
    }


def test_a_list_of_categories_without_the_measure_word() -> None:
    extraction = _extract(
        "1—8月，我国高技术制造业实际使用外资737.8亿元人民币，同比增长30.6%，其中电子及通信设备制造业、"
        "计算机及办公设备制造业分别增长34.3%和130.1%。"
    )
    parts = [
        (o.industry, o.value)
        for o in extraction.observations
        if o.statistic == "kgo:YearOnYearGrowth" and o.industry != "高技术制造业"
    ]
    assert parts == [
        ("电子及通信设备制造业", Decimal("34.3")),
        ("计算机及办公设备制造业", Decimal("130.1")),
    ]


def test_sources_investing_in_china_are_partners() -> None:
    extraction = _extract(
        "1—8月，我国实际使用外资7011.6亿元。从主要投资来源地看，韩国、日本、美国对华实际投入金额"
        "同比分别增长36%、24%、4.1%。"
    )
    rates = [(o.partner, o.value) for o in extraction.observations if o.partner]
    assert rates == [
        (iris.place_iri("iso-kor"), Decimal("36")),
        (iris.place_iri("iso-jpn"), Decimal("24")),
        (iris.place_iri("iso-usa"), Decimal("4.1")),
    ]


def test_expected_growth_and_a_target_named_after_the_figure() -> None:
    extraction = _extract(
        "重庆提出今年进出口总值预期增长5%左右；陕西去年进出口同比增长25.9%，今年提出进出口总值增长10%的目标。"
    )
    found = {(o.value, o.is_target, o.industry) for o in extraction.observations}
    assert found == {
        (Decimal("5"), True, None),
        (Decimal("25.9"), False, None),
        (Decimal("10"), True, None),
    }


def test_a_month_compared_with_is_not_the_period_of_what_follows() -> None:
    extraction = _extract(
        "分月度看，7月当月四川外贸进出口850.5亿元，增长11%，仅次于6月，为历史第二高；其中出口560.8亿元，增长21%。"
    )
    assert _span(_find(extraction, "kgo:exportValue")) == (date(2022, 7, 1), date(2022, 7, 31))


def test_a_level_completed_is_a_level() -> None:
    extraction = _extract("今年前三季度，喀什地区外贸进出口总值完成610.4亿元，同比增长89.7%。")
    assert _find(extraction, "kgo:foreignTradeValue").about == iris.place_iri("653100")


def test_a_cbec_zone_reports_the_figures_of_its_city() -> None:
    extraction = _extract(
        "今年上半年，中国（青岛）跨境电子商务综合试验区实现跨境电商进出口120亿元，增长35%。"
    )
    found = _find(extraction, "kgo:crossBorderEcommerceTradeValue")
    assert (found.about, found.value) == (iris.place_iri("370200"), Decimal("12000000000"))


def test_cbec_transaction_value_is_the_cbec_trade_value() -> None:
    extraction = _extract(
        "2021年，金华市跨境电商进出口额达1093.6亿元，其中义乌市跨境电商交易额达1000亿元。"
    )
    yiwu = [o for o in extraction.observations if o.about == iris.place_iri("330782")]
    assert [(o.measure, o.value) for o in yiwu] == [
        ("kgo:crossBorderEcommerceTradeValue", Decimal("100000000000"))
    ]


def test_products_listed_after_the_trade_word_with_a_partner() -> None:
    extraction = _extract(
        "前三季度，我国对东盟进出口5.57万亿元。前三季度，我国对东盟出口纺织机械、纺织原料分别增长28.2%和13.4%。"
    )
    rates = [(o.partner, o.industry, o.value) for o in extraction.observations[1:]]
    assert rates == [(ASEAN, "纺织机械", Decimal("28.2")), (ASEAN, "纺织原料", Decimal("13.4"))]


def test_an_exact_level_after_a_threshold_replaces_it() -> None:
    extraction = _extract(
        "2022年，山东省货物贸易进出口总值突破3万亿元，达到3.33万亿元，增长13.8%。"
    )
    found = [(o.statistic, o.value) for o in extraction.observations]
    assert found == [
        ("kgo:Level", Decimal("3330000000000")),
        ("kgo:YearOnYearGrowth", Decimal("13.8")),
    ]


# --- rules read from heldout-2026-12c's errors ----------------------------------------


def test_a_bare_quannian_in_an_early_year_review_is_last_year() -> None:
    extraction = _extract(
        "安徽省统计局发布：2022年全省生产总值45045亿元，增长3.5%。",
        "投资方面，全年固定资产投资增长9%，增速高出全国3.9个百分点。",
        published=datetime(2023, 1, 19, 2, 0, tzinfo=UTC),
    )
    growth = _find(extraction, "kgo:fixedAssetInvestment", "kgo:YearOnYearGrowth")
    assert growth.about == iris.place_iri("340000")  # 高出全国 is a comparison
    assert _span(growth) == (date(2022, 1, 1), date(2022, 12, 31))


def test_a_quannian_without_last_year_named_stays_in_the_current_year() -> None:
    extraction = _extract(
        "江苏省全年固定资产投资增长9%。", published=datetime(2023, 1, 19, 2, 0, tzinfo=UTC)
    )
    growth = _find(extraction, "kgo:fixedAssetInvestment", "kgo:YearOnYearGrowth")
    assert _span(growth) == (date(2023, 1, 1), date(2023, 12, 31))


def test_gdp_by_sector_after_a_sector_head_and_by_service_industry() -> None:
    extraction = _extract(
        "2022年安徽全省生产总值45045亿元。三次产业中，第一产业实现增加值3513.7亿元，增长4%；"
        "第二产业18588亿元，增长5.1%。信息传输、软件和信息技术服务业增加值增长7.6%，金融业增长7.5%。",
        published=datetime(2023, 1, 19, 2, 0, tzinfo=UTC),
    )
    by_industry = {
        (o.industry, o.statistic): o.value
        for o in extraction.observations
        if o.measure == "kgo:gdp"
    }
    assert by_industry[("第一产业", "kgo:Level")] == Decimal("351370000000")
    assert by_industry[("第二产业", "kgo:Level")] == Decimal("1858800000000")
    assert by_industry[("第二产业", "kgo:YearOnYearGrowth")] == Decimal("5.1")
    assert by_industry[("信息传输、软件和信息技术服务业", "kgo:YearOnYearGrowth")] == Decimal("7.6")
    assert by_industry[("金融业", "kgo:YearOnYearGrowth")] == Decimal("7.5")


def test_a_period_between_measure_and_growth_word_is_not_the_subject() -> None:
    extraction = _extract("2022年，安徽全省规模以上工业增加值全年增长6.1%。")
    assert _find(extraction, "kgo:industrialValueAdded", "kgo:YearOnYearGrowth").value == Decimal(
        "6.1"
    )


def test_products_after_an_export_head_are_exports() -> None:
    extraction = _extract(
        "2022年，安徽全年货物进出口总额达7530.6亿元，增长8.9%；出口商品中，汽车增长104.6%，太阳能电池增长52.9%。"
    )
    assert _find(extraction, "kgo:foreignTradeValue").value == Decimal("753060000000")
    exports = {
        o.industry: o.value for o in extraction.observations if o.measure == "kgo:exportValue"
    }
    assert exports == {"汽车": Decimal("104.6"), "太阳能电池": Decimal("52.9")}


def test_zhehe_meiyuan_wei_restates_the_level_in_dollars() -> None:
    extraction = _extract(
        "2022年1至9月，全国实际使用外资金额10037.6亿元人民币，同比增长15.6%；折合美元为1553亿美元，同比增长18.9%。"
    )
    dollars = [o for o in extraction.observations if o.unit == "USD"]
    assert [(o.statistic, o.value) for o in dollars] == [("kgo:Level", Decimal("155300000000"))]


def test_source_countries_before_shiji_duihua_touzi() -> None:
    extraction = _extract(
        "2022年1至9月，全国实际使用外资1000亿元。从来源地看，德国、韩国实际对华投资同比分别增长114.3%和90.7%。"
    )
    by_partner = {
        o.partner: o.value
        for o in extraction.observations
        if o.measure == "kgo:foreignInvestmentValue" and o.partner
    }
    assert by_partner == {
        iris.place_iri("iso-deu"): Decimal("114.3"),
        iris.place_iri("iso-kor"): Decimal("90.7"),
    }


def test_a_share_change_written_with_suozhan_bizhong() -> None:
    extraction = _extract(
        "前10个月，福建民营企业进出口8885.5亿元，占全省外贸总值的54.7%，所占比重较上年同期提升1.7个百分点。"
    )
    change = _find(extraction, "kgo:foreignTradeValue", "kgo:PercentagePointChange")
    assert (change.value, change.industry) == (Decimal("1.7"), "民营企业")


def test_a_bare_jiaoyie_in_a_cbec_sentence_is_the_cbec_trade_value() -> None:
    extraction = _extract("近三年西安跨境电商交易额年均增速达40%，2022年交易额为144亿元。")
    level = _find(extraction, "kgo:crossBorderEcommerceTradeValue")
    assert level.value == Decimal("14400000000")
    assert _span(level) == (date(2022, 1, 1), date(2022, 12, 31))


def test_quannian_is_last_year_after_a_since_phrase_too() -> None:
    extraction = _extract(
        "2022年内蒙古货物贸易进出口总值为1523.6亿元，规模自2017年以来连续刷新纪录。",
        "分进出口看，全年出口630.3亿元，增长31.9%。",
        published=datetime(2023, 1, 17, 2, 0, tzinfo=UTC),
    )
    exports = _find(extraction, "kgo:exportValue")
    assert _span(exports) == (date(2022, 1, 1), date(2022, 12, 31))


def test_a_one_character_partner_after_dui() -> None:
    extraction = _extract("2017年1月，黑龙江对俄进出口8.4亿美元，同比增长37%。")
    level = _find(extraction, "kgo:foreignTradeValue")
    assert (level.partner, level.unit) == (iris.place_iri("iso-rus"), "USD")


def test_parts_after_a_cbec_total_in_the_next_sentence_are_cbec() -> None:
    extraction = _extract(
        "上半年我国跨境电商进出口约1.32万亿元，同比增长5.7%。其中，出口约1.03万亿元，增长4.7%；进口约2911亿元，增长9.3%。"
    )
    measures = {o.measure for o in extraction.observations}
    assert measures == {
        "kgo:crossBorderEcommerceTradeValue",
        "kgo:crossBorderEcommerceExportValue",
        "kgo:crossBorderEcommerceImportValue",
    }


def test_every_figure_after_a_target_head_is_a_target() -> None:
    extraction = _extract(
        "广东2024年的主要预期目标是：地区生产总值增长5%；固定资产投资增长4%，进出口总额增长1%。",
        published=datetime(2024, 1, 23, 2, 0, tzinfo=UTC),
    )
    assert extraction.observations and all(o.is_target for o in extraction.observations)


def test_source_partners_investing_in_a_place_and_a_rate_after_ze() -> None:
    extraction = _extract(
        "上半年，四川FDI到资100亿元。来自欧盟、RCEP等经济体在川FDI到资分别同比增长92.21%、189.17%。"
        "2021年1月实际使用外资则同比增长4.6%。",
        published=datetime(2022, 8, 7, 2, 0, tzinfo=UTC),
    )
    by_partner = {o.partner: o.value for o in extraction.observations if o.partner is not None}
    assert by_partner == {
        iris.org_iri("eu"): Decimal("92.21"),
        iris.doc_iri("rcep", is_number_slug=True): Decimal("189.17"),
    }
    assert Decimal("4.6") in [o.value for o in extraction.observations]


def test_a_milestone_passed_does_not_take_the_levels_growth() -> None:
    extraction = _extract("2022年，珲春外贸进出口总额达到219亿元，首次突破200亿元，同比增长42.8%。")
    growth = _find(extraction, "kgo:foreignTradeValue", "kgo:YearOnYearGrowth")
    assert growth.value == Decimal("42.8")


def test_a_zones_figures_are_its_own_for_its_sentence_only() -> None:
    extraction = _extract(
        "2022年，福建实际使用外资100亿元。其中福建自贸试验区实际使用外资增长36.2%。全省进出口增长5%。"
    )
    abouts = {(o.measure, o.value): o.about for o in extraction.observations}
    assert abouts[("kgo:foreignInvestmentValue", Decimal("36.2"))] == iris.zone_iri("ftz", "350000")
    assert abouts[("kgo:foreignTradeValue", Decimal("5"))] == iris.place_iri("350000")


def test_places_listed_as_where_do_not_take_the_figures() -> None:
    extraction = _extract(
        "2023年，吉林省跨境电商进出口增长。该产业园在东莞、义乌、宁波等地新设了28个前端揽收仓。"
        "全年园区实现跨境电商贸易额约51亿元。"
    )
    assert all(o.about != iris.place_iri("330200") for o in extraction.observations)


def test_a_facilitys_figures_are_not_its_provinces() -> None:
    extraction = _extract(
        "今年前三季度，山西省货物贸易进出口总值为1028.7亿元。",
        "位于太原市小店区的太原武宿综合保税区前三季度进出口54.6亿元；山西方略保税物流中心进出口22.3亿元，增长743.7%。",
        published=datetime(2019, 10, 24, 2, 0, tzinfo=UTC),
    )
    assert [o.value for o in extraction.observations if o.about == iris.place_iri("140000")] == [
        Decimal("102870000000")
    ]
    assert all(o.about != iris.place_iri("140105") for o in extraction.observations)


def test_leiji_after_the_measure_and_china_with_a_partner() -> None:
    extraction = _extract(
        "受此影响，2015年西藏进出口累计56.55亿元，同比下降59.2%。2024年，中国与东盟贸易额达到9823亿美元。",
        published=datetime(2025, 10, 28, 2, 0, tzinfo=UTC),
    )
    levels = {
        (o.about, o.partner): o.value for o in extraction.observations if o.statistic == "kgo:Level"
    }
    assert levels[(iris.place_iri("540000"), None)] == Decimal("5655000000")
    assert levels[(CHINA, ASEAN)] == Decimal("982300000000")


# --- 12f classes: channel of the customs CBEC platform, restated periods, product shares --


def test_customs_cbec_platform_figure_is_the_cbec_trade_value() -> None:
    extraction = _extract(
        "至此，我国跨境电子商务综合试验区总数达到35个。",
        "据海关统计，2017年通过海关跨境电子商务管理平台零售进出口商品总额为902.4亿元。",
    )
    level = _find(extraction, "kgo:crossBorderEcommerceTradeValue")
    assert (level.about, level.value) == (CHINA, Decimal("90240000000"))


def test_rate_restating_its_measure_under_a_later_period_takes_that_period() -> None:
    extraction = _extract(
        "前7个月，河南对美国进出口410.3亿元，下降27%，不过7月当月对美国进出口已回升13.1%。",
        published=datetime(2020, 8, 15, 2, 0, tzinfo=UTC),
    )
    rates = {
        (o.value, o.period_start, o.period_end)
        for o in extraction.observations
        if o.statistic == "kgo:YearOnYearGrowth"
    }
    assert rates == {
        (Decimal("-27"), date(2020, 1, 1), date(2020, 7, 31)),
        (Decimal("13.1"), date(2020, 7, 1), date(2020, 7, 31)),
    }


def test_product_share_of_the_place_flow_without_a_level() -> None:
    extraction = _extract(
        "前7个月，河南进出口2762.9亿元。仅手机一项就占全省出口总值的58.3%；"
        "集成电路进口占全省进口总值的33%。",
        published=datetime(2020, 8, 15, 2, 0, tzinfo=UTC),
    )
    shares = {
        (o.about, o.measure, o.industry, o.value, o.period_end)
        for o in extraction.observations
        if o.statistic == "kgo:Share"
    }
    henan = iris.place_iri("410000")
    assert shares == {
        (henan, "kgo:exportValue", "手机", Decimal("58.3"), date(2020, 7, 31)),
        (henan, "kgo:importValue", "集成电路", Decimal("33"), date(2020, 7, 31)),
    }


def test_share_of_a_subtotal_is_not_a_product_share() -> None:
    extraction = _extract("2021年，江苏进出口5万亿元。手机占对东盟出口的12%。")
    assert not [o for o in extraction.observations if o.statistic == "kgo:Share"]


def test_target_head_inside_the_sentence_covers_every_clause() -> None:
    extraction = _extract(
        "报告提出，2023年河北经济社会发展的主要预期目标是：全省生产总值增长6%左右，"
        "社会消费品零售总额增长6%以上，进出口总值增长5%。",
        published=datetime(2023, 1, 11, 2, 0, tzinfo=UTC),
    )
    assert {(o.measure, o.is_target) for o in extraction.observations} == {
        ("kgo:gdp", True),
        ("kgo:retailSalesValue", True),
        ("kgo:foreignTradeValue", True),
    }


def test_estimate_of_last_year_is_a_figure_and_other_indicators_are_not_parts() -> None:
    extraction = _extract(
        "报告指出，预计2022年河北省生产总值增长3.8%左右，一般公共预算收入增长6.6%。",
        published=datetime(2023, 1, 11, 2, 0, tzinfo=UTC),
    )
    gdp = _find(extraction, "kgo:gdp", "kgo:YearOnYearGrowth")
    assert (gdp.value, gdp.is_target, gdp.industry) == (Decimal("3.8"), False, None)
    assert _span(gdp) == (date(2022, 1, 1), date(2022, 12, 31))


def test_estimate_for_a_later_year_is_a_target() -> None:
    extraction = _extract(
        "河北省政府工作报告提出，预计2025年全省进出口增长8%。",
        published=datetime(2023, 1, 11, 2, 0, tzinfo=UTC),
    )
    assert [o.is_target for o in extraction.observations] == [True]


@pytest.mark.parametrize(
    "sentence", ["过去5年，我国跨境电商贸易规模增长超过10倍。", "我国跨境电商进出口年均增长20%。"]
)
def test_change_over_several_years_is_not_year_on_year(sentence: str) -> None:
    assert not _extract(sentence).observations


# --- 12g classes: mixed directions, places listed before 分别, a place's share of the country --


def _rates_by_partner(text: str, published: datetime) -> dict[str | None, Decimal]:
    """The year-on-year rates the text gives, by trade partner."""
    extraction = _extract(text, published=published)
    return {
        o.partner: o.value for o in extraction.observations if o.statistic == "kgo:YearOnYearGrowth"
    }


_ZJ_2023 = (
    "2023年，浙江对东盟、欧盟、美国分别进出口6937.4亿元、6525.2亿元和5868.5亿元，分别增长8.2%、"
)
_ZJ_RATES = {"8.2": ASEAN, "-0.7": iris.org_iri("eu"), "-4.9": iris.place_iri("iso-usa")}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            _ZJ_2023 + "下降0.7%和下降4.9%。", datetime(2024, 1, 19), _ZJ_RATES, id="xiajiang"
        ),
        pytest.param(
            _ZJ_2023 + "下滑0.7%和降4.9%。", datetime(2024, 1, 19), _ZJ_RATES, id="xiahua-jiang"
        ),
        pytest.param(  # 对其: the partners the clause before listed
            "从贸易伙伴看，东盟、美国、欧盟为厦门前三大贸易伙伴，2020年厦门对其分别进出口1320.4亿元、"
            "926.9亿元和809.3亿元，分别增长12.3%、下降1.6%和增长4.5%。",
            datetime(2021, 1, 21),
            {"12.3": ASEAN, "-1.6": iris.place_iri("iso-usa"), "4.5": iris.org_iri("eu")},
            id="dui-qi",
        ),
    ],
)
def test_list_rates_each_with_its_own_direction(
    text: str, published: datetime, expected: dict[str, str]
) -> None:
    rates = _rates_by_partner(text, published.replace(hour=2, tzinfo=UTC))
    assert rates == {partner: Decimal(value) for value, partner in expected.items()}


def test_places_listed_in_the_clause_before_each_get_their_figure() -> None:
    extraction = _extract(
        "2023年广东外贸进出口8.3万亿元。从地市看，深圳、东莞、广州外贸规模居前三位，"
        "分别进出口3.87万亿元、1.33万亿元和1.09万亿元。电动载人汽车、锂电池合计出口1278亿元。",
        published=datetime(2024, 1, 19, 2, 0, tzinfo=UTC),
    )
    levels = {(o.about, o.measure, o.value) for o in extraction.observations}
    assert levels == {
        (iris.place_iri("440000"), "kgo:foreignTradeValue", Decimal("8300000000000")),
        (iris.place_iri("440300"), "kgo:foreignTradeValue", Decimal("3870000000000")),
        (iris.place_iri("441900"), "kgo:foreignTradeValue", Decimal("1330000000000")),
        (iris.place_iri("440100"), "kgo:foreignTradeValue", Decimal("1090000000000")),
        # the list named several places: the province stays the subject
        (iris.place_iri("440000"), "kgo:exportValue", Decimal("127800000000")),
    }


@pytest.mark.parametrize(
    ("text", "measure", "share", "points"),
    [
        pytest.param(
            "2023年浙江省货物贸易进出口总值4.9万亿元。全年浙江出口占全国的份额为15.1%，较上年提升0.5个百分点。",
            "kgo:exportValue",
            "15.1",
            "0.5",
            id="chukou",
        ),
        pytest.param(  # 外贸 is filler elsewhere: the flow is found before it goes
            "2023年，浙江外贸占全国的份额为11.7%，较上年提升0.2个百分点。",
            "kgo:foreignTradeValue",
            "11.7",
            "0.2",
            id="waimao",
        ),
    ],
)
def test_a_place_flow_share_of_the_country_and_its_change(
    text: str, measure: str, share: str, points: str
) -> None:
    extraction = _extract(text, published=datetime(2024, 1, 19, 2, 0, tzinfo=UTC))
    found = _find(extraction, measure, "kgo:Share")
    change = _find(extraction, measure, "kgo:PercentagePointChange")
    assert (found.about, found.value, change.value) == (
        iris.place_iri("330000"),
        Decimal(share),
        Decimal(points),
    )


def test_belt_and_road_partner_countries_written_gongjian() -> None:
    extraction = _extract(
        "2023年，浙江省进出口4.9万亿元。同期，对“一带一路”共建国家进出口2.55万亿元。",
        published=datetime(2024, 1, 19, 2, 0, tzinfo=UTC),
    )
    assert iris.doc_iri("bri", is_number_slug=True) in {o.partner for o in extraction.observations}


def test_zhanbi_after_a_level_is_its_share() -> None:
    extraction = _extract(
        "2023年全国实际使用外资金额11339.1亿元人民币。其中，高技术产业实际使用外资4233.4亿元，占比37.3%。",
        published=datetime(2024, 2, 1, 2, 0, tzinfo=UTC),
    )
    share = _find(extraction, "kgo:foreignInvestmentValue", "kgo:Share")
    assert (share.value, share.industry) == (Decimal("37.3"), "高技术产业")


def test_part_repeating_the_measure_word_of_its_whole() -> None:
    extraction = _extract(
        "2023年辽宁全省地区生产总值30209.4亿元。全年规模以上工业增加值比上年增长5.0%，"
        "其中装备制造业增加值增长8.6%。",
        published=datetime(2024, 1, 19, 2, 0, tzinfo=UTC),
    )
    rates = {
        (o.industry, o.value)
        for o in extraction.observations
        if o.measure == "kgo:industrialValueAdded"
    }
    assert rates == {(None, Decimal("5.0")), ("装备制造业", Decimal("8.6"))}


def test_lizheng_between_measure_and_growth_and_a_bare_rate_with_its_own_year() -> None:
    extraction = _extract(
        "湖南2024年的主要预期目标是：地区生产总值增长6%左右；进出口总额力争增长5%左右。"
        "云南去年进出口总额增长16.8%，今年力争增长15%以上。",
        published=datetime(2024, 1, 23, 2, 0, tzinfo=UTC),
    )
    trade = {
        (o.about, o.value, o.period_start.year if o.period_start else None, o.is_target)
        for o in extraction.observations
        if o.measure == "kgo:foreignTradeValue"
    }
    assert trade == {
        (iris.place_iri("430000"), Decimal("5"), 2024, True),
        (iris.place_iri("530000"), Decimal("16.8"), 2023, False),
        (iris.place_iri("530000"), Decimal("15"), 2024, True),
    }


def test_a_full_year_not_over_at_publication_is_a_target() -> None:
    extraction = _extract(
        "贵州提出实施外贸倍增行动计划，今年进出口总额增长30%以上。2021年贵州进出口增长19%。",
        published=datetime(2022, 1, 25, 2, 0, tzinfo=UTC),
    )
    assert {(o.value, o.is_target) for o in extraction.observations} == {
        (Decimal("30"), True),
        (Decimal("19"), False),
    }


def test_base_year_marked_xiatong_is_year_on_year() -> None:
    extraction = _extract(
        "今年1—10月，四川货物贸易进出口总值达到7542.4亿元，规模居全国第8位，"
        "比2020年同期（下同）增长14%，较2019年同期增长37.2%。",
        published=datetime(2021, 11, 14, 2, 0, tzinfo=UTC),
    )
    assert _find(extraction, "kgo:foreignTradeValue", "kgo:YearOnYearGrowth").value == Decimal("14")


def test_a_bare_trade_level_takes_the_partner_of_the_clause_before() -> None:
    extraction = _extract(
        "一季度，宁夏对挪威进出口成倍增长，进出口额达2.9亿元，增长434.6%。宁夏进出口50亿元。",
        published=datetime(2024, 4, 20, 2, 0, tzinfo=UTC),
    )
    partners = {(o.value, o.partner) for o in extraction.observations}
    norway = iris.place_iri("iso-nor")
    assert partners == {
        (Decimal("290000000"), norway),
        (Decimal("434.6"), norway),
        (Decimal("5000000000"), None),
    }


def test_two_year_average_after_a_semicolon_and_a_note_after_the_measure() -> None:
    extraction = _extract(
        "杭州市统计局发布。2023年，全市实现地区生产总值12345亿元，同比增长6.1%；两年平均增长5.3%。"
        "全市固定资产投资（不含农户）同比增长5.2%；进口铜矿砂331.6万吨，增加18.9%。",
        published=datetime(2024, 1, 20, 2, 0, tzinfo=UTC),
    )
    rates = {(o.measure, o.statistic, o.value) for o in extraction.observations if o.unit == "P1"}
    assert rates == {
        ("kgo:gdp", "kgo:YearOnYearGrowth", Decimal("6.1")),
        ("kgo:gdp", "kgo:TwoYearAverageGrowth", Decimal("5.3")),
        ("kgo:fixedAssetInvestment", "kgo:YearOnYearGrowth", Decimal("5.2")),
    }  # 增加18.9% is the tonnage's, not the investment's


def test_wo_sheng_is_the_province_in_scope() -> None:
    extraction = _extract(
        "浙江省商务厅发布。前三季度，我省实际使用外资金额45.6亿美元，同比增长12%。",
        published=datetime(2023, 12, 15, 2, 0, tzinfo=UTC),
    )
    level = _find(extraction, "kgo:foreignInvestmentValue")
    assert (level.about, level.unit) == (iris.place_iri("330000"), "USD")


def test_a_rate_after_a_dun_hao_and_the_past_year_of_a_work_report() -> None:
    extraction = _extract(
        "宁波市政府发布。过去一年，宁波全市实现地区生产总值1.77万亿元、增长5.5%，"
        "外贸进出口总额1.37万亿元、增长2%。",
        published=datetime(2024, 1, 19, 2, 0, tzinfo=UTC),
    )
    found = {(o.measure, o.statistic, o.value, _span(o)) for o in extraction.observations}
    year = (date(2023, 1, 1), date(2023, 12, 31))
    assert found == {
        ("kgo:gdp", "kgo:Level", Decimal("1770000000000"), year),
        ("kgo:gdp", "kgo:YearOnYearGrowth", Decimal("5.5"), year),
        ("kgo:foreignTradeValue", "kgo:Level", Decimal("1370000000000"), year),
        ("kgo:foreignTradeValue", "kgo:YearOnYearGrowth", Decimal("2"), year),
    }


# --- 12h classes: the month of a cumulative period, parts after 其中, compound places ----


def test_paragraph_after_a_month_returns_to_the_main_period_and_place() -> None:
    extraction = _extract(
        "2022年江苏省货物贸易进出口总值5.45万亿元，较上年增长4.8%。",
        "12月当月，全省进出口4613.2亿元，同比下降9.8%。",
        "同期，江苏对欧盟、东盟、美国分别进出口7797.3亿元、7432.8亿元和7378.6亿元，"
        "分别增长6.2%、10.6%，下降1.1%。分地区看，其中苏州市进出口2.57万亿元。"
        "常州市武进区、泰州市靖江市等地的船舶出口增势明显。",
        "民营企业进出口2.22万亿元，增长12.9%。",
        published=datetime(2023, 1, 18, 2, 0, tzinfo=UTC),
    )
    year = (date(2022, 1, 1), date(2022, 12, 31))
    jiangsu, suzhou = iris.place_iri("320000"), iris.place_iri("320500")
    found = {(o.about, o.partner, o.industry, o.value, _span(o)) for o in extraction.observations}
    assert (jiangsu, ASEAN, None, Decimal("10.6"), year) in found
    assert (jiangsu, iris.place_iri("iso-usa"), None, Decimal("-1.1"), year) in found
    assert (suzhou, None, None, Decimal("2570000000000"), year) in found
    assert (jiangsu, None, "民营企业", Decimal("2220000000000"), year) in found
    assert (jiangsu, None, None, Decimal("-9.8"), (date(2022, 12, 1), date(2022, 12, 31))) in found


def test_a_county_level_city_two_year_average_and_its_own_targets() -> None:
    extraction = _extract(
        "苏州市下辖的张家港市2022年外贸进出口总额达3083.5亿元，同比增长8.1%，"
        "2021—2022年两年平均增长12.4%。其中出口1298.7亿元，增长11.5%。",
        "根据张家港市2023年政府工作报告，今年全市力争外贸进出口增长3%，实际使用外资10亿美元。",
        published=datetime(2023, 2, 20, 2, 0, tzinfo=UTC),
    )
    city = iris.place_iri("320582")
    found = {
        (o.about, o.measure, o.statistic, o.value, _span(o), o.is_target)
        for o in extraction.observations
    }
    y2022, y2023 = (date(2022, 1, 1), date(2022, 12, 31)), (date(2023, 1, 1), date(2023, 12, 31))
    two = (date(2021, 1, 1), date(2022, 12, 31))
    assert found == {
        (city, "kgo:foreignTradeValue", "kgo:Level", Decimal("308350000000"), y2022, False),
        (city, "kgo:foreignTradeValue", "kgo:YearOnYearGrowth", Decimal("8.1"), y2022, False),
        (city, "kgo:foreignTradeValue", "kgo:TwoYearAverageGrowth", Decimal("12.4"), two, False),
        (city, "kgo:exportValue", "kgo:Level", Decimal("129870000000"), y2022, False),
        (city, "kgo:exportValue", "kgo:YearOnYearGrowth", Decimal("11.5"), y2022, False),
        (city, "kgo:foreignTradeValue", "kgo:YearOnYearGrowth", Decimal("3"), y2023, True),
        (city, "kgo:foreignInvestmentValue", "kgo:Level", Decimal("1000000000"), y2023, True),
    }


def test_a_city_share_of_its_province_and_a_level_held_steady() -> None:
    extraction = _extract(
        "2019年宜昌市外贸进出口总额227.4亿元。去年全市进出口总额占湖北省的5.9%。"
        "2023年山东实际使用外资稳定在200亿美元以上。",
        published=datetime(2020, 6, 19, 2, 0, tzinfo=UTC),
    )
    found = {(o.about, o.statistic, o.value) for o in extraction.observations}
    assert (iris.place_iri("420500"), "kgo:Share", Decimal("5.9")) in found
    assert (iris.place_iri("370000"), "kgo:Level", Decimal("20000000000")) in found


def test_a_share_change_against_last_year_s_period_and_a_partner_named_by_abbreviation() -> None:
    extraction = _extract(
        "2023年辽宁省外贸进出口7659.6亿元。同期，辽宁对《区域全面经济伙伴关系协定》（RCEP）"
        "其他14个成员国进出口2745.3亿元，占全省外贸总值的35.8%，比重较去年同期提升2.6个百分点。",
        published=datetime(2024, 1, 29, 2, 0, tzinfo=UTC),
    )
    rcep = iris.doc_iri("rcep", is_number_slug=True)
    found = {(o.statistic, o.value, o.partner) for o in extraction.observations if o.partner}
    assert found == {
        ("kgo:Level", Decimal("274530000000"), rcep),
        ("kgo:Share", Decimal("35.8"), rcep),
        ("kgo:PercentagePointChange", Decimal("2.6"), rcep),
    }


def test_goods_trade_after_a_cbec_figure_and_a_share_naming_its_own_flow() -> None:
    extraction = _extract(
        "贵州省提出到2025年，全省跨境电商进出口额力争突破100亿元，跨境电商出口额占全省货物贸易出口的比重达到10%以上。"
        "2022年全省跨境电商进出口41.6亿元，同比增长26.4%；同期全省货物贸易进出口802.8亿元，增长10.6%。",
        published=datetime(2023, 9, 5, 2, 0, tzinfo=UTC),
    )
    measures = {(o.measure, o.statistic, o.value) for o in extraction.observations}
    assert ("kgo:crossBorderEcommerceExportValue", "kgo:Share", Decimal("10")) in measures
    assert ("kgo:foreignTradeValue", "kgo:Level", Decimal("80280000000")) in measures
    assert (
        "kgo:crossBorderEcommerceTradeValue",
        "kgo:Level",
        Decimal("80280000000"),
    ) not in measures


def test_measure_first_then_partners_and_their_amounts() -> None:
    extraction = _extract(
        "2023年丹阳市外贸进出口总额296.8亿元。丹阳眼镜出口美国、欧盟、俄罗斯的金额分别为"
        "12.4亿元、9.8亿元和6.1亿元，分别增长3.2%、8.9%和26.5%。",
        published=datetime(2024, 1, 20, 2, 0, tzinfo=UTC),
    )
    parts = {(o.partner, o.statistic, o.value) for o in extraction.observations if o.partner}
    assert (iris.country_iri("RUS"), "kgo:Level", Decimal("610000000")) in parts
    assert (iris.org_iri("eu"), "kgo:YearOnYearGrowth", Decimal("8.9")) in parts
    assert len(parts) == 6


def test_a_target_verb_between_the_measure_word_and_the_figure() -> None:
    extraction = _extract(
        "2023年丹阳市外贸进出口总额296.8亿元。丹阳市计划到2025年实现眼镜产业规模突破300亿元，"
        "眼镜出口额力争达到70亿元。",
        published=datetime(2024, 1, 20, 2, 0, tzinfo=UTC),
    )
    target = _find(extraction, "kgo:exportValue")
    assert (target.value, target.is_target, _span(target)) == (
        Decimal("7000000000"),
        True,
        (date(2025, 1, 1), date(2025, 12, 31)),
    )


# --- 12k classes: a trade mode holding 额, places before 进出口分别为 -------------------------


def test_a_trade_mode_holding_e_is_a_breakdown() -> None:
    extraction = _extract(
        "2019年，广西边境小额贸易进出口1195.4亿元，增长14.8%，占全区外贸总值的25.5%。",
        published=datetime(2020, 1, 20, 2, 0, tzinfo=UTC),
    )
    found = {(o.statistic, o.value, o.industry) for o in extraction.observations}
    assert ("kgo:Level", Decimal("119540000000"), "边境小额贸易") in found
    assert ("kgo:Share", Decimal("25.5"), "边境小额贸易") in found


def test_a_first_milestone_keeps_its_place_and_the_exact_level_after_it() -> None:
    extraction = _extract(
        "2015年江西省地区生产总值16723.8亿元，增长9.1%；南昌市地区生产总值首次突破4000亿元，"
        "达到4000.01亿元，增长9.6%。",
        published=datetime(2016, 6, 20, 2, 0, tzinfo=UTC),
    )
    nanchang = {
        (o.statistic, o.value)
        for o in extraction.observations
        if o.about == iris.place_iri("360100")
    }
    assert nanchang == {
        ("kgo:Level", Decimal("400001000000")),
        ("kgo:YearOnYearGrowth", Decimal("9.6")),
    }


def test_a_breakdown_rate_then_its_share_points_and_its_parts() -> None:
    extraction = _extract(
        "2019年全国实际使用外资9415.2亿元人民币，同比增长5.8%。2019年高技术产业实际使用外资增长"
        "25.6%，占比达到28.3%，较上年提升5.2个百分点。其中，高技术服务业增长44.3%，信息服务、"
        "科技成果转化服务分别增长29.4%和60.3%。",
        published=datetime(2020, 1, 21, 2, 0, tzinfo=UTC),
    )
    found = {
        (o.statistic, o.value, o.industry)
        for o in extraction.observations
        if o.measure == "kgo:foreignInvestmentValue" and o.industry
    }
    assert found == {
        ("kgo:YearOnYearGrowth", Decimal("25.6"), "高技术产业"),
        ("kgo:Share", Decimal("28.3"), "高技术产业"),
        ("kgo:PercentagePointChange", Decimal("5.2"), "高技术产业"),
        ("kgo:YearOnYearGrowth", Decimal("44.3"), "高技术服务业"),
        ("kgo:YearOnYearGrowth", Decimal("29.4"), "信息服务"),
        ("kgo:YearOnYearGrowth", Decimal("60.3"), "科技成果转化服务"),
    }


def test_partners_listed_before_de_each_get_their_rate() -> None:
    extraction = _extract(
        "1—11月，我国与RCEP其他成员国进出口11.8万亿元，同比增长7.9%。其中，对越南、泰国、马来西亚的"
        "进出口分别增长19.8%、12.1%和11.4%。",
        published=datetime(2022, 12, 15, 2, 0, tzinfo=UTC),
    )
    rates = {o.partner: o.value for o in extraction.observations if o.value < 20 and o.partner}
    assert rates[iris.place_iri("iso-vnm")] == Decimal("19.8")
    assert rates[iris.place_iri("iso-mys")] == Decimal("11.4")


def test_a_paragraph_after_a_by_area_breakdown_is_about_the_main_place_again() -> None:
    extraction = _extract(
        "今年前三季度，江西省外贸进出口总值4523.6亿元人民币，下降8.1%。",
        "从设区市看，赣州市进出口767.5亿元，增长2.5%。南昌市进出口689.8亿元。",
        "民营企业进出口3688.3亿元，下降6.8%。",
        published=datetime(2023, 10, 25, 2, 0, tzinfo=UTC),
    )
    private = {o.about for o in extraction.observations if o.industry == "民营企业"}
    assert private == {iris.place_iri("360000")}


@pytest.mark.parametrize(
    ("text", "published", "measure", "levels"),
    [
        pytest.param(  # the places in the same clause, before 分别
            "今年前11个月，湖南省货物贸易进出口总值5249.6亿元。"
            "分地区看，岳阳、郴州分别进出口579.4亿元和455.2亿元。",
            datetime(2024, 12, 20),
            "kgo:foreignTradeValue",
            {"430000": "524960000000", "430600": "57940000000", "431000": "45520000000"},
            id="fenbie-jinchukou",
        ),
        pytest.param(  # the measure before 分别为
            "2019年，分地区看，崇左市、防城港市、南宁市进出口分别为1405.6亿元、1034.2亿元和701.6亿元。",
            datetime(2020, 1, 20),
            "kgo:foreignTradeValue",
            {"451400": "140560000000", "450600": "103420000000", "450100": "70160000000"},
            id="jinchukou-fenbiewei",
        ),
        pytest.param(  # 分别达到: the measure of the level before
            "2021年，太原市地区生产总值5121.61亿元，增长9.2%；长治市、运城市分别达到2311.2亿元和2040.4亿元。",
            datetime(2022, 1, 20),
            "kgo:gdp",
            {"140100": "512161000000", "140400": "231120000000", "140800": "204040000000"},
            id="fenbie-dadao",
        ),
        pytest.param(  # after 其中, with 实现 and a CBEC word
            "2022年佛山跨境电商进出口额达到459.6亿元，同比增长32.1%，其中顺德区、南海区分别实现跨境电商"
            "进出口156.3亿元和121.8亿元。",
            datetime(2023, 5, 10),
            "kgo:crossBorderEcommerceTradeValue",
            {"440600": "45960000000", "440606": "15630000000", "440605": "12180000000"},
            id="qizhong-cbec",
        ),
    ],
)
def test_places_listed_before_fenbie_each_get_their_figure(
    text: str, published: datetime, measure: str, levels: dict[str, str]
) -> None:
    extraction = _extract(text, published=published.replace(hour=2, tzinfo=UTC))
    found = {
        (o.about, o.value)
        for o in extraction.observations
        if o.measure == measure and o.statistic == "kgo:Level"
    }
    assert found == {(iris.place_iri(code), Decimal(value)) for code, value in levels.items()}
