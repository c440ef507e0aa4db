"""Consistency checks of a ``Reference``: the problems a reviewer must fix in the TSVs."""

from __future__ import annotations

from collections import Counter

from kg.refdata.records import Reference

__all__ = ["validate_reference"]


def _place_problems(ref: Reference) -> list[str]:
    problems = []
    for place in ref.places.values():
        if place.level == "country":
            continue
        if place.parent not in ref.places:
            problems.append(f"place {place.code} {place.name_zh}: parent {place.parent!r} is not a "
                            "known place code")
        if not place.name_zh or not place.name_en:
            problems.append(f"place {place.code}: needs both a Chinese and an English name")
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
        problems += [f"document {doc.number or doc.title_zh}: issuer {s!r} is not a known org slug"
                     for s in doc.issuers if s not in ref.orgs]
    return problems


def _zone_problems(ref: Reference) -> list[str]:
    problems = []
    for zone in ref.zones.values():
        where = f"zone {zone.name_zh} ({zone.iri.rsplit('/', 1)[-1]})"
        if zone.place_code not in ref.places:
            problems.append(f"{where}: place {zone.place_code!r} is not in places.tsv; add the place "
                            "or fix the code")
        elif ref.places[zone.place_code].level != "province" and zone.province_code not in {
                p.code for p in ref.ancestors(zone.place_code)}:
            problems.append(f"{where}: province {zone.province_code!r} does not contain place "
                            f"{zone.place_code!r}")
        if zone.batch is None:
            problems.append(f"{where}: batch is empty; every zone needs the batch that created it")
        elif zone.batch not in ref.batches:
            problems.append(f"{where}: batch {zone.batch!r} is not in batches.tsv")
    return problems


def _batch_problems(ref: Reference) -> list[str]:
    problems = []
    per_batch = Counter(z.batch for z in ref.zones.values())
    running = 0
    for ordinal in sorted(ref.batches):
        batch = ref.batches[ordinal]
        rows = per_batch.get(ordinal, 0)
        if rows != batch.zone_count:
            problems.append(f"batch {ordinal}: zone_count is {batch.zone_count} but zones.tsv has "
                            f"{rows} rows for it")
        running += batch.zone_count
        # A provisional batch may revoke earlier zones, so its running total is not checked.
        if batch.confidence != "provisional" and running != batch.cumulative_total:
            problems.append(f"batch {ordinal}: cumulative_total is {batch.cumulative_total} but the "
                            f"zone counts of batches 1..{ordinal} add up to {running}")
        doc_iris = {d.iri for d in ref.documents.values() if d.slug == batch.document}
        if not doc_iris:
            problems.append(f"batch {ordinal}: document {batch.document!r} is not in documents.tsv")
    return problems


def validate_reference(ref: Reference) -> list[str]:
    """Return every inconsistency in ``ref`` as a readable message (empty when consistent).

    Checks duplicate codes/slugs/zones, unknown parents, places and batches that zones
    point to, batch sizes against zone rows, cumulative totals, and document issuers.

    Args:
        ref: a loaded reference bundle.

    Returns:
        Problems, one sentence each, in a stable order.
    """
    problems = [f"duplicate {key}: it appears on more than one row; keep one" for key in ref.duplicates]
    problems += _place_problems(ref) + _org_problems(ref)
    problems += _zone_problems(ref) + _batch_problems(ref)
    return problems
