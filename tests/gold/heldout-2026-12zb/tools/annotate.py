"""Write the gold files of heldout-2026-12zb from the annotator's span lists.

Input: articles/zbNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: zbNN.json (one entity per occurrence; ``"captions": true``; containment relations
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
PER = "Person"
ZONES = [CB, FZ, PZ]
COUNTRY = ["Country"]
EST = "kgo:establishes"


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


# ---------------------------------------------------------------- zb01 福建 2023 trade
FJ = "place:350000"
FZC = "place:350100"
F23 = Y(2023)
DEC = "2023-12-01/2023-12-31"
FZH = "body:福州海关"
FZHU = "body:福州海关综合业务处"
OPN = "title:国务院办公厅关于推动外贸稳规模优结构的意见"
_fz = occ("zb01", "福州", "福州海关", "福州市")  # [dateline, caption]
zb01 = {
    "editor": "林晓岚",
    "entities": [
        E("福建", P, FJ),
        E("中新网", ORG, None, True),
        E("福州", PF, FZC, True, _fz[:1]),  # dateline
        E("福州", PF, FZC, False, _fz[1:]),  # caption: 福州江阴港区
        E("闫旭", PER, "person:闫旭@reporter", True),
        E("福州海关", ORG, FZH),
        E("福建省", P, FJ),
        E("东盟", ORG, "org:asean", True),
        E("美国", CO, "country:USA"),
        E("欧盟", ORG, "org:eu", True),
        E("台湾", P, "place:710000"),
        E("一带一路", L, "doc:bri", True),
        E("江阴港区", ORG, None, True),  # caption: a port area of 福州
        E("厦门", PF, "place:350200"),  # heading
        E("厦门市", PF, "place:350200"),
        E("福州市", PF, FZC),
        E("泉州市", PF, "place:350500"),
        E("福州海关综合业务处", ORG, FZHU),
        E("国务院办公厅关于推动外贸稳规模优结构的意见", L, OPN),
        E("国务院办公厅", ORG, "org:state-council-general-office", True),  # inside the title
        E("省政府", ORG, "org:gov-350000"),
        E("福清市", C, "place:350181"),
        E("晋江市", C, "place:350582"),
        E("福耀玻璃", ORG, None, True),
        E("中远海控", ORG, None, True),
        E("中国新闻网", ORG, None, True),
    ],
    "must_not": [
        IN("江阴港区", "江阴", "福州江阴港区 (a port area), not 江阴市 (无锡)", PLACE),
        IN("中国新闻网", "中国", "media name", COUNTRY),
    ],
    "relations": [
        R(FZH, AREA, FZC),
        R(FZHU, SUB, FZH),
        R(OPN, PASSED, "org:state-council-general-office"),
    ],
    "observations": [
        O(FJ, "foreignTradeValue", "Level", yi("19791.1"), "CNY", F23),
        O(FJ, "foreignTradeValue", "YearOnYearGrowth", "-0.8", "P1", F23),
        O(FJ, "exportValue", "Level", yi("12045.3"), "CNY", F23),
        O(FJ, "exportValue", "YearOnYearGrowth", "1.8", "P1", F23),
        O(FJ, "importValue", "Level", yi("7745.8"), "CNY", F23),
        O(FJ, "importValue", "YearOnYearGrowth", "-4.6", "P1", F23),
        O(FJ, "foreignTradeValue", "Level", yi("1822.6"), "CNY", DEC),
        O(FJ, "foreignTradeValue", "YearOnYearGrowth", "3.9", "P1", DEC),
        O(FJ, "foreignTradeValue", "Level", yi("4107.8"), "CNY", F23, "org:asean"),
        O(FJ, "foreignTradeValue", "Level", yi("2301.2"), "CNY", F23, "country:USA"),
        O(FJ, "foreignTradeValue", "Level", yi("2226.5"), "CNY", F23, "org:eu"),
        O(FJ, "foreignTradeValue", "Share", "20.8", "P1", F23, "org:asean"),
        O(FJ, "foreignTradeValue", "Level", yi("1047.3"), "CNY", F23, "place:710000"),
        O(FJ, "foreignTradeValue", "YearOnYearGrowth", "-7.2", "P1", F23, "place:710000"),
        O(FJ, "foreignTradeValue", "YearOnYearGrowth", "3.1", "P1", F23, "doc:bri"),
        O(FJ, "foreignTradeValue", "Share", "48.6", "P1", F23, "doc:bri"),
        O(FJ, "foreignTradeValue", "Level", yi("12670.3"), "CNY", F23, None, "民营企业"),
        O(FJ, "foreignTradeValue", "YearOnYearGrowth", "2.4", "P1", F23, None, "民营企业"),
        O(FJ, "foreignTradeValue", "Share", "64", "P1", F23, None, "民营企业"),
        O(FJ, "exportValue", "Level", yi("4590.2"), "CNY", F23, None, "机电产品"),
        O(FJ, "exportValue", "YearOnYearGrowth", "5.5", "P1", F23, None, "机电产品"),
        O(FJ, "exportValue", "Level", yi("891.6"), "CNY", F23, None, "新三样"),
        O(FJ, "exportValue", "YearOnYearGrowth", "21.3", "P1", F23, None, "新三样"),
        O("place:350200", "foreignTradeValue", "Level", yi("9186.5"), "CNY", F23),
        O("place:350200", "foreignTradeValue", "Share", "46.4", "P1", F23),
        O(FZC, "foreignTradeValue", "Level", yi("3689.2"), "CNY", F23),
        O("place:350500", "foreignTradeValue", "Level", yi("2610.4"), "CNY", F23),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zb02 海南 2022 trade
HN = "place:460000"
HNP = "zone:ftz-460000"
H22 = Y(2022)
HKH = "body:海口海关"
HNLAW = "title:中华人民共和国海南自由贸易港法"
HKZ = "zone:bonded-460100"
zb02 = {
    "editor": "符晓",
    "entities": [
        E("海南日报", ORG, None, True),
        E("罗霞", PER, "person:罗霞@reporter", True),
        E("海口海关", ORG, HKH),
        E("海南省", P, HN),
        E("自贸港", FZ, HNP),  # heading: 海南自由贸易港
        E("全国人大常委会", ORG, "org:npcsc"),
        E("《中华人民共和国海南自由贸易港法》", L, HNLAW),
        E("海南自由贸易港", FZ, HNP),  # the one inside the law's title is kept optional
        E("海南", P, HN),
        E("RCEP", L, "doc:rcep"),
        E("洋浦经济开发区", PZ, None, True),  # a state development zone, no IRI rule
        E("海口市", PF, "place:460100"),
        E("海口综合保税区", PZ, HKZ),
        E("儋州市", PF, "place:460400"),
        E("洋浦港", ORG, None, True),  # a port
        E("小铲滩码头", ORG, None, True),  # caption: a terminal
        E("海南省商务厅", ORG, "org:commerce-460000"),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("海南高速", ORG, None, True),
        E("海南机场", ORG, None, True),
    ],
    "must_not": [
        IN("海南日报", "海南", "newspaper 海南日报", PLACE),
        NA("南海", "南海航线 (the South China Sea), not 南海区 (佛山)", PLACE),
        IN("海南高速", "海南", "stock link 海南高速 (a company)", PLACE),
        IN("海南机场", "海南", "stock link 海南机场 (a company)", PLACE),
    ],
    "relations": [
        R(HKH, AREA, "place:460100"),
        R(HNLAW, PASSED, "org:npcsc"),
    ],
    "observations": [
        O(HN, "foreignTradeValue", "Level", yi("2009.5"), "CNY", H22),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "36.8", "P1", H22),
        O(HN, "exportValue", "Level", yi("721.8"), "CNY", H22),
        O(HN, "exportValue", "YearOnYearGrowth", "100", "P1", H22),  # 增长1倍
        O(HN, "importValue", "Level", yi("1287.7"), "CNY", H22),
        O(HN, "importValue", "YearOnYearGrowth", "18.1", "P1", H22),
        O(HN, "foreignTradeValue", "Level", yi("567.3"), "CNY", H22, "doc:rcep"),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "21.5", "P1", H22, "doc:rcep"),
        O(HN, "foreignTradeValue", "Share", "28.2", "P1", H22, "doc:rcep"),
        O("place:460100", "foreignTradeValue", "Level", yi("843.2"), "CNY", H22),
        O("place:460100", "foreignTradeValue", "YearOnYearGrowth", "40.5", "P1", H22),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "10", "P1", Y(2023), target=True),
    ],
    "optional_observations": [
        # 享惠进口“零关税”货物货值: a subset of imports under one policy
        O(HN, "importValue", "Level", yi("128.6"), "CNY", H22, None, "零关税货物"),
        O(HN, "importValue", "YearOnYearGrowth", "290", "P1", H22, None, "零关税货物"),
        # a zone's figure, and 近八成 is approximate
        O(HKZ, "foreignTradeValue", "YearOnYearGrowth", "80", "P1", H22),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- zb03 临沂 市场采购 2023
LY = "place:371300"
LYH = "body:临沂海关"
QDH = "body:青岛海关"
LYGOV = "body:临沂市人民政府"
LYPLAN = "title:临沂市促进市场采购贸易高质量发展三年行动方案"
MP = "市场采购贸易方式"
zb03 = {
    "editor": "王潇",
    "entities": [
        E("临沂商城", ORG, None, True),  # a market cluster
        E("大众日报", ORG, None, True),
        E("临沂", PF, LY, True, [2]),  # dateline 大众日报临沂
        E("石如宽", PER, "person:石如宽@reporter", True),
        E("青岛海关", ORG, QDH),
        E("临沂海关", ORG, LYH),
        E("临沂市", PF, LY, False, occ("zb03", "临沂市", "临沂市场")),
        E("山东省", P, "place:370000"),
        E("一带一路", L, "doc:bri", True),
        E("兰山区", C, "place:371302"),
        E("临沂", PF, LY, False, occ("zb03", "临沂", "大众日报临沂")),  # 临沂市场采购: 临沂
        E("俄罗斯", CO, "country:RUS"),
        E("哈萨克斯坦", CO, "country:KAZ"),
        E("乌兹别克斯坦", CO, "country:UZB"),
        E("中国（临沂）跨境电子商务综合试验区", CB, "zone:cbec-371300"),
        E("河东区", C, "place:371312"),
        E("罗庄区", C, "place:371311"),
        E("临沂市商务局", ORG, "body:临沂市商务局"),
        E("临沂市人民政府", ORG, LYGOV),
        E("临沂市促进市场采购贸易高质量发展三年行动方案", L, LYPLAN),
        E("山东高速", ORG, None, True),
        E("国际陆港", ORG, None, True),  # caption: a dry port
    ],
    "must_not": [
        IN("山东高速", "山东", "stock link 山东高速 (a company)", PLACE),
        NA("市中", "16市中 (among 16 cities), not 市中区", PLACE),
        NA("通道", "物流通道, not 通道侗族自治县", PLACE),
    ],
    "relations": [
        R(LYH, AREA, LY),
        R(QDH, AREA, "place:370200"),
        R("body:临沂市商务局", AREA, LY),
        R(LYGOV, AREA, LY),
        R(LYPLAN, PASSED, LYGOV),
    ],
    "observations": [
        O(LY, "foreignTradeValue", "Level", yi("1949.2"), "CNY", F23),
        O(LY, "foreignTradeValue", "YearOnYearGrowth", "10.5", "P1", F23),
        O(LY, "exportValue", "Level", yi("1571.9"), "CNY", F23),
        O(LY, "exportValue", "YearOnYearGrowth", "13.6", "P1", F23),
        O(LY, "exportValue", "Level", yi("625.3"), "CNY", F23, None, MP),
        O(LY, "exportValue", "YearOnYearGrowth", "15.2", "P1", F23, None, MP),
        O(LY, "exportValue", "TwoYearAverageGrowth", "23.4", "P1", F23, None, MP),
        O(LY, "exportValue", "Share", "39.8", "P1", F23, None, MP),
        O(LY, "exportValue", "YearOnYearGrowth", "18.7", "P1", F23, "country:RUS", MP),
        O(LY, "exportValue", "YearOnYearGrowth", "41.2", "P1", F23, "country:KAZ", MP),
        O(LY, "exportValue", "YearOnYearGrowth", "63.5", "P1", F23, "country:UZB", MP),
        O(LY, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "27.6", "P1", F23),
        O(LY, "exportValue", "Level", yi("800"), "CNY", Y(2025), None, MP, target=True),
    ],
    "optional_observations": [
        # 占比超过六成: a lower bound
        O(LY, "exportValue", "Share", "60", "P1", F23, "doc:bri", MP),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- zb04 晋江 2022
JJ = "place:350582"
QZ = "place:350500"
SS = "place:350581"
JJGOV = "body:晋江市人民政府"
REPORT = "title:政府工作报告"
AIR = "泉州晋江国际机场"
zb04 = {
    "editor": "陈思",
    "entities": [
        E("泉州晚报", ORG, None, True),
        E("晋江市统计局", ORG, "body:晋江市统计局"),
        E("晋江市", C, JJ),
        E("福建省", P, FJ),
        E("泉州海关", ORG, "body:泉州海关"),
        E("泉州市", PF, QZ),
        E("中国（泉州）跨境电子商务综合试验区", CB, "zone:cbec-350500"),
        E("晋江", C, JJ),
        E("泉州", PF, QZ),
        E("石狮市", C, SS),
        E("石狮", C, SS),
        E("南安市", C, "place:350583"),
        E("晋江市政府", ORG, JJGOV),
        E("政府工作报告", L, REPORT),
        E(AIR, ORG, None, True),
        E("七匹狼", ORG, None, True),
    ],
    "must_not": [
        IN("泉州晚报", "泉州", "newspaper 泉州晚报", PLACE),
        IN(AIR, "泉州", "airport name", PLACE),
        IN(AIR, "晋江", "airport name", PLACE),
    ],
    "relations": [
        R("body:晋江市统计局", AREA, JJ),
        R("body:泉州海关", AREA, QZ),
        R(JJGOV, AREA, JJ),
        R(REPORT, PASSED, JJGOV),
    ],
    "observations": [
        O(JJ, "gdp", "Level", yi("3207.43"), "CNY", H22),
        O(JJ, "gdp", "YearOnYearGrowth", "4.8", "P1", H22),
        O(JJ, "industrialValueAdded", "YearOnYearGrowth", "5.6", "P1", H22, None, "规模以上工业"),
        O(JJ, "retailSalesValue", "Level", yi("1012.6"), "CNY", H22),
        O(JJ, "retailSalesValue", "YearOnYearGrowth", "3.2", "P1", H22),
        O(JJ, "fixedAssetInvestment", "YearOnYearGrowth", "6.1", "P1", H22),
        O(JJ, "foreignTradeValue", "Level", yi("798.6"), "CNY", H22),
        O(JJ, "foreignTradeValue", "YearOnYearGrowth", "12.4", "P1", H22),
        O(JJ, "exportValue", "Level", yi("620.3"), "CNY", H22),
        O(JJ, "exportValue", "YearOnYearGrowth", "15.7", "P1", H22),
        O(JJ, "exportValue", "Share", "26.1", "P1", H22),
        O(JJ, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "32.5", "P1", H22),
        O(SS, "gdp", "Level", yi("1053.5"), "CNY", H22),
        O(SS, "gdp", "YearOnYearGrowth", "4.1", "P1", H22),
        O(SS, "exportValue", "YearOnYearGrowth", "17.9", "P1", H22, None, MP),
        O(JJ, "gdp", "YearOnYearGrowth", "6.5", "P1", Y(2023), target=True),
    ],
    "optional_observations": [
        # 首次突破千亿元: a lower bound
        O("place:350583", "gdp", "Level", yi("1000"), "CNY", H22),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- zb05 江苏自贸试验区 five years
JS = "place:320000"
JSZ = "zone:ftz-320000"
ZHAO = "person:赵建军@org:commerce-320000"
JSIO = "body:江苏省人民政府新闻办公室"
JSPC = "body:江苏省人民代表大会常务委员会"
JSREG = "title:中国（江苏）自由贸易试验区条例"
GF16 = "doc:guofa-2019-16"
P7 = "2024-01-01/2024-07-31"
zb05 = {
    "editor": "朱琳",
    "entities": [
        E("新华日报", ORG, None, True),
        E("付奇", PER, "person:付奇@reporter", True),
        E("江苏省人民政府新闻办公室", ORG, JSIO),
        E("中国（江苏）自由贸易试验区", FZ, JSZ),  # inside the 条例's title: optional
        E("江苏省商务厅", ORG, "org:commerce-320000"),
        E("赵建军", PER, ZHAO),
        E("国务院", ORG, "org:state-council"),
        E("国发〔2019〕16号", L, GF16),
        E("江苏自贸试验区", FZ, JSZ),
        E("南京", PF, "place:320100"),
        E("苏州", PF, "place:320500"),
        E("连云港", PF, "place:320700", False, [1]),  # 南京、苏州、连云港三市
        E("自贸试验区", FZ, None, True),  # the zone type (全国共有22个; caption)
        E("江苏", P, JS),
        E("南京片区", PZ, None, True),  # FTZ areas
        E("苏州片区", PZ, None, True),
        E("连云港片区", PZ, None, True),
        E("苏州工业园区", PZ, None, True),  # a development zone, no IRI rule
        E("哈萨克斯坦", CO, "country:KAZ"),
        E("上合组织", ORG, "org:sco", True),
        E("上合组织国际物流园", ORG, None, True),
        E("南京市", PF, "place:320100"),
        E("江北新区", PZ, None, True),  # a state-level new area, no IRI rule
        E("南京海关", ORG, "body:南京海关"),
        E("江苏省", P, JS),
        E("《全面与进步跨太平洋伙伴关系协定》", L, "doc:cptpp"),
        E("CPTPP", L, "doc:cptpp"),
        E("江苏省人民代表大会常务委员会", ORG, JSPC),
        E("中国（江苏）自由贸易试验区条例", L, JSREG),
        E("宁沪高速", ORG, None, True),
    ],
    "must_not": [
        IN("连云港、宁沪", "连云港", "stock link 连云港 (a port company)", PLACE),
        IN("江北新区", "江北", "江北新区 (南京), not 江北区 (宁波/重庆)", PLACE),
        NA("合作", "合作建设, not 合作市", PLACE),
    ],
    "relations": [
        R(JSIO, SUB, "org:gov-320000"),
        R(JSIO, AREA, JS),
        R(ZHAO, HOLDS, "post:org:commerce-320000#厅长"),
        R(GF16, PASSED, "org:state-council"),
        R(GF16, EST, JSZ),
        R("body:南京海关", AREA, "place:320100"),
        R(JSPC, AREA, JS),
        R(JSREG, PASSED, JSPC),
    ],
    "observations": [
        O(JS, "foreignTradeValue", "Level", wy("3.14"), "CNY", P7),
        O(JS, "foreignTradeValue", "YearOnYearGrowth", "7.9", "P1", P7),
    ],
    "optional_observations": [
        # the zone's own figures
        O(JSZ, "foreignTradeValue", "Level", yi("5530.8"), "CNY", F23),
        O(JSZ, "foreignTradeValue", "Share", "10.6", "P1", F23),
    ],
    "claims": [
        {
            "kind": "kgo:ZonesNationwide",
            "about": CHN,
            "value": 22,
            "zone_type": "kgo:FreeTradeZone",
        },
    ],
}

# ---------------------------------------------------------------- zb06 横琴 分线管理
ZH = "place:440400"
HQ = "zone:coop-x-hengqin"
HQEC = "body:横琴粤澳深度合作区执行委员会"
LWN = "person:李伟农@" + HQEC
HQPLAN = "title:横琴粤澳深度合作区建设总体方案"
HQTAX = "title:关于横琴粤澳深度合作区货物贸易“一线”放开“二线”管住进出口税收政策的通知"
zb06 = {
    "editor": "何敏",
    "entities": [
        E("新华社", ORG, None, True),
        E("广州", PF, "place:440100", True),  # dateline only
        E("洪泽华", PER, "person:洪泽华@reporter", True),
        E("横琴粤澳深度合作区", PZ, HQ),  # inside titles: optional; inside the 执委会: dropped
        E("合作区", PZ, HQ, True),  # back-references
        E("澳门", P, "place:820000"),
        E("广东省", P, "place:440000"),
        E("珠海市", PF, ZH),
        E("横琴岛", ORG, None, True),  # an island, no code
        E("香洲区", C, "place:440402"),
        E("中共中央", ORG, None, True),  # a Party body
        E("国务院", ORG, "org:state-council"),
        E("《横琴粤澳深度合作区建设总体方案》", L, HQPLAN),
        E("财政部", ORG, "org:mof"),
        E("海关总署", ORG, "org:gacc"),
        E("税务总局", ORG, "org:sta"),
        E(HQTAX.removeprefix("title:"), L, HQTAX),
        E("拱北海关", ORG, "body:拱北海关"),
        E("横琴口岸", ORG, None, True),  # a border crossing (also the caption)
        E("横琴粤澳深度合作区执行委员会", ORG, HQEC),
        E("李伟农", PER, LWN),
        E("格力地产", ORG, None, True),
        E("珠海港", ORG, None, True),
    ],
    "must_not": [
        IN("珠海港", "珠海", "stock link 珠海港 (a company)", PLACE),
        NA("通道", "货运通道, not 通道侗族自治县", PLACE),
        NA("南部", "珠海市南部 (the south of), not 南部县", PLACE),
    ],
    "relations": [
        R(HQPLAN, PASSED, "org:state-council"),
        R(HQTAX, PASSED, "org:mof"),
        R(HQTAX, PASSED, "org:gacc"),
        R(HQTAX, PASSED, "org:sta"),
        R(LWN, HOLDS, "post:" + HQEC + "#主任"),
    ],
    "observations": [
        O(ZH, "gdp", "Level", yi("4233.22"), "CNY", F23),
        O(ZH, "gdp", "YearOnYearGrowth", "6.7", "P1", F23),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zb07 上合示范区 / 青岛 2023
QD = "place:370200"
SD = "place:370000"
SCOZ = "zone:sco-370281"
SCOPLAN = "title:中国—上海合作组织地方经贸合作示范区建设总体方案"
SCOC = "body:上合示范区管委会"
SCO = "上海合作组织"
zb07 = {
    "editor": "于洋",
    "entities": [
        E("上合示范区", PZ, SCOZ),
        E("青岛海关", ORG, QDH),
        E("青岛市", PF, QD),
        E(SCO, ORG, "org:sco", True),  # inside the zone's name and the title: dropped / kept
        E("山东省", P, SD),
        E("俄罗斯", CO, "country:RUS"),
        E("哈萨克斯坦", CO, "country:KAZ"),
        E("青岛", PF, QD),
        E("印度", CO, "country:IND"),
        E("巴基斯坦", CO, "country:PAK"),
        E("中国—上海合作组织地方经贸合作示范区", PZ, SCOZ),  # title copy: optional
        E("胶州市", C, "place:370281"),
        E("国务院", ORG, "org:state-council"),
        E("商务部", ORG, "org:mofcom"),
        E("《中国—上海合作组织地方经贸合作示范区建设总体方案》", L, SCOPLAN),
        E("上合示范区管委会", ORG, SCOC),
        E("上合组织", ORG, "org:sco", True),
        E("一带一路", L, "doc:bri", True),
        E("海尔智家", ORG, None, True),
        E("青岛啤酒", ORG, None, True),
        E("胶州", C, "place:370281"),  # caption
        E("多式联运中心", ORG, None, True),
    ],
    "must_not": [
        IN(SCO, "上海", "上海合作组织 (the SCO), not 上海", PLACE),
        IN("青岛啤酒", "青岛", "stock link 青岛啤酒 (a company)", PLACE),
    ],
    "relations": [
        R(QDH, AREA, QD),
        R(SCOPLAN, PASSED, "org:mofcom"),
    ],
    "observations": [
        O(QD, "foreignTradeValue", "Level", yi("1098.3"), "CNY", F23, "org:sco"),
        O(QD, "foreignTradeValue", "YearOnYearGrowth", "12.6", "P1", F23, "org:sco"),
        O(QD, "foreignTradeValue", "Share", "12.2", "P1", F23, "org:sco"),
        O(SD, "foreignTradeValue", "Level", yi("3271.5"), "CNY", F23, "org:sco"),
        O(SD, "foreignTradeValue", "YearOnYearGrowth", "9.4", "P1", F23, "org:sco"),
        O(QD, "foreignTradeValue", "YearOnYearGrowth", "21.3", "P1", F23, "country:RUS"),
        O(QD, "foreignTradeValue", "YearOnYearGrowth", "35.8", "P1", F23, "country:KAZ"),
    ],
    "optional_observations": [
        # the zone's own figures; 突破600亿元 is a lower bound
        O(SCOZ, "foreignTradeValue", "Level", yi("600"), "CNY", F23),
        O(SCOZ, "foreignTradeValue", "YearOnYearGrowth", "26.1", "P1", F23),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- zb08 东兴 边民互市 2023
GX = "place:450000"
DX = "place:450681"
NNH = "body:南宁海关"
DXH = "body:东兴海关"
BM = "边民互市贸易"
zb08 = {
    "editor": "蒙丽",
    "entities": [
        E("广西日报", ORG, None, True),
        E("南宁海关", ORG, NNH),
        E("广西壮族自治区", P, GX),
        E("东兴市", C, DX),
        E("东兴", C, DX),  # 东兴与越南芒街隔河相望 (inside names: dropped)
        E("越南", CO, "country:VNM"),
        E("芒街", ORG, None, True),  # a foreign town
        E("东兴海关", ORG, DXH),
        E("防城港市", PF, "place:450600"),
        E("凭祥市", C, "place:451481"),
        E("东兴口岸", ORG, None, True),  # caption: a border crossing
        E("广西壮族自治区商务厅", ORG, "org:commerce-450000"),
        E("中国（广西）自由贸易试验区", FZ, "zone:ftz-450000"),
        E("崇左片区", PZ, None, True),  # an FTZ area
        E("东兴国家重点开发开放试验区", PZ, None, True),  # no IRI rule
        E("中国—东盟自贸区", L, "doc:china-asean-fta"),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("北部湾港", ORG, None, True),
    ],
    "must_not": [
        IN("广西日报", "广西", "newspaper 广西日报", PLACE),
        IN("中国—东盟自贸区", "自贸区", "中国—东盟自贸区 is an FTA, not a pilot zone", ZONES),
        NA("港口", "港口货物吞吐量, not 港口区 (防城港)", PLACE),
    ],
    "relations": [
        R(NNH, AREA, "place:450100"),
        R(DXH, AREA, DX),
    ],
    "observations": [
        O(GX, "foreignTradeValue", "Level", yi("6936.5"), "CNY", F23),
        O(GX, "foreignTradeValue", "YearOnYearGrowth", "5.8", "P1", F23),
        O(GX, "foreignTradeValue", "Level", yi("386.5"), "CNY", F23, None, BM),
        O(GX, "foreignTradeValue", "YearOnYearGrowth", "52.3", "P1", F23, None, BM),
        O(DX, "foreignTradeValue", "Level", yi("142.8"), "CNY", F23, None, BM),
        O(DX, "foreignTradeValue", "Share", "36.9", "P1", F23, None, BM),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zb09 宁德 2023 trade
ND = "place:350900"
NDZ = "zone:cbec-350900"
GH126 = "doc:guohan-2022-126"
CATL = "宁德时代新能源科技股份有限公司"
LIB = "锂离子蓄电池"
zb09 = {
    "editor": "郑雯",
    "entities": [
        E("东南网", ORG, None, True),
        E("刘晓嘉", PER, "person:刘晓嘉@reporter", True),
        E("宁德海关", ORG, "body:宁德海关"),
        E("宁德市", PF, ND),
        E("福建省", P, FJ),
        E("宁德", PF, ND, False, occ("zb09", "宁德", "宁德海关", "宁德市", "宁德时代", "（宁德）")),
        E("欧盟", ORG, "org:eu", True),
        E("德国", CO, "country:DEU"),
        E("匈牙利", CO, "country:HUN"),
        E("蕉城区", C, "place:350902"),
        E("福安市", C, "place:350981"),
        E("霞浦县", C, "place:350921"),
        E(CATL, ORG, None, True),
        E("国务院", ORG, "org:state-council"),
        E("国函〔2022〕126号", L, GH126),
        E("廊坊", PF, "place:131000"),
        E("跨境电子商务综合试验区", CB, None, True, [1]),  # the zone type
        E("中国（宁德）跨境电子商务综合试验区", CB, NDZ),
        E("综试区", CB, None, True),  # the zone type
        E("宁德时代", ORG, None, True, [2]),  # stock link
    ],
    "must_not": [
        IN(CATL, "宁德", "company name 宁德时代", PLACE),
        IN("宁德时代股价", "宁德", "stock link 宁德时代 (a company)", PLACE),
    ],
    "relations": [
        R("body:宁德海关", AREA, ND),
        R(GH126, PASSED, "org:state-council"),
        R(GH126, EST, NDZ),
    ],
    "observations": [
        O(ND, "foreignTradeValue", "Level", yi("1142.7"), "CNY", F23),
        O(ND, "foreignTradeValue", "YearOnYearGrowth", "19.6", "P1", F23),
        O(ND, "exportValue", "Level", yi("924.6"), "CNY", F23),
        O(ND, "exportValue", "YearOnYearGrowth", "24.1", "P1", F23),
        O(ND, "importValue", "Level", yi("218.1"), "CNY", F23),
        O(ND, "importValue", "YearOnYearGrowth", "3.5", "P1", F23),
        O(ND, "exportValue", "Level", yi("712.5"), "CNY", F23, None, LIB),
        O(ND, "exportValue", "YearOnYearGrowth", "30.2", "P1", F23, None, LIB),
        O(ND, "exportValue", "Share", "77.1", "P1", F23, None, LIB),
        O(ND, "exportValue", "YearOnYearGrowth", "41.3", "P1", F23, "org:eu", "锂电池"),
        O(ND, "exportValue", "YearOnYearGrowth", "38.5", "P1", F23, "country:DEU", "锂电池"),
        O(ND, "exportValue", "YearOnYearGrowth", "160", "P1", F23, "country:HUN", "锂电池"),
        O("place:350902", "foreignTradeValue", "YearOnYearGrowth", "28.3", "P1", F23),
        O("place:350981", "exportValue", "YearOnYearGrowth", "12.7", "P1", F23, None, "电机电器"),
        O("place:350921", "exportValue", "YearOnYearGrowth", "8.9", "P1", F23, None, "海产品"),
    ],
    "optional_observations": [],
    "claims": [
        {
            "kind": "kgo:ZonesNationwide",
            "about": CHN,
            "value": 165,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
    ],
}

# ---------------------------------------------------------------- zb10 淄博烧烤 (off-topic)
ZB = "place:370300"
RAIL = "中国铁路济南局集团有限公司"
ZBIO = "body:淄博市人民政府新闻办公室"
zb10 = {
    "editor": "高婷",
    "entities": [
        E("淄博", PF, ZB),
        E("大众网", ORG, None, True),
        E("海报新闻", ORG, None, True),
        E("淄博市文化和旅游局", ORG, "body:淄博市文化和旅游局"),
        E("山东省", P, SD),
        E("淄博市", PF, ZB),
        E("张店区", C, "place:370303"),
        E("临淄区", C, "place:370305"),
        E("北京", P, "place:110000"),
        E("上海", P, "place:310000"),
        E("江苏", P, JS),
        E(RAIL, ORG, None, True),
        E("济南", PF, "place:370100"),
        E("山东大学", ORG, None, True),
        E("淄博市人民政府新闻办公室", ORG, ZBIO),
        E("周村区", C, "place:370306"),
        E("周村古商城", ORG, None, True),  # a historic market (a sight)
        E("淄博市市场监督管理局", ORG, "body:淄博市市场监督管理局"),
        E("中国中免", ORG, None, True),
        E("宋城演艺", ORG, None, True),
    ],
    "must_not": [
        IN(RAIL, "济南", "company name", PLACE),
        IN(RAIL, "中国", "company name", COUNTRY),
        IN("山东大学", "山东", "university name", PLACE),
        NA("市中", "全市中小学, not 市中区", PLACE),
        IN("中国中免", "中国", "stock link 中国中免 (a company)", COUNTRY),
    ],
    "relations": [
        R("body:淄博市文化和旅游局", AREA, ZB),
        R(ZBIO, SUB, "body:淄博市人民政府"),
        R(ZBIO, AREA, ZB),
        R("body:淄博市市场监督管理局", AREA, ZB),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zb11 博鳌亚洲论坛 (off-topic)
ZLJ = "person:赵乐际@org:npcsc"
MN = "person:毛宁@org:mofa"
_hn = occ("zb11", "海南", "海南省", "海南航空")  # [dateline, 进出海南]
MEILAN = "海口美兰国际机场"
BOAO_AIR = "琼海博鳌机场"
zb11 = {
    "editor": "冯雪",
    "entities": [
        E("新华社", ORG, None, True),
        E("海南", P, HN, True, _hn[:1]),  # dateline
        E("海南", P, HN, False, _hn[1:]),
        E("博鳌", ORG, None, True, [1]),  # dateline: a town
        E("刘邓", PER, "person:刘邓@reporter", True),
        E("博鳌亚洲论坛", ORG, None, True),  # the forum and its meeting
        E("海南省", P, HN),
        E("琼海市", C, "place:469002"),
        E("博鳌镇", ORG, None, True),  # a town
        E("全国人大常委会", ORG, "org:npcsc"),
        E("赵乐际", PER, ZLJ),
        E("外交部", ORG, "org:mofa"),
        E("毛宁", PER, MN),
        E("多米尼加", CO, "country:DOM"),
        E("尼泊尔", CO, "country:NPL"),
        E("海南省人民政府", ORG, "org:gov-460000"),
        E(MEILAN, ORG, None, True),
        E(BOAO_AIR, ORG, None, True),
        E("海南航空", ORG, None, True),
        E("东方航空", ORG, None, True),
        E("新加坡", CO, "country:SGP"),
        E("泰国", CO, "country:THA"),
        E("马来西亚", CO, "country:MYS"),
        E("海航控股", ORG, None, True),
        E("中国国航", ORG, None, True),
    ],
    "must_not": [
        IN(MEILAN, "海口", "airport name", PLACE),
        IN(MEILAN, "美兰", "airport name, not 美兰区", PLACE),
        IN(BOAO_AIR, "琼海", "airport name", PLACE),
        IN("海南航空", "海南", "airline name", PLACE),
        IN("东方航空", "东方", "东方航空 (an airline), not 东方市", PLACE),
        IN("中国国航", "中国", "stock link 中国国航 (a company)", COUNTRY),
    ],
    "relations": [
        R(ZLJ, HOLDS, "post:org:npcsc#委员长"),
        R(MN, HOLDS, "post:org:mofa#发言人"),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zb12 比亚迪 results (off-topic)
zb12 = {
    "editor": "李帆",
    "entities": [
        E("比亚迪", ORG, None, True),
        E("广东省", P, "place:440000"),
        E("深圳市", PF, "place:440300"),
        E("坪山区", C, "place:440310"),
        E("泰国", CO, "country:THA"),
        E("罗勇府", ORG, None, True),  # a foreign province
        E("巴西", CO, "country:BRA"),
        E("卡马萨里", ORG, None, True),  # a foreign city
        E("匈牙利", CO, "country:HUN"),
        E("塞格德", ORG, None, True),  # a foreign city
        E("西安", PF, "place:610100"),
        E("长沙", PF, "place:430100"),
        E("合肥", PF, "place:340100"),
        E("王传福", PER, None, True),  # a company chairman
        E("中国汽车工业协会", ORG, None, True),
        E("工业和信息化部", ORG, "org:miit"),
        E("吉利汽车", ORG, None, True),
        E("长安汽车", ORG, None, True),
    ],
    "must_not": [
        IN("中国汽车工业协会", "中国", "association name", COUNTRY),
        IN("吉利汽车", "吉利", "吉利汽车 (a company), not 吉利区", PLACE),
        IN("长安汽车", "长安", "stock link 长安汽车 (a company), not 长安区", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "zb01": zb01,
    "zb02": zb02,
    "zb03": zb03,
    "zb04": zb04,
    "zb05": zb05,
    "zb06": zb06,
    "zb07": zb07,
    "zb08": zb08,
    "zb09": zb09,
    "zb10": zb10,
    "zb11": zb11,
    "zb12": zb12,
}


def main() -> None:
    """Write zbNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
        spec["must_not"] = resolve_in(body, spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
