"""check_claims against the real reference graph, on hand-written seed claims.

Expected counts come from data/reference/tools/research/CHECKS.md §2–3: 浙江 has 12 zones after
batch 6 (published 2022-02-08), covering its 11 prefecture-level cities; 132 zones
after batch 6, 105 in batches 1-5, 165 after batch 7 (signed 2022-11-14).
"""

from __future__ import annotations

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
}


def test_check_claims_on_seed_claims_with_real_reference(seed_claims_store: ox.Store) -> None:
    checks = {c.claim.removeprefix(KGR + "claim/"): c for c in check_claims(seed_claims_store)}
    got = {k: (c.status, c.claimed_value, c.computed_value) for k, c in checks.items()}
    assert got == EXPECTED
    assert checks["seedjinhua-cov"].note == "11 of 11 prefecture-level divisions host a zone"
    assert "浙江共有13个综试区" in (checks["modified13-zj"].sentence or "")


def test_check_claims_2023_count_includes_unconfirmed_batch_7_zones(seed_claims_store: ox.Store) -> None:
    checks = {c.claim.removeprefix(KGR + "claim/"): c for c in check_claims(seed_claims_store)}
    assert checks["redated2023-nat"].unconfirmed > 0
    assert '"unconfirmed"' in checks["redated2023-nat"].note
    assert checks["seedmofcom-nat"].unconfirmed == 0
