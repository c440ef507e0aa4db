"""A place name that dictionary words run across is a false substring (GOLD-GUIDELINES
"Must not": 上海 in 加上海外订单), and a name at a word boundary stays a name."""

from __future__ import annotations

import pytest

from kg.nlp.gazetteer import Gazetteer
from kg.nlp.lexicon import build_gazetteer
from kg.nlp.wordbreak import WordBreaks

#: (sentence, the place name inside it that is not a place)
FALSE_SUBSTRINGS = [
    ("美丽水乡建设与乡村旅游相结合。", "丽水"),
    ("确保定期发布外贸运行数据。", "保定"),
    ("新乡村振兴战略持续推进。", "新乡"),
    ("黄河源头生态保护取得成效。", "河源"),
    ("企业平安顺利度过难关。", "安顺"),
    ("确定西部大开发新格局。", "定西"),
    ("他在国内江河治理方面有经验。", "内江"),
    ("外来宾客数量明显增多。", "来宾"),
    ("洞庭湖南部地区降雨偏多。", "湖南"),
    ("中山西路沿线商铺开业。", "山西"),
    ("一周口岸通关量创新高。", "周口"),
    ("按既定安排继续降税。", "定安"),
    ("依托长江黄金水道发展物流。", "金水"),
    ("搭建向北开放新平台。", "新平"),
    ("加强统筹指导和政策协调。", "和政"),
    ("野象一路北迁。", "路北"),
]

#: (sentence, a place name in it that is the place)
NAMES = [
    ("山西北部、陕西北部降雪。", "山西"),
    ("江西南部地区。", "江西"),
    ("广西北部湾经济区。", "广西"),
    ("代表团赴义乌考察。", "义乌"),
    ("前往金华义乌调研。", "义乌"),
    ("来自安顺的企业。", "安顺"),
    ("到乐清开展调研。", "乐清"),
    ("在丽水市举行。", "丽水市"),
    ("福建厦门自贸片区。", "厦门"),
    ("吉林长春的汽车。", "长春"),
    ("温州市区、嘉兴市区。", "嘉兴"),
    ("青海省海东市民和回族土族自治县。", "民和回族土族自治县"),
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return build_gazetteer()


@pytest.mark.parametrize(("text", "name"), FALSE_SUBSTRINGS)
def test_false_substring_is_not_a_place(gazetteer: Gazetteer, text: str, name: str) -> None:
    found = [m.text for m in gazetteer.find(text)]
    assert name not in found, found


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_name_at_a_word_boundary_stays(gazetteer: Gazetteer, text: str, name: str) -> None:
    found = [m.text for m in gazetteer.find(text)]
    assert name in found, found


def test_crosses_reads_only_the_span_it_is_given() -> None:
    breaks = WordBreaks()
    text = "浙江丽水和美丽水乡"
    assert not breaks.crosses(text, 2, 4)  # 丽水 after 浙江
    assert breaks.crosses(text, 6, 8)  # 丽水 in 美丽水乡
