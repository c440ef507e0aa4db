"""Fixtures for the viz tests: the hand-written mini graph and the real reference graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

MINI_TRIG = Path(__file__).resolve().parent / "data" / "mini.trig"


def load_trig(path: Path) -> ox.Store:
    """A fresh in-memory store holding the TriG file at ``path``."""
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="session")
def mini_store() -> ox.Store:
    """tests/viz/data/mini.trig: 2 provinces, 4 zones, 2 batches, one article graph."""
    return load_trig(MINI_TRIG)


@pytest.fixture(scope="session")
def reference_store() -> ox.Store:
    """The real reference graph (165 zones, places, batches, bodies) from data/reference."""
    from kg.graph.reference import reference_quads
    from kg.refdata import load_reference

    store = ox.Store()
    store.extend(reference_quads(load_reference()))
    return store
