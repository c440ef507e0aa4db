"""The reference graph's SHACL result is kept for the next build of the same reference."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from kg.build import _reference_shacl

_QUADS = [
    ox.Quad(
        ox.NamedNode("https://w3id.org/pilot-zone-kg/id/place/330000"),
        ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
        ox.Literal("浙江省", language="zh"),
        ox.NamedNode("https://w3id.org/pilot-zone-kg/id/graph/reference"),
    )
]


def test_the_result_is_reused_only_for_the_same_reference(tmp_path: Path) -> None:
    cache = tmp_path / "reference-shacl.json"
    first = _reference_shacl(_QUADS, cache, b"reference one")
    assert first[2] is False and cache.exists()
    again = _reference_shacl(_QUADS, cache, b"reference one")
    assert again == (first[0], first[1], True)
    other = _reference_shacl(_QUADS, cache, b"reference two")
    assert other[2] is False  # another reference: validated again


def test_a_broken_cache_is_validated_again(tmp_path: Path) -> None:
    cache = tmp_path / "reference-shacl.json"
    cache.write_text("{not json", encoding="utf-8")
    conforms, _, reused = _reference_shacl(_QUADS, cache, b"reference")
    assert reused is False
    assert json.loads(cache.read_text(encoding="utf-8"))["conforms"] == conforms
