"""Load kg.trig into a real Virtuoso and get the same named-query answers as the embedded store."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.query import KnowledgeGraph, inline_params, named_queries
from kg.query.api import python_value
from tests.stores.conftest import Virtuoso, example_params

pytestmark = [pytest.mark.external, pytest.mark.slow]
KGR = "https://w3id.org/pilot-zone-kg/id/"
#: the named queries of the query area; claim queries (claims-check …) are checked by their owners
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


@pytest.fixture(scope="module")
def loaded(virtuoso: Virtuoso, built_out: Path) -> Virtuoso:
    shutil.copy(built_out / "kg.trig", virtuoso.root / "data" / "kg.trig")
    virtuoso.isql(f"ld_dir('{virtuoso.root / 'data'}', 'kg.trig', '{KGR}graph/default');")
    virtuoso.isql("rdf_loader_run();")
    virtuoso.isql("checkpoint;")
    return virtuoso


def _answers(data: bytes) -> Counter[tuple[object, ...]]:
    solutions = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    assert isinstance(solutions, ox.QuerySolutions)
    names = solutions.variables
    return Counter(tuple(python_value(s[v]) for v in names) for s in solutions)


def test_virtuoso_load_list_has_no_error(loaded: Virtuoso) -> None:
    output = loaded.isql("select ll_file, ll_state, ll_error from DB.DBA.LOAD_LIST;")
    rows = [line for line in output.splitlines() if "kg.trig" in line]
    assert len(rows) == 1 and " 2 " in f" {rows[0]} " and "NULL" in rows[0], output


def test_virtuoso_holds_every_article_graph(loaded: Virtuoso, built_graph: KnowledgeGraph) -> None:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), '{KGR}graph/')) }}"
    assert _answers(loaded.sparql(query)) == Counter({(len(built_graph),): 1})


@pytest.mark.parametrize("name", OWN)
def test_virtuoso_named_query_matches_embedded(
    loaded: Virtuoso, built_graph: KnowledgeGraph, name: str
) -> None:
    query = named_queries()[name]
    params = example_params(query)
    expected = Counter(built_graph.run_named(name, **params).rows)
    bound = {k: v for k, v in query.bind(params).items()}
    assert _answers(loaded.sparql(inline_params(query.text, bound))) == expected


@pytest.mark.parametrize(
    ("day", "zones"),
    [("2021-12-31", 105), ("2022-06-30", 132), ("2022-12-31", 165), ("2025-06-30", 178)],
)
def test_virtuoso_zones_as_of_literal_dates(
    loaded: Virtuoso, built_graph: KnowledgeGraph, day: str, zones: int
) -> None:
    # Virtuoso 7.2.5 miscounts typed xsd:date comparisons next to NOT EXISTS (0 zones on
    # 2021-12-31, 117 on 2025-06-30), so the as-of queries compare ISO strings (STR).
    query = (
        "PREFIX kgo: <https://w3id.org/pilot-zone-kg/ont#> "
        "SELECT (COUNT(DISTINCT ?z) AS ?n) WHERE { ?z a kgo:CrossBorderEcommerceZone ; "
        f'kgo:effectiveDate ?e FILTER(STR(?e) <= "{day}") '
        f'FILTER NOT EXISTS {{ ?z kgo:endDate ?end FILTER(STR(?end) <= "{day}") }} }}'
    )
    assert _answers(loaded.sparql(query)) == Counter({(zones,): 1})
    assert len(built_graph.run_named("zones-as-of", date=day)) == zones
    named = named_queries()["zones-as-of"]
    inlined = inline_params(named.text, named.bind({"date": day}))
    assert sum(_answers(loaded.sparql(inlined)).values()) == zones


@pytest.mark.parametrize("name", ["zones-per-province-as-of", "batch-in-force"])
@pytest.mark.parametrize("day", ["2021-12-31", "2022-12-31", "2025-06-30"])
def test_virtuoso_as_of_queries_match_embedded(
    loaded: Virtuoso, built_graph: KnowledgeGraph, name: str, day: str
) -> None:
    """Zones count between their effective and end dates in Virtuoso too (batch 8, revocations)."""
    query = named_queries()[name]
    expected = Counter(built_graph.run_named(name, date=day).rows)
    assert expected
    assert _answers(loaded.sparql(inline_params(query.text, query.bind({"date": day})))) == expected
