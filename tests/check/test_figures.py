"""compare_figures on hand-written observations (tests/check/data/claims.trig)."""

from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox

from kg.check import compare_figures

KGR = "https://w3id.org/pilot-zone-kg/id/"


def test_compare_figures_puts_conflicting_values_first_with_sources(mini_store: ox.Store) -> None:
    groups = compare_figures(mini_store)
    first = groups[0]
    assert first.is_conflicting
    assert (first.about_label, first.measure, first.statistic) == (
        "浙江省",
        "crossBorderEcommerceTradeValue",
        "Level",
    )
    assert [(s.source_file, s.value) for s in first.sources] == [
        ("a-jinhua.md", Decimal("330290000000")),
        ("c-2023.md", Decimal("330200000000")),
    ]
    assert (
        first.sources[0].sentence
        == "据测算，2021年，全省实现跨境电商进出口3302.9亿元，同比增长30.7%。"
    )


def test_compare_figures_same_value_in_two_articles_is_not_a_conflict(mini_store: ox.Store) -> None:
    groups = [g for g in compare_figures(mini_store) if g.about == KGR + "place/156"]
    trade = [g for g in groups if g.measure == "crossBorderEcommerceTradeValue"]
    assert len(trade) == 1  # the USD figure is another unit, reported by one article only
    assert trade[0].unit == "CNY"
    assert trade[0].values == (Decimal("1980000000000"),)
    assert not trade[0].is_conflicting


def test_compare_figures_without_a_period_never_conflict(mini_store: ox.Store) -> None:
    warehouses = [g for g in compare_figures(mini_store) if g.measure == "overseasWarehouseCount"]
    assert len(warehouses) == 1
    assert warehouses[0].values == (Decimal("2000"), Decimal("2400"))
    assert not warehouses[0].has_period
    assert not warehouses[0].is_conflicting
    assert warehouses[0].sources[0].approximation == "more-than"


def test_compare_figures_min_articles_one_lists_single_reports(mini_store: ox.Store) -> None:
    measures = {g.measure for g in compare_figures(mini_store, min_articles=1)}
    assert "activeOnlineShopCount" in measures
    assert "activeOnlineShopCount" not in {g.measure for g in compare_figures(mini_store)}
