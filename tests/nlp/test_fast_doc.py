"""The linear-time char Doc and the paragraph runs used for bodies over ``max_length``."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.util import get_words_and_spaces

from kg.errors import ResourceLimitError
from kg.ingest import read_article
from kg.model import Article, Paragraph
from kg.nlp import annotate, get_nlp, make_nlp
from kg.nlp.pipeline import char_words_and_spaces, make_doc
from tests.conftest import ARTICLES_DIR, SEED_JINHUA, SEED_MOFCOM

# characters that exercise every branch: CJK, ASCII, the single " " that becomes a
# trailing space, and whitespace that does not (newline, tab, U+3000, NBSP, U+2028, U+001C)
_CHARS = st.sampled_from(list("中国a1。 \n\t\u3000\xa0\u2028\x1c"))


@given(st.lists(_CHARS, max_size=30).map("".join))
def test_char_words_and_spaces_matches_spacy_alignment(text: str) -> None:
    words, spaces = get_words_and_spaces(list(text), text)
    assert char_words_and_spaces(text) == (list(words), list(spaces))


@pytest.mark.parametrize("path", sorted(ARTICLES_DIR.glob("*.md")), ids=lambda p: p.stem)
def test_make_doc_is_token_for_token_spacy_make_doc(path) -> None:  # type: ignore[no-untyped-def]
    nlp = get_nlp()
    text = read_article(path).body
    fast, slow = make_doc(nlp, text), nlp.make_doc(text)
    assert [(t.text, t.whitespace_) for t in fast] == [(t.text, t.whitespace_) for t in slow]
    assert fast.text == text


def _with_paragraphs(article: Article, texts: list[str]) -> Article:
    paragraphs, start = [], 0
    for text in texts:
        paragraphs.append(Paragraph(text, start, start + len(text), "body"))
        start += len(text) + 1
    return dataclasses.replace(article, paragraphs=tuple(paragraphs))


def test_annotate_over_max_length_runs_paragraphs_and_keeps_offsets() -> None:
    """A body over ``max_length`` gives the mentions of one run over the whole body."""
    article = read_article(SEED_JINHUA)
    whole = annotate(article)
    small = make_nlp()
    small.max_length = max(p.end - p.start for p in article.paragraphs) + 1
    assert len(article.body) > 2 * small.max_length  # really cut into several runs
    runs = annotate(article, small)
    assert runs.mentions == whole.mentions
    assert runs.sentences == whole.sentences
    for mention in runs.mentions:
        assert article.body[mention.start : mention.end] == mention.text


def test_annotate_refuses_one_paragraph_over_max_length() -> None:
    article = _with_paragraphs(read_article(SEED_MOFCOM), ["短段落。", "商务部" * 40])
    small = make_nlp()
    small.max_length = 100
    with pytest.raises(
        ResourceLimitError,
        match=r"paragraph at character 5 is 120 characters long, "
        r"over spaCy's max_length of 100; split it",
    ):
        annotate(article, small)
