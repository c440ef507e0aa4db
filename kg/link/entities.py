"""``Entity`` records for every IRI an extraction uses (reference or new)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kg import iris
from kg.model import Entity, Literal, Mention, Relation
from kg.nlp.lexicon import PLACE_LABEL_BY_LEVEL
from kg.refdata.records import Reference

__all__ = ["build_entities"]

_ROLE_LABELS = {"spokesperson": "新闻发言人"}
_ZONE_TYPES = {
    "cbec": ("kgo:CrossBorderEcommerceZone", "kgo:PilotZone", "schema:Place"),
    "ftz": ("kgo:FreeTradeZone", "kgo:PilotZone", "schema:Place"),
    "bonded": ("kgo:ComprehensiveBondedZone", "kgo:PilotZone", "schema:Place"),
}


def _local(iri: str) -> str:
    return iri[len(iris.KGR) :] if iri.startswith(iris.KGR) else iri


def _reference_entity(iri: str, reference: Reference) -> Entity | None:
    family, _, key = _local(iri).partition("/")
    if family == "place" and key in reference.places:
        place = reference.places[key]
        label = PLACE_LABEL_BY_LEVEL.get(place.level, "SpecialArea")
        kind = "schema:Country" if label == "Country" else f"kgo:{label}"
        return Entity(iri, (kind, "schema:Place"), ((place.name_zh, "zh"), (place.name_en, "en")))
    if family == "org" and key in reference.orgs:
        org = reference.orgs[key]
        kind = (
            "schema:GovernmentOrganization" if org.kind == "government" else "schema:Organization"
        )
        return Entity(iri, (kind, "org:Organization"), ((org.name_zh, "zh"), (org.name_en, "en")))
    if family == "zone" and iri in reference.zones:
        zone = reference.zones[iri]
        return Entity(
            iri,
            _ZONE_TYPES.get(zone.kind, ("kgo:PilotZone",)),
            ((zone.name_zh, "zh"), (zone.name_en, "en")),
        )
    if family == "doc" and iri in reference.documents:
        doc = reference.documents[iri]
        return Entity(iri, ("schema:Legislation",), ((doc.title_zh, "zh"), (doc.title_en, "en")))
    if family == "batch":
        for batch in reference.batches.values():
            if batch.iri == iri:
                return Entity(
                    iri, ("kgo:PilotZoneBatch",), ((batch.label_zh, "zh"), (batch.label_en, "en"))
                )
    return None


#: the official name of a zone of a kind, from its host place's short name
_ZONE_NAMES = {"ftz": "中国（{}）自由贸易试验区", "cbec": "中国（{}）跨境电子商务综合试验区"}


def _zone_name(kind: str, code: str, reference: Reference) -> str | None:
    """中国（山东）自由贸易试验区 for ``ftz``/``370000`` when no mention names the zone (a
    relation set it up: 同意在山东、江苏…设立自由贸易试验区); None for other kinds."""
    place = reference.places.get(code)
    if place is None or kind not in _ZONE_NAMES:
        return None
    short = min((n for n in (place.name_zh, *place.aliases_zh) if len(n) >= 2), key=len)
    return _ZONE_NAMES[kind].format(short)


def _new_entity(iri: str, mention: Mention | None, reference: Reference) -> Entity:
    family, _, key = _local(iri).partition("/")
    text = mention.text if mention is not None else key
    if family == "doc":
        title = text.strip("《》")
        return Entity(iri, ("schema:Legislation",), ((title, "zh"),), in_reference=False)
    if family == "person":
        return Entity(
            iri,
            ("schema:Person",),
            ((text, "zh"),),
            in_reference=False,
            facts=(("schema:name", Literal(text, lang="zh")),),
        )
    if family == "post":
        org_slug, _, role = key.rpartition("-")
        org = reference.orgs.get(org_slug)
        org_name = org.name_zh if org is not None else org_slug
        label = f"{org_name}{_ROLE_LABELS.get(role, role)}"
        return Entity(
            iri,
            ("org:Post",),
            ((label, "zh"),),
            in_reference=False,
            facts=(("org:postIn", iris.org_iri(org_slug)),),
        )
    if family == "zone":
        kind, _, code = key.partition("-")
        if mention is None:
            text = _zone_name(kind, code, reference) or text
        return Entity(
            iri, _ZONE_TYPES.get(kind, ("kgo:PilotZone",)), ((text, "zh"),), in_reference=False
        )
    return Entity(iri, ("schema:Thing",), ((text, "zh"),), in_reference=False)


def build_entities(
    mentions: Sequence[Mention],
    relations: Iterable[Relation],
    reference: Reference,
    *,
    extra: Iterable[Entity] = (),
) -> tuple[Entity, ...]:
    """Return one ``Entity`` per IRI used by a mention or a relation (not articles).

    Args:
        mentions: linked mentions.
        relations: extracted relations (their IRI subjects and objects).
        reference: the reference data; IRIs found there get ``in_reference=True``.
        extra: entities built elsewhere (editor with work code); they win.

    Returns:
        Entities sorted by IRI.
    """
    first_mention: dict[str, Mention] = {}
    for mention in mentions:
        if mention.iri is not None:
            first_mention.setdefault(mention.iri, mention)
    used = set(first_mention)
    for relation in relations:
        used.add(relation.subject)
        if isinstance(relation.object, str):
            used.add(relation.object)
    chosen: dict[str, Entity] = {entity.iri: entity for entity in extra}
    for iri in sorted(used):
        if iri in chosen or _local(iri).startswith("article/"):
            continue
        entity = _reference_entity(iri, reference)
        chosen[iri] = (
            entity if entity is not None else _new_entity(iri, first_mention.get(iri), reference)
        )
    return tuple(chosen[iri] for iri in sorted(chosen))
