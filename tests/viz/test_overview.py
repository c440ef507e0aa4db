"""The overview page: geographic positions, panel lists instead of nodes, as-of dates, bounds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.viz import write_html
from kg.viz.geo import place_coordinates, project
from kg.viz.html import MAX_BYTES
from kg.viz.overview import OverviewLimits, overview_payload, zones_in_force
from kg.viz.units import human_value

KGR = "https://w3id.org/pilot-zone-kg/id/"
GEO_TSV = Path(__file__).parent / "data" / "places-geo.tsv"
EXTERNAL = re.compile(r"""\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.IGNORECASE)


def _payload(html: str) -> dict:
    match = re.search(
        r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.DOTALL
    )
    assert match, "data block missing"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def geo() -> dict[str, tuple[float, float]]:
    return place_coordinates(GEO_TSV)


@pytest.fixture(scope="module")
def mini_overview(mini_store: ox.Store, geo: dict[str, tuple[float, float]]) -> dict:
    return overview_payload(mini_store, title="mini", coordinates=geo)


def test_place_coordinates_reads_the_columns_and_skips_blank_cells(geo: dict) -> None:
    assert geo["330700"] == (119.647229, 29.079208)
    assert "156" not in geo and "440100" not in geo  # empty cells give no entry


def test_place_coordinates_tolerates_a_file_without_the_columns(tmp_path: Path) -> None:
    old = tmp_path / "places.tsv"
    old.write_text("code\tlevel\tname_zh\n330000\tprovince\t浙江省\n", encoding="utf-8")
    assert place_coordinates(old) == {}
    assert place_coordinates(tmp_path / "missing.tsv") == {}


def test_places_and_zones_sit_at_their_geographic_position(mini_overview: dict) -> None:
    nodes = mini_overview["nodes"]
    zj, gd = nodes[KGR + "place/330000"], nodes[KGR + "place/440000"]
    assert zj["x"] > gd["x"] and zj["y"] < gd["y"]  # Zhejiang is east and north of Guangdong
    jinhua = nodes[KGR + "place/330700"]
    assert (jinhua["x"], jinhua["y"]) == project(119.647229, 29.079208)
    zone = nodes[KGR + "zone/cbec-330700"]
    assert abs(zone["x"] - jinhua["x"]) < 40 and abs(zone["y"] - jinhua["y"]) < 40
    assert zone["l"] == "金华" and zone["le"] == "Jinhua"
    # 广州 has no coordinates in the fixture: it is placed near its province, not at 0,0
    gz = nodes[KGR + "place/440100"]
    assert abs(gz["x"] - gd["x"]) < 200 and abs(gz["y"] - gd["y"]) < 200
    assert mini_overview["geo"] is True


def test_documents_bodies_batches_are_beside_the_map(mini_overview: dict) -> None:
    nodes = mini_overview["nodes"]
    map_x = [
        n["x"] for n in nodes.values() if n["k"] in ("province", "prefecture", "zone") and "x" in n
    ]
    for kind in ("batch", "document"):
        assert all(n["x"] < min(map_x) for n in nodes.values() if n["k"] == kind)
    assert all(n["x"] > max(map_x) for n in nodes.values() if n["k"] == "org" and "s" not in n)


def test_articles_figures_claims_are_panel_entries_not_nodes(mini_overview: dict) -> None:
    nodes = mini_overview["nodes"]
    assert {n["k"] for n in nodes.values()} <= {
        "province",
        "prefecture",
        "county",
        "special-area",
        "zone",
        "batch",
        "document",
        "org",
    }
    zj = nodes[KGR + "place/330000"]
    assert zj["a"] == [KGR + "article/aaaa000000000001"] and zj["n"] == 1
    (figure,) = zj["o"]
    assert figure[0] == "2021年" and figure[3] == "3,302.9 亿元"
    (claim,) = zj["c"]
    assert claim[2] == "12"
    article = mini_overview["articles"][KGR + "article/aaaa000000000001"]
    assert article["f"] == "2022-02-10-jinhua-zhoushan.md" and article["d"] == "2022-02-10"
    ev = nodes[KGR + "zone/cbec-330700"]["ev"]
    assert [e[1] for e in ev] == [
        "国务院同意在金华市设立跨境电子商务综合试验区<img src=x onerror=alert(3)>。"
    ]


def test_prefecture_without_zone_or_mention_is_search_only(mini_overview: dict) -> None:
    nodes = mini_overview["nodes"]
    assert nodes[KGR + "place/330782"].get("s") == 1  # 义乌: no zone, not mentioned
    assert "s" not in nodes[KGR + "place/330700"]  # 金华 hosts a zone


def test_zones_in_force_respects_an_end_date() -> None:
    zones = {
        "a": ("2015-03-07", ""),
        "b": ("2022-02-08", ""),
        "c": ("2016-01-12", "2025-06-01"),
        "d": ("", ""),
    }
    assert zones_in_force(zones, "2021-12-31") == ["a", "c"]
    assert zones_in_force(zones, "2025-06-01") == ["a", "b"]  # ended that day
    assert zones_in_force(zones, "2015-03-06") == []


def test_overview_dates_agree_with_the_zones_as_of_query(built_out: Path) -> None:
    from kg.query import open_graph

    graph = open_graph(built_out)
    payload = overview_payload(graph.store, title="t", coordinates={})
    zones = {
        iri: (n.get("d", ""), n.get("e", ""))
        for iri, n in payload["nodes"].items()
        if n["k"] == "zone"
    }
    for date, expected in (("2021-12-31", 105), ("2022-06-30", 132)):
        named = set(graph.run_named("zones-as-of", date=date).column("zone"))
        assert set(zones_in_force(zones, date)) == named
        assert len(named) == expected
    # batch 8 (2025) adds 16 and ends 3 (海口, 三亚, 阿拉山口): 165 + 16 - 3
    assert [b["in_force"] for b in payload["batches"]] == [1, 13, 35, 59, 105, 132, 165, 178]


def test_overview_page_is_offline_escaped_and_deterministic(
    mini_store: ox.Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "data" / "reference").mkdir(parents=True)
    (tmp_path / "data" / "reference" / "places.tsv").write_bytes(GEO_TSV.read_bytes())
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    stats = write_html(mini_store, first)
    write_html(mini_store, second)
    html = first.read_text(encoding="utf-8")
    assert first.read_bytes() == second.read_bytes()
    assert not EXTERNAL.search(html) and "cdnjs" not in html
    assert "<img src=x" not in html and "<script>alert(2)" not in html
    data = _payload(html)
    assert data["geo"] is True
    assert stats.nodes == sum(1 for n in data["nodes"].values() if "s" not in n)
    assert stats.bytes == len(html.encode("utf-8")) < MAX_BYTES


def test_overview_is_bounded_by_max_nodes(mini_store: ox.Store, tmp_path: Path) -> None:
    stats = write_html(mini_store, tmp_path / "small.html", max_nodes=5)
    data = _payload((tmp_path / "small.html").read_text(encoding="utf-8"))
    drawn = [n for n in data["nodes"].values() if "s" not in n]
    assert stats.nodes == len(drawn) == 5
    assert {n["k"] for n in drawn} <= {"province", "zone", "batch"}  # kept first


def test_overview_limits_cap_panel_lists(mini_store: ox.Store, geo: dict) -> None:
    payload = overview_payload(
        mini_store,
        title="t",
        coordinates=geo,
        limits=OverviewLimits(articles_per_node=0, evidence_per_node=0),
    )
    assert not any("a" in n or "ev" in n for n in payload["nodes"].values())


def test_overview_reads_an_on_disk_store(tmp_path: Path) -> None:
    from tests.conftest import MINI_TRIG

    store = ox.Store(str(tmp_path / "store"))
    store.bulk_load(path=str(MINI_TRIG), format=ox.RdfFormat.TRIG)
    stats = write_html(store, tmp_path / "kg.html")
    assert stats.nodes > 0


@pytest.mark.parametrize(
    ("value", "code", "text", "shown"),
    [
        (330290000000, "CNY", "亿元", "3,302.9 亿元"),
        (30.7, "P1", "%", "30.7%"),
        (149000, "C62", "万家", "14.9 万家"),
        (9420000000000, "CNY", "万亿元人民币", "9.42 万亿元人民币"),
        (84180000000, "CNY", "", "841.8 亿元"),
        (70, "C62", "项", "70 项"),
    ],
)
def test_human_value(value: object, code: str, text: str, shown: str) -> None:
    assert human_value(value, code, text) == shown


@pytest.mark.slow
def test_overview_size_does_not_follow_the_corpus(
    reference_store: ox.Store, tmp_path: Path
) -> None:
    """5,000 synthetic articles, each mentioning places, bodies and zones with evidence and a
    figure: the page stays far under 5 MB and 3,000 nodes, and lists only the latest articles."""
    store = ox.Store()
    store.extend(reference_store)
    ns = {
        p: ox.NamedNode(u)
        for p, u in {
            "type": "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
            "article": "https://schema.org/NewsArticle",
            "mentions": "https://schema.org/mentions",
            "headline": "https://schema.org/headline",
            "date": "https://schema.org/datePublished",
            "ann": "http://www.w3.org/ns/oa#Annotation",
            "body": "http://www.w3.org/ns/oa#hasBody",
            "sentence": "https://w3id.org/pilot-zone-kg/ont#sentence",
            "target": "http://www.w3.org/ns/oa#hasTarget",
            "source": "http://www.w3.org/ns/oa#hasSource",
            "obs": "https://schema.org/Observation",
            "about": "https://schema.org/observationAbout",
            "value": "https://schema.org/value",
            "unit": "https://schema.org/unitCode",
        }.items()
    }
    # zones, provinces and bodies: the nodes the overview draws (counties and countries of the
    # reference are search-only and would spread the mentions too thin to fill a list)
    targets = sorted(
        {
            q.subject.value
            for q in reference_store.quads_for_pattern(None, ns["type"], None)
            if "/zone/" in q.subject.value
            or "/org/" in q.subject.value
            or (q.subject.value.endswith("0000") and "/place/" in q.subject.value)
        }
    )
    quads = []
    for i in range(5000):
        art = ox.NamedNode(f"{KGR}article/{i:016x}")
        graph = ox.NamedNode(f"{KGR}graph/article/{i:016x}")
        quads += [
            ox.Quad(art, ns["type"], ns["article"], graph),
            ox.Quad(
                art, ns["headline"], ox.Literal(f"标题 {i} " + "长" * 40, language="zh"), graph
            ),
            ox.Quad(art, ns["date"], ox.Literal(f"20{15 + i % 10}-0{1 + i % 9}-1{i % 10}"), graph),
        ]
        for k in range(6):
            about = ox.NamedNode(targets[(i * 7 + k * 131) % len(targets)])
            ann = ox.NamedNode(f"{KGR}article/{i:016x}/ev/{k}")
            tgt = ox.NamedNode(f"{KGR}article/{i:016x}/ev/{k}-t")
            quads += [
                ox.Quad(art, ns["mentions"], about, graph),
                ox.Quad(ann, ns["type"], ns["ann"], graph),
                ox.Quad(ann, ns["body"], about, graph),
                ox.Quad(
                    ann,
                    ns["sentence"],
                    ox.Literal(f"句子{i}-{k}" + "字" * 60, language="zh"),
                    graph,
                ),
                ox.Quad(ann, ns["target"], tgt, graph),
                ox.Quad(tgt, ns["source"], art, graph),
            ]
        obs = ox.NamedNode(f"{KGR}obs/{i:016x}")
        quads += [
            ox.Quad(obs, ns["type"], ns["obs"], graph),
            ox.Quad(obs, ns["about"], ox.NamedNode(targets[i % len(targets)]), graph),
            ox.Quad(obs, ns["value"], ox.Literal(str(1000 + i)), graph),
            ox.Quad(obs, ns["unit"], ox.Literal("CNY"), graph),
        ]
    store.extend(quads)
    store.update(
        "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
    )  # the union, as kg build writes it
    stats = write_html(store, tmp_path / "big.html")
    data = _payload((tmp_path / "big.html").read_text(encoding="utf-8"))
    assert stats.bytes < MAX_BYTES and stats.nodes <= 3000
    assert not any(n["k"] == "article" for n in data["nodes"].values())
    assert (
        max(len(n.get("a", [])) for n in data["nodes"].values())
        == OverviewLimits().articles_per_node
    )
    assert max(n["n"] for n in data["nodes"].values()) > 4 * OverviewLimits().articles_per_node
    assert len(data["articles"]) < 5000


def test_overview_draws_the_documents_batches_and_zones_cite_first(
    reference_store: ox.Store,
) -> None:
    cited = {
        str(q.object.value)
        for q in reference_store.quads_for_pattern(
            None, ox.NamedNode("https://w3id.org/pilot-zone-kg/ont#establishedBy"), None, None
        )
    }
    payload = overview_payload(
        reference_store, title="t", coordinates={}, limits=OverviewLimits(documents_drawn=3)
    )
    docs = {iri: n for iri, n in payload["nodes"].items() if n["k"] == "document"}
    drawn = [iri for iri, n in docs.items() if "s" not in n]
    assert len(drawn) == 3 and set(drawn) <= cited
    assert len(docs) > 3  # the others are still found by search
