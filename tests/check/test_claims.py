"""check_claims on hand-written article graphs against a hand-written reference slice.

Expected values were counted by hand from tests/check/data/mini-reference.trig:
Zhejiang has 12 zones in 11 prefectures (义乌 is a county of 金华); Shandong 4
prefectures with zones in batches 2, 4, 6, 7 (德州 unconfirmed, batch 7 = 2022-11-14);
nationwide 15 zones before batch 7 and 16 after; batches 1-5 hold 12 zones.
"""

from __future__ import annotations

from datetime import date

import pyoxigraph as ox
import pytest

from kg.check import CANNOT_CHECK, CONSISTENT, INCONSISTENT, ClaimCheck, check_claims

KGR = "https://w3id.org/pilot-zone-kg/id/"

#: claim local id -> (status, claimed, computed)
EXPECTED = {
    "aaaa-zj12": (CONSISTENT, 12, 12),
    "aaaa-cov": (CONSISTENT, None, 11),
    "aaaa-jh2": (CONSISTENT, 2, 2),
    "bbbb-nat": (CONSISTENT, 15, 15),
    "bbbb-first5": (CONSISTENT, 12, 12),
    "bbbb-first9": (CANNOT_CHECK, 200, None),
    "bbbb-unknown": (CANNOT_CHECK, 3, None),
    "bbbb-sdcov": (INCONSISTENT, None, 3),
    "cccc-nat": (INCONSISTENT, 15, 16),
    "cccc-sd": (CONSISTENT, 4, 4),
    "cccc-sdcov": (CONSISTENT, None, 4),
    "dddd-zj13": (INCONSISTENT, 13, 12),
}


def _by_id(checks: list[ClaimCheck]) -> dict[str, ClaimCheck]:
    return {c.claim.removeprefix(KGR + "claim/"): c for c in checks}


def test_check_claims_gives_expected_verdicts(mini_store: ox.Store) -> None:
    checks = _by_id(check_claims(mini_store))
    got = {k: (c.status, c.claimed_value, c.computed_value) for k, c in checks.items()}
    assert got == EXPECTED


def test_check_claims_modified_article_is_flagged_with_its_evidence(mini_store: ox.Store) -> None:
    check = _by_id(check_claims(mini_store))["dddd-zj13"]
    assert check.status == INCONSISTENT
    assert check.sentence == "浙江共有13个综试区，率先实现省域全覆盖。"
    assert check.article == KGR + "article/dddd"
    assert check.source_file == "d-modified.md"
    assert check.about_label == "浙江省"
    assert check.kind == "ZonesInPlace"


def test_check_claims_uses_the_claim_date_so_a_later_article_is_flagged(
    mini_store: ox.Store,
) -> None:
    checks = _by_id(check_claims(mini_store))
    assert (checks["bbbb-nat"].as_of, checks["bbbb-nat"].status) == (date(2022, 4, 21), CONSISTENT)
    assert (checks["cccc-nat"].as_of, checks["cccc-nat"].status) == (date(2023, 3, 1), INCONSISTENT)


def test_check_claims_falls_back_to_the_publication_date(mini_store: ox.Store) -> None:
    # cccc-sd has no kgo:asOfDate; its article is dated 2023-03-01 (after 德州, batch 7)
    assert _by_id(check_claims(mini_store))["cccc-sd"].as_of == date(2023, 3, 1)


@pytest.mark.parametrize(
    ("as_of", "nationwide", "status"),
    [
        pytest.param(date(2022, 2, 7), 12, INCONSISTENT, id="day-before-batch-6"),
        pytest.param(date(2022, 2, 8), 15, CONSISTENT, id="batch-6-publication-day"),
        pytest.param(date(2022, 11, 14), 16, INCONSISTENT, id="batch-7-signature-day"),
    ],
)
def test_check_claims_as_of_override_moves_the_count(
    mini_store: ox.Store, as_of: date, nationwide: int, status: str
) -> None:
    check = _by_id(check_claims(mini_store, as_of=as_of))["bbbb-nat"]
    assert (check.as_of, check.computed_value, check.status) == (as_of, nationwide, status)


def test_check_claims_counts_unconfirmed_zones_and_says_so(mini_store: ox.Store) -> None:
    checks = _by_id(check_claims(mini_store))
    assert checks["cccc-sd"].unconfirmed == 1
    assert '"unconfirmed"' in checks["cccc-sd"].note
    assert checks["aaaa-zj12"].unconfirmed == 0
    assert checks["aaaa-zj12"].note == ""


def test_check_claims_coverage_names_the_uncovered_division(mini_store: ox.Store) -> None:
    check = _by_id(check_claims(mini_store))["bbbb-sdcov"]
    assert check.note == "3 of 4 prefecture-level divisions host a zone; none in 德州市"


def test_check_claims_cannot_check_says_why(mini_store: ox.Store) -> None:
    checks = _by_id(check_claims(mini_store))
    assert checks["bbbb-first9"].note == "batch 9 is not in the reference data"
    assert checks["bbbb-unknown"].note == (
        f"place {KGR + 'place/999999'!r} is not in the reference data"
    )


def test_check_claims_query_text_reproduces_the_value(mini_store: ox.Store) -> None:
    for check in check_claims(mini_store):
        if check.status == CANNOT_CHECK or check.kind == "ProvinceCoverage":
            continue
        rows = list(mini_store.query(check.query, use_default_graph_as_union=True))
        assert int(rows[0]["zones"].value) == check.computed_value, check.claim


def test_check_claims_ignores_zones_only_an_article_asserts(mini_store: ox.Store) -> None:
    # an article naming a zone that the reference does not hold adds no effective date
    zone = ox.NamedNode(KGR + "zone/cbec-330399")
    graph = ox.NamedNode(KGR + "graph/article/dddd")
    for p, o in (
        (
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
            ox.NamedNode("https://w3id.org/pilot-zone-kg/ont#CrossBorderEcommerceZone"),
        ),
        ("https://schema.org/containedInPlace", ox.NamedNode(KGR + "place/330300")),
    ):
        mini_store.add(ox.Quad(zone, ox.NamedNode(p), o, graph))
    assert _by_id(check_claims(mini_store))["aaaa-zj12"].computed_value == 12


def test_check_claims_empty_store_gives_no_checks() -> None:
    assert check_claims(ox.Store()) == []


def test_check_queries_bind_their_parameters_instead_of_pasting_them(mini_store: ox.Store) -> None:
    check = _by_id(check_claims(mini_store))["aaaa-zj12"]
    head, _, body = check.query.partition("VALUES (?zone_type ?place ?day)")
    assert body, check.query
    values, _, pattern = body.partition("}")
    assert f"<{KGR}place/330000>" in values and '"2022-02-10"' in values
    assert f"{KGR}place/" not in pattern and "2022-02-10" not in pattern
    assert "schema:containedInPlace+ ?place" in pattern


def test_check_claims_takes_the_knowledge_graph_handle(mini_store: ox.Store) -> None:
    from kg.query import KnowledgeGraph

    assert check_claims(KnowledgeGraph(mini_store)) == check_claims(mini_store)
