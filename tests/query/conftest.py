"""Fixtures for the query tests: the hand-written mini graph and a one-off corpus build."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.graph.summary import add_summary
from kg.query import KnowledgeGraph, open_graph

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.trig"
ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"


@pytest.fixture(scope="session")
def mini_graph() -> KnowledgeGraph:
    """The mini graph of tests/query/data/mini.trig, in memory, with the summary facts
    a build would have emitted (``kg.graph.summary.add_summary``)."""
    graph = open_graph(MINI)
    add_summary(graph.store)
    return graph


@pytest.fixture(scope="session")
def built_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``data/articles`` built once into a tmp out dir (kg.trig, kg.ttl)."""
    try:
        from kg.build import build_corpus
    except ImportError as exc:  # the build stage is not there yet
        pytest.skip(f"kg.build not available: {exc}")
    out = tmp_path_factory.mktemp("built") / "out"
    build_corpus(ARTICLES, out)
    return out


@pytest.fixture(scope="session")
def built_graph(built_out: Path) -> KnowledgeGraph:
    """The built corpus graph, opened from kg.trig."""
    return open_graph(built_out)
