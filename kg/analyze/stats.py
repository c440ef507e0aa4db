"""Graph statistics: counts, centrality leaders, components, zones per province and batch.

Every function returns plain rows (tuples of str/int/float) that
``kg.cli._common.render_rows`` can print; nothing here prints.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx
import pyoxigraph as ox

from kg.errors import ConfigError
from kg.graph.store import union_query

__all__ = [
    "RANK_MEASURES",
    "GraphStats",
    "compute_stats",
    "count_kinds",
    "count_relations",
    "list_components",
    "rank_mentioned",
    "rank_nodes",
    "score_nodes",
    "zones_by_type",
    "zones_per_batch",
    "zones_per_province",
]

RANK_MEASURES = ("degree", "pagerank")

_PREFIXES = """
PREFIX kgo: <https://w3id.org/pilot-zone-kg/ont#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

_ZONES_PER_PROVINCE = (
    _PREFIXES
    + """
SELECT ?province (SAMPLE(?label) AS ?name) (COUNT(DISTINCT ?zone) AS ?zones) WHERE {
  ?zone a kgo:PilotZone ; kgo:hostProvince ?province .
  FILTER NOT EXISTS { ?zone kgo:endDate ?end }
  OPTIONAL { ?province skos:prefLabel ?label FILTER(lang(?label) = "LANG") }
} GROUP BY ?province
"""
)

_ZONES_PER_BATCH = (
    _PREFIXES
    + """
SELECT ?batch ?ordinal (SAMPLE(?label) AS ?name) (COUNT(DISTINCT ?zone) AS ?zones)
       (SAMPLE(?stated) AS ?statedCumulative) WHERE {
  ?batch a kgo:PilotZoneBatch ; kgo:batchOrdinal ?ordinal .
  OPTIONAL { ?batch skos:prefLabel ?label FILTER(lang(?label) = "zh") }
  OPTIONAL { ?batch kgo:cumulativeZoneCount ?stated }
  OPTIONAL { ?zone kgo:inBatch ?batch }
} GROUP BY ?batch ?ordinal
"""
)

_ZONES_BY_TYPE = (
    _PREFIXES
    + """
SELECT ?type (COUNT(DISTINCT ?zone) AS ?zones) WHERE {
  ?zone a kgo:PilotZone , ?type .
  FILTER(?type != kgo:PilotZone && STRSTARTS(STR(?type), STR(kgo:)))
  FILTER NOT EXISTS { ?zone kgo:endDate ?end }
} GROUP BY ?type
"""
)

# Zones that ended (kgo:endDate), and the effective date of every batch, to place each
# ending after the batch that was in force when it happened.
_ZONE_ENDS = (
    _PREFIXES
    + """
SELECT ?zone ?end WHERE { ?zone a kgo:PilotZone ; kgo:endDate ?end . }
"""
)
_BATCH_DATES = (
    _PREFIXES
    + """
SELECT ?ordinal (MIN(?date) AS ?effective) WHERE {
  ?batch a kgo:PilotZoneBatch ; kgo:batchOrdinal ?ordinal ; kgo:effectiveDate ?date .
} GROUP BY ?ordinal
"""
)


@dataclass(frozen=True, slots=True)
class GraphStats:
    """Every table ``kg stats`` shows, as (columns, rows) pairs keyed by section name."""

    sections: tuple[tuple[str, tuple[str, ...], tuple[tuple[object, ...], ...]], ...]

    def as_dict(self) -> dict[str, list[dict[str, object]]]:
        """Return ``{section: [ {column: value, …}, … ]}`` for JSON output."""
        return {
            name: [dict(zip(columns, row, strict=True)) for row in rows]
            for name, columns, rows in self.sections
        }


def count_kinds(nxg: nx.MultiDiGraph) -> list[tuple[str, int]]:
    """Count nodes per kind, largest first (ties by name).

    Args:
        nxg: a graph from ``project_store``.

    Returns:
        ``(kind, count)`` rows.
    """
    counts = Counter(data["kind"] for _, data in nxg.nodes(data=True))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def count_relations(nxg: nx.MultiDiGraph) -> list[tuple[str, int]]:
    """Count edges per relation CURIE, largest first (ties by name).

    Args:
        nxg: a graph from ``project_store``.

    Returns:
        ``(relation, count)`` rows.
    """
    counts = Counter(rel for _, _, rel in nxg.edges(keys=True))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def score_nodes(nxg: nx.MultiDiGraph, by: str = "pagerank") -> dict[str, float]:
    """Score every node by degree (distinct neighbours) or PageRank.

    PageRank runs on the simple directed graph (parallel relations merged), so a
    zone pointing at 国务院 with two relations counts once.

    Args:
        nxg: a graph from ``project_store``.
        by: ``"degree"`` or ``"pagerank"``.

    Returns:
        node IRI → score.

    Raises:
        ConfigError: ``by`` is not one of ``RANK_MEASURES``.
    """
    if by not in RANK_MEASURES:
        raise ConfigError(f"rank measure {by!r} is unknown; use one of {', '.join(RANK_MEASURES)}")
    if nxg.number_of_nodes() == 0:
        return {}
    if by == "degree":
        undirected = nx.Graph(nxg)
        return {node: float(deg) for node, deg in undirected.degree()}
    return dict(nx.pagerank(nx.DiGraph(nxg)))


def rank_nodes(
    nxg: nx.MultiDiGraph,
    *,
    by: str = "pagerank",
    top: int = 10,
    kinds: tuple[str, ...] | None = None,
) -> list[tuple[int, str, str, float]]:
    """Return the ``top`` nodes by ``by``, optionally only of the given kinds.

    Args:
        nxg: a graph from ``project_store``.
        by: ``"degree"`` or ``"pagerank"``.
        top: how many rows.
        kinds: keep only nodes of these kinds (``None`` keeps all).

    Returns:
        ``(rank, label, kind, score)`` rows; ties broken by IRI.
    """
    scores = score_nodes(nxg, by)
    nodes = [n for n in scores if kinds is None or nxg.nodes[n]["kind"] in kinds]
    nodes.sort(key=lambda n: (-scores[n], n))
    return [
        (i, nxg.nodes[n]["label"], nxg.nodes[n]["kind"], round(scores[n], 6))
        for i, n in enumerate(nodes[:top], start=1)
    ]


def rank_mentioned(nxg: nx.MultiDiGraph, *, top: int = 10) -> list[tuple[int, str, str, int]]:
    """Return the ``top`` nodes mentioned by the most articles (``schema:mentions``).

    Args:
        nxg: a graph from ``project_store``.
        top: how many rows.

    Returns:
        ``(rank, label, kind, articles)`` rows; ties broken by IRI.
    """
    counts = Counter(obj for _, obj, rel in nxg.edges(keys=True) if rel == "schema:mentions")
    ordered = sorted(counts, key=lambda n: (-counts[n], n))[:top]
    return [
        (i, nxg.nodes[n]["label"], nxg.nodes[n]["kind"], counts[n])
        for i, n in enumerate(ordered, start=1)
    ]


def list_components(nxg: nx.MultiDiGraph, *, top: int = 5) -> list[tuple[int, int, str]]:
    """Summarise weakly connected components, largest first.

    Args:
        nxg: a graph from ``project_store``.
        top: how many components to list.

    Returns:
        ``(size, edges, example label)`` rows; the example is the best-connected node.
    """
    comps = sorted(nx.weakly_connected_components(nxg), key=lambda c: (-len(c), min(c)))
    rows = []
    for comp in comps[:top]:
        sub = nxg.subgraph(comp)
        hub = max(sorted(comp), key=lambda n: sub.degree(n))
        rows.append((len(comp), sub.number_of_edges(), nxg.nodes[hub]["label"]))
    return rows


def _rows(store: ox.Store, query: str) -> list[dict[str, str]]:
    result = union_query(store, query)
    variables = [v.value for v in result.variables]
    rows = []
    for solution in result:
        rows.append(
            {name: ("" if solution[name] is None else solution[name].value) for name in variables}
        )
    return rows


def zones_per_province(store: ox.Store, *, lang: str = "zh") -> list[tuple[str, int]]:
    """Count pilot zones per host province (``kgo:hostProvince``), largest first.

    Revoked zones (with a ``kgo:endDate``) are left out: a zone that ended no longer counts.

    Args:
        store: the built graph.
        lang: ``"zh"`` or ``"en"``: the language of the province label (``en``
            for a chart on a machine without a CJK font).

    Returns:
        ``(province label, zones)`` rows, ties by label.

    Raises:
        ConfigError: ``lang`` is neither ``zh`` nor ``en``.
    """
    if lang not in ("zh", "en"):
        raise ConfigError(f"lang {lang!r} is unknown; use zh or en")
    rows = [
        (r["name"] or r["province"], int(r["zones"]))
        for r in _rows(store, _ZONES_PER_PROVINCE.replace("LANG", lang))
    ]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def zones_by_type(store: ox.Store) -> list[tuple[str, int]]:
    """Count pilot zones per zone class (``kgo:CrossBorderEcommerceZone`` 165, …).

    The ``zone`` node kind counts every ``kgo:PilotZone`` (a free-trade port named in
    an article too); this table says which kinds make up that number.

    Returns:
        ``(class name, zones)`` rows, largest first.
    """
    rows = [(r["type"].rsplit("#", 1)[-1], int(r["zones"])) for r in _rows(store, _ZONES_BY_TYPE)]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def zones_per_batch(store: ox.Store) -> list[tuple[int, str, int, int, str, int]]:
    """Count zones per batch with the running total of zones in force, in batch order.

    A zone with a ``kgo:endDate`` leaves the running total at the first batch whose
    effective date is on or after that end date (batch 8 revokes 海口, 三亚 and 阿拉山口:
    165 + 16 − 3 = 178); an ending after the last batch is not subtracted.

    Args:
        store: the built graph.

    Returns:
        ``(ordinal, batch label, zones, cumulative, stated cumulative, ended)`` rows;
        the stated total is ``kgo:cumulativeZoneCount`` (``""`` when absent), so a
        reader sees at once when the graph and the reference disagree; ``ended`` is
        how many zones ended by this batch (last, so older readers of the first five
        columns keep working).
    """
    rows = sorted(_rows(store, _ZONES_PER_BATCH), key=lambda r: int(r["ordinal"]))
    ended = _endings_per_batch(store)
    total = 0
    out = []
    for r in rows:
        ordinal = int(r["ordinal"])
        total += int(r["zones"]) - ended.get(ordinal, 0)
        out.append(
            (
                ordinal,
                r["name"],
                int(r["zones"]),
                total,
                r["statedCumulative"],
                ended.get(ordinal, 0),
            )
        )
    return out


def _endings_per_batch(store: ox.Store) -> Counter[int]:
    """Batch ordinal → zones whose end date falls after the previous batch, by this one."""
    dates = sorted((r["effective"], int(r["ordinal"])) for r in _rows(store, _BATCH_DATES))
    counts: Counter[int] = Counter()
    for r in _rows(store, _ZONE_ENDS):
        ordinal = next((n for day, n in dates if day >= r["end"]), None)
        if ordinal is not None:
            counts[ordinal] += 1
    return counts


def compute_stats(store: ox.Store, nxg: nx.MultiDiGraph, *, top: int = 10) -> GraphStats:
    """Compute every ``kg stats`` section.

    Args:
        store: the built graph (for the zone tables).
        nxg: its projection (``project_store(store)``).
        top: rows in the leader tables.

    Returns:
        The sections ``summary``, ``kinds``, ``relations``, ``degree``,
        ``pagerank``, ``bodies`` (organisations by PageRank), ``most_mentioned``
        (by number of articles), ``components``, ``zones_by_type`` (why ``zone`` may
        exceed the 165 reference zones), ``zones_per_province``, ``zones_per_batch``.
    """
    summary = (
        ("nodes", nxg.number_of_nodes()),
        ("edges", nxg.number_of_edges()),
        ("components", nx.number_weakly_connected_components(nxg) if len(nxg) else 0),
    )
    sections: list[tuple[str, tuple[str, ...], tuple[tuple[object, ...], ...]]] = [
        ("summary", ("measure", "value"), summary),
        ("kinds", ("kind", "nodes"), tuple(count_kinds(nxg))),
        ("relations", ("relation", "edges"), tuple(count_relations(nxg))),
        (
            "degree",
            ("rank", "label", "kind", "degree"),
            tuple(rank_nodes(nxg, by="degree", top=top)),
        ),
        (
            "pagerank",
            ("rank", "label", "kind", "pagerank"),
            tuple(rank_nodes(nxg, by="pagerank", top=top)),
        ),
        (
            "bodies",
            ("rank", "label", "kind", "pagerank"),
            tuple(rank_nodes(nxg, by="pagerank", top=top, kinds=("org",))),
        ),
        (
            "most_mentioned",
            ("rank", "label", "kind", "articles"),
            tuple(rank_mentioned(nxg, top=top)),
        ),
        ("components", ("nodes", "edges", "hub"), tuple(list_components(nxg))),
        ("zones_by_type", ("type", "zones"), tuple(zones_by_type(store))),
        ("zones_per_province", ("province", "zones"), tuple(zones_per_province(store))),
        (
            "zones_per_batch",
            ("batch", "label", "zones", "cumulative", "stated_cumulative", "ended"),
            tuple(zones_per_batch(store)),
        ),
    ]
    return GraphStats(tuple(sections))
