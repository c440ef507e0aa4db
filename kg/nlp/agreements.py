"""China's bilateral free trade agreements by name: 中韩自贸协定, 中国—新西兰自由贸易协定.

Input: the body text, the compiled ``Gazetteer`` (country names) and the abbreviation
table ``data/gazetteer/fta_partners.tsv``.
Output: ``Legislation`` mentions (rule ``pattern:title-bare``, like other documents named
without 《》), and ``agreement_key``, the one title every spelling of an agreement is
hashed by, so 中韩自贸协定, 中韩自由贸易区 and 《中国—韩国自由贸易协定》 are one document.
It does not: read agreements the reference lists (RCEP, 中国—东盟自贸区: gazetteer names)
or link anything.

Grammar::

    agreement = china partner kind [upgrade]
              | 中华人民共和国政府 [和与] partner 政府 自由贸易协定 [upgrade]   (the signed title)
    china     = 中 (with a one-character partner abbreviation: 中韩, or the first character
                of a country the article names: 中新 beside 新西兰)
              | 中国 [—-－–与和同] (with a country name: 中国—新西兰, 中国与新加坡)
    kind      = 自由贸易协定 | 自贸协定 | 自由贸易区 | 自贸区     (the same agreement)
    upgrade   = 升级议定书 (a document of its own) | 升级版 (the same agreement)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from kg.model import Mention
from kg.nlp.gazetteer import Gazetteer
from kg.nlp.lexicon import read_table
from kg.paths import data_dir, gazetteer_dir

__all__ = [
    "agreement_key",
    "country_initials",
    "find_bilateral_agreements",
    "partner_abbreviations",
]

_RULE = "pattern:title-bare"
_KIND = r"(?:自由贸易|自贸)(?:协定|区)"
_UPGRADE = r"(?:升级议定书|升级版)?"
_FULL = re.compile(r"中国[—\-－–与和同]([\u4e00-\u9fff]{2,8}?)(" + _KIND + _UPGRADE + ")")
#: the signed title: 中华人民共和国政府和塞尔维亚共和国政府自由贸易协定
_OFFICIAL = re.compile(
    r"中华人民共和国政府[和与]([\u4e00-\u9fff]{2,16}?)政府(?:关于)?(自由贸易协定" + _UPGRADE + ")"
)


@lru_cache(maxsize=1)
def partner_abbreviations() -> dict[str, str]:
    """Abbreviation → partner name, from ``data/gazetteer/fta_partners.tsv``."""
    return {row[0]: row[1] for row in read_table(gazetteer_dir() / "fta_partners.tsv")}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Full names and aliases of countries → their short name (塞尔维亚共和国 → 塞尔维亚),
    from ``data/reference/countries.tsv``."""
    names: dict[str, str] = {}
    for row in read_table(data_dir() / "reference" / "countries.tsv"):
        short, full, aliases = row[3], row[4], row[7]
        for name in (full, *aliases.split("|")):
            if name:
                names.setdefault(name, short)
    return names


#: 中 + any partner initial: the table's, or a country the article names (中新自贸协定 in an
#: article about 新西兰); 国, 方 and 央 open other words (中国自贸区, 中方, 中央)
_ANY_SHORT = re.compile(f"中([\u4e00-\u9fff])(?<![国方央])({_KIND}{_UPGRADE})")


def country_initials(mentions: Sequence[Mention]) -> dict[str, Mention]:
    """The first character of each foreign country the mentions name → its first mention,
    when no other named country starts with it (新 → 新西兰 in an article naming no 新加坡;
    塞 in 中塞双边贸易额, 对塞出口)."""
    found: dict[str, dict[str | None, Mention]] = {}
    for mention in mentions:
        if mention.label == "Country" and len(mention.text) > 1 and mention.text != "中国":
            found.setdefault(mention.text[0], {}).setdefault(mention.iri, mention)
    return {
        initial: next(iter(by_iri.values()))
        for initial, by_iri in found.items()
        if len(by_iri) == 1
    }


def _canonical(partner: str, tail: str) -> str:
    """中国—<partner>自由贸易协定, plus 升级议定书 when the tail names the protocol; the
    partner by its short name (塞尔维亚共和国 → 塞尔维亚)."""
    protocol = "升级议定书" if tail.endswith("升级议定书") else ""
    return f"中国—{_country_names().get(partner, partner)}自由贸易协定{protocol}"


def agreement_key(title: str, initials: Mapping[str, str] | None = None) -> str | None:
    """The canonical title of a bilateral agreement named by ``title``, else None.

    Args:
        title: a document name as written (《》 and spaces already removed or not).
        initials: the article's countries by first character (``country_initials``),
            for an initial the table leaves out as ambiguous (中新).

    Returns:
        ``中国—<partner>自由贸易协定`` (or ``…升级议定书``), or None when ``title`` is
        not one bilateral agreement's whole name.
    """
    name = title.strip("《》 ")
    short = _ANY_SHORT.fullmatch(name)
    if short is not None:
        partner = partner_abbreviations().get(short.group(1)) or (initials or {}).get(
            short.group(1)
        )
        return _canonical(partner, short.group(2)) if partner else None
    full = _FULL.fullmatch(name) or _OFFICIAL.fullmatch(name)
    if full is not None:
        return _canonical(full.group(1), full.group(2))
    return None


def find_bilateral_agreements(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Find bilateral free trade agreements named without 《》.

    Args:
        text: the article body.
        gazetteer: the compiled gazetteer (a partner written in full must be a country).

    Returns:
        ``Legislation`` mentions in text order.
    """
    found = [
        Mention(m.start(), m.end(), m.group(), "Legislation", _RULE)
        for m in _ANY_SHORT.finditer(text)
    ]
    for match in _FULL.finditer(text):
        entry = gazetteer.lookup(match.group(1))
        if entry is not None and entry.label == "Country":
            found.append(Mention(match.start(), match.end(), match.group(), "Legislation", _RULE))
    return sorted(found, key=lambda m: m.start)
