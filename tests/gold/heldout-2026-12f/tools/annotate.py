"""Write the gold files of heldout-2026-12f (format 2, tests/gold/SCOPE.md).

Input: the annotator's span lists below, written by reading each body as
``kg.ingest.read_article(path).body`` returns it (never from an extractor's output).
Output: hfNN.json next to ../articles, one entity per occurrence (tests/gold/tools/heldout.py),
with the place-containment relations of SCOPE.md computed from the must-find places
(tests/gold/tools/containment.py).
It does not: run or read the extractor; the judgement calls are listed in ../NOTES.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository root

from kg.refdata import load_reference  # noqa: E402
from tests.gold.tools.containment import containment, place_codes  # noqa: E402
from tests.gold.tools.heldout import NA, E, N, O, R, write_gold  # noqa: E402, F401

HERE = Path(__file__).resolve().parent.parent

Y2017 = "2017-01-01/2017-12-31"
P7_2020 = "2020-01-01/2020-07-31"
JUL_2020 = "2020-07-01/2020-07-31"
Y2022 = "2022-01-01/2022-12-31"
Y2023 = "2023-01-01/2023-12-31"
DEC_2023 = "2023-12-01/2023-12-31"
Q1_2024 = "2024-01-01/2024-03-31"
Q3_2025 = "2025-01-01/2025-09-30"

LP = "schema:legislationPassedBy"
EST = "kgo:establishes"
BATCH = "kgo:inBatch"
AREA = "schema:areaServed"
SUB = "org:subOrganizationOf"
HOLDS = "org:holds"

CBEC = "CrossBorderEcommerceZone"
FTZ = "FreeTradeZone"
ZONE_LABELS = [CBEC, FTZ, "PilotZone"]

# hf01: the third batch of CBEC zones, 国函〔2018〕93号
HF01_CITIES = [
    ("北京市", "Province", "110000"),
    ("呼和浩特市", "Prefecture", "150100"),
    ("沈阳市", "Prefecture", "210100"),
    ("长春市", "Prefecture", "220100"),
    ("哈尔滨市", "Prefecture", "230100"),
    ("南京市", "Prefecture", "320100"),
    ("南昌市", "Prefecture", "360100"),
    ("武汉市", "Prefecture", "420100"),
    ("长沙市", "Prefecture", "430100"),
    ("南宁市", "Prefecture", "450100"),
    ("海口市", "Prefecture", "460100"),
    ("贵阳市", "Prefecture", "520100"),
    ("昆明市", "Prefecture", "530100"),
    ("西安市", "Prefecture", "610100"),
    ("兰州市", "Prefecture", "620100"),
    ("厦门市", "Prefecture", "350200"),
    ("唐山市", "Prefecture", "130200"),
    ("无锡市", "Prefecture", "320200"),
    ("威海市", "Prefecture", "371000"),
    ("珠海市", "Prefecture", "440400"),
    ("东莞市", "Prefecture", "441900"),
    ("义乌市", "County", "330782"),
]
D93 = "doc:guohan-2018-93"

HF01 = {
    "editor": "张迪",
    "entities": [
        E("中国政府网", "Organization", "org:gov-cn", opt=True),
        E(
            "《国务院关于同意在北京等22个城市设立跨境电子商务综合试验区的批复》",
            "Legislation",
            D93,
        ),
        E("国函〔2018〕93号", "Legislation", D93),
        E("北京", "Province", "place:110000", opt=True, occ=[1]),
        *[E(name, label, f"place:{code}") for name, label, code in HF01_CITIES],
        E("跨境电子商务综合试验区", CBEC, opt=True),
        E("综试区", CBEC, opt=True),
        E("国务院", "Organization", "org:state-council"),
        E("杭州", "Prefecture", "place:330100"),
        E("天津", "Province", "place:120000"),
        E("第二批", "Batch", "batch:cbec-2", opt=True),
        E("第三批", "Batch", "batch:cbec-3", opt=True),
        E("前两批", "Batch", opt=True),
        E("商务部", "Organization", "org:mofcom"),
        E("海关", "Organization", "org:gacc", opt=True),
    ],
    "must_not": [NA("会同", "会同有关部门/会同自治区/会同公安: the verb 会同, not 会同县")],
    "relations": [
        R(D93, LP, "org:state-council"),
        *[R(D93, EST, f"zone:cbec-{code}") for _, _, code in HF01_CITIES],
        *[R(f"zone:cbec-{code}", BATCH, "batch:cbec-3") for _, _, code in HF01_CITIES],
    ],
    "observations": [
        O("country:CHN", "crossBorderEcommerceTradeValue", "Level", "90240000000", "CNY", Y2017),
        O("country:CHN", "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "80.6", "P1", Y2017),
    ],
    "optional_observations": [],
    "claims": [
        {
            "kind": "kgo:ZonesNationwide",
            "about": "country:CHN",
            "value": 35,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
        {
            "kind": "kgo:FirstZone",
            "about": "place:330100",
            "value": 2015,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
    ],
}

# hf02: 郑州海关, 河南 trade, first seven months of 2020 and July alone
HN = "place:410000"
TW = "place:710000"
HF02 = {
    "editor": "宋雅芳",
    "entities": [
        E("郑州海关", "Organization", "body:郑州海关"),
        E("河南省", "Province", HN),
        E("河南", "Province", HN),
        E("欧盟", "Organization", "org:eu", opt=True),
        E("英国", "Country", "country:GBR"),
        E("东盟", "Organization", "org:asean", opt=True),
        E("中国", "Country", "country:CHN", opt=True),
        E("台湾", "Province", TW),
        E("“一带一路”", "Legislation", "doc:bri", opt=True),
        E("美国", "Country", "country:USA"),
        E("郑州新郑综合保税区", "PilotZone", "zone:bonded-410184"),
        E("洛阳", "Prefecture", "place:410300"),
        E("焦作", "Prefecture", "place:410800"),
        E("许昌", "Prefecture", "place:411000"),
    ],
    "must_not": [],
    "relations": [R("body:郑州海关", AREA, "place:410100")],
    "observations": [
        O(HN, "foreignTradeValue", "Level", "276290000000", "CNY", P7_2020),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "9.2", "P1", P7_2020),
        O(HN, "exportValue", "Level", "178700000000", "CNY", P7_2020),
        O(HN, "exportValue", "YearOnYearGrowth", "5.4", "P1", P7_2020),
        O(HN, "importValue", "Level", "97590000000", "CNY", P7_2020),
        O(HN, "importValue", "YearOnYearGrowth", "16.9", "P1", P7_2020),
        O(HN, "foreignTradeValue", "Level", "48250000000", "CNY", JUL_2020),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "17", "P1", JUL_2020),
        O(HN, "foreignTradeValue", "MonthOnMonthGrowth", "14.8", "P1", JUL_2020),
        O(HN, "exportValue", "Level", "32100000000", "CNY", JUL_2020),
        O(HN, "exportValue", "YearOnYearGrowth", "29.5", "P1", JUL_2020),
        O(HN, "exportValue", "MonthOnMonthGrowth", "17.1", "P1", JUL_2020),
        O(HN, "importValue", "Level", "16150000000", "CNY", JUL_2020),
        O(HN, "importValue", "YearOnYearGrowth", "-1.5", "P1", JUL_2020),
        O(HN, "importValue", "MonthOnMonthGrowth", "10.6", "P1", JUL_2020),
        O(HN, "foreignTradeValue", "Level", "41670000000", "CNY", P7_2020, partner="org:eu"),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "83.6", "P1", P7_2020, partner="org:eu"),
        O(HN, "foreignTradeValue", "Level", "38980000000", "CNY", P7_2020, partner="org:asean"),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "20.8", "P1", P7_2020, partner="org:asean"),
        O(HN, "foreignTradeValue", "Level", "21670000000", "CNY", P7_2020, partner=TW),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "21.4", "P1", P7_2020, partner=TW),
        O(HN, "foreignTradeValue", "Level", "75950000000", "CNY", P7_2020, partner="doc:bri"),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "28.8", "P1", P7_2020, partner="doc:bri"),
        O(HN, "foreignTradeValue", "Level", "41030000000", "CNY", P7_2020, partner="country:USA"),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "-27", "P1", P7_2020, partner="country:USA"),
        O(
            HN,
            "foreignTradeValue",
            "YearOnYearGrowth",
            "13.1",
            "P1",
            JUL_2020,
            partner="country:USA",
        ),
        O(HN, "exportValue", "Share", "58.3", "P1", P7_2020, industry="手机"),
        O(HN, "importValue", "Share", "33", "P1", P7_2020, industry="集成电路"),
    ],
    "optional_observations": [
        O(HN, "foreignTradeValue", "PercentagePointChange", "10.9", "P1", P7_2020),
    ],
    "claims": [],
}

# hf03: 国发〔2019〕16号, six new FTZs
D16 = "doc:guofa-2019-16"
HF03_ZONES = [
    ("中国（山东）自由贸易试验区", "370000"),
    ("中国（云南）自由贸易试验区", "530000"),
    ("云南自贸试验区", "530000"),
    ("中国（江苏）自由贸易试验区", "320000"),
    ("中国（河北）自由贸易试验区", "130000"),
    ("中国（黑龙江）自由贸易试验区", "230000"),
    ("广西自贸试验区", "450000"),
]
HF03 = {
    "editor": "刘光博",
    "entities": [
        E("国务院", "Organization", "org:state-council"),
        E("《国务院关于印发6个新设自由贸易试验区总体方案的通知》", "Legislation", D16),
        E("国发〔2019〕16号", "Legislation", D16),
        E("山东", "Province", "place:370000"),
        E("江苏", "Province", "place:320000"),
        E("广西", "Province", "place:450000"),
        E("河北", "Province", "place:130000"),
        E("云南", "Province", "place:530000"),
        E("黑龙江", "Province", "place:230000"),
        E("自由贸易试验区", FTZ, opt=True),
        E("新设自贸试验区", FTZ, opt=True),
        E("总体方案", "Legislation", opt=True, occ=[2]),
        *[E(name, FTZ, f"zone:ftz-{code}") for name, code in HF03_ZONES],
        E("济南", "Prefecture", "place:370100"),
        E("青岛", "Prefecture", "place:370200"),
        E("烟台", "Prefecture", "place:370600"),
        E("昆明", "Prefecture", "place:530100"),
        E("红河", "Prefecture", "place:532500"),
        E("德宏", "Prefecture", "place:533100"),
        E("河口瑶族自治县", "County", "place:532532"),
        E("缅甸", "Country", "country:MMR"),
        E("瑞丽市", "County", "place:533102"),
        E("中国", "Country", "country:CHN"),
        E("南京", "Prefecture", "place:320100"),
        E("苏州", "Prefecture", "place:320500"),
        E("连云港", "Prefecture", "place:320700"),
        E("雄安", "PilotZone", "place:x-xiongan"),
        E("正定", "County", "place:130123"),
        E("曹妃甸", "County", "place:130209"),
        E("大兴机场", "Organization", opt=True),
        E("哈尔滨", "Prefecture", "place:230100"),
        E("黑河", "Prefecture", "place:231100"),
        E("绥芬河", "County", "place:231081"),
        E("南宁", "Prefecture", "place:450100"),
        E("钦州港", "Organization", opt=True),
        E("崇左", "Prefecture", "place:451400"),
        E("商务部", "Organization", "org:mofcom"),
        E("王受文", "Person", "person:王受文@org:mofcom"),
        E("国务院新闻办公室", "Organization", "body:国务院新闻办公室"),
    ],
    "must_not": [
        N("中越", 1, "中越边境: abbreviations of China and Vietnam, not entities"),
        NA("亚东", "南亚东南亚: South and Southeast Asia, not 亚东县"),
    ],
    "relations": [
        R(D16, LP, "org:state-council"),
        *[
            R(D16, EST, f"zone:ftz-{code}")
            for code in ("370000", "530000", "320000", "130000", "230000", "450000")
        ],
        R("person:王受文@org:mofcom", HOLDS, "post:org:mofcom#副部长"),
        R("body:国务院新闻办公室", SUB, "org:state-council"),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [
        {
            "kind": "kgo:ZonesNationwide",
            "about": "country:CHN",
            "value": 18,
            "zone_type": "kgo:FreeTradeZone",
        },
    ],
}

# hf04: 海南自由贸易港 island-wide customs operation, 18 Dec 2025
HAINAN = "place:460000"
HF04 = {
    "editor": "郝欣煜",
    "entities": [
        E("海南自由贸易港", FTZ, "zone:ftz-460000"),
        E("海南自贸港", FTZ, "zone:ftz-460000"),
        E("海南", "Province", HAINAN),
        E("国务院", "Organization", "org:state-council"),
        E("何立峰", "Person", "person:何立峰@org:state-council"),
        E("海口", "Prefecture", "place:460100"),
        E("进口征税商品目录", "Legislation", opt=True),
        E("禁止限制进出口货物物品清单", "Legislation", opt=True),
        E("海关监管办法", "Legislation", opt=True),
        E("海关", "Organization", "org:gacc", opt=True),
        E("“零关税”商品正面清单", "Legislation", opt=True),
        E("负面清单", "Legislation", opt=True),
        E("洋浦经济开发区", "PilotZone", opt=True),
        E("洋浦", "County", opt=True, occ=[2]),
        E("儋州市", "Prefecture", "place:460400"),
        E("西部陆海新通道", "Legislation", opt=True),
        E("广东", "Province", "place:440000"),
        E("香港", "Province", "place:810000"),
        E("新加坡", "Country", "country:SGP"),
    ],
    "must_not": [],
    "relations": [
        R("person:何立峰@org:state-council", HOLDS, "post:org:state-council#副总理"),
    ],
    "observations": [
        O(HAINAN, "foreignInvestmentValue", "YearOnYearGrowth", "42.2", "P1", Q3_2025),
    ],
    "optional_observations": [
        O(
            HAINAN,
            "outwardInvestmentValue",
            "YearOnYearGrowth",
            "103",
            "P1",
            Q3_2025,
            industry="境外投资项目数 (a count of projects)",
        ),
    ],
    "claims": [],
}

# hf05: 重庆 2023 GDP, sectors, retail sales, trade
CQ = "place:500000"
HF05 = {
    "editor": "王进雨",
    "entities": [
        E("重庆市统计局", "Organization", "body:重庆市统计局"),
        E("重庆市", "Province", CQ),
        E("重庆", "Province", CQ),
        E("渝北区", "County", "place:500112"),
        E("九龙坡区", "County", "place:500107"),
        E("江北区", "County", "place:500105"),
        E("两江新区", "County", "place:500157"),
    ],
    "must_not": [],
    "relations": [R("body:重庆市统计局", AREA, CQ)],
    "observations": [
        O(CQ, "gdp", "Level", "3014579000000", "CNY", Y2023),
        O(CQ, "gdp", "YearOnYearGrowth", "6.1", "P1", Y2023),
        O(CQ, "gdp", "Level", "207468000000", "CNY", Y2023, industry="第一产业"),
        O(CQ, "gdp", "YearOnYearGrowth", "4.6", "P1", Y2023, industry="第一产业"),
        O(CQ, "gdp", "Level", "1169914000000", "CNY", Y2023, industry="第二产业"),
        O(CQ, "gdp", "YearOnYearGrowth", "6.5", "P1", Y2023, industry="第二产业"),
        O(CQ, "gdp", "Level", "1637197000000", "CNY", Y2023, industry="第三产业"),
        O(CQ, "gdp", "YearOnYearGrowth", "5.9", "P1", Y2023, industry="第三产业"),
        O(CQ, "retailSalesValue", "Level", "1513025000000", "CNY", Y2023),
        O(CQ, "retailSalesValue", "YearOnYearGrowth", "8.4", "P1", Y2023),
        O(CQ, "foreignTradeValue", "Level", "713740000000", "CNY", Y2023),
        O(CQ, "foreignTradeValue", "YearOnYearGrowth", "-12", "P1", Y2023),
    ],
    "optional_observations": [],
    "claims": [],
}

# hf06: 乌鲁木齐海关, 新疆 trade 2023, 中亚五国, 霍尔果斯
XJ = "place:650000"
URC = "body:乌鲁木齐海关"
HF06 = {
    "editor": "王永生",
    "entities": [
        E("新疆维吾尔自治区", "Province", XJ),
        E("新疆", "Province", XJ),
        E("乌鲁木齐海关", "Organization", URC),
        E("中亚五国", "Organization", opt=True),
        E("哈萨克斯坦", "Country", "country:KAZ"),
        E("吉尔吉斯斯坦", "Country", "country:KGZ"),
        E("塔吉克斯坦", "Country", "country:TJK"),
        E("伊犁哈萨克自治州", "Prefecture", "place:654000"),
        E("霍尔果斯市", "County", "place:654004"),
        E("霍尔果斯", "County", "place:654004", opt=True),
        E("李清华", "Person", f"person:李清华@{URC}"),
        E("喀什地区", "Prefecture", "place:653100"),
        E("塔什库尔干塔吉克自治县", "County", "place:653131"),
    ],
    "must_not": [NA("会同", "会同有关部门/会同自治区/会同公安: the verb 会同, not 会同县")],
    "relations": [
        R(URC, AREA, "place:650100"),
        R(f"person:李清华@{URC}", HOLDS, f"post:{URC}#副关长"),
    ],
    "observations": [
        O(XJ, "foreignTradeValue", "Level", "357330000000", "CNY", Y2023),
        O(XJ, "foreignTradeValue", "YearOnYearGrowth", "45.9", "P1", Y2023),
        O(XJ, "foreignTradeValue", "Level", "37430000000", "CNY", DEC_2023),
        O(XJ, "foreignTradeValue", "YearOnYearGrowth", "36.4", "P1", DEC_2023),
    ],
    "optional_observations": [
        O(XJ, "foreignTradeValue", "PercentagePointChange", "45.7", "P1", Y2023),
        O(
            XJ,
            "foreignTradeValue",
            "Level",
            "283670000000",
            "CNY",
            Y2023,
            industry="partner 中亚五国 (no ref)",
        ),
        O(
            XJ,
            "foreignTradeValue",
            "Share",
            "79.4",
            "P1",
            Y2023,
            industry="partner 中亚五国 (no ref)",
        ),
        O(
            XJ,
            "exportValue",
            "Level",
            "246570000000",
            "CNY",
            Y2023,
            industry="partner 中亚五国 (no ref)",
        ),
        O(
            XJ,
            "exportValue",
            "YearOnYearGrowth",
            "23.2",
            "P1",
            Y2023,
            industry="partner 中亚五国 (no ref)",
        ),
    ],
    "claims": [],
}

# hf07: MOFCOM and 8 other departments, 海外仓 opinion (June 2024)
OPINION = "title:关于拓展跨境电商出口推进海外仓建设的意见"
CHN = "country:CHN"
HF07 = {
    "editor": "李铁民",
    "entities": [
        E("商务部", "Organization", "org:mofcom"),
        E("国务院", "Organization", "org:state-council"),
        E("《关于拓展跨境电商出口推进海外仓建设的意见》", "Legislation", OPINION),
        E("王受文", "Person", "person:王受文@org:mofcom"),
        E("国务院新闻办公室", "Organization", "body:国务院新闻办公室"),
        E("跨境电子商务综合试验区", CBEC, opt=True),
        E("综试区", CBEC, opt=True),
    ],
    "must_not": [
        N("自贸协定", 1, "自贸协定谈判: free-trade agreements in general, not a zone", ZONE_LABELS),
        NA("合作", "国际合作/交流合作: cooperation, not 合作市"),
    ],
    "relations": [
        R(OPINION, LP, "org:mofcom"),
        R("person:王受文@org:mofcom", HOLDS, "post:org:mofcom#国际贸易谈判代表兼副部长"),
        R("body:国务院新闻办公室", SUB, "org:state-council"),
    ],
    "observations": [
        O(CHN, "crossBorderEcommerceTradeValue", "Level", "577600000000", "CNY", Q1_2024),
        O(CHN, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "9.6", "P1", Q1_2024),
        O(CHN, "crossBorderEcommerceExportValue", "Level", "448000000000", "CNY", Q1_2024),
        O(CHN, "crossBorderEcommerceExportValue", "YearOnYearGrowth", "14", "P1", Q1_2024),
        O(CHN, "crossBorderEcommerceTradeValue", "Level", "2380000000000", "CNY", Y2023),
        O(CHN, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "15.6", "P1", Y2023),
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

# hf08: 中老铁路 three years, 昆明海关 and 勐腊海关
KMG = "body:昆明海关"
MLA = "body:勐腊海关"
HF08 = {
    "editor": "杨赋",
    "entities": [
        E("昆明海关", "Organization", KMG),
        E("老挝", "Country", "country:LAO"),
        E("泰国", "Country", "country:THA"),
        E("云南省", "Province", "place:530000"),
        E("西双版纳傣族自治州", "Prefecture", "place:532800"),
        E("勐腊县", "County", "place:532823"),
        E("勐腊海关", "Organization", MLA),
    ],
    "must_not": [],
    "relations": [R(KMG, AREA, "place:530100"), R(MLA, AREA, "place:532823")],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# hf09: 河北 2023 government work report, targets
HB = "place:130000"
HBGOV = "org:gov-130000"
REPORT = "title:政府工作报告"
HF09 = {
    "editor": "刘丽丽",
    "entities": [
        E("河北省", "Province", HB),
        E("河北", "Province", HB),
        E("石家庄", "Prefecture", "place:130100"),
        E("王正谱", "Person", f"person:王正谱@{HBGOV}"),
        E("省政府", "Organization", HBGOV),
        E("政府工作报告", "Legislation", REPORT),
        E("曹妃甸区", "County", "place:130209"),
        E("渤海新区", "PilotZone", opt=True),
        E("廊坊", "Prefecture", "place:131000"),
        E("北京市", "Province", "place:110000"),
        E("北京", "Province", "place:110000"),
        E("通州区", "County", "place:110112"),
        E("雄安新区", "PilotZone", "place:x-xiongan"),
        E("综合保税区", "PilotZone", opt=True),
    ],
    "must_not": [],
    "relations": [
        R(REPORT, LP, HBGOV),
        R(f"person:王正谱@{HBGOV}", HOLDS, f"post:{HBGOV}#省长"),
    ],
    "observations": [
        O(HB, "gdp", "YearOnYearGrowth", "3.8", "P1", Y2022),
        O(HB, "gdp", "YearOnYearGrowth", "6", "P1", Y2023, target=True),
        O(HB, "industrialValueAdded", "YearOnYearGrowth", "5.5", "P1", Y2023, target=True),
        O(HB, "fixedAssetInvestment", "YearOnYearGrowth", "6.5", "P1", Y2023, target=True),
        O(HB, "retailSalesValue", "YearOnYearGrowth", "6", "P1", Y2023, target=True),
        O(HB, "foreignTradeValue", "YearOnYearGrowth", "5", "P1", Y2023, target=True),
    ],
    "optional_observations": [
        O(
            "place:131000",
            "fixedAssetInvestment",
            "YearOnYearGrowth",
            "20",
            "P1",
            Y2022,
            industry="廊坊临空经济区 (a zone, not the city)",
        ),
    ],
    "claims": [],
}

# hf10 (off-topic): 淄博 barbecue
ZB = "place:370300"
HF10 = {
    "editor": "张恒",
    "entities": [
        E("山东", "Province", "place:370000"),
        E("淄博", "Prefecture", ZB),
        E("淄博市", "Prefecture", ZB),
        E("张店区", "County", "place:370303"),
        E("临淄区", "County", "place:370305"),
        E("济南", "Prefecture", "place:370100"),
        E("北京", "Province", "place:110000"),
        E("上海", "Province", "place:310000"),
        E("淄博市文化和旅游局", "Organization", "body:淄博市文化和旅游局"),
        E("博山区", "County", "place:370304"),
        E("周村区", "County", "place:370306"),
        E("江苏", "Province", "place:320000"),
        E("周村", "County", "place:370306", opt=True, occ=[2]),
    ],
    "must_not": [
        NA("大同", "大同小异: an idiom, not 大同市"),
        NA("商城", "周村古商城: an old market street, not 商城县"),
    ],
    "relations": [R("body:淄博市文化和旅游局", AREA, ZB)],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# hf11 (off-topic): 2024 高考
HF11 = {
    "editor": "王蒙",
    "entities": [
        E("国家教育考试指导委员会", "Organization", "body:国家教育考试指导委员会"),
        E("教育部", "Organization", "body:教育部"),
        E("公安", "Organization", opt=True, occ=[1]),
        E("工信", "Organization", opt=True),
        E("市场监管", "Organization", opt=True),
        E("中山大学", "Organization", opt=True),
        E("山东大学", "Organization", opt=True),
        E("工业和信息化部", "Organization", "org:miit"),
        E("公安部", "Organization", "body:公安部"),
    ],
    "must_not": [
        N("中山", 1, "inside 中山大学 (a university, in 广州), not 中山市"),
        N("山东", 1, "inside 山东大学 (a university name)"),
        NA("会同", "会同公安: the verb 会同, not 会同县"),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# hf12 (off-topic): 小米 SU7 launch
HF12 = {
    "editor": "杨赋",
    "entities": [
        E("小米集团", "Organization", opt=True),
        E("北京", "Province", "place:110000"),
        E("雷军", "Person", opt=True),
        E("小米汽车", "Organization", opt=True),
    ],
    "must_not": [],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "hf01": HF01,
    "hf02": HF02,
    "hf03": HF03,
    "hf04": HF04,
    "hf05": HF05,
    "hf06": HF06,
    "hf07": HF07,
    "hf08": HF08,
    "hf09": HF09,
    "hf10": HF10,
    "hf11": HF11,
    "hf12": HF12,
}


def add_containment() -> None:
    """Append the containment relations of SCOPE.md (tests/gold/tools/containment.py)."""
    reference = load_reference()
    parents = {code: p.parent for code, p in reference.places.items() if p.parent}
    for stem in SPECS:
        path = HERE / f"{stem}.json"
        gold = json.loads(path.read_text(encoding="utf-8"))
        wanted = containment(place_codes(gold), parents)
        gold["relations"] = [*gold["relations"], *(r for r in wanted if r not in gold["relations"])]
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_gold(HERE, SPECS, R, in_titles=any)
    add_containment()
