"""Checks of the held-out gold (``tests/gold-heldout``) through the loader only.

These tests never run the extractor and set no score threshold: the held-out set
exists to measure ``kg.link.extract_facts`` on articles it was not tuned on
(``kg eval --gold tests/gold-heldout``). They check that the gold itself is sound:
it is held out, every span resolves in ``Article.body``, every reference IRI names
a resource of the reference graph, and every hashed IRI was minted with ``kg.iris``
from what the article says.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg.eval import ENTITY_LABELS, GoldArticle, load_gold
from kg.graph.reference import reference_quads
from kg.iris import KGO, KGR, article_iri, doc_iri, normalise_title, person_iri
from kg.refdata import load_reference

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
HELDOUT = TESTS / "gold-heldout"
TUNED = TESTS / "gold"
TBOX = ROOT / "ontology" / "pilot-zone-kg.ttl"

#: IRI families that must already exist in the reference graph (hashed ``doc/t-`` excluded).
REFERENCE_FAMILY = re.compile(r"(place|org|zone|batch)/[a-z0-9-]+|doc/(?!t-)[a-z0-9-]+")
WELL_FORMED = re.compile(
    r"(place/(156|\d{6})|org/[a-z0-9-]+|zone/(cbec|ftz)-\d{6}|batch/cbec-\d+"
    r"|doc/(t-[0-9a-f]{16}|[a-z0-9-]+)|person/[0-9a-f]{12}|post/[a-z0-9-]+-spokesperson"
    r"|article/[0-9a-f]{16})"
)
PLACE_LABEL = {"country": "Country", "province": "Province", "prefecture": "Prefecture",
               "county": "County", "special": "SpecialArea"}
PREDICATES = {"kgo:establishes", "schema:legislationPassedBy", "kgo:inBatch", "org:holds",
              "schema:contributor", "schema:editor"}
UNITS = {"CNY", "USD", "P1", "C62", "MTK"}


@pytest.fixture(scope="module")
def heldout() -> list[GoldArticle]:
    """The held-out gold, loaded against the real reader."""
    return load_gold(HELDOUT)


@pytest.fixture(scope="module")
def reference_subjects() -> set[str]:
    """Every subject IRI of the reference graph (default, non-provisional data)."""
    return {q.subject.value for q in reference_quads(load_reference())
            if isinstance(q.subject, ox.NamedNode)}


def _local(iri: str) -> str:
    assert iri.startswith(KGR), f"{iri!r} is not under {KGR}"
    return iri.removeprefix(KGR)


def _all_iris(item: GoldArticle) -> list[str]:
    iris = [e.iri for e in item.entities]
    for rel in item.relations:
        iris += [rel.subject, rel.object]
    iris += [o.about for o in item.observations] + [c.about for c in item.claims]
    return iris


def test_heldout_articles_are_not_in_the_tuning_gold() -> None:
    heldout = {p.stem for p in HELDOUT.glob("*.json")}
    tuned = {p.stem for p in TUNED.glob("*.json")}
    assert len(heldout) >= 8
    assert not heldout & tuned


def test_heldout_mixes_on_and_off_topic_articles(heldout: list[GoldArticle]) -> None:
    with (ROOT / "data" / "INDEX.tsv").open(encoding="utf-8") as fh:
        on_topic = {row["file"]: row["on_topic"] == "yes" for row in csv.DictReader(fh, delimiter="\t")}
    flags = [on_topic[item.file] for item in heldout]
    assert sum(flags) >= 5 and not all(flags)


def test_heldout_entity_offsets_resolve_to_their_text(heldout: list[GoldArticle]) -> None:
    for item in heldout:
        body = item.article.body
        spans = [(e.start, e.end, e.iri) for e in item.entities]
        assert len(spans) == len(set(spans)), f"{item.file}: duplicate entity span"
        for entity in item.entities:
            assert body[entity.start:entity.end] == entity.text, (item.file, entity)
            assert entity.label in ENTITY_LABELS


def test_heldout_iris_are_well_formed(heldout: list[GoldArticle]) -> None:
    for item in heldout:
        for iri in _all_iris(item):
            assert WELL_FORMED.fullmatch(_local(iri)), f"{item.file}: malformed IRI {iri!r}"


def test_heldout_reference_iris_exist_in_the_reference_graph(
        heldout: list[GoldArticle], reference_subjects: set[str]) -> None:
    checked = 0
    for item in heldout:
        for iri in _all_iris(item):
            if REFERENCE_FAMILY.fullmatch(_local(iri)):
                assert iri in reference_subjects, f"{item.file}: {iri!r} not in the reference graph"
                checked += 1
    assert checked > 100  # places and organisations dominate the set


def test_heldout_place_labels_match_reference_levels(heldout: list[GoldArticle]) -> None:
    places = load_reference().places
    for item in heldout:
        for entity in item.entities:
            local = _local(entity.iri)
            if local.startswith("place/"):
                level = places[local.removeprefix("place/")].level
                assert entity.label == PLACE_LABEL[level], (item.file, entity.text, level)


def test_heldout_person_iris_hash_name_with_a_known_context(heldout: list[GoldArticle]) -> None:
    contexts = [*load_reference().orgs, "reporter"]
    for item in heldout:
        for entity in item.entities:
            if entity.label == "Person":
                minted = {person_iri(entity.text, ctx) for ctx in contexts}
                assert entity.iri in minted, f"{item.file}: {entity.text!r} hashed with no known context"


def test_heldout_hashed_doc_iris_come_from_a_cited_title(heldout: list[GoldArticle]) -> None:
    for item in heldout:
        docs = [e for e in item.entities if _local(e.iri).startswith("doc/t-")]
        for iri in {e.iri for e in docs}:
            titles = {doc_iri(normalise_title(e.text), is_number_slug=False) for e in docs if e.iri == iri}
            assert iri in titles, f"{item.file}: {iri!r} is not the hash of any title it annotates"


def test_heldout_relations_use_scope_predicates_and_annotated_ends(heldout: list[GoldArticle]) -> None:
    refs = load_reference()
    for item in heldout:
        self_iri = article_iri(item.article.id)
        annotated = {e.iri for e in item.entities}
        for rel in item.relations:
            assert rel.predicate in PREDICATES, (item.file, rel)
            if rel.predicate == "schema:editor":
                assert item.article.editor is not None, item.file
                assert (rel.subject, rel.object) == (self_iri, person_iri(item.article.editor, "editor"))
            elif rel.predicate == "schema:contributor":
                assert rel.subject == self_iri and rel.object in annotated, (item.file, rel)
            elif rel.predicate == "org:holds":
                org = _local(rel.object).removeprefix("post/").removesuffix("-spokesperson")
                assert org in refs.orgs and rel.subject == person_iri(
                    next(e.text for e in item.entities if e.iri == rel.subject), org)
            else:
                assert rel.subject in annotated and rel.object in annotated, (item.file, rel)


def test_heldout_observations_use_tbox_measures(heldout: list[GoldArticle]) -> None:
    tbox = rdflib.Graph().parse(TBOX, format="turtle")
    measures = {str(s) for s in tbox.subjects(rdflib.RDF.type, rdflib.URIRef(KGO + "Measure"))}
    observations = [o for item in heldout for o in item.observations]
    assert observations
    for obs in observations:
        assert KGO + obs.measure.removeprefix("kgo:") in measures
        assert obs.measure != "kgo:reportedFigure"
        assert obs.statistic in {"kgo:Level", "kgo:YearOnYearGrowth"}
        expected_units = {"P1"} if obs.statistic == "kgo:YearOnYearGrowth" else UNITS
        assert obs.unit in expected_units, obs


def test_heldout_editor_is_annotated_for_every_article(heldout: list[GoldArticle]) -> None:
    for item in heldout:
        editors = [r for r in item.relations if r.predicate == "schema:editor"]
        assert len(editors) == (1 if item.article.editor else 0), item.file
