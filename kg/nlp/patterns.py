"""Regex recognisers for things a gazetteer cannot list: titles, zone names, people.

Each function takes the body text (and, for zones, the place mentions already
found) and returns ``Mention`` records with ``iri=None``; linking happens in
``kg.link``. Rule ids are ``pattern:<name>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg import iris
from kg.ingest.reader import BYLINE_EDITOR, BYLINE_ROLES
from kg.model import Mention
from kg.nlp.lexicon import read_table
from kg.paths import gazetteer_dir

__all__ = [
    "GENERIC_ZONE",
    "ZONE_SUFFIXES",
    "find_generic_zones",
    "find_official_zone_names",
    "find_people",
    "find_named_zones",
    "find_place_zones",
    "find_titles",
    "OFFICIAL_TITLES",
    "NAME_END",
    "is_person_name",
    "title_before",
]

_CJK = "\u4e00-\u9fff"
_BLANK = "[ \t\u3000\u00a0]"

# 《…》 is a policy document only when the title ends like one: newspapers
# (《环球时报》), books and papers (《楚国的货币》) are skipped.
_TITLE = re.compile(r"《([^《》\n]{2,150})》")
_DOC_TYPE_END = re.compile(
    r"(批复|(?<=的)函|复函|意见|通知|决定|办法|规定|方案|规划|条例|法|公告|计划|措施|纲要|细则|指引|"
    r"清单|目录|指南|意见稿|年版|协定|协议|公约|提案|议案|路线图|制度|"
    r"宣言|联合声明|议定书|备忘录|白皮书)[）)]?"
    # a trailing period, edition or status note: …三年行动计划（2021—2023年）, …（试行）
    r"([（(](\d{4}\s*[—–\-－~～至到]\s*\d{4}年?|\d{4}年?|\d{4}年(修订|修正)|"
    r"试行|暂行|修订|修订稿|(?:修正|修订)?草案|送审稿|征求意见稿)[）)])?$"
)

#: a document type written right after a 《title》 that does not end in one
_TYPE_AFTER_TITLE = re.compile(r"(?:白皮书|文件|政策文件|规划纲要|实施方案|行动方案|行动计划)")

#: zone words written after a place name (suffix, label, kind), longest first: the one
#: table of them, data/gazetteer/zone_words.tsv
ZONE_SUFFIXES: tuple[tuple[str, str, str], ...] = tuple(
    sorted(
        ((row[0], row[1], row[2]) for row in read_table(gazetteer_dir() / "zone_words.tsv")),
        key=lambda row: -len(row[0]),
    )
)
#: kinds whose zones a province does not host as one zone (四川综保区数量增至6个)
_PROVINCE_PLURAL_KINDS = frozenset({"bonded", "bondedarea"})
#: generic zone words (no place) that still mean a cross-border e-commerce zone.
GENERIC_ZONE = re.compile(
    r"跨境电子商务综合试验区|跨境电商综合试验区|跨境电商综试区|综合试验区|综试区"
)
_OFFICIAL_ZONE = re.compile(
    rf"中国[（(]([{_CJK}]{{2,12}})[）)](跨境电子商务综合试验区|自由贸易试验区|综合保税区)"
)
_OFFICIAL_LABEL = {
    "跨境电子商务综合试验区": "CrossBorderEcommerceZone",
    "自由贸易试验区": "FreeTradeZone",
    "综合保税区": "ComprehensiveBondedZone",
}
# What ends a name after a role word: a speech verb, a date or punctuation.
_NAME_END_WORDS = (
    r"表示|介绍|说|指出|称|强调|回应|透露|答|坦言|通报|宣布|在|就|对|以|出席|今天|今日|昨天|近日|日前|"
    r"当天|当日|此前|近期|上午|下午|晚间|也|还|则|进一步|主持|会见|接受|率|带队|提出|认为|谈到|分析|解读|预计|建议|提醒|说明|解释|逝世|去世|病逝|历任|曾任|于|发布|到会|到场|致辞|讲话|调研|考察|视察|参加|一行|代表|补充|回答|提到|"
    r"作(?:政府工作)?报告|\d{1,2}月\d{1,2}日|\d{1,2}日|：|:|，|,|（|\(|。|、"
)
# 和/与 ends a name too unless such a word follows (局长张永和表示 keeps 张永和;
# 国务院总理李强和马来西亚总理… ends at 李强).
_AFTER_NAME = rf"(?={_NAME_END_WORDS}|[和与](?!{_NAME_END_WORDS}))"
#: what may follow a person's name (a speech verb or punctuation), also for later mentions
NAME_END = re.compile(_AFTER_NAME)
# 商务部新闻发言人束珏婷 / 海关总署新闻发言人、统计分析司司长李魁文 (a second title between).
_SPOKESPERSON = re.compile(
    rf"(?:新闻)?发言人(?:、[{_CJK}]{{1,12}}?(?:长|主任|负责人))?{_BLANK}*([{_CJK}]{{2,3}}?){_AFTER_NAME}"
)
# （总台央视记者 刘颖 张道峰） / 记者 刘颖 / （记者安蓓） / 见习记者丁伟摄）
_REPORTER_LINE = re.compile(rf"记者{_BLANK}+((?:[{_CJK}]{{2,3}}(?:{_BLANK}+|(?=[）)】\n]|摄|$)))+)")
# Chart and drawing credits on a line of their own (图表：陈某 / 制图：陈某), like photo credits.
_CHART_CREDIT = re.compile(rf"(?:^|\n)(?:图表|制图)[：:]{_BLANK}*([{_CJK}]{{2,3}})(?=\n|$)")
_REPORTER_TIGHT = re.compile(rf"记者([{_CJK}]{{2,3}}?)(?=摄?[）)])")
# A name written right after 记者 and followed by a dateline (见习记者程浩 东莞报道).
_REPORTER_DATELINE = re.compile(rf"记者([{_CJK}]{{2,3}}?){_BLANK}+[{_CJK}]{{2,6}}?报道")
# An author line of its own (作者：余源 / 作者：余源（mail@example.com）).
_AUTHOR_LINE = re.compile(rf"(?:^|\n)作者[：:]{_BLANK}*([{_CJK}]{{2,3}})(?=[（(\n]|{_BLANK}|$)")
# Officials named with a title right before the name: 商务部部长王文涛, 常务副省长郭宁宁.
# The titles are data (data/gazetteer/official_titles.txt), longest first.
_TITLES_FILE = gazetteer_dir() / "official_titles.txt"
OFFICIAL_TITLES: tuple[str, ...] = tuple(
    sorted(
        (
            line.strip()
            for line in _TITLES_FILE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        ),
        key=lambda t: (-len(t), t),
    )
)
_TITLE_ALT = "|".join(map(re.escape, OFFICIAL_TITLES))
_OFFICIAL = re.compile(rf"({_TITLE_ALT}){_BLANK}*([{_CJK}]{{2,3}}?){_AFTER_NAME}")
_TITLE_WINDOW = max(map(len, OFFICIAL_TITLES)) + 2  # the title and blanks before a name
_TITLE_AT_END = re.compile(rf"({_TITLE_ALT}){_BLANK}*$")
_SURNAMES_FILE = _TITLES_FILE.with_name("surnames.txt")
SURNAMES: frozenset[str] = frozenset(
    line.strip()
    for line in _SURNAMES_FILE.read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)


def is_person_name(name: str) -> bool:
    """A name opens with a Chinese surname (部长会议 and 部长或代表 hold no person)."""
    return name[:1] in SURNAMES or name[:2] in SURNAMES


_NAME = re.compile(rf"[{_CJK}]{{2,3}}")


def find_titles(text: str) -> list[Mention]:
    """Find policy-document titles written in 《…》.

    Args:
        text: the article body.

    Returns:
        ``Legislation`` mentions covering the brackets, rule ``pattern:title``.
    """
    found: list[Mention] = []
    for match in _TITLE.finditer(text):
        inner = match.group(1)
        typed_after = _TYPE_AFTER_TITLE.match(text, match.end()) is not None
        if _DOC_TYPE_END.search(inner) is None and inner not in {"批复"} and not typed_after:
            continue  # 《共建“一带一路”：…的重大实践》白皮书: the type written after the title
        found.append(
            Mention(match.start(), match.end(), match.group(0), "Legislation", "pattern:title")
        )
    return found


def find_official_zone_names(text: str) -> list[Mention]:
    """Find official zone names such as 中国（金华）跨境电子商务综合试验区.

    Args:
        text: the article body.

    Returns:
        Zone mentions (label by zone type), rule ``pattern:zone-official``.
    """
    return [
        Mention(
            match.start(),
            match.end(),
            match.group(0),
            _OFFICIAL_LABEL[match.group(2)],
            "pattern:zone-official",
        )
        for match in _OFFICIAL_ZONE.finditer(text)
    ]


_MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000"})


def _is_province(place: Mention) -> bool:
    """A province (not a municipality, whose bonded zones carry the city's name)."""
    code = (place.iri or "").rsplit("/", 1)[-1]
    return place.label == "Province" and code.endswith("0000") and code not in _MUNICIPALITIES


def find_place_zones(text: str, places: Iterable[Mention]) -> list[Mention]:
    """Find zones written as a place name directly followed by a zone word (金华综试区).

    Args:
        text: the article body.
        places: place mentions already found by the gazetteer.

    Returns:
        Zone mentions spanning place and suffix, rule ``pattern:zone-place-suffix``.
    """
    found: list[Mention] = []
    for place in places:
        if place.label == "Country":
            continue  # 中国与新西兰自贸区, 中国自贸区: an agreement or the programme, no zone
        for suffix, label, kind in ZONE_SUFFIXES:
            if kind in _PROVINCE_PLURAL_KINDS and _is_province(place):
                continue  # 四川综保区数量增至6个: a province's bonded zones, not one zone
            if text.startswith(suffix, place.end):
                end = place.end + len(suffix)
                found.append(
                    Mention(
                        place.start,
                        end,
                        text[place.start : end],
                        label,
                        "pattern:zone-place-suffix",
                    )
                )
                break
    return found


_NAMED_ZONES = tuple(
    sorted(
        ((row[0], row[1], row[2]) for row in read_table(gazetteer_dir() / "named_zones.tsv")),
        key=lambda row: -len(row[0]),
    )
)
_NAMED_ZONE_SUFFIX = re.compile("|".join(re.escape(row[0]) for row in _NAMED_ZONES))
#: the name between place and zone word: Chinese characters and a dash (—扎门乌德),
#: never a list or a function word
_ZONE_NAME_CHAR = re.compile(r"[\u4e00-\u9fff—–-]")
_ZONE_NAME_STOP = frozenset("的和与及、在是为将对从于等个首第型类批")  # 四川省首个空港型综合保税区
_ZONE_NAME_MAX = 12
#: words that make the run a sentence, not a zone's name (哈尔滨全力推进综合保税区)
_ZONE_NAME_VERBS = re.compile(
    r"推进|推动|加快|建设|打造|申建|申报|获批|设立|全力|积极|正在|拥有|共有|"
    # a determiner or a count: 重庆其余综合保税区, 重庆各综保区 are the place's zones
    r"其余|其他|其它|所有|全部|多个|[各个家座]"
)
#: zone kinds named only after a province or a city (江西赣江新区, 湖南湘江新区)
_PROVINCE_OR_CITY_KINDS = frozenset({"newarea"})
#: a name part that is only the place's level word (沙坪坝 + 区 + 综保区): no name of its own
_LEVEL_ONLY = frozenset({"区", "市", "县", "省"})
#: 中蒙, 中俄, 中越 … before the place of a cross-border zone
_BILATERAL = re.compile(r"中[蒙俄越老哈吉缅朝尼塔巴]$")


def find_named_zones(text: str, places: Iterable[Mention]) -> list[Mention]:
    """Find zone instances named as place + a name of their own + a zone word of
    ``data/gazetteer/named_zones.tsv`` (成都天府国际空港综合保税区).

    Args:
        text: the article body.
        places: place mentions already found (and linked) by the gazetteer.

    Returns:
        Zone mentions spanning (中蒙) place, name and zone word, linked to
        ``zone/<kind>-<place code>``; rule ``pattern:zone-named``.
    """
    found: list[Mention] = []
    places = list(places)
    starts = {m.start for m in places}
    for place in places:
        if not place.iri or not place.iri.startswith(iris.KGR + "place/"):
            continue
        end = place.end
        while end < len(text) and end - place.end < _ZONE_NAME_MAX:
            char = text[end]
            if _ZONE_NAME_CHAR.match(char) is None or char in _ZONE_NAME_STOP:
                break
            end += 1
        match = None
        for at in range(place.end + 1, end):
            match = _NAMED_ZONE_SUFFIX.match(text, at)
            if match is not None:
                break
        if (
            match is None
            or any(place.end <= at < match.start() for at in starts)
            or _ZONE_NAME_VERBS.search(text, place.end, match.start())
            or text[place.end : match.start()] in _LEVEL_ONLY
        ):
            continue  # 郑州新郑综合保税区: the zone of the place nearer the zone word
        suffix = match.group(0)
        label, kind = next((row[1], row[2]) for row in _NAMED_ZONES if row[0] == suffix)
        if kind in _PROVINCE_OR_CITY_KINDS and place.label not in ("Province", "Prefecture"):
            continue  # 榕江县城北新区 is a new town of a county, not a state-level new area
        start = place.start
        bilateral = _BILATERAL.search(text, max(0, start - 2), start)
        if bilateral is not None:
            start = bilateral.start()
        code = place.iri.rsplit("/", 1)[-1]
        found.append(
            Mention(
                start,
                match.end(),
                text[start : match.end()],
                label,
                "pattern:zone-named",
                iris.zone_iri(kind, code),
            )
        )
        found += _short_zone_names(text, found[-1], place.end)
    return _first_at_each_start(found)


#: a named zone's name without its place is its short name (江西赣江新区 → 赣江新区) when
#: this long: a name of its own and the zone word
_SHORT_ZONE_MIN = 4


def _short_zone_names(text: str, zone: Mention, name_start: int) -> list[Mention]:
    """The later mentions of ``zone`` by its name without the place (赣江新区), with any
    zone word of its kind (天竺综合保税区 → 天竺综保区)."""
    found = []
    for short in _short_forms(text[name_start : zone.end]):
        if len(short) < _SHORT_ZONE_MIN:
            continue
        at = text.find(short, zone.end)
        while at >= 0:
            before = text[at - 1 : at] or "，"
            if (
                not _ZONE_NAME_CHAR.match(before)
                or before in _ZONE_NAME_STOP
                or text[max(0, at - 2) : at] in _VERBS_BEFORE_ZONE
            ):
                found.append(
                    Mention(
                        at, at + len(short), short, zone.label, "pattern:zone-named-short", zone.iri
                    )
                )
            at = text.find(short, at + len(short))
    return sorted(found, key=lambda m: m.start)


#: verbs written right before a zone's short name (支持天竺综保区拓展研发)
_VERBS_BEFORE_ZONE = frozenset("支持 推动 依托 推进 加快 发挥 建设 打造 鼓励 引导".split())


def _short_forms(name: str) -> list[str]:
    """``name`` and the same name with each other zone word of its kind."""
    for suffix, _label, kind in _NAMED_ZONES:
        if name.endswith(suffix):
            own = name[: -len(suffix)]
            return [name] + [own + s for s, _l, k in _NAMED_ZONES if k == kind and s != suffix]
    return [name]


def _first_at_each_start(mentions: list[Mention]) -> list[Mention]:
    """One mention per start offset (a short name found twice keeps its first reading)."""
    seen: set[int] = set()
    kept = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if mention.start not in seen:
            seen.add(mention.start)
            kept.append(mention)
    return kept


def find_generic_zones(text: str, taken: Iterable[Mention]) -> list[Mention]:
    """Find zone words with no place (跨境电商综试区) outside already-found zone names.

    Args:
        text: the article body.
        taken: zone mentions already found; generic words inside them are skipped.

    Returns:
        ``GenericZone`` mentions, rule ``pattern:zone-generic``.
    """
    spans = [(m.start, m.end) for m in taken]
    found: list[Mention] = []
    for match in GENERIC_ZONE.finditer(text):
        if any(s <= match.start() and match.end() <= e for s, e in spans):
            continue
        found.append(
            Mention(
                match.start(), match.end(), match.group(0), "GenericZone", "pattern:zone-generic"
            )
        )
    return found


def find_people(text: str, reporters: Iterable[str] = ()) -> list[Mention]:
    """Find people named with a role: spokespeople and reporters.

    Args:
        text: the article body.
        reporters: reporter names the ingest stage read from the article.

    Returns:
        ``Person`` mentions of the name only; rule ``pattern:person-spokesperson``
        or ``pattern:person-reporter``.
    """
    found: list[Mention] = []
    for match in _SPOKESPERSON.finditer(text):
        start, end = match.span(1)
        if is_person_name(match.group(1)):
            found.append(
                Mention(start, end, match.group(1), "Person", "pattern:person-spokesperson")
            )
    for match in _OFFICIAL.finditer(text):
        start, end = match.span(2)
        if is_person_name(match.group(2)):
            found.append(Mention(start, end, match.group(2), "Person", "pattern:person-official"))
    names = set(reporters)
    for match in _REPORTER_TIGHT.finditer(text):
        start, end = match.span(1)
        found.append(Mention(start, end, match.group(1), "Person", "pattern:person-reporter"))
    for match in _REPORTER_LINE.finditer(text):
        for name in _NAME.finditer(match.group(1)):
            if name.group(0).endswith(BYLINE_EDITOR):
                break  # （记者 王某 编辑 李某）: the editor is no reporter
            if name.group(0).endswith(BYLINE_ROLES):
                continue  # （记者 李强 通讯员 王敏）: a role word, the names go on
            start = match.start(1) + name.start()
            found.append(
                Mention(
                    start,
                    start + len(name.group(0)),
                    name.group(0),
                    "Person",
                    "pattern:person-reporter",
                )
            )
            names.discard(name.group(0))
    for pattern in (_CHART_CREDIT, _REPORTER_DATELINE, _AUTHOR_LINE):
        for match in pattern.finditer(text):
            start, end = match.span(1)
            found.append(Mention(start, end, match.group(1), "Person", "pattern:person-reporter"))
    found += _byline_names(text, names - {m.text for m in found})
    return found


# Characters around a name in a byline: brackets, blanks, line edges.
_BYLINE_EDGE = frozenset("（）()【】 \t\u3000\u00a0\n")


def _byline_names(text: str, names: Iterable[str]) -> list[Mention]:
    """Reporters the reader found in a byline the patterns above do not cover
    (``（马冬梅 张浪）`` without 记者): the first occurrence set off like a byline."""
    found: list[Mention] = []
    for name in sorted(names):
        for match in re.finditer(re.escape(name), text):
            before = text[match.start() - 1] if match.start() else "\n"
            after = text[match.end()] if match.end() < len(text) else "\n"
            if before in _BYLINE_EDGE and after in _BYLINE_EDGE:
                found.append(
                    Mention(match.start(), match.end(), name, "Person", "pattern:person-reporter")
                )
                break
    return found


def title_before(text: str, start: int) -> str | None:
    """The official's title written right before the name at ``start`` (司长 in
    统计分析司司长李魁文), or None.

    Args:
        text: the article body.
        start: offset of the name.
    """
    match = _TITLE_AT_END.search(text, max(0, start - _TITLE_WINDOW), start)
    return match.group(1) if match is not None else None
