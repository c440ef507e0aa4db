"""Set-specific checks of the final gold (``tests/gold-final``), loader only.

The checks every gold set shares (spans, IRIs, labels, relations) are in
``test_gold_sets.py``. Here: the set is disjoint from the two earlier sets and, with them,
covers every bundled article. No score threshold.
"""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
ARTICLES = TESTS.parent / "data" / "articles"
FINAL = TESTS / "gold-final"
EARLIER = (TESTS / "gold", TESTS / "gold-heldout")


def test_final_gold_is_disjoint_from_earlier_sets_and_completes_the_corpus() -> None:
    final = {p.stem for p in FINAL.glob("*.json")}
    earlier = [{p.stem for p in d.glob("*.json")} for d in EARLIER]
    assert len(final) >= 7
    assert all(not final & stems for stems in earlier)
    assert final | earlier[0] | earlier[1] == {p.stem for p in ARTICLES.glob("*.md")}
