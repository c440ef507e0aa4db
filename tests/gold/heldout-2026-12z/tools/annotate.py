"""Write the gold files of heldout-2026-12z from the annotator's span lists.

Input: articles/hzNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: hzNN.json (one entity per occurrence; ``"captions": true``; containment relations
from the must-find places with ../../tools/containment.py; areaServed of reference-table
bodies with ../../tools/table_bodies.py; the rest of the relations as listed here).
It does not: run or read any extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository root

from tests.gold.tools.heldout import NA, E, N, O, R, occurrences, read_body  # noqa: E402
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
PER = "Person"
BATCH = "Batch"
ZONES = [CB, FZ, PZ]
COUNTRY = ["Country"]
NBS = "org:nbs"
ASEAN = "org:asean"
EU = "org:eu"
BRI = "doc:bri"
RCEP = "doc:rcep"
USA = "country:USA"
REPORT = "title:政府工作报告"


def occ(stem: str, text: str, *skip: str) -> list[int]:
    """Occurrence numbers of ``text`` in a body that sit inside no occurrence of ``skip``."""
    body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
    inside = set()
    for host in skip:
        for h in occurrences(body, host):
            inside.update(range(h, h + len(host)))
    return [
        n
        for n, start in enumerate(occurrences(body, text), 1)
        if not inside.intersection(range(start, start + len(text)))
    ]


def Q(year: int, first: int, last: int, day: int) -> str:  # noqa: N802
    """The period from month ``first`` to month ``last`` (ending on ``day``) of ``year``."""
    return f"{year}-{first:02d}-01/{year}-{last:02d}-{day:02d}"


# ---------------------------------------------------------------- hz01 四川 2023 trade
SC = "place:510000"
CDC = "body:成都海关"
CDS = "body:成都海关统计分析处"
CDGX = "zone:bonded-x-chengdu-gaoxin"
Y23 = Y(2023)
DEC23 = Q(2023, 12, 12, 31)
hz01 = {
    "editor": "杨帆",
    "entities": [
        E("四川", P, SC),
        E("四川日报", ORG, None, True),
        E("石小兰", PER, "person:石小兰@reporter", True),
        E("成都海关", ORG, CDC),
        E("四川省", P, SC),
        E("东盟", ORG, ASEAN, True),
        E("欧盟", ORG, EU, True),
        E("美国", CO, USA),
        E("一带一路", L, BRI, True),
        E("越南", CO, "country:VNM"),
        E("马来西亚", CO, "country:MYS"),
        E("成都市", PF, "place:510100"),
        E("宜宾市", PF, "place:511500"),
        E("绵阳市", PF, "place:510700"),
        E("遂宁市", PF, "place:510900"),
        E("成都海关统计分析处", ORG, CDS),
        E("四川天府新区", PZ, None, True),  # a state-level new area, no IRI rule
        E("成都高新综合保税区", PZ, CDGX),
        E("射洪市", C, "place:510981"),
        E("东方电气", ORG, None, True),
        E("五粮液", ORG, None, True),
        E("成都国际铁路港", ORG, None, True),  # caption: a rail port
        E("中欧班列", ORG, None, True),
    ],
    "must_not": [
        IN("四川日报", "四川", "newspaper 四川日报", PLACE),
        IN("东方电气", "东方", "stock link 东方电气 (a company), not 东方市", PLACE),
    ],
    "relations": [
        R(CDC, AREA, "place:510100"),
        R(CDS, SUB, CDC),
    ],
    "observations": [
        O(SC, "foreignTradeValue", "Level", yi("9574.8"), "CNY", Y23),
        O(SC, "exportValue", "Level", yi("5782.9"), "CNY", Y23),
        O(SC, "exportValue", "YearOnYearGrowth", "-6.3", "P1", Y23),
        O(SC, "importValue", "Level", yi("3791.9"), "CNY", Y23),
        O(SC, "importValue", "YearOnYearGrowth", "-2.9", "P1", Y23),
        O(SC, "foreignTradeValue", "Level", yi("876.4"), "CNY", DEC23),
        O(SC, "foreignTradeValue", "YearOnYearGrowth", "3.2", "P1", DEC23),
        O(SC, "foreignTradeValue", "Level", yi("1805.6"), "CNY", Y23, ASEAN),
        O(SC, "foreignTradeValue", "Level", yi("1514.3"), "CNY", Y23, EU),
        O(SC, "foreignTradeValue", "Level", yi("1480.2"), "CNY", Y23, USA),
        O(SC, "foreignTradeValue", "Level", yi("3320.1"), "CNY", Y23, BRI),
        O(SC, "foreignTradeValue", "YearOnYearGrowth", "4.1", "P1", Y23, BRI),
        O(SC, "foreignTradeValue", "Share", "34.7", "P1", Y23, BRI),
        O(SC, "foreignTradeValue", "PercentagePointChange", "3.2", "P1", Y23, BRI),
        O(SC, "foreignTradeValue", "YearOnYearGrowth", "12.5", "P1", Y23, "country:VNM"),
        O(SC, "foreignTradeValue", "YearOnYearGrowth", "8.3", "P1", Y23, "country:MYS"),
        O(SC, "exportValue", "Level", yi("4786.2"), "CNY", Y23, None, "机电产品"),
        O(SC, "exportValue", "Share", "82.8", "P1", Y23, None, "机电产品"),
        O(SC, "exportValue", "Level", yi("2135.4"), "CNY", Y23, None, "笔记本电脑、平板电脑"),
        O(SC, "exportValue", "YearOnYearGrowth", "110", "P1", Y23, None, "锂电池"),
        O("place:510100", "foreignTradeValue", "Level", yi("7489.8"), "CNY", Y23),
        O("place:510100", "foreignTradeValue", "Share", "78.2", "P1", Y23),
        O("place:511500", "foreignTradeValue", "Level", yi("412.6"), "CNY", Y23),
        O("place:510700", "foreignTradeValue", "Level", yi("238.7"), "CNY", Y23),
        O("place:510900", "foreignTradeValue", "Level", yi("163.5"), "CNY", Y23),
        O("place:511500", "foreignTradeValue", "YearOnYearGrowth", "21.4", "P1", Y23),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hz02 湖北 2024 GDP
HB = "place:420000"
HBS = "body:湖北省统计局"
HBD = "body:国家统计局湖北调查总队"
WHC = "body:武汉海关"
Y24 = Y(2024)
hz02 = {
    "editor": "陈静",
    "entities": [
        E("湖北", P, HB),
        E("湖北日报", ORG, None, True),
        E("汪文汉", PER, "person:汪文汉@reporter", True),
        E("湖北省统计局", ORG, HBS),
        E("国家统计局湖北调查总队", ORG, HBD),
        E("湖北省", P, HB),
        E("武汉海关", ORG, WHC),
        E("武汉市", PF, "place:420100"),
        E("江夏区", C, "place:420115"),
        E("襄阳市", PF, "place:420600"),
        E("宜昌市", PF, "place:420500"),
        E("省统计局", ORG, HBS),  # back-reference, 湖北 by context
        E("湖北省政府", ORG, "org:gov-420000"),
        E("政府工作报告", L, REPORT),
        E("东风汽车", ORG, None, True),
        E("烽火通信", ORG, None, True),
    ],
    "must_not": [
        IN("湖北日报", "湖北", "newspaper 湖北日报", PLACE),
        IN("东风汽车", "东风", "stock link 东风汽车 (a company), not 东风区", PLACE),
    ],
    "relations": [
        R(HBS, AREA, HB),
        R(HBD, SUB, NBS),
        R(HBD, AREA, HB),
        R(WHC, AREA, "place:420100"),
        R(REPORT, PASSED, "org:gov-420000"),
    ],
    "observations": [
        O(HB, "gdp", "Level", yi("60012.97"), "CNY", Y24),
        O(HB, "gdp", "YearOnYearGrowth", "5.8", "P1", Y24),
        O(HB, "gdp", "Level", yi("5117.31"), "CNY", Y24, None, "第一产业"),
        O(HB, "gdp", "YearOnYearGrowth", "4.1", "P1", Y24, None, "第一产业"),
        O(HB, "gdp", "Level", yi("21745.46"), "CNY", Y24, None, "第二产业"),
        O(HB, "gdp", "YearOnYearGrowth", "6.8", "P1", Y24, None, "第二产业"),
        O(HB, "gdp", "Level", yi("33150.20"), "CNY", Y24, None, "第三产业"),
        O(HB, "gdp", "YearOnYearGrowth", "5.4", "P1", Y24, None, "第三产业"),
        O(HB, "industrialValueAdded", "YearOnYearGrowth", "7.7", "P1", Y24, None, "规模以上工业"),
        O(HB, "industrialValueAdded", "YearOnYearGrowth", "20.5", "P1", Y24, None, "高技术制造业"),
        O(HB, "fixedAssetInvestment", "YearOnYearGrowth", "6.0", "P1", Y24),
        O(HB, "fixedAssetInvestment", "YearOnYearGrowth", "12.1", "P1", Y24, None, "工业投资"),
        O(HB, "retailSalesValue", "Level", yi("25638.67"), "CNY", Y24),
        O(HB, "retailSalesValue", "YearOnYearGrowth", "5.9", "P1", Y24),
        O(HB, "foreignTradeValue", "Level", yi("7058.4"), "CNY", Y24),
        O(HB, "foreignTradeValue", "YearOnYearGrowth", "9.6", "P1", Y24),
        O(HB, "exportValue", "Level", yi("4778.8"), "CNY", Y24),
        O(HB, "exportValue", "YearOnYearGrowth", "12.7", "P1", Y24),
        O("place:420100", "gdp", "Level", yi("21106.23"), "CNY", Y24),
        O("place:420100", "gdp", "YearOnYearGrowth", "5.2", "P1", Y24),
        O("place:420100", "gdp", "Share", "35.2", "P1", Y24),
        O("place:420600", "gdp", "YearOnYearGrowth", "6.1", "P1", Y24),
        O("place:420500", "gdp", "YearOnYearGrowth", "6.3", "P1", Y24),
        O(HB, "gdp", "YearOnYearGrowth", "5.5", "P1", Y(2025), target=True),
    ],
    # 增速高于全国0.8个百分点: a gap to the national rate, not a change
    "optional_observations": [
        O(HB, "gdp", "PercentagePointChange", "0.8", "P1", Y24),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hz03 河南 2024 trade
HN = "place:410000"
ZZC = "body:郑州海关"
ZZB = "body:郑州海关综合业务处"
Q4 = Q(2024, 10, 12, 31)
DEC24 = Q(2024, 12, 12, 31)
hz03 = {
    "editor": "王璐",
    "entities": [
        E("河南日报", ORG, None, True),
        E("郑州海关", ORG, ZZC),
        E("河南省", P, HN),
        E("河南", P, HN),
        E("美国", CO, USA),
        E("东盟", ORG, ASEAN, True),
        E("欧盟", ORG, EU, True),
        E("一带一路", L, BRI, True),
        E("许昌市", PF, "place:411000"),
        E("郑州新郑综合保税区", PZ, "zone:bonded-410184"),
        E("郑州市", PF, "place:410100"),
        E("郑州海关综合业务处", ORG, ZZB),
        E("郑州航空港经济综合实验区", PZ, None, True),  # no IRI rule
        E("洛阳综合保税区", PZ, "zone:bonded-410300"),
        E("开封", PF, "place:410200"),
        E("新乡", PF, "place:410700"),
        E("宇通客车", ORG, None, True),
        E("双汇发展", ORG, None, True),
    ],
    "must_not": [
        IN("河南日报", "河南", "newspaper 河南日报", PLACE),
        NA("中原", "中原地区 (central China), not 中原区", PLACE),
    ],
    "relations": [
        R(ZZC, AREA, "place:410100"),
        R(ZZB, SUB, ZZC),
    ],
    "observations": [
        O(HN, "foreignTradeValue", "Level", yi("8201.1"), "CNY", Y24),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "1.4", "P1", Y24),
        O(HN, "exportValue", "Level", yi("5268.6"), "CNY", Y24),
        O(HN, "exportValue", "YearOnYearGrowth", "4.5", "P1", Y24),
        O(HN, "importValue", "Level", yi("2932.5"), "CNY", Y24),
        O(HN, "importValue", "YearOnYearGrowth", "-3.7", "P1", Y24),
        O(HN, "foreignTradeValue", "Level", yi("2535.8"), "CNY", Q4),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "6.2", "P1", Q4),
        O(HN, "foreignTradeValue", "Level", yi("934.2"), "CNY", DEC24),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "10.9", "P1", DEC24),
        O(HN, "foreignTradeValue", "Level", yi("1724.5"), "CNY", Y24, USA),
        O(HN, "foreignTradeValue", "Level", yi("1133.6"), "CNY", Y24, ASEAN),
        O(HN, "foreignTradeValue", "Level", yi("905.8"), "CNY", Y24, EU),
        O(HN, "foreignTradeValue", "Share", "21", "P1", Y24, USA),
        O(HN, "foreignTradeValue", "Level", yi("3102.9"), "CNY", Y24, BRI),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "8.6", "P1", Y24, BRI),
        O(HN, "exportValue", "Level", yi("2680.3"), "CNY", Y24, None, "手机"),
        O(HN, "exportValue", "Share", "50.9", "P1", Y24, None, "手机"),
        O(HN, "exportValue", "Level", yi("215.7"), "CNY", Y24, None, "人发及其制品"),
        O(HN, "exportValue", "YearOnYearGrowth", "5.8", "P1", Y24, None, "人发及其制品"),
        O("place:410100", "foreignTradeValue", "Level", yi("5563.8"), "CNY", Y24),
        O("place:410100", "foreignTradeValue", "Share", "67.8", "P1", Y24),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hz04 贵州 2024 GDP
GZ = "place:520000"
GZS = "body:贵州省统计局"
GZD = "body:国家统计局贵州调查总队"
GYC = "body:贵阳海关"
YANG = "person:杨晓丽@body:贵州省统计局"
Y25 = Y(2025)
hz04 = {
    "editor": "罗娟",
    "entities": [
        E("贵州", P, GZ),
        E("多彩贵州网", ORG, None, True),
        E("贵州省统计局", ORG, GZS),
        E("国家统计局贵州调查总队", ORG, GZD),
        E("贵阳海关", ORG, GYC),
        E("贵州省", P, GZ),
        E("贵阳市", PF, "place:520100"),
        E("观山湖区", C, "place:520115"),
        E("遵义市", PF, "place:520300"),
        E("遵义", PF, "place:520300"),
        E("黔东南州", PF, "place:522600"),
        E("毕节市", PF, "place:520500"),
        E("仁怀市", C, "place:520382"),
        E("杨晓丽", PER, YANG),
        E("省政府", ORG, "org:gov-520000"),  # 贵州 by context
        E("贵州茅台", ORG, None, True),
        E("贵绳股份", ORG, None, True),
    ],
    "must_not": [
        IN("多彩贵州网", "贵州", "a news site named after the province", PLACE),
        IN("赤水河", "赤水", "赤水河 (a river), not 赤水市", PLACE),
        IN("贵州茅台", "贵州", "stock link 贵州茅台 (a company)", PLACE),
    ],
    "relations": [
        R(GZS, AREA, GZ),
        R(GZD, SUB, NBS),
        R(GZD, AREA, GZ),
        R(GYC, AREA, "place:520100"),
        R(YANG, HOLDS, "post:body:贵州省统计局#新闻发言人"),
    ],
    "observations": [
        O(GZ, "gdp", "Level", yi("22667.12"), "CNY", Y24),
        O(GZ, "gdp", "YearOnYearGrowth", "5.3", "P1", Y24),
        O(GZ, "gdp", "Level", yi("3093.27"), "CNY", Y24, None, "第一产业"),
        O(GZ, "gdp", "YearOnYearGrowth", "4.2", "P1", Y24, None, "第一产业"),
        O(GZ, "gdp", "Level", yi("7845.52"), "CNY", Y24, None, "第二产业"),
        O(GZ, "gdp", "YearOnYearGrowth", "6.1", "P1", Y24, None, "第二产业"),
        O(GZ, "gdp", "Level", yi("11728.33"), "CNY", Y24, None, "第三产业"),
        O(GZ, "gdp", "YearOnYearGrowth", "5.0", "P1", Y24, None, "第三产业"),
        O(GZ, "industrialValueAdded", "YearOnYearGrowth", "8.2", "P1", Y24, None, "规模以上工业"),
        O(
            GZ,
            "industrialValueAdded",
            "YearOnYearGrowth",
            "40.3",
            "P1",
            Y24,
            None,
            "计算机、通信和其他电子设备制造业",
        ),
        O(
            GZ,
            "industrialValueAdded",
            "YearOnYearGrowth",
            "9.5",
            "P1",
            Y24,
            None,
            "酒、饮料和精制茶制造业",
        ),
        O(GZ, "fixedAssetInvestment", "YearOnYearGrowth", "-6.5", "P1", Y24),
        O(GZ, "retailSalesValue", "Level", yi("9190.27"), "CNY", Y24),
        O(GZ, "retailSalesValue", "YearOnYearGrowth", "3.8", "P1", Y24),
        O(GZ, "foreignTradeValue", "Level", yi("627.1"), "CNY", Y24),
        O(GZ, "foreignTradeValue", "YearOnYearGrowth", "7.3", "P1", Y24),
        O("place:520100", "gdp", "Level", yi("5570.72"), "CNY", Y24),
        O("place:520100", "gdp", "YearOnYearGrowth", "5.6", "P1", Y24),
        O("place:520300", "gdp", "Level", yi("4801.79"), "CNY", Y24),
        O("place:520300", "gdp", "YearOnYearGrowth", "5.5", "P1", Y24),
        O("place:522600", "gdp", "YearOnYearGrowth", "5.0", "P1", Y24),
        O("place:520500", "gdp", "YearOnYearGrowth", "5.2", "P1", Y24),
        O(GZ, "gdp", "YearOnYearGrowth", "5.5", "P1", Y25, target=True),
        O(
            GZ,
            "industrialValueAdded",
            "YearOnYearGrowth",
            "8",
            "P1",
            Y25,
            None,
            "规模以上工业",
            True,
        ),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hz05 云南 2024 trade
YN = "place:530000"
KMC = "body:昆明海关"
HHB = "zone:bonded-532500"
hz05 = {
    "editor": "李晓",
    "entities": [
        E("中新网", ORG, "org:chinanews", True),
        E("昆明", PF, "place:530100", True, [1]),  # dateline
        E("韩帅南", PER, "person:韩帅南@reporter", True),
        E("昆明海关", ORG, KMC),
        E("云南省", P, YN),
        E("云南", P, YN),
        E("东盟", ORG, ASEAN, True),
        E("越南", CO, "country:VNM"),
        E("缅甸", CO, "country:MMR"),
        E("老挝", CO, "country:LAO"),
        E("《区域全面经济伙伴关系协定》", L, RCEP),
        E("RCEP", L, RCEP),
        E("中老铁路", ORG, None, True),  # a railway
        E("磨憨站", ORG, None, True),  # caption: a station
        E("昆明市", PF, "place:530100"),
        E("德宏州", PF, "place:533100"),
        E("红河州", PF, "place:532500"),
        E("瑞丽市", C, "place:533102"),
        E("中国（云南）自由贸易试验区", FZ, "zone:ftz-530000"),
        E("红河综合保税区", PZ, HHB),
        E("云天化", ORG, None, True),
        E("云南白药", ORG, None, True),
    ],
    "must_not": [
        IN("普洱茶", "普洱", "普洱茶 (a tea), not 普洱市", PLACE),
        IN("云南白药", "云南", "stock link 云南白药 (a company)", PLACE),
        NA("亚东", "false substring: 南亚 + 东南亚, not 亚东县", PLACE),
    ],
    "relations": [R(KMC, AREA, "place:530100")],
    "observations": [
        O(YN, "foreignTradeValue", "Level", yi("2895.5"), "CNY", Y24),
        O(YN, "foreignTradeValue", "YearOnYearGrowth", "10.8", "P1", Y24),
        O(YN, "exportValue", "Level", yi("1498.2"), "CNY", Y24),
        O(YN, "exportValue", "YearOnYearGrowth", "13.5", "P1", Y24),
        O(YN, "importValue", "Level", yi("1397.3"), "CNY", Y24),
        O(YN, "importValue", "YearOnYearGrowth", "8.1", "P1", Y24),
        O(YN, "foreignTradeValue", "Level", yi("1284.6"), "CNY", Y24, ASEAN),
        O(YN, "foreignTradeValue", "YearOnYearGrowth", "20.1", "P1", Y24, ASEAN),
        O(YN, "foreignTradeValue", "Share", "44.4", "P1", Y24, ASEAN),
        O(YN, "foreignTradeValue", "Level", yi("512.3"), "CNY", Y24, "country:VNM"),
        O(YN, "foreignTradeValue", "Level", yi("386.9"), "CNY", Y24, "country:MMR"),
        O(YN, "foreignTradeValue", "Level", yi("179.4"), "CNY", Y24, "country:LAO"),
        O(YN, "foreignTradeValue", "Level", yi("1435.8"), "CNY", Y24, RCEP),
        O("place:530100", "foreignTradeValue", "Level", yi("1378.4"), "CNY", Y24),
        O("place:530100", "foreignTradeValue", "Share", "47.6", "P1", Y24),
        O("place:533100", "foreignTradeValue", "Level", yi("402.5"), "CNY", Y24),
        O("place:532500", "foreignTradeValue", "Level", yi("298.1"), "CNY", Y24),
    ],
    # goods carried on the 中老铁路: a railway's figure, 云南's only by reading
    "optional_observations": [
        O(YN, "foreignTradeValue", "Level", yi("598.7"), "CNY", Y24, None, "中老铁路"),
        O(YN, "foreignTradeValue", "YearOnYearGrowth", "25.6", "P1", Y24, None, "中老铁路"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hz06 湖南 Q1 2025 trade
HUN = "place:430000"
CSC = "body:长沙海关"
YY = "place:430600"
CLJ = "zone:bonded-x-yueyang-chenglingji"
Q1 = Q(2025, 1, 3, 31)
MAR = Q(2025, 3, 3, 31)
hz06 = {
    "editor": "周婷",
    "entities": [
        E("湖南", P, HUN),
        E("湖南日报", ORG, None, True),
        E("周阳乐", PER, "person:周阳乐@reporter", True),
        E("长沙海关", ORG, CSC),
        E("湖南省", P, HUN),
        E("非洲", ORG, None, True),  # a continent
        E("东盟", ORG, ASEAN, True),
        E("欧盟", ORG, EU, True),
        E("长沙市", PF, "place:430100"),
        E("岳阳市", PF, YY),
        E("株洲市", PF, "place:430200"),
        E("岳阳", PF, YY),  # caption 岳阳城陵矶港
        E("城陵矶港", ORG, None, True),  # a port
        E("中国（湖南）自由贸易试验区", FZ, "zone:ftz-430000"),
        E("长沙片区", PZ, None, True),  # an FTZ area
        E("岳阳城陵矶综合保税区", PZ, CLJ),
        E("三一重工", ORG, None, True),
        E("中联重科", ORG, None, True),
    ],
    "must_not": [
        IN("湖南日报", "湖南", "newspaper 湖南日报", PLACE),
        NA("会同", "the verb 会同 (会同县)", PLACE),
        NA("通道", "物流通道, not 通道侗族自治县", PLACE),
    ],
    "relations": [R(CSC, AREA, "place:430100")],
    "observations": [
        O(HUN, "foreignTradeValue", "Level", yi("1317.9"), "CNY", Q1),
        O(HUN, "foreignTradeValue", "YearOnYearGrowth", "2.9", "P1", Q1),
        O(HUN, "exportValue", "Level", yi("874.6"), "CNY", Q1),
        O(HUN, "exportValue", "YearOnYearGrowth", "5.2", "P1", Q1),
        O(HUN, "importValue", "Level", yi("443.3"), "CNY", Q1),
        O(HUN, "importValue", "YearOnYearGrowth", "-1.4", "P1", Q1),
        O(HUN, "foreignTradeValue", "Level", yi("502.7"), "CNY", MAR),
        O(HUN, "foreignTradeValue", "YearOnYearGrowth", "8.4", "P1", MAR),
        O(HUN, "foreignTradeValue", "MonthOnMonthGrowth", "36.7", "P1", MAR),
        O(HUN, "foreignTradeValue", "Level", yi("245.3"), "CNY", Q1, ASEAN),
        O(HUN, "foreignTradeValue", "Level", yi("160.9"), "CNY", Q1, EU),
        O(HUN, "foreignTradeValue", "YearOnYearGrowth", "6.7", "P1", Q1, ASEAN),
        O(HUN, "foreignTradeValue", "Level", yi("1017.1"), "CNY", Q1, None, "民营企业"),
        O(HUN, "foreignTradeValue", "Share", "77.2", "P1", Q1, None, "民营企业"),
        O("place:430100", "foreignTradeValue", "Level", yi("703.5"), "CNY", Q1),
        O("place:430100", "foreignTradeValue", "Share", "53.4", "P1", Q1),
        O(YY, "foreignTradeValue", "YearOnYearGrowth", "11.2", "P1", Q1),
        O("place:430200", "foreignTradeValue", "YearOnYearGrowth", "7.9", "P1", Q1),
    ],
    # 对非洲: no IRI for a continent; 高于…20.5个百分点 is a gap, not a change
    "optional_observations": [
        O(HUN, "foreignTradeValue", "Level", yi("158.2"), "CNY", Q1, None, "非洲"),
        O(HUN, "foreignTradeValue", "YearOnYearGrowth", "23.4", "P1", Q1, None, "非洲"),
        O(HUN, "foreignTradeValue", "PercentagePointChange", "20.5", "P1", Q1, None, "非洲"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hz07 成都 2024 GDP
CD = "place:510100"
CDSB = "body:成都市统计局"
hz07 = {
    "editor": "刘畅",
    "entities": [
        E("成都日报", ORG, None, True),
        E("成都市统计局", ORG, CDSB),
        E("成都市", PF, CD),
        E("成都海关", ORG, CDC),
        E("四川省", P, SC),
        E("锦江区", C, "place:510104"),
        E("春熙路", ORG, None, True),  # caption: a street
        E("双流区", C, "place:510116"),
        E("龙泉驿区", C, "place:510112"),
        E("简阳市", C, "place:510185"),
        E("成都高新区", PZ, None, True),  # a development zone, no IRI rule
        E("四川天府新区", PZ, None, True),  # a state-level new area, no IRI rule
        E("成都直管区", PZ, None, True),
        E("成都银行", ORG, None, True),
        E("天齐锂业", ORG, None, True),
    ],
    "must_not": [
        IN("成都日报", "成都", "newspaper 成都日报", PLACE),
        IN("成都银行", "成都", "stock link 成都银行 (a company)", PLACE),
        NA("民和", "false substring: 市民 + 和游客, not 民和县", PLACE),
    ],
    "relations": [
        R(CDSB, AREA, CD),
        R(CDC, AREA, CD),
    ],
    "observations": [
        O(CD, "gdp", "Level", yi("23511.3"), "CNY", Y24),
        O(CD, "gdp", "YearOnYearGrowth", "5.7", "P1", Y24),
        O(CD, "gdp", "TwoYearAverageGrowth", "5.9", "P1", Y24),
        O(CD, "gdp", "Level", yi("594.9"), "CNY", Y24, None, "第一产业"),
        O(CD, "gdp", "YearOnYearGrowth", "3.0", "P1", Y24, None, "第一产业"),
        O(CD, "gdp", "Level", yi("6813.7"), "CNY", Y24, None, "第二产业"),
        O(CD, "gdp", "YearOnYearGrowth", "6.1", "P1", Y24, None, "第二产业"),
        O(CD, "gdp", "Level", yi("16102.7"), "CNY", Y24, None, "第三产业"),
        O(CD, "gdp", "YearOnYearGrowth", "5.6", "P1", Y24, None, "第三产业"),
        O(CD, "industrialValueAdded", "YearOnYearGrowth", "8.6", "P1", Y24, None, "规模以上工业"),
        O(
            CD,
            "industrialValueAdded",
            "YearOnYearGrowth",
            "18.2",
            "P1",
            Y24,
            None,
            "电子信息产品制造业",
        ),
        O(CD, "retailSalesValue", "Level", yi("10941.9"), "CNY", Y24),
        O(CD, "retailSalesValue", "YearOnYearGrowth", "4.8", "P1", Y24),
        O(CD, "fixedAssetInvestment", "YearOnYearGrowth", "3.5", "P1", Y24),
        O(CD, "realEstateInvestment", "YearOnYearGrowth", "-9.6", "P1", Y24),
        O(CD, "foreignTradeValue", "Level", yi("8318.5"), "CNY", Y24),
        O(CD, "foreignTradeValue", "YearOnYearGrowth", "11.1", "P1", Y24),
        O(CD, "foreignTradeValue", "Share", "81.7", "P1", Y24),
        O("place:510116", "gdp", "YearOnYearGrowth", "7.2", "P1", Y24),
        O("place:510112", "gdp", "YearOnYearGrowth", "6.8", "P1", Y24),
        O("place:510185", "gdp", "YearOnYearGrowth", "8.1", "P1", Y24),
    ],
    # 三次产业结构为2.5：29.0：68.5 — shares written as a ratio
    "optional_observations": [
        O(CD, "gdp", "Share", "2.5", "P1", Y24, None, "第一产业"),
        O(CD, "gdp", "Share", "29.0", "P1", Y24, None, "第二产业"),
        O(CD, "gdp", "Share", "68.5", "P1", Y24, None, "第三产业"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hz08 湖南 fireworks exports 2023
LY = "place:430181"
LYO = "body:长沙海关驻浏阳办事处"
LYC = "body:浏阳市商务局"
HNEM = "body:湖南省应急管理厅"
FW = "烟花爆竹"
hz08 = {
    "editor": "黄莉",
    "entities": [
        E("湖南", P, HUN),
        E("新华社", ORG, "org:xinhua", True),
        E("长沙", PF, "place:430100", True, [1]),  # dateline
        E("张格", PER, "person:张格@reporter", True),
        E("长沙海关", ORG, CSC),
        E("湖南省", P, HUN),
        E("美国", CO, USA),
        E("欧盟", ORG, EU, True),
        E("英国", CO, "country:GBR"),
        E("澳大利亚", CO, "country:AUS"),
        E("智利", CO, "country:CHL"),
        E("浏阳", C, LY, False, occ("hz08", "浏阳", "浏阳河")),  # caption 湖南浏阳
        E("长沙市", PF, "place:430100"),
        E("浏阳市", C, LY),
        E("株洲市", PF, "place:430200"),
        E("醴陵市", C, "place:430281"),
        E("长沙海关驻浏阳办事处", ORG, LYO),
        E("浏阳市商务局", ORG, LYC),
        E("湖南省应急管理厅", ORG, HNEM),
        E("熊猫金控", ORG, None, True),
    ],
    "must_not": [IN("浏阳河", "浏阳", "浏阳河 (a river), not 浏阳市", PLACE)],
    "relations": [
        R(CSC, AREA, "place:430100"),
        R(LYO, SUB, CSC),
        R(LYO, AREA, LY),
        R(LYC, AREA, LY),
        R(HNEM, AREA, HUN),
    ],
    "observations": [
        O(HUN, "exportValue", "Level", yi("65.2"), "CNY", Y23, None, FW),
        O(HUN, "exportValue", "YearOnYearGrowth", "20.3", "P1", Y23, None, FW),
        O(HUN, "exportValue", "Level", yi("8.7"), "CNY", DEC23, None, FW),
        O(HUN, "exportValue", "YearOnYearGrowth", "31.5", "P1", DEC23, None, FW),
        O(HUN, "exportValue", "Level", yi("28.4"), "CNY", Y23, USA, FW),
        O(HUN, "exportValue", "Level", yi("13.6"), "CNY", Y23, EU, FW),
        O(HUN, "exportValue", "Level", yi("5.2"), "CNY", Y23, "country:GBR", FW),
        O(HUN, "exportValue", "Share", "43.6", "P1", Y23, USA, FW),
        O(HUN, "exportValue", "YearOnYearGrowth", "45.2", "P1", Y23, "country:AUS", FW),
        O(HUN, "exportValue", "YearOnYearGrowth", "38.7", "P1", Y23, "country:CHL", FW),
    ],
    # 六成以上 (a bound, of the national total); 浏阳 + 醴陵 combined (no one subject)
    "optional_observations": [
        O(HUN, "exportValue", "Share", "60", "P1", Y23, None, FW),
        O(LY, "exportValue", "Level", yi("59.8"), "CNY", Y23, None, FW),
        O(LY, "exportValue", "Share", "91.7", "P1", Y23, None, FW),
        O("place:430281", "exportValue", "Level", yi("59.8"), "CNY", Y23, None, FW),
        O("place:430281", "exportValue", "Share", "91.7", "P1", Y23, None, FW),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hz09 国函〔2022〕126号, 四川
B7 = "doc:guohan-2022-126"
YB = "place:511500"
DZ = "place:511700"
ZYB = "zone:cbec-511500"
ZDZ = "zone:cbec-511700"
SHU = "person:束珏婷@org:mofcom"
YBC = "body:宜宾市商务局"
DZG = "body:达州市人民政府"
TITLE7 = "《国务院关于同意在廊坊等33个城市和地区设立跨境电子商务综合试验区的批复》"
hz09 = {
    "editor": "赵敏",
    "entities": [
        E("四川", P, SC),
        E("川观新闻", ORG, None, True),
        E("王成栋", PER, "person:王成栋@reporter", True),
        E("中国政府网", ORG, None, True),
        E(TITLE7, L, B7),
        E("国务院", ORG, "org:state-council"),  # only inside the title: optional there
        E("廊坊", PF, "place:131000"),  # only inside the title: optional there
        E("国函〔2022〕126号", L, B7),
        E("四川省", P, SC),
        E("宜宾市", PF, YB),
        E("达州市", PF, DZ),
        E("第七批", BATCH, "batch:cbec-7", True),
        E("中国（宜宾）跨境电子商务综合试验区", CB, ZYB),
        E("中国（达州）跨境电子商务综合试验区", CB, ZDZ),
        E("跨境电子商务综合试验区", CB, None, True),  # the zone type
        E("四川省商务厅", ORG, "org:commerce-510000"),
        E("综试区", CB, None, True),  # the zone type
        E("中国（成都）跨境电子商务综合试验区", CB, "zone:cbec-510100"),
        E("泸州", PF, "place:510500"),
        E("德阳", PF, "place:510600"),
        E("绵阳", PF, "place:510700"),
        E("南充", PF, "place:511300"),
        E("眉山", PF, "place:511400"),
        E("宜宾", PF, YB),
        E("达州", PF, DZ),
        E("翠屏区", C, "place:511502"),
        E("商务部", ORG, "org:mofcom"),
        E("束珏婷", PER, SHU),
        E("宜宾市商务局", ORG, YBC),
        E("宜宾综合保税区", PZ, "zone:bonded-511500"),
        E("达州市人民政府", ORG, DZG),
        E("焦点科技", ORG, None, True),
        E("国联股份", ORG, None, True),
    ],
    "must_not": [IN("中国政府网", "中国", "a website, not the country", COUNTRY)],
    "relations": [
        R(B7, PASSED, "org:state-council"),
        R(B7, "kgo:establishes", ZYB),
        R(B7, "kgo:establishes", ZDZ),
        R(ZYB, "kgo:inBatch", "batch:cbec-7"),
        R(ZDZ, "kgo:inBatch", "batch:cbec-7"),
        R(SHU, HOLDS, "post:org:mofcom#新闻发言人"),
        R(YBC, AREA, YB),
        R(DZG, AREA, DZ),
    ],
    "observations": [
        O(SC, "crossBorderEcommerceTradeValue", "Level", yi("192.6"), "CNY", Q(2022, 1, 9, 30)),
        O(
            SC,
            "crossBorderEcommerceTradeValue",
            "YearOnYearGrowth",
            "23.8",
            "P1",
            Q(2022, 1, 9, 30),
        ),
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
            "about": SC,
            "value": 8,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
        {
            "kind": "kgo:FirstZone",
            "about": CD,
            "value": 2016,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
    ],
}

# ---------------------------------------------------------------- hz10 华容 dike breach (off-topic)
HNFX = "body:湖南省防汛抗旱指挥部"
YYG = "body:岳阳市人民政府"
HR = "place:430623"
hz10 = {
    "editor": "吴迪",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("长沙", PF, "place:430100", True, [1]),  # dateline only
        E("谭畅", PER, "person:谭畅@reporter", True),
        E("湖南省防汛抗旱指挥部", ORG, HNFX),
        E("岳阳市", PF, YY),
        E("华容县", C, HR),
        E("团洲垸", ORG, None, True),  # a polder
        E("洞庭湖", ORG, None, True),  # a lake
        E("国家防汛抗旱总指挥部", ORG, "body:国家防汛抗旱总指挥部"),
        E("应急管理部", ORG, "org:mem"),
        E("水利部", ORG, "org:mwr"),
        E("湖南省应急管理厅", ORG, HNEM),
        E("岳阳市人民政府", ORG, YYG),
        E("团洲乡", ORG, None, True),  # caption: a township
        E("常德市", PF, "place:430700"),
        E("安乡县", C, "place:430721"),
        E("益阳市", PF, "place:430900"),
        E("南县", C, "place:430921", False, [1]),
        E("湖南", P, HUN),
        E("中国铁建", ORG, None, True),
        E("中国建筑", ORG, None, True),
    ],
    "must_not": [
        # 湖南县乡: 南县 straddles 湖南 + 县乡; County only, so 湖南 itself is no hit
        N("南县", 2, "false substring: 湖南 + 县乡两级", ["County"]),
        NA("平安", "平安转移 (safely), not 平安区", PLACE),
        IN("中国铁建", "中国", "stock link 中国铁建 (a company)", COUNTRY),
        IN("中国建筑", "中国", "stock link 中国建筑 (a company)", COUNTRY),
    ],
    "relations": [
        R(HNFX, AREA, HUN),
        R(HNEM, AREA, HUN),
        R(YYG, AREA, YY),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hz11 开封 tourism (off-topic)
KF = "place:410200"
KFW = "body:开封市文化广电和旅游局"
KFP = "body:开封市公安局"
HNWL = "body:河南省文化和旅游厅"
hz11 = {
    "editor": "孟洁",
    "entities": [
        E("大河报", ORG, None, True),
        E("河南省", P, HN),
        E("开封市", PF, KF),
        E("万岁山武侠城", ORG, None, True),  # a theme park
        E("开封市文化广电和旅游局", ORG, KFW),
        E("郑州", PF, "place:410100"),
        E("洛阳", PF, "place:410300"),
        E("山东", P, "place:370000"),
        E("安徽", P, "place:340000"),
        E("鼓楼夜市", ORG, None, True),  # a night market
        E("开封市公安局", ORG, KFP),
        E("顺河回族区", C, "place:410203"),
        E("龙亭区", C, "place:410202"),
        E("河南省文化和旅游厅", ORG, HNWL),
        E("清明上河园", ORG, None, True),  # caption: a theme park
        E("西安旅游", ORG, None, True),
        E("宋城演艺", ORG, None, True),
    ],
    "must_not": [
        IN("鼓楼夜市", "鼓楼", "a night market named after the Drum Tower, not a 鼓楼区", PLACE),
        IN("西安旅游", "西安", "stock link 西安旅游 (a company)", PLACE),
        NA("天全", "false substring: 三天 + 全市, not 天全县", PLACE),
    ],
    "relations": [
        R(KFW, AREA, KF),
        R(KFP, AREA, KF),
        R(HNWL, AREA, HN),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hz12 五粮液 results (off-topic)
WLY = "宜宾五粮液股份有限公司"
WLYG = "四川宜宾五粮液集团有限公司"
SCJX = "body:四川省经济和信息化厅"
YBG = "body:宜宾市人民政府"
hz12 = {
    "editor": "唐瑶",
    "entities": [
        E(WLY, ORG, None, True),
        E("五粮液", ORG, None, True),
        E("四川省", P, SC),
        E("宜宾市", PF, YB),
        E("翠屏区", C, "place:511502"),
        E("美国", CO, USA),
        E("日本", CO, "country:JPN"),
        E("新加坡", CO, "country:SGP"),
        E("四川省经济和信息化厅", ORG, SCJX),
        E("宜宾", PF, YB),
        E("泸州", PF, "place:510500"),
        E("贵州茅台", ORG, None, True),
        E("泸州老窖", ORG, None, True),
        E("宜宾市人民政府", ORG, YBG),
        E(WLYG, ORG, None, True),
        E("四川", P, SC),  # caption 四川宜宾
    ],
    "must_not": [
        IN(WLY, "宜宾", "company name", PLACE),
        IN("金沙江", "金沙", "金沙江 (a river), not 金沙县", PLACE),
        IN("贵州茅台", "贵州", "stock link 贵州茅台 (a company)", PLACE),
        IN("泸州老窖", "泸州", "stock link 泸州老窖 (a company)", PLACE),
        IN(WLYG, "四川", "company name", PLACE),
        IN(WLYG, "宜宾", "company name", PLACE),
    ],
    "relations": [
        R(SCJX, AREA, SC),
        R(YBG, AREA, YB),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "hz01": hz01,
    "hz02": hz02,
    "hz03": hz03,
    "hz04": hz04,
    "hz05": hz05,
    "hz06": hz06,
    "hz07": hz07,
    "hz08": hz08,
    "hz09": hz09,
    "hz10": hz10,
    "hz11": hz11,
    "hz12": hz12,
}


def main() -> None:
    """Write hzNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
        spec["must_not"] = resolve_in(body, spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
