"""Bad-input battery at the reader: each hostile file gives one clear line, or is read safely.

Every case is generated into ``tmp_path`` (see ``articles.py``). An error case must raise
the named ``InputError`` subclass whose message is ``<path>: <problem>`` on one line, with
``problem`` matching the expected pattern; no other exception type may escape.
"""

from __future__ import annotations

import codecs
import gzip
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.errors import ArticleBodyError, FrontMatterError, InputError, ResourceLimitError
from kg.ingest import read_article, read_articles
from kg.model import Article
from tests.reliability.articles import (
    GOOD_DATE,
    GOOD_TEXT,
    body,
    make_article,
    write,
)

DATE_HINT = re.escape("expected RFC 1123, e.g. 'Thu, 30 Dec 2021 03:47:06 GMT'")
NO_FRONT = r"no YAML front matter: the first line is .*; expected a '---' line, then 'title:' and 'date:', then '---'"
NOT_YAML = r"front matter is not valid YAML( at line \d+)?: .+; quote values that contain ': ' or start with a quote"
ALIAS = r"front matter uses a YAML alias \(line \d+\); anchors and aliases are not allowed: write the value out"
TOO_DEEP_YAML = r"front matter is nested more than 8 levels deep \(line \d+\); expected flat 'key: value' fields"
TOO_DEEP_HTML = r"HTML tags are nested too deeply to read .*"
NO_TEXT = re.escape(
    "body has no paragraph text (only markup, comments or boilerplate); "
    "expected <p>…</p> paragraphs"
)
BINARY = r"file is binary, not text \(\d+ (NUL bytes|control characters in \d+)\); expected a UTF-8 Markdown article"
EVIL = "EVIL"  # marker put only inside script/style/attributes: must never reach text


def _expect_error(path: Path, error: type[InputError], pattern: str) -> InputError:
    with pytest.raises(InputError) as info:
        read_article(path)
    exc = info.value
    assert type(exc) is error, f"{type(exc).__name__}: {exc}"
    message = str(exc)
    assert message.startswith(f"{path}: "), message
    assert "\n" not in message and "\r" not in message, message
    assert "Traceback" not in message
    assert re.fullmatch(pattern, exc.problem), exc.problem
    return exc


# --- 1. empty and whitespace-only -----------------------------------------------------

WHITESPACE = [
    "",
    " ",
    "\n",
    "\r\n",
    "\t",
    "\u3000",
    "\xa0",
    " \n \n ",
    "\n" * 10_000,
    "\ufeff",
    "\ufeff\n\n",
    "\u2028\u2029",
    "\u3000\n\u3000\n",
]


@pytest.mark.parametrize("text", WHITESPACE, ids=[repr(t[:6]) + str(len(t)) for t in WHITESPACE])
def test_read_article_empty_or_whitespace_is_front_matter_error(tmp_path: Path, text: str) -> None:
    path = write(tmp_path / "blank.md", text)
    size = path.stat().st_size
    expected = (
        re.escape(
            "file is empty (0 bytes): expected YAML front matter between '---' lines, "
            "then the HTML body"
        )
        if size == 0
        else re.escape(
            f"file holds only whitespace ({size} bytes): expected YAML front matter, "
            "then the HTML body"
        )
    )
    _expect_error(path, FrontMatterError, expected)


# --- 2. missing or broken front matter -----------------------------------------------

FM_CASES = [
    ("no-fence", "<div><p>正文</p></div>\n", NO_FRONT),
    ("fields-no-fence", f"title: 测试\ndate: {GOOD_DATE}\n" + body(), NO_FRONT),
    ("four-dashes", f"----\ntitle: 测试\ndate: {GOOD_DATE}\n----\n" + body(), NO_FRONT),
    ("one-line", f"---title: 测试---\n{body()}", NO_FRONT),
    ("toml", f"+++\ntitle = '测试'\n+++\n{body()}", NO_FRONT),
    (
        "unclosed",
        f"\n---\ntitle: 测试\ndate: {GOOD_DATE}\n{body()}",
        r"front matter is not closed: add a '---' line after the last field|" + NOT_YAML,
    ),
    (
        "only-open-fence",
        "---\n",
        r"front matter is not closed: add a '---' line after the last field",
    ),
    ("empty-front", f"---\n---\n{body()}", r"front matter is empty: add 'title:' and 'date:'"),
    (
        "comment-only",
        f"---\n# nothing\n---\n{body()}",
        r"front matter is empty: add 'title:' and 'date:'",
    ),
    (
        "yaml-list",
        make_article(front="- 测试\n- 文章"),
        r"front matter is a list, not 'key: value' fields",
    ),
    (
        "yaml-scalar",
        make_article(front="只是一句话"),
        r"front matter is a str, not 'key: value' fields",
    ),
    ("unterminated-quote", make_article(front=f"title: '测试\ndate: {GOOD_DATE}"), NOT_YAML),
    ("colon-in-value", make_article(front=f"title: 测试: 副标题\ndate: {GOOD_DATE}"), NOT_YAML),
    ("open-bracket", make_article(front=f"title: [测试\ndate: {GOOD_DATE}"), NOT_YAML),
    (
        "tab-indent",
        make_article(front=f"title: 测试\ndate: {GOOD_DATE}\ncategories:\n\t- a"),
        NOT_YAML,
    ),
    (
        "python-tag",
        make_article(
            front=f"title: !!python/object/apply:os.system ['echo pwned']\ndate: {GOOD_DATE}"
        ),
        NOT_YAML,
    ),
    (
        "python-name",
        make_article(front=f"title: !!python/name:os.system ''\ndate: {GOOD_DATE}"),
        NOT_YAML,
    ),
    (
        "huge-front",
        make_article(front="x: " + "长" * 70_000 + f"\ntitle: 测试\ndate: {GOOD_DATE}"),
        r"front matter is \d+ characters, over the limit of 64000; is the closing '---' missing\?",
    ),
    (
        "no-title",
        make_article(title=None),
        re.escape("front matter has no 'title': add title: '...'"),
    ),
    (
        "null-title",
        make_article(front=f"title: ~\ndate: {GOOD_DATE}"),
        re.escape("front matter has no 'title': add title: '...'"),
    ),
    (
        "empty-title",
        make_article(title=""),
        re.escape("front matter 'title' is empty: give the headline"),
    ),
    (
        "blank-title",
        make_article(title=" \u3000 "),
        re.escape("front matter 'title' is empty: give the headline"),
    ),
    (
        "int-title",
        make_article(front=f"title: 123\ndate: {GOOD_DATE}"),
        re.escape("front matter 'title' is 123 (int): quote it, e.g. title: '...'"),
    ),
    (
        "bool-title",
        make_article(front=f"title: yes\ndate: {GOOD_DATE}"),
        re.escape("front matter 'title' is True (bool): quote it, e.g. title: '...'"),
    ),
    (
        "map-title",
        make_article(front=f"title: {{a: 1}}\ndate: {GOOD_DATE}"),
        re.escape("front matter 'title' is {'a': 1} (dict): quote it, e.g. title: '...'"),
    ),
    (
        "binary-title",
        make_article(front=f"title: !!binary aGVsbG8=\ndate: {GOOD_DATE}"),
        re.escape("front matter 'title' is b'hello' (bytes): quote it, e.g. title: '...'"),
    ),
    (
        "list-author",
        make_article(front=f"title: 测试\ndate: {GOOD_DATE}\nauthor: [a]"),
        re.escape("front matter 'author' is ['a']: expected a name"),
    ),
    (
        "int-categories",
        make_article(extra="categories: 5"),
        re.escape("front matter 'categories' is 5: expected a list of strings"),
    ),
    (
        "mixed-categories",
        make_article(extra="categories: [金融, 2]"),
        re.escape("front matter 'categories' is ['金融', 2]: expected a list of strings"),
    ),
]


@pytest.mark.parametrize(("text", "pattern"), [pytest.param(t, p, id=i) for i, t, p in FM_CASES])
def test_read_article_broken_front_matter_names_the_problem(
    tmp_path: Path, text: str, pattern: str
) -> None:
    _expect_error(write(tmp_path / "front.md", text), FrontMatterError, pattern)


# --- 3. missing or invalid date ------------------------------------------------------

BAD_DATES = [
    "''",
    "Thu, 10 Feb 2022",
    "2022-02-10T07:07:39Z",
    "2022-02-10",
    "1644476859",
    "~",
    "[a, b]",
    "{d: 1}",
    "Thu, 10 Feb 2022 07:07:39 +0800",
    "Thu, 10 Feb 2022 07:07:39 UTC",
    "thu, 10 feb 2022 07:07:39 gmt",
    "Thursday, 10 Feb 2022 07:07:39 GMT",
    "Thu,10 Feb 2022 07:07:39 GMT",
    "Thu, 1 Feb 2022 07:07:39 GMT",
    "Thu, 10 Feb 22 07:07:39 GMT",
    "Thu, 10 February 2022 07:07:39 GMT",
    "Thu, 10 Feb 2022 7:07:39 GMT",
    "Thu, 10 Feb 2022 07:07 GMT",
    "Thu, 10 Feb 2022 07:07:39 GMT extra",
    "'2022年2月10日'",
    "Thu, 31 Feb 2022 07:07:39 GMT",
    "Thu, 10 Feb 2022 25:00:00 GMT",
    "Thu, 10 Feb 2022 07:60:00 GMT",
    "Thu, 10 Feb 2022 07:07:60 GMT",
    "Thu, 00 Feb 2022 07:07:39 GMT",
    "Thu, 10 Feb 0000 07:07:39 GMT",
    "Xyz, 10 Feb 2022 07:07:39 GMT",
    "'Thu, 10 Feb 2022 07:07:39 GMT\\u0000'",
]


@pytest.mark.parametrize("date", BAD_DATES)
def test_read_article_invalid_date_is_rejected_with_example(tmp_path: Path, date: str) -> None:
    path = write(tmp_path / "date.md", make_article(date=date))
    _expect_error(path, FrontMatterError, rf"front matter 'date' is .+: (.+; )?{DATE_HINT}")


def test_read_article_missing_date_says_how_to_add_it(tmp_path: Path) -> None:
    path = write(tmp_path / "nodate.md", make_article(date=None))
    _expect_error(
        path,
        FrontMatterError,
        re.escape(f"front matter has no 'date': add date: {'Thu, 30 Dec 2021 03:47:06 GMT'}"),
    )


# --- 4. duplicate keys and YAML bombs -------------------------------------------------

DUPLICATES = [
    ("title", make_article(extra="title: 第二个标题")),
    ("date", make_article(extra=f"date: {GOOD_DATE}")),
    ("author", make_article(extra="author: 另一个")),
    ("categories", make_article(extra="categories: [a]\ncategories: [b]")),
    ("x", make_article(extra="x: {x: 1, x: 2}")),
    ("title", make_article(extra="'title': 引号里的键")),
]


@pytest.mark.parametrize(
    ("key", "text"), DUPLICATES, ids=[f"{k}-{i}" for i, (k, _) in enumerate(DUPLICATES)]
)
def test_read_article_duplicate_key_is_rejected(tmp_path: Path, key: str, text: str) -> None:
    path = write(tmp_path / "dup.md", text)
    _expect_error(
        path, FrontMatterError, rf"front matter has the key '{key}' twice \(line \d+\); keep one"
    )


def _billion_laughs(levels: int, width: int) -> str:
    lines = ['a0: &a0 "lol"']
    for i in range(1, levels):
        refs = ", ".join([f"*a{i - 1}"] * width)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(lines)


BOMBS = [
    ("laughs-9x10", _billion_laughs(9, 10), ALIAS),
    ("laughs-30x2", _billion_laughs(30, 2), ALIAS),
    ("one-alias", "a: &x 1\nb: *x", ALIAS),
    ("alias-value", "t: &t 测试\nsubtitle: *t", ALIAS),
    ("merge-key", "base: &b {x: 1}\nother:\n  <<: *b", ALIAS),
    ("self-reference", "a: &a [*a]", ALIAS),
    ("flow-list-10000", "x: " + "[" * 10_000 + "]" * 10_000, NOT_YAML + "|" + TOO_DEEP_YAML),
    ("flow-map-5000", "x: " + "{a: " * 5_000 + "1" + "}" * 5_000, NOT_YAML + "|" + TOO_DEEP_YAML),
    (
        "block-list-12",
        "x:\n" + "\n".join("  " * i + "-" for i in range(1, 13)) + " 1",
        TOO_DEEP_YAML,
    ),
    ("flow-list-9", "x: " + "[" * 9 + "1" + "]" * 9, TOO_DEEP_YAML),
]


@pytest.mark.parametrize(("extra", "pattern"), [pytest.param(e, p, id=i) for i, e, p in BOMBS])
def test_read_article_yaml_bomb_is_refused_quickly(
    tmp_path: Path, extra: str, pattern: str
) -> None:
    path = write(tmp_path / "bomb.md", make_article(extra=extra))
    _expect_error(path, FrontMatterError, pattern)


def test_read_article_nesting_at_the_limit_is_accepted(tmp_path: Path) -> None:
    # depth counts the top mapping and the key: 6 brackets + 2 = 8 levels, the limit
    path = write(tmp_path / "ok.md", make_article(extra="x: " + "[" * 6 + "1" + "]" * 6))
    assert read_article(path).title == "测试文章"


# --- 5. encodings --------------------------------------------------------------------

TITLE = "国务院批复同意金华设立综试区“表情😀”"


NO_EMOJI = TITLE.replace("😀", "")  # GBK has no emoji: the encoder drops it


@pytest.mark.parametrize(
    ("encode", "warning", "title"),
    [
        pytest.param(
            lambda t: t.encode("gbk", errors="ignore"), "decoded as gb18030", NO_EMOJI, id="gbk"
        ),
        pytest.param(lambda t: t.encode("gb18030"), "decoded as gb18030", TITLE, id="gb18030"),
        pytest.param(
            lambda t: t.encode("utf-16"),
            "decoded as utf-16 (byte-order mark)",
            TITLE,
            id="utf-16-native",
        ),
        pytest.param(
            lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
            "decoded as utf-16 (byte-order mark)",
            TITLE,
            id="utf-16-le-bom",
        ),
        pytest.param(
            lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
            "decoded as utf-16 (byte-order mark)",
            TITLE,
            id="utf-16-be-bom",
        ),
        pytest.param(
            lambda t: codecs.BOM_UTF32_LE + t.encode("utf-32-le"),
            "decoded as utf-32 (byte-order mark)",
            TITLE,
            id="utf-32-le-bom",
        ),
        pytest.param(lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), None, TITLE, id="utf-8-bom"),
        pytest.param(lambda t: t.replace("\n", "\r\n").encode("utf-8"), None, TITLE, id="crlf"),
    ],
)
def test_read_article_readable_encodings_are_decoded_with_a_warning(
    tmp_path: Path, encode: Callable[[str], bytes], warning: str | None, title: str
) -> None:
    text = make_article(title=TITLE)
    reference = read_article(write(tmp_path / "utf8.md", text))
    article = read_article(write(tmp_path / "enc.md", encode(text)))
    assert article.title == title
    assert [p.text for p in article.paragraphs] == [p.text for p in reference.paragraphs]
    if warning is None:
        assert article.warnings == reference.warnings
    else:
        assert [w for w in article.warnings if warning in w], article.warnings


ENCODING_ERRORS = [
    ("utf-16-no-bom", lambda t: t.encode("utf-16-le"), ArticleBodyError, BINARY),
    ("utf-32-no-bom", lambda t: t.encode("utf-32-le"), ArticleBodyError, BINARY),
    (
        "utf-16-odd",
        lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le") + b"x",
        ArticleBodyError,
        r"file has a UTF-16 byte-order mark but invalid UTF-16 at byte \d+; re-save it as UTF-8",
    ),
    (
        "utf-32-broken",
        lambda t: codecs.BOM_UTF32_LE + t.encode("utf-32-le") + b"\xff\xff\xff\x7f",
        ArticleBodyError,
        r"file has a UTF-32 byte-order mark but invalid UTF-32 at byte \d+; re-save it as UTF-8",
    ),
    (
        "invalid-both",
        lambda t: t.encode("utf-8") + b"\xff\xfe\xff",
        ArticleBodyError,
        r"file is neither UTF-8 nor GB18030 \(byte 0xff at offset \d+\); re-save it as UTF-8",
    ),
]


@pytest.mark.parametrize(
    ("encode", "error", "pattern"), [pytest.param(e, c, p, id=i) for i, e, c, p in ENCODING_ERRORS]
)
def test_read_article_unreadable_encoding_is_rejected(
    tmp_path: Path, encode: Callable[[str], bytes], error: type[InputError], pattern: str
) -> None:
    _expect_error(write(tmp_path / "enc.md", encode(make_article())), error, pattern)


# --- 6. NUL bytes and binary ----------------------------------------------------------

_rng = random.Random(9)
BINARIES = [
    ("nul-in-title", make_article(title="测试").replace("测试", "测\x00试").encode()),
    ("nul-in-body", make_article().replace(GOOD_TEXT, GOOD_TEXT + "\x00").encode()),
    ("nul-first", b"\x00" + make_article().encode()),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
    ("elf", b"\x7fELF\x02\x01\x01\x00" + bytes(_rng.randrange(256) for _ in range(2048))),
    ("gzip", gzip.compress(make_article().encode(), mtime=0)),
    ("random", bytes(_rng.randrange(256) for _ in range(4096))),
    ("control-chars", make_article().encode() + b"\x01\x02\x03" * 400),
    ("zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(_rng.randrange(256) for _ in range(512))),
]


@pytest.mark.parametrize("data", [pytest.param(d, id=i) for i, d in BINARIES])
def test_read_article_binary_is_rejected_in_one_line(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path / "bin.md", data)
    with pytest.raises(InputError) as info:
        read_article(path)
    assert isinstance(info.value, ArticleBodyError | FrontMatterError)
    assert str(info.value).startswith(f"{path}: ") and "\n" not in str(info.value)
    assert re.search(r"binary|neither UTF-8|front matter|re-save", info.value.problem)


def test_read_article_few_control_characters_are_text(tmp_path: Path) -> None:
    article = read_article(write(tmp_path / "bell.md", make_article(html=body("控制\x07字符"))))
    assert article.paragraphs[0].text == "控制\x07字符"


# --- 7. size limit -------------------------------------------------------------------


def test_read_article_size_limit_is_inclusive(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", make_article())
    size = path.stat().st_size
    assert read_article(path, max_bytes=size).title == "测试文章"
    exc = _expect_error_with(path, size - 1)
    assert exc.problem == (
        f"file is {size} bytes, over the limit of {size - 1}; raise max_bytes "
        "(kg ingest --max-bytes) if it is a real article"
    )


def _expect_error_with(path: Path, max_bytes: int) -> InputError:
    with pytest.raises(ResourceLimitError) as info:
        read_article(path, max_bytes=max_bytes)
    assert str(info.value).startswith(f"{path}: ") and "\n" not in str(info.value)
    return info.value


# --- 8. hostile HTML -----------------------------------------------------------------

DEEP = 10_000
DEEP_HTML = [
    ("div", "<div>" * DEEP + "<p>深处的文字</p>" + "</div>" * DEEP),
    ("span", "<p>" + "<span>" * DEEP + "深处的文字" + "</span>" * DEEP + "</p>"),
    ("font-unclosed", "<p>" + "<font>" * DEEP + "深处的文字"),
    ("b-i-unclosed", "<p>" + "<b><i>" * (DEEP // 2) + "深处的文字"),
    ("table", "<table><tr><td>" * (DEEP // 3) + "深处的文字"),
    ("li", "<ul><li>" * (DEEP // 2) + "深处的文字"),
]


@pytest.mark.parametrize("html", [pytest.param(h, id=i) for i, h in DEEP_HTML])
def test_read_article_10000_deep_tags_fail_in_one_line(tmp_path: Path, html: str) -> None:
    path = write(tmp_path / "deep.md", make_article(html=body(raw=html)))
    try:
        article = read_article(path)
    except InputError as exc:
        assert type(exc) is ArticleBodyError
        assert re.fullmatch(TOO_DEEP_HTML, exc.problem) and "\n" not in str(exc)
    else:  # lxml may flatten a structure; then the text must be there
        assert any("深处的文字" in p.text for p in article.paragraphs)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param("<p>" + "<font>" * DEEP + "深处的文字" + "</font>" * DEEP + "</p>", id="font"),
        pytest.param("<p>" + "<font>" * DEEP + "深处的文字", id="font-unclosed"),
        pytest.param("<p>" + "<span><strong>" * (DEEP // 2) + "深处的文字</p>", id="span-strong"),
    ],
)
def test_read_article_runaway_inline_nesting_costs_only_that_paragraph(
    tmp_path: Path, html: str
) -> None:
    """A paragraph in 10,000 nested inline tags is read flat; the article still builds."""
    raw = "<p>第一段正常文字。</p>" + html + "<p>最后一段正常文字。</p>"
    article = read_article(write(tmp_path / "deep.md", make_article(html=body(raw=raw))))
    texts = [p.text for p in article.paragraphs]
    assert "第一段正常文字。" in texts and any("深处的文字" in t for t in texts)
    assert any("read as flat text" in w for w in article.warnings)


def test_read_article_promo_blockquote_is_boilerplate(tmp_path: Path) -> None:
    raw = (
        '<blockquote><p>金麒麟最佳分析师评选正在进行，<a href="https://example.invalid/x">'
        "点击投票</a></p></blockquote><blockquote><p>◎1月全国实际使用外资1022.8亿元</p>"
        "</blockquote><p>国务院批复同意。</p>"
    )
    article = read_article(write(tmp_path / "promo.md", make_article(html=body(raw=raw))))
    texts = [p.text for p in article.paragraphs]
    assert not any("金麒麟" in t for t in texts)
    assert "◎1月全国实际使用外资1022.8亿元" in texts  # a lead line in a blockquote is text


def test_read_article_moderately_deep_tags_keep_their_text(tmp_path: Path) -> None:
    html = "<div>" * 200 + "<p>深处的文字</p>" + "</div>" * 200
    article = read_article(write(tmp_path / "deep.md", make_article(html=body(raw=html))))
    assert [p.text for p in article.paragraphs][-1] == "深处的文字"


def test_read_article_unclosed_comment_drops_the_rest_only(tmp_path: Path) -> None:
    html = body("第一段。", raw=f"<!-- 没有结束 <p>{EVIL}</p>")
    article = read_article(write(tmp_path / "c.md", make_article(html=html)))
    assert [p.text for p in article.paragraphs] == ["第一段。"]


def test_read_article_unclosed_comment_before_all_text_is_no_text(tmp_path: Path) -> None:
    html = f"<div><!-- 注释没有结束\n<p>{EVIL}</p><p>{GOOD_TEXT}</p></div>"
    _expect_error(write(tmp_path / "c.md", make_article(html=html)), ArticleBodyError, NO_TEXT)


SCRIPTS = [
    f"<script>{EVIL}()</script>",
    f"<SCRIPT>{EVIL}()</SCRIPT>",
    f"<Script>{EVIL}()</Script>",
    f'<script type="text/javascript">var a = "{EVIL}";</script>',
    f"<script>var s = '</p><p>{EVIL}';</script>",
    f"<script><!-- {EVIL} --></script>",
    f"<script>document.write('</scr' + 'ipt>{EVIL}')</script>",
    f"<style>p {{ color: red }} /* {EVIL} */</style>",
    f"<STYLE>.{EVIL} {{}}</STYLE>",
    f"<p>前文<style>.x::after {{ content: '{EVIL}' }}</style>后文</p>",
    f"<p>前文<script>{EVIL}</script>后文</p>",
    f"<svg><script>{EVIL}</script></svg>",
    f"<noscript>{EVIL}</noscript>",
    f"<iframe>{EVIL}</iframe>",
    f"<textarea>{EVIL}</textarea>",
    f"<scr<script>{EVIL}</script>ipt>",
    f"<script>{EVIL}",  # unclosed: runs to the end of the body
    f"<style>{EVIL}",
    f'<p onclick="{EVIL}()">带属性</p>',
    f'<img src=x onerror="{EVIL}()">',
    f'<a href="javascript:{EVIL}()">链接</a>',
    f'<p style="background:url(javascript:{EVIL})">样式</p>',
]


@pytest.mark.parametrize("html", SCRIPTS)
def test_read_article_script_and_style_text_never_reaches_paragraphs(
    tmp_path: Path, html: str
) -> None:
    article = read_article(write(tmp_path / "s.md", make_article(html=body(GOOD_TEXT, raw=html))))
    texts = [p.text for p in article.paragraphs] + list(article.captions)
    assert not any(EVIL in t for t in texts), texts
    assert texts[0] == GOOD_TEXT


# --- 9. titles and file names --------------------------------------------------------

HOSTILE_TITLES = [
    "单引号'与双引号\"",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "a < b > c & d &amp; &lt;",
    "反斜杠 C:\\path\\n\\u0000",
    "第一行\n第二行",
    "第一行\n---\n第二行",
    "表情😀🇨🇳👨‍👩‍👧",
    '"} ; DROP ALL ; #',
    "]]></script><!--",
    "${jndi:ldap://x/a}",
    "{{7*7}} {% raw %}",
    "零\u200b宽",
    "\u202e反向",
    "制表\t符",
    "'''",
    "%00 %0a",
    "<http://example.org/a b>",
    "_:b0 空白节点",
    "a" * 2000,
    "*不是别名",
    "&不是锚",
    "!不是标签",
    "@at `backtick`",
    "# 不是注释",
    "- 不是列表",
    "? 不是键",
    "title: 嵌套",
    "NUL\x00字符",
]


@pytest.mark.parametrize(
    "title", HOSTILE_TITLES, ids=[f"t{i:02d}" for i in range(len(HOSTILE_TITLES))]
)
def test_read_article_hostile_title_is_kept_exactly(tmp_path: Path, title: str) -> None:
    article = read_article(write(tmp_path / "t.md", make_article(title=title)))
    assert article.title == title.strip()
    assert article.paragraphs[0].text == GOOD_TEXT


FILE_NAMES = [
    "文章 一.md",
    "a  b c.md",
    "it's.md",
    "#1 & <2>.md",
    "100%.md",
    "表情🎉.md",
    "-leading-dash.md",
    ".hidden.md",
    "tab\there.md",
    "中文目录/子 目录/文章.md",
]


@pytest.mark.parametrize("name", FILE_NAMES)
def test_read_article_odd_file_names_read_and_are_named_in_errors(
    tmp_path: Path, name: str
) -> None:
    good = write(tmp_path / "good" / name, make_article())
    assert read_article(good).source == good
    bad = write(tmp_path / "bad" / name, b"")
    exc = _expect_error(bad, FrontMatterError, r"file is empty .*")
    assert exc.path == str(bad)


def test_read_articles_keeps_going_past_every_kind_of_bad_file(tmp_path: Path) -> None:
    paths = [write(tmp_path / f"{i:02d}.md", text) for i, (_, text, _) in enumerate(FM_CASES)]
    good = write(tmp_path / "zz-good.md", make_article())
    results = list(read_articles([*paths, good]))
    assert [p for p, _ in results] == [*paths, good]
    assert all(isinstance(r, FrontMatterError) for _, r in results[:-1])
    assert isinstance(results[-1][1], Article)
