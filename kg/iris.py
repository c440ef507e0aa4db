"""Content-derived identifiers: every IRI of the graph is minted here.

Input: content (codes, slugs, titles, dates, offsets). Output: IRI strings.
It does not: import rdflib, look anything up, or use counters or file order
(ONTOLOGY.md "Stable identifiers": a rebuild gives the same IRIs).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime

__all__ = [
    "KGO",
    "KGR",
    "PREFIXES",
    "article_graph_iri",
    "article_id",
    "article_iri",
    "batch_iri",
    "claim_iri",
    "country_iri",
    "local_org_iri",
    "normalise_org_name",
    "doc_iri",
    "normalise_title",
    "evidence_iri",
    "short_hash",
    "obs_iri",
    "org_iri",
    "person_iri",
    "place_iri",
    "post_iri",
    "role_slug",
    "REFERENCE_GRAPH",
    "BUILD_GRAPH",
    "run_iri",
    "slugify",
    "zone_iri",
]

KGO = "https://w3id.org/pilot-zone-kg/ont#"
KGR = "https://w3id.org/pilot-zone-kg/id/"
REFERENCE_GRAPH = KGR + "graph/reference"

#: Prefixes written at the top of every Turtle/TriG file (ONTOLOGY.md "Namespaces").
#: One prefix per IRI family, so no local name contains a ``/`` (writers would escape it
#: as ``\\/``, which older parsers reject); ``kgr:`` itself is declared only in queries.
PREFIXES: dict[str, str] = {
    "kgo": KGO,
    "kplace": KGR + "place/",
    "kzone": KGR + "zone/",
    "kbatch": KGR + "batch/",
    "kdoc": KGR + "doc/",
    "korg": KGR + "org/",
    "kperson": KGR + "person/",
    "kpost": KGR + "post/",
    "kobs": KGR + "obs/",
    "kclaim": KGR + "claim/",
    "kart": KGR + "article/",
    "kev": KGR + "ev/",
    "kgraph": KGR + "graph/",
    "kag": KGR + "graph/article/",
    "krun": KGR + "run/",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "dcterms": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "owl": "http://www.w3.org/2002/07/owl#",
}

_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def short_hash(*parts: object, length: int = 16) -> str:
    """Return the first ``length`` hex digits of the SHA-1 of ``parts`` joined by ``|``.

    Args:
        parts: values whose ``str()`` forms identify the thing.
        length: number of hex digits to keep.

    Returns:
        A lowercase hex string.
    """
    text = "|".join(str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def slugify(text: str) -> str:
    """Return an ASCII slug (``a-z0-9-``) of ``text``, or ``""`` if nothing is left.

    Args:
        text: any string; CJK characters are dropped, so callers hash CJK text instead.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _SLUG_DROP.sub("-", folded.lower()).strip("-")


def place_iri(code: str) -> str:
    """IRI of a place: ``place/<GB/T 2260 code>``, or ``place/x-<slug>`` without a code."""
    return f"{KGR}place/{code}"


def zone_iri(kind: str, place_code: str) -> str:
    """IRI of a pilot zone, e.g. ``zone/cbec-330700`` (kind ``cbec``, ``ftz``, ``bonded``)."""
    return f"{KGR}zone/{kind}-{place_code}"


def batch_iri(kind: str, ordinal: int) -> str:
    """IRI of a batch, e.g. ``batch/cbec-6``."""
    return f"{KGR}batch/{kind}-{ordinal}"


def doc_iri(slug_or_title: str, *, is_number_slug: bool) -> str:
    """IRI of a policy document.

    Args:
        slug_or_title: the document-number slug (``guohan-2022-8``) or the normalised title.
        is_number_slug: True when ``slug_or_title`` is a number slug; a title is hashed.
    """
    if is_number_slug:
        return f"{KGR}doc/{slug_or_title}"
    return f"{KGR}doc/t-{short_hash(slug_or_title)}"


def normalise_title(title: str) -> str:
    """Normalise a document title for hashing: NFKC, no 《》 or whitespace, no leading 国务院.

    ``《国务院关于同意…的批复》`` and ``关于同意…的批复`` give the same key, so a reply cited by
    title in the news links to the reference document with its full title.
    """
    text = unicodedata.normalize("NFKC", title)
    text = re.sub(r"[\s《》〈〉]", "", text)
    return text.removeprefix("国务院")


def org_iri(slug: str) -> str:
    """IRI of an organisation, e.g. ``org/state-council``."""
    return f"{KGR}org/{slug}"


def normalise_org_name(name: str) -> str:
    """Normalise a body's canonical Chinese name for hashing: NFKC, no whitespace.

    The caller writes the name in its canonical form first (the place part in full,
    ``政府`` as ``人民政府``): ``四川统计局`` and ``四川省统计局`` are one body because the
    recogniser spells both ``四川省统计局`` (ONTOLOGY.md "Stable identifiers").
    """
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))


def local_org_iri(canonical_name: str) -> str:
    """IRI of a body the reference table does not list: ``org/x-<12 hex>`` of its name.

    Args:
        canonical_name: the body's canonical Chinese name (``四川省统计局``).
    """
    return f"{KGR}org/x-{short_hash(normalise_org_name(canonical_name), length=12)}"


def country_iri(alpha3: str) -> str:
    """IRI of a country or region outside China: ``place/iso-<alpha-3, lower case>``.

    China itself is ``place/156`` (the GB/T 2260 root), never ``place/iso-chn``.
    """
    code = alpha3.strip().lower()
    return place_iri("156") if code == "chn" else f"{KGR}place/iso-{code}"


def person_iri(name: str, context: str) -> str:
    """IRI of a person, from the name and the role context (org slug or ``reporter``)."""
    return f"{KGR}person/{short_hash(name, context, length=12)}"


def post_iri(org_slug: str, role: str) -> str:
    """IRI of a post, e.g. ``post/mofcom-spokesperson``."""
    return f"{KGR}post/{org_slug}-{role}"


#: Role words that name the spokesperson post (one post per body, whatever the wording).
_SPOKESPERSON_WORDS = frozenset({"新闻发言人", "发言人", "spokesperson"})


def role_slug(role: str) -> str:
    """Slug of a post's role for ``post_iri``: ``spokesperson``, or ``r-<8 hex>`` of the
    role as written (``常务副省长``, ``统计分析司司长``)."""
    text = normalise_org_name(role)
    return "spokesperson" if text in _SPOKESPERSON_WORDS else f"r-{short_hash(text, length=8)}"


def article_id(title: str, published: datetime) -> str:
    """Stable article id: 16 hex of SHA-1 over the NFKC title and the UTC ISO date."""
    norm = unicodedata.normalize("NFKC", title).strip()
    return short_hash(norm, published.isoformat())


def article_iri(aid: str) -> str:
    """IRI of an article: ``article/<id>``."""
    return f"{KGR}article/{aid}"


def article_graph_iri(aid: str) -> str:
    """IRI of the named graph that holds what article ``aid`` says."""
    return f"{KGR}graph/article/{aid}"


def evidence_iri(aid: str, start: int, end: int, *key: object) -> str:
    """IRI of one evidence annotation in article ``aid`` (span plus what it supports).

    Its target and selectors append ``-target``, ``-pos`` and ``-quote``; no ``/`` follows
    the ``ev/`` prefix, so Turtle writers never need ``\\/`` escapes in local names.
    """
    return f"{KGR}ev/{aid}-{start}-{end}-{short_hash(*key, length=8)}"


def obs_iri(aid: str, *key: object) -> str:
    """IRI of an observation that article ``aid`` reports; ``key`` identifies the figure."""
    return f"{KGR}obs/{aid}-{short_hash(*key, length=12)}"


def claim_iri(aid: str, *key: object) -> str:
    """IRI of a checkable claim that article ``aid`` makes."""
    return f"{KGR}claim/{aid}-{short_hash(*key, length=12)}"


BUILD_GRAPH = KGR + "graph/build"


def run_iri(version: str) -> str:
    """IRI of the extraction activity of one software version (no timestamp: determinism)."""
    return f"{KGR}run/kg-{version}"
