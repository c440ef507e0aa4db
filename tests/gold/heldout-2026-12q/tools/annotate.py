"""Write the gold files of heldout-2026-12q from the annotator's span lists.

Input: articles/hqNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: hqNN.json (one entity per occurrence; ``"captions": true``; containment relations
from the must-find places with ../../tools/containment.py; areaServed of reference-table
bodies with ../../tools/table_bodies.py; the rest of the relations as listed here).
It does not: run or read any extractor.
"""

from __future__ import annotations

import sys
from decimal import Decimal
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


ZONES = [CB, FZ, PZ]
LATER = range(2, 99)  # every occurrence after the first (the dateline)


def wan(amount: str) -> str:
    """万亿元 as written → the value in 元."""
    return str(int(Decimal(amount) * 10**12))


# ---------------------------------------------------------------- hq01 2023 tariff plan
TARIFF = "body:国务院关税税则委员会"
PLAN = "title:2023年关税调整方案"
N11 = "2022-01-01/2022-11-30"
hq01 = {
    "editor": "赵思远",
    "entities": [
        E("2023年关税调整方案", L, PLAN),
        E("《2023年关税调整方案》", L, PLAN),
        E("新华社", ORG, "org:xinhua", True),
        E("北京", P, "place:110000", True),  # dateline only
        E("申铖", "Person", "person:申铖@reporter", True),
        E("国务院关税税则委员会", ORG, TARIFF),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("RCEP", L, "doc:rcep"),
        E("韩国", CO, "country:KOR"),
        E("日本", CO, "country:JPN"),
        E("澳大利亚", CO, "country:AUS"),
        E("新西兰", CO, "country:NZL"),
        E("东盟", ORG, "org:asean", True),
        E("中国", CO, CHN),  # 中国与新西兰…; the one in 中国—东盟自贸区 is nested
        E("秘鲁", CO, "country:PER"),
        E("哥斯达黎加", CO, "country:CRI"),
        E("瑞士", CO, "country:CHE"),
        E("冰岛", CO, "country:ISL"),
        E("格鲁吉亚", CO, "country:GEO"),
        E("毛里求斯", CO, "country:MUS"),
        E("柬埔寨", CO, "country:KHM"),
        E("中国—东盟自贸区", L, "doc:china-asean-fta"),
        E("《亚太贸易协定》", L, "title:亚太贸易协定"),
        E("孟加拉国", CO, "country:BGD"),
        E("印度", CO, "country:IND"),
        E("老挝", CO, "country:LAO"),
        E("斯里兰卡", CO, "country:LKA"),
        E("蒙古国", CO, "country:MNG"),
        E("财政部", ORG, "org:mof"),
        E("海关总署", ORG, "org:gacc"),
        E("日照港", ORG, None, True),  # stock link (company), then the port in the caption
        E("中远海控", ORG, None, True),
        E("山东省", P, "place:370000"),
        E("日照市", PF, "place:371100"),
    ],
    "must_not": [
        IN("日照港、中远", "日照", "stock link 日照港 (a company)", PLACE),
        IN("中国—东盟自贸区", "自贸区", "an FTA, not a pilot zone", ZONES),
        NA("港口", "港口航运股 (港口区)", PLACE),
        NA("定安", "既定安排 across a word boundary (定安县)", PLACE),
    ],
    "relations": [
        R(PLAN, PASSED, TARIFF),
        R(TARIFF, SUB, "org:state-council"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wan("38.34"), "CNY", N11),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "8.6", "P1", N11),
        O(CHN, "importValue", "Level", wan("16.5"), "CNY", N11),
        O(CHN, "importValue", "YearOnYearGrowth", "4.6", "P1", N11),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hq02 浦东 30 years
PD, SH = "place:310115", "place:310000"
PDGOV = "body:上海市浦东新区人民政府"
hq02 = {
    "editor": "顾晓",
    "entities": [
        E("解放日报", ORG, None, True),
        E("浦东开发开放30周年庆祝大会", ORG, None, True),  # event
        E("上海", P, SH),
        E("上海市", P, SH),
        E("浦东新区", C, PD),
        E("浦东", C, PD),
        E("国务院", ORG, "org:state-council"),
        E("国家级新区", PZ, None, True),  # zone type
        E("中国（上海）自由贸易试验区", FZ, "zone:ftz-310000"),
        E("自贸试验区", FZ, None, True, [1]),  # 全国首个自贸试验区: the programme
        E("上海自贸试验区", FZ, "zone:ftz-310000"),
        E("临港新片区", PZ, None, True),  # an area of the FTZ
        E("杭迎伟", "Person", f"person:杭迎伟@{PDGOV}"),
        E("张江科学城", ORG, None, True),
        E("陆家嘴", ORG, None, True, [1]),  # stock link (company)
        E("张江高科", ORG, None, True),
        E("外高桥", ORG, None, True),
        E("陆家嘴金融贸易区", ORG, None, True),  # caption: a development area
    ],
    "must_not": [IN("陆家嘴、张江", "陆家嘴", "stock link 陆家嘴 (a company)", PLACE)],
    "relations": [R(f"person:杭迎伟@{PDGOV}", HOLDS, f"post:{PDGOV}#区长")],
    "observations": [
        O(PD, "gdp", "Level", yi("60"), "CNY", Y(1990)),
        O(PD, "gdp", "Level", yi("12734"), "CNY", Y(2019)),
        O(PD, "foreignTradeValue", "Level", yi("20538"), "CNY", Y(2019)),
        O(PD, "foreignTradeValue", "Share", "60.1", "P1", Y(2019)),
        O(PD, "foreignInvestmentValue", "Level", yi("87.1"), "USD", Y(2019)),
    ],
    "optional_observations": [
        O(PD, "gdp", "Share", "33.3", "P1", Y(2019)),  # 约三分之一, not a percentage
    ],
    "claims": [
        {"kind": "kgo:ZonesNationwide", "about": CHN, "value": 19, "zone_type": "kgo:PilotZone"},
        {"kind": "kgo:FirstZone", "about": PD, "value": 1992, "zone_type": "kgo:PilotZone"},
        {"kind": "kgo:FirstZone", "about": SH, "value": 2013, "zone_type": "kgo:FreeTradeZone"},
    ],
}

# ---------------------------------------------------------------- hq03 江苏 2022 FDI
JS = "place:320000"
JSCOM = "org:commerce-320000"
P22 = Y(2022)
hq03 = {
    "editor": "钱雯",
    "entities": [
        E("江苏", P, JS),
        E("江苏省", P, JS),
        E("新华日报", ORG, None, True),
        E("付奇", "Person", "person:付奇@reporter", True),
        E("江苏省商务厅", ORG, JSCOM),
        E("新加坡", CO, "country:SGP"),
        E("德国", CO, "country:DEU"),
        E("荷兰", CO, "country:NLD"),
        E("一带一路", L, "doc:bri", True),
        E("苏州", PF, "place:320500"),
        E("苏州市", PF, "place:320500"),
        E("南京", PF, "place:320100"),
        E("无锡", PF, "place:320200"),
        E("徐州", PF, "place:320300"),
        E("连云港", PF, "place:320700"),
        E("赵建军", "Person", f"person:赵建军@{JSCOM}"),
        E("中国（江苏）自由贸易试验区", FZ, "zone:ftz-320000"),
        E("连云港片区", PZ, None, True),  # an area of the FTZ
        E("江苏银行", ORG, None, True),
        E("威孚高科", ORG, None, True),
        E("工业园区", ORG, None, True),  # 苏州工业园区, not a division
    ],
    "must_not": [IN("江苏银行", "江苏", "stock link 江苏银行 (a company)", PLACE)],
    "relations": [R(f"person:赵建军@{JSCOM}", HOLDS, f"post:{JSCOM}#厅长")],
    "observations": [
        O(JS, "foreignInvestmentValue", "Level", yi("305"), "USD", P22),
        O(JS, "foreignInvestmentValue", "YearOnYearGrowth", "5.7", "P1", P22),
        O(JS, "foreignInvestmentValue", "Level", yi("2052.6"), "CNY", P22),
        O(JS, "foreignInvestmentValue", "YearOnYearGrowth", "10.2", "P1", P22),
        O(JS, "foreignInvestmentValue", "Level", yi("103.8"), "USD", P22, None, "高技术产业"),
        O(JS, "foreignInvestmentValue", "YearOnYearGrowth", "12.4", "P1", P22, None, "高技术产业"),
        O(JS, "foreignInvestmentValue", "Share", "34", "P1", P22, None, "高技术产业"),
        O(JS, "foreignInvestmentValue", "Level", yi("28.6"), "USD", P22, "country:SGP"),
        O(JS, "foreignInvestmentValue", "Level", yi("9.8"), "USD", P22, "country:DEU"),
        O(JS, "foreignInvestmentValue", "Level", yi("6.1"), "USD", P22, "country:NLD"),
        O(JS, "foreignInvestmentValue", "YearOnYearGrowth", "21.3", "P1", P22, "country:SGP"),
        O(JS, "foreignInvestmentValue", "YearOnYearGrowth", "45.6", "P1", P22, "country:DEU"),
        O(JS, "foreignInvestmentValue", "YearOnYearGrowth", "18.2", "P1", P22, "country:NLD"),
        O(JS, "foreignInvestmentValue", "YearOnYearGrowth", "24.5", "P1", P22, "doc:bri"),
        O("place:320500", "foreignInvestmentValue", "Level", yi("74.3"), "USD", P22),
        O("place:320100", "foreignInvestmentValue", "Level", yi("48.1"), "USD", P22),
        O("place:320200", "foreignInvestmentValue", "Level", yi("39.6"), "USD", P22),
        O("place:320300", "foreignInvestmentValue", "YearOnYearGrowth", "19.8", "P1", P22),
        O("place:320700", "foreignInvestmentValue", "YearOnYearGrowth", "26.4", "P1", P22),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hq04 北京 2021 trade, 综保区
BJ = "place:110000"
P21 = Y(2021)
TZ = "zone:bonded-110113"
hq04 = {
    "editor": "孙琳",
    "entities": [
        E("中新网", ORG, "org:chinanews", True),
        E("北京", P, BJ, True, [1]),  # dateline
        E("北京", P, BJ, False, LATER),
        E("杜燕", "Person", "person:杜燕@reporter", True),
        E("北京海关", ORG, "body:北京海关"),
        E("欧盟", ORG, "org:eu", True),
        E("沙特阿拉伯", CO, "country:SAU"),
        E("阿联酋", CO, "country:ARE"),
        E("卡塔尔", CO, "country:QAT"),
        E("顺义区", C, "place:110113"),
        E("北京天竺综合保税区", PZ, TZ),
        # spans 北京市大兴区 and 河北省廊坊市: no single place code, so no IRI rule
        E("北京大兴国际机场综合保税区", PZ, None, True),
        E("综保区", PZ, None, True, [1]),  # 该综保区: back-reference
        E("综合保税区", PZ, None, True),  # the programme (nested ones drop out)
        E("北京市", P, BJ),
        E("大兴区", C, "place:110115"),
        E("河北省", P, "place:130000"),
        E("廊坊市", PF, "place:131000"),
        E("中国（北京）自由贸易试验区", FZ, "zone:ftz-110000"),
        E("天竺综保区", PZ, TZ),
        E("中国国航", ORG, None, True),
        E("深圳机场", ORG, None, True),
    ],
    "must_not": [
        IN("深圳机场", "深圳", "stock link 深圳机场 (a company)", PLACE),
        IN("中国国航", "中国", "stock link 中国国航 (a company)", [CO]),
    ],
    "relations": [R("body:北京海关", AREA, BJ)],
    "observations": [
        O(BJ, "foreignTradeValue", "Level", wan("3.04"), "CNY", P21),
        O(BJ, "foreignTradeValue", "YearOnYearGrowth", "30.6", "P1", P21),
        O(BJ, "exportValue", "Level", yi("6118.1"), "CNY", P21),
        O(BJ, "exportValue", "YearOnYearGrowth", "31.2", "P1", P21),
        O(BJ, "importValue", "Level", wan("2.43"), "CNY", P21),
        O(BJ, "importValue", "YearOnYearGrowth", "30.4", "P1", P21),
        O(BJ, "foreignTradeValue", "Level", yi("3720.5"), "CNY", P21, "org:eu"),
        O(BJ, "foreignTradeValue", "YearOnYearGrowth", "18.4", "P1", P21, "org:eu"),
        O(BJ, "foreignTradeValue", "Level", yi("2391.6"), "CNY", P21, "country:SAU"),
        O(BJ, "foreignTradeValue", "Level", yi("882.4"), "CNY", P21, "country:ARE"),
        O(BJ, "foreignTradeValue", "Level", yi("431.7"), "CNY", P21, "country:QAT"),
    ],
    "optional_observations": [
        # about a zone, not a place
        O(TZ, "foreignTradeValue", "Level", yi("1362.9"), "CNY", P21),
        O(TZ, "foreignTradeValue", "YearOnYearGrowth", "26.1", "P1", P21),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hq05 the 134th 广交会
GD = "place:440000"
Q3 = "2023-01-01/2023-09-30"
CFTC = "body:中国对外贸易中心"
XB = f"person:徐兵@{CFTC}"
hq05 = {
    "editor": "林晓",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("广州", PF, "place:440100", True, [1]),  # dateline
        E("广州", PF, "place:440100", False, LATER),
        E("王攀", "Person", "person:王攀@reporter", True),
        E("第134届中国进出口商品交易会", ORG, None, True),  # event
        E("广交会", ORG, None, True),  # event
        E("广交会新闻中心", ORG, None, True),
        E("第133届", ORG, None, True),
        # a public institution under 商务部 (not a government body as such): optional;
        # its spokesperson is must-find (GOLD-GUIDELINES: spokespeople)
        E("中国对外贸易中心", ORG, CFTC, True),
        E("徐兵", "Person", XB),
        E("一带一路", L, "doc:bri", True),
        E("美国", CO, "country:USA"),
        E("欧盟", ORG, "org:eu", True),
        E("沙特阿拉伯", CO, "country:SAU"),
        E("阿联酋", CO, "country:ARE"),
        E("卡塔尔", CO, "country:QAT"),
        E("商务部", ORG, "org:mofcom"),
        E("广东省人民政府", ORG, "org:gov-440000"),
        E("海关总署广东分署", ORG, "body:海关总署广东分署"),
        E("广东省", P, GD),
        E("白云机场", ORG, None, True),
        E("广州酒家", ORG, None, True),
        E("广州市", PF, "place:440100"),
        E("海珠区", C, "place:440105"),
        E("广交会展馆", ORG, None, True),
    ],
    "must_not": [
        IN("白云机场", "白云", "stock link 白云机场 (a company)", PLACE),
        IN("广州酒家", "广州", "stock link 广州酒家 (a company)", PLACE),
    ],
    "relations": [
        R(XB, HOLDS, f"post:{CFTC}#副主任"),
        R(XB, HOLDS, f"post:{CFTC}#新闻发言人"),
        R("body:海关总署广东分署", SUB, "org:gacc"),
        R("body:海关总署广东分署", AREA, GD),
    ],
    "observations": [
        O(GD, "foreignTradeValue", "Level", wan("6.07"), "CNY", Q3),
        O(GD, "foreignTradeValue", "YearOnYearGrowth", "0.4", "P1", Q3),
        O(GD, "exportValue", "Level", wan("4.07"), "CNY", Q3),
        O(GD, "exportValue", "YearOnYearGrowth", "3.6", "P1", Q3),
    ],
    "optional_observations": [
        # the fair's export deals: a figure about an event, not the country's exports
        O(CHN, "exportValue", "Level", yi("223"), "USD"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hq06 国发〔2023〕11号
GF = "doc:guofa-2023-11"
FIMA = "body:商务部外国投资管理司"
ZB = f"person:朱冰@{FIMA}"
M7 = "2023-01-01/2023-07-31"
HT = "高技术产业"
hq06 = {
    "editor": "王晨",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("北京", P, "place:110000", True),  # dateline only
        E("国务院", ORG, "org:state-council"),
        E("《关于进一步优化外商投资环境加大吸引外商投资力度的意见》", L, GF),
        E("国发〔2023〕11号", L, GF),
        E("《意见》", L, GF, True),  # back-references
        E("国务院常务会议", ORG, "org:state-council-executive-meeting"),
        E("商务部", ORG, "org:mofcom"),
        E("法国", CO, "country:FRA"),
        E("英国", CO, "country:GBR"),
        E("荷兰", CO, "country:NLD"),
        E("德国", CO, "country:DEU"),
        E("上海", P, "place:310000"),
        E("临港新片区", PZ, None, True),  # an area of the FTZ
        E("商务部外国投资管理司", ORG, FIMA),
        E("朱冰", "Person", ZB),
        E("《鼓励外商投资产业目录》", L, "title:鼓励外商投资产业目录"),
        E("华谊集团", ORG, None, True),
        E("百联股份", ORG, None, True),
    ],
    "must_not": [
        NA("会同", "the verb 会同 (会同县)", PLACE),
        NA("合作", "外资合作概念股 (合作市)", PLACE),
    ],
    "relations": [
        R(GF, PASSED, "org:state-council"),
        R(FIMA, SUB, "org:mofcom"),
        R(ZB, HOLDS, f"post:{FIMA}#司长"),
    ],
    "observations": [
        O(CHN, "foreignInvestmentValue", "Level", yi("7339.4"), "CNY", M7),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "-4", "P1", M7),
        O(CHN, "foreignInvestmentValue", "Level", yi("2701.5"), "CNY", M7, None, HT),
        O(CHN, "foreignInvestmentValue", "Share", "36.8", "P1", M7, None, HT),
        O(CHN, "foreignInvestmentValue", "PercentagePointChange", "1.9", "P1", M7, None, HT),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "173.3", "P1", M7, "country:FRA"),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "135.3", "P1", M7, "country:GBR"),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "127.4", "P1", M7, "country:NLD"),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "14.2", "P1", M7, "country:DEU"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hq07 宜宾 2023 trade
YB = "place:511500"
SC = "place:510000"
P23 = Y(2023)
hq07 = {
    "editor": "周燕",
    "entities": [
        E("四川日报", ORG, None, True),
        E("成都海关", ORG, "body:成都海关"),
        E("宜宾海关", ORG, "body:宜宾海关"),
        E("宜宾市", PF, YB),
        E("宜宾", PF, YB),
        E("四川省", P, SC),
        E("成都", PF, "place:510100"),
        E("德国", CO, "country:DEU"),
        E("荷兰", CO, "country:NLD"),
        E("匈牙利", CO, "country:HUN"),
        E("东盟", ORG, "org:asean", True),
        E("宜宾综合保税区", PZ, "zone:bonded-511500"),
        E("翠屏区", C, "place:511502"),
        E("国务院", ORG, "org:state-council"),
        E("中国（宜宾）跨境电子商务综合试验区", CB, "zone:cbec-511500"),
        E("第七批", "Batch", "batch:cbec-7", True),
        E("综试区", CB, None, True),  # the programme
        E("宜宾市商务局", ORG, "body:宜宾市商务局"),
        E("宁德时代", ORG, None, True),
        E("五粮液", ORG, None, True),
        E("宜宾纸业", ORG, None, True),
        E("宜宾港志城作业区", ORG, None, True),  # caption: a port area
    ],
    "must_not": [
        IN("宜宾纸业", "宜宾", "stock link 宜宾纸业 (a company)", PLACE),
        IN("四川日报", "四川", "newspaper 四川日报", PLACE),
        NA("金水", "黄金水道 across a word boundary (金水区)", PLACE),
    ],
    "relations": [
        R("body:成都海关", AREA, "place:510100"),
        R("body:宜宾海关", AREA, YB),
        R("body:宜宾市商务局", AREA, YB),
        R("zone:cbec-511500", "kgo:inBatch", "batch:cbec-7"),
    ],
    "observations": [
        O(YB, "foreignTradeValue", "Level", yi("617.5"), "CNY", P23),
        O(YB, "foreignTradeValue", "YearOnYearGrowth", "21.8", "P1", P23),
        O(YB, "exportValue", "Level", yi("498.3"), "CNY", P23),
        O(YB, "exportValue", "YearOnYearGrowth", "30.2", "P1", P23),
        O(YB, "importValue", "Level", yi("119.2"), "CNY", P23),
        O(YB, "importValue", "YearOnYearGrowth", "-4.6", "P1", P23),
        O(YB, "exportValue", "Level", yi("326.7"), "CNY", P23, None, "锂离子蓄电池"),
        O(YB, "exportValue", "YearOnYearGrowth", "48.9", "P1", P23, None, "锂离子蓄电池"),
        O(YB, "exportValue", "Share", "65.6", "P1", P23, None, "锂离子蓄电池"),
        O(YB, "exportValue", "YearOnYearGrowth", "120", "P1", P23, None, "电动载人汽车"),
        O(YB, "exportValue", "Level", yi("87.4"), "CNY", P23, "country:DEU"),
        O(YB, "exportValue", "Level", yi("51.2"), "CNY", P23, "country:NLD"),
        O(YB, "exportValue", "Level", yi("36.9"), "CNY", P23, "country:HUN"),
        O(YB, "foreignTradeValue", "YearOnYearGrowth", "17.3", "P1", P23, "org:asean"),
        O(YB, "foreignTradeValue", "YearOnYearGrowth", "10", "P1", Y(2024), target=True),
    ],
    "optional_observations": [],
    "claims": [
        {
            "kind": "kgo:ZonesInPlace",
            "about": SC,
            "value": 8,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
    ],
}

# ---------------------------------------------------------------- hq08 徐州 2022 trade
XZ = "place:320300"
hq08 = {
    "editor": "陈默",
    "entities": [
        E("徐州", PF, XZ),
        E("徐州市", PF, XZ),
        E("中国江苏网", ORG, None, True),
        E("南京海关", ORG, "body:南京海关"),
        E("徐州海关", ORG, "body:徐州海关"),
        E("一带一路", L, "doc:bri", True),
        E("哈萨克斯坦", CO, "country:KAZ"),
        E("乌兹别克斯坦", CO, "country:UZB"),
        E("第四批跨境电子商务综合试验区", "Batch", "batch:cbec-4", True),
        E("中国（徐州）跨境电子商务综合试验区", CB, "zone:cbec-320300"),
        E("徐州综合保税区", PZ, "zone:bonded-320300"),
        E("徐州国际陆港", ORG, None, True),
        E("德国", CO, "country:DEU"),
        E("荷兰", CO, "country:NLD"),
        E("俄罗斯", CO, "country:RUS"),
        E("徐州市商务局", ORG, "body:徐州市商务局"),
        E("邳州市", C, "place:320382"),
        E("新沂市", C, "place:320381"),
        E("铜山区", C, "place:320312"),
        E("云龙区", C, "place:320303"),
        E("徐州工程机械集团有限公司", ORG, None, True),
        E("徐工机械", ORG, None, True),
        E("中材国际", ORG, None, True),
    ],
    "must_not": [
        IN("徐州工程机械集团有限公司", "徐州", "company name", PLACE),
        IN("中国江苏网", "江苏", "news site 中国江苏网", PLACE),
        IN("中国江苏网", "中国", "news site 中国江苏网", [CO]),
    ],
    "relations": [
        R("body:南京海关", AREA, "place:320100"),
        R("body:徐州海关", AREA, XZ),
        R("body:徐州市商务局", AREA, XZ),
        R("zone:cbec-320300", "kgo:inBatch", "batch:cbec-4"),
    ],
    "observations": [
        O(XZ, "foreignTradeValue", "Level", yi("1421.6"), "CNY", P22),
        O(XZ, "foreignTradeValue", "YearOnYearGrowth", "12.9", "P1", P22),
        O(XZ, "exportValue", "Level", yi("1103.5"), "CNY", P22),
        O(XZ, "exportValue", "YearOnYearGrowth", "16.4", "P1", P22),
        O(XZ, "importValue", "Level", yi("318.1"), "CNY", P22),
        O(XZ, "importValue", "YearOnYearGrowth", "2.3", "P1", P22),
        O(XZ, "exportValue", "Level", yi("331.2"), "CNY", P22, None, "工程机械"),
        O(XZ, "exportValue", "YearOnYearGrowth", "30.4", "P1", P22, None, "工程机械"),
        O(XZ, "exportValue", "Share", "30", "P1", P22, None, "工程机械"),
        O(XZ, "exportValue", "YearOnYearGrowth", "25.7", "P1", P22, None, "光伏产品"),
        O(XZ, "foreignTradeValue", "Level", yi("620.8"), "CNY", P22, "doc:bri"),
        O(XZ, "foreignTradeValue", "YearOnYearGrowth", "21.6", "P1", P22, "doc:bri"),
        O(XZ, "foreignTradeValue", "Share", "43.7", "P1", P22, "doc:bri"),
        O(XZ, "foreignTradeValue", "YearOnYearGrowth", "68.1", "P1", P22, "country:KAZ"),
        O(XZ, "foreignTradeValue", "YearOnYearGrowth", "47.5", "P1", P22, "country:UZB"),
        O(XZ, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "160", "P1", P22),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hq09 三亚 2021 trade, CBEC zone
SY = "place:460200"
HN = "place:460000"
hq09 = {
    "editor": "黄蕾",
    "entities": [
        E("三亚日报", ORG, None, True),
        E("海口海关", ORG, "body:海口海关"),
        E("三亚海关", ORG, "body:三亚海关"),
        E("三亚市", PF, SY),
        E("三亚", PF, SY),
        E("崖州湾科技城", ORG, None, True),  # heading: a development area
        E("崖州区", C, "place:460205"),
        E("三亚崖州湾科技城", ORG, None, True),
        E("天涯区", C, "place:460204"),
        E("三亚中央商务区", ORG, None, True),
        E("新加坡", CO, "country:SGP"),
        E("马来西亚", CO, "country:MYS"),
        E("菲律宾", CO, "country:PHL"),
        E("东盟", ORG, "org:asean", True),
        E("中国（三亚）跨境电子商务综合试验区", CB, "zone:cbec-460200"),
        E("第五批", "Batch", "batch:cbec-5", True),
        E("综试区", CB, None, True),  # the programme
        E("海南省", P, HN),
        E("海口", PF, "place:460100"),
        E("三亚市商务局", ORG, "body:三亚市商务局"),
        E("海南自由贸易港", PZ, "zone:ftz-460000"),
        E("吉阳区", C, "place:460203"),
        E("三亚国际免税城", ORG, None, True),
        E("中国中免", ORG, None, True),
        E("海航控股", ORG, None, True),
    ],
    "must_not": [
        IN("三亚日报", "三亚", "newspaper 三亚日报", PLACE),
        IN("中国中免", "中国", "stock link 中国中免 (a company)", [CO]),
        IN("崖州湾科技城集聚", "崖州", "崖州湾 (a bay) in a heading", PLACE),
    ],
    "relations": [
        R("body:海口海关", AREA, "place:460100"),
        R("body:三亚海关", AREA, SY),
        R("body:三亚市商务局", AREA, SY),
        R("zone:cbec-460200", "kgo:inBatch", "batch:cbec-5"),
    ],
    "observations": [
        O(SY, "foreignTradeValue", "Level", yi("243.7"), "CNY", P21),
        O(SY, "foreignTradeValue", "YearOnYearGrowth", "220", "P1", P21),
        O(SY, "importValue", "Level", yi("213.5"), "CNY", P21),
        O(SY, "importValue", "YearOnYearGrowth", "260", "P1", P21),
        O(SY, "exportValue", "Level", yi("30.2"), "CNY", P21),
        O(SY, "exportValue", "YearOnYearGrowth", "62.8", "P1", P21),
        O(SY, "foreignInvestmentValue", "Level", yi("12.2"), "USD", P21),
        O(SY, "foreignInvestmentValue", "YearOnYearGrowth", "34.9", "P1", P21),
        O(SY, "foreignInvestmentValue", "Share", "34.6", "P1", P21),
        O(SY, "crossBorderEcommerceTradeValue", "Level", yi("50"), "CNY", Y(2025), target=True),
    ],
    "optional_observations": [],
    "claims": [
        {
            "kind": "kgo:ZonesInPlace",
            "about": HN,
            "value": 2,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
    ],
}

# ---------------------------------------------------------------- hq10 sandstorm (off-topic)
hq10 = {
    "editor": "刘洋",
    "entities": [
        E("中新网", ORG, "org:chinanews", True),
        E("中央气象台", ORG, "body:中央气象台"),
        E("新疆", P, "place:650000"),
        E("内蒙古", P, "place:150000"),
        E("甘肃", P, "place:620000"),
        E("宁夏", P, "place:640000"),
        E("陕西", P, "place:610000"),
        E("山西", P, "place:140000"),
        E("河北", P, "place:130000"),
        E("北京", P, BJ),
        E("天津", P, "place:120000"),
        E("北京市生态环境监测中心", ORG, None, True),
        E("北京市气象台", ORG, "body:北京市气象台"),
        E("中国气象局", ORG, "body:中国气象局"),
        E("蒙古国", CO, "country:MNG"),
        E("蒙古国紧急情况总局", ORG, None, True),  # a foreign body
        E("北京首都国际机场", ORG, None, True),
        E("中国国航", ORG, None, True),
        E("北京市", P, BJ),
        E("朝阳区", C, "place:110105"),
    ],
    "must_not": [
        IN("蒙古气旋", "蒙古", "蒙古气旋, a weather system", [CO]),
        IN("河西走廊", "河西", "河西走廊, not 天津河西区", PLACE),
        IN("中国国航", "中国", "stock link 中国国航 (a company)", [CO]),
        NA("南部", "蒙古国南部, a direction (南部县)", PLACE),
    ],
    "relations": [R("body:北京市气象台", AREA, BJ)],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hq11 景德镇 tourism (off-topic)
JDZ = "place:360200"
hq11 = {
    "editor": "江舟",
    "entities": [
        E("江西日报", ORG, None, True),
        E("景德镇市文化广电新闻出版旅游局", ORG, "body:景德镇市文化广电新闻出版旅游局"),
        E("江西省", P, "place:360000"),
        E("景德镇市", PF, JDZ),
        E("景德镇", PF, JDZ),
        E("珠山区", C, "place:360203"),
        E("陶溪川文创街区", ORG, None, True),
        E("御窑厂国家考古遗址公园", ORG, None, True),
        E("浮梁县", C, "place:360222"),
        E("瑶里古镇", ORG, None, True),
        E("昌江区", C, "place:360202"),
        E("三宝国际陶艺村", ORG, None, True),
        E("江西省文化和旅游厅", ORG, "body:江西省文化和旅游厅"),
        E("景德镇陶瓷大学", ORG, None, True),
        E("南昌", PF, "place:360100"),
        E("上饶", PF, "place:361100"),
        E("丽江股份", ORG, None, True),
        E("黄山旅游", ORG, None, True),
    ],
    "must_not": [
        IN("江西日报", "江西", "newspaper 江西日报", PLACE),
        IN("景德镇陶瓷大学", "景德镇", "university name", PLACE),
        IN("丽江股份", "丽江", "stock link 丽江股份 (a company)", PLACE),
        IN("黄山旅游", "黄山", "stock link 黄山旅游 (a company)", PLACE),
    ],
    "relations": [
        R("body:景德镇市文化广电新闻出版旅游局", AREA, JDZ),
        R("body:江西省文化和旅游厅", AREA, "place:360000"),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hq12 格力电器 (off-topic)
hq12 = {
    "editor": "马骏",
    "entities": [
        E("格力电器", ORG, None, True),
        E("珠海格力电器股份有限公司", ORG, None, True),
        E("广东省", P, GD),
        E("珠海市", PF, "place:440400"),
        E("香洲区", C, "place:440402"),
        E("重庆", P, "place:500000"),
        E("武汉", PF, "place:420100"),
        E("郑州", PF, "place:410100"),
        E("合肥", PF, "place:340100"),
        E("巴西", CO, "country:BRA"),
        E("巴基斯坦", CO, "country:PAK"),
        E("董明珠", "Person", None, True),
    ],
    "must_not": [IN("珠海格力电器股份有限公司", "珠海", "company name", PLACE)],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "hq01": hq01,
    "hq02": hq02,
    "hq03": hq03,
    "hq04": hq04,
    "hq05": hq05,
    "hq06": hq06,
    "hq07": hq07,
    "hq08": hq08,
    "hq09": hq09,
    "hq10": hq10,
    "hq11": hq11,
    "hq12": hq12,
}


def main() -> None:
    """Write hqNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
        spec["must_not"] = resolve_in(body, spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
