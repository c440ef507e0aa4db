"""Sentence spans of an article body: split after 。！？； and at newlines."""

from __future__ import annotations

import re

__all__ = ["split_sentences"]

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
