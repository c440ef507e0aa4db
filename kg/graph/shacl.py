"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pyshacl).

SHACL sees one graph, not named graphs, so the union of all graphs is validated, and
every named graph ``kgr:graph/article/<id>`` is first typed ``kgo:ArticleGraph`` so the
provenance shape can check it (its ``prov:wasDerivedFrom`` triple lives inside it).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.graph.terms import node
from kg.iris import KGR

__all__ = ["SHAPES_PATH", "validate_graph"]

SHAPES_PATH = Path(__file__).resolve().parents[2] / "ontology" / "shapes.ttl"
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


def validate_graph(data: ox.Store | Iterable[ox.Quad], *, shapes: Path | None = None
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
    conforms, _, text = pyshacl.validate(data_graph, shacl_graph=shapes_graph, inference="none",
                                         advanced=False, allow_warnings=False)
    return bool(conforms), str(text)
