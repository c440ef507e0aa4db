"""Write the gold files of heldout-2026-12m from the annotator's span lists.

Input: articles/hmNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: hmNN.json (one entity per occurrence; ``"captions": true``; containment relations
from the must-find places with ../../tools/containment.py; areaServed of reference-table
bodies with ../../tools/table_bodies.py; the rest of the relations as listed here).
It does not: run or read any extractor.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository root

from tests.gold.tools.heldout import NA, E, N, O, R, occurrences, read_body, write_gold  # noqa: E402,F401
from tests.gold.tools.spans import (  # noqa: E402
    AREA,
    CB,
    CHN,
    CO,
    FZ,
    HOLDS,
    IN,
    ORG,
    PASSED,
    PF,
    PLACE,
    PZ,
    SUB,
    C,
    L,
    P,
    Y,
    resolve_in,
    write_captioned_set,
    yi,
)

HERE = Path(__file__).resolve().parent.parent


@cache
def body_of(stem: str) -> str:
    return read_body(HERE / "articles" / f"{stem}.md", captions=True)


def at(stem: str, context: str, text: str, k: int = 1) -> int:
    """The occurrence number of ``text`` where it first sits inside the ``k``-th
    occurrence of ``context`` in the body of ``stem``."""
    body = body_of(stem)
    hosts = occurrences(body, context)
    if len(hosts) < k:
        raise SystemExit(f"{stem}: context not in body: {context}")
    start = hosts[k - 1] + context.index(text)
    return occurrences(body, text).index(start) + 1


ZONES = [CB, FZ, PZ]
EST = "kgo:establishes"

# ---------------------------------------------------------------- hm01 吉林 2023 trade
JL = "place:220000"
CC = "place:220100"
YB = "place:222400"
P23, D23 = Y(2023), "2023-12-01/2023-12-31"
CCC = "body:长春海关"
hm01 = {
    "editor": "王珂",
    "entities": [
        E("吉林", P, JL),  # every bare 吉林 (those inside longer names are dropped)
        E("吉林省", P, JL),
        E("吉林市", PF, "place:220200"),
        E("俄罗斯", CO, "country:RUS"),
        E("中新网", ORG, "org:chinanews", True),
        E("长春", PF, CC, True, [1]),  # dateline
        E("郭佳", "Person", "person:郭佳@reporter", True),
        E("长春海关", ORG, CCC),
        E("长春海关统计分析处", ORG, "body:长春海关统计分析处"),
        E("德国", CO, "country:DEU"),
        E("日本", CO, "country:JPN"),
        E("一带一路", L, "doc:bri", True),
        E("长春市", PF, CC),
        E("延边朝鲜族自治州", PF, YB),
        E("延边州", PF, YB),
        E("珲春市", C, "place:222404"),
        E("长春兴隆综合保税区", PZ, "zone:bonded-220100"),
        E("珲春综合保税区", PZ, "zone:bonded-222404"),
        E("中国（长春）跨境电子商务综合试验区", CB, "zone:cbec-220100"),
        E("一汽解放", ORG, None, True),
        E("吉林化纤", ORG, None, True),
        E("吉林大学", ORG, None, True),
        E("中国新闻网", ORG, None, True),
    ],
    "must_not": [
        IN("吉林化纤", "吉林", "stock link 吉林化纤 (a company)", PLACE),
        IN("吉林大学", "吉林", "a university named after the province", PLACE),
    ],
    "relations": [
        R(CCC, AREA, CC),
        R("body:长春海关统计分析处", SUB, CCC),
    ],
    "observations": [
        O(JL, "foreignTradeValue", "Level", yi("1679"), "CNY", P23),
        O(JL, "foreignTradeValue", "YearOnYearGrowth", "7.7", "P1", P23),
        O(JL, "exportValue", "Level", yi("525.5"), "CNY", P23),
        O(JL, "exportValue", "YearOnYearGrowth", "35.3", "P1", P23),
        O(JL, "importValue", "Level", yi("1153.5"), "CNY", P23),
        O(JL, "importValue", "YearOnYearGrowth", "-1.6", "P1", P23),
        O(JL, "foreignTradeValue", "Level", yi("152.3"), "CNY", D23),
        O(JL, "foreignTradeValue", "YearOnYearGrowth", "10.4", "P1", D23),
        O(JL, "foreignTradeValue", "Level", yi("389.3"), "CNY", P23, "country:DEU"),
        O(JL, "foreignTradeValue", "Level", yi("246.8"), "CNY", P23, "country:RUS"),
        O(JL, "foreignTradeValue", "Level", yi("131.6"), "CNY", P23, "country:JPN"),
        O(JL, "foreignTradeValue", "YearOnYearGrowth", "-5.6", "P1", P23, "country:DEU"),
        O(JL, "foreignTradeValue", "YearOnYearGrowth", "45.2", "P1", P23, "country:RUS"),
        O(JL, "foreignTradeValue", "YearOnYearGrowth", "-3.1", "P1", P23, "country:JPN"),
        O(JL, "foreignTradeValue", "Level", yi("598.7"), "CNY", P23, "doc:bri"),
        O(JL, "foreignTradeValue", "YearOnYearGrowth", "20.3", "P1", P23, "doc:bri"),
        O(JL, "foreignTradeValue", "Share", "35.7", "P1", P23, "doc:bri"),
        O(JL, "foreignTradeValue", "Level", yi("612.4"), "CNY", P23, None, "民营企业"),
        O(JL, "foreignTradeValue", "YearOnYearGrowth", "24.6", "P1", P23, None, "民营企业"),
        O(JL, "foreignTradeValue", "Share", "36.5", "P1", P23, None, "民营企业"),
        O(JL, "foreignTradeValue", "PercentagePointChange", "4.9", "P1", P23, None, "民营企业"),
        O(JL, "importValue", "Level", yi("331.2"), "CNY", P23, None, "汽车零配件"),
        O(JL, "importValue", "YearOnYearGrowth", "-8.7", "P1", P23, None, "汽车零配件"),
        O(JL, "exportValue", "Level", yi("112.6"), "CNY", P23, None, "汽车"),
        O(JL, "exportValue", "YearOnYearGrowth", "140", "P1", P23, None, "汽车"),
        O(CC, "foreignTradeValue", "Level", yi("1209.3"), "CNY", P23),
        O(CC, "foreignTradeValue", "Share", "72", "P1", P23),
        O("place:220200", "foreignTradeValue", "Level", yi("137.5"), "CNY", P23),
        O(YB, "foreignTradeValue", "Level", yi("121.4"), "CNY", P23),
    ],
    "optional_observations": [
        O("place:222404", "foreignTradeValue", "YearOnYearGrowth", "30", "P1", P23),  # 近三成
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hm02 鄂尔多斯综合保税区
NM = "place:150000"
ORD = "place:150600"
ORDZ = "zone:bonded-150600"
T02 = "title:国务院关于同意设立鄂尔多斯综合保税区的批复"
ORDC = "body:鄂尔多斯市商务局"
hm02 = {
    "editor": "赵艳",
    "entities": [
        E("鄂尔多斯日报", ORG, None, True),
        E("内蒙古自治区商务厅", ORG, "org:commerce-150000"),
        E("国务院", ORG, "org:state-council"),
        E("国务院关于同意设立鄂尔多斯综合保税区的批复", L, T02),
        E("鄂尔多斯综合保税区", PZ, ORDZ),
        E("海关总署", ORG, "org:gacc"),
        E("满洲里综合保税区", PZ, "zone:bonded-150781"),
        E("内蒙古", P, NM),
        E("内蒙古自治区人民政府", ORG, "org:gov-150000"),
        E("自治区政府", ORG, "org:gov-150000"),
        E("批复", L, T02, True, [2]),  # 批复要求: back-reference
        E("鄂尔多斯市", PF, ORD),
        E("伊金霍洛旗", C, "place:150627"),
        E("东胜区", C, "place:150602"),
        E("康巴什区", C, "place:150603"),
        E("呼和浩特海关", ORG, "body:呼和浩特海关"),
        E("鄂尔多斯市商务局", ORG, ORDC),
        E("呼伦贝尔市", PF, "place:150700"),
        E("满洲里市", C, "place:150781"),
        E("鄂尔多斯", ORG, None, True, [at("hm02", "鄂尔多斯、君正", "鄂尔多斯")]),
        E("君正集团", ORG, None, True),
    ],
    "must_not": [
        IN("鄂尔多斯、君正", "鄂尔多斯", "stock link 鄂尔多斯 (a company)", PLACE),
        IN("鄂尔多斯日报", "鄂尔多斯", "a newspaper named after the city", PLACE),
        NA("会同", "海关总署会同有关部门 (会同县 is a county)", PLACE),
        NA("城区", "康巴什区城区: the urban area, not 城区 (a district name)", PLACE),
        NA("新平", "新平台 in the sub-heading (新平县 is a county)", PLACE),
    ],
    "relations": [
        R(T02, PASSED, "org:state-council"),
        R(T02, EST, ORDZ),
        R("body:呼和浩特海关", AREA, "place:150100"),
        R(ORDC, AREA, ORD),
    ],
    "observations": [
        O(ORD, "foreignTradeValue", "Level", yi("61.3"), "CNY", Y(2016)),
        O(ORD, "foreignTradeValue", "YearOnYearGrowth", "8.2", "P1", Y(2016)),
        O(ORD, "foreignTradeValue", "Share", "7.9", "P1", Y(2016)),
    ],
    "optional_observations": [],
    "claims": [
        {"kind": "kgo:ZonesInPlace", "about": NM, "value": 2, "zone_type": "kgo:PilotZone"},
    ],
}

# ---------------------------------------------------------------- hm03 MOFCOM outward FDI 2022
P22 = Y(2022)
SHU = "person:束珏婷@org:mofcom"
T03 = "title:对外投资备案（核准）报告暂行办法"
ODI = "outwardInvestmentValue"
NF = "非金融类"
hm03 = {
    "editor": "郝欣煜",
    "entities": [
        E("一带一路", L, "doc:bri", True),
        E("中新经纬", ORG, None, True),
        E("商务部", ORG, "org:mofcom"),
        E("束珏婷", "Person", SHU),
        E("东盟", ORG, "org:asean", True),
        E("新加坡", CO, "country:SGP"),
        E("印度尼西亚", CO, "country:IDN"),
        E("马来西亚", CO, "country:MYS"),
        E("越南", CO, "country:VNM"),
        E("商务部对外投资和经济合作司", ORG, "body:商务部对外投资和经济合作司"),
        E("《对外投资备案（核准）报告暂行办法》", L, T03),
        E("《对外投资合作国别（地区）指南》", L, None, True),  # a guide, not a policy
        E("中国建筑", ORG, None, True),
        E("中国铁建", ORG, None, True),
        E("北京", P, "place:110000"),  # caption
    ],
    "must_not": [
        NA("会同", "商务部将会同有关部门 (会同县 is a county)", PLACE),
        IN("中国建筑", "中国", "stock link 中国建筑 (a company)", [CO]),
        IN("中国铁建", "中国", "stock link 中国铁建 (a company)", [CO]),
    ],
    "relations": [
        R(SHU, HOLDS, "post:org:mofcom#新闻发言人"),
        R("body:商务部对外投资和经济合作司", SUB, "org:mofcom"),
        R(T03, PASSED, "org:mofcom"),
    ],
    "observations": [
        O(CHN, ODI, "Level", yi("9853.7"), "CNY", P22),
        O(CHN, ODI, "YearOnYearGrowth", "5.2", "P1", P22),
        O(CHN, ODI, "Level", yi("1465"), "USD", P22),
        O(CHN, ODI, "YearOnYearGrowth", "0.9", "P1", P22),
        O(CHN, ODI, "Level", yi("7859.4"), "CNY", P22, None, NF),
        O(CHN, ODI, "YearOnYearGrowth", "7.2", "P1", P22, None, NF),
        O(CHN, ODI, "Level", yi("1168.5"), "USD", P22, None, NF),
        O(CHN, ODI, "YearOnYearGrowth", "2.8", "P1", P22, None, NF),
        O(CHN, ODI, "Level", yi("209.7"), "USD", P22, "doc:bri", NF),
        O(CHN, ODI, "YearOnYearGrowth", "3.3", "P1", P22, "doc:bri", NF),
        O(CHN, ODI, "Share", "17.9", "P1", P22, "doc:bri", NF),
        O(CHN, ODI, "Level", yi("186.5"), "USD", P22, "org:asean", NF),
        O(CHN, ODI, "YearOnYearGrowth", "7.7", "P1", P22, "org:asean", NF),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hm04 黑龙江 FTZ three years
HL = "place:230000"
HLZ = "zone:ftz-230000"
T04 = "title:中国（黑龙江）自由贸易试验区总体方案"
HRB = "place:230100"
SFH = "place:231081"
HE = "place:231100"
J7 = "2022-01-01/2022-07-31"
hm04 = {
    "editor": "杨希",
    "entities": [
        E("黑龙江日报", ORG, None, True),
        E(
            "黑龙江",
            P,
            HL,
            False,
            [at("hm04", "黑龙江将争取", "黑龙江")],
        ),
        E("黑龙江省", P, HL),
        E("黑龙江省人民政府新闻办公室", ORG, "body:黑龙江省人民政府新闻办公室"),
        E("中国（黑龙江）自由贸易试验区", FZ, HLZ),
        E("国务院", ORG, "org:state-council"),
        E("《中国（黑龙江）自由贸易试验区总体方案》", L, T04),
        E("黑龙江自贸试验区", FZ, HLZ),
        E("哈尔滨", PF, HRB, False, [at("hm04", "设立哈尔滨", "哈尔滨")]),
        E("黑河", PF, HE, False, [at("hm04", "、黑河、", "黑河"), at("hm04", "连接黑河", "黑河")]),
        E("绥芬河", C, SFH, False, [at("hm04", "、绥芬河三个", "绥芬河")]),
        E("黑河片区", PZ, None, True),  # an FTZ section: no IRI rule
        E("黑龙江省商务厅", ORG, "org:commerce-230000"),
        E("自由贸易试验区", FZ, None, True, [at("hm04", "21个自由贸易试验区", "自由贸易试验区")]),
        E("哈尔滨海关", ORG, "body:哈尔滨海关"),
        E("俄罗斯", CO, "country:RUS"),
        E("俄", CO, "country:RUS", True),  # 对俄, 中俄: the one-character short form
        E("牡丹江市", PF, "place:231000"),
        E("绥芬河市", C, SFH),
        E("绥芬河综合保税区", PZ, "zone:bonded-231081"),
        E("中国（绥芬河）跨境电子商务综合试验区", CB, "zone:cbec-231081"),
        E("哈尔滨市", PF, HRB),
        E("哈尔滨综合保税区", PZ, "zone:bonded-230100"),
        E("哈药股份", ORG, None, True),
        E("布拉戈维申斯克", ORG, None, True),  # a Russian city (no ref)
    ],
    "must_not": [
        IN("黑龙江日报", "黑龙江", "a newspaper named after the province", PLACE),
        IN("横跨黑龙江", "黑龙江", "the river 黑龙江 (Amur), not the province", PLACE),
        IN("黑龙江大桥", "黑龙江", "a bridge over the river 黑龙江", PLACE),
    ],
    "relations": [
        R("body:黑龙江省人民政府新闻办公室", SUB, "org:gov-230000"),
        R(T04, PASSED, "org:state-council"),
        R(T04, EST, HLZ),
        R("body:哈尔滨海关", AREA, HRB),
    ],
    "observations": [
        O(HL, "foreignTradeValue", "Level", yi("1426.6"), "CNY", J7),
        O(HL, "foreignTradeValue", "YearOnYearGrowth", "38.6", "P1", J7),
        O(HL, "foreignTradeValue", "Level", yi("1000.3"), "CNY", J7, "country:RUS"),
        O(HL, "foreignTradeValue", "YearOnYearGrowth", "53.3", "P1", J7, "country:RUS"),
        O(HL, "foreignTradeValue", "Share", "70.1", "P1", J7, "country:RUS"),
    ],
    "optional_observations": [],
    "claims": [
        {
            "kind": "kgo:ZonesNationwide",
            "about": CHN,
            "value": 21,
            "zone_type": "kgo:FreeTradeZone",
        },
    ],
}

# ---------------------------------------------------------------- hm05 甘肃 2021 bulletin
GS = "place:620000"
LZ = "place:620100"
P21 = Y(2021)
GSB = "body:甘肃省统计局"
GSD = "body:国家统计局甘肃调查总队"
hm05 = {
    "editor": "刘洋",
    "entities": [
        E("甘肃省", P, GS),
        E("甘肃", P, GS),
        E("新甘肃客户端", ORG, None, True),
        E("兰州", PF, LZ, True, [at("hm05", "客户端兰州", "兰州")]),  # dateline
        E("甘肃省统计局", ORG, GSB),
        E("国家统计局甘肃调查总队", ORG, GSD),
        E("兰州海关", ORG, "body:兰州海关"),
        E("兰州市", PF, LZ),
        E("庆阳", PF, "place:621000"),
        E("天水", PF, "place:620500"),
        E("酒泉", PF, "place:620900"),
        E("省统计局", ORG, GSB),
        E("兰州银行", ORG, None, True),
        E("城关区", C, "place:620102"),
    ],
    "must_not": [IN("兰州银行", "兰州", "stock link 兰州银行 (a company)", PLACE)],
    "relations": [
        R(GSB, AREA, GS),
        R(GSD, SUB, "org:nbs"),
        R(GSD, AREA, GS),
        R("body:兰州海关", AREA, LZ),
    ],
    "observations": [
        O(GS, "gdp", "Level", yi("10243.3"), "CNY", P21),
        O(GS, "gdp", "YearOnYearGrowth", "6.9", "P1", P21),
        O(GS, "gdp", "TwoYearAverageGrowth", "5.3", "P1", P21),
        O(GS, "gdp", "Level", yi("1364.7"), "CNY", P21, None, "第一产业"),
        O(GS, "gdp", "YearOnYearGrowth", "10.1", "P1", P21, None, "第一产业"),
        O(GS, "gdp", "Level", yi("3466.6"), "CNY", P21, None, "第二产业"),
        O(GS, "gdp", "YearOnYearGrowth", "5.3", "P1", P21, None, "第二产业"),
        O(GS, "gdp", "Level", yi("5412.0"), "CNY", P21, None, "第三产业"),
        O(GS, "gdp", "YearOnYearGrowth", "6.9", "P1", P21, None, "第三产业"),
        O(GS, "industrialValueAdded", "YearOnYearGrowth", "8.7", "P1", P21),
        O(GS, "industrialValueAdded", "TwoYearAverageGrowth", "7.5", "P1", P21),
        O(GS, "retailSalesValue", "Level", yi("4037.1"), "CNY", P21),
        O(GS, "retailSalesValue", "YearOnYearGrowth", "11.1", "P1", P21),
        O(GS, "retailSalesValue", "TwoYearAverageGrowth", "3.8", "P1", P21),
        O(GS, "fixedAssetInvestment", "YearOnYearGrowth", "11.1", "P1", P21),
        O(GS, "realEstateInvestment", "YearOnYearGrowth", "10.9", "P1", P21),
        O(GS, "foreignTradeValue", "Level", yi("491.1"), "CNY", P21),
        O(GS, "foreignTradeValue", "YearOnYearGrowth", "28.6", "P1", P21),
        O(GS, "exportValue", "Level", yi("91.2"), "CNY", P21),
        O(GS, "exportValue", "YearOnYearGrowth", "33.5", "P1", P21),
        O(GS, "importValue", "Level", yi("399.9"), "CNY", P21),
        O(GS, "importValue", "YearOnYearGrowth", "27.5", "P1", P21),
        O(LZ, "gdp", "Level", yi("3231.3"), "CNY", P21),
        O(LZ, "gdp", "YearOnYearGrowth", "6.1", "P1", P21),
    ],
    "optional_observations": [  # 均超过600亿元: a lower bound
        O("place:621000", "gdp", "Level", yi("600"), "CNY", P21),
        O("place:620500", "gdp", "Level", yi("600"), "CNY", P21),
        O("place:620900", "gdp", "Level", yi("600"), "CNY", P21),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hm06 赣州 trade, 中欧班列, CBEC
GZ = "place:360700"
GZC = "body:赣州市商务局"
NK = "place:360703"
T06 = "title:赣州市商务发展“十四五”规划"
T25 = Y(2025)
hm06 = {
    "editor": "邓雪",
    "entities": [
        E("赣州", PF, GZ),
        E("赣州市", PF, GZ),
        E("赣州市商务局", ORG, GZC),
        E("南康区", C, NK),
        E("赣州国际陆港", ORG, None, True),  # a rail port (facility)
        E("哈萨克斯坦", CO, "country:KAZ"),
        E("乌兹别克斯坦", CO, "country:UZB"),
        E("俄罗斯", CO, "country:RUS"),
        E("深圳", PF, "place:440300"),
        E("厦门", PF, "place:350200"),
        E("南康", C, NK, True, [at("hm06", "南康家具", "南康")]),  # an industry named after it
        E("赣州海关", ORG, "body:赣州海关"),
        E("赣州综合保税区", PZ, "zone:bonded-360700"),
        E("龙南市", C, "place:360783"),
        E("瑞金市", C, "place:360781"),
        E("第四批跨境电子商务综合试验区", "Batch", "batch:cbec-4", True),
        E("中国（赣州）跨境电子商务综合试验区", CB, "zone:cbec-360700"),
        E("章贡区", C, "place:360702"),
        E("赣州市商务发展“十四五”规划", L, T06),
        E("赣锋锂业", ORG, None, True),
        E("江西日报", ORG, None, True),
    ],
    "must_not": [
        IN("江西日报", "江西", "a newspaper named after the province", PLACE),
        NA("港口", "等港口的: ports, not 港口区", PLACE),
    ],
    "relations": [
        R(GZC, AREA, GZ),
        R("body:赣州海关", AREA, GZ),
        R("zone:cbec-360700", "kgo:inBatch", "batch:cbec-4"),
    ],
    "observations": [
        O(GZ, "foreignTradeValue", "Level", yi("721.6"), "CNY", P21),
        O(GZ, "foreignTradeValue", "YearOnYearGrowth", "34.8", "P1", P21),
        O(GZ, "exportValue", "Level", yi("583.4"), "CNY", P21),
        O(GZ, "exportValue", "YearOnYearGrowth", "38.1", "P1", P21),
        O(GZ, "importValue", "Level", yi("138.2"), "CNY", P21),
        O(GZ, "importValue", "YearOnYearGrowth", "22.3", "P1", P21),
        O(GZ, "crossBorderEcommerceTradeValue", "Level", yi("56.2"), "CNY", P21),
        O(GZ, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "110", "P1", P21),
        O(GZ, "foreignTradeValue", "Level", yi("1000"), "CNY", T25, target=True),
        O(GZ, "crossBorderEcommerceTradeValue", "Level", yi("150"), "CNY", T25, target=True),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hm07 China–Serbia FTA
SRB = "country:SRB"
T07 = "title:中华人民共和国政府和塞尔维亚共和国政府自由贸易协定"
hm07 = {
    "editor": "孙晓辉",
    "entities": [
        E("中塞自贸协定", L, T07),
        E("新华社", ORG, "org:xinhua", True),
        E("北京", P, "place:110000", True, [1]),  # dateline
        E("北京", P, "place:110000", False, [2]),
        E("《中华人民共和国政府和塞尔维亚共和国政府自由贸易协定》", L, T07),
        E("塞尔维亚", CO, SRB),
        E("商务部国际贸易经济合作研究院", ORG, None, True),
        E("中塞自贸区", L, T07, True),  # the FTA itself, not a pilot zone
        E("商务部国际司", ORG, "body:商务部国际司"),
        E("中国", CO, CHN, False, [at("hm07", "是中国在", "中国")]),
        E("中国", CO, CHN, True, [at("hm07", "中国企业", "中国")]),
        E("紫金矿业", ORG, None, True),
        E("玲珑轮胎", ORG, None, True),
        E("尼加拉瓜", CO, "country:NIC"),
        E("厄瓜多尔", CO, "country:ECU"),
        E("贝尔格莱德", ORG, None, True),  # a foreign city (no ref)
    ],
    "must_not": [
        N("中塞自贸区", 1, "an FTA (自贸区 of an agreement), not a pilot zone", ZONES),
        NA("中方", "中方对塞出口: the Chinese side (中方县 is a county)", PLACE),
    ],
    "relations": [R("body:商务部国际司", SUB, "org:mofcom")],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", yi("43.6"), "USD", P23, SRB),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "24.4", "P1", P23, SRB),
        O(CHN, "exportValue", "Level", yi("25.7"), "USD", P23, SRB),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hm08 芜湖 CBEC plan
WH = "place:340200"
T08 = "title:中国（芜湖）跨境电子商务综合试验区高质量发展三年行动计划（2023—2025年）"
WHO = "body:芜湖市人民政府办公室"
WHC = "body:芜湖市商务局"
hm08 = {
    "editor": "丁文武",
    "entities": [
        E("安徽日报", ORG, None, True),
        E("芜湖市人民政府办公室", ORG, WHO),
        E("《中国（芜湖）跨境电子商务综合试验区高质量发展三年行动计划（2023—2025年）》", L, T08),
        E("中国（芜湖）跨境电子商务综合试验区", CB, "zone:cbec-340200"),  # inside the title
        E("芜湖", PF, WH),
        E("芜湖市", PF, WH),
        E(
            "跨境电子商务综合试验区",
            CB,
            "zone:cbec-340200",
            True,
            [at("hm08", "获批设立跨境电子商务综合试验区", "跨境电子商务综合试验区")],
        ),
        E("安徽省", P, "place:340000"),
        E("合肥", PF, "place:340100"),
        E("芜湖海关", ORG, "body:芜湖海关"),
        E("行动计划", L, T08, True, [at("hm08", "根据行动计划", "行动计划")]),
        E("芜湖综合保税区", PZ, "zone:bonded-340200"),
        E("鸠江区", C, "place:340207"),
        E("弋江区", C, "place:340209"),
        E("无为市", C, "place:340281"),
        E("中国（安徽）自由贸易试验区", FZ, "zone:ftz-340000"),
        E("芜湖片区", PZ, None, True),  # an FTZ section: no IRI rule
        E("芜湖市商务局", ORG, WHC),
        E("安徽省商务厅", ORG, "org:commerce-340000"),
        E("三只松鼠", ORG, None, True),
    ],
    "must_not": [IN("安徽日报", "安徽", "a newspaper named after the province", PLACE)],
    "relations": [
        R(T08, PASSED, WHO),
        R(WHO, SUB, "body:芜湖市人民政府"),
        R("body:芜湖海关", AREA, WH),
        R(WHC, AREA, WH),
    ],
    "observations": [
        O(WH, "crossBorderEcommerceTradeValue", "Level", yi("100"), "CNY", T25, target=True),
        O(WH, "foreignTradeValue", "Level", yi("859.5"), "CNY", P22),
        O(WH, "foreignTradeValue", "YearOnYearGrowth", "12.3", "P1", P22),
        O(WH, "exportValue", "Level", yi("593.8"), "CNY", P22),
        O(WH, "exportValue", "YearOnYearGrowth", "17.6", "P1", P22),
        O(WH, "crossBorderEcommerceTradeValue", "Level", yi("54.3"), "CNY", P22),
        O(WH, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "36.5", "P1", P22),
    ],
    "optional_observations": [  # 年均增长20%以上: an average-growth target
        O(WH, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "20", "P1", T25, target=True),
    ],
    "claims": [
        {"kind": "kgo:ZonesInPlace", "about": "place:340000", "value": 2},
    ],
}

# ---------------------------------------------------------------- hm09 China–Central Asia trade
WWT = "person:王文涛@org:mofcom"
T09 = "title:中国—中亚峰会西安宣言"
XJ = "place:650000"
hm09 = {
    "editor": "张晓",
    "entities": [
        E("中国", CO, CHN),  # every bare 中国 (inside the title and the summit: dropped/optional)
        E("中新网", ORG, "org:chinanews", True),
        E("中国—中亚峰会", ORG, None, True, [1]),  # an event
        E("陕西", P, "place:610000"),
        E("西安", PF, "place:610100", False, [at("hm09", "陕西西安", "西安")]),
        E("《中国—中亚峰会西安宣言》", L, T09),
        E("商务部", ORG, "org:mofcom"),
        E("王文涛", "Person", WWT),
        E("哈萨克斯坦", CO, "country:KAZ"),
        E("乌兹别克斯坦", CO, "country:UZB"),
        E("吉尔吉斯斯坦", CO, "country:KGZ"),
        E("塔吉克斯坦", CO, "country:TJK"),
        E("土库曼斯坦", CO, "country:TKM"),
        E("新疆", P, XJ),
        E("伊犁哈萨克自治州", PF, "place:654000"),
        E("霍尔果斯市", C, "place:654004"),
        E("博尔塔拉蒙古自治州", PF, "place:652700"),
        E("阿拉山口市", C, "place:652702"),
        E("乌鲁木齐海关", ORG, "body:乌鲁木齐海关"),
        E("霍尔果斯口岸", ORG, None, True),  # a border port
        E("中吉乌铁路", ORG, None, True),  # a railway project
        E("铁龙物流", ORG, None, True),
        E("西安国际港站", ORG, None, True),  # caption: a rail station
    ],
    "must_not": [
        NA("通道", "物流通道: a corridor (通道侗族自治县 is a county)", PLACE),
        NA("合作", "经贸合作, 农业合作: cooperation (合作市 is a county-level city)", PLACE),
    ],
    "relations": [
        R(WWT, HOLDS, "post:org:mofcom#部长"),
        R("body:乌鲁木齐海关", AREA, "place:650100"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", yi("311.7"), "USD", P22, "country:KAZ"),
        O(CHN, "foreignTradeValue", "Level", yi("89.2"), "USD", P22, "country:UZB"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "23.6", "P1", P22, "country:KAZ"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "10.1", "P1", P22, "country:UZB"),
    ],
    "optional_observations": [  # 中亚五国: a group with no ref
        O(CHN, "foreignTradeValue", "Level", yi("702"), "USD", P22),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "22", "P1", "2023-01-01/2023-03-31"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hm10 十四冬 (off-topic)
HLBE = "place:150700"
hm10 = {
    "editor": "李铁",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("呼伦贝尔", PF, HLBE, True, [1]),  # dateline
        E("呼伦贝尔", PF, HLBE, False, [at("hm10", "呼伦贝尔气温", "呼伦贝尔")]),
        E("第十四届全国冬季运动会", ORG, None, True),
        E("内蒙古自治区", P, NM),
        E("内蒙古", P, NM),
        E("呼伦贝尔市", PF, HLBE),
        E("海拉尔区", C, "place:150702"),
        E("国家体育总局", ORG, "org:gasc"),
        E("内蒙古自治区人民政府", ORG, "org:gov-150000"),
        E("扎兰屯市", C, "place:150783"),
        E("牙克石市", C, "place:150782"),
        E("呼和浩特市", PF, "place:150100"),
        E("赤峰市", PF, "place:150400"),
        E("金龙山滑雪场", ORG, None, True),
        E("刘磊", "Person", "person:刘磊@reporter", True),
        E("三夫户外", ORG, None, True),
    ],
    "must_not": [
        IN("黑龙江队", "黑龙江", "a team name", PLACE),
        IN("吉林队", "吉林", "a team name", PLACE),
        IN("新疆队", "新疆", "a team name", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hm11 敦煌 tourism (off-topic)
DH = "place:620982"
hm11 = {
    "editor": "何欢",
    "entities": [
        E("敦煌", C, DH),  # every bare 敦煌 (inside longer names: dropped)
        E("甘肃省", P, GS),
        E("酒泉市", PF, "place:620900"),
        E("敦煌市", C, DH),
        E("敦煌市文体广电和旅游局", ORG, "body:敦煌市文体广电和旅游局"),
        E("敦煌研究院", ORG, None, True),
        E("数字敦煌", ORG, None, True),  # an exhibition
        E("甘肃省文化和旅游厅", ORG, "body:甘肃省文化和旅游厅"),
        E("兰州", PF, LZ),
        E("嘉峪关", PF, "place:620200"),
        E("张掖", PF, "place:620700"),
        E("敦煌种业", ORG, None, True),
    ],
    "must_not": [
        IN("玉门关", "玉门", "the pass 玉门关, not 玉门市", PLACE),
        IN("敦煌研究院", "敦煌", "an institute named after the city", PLACE),
        IN("敦煌种业", "敦煌", "stock link 敦煌种业 (a company)", PLACE),
    ],
    "relations": [
        R("body:敦煌市文体广电和旅游局", AREA, DH),
        R("body:甘肃省文化和旅游厅", AREA, GS),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hm12 长春高新 (off-topic)
hm12 = {
    "editor": "宋雅",
    "entities": [
        E("长春高新", ORG, None, True),
        E("吉林省", P, JL),
        E("长春市", PF, CC),
        E("长春金赛药业有限责任公司", ORG, None, True),
        E("百克生物", ORG, None, True),
        E("北京", P, "place:110000"),
        E("上海", P, "place:310000"),
        E("美国", CO, "country:USA"),
        E("长春金赛药业", ORG, None, True, [at("hm12", "长春金赛药业的", "长春金赛药业")]),
    ],
    "must_not": [
        IN("长春高新", "长春", "the company 长春高新 (stock link)", PLACE),
        IN("长春金赛药业", "长春", "a company named after the city", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "hm01": hm01,
    "hm02": hm02,
    "hm03": hm03,
    "hm04": hm04,
    "hm05": hm05,
    "hm06": hm06,
    "hm07": hm07,
    "hm08": hm08,
    "hm09": hm09,
    "hm10": hm10,
    "hm11": hm11,
    "hm12": hm12,
}


def main() -> None:
    """Write hmNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        spec["must_not"] = resolve_in(body_of(stem), spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
