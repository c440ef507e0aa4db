"""Check each article's ``kgo:Claim`` against the reference facts as of the claim's date.

A claim is checked as of its ``kgo:asOfDate`` (the article's publication date, unless
the article names another), or as of the date the caller passes. Only zones whose
``kgo:effectiveDate`` (else their batch's) is on or before that date, and whose
``kgo:endDate`` (if revoked) is after it, count, so the same sentence
"全国跨境电商综试区已达132个" is consistent in April 2022 and inconsistent in 2023, when
there were 165; and "165" is consistent in 2023 and inconsistent after 2025-04-25, when
batch 8 added 16 zones and revoked 3 (178).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.check._sparql import (
    PREFIX_BLOCK,
    as_store,
    bound_query,
    iri,
    label_of,
    local_name,
    select,
)
from kg.iris import KGO

if TYPE_CHECKING:
    from kg.query import KnowledgeGraph

__all__ = [
    "CANNOT_CHECK",
    "CONSISTENT",
    "INCONSISTENT",
    "ClaimCheck",
    "check_claims",
]

CONSISTENT = "consistent"
INCONSISTENT = "inconsistent"
CANNOT_CHECK = "cannot-check"

DEFAULT_ZONE_TYPE = KGO + "CrossBorderEcommerceZone"
_PROVINCE = KGO + "Province"


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """The verdict on one ``kgo:Claim``.

    ``computed_value`` is what the graph gives as of ``as_of``: a zone count, or for
    ``ProvinceCoverage`` the number of prefecture-level divisions that host a zone
    (``claimed_value`` is then None: the article claims "all"). ``query`` is the
    SPARQL text that computed the value, runnable as it is. ``unconfirmed`` is how
    many counted zones carry ``kgo:confidence "unconfirmed"``, ``single_source`` how
    many carry ``"single-source"``; ``note`` says why a claim cannot be checked, what is
    missing, or that such zones were counted.
    """

    claim: str
    kind: str  # ClaimKind local name: ZonesInPlace, ZonesNationwide, ...
    about: str | None
    about_label: str | None
    claimed_value: int | None
    computed_value: int | None
    status: str  # CONSISTENT | INCONSISTENT | CANNOT_CHECK
    sentence: str | None
    article: str | None
    source_file: str | None
    as_of: date | None
    query: str
    upto_batch: int | None = None
    zone_type: str = DEFAULT_ZONE_TYPE
    unconfirmed: int = 0
    note: str = ""
    single_source: int = 0


@dataclass(frozen=True, slots=True)
class _ClaimRow:
    """A claim as read from the store, before checking."""

    claim: str
    kind: str | None
    about: str | None
    zone_type: str
    value: int | Decimal | None
    upto_batch: int | None
    as_of: date | None
    article: str | None
    source_file: str | None
    sentence: str | None


@dataclass(frozen=True, slots=True)
class _Computed:
    """What a rule computed: value, status, note, query, unconfirmed and single-source counts."""

    value: int | None
    status: str
    query: str
    note: str = ""
    unconfirmed: int = 0
    single_source: int = 0


_CLAIMS_QUERY = (
    PREFIX_BLOCK
    + """SELECT ?claim ?kind ?about ?zoneType ?value ?upto ?asOf ?article ?published
       ?file ?sentence ?start
WHERE {
  ?claim a kgo:Claim .
  OPTIONAL { ?claim kgo:claimKind ?kind }
  OPTIONAL { ?claim kgo:claimAbout ?about }
  OPTIONAL { ?claim kgo:aboutZoneType ?zoneType }
  OPTIONAL { ?claim kgo:claimedValue ?value }
  OPTIONAL { ?claim kgo:uptoBatch ?upto }
  OPTIONAL { ?claim kgo:asOfDate ?asOf }
  OPTIONAL {
    ?claim prov:wasDerivedFrom ?article .
    OPTIONAL { ?article schema:datePublished ?published }
    OPTIONAL { ?article kgo:sourceFile ?file }
  }
  OPTIONAL {
    ?evidence oa:hasBody ?claim ; kgo:sentence ?sentence .
    OPTIONAL { ?evidence oa:hasTarget/oa:hasSelector/oa:start ?start }
  }
}
ORDER BY ?claim ?start ?sentence"""
)

# A zone is in force on a date when its effective date (else its batch's) is not later
# and it has no end date (kgo:endDate, a revocation) on or before the date.
_EFFECTIVE = """OPTIONAL {{ ?zone kgo:effectiveDate ?zoneDate }}
  OPTIONAL {{ ?zone kgo:inBatch/kgo:effectiveDate ?batchDate }}
  BIND (COALESCE(?zoneDate, ?batchDate) AS ?effective)
  FILTER (BOUND(?effective) && ?effective <= {day})
  FILTER NOT EXISTS {{ ?zone kgo:endDate ?end . FILTER (?end <= {day}) }}"""

# Zones that rest on no source ("unconfirmed") or on one ("single-source").
_UNCONFIRMED = """OPTIONAL {{ ?zone kgo:confidence "unconfirmed" . BIND (?zone AS ?unconfirmed) }}
  OPTIONAL {{ ?zone kgo:confidence "single-source" . BIND (?zone AS ?singleSource) }}"""

_COUNT_SELECT = """SELECT (COUNT(DISTINCT ?zone) AS ?zones)
       (COUNT(DISTINCT ?unconfirmed) AS ?unconfirmedZones)
       (COUNT(DISTINCT ?singleSource) AS ?singleSourceZones)"""

_ZONES_IN_PLACE = (
    PREFIX_BLOCK
    + _COUNT_SELECT
    + """
WHERE {{
  ?zone a {zone_type} ;
        schema:containedInPlace+ {place} .
  """
    + _EFFECTIVE
    + "\n  "
    + _UNCONFIRMED
    + "\n}}"
)

_ZONES_NATIONWIDE = (
    PREFIX_BLOCK
    + _COUNT_SELECT
    + """
WHERE {{
  ?zone a {zone_type} .
  """
    + _EFFECTIVE
    + "\n  "
    + _UNCONFIRMED
    + "\n}}"
)

_ZONES_IN_FIRST_BATCHES = (
    PREFIX_BLOCK
    + _COUNT_SELECT
    + """
WHERE {{
  ?zone a {zone_type} ;
        kgo:inBatch ?batch .
  ?batch kgo:batchOrdinal ?ordinal .
  FILTER (?ordinal <= {upto})
  """
    + _EFFECTIVE
    + "\n  "
    + _UNCONFIRMED
    + "\n}}"
)

_BATCH_EXISTS = (
    PREFIX_BLOCK
    + """SELECT ?batch WHERE {{
  ?zone a {zone_type} ; kgo:inBatch ?batch .
  ?batch kgo:batchOrdinal {upto} .
}} LIMIT 1"""
)

_PROVINCE_COVERAGE = (
    PREFIX_BLOCK
    + """SELECT ?division (SAMPLE(?name) AS ?label) (COUNT(DISTINCT ?zone) AS ?zones)
       (COUNT(DISTINCT ?unconfirmed) AS ?unconfirmedZones)
       (COUNT(DISTINCT ?singleSource) AS ?singleSourceZones)
WHERE {{
  ?division a kgo:Prefecture ;
            schema:containedInPlace {place} .
  OPTIONAL {{ ?division skos:prefLabel ?name FILTER (lang(?name) = "zh") }}
  OPTIONAL {{
    ?zone a {zone_type} ;
          schema:containedInPlace+ ?division .
    """
    + _EFFECTIVE.replace("\n", "\n  ")
    + "\n    "
    + _UNCONFIRMED.replace("\n", "\n  ")
    + """
  }}
}}
GROUP BY ?division
ORDER BY ?division"""
)


# The reference covers a zone type when it dates at least one zone of it (an article
# naming 海南自由贸易港 types a zone, but gives it no date).
_TYPE_EXISTS = (
    PREFIX_BLOCK
    + """SELECT ?zone WHERE {{
  ?zone a {zone_type} .
  {{ ?zone kgo:effectiveDate ?day }} UNION {{ ?zone kgo:inBatch/kgo:effectiveDate ?day }}
}} LIMIT 1"""
)

# The earliest zones of a type (by effective date, else their batch's), and whether
# each lies in the claimed place.
_FIRST_ZONE = (
    PREFIX_BLOCK
    + """SELECT ?zone ?effective ?inPlace
WHERE {{
  ?zone a {zone_type} .
  OPTIONAL {{ ?zone kgo:effectiveDate ?zoneDate }}
  OPTIONAL {{ ?zone kgo:inBatch/kgo:effectiveDate ?batchDate }}
  BIND (COALESCE(?zoneDate, ?batchDate) AS ?effective)
  FILTER (BOUND(?effective))
  BIND (EXISTS {{ ?zone schema:containedInPlace* {place} }} AS ?inPlace)
}}
ORDER BY ?effective ?zone"""
)


def check_claims(
    store: KnowledgeGraph | ox.Store, *, as_of: date | None = None
) -> list[ClaimCheck]:
    """Check every ``kgo:Claim`` in ``store`` against the reference facts.

    Rules (zones count only when in force on the date):
    ``ZonesInPlace`` -- zones of the claimed type lying (transitively) in the place;
    ``ZonesNationwide`` -- all zones of the type;
    ``ZonesInFirstBatches`` -- zones of batches 1..N (``kgo:uptoBatch``);
    ``ProvinceCoverage`` -- every prefecture-level division of the province hosts a
    zone, directly or through a county; ``FirstZone`` -- the earliest zones of the type
    lie in the place and took effect in the claimed year. An unknown place, batch or
    kind, a claim without a value or date, or a zone type other than cross-border
    e-commerce zones that the reference holds no zone of (自贸试验区 counts today),
    gives ``cannot-check``. A zone counts from its effective date until (not
    including) its end date. Zones marked ``kgo:confidence "unconfirmed"`` or
    ``"single-source"`` are counted and reported in ``note``.

    Args:
        store: a dataset with the reference graph and the article graphs.
        as_of: check every claim as of this date instead of its own ``kgo:asOfDate``
            (which defaults to the article's publication date).

    Returns:
        One ``ClaimCheck`` per claim, ordered by source file, then claim IRI.

    Raises:
        QueryError: if a check query cannot be run (a bug, or an IRI that cannot be
            written into SPARQL).
    """
    store = as_store(store)  # a KnowledgeGraph (kg.open_graph) or its pyoxigraph store
    checks = [_check_one(store, row, as_of) for row in _read_claims(store)]
    return sorted(checks, key=lambda c: (c.source_file or "", c.article or "", c.claim))


def _read_claims(store: ox.Store) -> list[_ClaimRow]:
    """Read every claim once, keeping the first evidence sentence by offset."""
    claims: dict[str, _ClaimRow] = {}
    for row in select(store, _CLAIMS_QUERY):
        iri = row["claim"]
        if iri in claims:
            continue
        claims[iri] = _ClaimRow(
            claim=iri,
            kind=row["kind"],
            about=row["about"],
            zone_type=row["zoneType"] or DEFAULT_ZONE_TYPE,
            value=_as_number(row["value"]),
            upto_batch=row["upto"] if isinstance(row["upto"], int) else None,
            as_of=_as_date(row["asOf"]) or _as_date(row["published"]),
            article=row["article"],
            source_file=row["file"],
            sentence=row["sentence"],
        )
    return list(claims.values())


def _as_number(value: Any) -> int | Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else value
    return None


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None


def _check_one(store: ox.Store, row: _ClaimRow, as_of: date | None) -> ClaimCheck:
    day = as_of or row.as_of
    kind = local_name(row.kind) if row.kind else "?"
    about_label = label_of(store, row.about) if row.about else None
    computed = _compute(store, row, kind, day, about_label)
    return ClaimCheck(
        claim=row.claim,
        kind=kind,
        about=row.about,
        about_label=about_label,
        claimed_value=row.value if isinstance(row.value, int) else None,
        computed_value=computed.value,
        status=computed.status,
        sentence=row.sentence,
        article=row.article,
        source_file=row.source_file,
        as_of=day,
        query=computed.query,
        upto_batch=row.upto_batch,
        zone_type=row.zone_type,
        unconfirmed=computed.unconfirmed,
        note=computed.note,
        single_source=computed.single_source,
    )


def _compute(
    store: ox.Store, row: _ClaimRow, kind: str, day: date | None, about_label: str | None
) -> _Computed:
    """Pick the rule for ``kind`` after the checks every rule shares."""
    rule = _RULES.get(kind)
    if rule is None:
        return _Computed(None, CANNOT_CHECK, "", f"unknown claim kind {row.kind!r}")
    if day is None:
        return _Computed(
            None, CANNOT_CHECK, "", "the claim has no kgo:asOfDate and its article no date"
        )
    if kind != "ProvinceCoverage" and not isinstance(row.value, int):
        return _Computed(
            None, CANNOT_CHECK, "", f"claimed value {row.value!r} is not a whole count"
        )
    if kind in ("ZonesInPlace", "ProvinceCoverage", "FirstZone") and (
        row.about is None or about_label is None
    ):
        return _Computed(
            None, CANNOT_CHECK, "", f"place {row.about!r} is not in the reference data"
        )
    if row.zone_type != DEFAULT_ZONE_TYPE and not select(
        store, bound_query(_TYPE_EXISTS, zone_type=iri(row.zone_type))
    ):
        return _Computed(
            None, CANNOT_CHECK, "", f"the reference data holds no {local_name(row.zone_type)} zones"
        )
    return rule(store, row, day)


def _count(store: ox.Store, query: str, claimed: int | Decimal | None) -> _Computed:
    """Run a count query and compare its value with the claimed one."""
    result = select(store, query)[0]
    zones = int(result["zones"])
    unconfirmed = int(result["unconfirmedZones"])
    single = int(result["singleSourceZones"])
    status = CONSISTENT if zones == claimed else INCONSISTENT
    note = _unconfirmed_note(unconfirmed, single)
    return _Computed(zones, status, query, note, unconfirmed, single)


def _unconfirmed_note(unconfirmed: int, single: int) -> str:
    parts = []
    if unconfirmed:
        parts.append(
            f'counts {unconfirmed} zone(s) marked kgo:confidence "unconfirmed" '
            "(no source in the reference research confirms them)"
        )
    if single:
        parts.append(
            f'counts {single} zone(s) marked kgo:confidence "single-source" (one source only)'
        )
    return "; ".join(parts)


def _zones_in_place(store: ox.Store, row: _ClaimRow, day: date) -> _Computed:
    assert row.about is not None  # checked by _compute
    query = bound_query(
        _ZONES_IN_PLACE, zone_type=iri(row.zone_type), place=iri(row.about), day=day
    )
    return _count(store, query, row.value)


def _zones_nationwide(store: ox.Store, row: _ClaimRow, day: date) -> _Computed:
    query = bound_query(_ZONES_NATIONWIDE, zone_type=iri(row.zone_type), day=day)
    return _count(store, query, row.value)


def _zones_in_first_batches(store: ox.Store, row: _ClaimRow, day: date) -> _Computed:
    upto = row.upto_batch
    if upto is None or upto < 1:
        return _Computed(None, CANNOT_CHECK, "", f"claim has no usable kgo:uptoBatch ({upto!r})")
    zone_type = iri(row.zone_type)
    if not select(store, bound_query(_BATCH_EXISTS, zone_type=zone_type, upto=upto)):
        return _Computed(None, CANNOT_CHECK, "", f"batch {upto} is not in the reference data")
    query = bound_query(_ZONES_IN_FIRST_BATCHES, zone_type=zone_type, upto=upto, day=day)
    return _count(store, query, row.value)


def _province_coverage(store: ox.Store, row: _ClaimRow, day: date) -> _Computed:
    assert row.about is not None  # checked by _compute
    query = bound_query(
        _PROVINCE_COVERAGE, zone_type=iri(row.zone_type), place=iri(row.about), day=day
    )
    if not _is_province(store, row.about):
        return _Computed(None, CANNOT_CHECK, "", f"{row.about!r} is not a kgo:Province")
    divisions = select(store, query)
    if not divisions:
        return _Computed(
            None, CANNOT_CHECK, query, "the reference data lists no prefecture-level division here"
        )
    missing = [str(d["label"] or d["division"]) for d in divisions if not d["zones"]]
    covered = len(divisions) - len(missing)
    unconfirmed = sum(int(d["unconfirmedZones"]) for d in divisions)
    single = sum(int(d["singleSourceZones"]) for d in divisions)
    note = f"{covered} of {len(divisions)} prefecture-level divisions host a zone"
    if missing:
        note += "; none in " + "、".join(missing)
    if unconfirmed or single:
        note += "; " + _unconfirmed_note(unconfirmed, single)
    status = INCONSISTENT if missing else CONSISTENT
    return _Computed(covered, status, query, note, unconfirmed, single)


def _first_zone(store: ox.Store, row: _ClaimRow, day: date) -> _Computed:
    """The first zone of the type: its year and place against the claimed ones."""
    assert row.about is not None  # checked by _compute
    query = bound_query(_FIRST_ZONE, zone_type=iri(row.zone_type), place=iri(row.about))
    rows = select(store, query)
    if not rows:
        return _Computed(None, CANNOT_CHECK, query, "the reference data dates no zone of this type")
    first_day = _as_date(rows[0]["effective"])
    if first_day is None:
        return _Computed(None, CANNOT_CHECK, query, "the earliest zone has no usable date")
    earliest = [r for r in rows if _as_date(r["effective"]) == first_day]
    in_place = any(str(r["inPlace"]).lower() == "true" for r in earliest)
    names = "、".join(sorted(local_name(str(r["zone"])) for r in earliest))
    status = CONSISTENT if in_place and first_day.year == row.value else INCONSISTENT
    note = f"the first zone ({names}) took effect on {first_day.isoformat()}"
    if not in_place:
        note += "; it does not lie in the claimed place"
    return _Computed(first_day.year, status, query, note)


def _is_province(store: ox.Store, place: str) -> bool:
    query = bound_query(
        "SELECT ?place WHERE {{ {place} a {province} }} LIMIT 1",
        place=iri(place),
        province=iri(_PROVINCE),
    )
    return bool(select(store, query))


_RULES: dict[str, Callable[[ox.Store, _ClaimRow, date], _Computed]] = {
    "ZonesInPlace": _zones_in_place,
    "ZonesNationwide": _zones_nationwide,
    "ZonesInFirstBatches": _zones_in_first_batches,
    "ProvinceCoverage": _province_coverage,
    "FirstZone": _first_zone,
}
