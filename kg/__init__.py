"""pilot-zone-kg: turn Chinese policy news into an RDF knowledge graph.

Stages (imports point one way, left to right; a test walks the imports)::

    model, errors, iris ← refdata ← ingest ← nlp ← extract ← link ← graph ← build
        ← query, analyze, eval ← check, viz ← bench ← cli

The public API is re-exported here and imported lazily (PEP 562), so ``import kg``
and ``kg --help`` do not load spaCy, pyoxigraph or pyvis. ``__all__`` is sorted and a
test checks that every name resolves.

Example::

    import kg
    report = kg.build_corpus([Path("data/articles")], Path("out"))
    graph = kg.open_graph("out")
    rows = graph.run_named("zones-by-province").rows
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "Article": "kg.model",
    "BuildReport": "kg.build",
    "ClaimCheck": "kg.check",
    "Extraction": "kg.model",
    "KgError": "kg.errors",
    "KnowledgeGraph": "kg.query",
    "QueryResult": "kg.query",
    "Reference": "kg.refdata",
    "build_corpus": "kg.build",
    "check_claims": "kg.check",
    "compare_figures": "kg.check",
    "compute_stats": "kg.analyze",
    "evaluate": "kg.eval",
    "extract_facts": "kg.pipeline",
    "get_nlp": "kg.nlp",
    "load_gold": "kg.eval",
    "load_reference": "kg.refdata",
    "load_store": "kg.query",
    "make_nlp": "kg.nlp",
    "named_queries": "kg.query",
    "open_graph": "kg.query",
    "project_store": "kg.analyze",
    "read_article": "kg.ingest",
    "read_articles": "kg.ingest",
    "write_html": "kg.viz",
}

__all__ = [
    "Article",
    "BuildReport",
    "ClaimCheck",
    "Extraction",
    "KgError",
    "KnowledgeGraph",
    "QueryResult",
    "Reference",
    "__version__",
    "build_corpus",
    "check_claims",
    "compare_figures",
    "compute_stats",
    "evaluate",
    "extract_facts",
    "get_nlp",
    "load_gold",
    "load_reference",
    "load_store",
    "make_nlp",
    "named_queries",
    "open_graph",
    "project_store",
    "read_article",
    "read_articles",
    "write_html",
]

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from kg.analyze import compute_stats, project_store
    from kg.build import BuildReport, build_corpus
    from kg.check import ClaimCheck, check_claims, compare_figures
    from kg.errors import KgError
    from kg.eval import evaluate, load_gold
    from kg.ingest import read_article, read_articles
    from kg.model import Article, Extraction
    from kg.nlp import get_nlp, make_nlp
    from kg.pipeline import extract_facts
    from kg.query import (
        KnowledgeGraph,
        QueryResult,
        load_store,
        named_queries,
        open_graph,
    )
    from kg.refdata import Reference, load_reference
    from kg.viz import write_html


def __getattr__(name: str) -> Any:
    """Import a public name on first use."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
