"""The spaCy pipeline: components, sentences, and plain mentions out."""

from __future__ import annotations

import pytest

from kg.ingest import read_article
from kg.model import Annotated, Mention
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
