"""Node positions computed in Python, so the browser can skip physics (PERF.md §5)."""

from __future__ import annotations

import math

import networkx as nx

__all__ = ["compute_layout"]

SEED = 7


def compute_layout(nxg: nx.MultiDiGraph, *, seed: int = SEED) -> dict[str, tuple[float, float]]:
    """Place every node with a seeded force-directed layout, in screen pixels.

    The graph is laid out undirected with parallel relations merged; the spread
    grows with the square root of the node count so labels stay apart.

    Args:
        nxg: the graph to draw.
        seed: random seed; the same graph and seed give the same positions.

    Returns:
        node → ``(x, y)`` rounded to 0.1 px.
    """
    if nxg.number_of_nodes() == 0:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(sorted(nxg.nodes))
    simple.add_edges_from(sorted((u, v) for u, v in nxg.edges() if u != v))
    n = simple.number_of_nodes()
    pos = nx.spring_layout(simple, seed=seed, iterations=80, k=1.6 / math.sqrt(n))
    scale = 90.0 * math.sqrt(n)
    return {node: (round(float(x) * scale, 1), round(float(y) * scale, 1))
            for node, (x, y) in sorted(pos.items())}
