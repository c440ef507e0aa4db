"""Lists whose items were named apart from their figures (欧盟、美国分别为第二、三大贸易伙伴，
我国与其分别进出口…; 凭祥市进出口X，东兴市进出口Y，分别增长…), a national body as the source
of a sentence (据海关总署统计), zone counts that list the zones (增至杭州、宁波、义乌3个), and a
当月 month that gives way to the main period when the next sentence is about other measures, and
the field a place is ranked in (居福建省9个设区市首位), which is not the next subject."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from kg import iris
from tests.articles import extract_text

CHINA = iris.place_iri("156")


def test_partners_named_with_their_ranks_then_figures_for_them() -> None:
    found = extract_text(
        "欧盟、美国、日本分别为第二、三、四大贸易伙伴，我国与其分别进出口4.1万亿元、3.4万亿元和1.6万亿元。",
        published=datetime(2023, 10, 13, tzinfo=UTC),
    )
    rows = {(o.about, o.partner, o.value) for o in found.observations}
    assert rows == {
        (CHINA, iris.org_iri("eu"), Decimal("4100000000000")),
        (CHINA, iris.place_iri("iso-usa"), Decimal("3400000000000")),
        (CHINA, iris.place_iri("iso-jpn"), Decimal("1600000000000")),
    }


def test_rates_for_levels_read_one_by_one() -> None:
    found = extract_text(
        "凭祥市进出口697.3亿元，东兴市进出口226.8亿元，分别增长8.6%和15.2%。",
        published=datetime(2022, 1, 20, tzinfo=UTC),
    )
    rates = {
        (o.about, o.value) for o in found.observations if o.statistic == "kgo:YearOnYearGrowth"
    }
    assert rates == {
        (iris.place_iri("451481"), Decimal("8.6")),
        (iris.place_iri("450681"), Decimal("15.2")),
    }


def test_rates_after_levels_of_different_measures_are_not_spread_over_them() -> None:
    found = extract_text(
        "凭祥市进出口697.3亿元，东兴市出口226.8亿元，分别增长8.6%和15.2%。",
        published=datetime(2022, 1, 20, tzinfo=UTC),
    )
    assert not [o for o in found.observations if o.statistic == "kgo:YearOnYearGrowth"]


def test_a_national_body_as_source_makes_the_country_the_subject() -> None:
    found = extract_text(
        "商务部将指导新设综试区复制推广杭州等地的成熟经验。"
        "据海关总署统计，2017年通过海关跨境电子商务管理平台零售进出口总额902.4亿元，同比增长80.6%。",
        published=datetime(2018, 8, 8, tzinfo=UTC),
    )
    assert {o.about for o in found.observations} == {CHINA}


def test_a_place_named_after_the_source_is_the_subject() -> None:
    found = extract_text(
        "据海关总署统计，2023年浙江省进出口4.9万亿元。", published=datetime(2024, 1, 20, tzinfo=UTC)
    )
    assert {o.about for o in found.observations} == {iris.place_iri("330000")}


def test_zone_counts_that_list_their_zones() -> None:
    found = extract_text(
        "至此，浙江省综试区增至杭州、宁波、义乌3个，广东省增至广州、深圳、珠海、东莞4个。"
        "四川综合保税区数量增至6个。",
        published=datetime(2018, 8, 8, tzinfo=UTC),
    )
    claims = {(c.kind, c.about, c.value, c.zone_type) for c in found.claims}
    cbec = "kgo:CrossBorderEcommerceZone"
    assert claims == {
        ("kgo:ZonesInPlace", iris.place_iri("330000"), 3, cbec),
        ("kgo:ZonesInPlace", iris.place_iri("440000"), 4, cbec),
        ("kgo:ZonesInPlace", iris.place_iri("510000"), 6, "kgo:PilotZone"),
    }


def _periods(text: str, published: datetime) -> dict[tuple[str, Decimal], str | None]:
    found = extract_text(text, published=published)
    return {(o.measure, o.value): o.period_label for o in found.observations}


def test_a_month_broken_out_gives_way_to_the_main_period_for_other_measures() -> None:
    periods = _periods(
        "上半年，浙江省地区生产总值增长6.5%。6月当月，规模以上工业增加值同比增长10.1%。"
        "全省固定资产投资同比增长12.5%。",
        datetime(2022, 7, 20, tzinfo=UTC),
    )
    assert periods[("kgo:industrialValueAdded", Decimal("10.1"))] == "当月"
    assert periods[("kgo:fixedAssetInvestment", Decimal("12.5"))] == "上半年"


def test_a_months_trade_figures_go_on_in_its_exports() -> None:
    periods = _periods(
        "2022年，浙江进出口4.68万亿元，增长13.1%。12月当月，浙江进出口4520亿元，增长5.2%。"
        "出口3300亿元，增长7%。",
        datetime(2023, 1, 20, tzinfo=UTC),
    )
    assert periods[("kgo:exportValue", Decimal("330000000000"))] == "当月"
    assert periods[("kgo:foreignTradeValue", Decimal("4680000000000"))] == "2022年"


def test_a_quoted_group_name_is_the_industry_as_written() -> None:
    found = extract_text(
        "2023年，我国电动载人汽车、锂电池、太阳能电池“新三样”合计出口1.06万亿元，增长29.9%。"
        "其中，“新三样”产品出口增长52.6%。",
        published=datetime(2024, 1, 12, tzinfo=UTC),
    )
    rows = {(o.statistic, o.value, o.industry) for o in found.observations}
    assert ("kgo:Level", Decimal("1060000000000"), "新三样") in rows
    assert ("kgo:YearOnYearGrowth", Decimal("29.9"), "新三样") in rows


def test_the_field_a_place_is_ranked_in_is_not_the_next_subject() -> None:
    found = extract_text(
        "2023年，宁德市进出口总值1142.7亿元，同比增长19.6%，增速居福建省9个设区市首位。"
        "其中，出口924.6亿元，增长24.1%。",
        published=datetime(2024, 1, 30, tzinfo=UTC),
    )
    assert {o.about for o in found.observations} == {iris.place_iri("350900")}


def test_a_period_word_after_a_place_is_no_rank() -> None:
    found = extract_text(
        "分地区看，合肥市前三季度地区生产总值8312.4亿元，增长10.9%。",
        published=datetime(2021, 10, 25, tzinfo=UTC),
    )
    assert {o.about for o in found.observations} == {iris.place_iri("340100")}


def test_a_national_statistics_official_presenting_figures_makes_the_country_the_subject() -> None:
    found = extract_text(
        "国家统计局局长宁吉喆在会上介绍，经初步核算，2021年全年国内生产总值1143670亿元，"
        "比上年增长8.1%。",
        published=datetime(2022, 1, 17, tzinfo=UTC),
    )
    assert {(o.about, o.measure) for o in found.observations} == {(CHINA, "kgo:gdp")}


def test_a_local_survey_office_of_the_statistics_bureau_is_not_the_country() -> None:
    found = extract_text(
        "国家统计局浙江调查总队有关负责人介绍，2021年全年国内生产总值1143670亿元。",
        published=datetime(2022, 1, 17, tzinfo=UTC),
    )
    assert CHINA not in {o.about for o in found.observations}


def test_after_a_list_of_quarters_the_year_is_the_period_again() -> None:
    periods = _periods(
        "国家统计局局长介绍，2021年全年国内生产总值1143670亿元，比上年增长8.1%。"
        "分季度看，一季度国内生产总值同比增长18.3%，四季度增长4.0%。"
        "分产业看，第一产业增加值83086亿元，比上年增长7.1%。",
        datetime(2022, 1, 17, tzinfo=UTC),
    )
    assert periods[("kgo:gdp", Decimal("4.0"))] == "四季度"
    assert periods[("kgo:gdp", Decimal("8308600000000"))] == "2021年全年"


def test_a_month_opening_a_sentence_gives_way_for_the_next_measure() -> None:
    periods = _periods(
        "国家统计局新闻发言人付凌晖介绍，一季度，社会消费品零售总额114922亿元，同比增长5.8%。"
        "3月份，社会消费品零售总额37715亿元，同比增长10.6%。"
        "全国规模以上工业增加值同比增长3.0%，其中3月份增长3.9%。",
        datetime(2023, 4, 18, tzinfo=UTC),
    )
    assert periods[("kgo:retailSalesValue", Decimal("37715" + "0000" * 2))] == "3月份"
    assert periods[("kgo:industrialValueAdded", Decimal("3.0"))] == "一季度"
    assert periods[("kgo:industrialValueAdded", Decimal("3.9"))] == "3月份"


def test_partners_named_before_and_referred_to_as_the_partners_above() -> None:
    found = extract_text(
        "东盟、欧盟、美国和韩国为我国前四大贸易伙伴，2022年我国与上述贸易伙伴分别进出口"
        "6.52万亿元、5.65万亿元、5.05万亿元和2.38万亿元。其中，东盟占我国外贸总值的15.5%。",
        published=datetime(2023, 1, 13, tzinfo=UTC),
    )
    rows = {(o.partner, o.statistic, o.value) for o in found.observations}
    asean = iris.org_iri("asean")
    assert (asean, "kgo:Level", Decimal("6520000000000")) in rows
    assert (iris.place_iri("iso-kor"), "kgo:Level", Decimal("2380000000000")) in rows
    assert (asean, "kgo:Share", Decimal("15.5")) in rows


def test_a_partners_share_of_the_provinces_trade() -> None:
    found = extract_text(
        "2023年，福建省货物贸易进出口19791.1亿元，其中对东盟进出口占全省外贸总值的20.8%。",
        published=datetime(2024, 1, 18, tzinfo=UTC),
    )
    shares = {
        (o.about, o.partner, o.industry) for o in found.observations if o.statistic == "kgo:Share"
    }
    assert shares == {(iris.place_iri("350000"), iris.org_iri("asean"), None)}


def test_partners_listed_after_a_verb_and_referred_to_as_the_markets_above() -> None:
    found = extract_text(
        "湖南烟花爆竹主要销往美国、欧盟和英国，2023年对上述市场分别出口28.4亿元、13.6亿元和5.2亿元。",
        published=datetime(2024, 1, 20, tzinfo=UTC),
    )
    assert {o.partner for o in found.observations} == {
        iris.place_iri("iso-usa"),
        iris.org_iri("eu"),
        iris.place_iri("iso-gbr"),
    }


def test_rates_after_one_subjects_levels_of_different_measures() -> None:
    found = extract_text(
        "2023年四川省货物贸易进出口总值9574.8亿元。其中，出口5782.9亿元，进口3791.9亿元，"
        "与上年相比分别下降6.3%和2.9%。",
        published=datetime(2024, 1, 20, tzinfo=UTC),
    )
    rates = {
        (o.measure, o.value) for o in found.observations if o.statistic == "kgo:YearOnYearGrowth"
    }
    assert rates == {("kgo:exportValue", Decimal("-6.3")), ("kgo:importValue", Decimal("-2.9"))}


def test_a_by_industry_lead_breaks_down_the_years_headline_rate() -> None:
    found = extract_text(
        "2021年，吉林省地区生产总值13235.5亿元。全省规模以上工业增加值比上年增长4.6%。"
        "12月当月，规模以上工业增加值同比增长2.9%。分行业看，汽车制造业增加值增长2.1%，"
        "医药产业增加值增长11.6%。",
        published=datetime(2022, 1, 20, tzinfo=UTC),
    )
    parts = {
        (o.industry, o.value, o.period_label) for o in found.observations if o.industry is not None
    }
    assert {(i, v) for i, v, _ in parts} == {
        ("汽车制造业", Decimal("2.1")),
        ("医药产业", Decimal("11.6")),
    }
    assert "当月" not in {label for _, _, label in parts}


def test_places_listed_with_rates_take_the_measure_of_the_levels_before_the_semicolon() -> None:
    found = extract_text(
        "2024年，贵州省地区生产总值22667.12亿元。分市州看，贵阳市地区生产总值5570.72亿元，"
        "增长5.6%；黔东南州、毕节市分别增长5.0%和5.2%。",
        published=datetime(2025, 1, 24, tzinfo=UTC),
    )
    rates = {(o.about, o.measure, o.value) for o in found.observations if o.value < 10}
    assert (iris.place_iri("522600"), "kgo:gdp", Decimal("5.0")) in rates
    assert (iris.place_iri("520500"), "kgo:gdp", Decimal("5.2")) in rates


def test_tong_shu_is_no_partner_marker() -> None:
    found = extract_text(
        "同属泉州的石狮市去年实现地区生产总值1053.5亿元，增长4.1%。",
        published=datetime(2023, 2, 13, tzinfo=UTC),
    )
    assert {(o.about, o.partner) for o in found.observations} == {(iris.place_iri("350581"), None)}


def test_targets_set_by_a_government_each_with_its_own_measure() -> None:
    found = extract_text(
        "2024年贵州省地区生产总值22667.12亿元。省政府确定2025年全省地区生产总值增长5.5%左右、"
        "规模以上工业增加值增长8%左右的预期目标。",
        published=datetime(2025, 1, 24, tzinfo=UTC),
    )
    targets = {(o.measure, o.value) for o in found.observations if o.is_target}
    assert targets == {("kgo:gdp", Decimal("5.5")), ("kgo:industrialValueAdded", Decimal("8"))}


def test_the_size_of_the_economy_is_its_gdp() -> None:
    found = extract_text(
        "按年平均汇率折算，2021年我国经济总量达到17.7万亿美元。",
        published=datetime(2022, 1, 17, tzinfo=UTC),
    )
    assert {(o.about, o.measure, o.unit) for o in found.observations} == {(CHINA, "kgo:gdp", "USD")}


def test_that_years_figures_and_investment_in_partner_countries() -> None:
    found = extract_text(
        "2020年，海南离岛免税销售额274.8亿元。当年海南省地区生产总值5532.39亿元，比上年增长3.5%。",
        published=datetime(2021, 5, 8, tzinfo=UTC),
    )
    assert ("kgo:gdp", Decimal("553239000000")) in {
        (o.measure, o.value) for o in found.observations
    }
    found = extract_text(
        "2023年，我国企业在“一带一路”共建国家非金融类直接投资2240.9亿元人民币，比上年增长28.4%。",
        published=datetime(2024, 1, 20, tzinfo=UTC),
    )
    assert {o.partner for o in found.observations} == {iris.doc_iri("bri", is_number_slug=True)}


def test_a_growth_rate_stated_as_zengsu() -> None:
    found = extract_text(
        "前三季度，广东省地区生产总值同比增速为5.2%。", published=datetime(2024, 10, 25, tzinfo=UTC)
    )
    assert {(o.measure, o.statistic, o.value) for o in found.observations} == {
        ("kgo:gdp", "kgo:YearOnYearGrowth", Decimal("5.2"))
    }
