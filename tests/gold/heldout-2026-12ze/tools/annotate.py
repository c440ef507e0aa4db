"""Write the gold files of heldout-2026-12ze from the annotator's span lists.

Input: articles/zeNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: zeNN.json (one entity per occurrence; ``"captions": true``; containment relations
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
BATCH = "kgo:inBatch"


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


def claim(kind: str, about: str, value, zone_type: str) -> dict:
    return {"kind": kind, "about": about, "value": value, "zone_type": zone_type}


# ---------------------------------------------------------------- ze01 海关总署 2019 full year
LI = "person:李魁文@org:gacc"
Y19 = Y(2019)
USCN = "title:中美第一阶段经贸协议"
ze01 = {
    "editor": "高远",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("北京", P, "place:110000", True),  # dateline only
        E("于佳欣", PER, "person:于佳欣@reporter", True),
        E("国务院新闻办公室", ORG, "org:scio"),
        E("海关总署", ORG, "org:gacc"),
        E("统计分析司", ORG, "body:海关总署统计分析司", True),  # inside a post title
        E("李魁文", PER, LI),
        E("欧盟", ORG, "org:eu", True),
        E("东盟", ORG, "org:asean", True),
        E("日本", CO, "country:JPN"),
        E("一带一路", L, "doc:bri", True),
        E("江苏", P, "place:320000"),
        E("太仓港", ORG, None, True),  # caption: a port
        E("美国", CO, "country:USA"),
        E("华盛顿", ORG, None, True),  # a foreign city
        E("中美第一阶段经贸协议", L, USCN),
        E("广东", P, "place:440000"),
        E("浙江", P, "place:330000"),
        E("天津港", ORG, None, True),  # stock link
        E("上港集团", ORG, None, True),
    ],
    "must_not": [
        IN("天津港", "天津", "stock link 天津港 (a company)", PLACE),
        NA("中欧", "中欧贸易 (China–EU), not a place", PLACE + COUNTRY),
        NA("港口", "港口股 (port stocks), not 港口区", PLACE),
    ],
    "relations": [
        R(LI, HOLDS, "post:org:gacc#新闻发言人"),
        R(LI, HOLDS, "post:org:gacc#统计分析司司长"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("31.54"), "CNY", Y19),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "3.4", "P1", Y19),
        O(CHN, "exportValue", "Level", wy("17.23"), "CNY", Y19),
        O(CHN, "exportValue", "YearOnYearGrowth", "5", "P1", Y19),
        O(CHN, "importValue", "Level", wy("14.31"), "CNY", Y19),
        O(CHN, "importValue", "YearOnYearGrowth", "1.6", "P1", Y19),
        O(CHN, "foreignTradeValue", "Level", wy("4.86"), "CNY", Y19, "org:eu"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "8", "P1", Y19, "org:eu"),
        O(CHN, "foreignTradeValue", "Share", "15.4", "P1", Y19, "org:eu"),
        O(CHN, "foreignTradeValue", "Level", wy("4.43"), "CNY", Y19, "org:asean"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "14.1", "P1", Y19, "org:asean"),
        O(CHN, "foreignTradeValue", "Share", "14", "P1", Y19, "org:asean"),
        O(CHN, "foreignTradeValue", "Level", wy("3.73"), "CNY", Y19, "country:USA"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "-10.7", "P1", Y19, "country:USA"),
        O(CHN, "foreignTradeValue", "Share", "11.8", "P1", Y19, "country:USA"),
        O(CHN, "foreignTradeValue", "Level", wy("2.17"), "CNY", Y19, "country:JPN"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "0.4", "P1", Y19, "country:JPN"),
        O(CHN, "foreignTradeValue", "Level", wy("9.27"), "CNY", Y19, "doc:bri"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "10.8", "P1", Y19, "doc:bri"),
        O(CHN, "foreignTradeValue", "Share", "29.4", "P1", Y19, "doc:bri"),
        O(CHN, "foreignTradeValue", "Level", wy("13.48"), "CNY", Y19, None, "民营企业"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "11.4", "P1", Y19, None, "民营企业"),
        O(CHN, "foreignTradeValue", "Share", "42.7", "P1", Y19, None, "民营企业"),
    ],
    # 贸易顺差 (a balance, no measure) and 广东、江苏、浙江 合计 半数以上 (a combined bound)
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ze02 负面清单 2021年版
NL = "title:外商投资准入特别管理措施（负面清单）（2021年版）"
FNL = "title:自由贸易试验区外商投资准入特别管理措施（负面清单）（2021年版）"
FIL = "title:中华人民共和国外商投资法"
NDRCF = "body:国家发展和改革委员会外资司"
P11 = "2021-01-01/2021-11-30"
ze02 = {
    "editor": "李晓",
    "entities": [
        E("中新经纬", ORG, None, True),
        E(
            "国家发展改革委",
            ORG,
            "org:ndrc",
            False,
            occ("ze02", "国家发展改革委", "国家发展改革委外资司"),
        ),
        E("商务部", ORG, "org:mofcom"),
        E("《外商投资准入特别管理措施（负面清单）（2021年版）》", L, NL),
        E("《自由贸易试验区外商投资准入特别管理措施（负面清单）（2021年版）》", L, FNL),
        E("自由贸易试验区", FZ, None, True),  # the zone type, inside the title
        E("2021年版全国外资准入负面清单", L, NL),  # a short name with its year
        E("自贸试验区负面清单", L, FNL, False, [1]),  # a short name
        E("自贸试验区负面清单", L, FNL, True, [2]),  # back-reference
        E("自贸试验区", FZ, None, True),  # the zone type
        E("全国版负面清单", L, NL, True),  # back-reference
        E("国家发展改革委外资司", ORG, NDRCF),
        E("中华人民共和国外商投资法", L, FIL),  # a law named without 《》
        E("海南自由贸易港", FZ, "zone:ftz-460000"),
        E(
            "外资准入负面清单",
            L,
            None,
            True,
            occ("ze02", "外资准入负面清单", "全国外资准入负面清单"),
        ),
        E("上海", P, "place:310000"),
        E("浦东新区", C, "place:310115"),
        E("韩国", CO, "country:KOR"),
        E("德国", CO, "country:DEU"),
        E("长安汽车", ORG, None, True),
        E("上汽集团", ORG, None, True),
    ],
    "must_not": [
        IN("长安汽车", "长安", "stock link 长安汽车 (a company), not 长安区", PLACE),
    ],
    "relations": [
        R(NL, PASSED, "org:ndrc"),
        R(NL, PASSED, "org:mofcom"),
        R(FNL, PASSED, "org:ndrc"),
        R(FNL, PASSED, "org:mofcom"),
        R(NDRCF, SUB, "org:ndrc"),
    ],
    "observations": [
        O(CHN, "foreignInvestmentValue", "Level", yi("10422.2"), "CNY", P11),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "15.9", "P1", P11),
        O(CHN, "foreignInvestmentValue", "Level", yi("1572.1"), "USD", P11),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "21.3", "P1", P11),
        O(CHN, "foreignInvestmentValue", "Level", yi("8190.1"), "CNY", P11, None, "服务业"),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "17.2", "P1", P11, None, "服务业"),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "19.9", "P1", P11, None, "高技术产业"),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "19.7", "P1", P11, "country:KOR"),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "29.2", "P1", P11, "country:DEU"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ze03 RCEP signed 2020
ZS = "person:钟山@org:mofcom"
LKQ = "person:李克强@org:state-council"
INTL = "body:商务部国际司"
ze03 = {
    "editor": "林悦",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("北京", P, "place:110000", True, [1]),  # dateline
        E("北京", P, "place:110000", False, [2]),  # caption: where it was signed
        E("于佳欣", PER, "person:于佳欣@reporter", True),
        E("王雨萧", PER, "person:王雨萧@reporter", True),
        E("第四次区域全面经济伙伴关系协定领导人会议", ORG, None, True),  # an event
        E("东盟", ORG, "org:asean", True),
        E("中国", CO, CHN, False, occ("ze03", "中国", "中国政府", "中国—东盟自贸区")),
        E("中国政府", ORG, "org:state-council", True),  # the Chinese government
        E("日本", CO, "country:JPN"),
        E("韩国", CO, "country:KOR"),
        E("澳大利亚", CO, "country:AUS"),
        E("新西兰", CO, "country:NZL"),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("RCEP", L, "doc:rcep"),
        E("国务院", ORG, "org:state-council"),
        E("李克强", PER, LKQ),
        E("商务部", ORG, "org:mofcom", False, occ("ze03", "商务部", "商务部国际司")),
        E("钟山", PER, ZS),
        E("商务部国际司", ORG, INTL),
        E("中国—东盟自贸区", L, "doc:china-asean-fta"),
        E("王晔", PER, "person:王晔@reporter", True),
        E("印度", CO, "country:IND"),
        E("厦门象屿", ORG, None, True),
        E("盐田港", ORG, None, True),
    ],
    "must_not": [
        NA("自由贸易区", "RCEP is an FTA, not a pilot zone", ZONES),
        IN("中国—东盟自贸区", "自贸区", "中国—东盟自贸区 is an FTA, not a pilot zone", ZONES),
        IN("厦门象屿", "厦门", "stock link 厦门象屿 (a company)", PLACE),
        IN("盐田港", "盐田", "stock link 盐田港 (a company), not 盐田区", PLACE),
    ],
    "relations": [
        R(LKQ, HOLDS, "post:org:state-council#总理"),
        R(ZS, HOLDS, "post:org:mofcom#部长"),
        R(INTL, SUB, "org:mofcom"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("1.4"), "USD", Y19, "doc:rcep"),
    ],
    "optional_observations": [
        # 约占我国对外贸易总额的三分之一: an approximate share written as a fraction
        O(CHN, "foreignTradeValue", "Share", "33.3", "P1", Y19, "doc:rcep"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- ze04 上海自贸试验区 ten years
SH = "place:310000"
SHZ = "zone:ftz-310000"
SHP = "doc:guofa-2013-38"
ZM = "person:朱民@org:commerce-310000"
SHIO = "body:上海市人民政府新闻办公室"
Y22 = Y(2022)
ze04 = {
    "editor": "沈佳",
    "entities": [
        E("上海自贸试验区", FZ, SHZ),
        E("上海", P, SH, True, [2]),  # dateline
        E("上海", P, SH, False, [n for n in occ("ze04", "上海") if n != 2]),
        E("中新网", ORG, "org:chinanews", True),
        E("缪璐", PER, "person:缪璐@reporter", True),
        E(SHIO.removeprefix("body:"), ORG, SHIO),
        E("上海市商务委员会", ORG, "org:commerce-310000"),
        E("朱民", PER, ZM),
        E("中国（上海）自由贸易试验区", FZ, SHZ),
        E("自由贸易试验区", FZ, None, True, [2]),  # 第一个自由贸易试验区: the zone type
        E("国务院", ORG, "org:state-council"),
        E("《中国（上海）自由贸易试验区总体方案》", L, SHP),
        E("国发〔2013〕38号", L, SHP),
        E("自贸试验区", FZ, None, True, [2]),  # 我国自贸试验区已扩容至21个: the zone type
        E(
            "上海市",
            P,
            SH,
            False,
            occ("ze04", "上海市", SHIO.removeprefix("body:"), "上海市商务委员会"),
        ),
        E("浦东新区", C, "place:310115"),
        E("中国（上海）自由贸易试验区临港新片区", PZ, None, True),  # an FTZ area
        E("洋山特殊综合保税区", PZ, None, True),  # no IRI rule for this zone
        E("外高桥港区", ORG, None, True),  # caption: a port area
        E("《全面与进步跨太平洋伙伴关系协定》", L, "doc:cptpp"),
        E("CPTPP", L, "doc:cptpp"),
        E("《数字经济伙伴关系协定》", L, "doc:depa"),
        E("DEPA", L, "doc:depa"),
        E("浦东", C, "place:310115", False, occ("ze04", "浦东", "浦东新区", "浦东金桥")),
        E("浦东金桥", ORG, None, True),
        E("外高桥", ORG, None, True, [2]),  # stock link
    ],
    "must_not": [
        IN("浦东金桥", "浦东", "stock link 浦东金桥 (a company)", PLACE),
    ],
    "relations": [
        R(ZM, HOLDS, "post:org:commerce-310000#主任"),
        R(SHIO, SUB, "org:gov-310000"),
        R(SHIO, AREA, SH),
        R(SHP, PASSED, "org:state-council"),
        R(SHP, EST, SHZ),
    ],
    "observations": [
        O(SH, "foreignTradeValue", "Level", yi("41902.7"), "CNY", Y22),
        O(SH, "foreignTradeValue", "YearOnYearGrowth", "3.2", "P1", Y22),
        O("place:310115", "gdp", "Level", yi("16013.4"), "CNY", Y22),
    ],
    "optional_observations": [
        # shares of the municipal totals created by the zone (zone figures are optional)
        O(SHZ, "gdp", "Share", "25", "P1", Y22),
        O(SHZ, "foreignTradeValue", "Share", "40", "P1", Y22),
    ],
    "claims": [
        claim("kgo:FirstZone", SH, 2013, "kgo:FreeTradeZone"),
        claim("kgo:ZonesNationwide", CHN, 21, "kgo:FreeTradeZone"),
    ],
}

# ---------------------------------------------------------------- ze05 国函〔2021〕37号 services pilots
TJ, SHA, HN, CQ, BJ = "place:120000", SH, "place:460000", "place:500000", "place:110000"
GH37 = "doc:guohan-2021-37"
GH37T = "国务院关于同意在天津、上海、海南、重庆开展服务业扩大开放综合试点的批复"
Y20 = Y(2020)
ze05 = {
    "editor": "马骏",
    "entities": [
        E("中国政府网", ORG, "org:gov-cn", True),
        E(GH37T, L, GH37),  # a title without 《》; the places in it are optional
        E("国函〔2021〕37号", L, GH37),
        E("天津市", P, TJ, False, [1]),
        E("上海市", P, SHA, False, [1]),
        E("海南省", P, HN, False, [1]),
        E("重庆市", P, CQ, False, [1, 4]),  # [4]: the caption
        # 天津市、上海市、海南省、重庆市人民政府: the first three are elliptical bodies
        E("天津市", P, TJ, True, [2]),
        E("上海市", P, SHA, True, [2]),
        E("海南省", P, HN, True, [2]),
        E("重庆市人民政府", ORG, "org:gov-500000"),
        E("商务部", ORG, "org:mofcom"),
        E("国务院", ORG, "org:state-council"),  # [1] inside the title: optional
        E("北京市", P, BJ),
        E("北京", P, BJ),
        E("国家服务业扩大开放综合示范区", PZ, None, True),  # no IRI rule
        E("渝中区", C, "place:500103"),
        E("解放碑", ORG, None, True),  # caption: a business district
        E("天津市商务局", ORG, "org:commerce-120000"),
        E("天津", P, TJ),  # inside the title optional, inside longer names dropped
        E("上海", P, SHA),
        E("海南", P, HN),
        E("重庆", P, CQ),
        E("重庆市商务委员会", ORG, "org:commerce-500000"),
        E("成渝地区双城经济圈", ORG, None, True),  # a region
        E("海南自由贸易港", FZ, "zone:ftz-460000"),
        E("重庆水务", ORG, None, True),
        E("华发股份", ORG, None, True),
    ],
    "must_not": [
        IN("重庆水务", "重庆", "stock link 重庆水务 (a company)", PLACE),
        NA("会同", "the verb 会同, not 会同县", PLACE),
    ],
    "relations": [
        R(GH37, PASSED, "org:state-council"),
    ],
    "observations": [
        O(CHN, "serviceTradeValue", "Level", yi("45642.7"), "CNY", Y20),
        O(CHN, "serviceTradeValue", "YearOnYearGrowth", "-15.7", "P1", Y20),
        O(CHN, "serviceTradeValue", "Level", yi("20331.2"), "CNY", Y20, None, "知识密集型服务"),
        O(CHN, "serviceTradeValue", "YearOnYearGrowth", "8.3", "P1", Y20, None, "知识密集型服务"),
        O(CHN, "serviceTradeValue", "Share", "44.5", "P1", Y20, None, "知识密集型服务"),
        O(
            CHN,
            "serviceTradeValue",
            "PercentagePointChange",
            "9.9",
            "P1",
            Y20,
            None,
            "知识密集型服务",
        ),
    ],
    "optional_observations": [],
    "claims": [
        claim("kgo:ZonesNationwide", CHN, 5, "kgo:PilotZone"),
    ],
}

# ---------------------------------------------------------------- ze06 江西 seventh CBEC batch
JX = "place:360000"
GH126 = "doc:guohan-2022-126"
PX, XY, YC, JA = "zone:cbec-360300", "zone:cbec-360500", "zone:cbec-360900", "zone:cbec-360800"
JXO = "body:江西省人民政府办公厅"
P10 = "2022-01-01/2022-10-31"
ze06 = {
    "editor": "胡蓉",
    "entities": [
        E("江西日报", ORG, None, True),
        E("江西省商务厅", ORG, "org:commerce-360000"),
        E("国务院", ORG, "org:state-council"),
        E("《关于同意在廊坊等33个城市和地区设立跨境电子商务综合试验区的批复》", L, GH126),
        E("廊坊", PF, "place:131000", True),  # only inside the title
        E("国函〔2022〕126号", L, GH126),
        E("萍乡市", PF, "place:360300"),
        E("新余市", PF, "place:360500"),
        E("宜春市", PF, "place:360900"),
        E("吉安市", PF, "place:360800"),
        E("第七批", "Batch", "batch:cbec-7", True),
        E("跨境电子商务综合试验区", CB, None, True, [2]),  # the zone type
        E("跨境电商综试区", CB, None, True),  # the zone type
        E("江西", P, JX, False, occ("ze06", "江西", "江西日报", "江西省")),
        E("综试区", CB, None, True, occ("ze06", "综试区", "跨境电商综试区")),
        E("南昌", PF, "place:360100", False, occ("ze06", "南昌", "南昌海关")),
        E("赣州", PF, "place:360700"),
        E("九江", PF, "place:360400"),
        E("景德镇", PF, "place:360200"),
        E("上饶", PF, "place:361100"),
        E("南昌海关", ORG, "body:南昌海关"),
        E("中国（萍乡）跨境电子商务综合试验区", CB, PX),
        E("湘东区", C, "place:360313"),
        E("中国（新余）跨境电子商务综合试验区", CB, XY),
        E("中国（宜春）跨境电子商务综合试验区", CB, YC),
        E("樟树市", C, "place:360982"),
        E("中国（吉安）跨境电子商务综合试验区", CB, JA),
        E("吉安县", C, "place:360821"),
        E(JXO.removeprefix("body:"), ORG, JXO),
        E("江铃汽车", ORG, None, True),
        E("中文传媒", ORG, None, True),
    ],
    "must_not": [
        IN("江西日报", "江西", "newspaper 江西日报", PLACE),
        IN("吉安县", "吉安", "吉安县 (a county), not 吉安市", [PF]),
        NA("市中", "设区市中 (among the cities), not 市中区", PLACE),
    ],
    "relations": [
        R(GH126, PASSED, "org:state-council"),
        R(GH126, EST, PX),
        R(GH126, EST, XY),
        R(GH126, EST, YC),
        R(GH126, EST, JA),
        R(PX, BATCH, "batch:cbec-7"),
        R(XY, BATCH, "batch:cbec-7"),
        R(YC, BATCH, "batch:cbec-7"),
        R(JA, BATCH, "batch:cbec-7"),
        R("body:南昌海关", AREA, "place:360100"),
        R(JXO, SUB, "org:gov-360000"),
        R(JXO, AREA, JX),
    ],
    "observations": [
        O(JX, "crossBorderEcommerceTradeValue", "Level", yi("186.4"), "CNY", P10),
        O(JX, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "23.5", "P1", P10),
        O(JX, "crossBorderEcommerceExportValue", "Level", yi("152.7"), "CNY", P10),
        O(JX, "crossBorderEcommerceExportValue", "YearOnYearGrowth", "26.1", "P1", P10),
        O(JX, "crossBorderEcommerceTradeValue", "Level", yi("500"), "CNY", Y(2025), target=True),
    ],
    "optional_observations": [],
    "claims": [
        claim("kgo:ZonesNationwide", CHN, 165, "kgo:CrossBorderEcommerceZone"),
        claim("kgo:ZonesInPlace", JX, 9, "kgo:CrossBorderEcommerceZone"),
    ],
}

# ---------------------------------------------------------------- ze07 天津 2020 statistics
TJS = "body:天津市统计局"
TJD = "body:国家统计局天津调查总队"
TJC = "body:天津海关"
DEC20 = "2020-12-01/2020-12-31"
ze07 = {
    "editor": "赵宁",
    "entities": [
        E("天津日报", ORG, None, True),
        E("天津市统计局", ORG, TJS),
        E("国家统计局天津调查总队", ORG, TJD),
        E("国家统计局", ORG, "org:nbs", False, occ("ze07", "国家统计局", "国家统计局天津调查总队")),
        E("天津市", P, TJ, False, occ("ze07", "天津市", "天津市统计局")),
        E("天津海关", ORG, TJC),
        E("和平区", C, "place:120101"),
        E("海河", ORG, None, True),  # caption: a river
        E("滨海新区", C, "place:120116"),
        E("武清区", C, "place:120114"),
        E("西青区", C, "place:120111"),
        E("河北区", C, "place:120105"),
        E("南开区", C, "place:120104"),
        E("南开大学", ORG, None, True),
        E("京津冀", ORG, None, True),  # a region
        E("北京", P, BJ),
        E(
            "天津",
            P,
            TJ,
            False,
            occ("ze07", "天津", "天津日报", "天津市", "天津调查总队", "天津海关", "天津港"),
        ),
        E("天津港", ORG, None, True),
        E("津滨发展", ORG, None, True),
    ],
    "must_not": [
        IN("天津日报", "天津", "newspaper 天津日报", PLACE),
        IN("天津港", "天津", "stock link 天津港 (a company)", PLACE),
        IN("南开大学", "南开", "南开大学 (a university), not 南开区", PLACE),
        IN("河北区", "河北", "河北区 is a district of 天津, not 河北省", [P]),
        NA("城区", "中心城区 (central districts), not 城区", PLACE),
    ],
    "relations": [
        R(TJS, AREA, TJ),
        R(TJD, SUB, "org:nbs"),
        R(TJD, AREA, TJ),
        R(TJC, AREA, TJ),
    ],
    "observations": [
        O(TJ, "gdp", "Level", yi("14083.73"), "CNY", Y20),
        O(TJ, "gdp", "YearOnYearGrowth", "1.5", "P1", Y20),
        O(TJ, "gdp", "Level", yi("210.18"), "CNY", Y20, None, "第一产业"),
        O(TJ, "gdp", "YearOnYearGrowth", "-0.6", "P1", Y20, None, "第一产业"),
        O(TJ, "gdp", "Level", yi("4804.08"), "CNY", Y20, None, "第二产业"),
        O(TJ, "gdp", "YearOnYearGrowth", "1.6", "P1", Y20, None, "第二产业"),
        O(TJ, "gdp", "Level", yi("9069.47"), "CNY", Y20, None, "第三产业"),
        O(TJ, "gdp", "YearOnYearGrowth", "1.4", "P1", Y20, None, "第三产业"),
        O(TJ, "gdp", "Share", "64.4", "P1", Y20, None, "第三产业"),
        O(TJ, "industrialValueAdded", "YearOnYearGrowth", "1.6", "P1", Y20, None, "规模以上工业"),
        O(TJ, "industrialValueAdded", "YearOnYearGrowth", "7.0", "P1", DEC20, None, "规模以上工业"),
        O(TJ, "fixedAssetInvestment", "YearOnYearGrowth", "3.0", "P1", Y20),
        O(TJ, "retailSalesValue", "Level", yi("3582.87"), "CNY", Y20),
        O(TJ, "retailSalesValue", "YearOnYearGrowth", "-15.1", "P1", Y20),
        O(TJ, "foreignTradeValue", "Level", yi("7340.66"), "CNY", Y20),
        O(TJ, "foreignTradeValue", "YearOnYearGrowth", "2.3", "P1", Y20),
        O(TJ, "exportValue", "Level", yi("3034.20"), "CNY", Y20),
        O(TJ, "exportValue", "YearOnYearGrowth", "0.9", "P1", Y20),
        O("place:120116", "gdp", "YearOnYearGrowth", "2.5", "P1", Y20),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ze08 北京 “两区” two years
BJZ = "zone:ftz-110000"
BJIO = "body:北京市人民政府新闻办公室"
GF10 = "doc:guofa-2020-10"
P7 = "2022-01-01/2022-07-31"
Y21 = Y(2021)
AIR = "北京大兴国际机场临空经济区"
ze08 = {
    "editor": "韩雪",
    "entities": [
        E(
            "北京",
            P,
            BJ,
            False,
            occ("ze08", "北京", "北京日报", "北京市", AIR, "北京自贸试验区总体方案"),
        ),
        E("北京日报", ORG, None, True),
        E(BJIO.removeprefix("body:"), ORG, BJIO),
        E("国家服务业扩大开放综合示范区", PZ, None, True),  # no IRI rule
        E("中国（北京）自由贸易试验区", FZ, BJZ),
        E("北京市商务局", ORG, "org:commerce-110000"),
        E("国务院", ORG, "org:state-council"),
        E("北京自贸试验区总体方案", L, GF10),  # a plan named without 《》 (国发〔2020〕10号)
        E(
            "北京自贸试验区",
            FZ,
            BJZ,
            False,
            occ("ze08", "北京自贸试验区", "北京自贸试验区总体方案"),
        ),
        E(
            "北京市",
            P,
            BJ,
            False,
            occ("ze08", "北京市", BJIO.removeprefix("body:"), "北京市商务局"),
        ),
        E("海淀区", C, "place:110108"),
        E("朝阳区", C, "place:110105"),
        E("大兴区", C, "place:110115"),
        E("顺义区", C, "place:110113"),
        E("通州区", C, "place:110112"),
        E(AIR, ORG, None, True),  # an airport economic zone
        E("CBD", ORG, None, True),  # caption: a business district
        E("《数字经济伙伴关系协定》", L, "doc:depa"),
        E("DEPA", L, "doc:depa"),
        E("天津", P, TJ),
        E("河北", P, "place:130000"),
        E("自贸试验区", FZ, None, True, occ("ze08", "自贸试验区", "北京自贸试验区")),  # type
        E("中国中免", ORG, None, True),
        E("中关村", ORG, None, True),
    ],
    "must_not": [
        IN("北京日报", "北京", "newspaper 北京日报", PLACE),
        IN(AIR, "北京", "airport name", PLACE),
        IN(AIR, "大兴", "airport name", PLACE),
        IN("中国中免", "中国", "stock link 中国中免 (a company)", COUNTRY),
    ],
    "relations": [
        R(BJIO, SUB, "org:gov-110000"),
        R(BJIO, AREA, BJ),
        R(GF10, PASSED, "org:state-council"),
        R(GF10, EST, BJZ),
    ],
    "observations": [
        O(BJ, "foreignInvestmentValue", "Level", yi("155.6"), "USD", Y21),
        O(BJ, "foreignInvestmentValue", "YearOnYearGrowth", "10.6", "P1", Y21),
        O(BJ, "foreignInvestmentValue", "Level", yi("103.2"), "USD", P7),
        O(BJ, "foreignInvestmentValue", "YearOnYearGrowth", "13.1", "P1", P7),
    ],
    "optional_observations": [
        # 服务业 … 占全市的比重超过95%: a lower bound
        O(BJ, "foreignInvestmentValue", "Share", "95", "P1", Y21, None, "服务业"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- ze09 重庆自贸试验区 five years
CQZ = "zone:ftz-500000"
CQIO = "body:重庆市人民政府新闻办公室"
GF19 = "doc:guofa-2017-19"
XYB = "zone:bonded-x-chongqing-xiyong"
ze09 = {
    "editor": "刘畅",
    "entities": [
        E("重庆日报", ORG, None, True),
        E(CQIO.removeprefix("body:"), ORG, CQIO),
        E("中国（重庆）自由贸易试验区", FZ, CQZ),
        E("国务院", ORG, "org:state-council"),
        E("《中国（重庆）自由贸易试验区总体方案》", L, GF19),
        E("国发〔2017〕19号", L, GF19),
        E("重庆自贸试验区", FZ, CQZ),
        E("两江片区", PZ, None, True),  # FTZ areas
        E("西永片区", PZ, None, True),
        E("果园港片区", PZ, None, True),
        E("重庆市商务委员会", ORG, "org:commerce-500000"),
        E(
            "重庆市",
            P,
            CQ,
            False,
            occ("ze09", "重庆市", CQIO.removeprefix("body:"), "重庆市商务委员会"),
        ),
        E("辽宁", P, "place:210000"),
        E("浙江", P, "place:330000"),
        E("河南", P, "place:410000"),
        E("湖北", P, "place:420000"),
        E("四川", P, "place:510000"),
        E("陕西", P, "place:610000"),
        E("自贸试验区", FZ, None, True, occ("ze09", "自贸试验区", "重庆自贸试验区")),  # type
        E(
            "重庆",
            P,
            CQ,
            False,
            occ("ze09", "重庆", "重庆日报", "重庆市", "重庆自贸试验区", "重庆啤酒"),
        ),
        E("川渝自由贸易试验区协同开放示范区", PZ, None, True),  # no IRI rule
        E("两江新区", C, "place:500157", True),  # a state new area in 2022, a district since 2025
        E("成都天府新区", PZ, None, True),  # a state new area
        E("沙坪坝区", C, "place:500106"),
        E("西永综合保税区", PZ, XYB),
        E("九龙坡区", C, "place:500107"),
        E("西部物流园", ORG, None, True),
        E("西部陆海新通道", ORG, None, True),  # a corridor programme
        E("新加坡", CO, "country:SGP"),
        E("东盟", ORG, "org:asean", True),
        E("重庆啤酒", ORG, None, True),
        E("赛力斯", ORG, None, True),
    ],
    "must_not": [
        IN("重庆日报", "重庆", "newspaper 重庆日报", PLACE),
        IN("重庆啤酒", "重庆", "stock link 重庆啤酒 (a company)", PLACE),
    ],
    "relations": [
        R(CQIO, SUB, "org:gov-500000"),
        R(CQIO, AREA, CQ),
        R(GF19, PASSED, "org:state-council"),
        R(GF19, EST, CQZ),
    ],
    "observations": [
        O(CQ, "foreignInvestmentValue", "Level", yi("22.3"), "USD", Y21),
        O(CQ, "foreignInvestmentValue", "YearOnYearGrowth", "5.8", "P1", Y21),
    ],
    "optional_observations": [
        # 全市外贸进出口总值突破8000亿元: a lower bound
        O(CQ, "foreignTradeValue", "Level", yi("8000"), "CNY", Y21),
        # 近四分之一: the zone's approximate share of the city's trade (zone figure)
        O(CQZ, "foreignTradeValue", "Share", "25", "P1"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- ze10 北京环球度假区 (off-topic)
RES = "北京环球度假区"
SHOUHUAN = "北京首寰文化旅游投资有限公司"
TZB = "body:北京市公安局通州分局"
ze10 = {
    "editor": "杨帆",
    "entities": [
        E("中新网", ORG, "org:chinanews", True),
        E("北京", P, BJ, True, [1]),  # dateline
        E("杜燕", PER, "person:杜燕@reporter", True),
        E("北京市", P, BJ, False, [1]),
        E("通州区", C, "place:110112", False, [1]),
        E(RES, ORG, None, True),
        E("日本", CO, "country:JPN"),
        E("大阪", ORG, None, True),  # a foreign city
        E("美国", CO, "country:USA"),
        E("奥兰多", ORG, None, True),  # a foreign city
        E("环球影城主题公园", ORG, None, True, [1]),
        E(SHOUHUAN, ORG, None, True),
        E("康卡斯特NBC环球集团", ORG, None, True),
        E("环球主题公园及度假区集团", ORG, None, True),
        E("北京市文化和旅游局", ORG, "body:北京市文化和旅游局"),
        E("北京市公安局通州分局", ORG, TZB),
        E("中新社", ORG, "org:chinanews", True),
        E("富田", PER, "person:富田@reporter", True),
        E("北京环球影城主题公园", ORG, None, True),
        E("天津", P, TJ),
        E("河北", P, "place:130000"),
        E("上海迪士尼乐园", ORG, None, True),
        E("北京城市副中心", ORG, None, True),  # a planning area of 北京
        E("中青旅", ORG, None, True),
        E("丽江股份", ORG, None, True),
    ],
    "must_not": [
        IN(RES, "北京", "resort name", PLACE),
        IN(SHOUHUAN, "北京", "company name", PLACE),
        IN("北京环球影城主题公园", "北京", "theme park name", PLACE),
        IN("上海迪士尼乐园", "上海", "theme park name", PLACE),
        IN("丽江股份", "丽江", "stock link 丽江股份 (a company)", PLACE),
    ],
    "relations": [
        R("body:北京市文化和旅游局", AREA, BJ),
        R(TZB, AREA, "place:110112"),
        R(TZB, SUB, "body:北京市公安局"),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ze11 嫦娥五号 returns (off-topic)
CNSA = "body:国家航天局"
ze11 = {
    "editor": "周航",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("北京", P, BJ, True, [1]),  # dateline
        E("胡喆", PER, "person:胡喆@reporter", True),
        E("内蒙古", P, "place:150000"),
        E("四子王旗", C, "place:150929"),
        E("国家航天局", ORG, CNSA),
        E("中国", CO, CHN, False, occ("ze11", "中国", "中国卫星")),
        E("海南", P, "place:460000"),
        E("文昌航天发射场", ORG, None, True),
        E("北京航天飞行控制中心", ORG, None, True),
        E("内蒙古自治区", P, "place:150000"),
        E("乌兰察布市", PF, "place:150900"),
        E("连振", PER, "person:连振@reporter", True),
        E("北京", P, BJ, False, occ("ze11", "北京", "北京航天飞行控制中心")[1:]),
        E("中国卫星", ORG, None, True),
        E("航天电子", ORG, None, True),
    ],
    "must_not": [
        IN("文昌航天发射场", "文昌", "launch site name", PLACE),
        IN("北京航天飞行控制中心", "北京", "control centre name", PLACE),
        IN("中国卫星", "中国", "stock link 中国卫星 (a company)", COUNTRY),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- ze12 长安汽车 2023 sales (off-topic)
CAC = "重庆长安汽车股份有限公司"
ze12 = {
    "editor": "许诺",
    "entities": [
        E("长安汽车", ORG, None, True, occ("ze12", "长安汽车", CAC)),
        E(CAC, ORG, None, True),
        E("重庆市", P, CQ),
        E("江北区", C, "place:500105"),  # 重庆's 江北区 in Jan 2024 (abolished 2025)
        E("合肥", PF, "place:340100"),
        E("南京", PF, "place:320100"),
        E("泰国", CO, "country:THA"),
        E("罗勇府", ORG, None, True),  # a foreign province
        E("长安汽车重庆两江工厂", ORG, None, True),  # caption: a plant
        E("中国汽车工业协会", ORG, None, True),
        E("工业和信息化部", ORG, "org:miit"),
        E("上汽集团", ORG, None, True),
        E("比亚迪", ORG, None, True),
    ],
    "must_not": [
        IN("长安汽车", "长安", "company name 长安汽车, not 长安区", PLACE),
        IN(CAC, "重庆", "company name", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "ze01": ze01,
    "ze02": ze02,
    "ze03": ze03,
    "ze04": ze04,
    "ze05": ze05,
    "ze06": ze06,
    "ze07": ze07,
    "ze08": ze08,
    "ze09": ze09,
    "ze10": ze10,
    "ze11": ze11,
    "ze12": ze12,
}


def main() -> None:
    """Write zeNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
        spec["must_not"] = resolve_in(body, spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
