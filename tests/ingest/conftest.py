"""Fixtures for the ingest tests: the bundled articles read once, and the hand-made inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_article
from kg.model import Article

TESTS_DATA = Path(__file__).resolve().parents[1] / "data"
BAD_DIR = TESTS_DATA / "bad"
QUIRKS_DIR = TESTS_DATA / "quirks"


@pytest.fixture(scope="session")
def bundled_articles(article_paths: list[Path]) -> dict[str, Article]:
    """Every bundled article, read once, keyed by file name."""
    return {path.name: read_article(path) for path in article_paths}
