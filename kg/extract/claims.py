"""Statements of zone counts → ``Claim`` records that ``kg check`` can verify.

Rules (rule ids in the evidence): ``claim:zones-in-place`` (浙江共有12个综试区;
金华市有金华、义乌两个), ``claim:zones-nationwide`` (全国跨境电商综试区已达132个),
``claim:zones-in-first-batches`` (前五批105个), ``claim:province-coverage``
(率先实现省域全覆盖). ``as_of`` is the article's publication date (UTC).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg import iris
from kg.extract.relations import evidence
from kg.model import Annotated, Claim, Mention
from kg.nlp.numbers import NumberParseError, parse_integer

__all__ = ["extract_claims"]

CHINA = iris.place_iri("156")
_N = r"(\d+|[零〇一两二三四五六七八九十百千]{1,8})"
_ZONE = r"(?:跨境电商|跨境电子商务)?(?:综试区|综合试验区)"
_NATIONWIDE = re.compile(rf"全国{_ZONE}(?:数量|总数)?(?:已达|已达到|达到|达|增至|已增至|共)了?{_N}个")
_IN_PLACE = re.compile(rf"(?:共有|拥有|已有|有)((?:[\u4e00-\u9fff]{{2,4}}[、和])*[\u4e00-\u9fff]{{0,4}}?){_N}个({_ZONE})?")
_FIRST_BATCHES = re.compile(rf"^{_N}个")
_COVERAGE = re.compile(r"省域全覆盖")
_PLACE_LABELS = frozenset({"Province", "Prefecture", "County", "SpecialArea"})


def _number(raw: str) -> int | None:
    try:
        return parse_integer(raw)
    except NumberParseError:
        return None


def _claim(annotated: Annotated, kind: str, about: str, start: int, end: int, rule: str,
           value: int | None, upto: int | None = None) -> Claim:
    article = annotated.article
    return Claim(
        iri=iris.claim_iri(article.id, kind, about, value, upto),
        kind=kind,
        about=about,
        as_of=article.published.date(),
        evidence=evidence(annotated, start, end, rule),
        value=value,
        upto_batch=upto,
    )


def extract_claims(annotated: Annotated, mentions: Sequence[Mention]) -> list[Claim]:
    """Find the zone-count statements of one article.

    Args:
        annotated: the article with sentence spans.
        mentions: linked mentions (places, batches).

    Returns:
        Claims in text order, one per (kind, about, value).
    """
    body = annotated.article.body
    places = [m for m in mentions if m.label in _PLACE_LABELS and m.iri]
    claims: list[Claim] = []
    for s_start, s_end in annotated.sentences:
        sentence = body[s_start:s_end]
        if re.search(r"综试区|综合试验区", sentence) is None:
            continue
        claims += _nationwide(annotated, sentence, s_start)
        claims += _in_place(annotated, sentence, s_start, places)
        claims += _coverage(annotated, sentence, s_start, places)
    claims += _first_batches(annotated, mentions)
    unique: dict[tuple[str, str, int | None], Claim] = {}
    for claim in claims:
        unique.setdefault((claim.kind, claim.about, claim.value), claim)
    return sorted(unique.values(), key=lambda c: c.evidence.start)


def _nationwide(annotated: Annotated, sentence: str, s_start: int) -> list[Claim]:
    found = []
    for match in _NATIONWIDE.finditer(sentence):
        value = _number(match.group(1))
        if value is not None:
            found.append(_claim(annotated, "kgo:ZonesNationwide", CHINA, s_start + match.start(),
                                s_start + match.end(), "claim:zones-nationwide", value))
    return found


def _in_place(annotated: Annotated, sentence: str, s_start: int, places: Sequence[Mention]) -> list[Claim]:
    """PLACE 共有 N 个综试区 / PLACE 有 A、B 两个 (inside a sentence about zones)."""
    found = []
    for match in _IN_PLACE.finditer(sentence):
        start = s_start + match.start()
        owner = next((p for p in places if p.end == start), None)
        if owner is None or owner.iri is None:
            continue
        tail = sentence[match.end() : match.end() + 1]
        if match.group(3) is None and tail not in {"）", ")", "，", "。", "；"}:
            continue
        value = _number(match.group(2))
        if value is not None:
            found.append(_claim(annotated, "kgo:ZonesInPlace", owner.iri, owner.start,
                                s_start + match.end(), "claim:zones-in-place", value))
    return found


def _coverage(annotated: Annotated, sentence: str, s_start: int, places: Sequence[Mention]) -> list[Claim]:
    found = []
    for match in _COVERAGE.finditer(sentence):
        provinces = [p for p in places if s_start <= p.start < s_start + match.start() and p.label == "Province"]
        if provinces and provinces[-1].iri:
            found.append(_claim(annotated, "kgo:ProvinceCoverage", provinces[-1].iri, provinces[-1].start,
                                s_start + match.end(), "claim:province-coverage", None))
    return found


def _first_batches(annotated: Annotated, mentions: Sequence[Mention]) -> list[Claim]:
    """前五批105个 → the first five batches hold 105 zones."""
    body = annotated.article.body
    found = []
    for mention in mentions:
        if mention.label != "Batch" or mention.iri is None or mention.rule != "pattern:batch-upto":
            continue
        match = _FIRST_BATCHES.match(body[mention.end : mention.end + 8])
        value = _number(match.group(1)) if match else None
        if match is None or value is None:
            continue
        upto = int(mention.iri.rsplit("-", 1)[-1])
        found.append(_claim(annotated, "kgo:ZonesInFirstBatches", CHINA, mention.start,
                            mention.end + match.end(), "claim:zones-in-first-batches", value, upto))
    return found
