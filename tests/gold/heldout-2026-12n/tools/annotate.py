"""Write the gold files of heldout-2026-12n from the annotator's span lists.

Input: articles/hnNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: hnNN.json (one entity per occurrence; ``"captions": true``; containment relations
from the must-find places with ../../tools/containment.py; areaServed of reference-table
bodies with ../../tools/table_bodies.py; the rest of the relations as listed here).
It does not: run or read any extractor.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
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


EST = "kgo:establishes"
BATCH = "kgo:inBatch"
CB6 = [
    "150600", "321000", "321100", "321200", "330700", "330900", "340500", "341800", "360200",
    "361100", "370300", "371100", "420600", "440200", "441500", "441600", "441700", "441800",
    "445100", "445200", "445300", "511300", "511400", "532500", "610300", "653100", "652702",
]  # fmt: skip


def M(year: int, first: int, last: int) -> str:  # noqa: N802
    """Months ``first``–``last`` of ``year`` as an ISO period."""
    end = (date(year + (last == 12), last % 12 + 1, 1) - timedelta(days=1)).isoformat()
    return f"{year}-{first:02d}-01/{end}"


def trade(about, period, values, partner=None, industry=None):  # noqa: ANN001,ANN201
    """Level/growth rows of one subject: ``values`` maps a measure to (level, growth),
    either may be None; levels in 亿元 as written."""
    out = []
    for measure, (level, growth) in values.items():
        if level is not None:
            out.append(O(about, measure, "Level", yi(level), "CNY", period, partner, industry))
        if growth is not None:
            out.append(
                O(about, measure, "YearOnYearGrowth", growth, "P1", period, partner, industry)
            )  # noqa: E501
    return out


NATIONAL_MUST_NOT = NA("会同", "the verb 会同 (会同县)", PLACE)

# ---------------------------------------------------------------- hn01 国函〔2022〕8号
GH1 = "doc:guohan-2022-8"
GD = "place:440000"
hn01 = {
    "editor": "赵文",
    "entities": [
        E("第六批", "Batch", "batch:cbec-6", True),
        E("新华社", ORG, "org:xinhua", True),
        E("北京", P, "place:110000", True),  # dateline
        E("国务院", ORG, "org:state-council"),
        E("《国务院关于同意在鄂尔多斯等27个城市和地区设立跨境电子商务综合试验区的批复》", L, GH1),
        E("国函〔2022〕8号", L, GH1),
        E("批复", L, GH1, True),  # back-reference
        E("跨境电子商务综合试验区", CB, None, True),  # the programme
        E("综试区", CB, None, True),
        E("鄂尔多斯", PF, "place:150600"),
        E("鄂尔多斯市", PF, "place:150600"),
        E("扬州市", PF, "place:321000"),
        E("镇江市", PF, "place:321100"),
        E("泰州市", PF, "place:321200"),
        E("金华市", PF, "place:330700"),
        E("金华", PF, "place:330700"),  # also the caption
        E("舟山市", PF, "place:330900"),
        E("马鞍山市", PF, "place:340500"),
        E("宣城市", PF, "place:341800"),
        E("景德镇市", PF, "place:360200"),
        E("上饶市", PF, "place:361100"),
        E("淄博市", PF, "place:370300"),
        E("日照市", PF, "place:371100"),
        E("襄阳市", PF, "place:420600"),
        E("韶关", PF, "place:440200"),
        E("韶关市", PF, "place:440200"),
        E("汕尾", PF, "place:441500"),
        E("汕尾市", PF, "place:441500"),
        E("河源", PF, "place:441600"),
        E("河源市", PF, "place:441600"),
        E("阳江", PF, "place:441700"),
        E("阳江市", PF, "place:441700"),
        E("清远", PF, "place:441800"),
        E("清远市", PF, "place:441800"),
        E("潮州", PF, "place:445100"),
        E("潮州市", PF, "place:445100"),
        E("揭阳", PF, "place:445200"),
        E("揭阳市", PF, "place:445200"),
        E("云浮", PF, "place:445300"),
        E("云浮市", PF, "place:445300"),
        E("南充市", PF, "place:511300"),
        E("眉山市", PF, "place:511400"),
        E("红河哈尼族彝族自治州", PF, "place:532500"),
        E("宝鸡市", PF, "place:610300"),
        E("喀什地区", PF, "place:653100"),
        E("阿拉山口市", C, "place:652702"),
        E("前五批", "Batch", None, True),
        E("商务部", ORG, "org:mofcom"),
        E("广东", P, GD),
        E("广东省", P, GD),
        E("江苏", P, "place:320000"),
        E("浙江", P, "place:330000"),  # body and caption
        E("安徽", P, "place:340000"),
        E("新疆", P, "place:650000"),
        E("跨境通", ORG, None, True),
        E("重庆百货", ORG, None, True),
    ],
    "must_not": [
        IN("重庆百货", "重庆", "stock link 重庆百货 (a company)", PLACE),
        NATIONAL_MUST_NOT,
    ],
    "relations": [R(GH1, PASSED, "org:state-council")]
    + [R(GH1, EST, f"zone:cbec-{c}") for c in CB6]
    + [R(f"zone:cbec-{c}", BATCH, "batch:cbec-6") for c in CB6],
    "observations": trade(
        CHN,
        Y(2021),
        {
            "crossBorderEcommerceTradeValue": (None, "15"),
            "crossBorderEcommerceExportValue": (None, "24.5"),
        },
    )
    + [
        O(CHN, "crossBorderEcommerceTradeValue", "Level", wy("1.98"), "CNY", Y(2021)),
        O(CHN, "crossBorderEcommerceExportValue", "Level", wy("1.44"), "CNY", Y(2021)),
    ],
    "optional_observations": [],
    "claims": [
        {
            "kind": "kgo:ZonesNationwide",
            "about": CHN,
            "value": 132,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
        {
            "kind": "kgo:ProvinceCoverage",
            "about": GD,
            "value": None,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
    ],
}

# ---------------------------------------------------------------- hn02 温州 market procurement
WZ = "place:330300"
hn02 = {
    "editor": "林晓",
    "entities": [
        E("温州日报", ORG, None, True),  # newspaper
        E("温州海关", ORG, "body:温州海关"),
        E("温州市", PF, WZ, False, "WZS"),  # occurrences chosen in main(): not 温州市场
        E("温州", PF, WZ),
        E("温州（鹿城）轻工产品交易中心", ORG, None, True),  # a market
        E("温州鹿城轻工产品交易中心", ORG, None, True),  # caption
        E("市场采购贸易方式试点", PZ, None, True),  # a programme, not a zone instance
        E("美国", CO, "country:USA"),
        E("俄罗斯", CO, "country:RUS"),
        E("巴西", CO, "country:BRA"),
        E("阿联酋", CO, "country:ARE"),
        E("国务院", ORG, "org:state-council"),
        E("商务部", ORG, "org:mofcom"),
        E("浙江", P, "place:330000"),
        E("义乌", C, "place:330782"),
        E("台州", PF, "place:331000"),
        E("路桥", C, "place:331004"),
        E("绍兴", PF, "place:330600"),
        E("柯桥", C, "place:330603"),
        E("温州市商务局", ORG, "body:温州市商务局"),
        E("瑞安市", C, "place:330381"),
        E("乐清市", C, "place:330382"),
        E("永嘉县", C, "place:330324"),
        E("中国（温州）跨境电子商务综合试验区", CB, "zone:cbec-330300"),
        E("浙江省商务厅", ORG, "org:commerce-330000"),
        E("温州宏丰", ORG, None, True),
        E("正泰电器", ORG, None, True),
    ],
    "must_not": [
        N("温州日报", 1, "a newspaper, not a policy document", [L]),
        IN("温州日报", "温州", "newspaper name 温州日报", PLACE),
        IN("温州宏丰", "温州", "stock link 温州宏丰 (a company)", PLACE),
    ],
    "relations": [
        R("body:温州海关", AREA, WZ),
        R("body:温州市商务局", AREA, WZ),
    ],
    "observations": trade(
        WZ,
        Y(2021),
        {
            "foreignTradeValue": ("2505.6", "24.6"),
            "exportValue": ("2101.3", "22.2"),
            "importValue": ("404.3", "38.4"),
        },
    )
    + [
        O(WZ, "exportValue", "Level", yi("121.5"), "CNY", Y(2021), None, "市场采购贸易"),
        O(WZ, "exportValue", "Share", "5.8", "P1", Y(2021), None, "市场采购贸易"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hn03 第六届进博会
SH = "place:310000"
P_OCT23 = M(2023, 1, 10)
SHENG = "person:盛秋平@org:mofcom"
hn03 = {
    "editor": "王蕾",
    "entities": [
        E("进博会", ORG, None, True),  # the event
        E("中新网", ORG, "org:chinanews", True),
        E("上海", P, SH, True, [1]),  # dateline
        E("上海", P, SH, False, [3]),
        E("中国国际进口博览会", ORG, None, True),  # event
        E("国家会展中心（上海）", ORG, None, True),  # venue
        E("中国国际进口博览局", ORG, None, True),  # an institution of MOFCOM (see README)
        E("孙成海", "Person", None, True),
        E("商务部", ORG, "org:mofcom"),
        E("盛秋平", "Person", SHENG),
        E("中国", CO, CHN, False, [3]),
        E("海关总署", ORG, "org:gacc"),
        E("泰国", CO, "country:THA"),  # body and caption
        E("越南", CO, "country:VNM"),
        E("印度尼西亚", CO, "country:IDN"),
        E("东盟", ORG, "org:asean", True),
        E("巴西", CO, "country:BRA"),
        E("沙特阿拉伯", CO, "country:SAU"),
        E("阿联酋", CO, "country:ARE"),
        E("中新社", ORG, "org:chinanews", True),
        E("殷立勤", "Person", "person:殷立勤@reporter", True),
        E("上海市商务委员会", ORG, "org:commerce-310000"),
        E("上海交易团", ORG, None, True),  # a delegation
        E("青浦区", C, "place:310118"),
        E("闵行区", C, "place:310112"),
        E("长宁区", C, "place:310105"),
        E("新世界", ORG, None, True),
    ],
    "must_not": [],
    "relations": [R(SHENG, HOLDS, "post:org:mofcom#副部长")],
    "observations": trade(
        CHN,
        P_OCT23,
        {
            "foreignTradeValue": (None, "-0.03"),
            "exportValue": (None, "0.4"),
            "importValue": (None, "-0.6"),
        },
    )
    + [
        O(CHN, "foreignTradeValue", "Level", wy("34.32"), "CNY", P_OCT23),
        O(CHN, "exportValue", "Level", wy("19.63"), "CNY", P_OCT23),
        O(CHN, "importValue", "Level", wy("14.69"), "CNY", P_OCT23),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hn04 岳阳 1—8月 2022
YY = "place:430600"
YYB = "zone:bonded-430600"
P8, AUG = M(2022, 1, 8), M(2022, 8, 8)
hn04 = {
    "editor": "彭湘",
    "entities": [
        E("岳阳日报", ORG, None, True),
        E("岳阳海关", ORG, "body:岳阳海关"),
        E("岳阳市", PF, YY),
        E("岳阳", PF, YY),
        E("城陵矶综保区", PZ, YYB),
        E("岳阳城陵矶综合保税区", PZ, YYB),
        E("巴西", CO, "country:BRA"),
        E("印度尼西亚", CO, "country:IDN"),
        E("美国", CO, "country:USA"),
        E("岳阳城陵矶港", ORG, None, True),  # the port (caption)
        E("岳阳市商务局", ORG, "body:岳阳市商务局"),
        E("第四批跨境电子商务综合试验区", "Batch", "batch:cbec-4", True),
        E("中国（岳阳）跨境电子商务综合试验区", CB, "zone:cbec-430600"),
        E("岳阳片区", FZ, None, True),  # an FTZ area named after a place
        E("中国（湖南）自由贸易试验区", FZ, "zone:ftz-430000"),
        E("岳阳楼区", C, "place:430602"),
        E("云溪区", C, "place:430603"),
        E("临湘市", C, "place:430682"),
        E("汨罗市", C, "place:430681"),
        E("湖南省商务厅", ORG, "org:commerce-430000"),
        E("内陆临港经济示范区", PZ, None, True),  # a programme type
        E("岳阳兴长", ORG, None, True),
        E("岳阳林纸", ORG, None, True),
    ],
    "must_not": [
        N("岳阳日报", 1, "a newspaper, not a policy document", [L]),
        IN("岳阳日报", "岳阳", "newspaper name 岳阳日报", PLACE),
        IN("岳阳兴长", "岳阳", "stock link 岳阳兴长 (a company)", PLACE),
        NA("龙门", "龙门吊 (a gantry crane), not 龙门县", PLACE),
        IN("岳阳林纸", "岳阳", "stock link 岳阳林纸 (a company)", PLACE),
    ],
    "relations": [
        R("body:岳阳海关", AREA, YY),
        R("body:岳阳市商务局", AREA, YY),
        R("zone:cbec-430600", BATCH, "batch:cbec-4"),
    ],
    "observations": trade(
        YY,
        P8,
        {
            "foreignTradeValue": ("451.3", "41.2"),
            "exportValue": ("238.7", "52.6"),
            "importValue": ("212.6", "30.1"),
        },
    )
    + trade(YY, AUG, {"foreignTradeValue": ("62.4", "35.8")})
    + trade(YYB, P8, {"foreignTradeValue": ("262.8", "48.5")})
    + [O(YYB, "foreignTradeValue", "Share", "58.2", "P1", P8)]
    + trade(YY, P8, {"foreignTradeValue": ("78.6", "62.3")}, "country:BRA")
    + trade(YY, P8, {"foreignTradeValue": ("41.2", "110")}, "country:IDN")  # 增长1.1倍
    + trade(YY, P8, {"foreignTradeValue": ("36.5", "17.4")}, "country:USA")
    + [O(YY, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "28.7", "P1", P8)],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hn05 烟台 Q1–3 2023
YT = "place:370600"
Q3 = M(2023, 1, 9)
hn05 = {
    "editor": "孙宁",
    "entities": [
        E("烟台日报", ORG, None, True),
        E("烟台海关", ORG, "body:烟台海关"),
        E("烟台市", PF, YT),
        E("烟台", PF, YT),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("RCEP", L, "doc:rcep"),
        E("韩国", CO, "country:KOR"),
        E("日本", CO, "country:JPN"),
        E("东盟", ORG, "org:asean", True),
        E("烟台综合保税区", PZ, "zone:bonded-370600"),
        E("中国（山东）自由贸易试验区", FZ, "zone:ftz-370000"),
        E("烟台片区", FZ, None, True),  # an FTZ area named after a place
        E("芝罘区", C, "place:370602"),
        E("福山区", C, "place:370611"),
        E("龙口市", C, "place:370681"),
        E("莱州市", C, "place:370683"),
        E("烟台港芝罘湾港区", ORG, None, True),  # the port (caption)
        E("山东省商务厅", ORG, "org:commerce-370000"),
        E("中国（烟台）跨境电子商务综合试验区", CB, "zone:cbec-370600"),
        E("张裕A", ORG, None, True),
        E("万华化学", ORG, None, True),
    ],
    "must_not": [
        N("烟台日报", 1, "a newspaper, not a policy document", [L]),
        IN("烟台日报", "烟台", "newspaper name 烟台日报", PLACE),
    ],
    "relations": [R("body:烟台海关", AREA, YT)],
    "observations": trade(
        YT,
        Q3,
        {
            "foreignTradeValue": ("3391.7", "4.6"),
            "exportValue": ("2017.2", "6.3"),
            "importValue": ("1374.5", "2.2"),
        },
    )
    + [
        O(YT, "foreignTradeValue", "Level", yi("1217.3"), "CNY", Q3, "doc:rcep"),
        O(YT, "foreignTradeValue", "Share", "35.9", "P1", Q3, "doc:rcep"),
        O(YT, "foreignTradeValue", "Level", yi("458.6"), "CNY", Q3, "country:KOR"),
        O(YT, "foreignTradeValue", "Share", "13.5", "P1", Q3, "country:KOR"),
        O(YT, "foreignTradeValue", "Level", yi("312.4"), "CNY", Q3, "country:JPN"),
        O(YT, "foreignTradeValue", "YearOnYearGrowth", "-3.1", "P1", Q3, "country:JPN"),
        O(YT, "foreignTradeValue", "YearOnYearGrowth", "12.8", "P1", Q3, "org:asean"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hn06 洛阳综合保税区
LY = "place:410300"
LYB = "zone:bonded-410300"
DOC6 = "title:国务院关于同意设立洛阳综合保税区的批复"
HN = "place:410000"
hn06 = {
    "editor": "郭阳",
    "entities": [
        E("洛阳综合保税区", PZ, LYB),
        E("洛阳综保区", PZ, LYB),
        E("综保区", PZ, LYB, True),  # back-reference
        E("河南省人民政府", ORG, "org:gov-410000"),
        E("国务院", ORG, "org:state-council"),
        E("《国务院关于同意设立洛阳综合保税区的批复》", L, DOC6),
        E("批复", L, DOC6, True),
        E("郑州海关", ORG, "body:郑州海关"),
        E("洛阳高新技术产业开发区", PZ, None, True),  # a high-tech zone: no IRI rule (README)
        E("河南", P, HN),
        E("郑州新郑综合保税区", PZ, "zone:bonded-410184"),
        E("南阳卧龙综合保税区", PZ, "zone:bonded-411303"),
        E("郑州经开综合保税区", PZ, "zone:bonded-410100"),
        E("洛阳市", PF, LY),
        E("洛阳", PF, LY),
        E("第四批跨境电子商务综合试验区", "Batch", "batch:cbec-4", True),
        E("中国（洛阳）跨境电子商务综合试验区", CB, "zone:cbec-410300"),
        E("涧西区", C, "place:410305"),
        E("洛龙区", C, "place:410311"),
        E("西工区", C, "place:410303"),
        E("洛阳市商务局", ORG, "body:洛阳市商务局"),
        E("洛阳钼业", ORG, None, True),
        E("中信重工", ORG, None, True),
    ],
    "must_not": [
        IN("洛阳钼业", "洛阳", "stock link 洛阳钼业 (a company)", PLACE),
        NATIONAL_MUST_NOT,
    ],
    "relations": [
        R(DOC6, PASSED, "org:state-council"),
        R(DOC6, EST, LYB),
        R("body:郑州海关", AREA, "place:410100"),
        R("body:洛阳市商务局", AREA, LY),
        R("zone:cbec-410300", BATCH, "batch:cbec-4"),
    ],
    "observations": trade(
        LY, Y(2019), {"foreignTradeValue": ("167.8", "12.1"), "exportValue": ("133.9", "15.6")}
    ),
    "optional_observations": [],
    "claims": [{"kind": "kgo:ZonesInPlace", "about": HN, "value": 4, "zone_type": "kgo:PilotZone"}],
}

# ---------------------------------------------------------------- hn07 national trade H1 2021
H1, JUN = M(2021, 1, 6), M(2021, 6, 6)
LI = "person:李魁文@org:gacc"
STATS = "body:海关总署统计分析司"
hn07 = {
    "editor": "刘洋",
    "entities": [
        E("中新经纬", ORG, None, True),
        E("国务院新闻办公室", ORG, "org:scio"),
        E("海关总署", ORG, "org:gacc"),
        E("统计分析司", ORG, STATS),
        E("李魁文", "Person", LI),
        E("东盟", ORG, "org:asean", True),
        E("欧盟", ORG, "org:eu", True),
        E("美国", CO, "country:USA"),
        E("日本", CO, "country:JPN"),
        E("一带一路", L, "doc:bri", True),
        E("山东港口青岛港", ORG, None, True),  # company / port (caption)
        E("商务部", ORG, "org:mofcom"),
        E("《国务院办公厅关于加快发展外贸新业态新模式的意见》", L, "doc:guobanfa-2021-24"),
        E("国务院办公厅", ORG, "org:state-council-general-office"),  # only in the title
    ],
    "must_not": [
        IN("山东港口青岛港", "山东", "company name 山东港口", PLACE),
        IN("山东港口青岛港", "青岛", "port / company name 青岛港", PLACE),
        NATIONAL_MUST_NOT,
    ],
    "relations": [
        R(STATS, SUB, "org:gacc"),
        R(LI, HOLDS, "post:org:gacc#新闻发言人"),
        R(LI, HOLDS, f"post:{STATS}#司长"),
        R("doc:guobanfa-2021-24", PASSED, "org:state-council-general-office"),
    ],
    "observations": trade(
        CHN,
        H1,
        {
            "foreignTradeValue": (None, "27.1"),  # not 比2019年同期增长22.8%
            "exportValue": (None, "28.1"),
            "importValue": (None, "25.9"),
        },
    )
    + [
        O(CHN, "foreignTradeValue", "Level", wy("18.07"), "CNY", H1),
        O(CHN, "exportValue", "Level", wy("9.85"), "CNY", H1),
        O(CHN, "importValue", "Level", wy("8.22"), "CNY", H1),
        O(CHN, "foreignTradeValue", "Level", wy("3.26"), "CNY", JUN),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "22", "P1", JUN),
        O(CHN, "foreignTradeValue", "Level", wy("2.76"), "CNY", H1, "org:asean"),
        O(CHN, "foreignTradeValue", "Level", wy("2.5"), "CNY", H1, "org:eu"),
        O(CHN, "foreignTradeValue", "Level", wy("2.3"), "CNY", H1, "country:USA"),
        O(CHN, "foreignTradeValue", "Level", wy("1.16"), "CNY", H1, "country:JPN"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "27.8", "P1", H1, "org:asean"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "26.7", "P1", H1, "org:eu"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "34.6", "P1", H1, "country:USA"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "14.2", "P1", H1, "country:JPN"),
        O(CHN, "foreignTradeValue", "Share", "15.3", "P1", H1, "org:asean"),
        O(CHN, "foreignTradeValue", "Level", wy("5.35"), "CNY", H1, "doc:bri"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "27.5", "P1", H1, "doc:bri"),
        O(CHN, "foreignTradeValue", "Level", wy("8.6"), "CNY", H1, None, "民营企业"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "34.7", "P1", H1, None, "民营企业"),
        O(CHN, "foreignTradeValue", "Share", "47.6", "P1", H1, None, "民营企业"),
        O(CHN, "foreignTradeValue", "PercentagePointChange", "2.1", "P1", H1, None, "民营企业"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hn08 浙江 2023 政府工作报告
ZJ = "place:330000"
GOVZJ = "org:gov-330000"
WH = "person:王浩@org:gov-330000"
GWR = "title:政府工作报告"
hn08 = {
    "editor": "钱程",
    "entities": [
        E("浙江日报", ORG, None, True),
        E("浙江省第十四届人民代表大会第一次会议", ORG, None, True),  # a session (event)
        E("杭州", PF, "place:330100"),
        E("浙江省", P, ZJ),
        E("浙江", P, ZJ),
        E("王浩", "Person", WH),
        E("省政府", ORG, GOVZJ),
        E("政府工作报告", L, GWR),
        E("报告", L, GWR, True),  # back-references
        E("中国（浙江）自由贸易试验区", FZ, "zone:ftz-330000"),
        E("浙江自贸试验区", FZ, "zone:ftz-330000"),
        E("宁波片区", FZ, None, True),
        E("杭州片区", FZ, None, True),
        E("金义片区", FZ, None, True),
        E("义乌", C, "place:330782"),
        E("宁波舟山港", ORG, None, True),  # the port (caption)
        E("宁波港", ORG, None, True),
        E("建发股份", ORG, None, True),
    ],
    "must_not": [
        N("浙江日报", 1, "a newspaper, not a policy document", [L]),
        IN("浙江日报", "浙江", "newspaper name 浙江日报", PLACE),
        IN("宁波港、", "宁波", "stock link 宁波港 (a company)", PLACE),
        NA("港口", "港口物流股, not 港口区", PLACE),
    ],
    "relations": [
        R(WH, HOLDS, f"post:{GOVZJ}#省长"),
        R(GWR, PASSED, GOVZJ),
    ],
    "observations": trade(
        ZJ,
        Y(2022),
        {"gdp": ("77715", "3.1"), "foreignTradeValue": (None, "13.1"), "exportValue": (None, "14")},
    )
    + [
        O(ZJ, "foreignTradeValue", "Level", wy("4.68"), "CNY", Y(2022)),
        O(ZJ, "exportValue", "Level", wy("3.43"), "CNY", Y(2022)),
        O(ZJ, "gdp", "YearOnYearGrowth", "5", "P1", Y(2023), target=True),
        O(ZJ, "retailSalesValue", "YearOnYearGrowth", "5.5", "P1", Y(2023), target=True),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hn09 佛山 2023
FS = "place:440600"
SD, NH = "place:440606", "place:440605"
hn09 = {
    "editor": "梁伟",
    "entities": [
        E("佛山市统计局", ORG, "body:佛山市统计局"),
        E("广东省统计局", ORG, "body:广东省统计局"),
        E("佛山市", PF, FS),
        E("佛山", PF, FS),
        E("顺德", C, SD),
        E("顺德区", C, SD),
        E("南海", C, NH),
        E("南海区", C, NH),
        E("禅城区", C, "place:440604"),
        E("三水区", C, "place:440607"),
        E("高明区", C, "place:440608"),
        E("佛山海关", ORG, "body:佛山海关"),
        E("东盟", ORG, "org:asean", True),
        E("美的集团", ORG, None, True),
        E("佛山照明", ORG, None, True),
    ],
    "must_not": [IN("佛山照明", "佛山", "stock link 佛山照明 (a company)", PLACE)],
    "relations": [
        R("body:佛山市统计局", AREA, FS),
        R("body:广东省统计局", AREA, "place:440000"),
        R("body:佛山海关", AREA, FS),
    ],
    "observations": trade(
        FS,
        Y(2023),
        {
            "gdp": ("13276.1", "5.2"),
            "industrialValueAdded": (None, "4.8"),
            "retailSalesValue": ("3736.9", "4.6"),
            "fixedAssetInvestment": (None, "-2.3"),
            "foreignTradeValue": ("6603.9", "-2.4"),
            "exportValue": ("4986.2", "0.8"),
        },
    )
    + [O(FS, "exportValue", "Share", "75.5", "P1", Y(2023))]
    + trade(SD, Y(2023), {"gdp": ("4166.5", "5.6")})
    + trade(NH, Y(2023), {"gdp": ("3805.7", "5.1")})
    + [O(FS, "foreignTradeValue", "YearOnYearGrowth", "12.6", "P1", Y(2023), "org:asean")],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hn10 洛阳牡丹文化节 (off-topic)
hn10 = {
    "editor": "袁梦",
    "entities": [
        E("洛阳", PF, LY),
        E("新华社", ORG, "org:xinhua", True),
        E("郑州", PF, "place:410100", True, [1]),  # dateline
        E("郑州", PF, "place:410100", False, [2]),
        E("桂娟", "Person", "person:桂娟@reporter", True),
        E("中国洛阳牡丹文化节", ORG, None, True),  # event
        E("牡丹文化节", ORG, None, True),
        E("洛阳市文化广电和旅游局", ORG, "body:洛阳市文化广电和旅游局"),
        E("隋唐洛阳城国家遗址公园", ORG, None, True),  # a heritage park
        E("老城区", C, "place:410302"),
        E("西工区", C, "place:410303"),
        E("洛龙区", C, "place:410311"),
        E("栾川县", C, "place:410324"),
        E("西安", PF, "place:610100"),
        E("李安", "Person", "person:李安@reporter", True),
        E("河南省文化和旅游厅", ORG, "body:河南省文化和旅游厅"),
        E("洛阳牡丹", ORG, None, True, [2]),  # a brand
        E("洛阳钼业", ORG, None, True),
        E("云南旅游", ORG, None, True),
    ],
    "must_not": [
        IN("隋唐洛阳城", "洛阳", "heritage park 隋唐洛阳城 (a site name)", PLACE),
        IN("“洛阳牡丹”", "洛阳", "brand “洛阳牡丹”", PLACE),
        IN("洛阳钼业", "洛阳", "stock link 洛阳钼业 (a company)", PLACE),
        IN("云南旅游", "云南", "stock link 云南旅游 (a company)", PLACE),
        NA("牡丹", "the flower, not 牡丹区", PLACE),
        NA("君山", "老君山 (a mountain), not 君山区", PLACE),
        NA("古城", "洛邑古城 (a scenic area), not 古城区", PLACE),
    ],
    "relations": [
        R("body:洛阳市文化广电和旅游局", AREA, LY),
        R("body:河南省文化和旅游厅", AREA, HN),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hn11 冻雨 (off-topic)
HB = "place:420000"
HUN = "place:430000"
hn11 = {
    "editor": "何静",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("武汉", PF, "place:420100", True),  # dateline
        E("侯文坤", "Person", "person:侯文坤@reporter", True),
        E("中央气象台", ORG, "body:中央气象台"),
        E("湖北", P, HB),
        E("湖北省", P, HB),
        E("湖南", P, HUN),
        E("湖南省", P, HUN),
        E("安徽", P, "place:340000"),
        E("荆州", PF, "place:421000"),
        E("荆州市", PF, "place:421000"),
        E("咸宁", PF, "place:421200"),
        E("岳阳", PF, YY),
        E("岳阳市", PF, YY),
        E("常德", PF, "place:430700"),
        E("监利市", C, "place:421088"),
        E("平江县", C, "place:430626"),
        E("交通运输部", ORG, "org:mot"),
        E("应急管理部", ORG, "org:mem"),
        E("岳阳东站", ORG, None, True),  # a railway station (caption)
        E("陈思汗", "Person", "person:陈思汗@reporter", True),
        E("中国气象局", ORG, "body:中国气象局"),
        E("楚天高速", ORG, None, True),
    ],
    "must_not": [
        IN("岳阳东站", "岳阳", "station name 岳阳东站", PLACE),
        NA("南部", "direction word (湖北南部), not 南部县", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hn12 万华化学 (off-topic)
hn12 = {
    "editor": "韩磊",
    "entities": [
        E("万华化学", ORG, None, True),
        E("万华化学烟台工业园", ORG, None, True),  # the company's site (caption)
        E("山东省", P, "place:370000"),
        E("烟台市", PF, YT),
        E("烟台", PF, YT),
        E("烟台万华聚氨酯股份有限公司", ORG, None, True),
        E("宁波", PF, "place:330200"),
        E("四川", P, "place:510000"),
        E("眉山", PF, "place:511400"),
        E("福建", P, "place:350000"),
        E("福清", C, "place:350181"),
        E("宝思德公司", ORG, None, True),
        E("匈牙利", CO, "country:HUN"),
    ],
    "must_not": [
        IN("重庆大街", "重庆", "street name 重庆大街", PLACE),
        IN("烟台万华聚氨酯", "烟台", "former company name 烟台万华聚氨酯股份有限公司", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "hn01": hn01,
    "hn02": hn02,
    "hn03": hn03,
    "hn04": hn04,
    "hn05": hn05,
    "hn06": hn06,
    "hn07": hn07,
    "hn08": hn08,
    "hn09": hn09,
    "hn10": hn10,
    "hn11": hn11,
    "hn12": hn12,
}


def not_before(body: str, text: str, follow: str) -> list[int]:
    """Occurrence numbers of ``text`` not followed by ``follow`` (温州市 but not 温州市场)."""
    return [
        n
        for n, start in enumerate(occurrences(body, text), 1)
        if not body.startswith(follow, start + len(text) - 1)
    ]


def main() -> None:
    """Write hnNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
        for row in spec["entities"]:
            if row["occ"] == "WZS":
                row["occ"] = not_before(body, "温州市", "市场")
        spec["must_not"] = resolve_in(body, spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
