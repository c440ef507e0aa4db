"""SPARQL plumbing shared by the checks: prefixes, term conversion, safe inlining.

The checks inline their parameters (IRIs, dates, integers) into the query text, so
the text kept in a ``ClaimCheck`` runs as it is in any SPARQL client. Every value is
validated before it is inlined.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.graph.store import union_query
from kg.iris import KGO
from kg.query.api import python_value
from kg.query.params import inline_params

if TYPE_CHECKING:
    from kg.query import KnowledgeGraph

__all__ = [
    "PREFIX_BLOCK",
    "XSD",
    "as_store",
    "bound_query",
    "date_literal",
    "iri",
    "iri_ref",
    "label_of",
    "local_name",
    "py_value",
    "select",
]

XSD = "http://www.w3.org/2001/XMLSchema#"
_PREFIXES = {
    "kgo": KGO,
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "xsd": XSD,
}
PREFIX_BLOCK = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in _PREFIXES.items())

# IRIREF of SPARQL 1.1 (production 139) without the characters it forbids.
_IRI_OK = re.compile(r'^[^<>"{}|^`\\\x00-\x20]+$')


def iri_ref(iri: str) -> str:
    """Return ``<iri>`` for inlining into SPARQL text.

    Args:
        iri: an absolute IRI read from the store.

    Returns:
        The IRI in angle brackets.

    Raises:
        QueryError: if ``iri`` holds a character SPARQL forbids in an IRI.
    """
    if not _IRI_OK.match(iri):
        raise QueryError(
            f"kg.check: cannot inline IRI {iri!r} into SPARQL: it holds a character "
            "that IRIs may not contain; fix the IRI where it was minted (kg.iris)"
        )
    return f"<{iri}>"


def as_store(graph: KnowledgeGraph | ox.Store) -> ox.Store:
    """The pyoxigraph store behind ``graph`` (a ``KnowledgeGraph`` or a store itself)."""
    return graph if isinstance(graph, ox.Store) else graph.store


def bound_query(template: str, **values: object) -> str:
    """``template`` with each ``{name}`` read as the variable ``?name``, bound to ``values[name]``.

    The values are bound by a ``VALUES`` block (``kg.query.params.inline_params``: terms
    serialised by pyoxigraph, never pasted text), so the returned query runs as it is,
    here or on any SPARQL endpoint.

    Args:
        template: SPARQL text with ``{name}`` placeholders (``{{``/``}}`` for braces).
        values: name -> an IRI (``ox.NamedNode``), ``date``, ``int`` or other term value.

    Returns:
        The query text with its parameters bound.

    Raises:
        QueryError: if a value cannot be an RDF term.
    """
    return inline_params(template.format(**{name: "?" + name for name in values}), values)


def iri(value: str) -> ox.NamedNode:
    """``value`` as an IRI term for ``bound_query``.

    Raises:
        QueryError: if ``value`` is not a valid IRI.
    """
    try:
        return ox.NamedNode(value)
    except ValueError as exc:
        raise QueryError(
            f"kg.check: {value!r} is not a valid IRI ({exc}); fix the IRI where it was minted (kg.iris)"
        ) from exc


def date_literal(day: date) -> str:
    """Return ``"YYYY-MM-DD"^^xsd:date`` for ``day``."""
    return f'"{day.isoformat()}"^^xsd:date'


def py_value(term: Any) -> Any:
    """Convert a pyoxigraph term to a plain Python value: ``kg.query.api.python_value``,
    the one literal conversion of the project (xsd:double is a ``float`` everywhere)."""
    return python_value(term)


def select(store: ox.Store, query: str) -> list[dict[str, Any]]:
    """Run a SELECT over the union of all graphs and return plain-value rows.

    Args:
        store: the dataset.
        query: SPARQL SELECT text (with its PREFIX lines).

    Returns:
        One dict per solution, variable name -> ``py_value`` (``None`` when unbound).

    Raises:
        QueryError: if the query does not parse.
    """
    try:
        solutions = union_query(store, query)
    except SyntaxError as exc:
        raise QueryError(f"kg.check: SPARQL syntax error: {exc}; query was:\n{query}") from exc
    if not isinstance(solutions, ox.QuerySolutions):
        raise QueryError(f"kg.check: expected a SELECT query, got:\n{query}")
    names = [v.value for v in solutions.variables]
    return [{name: py_value(row[name]) for name in names} for row in solutions]


def label_of(store: ox.Store, iri: str) -> str | None:
    """Return the Chinese ``skos:prefLabel`` of ``iri`` (else any label), or None.

    Args:
        store: the dataset.
        iri: the resource.

    Returns:
        The label, or ``None`` when the store holds no label for ``iri`` (an
        unknown resource).
    """
    rows = select(
        store,
        PREFIX_BLOCK
        + f"""SELECT ?label ?rank WHERE {{
  {{ {iri_ref(iri)} skos:prefLabel ?label BIND (IF(lang(?label) = "zh", 0, 1) AS ?rank) }}
  UNION
  {{ {iri_ref(iri)} skos:altLabel ?label BIND (2 AS ?rank) }}
}} ORDER BY ?rank ?label LIMIT 1""",
    )
    return str(rows[0]["label"]) if rows else None


def local_name(iri: str) -> str:
    """Return the part of a ``kgo:`` IRI after ``#`` (``ZonesInPlace``), else the IRI."""
    return iri.removeprefix(KGO)
