"""Done-when answers on data/articles built once: Python API, CLI, loaded store, HTTP."""

from __future__ import annotations

import json
import threading
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import KnowledgeGraph, inline_params, load_store, open_graph
from kg.query.named import get_named_query
from kg.query.serve import make_server

pytestmark = pytest.mark.slow
HOSTILE = '"} ; DROP ALL ; #'


def test_corpus_zones_by_province_zhejiang_12(built_graph: KnowledgeGraph) -> None:
    rows = {
        r["province"]: r["zones"] for r in built_graph.run_named("zones-by-province").to_dicts()
    }
    assert rows["浙江省"] == 12


@pytest.mark.parametrize(("day", "zones"), [("2021-12-31", 105), ("2022-06-30", 132)])
def test_corpus_zones_as_of(built_graph: KnowledgeGraph, day: str, zones: int) -> None:
    assert len(built_graph.run_named("zones-as-of", date=day)) == zones


def test_corpus_zone_detail_jinhua(built_graph: KnowledgeGraph) -> None:
    rows = built_graph.run_named("zone-detail", place="金华").to_dicts()
    assert {(r["documentNumber"], r["body"], r["batch"]) for r in rows} == {
        ("国函〔2022〕8号", "国务院", 6)
    }
    assert any(
        r["sentence"] and "金华市" in r["sentence"] and "综合试验区" in r["sentence"] for r in rows
    )


def test_corpus_hostile_param_changes_nothing(built_graph: KnowledgeGraph) -> None:
    before = len(built_graph)
    for name, param in [
        ("zone-detail", "place"),
        ("mentions-of", "entity"),
        ("places-under", "province"),
    ]:
        assert len(built_graph.run_named(name, **{param: HOSTILE})) == 0
    assert len(built_graph) == before


def test_cli_query_zone_detail_json(built_out: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "query",
            "zone-detail",
            "--param",
            "place=金华",
            "--data",
            str(built_out),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert {r["documentNumber"] for r in json.loads(result.output)} == {"国函〔2022〕8号"}


def test_cli_query_errors_are_one_line(built_out: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(main, ["query", "zones-as-of", "--data", str(built_out)])
    assert missing.exit_code == 1 and "needs parameter 'date'" in missing.output
    unknown = runner.invoke(main, ["query", "zones", "--data", str(built_out)])
    assert unknown.exit_code == 1 and "available: " in unknown.output
    nodata = runner.invoke(main, ["query", "zones-by-province", "--data", str(built_out / "nope")])
    assert nodata.exit_code == 1 and "run 'kg build" in nodata.output


def test_cli_queries_lists_names() -> None:
    result = CliRunner().invoke(main, ["queries", "--format", "csv"])
    assert result.exit_code == 0
    assert "zones-as-of,date:date*," in result.output


def test_load_store_gives_same_answers(
    built_out: Path, built_graph: KnowledgeGraph, tmp_path: Path
) -> None:
    report = load_store(built_out, tmp_path / "store")
    assert report.quads == len(built_graph)
    stored = open_graph(tmp_path / "store")
    assert (
        stored.run_named("zone-detail", place="金华").rows
        == built_graph.run_named("zone-detail", place="金华").rows
    )


def test_serve_corpus_same_answers(built_graph: KnowledgeGraph) -> None:
    server = make_server(built_graph, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        named = get_named_query("zones-as-of")
        query = inline_params(named.text, named.bind({"date": "2022-06-30"}))
        url = f"http://127.0.0.1:{server.server_address[1]}/sparql?" + urllib.parse.urlencode(
            {"query": query}
        )
        with urllib.request.urlopen(url, timeout=30) as reply:
            bindings = json.loads(reply.read())["results"]["bindings"]
        assert len(bindings) == 132
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_corpus_entities_in_article_names_new_bodies_and_documents(
    built_graph: KnowledgeGraph,
) -> None:
    rows = built_graph.run_named("entities-in-article", title="四川", kind="").to_dicts()
    bodies = {(r["label"], r["listed"]) for r in rows if r["kindName"] == "body"}
    # 017: a provincial body the reference does not list, and one it does
    assert ("四川省经济合作局", False) in bodies and ("商务部", True) in bodies
    assert all(r["sentence"] for r in rows if r["label"] == "四川省经济合作局")
    # title= is a headline word (kgo:headlineTerm); these headlines have none, so filter here
    docs = [
        r
        for r in built_graph.run_named("entities-in-article", kind="document", limit="0").to_dicts()
        if "外资" in r["headline"]
    ]
    assert {"外商投资法", "全国鼓励外商投资产业目录"} <= {r["label"] for r in docs}
    assert {r["kindName"] for r in docs} == {"document"}


ANCHORED_CASES = [
    ("zone-detail", {"place": "金华"}),
    ("zone-detail", {"place": "浙江"}),
    ("observations-of", {"place": "中国"}),
    ("mentions-of", {"entity": "商务部"}),
    ("mentions-of", {"entity": "无此名"}),
    ("figures-compare", {"place": "中国", "measure": "foreignTradeValue"}),
]


@pytest.mark.parametrize(("name", "params"), ANCHORED_CASES)
def test_pinned_name_gives_the_rows_of_the_plain_query(
    built_graph: KnowledgeGraph, name: str, params: dict[str, str]
) -> None:
    """run_named resolves a '# resolve:' block first and writes the IRI in; the rows stay."""
    from kg.query.named import find_anchors

    named = get_named_query(name)
    assert find_anchors(named.text), name
    plain = built_graph.query(*named.paged(named.bind(params)))
    pinned = built_graph.run_named(name, **params)
    assert pinned.columns == plain.columns
    assert sorted(map(repr, pinned.terms)) == sorted(map(repr, plain.terms))


def test_inline_params_reach_inside_sub_selects(built_graph: KnowledgeGraph) -> None:
    """A remote store gets the VALUES block in every WHERE, so a resolving sub-SELECT sees it."""
    named = get_named_query("zone-detail")
    text = inline_params(named.text, named.bind({"place": "金华"}))
    assert text.count("VALUES (?place)") == text.count("WHERE {") >= 2
    assert built_graph.query(text).rows == built_graph.run_named("zone-detail", place="金华").rows
