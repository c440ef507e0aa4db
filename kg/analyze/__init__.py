"""Analytics over the built graph: RDF → networkx projection, counts, centrality, export.

Input: a ``pyoxigraph.Store`` holding ``out/kg.trig`` (reference + article graphs).
Output: a typed, labelled ``networkx.MultiDiGraph`` (``project_store``), plain rows
for ``kg stats`` (``compute_stats``), and GraphML/GEXF/JSON files (``export_graph``).
It does not: read or write RDF files, draw anything (``kg.viz`` does), or use
rdflib's ``rdflib_to_networkx`` helper (it turns literals into nodes and is slow,
PERF.md §6); evidence annotations are provenance, not nodes.
"""

from __future__ import annotations

from kg.analyze.export import EXPORT_FORMATS, export_graph
from kg.analyze.project import KINDS, Kind, curie, kind_names, project_store
from kg.analyze.stats import (
    RANK_MEASURES,
    GraphStats,
    compute_stats,
    count_kinds,
    count_relations,
    list_components,
    rank_mentioned,
    rank_nodes,
    score_nodes,
    zones_per_batch,
    zones_per_province,
)

__all__ = [
    "EXPORT_FORMATS",
    "KINDS",
    "RANK_MEASURES",
    "GraphStats",
    "Kind",
    "compute_stats",
    "count_kinds",
    "count_relations",
    "curie",
    "export_graph",
    "kind_names",
    "list_components",
    "project_store",
    "rank_mentioned",
    "rank_nodes",
    "score_nodes",
    "zones_per_batch",
    "zones_per_province",
]
