"""Loader-only soundness checks shared by every hand-made gold set.

They never run the extractor and set no score threshold. For each set under
``tests/gold/`` (format 2, tests/gold/SCOPE.md): every span resolves in ``Article.body``;
IRIs are well formed; reference IRIs name resources of the reference graph; place labels
match reference levels; relations use the scope predicates; every article's editor is
annotated. Set-specific checks (held out, disjoint, mixes) live in ``test_heldout.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.eval import ENTITY_LABELS, GoldArticle, load_gold
from kg.graph.reference import reference_quads
from kg.iris import KGR, article_iri, person_iri
from kg.refdata import load_reference

GOLD = Path(__file__).resolve().parents[1] / "gold"

#: gold set -> fewest reference IRIs it must hold (places and bodies dominate each set)
SETS = {
    "dev": 300,
    "heldout-2026-12": 100,
    "heldout-2026-12b": 100,
    "heldout-2026-12c": 50,
    "heldout-2026-12d": 50,
    "heldout-2026-12e": 50,
    "heldout-2026-12f": 50,
    "heldout-2026-12g": 50,
    "heldout-2026-12h": 50,
    "heldout-2026-12i": 50,
    "heldout-2026-12j": 50,
    "heldout-2026-12k": 50,
    "heldout-2026-12l": 50,
    "heldout-2026-12m": 50,
    "heldout-2026-12o": 50,
    "heldout-2026-12n": 50,
    "heldout-2026-12p": 50,
    "heldout-2026-12q": 50,
    "heldout-2026-12r": 50,
    "heldout-2026-12s": 50,
    "heldout-2026-12t": 50,
    "heldout-2026-12u": 50,
    "heldout-2026-12v": 50,
    "heldout-2026-12w": 50,
    "heldout-2026-12x": 50,
    "heldout-2026-12y": 50,
    "heldout-2026-12zb": 50,
    "heldout-2026-12za": 50,
    "heldout-2026-12zc": 50,
    "heldout-2026-12zd": 50,
    "heldout-2026-12ze": 50,
    "heldout-2026-12zf": 50,
    "heldout-2026-12zg": 50,
    "heldout-2026-12z": 50,
}

#: IRI families that must already exist in the reference graph: not hashed documents
#: (``doc/t-``), not bodies new to the table (``org/x-``), not zones of kinds the
#: reference does not list (a new area).
REFERENCE_FAMILY = re.compile(
    r"place/[a-z0-9-]+|org/(?!x-)[a-z0-9-]+|zone/cbec-(?:\d{6}|x-[a-z-]+)|batch/[a-z0-9-]+"
    r"|doc/(?:rcep|cptpp|depa|china-asean-fta|bri)"
)  # a document with a 文号 may be new to the reference (doc/guohan-2024-40)
WELL_FORMED = re.compile(
    r"place/(156|\d{6}|iso-[a-z]{3}|x-[a-z-]+)|org/([a-z0-9-]+|x-[0-9a-f]{12})"
    r"|zone/[a-z]+-(\d{6}|x-[a-z-]+)"
    r"|batch/cbec-\d+|doc/(t-[0-9a-f]{16}|[a-z0-9-]+)|person/[0-9a-f]{12}"
    r"|post/[a-z0-9-]+-(spokesperson|r-[0-9a-f]{8})|article/[0-9a-f]{16}"
)
PLACE_LABEL = {
    "country": "Country",
    "province": "Province",
    "prefecture": "Prefecture",
    "county": "County",
    "special": "SpecialArea",
}
PREDICATES = {
    "kgo:establishes",
    "schema:legislationPassedBy",
    "kgo:inBatch",
    "org:holds",
    "schema:contributor",
    "schema:editor",
    "org:subOrganizationOf",
    "schema:areaServed",
    "schema:containedInPlace",
}


@pytest.fixture(scope="module", params=sorted(SETS))
def gold(request: pytest.FixtureRequest) -> tuple[str, list[GoldArticle]]:
    """(set name, its articles loaded against the real reader)."""
    directory = GOLD / request.param
    articles = directory / "articles"  # sets of written articles keep them inside
    if articles.is_dir():
        return request.param, load_gold(directory, articles_dir=articles)
    return request.param, load_gold(directory)


@pytest.fixture(scope="module")
def reference_subjects() -> set[str]:
    """Every subject IRI of the reference graph (default data)."""
    return {
        q.subject.value
        for q in reference_quads(load_reference())
        if isinstance(q.subject, ox.NamedNode)
    }


def _local(iri: str) -> str:
    assert iri.startswith(KGR), f"{iri!r} is not under {KGR}"
    return iri.removeprefix(KGR)


def _all_iris(item: GoldArticle) -> list[str]:
    iris = [e.iri for e in item.entities if e.iri]
    for rel in item.relations:
        iris += [rel.subject, rel.object]
    return iris + [o.about for o in item.observations] + [c.about for c in item.claims]


def test_gold_entity_offsets_resolve_to_their_text(gold: tuple[str, list[GoldArticle]]) -> None:
    for item in gold[1]:
        spans = [(e.start, e.end, e.iri) for e in item.entities]
        assert len(spans) == len(set(spans)), f"{item.file}: duplicate entity span"
        for entity in item.entities:
            assert item.article.body[entity.start : entity.end] == entity.text, (item.file, entity)
            assert entity.label in ENTITY_LABELS


def test_gold_iris_are_well_formed(gold: tuple[str, list[GoldArticle]]) -> None:
    for item in gold[1]:
        for iri in _all_iris(item):
            assert WELL_FORMED.fullmatch(_local(iri)), f"{item.file}: malformed IRI {iri!r}"


def test_gold_reference_iris_exist_in_the_reference_graph(
    gold: tuple[str, list[GoldArticle]], reference_subjects: set[str]
) -> None:
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
            local = _local(entity.iri) if entity.iri else ""
            if re.fullmatch(r"place/\d{6}", local) and not entity.optional:
                level = places[local.removeprefix("place/")].level
                assert entity.label == PLACE_LABEL[level], (item.file, entity.text, level)


def test_gold_relations_use_scope_predicates_and_annotated_ends(
    gold: tuple[str, list[GoldArticle]],
) -> None:
    for item in gold[1]:
        self_iri = article_iri(item.article.id)
        annotated = {e.iri for e in item.entities}
        for rel in item.relations:
            assert rel.predicate in PREDICATES, (item.file, rel)
            if rel.predicate == "schema:editor":
                assert item.article.editor is not None, item.file
                assert (rel.subject, rel.object) == (
                    self_iri,
                    person_iri(item.article.editor, "editor"),
                )
            elif rel.predicate == "schema:contributor":
                assert rel.subject == self_iri and rel.object in annotated, (item.file, rel)
            elif rel.predicate == "org:holds":
                assert _local(rel.object).startswith("post/") and rel.subject in annotated, (
                    item.file,
                    rel,
                )
            elif rel.predicate in ("kgo:establishes", "schema:legislationPassedBy"):
                assert rel.subject in annotated, (item.file, rel)


def test_gold_editor_is_annotated_for_every_article(gold: tuple[str, list[GoldArticle]]) -> None:
    for item in gold[1]:
        editors = [r for r in item.relations if r.predicate == "schema:editor"]
        assert len(editors) == (1 if item.article.editor else 0), item.file
