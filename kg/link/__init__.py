"""Linking: mentions to IRIs, and the entity records of every IRI an article uses.

Input: the NLP stage's ``Annotated`` article and the reference data.
Output: linked ``Mention`` records (``link_mentions``), canonical body names
(``kg.link.bodies``) and ``Entity`` records (``build_entities``).
It does not: extract relations or figures (``kg.extract``, which sits above it) or
compose the article pipeline (``kg.pipeline.extract_facts``).
"""

from __future__ import annotations

from kg.link.entities import build_entities
from kg.link.mentions import link_mentions

__all__ = ["build_entities", "link_mentions"]
