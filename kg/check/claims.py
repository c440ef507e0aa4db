"""Check each article's ``kgo:Claim`` against the reference facts as of the claim's date.

A claim is checked as of its ``kgo:asOfDate`` (the article's publication date, unless
the article names another), or as of the date the caller passes. Only zones whose
``kgo:effectiveDate`` (else their batch's) is on or before that date count, so the
same sentence "全国跨境电商综试区已达132个" is consistent in April 2022 and
inconsistent in 2023, when there were 165.
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
    many counted zones carry ``kgo:confidence "unconfirmed"``; ``note`` says why a
    claim cannot be checked, what is missing, or that unconfirmed zones were counted.
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
    """What a rule computed: value, status, note, query and unconfirmed count."""

    value: int | None
    status: str
    query: str
    note: str = ""
    unconfirmed: int = 0


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

# A zone is in force on a date when its effective date (else its batch's) is not later.
_EFFECTIVE = """OPTIONAL {{ ?zone kgo:effectiveDate ?zoneDate }}
  OPTIONAL {{ ?zone kgo:inBatch/kgo:effectiveDate ?batchDate }}
  BIND (COALESCE(?zoneDate, ?batchDate) AS ?effective)
  FILTER (BOUND(?effective) && ?effective <= {day})"""

# Any kgo:confidence ("unconfirmed", "provisional") means the zone is not certain.
_UNCONFIRMED = """OPTIONAL {{ ?zone kgo:confidence ?confidence . BIND (?zone AS ?unconfirmed) }}"""

_COUNT_SELECT = """SELECT (COUNT(DISTINCT ?zone) AS ?zones)
       (COUNT(DISTINCT ?unconfirmed) AS ?unconfirmedZones)
       (GROUP_CONCAT(DISTINCT STR(?confidence); separator=", ") AS ?confidences)"""

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
       (GROUP_CONCAT(DISTINCT STR(?confidence); separator=", ") AS ?confidences)
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
    + _UNCONFIRMED
    + """
  }}
}}
GROUP BY ?division
ORDER BY ?division"""
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
    zone, directly or through a county. An unknown place, batch or kind, or a claim
    without a value or date, gives ``cannot-check``. Zones marked
    ``kgo:confidence "unconfirmed"`` are counted and reported in ``note``.

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
    )


def _compute(
    store: ox.Store, row: _ClaimRow, kind: str, day: date | None, about_label: str | None
) -> _Computed:
    """Pick the rule for ``kind`` after the checks every rule shares."""
    rule = _RULES.get(kind)
    if rule is None:
        return _Computed(None, CANNOT_CHECK, "", f"unknown claim kind {row.kind!r}")
    if day is None:
        return _Computed(None, CANNOT_CHECK, "", "the claim has no kgo:asOfDate and its article no date")
    if kind != "ProvinceCoverage" and not isinstance(row.value, int):
        return _Computed(None, CANNOT_CHECK, "", f"claimed value {row.value!r} is not a whole count")
    if kind in ("ZonesInPlace", "ProvinceCoverage") and (row.about is None or about_label is None):
        return _Computed(
            None, CANNOT_CHECK, "", f"place {row.about!r} is not in the reference data"
        )
    return rule(store, row, day)


def _count(store: ox.Store, query: str, claimed: int | Decimal | None) -> _Computed:
    """Run a count query and compare its value with the claimed one."""
    result = select(store, query)[0]
    zones = int(result["zones"])
    unconfirmed = int(result["unconfirmedZones"])
    status = CONSISTENT if zones == claimed else INCONSISTENT
    note = _unconfirmed_note(unconfirmed, {str(result["confidences"] or "")})
    return _Computed(zones, status, query, note, unconfirmed)


def _unconfirmed_note(unconfirmed: int, confidences: set[str]) -> str:
    if not unconfirmed:
        return ""
    values = sorted({v.strip() for c in confidences for v in c.split(",") if v.strip()})
    marks = " or ".join(f'"{v}"' for v in values) or '"unconfirmed"'
    return (
        f"counts {unconfirmed} zone(s) marked kgo:confidence {marks} "
        "(no source in the reference research confirms them)"
    )


def _zones_in_place(store: ox.Store, row: _ClaimRow, day: date) -> _Computed:
    assert row.about is not None  # checked by _compute
    query = bound_query(_ZONES_IN_PLACE, zone_type=iri(row.zone_type), place=iri(row.about), day=day)
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
    query = bound_query(_PROVINCE_COVERAGE, zone_type=iri(row.zone_type), place=iri(row.about), day=day)
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
    confidences = {str(d["confidences"] or "") for d in divisions}
    note = f"{covered} of {len(divisions)} prefecture-level divisions host a zone"
    if missing:
        note += "; none in " + "、".join(missing)
    if unconfirmed:
        note += "; " + _unconfirmed_note(unconfirmed, confidences)
    status = INCONSISTENT if missing else CONSISTENT
    return _Computed(covered, status, query, note, unconfirmed)


def _is_province(store: ox.Store, place: str) -> bool:
    query = bound_query("SELECT ?place WHERE {{ {place} a {province} }} LIMIT 1",
                        place=iri(place), province=iri(_PROVINCE))
    return bool(select(store, query))


_RULES: dict[str, Callable[[ox.Store, _ClaimRow, date], _Computed]] = {
    "ZonesInPlace": _zones_in_place,
    "ZonesNationwide": _zones_nationwide,
    "ZonesInFirstBatches": _zones_in_first_batches,
    "ProvinceCoverage": _province_coverage,
}
