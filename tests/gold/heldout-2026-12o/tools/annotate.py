"""Write the gold files of heldout-2026-12o from the annotator's span lists.

Input: articles/hoNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: hoNN.json (one entity per occurrence; ``"captions": true``; containment relations
from the must-find places with ../../tools/containment.py; areaServed of reference-table
bodies with ../../tools/table_bodies.py; the rest of the relations as listed here).
It does not: run or read any extractor.
"""

from __future__ import annotations

import sys
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
    wy,
    yi,
)

HERE = Path(__file__).resolve().parent.parent


ZONE_KINDS = [CB, FZ, PZ]


def M(year: int, first: int, last: int) -> str:  # noqa: N802
    """Months ``first``–``last`` of ``year`` as an ISO interval."""
    days = [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return f"{year}-{first:02d}-01/{year}-{last:02d}-{days[last - 1]}"


# ---------------------------------------------------------------- ho01 national trade 1—8月 2021
GACC = "org:gacc"
STATS = "body:海关总署统计分析司"
LKW = "person:李魁文@org:gacc"
P8, A8 = M(2021, 1, 8), M(2021, 8, 8)
ho01 = {
    "editor": "赵思远",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("北京", P, "place:110000", True),  # dateline
        E("邹多为", "Person", "person:邹多为@reporter", True),
        E("海关总署", ORG, GACC),
        E("东盟", ORG, "org:asean", True),
        E("欧盟", ORG, "org:eu", True),
        E("美国", CO, "country:USA"),
        E("日本", CO, "country:JPN"),
        E("韩国", CO, "country:KOR"),
        E("统计分析司", ORG, STATS),
        E("李魁文", "Person", LKW),
        E("一带一路", L, "doc:bri", True),
        E("中远海控", ORG, None, True),
        E("宁波港", ORG, None, True),  # stock link
        E("江苏省", P, "place:320000"),  # caption
        E("苏州市", PF, "place:320500"),
        E("太仓市", C, "place:320585"),
        E("季春鹏", "Person", None, True),
    ],
    "must_not": [
        IN("宁波港", "宁波", "stock link 宁波港 (a company)", PLACE),
        IN("航运港口股", "港口", "港口 (防城港港口区) in 航运港口股", PLACE),
    ],
    "relations": [
        R(STATS, SUB, GACC),
        R(LKW, HOLDS, "post:org:gacc#新闻发言人"),
        R(LKW, HOLDS, f"post:{STATS}#司长"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("24.78"), "CNY", P8),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "23.7", "P1", P8),
        O(CHN, "exportValue", "Level", wy("13.58"), "CNY", P8),
        O(CHN, "exportValue", "YearOnYearGrowth", "23.2", "P1", P8),
        O(CHN, "importValue", "Level", wy("11.2"), "CNY", P8),
        O(CHN, "importValue", "YearOnYearGrowth", "24.4", "P1", P8),
        O(CHN, "foreignTradeValue", "Level", wy("3.43"), "CNY", A8),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "18.9", "P1", A8),
        O(CHN, "exportValue", "Level", wy("1.9"), "CNY", A8),
        O(CHN, "exportValue", "YearOnYearGrowth", "15.7", "P1", A8),
        O(CHN, "importValue", "Level", wy("1.53"), "CNY", A8),
        O(CHN, "importValue", "YearOnYearGrowth", "23.1", "P1", A8),
        O(CHN, "foreignTradeValue", "Level", wy("3.5"), "CNY", P8, "org:asean"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "21.8", "P1", P8, "org:asean"),
        O(CHN, "foreignTradeValue", "Share", "14.5", "P1", P8, "org:asean"),
        O(CHN, "foreignTradeValue", "Level", wy("3.43"), "CNY", P8, "org:eu"),
        O(CHN, "foreignTradeValue", "Level", wy("3.02"), "CNY", P8, "country:USA"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "20.6", "P1", P8, "org:eu"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "24.6", "P1", P8, "country:USA"),
        O(CHN, "foreignTradeValue", "Level", wy("1.55"), "CNY", P8, "country:JPN"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "11.2", "P1", P8, "country:JPN"),
        O(CHN, "foreignTradeValue", "Level", wy("1.48"), "CNY", P8, "country:KOR"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "18.4", "P1", P8, "country:KOR"),
        O(CHN, "foreignTradeValue", "Level", wy("11.83"), "CNY", P8, None, "民营企业"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "29.1", "P1", P8, None, "民营企业"),
        O(CHN, "foreignTradeValue", "Share", "47.7", "P1", P8, None, "民营企业"),
        O(CHN, "foreignTradeValue", "PercentagePointChange", "2.2", "P1", P8, None, "民营企业"),
        O(CHN, "foreignTradeValue", "Level", wy("7.23"), "CNY", P8, "doc:bri"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "23.9", "P1", P8, "doc:bri"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ho02 国办发〔2021〕24号
GB24 = "doc:guobanfa-2021-24"
LXQ = "person:李兴乾@org:mofcom-foreign-trade-dept"
ho02 = {
    "editor": "高雅",
    "entities": [
        E("中国政府网", ORG, "org:gov-cn", True),
        E("国务院办公厅", ORG, "org:state-council-general-office"),
        E("《国务院办公厅关于加快发展外贸新业态新模式的意见》", L, GB24),
        E("国办发〔2021〕24号", L, GB24),
        E("国务院常务会议", ORG, "org:state-council-executive-meeting"),
        E("《意见》", L, GB24, True),  # back-reference
        E("商务部对外贸易司", ORG, "org:mofcom-foreign-trade-dept"),
        E("李兴乾", "Person", LXQ),
        E("国务院新闻办公室", ORG, "body:国务院新闻办公室"),
        E("国务院政策例行吹风会", ORG, None, True),  # event
        E("跨境电子商务综合试验区", CB, None, True),  # zone type
        E("浙江省", P, "place:330000"),  # caption
        E("金华市", PF, "place:330700"),
        E("义乌市", C, "place:330782"),
        E("商务部", ORG, "org:mofcom"),
        E("海关总署", ORG, "org:gacc"),
        E("国家外汇管理局", ORG, "org:safe"),
        E("跨境电商综试区", CB, None, True),  # zone type
    ],
    "must_not": [
        IN("加上海外仓", "上海", "加上海外仓: 上海 across a word boundary", PLACE),
        IN("将会同", "会同", "the verb 会同, not 会同县", PLACE),
        IN("机制和政策", "和政", "和政 (和政县) across a word boundary", PLACE),
    ],
    "relations": [
        R(GB24, PASSED, "org:state-council-general-office"),
        R(LXQ, HOLDS, "post:org:mofcom-foreign-trade-dept#司长"),
    ],
    "observations": [
        O(CHN, "crossBorderEcommerceTradeValue", "Level", wy("1.69"), "CNY", Y(2020)),
        O(CHN, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "31.1", "P1", Y(2020)),
    ],
    "optional_observations": [
        O(CHN, "exportValue", "Level", yi("7045"), "CNY", Y(2020), None, "市场采购贸易方式"),
        O(CHN, "exportValue", "YearOnYearGrowth", "25.2", "P1", Y(2020), None, "市场采购贸易方式"),
    ],
    "claims": [
        {
            "kind": "kgo:ZonesNationwide",
            "about": CHN,
            "value": 105,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        }
    ],
}

# ---------------------------------------------------------------- ho03 绍兴 CBEC plan
SX = "place:330600"
ZSX = "zone:cbec-330600"
PLAN3 = "title:中国（绍兴）跨境电子商务综合试验区实施方案"
GH137 = "doc:guohan-2019-137"
SXGOV = "body:绍兴市人民政府"
SXCOM = "body:绍兴市商务局"
ho03 = {
    "editor": "陈曦",
    "entities": [
        E("绍兴日报", ORG, None, True),
        E("绍兴市商务局", ORG, SXCOM),
        E("绍兴市人民政府", ORG, SXGOV),
        E("《中国（绍兴）跨境电子商务综合试验区实施方案》", L, PLAN3),
        E("中国（绍兴）跨境电子商务综合试验区", CB, ZSX),
        E("国务院", ORG, "org:state-council"),
        E("《国务院关于同意在石家庄等24个城市设立跨境电子商务综合试验区的批复》", L, GH137),
        E("国函〔2019〕137号", L, GH137),
        E("石家庄", PF, "place:130100"),  # inside the title only: optional
        E("绍兴", PF, SX),
        E("绍兴市", PF, SX),
        E("第四批", "Batch", "batch:cbec-4", True),
        E("越城区", C, "place:330602"),
        E("柯桥区", C, "place:330603"),
        E("上虞区", C, "place:330604"),
        E("诸暨市", C, "place:330681"),
        E("嵊州市", C, "place:330683"),
        E("新昌县", C, "place:330624"),
        E("柯桥", C, "place:330603"),
        E("中国轻纺城", ORG, None, True),  # a market
        E("诸暨", C, "place:330681"),  # 诸暨袜业: the place's industry
        E("嵊州", C, "place:330683"),
        E("浙江省商务厅", ORG, "org:commerce-330000"),
        E("中国（杭州）跨境电子商务综合试验区", CB, "zone:cbec-330100"),
        E("宁波", PF, "place:330200"),
        E("义乌", C, "place:330782"),
        E("温州", PF, "place:330300"),
        E("浙江", P, "place:330000"),
        E("轻纺城", ORG, None, True, [3]),  # stock link
    ],
    "must_not": [
        IN("绍兴日报", "绍兴", "newspaper 绍兴日报", PLACE),
        IN("中国轻纺城", "中国", "market name 中国轻纺城", [CO]),
    ],
    "relations": [
        R(SXGOV, AREA, SX),
        R(SXCOM, AREA, SX),
        R(PLAN3, PASSED, SXGOV),
        R(GH137, PASSED, "org:state-council"),
        R(GH137, "kgo:establishes", ZSX),
        R(ZSX, "kgo:inBatch", "batch:cbec-4"),
    ],
    "observations": [
        O(SX, "crossBorderEcommerceTradeValue", "Level", yi("200"), "CNY", Y(2022), target=True),
        O(SX, "foreignTradeValue", "Level", yi("2426.6"), "CNY", Y(2019)),
        O(SX, "foreignTradeValue", "YearOnYearGrowth", "6.3", "P1", Y(2019)),
        O(SX, "exportValue", "Level", yi("2213.6"), "CNY", Y(2019)),
        O(SX, "exportValue", "YearOnYearGrowth", "6.9", "P1", Y(2019)),
    ],
    "optional_observations": [],
    "claims": [
        {
            "kind": "kgo:FirstZone",
            "about": "place:330100",
            "value": 2015,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
        {
            "kind": "kgo:ZonesInPlace",
            "about": "place:330000",
            "value": 5,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
        {
            "kind": "kgo:ZonesNationwide",
            "about": CHN,
            "value": 59,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
    ],
}

# ---------------------------------------------------------------- ho04 中国—新西兰 FTA upgrade
PROT = "title:中华人民共和国政府与新西兰政府关于升级〈中华人民共和国政府与新西兰政府自由贸易协定〉的议定书"
NZFTA = "title:中国—新西兰自由贸易协定"
INTL = "body:商务部国际经贸关系司"
SJT = "person:束珏婷@org:mofcom"
ho04 = {
    "editor": "孙悦",
    "entities": [
        E("中新经纬", ORG, None, True),
        E("商务部", ORG, "org:mofcom", True, [1]),  # 商务部网站, the source
        E("商务部", ORG, "org:mofcom", False, [3]),  # 商务部新闻发言人
        E(
            "《中华人民共和国政府与新西兰政府关于升级〈中华人民共和国政府与新西兰政府自由贸易协定〉的议定书》",
            L,
            PROT,
        ),
        E("中华人民共和国政府与新西兰政府自由贸易协定", L, NZFTA),  # inside the title: optional
        E("新西兰", CO, "country:NZL"),
        E("商务部国际司", ORG, INTL),
        E("中新自贸协定", L, NZFTA),
        E("升级议定书", L, PROT, True),  # back-reference
        E("中新自贸区", L, NZFTA),
        E("中国", CO, CHN),
        E("束珏婷", "Person", SJT),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("RCEP", L, "doc:rcep"),
        E("澳大利亚", CO, "country:AUS"),
        E("上海", P, "place:310000"),  # caption
        E("伊利股份", ORG, None, True),
        E("光明乳业", ORG, None, True),
    ],
    "must_not": [
        N("中新自贸区", 1, "an FTA, not a pilot zone", ZONE_KINDS),
        N("中新自贸协定", 1, "an FTA, not a pilot zone", ZONE_KINDS),
        IN("据中方统计", "中方", "中方 the Chinese side, not 中方县", PLACE),
    ],
    "relations": [
        R(INTL, SUB, "org:mofcom"),
        R(SJT, HOLDS, "post:org:mofcom#新闻发言人"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", yi("247.6"), "USD", Y(2021), "country:NZL"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "36.6", "P1", Y(2021), "country:NZL"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ho05 浙江 2021 statistics bulletin
ZJ = "place:330000"
ZJSTAT = "body:浙江省统计局"
ZJSURVEY = "body:国家统计局浙江调查总队"
P21 = Y(2021)
ho05 = {
    "editor": "周宁",
    "entities": [
        E("浙江日报", ORG, None, True),
        E("浙江省统计局", ORG, ZJSTAT),
        E("国家统计局浙江调查总队", ORG, ZJSURVEY),
        E("《2021年浙江省国民经济和社会发展统计公报》", L, None, True),  # a statistics bulletin
        E("浙江省", P, ZJ),
        E("杭州", PF, "place:330100"),
        E("宁波", PF, "place:330200"),
        E("嘉兴", PF, "place:330400"),
        E("台州", PF, "place:331000"),
        E("宁波市", PF, "place:330200"),
        E("北仑区", C, "place:330206"),
        E("宁波舟山港穿山港区", ORG, None, True),  # a port area
        E("浙江东方", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("浙江日报", "浙江", "newspaper 浙江日报", PLACE),
        IN("浙江东方", "浙江", "stock link 浙江东方 (a company)", PLACE),
    ],
    "relations": [
        R(ZJSTAT, AREA, ZJ),
        R(ZJSURVEY, AREA, ZJ),
        R(ZJSURVEY, SUB, "org:nbs"),
    ],
    "observations": [
        O(ZJ, "gdp", "Level", yi("73516"), "CNY", P21),
        O(ZJ, "gdp", "YearOnYearGrowth", "8.5", "P1", P21),
        O(ZJ, "gdp", "TwoYearAverageGrowth", "6.0", "P1", P21),
        O(ZJ, "gdp", "Level", yi("2209"), "CNY", P21, None, "第一产业"),
        O(ZJ, "gdp", "YearOnYearGrowth", "2.2", "P1", P21, None, "第一产业"),
        O(ZJ, "gdp", "Level", yi("31189"), "CNY", P21, None, "第二产业"),
        O(ZJ, "gdp", "YearOnYearGrowth", "10.2", "P1", P21, None, "第二产业"),
        O(ZJ, "gdp", "Level", yi("40118"), "CNY", P21, None, "第三产业"),
        O(ZJ, "gdp", "YearOnYearGrowth", "7.6", "P1", P21, None, "第三产业"),
        O(ZJ, "industrialValueAdded", "Level", yi("20248"), "CNY", P21),
        O(ZJ, "industrialValueAdded", "YearOnYearGrowth", "12.9", "P1", P21),
        O(ZJ, "industrialValueAdded", "TwoYearAverageGrowth", "8.6", "P1", P21),
        O(ZJ, "retailSalesValue", "Level", yi("29211"), "CNY", P21),
        O(ZJ, "retailSalesValue", "YearOnYearGrowth", "9.7", "P1", P21),
        O(ZJ, "retailSalesValue", "TwoYearAverageGrowth", "4.0", "P1", P21),
        O(ZJ, "fixedAssetInvestment", "YearOnYearGrowth", "10.8", "P1", P21),
        O(ZJ, "foreignTradeValue", "Level", yi("41429"), "CNY", P21),
        O(ZJ, "foreignTradeValue", "YearOnYearGrowth", "22.4", "P1", P21),
        O(ZJ, "exportValue", "Level", yi("30121"), "CNY", P21),
        O(ZJ, "exportValue", "YearOnYearGrowth", "19.7", "P1", P21),
        O(ZJ, "exportValue", "Share", "14.0", "P1", P21),
        O(ZJ, "importValue", "Level", yi("11308"), "CNY", P21),
        O(ZJ, "importValue", "YearOnYearGrowth", "30.3", "P1", P21),
        O("place:330100", "gdp", "Level", yi("18109"), "CNY", P21),
        O("place:330200", "gdp", "Level", yi("14595"), "CNY", P21),
        O("place:330400", "gdp", "Level", yi("6355"), "CNY", P21),
        O("place:331000", "gdp", "Level", yi("5786"), "CNY", P21),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ho06 泉州 2021 trade
QZ = "place:350500"
QZCUS = "body:泉州海关"
QZCOM = "body:泉州市商务局"
ho06 = {
    "editor": "林涛",
    "entities": [
        E("泉州", PF, QZ),
        E("泉州市", PF, QZ),
        E("东南网", ORG, None, True),
        E("泉州海关", ORG, QZCUS),
        E("晋江", C, "place:350582"),
        E("石狮", C, "place:350581"),
        E("南安", C, "place:350583"),
        E("晋江市", C, "place:350582"),
        E("石狮市", C, "place:350581"),
        E("南安市", C, "place:350583"),
        E("中国（泉州）跨境电子商务综合试验区", CB, "zone:cbec-350500"),
        E("泉州市商务局", ORG, QZCOM),
        E("石狮服装城", ORG, None, True),  # a market
        E("福建省商务厅", ORG, "org:commerce-350000"),
        E("七匹狼", ORG, None, True),
        E("兴业科技", ORG, None, True),
    ],
    "must_not": [IN("石狮服装城", "石狮", "market name 石狮服装城", PLACE)],
    "relations": [R(QZCUS, AREA, QZ), R(QZCOM, AREA, QZ)],
    "observations": [
        O(QZ, "foreignTradeValue", "Level", yi("2629.2"), "CNY", P21),
        O(QZ, "foreignTradeValue", "YearOnYearGrowth", "34.4", "P1", P21),
        O(QZ, "exportValue", "Level", yi("1892.5"), "CNY", P21),
        O(QZ, "exportValue", "YearOnYearGrowth", "30.6", "P1", P21),
        O(QZ, "importValue", "Level", yi("736.7"), "CNY", P21),
        O(QZ, "importValue", "YearOnYearGrowth", "45.1", "P1", P21),
        O("place:350582", "foreignTradeValue", "Level", yi("701.3"), "CNY", P21),
        O("place:350581", "foreignTradeValue", "Level", yi("586.9"), "CNY", P21),
        O("place:350583", "foreignTradeValue", "Level", yi("252.4"), "CNY", P21),
        O(QZ, "crossBorderEcommerceTradeValue", "Level", yi("600"), "CNY", P21),
        O(QZ, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "25", "P1", P21),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ho07 包头 CBEC zone (batch 7)
BT = "place:150200"
ZBT = "zone:cbec-150200"
GH126 = "doc:guohan-2022-126"
BTCOM = "body:包头市商务局"
HHCUS = "body:呼和浩特海关"
ho07 = {
    "editor": "吴迪",
    "entities": [
        E("包头", PF, BT),
        E("包头市", PF, BT),
        E("内蒙古日报", ORG, None, True),
        E("国务院", ORG, "org:state-council"),
        E("《国务院关于同意在廊坊等33个城市和地区设立跨境电子商务综合试验区的批复》", L, GH126),
        E("廊坊", PF, "place:131000"),  # inside the title only: optional
        E("跨境电子商务综合试验区", CB, None, True, [2]),  # zone type
        E("中国（包头）跨境电子商务综合试验区", CB, ZBT),
        E("柳州", PF, "place:450200"),
        E("内蒙古自治区商务厅", ORG, "org:commerce-150000"),
        E("内蒙古", P, "place:150000"),
        E("呼和浩特", PF, "place:150100"),
        E("赤峰", PF, "place:150400"),
        E("满洲里", C, "place:150781"),
        E("鄂尔多斯", PF, "place:150600"),
        E("跨境电商综试区", CB, None, True),  # zone type
        E("自治区", ORG, "org:gov-150000", True, [2]),  # 自治区将支持: the regional government
        E("呼和浩特海关", ORG, HHCUS),
        E("包头市商务局", ORG, BTCOM),
        E("昆都仑区", C, "place:150203"),
        E("九原区", C, "place:150207"),
        E("稀土高新区", PZ, None, True),  # a high-tech development zone
        E("北方稀土", ORG, None, True),
        E("包钢股份", ORG, None, True),
    ],
    "must_not": [IN("内蒙古日报", "内蒙古", "newspaper 内蒙古日报", PLACE)],
    "relations": [
        R(GH126, PASSED, "org:state-council"),
        R(GH126, "kgo:establishes", ZBT),
        R(HHCUS, AREA, "place:150100"),
        R(BTCOM, AREA, BT),
    ],
    "observations": [
        O(BT, "foreignTradeValue", "Level", yi("176.3"), "CNY", M(2022, 1, 10)),
        O(BT, "foreignTradeValue", "YearOnYearGrowth", "21.7", "P1", M(2022, 1, 10)),
        O(BT, "exportValue", "Level", yi("92.5"), "CNY", M(2022, 1, 10)),
        O(BT, "exportValue", "YearOnYearGrowth", "35.2", "P1", M(2022, 1, 10)),
    ],
    "optional_observations": [],
    "claims": [
        {
            "kind": "kgo:ZonesNationwide",
            "about": CHN,
            "value": 165,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
        {
            "kind": "kgo:ZonesInPlace",
            "about": "place:150000",
            "value": 5,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
    ],
}

# ---------------------------------------------------------------- ho08 MOFCOM: 2021 consumption
GF = "person:高峰@org:mofcom"
PLAN8 = "title:“十四五”电子商务发展规划"
CAC = "body:中央网络安全和信息化委员会办公室"
CQ = "place:500000"
ho08 = {
    "editor": "黄磊",
    "entities": [
        E("中新网", ORG, "org:chinanews", True),
        E("商务部", ORG, "org:mofcom"),
        E("高峰", "Person", GF),
        E("国务院", ORG, "org:state-council"),
        E("上海", P, "place:310000"),
        E("北京", P, "place:110000"),
        E("广州", PF, "place:440100"),
        E("天津", P, "place:120000"),
        E("重庆", P, CQ),
        E("重庆市", P, CQ),
        E("中央网信办", ORG, CAC),
        E("国家发展改革委", ORG, "org:ndrc"),
        E("《“十四五”电子商务发展规划》", L, PLAN8),
        E("渝中区", C, "place:500103"),
        E("重庆百货", ORG, None, True),
        E("大商股份", ORG, None, True),
    ],
    "must_not": [
        IN("重庆百货", "重庆", "stock link 重庆百货 (a company)", PLACE),
        IN("解放碑", "解放", "解放碑 a landmark, not 焦作解放区", PLACE),
    ],
    "relations": [
        R(GF, HOLDS, "post:org:mofcom#新闻发言人"),
        R(PLAN8, PASSED, "org:mofcom"),
        R(PLAN8, PASSED, CAC),
        R(PLAN8, PASSED, "org:ndrc"),
    ],
    "observations": [
        O(CHN, "retailSalesValue", "Level", wy("44.1"), "CNY", P21),
        O(CHN, "retailSalesValue", "YearOnYearGrowth", "12.5", "P1", P21),
        O(CHN, "retailSalesValue", "TwoYearAverageGrowth", "3.9", "P1", P21),
        O(CHN, "retailSalesValue", "Level", wy("13.1"), "CNY", P21, None, "网上零售额"),
        O(CHN, "retailSalesValue", "YearOnYearGrowth", "14.1", "P1", P21, None, "网上零售额"),
        O(CHN, "retailSalesValue", "Level", wy("10.8"), "CNY", P21, None, "实物商品网上零售额"),
        O(CHN, "retailSalesValue", "YearOnYearGrowth", "12", "P1", P21, None, "实物商品网上零售额"),
        O(CHN, "retailSalesValue", "Share", "24.5", "P1", P21, None, "实物商品网上零售额"),
        O(CQ, "retailSalesValue", "Level", yi("13967.7"), "CNY", P21),
        O(CQ, "retailSalesValue", "YearOnYearGrowth", "18.5", "P1", P21),
        O(CHN, "retailSalesValue", "Level", wy("17"), "CNY", Y(2025), None, "网上零售额", True),
        O(CHN, "crossBorderEcommerceTradeValue", "Level", wy("2.5"), "CNY", Y(2025), target=True),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ho09 RCEP one year, 苏州 and 日本
SZ = "place:320500"
NJCUS = "body:南京海关"
SZCUS = "body:苏州海关"
SZCOM = "body:苏州市商务局"
ho09 = {
    "editor": "许静",
    "entities": [
        E("RCEP", L, "doc:rcep"),
        E("苏州", PF, SZ),
        E("苏州市", PF, SZ),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("南京海关", ORG, NJCUS),
        E("苏州海关", ORG, SZCUS),
        E("江苏省", P, "place:320000"),
        E("日本", CO, "country:JPN"),
        E("苏州市商务局", ORG, SZCOM),
        E("吴江区", C, "place:320509"),
        E("常熟市", C, "place:320581"),
        E("工业园区", PZ, None, True),  # 苏州工业园区, a development area
        E("苏州银行", ORG, None, True),  # stock link
    ],
    "must_not": [IN("苏州银行", "苏州", "stock link 苏州银行 (a company)", PLACE)],
    "relations": [
        R(NJCUS, AREA, "place:320100"),
        R(SZCUS, AREA, SZ),
        R(SZCOM, AREA, SZ),
    ],
    "observations": [
        O(SZ, "foreignTradeValue", "Level", yi("2760.5"), "CNY", Y(2022), "country:JPN"),
        O(SZ, "foreignTradeValue", "YearOnYearGrowth", "3.8", "P1", Y(2022), "country:JPN"),
        O(SZ, "foreignTradeValue", "Share", "10.7", "P1", Y(2022), "country:JPN"),
        O(SZ, "foreignTradeValue", "Level", yi("7268.3"), "CNY", Y(2022), "doc:rcep"),
        O(SZ, "foreignTradeValue", "YearOnYearGrowth", "5.1", "P1", Y(2022), "doc:rcep"),
        O(SZ, "foreignTradeValue", "Level", yi("25721.5"), "CNY", Y(2022)),
        O(SZ, "foreignTradeValue", "YearOnYearGrowth", "1.9", "P1", Y(2022)),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ho10 大同 Spring Festival (off-topic)
DT = "place:140200"
DTCT = "body:大同市文化和旅游局"
ho10 = {
    "editor": "马骏",
    "entities": [
        E("山西日报", ORG, None, True),
        E("山西省", P, "place:140000"),
        E("山西", P, "place:140000"),
        E("大同市", PF, DT),
        E("大同", PF, DT),
        E("大同市文化和旅游局", ORG, DTCT),
        E("平城区", C, "place:140213"),
        E("大同古城", ORG, None, True),  # a landmark
        E("云冈区", C, "place:140214"),
        E("云冈石窟", ORG, None, True),  # a landmark
        E("北京", P, "place:110000"),
        E("太原", PF, "place:140100"),
        E("浑源县", C, "place:140225"),
        E("朔州市", PF, "place:140600"),
        E("应县", C, "place:140622"),
        E("应县木塔", ORG, None, True),  # a landmark
    ],
    "must_not": [
        IN("山西日报", "山西", "newspaper 山西日报", PLACE),
        IN("恒山景区", "恒山", "恒山 the mountain, not 鸡西恒山区", PLACE),
    ],
    "relations": [R(DTCT, AREA, DT)],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ho11 无锡 marathon (off-topic)
WX = "place:320200"
WXGOV = "body:无锡市人民政府"
WXSPORT = "body:无锡市体育局"
ho11 = {
    "editor": "钱程",
    "entities": [
        E("中新网", ORG, "org:chinanews", True),
        E("无锡", PF, WX, True, [2]),  # dateline
        E("无锡马拉松", ORG, None, True),  # the event
        E("江苏省", P, "place:320000"),
        E("无锡市", PF, WX),
        E("中国田径协会", ORG, None, True),
        E("无锡市人民政府", ORG, WXGOV),
        E("无锡市体育局", ORG, WXSPORT),
        E("梁溪区", C, "place:320213"),
        E("滨湖区", C, "place:320211"),
        E("肯尼亚", CO, "country:KEN"),
        E("中国", CO, CHN),
        E("何杰", "Person", None, True),
        E("中新社", ORG, "org:chinanews", True),
        E("泱波", "Person", None, True),
    ],
    "must_not": [
        IN("太湖大道", "太湖", "road name; 太湖 the lake, not 太湖县", PLACE),
        IN("太湖之滨", "太湖", "太湖 the lake, not 太湖县", PLACE),
    ],
    "relations": [R(WXGOV, AREA, WX), R(WXSPORT, AREA, WX)],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ho12 伊利股份 2023 results (off-topic)
ho12 = {
    "editor": "蒋欣",
    "entities": [
        E("伊利股份", ORG, None, True),  # stock link
        E("内蒙古伊利实业集团股份有限公司", ORG, None, True),
        E("内蒙古自治区", P, "place:150000"),
        E("呼和浩特市", PF, "place:150100"),
        E("呼和浩特", PF, "place:150100"),
        E("伊利", ORG, None, True),
        E("新西兰", CO, "country:NZL"),
        E("印度尼西亚", CO, "country:IDN"),
        E("泰国", CO, "country:THA"),
        E("潘刚", "Person", None, True),
    ],
    "must_not": [
        IN("内蒙古伊利实业集团股份有限公司", "内蒙古", "company name", PLACE),
        IN("创新和全球化", "新和", "新和 (新和县) across a word boundary", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "ho01": ho01,
    "ho02": ho02,
    "ho03": ho03,
    "ho04": ho04,
    "ho05": ho05,
    "ho06": ho06,
    "ho07": ho07,
    "ho08": ho08,
    "ho09": ho09,
    "ho10": ho10,
    "ho11": ho11,
    "ho12": ho12,
}


def main() -> None:
    """Write hoNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
        spec["must_not"] = resolve_in(body, spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
