"""Corpus-wide properties of read_article: every file parses, offsets hold, no boilerplate."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC
from pathlib import Path

import pytest

from kg.ingest import article_to_dict, read_article, read_articles
from kg.iris import article_id
from kg.model import Article

ROOT = Path(__file__).resolve().parents[2]
QUIRKS = ROOT / "tests" / "data" / "quirks"
BAD = ROOT / "tests" / "data" / "bad"

BOILERPLATE = [
    "责任编辑",
    "appendQr",
    "&#123;",
    "&#125;",
    "炒股",
    "开户",
    "{border",
    "{float",
    "article_adlist",
    "news_keyword_pub",
    "<!--",
    "<p",
    "<font",
    "<span",
    "海量资讯、精准解读",
    "ocr-text",
    "data:image",
]


def test_read_article_every_bundled_file_parses(
    article_paths: list[Path], bundled_articles: dict[str, Article]
) -> None:
    assert len(article_paths) == 36
    for path in article_paths:
        article = bundled_articles[path.name]
        assert article.source == path
        assert any(p.kind == "body" for p in article.paragraphs), path.name
        assert article.editor, path.name
        assert article.author == "新浪财经"
        assert article.warnings == ()


def test_read_article_offsets_index_body(bundled_articles: dict[str, Article]) -> None:
    for name, article in bundled_articles.items():
        body = article.body
        for para in article.paragraphs:
            assert body[para.start : para.end] == para.text, name
            assert para.text and para.text == para.text.strip(), name
            assert "\n" not in para.text, name


@pytest.mark.parametrize("needle", BOILERPLATE)
def test_read_article_no_boilerplate_in_any_paragraph(
    bundled_articles: dict[str, Article], needle: str
) -> None:
    hits = [
        (name, p.text)
        for name, a in bundled_articles.items()
        for p in a.paragraphs
        if needle in p.text
    ]
    assert hits == []


def test_read_article_no_indent_or_empty_paragraph(bundled_articles: dict[str, Article]) -> None:
    for name, article in bundled_articles.items():
        for para in article.paragraphs:
            assert not para.text.startswith(("\u3000", " ", "\xa0")), name


def test_read_article_id_hash_and_date(
    article_paths: list[Path], bundled_articles: dict[str, Article]
) -> None:
    ids = set()
    for path in article_paths:
        article = bundled_articles[path.name]
        assert article.published.tzinfo == UTC
        assert article.id == article_id(article.title, article.published)
        assert re.fullmatch(r"[0-9a-f]{16}", article.id)
        assert article.content_hash == hashlib.sha1(path.read_bytes()).hexdigest()
        ids.add(article.id)
    assert len(ids) == len(article_paths)


def test_read_article_id_is_stable_across_reads(seed_paths: tuple[Path, Path]) -> None:
    first, again = read_article(seed_paths[0]), read_article(seed_paths[0])
    assert first == again


@pytest.mark.parametrize(
    ("name", "warning"),
    [
        pytest.param(
            "gb18030.md", "not UTF-8 (byte 0xb9 at offset 13); decoded as gb18030", id="gb18030"
        ),
        pytest.param("utf16-bom.md", "decoded as utf-16 (byte-order mark)", id="utf16"),
        pytest.param(
            "truncated-with-text.md",
            "no '<!-- news_keyword_pub' comment: the body may be truncated",
            id="truncated",
        ),
    ],
)
def test_read_article_warns_on_odd_input(name: str, warning: str) -> None:
    assert read_article(QUIRKS / name).warnings == (warning,)


def test_read_article_encodings_give_same_text() -> None:
    texts = {
        name: read_article(QUIRKS / name) for name in ("gb18030.md", "utf16-bom.md", "utf8-bom.md")
    }
    assert {(a.title, a.body, a.editor) for a in texts.values()} == {
        ("国务院批复同意设立综试区", "商务部新闻发言人表示，前5个月外贸增长7.2%。", "王蒙")
    }
    assert texts["utf8-bom.md"].warnings == ()


def test_read_articles_yields_errors_without_stopping(seed_paths: tuple[Path, Path]) -> None:
    paths = [BAD / "empty.md", seed_paths[0], BAD / "yaml-bomb.md", seed_paths[1]]
    results = list(read_articles(paths))
    assert [p for p, _ in results] == paths
    assert [type(r).__name__ for _, r in results] == [
        "FrontMatterError",
        "Article",
        "FrontMatterError",
        "Article",
    ]


def test_article_to_dict_has_every_field_in_json_form(seed_paths: tuple[Path, Path]) -> None:
    article = read_article(seed_paths[0])
    data = article_to_dict(article)
    assert list(data) == [f for f in Article.__dataclass_fields__]
    assert data["published"] == "2022-02-10T07:07:39+00:00"
    assert data["source"] == str(seed_paths[0])
    assert data["paragraphs"][0] == {
        "text": article.paragraphs[0].text,
        "start": 0,
        "end": len(article.paragraphs[0].text),
        "kind": "body",
    }
    assert data["stock_codes"] == ["sh600295"]
