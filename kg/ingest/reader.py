"""Read one article file into an ``Article``: bytes → text → front matter + body.

Input: a path. Output: ``kg.model.Article`` (or an ``InputError`` subclass raised).
It does not: segment sentences, recognise entities or write anything.

Byline and source metadata are read from the cleaned paragraphs with patterns
seen in the corpus (``corpus/NOTES.md``): ``（记者 龙敏）``, ``（总台央视记者 张歆 关红妍）``,
``（记者赵文君）``, ``每经记者 张怀水``, ``【环球时报记者 赵觉珵 胡雨薇】`` for reporters;
``来源：…``, ``材料综合自…``, ``【深圳商报讯】`` for source lines; ``原标题：…`` for the
original headline. Photo credits (``…摄``) are not reporters.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

from kg.errors import ArticleBodyError, FrontMatterError, InputError, ResourceLimitError
from kg.ingest.frontmatter import parse_front_matter, split_front_matter
from kg.ingest.html import Block, parse_body
from kg.iris import article_id
from kg.model import IMAGE_CAPTION, Article, Paragraph

__all__ = [
    "BYLINE_EDITOR",
    "BYLINE_ROLES",
    "DEFAULT_MAX_BYTES",
    "article_to_dict",
    "read_article",
    "read_articles",
]

DEFAULT_MAX_BYTES = 5_000_000

_SP = r"[ \u3000\xa0]"
_NAME = r"[\u4e00-\u9fff·]{2,4}"
_NAMES = rf"{_NAME}(?:{_SP}+{_NAME})*"
# （记者 龙敏） （总台央视记者 张歆 关红妍） （首席记者 王海荣） （记者赵文君）
_PAREN_BYLINE = re.compile(rf"（[^（）\s，。、]{{0,12}}?记者{_SP}*({_NAMES}){_SP}*）")
# 每经记者 张怀水 / 红星新闻记者 叶燕 宋嘉问 / 21世纪经济报道记者 王海平 南京报道 /
# 【环球时报记者 赵觉珵 胡雨薇】 — at the start of a paragraph; the outlet must not contain
# a verb of speech (霍建国对第一财经记者称…).
_LEAD_BYLINE = re.compile(
    rf"【?([^\s，。：；、“”（）【】对向告据]{{0,14}}?)记者{_SP}*({_NAMES})(?={_SP}|】|$)"
)
# Bylines without 记者: in the dateline (中新网成都1月1日电 （马冬梅 张浪）) or closing a
# paragraph with two or more names (…。（马冬梅 张浪）); one bare name there may be a note.
_DATELINE_BYLINE = re.compile(rf"\d日电{_SP}*（({_NAMES}){_SP}*）")
_CLOSING_BYLINE = re.compile(rf"（({_NAME}(?:{_SP}+{_NAME})+){_SP}*）$")
#: words ending a byline's role label, not a name (每经记者, 实习生, 通讯员): skipped
BYLINE_ROLES = ("记者", "通讯员", "实习生", "摄影", "摄像")
#: the role word after which a byline names its editor, not a reporter (每经编辑 陈星)
BYLINE_EDITOR = "编辑"
_SOURCE_LINE = re.compile(r"(?:来源[：:]|材料综合自|资料来源[：:]).{1,40}")
_NEWS_AGENCY_TAG = re.compile(r"^(【[^【】]{2,12}讯】|[\u4e00-\u9fff]{2,10}讯(?=（))")
_ORIGINAL_TITLE = re.compile(r"原标题[：:]\s*(.+)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01
# A file with this many valid multi-byte UTF-8 characters per invalid sequence is
# damaged UTF-8, not GB18030 (GBK text read as UTF-8 fails on nearly every character).
_UTF8_EVIDENCE = 4


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ResourceLimitError(
                path,
                f"file is {size} bytes, over the limit of {max_bytes}; "
                "raise max_bytes (kg ingest --max-bytes) if it is a real article",
            )
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(path, f"cannot read the file: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise ResourceLimitError(
            path,
            f"file is over the limit of {max_bytes} bytes; "
            "raise max_bytes (kg ingest --max-bytes) if it is a real article",
        )
    return data


def _decode_gb18030(data: bytes, path: Path, utf8_error: UnicodeDecodeError) -> str:
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        at = utf8_error.start
        raise ArticleBodyError(
            path,
            f"file is neither UTF-8 nor GB18030 (byte {data[at]:#04x} at "
            f"offset {at}); re-save it as UTF-8",
        ) from utf8_error


def _decode(data: bytes, path: Path) -> tuple[str, tuple[str, ...]]:
    """Decode UTF-8 (with or without BOM), UTF-16/32 with BOM, else GB18030 with a warning."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        # checked before UTF-16: the UTF-32-LE mark FF FE 00 00 starts with FF FE
        try:
            return data.decode("utf-32"), ("decoded as utf-32 (byte-order mark)",)
        except UnicodeDecodeError as exc:
            raise ArticleBodyError(
                path,
                f"file has a UTF-32 byte-order mark but invalid UTF-32 at byte "
                f"{exc.start}; re-save it as UTF-8",
            ) from exc
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ("decoded as utf-16 (byte-order mark)",)
        except UnicodeDecodeError as exc:
            raise ArticleBodyError(
                path,
                f"file has a UTF-16 byte-order mark but invalid UTF-16 at byte "
                f"{exc.start}; re-save it as UTF-8",
            ) from exc
    nul = data.count(b"\x00")
    if nul:
        raise ArticleBodyError(
            path, f"file is binary, not text ({nul} NUL bytes); expected a UTF-8 Markdown article"
        )
    warnings: tuple[str, ...] = ()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = _decode_gb18030(data, path, exc)
        warnings = (
            f"not UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start}); decoded as gb18030",
        )
        lenient = data.decode("utf-8", errors="replace")
        bad = lenient.count("\ufffd") - data.count("\ufffd".encode())
        good = sum(1 for ch in lenient if ch > "\x7f") - lenient.count("\ufffd")
        if good >= _UTF8_EVIDENCE * bad:
            # UTF-8 text with a few stray bytes: read as GB18030 it would be garbled
            # throughout (测试 → 娴嬭瘯), so keep UTF-8 and mark the bad bytes (issue 9)
            text = lenient
            warnings = (
                f"{bad} invalid UTF-8 byte sequence(s), the first at offset "
                f"{exc.start}; replaced by U+FFFD",
            )
    if _CONTROL.search(text):
        count = len(_CONTROL.findall(text))
        if count > _MAX_CONTROL_SHARE * len(text):
            raise ArticleBodyError(
                path,
                f"file is binary, not text ({count} control characters in "
                f"{len(text)}); expected a UTF-8 Markdown article",
            )
    return text, warnings


def _is_source_line(text: str) -> bool:
    return _SOURCE_LINE.fullmatch(text) is not None or _ORIGINAL_TITLE.match(text) is not None


def _paragraphs(blocks: Iterable[Block]) -> tuple[Paragraph, ...]:
    """Assign offsets into ``"\\n".join(texts)``; stand-alone 原标题/来源 lines are sources."""
    out: list[Paragraph] = []
    start = 0
    for block in blocks:
        kind = block.kind
        if kind == "body" and _is_source_line(block.text):
            kind = "source"
        end = start + len(block.text)
        out.append(Paragraph(block.text, start, end, kind))
        start = end + 1
    return tuple(out)


def _with_captions(
    paragraphs: tuple[Paragraph, ...], captions: Iterable[str]
) -> tuple[Paragraph, ...]:
    """The body paragraphs, then each picture caption as an ``image-caption`` paragraph:
    GOLD-GUIDELINES counts what captions name (图为义乌国际商贸城), and appending keeps every
    offset of the body text where it was."""
    seen = {p.text for p in paragraphs}
    out = list(paragraphs)
    start = paragraphs[-1].end + 1 if paragraphs else 0
    for text in captions:
        if text in seen or not _CAPTION_TEXT.search(text):
            continue  # an alt text repeating a paragraph, or one with no words (a file name)
        seen.add(text)
        out.append(Paragraph(text, start, start + len(text), IMAGE_CAPTION))
        start += len(text) + 1
    return tuple(out)


#: a caption worth reading holds Chinese words (not a bare file name or an empty alt)
_CAPTION_TEXT = re.compile(r"[\u4e00-\u9fff]{2}")


def _original_title(paragraphs: Iterable[Paragraph]) -> str | None:
    for para in paragraphs:
        match = _ORIGINAL_TITLE.match(para.text)
        if match is not None:
            return match.group(1).strip() or None
    return None


def _reporter_names(group: str, *, photo: bool) -> list[str]:
    if photo:
        return []
    names: list[str] = []
    for name in re.split(f"{_SP}+", group):
        if name.endswith("报道"):  # 21世纪经济报道记者 王海平 南京报道
            break
        if name.endswith(BYLINE_EDITOR):  # 每经记者 张钟尹 每经编辑 陈星: the editor is no reporter
            break
        if name.endswith(BYLINE_ROLES):  # 实习生 李某: a role, no name
            continue
        names.append(name)
    return names


def _reporters(paragraphs: Iterable[Paragraph]) -> tuple[str, ...]:
    found: list[str] = []
    for para in paragraphs:
        if para.kind != "body":
            continue
        for match in _PAREN_BYLINE.finditer(para.text):
            found += _reporter_names(match.group(1), photo=match.group(1).endswith("摄"))
        lead = _LEAD_BYLINE.match(para.text)
        if lead is not None:
            found += _reporter_names(lead.group(2), photo=False)
        for bare in (_DATELINE_BYLINE.search(para.text), _CLOSING_BYLINE.search(para.text)):
            if bare is not None and "记者" not in bare.group(1):  # 记者 bylines: above
                found += _reporter_names(bare.group(1), photo=False)
    return tuple(dict.fromkeys(found))


def _source_lines(paragraphs: Iterable[Paragraph]) -> tuple[str, ...]:
    found: list[str] = []
    for para in paragraphs:
        if para.kind == "caption":
            continue
        if _SOURCE_LINE.fullmatch(para.text):
            found.append(para.text)
            continue
        tag = _NEWS_AGENCY_TAG.match(para.text)
        if tag is not None:
            found.append(tag.group(1))
    return tuple(dict.fromkeys(found))


def read_article(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one Hexo/Sina article file.

    Args:
        path: the ``.md`` file.
        max_bytes: larger files are refused before they are read.

    Returns:
        The article, every field filled; ``Article.body`` joins the paragraphs.

    Raises:
        ResourceLimitError: the file is larger than ``max_bytes``.
        FrontMatterError: the file is empty, has no or broken front matter, or lacks
            a valid ``title`` or RFC 1123 ``date``.
        ArticleBodyError: the file is binary or undecodable, the body has no text, or
            its tags nest too deeply to walk.
        InputError: the file cannot be read at all (permissions, a directory).
    """
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    if not data:
        raise FrontMatterError(
            path,
            "file is empty (0 bytes): expected YAML front "
            "matter between '---' lines, then the HTML body",
        )
    text, warnings = _decode(data, path)
    if not text.strip():
        raise FrontMatterError(
            path,
            f"file holds only whitespace ({len(data)} bytes): "
            "expected YAML front matter, then the HTML body",
        )
    yaml_text, html = split_front_matter(text, path)
    meta = parse_front_matter(yaml_text, path)
    if not html.strip():
        raise ArticleBodyError(
            path, "no HTML body after the front matter: expected <div><p>…</p></div>"
        )
    try:
        body = parse_body(html)
    except RecursionError:  # 10,000-deep <div>s: the tree walk recurses (issue 9)
        raise ArticleBodyError(
            path,
            "HTML tags are nested too deeply to read (hundreds of levels); "
            "expected ordinary <div><p>…</p></div> nesting",
        ) from None
    paragraphs = _paragraphs(body.blocks)
    if not any(p.kind == "body" for p in paragraphs):
        raise ArticleBodyError(
            path,
            "body has no paragraph text (only markup, comments "
            "or boilerplate); expected <p>…</p> paragraphs",
        )
    return Article(
        id=article_id(meta.title, meta.published),
        title=meta.title,
        published=meta.published,
        paragraphs=_with_captions(paragraphs, body.captions),
        source=path,
        original_title=_original_title(paragraphs),
        author=meta.author,
        categories=meta.categories,
        editor=body.editor,
        editor_code=body.editor_code,
        reporters=_reporters(paragraphs),
        source_lines=_source_lines(paragraphs),
        captions=body.captions,
        stock_codes=body.stock_codes,
        stock_names=body.stock_names,
        content_hash=hashlib.sha1(data).hexdigest(),
        warnings=warnings + body.warnings,
    )


def read_articles(
    paths: Iterable[Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[tuple[Path, Article | InputError]]:
    """Read many files; a bad one yields its error instead of stopping the batch.

    Args:
        paths: article files, read in the order given.
        max_bytes: size limit per file (see ``read_article``).

    Returns:
        An iterator of ``(path, article_or_error)`` pairs.
    """
    for path in paths:
        try:
            yield path, read_article(path, max_bytes=max_bytes)
        except InputError as exc:
            yield path, exc


def _jsonable(value: Any) -> Any:
    if isinstance(value, Paragraph):
        return {"text": value.text, "start": value.start, "end": value.end, "kind": value.kind}
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def article_to_dict(article: Article) -> dict[str, Any]:
    """Return every field of ``article`` as JSON-ready values (datetimes in ISO form).

    Args:
        article: a read article.

    Returns:
        A dict in field order; paragraphs become ``{text, start, end, kind}`` objects.
    """
    return {f.name: _jsonable(getattr(article, f.name)) for f in fields(article)}
