"""Broken inputs: each raises its InputError subclass with one exact line naming file and problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ArticleBodyError, FrontMatterError, InputError, ResourceLimitError
from kg.ingest import read_article

BAD = Path(__file__).resolve().parents[2] / "tests" / "data" / "bad"
DATE_HINT = "expected RFC 1123, e.g. 'Thu, 30 Dec 2021 03:47:06 GMT'"

BAD_INPUTS = [
    pytest.param(
        "empty.md",
        FrontMatterError,
        "file is empty (0 bytes): expected YAML front "
        "matter between '---' lines, then the HTML body",
        id="empty",
    ),
    pytest.param(
        "whitespace-only.md",
        FrontMatterError,
        "file holds only whitespace (10 bytes): expected YAML front matter, then the HTML body",
        id="whitespace",
    ),
    pytest.param(
        "no-front-matter.md",
        FrontMatterError,
        "no YAML front matter: the first line is "
        "'<div>   '; expected a '---' line, then 'title:' and 'date:', then '---'",
        id="no-front-matter",
    ),
    pytest.param(
        "unclosed-front-matter.md",
        FrontMatterError,
        "front matter is not closed: add a '---' line after the last field",
        id="unclosed",
    ),
    pytest.param(
        "broken-yaml.md",
        FrontMatterError,
        "front matter is not valid YAML at line 7: "
        "did not find expected key; quote values that contain ': ' or start with a quote",
        id="broken-yaml",
    ),
    pytest.param(
        "missing-title.md",
        FrontMatterError,
        "front matter has no 'title': add title: '...'",
        id="missing-title",
    ),
    pytest.param(
        "title-not-text.md",
        FrontMatterError,
        "front matter 'title' is ['a', 'b'] (list): quote it, e.g. title: '...'",
        id="title-not-text",
    ),
    pytest.param(
        "missing-date.md",
        FrontMatterError,
        "front matter has no 'date': add date: Thu, 30 Dec 2021 03:47:06 GMT",
        id="missing-date",
    ),
    pytest.param(
        "bad-date.md",
        FrontMatterError,
        f"front matter 'date' is 'Thu, 30 Dec 2021': {DATE_HINT}",
        id="bad-date",
    ),
    pytest.param(
        "iso-date.md",
        FrontMatterError,
        f"front matter 'date' is datetime.date(2021, 12, 30): {DATE_HINT}",
        id="iso-date",
    ),
    pytest.param(
        "duplicate-key.md",
        FrontMatterError,
        "front matter has the key 'date' twice (line 10); keep one",
        id="duplicate-key",
    ),
    pytest.param(
        "yaml-bomb.md",
        FrontMatterError,
        "front matter uses a YAML alias (line 3); "
        "anchors and aliases are not allowed: write the value out",
        id="yaml-bomb",
    ),
    pytest.param(
        "deep-nesting.md",
        FrontMatterError,
        "front matter is nested more than 8 levels "
        "deep (line 8); expected flat 'key: value' fields",
        id="deep-nesting",
    ),
    pytest.param(
        "no-body.md",
        ArticleBodyError,
        "no HTML body after the front matter: expected <div><p>…</p></div>",
        id="no-body",
    ),
    pytest.param(
        "truncated-no-text.md",
        ArticleBodyError,
        "body has no paragraph text (only "
        "markup, comments or boilerplate); expected <p>…</p> paragraphs",
        id="truncated-no-text",
    ),
    pytest.param(
        "only-boilerplate.md",
        ArticleBodyError,
        "body has no paragraph text (only "
        "markup, comments or boilerplate); expected <p>…</p> paragraphs",
        id="only-boilerplate",
    ),
    pytest.param(
        "binary.md",
        ArticleBodyError,
        "file is binary, not text (7 NUL bytes); expected a UTF-8 Markdown article",
        id="binary",
    ),
    pytest.param(
        "not-text-encoding.md",
        ArticleBodyError,
        "file is neither UTF-8 nor GB18030 (byte 0xff at offset 322); re-save it as UTF-8",
        id="undecodable",
    ),
]


@pytest.mark.parametrize(("name", "error", "problem"), BAD_INPUTS)
def test_read_article_rejects_bad_input(name: str, error: type[InputError], problem: str) -> None:
    path = BAD / name
    with pytest.raises(error) as info:
        read_article(path)
    assert str(info.value) == f"{path}: {problem}"
    assert info.value.path == str(path) and info.value.problem == problem
    assert "\n" not in str(info.value)


def test_read_article_every_bad_file_is_tested() -> None:
    tested = {p.values[0] for p in BAD_INPUTS}
    assert tested == {p.name for p in BAD.glob("*.md")} - {"README.md"}


def test_read_article_rejects_oversize_file(seed_paths: tuple[Path, Path]) -> None:
    size = seed_paths[0].stat().st_size
    with pytest.raises(ResourceLimitError) as info:
        read_article(seed_paths[0], max_bytes=1000)
    assert str(info.value) == (
        f"{seed_paths[0]}: file is {size} bytes, over the limit of 1000; "
        "raise max_bytes (kg ingest --max-bytes) if it is a real article"
    )


def test_read_article_missing_file_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing\.md: cannot read the file"):
        read_article(tmp_path / "missing.md")


def test_read_article_title_with_colon_is_fine(
    tmp_path: Path, seed_paths: tuple[Path, Path]
) -> None:
    text = (
        seed_paths[0]
        .read_text(encoding="utf-8")
        .replace("title: '国务院", "title: '商务部：中方将持续推进加入CPTPP......'\nx: '国务院", 1)
    )
    path = tmp_path / "colon.md"
    path.write_text(text, encoding="utf-8")
    assert read_article(path).title == "商务部：中方将持续推进加入CPTPP......"
