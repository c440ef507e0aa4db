"""The closed kgo namespace matches the TBox, and unknown terms are rejected."""

from __future__ import annotations

import pytest

from kg.errors import OntologyError
from kg.graph import gen_namespaces
from kg.graph.namespaces import KGO, KGO_TERMS
from kg.graph.terms import node, resolve_curie
from kg.iris import KGO as KGO_IRI


def test_namespaces_module_matches_tbox() -> None:
    expected = gen_namespaces.render_namespaces(gen_namespaces.tbox_terms())
    actual = gen_namespaces.OUTPUT_PATH.read_text(encoding="utf-8")
    assert actual == expected, "run: python -m kg.graph.gen_namespaces"


def test_kgo_terms_cover_readme_shapes() -> None:
    for term in (
        "Province",
        "CrossBorderEcommerceZone",
        "inBatch",
        "hostProvince",
        "establishes",
        "effectiveDate",
        "confidence",
        "adcode",
        "ArticleGraph",
        "documentNumber",
    ):
        assert term in KGO_TERMS


def test_kgo_closed_namespace_raises_on_unknown_term() -> None:
    assert str(KGO.inBatch) == KGO_IRI + "inBatch"
    with pytest.raises(AttributeError):
        _ = KGO.inBacth


def test_resolve_curie_expands_known_prefixes() -> None:
    assert resolve_curie("kgo:establishes") == KGO_IRI + "establishes"
    assert resolve_curie("schema:containedInPlace") == "https://schema.org/containedInPlace"
    assert node("skos:prefLabel").value == "http://www.w3.org/2004/02/skos/core#prefLabel"


def test_resolve_curie_unknown_kgo_term_names_close_matches() -> None:
    with pytest.raises(OntologyError, match=r"'kgo:inbatch'.*kgo:inBatch"):
        resolve_curie("kgo:inbatch")


def test_resolve_curie_unknown_prefix_lists_prefixes() -> None:
    with pytest.raises(OntologyError, match="unknown prefix 'foo'.*kgo"):
        resolve_curie("foo:bar")
