"""Gazetteer entries from the reference data plus ``data/gazetteer/`` extras.

Input: a ``kg.refdata.Reference`` and the files in ``data/gazetteer/`` (found by
``kg.paths.gazetteer_dir()``, so ``$KG_DATA_DIR`` moves them with the reference).
Output: ``GazetteerEntry`` lists and a compiled ``Gazetteer`` (built once per process).
It does not: match text (``kg.nlp.gazetteer`` does) or decide what a match means
in context (``kg.link`` does).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg import iris
from kg.nlp.gazetteer import COUNTY_CONTEXT_RULE, TRAP_LABEL, Gazetteer, GazetteerEntry
from kg.nlp.wordbreak import WordBreaks
from kg.paths import gazetteer_dir

if TYPE_CHECKING:
    from kg.refdata.records import Reference

__all__ = [
    "PLACE_LABEL_BY_LEVEL",
    "build_entries",
    "build_gazetteer",
    "national_short_aliases",
    "read_list",
    "read_table",
]


#: reference place level → mention label (an ontology class local name).
PLACE_LABEL_BY_LEVEL = {
    "country": "Country",
    "province": "Province",
    "prefecture": "Prefecture",
    "county": "County",
    "special": "SpecialArea",
}
_LEVEL_ORDER = {level: rank for rank, level in enumerate(PLACE_LABEL_BY_LEVEL)}


def read_list(path: Path) -> list[str]:
    """Read a one-item-per-line file, skipping blank lines and ``#`` comments.

    Args:
        path: the file.

    Returns:
        The items, stripped.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def read_table(path: Path) -> list[list[str]]:
    """Read a TSV file with a header row and ``#`` comment lines.

    Args:
        path: the file.

    Returns:
        The data rows (header dropped), each a list of cells.
    """
    rows = [line.split("\t") for line in read_list(path)]
    return rows[1:]


def national_short_aliases(directory: Path | None = None) -> frozenset[str]:
    """Short aliases of national bodies that name a local body after a place name.

    Args:
        directory: the gazetteer data directory; default ``kg.paths.gazetteer_dir()``.

    Returns:
        The aliases (``统计局`` …) from ``national_short_aliases.txt``.
    """
    return frozenset(read_list((directory or gazetteer_dir()) / "national_short_aliases.txt"))


def government_heads(directory: Path | None = None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Titles of the head of a people's government and the place levels each governs.

    Args:
        directory: the gazetteer data directory; default ``kg.paths.gazetteer_dir()``.

    Returns:
        ``(title, levels)`` rows of ``government_heads.tsv`` (``("省长", ("province",))``);
        ``levels`` is empty where the title names no level (主席).
    """
    rows = read_table((directory or gazetteer_dir()) / "government_heads.tsv")
    return tuple((row[0], tuple(row[1].split("|")) if row[1] != "-" else ()) for row in rows)


def _org_entries(reference: Reference, directory: Path) -> Iterator[GazetteerEntry]:
    for org in reference.orgs.values():
        yield GazetteerEntry(org.name_zh, "Organization", org.iri, "gazetteer:org")
    for org in reference.orgs.values():
        for alias in (*org.aliases_zh, *org.aliases_en):
            yield GazetteerEntry(alias, "Organization", org.iri, "gazetteer:org-alias")
    for slug, names in read_table(directory / "orgs.tsv"):
        for name in names.split("|"):
            yield GazetteerEntry(name, "Organization", iris.org_iri(slug), "gazetteer:org-alias")


def _zone_entries(reference: Reference) -> Iterator[GazetteerEntry]:
    for zone in reference.zones.values():
        label = "CrossBorderEcommerceZone" if zone.kind == "cbec" else "PilotZone"
        yield GazetteerEntry(zone.name_zh, label, zone.iri, "gazetteer:zone")
        if zone.alias_zh:
            yield GazetteerEntry(zone.alias_zh, label, zone.iri, "gazetteer:zone-alias")


def _agreement_entries(reference: Reference) -> Iterator[GazetteerEntry]:
    """Agreements and initiatives named without 《》 (RCEP, 中国—东盟自贸区, 一带一路)."""
    for doc in reference.documents.values():
        if not doc.aliases_zh and not doc.aliases_en:
            continue
        for name in (doc.title_zh, *doc.aliases_zh, *doc.aliases_en):
            yield GazetteerEntry(name, "Legislation", doc.iri, "gazetteer:agreement")


def _county_entry(
    reference: Reference,
    surface: str,
    iri: str,
    *,
    alias: bool,
    free: frozenset[str],
    stop: frozenset[str],
) -> GazetteerEntry | None:
    """The entry of a county name: linked when it may stand alone, else a context entry.

    A full name unique among all places and longer than two characters stands alone
    (金州区, 含山县); a shared full name (鼓楼区), a two-character one (吉县) and every short
    alias not in ``free`` (金州, 增城) get ``COUNTY_CONTEXT_RULE`` and no IRI: ``kg.link``
    links them only next to, or in a sentence with, their prefecture or province.
    Names in ``stop`` (合作, 江山, 城区) get no entry.
    """
    if surface in stop:
        return None
    short = len(surface) <= 2
    if alias and surface in free:
        return GazetteerEntry(surface, "County", iri, "gazetteer:place-alias", short=short)
    if not alias and not short and len(reference.places_by_name(surface)) == 1:
        return GazetteerEntry(surface, "County", iri, "gazetteer:place")
    return GazetteerEntry(surface, "County", "", COUNTY_CONTEXT_RULE, short=alias and short)


#: regions the press writes after 中国 (中国香港, 中国澳门); 中国台湾地区 keeps 台湾 alone
#: (the gold sets' annotators agree on that span)
_REGIONS_AFTER_CHINA = {"810000": "香港", "820000": "澳门"}


def _autonomous_short_name(name: str, short: str) -> str | None:
    """积石山县 for 积石山保安族东乡族撒拉族自治县 (short 积石山), 阿鲁科尔沁旗 for an
    autonomous banner: the short name with its level word, as the press writes it."""
    for full, level in (("自治县", "县"), ("自治旗", "旗")):
        if name.endswith(full) and short and not short.endswith(level) and name.startswith(short):
            return short + level
    return None


def _place_entries(reference: Reference, directory: Path) -> Iterator[GazetteerEntry]:
    places = sorted(reference.places.values(), key=lambda p: (_LEVEL_ORDER.get(p.level, 9), p.code))
    free = frozenset(read_list(directory / "county_free_aliases.txt"))
    stop = frozenset(read_list(directory / "county_stop_words.txt"))
    country_stop = frozenset(read_list(directory / "stop_aliases.txt"))
    for place in places:
        label = PLACE_LABEL_BY_LEVEL.get(place.level, "SpecialArea")
        if place.level == "country" and place.name_zh in country_stop:
            continue  # 加纳 in 增加纳税, 中非 in 中非合作: too ambiguous to match alone
        if not place.current and place not in reference.places_by_name(place.name_zh):
            continue  # 崇川区 320602, abolished: the name belongs to 崇川区 320613 now
        if place.level == "county":
            entry = _county_entry(
                reference, place.name_zh, place.iri, alias=False, free=free, stop=stop
            )
            if entry is not None:
                yield entry
            continue
        yield GazetteerEntry(place.name_zh, label, place.iri, "gazetteer:place")
    for place in places:
        label = PLACE_LABEL_BY_LEVEL.get(place.level, "SpecialArea")
        for alias in place.aliases_zh:
            if place.level == "county":
                entry = _county_entry(reference, alias, place.iri, alias=True, free=free, stop=stop)
                if entry is not None:
                    yield entry
                named = _autonomous_short_name(place.name_zh, alias)
                if named and named not in stop and not reference.places_by_name(named):
                    yield GazetteerEntry(named, "County", place.iri, "gazetteer:place-alias")
                continue
            # 全国/我国 are aliases of China in the reference, but they are scope words,
            # not names; kg.extract reads them as scope for figures.
            short = len(alias) <= 2
            yield GazetteerEntry(alias, label, place.iri, "gazetteer:place-alias", short=short)
            if place.code in _REGIONS_AFTER_CHINA and alias == _REGIONS_AFTER_CHINA[place.code]:
                # 对中国香港、欧盟…: the region, written after 中国, is one name
                yield GazetteerEntry("中国" + alias, label, place.iri, "gazetteer:place-alias")


def build_entries(reference: Reference, directory: Path | None = None) -> list[GazetteerEntry]:
    """Return every gazetteer entry: orgs, zones, then places; full names before aliases.

    Args:
        reference: the loaded reference data.
        directory: the gazetteer data directory (extra aliases); default
            ``kg.paths.gazetteer_dir()``.

    Returns:
        Entries in priority order (the first entry of a surface wins).
    """
    directory = directory or gazetteer_dir()
    traps = [
        GazetteerEntry(w, TRAP_LABEL, "", "gazetteer:trap")
        for w in read_list(directory / "trap_words.txt")
    ]
    return [
        *traps,
        *_agreement_entries(reference),
        *_org_entries(reference, directory),
        *_zone_entries(reference),
        *_place_entries(reference, directory),
    ]


@lru_cache(maxsize=4)
def _cached_gazetteer(directory: Path) -> Gazetteer:
    from kg.refdata import load_reference

    return build_gazetteer(load_reference(), directory=directory)


def build_gazetteer(
    reference: Reference | None = None, *, directory: Path | None = None
) -> Gazetteer:
    """Compile the gazetteer for ``reference`` (default: the bundled reference, cached).

    Args:
        reference: reference data; None loads ``data/reference/`` once per process.
        directory: the gazetteer data directory; default ``kg.paths.gazetteer_dir()``
            (``$KG_DATA_DIR/gazetteer`` when that is set).

    Returns:
        A compiled ``Gazetteer``.
    """
    directory = directory or gazetteer_dir()
    if reference is None:
        return _cached_gazetteer(directory)
    stop = read_list(directory / "stop_aliases.txt")
    return Gazetteer(
        build_entries(reference, directory),
        stop_words=stop,
        local_prefix_aliases=national_short_aliases(directory),
        word_breaks=WordBreaks().load(),
    )
