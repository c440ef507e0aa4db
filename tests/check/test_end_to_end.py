"""End to end: build the two seeds plus modified copies with kg.build, then check the claims.

The copies are written to tmp_path: the Jinhua article saying 浙江 has 13 zones, the
MOFCOM article re-dated to 2023 (when there were 165 zones, not 132), and the MOFCOM
article saying 165, dated 2023 (right) and 2025-06-30 (after batch 8: 178). Each copy
gets a changed title so its article id differs from the seed's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.check import CONSISTENT, INCONSISTENT, ClaimCheck, check_claims

ZHEJIANG = "https://w3id.org/pilot-zone-kg/id/place/330000"


def _copy(src: Path, dest: Path, *replacements: tuple[str, str]) -> Path:
    text = src.read_text(encoding="utf-8")
    for old, new in replacements:
        if old not in text:
            raise AssertionError(f"{src.name}: {old!r} not found; the seed changed")
        text = text.replace(old, new)
    dest.write_text(text, encoding="utf-8")
    return dest


@pytest.fixture(scope="module")
def checks(
    seed_paths: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> list[ClaimCheck]:
    jinhua, mofcom = seed_paths
    inputs = tmp_path_factory.mktemp("articles")
    for seed in seed_paths:
        (inputs / seed.name).write_bytes(seed.read_bytes())
    _copy(
        jinhua,
        inputs / "modified-13.md",
        ("浙江共有12个综试区", "浙江共有13个综试区"),
        ("浙江率先实现省域全覆盖！'", "浙江率先实现省域全覆盖！（改）'"),
    )
    _copy(
        mofcom,
        inputs / "redated-2023.md",
        ("date: Thu, 21 Apr 2022 09:00:35 GMT", "date: Fri, 21 Apr 2023 09:00:35 GMT"),
        ("已达132个'", "已达132个（2023）'"),
    )
    # "165" said in 2023 (batch 7 in force) and on 2025-06-30 (after 国函〔2025〕40号: 178)
    _copy(
        mofcom,
        inputs / "said-165-2023.md",
        ("date: Thu, 21 Apr 2022 09:00:35 GMT", "date: Thu, 23 Feb 2023 09:00:35 GMT"),
        ("已达132个'", "已达165个（2023）'"),
        ("综试区已达132个", "综试区已达165个"),
    )
    _copy(
        mofcom,
        inputs / "said-165-2025.md",
        ("date: Thu, 21 Apr 2022 09:00:35 GMT", "date: Mon, 30 Jun 2025 09:00:35 GMT"),
        ("已达132个'", "已达165个（2025）'"),
        ("综试区已达132个", "综试区已达165个"),
    )
    out = tmp_path_factory.mktemp("out")
    from kg.build import build_corpus
    from kg.query import open_graph

    try:
        build_corpus(inputs, out)
    except ImportError as exc:  # the extraction stage (kg.link) has not landed yet
        pytest.skip(f"kg.build cannot run yet: {exc}")
    return check_claims(open_graph(out).store)


def _find(checks: list[ClaimCheck], source: str, kind: str, about: str | None = None) -> ClaimCheck:
    found = [
        c
        for c in checks
        if c.source_file == source and c.kind == kind and (about is None or c.about == about)
    ]
    assert len(found) == 1, [(c.source_file, c.kind, c.about) for c in checks]
    return found[0]


@pytest.mark.slow
def test_end_to_end_seed_claims_are_consistent(checks: list[ClaimCheck]) -> None:
    jinhua, mofcom = "2022-02-10-jinhua-zhoushan.md", "2022-04-21-mofcom-132-zones.md"
    zj = _find(checks, jinhua, "ZonesInPlace", ZHEJIANG)
    assert (zj.status, zj.claimed_value, zj.computed_value) == (CONSISTENT, 12, 12)
    assert _find(checks, jinhua, "ProvinceCoverage", ZHEJIANG).status == CONSISTENT
    nationwide = _find(checks, mofcom, "ZonesNationwide")
    assert (nationwide.status, nationwide.claimed_value, nationwide.computed_value) == (
        CONSISTENT,
        132,
        132,
    )
    first5 = _find(checks, mofcom, "ZonesInFirstBatches")
    assert (first5.status, first5.upto_batch, first5.computed_value) == (CONSISTENT, 5, 105)


@pytest.mark.slow
def test_end_to_end_modified_article_is_flagged_with_its_evidence(checks: list[ClaimCheck]) -> None:
    zj = _find(checks, "modified-13.md", "ZonesInPlace", ZHEJIANG)
    assert (zj.status, zj.claimed_value, zj.computed_value) == (INCONSISTENT, 13, 12)
    assert "浙江共有13个综试区" in (zj.sentence or "")


@pytest.mark.slow
def test_end_to_end_132_dated_2023_is_flagged(checks: list[ClaimCheck]) -> None:
    nationwide = _find(checks, "redated-2023.md", "ZonesNationwide")
    assert (nationwide.status, nationwide.claimed_value, nationwide.computed_value) == (
        INCONSISTENT,
        132,
        165,
    )
    assert "132" in (nationwide.sentence or "")


@pytest.mark.slow
def test_end_to_end_165_holds_in_2023_not_after_batch_8(checks: list[ClaimCheck]) -> None:
    in2023 = _find(checks, "said-165-2023.md", "ZonesNationwide")
    assert (in2023.status, in2023.claimed_value, in2023.computed_value) == (CONSISTENT, 165, 165)
    in2025 = _find(checks, "said-165-2025.md", "ZonesNationwide")
    assert (in2025.status, in2025.claimed_value, in2025.computed_value) == (INCONSISTENT, 165, 178)
    assert str(in2025.as_of) == "2025-06-30" and "165" in (in2025.sentence or "")
