"""Name and link the government bodies found by grammar (``kg.nlp.bodies``).

Input: a body's surface form (``四川统计局``, ``省政府``, ``商务部外资司``), the reference
data and, for a name headed by a bare level word (省政府), the place the context names.
Output: a ``BodyName``: the canonical name, the IRI (the table body when the table
lists it under that name, else ``org/x-<hash of the canonical name>``), and the body
or place the name says it belongs to.
It does not: find names in text (``kg.nlp.bodies``) or write relations.

Canonical names make one body one IRI however it is written: the place part is
spelled in full (四川 → 四川省, 成都 → 成都市), a bare 政府 is 人民政府, a table body
heading a department is written by its full name (工信部电子信息司 →
工业和信息化部电子信息司). ``kg.eval.refs`` resolves gold ``body:`` refs with the
same function, so annotators and the extractor agree by construction.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg import iris
from kg.model import Mention
from kg.nlp.bodies import BODY_RULES
from kg.nlp.lexicon import read_table
from kg.paths import gazetteer_dir
from kg.refdata.records import Org, Place, Reference

__all__ = [
    "BodyName",
    "LEVEL_WORDS",
    "body_records",
    "level_word",
    "canonical_body",
    "context_place",
    "link_body",
    "mentioned_place",
    "official_prefix",
    "spokesperson_body",
    "title_place",
]

_PLACE_PREFIX = iris.KGR + "place/"

#: a level word heading a body name → the place levels it can stand for (市 is also a
#: municipality such as 上海市).
LEVEL_WORDS: dict[str, tuple[str, ...]] = {
    "自治区": ("province",),
    "省": ("province",),
    "市": ("prefecture", "province"),
    "县": ("county",),
    "区": ("county",),
}
_HEAD_MAX = 12


@dataclass(frozen=True, slots=True)
class BodyName:
    """A government body as the graph names it."""

    canonical: str  # 四川省统计局
    iri: str
    in_reference: bool
    parent: str | None = None  # IRI of the body it belongs to (org:subOrganizationOf)
    place: str | None = None  # IRI of the place it serves (schema:areaServed)
    parent_name: str | None = None  # canonical name of a parent the table does not list


def _clean(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _place_head(name: str, reference: Reference) -> tuple[int, Place] | None:
    for length in range(min(len(name) - 1, _HEAD_MAX), 1, -1):
        found = reference.places_by_name(name[:length])
        if found:
            return length, found[0]
    return None


def _org_head(name: str, reference: Reference) -> tuple[int, Org] | None:
    for length in range(min(len(name) - 1, _HEAD_MAX), 1, -1):
        org = reference.org_by_name(name[:length])
        if org is not None:
            return length, org
    return None


def _table(name: str, reference: Reference) -> BodyName | None:
    org = reference.org_by_name(name)
    if org is None:
        return None
    parent = iris.org_iri(org.parent) if org.parent else None
    place = iris.place_iri(org.place) if org.place else None
    return BodyName(org.name_zh, org.iri, True, parent, place)


def level_word(name: str) -> str | None:
    """The level word a body name opens with (省 in 省政府, 自治区 in 自治区卫健委), or None;
    市 of 市场 (市场监管总局…) is no level word."""
    if name.startswith(_NOT_LEVEL_OPENINGS):
        return None
    return next((word for word in LEVEL_WORDS if name.startswith(word)), None)


#: words that open with a level character without being a level word
_NOT_LEVEL_OPENINGS = ("市场", "市民", "区域", "县域", "省份")


def abbreviations(directory: Path | None = None) -> dict[str, str]:
    """Short forms of body names and their full forms (科创委 → 科技创新委员会), from
    ``body_abbreviations.tsv`` in ``directory`` (default ``kg.paths.gazetteer_dir()``)."""
    return _gazetteer_table(directory or gazetteer_dir(), "body_abbreviations.tsv")


@lru_cache(maxsize=4)
def _gazetteer_table(directory: Path, name: str) -> dict[str, str]:
    """The first two columns of a gazetteer table as a dict (read once per file)."""
    return {row[0]: row[1] for row in read_table(directory / name)}


def _department(parent: str, rest: str) -> str:
    """A ministry's department by its full name (商务部 + 国际司 → 国际经贸关系司), from
    ``department_abbreviations.tsv``; other names as given."""
    return _departments().get((parent, rest), rest)


@lru_cache(maxsize=1)
def _departments() -> dict[tuple[str, str], str]:
    return {
        (row[0], row[1]): row[2]
        for row in read_table(gazetteer_dir() / "department_abbreviations.tsv")
    }


def _rest(rest: str) -> str:
    """The body part of a name in full: 政府 → 人民政府, 科创委 → 科技创新委员会."""
    if rest == "政府":
        return "人民政府"
    return abbreviations().get(rest, rest)


_GOVERNMENT = "人民政府"


def official_prefix(place: Place, reference: Reference) -> str:
    """The place a body's official name writes before ``place``: a district's city
    (上海市浦东新区人民政府, 大连市金州区人民政府), nothing for a county-level city, a county or a
    higher place (张家港市人民政府, 杭州市商务局), however the article wrote it: one body, one IRI."""
    if place.level != "county" or not place.name_zh.endswith("区") or not place.parent:
        return ""
    parent = reference.places.get(place.parent)
    return parent.name_zh if parent is not None and parent.level != "country" else ""


def _customs_district(rest: str, reference: Reference) -> BodyName | None:
    """The customs district ``rest`` names (兰州海关 after 海关总署), else None."""
    head = _place_head(rest, reference) if rest.endswith("海关") else None
    if head is None or head[0] != len(rest) - 2:
        return None
    return canonical_body(rest, reference)


def canonical_body(
    surface: str, reference: Reference, context: Place | None = None
) -> BodyName | None:
    """Return the canonical name and IRI of a government body.

    Args:
        surface: the name as written (``四川统计局``, ``省政府``).
        reference: the reference data (places and table bodies).
        context: the place a bare level word (省, 市) stands for; without it such a
            name cannot be linked.

    Returns:
        The body, or None when the name is headed by a level word and no context
        place was given.
    """
    name = _clean(surface)
    listed = _table(name, reference)
    if listed is not None:
        return listed
    parent: str | None = None
    parent_name: str | None = None
    place: str | None = None
    level = level_word(name)
    if name.startswith("全国") and len(name) > 2:
        canonical = "全国" + _rest(name[2:])  # 全国人大 → 全国人民代表大会
    elif level and context is not None and _place_head(name, reference) is None:
        canonical = (
            official_prefix(context, reference) + context.name_zh + _rest(name[len(level) :])
        )
        place = context.iri
    elif level and _place_head(name, reference) is None and _org_head(name, reference) is None:
        return None
    else:
        org_head = _org_head(name, reference)
        place_head = _place_head(name, reference)
        if org_head is not None and (place_head is None or org_head[0] >= place_head[0]):
            length, org = org_head
            canonical = org.name_zh + _department(org.slug, _rest(name[length:]))
            parent = org.iri
            district = _customs_district(name[length:], reference)
            if district is not None:  # 海关总署兰州海关 is 兰州海关, of 海关总署
                canonical, place = district.canonical, district.place
            branch = _place_head(name[length:], reference)
            if branch is not None:
                place = branch[1].iri  # 国家外汇管理局福建省分局 serves 福建省
            elif org.place and org.place != "156" and org.place in reference.places:
                place = reference.places[org.place].iri  # 福建省人民政府办公厅 serves 福建
        elif place_head is not None:
            length, found = place_head
            prefix = ""
            inner = _place_head(name[length:], reference)
            while inner is not None and found in reference.ancestors(inner[1].code):
                # 大连市金州区人民政府 serves 金州区, 宁夏银川市金凤区政府 金凤区
                length, found = length + inner[0], inner[1]
                inner = _place_head(name[length:], reference)
            prefix = official_prefix(found, reference)
            rest = name[length:]
            national = _table(rest, reference) if found.code == "156" else None
            if national is not None:
                return national  # 中国商务部 is 商务部
            full = found.name_zh
            if rest[:1] and full.endswith(rest[:1]) and not name[:length].endswith(rest[:1]):
                rest = rest[1:]  # 四川 + 省统计局 → 四川省 + 统计局
            canonical = prefix + full + _rest(rest)
            place = found.iri if found.code != "156" else None  # 中国气象局 is national
            # a customs district (成都海关) does not name 海关总署: no parent (SCOPE.md)
            if rest.startswith(_GOVERNMENT) and len(rest) > len(_GOVERNMENT):
                # 三明市人民政府办公室 is an office of 三明市人民政府
                government = prefix + full + _GOVERNMENT
                listed_government = _table(government, reference)
                if listed_government is not None:
                    parent = listed_government.iri
                else:
                    parent, parent_name = iris.local_org_iri(government), government
        else:
            canonical = _rest(name)  # 质检总局 → 国家质量监督检验检疫总局 (a whole-name row)
    listed = _table(canonical, reference)
    if listed is not None:
        return listed
    owner = _stationed_owner(canonical)
    if owner is not None:  # 镇江海关驻丹阳办事处 belongs to 镇江海关, not to 镇江
        owner_body = _table(owner, reference)
        parent = owner_body.iri if owner_body else iris.local_org_iri(owner)
        parent_name, place = (None if owner_body else owner), None
    division = _DIVISION.fullmatch(canonical) if owner is None else None
    if division is not None:  # 南宁海关综合业务处 belongs to 南宁海关, named or not
        owner_body = canonical_body(division.group(1), reference)
        if owner_body is not None:  # (海关总署广东分署统计分析处: the 分署, not 海关总署)
            parent = owner_body.iri
            parent_name = None if owner_body.in_reference else owner_body.canonical
    return BodyName(canonical, iris.local_org_iri(canonical), False, parent, place, parent_name)


#: a body's office stationed elsewhere: owner + 驻 + place + 办事处/代表处
_STATIONED = re.compile(r"(.{2,}?(?:海关|局|厅|委|办|署|政府|委员会))驻.{2,8}(?:办事处|代表处)")


#: a division of a body: the body's name, then a function and 处/科 (南宁海关综合业务处,
#: 广州市商务局外贸处); the body is the longest head ending in a body word
_DIVISION = re.compile(r"(.{2,}(?:海关|局|厅|委员会|委|署|办公室))[^局厅委署关处科]{1,8}[处科]")


def _stationed_owner(canonical: str) -> str | None:
    """The name of the body an office 驻 somewhere belongs to (镇江海关 in
    镇江海关驻丹阳办事处), or None for any other name."""
    found = _STATIONED.fullmatch(canonical)
    return found.group(1) if found is not None else None


def _place_opening(name: str, reference: Reference) -> Place | None:
    """The place whose full name opens a body's name (福建省政府 → 福建省), else None."""
    for length in range(min(len(name) - 1, 12), 1, -1):
        head = name[:length]
        for place in reference.places_by_name(head):
            if place.name_zh == head and place.level in {"province", "prefecture", "county"}:
                return place
    return None


def mentioned_place(mention: Mention, reference: Reference) -> Place | None:
    """The place a linked mention names: a place, or the place opening a body's name
    (福建省委, 福建省政府 → 福建省); None for anything else."""
    if mention.iri is None:
        return None
    if mention.iri.startswith(_PLACE_PREFIX):
        return reference.places.get(mention.iri[len(_PLACE_PREFIX) :])
    if mention.label == "Organization":
        return _place_opening(mention.text, reference)
    return None


#: provinces no 省政府 of a mainland article stands for: 台湾, 香港, 澳门 (named as partners)
_NO_PROVINCE_GOVERNMENT = frozenset({"710000", "810000", "820000"})


def context_place(
    mentions: Sequence[Mention], before: int, level_word: str, reference: Reference
) -> Place | None:
    """The place a bare level word (省 in 省政府) stands for: the last place of a
    matching level named before ``before`` in the article, else the first after it.

    Args:
        mentions: linked mentions of the article, in text order.
        before: offset of the body name.
        level_word: 省, 市, 县 or 区.
        reference: the reference data.

    Returns:
        The place, or None when the article names none of that level.
    """
    levels = LEVEL_WORDS.get(level_word, ())
    before_it: Place | None = None
    after_it: Place | None = None
    for mention in mentions:
        place = mentioned_place(mention, reference)
        if place is None or place.level not in levels:
            continue
        if level_word == "市" and place.level == "province" and not place.name_zh.endswith("市"):
            continue
        if place.code in _NO_PROVINCE_GOVERNMENT:
            continue  # 福建对台湾地区进出口…配合省政府: 台湾 is a trade partner there
        if mention.start < before:
            before_it = place
        elif after_it is None:
            after_it = place
    return before_it or after_it


def title_place(title: str, level_word: str, reference: Reference) -> Place | None:
    """The first place of the level word's level named in the headline (宁夏 in
    1-7月宁夏扩大有效投资…), for a body whose article body names no such place."""
    levels = LEVEL_WORDS.get(level_word, ())
    best: tuple[int, Place] | None = None
    for place in reference.places.values():
        if place.level not in levels:
            continue
        for name in (place.name_zh, *place.aliases_zh):
            at = title.find(name) if len(name) >= 2 else -1
            if at >= 0 and (best is None or at < best[0]):
                best = (at, place)
    return best[1] if best else None


def link_body(
    mention: Mention, mentions: Sequence[Mention], reference: Reference, title: str = ""
) -> BodyName | None:
    """Name and link one ``pattern:body`` mention (see ``canonical_body``).

    Args:
        mention: the body mention.
        mentions: the article's mentions in text order (for 省政府's province).
        reference: the reference data.
        title: the headline, read when the body names no place of the level.
    """
    context = None
    level = level_word(mention.text)
    if level is not None:
        context = context_place(mentions, mention.start, level, reference)
        context = context or title_place(title, level, reference)
    owner = spokesperson_body(mention, mentions)
    if owner is not None:  # 海关总署新闻发言人、统计分析司: 海关总署统计分析司
        return canonical_body(owner.text + mention.text, reference, context)
    return canonical_body(mention.text, reference, context)


_SPOKESPERSON_GAP = len("新闻发言人、")


def spokesperson_body(mention: Mention, mentions: Sequence[Mention]) -> Mention | None:
    """The body a department follows in …新闻发言人、<department>司长 (None otherwise)."""
    if not mention.text.endswith("司"):
        return None
    for other in mentions:
        if other.label == "Organization" and other.end == mention.start - _SPOKESPERSON_GAP:
            return other
    return None


def body_records(
    mentions: Sequence[Mention], reference: Reference, title: str = ""
) -> dict[str, BodyName]:
    """Every body named by grammar in linked ``mentions``, by IRI (first mention wins)."""
    records: dict[str, BodyName] = {}
    for mention in mentions:
        if mention.rule not in BODY_RULES or mention.iri is None or mention.iri in records:
            continue
        body = link_body(mention, mentions, reference, title)
        if body is not None:
            records[body.iri] = body
    return records
