"""Link county names that need context: 鼓楼区, 金州, 增城 only next to their prefecture or province.

Input: the article's mentions (gazetteer places linked; county names that need context
carry ``COUNTY_CONTEXT_RULE`` and no IRI), its sentences, and the reference data.
Output: the same mentions, the context ones linked to the county their ancestors name,
or left without an IRI (dropped from the extraction like any unlinked mention), plus the
list items of rule 6.
It does not: find names in text (``kg.nlp.gazetteer``; rule 6 only looks beside a linked
place) or decide which names need context (``kg.nlp.lexicon``,
``data/gazetteer/county_*.txt``).

Rules, in order:
1. right before: a linked place mention ending where the name starts (大连市金州区,
   广东增城, 南京鼓楼区) that contains exactly one of the candidate counties;
2. same sentence: the linked place mentions of the sentence contain exactly one
   candidate; prefecture-level ancestors are tried before provinces (江苏 alone does not
   choose between 南京 and 徐州's 鼓楼区). A short alias (金州) takes this rule only
   between list or sentence boundaries on both sides (、金州、), never glued inside a
   longer run of characters (合作 in 经贸合作);
3. same article: the article names, anywhere, the prefecture of exactly one candidate
   (达州 in one sentence, 万源、宣汉、达川 in the next), under rule 2's boundary test
   for short aliases; a province alone is never enough at this distance;
4. list tail: the last item of a list, glued to the word after it (达川、开江将), when the
   item before it is a linked county or prefecture with the same parent (海口、三亚、琼海等地);
5. full name in the article: the article writes the full name of exactly one candidate
   somewhere, even inside a body's name (榕江县文体广电旅游局 … 榕江“村超”).

Then, for the short names the gazetteer never matches alone (``stop_aliases.txt``: 中山,
红河, 东区 …): 6. a list item between 、/和/及 next to a linked place of the same level
and parent is that place's sibling of this name, when exactly one exists (广州、中山、珠海;
昆明、红河、德宏三个片区).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from kg.model import Annotated, Mention
from kg.nlp.gazetteer import COUNTY_CONTEXT_RULE, PLACE_LABELS
from kg.nlp.lexicon import PLACE_LABEL_BY_LEVEL, read_list
from kg.nlp.sentences import sentence_at
from kg.paths import gazetteer_dir
from kg.refdata.records import Place, Reference

__all__ = ["link_county_context"]

#: characters that may stand right before / after a short county name in the
#: same-sentence rule (a list, a preposition or punctuation).
_OPEN_BEFORE = frozenset('、和与及至到从在于对向的，。；：（(“"《 \n')
_LIST_JOINS = frozenset("、和及与")
_OPEN_AFTER = frozenset('、和与及等的，。；：）)”" \n')


def _code(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _choose(candidates: Sequence[Place], named: set[str], reference: Reference) -> Place | None:
    """The one candidate whose parent, else whose ancestors, include a named place."""
    by_parent = [c for c in candidates if c.parent in named]
    if len(by_parent) == 1:
        return by_parent[0]
    if by_parent:
        return None
    by_ancestor = [
        c
        for c in candidates
        if any(a.code in named for a in reference.ancestors(c.code) if a.level != "country")
    ]
    return by_ancestor[0] if len(by_ancestor) == 1 else None


def _is_open(body: str, mention: Mention) -> bool:
    """Whether a short name stands between list or sentence boundaries on both sides."""
    before = body[mention.start - 1] if mention.start > 0 else "\n"
    after = body[mention.end] if mention.end < len(body) else "\n"
    return before in _OPEN_BEFORE and after in _OPEN_AFTER


def _resolve(
    mention: Mention, places: Sequence[Mention], annotated: Annotated, reference: Reference
) -> str | None:
    """The IRI of the county ``mention`` names, or None when the context does not say."""
    candidates = [p for p in reference.places_by_name(mention.text) if p.level == "county"]
    if not candidates:
        return None
    adjacent = {_code(p.iri or "") for p in places if p.end == mention.start}
    chosen = _choose(candidates, adjacent, reference) if adjacent else None
    if chosen is None:
        is_alias = all(mention.text != c.name_zh for c in candidates)
        if is_alias and not _is_open(annotated.article.body, mention):
            found = _by_full_name_in_article(candidates, annotated.article.body, mention.text)
            return found.iri if found is not None else None
        start, end = sentence_at(annotated.sentences, mention.start)
        named = {_code(p.iri or "") for p in places if start <= p.start and p.end <= end}
        chosen = _choose(candidates, named, reference) if named else None
    if chosen is None and (not is_alias or _is_open(annotated.article.body, mention)):
        chosen = _by_prefecture_in_article(candidates, places)
    if chosen is None:
        chosen = _by_full_name_in_article(candidates, annotated.article.body, mention.text)
    return chosen.iri if chosen is not None else None


def _by_full_name_in_article(candidates: Sequence[Place], body: str, short: str) -> Place | None:
    """Rule 5: the one candidate whose full name, longer than the ``short`` name written,
    the article writes somewhere (榕江县文体广电旅游局 … 榕江“村超”): the short name is that
    county's."""
    named = [c for c in candidates if len(c.name_zh) > len(short) and c.name_zh in body]
    return named[0] if len(named) == 1 else None


def _by_prefecture_in_article(
    candidates: Sequence[Place], places: Sequence[Mention]
) -> Place | None:
    """Rule 3: the one candidate whose own prefecture the article names anywhere (达州 …；
    其中，万源、宣汉将出现暴雨). A province named elsewhere is not enough."""
    named = {_code(p.iri or "") for p in places if p.label == "Prefecture"}
    by_parent = [c for c in candidates if c.parent in named]
    return by_parent[0] if len(by_parent) == 1 else None


def link_county_context(
    annotated: Annotated, mentions: Iterable[Mention], reference: Reference
) -> list[Mention]:
    """Link the county names that need context (``COUNTY_CONTEXT_RULE``).

    Args:
        annotated: the article (body and sentence spans).
        mentions: its mentions; linked place mentions are the context.
        reference: the reference data (``places_by_name``, ``ancestors``).

    Returns:
        The mentions in the same order; a context mention gets the county's IRI when
        rule 1 or 2 of the module docstring names exactly one county, else stays unlinked.
    """
    mentions = list(mentions)
    places = [
        m for m in mentions if m.label in PLACE_LABELS and m.iri and m.rule != COUNTY_CONTEXT_RULE
    ]
    out = []
    for mention in mentions:
        if mention.rule == COUNTY_CONTEXT_RULE and mention.iri is None:
            iri = _resolve(mention, places, annotated, reference)
            mention = replace(mention, iri=iri) if iri else mention
        out.append(mention)
    out = _list_tails(out, annotated.article.body, reference)
    return out + _stop_alias_list_items(out, annotated.article.body, reference)


def _list_tails(mentions: list[Mention], body: str, reference: Reference) -> list[Mention]:
    """Rule 4: the last item of a county list (达川、开江将出现暴雨) is glued to the verb after
    it; it is linked when the item before it, across 、/和/及, is a linked county of the same
    prefecture as exactly one of its candidates."""
    # the item before: a linked county, or any linked place of the same parent (海口、三亚、
    # 琼海等地: 琼海 is a county-level city under the province, like the two cities)
    by_end = {m.end: m for m in mentions if m.label in ("County", "Prefecture") and m.iri}
    out = []
    for mention in mentions:
        before = by_end.get(mention.start - 1)
        if (
            mention.rule == COUNTY_CONTEXT_RULE
            and mention.iri is None
            and before is not None
            and body[mention.start - 1] in _LIST_JOINS
        ):
            parent = reference.places[_code(before.iri or "")].parent
            same = [
                p
                for p in reference.places_by_name(mention.text)
                if p.level == "county" and p.parent == parent
            ]
            if len(same) == 1:
                mention = replace(mention, iri=same[0].iri)
                by_end[mention.end] = mention
        out.append(mention)
    return out


#: short place names the gazetteer never matches alone (rule 6 links them in a list)
_STOP_ALIASES = tuple(read_list(gazetteer_dir() / "stop_aliases.txt"))
STOP_ALIAS_LIST_RULE = "link:stop-alias-list-item"


def _stop_alias_list_items(
    mentions: list[Mention], body: str, reference: Reference
) -> list[Mention]:
    """Rule 6: 广州、中山、珠海 — a short name of ``stop_aliases.txt`` listed right next to a
    linked place is the one place of that name with the same level and parent."""
    taken = [(m.start, m.end) for m in mentions]
    found: dict[int, Mention] = {}
    for mention in mentions:
        if mention.label not in PLACE_LABELS or not mention.iri:
            continue
        if body[mention.end : mention.end + 1] not in _LIST_JOINS and (
            body[mention.start - 1 : mention.start] not in _LIST_JOINS
        ):
            continue  # no list join beside it: no alias to try
        place = reference.places.get(_code(mention.iri))
        if place is None or place.parent is None:
            continue
        for alias in _STOP_ALIASES:
            for start in _list_neighbour(body, mention, alias):
                end = start + len(alias)
                if start in found or any(s < end and start < e for s, e in taken):
                    continue
                same = [
                    p
                    for p in reference.places_by_name(alias)
                    if p.level == place.level and p.parent == place.parent
                ]
                if len(same) == 1:
                    label = PLACE_LABEL_BY_LEVEL.get(same[0].level, "SpecialArea")
                    found[start] = Mention(
                        start, end, alias, label, STOP_ALIAS_LIST_RULE, same[0].iri
                    )
    return [found[start] for start in sorted(found)]


def _list_neighbour(body: str, mention: Mention, alias: str) -> list[int]:
    """Where ``alias`` stands as the list item right after or right before ``mention``."""
    starts = []
    after = mention.end + 1
    if (
        body[mention.end : after] in _LIST_JOINS
        and body.startswith(alias, after)
        and body[after + len(alias) : after + len(alias) + 1] in _OPEN_AFTER | _COUNT_AFTER
    ):
        starts.append(after)
    before = mention.start - 1 - len(alias)
    if (
        before >= 0
        and body[mention.start - 1 : mention.start] in _LIST_JOINS
        and body.startswith(alias, before)
        and (before == 0 or body[before - 1] in _OPEN_BEFORE)
    ):
        starts.append(before)
    return starts


#: what may follow the last item of a list: its count (昆明、红河、德宏三个片区)
_COUNT_AFTER = frozenset("两三四五六七八九十0123456789")
