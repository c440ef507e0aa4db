"""Bilateral free trade agreements named without 《》 (kg.nlp.agreements): one document
whatever the spelling. Every text here is made up for the rule."""

from __future__ import annotations

import pytest

from kg.nlp.agreements import agreement_key, find_bilateral_agreements
from kg.nlp.documents import find_bare_documents
from kg.nlp.gazetteer import Gazetteer
from kg.nlp.lexicon import build_gazetteer
from tests.articles import extract_text


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return build_gazetteer()


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("中韩自贸协定", "中国—韩国自由贸易协定"),
        ("中韩自由贸易区", "中国—韩国自由贸易协定"),
        ("《中国—韩国自由贸易协定》", "中国—韩国自由贸易协定"),
        ("中国与新西兰自贸协定升级版", "中国—新西兰自由贸易协定"),
        ("中澳自贸协定升级议定书", "中国—澳大利亚自由贸易协定升级议定书"),
        ("《中华人民共和国政府和塞尔维亚共和国政府自由贸易协定》", "中国—塞尔维亚自由贸易协定"),
        ("中华人民共和国政府和大韩民国政府自由贸易协定", "中国—韩国自由贸易协定"),
        ("中新自贸协定", None),  # 新: 新加坡 or 新西兰, left alone
        ("浙江自贸区", None),
    ],
)
def test_every_spelling_has_one_key(written: str, key: str | None) -> None:
    assert agreement_key(written) == key


def test_full_partner_must_be_a_country(gazetteer: Gazetteer) -> None:
    text = "中国—塞尔维亚自由贸易协定生效，中国与浙江自贸区无关。"
    assert [m.text for m in find_bilateral_agreements(text, gazetteer)] == [
        "中国—塞尔维亚自由贸易协定"
    ]


def test_bare_document_reader_takes_the_whole_name(gazetteer: Gazetteer) -> None:
    text = "中国—新西兰自贸协定升级后，中韩自贸协定也已生效。"
    assert [m.text for m in find_bare_documents(text, gazetteer)] == [
        "中国—新西兰自贸协定",
        "中韩自贸协定",
    ]


def test_short_and_full_names_link_to_one_document() -> None:
    extraction = extract_text("《中国—韩国自由贸易协定》生效以来，中韩自贸协定红利持续释放。")
    documents = {m.text: m.iri for m in extraction.mentions if m.label == "Legislation"}
    assert len(documents) == 2 and len(set(documents.values())) == 1


def test_governments_in_an_agreement_title_are_its_parties_not_bodies() -> None:
    extraction = extract_text(
        "《中华人民共和国政府和塞尔维亚共和国政府自由贸易协定》正式生效，中塞自贸协定将带来实惠。"
    )
    labels = {(m.label, m.iri) for m in extraction.mentions}
    assert {label for label, _ in labels} == {"Legislation"}
    assert len({iri for _, iri in labels}) == 1


def test_an_ambiguous_initial_is_the_country_the_article_names() -> None:
    extraction = extract_text(
        "新西兰是重要伙伴。中新自贸协定于2008年签署，中新自贸区建设迈上新台阶。"
    )
    documents = {m.iri for m in extraction.mentions if m.label == "Legislation"}
    assert documents == {extract_text("《中国—新西兰自由贸易协定》").mentions[0].iri}
