"""kg.graph.article: one Extraction → its named graph, shaped as ontology/README.md says."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import OntologyError
from kg.graph.article import article_quads, decimal_lexical
from kg.model import (
    Article,
    Claim,
    Evidence,
    Extraction,
    Mention,
    Observation,
    Paragraph,
    Relation,
)

ID = "https://w3id.org/pilot-zone-kg/id/"
PREFIXES = """
PREFIX kgo: <https://w3id.org/pilot-zone-kg/ont#>
PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
TEXT = "国务院同意在金华设立综试区。浙江共有12个综试区。"


def _extraction(predicate: str = "kgo:establishes") -> Extraction:
    article = Article(
        id="a1",
        title='标题"<script>',
        published=datetime(2022, 2, 10, 7, 7, 39, tzinfo=UTC),
        paragraphs=(Paragraph(TEXT, 0, len(TEXT)),),
        source=Path("some/dir/seed.md"),
        categories=("新浪财经－国內",),
        content_hash="abc",
        stock_codes=("sh600295",),
    )
    ev = Evidence(6, 8, "金华", "国务院同意在金华设立综试区。", "relation:approve")
    claim_ev = Evidence(
        14, 25, "浙江共有12个综试区", "浙江共有12个综试区。", "claim:zones-in-place"
    )
    return Extraction(
        article=article,
        mentions=(
            Mention(6, 8, "金华", "Prefecture", "gazetteer", ID + "place/330700"),
            Mention(0, 3, "国务院", "Organization", "gazetteer", ID + "org/state-council"),
        ),
        relations=(Relation(ID + "doc/guohan-2022-8", predicate, ID + "zone/cbec-330700", ev),),
        observations=(
            Observation(
                ID + "obs/a1-x",
                ID + "place/330000",
                "kgo:crossBorderEcommerceTradeValue",
                "kgo:Level",
                Decimal("3.3029E+11"),
                "CNY",
                "亿元",
                ev,
                "2021年",
                date(2021, 1, 1),
                date(2021, 12, 31),
            ),
        ),
        claims=(
            Claim(
                ID + "claim/a1-y",
                "kgo:ZonesInPlace",
                ID + "place/330000",
                date(2022, 2, 10),
                claim_ev,
                12,
            ),
        ),
    )


@pytest.fixture
def store() -> ox.Store:
    s = ox.Store()
    s.extend(article_quads(_extraction()))
    return s


def _ask(store: ox.Store, pattern: str) -> bool:
    return bool(
        store.query(PREFIXES + "ASK { GRAPH <" + ID + "graph/article/a1> {" + pattern + "} }")
    )


@pytest.mark.parametrize(
    "pattern",
    [
        pytest.param(
            f"<{ID}graph/article/a1> prov:wasDerivedFrom <{ID}article/a1> ;"
            f" prov:wasGeneratedBy ?run .",
            id="graph-provenance",
        ),
        pytest.param(
            f'<{ID}article/a1> a schema:NewsArticle ; schema:headline "标题\\"<script>"@zh ;'
            ' schema:datePublished "2022-02-10T07:07:39Z"^^xsd:dateTime ;'
            ' kgo:sourceFile "seed.md" ; kgo:stockCode "sh600295" .',
            id="article-node",
        ),
        pytest.param(
            f"<{ID}article/a1> schema:mentions <{ID}place/330700>, <{ID}org/state-council> .",
            id="mentions",
        ),
        pytest.param(
            f"<{ID}doc/guohan-2022-8> kgo:establishes <{ID}zone/cbec-330700> .",
            id="relation-restated",
        ),
        pytest.param(
            f"?ev a oa:Annotation ; oa:hasBody <{ID}doc/guohan-2022-8> ;"
            " kgo:assertsProperty kgo:establishes ;"
            f' kgo:assertsObject <{ID}zone/cbec-330700> ; kgo:rule "relation:approve" ;'
            ' kgo:sentence "国务院同意在金华设立综试区。"@zh ;'
            " oa:hasTarget ?t . ?t oa:hasSource <" + ID + "article/a1> ;"
            " oa:hasSelector [ a oa:TextPositionSelector ; oa:start 6 ; oa:end 8 ] ,"
            ' [ a oa:TextQuoteSelector ; oa:exact "金华" ] .',
            id="relation-evidence",
        ),
        pytest.param(
            f"?ev oa:hasBody <{ID}place/330700> ; oa:motivatedBy oa:identifying .",
            id="mention-evidence",
        ),
        pytest.param(
            f"<{ID}obs/a1-x> a schema:Observation ; schema:observationAbout <{ID}place/330000> ;"
            ' schema:value "330290000000"^^xsd:decimal ; schema:unitCode "CNY" ;'
            ' kgo:periodStart "2021-01-01"^^xsd:date ; kgo:statistic kgo:Level ;'
            f" prov:wasDerivedFrom <{ID}article/a1> .",
            id="observation",
        ),
        pytest.param(
            f"<{ID}claim/a1-y> a kgo:Claim ; kgo:claimKind kgo:ZonesInPlace ; kgo:claimedValue 12 ;"
            ' kgo:asOfDate "2022-02-10"^^xsd:date ; kgo:claimAbout <' + ID + "place/330000> .",
            id="claim",
        ),
    ],
)
def test_article_graph_has_contract_shape(store: ox.Store, pattern: str) -> None:
    assert _ask(store, pattern)


def test_article_graph_all_quads_in_the_article_graph(store: ox.Store) -> None:
    graphs = {str(q.graph_name) for q in store}
    assert graphs == {f"<{ID}graph/article/a1>"}


def test_article_graph_is_sorted_and_stable() -> None:
    first = article_quads(_extraction())
    assert first == article_quads(_extraction())
    keys = [(str(q.subject), str(q.predicate), str(q.object)) for q in first]
    assert keys == sorted(keys)


def test_article_graph_rejects_unknown_kgo_term() -> None:
    with pytest.raises(OntologyError, match="kgo:establish'"):
        article_quads(_extraction(predicate="kgo:establish"))


@pytest.mark.parametrize(
    ("value", "lexical"),
    [
        (Decimal("3.3029E+11"), "330290000000"),
        (Decimal("30.70"), "30.7"),
        (Decimal("0.0"), "0"),
        (Decimal("-2.10"), "-2.1"),
        (Decimal("149000"), "149000"),
    ],
)
def test_decimal_lexical_is_canonical(value: Decimal, lexical: str) -> None:
    assert decimal_lexical(value) == lexical
