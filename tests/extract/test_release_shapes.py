"""Shapes of statistics and customs releases (kg.extract.figures and friends): a period
that opens a clause (前三季度我国…), partners ranked before their figures, a month's rate
after the period's, lists of places counted (三市, 两市), growth targets, and the place a
local government's plan speaks for."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from kg import iris
from kg.model import Extraction
from tests.articles import extract_text

CHINA = iris.place_iri("156")
ANHUI = iris.place_iri("340000")
JIANGXI = iris.place_iri("360000")


def _extract(*paragraphs: str, published: datetime) -> Extraction:
    return extract_text(*paragraphs, published=published)


def _rows(extraction: Extraction) -> set[tuple[object, ...]]:
    """(about, measure, statistic, value, partner, period start, period end, target)."""
    return {
        (o.about, o.measure, o.statistic, o.value, o.partner, o.period_start, o.period_end)
        + ((True,) if o.is_target else ())
        for o in extraction.observations
    }


Q3_2022 = (date(2022, 1, 1), date(2022, 9, 30))


@pytest.mark.parametrize(
    "opening",
    ["前三季度我国与东盟贸易总值", "前三季度，我国与东盟贸易总值", "前两个月我国与东盟贸易总值"],
)
def test_a_period_opening_the_clause_leaves_the_partner_readable(opening: str) -> None:
    """前三季度 is filler like 1-9月 (前 was left behind and hid the breakdown)."""
    found = _extract(
        f"{opening}4.7万亿元，增长15.2%。", published=datetime(2022, 10, 24, tzinfo=UTC)
    )
    levels = [o for o in found.observations if o.statistic == "kgo:Level"]
    assert [(o.about, o.partner, o.value) for o in levels] == [
        (CHINA, iris.org_iri("asean"), Decimal("4700000000000"))
    ]


def test_partners_ranked_before_their_figures() -> None:
    found = _extract(
        "前三季度，我国货物贸易进出口总值31.11万亿元。"
        "欧盟为我国第二大贸易伙伴，前三季度贸易总值4.23万亿元，增长9%，占13.6%。"
        "美国为第三大贸易伙伴，贸易总值3.8万亿元，增长8%。韩国居第四位，贸易总值1.78万亿元。",
        published=datetime(2022, 10, 24, tzinfo=UTC),
    )
    rows = _rows(found)
    eu, usa, kor = iris.org_iri("eu"), iris.place_iri("iso-usa"), iris.place_iri("iso-kor")
    assert (
        CHINA,
        "kgo:foreignTradeValue",
        "kgo:Level",
        Decimal("4230000000000"),
        eu,
    ) + Q3_2022 in rows
    assert (CHINA, "kgo:foreignTradeValue", "kgo:Share", Decimal("13.6"), eu) + Q3_2022 in rows
    assert (
        CHINA,
        "kgo:foreignTradeValue",
        "kgo:YearOnYearGrowth",
        Decimal("8"),
        usa,
    ) + Q3_2022 in rows
    assert (
        CHINA,
        "kgo:foreignTradeValue",
        "kgo:Level",
        Decimal("1780000000000"),
        kor,
    ) + Q3_2022 in rows
    assert [o.value for o in found.observations if o.partner is None] == [Decimal("31110000000000")]


def test_a_month_rate_after_the_period_rate_keeps_the_measure() -> None:
    found = _extract(
        "前三季度，安徽省规模以上工业增加值同比增长13.4%。其中，9月当月增长8.6%。",
        published=datetime(2021, 10, 25, tzinfo=UTC),
    )
    assert (
        ANHUI,
        "kgo:industrialValueAdded",
        "kgo:YearOnYearGrowth",
        Decimal("8.6"),
        None,
        date(2021, 9, 1),
        date(2021, 9, 30),
    ) in _rows(found)


def test_places_counted_after_their_list() -> None:
    found = _extract(
        "上半年江西省生产总值14628.2亿元。南昌、赣州、九江三市上半年生产总值分别为3402.6亿元、"
        "2128.4亿元和1940.3亿元。地处淮河南岸的合肥、芜湖两市，规模以上工业增加值分别增长13.8%和12.9%。",
        published=datetime(2022, 7, 25, tzinfo=UTC),
    )
    got = {(o.about, o.measure, o.value) for o in found.observations}
    assert (iris.place_iri("360700"), "kgo:gdp", Decimal("212840000000")) in got  # 赣州
    assert (iris.place_iri("340200"), "kgo:industrialValueAdded", Decimal("12.9")) in got  # 芜湖


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("安徽省今年全省经济增长预期目标为8%以上。", (date(2021, 1, 1), date(2021, 12, 31))),
        (
            "安徽省下半年将全力以赴完成生产总值增长7%以上的全年预期目标。",
            (date(2021, 1, 1), date(2021, 12, 31)),
        ),
    ],
)
def test_growth_targets_of_the_economy(sentence: str, period: tuple[date, date]) -> None:
    found = _extract(sentence, published=datetime(2021, 7, 25, tzinfo=UTC))
    [obs] = found.observations
    assert (obs.about, obs.measure, obs.statistic, obs.is_target) == (
        ANHUI,
        "kgo:gdp",
        "kgo:YearOnYearGrowth",
        True,
    )
    assert (obs.period_start, obs.period_end) == period


def test_a_sector_economy_is_no_gdp() -> None:
    found = _extract("安徽省数字经济增长20%。", published=datetime(2021, 7, 25, tzinfo=UTC))
    assert [o for o in found.observations if o.measure == "kgo:gdp"] == []


def test_the_county_a_local_government_speaks_for() -> None:
    """全县 after 沭阳县人民政府办公室 is 沭阳, not the county named last before."""
    found = _extract(
        "宿迁市沭阳县跨境电商进出口额达到12.6亿元。泗洪县的螃蟹等水产品也纷纷布局跨境电商。",
        "沭阳县人民政府办公室近日印发《沭阳县跨境电子商务高质量发展三年行动计划（2023—2025年）》，"
        "提出到2025年，全县跨境电商进出口额力争突破30亿元。",
        published=datetime(2023, 2, 14, tzinfo=UTC),
    )
    [target] = [o for o in found.observations if o.is_target]
    assert target.about == iris.place_iri("321322")


def test_a_body_is_not_read_across_a_longer_place() -> None:
    """从江西省统计局: the body is 江西省统计局, not one of the county 从江."""
    found = _extract("记者从江西省统计局获悉。", published=datetime(2022, 7, 25, tzinfo=UTC))
    assert [m.text for m in found.mentions if m.label == "Organization"] == ["江西省统计局"]


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("温州（鹿城）轻工产品交易中心", "温州"),
        ("泉州市晋江市的晋江国际鞋纺城", "晋江"),
        ("重庆市大足区的大足龙水五金市场", "大足"),
        ("中国（许昌）国际发制品交易市场", "许昌"),
        ("在国家会展中心（上海）举办", "上海"),
        ("同意设立新疆塔城重点开发开放试验区", "塔城"),
        ("支持哈尔滨新区开展试点", "哈尔滨"),
        ("前身为青岛电冰箱总厂", "青岛"),
    ],
)
def test_a_place_inside_a_market_venue_zone_or_factory_name(text: str, not_a_place: str) -> None:
    found = _extract(text, published=datetime(2022, 7, 25, tzinfo=UTC))
    assert not_a_place not in [m.text for m in found.mentions], found.mentions


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("中国（河北）自由贸易试验区包括雄安、正定、曹妃甸、大兴机场四个片区", "正定"),
        ("浙江专业市场发达", "浙江"),
        ("上海浦东新区", "浦东新区"),
        ("义乌市场采购贸易", "义乌"),
    ],
)
def test_places_beside_market_and_zone_words_stay(text: str, place: str) -> None:
    found = _extract(text, published=datetime(2022, 7, 25, tzinfo=UTC))
    assert place in [m.text for m in found.mentions]


def test_a_letter_and_its_issuers() -> None:
    """《关于…的函》 is a document; …提出的《方案》 names its issuer."""
    found = _extract(
        "商务部、财政部等7部门近日联合印发《关于同意在鞍山西柳服装城等17家市场开展市场采购贸易方式试点的函》。"
        "国务院原则同意商务部提出的《服务贸易创新发展试点方案》。",
        published=datetime(2020, 9, 15, tzinfo=UTC),
    )
    documents = {m.text: m.iri for m in found.mentions if m.label == "Legislation"}
    assert len(documents) == 2
    passed = {
        (r.subject, r.object)
        for r in found.relations
        if r.predicate == "schema:legislationPassedBy"
    }
    letter = documents["《关于同意在鞍山西柳服装城等17家市场开展市场采购贸易方式试点的函》"]
    plan = documents["《服务贸易创新发展试点方案》"]
    assert {(letter, iris.org_iri("mofcom")), (letter, iris.org_iri("mof"))} <= passed
    assert (plan, iris.org_iri("mofcom")) in passed


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("至此，全国市场采购贸易方式试点总数达到31家。", 31),
        ("此次扩围后，全国服务业扩大开放综合试点地区增至11个。", 11),
        ("塔城获批后，全国重点开发开放试验区增至9个。", 9),
    ],
)
def test_the_count_of_a_programme_of_pilots_is_a_claim(sentence: str, value: int) -> None:
    found = _extract(sentence, published=datetime(2022, 12, 22, tzinfo=UTC))
    assert [(c.kind, c.about, c.value, c.zone_type) for c in found.claims] == [
        ("kgo:ZonesNationwide", CHINA, value, "kgo:PilotZone")
    ]


def test_a_zone_kind_the_rules_count_is_not_a_programme() -> None:
    found = _extract("全国自贸试验区增至21个。", published=datetime(2022, 12, 22, tzinfo=UTC))
    assert [c.zone_type for c in found.claims] == ["kgo:FreeTradeZone"]


def test_a_second_share_of_a_place_alone_is_of_its_total() -> None:
    """占同期金华市进出口总值的72.1%，占浙江省的11.9%; 其中 parts stay 义乌's."""
    found = _extract(
        "今年1—8月，义乌市进出口3626.7亿元，同比增长21.9%，占同期金华市进出口总值的72.1%，"
        "占浙江省的11.9%。其中，出口3216.4亿元，增长19.8%。",
        published=datetime(2023, 9, 22, tzinfo=UTC),
    )
    yiwu = iris.place_iri("330782")
    assert {
        (o.statistic, o.value)
        for o in found.observations
        if o.measure.endswith("foreignTradeValue")
    } >= {
        ("kgo:Share", Decimal("72.1")),
        ("kgo:Share", Decimal("11.9")),
    }
    assert {o.about for o in found.observations} == {yiwu}


def test_a_zone_introduced_as_one_of_a_batch() -> None:
    found = _extract(
        "作为第三批跨境电子商务综合试验区之一，中国（义乌）跨境电子商务综合试验区前8个月跨境电商进出口791.3亿元。",
        published=datetime(2023, 9, 22, tzinfo=UTC),
    )
    assert (iris.zone_iri("cbec", "330782"), iris.batch_iri("cbec", 3)) in {
        (r.subject, r.object) for r in found.relations if r.predicate == "kgo:inBatch"
    }


@pytest.mark.parametrize(
    ("text", "published", "place", "year"),
    [
        (
            "江苏首个综试区是2016年获批的中国（苏州）跨境电子商务综合试验区，此后南京等地相继获批。",
            datetime(2022, 2, 9, tzinfo=UTC),
            "320500",
            2016,
        ),
        (
            "今年3月，国务院批复设立中国（杭州）跨境电子商务综合试验区，这是我国首个跨境电商综试区。",
            datetime(2015, 6, 20, tzinfo=UTC),
            "330100",
            2015,
        ),
    ],
)
def test_first_zone_claims(text: str, published: datetime, place: str, year: int) -> None:
    found = _extract(text, published=published)
    assert [(c.about, c.value) for c in found.claims if c.kind == "kgo:FirstZone"] == [
        (iris.place_iri(place), year)
    ]


def test_every_city_of_a_province_counted() -> None:
    found = _extract(
        "至此，江苏13个设区市全部获批设立跨境电商综试区。",
        published=datetime(2022, 2, 9, tzinfo=UTC),
    )
    assert [(c.kind, c.about, c.value) for c in found.claims] == [
        ("kgo:ZonesInPlace", iris.place_iri("320000"), 13)
    ]


def test_a_place_only_in_the_reply_title_is_not_established_by_it() -> None:
    found = _extract(
        "近日，国务院印发《关于同意在鄂尔多斯等27个城市和地区设立跨境电子商务综合试验区的批复》"
        "（国函〔2022〕8号），江苏扬州、镇江、泰州3市入选第六批跨境电子商务综合试验区名单。",
        published=datetime(2022, 2, 9, tzinfo=UTC),
    )
    established = {r.object for r in found.relations if r.predicate == "kgo:establishes"}
    assert iris.zone_iri("cbec", "321000") in established  # 扬州, named in the body
    assert iris.zone_iri("cbec", "150600") not in established  # 鄂尔多斯, only in the title


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("海关总署、质检总局、财政部等部门要加强协作。", "国家质量监督检验检疫总局"),
        ("中国地震局启动地震应急二级响应。", "中国地震局"),
    ],
)
def test_bodies_without_a_known_head(text: str, body: str) -> None:
    found = _extract(text, published=datetime(2022, 9, 5, tzinfo=UTC))
    assert iris.local_org_iri(body) in {m.iri for m in found.mentions}
    assert "中国" not in [m.text for m in found.mentions]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("三个片区均包含新疆生产建设兵团的部分区域。", []),
        ("焦点战在上海浦东足球场进行。", []),
        (
            "贵州省黔东南苗族侗族自治州榕江县城北新区体育馆",
            ["贵州省", "黔东南苗族侗族自治州", "榕江县"],
        ),
    ],
)
def test_places_in_a_corps_or_stadium_name(text: str, kept: list[str]) -> None:
    found = _extract(text, published=datetime(2022, 9, 5, tzinfo=UTC))
    assert [
        m.text for m in found.mentions if m.label in {"Province", "Prefecture", "County"}
    ] == kept


@pytest.mark.parametrize(
    "text",
    [
        "上海证券报讯（记者 张三）",
        "四川在线消息（记者 寇敏芳）",
        "普洱茶、鲜花、蔬菜等产品",
        "东湖新技术开发区（中国光谷）进出口",
        "首发列车G55次从福州南站驶出。",
        "取材于蒙古族英雄史诗",
        "四川盆地东部有雨",
    ],
)
def test_no_place_in_media_products_stations_ethnic_groups_or_basins(text: str) -> None:
    found = _extract(text, published=datetime(2022, 8, 17, tzinfo=UTC))
    assert [
        m.text for m in found.mentions if m.label in {"Country", "Province", "Prefecture"}
    ] == []


@pytest.mark.parametrize("text", ["深圳站上新台阶", "上海站在新起点"])
def test_zhan_as_a_verb_keeps_the_place(text: str) -> None:
    found = _extract(text, published=datetime(2022, 8, 17, tzinfo=UTC))
    assert len([m for m in found.mentions if m.label in {"Province", "Prefecture"}]) == 1


def test_the_year_growth_goal_is_a_gdp_target() -> None:
    found = _extract(
        "上半年四川实现地区生产总值25446.8亿元。"
        "省统计局新闻发言人表示，上半年全省经济运行稳中加固，为完成全年增长6%以上的预期目标打下坚实基础。",
        published=datetime(2021, 7, 20, tzinfo=UTC),
    )
    [target] = [o for o in found.observations if o.is_target]
    assert (target.about, target.measure, target.value, target.period_start, target.period_end) == (
        iris.place_iri("510000"),
        "kgo:gdp",
        Decimal("6"),
        date(2021, 1, 1),
        date(2021, 12, 31),
    )


def test_a_zone_worked_through_is_not_the_subject() -> None:
    found = _extract(
        "2024年湖北将依托中国（湖北）自由贸易试验区和中国（武汉）跨境电子商务综合试验区，"
        "力争全年外贸进出口增长5%以上。",
        published=datetime(2024, 1, 20, tzinfo=UTC),
    )
    assert [o.about for o in found.observations] == [iris.place_iri("420000")]


def test_a_zone_named_before_its_batch() -> None:
    found = _extract(
        "中国（上海）跨境电子商务综合试验区是2016年获批的第二批综试区之一。",
        published=datetime(2023, 9, 20, tzinfo=UTC),
    )
    assert (iris.zone_iri("cbec", "310000"), iris.batch_iri("cbec", 2)) in {
        (r.subject, r.object) for r in found.relations if r.predicate == "kgo:inBatch"
    }


def test_an_ordinal_after_the_ones_before_but_not_a_regions() -> None:
    found = _extract(
        "长春新区是继上海浦东新区、天津滨海新区等之后的第17个国家级新区，"
        "也是东北地区继大连金普新区、哈尔滨新区之后的第三个国家级新区。",
        published=datetime(2016, 2, 15, tzinfo=UTC),
    )
    assert [(c.kind, c.value) for c in found.claims] == [("kgo:ZonesNationwide", 17)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("位于广州北京路的商场", ["广州"]),
        ("沿长安街行进", []),
        ("重庆大街", []),
        ("探索义乌路径", ["义乌"]),
        ("台州市路桥区的日用品交易中心", ["台州市", "路桥区"]),
    ],
)
def test_a_street_named_after_a_place(text: str, kept: list[str]) -> None:
    found = _extract(text, published=datetime(2022, 9, 5, tzinfo=UTC))
    places = {"Province", "Prefecture", "County"}
    assert [m.text for m in found.mentions if m.label in places] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("产品主要销往尼日利亚、加纳、南非等国家。", ["尼日利亚", "加纳", "南非"]),
        ("企业增加纳税额", []),
        ("位于长春市的中国一汽红旗工厂", ["长春市"]),
        ("特斯拉上海超级工厂2022年交付", []),
        ("记者从西安国际港务区获悉", []),
    ],
)
def test_places_and_countries_beside_companies_and_zones(text: str, kept: list[str]) -> None:
    found = _extract(text, published=datetime(2022, 9, 5, tzinfo=UTC))
    places = {"Country", "Province", "Prefecture", "County"}
    assert [m.text for m in found.mentions if m.label in places] == kept


def test_an_observatory_is_a_body() -> None:
    found = _extract(
        "香港天文台当天发出十号飓风信号。", published=datetime(2018, 9, 16, tzinfo=UTC)
    )
    assert [m.text for m in found.mentions if m.label == "Organization"] == ["香港天文台"]


def test_the_national_whole_of_a_share_is_not_the_subject() -> None:
    found = _extract(
        "2021年，江苏省货物贸易进出口总值5.21万亿元，占同期全国进出口总值的13.3%。"
        "其中，出口3.35万亿元，增长18.6%。",
        published=datetime(2022, 1, 20, tzinfo=UTC),
    )
    assert {o.about for o in found.observations} == {iris.place_iri("320000")}
