"""One article's named graph: ``Extraction`` → sorted pyoxigraph quads.

Input: a ``kg.model.Extraction`` (article, linked mentions, entities, relations,
observations, claims). Output: the quads of ``kgr:graph/article/<id>``, sorted, so the
same extraction always gives the same bytes; ``article_parts`` also gives them as the
final bytes of kg.trig and kg.ttl (``ArticleParts``), so the build only concatenates.
It does not: read files, run NLP, or touch other articles' graphs. Every predicate goes
through ``kg.graph.terms.node``, so a ``kgo:`` term the TBox lacks raises ``OntologyError``.

Shape (ontology/README.md "Resource shapes"): the graph describes itself
(``prov:wasDerivedFrom`` the article, ``prov:wasGeneratedBy`` the run), the article
node, ``schema:mentions`` for every linked entity, one ``oa:Annotation`` per
(entity, sentence) mention and per extracted statement, observation or claim.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox

from kg import __version__, iris
from kg.graph.summary import summary_triples
from kg.graph.terms import node as curie_node
from kg.iris import PREFIXES
from kg.model import (
    Article,
    Claim,
    Entity,
    Evidence,
    Extraction,
    Literal,
    Observation,
    Relation,
)
from kg.nlp.sentences import sentence_at, split_sentences

__all__ = [
    "LOCAL_FAMILIES",
    "ArticleParts",
    "article_nquads",
    "article_parts",
    "article_quads",
    "decimal_lexical",
    "serialization_header",
    "to_term",
]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_DATE = _XSD + "date"
_XSD_DATETIME = _XSD + "dateTime"
_XSD_INTEGER = _XSD + "integer"
_XSD_DECIMAL = _XSD + "decimal"
#: characters N-Triples writes escaped inside a literal (``"``, ``\\``, controls).
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')

#: One triple as the N-Triples forms of its terms (``<iri>``, ``"text"@zh``, …): the
#: forms the output lines are made of, compared and sorted as plain strings.
Triple = tuple[str, str, str]


@lru_cache(maxsize=4096)
def _node(curie_or_iri: str) -> ox.NamedNode:
    """A NamedNode for a CURIE (``kgo:x``, ``schema:y``) or an absolute IRI."""
    if curie_or_iri.startswith(("http://", "https://")):
        return ox.NamedNode(curie_or_iri)
    return curie_node(curie_or_iri)


@lru_cache(maxsize=8192)
def _curie_nt(curie: str) -> str:
    """``<full IRI>`` of a CURIE, checked against the TBox like ``kg.graph.terms.node``."""
    return str(_node(curie))


def _iri(curie_or_iri: str) -> str:
    """The N-Triples form of an IRI or CURIE.

    An absolute IRI is written as given, as pyoxigraph writes it (IRIs are not
    normalised); it is checked when the article's triples are parsed for the Turtle.
    """
    if curie_or_iri.startswith(("http://", "https://")):
        return "<" + curie_or_iri + ">"
    return _curie_nt(curie_or_iri)


def decimal_lexical(value: Decimal) -> str:
    """Canonical ``xsd:decimal`` lexical form: no exponent, no trailing zeros.

    Args:
        value: any finite Decimal.

    Returns:
        ``"330290000000"`` for 3.3029E+11, ``"30.7"`` for 30.70.
    """
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


@lru_cache(maxsize=64)
def _suffix(datatype: str | None, lang: str | None) -> str:
    """What follows the quoted text of a literal: ``@zh``, ``^^<…#date>`` or nothing.

    Taken from pyoxigraph once per (datatype, lang), so language tags are normalised
    and ``xsd:string`` is left implicit exactly as it writes them.
    """
    if lang:
        text = str(ox.Literal("", language=lang))
    elif datatype:
        text = str(ox.Literal("", datatype=_node(datatype)))
    else:
        return ""
    return text[2:]


def _quoted(value: str) -> str:
    """``"value"`` with N-Triples escapes (pyoxigraph's own, for the rare text needing any)."""
    if _NEEDS_ESCAPE.search(value) is None:
        return '"' + value + '"'
    return str(ox.Literal(value))


def _lit(value: str, datatype: str | None = None, lang: str | None = None) -> str:
    """N-Triples form of a literal; plain when untyped, never ``^^xsd:string`` (rule 7)."""
    return _quoted(value) + _suffix(datatype, lang)


def to_term(value: str | Literal) -> ox.NamedNode | ox.Literal:
    """Turn a model object value (IRI/CURIE string or ``Literal``) into a pyoxigraph term."""
    if isinstance(value, Literal):
        if value.lang:
            return ox.Literal(value.value, language=value.lang)
        if value.datatype:
            return ox.Literal(value.value, datatype=_node(value.datatype))
        return ox.Literal(value.value)
    return _node(value)


def _term(value: str | Literal) -> str:
    """N-Triples form of a model object value (IRI/CURIE string or ``Literal``)."""
    if isinstance(value, Literal):
        return _lit(value.value, value.datatype, value.lang)
    return _iri(value)


@lru_cache(maxsize=4096)
def _date(value: date) -> str:
    return _lit(value.isoformat(), _XSD_DATE)


_ISO_UTC = "%Y-%m-%dT%H:%M:%SZ"


def _datetime(value: datetime) -> str:
    return _lit(value.astimezone(UTC).strftime(_ISO_UTC), _XSD_DATETIME)


@lru_cache(maxsize=8192)
def _int(value: int) -> str:
    """``xsd:integer`` literal; offsets repeat across articles, so built once each."""
    return _lit(str(value), _XSD_INTEGER)


def _decimal(value: Decimal) -> str:
    return _lit(decimal_lexical(value), _XSD_DECIMAL)


@lru_cache(maxsize=1024)
def _plain(value: str) -> str:
    """Plain literal of a short recurring string (rule ids, units): built once each."""
    return _lit(value)


_WRITTEN = ('"', "<")


class _Collector:
    """Accumulates the triples of one article graph, as N-Triples terms, without duplicates.

    Subjects are IRIs or CURIEs; predicates CURIEs (checked against the TBox); objects
    IRIs, CURIEs, ``kg.model.Literal``s or terms already in N-Triples form (``_lit`` &
    co): those start with ``"`` or ``<``, which an IRI or CURIE never does.
    """

    def __init__(self) -> None:
        self.triples: set[Triple] = set()

    def add(self, s: str, p: str, o: str | Literal) -> None:
        if isinstance(o, Literal):
            obj = _lit(o.value, o.datatype, o.lang)
        elif o[:1] in _WRITTEN:
            obj = o
        else:
            obj = _iri(o)
        self.triples.add((_iri(s), _curie_nt(p), obj))


def _add_article(out: _Collector, article: Article) -> str:
    a = iris.article_iri(article.id)
    graph = iris.article_graph_iri(article.id)
    out.add(graph, "prov:wasDerivedFrom", a)
    out.add(graph, "prov:wasGeneratedBy", iris.run_iri(__version__))
    out.add(a, "rdf:type", "schema:NewsArticle")
    out.add(a, "rdf:type", "prov:Entity")
    out.add(a, "schema:headline", _lit(article.title, lang="zh"))
    out.add(a, "schema:datePublished", _datetime(article.published))
    if article.original_title:
        out.add(a, "kgo:originalTitle", _lit(article.original_title, lang="zh"))
    for section in article.categories:
        out.add(a, "schema:articleSection", _lit(section, lang="zh"))
    out.add(a, "kgo:sourceFile", _lit(article.source.name))
    if article.content_hash:
        out.add(a, "kgo:contentHash", _lit(article.content_hash))
    for code in article.stock_codes:
        out.add(a, "kgo:stockCode", _lit(code))
    return a


def _add_evidence(
    out: _Collector,
    article: Article,
    evidence: Evidence,
    body: str,
    key: tuple[object, ...],
    *,
    motivation: str,
    statement: tuple[str, str | Literal] | None = None,
) -> None:
    """One ``oa:Annotation`` for ``evidence``; ``key[0]`` is the annotated resource.

    Its own nodes are written straight as N-Triples (the annotation, target and
    selector IRIs differ per evidence, so nothing is cached for them).
    """
    ev = iris.evidence_iri(article.id, evidence.start, evidence.end, *key)
    e, target, pos, quote = f"<{ev}>", f"<{ev}-target>", f"<{ev}-pos>", f"<{ev}-quote>"
    p, add = _curie_nt, out.triples.add
    rdf_type, selector = p("rdf:type"), p("oa:hasSelector")
    add((e, rdf_type, p("oa:Annotation")))
    add((e, p("oa:motivatedBy"), _iri(motivation)))
    out.add(ev, "oa:hasBody", str(key[0]))
    add((e, p("kgo:rule"), _plain(evidence.rule)))
    if evidence.sentence:
        add((e, p("kgo:sentence"), _lit(evidence.sentence, lang="zh")))
    if statement is not None:
        out.add(ev, "kgo:assertsProperty", statement[0])
        out.add(ev, "kgo:assertsObject", statement[1])
    add((e, p("oa:hasTarget"), target))
    add((target, p("oa:hasSource"), _iri(iris.article_iri(article.id))))
    add((target, selector, pos))
    add((target, selector, quote))
    add((pos, rdf_type, p("oa:TextPositionSelector")))
    add((pos, p("oa:start"), _int(evidence.start)))
    add((pos, p("oa:end"), _int(evidence.end)))
    add((quote, rdf_type, p("oa:TextQuoteSelector")))
    add((quote, p("oa:exact"), _lit(body[evidence.start : evidence.end] or evidence.quote)))


def _add_mentions(out: _Collector, extraction: Extraction, body: str) -> None:
    """``schema:mentions`` + one identifying annotation per (entity, sentence)."""
    article = extraction.article
    a = iris.article_iri(article.id)
    seen: set[tuple[str, int]] = set()
    spans = split_sentences(body)
    for mention in sorted(extraction.mentions, key=lambda m: (m.start, m.end, m.iri or "")):
        if not mention.iri:
            continue
        out.add(a, "schema:mentions", mention.iri)
        s_start, s_end = sentence_at(spans, mention.start)
        sentence = body[s_start:s_end]
        if (mention.iri, s_start) in seen:
            continue
        seen.add((mention.iri, s_start))
        evidence = Evidence(mention.start, mention.end, mention.text, sentence, mention.rule)
        _add_evidence(
            out, article, evidence, body, (mention.iri, "mention"), motivation="oa:identifying"
        )


def _add_entity(out: _Collector, entity: Entity) -> None:
    for type_curie in entity.types:
        out.add(entity.iri, "rdf:type", type_curie)
    for text, lang in entity.labels:
        out.add(entity.iri, "skos:prefLabel", _lit(text, lang=lang))
    if not entity.in_reference:
        out.add(entity.iri, "kgo:notInReference", _lit("true", "xsd:boolean"))
    for predicate, obj in entity.facts:
        out.add(entity.iri, predicate, obj)


def _add_relation(out: _Collector, article: Article, relation: Relation, body: str) -> None:
    out.add(relation.subject, relation.predicate, relation.object)
    obj_key = relation.object if isinstance(relation.object, str) else relation.object.value
    _add_evidence(
        out,
        article,
        relation.evidence,
        body,
        (relation.subject, relation.predicate, obj_key),
        motivation="oa:describing",
        statement=(relation.predicate, relation.object),
    )


def _add_observation(out: _Collector, article: Article, obs: Observation, body: str) -> None:
    o = obs.iri
    out.add(o, "rdf:type", "schema:Observation")
    out.add(o, "schema:observationAbout", obs.about)
    out.add(o, "schema:measuredProperty", obs.measure)
    out.add(o, "kgo:statistic", obs.statistic)
    out.add(o, "schema:value", _decimal(obs.value))
    out.add(o, "schema:unitCode", _plain(obs.unit))
    out.add(o, "schema:unitText", _lit(obs.unit_text, lang="zh"))
    observed = obs.period_start or article.published.date()
    out.add(o, "schema:observationDate", _date(observed))
    if obs.period_start:
        out.add(o, "kgo:periodStart", _date(obs.period_start))
    if obs.period_end:
        out.add(o, "kgo:periodEnd", _date(obs.period_end))
    if obs.period_label:
        out.add(o, "kgo:periodLabel", _lit(obs.period_label, lang="zh"))
    if obs.approximation:
        out.add(o, "kgo:approximation", _lit(obs.approximation))
    if obs.growth_of:
        out.add(o, "kgo:growthOf", obs.growth_of)
    if obs.partner:
        out.add(o, "kgo:tradePartner", obs.partner)
    if obs.industry:
        out.add(o, "kgo:industry", _lit(obs.industry, lang="zh"))
    if obs.is_target:
        out.add(o, "kgo:isTarget", _lit("true", "xsd:boolean"))
    out.add(o, "prov:wasDerivedFrom", iris.article_iri(article.id))
    _add_evidence(out, article, obs.evidence, body, (o, "observation"), motivation="oa:describing")


def _add_claim(out: _Collector, article: Article, claim: Claim, body: str) -> None:
    c = claim.iri
    out.add(c, "rdf:type", "kgo:Claim")
    out.add(c, "kgo:claimKind", claim.kind)
    out.add(c, "kgo:claimAbout", claim.about)
    out.add(c, "kgo:aboutZoneType", claim.zone_type)
    out.add(c, "kgo:asOfDate", _date(claim.as_of))
    if claim.value is not None:
        out.add(c, "kgo:claimedValue", _int(claim.value))
    if claim.upto_batch is not None:
        out.add(c, "kgo:uptoBatch", _int(claim.upto_batch))
    out.add(c, "prov:wasDerivedFrom", iris.article_iri(article.id))
    _add_evidence(out, article, claim.evidence, body, (c, "claim"), motivation="oa:describing")


def _collect(extraction: Extraction) -> _Collector:
    article = extraction.article
    body = article.body
    out = _Collector()
    a = _add_article(out, article)
    _add_mentions(out, extraction, body)
    for entity in extraction.entities:
        out.add(a, "schema:mentions", entity.iri)
        if not entity.in_reference:  # reference entities are described once, in graph/reference
            _add_entity(out, entity)
    for relation in extraction.relations:
        _add_relation(out, article, relation, body)
    for obs in extraction.observations:
        _add_observation(out, article, obs, body)
    for claim in extraction.claims:
        _add_claim(out, article, claim, body)
    _add_summary(out, extraction, a)
    return out


#: the predicates ``kg.graph.summary`` reads from an article graph's own triples
_SUMMARY_INPUT = frozenset(
    _curie_nt(c)
    for c in (
        "oa:hasBody",
        "kgo:sentence",
        "oa:hasTarget",
        "oa:hasSource",
        "oa:hasSelector",
        "oa:exact",
    )
)


def _add_summary(out: _Collector, extraction: Extraction, article_iri: str) -> None:
    """Add the summary facts (``kg.graph.summary``), read from and written as N-Triples terms."""
    a_node, mentions = _iri(article_iri), _curie_nt("schema:mentions")
    mentioned = sorted(
        {o for s, p, o in out.triples if p == mentions and s == a_node and o[:1] == "<"}
    )
    own = [t for t in out.triples if t[1] in _SUMMARY_INPUT]
    published = _datetime(extraction.article.published)
    out.triples.update(summary_triples(extraction, mentioned, published, own))


def _sorted_triples(extraction: Extraction) -> list[Triple]:
    """The article graph's triples (N-Triples terms), sorted by subject, predicate, object."""
    return sorted(_collect(extraction).triples)


def _graph_nt(extraction: Extraction) -> str:
    return "<" + iris.article_graph_iri(extraction.article.id) + ">"


def article_nquads(extraction: Extraction) -> tuple[bytes, int]:
    """Return the article's named graph as sorted N-Quads bytes, and its quad count.

    Each line is ``<s> <p> <o> <graph> .`` from the N-Triples forms of the terms,
    written as pyoxigraph writes them, sorted by (s, p, o): the same bytes as
    ``ox.serialize(article_quads(extraction), format=N_QUADS)``. Those forms are
    prefix-free up to the following space, which sorts below every character a term can
    continue with, and UTF-8 byte order is code-point order, so sorting the lines as
    bytes gives the same order.

    Args:
        extraction: what one article contributes.

    Returns:
        ``(nquads, count)``: one ``<s> <p> <o> <graph> .`` line per quad, sorted.

    Raises:
        OntologyError: a predicate or class CURIE uses an unknown ``kgo:`` term.
    """
    triples = _sorted_triples(extraction)
    graph = _graph_nt(extraction)
    return "".join([f"{s} {p} {o} {graph} .\n" for s, p, o in triples]).encode(), len(triples)


def article_quads(extraction: Extraction) -> list[ox.Quad]:
    """Return the sorted quads of the article's named graph.

    Args:
        extraction: what one article contributes.

    Returns:
        Quads in ``kgr:graph/article/<id>``, sorted by subject, predicate, object.

    Raises:
        OntologyError: a predicate or class CURIE uses an unknown ``kgo:`` term.
        SyntaxError: a term is not valid RDF (pyoxigraph parses every line).
    """
    data, _ = article_nquads(extraction)
    return list(ox.parse(data, format=ox.RdfFormat.N_QUADS))


#: IRI families whose subjects belong to one article (``<family><article id>…``), in the
#: order their N-Triples lines sort. Every other subject (places, bodies, people, zones,
#: the run) may be described by several graphs and is merged across articles.
LOCAL_FAMILIES: tuple[str, ...] = tuple(
    sorted(f"<{iris.KGR}{family}/" for family in ("article", "claim", "ev", "graph/article", "obs"))
)
_RDF_TYPE_NT = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


@dataclass(frozen=True, slots=True)
class ArticleParts:
    """One article graph as the final bytes of every output it contributes to.

    ``trig`` is the graph's block of kg.trig (no prefix lines); ``local`` the Turtle
    blocks of kg.ttl for the subjects in each of ``LOCAL_FAMILIES`` that carry this
    article's id (no other graph can state them, so kg.ttl takes them verbatim);
    ``shared`` the N-Triples lines (sorted) of every other subject, which the build
    merges and deduplicates across articles; ``local_types`` counts the ``rdf:type``
    objects of the local lines; ``triples`` holds the sorted ``(s, p, o)`` N-Triples terms (for
    SHACL in the same process; not sent back from workers).
    """

    nquads: bytes
    quad_count: int
    trig: bytes
    local: tuple[bytes, ...]
    local_count: int
    local_types: dict[str, int]
    shared: bytes
    triples: tuple[Triple, ...] = ()


def serialization_header() -> bytes:
    """The ``@prefix`` lines pyoxigraph writes at the top of kg.trig and kg.ttl."""
    probe = ox.Triple(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.NamedNode("urn:x:o"))
    text = ox.serialize([probe], format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b""
    return text[: text.rindex(b"<urn:x:s>")]


_HEADER_LEN: list[int] = []
#: one subject's lines: a line at column 0, then the lines indented with a tab.
_BLOCK = re.compile(rb"[^\t\n][^\n]*\n(?:\t[^\n]*\n)*")


def _without_header(text: bytes) -> bytes:
    if not _HEADER_LEN:
        _HEADER_LEN.append(len(serialization_header()))
    return text[_HEADER_LEN[0] :]


def _subject_blocks(turtle: bytes) -> list[bytes]:
    """Split pyoxigraph Turtle (header removed) into one block per subject.

    The writer starts each subject at column 0 and indents its other lines with a tab;
    literals are written with escaped newlines, so a line never starts inside one.
    """
    blocks: list[bytes] = _BLOCK.findall(turtle)
    if sum(map(len, blocks)) == len(turtle):
        return blocks
    blocks, start = [], 0  # no final newline: the slow walk keeps every byte
    while start < len(turtle):
        end = start
        while True:
            end = turtle.find(b"\n", end) + 1
            if end == 0 or end >= len(turtle) or turtle[end] != 9:  # 9 = tab
                break
        end = end or len(turtle)
        blocks.append(turtle[start:end])
        start = end
    return blocks


def _trig_opening(graph: str) -> bytes:
    """``<graph> {\\n`` as pyoxigraph's TriG writer opens that graph (prefixed if it can)."""
    probe = ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.NamedNode("urn:x:o")
    text = _without_header(
        ox.serialize(
            [ox.Quad(*probe, ox.NamedNode(graph))],
            format=ox.RdfFormat.TRIG,
            prefixes=PREFIXES,
        )
        or b""
    )
    return text[: text.index(b"{\n") + 2]


def article_parts(extraction: Extraction, *, nquads: bool = True) -> ArticleParts:
    """Return the article's named graph as the bytes of each output (see ``ArticleParts``).

    Triples are sorted by the N-Triples forms of their terms, the order of the sorted
    N-Quads lines (see ``article_nquads``); the TriG block is the Turtle of the same
    triples indented inside ``<graph> { … }``, which is how pyoxigraph writes a graph,
    so concatenating blocks gives what one ``serialize`` of all graphs gives.
    ``nquads=False`` leaves ``ArticleParts.nquads`` empty (``kg build`` never writes
    them; only the Dask build does), which saves building the largest of the byte strings.

    Raises:
        OntologyError: a predicate or class CURIE uses an unknown ``kgo:`` term.
    """
    keyed = _sorted_triples(extraction)
    aid = extraction.article.id
    graph_nt = _graph_nt(extraction)
    quads = (
        "".join([f"{s} {p} {o} {graph_nt} .\n" for s, p, o in keyed]).encode() if nquads else b""
    )
    lines = [f"{s} {p} {o} .\n" for s, p, o in keyed]
    turtle = _without_header(
        ox.serialize(  # pyoxigraph parses the lines (checking every IRI) and writes Turtle
            ox.parse("".join(lines).encode(), format=ox.RdfFormat.N_TRIPLES),
            format=ox.RdfFormat.TURTLE,
            prefixes=PREFIXES,
        )
        or b""
    )
    blocks = _subject_blocks(turtle)
    own = tuple(family + aid for family in LOCAL_FAMILIES)
    local: list[list[bytes]] = [[] for _ in LOCAL_FAMILIES]
    shared: list[str] = []
    types: Counter[str] = Counter()
    local_count = 0
    block_i = -1
    previous = None
    for i, (s, p, o) in enumerate(keyed):
        if s != previous:
            block_i += 1
            previous = s
            family = next((i for i, prefix in enumerate(own) if s.startswith(prefix)), -1)
            if family >= 0:
                local[family].append(blocks[block_i])
        if family < 0:
            shared.append(lines[i])
        else:
            local_count += 1
            if p == _RDF_TYPE_NT:
                types[o[1:-1]] += 1
    if block_i + 1 != len(blocks):  # the writer grouped subjects differently: never silently
        raise ValueError(f"article {aid}: {len(blocks)} Turtle blocks for {block_i + 1} subjects")
    opening = _trig_opening(iris.article_graph_iri(aid))
    # every block indented one more tab: the blocks are the whole Turtle, each line of it
    # gains a tab (a block's first line one, its tab-indented lines a second)
    body = b"\t" + turtle.replace(b"\n", b"\n\t") if turtle else b""
    trig = opening + (body[:-1] if body.endswith(b"\n\t") else body) + b"}\n"
    return ArticleParts(
        quads,
        len(keyed),
        trig,
        tuple(b"".join(f) for f in local),
        local_count,
        dict(types),
        "".join(shared).encode(),
        tuple(keyed),
    )
