"""Interactive HTML view of the graph (pyvis, fully offline).

Input: a ``pyoxigraph.Store`` holding ``out/kg.trig`` (reference + article graphs).
Output: one self-contained UTF-8 HTML file (``write_html``): vis-network inlined,
nodes coloured and shaped by kind with a legend, Chinese labels and English
tooltips, relation-labelled edges, type/province/batch filters, a search box and
a side panel with each node's facts and evidence sentences linked to articles.
It does not: touch the network (no CDN link survives), run physics in the
browser (positions come from networkx), or insert any graph text as HTML.
"""

from __future__ import annotations

from kg.viz.html import (
    RELATION_LABELS,
    VizStats,
    render_html,
    select_subgraph,
    write_html,
)

__all__ = ["RELATION_LABELS", "VizStats", "render_html", "select_subgraph", "write_html"]
