"""Sentence spans of an article body: split after 。！？； and at newlines; find the one at an offset."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

__all__ = ["sentence_at", "split_sentences"]

# A sentence ends after a terminator (plus any closing quote/bracket) or at a newline.
_SENTENCE = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)]*|\n|$)")
_BLANK = " \t\u3000\u00a0\n"


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Return the sentence spans of ``text`` (leading/trailing blanks trimmed).

    Args:
        text: an ``Article.body``.

    Returns:
        ``(start, end)`` character offsets, in order, none empty; newlines are
        never inside a sentence.
    """
    spans: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start] in _BLANK:
            start += 1
        while end > start and text[end - 1] in _BLANK:
            end -= 1
        if end > start:
            spans.append((start, end))
    return tuple(spans)


def sentence_at(sentences: Sequence[tuple[int, int]], offset: int) -> tuple[int, int]:
    """Return the span of ``sentences`` that contains ``offset``, else ``(offset, offset)``.

    The one sentence lookup of every stage (evidence, linking, graph).

    Args:
        sentences: ascending, non-overlapping spans (``split_sentences``).
        offset: a character offset into the same text.
    """
    index = bisect_right(sentences, (offset, float("inf"))) - 1
    if index >= 0 and sentences[index][0] <= offset < sentences[index][1]:
        return sentences[index]
    return (offset, offset)
