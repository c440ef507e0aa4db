"""Synthetic corpora for benchmarks: N varied articles made from real templates.

Input: template article files (``data/articles``) and the reference places.
Output: N ``.md`` files in the same Hexo + Sina HTML format.
It does not: copy articles verbatim. Each copy gets other places (consistently in title
and body), other numbers, another date and a shuffled paragraph order, so the graph
grows like a real one (new observations, new mentions), not N copies of one graph.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

__all__ = ["Template", "generate_corpus", "load_templates"]

_FRONT = re.compile(r"\A\s*---\n(?P<yaml>.*?)\n---\n", re.S)
_TITLE = re.compile(r"^title: '(?P<title>.*)'$", re.M)
_DATE = re.compile(r"^date: (?P<date>.+)$", re.M)
_PARA = re.compile(r"<p[ >].*?</p>", re.S)
_TAG_SPLIT = re.compile(r"(<[^>]*>)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_YEAR = re.compile(r"(20[12]\d)(?=年)")


@dataclass(frozen=True, slots=True)
class Template:
    """A real article split into the parts the generator varies."""

    front: str  # YAML between the --- lines
    title: str
    published: datetime
    head: str  # body HTML before the first <p>
    paragraphs: tuple[str, ...]  # the <p>…</p> blocks (and what sits between them)
    tail: str  # from <!-- news_keyword_pub on


def load_templates(paths: list[Path]) -> list[Template]:
    """Split template articles into front matter, paragraphs and tail.

    Files that do not have the expected shape are skipped (they would not help).
    """
    templates = []
    for path in sorted(paths):
        text = path.read_text(encoding="utf-8")
        front = _FRONT.match(text)
        if not front:
            continue
        title, date = _TITLE.search(front["yaml"]), _DATE.search(front["yaml"])
        cut = text.find("<!-- news_keyword_pub")
        if not title or not date or cut < 0:
            continue
        body = text[front.end() : cut]
        paras = _PARA.findall(body)
        first = body.find(paras[0]) if paras else len(body)
        templates.append(
            Template(
                front["yaml"],
                title["title"],
                parsedate_to_datetime(date["date"]).astimezone(UTC),
                body[:first],
                tuple(paras),
                text[cut:],
            )
        )
    return templates


def _vary_numbers(text: str, rng: random.Random, year_shift: int) -> str:
    def year(m: re.Match[str]) -> str:
        return str(int(m.group(1)) + year_shift)

    def number(m: re.Match[str]) -> str:
        raw = m.group(0)
        if len(raw) == 4 and raw.startswith("20"):
            return raw
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        value = float(raw) * rng.uniform(0.5, 1.5)
        return f"{value:.{decimals}f}" if decimals else str(max(1, round(value)))

    parts = _TAG_SPLIT.split(text)
    for i in range(0, len(parts), 2):  # text between tags only, never attributes
        parts[i] = _NUMBER.sub(number, _YEAR.sub(year, parts[i]))
    return "".join(parts)


def _present(text: str, names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The prefectures (full name, short name) that ``text`` names."""
    return [
        (full, short)
        for full, short in names
        if full in text or (len(short) >= 2 and short in text)
    ]


def _place_mapping(
    present: list[tuple[str, str]], names: list[tuple[str, str]], rng: random.Random
) -> dict[str, str]:
    """Map each present prefecture (full and short forms) to a random other one."""
    mapping: dict[str, str] = {}
    for full, short in present:
        other_full, other_short = names[rng.randrange(len(names))]
        mapping[full] = other_full
        if len(short) >= 2:
            mapping[short] = other_short
    return mapping


def _escape_repl(text: str) -> str:
    """Escape backslashes so ``text`` is taken literally as a ``re.sub`` replacement."""
    return text.replace("\\", "\\\\")


def _apply(text: str, pattern: re.Pattern[str] | None, mapping: dict[str, str]) -> str:
    return pattern.sub(lambda m: mapping[m.group(0)], text) if pattern else text


def generate_corpus(
    templates: list[Template],
    n: int,
    out_dir: Path,
    *,
    places: list[tuple[str, str]],
    seed: int = 0,
) -> list[Path]:
    """Write ``n`` varied articles into ``out_dir``; return their paths.

    Args:
        templates: from ``load_templates``.
        n: number of articles.
        out_dir: folder to write ``0000000.md`` … into (created).
        places: (full name, short name) of the prefectures to swap in.
        seed: random seed; the same seed gives the same corpus.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    present = [_present(t.title + "".join(t.paragraphs), places) for t in templates]
    patterns = [
        re.compile(
            "|".join(
                map(
                    re.escape,
                    sorted(
                        {n for pair in names for n in pair if len(n) >= 2}, key=len, reverse=True
                    ),
                )
            )
        )
        if names
        else None
        for names in present
    ]
    paths = []
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        k = i % len(templates)
        t, pattern = templates[k], patterns[k]
        shift = timedelta(days=rng.randint(-400, 400), seconds=rng.randint(0, 86399))
        published = t.published + shift
        year_shift = published.year - t.published.year
        mapping = _place_mapping(present[k], places, rng)
        paras = [_vary_numbers(_apply(p, pattern, mapping), rng, year_shift) for p in t.paragraphs]
        rng.shuffle(paras)
        title = _apply(t.title, pattern, mapping) + f" #{i}"
        stamp = format_datetime(published, usegmt=True)
        front = _TITLE.sub(f"title: '{_escape_repl(title)}'", t.front, count=1)
        front = _DATE.sub(f"date: {stamp}", front, count=1)
        text = f"\n---\n{front}\n---\n{t.head}" + "\n".join(paras) + t.tail
        path = out_dir / f"{i:07d}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
