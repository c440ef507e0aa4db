"""Query parameters: Python values to RDF terms, and a VALUES block for remote stores.

Input: parameter values (Python objects, or strings with a declared type).
Output: pyoxigraph terms; query text with an inline ``VALUES`` block.
It does NOT: paste raw values into SPARQL. Terms are built by pyoxigraph and written
in its N-Triples form, which escapes quotes, braces and newlines.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from kg.errors import QueryError

__all__ = [
    "PARAM_TYPES",
    "XSD",
    "Term",
    "check_param_name",
    "convert_param",
    "inline_params",
    "to_term",
]

XSD = "http://www.w3.org/2001/XMLSchema#"
#: Types a named-query parameter may declare; ``place`` is a label (名称 or 简称).
PARAM_TYPES = ("string", "place", "date", "integer", "decimal", "iri")

_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

Term = ox.NamedNode | ox.BlankNode | ox.Literal
"""A term a parameter can be bound to."""


def _typed(text: str, local: str) -> ox.Literal:
    return ox.Literal(text, datatype=ox.NamedNode(XSD + local))


def to_term(value: object) -> Term:
    """Turn a Python value into the RDF term it stands for.

    Args:
        value: a pyoxigraph term (kept), ``str`` (plain literal), ``bool``, ``int``,
            ``Decimal``, ``float``, ``datetime`` or ``date``.

    Returns:
        The pyoxigraph term.

    Raises:
        QueryError: for any other type.
    """
    if isinstance(value, ox.NamedNode | ox.BlankNode | ox.Literal):
        return value
    if isinstance(value, bool):
        return _typed("true" if value else "false", "boolean")
    if isinstance(value, int):
        return _typed(str(value), "integer")
    if isinstance(value, Decimal):
        return _typed(format(value, "f"), "decimal")
    if isinstance(value, float):
        return _typed(repr(value), "double")
    if isinstance(value, datetime):
        return _typed(value.isoformat().replace("+00:00", "Z"), "dateTime")
    if isinstance(value, date):
        return _typed(value.isoformat(), "date")
    if isinstance(value, str):
        return ox.Literal(value)
    raise QueryError(
        f"query parameter value {value!r} has type {type(value).__name__}: "
        "use str, int, Decimal, float, bool, date, datetime or a pyoxigraph term"
    )


def convert_param(name: str, raw: str, kind: str) -> Term:
    """Parse the text of a parameter (``--param date=2021-12-31``) by its declared type.

    Args:
        name: parameter name, for messages.
        raw: the value as typed by the user.
        kind: one of ``PARAM_TYPES``.

    Returns:
        The RDF term.

    Raises:
        QueryError: if ``raw`` is not a valid value of ``kind``.
    """
    try:
        if kind in ("string", "place"):
            return ox.Literal(raw)
        if kind == "date":
            return to_term(date.fromisoformat(raw))
        if kind == "integer":
            return to_term(int(raw))
        if kind == "decimal":
            return to_term(Decimal(raw))
        if kind == "iri":
            return ox.NamedNode(raw)
    except (ValueError, InvalidOperation) as exc:
        raise QueryError(
            f"parameter {name!r} is {raw!r}: expected a {kind}"
            + (", e.g. 2021-12-31" if kind == "date" else "")
        ) from exc
    raise QueryError(
        f"parameter {name!r} declares unknown type {kind!r}; use one of {', '.join(PARAM_TYPES)}"
    )


def check_param_name(name: str) -> str:
    """Return ``name`` without a leading ``?``/``$`` if it is a valid SPARQL variable name.

    Raises:
        QueryError: if it is not.
    """
    bare = name.lstrip("?$")
    if not _NAME.match(bare):
        raise QueryError(
            f"query parameter name {name!r} is not a SPARQL variable name (letters, digits, _)"
        )
    return bare


def inline_params(sparql: str, params: Mapping[str, object]) -> str:
    """Return ``sparql`` with a ``VALUES`` block binding ``params`` at the top of each WHERE.

    For stores reached over HTTP (Virtuoso, Fuseki, ``kg serve``), which have no
    parameter API. The terms are serialised by pyoxigraph, so a value such as
    ``"} ; DROP ALL ; #`` stays one escaped literal. The block goes into every
    ``WHERE {`` (the query's and each sub-SELECT's), since an outer binding does not
    reach inside a sub-SELECT: a named query may resolve a name in one first. One row
    of the same values in each scope binds them as substitution does.

    Args:
        sparql: a query with a ``WHERE {`` clause.
        params: variable name -> value (see :func:`to_term`).

    Returns:
        The query text with the bindings added.

    Raises:
        QueryError: if the query has no ``WHERE {`` outside comments.
    """
    if not params:
        return sparql
    names = [check_param_name(k) for k in params]
    terms = [str(to_term(v)) for v in params.values()]
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(terms)}) }} "
    out: list[str] = []
    found_any = False
    for line in sparql.splitlines(keepends=True):
        if line.lstrip().startswith("#"):
            out.append(line)
            continue
        pieces = []
        at = 0
        for found in _WHERE.finditer(line):
            pieces += [line[at : found.end()], block]
            at = found.end()
            found_any = True
        out.append("".join(pieces) + line[at:])
    if not found_any:
        raise QueryError(
            "cannot bind parameters: the query has no 'WHERE {' clause; "
            "write 'SELECT … WHERE { … }'"
        )
    return "".join(out)
