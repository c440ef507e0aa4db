"""Fixtures for the linking tests: one pipeline and one extraction per bundled article."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_article
from kg.model import Extraction
from kg.pipeline import extract_facts
from tests.conftest import ARTICLES_DIR


@pytest.fixture(scope="session")
def extractions() -> dict[str, Extraction]:
    """File name → the extraction of every bundled article (pipeline built once)."""
    from kg.nlp import get_nlp

    nlp = get_nlp()
    return {
        path.name: extract_facts(read_article(path), nlp)
        for path in sorted(Path(ARTICLES_DIR).glob("*.md"))
    }
