"""Done-when checks of issue 5 on the real bundled articles."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kg import iris
from kg.model import Extraction, Relation
from tests.conftest import ON_TOPIC, SEED_JINHUA, SEED_MOFCOM

DOC = iris.doc_iri("guohan-2022-8", is_number_slug=True)
STATE_COUNCIL = iris.org_iri("state-council")
ZHEJIANG = iris.place_iri("330000")
CHINA = iris.place_iri("156")
GAO_FENG = iris.person_iri("高峰", "mofcom")
ZONE_PREDICATES = {"kgo:establishes", "kgo:inBatch", "schema:legislationPassedBy"}


def _triples(extraction: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, str(r.object)) for r in extraction.relations}


def _levels(extraction: Extraction) -> dict[tuple[str, str, str], Decimal]:
    return {(o.about, o.measure, o.statistic): o.value for o in extraction.observations}


def test_extract_facts_seed_approval_relations(extractions: dict[str, Extraction]) -> None:
    triples = _triples(extractions[SEED_JINHUA.name])
    assert (DOC, "schema:legislationPassedBy", STATE_COUNCIL) in triples
    assert (DOC, "kgo:establishes", iris.zone_iri("cbec", "330700")) in triples
    assert (DOC, "kgo:establishes", iris.zone_iri("cbec", "330900")) in triples
    # 2015年，国家在杭州设立… is history, not what the 2022 reply establishes
    assert (DOC, "kgo:establishes", iris.zone_iri("cbec", "330100")) not in triples


def test_extract_facts_seed_title_links_reference_document(
    extractions: dict[str, Extraction],
) -> None:
    titles = [m for m in extractions[SEED_JINHUA.name].mentions if m.label == "Legislation"]
    assert [m.text for m in titles] == [
        "《关于同意在鄂尔多斯等27个城市和地区设立跨境电子商务综合试验区的批复》",
        "《批复》",
    ]
    assert {m.iri for m in titles} == {DOC}


def test_extract_facts_zhejiang_2021_observations(extractions: dict[str, Extraction]) -> None:
    levels = _levels(extractions[SEED_JINHUA.name])
    assert levels[(ZHEJIANG, "kgo:crossBorderEcommerceTradeValue", "kgo:Level")] == Decimal(
        "330290000000"
    )
    assert levels[
        (ZHEJIANG, "kgo:crossBorderEcommerceTradeValue", "kgo:YearOnYearGrowth")
    ] == Decimal("30.7")
    assert levels[(ZHEJIANG, "kgo:crossBorderEcommerceExportValue", "kgo:Level")] == Decimal(
        "243020000000"
    )
    assert levels[
        (ZHEJIANG, "kgo:crossBorderEcommerceExportValue", "kgo:YearOnYearGrowth")
    ] == Decimal("39.3")
    assert levels[(ZHEJIANG, "kgo:activeOnlineShopCount", "kgo:Level")] == Decimal("149000")
    shops = [
        o
        for o in extractions[SEED_JINHUA.name].observations
        if o.measure == "kgo:activeOnlineShopCount"
    ]
    assert shops[0].unit == "C62"
    assert shops[0].period_start == date(2021, 1, 1) and shops[0].period_end == date(2021, 12, 31)


def test_extract_facts_growth_points_to_its_level(extractions: dict[str, Extraction]) -> None:
    observations = extractions[SEED_JINHUA.name].observations
    by_iri = {o.iri: o for o in observations}
    growths = [o for o in observations if o.statistic == "kgo:YearOnYearGrowth"]
    assert len(growths) == 2
    for growth in growths:
        level = by_iri[growth.growth_of or ""]
        assert (level.measure, level.about, level.statistic) == (
            growth.measure,
            growth.about,
            "kgo:Level",
        )


def test_extract_facts_national_observations(extractions: dict[str, Extraction]) -> None:
    observations = extractions[SEED_MOFCOM.name].observations
    found = {
        (o.measure, o.statistic, o.value, o.unit, o.period_start, o.approximation)
        for o in observations
    }
    assert all(o.about == CHINA for o in observations)
    trade = "kgo:crossBorderEcommerceTradeValue"
    assert (trade, "kgo:Level", Decimal("1980000000000"), "CNY", date(2021, 1, 1), None) in found
    assert (trade, "kgo:YearOnYearGrowth", Decimal("15"), "P1", date(2021, 1, 1), None) in found
    q1 = [o for o in observations if o.value == Decimal("434500000000")]
    assert [(o.measure, o.period_start, o.period_end) for o in q1] == [
        (trade, date(2022, 1, 1), date(2022, 3, 31))
    ]
    assert (
        "kgo:overseasWarehouseCount",
        "kgo:Level",
        Decimal("2000"),
        "C62",
        None,
        "more-than",
    ) in found
    assert (
        "kgo:overseasWarehouseArea",
        "kgo:Level",
        Decimal("16000000"),
        "MTK",
        None,
        "more-than",
    ) in found


def test_extract_facts_spokesperson_holds_mofcom_post(extractions: dict[str, Extraction]) -> None:
    extraction = extractions[SEED_MOFCOM.name]
    post = iris.post_iri("mofcom", "spokesperson")
    assert (GAO_FENG, "org:holds", post) in _triples(extraction)
    entities = {e.iri: e for e in extraction.entities}
    assert ("org:postIn", iris.org_iri("mofcom")) in entities[post].facts
    assert entities[GAO_FENG].in_reference is False


def test_extract_facts_reporters_and_editor(extractions: dict[str, Extraction]) -> None:
    extraction = extractions[SEED_MOFCOM.name]
    article = iris.article_iri(extraction.article.id)
    contributors = {
        str(r.object) for r in extraction.relations if r.predicate == "schema:contributor"
    }
    assert contributors == {
        iris.person_iri(n, "reporter") for n in ("刘颖", "张道峰", "朱继华", "李超", "王佳林")
    }
    assert (article, "schema:editor", iris.person_iri("李墨轩", "editor")) in _triples(extraction)


def test_extract_facts_claims(extractions: dict[str, Extraction]) -> None:
    jinhua = {
        (c.kind, c.about, c.value, c.upto_batch) for c in extractions[SEED_JINHUA.name].claims
    }
    mofcom = {
        (c.kind, c.about, c.value, c.upto_batch) for c in extractions[SEED_MOFCOM.name].claims
    }
    assert jinhua == {
        ("kgo:ZonesInPlace", ZHEJIANG, 12, None),
        ("kgo:ZonesInPlace", iris.place_iri("330700"), 2, None),
        ("kgo:ProvinceCoverage", ZHEJIANG, None, None),
        ("kgo:FirstZone", iris.place_iri("330100"), 2015, None),  # 2015年，国家在杭州设立第一个…
    }
    assert mofcom == {
        ("kgo:ZonesNationwide", CHINA, 132, None),
        ("kgo:ZonesInFirstBatches", CHINA, 105, 5),
    }
    assert {c.as_of for c in extractions[SEED_MOFCOM.name].claims} == {date(2022, 4, 21)}


@pytest.mark.parametrize("name", sorted(n for n, on in ON_TOPIC.items() if not on))
def test_extract_facts_off_topic_has_no_zone_relations(
    extractions: dict[str, Extraction], name: str
) -> None:
    extraction = extractions[name]
    # an off-topic article may still name who issued a document of its own field (028: a
    # provincial lychee plan, in the dev gold); it never states zone facts
    zone_facts = ZONE_PREDICATES - {"schema:legislationPassedBy"}
    assert [r for r in extraction.relations if r.predicate in zone_facts] == []
    assert [
        m for m in extraction.mentions if m.label in {"CrossBorderEcommerceZone", "Batch"}
    ] == []


def test_extract_facts_evidence_quotes_the_body(extractions: dict[str, Extraction]) -> None:
    for extraction in extractions.values():
        body = extraction.article.body
        records: list[Relation | object] = [
            *extraction.relations,
            *extraction.observations,
            *extraction.claims,
        ]
        for record in records:
            ev = record.evidence  # type: ignore[attr-defined]
            assert body[ev.start : ev.end] == ev.quote
            assert ev.rule


def test_extract_facts_mentions_are_linked_spans(extractions: dict[str, Extraction]) -> None:
    for extraction in extractions.values():
        for mention in extraction.mentions:
            assert mention.iri is not None
            assert extraction.article.body[mention.start : mention.end] == mention.text


def test_extract_facts_fta_is_not_a_zone(extractions: dict[str, Extraction]) -> None:
    extraction = extractions["011.md"]
    zone_mentions = [m for m in extraction.mentions if "zone/" in (m.iri or "")]
    assert all("自贸区" not in m.text for m in zone_mentions)


def test_extract_facts_stock_name_is_the_place(extractions: dict[str, Extraction]) -> None:
    ordos = [m for m in extractions[SEED_JINHUA.name].mentions if m.text == "鄂尔多斯"]
    assert [m.iri for m in ordos] == [iris.place_iri("150600")]
    assert all(e.types[0] != "schema:Organization" for e in extractions[SEED_JINHUA.name].entities)


def test_extract_facts_is_deterministic(extractions: dict[str, Extraction]) -> None:
    from kg.ingest import read_article
    from kg.pipeline import extract_facts

    again = extract_facts(read_article(SEED_JINHUA))
    assert again == extractions[SEED_JINHUA.name]
