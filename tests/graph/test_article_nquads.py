"""``article_nquads``: the worker's fast path gives the bytes of the sorted quads."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.graph.article import article_nquads, article_quads
from kg.ingest import read_article
from kg.pipeline import extract_facts
from tests.conftest import ARTICLES_DIR


@pytest.mark.parametrize("path", sorted(ARTICLES_DIR.glob("*.md")), ids=lambda p: p.stem)
def test_article_nquads_equals_serialised_sorted_quads(path: Path) -> None:
    extraction = extract_facts(read_article(path))
    quads = article_quads(extraction)
    data, count = article_nquads(extraction)
    assert data == ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert count == len(quads) == len(data.splitlines())


def test_article_nquads_parses_back_to_the_same_quads() -> None:
    extraction = extract_facts(read_article(sorted(ARTICLES_DIR.glob("*.md"))[0]))
    data, _ = article_nquads(extraction)
    assert list(ox.parse(data, format=ox.RdfFormat.N_QUADS)) == article_quads(extraction)
