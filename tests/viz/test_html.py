"""write_html detail view (--focus / --types): offline, escaped, deterministic, filtered pages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.analyze import kind_names, project_store
from kg.cli import main
from kg.errors import ConfigError
from kg.viz import select_subgraph, write_html
from tests.conftest import MINI_TRIG

KGR = "https://w3id.org/pilot-zone-kg/id/"
EXTERNAL = re.compile(r"""\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.IGNORECASE)


def _payload(html: str) -> dict:
    match = re.search(
        r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.DOTALL
    )
    assert match, "data block missing"
    return json.loads(match.group(1))


def _vis_node_ids(html: str) -> list[str]:
    match = re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", html, re.DOTALL)
    assert match, "vis DataSet missing"
    return [n["id"] for n in json.loads(match.group(1))]


@pytest.fixture(scope="module")
def mini_html(mini_store: ox.Store, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("viz") / "kg.html"
    write_html(mini_store, path, types=kind_names())  # the detail view of every kind
    return path.read_text(encoding="utf-8")


def test_write_html_loads_nothing_external(mini_html: str) -> None:
    assert not EXTERNAL.search(mini_html)
    assert "cdn.jsdelivr" not in mini_html and "cdnjs" not in mini_html
    assert "new vis.Network(" in mini_html  # vis-network inlined, not linked


def test_write_html_draws_every_node_once(mini_store: ox.Store, mini_html: str) -> None:
    ids = _vis_node_ids(mini_html)
    assert sorted(ids) == sorted(project_store(mini_store).nodes)
    assert len(ids) == len(set(ids)) == 23


def test_write_html_escapes_hostile_text(mini_html: str) -> None:
    assert "<img src=x" not in mini_html
    assert "<script>alert(2)" not in mini_html
    article = _payload(mini_html)["nodes"][KGR + "article/aaaa000000000001"]
    assert "<img src=x onerror=alert(1)>" in article["zh"]  # kept as data, shown as text


def test_write_html_keeps_evidence_with_article(mini_html: str) -> None:
    data = _payload(mini_html)
    evidence = data["nodes"][KGR + "zone/cbec-330700"]["ev"]
    assert [e["s"] for e in evidence] == [
        "国务院同意在金华市设立跨境电子商务综合试验区<img src=x onerror=alert(3)>。"
    ]
    assert evidence[0]["a"] == KGR + "article/aaaa000000000001"
    assert (
        data["articles"][KGR + "article/aaaa000000000001"]["f"] == "2022-02-10-jinhua-zhoushan.md"
    )


def test_write_html_is_deterministic(mini_store: ox.Store, tmp_path: Path) -> None:
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    write_html(mini_store, first)
    write_html(mini_store, second)
    assert first.read_bytes() == second.read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_write_html_focus_keeps_two_hops(mini_store: ox.Store, tmp_path: Path) -> None:
    stats = write_html(mini_store, tmp_path / "zj.html", focus="浙江")
    ids = set(_vis_node_ids((tmp_path / "zj.html").read_text(encoding="utf-8")))
    assert KGR + "zone/cbec-330700" in ids and KGR + "place/330782" in ids
    assert KGR + "place/440100" not in ids  # 广州 is four hops from 浙江省
    assert stats.nodes == len(ids) < stats.total_nodes


def test_write_html_unknown_focus_says_how_to_fix(mini_store: ox.Store, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"--focus '火星' matches no node label, alias or IRI"):
        write_html(mini_store, tmp_path / "x.html", focus="火星")


def test_select_subgraph_types_and_max_nodes(mini_store: ox.Store) -> None:
    nxg = project_store(mini_store)
    zones = select_subgraph(nxg, types=["zone"])
    assert {d for _, d in zones.nodes(data="kind")} == {"zone"}
    assert select_subgraph(nxg, max_nodes=5).number_of_nodes() == 5
    with pytest.raises(ConfigError, match=r"node type 'zones' is unknown; use one of zone, batch"):
        select_subgraph(nxg, types=["zones"])


def test_write_html_reference_graph(reference_store: ox.Store, tmp_path: Path) -> None:
    stats = write_html(reference_store, tmp_path / "ref.html", types=kind_names())
    html = (tmp_path / "ref.html").read_text(encoding="utf-8")
    assert stats.nodes == len(_vis_node_ids(html)) == stats.total_nodes
    assert '"physics": {"enabled": false}' in html
    zones = [n for n in _payload(html)["nodes"].values() if n["k"] == "zone"]
    assert len(zones) == 181  # batches 1-8, the 3 revoked zones included
    haikou = _payload(html)["nodes"]["https://w3id.org/pilot-zone-kg/id/zone/cbec-460100"]
    assert "revoked 2025-04-25" in haikou["tip"]
    assert ["kgo:endConfidence", "single-source"] in haikou["f"]
    hainan = _payload(html)["nodes"]["https://w3id.org/pilot-zone-kg/id/zone/cbec-x-hainan-island"]
    assert "revoked" not in hainan["tip"]


def test_write_html_overview_of_reference_graph(reference_store: ox.Store, tmp_path: Path) -> None:
    stats = write_html(reference_store, tmp_path / "ref.html")
    data = _payload((tmp_path / "ref.html").read_text(encoding="utf-8"))
    zones = [n for n in data["nodes"].values() if n["k"] == "zone"]
    assert len(zones) == 181 and all("s" not in z for z in zones)  # batches 1-8, revoked included
    # no article mentions anything here: prefectures without a zone are left to search
    prefectures = [n for n in data["nodes"].values() if n["k"] == "prefecture"]
    drawn = [n for n in prefectures if "s" not in n]
    assert len(prefectures) == 333 and 100 < len(drawn) <= 181  # only the zone hosts are drawn
    assert stats.nodes < stats.total_nodes


def test_cli_viz_writes_and_refuses_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "kg.html"
    args = ["viz", "--data", str(MINI_TRIG), "-o", str(out)]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "nodes" in first.output and "bytes" in first.output
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 1
    assert "file exists; pass --force" in again.output
    detail = CliRunner().invoke(main, [*args, "--force", "--types", ",".join(kind_names())])
    assert detail.exit_code == 0 and "23 of 23 nodes" in detail.output
