"""Named queries: ``kg/queries/<name>.rq`` files and the header comment that describes them.

Input: the ``.rq`` files shipped in ``kg/queries``. Output: :class:`NamedQuery` records.
It does NOT: run queries (see ``KnowledgeGraph.run_named``).

Header format (comment lines before the query)::

    # zone-detail: one zone in full: place, batch, document, body, evidence.
    #
    # Parameters:
    #   place (place, required): the zone's city or area, by name or alias (金华, 金华市)
    #   limit (integer, default=10): at most this many rows
    # Example:
    #   kg query zone-detail --param place=金华

Parameter types are ``kg.query.params.PARAM_TYPES``; a ``place`` is a label matched
against ``skos:prefLabel``/``skos:altLabel`` in the query itself.

A query may mark the sub-SELECT that resolves a name to an IRI::

    # resolve: about
    { SELECT DISTINCT ?place ?about WHERE { ?about skos:prefLabel ?l . FILTER(STR(?l) = ?place) } }
    # end resolve

The text stays plain SPARQL (remote stores run it as it is); ``KnowledgeGraph.run_named``
runs the block first and, when it gives exactly one IRI, drops it and writes that IRI
in place of ``?about`` (``Anchor.pin``), which Oxigraph then reads by index lookups.

A query that can return thousands of rows pages: it declares ``limit`` and ``offset``
(integers) and ends the line holding its ``LIMIT n OFFSET m`` with ``# page``::

    } ORDER BY ?key LIMIT 100 OFFSET 0  # page

``NamedQuery.paged`` writes the bound values there (``limit=0``: every row, the line's
``LIMIT``/``OFFSET`` dropped) and takes them out of the substitutions (SPARQL has no
variables in ``LIMIT``); the text as shipped is the first page with the default limit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kg.errors import QueryError
from kg.query.params import PARAM_TYPES, Term, convert_param, to_term

__all__ = [
    "PAGE_PARAMS",
    "Anchor",
    "NamedQuery",
    "QueryParam",
    "get_named_query",
    "named_queries",
    "parse_named_query",
]

_PARAM_LINE = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s*\((?P<type>\w+)(?:\s*,\s*(?P<opt>required|default=(?P<default>[^)]*)))?\)\s*:?\s*(?P<text>.*)$"
)


_ANCHOR = re.compile(
    r"^[ \t]*# resolve: (?P<var>[A-Za-z_]\w*)\n(?P<block>.*?)^[ \t]*# end resolve\n",
    re.MULTILINE | re.DOTALL,
)
_SUBSELECT = re.compile(r"^\s*\{\s*(?P<select>SELECT\b.*)\}\s*$", re.DOTALL)
_PAGE_LINE = re.compile(r"^(?P<code>.*?)(?P<mark>[ \t]*# page[ \t]*)$", re.MULTILINE)
#: The parameters a paged query declares; they set its ``# page`` line, not variables.
PAGE_PARAMS = ("limit", "offset")


@dataclass(frozen=True, slots=True)
class Anchor:
    """A marked sub-SELECT that resolves a name to the IRIs bound to ``variable``."""

    variable: str
    span: tuple[int, int]  # where the marked block sits in the query text
    select: str  # the sub-SELECT on its own

    def pin(self, text: str, iri: str) -> str:
        """``text`` without the block, ``?variable`` replaced by the IRI ``iri`` (N-Triples form).

        Raises:
            QueryError: ``iri`` is not an N-Triples IRI (``<…>`` without spaces or quotes).
        """
        if not re.fullmatch(r"<[^<>\"{}|^`\\\s]*>", iri):
            raise QueryError(f"cannot pin ?{self.variable} to {iri!r}: not an IRI")
        rest = text[: self.span[0]] + text[self.span[1] :]
        return re.sub(rf"[?$]{self.variable}\b", lambda _: iri, rest)


def find_anchors(text: str) -> tuple[Anchor, ...]:
    """The ``# resolve:`` blocks of a query (see the module docstring).

    Raises:
        QueryError: a marked block is not one ``{ SELECT … }``.
    """
    anchors = []
    for found in _ANCHOR.finditer(text):
        select = _SUBSELECT.match(found.group("block"))
        if not select:
            raise QueryError(
                f"'# resolve: {found.group('var')}' must mark one {{ SELECT … }} block"
            )
        anchors.append(Anchor(found.group("var"), found.span(), select.group("select").strip()))
    return tuple(anchors)


@dataclass(frozen=True, slots=True)
class QueryParam:
    """One parameter of a named query (a variable the query projects)."""

    name: str
    type: str  # one of PARAM_TYPES
    required: bool
    default: str | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A SPARQL query shipped with ``kg``, with its documented parameters."""

    name: str
    description: str
    params: tuple[QueryParam, ...]
    example: str
    text: str

    def bind(self, values: Mapping[str, object]) -> dict[str, Term]:
        """Check ``values`` against the declared parameters and return RDF terms.

        Strings are parsed by the declared type; other values go through
        ``to_term``; declared defaults fill the gaps.

        Raises:
            QueryError: unknown or missing parameter, or a bad value.
        """
        declared = {p.name: p for p in self.params}
        unknown = sorted(set(values) - set(declared))
        if unknown:
            accepted = ", ".join(declared) or "none"
            raise QueryError(
                f"query {self.name!r} has no parameter {unknown[0]!r}; it accepts: {accepted}"
            )
        bound: dict[str, Term] = {}
        for param in self.params:
            value = values.get(param.name, param.default)
            if value is None:
                if param.required:
                    raise QueryError(
                        f"query {self.name!r} needs parameter {param.name!r} ({param.type}): "
                        f"{param.description}; e.g. {self.example or '--param ' + param.name + '=…'}"
                    )
                continue
            bound[param.name] = (
                convert_param(param.name, value, param.type)
                if isinstance(value, str)
                else to_term(value)
            )
        return bound

    @property
    def pages(self) -> bool:
        """True when the query declares ``limit`` and ``offset`` (see the module docstring)."""
        return {p.name for p in self.params} >= set(PAGE_PARAMS)

    def paged(self, bound: Mapping[str, Term]) -> tuple[str, dict[str, Term]]:
        """The text with ``bound``'s limit and offset on its ``# page`` line(s), and the
        substitutions without them. A query that does not page comes back as it is.

        Raises:
            QueryError: a negative limit or offset, or a paged query without a page line.
        """
        if not self.pages:
            return self.text, dict(bound)
        page = {name: int(str(getattr(bound[name], "value", bound[name]))) for name in PAGE_PARAMS}
        if min(page.values()) < 0:
            raise QueryError(f"query {self.name!r}: limit and offset must be 0 or more")
        rest = {k: v for k, v in bound.items() if k not in PAGE_PARAMS}

        def _rewrite(found: re.Match[str]) -> str:
            code = re.sub(r"\s*\bOFFSET\s+\d+", "", found.group("code"), flags=re.IGNORECASE)
            code = re.sub(r"\s*\bLIMIT\s+\d+", "", code, flags=re.IGNORECASE)
            if page["limit"]:
                code += f" LIMIT {page['limit']} OFFSET {page['offset']}"
            elif page["offset"]:
                code += f" OFFSET {page['offset']}"
            return code + found.group("mark")

        text, count = _PAGE_LINE.subn(_rewrite, self.text)
        if not count:
            raise QueryError(
                f"queries/{self.name}.rq declares limit/offset but has no '# page' line"
            )
        return text, rest


def _header_lines(text: str) -> list[str]:
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line[1:].strip())
    return lines


def _parse_param(name: str, line: str) -> QueryParam:
    found = _PARAM_LINE.match(line)
    if not found or found.group("type") not in PARAM_TYPES:
        raise QueryError(
            f"queries/{name}.rq: bad parameter line {line!r}; write "
            f"'#   name (type, required|default=VALUE): text' with type one of {', '.join(PARAM_TYPES)}"
        )
    default = found.group("default")
    return QueryParam(
        found.group("name"),
        found.group("type"),
        found.group("opt") == "required",
        default.strip() if default is not None else None,
        found.group("text").strip(),
    )


def parse_named_query(name: str, text: str) -> NamedQuery:
    """Parse one ``.rq`` file's header comment into a :class:`NamedQuery`.

    Args:
        name: the file stem.
        text: the file text.

    Raises:
        QueryError: if a parameter line is malformed.
    """
    description: list[str] = []
    params: list[QueryParam] = []
    example: list[str] = []
    section = "description"
    for line in _header_lines(text):
        lowered = line.lower()
        if lowered in ("parameters:", "params:"):
            section = "params"
        elif lowered.startswith("example:"):
            section = "example"
            rest = line.split(":", 1)[1].strip()
            example += [rest] if rest else []
        elif not line:
            section = "gap" if section == "description" else section
        elif section == "description":
            description.append(line.removeprefix(f"{name}:").strip())
        elif section == "params":
            params.append(_parse_param(name, line))
        elif section == "example":
            example.append(line)
    return NamedQuery(name, " ".join(description).strip(), tuple(params), " ".join(example), text)


def named_queries() -> dict[str, NamedQuery]:
    """Return every named query shipped in ``kg/queries``, by name (sorted).

    Raises:
        QueryError: if a header is malformed.
    """
    return dict(_load_named_queries())


@cache
def _load_named_queries() -> dict[str, NamedQuery]:
    folder = resources.files("kg") / "queries"
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            stem = entry.name[: -len(".rq")]
            found[stem] = parse_named_query(stem, entry.read_text(encoding="utf-8"))
    return found


def get_named_query(name: str) -> NamedQuery:
    """Return one named query.

    Raises:
        QueryError: if there is none by that name (the message lists them).
    """
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"unknown named query {name!r}; available: {', '.join(queries)}")
    return queries[name]
