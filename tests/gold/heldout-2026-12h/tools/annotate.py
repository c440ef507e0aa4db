"""Write the gold files of heldout-2026-12h from the annotator's span lists.

Input: articles/hhNN.md (read with kg.ingest.read_article) and the SPECS below, written by
reading each body to GOLD-GUIDELINES.md in format 2 (tests/gold/SCOPE.md).
Output: hhNN.json (one entity per occurrence), then the containment relations of SCOPE.md
from the must-find places (../../tools/containment.py).
It does not: run or read any extractor.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository root

from tests.gold.tools.heldout import NA, E, N, O, R, occurrences, read_body, write_gold  # noqa: E402

HERE = Path(__file__).resolve().parent.parent
ROOT = HERE.parents[2]

Y2019 = "2019-01-01/2019-12-31"
Y2020 = "2020-01-01/2020-12-31"
Y2021 = "2021-01-01/2021-12-31"
Y2022 = "2022-01-01/2022-12-31"
Y2023 = "2023-01-01/2023-12-31"


def body(stem: str) -> str:
    return read_body(HERE / "articles" / f"{stem}.md")  # annotated without the captions


def occ_in(stem: str, text: str, context: str, nth: int = 1) -> int:
    """The occurrence number of ``text`` inside the ``nth`` occurrence of ``context``."""
    b = body(stem)
    start = occurrences(b, context)[nth - 1] + context.index(text)
    return occurrences(b, text).index(start) + 1


def P(text, code, occ=None, opt=False):  # noqa: N802 - a place row
    level = {"0000": "Province"}.get(code[2:], "Prefecture" if code[4:] == "00" else "County")
    return E(text, level, f"place:{code}", opt, occ)


def C(text, alpha3, occ=None):  # noqa: N802 - a country row
    return E(text, "Country", f"country:{alpha3}", False, occ)


def B(text, name=None, occ=None, opt=False):  # noqa: N802 - a body row
    return E(text, "Organization", f"body:{name or text}", opt, occ)


def spec(editor, entities, must_not=(), relations=(), obs=(), opt_obs=(), claims=()):
    return {
        "editor": editor,
        "entities": list(entities),
        "must_not": list(must_not),
        "relations": list(relations),
        "observations": list(obs),
        "optional_observations": list(opt_obs),
        "claims": list(claims),
    }


# ---------------------------------------------------------------- hh01: batch 7
BATCH7 = [
    ("廊坊市", "131000"),
    ("沧州市", "130900"),
    ("运城市", "140800"),
    ("包头市", "150200"),
    ("鞍山市", "210300"),
    ("延吉市", "222401"),
    ("同江市", "230881"),
    ("蚌埠市", "340300"),
    ("南平市", "350700"),
    ("宁德市", "350900"),
    ("萍乡市", "360300"),
    ("新余市", "360500"),
    ("宜春市", "360900"),
    ("吉安市", "360800"),
    ("枣庄市", "370400"),
    ("济宁市", "370800"),
    ("泰安市", "370900"),
    ("德州市", "371400"),
    ("聊城市", "371500"),
    ("滨州市", "371600"),
    ("菏泽市", "371700"),
    ("焦作市", "410800"),
    ("许昌市", "411000"),
    ("衡阳市", "430400"),
    ("株洲市", "430200"),
    ("柳州市", "450200"),
    ("贺州市", "451100"),
    ("宜宾市", "511500"),
    ("达州市", "511700"),
    ("铜仁市", "520600"),
    ("大理白族自治州", "532900"),
    ("拉萨市", "540100"),
    ("伊犁哈萨克自治州", "654000"),
]
PROVINCES = [
    ("河北", "130000"),
    ("山西", "140000"),
    ("内蒙古", "150000"),
    ("辽宁", "210000"),
    ("吉林", "220000"),
    ("黑龙江", "230000"),
    ("安徽", "340000"),
    ("福建", "350000"),
    ("江西", "360000"),
    ("山东", "370000"),
    ("河南", "410000"),
    ("湖南", "430000"),
    ("广西", "450000"),
    ("四川", "510000"),
    ("贵州", "520000"),
    ("云南", "530000"),
    ("西藏", "540000"),
    ("新疆", "650000"),
]
DOC7 = "doc:guohan-2022-126"
TITLE7 = "《国务院关于同意在廊坊等33个城市和地区设立跨境电子商务综合试验区的批复》"
TEMPLATE = "中国（城市或地区名）跨境电子商务综合试验区"
HH01 = spec(
    "王晓",
    [
        E("中国政府网", "Organization", "org:gov-cn", True),
        E(TITLE7, "Legislation", DOC7),
        E("国务院", "Organization", "org:state-council"),
        P("廊坊", "131000", occ=[1]),
        E("跨境电子商务综合试验区", "CrossBorderEcommerceZone", None, True, occ=[1, 2]),
        E("国函〔2022〕126号", "Legislation", DOC7),
        E("批复", "Legislation", DOC7, True, occ=[2, 3]),
        *[P(name, code) for name, code in BATCH7],
        P("萍乡", "360300"),
        P("新余", "360500"),
        P("宜春", "360900"),
        P("吉安", "360800"),
        *[P(name, code) for name, code in PROVINCES],
        E("第七批跨境电商综试区", "Batch", "batch:cbec-7", True),
        P("吉林省", "220000"),
        P("延边朝鲜族自治州", "222400"),
        P("黑龙江省", "230000"),
        P("佳木斯市", "230800"),
        E("商务部", "Organization", "org:mofcom"),
        B("商务部电子商务和信息化司"),
    ],
    [
        N(TEMPLATE, 1, "a name template, not a zone", ["CrossBorderEcommerceZone"]),
        NA("会同", "会同有关部门: a verb, not 会同县"),
    ],
    [
        R(DOC7, "schema:legislationPassedBy", "org:state-council"),
        *[R(DOC7, "kgo:establishes", f"zone:cbec-{code}") for _, code in BATCH7],
        *[R(f"zone:cbec-{code}", "kgo:inBatch", "batch:cbec-7") for _, code in BATCH7],
        R("body:商务部电子商务和信息化司", "org:subOrganizationOf", "org:mofcom"),
    ],
    [
        O("country:CHN", "crossBorderEcommerceTradeValue", "Level", "1980000000000", "CNY", Y2021),
        O("country:CHN", "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "15", "P1", Y2021),
        O(
            "country:CHN",
            "crossBorderEcommerceTradeValue",
            "Level",
            "886700000000",
            "CNY",
            "2022-01-01/2022-06-30",
        ),
        O(
            "country:CHN",
            "crossBorderEcommerceTradeValue",
            "YearOnYearGrowth",
            "28.6",
            "P1",
            "2022-01-01/2022-06-30",
        ),
    ],
    claims=[
        {
            "kind": "kgo:ZonesNationwide",
            "about": "country:CHN",
            "value": 165,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
        {
            "kind": "kgo:ZonesInFirstBatches",
            "about": "country:CHN",
            "value": 132,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
    ],
)

# ---------------------------------------------------------------- hh02: 南京海关, 江苏 2022
JS = "place:320000"
HH02 = spec(
    "郑颖",
    [
        B("南京海关"),
        P("江苏省", "320000"),
        P("江苏", "320000"),
        E("欧盟", "Organization", "org:eu", True),
        E("东盟", "Organization", "org:asean", True),
        C("美国", "USA"),
        C("韩国", "KOR"),
        E("“一带一路”", "Legislation", "doc:bri", True),
        P("苏州", "320500"),
        P("无锡", "320200"),
        P("南京", "320100"),
        P("苏州市", "320500"),
        P("常州市", "320400"),
        P("武进区", "320412"),
        P("泰州市", "321200"),
        P("靖江市", "321282"),
        B("南京海关统计分析处"),
        E("RCEP", "Legislation", "doc:rcep"),
        C("日本", "JPN"),
    ],
    [],
    [
        R("body:南京海关", "schema:areaServed", "place:320100"),
        R("body:南京海关统计分析处", "org:subOrganizationOf", "body:南京海关"),
    ],
    [
        O(JS, "foreignTradeValue", "Level", "5450000000000", "CNY", Y2022),
        O(JS, "foreignTradeValue", "YearOnYearGrowth", "4.8", "P1", Y2022),
        O(JS, "foreignTradeValue", "Share", "12.9", "P1", Y2022),
        O(JS, "exportValue", "Level", "3500000000000", "CNY", Y2022),
        O(JS, "exportValue", "YearOnYearGrowth", "7.5", "P1", Y2022),
        O(JS, "importValue", "Level", "1950000000000", "CNY", Y2022),
        O(JS, "importValue", "YearOnYearGrowth", "0.2", "P1", Y2022),
        O(JS, "foreignTradeValue", "Level", "461320000000", "CNY", "2022-12-01/2022-12-31"),
        O(JS, "foreignTradeValue", "YearOnYearGrowth", "-9.8", "P1", "2022-12-01/2022-12-31"),
        O(JS, "exportValue", "Level", "301560000000", "CNY", "2022-12-01/2022-12-31"),
        O(JS, "exportValue", "YearOnYearGrowth", "-10.9", "P1", "2022-12-01/2022-12-31"),
        O(JS, "importValue", "Level", "159760000000", "CNY", "2022-12-01/2022-12-31"),
        O(JS, "importValue", "YearOnYearGrowth", "-7.6", "P1", "2022-12-01/2022-12-31"),
        O(JS, "foreignTradeValue", "Level", "779730000000", "CNY", Y2022, "org:eu"),
        O(JS, "foreignTradeValue", "Level", "743280000000", "CNY", Y2022, "org:asean"),
        O(JS, "foreignTradeValue", "Level", "737860000000", "CNY", Y2022, "country:USA"),
        O(JS, "foreignTradeValue", "Level", "490740000000", "CNY", Y2022, "country:KOR"),
        O(JS, "foreignTradeValue", "YearOnYearGrowth", "6.2", "P1", Y2022, "org:eu"),
        O(JS, "foreignTradeValue", "YearOnYearGrowth", "10.6", "P1", Y2022, "org:asean"),
        O(JS, "foreignTradeValue", "YearOnYearGrowth", "-1.1", "P1", Y2022, "country:USA"),
        O(JS, "foreignTradeValue", "YearOnYearGrowth", "-0.9", "P1", Y2022, "country:KOR"),
        O(JS, "foreignTradeValue", "Level", "1500000000000", "CNY", Y2022, "doc:bri"),
        O(JS, "foreignTradeValue", "YearOnYearGrowth", "13.3", "P1", Y2022, "doc:bri"),
        O(JS, "foreignTradeValue", "Share", "27.5", "P1", Y2022, "doc:bri"),
        O("place:320500", "foreignTradeValue", "Level", "2570000000000", "CNY", Y2022),
        O("place:320500", "foreignTradeValue", "YearOnYearGrowth", "1.8", "P1", Y2022),
        O("place:320500", "foreignTradeValue", "Share", "47.2", "P1", Y2022),
        O(JS, "foreignTradeValue", "Level", "2220000000000", "CNY", Y2022, industry="民营企业"),
        O(JS, "foreignTradeValue", "YearOnYearGrowth", "12.9", "P1", Y2022, industry="民营企业"),
        O(JS, "foreignTradeValue", "Share", "40.7", "P1", Y2022, industry="民营企业"),
    ],
)

# ---------------------------------------------------------------- hh03: 宜昌综合保税区
DOC_YC = "title:国务院关于同意设立宜昌综合保税区的批复"
ZONE_YC = "zone:bonded-420500"
YC = "place:420500"
HH03 = spec(
    "黄蕾",
    [
        B("湖北省人民政府新闻办公室"),
        E("国务院", "Organization", "org:state-council"),
        E("《国务院关于同意设立宜昌综合保税区的批复》", "Legislation", DOC_YC),
        E("宜昌综合保税区", "PilotZone", ZONE_YC),
        E("批复", "Legislation", DOC_YC, True, occ=[2]),
        E("海关总署", "Organization", "org:gacc"),
        B("湖北省人民政府"),
        P("宜昌市", "420500"),
        P("猇亭区", "420505"),
        B("宜昌市商务局"),
        E("综保区", "PilotZone", ZONE_YC, True),
        P("湖北省", "420000"),
        P("武汉", "420100"),
        P("襄阳", "420600"),
        P("黄石", "420200"),
        P("湖北", "420000"),
        P("宜昌", "420500"),
        E("兴发集团", "Organization", None, True),
    ],
    [NA("会同", "会同有关部门: a verb, not 会同县")],
    [
        R(DOC_YC, "schema:legislationPassedBy", "org:state-council"),
        R(DOC_YC, "kgo:establishes", ZONE_YC),
        R("body:湖北省人民政府新闻办公室", "org:subOrganizationOf", "body:湖北省人民政府"),
        R("body:湖北省人民政府新闻办公室", "schema:areaServed", "place:420000"),
        R("body:湖北省人民政府", "schema:areaServed", "place:420000"),
        R("body:宜昌市商务局", "schema:areaServed", YC),
    ],
    [
        O(YC, "foreignTradeValue", "Level", "22740000000", "CNY", Y2019),
        O(YC, "foreignTradeValue", "YearOnYearGrowth", "17.3", "P1", Y2019),
        O(YC, "exportValue", "Level", "18360000000", "CNY", Y2019),
        O(YC, "exportValue", "YearOnYearGrowth", "14.1", "P1", Y2019),
        O(YC, "foreignTradeValue", "Share", "5.9", "P1", Y2019),
    ],
)

# ---------------------------------------------------------------- hh04: 四川 FTZ five years
SC = "place:510000"
ZONE_SC = "zone:ftz-510000"
DOC_SC = "title:中国（四川）自由贸易试验区总体方案"
HH04 = spec(
    "唐晶",
    [
        E("中国（四川）自由贸易试验区", "FreeTradeZone", ZONE_SC),
        B("四川省人民政府新闻办公室"),
        B("四川省商务厅"),
        E("四川自贸试验区", "FreeTradeZone", ZONE_SC),
        E("成都天府新区片区", "FreeTradeZone", None, True),
        E("成都青白江铁路港片区", "FreeTradeZone", None, True),
        E("川南临港片区", "FreeTradeZone", None, True),
        P("泸州市", "510500"),
        P("成都市", "510100"),
        P("青白江区", "510113"),
        E("铁路港片区", "FreeTradeZone", None, True),
        P("四川", "510000"),
        P("德阳", "510600"),
        P("眉山", "511400"),
        P("宜宾", "511500"),
        E("自贸试验区协同改革先行区", "PilotZone", None, True),
        E("东盟", "Organization", "org:asean", True),
        E("国务院", "Organization", "org:state-council"),
        E("《中国（四川）自由贸易试验区总体方案》", "Legislation", DOC_SC),
        E("“一带一路”", "Legislation", "doc:bri", True),
        E("RCEP", "Legislation", "doc:rcep"),
    ],
    [
        NA("金水", "黄金水道: not 金水区"),
        NA("港口", "港口物流: not 港口区"),
        NA("合作", "经贸合作: not 合作市"),
    ],
    [
        R("body:四川省人民政府新闻办公室", "org:subOrganizationOf", "body:四川省人民政府"),
        R("body:四川省人民政府新闻办公室", "schema:areaServed", SC),
        R("body:四川省商务厅", "schema:areaServed", SC),
        R(DOC_SC, "schema:legislationPassedBy", "org:state-council"),
    ],
    [
        O(SC, "foreignTradeValue", "Level", "951360000000", "CNY", Y2021),
        O(SC, "foreignTradeValue", "YearOnYearGrowth", "17.6", "P1", Y2021),
        O(SC, "foreignTradeValue", "Level", "158010000000", "CNY", Y2021, "org:asean"),
        O(SC, "foreignTradeValue", "YearOnYearGrowth", "21.4", "P1", Y2021, "org:asean"),
    ],
)

# ---------------------------------------------------------------- hh05: MOFCOM, 高峰
GF = "person:高峰@org:mofcom"
DOC_EU = "title:中欧投资协定"
HH05 = spec(
    "刘洋",
    [
        E("商务部", "Organization", "org:mofcom"),
        E("高峰", "Person", GF),
        E("国家统计局", "Organization", "org:nbs"),
        B("商务部电子商务和信息化司"),
        E("中欧投资协定", "Legislation", DOC_EU),
        C("中国", "CHN"),
        E("欧盟", "Organization", "org:eu", True),
        E("《区域全面经济伙伴关系协定》", "Legislation", "doc:rcep"),
    ],
    [
        N(
            "中欧",
            occ_in("hh05", "中欧", "中欧领导人"),
            "中欧领导人: China and the EU, not a place",
            ["Country", "Province"],
        )
    ],
    [
        R(GF, "org:holds", "post:org:mofcom#新闻发言人"),
        R("body:商务部电子商务和信息化司", "org:subOrganizationOf", "org:mofcom"),
    ],
    [
        O("country:CHN", "retailSalesValue", "Level", "39200000000000", "CNY", Y2020),
        O("country:CHN", "retailSalesValue", "YearOnYearGrowth", "-3.9", "P1", Y2020),
        O("country:CHN", "crossBorderEcommerceTradeValue", "Level", "1690000000000", "CNY", Y2020),
        O("country:CHN", "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "31.1", "P1", Y2020),
        O("country:CHN", "crossBorderEcommerceExportValue", "Level", "1120000000000", "CNY", Y2020),
        O(
            "country:CHN",
            "crossBorderEcommerceExportValue",
            "YearOnYearGrowth",
            "40.1",
            "P1",
            Y2020,
        ),
    ],
    [
        O(
            "country:CHN",
            "retailSalesValue",
            "Level",
            "11760000000000",
            "CNY",
            Y2020,
            industry="网上零售额",
        ),
        O(
            "country:CHN",
            "retailSalesValue",
            "YearOnYearGrowth",
            "10.9",
            "P1",
            Y2020,
            industry="网上零售额",
        ),
        O(
            "country:CHN",
            "retailSalesValue",
            "Level",
            "9760000000000",
            "CNY",
            Y2020,
            industry="实物商品网上零售额",
        ),
        O(
            "country:CHN",
            "retailSalesValue",
            "YearOnYearGrowth",
            "14.8",
            "P1",
            Y2020,
            industry="实物商品网上零售额",
        ),
        O(
            "country:CHN",
            "retailSalesValue",
            "Share",
            "24.9",
            "P1",
            Y2020,
            industry="实物商品网上零售额",
        ),
    ],
)

# ---------------------------------------------------------------- hh06: 陕西省统计局 2021
SX = "place:610000"
HH06 = spec(
    "许诺",
    [
        B("陕西省统计局"),
        B("国家统计局陕西调查总队"),
        P("陕西省", "610000"),
        P("陕西", "610000"),
        B("西安海关"),
        P("西安市", "610100"),
        P("榆林市", "610800"),
        B("省统计局", "陕西省统计局"),
        P("延安", "610600"),
        P("汉中", "610700"),
        E("长安汽车", "Organization", None, True),
    ],
    [N("长安", 1, "长安汽车 is a company (长安区 is a district of 西安)")],
    [
        R("body:陕西省统计局", "schema:areaServed", SX),
        R("body:国家统计局陕西调查总队", "org:subOrganizationOf", "org:nbs"),
        R("body:国家统计局陕西调查总队", "schema:areaServed", SX),
        R("body:西安海关", "schema:areaServed", "place:610100"),
    ],
    [
        O(SX, "gdp", "Level", "2980098000000", "CNY", Y2021),
        O(SX, "gdp", "YearOnYearGrowth", "6.5", "P1", Y2021),
        O(SX, "gdp", "TwoYearAverageGrowth", "4.3", "P1", Y2021),
        O(SX, "gdp", "Level", "240939000000", "CNY", Y2021, industry="第一产业"),
        O(SX, "gdp", "YearOnYearGrowth", "6.0", "P1", Y2021, industry="第一产业"),
        O(SX, "gdp", "Level", "1380252000000", "CNY", Y2021, industry="第二产业"),
        O(SX, "gdp", "YearOnYearGrowth", "6.0", "P1", Y2021, industry="第二产业"),
        O(SX, "gdp", "Level", "1358907000000", "CNY", Y2021, industry="第三产业"),
        O(SX, "gdp", "YearOnYearGrowth", "6.9", "P1", Y2021, industry="第三产业"),
        O(
            SX,
            "industrialValueAdded",
            "YearOnYearGrowth",
            "7.6",
            "P1",
            Y2021,
            industry="规模以上工业",
        ),
        O(SX, "retailSalesValue", "Level", "1025051000000", "CNY", Y2021),
        O(SX, "retailSalesValue", "YearOnYearGrowth", "6.7", "P1", Y2021),
        O(SX, "fixedAssetInvestment", "YearOnYearGrowth", "-3.1", "P1", Y2021),
        O(SX, "realEstateInvestment", "YearOnYearGrowth", "1.6", "P1", Y2021),
        O(SX, "foreignTradeValue", "Level", "475776000000", "CNY", Y2021),
        O(SX, "foreignTradeValue", "YearOnYearGrowth", "25.9", "P1", Y2021),
        O(SX, "exportValue", "Level", "259929000000", "CNY", Y2021),
        O(SX, "exportValue", "YearOnYearGrowth", "33.1", "P1", Y2021),
        O(SX, "importValue", "Level", "215847000000", "CNY", Y2021),
        O(SX, "importValue", "YearOnYearGrowth", "18.2", "P1", Y2021),
        O("place:610100", "gdp", "Level", "1068828000000", "CNY", Y2021),
        O("place:610100", "gdp", "YearOnYearGrowth", "4.1", "P1", Y2021),
        O("place:610800", "gdp", "Level", "543518000000", "CNY", Y2021),
        O("place:610800", "gdp", "YearOnYearGrowth", "6.8", "P1", Y2021),
    ],
)

# ---------------------------------------------------------------- hh07: 山东 2023 report
SD = "place:370000"
GOV_SD = "body:山东省人民政府"
ZNX = "person:周乃翔@body:山东省人民政府"
REPORT = "title:政府工作报告"
HH07 = spec(
    "高原",
    [
        E("山东省第十四届人民代表大会第一次会议", "Organization", None, True),
        P("济南", "370100"),
        P("山东省", "370000"),
        E("周乃翔", "Person", ZNX),
        B("省人民政府", "山东省人民政府"),
        E("政府工作报告", "Legislation", REPORT),
        P("山东", "370000"),
        E("中国（山东）自由贸易试验区", "FreeTradeZone", "zone:ftz-370000"),
        E("RCEP高质量实施行动计划", "Legislation", "title:RCEP高质量实施行动计划"),
        P("青岛", "370200"),
        P("烟台", "370600"),
        P("威海", "371000"),
        E("日韩", "Country", None, True),
        E("沿黄生态廊道建设规划", "Legislation", "title:沿黄生态廊道建设规划"),
    ],
    [
        N("黄河", 1, "黄河流域 is a river basin, not a place"),
        NA("合作", "对日韩合作: not 合作市"),
    ],
    [
        R(ZNX, "org:holds", f"post:{GOV_SD}#省长"),
        R(REPORT, "schema:legislationPassedBy", GOV_SD),
        R(GOV_SD, "schema:areaServed", SD),
    ],
    [
        O(SD, "gdp", "Level", "8740000000000", "CNY", Y2022),  # 8.74万亿元 (corrected by the lead)
        O(SD, "gdp", "YearOnYearGrowth", "3.9", "P1", Y2022),
        O(
            SD, "foreignTradeValue", "Level", "3330000000000", "CNY", Y2022
        ),  # 3.33万亿元 (corrected)
        O(SD, "foreignTradeValue", "YearOnYearGrowth", "13.8", "P1", Y2022),
        O(SD, "foreignInvestmentValue", "Level", "22820000000", "USD", Y2022),
        O(SD, "foreignInvestmentValue", "YearOnYearGrowth", "6.9", "P1", Y2022),
        O(SD, "gdp", "YearOnYearGrowth", "5", "P1", Y2023, target=True),
        O(SD, "retailSalesValue", "YearOnYearGrowth", "9", "P1", Y2023, target=True),
        O(SD, "foreignInvestmentValue", "Level", "20000000000", "USD", Y2023, target=True),
    ],
)

# ---------------------------------------------------------------- hh08: 青岛 and RCEP
QD = "place:370200"


def hh08() -> dict:
    beer = occ_in("hh08", "青岛", "青岛啤酒")
    port = [occ_in("hh08", "青岛", "青岛港", n) for n in (1, 2)]
    qd_occ = [
        n
        for n in range(1, len(occurrences(body("hh08"), "青岛")) + 1)
        if n != beer and n not in port
    ]
    return spec(
        "孙倩",
        [
            B("青岛海关"),
            P("青岛市", "370200"),
            E("RCEP", "Legislation", "doc:rcep"),
            P("青岛", "370200", occ=qd_occ),
            C("日本", "JPN"),
            C("韩国", "KOR"),
            E("东盟", "Organization", "org:asean", True),
            B("青岛市商务局"),
            P("胶州市", "370281"),
            E("日韩", "Country", None, True),
            E("青岛啤酒", "Organization", None, True),
            C("澳大利亚", "AUS"),
            E("青岛港", "Organization", None, True),
            E("山东港口", "Organization", None, True),
        ],
        [
            N("青岛", beer, "青岛啤酒: a company (stock link)", ["Prefecture"]),
            N("山东", 1, "山东港口: a company", ["Province"]),
        ],
        [
            R("body:青岛海关", "schema:areaServed", QD),
            R("body:青岛市商务局", "schema:areaServed", QD),
        ],
        [
            O(QD, "foreignTradeValue", "Level", "256960000000", "CNY", Y2022, "doc:rcep"),
            O(QD, "foreignTradeValue", "YearOnYearGrowth", "9.3", "P1", Y2022, "doc:rcep"),
            O(QD, "foreignTradeValue", "Share", "28.7", "P1", Y2022, "doc:rcep"),
            O(QD, "foreignTradeValue", "Level", "895760000000", "CNY", Y2022),
            O(QD, "foreignTradeValue", "YearOnYearGrowth", "4.2", "P1", Y2022),
            O(QD, "foreignTradeValue", "Level", "81230000000", "CNY", Y2022, "country:JPN"),
            O(QD, "foreignTradeValue", "Level", "75840000000", "CNY", Y2022, "country:KOR"),
            O(QD, "foreignTradeValue", "YearOnYearGrowth", "2.1", "P1", Y2022, "country:JPN"),
            O(QD, "foreignTradeValue", "YearOnYearGrowth", "5.6", "P1", Y2022, "country:KOR"),
            O(QD, "foreignTradeValue", "Level", "82050000000", "CNY", Y2022, "org:asean"),
            O(QD, "foreignTradeValue", "YearOnYearGrowth", "18.7", "P1", Y2022, "org:asean"),
        ],
    )


# ---------------------------------------------------------------- hh09: 张家港
ZJG = "place:320582"
GOV_ZJG = "body:张家港市人民政府"
HW = "person:韩卫@body:张家港市人民政府"
HH09 = spec(
    "季红",
    [
        P("苏州市", "320500"),
        P("张家港市", "320582"),
        P("张家港", "320582"),
        B("张家港市统计局"),
        E("韩卫", "Person", HW),
        E("张家港保税区", "PilotZone", "zone:bondedarea-320582"),
        E("全国首批保税区", "Batch", None, True),
        E("“一带一路”", "Legislation", "doc:bri", True),
        E("东盟", "Organization", "org:asean", True),
        P("江苏", "320000"),
        P("江阴", "320281"),
        P("常熟", "320581"),
        E("政府工作报告", "Legislation", REPORT),
        E("沙钢", "Organization", None, True),
        E("永钢", "Organization", None, True),
    ],
    [],
    [
        R("body:张家港市统计局", "schema:areaServed", ZJG),
        R(HW, "org:holds", f"post:{GOV_ZJG}#市长"),
        R(REPORT, "schema:legislationPassedBy", GOV_ZJG),
    ],
    [
        O(ZJG, "foreignTradeValue", "Level", "308350000000", "CNY", Y2022),
        O(ZJG, "foreignTradeValue", "YearOnYearGrowth", "8.1", "P1", Y2022),
        O(ZJG, "foreignTradeValue", "TwoYearAverageGrowth", "12.4", "P1", "2021-01-01/2022-12-31"),
        O(ZJG, "exportValue", "Level", "129870000000", "CNY", Y2022),
        O(ZJG, "exportValue", "YearOnYearGrowth", "11.5", "P1", Y2022),
        O(ZJG, "exportValue", "Share", "42.1", "P1", Y2022),
        O(ZJG, "foreignTradeValue", "Level", "112640000000", "CNY", Y2022, "doc:bri"),
        O(ZJG, "foreignTradeValue", "YearOnYearGrowth", "15.2", "P1", Y2022, "doc:bri"),
        O(ZJG, "foreignTradeValue", "Level", "40380000000", "CNY", Y2022, "org:asean"),
        O(ZJG, "foreignTradeValue", "YearOnYearGrowth", "9.6", "P1", Y2022, "org:asean"),
        O(ZJG, "foreignTradeValue", "YearOnYearGrowth", "3", "P1", Y2023, target=True),
        O(ZJG, "foreignInvestmentValue", "Level", "1000000000", "USD", Y2023, target=True),
    ],
)

# ---------------------------------------------------------------- hh10: off-topic, 哈尔滨
HH10 = spec(
    "李冰",
    [
        B("哈尔滨市文化广电和旅游局"),
        P("哈尔滨", "230100"),
        E("尔滨", "Prefecture", "place:230100", True),
        P("道里区", "230102"),
        P("广西", "450000"),
        P("南宁", "450100"),
        P("黑龙江", "230000"),
    ],
    [
        N("上海", 1, "赶上海鲜: 赶上 + 海鲜"),
        N("长白", 1, "长白山 is a mountain, not 长白县", ["County"]),
    ],
    [R("body:哈尔滨市文化广电和旅游局", "schema:areaServed", "place:230100")],
)

# ---------------------------------------------------------------- hh11: off-topic, 神舟十七号
HH11 = spec(
    "陈星",
    [
        B("中国载人航天工程办公室"),
        E("酒泉卫星发射中心", "Organization", None, True),
        E("汤洪波", "Person", None, True),
        E("唐胜杰", "Person", None, True),
        E("江新林", "Person", None, True),
        P("内蒙古", "150000"),
        P("额济纳旗", "152923"),
        P("甘肃", "620000"),
        E("航天科技集团", "Organization", None, True),
        E("中国", "Country", "country:CHN", True, occ=[occ_in("hh11", "中国", "中国空间站")]),
    ],
    [
        N("北京", 1, "北京时间 is a time zone", ["Province"]),
        N("酒泉", 1, "酒泉卫星发射中心 lies in 内蒙古, not in 酒泉", ["Prefecture"]),
        N("新林", 1, "inside the name 江新林", ["County"]),
        N("新林", 2, "inside the name 江新林", ["County"]),
        N("吉林", 1, "巴丹吉林沙漠 is a desert", ["Province"]),
        NA("东风", "东风着陆场: a landing site, not 东风区"),
    ],
)

# ---------------------------------------------------------------- hh12: off-topic, 海天味业
HH12 = spec(
    "冯梅",
    [
        E("海天味业", "Organization", None, True),
        E("佛山市海天调味食品股份有限公司", "Organization", None, True),
        P("广东省", "440000"),
        P("佛山市", "440600"),
        P("禅城区", "440604"),
        P("广东", "440000"),
        P("高明", "440608"),
        P("江苏", "320000"),
        P("宿迁", "321300"),
        E("千禾味业", "Organization", None, True),
        E("中炬高新", "Organization", None, True),
    ],
    [N("佛山", 1, "inside the company name 佛山市海天调味食品股份有限公司", ["Prefecture"])],
)


def specs() -> dict:
    return {
        "hh01": HH01,
        "hh02": HH02,
        "hh03": HH03,
        "hh04": HH04,
        "hh05": HH05,
        "hh06": HH06,
        "hh07": HH07,
        "hh08": hh08(),
        "hh09": HH09,
        "hh10": HH10,
        "hh11": HH11,
        "hh12": HH12,
    }


def main() -> None:
    """Write the gold files, then their containment relations."""
    write_gold(HERE, specs(), R)
    subprocess.run(
        [sys.executable, str(ROOT / "tests/gold/tools/containment.py"), str(HERE)], check=True
    )


if __name__ == "__main__":
    main()
