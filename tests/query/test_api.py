"""The Python query API on the hand-written mini graph (ontology/README.md shapes)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pyoxigraph as ox
import pytest
import rdflib

from kg.errors import QueryError
from kg.query import KnowledgeGraph, inline_params, open_graph
from tests.query.conftest import MINI

KGR = "https://w3id.org/pilot-zone-kg/id/"
PREFIX = "PREFIX kgo: <https://w3id.org/pilot-zone-kg/ont#>\nPREFIX schema: <https://schema.org/>\n"


def test_open_graph_loads_every_named_graph(mini_graph: KnowledgeGraph) -> None:
    assert mini_graph.graphs() == [
        KGR + "graph/article/a1",
        KGR + "graph/article/a2",
        KGR + "graph/reference",
    ]


def test_open_graph_out_dir_prefers_trig(tmp_path) -> None:
    (tmp_path / "kg.trig").write_bytes(MINI.read_bytes())
    (tmp_path / "kg.ttl").write_text("<http://e/a> <http://e/b> <http://e/c> .\n", encoding="utf-8")
    assert len(open_graph(tmp_path)) == len(open_graph(MINI))


def test_open_graph_missing_dir_says_run_build(tmp_path) -> None:
    with pytest.raises(QueryError, match=r"run 'kg build data/articles -o .*' first"):
        open_graph(tmp_path / "nowhere")


def test_query_union_default_graph_reads_article_graphs(mini_graph: KnowledgeGraph) -> None:
    result = mini_graph.query(PREFIX + "SELECT ?a WHERE { ?a a schema:NewsArticle } ORDER BY ?a")
    assert result.column("a") == [KGR + "article/a1", KGR + "article/a2"]


def test_query_rows_are_plain_python_values(mini_graph: KnowledgeGraph) -> None:
    result = mini_graph.query(
        PREFIX
        + """SELECT ?v ?d ?t ?n WHERE {
        <https://w3id.org/pilot-zone-kg/id/obs/a1-2> schema:value ?v .
        <https://w3id.org/pilot-zone-kg/id/zone/cbec-330700> kgo:effectiveDate ?d ; kgo:inBatch/kgo:batchOrdinal ?n .
        <https://w3id.org/pilot-zone-kg/id/article/a1> schema:datePublished ?t }"""
    )
    assert result.to_dicts() == [
        {
            "v": Decimal("30.7"),
            "d": date(2022, 2, 8),
            "t": datetime(2022, 2, 10, 7, 7, 39, tzinfo=UTC),
            "n": 6,
        }
    ]


def test_query_params_bound_by_substitution(mini_graph: KnowledgeGraph) -> None:
    sparql = (
        PREFIX
        + "SELECT ?z ?cut WHERE { ?z a kgo:CrossBorderEcommerceZone ; kgo:effectiveDate ?d FILTER(?d <= ?cut) } ORDER BY ?z"
    )
    result = mini_graph.query(sparql, {"cut": date(2020, 1, 1)})
    assert result.column("z") == [KGR + "zone/cbec-110000", KGR + "zone/cbec-330100"]


def test_query_param_not_projected_is_explained(mini_graph: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match=r"must be a column of the SELECT clause"):
        mini_graph.query("SELECT ?s WHERE { ?s ?p ?x }", {"x": "a"})


def test_query_syntax_error_names_line_and_position(mini_graph: KnowledgeGraph) -> None:
    with pytest.raises(
        QueryError,
        match=r"^SPARQL syntax error at line 2, position 9: .*line 2 is '\?x \?y \. FILTR }'",
    ):
        mini_graph.query("SELECT ?x WHERE {\n?x ?y . FILTR }")


def test_query_refuses_updates(mini_graph: KnowledgeGraph) -> None:
    before = len(mini_graph)
    with pytest.raises(QueryError, match="syntax error"):
        mini_graph.query("DROP ALL")
    assert len(mini_graph) == before


def test_query_ask_and_construct(mini_graph: KnowledgeGraph) -> None:
    assert mini_graph.query(PREFIX + "ASK { ?p a schema:Person }").boolean is True
    result = mini_graph.query(
        PREFIX + "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }"
    )
    g = result.to_rdflib()
    assert set(g) == {
        (
            rdflib.URIRef(KGR + "person/p1"),
            rdflib.URIRef("https://schema.org/name"),
            rdflib.Literal("高峰", lang="zh"),
        )
    }


def test_query_max_rows_raises(mini_graph: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match="more than 3 rows"):
        mini_graph.query("SELECT * WHERE { ?s ?p ?o }", max_rows=3)


def test_to_rdflib_dataset_keeps_graphs(mini_graph: KnowledgeGraph) -> None:
    ds = mini_graph.to_rdflib_dataset()
    graph_ids = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert KGR + "graph/reference" in graph_ids and KGR + "graph/article/a2" in graph_ids
    assert sum(len(g) for g in ds.graphs()) == len(mini_graph)


def test_inline_params_escapes_hostile_literal() -> None:
    text = inline_params("SELECT ?x WHERE { ?s ?p ?x }", {"x": '"} ; DROP ALL ; #'})
    store = ox.Store()
    store.add(
        ox.Quad(
            ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal('"} ; DROP ALL ; #')
        )
    )
    assert [s["x"].value for s in store.query(text)] == ['"} ; DROP ALL ; #']
    assert len(store) == 1


def test_inline_params_skips_comment_lines() -> None:
    text = inline_params("# WHERE { not here\nSELECT ?x WHERE { ?s ?p ?x }", {"x": 1})
    assert text.endswith(
        'WHERE { VALUES (?x) { ("1"^^<http://www.w3.org/2001/XMLSchema#integer>) }  ?s ?p ?x }'
    )


def test_open_graph_bulk_loads_the_builds_union_only_when_the_manifest_vouches(
    tmp_path, built_out
) -> None:
    import shutil

    from kg.query.api import _trusted_union

    out = tmp_path / "out"
    shutil.copytree(built_out, out)
    assert _trusted_union([out / "kg.trig"]) == out / "kg.ttl"
    graph = open_graph(out)
    rows = graph.run_named("zones-by-province").to_dicts()
    assert {r["province"]: r["zones"] for r in rows}["浙江省"] == 12
    (out / "kg.ttl").write_text("<http://e/a> <http://e/b> <http://e/c> .\n", encoding="utf-8")
    assert _trusted_union([out / "kg.trig"]) is None  # edited after the build: not trusted
    assert len(open_graph(out)) == len(graph)
