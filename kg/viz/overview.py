"""The data of the overview page: places and zones on the map, the rest beside it.

Input: a ``pyoxigraph.Store`` with the built graph (in memory or on disk), place
coordinates (``kg.viz.geo``), limits.
Output: one JSON-ready ``dict`` (``overview_payload``): nodes with positions, kinds,
labels (zh/en), dates (zones: effective and, when present, end date), edges
between drawn nodes, and per node the side-panel lists: facts, the articles that
mention it (count and the latest few), its figures (in human units), claims and
evidence sentences.
It does not: make articles, figures or claims nodes; load the whole corpus into
memory (every query is an aggregate or is streamed into per-node lists of bounded
length, so the page size depends on the reference data, not on the corpus); or
write anything.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.analyze.project import KINDS, curie
from kg.graph.store import union_query
from kg.paths import ontology_dir
from kg.viz.geo import PX_PER_DEGREE, place_coordinates, project
from kg.viz.units import human_date, human_value

__all__ = [
    "BATCH_COLORS",
    "END_DATE_PROPERTIES",
    "RELATION_TEXT",
    "OverviewLimits",
    "PanelLists",
    "TopN",
    "add_evidence",
    "claim_item",
    "figure_item",
    "later_first",
    "ontology_labels",
    "overview_payload",
    "zones_in_force",
]

KGR = "https://w3id.org/pilot-zone-kg/id/"
_PREFIXES = """
PREFIX kgo: <https://w3id.org/pilot-zone-kg/ont#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""

#: Properties that end a zone's life (a revocation); the first one present is used.
END_DATE_PROPERTIES = (
    "kgo:endDate",
    "kgo:revokedOn",
    "kgo:revocationDate",
    "schema:endDate",
    "prov:invalidatedAtTime",
)

#: Relation CURIE → (zh verb, en verb, colour, passive). A passive relation reads object
#: first: ``zone kgo:approvedBy 国务院`` is shown as "国务院 批准 zone".
RELATION_TEXT: dict[str, tuple[str, str, str, int]] = {
    "kgo:inBatch": ("属于", "is in", "#9467bd", 0),
    "kgo:hostProvince": ("所在省份为", "is hosted by province", "#1f77b4", 0),
    "schema:containedInPlace": ("位于", "lies in", "#6baed6", 0),
    "kgo:establishedBy": ("设立", "set up", "#8c564b", 1),
    "kgo:establishes": ("设立", "set up", "#8c564b", 0),
    "kgo:approvedBy": ("批准", "approved", "#d62728", 1),
    "schema:legislationPassedBy": ("发布", "issued", "#e377c2", 1),
    "org:subOrganizationOf": ("隶属于", "is part of", "#7f7f7f", 0),
}

#: Colour of each batch ordinal (1-based), repeated past the end.
BATCH_COLORS = (
    "#e41a1c",
    "#ff7f00",
    "#d4a017",
    "#4daf4a",
    "#17becf",
    "#377eb8",
    "#984ea3",
    "#f781bf",
    "#a65628",
    "#666666",
)

_KIND_ORDER = [k.name for k in KINDS]
_CLASS_KIND = {cls: k.name for k in KINDS for cls in k.classes}
_MAP_KINDS = ("province", "prefecture", "county", "special-area", "zone")
_OVERVIEW_CLASSES = " ".join(
    f"<{cls}>"
    for k in KINDS
    if k.name in (*_MAP_KINDS, "batch", "document", "org")
    for cls in k.classes
)


@dataclass(frozen=True, slots=True)
class OverviewLimits:
    """How much the page may carry, whatever the corpus size."""

    max_nodes: int = 3000  # drawn nodes; the least mentioned places and bodies go first
    articles_per_node: int = 8  # latest articles listed in a node's panel
    figures_per_node: int = 12
    claims_per_node: int = 8
    evidence_per_node: int = 6
    search_only: int = 2000  # undrawn places kept for search (prefectures without zone or mention)
    bodies_drawn: int = 36  # most mentioned bodies beside the map; the others are found by search
    documents_drawn: int = 60  # documents a batch or zone cites first, then the most mentioned


def _v(term: object) -> str:
    return "" if term is None else str(getattr(term, "value", term))


def _rows(store: ox.Store, query: str) -> Iterator[dict[str, str]]:
    result = union_query(store, _PREFIXES + query)
    names = [v.value for v in result.variables]
    for solution in result:
        yield {name: _v(solution[name]) for name in names}


def _tuples(store: ox.Store, query: str) -> Iterator[tuple[str, ...]]:
    """Like ``_rows`` but plain tuples in SELECT order: the fast path for corpus-sized results."""
    for solution in union_query(store, _PREFIXES + query):
        yield tuple("" if term is None else term.value for term in solution)


# ---------------------------------------------------------------- nodes and labels


def _node_kinds(store: ox.Store) -> dict[str, str]:
    found: dict[str, str] = {}
    query = f"SELECT DISTINCT ?s ?t WHERE {{ VALUES ?t {{ {_OVERVIEW_CLASSES} }} ?s a ?t FILTER(isIRI(?s)) }}"
    for row in _rows(store, query):
        kind = _CLASS_KIND[row["t"]]
        old = found.get(row["s"])
        if old is None or _KIND_ORDER.index(kind) < _KIND_ORDER.index(old):
            found[row["s"]] = kind
    return found


def _labels(store: ox.Store, nodes: dict[str, str]) -> dict[str, dict[str, list[str]]]:
    labels: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    query = f"""SELECT DISTINCT ?s ?p ?l WHERE {{
      VALUES ?t {{ {_OVERVIEW_CLASSES} }} ?s a ?t .
      VALUES ?p {{ skos:prefLabel skos:altLabel schema:legislationIdentifier schema:name }}
      ?s ?p ?l }}"""
    for row in _rows(store, query):
        if row["s"] in nodes:
            key = row["p"].rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            labels[row["s"]][key].append(row["l"])
    return labels


def _short_zh(kind: str, zh: str, alts: list[str], ident: list[str]) -> str:
    """A map label: 杭州 for a zone, 浙江 for a province, the 文号 of a document."""
    zh_alts = sorted(
        (a for a in alts if any("\u4e00" <= ch <= "\u9fff" for ch in a)), key=lambda a: (len(a), a)
    )
    if kind == "zone":
        for alt in zh_alts:
            if alt.endswith("综试区"):
                return alt[: -len("综试区")] or alt
        if "（" in zh and "）" in zh:
            return zh.split("（", 1)[1].split("）", 1)[0]
    if kind == "batch" and zh.startswith("第") and "批" in zh:
        return zh[: zh.index("批") + 1]  # 第六批
    if kind == "document" and ident:
        return sorted(ident)[0]
    if kind == "document" and len(zh) > 12:
        return zh[:11] + "…"
    if kind in ("province", "prefecture") and zh_alts:
        return zh_alts[0]
    if len(zh) > 10 and zh_alts:
        return zh_alts[0]
    return zh


_EN_REGION = re.compile(
    r"(?: Zhuang| Hui| Uygur| Uyghur)? (?:Autonomous Region|Special Administrative Region)$"
)


def _short_en(kind: str, en: str) -> str:
    """A map label: Jinhua for the Jinhua zone, Guangxi for the Guangxi Zhuang Autonomous Region."""
    if kind == "zone" and en.startswith("China (") and ")" in en:
        return en[len("China (") :].split(")", 1)[0]
    if kind == "province":
        return _EN_REGION.sub("", en)
    return en


# ---------------------------------------------------------------- relations, dates, counts


def _edges(store: ox.Store, nodes: dict[str, str]) -> list[tuple[str, str, str]]:
    props = " ".join(RELATION_TEXT)
    query = (
        f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {props} }} ?s ?p ?o FILTER(isIRI(?o)) }}"
    )
    return sorted(
        {
            (row["s"], curie(row["p"]), row["o"])
            for row in _rows(store, query)
            if row["s"] in nodes and row["o"] in nodes
        }
    )


def _first_by_subject(store: ox.Store, prop: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for row in _rows(store, f"SELECT ?s ?o WHERE {{ ?s {prop} ?o }}"):
        if row["s"] not in out or row["o"] < out[row["s"]]:
            out[row["s"]] = row["o"]
    return out


def _end_dates(store: ox.Store) -> dict[str, str]:
    props = " ".join(END_DATE_PROPERTIES)
    out: dict[str, str] = {}
    for row in _rows(store, f"SELECT ?s ?e WHERE {{ VALUES ?p {{ {props} }} ?s ?p ?e }}"):
        date = human_date(row["e"])
        if row["s"] not in out or date < out[row["s"]]:
            out[row["s"]] = date
    return out


def _mention_counts(store: ox.Store) -> dict[str, int]:
    query = """SELECT ?o (COUNT(DISTINCT ?a) AS ?n) WHERE {
      ?a a schema:NewsArticle ; schema:mentions ?o } GROUP BY ?o"""
    return {row["o"]: int(row["n"]) for row in _rows(store, query)}


def zones_in_force(zones: dict[str, tuple[str, str]], date: str) -> list[str]:
    """The zones in force on ``date``: effective on or before it, not ended on or before it.

    The same rule as the named query ``zones-as-of`` (``kgo:effectiveDate <= date``),
    plus an end date (``END_DATE_PROPERTIES``) when the graph has one; the page's
    date control applies exactly this test in the browser.

    Args:
        zones: zone IRI → ``(effective date, end date or "")``, ISO dates.
        date: ``YYYY-MM-DD``.

    Returns:
        Sorted zone IRIs.
    """
    return sorted(
        z
        for z, (start, end) in zones.items()
        if start and start <= date and not (end and end <= date)
    )


# ---------------------------------------------------------------- bounded per-node lists


class TopN:
    """Per key, the ``n`` smallest items (deterministic, memory bounded by 4 × ``n`` per key).

    Items are appended and the list is cut back to ``n`` by one C-level sort when it
    reaches ``4 n``: far cheaper than a heap of Python-compared wrappers.
    """

    def __init__(self, n: int) -> None:
        self.n = n
        self.lists: dict[str, list[tuple[Any, ...]]] = defaultdict(list)

    def add(self, key: str, item: tuple[Any, ...]) -> None:
        """Offer ``item`` for ``key``; it is kept while among the ``n`` smallest."""
        if self.n <= 0:
            return
        items = self.lists[key]
        items.append(item)
        if len(items) >= 4 * self.n:
            self.lists[key] = sorted(set(items))[: self.n]

    def result(self, key: str) -> list[tuple[Any, ...]]:
        """The ``n`` smallest distinct items offered for ``key``, in order."""
        return sorted(set(self.lists.get(key, [])))[: self.n]

    def items(self) -> Iterator[tuple[Any, ...]]:
        """Every item currently held (for the article-info cache of ``kg.viz.stream``)."""
        for items in self.lists.values():
            yield from items


@dataclass(frozen=True, slots=True)
class PanelLists:
    """The corpus-sized part of the overview, already cut to a few entries per node.

    ``overview_payload`` reads it from the store when it is not given; ``kg.viz.stream``
    collects it in one streaming pass over kg.trig instead.
    """

    mentions: dict[str, int]  # node → number of articles that mention it
    articles: TopN  # node → (``later_first(date)``, article), latest first
    figures: TopN  # node → ``figure_item``
    claims: TopN  # node → ``claim_item``
    evidence: TopN  # node → (article, sentence, property CURIE, body, object)
    article_info: dict[str, dict[str, str]]  # article → {"h", "d", "f"}; others: from the store


def _latest_articles(store: ox.Store, nodes: set[str], n: int) -> TopN:
    top = TopN(n)
    query = """SELECT ?o ?a ?d WHERE { ?a a schema:NewsArticle ; schema:mentions ?o .
      OPTIONAL { ?a schema:datePublished ?d } }"""
    for about, article, date in _tuples(store, query):
        if about in nodes:
            top.add(about, (later_first(date), article))
    return top


def later_first(text: str) -> str:
    """Sort key that puts later ISO dates first (smaller), missing dates last."""
    if not text:
        return "\uffff"
    return "".join(chr(0xFFFF - ord(ch)) for ch in text)


FIGURE_QUERY = """SELECT ?o ?about ?v ?code ?text ?period ?measure ?stat ?date ?src WHERE {
  ?o a schema:Observation ; schema:observationAbout ?about ; schema:value ?v .
  OPTIONAL { ?o schema:unitCode ?code } OPTIONAL { ?o schema:unitText ?text }
  OPTIONAL { ?o kgo:periodLabel ?period } OPTIONAL { ?o schema:measuredProperty ?measure }
  OPTIONAL { ?o kgo:statistic ?stat } OPTIONAL { ?o schema:observationDate ?date }
  OPTIONAL { ?o prov:wasDerivedFrom ?src } }"""


def figure_item(row: dict[str, str], measures: dict[str, tuple[str, str]]) -> tuple[str, ...]:
    """A figure's panel entry (sort key first) from one ``FIGURE_QUERY`` row."""
    zh, en = measures.get(row["measure"], (curie(row["measure"]), curie(row["measure"])))
    stat_zh, stat_en = measures.get(row["stat"], ("", ""))
    if stat_zh and "增" in stat_zh:
        zh, en = f"{zh}{stat_zh}", f"{en}, {stat_en}"
    return (
        later_first(row["date"]),
        row["period"],
        zh,
        en,
        human_value(row["v"], row["code"], row["text"]),
        human_date(row["date"]),
        row["src"],
        row["o"],
    )


def _figures(
    store: ox.Store, nodes: set[str], n: int, measures: dict[str, tuple[str, str]]
) -> TopN:
    top = TopN(n)
    for row in _rows(store, FIGURE_QUERY):
        if row["about"] in nodes:
            top.add(row["about"], figure_item(row, measures))
    return top


CLAIM_QUERY = """SELECT ?c ?about ?kind ?value ?asof ?src WHERE {
  ?c a kgo:Claim ; kgo:claimAbout ?about .
  OPTIONAL { ?c kgo:claimKind ?kind } OPTIONAL { ?c kgo:claimedValue ?value }
  OPTIONAL { ?c kgo:asOfDate ?asof } OPTIONAL { ?c prov:wasDerivedFrom ?src } }"""


def claim_item(row: dict[str, str], measures: dict[str, tuple[str, str]]) -> tuple[str, ...]:
    """A claim's panel entry (sort key first) from one ``CLAIM_QUERY`` row."""
    zh, en = measures.get(row["kind"], (curie(row["kind"]), curie(row["kind"])))
    return (
        later_first(row["asof"]),
        zh,
        en,
        row["value"],
        human_date(row["asof"]),
        row["src"],
        row["c"],
    )


def _claims(store: ox.Store, nodes: set[str], n: int, measures: dict[str, tuple[str, str]]) -> TopN:
    top = TopN(n)
    for row in _rows(store, CLAIM_QUERY):
        if row["about"] in nodes:
            top.add(row["about"], claim_item(row, measures))
    return top


_EVIDENCE = """SELECT ?body ?sentence ?prop ?obj ?article WHERE {
  ?ann a oa:Annotation ; oa:hasBody ?body ; kgo:sentence ?sentence .
  OPTIONAL { ?ann kgo:assertsProperty ?prop } OPTIONAL { ?ann kgo:assertsObject ?obj }
  OPTIONAL { ?ann oa:hasTarget ?target . ?target oa:hasSource ?article } }"""


def add_evidence(
    top: TopN, row: tuple[str, str, str, str, str], keep: Callable[[str], bool]
) -> None:
    """File one ``_EVIDENCE`` row (body, sentence, prop, obj, article) under its body
    and its object, those of the two that ``keep`` accepts."""
    body, sentence, prop, obj, article = row
    item = (article, sentence, curie(prop) if prop else "", body, obj)
    if keep(body):
        top.add(body, item)
    if obj and obj != body and keep(obj):
        top.add(obj, item)


def _evidence(store: ox.Store, nodes: set[str], n: int) -> TopN:
    top = TopN(n)
    for row in _tuples(store, _EVIDENCE):
        if row[0] in nodes or row[3] in nodes:
            add_evidence(top, row, nodes.__contains__)  # type: ignore[arg-type]
    return top


def _article_info(store: ox.Store, iri: str) -> dict[str, str]:
    def first(prop: str) -> str:
        values = sorted(
            _v(q.object)
            for q in store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(prop), None, None)
        )
        return values[0] if values else ""

    return {
        "h": first("https://schema.org/headline"),
        "d": human_date(first("https://schema.org/datePublished")),
        "f": first("https://w3id.org/pilot-zone-kg/ont#sourceFile"),
    }


# ---------------------------------------------------------------- ontology labels


def ontology_labels(path: Path | None = None) -> dict[str, tuple[str, str]]:
    """``IRI → (zh, en)`` rdfs:labels of ``ontology/pilot-zone-kg.ttl`` (``{}`` when absent)."""
    path = path or ontology_dir() / "pilot-zone-kg.ttl"
    if not path.is_file():
        return {}
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
        if triple.predicate == label and isinstance(triple.object, ox.Literal):
            labels[_v(triple.subject)][triple.object.language or ""] = triple.object.value
    return {iri: (d.get("zh", ""), d.get("en", "")) for iri, d in labels.items()}


# ---------------------------------------------------------------- layout


def _code(iri: str) -> str:
    return iri.rsplit("/", 1)[-1] if iri.startswith(KGR + "place/") else ""


def _schematic(provinces: list[str]) -> dict[str, tuple[float, float]]:
    """A grid by adcode when no coordinates are known (until places.tsv has them)."""
    out = {}
    step = 8 * PX_PER_DEGREE
    for i, iri in enumerate(sorted(provinces)):
        out[iri] = (round((i % 6 - 2.5) * step, 1), round((i // 6 - 2.5) * step * 0.8, 1))
    return out


def _ring(count: int, index: int, radius: float) -> tuple[float, float]:
    if count <= 1:
        return 0.0, -radius
    angle = 2 * math.pi * index / count - math.pi / 2
    return radius * math.cos(angle), radius * math.sin(angle)


def _place_positions(
    nodes: dict[str, str],
    parent: dict[str, str],
    host: dict[str, str],
    coords: dict[str, tuple[float, float]],
) -> dict[str, tuple[float, float]]:
    """Map positions of places and zones: real coordinates, else near the parent."""
    pos: dict[str, tuple[float, float]] = {}
    provinces = [n for n, k in nodes.items() if k == "province"]
    members: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for code, lonlat in coords.items():  # prefectures: code ends in 00, not 0000
        if len(code) == 6 and code.endswith("00") and not code.endswith("0000"):
            members[code[:2]].append(lonlat)
    for iri in provinces:
        code = _code(iri)
        inside = members.get(code[:2], [])
        if len(inside) >= 3:  # the label goes to the middle of the province, not its capital
            pos[iri] = project(
                sum(p[0] for p in inside) / len(inside), sum(p[1] for p in inside) / len(inside)
            )
        elif code in coords:
            pos[iri] = project(*coords[code])
    if not pos:
        pos.update(_schematic(provinces))
    else:
        for iri in provinces:
            pos.setdefault(iri, (0.0, 0.0))
    children: dict[str, list[str]] = defaultdict(list)
    for iri, kind in sorted(nodes.items()):
        if kind in ("prefecture", "county", "special-area"):
            if _code(iri) in coords:
                pos[iri] = project(*coords[_code(iri)])
            else:
                children[parent.get(iri) or host.get(iri, "")].append(iri)
    for _ in range(3):  # counties under prefectures under provinces
        for anchor, kids in sorted(children.items()):
            if anchor in pos:
                for i, iri in enumerate(kids):
                    dx, dy = _ring(len(kids), i, 1.6 * PX_PER_DEGREE)
                    pos.setdefault(
                        iri, (round(pos[anchor][0] + dx, 1), round(pos[anchor][1] + dy, 1))
                    )
    for iri in nodes:
        if nodes[iri] in ("prefecture", "county", "special-area"):
            pos.setdefault(iri, (0.0, 0.0))
    zones_at: dict[str, list[str]] = defaultdict(list)
    for iri, kind in sorted(nodes.items()):
        if kind == "zone":
            zones_at[parent.get(iri) or host.get(iri, "")].append(iri)
    for place, zones in sorted(zones_at.items()):
        base = pos.get(place) or pos.get(host.get(zones[0], ""), (0.0, 0.0))
        for i, iri in enumerate(zones):
            dx, dy = (
                (0.0, -0.35 * PX_PER_DEGREE)
                if len(zones) == 1
                else _ring(len(zones), i, 0.5 * PX_PER_DEGREE)
            )
            pos[iri] = (round(base[0] + dx, 1), round(base[1] + dy, 1))
    return pos


def _columns(
    items: list[str], x: float, top: float, *, per_column: int, dx: float, dy: float
) -> dict[str, tuple[float, float]]:
    return {
        iri: (round(x + (i // per_column) * dx, 1), round(top + (i % per_column) * dy, 1))
        for i, iri in enumerate(items)
    }


# ---------------------------------------------------------------- the payload


def _keep_drawn(
    nodes: dict[str, str],
    mentions: dict[str, int],
    hosts_zone: set[str],
    limits: OverviewLimits,
    cited_docs: set[str],
) -> tuple[set[str], set[str]]:
    """Split nodes into drawn and search-only: places without zone or mention, bodies
    past the ``bodies_drawn`` most mentioned, documents past the ``documents_drawn``
    first (cited by a batch or zone, then most mentioned), then the least mentioned
    past ``max_nodes``."""
    drawn: set[str] = set()
    search: set[str] = set()
    orgs = sorted(
        (n for n, k in nodes.items() if k == "org"), key=lambda n: (-mentions.get(n, 0), n)
    )
    docs = sorted(
        (n for n, k in nodes.items() if k == "document"),
        key=lambda n: (n not in cited_docs, -mentions.get(n, 0), n),
    )
    search.update(orgs[limits.bodies_drawn :], docs[limits.documents_drawn :])
    for iri, kind in nodes.items():
        if iri in search:
            continue
        if (
            kind in ("prefecture", "county", "special-area")
            and iri not in hosts_zone
            and not mentions.get(iri)
        ):
            search.add(iri)
        elif kind != "country":
            drawn.add(iri)
    if len(drawn) > limits.max_nodes:
        keep_always = {"province", "zone", "batch"}
        ranked = sorted(drawn, key=lambda n: (nodes[n] not in keep_always, -mentions.get(n, 0), n))
        search |= set(ranked[limits.max_nodes :])
        drawn = set(ranked[: limits.max_nodes])
    return drawn, search


def overview_payload(
    store: ox.Store,
    *,
    title: str,
    limits: OverviewLimits | None = None,
    coordinates: dict[str, tuple[float, float]] | None = None,
    article_base: str | None = None,
    panels: PanelLists | None = None,
) -> dict[str, Any]:
    """Everything the overview page needs, as plain JSON-ready data.

    Args:
        store: the built graph.
        title: page title.
        limits: size limits (``OverviewLimits()`` when ``None``).
        coordinates: adcode → (lon, lat); ``None`` reads ``place_coordinates()``.
        article_base: URL or relative path of the source files, for article links.
        panels: mention counts and per-node lists collected elsewhere (``kg.viz.stream``);
            ``None`` reads them from ``store``. Either way ``limits`` cuts them.

    Returns:
        ``{"title", "nodes", "edges", "batches", "kinds", "relations", "articles", "map"}``
        (see ``kg/viz/overview.js`` for the field names).
    """
    from kg.viz.panel_data import _article_href

    limits = limits or OverviewLimits()
    coords = place_coordinates() if coordinates is None else coordinates
    measures = ontology_labels()
    nodes = _node_kinds(store)
    labels = _labels(store, nodes)
    parent = _first_by_subject(store, "schema:containedInPlace")
    host = _first_by_subject(store, "kgo:hostProvince")
    batch_of = _first_by_subject(store, "kgo:inBatch")
    effective = {
        iri: human_date(d) for iri, d in _first_by_subject(store, "kgo:effectiveDate").items()
    }
    ended = _end_dates(store)
    ordinal = {
        iri: int(float(v)) for iri, v in _first_by_subject(store, "kgo:batchOrdinal").items()
    }
    batch_doc = _first_by_subject(store, "kgo:establishedBy")
    mentions = panels.mentions if panels else _mention_counts(store)
    hosts_zone = {parent[z] for z, k in nodes.items() if k == "zone" and z in parent}
    drawn, search = _keep_drawn(nodes, mentions, hosts_zone, limits, set(batch_doc.values()))
    # the most mentioned first; unmentioned prefectures before the ~2,800 counties
    search = set(
        sorted(search, key=lambda n: (-mentions.get(n, 0), nodes.get(n) == "county", n))[
            : limits.search_only
        ]
    )
    listed = drawn | search

    province_of = dict(host)
    for iri in sorted(listed):
        up = iri
        for _ in range(4):
            if nodes.get(up) == "province":
                province_of.setdefault(iri, up)
                break
            up = parent.get(up, "")
    pos = _place_positions(
        {n: k for n, k in nodes.items() if n in listed and k in _MAP_KINDS}, parent, host, coords
    )
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    left, right, top = min(xs), max(xs), min(ys)
    gap = 5 * PX_PER_DEGREE
    batches = sorted(
        (n for n in drawn if nodes[n] == "batch"), key=lambda b: (ordinal.get(b, 99), b)
    )
    documents = sorted(
        (n for n in drawn if nodes[n] == "document"), key=lambda d: (effective.get(d, "9999"), d)
    )
    orgs = sorted((n for n in drawn if nodes[n] == "org"), key=lambda o: (-mentions.get(o, 0), o))
    pos.update(
        _columns(batches, left - 0.5 * gap, top, per_column=20, dx=-gap, dy=1.6 * PX_PER_DEGREE)
    )
    pos.update(
        _columns(documents, left - 1.6 * gap, top, per_column=25, dx=-gap, dy=1.2 * PX_PER_DEGREE)
    )
    pos.update(_columns(orgs, right + gap, top, per_column=18, dx=gap, dy=1.2 * PX_PER_DEGREE))

    batch_color = {b: BATCH_COLORS[(ordinal.get(b, 1) - 1) % len(BATCH_COLORS)] for b in batches}
    if panels is None:
        panels = PanelLists(
            mentions,
            _latest_articles(store, listed, limits.articles_per_node),
            _figures(store, listed, limits.figures_per_node, measures),
            _claims(store, listed, limits.claims_per_node, measures),
            _evidence(store, drawn, limits.evidence_per_node),
            {},
        )
    cited: set[str] = set()
    out_nodes: dict[str, dict[str, Any]] = {}
    for iri in sorted(listed):
        kind = nodes[iri]
        lab = labels.get(iri, {})
        zh = next(iter(sorted(v for v in lab.get("prefLabel", []) if _is_zh(v))), "") or next(
            iter(sorted(lab.get("name", []))), ""
        )
        en = next(iter(sorted(v for v in lab.get("prefLabel", []) if not _is_zh(v))), "")
        node: dict[str, Any] = {
            "k": kind,
            "zh": zh,
            "en": en,
            "l": _short_zh(kind, zh, lab.get("altLabel", []), lab.get("legislationIdentifier", [])),
            "le": _short_en(kind, en),
            "alt": sorted(set(lab.get("altLabel", []))),
            "p": province_of.get(iri, ""),
            "b": iri if kind == "batch" else batch_of.get(iri, ""),
            "n": mentions.get(iri, 0),
        }
        if iri in pos:
            node["x"], node["y"] = pos[iri]
        if iri in search:
            node["s"] = 1
        if kind == "zone":
            node["d"] = effective.get(iri, "")
            if iri in ended:
                node["e"] = ended[iri]
        if kind in ("batch", "document") and (
            effective.get(iri) or effective.get(batch_doc.get(iri, ""))
        ):
            node["d"] = effective.get(iri) or effective.get(batch_doc.get(iri, ""), "")
        arts = [a for _, a in panels.articles.result(iri)[: limits.articles_per_node]]
        if arts:
            node["a"] = arts
            cited.update(arts)
        figs = [list(f[1:7]) for f in panels.figures.result(iri)[: limits.figures_per_node]]
        if figs:
            node["o"] = figs
            cited.update(f[5] for f in figs if f[5])
        cls = [list(c[1:6]) for c in panels.claims.result(iri)[: limits.claims_per_node]]
        if cls:
            node["c"] = cls
            cited.update(c[4] for c in cls if c[4])
        evs = (
            [list(e) for e in panels.evidence.result(iri)[: limits.evidence_per_node]]
            if iri in drawn
            else []
        )
        if evs:
            node["ev"] = evs
            cited.update(e[0] for e in evs if e[0])
        out_nodes[iri] = node
    article_info = {}
    for iri in sorted(cited):
        info = dict(panels.article_info.get(iri) or _article_info(store, iri))
        info["u"] = _article_href(article_base, info["f"])
        article_info[iri] = info
    zone_dates = {
        iri: (n.get("d", ""), n.get("e", "")) for iri, n in out_nodes.items() if n["k"] == "zone"
    }
    batch_rows = []
    for b in batches:
        date = out_nodes[b].get("d", "")
        batch_rows.append(
            {
                "id": b,
                "ord": ordinal.get(b, 0),
                "color": batch_color[b],
                "d": date,
                "in_force": len(zones_in_force(zone_dates, date)) if date else 0,
            }
        )
    return {
        "title": title,
        "base": KGR,
        "nodes": out_nodes,
        "edges": [list(e) for e in _edges(store, {n: nodes[n] for n in drawn})],
        "batches": batch_rows,
        "kinds": [
            {"name": k.name, "zh": k.label_zh, "en": k.label_en, "color": k.color, "shape": k.shape}
            for k in KINDS
            if any(n["k"] == k.name and "s" not in n for n in out_nodes.values())
        ],
        "relations": {c: list(t) for c, t in RELATION_TEXT.items()},
        "articles": article_info,
        "geo": bool(coords),
    }


def _is_zh(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)
