"""The overview's data from one streaming pass over kg.trig (what ``kg build`` draws).

Input: a ``kg.trig`` written by ``kg build`` (one named graph per article, then the
build and reference graphs; each graph's quads are consecutive) and the overview
limits.
Output: ``overview_source``: a small in-memory store with the facts about the
overview's nodes (types, labels, containment, batches, dates, the drawn relations)
and the ``PanelLists`` (mention counts, the latest articles, figures, claims and
evidence per node, already cut to the limits), which ``overview_payload`` draws
exactly as it would from a store of the whole corpus.
It does not: load the corpus into a store or networkx, read the file twice, or keep
anything per article beyond the graph being read (per-node lists are bounded, article
headlines are kept only while a list holds the article). Memory grows with the
number of distinct entities (places, zones, bodies, documents), not with articles.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.graph.article import LOCAL_FAMILIES
from kg.viz.overview import (
    END_DATE_PROPERTIES,
    RELATION_TEXT,
    OverviewLimits,
    PanelLists,
    TopN,
    add_evidence,
    claim_item,
    figure_item,
    later_first,
    ontology_labels,
)
from kg.viz.units import human_date

__all__ = ["overview_source"]

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_SCHEMA = "https://schema.org/"
_KGO = "https://w3id.org/pilot-zone-kg/ont#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_PROV = "http://www.w3.org/ns/prov#"
_OA = "http://www.w3.org/ns/oa#"
_ORG = "http://www.w3.org/ns/org#"
_TYPE = _RDF + "type"
_ARTICLE = _SCHEMA + "NewsArticle"
_OBSERVATION = _SCHEMA + "Observation"
_CLAIM = _KGO + "Claim"
_ANNOTATION = _OA + "Annotation"
_PREFIX = {"schema:": _SCHEMA, "kgo:": _KGO, "prov:": _PROV, "org:": _ORG, "skos:": _SKOS}

#: The local subjects' properties the panel lists read (the stars of ``overview``'s queries).
_ARTICLE_PROPS = {"mentions": _SCHEMA + "mentions", "date": _SCHEMA + "datePublished"}
_INFO_PROPS = {
    "h": _SCHEMA + "headline",
    "d": _SCHEMA + "datePublished",
    "f": _KGO + "sourceFile",
}
_FIGURE_REQUIRED = {"about": _SCHEMA + "observationAbout", "v": _SCHEMA + "value"}
_FIGURE_OPTIONAL = {
    "code": _SCHEMA + "unitCode",
    "text": _SCHEMA + "unitText",
    "period": _KGO + "periodLabel",
    "measure": _SCHEMA + "measuredProperty",
    "stat": _KGO + "statistic",
    "date": _SCHEMA + "observationDate",
    "src": _PROV + "wasDerivedFrom",
}
_CLAIM_REQUIRED = {"about": _KGO + "claimAbout"}
_CLAIM_OPTIONAL = {
    "kind": _KGO + "claimKind",
    "value": _KGO + "claimedValue",
    "asof": _KGO + "asOfDate",
    "src": _PROV + "wasDerivedFrom",
}
_EVIDENCE_REQUIRED = {"body": _OA + "hasBody", "sentence": _KGO + "sentence"}
_EVIDENCE_OPTIONAL = {"prop": _KGO + "assertsProperty", "obj": _KGO + "assertsObject"}
_TARGET, _SOURCE = _OA + "hasTarget", _OA + "hasSource"


def _expand(curie_text: str) -> str:
    prefix, local = curie_text.split(":", 1)
    return _PREFIX[prefix + ":"] + local


#: Facts about entities the overview's store part reads (``overview._labels`` and co.).
_ENTITY_PROPS = frozenset(
    {
        _SKOS + "prefLabel",
        _SKOS + "altLabel",
        _SCHEMA + "legislationIdentifier",
        _SCHEMA + "name",
        _SCHEMA + "containedInPlace",
        _KGO + "hostProvince",
        _KGO + "inBatch",
        _KGO + "effectiveDate",
        _KGO + "batchOrdinal",
        _KGO + "establishedBy",
        *(_expand(p) for p in END_DATE_PROPERTIES),
        *(_expand(p) for p in RELATION_TEXT),
    }
)
_LOCAL_PROPS = frozenset(
    {
        _TYPE,
        *_ARTICLE_PROPS.values(),
        *_INFO_PROPS.values(),
        *_FIGURE_REQUIRED.values(),
        *_FIGURE_OPTIONAL.values(),
        *_CLAIM_REQUIRED.values(),
        *_CLAIM_OPTIONAL.values(),
        *_EVIDENCE_REQUIRED.values(),
        *_EVIDENCE_OPTIONAL.values(),
        _TARGET,
        _SOURCE,
    }
)
_LOCAL = tuple(family.lstrip("<") for family in LOCAL_FAMILIES)
_PRUNE_EVERY = 2000  # graphs between two cuts of the article-info cache

Props = dict[str, list[str]]


def _is_entity(iri: str) -> bool:
    """Not empty and not one article's own node (those are never drawn)."""
    return bool(iri) and not iri.startswith(_LOCAL)


def _star(
    props: Props, required: dict[str, str], optional: dict[str, str]
) -> Iterator[dict[str, str]]:
    """The solutions of a star pattern on one subject, as SPARQL gives them: every
    combination of the values, ``""`` for an absent OPTIONAL, none if a required one
    is absent."""
    names = [*required, *optional]
    columns = [props.get(p, []) for p in required.values()]
    if not all(columns):
        return
    columns += [props.get(p) or [""] for p in optional.values()]
    for values in itertools.product(*columns):
        yield dict(zip(names, values, strict=True))


@dataclass(slots=True)
class _Collector:
    """Everything ``overview_source`` keeps while it streams."""

    measures: dict[str, tuple[str, str]]
    mentions: Counter[str]
    articles: TopN
    figures: TopN
    claims: TopN
    evidence: TopN
    info: dict[str, dict[str, str]]
    entity_quads: set[ox.Quad]

    def add_graph(self, subjects: dict[str, Props]) -> None:
        """File one graph's local subjects into the per-node lists."""
        for subject, props in subjects.items():
            types = props.get(_TYPE, ())
            if _ARTICLE in types:
                self._article(subject, props)
            if _OBSERVATION in types:
                for row in _star(props, _FIGURE_REQUIRED, _FIGURE_OPTIONAL):
                    if not row["about"].startswith(_LOCAL):
                        row["o"] = subject
                        self.figures.add(row["about"], figure_item(row, self.measures))
            if _CLAIM in types:
                for row in _star(props, _CLAIM_REQUIRED, _CLAIM_OPTIONAL):
                    if not row["about"].startswith(_LOCAL):
                        row["c"] = subject
                        self.claims.add(row["about"], claim_item(row, self.measures))
            if _ANNOTATION in types:
                self._annotation(props, subjects)

    def _article(self, subject: str, props: Props) -> None:
        self.info[subject] = {key: min(props.get(prop, [""])) for key, prop in _INFO_PROPS.items()}
        self.info[subject]["d"] = human_date(self.info[subject]["d"])
        dates = props.get(_ARTICLE_PROPS["date"]) or [""]
        for node in set(props.get(_ARTICLE_PROPS["mentions"], ())):
            if node.startswith(_LOCAL):
                continue
            self.mentions[node] += 1
            for date in dates:
                self.articles.add(node, (later_first(date), subject))

    def _annotation(self, props: Props, subjects: dict[str, Props]) -> None:
        sources = [
            source
            for target in props.get(_TARGET, ())
            for source in subjects.get(target, {}).get(_SOURCE, ())
        ] or [""]
        for row in _star(props, _EVIDENCE_REQUIRED, _EVIDENCE_OPTIONAL):
            for source in sources:
                evidence = (row["body"], row["sentence"], row["prop"], row["obj"], source)
                add_evidence(self.evidence, evidence, _is_entity)

    def prune_info(self) -> None:
        """Forget the headlines of articles no list holds any more (bounded memory)."""
        held = {item[1] for item in self.articles.items()}
        held.update(item[6] for item in self.figures.items())
        held.update(item[5] for item in self.claims.items())
        held.update(item[0] for item in self.evidence.items())
        for article in [a for a in self.info if a not in held]:
            del self.info[article]


def _graphs(trig: Path, collector: _Collector) -> Iterator[dict[str, Props]]:
    """Each graph's local subjects (subject → property → values), one graph at a time;
    entity facts go straight into ``collector.entity_quads``."""
    current: object = None
    subjects: dict[str, Props] = {}
    local_props, entity_props = _LOCAL_PROPS, _ENTITY_PROPS
    for quad in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
        subject, predicate, obj, graph = quad
        if graph != current:
            if subjects:
                yield subjects
            subjects, current = {}, graph
        p = predicate.value
        if p in local_props:
            s = subject.value
            subjects.setdefault(s, {}).setdefault(p, []).append(obj.value)
            if p == _TYPE and not s.startswith(_LOCAL):
                collector.entity_quads.add(ox.Quad(subject, predicate, obj))
        if p in entity_props and not subject.value.startswith(_LOCAL):
            collector.entity_quads.add(ox.Quad(subject, predicate, obj))
    if subjects:
        yield subjects


def overview_source(
    trig: Path, limits: OverviewLimits | None = None
) -> tuple[ox.Store, PanelLists]:
    """Read ``trig`` once; return the overview's small store and its panel lists.

    Args:
        trig: ``kg.trig`` as ``kg build`` writes it.
        limits: the largest lists the page may show (``OverviewLimits()`` when ``None``).

    Returns:
        An in-memory store with the entity facts, and the ``PanelLists`` to pass to
        ``overview_payload`` together with it.

    Raises:
        SyntaxError: ``trig`` is not valid TriG.
    """
    limits = limits or OverviewLimits()
    collector = _Collector(
        measures=ontology_labels(),
        mentions=Counter(),
        articles=TopN(limits.articles_per_node),
        figures=TopN(limits.figures_per_node),
        claims=TopN(limits.claims_per_node),
        evidence=TopN(limits.evidence_per_node),
        info={},
        entity_quads=set(),
    )
    for count, subjects in enumerate(_graphs(trig, collector), start=1):
        collector.add_graph(subjects)
        if count % _PRUNE_EVERY == 0:
            collector.prune_info()
    collector.prune_info()
    store = ox.Store()
    store.extend(collector.entity_quads)
    panels = PanelLists(
        mentions=dict(collector.mentions),
        articles=collector.articles,
        figures=collector.figures,
        claims=collector.claims,
        evidence=collector.evidence,
        article_info=collector.info,
    )
    return store, panels
