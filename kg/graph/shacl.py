"""SHACL validation of a built graph against ``ontology/shapes.ttl``.

Input: quads (or a store), or one article graph plus the reference graph. Output:
``(conforms, report)``. It does not: infer (types are asserted, superclasses too).

Two checkers of the same shapes:

* ``validate_graph`` runs pyshacl over the union of the graphs given (used once per
  build for the reference graph, and by ``kg reference --shacl``); SHACL sees one graph,
  so every named graph ``kgr:graph/article/<id>`` is first typed ``kgo:ArticleGraph`` so
  the provenance shape can check it (its ``prov:wasDerivedFrom`` lives inside it);
* ``ArticleChecker`` compiles the SHACL Core subset the shapes use (targetClass,
  targetSubjectsOf, sh:class, minCount, maxCount, datatype, nodeKind, sh:in, sh:or of property shapes)
  into plain Python and checks one article graph, together with what the reference
  graph says about the same nodes, in microseconds, in the build worker. A shapes file
  using anything else raises ``UnsupportedShapesError`` (the build then says SHACL did not
  run per article; it never passes silently). Each article graph is checked on its own
  with the reference graph: a count or class that only another article supplies is
  not seen.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.graph.terms import node
from kg.iris import KGR
from kg.paths import ontology_dir

__all__ = ["SHAPES_PATH", "ArticleChecker", "UnsupportedShapesError", "validate_graph"]

SHAPES_PATH = ontology_dir() / "shapes.ttl"
ARTICLE_GRAPH_PREFIX = KGR + "graph/article/"


def _union_ntriples(quads: Iterable[ox.Quad]) -> bytes:
    triples: set[ox.Triple] = set()
    graphs: set[str] = set()
    for quad in quads:
        triples.add(ox.Triple(quad.subject, quad.predicate, quad.object))
        if isinstance(quad.graph_name, ox.NamedNode):
            graphs.add(quad.graph_name.value)
    for name in sorted(g for g in graphs if g.startswith(ARTICLE_GRAPH_PREFIX)):
        triples.add(ox.Triple(ox.NamedNode(name), node("rdf:type"), node("kgo:ArticleGraph")))
    return ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES) or b""


def validate_graph(
    data: ox.Store | Iterable[ox.Quad], *, shapes: Path | None = None
) -> tuple[bool, str]:
    """Validate the union of ``data``'s graphs against the SHACL shapes.

    Args:
        data: a pyoxigraph ``Store`` or quads (e.g. ``reference_quads(ref)`` plus article quads).
        shapes: a shapes Turtle file; default ``ontology/shapes.ttl``.

    Returns:
        ``(conforms, report)``: ``report`` is pyshacl's readable text, one block per
        violation naming the focus node, the path and the message.
    """
    import pyshacl
    import rdflib

    quads = data.quads_for_pattern(None, None, None, None) if isinstance(data, ox.Store) else data
    data_graph = rdflib.Graph()
    data_graph.parse(data=_union_ntriples(quads), format="nt")
    shapes_graph = rdflib.Graph().parse(shapes or SHAPES_PATH, format="turtle")
    conforms, _, text = pyshacl.validate(
        data_graph, shacl_graph=shapes_graph, inference="none", advanced=False, allow_warnings=False
    )
    return bool(conforms), str(text)


_SH = "http://www.w3.org/ns/shacl#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_LANG_STRING = _RDF + "langString"
_TYPE = f"<{_RDF}type>"
#: Shape keys the compiled checker understands; any other sh: key means pyshacl only.
_KNOWN = {
    "targetClass",
    "targetSubjectsOf",
    "property",
    "class",
    "or",
    "message",
    "path",
    "minCount",
    "maxCount",
    "datatype",
    "nodeKind",
    "in",
    "name",
    "description",
    "severity",
}
#: sh:nodeKind values → how the N-Triples forms of the terms they allow start.
_NODE_KINDS: dict[str, tuple[str, ...]] = {
    _SH + "IRI": ("<",),
    _SH + "Literal": ('"',),
    _SH + "BlankNode": ("_:",),
    _SH + "BlankNodeOrIRI": ("_:", "<"),
    _SH + "IRIOrLiteral": ("<", '"'),
    _SH + "BlankNodeOrLiteral": ("_:", '"'),
}
_LEXICAL = {  # well-formed lexical forms, as pyshacl's sh:datatype checks them
    _XSD + "integer": re.compile(r"[+-]?\d+"),
    _XSD + "decimal": re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)"),
    _XSD + "date": re.compile(r"-?\d{4,}-\d\d-\d\d(Z|[+-]\d\d:\d\d)?"),
    _XSD + "dateTime": re.compile(r"-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?"),
    _XSD + "boolean": re.compile(r"true|false|1|0"),
}


class UnsupportedShapesError(ValueError):
    """The shapes use a SHACL feature ``ArticleChecker`` does not compile."""


@dataclass(frozen=True, slots=True)
class _Property:
    """One compiled property shape; terms are N-Triples forms (``<iri>``, ``"text"@zh``)."""

    path: str
    min_count: int = 0
    max_count: int | None = None
    class_: str | None = None
    datatype: str | None = None  # the bare IRI
    message: str = ""
    node_kind: str | None = None  # the bare IRI
    allowed: frozenset[str] | None = None  # sh:in


@dataclass(frozen=True, slots=True)
class _Shape:
    name: str
    target_classes: frozenset[str]
    target_subjects_of: frozenset[str]
    node_class: str | None
    properties: tuple[_Property, ...]
    alternatives: tuple[tuple[_Property, ...], ...]  # sh:or: one list must hold
    message: str


#: predicate → objects of one subject; every term in N-Triples form.
Values = dict[str, list[str]]


def _compile(shapes_path: Path) -> tuple[_Shape, ...]:
    by_subject: dict[object, dict[str, list[object]]] = defaultdict(lambda: defaultdict(list))
    for t in ox.parse(path=str(shapes_path), format=ox.RdfFormat.TURTLE):
        by_subject[t.subject][t.predicate.value].append(t.object)

    def one(node_: object, key: str) -> object | None:
        found = by_subject.get(node_, {}).get(_SH + key, [])
        return found[0] if found else None

    def check_keys(node_: object) -> None:
        for key in by_subject.get(node_, {}):
            if key.startswith(_SH) and key[len(_SH) :] not in _KNOWN:
                raise UnsupportedShapesError(f"{shapes_path}: {key} is not compiled; pyshacl only")

    def rdf_list(head: object) -> list[object]:
        items = []
        while head != ox.NamedNode(_RDF + "nil"):
            items.append(by_subject[head][_RDF + "first"][0])
            head = by_subject[head][_RDF + "rest"][0]
        return items

    def prop(node_: object) -> _Property:
        check_keys(node_)
        path, mn, mx, cls, dt, msg, kind, allowed = (
            one(node_, k)
            for k in (
                "path",
                "minCount",
                "maxCount",
                "class",
                "datatype",
                "message",
                "nodeKind",
                "in",
            )
        )
        if not isinstance(path, ox.NamedNode) or by_subject.get(node_, {}).get(_SH + "or"):
            raise UnsupportedShapesError(f"{shapes_path}: only plain IRI paths are compiled")
        return _Property(
            str(path),
            int(mn.value) if isinstance(mn, ox.Literal) else 0,
            int(mx.value) if isinstance(mx, ox.Literal) else None,
            str(cls) if isinstance(cls, ox.NamedNode) else None,
            dt.value if isinstance(dt, ox.NamedNode) else None,
            msg.value if isinstance(msg, ox.Literal) else "",
            kind.value if isinstance(kind, ox.NamedNode) else None,
            frozenset(str(v) for v in rdf_list(allowed)) if allowed is not None else None,
        )

    shapes = []
    node_shape = ox.NamedNode(_SH + "NodeShape")
    for subject, keys in sorted(by_subject.items(), key=lambda kv: str(kv[0])):
        if node_shape not in keys.get(_RDF + "type", []):
            continue
        check_keys(subject)
        alternatives = tuple(
            tuple(prop(p) for p in [alt])
            for head in keys.get(_SH + "or", [])
            for alt in rdf_list(head)
        )
        node_class = one(subject, "class")
        message = one(subject, "message")
        shapes.append(
            _Shape(
                str(subject),
                frozenset(
                    str(c) for c in keys.get(_SH + "targetClass", []) if isinstance(c, ox.NamedNode)
                ),
                frozenset(
                    str(c)
                    for c in keys.get(_SH + "targetSubjectsOf", [])
                    if isinstance(c, ox.NamedNode)
                ),
                str(node_class) if isinstance(node_class, ox.NamedNode) else None,
                tuple(prop(p) for p in keys.get(_SH + "property", [])),
                alternatives,
                message.value if isinstance(message, ox.Literal) else "",
            )
        )
    return tuple(shapes)


def _index(triples: Iterable[tuple[object, object, object]]) -> dict[str, Values]:
    """subject → predicate → objects, keyed by N-Triples forms (``str`` of a term, or
    the term itself when it is already one)."""
    index: dict[str, Values] = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        if type(o) is not str:
            s, p, o = str(s), str(p), str(o)
        index[s][p].append(o)  # type: ignore[index]
    return index


class ArticleChecker:
    """The shapes compiled once, checking one article graph at a time (see module doc).

    Args:
        reference: the reference graph's quads (what an article may point at).
        shapes: the shapes Turtle file; default ``ontology/shapes.ttl``.

    Raises:
        UnsupportedShapesError: the shapes use a feature outside the compiled subset.
    """

    def __init__(self, reference: Iterable[ox.Quad], *, shapes: Path | None = None) -> None:
        self.shapes = _compile(shapes or SHAPES_PATH)
        self._reference = _index((q.subject, q.predicate, q.object) for q in reference)
        self._article_graph = str(node("kgo:ArticleGraph"))
        self._by_class: dict[str, list[int]] = defaultdict(list)
        self._by_predicate: dict[str, list[int]] = defaultdict(list)
        for i, shape in enumerate(self.shapes):
            for cls in shape.target_classes:
                self._by_class[cls].append(i)
            for predicate in shape.target_subjects_of:
                self._by_predicate[predicate].append(i)

    def check(self, triples: Iterable[tuple[object, object, object]], graph: str) -> list[str]:
        """Violations of the article graph ``graph`` holding ``triples`` (empty: conforms).

        ``triples`` are pyoxigraph terms or their N-Triples forms (what
        ``kg.graph.article.ArticleParts.triples`` holds). Each violation is one line
        ``<focus> <path>: <message>``; the graph node is typed ``kgo:ArticleGraph`` as
        ``validate_graph`` types it.
        """
        own = _index(triples)
        graph_node = f"<{graph}>"
        own[graph_node][_TYPE].append(self._article_graph)
        problems: list[str] = []
        empty: Values = {}
        for focus, values in own.items():
            ref = self._reference.get(focus, empty)
            wanted: set[int] = set()
            for key in (*values.get(_TYPE, ()), *ref.get(_TYPE, ())):
                wanted.update(self._by_class.get(key, ()))
            targeted = self._by_predicate.keys()  # few predicates; set ops, not a loop
            for key in (targeted & values.keys()) | (targeted & ref.keys()):
                wanted.update(self._by_predicate[key])
            for i in sorted(wanted):
                problems += self._check_shape(self.shapes[i], focus, values, ref, own)
        return sorted(problems)

    def _types(self, term: str, own: dict[str, Values]) -> set[str]:
        return set(self._reference.get(term, {}).get(_TYPE, ())) | set(
            own.get(term, {}).get(_TYPE, ())
        )

    def _check_shape(
        self, shape: _Shape, focus: str, values: Values, ref: Values, own: dict[str, Values]
    ) -> list[str]:
        problems = []
        if shape.node_class is not None and shape.node_class not in (
            set(values.get(_TYPE, ())) | set(ref.get(_TYPE, ()))
        ):
            problems.append(
                f"{focus} rdf:type: {shape.message or 'not a ' + str(shape.node_class)}"
            )
        for rule in shape.properties:
            problem = self._check_property(rule, focus, values, ref, own)
            if problem:
                problems.append(problem)
        if shape.alternatives and not any(
            all(not self._check_property(rule, focus, values, ref, own) for rule in alternative)
            for alternative in shape.alternatives
        ):
            problems.append(f"{focus} sh:or: {shape.message or 'no alternative holds'}")
        return problems

    def _check_property(
        self, rule: _Property, focus: str, values: Values, ref: Values, own: dict[str, Values]
    ) -> str | None:
        found = list(dict.fromkeys([*values.get(rule.path, ()), *ref.get(rule.path, ())]))
        why = ""
        if len(found) < rule.min_count:
            why = f"fewer than {rule.min_count} values"
        elif rule.max_count is not None and len(found) > rule.max_count:
            why = f"more than {rule.max_count} values"
        for value in found:
            if why:
                break
            if rule.class_ is not None and rule.class_ not in self._types(value, own):
                why = f"{value} is not a {rule.class_}"
            elif rule.datatype is not None and not _has_datatype(value, rule.datatype):
                why = f"{value} is not a {rule.datatype}"
            elif rule.node_kind is not None and not value.startswith(
                _NODE_KINDS.get(rule.node_kind, ())
            ):
                why = f"{value} is not of node kind {rule.node_kind}"
            elif rule.allowed is not None and value not in rule.allowed:
                why = f"{value} is not one of the allowed values"
        if not why:
            return None
        return f"{focus} {rule.path}: {rule.message or why} ({why})"


def _has_datatype(value: str, datatype: str) -> bool:
    """Whether the N-Triples literal ``value`` has ``datatype`` and a well-formed lexical form.

    The lexical patterns only accept characters N-Triples never escapes, so matching the
    quoted text as written is matching the value.
    """
    if not value.startswith('"'):
        return False
    end = value.rindex('"')
    suffix = value[end + 1 :]
    if suffix.startswith("@"):
        actual = _LANG_STRING
    elif suffix.startswith("^^<"):
        actual = suffix[3:-1]
    else:
        actual = _XSD + "string"
    if actual != datatype:
        return False
    pattern = _LEXICAL.get(datatype)
    return pattern is None or pattern.fullmatch(value[1:end]) is not None
