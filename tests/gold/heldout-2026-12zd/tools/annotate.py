"""Write the gold files of heldout-2026-12zd from the annotator's span lists.

Input: articles/zdNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: zdNN.json (one entity per occurrence; ``"captions": true``; containment relations
from the must-find places with ../../tools/containment.py; areaServed of reference-table
bodies with ../../tools/table_bodies.py; the rest of the relations as listed here).
It does not: run or read any extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository root

from tests.gold.tools.heldout import NA, E, O, R, read_body  # noqa: E402
from tests.gold.tools.spans import (  # noqa: E402
    AREA,
    CB,
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
COUNTRY = ["Country"]
EST = "kgo:establishes"


def rep(name: str) -> dict:
    """A reporter or photographer (optional scope)."""
    return E(name, PER, f"person:{name}@reporter", True)


# ---------------------------------------------------------------- zd01 四川 2022 trade
SC = "place:510000"
CD = "place:510100"
Y22 = Y(2022)
DEC22 = "2022-12-01/2022-12-31"
CDB = "zone:bonded-x-chengdu-international-railway-port"
zd01 = {
    "editor": "孙晓",
    "entities": [
        E("四川", P, SC),
        E("四川日报", ORG, None, True),
        rep("李欣忆"),
        E("成都海关", ORG, "body:成都海关"),
        E("四川省", P, SC),
        E("东盟", ORG, "org:asean", True),
        E("欧盟", ORG, "org:eu", True),
        E("美国", CO, "country:USA"),
        E("一带一路", L, "doc:bri", True),
        E("成都市", PF, CD),
        E("宜宾", PF, "place:511500"),
        E("宜宾市", PF, "place:511500"),
        E("绵阳", PF, "place:510700"),
        E("青白江区", C, "place:510113"),
        E("成都国际铁路港综合保税区", PZ, CDB),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("RCEP", L, "doc:rcep"),
        E("泸州市", PF, "place:510500"),
        E("综合保税区", PZ, None, True),  # the zone type
        E("四川路桥", ORG, None, True),
        E("泸州老窖", ORG, None, True),
        E("成都国际铁路港", ORG, None, True),  # caption: the dry port
        E("中欧班列（成渝）", ORG, None, True),  # a train brand
    ],
    "must_not": [
        IN("四川日报", "四川", "newspaper 四川日报", PLACE),
        IN("四川路桥", "四川", "stock link 四川路桥 (a company)", PLACE),
        IN("泸州老窖", "泸州", "stock link 泸州老窖 (a company)", PLACE),
    ],
    "relations": [R("body:成都海关", AREA, CD)],
    "observations": [
        O(SC, "foreignTradeValue", "Level", yi("10076.7"), "CNY", Y22),
        O(SC, "foreignTradeValue", "YearOnYearGrowth", "6.1", "P1", Y22),
        O(SC, "exportValue", "Level", yi("6558.5"), "CNY", Y22),
        O(SC, "exportValue", "YearOnYearGrowth", "12.4", "P1", Y22),
        O(SC, "importValue", "Level", yi("3518.2"), "CNY", Y22),
        O(SC, "importValue", "YearOnYearGrowth", "-3.7", "P1", Y22),
        O(SC, "foreignTradeValue", "Level", yi("978.3"), "CNY", DEC22),
        O(SC, "foreignTradeValue", "YearOnYearGrowth", "9.5", "P1", DEC22),
        O(SC, "foreignTradeValue", "Level", yi("1804.6"), "CNY", Y22, "org:asean"),
        O(SC, "foreignTradeValue", "Level", yi("1660.9"), "CNY", Y22, "org:eu"),
        O(SC, "foreignTradeValue", "Level", yi("1577.3"), "CNY", Y22, "country:USA"),
        O(SC, "foreignTradeValue", "YearOnYearGrowth", "10.9", "P1", Y22, "org:asean"),
        O(SC, "foreignTradeValue", "Share", "17.9", "P1", Y22, "org:asean"),
        O(SC, "foreignTradeValue", "Level", yi("3145.2"), "CNY", Y22, "doc:bri"),
        O(SC, "foreignTradeValue", "YearOnYearGrowth", "18.6", "P1", Y22, "doc:bri"),
        O(
            SC,
            "exportValue",
            "Level",
            yi("3903.4"),
            "CNY",
            Y22,
            None,
            "笔记本电脑、平板电脑和集成电路",
        ),
        O(SC, "exportValue", "Share", "59.5", "P1", Y22, None, "笔记本电脑、平板电脑和集成电路"),
        O(CD, "foreignTradeValue", "Level", yi("8346.4"), "CNY", Y22),
        O(CD, "foreignTradeValue", "YearOnYearGrowth", "2.4", "P1", Y22),
        O(CD, "foreignTradeValue", "Share", "82.8", "P1", Y22),
        O("place:511500", "foreignTradeValue", "YearOnYearGrowth", "61.2", "P1", Y22),
        O("place:510700", "foreignTradeValue", "YearOnYearGrowth", "17.5", "P1", Y22),
    ],
    "optional_observations": [
        # 增长超过两成: a lower bound, about a zone
        O(CDB, "foreignTradeValue", "YearOnYearGrowth", "20", "P1", Y22),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- zd02 湖北 2022 trade
HB = "place:420000"
WH = "place:420100"
zd02 = {
    "editor": "刘丽丽",
    "entities": [
        E("湖北日报", ORG, None, True),
        rep("王馨"),
        E("武汉海关", ORG, "body:武汉海关"),
        E("湖北省", P, HB),
        E("湖北", P, HB),
        E("东盟", ORG, "org:asean", True),
        E("欧盟", ORG, "org:eu", True),
        E("美国", CO, "country:USA"),
        E("一带一路", L, "doc:bri", True),
        E("武汉市", PF, WH),
        E("襄阳市", PF, "place:420600"),
        E("宜昌市", PF, "place:420500"),
        E("花湖国际机场", ORG, None, True),  # an airport (also in the caption)
        E("仙桃市", C, "place:429004"),
        E("黄冈市", PF, "place:421100"),
        E("武穴市", C, "place:421182"),
        E("鄂州市", PF, "place:420700"),
        E("中国（湖北）自由贸易试验区", FZ, "zone:ftz-420000"),
        E("中国（武汉）跨境电子商务综合试验区", CB, "zone:cbec-420100"),
        E("湖北宜化", ORG, None, True),
        E("华工科技", ORG, None, True),
    ],
    "must_not": [
        IN("湖北日报", "湖北", "newspaper 湖北日报", PLACE),
        IN("湖北宜化", "湖北", "stock link 湖北宜化 (a company)", PLACE),
    ],
    "relations": [R("body:武汉海关", AREA, WH)],
    "observations": [
        O(HB, "foreignTradeValue", "Level", yi("6170.1"), "CNY", Y22),
        O(HB, "foreignTradeValue", "YearOnYearGrowth", "14.9", "P1", Y22),
        O(HB, "exportValue", "Level", yi("4251.1"), "CNY", Y22),
        O(HB, "exportValue", "YearOnYearGrowth", "20.1", "P1", Y22),
        O(HB, "importValue", "Level", yi("1919.0"), "CNY", Y22),
        O(HB, "importValue", "YearOnYearGrowth", "4.9", "P1", Y22),
        O(HB, "foreignTradeValue", "Level", yi("1053.4"), "CNY", Y22, "org:asean"),
        O(HB, "foreignTradeValue", "Level", yi("812.7"), "CNY", Y22, "org:eu"),
        O(HB, "foreignTradeValue", "Level", yi("716.5"), "CNY", Y22, "country:USA"),
        O(HB, "foreignTradeValue", "YearOnYearGrowth", "23.4", "P1", Y22, "org:asean"),
        O(HB, "foreignTradeValue", "YearOnYearGrowth", "8.9", "P1", Y22, "org:eu"),
        O(HB, "foreignTradeValue", "YearOnYearGrowth", "11.2", "P1", Y22, "country:USA"),
        O(HB, "foreignTradeValue", "Level", yi("2177.8"), "CNY", Y22, "doc:bri"),
        O(HB, "foreignTradeValue", "YearOnYearGrowth", "25.1", "P1", Y22, "doc:bri"),
        O(HB, "foreignTradeValue", "Share", "35.3", "P1", Y22, "doc:bri"),
        O(WH, "foreignTradeValue", "Level", yi("3531.9"), "CNY", Y22),
        O(WH, "foreignTradeValue", "YearOnYearGrowth", "5.7", "P1", Y22),
        O(WH, "foreignTradeValue", "Share", "57.2", "P1", Y22),
        O("place:420600", "foreignTradeValue", "YearOnYearGrowth", "21.6", "P1", Y22),
        O("place:420500", "foreignTradeValue", "YearOnYearGrowth", "30.2", "P1", Y22),
    ],
    "optional_observations": [
        # 出口增长超过三成: a lower bound
        O("place:429004", "exportValue", "YearOnYearGrowth", "30", "P1", Y22),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- zd03 湖南 2022 GDP
HN = "place:430000"
CS = "place:430100"
HNS = "body:国家统计局湖南调查总队"
zd03 = {
    "editor": "周颖",
    "entities": [
        E("湖南", P, HN),
        E("湖南日报", ORG, None, True),
        rep("刘银艳"),
        E("湖南省统计局", ORG, "body:湖南省统计局"),
        E("国家统计局湖南调查总队", ORG, HNS),
        E("湖南省", P, HN),
        E("长沙海关", ORG, "body:长沙海关"),
        E("长沙市", PF, CS),
        E("长沙县", C, "place:430121"),
        E("浏阳市", C, "place:430181"),
        E("宁乡市", C, "place:430182"),
        E("湖南湘江新区", PZ, None, True),  # a state-level new area, no IRI rule
        E("中国（湖南）自由贸易试验区", FZ, "zone:ftz-430000"),
        E("长沙片区", PZ, None, True),  # an FTZ area
        E("湖南投资", ORG, None, True),
        E("金健米业", ORG, None, True),
        E("岳麓区", C, "place:430104"),
    ],
    "must_not": [
        IN("湖南日报", "湖南", "newspaper 湖南日报", PLACE),
        IN("湖南投资", "湖南", "stock link 湖南投资 (a company)", PLACE),
    ],
    "relations": [
        R("body:湖南省统计局", AREA, HN),
        R(HNS, SUB, "org:nbs"),
        R(HNS, AREA, HN),
        R("body:长沙海关", AREA, CS),
    ],
    "observations": [
        O(HN, "gdp", "Level", yi("48670.37"), "CNY", Y22),
        O(HN, "gdp", "YearOnYearGrowth", "4.5", "P1", Y22),
        O(HN, "gdp", "Level", yi("4602.7"), "CNY", Y22, None, "第一产业"),
        O(HN, "gdp", "YearOnYearGrowth", "3.6", "P1", Y22, None, "第一产业"),
        O(HN, "gdp", "Level", yi("19182.6"), "CNY", Y22, None, "第二产业"),
        O(HN, "gdp", "YearOnYearGrowth", "5.4", "P1", Y22, None, "第二产业"),
        O(HN, "gdp", "Level", yi("24885.1"), "CNY", Y22, None, "第三产业"),
        O(HN, "gdp", "YearOnYearGrowth", "4.0", "P1", Y22, None, "第三产业"),
        O(HN, "gdp", "Share", "51.1", "P1", Y22, None, "第三产业"),
        O(HN, "industrialValueAdded", "YearOnYearGrowth", "7.2", "P1", Y22, None, "规模以上工业"),
        O(HN, "fixedAssetInvestment", "YearOnYearGrowth", "6.6", "P1", Y22),
        O(HN, "retailSalesValue", "Level", yi("19050.7"), "CNY", Y22),
        O(HN, "retailSalesValue", "YearOnYearGrowth", "2.4", "P1", Y22),
        O(HN, "foreignTradeValue", "Level", yi("7058.2"), "CNY", Y22),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "19.2", "P1", Y22),
        O(CS, "gdp", "Level", yi("13966.11"), "CNY", Y22),
        O(CS, "gdp", "YearOnYearGrowth", "4.5", "P1", Y22),
        O("place:430121", "gdp", "Level", yi("2002.85"), "CNY", Y22),
        O("place:430181", "gdp", "YearOnYearGrowth", "5.1", "P1", Y22),
        O("place:430182", "gdp", "YearOnYearGrowth", "4.8", "P1", Y22),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zd04 河南 2023 CBEC
HEN = "place:410000"
ZZ = "place:410100"
Y23 = Y(2023)
OPINION = "doc:guobanfa-2023-10"
ZZZ = "zone:cbec-410100"
zd04 = {
    "editor": "马晓燕",
    "entities": [
        E("河南", P, HEN),
        E("大河网", ORG, None, True),
        rep("王平"),
        E("河南省商务厅", ORG, "org:commerce-410000"),
        E("郑州海关", ORG, "body:郑州海关"),
        E("郑州", PF, ZZ),
        E("洛阳", PF, "place:410300"),
        E("南阳", PF, "place:411300"),
        E("南阳市", PF, "place:411300"),
        E("焦作", PF, "place:410800"),
        E("许昌", PF, "place:411000"),
        E("许昌市", PF, "place:411000"),
        E("跨境电子商务综合试验区", CB, None, True),  # the zone type
        E("中国（郑州）跨境电子商务综合试验区", CB, ZZZ),
        E("第二批", "Batch", "batch:cbec-2", True),
        E("综试区", CB, None, True),  # the zone type
        E("第七批", "Batch", "batch:cbec-7", True),
        E("镇平县", C, "place:411324"),
        E("建安区", C, "place:411003"),
        E("美国", CO, "country:USA"),
        E("俄罗斯", CO, "country:RUS"),
        E("巴西", CO, "country:BRA"),
        E("郑州航空港经济综合实验区", PZ, None, True),  # no IRI rule
        E("国务院办公厅", ORG, "org:state-council-general-office"),
        E("关于推动外贸稳规模优结构的意见", L, OPINION),  # no 《》
        E("国办发〔2023〕10号", L, OPINION),
        E("跨境通", ORG, None, True),
        E("城发环境", ORG, None, True),
    ],
    "must_not": [],
    "relations": [
        R("body:郑州海关", AREA, ZZ),
        R(ZZZ, "kgo:inBatch", "batch:cbec-2"),
        R(OPINION, PASSED, "org:state-council-general-office"),
    ],
    "observations": [
        O(HEN, "crossBorderEcommerceTradeValue", "Level", yi("2371.2"), "CNY", Y23),
        O(HEN, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "7.7", "P1", Y23),
        O(HEN, "crossBorderEcommerceExportValue", "Level", yi("1781.9"), "CNY", Y23),
        O(HEN, "crossBorderEcommerceExportValue", "YearOnYearGrowth", "8.4", "P1", Y23),
        O(HEN, "crossBorderEcommerceImportValue", "Level", yi("589.3"), "CNY", Y23),
        O(HEN, "crossBorderEcommerceImportValue", "YearOnYearGrowth", "5.6", "P1", Y23),
        O(HEN, "foreignTradeValue", "Level", yi("8107.9"), "CNY", Y23),
        O(HEN, "foreignTradeValue", "YearOnYearGrowth", "-11.6", "P1", Y23),
        O(HEN, "crossBorderEcommerceTradeValue", "Level", yi("3000"), "CNY", Y(2025), target=True),
    ],
    "optional_observations": [],
    "claims": [
        {
            "kind": "kgo:ZonesInPlace",
            "about": HEN,
            "value": 5,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
    ],
}

# ---------------------------------------------------------------- zd05 陕西 2023 trade, 长安号
SX = "place:610000"
XA = "place:610100"
XAB = "zone:bonded-610100"
zd05 = {
    "editor": "杜娟",
    "entities": [
        E("中新网", ORG, None, True),
        E("西安", PF, XA, True, [1]),  # dateline
        rep("阿琳娜"),
        E("西安海关", ORG, "body:西安海关"),
        E("陕西省", P, SX),
        E("陕西", P, SX),
        E("韩国", CO, "country:KOR"),
        E("东盟", ORG, "org:asean", True),
        E("欧盟", ORG, "org:eu", True),
        E("哈萨克斯坦", CO, "country:KAZ"),
        E("长安号", ORG, None, True),  # the train brand
        E("中欧班列长安号", ORG, None, True),
        E("西安国际港务区", ORG, None, True),  # a development area, no IRI rule
        E("德国", CO, "country:DEU"),
        E("波兰", CO, "country:POL"),
        E("乌兹别克斯坦", CO, "country:UZB"),
        E("西安市", PF, XA),
        E("灞桥区", C, "place:610111"),
        E("西安国际港站", ORG, None, True),  # a rail terminal (also the caption)
        E("宝鸡", PF, "place:610300"),
        E("咸阳", PF, "place:610400"),
        E("西安综合保税区", PZ, XAB),
        E("陕西省商务厅", ORG, "org:commerce-610000"),
        E("西部陆海新通道", ORG, None, True),  # a corridor programme
        E("西安饮食", ORG, None, True),
        E("金钼股份", ORG, None, True),
    ],
    "must_not": [
        IN("西部陆海新通道", "通道", "西部陆海新通道 (a corridor), not 通道县", PLACE),
        IN("长安号", "长安", "the train brand 长安号, not 长安区", PLACE),
        IN("西安饮食", "西安", "stock link 西安饮食 (a company)", PLACE),
    ],
    "relations": [R("body:西安海关", AREA, XA)],
    "observations": [
        O(SX, "foreignTradeValue", "Level", yi("4041.6"), "CNY", Y23),
        O(SX, "foreignTradeValue", "YearOnYearGrowth", "-16.9", "P1", Y23),
        O(SX, "exportValue", "Level", yi("2606.9"), "CNY", Y23),
        O(SX, "importValue", "Level", yi("1434.7"), "CNY", Y23),
        O(SX, "foreignTradeValue", "Level", yi("716.3"), "CNY", Y23, "country:KOR"),
        O(SX, "foreignTradeValue", "Level", yi("612.8"), "CNY", Y23, "org:asean"),
        O(SX, "foreignTradeValue", "Level", yi("469.5"), "CNY", Y23, "org:eu"),
        O(SX, "foreignTradeValue", "Share", "17.7", "P1", Y23, "country:KOR"),
        O(SX, "foreignTradeValue", "YearOnYearGrowth", "40.6", "P1", Y23, "country:KAZ"),
        O(XA, "foreignTradeValue", "Level", yi("3721.9"), "CNY", Y23),
        O(XA, "foreignTradeValue", "Share", "92.1", "P1", Y23),
        O("place:610300", "foreignTradeValue", "YearOnYearGrowth", "7.3", "P1", Y23),
        O("place:610400", "foreignTradeValue", "YearOnYearGrowth", "12.6", "P1", Y23),
    ],
    "optional_observations": [
        O(XAB, "foreignTradeValue", "YearOnYearGrowth", "-9.4", "P1", Y23),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- zd06 江西 2024 政府工作报告
JX = "place:360000"
YE = "person:叶建春@org:gov-360000"
Y24 = Y(2024)
zd06 = {
    "editor": "罗琳",
    "entities": [
        E("江西日报", ORG, None, True),
        rep("齐美煜"),
        E("江西省第十四届人民代表大会第二次会议", ORG, None, True),  # an event
        E("南昌", PF, "place:360100"),
        E("江西省", P, JX),
        E("叶建春", PER, YE),
        E("政府工作报告", L, "title:政府工作报告"),
        E("江西内陆开放型经济试验区", PZ, None, True),  # no IRI rule
        E("赣江新区", PZ, None, True),  # a state-level new area, no IRI rule
        E("赣州综合保税区", PZ, "zone:bonded-360700"),
        E("赣州", PF, "place:360700"),
        E("九江", PF, "place:360400"),
        E("江西铜业", ORG, None, True),
        E("天音控股", ORG, None, True),
        E("南昌市", PF, "place:360100"),
        E("红谷滩区", C, "place:360113"),
    ],
    "must_not": [
        IN("江西日报", "江西", "newspaper 江西日报", PLACE),
        IN("江西铜业", "江西", "stock link 江西铜业 (a company)", PLACE),
    ],
    "relations": [R(YE, HOLDS, "post:org:gov-360000#省长")],
    "observations": [
        O(JX, "gdp", "Level", yi("32200.1"), "CNY", Y23),
        O(JX, "gdp", "YearOnYearGrowth", "4.1", "P1", Y23),
        O(JX, "industrialValueAdded", "YearOnYearGrowth", "5.4", "P1", Y23, None, "规模以上工业"),
        O(JX, "retailSalesValue", "Level", yi("13835.9"), "CNY", Y23),
        O(JX, "retailSalesValue", "YearOnYearGrowth", "5.7", "P1", Y23),
        O(JX, "foreignTradeValue", "Level", yi("5697.8"), "CNY", Y23),
        O(JX, "foreignTradeValue", "YearOnYearGrowth", "-15.2", "P1", Y23),
        O(JX, "gdp", "YearOnYearGrowth", "5", "P1", Y24, target=True),
        O(
            JX,
            "industrialValueAdded",
            "YearOnYearGrowth",
            "6.5",
            "P1",
            Y24,
            None,
            "规模以上工业",
            True,
        ),
        O(JX, "fixedAssetInvestment", "YearOnYearGrowth", "3", "P1", Y24, target=True),
        O(JX, "retailSalesValue", "YearOnYearGrowth", "6", "P1", Y24, target=True),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zd07 安徽 FTZ three years
AH = "place:340000"
AHFTZ = "zone:ftz-340000"
AHPLAN = "title:中国（安徽）自由贸易试验区总体方案"
AHIO = "body:安徽省人民政府新闻办公室"
P8 = "2023-01-01/2023-08-31"
zd07 = {
    "editor": "程晨",
    "entities": [
        E("中安在线", ORG, None, True),
        E("安徽省人民政府新闻办公室", ORG, AHIO),
        E("中国（安徽）自由贸易试验区", FZ, AHFTZ),
        E("国务院", ORG, "org:state-council"),
        E("中国（安徽）自由贸易试验区总体方案", L, AHPLAN),  # no 《》
        E("安徽自贸试验区", FZ, AHFTZ),
        E("自贸试验区", FZ, None, True),  # back-reference / the zone type
        E("合肥片区", PZ, None, True),  # FTZ areas
        E("芜湖片区", PZ, None, True),
        E("蚌埠片区", PZ, None, True),
        E("安徽省商务厅", ORG, "org:commerce-340000"),
        E("合肥市", PF, "place:340100"),
        E("蜀山区", C, "place:340104"),
        E("包河区", C, "place:340111"),
        E("芜湖港", ORG, None, True),  # a port
        E("芜湖市", PF, "place:340200"),
        E("鸠江区", C, "place:340207"),
        E("合肥海关", ORG, "body:合肥海关"),
        E("安徽省", P, AH),
        E("安徽", P, AH),
        E("长三角", ORG, None, True),  # a region
        E("德国", CO, "country:DEU"),
        E("日本", CO, "country:JPN"),
        E("江淮汽车", ORG, None, True),
        E("皖维高新", ORG, None, True),
    ],
    "must_not": [
        NA("江海", "江海联运 (river-sea transport), not 江海区", PLACE),
        NA("合作", "产业合作, not 合作市", PLACE),
    ],
    "relations": [
        R(AHIO, SUB, "org:gov-340000"),
        R(AHIO, AREA, AH),
        R(AHPLAN, PASSED, "org:state-council"),
        R(AHPLAN, EST, AHFTZ),
        R("body:合肥海关", AREA, "place:340100"),
    ],
    "observations": [
        O(AH, "foreignTradeValue", "Level", yi("5306.6"), "CNY", P8),
        O(AH, "foreignTradeValue", "YearOnYearGrowth", "9.6", "P1", P8),
        O(AH, "exportValue", "Level", yi("3431.5"), "CNY", P8),
        O(AH, "exportValue", "YearOnYearGrowth", "15.2", "P1", P8),
    ],
    "optional_observations": [
        # 约十分之一的进出口: an approximate share, about the zone, no period
        O(AHFTZ, "foreignTradeValue", "Share", "10", "P1"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- zd08 云南 2023 GDP
YN = "place:530000"
KM = "place:530100"
YNS = "body:国家统计局云南调查总队"
zd08 = {
    "editor": "段然",
    "entities": [
        E("云南", P, YN),
        E("云南网", ORG, None, True),
        rep("张雁"),
        E("云南省统计局", ORG, "body:云南省统计局"),
        E("国家统计局云南调查总队", ORG, YNS),
        E("云南省", P, YN),
        E("昆明海关", ORG, "body:昆明海关"),
        E("老挝", CO, "country:LAO"),
        E("昆明", PF, KM),
        E("昆明市", PF, KM),
        E("曲靖市", PF, "place:530300"),
        E("玉溪市", PF, "place:530400"),
        E("红河州", PF, "place:532500"),
        E("德宏州", PF, "place:533100"),
        E("瑞丽市", C, "place:533102"),
        E("中老铁路", ORG, None, True),  # a railway
        E("越南", CO, "country:VNM"),
        E("缅甸", CO, "country:MMR"),
        E("云南白药", ORG, None, True),
        E("云天化", ORG, None, True),
        E("王家营西站", ORG, None, True),  # caption: a station
    ],
    "must_not": [
        NA("通道", "开放通道 (a corridor), not 通道县", PLACE),
        IN("云南网", "云南", "news site 云南网", PLACE),
        IN("云南白药", "云南", "stock link 云南白药 (a company)", PLACE),
    ],
    "relations": [
        R("body:云南省统计局", AREA, YN),
        R(YNS, SUB, "org:nbs"),
        R(YNS, AREA, YN),
        R("body:昆明海关", AREA, KM),
    ],
    "observations": [
        O(YN, "gdp", "Level", yi("30021.12"), "CNY", Y23),
        O(YN, "gdp", "YearOnYearGrowth", "4.4", "P1", Y23),
        O(YN, "gdp", "Level", yi("4206.60"), "CNY", Y23, None, "第一产业"),
        O(YN, "gdp", "YearOnYearGrowth", "4.1", "P1", Y23, None, "第一产业"),
        O(YN, "gdp", "Level", yi("10263.46"), "CNY", Y23, None, "第二产业"),
        O(YN, "gdp", "YearOnYearGrowth", "2.2", "P1", Y23, None, "第二产业"),
        O(YN, "gdp", "Level", yi("15551.06"), "CNY", Y23, None, "第三产业"),
        O(YN, "gdp", "YearOnYearGrowth", "5.9", "P1", Y23, None, "第三产业"),
        O(YN, "industrialValueAdded", "YearOnYearGrowth", "3.8", "P1", Y23, None, "规模以上工业"),
        O(YN, "fixedAssetInvestment", "YearOnYearGrowth", "-10.6", "P1", Y23),
        O(YN, "retailSalesValue", "Level", yi("11830.3"), "CNY", Y23),
        O(YN, "retailSalesValue", "YearOnYearGrowth", "7.0", "P1", Y23),
        O(YN, "foreignTradeValue", "Level", yi("2581.6"), "CNY", Y23),
        O(YN, "foreignTradeValue", "YearOnYearGrowth", "-22.3", "P1", Y23),
        O(KM, "gdp", "Level", yi("7864.76"), "CNY", Y23),
        O(KM, "gdp", "YearOnYearGrowth", "3.5", "P1", Y23),
        O("place:530300", "gdp", "YearOnYearGrowth", "4.9", "P1", Y23),
        O("place:530400", "gdp", "YearOnYearGrowth", "4.2", "P1", Y23),
    ],
    "optional_observations": [
        # heading: 占全省四分之一以上 (a lower bound)
        O(KM, "gdp", "Share", "25", "P1", Y23),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- zd09 怀化国际陆港 2023
HH = "place:431200"
HHB = "body:怀化市商务局"
zd09 = {
    "editor": "蒋丽",
    "entities": [
        E("怀化日报", ORG, None, True),
        E("怀化市商务局", ORG, HHB),
        E("怀化国际陆港", ORG, None, True),  # a dry port (also the caption)
        E("东盟班列", ORG, None, True),  # train services
        E("中欧班列", ORG, None, True),
        E("中老班列", ORG, None, True),
        E("老挝", CO, "country:LAO"),
        E("越南", CO, "country:VNM"),
        E("泰国", CO, "country:THA"),
        E("东盟", ORG, "org:asean", True),
        E("中亚", ORG, None, True),  # regions
        E("欧洲", ORG, None, True),
        E("长沙海关", ORG, "body:长沙海关"),
        E("怀化海关", ORG, "body:怀化海关"),
        E("怀化市", PF, HH),
        E("湖南", P, "place:430000"),
        E("怀化", PF, HH),
        E("鹤城区", C, "place:431202"),
        E("中方县", C, "place:431221"),
        E("洪江市", C, "place:431281"),
        E("中老铁路", ORG, None, True),
        E("万象", ORG, None, True),  # Vientiane, a foreign city
        E("西部陆海新通道", ORG, None, True),
        E("中欧班列长沙集结中心", ORG, None, True),  # a rail hub
        E("时代新材", ORG, None, True),
        E("湖南发展", ORG, None, True),
    ],
    "must_not": [
        IN("西部陆海新通道", "通道", "西部陆海新通道 (a corridor), not 通道县", PLACE),
        IN("怀化日报", "怀化", "newspaper 怀化日报", PLACE),
        NA("中方", "中方 = the Chinese side, not 中方县", PLACE),
        IN("中欧班列长沙集结中心", "长沙", "a rail hub's name", PLACE),
        IN("湖南发展", "湖南", "stock link 湖南发展 (a company)", PLACE),
    ],
    "relations": [
        R(HHB, AREA, HH),
        R("body:长沙海关", AREA, "place:430100"),
        R("body:怀化海关", AREA, HH),
    ],
    "observations": [
        O(HH, "foreignTradeValue", "Level", yi("137.3"), "CNY", Y23),
        O(HH, "foreignTradeValue", "YearOnYearGrowth", "62.5", "P1", Y23),
        O(HH, "foreignTradeValue", "Level", yi("58.2"), "CNY", Y23, "org:asean"),
        O(HH, "foreignTradeValue", "YearOnYearGrowth", "110", "P1", Y23, "org:asean"),
        O(HH, "foreignTradeValue", "Share", "42.4", "P1", Y23, "org:asean"),
        O(HH, "foreignTradeValue", "Level", yi("160"), "CNY", Y24, target=True),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zd10 pandas (off-topic)
zd10 = {
    "editor": "何欣",
    "entities": [
        E("中新网", ORG, None, True),
        E("成都", PF, CD, True, [1]),  # dateline
        rep("岳依桐"),
        E("成都市", PF, CD),
        E("成华区", C, "place:510108"),
        E("成都大熊猫繁育研究基地", ORG, None, True),
        E("成都市文化广电旅游局", ORG, "body:成都市文化广电旅游局"),
        E("日本", CO, "country:JPN"),
        E("四川", P, SC),
        E("雅安市", PF, "place:511800"),
        E("碧峰峡基地", ORG, None, True),
        E("美国", CO, "country:USA"),
        E("四川省林业和草原局", ORG, "body:四川省林业和草原局"),
        E("阿坝州", PF, "place:513200"),
        E("汶川县", C, "place:513221"),
        E("卧龙中华大熊猫苑", ORG, None, True),
        E("国家林业和草原局", ORG, "org:nfga"),
        E("黄山旅游", ORG, None, True),
        E("众信旅游", ORG, None, True),
    ],
    "must_not": [
        NA("延长", "延长开放时间 (extend), not 延长县", PLACE),
        IN("成都大熊猫繁育研究基地", "成都", "a research base's name", PLACE),
        IN("卧龙中华大熊猫苑", "卧龙", "the 卧龙 panda park in 汶川, not 南阳's 卧龙区", PLACE),
        IN("黄山旅游", "黄山", "stock link 黄山旅游 (a company)", PLACE),
    ],
    "relations": [
        R("body:成都市文化广电旅游局", AREA, CD),
        R("body:四川省林业和草原局", AREA, SC),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zd11 wheat harvest (off-topic)
zd11 = {
    "editor": "田甜",
    "entities": [
        E("新华社", ORG, None, True),
        E("郑州", PF, ZZ, True, [1]),  # dateline
        rep("韩朝阳"),
        E("河南省", P, HEN),
        E("中央气象台", ORG, "org:nmc"),
        E("驻马店", PF, "place:411700"),
        E("驻马店市", PF, "place:411700"),
        E("南阳", PF, "place:411300"),
        E("河南省农业农村厅", ORG, "body:河南省农业农村厅"),
        E("周口", PF, "place:411600"),
        E("正阳县", C, "place:411724"),
        E("农业农村部", ORG, "org:moa"),
        E("河南", P, HEN),
        E("隆平高科", ORG, None, True),
        E("北大荒", ORG, None, True),
        rep("李安"),
    ],
    "must_not": [
        NA("合作", "农机合作社, not 合作市", PLACE),
        IN("豫东平原", "平原", "豫东平原 (a plain), not 平原县", PLACE),
        NA("中原", "中原粮仓 (the region), not 中原区", PLACE),
    ],
    "relations": [R("body:河南省农业农村厅", AREA, HEN)],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zd12 长江电力 results (off-topic)
CTG = "中国长江三峡集团有限公司"
CYPC = "中国长江电力股份有限公司"
zd12 = {
    "editor": "郑洁",
    "entities": [
        E("证券时报", ORG, None, True),
        E(CYPC, ORG, None, True),
        E("长江电力", ORG, None, True),
        E("乌东德", ORG, None, True),  # power stations
        E("白鹤滩", ORG, None, True),
        E("溪洛渡", ORG, None, True),
        E("向家坝", ORG, None, True),
        E("三峡", ORG, None, True),
        E("葛洲坝", ORG, None, True),
        E("白鹤滩水电站", ORG, None, True),
        E("三峡大坝", ORG, None, True),
        E("四川省", P, SC),
        E("凉山州", PF, "place:513400"),
        E("宁南县", C, "place:513427"),
        E("云南省", P, YN),
        E("昭通市", PF, "place:530600"),
        E("巧家县", C, "place:530622"),
        E("湖北省", P, HB),
        E("宜昌市", PF, "place:420500"),
        E("湖北", P, HB),
        E("宜昌", PF, "place:420500"),
        E(CTG, ORG, None, True),
        E("国家能源局", ORG, "org:nea"),
        E("三峡能源", ORG, None, True),
    ],
    "must_not": [
        IN(CYPC, "中国", "company name", COUNTRY),
        IN(CTG, "中国", "company name", COUNTRY),
        IN("金沙江", "金沙", "the river 金沙江, not 金沙县", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {f"zd{n:02d}": globals()[f"zd{n:02d}"] for n in range(1, 13)}

if __name__ == "__main__":
    for stem, spec in SPECS.items():
        spec["must_not"] = resolve_in(
            read_body(HERE / "articles" / f"{stem}.md", captions=True), spec["must_not"]
        )
    write_captioned_set(HERE, SPECS)
