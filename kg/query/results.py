"""SPARQL 1.1 result formats (JSON, CSV, TSV, XML) and N-Triples/Turtle for CONSTRUCT.

Input: a :class:`kg.query.api.QueryResult`. Output: bytes and a media type.
It does NOT: run queries or speak HTTP.
"""

from __future__ import annotations

import csv
import io
import json
from xml.etree import ElementTree as ET

import pyoxigraph as ox

from kg.errors import QueryError
from kg.query.api import QueryResult, Term
from kg.query.params import XSD

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
    "application/json": "json", "text/json": "json", "application/xml": "xml", "text/xml": "xml",
    "text/plain": "nt", "application/ld+json": "nt", "*/*": "", "": "",
}
_SRX = "http://www.w3.org/2005/sparql-results#"


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
            raise QueryError(f"format {explicit!r} is not available for {kind.upper()}; use {', '.join(table)}")
        return name
    for part in (accept or "").split(","):
        media = part.split(";")[0].strip().lower()
        found = by_type.get(media) or _ALIASES.get(media)
        if found in table:
            return str(found)
    return default


def _json_term(term: Term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def _csv_cell(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else str(term)


def _to_json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean})
    bindings = [{col: _json_term(t) for col, t in zip(result.columns, row, strict=True) if t is not None}
                for row in result.terms]
    return json.dumps({"head": {"vars": list(result.columns)}, "results": {"bindings": bindings}},
                      ensure_ascii=False)


def _to_delimited(result: QueryResult, fmt: str) -> str:
    buf = io.StringIO()
    if fmt == "csv":
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(result.columns)
        writer.writerows([_csv_cell(t) for t in row] for row in result.terms)
        return buf.getvalue()
    lines = ["\t".join("?" + c for c in result.columns)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.terms]
    return "\n".join(lines) + "\n"


def _to_xml(result: QueryResult) -> str:
    root = ET.Element("sparql", xmlns=_SRX)
    head = ET.SubElement(root, "head")
    if result.kind == "ask":
        ET.SubElement(root, "boolean").text = "true" if result.boolean else "false"
        return ET.tostring(root, encoding="unicode", xml_declaration=True)
    for col in result.columns:
        ET.SubElement(head, "variable", name=col)
    results = ET.SubElement(root, "results")
    for row in result.terms:
        node = ET.SubElement(results, "result")
        for col, term in zip(result.columns, row, strict=True):
            if term is None:
                continue
            binding = ET.SubElement(node, "binding", name=col)
            data = _json_term(term)
            kind = {"uri": "uri", "bnode": "bnode"}.get(data["type"], "literal")
            element = ET.SubElement(binding, kind)
            element.text = data["value"]
            if "xml:lang" in data:
                element.set("{http://www.w3.org/XML/1998/namespace}lang", data["xml:lang"])
            if "datatype" in data:
                element.set("datatype", data["datatype"])
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


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
    if fmt == "json":
        text = _to_json(result)
    elif fmt == "xml":
        text = _to_xml(result)
    else:
        text = _to_delimited(result, fmt)
    return text.encode("utf-8"), MEDIA_TYPES[fmt] + "; charset=utf-8"
