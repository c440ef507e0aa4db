"""The pages in headless Chromium, networking disabled: they draw, err not, request nothing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.analyze import kind_names
from kg.viz import write_html

from .browser import console_messages, find_chromium, run_page

pytestmark = [
    pytest.mark.external,
    pytest.mark.skipif(
        find_chromium() is None,
        reason=(
            "chromium not installed: apt-get install -y --no-install-recommends chromium fonts-noto-cjk"
        ),
    ),
]

ARTICLE = "https://w3id.org/pilot-zone-kg/id/article/aaaa000000000001"
ZONE = "https://w3id.org/pilot-zone-kg/id/zone/cbec-330700"
GEO_TSV = Path(__file__).parent / "data" / "places-geo.tsv"


def _panel(dom: str) -> str:
    panel = re.search(r'<aside id="kg-panel">(.*?)</aside>', dom, re.DOTALL)
    assert panel, "panel missing"
    return panel.group(1)


def _clean(run_status: dict[str, str], log: str) -> None:
    assert run_status.get("state") == "ready", log[-2000:]
    assert json.loads(run_status["errors"]) == []
    assert json.loads(run_status["resources"]) == []  # nothing fetched, not even a failed fetch
    assert json.loads(run_status["alerts"]) == []
    assert console_messages(log) == []
    assert "ERR_NAME_NOT_RESOLVED" not in log and "ERR_PROXY" not in log


@pytest.fixture(scope="module")
def mini_page(
    mini_store: ox.Store, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, int, int]:
    path = tmp_path_factory.mktemp("browser") / "kg.html"
    stats = write_html(mini_store, path)
    return path, stats.nodes, stats.edges


@pytest.fixture(scope="module")
def corpus_page(built_out: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    from kg.query import open_graph

    path = tmp_path_factory.mktemp("browser-corpus") / "kg.html"
    stats = write_html(open_graph(built_out).store, path)
    return path, stats.nodes


def test_overview_draws_offline_without_errors(mini_page: tuple[Path, int, int]) -> None:
    path, nodes, edges = mini_page
    run = run_page(path)
    _clean(run.status, run.log)
    assert int(run.status["nodes"]) == nodes
    assert int(run.status["edges"]) == edges


def test_fragment_selects_zooms_and_shows_hostile_titles_as_text(
    mini_page: tuple[Path, int, int],
) -> None:
    path, _, _ = mini_page
    run = run_page(path, fragment="zone/cbec-330700")
    _clean(run.status, run.log)
    assert run.status.get("selected") == ZONE
    panel = _panel(run.dom)
    assert (
        "<blockquote>国务院同意在金华市设立跨境电子商务综合试验区&lt;img src=x onerror=alert(3)&gt;。</blockquote>"
        in panel
    )
    assert "&lt;img src=x onerror=alert(1)&gt;" in panel  # the article headline, as text
    assert "<img" not in panel and "<script" not in panel


def test_corpus_date_control_counts_zones_in_force(corpus_page: tuple[Path, int]) -> None:
    path, nodes = corpus_page
    for date, zones in (("2021-12-31", 105), ("2022-06-30", 132)):
        run = run_page(path, fragment=f"date={date}", budget_ms=8000)
        _clean(run.status, run.log)
        assert int(run.status["nodes"]) == nodes
        assert (run.status["date"], int(run.status["inforce"]), int(run.status["zones"])) == (
            date,
            zones,
            zones,
        )


def test_corpus_search_ranks_zone_and_city_before_articles(corpus_page: tuple[Path, int]) -> None:
    path, _ = corpus_page
    run = run_page(path, fragment="q=金华", budget_ms=8000)  # what Enter in the search box does
    _clean(run.status, run.log)
    assert run.status.get("selected") == ZONE


def test_corpus_page_counts_and_size(corpus_page: tuple[Path, int]) -> None:
    path, nodes = corpus_page
    run = run_page(path, budget_ms=8000)
    _clean(run.status, run.log)
    assert int(run.status["inforce"]) == 178  # today: 165 + 16 (batch 8) - 3 revoked
    assert nodes < 3000 and path.stat().st_size < 5_000_000


def test_detail_view_draws_and_keeps_node_deep_links(mini_store: ox.Store, tmp_path: Path) -> None:
    path = tmp_path / "detail.html"
    stats = write_html(mini_store, path, types=kind_names())
    run = run_page(path, fragment=f"node={ARTICLE}")
    assert run.status.get("state") == "ready", run.log[-2000:]
    assert int(run.status["nodes"]) == stats.nodes
    assert run.status.get("selected") == ARTICLE
    heading = re.search(r"<h2>(.*?)</h2>", _panel(run.dom)).group(1)
    assert "&lt;img src=x onerror=alert(1)&gt;" in heading
    assert json.loads(run.status["alerts"]) == [] and console_messages(run.log) == []
