"""One self-contained, offline HTML page of the graph: pyvis + a panel, filters and search.

The page is pyvis's ``in_line`` template (vis-network inlined) with the Bootstrap
CDN links it always adds removed, plus ``page.css``/``page.js`` and a JSON data
block. Untrusted text (labels, headlines, sentences) reaches the page only as
JSON with ``<``, ``>`` and ``&`` escaped, and the script inserts it with
``textContent``; node tooltips are set by the script too, because pyvis switches
to an ``innerHTML`` popup as soon as a node title contains ``href``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg.analyze.project import KINDS, kind_names, project_store
from kg.analyze.stats import RANK_MEASURES, score_nodes
from kg.build.output import write_text_atomic
from kg.errors import ConfigError, OutputError
from kg.viz.layout import compute_layout
from kg.viz.overview import OverviewLimits, PanelLists, overview_payload
from kg.viz.panel_data import collect_articles, collect_evidence, collect_facts

__all__ = [
    "MAX_BYTES",
    "RELATION_LABELS",
    "VizStats",
    "render_html",
    "render_overview",
    "select_subgraph",
    "write_html",
    "write_overview",
]

#: The overview page stays under this size whatever the corpus (panel lists shrink first).
MAX_BYTES = 5_000_000

#: Chinese edge labels; the CURIE is in the edge tooltip.
RELATION_LABELS: dict[str, str] = {
    "kgo:establishes": "设立",
    "kgo:approvedBy": "批准",
    "kgo:inBatch": "批次",
    "kgo:establishedBy": "批复",
    "kgo:hostProvince": "所在省",
    "kgo:endedBy": "撤销",
    "kgo:absorbedInto": "并入",
    "kgo:zoneType": "类型",
    "kgo:growthOf": "增速",
    "kgo:claimAbout": "关于",
    "kgo:assertsObject": "对象",
    "schema:containedInPlace": "位于",
    "schema:mentions": "提及",
    "schema:legislationPassedBy": "发布",
    "schema:observationAbout": "关于",
    "schema:editor": "编辑",
    "schema:contributor": "作者",
    "org:subOrganizationOf": "隶属",
    "org:postIn": "任职于",
    "org:holds": "担任",
    "prov:wasDerivedFrom": "来源",
}

_KIND_SHAPE_GLYPH = {
    "star": "★",
    "hexagon": "⬢",
    "square": "■",
    "diamond": "◆",
    "dot": "●",
    "box": "▬",
    "ellipse": "⬤",
    "triangle": "▲",
    "triangleDown": "▼",
}
_CDN_TAG = re.compile(
    r"<(?:link|script)\b[^>]*\b(?:href|src)\s*=\s*[\"']?(?:https?:)?//[^>]*>\s*(?:</script>)?",
    re.IGNORECASE | re.DOTALL,
)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>", re.IGNORECASE)
_EXTERNAL_REF = re.compile(r"\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.IGNORECASE)
MIN_SIZE = 8.0
MAX_SIZE = 42.0


@dataclass(frozen=True, slots=True)
class VizStats:
    """What ``write_html`` drew: counts before and after filtering, and the file."""

    path: Path
    nodes: int
    edges: int
    total_nodes: int
    total_edges: int
    bytes: int


def _matches(data: dict[str, Any], iri: str, text: str) -> bool:
    names = {data["label"], data["label_zh"], data["label_en"], iri, *data["alt"]}
    return text in names


def _focus_nodes(nxg: nx.MultiDiGraph, focus: str) -> list[str]:
    exact = [n for n, d in nxg.nodes(data=True) if _matches(d, n, focus)]
    if exact:
        return sorted(exact)
    return sorted(n for n, d in nxg.nodes(data=True) if focus and focus in d["label_zh"])


def _check_types(types: Iterable[str]) -> set[str]:
    wanted = {t.strip() for t in types if t.strip()}
    unknown = sorted(wanted - set(kind_names()))
    if unknown:
        raise ConfigError(
            f"node type {unknown[0]!r} is unknown; use one of {', '.join(kind_names())}"
        )
    return wanted


def select_subgraph(
    nxg: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    radius: int = 2,
    types: Iterable[str] | None = None,
    max_nodes: int | None = None,
    scores: dict[str, float] | None = None,
) -> nx.MultiDiGraph:
    """Cut the part of ``nxg`` to draw: a neighbourhood, some kinds, the top nodes.

    Args:
        nxg: a graph from ``kg.analyze.project_store``.
        focus: a label, alias, English name or IRI (``浙江``); keeps the nodes within
            ``radius`` hops of every match (edges followed in both directions).
        radius: hops kept around the focus.
        types: node kinds to keep (``kg.analyze.kind_names()``); ``None`` keeps all.
        max_nodes: keep only this many nodes, best ``scores`` first (focus nodes always).
        scores: node → score for ``max_nodes`` (PageRank when ``None``).

    Returns:
        A new graph (a copy), possibly empty.

    Raises:
        ConfigError: no node matches ``focus``, a type is unknown, or ``max_nodes < 1``.
    """
    keep = set(nxg.nodes)
    anchors: list[str] = []
    if focus is not None:
        anchors = _focus_nodes(nxg, focus)
        if not anchors:
            raise ConfigError(
                f"--focus {focus!r} matches no node label, alias or IRI; "
                "try a Chinese name such as '浙江' or '商务部'"
            )
        undirected = nxg.to_undirected(as_view=True)
        keep = set()
        for anchor in anchors:
            keep |= set(nx.single_source_shortest_path_length(undirected, anchor, cutoff=radius))
    if types is not None:
        wanted = _check_types(types)
        keep = {n for n in keep if nxg.nodes[n]["kind"] in wanted or n in anchors}
    if max_nodes is not None:
        if max_nodes < 1:
            raise ConfigError(f"--max-nodes is {max_nodes!r}; it must be at least 1")
        ranking = scores if scores is not None else score_nodes(nxg, "pagerank")
        ordered = sorted(keep, key=lambda n: (n not in anchors, -ranking.get(n, 0.0), n))
        keep = set(ordered[:max_nodes])
    return nxg.subgraph(sorted(keep)).copy()


def _sizes(scores: dict[str, float], nodes: Iterable[str]) -> dict[str, float]:
    top = max((scores.get(n, 0.0) for n in nodes), default=0.0) or 1.0
    return {
        n: round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(scores.get(n, 0.0) / top), 1)
        for n in nodes
    }


def _kind_info() -> dict[str, Any]:
    return {k.name: k for k in KINDS}


def _tooltip(data: dict[str, Any], facts: list[list[str]]) -> str:
    kind = _kind_info()[data["kind"]]
    lines = [
        data["label_zh"] or data["label"],
        data["label_en"],
        f"{kind.label_zh} / {kind.label_en}",
    ]
    ended = [value for prop, value in facts if prop == "kgo:endDate"]
    if ended:
        lines.append(f"已撤销 / revoked {ended[0]}")
    return "\n".join(line for line in lines if line)


def _vis_nodes(
    sub: nx.MultiDiGraph, pos: dict[str, tuple[float, float]], sizes: dict[str, float]
) -> list[dict[str, Any]]:
    kinds = _kind_info()
    out = []
    for iri, data in sub.nodes(data=True):
        kind = kinds[data["kind"]]
        x, y = pos[iri]
        out.append(
            {
                "id": iri,
                "label": data["label"],
                "shape": kind.shape,
                "color": kind.color,
                "size": sizes[iri],
                "x": x,
                "y": y,
            }
        )
    return out


def _vis_edges(sub: nx.MultiDiGraph) -> list[dict[str, Any]]:
    out = []
    for i, (subj, obj, rel) in enumerate(sorted(sub.edges(keys=True))):
        label = RELATION_LABELS.get(rel, rel.split(":", 1)[-1])
        out.append(
            {
                "id": f"e{i}",
                "from": subj,
                "to": obj,
                "label": label,
                "title": f"{label} ({rel})",
                "arrows": "to",
            }
        )
    return out


def _vis_options(node_count: int) -> dict[str, Any]:
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": node_count > 300},
        "nodes": {"font": {"size": 16, "face": "Noto Sans CJK SC, sans-serif"}, "borderWidth": 1},
        "edges": {
            "smooth": False,
            "width": 0.6,
            "color": {"color": "#b8b8b8", "highlight": "#333333", "hover": "#555555"},
            "font": {"size": 10, "color": "#666666", "strokeWidth": 2, "align": "middle"},
            "arrows": {"to": {"scaleFactor": 0.4}},
        },
    }


def _payload(
    store: ox.Store, sub: nx.MultiDiGraph, *, title: str, article_base: str | None
) -> dict[str, Any]:
    nodes = set(sub.nodes)
    facts = collect_facts(store, nodes)
    evidence = collect_evidence(store, nodes)
    articles = collect_articles(store, article_base=article_base)
    cited = {row.article for rows in evidence.values() for row in rows}
    kinds_present: dict[str, int] = {}
    for _, data in sub.nodes(data=True):
        kinds_present[data["kind"]] = kinds_present.get(data["kind"], 0) + 1
    labels = dict(sub.nodes(data="label"))

    def name_of(iri: str) -> str:
        return labels.get(iri) or iri.rstrip("/").rsplit("/", 1)[-1]

    node_info = {}
    for iri, data in sub.nodes(data=True):
        node_info[iri] = {
            "l": data["label"],
            "zh": data["label_zh"],
            "en": data["label_en"],
            "alt": list(data["alt"]),
            "k": data["kind"],
            "p": data["province"],
            "b": data["batch"],
            "tip": _tooltip(data, facts.get(iri, [])),
            "f": facts.get(iri, []),
            "ev": [row.as_json() for row in evidence.get(iri, [])],
        }
    provinces = sorted({d["province"] for _, d in sub.nodes(data=True) if d["province"]})
    batches = sorted({d["batch"] for _, d in sub.nodes(data=True) if d["batch"]})
    return {
        "title": title,
        "nodes": node_info,
        "kinds": [
            {
                "name": k.name,
                "zh": k.label_zh,
                "en": k.label_en,
                "color": k.color,
                "glyph": _KIND_SHAPE_GLYPH.get(k.shape, "●"),
                "count": kinds_present[k.name],
            }
            for k in KINDS
            if k.name in kinds_present
        ],
        "provinces": [[p, name_of(p)] for p in provinces],
        "batches": [[b, name_of(b)] for b in batches],
        "articles": {a: info.as_json() for a, info in articles.items() if a in nodes or a in cited},
        "relations": RELATION_LABELS,
    }


def _json_for_script(data: object) -> str:
    """JSON that is safe inside ``<script type="application/json">``."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _asset(name: str) -> str:
    return resources.files("kg.viz").joinpath(name).read_text(encoding="utf-8")


_ERROR_TRAP = (
    "<script>window.__kgErrors=[];window.__kgAlerts=[];"
    "window.addEventListener('error',function(e){var t=e.target||{};"
    "window.__kgErrors.push(String(e.message||('resource '+(t.src||t.href||t.tagName))));},true);"
    "window.alert=function(m){window.__kgAlerts.push(String(m));};</script>"
)


def render_html(
    store: ox.Store,
    sub: nx.MultiDiGraph,
    *,
    scores: dict[str, float],
    title: str = "pilot-zone-kg",
    article_base: str | None = None,
) -> str:
    """Render the page for ``sub`` (already selected) as one HTML string.

    Args:
        store: the built graph (facts, evidence and articles for the panel).
        sub: the nodes and edges to draw.
        scores: node → score that sets the node size.
        title: page title.
        article_base: where source files are, for article links (see ``collect_articles``).

    Returns:
        The HTML text; it references nothing outside itself.

    Raises:
        OutputError: the generated page still points at an external resource.
    """
    from pyvis.network import Network  # heavy (jinja2, IPython): load only when drawing

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    pos = compute_layout(sub)
    net.nodes = _vis_nodes(sub, pos, _sizes(scores, sub.nodes))
    net.edges = _vis_edges(sub)
    net.node_ids = [n["id"] for n in net.nodes]
    net.options = _vis_options(sub.number_of_nodes())
    html = net.generate_html()
    html = _EMPTY_HEADING.sub("", _CDN_TAG.sub("", html))
    safe_title = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    html = html.replace(
        '<meta charset="utf-8">',
        f'<meta charset="utf-8">\n<title>{safe_title}</title>\n{_ERROR_TRAP}',
        1,
    )
    html = html.replace("</head>", f"<style>{_asset('page.css')}</style>\n</head>", 1)
    body = (
        _asset("page.html")
        + '\n<script type="application/json" id="kg-data">'
        + _json_for_script(_payload(store, sub, title=title, article_base=article_base))
        + "</script>\n"
    )
    html = html.replace("<body>", "<body>\n" + body, 1)
    tail = html.rfind("</body>")
    html = html[:tail] + f"<script>{_asset('page.js')}</script>\n" + html[tail:]
    leak = _EXTERNAL_REF.search(html)
    if leak:
        raise OutputError(
            f"generated page still loads {html[leak.start() : leak.start() + 80]!r}; "
            "the pyvis template changed: extend kg.viz.html._CDN_TAG"
        )
    return html


def _vis_script() -> str:
    """vis-network as shipped inside the pyvis wheel (inlined: the page loads nothing)."""
    lib = resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2", "vis-network.min.js")
    return lib.read_text(encoding="utf-8")


def render_overview(payload: dict[str, Any], *, title: str) -> str:
    """The overview page (map, date control, panel) for ``overview_payload`` data.

    Raises:
        OutputError: the page would load an external resource.
    """
    safe_title = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    html = (
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{safe_title}</title>\n{_ERROR_TRAP}\n<style>{_asset('overview.css')}</style>\n"
        "</head>\n<body>\n"
        + _asset("overview.html")
        + '\n<script type="application/json" id="kg-data">'
        + _json_for_script(payload)
        + "</script>\n<script>"
        + _vis_script()
        + "</script>\n<script>"
        + _asset("overview.js")
        + "</script>\n</body>\n</html>\n"
    )
    leak = _EXTERNAL_REF.search(html)
    if leak:
        raise OutputError(f"overview page would load {html[leak.start() : leak.start() + 80]!r}")
    return html


def _overview_html(
    store: ox.Store,
    *,
    title: str,
    max_nodes: int | None,
    article_base: str | None,
    panels: PanelLists | None = None,
) -> tuple[str, dict[str, Any]]:
    """Render the overview, shrinking panel lists (then nodes) until it fits ``MAX_BYTES``."""
    limits = OverviewLimits(max_nodes=max_nodes) if max_nodes else OverviewLimits()
    while True:
        payload = overview_payload(
            store, title=title, limits=limits, article_base=article_base, panels=panels
        )
        html = render_overview(payload, title=title)
        if len(html.encode("utf-8")) < MAX_BYTES or limits.max_nodes <= 50:
            return html, payload
        limits = OverviewLimits(
            max_nodes=limits.max_nodes if limits.articles_per_node > 1 else limits.max_nodes // 2,
            articles_per_node=max(1, limits.articles_per_node // 2),
            figures_per_node=max(1, limits.figures_per_node // 2),
            claims_per_node=max(1, limits.claims_per_node // 2),
            evidence_per_node=max(1, limits.evidence_per_node // 2),
            search_only=limits.search_only // 2,
        )


def _overview_stats(path: Path, html: str, payload: dict[str, Any]) -> VizStats:
    drawn = [n for n in payload["nodes"].values() if "s" not in n]
    return VizStats(
        path=path,
        nodes=len(drawn),
        edges=len(payload["edges"]),
        total_nodes=len(payload["nodes"]),
        total_edges=len(payload["edges"]),
        bytes=len(html.encode("utf-8")),
    )


def write_overview(
    trig: Path | str,
    path: Path | str,
    *,
    max_nodes: int | None = None,
    title: str = "pilot-zone-kg",
    article_base: str | None = None,
) -> VizStats:
    """Write the overview page of a built ``kg.trig`` after one streaming pass over it.

    The same page ``write_html`` draws from a store of the whole graph (same payload),
    but nothing of the corpus is loaded: ``kg.viz.stream.overview_source`` keeps the
    entity facts and a few articles, figures, claims and sentences per node.

    Args:
        trig: ``kg.trig`` as ``kg build`` writes it.
        path: the ``.html`` file to write (UTF-8, atomically; overwritten).
        max_nodes: draw at most this many nodes (the least mentioned go to search).
        title: page title.
        article_base: URL or path (relative to the page) of the source articles.

    Returns:
        Counts of what was drawn and the size of the file.

    Raises:
        OutputError: ``trig`` is not valid TriG, or the folder of ``path`` is missing.
    """
    from kg.viz.stream import overview_source

    path, trig = Path(path), Path(trig)
    if not path.parent.is_dir():
        raise OutputError(f"{path}: directory {str(path.parent)!r} does not exist; create it first")
    try:
        store, panels = overview_source(trig)
    except SyntaxError as exc:
        raise OutputError(f"{trig}: not valid TriG ({exc})") from exc
    html, payload = _overview_html(
        store, title=title, max_nodes=max_nodes, article_base=article_base, panels=panels
    )
    write_text_atomic(path, html)
    return _overview_stats(path, html, payload)


def write_html(
    store: ox.Store,
    path: Path | str,
    *,
    focus: str | None = None,
    types: Iterable[str] | None = None,
    max_nodes: int | None = None,
    size_by: str = "pagerank",
    radius: int = 2,
    title: str = "pilot-zone-kg",
    article_base: str | None = None,
) -> VizStats:
    """Write an interactive, offline HTML view of the graph in ``store``.

    Without ``focus`` and ``types`` it writes the overview: places and zones on the
    map (coordinates from ``data/reference/places.tsv``), a date control, documents,
    bodies and batches beside the map, and articles, figures and claims in the side
    panel of what they are about. The overview reads the store with bounded
    aggregate queries only and stays under ``MAX_BYTES`` and ``max_nodes`` (3,000)
    whatever the corpus. With ``focus`` or ``types`` it writes the detail view
    (every projected node of that part, articles and figures included).

    Args:
        store: the built graph (reference + article graphs), in memory or on disk.
        path: the ``.html`` file to write (UTF-8, atomically; overwritten).
        focus: detail view of the neighbourhood of this label/alias/IRI (``浙江``).
        types: detail view of these node kinds (``kg.analyze.kind_names()``).
        max_nodes: draw at most this many nodes (overview: least mentioned places
            and bodies are left to search; detail: highest PageRank first).
        size_by: detail view: ``"pagerank"`` or ``"degree"`` sets the node size.
        radius: hops kept around ``focus``.
        title: page title.
        article_base: URL or path (relative to the page) of the source articles,
            e.g. ``"../data/articles"``; ``None`` links articles only inside the page.

    Returns:
        Counts of what was drawn and the size of the file.

    Raises:
        ConfigError: a bad ``focus``, ``types``, ``max_nodes`` or ``size_by``.
        OutputError: the directory of ``path`` does not exist.
    """
    if size_by not in RANK_MEASURES:
        raise ConfigError(f"size_by {size_by!r} is unknown; use one of {', '.join(RANK_MEASURES)}")
    if max_nodes is not None and max_nodes < 1:
        raise ConfigError(f"--max-nodes is {max_nodes!r}; it must be at least 1")
    path = Path(path)
    if not path.parent.is_dir():
        raise OutputError(f"{path}: directory {str(path.parent)!r} does not exist; create it first")
    if focus is None and types is None:
        html, payload = _overview_html(
            store, title=title, max_nodes=max_nodes, article_base=article_base
        )
        write_text_atomic(path, html)
        return _overview_stats(path, html, payload)
    nxg = project_store(store)
    scores = score_nodes(nxg, size_by)
    sub = select_subgraph(
        nxg, focus=focus, radius=radius, types=types, max_nodes=max_nodes, scores=scores
    )
    html = render_html(store, sub, scores=scores, title=title, article_base=article_base)
    write_text_atomic(path, html)
    return VizStats(
        path=path,
        nodes=sub.number_of_nodes(),
        edges=sub.number_of_edges(),
        total_nodes=nxg.number_of_nodes(),
        total_edges=nxg.number_of_edges(),
        bytes=len(html.encode("utf-8")),
    )
