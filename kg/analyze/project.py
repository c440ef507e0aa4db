"""Project the RDF store onto a typed, labelled networkx graph.

Nodes are the typed resources a reader cares about (places, bodies, documents,
batches, zones, articles, people, posts, figures, claims); evidence annotations,
their targets and selectors are left out (they are provenance, shown by
``kg.viz`` as sentences, not as nodes). Edges are the object-property triples
between two such nodes, keyed by the relation CURIE, deduplicated across graphs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import networkx as nx
import pyoxigraph as ox

from kg.iris import KGO, PREFIXES

__all__ = [
    "KINDS",
    "Kind",
    "curie",
    "kind_names",
    "project_store",
]

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS = PREFIXES["skos"]
SCHEMA = PREFIXES["schema"]
ORG = PREFIXES["org"]
PREF_LABEL = SKOS + "prefLabel"
ALT_LABEL = SKOS + "altLabel"
CONTAINED_IN = SCHEMA + "containedInPlace"
HOST_PROVINCE = KGO + "hostProvince"
IN_BATCH = KGO + "inBatch"
ESTABLISHED_BY = KGO + "establishedBy"
IDENTIFIER = SCHEMA + "legislationIdentifier"

#: Literal properties that name a node when it has no skos:prefLabel.
_NAME_PROPERTIES = (SCHEMA + "headline", SCHEMA + "name")
#: Literal properties that make up the label of a figure or a claim.
_VALUE_PROPERTIES = (
    (SCHEMA + "value", "value"),
    (SCHEMA + "unitCode", "unit"),
    (KGO + "periodLabel", "period"),
    (KGO + "claimedValue", "claimed"),
)


@dataclass(frozen=True, slots=True)
class Kind:
    """One node kind: the class IRIs that select it, and how it is shown.

    ``name`` is the short key used on the command line (``--types zone,org``).
    """

    name: str
    classes: tuple[str, ...]
    label_zh: str
    label_en: str
    color: str
    shape: str


#: Node kinds, most specific first: a resource takes the first kind whose class it has.
KINDS: tuple[Kind, ...] = (
    Kind("zone", (KGO + "PilotZone",), "试验区", "pilot zone", "#e6550d", "star"),
    Kind("batch", (KGO + "PilotZoneBatch",), "批次", "batch", "#9467bd", "hexagon"),
    Kind("document", (SCHEMA + "Legislation",), "政策文件", "policy document", "#8c564b", "square"),
    Kind(
        "org",
        (SCHEMA + "GovernmentOrganization", ORG + "Organization"),
        "机构",
        "body",
        "#d62728",
        "diamond",
    ),
    Kind("province", (KGO + "Province",), "省级", "province", "#1f77b4", "dot"),
    Kind("prefecture", (KGO + "Prefecture",), "地级", "prefecture", "#6baed6", "dot"),
    Kind("county", (KGO + "County",), "县级", "county", "#9ecae1", "dot"),
    Kind("special-area", (KGO + "SpecialArea",), "特殊区域", "special area", "#17becf", "dot"),
    Kind("country", (SCHEMA + "Country",), "国家", "country", "#08306b", "dot"),
    Kind("place", (SCHEMA + "Place",), "地点", "place", "#c6dbef", "dot"),
    Kind("article", (SCHEMA + "NewsArticle",), "新闻", "article", "#7f7f7f", "box"),
    Kind("person", (SCHEMA + "Person",), "人物", "person", "#2ca02c", "ellipse"),
    Kind("post", (ORG + "Post",), "职务", "post", "#98df8a", "ellipse"),
    Kind("observation", (SCHEMA + "Observation",), "数据", "figure", "#bcbd22", "triangle"),
    Kind("claim", (KGO + "Claim",), "陈述", "claim", "#ff9896", "triangleDown"),
)

_KIND_BY_CLASS: dict[str, int] = {}
for _rank, _kind in enumerate(KINDS):
    for _cls in _kind.classes:
        _KIND_BY_CLASS.setdefault(_cls, _rank)


def kind_names() -> tuple[str, ...]:
    """Return the node kind names in display order (``zone``, ``batch``, …)."""
    return tuple(k.name for k in KINDS)


def curie(iri: str) -> str:
    """Shorten ``iri`` with the project prefixes (``kgo:inBatch``); unknown IRIs stay whole.

    Args:
        iri: an absolute IRI.

    Returns:
        ``prefix:local`` when a project prefix matches (longest first), else ``iri``.
    """
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _quads(store: ox.Store, predicate: str | None = None) -> Iterator[ox.Quad]:
    pred = ox.NamedNode(predicate) if predicate else None
    return iter(store.quads_for_pattern(None, pred, None, None))


def _node_kinds(store: ox.Store) -> dict[str, str]:
    """Map every typed resource that has a known kind to its most specific kind name."""
    best: dict[str, int] = {}
    for quad in _quads(store, RDF_TYPE):
        if not isinstance(quad.subject, ox.NamedNode):
            continue
        rank = _KIND_BY_CLASS.get(quad.object.value)  # type: ignore[union-attr]
        if rank is None:
            continue
        iri = quad.subject.value
        if rank < best.get(iri, len(KINDS)):
            best[iri] = rank
    return {iri: KINDS[rank].name for iri, rank in best.items()}


def _literal_text(term: object) -> tuple[str, str] | None:
    if isinstance(term, ox.Literal):
        return term.value, term.language or ""
    return None


def _labels(store: ox.Store, nodes: set[str]) -> dict[str, dict[str, list[str]]]:
    """Collect pref/alt/name labels per node, keyed ``pref@zh``, ``alt@zh``, ``name``…"""
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    props: tuple[tuple[str, str], ...] = (
        (PREF_LABEL, "pref"),
        (ALT_LABEL, "alt"),
        (IDENTIFIER, "ident"),
    )
    props += tuple((p, "name") for p in _NAME_PROPERTIES) + _VALUE_PROPERTIES
    for prop, key in props:
        for quad in _quads(store, prop):
            if not isinstance(quad.subject, ox.NamedNode):
                continue
            iri = quad.subject.value
            text = _literal_text(quad.object)
            if iri in nodes and text is not None:
                values = found[iri][f"{key}@{text[1]}"]
                if text[0] not in values:
                    values.append(text[0])
    return found


def _pick(labels: dict[str, list[str]], *keys: str) -> str:
    for key in keys:
        values = sorted(labels.get(key, ()))
        if values:
            return values[0]
    return ""


def _iri_tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def _ancestor_of_kind(iri: str, parents: dict[str, str], kinds: dict[str, str], want: str) -> str:
    """Walk ``schema:containedInPlace`` up from ``iri`` to the first node of kind ``want``."""
    seen: set[str] = set()
    current: str | None = iri
    while current is not None and current not in seen:
        if kinds.get(current) == want:
            return current
        seen.add(current)
        current = parents.get(current)
    return ""


def _edges(store: ox.Store, kinds: dict[str, str]) -> Iterable[tuple[str, str, str]]:
    """Yield each (subject, relation CURIE, object) between two nodes once, sorted."""
    triples: set[tuple[str, str, str]] = set()
    for quad in store.quads_for_pattern(None, None, None, None):
        subj, obj = quad.subject, quad.object
        if not isinstance(obj, ox.NamedNode) or not isinstance(subj, ox.NamedNode):
            continue
        if quad.predicate.value == RDF_TYPE:
            continue
        if subj.value in kinds and obj.value in kinds and subj.value != obj.value:
            triples.add((subj.value, curie(quad.predicate.value), obj.value))
    return sorted(triples)


def _single_objects(store: ox.Store, predicate: str) -> dict[str, str]:
    """Map subject → object IRI for ``predicate`` (smallest object when several)."""
    found: dict[str, str] = {}
    for quad in _quads(store, predicate):
        if isinstance(quad.object, ox.NamedNode) and isinstance(quad.subject, ox.NamedNode):
            s, o = quad.subject.value, quad.object.value
            if s not in found or o < found[s]:
                found[s] = o
    return found


def project_store(store: ox.Store) -> nx.MultiDiGraph:
    """Project the store onto a ``MultiDiGraph`` of typed, labelled nodes.

    Node attributes: ``kind`` (a ``KINDS`` name), ``label`` (Chinese, short form),
    ``label_zh`` (full Chinese label), ``label_en``, ``alt`` (other labels, tuple),
    ``province`` and ``batch`` (IRIs, ``""`` when none). Edges are keyed and
    labelled by the relation CURIE (``relation`` attribute), e.g. ``kgo:inBatch``.

    Args:
        store: a pyoxigraph store holding the built graph (any named graphs).

    Returns:
        The projected graph; nodes and edges are inserted in sorted order so
        that every later step (layout, export) is deterministic.
    """
    kinds = _node_kinds(store)
    labels = _labels(store, set(kinds))
    parents = _single_objects(store, CONTAINED_IN)
    host = _single_objects(store, HOST_PROVINCE)
    batch_of = _single_objects(store, IN_BATCH)
    doc_batch = {doc: batch for batch, doc in _single_objects(store, ESTABLISHED_BY).items()}
    nxg = nx.MultiDiGraph()
    for iri in sorted(kinds):
        kind = kinds[iri]
        lab = labels.get(iri, {})
        label_zh = _pick(lab, "pref@zh", "name@zh", "pref@", "name@")
        label_en = _pick(lab, "pref@en", "name@en")
        alt = tuple(sorted(set(lab.get("alt@zh", [])) | set(lab.get("alt@en", []))))
        province = host.get(iri) or _ancestor_of_kind(iri, parents, kinds, "province")
        batch = iri if kind == "batch" else batch_of.get(iri) or doc_batch.get(iri, "")
        nxg.add_node(
            iri,
            kind=kind,
            label=_short_label(kind, label_zh, lab) or label_en or _iri_tail(iri),
            label_zh=label_zh,
            label_en=label_en,
            alt=alt,
            province=province,
            batch=batch,
        )
    for subj, rel, obj in _edges(store, kinds):
        nxg.add_edge(subj, obj, key=rel, relation=rel)
    return nxg


def _short_label(kind: str, label_zh: str, labels: dict[str, list[str]]) -> str:
    """A short Chinese label for drawing: the zh altLabel of a long name, or a cut."""
    if kind == "observation" and labels.get("value@"):
        unit = _pick(labels, "unit@")
        return f"{_pick(labels, 'period@zh')} {_pick(labels, 'value@')} {unit}".strip()
    if kind == "claim" and labels.get("claimed@"):
        return f"陈述: {_pick(labels, 'claimed@')}"
    if len(label_zh) <= 8:
        return label_zh
    if kind == "document" and labels.get("ident@"):
        return sorted(labels["ident@"])[0]
    alt = sorted(labels.get("alt@zh", ()), key=lambda a: (len(a), a))
    if alt:
        return alt[0]
    if kind == "article" and len(label_zh) > 14:
        return label_zh[:14] + "…"
    return label_zh
