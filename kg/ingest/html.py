"""Turn a Sina Finance HTML body into clean paragraphs, captions and tail metadata.

Input: the body text after the front matter. Output: a ``ParsedBody`` record.
It does not: compute offsets, find reporters or source lines (``reader`` does), or
decide what text means. Every format quirk it handles is listed in
``tests/data/quirks/NOTES.md``; the numbers in comments are corpus article ids.

Order of work (cheap string steps first, so bs4 parses as little as possible):

1. split at ``<!-- news_keyword_pub`` (present exactly once): stock codes come from
   that comment, the editor from ``<p class="article-editor">`` after it, and the
   whole tail (QR code CSS with ``&#123;``, the 开户 promo in 023) is dropped;
2. delete HTML comments the way a browser does (up to the *first* ``-->``), which
   removes ``<!--article_adlist[ … ]article_adlist-->`` blocks and the malformed
   ``<!--article_adlist[<p cms-style="font-M">-->`` (020) without running on into
   real paragraphs, as a DOTALL ``…]article_adlist-->`` regex would;
3. escape ``<`` that does not open a known HTML tag, so a pseudo-tag inside a
   title stays text: lxml already keeps 007's CJK ``<区域全面经济伙伴关系协定>``,
   but it drops ASCII ones such as ``<RCEP>`` as unknown elements;
4. parse with BeautifulSoup + lxml and walk the tree: block tags end a paragraph,
   inline tags (font, strong, a, span) are joined with no added space, so
   ``47.2%`` across ``<font>`` runs and ``跨太平洋伙伴关系协定`` across a stock
   link stay whole.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from bs4 import BeautifulSoup
from bs4.builder._lxml import LXMLTreeBuilder
from bs4.element import (
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    ProcessingInstruction,
    Tag,
)

__all__ = ["Block", "ParsedBody", "parse_body"]

_TAIL_MARK = "<!-- news_keyword_pub"
# Fallback cut points when the keyword comment is missing (truncated or odd files).
_TAIL_FALLBACKS = (
    "<!-- 开户二维码",
    "<!-- 正文下iframe",
    "<!-- 总声明",
    "<!-- 文末二维码",
    "<!-- 编辑姓名",
    '<p class="article-editor"',
)
_STOCKS = re.compile(r"<!--\s*news_keyword_pub\s*,\s*stock\s*,([^>]*?)\s*-->")
_STOCK_CODE = re.compile(r"[a-z]{2}[0-9a-z]{4,8}", re.IGNORECASE)
# Sina links a listed company's name to its quote page (<a href=".../realstock/company/
# sh603993/nc.shtml">洛阳钼业</a>): the anchor text is the company's short name.
_STOCK_LINK = re.compile(
    r"<a\b[^>]*?href=\"[^\"]*/realstock/company/[^\"]*\"[^>]*>\s*([^<>\s]{2,16})\s*</a>",
    re.IGNORECASE,
)
_EDITOR = re.compile(r'<p class="article-editor">\s*责任编辑\s*[：:]\s*([^<]*?)\s*</p>')
_EDITOR_CODE = re.compile(r"(.+?)[ \u3000\xa0]+([A-Za-z]{1,4}\d{2,6})")
# A comment ends at the first "-->"; an unterminated one runs to the end of the text.
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_RAW_BLOCK = re.compile(r"<(style|script)\b.*?(?:</\1\s*>|\Z)", re.DOTALL | re.IGNORECASE)
_KNOWN_TAGS = (
    "a|abbr|article|audio|b|big|blockquote|body|br|button|caption|center|cite|code|col|"
    "colgroup|dd|del|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|"
    "header|hr|html|i|iframe|img|input|ins|label|li|link|mark|meta|nav|noscript|object|"
    "ol|option|p|param|pre|q|s|script|section|select|small|source|span|strike|strong|"
    "style|sub|sup|svg|table|tbody|td|textarea|tfoot|th|thead|time|title|tr|tt|u|ul|"
    "video|wbr"
)
_PSEUDO_TAG = re.compile(rf"<(?!/?(?:{_KNOWN_TAGS})(?=[\s/>])|!)", re.IGNORECASE)
_NEWLINES = re.compile(r"[ \t\u3000\xa0]*[\r\n]+[ \t\u3000\xa0]*")
_ASCII_WORD = re.compile(r"[0-9A-Za-z]")
# A short line right after an image that ends in a photo credit is a caption
# (010 "… 成都海关供图", 041 "…（极目新闻见习记者丁伟摄）", 006 "… 新华社").
_CREDIT = re.compile(r"(?:摄|供图|图|新华社|中新社|视觉中国|图片来源[:：].{1,20})[）)]?$")
_CAPTION_MAX_CHARS = 60

_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "html",
        "li",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)
_SKIP_TAGS = frozenset(
    {
        "audio",
        "button",
        "embed",
        "head",
        "iframe",
        "input",
        "noscript",
        "object",
        "script",
        "select",
        "style",
        "svg",
        "textarea",
        "title",
        "video",
    }
)
_BREAK_TAGS = frozenset({"br", "hr"})
# Boilerplate containers that only appear in the tail; skipped in case the cut missed.
_SKIP_CLASSES = frozenset({"appendQr_wrap", "app-kaihu-qr", "article-editor", "video-2017"})
_SKIP_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)
# Runaway nesting of inline tags in one block (<font> × 10,000): read flat.
_MAX_INLINE_DEPTH = 500
_INLINE_NAMES = (
    r"(?:font|span|strong|b|i|em|u|a|small|big|sub|sup|s|strike|mark|ins|del|tt|cite|q|label)"
)
_INLINE_OPEN = re.compile(rf"<{_INLINE_NAMES}\b", re.IGNORECASE)
_INLINE_TAG = re.compile(rf"</?{_INLINE_NAMES}\b[^>]*>", re.IGNORECASE)
_BLOCK_SPLIT = re.compile(r"(</?(?:p|div|blockquote|section|li|td|h[1-6])\b[^>]*>)", re.IGNORECASE)
# A <blockquote> that only advertises (stock-report promos, 金麒麟 analyst polls, app
# downloads) is boilerplate; a blockquote lead line of the article (016) is text.
_PROMO_TEXT = re.compile(
    r"金麒麟|最佳分析师|研报|开户|客户端|下载|扫码|扫描二维码|点击|戳这里|APP|App|app"
)


# The promo lines Sina appends after an article (a paragraph each).
_PROMO_LINE = re.compile(
    r"新浪财经公众号|24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注[（(]sinafinance[）)]"
)


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of cleaned text and its kind (``body``, ``source``, ``caption``)."""

    text: str
    kind: str = "body"


@dataclass(frozen=True, slots=True)
class ParsedBody:
    """What the HTML body yields before offsets are assigned."""

    blocks: tuple[Block, ...]
    captions: tuple[str, ...]
    stock_codes: tuple[str, ...]
    stock_names: tuple[str, ...]
    editor: str | None
    editor_code: str | None
    warnings: tuple[str, ...]


class _ReusedParserBuilder(LXMLTreeBuilder):
    """bs4's lxml HTML builder that keeps its ``lxml.etree.HTMLParser`` between documents.

    The stock builder makes a new parser for every document, and lxml inspects the
    target's signature each time (``inspect.getfullargspec``): with the builder lookup
    that was a quarter of the parse time of a 2 kB body. The tree bs4 builds is the same.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._parsers: dict[str | None, Any] = {}

    def default_parser(self, encoding: str | None) -> Any:
        from lxml import etree

        parser = self._parsers.get(encoding)
        if parser is None:
            parser = etree.HTMLParser(
                target=self, recover=True, huge_tree=self.huge_tree, encoding=encoding
            )
            self._parsers[encoding] = parser
        return parser


_LOCAL = threading.local()


def _builder() -> _ReusedParserBuilder:
    """This thread's builder (a builder and its parser parse one document at a time)."""
    builder = getattr(_LOCAL, "builder", None)
    if builder is None:
        builder = _LOCAL.builder = _ReusedParserBuilder()
    return builder


def _split_tail(html: str) -> tuple[str, str, bool]:
    """Return ``(content, tail, found)``, cutting at the keyword comment or a fallback."""
    cut = html.find(_TAIL_MARK)
    if cut >= 0:
        return html[:cut], html[cut:], True
    cuts = [i for i in (html.find(m) for m in _TAIL_FALLBACKS) if i >= 0]
    if cuts:
        return html[: min(cuts)], html[min(cuts) :], False
    return html, "", False


def _parse_stock_codes(tail: str) -> tuple[str, ...]:
    match = _STOCKS.search(tail)
    if match is None:
        return ()
    return tuple(
        c for c in (p.strip() for p in match.group(1).split("&")) if _STOCK_CODE.fullmatch(c)
    )


def _parse_stock_names(content: str) -> tuple[str, ...]:
    """The anchor texts of the body's stock-quote links, once each, in order of appearance."""
    return tuple(dict.fromkeys(m.group(1) for m in _STOCK_LINK.finditer(content)))


def _parse_editor(tail: str) -> tuple[str | None, str | None]:
    """Read ``责任编辑：NAME `` or ``责任编辑：NAME SF014`` from the tail only.

    The adlist credit ``【责任编辑:薛涛】`` (046) sits before the cut and never counts.
    """
    match = _EDITOR.search(tail)
    if match is None or not match.group(1).strip():
        return None, None
    raw = match.group(1).strip()
    coded = _EDITOR_CODE.fullmatch(raw)
    if coded is not None:
        return coded.group(1).strip(), coded.group(2)
    return raw, None


def _flatten_deep_inline(content: str, warnings: list[str]) -> str:
    """Read a paragraph wrapped in thousands of nested inline tags as flat text.

    ``<font>`` × 10,000 around one sentence would make the tree walk recurse past
    Python's limit and cost the whole article; only the inline tags of that block
    are removed (its text is kept), block tags still end paragraphs.
    """
    if len(_INLINE_OPEN.findall(content, 0, len(content))) <= _MAX_INLINE_DEPTH:
        return content
    parts = _BLOCK_SPLIT.split(content)
    flattened = 0
    for i, part in enumerate(parts):
        if len(_INLINE_OPEN.findall(part)) > _MAX_INLINE_DEPTH:
            parts[i] = _INLINE_TAG.sub("", part)
            flattened += 1
    if flattened:
        warnings.append(
            f"{flattened} paragraph(s) nested in more than {_MAX_INLINE_DEPTH} "
            "inline tags were read as flat text"
        )
    return "".join(parts)


def _prepare(content: str, warnings: list[str]) -> str:
    """Drop comments, style/script blocks, flatten runaway inline nesting and escape
    pseudo-tags before parsing."""
    if "<!--" in content:
        content = _COMMENT.sub("", content)
    if "<style" in content or "<script" in content or "<STYLE" in content:
        content = _RAW_BLOCK.sub("", content)
    content = _flatten_deep_inline(content, warnings)
    return _PSEUDO_TAG.sub("&lt;", content)


def _join_lines(match: re.Match[str]) -> str:
    """Newline inside a paragraph: a space between ASCII words, nothing between CJK."""
    text = match.string
    before = text[match.start() - 1] if match.start() > 0 else ""
    after = text[match.end()] if match.end() < len(text) else ""
    if _ASCII_WORD.match(before) and _ASCII_WORD.match(after):
        return " "
    return ""


def _clean(text: str) -> str:
    """Strip U+3000 indents and spaces; paragraph text never contains a newline."""
    text = text.strip()
    if "\n" in text or "\r" in text:
        text = _NEWLINES.sub(_join_lines, text)
    return text


def _classes(tag: Tag) -> list[str]:
    value = tag.get("class")
    if value is None:
        return []
    return value.split() if isinstance(value, str) else list(value)


def _is_promo(tag: Tag) -> bool:
    """A blockquote holding a link and promotional words (the 金麒麟 promo)."""
    return tag.find("a", href=True) is not None and _PROMO_TEXT.search(tag.get_text()) is not None


class _Walker:
    """Depth-first walk that collects paragraphs and captions in document order."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.captions: list[str] = []
        self.buffer: list[str] = []
        self.block_stack: list[Tag] = []
        self.after_image = False

    def add_caption(self, text: str) -> None:
        text = _clean(text)
        if text and text not in self.captions:
            self.captions.append(text)

    def flush(self) -> None:
        if not self.buffer:
            return
        text = _clean("".join(self.buffer))
        self.buffer.clear()
        if not text or _PROMO_LINE.fullmatch(text):
            return  # 新浪财经公众号 / 24小时滚动播报…: the site's own promo, not the article
        self.blocks.append(Block(text, self._kind(text)))
        self.after_image = False

    def _kind(self, text: str) -> str:
        block = self.block_stack[-1] if self.block_stack else None
        if block is not None and "ori_titlesource" in _classes(block):
            return "source"
        if self.after_image and len(text) <= _CAPTION_MAX_CHARS:
            style = str(block.get("cms-style", "")) if block is not None else ""
            if "align-Center" in style or _CREDIT.search(text):
                return "caption"
        return "body"

    def image_wrapper(self, tag: Tag) -> None:
        self.flush()
        for img in tag.find_all("img"):
            alt = img.get("alt")
            if isinstance(alt, str):
                self.add_caption(alt)
        for span in tag.find_all("span", class_="img_descr"):
            self.add_caption(span.get_text())
        self.after_image = True

    def walk(self, node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, _SKIP_STRINGS):
                    self.buffer.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            self.visit(child)

    def visit(self, tag: Tag) -> None:
        name = tag.name
        if name in _SKIP_TAGS:
            return
        classes = _classes(tag)
        if classes and not _SKIP_CLASSES.isdisjoint(classes):
            return
        if "img_wrapper" in classes:
            self.image_wrapper(tag)
        elif "img_descr" in classes:
            self.add_caption(tag.get_text())
        elif name == "img":
            alt = tag.get("alt")
            if isinstance(alt, str):
                self.add_caption(alt)
        elif name == "blockquote" and _is_promo(tag):
            return
        elif name in _BREAK_TAGS:
            self.flush()
        elif name in _BLOCK_TAGS:
            self.flush()
            self.block_stack.append(tag)
            self.walk(tag)
            self.flush()
            self.block_stack.pop()
        else:
            self.walk(tag)


def parse_body(html: str) -> ParsedBody:
    """Parse the HTML body of one Sina article.

    Args:
        html: everything after the closing ``---`` of the front matter.

    Returns:
        Paragraph blocks (possibly none: the caller decides if that is an error),
        image captions, stock codes and linked company names, editor and warnings.
    """
    content, tail, found = _split_tail(html)
    warnings: list[str] = []
    if not found:
        warnings.append("no '<!-- news_keyword_pub' comment: the body may be truncated")
    editor, editor_code = _parse_editor(tail)
    try:
        soup = BeautifulSoup(_prepare(content, warnings), builder=_builder())
    except BaseException:  # a parser stopped mid-document (RecursionError, time limit)
        _LOCAL.builder = None  # is never fed again
        raise
    walker = _Walker()
    walker.walk(soup)
    walker.flush()
    return ParsedBody(
        blocks=tuple(walker.blocks),
        captions=tuple(walker.captions),
        stock_codes=_parse_stock_codes(tail),
        stock_names=_parse_stock_names(content),
        editor=editor,
        editor_code=editor_code,
        warnings=tuple(warnings),
    )
