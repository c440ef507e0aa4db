"""Reading a store with set semantics: the union of all graphs, each triple once.

Input: a pyoxigraph ``Store`` holding a built graph. Output: query results and triples.
It does not: load files (``kg.query.open_graph`` does).

Why: Oxigraph's ``use_default_graph_as_union`` is a bag — a triple restated in N
article graphs is returned N times, and joins multiply (a person named in 40 articles
joined with a post labelled in 40 articles gives 1,600 rows). ``kg.query`` stores keep
the deduplicated union in the default graph; these helpers read that when it is there
and otherwise fall back to the named graphs (deduplicating triples themselves).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox

__all__ = ["has_default_graph", "union_query", "union_triples"]


def has_default_graph(store: ox.Store) -> bool:
    """True when the store's default graph holds at least one triple."""
    return (
        next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None
    )


def union_query(store: ox.Store, sparql: str, **kwargs: Any) -> Any:
    """Run ``sparql`` over the union of all graphs (the default graph when it holds it).

    Args:
        store: the store.
        sparql: query text.
        kwargs: passed to ``Store.query`` (e.g. ``substitutions``).
    """
    return store.query(sparql, use_default_graph_as_union=not has_default_graph(store), **kwargs)


def union_triples(
    store: ox.Store, subject: Any = None, predicate: Any = None, obj: Any = None
) -> Iterator[ox.Triple]:
    """Each distinct triple of the union matching the pattern, once.

    Args:
        store: the store.
        subject, predicate, obj: pattern terms, ``None`` for any.
    """
    if has_default_graph(store):
        for quad in store.quads_for_pattern(subject, predicate, obj, ox.DefaultGraph()):
            yield quad.triple
        return
    seen: set[ox.Triple] = set()
    for quad in store.quads_for_pattern(subject, predicate, obj, None):
        triple = quad.triple
        if triple not in seen:
            seen.add(triple)
            yield triple
