"""Read ``data/reference/*.tsv`` into a ``Reference`` (cached per directory)."""

from __future__ import annotations

import csv
import dataclasses
import functools
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from kg.errors import ReferenceDataError
from kg.paths import data_dir
from kg.refdata.records import (
    LEVELS,
    PLACE_STATUSES,
    Batch,
    Document,
    Org,
    Place,
    Reference,
    Zone,
    normalise_name,
)

__all__ = ["default_data_dir", "load_reference", "number_slug"]

#: Issuer prefix of a document number → slug prefix (国函〔2022〕8号 → guohan-2022-8).
NUMBER_PREFIXES = {
    "国函": "guohan",
    "国发": "guofa",
    "国办发": "guobanfa",
    "国办函": "guobanhan",
    "财税": "caishui",
    "财关税": "caiguanshui",
    "商财发": "shangcaifa",
}

_Row = dict[str, str]


def default_data_dir() -> Path:
    """The data directory, as ``kg.paths.data_dir()`` finds it (``$KG_DATA_DIR`` first).

    Returns:
        A path whose ``reference/`` subdirectory holds the TSV files.
    """
    return data_dir()


def number_slug(number: str) -> str | None:
    """Slug of a document number: ``国函〔2022〕8号`` → ``guohan-2022-8``.

    Args:
        number: a 文号 in canonical form (〔〕 brackets, trailing 号).

    Returns:
        The slug, or None when the issuer prefix is not in ``NUMBER_PREFIXES`` or the
        number is not of the form ``<prefix>〔<year>〕<seq>号``.
    """
    head, sep, rest = number.partition("〔")
    year, sep2, tail = rest.partition("〕")
    seq = tail.removesuffix("号")
    prefix = NUMBER_PREFIXES.get(head)
    if not (sep and sep2 and prefix and year.isdigit() and seq.isdigit()):
        return None
    return f"{prefix}-{year}-{int(seq)}"


def _read_rows(path: Path) -> list[tuple[int, _Row]]:
    if not path.is_file():
        raise ReferenceDataError(
            f"{path}: reference file missing; regenerate it with data/reference/tools/prepare.py "
            "or point KG_DATA_DIR at a data directory that has reference/"
        )
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            (i + 2, {k: (v or "").strip() for k, v in row.items() if k})
            for i, row in enumerate(reader)
        ]


def _split(value: str) -> tuple[str, ...]:
    return tuple(v for v in value.split("|") if v)


def _int(path: Path, line: int, column: str, value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise ReferenceDataError(
            f"{path}:{line}: column {column!r} is {value!r}: expected an integer"
        ) from None


def _date(path: Path, line: int, column: str, value: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ReferenceDataError(
            f"{path}:{line}: column {column!r} is {value!r}: expected YYYY-MM-DD or empty"
        ) from None


def _degrees(path: Path, line: int, column: str, value: str, limit: float) -> float | None:
    """A longitude/latitude cell: empty → None; a number outside ±``limit`` is an error."""
    if not value:
        return None
    try:
        degrees = float(value)
    except ValueError:
        degrees = float("nan")
    if not -limit <= degrees <= limit:
        raise ReferenceDataError(
            f"{path}:{line}: column {column!r} is {value!r}: expected decimal degrees "
            f"between -{limit:g} and {limit:g}, or empty"
        )
    return degrees


def _places(path: Path) -> list[Place]:
    out = []
    for line, row in _read_rows(path):
        if row["level"] not in LEVELS:
            raise ReferenceDataError(
                f"{path}:{line}: level is {row['level']!r}: expected one of {', '.join(LEVELS)}"
            )
        out.append(
            Place(
                code=row["code"],
                level=row["level"],
                name_zh=row["name_zh"],
                name_en=row["name_en"],
                aliases_zh=_split(row["aliases_zh"]),
                aliases_en=_split(row["aliases_en"]),
                parent=row["parent"] or None,
                longitude=_degrees(path, line, "longitude", row.get("longitude", ""), 180),
                latitude=_degrees(path, line, "latitude", row.get("latitude", ""), 90),
                status=_status(path, line, row.get("status") or "current"),
                replaced_by=_split(row.get("replaced_by") or ""),
            )
        )
    return out


def _status(path: Path, line: int, value: str) -> str:
    if value not in PLACE_STATUSES:
        raise ReferenceDataError(
            f"{path}:{line}: status is {value!r}: expected one of {', '.join(PLACE_STATUSES)}"
        )
    return value


def _place_name_keys(places: list[Place]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """``(code, names)`` for the name index: an abolished division's names only where no
    current division of the same name is its successor or shares its parent (崇川区 320602
    gives way to 崇川区 320613; 重庆 江北区 500105 stays beside 宁波 江北区 330205)."""
    current = [p for p in places if p.current]
    by_name: dict[str, list[Place]] = {}
    for place in current:
        for name in place.names:
            by_name.setdefault(normalise_name(name), []).append(place)
    for place in places:
        if place.current:
            yield place.code, place.names
            continue
        yield (
            place.code,
            tuple(
                name
                for name in place.names
                if not any(
                    c.code in place.replaced_by or c.parent == place.parent
                    for c in by_name.get(normalise_name(name), ())
                )
            ),
        )


def _countries(path: Path) -> list[Place]:
    """Countries and regions outside China (``place/iso-<alpha-3>``), if the file exists."""
    if not path.exists():
        return []
    return [
        Place(
            code=f"iso-{r['alpha3'].lower()}",
            level="country",
            name_zh=r["name_zh"],
            name_en=r["name_en"],
            aliases_zh=tuple(
                dict.fromkeys(
                    a for a in (r["full_zh"], *_split(r["aliases_zh"])) if a and a != r["name_zh"]
                )
            ),
            aliases_en=tuple(a for a in (r["official_en"],) if a and a != r["name_en"]),
            notations=(r["alpha2"], r["alpha3"], r["numeric"]),
        )
        for _, r in _read_rows(path)
    ]


def _agreements(path: Path) -> list[Document]:
    """Trade agreements and initiatives (``doc/<slug>``), if the file exists."""
    if not path.exists():
        return []
    return [
        Document(
            slug=r["slug"],
            number=None,
            title_zh=r["name_zh"],
            title_en=r["name_en"],
            doc_type="倡议" if r["kind"] == "initiative" else "协定",
            issuers=(),
            aliases_zh=_split(r["aliases_zh"]),
            aliases_en=_split(r["aliases_en"]),
        )
        for _, r in _read_rows(path)
    ]


def _orgs(path: Path) -> list[Org]:
    if not path.exists():
        return []
    return [
        Org(
            slug=r["slug"],
            kind=r["kind"],
            name_zh=r["name_zh"],
            name_en=r["name_en"],
            aliases_zh=_split(r["aliases_zh"]),
            aliases_en=_split(r["aliases_en"]),
            parent=r["parent"] or None,
            place=r["place"] or None,
        )
        for _, r in _read_rows(path)
    ]


def _documents(path: Path) -> list[Document]:
    return [
        Document(
            slug=r["slug"],
            number=r["number"] or None,
            title_zh=r["title_zh"],
            title_en=r["title_en"],
            doc_type=r["doc_type"],
            issuers=_split(r["issuers"]),
            signature_date=_date(path, n, "signature_date", r["signature_date"]),
            publication_date=_date(path, n, "publication_date", r["publication_date"]),
            zone_type=r["zone_type"] or None,
            confidence=r["confidence"] or None,
        )
        for n, r in _read_rows(path)
    ]


def _batches(path: Path) -> list[Batch]:
    return [
        Batch(
            ordinal=_int(path, n, "ordinal", r["ordinal"]),
            kind=r["kind"],
            label_zh=r["label_zh"],
            label_en=r["label_en"],
            document=r["document"],
            zone_count=_int(path, n, "zone_count", r["zone_count"]),
            cumulative_total=_int(path, n, "cumulative_total", r["cumulative_total"]),
            confidence=r["confidence"] or None,
            note=r["note"],
        )
        for n, r in _read_rows(path)
    ]


def _zones(path: Path) -> list[Zone]:
    return [
        Zone(
            kind=r["kind"],
            place_code=r["place_code"],
            name_zh=r["name_zh"],
            name_en=r["name_en"],
            alias_zh=r["alias_zh"],
            alias_en=r["alias_en"],
            province_code=r["province_code"],
            batch=_int(path, n, "batch", r["batch"]) if r["batch"] else None,
            confidence=r["confidence"] or None,
            status_note=r["status_note"],
        )
        for n, r in _read_rows(path)
    ]


def _revocations(path: Path, zones: list[Zone]) -> list[Zone]:
    """``zones`` with the endings of ``revocations.tsv`` applied (no file: no endings).

    Raises:
        ReferenceDataError: a row names a zone that ``zones.tsv`` does not hold, or has
            no end date.
    """
    if not path.is_file():
        return zones
    by_key = {(z.kind, z.place_code): i for i, z in enumerate(zones)}
    out = list(zones)
    for n, r in _read_rows(path):
        index = by_key.get((r["kind"], r["place_code"]))
        if index is None:
            raise ReferenceDataError(
                f"{path}:{n}: zone {r['kind']}-{r['place_code']} is not in zones.tsv; a "
                "revocation must name an existing zone by kind and place_code"
            )
        end = _date(path, n, "end_date", r["end_date"])
        if end is None:
            raise ReferenceDataError(
                f"{path}:{n}: column 'end_date' is empty: a revocation needs "
                "the first day the zone no longer exists"
            )
        out[index] = dataclasses.replace(
            out[index],
            end_date=end,
            ended_by=r["document"] or None,
            absorbed_into=_split(r["absorbed_into"]),
            end_confidence=r["confidence"] or None,
            end_note=r["note"],
        )
    return out


def _name_index(items: Iterable[tuple[str, tuple[str, ...]]]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for key, names in items:
        for name in names:
            keys = index.setdefault(normalise_name(name), [])
            if key not in keys:
                keys.append(key)
    return {k: tuple(v) for k, v in index.items()}


def build_reference(
    places: list[Place],
    orgs: list[Org],
    batches: list[Batch],
    documents: list[Document],
    zones: list[Zone],
    *,
    directory: str = "",
) -> Reference:
    """Assemble a ``Reference`` with its name indexes (later duplicates win in the dicts).

    Args:
        places: place records.
        orgs: organisation records.
        batches: batch records.
        documents: document records.
        zones: zone records.
        directory: where they were read from (for messages).

    Returns:
        The bundle; ``validate_reference`` reports duplicates and dangling references.
    """
    seen = Counter(
        [f"place code {p.code!r}" for p in places]
        + [f"org slug {o.slug!r}" for o in orgs]
        + [f"batch {b.ordinal}" for b in batches]
        + [f"zone {z.iri!r}" for z in zones]
        + [f"document {d.iri!r}" for d in documents]
    )
    ranked = sorted(places, key=lambda p: (LEVELS.index(p.level), p.code))
    return Reference(
        places={p.code: p for p in places},
        orgs={o.slug: o for o in orgs},
        batches={b.ordinal: b for b in batches},
        documents={d.iri: d for d in documents},
        zones={z.iri: z for z in zones},
        directory=directory,
        duplicates=tuple(sorted(k for k, n in seen.items() if n > 1)),
        _place_names=_name_index(_place_name_keys(ranked)),
        _org_names=_name_index((o.slug, o.names) for o in orgs),
        _zones_by_place={(z.kind, z.place_code): z.iri for z in zones},
    )


def read_reference(directory: Path) -> Reference:
    """Read the TSV files of ``directory`` (uncached; ``load_reference`` caches).

    Args:
        directory: a ``reference/`` directory.

    Returns:
        The reference bundle; zones carry the endings of ``revocations.tsv``.

    Raises:
        ReferenceDataError: a file is missing or a value cannot be parsed.
    """
    batches = _batches(directory / "batches.tsv")
    documents = _documents(directory / "documents.tsv") + _agreements(directory / "agreements.tsv")
    zones = _revocations(directory / "revocations.tsv", _zones(directory / "zones.tsv"))
    places = _places(directory / "places.tsv") + _countries(directory / "countries.tsv")
    orgs = _orgs(directory / "orgs.tsv") + _orgs(directory / "bodies.tsv")
    return build_reference(places, orgs, batches, documents, zones, directory=str(directory))


@functools.lru_cache(maxsize=8)
def _cached(directory: Path) -> Reference:
    return read_reference(directory)


def load_reference(directory: Path | None = None) -> Reference:
    """Load the reference data once per process (cached per directory).

    Args:
        directory: the ``reference/`` directory, or a data directory that contains one;
            default ``default_data_dir() / "reference"``.

    Returns:
        The shared ``Reference`` (do not mutate it): every batch, 1 to 8, with each row's
        ``confidence`` and the revoked zones' endings.

    Raises:
        ReferenceDataError: a file is missing or a value cannot be parsed.
    """
    path = Path(directory) if directory is not None else default_data_dir()
    if not (path / "places.tsv").is_file() and (path / "reference").is_dir():
        path = path / "reference"
    return _cached(path.resolve())
