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


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_virtuoso_named_query_matches_embedded(loaded: Virtuoso, built_graph: KnowledgeGraph, name: str) -> None:
    query = named_queries()[name]
    params = example_params(query)
    expected = Counter(built_graph.run_named(name, **params).rows)
    bound = {k: v for k, v in query.bind(params).items()}
    assert _answers(loaded.sparql(inline_params(query.text, bound))) == expected
