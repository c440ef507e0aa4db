"""Write the gold files of heldout-2026-12w from the annotator's span lists.

Input: articles/hwNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: hwNN.json (one entity per occurrence; ``"captions": true``; containment relations
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
    wy,
    yi,
)

HERE = Path(__file__).resolve().parent.parent
SA = "SpecialArea"
PER = "Person"
ZONES = [CB, FZ, PZ]


def body(stem: str) -> str:
    """The annotated text of one article (body and picture captions)."""
    return read_body(HERE / "articles" / f"{stem}.md", captions=True)


def EX(stem, text, label, ref=None, opt=False, skip=()):  # noqa: N802 - a table row
    """``E`` on every occurrence of ``text`` that does not sit inside one of the ``skip``
    host strings (a newspaper, a stock link, a dateline)."""
    text_body = body(stem)
    hosts = []
    for host in skip:
        for h in occurrences(text_body, host):
            hosts.append((h, h + len(host)))
    keep = [
        n
        for n, start in enumerate(occurrences(text_body, text), 1)
        if not any(a <= start and start + len(text) <= b for a, b in hosts)
    ]
    return E(text, label, ref, opt, keep)


def rep(name):
    return f"person:{name}@reporter"


Q3_24 = "2024-01-01/2024-09-30"

# ---------------------------------------------------------------- hw01 福建 1—8月 2024
FJ, XM, FZC, QZ, SS = "place:350000", "place:350200", "place:350100", "place:350500", "place:350581"
P18, AUG = "2024-01-01/2024-08-31", "2024-08-01/2024-08-31"
hw01 = {
    "editor": "郑颖",
    "entities": [
        E("中新网", ORG, None, True),
        E("福州", PF, FZC, True, [1]),  # dateline
        E("林春茵", PER, rep("林春茵"), True),
        E("福州海关", ORG, "body:福州海关"),
        EX("hw01", "福州", PF, FZC, False, ["中新网福州"]),
        E("福建省", P, FJ),
        EX("hw01", "福建", P, FJ, False, ["福建日报"]),
        E("东盟", ORG, "org:asean", True),
        E("美国", CO, "country:USA"),
        E("欧盟", ORG, "org:eu", True),
        E("台湾", P, "place:710000"),
        E("泉州市", PF, QZ),
        E("泉州", PF, QZ),
        E("石狮市", C, SS),
        E("晋江市", C, "place:350582"),
        EX("hw01", "厦门", PF, XM, False, ["厦门港务"]),
        E("中国（福建）自由贸易试验区", FZ, "zone:ftz-350000"),
        E("跨境电商综试区", CB, None, True),  # the zone type, by place
        E("福建日报", ORG, None, True),
        E("厦门港务", ORG, None, True),
        E("建发股份", ORG, None, True),
        E("中国新闻网", ORG, None, True),
    ],
    "must_not": [
        IN("福建日报", "福建", "newspaper 福建日报", PLACE),
        IN("厦门港务", "厦门", "stock link 厦门港务 (a company)", PLACE),
    ],
    "relations": [R("body:福州海关", AREA, FZC)],
    "observations": [
        O(FJ, "foreignTradeValue", "Level", yi("13215.6"), "CNY", P18),
        O(FJ, "foreignTradeValue", "YearOnYearGrowth", "4.3", "P1", P18),
        O(FJ, "exportValue", "Level", yi("8201.4"), "CNY", P18),
        O(FJ, "exportValue", "YearOnYearGrowth", "7.8", "P1", P18),
        O(FJ, "importValue", "Level", yi("5014.2"), "CNY", P18),
        O(FJ, "importValue", "YearOnYearGrowth", "-0.9", "P1", P18),
        O(FJ, "foreignTradeValue", "Level", yi("1747.3"), "CNY", AUG),
        O(FJ, "foreignTradeValue", "YearOnYearGrowth", "6.5", "P1", AUG),
        O(FJ, "foreignTradeValue", "Level", yi("2690.5"), "CNY", P18, "org:asean"),
        O(FJ, "foreignTradeValue", "YearOnYearGrowth", "9.1", "P1", P18, "org:asean"),
        O(FJ, "foreignTradeValue", "Share", "20.4", "P1", P18, "org:asean"),
        O(FJ, "foreignTradeValue", "Level", yi("1520.8"), "CNY", P18, "country:USA"),
        O(FJ, "foreignTradeValue", "Level", yi("1312.6"), "CNY", P18, "org:eu"),
        O(FJ, "foreignTradeValue", "YearOnYearGrowth", "3.2", "P1", P18, "country:USA"),
        O(FJ, "foreignTradeValue", "YearOnYearGrowth", "1.5", "P1", P18, "org:eu"),
        O(FJ, "foreignTradeValue", "Level", yi("628.4"), "CNY", P18, "place:710000"),
        O(FJ, "foreignTradeValue", "YearOnYearGrowth", "-2.7", "P1", P18, "place:710000"),
        O(FJ, "foreignTradeValue", "Level", yi("8583.1"), "CNY", P18, None, "民营企业"),
        O(FJ, "foreignTradeValue", "YearOnYearGrowth", "8.7", "P1", P18, None, "民营企业"),
        O(FJ, "foreignTradeValue", "Share", "64.9", "P1", P18, None, "民营企业"),
        O(FJ, "foreignTradeValue", "PercentagePointChange", "2.7", "P1", P18, None, "民营企业"),
        O(XM, "foreignTradeValue", "Level", yi("5952.3"), "CNY", P18),
        O(FZC, "foreignTradeValue", "Level", yi("2350.4"), "CNY", P18),
        O(QZ, "foreignTradeValue", "Level", yi("1926.8"), "CNY", P18),
        O(XM, "foreignTradeValue", "Share", "45", "P1", P18),
        O(SS, "exportValue", "YearOnYearGrowth", "16.2", "P1", P18, None, "市场采购贸易方式"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hw02 海南 2024, 洋浦
HN, HK, SY, DZ = "place:460000", "place:460100", "place:460200", "place:460400"
Y24 = Y(2024)
hw02 = {
    "editor": "王琳",
    "entities": [
        EX("hw02", "海南", P, HN, False, ["海南日报", "海南高速"]),
        E("海南省", P, HN),
        E("洋浦经济开发区", PZ, None, True),  # no IRI rule for a 经济开发区 (README)
        E("洋浦", PZ, None, True),  # short form, caption port
        E("海南日报", ORG, None, True),
        E("邓钰", PER, rep("邓钰"), True),
        E("海口海关", ORG, "body:海口海关"),
        E("海南自由贸易港", PZ, "zone:ftz-460000"),
        E("中国（海口）跨境电子商务综合试验区", CB, "zone:cbec-460100"),
        E("中国（三亚）跨境电子商务综合试验区", CB, "zone:cbec-460200"),
        E("综试区", CB, None, True),  # the type
        E("海口综合保税区", PZ, "zone:bonded-460100"),
        E("洋浦国际集装箱码头", ORG, None, True),
        E("儋州市", PF, DZ),
        E("海口市", PF, HK),
        E("三亚市", PF, SY),
        E("海南高速", ORG, None, True),
        E("海航控股", ORG, None, True),
    ],
    "must_not": [
        IN("海南日报", "海南", "newspaper 海南日报", PLACE),
        IN("海南高速", "海南", "stock link 海南高速 (a company)", PLACE),
        N("自贸港", 1, "自贸港概念股: a stock theme, not the zone", ZONES),
    ],
    "relations": [R("body:海口海关", AREA, HK)],
    "observations": [
        O(HN, "foreignTradeValue", "Level", yi("2776.5"), "CNY", Y24),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "20.1", "P1", Y24),
        O(HN, "exportValue", "Level", yi("1012.6"), "CNY", Y24),
        O(HN, "exportValue", "YearOnYearGrowth", "35.8", "P1", Y24),
        O(HN, "importValue", "Level", yi("1763.9"), "CNY", Y24),
        O(HN, "importValue", "YearOnYearGrowth", "12.6", "P1", Y24),
        O(HN, "crossBorderEcommerceTradeValue", "Level", yi("48.6"), "CNY", Y24),
        O(HN, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "38.7", "P1", Y24),
        O(HN, "crossBorderEcommerceExportValue", "Level", yi("29.3"), "CNY", Y24),
        O(HN, "crossBorderEcommerceExportValue", "YearOnYearGrowth", "52.4", "P1", Y24),
    ],
    # 洋浦经济开发区 is not a division (it lies in 儋州市): its figures are not about 儋州;
    # listed optional under 儋州 so a reading that puts them there is neither credited nor
    # penalised (README).
    "optional_observations": [
        O(DZ, "foreignTradeValue", "Level", yi("1331.2"), "CNY", Y24),
        O(DZ, "foreignTradeValue", "YearOnYearGrowth", "15.3", "P1", Y24),
        O(DZ, "foreignTradeValue", "Share", "47.9", "P1", Y24),
    ],
    "claims": [
        {
            "kind": "kgo:ZonesInPlace",
            "about": HN,
            "value": 2,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
    ],
}

# ---------------------------------------------------------------- hw03 贵州 2023
GZ, GY, ZY = "place:520000", "place:520100", "place:520300"
Y23, DEC23 = Y(2023), "2023-12-01/2023-12-31"
GYZ = "zone:bonded-520100"
hw03 = {
    "editor": "杨帆",
    "entities": [
        E("贵阳综保区", PZ, GYZ),
        E("贵阳综合保税区", PZ, GYZ),
        E("王琴", PER, rep("王琴"), True),
        E("贵阳海关", ORG, "body:贵阳海关"),
        E("贵州省", P, GZ),
        EX("hw03", "贵州", P, GZ, False, ["贵州茅台"]),
        E("一带一路", L, "doc:bri", True),
        E("东盟", ORG, "org:asean", True),
        E("美国", CO, "country:USA"),
        E("黔南布依族苗族自治州", PF, "place:522700"),
        E("福泉市", C, "place:522702"),
        E("贵阳市", PF, GY),
        E("开阳县", C, "place:520121"),
        E("贵阳经济技术开发区", PZ, None, True),  # a development zone, no IRI rule
        E("贵安综合保税区", PZ, None, True),  # 贵安新区 has no division code (README)
        E("遵义综合保税区", PZ, "zone:bonded-520300"),
        E("综合保税区", PZ, None, True),  # the type
        E("贵州省商务厅", ORG, "org:commerce-520000"),
        E("贵阳", PF, GY),
        E("遵义", PF, ZY),
        E("铜仁", PF, "place:520600"),
        E("跨境电商综试区", CB, None, True),
        E("贵州茅台", ORG, None, True),
    ],
    "must_not": [IN("贵州茅台", "贵州", "stock link 贵州茅台 (a company)", PLACE)],
    "relations": [R("body:贵阳海关", AREA, GY)],
    "observations": [
        O(GZ, "foreignTradeValue", "Level", yi("616.5"), "CNY", Y23),
        O(GZ, "foreignTradeValue", "YearOnYearGrowth", "-22.5", "P1", Y23),
        O(GZ, "exportValue", "Level", yi("447.8"), "CNY", Y23),
        O(GZ, "exportValue", "YearOnYearGrowth", "-21.7", "P1", Y23),
        O(GZ, "importValue", "Level", yi("168.7"), "CNY", Y23),
        O(GZ, "importValue", "YearOnYearGrowth", "-24.5", "P1", Y23),
        O(GZ, "foreignTradeValue", "Level", yi("58.2"), "CNY", DEC23),
        O(GZ, "foreignTradeValue", "MonthOnMonthGrowth", "13.4", "P1", DEC23),
        O(GZ, "foreignTradeValue", "Level", yi("150.9"), "CNY", Y23, "org:asean"),
        O(GZ, "foreignTradeValue", "Share", "24.5", "P1", Y23, "org:asean"),
        O(GZ, "foreignTradeValue", "Level", yi("326.7"), "CNY", Y23, "doc:bri"),
        O(GZ, "foreignTradeValue", "Share", "53", "P1", Y23, "doc:bri"),
        O(GZ, "foreignTradeValue", "PercentagePointChange", "4.1", "P1", Y23, "doc:bri"),
        O(GZ, "foreignTradeValue", "Level", yi("64.3"), "CNY", Y23, "country:USA"),
        O(GZ, "exportValue", "Level", yi("183.6"), "CNY", Y23, None, "机电产品"),
        O(GZ, "exportValue", "Share", "41", "P1", Y23, None, "机电产品"),
        O(GZ, "exportValue", "Level", yi("38.5"), "CNY", Y23, None, "化肥"),
    ],
    "optional_observations": [  # figures of zones, not places
        O(GYZ, "foreignTradeValue", "Level", yi("178.6"), "CNY", Y23),
        O(GYZ, "foreignTradeValue", "Share", "29", "P1", Y23),
        O("zone:bonded-520300", "foreignTradeValue", "YearOnYearGrowth", "8.7", "P1", Y23),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hw04 新疆 2024
XJ, KAZ = "place:650000", "country:KAZ"
hw04 = {
    "editor": "马晓",
    "entities": [
        E("新华社", ORG, None, True),
        E("乌鲁木齐", PF, "place:650100", True, [1]),  # dateline
        E("顾煜", PER, rep("顾煜"), True),
        E("乌鲁木齐海关", ORG, "body:乌鲁木齐海关"),
        E("新疆维吾尔自治区", P, XJ),
        E("新疆", P, XJ),
        E("哈萨克斯坦", CO, KAZ),
        E("哈萨克斯坦海关", ORG, None, True),  # a foreign body
        E("中亚五国", ORG, None, True),  # a group of countries
        E("俄罗斯", CO, "country:RUS"),
        E("吉尔吉斯斯坦", CO, "country:KGZ"),
        E("乌兹别克斯坦", CO, "country:UZB"),
        E("伊犁哈萨克自治州", PF, "place:654000"),
        E("伊犁州", PF, "place:654000"),
        E("霍尔果斯市", C, "place:654004"),
        E("博尔塔拉蒙古自治州", PF, "place:652700"),
        E("阿拉山口市", C, "place:652702"),
        E("中哈霍尔果斯国际边境合作中心", PZ, None, True),  # no IRI rule for this kind
        E("中国（新疆）自由贸易试验区", FZ, "zone:ftz-650000"),
        E("新疆维吾尔自治区商务厅", ORG, "org:commerce-650000"),
        E("乌鲁木齐市", PF, "place:650100"),
        E("喀什地区", PF, "place:653100"),
        E("西部建设", ORG, None, True),
        E("广汇能源", ORG, None, True),
        E("新华网", ORG, None, True),
    ],
    "must_not": [
        IN("伊犁哈萨克自治州", "哈萨克", "inside a prefecture name, not 哈萨克斯坦", [CO]),
        NA("合作", "合作试点, not 合作市", PLACE),
    ],
    "relations": [R("body:乌鲁木齐海关", AREA, "place:650100")],
    "observations": [
        O(XJ, "foreignTradeValue", "Level", yi("4341.1"), "CNY", Y24),
        O(XJ, "foreignTradeValue", "YearOnYearGrowth", "21.5", "P1", Y24),
        O(XJ, "exportValue", "Level", yi("3752.4"), "CNY", Y24),
        O(XJ, "exportValue", "YearOnYearGrowth", "24.8", "P1", Y24),
        O(XJ, "importValue", "Level", yi("588.7"), "CNY", Y24),
        O(XJ, "importValue", "YearOnYearGrowth", "3.9", "P1", Y24),
        O(XJ, "foreignTradeValue", "Level", yi("1129.3"), "CNY", Y24, KAZ),
        O(XJ, "foreignTradeValue", "YearOnYearGrowth", "18.2", "P1", Y24, KAZ),
        O(XJ, "foreignTradeValue", "Share", "26", "P1", Y24, KAZ),
        O(XJ, "foreignTradeValue", "YearOnYearGrowth", "35.6", "P1", Y24, "country:RUS"),
        O(XJ, "foreignTradeValue", "Level", yi("871.2"), "CNY", Y24, "country:KGZ"),
        O(XJ, "foreignTradeValue", "Level", yi("402.5"), "CNY", Y24, "country:UZB"),
    ],
    "optional_observations": [  # 中亚五国: a group without a partner IRI
        O(XJ, "foreignTradeValue", "Level", yi("2836.3"), "CNY", Y24, None, "中亚五国"),
        O(XJ, "foreignTradeValue", "YearOnYearGrowth", "15.4", "P1", Y24, None, "中亚五国"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hw05 负面清单 2024年版
NEG = "title:外商投资准入特别管理措施（负面清单）（2024年版）"
ACT = "doc:guobanfa-2024-9"
HE = "person:何亚东@org:mofcom"
J7 = "2024-01-01/2024-07-31"
hw05 = {
    "editor": "赵然",
    "entities": [
        E("中新经纬", ORG, None, True),
        E("商务部", ORG, "org:mofcom"),
        E("何亚东", PER, HE),
        E("国家发展改革委", ORG, "org:ndrc"),
        E("《外商投资准入特别管理措施（负面清单）（2024年版）》", L, NEG),
        E("2024年版外资准入负面清单", L, NEG),  # short form
        E("国务院办公厅", ORG, "org:state-council-general-office"),
        E("《扎实推进高水平对外开放更大力度吸引和利用外资行动方案》", L, ACT),
        E("国办发〔2024〕9号", L, ACT),
        E("自由贸易试验区", FZ, None, True),  # the type (22 of them: a claim)
        E("2024年中国国际服务贸易交易会", ORG, None, True),  # event
        E("北京", P, "place:110000"),
        E("首钢园", ORG, None, True),
        E("中国", CO, CHN),
        E("锦江在线", ORG, None, True),
        E("外高桥", ORG, None, True),
        E("上海", P, "place:310000", True),  # 上海本地股: a stock theme
    ],
    "must_not": [
        IN("锦江在线", "锦江", "stock link 锦江在线 (a company)", PLACE),
        NA("会同", "the verb 会同 (会同县)", PLACE),
        IN("展台前", "台前", "substring across a word boundary (展台前), not 台前县", PLACE),
    ],
    "relations": [
        R(HE, HOLDS, "post:org:mofcom#新闻发言人"),
        R(NEG, PASSED, "org:ndrc"),
        R(NEG, PASSED, "org:mofcom"),
        R(ACT, PASSED, "org:state-council-general-office"),
    ],
    "observations": [
        O(CHN, "foreignInvestmentValue", "Level", yi("5394.7"), "CNY", J7),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "-29.6", "P1", J7),
        O(CHN, "foreignInvestmentValue", "Level", yi("1518.3"), "CNY", J7, None, "制造业"),
        O(
            CHN,
            "foreignInvestmentValue",
            "PercentagePointChange",
            "2.2",
            "P1",
            J7,
            None,
            "高技术制造业",
        ),
    ],
    "optional_observations": [],
    "claims": [
        {
            "kind": "kgo:ZonesNationwide",
            "about": CHN,
            "value": 22,
            "zone_type": "kgo:FreeTradeZone",
        },
    ],
}

# ---------------------------------------------------------------- hw06 浙江 2023 GDP
ZJ, HZ, NB, WZ = "place:330000", "place:330100", "place:330200", "place:330300"
WANG = "person:王浩@org:gov-330000"
GWR = "title:政府工作报告"
hw06 = {
    "editor": "周洁",
    "entities": [
        EX("hw06", "浙江", P, ZJ, False, ["浙江在线", "浙江龙盛"]),
        E("浙江在线", ORG, None, True),
        E("浙江省统计局", ORG, "body:浙江省统计局"),
        E("国家统计局浙江调查总队", ORG, "body:国家统计局浙江调查总队"),
        E("杭州海关", ORG, "body:杭州海关"),
        E("杭州", PF, HZ),
        E("杭州市", PF, HZ),
        E("宁波市", PF, NB),
        EX("hw06", "宁波", PF, NB, False, ["宁波舟山港", "宁波银行"]),
        E("温州市", PF, WZ),
        E("温州", PF, WZ),
        E("慈溪市", C, "place:330282"),
        E("金华", PF, "place:330700"),
        E("义乌市", C, "place:330782"),
        E("乐清市", C, "place:330382"),
        E("宁波舟山港", ORG, None, True),  # the port: places inside it not annotated
        E("王浩", PER, WANG),
        E("浙江省十四届人大二次会议", ORG, None, True),  # event
        E("政府工作报告", L, GWR),
        E("浙江龙盛", ORG, None, True),
        E("宁波银行", ORG, None, True),
    ],
    "must_not": [
        IN("浙江龙盛", "浙江", "stock link 浙江龙盛 (a company)", PLACE),
        IN("宁波银行", "宁波", "stock link 宁波银行 (a company)", PLACE),
    ],
    "relations": [
        R("body:浙江省统计局", AREA, ZJ),
        R("body:国家统计局浙江调查总队", SUB, "org:nbs"),
        R("body:国家统计局浙江调查总队", AREA, ZJ),
        R("body:杭州海关", AREA, HZ),
        R(WANG, HOLDS, "post:org:gov-330000#省长"),
        R(GWR, PASSED, "org:gov-330000"),
    ],
    "observations": [
        O(ZJ, "gdp", "Level", yi("82553"), "CNY", Y23),
        O(ZJ, "gdp", "YearOnYearGrowth", "6.0", "P1", Y23),
        O(ZJ, "gdp", "Level", yi("2332"), "CNY", Y23, None, "第一产业"),
        O(ZJ, "gdp", "YearOnYearGrowth", "4.2", "P1", Y23, None, "第一产业"),
        O(ZJ, "gdp", "Level", yi("33952"), "CNY", Y23, None, "第二产业"),
        O(ZJ, "gdp", "YearOnYearGrowth", "5.0", "P1", Y23, None, "第二产业"),
        O(ZJ, "gdp", "Level", yi("46269"), "CNY", Y23, None, "第三产业"),
        O(ZJ, "gdp", "YearOnYearGrowth", "6.7", "P1", Y23, None, "第三产业"),
        O(ZJ, "industrialValueAdded", "YearOnYearGrowth", "6.0", "P1", Y23),
        O(ZJ, "retailSalesValue", "Level", yi("32550"), "CNY", Y23),
        O(ZJ, "retailSalesValue", "YearOnYearGrowth", "6.8", "P1", Y23),
        O(ZJ, "fixedAssetInvestment", "YearOnYearGrowth", "6.1", "P1", Y23),
        O(ZJ, "foreignTradeValue", "Level", wy("4.90"), "CNY", Y23),
        O(ZJ, "foreignTradeValue", "YearOnYearGrowth", "4.6", "P1", Y23),
        O(ZJ, "exportValue", "Level", wy("3.57"), "CNY", Y23),
        O(ZJ, "exportValue", "YearOnYearGrowth", "3.9", "P1", Y23),
        O(HZ, "gdp", "Level", yi("20059"), "CNY", Y23),
        O(HZ, "gdp", "YearOnYearGrowth", "5.6", "P1", Y23),
        O(NB, "gdp", "Level", yi("16452.8"), "CNY", Y23),
        O(NB, "gdp", "YearOnYearGrowth", "5.5", "P1", Y23),
        O(WZ, "gdp", "Level", yi("8730.6"), "CNY", Y23),
        O(WZ, "gdp", "YearOnYearGrowth", "6.9", "P1", Y23),
        O(ZJ, "gdp", "YearOnYearGrowth", "5.5", "P1", Y24, target=True),
    ],
    # 均超过2000亿元 / 突破1600亿元: lower bounds of county GDP, not levels
    "optional_observations": [
        O("place:330282", "gdp", "Level", yi("2000"), "CNY", Y23),
        O("place:330782", "gdp", "Level", yi("2000"), "CNY", Y23),
        O("place:330382", "gdp", "Level", yi("1600"), "CNY", Y23),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hw07 粤港澳大湾区 Q1–3 2024
GD = "place:440000"
GDF = "body:海关总署广东分署"
hw07 = {
    "editor": "黄蕾",
    "entities": [
        E("大湾区", SA, None, True),
        E("粤港澳大湾区", SA, None, True),  # a region, not a division
        E("南方日报", ORG, None, True),
        E("许悦", PER, rep("许悦"), True),
        E("海关总署广东分署", ORG, GDF),
        E("广东", P, GD),
        E("广东省", P, GD),
        E("深圳", PF, "place:440300"),
        E("深圳市", PF, "place:440300"),
        E("东莞市", PF, "place:441900"),
        E("广州市", PF, "place:440100"),
        E("佛山市", PF, "place:440600"),
        E("惠州市", PF, "place:441300"),
        E("中山市", PF, "place:442000"),
        E("珠海市", PF, "place:440400"),
        E("江门市", PF, "place:440700"),
        E("肇庆市", PF, "place:441200"),
        E("东盟", ORG, "org:asean", True),
        E("中国香港", P, "place:810000"),
        E("一带一路", L, "doc:bri", True),
        E("南沙区", C, "place:440115"),
        E("南沙港区", ORG, None, True),  # a port area
        E("横琴粤澳深度合作区", PZ, None, True),  # no IRI rule for this kind (README)
        E("前海深港现代服务业合作区", PZ, None, True),
        E("中国（广东）自由贸易试验区", FZ, "zone:ftz-440000"),
        E("广州港", ORG, None, True),
        E("顺丰控股", ORG, None, True),
    ],
    "must_not": [
        IN("珠江门户", "江门", "substring across a word boundary (珠江门户)", PLACE),
        IN("广州港", "广州", "stock link 广州港 (a company)", PLACE),
        NA("合作", "合作平台, not 合作市", PLACE),
    ],
    "relations": [R(GDF, SUB, "org:gacc"), R(GDF, AREA, GD)],
    "observations": [
        O(GD, "foreignTradeValue", "Level", wy("6.84"), "CNY", Q3_24),
        O(GD, "foreignTradeValue", "YearOnYearGrowth", "11.5", "P1", Q3_24),
        O(GD, "exportValue", "Level", wy("4.39"), "CNY", Q3_24),
        O(GD, "exportValue", "YearOnYearGrowth", "8.1", "P1", Q3_24),
        O(GD, "importValue", "Level", wy("2.45"), "CNY", Q3_24),
        O(GD, "importValue", "YearOnYearGrowth", "18.2", "P1", Q3_24),
        O("place:440300", "foreignTradeValue", "Level", wy("3.37"), "CNY", Q3_24),
        O("place:440300", "foreignTradeValue", "YearOnYearGrowth", "19.6", "P1", Q3_24),
        O("place:441900", "foreignTradeValue", "Level", yi("10312.5"), "CNY", Q3_24),
        O("place:440100", "foreignTradeValue", "Level", yi("8380.6"), "CNY", Q3_24),
        O("place:440600", "foreignTradeValue", "Level", yi("5106.4"), "CNY", Q3_24),
        O("place:441300", "foreignTradeValue", "YearOnYearGrowth", "10.4", "P1", Q3_24),
        O("place:442000", "foreignTradeValue", "YearOnYearGrowth", "6.1", "P1", Q3_24),
        O(GD, "foreignTradeValue", "Level", wy("2.69"), "CNY", Q3_24, "doc:bri"),
        O(GD, "foreignTradeValue", "Share", "39.3", "P1", Q3_24, "doc:bri"),
    ],
    # the 大湾区内地九市 figures (6.27万亿元, 对东盟, 对中国香港, 91.7% of 广东) are about a
    # region without an IRI: not annotated (README)
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hw08 国函〔2019〕16号 北京
BJ = "place:110000"
GH = "doc:guohan-2019-16"
PLAN = "title:全面推进北京市服务业扩大开放综合试点工作方案"
YAN = "person:闫立刚@org:commerce-110000"
Y18 = Y(2018)
hw08 = {
    "editor": "陈雷",
    "entities": [
        E("国务院关于全面推进北京市服务业扩大开放综合试点工作方案的批复", L, GH),
        E("《国务院关于全面推进北京市服务业扩大开放综合试点工作方案的批复》", L, GH),
        E("国函〔2019〕16号", L, GH),
        E("新华社", ORG, None, True),
        E("北京", P, BJ, True, [2]),  # dateline
        EX("hw08", "北京", P, BJ, False, ["新华社北京", "北京日报", "北京银行"]),
        E("北京市", P, BJ),
        E("国务院", ORG, "org:state-council"),
        E("《全面推进北京市服务业扩大开放综合试点工作方案》", L, PLAN),
        E("方案", L, PLAN, True, [4]),  # back-reference 方案由…
        E("工作方案", L, PLAN, True, [4]),  # back-reference 根据工作方案
        E("北京市人民政府", ORG, "org:gov-110000"),
        E("商务部", ORG, "org:mofcom"),
        E("北京市商务局", ORG, "org:commerce-110000"),
        E("闫立刚", PER, YAN),
        E("朝阳区", C, "place:110105"),
        E("海淀区", C, "place:110108"),
        E("中关村", SA, None, True),
        E("顺义区", C, "place:110113"),
        E("北京天竺综合保税区", PZ, "zone:bonded-110113"),
        E("北京日报", ORG, None, True),
        E("北京银行", ORG, None, True),
        E("上海贝岭", ORG, None, True),
    ],
    "must_not": [
        IN("北京日报", "北京", "newspaper 北京日报", PLACE),
        IN("北京银行", "北京", "stock link 北京银行 (a company)", PLACE),
        IN("上海贝岭", "上海", "stock link 上海贝岭 (a company)", PLACE),
        NA("会同", "the verb 会同 (会同县)", PLACE),
    ],
    "relations": [
        R(GH, PASSED, "org:state-council"),
        R(PLAN, PASSED, "org:gov-110000"),
        R(PLAN, PASSED, "org:mofcom"),
        R(YAN, HOLDS, "post:org:commerce-110000#局长"),
    ],
    "observations": [
        O(BJ, "foreignInvestmentValue", "Level", yi("173.1"), "USD", Y18),
        O(BJ, "foreignInvestmentValue", "Level", yi("161.6"), "USD", Y18, None, "服务业"),
        O(BJ, "foreignInvestmentValue", "Share", "93.3", "P1", Y18, None, "服务业"),
    ],
    "optional_observations": [],
    "claims": [
        {"kind": "kgo:FirstZone", "about": BJ, "value": 2015, "zone_type": "kgo:PilotZone"},
    ],
}

# ---------------------------------------------------------------- hw09 长三角 2021
Y21 = Y(2021)
hw09 = {
    "editor": "孙琪",
    "entities": [
        E("长三角", SA, None, True),  # a region, not a division
        E("解放日报", ORG, None, True),
        E("李晔", PER, rep("李晔"), True),
        E("上海海关", ORG, "body:上海海关"),
        E("南京海关", ORG, "body:南京海关"),
        E("杭州海关", ORG, "body:杭州海关"),
        E("合肥海关", ORG, "body:合肥海关"),
        E("江苏", P, "place:320000"),
        E("江苏省", P, "place:320000"),
        E("浙江省", P, "place:330000"),
        E("上海市", P, "place:310000"),
        E("安徽省", P, "place:340000"),
        E("上海洋山深水港", ORG, None, True),  # the port (caption)
        E("中共中央", ORG, None, True),  # the Party centre, not a government body
        E("国务院", ORG, "org:state-council"),
        E("《长江三角洲区域一体化发展规划纲要》", L, "title:长江三角洲区域一体化发展规划纲要"),
        E("青浦区", C, "place:310118"),
        E("苏州市", PF, "place:320500"),
        E("吴江区", C, "place:320509"),
        E("嘉兴市", PF, "place:330400"),
        E("嘉善县", C, "place:330421"),
        E("长三角生态绿色一体化发展示范区", PZ, None, True),  # no IRI rule (README)
        E("上海建工", ORG, None, True),
        E("南京银行", ORG, None, True),
    ],
    "must_not": [
        IN("上海建工", "上海", "stock link 上海建工 (a company)", PLACE),
        IN("南京银行", "南京", "stock link 南京银行 (a company)", PLACE),
    ],
    "relations": [
        R("body:上海海关", AREA, "place:310000"),
        R("body:南京海关", AREA, "place:320100"),
        R("body:杭州海关", AREA, "place:330100"),
        R("body:合肥海关", AREA, "place:340100"),
        R("title:长江三角洲区域一体化发展规划纲要", PASSED, "org:state-council"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("39.1"), "CNY", Y21),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "21.4", "P1", Y21),
        O("place:320000", "foreignTradeValue", "Level", yi("52130.6"), "CNY", Y21),
        O("place:320000", "foreignTradeValue", "YearOnYearGrowth", "17.1", "P1", Y21),
        O("place:330000", "foreignTradeValue", "Level", yi("41429.1"), "CNY", Y21),
        O("place:330000", "foreignTradeValue", "YearOnYearGrowth", "22.4", "P1", Y21),
        O("place:310000", "foreignTradeValue", "Level", yi("40610.4"), "CNY", Y21),
        O("place:310000", "foreignTradeValue", "YearOnYearGrowth", "16.5", "P1", Y21),
        O("place:340000", "foreignTradeValue", "Level", yi("6920.2"), "CNY", Y21),
        O("place:340000", "foreignTradeValue", "YearOnYearGrowth", "26.9", "P1", Y21),
    ],
    # the 长三角 totals (14.1万亿元, 19.0%, 两年平均 11.7%, 36.1% of the country) are about a
    # region without an IRI: not annotated (README)
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hw10 off-topic: 婺源马拉松
hw10 = {
    "editor": "吴迪",
    "entities": [
        E("婺源马拉松", ORG, None, True),  # event (原标题)
        E("2024婺源马拉松", ORG, None, True),  # event
        E("中国最美乡村", ORG, None, True),  # a slogan in quotes
        E("中新网", ORG, None, True),
        E("上饶", PF, "place:361100", True, [1]),  # dateline
        E("吴鹏泉", PER, rep("吴鹏泉"), True),
        E("江西省", P, "place:360000"),
        E("上饶市", PF, "place:361100"),
        E("婺源县", C, "place:361130"),
        E("肯尼亚", CO, "country:KEN"),
        E("埃塞俄比亚", CO, "country:ETH"),
        E("中国田径协会", ORG, None, True),
        E("江西省体育局", ORG, "body:江西省体育局"),
        E("上饶市人民政府", ORG, "body:上饶市人民政府"),
        E("婺源县人民政府", ORG, "body:婺源县人民政府"),
        E("婺源县文化和旅游局", ORG, "body:婺源县文化和旅游局"),
        E("景德镇", PF, "place:360200"),
        EX("hw10", "黄山", PF, "place:341000", False, ["黄山旅游", "黄山市"]),
        E("黄山市", PF, "place:341000"),
        E("南昌", PF, "place:360100"),
        E("安徽省", P, "place:340000"),
        E("屯溪区", C, "place:341002"),
        E("黄山旅游", ORG, None, True),
        E("西安旅游", ORG, None, True),
    ],
    "must_not": [
        IN("江山如画", "江山", "substring: 江山如画, not 江山市", PLACE),
        IN("黄山旅游", "黄山", "stock link 黄山旅游 (a company)", PLACE),
        IN("西安旅游", "西安", "stock link 西安旅游 (a company)", PLACE),
    ],
    "relations": [
        R("body:江西省体育局", AREA, "place:360000"),
        R("body:上饶市人民政府", AREA, "place:361100"),
        R("body:婺源县人民政府", AREA, "place:361130"),
        R("body:婺源县文化和旅游局", AREA, "place:361130"),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hw11 off-topic: 上博东馆
SH = "place:310000"
hw11 = {
    "editor": "沈佳",
    "entities": [
        E("上博东馆", ORG, None, True),
        E("浦东", C, "place:310115"),
        E("澎湃新闻", ORG, None, True),
        E("陈诗松", PER, rep("陈诗松"), True),
        E("上海市", P, SH),
        E("浦东新区", C, "place:310115"),
        E("上海博物馆东馆", ORG, None, True),
        E("上海博物馆", ORG, None, True),
        E("古埃及文明大展", ORG, None, True),  # the exhibition
        E("金字塔之巅：古埃及文明大展", ORG, None, True),
        E("埃及", CO, "country:EGY"),
        E("上海市文化和旅游局", ORG, "body:上海市文化和旅游局"),
        E("褚晓波", PER, None, True),  # a museum director, not a government post
        E("黄浦区", C, "place:310101"),
        E("上博人民广场馆", ORG, None, True),
        E("北京", P, "place:110000"),
        E("江苏", P, "place:320000"),
        E("浙江", P, "place:330000"),
        E("东方明珠", ORG, None, True),
        E("中国中免", ORG, None, True),
    ],
    "must_not": [
        IN("上海博物馆", "上海", "inside the museum's name", PLACE),
        IN("中国中免", "中国", "stock link 中国中免 (a company)", [CO]),
    ],
    "relations": [R("body:上海市文化和旅游局", AREA, SH)],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hw12 off-topic: 中远海控
hw12 = {
    "editor": "林涛",
    "entities": [
        E("中远海控", ORG, None, True),
        E("中远海运", ORG, None, True),  # caption: the group's ships
        E("天津港", ORG, None, True),  # the port (caption)
        E("天津市", P, "place:120000"),
        E("滨海新区", C, "place:120116"),
        E("上海", P, "place:310000"),
        E("希腊", CO, "country:GRC"),
        E("比雷埃夫斯港", ORG, None, True),
        E("西班牙", CO, "country:ESP"),
        E("厦门", PF, "place:350200"),
        E("青岛", PF, "place:370200"),
        E("中国远洋海运集团有限公司", ORG, None, True),
        E("招商轮船", ORG, None, True),
        E("中远海能", ORG, None, True),
    ],
    "must_not": [NA("港口", "等港口的: the noun, not 港口区", PLACE)],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "hw01": hw01,
    "hw02": hw02,
    "hw03": hw03,
    "hw04": hw04,
    "hw05": hw05,
    "hw06": hw06,
    "hw07": hw07,
    "hw08": hw08,
    "hw09": hw09,
    "hw10": hw10,
    "hw11": hw11,
    "hw12": hw12,
}


def main() -> None:
    """Write hwNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        spec["must_not"] = resolve_in(body(stem), spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
