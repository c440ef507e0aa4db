"""SHACL shapes beyond the reference graph: observations, labels, article provenance."""

from __future__ import annotations

import pyoxigraph as ox

from kg.graph.shacl import validate_graph
from kg.graph.terms import node
from kg.iris import KGR, article_graph_iri, article_iri

AID = "0123456789abcdef"
G = ox.NamedNode(article_graph_iri(AID))
ART = ox.NamedNode(article_iri(AID))
OBS = ox.NamedNode(KGR + "obs/x")
ZJ = ox.NamedNode(KGR + "place/330000")
XSD = "http://www.w3.org/2001/XMLSchema#"


def _q(s: ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal) -> ox.Quad:
    return ox.Quad(s, node(p), o, G)


def _article_quads(*, provenance: bool = True) -> list[ox.Quad]:
    quads = [
        _q(ART, "rdf:type", node("schema:NewsArticle")),
        _q(ZJ, "rdf:type", node("schema:Place")),
        _q(ZJ, "skos:prefLabel", ox.Literal("浙江省", language="zh")),
    ]
    if provenance:
        quads.append(_q(G, "prov:wasDerivedFrom", ART))
    return quads


def _observation(*, with_unit: bool) -> list[ox.Quad]:
    quads = [
        _q(OBS, "rdf:type", node("schema:Observation")),
        _q(OBS, "schema:value", ox.Literal("330290000000", datatype=ox.NamedNode(XSD + "decimal"))),
        _q(OBS, "schema:observationAbout", ZJ),
        _q(
            OBS,
            "schema:observationDate",
            ox.Literal("2021-01-01", datatype=ox.NamedNode(XSD + "date")),
        ),
    ]
    if with_unit:
        quads.append(_q(OBS, "schema:unitCode", ox.Literal("CNY")))
    return quads


def test_validate_graph_complete_article_conforms() -> None:
    conforms, report = validate_graph(_article_quads() + _observation(with_unit=True))
    assert conforms, report


def test_validate_graph_article_graph_without_provenance_fails() -> None:
    conforms, report = validate_graph(_article_quads(provenance=False))
    assert not conforms
    assert "prov:wasDerivedFrom" in report and AID in report


def test_validate_graph_observation_without_unit_fails() -> None:
    conforms, report = validate_graph(_article_quads() + _observation(with_unit=False))
    assert not conforms
    assert "obs/x" in report and "unit" in report


def test_validate_graph_untagged_preflabel_fails() -> None:
    quads = _article_quads() + [_q(ZJ, "skos:prefLabel", ox.Literal("Zhejiang"))]
    conforms, report = validate_graph(quads)
    assert not conforms
    assert "language tag" in report


def test_validate_graph_accepts_store() -> None:
    store = ox.Store()
    store.extend(_article_quads())
    assert validate_graph(store)[0]


def _checker_verdict(quads: list[ox.Quad]) -> tuple[bool, str]:
    from kg.graph.shacl import ArticleChecker

    problems = ArticleChecker([]).check(
        [(q.subject, q.predicate, q.object) for q in quads], G.value
    )
    return not problems, "\n".join(problems)


def test_article_checker_agrees_with_pyshacl() -> None:
    cases = [
        _article_quads() + _observation(with_unit=True),
        _article_quads(provenance=False),
        _article_quads() + _observation(with_unit=False),
        _article_quads() + [_q(ZJ, "skos:prefLabel", ox.Literal("Zhejiang"))],
        _article_quads() + [_q(OBS, "rdf:type", node("schema:Observation"))],
    ]
    for quads in cases:
        expected, report = validate_graph(quads)
        got, problems = _checker_verdict(quads)
        assert got == expected, (report, problems)


def test_article_checker_names_focus_and_message() -> None:
    ok, problems = _checker_verdict(_article_quads() + _observation(with_unit=False))
    assert not ok
    assert "obs/x" in problems and "unit" in problems
    ok, problems = _checker_verdict(_article_quads(provenance=False))
    assert "prov#wasDerivedFrom" in problems and AID in problems


def test_article_checker_sees_reference_types() -> None:
    """A zone in an article graph is checked with what the reference says about it."""
    from kg.graph.reference import reference_quads
    from kg.graph.shacl import ArticleChecker
    from kg.refdata import load_reference

    reference = list(reference_quads(load_reference()))
    checker = ArticleChecker(reference)
    zone = next(
        q.subject
        for q in reference
        if q.predicate == node("rdf:type") and q.object == node("kgo:CrossBorderEcommerceZone")
    )
    quads = _article_quads() + [_q(ART, "schema:mentions", zone)]
    assert checker.check([(q.subject, q.predicate, q.object) for q in quads], G.value) == []
    other = ox.NamedNode(KGR + "place/999999")  # an extra place the reference does not type
    quads.append(_q(zone, "schema:containedInPlace", other))
    problems = checker.check([(q.subject, q.predicate, q.object) for q in quads], G.value)
    assert any("containedInPlace" in p and "more than 1" in p for p in problems), problems


def test_validate_graph_breakdown_dimensions_conform() -> None:
    quads = (
        _article_quads()
        + _observation(with_unit=True)
        + [
            _q(OBS, "kgo:tradePartner", ox.NamedNode(KGR + "org/asean")),
            _q(OBS, "kgo:industry", ox.Literal("服务业", language="zh")),
            _q(OBS, "kgo:isTarget", ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean"))),
        ]
    )
    conforms, report = validate_graph(quads)
    assert conforms, report


def test_validate_graph_two_partners_or_untyped_target_fail() -> None:
    quads = (
        _article_quads()
        + _observation(with_unit=True)
        + [
            _q(OBS, "kgo:tradePartner", ox.NamedNode(KGR + "org/asean")),
            _q(OBS, "kgo:tradePartner", ox.NamedNode(KGR + "org/eu")),
            _q(OBS, "kgo:isTarget", ox.Literal("yes")),
        ]
    )
    conforms, report = validate_graph(quads)
    assert not conforms
    assert "one partner" in report and "xsd:boolean" in report


def test_article_checker_refuses_shapes_it_does_not_compile(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A SHACL feature outside the compiled subset is an error, never a silent pass."""
    import pytest

    from kg.graph.shacl import ArticleChecker, UnsupportedShapesError

    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix ex: <http://example.org/> .\n"
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ;\n"
        '  sh:property [ sh:path ex:p ; sh:pattern "^a" ] .\n',
        encoding="utf-8",
    )
    with pytest.raises(UnsupportedShapesError, match="pattern"):
        ArticleChecker([], shapes=shapes)
