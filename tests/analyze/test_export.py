"""export_graph writes files networkx (and so Gephi/Cytoscape) can read back."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.analyze import export_graph, project_store
from kg.cli import main
from kg.errors import ConfigError
from tests.conftest import MINI_TRIG


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_export_graph_round_trips(mini_store: ox.Store, tmp_path: Path, fmt: str) -> None:
    nxg = project_store(mini_store)
    out = export_graph(nxg, tmp_path / f"kg.{fmt}", fmt)
    if fmt == "graphml":
        back = nx.read_graphml(out)
    elif fmt == "gexf":
        back = nx.read_gexf(out)
    else:
        back = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="edges")
    assert back.number_of_nodes() == nxg.number_of_nodes()
    assert back.number_of_edges() == nxg.number_of_edges()
    zone = "https://w3id.org/pilot-zone-kg/id/zone/cbec-330700"
    assert back.nodes[zone]["label"] == "金华综试区"
    assert back.nodes[zone]["alt"] == "金华综试区"


def test_export_graph_rejects_unknown_format(mini_store: ox.Store, tmp_path: Path) -> None:
    with pytest.raises(
        ConfigError, match=r"export format 'dot' is unknown; use one of graphml, gexf, json"
    ):
        export_graph(project_store(mini_store), tmp_path / "kg.dot", "dot")


def test_cli_export_refuses_to_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "kg.graphml"
    out.write_text("keep", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["export", "--data", str(MINI_TRIG), "--format", "graphml", "-o", str(out)]
    )
    assert result.exit_code == 1
    assert "file exists; pass --force" in result.output
    assert out.read_text(encoding="utf-8") == "keep"


def test_cli_stats_json(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["stats", "--data", str(MINI_TRIG), "--format", "json"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.output)
    assert {"province": "浙江省", "zones": 3} in stats["zones_per_province"]


def test_cli_stats_table_lists_sections() -> None:
    result = CliRunner().invoke(main, ["stats", "--data", str(MINI_TRIG)])
    assert result.exit_code == 0, result.output
    assert "## zones_per_batch" in result.output
    assert "国务院" in result.output


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_carries_positions_colours_sizes(
    mini_store: ox.Store, tmp_path: Path, fmt: str
) -> None:
    from kg.viz.geo import place_coordinates, project
    from kg.viz.layout import export_layout

    nxg = project_store(mini_store)
    geo = place_coordinates(Path(__file__).parents[1] / "viz" / "data" / "places-geo.tsv")
    out = export_graph(nxg, tmp_path / f"kg.{fmt}", fmt, positions=export_layout(nxg, geo))
    jinhua = "https://w3id.org/pilot-zone-kg/id/place/330700"
    x, y = project(*geo["330700"])
    if fmt == "gexf":
        text = out.read_text(encoding="utf-8")
        assert 'xmlns:viz="http://gexf.net' in text or "viz:position" in text
        back = nx.read_gexf(out)
        viz = back.nodes[jinhua]["viz"]
        assert (viz["position"]["x"], viz["position"]["y"]) == (x, -y)
        assert (viz["color"]["r"], viz["color"]["g"], viz["color"]["b"]) == (0x6B, 0xAE, 0xD6)
        assert viz["size"] > 4
    else:
        back = nx.read_graphml(out)
        node = back.nodes[jinhua]
        assert (node["x"], node["y"]) == (x, -y)
        assert (node["r"], node["g"], node["b"], node["color"]) == (0x6B, 0xAE, 0xD6, "#6baed6")
        assert node["size"] > 4
