"""CURIE resolution against the closed namespaces (``kgo:`` terms must exist in the TBox)."""

from __future__ import annotations

import difflib
import functools
from typing import TYPE_CHECKING

from kg.errors import OntologyError
from kg.graph.namespaces import KGO_TERMS
from kg.iris import KGO, PREFIXES

if TYPE_CHECKING:
    import pyoxigraph

__all__ = ["node", "resolve_curie"]


@functools.lru_cache(maxsize=4096)
def resolve_curie(curie: str) -> str:
    """Expand a CURIE such as ``"kgo:establishes"`` or ``"schema:Place"`` to its full IRI.

    Args:
        curie: ``prefix:local`` with a prefix from ``kg.iris.PREFIXES``.

    Returns:
        The full IRI string.

    Raises:
        OntologyError: the prefix is unknown, or a ``kgo:`` term is not in the TBox (the
            message names the closest terms).
    """
    prefix, sep, local = curie.partition(":")
    if not sep or prefix not in PREFIXES:
        raise OntologyError(
            f"CURIE {curie!r}: unknown prefix {prefix!r}; use one of {', '.join(sorted(PREFIXES))}"
        )
    if prefix == "kgo" and local not in KGO_TERMS:
        close = difflib.get_close_matches(local, sorted(KGO_TERMS), n=3, cutoff=0.6)
        hint = (
            f"did you mean {', '.join('kgo:' + c for c in close)}?"
            if close
            else ("add it to ontology/pilot-zone-kg.ttl and run python -m kg.graph.gen_namespaces")
        )
        raise OntologyError(f"term {curie!r} is not defined in ontology/pilot-zone-kg.ttl; {hint}")
    return (KGO if prefix == "kgo" else PREFIXES[prefix]) + local


@functools.lru_cache(maxsize=4096)
def node(curie: str) -> pyoxigraph.NamedNode:
    """The pyoxigraph ``NamedNode`` of a CURIE (checked like ``resolve_curie``).

    Args:
        curie: ``prefix:local``.

    Returns:
        A named node.

    Raises:
        OntologyError: see ``resolve_curie``.
    """
    import pyoxigraph

    return pyoxigraph.NamedNode(resolve_curie(curie))
