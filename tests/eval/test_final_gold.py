"""Checks of the final held-out gold (``tests/gold-final``) through the loader only.

These tests never run the extractor and set no score threshold: the final set exists to
measure ``kg.link.extract_facts`` on articles it was not tuned on
(``kg eval --gold tests/gold-final``). They check that the gold itself is sound: it is
disjoint from the two earlier sets and, with them, covers every article; every span
resolves in ``Article.body``; every reference IRI names a resource of the reference graph;
every hashed IRI was minted with ``kg.iris`` from what the article says.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.eval import ENTITY_LABELS, GoldArticle, load_gold
from kg.graph.reference import reference_quads
from kg.iris import KGR, article_iri, doc_iri, normalise_title, person_iri
from kg.refdata import load_reference

TESTS = Path(__file__).resolve().parents[1]
ARTICLES = TESTS.parent / "data" / "articles"
FINAL = TESTS / "gold-final"
EARLIER = (TESTS / "gold", TESTS / "gold-heldout")

#: IRI families that must already exist in the reference graph (hashed ``doc/t-`` excluded).
REFERENCE_FAMILY = re.compile(r"(place|org|zone|batch)/[a-z0-9-]+|doc/(?!t-)[a-z0-9-]+")
WELL_FORMED = re.compile(
    r"place/(156|\d{6})|org/[a-z0-9-]+|zone/(cbec|ftz)-\d{6}|batch/cbec-\d+"
    r"|doc/(t-[0-9a-f]{16}|[a-z0-9-]+)|person/[0-9a-f]{12}|post/[a-z0-9-]+-spokesperson"
)
PLACE_LABEL = {"country": "Country", "province": "Province", "prefecture": "Prefecture",
               "county": "County", "special": "SpecialArea"}
PREDICATES = {"kgo:establishes", "schema:legislationPassedBy", "kgo:inBatch", "org:holds",
              "schema:contributor", "schema:editor"}


@pytest.fixture(scope="module")
def final() -> list[GoldArticle]:
    """The final held-out gold, loaded against the real reader."""
    return load_gold(FINAL)


@pytest.fixture(scope="module")
def reference_subjects() -> set[str]:
    """Every subject IRI of the reference graph (default, non-provisional data)."""
    return {q.subject.value for q in reference_quads(load_reference())
            if isinstance(q.subject, ox.NamedNode)}


def _local(iri: str) -> str:
    assert iri.startswith(KGR), f"{iri!r} is not under {KGR}"
    return iri.removeprefix(KGR)


def _entity_and_end_iris(item: GoldArticle) -> list[str]:
    self_iri = article_iri(item.article.id)
    iris = [e.iri for e in item.entities]
    for rel in item.relations:
        iris += [i for i in (rel.subject, rel.object) if i != self_iri]
    return iris + [o.about for o in item.observations] + [c.about for c in item.claims]


def test_final_gold_is_disjoint_from_earlier_sets_and_completes_the_corpus() -> None:
    final = {p.stem for p in FINAL.glob("*.json")}
    earlier = [{p.stem for p in d.glob("*.json")} for d in EARLIER]
    assert len(final) >= 7
    assert all(not final & stems for stems in earlier)
    assert final | earlier[0] | earlier[1] == {p.stem for p in ARTICLES.glob("*.md")}


def test_final_gold_entity_offsets_resolve_to_their_text(final: list[GoldArticle]) -> None:
    for item in final:
        body = item.article.body
        spans = [(e.start, e.end) for e in item.entities]
        assert len(spans) == len(set(spans)), f"{item.file}: duplicate entity span"
        for entity in item.entities:
            assert body[entity.start:entity.end] == entity.text, (item.file, entity)
            assert entity.label in ENTITY_LABELS, (item.file, entity)


def test_final_gold_iris_are_well_formed(final: list[GoldArticle]) -> None:
    for item in final:
        for iri in _entity_and_end_iris(item):
            assert WELL_FORMED.fullmatch(_local(iri)), f"{item.file}: malformed IRI {iri!r}"


def test_final_gold_reference_iris_exist_in_the_reference_graph(
        final: list[GoldArticle], reference_subjects: set[str]) -> None:
    checked = 0
    for item in final:
        for iri in _entity_and_end_iris(item):
            if REFERENCE_FAMILY.fullmatch(_local(iri)):
                assert iri in reference_subjects, f"{item.file}: {iri!r} not in the reference graph"
                checked += 1
    assert checked > 50  # places dominate the set


def test_final_gold_place_labels_match_reference_levels(final: list[GoldArticle]) -> None:
    places = load_reference().places
    for item in final:
        for entity in item.entities:
            local = _local(entity.iri)
            if local.startswith("place/"):
                level = places[local.removeprefix("place/")].level
                assert entity.label == PLACE_LABEL[level], (item.file, entity.text, level)


def test_final_gold_person_iris_hash_the_name_with_a_known_context(final: list[GoldArticle]) -> None:
    contexts = [*load_reference().orgs, "reporter"]
    for item in final:
        for entity in item.entities:
            if entity.label == "Person":
                minted = {person_iri(entity.text, ctx) for ctx in contexts}
                assert entity.iri in minted, f"{item.file}: {entity.text!r} hashed with no known context"


def test_final_gold_hashed_doc_iris_come_from_a_cited_title(final: list[GoldArticle]) -> None:
    docs = [(item.file, e) for item in final for e in item.entities if e.label == "Legislation"]
    assert docs
    for file, entity in docs:
        if _local(entity.iri).startswith("doc/t-"):
            assert entity.iri == doc_iri(normalise_title(entity.text), is_number_slug=False), file


def test_final_gold_relations_use_scope_predicates_and_annotated_ends(final: list[GoldArticle]) -> None:
    for item in final:
        self_iri = article_iri(item.article.id)
        annotated = {e.iri for e in item.entities}
        for rel in item.relations:
            assert rel.predicate in PREDICATES, (item.file, rel)
            if rel.predicate == "schema:editor":
                assert item.article.editor is not None, item.file
                assert (rel.subject, rel.object) == (self_iri, person_iri(item.article.editor, "editor"))
            elif rel.predicate == "schema:contributor":
                assert rel.subject == self_iri and rel.object in annotated, (item.file, rel)
            elif rel.predicate != "org:holds":
                assert rel.subject in annotated and rel.object in annotated, (item.file, rel)


def test_final_gold_annotates_the_editor_of_every_article(final: list[GoldArticle]) -> None:
    for item in final:
        editors = [r for r in item.relations if r.predicate == "schema:editor"]
        assert len(editors) == (1 if item.article.editor else 0), item.file
