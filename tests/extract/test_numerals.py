"""Chinese numerals read the same as Arabic ones by every rule (one parser: kg.nlp.numbers)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kg import iris
from kg.model import Extraction
from tests.articles import extract_text

CHINA = iris.place_iri("156")


def _extract(*paragraphs: str) -> Extraction:
    return extract_text(*paragraphs, published=datetime(2022, 4, 21, 8, 0, tzinfo=UTC))


def _claims(extraction: Extraction) -> set[tuple[str, str, int | None, int | None]]:
    return {(c.kind, c.about, c.value, c.upto_batch) for c in extraction.claims}


@pytest.mark.parametrize(
    ("arabic", "chinese"),
    [
        pytest.param(
            "全国跨境电商综试区已达132个。", "全国跨境电商综试区已达一百三十二个。", id="132"
        ),
        pytest.param(
            "商务部对全国前五批105个跨境电商综试区进行了评估。",
            "商务部对全国前五批一百零五个跨境电商综试区进行了评估。",
            id="105",
        ),
        pytest.param(
            "目前浙江共有12个跨境电商综试区。", "目前浙江共有十二个跨境电商综试区。", id="12"
        ),
    ],
)
def test_chinese_numeral_gives_the_same_claim(arabic: str, chinese: str) -> None:
    expected = _claims(_extract(arabic))
    assert expected, arabic
    assert _claims(_extract(chinese)) == expected


def test_nationwide_claim_in_chinese_numerals_has_its_value() -> None:
    claims = _claims(_extract("全国跨境电商综试区已达一百三十二个。"))
    assert ("kgo:ZonesNationwide", CHINA, 132, None) in claims


def test_stated_batch_in_two_digit_chinese_numeral() -> None:
    extraction = _extract(
        "国务院发布《关于同意在鄂尔多斯等27个城市和地区设立跨境电子商务综合试验区的批复》。"
        "金华市获批设立第十一批跨境电子商务综合试验区。"
    )
    zone = iris.zone_iri("cbec", "330700")
    batches = {
        r.object for r in extraction.relations if r.subject == zone and r.predicate == "kgo:inBatch"
    }
    assert batches == {iris.batch_iri("cbec", 11)}


def test_first_batches_count_written_with_gong() -> None:
    claims = _claims(_extract("在前五批共105个综试区中，西安综试区位列第15名。"))
    assert ("kgo:ZonesInFirstBatches", CHINA, 105, 5) in claims


def test_nationwide_count_after_you_ci_zeng_jia_dao() -> None:
    claims = _claims(_extract("这是我国设立的第二批综试区，全国综试区数量由此增加到13个。"))
    assert ("kgo:ZonesNationwide", CHINA, 13, None) in claims
