"""Statements of zone counts → ``Claim`` records that ``kg check`` can verify.

Input: ``Annotated`` (sentences, the article title) and the linked mentions.
Output: ``Claim`` records with evidence. It does not: check claims (``kg.check``),
parse numerals (``kg.nlp.numbers``) or link names.

Rules (rule ids in the evidence): ``claim:zones-in-place`` (浙江共有12个综试区;
金华市有金华、义乌两个; 全省共有… after the province is named), ``claim:zones-nationwide``
(全国跨境电商综试区已达132个; 我国已设立21个自贸试验区; 国务院已先后分七批设立了165个;
依托全国165个综试区), ``claim:programme-nationwide`` (全国市场采购贸易方式试点总数达到31家:
a programme of pilots, zone type ``kgo:PilotZone``), ``claim:zones-in-first-batches`` (前五批105个),
``claim:zones-ordinal`` (成都第3个综保区: a zones-in-place count),
``claim:zones-nationwide-ordinal`` (全国第18个国家级新区; not for CBEC zones),
``claim:province-coverage`` (率先实现省域全覆盖), ``claim:first-zone`` (2015年，国家在
杭州设立第一个跨境电子商务综合试验区: about = the place, value = the year). Counts of
other programmes (自贸试验区, 综合保税区, 国家级新区) keep their ``zone_type``. A count
stated in the article title gives the same claim with a ``…-title`` rule, its evidence
the title (offsets 0–0: the title is not part of the body). ``as_of`` is the
article's publication date (UTC).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from kg import iris
from kg.extract.relations import evidence, zone_host_mention
from kg.model import Annotated, Claim, Evidence, Mention
from kg.nlp.lexicon import read_list
from kg.nlp.numbers import NumberParseError, parse_integer
from kg.paths import gazetteer_dir

__all__ = ["extract_claims"]

CHINA = iris.place_iri("156")
CBEC = "kgo:CrossBorderEcommerceZone"
_N = r"(?P<n>\d+|[零〇一两二三四五六七八九十百千]{1,8})"
_CBEC_ZONE = r"(?:跨境电商|跨境电子商务)?(?:综试区|综合试验区)"
_FTZ_ZONE = r"(?:自贸试验区|自由贸易试验区)"
_OTHER_ZONE = r"(?:综合保税区|综保区|国家级新区)"
_ZONE = rf"(?:{_CBEC_ZONE}|{_FTZ_ZONE}|{_OTHER_ZONE})"
#: zone word → the class of zones it counts (自贸区 alone is often an FTA: not counted)
_ZONE_TYPES = (
    (re.compile(_FTZ_ZONE), "kgo:FreeTradeZone"),
    (re.compile(_OTHER_ZONE), "kgo:PilotZone"),
    (re.compile(_CBEC_ZONE), CBEC),
)
_ANY_ZONE = re.compile(r"综试区|综合试验区|自贸试验区|自由贸易试验区|综合保税区|综保区|国家级新区")
_REACH = (
    r"(?:数量|总数)?(?:由此)?(?:已达|已达到|达到|达|增至|已增至|增加到|增加至|扩大到|扩大至|"
    r"共|已有|拥有|有)了?"
)
_COUNT = rf"{_N}(?:余|多)?个"
# 全国综试区已达132个; 我国已设立21个自贸试验区; 国务院已先后分七批设立了165个综试区
_NATIONWIDE = (
    re.compile(rf"(?:全国|我国)(?:已有|共有|拥有)?(?P<zone>{_ZONE})(?:{_REACH})?{_COUNT}"),
    re.compile(
        rf"(?:全国|我国|国务院|国家)(?:目前|已|共|先后|累计|分[一二三四五六七八九十\d多]+批次?)*(?:批准)?"
        rf"(?:设立|设立了|建设|拥有|有)了?{_COUNT}(?P<zone>{_ZONE})"
    ),
    # 依托全国165个跨境电子商务综合试验区: the count written before the zone word (在全国105个
    # 综试区考核中排名第15 is the count of an assessment, not of today's zones)
    re.compile(
        rf"(?:全国|我国)的?{_COUNT}(?P<zone>{_ZONE})(?![^，。；]{{0,8}}(?:考核|评估|排名|排在|位列))"
    ),
    # 至此，跨境电商综试区总数达到165个; a title's 跨境电商综试区 总数增至165个: the total of a
    # programme, at a clause start (a place before the zone word makes it the place's)
    re.compile(
        rf"(?:^|(?<=[，。；：\s个])|(?<=至此|目前|现在))(?P<zone>{_ZONE})\s*(?:总数|总量|数量)"
        rf"(?:已经?)?(?:增至|增加到|增加至|扩大到|扩大至|扩容至|达到|达)了?{_COUNT}"
    ),
)
# 全国市场采购贸易方式试点总数达到31家, 全国重点开发开放试验区增至9个: the total of a
# programme of pilots the reference does not count (kgo:PilotZone: kg check cannot check it)
_PROGRAMME_NATIONWIDE = re.compile(
    r"(?:全国|我国)(?P<programme>[\u4e00-\u9fff]{2,16}?(?:试点|试验区|示范区|合作区))"
    r"(?:地区|城市|市场|单位)?\s*(?:总数|总量|数量)?(?:已经?)?"
    rf"(?:增至|增加到|增加至|扩大到|扩大至|扩容至|达到|达)了?{_N}(?:余|多)?[个家]"
)
# 赣江新区是全国第18个国家级新区: the Nth of a programme the reference does not count (a
# CBEC zone's ordinal dates its own approval, not the article's count: left out)
_NATIONWIDE_ORDINAL = re.compile(
    rf"(?:全国|我国|之后)的?第{_N}个(?P<zone>{_FTZ_ZONE}|{_OTHER_ZONE})"
)  # 长春新区是继上海浦东新区…之后的第17个国家级新区
_IN_PLACE = re.compile(
    rf"(?:现|目前|当前|现已|目前已)?(?:共有|拥有|已有|有|(?P<rise>增至|增加到|增加至))"
    rf"(?:(?:[\u4e00-\u9fff]{{2,4}}[、和])*[\u4e00-\u9fff]{{0,4}}?){_N}个(?P<zone>{_ZONE})?"
)  # 浙江省综试区增至杭州、宁波、义乌3个，广东省增至广州、深圳、珠海、东莞4个
# 前五批共105个, 此前六批已累计设立132个
_FIRST_BATCHES = re.compile(
    rf"^(?:已|共|累计|合计|总计|先后)*(?:批准)?(?:设立|获批)?了?(?:共|合计|总计)?{_N}个"
)
_COVERAGE = re.compile(r"(?:省域|设区市|地级市)?全覆盖")
# 首个综试区; not a region's first (我国北方第一个自贸试验区, 西部地区首个综保区)
_FIRST = re.compile(rf"(?:首个|第一个|全国首个|首家)(?P<zone>{_ZONE})")
_REGION_WORDS = "|".join(
    sorted(read_list(gazetteer_dir() / "region_words.txt"), key=len, reverse=True)
)
#: a region word ending the text before 首个 (西部地区首个, 中西部省份的第一个)
_REGION_BEFORE = re.compile(rf"(?:{_REGION_WORDS})(?:地区|省份|省区|城市)?的?$")
_REGION_IN = re.compile(rf"(?:{_REGION_WORDS})(?:地区|省份|省区)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
#: …首个综试区是2016年获批的…: what follows names the first zone
_FIRST_IS = re.compile(r"(?:为|是)")
_SHORT_NAME = re.compile(r"(?<=..)(?:省|市)$")  # 浙江省 in the body, 浙江 in the title
_PLACE_LABELS = frozenset({"Province", "Prefecture", "County", "SpecialArea"})


def _number(raw: str) -> int | None:
    try:
        return parse_integer(raw)
    except NumberParseError:
        return None


def _zone_type(zone_word: str | None) -> str:
    for pattern, zone_type in _ZONE_TYPES:
        if zone_word and pattern.fullmatch(zone_word):
            return zone_type
    return CBEC


@dataclass(frozen=True, slots=True)
class _Text:
    """A text the rules read: a body sentence (``offset`` into the body) or the title."""

    text: str
    offset: int
    is_title: bool = False


def _claim(
    annotated: Annotated,
    where: _Text,
    kind: str,
    about: str,
    span: tuple[int, int],
    rule: str,
    value: int | None,
    *,
    upto: int | None = None,
    zone_type: str = CBEC,
) -> Claim:
    article = annotated.article
    if where.is_title:
        ev = Evidence(0, 0, where.text[span[0] : span[1]], where.text, rule + "-title")
    else:
        ev = evidence(annotated, where.offset + span[0], where.offset + span[1], rule)
    key: tuple[object, ...] = (kind, about, value, upto) + (
        () if zone_type == CBEC else (zone_type,)
    )
    return Claim(
        iri=iris.claim_iri(article.id, *key),
        kind=kind,
        about=about,
        as_of=article.published.date(),
        evidence=ev,
        value=value,
        upto_batch=upto,
        zone_type=zone_type,
    )


def extract_claims(annotated: Annotated, mentions: Sequence[Mention]) -> list[Claim]:
    """Find the zone-count statements of one article, its title included.

    Args:
        annotated: the article with sentence spans.
        mentions: linked mentions (places, batches).

    Returns:
        Claims in text order (title claims last), one per (kind, about, value, zone type);
        a claim stated in both title and body keeps the body's evidence.
    """
    body = annotated.article.body
    places = [m for m in mentions if m.label in _PLACE_LABELS and m.iri]
    hosts = [host for m in mentions if (host := _first_zone_host(m)) is not None]
    zone_places = sorted(places + hosts, key=lambda m: m.start)
    claims: list[Claim] = []
    owners = {
        p.end: (p.start, p.iri) for p in places if p.iri
    }  # a count's owner ends where it starts
    for s_start, s_end in annotated.sentences:
        where = _Text(body[s_start:s_end], s_start)
        claims += _programmes(annotated, where)
        if _ANY_ZONE.search(body, s_start, s_end) is None:
            continue
        claims += _nationwide(annotated, where)
        claims += _in_place(annotated, where, owners)
        claims += _all_cities(annotated, where, owners)
        claims += _counts_after_places(annotated, where, owners)
        claims += _coverage(annotated, where, places)
        claims += _first_zone(annotated, where, zone_places)
    claims += _first_batches(annotated, mentions)
    claims += _title_claims(annotated, places)
    unique: dict[tuple[str, str, int | None, str], Claim] = {}
    for claim in claims:
        unique.setdefault((claim.kind, claim.about, claim.value, claim.zone_type), claim)
    return sorted(
        unique.values(), key=lambda c: (c.evidence.rule.endswith("-title"), c.evidence.start)
    )


_FTZ_IRI = re.compile(re.escape(iris.KGR) + r"zone/ftz-(?P<code>\d{6})$")


def _first_zone_host(mention: Mention) -> Mention | None:
    """A CBEC or free-trade-zone mention as a mention of its host place: 上海自贸试验区是我国
    第一个自由贸易试验区 is a first-zone claim about 上海; None for anything else."""
    host = zone_host_mention(mention)
    ftz = _FTZ_IRI.match(mention.iri or "") if mention.label == "FreeTradeZone" else None
    if host is None and ftz is not None:
        host = replace(mention, label="Province", iri=iris.place_iri(ftz["code"]))
    return host


def _title_claims(annotated: Annotated, places: Sequence[Mention]) -> list[Claim]:
    """商务部：全国跨境电商综试区已达132个 in the title: the same rules on the title text.

    The title is not annotated: its places are the body's place names found in it.
    """
    title = annotated.article.title
    if not title or _ANY_ZONE.search(title) is None:
        return []
    where = _Text(title, 0, is_title=True)
    owners: dict[int, tuple[int, str]] = {}
    provinces: list[tuple[int, int, str]] = []
    for place in places:
        for name in {place.text, _SHORT_NAME.sub("", place.text)} - {""}:
            for match in re.finditer(re.escape(name), title):
                owners[match.end()] = (match.start(), place.iri or "")
                if place.label == "Province":
                    provinces.append((match.start(), match.end(), place.iri or ""))
    found = _nationwide(annotated, where) + _in_place(annotated, where, owners)
    for match in _COVERAGE.finditer(title):
        before = sorted(p for p in provinces if p[1] <= match.start())
        if before:
            found.append(
                _claim(
                    annotated,
                    where,
                    "kgo:ProvinceCoverage",
                    before[-1][2],
                    (before[-1][0], match.end()),
                    "claim:province-coverage",
                    None,
                )
            )
    return found


def _nationwide(annotated: Annotated, where: _Text) -> list[Claim]:
    found = []
    patterns = [(p, "claim:zones-nationwide") for p in _NATIONWIDE]
    for pattern, rule in [*patterns, (_NATIONWIDE_ORDINAL, "claim:zones-nationwide-ordinal")]:
        for match in pattern.finditer(where.text):
            value = _number(match.group("n"))
            if value is None or (rule.endswith("ordinal") and value < 2):
                continue  # 全国第一个 is a first-zone statement, not a count
            clause = re.split(r"[，,；;]", where.text[: match.start()])[-1]
            if rule.endswith("ordinal") and _REGION_IN.search(clause):
                continue  # 东北地区继…之后的第三个国家级新区: the region's count
            found.append(
                _nationwide_claim(annotated, where, match, rule, value, _zone_type(match["zone"]))
            )
    return found


def _nationwide_claim(
    annotated: Annotated,
    where: _Text,
    match: re.Match[str],
    rule: str,
    value: int,
    zone_type: str,
) -> Claim:
    """The ZonesNationwide claim ``match`` states (about China)."""
    return _claim(
        annotated,
        where,
        "kgo:ZonesNationwide",
        CHINA,
        match.span(),
        rule,
        value,
        zone_type=zone_type,
    )


#: 江苏13个设区市全部获批设立跨境电商综试区: every city of the place has one, N in all
_ALL_CITIES = re.compile(
    rf"{_N}个(?:设区市|地级市|地市|城市|市)(?:已经?)?(?:全部|均|都)(?:已经?)?(?:获批)?(?:设立|设有|拥有)?"
    rf"了?(?P<zone>{_ZONE})"
)


def _all_cities(
    annotated: Annotated, where: _Text, owners: dict[int, tuple[int, str]]
) -> list[Claim]:
    """PLACE N个设区市全部获批设立综试区 → the place has N zones (one per city)."""
    found = []
    for match in _ALL_CITIES.finditer(where.text):
        owner = owners.get(where.offset + match.start())
        if owner is not None:
            claim = _place_count(annotated, where, owner, match, "claim:zones-in-place")
            found += [claim] if claim is not None else []
    return found


def _programmes(annotated: Annotated, where: _Text) -> list[Claim]:
    """全国市场采购贸易方式试点总数达到31家: the count of a programme of pilots."""
    found = []
    for match in _PROGRAMME_NATIONWIDE.finditer(where.text):
        value = _number(match.group("n"))
        if value is None or _ANY_ZONE.search(match.group("programme")):
            continue  # 全国自贸试验区增至21个: a zone kind the rules above count
        found.append(
            _nationwide_claim(
                annotated, where, match, "claim:programme-nationwide", value, "kgo:PilotZone"
            )
        )
    return found


def _in_place(
    annotated: Annotated, where: _Text, owners: dict[int, tuple[int, str]]
) -> list[Claim]:
    """PLACE 共有 N 个综试区 / PLACE 有 A、B 两个 (inside a sentence about zones).

    ``owners``: (start, IRI) of the places by their end offset, in the offsets of the
    body (or of the title for a title).
    """
    found = []
    for match in _IN_PLACE.finditer(where.text):
        owner = (
            owners.get(where.offset + match.start())
            or _owner_before_word(where, match.start(), owners)
            or _scope_owner(where, match.start(), owners)
        )
        if owner is None:
            continue
        tail = where.text[match.end() : match.end() + 1]
        if match.group("zone") is None and tail not in {"）", ")", "，", "。", "；"}:
            continue
        claim = _place_count(annotated, where, owner, match, "claim:zones-in-place")
        if claim is not None and match.group("zone") is None:
            claim = replace(claim, zone_type=_zone_type(_last_zone_word(where.text, match.start())))
        if claim is not None:
            found.append(claim)
    return found


def _last_zone_word(text: str, at: int) -> str | None:
    """The last zone word in ``text`` before ``at`` (the zones 有A、B两个 counts), else None."""
    words = [m.group() for m in _ANY_ZONE.finditer(text, 0, at)]
    return words[-1] if words else None


def _place_count(
    annotated: Annotated,
    where: _Text,
    owner: tuple[int, str],
    match: re.Match[str],
    rule: str,
) -> Claim | None:
    """The ZonesInPlace claim of ``owner`` (start, IRI) that ``match`` counts (group ``n``,
    optional group ``zone``), or None when the count does not parse."""
    value = _number(match.group("n"))
    if value is None:
        return None
    start, iri = owner
    return _claim(
        annotated,
        where,
        "kgo:ZonesInPlace",
        iri,
        (start - where.offset, match.end()),
        rule,
        value,
        zone_type=_zone_type(match.group("zone")),
    )


# 四川综保区数量增至6个, 浙江的综试区已增至5个: the place right before the zone word; 四川第6个、成都第3个综合保税区:
# an ordinal after a place, with the zone word later in the clause, is that place's count
_PLACE_REACH = re.compile(
    rf"的?(?P<zone>{_ZONE})(?:(?:数量|总数)(?:由此)?(?:已)?(?:增至|增加到|达到|达)|"
    rf"已(?:增至|增加到|达到|达)|增至|增加到|增加至)了?{_COUNT}"
)  # 浙江的综试区已增至5个, 内蒙古综保区增至2个 too
#: words between a place and its ordinal (内蒙古获批的第二个综合保税区)
_ORDINAL_GAP = re.compile(r"(?:获批设立|获批|批准设立)的?$")  # not 在杭州设立第一个
_ORDINAL = re.compile(rf"第{_N}个(?=[^，。；]{{0,20}}?(?P<zone>{_ZONE}))")


def _counts_after_places(
    annotated: Annotated, where: _Text, owners: dict[int, tuple[int, str]]
) -> list[Claim]:
    """The zone counts written right after a place (四川综保区数量增至6个, 成都第3个综保区)."""
    found = []
    for pattern, rule in (
        (_PLACE_REACH, "claim:zones-in-place"),
        (_ORDINAL, "claim:zones-ordinal"),
    ):
        for match in pattern.finditer(where.text):
            owner = owners.get(where.offset + match.start())
            if owner is None and pattern is _ORDINAL:
                gap = _ORDINAL_GAP.search(where.text, 0, match.start())
                owner = owners.get(where.offset + gap.start()) if gap and gap.group() else None
            claim = _place_count(annotated, where, owner, match, rule) if owner else None
            if claim is not None:
                found.append(claim)
    return found


#: words between a place and the count it has (海南省由此拥有海口、三亚两个综试区; 浙江省
#: 综试区增至…3个: the zone word)
_OWNER_GAP = re.compile(rf"(?:的?(?P<zone>{_ZONE})(?:数量|总数)?)?(?:由此|目前|现在|已经?|共)*$")


def _owner_before_word(
    where: _Text, at: int, owners: dict[int, tuple[int, str]]
) -> tuple[int, str] | None:
    """The place right before 由此/目前… that comes before ``at``, else None."""
    gap = _OWNER_GAP.search(where.text, 0, at)
    return owners.get(where.offset + gap.start()) if gap and gap.group() else None


_SCOPE_OWNER = re.compile(r"(?:全省|我省|本省|全市|我市|本市)$")


def _scope_owner(
    where: _Text, at: int, owners: dict[int, tuple[int, str]]
) -> tuple[int, str] | None:
    """全省共有12个综试区: the place named last before 全省/全市 in the same text."""
    scope = _SCOPE_OWNER.search(where.text, 0, at)
    if scope is None:
        return None
    level = "省" if "省" in scope.group(0) else "市"
    before = [
        (end, owner)
        for end, owner in owners.items()
        if where.offset <= owner[0]
        and end <= where.offset + scope.start()
        and _level_of(owner[1]) == level
    ]
    if not before:
        return None
    _, (start, iri) = max(before)
    return where.offset + scope.start(), iri


def _level_of(iri: str) -> str:
    """省 for a province code (..0000), 市 for a prefecture (....00), else ''."""
    code = iri.rsplit("/", 1)[-1]
    if not code.isdigit():
        return ""
    return "省" if code.endswith("0000") else "市" if code.endswith("00") else ""


def _coverage(annotated: Annotated, where: _Text, places: Sequence[Mention]) -> list[Claim]:
    found = []
    s_start = where.offset
    for match in _COVERAGE.finditer(where.text):
        provinces = [
            p
            for p in places
            if s_start <= p.start < s_start + match.start() and p.label == "Province"
        ]
        if provinces and provinces[-1].iri:
            span = (provinces[-1].start - s_start, match.end())
            found.append(
                _claim(
                    annotated,
                    where,
                    "kgo:ProvinceCoverage",
                    provinces[-1].iri,
                    span,
                    "claim:province-coverage",
                    None,
                )
            )
    return found


def _first_zone(annotated: Annotated, where: _Text, places: Sequence[Mention]) -> list[Claim]:
    """2015年，国家在杭州设立第一个跨境电子商务综合试验区 → first zone: 杭州, 2015."""
    found = []
    s_start, s_end = where.offset, where.offset + len(where.text)
    for match in _FIRST.finditer(where.text):
        if _REGION_BEFORE.search(where.text, 0, match.start()):
            continue  # the region's first, not the first nationwide
        in_sentence = [p for p in places if s_start <= p.start and p.end <= s_end]
        before = [p for p in in_sentence if p.end - s_start <= match.start()]
        after = [p for p in in_sentence if p.start - s_start >= match.end()]
        zones = [p for p in before if _ANY_ZONE.search(p.text)]  # the zone named as subject
        place = (zones or before)[-1] if before else (after[0] if after else None)
        if (
            before
            and after
            and before[-1].end - s_start == match.start()
            and _FIRST_IS.match(where.text, match.end())
        ):
            place = after[0]  # 江苏首个综试区是…中国（苏州）…: 江苏 scopes it, 苏州 has it
        years = list(_YEAR.finditer(where.text))
        year = next(
            (y for y in reversed(years) if y.end() <= match.start()), years[0] if years else None
        )
        value = int(year.group(1)) if year is not None else None
        if value is None and "今年" in where.text[: match.start()]:
            value = annotated.article.published.year  # 今年3月，国务院批复设立…，这是我国首个…
        if place is None or place.iri is None or value is None:
            continue
        span = (
            min(place.start - s_start, year.start() if year else match.start(), match.start()),
            max(place.end - s_start, match.end()),
        )
        found.append(
            _claim(
                annotated,
                where,
                "kgo:FirstZone",
                place.iri,
                span,
                "claim:first-zone",
                value,
                zone_type=_zone_type(match.group("zone")),
            )
        )
    return found


def _first_batches(annotated: Annotated, mentions: Sequence[Mention]) -> list[Claim]:
    """前五批105个 → the first five batches hold 105 zones."""
    body = annotated.article.body
    found = []
    for mention in mentions:
        if mention.label != "Batch" or mention.iri is None or mention.rule != "pattern:batch-upto":
            continue
        match = _FIRST_BATCHES.match(body[mention.end : mention.end + 12])
        value = _number(match.group("n")) if match else None
        if match is None or value is None:
            continue
        upto = int(mention.iri.rsplit("-", 1)[-1])
        where = _Text(body, 0)
        found.append(
            _claim(
                annotated,
                where,
                "kgo:ZonesInFirstBatches",
                CHINA,
                (mention.start, mention.end + match.end()),
                "claim:zones-in-first-batches",
                value,
                upto=upto,
            )
        )
    return found
