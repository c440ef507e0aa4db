"""Claims of issue 13 read from article text and checked against the real reference.

First-zone claims, counts of programmes the reference does not cover (自贸试验区),
and counts stated in titles: extracted with kg.pipeline.extract_facts, written with
kg.graph.article, checked with kg.check.check_claims.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pyoxigraph as ox

from kg import iris
from kg.check import CANNOT_CHECK, CONSISTENT, INCONSISTENT, check_claims
from kg.check.figures import compare_figures
from kg.graph.article import article_quads
from kg.model import Extraction
from tests.articles import extract_text

HANGZHOU = iris.place_iri("330100")
NINGBO = iris.place_iri("330200")


def _extract(text: str, title: str = "t") -> Extraction:
    return extract_text(text, published=datetime(2022, 2, 10, 7, 0, tzinfo=UTC), title=title)


def _checked(
    reference_store: ox.Store, extraction: Extraction
) -> dict[tuple[str, str], tuple[str, int | None]]:
    store = ox.Store()
    store.extend(reference_store)
    store.extend(article_quads(extraction))
    return {
        (c.kind, c.zone_type.rsplit("#", 1)[-1]): (c.status, c.computed_value)
        for c in check_claims(store)
    }


def test_first_zone_claim_is_read_and_checked(reference_store: ox.Store) -> None:
    extraction = _extract("2015年，国家在杭州设立第一个跨境电子商务综合试验区。")
    claims = [(c.kind, c.about, c.value, c.zone_type) for c in extraction.claims]
    assert claims == [("kgo:FirstZone", HANGZHOU, 2015, "kgo:CrossBorderEcommerceZone")]
    assert _checked(reference_store, extraction) == {
        ("FirstZone", "CrossBorderEcommerceZone"): (CONSISTENT, 2015)
    }


def test_wrong_first_zone_place_is_inconsistent(reference_store: ox.Store) -> None:
    extraction = _extract("2015年，国家在宁波设立第一个跨境电子商务综合试验区。")
    assert [c.about for c in extraction.claims] == [NINGBO]
    assert _checked(reference_store, extraction) == {
        ("FirstZone", "CrossBorderEcommerceZone"): (INCONSISTENT, 2015)
    }


def test_free_trade_zone_count_is_kept_and_cannot_be_checked(reference_store: ox.Store) -> None:
    extraction = _extract("目前，我国已设立21个自贸试验区，全国跨境电商综试区已达132个。")
    kinds = {(c.kind, c.value, c.zone_type) for c in extraction.claims}
    assert kinds == {
        ("kgo:ZonesNationwide", 21, "kgo:FreeTradeZone"),
        ("kgo:ZonesNationwide", 132, "kgo:CrossBorderEcommerceZone"),
    }
    checked = _checked(reference_store, extraction)
    assert checked[("ZonesNationwide", "FreeTradeZone")] == (CANNOT_CHECK, None)
    assert checked[("ZonesNationwide", "CrossBorderEcommerceZone")][0] in {CONSISTENT, INCONSISTENT}


def test_count_in_the_title_is_a_claim() -> None:
    extraction = _extract(
        "在商务部今天举行的例行发布会上，新闻发言人表示，综试区发展成效显著。",
        title="商务部：全国跨境电商综试区已达132个",
    )
    claims = [(c.kind, c.value, c.evidence.rule, c.evidence.sentence) for c in extraction.claims]
    assert claims == [
        (
            "kgo:ZonesNationwide",
            132,
            "claim:zones-nationwide-title",
            "商务部：全国跨境电商综试区已达132个",
        )
    ]


def test_count_in_title_and_body_keeps_the_body_evidence() -> None:
    extraction = _extract(
        "目前，全国跨境电商综试区已达132个。", title="商务部：全国跨境电商综试区已达132个"
    )
    assert [(c.value, c.evidence.rule) for c in extraction.claims] == [
        (132, "claim:zones-nationwide")
    ]


def test_place_count_in_the_title_uses_the_body_place() -> None:
    extraction = _extract("浙江省各地积极推进综试区建设。", title="浙江共有12个跨境电商综试区")
    assert [(c.kind, c.about, c.value) for c in extraction.claims] == [
        ("kgo:ZonesInPlace", iris.place_iri("330000"), 12)
    ]


def _store_of(*texts: str) -> ox.Store:
    store = ox.Store()
    for i, text in enumerate(texts):
        published = datetime(2022, 4, 13 + i, 7, 0, tzinfo=UTC)
        store.extend(article_quads(extract_text(text, published=published, title=f"t{i}")))
    return store


def test_figures_of_different_partners_do_not_conflict() -> None:
    store = _store_of(
        "一季度，我国对东盟进出口1.35万亿元。", "一季度，我国对欧盟进出口1.31万亿元。"
    )
    assert [g for g in compare_figures(store) if g.is_conflicting] == []


def test_figures_of_the_same_partner_conflict() -> None:
    store = _store_of(
        "一季度，我国对东盟进出口1.35万亿元。", "一季度，我国对东盟进出口1.36万亿元。"
    )
    conflicting = [g for g in compare_figures(store) if g.is_conflicting]
    assert [(g.partner, len(g.values)) for g in conflicting] == [(iris.org_iri("asean"), 2)]


def test_province_coverage_in_the_title() -> None:
    extraction = _extract("浙江省各地积极推进综试区建设。", title="浙江实现跨境电商综试区全覆盖")
    assert [(c.kind, c.about, c.evidence.rule) for c in extraction.claims] == [
        ("kgo:ProvinceCoverage", iris.place_iri("330000"), "claim:province-coverage-title")
    ]


def _claims(text: str) -> set[tuple[str, str, int | None, str]]:
    return {(c.kind, c.about, c.value, c.zone_type) for c in _extract(text).claims}


def test_count_of_zones_the_state_council_set_up_in_batches() -> None:
    assert _claims("截至目前，国务院已先后分七批设立了165个跨境电商综试区。") == {
        ("kgo:ZonesNationwide", iris.place_iri("156"), 165, "kgo:CrossBorderEcommerceZone")
    }


def test_count_after_a_scope_word_is_the_province_named_before() -> None:
    found = _claims("浙江省已实现跨境电商综试区设区市全覆盖，全省共有12个综试区。")
    assert (
        "kgo:ZonesInPlace",
        iris.place_iri("330000"),
        12,
        "kgo:CrossBorderEcommerceZone",
    ) in found


def test_first_zone_named_by_its_official_name() -> None:
    found = _claims(
        "2015年3月，国务院批复设立中国（杭州）跨境电子商务综合试验区，这是全国首个跨境电商综试区。"
    )
    assert found == {("kgo:FirstZone", HANGZHOU, 2015, "kgo:CrossBorderEcommerceZone")}


def test_count_of_another_programme_written_after_its_name() -> None:
    assert _claims("全国已有综合保税区160余个。") == {
        ("kgo:ZonesNationwide", iris.place_iri("156"), 160, "kgo:PilotZone")
    }


def test_count_before_the_zone_word_is_a_claim_but_not_an_assessment_count() -> None:
    extraction = _extract(
        "商务部表示，下一步将依托全国165个跨境电子商务综合试验区推广新模式。"
        "西安综试区在全国105个综试区考核中排名第15。"
    )
    assert [(c.kind, c.value, c.evidence.rule) for c in extraction.claims] == [
        ("kgo:ZonesNationwide", 165, "claim:zones-nationwide")
    ]


def test_place_count_reached_after_de() -> None:
    extraction = _extract("加上此前的杭州、宁波、义乌，浙江的综试区已增至5个。")
    assert [(c.kind, c.about, c.value) for c in extraction.claims] == [
        ("kgo:ZonesInPlace", iris.place_iri("330000"), 5)
    ]


def test_a_region_first_zone_is_not_the_country_first() -> None:
    extraction = _extract(
        "中国（天津）自由贸易试验区于2015年4月21日挂牌运行，是我国北方第一个自贸试验区。"
        "2016年，重庆设立西部地区首个综合保税区。2017年，成都成为中西部省份的首个综合保税区。"
    )
    assert [c.kind for c in extraction.claims] == []


def test_first_free_trade_zone_named_by_the_zone_and_a_count_after_xianyou() -> None:
    found = _claims(
        "2013年9月挂牌的上海自贸试验区是我国第一个自由贸易试验区。重庆现有6个综合保税区，数量居西部前列。"
    )
    assert found == {
        ("kgo:FirstZone", iris.place_iri("310000"), 2013, "kgo:FreeTradeZone"),
        ("kgo:ZonesInPlace", iris.place_iri("500000"), 6, "kgo:PilotZone"),
    }


def test_a_nationwide_ordinal_of_another_programme_and_a_count_set_up_in_batches() -> None:
    found = _claims(
        "赣江新区是全国第18个国家级新区。我国已分多批次设立18个自贸试验区。宁波是全国第二个综试区。"
    )
    assert found == {
        ("kgo:ZonesNationwide", iris.place_iri("156"), 18, "kgo:PilotZone"),
        ("kgo:ZonesNationwide", iris.place_iri("156"), 18, "kgo:FreeTradeZone"),
    }


def test_a_programme_total_with_no_place_before_it_is_nationwide() -> None:
    found = _claims("至此，跨境电商综试区总数达到165个。浙江省综试区数量达到12个。")
    assert found == {
        ("kgo:ZonesNationwide", iris.place_iri("156"), 165, "kgo:CrossBorderEcommerceZone"),
        ("kgo:ZonesInPlace", iris.place_iri("330000"), 12, "kgo:CrossBorderEcommerceZone"),
    }
