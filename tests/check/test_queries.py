"""The named queries of issue 10 on the hand-written fixture (tests/check/data)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pyoxigraph as ox
import pytest

from kg.check import check_claims
from kg.graph.summary import add_summary
from kg.query import KnowledgeGraph


@pytest.fixture()
def graph(mini_store: ox.Store) -> KnowledgeGraph:
    """A copy of the mini store with the summary facts a build would have emitted."""
    store = ox.Store()
    store.extend(mini_store)
    add_summary(store)
    return KnowledgeGraph(store)


def test_claims_check_query_agrees_with_check_claims(graph: KnowledgeGraph) -> None:
    in_sparql = {row["claim"]: row["status"] for row in graph.run_named("claims-check").to_dicts()}
    in_python = {c.claim: c.status for c in check_claims(graph.store)}
    assert in_sparql == in_python


def test_inconsistent_claims_query_lists_only_the_contradictions(graph: KnowledgeGraph) -> None:
    rows = graph.run_named("inconsistent-claims").to_dicts()
    got = {(r["claim"].rsplit("/", 1)[1], r["claimed"], r["computed"]) for r in rows}
    assert got == {("bbbb-sdcov", None, 1), ("cccc-nat", 15, 16), ("dddd-zj13", 13, 12)}
    zj13 = next(r for r in rows if r["claim"].endswith("dddd-zj13"))
    assert zj13["sentence"] == "浙江共有13个综试区，率先实现省域全覆盖。"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        pytest.param("2022-02-07", {"浙江省": (10, 0), "山东省": (2, 0)}, id="before-batch-6"),
        pytest.param("2022-04-21", {"浙江省": (12, 0), "山东省": (3, 0)}, id="after-batch-6"),
        pytest.param("2023-01-01", {"浙江省": (12, 0), "山东省": (4, 1)}, id="after-batch-7"),
    ],
)
def test_zones_per_province_as_of_counts_zones_in_force(
    graph: KnowledgeGraph, day: str, expected: dict[str, tuple[int, int]]
) -> None:
    rows = graph.run_named("zones-per-province-as-of", date=day).to_dicts()
    assert {r["province"]: (r["zones"], r["unconfirmed"]) for r in rows} == expected


@pytest.mark.parametrize(
    ("day", "batch"),
    [("2015-03-07", 1), ("2022-02-07", 5), ("2022-02-08", 6), ("2022-11-13", 6), ("2024-01-01", 7)],
)
def test_batch_in_force_is_the_latest_batch_by_the_date(
    graph: KnowledgeGraph, day: str, batch: int
) -> None:
    rows = graph.run_named("batch-in-force", date=day).to_dicts()
    assert [r["batch"] for r in rows] == [batch]


def test_batch_in_force_before_the_first_batch_is_empty(graph: KnowledgeGraph) -> None:
    assert len(graph.run_named("batch-in-force", date="2014-12-31")) == 0


def test_figures_compare_shows_both_articles_values(graph: KnowledgeGraph) -> None:
    rows = graph.run_named(
        "figures-compare", place="浙江", measure="crossBorderEcommerceTradeValue"
    ).to_dicts()
    assert [(r["value"], r["published"].date()) for r in rows] == [
        (330290000000, date(2022, 2, 10)),
        (330200000000, date(2023, 3, 1)),
    ]
    assert {Decimal(r["value"]) for r in rows} == {Decimal("330290000000"), Decimal("330200000000")}
