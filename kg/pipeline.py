"""The article pipeline: one article in, one ``Extraction`` out (pure, per article).

Input: an ``Article`` (and the process-wide spaCy pipeline and reference data).
Output: an ``Extraction``: linked mentions, entities (reference or new, with stable
IRIs from ``kg.iris``), relations, observations and claims, each with evidence.
It does not: build RDF (``kg.graph``), read files, or keep state between articles.

This is the one module that composes the stages; nothing below imports it::

    extract_facts(article)
      ├─ kg.nlp.annotate        → mentions (gazetteer names linked; bodies, titles,
      │                           zones and people proposed by grammar)
      ├─ kg.link.link_mentions  → titles → documents, zone names → zones, bodies →
      │                           table or ``org/x-…`` IRIs, people → persons
      ├─ kg.extract.*           → relations, observations, claims (rule ids in evidence)
      └─ kg.link.build_entities → Entity per IRI used; deduplicated facts
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg import iris, paths
from kg.extract import extract_relations
from kg.extract.bodies import body_facts, report_governments, table_body_places
from kg.extract.posts import post_facts
from kg.link.bodies import body_records
from kg.link.entities import build_entities
from kg.link.mentions import link_mentions
from kg.model import Article, Entity, Extraction, Literal, Relation
from kg.nlp.pipeline import annotate

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.refdata.records import Reference

__all__ = ["Resources", "extract_facts", "load_resources"]


@dataclass(frozen=True, slots=True)
class Resources:
    """What every article is read with, built once per process (``load_resources``).

    ``nlp``'s gazetteer is compiled from ``reference``, so the names the pipeline
    finds and the records the linker looks them up in are the same data. ``data_dir``
    and ``ner`` record what it was built from (``$KG_DATA_DIR``, ``$KG_NER``).
    """

    data_dir: Path
    ner: bool
    reference: Reference
    nlp: Language

    def is_current(self) -> bool:
        """True while ``$KG_DATA_DIR`` and ``$KG_NER`` still give what this was built from."""
        from kg.nlp.ner import ner_enabled

        return self.data_dir == paths.data_dir() and self.ner == ner_enabled()


def load_resources() -> Resources:
    """Load the reference data and build the spaCy pipeline over it.

    Returns:
        ``Resources`` for ``kg.paths.data_dir()``; pass ``.nlp`` and ``.reference`` to
        ``extract_facts``. Takes seconds: build it once per process (``kg.build`` does
        in its pool initializer).

    Raises:
        ReferenceDataError: the reference files are missing or inconsistent.
    """
    from kg.nlp import make_nlp
    from kg.nlp.ner import ner_enabled
    from kg.refdata import load_reference

    directory, ner = paths.data_dir(), ner_enabled()
    reference = load_reference(directory)
    return Resources(directory, ner, reference, make_nlp(reference, ner=ner))


def _dedupe_relations(relations: list[Relation]) -> tuple[Relation, ...]:
    """Keep the first evidence of each (subject, predicate, object) (015 repeats a clause)."""
    seen: set[tuple[str, str, str]] = set()
    kept: list[Relation] = []
    for relation in relations:
        obj = relation.object.value if isinstance(relation.object, Literal) else relation.object
        key = (relation.subject, relation.predicate, obj)
        if key in seen:
            continue
        seen.add(key)
        kept.append(relation)
    return tuple(kept)


@lru_cache(maxsize=4)
def _reference_for(data_dir: str | None) -> Reference:
    from kg.refdata import load_reference

    return load_reference()


def _default_reference() -> Reference:
    """``load_reference()``, memoised per ``$KG_DATA_DIR``: it resolves paths on every
    call, which cost about 0.4 ms per article."""
    return _reference_for(os.environ.get("KG_DATA_DIR"))


def _editor_entity(article: Article) -> list[Entity]:
    if not article.editor:
        return []
    facts: tuple[tuple[str, str | Literal], ...] = (
        ("schema:name", Literal(article.editor, lang="zh")),
    )
    if article.editor_code:
        facts += (("kgo:workCode", Literal(article.editor_code)),)
    iri = iris.person_iri(article.editor, "editor")
    return [
        Entity(iri, ("schema:Person",), ((article.editor, "zh"),), in_reference=False, facts=facts)
    ]


def extract_facts(
    article: Article, nlp: Language | None = None, *, reference: Reference | None = None
) -> Extraction:
    """Read one article and return everything it contributes to the graph.

    Pure: the same article gives the same ``Extraction`` (IRIs are content-derived).
    The pipeline and reference are built once per process, never per article.

    Args:
        article: from ``kg.ingest.read_article``.
        nlp: a pipeline from ``kg.nlp.make_nlp``; None uses ``kg.nlp.get_nlp()``.
        reference: reference data; None uses ``kg.refdata.load_reference()``.

    Returns:
        The ``Extraction``; ``mentions`` holds only linked mentions.
    """
    reference = reference or _default_reference()
    annotated = annotate(article, nlp)
    mentions = link_mentions(annotated, reference)
    relations, observations, claims = extract_relations(annotated, mentions, reference)
    linked = tuple(m for m in mentions if m.iri is not None)
    bodies = body_records(linked, reference, article.title)  # named once, used twice
    body_relations, body_entities = body_facts(annotated, linked, bodies)
    body_relations += table_body_places(annotated, linked, reference)
    post_relations, post_entities = post_facts(annotated, linked, reference, bodies)
    found = [*relations, *body_relations, *post_relations]
    report_relations, report_entities = report_governments(annotated, linked, reference, found)
    relations_t = _dedupe_relations([*found, *report_relations])
    extra = [*body_entities, *post_entities, *report_entities, *_editor_entity(article)]
    entities = build_entities(linked, relations_t, reference, extra=extra)
    return Extraction(
        article=article,
        mentions=linked,
        entities=entities,
        relations=relations_t,
        observations=tuple(observations),
        claims=tuple(claims),
    )
