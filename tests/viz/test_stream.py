"""The overview from one streaming pass over kg.trig equals the one drawn from a store."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.viz import write_html, write_overview
from kg.viz.overview import OverviewLimits, overview_payload
from kg.viz.stream import overview_source
from tests.conftest import MINI_TRIG

EXTERNAL = re.compile(r"""\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.IGNORECASE)
NEWS_ARTICLE = ox.NamedNode("https://schema.org/NewsArticle")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _store_of(trig: Path) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    return store


@pytest.mark.parametrize(
    "limits", [OverviewLimits(), OverviewLimits(max_nodes=40, articles_per_node=2)]
)
def test_stream_payload_equals_store_payload(built_out: Path, limits: OverviewLimits) -> None:
    trig = built_out / "kg.trig"
    expected = overview_payload(_store_of(trig), title="t", limits=limits, coordinates={})
    small, panels = overview_source(trig, limits)
    got = overview_payload(small, title="t", limits=limits, coordinates={}, panels=panels)
    assert got == expected
    assert any(n.get("a") for n in got["nodes"].values())  # articles listed in panels
    assert any(n.get("o") for n in got["nodes"].values())  # and figures
    assert got["articles"]  # with their headlines


def test_stream_payload_equals_store_payload_on_mini_graph() -> None:
    expected = overview_payload(_store_of(MINI_TRIG), title="t", coordinates={})
    small, panels = overview_source(MINI_TRIG)
    assert overview_payload(small, title="t", coordinates={}, panels=panels) == expected


def test_stream_keeps_no_article_in_the_store(built_out: Path) -> None:
    small, panels = overview_source(built_out / "kg.trig", OverviewLimits(articles_per_node=1))
    assert not list(small.quads_for_pattern(None, RDF_TYPE, NEWS_ARTICLE, None))
    assert all(len(panels.articles.result(k)) <= 1 for k in panels.articles.lists)
    held = {item[1] for item in panels.articles.items()}
    held |= {item[6] for item in panels.figures.items()}
    held |= {item[5] for item in panels.claims.items()}
    held |= {item[0] for item in panels.evidence.items()}
    assert set(panels.article_info) <= held  # headlines only of articles a list holds


def test_write_overview_matches_write_html(built_out: Path, tmp_path: Path) -> None:
    trig = built_out / "kg.trig"
    streamed = write_overview(trig, tmp_path / "a.html")
    from_store = write_html(_store_of(trig), tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    assert streamed == dataclasses.replace(from_store, path=streamed.path)
    assert not EXTERNAL.search((tmp_path / "a.html").read_text(encoding="utf-8"))


def test_write_overview_names_a_bad_file(tmp_path: Path) -> None:
    from kg.errors import OutputError

    bad = tmp_path / "kg.trig"
    bad.write_text("<a> <b> {", encoding="utf-8")
    with pytest.raises(OutputError, match="kg.trig"):
        write_overview(bad, tmp_path / "kg.html")
