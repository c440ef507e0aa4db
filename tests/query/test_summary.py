"""The rewritten named queries give the rows the old ones gave (issue 14, item 3).

tests/query/legacy/ holds each query as it was before it read the summary facts
(kg.graph.summary) and paged; on the bundled articles both must give the same rows
(every page at once: limit=0). Paging and the claim checks are tested here as well.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.graph.summary import (
    add_summary,
    claim_check,
    headline_terms,
    mention_node,
    observation_rank,
    read_reference_facts,
)
from kg.iris import KGO, KGR
from kg.model import Claim
from kg.query import KnowledgeGraph, open_graph
from kg.query.named import get_named_query, parse_named_query

LEGACY = Path(__file__).parent / "legacy"
ARTICLES_IN_BUILD = sorted((Path(__file__).resolve().parents[2] / "data" / "articles").glob("*"))

CASES = [
    ("claims-check", {}),
    ("inconsistent-claims", {}),
    ("mentions-of", {"entity": "商务部"}),
    ("mentions-of", {"entity": "高峰"}),
    ("mentions-of", {"entity": "浙江"}),
    ("mentions-of", {"entity": "无此名"}),
    ("spokespeople", {}),
    ("observations-of", {"place": "中国"}),
    ("observations-of", {"place": "浙江"}),
    ("figures-compare", {"place": "中国", "measure": "crossBorderEcommerceTradeValue"}),
    ("figures-compare", {"place": "浙江", "measure": "crossBorderEcommerceTradeValue"}),
    ("documents-by-body", {"body": "国务院"}),
    ("documents-by-body", {"body": "商务部"}),
    ("entities-in-article", {"title": "RCEP", "kind": "country"}),
    ("entities-in-article", {"title": "", "kind": "body"}),
    ("entities-in-article", {"title": "", "kind": ""}),
    ("entities-in-article", {"title": "商务部", "kind": ""}),
    ("places-under", {"province": "浙江"}),
    ("places-under", {"province": "金华市"}),
    ("zone-detail", {"place": "金华"}),
    ("zone-detail", {"place": "浙江"}),
    ("zone-detail", {"place": "海口"}),
]


def _legacy_rows(graph: KnowledgeGraph, name: str, params: dict[str, str]) -> list[tuple]:
    legacy = parse_named_query(name, (LEGACY / f"{name}.rq").read_text(encoding="utf-8"))
    bound = legacy.bind(params)
    return list(graph.query(graph._pin_anchors(legacy.text, bound), bound).rows)


def _everything(name: str) -> dict[str, str]:
    return {"limit": "0"} if get_named_query(name).pages else {}


@pytest.mark.parametrize(("name", "params"), CASES)
def test_rewritten_query_gives_the_old_rows(
    built_graph: KnowledgeGraph, name: str, params: dict[str, str]
) -> None:
    old = _legacy_rows(built_graph, name, params)
    new = list(built_graph.run_named(name, **params, **_everything(name)).rows)
    if name == "entities-in-article":
        # the old query took SAMPLE(?s), any one sentence; the new one takes the least
        old, new = [r[:-1] for r in old], [r[:-1] for r in new]
    assert Counter(new) == Counter(old)


def test_observations_come_by_date_then_iri(built_graph: KnowledgeGraph) -> None:
    """kgo:observationKey sorts as the observation IRIs do: rows by date, then IRI."""
    for place in ("中国", "浙江"):
        rows = built_graph.run_named("observations-of", place=place, limit="0").to_dicts()
        keys = [(r["date"], r["observation"]) for r in rows]
        assert len(set(keys)) > 2 and keys == sorted(keys)


def test_observation_key_and_rank_sort_as_the_iris(built_graph: KnowledgeGraph) -> None:
    """Every observation of the build has a key and a rank, and (key, rank) orders the
    observations exactly as their IRIs: the queries page by them without reading IRIs."""
    rows = built_graph.query(
        "SELECT ?o ?k ?r WHERE { ?o a schema:Observation ; kgo:observationKey ?k ; "
        "kgo:observationRank ?r }"
    ).rows
    observations = built_graph.query("SELECT ?o WHERE { ?o a schema:Observation }").rows
    assert len(rows) == len(observations) > 10
    by_iri = [o for o, _, _ in sorted(rows, key=lambda r: r[0])]
    by_key = [o for o, _, _ in sorted(rows, key=lambda r: (r[1], r[2]))]
    assert by_key == by_iri and len({(k, r) for _, k, r in rows}) == len(rows)
    assert observation_rank(KGR + "obs/3d7608289aeec726-68f3a1c2b4d5") == int("668f3a1c2b4d5", 16)
    assert observation_rank(KGR + "obs/not-a-kg-iri") is None


def test_the_bundled_build_has_rows_to_compare(built_graph: KnowledgeGraph) -> None:
    """The comparisons above are not all empty: claims, mentions and spokespeople exist."""
    assert len(built_graph.run_named("claims-check")) >= 3
    assert len(built_graph.run_named("mentions-of", entity="商务部")) >= 10


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("mentions-of", {"entity": "商务部"}),
        ("claims-check", {}),
        ("observations-of", {"place": "中国"}),
        ("figures-compare", {"place": "中国", "measure": "crossBorderEcommerceTradeValue"}),
        ("documents-by-body", {"body": "国务院"}),
        ("spokespeople", {}),
    ],
)
def test_pages_in_order_make_the_whole_answer(
    built_graph: KnowledgeGraph, name: str, params: dict[str, str]
) -> None:
    whole = list(built_graph.run_named(name, **params, limit="0").rows)
    pages: list[tuple] = []
    offset = 0
    while True:
        page = list(built_graph.run_named(name, **params, limit="2", offset=str(offset)).rows)
        if not page:
            break
        pages += page
        offset += 2
    assert len(whole) > 2
    assert pages == whole


def test_article_pages_make_the_whole_answer(built_graph: KnowledgeGraph) -> None:
    """entities-in-article pages by article (a page of articles naming no body is empty,
    and each page is sorted by headline): the pages together hold every row once."""
    params = {"title": "", "kind": "body"}
    whole = Counter(built_graph.run_named("entities-in-article", **params, limit="0").rows)
    pages: Counter[tuple] = Counter()
    for offset in range(0, len(ARTICLES_IN_BUILD), 5):
        pages.update(
            built_graph.run_named(
                "entities-in-article", **params, limit="5", offset=str(offset)
            ).rows
        )
    assert len(whole) > 5
    assert pages == whole


def test_headline_terms_are_latin_words_and_quoted_names() -> None:
    terms = headline_terms("RCEP生效一周年 商务部：5G与x跨境电商", ["商务部", "浙江", "跨"])
    assert terms == ["5G", "RCEP", "商务部"]


def test_a_headline_word_finds_its_articles(built_graph: KnowledgeGraph) -> None:
    """title= is a word of the headline (kgo:headlineTerm), not any substring."""
    rcep = built_graph.run_named("entities-in-article", title="RCEP", limit="0").to_dicts()
    assert rcep and all("RCEP" in r["headline"] for r in rcep)
    assert not built_graph.run_named("entities-in-article", title="RCE", limit="0").rows


def test_default_limit_cuts_the_answer(built_graph: KnowledgeGraph) -> None:
    """The shipped text is the first page: limit=1 gives one publication time's rows."""
    first = built_graph.run_named("mentions-of", entity="商务部", limit="1").to_dicts()
    assert first and len({r["published"] for r in first}) == 1
    whole = built_graph.run_named("mentions-of", entity="商务部", limit="0").to_dicts()
    assert first == whole[: len(first)]


def test_summary_facts_are_in_the_article_graphs(built_out: Path) -> None:
    graph = open_graph(built_out)
    rows = graph.query(
        """SELECT ?g ?claim ?status WHERE { GRAPH ?g { ?claim kgo:checkStatus ?status ;
             prov:wasDerivedFrom ?a } ?g prov:wasDerivedFrom ?a }"""
    ).rows
    assert rows and all(g.startswith(KGR + "graph/article/") for g, _, _ in rows)
    node = mention_node(KGR + "article/x", KGR + "org/mofcom")
    assert node.value.startswith(KGR + "article/x-m-") and len(node.value.rsplit("-", 1)[1]) == 32


def test_mention_node_is_what_sparql_computes(built_graph: KnowledgeGraph) -> None:
    iri = KGR + "org/mofcom"
    (row,) = built_graph.query(
        f'SELECT (IRI(CONCAT(STR(<{KGR}article/x>), "-m-", MD5(STR(<{iri}>)))) AS ?m) {{}}'
    ).rows
    assert row[0] == mention_node(KGR + "article/x", iri).value


# --- the claim checks against the legacy SPARQL, on claims made up for the purpose --------

_DAYS = [date(2015, 6, 1), date(2019, 1, 1), date(2022, 4, 21), date(2023, 6, 1), date(2026, 1, 1)]
_CLAIMS = [
    ("ZonesNationwide", KGR + "place/156", None, 132),
    ("ZonesNationwide", KGR + "place/156", None, 165),
    ("ZonesInFirstBatches", KGR + "place/156", 5, 105),
    ("ZonesInFirstBatches", KGR + "place/156", 99, 105),  # no such batch: cannot-check
    ("ZonesInPlace", KGR + "place/330000", None, 12),
    ("ZonesInPlace", KGR + "place/330700", None, 1),
    ("ZonesInPlace", KGR + "place/nowhere", None, 1),  # unknown place: cannot-check
    ("ProvinceCoverage", KGR + "place/330000", None, None),
    ("ProvinceCoverage", KGR + "place/370000", None, None),
    ("ProvinceCoverage", KGR + "place/110000", None, None),  # no prefectures: cannot-check
    ("FirstZone", KGR + "place/330100", None, 2015),  # not listed by claims-check
]


def _claim_triples(i: int, kind: str, about: str, upto: int | None, value: int | None, day: date):
    claim = ox.NamedNode(f"{KGR}claim/{i:016x}-c")
    article = ox.NamedNode(f"{KGR}article/{i:016x}")
    kgo = KGO
    triples = [
        (claim, ox.NamedNode(kgo + "claimKind"), ox.NamedNode(kgo + kind)),
        (claim, ox.NamedNode(kgo + "claimAbout"), ox.NamedNode(about)),
        (claim, ox.NamedNode(kgo + "asOfDate"), ox.Literal(day.isoformat(), datatype=_XSD_DATE)),
        (claim, ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom"), article),
    ]
    if value is not None:
        triples.append(
            (claim, ox.NamedNode(kgo + "claimedValue"), ox.Literal(str(value), datatype=_XSD_INT))
        )
    if upto is not None:
        triples.append(
            (claim, ox.NamedNode(kgo + "uptoBatch"), ox.Literal(str(upto), datatype=_XSD_INT))
        )
    model = Claim(
        claim.value,
        "kgo:" + kind,
        about,
        day,
        None,
        value,
        upto,  # type: ignore[arg-type]
    )
    return claim, triples, model


_XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
_XSD_INT = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def test_claim_check_agrees_with_the_legacy_sparql(reference_store: ox.Store) -> None:
    store = ox.Store()
    store.extend(reference_store)
    facts = read_reference_facts(reference_store)
    expected = {}
    graph = ox.NamedNode(KGR + "graph/article/test")
    i = 0
    for day in _DAYS:
        for kind, about, upto, value in _CLAIMS:
            i += 1
            claim, triples, model = _claim_triples(i, kind, about, upto, value, day)
            store.extend(ox.Quad(s, p, o, graph) for s, p, o in triples)
            expected[claim.value] = claim_check(model, facts)
    legacy = parse_named_query("claims-check", (LEGACY / "claims-check.rq").read_text("utf-8"))
    rows = KnowledgeGraph(store).query(legacy.text).to_dicts()
    got = {r["claim"]: (r["computed"], r["status"]) for r in rows}
    assert got == {k: v for k, v in expected.items() if v is not None}
    statuses = Counter(status for _, status in got.values())
    assert statuses["consistent"] and statuses["inconsistent"] and statuses["cannot-check"]


def test_add_summary_gives_what_the_build_emits(built_out: Path) -> None:
    """A store stripped of its summary facts gets the same ones back from add_summary."""
    graph = open_graph(built_out)
    summary = {
        ox.NamedNode(KGO + p)
        for p in (
            "mentionedOn",
            "mentionSentence",
            "mentionOf",
            "checkStatus",
            "checkedValue",
            "sortKey",
            "headlineTerm",
            "observationKey",
            "observationRank",
        )
    }

    def is_summary(q: ox.Quad) -> bool:
        return q.predicate in summary or "-m-" in q.subject.value  # the mention nodes

    built = {q for q in graph.store if is_summary(q)}
    stripped = ox.Store()
    stripped.extend(q for q in graph.store if not is_summary(q))
    assert add_summary(stripped) == len(built)
    assert {q for q in stripped if is_summary(q)} == built


def test_shapes_check_the_summary_facts(reference_store: ox.Store) -> None:
    """ontology/shapes.ttl holds the summary facts to their shape in every article graph."""
    from kg.graph.shacl import ArticleChecker

    checker = ArticleChecker(reference_store.quads_for_pattern(None, None, None, None))
    claim = ox.NamedNode(KGR + "claim/0000000000000000-c")
    node = mention_node(KGR + "article/0000000000000000", KGR + "org/mofcom")
    bad = [
        (claim, ox.NamedNode(KGO + "checkedValue"), ox.Literal("12", datatype=_XSD_INT)),
        (claim, ox.NamedNode(KGO + "checkStatus"), ox.Literal("maybe")),
        (node, ox.NamedNode(KGO + "mentionOf"), ox.NamedNode(KGR + "org/mofcom")),
    ]
    problems = "\n".join(checker.check(bad, KGR + "graph/article/0000000000000000"))
    assert "kgo:checkStatus is consistent, inconsistent or cannot-check" in problems
    assert "a checked claim has one kgo:sortKey" in problems
    assert "a mention node comes from one article" in problems
    assert "a mention node has its sentences" in problems


def test_shapes_check_the_new_keys(reference_store: ox.Store) -> None:
    """kgo:observationKey and kgo:observationRank are integers on an observation;
    kgo:headlineTerm a plain string."""
    from kg.graph.shacl import ArticleChecker

    checker = ArticleChecker(reference_store.quads_for_pattern(None, None, None, None))
    obs = ox.NamedNode(KGR + "obs/0000000000000000-o")
    article = ox.NamedNode(KGR + "article/0000000000000000")
    bad = [
        (obs, ox.NamedNode(KGO + "observationKey"), ox.Literal("12")),
        (obs, ox.NamedNode(KGO + "observationRank"), ox.Literal("12")),
        (article, ox.NamedNode(KGO + "headlineTerm"), ox.Literal("RCEP", language="zh")),
    ]
    problems = "\n".join(checker.check(bad, KGR + "graph/article/0000000000000000"))
    assert "an observation has one kgo:observationKey" in problems
    assert "an observation has one kgo:observationRank" in problems
    assert "a headline term is a plain string on a schema:NewsArticle" in problems
