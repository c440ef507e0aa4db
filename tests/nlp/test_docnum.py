"""文号 grammar, canonical forms and slugs (kg.nlp.docnum), POLICY-KG.md §3."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.nlp.docnum import ISSUER_SLUGS, doc_number_slug, parse_document_numbers

# POLICY-KG §3.2 variants that parse: text, issuer, year, seq, kind, canonical, heuristic
PARSED = [
    pytest.param("国函〔2022〕8号", "国函", 2022, 8, "std", "国函〔2022〕8号", False, id="standard"),
    pytest.param("国办发〔2021〕24号", "国办发", 2021, 24, "std", "国办发〔2021〕24号", False, id="guobanfa"),
    pytest.param("国函[2016]17号", "国函", 2016, 17, "std", "国函〔2016〕17号", False, id="ascii-brackets"),
    pytest.param("国发[2000]23号", "国发", 2000, 23, "std", "国发〔2000〕23号", False, id="guofa-ascii"),
    pytest.param("国函（2016）17号", "国函", 2016, 17, "std", "国函〔2016〕17号", False, id="fullwidth-parens"),
    pytest.param("国函(2016)17号", "国函", 2016, 17, "std", "国函〔2016〕17号", False, id="ascii-parens"),
    pytest.param("安委办﹝2018﹞15号", "安委办", 2018, 15, "std", "安委办〔2018〕15号", False, id="small-tortoise"),
    pytest.param("应急厅函〔2022〕317 号", "应急厅函", 2022, 317, "std", "应急厅函〔2022〕317号", False, id="space-before-hao"),
    pytest.param("京高法发〔2024〕534 号", "京高法发", 2024, 534, "std", "京高法发〔2024〕534号", False, id="court"),
    pytest.param("安委办\n﹝\n2018\n﹞\n15\n号", "安委办", 2018, 15, "std", "安委办〔2018〕15号", False, id="split-over-lines"),
    pytest.param("国函〔２０２２〕８号", "国函", 2022, 8, "std", "国函〔2022〕8号", False, id="fullwidth-digits"),
    pytest.param("国函【2022】8号", "国函", 2022, 8, "std", "国函〔2022〕8号", False, id="lenticular"),
    pytest.param("国函〔2022〕第8号", "国函", 2022, 8, "std", "国函〔2022〕8号", False, id="di"),
    pytest.param("国函〔2022〕08号", "国函", 2022, 8, "std", "国函〔2022〕8号", False, id="zero-padding"),
    pytest.param("国函〔2010〕69号文件", "国函", 2010, 69, "std", "国函〔2010〕69号", False, id="trailing-wenjian"),
    pytest.param("国办发明电〔2008〕31号", "国办发明电", 2008, 31, "std", "国办发明电〔2008〕31号", False, id="five-char-code"),
    pytest.param("国务院令第732号", "国务院", None, 732, "order", "国务院令第732号", False, id="order"),
    pytest.param("国令第711号", "国", None, 711, "order", "国令第711号", False, id="guoling"),
    pytest.param("原国家林业局令第50号", "原国家林业局", None, 50, "order", "原国家林业局令第50号", False, id="former-body"),
    pytest.param("商务部令2019年第1号", "商务部", 2019, 1, "order", "商务部令2019年第1号", False, id="order-with-year"),
    pytest.param("国家税务总局公告2022年第9号", "国家税务总局", 2022, 9, "notice", "国家税务总局公告2022年第9号", False, id="notice"),
    pytest.param("应急管理部公告（2019年 第11号）", "应急管理部", 2019, 11, "notice", "应急管理部公告2019年第11号", False, id="notice-parens"),
    pytest.param("公告〔2023〕199号", "公告", 2023, 199, "std", "公告〔2023〕199号", True, id="issuer-dropped"),
    pytest.param("根据国函〔2022〕8号", "国函", 2022, 8, "std", "国函〔2022〕8号", False, id="lead-genju"),
    pytest.param("贯彻落实财税〔2018〕103号", "财税", 2018, 103, "std", "财税〔2018〕103号", False, id="lead-guancheluoshi"),
    pytest.param("按照国办发〔2019〕1号", "国办发", 2019, 1, "std", "国办发〔2019〕1号", False, id="lead-anzhao"),
    pytest.param("依照某某委发〔2020〕3号", "某某委发", 2020, 3, "std", "某某委发〔2020〕3号", True, id="lead-unknown-code"),
]  # fmt: skip

REJECTED = [
    pytest.param("林资发2004218号", id="brackets-lost"),
    pytest.param("〔2023〕第 7 号公告", id="no-issuer"),
    pytest.param("2021年进出口增长30.7%，132个综试区", id="plain-numbers"),
]


@pytest.mark.parametrize(
    ("text", "issuer", "year", "seq", "kind", "canonical", "heuristic"), PARSED
)
def test_parse_document_numbers_variants(
    text: str,
    issuer: str,
    year: int | None,
    seq: int,
    kind: str,
    canonical: str,
    heuristic: bool,
) -> None:
    [number] = parse_document_numbers(text)
    assert (number.issuer, number.year, number.seq, number.kind) == (
        issuer,
        year,
        seq,
        kind,
    )
    assert number.canonical == canonical
    assert number.heuristic is heuristic
    assert text[number.start : number.end] == number.text
    assert number.text.startswith(issuer)  # 根据/贯彻落实 are not part of the span


@pytest.mark.parametrize("text", REJECTED)
def test_parse_document_numbers_rejects(text: str) -> None:
    assert parse_document_numbers(text) == []


CBEC_REPLIES = [
    ("国函〔2015〕44号", "guohan-2015-44"),
    ("国函〔2016〕17号", "guohan-2016-17"),
    ("国函〔2018〕93号", "guohan-2018-93"),
    ("国函〔2019〕137号", "guohan-2019-137"),
    ("国函〔2020〕47号", "guohan-2020-47"),
    ("国函〔2022〕8号", "guohan-2022-8"),
    ("国函〔2022〕126号", "guohan-2022-126"),
]


@pytest.mark.parametrize(("text", "slug"), CBEC_REPLIES, ids=[s for _, s in CBEC_REPLIES])
def test_parse_document_numbers_cbec_replies_slug(text: str, slug: str) -> None:
    [number] = parse_document_numbers(f"《批复》（{text}）")
    assert number.slug == slug
    assert number.canonical == text


def test_parse_document_numbers_finds_several_in_order() -> None:
    text = "先后印发国函〔2015〕44号、国函〔2016〕17号和海关总署公告2023年第199号。"
    found = parse_document_numbers(text)
    assert [n.slug for n in found] == [
        "guohan-2015-44",
        "guohan-2016-17",
        "gacc-notice-2023-199",
    ]


@pytest.mark.parametrize(
    ("issuer", "year", "seq", "kind", "slug"),
    [
        pytest.param("国函", 2022, 8, "std", "guohan-2022-8", id="guohan"),
        pytest.param("国发", 2015, 1, "std", "guofa-2015-1", id="guofa"),
        pytest.param("国办发", 2021, 24, "std", "guobanfa-2021-24", id="guobanfa"),
        pytest.param("国办函", 2020, 5, "std", "guobanhan-2020-5", id="guobanhan"),
        pytest.param("商财发", 2019, 2, "std", "shangcaifa-2019-2", id="shangcaifa"),
        pytest.param("财税", 2018, 103, "std", "caishui-2018-103", id="caishui"),
        pytest.param("财关税", 2016, 18, "std", "caiguanshui-2016-18", id="caiguanshui"),
        pytest.param("海关总署", 2023, 199, "notice", "gacc-notice-2023-199", id="gacc"),
        pytest.param("国家税务总局", 2022, 9, "notice", "sta-notice-2022-9", id="sta"),
        pytest.param("国务院", None, 732, "order", "state-council-order-732", id="order"),
        pytest.param("国", None, 732, "order", "state-council-order-732", id="guoling-alias"),
    ],
)
def test_doc_number_slug_table(
    issuer: str, year: int | None, seq: int, kind: str, slug: str
) -> None:
    assert doc_number_slug(issuer, year, seq, kind) == slug


def test_doc_number_slug_unknown_issuer_is_stable_ascii_hash() -> None:
    slug = doc_number_slug("某某委发", 2020, 3, "std")
    assert re.fullmatch(r"x-[0-9a-f]{8}-2020-3", slug)
    assert slug == doc_number_slug("某某委发", 2020, 3, "std")
    assert slug != doc_number_slug("某某委函", 2020, 3, "std")


def test_doc_number_slug_rejects_unknown_kind() -> None:
    with pytest.raises(ValueError, match=r"kind 'law' is unknown; use 'std'"):
        doc_number_slug("国函", 2022, 8, "law")


def test_issuer_slugs_are_ascii_and_unique_per_body() -> None:
    for slug in ISSUER_SLUGS.values():
        assert re.fullmatch(r"[a-z][a-z0-9-]*", slug)
    by_slug: dict[str, set[str]] = {}
    for (_issuer, kind), slug in ISSUER_SLUGS.items():
        by_slug.setdefault(slug, set()).add(kind)
    assert all(len(kinds) == 1 for kinds in by_slug.values())  # no slug spans kinds


@settings(max_examples=200, deadline=None)
@given(
    issuer=st.sampled_from(sorted(i for i, k in ISSUER_SLUGS if k == "std")),
    year=st.integers(min_value=1990, max_value=2099),
    seq=st.integers(min_value=1, max_value=9999),
    lead=st.sampled_from(["", "根据", "贯彻落实", "印发"]),
    brackets=st.sampled_from(["〔〕", "[]", "（）", "﹝﹞", "【】"]),
)
def test_parse_document_numbers_round_trips_canonical(
    issuer: str, year: int, seq: int, lead: str, brackets: str
) -> None:
    text = f"{lead}{issuer}{brackets[0]}{year}{brackets[1]}{seq}号"
    [number] = parse_document_numbers(text)
    assert (number.issuer, number.year, number.seq) == (issuer, year, seq)
    assert number.canonical == f"{issuer}〔{year}〕{seq}号"
    assert parse_document_numbers(number.canonical)[0].slug == number.slug


@pytest.mark.parametrize(
    ("text", "issuer", "slug"),
    [
        ("（闽政办〔2025〕19号）", "闽政办", "minzhengban-2025-19"),
        ("黔府发〔2020〕3号", "黔府发", "qianfufa-2020-3"),
        ("晋政办函〔2021〕7号", "晋政办函", "sxjinzhengbanhan-2021-7"),
        ("津政发〔2021〕7号", "津政发", "jinzhengfa-2021-7"),
        ("浙政办发〔2019〕19号", "浙政办发", "zhezhengbanfa-2019-19"),  # curated, unchanged
    ],
)
def test_provincial_codes_follow_one_grammar(text: str, issuer: str, slug: str) -> None:
    (number,) = parse_document_numbers(text)
    assert (number.issuer, number.slug, number.heuristic) == (issuer, slug, False)


def test_standard_code_slugs_are_unique() -> None:
    std = [slug for (_, kind), slug in ISSUER_SLUGS.items() if kind == "std"]
    assert len(std) == len(set(std))
