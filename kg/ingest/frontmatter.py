"""Split a Hexo post into YAML front matter and body, and validate the fields.

Input: the decoded text of one file. Output: a ``FrontMatter`` record and the body text.
It does not: read files, parse HTML, or normalise field values (the category
「新浪财经－国內」 keeps its U+FF0D and traditional 內, as ``corpus/NOTES.md`` asks).

YAML is loaded with ``yaml.CSafeLoader`` when libyaml is present (else ``SafeLoader``),
after a walk over the composed node tree that rejects aliases (the "billion laughs"
bomb), nesting deeper than ``MAX_DEPTH`` and duplicate keys, which PyYAML would
otherwise accept silently by keeping the last value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from kg.errors import FrontMatterError

__all__ = [
    "FrontMatter",
    "MAX_DEPTH",
    "MAX_FRONT_MATTER_CHARS",
    "parse_date",
    "parse_front_matter",
    "split_front_matter",
]

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: Deepest nesting of lists/maps accepted; real front matter is 2 deep.
MAX_DEPTH = 8
#: Longest front matter accepted; real ones are about 400 characters.
MAX_FRONT_MATTER_CHARS = 64_000

RFC1123_EXAMPLE = "Thu, 30 Dec 2021 03:47:06 GMT"
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        start=1,
    )
}
_RFC1123 = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r" (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT"
)
# The fence is a line of exactly three dashes (trailing spaces tolerated).
_OPEN_FENCE = re.compile(r"---[ \t]*\r?\n")
_CLOSE_FENCE = re.compile(r"^---[ \t]*(?:\r?\n|\Z)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The validated front-matter fields an ``Article`` needs."""

    title: str
    published: datetime  # tz-aware UTC
    author: str | None
    categories: tuple[str, ...]


def split_front_matter(text: str, path: Path) -> tuple[str, str]:
    """Split ``text`` into the YAML between the ``---`` fences and the body after them.

    Leading blank lines are skipped: every Sina post starts with ``\\n---\\n``.

    Args:
        text: the decoded file text.
        path: the file, for error messages.

    Returns:
        ``(yaml_text, body_text)``.

    Raises:
        FrontMatterError: no opening or closing ``---`` line, or front matter too long.
    """
    start = len(text) - len(text.lstrip())
    opening = _OPEN_FENCE.match(text, start)
    if opening is None:
        first = text[start : start + 40].splitlines()[0] if text[start:] else ""
        raise FrontMatterError(
            path,
            f"no YAML front matter: the first line is {first!r}; "
            "expected a '---' line, then 'title:' and 'date:', then '---'",
        )
    closing = _CLOSE_FENCE.search(text, opening.end())
    if closing is None:
        raise FrontMatterError(
            path, "front matter is not closed: add a '---' line after the last field"
        )
    yaml_text = text[opening.end() : closing.start()]
    if len(yaml_text) > MAX_FRONT_MATTER_CHARS:
        raise FrontMatterError(
            path,
            f"front matter is {len(yaml_text)} characters, over the limit of "
            f"{MAX_FRONT_MATTER_CHARS}; is the closing '---' missing?",
        )
    return yaml_text, text[closing.end() :]


def _check_node(node: yaml.Node, path: Path, depth: int, seen: set[int]) -> None:
    """Reject aliases (a node met twice), deep nesting and duplicate mapping keys."""
    if id(node) in seen:
        raise FrontMatterError(
            path,
            f"front matter uses a YAML alias (line {node.start_mark.line + 1}); "
            "anchors and aliases are not allowed: write the value out",
        )
    seen.add(id(node))
    if depth > MAX_DEPTH:
        raise FrontMatterError(
            path,
            f"front matter is nested more than {MAX_DEPTH} levels deep "
            f"(line {node.start_mark.line + 1}); expected flat 'key: value' fields",
        )
    if isinstance(node, yaml.MappingNode):
        keys: set[str] = set()
        for key_node, value_node in node.value:
            _check_node(key_node, path, depth + 1, seen)
            key = str(key_node.value)
            if key in keys:
                raise FrontMatterError(
                    path,
                    f"front matter has the key {key!r} twice "
                    f"(line {key_node.start_mark.line + 1}); keep one",
                )
            keys.add(key)
            _check_node(value_node, path, depth + 1, seen)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _check_node(item, path, depth + 1, seen)


def _load_yaml(yaml_text: str, path: Path) -> dict[str, Any]:
    """Compose, check and construct the YAML mapping."""
    loader = _LOADER(yaml_text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise FrontMatterError(path, "front matter is empty: add 'title:' and 'date:'")
        _check_node(node, path, 0, set())
        data = loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FrontMatterError(
            path,
            f"front matter is not valid YAML{where}: {problem}; "
            "quote values that contain ': ' or start with a quote",
        ) from exc
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise FrontMatterError(
            path, f"front matter is a {type(data).__name__}, not 'key: value' fields"
        )
    return data


def parse_date(value: object, path: Path) -> datetime:
    """Parse an RFC 1123 GMT date such as ``'Thu, 30 Dec 2021 03:47:06 GMT'``.

    The result stays in UTC: 025 is stamped 23:39 GMT, which is the next day in
    Beijing, and converting here would move it to another calendar day.

    Args:
        value: the ``date`` value as YAML loaded it.
        path: the file, for error messages.

    Returns:
        A tz-aware UTC datetime.

    Raises:
        FrontMatterError: the value is not an RFC 1123 GMT date.
    """
    match = _RFC1123.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise FrontMatterError(
            path, f"front matter 'date' is {value!r}: expected RFC 1123, e.g. {RFC1123_EXAMPLE!r}"
        )
    day, month, year, hour, minute, second = match.groups()
    try:
        return datetime(
            int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second), tzinfo=UTC
        )
    except ValueError as exc:
        raise FrontMatterError(
            path,
            f"front matter 'date' is {value!r}: {exc}; expected RFC 1123, e.g. {RFC1123_EXAMPLE!r}",
        ) from exc


def _parse_title(data: dict[str, Any], path: Path) -> str:
    if "title" not in data or data["title"] is None:
        raise FrontMatterError(path, "front matter has no 'title': add title: '...'")
    title = data["title"]
    if not isinstance(title, str):
        raise FrontMatterError(
            path,
            f"front matter 'title' is {title!r} ({type(title).__name__}): "
            "quote it, e.g. title: '...'",
        )
    title = title.strip()
    if not title:
        raise FrontMatterError(path, "front matter 'title' is empty: give the headline")
    return title


def _parse_categories(value: object, path: Path) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise FrontMatterError(
        path, f"front matter 'categories' is {value!r}: expected a list of strings"
    )


def parse_front_matter(yaml_text: str, path: Path) -> FrontMatter:
    """Load and validate the front matter of one post.

    Args:
        yaml_text: the text between the ``---`` fences.
        path: the file, for error messages.

    Returns:
        The validated fields.

    Raises:
        FrontMatterError: broken YAML, aliases, deep nesting, duplicate keys, no or
            empty title, missing or non-RFC-1123 date, or a field of the wrong type.
    """
    data = _load_yaml(yaml_text, path)
    title = _parse_title(data, path)
    if "date" not in data:
        raise FrontMatterError(path, f"front matter has no 'date': add date: {RFC1123_EXAMPLE}")
    published = parse_date(data["date"], path)
    author = data.get("author")
    if author is not None and not isinstance(author, str):
        raise FrontMatterError(path, f"front matter 'author' is {author!r}: expected a name")
    return FrontMatter(
        title=title,
        published=published,
        author=(author.strip() or None) if isinstance(author, str) else None,
        categories=_parse_categories(data.get("categories"), path),
    )
