"""What the side panel shows for a node: its literal facts and its evidence sentences.

Everything is read with ``quads_for_pattern`` or one SPARQL query over the union
graph and returned as plain, sorted Python data ready for ``json.dumps``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import quote

import pyoxigraph as ox

from kg.analyze.project import curie
from kg.graph.store import union_query

__all__ = ["ArticleInfo", "EvidenceRow", "collect_articles", "collect_evidence", "collect_facts"]

SCHEMA = "https://schema.org/"
KGO = "https://w3id.org/pilot-zone-kg/ont#"

#: Facts already shown as the panel heading, or too long to be useful there.
_SKIPPED_FACTS = frozenset(
    {
        "http://www.w3.org/2004/02/skos/core#prefLabel",
        KGO + "contentHash",
    }
)
MAX_FACTS = 40
MAX_EVIDENCE = 25

_EVIDENCE_QUERY = """
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX kgo: <https://w3id.org/pilot-zone-kg/ont#>
SELECT ?ann ?body ?sentence ?rule ?prop ?obj ?article WHERE {
  ?ann a oa:Annotation ; oa:hasBody ?body .
  OPTIONAL { ?ann kgo:sentence ?sentence }
  OPTIONAL { ?ann kgo:rule ?rule }
  OPTIONAL { ?ann kgo:assertsProperty ?prop }
  OPTIONAL { ?ann kgo:assertsObject ?obj }
  OPTIONAL { ?ann oa:hasTarget ?target . ?target oa:hasSource ?article }
}
"""


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    """One sentence that supports a node: as a mention, or as subject/object of a statement."""

    sentence: str
    article: str  # article IRI ("" when unknown)
    rule: str
    relation: str  # CURIE of the asserted property, "" for a mention
    subject: str  # IRI of the statement subject (oa:hasBody)
    obj: str  # IRI of the asserted object, "" for a mention

    def as_json(self) -> dict[str, str]:
        """Return the compact JSON form the page script reads."""
        return {
            "s": self.sentence,
            "a": self.article,
            "r": self.rule,
            "p": self.relation,
            "b": self.subject,
            "o": self.obj,
        }


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """Headline, date, file and (optional) link of a source article."""

    headline: str
    published: str
    source_file: str
    href: str

    def as_json(self) -> dict[str, str]:
        """Return the compact JSON form the page script reads."""
        return {"h": self.headline, "d": self.published, "f": self.source_file, "u": self.href}


def _value(term: object) -> str:
    return "" if term is None else str(getattr(term, "value", term))


def collect_facts(store: ox.Store, nodes: set[str]) -> dict[str, list[list[str]]]:
    """Return the literal properties of each node as ``[[curie, text], …]``, sorted.

    Args:
        store: the built graph.
        nodes: the node IRIs to describe.

    Returns:
        node IRI → at most ``MAX_FACTS`` ``[property CURIE, value]`` pairs (a
        language tag is appended as ``@zh``); duplicates across graphs removed.
    """
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for quad in store.quads_for_pattern(None, None, None, None):
        obj = quad.object
        if not isinstance(obj, ox.Literal) or quad.predicate.value in _SKIPPED_FACTS:
            continue
        if not isinstance(quad.subject, ox.NamedNode):
            continue
        subj = quad.subject.value
        if subj in nodes:
            text = obj.value + (f" @{obj.language}" if obj.language else "")
            found[subj].add((curie(quad.predicate.value), text))
    return {iri: [list(pair) for pair in sorted(pairs)[:MAX_FACTS]] for iri, pairs in found.items()}


def collect_evidence(store: ox.Store, nodes: set[str]) -> dict[str, list[EvidenceRow]]:
    """Return the evidence sentences of each node, one row per distinct statement.

    A statement's sentence is listed under both its subject and its object, so
    clicking either end shows why the edge exists.

    Args:
        store: the built graph.
        nodes: the node IRIs to collect for.

    Returns:
        node IRI → at most ``MAX_EVIDENCE`` rows, sorted by article then sentence.
    """
    rows: dict[str, set[EvidenceRow]] = defaultdict(set)
    for sol in union_query(store, _EVIDENCE_QUERY):
        prop = _value(sol["prop"])
        row = EvidenceRow(
            sentence=_value(sol["sentence"]),
            article=_value(sol["article"]),
            rule=_value(sol["rule"]),
            relation=curie(prop) if prop else "",
            subject=_value(sol["body"]),
            obj=_value(sol["obj"]),
        )
        if not row.sentence:
            continue
        for iri in {row.subject, row.obj} & nodes:
            rows[iri].add(row)
    return {
        iri: sorted(found, key=lambda r: (r.article, r.sentence, r.relation, r.obj))[:MAX_EVIDENCE]
        for iri, found in rows.items()
    }


def _article_href(base: str | None, source_file: str) -> str:
    """Link to the source file under ``base``; only http(s) URLs or relative paths."""
    if not base or not source_file:
        return ""
    if ":" in base.split("/", 1)[0] and not base.startswith(("http://", "https://")):
        return ""  # javascript:, data: … never become links
    return base.rstrip("/") + "/" + quote(source_file)


def collect_articles(store: ox.Store, *, article_base: str | None = None) -> dict[str, ArticleInfo]:
    """Describe every ``schema:NewsArticle`` (headline, date, source file, link).

    Args:
        store: the built graph.
        article_base: URL or relative path of the directory holding the source
            files (``../data/articles``); ``None`` links nothing outside the page.

    Returns:
        article IRI → ``ArticleInfo``.
    """
    query = """
    PREFIX schema: <https://schema.org/>
    PREFIX kgo: <https://w3id.org/pilot-zone-kg/ont#>
    SELECT ?a (SAMPLE(?h) AS ?headline) (SAMPLE(?d) AS ?date) (SAMPLE(?f) AS ?file) WHERE {
      ?a a schema:NewsArticle .
      OPTIONAL { ?a schema:headline ?h } OPTIONAL { ?a schema:datePublished ?d }
      OPTIONAL { ?a kgo:sourceFile ?f }
    } GROUP BY ?a
    """
    out = {}
    for sol in union_query(store, query):
        source = _value(sol["file"])
        out[_value(sol["a"])] = ArticleInfo(
            headline=_value(sol["headline"]),
            published=_value(sol["date"]),
            source_file=source,
            href=_article_href(article_base, source),
        )
    return dict(sorted(out.items()))
