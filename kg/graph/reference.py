"""RDF of the reference data: ``reference_quads(ref)`` in graph ``kgr:graph/reference``.

Shapes follow ``ontology/README.md`` ("Resource shapes"): explicit types with their
superclasses, ``skos:prefLabel`` in @zh and @en, ``skos:altLabel`` for short forms,
plain strings without ``^^xsd:string``, counts as ``xsd:integer``, dates as ``xsd:date``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pyoxigraph as ox

from kg.graph.terms import node
from kg.iris import REFERENCE_GRAPH
from kg.refdata import Batch, Document, Org, Place, Reference, Zone

__all__ = ["reference_quads"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER = ox.NamedNode(_XSD + "integer")
_DATE = ox.NamedNode(_XSD + "date")
_DECIMAL = ox.NamedNode(_XSD + "decimal")

_PLACE_TYPES = {
    "country": ("schema:Country", "schema:Place"),
    "province": ("kgo:Province", "schema:AdministrativeArea", "schema:Place"),
    "prefecture": ("kgo:Prefecture", "schema:AdministrativeArea", "schema:Place"),
    "county": ("kgo:County", "schema:AdministrativeArea", "schema:Place"),
    "special": ("kgo:SpecialArea", "schema:Place"),
}
_ORG_TYPES = {
    "government": ("schema:GovernmentOrganization", "schema:Organization", "org:Organization"),
    "media": ("schema:NewsMediaOrganization", "schema:Organization", "org:Organization"),
    "organisation": ("schema:Organization", "org:Organization"),
    "international": ("kgo:InternationalOrganization", "schema:Organization", "org:Organization"),
}
_ZONE_TYPES = {"cbec": ("kgo:CrossBorderEcommerceZone", "kgo:PilotZone", "schema:Place")}
_BATCH_TYPES = ("kgo:PilotZoneBatch", "prov:Collection", "prov:Entity")
_DOC_TYPES = ("schema:Legislation",)

_Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]


def _zh(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh")


def _en(text: str) -> ox.Literal:
    return ox.Literal(text, language="en")


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_INTEGER)


def _decimal(value: float) -> ox.Literal:
    """An ``xsd:decimal`` in plain notation, at most 6 decimals (cpca's precision)."""
    return ox.Literal(f"{value:.6f}".rstrip("0").rstrip("."), datatype=_DECIMAL)


def _date(value: date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=_DATE)


def _labels(
    s: ox.NamedNode, zh: str, en: str, alt_zh: tuple[str, ...] = (), alt_en: tuple[str, ...] = ()
) -> Iterator[_Triple]:
    yield s, node("skos:prefLabel"), _zh(zh)
    yield s, node("skos:prefLabel"), _en(en)
    for alias in alt_zh:
        yield s, node("skos:altLabel"), _zh(alias)
    for alias in alt_en:
        yield s, node("skos:altLabel"), _en(alias)


def _types(s: ox.NamedNode, curies: tuple[str, ...]) -> Iterator[_Triple]:
    for curie in curies:
        yield s, node("rdf:type"), node(curie)


def _confidence(s: ox.NamedNode, confidence: str | None) -> Iterator[_Triple]:
    if confidence:
        yield s, node("kgo:confidence"), ox.Literal(confidence)


def _place_triples(place: Place) -> Iterator[_Triple]:
    s = ox.NamedNode(place.iri)
    yield from _types(s, _PLACE_TYPES[place.level])
    yield from _labels(s, place.name_zh, place.name_en, place.aliases_zh, place.aliases_en)
    if place.level in {"province", "prefecture", "county"}:
        yield s, node("skos:notation"), ox.Literal(place.code, datatype=node("kgo:adcode"))
    for code in place.notations:  # ISO 3166-1 alpha-2, alpha-3, numeric
        yield s, node("skos:notation"), ox.Literal(code, datatype=node("kgo:iso3166"))
    if place.parent:
        yield s, node("schema:containedInPlace"), ox.NamedNode(Place(place.parent, "", "", "").iri)
    if place.latitude is not None and place.longitude is not None:
        yield s, node("schema:latitude"), _decimal(place.latitude)
        yield s, node("schema:longitude"), _decimal(place.longitude)
    for code in place.replaced_by:  # an abolished division: the current ones that replaced it
        yield s, node("dcterms:isReplacedBy"), ox.NamedNode(Place(code, "", "", "").iri)


def _org_triples(org: Org, ref: Reference) -> Iterator[_Triple]:
    s = ox.NamedNode(org.iri)
    yield from _types(s, _ORG_TYPES[org.kind])
    yield from _labels(s, org.name_zh, org.name_en, org.aliases_zh, org.aliases_en)
    if org.parent:
        yield (
            s,
            node("org:subOrganizationOf"),
            ox.NamedNode(
                ref.orgs[org.parent].iri
                if org.parent in ref.orgs
                else Org(org.parent, "", "", "").iri
            ),
        )
    if org.place and org.place in ref.places:
        yield s, node("schema:areaServed"), ox.NamedNode(ref.places[org.place].iri)


def _doc_triples(doc: Document, zones: list[Zone], ref: Reference) -> Iterator[_Triple]:
    s = ox.NamedNode(doc.iri)
    yield from _types(s, _DOC_TYPES)
    yield from _labels(s, doc.title_zh, doc.title_en, doc.aliases_zh, doc.aliases_en)
    yield s, node("schema:name"), _zh(doc.title_zh)
    if doc.number:
        yield s, node("schema:legislationIdentifier"), ox.Literal(doc.number)
        yield s, node("kgo:documentNumber"), ox.Literal(doc.number)
    if doc.doc_type:
        yield s, node("schema:legislationType"), _zh(doc.doc_type)
    for slug in doc.issuers:
        yield s, node("schema:legislationPassedBy"), ox.NamedNode(Org(slug, "", "", "").iri)
    if doc.signature_date:
        yield s, node("schema:legislationDate"), _date(doc.signature_date)
    if doc.publication_date:
        yield s, node("schema:datePublished"), _date(doc.publication_date)
    if doc.effective_date:
        yield s, node("kgo:effectiveDate"), _date(doc.effective_date)
    if doc.zone_type:
        yield s, node("kgo:zoneType"), node(doc.zone_type)
    for zone in zones:
        yield s, node("kgo:establishes"), ox.NamedNode(zone.iri)
    yield from _confidence(s, doc.confidence)


def _batch_doc(batch: Batch, ref: Reference) -> Document | None:
    return next((d for d in ref.documents.values() if d.slug == batch.document), None)


def _batch_triples(batch: Batch, ref: Reference) -> Iterator[_Triple]:
    s = ox.NamedNode(batch.iri)
    yield from _types(s, _BATCH_TYPES)
    yield from _labels(s, batch.label_zh, batch.label_en)
    yield s, node("kgo:batchOrdinal"), _int(batch.ordinal)
    yield s, node("kgo:zoneCount"), _int(batch.zone_count)
    yield s, node("kgo:cumulativeZoneCount"), _int(batch.cumulative_total)
    doc = _batch_doc(batch, ref)
    if doc is not None:
        yield s, node("kgo:establishedBy"), ox.NamedNode(doc.iri)
        if doc.effective_date:
            yield s, node("kgo:effectiveDate"), _date(doc.effective_date)
    yield from _confidence(s, batch.confidence)


def _zone_triples(zone: Zone, ref: Reference) -> Iterator[_Triple]:
    s = ox.NamedNode(zone.iri)
    yield from _types(s, _ZONE_TYPES[zone.kind])
    yield from _labels(s, zone.name_zh, zone.name_en, (zone.alias_zh,), (zone.alias_en,))
    yield s, node("schema:containedInPlace"), ox.NamedNode(Place(zone.place_code, "", "", "").iri)
    yield s, node("kgo:hostProvince"), ox.NamedNode(Place(zone.province_code, "", "", "").iri)
    batch = ref.batches.get(zone.batch) if zone.batch is not None else None
    if zone.batch is not None:
        yield (
            s,
            node("kgo:inBatch"),
            ox.NamedNode(Batch(zone.batch, zone.kind, "", "", "", 0, 0).iri),
        )
    doc = _batch_doc(batch, ref) if batch else None
    if doc is not None:
        for slug in doc.issuers:
            yield s, node("kgo:approvedBy"), ox.NamedNode(Org(slug, "", "", "").iri)
        if doc.effective_date:
            yield s, node("kgo:effectiveDate"), _date(doc.effective_date)
    yield from _confidence(s, zone.confidence)
    if zone.status_note:
        yield s, node("skos:note"), _en(zone.status_note)
    if zone.end_date is not None:
        yield from _ending_triples(s, zone, ref)


def _ending_triples(s: ox.NamedNode, zone: Zone, ref: Reference) -> Iterator[_Triple]:
    """The end of a revoked zone: date, ending document, absorbing zones, confidence, note."""
    assert zone.end_date is not None
    yield s, node("kgo:endDate"), _date(zone.end_date)
    doc = next((d for d in ref.documents.values() if d.slug == zone.ended_by), None)
    if doc is not None:
        yield s, node("kgo:endedBy"), ox.NamedNode(doc.iri)
    for code in zone.absorbed_into:
        successor = ref.zone_for_place(code, zone.kind)
        if successor is not None:
            yield s, node("kgo:absorbedInto"), ox.NamedNode(successor.iri)
    if zone.end_confidence:
        yield s, node("kgo:endConfidence"), ox.Literal(zone.end_confidence)
    if zone.end_note:
        yield s, node("skos:note"), _en(zone.end_note)


def _all_triples(ref: Reference) -> Iterator[_Triple]:
    for place in ref.places.values():
        yield from _place_triples(place)
    for org in ref.orgs.values():
        yield from _org_triples(org, ref)
    by_doc: dict[str, list[Zone]] = {}
    for zone in ref.zones.values():
        batch = ref.batches.get(zone.batch) if zone.batch is not None else None
        if batch is not None:
            by_doc.setdefault(batch.document, []).append(zone)
    for doc in ref.documents.values():
        yield from _doc_triples(doc, by_doc.get(doc.slug, []) if doc.slug else [], ref)
    for batch in ref.batches.values():
        yield from _batch_triples(batch, ref)
    for zone in ref.zones.values():
        yield from _zone_triples(zone, ref)


def reference_quads(ref: Reference) -> list[ox.Quad]:
    """The reference graph as quads in ``kgr:graph/reference``, sorted and without duplicates.

    Args:
        ref: the loaded reference data (``kg.refdata.load_reference()``).

    Returns:
        Quads for places, organisations, documents, batches and zones, shaped as
        ``ontology/README.md`` describes; the same input always gives the same list.

    Raises:
        OntologyError: a ``kgo:`` term used here is missing from the TBox.
    """
    graph = ox.NamedNode(REFERENCE_GRAPH)
    quads = {ox.Quad(s, p, o, graph) for s, p, o in _all_triples(ref)}
    return sorted(quads, key=lambda q: (str(q.subject), str(q.predicate), str(q.object)))
