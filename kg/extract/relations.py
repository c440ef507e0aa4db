"""Sentence rules that turn linked mentions into ``Relation`` records.

Every rule has an id (``relation:<name>``) stored in the evidence. Rules are
written for precision: a relation is emitted only when the sentence says it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from kg import iris
from kg.model import Annotated, Evidence, Mention, Relation
from kg.nlp.documents import inside_title
from kg.nlp.gazetteer import PLACE_LABELS
from kg.nlp.numbers import parse_batch_ordinals
from kg.nlp.sentences import sentence_at as _sentence_span
from kg.refdata.records import Reference

__all__ = [
    "evidence",
    "extract_approvals",
    "extract_article_people",
    "sentence_at",
]

STATE_COUNCIL = iris.org_iri("state-council")
_ZONE_WORD = re.compile(r"(?:跨境电子商务综合试验区|跨境电商综合试验区|跨境电商综试区|综试区)")
# 获批设立 / 设立 / 获批建设 directly after the place list (金华市、舟山市获批设立…).
_ESTABLISH = re.compile(r"(?:获批|获准|正式)?(?:设立|建设)")
_LIST_SEPARATORS = frozenset("、和及与")
# 乌鲁木齐市等46个城市和地区设立…: the count that closes a place list before the verb
_LIST_CLOSE = re.compile(
    r"^等(?:\s*\d+\s*个)?(?:城市|地区|城市和地区|城市（地区）|城市\(地区\)|地)?$"
)
# a sentence that says a place was approved or chosen (邵阳市此次成功获批, 入选第七批)
_APPROVED = re.compile(r"获批|获准|入选|入围|设立|新设|同意在")


#: a CBEC zone hosted by one GB/T 2260 place (not zones with x- codes such as 海南全岛)
_CBEC_ZONE_IRI = re.compile(re.escape(iris.KGR) + r"zone/cbec-(?P<code>\d{6})$")


def zone_host_mention(mention: Mention) -> Mention | None:
    """A CBEC zone mention (中国（杭州）跨境电子商务综合试验区) as a mention of its host place
    (the zone's figures and first-zone claims are that place's); None for anything else."""
    zone = _CBEC_ZONE_IRI.match(mention.iri or "")
    if zone is None or mention.label != "CrossBorderEcommerceZone":
        return None
    return replace(mention, label="Prefecture", iri=iris.place_iri(zone["code"]))


def sentence_at(annotated: Annotated, offset: int) -> tuple[int, int]:
    """Return the sentence span that contains ``offset`` (or an empty span there).

    Args:
        annotated: the article with its sentence spans.
        offset: a character offset into the body.
    """
    return _sentence_span(annotated.sentences, offset)


def evidence(annotated: Annotated, start: int, end: int, rule: str) -> Evidence:
    """Build the ``Evidence`` of a span: quote plus its whole sentence.

    Args:
        annotated: the article.
        start: span start in the body.
        end: span end in the body.
        rule: the rule id that fired.
    """
    body = annotated.article.body
    s_start, s_end = sentence_at(annotated, start)
    return Evidence(start, end, body[start:end], body[s_start : max(s_end, end)], rule)


def _in_sentence(mentions: Sequence[Mention], span: tuple[int, int]) -> list[Mention]:
    return [m for m in mentions if span[0] <= m.start and m.end <= span[1]]


def _approval_documents(mentions: Sequence[Mention], reference: Reference) -> list[Mention]:
    """Title mentions of documents that establish cross-border e-commerce zones."""
    found = []
    for mention in mentions:
        if mention.label != "Legislation" or mention.iri is None:
            continue
        doc = reference.documents.get(mention.iri)
        if doc is not None and doc.zone_type == "kgo:CrossBorderEcommerceZone":
            found.append(mention)
        elif (
            doc is None
            and "设立" in mention.text
            and _ZONE_WORD.search(mention.text)
            and "批复" in mention.text
        ):
            found.append(mention)
    return found


_ISSUE_GAP = re.compile(
    r"(?:等\s*(?:(?:\d+|[一二三四五六七八九十]+)\s*个?)?(?:部门|部委|单位))?"
    r"(?:近日|日前|今天|今日|昨天|昨日|当天|当日|近期|此前)?"
    r"(?:\d{4}年|今年|去年|上年|前年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚间)?"  # 10日发布
    r"[，,]?(?:将|要)?(?:会同(?:有关|相关)部门)?"
    r"(?:联合|正式|共同|公开|对外)*"  # 商务部将会同有关部门修订《…》: its own document
    r"(?:发布|印发|出台|下发|批复|公布|制定|修订|提出|起草|编制|拟定|作)了?的?$"  # …印发的《…》, 省政府作政府工作报告
)


#: 大连市金州区人民政府（金普新区管委会）2021年政府工作报告: a government's own report,
#: its name right after the government's (a note in brackets may come between)
_OWN_REPORT_GAP = re.compile(r"(?:[（(][^（）()]{1,20}[）)])?的?")


def _issuers(
    body: str, orgs: Sequence[Mention], gap_end: int, *, report: bool = False
) -> list[Mention]:
    """The organisations listed right before an issue verb (商务部、海关总署联合印发), or,
    for a government work report (``report``), right before its name."""
    listed: list[Mention] = []
    position = gap_end
    for org in sorted(orgs, key=lambda m: m.start, reverse=True):
        if org.end > position:
            continue
        gap = body[org.end : position]
        own = report and _OWN_REPORT_GAP.fullmatch(gap) is not None
        if not listed and (own or _ISSUE_GAP.fullmatch(gap) is not None):
            listed.append(org)
        elif listed and gap in _LIST_SEPARATORS:
            listed.append(org)
        else:
            break
        position = org.start
    return listed


_WEBSITE_ENDS = ("网", "网站")
_TITLE_LIST_JOIN = re.compile(r"[》]?\s*(?:、|和|及|以及)?\s*[《]?")


def _title_end(body: str, doc: Mention) -> int:
    """End of a title mention, past its closing 》 when the mention stops inside it."""
    return doc.end + 1 if body[doc.end : doc.end + 1] == "》" else doc.end


def _passed_by(annotated: Annotated, mentions: Sequence[Mention]) -> Iterator[Relation]:
    """国务院发布《…》 / 商务部等6部门联合印发《…》: the document was passed by those bodies."""
    body = annotated.article.body
    before: tuple[Mention | None, list[Mention]] = (None, [])  # the last title and its issuers
    for doc in mentions:
        if doc.label != "Legislation" or doc.iri is None:
            continue
        span = sentence_at(annotated, doc.start)
        orgs = [
            m
            for m in _in_sentence(mentions, span)
            if m.label == "Organization" and m.iri and m.end <= doc.start
        ]
        issuers = [
            org
            for org in _issuers(body, orgs, doc.start, report=doc.text.endswith("政府工作报告"))
            if not org.text.endswith(_WEBSITE_ENDS)  # 中国政府网公布《…》: it publishes
        ]
        last, last_issuers = before
        if (
            not issuers
            and last is not None
            and _TITLE_LIST_JOIN.fullmatch(body, _title_end(body, last), doc.start)
        ):
            issuers = last_issuers  # 国务院印发的《A》《B》和《C》: the list shares its issuers
        before = (doc, issuers)
        for org in issuers:
            yield Relation(
                doc.iri,
                "schema:legislationPassedBy",
                org.iri or "",
                evidence(annotated, org.start, doc.end, "relation:body-issues-document"),
            )
        for org in _title_issuers(body, mentions, doc):
            yield Relation(
                doc.iri,
                "schema:legislationPassedBy",
                org.iri or "",
                evidence(annotated, doc.start, doc.end, "relation:title-names-issuers"),
            )
    yield from _signature_issuers(annotated, mentions)


_SIGNATURE_GAP = re.compile(r"[\s、，,　]*")


def _signature_issuers(annotated: Annotated, mentions: Sequence[Mention]) -> Iterator[Relation]:
    """A paragraph that is only a list of bodies (the signature of a reproduced
    document: 商务部发展改革委工业和信息化部人民银行海关总署市场监管总局, 007) names the
    issuers of the first document the article quotes in full (its first 《…》 title)."""
    body = annotated.article.body
    titled = [m for m in mentions if m.label == "Legislation" and m.iri and m.text.startswith("《")]
    if not titled:
        return
    doc = titled[0]
    doc_iri = doc.iri or ""
    for para in annotated.article.paragraphs:
        if para.start <= doc.start:
            continue
        orgs = sorted(
            (
                m
                for m in mentions
                if m.label == "Organization"
                and m.iri
                and para.start <= m.start
                and m.end <= para.end
            ),
            key=lambda m: m.start,
        )
        if len(orgs) < 2:
            continue
        gaps = [body[a.end : b.start] for a, b in zip(orgs, orgs[1:], strict=False)]
        edges = body[para.start : orgs[0].start] + body[orgs[-1].end : para.end]
        if all(_SIGNATURE_GAP.fullmatch(gap) for gap in [*gaps, edges]):
            for org in orgs:
                yield Relation(
                    doc_iri,
                    "schema:legislationPassedBy",
                    org.iri or "",
                    evidence(annotated, org.start, org.end, "relation:signature-line"),
                )


_TITLE_LIST_GAP = re.compile(r"[\s、]*")


def _title_issuers(body: str, mentions: Sequence[Mention], doc: Mention) -> list[Mention]:
    """《财政部 税务总局 …关于…的公告》: table bodies listed at the head of the title.

    The list must start right after 《 (or at the start of a title written without them:
    国务院办公厅关于推动外贸稳规模优结构的意见) and be followed (after any unlisted bodies) by
    关于, so only a title of the form 《<issuers>关于<subject>的<type>》 qualifies.
    """
    if "关于" not in doc.text:
        return []
    head_end = doc.start + doc.text.index("关于")
    inside = sorted(
        (
            m
            for m in mentions
            if m.label == "Organization" and m.iri and doc.start <= m.start and m.end <= head_end
        ),
        key=lambda m: m.start,
    )
    listed: list[Mention] = []
    position = doc.start + 1 if doc.text.startswith("《") else doc.start  # or written bare
    for org in inside:
        if _TITLE_LIST_GAP.fullmatch(body, position, org.start) is None:
            break
        listed.append(org)
        position = org.end
    return listed


def _listed_places(
    body: str, places: Sequence[Mention], verb_at: int, close: re.Pattern[str] = _LIST_CLOSE
) -> list[Mention]:
    """Walk back from ``verb_at`` over places separated by 、/和/及 (金华市、舟山市); ``close``
    is the count that may end the list before the verb (等46个城市)."""
    listed: list[Mention] = []
    position = verb_at
    for place in sorted(places, key=lambda m: m.start, reverse=True):
        if place.end > position:
            continue
        gap = body[place.end : position]
        if gap == "" or (listed and gap in _LIST_SEPARATORS) or (not listed and close.match(gap)):
            listed.append(place)
            position = place.start
            continue
        break
    return list(reversed(listed))


def _batch_number(text: str) -> int | None:
    """The first batch the text names by its ordinal (第六批, 第十一批), else None."""
    return next((b.ordinal for b in parse_batch_ordinals(text) if b.text.startswith("第")), None)


#: a sentence that says which batch the zones just set up are (这是…我国设立的第二批综试区)
_BATCH_FOLLOWS = re.compile(r"\s*(?:这是|这也是|此次|这批)")


def _establishments(
    annotated: Annotated, mentions: Sequence[Mention], docs: Sequence[Mention], reference: Reference
) -> Iterator[Relation]:
    """X、Y(获批)设立…综试区 → the approving document establishes the zones of X and Y."""
    body = annotated.article.body
    spans = annotated.sentences
    for index, span in enumerate(spans):
        sentence = body[span[0] : span[1]]
        following = (
            body[spans[index + 1][0] : spans[index + 1][1]] if index + 1 < len(spans) else ""
        )
        if _BATCH_FOLLOWS.match(following) and _ZONE_WORD.search(following):
            sentence_batch = sentence + following  # …设立综试区。这是…第二批综试区
        else:
            sentence_batch = sentence
        places = [m for m in _in_sentence(mentions, span) if m.label in PLACE_LABELS and m.iri]
        for zone_word in _ZONE_WORD.finditer(sentence):
            head = sentence[: zone_word.start()]
            for verb in re.finditer(r"(?:获批|获准|正式)?(?:设立|建设)", head):
                verb_at = span[0] + verb.start()
                if _ESTABLISH.match(body, verb_at) is None:
                    continue
                if re.search(r"[，。；：]", body[verb_at : span[0] + zone_word.start()]):
                    continue
                if inside_title(body, verb_at, verb_at):
                    continue  # 《国务院关于同意在石家庄等24个城市设立…》: the title's own words
                listed = _listed_places(body, places, verb_at)
                if not listed:
                    continue
                doc_iri = _approving_doc(annotated, docs, span, listed, reference)
                if doc_iri is None:
                    continue
                end = span[0] + zone_word.end()
                yield from _zone_relations(
                    annotated, listed, doc_iri, end, sentence_batch, reference
                )


#: zone instances other than CBEC zones that an approval may set up by name
_NAMED_ZONE_LABELS = frozenset({"FreeTradeZone", "ComprehensiveBondedZone", "PilotZone"})
_SET_UP_BEFORE = re.compile(r"(?:同意|批准)?设立$")


def _named_zone_establishments(
    annotated: Annotated, mentions: Sequence[Mention], docs: Sequence[Mention], reference: Reference
) -> Iterator[Relation]:
    """（国函〔2024〕40号），同意设立中蒙二连浩特—扎门乌德经济合作区: the reply (``docs``)
    before it in the paragraph establishes a zone named right after 设立."""
    body = annotated.article.body
    for zone in mentions:
        if zone.label not in _NAMED_ZONE_LABELS or not zone.iri:
            continue
        if _SET_UP_BEFORE.search(body, max(0, zone.start - 4), zone.start) is None:
            continue
        doc_iri = _approving_doc(
            annotated, docs, (zone.start, zone.end), [], reference
        ) or _number_after(body, mentions, zone)
        if doc_iri is not None:
            ev = evidence(annotated, zone.start - 2, zone.end, "relation:named-zone-set-up")
            yield Relation(doc_iri, "kgo:establishes", zone.iri, ev)


#: 机关代字 of the State Council's own documents (国函〔2020〕54号, 国发〔2019〕16号)
_STATE_COUNCIL_SLUGS = ("guohan-", "guofa-")


def _replies_by_number(
    annotated: Annotated, mentions: Sequence[Mention], relations: Sequence[Relation]
) -> Iterator[Relation]:
    """国务院正式批复同意设立义乌综合保税区（国函〔2020〕54号）: a State Council number with no
    title, 国务院 named before it in the sentence → the State Council passed it."""
    passed = {r.subject for r in relations if r.predicate == "schema:legislationPassedBy"}
    council = iris.org_iri("state-council")
    for number in mentions:
        slug = (number.iri or "").rsplit("/", 1)[-1]
        if number.label != "DocumentNumber" or not slug.startswith(_STATE_COUNCIL_SLUGS):
            continue
        if number.iri in passed:
            continue
        span = sentence_at(annotated, number.start)
        named = [
            m for m in _in_sentence(mentions, span) if m.iri == council and m.end <= number.start
        ]
        if named:
            passed.add(number.iri or "")
            ev = evidence(annotated, named[-1].start, number.end, "relation:reply-number-issuer")
            yield Relation(number.iri or "", "schema:legislationPassedBy", council, ev)


def _number_after(body: str, mentions: Sequence[Mention], zone: Mention) -> str | None:
    """批复同意设立义乌综合保税区（国函〔2020〕54号）: the reply's number written right after
    the zone it sets up."""
    for number in mentions:
        if (
            number.label == "DocumentNumber"
            and number.iri
            and 0 <= number.start - zone.end <= 1
            and body[zone.end : number.start] in ("", "（", "(")
        ):
            return number.iri
    return None


_MASTER_PLAN = re.compile(r"总体方案》?$")
#: the zone's name right before 总体方案 (its own master plan)
_PLAN_RIGHT_AFTER = re.compile(r"总体方案")


def _master_plans(annotated: Annotated, mentions: Sequence[Mention]) -> Iterator[Relation]:
    """《中国（湖南）自由贸易试验区总体方案》: a free trade zone's master plan sets it up (the
    State Council's plan is the act that establishes the zone); an extension plan
    (…扩展区域方案) does not."""
    zones = [m for m in mentions if m.label == "FreeTradeZone" and m.iri]
    body = annotated.article.body
    for doc in mentions:
        if doc.label != "Legislation" or not doc.iri or not _MASTER_PLAN.search(doc.text):
            continue
        inside = {
            z.iri
            for z in zones
            if doc.start <= z.start and z.end <= doc.end and _PLAN_RIGHT_AFTER.match(body, z.end)
        }  # …推进中国（上海）自由贸易试验区高水平制度型开放总体方案: a plan for a zone set up before
        if len(inside) == 1:
            ev = evidence(annotated, doc.start, doc.end, "relation:master-plan-sets-up-zone")
            yield Relation(doc.iri, "kgo:establishes", inside.pop() or "", ev)


def _batch_documents(docs: Sequence[Mention], reference: Reference) -> dict[str, int]:
    """The approval documents of CBEC batches the article names: document IRI → ordinal."""
    by_doc = {
        iris.doc_iri(batch.document, is_number_slug=True): batch.ordinal
        for batch in reference.batches.values()
        if batch.kind == "cbec"
    }
    return {d.iri: by_doc[d.iri] for d in docs if d.iri in by_doc}


def _batch_members(
    annotated: Annotated, mentions: Sequence[Mention], docs: Sequence[Mention], reference: Reference
) -> Iterator[Relation]:
    """邵阳市此次成功获批 in an article naming the batch-8 reply: a place named in a
    sentence of approval whose reference zone is in the batch of an approval document the
    article names → that document establishes the zone (the reference says which batch)."""
    named = _batch_documents(docs, reference)
    if not named:
        return
    body = annotated.article.body
    for span in annotated.sentences:
        if _APPROVED.search(body[span[0] : span[1]]) is None:
            continue
        members = []
        for place in _in_sentence(mentions, span):
            if place.label not in PLACE_LABELS or not place.iri:
                continue
            if inside_title(body, place.start, place.end):
                continue  # 《关于同意在鄂尔多斯等27个城市…的批复》: the title's first example
            zone = reference.zone_for_place(place.iri.rsplit("/", 1)[-1], "cbec")
            batch = reference.batches.get(zone.batch) if zone and zone.batch else None
            if zone is not None and batch is not None:
                members.append((place, zone, batch))
        if len({batch.ordinal for _, _, batch in members}) > 1:
            continue  # 此后宁波、义乌、温州、绍兴相继获批: a history of several batches
        for place, zone, batch in members:
            doc_iri = iris.doc_iri(batch.document, is_number_slug=True)
            if doc_iri in named:
                ev = evidence(annotated, place.start, place.end, "relation:batch-member-named")
                yield Relation(doc_iri, "kgo:establishes", zone.iri, ev)


#: 同意在山东、江苏…黑龙江6省区设立自由贸易试验区: free trade zones in the provinces listed
_FTZ_SET_UP = re.compile(r"设立了?(?:自由贸易试验区|自贸试验区)")
_PROVINCE_COUNT = re.compile(
    r"^等?\s*(?:\d+|[一二三四五六七八九十]+)\s*个?(?:省区市|省区|省市|省份|省|地)?$"
)
_FTZ_TITLE = re.compile(r"自由贸易试验区|自贸试验区")
#: a State Council act that sets zones up: its notice or the zones' overall plans
#: (not a zone's own regulation, 《中国（上海）自由贸易试验区条例》)
_STATE_COUNCIL_ACT = re.compile(r"国务院.*(?:通知|批复|决定)|总体方案")
#: the number of such an act (国发〔2019〕16号, 国函〔2020〕…)
_STATE_COUNCIL_NUMBER = re.compile(r"国[发函]")
#: the approval the sentence states before 设立 (同意在山东、江苏…, 批复设立, 印发)
_APPROVAL_WORDS = re.compile(r"同意|批复|批准|印发")


def _sets_up_zones(
    body: str, doc: Mention, numbers: Sequence[Mention], listed: Sequence[Mention], verb_at: int
) -> bool:
    """True when ``doc`` reads as the State Council act setting up the zones listed before
    ``verb_at``: its title or a 国发/国函 number after it says so, the text between says
    同意/批复/印发, and the list names several provinces or counts them."""
    state_council = _STATE_COUNCIL_ACT.search(doc.text) is not None or any(
        doc.end <= n.start < verb_at and _STATE_COUNCIL_NUMBER.search(n.text) for n in numbers
    )
    approved = _APPROVAL_WORDS.search(body, doc.start, verb_at) is not None
    counted = len(listed) >= 2 or body[listed[-1].end : verb_at].strip() != ""
    return state_council and approved and counted


def _ftz_establishments(annotated: Annotated, mentions: Sequence[Mention]) -> Iterator[Relation]:
    """《国务院关于印发6个新设自由贸易试验区总体方案的通知》（国发〔2019〕16号），同意在山东、
    江苏…6省区设立自由贸易试验区 → the notice establishes each province's free trade zone."""
    body = annotated.article.body
    docs = [
        m
        for m in mentions
        if m.label == "Legislation" and m.iri and _FTZ_TITLE.search(m.text) is not None
    ]
    if not docs:
        return
    provinces = [m for m in mentions if m.label == "Province" and m.iri]
    numbers = [m for m in mentions if m.label == "DocumentNumber"]
    for span in annotated.sentences:
        for verb in _FTZ_SET_UP.finditer(body, span[0], span[1]):
            listed = _listed_places(
                body, _in_sentence(provinces, span), verb.start(), _PROVINCE_COUNT
            )
            paragraph = _paragraph_of(annotated, span[0])
            before = [d for d in docs if paragraph[0] <= d.start < verb.start()]
            if not listed or not before:
                continue
            if not _sets_up_zones(body, before[-1], numbers, listed, verb.start()):
                continue
            ev = evidence(annotated, listed[0].start, verb.end(), "relation:provinces-set-up-ftz")
            for place in listed:
                code = (place.iri or "").rsplit("/", 1)[-1]
                yield Relation(
                    before[-1].iri or "", "kgo:establishes", iris.zone_iri("ftz", code), ev
                )


def _approving_doc(
    annotated: Annotated,
    docs: Sequence[Mention],
    span: tuple[int, int],
    listed: Sequence[Mention],
    reference: Reference,
) -> str | None:
    """The approving document: the last approval title before, in the same paragraph.

    When the reference knows the zone's batch, the title must be that batch's
    document: 2015年，国家在杭州设立… in an article citing the 2022 reply is history,
    not what the 2022 reply establishes.
    """
    paragraph = _paragraph_of(annotated, span[0])
    before = [d for d in docs if paragraph[0] <= d.start < span[1]]
    if not before or before[-1].iri is None:
        return None
    doc_iri = before[-1].iri
    for place in listed:
        zone = reference.zone_for_place((place.iri or "").rsplit("/", 1)[-1], "cbec")
        batch = reference.batches.get(zone.batch) if zone is not None and zone.batch else None
        if batch is not None and iris.doc_iri(batch.document, is_number_slug=True) != doc_iri:
            return None
    return doc_iri


def _paragraph_of(annotated: Annotated, offset: int) -> tuple[int, int]:
    for paragraph in annotated.article.paragraphs:
        if paragraph.start <= offset <= paragraph.end:
            return (paragraph.start, paragraph.end)
    return (offset, offset)


def _issuers_of(doc_iri: str, reference: Reference) -> list[str]:
    """The approving bodies of a reply: its issuers in the reference, else the State
    Council (every 跨境电子商务综合试验区 is approved by a 国务院 reply)."""
    doc = reference.documents.get(doc_iri)
    if doc is not None and doc.issuers:
        return [iris.org_iri(slug) for slug in doc.issuers]
    return [iris.org_iri("state-council")]


def _zone_relations(
    annotated: Annotated,
    listed: Sequence[Mention],
    doc_iri: str,
    end: int,
    sentence: str,
    reference: Reference,
) -> Iterator[Relation]:
    stated_batch = _batch_number(sentence)
    for place in listed:
        code = (place.iri or "").rsplit("/", 1)[-1]
        zone = reference.zone_for_place(code, "cbec")
        zone_iri = zone.iri if zone is not None else iris.zone_iri("cbec", code)
        ev = evidence(annotated, listed[0].start, end, "relation:places-establish-zone")
        yield Relation(doc_iri, "kgo:establishes", zone_iri, ev)
        if zone is None:
            # a zone the reference does not know is the article's claim: say where it lies
            # and who approved it, as the reference does for its own zones
            yield Relation(zone_iri, "schema:containedInPlace", place.iri or "", ev)
            for issuer in _issuers_of(doc_iri, reference):
                yield Relation(zone_iri, "kgo:approvedBy", issuer, ev)
        if stated_batch is not None:
            ev = evidence(annotated, listed[0].start, end, "relation:zone-in-stated-batch")
            yield Relation(zone_iri, "kgo:inBatch", iris.batch_iri("cbec", stated_batch), ev)


def extract_approvals(
    annotated: Annotated, mentions: Sequence[Mention], reference: Reference
) -> list[Relation]:
    """Approval facts: who passed the reply, which zones it establishes, their batch.

    Args:
        annotated: the article with sentences.
        mentions: linked mentions (``kg.link.mentions.link_mentions``).
        reference: the reference data (zones by place, documents).

    Returns:
        ``schema:legislationPassedBy``, ``kgo:establishes`` and ``kgo:inBatch`` relations.
    """
    docs = _approval_documents(mentions, reference)
    relations = list(_passed_by(annotated, mentions))
    relations += list(_establishments(annotated, mentions, docs, reference))
    replies = [m for m in mentions if m.label == "Legislation" and m.iri and "批复" in m.text]
    relations += list(_named_zone_establishments(annotated, mentions, replies, reference))
    relations += list(_master_plans(annotated, mentions))
    relations += list(_ftz_establishments(annotated, mentions))
    relations += list(_replies_by_number(annotated, mentions, relations))
    seen = {(r.subject, r.predicate, r.object) for r in relations}
    for member in _batch_members(annotated, mentions, docs, reference):
        if (member.subject, member.predicate, member.object) not in seen:
            seen.add((member.subject, member.predicate, member.object))
            relations.append(member)
    relations += list(_batches_stated_elsewhere(annotated, relations, docs, reference))
    placed = {r.subject for r in relations if r.predicate == "kgo:inBatch"}
    relations += [
        r
        for r in _places_approved_in_batch(annotated, mentions, reference)
        if r.subject not in placed
    ]
    return relations


#: 镇江获批第六批跨境电子商务综合试验区: the place's zone is in that batch
_APPROVED_IN = re.compile(
    r"(?:于?\d{4}年)?(?:成功)?(?:获批|入选|获批设立|纳入|列入)了?的?(?:国家)?$|属于(?:全国)?$"
    r"|作为(?:全国)?$"  # 作为第三批跨境电子商务综合试验区之一，中国（义乌）…
    r"|，是(?:全国)?$"  # 中国（郑州）综试区于2016年获批，是全国第二批综试区之一
)
_CBEC_ZONE_WORD = re.compile(r"(?:中国)?(?:跨境电子商务|跨境电商)?(?:综合试验区|综试区)")
#: 徐州是2019年获批的第四批…城市之一: the place before 是
#: …获批第七批跨境电商综试区的铜仁: the place after 的
_ZONE_OF = re.compile(r"的$")


def _places_approved_in_batch(
    annotated: Annotated, mentions: Sequence[Mention], reference: Reference
) -> Iterator[Relation]:
    """A place said to be approved in the Nth batch of CBEC zones (镇江获批第六批跨境电子商务
    综合试验区, 2022年获批第七批跨境电商综试区的铜仁) → its zone ``kgo:inBatch`` that batch."""
    body = annotated.article.body
    places = [m for m in mentions if m.label in ("Prefecture", "County", "Province") and m.iri]
    ends = {m.end: m for m in places}
    starts = {m.start: m for m in places}
    zones = {m.start: m for m in mentions if m.label == "CrossBorderEcommerceZone" and m.iri}
    zone_ends = {m.end: m for m in zones.values()}
    for phrase in parse_batch_ordinals(body):
        if not phrase.text.startswith("第") or phrase.upto:
            continue
        word = _CBEC_ZONE_WORD.match(body, phrase.end)
        verb = _APPROVED_IN.search(body, max(0, phrase.start - 12), phrase.start)
        if word is None or verb is None:
            continue
        after_shi = body[verb.start() - 1 : verb.start()] == "是"
        place = ends.get(verb.start()) or (
            ends.get(verb.start() - 1) if after_shi else None
        )  # 徐州是2019年获批的第四批…之一
        # 中国（上海）综试区是2016年获批的第二批综试区之一: the zone named before 是
        named = zone_ends.get(verb.start() - 1) if place is None and after_shi else None
        if place is None and named is None and body.startswith("的", word.end()):
            place = starts.get(word.end() + 1)
        after = word.end() + 2 if body.startswith("之一", word.end()) else word.end()
        if named is None and body.startswith(("，", ","), after):
            named = zones.get(after + 1)  # 作为…第三批综试区之一，中国（义乌）综试区…
        if named is None and verb.group().startswith(("属于", "，是")):  # …，属于全国第七批综试区
            named = _zone_before(annotated, zones, verb.start())
        if place is None and named is not None:
            span = (min(named.start, verb.start()), max(named.end, word.end()))
            ev = evidence(annotated, span[0], span[1], "relation:place-approved-in-batch")
            yield Relation(
                named.iri or "", "kgo:inBatch", iris.batch_iri("cbec", phrase.ordinal), ev
            )
            continue
        if place is None:
            continue
        code = (place.iri or "").rsplit("/", 1)[-1]
        zone = reference.zone_for_place(code, "cbec")
        zone_iri = zone.iri if zone is not None else iris.zone_iri("cbec", code)
        span = (min(place.start, verb.start()), max(place.end, word.end()))
        ev = evidence(annotated, span[0], span[1], "relation:place-approved-in-batch")
        yield Relation(zone_iri, "kgo:inBatch", iris.batch_iri("cbec", phrase.ordinal), ev)


def _zone_before(annotated: Annotated, zones: dict[int, Mention], at: int) -> Mention | None:
    """The last CBEC zone mention of ``at``'s sentence before ``at``, else None."""
    span = sentence_at(annotated, at)
    before = [z for start, z in zones.items() if span[0] <= start and z.end <= at]
    return max(before, key=lambda z: z.start) if before else None


def _batches_stated_elsewhere(
    annotated: Annotated,
    relations: Sequence[Relation],
    docs: Sequence[Mention],
    reference: Reference,
) -> Iterator[Relation]:
    """…同意在北京市…等22个城市设立综试区。…这已是第三批: the reply is the reference's
    batch-3 document and the article states 第三批 elsewhere → the zones it establishes
    are in batch 3 (the batch is stated, just not in the listing sentence)."""
    batch_of = _batch_documents(docs, reference)
    if not batch_of:
        return
    body = annotated.article.body
    stated = {b.ordinal: b for b in parse_batch_ordinals(body) if b.text.startswith("第")}
    placed = {r.subject for r in relations if r.predicate == "kgo:inBatch"}
    for relation in relations:
        ordinal = batch_of.get(relation.subject)
        zone = relation.object
        if relation.predicate != "kgo:establishes" or ordinal not in stated:
            continue
        if not isinstance(zone, str) or zone in placed or "/zone/cbec-" not in zone:
            continue
        placed.add(zone)
        phrase = stated[ordinal]
        ev = evidence(
            annotated, phrase.start, phrase.end, "relation:zone-in-batch-stated-elsewhere"
        )
        yield Relation(zone, "kgo:inBatch", iris.batch_iri("cbec", ordinal), ev)


def extract_article_people(annotated: Annotated, mentions: Sequence[Mention]) -> list[Relation]:
    """Article → reporters (``schema:contributor``) and editor (``schema:editor``).

    Reporter evidence is the name in the body; the editor line is not part of the
    body, so its evidence is an empty span at offset 0 with the 责任编辑 text as quote
    context (rule ``relation:article-editor``).

    Args:
        annotated: the article.
        mentions: linked mentions (reporters carry rule ``pattern:person-reporter``).

    Returns:
        The relations, article IRI as subject.
    """
    article = annotated.article
    subject = iris.article_iri(article.id)
    relations: list[Relation] = []
    seen: set[str] = set()
    for mention in mentions:
        if mention.rule != "pattern:person-reporter" or mention.iri is None or mention.iri in seen:
            continue
        seen.add(mention.iri)
        ev = evidence(annotated, mention.start, mention.end, "relation:article-reporter")
        relations.append(Relation(subject, "schema:contributor", mention.iri, ev))
    if article.editor:
        ev = Evidence(0, 0, "", f"责任编辑：{article.editor}", "relation:article-editor")
        relations.append(
            Relation(subject, "schema:editor", iris.person_iri(article.editor, "editor"), ev)
        )
    return relations


# A place that only dates the report (中新社海口1月4日电, 记者 王海平 南京报道) is not one the
# article is about; its containment is not stated.
_DATELINE_AFTER = re.compile(r"\s*(?:\d{1,2}月\d{1,2}日\s*电|报道)")


def extract_containment(
    annotated: Annotated, mentions: Sequence[Mention], reference: Reference
) -> list[Relation]:
    """Place containment the article relies on: a county or district it names lies in
    its prefecture, and a prefecture in its province, when the article names that parent
    too (义乌 → 金华市, 马鞍山 → 安徽; tests/gold/SCOPE.md). One relation per place, at
    its first mention, spanning the parent when it is written right before (安徽马鞍山).

    Args:
        annotated: the article.
        mentions: linked mentions.
        reference: the reference data (parents of places).

    Returns:
        ``schema:containedInPlace`` relations.
    """
    prefix = iris.KGR + "place/"
    body = annotated.article.body
    places = [
        m
        for m in mentions
        if m.label in PLACE_LABELS
        and m.iri
        and m.iri.startswith(prefix)
        and not _DATELINE_AFTER.match(body, m.end)
    ]
    ends = {m.end: m for m in places}
    relations: list[Relation] = []
    seen: set[str] = set()
    named = {m.iri for m in places}
    for mention in places:
        place = reference.places.get((mention.iri or "")[len(prefix) :])
        if place is None or not place.parent or mention.iri in seen:
            continue
        before = ends.get(mention.start)
        stated = before is not None and before.iri == iris.place_iri(place.parent)
        parent_named = iris.place_iri(place.parent) in named
        if place.level in ("county", "prefecture") and parent_named:
            seen.add(mention.iri or "")
            start = before.start if stated and before is not None else mention.start
            relations.append(
                Relation(
                    mention.iri or "",
                    "schema:containedInPlace",
                    iris.place_iri(place.parent),
                    evidence(annotated, start, mention.end, "relation:place-in-place"),
                )
            )
    return relations
