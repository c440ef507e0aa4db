"""Word boundaries around a place name: is a hit a name, or a substring across two words?

Input: the text and the span of a place name the gazetteer found. Output: whether words
of jieba's dictionary run across the span, so that the name is a false substring
(GOLD-GUIDELINES.md "Must not": 上海 in 加上海外订单): 丽水 in 美丽水乡 (美丽/水乡), 保定 in
确保定期, 新乡 in 新乡村振兴, 湖南 in 洞庭湖南部, 山西 in 中山西路, 周口 in 一周口岸.
It does not: decide what a name means (白银 the metal in 白银价格 is a whole word and
passes), read the reference, or look at anything beyond a few characters around the span.

How: the window of up to four CJK characters on each side of the span is segmented with
jieba's word frequencies (the package's ``dict.txt``, read once per process and never
cached to disk; the same unigram model jieba's ``cut`` uses without HMM). The span is a
false substring when the best segmentation of the window is far more probable
(``MARGIN``, in natural log) than the best one that keeps the span whole, i.e. with word
boundaries at its start and its end, or a word that starts with it (丽水市, 义乌市场).
Measured on the cases above: false substrings score 5.5 to 17; names score 0 to 1.1
(山西北部, where 山/西北部 is slightly more probable). A cheap pre-check (does any
dictionary word of up to four characters cross an edge of the span?) keeps the
segmentation off the common case.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import lru_cache
from importlib.resources import files

__all__ = ["MARGIN", "WordBreaks"]

#: characters read on each side of the span: enough for the words that cross its edges
_WINDOW = 4
#: one line of jieba's dict.txt: the word, its count (a part-of-speech tag may follow)
_DICT_LINE = re.compile(r"^(\S+) (\d+)", re.MULTILINE)
#: the longest crossing string the pre-check looks up (jieba's words are mostly 2–4 chars)
_LONGEST = 4
#: the longest word the segmentation of a window considers
_LONGEST_WORD = 8
#: how much more probable (natural log) the best segmentation must be than the best one
#: keeping the span whole for the span to be a false substring: e^3 ≈ 20 times
MARGIN = 3.0


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


class WordBreaks:
    """Segmentation with jieba's word frequencies, loaded once per process.

    Loading reads jieba's dictionary (about 0.4 s, once per process, when the gazetteer is
    built); nothing is written anywhere.
    """

    def __init__(self) -> None:
        self._freq: dict[str, int] = {}
        self._log_total = 0.0
        #: window → answer: the same few characters around a name recur across articles
        self._window_crosses = lru_cache(maxsize=65_536)(self._decide)

    def load(self) -> WordBreaks:
        """Read jieba's dictionary (``word count [tag]`` lines) once: 0.4 s, no cache file.

        Called when the pipeline is built, so the cost falls at start-up and not on the
        first article; ``crosses`` calls it too. Returns ``self``.
        """
        if not self._freq:
            text = files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
            self._freq = {word: int(count) for word, count in _DICT_LINE.findall(text)}
            self._log_total = math.log(sum(self._freq.values()))
        return self

    def crosses(self, text: str, start: int, end: int) -> bool:
        """True when dictionary words run across the span ``text[start:end]``.

        Args:
            text: the text the span is in.
            start: the span's start offset.
            end: the span's end offset.

        Returns:
            ``True`` for 丽水 in 美丽水乡, ``False`` for 丽水 in 浙江丽水市.
        """
        lo = start
        while lo > 0 and start - lo < _WINDOW and _is_cjk(text[lo - 1]):
            lo -= 1
        hi = end
        while hi < len(text) and hi - end < _WINDOW and _is_cjk(text[hi]):
            hi += 1
        self.load()
        return bool(self._window_crosses(text[lo:hi], start - lo, end - lo))

    def _may_cross(self, window: str, start: int, end: int) -> bool:
        """True when some dictionary word of up to ``_LONGEST`` chars crosses an edge."""
        freq = self._freq
        for edge in (start, end):
            for i in range(max(0, edge - _LONGEST + 1), edge):
                for j in range(edge + 1, min(len(window), i + _LONGEST) + 1):
                    if freq.get(window[i:j]):
                        return True
        return False

    def _cost(self, word: str) -> float | None:
        """Log-probability of ``word`` as one token (a single character always is one)."""
        count = self._freq.get(word) or (1 if len(word) == 1 else 0)
        return math.log(count) - self._log_total if count else None

    def _decide(self, window: str, start: int, end: int) -> bool:
        if not self._may_cross(window, start, end):
            return False
        cost = self._cost
        whole = _best(window, cost)
        head = _best(window[:start], cost)
        # the span kept whole: a boundary at its start, then either the span as one token
        # (even if the dictionary lacks it: count 1) and the best of the rest, or a
        # dictionary word that starts with the span (丽水市)
        span = cost(window[start:end])
        kept = (-self._log_total if span is None else span) + _best(window[end:], cost)
        for j in range(end + 1, len(window) + 1):
            longer = cost(window[start:j])
            if longer is not None:
                kept = max(kept, longer + _best(window[j:], cost))
        return whole - (head + kept) >= MARGIN


def _best(text: str, cost: Callable[[str], float | None]) -> float:
    """Log-probability of the best segmentation of ``text`` (0.0 for the empty text)."""
    best = [0.0] + [-math.inf] * len(text)
    for j in range(1, len(text) + 1):
        for i in range(max(0, j - _LONGEST_WORD), j):
            c = cost(text[i:j])
            if c is not None and best[i] + c > best[j]:
                best[j] = best[i] + c
    return best[-1]
