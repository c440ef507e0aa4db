"""Build small in-memory articles for rule tests (one paragraph per string)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from kg import iris
from kg.model import Article, Extraction, Paragraph
from kg.pipeline import extract_facts

__all__ = ["make_article", "extract_text"]

DEFAULT_PUBLISHED = datetime(2022, 8, 7, 2, 0, tzinfo=UTC)


def make_article(
    *paragraphs: str, published: datetime = DEFAULT_PUBLISHED, title: str = "t"
) -> Article:
    """An ``Article`` whose body is ``paragraphs`` joined by newlines."""
    parts, offset = [], 0
    for text in paragraphs:
        parts.append(Paragraph(text, offset, offset + len(text)))
        offset += len(text) + 1
    return Article(
        id=iris.article_id(title, published),
        title=title,
        published=published,
        paragraphs=tuple(parts),
        source=Path(f"{title}.md"),
    )


def extract_text(
    *paragraphs: str, published: datetime = DEFAULT_PUBLISHED, title: str = "t"
) -> Extraction:
    """``extract_facts`` of ``make_article(...)`` with the default reference."""
    return extract_facts(make_article(*paragraphs, published=published, title=title))
