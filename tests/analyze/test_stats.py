"""kg.analyze.stats on the mini fixture and on the real reference graph."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.analyze import (
    compute_stats,
    count_kinds,
    project_store,
    rank_nodes,
    zones_per_batch,
    zones_per_province,
)
from kg.errors import ConfigError


def test_count_kinds_mini(mini_store: ox.Store) -> None:
    counts = dict(count_kinds(project_store(mini_store)))
    assert counts["zone"] == 4
    assert counts["prefecture"] == 4
    assert counts["province"] == 2


def test_zones_per_province_mini(mini_store: ox.Store) -> None:
    assert zones_per_province(mini_store) == [("浙江省", 3), ("广东省", 1)]


def test_zones_per_batch_mini_keeps_stated_total(mini_store: ox.Store) -> None:
    rows = zones_per_batch(mini_store)
    assert [(r[0], r[2], r[3], r[5]) for r in rows] == [(1, 1, 1, 0), (6, 3, 4, 0)]
    assert rows[1][4] == "132"  # the reference says 132; the fixture holds only 4 zones


def test_rank_nodes_rejects_unknown_measure(mini_store: ox.Store) -> None:
    with pytest.raises(
        ConfigError, match=r"rank measure 'closeness' is unknown; use one of degree, pagerank"
    ):
        rank_nodes(project_store(mini_store), by="closeness")


def test_rank_nodes_filters_kinds(mini_store: ox.Store) -> None:
    rows = rank_nodes(project_store(mini_store), by="degree", kinds=("org",))
    assert [r[1] for r in rows] == ["国务院", "商务部"]


def test_zones_per_province_reference_zhejiang_has_12(reference_store: ox.Store) -> None:
    counts = dict(zones_per_province(reference_store))
    assert counts["浙江省"] == 12
    assert counts["海南省"] == 1  # 海南全岛; 海口 and 三亚 were absorbed into it (2025)
    assert sum(counts.values()) == 178


def test_zones_per_batch_reference_matches_stated_totals(reference_store: ox.Store) -> None:
    rows = zones_per_batch(reference_store)
    assert [r[0] for r in rows] == list(range(1, 9))
    assert [r[3] for r in rows] == [1, 13, 35, 59, 105, 132, 165, 178]
    assert (rows[-1][2], rows[-1][5]) == (
        16,
        3,
    )  # batch 8: 16 new zones, 海口 三亚 阿拉山口 revoked
    assert all(str(r[3]) == r[4] for r in rows)


def test_rank_nodes_reference_state_council_leads_degree(reference_store: ox.Store) -> None:
    rows = rank_nodes(project_store(reference_store), by="degree", top=3)
    assert rows[0][1] == "国务院"


def test_compute_stats_sections(mini_store: ox.Store) -> None:
    stats = compute_stats(mini_store, project_store(mini_store), top=3).as_dict()
    assert list(stats) == [
        "summary",
        "kinds",
        "relations",
        "degree",
        "pagerank",
        "bodies",
        "most_mentioned",
        "components",
        "zones_by_type",
        "zones_per_province",
        "zones_per_batch",
    ]
    assert stats["zones_by_type"] == [{"type": "CrossBorderEcommerceZone", "zones": 4}]
    assert [r["label"] for r in stats["bodies"]] == ["国务院", "商务部"]
    assert stats["most_mentioned"][0]["articles"] == 1
    assert stats["summary"][0] == {"measure": "nodes", "value": 23}
    assert len(stats["degree"]) == 3
    assert stats["components"][0]["nodes"] == 23
