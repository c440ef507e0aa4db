"""Read Hexo Markdown articles (YAML front matter + Sina Finance HTML) into ``Article``s.

Input: article files (``data/articles/*.md``). Output: ``kg.model.Article`` records
whose paragraphs carry offsets into ``Article.body``; bad files raise a
``kg.errors.InputError`` subclass with a one-line ``<path>: <problem>`` message.
It does not: segment sentences, find entities, or touch the network; it never
normalises text beyond stripping indents (categories, titles and numbers stay as written).

Modules: ``frontmatter`` (fences, safe YAML, RFC 1123 date), ``html`` (bs4 + lxml
cleaning of the Sina body), ``reader`` (bytes, decoding, bylines, assembly).
"""

from __future__ import annotations

from kg.ingest.reader import (
    DEFAULT_MAX_BYTES,
    article_to_dict,
    read_article,
    read_articles,
)

__all__ = ["DEFAULT_MAX_BYTES", "article_to_dict", "read_article", "read_articles"]
