"""Linking, and the per-article entry point of the extraction.

Input: an ``Article`` (and the process-wide spaCy pipeline and reference data).
Output: an ``Extraction``: linked mentions, entities (reference or new, with stable
IRIs from ``kg.iris``), relations, observations and claims, each with evidence.
It does not: build RDF (``kg.graph``), read files, or keep state between articles.

Design::

    extract_facts(article)
      ├─ kg.nlp.annotate          → mentions (gazetteer mentions already linked)
      ├─ link_mentions            → titles → documents, zone names → zones, people → persons
      ├─ kg.extract.*             → relations, observations, claims (rule ids in evidence)
      └─ build_entities           → Entity per IRI used; deduplicated facts
"""

from __future__ import annotations

from kg.link.entities import build_entities
from kg.link.extract import extract_facts
from kg.link.mentions import link_mentions

__all__ = ["build_entities", "extract_facts", "link_mentions"]
