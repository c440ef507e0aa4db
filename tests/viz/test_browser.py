"""The page in headless Chromium, networking disabled: it draws, errs not, requests nothing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.viz import write_html

from .browser import console_messages, find_chromium, run_page

pytestmark = [
    pytest.mark.external,
    pytest.mark.skipif(find_chromium() is None, reason=(
        "chromium not installed: apt-get install -y --no-install-recommends chromium fonts-noto-cjk")),
]

ARTICLE = "https://w3id.org/pilot-zone-kg/id/article/aaaa000000000001"


@pytest.fixture(scope="module")
def mini_page(mini_store: ox.Store, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, int]:
    path = tmp_path_factory.mktemp("browser") / "kg.html"
    stats = write_html(mini_store, path)
    return path, stats.nodes, stats.edges


def test_browser_draws_network_offline_without_errors(mini_page: tuple[Path, int, int]) -> None:
    path, nodes, edges = mini_page
    run = run_page(path)
    assert run.status.get("state") == "ready", run.log[-2000:]
    assert int(run.status["nodes"]) == nodes
    assert int(run.status["edges"]) == edges
    assert json.loads(run.status["errors"]) == []
    assert json.loads(run.status["resources"]) == []  # nothing fetched, not even a failed fetch
    assert console_messages(run.log) == []
    assert "ERR_NAME_NOT_RESOLVED" not in run.log and "ERR_PROXY" not in run.log


def test_browser_shows_hostile_title_as_text(mini_page: tuple[Path, int, int]) -> None:
    path, _, _ = mini_page
    run = run_page(path, fragment=f"node={ARTICLE}")
    assert run.status.get("selected") == ARTICLE
    assert json.loads(run.status["alerts"]) == []
    panel = re.search(r'<aside id="kg-panel">(.*?)</aside>', run.dom, re.DOTALL)
    assert panel, "panel missing"
    heading = re.search(r"<h2>(.*?)</h2>", panel.group(1)).group(1)
    assert "&lt;img src=x onerror=alert(1)&gt;" in heading  # visible text, not an element
    assert "<img" not in panel.group(1) and "<script" not in panel.group(1)


def test_browser_panel_shows_evidence_sentence(mini_page: tuple[Path, int, int]) -> None:
    path, _, _ = mini_page
    run = run_page(path, fragment="node=https://w3id.org/pilot-zone-kg/id/zone/cbec-330700")
    panel = re.search(r'<aside id="kg-panel">(.*?)</aside>', run.dom, re.DOTALL).group(1)
    assert "<blockquote>国务院同意在金华市设立跨境电子商务综合试验区&lt;img src=x onerror=alert(3)&gt;。</blockquote>" in panel
    assert json.loads(run.status["alerts"]) == []


@pytest.mark.slow
def test_browser_draws_full_reference_graph(reference_store: ox.Store, tmp_path: Path) -> None:
    path = tmp_path / "ref.html"
    stats = write_html(reference_store, path)
    run = run_page(path, budget_ms=8000)
    assert run.status.get("state") == "ready", run.log[-2000:]
    assert int(run.status["nodes"]) == stats.nodes == stats.total_nodes
    assert json.loads(run.status["errors"]) == [] and json.loads(run.status["resources"]) == []
    assert console_messages(run.log) == []
