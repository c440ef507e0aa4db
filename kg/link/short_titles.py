"""Short names a document is given in the text: 《…意见》（即“外资24条”）, （以下简称“…”）.

Input: an article's linked mentions. Output: the same mentions plus one ``Legislation``
mention, linked to the full title's IRI, for every quoted occurrence of a short name the
article defines right after a linked title (rule ``link:short-title``), the definition
included, and for occurrences before it (关于“外资24条”的落实，… 《…》（即“外资24条”）).
It does not: find titles (``kg.nlp.documents``) or link them (``kg.link.mentions``);
unquoted occurrences are left alone (a short name such as 意见 is an ordinary word).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.model import Annotated, Mention

__all__ = ["SHORT_TITLE_RULE", "link_short_titles"]

SHORT_TITLE_RULE = "link:short-title"
#: （即“外资24条”）, （以下简称“稳外贸12条”）, (简称《意见》) right after a title
_DEFINITION = re.compile(
    r"\s*[（(](?:即|以下简称|下称|简称)[“\"《](?P<short>[^”\"》]{3,20})[”\"》][）)]"
)
_QUOTES = (("“", "”"), ('"', '"'), ("《", "》"))


def _definitions(body: str, mentions: Sequence[Mention]) -> dict[str, str]:
    """Short name → IRI of the linked title it is defined after."""
    found: dict[str, str] = {}
    for mention in mentions:
        if mention.label != "Legislation" or not mention.iri:
            continue
        end = mention.end + (1 if body[mention.end : mention.end + 1] == "》" else 0)
        match = _DEFINITION.match(body, end)
        if match is not None:
            found.setdefault(match.group("short"), mention.iri)
    return found


def link_short_titles(annotated: Annotated, mentions: list[Mention]) -> list[Mention]:
    """Add a linked mention for every quoted occurrence of a defined short name.

    Args:
        annotated: the article.
        mentions: its linked mentions.

    Returns:
        ``mentions`` plus the short-name mentions that overlap none of them.
    """
    body = annotated.article.body
    defined = _definitions(body, mentions)
    if not defined:
        return mentions
    # a short name read on its own (“外资24条” as a quoted package) is the defined title's
    mentions = [
        replace(m, iri=defined[m.text], rule=SHORT_TITLE_RULE)
        if m.label == "Legislation" and m.text in defined and m.iri != defined[m.text]
        else m
        for m in mentions
    ]
    taken = bytearray(len(body) + 1)
    for m in mentions:
        if m.iri:
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    added: list[Mention] = []
    for short, iri in sorted(defined.items()):
        for opening, closing in _QUOTES:
            for match in re.finditer(re.escape(opening + short + closing), body):
                start, end = match.start() + 1, match.end() - 1
                if 1 in taken[start:end]:
                    continue
                taken[start:end] = b"\x01" * (end - start)
                added.append(Mention(start, end, short, "Legislation", SHORT_TITLE_RULE, iri))
    return [*mentions, *added]
