"""Open-world recognisers: bodies by name grammar, documents without 《》, official titles.

Every text here is made up for the rule (tests/gold/SCOPE.md: bodies listed or not,
documents with or without 《》, officials with their post).
"""

from __future__ import annotations

import pytest

from kg import iris
from kg.link.bodies import canonical_body
from kg.nlp.bodies import find_bodies
from kg.nlp.documents import find_bare_documents
from kg.nlp.gazetteer import Gazetteer
from kg.nlp.lexicon import build_gazetteer
from kg.nlp.patterns import title_before
from kg.refdata import load_reference
from kg.refdata.records import Reference
from tests.articles import extract_text


@pytest.fixture(scope="module")
def reference() -> Reference:
    return load_reference()


@pytest.fixture(scope="module")
def gazetteer(reference: Reference) -> Gazetteer:
    return build_gazetteer(reference)


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("据四川省统计局发布的数据，", ["四川省统计局"]),
        ("据成都海关统计，", ["成都海关"]),
        ("工业和信息化部电子信息司副司长表示", ["工业和信息化部电子信息司"]),
        ("商务部外国投资管理司司长陈某表示", ["商务部外国投资管理司"]),
        ("省政府印发通知", ["省政府"]),
        ("海关将配合省政府出台的配套举措", ["省政府"]),
        ("。拱北海关在横琴口岸设置了监管作业场所", ["拱北海关"]),
        ("感谢海关的支持", []),
        (
            "国家外汇管理局福建省分局和中国人民银行福州中心支行",
            ["国家外汇管理局福建省分局", "中国人民银行福州中心支行"],
        ),
        ("深圳市商务局局长表示", ["深圳市商务局"]),
        ("北京互联网法院审理", ["北京互联网法院"]),
        ("国家发展和改革委员会发布", ["国家发展和改革委员会"]),
    ],
)
def test_bodies_by_grammar(gazetteer: Gazetteer, text: str, bodies: list[str]) -> None:
    assert [m.text for m in find_bodies(text, gazetteer)] == bodies


@pytest.mark.parametrize(
    "text",
    [
        "全国布局一盘棋",  # 局 of 布局
        "广东省餐厅数量",  # 厅 of 餐厅, no function word
        "浙江全部地区",  # 部 of 全部
        "商务部发展改革委联合印发",  # two listed bodies written together, not one name
        "商务部研究院区域经济合作中心",  # an institute, optional scope
        "福建省内部",
    ],
)
def test_no_body_in_ordinary_words_or_lists(gazetteer: Gazetteer, text: str) -> None:
    assert find_bodies(text, gazetteer) == []


def test_bodies_with_a_joined_function_and_no_body_in_an_area_name(gazetteer: Gazetteer) -> None:
    text = (
        "敦煌市文体广电和旅游局数据显示。北京商务中心区的写字楼群。在黄龙体育中心训练。"
        "景德镇市文化广电新闻出版旅游局获悉。"
    )
    assert [m.text for m in find_bodies(text, gazetteer)] == [
        "敦煌市文体广电和旅游局",
        "景德镇市文化广电新闻出版旅游局",
    ]


def test_declarations_and_draft_laws_are_documents() -> None:
    from kg.nlp.patterns import find_titles

    text = "签署了《中国—中亚峰会西安宣言》。审议通过《中华人民共和国海关法（修正草案）》。"
    assert [m.text for m in find_titles(text)] == [
        "《中国—中亚峰会西安宣言》",
        "《中华人民共和国海关法（修正草案）》",
    ]


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("四川统计局", "四川省统计局"),
        ("四川省统计局", "四川省统计局"),
        ("成都海关", "成都市海关"),
        ("商务部外资司", "商务部外国投资管理司"),
        ("商务部国际司", "商务部国际经贸关系司"),
        ("财政部国际司", "财政部国际司"),  # another ministry's 国际司: not MOFCOM's name
        ("海关总署成都海关", "成都市海关"),
        ("浦东新区人民政府", "上海市浦东新区人民政府"),  # a district: its city, as officially
        ("辽宁省大连市金州区人民政府", "大连市金州区人民政府"),
        ("苏州市张家港市人民政府", "张家港市人民政府"),  # a county-level city: none
        ("浙江省杭州市商务局", "杭州市商务局"),
    ],
)
def test_one_body_one_iri_whatever_the_spelling(
    reference: Reference, written: str, canonical: str
) -> None:
    body = canonical_body(written, reference)
    assert body is not None and body.canonical == canonical
    assert body.iri == iris.local_org_iri(canonical) and not body.in_reference


def test_customs_district_after_its_administration_keeps_its_parent(reference: Reference) -> None:
    body = canonical_body("海关总署兰州海关", reference)
    assert body is not None and body.parent == iris.org_iri("gacc")
    assert body.place == iris.place_iri("620100")


def test_government_by_level_word_resolves_to_the_province_in_context(reference: Reference) -> None:
    sichuan = reference.places["510000"]
    body = canonical_body("省政府", reference, sichuan)
    assert body is not None and body.iri == iris.org_iri("gov-510000") and body.in_reference
    assert canonical_body("省政府", reference) is None  # no context, no link


def test_country_before_a_listed_body_is_that_body(reference: Reference) -> None:
    body = canonical_body("中国商务部", reference)
    assert body is not None and body.iri == iris.org_iri("mofcom")


def test_department_belongs_to_its_ministry(reference: Reference) -> None:
    body = canonical_body("工业和信息化部电子信息司", reference)
    assert body is not None and body.parent == iris.org_iri("miit")


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        ("实施外商投资准入负面清单", ["外商投资准入负面清单"]),
        ("今年政府工作报告提出", ["政府工作报告"]),
        ("修订全国鼓励外商投资产业目录", ["全国鼓励外商投资产业目录"]),
        ("根据外商投资法规定", ["外商投资法"]),
        ("区域全面经济伙伴关系协定生效", ["区域全面经济伙伴关系协定"]),
        ("各地政府工作报告对外贸作出部署", ["政府工作报告"]),  # 各地 is not a name
        ("记者梳理多地政府工作报告发现", ["政府工作报告"]),
        ("浙江省政府工作报告提出", ["政府工作报告"]),
    ],
)
def test_documents_without_brackets(gazetteer: Gazetteer, text: str, documents: list[str]) -> None:
    assert [m.text for m in find_bare_documents(text, gazetteer)] == documents


@pytest.mark.parametrize(
    "text",
    [
        "制定具体的工作方案",  # a kind of plan, not a named one
        "浙江方案出炉",  # a place and a weak ending only
        "浙江做法值得推广",  # 法 of 做法
        "加快建立自贸协定网络",  # a kind of agreement
        "多个双边、多边自贸协定全面生效",  # generic words only
        "为推动协定落地实施",  # a verb, then the bare ending
        "《外商投资准入特别管理措施（负面清单）》",  # a 《》 title: find_titles reads it
    ],
)
def test_no_document_in_generic_words(gazetteer: Gazetteer, text: str) -> None:
    assert find_bare_documents(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("海关总署统计分析司司长李某", "司长"),
        ("常务副省长郭某", "常务副省长"),
        ("记者李某", None),
        ("国家统计局城市司高级统计师董某", "高级统计师"),
        ("原核工业部副部长刁某", "副部长"),
    ],
)
def test_title_before_a_name(text: str, title: str | None) -> None:
    assert title_before(text, len(text) - 2) == title


def test_branch_of_a_listed_body_serves_the_place_it_names(reference: Reference) -> None:
    body = canonical_body("国家外汇管理局福建省分局", reference)
    assert body is not None and body.parent == iris.org_iri("safe")
    assert body.place == iris.place_iri("350000")


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("原核工业部副部长刁某逝世", ["核工业部"]),
        ("曾任第三机械工业部副局长", ["第三机械工业部"]),
        ("全部部长都出席", []),
    ],
)
def test_unlisted_ministry_known_by_the_title_after_it(
    gazetteer: Gazetteer, text: str, bodies: list[str]
) -> None:
    assert [m.text for m in find_bodies(text, gazetteer)] == bodies


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        ("调整优化跨境电商零售进口商品清单", ["跨境电商零售进口商品清单"]),
        ("大连市金州区人民政府2021年政府工作报告中", ["2021年政府工作报告"]),
        ("海关总署等部门制定的综合保税区发展绩效评估办法", ["综合保税区发展绩效评估办法"]),
        ("国家发展改革委印发的关于恢复和扩大消费的措施落地", ["关于恢复和扩大消费的措施"]),
        (
            "日前印发贵州省推进跨境电子商务高质量发展三年行动方案（2023—2025年），提出",
            ["贵州省推进跨境电子商务高质量发展三年行动方案（2023—2025年）"],
        ),
        (
            "国务院日前印发中国（陕西）自由贸易试验区总体方案，明确",
            ["中国（陕西）自由贸易试验区总体方案"],
        ),
        (
            "国务院日前印发国务院关于同意设立鄂尔多斯综合保税区的批复，同意设立",
            ["国务院关于同意设立鄂尔多斯综合保税区的批复"],
        ),
        (
            "根据赣州市商务发展“十四五”规划，到2025年",
            ["赣州市商务发展“十四五”规划"],
        ),
        ("贵州提出实施外贸倍增行动计划，今年", ["外贸倍增行动计划"]),
        ("原标题：2023年关税调整方案公布", ["2023年关税调整方案"]),
        (
            "按照西藏自治区“十三五”规划，吉隆口岸",
            ["西藏自治区“十三五”规划"],
        ),
        (
            "省政府出台中国（杭州）跨境电子商务综合试验区实施方案。",
            ["中国（杭州）跨境电子商务综合试验区实施方案"],
        ),
        (
            "海关将落实国务院办公厅关于推动外贸稳规模优结构的意见，配合",
            ["国务院办公厅关于推动外贸稳规模优结构的意见"],
        ),
        (
            "税务总局联合印发关于横琴粤澳深度合作区货物贸易“一线”放开“二线”管住进出口税收政策的通知，对",
            ["关于横琴粤澳深度合作区货物贸易“一线”放开“二线”管住进出口税收政策的通知"],
        ),
        ("广泛征求关于促进消费的意见和建议", []),
        (
            "海关总署日前发布关于对镓、锗相关物项实施出口管制的公告，",
            ["关于对镓、锗相关物项实施出口管制的公告"],
        ),
        ("2021年贵州省政府工作报告提出", ["政府工作报告"]),
    ],
)
def test_more_bare_document_forms(gazetteer: Gazetteer, text: str, documents: list[str]) -> None:
    assert [m.text for m in find_bare_documents(text, gazetteer)] == documents


def test_level_word_body_takes_the_province_a_body_named_before(reference: Reference) -> None:
    extraction = extract_text("福建省政府出台措施，省商务厅、福州海关联合推动落实。")
    bodies = {m.text: m.iri for m in extraction.mentions if m.label == "Organization"}
    assert bodies["省商务厅"] == iris.org_iri("commerce-350000")


def test_a_province_named_as_a_trade_partner_is_not_the_province_of_sheng_zhengfu() -> None:
    extraction = extract_text(
        "2023年，福建省进出口1.98万亿元。同期，福建对台湾地区进出口1047.3亿元。"
        "海关将配合省政府出台的配套举措。"
    )
    bodies = {m.text: m.iri for m in extraction.mentions if m.label == "Organization"}
    assert bodies["省政府"] == iris.org_iri("gov-350000")


def test_a_provincial_work_report_is_named_as_such_and_passed_by_the_government() -> None:
    extraction = extract_text("贵州省政府工作报告提出，2022年全省地区生产总值增长7%左右。")
    docs = [m for m in extraction.mentions if m.label == "Legislation"]
    assert [d.text for d in docs] == ["政府工作报告"]
    issuers = {
        r.object for r in extraction.relations if r.predicate == "schema:legislationPassedBy"
    }
    assert issuers == {iris.org_iri("gov-520000")}


def test_a_place_before_its_local_listed_companies_is_the_place() -> None:
    extraction = extract_text("晋江市经济平稳。七匹狼等晋江本土上市公司表示，将加大研发投入。")
    counties = [m.start for m in extraction.mentions if m.iri == iris.place_iri("350582")]
    assert len(counties) == 2


def test_department_after_a_spokesperson_belongs_to_the_body_before() -> None:
    extraction = extract_text(
        "海关总署新闻发言人、统计分析司司长吕大良在发布会上表示，外贸稳中有进。"
    )
    relations = {(r.predicate, r.object) for r in extraction.relations}
    assert ("org:subOrganizationOf", iris.org_iri("gacc")) in relations
    assert ("org:holds", iris.post_iri("gacc", "spokesperson")) in relations


def test_survey_office_of_the_statistics_bureau() -> None:
    extraction = extract_text("国家统计局江苏调查总队发布数据。")
    bodies = [m.text for m in extraction.mentions if m.label == "Organization"]
    assert bodies == ["国家统计局江苏调查总队"]


def test_spokesperson_who_heads_a_department_holds_both_posts() -> None:
    extraction = extract_text(
        "海关总署新闻发言人、统计分析司司长吕大良在发布会上表示，外贸稳中有进。"
    )
    posts = {r.object for r in extraction.relations if r.predicate == "org:holds"}
    assert posts == {
        iris.post_iri("gacc", "spokesperson"),
        iris.post_iri("gacc", iris.role_slug("统计分析司司长")),
    }


def test_unit_named_after_its_owner_and_suoshu() -> None:
    extraction = extract_text("100吨矿砂在广州海关所属花都海关的现场监管下退运出境。")
    names = {m.iri: m.text for m in extraction.mentions if m.label == "Organization"}
    owned = {
        (names[r.subject], names.get(r.object, r.object))
        for r in extraction.relations
        if r.predicate == "org:subOrganizationOf" and r.subject in names
    }
    assert ("花都海关", "广州海关") in owned


def test_body_that_issued_a_document_written_before_de() -> None:
    extraction = extract_text(
        "2021年，广东省农业农村厅印发的《广东荔枝产业高质量发展三年行动计划（2021—2023年）》提出目标。"
    )
    assert [r.predicate for r in extraction.relations if r.predicate.startswith("schema:leg")] == [
        "schema:legislationPassedBy"
    ]


@pytest.mark.parametrize(
    "text", ["原核工业部副部长刁筠寿逝世", "原核工业部副部长刁筠寿于2021年9月逝世"]
)
def test_official_name_before_a_life_event(text: str) -> None:
    assert [m.text for m in extract_text(text).mentions if m.label == "Person"] == ["刁筠寿"]


# --- zone instances the reference does not list (data/gazetteer/named_zones.tsv) ----------


def test_a_named_economic_cooperation_zone_is_set_up_by_the_reply_before_it() -> None:
    extraction = extract_text(
        "中国政府网日前公布《国务院关于设立中蒙二连浩特—扎门乌德经济合作区的批复》"
        "（国函〔2024〕40号），同意设立中蒙二连浩特—扎门乌德经济合作区。"
    )
    zone = iris.zone_iri("ecz", "152501")
    zones = [m for m in extraction.mentions if m.label == "PilotZone"]
    assert [(m.text, m.iri) for m in zones][-1] == ("中蒙二连浩特—扎门乌德经济合作区", zone)
    assert not [m for m in extraction.mentions if m.text == "二连浩特"]  # inside the name
    relations = {(r.subject, r.predicate, r.object) for r in extraction.relations}
    reply = iris.doc_iri("guohan-2024-40", is_number_slug=True)
    assert (reply, "kgo:establishes", zone) in relations
    issuers = {o for s, p, o in relations if s == reply and p == "schema:legislationPassedBy"}
    assert iris.org_iri("gov-cn") not in issuers  # a website publishes, it does not pass


def test_a_bonded_zone_with_a_name_of_its_own_lies_in_its_city() -> None:
    extraction = extract_text("苏州工业园区综合保税区进出口增长。")
    zones = [(m.text, m.iri) for m in extraction.mentions if m.label == "ComprehensiveBondedZone"]
    assert zones == [("苏州工业园区综合保税区", iris.zone_iri("bonded", "320500"))]


def test_a_body_with_other_departments_issues_the_document_after_it() -> None:
    extraction = extract_text("海关总署等部门制定的综合保税区发展绩效评估办法，从五方面评估。")
    issuers = [
        r.object for r in extraction.relations if r.predicate == "schema:legislationPassedBy"
    ]
    assert issuers == [iris.org_iri("gacc")]


@pytest.mark.parametrize(
    "text", ["成都和重庆的综合保税区进出口增长。", "重庆其余综合保税区均获评B类。"]
)
def test_a_list_before_a_zone_word_is_no_named_zone(text: str) -> None:
    extraction = extract_text(text)
    assert not [m for m in extraction.mentions if m.rule == "pattern:zone-named"]


def test_a_named_bonded_zone_after_an_airport_port_name_is_the_citys() -> None:
    extraction = extract_text(
        "国务院已批复同意设立成都天府国际空港综合保税区。这是四川省首个空港型综合保税区。"
    )
    zones = [(m.text, m.iri) for m in extraction.mentions if m.label == "ComprehensiveBondedZone"]
    assert zones == [("成都天府国际空港综合保税区", iris.zone_iri("bonded", "510100"))]
    assert "四川省" in [m.text for m in extraction.mentions if m.label == "Province"]


def test_a_sentence_before_a_zone_word_is_no_zone_name() -> None:
    extraction = extract_text("2016年，黑龙江省会哈尔滨全力推进综合保税区规划建设。")
    assert not [m for m in extraction.mentions if m.label == "ComprehensiveBondedZone"]
    assert "哈尔滨" in [m.text for m in extraction.mentions if m.label == "Prefecture"]


def test_counts_of_bonded_zones_after_a_place_are_claims() -> None:
    extraction = extract_text(
        "这是四川第6个、成都第3个综合保税区。天府空港综保区获批后，四川综保区数量增至6个。"
    )
    claims = {(c.about, c.value, c.zone_type) for c in extraction.claims}
    assert claims == {
        (iris.place_iri("510000"), 6, "kgo:PilotZone"),
        (iris.place_iri("510100"), 3, "kgo:PilotZone"),
    }
    assert not [m for m in extraction.mentions if m.label == "ComprehensiveBondedZone"]


def test_a_planned_area_is_no_plan(gazetteer: Gazetteer) -> None:
    assert find_bare_documents("在上海自贸试验区规划范围内推出措施", gazetteer) == []


def test_a_zone_named_after_a_place_that_needs_context_links_through_that_place() -> None:
    extraction = extract_text("张家港市商务局表示，张家港保税区作为全国首批保税区之一。")
    zones = [(m.text, m.iri) for m in extraction.mentions if m.label == "PilotZone"]
    assert zones == [("张家港保税区", iris.zone_iri("bondedarea", "320582"))]


def test_a_bonded_zone_of_the_1990s_is_not_the_comprehensive_bonded_zone() -> None:
    extraction = extract_text("张家港保税区成立于1992年。张家港综合保税区进出口增长。")
    zones = {m.text: (m.label, m.iri) for m in extraction.mentions if m.iri and "/zone/" in m.iri}
    assert zones == {
        "张家港保税区": ("PilotZone", iris.zone_iri("bondedarea", "320582")),
        "张家港综合保税区": ("ComprehensiveBondedZone", iris.zone_iri("bonded", "320582")),
    }
    types = {e.iri: e.types for e in extraction.entities}
    assert "kgo:ComprehensiveBondedZone" not in types[iris.zone_iri("bondedarea", "320582")]


def test_state_level_new_areas_and_a_named_zone_by_its_short_name() -> None:
    extraction = extract_text(
        "国务院同意设立江西赣江新区。赣江新区位于南昌市北部，是继湖南湘江新区之后的国家级新区。"
        "成都天府国际空港综合保税区封关，天府国际空港综合保税区进出口增长。榕江县城北新区体育馆开放。"
    )
    zones = [(m.text, m.iri) for m in extraction.mentions if m.iri and "/zone/" in m.iri]
    assert zones == [
        ("江西赣江新区", iris.zone_iri("newarea", "360000")),
        ("赣江新区", iris.zone_iri("newarea", "360000")),
        ("湖南湘江新区", iris.zone_iri("newarea", "430000")),
        ("成都天府国际空港综合保税区", iris.zone_iri("bonded", "510100")),
        ("天府国际空港综合保税区", iris.zone_iri("bonded", "510100")),
    ]  # 榕江县城北新区: a county's new town, no state-level new area


def test_a_short_name_never_matched_alone_is_a_list_item_next_to_its_siblings() -> None:
    extraction = extract_text(
        "云南自贸试验区昆明、红河、德宏三个片区发展迅速。广州、中山、珠海进出口增长。"
        "红河水位上涨。中山大学学生返校。"
    )
    places = [(m.text, m.iri) for m in extraction.mentions if m.label == "Prefecture"]
    assert ("红河", iris.place_iri("532500")) in places
    assert ("中山", iris.place_iri("442000")) in places
    assert [t for t, _ in places].count("红河") == 1  # the river and the university: no place
    assert [t for t, _ in places].count("中山") == 1


def test_zimaoqu_after_a_chinese_place_is_the_pilot_zone_after_a_country_an_agreement() -> None:
    extraction = extract_text(
        "中国与新西兰自贸区升级议定书生效。海南自贸区（港）建设加快。上海自贸区临港新片区挂牌。"
    )
    zones = [(m.text, m.iri) for m in extraction.mentions if m.label == "FreeTradeZone"]
    assert zones == [
        ("海南自贸区", iris.zone_iri("ftz", "460000")),
        ("上海自贸区", iris.zone_iri("ftz", "310000")),
    ]


def test_tariff_plan_keeps_its_year_and_a_national_unit_is_listed() -> None:
    extraction = extract_text("国务院关税税则委员会印发2023年关税调整方案。据中央气象台消息。")
    documents = [m for m in extraction.mentions if m.label == "Legislation"]
    assert [m.text for m in documents] == ["2023年关税调整方案"]
    assert documents[0].iri == iris.doc_iri(
        iris.normalise_title("2023年关税调整方案"), is_number_slug=False
    )
    assert iris.org_iri("nmc") in {m.iri for m in extraction.mentions}


def test_named_zone_short_name_with_the_other_zone_word(gazetteer: Gazetteer) -> None:
    extraction = extract_text("北京天竺综合保税区进出口增长。支持天竺综保区拓展研发。")
    zones = [(m.text, m.iri) for m in extraction.mentions if m.label == "ComprehensiveBondedZone"]
    assert [text for text, _ in zones] == ["北京天竺综合保税区", "天竺综保区"]
    assert len({iri for _, iri in zones}) == 1


def test_short_country_names_the_press_uses() -> None:
    extraction = extract_text("应博鳌亚洲论坛邀请，多米尼加总统、尼泊尔副总统出席。")
    countries = {m.text: m.iri for m in extraction.mentions if m.label == "Country"}
    assert countries["多米尼加"] == iris.place_iri("iso-dom")


def test_an_official_with_a_less_common_surname() -> None:
    extraction = extract_text("国家发展改革委副主任丛亮在发布会上介绍，共建“一带一路”成果丰硕。")
    assert [m.text for m in extraction.mentions if m.label == "Person"] == ["丛亮"]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("四川省文物局表示", ["四川省文物局"]),
        ("国家体育总局冬季运动管理中心联合做好保障", ["国家体育总局冬季运动管理中心"]),
        (
            "深圳市前海深港现代服务业合作区管理局（前海管理局）将会同",
            ["深圳市前海深港现代服务业合作区管理局"],
        ),
    ],
)
def test_bodies_with_long_or_new_function_words(
    gazetteer: Gazetteer, text: str, bodies: list[str]
) -> None:
    assert [m.text for m in find_bodies(text, gazetteer)] == bodies


def test_a_place_listed_with_cities_of_its_province() -> None:
    extraction = extract_text("目前，海口、三亚、琼海等地的离岛免税店销售火爆。")
    assert iris.place_iri("469002") in {m.iri for m in extraction.mentions}


def test_a_list_used_as_a_method_is_no_document() -> None:
    extraction = extract_text("这是我国首次在自贸协定中以负面清单方式开放服务和投资。")
    assert not [m for m in extraction.mentions if m.label == "Legislation"]


def test_market_regulation_is_no_city_body() -> None:
    extraction = extract_text("特斯拉上海超级工厂交付。市场监管总局缺陷产品管理中心提醒车主。")
    served = [r for r in extraction.relations if r.predicate == "schema:areaServed"]
    assert not [r for r in served if "310000" in r.object]
