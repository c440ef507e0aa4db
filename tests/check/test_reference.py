"""check_claims against the real reference graph, on hand-written seed claims.

Expected counts come from data/reference/tools/research/CHECKS.md §2–3: 浙江 has 12 zones after
batch 6 (published 2022-02-08), covering its 11 prefecture-level cities; 132 zones
after batch 6, 105 in batches 1-5, 165 after batch 7 (signed 2022-11-14); from BATCH7-8.md:
178 from 2025-04-25 (batch 8, 国函〔2025〕40号: +16, and 海口, 三亚, 阿拉山口 revoked).
"""

from __future__ import annotations

from datetime import date

import pyoxigraph as ox

from kg.check import CONSISTENT, INCONSISTENT, check_claims

KGR = "https://w3id.org/pilot-zone-kg/id/"

EXPECTED = {
    "seedjinhua-zj": (CONSISTENT, 12, 12),
    "seedjinhua-cov": (CONSISTENT, None, 11),
    "seedjinhua-jh": (CONSISTENT, 2, 2),
    "seedmofcom-nat": (CONSISTENT, 132, 132),
    "seedmofcom-first5": (CONSISTENT, 105, 105),
    "redated2023-nat": (INCONSISTENT, 132, 165),
    "modified13-zj": (INCONSISTENT, 13, 12),
    "said165in2023-nat": (CONSISTENT, 165, 165),
    "said165in2025-nat": (INCONSISTENT, 165, 178),
    "said165in2025-hainan": (CONSISTENT, 1, 1),
    "said178in2025-nat": (CONSISTENT, 178, 178),
}


def test_check_claims_on_seed_claims_with_real_reference(seed_claims_store: ox.Store) -> None:
    checks = {c.claim.removeprefix(KGR + "claim/"): c for c in check_claims(seed_claims_store)}
    got = {k: (c.status, c.claimed_value, c.computed_value) for k, c in checks.items()}
    assert got == EXPECTED
    assert checks["seedjinhua-cov"].note == (  # 温州, 绍兴 (batch 4) rest on one full list
        "11 of 11 prefecture-level divisions host a zone; counts 2 zone(s) marked "
        'kgo:confidence "single-source" (one source only)'
    )
    assert "浙江共有13个综试区" in (checks["modified13-zj"].sentence or "")


def test_check_claims_2023_count_includes_unconfirmed_batch_7_zones(
    seed_claims_store: ox.Store,
) -> None:
    checks = {c.claim.removeprefix(KGR + "claim/"): c for c in check_claims(seed_claims_store)}
    assert checks["redated2023-nat"].unconfirmed > 0
    assert '"unconfirmed"' in checks["redated2023-nat"].note
    assert checks["seedmofcom-nat"].unconfirmed == 0


def test_check_claims_165_over_time(seed_claims_store: ox.Store) -> None:
    """165 holds from batch 7 until the day before 国函〔2025〕40号; from 2025-04-25 it is 178."""
    checks = {c.claim.removeprefix(KGR + "claim/"): c for c in check_claims(seed_claims_store)}
    assert checks["said165in2023-nat"].as_of.isoformat() == "2023-02-23"
    late = checks["said165in2025-nat"]
    assert (late.as_of.isoformat(), late.status, late.computed_value) == (
        "2025-06-30",
        INCONSISTENT,
        178,
    )
    assert late.unconfirmed == 6 and late.single_source == 42
    assert "single-source" in late.note
    day_before = check_claims(seed_claims_store, as_of=date(2025, 4, 24))
    by_claim = {c.claim.removeprefix(KGR + "claim/"): c for c in day_before}
    assert (by_claim["said165in2025-nat"].status, by_claim["said165in2025-nat"].computed_value) == (
        CONSISTENT,
        165,
    )
    assert by_claim["said165in2025-hainan"].computed_value == 2  # 海口 and 三亚, not yet revoked


def test_claims_check_query_agrees_on_revoked_zones(seed_claims_store: ox.Store) -> None:
    """The claims-check named query counts revoked zones the way check_claims does."""
    from kg.query import KnowledgeGraph

    rows = KnowledgeGraph(seed_claims_store).run_named("claims-check").to_dicts()
    got = {r["claim"].removeprefix(KGR + "claim/"): (r["status"], r["computed"]) for r in rows}
    assert got["said165in2023-nat"] == (CONSISTENT, 165)
    assert got["said165in2025-nat"] == (INCONSISTENT, 178)
    assert got["said165in2025-hainan"] == (CONSISTENT, 1)
