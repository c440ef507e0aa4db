"""Write the projected graph as GraphML, GEXF or node-link JSON (for Gephi, Cytoscape, d3).

Input: a graph from ``project_store``, optional positions. Output: one UTF-8 file
whose nodes carry their colour (by kind), size (by degree) and, when given, position,
so Gephi opens it laid out: GEXF as ``viz:color``/``viz:size``/``viz:position``,
GraphML and JSON as ``x``, ``y``, ``size``, ``r``, ``g``, ``b`` and ``color`` attributes.
It does not: compute a layout (``kg export`` passes the overview's positions).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import networkx as nx

from kg.analyze.project import KINDS
from kg.build.output import write_text_atomic
from kg.errors import ConfigError, OutputError

__all__ = ["EXPORT_FORMATS", "export_graph"]

EXPORT_FORMATS = ("graphml", "gexf", "json")


_COLORS = {k.name: k.color for k in KINDS}


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def _flat(
    nxg: nx.MultiDiGraph, positions: dict[str, tuple[float, float]] | None, fmt: str
) -> nx.MultiDiGraph:
    """Copy with tuple attributes joined by ``|`` (GraphML/GEXF take scalars only),
    plus colour, size and position attributes for Gephi."""
    flat = nx.MultiDiGraph()
    degree = dict(nxg.degree())
    for node, data in nxg.nodes(data=True):
        attrs = {k: "|".join(v) if isinstance(v, tuple) else v for k, v in data.items()}
        color = _COLORS.get(str(data.get("kind", "")), "#999999")
        size = round(4.0 + 3.0 * math.sqrt(degree.get(node, 0)), 2)
        pos = positions.get(node) if positions else None
        if fmt == "gexf":
            red, green, blue = _rgb(color)
            viz: dict[str, object] = {
                "color": {"r": red, "g": green, "b": blue, "a": 1.0},
                "size": size,
            }
            if pos is not None:
                viz["position"] = {"x": float(pos[0]), "y": float(-pos[1]), "z": 0.0}
            attrs["viz"] = viz
        else:
            attrs.update(zip(("r", "g", "b"), _rgb(color), strict=True))
            attrs["color"], attrs["size"] = color, size
            if pos is not None:
                attrs["x"], attrs["y"] = float(pos[0]), float(-pos[1])  # y up, as Gephi draws
        flat.add_node(node, **attrs)
    for s, o, key, data in nxg.edges(keys=True, data=True):
        flat.add_edge(s, o, key=key, **data)
    return flat


def _render(
    nxg: nx.MultiDiGraph, fmt: str, positions: dict[str, tuple[float, float]] | None = None
) -> str:
    flat = _flat(nxg, positions, fmt)
    if fmt == "json":
        data = nx.node_link_data(flat, edges="edges")
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    lines = (
        nx.generate_graphml(flat, encoding="utf-8", prettyprint=True)
        if fmt == "graphml"
        else nx.generate_gexf(flat, encoding="utf-8")
    )
    text = "\n".join(lines) + "\n"
    if not text.startswith("<?xml"):
        text = "<?xml version='1.0' encoding='utf-8'?>\n" + text
    return text


def export_graph(
    nxg: nx.MultiDiGraph,
    path: Path,
    fmt: str,
    *,
    positions: dict[str, tuple[float, float]] | None = None,
) -> Path:
    """Write ``nxg`` to ``path`` in ``fmt``, UTF-8, atomically (temp file + rename).

    Args:
        nxg: a graph from ``kg.analyze.project_store``.
        path: the output file; its parent directory must exist.
        fmt: one of ``EXPORT_FORMATS``.
        positions: node → ``(x, y)`` screen coordinates (y down), e.g.
            ``kg.viz.layout.export_layout``; written with y up.

    Returns:
        ``path``.

    Raises:
        ConfigError: ``fmt`` is not a known format.
        OutputError: the parent directory does not exist.
    """
    if fmt not in EXPORT_FORMATS:
        raise ConfigError(
            f"export format {fmt!r} is unknown; use one of {', '.join(EXPORT_FORMATS)}"
        )
    path = Path(path)
    if not path.parent.is_dir():
        raise OutputError(f"{path}: directory {str(path.parent)!r} does not exist; create it first")
    text = _render(nxg, fmt, positions)
    write_text_atomic(path, text)
    return path
