"""As-of named queries on the real reference graph: a zone counts from its effective date
until (not including) its end date (issue 16: batch 8, 海口 三亚 阿拉山口 revoked 2025-04-25)."""

from __future__ import annotations

from datetime import date

import pyoxigraph as ox
import pytest

from kg.query import KnowledgeGraph

KZONE = "https://w3id.org/pilot-zone-kg/id/zone/"


@pytest.fixture(scope="module")
def graph(reference_store: ox.Store) -> KnowledgeGraph:
    return KnowledgeGraph(reference_store)


@pytest.mark.parametrize(
    ("day", "zones"),
    [
        ("2021-12-31", 105),
        ("2022-06-30", 132),
        ("2022-12-31", 165),
        ("2025-04-24", 165),
        ("2025-04-25", 178),
        ("2025-06-30", 178),
    ],
)
def test_zones_as_of(graph: KnowledgeGraph, day: str, zones: int) -> None:
    assert len(graph.run_named("zones-as-of", date=day)) == zones


def test_zones_as_of_drops_revoked_zones_on_their_end_date(graph: KnowledgeGraph) -> None:
    before = {r["zone"] for r in graph.run_named("zones-as-of", date="2025-04-24").to_dicts()}
    after = {r["zone"] for r in graph.run_named("zones-as-of", date="2025-04-25").to_dicts()}
    assert before - after == {KZONE + "cbec-460100", KZONE + "cbec-460200", KZONE + "cbec-652702"}
    assert len(after - before) == 16
    rows = graph.run_named("zones-as-of", date="2025-06-30").to_dicts()
    assert sum(1 for r in rows if r["confidence"] == "single-source") == 42


@pytest.mark.parametrize(
    ("place", "zone", "into"),
    [
        ("海口", "cbec-460100", "中国（海南）跨境电子商务综合试验区"),
        ("三亚", "cbec-460200", "中国（海南）跨境电子商务综合试验区"),
        ("阿拉山口", "cbec-652702", "中国（博尔塔拉）跨境电子商务综合试验区"),
    ],
)
def test_zone_detail_shows_the_end(graph: KnowledgeGraph, place: str, zone: str, into: str) -> None:
    rows = graph.run_named("zone-detail", place=place).to_dicts()
    assert {
        (r["zone"], r["endDate"], r["endedBy"], r["absorbedInto"], r["endConfidence"]) for r in rows
    } == {(KZONE + zone, date(2025, 4, 25), "国函〔2025〕40号", into, "single-source")}


def test_zone_detail_of_a_zone_in_force_has_no_end(graph: KnowledgeGraph) -> None:
    rows = graph.run_named("zone-detail", place="金华").to_dicts()
    assert {(r["endDate"], r["endedBy"], r["confidence"]) for r in rows} == {
        (None, None, "confirmed")
    }


@pytest.mark.parametrize(
    ("day", "hainan", "xinjiang"), [("2025-04-24", 2, 4), ("2025-04-25", 1, 4)]
)
def test_zones_per_province_as_of_counts_the_revocations(
    graph: KnowledgeGraph, day: str, hainan: int, xinjiang: int
) -> None:
    rows = {
        r["province"]: r for r in graph.run_named("zones-per-province-as-of", date=day).to_dicts()
    }
    assert (rows["海南省"]["zones"], rows["新疆维吾尔自治区"]["zones"]) == (hainan, xinjiang)
    assert sum(r["zones"] for r in rows.values()) == (165 if day < "2025-04-25" else 178)
    assert sum(r["unconfirmed"] for r in rows.values()) == 6


@pytest.mark.parametrize(
    ("day", "batch", "in_force"),
    [("2022-12-31", 7, 165), ("2025-04-24", 7, 165), ("2025-06-30", 8, 178)],
)
def test_batch_in_force_counts_zones_in_force(
    graph: KnowledgeGraph, day: str, batch: int, in_force: int
) -> None:
    rows = graph.run_named("batch-in-force", date=day).to_dicts()
    assert [(r["batch"], r["zonesInForce"], r["cumulativeZoneCount"]) for r in rows] == [
        (batch, in_force, in_force)
    ]


def test_zones_by_province_leaves_revoked_zones_out(graph: KnowledgeGraph) -> None:
    rows = {r["province"]: r["zones"] for r in graph.run_named("zones-by-province").to_dicts()}
    assert rows["海南省"] == 1 and sum(rows.values()) == 178


def test_zones_in_batch_8_and_ended_zones_of_batch_3(graph: KnowledgeGraph) -> None:
    assert len(graph.run_named("zones-in-batch", batch=8)) == 16
    ended = [r for r in graph.run_named("zones-in-batch", batch=3).to_dicts() if r["endDate"]]
    assert [(r["placeLabel"], r["endDate"]) for r in ended] == [("海口市", date(2025, 4, 25))]
