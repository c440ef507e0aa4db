"""County-level divisions and coordinates of data/reference/places.tsv (issue 13, item 2)."""

from __future__ import annotations

from collections import Counter

import pyoxigraph as ox

from kg.graph.reference import reference_quads
from kg.refdata import load_reference

_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"


def test_every_county_lies_in_a_prefecture_or_its_province() -> None:
    ref = load_reference()
    counties = [p for p in ref.places.values() if p.level == "county"]
    parents = Counter(ref.places[c.parent].level for c in counties if c.parent)
    assert parents["prefecture"] + parents["province"] == len(counties) == 2848
    assert ref.places["110105"].parent == "110000"  # 朝阳区: a municipality's district
    assert ref.places["210213"].parent == "210200"  # 金州区 → 大连市
    assert ref.places["139001"].parent == "130000"  # 定州市: directly under 河北
    assert ref.places["330782"].aliases_zh == ("义乌",)


def test_hand_updates_reach_the_counties() -> None:
    ref = load_reference()
    assert not [c for c in ref.places if c.startswith(("3712", "5424"))]  # 莱芜市, 那曲地区
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
    assert len(divisions) == 34 + 333 + 2848
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
    assert len(lat) == len(lon) == 34 + 333 + 2848
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
