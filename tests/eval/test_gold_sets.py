"""Loader-only soundness checks shared by every hand-made gold set.

They never run the extractor and set no score threshold. For each set: every span
resolves in ``Article.body``; IRIs are well formed; reference IRIs name resources of the
reference graph; place labels match reference levels; hashed IRIs were minted with
``kg.iris`` from what the article says; relations use the scope predicates; every
article's editor is annotated. Set-specific checks (held out, disjoint, mixes) live in
``test_heldout.py`` and ``test_final_gold.py``.
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

#: gold set -> fewest reference IRIs it must hold (places and bodies dominate each set)
SETS = {"gold-heldout": 100, "gold-final": 50}

#: IRI families that must already exist in the reference graph (hashed ``doc/t-`` excluded).
REFERENCE_FAMILY = re.compile(r"(place|org|zone|batch)/[a-z0-9-]+|doc/(?!t-)[a-z0-9-]+")
WELL_FORMED = re.compile(
    r"place/(156|\d{6})|org/[a-z0-9-]+|zone/(cbec|ftz)-\d{6}|batch/cbec-\d+"
    r"|doc/(t-[0-9a-f]{16}|[a-z0-9-]+)|person/[0-9a-f]{12}|post/[a-z0-9-]+-spokesperson"
    r"|article/[0-9a-f]{16}"
)
PLACE_LABEL = {"country": "Country", "province": "Province", "prefecture": "Prefecture",
               "county": "County", "special": "SpecialArea"}
PREDICATES = {"kgo:establishes", "schema:legislationPassedBy", "kgo:inBatch", "org:holds",
              "schema:contributor", "schema:editor"}


@pytest.fixture(scope="module", params=sorted(SETS))
def gold(request: pytest.FixtureRequest) -> tuple[str, list[GoldArticle]]:
    """(set name, its articles loaded against the real reader)."""
    return request.param, load_gold(TESTS / request.param)


@pytest.fixture(scope="module")
def reference_subjects() -> set[str]:
    """Every subject IRI of the reference graph (default data)."""
    return {q.subject.value for q in reference_quads(load_reference())
            if isinstance(q.subject, ox.NamedNode)}


def _local(iri: str) -> str:
    assert iri.startswith(KGR), f"{iri!r} is not under {KGR}"
    return iri.removeprefix(KGR)


def _all_iris(item: GoldArticle) -> list[str]:
    iris = [e.iri for e in item.entities]
    for rel in item.relations:
        iris += [rel.subject, rel.object]
    return iris + [o.about for o in item.observations] + [c.about for c in item.claims]


def test_gold_entity_offsets_resolve_to_their_text(gold: tuple[str, list[GoldArticle]]) -> None:
    for item in gold[1]:
        spans = [(e.start, e.end, e.iri) for e in item.entities]
        assert len(spans) == len(set(spans)), f"{item.file}: duplicate entity span"
        for entity in item.entities:
            assert item.article.body[entity.start:entity.end] == entity.text, (item.file, entity)
            assert entity.label in ENTITY_LABELS


def test_gold_iris_are_well_formed(gold: tuple[str, list[GoldArticle]]) -> None:
    for item in gold[1]:
        for iri in _all_iris(item):
            assert WELL_FORMED.fullmatch(_local(iri)), f"{item.file}: malformed IRI {iri!r}"


def test_gold_reference_iris_exist_in_the_reference_graph(
        gold: tuple[str, list[GoldArticle]], reference_subjects: set[str]) -> None:
    name, articles = gold
    checked = 0
    for item in articles:
        for iri in _all_iris(item):
            if REFERENCE_FAMILY.fullmatch(_local(iri)):
                assert iri in reference_subjects, f"{item.file}: {iri!r} not in the reference graph"
                checked += 1
    assert checked > SETS[name]


def test_gold_place_labels_match_reference_levels(gold: tuple[str, list[GoldArticle]]) -> None:
    places = load_reference().places
    for item in gold[1]:
        for entity in item.entities:
            local = _local(entity.iri)
            if local.startswith("place/"):
                level = places[local.removeprefix("place/")].level
                assert entity.label == PLACE_LABEL[level], (item.file, entity.text, level)


def test_gold_person_iris_hash_the_name_with_a_known_context(
        gold: tuple[str, list[GoldArticle]]) -> None:
    contexts = [*load_reference().orgs, "reporter"]
    for item in gold[1]:
        for entity in item.entities:
            if entity.label == "Person":
                minted = {person_iri(entity.text, ctx) for ctx in contexts}
                assert entity.iri in minted, f"{item.file}: {entity.text!r} hashed with no known context"


def test_gold_hashed_doc_iris_come_from_a_cited_title(gold: tuple[str, list[GoldArticle]]) -> None:
    for item in gold[1]:
        docs = [e for e in item.entities if _local(e.iri).startswith("doc/t-")]
        for iri in {e.iri for e in docs}:
            titles = {doc_iri(normalise_title(e.text), is_number_slug=False)
                      for e in docs if e.iri == iri}
            assert iri in titles, f"{item.file}: {iri!r} is not the hash of any title it annotates"


def test_gold_relations_use_scope_predicates_and_annotated_ends(
        gold: tuple[str, list[GoldArticle]]) -> None:
    refs = load_reference()
    for item in gold[1]:
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
                assert org in refs.orgs and rel.subject in annotated, (item.file, rel)
            else:
                assert rel.subject in annotated and rel.object in annotated, (item.file, rel)


def test_gold_editor_is_annotated_for_every_article(gold: tuple[str, list[GoldArticle]]) -> None:
    for item in gold[1]:
        editors = [r for r in item.relations if r.predicate == "schema:editor"]
        assert len(editors) == (1 if item.article.editor else 0), item.file
