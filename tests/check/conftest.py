"""Fixtures for the claim checker: a hand-written reference slice plus article graphs."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.graph.summary import add_summary

DATA = Path(__file__).parent / "data"


def load_trig(*names: str) -> ox.Store:
    """Return a fresh in-memory store holding the named TriG files of ``tests/check/data``."""
    store = ox.Store()
    for name in names:
        store.load(path=DATA / name, format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture()
def mini_store() -> ox.Store:
    """The mini reference graph and four hand-written article graphs."""
    return load_trig("mini-reference.trig", "claims.trig")


@pytest.fixture(scope="session")
def reference_store() -> ox.Store:
    """The real reference graph (data/reference via kg.graph.reference), built once."""
    from kg.graph.reference import reference_quads
    from kg.refdata import load_reference

    store = ox.Store()
    store.extend(reference_quads(load_reference()))
    return store


@pytest.fixture()
def seed_claims_store(reference_store: ox.Store) -> ox.Store:
    """The real reference graph plus hand-written seed claims (data/seed-claims.trig)."""
    store = ox.Store()
    store.extend(reference_store)
    store.load(path=DATA / "seed-claims.trig", format=ox.RdfFormat.TRIG)
    add_summary(store)  # what a build would have emitted (claims-check reads it)
    return store
