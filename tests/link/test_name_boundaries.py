"""Where a name ends: places heading bodies, media or facilities, titles with period notes,
reporters and authors; one general rule per test (issue 5, second round).

Every text here is made up for the rule; none is copied from an annotated article.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kg import iris
from kg.model import Article, Paragraph
from kg.nlp.gazetteer import Gazetteer
from kg.nlp.lexicon import build_gazetteer
from kg.pipeline import extract_facts
from kg.refdata import load_reference
from tests.articles import extract_text


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return build_gazetteer(load_reference())


def _found(gazetteer: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.iri) for m in gazetteer.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "据悉，成都某公司申报出口一批货物。",
            [("成都", iris.place_iri("510100"))],
            id="some-company",
        ),
        pytest.param(
            "此前，武汉某家企业集团表示", [("武汉", iris.place_iri("420100"))], id="some-group"
        ),
        pytest.param("杭州市某某科技公司，", [], id="placeholder-name-is-org"),
    ],
)
def test_gazetteer_place_before_indefinite_org_noun_is_linked(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(gazetteer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("专家对中国青年周刊表示", id="weekly"),
        pytest.param("《中国财经周刊》记者获悉", id="weekly-in-title"),
        pytest.param("论文被中国学术网收录", id="website"),
        pytest.param("记者登录中国法律文书网查询", id="website-lookup"),
        pytest.param("本刊已加入《中国科技期刊（网络版）》", id="journal-with-note"),
        pytest.param("发表在《中国农业史研究》2019年第2期", id="journal-title-research"),
        pytest.param("他于1950年加入中国共产党。", id="party"),
        pytest.param("据广东农村晚报报道", id="evening-paper"),
        pytest.param("浙江教育出版社出版", id="publisher"),
    ],
)
def test_gazetteer_place_heading_media_name_not_linked(gazetteer: Gazetteer, text: str) -> None:
    assert _found(gazetteer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "中国电网投资持续增长", [("中国", iris.place_iri("156"))], id="grid-common-noun"
        ),
        pytest.param(
            "中国互联网用户超过十亿", [("中国", iris.place_iri("156"))], id="internet-common-noun"
        ),
        pytest.param("广东网站群建设", [], id="place-website-still-blocked"),
        pytest.param(
            "《中国对外开放的历史》一书",
            [("中国", iris.place_iri("156"))],
            id="book-title-keeps-place",
        ),
        pytest.param(
            "从事中国经济史研究多年",
            [("中国", iris.place_iri("156"))],
            id="field-of-study-keeps-place",
        ),
    ],
)
def test_gazetteer_place_before_common_noun_or_other_title_kept(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(gazetteer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("8日，杭州市科创委公布名单", id="science-commission"),
        pytest.param("南京市招商引资工作领导小组办公室发布通知", id="leading-group-office"),
        pytest.param("中铁某局集团公司成都工程建设指挥部2个", id="project-headquarters"),
        pytest.param("他曾任江苏徐州地委书记", id="prefecture-party-committee"),
        pytest.param("上海金融法院作出判决", id="court"),
        pytest.param("参加了甘肃405基地的建设", id="numbered-base"),
        pytest.param("网友称在上海abc商场内看到", id="mall-latin-name"),
        pytest.param("江西脐橙产业园已投产", id="industrial-park"),
        pytest.param("货物从日照港出口", id="port-named-by-its-city"),
        pytest.param("宁波舟山港货物吞吐量", id="port-named-by-two-cities"),
        pytest.param("中欧班列从西安国际港站驶出", id="inland-port-station"),
        pytest.param("“商仓流”联动 临沂商城加速“买全球卖全球”", id="market-named-by-its-city"),
        pytest.param("游客还要去周村古商城逛一逛", id="old-market-named-by-its-district"),
        pytest.param("浏阳河畔的花炮企业订单饱满", id="river-named-like-a-county"),
        pytest.param("游客在上海迪士尼乐园游玩", id="theme-park"),
        pytest.param("遗址位于鸭子河南岸", id="river-bank-not-henan"),
        pytest.param("亚冬会期间，哈尔滨冰雪大世界游客如织", id="ice-park"),
        pytest.param("将依托中新天津生态城推动升级", id="eco-city"),
        pytest.param("北京环球度假区正式开园", id="resort"),
        pytest.param("嫦娥五号从海南文昌航天发射场升空", id="launch-site"),
        pytest.param("银川金凤山开发区项目", id="named-development-zone"),
        pytest.param("消费者在珲春东北亚国际商品城选购", id="named-market"),
        pytest.param("宜宾港志城作业区的集装箱堆场", id="port-operation-area"),
    ],
)
def test_gazetteer_place_heading_body_or_facility_not_linked(
    gazetteer: Gazetteer, text: str
) -> None:
    assert _found(gazetteer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "广东建设3个产业基地", [("广东", iris.place_iri("440000"))], id="builds-bases"
        ),
        pytest.param(
            "在广州花都港申报进口", [("广州", iris.place_iri("440100"))], id="port-name-with-du"
        ),
        pytest.param(
            "岳阳城陵矶港集装箱码头", [("岳阳", iris.place_iri("430600"))], id="named-port"
        ),
        pytest.param(
            "秘鲁钱凯港迎来首批靠港船舶", [("秘鲁", iris.place_iri("iso-per"))], id="foreign-port"
        ),
        pytest.param(
            "湖南怀化国际陆港，集装箱", [("湖南", iris.place_iri("430000"))], id="province-address"
        ),
        pytest.param(
            "瑞丽市口岸通关量回升", [("瑞丽市", iris.place_iri("533102"))], id="a-citys-port"
        ),
        pytest.param(
            "中国香港特区",
            [("中国香港", iris.place_iri("810000"))],  # one name: 中国 is not alone here
            id="hong-kong",
        ),
        pytest.param(
            "浙江法院系统", [("浙江", iris.place_iri("330000"))], id="court-system-not-named"
        ),
        pytest.param(
            "深圳商场客流回升", [("深圳", iris.place_iri("440300"))], id="malls-common-noun"
        ),
    ],
)
def test_gazetteer_place_before_ordinary_noun_kept(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(gazetteer, text) == expected


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("《江西柑橘产业提质增效三年行动计划（2022—2024年）》", id="year-range-dash"),
        pytest.param("《数字经济发展规划(2021-2025年)》", id="year-range-ascii"),
        pytest.param("《外贸企业扶持办法（试行）》", id="trial"),
    ],
)
def test_titles_ending_in_period_note_are_policy_documents(title: str) -> None:
    from kg.nlp.patterns import find_titles

    text = f"省商务厅印发的{title}提出，要加快发展。"
    assert [(m.text, m.label) for m in find_titles(text)] == [(title, "Legislation")]


@pytest.mark.parametrize("title", ["《中国统计年鉴（2021）》", "《外贸发展报告（2021—2022年）》"])
def test_titles_with_period_note_but_no_document_ending_are_skipped(title: str) -> None:
    from kg.nlp.patterns import find_titles

    assert find_titles(f"据{title}显示") == []


def _contributors(*paragraphs: str) -> set[str]:
    parts, offset = [], 0
    for text in paragraphs:
        parts.append(Paragraph(text, offset, offset + len(text)))
        offset += len(text) + 1
    published = datetime(2023, 5, 4, 8, 0, tzinfo=UTC)
    article = Article(
        id=iris.article_id("t", published),
        title="t",
        published=published,
        paragraphs=tuple(parts),
        source=Path("t.md"),
    )
    extraction = extract_facts(article)
    return {str(r.object) for r in extraction.relations if r.predicate == "schema:contributor"}


def test_reporter_named_before_dateline_is_contributor() -> None:
    found = _contributors("某某财经见习记者林小燕 佛山报道 6月1日，佛山举行座谈会。")
    assert found == {iris.person_iri("林小燕", "reporter")}


def test_author_line_is_contributor() -> None:
    found = _contributors("荔枝上市了。", "作者：周一鸣（someone@example.com）")
    assert found == {iris.person_iri("周一鸣", "reporter")}


def test_author_in_running_text_or_long_title_is_not_contributor() -> None:
    assert _contributors("该书作者：周一鸣认为荔枝好吃。", "作者：本报评论员") == set()


def test_zone_of_a_county_written_after_its_city_starts_at_the_city() -> None:
    extraction = extract_text("郑州新郑综合保税区进出口总值增长20%。")
    assert [(m.text, m.iri) for m in extraction.mentions] == [
        ("郑州新郑综合保税区", iris.zone_iri("bonded", "410184"))
    ]


def test_zone_named_after_an_area_that_shares_a_far_county_name_is_the_citys() -> None:
    # 兴隆县 lies in 河北: in 长春兴隆综合保税区 兴隆 is an area of 长春, not that county
    extraction = extract_text("长春兴隆综合保税区进出口额增长20%。")
    assert [(m.text, m.iri) for m in extraction.mentions] == [
        ("长春兴隆综合保税区", iris.zone_iri("bonded", "220100"))
    ]
