"""Link pattern mentions to IRIs: documents by title, zones by place, people by role,
county names that need context by the places around them (``kg.link.places``).

Gazetteer mentions arrive linked; this module resolves the rest and drops
mentions nested inside a longer linked one (金华 inside 金华综试区).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from kg import iris
from kg.link.bodies import link_body, mentioned_place, official_prefix, spokesperson_body
from kg.link.places import link_county_context
from kg.link.short_titles import link_short_titles
from kg.model import Annotated, Mention
from kg.nlp.agreements import agreement_key, country_initials
from kg.nlp.bodies import BODY_RULES
from kg.nlp.documents import BARE_TITLE_RULE, YEAR_PREFIX
from kg.nlp.gazetteer import PLACE_LABELS
from kg.nlp.lexicon import government_heads
from kg.nlp.numbers import parse_batch_ordinals
from kg.nlp.patterns import NAME_END, ZONE_SUFFIXES, title_before
from kg.nlp.sentences import sentence_at
from kg.refdata.records import Place, Reference

__all__ = [
    "government_name",
    "government_slug",
    "link_mentions",
    "person_context",
    "person_post",
    "spokesperson_org",
]

_ZONE_KIND = {
    "CrossBorderEcommerceZone": "cbec",
    "FreeTradeZone": "ftz",
    "ComprehensiveBondedZone": "bonded",
}
_PLACE_ZONE_RULE = "pattern:zone-place-suffix"
_INNER_PLACE = re.compile(r"[（(]([^）)]+)[）)]")
#: the zone word ending a zone's name (data/gazetteer/zone_words.tsv, longest first)
_ZONE_WORDS = re.compile("(" + "|".join(suffix for suffix, _, _ in ZONE_SUFFIXES) + ")$")
#: zone word → the kind of zone it names (保税区 → bondedarea, not a 综合保税区)
_KIND_OF_WORD = {suffix: kind for suffix, _, kind in ZONE_SUFFIXES}
_ROLE_WINDOW = 12


def _title_key(text: str, initials: Mapping[str, str] | None = None) -> str:
    """The key a title is hashed by; every spelling of a bilateral agreement has one
    (``initials``: the article's countries by their first character, for 中新自贸协定)."""
    key = iris.normalise_title(text)
    return agreement_key(key, initials) or key


# A trailing edition or draft note of a title: (征求意见稿), (试行), (2020年版).
_EDITION_NOTE = re.compile(r"\([^()]{1,12}\)$")


def _edition_free(key: str) -> str:
    """A normalised title without its trailing (…) note: 《指导意见》 and 《目录》 refer back
    to 《关于…的指导意见（征求意见稿）》 and 《…目录（2020年版）》."""
    return _EDITION_NOTE.sub("", key)


#: ``_document_index`` per reference object (kept alive here, so its id is not reused).
_DOCUMENT_INDEXES: dict[int, tuple[Reference, dict[str, str]]] = {}


def _document_index(reference: Reference) -> dict[str, str]:
    """Normalised title → document IRI, agreements' other names included
    (《区域全面经济伙伴关系协定》 and RCEP are doc/rcep).

    Built once per reference object (treated as read-only, see ``Reference``), not per
    article: it normalises every reference title.
    """
    cached = _DOCUMENT_INDEXES.get(id(reference))
    if cached is not None and cached[0] is reference:
        return cached[1]
    if len(_DOCUMENT_INDEXES) >= 8:
        _DOCUMENT_INDEXES.clear()
    index = _build_document_index(reference)
    _DOCUMENT_INDEXES[id(reference)] = (reference, index)
    return index


def _build_document_index(reference: Reference) -> dict[str, str]:
    index: dict[str, str] = {}
    for iri, doc in reference.documents.items():
        for name in (doc.title_zh, *doc.aliases_zh):
            index.setdefault(_title_key(name), iri)
    return index


def _link_title(
    mention: Mention,
    index: dict[str, str],
    earlier: list[tuple[str, str]],
    number: str | None = None,
    initials: Mapping[str, str] | None = None,
) -> Mention:
    key = _title_key(mention.text, initials)
    iri = index.get(key) or number  # 《…》（国办发〔2023〕10号）: the document of that number
    if iri is None:
        # A short form (《批复》, 《指导意见》) names the last full title ending with it.
        for full_key, full_iri in reversed(earlier):
            if full_key != key and _edition_free(full_key).endswith(key):
                iri = full_iri
                break
    if iri is None:
        iri = iris.doc_iri(key, is_number_slug=False)
    earlier.append((key, iri))
    return replace(mention, iri=iri, rule=mention.rule)


def _numbered_titles(annotated: Annotated, numbers: dict[int, str]) -> dict[str, str]:
    """Title key → the IRI of the 文号 the article writes after that 《title》: the same
    title named earlier without 《》 (原标题：国务院关于…的批复) is that document too."""
    body = annotated.article.body
    found: dict[str, str] = {}
    for mention in annotated.mentions:
        if mention.label == "Legislation" and mention.rule != BARE_TITLE_RULE:
            number = _number_after(mention, numbers, body)
            if number is not None:
                found.setdefault(_title_key(mention.text), number)
    return found


def _number_after(mention: Mention, numbers: dict[int, str], body: str) -> str | None:
    """The IRI of the 文号 written in brackets right after a title (《…》 or written bare:
    关于推动外贸稳规模优结构的意见（国办发〔2023〕10号）), else None."""
    if body[mention.end : mention.end + 1] in {"（", "("}:
        return numbers.get(mention.end + 1)
    return None


def _zone_place_name(mention: Mention) -> str:
    inner = _INNER_PLACE.search(mention.text)
    if inner is not None and mention.rule == "pattern:zone-official":
        return inner.group(1)
    return _ZONE_WORDS.sub("", mention.text)


def _link_zone(mention: Mention, reference: Reference, context: Sequence[Mention] = ()) -> Mention:
    """A zone named after its place → the reference zone of that place, else a minted
    ``zone/<kind>-<code>`` (not for CBEC zones); the place is looked up by name, or taken
    from the linked place mention the zone's name opens with (张家港保税区: 张家港 needs
    context to link)."""
    kind = _ZONE_KIND.get(mention.label) or _word_kind(mention)
    place = reference.place_by_name(_zone_place_name(mention)) or _opening_place(
        mention, context, reference
    )
    if kind is None or place is None:
        return mention
    zone = reference.zone_for_place(place.code, kind)
    if zone is not None:
        return replace(mention, iri=zone.iri)
    if kind == "cbec":
        return mention  # a cbec zone the reference does not know: too uncertain to mint
    return replace(mention, iri=iris.zone_iri(kind, place.code))


def _word_kind(mention: Mention) -> str | None:
    """The kind of a zone named place + zone word, by its word (张家港保税区 → bondedarea)."""
    word = _ZONE_WORDS.search(mention.text)
    return _KIND_OF_WORD[word.group(1)] if word and mention.rule == _PLACE_ZONE_RULE else None


def _opening_place(zone: Mention, context: Sequence[Mention], reference: Reference) -> Place | None:
    """The place of the linked place mention that opens the zone's name, else None."""
    for mention in context:
        if mention.start == zone.start and mention.end < zone.end and mention.iri:
            code = mention.iri.removeprefix(iris.KGR + "place/")
            if code in reference.places:
                return reference.places[code]
    return None


_ZONE_CONTEXT = re.compile(r"综试区|综合试验区|跨境电商|跨境电子商务")


def _batch_ordinal(text: str) -> int | None:
    found = parse_batch_ordinals(text)
    return found[0].ordinal if found else None


def _link_batch(mention: Mention, annotated: Annotated, reference: Reference) -> Mention:
    """第六批/前五批 is a zone batch only next to a pilot-zone word (023: 首批入围 is not)."""
    body = annotated.article.body
    sentence = sentence_at(annotated.sentences, mention.start)
    window = body[mention.end : min(mention.end + 20, sentence[1])]
    if _ZONE_CONTEXT.search(window) is None:
        return mention
    ordinal = _batch_ordinal(mention.text)
    if ordinal is None or ordinal not in reference.batches:
        return mention
    return replace(mention, iri=reference.batches[ordinal].iri)


def spokesperson_org(
    mentions: Sequence[Mention], person: Mention, sentence: tuple[int, int]
) -> str | None:
    """Return the IRI of the organisation a spokesperson speaks for.

    The nearest organisation mention before the name in the same sentence
    (商务部新闻发言人高峰; 在商务部…发布会上，新闻发言人高峰表示).

    Args:
        mentions: all mentions of the article (linked gazetteer mentions included).
        person: the person mention.
        sentence: the sentence span containing it.

    Returns:
        The organisation IRI, or None when the sentence names none.
    """
    best: str | None = None
    for mention in mentions:
        if mention.label != "Organization" or mention.iri is None:
            continue
        if sentence[0] <= mention.start and mention.end <= person.start:
            best = mention.iri
    return best


#: the head of a government written before a name → the levels of place it governs (市长
#: of a province only for a municipality: 北京市市长)
_GOVERNMENT_TITLES = tuple(
    (re.compile(re.escape(title) + "$"), levels) for title, levels in government_heads() if levels
)


def _government_of(
    mentions: Sequence[Mention], sentence: tuple[int, int], before: int, body: str,
    reference: Reference,
) -> str | None:  # fmt: skip
    """常务副省长郭宁宁, 杭州市常务副市长柯吉欣: the government of the last place of the
    title's level named before it in the sentence (a place, or the place opening a body's
    name: 福建省委常委、常务副省长): the table body (``gov-330000``) or
    the slug of ``<place>人民政府`` (``x-…``), else None."""
    title = body[max(0, before - 6) : before].strip()
    levels = next((lv for pattern, lv in _GOVERNMENT_TITLES if pattern.search(title)), None)
    if levels is None:
        return None
    found: Place | None = None
    for mention in mentions:
        if not (sentence[0] <= mention.start and mention.start < before):
            continue
        place = mentioned_place(mention, reference)  # 福建省委常委、常务副省长: 福建省
        if place is None:
            continue
        municipality = place.level == "province" and place.name_zh.endswith("市")
        if place.level in levels or (municipality and "municipality" in levels):
            found = place
    if found is None:
        return None
    if f"gov-{found.code}" in reference.orgs:
        return f"gov-{found.code}"
    return government_slug(found, reference)


def government_name(place: Place, reference: Reference) -> str:
    """The official name of a place's people's government (上海市浦东新区人民政府)."""
    return official_prefix(place, reference) + place.name_zh + "人民政府"


def government_slug(place: Place, reference: Reference) -> str:
    """The slug of a place's people's government the table does not list."""
    return iris.local_org_iri(government_name(place, reference)).rsplit("/", 1)[-1]


def person_post(
    annotated: Annotated, mentions: Sequence[Mention], mention: Mention, reference: Reference
) -> tuple[str, str | None] | None:
    """Whom a person speaks for or works in, and the title as written.

    The body is the outermost one named before the title: 商务部外国投资管理司司长陈某
    is a 商务部 official with the title 外国投资管理司司长 (a department of a listed
    body is read back to that body); 深圳市商务局局长 is a 深圳市商务局 official.

    Args:
        annotated: the article.
        mentions: the article's mentions (bodies linked).
        mention: the person mention.
        reference: the reference data.

    Returns:
        ``(context, role)``: context is ``reporter`` or the last segment of the body's
        IRI (``mofcom``, ``x-…``), role the title (None for reporters); None when no
        body can be named.
    """
    if mention.rule == "pattern:person-reporter":
        return "reporter", None
    sentence = sentence_at(annotated.sentences, mention.start)
    body = annotated.article.body
    title = title_before(body, mention.start)
    official = mention.rule == "pattern:person-official"
    if official and re.search(
        r"[省市州区县]长$", body[max(0, mention.start - 4) : mention.start].strip()
    ):
        government = _government_of(mentions, sentence, mention.start, body, reference)
        return (government, title) if government else None
    title_body = _TITLE_BODIES.get(_title_before(body, mention.start))
    if official and title_body in reference.orgs:
        return title_body, title
    role = "新闻发言人" if mention.rule == "pattern:person-spokesperson" else title
    org = _org_mention_before(mentions, mention, sentence)
    if org is None or org.iri is None:
        slug = _org_heading_title(body[sentence[0] : mention.start], reference)
        return (slug, role) if slug else None
    slug, role_start = org.iri.rsplit("/", 1)[-1], org.end
    if org.rule in BODY_RULES:
        slug, role_start = _outer_body(org, mentions, reference, annotated.article.title, slug)
    gap = body[role_start : mention.start].strip(" 、\u3000")
    if role != "新闻发言人" and title and gap.endswith(title) and _ROLE_RUN.fullmatch(gap):
        role = gap  # 外国投资管理司司长: the title with the department it heads
    elif role and gap and len(gap) < len(role) and role.endswith(gap):
        role = gap  # 宁波市委书记: the body is 宁波市委, the title 书记
    return slug, role


def _outer_body(
    org: Mention, mentions: Sequence[Mention], reference: Reference, title: str, slug: str
) -> tuple[str, int]:
    """A department named by grammar after a listed body (商务部外国投资管理司) is read
    back to that body: ``(its slug, where the department's own name starts)``."""
    named = link_body(org, mentions, reference, title)
    parent = named.parent if named is not None else None
    parent_slug = parent.rsplit("/", 1)[-1] if parent else ""
    listed = reference.orgs.get(parent_slug)
    if listed is None:
        return _division_owner(org, mentions) or (slug, org.end)
    if spokesperson_body(org, mentions) is not None:
        return listed.slug, org.start  # 海关总署新闻发言人、统计分析司司长: a 海关总署 post
    for name in sorted((listed.name_zh, *listed.aliases_zh), key=len, reverse=True):
        if org.text.startswith(name):
            return listed.slug, org.start + len(name)
    return slug, org.end


#: the last character of a division's name (关税处, 统计分析司, 综合科)
_DIVISION_END = ("处", "科", "司")


def _division_owner(org: Mention, mentions: Sequence[Mention]) -> tuple[str, int] | None:
    """成都海关关税处副处长: a division of a body the article names (成都海关) is read back to
    that body, the division's name joining the title (``(its slug, division start)``)."""
    if not org.text.endswith(_DIVISION_END):
        return None
    owners = [
        m
        for m in mentions
        if m.rule in BODY_RULES
        and m.iri
        and m.iri != org.iri
        and len(m.text) < len(org.text)
        and org.text.startswith(m.text)
    ]
    if not owners:
        return None
    owner = max(owners, key=lambda m: len(m.text))
    return (owner.iri or "").rsplit("/", 1)[-1], org.start + len(owner.text)


def _org_mention_before(
    mentions: Sequence[Mention], person: Mention, sentence: tuple[int, int]
) -> Mention | None:
    """The nearest linked organisation mention before ``person`` in its sentence."""
    best: Mention | None = None
    for mention in mentions:
        if mention.label != "Organization" or mention.iri is None:
            continue
        if sentence[0] <= mention.start and mention.end <= person.start:
            best = mention
    return best


_ROLE_RUN = re.compile(r"[\u4e00-\u9fff]{1,16}")


def person_context(
    annotated: Annotated, mentions: Sequence[Mention], mention: Mention, reference: Reference
) -> str | None:
    """The context of a person's IRI (see ``person_post``): ``reporter`` or a body slug."""
    post = person_post(annotated, mentions, mention, reference)
    return post[0] if post is not None else None


#: titles that name their body (外长 is the foreign minister): title → org slug.
_TITLE_BODIES = {"外长": "mofa"}


def _title_before(body: str, start: int) -> str:
    """The title word written right before a name (外长 in 外长王毅)."""
    before = body[max(0, start - 4) : start].rstrip()
    return next((t for t in _TITLE_BODIES if before.endswith(t)), "")


_TITLE_RUN = re.compile(r"[\u4e00-\u9fff]+$")


def _org_heading_title(prefix: str, reference: Reference) -> str | None:
    """商务部外国投资管理司司长陈春江: the table body that heads the unlisted department.

    The gazetteer does not link a name inside a longer organisation name, so the body
    is read from the start of the title run right before the person.

    Args:
        prefix: the sentence text before the person's name.
        reference: the reference data.

    Returns:
        The slug of the longest table body the title run starts with, or None.
    """
    run = _TITLE_RUN.search(prefix.rstrip())
    if run is None:
        return None
    best: tuple[int, str] | None = None
    for org in reference.orgs.values():
        for name in (org.name_zh, *org.aliases_zh):
            if (
                len(name) >= 2
                and run.group(0).startswith(name)
                and (best is None or len(name) > best[0])
            ):
                best = (len(name), org.slug)
    return best[1] if best else None


def _link_people(
    annotated: Annotated, mentions: list[Mention], reference: Reference
) -> list[Mention]:
    """Link role-marked people, then every later bare occurrence of the same name."""
    body = annotated.article.body
    names: dict[str, str] = {}
    linked: list[Mention] = []
    for mention in mentions:
        if mention.label != "Person":
            linked.append(mention)
            continue
        context = person_context(annotated, mentions, mention, reference)
        if context is None:
            continue
        iri = iris.person_iri(mention.text, context)
        names.setdefault(mention.text, iri)
        linked.append(replace(mention, iri=iri))
    linked = _dedupe_people(linked)
    taken = {(m.start, m.end) for m in linked if m.label == "Person"}
    for name, iri in names.items():
        if iri.endswith(iris.person_iri(name, "reporter").rsplit("/", 1)[-1]):
            continue
        for match in re.finditer(re.escape(name), body):
            span = (match.start(), match.end())
            if span in taken or not _is_name_boundary(body, *span):
                continue
            linked.append(Mention(span[0], span[1], name, "Person", "link:person-recurrence", iri))
    return linked


def _dedupe_people(mentions: list[Mention]) -> list[Mention]:
    """One person mention per span (a name can match both reporter patterns)."""
    seen: set[tuple[int, int]] = set()
    kept = []
    for mention in mentions:
        if mention.label == "Person":
            if (mention.start, mention.end) in seen:
                continue
            seen.add((mention.start, mention.end))
        kept.append(mention)
    return kept


def _is_name_boundary(body: str, start: int, end: int) -> bool:
    """A later bare mention of a known name ends where a name may end (表示, 也, punctuation)."""
    return end == len(body) or NAME_END.match(body, end) is not None


def _zones_with_their_city(mentions: list[Mention], reference: Reference) -> list[Mention]:
    """郑州新郑综合保税区: the name of a zone hosted by a county, written right after the
    county's prefecture, starts at the prefecture (then inside the zone's name). A zone
    word after two place names where the second does not lie in the first (长春兴隆综合保税区:
    兴隆县 is in 河北) is a zone of the first place named after an area of its own."""
    by_end = {m.end: m for m in mentions if m.label in PLACE_LABELS and m.iri}
    out = []
    for mention in mentions:
        place = by_end.get(mention.start)
        if mention.label in _ZONE_KIND and mention.iri and place is not None:
            kind, _, host_code = mention.iri.rsplit("/", 1)[-1].rpartition("-")
            host = reference.places.get(host_code)
            city = host.parent if host is not None and host.level == "county" else None
            code = (place.iri or "").rsplit("/", 1)[-1]
            if city and code == city:
                mention = replace(mention, start=place.start, text=place.text + mention.text)
            elif _foreign_host(host, code, reference) and kind != "cbec":
                zone = reference.zone_for_place(code, kind)
                mention = replace(
                    mention,
                    start=place.start,
                    text=place.text + mention.text,
                    iri=zone.iri if zone is not None else iris.zone_iri(kind, code),
                )
        out.append(mention)
    return out


def _foreign_host(host: Place | None, code: str, reference: Reference) -> bool:
    """True when the zone's host place is not the place ``code`` nor inside it."""
    if host is None or code not in reference.places or host.code == code:
        return False
    return all(p.code != code for p in reference.ancestors(host.code))


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions inside a longer zone name or 文号 (金华 in 金华综试区, 国办 in 国办发〔…〕),
    and places inside a 《title》 that the article also names outside titles (the gold
    leaves an occurrence inside a longer name out; a place only in titles stays, optional)."""
    zones = [
        m
        for m in mentions
        if m.iri and (m.label in _ZONE_KIND or m.label in {"PilotZone", "DocumentNumber"})
    ]
    titles = [m for m in mentions if m.label == "Legislation" and m.text.startswith("《")]
    named_outside = {
        m.iri for m in mentions if m.label in PLACE_LABELS and m.iri and not _in_any(m, titles)
    }
    kept = []
    for mention in mentions:
        inside = any(
            z is not mention
            and z.start <= mention.start
            and mention.end <= z.end
            and z.end - z.start > mention.end - mention.start
            for z in zones
        )
        if inside and (
            mention.label in PLACE_LABELS or mention.label in {"GenericZone", "Organization"}
        ):
            continue
        if (
            mention.label in PLACE_LABELS
            and mention.iri in named_outside
            and _in_any(mention, titles)
        ):
            continue  # 在西安举行…《中国—中亚峰会西安宣言》: the title's 西安 is part of its name
        kept.append(mention)
    return kept


def _in_any(mention: Mention, containers: Sequence[Mention]) -> bool:
    """True when ``mention`` lies strictly inside one of ``containers``."""
    return any(c.start < mention.start and mention.end < c.end for c in containers)


#: a quoted event or campaign name (“东盟电商主题周”, “中国—中亚博览会”): the places and
#: bodies inside it are part of the name, not entities of their own
_EVENT_NAME = re.compile(
    r"“[^“”\n]{2,30}?(?:主题周|周|节|月|博览会|交易会|展览会|展会|论坛|峰会|大会|大赛|活动|号)”"
)


#: characters that end a run before an unquoted event name: punctuation, particles and
#: the verbs that introduce one (在/举办/参加/出席); the name starts right after one
_EVENT_BREAK = "\\s，。；：、“”《》（）()的是在了和与及将把对向从为等办开参席赴到0-9"

#: an event named without quotes (杭州亚运会, 第三届中国—非洲经贸博览会): a run of name
#: characters that starts at a clause boundary or after 在/举办/参加, no verb or particle
#: among them, ending in an event word
_BARE_EVENT_NAME = re.compile(
    rf"(?:(?<=[{_EVENT_BREAK}年])|^)"  # 2020年第二十届…洽谈会
    r"(?:第[一二三四五六七八九十\d]+届)?"
    rf"[^{_EVENT_BREAK}]{{2,14}}?"
    r"(?:博览会|交易会|展览会|洽谈会|推介会|交流会|亚运会|运动会|奥运会|冬奥会|世博会|进博会|"
    r"论坛|峰会|联赛|锦标赛|马拉松|吹风会|灯会|文化节|旅游节)",  # 2024无锡马拉松, 大同古城灯会
    re.MULTILINE,
)

#: a speech verb or a post inside a run before an event word: a speaker, not a name
#: (四川省商务厅副厅长介绍论坛筹备情况)
_NOT_AN_EVENT_NAME = re.compile(r"表示|介绍|说|指出|称|主任|书记|主席|[厅局部处司署市省县区]长")


def _drop_inside_event_names(body: str, mentions: list[Mention]) -> list[Mention]:
    """Drop place and organisation mentions inside an event name, quoted or not (a place
    must not end the name: 杭州亚运会 holds 杭州, 在杭州 alone is the city)."""
    events = [(m.start(), m.end()) for m in _EVENT_NAME.finditer(body)]
    events += [
        (m.start(), m.end())
        for m in _BARE_EVENT_NAME.finditer(body)
        if not _NOT_AN_EVENT_NAME.search(m.group())
    ]
    if not events:
        return mentions
    return [
        m
        for m in mentions
        if not (
            (m.label in PLACE_LABELS or m.label == "Organization")
            and any(start <= m.start and m.end < end for start, end in events)
        )
    ]


#: a dateline after a news agency's name (中新网福州7月28日电)
_DATELINE_REST = re.compile(r"[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日\s*电")


def _drop_dateline_agencies(
    body: str, mentions: list[Mention], reference: Reference
) -> list[Mention]:
    """中新社南宁8月30日电: the agency that filed the report is its source, not an entity
    the article is about (the gold sets' annotators agree; GOLD-GUIDELINES: bylines)."""
    kept = []
    dated: list[Mention] = []
    for mention in mentions:
        slug = (mention.iri or "").removeprefix(iris.KGR + "org/")
        org = reference.orgs.get(slug) if mention.label == "Organization" else None
        if org is not None and org.kind == "media" and _DATELINE_REST.match(body, mention.end):
            dated.append(mention)
            continue
        kept.append(mention)
    if not dated:
        return kept
    # the place of the dateline (南宁 in 中新社南宁8月30日电), unless the text names it again
    ends = {d.end for d in dated}
    only_there = [m for m in kept if m.start in ends and m.label in PLACE_LABELS]
    return [
        m for m in kept if m not in only_there or any(o.iri == m.iri and o is not m for o in kept)
    ]


#: a package named by its count (16条指导意见) and the document word that ends it
_COUNTED = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})条(?P<word>[\u4e00-\u9fff]{2,4})$")


def _counted_packages_to_titles(mentions: list[Mention]) -> list[Mention]:
    """发布了16条指导意见 … 《关于金融支持福建全面对接RCEP的指导意见》: a counted package is the
    one 《…》 title of the article that ends with its document word (one IRI)."""
    titles = [m for m in mentions if m.rule == "pattern:title" and m.iri]
    out: list[Mention] = []
    for mention in mentions:
        counted = _COUNTED.match(mention.text) if mention.label == "Legislation" else None
        if counted is not None:
            word = counted.group("word")
            same = {t.iri for t in titles if t.text.rstrip("》").endswith(word)}
            if len(same) == 1:
                mention = replace(mention, iri=same.pop())
        out.append(mention)
    return out


#: the shortest later name read as a body's short form (广东分署: four characters)
_MIN_SHORT_BODY = 4


def _bodies_named_short(mentions: list[Mention]) -> list[Mention]:
    """海关总署广东分署 …, 广东分署有关负责人表示: a body named by grammar whose name ends an
    earlier body's longer name is that body (one IRI); of several, the nearest before it
    (浙江省统计局 …, 宁波市统计局 …, 统计局表示 is Ningbo's)."""
    bodies = [m for m in mentions if m.rule in BODY_RULES and m.iri is not None]
    out: list[Mention] = []
    for mention in mentions:
        if mention.rule in BODY_RULES and len(mention.text) >= _MIN_SHORT_BODY:
            full = max(
                (
                    b
                    for b in bodies
                    if b.start < mention.start
                    and len(b.text) > len(mention.text)
                    and b.text.endswith(mention.text)
                ),
                key=lambda b: b.start,
                default=None,
            )
            if full is not None:
                mention = replace(mention, iri=full.iri)
        out.append(mention)
    return out


#: a short form defined in brackets right after a body's name (深圳市前海深港现代服务业合作区
#: 管理局（前海管理局）): a name of its own, ending like a body's
_BRACKETED_SHORT = re.compile(r"[（(]([\u4e00-\u9fff]{2,10}(?:局|委|办|署|厅|部|中心|管委会))[）)]")
SHORT_FORM_RULE = "link:body-short-form"


def _short_forms_in_brackets(body: str, mentions: list[Mention]) -> list[Mention]:
    """The short form a body is given in brackets after its full name, there and wherever
    the article writes it again, is that body (one IRI)."""
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    for org in mentions:
        if org.label != "Organization" or org.iri is None:
            continue
        short = _BRACKETED_SHORT.match(body, org.end)
        if short is None or short.group(1) in org.text:
            continue
        name = short.group(1)
        if not _is_contraction(name, org.text):
            continue  # 金州区人民政府（金普新区管委会）: a second name, not a short form
        at = body.find(name)
        while at >= 0:
            end = at + len(name)
            if not any(s < end and at < e for s, e in taken):
                added.append(Mention(at, end, name, "Organization", SHORT_FORM_RULE, org.iri))
                taken.append((at, end))
            at = body.find(name, end)
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _is_contraction(short: str, full: str) -> bool:
    """True when ``short`` keeps characters of ``full`` in order (前海管理局 of 深圳市前海
    深港现代服务业合作区管理局)."""
    rest = iter(full)
    return all(char in rest for char in short)


#: what follows an issuer's name inside a title (《海南省人民政府关于…》, 《商务部、海关总署…》)
_ISSUER_NEXT = re.compile(r"关于|[、，和与及]|等|办公厅|印发|发布|联合")


#: the state's own names, which open the title of every national law
_STATE_NAMES = frozenset({"中华人民共和国", "中国"})


def _modifies_title_word(title: Mention, body: Mention) -> bool:
    """True when a body named by grammar sits inside a 《…》 title and the title goes on
    with its own words (海关 in 《中华人民共和国海关法》), not as its issuer."""
    if not (title.start < body.start and body.end < title.end):
        return False
    if _AGREEMENT_END.search(title.text) is not None:
        return True  # 《中华人民共和国政府和塞尔维亚共和国政府自由贸易协定》: parties, not issuers
    rest = title.text[body.end - title.start :]
    return _ISSUER_NEXT.match(rest) is None


#: the end of an agreement's title, whose governments are its parties
_AGREEMENT_END = re.compile(r"(?:协定|协议|议定书|备忘录|联合声明)》?$")


def _drop_inside_bodies(mentions: list[Mention]) -> list[Mention]:
    """One organisation per name: a gazetteer name inside a body named by grammar
    (四川 in 四川省统计局, 商务部 in 商务部外资司) is dropped, and a grammar body that a
    listed name already covers (福建省商务厅) gives way to the listed one."""
    bodies = [m for m in mentions if m.rule in BODY_RULES and m.iri is not None]
    listed = [
        m
        for m in mentions
        if m.rule not in BODY_RULES and m.iri is not None and m.label == "Organization"
    ]
    listed_docs = [
        m for m in mentions if m.rule.startswith("gazetteer:") and m.label == "Legislation"
    ]
    titles = [m for m in mentions if m.rule == "pattern:title"]
    kept: list[Mention] = []
    for mention in mentions:
        if mention.rule in BODY_RULES:
            if mention.iri is None or any(
                o.start <= mention.start and mention.end <= o.end for o in listed
            ):
                continue
            if any(_modifies_title_word(t, mention) for t in titles):
                continue  # 《中华人民共和国海关法》: 海关 names the law, not a body
        elif mention.rule == BARE_TITLE_RULE and any(
            d.start < mention.end and mention.start < d.end for d in listed_docs
        ):
            continue  # 区域全面经济伙伴关系协定 is the listed agreement (doc/rcep)
        elif mention in listed_docs and any(
            t.start < mention.start and mention.end < t.end for t in titles
        ):
            continue  # 亚太自贸区 inside 《…推动实现亚太自贸区北京路线图》 is part of that title
        elif mention.text in _STATE_NAMES and any(
            t.start < mention.start and mention.end < t.end for t in titles
        ):
            continue  # 《中华人民共和国外商投资法》: the state names its own law, no mention
        elif any(
            b.start <= mention.start
            and mention.end <= b.end
            and b is not mention
            and (b.end - b.start) > (mention.end - mention.start)
            and mention.label in (*PLACE_LABELS, "Organization", "GenericZone")
            for b in bodies
        ):
            continue
        kept.append(mention)
    return kept


def link_mentions(annotated: Annotated, reference: Reference) -> tuple[Mention, ...]:
    """Resolve every mention that can be linked; keep unlinked ones with ``iri=None``.

    Args:
        annotated: the NLP output for one article.
        reference: the reference data.

    Returns:
        Mentions in text order; linked ones carry their IRI.
    """
    numbers = {m.start: m.iri for m in annotated.mentions if m.label == "DocumentNumber" and m.iri}
    index = {**_document_index(reference), **_numbered_titles(annotated, numbers)}
    earlier: list[tuple[str, str]] = []
    linked: list[Mention] = []
    todo = link_county_context(annotated, annotated.mentions, reference)
    initials = {initial: m.text for initial, m in country_initials(todo).items()}
    for at, mention in enumerate(todo):
        if mention.label == "Legislation" and mention.rule == BARE_TITLE_RULE:
            mention = _link_title(
                replace(mention, text=YEAR_PREFIX.sub("", mention.text)),
                index,
                earlier,
                _number_after(mention, numbers, annotated.article.body),
                initials=initials,
            )
            mention = replace(mention, text=annotated.article.body[mention.start : mention.end])
        elif mention.label == "Legislation":
            number = _number_after(mention, numbers, annotated.article.body)
            mention = _link_title(mention, index, earlier, number, initials)
        elif (mention.label in _ZONE_KIND or mention.rule == _PLACE_ZONE_RULE) and not mention.iri:
            mention = _link_zone(mention, reference, todo)
        elif mention.label == "Batch":
            mention = _link_batch(mention, annotated, reference)
        elif mention.rule in BODY_RULES:
            # the context of 市政府 is what is linked so far (三明市人民政府办公室 before it)
            context = [*linked, *todo[at:]]
            body = link_body(mention, context, reference, annotated.article.title)
            mention = replace(mention, iri=body.iri) if body is not None else mention
        linked.append(mention)
    linked = _drop_inside_event_names(annotated.article.body, _drop_inside_bodies(linked))
    linked = _bodies_named_short(_drop_dateline_agencies(annotated.article.body, linked, reference))
    linked = _short_forms_in_brackets(annotated.article.body, linked)
    linked = _counted_packages_to_titles(linked)
    linked = _link_people(annotated, linked, reference)
    linked = link_short_titles(annotated, linked)
    linked = _drop_nested(_zones_with_their_city(linked, reference))
    linked.sort(key=lambda m: (m.start, -m.end, m.label))
    return tuple(linked)
