"""Interactive HTML view of the graph (vis-network from pyvis, fully offline).

Input: a ``pyoxigraph.Store`` holding the built graph (in memory or on disk), or
``kg build``'s kg.trig (``write_overview``: one streaming pass, ``kg.viz.stream``).
Output: one self-contained UTF-8 HTML file (``write_html``). By default the
overview (``kg.viz.overview``): places and zones at their geographic position,
zones coloured by batch, a date control with the zones in force, documents,
bodies and batches beside the map, and a side panel per node with its relations
as sentences, figures in human units, claims, the latest articles and evidence;
search, filters, zh/en labels and the selection in the URL fragment
(``kg.html#zone/cbec-330700``). With ``focus``/``types``: the detail view of
every projected node of that part (pyvis page, as before).
It does not: touch the network (no CDN link survives), run physics in the
browser, insert any graph text as HTML, or grow with the corpus (the overview
stays under 5 MB and ``max_nodes``).
"""

from __future__ import annotations

from kg.viz.html import (
    RELATION_LABELS,
    VizStats,
    render_html,
    select_subgraph,
    write_html,
    write_overview,
)

__all__ = [
    "RELATION_LABELS",
    "VizStats",
    "render_html",
    "select_subgraph",
    "write_html",
    "write_overview",
]
