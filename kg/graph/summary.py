"""Summary facts each article graph carries for the named queries (issue 14, item 3).

Input: one ``Extraction`` and the reference graph (``kg.graph.reference.reference_quads``).
Output: triples added to the article's own graph, so the build stays streaming (no
step reads the corpus back) and a query reads a few index entries instead of joining
the whole corpus:

- ``<entity> kgo:mentionedOn <datePublished>`` for every entity the article mentions:
  ``mentions-of`` pages through an entity's articles in date order
  by scanning these inline values, then read only the page's articles.
- a node ``<article>-m-<MD5 of the entity IRI>`` per mentioned entity (``kgo:mentionIn``
  the article, ``kgo:mentionOf`` the entity, ``kgo:mentionSentence``
  each sentence that names it, ``""`` for none): the page's sentences by a few lookups
  per article instead of walking every annotation of the article (``mention_node``).
- ``<claim> kgo:checkStatus "consistent"|"inconsistent"|"cannot-check"``,
  ``kgo:checkedValue n`` and ``kgo:sortKey k`` for every claim ``claims-check`` lists:
  the value the graph gives as of the claim's date, computed here with the rules of the
  SPARQL it replaces (``tests/query/test_summary.py`` runs both on the bundled articles).
  Claims are checked against the reference graph only: no article states zones,
  batches or containment (ONTOLOGY.md), so the union gives the same answer.
- ``<observation> kgo:observationKey k`` (the claims' article key) for every observation:
  observations-of and figures-compare order a place's figures by date (period) and
  then this inline integer, which sorts as the observation IRIs do, so a page is cut
  without reading thousands of IRIs; and ``kgo:observationRank r``, the IRI's last 13 hex
  digits (the article id's last and the figure hash) as an integer, so that key and rank
  together sort as the IRIs do and one article's figures need no IRI read either
  (``observation_rank``; Oxigraph fetches an IRI's text for every tie it breaks).
- ``<article> kgo:headlineTerm "RCEP"`` for each word of the headline: Latin words
  and the names of mentioned entities it holds
  (``headline_terms``): entities-in-article finds the articles whose headline has a
  word by one index lookup instead of reading every headline.

It does not: read other articles, write files, or check ``kgo:FirstZone`` claims (the
claims-check query never listed them).
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pyoxigraph as ox

from kg import iris
from kg.graph.store import has_default_graph
from kg.graph.terms import resolve_curie
from kg.iris import KGO, PREFIXES
from kg.model import Claim, Extraction

__all__ = [
    "ReferenceFacts",
    "add_summary",
    "claim_check",
    "headline_terms",
    "mention_node",
    "observation_rank",
    "read_reference_facts",
    "reference_facts",
    "summary_triples",
]

#: one triple as the N-Triples forms of its terms (``<iri>``, ``"text"@zh``), as
#: ``kg.graph.article`` builds article graphs.
NtTriple = tuple[str, str, str]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_CBEC = KGO + "CrossBorderEcommerceZone"
_NATIONWIDE = KGO + "ZonesNationwide"
_FIRST_BATCHES = KGO + "ZonesInFirstBatches"
_IN_PLACE = KGO + "ZonesInPlace"
_COVERAGE = KGO + "ProvinceCoverage"
_MENTIONED_ON = ox.NamedNode(KGO + "mentionedOn")
_CHECK_STATUS = ox.NamedNode(KGO + "checkStatus")
_CHECKED_VALUE = ox.NamedNode(KGO + "checkedValue")
_SORT_KEY = ox.NamedNode(KGO + "sortKey")
_INTEGER = ox.NamedNode(_XSD + "integer")
_MENTION_SENTENCE = ox.NamedNode(KGO + "mentionSentence")
_MENTION_OF = ox.NamedNode(KGO + "mentionOf")
_MENTION_IN = ox.NamedNode(KGO + "mentionIn")
_HEADLINE_TERM = ox.NamedNode(KGO + "headlineTerm")
_OBSERVATION_KEY = ox.NamedNode(KGO + "observationKey")
_OBSERVATION_RANK = ox.NamedNode(KGO + "observationRank")
#: an observation IRI's tail as kg writes it: 16 hex of the article id, "-", 12 hex
_OBS_TAIL = re.compile(r"[0-9a-f]{15}([0-9a-f])-([0-9a-f]{12})")
#: a headline word: a run of Latin letters and digits with a letter (RCEP, APEC, 5G)
_LATIN_RUN = re.compile(r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*")
_NO_SENTENCE = ox.Literal("")
_SENTENCE = ox.NamedNode(KGO + "sentence")
_OA = "http://www.w3.org/ns/oa#"
_HAS_BODY = ox.NamedNode(_OA + "hasBody")
_HAS_TARGET = ox.NamedNode(_OA + "hasTarget")
_HAS_SOURCE = ox.NamedNode(_OA + "hasSource")
_HAS_SELECTOR = ox.NamedNode(_OA + "hasSelector")
_EXACT = ox.NamedNode(_OA + "exact")
#: the same predicates in N-Triples form, for ``summary_triples``
_NT_MENTIONED_ON = f"<{KGO}mentionedOn>"
_NT_CHECK_STATUS = f"<{KGO}checkStatus>"
_NT_CHECKED_VALUE = f"<{KGO}checkedValue>"
_NT_SORT_KEY = f"<{KGO}sortKey>"
_NT_MENTION_SENTENCE = f"<{KGO}mentionSentence>"
_NT_MENTION_OF = f"<{KGO}mentionOf>"
_NT_MENTION_IN = f"<{KGO}mentionIn>"
_NT_HEADLINE_TERM = f"<{KGO}headlineTerm>"
_NT_OBSERVATION_KEY = f"<{KGO}observationKey>"
_NT_OBSERVATION_RANK = f"<{KGO}observationRank>"
_NT_SENTENCE = f"<{KGO}sentence>"
_NT_HAS_BODY = f"<{_OA}hasBody>"
_NT_HAS_TARGET = f"<{_OA}hasTarget>"
_NT_HAS_SOURCE = f"<{_OA}hasSource>"
_NT_HAS_SELECTOR = f"<{_OA}hasSelector>"
_NT_EXACT = f"<{_OA}exact>"
#: characters N-Triples writes escaped inside a literal (``"``, ``\\``, controls).
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')


@dataclass(frozen=True, slots=True)
class _ZoneRow:
    """One zone with one of its types and validity spans (as the SPARQL rows were)."""

    zone: str
    type: str
    effective: date
    end: date | None
    ordinal: int | None


@dataclass(frozen=True, slots=True)
class ReferenceFacts:
    """What checking a claim needs from the reference graph, read once per process."""

    zones: tuple[_ZoneRow, ...]
    ancestors: dict[str, frozenset[str]]  # zone -> every place it lies in (containedInPlace+)
    prefectures: dict[str, frozenset[str]]  # place -> prefectures directly in it
    batch_ordinals: frozenset[int]
    zh_labels: frozenset[str]  # IRIs with a @zh skos:prefLabel


def _rows(store: ox.Store, sparql: str) -> Iterator[tuple[object, ...]]:
    answer = store.query(sparql, prefixes=dict(PREFIXES))
    assert isinstance(answer, ox.QuerySolutions)
    variables = answer.variables
    for solution in answer:
        yield tuple(_value(solution[v]) for v in variables)


def _value(term: object) -> object:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        local = term.datatype.value.removeprefix(_XSD)
        if local == "date":
            return date.fromisoformat(term.value[:10])
        if local in ("integer", "int", "nonNegativeInteger", "positiveInteger"):
            return int(term.value)
        return term.value
    return getattr(term, "value", str(term))


def read_reference_facts(quads: Iterable[ox.Quad]) -> ReferenceFacts:
    """The zone, place and batch facts of the reference graph that claim checks read."""
    store = ox.Store()
    store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
    return _facts_of(store)


def _facts_of(store: ox.Store) -> ReferenceFacts:
    """``ReferenceFacts`` from a store whose default graph holds the reference facts."""
    zones = tuple(
        _ZoneRow(str(z), str(t), e, end, o)  # type: ignore[arg-type]
        for z, t, e, end, o in _rows(
            store,
            """SELECT DISTINCT ?zone ?t ?e ?end ?o WHERE {
                 ?zone kgo:effectiveDate ?e ; a ?t .
                 OPTIONAL { ?zone kgo:inBatch/kgo:batchOrdinal ?o }
                 OPTIONAL { ?zone kgo:endDate ?end } }""",
        )
        if isinstance(e, date)
    )
    ancestors: dict[str, set[str]] = defaultdict(set)
    for zone, place in _rows(
        store,
        "SELECT DISTINCT ?zone ?p WHERE { ?zone kgo:effectiveDate ?e ; schema:containedInPlace+ ?p }",
    ):
        ancestors[str(zone)].add(str(place))
    prefectures: dict[str, set[str]] = defaultdict(set)
    for pref, place in _rows(
        store,
        "SELECT DISTINCT ?pref ?p WHERE { ?pref a kgo:Prefecture ; schema:containedInPlace ?p }",
    ):
        prefectures[str(place)].add(str(pref))
    ordinals = frozenset(
        int(o)  # type: ignore[call-overload]
        for (o,) in _rows(
            store, "SELECT DISTINCT ?o WHERE { ?b a kgo:PilotZoneBatch ; kgo:batchOrdinal ?o }"
        )
    )
    labelled = frozenset(
        str(s)
        for (s,) in _rows(
            store, 'SELECT DISTINCT ?s WHERE { ?s skos:prefLabel ?l . FILTER(LANG(?l) = "zh") }'
        )
    )
    return ReferenceFacts(
        zones,
        {k: frozenset(v) for k, v in ancestors.items()},
        {k: frozenset(v) for k, v in prefectures.items()},
        ordinals,
        labelled,
    )


_FACTS: dict[str, ReferenceFacts] = {}
_LOCK = threading.Lock()


def reference_facts() -> ReferenceFacts:
    """The ``ReferenceFacts`` of this process's reference data (built once per data dir)."""
    from kg.graph.reference import reference_quads
    from kg.refdata import load_reference

    ref = load_reference()
    with _LOCK:
        if ref.directory not in _FACTS:
            _FACTS[ref.directory] = read_reference_facts(reference_quads(ref))
        return _FACTS[ref.directory]


def _in_force(row: _ZoneRow, day: date) -> bool:
    """Effective by ``day`` and not ended by then (end compared as ISO text, as the SPARQL did)."""
    return row.effective <= day and (row.end is None or row.end.isoformat() > day.isoformat())


def _computed(claim: Claim, kind: str, facts: ReferenceFacts) -> int:
    day = claim.as_of
    zone_type = _iri(claim.zone_type)
    about = _iri(claim.about)
    if kind == _IN_PLACE:
        return len(
            {
                r.zone
                for r in facts.zones
                if r.type == zone_type
                and about in facts.ancestors.get(r.zone, ())
                and _in_force(r, day)
            }
        )
    if kind in (_NATIONWIDE, _FIRST_BATCHES):
        upto = claim.upto_batch if claim.upto_batch is not None else -1
        return len(
            {
                r.zone
                for r in facts.zones
                if r.type == zone_type
                and _in_force(r, day)
                and (kind != _FIRST_BATCHES or (r.ordinal is not None and r.ordinal <= upto))
            }
        )
    # coverage: prefecture-level divisions of the province without a zone on the day
    divisions = facts.prefectures.get(about, frozenset())
    covered = {
        pref
        for r in facts.zones
        if r.type == _CBEC and _in_force(r, day)
        for pref in divisions
        if pref in facts.ancestors.get(r.zone, ())
    }
    return len(divisions) - len(covered)


def claim_check(claim: Claim, facts: ReferenceFacts) -> tuple[int, str | None] | None:
    """``(computed value, status)`` of one claim; None for a kind claims-check does not list.

    The status is None where the SPARQL gave none (a count claim without a value).
    """
    kind = _iri(claim.kind)
    if kind not in (_IN_PLACE, _NATIONWIDE, _FIRST_BATCHES, _COVERAGE):
        return None
    computed = _computed(claim, kind, facts)
    about = _iri(claim.about)
    unknown_place = about not in facts.zh_labels and kind != _NATIONWIDE
    unknown_batch = claim.upto_batch is not None and claim.upto_batch not in facts.batch_ordinals
    undivided = kind == _COVERAGE and (
        about not in facts.zh_labels or about not in facts.prefectures
    )
    if unknown_place or unknown_batch or undivided:
        return computed, "cannot-check"
    if kind == _COVERAGE:
        return computed, "consistent" if computed == 0 else "inconsistent"
    if claim.value is None:
        return computed, None
    return computed, "consistent" if computed == claim.value else "inconsistent"


def _iri(curie_or_iri: str) -> str:
    """The full IRI of a CURIE (``kgo:ZonesInPlace``) or of an IRI as it is."""
    if curie_or_iri.startswith(("http://", "https://", "urn:")) or not curie_or_iri:
        return curie_or_iri
    return resolve_curie(curie_or_iri)


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_INTEGER)


def _mention_iri(article_iri: str, entity_iri: str) -> str:
    digest = hashlib.md5(entity_iri.encode("utf-8")).hexdigest()  # noqa: S324 — a key, not security
    return f"{article_iri}-m-{digest}"


def mention_node(article_iri: str, entity_iri: str) -> ox.NamedNode:
    """``<article>-m-<MD5 of the entity IRI>``: what SPARQL computes from both IRIs
    (``IRI(CONCAT(STR(?article), "-m-", MD5(STR(?entity))))``) to read its sentences."""
    return ox.NamedNode(_mention_iri(article_iri, entity_iri))


def _nt(iri: str) -> str:
    return "<" + iri + ">"


def _plain_nt(value: str) -> str:
    """A plain literal as pyoxigraph writes it (its own escaping for the rare text needing any)."""
    if _NEEDS_ESCAPE.search(value) is None:
        return '"' + value + '"'
    return str(ox.Literal(value))


def _integer_nt(value: int) -> str:
    return f'"{value}"^^<{_XSD}integer>'


def _literal_value(term: str) -> str:
    """The lexical value of an N-Triples literal (``"text"``, ``"text"@zh``, ``"1"^^<…>``)."""
    text = term[1 : term.rindex('"')]
    if "\\" not in text:
        return text
    parsed = next(ox.parse(f"<urn:x:s> <urn:x:p> {term} .".encode(), format=ox.RdfFormat.N_TRIPLES))
    return str(parsed.object.value)


def _mention_sentences(
    extraction: Extraction, mentioned: list[str], own: Iterable[NtTriple]
) -> list[NtTriple]:
    """One node per mentioned entity, ``<article>-m-<md5>``: ``kgo:mentionIn`` the
    article, ``kgo:mentionOf`` the entity, ``kgo:mentionSentence`` each sentence of an
    annotation of it (``oa:hasBody`` the entity, its target's ``oa:hasSource`` the
    article), or ``""`` when none names it (the queries read that as no sentence)."""
    wanted = set(mentioned)
    article = iris.article_iri(extraction.article.id)
    source = _nt(article)
    bodies: dict[str, list[str]] = defaultdict(list)
    sentences: dict[str, list[str]] = defaultdict(list)
    targets: dict[str, list[str]] = defaultdict(list)
    sources: dict[str, set[str]] = defaultdict(set)
    for s, p, o in own:
        if p == _NT_HAS_BODY and o in wanted:
            bodies[s].append(o)
        elif p == _NT_SENTENCE and o[:1] == '"':
            sentences[s].append(o)
        elif p == _NT_HAS_TARGET:
            targets[s].append(o)
        elif p == _NT_HAS_SOURCE:
            sources[s].add(o)
    said: dict[str, set[str]] = {entity: set() for entity in mentioned}
    for evidence, entities in bodies.items():
        if any(source in sources[t] for t in targets[evidence]):
            for entity in entities:
                said[entity].update(sentences[evidence])
    triples: list[NtTriple] = []
    for entity, found in said.items():
        node = _nt(_mention_iri(article, entity[1:-1]))
        triples += [(node, _NT_MENTION_IN, source), (node, _NT_MENTION_OF, entity)]
        triples += [(node, _NT_MENTION_SENTENCE, s) for s in found or ('""',)]
    return triples


def _quoted_names(article: str, mentioned: list[str], own: Iterable[NtTriple]) -> set[str]:
    """What the article (``<iri>``) calls the entities it mentions: the quotes
    (``oa:exact``) of its annotations whose body is one of them (what ``add_summary``
    reads back as well)."""
    wanted = set(mentioned)
    annotated: set[str] = set()
    targets: dict[str, list[str]] = defaultdict(list)
    selectors: dict[str, list[str]] = defaultdict(list)
    sources: dict[str, set[str]] = defaultdict(set)
    exact: dict[str, list[str]] = defaultdict(list)
    for s, p, o in own:
        if p == _NT_HAS_BODY and o in wanted:
            annotated.add(s)
        elif p == _NT_HAS_TARGET:
            targets[s].append(o)
        elif p == _NT_HAS_SELECTOR:
            selectors[s].append(o)
        elif p == _NT_HAS_SOURCE:
            sources[s].add(o)
        elif p == _NT_EXACT and o[:1] == '"':
            exact[s].append(_literal_value(o))
    return {
        quote
        for evidence in annotated
        for target in targets[evidence]
        if article in sources[target]
        for selector in selectors[target]
        for quote in exact[selector]
    }


def headline_terms(headline: str, names: Iterable[str] = ()) -> list[str]:
    """The words of a headline that ``kgo:headlineTerm`` records, sorted: each run of
    Latin letters and digits, with a letter, of two or more characters (RCEP, 5G), and each of
    ``names`` (what the article calls the entities it mentions: its annotations' quotes)
    that the headline holds.
    """
    terms = {run for run in _LATIN_RUN.findall(headline) if len(run) >= 2}
    terms.update(name for name in names if len(name) >= 2 and name in headline)
    return sorted(terms)


def summary_triples(
    extraction: Extraction,
    mentioned: Iterable[str],
    published: str,
    own: Iterable[NtTriple] = (),
    facts: ReferenceFacts | None = None,
) -> list[NtTriple]:
    """The summary triples of one article (see the module docstring), as N-Triples terms.

    Every term is in its N-Triples form (``<iri>``, ``"text"@zh``), the form
    ``kg.graph.article`` builds the article graph in, so nothing is parsed into term
    objects and back.

    Args:
        extraction: what the article contributes.
        mentioned: the objects of its ``schema:mentions`` (``<iri>``).
        published: its ``schema:datePublished`` literal (N-Triples form).
        own: the article graph's other triples (its annotations).
        facts: the reference facts (default: this process's, ``reference_facts()``).
    """
    mentioned = list(mentioned)
    own = list(own)
    triples: list[NtTriple] = [(entity, _NT_MENTIONED_ON, published) for entity in mentioned]
    triples += _mention_sentences(extraction, mentioned, own)
    article = _nt(iris.article_iri(extraction.article.id))
    triples += [
        (article, _NT_HEADLINE_TERM, _plain_nt(term))
        for term in headline_terms(extraction.article.title, _quoted_names(article, mentioned, own))
    ]
    key = _integer_nt(int(extraction.article.id[:15], 16))
    for obs in extraction.observations:
        subject = _nt(_iri(obs.iri))
        triples.append((subject, _NT_OBSERVATION_KEY, key))
        rank = observation_rank(_iri(obs.iri))
        if rank is not None:
            triples.append((subject, _NT_OBSERVATION_RANK, _integer_nt(rank)))
    if extraction.claims:
        facts = facts or reference_facts()
        for claim in extraction.claims:
            checked = claim_check(claim, facts)
            if checked is None:
                continue
            subject = _nt(_iri(claim.iri))
            computed, status = checked
            triples.append((subject, _NT_CHECKED_VALUE, _integer_nt(computed)))
            triples.append((subject, _NT_SORT_KEY, key))
            if status is not None:
                triples.append((subject, _NT_CHECK_STATUS, _plain_nt(status)))
    return triples


def observation_rank(observation_iri: str) -> int | None:
    """``kgo:observationRank``: the last 13 hex digits of an observation IRI kg wrote
    (``…/obs/<16 hex article id>-<12 hex>``) as an integer; None for another IRI.

    With ``kgo:observationKey`` (the article id's first 15 hex digits) it orders an
    article's observations as their IRIs sort: the two integers are the IRI's 28 hex
    digits cut in two, each fitting the 64-bit integers Oxigraph stores inline.
    """
    found = _OBS_TAIL.fullmatch(observation_iri.rsplit("/", 1)[-1])
    return None if found is None else int(found.group(1) + found.group(2), 16)


def _article_key(article_iri: str) -> int:
    """``kgo:sortKey``: the first 15 hex digits of the article id (a hash of a non-hex id)."""
    tail = article_iri.rsplit("/", 1)[-1]
    try:
        return int(tail[:15], 16)
    except ValueError:
        return int(hashlib.sha1(tail.encode("utf-8")).hexdigest()[:15], 16)  # noqa: S324


def add_summary(store: ox.Store) -> int:
    """Add the summary facts to a store that lacks them; return how many quads were added.

    For a graph that ``kg build`` did not write (written by hand, or by a kg before the
    summary facts): the same facts the build emits, each in the graph of the article or
    claim it derives from (the default graph when that is not a named graph), computed
    from the store itself (its reference facts are read from the union of its graphs).
    Meant for small graphs: it reads every claim and mention of the store.
    """
    union = ox.Store()
    union.extend(ox.Quad(q.subject, q.predicate, q.object) for q in store)
    facts = _facts_of(union)
    graph_of = {  # the named graph stating a claim's or an article's provenance
        q.subject: q.graph_name
        for p in (_PROV + "wasDerivedFrom", _SCHEMA + "datePublished")
        for q in store.quads_for_pattern(None, ox.NamedNode(p), None)
        if not isinstance(q.graph_name, ox.DefaultGraph)
    }
    added: list[ox.Quad] = []
    for article, entity, published in _solutions(
        union,
        "SELECT DISTINCT ?a ?e ?d WHERE { ?a schema:mentions ?e ; schema:datePublished ?d }",
    ):
        added.append(ox.Quad(entity, _MENTIONED_ON, published, graph_of.get(article, _DEFAULT)))
    for article, entity, sentence in _solutions(
        union,
        """SELECT DISTINCT ?a ?e ?s WHERE { ?a schema:mentions ?e .
             OPTIONAL { ?ev oa:hasBody ?e ; kgo:sentence ?s ; oa:hasTarget/oa:hasSource ?a } }""",
    ):
        node, graph = mention_node(article.value, entity.value), graph_of.get(article, _DEFAULT)
        added += [
            ox.Quad(node, _MENTION_IN, article, graph),
            ox.Quad(node, _MENTION_OF, entity, graph),
            ox.Quad(node, _MENTION_SENTENCE, sentence or _NO_SENTENCE, graph),
        ]
    added += _headline_quads(union, graph_of)
    for obs, article in _solutions(
        union,
        """SELECT DISTINCT ?o ?a WHERE { ?o a schema:Observation .
             OPTIONAL { ?o prov:wasDerivedFrom ?a } }""",
    ):
        key = _article_key((article or obs).value)
        added.append(ox.Quad(obs, _OBSERVATION_KEY, _integer(key), graph_of.get(obs, _DEFAULT)))
        rank = observation_rank(obs.value)
        if rank is not None:
            added.append(
                ox.Quad(obs, _OBSERVATION_RANK, _integer(rank), graph_of.get(obs, _DEFAULT))
            )
    for row in _solutions(
        union,
        """SELECT ?claim ?kind ?about ?type ?asOf ?value ?upto ?article ?pub WHERE {
             ?claim kgo:claimKind ?kind .
             OPTIONAL { ?claim kgo:claimAbout ?about } OPTIONAL { ?claim kgo:aboutZoneType ?type }
             OPTIONAL { ?claim kgo:asOfDate ?asOf } OPTIONAL { ?claim kgo:claimedValue ?value }
             OPTIONAL { ?claim kgo:uptoBatch ?upto }
             OPTIONAL { ?claim prov:wasDerivedFrom ?article .
                        OPTIONAL { ?article schema:datePublished ?pub } } }""",
    ):
        added += _claim_quads(row, facts, graph_of)
    if has_default_graph(store):  # the store keeps the union in its default graph: add there too
        added += [
            ox.Quad(q.subject, q.predicate, q.object) for q in added if q.graph_name != _DEFAULT
        ]
    unique = list(dict.fromkeys(added))
    store.extend(unique)
    return len(unique)


_PROV = "http://www.w3.org/ns/prov#"
_SCHEMA = "https://schema.org/"
_DEFAULT = ox.DefaultGraph()


def _solutions(store: ox.Store, sparql: str) -> Iterator[tuple[Any, ...]]:
    answer = store.query(sparql, prefixes=dict(PREFIXES))
    assert isinstance(answer, ox.QuerySolutions)
    variables = answer.variables
    for solution in answer:
        yield tuple(solution[v] for v in variables)


def _headline_quads(union: ox.Store, graph_of: dict[Any, Any]) -> list[ox.Quad]:
    """``kgo:headlineTerm`` of every headline, the names being the quotes of the
    article's annotations of what it mentions (``add_summary``)."""
    headlines: dict[Any, str] = {}
    names: dict[Any, set[str]] = defaultdict(set)
    for article, headline, name in _solutions(
        union,
        """SELECT ?a ?h ?n WHERE { ?a schema:headline ?h .
             OPTIONAL { ?a schema:mentions ?e . ?ev oa:hasBody ?e ;
                          oa:hasTarget [ oa:hasSource ?a ; oa:hasSelector/oa:exact ?n ] } }""",
    ):
        headlines[article] = headline.value
        if name is not None:
            names[article].add(name.value)
    return [
        ox.Quad(article, _HEADLINE_TERM, ox.Literal(term), graph_of.get(article, _DEFAULT))
        for article, headline in headlines.items()
        for term in headline_terms(headline, names[article])
    ]


def _claim_quads(
    row: tuple[Any, ...], facts: ReferenceFacts, graph_of: dict[Any, Any]
) -> list[ox.Quad]:
    """The summary quads of one claim row of ``add_summary``'s claim query."""
    claim, kind, about, zone_type, as_of, value, upto, article, published = row
    day = _value(as_of) if as_of is not None else None
    if day is None and published is not None:
        day = date.fromisoformat(published.value[:10])
    if not isinstance(day, date):
        return []
    model = Claim(
        iri=claim.value,
        kind=kind.value,
        about=about.value if about is not None else "",
        as_of=day,
        evidence=None,  # type: ignore[arg-type]  # not read by claim_check
        value=int(value.value) if value is not None else None,
        upto_batch=int(upto.value) if upto is not None else None,
        zone_type=zone_type.value if zone_type is not None else _CBEC,
    )
    checked = claim_check(model, facts)
    if checked is None:
        return []
    graph = graph_of.get(claim, _DEFAULT)
    key = _article_key(article.value) if article is not None else _article_key(claim.value)
    quads = [
        ox.Quad(claim, _CHECKED_VALUE, _integer(checked[0]), graph),
        ox.Quad(claim, _SORT_KEY, _integer(key), graph),
    ]
    if checked[1] is not None:
        quads.append(ox.Quad(claim, _CHECK_STATUS, ox.Literal(checked[1]), graph))
    return quads
