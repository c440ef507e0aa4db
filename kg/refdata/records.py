"""Frozen records of the reference data (one per TSV row) and the ``Reference`` bundle."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date

from kg import iris

__all__ = [
    "CONFIDENCE_VALUES",
    "PLACE_STATUSES",
    "Batch",
    "Document",
    "Org",
    "Place",
    "Reference",
    "Zone",
    "normalise_name",
]

#: What ``confidence`` may say of a zone, batch, document or revocation row (kgo:confidence).
CONFIDENCE_VALUES = ("confirmed", "single-source", "unconfirmed")

#: Place levels, highest first; a name shared by two places resolves to the higher one.
LEVELS = ("country", "province", "prefecture", "county", "special")

#: Place statuses: a division that exists, or one abolished since (kept for older articles).
PLACE_STATUSES = ("current", "abolished")


def normalise_name(name: str) -> str:
    """Key for name lookups: NFKC, no spaces, case-folded (``"Jinhua "`` → ``"jinhua"``)."""
    return "".join(unicodedata.normalize("NFKC", name).split()).casefold()


@dataclass(frozen=True, slots=True)
class Place:
    """A place: China, a province/prefecture/county-level division, or a special area.

    ``code`` is the GB/T 2260 code (``"330700"``), ``"156"`` for China, or ``"x-<slug>"``.
    ``level`` is one of ``country``, ``province``, ``prefecture``, ``county``, ``special``.
    ``longitude``/``latitude`` are decimal degrees (WGS-84 as cpca gives them), None when
    the row has none (China, special areas). ``status`` is ``current`` or ``abolished`` (a
    county-level division of GB/T 2260 abolished since: kept so older articles still link,
    ``replaced_by`` naming the current divisions that took over its area).
    """

    code: str
    level: str
    name_zh: str
    name_en: str
    aliases_zh: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    parent: str | None = None
    notations: tuple[str, ...] = ()  # ISO 3166 codes of a country (alpha-2, alpha-3, numeric)
    longitude: float | None = None
    latitude: float | None = None
    status: str = "current"
    replaced_by: tuple[str, ...] = ()

    @property
    def iri(self) -> str:
        """The place IRI, ``kgr:place/<code>`` (``place/iso-usa`` for a country)."""
        return iris.place_iri(self.code)

    @property
    def current(self) -> bool:
        """Whether the division still exists (``status`` is not ``abolished``)."""
        return self.status != "abolished"

    @property
    def names(self) -> tuple[str, ...]:
        """Every name it is known by: Chinese and English names and aliases."""
        return (self.name_zh, self.name_en, *self.aliases_zh, *self.aliases_en)


@dataclass(frozen=True, slots=True)
class Org:
    """An organisation (government body or medium), keyed by its slug (``"mofcom"``)."""

    slug: str
    kind: str  # "government" | "media" | "organisation" | "international"
    name_zh: str
    name_en: str
    aliases_zh: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    parent: str | None = None  # slug of the body it is part of (org:subOrganizationOf)
    place: str | None = None  # place code of its jurisdiction

    @property
    def iri(self) -> str:
        """The organisation IRI, ``kgr:org/<slug>``."""
        return iris.org_iri(self.slug)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name it is known by."""
        return (self.name_zh, self.name_en, *self.aliases_zh, *self.aliases_en)


@dataclass(frozen=True, slots=True)
class Document:
    """A policy document; ``slug`` is the number slug (``guohan-2022-8``) or empty."""

    slug: str
    number: str | None
    title_zh: str
    title_en: str
    doc_type: str  # 批复, 意见, 通知 …
    issuers: tuple[str, ...]  # org slugs
    signature_date: date | None = None
    publication_date: date | None = None
    zone_type: str | None = None  # CURIE of the zone class it establishes, if any
    confidence: str | None = None
    aliases_zh: tuple[str, ...] = ()  # other names (RCEP for 区域全面经济伙伴关系协定)
    aliases_en: tuple[str, ...] = ()

    @property
    def iri(self) -> str:
        """``kgr:doc/<slug>``, or ``kgr:doc/t-<hash of the normalised title>`` without a number."""
        if self.slug:
            return iris.doc_iri(self.slug, is_number_slug=True)
        return iris.doc_iri(iris.normalise_title(self.title_zh), is_number_slug=False)

    @property
    def effective_date(self) -> date | None:
        """Signature date when known, else publication date (ONTOLOGY: kgo:effectiveDate)."""
        return self.signature_date or self.publication_date


@dataclass(frozen=True, slots=True)
class Batch:
    """One approval round of a zone kind (``cbec``), with its counts and document."""

    ordinal: int
    kind: str
    label_zh: str
    label_en: str
    document: str  # document slug
    zone_count: int
    cumulative_total: int
    confidence: str | None = None
    note: str = ""

    @property
    def iri(self) -> str:
        """``kgr:batch/<kind>-<ordinal>``."""
        return iris.batch_iri(self.kind, self.ordinal)


@dataclass(frozen=True, slots=True)
class Zone:
    """A pilot zone hosted by one place; ``batch`` is None only in broken data.

    A zone that was revoked carries the ending (from ``revocations.tsv``): ``end_date``
    (the first day it no longer exists), ``ended_by`` (slug of the document that ended
    it), ``absorbed_into`` (place codes of the zones of the same kind that took it
    over) and ``end_confidence``; ``end_note`` says what the sources say.
    """

    kind: str
    place_code: str
    name_zh: str
    name_en: str
    alias_zh: str
    alias_en: str
    province_code: str
    batch: int | None
    confidence: str | None = None  # one of CONFIDENCE_VALUES, or None when not stated
    status_note: str = ""
    end_date: date | None = None
    ended_by: str | None = None
    absorbed_into: tuple[str, ...] = ()
    end_confidence: str | None = None
    end_note: str = ""

    @property
    def iri(self) -> str:
        """``kgr:zone/<kind>-<place code>``."""
        return iris.zone_iri(self.kind, self.place_code)

    def in_force(self, day: date, effective: date | None) -> bool:
        """Whether the zone exists on ``day``: ``effective <= day < end_date``.

        Args:
            day: the date to look at.
            effective: the zone's effective date (its batch document's), None if unknown.

        Returns:
            False before the effective date, on and after the end date, or when the
            effective date is unknown.
        """
        if effective is None or effective > day:
            return False
        return self.end_date is None or day < self.end_date


@dataclass(frozen=True, slots=True)
class Reference:
    """Everything in ``data/reference/``, with name lookups.

    Dicts are keyed: places by code, orgs by slug, batches by ordinal, documents by IRI,
    zones by IRI. Treat them as read-only (the object is shared through a cache).
    """

    places: dict[str, Place]
    orgs: dict[str, Org]
    batches: dict[int, Batch]
    documents: dict[str, Document]
    zones: dict[str, Zone]
    directory: str = ""
    duplicates: tuple[str, ...] = ()  # keys seen on more than one row (validate_reference reports)
    _place_names: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _org_names: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _zones_by_place: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)

    def places_by_name(self, name: str) -> tuple[Place, ...]:
        """Every place called ``name`` (Chinese, English or alias), highest level first.

        Args:
            name: a name such as ``"金华"``, ``"金华市"`` or ``"Jinhua"``.

        Returns:
            The matching places; empty when none.
        """
        return tuple(self.places[c] for c in self._place_names.get(normalise_name(name), ()))

    def place_by_name(self, name: str) -> Place | None:
        """The place called ``name``; the highest-level one if several share it.

        Args:
            name: a name such as ``"金华"``, ``"金华市"`` or ``"Jinhua"``.

        Returns:
            The place, or None when no place has that name.
        """
        found = self.places_by_name(name)
        return found[0] if found else None

    def org_by_name(self, name: str) -> Org | None:
        """The organisation called ``name`` (``"商务部"``, ``"MOFCOM"``, ``"发改委"``).

        Args:
            name: a Chinese or English name or alias.

        Returns:
            The organisation, or None.
        """
        slugs = self._org_names.get(normalise_name(name), ())
        return self.orgs[slugs[0]] if slugs else None

    def zone_for_place(self, code: str, kind: str = "cbec") -> Zone | None:
        """The zone of ``kind`` hosted by the place with ``code`` (not by places inside it).

        Args:
            code: place code, e.g. ``"330700"``.
            kind: zone kind prefix, ``"cbec"`` by default.

        Returns:
            The zone, or None when the place hosts none.
        """
        zone_iri = self._zones_by_place.get((kind, code))
        return self.zones[zone_iri] if zone_iri else None

    def zone_effective_date(self, zone: Zone) -> date | None:
        """The date ``zone`` took effect: the effective date of its batch's document.

        Args:
            zone: a zone of this reference.

        Returns:
            The date, or None when the batch or its document is unknown or undated.
        """
        batch = self.batches.get(zone.batch) if zone.batch is not None else None
        if batch is None:
            return None
        doc = next((d for d in self.documents.values() if d.slug == batch.document), None)
        return doc.effective_date if doc is not None else None

    def zones_in_force(self, day: date, kind: str = "cbec") -> tuple[Zone, ...]:
        """The zones of ``kind`` that exist on ``day`` (effective date <= day < end date).

        Args:
            day: the date to look at.
            kind: zone kind prefix, ``"cbec"`` by default.

        Returns:
            The zones, sorted by IRI.
        """
        return tuple(
            self.zones[i]
            for i in sorted(self.zones)
            if self.zones[i].kind == kind
            and self.zones[i].in_force(day, self.zone_effective_date(self.zones[i]))
        )

    def ancestors(self, code: str) -> tuple[Place, ...]:
        """The places that contain place ``code``, nearest first (prefecture, province, China).

        Args:
            code: place code.

        Returns:
            The chain of parents; stops at an unknown code.
        """
        chain: list[Place] = []
        seen = {code}
        place = self.places.get(code)
        while place is not None and place.parent and place.parent not in seen:
            seen.add(place.parent)
            place = self.places.get(place.parent)
            if place is not None:
                chain.append(place)
        return tuple(chain)
