"""Write the gold files of heldout-2026-12t from the annotator's span lists.

Input: articles/htNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: htNN.json (one entity per occurrence; ``"captions": true``; containment relations
from the must-find places with ../../tools/containment.py; areaServed of reference-table
bodies with ../../tools/table_bodies.py; the rest of the relations as listed here).
It does not: run or read any extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository root

from tests.gold.tools.heldout import E, N, O, R, read_body  # noqa: E402,F401
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
    wy,
    yi,
)

HERE = Path(__file__).resolve().parent.parent
ZONES = [CB, FZ, PZ]
ESTABLISHES = "kgo:establishes"
INBATCH = "kgo:inBatch"
BATCH = "Batch"
PERSON = "Person"


def claim(kind: str, about: str, value, zone_type: str = "kgo:CrossBorderEcommerceZone") -> dict:
    """One claim record (SCOPE.md "Claims")."""
    return {"kind": "kgo:" + kind, "about": about, "value": value, "zone_type": zone_type}


# ---------------------------------------------------------------- ht01 national trade 1—2月 2024
JF24 = "2024-01-01/2024-02-29"
ht01 = {
    "editor": "王永生",
    "entities": [
        E("中新经纬", ORG, None, True),
        E("海关总署", ORG, "org:gacc"),
        E("海关总署统计分析司", ORG, "body:海关总署统计分析司"),
        E("东盟", ORG, "org:asean", True),
        E("中国", CO, CHN),
        E("欧盟", ORG, "org:eu", True),
        E("美国", CO, "country:USA"),
        E("韩国", CO, "country:KOR"),
        E("日本", CO, "country:JPN"),
        E("一带一路", L, "doc:bri", True),
        E("宁波港", ORG, None, True),  # stock link (company)
        E("中远海控", ORG, None, True),
        E("江苏省", P, "place:320000"),
        E("苏州市", PF, "place:320500"),
        E("太仓市", C, "place:320585"),
    ],
    "must_not": [
        IN("宁波港、中远", "宁波", "stock link 宁波港 (a company)", PLACE),
        IN("其中卫星", "中卫", "其中 + 卫星: false substring 中卫", PLACE),
        IN("港口航运股", "港口", "港口 (ports), not 港口区", PLACE),
    ],
    "relations": [R("body:海关总署统计分析司", SUB, "org:gacc")],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("6.61"), "CNY", JF24),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "8.7", "P1", JF24),
        O(CHN, "exportValue", "Level", wy("3.75"), "CNY", JF24),
        O(CHN, "exportValue", "YearOnYearGrowth", "10.3", "P1", JF24),
        O(CHN, "importValue", "Level", wy("2.86"), "CNY", JF24),
        O(CHN, "importValue", "YearOnYearGrowth", "6.7", "P1", JF24),
        O(CHN, "foreignTradeValue", "Level", yi("9308.6"), "USD", JF24),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "5.5", "P1", JF24),
        O(CHN, "foreignTradeValue", "Level", wy("1.04"), "CNY", JF24, "org:asean"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "8.3", "P1", JF24, "org:asean"),
        O(CHN, "foreignTradeValue", "Share", "15.7", "P1", JF24, "org:asean"),
        O(CHN, "foreignTradeValue", "Level", yi("8046.2"), "CNY", JF24, "org:eu"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "-1.4", "P1", JF24, "org:eu"),
        O(CHN, "foreignTradeValue", "Level", yi("6558.3"), "CNY", JF24, "country:USA"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "4.3", "P1", JF24, "country:USA"),
        O(CHN, "foreignTradeValue", "Level", yi("3689.8"), "CNY", JF24, "country:KOR"),
        O(CHN, "foreignTradeValue", "Level", yi("3310.1"), "CNY", JF24, "country:JPN"),
        O(CHN, "foreignTradeValue", "Level", wy("3.11"), "CNY", JF24, "doc:bri"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "10.2", "P1", JF24, "doc:bri"),
        O(CHN, "foreignTradeValue", "Share", "47", "P1", JF24, "doc:bri"),
        O(CHN, "exportValue", "Level", wy("2.2"), "CNY", JF24, None, "机电产品"),
        O(CHN, "exportValue", "YearOnYearGrowth", "11.1", "P1", JF24, None, "机电产品"),
        O(CHN, "exportValue", "Share", "59.2", "P1", JF24, None, "机电产品"),
        O(CHN, "foreignTradeValue", "Level", wy("3.59"), "CNY", JF24, None, "民营企业"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "13", "P1", JF24, None, "民营企业"),
        O(CHN, "foreignTradeValue", "Share", "54.3", "P1", JF24, None, "民营企业"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ht02 中国（新疆）自由贸易试验区
XJ = "place:650000"
XJPLAN = "doc:guofa-2023-17"
XJFTZ = "zone:ftz-650000"
Q3_23 = "2023-01-01/2023-09-30"
ht02 = {
    "editor": "李铁民",
    "entities": [
        E("国务院", ORG, "org:state-council"),
        E("《中国（新疆）自由贸易试验区总体方案》", L, XJPLAN),
        E("中国（新疆）自由贸易试验区", FZ, XJFTZ),  # inside the title: optional
        E("新疆", P, XJ),  # inside the title optional, inside zone/body names dropped
        E("新华社", ORG, "org:xinhua", True),
        E("北京", P, "place:110000", True),  # dateline
        E("国发〔2023〕17号", L, XJPLAN),
        E("《总体方案》", L, XJPLAN, True),  # back-references
        E("新疆自贸试验区", FZ, XJFTZ),
        E("自贸试验区", FZ, None, True),  # the programme
        E("乌鲁木齐片区", FZ, None, True),  # areas of the FTZ: whole span optional
        E("喀什片区", FZ, None, True),
        E("霍尔果斯片区", FZ, None, True),
        E("新疆生产建设兵团", ORG, None, True),  # see README: type left open
        E("中哈霍尔果斯国际边境合作中心", PZ, None, True),  # no IRI rule for its kind
        E("伊犁哈萨克自治州", PF, "place:654000"),
        E("霍尔果斯市", C, "place:654004"),
        E("商务部自由贸易试验区港建设协调司", ORG, "body:商务部自由贸易试验区港建设协调司"),
        E("乌鲁木齐海关", ORG, "body:乌鲁木齐海关"),
        E("新疆维吾尔自治区人民政府", ORG, "org:gov-650000"),
        E("天山股份", ORG, None, True),  # stock link
        E("广汇能源", ORG, None, True),
    ],
    "must_not": [
        IN("天山股份", "天山", "stock link 天山股份 (a company)", PLACE),
        IN("将会同有关", "会同", "会同 = together with (not 会同县)", PLACE),
    ],
    "relations": [
        R(XJPLAN, PASSED, "org:state-council"),
        R(XJPLAN, ESTABLISHES, XJFTZ),
        R("body:商务部自由贸易试验区港建设协调司", SUB, "org:mofcom"),
        R("body:乌鲁木齐海关", AREA, "place:650100"),
    ],
    "observations": [
        O(XJ, "foreignTradeValue", "Level", yi("2579.2"), "CNY", Q3_23),
        O(XJ, "foreignTradeValue", "YearOnYearGrowth", "47.6", "P1", Q3_23),
        O(XJ, "exportValue", "Level", yi("2193.5"), "CNY", Q3_23),
        O(XJ, "exportValue", "YearOnYearGrowth", "50.8", "P1", Q3_23),
    ],
    "optional_observations": [],
    "claims": [claim("ZonesNationwide", CHN, 22, "kgo:FreeTradeZone")],
}

# ---------------------------------------------------------------- ht03 广东 前三季度 2021
GD = "place:440000"
Q3_21 = "2021-01-01/2021-09-30"
ht03 = {
    "editor": "何俊熹",
    "entities": [
        E("广州日报", ORG, None, True),  # newspaper
        E("广东省统计局", ORG, "body:广东省统计局"),
        E("国家统计局", ORG, "org:nbs"),
        E("广东", P, GD),
        E("深圳", PF, "place:440300"),
        E("广州", PF, "place:440100"),
        E("广州市", PF, "place:440100"),
        E("佛山", PF, "place:440600"),
        E("天河区", C, "place:440106"),
        E("国家统计局广东调查总队", ORG, "body:国家统计局广东调查总队"),
        E("东莞", PF, "place:441900"),
        E("惠州", PF, "place:441300"),
        E("广州酒家", ORG, None, True),  # stock link
        E("美的集团", ORG, None, True),
    ],
    "must_not": [
        IN("广州日报", "广州", "newspaper 广州日报", PLACE),
        IN("广州酒家", "广州", "stock link 广州酒家 (a company)", PLACE),
        IN("珠江新城", "新城", "珠江新城 (a business district), not 新城区", PLACE),
    ],
    "relations": [
        R("body:广东省统计局", AREA, GD),
        R("body:国家统计局广东调查总队", SUB, "org:nbs"),
        R("body:国家统计局广东调查总队", AREA, GD),
    ],
    "observations": [
        O(GD, "gdp", "Level", yi("88010.46"), "CNY", Q3_21),
        O(GD, "gdp", "YearOnYearGrowth", "9.7", "P1", Q3_21),
        O(GD, "gdp", "TwoYearAverageGrowth", "5.5", "P1", Q3_21),
        O(GD, "gdp", "Level", yi("3417.90"), "CNY", Q3_21, None, "第一产业"),
        O(GD, "gdp", "YearOnYearGrowth", "8.4", "P1", Q3_21, None, "第一产业"),
        O(GD, "gdp", "Level", yi("35206.76"), "CNY", Q3_21, None, "第二产业"),
        O(GD, "gdp", "YearOnYearGrowth", "10.8", "P1", Q3_21, None, "第二产业"),
        O(GD, "gdp", "Level", yi("49385.80"), "CNY", Q3_21, None, "第三产业"),
        O(GD, "gdp", "YearOnYearGrowth", "9.0", "P1", Q3_21, None, "第三产业"),
        O(GD, "industrialValueAdded", "YearOnYearGrowth", "12.5", "P1", Q3_21),
        O(GD, "industrialValueAdded", "TwoYearAverageGrowth", "5.9", "P1", Q3_21),
        O(GD, "retailSalesValue", "Level", yi("32353.68"), "CNY", Q3_21),
        O(GD, "retailSalesValue", "YearOnYearGrowth", "12.6", "P1", Q3_21),
        O(GD, "fixedAssetInvestment", "YearOnYearGrowth", "11.4", "P1", Q3_21),
        O(GD, "fixedAssetInvestment", "TwoYearAverageGrowth", "7.9", "P1", Q3_21),
        O(GD, "foreignTradeValue", "Level", wy("5.82"), "CNY", Q3_21),
        O(GD, "foreignTradeValue", "YearOnYearGrowth", "18.6", "P1", Q3_21),
        O(GD, "exportValue", "Level", wy("3.47"), "CNY", Q3_21),
        O(GD, "exportValue", "YearOnYearGrowth", "19.5", "P1", Q3_21),
        O("place:440300", "gdp", "Level", yi("22312.82"), "CNY", Q3_21),
        O("place:440300", "gdp", "YearOnYearGrowth", "8.4", "P1", Q3_21),
        O("place:440100", "gdp", "Level", yi("20288.53"), "CNY", Q3_21),
        O("place:440100", "gdp", "YearOnYearGrowth", "9.9", "P1", Q3_21),
        O("place:440600", "gdp", "Level", yi("8565.37"), "CNY", Q3_21),
        O("place:440600", "gdp", "YearOnYearGrowth", "10.2", "P1", Q3_21),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ht04 山东 and RCEP, 1—11月 2022
SD = "place:370000"
N22 = "2022-01-01/2022-11-30"
KFTA = "title:中国—韩国自由贸易协定"
ht04 = {
    "editor": "赵媛",
    "entities": [
        E("大众日报", ORG, None, True),  # newspaper
        E("青岛海关", ORG, "body:青岛海关"),
        E("山东省", P, SD),
        E("山东", P, SD),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("RCEP", L, "doc:rcep"),
        E("日本", CO, "country:JPN"),
        E("韩国", CO, "country:KOR"),
        E("东盟", ORG, "org:asean", True),
        E("青岛", PF, "place:370200"),
        E("胶州", C, "place:370281"),
        E("寿光", C, "place:370783"),
        E("寿光市", C, "place:370783"),
        E("潍坊市", PF, "place:370700"),
        E("烟台", PF, "place:370600"),
        E("烟台海关", ORG, "body:烟台海关"),
        E("越南", CO, "country:VNM"),
        E("泰国", CO, "country:THA"),
        E("马来西亚", CO, "country:MYS"),
        E("青岛市", PF, "place:370200"),
        E("黄岛区", C, "place:370211"),
        E("山东省商务厅", ORG, "org:commerce-370000"),
        E("中韩自贸协定", L, KFTA),
        E("中国（山东）自由贸易试验区", FZ, "zone:ftz-370000"),
        E("青岛片区", FZ, None, True),  # areas of the FTZ
        E("烟台片区", FZ, None, True),
        E("青岛港", ORG, None, True),  # stock link
        E("双塔食品", ORG, None, True),
    ],
    "must_not": [
        IN("全球最大的自贸区", "自贸区", "RCEP is an FTA, not a pilot zone", ZONES),
        IN("青岛港、双塔", "青岛", "stock link 青岛港 (a company)", PLACE),
    ],
    "relations": [
        R("body:青岛海关", AREA, "place:370200"),
        R("body:烟台海关", AREA, "place:370600"),
    ],
    "observations": [
        O(SD, "foreignTradeValue", "Level", yi("9752.6"), "CNY", N22, "doc:rcep"),
        O(SD, "foreignTradeValue", "YearOnYearGrowth", "9.3", "P1", N22, "doc:rcep"),
        O(SD, "foreignTradeValue", "Share", "32.3", "P1", N22, "doc:rcep"),
        O(SD, "foreignTradeValue", "Level", yi("2163.5"), "CNY", N22, "country:JPN"),
        O(SD, "foreignTradeValue", "Level", yi("3080.9"), "CNY", N22, "country:KOR"),
        O(SD, "foreignTradeValue", "Level", yi("4024.7"), "CNY", N22, "org:asean"),
        O(SD, "foreignTradeValue", "YearOnYearGrowth", "21.6", "P1", N22, "org:asean"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ht05 深圳 2023 trade
SZ = "place:440300"
Y23, D23 = Y(2023), "2023-12-01/2023-12-31"
ht05 = {
    "editor": "陈雪",
    "entities": [
        E("深圳", PF, SZ),
        E("深圳市", PF, SZ),
        E("深圳商报", ORG, None, True),  # newspaper
        E("深圳海关", ORG, "body:深圳海关"),
        E("东盟", ORG, "org:asean", True),
        E("中国香港", P, "place:810000"),
        E("欧盟", ORG, "org:eu", True),
        E("美国", CO, "country:USA"),
        E("龙岗区", C, "place:440307"),
        E("宝安区", C, "place:440306"),
        E("南山区", C, "place:440305"),
        E("福田区", C, "place:440304"),
        E("深圳市商务局", ORG, "body:深圳市商务局"),
        E("深圳机场", ORG, None, True),  # stock link
        E("顺丰控股", ORG, None, True),
    ],
    "must_not": [
        IN("深圳商报", "深圳", "newspaper 深圳商报", PLACE),
        IN("加上海运", "上海", "加上 + 海运: false substring 上海", PLACE),
        IN("深圳机场", "深圳", "stock link 深圳机场 (a company)", PLACE),
    ],
    "relations": [
        R("body:深圳海关", AREA, SZ),
        R("body:深圳市商务局", AREA, SZ),
    ],
    "observations": [
        O(SZ, "foreignTradeValue", "Level", wy("3.87"), "CNY", Y23),
        O(SZ, "foreignTradeValue", "YearOnYearGrowth", "5.9", "P1", Y23),
        O(SZ, "exportValue", "Level", wy("2.45"), "CNY", Y23),
        O(SZ, "exportValue", "YearOnYearGrowth", "12.5", "P1", Y23),
        O(SZ, "importValue", "Level", wy("1.42"), "CNY", Y23),
        O(SZ, "importValue", "YearOnYearGrowth", "-4.1", "P1", Y23),
        O(SZ, "foreignTradeValue", "Level", yi("3768.2"), "CNY", D23),
        O(SZ, "foreignTradeValue", "YearOnYearGrowth", "9.4", "P1", D23),
        O(SZ, "exportValue", "Level", wy("1.67"), "CNY", Y23, None, "机电产品"),
        O(SZ, "exportValue", "YearOnYearGrowth", "7.6", "P1", Y23, None, "机电产品"),
        O(SZ, "exportValue", "Share", "68.2", "P1", Y23, None, "机电产品"),
        O(SZ, "foreignTradeValue", "Level", yi("6195.6"), "CNY", Y23, "org:asean"),
        O(SZ, "foreignTradeValue", "Level", yi("5763.5"), "CNY", Y23, "place:810000"),
        O(SZ, "foreignTradeValue", "Level", yi("4317.2"), "CNY", Y23, "org:eu"),
        O(SZ, "foreignTradeValue", "Level", yi("3832.7"), "CNY", Y23, "country:USA"),
        O(SZ, "foreignTradeValue", "YearOnYearGrowth", "14.2", "P1", Y23, "org:asean"),
        O("place:440307", "foreignTradeValue", "Level", yi("8312.6"), "CNY", Y23),
        O("place:440306", "foreignTradeValue", "Level", yi("6044.9"), "CNY", Y23),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ht06 义乌 1—8月 2023
YW = "place:330782"
A23, M8 = "2023-01-01/2023-08-31", "2023-08-01/2023-08-31"
ht06 = {
    "editor": "张卫",
    "entities": [
        E("金华日报", ORG, None, True),  # newspaper
        E("金华海关", ORG, "body:金华海关"),
        E("义乌市", C, YW),
        E("义乌", C, YW, False, [2, 3, 4, 5]),  # not in 义乌国际商贸城
        E("金华市", PF, "place:330700"),
        E("浙江省", P, "place:330000"),
        E("一带一路", L, "doc:bri", True),
        E("美国", CO, "country:USA"),
        E("俄罗斯", CO, "country:RUS"),
        E("义乌市商务局", ORG, "body:义乌市商务局"),
        E("第三批跨境电子商务综合试验区", BATCH, "batch:cbec-3", True),
        E("中国（义乌）跨境电子商务综合试验区", CB, "zone:cbec-330782"),
        E("义乌海关", ORG, "body:义乌海关"),
        E("小商品城", ORG, None, True),  # stock links
        E("东阳光", ORG, None, True),
    ],
    "must_not": [
        IN("金华日报", "金华", "newspaper 金华日报", PLACE),
        IN("东阳光", "东阳", "stock link 东阳光 (a company), not 东阳市", PLACE),
        IN("义乌国际商贸城", "义乌", "a market's name (softer)", PLACE),
    ],
    "relations": [
        R("body:金华海关", AREA, "place:330700"),
        R("body:义乌市商务局", AREA, YW),
        R("body:义乌海关", AREA, YW),
        R("zone:cbec-330782", INBATCH, "batch:cbec-3"),
    ],
    "observations": [
        O(YW, "foreignTradeValue", "Level", yi("3626.7"), "CNY", A23),
        O(YW, "foreignTradeValue", "YearOnYearGrowth", "21.9", "P1", A23),
        O(YW, "foreignTradeValue", "Share", "72.1", "P1", A23),
        O(YW, "foreignTradeValue", "Share", "11.9", "P1", A23),
        O(YW, "exportValue", "Level", yi("3216.4"), "CNY", A23),
        O(YW, "exportValue", "YearOnYearGrowth", "19.8", "P1", A23),
        O(YW, "importValue", "Level", yi("410.3"), "CNY", A23),
        O(YW, "importValue", "YearOnYearGrowth", "41.2", "P1", A23),
        O(YW, "foreignTradeValue", "Level", yi("475.8"), "CNY", M8),
        O(YW, "foreignTradeValue", "YearOnYearGrowth", "18.5", "P1", M8),
        O(YW, "foreignTradeValue", "Level", yi("1989.5"), "CNY", A23, "doc:bri"),
        O(YW, "foreignTradeValue", "YearOnYearGrowth", "27.3", "P1", A23, "doc:bri"),
        O(YW, "foreignTradeValue", "Share", "54.9", "P1", A23, "doc:bri"),
        O(YW, "foreignTradeValue", "YearOnYearGrowth", "6.8", "P1", A23, "country:USA"),
        O(YW, "foreignTradeValue", "YearOnYearGrowth", "52.7", "P1", A23, "country:RUS"),
        O(YW, "exportValue", "Level", yi("2843.7"), "CNY", A23, None, "市场采购贸易方式"),
        O(YW, "exportValue", "YearOnYearGrowth", "19.6", "P1", A23, None, "市场采购贸易方式"),
        O(YW, "exportValue", "Share", "88.4", "P1", A23, None, "市场采购贸易方式"),
        O(YW, "crossBorderEcommerceTradeValue", "Level", yi("791.3"), "CNY", A23),
        O(YW, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "20.5", "P1", A23),
    ],
    # 对非洲、拉丁美洲: partners that are continents (no ref)
    "optional_observations": [
        O(YW, "foreignTradeValue", "Level", yi("548.1"), "CNY", A23, None, "非洲"),
        O(YW, "foreignTradeValue", "Level", yi("479.6"), "CNY", A23, None, "拉丁美洲"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- ht07 MOFCOM: 2022 FDI
Y22 = Y(2022)
SHU = "person:束珏婷@org:mofcom"
CAT = "title:鼓励外商投资产业目录（2022年版）"
ht07 = {
    "editor": "常青",
    "entities": [
        E("中新网", ORG, "org:chinanews", True),
        E("商务部", ORG, "org:mofcom"),
        E("束珏婷", PERSON, SHU),
        E("韩国", CO, "country:KOR"),
        E("德国", CO, "country:DEU"),
        E("英国", CO, "country:GBR"),
        E("国家发展改革委", ORG, "org:ndrc"),
        E("《鼓励外商投资产业目录（2022年版）》", L, CAT),
        E("商务部外国投资管理司", ORG, "body:商务部外国投资管理司"),
        E("《中华人民共和国外商投资法》", L, "title:中华人民共和国外商投资法"),
        E("浦东金桥", ORG, None, True),  # stock links
        E("外高桥", ORG, None, True),
        E("第五届中国国际进口博览会", ORG, None, True),  # an event
        E("上海", P, "place:310000"),
    ],
    "must_not": [
        IN("部分自由港", "自由港", "free ports abroad, not a pilot zone", ZONES),
        IN("将会同有关", "会同", "会同 = together with (not 会同县)", PLACE),
        IN("浦东金桥", "浦东", "stock link 浦东金桥 (a company)", PLACE),
        IN("展台前", "台前", "展台 + 前: false substring 台前", PLACE),
    ],
    "relations": [
        R(SHU, HOLDS, "post:org:mofcom#新闻发言人"),
        R(CAT, PASSED, "org:ndrc"),
        R(CAT, PASSED, "org:mofcom"),
        R("body:商务部外国投资管理司", SUB, "org:mofcom"),
    ],
    "observations": [
        O(CHN, "foreignInvestmentValue", "Level", yi("12326.8"), "CNY", Y22),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "6.3", "P1", Y22),
        O(CHN, "foreignInvestmentValue", "Level", yi("1891.3"), "USD", Y22),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "8", "P1", Y22),
        O(CHN, "foreignInvestmentValue", "Level", yi("3237.3"), "CNY", Y22, None, "制造业"),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "46.1", "P1", Y22, None, "制造业"),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "28.3", "P1", Y22, None, "高技术产业"),
        O(CHN, "foreignInvestmentValue", "Share", "36.1", "P1", Y22, None, "高技术产业"),
        O(
            CHN,
            "foreignInvestmentValue",
            "PercentagePointChange",
            "5.6",
            "P1",
            Y22,
            None,
            "高技术产业",
        ),
        O(
            CHN,
            "foreignInvestmentValue",
            "YearOnYearGrowth",
            "49.6",
            "P1",
            Y22,
            None,
            "高技术制造业",
        ),
        O(
            CHN,
            "foreignInvestmentValue",
            "YearOnYearGrowth",
            "19.3",
            "P1",
            Y22,
            None,
            "高技术服务业",
        ),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "64.2", "P1", Y22, "country:KOR"),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "52.9", "P1", Y22, "country:DEU"),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "40.7", "P1", Y22, "country:GBR"),
    ],
    # 东部、中部、西部地区: regions, not places
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ht08 国办发〔2015〕46号
GBF = "doc:guobanfa-2015-46"
LKQ = "person:李克强@org:state-council"
ht08 = {
    "editor": "谢梦",
    "entities": [
        E("国办", ORG, "org:state-council-general-office", False, [1]),  # 国办发文 in 原标题
        E("新华社", ORG, "org:xinhua", True),
        E("北京", P, "place:110000", True),  # dateline
        E("国务院", ORG, "org:state-council"),
        E("国务院办公厅", ORG, "org:state-council-general-office"),
        E("《关于促进跨境电子商务健康快速发展的指导意见》", L, GBF),
        E("国办发〔2015〕46号", L, GBF),
        E("《指导意见》", L, GBF, True),  # back-references
        E("李克强", PERSON, LKQ),
        E("国务院常务会议", ORG, "org:state-council-executive-meeting"),
        E("跨境电子商务综合试验区", CB, None, True),  # the programme
        E("跨境电商综试区", CB, None, True),
        E("海关总署", ORG, "org:gacc"),
        E("质检总局", ORG, "body:国家质量监督检验检疫总局"),
        E("财政部", ORG, "org:mof"),
        E("税务总局", ORG, "org:sta"),
        E("商务部", ORG, "org:mofcom"),
        E("人民银行", ORG, "org:pbc"),
        E("中国（杭州）跨境电子商务综合试验区", CB, "zone:cbec-330100"),
        E("上海", P, "place:310000"),
        E("重庆", P, "place:500000"),
        E("杭州", PF, "place:330100"),
        E("杭州市", PF, "place:330100"),
        E("宁波", PF, "place:330200"),
        E("郑州", PF, "place:410100"),
        E("广州", PF, "place:440100"),
        E("下城区", C, "place:330103"),  # abolished 2021 (merged into 拱墅区)
        E("苏宁云商", ORG, None, True),  # stock links
        E("上海钢联", ORG, None, True),
    ],
    "must_not": [IN("上海钢联", "上海", "stock link 上海钢联 (a company)", PLACE)],
    "relations": [
        R(GBF, PASSED, "org:state-council-general-office"),
        R(LKQ, HOLDS, "post:org:state-council#总理"),
    ],
    "observations": [
        O(CHN, "crossBorderEcommerceTradeValue", "Level", wy("3.75"), "CNY", Y(2014)),
        O(CHN, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "38.3", "P1", Y(2014)),
    ],
    "optional_observations": [],
    "claims": [claim("FirstZone", "place:330100", 2015)],
}

# ---------------------------------------------------------------- ht09 江苏: 13 of 13 prefectures
JS = "place:320000"
GH8 = "doc:guohan-2022-8"
YZ, ZJ, TZ = "zone:cbec-321000", "zone:cbec-321100", "zone:cbec-321200"
ht09 = {
    "editor": "孙洁",
    "entities": [
        E("新华日报", ORG, None, True),  # newspaper
        E("国务院", ORG, "org:state-council"),
        E("《关于同意在鄂尔多斯等27个城市和地区设立跨境电子商务综合试验区的批复》", L, GH8),
        E("鄂尔多斯", PF, "place:150600"),  # only inside the title: optional
        E("跨境电子商务综合试验区", CB, None, True),  # the programme (also inside the title)
        E("国函〔2022〕8号", L, GH8),
        E("批复", L, GH8, True, [2]),  # 根据批复: back-reference
        E("江苏", P, JS),
        E("江苏省", P, JS),
        E("扬州", PF, "place:321000"),
        E("镇江", PF, "place:321100"),
        E("泰州", PF, "place:321200"),
        E("泰州市", PF, "place:321200"),
        E("第六批跨境电子商务综合试验区", BATCH, "batch:cbec-6", True),
        E("跨境电商综试区", CB, None, True),
        E("中国（扬州）跨境电子商务综合试验区", CB, YZ),
        E("镇江综试区", CB, ZJ),
        E("泰州综试区", CB, TZ),
        E("前五批综试区", BATCH, None, True),
        E("综试区", CB, None, True),  # 江苏首个综试区: the programme
        E("中国（苏州）跨境电子商务综合试验区", CB, "zone:cbec-320500"),
        E("南京", PF, "place:320100"),
        E("无锡", PF, "place:320200"),
        E("徐州", PF, "place:320300"),
        E("南通", PF, "place:320600"),
        E("常州", PF, "place:320400"),
        E("连云港", PF, "place:320700"),
        E("淮安", PF, "place:320800"),
        E("盐城", PF, "place:320900"),
        E("宿迁", PF, "place:321300"),
        E("江苏省商务厅", ORG, "org:commerce-320000"),
        E("扬州市商务局", ORG, "body:扬州市商务局"),
        E("扬州综合保税区", PZ, "zone:bonded-321000"),
        E("海陵区", C, "place:321202"),
        E("江苏国信", ORG, None, True),  # stock links
        E("江苏国泰", ORG, None, True),
    ],
    "must_not": [
        IN("江苏国信", "江苏", "stock link 江苏国信 (a company)", PLACE),
        IN("江苏国泰", "江苏", "stock link 江苏国泰 (a company)", PLACE),
    ],
    "relations": [
        R(GH8, PASSED, "org:state-council"),
        R(GH8, ESTABLISHES, YZ),
        R(GH8, ESTABLISHES, ZJ),
        R(GH8, ESTABLISHES, TZ),
        R(YZ, INBATCH, "batch:cbec-6"),
        R(ZJ, INBATCH, "batch:cbec-6"),
        R(TZ, INBATCH, "batch:cbec-6"),
        R("body:扬州市商务局", AREA, "place:321000"),
    ],
    "observations": [
        O(JS, "crossBorderEcommerceTradeValue", "Level", yi("1024.6"), "CNY", Y(2021)),
        O(JS, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "40.2", "P1", Y(2021)),
        O(JS, "crossBorderEcommerceTradeValue", "Level", yi("2000"), "CNY", Y(2025), target=True),
    ],
    "optional_observations": [],
    "claims": [
        claim("ZonesNationwide", CHN, 132),
        claim("ZonesInPlace", JS, 13),
        claim("ProvinceCoverage", JS, None),
        claim("FirstZone", "place:320500", 2016),
    ],
}

# ---------------------------------------------------------------- ht10 off-topic: 泸定 earthquake
ht10 = {
    "editor": "宋瑜",
    "entities": [
        E("中国地震台网", ORG, None, True),  # an institution
        E("四川", P, "place:510000"),
        E("甘孜州", PF, "place:513300"),
        E("泸定县", C, "place:513322", False, [1, 3]),
        E("泸定县", C, "place:513322", True, [2]),  # 泸定县城, the county seat
        E("康定市", C, "place:513301"),
        E("雅安市", PF, "place:511800"),
        E("应急管理部", ORG, "org:mem"),
        E("中国地震局", ORG, "body:中国地震局"),
        E("四川省应急管理厅", ORG, "body:四川省应急管理厅"),
        E("成都", PF, "place:510100"),
        E("重庆", P, "place:500000"),
        E("西安", PF, "place:610100"),
        E("石棉县", C, "place:511824"),
        E("甘孜藏族自治州", PF, "place:513300"),
        E("四川路桥", ORG, None, True),  # stock link
    ],
    "must_not": [IN("四川路桥", "四川", "stock link 四川路桥 (a company)", PLACE)],
    "relations": [R("body:四川省应急管理厅", AREA, "place:510000")],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ht11 off-topic: 中超 match
TEAM = "a team name (softer)"
ht11 = {
    "editor": "胡昊",
    "entities": [
        E("新浪体育", ORG, None, True),
        E("中超联赛", ORG, None, True),  # the league (an event)
        E("巴西", CO, "country:BRA"),
        E("奥斯卡", PERSON, None, True),
        E("成都", PF, "place:510100", False, [2, 4]),  # not in the team names
        E("上海", P, "place:310000", False, [3, 5]),
        E("澳大利亚", CO, "country:AUS"),
        E("凯文·马斯卡特", PERSON, None, True),
        E("上海市体育局", ORG, "body:上海市体育局"),
        E("东方明珠", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("北京时间", "北京", "北京时间 (time zone)", PLACE),
        IN("上海浦东足球场", "上海", "a stadium's name (softer)", PLACE),
        IN("上海浦东足球场", "浦东", "a stadium's name (softer)", PLACE),
        IN("上海海港队", "上海", TEAM, PLACE),
        IN("上海海港队", "海港", TEAM + "; 海港 is also 海港区", PLACE),
        IN("成都蓉城队", "成都", TEAM, PLACE),
        IN("海港队主教练", "海港", TEAM + "; 海港 is also 海港区", PLACE),
        IN("山东泰山队", "山东", TEAM, PLACE),
        IN("山东泰山队", "泰山", TEAM + "; 泰山 is also 泰山区", PLACE),
        IN("北京国安队", "北京", TEAM, PLACE),
        IN("东方明珠", "东方", "stock link 东方明珠 (a company), not 东方市", PLACE),
    ],
    "relations": [R("body:上海市体育局", AREA, "place:310000")],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ht12 off-topic: 小米14 launch
ht12 = {
    "editor": "刘丹",
    "entities": [
        E("小米", ORG, None, True, [1]),  # the company
        E("小米集团", ORG, None, True),
        E("北京", P, "place:110000"),
        E("北京市", P, "place:110000"),
        E("雷军", PERSON, None, True),
        E("京东方A", ORG, None, True),  # stock link
        E("昌平区", C, "place:110114"),
        E("小米智能工厂", ORG, None, True),
        E("工业和信息化部", ORG, "org:miit"),
        E("海淀区", C, "place:110108"),
        E("印度", CO, "country:IND"),
        E("印度尼西亚", CO, "country:IDN"),
        E("领益智造", ORG, None, True),
        E("韦尔股份", ORG, None, True),
    ],
    "must_not": [IN("京东方A", "东方", "stock link 京东方A (a company), not 东方市", PLACE)],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "ht01": ht01,
    "ht02": ht02,
    "ht03": ht03,
    "ht04": ht04,
    "ht05": ht05,
    "ht06": ht06,
    "ht07": ht07,
    "ht08": ht08,
    "ht09": ht09,
    "ht10": ht10,
    "ht11": ht11,
    "ht12": ht12,
}


def main() -> None:
    """Write htNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
        spec["must_not"] = resolve_in(body, spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
