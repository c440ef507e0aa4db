"""General error classes, second round (issue 5, helper C4), one rule each.

Every text here is made up for the rule; none is copied from an annotated article.
"""

from __future__ import annotations

import pytest

from kg import iris
from kg.nlp.gazetteer import Gazetteer
from kg.nlp.lexicon import build_gazetteer
from kg.refdata import load_reference


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return build_gazetteer(load_reference())


def _found(gazetteer: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.iri) for m in gazetteer.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("据悉，成都某公司申报出口一批货物。", [("成都", iris.place_iri("510100"))], id="some-company"),
        pytest.param("此前，武汉某家企业集团表示", [("武汉", iris.place_iri("420100"))], id="some-group"),
        pytest.param("杭州市某某科技公司，", [], id="placeholder-name-is-org"),
    ],
)
def test_gazetteer_place_before_indefinite_org_noun_is_linked(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(gazetteer, text) == expected
