"""Set-specific checks of the held-out gold (``tests/gold/heldout-2026-12``), loader only.

The checks every gold set shares (spans, IRIs, labels, relations) are in
``test_gold_sets.py``. Here: the set is disjoint from the tuning gold, mixes on- and
off-topic articles, and its observations use the TBox's measures and units. No score
threshold: the set measures ``kg eval --gold tests/gold/heldout-2026-12``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import rdflib

from kg.eval import GoldArticle, load_gold
from kg.iris import KGO

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
HELDOUT = TESTS / "gold" / "heldout-2026-12"
TUNED = TESTS / "gold" / "dev"
TBOX = ROOT / "ontology" / "pilot-zone-kg.ttl"
UNITS = {"CNY", "USD", "P1", "C62", "MTK"}


@pytest.fixture(scope="module")
def heldout() -> list[GoldArticle]:
    """The held-out gold, loaded against the real reader."""
    return load_gold(HELDOUT)


def test_heldout_articles_are_not_in_the_tuning_gold() -> None:
    heldout = {p.stem for p in HELDOUT.glob("*.json")}
    tuned = {p.stem for p in TUNED.glob("*.json")}
    assert len(heldout) >= 8
    assert not heldout & tuned


def test_heldout_mixes_on_and_off_topic_articles(heldout: list[GoldArticle]) -> None:
    with (ROOT / "data" / "INDEX.tsv").open(encoding="utf-8") as fh:
        on_topic = {
            row["file"]: row["on_topic"] == "yes" for row in csv.DictReader(fh, delimiter="\t")
        }
    flags = [on_topic[item.file] for item in heldout]
    assert sum(flags) >= 5 and not all(flags)


def test_heldout_observations_use_tbox_measures(heldout: list[GoldArticle]) -> None:
    tbox = rdflib.Graph().parse(TBOX, format="turtle")
    measures = {str(s) for s in tbox.subjects(rdflib.RDF.type, rdflib.URIRef(KGO + "Measure"))}
    statistics = {str(s) for s in tbox.subjects(rdflib.RDF.type, rdflib.URIRef(KGO + "Statistic"))}
    observations = [o for item in heldout for o in item.observations if not o.optional]
    assert observations
    for obs in observations:
        assert KGO + obs.measure.removeprefix("kgo:") in measures
        assert obs.measure != "kgo:reportedFigure"
        assert KGO + obs.statistic.removeprefix("kgo:") in statistics, obs
        expected_units = UNITS if obs.statistic == "kgo:Level" else {"P1"}
        assert obs.unit in expected_units, obs
