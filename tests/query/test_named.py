"""Named queries: header parsing, parameter checks, answers on the mini graph."""

from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.query import KnowledgeGraph, named_queries
from kg.query.named import parse_named_query

OWN = (
    "documents-by-body",
    "mentions-of",
    "observations-of",
    "places-under",
    "spokespeople",
    "zone-detail",
    "zones-as-of",
    "zones-by-province",
    "zones-in-batch",
)
KGR = "https://w3id.org/pilot-zone-kg/id/"
HOSTILE = '"} ; DROP ALL ; #'


def test_named_queries_have_description_and_example() -> None:
    queries = named_queries()
    for name in OWN:
        assert queries[name].description, name
        assert queries[name].example.startswith(f"kg query {name}"), name


def test_parse_named_query_reads_params() -> None:
    text = "# q: does x.\n#\n# Parameters:\n#   d (date, required): the day\n#   n (integer, default=3): how many\n# Example:\n#   kg query q -p d=2020-01-01\nSELECT ?d ?n WHERE {}"
    query = parse_named_query("q", text)
    assert (query.description, query.example) == ("does x.", "kg query q -p d=2020-01-01")
    assert [(p.name, p.type, p.required, p.default) for p in query.params] == [
        ("d", "date", True, None),
        ("n", "integer", False, "3"),
    ]


def test_parse_named_query_rejects_bad_type() -> None:
    with pytest.raises(
        QueryError, match=r"queries/q.rq: bad parameter line 'd \(day, required\): x'"
    ):
        parse_named_query("q", "# q: x\n# Parameters:\n#   d (day, required): x\nSELECT * {}")


def test_run_named_unknown_lists_available(mini_graph: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match=r"unknown named query 'zones'; available: .*zone-detail"):
        mini_graph.run_named("zones")


def test_run_named_missing_param_named(mini_graph: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match=r"query 'zone-detail' needs parameter 'place' \(place\)"):
        mini_graph.run_named("zone-detail")


def test_run_named_bad_date_explained(mini_graph: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match=r"parameter 'date' is '2021/12/31': expected a date"):
        mini_graph.run_named("zones-as-of", date="2021/12/31")


@pytest.mark.parametrize("name", ["金华", "金华市", "金华综试区"])
def test_zone_detail_accepts_name_or_alias(mini_graph: KnowledgeGraph, name: str) -> None:
    rows = mini_graph.run_named("zone-detail", place=name).to_dicts()
    assert {r["zone"] for r in rows} == {KGR + "zone/cbec-330700"}
    assert {(r["batch"], r["documentNumber"], r["body"]) for r in rows} == {
        (6, "国函〔2022〕8号", "国务院")
    }
    assert {r["sentence"] for r in rows} == {"国务院同意在金华市设立跨境电子商务综合试验区。"}


def test_zones_by_province_counts(mini_graph: KnowledgeGraph) -> None:
    result = mini_graph.run_named("zones-by-province")
    assert [(r["province"], r["zones"]) for r in result.to_dicts()] == [
        ("浙江省", 3),
        ("北京市", 1),
    ]


def test_zones_as_of_filters_by_effective_date(mini_graph: KnowledgeGraph) -> None:
    assert len(mini_graph.run_named("zones-as-of", date="2021-12-31")) == 2
    assert len(mini_graph.run_named("zones-as-of", date="2022-02-08")) == 4


def test_zones_in_batch(mini_graph: KnowledgeGraph) -> None:
    rows = mini_graph.run_named("zones-in-batch", batch=6).to_dicts()
    assert sorted(r["placeLabel"] for r in rows) == ["舟山市", "金华市"]


def test_places_under_is_transitive(mini_graph: KnowledgeGraph) -> None:
    rows = mini_graph.run_named("places-under", province="浙江").to_dicts()
    assert {(r["placeLabel"], r["level"], r["parentLabel"]) for r in rows} == {
        ("杭州市", "Prefecture", "浙江省"),
        ("金华市", "Prefecture", "浙江省"),
        ("舟山市", "Prefecture", "浙江省"),
        ("义乌市", "County", "金华市"),
    }


def test_documents_by_body_matches_alias(mini_graph: KnowledgeGraph) -> None:
    assert len(mini_graph.run_named("documents-by-body", body="国务院")) == 3
    assert len(mini_graph.run_named("documents-by-body", body="MOFCOM")) == 0


def test_mentions_of_gives_article_and_sentence(mini_graph: KnowledgeGraph) -> None:
    rows = mini_graph.run_named("mentions-of", entity="商务部").to_dicts()
    assert [(r["article"], r["sentence"]) for r in rows] == [
        (KGR + "article/a2", "商务部新闻发言人高峰表示，综试区已达132个。")
    ]


def test_observations_of_place(mini_graph: KnowledgeGraph) -> None:
    rows = mini_graph.run_named("observations-of", place="浙江省").to_dicts()
    assert sorted(str(r["value"]) for r in rows) == ["30.7", "330290000000"]


def test_spokespeople(mini_graph: KnowledgeGraph) -> None:
    rows = mini_graph.run_named("spokespeople").to_dicts()
    assert [(r["name"], r["post"], r["body"]) for r in rows] == [
        ("高峰", "商务部新闻发言人", "商务部")
    ]


@pytest.mark.parametrize(
    ("name", "param"),
    [
        ("zone-detail", "place"),
        ("mentions-of", "entity"),
        ("documents-by-body", "body"),
        ("places-under", "province"),
    ],
)
def test_hostile_param_is_a_literal(mini_graph: KnowledgeGraph, name: str, param: str) -> None:
    before = len(mini_graph)
    assert len(mini_graph.run_named(name, **{param: HOSTILE})) == 0
    assert len(mini_graph) == before
