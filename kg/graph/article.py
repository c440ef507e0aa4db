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
_XSD_DATE = ox.NamedNode(_XSD + "date")
_XSD_DATETIME = ox.NamedNode(_XSD + "dateTime")
_XSD_INTEGER = ox.NamedNode(_XSD + "integer")
_XSD_DECIMAL = ox.NamedNode(_XSD + "decimal")


@lru_cache(maxsize=4096)
def _node(curie_or_iri: str) -> ox.NamedNode:
    """A NamedNode for a CURIE (``kgo:x``, ``schema:y``) or an absolute IRI."""
    if curie_or_iri.startswith(("http://", "https://")):
        return ox.NamedNode(curie_or_iri)
    return curie_node(curie_or_iri)


def decimal_lexical(value: Decimal) -> str:
    """Canonical ``xsd:decimal`` lexical form: no exponent, no trailing zeros.

    Args:
        value: any finite Decimal.

    Returns:
        ``"330290000000"`` for 3.3029E+11, ``"30.7"`` for 30.70.
    """
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def _lit(value: str, datatype: str | None = None, lang: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(value, language=lang)
    if datatype:
        return ox.Literal(value, datatype=_node(datatype))
    return ox.Literal(value)  # plain: never ^^xsd:string (ONTOLOGY.md rule 7)


def to_term(value: str | Literal) -> ox.NamedNode | ox.Literal:
    """Turn a model object value (IRI/CURIE string or ``Literal``) into a pyoxigraph term."""
    if isinstance(value, Literal):
        return _lit(value.value, value.datatype, value.lang)
    return _node(value)


@lru_cache(maxsize=4096)
def _date(value: date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=_XSD_DATE)


def _datetime(value: datetime) -> ox.Literal:
    text = value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return ox.Literal(text, datatype=_XSD_DATETIME)


@lru_cache(maxsize=8192)
def _int(value: int) -> ox.Literal:
    """``xsd:integer`` literal; offsets repeat across articles, so built once each."""
    return ox.Literal(str(value), datatype=_XSD_INTEGER)


def _decimal(value: Decimal) -> ox.Literal:
    return ox.Literal(decimal_lexical(value), datatype=_XSD_DECIMAL)


@lru_cache(maxsize=1024)
def _plain(value: str) -> ox.Literal:
    """Plain literal of a short recurring string (rule ids, units): built once each."""
    return ox.Literal(value)


Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]


class _Collector:
    """Accumulates the triples of one article graph without duplicates."""

    def __init__(self) -> None:
        self.triples: set[Triple] = set()

    def add(
        self, s: str | ox.NamedNode, p: str, o: str | ox.NamedNode | ox.Literal | Literal
    ) -> None:
        subject = s if isinstance(s, ox.NamedNode) else _node(s)
        if isinstance(o, str | Literal):
            obj: ox.NamedNode | ox.Literal = to_term(o)
        else:
            obj = o
        self.triples.add((subject, _node(p), obj))


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
    """One ``oa:Annotation`` for ``evidence``; ``key[0]`` is the annotated resource."""
    ev = iris.evidence_iri(article.id, evidence.start, evidence.end, *key)
    target, pos, quote = ev + "-target", ev + "-pos", ev + "-quote"
    out.add(ev, "rdf:type", "oa:Annotation")
    out.add(ev, "oa:motivatedBy", motivation)
    out.add(ev, "oa:hasBody", str(key[0]))
    out.add(ev, "kgo:rule", _plain(evidence.rule))
    if evidence.sentence:
        out.add(ev, "kgo:sentence", _lit(evidence.sentence, lang="zh"))
    if statement is not None:
        out.add(ev, "kgo:assertsProperty", statement[0])
        out.add(ev, "kgo:assertsObject", statement[1])
    out.add(ev, "oa:hasTarget", target)
    out.add(target, "oa:hasSource", iris.article_iri(article.id))
    out.add(target, "oa:hasSelector", pos)
    out.add(target, "oa:hasSelector", quote)
    out.add(pos, "rdf:type", "oa:TextPositionSelector")
    out.add(pos, "oa:start", _int(evidence.start))
    out.add(pos, "oa:end", _int(evidence.end))
    out.add(quote, "rdf:type", "oa:TextQuoteSelector")
    out.add(quote, "oa:exact", _lit(body[evidence.start : evidence.end] or evidence.quote))


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


def _sort_key(triple: Triple) -> tuple[str, str, str]:
    return (str(triple[0]), str(triple[1]), str(triple[2]))


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
    a_node, mentions = _node(a), _node("schema:mentions")
    mentioned = sorted(
        {
            o
            for s, p, o in out.triples
            if p == mentions and s == a_node and isinstance(o, ox.NamedNode)
        },
        key=str,
    )
    out.triples.update(
        summary_triples(extraction, mentioned, _datetime(article.published), out.triples)
    )
    return out


def article_quads(extraction: Extraction) -> list[ox.Quad]:
    """Return the sorted quads of the article's named graph.

    Args:
        extraction: what one article contributes.

    Returns:
        Quads in ``kgr:graph/article/<id>``, sorted by subject, predicate, object.

    Raises:
        OntologyError: a predicate or class CURIE uses an unknown ``kgo:`` term.
    """
    out = _collect(extraction)
    graph = ox.NamedNode(iris.article_graph_iri(extraction.article.id))
    return [ox.Quad(s, p, o, graph) for s, p, o in sorted(out.triples, key=_sort_key)]


def article_nquads(extraction: Extraction) -> tuple[bytes, int]:
    """Return the article's named graph as sorted N-Quads bytes, and its quad count.

    The same bytes as ``ox.serialize(article_quads(extraction), format=N_QUADS)``,
    about 3× faster: pyoxigraph serialises the unsorted triples once and the lines are
    sorted as bytes. Each line is ``<s> <p> <o> .``, the N-Triples forms of the terms
    that ``article_quads`` sorts by; those forms are prefix-free up to the following
    space, which sorts below every character a term can continue with, and UTF-8
    byte order is code-point order, so the two orders agree.

    Args:
        extraction: what one article contributes.

    Returns:
        ``(nquads, count)``: one ``<s> <p> <o> <graph> .`` line per quad, sorted.

    Raises:
        OntologyError: a predicate or class CURIE uses an unknown ``kgo:`` term.
    """
    out = _collect(extraction)
    data = ox.serialize(
        [ox.Triple(s, p, o) for s, p, o in out.triples], format=ox.RdfFormat.N_TRIPLES
    )
    lines = (data or b"").splitlines()
    lines.sort()
    tail = (
        b" " + str(ox.NamedNode(iris.article_graph_iri(extraction.article.id))).encode() + b" .\n"
    )
    return b"".join([line[:-2] + tail for line in lines]), len(lines)


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
    objects of the local lines; ``triples`` holds the sorted ``(s, p, o)`` terms (for
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


def _without_header(text: bytes) -> bytes:
    if not _HEADER_LEN:
        _HEADER_LEN.append(len(serialization_header()))
    return text[_HEADER_LEN[0] :]


def _subject_blocks(turtle: bytes) -> list[bytes]:
    """Split pyoxigraph Turtle (header removed) into one block per subject.

    The writer starts each subject at column 0 and indents its other lines with a tab;
    literals are written with escaped newlines, so a line never starts inside one.
    """
    blocks: list[bytes] = []
    start = 0
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


def article_parts(extraction: Extraction) -> ArticleParts:
    """Return the article's named graph as the bytes of each output (see ``ArticleParts``).

    Triples are sorted by the N-Triples forms of their terms, the order of the sorted
    N-Quads lines (see ``article_nquads``); the TriG block is the Turtle of the same
    triples indented inside ``<graph> { … }``, which is how pyoxigraph writes a graph,
    so concatenating blocks gives what one ``serialize`` of all graphs gives.

    Raises:
        OntologyError: a predicate or class CURIE uses an unknown ``kgo:`` term.
    """
    out = _collect(extraction)
    aid = extraction.article.id
    keyed = sorted((str(s), str(p), str(o), (s, p, o)) for s, p, o in out.triples)
    triples = tuple(row[3] for row in keyed)
    graph_nt = str(ox.NamedNode(iris.article_graph_iri(aid)))
    nquads = "".join([f"{s} {p} {o} {graph_nt} .\n" for s, p, o, _ in keyed]).encode()
    turtle = _without_header(
        ox.serialize(
            [ox.Triple(*t) for t in triples], format=ox.RdfFormat.TURTLE, prefixes=PREFIXES
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
    for s, p, o, _ in keyed:
        if s != previous:
            block_i += 1
            previous = s
            family = next((i for i, prefix in enumerate(own) if s.startswith(prefix)), -1)
            if family >= 0:
                local[family].append(blocks[block_i])
        if family < 0:
            shared.append(f"{s} {p} {o} .\n")
        else:
            local_count += 1
            if p == _RDF_TYPE_NT:
                types[o[1:-1]] += 1
    if block_i + 1 != len(blocks):  # the writer grouped subjects differently: never silently
        raise ValueError(f"article {aid}: {len(blocks)} Turtle blocks for {block_i + 1} subjects")
    graph_line = _without_header(
        ox.serialize(
            [ox.Quad(*triples[0], ox.NamedNode(iris.article_graph_iri(aid)))],
            format=ox.RdfFormat.TRIG,
            prefixes=PREFIXES,
        )
        or b""
    )
    opening = graph_line[: graph_line.index(b"{\n") + 2]
    trig = opening + b"".join(b"\t" + line for line in turtle.splitlines(keepends=True)) + b"}\n"
    return ArticleParts(
        nquads,
        len(keyed),
        trig,
        tuple(b"".join(f) for f in local),
        local_count,
        dict(types),
        "".join(shared).encode(),
        triples,
    )
