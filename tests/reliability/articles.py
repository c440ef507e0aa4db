"""Generators for hostile and ordinary article files (written into tmp_path by the tests).

Nothing here is committed as data: every case is built from ``make_article`` and broken
in one way, so a reader of the test sees the whole input in one line of Python.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from tests.conftest import ARTICLES_DIR

GOOD_DATE = "Thu, 10 Feb 2022 07:07:39 GMT"
GOOD_TEXT = "商务部新闻发言人表示，国务院同意在金华市设立跨境电子商务综合试验区。"
TAIL = (
    "<!-- news_keyword_pub,stock, -->\n"
    "<!-- 编辑姓名及工作代码 -->\n"
    '<p class="article-editor">责任编辑：王蒙 </p>\n'
)
_TITLE_LINE = re.compile(r"^title: .*$", re.MULTILINE)


def yaml_scalar(value: object) -> str:
    """One YAML value as PyYAML would write it (quotes and escapes included)."""
    text = yaml.safe_dump(value, allow_unicode=True, width=1 << 20, default_flow_style=True)
    return text.removesuffix("\n...\n").rstrip("\n")


def front_matter(title: object = "测试文章", date: object = GOOD_DATE, *, extra: str = "") -> str:
    """Front-matter lines (without fences); ``None`` leaves a field out."""
    lines = []
    if title is not None:
        lines.append(f"title: {yaml_scalar(title)}")
    lines.append("author: 新浪财经")
    if date is not None:
        lines.append(f"date: {date}")
    if extra:
        lines.append(extra)
    return "\n".join(lines)


def body(*paragraphs: str, raw: str = "") -> str:
    """A Sina-style body: ``<div>``, one ``<p>`` per paragraph, ``raw`` HTML, then the tail."""
    paras = paragraphs or (GOOD_TEXT,)
    inner = "\n".join(f'<p cms-style="font-L">\u3000\u3000{p}</p>' for p in paras)
    return f"<div>\n{inner}\n{raw}\n{TAIL}</div>\n"


def make_article(
    title: object = "测试文章",
    date: object = GOOD_DATE,
    *,
    html: str | None = None,
    extra: str = "",
    front: str | None = None,
) -> str:
    """A whole article: ``\\n---\\n<front matter>\\n---\\n<body>`` (the Sina shape)."""
    fm = front if front is not None else front_matter(title, date, extra=extra)
    return f"\n---\n{fm}\n---\n{html if html is not None else body()}"


def write(path: Path, content: str | bytes) -> Path:
    """Write text as UTF-8 (or bytes as they are) and return ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


def retitled_copies(dst: Path, n: int, *, names: list[str] | None = None) -> list[Path]:
    """Copy the bundled articles ``n`` times in all, each under a new name and title.

    Same text, so the build does the same work per copy; the changed title gives each
    copy its own article id (ids come from title + date).
    """
    sources = sorted(p for p in ARTICLES_DIR.glob("*.md") if names is None or p.name in names)
    dst.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        src = sources[i % len(sources)]
        text = src.read_text(encoding="utf-8")
        title = yaml_scalar(f"副本{i:04d} {src.stem}")
        text = _TITLE_LINE.sub(f"title: {title}".replace("\\", "\\\\"), text, count=1)
        path = dst / f"copy-{i:04d}-{src.name}"
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


def copy_articles(dst: Path, names: list[str]) -> Path:
    """Copy bundled articles by file name into ``dst``."""
    dst.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy2(ARTICLES_DIR / name, dst / name)
    return dst
