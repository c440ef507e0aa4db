"""Session-wide fixtures shared by every test package (stage fixtures live in tests/<stage>/conftest.py)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "data"
ARTICLES_DIR = DATA_DIR / "articles"
SEED_JINHUA = ARTICLES_DIR / "2022-02-10-jinhua-zhoushan.md"
SEED_MOFCOM = ARTICLES_DIR / "2022-04-21-mofcom-132-zones.md"
#: hand-written contract graph used by the viz and analytics tests
MINI_TRIG = ROOT / "tests" / "viz" / "data" / "mini.trig"


def _index_rows() -> list[dict[str, str]]:
    with (DATA_DIR / "INDEX.tsv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


#: file name -> True when the article is on-topic (data/INDEX.tsv, copied from the corpus).
ON_TOPIC: dict[str, bool] = {row["file"]: row["on_topic"] == "yes" for row in _index_rows()}


@pytest.fixture(scope="session")
def article_paths() -> list[Path]:
    """Every bundled article, sorted by file name."""
    return sorted(ARTICLES_DIR.glob("*.md"))


@pytest.fixture(scope="session")
def seed_paths() -> tuple[Path, Path]:
    """The two seed articles (Jinhua/Zhoushan approval; MOFCOM 132 zones)."""
    return SEED_JINHUA, SEED_MOFCOM


@pytest.fixture(scope="session")
def built_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``data/articles`` built once per test session (no HTML, no SHACL hooks).

    Tests must treat the folder as read-only; copy it first to change anything.
    """
    from kg.build import build_corpus

    out = tmp_path_factory.mktemp("built") / "out"
    build_corpus([ARTICLES_DIR], out, jobs=1)
    return out


@pytest.fixture(scope="session")
def mini_store() -> Any:
    """tests/viz/data/mini.trig in a fresh store: 2 provinces, 4 zones, 2 batches, one article."""
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(MINI_TRIG), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="session")
def reference_store() -> Any:
    """The real reference graph (165 zones, places, batches, bodies) from data/reference."""
    import pyoxigraph as ox

    from kg.graph.reference import reference_quads
    from kg.refdata import load_reference

    store = ox.Store()
    store.extend(reference_quads(load_reference()))
    return store
