"""SPARQL 1.1 result formats (JSON, CSV, TSV, XML) and N-Triples/Turtle for CONSTRUCT.

Input: a :class:`kg.query.api.QueryResult`. Output: bytes and a media type.
It does NOT: run queries, speak HTTP, or write any format itself: pyoxigraph's
serialisers write the W3C formats (an ASK answer in CSV/TSV is the bare ``true`` /
``false`` pyoxigraph writes; triple terms follow SPARQL 1.2).
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.errors import QueryError
from kg.query.api import QueryResult, Term

__all__ = ["MEDIA_TYPES", "choose_format", "serialize_result"]

#: format name -> media type, for SELECT/ASK answers
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
#: format name -> media type, for CONSTRUCT/DESCRIBE answers
GRAPH_MEDIA_TYPES = {"nt": "application/n-triples", "ttl": "text/turtle"}
_ALIASES = {
    "application/json": "json",
    "text/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/plain": "nt",
    "application/ld+json": "nt",
    "*/*": "",
    "": "",
}
#: format name -> pyoxigraph's W3C serialiser
_RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}


def choose_format(kind: str, explicit: str | None, accept: str | None) -> str:
    """Pick the answer format from ``format=`` or the Accept header (first match wins).

    Args:
        kind: ``select``, ``ask`` or ``construct``.
        explicit: the ``format`` request parameter (``json``, ``csv``, a media type), or None.
        accept: the Accept header, or None.

    Returns:
        A key of ``MEDIA_TYPES`` (or ``nt``/``ttl`` for CONSTRUCT); JSON / N-Triples by default.

    Raises:
        QueryError: if ``explicit`` names no format this kind of answer has.
    """
    table = GRAPH_MEDIA_TYPES if kind == "construct" else MEDIA_TYPES
    default = "nt" if kind == "construct" else "json"
    by_type = {media: name for name, media in table.items()}
    if explicit:
        lowered = explicit.strip().lower()
        name = by_type.get(lowered) or _ALIASES.get(lowered) or lowered
        if name not in table:
            raise QueryError(
                f"format {explicit!r} is not available for {kind.upper()}; use {', '.join(table)}"
            )
        return name
    for part in (accept or "").split(","):
        media = part.split(";")[0].strip().lower()
        found = by_type.get(media) or _ALIASES.get(media)
        if found in table:
            return str(found)
    return default


def _tsv_term(term: Term | None) -> str:
    """A cell of the SPARQL TSV results format: pyoxigraph's own term syntax."""
    if term is None:
        return ""
    if isinstance(term, ox.Triple):
        return f"<<( {_tsv_term(term.subject)} {_tsv_term(term.predicate)} {_tsv_term(term.object)} )>>"
    return str(term)


def _solutions(result: QueryResult) -> ox.QuerySolutions | ox.QueryBoolean:
    """The rows of ``result`` as pyoxigraph query results, to hand to its serialisers.

    A ``QueryResult`` holds terms already read (``kg.query.api`` checks ``max_rows`` and
    the time limit while reading), and pyoxigraph builds result objects only by parsing:
    so the rows are written in the TSV results format, whose cells are pyoxigraph's
    term syntax (``str(term)``; ``<<( … )>>`` for triple terms), and read back.
    """
    if result.kind == "ask":
        body = b'{"head":{},"boolean":true}' if result.boolean else b'{"head":{},"boolean":false}'
        return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
    lines = ["\t".join("?" + column for column in result.columns)]
    lines += ["\t".join(_tsv_term(term) for term in row) for row in result.terms]
    return ox.parse_query_results(
        ("\n".join(lines) + "\n").encode("utf-8"), format=ox.QueryResultsFormat.TSV
    )


def serialize_result(result: QueryResult, fmt: str) -> tuple[bytes, str]:
    """Serialise a result in a SPARQL 1.1 results format, or an RDF format for CONSTRUCT.

    Args:
        result: the query result.
        fmt: ``json``, ``xml``, ``csv``, ``tsv`` (SELECT/ASK) or ``nt``, ``ttl`` (CONSTRUCT).

    Returns:
        ``(body, content type with charset)``.
    """
    if result.kind == "construct":
        triples = [ox.Triple(*row) for row in result.terms]  # type: ignore[arg-type]
        rdf_format = ox.RdfFormat.TURTLE if fmt == "ttl" else ox.RdfFormat.N_TRIPLES
        body = ox.serialize(triples, format=rdf_format) or b""
        return body, GRAPH_MEDIA_TYPES[fmt] + "; charset=utf-8"
    body = _solutions(result).serialize(format=_RESULT_FORMATS[fmt]) or b""
    return body, MEDIA_TYPES[fmt] + "; charset=utf-8"
