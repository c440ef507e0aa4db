"""Gazetteer matching: longest match wins, names inside longer words are rejected."""

from __future__ import annotations

import pytest

from kg import iris
from kg.nlp.gazetteer import Gazetteer, GazetteerEntry
from kg.nlp.lexicon import build_gazetteer
from kg.refdata import load_reference

JINHUA = iris.place_iri("330700")
ZHEJIANG = iris.place_iri("330000")
SHENZHEN = iris.place_iri("440300")
ORDOS = iris.place_iri("150600")

#: text, expected (surface, iri) found, in order
CASES = [
    pytest.param(
        "金华、舟山设立", [("金华", JINHUA), ("舟山", iris.place_iri("330900"))], id="short-list"
    ),
    pytest.param("金华市获批", [("金华市", JINHUA)], id="full-name"),
    pytest.param(
        "商务部对外贸易司表示",
        [("商务部对外贸易司", iris.org_iri("mofcom-foreign-trade-dept"))],
        id="longest-org",
    ),
    pytest.param("MOFCOM said", [("MOFCOM", iris.org_iri("mofcom"))], id="english-alias"),
    pytest.param(
        "浙江省商务厅发布",
        [("浙江省商务厅", iris.org_iri("commerce-330000"))],
        id="provincial-body",
    ),
    pytest.param("深圳市凯中精密技术股份有限公司", [], id="place-in-company"),
    pytest.param("宁夏金晶科技有限公司", [], id="province-in-company"),
    pytest.param("在上海证券交易所、大连商品交易所上市", [], id="place-in-exchange"),
    pytest.param("阿里巴巴国际站和阿里云", [], id="alibaba-is-no-ngari"),
    pytest.param(
        "上海市统计局发布", [("上海市", iris.place_iri("310000"))], id="local-statistics-bureau"
    ),
    pytest.param(
        "国家统计局发布", [("国家统计局", iris.org_iri("nbs"))], id="national-statistics-bureau"
    ),
    pytest.param("全国跨境电商综试区", [], id="scope-word-not-a-name"),
    pytest.param("在鄂尔多斯等27个城市", [("鄂尔多斯", ORDOS)], id="place-and-stock-is-place"),
    pytest.param("中国队在攀岩项目夺冠", [], id="team-is-not-the-country"),
    pytest.param(
        "与缅甸、柬埔寨签署议定书",
        [("缅甸", iris.country_iri("MMR")), ("柬埔寨", iris.country_iri("KHM"))],
        id="country-short-name-fixed-by-hand",
    ),
    pytest.param(
        "青海、新疆等25个省（区）人民政府",
        [("青海", iris.place_iri("630000")), ("新疆", iris.place_iri("650000"))],
        id="list-before-a-body-word-is-not-a-body-name",
    ),
    pytest.param("中国香港队的选手", [], id="team-of-a-region"),
    pytest.param("麦积山石窟游客增多", [], id="mountain-named-like-a-district"),
    pytest.param(
        "丽水山区特产", [("丽水", iris.place_iri("331100"))], id="hills-of-a-city-keep-the-city"
    ),
    pytest.param("地铁房山线暂停运营", [], id="metro-line-named-like-a-district"),
    pytest.param(
        "货轮在江苏连云港装卸",
        [("江苏", iris.place_iri("320000")), ("连云港", iris.place_iri("320700"))],
        id="province-before-a-city-named-like-a-port",
    ),
    pytest.param(
        "深圳盐田港集装箱",
        [("深圳", iris.place_iri("440300"))],
        id="city-before-a-named-port-is-its-address",
    ),
    pytest.param("太仓港集装箱码头", [], id="place-naming-a-port-is-the-port-name"),
    pytest.param(
        "江苏省苏州市太仓港集装箱码头",
        [("江苏省", iris.place_iri("320000")), ("苏州市", iris.place_iri("320500"))],
        id="address-before-a-port-dock",
    ),
    pytest.param("福州江阴港区集装箱码头", [("福州", iris.place_iri("350100"))], id="port-area"),
    pytest.param("北京西站客流", [], id="station-named-by-its-city"),
    pytest.param(
        "其中江苏增长22%", [("江苏", iris.place_iri("320000"))], id="context-county-loses-a-tie"
    ),
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return build_gazetteer(load_reference())


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_gazetteer_finds_expected_names(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(m.text, m.iri) for m in gazetteer.find(text)]
    assert found == expected


def test_gazetteer_prefers_longest_overlapping_entry() -> None:
    gazetteer = Gazetteer(
        [
            GazetteerEntry("中发", "Organization", "x:short", "gazetteer:org-alias"),
            GazetteerEntry("规范中发展", "Organization", "x:long", "gazetteer:org"),
        ]
    )
    assert [m.iri for m in gazetteer.find("在规范中发展")] == ["x:long"]


def test_gazetteer_stop_alias_never_matches_alone() -> None:
    gazetteer = Gazetteer(
        [GazetteerEntry("东方", "Prefecture", "x:dongfang", "gazetteer:place-alias", short=True)],
        stop_words=["东方"],
    )
    assert gazetteer.find("东方红") == []
