"""The spaCy pipeline: components, sentences, and plain mentions out."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kg.ingest import read_article
from kg.ingest.html import parse_body
from kg.model import Annotated, Article, Mention, Paragraph
from kg.nlp import annotate, get_nlp, split_sentences
from kg.nlp.pipeline import PIPE_NAMES
from tests.conftest import SEED_JINHUA, SEED_MOFCOM


def test_get_nlp_is_built_once_per_process() -> None:
    assert get_nlp() is get_nlp()


def test_make_nlp_has_kg_components_in_order() -> None:
    assert tuple(get_nlp().pipe_names) == PIPE_NAMES


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        pytest.param("甲。乙！丙？", ["甲。", "乙！", "丙？"], id="terminators"),
        pytest.param("甲；乙\n丙", ["甲；", "乙", "丙"], id="semicolon-newline"),
        pytest.param("“甲。”乙", ["“甲。”", "乙"], id="closing-quote-stays"),
        pytest.param("　　甲。 ", ["甲。"], id="blanks-trimmed"),
    ],
)
def test_split_sentences_splits_on_terminators_and_newlines(
    text: str, sentences: list[str]
) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


def test_annotate_returns_model_types_with_offsets_into_body() -> None:
    article = read_article(SEED_JINHUA)
    annotated = annotate(article)
    assert isinstance(annotated, Annotated)
    assert all(isinstance(m, Mention) for m in annotated.mentions)
    for mention in annotated.mentions:
        assert article.body[mention.start : mention.end] == mention.text


def test_annotate_finds_title_spokesperson_and_batch() -> None:
    jinhua = annotate(read_article(SEED_JINHUA))
    mofcom = annotate(read_article(SEED_MOFCOM))
    labels = {(m.text, m.label) for m in jinhua.mentions + mofcom.mentions}
    assert ("《批复》", "Legislation") in labels
    assert ("高峰", "Person") in labels
    assert ("前五批", "Batch") in labels
    assert ("刘颖", "Person") in labels


def _linked_company_article(body: str, names: tuple[str, ...]) -> Article:
    """An article whose body links ``names`` to stock quotes (``parse_body`` reads them)."""
    links = "".join(
        f'<a href="https://finance.sina.com.cn/realstock/company/sh600000/nc.shtml"'
        f' class="keyword">{name}</a>'
        for name in names
    )
    parsed = parse_body(f"<p>{links}</p><!-- news_keyword_pub,stock,sh600000 -->")
    assert parsed.stock_names == names
    return Article(
        id="0" * 16,
        title="t",
        published=datetime(2024, 3, 23, tzinfo=UTC),
        paragraphs=(Paragraph(body, 0, len(body)),),
        source=Path("x.md"),
        stock_names=parsed.stock_names,
    )


def test_a_place_opening_a_linked_company_name_is_not_the_place() -> None:
    body = "洛阳钼业发布年报。洛阳钼业位于栾川县，洛阳经济增长。"
    mentions = annotate(_linked_company_article(body, ("洛阳钼业",))).mentions
    places = [m.start for m in mentions]
    assert "栾川县" in {m.text for m in mentions}
    assert places.count(body.rindex("洛阳")) == 1  # the city after the company name stays
    assert body.index("洛阳") not in places


def test_a_linked_name_that_is_exactly_a_place_keeps_the_place() -> None:
    body = "在鄂尔多斯等27个城市设立综试区。"
    found = {m.text for m in annotate(_linked_company_article(body, ("鄂尔多斯",))).mentions}
    assert "鄂尔多斯" in found


@pytest.mark.parametrize(
    "body",
    [
        "受此提振，鄂尔多斯、君正集团等上市公司股价走强。",  # beside another linked name
        "受此提振，鄂尔多斯股价午后走强。",  # company words after it
    ],
)
def test_a_linked_place_name_read_as_the_company_is_no_place(body: str) -> None:
    names = ("鄂尔多斯", "君正集团") if "君正" in body else ("鄂尔多斯",)
    found = {m.text for m in annotate(_linked_company_article(body, names)).mentions}
    assert "鄂尔多斯" not in found


def test_role_words_in_a_reporter_line_are_no_reporters() -> None:
    from kg.nlp.patterns import find_people

    text = "南方日报讯（记者 李强 通讯员 王敏）日前，会议召开。（记者 张三 编辑 李四）"
    names = [m.text for m in find_people(text)]
    assert names == ["李强", "王敏", "张三"]
