"""Open a built graph in an embedded pyoxigraph store and run SPARQL on it.

Input: an out dir, an RDF file or a store dir made by ``kg load``.
Output: :class:`KnowledgeGraph` and :class:`QueryResult` (plain Python values).
It does NOT: run updates, infer, or touch the network.
"""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.build.output import file_digest
from kg.build.state import load_manifest
from kg.errors import OutputError, QueryError
from kg.graph.store import has_default_graph
from kg.iris import KGR, PREFIXES
from kg.query.params import XSD, check_param_name, to_term

if TYPE_CHECKING:
    import rdflib

    from kg.query.named import NamedQuery

__all__ = [
    "VIEW_STORE",
    "KnowledgeGraph",
    "LoadReport",
    "build_view_store",
    "QueryResult",
    "load_store",
    "open_graph",
    "open_store",
    "python_value",
]

_NOTHING = "urn:x-kg:nothing"  # an IRI no graph holds: a pinned name that matched nothing

#: Prefixes every query may use without declaring them (a query's own PREFIX wins).
QUERY_PREFIXES: dict[str, str] = {
    **PREFIXES,
    "kgr": KGR,
    "geo": "http://www.opengis.net/ont/geosparql#",
}

#: File names looked for, in order, in an out dir.
OUT_FILES = ("kg.trig", "kg.nq", "kg.ttl", "kg.nt")
_FORMATS = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
}
_SYNTAX_AT = re.compile(r"at (\d+):(\d+)")
_INT_TYPES = {
    "integer",
    "int",
    "long",
    "short",
    "byte",
    "nonNegativeInteger",
    "positiveInteger",
    "nonPositiveInteger",
    "negativeInteger",
    "unsignedInt",
    "unsignedLong",
    "unsignedShort",
    "unsignedByte",
}

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


def _literal_value(lit: ox.Literal) -> object:
    local = lit.datatype.value.removeprefix(XSD)
    text = lit.value
    try:
        if local in _INT_TYPES:
            return int(text)
        if local == "decimal":
            return Decimal(text)
        if local in ("double", "float"):
            return float(text)
        if local == "boolean":
            return text in ("true", "1")
        if local == "date":
            return date.fromisoformat(text[:10])  # a timezone (2022-01-01Z) is dropped
        if local == "dateTime":
            return datetime.fromisoformat(text)
    except (ValueError, InvalidOperation):
        return text  # a value outside Python's range (e.g. a dated timezone) stays text
    return text


def python_value(term: Term | None) -> object:
    """Return the plain Python value of an RDF term (``None`` for unbound).

    Args:
        term: a pyoxigraph term or None.

    Returns:
        IRIs as ``str``, blank nodes as ``"_:id"``, literals by datatype: ``int``,
        ``Decimal``, ``float``, ``bool``, ``date``, ``datetime``, else the ``str``
        lexical form (language tags are dropped; use ``QueryResult.terms`` for them).
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return _literal_value(term)
    return str(term)


@dataclass(frozen=True, slots=True)
class QueryResult:
    """The answer to one query.

    ``kind`` is ``"select"``, ``"ask"`` or ``"construct"``. ``rows`` hold plain Python
    values (an ASK gives one row ``(bool,)`` in column ``ask``; a CONSTRUCT one row
    per triple in columns ``subject``, ``predicate``, ``object``); ``terms`` hold the
    same cells as pyoxigraph terms.
    """

    kind: str
    columns: tuple[str, ...]
    terms: tuple[tuple[Term | None, ...], ...]
    rows: tuple[tuple[Any, ...], ...] = field(init=False)

    def __post_init__(self) -> None:
        rows = tuple(tuple(python_value(t) for t in row) for row in self.terms)
        object.__setattr__(self, "rows", rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.rows)

    @property
    def boolean(self) -> bool:
        """The answer of an ASK query.

        Raises:
            QueryError: if this is not an ASK result.
        """
        if self.kind != "ask":
            raise QueryError(f"this is a {self.kind.upper()} result; .boolean is only for ASK")
        return bool(self.rows[0][0])

    def to_dicts(self) -> list[dict[str, Any]]:
        """Return the rows as ``{column: value}`` dicts (unbound cells are ``None``)."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def column(self, name: str) -> list[Any]:
        """Return the values of one column.

        Raises:
            QueryError: if there is no such column.
        """
        if name not in self.columns:
            raise QueryError(
                f"no column {name!r} in the result; columns: {', '.join(self.columns)}"
            )
        i = self.columns.index(name)
        return [row[i] for row in self.rows]

    def to_rdflib(self) -> rdflib.Graph:
        """Return a CONSTRUCT result as an ``rdflib.Graph``.

        Raises:
            QueryError: if this is not a CONSTRUCT result.
        """
        if self.kind != "construct":
            raise QueryError(
                f"this is a {self.kind.upper()} result; to_rdflib() is only for CONSTRUCT"
            )
        import rdflib

        text = "".join(f"{s} {p} {o} .\n" for s, p, o in self.terms)
        return rdflib.Graph().parse(data=text, format="nt")


def _syntax_error(sparql: str, exc: SyntaxError) -> QueryError:
    message = str(exc)
    found = _SYNTAX_AT.search(message)
    if not found:
        return QueryError(f"SPARQL syntax error: {message}")
    line_no, col = int(found.group(1)), int(found.group(2))
    lines = sparql.splitlines()
    if line_no > len(lines):
        return QueryError(f"SPARQL syntax error: the query ends too early: {message}")
    line = lines[line_no - 1]
    return QueryError(
        f"SPARQL syntax error at line {line_no}, position {col}: {message}; "
        f"line {line_no} is {line.strip()!r}"
    )


class KnowledgeGraph:
    """A built graph in a pyoxigraph ``Store``; queries see the union of all graphs.

    Args:
        store: the pyoxigraph store (``.store``, for anything this class lacks).
        source: where the data came from (for messages).
    """

    def __init__(self, store: ox.Store, source: Path | None = None) -> None:
        self.store = store
        self.source = source
        # Oxigraph's union default graph is a bag: a triple restated in N article graphs
        # is seen N times and joins multiply. Stores opened here hold the deduplicated
        # union in the default graph, so queries see set semantics (SPARQL's RDF merge);
        # a bare store without one falls back to the union of the named graphs.
        self.union_in_default = has_default_graph(store)
        self._size: int | None = None

    def __len__(self) -> int:
        """Quads of the built graph (named graphs; the derived union copy not counted)."""
        if self._size is None:
            if not self.union_in_default or next(iter(self.store.named_graphs()), None) is None:
                self._size = len(self.store)
            else:
                default = sum(
                    1 for _ in self.store.quads_for_pattern(None, None, None, ox.DefaultGraph())
                )
                self._size = len(self.store) - default
        return self._size

    def __repr__(self) -> str:
        return f"KnowledgeGraph(source={str(self.source)!r}, quads={len(self)})"

    def query(
        self,
        sparql: str,
        params: Mapping[str, object] | None = None,
        *,
        max_rows: int | None = None,
        timeout: float | None = None,
    ) -> QueryResult:
        """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query over the union of all graphs.

        Args:
            sparql: the query text (updates are refused by the parser); the project
                prefixes (``kgo:``, ``kgr:``, ``schema:``, ``skos:``, ``org:``, ``prov:``,
                ``oa:``, ``xsd:``, ``rdf:``, ``rdfs:``, ``owl:``, ``dcterms:`` …) are
                predeclared.
            params: variable name -> value, bound with pyoxigraph substitutions (never
                pasted into the text); a SELECT must project every bound variable.
            max_rows: raise instead of returning more rows than this.
            timeout: seconds; checked between rows, so one slow row can exceed it.

        Returns:
            The :class:`QueryResult`.

        Raises:
            QueryError: syntax error (with line and position), a parameter not in the
                SELECT clause, too many rows, timeout, or a store error.
        """
        subs: dict[ox.Variable, Term] = {
            ox.Variable(check_param_name(k)): to_term(v) for k, v in (params or {}).items()
        }
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            answer = self.store.query(
                sparql,
                use_default_graph_as_union=not self.union_in_default,
                prefixes=QUERY_PREFIXES,
                substitutions=subs or None,
            )
            collected = _collect(answer, max_rows, deadline)
            # pyoxigraph results must die on this thread (kg serve runs queries in a
            # pool), so no exception may hold them: errors come back as text
            del answer
            if isinstance(collected, str):
                raise QueryError(collected)
            return collected
        except SyntaxError as exc:
            raise _syntax_error(sparql, exc) from exc
        except RuntimeError as exc:
            if "projection" in str(exc):
                raise QueryError(
                    f"{exc}: a bound parameter must be a column of the SELECT clause; "
                    f"add it (SELECT ?{' ?'.join(v.value for v in subs)} …)"
                ) from exc
            raise QueryError(f"query failed: {exc}") from exc
        except OSError as exc:
            raise QueryError(f"query failed reading the store {self.source}: {exc}") from exc

    def run_named(self, name: str, **params: object) -> QueryResult:
        """Run a named query (``kg/queries/<name>.rq``) with its parameters.

        Args:
            name: the query name, e.g. ``"zone-detail"``.
            params: parameter values; strings are parsed by the declared type. A query
                that pages takes ``limit`` (0: every row) and ``offset``.

        Returns:
            The :class:`QueryResult`.

        Raises:
            QueryError: unknown name (lists the available ones), missing or unknown
                parameter, or a bad value.
        """
        from kg.query.named import get_named_query

        named = get_named_query(name)
        text, bound = named.paged(named.bind(params))
        return self.query(self._pin_anchors(text, bound), bound)

    def _pin_anchors(self, text: str, bound: Mapping[str, Term]) -> str:
        """Resolve each ``# resolve:`` block first; one IRI found is written in its place.

        Oxigraph joins a name resolved inside the query by scanning and hash-joining
        whole predicates (seconds at 5,000 articles); from a constant IRI it follows
        indexes (milliseconds). No IRI: a placeholder that matches nothing (the block
        is an inner join, so the answer is empty either way); several: the text as is.
        """
        from kg.query.named import find_anchors

        for anchor in reversed(find_anchors(text)):  # from the end: spans stay valid
            wanted = {
                k: v for k, v in bound.items() if re.search(rf"[?$]{re.escape(k)}\b", anchor.select)
            }
            result = self.query(anchor.select, wanted)
            column = result.columns.index(anchor.variable)
            found = {row[column] for row in result.terms}
            if len(found) <= 1 and all(isinstance(t, ox.NamedNode) for t in found):
                text = anchor.pin(text, str(next(iter(found), ox.NamedNode(_NOTHING))))
        return text

    def named_queries(self) -> dict[str, NamedQuery]:
        """Return the named queries, by name (same as :func:`kg.query.named_queries`)."""
        from kg.query.named import named_queries

        return named_queries()

    def graphs(self) -> list[str]:
        """Return the IRIs of the named graphs, sorted."""
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def to_rdflib_dataset(self) -> rdflib.Dataset:
        """Copy every quad into an ``rdflib.Dataset`` (default graph = union of all).

        For large graphs prefer oxrdflib (``rdflib.Dataset(store="Oxigraph")``).
        """
        import rdflib

        ds = rdflib.Dataset(default_union=True)
        graphs: dict[str, rdflib.Graph] = {}
        for quad in self.store:
            if self.union_in_default and isinstance(quad.graph_name, ox.DefaultGraph):
                continue  # the derived union copy: rdflib's default_union recomputes it
            key = str(quad.graph_name)
            if key not in graphs:
                graphs[key] = (
                    ds.default_graph
                    if isinstance(quad.graph_name, ox.DefaultGraph)
                    else ds.graph(_rdflib_term(quad.graph_name))
                )
            graphs[key].add(
                (
                    _rdflib_term(quad.subject),
                    _rdflib_term(quad.predicate),
                    _rdflib_term(quad.object),
                )
            )
        return ds


def _rdflib_term(term: Any) -> Any:
    import rdflib

    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    if term.datatype.value == XSD + "string":
        return rdflib.Literal(term.value)  # plain, as in the files (ONTOLOGY.md rule 7)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def _collect(answer: Any, max_rows: int | None, deadline: float | None) -> QueryResult | str:
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", ("ask",), ((_typed_bool(bool(answer)),),))
    if isinstance(answer, ox.QueryTriples):
        columns: tuple[str, ...] = ("subject", "predicate", "object")
        kind = "construct"
        rows_iter: Iterator[tuple[Term | None, ...]] = (
            (t.subject, t.predicate, t.object) for t in answer
        )
    else:
        columns = tuple(v.value for v in answer.variables)
        kind = "select"
        rows_iter = (tuple(sol[v] for v in answer.variables) for sol in answer)
    rows: list[tuple[Term | None, ...]] = []
    for row in rows_iter:
        if max_rows is not None and len(rows) >= max_rows:
            return f"the result has more than {max_rows} rows; add LIMIT or raise the limit"
        if deadline is not None and time.monotonic() > deadline:
            return "the query ran past its time limit; narrow it or raise the timeout"
        rows.append(row)
    return QueryResult(kind, columns, tuple(rows))


def _typed_bool(value: bool) -> ox.Literal:
    return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))


def is_store_dir(path: Path) -> bool:
    """Return True if ``path`` is a pyoxigraph (RocksDB) store directory."""
    return path.is_dir() and (path / "CURRENT").is_file()


def _data_file(path: Path) -> Path:
    if path.is_dir():
        for name in OUT_FILES:
            if (path / name).is_file():
                return path / name
        raise QueryError(
            f"{path}: no {' or '.join(OUT_FILES)} and not a store made by 'kg load'; "
            f"run 'kg build data/articles -o {path}' first"
        )
    if not path.exists():
        raise QueryError(
            f"{path}: no such file or directory; run 'kg build data/articles -o out/' first"
        )
    if path.suffix not in _FORMATS:
        raise QueryError(
            f"{path}: unknown RDF file type {path.suffix!r}; use {', '.join(_FORMATS)}"
        )
    return path


def _data_files(path: Path) -> tuple[Path, list[Path]]:
    """The source to name in messages and the files to load from ``path``.

    An out dir of ``kg build`` gives its ``kg.trig`` (or ``kg.nq``/…); a folder without
    one but with ``*.nq`` files (``parts/`` of ``kg build-dask``) gives all of them.
    """
    if path.is_dir() and not any((path / name).is_file() for name in OUT_FILES):
        parts = sorted(p for p in path.glob("*.nq") if p.is_file())
        if parts:
            return path, parts
    data = _data_file(path)
    return data, [data]


def load_into(store: ox.Store, files: Sequence[Path]) -> None:
    """Bulk-load RDF files into ``store`` and make the default graph the set union.

    Named graphs (TriG/N-Quads) keep their names; the default graph then also receives
    the deduplicated union of every named graph. For a ``kg.trig`` whose build manifest
    vouches for the ``kg.ttl`` beside it (same SHA-1s as written), that file is
    bulk-loaded (streaming, bounded memory); otherwise the union is copied with one
    ``INSERT`` (a store is a set, so the copy has no duplicates; it is held in memory
    while it runs). Queries without ``GRAPH`` read that default graph; ``GRAPH ?g``
    still reaches each article's graph.

    Raises:
        QueryError: if a file does not parse (message has the file and the parser's words).
    """
    union = _trusted_union(files)
    for file in [*files, union] if union else files:
        try:
            store.bulk_load(path=str(file), format=_FORMATS[file.suffix])
        except SyntaxError as exc:
            raise QueryError(f"{file}: not valid {file.suffix[1:]}: {exc}") from exc
    if union is None and next(iter(store.named_graphs()), None) is not None:
        store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")


def _trusted_union(files: Sequence[Path]) -> Path | None:
    """``kg.ttl`` beside a single ``kg.trig`` when the build manifest lists both digests."""
    if len(files) != 1 or files[0].name != "kg.trig":
        return None
    out_dir = files[0].parent
    manifest = load_manifest(out_dir)
    union = out_dir / "kg.ttl"
    digests = manifest.outputs
    if not union.is_file() or not digests.get("kg.ttl") or not digests.get("kg.trig"):
        return None
    if file_digest(union) != digests["kg.ttl"] or file_digest(files[0]) != digests["kg.trig"]:
        return None
    return union


#: The on-disk store ``kg build`` leaves in an out dir (the union of kg.ttl), for kg.html.
VIEW_STORE = Path(".kg-cache") / "store"


#: Bytes of kg.ttl handed to one ``bulk_load`` call: pyoxigraph's bulk loader holds about
#: 100 bytes per byte given at once (1 GB for a 60 MB file), so the file goes in slices.
_LOAD_SLICE = 8 << 20


def build_view_store(out_dir: Path) -> ox.Store:
    """Bulk-load ``out_dir/kg.ttl`` into a fresh on-disk store at ``out_dir/.kg-cache/store``.

    The store holds the deduplicated union in its default graph (no named graphs), in
    RocksDB files, so drawing or querying it does not hold the corpus in memory. The
    file is loaded in slices of about 8 MB cut where a subject starts (pyoxigraph
    writes each subject from column 0, and escapes newlines in literals), each with
    the prefix lines: as fast as one ``bulk_load``, at a fifth of its memory. Open it
    again later with ``open_store(out_dir / VIEW_STORE)``.

    Raises:
        QueryError: kg.ttl is missing or does not parse.
    """
    union = out_dir / "kg.ttl"
    if not union.is_file():
        raise QueryError(f"{union}: missing; run 'kg build' into {out_dir} first")
    store_dir = out_dir / VIEW_STORE
    if store_dir.exists():
        shutil.rmtree(store_dir)
    store = ox.Store(str(store_dir))
    try:
        for piece in _turtle_slices(union, _LOAD_SLICE):
            store.bulk_load(input=piece, format=ox.RdfFormat.TURTLE)
    except SyntaxError as exc:
        raise QueryError(f"{union}: not valid Turtle: {exc}") from exc
    store.flush()
    return store


def _turtle_slices(path: Path, size: int) -> Iterator[bytes]:
    """Pieces of a pyoxigraph-written Turtle file, each with the prefixes, cut between subjects."""
    header: list[bytes] = []
    piece: list[bytes] = []
    length = 0
    with path.open("rb") as fh:
        for line in fh:
            if not piece and line.startswith(b"@prefix"):
                header.append(line)
                continue
            if length >= size and line[:1] not in (b"\t", b"@"):
                yield b"".join(header + piece)
                piece, length = [], 0
            piece.append(line)
            length += len(line)
    if piece:
        yield b"".join(header + piece)


def open_graph(path: str | Path, *, store_dir: str | Path | None = None) -> KnowledgeGraph:
    """Open a built graph for querying.

    Args:
        path: an out dir of ``kg build`` (loads ``kg.trig``, else ``kg.nq``/``kg.ttl``/
            ``kg.nt``), a folder of ``*.nq`` parts (``parts/`` of ``kg build-dask``),
            one ``.trig``/``.ttl``/``.nq``/``.nt`` file, or a store dir made by
            ``kg load`` (opened read-only, nothing is loaded).
        store_dir: load into a new on-disk store there instead of memory.

    Returns:
        The :class:`KnowledgeGraph`.

    Raises:
        QueryError: if nothing can be found or parsed at ``path``.
    """
    path = Path(path)
    if is_store_dir(path):
        return open_store(path)
    data, files = _data_files(path)
    store = ox.Store(str(store_dir)) if store_dir is not None else ox.Store()
    load_into(store, files)
    return KnowledgeGraph(store, data)


def open_store(store_dir: str | Path, *, read_only: bool = True) -> KnowledgeGraph:
    """Open a persistent store made by ``kg load``.

    Args:
        store_dir: the store directory.
        read_only: open without a write lock (several readers may share it).

    Raises:
        QueryError: if it is not a store directory or cannot be opened.
    """
    store_dir = Path(store_dir)
    if not is_store_dir(store_dir):
        raise QueryError(
            f"{store_dir}: not a store directory; make one with 'kg load --store {store_dir}'"
        )
    try:
        store = ox.Store.read_only(str(store_dir)) if read_only else ox.Store(str(store_dir))
    except OSError as exc:
        raise QueryError(f"{store_dir}: cannot open the store: {exc}") from exc
    return KnowledgeGraph(store, store_dir)


@dataclass(frozen=True, slots=True)
class LoadReport:
    """What ``load_store`` did."""

    store_dir: Path
    source: Path
    quads: int
    graphs: int
    seconds: float


def load_store(data: str | Path, store_dir: str | Path, *, force: bool = False) -> LoadReport:
    """Bulk-load a built graph into a persistent pyoxigraph store directory.

    Args:
        data: out dir of ``kg build``, a folder of ``*.nq`` parts, or one RDF file
            (as for :func:`open_graph`).
        store_dir: the store directory to create.
        force: replace an existing store there (only a store dir is ever removed).

    Returns:
        A :class:`LoadReport`.

    Raises:
        OutputError: ``store_dir`` exists (without ``force``) or is not a store.
        QueryError: the data cannot be found or parsed.
    """
    store_dir = Path(store_dir)
    source, files = _data_files(Path(data))
    if store_dir.exists() and any(store_dir.iterdir()):
        if not is_store_dir(store_dir):
            raise OutputError(
                f"{store_dir}: exists and is not a store; choose an empty or new directory"
            )
        if not force:
            raise OutputError(f"{store_dir}: a store is already there; add --force to replace it")
        shutil.rmtree(store_dir)
    started = time.perf_counter()
    store = ox.Store(str(store_dir))
    load_into(store, files)
    store.flush()
    store.optimize()
    report = LoadReport(
        store_dir,
        source,
        len(KnowledgeGraph(store)),
        len(list(store.named_graphs())),
        time.perf_counter() - started,
    )
    del store  # release the RocksDB lock now
    return report
