"""Consistency checks of a ``Reference``: the problems a reviewer must fix in the TSVs."""

from __future__ import annotations

from collections import Counter

from kg.refdata.records import CONFIDENCE_VALUES, Reference, Zone

__all__ = ["validate_reference"]


def _place_problems(ref: Reference) -> list[str]:
    problems = []
    for place in ref.places.values():
        if place.level == "country":
            continue
        if place.parent not in ref.places:
            problems.append(
                f"place {place.code} {place.name_zh}: parent {place.parent!r} is not a "
                "known place code"
            )
        if not place.name_zh or not place.name_en:
            problems.append(f"place {place.code}: needs both a Chinese and an English name")
        if (place.longitude is None) != (place.latitude is None):
            problems.append(f"place {place.code}: needs both longitude and latitude, or neither")
        if place.current != (not place.replaced_by):
            problems.append(
                f"place {place.code} {place.name_zh}: an abolished division names the current "
                "divisions that replaced it (replaced_by), a current one none"
            )
        problems += [
            f"place {place.code} {place.name_zh}: replaced_by {code!r} is not a current place"
            for code in place.replaced_by
            if code not in ref.places or not ref.places[code].current
        ]
    return problems


def _org_problems(ref: Reference) -> list[str]:
    problems = []
    for org in ref.orgs.values():
        if org.parent and org.parent not in ref.orgs:
            problems.append(f"org {org.slug}: parent {org.parent!r} is not a known org slug")
        if org.place and org.place not in ref.places:
            problems.append(f"org {org.slug}: place {org.place!r} is not a known place code")
        if not org.name_zh or not org.name_en:
            problems.append(f"org {org.slug}: needs both a Chinese and an English name")
    for doc in ref.documents.values():
        problems += [
            f"document {doc.number or doc.title_zh}: issuer {s!r} is not a known org slug"
            for s in doc.issuers
            if s not in ref.orgs
        ]
    return problems


def _zone_problems(ref: Reference) -> list[str]:
    problems = []
    for zone in ref.zones.values():
        where = f"zone {zone.name_zh} ({zone.iri.rsplit('/', 1)[-1]})"
        if zone.place_code not in ref.places:
            problems.append(
                f"{where}: place {zone.place_code!r} is not in places.tsv; add the place "
                "or fix the code"
            )
        elif ref.places[zone.place_code].level != "province" and zone.province_code not in {
            p.code for p in ref.ancestors(zone.place_code)
        }:
            problems.append(
                f"{where}: province {zone.province_code!r} does not contain place "
                f"{zone.place_code!r}"
            )
        if zone.batch is None:
            problems.append(f"{where}: batch is empty; every zone needs the batch that created it")
        elif zone.batch not in ref.batches:
            problems.append(f"{where}: batch {zone.batch!r} is not in batches.tsv")
        if zone.confidence not in CONFIDENCE_VALUES:
            problems.append(
                f"{where}: confidence is {zone.confidence!r}: expected one of "
                f"{', '.join(CONFIDENCE_VALUES)}"
            )
        if zone.end_date is not None:
            problems += _ending_problems(ref, zone, where)
    return problems


def _ending_problems(ref: Reference, zone: Zone, where: str) -> list[str]:
    """Problems of one revocation row: document, dates, absorbing zones, confidence."""
    assert zone.end_date is not None
    where = f"revocations.tsv: {where}"
    problems = []
    doc = next((d for d in ref.documents.values() if d.slug == zone.ended_by), None)
    if doc is None:
        problems.append(f"{where}: document {zone.ended_by!r} is not in documents.tsv")
    elif doc.effective_date is not None and zone.end_date < doc.effective_date:
        problems.append(
            f"{where}: end_date {zone.end_date} is before {doc.number or doc.slug} "
            f"took effect ({doc.effective_date})"
        )
    effective = ref.zone_effective_date(zone)
    if effective is not None and zone.end_date <= effective:
        problems.append(
            f"{where}: end_date {zone.end_date} is not after the zone took effect ({effective})"
        )
    if zone.end_confidence not in CONFIDENCE_VALUES:
        problems.append(
            f"{where}: confidence is {zone.end_confidence!r}: expected one of "
            f"{', '.join(CONFIDENCE_VALUES)}"
        )
    for code in zone.absorbed_into:
        successor = ref.zone_for_place(code, zone.kind)
        if successor is None:
            problems.append(f"{where}: absorbed_into {code!r} is not a zone in zones.tsv")
        elif not successor.in_force(zone.end_date, ref.zone_effective_date(successor)):
            problems.append(
                f"{where}: absorbed_into {code!r} ({successor.name_zh}) is not in force "
                f"on {zone.end_date}"
            )
    return problems


def _batch_problems(ref: Reference) -> list[str]:
    problems = []
    per_batch = Counter(z.batch for z in ref.zones.values())
    running = 0
    for ordinal in sorted(ref.batches):
        batch = ref.batches[ordinal]
        rows = per_batch.get(ordinal, 0)
        if rows != batch.zone_count:
            problems.append(
                f"batch {ordinal}: zone_count is {batch.zone_count} but zones.tsv has "
                f"{rows} rows for it"
            )
        running += batch.zone_count
        # The running total counts zones in force once the batch took effect: revoked ones drop out.
        doc = next((d for d in ref.documents.values() if d.slug == batch.document), None)
        day = doc.effective_date if doc is not None else None
        ended = sum(
            1
            for z in ref.zones.values()
            if z.batch is not None
            and z.batch <= ordinal
            and z.end_date is not None
            and day is not None
            and z.end_date <= day
        )
        if running - ended != batch.cumulative_total:
            less = f" less the {ended} ended by {day}" if ended else ""
            problems.append(
                f"batch {ordinal}: cumulative_total is {batch.cumulative_total} but the "
                f"zone counts of batches 1..{ordinal} ({running}){less} give "
                f"{running - ended}"
            )
        if batch.confidence is not None and batch.confidence not in CONFIDENCE_VALUES:
            problems.append(
                f"batch {ordinal}: confidence is {batch.confidence!r}: expected one of "
                f"{', '.join(CONFIDENCE_VALUES)} or empty"
            )
        if doc is None:
            problems.append(f"batch {ordinal}: document {batch.document!r} is not in documents.tsv")
    return problems


def validate_reference(ref: Reference) -> list[str]:
    """Return every inconsistency in ``ref`` as a readable message (empty when consistent).

    Checks duplicate codes/slugs/zones, unknown parents, places and batches that zones
    point to, confidence values, revocations (document, dates, absorbing zones), batch
    sizes against zone rows, cumulative totals (less revoked zones), and document issuers.

    Args:
        ref: a loaded reference bundle.

    Returns:
        Problems, one sentence each, in a stable order.
    """
    problems = [
        f"duplicate {key}: it appears on more than one row; keep one" for key in ref.duplicates
    ]
    problems += _place_problems(ref) + _org_problems(ref)
    problems += _zone_problems(ref) + _batch_problems(ref)
    return problems
