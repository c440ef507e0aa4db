"""Write the projected graph as GraphML, GEXF or node-link JSON (for Gephi, Cytoscape, d3)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.build.output import write_text_atomic
from kg.errors import ConfigError, OutputError

__all__ = ["EXPORT_FORMATS", "export_graph"]

EXPORT_FORMATS = ("graphml", "gexf", "json")


def _flat(nxg: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Copy with tuple attributes joined by ``|`` (GraphML/GEXF take scalars only)."""
    flat = nx.MultiDiGraph()
    for node, data in nxg.nodes(data=True):
        flat.add_node(node, **{k: "|".join(v) if isinstance(v, tuple) else v
                               for k, v in data.items()})
    for s, o, key, data in nxg.edges(keys=True, data=True):
        flat.add_edge(s, o, key=key, **data)
    return flat


def _render(nxg: nx.MultiDiGraph, fmt: str) -> str:
    if fmt == "json":
        data = nx.node_link_data(_flat(nxg), edges="edges")
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    lines = (nx.generate_graphml(_flat(nxg), encoding="utf-8", prettyprint=True)
             if fmt == "graphml" else nx.generate_gexf(_flat(nxg), encoding="utf-8"))
    text = "\n".join(lines) + "\n"
    if not text.startswith("<?xml"):
        text = "<?xml version='1.0' encoding='utf-8'?>\n" + text
    return text




def export_graph(nxg: nx.MultiDiGraph, path: Path, fmt: str) -> Path:
    """Write ``nxg`` to ``path`` in ``fmt``, UTF-8, atomically (temp file + rename).

    Args:
        nxg: a graph from ``kg.analyze.project_store``.
        path: the output file; its parent directory must exist.
        fmt: one of ``EXPORT_FORMATS``.

    Returns:
        ``path``.

    Raises:
        ConfigError: ``fmt`` is not a known format.
        OutputError: the parent directory does not exist.
    """
    if fmt not in EXPORT_FORMATS:
        raise ConfigError(f"export format {fmt!r} is unknown; use one of {', '.join(EXPORT_FORMATS)}")
    path = Path(path)
    if not path.parent.is_dir():
        raise OutputError(f"{path}: directory {str(path.parent)!r} does not exist; create it first")
    text = _render(nxg, fmt)
    write_text_atomic(path, text)
    return path
