"""Facts about government bodies named by grammar: what they belong to, whom they serve.

Input: the linked mentions of one article and the reference data.
Output: ``org:subOrganizationOf`` / ``schema:areaServed`` relations (with the name as
evidence) and an ``Entity`` per body new to the reference (typed, labelled with its
canonical name).
It does not: find or link names (``kg.nlp.bodies``, ``kg.link.bodies``).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.relations import evidence
from kg.link.bodies import body_records
from kg.model import Annotated, Entity, Literal, Mention, Relation
from kg.refdata.records import Reference

__all__ = ["body_facts"]

_TYPES = ("schema:GovernmentOrganization", "org:Organization")


def body_facts(annotated: Annotated, mentions: Sequence[Mention],
               reference: Reference) -> tuple[list[Relation], list[Entity]]:
    """Relations and entities of the bodies named by grammar in one article.

    Args:
        annotated: the article.
        mentions: its linked mentions, in text order.
        reference: the reference data.

    Returns:
        ``(relations, entities)``; entities only for bodies the table does not list.
    """
    relations: list[Relation] = []
    entities: list[Entity] = []
    first = {m.iri: m for m in reversed(mentions) if m.iri is not None}
    for iri, body in sorted(body_records(mentions, reference, annotated.article.title).items()):
        mention = first[iri]
        if body.in_reference:
            continue
        proof = evidence(annotated, mention.start, mention.end, "relation:body-name")
        if body.parent:
            relations.append(Relation(iri, "org:subOrganizationOf", body.parent, proof))
        if body.place:
            relations.append(Relation(iri, "schema:areaServed", body.place, proof))
        labels = ((body.canonical, "zh"),)
        facts = (("schema:name", Literal(body.canonical, lang="zh")),)
        entities.append(Entity(iri, _TYPES, labels, in_reference=False, facts=facts))
    return relations, entities
