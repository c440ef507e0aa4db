"""County names link only with context; the must-not place classes of GOLD-GUIDELINES.md.

Every text here is made up for the rule; none is copied from an annotated article.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kg import iris
from kg.model import Article, Paragraph
from kg.nlp.gazetteer import COUNTY_CONTEXT_RULE
from kg.nlp.lexicon import build_gazetteer
from kg.pipeline import extract_facts
from kg.refdata import load_reference

_PLACE_LABELS = {"Country", "Province", "Prefecture", "County", "SpecialArea"}


def _article(text: str) -> Article:
    published = datetime(2023, 5, 4, 8, 0, tzinfo=UTC)
    return Article(
        id=iris.article_id("t", published),
        title="t",
        published=published,
        paragraphs=(Paragraph(text, 0, len(text)),),
        source=Path("t.md"),
    )


def _places(text: str) -> list[tuple[str, str]]:
    """(text, place code) of every linked place mention of ``text``."""
    mentions = extract_facts(_article(text)).mentions
    return [
        (m.text, (m.iri or "").rsplit("/", 1)[-1]) for m in mentions if m.label in _PLACE_LABELS
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "南京市鼓楼区举行活动。",
            [("南京市", "320100"), ("鼓楼区", "320106")],
            id="shared-after-city",
        ),
        pytest.param(
            "福州鼓楼区举行活动。",
            [("福州", "350100"), ("鼓楼区", "350102")],
            id="shared-other-city",
        ),
        pytest.param(
            "在南京，鼓楼区举行活动。",
            [("南京", "320100"), ("鼓楼区", "320106")],
            id="shared-same-sentence",
        ),
        pytest.param("鼓楼区举行活动。", [], id="shared-alone"),
        pytest.param(
            "江苏鼓楼区举行活动。", [("江苏", "320000")], id="shared-province-two-candidates"
        ),
        pytest.param(
            "南京举行活动。鼓楼区也举行活动。",
            [("南京", "320100"), ("鼓楼区", "320106")],
            id="shared-prefecture-in-article",
        ),
        pytest.param(
            "南京和福州举行活动。鼓楼区也举行活动。",
            [("南京", "320100"), ("福州", "350100")],
            id="shared-two-prefectures-in-article",
        ),
        pytest.param(
            "江苏举行活动。鼓楼区也举行活动。",
            [("江苏", "320000")],
            id="shared-only-province-in-article",
        ),
        pytest.param(
            "达州发布暴雨预警。\n其中，万源、宣汉、开江将出现暴雨。",
            [("达州", "511700"), ("万源", "511781"), ("宣汉", "511722"), ("开江", "511723")],
            id="alias-list-prefecture-in-article-and-list-tail",
        ),
        pytest.param("万源、宣汉将出现暴雨。", [], id="alias-list-alone"),
        pytest.param(
            "在大连，风情街建在当年的旅顺口。",
            [("大连", "210200"), ("旅顺口", "210212")],
            id="alias-after-de",
        ),
        pytest.param(
            "广东增城荔枝出口。",
            [("广东", "440000"), ("增城", "440118")],
            id="alias-after-province",
        ),
        pytest.param("增城荔枝出口。", [], id="alias-alone"),
        pytest.param(
            "在大连，金州、旅顺口等地发展很快。",
            [("大连", "210200"), ("金州", "210213"), ("旅顺口", "210212")],
            id="alias-in-list",
        ),
        pytest.param("金州区发布通知。", [("金州区", "210213")], id="unique-full-name"),
        pytest.param(
            "大连市金州区发布通知。",
            [("大连市", "210200"), ("金州区", "210213")],
            id="unique-after-city",
        ),
        pytest.param(
            "安徽含山县发布通知。",
            [("安徽", "340000"), ("含山县", "340522")],
            id="unique-after-province",
        ),
        pytest.param(
            "北京市朝阳区发布通知。",
            [("北京市", "110000"), ("朝阳区", "110105")],
            id="municipality-district",
        ),
        pytest.param("义乌小商品出口增长。", [("义乌", "330782")], id="free-alias"),
        pytest.param("RCEP将强化海南区位优势。", [("海南", "460000")], id="district-before-word"),
    ],
)
def test_county_context_rule(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("企业加上海外订单增多。", [], id="shanghai-in-jia-shang-haiwai"),
        pytest.param(
            "浙江衢州占据半壁江山。",
            [("浙江", "330000"), ("衢州", "330800")],
            id="jiangshan-in-idiom",
        ),
        pytest.param(
            "甘肃甘南与东盟开展经贸合作。",
            [("甘肃", "620000"), ("甘南", "623000")],
            id="hezuo-in-cooperation",
        ),
        pytest.param("甘南合作市场活跃。", [("甘南", "623000")], id="hezuo-city-in-market"),
        pytest.param(
            "广西桂林资源丰富。", [("广西", "450000"), ("桂林", "450300")], id="ziyuan-as-word"
        ),
        pytest.param("青岛啤酒销量上升。", [], id="qingdao-in-brand"),
        pytest.param("厦门大学教授表示。", [], id="xiamen-in-university"),
        pytest.param("王毅在美国对外关系委员会演讲。", [], id="country-in-institution"),
        pytest.param(
            "综保区位于成都天府国际机场北侧。从成都出发。",
            [("成都", "510100")],
            id="city-in-airport-name",
        ),
        pytest.param(
            "横跨黑龙江的大桥通车，黑龙江大桥连接两岸。黑龙江外贸增长。",
            [("黑龙江", "230000")],
            id="amur-river-not-the-province",
        ),
        pytest.param("新甘肃客户端消息。", [], id="news-app-named-after-province"),
        pytest.param("石狮服装城和丹阳眼镜城的商户。", [], id="places-naming-markets"),
        pytest.param("包括天津港片区、天津机场片区。", [], id="places-naming-ftz-areas"),
        pytest.param("崖州湾科技城和三亚国际免税城。", [], id="places-naming-a-bay-and-facilities"),
        pytest.param("受蒙古气旋影响，北方沙尘。", [], id="country-naming-a-weather-system"),
        pytest.param(
            "在巴西、巴基斯坦设有生产基地。",
            [("巴西", "iso-bra"), ("巴基斯坦", "iso-pak")],
            id="country-before-a-verb-and-base",
        ),
        pytest.param("游客参观云冈石窟和应县木塔。", [], id="places-naming-landmarks"),
        pytest.param("2024无锡马拉松鸣枪，大同古城灯会开幕。", [], id="places-in-event-names"),
        pytest.param(
            "绍兴柯桥中国轻纺城。",
            [("绍兴", "330600"), ("柯桥", "330603")],
            id="china-in-a-market-name",
        ),
        pytest.param(
            "中国选手何杰夺冠，浙江队获胜。", [("中国", "156")], id="athlete-of-a-country"
        ),
        pytest.param(
            "上海申花主场战胜北京国安，山东泰山战平成都蓉城。", [], id="places-in-club-names"
        ),
        pytest.param("推出的“数字敦煌”沉浸式展览。", [], id="place-in-a-quoted-project-name"),
        pytest.param(
            "峰会在西安举行，签署了《中国—中亚峰会西安宣言》。",
            [("西安", "610100")],
            id="place-in-a-title-named-outside-it",
        ),
        pytest.param(
            "签署了《中国—中亚峰会西安宣言》。", [("西安", "610100")], id="place-only-in-a-title"
        ),
        pytest.param(
            "在自贸试验区芜湖片区，芜湖外贸增长。", [("芜湖", "340200")], id="place-in-ftz-area"
        ),
        pytest.param(
            "推出“跟着悟空游山西”主题线路。", [("山西", "140000")], id="quoted-trip-to-a-place"
        ),
        pytest.param("长春金赛药业的生产车间。", [], id="city-in-company-name"),
        pytest.param(
            "公司在北京、上海设立研发中心。",
            [("北京", "110000"), ("上海", "310000")],
            id="place-before-a-verb-and-centre",
        ),
    ],
)
def test_must_not_place_classes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


def test_full_name_of_a_common_word_county_still_links() -> None:
    assert _places("广西资源县发布通知。") == [("广西", "450000"), ("资源县", "450329")]


def test_gazetteer_marks_ambiguous_county_names_for_context() -> None:
    gazetteer = build_gazetteer(load_reference())
    for name in ("鼓楼区", "增城", "金州", "吉县"):
        entry = gazetteer.lookup(name)
        assert entry is not None and entry.rule == COUNTY_CONTEXT_RULE and not entry.iri, name
    unique = gazetteer.lookup("金州区")
    assert unique is not None and unique.iri == iris.place_iri("210213")
    for word in ("合作", "江山", "城区", "资源"):
        entry = gazetteer.lookup(word)
        assert entry is None or entry.label != "County", word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "榕江“村超”开赛。据榕江县文体广电旅游局介绍，观众很多。",
            [("榕江", "522632")],
            id="alias-whose-full-name-the-article-writes",
        ),
        pytest.param(
            "吉隆口岸进出口增长。吉隆县位于日喀则。",
            [("吉隆县", "540234"), ("日喀则", "540200")],
            id="port-of-entry",
        ),
    ],
)
def test_county_rule_five_and_ports(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected
