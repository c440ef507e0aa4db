"""Rules over linked mentions and sentences → relations, observations and claims.

Input: ``Annotated`` (sentences) plus linked ``Mention`` records and the reference.
Output: ``Relation``, ``Observation`` and ``Claim`` records, each with ``Evidence``
naming the rule that fired (``relation:…``, ``figure:…``, ``claim:…``).
It does not: link names to IRIs (``kg.link``), run spaCy, or build RDF.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.claims import extract_claims
from kg.extract.figures import extract_observations
from kg.extract.relations import (
    extract_approvals,
    extract_article_people,
    extract_containment,
)
from kg.model import Annotated, Claim, Mention, Observation, Relation
from kg.refdata.records import Reference

__all__ = [
    "extract_approvals",
    "extract_article_people",
    "extract_claims",
    "extract_observations",
    "extract_relations",
]


def extract_relations(
    annotated: Annotated, mentions: Sequence[Mention], reference: Reference
) -> tuple[list[Relation], list[Observation], list[Claim]]:
    """Run every rule over one article.

    Args:
        annotated: the article with sentence spans.
        mentions: linked mentions.
        reference: the reference data.

    Returns:
        ``(relations, observations, claims)``, not yet deduplicated.
    """
    relations = extract_approvals(annotated, mentions, reference)
    relations += extract_article_people(annotated, mentions)
    relations += extract_containment(annotated, mentions, reference)
    return (
        relations,
        extract_observations(annotated, mentions, reference),
        extract_claims(annotated, mentions),
    )
