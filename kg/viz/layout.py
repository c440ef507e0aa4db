"""Node positions computed in Python, so the browser can skip physics (PERF.md §5).

A radial layout by kind and province, O(n log n) and fully deterministic: each
province owns an angular sector (wider when it has more nodes); rings going
outward hold bodies/documents/batches, provinces, prefectures, zones, counties,
and finally articles, figures and claims, which sit at the mean angle of what
they are linked to. A force-directed layout was tried first: networkx's
``spring_layout`` took 25 s for the 647-node reference graph on this machine.
"""

from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx

__all__ = ["RINGS", "compute_layout", "export_layout"]

#: Ring index of each node kind, centre outward (kinds not listed go to the last ring).
RINGS: dict[str, int] = {
    "country": 0,
    "org": 1,
    "document": 1,
    "batch": 1,
    "province": 2,
    "special-area": 3,
    "prefecture": 3,
    "place": 3,
    "zone": 4,
    "county": 5,
    "post": 6,
    "person": 6,
    "article": 6,
    "observation": 6,
    "claim": 6,
}
_LAST_RING = 6
SPACING = 46.0  # px between neighbours on a ring
RING_GAP = 170.0  # px between rings


def _sectors(nxg: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Angular sector ``(start, width)`` of each province, sized by its node count."""
    weight: dict[str, int] = defaultdict(int)
    for _, data in nxg.nodes(data=True):
        if data.get("province"):
            weight[data["province"]] += 1
    total = sum(weight.values()) or 1
    sectors, start = {}, 0.0
    for province in sorted(weight):
        width = 2 * math.pi * weight[province] / total
        sectors[province] = (start, width)
        start += width
    return sectors


def _ring_members(nxg: nx.MultiDiGraph) -> dict[int, list[str]]:
    rings: dict[int, list[str]] = defaultdict(list)
    for node, data in nxg.nodes(data=True):
        rings[RINGS.get(data.get("kind", ""), _LAST_RING)].append(node)
    return rings


def _spread(count: int, start: float, width: float) -> list[float]:
    return [start + width * (i + 0.5) / count for i in range(count)]


def _circular_mean(angles: list[float]) -> float:
    x = sum(math.cos(a) for a in angles)
    y = sum(math.sin(a) for a in angles)
    return math.atan2(y, x) % (2 * math.pi) if (x or y) else 0.0


def _place_ring(
    nodes: list[str],
    nxg: nx.MultiDiGraph,
    sectors: dict[str, tuple[float, float]],
    angle: dict[str, float],
) -> float:
    """Give every node of one ring an angle; return the radius it needs for SPACING."""
    by_sector: dict[str, list[str]] = defaultdict(list)
    free: list[str] = []
    for node in nodes:
        province = nxg.nodes[node].get("province", "")
        (by_sector[province] if province in sectors else free).append(node)
    need = 0.0
    for province, members in by_sector.items():
        start, width = sectors[province]
        members.sort(key=lambda n: (_parent_angle(n, nxg, angle), n))
        for node, a in zip(members, _spread(len(members), start, width), strict=True):
            angle[node] = a
        need = max(need, len(members) * SPACING / max(width, 1e-6))
    if free:
        targets = {n: _neighbour_angle(n, nxg, angle) for n in free}
        free.sort(key=lambda n: (targets[n], n))
        for node, a in zip(free, _spread(len(free), 0.0, 2 * math.pi), strict=True):
            angle[node] = a
        need = max(need, len(free) * SPACING / (2 * math.pi))
    return need


def _parent_angle(node: str, nxg: nx.MultiDiGraph, angle: dict[str, float]) -> float:
    placed = [angle[m] for m in nxg.successors(node) if m in angle]
    return _circular_mean(placed) if placed else 0.0


def _neighbour_angle(node: str, nxg: nx.MultiDiGraph, angle: dict[str, float]) -> float:
    placed = [angle[m] for m in (*nxg.successors(node), *nxg.predecessors(node)) if m in angle]
    return _circular_mean(placed) if placed else 0.0


def compute_layout(nxg: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Place every node on rings by kind, in sectors by province, in screen pixels.

    Args:
        nxg: the graph to draw (nodes need ``kind`` and ``province`` attributes,
            as ``kg.analyze.project_store`` sets them).

    Returns:
        node → ``(x, y)`` rounded to 0.1 px; the same graph always gives the same
        positions. A graph with one node in its innermost ring puts it at the centre.
    """
    if nxg.number_of_nodes() == 0:
        return {}
    sectors = _sectors(nxg)
    rings = _ring_members(nxg)
    angle: dict[str, float] = {}
    radius: dict[str, float] = {}
    previous = -RING_GAP
    for index in sorted(rings):
        members = sorted(rings[index])
        if index == min(rings) and len(members) == 1:
            angle[members[0]], radius[members[0]] = 0.0, 0.0
            previous = 0.0
            continue
        need = _place_ring(members, nxg, sectors, angle)
        ring_radius = max(previous + RING_GAP, need)
        for node in members:
            radius[node] = ring_radius
        previous = ring_radius
    return {
        node: (
            round(radius[node] * math.cos(angle[node]), 1),
            round(radius[node] * math.sin(angle[node]), 1),
        )
        for node in sorted(nxg.nodes)
    }


def export_layout(
    nxg: nx.MultiDiGraph, coordinates: dict[str, tuple[float, float]] | None = None
) -> dict[str, tuple[float, float]]:
    """Positions for GEXF/GraphML: places and zones on the map, the rest on rings.

    Args:
        nxg: a graph from ``kg.analyze.project_store``.
        coordinates: adcode → (lon, lat); ``None`` reads ``kg.viz.geo.place_coordinates()``.

    Returns:
        node → ``(x, y)``: the ring layout of ``compute_layout``, with every place
        whose adcode has coordinates (and every zone, at its place) moved to its
        projected map position.
    """
    from kg.viz.geo import place_coordinates, project

    coords = place_coordinates() if coordinates is None else coordinates
    pos = compute_layout(nxg)
    if not coords:
        return pos
    place_prefix = "https://w3id.org/pilot-zone-kg/id/place/"
    for node in nxg.nodes:
        code = node[len(place_prefix) :] if node.startswith(place_prefix) else ""
        if code in coords:
            pos[node] = project(*coords[code])
    for node, data in nxg.nodes(data=True):
        if data.get("kind") != "zone":
            continue
        for _, place, rel in nxg.out_edges(node, keys=True):
            code = place[len(place_prefix) :] if place.startswith(place_prefix) else ""
            if rel == "schema:containedInPlace" and code in coords:
                x, y = project(*coords[code])
                pos[node] = (x, round(y - 20.0, 1))
    return pos
