"""Write the gold files of heldout-2026-12zg from the annotator's span lists.

Input: articles/zgNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: zgNN.json (one entity per occurrence; ``"captions": true``; containment relations
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
EST = "kgo:establishes"
INB = "kgo:inBatch"
CBT = "kgo:CrossBorderEcommerceZone"


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


def claim(kind, about, value, zone_type=CBT):
    rec = {"kind": "kgo:" + kind, "about": about, "value": value}
    if zone_type:
        rec["zone_type"] = zone_type
    return rec


# ---------------------------------------------------------------- zg01 南通 家纺 CBEC 2023
NT = "place:320600"
HM = "place:320614"
D4 = "doc:guohan-2019-137"
Z_NT = "zone:cbec-320600"
Y23 = Y(2023)
zg01 = {
    "editor": "刘洋",
    "entities": [
        E("新华日报", ORG, None, True),
        E("南通市商务局", ORG, "body:南通市商务局"),
        E("南通市", PF, NT),
        E("南通", PF, NT),
        E("海门区", C, HM),
        E("叠石桥国际家纺城", ORG, None, True),  # a market
        E("海门区商务局", ORG, "body:海门区商务局"),
        E("美国", CO, "country:USA"),
        E("英国", CO, "country:GBR"),
        E("澳大利亚", CO, "country:AUS"),
        E("通州区", C, "place:320612"),  # 南通's, not 北京's
        E("如皋市", C, "place:320682"),
        E("国务院", ORG, "org:state-council"),
        E("国函〔2019〕137号", L, D4),
        E("石家庄", PF, "place:130100", True),  # inside the reply's paraphrased title
        E("跨境电子商务综合试验区", CB, None, True),  # the zone type
        E("中国（南通）跨境电子商务综合试验区", CB, Z_NT),
        E("南通海关", ORG, "body:南通海关"),
        E("江苏省商务厅", ORG, "org:commerce-320000"),
        E("罗莱生活", ORG, None, True),
        E("水星家纺", ORG, None, True),
    ],
    "must_not": [
        IN("半壁江山", "江山", "false substring: 半壁江山, not 江山市", PLACE),
    ],
    "relations": [
        R("body:南通市商务局", AREA, NT),
        R("body:海门区商务局", AREA, HM),
        R("body:南通海关", AREA, NT),
        R(D4, PASSED, "org:state-council"),
        R(D4, EST, Z_NT),
    ],
    "observations": [
        O(NT, "crossBorderEcommerceTradeValue", "Level", yi("336.8"), "CNY", Y23),
        O(NT, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "24.6", "P1", Y23),
        O(NT, "crossBorderEcommerceExportValue", "Level", yi("312.5"), "CNY", Y23),
        O(NT, "crossBorderEcommerceExportValue", "YearOnYearGrowth", "26.1", "P1", Y23),
        O(NT, "crossBorderEcommerceExportValue", "Share", "92.8", "P1", Y23),
        O(NT, "foreignTradeValue", "Level", yi("3486.2"), "CNY", Y23),
        O(HM, "crossBorderEcommerceExportValue", "Level", yi("148.3"), "CNY", Y23, None, "家纺"),
        O(
            HM,
            "crossBorderEcommerceExportValue",
            "YearOnYearGrowth",
            "31.2",
            "P1",
            Y23,
            None,
            "家纺",
        ),
        O(HM, "crossBorderEcommerceExportValue", "Share", "47.5", "P1", Y23, None, "家纺"),
        O(NT, "crossBorderEcommerceTradeValue", "Level", yi("500"), "CNY", Y(2025), target=True),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zg02 德化 ceramics 2023
DH = "place:350526"
QZ = "place:350500"
zg02 = {
    "editor": "黄鑫",
    "entities": [
        E("德化", C, DH, True, [1]),  # 德化陶瓷 in the 原标题 line: a product name
        E("中新网", ORG, None, True),
        E("泉州", PF, QZ, True, [1]),  # dateline
        E("孙虹", PER, "person:孙虹@reporter", True),
        E("德化县商务局", ORG, "body:德化县商务局"),
        E("德化县", C, DH),
        E("福建省", P, "place:350000"),
        E("泉州市", PF, QZ),
        E("江西", P, "place:360000"),
        E("景德镇", PF, "place:360200"),
        E("湖南", P, "place:430000"),
        E("醴陵", C, "place:430281"),
        E("中国", CO, CHN, True),  # 中国三大瓷都: a phrase, not the country standing alone
        E("美国", CO, "country:USA"),
        E("日本", CO, "country:JPN"),
        E("德国", CO, "country:DEU"),
        E("墨西哥", CO, "country:MEX"),
        E("泉州海关", ORG, "body:泉州海关"),
        E("泉州港区海关", ORG, "body:泉州港区海关"),
        E("中国（泉州）跨境电子商务综合试验区", CB, "zone:cbec-350500"),
        E("德化", C, DH, False, [5]),  # 海关在德化设立
        E("福建省商务厅", ORG, "org:commerce-350000"),
        E("德化", C, DH, True, [6]),  # 德化陶瓷 (a product name)
        E("中国新闻网", ORG, None, True),
    ],
    "must_not": [
        IN("接上海外", "上海", "false substring: 接上 + 海外", PLACE),
        IN("加上海外", "上海", "false substring: 再加上 + 海外仓", PLACE),
    ],
    "relations": [
        R("body:德化县商务局", AREA, DH),
        R("body:泉州海关", AREA, QZ),
        R("body:泉州港区海关", AREA, QZ),
    ],
    "observations": [
        O(DH, "exportValue", "Level", yi("152"), "CNY", Y23, None, "陶瓷"),
        O(DH, "exportValue", "YearOnYearGrowth", "9.8", "P1", Y23, None, "陶瓷"),
        O(DH, "crossBorderEcommerceExportValue", "Level", yi("41.6"), "CNY", Y23, None, "陶瓷"),
        O(
            DH,
            "crossBorderEcommerceExportValue",
            "YearOnYearGrowth",
            "40.3",
            "P1",
            Y23,
            None,
            "陶瓷",
        ),
        O(DH, "crossBorderEcommerceExportValue", "Share", "27.4", "P1", Y23, None, "陶瓷"),
    ],
    "optional_observations": [
        O(QZ, "crossBorderEcommerceTradeValue", "Level", yi("800"), "CNY", Y23),  # 突破: a bound
    ],
    "claims": [],
}

# ---------------------------------------------------------------- zg03 浙江 sixth batch (2022)
ZJ = "place:330000"
D6 = "doc:guohan-2022-8"
ZS = "place:330900"
JH = "place:330700"
ZJC = "org:commerce-330000"
ZHANG = "person:张钱江@org:commerce-330000"
Y21 = Y(2021)
zg03 = {
    "editor": "陈静",
    "entities": [
        E("浙江", P, ZJ),
        E("浙江在线", ORG, None, True),
        E("吴佳妮", PER, "person:吴佳妮@reporter", True),
        E("国务院", ORG, "org:state-council"),
        E("《关于同意在鄂尔多斯等27个城市和地区设立跨境电子商务综合试验区的批复》", L, D6),
        E("鄂尔多斯", PF, "place:150600", True),
        E("跨境电子商务综合试验区", CB, None, True),
        E("国函〔2022〕8号", L, D6),
        E("浙江省", P, ZJ),
        E("金华", PF, JH),
        E("舟山", PF, ZS),
        E("杭州", PF, "place:330100"),
        E("中国（杭州）跨境电子商务综合试验区", CB, "zone:cbec-330100"),
        E("宁波", PF, "place:330200"),
        E("义乌", C, "place:330782"),
        E("温州", PF, "place:330300"),
        E("绍兴", PF, "place:330600"),
        E("湖州", PF, "place:330500"),
        E("嘉兴", PF, "place:330400"),
        E("衢州", PF, "place:330800"),
        E("台州", PF, "place:331000"),
        E("丽水", PF, "place:331100"),
        E("浙江省商务厅", ORG, ZJC),
        E("张钱江", PER, ZHANG),
        E("舟山市商务局", ORG, "body:舟山市商务局"),
        E("舟山港综合保税区", PZ, None, True),  # named after a port, no IRI rule
        E("定海区", C, "place:330902"),
        E("普陀区", C, "place:330903"),  # 舟山's, not 上海's
        E("岱山县", C, "place:330921"),
        E("嵊泗县", C, "place:330922"),
        E("金华综试区", CB, "zone:cbec-330700"),
        E("义乌综试区", CB, "zone:cbec-330782"),
        E("永康市", C, "place:330784"),
        E("东阳", C, "place:330783", True),  # 东阳木雕: a craft name
        E("信雅达", ORG, None, True),
        E("南极电商", ORG, None, True),
        E("舟山市", PF, ZS),
    ],
    "must_not": [],
    "relations": [
        R(D6, PASSED, "org:state-council"),
        R(D6, EST, "zone:cbec-330700"),
        R(D6, EST, "zone:cbec-330900"),
        R(ZHANG, HOLDS, "post:org:commerce-330000#副厅长"),
        R("body:舟山市商务局", AREA, ZS),
    ],
    "observations": [
        O(ZJ, "crossBorderEcommerceTradeValue", "Level", yi("3302.9"), "CNY", Y21),
        O(ZJ, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "30.7", "P1", Y21),
        O(ZJ, "crossBorderEcommerceExportValue", "Level", yi("2430.4"), "CNY", Y21),
        O(ZJ, "crossBorderEcommerceExportValue", "YearOnYearGrowth", "39.3", "P1", Y21),
    ],
    "optional_observations": [],
    "claims": [
        claim("ZonesInPlace", ZJ, 12),
        claim("ProvinceCoverage", ZJ, None),
        claim("ZonesNationwide", CHN, 132),
        claim("FirstZone", "place:330100", 2015),
    ],
}

# ---------------------------------------------------------------- zg04 郴州 fifth batch (2020)
CZ = "place:431000"
HN = "place:430000"
CZB = "zone:bonded-431000"
LIW = "person:李伟@body:郴州市商务局"
zg04 = {
    "editor": "周琳",
    "entities": [
        E("郴州日报", ORG, None, True),
        E("国务院", ORG, "org:state-council"),
        E("雄安新区", PF, "place:x-xiongan", True),  # inside the reply's paraphrased title
        E("跨境电子商务综合试验区", CB, None, True),
        E("中国（郴州）跨境电子商务综合试验区", CB, "zone:cbec-431000"),
        E("湖南省", P, HN),
        E("湘潭", PF, "place:430300"),
        E("长沙", PF, "place:430100"),
        E("岳阳", PF, "place:430600"),
        E("郴州市商务局", ORG, "body:郴州市商务局"),
        E("李伟", PER, LIW),
        E("郴州市", PF, CZ),
        E("郴州综合保税区", PZ, CZB),
        E("郴州", PF, CZ),
        E("北湖区", C, "place:431002"),
        E("苏仙区", C, "place:431003"),
        E("资兴市", C, "place:431081"),
        E("长沙海关驻郴州办事处", ORG, "body:长沙海关驻郴州办事处"),
        E("湖南省商务厅", ORG, "org:commerce-430000"),
    ],
    "must_not": [
        IN("郴州日报", "郴州", "newspaper 郴州日报", PLACE),
        NA("湘南", "湘南 (southern Hunan), a region, not a place entity", PLACE),
        IN("新平台", "新平", "false substring: 新平台, not 新平县", PLACE),
    ],
    "relations": [
        R("body:郴州市商务局", AREA, CZ),
        R(LIW, HOLDS, "post:body:郴州市商务局#局长"),
        R("body:长沙海关驻郴州办事处", SUB, "body:长沙海关"),
        R("body:长沙海关驻郴州办事处", AREA, CZ),
    ],
    "observations": [
        O(CZ, "foreignTradeValue", "Level", yi("398.6"), "CNY", Y(2019)),
        O(CZ, "foreignTradeValue", "YearOnYearGrowth", "12.7", "P1", Y(2019)),
        O(CZ, "exportValue", "Level", yi("261.3"), "CNY", Y(2019)),
        O(CZ, "importValue", "Level", yi("137.3"), "CNY", Y(2019)),
        O(CZ, "foreignTradeValue", "Level", yi("86.5"), "CNY", "2020-01-01/2020-03-31"),
        O(CZ, "foreignTradeValue", "YearOnYearGrowth", "-3.2", "P1", "2020-01-01/2020-03-31"),
        O(CZ, "crossBorderEcommerceTradeValue", "Level", yi("50"), "CNY", Y(2022), target=True),
    ],
    "optional_observations": [
        O(
            CZ, "foreignTradeValue", "Share", "40", "P1", Y(2019), None, "郴州综合保税区"
        ),  # 超过四成
    ],
    "claims": [claim("ZonesInPlace", HN, 4)],
}

# ---------------------------------------------------------------- zg05 青岛 evaluation (2023)
QD = "place:370200"
SD = "place:370000"
Y22 = Y(2022)
ZCH = "person:张春晖@body:青岛市商务局"
Z_QD = "zone:cbec-370200"
zg05 = {
    "editor": "王梅",
    "entities": [
        E("青岛", PF, QD, False, occ("zg05", "青岛", "青岛港、海尔")),  # not the stock link
        E("大众网·海报新闻", ORG, None, True),
        E("青岛市商务局", ORG, "body:青岛市商务局"),
        E("商务部", ORG, "org:mofcom"),
        E("跨境电子商务综合试验区", CB, None, True),
        E("中国（青岛）跨境电子商务综合试验区", CB, Z_QD),
        E("山东省", P, SD),
        E("青岛市", PF, QD),
        E("青岛海关", ORG, "body:青岛海关"),
        E("韩国", CO, "country:KOR"),
        E("日本", CO, "country:JPN"),
        E("东盟", ORG, "org:asean", True),
        E("第二批", BATCH, "batch:cbec-2", True),
        E("黄岛区", C, "place:370211"),
        E("胶州市", C, "place:370281"),
        E("即墨区", C, "place:370215"),
        E("张春晖", PER, ZCH),
        E("第七批", BATCH, "batch:cbec-7", True),
        E("海尔智家", ORG, None, True),
        E("青岛前湾保税港区", PZ, None, True),  # a bonded port area, no IRI rule
    ],
    "must_not": [
        IN("青岛港、海尔", "青岛", "stock link 青岛港 (a company)", PLACE),
    ],
    "relations": [
        R("body:青岛市商务局", AREA, QD),
        R("body:青岛海关", AREA, QD),
        R(ZCH, HOLDS, "post:body:青岛市商务局#副局长"),
        R(Z_QD, INB, "batch:cbec-2"),
    ],
    "observations": [
        O(QD, "crossBorderEcommerceTradeValue", "Level", yi("411.6"), "CNY", Y22),
        O(QD, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "29.5", "P1", Y22),
        O(QD, "crossBorderEcommerceExportValue", "Level", yi("329.4"), "CNY", Y22),
        O(QD, "crossBorderEcommerceExportValue", "YearOnYearGrowth", "34.2", "P1", Y22),
        O(QD, "crossBorderEcommerceImportValue", "Level", yi("82.2"), "CNY", Y22),
        O(QD, "crossBorderEcommerceImportValue", "YearOnYearGrowth", "13.6", "P1", Y22),
        O(QD, "foreignTradeValue", "Level", yi("9117.4"), "CNY", Y22),
        O(QD, "foreignTradeValue", "Level", yi("1095.3"), "CNY", Y22, "country:KOR"),
        O(QD, "foreignTradeValue", "Level", yi("872.6"), "CNY", Y22, "country:JPN"),
        O(QD, "foreignTradeValue", "Level", yi("1533.1"), "CNY", Y22, "org:asean"),
        O(QD, "crossBorderEcommerceTradeValue", "Level", yi("600"), "CNY", Y(2025), target=True),
    ],
    "optional_observations": [],
    "claims": [
        claim("ZonesNationwide", CHN, 132),
        claim("ZonesInPlace", SD, 16),
        claim("ProvinceCoverage", SD, None),
    ],
}

# ---------------------------------------------------------------- zg06 四川 first 9710 (2020)
SC = "place:510000"
CD = "place:510100"
G75 = "title:海关总署公告2020年第75号"
G92 = "title:海关总署公告2020年第92号"
CUSTOMS = [
    "北京",
    "天津",
    "南京",
    "杭州",
    "宁波",
    "厦门",
    "郑州",
    "广州",
    "深圳",
    "黄埔",
    "上海",
    "福州",
    "济南",
    "武汉",
    "长沙",
    "拱北",
    "湛江",
    "南宁",
    "重庆",
    "西安",
]
zg06 = {
    "editor": "赵然",
    "entities": [
        E("四川日报", ORG, None, True),
        E("王成栋", PER, "person:王成栋@reporter", True),
        E("成都双流国际机场", ORG, None, True),  # an airport
        E("马来西亚", CO, "country:MYS"),
        E("海关总署", ORG, "org:gacc"),
        E("成都海关", ORG, "body:成都海关"),
        E("四川", P, SC),
        E("2020年第75号公告", L, G75),
        E("2020年第92号公告", L, G92),
        # the customs districts listed by their short names (北京 … 西安 for 北京海关 …):
        # elliptical bodies, neither credited nor penalised
        *[E(n, ORG, None, True, [1]) for n in CUSTOMS],
        E("青岛", ORG, None, True, [1]),
        E("成都", ORG, None, True, [3]),  # 成都 in the list of 12 customs
        E("成都海关综合业务处", ORG, "body:成都海关综合业务处"),
        E("四川省", P, SC),
        E("成都市", PF, CD),
        E("四川省商务厅", ORG, "org:commerce-510000"),
        E("中国（成都）跨境电子商务综合试验区", CB, "zone:cbec-510100"),
        E("双流区", C, "place:510116"),
        E("青白江区", C, "place:510113"),
        E("中欧班列（成渝）", ORG, None, True),
    ],
    "must_not": [],
    "relations": [
        R("body:成都海关", AREA, CD),
        R(G75, PASSED, "org:gacc"),
        R(G92, PASSED, "org:gacc"),
        R("body:成都海关综合业务处", SUB, "body:成都海关"),
    ],
    "observations": [
        O(
            SC,
            "crossBorderEcommerceTradeValue",
            "Level",
            yi("86.4"),
            "CNY",
            "2020-01-01/2020-07-31",
        ),
        O(
            SC,
            "crossBorderEcommerceTradeValue",
            "YearOnYearGrowth",
            "46.8",
            "P1",
            "2020-01-01/2020-07-31",
        ),
    ],
    "optional_observations": [
        O(
            CD, "crossBorderEcommerceTradeValue", "Share", "90", "P1", "2020-01-01/2020-07-31"
        ),  # 九成以上
    ],
    "claims": [],
}

# ---------------------------------------------------------------- zg07 宁波 overseas warehouses 2023
NB = "place:330200"
LH = "person:林惠@body:宁波市商务局"
DEC = "2023-12-01/2023-12-31"
zg07 = {
    "editor": "林晓",
    "entities": [
        E("宁波日报", ORG, None, True),
        E("宁波市商务局", ORG, "body:宁波市商务局"),
        E("宁波", PF, NB, False, occ("zg07", "宁波", "宁波港、北京")),  # not the stock link
        E("美国", CO, "country:USA"),
        E("德国", CO, "country:DEU"),
        E("英国", CO, "country:GBR"),
        E("波兰", CO, "country:POL"),
        E("日本", CO, "country:JPN"),
        E("宁波海关", ORG, "body:宁波海关"),
        E("宁波市", PF, NB),
        E("第二批", BATCH, "batch:cbec-2", True),
        E("跨境电商综试区", CB, None, True),
        E("北仑区", C, "place:330206"),
        E("鄞州区", C, "place:330212"),
        E("江北区", C, "place:330205"),  # 宁波市江北区, not 重庆's
        E("慈溪市", C, "place:330282"),
        E("余姚市", C, "place:330281"),
        E("林惠", PER, LH),
        E("浙江省商务厅", ORG, "org:commerce-330000"),
    ],
    "must_not": [
        IN("宁波日报", "宁波", "newspaper 宁波日报", PLACE),
        IN("宁波港、北京", "宁波", "stock link 宁波港 (a company)", PLACE),
        IN("北京人力", "北京", "stock link 北京人力 (a company)", PLACE),
    ],
    "relations": [
        R("body:宁波市商务局", AREA, NB),
        R("body:宁波海关", AREA, NB),
        R(LH, HOLDS, "post:body:宁波市商务局#副局长"),
    ],
    "observations": [
        O(NB, "crossBorderEcommerceTradeValue", "Level", yi("2173.1"), "CNY", Y23),
        O(NB, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "12.5", "P1", Y23),
        O(NB, "crossBorderEcommerceExportValue", "Level", yi("1786.6"), "CNY", Y23),
        O(NB, "crossBorderEcommerceExportValue", "YearOnYearGrowth", "20.3", "P1", Y23),
        O(NB, "crossBorderEcommerceExportValue", "Level", yi("174.2"), "CNY", DEC),
        O(NB, "crossBorderEcommerceExportValue", "YearOnYearGrowth", "18.9", "P1", DEC),
        O(
            NB,
            "crossBorderEcommerceExportValue",
            "Share",
            "35.8",
            "P1",
            Y23,
            None,
            "9810出口海外仓",
        ),
        O(
            NB,
            "crossBorderEcommerceTradeValue",
            "YearOnYearGrowth",
            "10",
            "P1",
            Y(2024),
            target=True,
        ),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zg08 潍坊综合保税区 (2022)
WF = "place:370700"
WFB = "zone:bonded-370700"
D5 = "doc:guohan-2020-47"
zg08 = {
    "editor": "李娜",
    "entities": [
        E("潍坊综保区", PZ, WFB),
        E("大众日报", ORG, None, True),
        E("潍坊综合保税区管委会", ORG, "body:潍坊综合保税区管委会"),
        E("潍坊综合保税区", PZ, WFB),
        E("潍坊市", PF, WF),
        E("国务院", ORG, "org:state-council"),
        E("雄安新区", PF, "place:x-xiongan", True),  # inside the reply's paraphrased title
        E("跨境电子商务综合试验区", CB, None, True),
        E("国函〔2020〕47号", L, D5),
        E("潍坊", PF, WF),
        E("潍坊市商务局", ORG, "body:潍坊市商务局"),
        E("欧盟", ORG, "org:eu", True),
        E("美国", CO, "country:USA"),
        E("东盟", ORG, "org:asean", True),
        E("潍坊海关", ORG, "body:潍坊海关"),
        E("寿光市", C, "place:370783"),
        E("青州市", C, "place:370781"),
        E("诸城市", C, "place:370782"),
        E("山东省商务厅", ORG, "org:commerce-370000"),
        E("潍柴动力", ORG, None, True),
        E("金正大", ORG, None, True),
    ],
    "must_not": [],
    "relations": [
        R("body:潍坊综合保税区管委会", AREA, WF),
        R("body:潍坊市商务局", AREA, WF),
        R("body:潍坊海关", AREA, WF),
        R(D5, PASSED, "org:state-council"),
        R(D5, EST, "zone:cbec-370700"),
    ],
    "observations": [
        O(WF, "crossBorderEcommerceTradeValue", "Level", yi("128.5"), "CNY", Y21),
        O(WF, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "43.6", "P1", Y21),
        O(WF, "foreignTradeValue", "Level", yi("3681.2"), "CNY", Y21),
        O(WF, "foreignTradeValue", "YearOnYearGrowth", "32.9", "P1", Y21),
        O(WF, "foreignTradeValue", "Level", yi("512.4"), "CNY", Y21, "org:eu"),
        O(WF, "foreignTradeValue", "Level", yi("468.9"), "CNY", Y21, "country:USA"),
        O(WF, "foreignTradeValue", "Level", yi("437.0"), "CNY", Y21, "org:asean"),
        O(WF, "crossBorderEcommerceTradeValue", "Level", yi("300"), "CNY", Y(2025), target=True),
    ],
    "optional_observations": [
        # figures of the zone itself (SCOPE: about a place or the country)
        O(WFB, "foreignTradeValue", "Level", yi("291.7"), "CNY", Y21),
        O(WFB, "foreignTradeValue", "YearOnYearGrowth", "32.6", "P1", Y21),
        O(WFB, "foreignTradeValue", "Share", "7.9", "P1", Y21),
        O(WFB, "crossBorderEcommerceImportValue", "Level", yi("4.3"), "CNY", Y21, None, "1210"),
        O(
            WFB,
            "crossBorderEcommerceImportValue",
            "YearOnYearGrowth",
            "150",
            "P1",
            Y21,
            None,
            "1210",
        ),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- zg09 沧州 seventh batch (2022)
CZH = "place:130900"
HB = "place:130000"
LXD = "person:刘向东@body:沧州市商务局"
Q3 = "2022-01-01/2022-09-30"
zg09 = {
    "editor": "孙燕",
    "entities": [
        E("沧州日报", ORG, None, True),
        E("国务院", ORG, "org:state-council"),
        E("廊坊", PF, "place:131000", True, [1]),  # inside the reply's paraphrased title
        E("跨境电子商务综合试验区", CB, None, True),
        E("沧州市", PF, CZH),
        E("廊坊市", PF, "place:131000"),
        E("河北省", P, HB),
        E("唐山", PF, "place:130200"),
        E("石家庄", PF, "place:130100"),
        E("雄安新区", PF, "place:x-xiongan", True),  # a new area without a GB/T code
        E("沧州市商务局", ORG, "body:沧州市商务局"),
        E("刘向东", PER, LXD),
        E("沧州", PF, CZH),
        E("河间市", C, "place:130984"),
        E("泊头市", C, "place:130981"),
        E("沧县", C, "place:130921"),
        E("东光县", C, "place:130923"),
        E("石家庄海关", ORG, "body:石家庄海关"),
        E("黄骅港海关", ORG, "body:黄骅港海关"),
        E("黄骅港", ORG, None, True),  # a port
        E("沧州综合保税区", PZ, "zone:bonded-130900"),
        E("河北省商务厅", ORG, "org:commerce-130000"),
        E("长江证券", ORG, None, True),
    ],
    "must_not": [
        IN("沧州日报", "沧州", "newspaper 沧州日报", PLACE),
        IN("内蒙华电", "内蒙", "stock link 内蒙华电 (a company)", PLACE),
        IN("新通道", "通道", "false substring: 新通道, not 通道侗族自治县", PLACE),
    ],
    "relations": [
        R("body:沧州市商务局", AREA, CZH),
        R(LXD, HOLDS, "post:body:沧州市商务局#局长"),
        R("body:石家庄海关", AREA, "place:130100"),
    ],
    "observations": [
        O(CZH, "crossBorderEcommerceTradeValue", "Level", yi("23.6"), "CNY", Q3),
        O(CZH, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "56.2", "P1", Q3),
        O(CZH, "crossBorderEcommerceTradeValue", "Share", "6.1", "P1", Q3),
        O(HB, "crossBorderEcommerceTradeValue", "Level", yi("500"), "CNY", Y(2025), target=True),
    ],
    "optional_observations": [],
    "claims": [
        claim("ZonesInPlace", HB, 5),
        claim("ZonesNationwide", CHN, 165),
    ],
}

# ---------------------------------------------------------------- zg10 茂名 lychees (off-topic)
MM = "place:440900"
GD = "place:440000"
zg10 = {
    "editor": "吴敏",
    "entities": [
        E("南方日报", ORG, None, True),
        E("广东省", P, GD),
        E("茂名市", PF, MM),
        E("高州市", C, "place:440981"),
        E("根子镇", ORG, None, True),  # a town
        E("茂名市农业农村局", ORG, "body:茂名市农业农村局"),
        E("北京", P, "place:110000"),
        E("电白区", C, "place:440904"),
        E("化州市", C, "place:440982"),
        E("上海", P, "place:310000"),
        E("信宜市", C, "place:440983"),
        E("广东省农业农村厅", ORG, "body:广东省农业农村厅"),
        E("广东", P, GD),
        E("茂名", PF, MM),
        E("高州", C, "place:440981"),
        E("加拿大", CO, "country:CAN"),
        E("美国", CO, "country:USA"),
        E("马来西亚", CO, "country:MYS"),
        E("海大集团", ORG, None, True),
        E("农产品", ORG, None, True, [1]),  # stock link
    ],
    "must_not": [
        IN("东方红", "东方", "东方红 (a song), not 东方市", PLACE),
        IN("山地资源", "资源", "false substring: 山地资源, not 资源县", PLACE),
    ],
    "relations": [
        R("body:茂名市农业农村局", AREA, MM),
        R("body:广东省农业农村厅", AREA, GD),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zg11 村BA in 台盘村 (off-topic)
QDN = "place:522600"
TJ = "place:522630"
zg11 = {
    "editor": "杨帆",
    "entities": [
        E("中新网", ORG, None, True),
        E("贵阳", PF, "place:520100", True, [1]),  # dateline
        E("杨云", PER, "person:杨云@reporter", True),
        E("贵州", P, "place:520000", True, [1]),  # inside the league's name
        E("黔东南苗族侗族自治州", PF, QDN),
        E("台江县", C, TJ),
        E("台盘村", ORG, None, True),  # a village
        E("台江县文体广电旅游局", ORG, "body:台江县文体广电旅游局"),
        E("北京", P, "place:110000"),
        E("广东", P, "place:440000"),
        E("四川", P, "place:510000"),
        E("黔东南州", PF, QDN),
        E("凯里市", C, "place:522601"),
        E("雷山县", C, "place:522634"),
        E("贵州省体育局", ORG, "body:贵州省体育局"),
        E("贵州省", P, "place:520000"),
        E("中国新闻网", ORG, None, True),
    ],
    "must_not": [
        IN("贵阳队", "贵阳", "a team name", PLACE),
    ],
    "relations": [
        R("body:台江县文体广电旅游局", AREA, TJ),
        R("body:贵州省体育局", AREA, "place:520000"),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zg12 安克创新 results (off-topic)
zg12 = {
    "editor": "郑好",
    "entities": [
        E("安克创新", ORG, None, True),
        E("安克创新科技股份有限公司", ORG, None, True),
        E("湖南省", P, "place:430000"),
        E("长沙市", PF, "place:430100"),
        E("岳麓区", C, "place:430104"),
        E("亚马逊", ORG, None, True),
        E("日本", CO, "country:JPN"),
        E("美国", CO, "country:USA"),
        E("德国", CO, "country:DEU"),
        E("英国", CO, "country:GBR"),
        E("深圳", PF, "place:440300"),
        E("长沙", PF, "place:430100"),
        E("华利集团", ORG, None, True),
        E("恺英网络", ORG, None, True),
        E("长沙市工业和信息化局", ORG, "body:长沙市工业和信息化局"),
    ],
    "must_not": [],
    "relations": [
        R("body:长沙市工业和信息化局", AREA, "place:430100"),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "zg01": zg01,
    "zg02": zg02,
    "zg03": zg03,
    "zg04": zg04,
    "zg05": zg05,
    "zg06": zg06,
    "zg07": zg07,
    "zg08": zg08,
    "zg09": zg09,
    "zg10": zg10,
    "zg11": zg11,
    "zg12": zg12,
}


def main() -> None:
    """Write zgNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
        spec["must_not"] = resolve_in(body, spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
