"""Fixtures for the claim checker: a hand-written reference slice plus article graphs."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

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
