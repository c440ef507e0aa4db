"""Write the gold files of heldout-2026-12u from the annotator's span lists.

Input: articles/huNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: huNN.json (one entity per occurrence; ``"captions": true``; containment relations
from the must-find places with ../../tools/containment.py; areaServed of reference-table
bodies with ../../tools/table_bodies.py; the rest of the relations as listed here).
It does not: run or read any extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository root

from tests.gold.tools.heldout import NA, E, O, R, occurrences, read_body  # noqa: E402
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
STEMS = [f"hu{n:02d}" for n in range(1, 13)]
BODY = {s: read_body(HERE / "articles" / f"{s}.md", captions=True) for s in STEMS}
PERSON = "Person"
SPECIAL = "SpecialArea"
BATCH = "Batch"


def inside(stem: str, text: str, host: str) -> list[int]:
    """Occurrence numbers of ``text`` that lie inside an occurrence of ``host``."""
    body = BODY[stem]
    spans = [(h, h + len(host)) for h in occurrences(body, host)]
    return [
        n
        for n, s in enumerate(occurrences(body, text), 1)
        if any(a <= s and s + len(text) <= b for a, b in spans)
    ]


def outside(stem: str, text: str, host: str) -> list[int]:
    """Occurrence numbers of ``text`` not inside any occurrence of ``host``."""
    hits = inside(stem, text, host)
    return [n for n in range(1, len(occurrences(BODY[stem], text)) + 1) if n not in hits]


P20, P21, P22 = Y(2020), Y(2021), Y(2022)
RUS = "country:RUS"
USA = "country:USA"
EU = "org:eu"
ASEAN = "org:asean"
HLJ = "place:230000"

# ---------------------------------------------------------------- hu01 内蒙古 2021 trade
NM = "place:150000"
D21 = "2021-12-01/2021-12-31"
HHC = "body:呼和浩特海关"
hu01 = {
    "editor": "赵磊",
    "entities": [
        E("内蒙古", P, NM),
        E("内蒙古自治区", P, NM),
        E("蒙古国", CO, "country:MNG"),
        E("中新网", ORG, None, True),
        E("呼和浩特", PF, "place:150100", True, [1]),  # dateline
        E("李爱平", PERSON, "person:李爱平@reporter", True),
        E("呼和浩特海关", ORG, HHC),
        E("呼和浩特海关统计分析处", ORG, "body:呼和浩特海关统计分析处"),
        E("俄罗斯", CO, RUS),
        E("一带一路", L, "doc:bri", True),
        E("欧盟", ORG, EU, True),
        E("澳大利亚", CO, "country:AUS"),
        E("满洲里市", C, "place:150781"),
        E("满洲里", C, "place:150781", True, inside("hu01", "满洲里", "满洲里口岸")),  # port
        E("二连浩特市", C, "place:152501"),
        E("呼伦贝尔市", PF, "place:150700"),
        E("锡林郭勒盟", PF, "place:152500"),
        E("中欧班列", ORG, None, True),  # a rail service
        E("包头", PF, "place:150200"),
        E("鄂尔多斯", PF, "place:150600"),
        E("内蒙一机", ORG, None, True),  # stock link
        E("包钢股份", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("内蒙古", "蒙古", "the region 内蒙古, not the country 蒙古国", [CO]),
        IN("内蒙一机", "内蒙", "stock link 内蒙一机 (a company)", PLACE),
        NA("资源", "资源类商品, not 资源县", PLACE),
    ],
    "relations": [
        R(HHC, AREA, "place:150100"),
        R("body:呼和浩特海关统计分析处", SUB, HHC),
    ],
    "observations": [
        O(NM, "foreignTradeValue", "Level", yi("1235.6"), "CNY", P21),
        O(NM, "foreignTradeValue", "YearOnYearGrowth", "17.4", "P1", P21),
        O(NM, "exportValue", "Level", yi("474.2"), "CNY", P21),
        O(NM, "exportValue", "YearOnYearGrowth", "15.1", "P1", P21),
        O(NM, "importValue", "Level", yi("761.4"), "CNY", P21),
        O(NM, "importValue", "YearOnYearGrowth", "18.9", "P1", P21),
        O(NM, "foreignTradeValue", "Level", yi("121.3"), "CNY", D21),
        O(NM, "foreignTradeValue", "YearOnYearGrowth", "9.6", "P1", D21),
        O(NM, "foreignTradeValue", "Level", yi("283.7"), "CNY", P21, "country:MNG"),
        O(NM, "foreignTradeValue", "YearOnYearGrowth", "9.5", "P1", P21, "country:MNG"),
        O(NM, "foreignTradeValue", "Share", "23", "P1", P21, "country:MNG"),
        O(NM, "foreignTradeValue", "Level", yi("247.9"), "CNY", P21, RUS),
        O(NM, "foreignTradeValue", "YearOnYearGrowth", "13.2", "P1", P21, RUS),
        O(NM, "foreignTradeValue", "Level", yi("745.2"), "CNY", P21, "doc:bri"),
        O(NM, "foreignTradeValue", "Share", "60.3", "P1", P21, "doc:bri"),
        O(NM, "foreignTradeValue", "YearOnYearGrowth", "31.4", "P1", P21, EU),
        O(NM, "foreignTradeValue", "YearOnYearGrowth", "-18.2", "P1", P21, "country:AUS"),
        O(NM, "exportValue", "Level", yi("150.6"), "CNY", P21, None, "机电产品"),
        O(NM, "exportValue", "YearOnYearGrowth", "22.7", "P1", P21, None, "机电产品"),
        O("place:150781", "foreignTradeValue", "YearOnYearGrowth", "11.8", "P1", P21),
        O("place:152501", "foreignTradeValue", "YearOnYearGrowth", "6.3", "P1", P21),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hu02 黑河 bridge
HH = "place:231100"
hu02 = {
    "editor": "孙宁",
    "entities": [
        E("黑龙江日报", ORG, None, True),
        E("黑龙江省", P, HLJ),
        E("黑河市", PF, HH),
        E("黑河", PF, HH, False, outside("hu02", "黑河", "黑河口岸")),
        E("黑河", PF, HH, True, inside("hu02", "黑河", "黑河口岸")),  # caption: the port
        E("俄罗斯", CO, RUS),
        E("黑河海关", ORG, "body:黑河海关"),
        E("黑河市商务局", ORG, "body:黑河市商务局"),
        E("第五批跨境电子商务综合试验区", BATCH, "batch:cbec-5", True),
        E("中国（黑河）跨境电子商务综合试验区", CB, "zone:cbec-231100"),
        E("逊克县", C, "place:231123"),
        E("孙吴县", C, "place:231124"),
        E("黑龙江省商务厅", ORG, "org:commerce-230000"),
        E("哈尔滨", PF, "place:230100"),
        E("绥化", PF, "place:231200"),
        E("绥芬河", C, "place:231081"),
        E("龙江交通", ORG, None, True),  # stock link
        E("华电能源", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("黑龙江日报", "黑龙江", "newspaper 黑龙江日报", PLACE),
        IN("黑龙江公路大桥", "黑龙江", "the river 黑龙江 in a bridge name", PLACE),
        IN("跨黑龙江", "黑龙江", "the river 黑龙江, not the province", PLACE),
        IN("龙江交通", "龙江", "stock link 龙江交通 (a company), not 龙江县", PLACE),
        NA("通道", "a route, not 通道侗族自治县", PLACE),
        NA("合作", "经贸合作, not 合作市", PLACE),
    ],
    "relations": [
        R("body:黑河海关", AREA, HH),
        R("body:黑河市商务局", AREA, HH),
        R("zone:cbec-231100", "kgo:inBatch", "batch:cbec-5"),
    ],
    "observations": [
        O(HH, "foreignTradeValue", "Level", yi("43.3"), "CNY", P21),
        O(HH, "foreignTradeValue", "YearOnYearGrowth", "28.9", "P1", P21),
        O(HH, "foreignTradeValue", "Level", yi("40.1"), "CNY", P21, RUS),
        O(HH, "foreignTradeValue", "Share", "92.6", "P1", P21, RUS),
        O(HH, "foreignTradeValue", "Level", yi("18.6"), "CNY", "2022-01-01/2022-05-31"),
        O(HH, "foreignTradeValue", "YearOnYearGrowth", "12.4", "P1", "2022-01-01/2022-05-31"),
    ],
    "optional_observations": [],
    "claims": [{"kind": "kgo:ZonesInPlace", "about": HLJ, "value": 3}],
}

# ---------------------------------------------------------------- hu03 中欧地理标志协定
GI = "title:中华人民共和国政府与欧洲联盟地理标志保护与合作协定"
TLS = "body:商务部条约法律司"
hu03 = {
    "editor": "陈曦",
    "entities": [
        E("中欧地理标志协定", L, GI),
        E("安吉", C, "place:330523", True, inside("hu03", "安吉", "安吉白茶")),  # product
        E("新华社", ORG, None, True),
        E("北京", P, "place:110000", True),  # dateline
        E("于佳欣", PERSON, "person:于佳欣@reporter", True),
        E("《中华人民共和国政府与欧洲联盟地理标志保护与合作协定》", L, GI),
        E("中华人民共和国", CO, "country:CHN", True),  # inside the title
        E("欧洲联盟", ORG, EU, True),  # inside the title
        E("商务部条约法律司", ORG, TLS),
        E("商务部", ORG, "org:mofcom"),
        E("中国", CO, CHN),
        E("盘锦", PF, "place:211100", True),  # product name 盘锦大米
        E("镇江", PF, "place:321100", True),  # product name 镇江香醋
        E("法国", CO, "country:FRA"),
        E("意大利", CO, "country:ITA"),
        E("希腊", CO, "country:GRC"),
        E("西班牙", CO, "country:ESP"),
        E("欧盟", ORG, EU, True),
        E("国家知识产权局", ORG, "body:国家知识产权局"),
        E("中欧投资协定", L, "doc:cai"),
        E("浙江省", P, "place:330000"),
        E("湖州市", PF, "place:330500"),
        E("安吉县", C, "place:330523"),
        E("古井贡酒", ORG, None, True),  # stock link
        E("山西汾酒", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("山西汾酒", "山西", "stock link 山西汾酒 (a company)", PLACE),
        NA("中方", "the Chinese side, not 中方县", PLACE),
    ],
    "relations": [R(TLS, SUB, "org:mofcom")],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("4.5"), "CNY", P20, EU),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "5.3", "P1", P20, EU),
        O(CHN, "exportValue", "Level", wy("2.7"), "CNY", P20, EU),
        O(CHN, "exportValue", "YearOnYearGrowth", "6.7", "P1", P20, EU),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hu04 西部陆海新通道
CQ = "place:500000"
GX = "place:450000"
PLAN4 = "title:西部陆海新通道总体规划"
PORT4 = "body:重庆市人民政府口岸和物流办公室"
hu04 = {
    "editor": "刘洋",
    "entities": [
        E("西部陆海新通道", ORG, None, True),  # a corridor (programme)
        E(PORT4.removeprefix("body:"), ORG, PORT4),
        E("重庆海关", ORG, "body:重庆海关"),
        E("重庆市", P, CQ),
        E("重庆", P, CQ),
        E("东盟", ORG, ASEAN, True),
        E("北部湾港", ORG, None, True),  # the port / the company (stock link)
        E("广西北部湾港", ORG, None, True),  # the port's name
        E("南宁海关", ORG, "body:南宁海关"),
        E("广西壮族自治区", P, GX),
        E("钦州", PF, "place:450700"),
        E("北海", PF, "place:450500"),
        E("防城港", PF, "place:450600"),
        E("江津区", C, "place:500116"),
        E("珞璜港", ORG, None, True),
        E("国家发展改革委", ORG, "org:ndrc"),
        E("《西部陆海新通道总体规划》", L, PLAN4),
        E("发改基础〔2019〕1333号", L, PLAN4),
        E("中新（重庆）战略性互联互通示范项目", ORG, None, True),
        E("新加坡", CO, "country:SGP"),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("连云港", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("连云港", "连云港", "stock link 连云港 (a company)", PLACE),
        IN("出海口", "海口", "出海口 (an outlet to the sea), not 海口市", PLACE),
        NA("通道", "a route, not 通道侗族自治县", PLACE),
        NA("港口", "ports, not 港口区", PLACE),
        NA("合作", "合作方, not 合作市", PLACE),
    ],
    "relations": [
        R(PORT4, SUB, "body:重庆市人民政府"),
        R(PORT4, AREA, CQ),
        R("body:重庆海关", AREA, CQ),
        R("body:南宁海关", AREA, "place:450100"),
        R(PLAN4, PASSED, "org:ndrc"),
    ],
    "observations": [
        O(CQ, "foreignTradeValue", "Level", yi("8158.4"), "CNY", P22),
        O(CQ, "foreignTradeValue", "YearOnYearGrowth", "2", "P1", P22),
        O(CQ, "foreignTradeValue", "Level", yi("1300.1"), "CNY", P22, ASEAN),
        O(CQ, "foreignTradeValue", "YearOnYearGrowth", "12.6", "P1", P22, ASEAN),
        O(CQ, "foreignTradeValue", "Share", "15.9", "P1", P22, ASEAN),
        O(GX, "foreignTradeValue", "Level", yi("6603.5"), "CNY", P22),
        O(GX, "foreignTradeValue", "YearOnYearGrowth", "11.3", "P1", P22),
        O(GX, "foreignTradeValue", "Level", yi("2816.5"), "CNY", P22, ASEAN),
        O(GX, "foreignTradeValue", "YearOnYearGrowth", "2.2", "P1", P22, ASEAN),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hu05 河南 / 郑州航空港
HN = "place:410000"
ZZ = "place:410100"
PLAN5 = "title:郑州航空港经济综合实验区发展规划（2013—2025年）"
hu05 = {
    "editor": "王琳",
    "entities": [
        E("河南日报", ORG, None, True),
        E("郑州海关", ORG, "body:郑州海关"),
        E("河南省", P, HN),
        E("河南", P, HN),
        E("郑州航空港区", PZ, None, True),  # no IRI rule for this zone kind (README)
        E("郑州航空港经济综合实验区", PZ, None, True),
        E("航空港区", PZ, None, True),
        E("郑州市", PF, ZZ),
        E("郑州", PF, ZZ),  # every bare occurrence sits inside a longer name
        E("美国", CO, USA),
        E("欧盟", ORG, EU, True),
        E("东盟", ORG, ASEAN, True),
        E("国家发展改革委", ORG, "org:ndrc"),
        E("《郑州航空港经济综合实验区发展规划（2013—2025年）》", L, PLAN5),
        E("郑州新郑综合保税区", PZ, "zone:bonded-410184"),
        E("综合保税区", PZ, None, True),  # the zone type
        E("中国（河南）自由贸易试验区", FZ, "zone:ftz-410000"),
        E("郑州片区", PZ, None, True),
        E("中国（郑州）跨境电子商务综合试验区", CB, "zone:cbec-410100"),
        E("河南省商务厅", ORG, "org:commerce-410000"),
        E("中牟县", C, "place:410122"),
        E("新郑市", C, "place:410184"),
        E("郑州银行", ORG, None, True),  # stock link
        E("郑煤机", ORG, None, True),  # stock link
        E("郑州新郑国际机场", ORG, None, True),  # caption: the airport
    ],
    "must_not": [
        IN("河南日报", "河南", "newspaper 河南日报", PLACE),
        IN("郑州银行", "郑州", "stock link 郑州银行 (a company)", PLACE),
        IN("郑州新郑国际机场", "郑州", "airport name (soft)", PLACE),
        IN("郑州新郑国际机场", "新郑", "airport name (soft)", PLACE),
    ],
    "relations": [
        R("body:郑州海关", AREA, ZZ),
        R(PLAN5, PASSED, "org:ndrc"),
    ],
    "observations": [
        O(HN, "foreignTradeValue", "Level", yi("8208.1"), "CNY", P21),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "22.9", "P1", P21),
        O(HN, "exportValue", "Level", yi("5024.1"), "CNY", P21),
        O(HN, "exportValue", "YearOnYearGrowth", "22.8", "P1", P21),
        O(HN, "importValue", "Level", yi("3184"), "CNY", P21),
        O(HN, "importValue", "YearOnYearGrowth", "23.1", "P1", P21),
        O(HN, "foreignTradeValue", "Level", yi("1070.2"), "CNY", D21),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "26.5", "P1", D21),
        O(ZZ, "foreignTradeValue", "Level", yi("5892.1"), "CNY", P21),
        O(ZZ, "foreignTradeValue", "YearOnYearGrowth", "19.1", "P1", P21),
        O(ZZ, "foreignTradeValue", "Share", "71.8", "P1", P21),
        O(HN, "foreignTradeValue", "Level", yi("1885.6"), "CNY", P21, USA),
        O(HN, "foreignTradeValue", "Level", yi("1189.3"), "CNY", P21, EU),
        O(HN, "foreignTradeValue", "Level", yi("908.7"), "CNY", P21, ASEAN),
    ],
    # the 航空港区 figures (4990.3亿元, 60.8%) are about a zone without an IRI: not annotated
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hu06 山西 2022 GDP
SX = "place:140000"
GOV6 = "body:山西省人民政府"
JIN = f"person:金湘军@{GOV6}"
P23 = Y(2023)
hu06 = {
    "editor": "李倩",
    "entities": [
        E("山西", P, SX),
        E("山西省", P, SX),
        E("山西省统计局", ORG, "body:山西省统计局"),
        E("国家统计局山西调查总队", ORG, "body:国家统计局山西调查总队"),
        E("太原海关", ORG, "body:太原海关"),
        E("太原市", PF, "place:140100"),
        E("吕梁", PF, "place:141100"),
        E("晋城", PF, "place:140500"),
        E("临汾", PF, "place:141000"),
        E("晋中市", PF, "place:140700"),
        E("太谷区", C, "place:140703"),
        E("山西省第十四届人民代表大会第一次会议", ORG, None, True),  # an event
        E("金湘军", PERSON, JIN),
        E("省人民政府", ORG, GOV6),
        E("政府工作报告", L, "title:政府工作报告"),
        E("山西焦煤", ORG, None, True),  # stock link
        E("华阳股份", ORG, None, True),  # stock link
        E("山西汾酒", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("山西焦煤", "山西", "stock link 山西焦煤 (a company)", PLACE),
        IN("山西汾酒", "山西", "stock link 山西汾酒 (a company)", PLACE),
    ],
    "relations": [
        R("body:山西省统计局", AREA, SX),
        R("body:国家统计局山西调查总队", SUB, "org:nbs"),
        R("body:国家统计局山西调查总队", AREA, SX),
        R("body:太原海关", AREA, "place:140100"),
        R(JIN, HOLDS, f"post:{GOV6}#省长"),
        R("title:政府工作报告", PASSED, GOV6),
    ],
    "observations": [
        O(SX, "gdp", "Level", yi("25642.6"), "CNY", P22),
        O(SX, "gdp", "YearOnYearGrowth", "4.4", "P1", P22),
        O(SX, "gdp", "TwoYearAverageGrowth", "6.7", "P1", P22),
        O(SX, "gdp", "Level", yi("1340.2"), "CNY", P22, None, "第一产业"),
        O(SX, "gdp", "YearOnYearGrowth", "5.2", "P1", P22, None, "第一产业"),
        O(SX, "gdp", "Level", yi("13840.1"), "CNY", P22, None, "第二产业"),
        O(SX, "gdp", "YearOnYearGrowth", "5.4", "P1", P22, None, "第二产业"),
        O(SX, "gdp", "Level", yi("10462.3"), "CNY", P22, None, "第三产业"),
        O(SX, "gdp", "YearOnYearGrowth", "3.2", "P1", P22, None, "第三产业"),
        O(SX, "industrialValueAdded", "YearOnYearGrowth", "5.6", "P1", P22, None, "规模以上工业"),
        O(SX, "industrialValueAdded", "YearOnYearGrowth", "8.2", "P1", P22, None, "煤炭工业"),
        O(SX, "retailSalesValue", "Level", yi("7562.7"), "CNY", P22),
        O(SX, "retailSalesValue", "YearOnYearGrowth", "2.2", "P1", P22),
        O(SX, "fixedAssetInvestment", "YearOnYearGrowth", "6.8", "P1", P22),
        O(SX, "foreignTradeValue", "Level", yi("2194.7"), "CNY", P22),
        O(SX, "foreignTradeValue", "YearOnYearGrowth", "-1.6", "P1", P22),
        O(SX, "exportValue", "Level", yi("1437.3"), "CNY", P22),
        O(SX, "exportValue", "YearOnYearGrowth", "0.2", "P1", P22),
        O("place:140100", "gdp", "Level", yi("5571.2"), "CNY", P22),
        O("place:140100", "gdp", "YearOnYearGrowth", "5.1", "P1", P22),
        O("place:141100", "gdp", "YearOnYearGrowth", "5.0", "P1", P22),
        O("place:140500", "gdp", "YearOnYearGrowth", "4.8", "P1", P22),
        O("place:141000", "gdp", "YearOnYearGrowth", "4.6", "P1", P22),
        O(SX, "gdp", "YearOnYearGrowth", "6", "P1", P23, target=True),
        O(SX, "fixedAssetInvestment", "YearOnYearGrowth", "8", "P1", P23, target=True),
        O(SX, "retailSalesValue", "YearOnYearGrowth", "7", "P1", P23, target=True),
        O(SX, "foreignTradeValue", "YearOnYearGrowth", "8", "P1", P23, target=True),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hu07 厦门 2021 trade
XM = "place:350200"
XM_DATELINE = inside("hu07", "厦门", "中新网厦门")
hu07 = {
    "editor": "林婷",
    "entities": [
        E("厦门", PF, XM, False, outside("hu07", "厦门", "中新网厦门")),
        E("厦门", PF, XM, True, XM_DATELINE),  # dateline
        E("湖里区", C, "place:350206"),
        E("海沧区", C, "place:350205"),
        E("中新网", ORG, None, True),
        E("杨伏山", PERSON, "person:杨伏山@reporter", True),
        E("厦门海关", ORG, "body:厦门海关"),
        E("厦门市", PF, XM),
        E("福建省", P, "place:350000"),
        E("思明区", C, "place:350203"),
        E("集美区", C, "place:350211"),
        E("同安区", C, "place:350212"),
        E("翔安区", C, "place:350213"),
        E("东盟", ORG, ASEAN, True),
        E("美国", CO, USA),
        E("欧盟", ORG, EU, True),
        E("台湾", P, "place:710000"),
        E("金砖国家", ORG, "org:brics", True),
        E("海沧港区", ORG, None, True),  # caption: a port area
        E("厦门市商务局", ORG, "body:厦门市商务局"),
        E("中国（厦门）跨境电子商务综合试验区", CB, "zone:cbec-350200"),
        E("中国（福建）自由贸易试验区", FZ, "zone:ftz-350000"),
        E("厦门片区", PZ, None, True),
        E("厦门象屿综合保税区", PZ, "zone:bonded-350200"),
        E("厦门海沧港综合保税区", PZ, "zone:bonded-350205"),
        E("厦门象屿", ORG, None, True, outside("hu07", "厦门象屿", "厦门象屿综合保税区")),
        E("厦门国贸", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("厦门象屿、", "厦门", "stock link 厦门象屿 (a company)", PLACE),
        IN("厦门国贸", "厦门", "stock link 厦门国贸 (a company)", PLACE),
    ],
    "relations": [
        R("body:厦门海关", AREA, XM),
        R("body:厦门市商务局", AREA, XM),
    ],
    "observations": [
        O(XM, "foreignTradeValue", "Level", yi("8876.5"), "CNY", P21),
        O(XM, "foreignTradeValue", "YearOnYearGrowth", "27.7", "P1", P21),
        O(XM, "foreignTradeValue", "Share", "48.1", "P1", P21),
        O(XM, "exportValue", "Level", yi("4307.6"), "CNY", P21),
        O(XM, "exportValue", "YearOnYearGrowth", "22.5", "P1", P21),
        O(XM, "importValue", "Level", yi("4568.9"), "CNY", P21),
        O(XM, "importValue", "YearOnYearGrowth", "33.1", "P1", P21),
        O("place:350206", "foreignTradeValue", "Level", yi("3125.7"), "CNY", P21),
        O("place:350206", "foreignTradeValue", "YearOnYearGrowth", "31.4", "P1", P21),
        O("place:350206", "foreignTradeValue", "Share", "35.2", "P1", P21),
        O("place:350205", "foreignTradeValue", "Level", yi("1802.6"), "CNY", P21),
        O("place:350205", "foreignTradeValue", "YearOnYearGrowth", "24.9", "P1", P21),
        O(XM, "foreignTradeValue", "Level", yi("1601.2"), "CNY", P21, ASEAN),
        O(XM, "foreignTradeValue", "YearOnYearGrowth", "25.3", "P1", P21, ASEAN),
        O(XM, "foreignTradeValue", "Level", yi("1025.4"), "CNY", P21, USA),
        O(XM, "foreignTradeValue", "Level", yi("998.6"), "CNY", P21, EU),
        O(XM, "foreignTradeValue", "Level", yi("416.8"), "CNY", P21, "place:710000"),
        O(XM, "foreignTradeValue", "YearOnYearGrowth", "35.7", "P1", P21, "place:710000"),
        O(XM, "foreignTradeValue", "YearOnYearGrowth", "41.2", "P1", P21, "org:brics"),
    ],
    "optional_observations": [
        # 增长超过一倍: a lower bound, not an exact figure
        O(XM, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "100", "P1", P21),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hu08 苏州工业园区 2022
SZ = "place:320500"
SIP_BODY = "body:苏州工业园区管理委员会"
hu08 = {
    "editor": "周敏",
    "entities": [
        E("苏州日报", ORG, None, True),
        E("苏州工业园区管委会", ORG, SIP_BODY),
        E("苏州工业园区", SPECIAL, None, True),  # not a GB/T 2260 division (README)
        E("国家级经济技术开发区", PZ, None, True),  # the zone type
        E("苏州", PF, SZ),
        E("苏州海关", ORG, "body:苏州海关"),
        E("苏州市", PF, SZ),
        E("江苏省", P, "place:320000"),
        E("欧盟", ORG, EU, True),
        E("美国", CO, USA),
        E("东盟", ORG, ASEAN, True),
        E("中国", CO, CHN),
        E("新加坡", CO, "country:SGP"),
        E("国务院", ORG, "org:state-council"),
        E("中国（江苏）自由贸易试验区", FZ, "zone:ftz-320000"),
        E("苏州片区", PZ, None, True),
        E("苏州工业园综合保税区", PZ, "zone:bonded-x-suzhou-industrial-park"),
        E("吴中区", C, "place:320506"),
        E("相城区", C, "place:320507"),
        E("东吴证券", ORG, None, True),  # stock link
        E("苏州固锝", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("苏州日报", "苏州", "newspaper 苏州日报", PLACE),
        IN("苏州固锝", "苏州", "stock link 苏州固锝 (a company)", PLACE),
        NA("合作", "合作项目, not 合作市", PLACE),
    ],
    "relations": [R("body:苏州海关", AREA, SZ)],
    "observations": [
        O(SZ, "foreignTradeValue", "Level", yi("25721.5"), "CNY", P22),
        O(SZ, "foreignTradeValue", "YearOnYearGrowth", "1.7", "P1", P22),
        O(SZ, "foreignTradeValue", "Share", "47.2", "P1", P22),
        O(SZ, "exportValue", "Level", yi("16117.3"), "CNY", P22),
        O(SZ, "exportValue", "YearOnYearGrowth", "5.6", "P1", P22),
        O(SZ, "foreignTradeValue", "Level", yi("4122.7"), "CNY", P22, EU),
        O(SZ, "foreignTradeValue", "Level", yi("4018.3"), "CNY", P22, USA),
        O(SZ, "foreignTradeValue", "Level", yi("3889.5"), "CNY", P22, ASEAN),
    ],
    # the 园区 figures (GDP, trade, FDI, the 2023 FDI target) are about an area without
    # a GB/T 2260 code or an IRI in the reference: not annotated (README)
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hu09 绥芬河 1—7月 2023
SFH = "place:231081"
GF = "doc:guofa-2019-16"
J7 = "2023-01-01/2023-07-31"
JUL = "2023-07-01/2023-07-31"
hu09 = {
    "editor": "马晓",
    "entities": [
        E("绥芬河", C, SFH, False, outside("hu09", "绥芬河", "绥芬河公路口岸")),
        E("绥芬河", C, SFH, True, inside("hu09", "绥芬河", "绥芬河公路口岸")),  # the port
        E("绥芬河海关", ORG, "body:绥芬河海关"),
        E("黑龙江省", P, HLJ),
        E("绥芬河市", C, SFH),
        E("俄罗斯", CO, RUS),
        E("牡丹江市", PF, "place:231000"),
        E("绥芬河综合保税区", PZ, "zone:bonded-231081"),
        E("国务院", ORG, "org:state-council"),
        E("《国务院关于印发6个新设自由贸易试验区总体方案的通知》", L, GF),
        E("国发〔2019〕16号", L, GF),
        E("中国（黑龙江）自由贸易试验区", FZ, "zone:ftz-230000"),
        E("哈尔滨片区", PZ, None, True),
        E("黑河片区", PZ, None, True),
        E("绥芬河片区", PZ, None, True),
        E("第四批跨境电子商务综合试验区", BATCH, "batch:cbec-4", True),
        E("中国（绥芬河）跨境电子商务综合试验区", CB, "zone:cbec-231081"),
        E("牡丹江市商务局", ORG, "body:牡丹江市商务局"),
        E("东宁市", C, "place:231086"),
        E("安通控股", ORG, None, True),  # stock link
        E("华联控股", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("滨海边疆区", "滨海", "a Russian region, not 滨海县/滨海新区", PLACE),
    ],
    "relations": [
        R("body:绥芬河海关", AREA, SFH),
        R("body:牡丹江市商务局", AREA, "place:231000"),
        R(GF, PASSED, "org:state-council"),
        R(GF, "kgo:establishes", "zone:ftz-230000"),
        R("zone:cbec-231081", "kgo:inBatch", "batch:cbec-4"),
    ],
    "observations": [
        O(SFH, "foreignTradeValue", "Level", yi("135.8"), "CNY", J7),
        O(SFH, "foreignTradeValue", "YearOnYearGrowth", "32.6", "P1", J7),
        O(SFH, "foreignTradeValue", "Level", yi("128.4"), "CNY", J7, RUS),
        O(SFH, "foreignTradeValue", "YearOnYearGrowth", "30.9", "P1", J7, RUS),
        O(SFH, "foreignTradeValue", "Share", "94.6", "P1", J7, RUS),
        O(SFH, "foreignTradeValue", "Level", yi("21.7"), "CNY", JUL),
        O(SFH, "foreignTradeValue", "YearOnYearGrowth", "18.3", "P1", JUL),
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

# ---------------------------------------------------------------- hu10 鄱阳 flood (off-topic)
JX = "place:360000"
hu10 = {
    "editor": "钟华",
    "entities": [
        E("新华社", ORG, None, True),
        E("南昌", PF, "place:360100", True),  # dateline
        E("郭强", PERSON, "person:郭强@reporter", True),
        E("江西省防汛抗旱指挥部", ORG, "body:江西省防汛抗旱指挥部"),
        E("上饶市", PF, "place:361100"),
        E("鄱阳县", C, "place:361128"),
        E("应急管理部", ORG, "body:应急管理部"),
        E("水利部", ORG, "body:水利部"),
        E("江西", P, JX),
        E("江西省", P, JX),
        E("国家防汛抗旱总指挥部", ORG, "body:国家防汛抗旱总指挥部"),
        E("九江市", PF, "place:360400"),
        E("景德镇市", PF, "place:360200"),
        E("都昌县", C, "place:360428"),
        E("余干县", C, "place:361127"),
        E("江西省气象台", ORG, "body:江西省气象台"),
        E("万象", PERSON, "person:万象@reporter", True),  # photo credit
        E("江中药业", ORG, None, True),  # stock link
        E("江铃汽车", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("鄱阳湖", "鄱阳", "the lake 鄱阳湖, not 鄱阳县", PLACE),
        IN("昌江圩", "昌江", "a polder on the 昌江 river, not 昌江区", PLACE),
        IN("星子站", "星子", "a gauging station (the former 星子县)", PLACE),
        NA("新建", "新建临时安置点, not 新建区", PLACE),
    ],
    "relations": [
        R("body:江西省防汛抗旱指挥部", AREA, JX),
        R("body:江西省气象台", AREA, JX),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hu11 千里江山 (off-topic)
hu11 = {
    "editor": "吴桐",
    "entities": [
        E("北京日报", ORG, None, True),
        E("千里江山——历代青绿山水画特展", ORG, None, True),  # the exhibition (event)
        E("故宫博物院", ORG, None, True),
        E("王希孟", PERSON, None, True),
        E("上海", P, "place:310000"),
        E("天津", P, "place:120000"),
        E("河北", P, "place:130000"),
        E("单霁翔", PERSON, None, True),  # museum director, not a government post
        E("辽宁省博物馆", ORG, None, True),
        E("国家文物局", ORG, "body:国家文物局"),
        E("北京市", P, "place:110000"),
        E("东城区", C, "place:110101"),
        E("故宫", ORG, None, True, outside("hu11", "故宫", "故宫博物院")),
        E("北京文化", ORG, None, True),  # stock link
        E("中青旅", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("北京日报", "北京", "newspaper 北京日报", PLACE),
        IN("千里江山", "江山", "江山 in 千里江山 (a painting), not 江山市", PLACE),
        IN("《千里江山图》", "《千里江山图》", "a painting's title in 《》", [L]),
        IN("辽宁省博物馆", "辽宁省", "a museum's name (soft)", PLACE),
        IN("北京文化", "北京", "stock link 北京文化 (a company)", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hu12 蜜雪冰城 IPO (off-topic)
hu12 = {
    "editor": "黄蕾",
    "entities": [
        E("中新经纬", ORG, None, True),
        E("蜜雪冰城股份有限公司", ORG, None, True),
        E("蜜雪冰城", ORG, None, True),
        E("香港联合交易所", ORG, None, True),
        E("香港", P, "place:810000"),
        E("河南省", P, "place:410000"),
        E("郑州市", PF, "place:410100"),
        E("河南", P, "place:410000"),
        E("郑州", PF, "place:410100"),
        E("印度尼西亚", CO, "country:IDN"),
        E("越南", CO, "country:VNM"),
        E("中国证监会", ORG, "body:中国证券监督管理委员会"),
        E("奈雪的茶", ORG, None, True),  # stock link
        E("茶百道", ORG, None, True),  # stock link and company
        E("四川百茶百道实业股份有限公司", ORG, None, True),
        E("成都", PF, "place:510100"),
        E("张红超", PERSON, None, True),
        E("张红甫", PERSON, None, True),
    ],
    "must_not": [
        IN("香港联合交易所", "香港", "the exchange's name (soft)", PLACE),
        IN("四川百茶百道实业股份有限公司", "四川", "a company's name", PLACE),
    ],
    "relations": [],
    "observations": [],
    # company figures (revenue, stores, IPO proceeds) are not about a place: not annotated
    "optional_observations": [],
    "claims": [],
}

SPECS = {s: globals()[s] for s in STEMS}


def main() -> None:
    """Write huNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        spec["must_not"] = resolve_in(BODY[stem], spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
