"""project_store: typed nodes, relation-labelled edges, province and batch attributes."""

from __future__ import annotations

import pyoxigraph as ox

from kg.analyze import curie, project_store

KGR = "https://w3id.org/pilot-zone-kg/id/"


def test_project_store_takes_most_specific_kind(mini_store: ox.Store) -> None:
    nxg = project_store(mini_store)
    # a zone is also a schema:Place, a province also a schema:AdministrativeArea
    assert nxg.nodes[KGR + "zone/cbec-330700"]["kind"] == "zone"
    assert nxg.nodes[KGR + "place/330000"]["kind"] == "province"
    assert nxg.nodes[KGR + "place/330782"]["kind"] == "county"
    assert nxg.nodes[KGR + "org/mofcom"]["kind"] == "org"


def test_project_store_leaves_out_evidence_annotations(mini_store: ox.Store) -> None:
    nxg = project_store(mini_store)
    assert not [n for n in nxg if "/ev/" in n]
    assert KGR + "graph/article/aaaa000000000001" not in nxg


def test_project_store_labels_short_chinese_and_english(mini_store: ox.Store) -> None:
    zone = project_store(mini_store).nodes[KGR + "zone/cbec-330700"]
    assert zone["label"] == "金华综试区"
    assert zone["label_zh"] == "中国（金华）跨境电子商务综合试验区"
    assert zone["label_en"] == "China (Jinhua) CBEC Zone"
    doc = project_store(mini_store).nodes[KGR + "doc/guohan-2022-8"]
    assert doc["label"] == "国函〔2022〕8号"


def test_project_store_sets_province_and_batch(mini_store: ox.Store) -> None:
    nxg = project_store(mini_store)
    assert nxg.nodes[KGR + "zone/cbec-440100"]["province"] == KGR + "place/440000"
    assert nxg.nodes[KGR + "zone/cbec-440100"]["batch"] == KGR + "batch/cbec-6"
    # a county two levels below its province
    assert nxg.nodes[KGR + "place/330782"]["province"] == KGR + "place/330000"
    assert nxg.nodes[KGR + "org/state-council"]["province"] == ""


def test_project_store_keys_edges_by_relation_once(mini_store: ox.Store) -> None:
    nxg = project_store(mini_store)
    doc, zone = KGR + "doc/guohan-2022-8", KGR + "zone/cbec-330700"
    # stated in the reference graph and restated in the article graph: one edge
    assert list(nxg[doc][zone]) == ["kgo:establishes"]
    assert nxg[doc][zone]["kgo:establishes"]["relation"] == "kgo:establishes"


def test_curie_shortens_project_prefixes() -> None:
    assert curie("https://w3id.org/pilot-zone-kg/ont#inBatch") == "kgo:inBatch"
    assert curie("http://example.org/x") == "http://example.org/x"


def test_project_store_reference_has_181_zones(reference_store: ox.Store) -> None:
    nxg = project_store(reference_store)
    zones = [n for n, k in nxg.nodes(data="kind") if k == "zone"]
    assert len(zones) == 181  # batches 1-8, the 3 revoked zones included
    assert all(nxg.nodes[z]["batch"] and nxg.nodes[z]["province"] for z in zones)
