"""Write the gold files of heldout-2026-12v from the annotator's span lists.

Input: articles/hvNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: hvNN.json (one entity per occurrence; ``"captions": true``; containment relations
from the must-find places with ../../tools/containment.py; areaServed of reference-table
bodies with ../../tools/table_bodies.py; the rest of the relations as listed here).
It does not: run or read any extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository root

from tests.gold.tools.heldout import NA, E, N, O, R, read_body  # noqa: E402
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
ZONES = [CB, FZ, PZ]
PERSON = "Person"

# ---------------------------------------------------------------- hv01 天津 2021 trade
TJ = "place:120000"
T21, D21 = Y(2021), "2021-12-01/2021-12-31"
hv01 = {
    "editor": "王蕊",
    "entities": [
        E("天津", P, TJ, False, [1, 4, 5]),
        E("天津海关", ORG, "body:天津海关"),
        E("天津市", P, TJ),
        E("欧盟", ORG, "org:eu", True),
        E("东盟", ORG, "org:asean", True),
        E("日本", CO, "country:JPN"),
        E("韩国", CO, "country:KOR"),
        E("美国", CO, "country:USA"),
        E("滨海新区", C, "place:120116"),
        E("东疆保税港区", PZ, None, True),  # a 保税港区: ONTOLOGY gives no kind prefix
        E("天津海关统计分析处", ORG, "body:天津海关统计分析处"),
        E("中国（天津）自由贸易试验区", FZ, "zone:ftz-120000"),
        E("中国（天津）跨境电子商务综合试验区", CB, "zone:cbec-120000"),
        E("天津港", ORG, None, True),  # [1] stock link (company), [2] caption: the port
        E("中远海控", ORG, None, True),
        E("天津日报", ORG, None, True),
    ],
    "must_not": [
        IN("天津港、中远", "天津", "stock link 天津港 (a company)", PLACE),
        IN("天津日报", "天津", "newspaper name 天津日报", PLACE),
        N("天津日报", 1, "a newspaper, not a policy document", [L]),
    ],
    "relations": [
        R("body:天津海关", AREA, TJ),
        R("body:天津海关统计分析处", SUB, "body:天津海关"),
    ],
    "observations": [
        O(TJ, "foreignTradeValue", "Level", yi("8567.4"), "CNY", T21),
        O(TJ, "foreignTradeValue", "YearOnYearGrowth", "16.3", "P1", T21),
        O(TJ, "exportValue", "Level", yi("3875.6"), "CNY", T21),
        O(TJ, "exportValue", "YearOnYearGrowth", "26.1", "P1", T21),
        O(TJ, "importValue", "Level", yi("4691.8"), "CNY", T21),
        O(TJ, "importValue", "YearOnYearGrowth", "9.3", "P1", T21),
        O(TJ, "foreignTradeValue", "Level", yi("791.2"), "CNY", D21),
        O(TJ, "foreignTradeValue", "YearOnYearGrowth", "8.7", "P1", D21),
        O(TJ, "foreignTradeValue", "Level", yi("1408.6"), "CNY", T21, "org:eu"),
        O(TJ, "foreignTradeValue", "YearOnYearGrowth", "12.9", "P1", T21, "org:eu"),
        O(TJ, "foreignTradeValue", "Share", "16.4", "P1", T21, "org:eu"),
        O(TJ, "foreignTradeValue", "Level", yi("1122.3"), "CNY", T21, "org:asean"),
        O(TJ, "foreignTradeValue", "Level", yi("1019.5"), "CNY", T21, "country:JPN"),
        O(TJ, "foreignTradeValue", "Level", yi("833.7"), "CNY", T21, "country:KOR"),
        O(TJ, "foreignTradeValue", "YearOnYearGrowth", "18.2", "P1", T21, "org:asean"),
        O(TJ, "foreignTradeValue", "YearOnYearGrowth", "6.1", "P1", T21, "country:JPN"),
        O(TJ, "foreignTradeValue", "YearOnYearGrowth", "15.5", "P1", T21, "country:KOR"),
        O(TJ, "foreignTradeValue", "Level", yi("789.4"), "CNY", T21, "country:USA"),
        O(TJ, "foreignTradeValue", "YearOnYearGrowth", "21.3", "P1", T21, "country:USA"),
        O("place:120116", "foreignTradeValue", "Level", yi("5976.5"), "CNY", T21),
        O("place:120116", "foreignTradeValue", "YearOnYearGrowth", "15.8", "P1", T21),
        O("place:120116", "foreignTradeValue", "Share", "69.8", "P1", T21),
        O(TJ, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "52.1", "P1", T21),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hv02 云南 Q1–3 2022 trade
YN = "place:530000"
Q22 = "2022-01-01/2022-09-30"
hv02 = {
    "editor": "李佳",
    "entities": [
        E("云南", P, YN),
        E("新华社", ORG, None, True),
        E("昆明", PF, "place:530100", True, [1]),  # dateline
        E("昆明", PF, "place:530100", False, [5]),  # caption: 昆明 王家营西站
        E("王家营西站", ORG, None, True),
        E("岳冉冉", PERSON, "person:岳冉冉@reporter", True),
        E("江文耀", PERSON, "person:江文耀@reporter", True),
        E("昆明海关", ORG, "body:昆明海关"),
        E("云南省", P, YN),
        E("东盟", ORG, "org:asean", True),
        E("缅甸", CO, "country:MMR"),
        E("越南", CO, "country:VNM"),
        E("老挝", CO, "country:LAO"),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("RCEP", L, "doc:rcep"),
        E("中国—东盟自贸区", L, "doc:china-asean-fta"),
        E("中老铁路", ORG, None, True),
        E("昆明市", PF, "place:530100"),
        E("德宏州", PF, "place:533100"),
        E("红河州", PF, "place:532500"),
        E("瑞丽市", C, "place:533102"),
        E("河口瑶族自治县", C, "place:532532"),
        E("中国（云南）自由贸易试验区", FZ, "zone:ftz-530000"),
        E("云煤能源", ORG, None, True),
        E("云南白药", ORG, None, True),
    ],
    "must_not": [
        N("自贸区", 1, "中国—东盟自贸区 is an FTA, not a pilot zone", ZONES),
        IN("云南白药", "云南", "stock link 云南白药 (a company)", PLACE),
    ],
    "relations": [R("body:昆明海关", AREA, "place:530100")],
    "observations": [
        O(YN, "foreignTradeValue", "Level", yi("2477.8"), "CNY", Q22),
        O(YN, "foreignTradeValue", "YearOnYearGrowth", "11.2", "P1", Q22),
        O(YN, "exportValue", "Level", yi("1176.5"), "CNY", Q22),
        O(YN, "exportValue", "YearOnYearGrowth", "28.9", "P1", Q22),
        O(YN, "importValue", "Level", yi("1301.3"), "CNY", Q22),
        O(YN, "foreignTradeValue", "Level", yi("1066.9"), "CNY", Q22, "org:asean"),
        O(YN, "foreignTradeValue", "YearOnYearGrowth", "25.3", "P1", Q22, "org:asean"),
        O(YN, "foreignTradeValue", "Share", "43.1", "P1", Q22, "org:asean"),
        O(YN, "foreignTradeValue", "Level", yi("371.4"), "CNY", Q22, "country:MMR"),
        O(YN, "foreignTradeValue", "Level", yi("335.2"), "CNY", Q22, "country:VNM"),
        O(YN, "foreignTradeValue", "Level", yi("156.8"), "CNY", Q22, "country:LAO"),
        O(YN, "foreignTradeValue", "YearOnYearGrowth", "61.5", "P1", Q22, "country:LAO"),
        O("place:530100", "foreignTradeValue", "Level", yi("1118.6"), "CNY", Q22),
        O("place:530100", "foreignTradeValue", "YearOnYearGrowth", "9.8", "P1", Q22),
        O("place:530100", "foreignTradeValue", "Share", "45.1", "P1", Q22),
        O("place:533100", "foreignTradeValue", "Level", yi("295.3"), "CNY", Q22),
        O("place:532500", "foreignTradeValue", "Level", yi("281.7"), "CNY", Q22),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hv03 services trade H1 2022
H22, J22 = "2022-01-01/2022-06-30", "2022-06-01/2022-06-30"
SV = "body:商务部服务贸易和商贸服务业司"
PLAN = "title:“十四五”服务贸易发展规划"
KIS = "知识密集型服务"
hv03 = {
    "editor": "郭明",
    "entities": [
        E("中新经纬", ORG, None, True),
        E("商务部", ORG, "org:mofcom"),
        E("商务部服务贸易和商贸服务业司", ORG, SV),
        E("束珏婷", PERSON, "person:束珏婷@org:mofcom"),
        E("全面深化服务贸易创新发展试点", L, None, True),  # a pilot programme
        E("《“十四五”服务贸易发展规划》", L, PLAN),
        E("北京", P, "place:110000"),  # caption
        E("首钢园", ORG, None, True),
        E("中国国际服务贸易交易会", ORG, None, True),  # event
    ],
    "must_not": [
        NA("会同", "the verb 会同 (会同县)", PLACE),
        NA("合作", "the noun 合作 (合作市)", PLACE),
    ],
    "relations": [
        R(SV, SUB, "org:mofcom"),
        R("person:束珏婷@org:mofcom", HOLDS, "post:org:mofcom#新闻发言人"),
        R(PLAN, PASSED, "org:mofcom"),
    ],
    "observations": [
        O(CHN, "serviceTradeValue", "Level", yi("29597.6"), "CNY", H22),
        O(CHN, "serviceTradeValue", "YearOnYearGrowth", "21.6", "P1", H22),
        O(CHN, "serviceTradeValue", "Level", yi("5339.5"), "CNY", J22),
        O(CHN, "serviceTradeValue", "YearOnYearGrowth", "21.2", "P1", J22),
        O(CHN, "serviceTradeValue", "Level", yi("12240.3"), "CNY", H22, None, KIS),
        O(CHN, "serviceTradeValue", "YearOnYearGrowth", "9.7", "P1", H22, None, KIS),
        O(CHN, "serviceTradeValue", "Share", "41.4", "P1", H22, None, KIS),
        O(CHN, "serviceTradeValue", "Level", yi("3970.1"), "CNY", H22, None, "旅行服务"),
        O(CHN, "serviceTradeValue", "YearOnYearGrowth", "3.4", "P1", H22, None, "旅行服务"),
        O(CHN, "serviceTradeValue", "Level", str(10**12), "USD", Y(2025), target=True),
    ],
    # services exports/imports: no measure of their own in SCOPE (serviceTradeValue is the
    # total); the figure without travel is derived
    "optional_observations": [
        O(CHN, "serviceTradeValue", "Level", yi("14205.7"), "CNY", H22, None, "服务出口"),
        O(CHN, "serviceTradeValue", "YearOnYearGrowth", "26.2", "P1", H22, None, "服务出口"),
        O(CHN, "serviceTradeValue", "Level", yi("15391.9"), "CNY", H22, None, "服务进口"),
        O(CHN, "serviceTradeValue", "YearOnYearGrowth", "17.5", "P1", H22, None, "服务进口"),
        O(CHN, "serviceTradeValue", "Level", yi("6958.0"), "CNY", H22, None, KIS + "出口"),
        O(CHN, "serviceTradeValue", "YearOnYearGrowth", "12.5", "P1", H22, None, KIS + "出口"),
        O(CHN, "serviceTradeValue", "YearOnYearGrowth", "24.8", "P1", H22, None, "剔除旅行服务"),
        O(CHN, "exportValue", "Level", yi("14205.7"), "CNY", H22, None, "服务出口"),
        O(CHN, "importValue", "Level", yi("15391.9"), "CNY", H22, None, "服务进口"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hv04 上海 CBEC 1—8月 2023
SH = "place:310000"
A23, U23 = "2023-01-01/2023-08-31", "2023-08-01/2023-08-31"
ZSH = "zone:cbec-310000"
ZM = "person:朱民@org:commerce-310000"
hv04 = {
    "editor": "沈洁",
    "entities": [
        E("上海", P, SH, False, [1, 5, 6]),
        E("上海证券报", ORG, None, True),
        E("陈梦", PERSON, "person:陈梦@reporter", True),
        E("上海海关", ORG, "body:上海海关"),
        E("上海市", P, SH),
        E("中国（上海）跨境电子商务综合试验区", CB, ZSH),
        E("第二批", "Batch", "batch:cbec-2", True),
        E("综试区", CB, None, True),  # batch phrase, back-reference, the type
        E("上海市商务委员会", ORG, "org:commerce-310000"),
        E("朱民", PERSON, ZM),
        E("浦东新区", C, "place:310115"),
        E("松江区", C, "place:310117"),
        E("青浦区", C, "place:310118"),
        E("中国（上海）自由贸易试验区", FZ, "zone:ftz-310000"),
        E("临港新片区", FZ, None, True),  # an area of the FTZ
        E("上海机场", ORG, None, True),
        E("上港集团", ORG, None, True),
        E("上海浦东国际机场", ORG, None, True),  # caption: the airport
    ],
    "must_not": [
        IN("上海证券报", "上海", "newspaper name 上海证券报", PLACE),
        IN("加上海外", "上海", "false substring: 再加上海外仓", PLACE),
        IN("上海机场", "上海", "stock link 上海机场 (a company)", PLACE),
    ],
    "relations": [
        R("body:上海海关", AREA, SH),
        R(ZSH, "kgo:inBatch", "batch:cbec-2"),
        R(ZM, HOLDS, "post:org:commerce-310000#主任"),
    ],
    "observations": [
        O(SH, "foreignTradeValue", "Level", wy("2.79"), "CNY", A23),
        O(SH, "foreignTradeValue", "YearOnYearGrowth", "1.5", "P1", A23),
        O(SH, "exportValue", "Level", wy("1.12"), "CNY", A23),
        O(SH, "exportValue", "YearOnYearGrowth", "4.3", "P1", A23),
        O(SH, "importValue", "Level", wy("1.67"), "CNY", A23),
        O(SH, "crossBorderEcommerceTradeValue", "Level", yi("186.4"), "CNY", A23),
        O(SH, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "38.2", "P1", A23),
        O(SH, "crossBorderEcommerceExportValue", "Level", yi("113.7"), "CNY", A23),
        O(SH, "crossBorderEcommerceExportValue", "YearOnYearGrowth", "61.9", "P1", A23),
        O(SH, "crossBorderEcommerceTradeValue", "Level", yi("27.3"), "CNY", U23),
        O(SH, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "45.6", "P1", U23),
    ],
    "optional_observations": [],
    "claims": [
        {
            "kind": "kgo:ZonesNationwide",
            "about": CHN,
            "value": 165,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        }
    ],
}

# ---------------------------------------------------------------- hv05 湖北 2023 trade
HB = "place:420000"
WH = "place:420100"
H23 = Y(2023)
hv05 = {
    "editor": "张弛",
    "entities": [
        E("湖北", P, HB),
        E("湖北日报", ORG, None, True),
        E("崔逾瑜", PERSON, "person:崔逾瑜@reporter", True),
        E("武汉海关", ORG, "body:武汉海关"),
        E("湖北省", P, HB),
        E("东盟", ORG, "org:asean", True),
        E("欧盟", ORG, "org:eu", True),
        E("美国", CO, "country:USA"),
        E("一带一路", L, "doc:bri", True),
        E("武汉", PF, WH),
        E("武汉市", PF, WH),
        E("武汉东湖新技术开发区", PZ, None, True),  # a development area, no IRI rule
        E("襄阳", PF, "place:420600"),
        E("宜昌", PF, "place:420500"),
        E("阳逻港", ORG, None, True),
        E("湖北省商务厅", ORG, "org:commerce-420000"),
        E("中国（湖北）自由贸易试验区", FZ, "zone:ftz-420000"),
        E("中国（武汉）跨境电子商务综合试验区", CB, "zone:cbec-420100"),
        E("湖北宜化", ORG, None, True),
        E("光迅科技", ORG, None, True),
    ],
    "must_not": [
        IN("湖北日报", "湖北", "newspaper name 湖北日报", PLACE),
        IN("半壁江山", "江山", "false substring: 半壁江山 (江山市)", PLACE),
        IN("武汉东湖", "东湖", "东湖 inside a development area's name (东湖区 is in 南昌)", PLACE),
        IN("湖北宜化", "湖北", "stock link 湖北宜化 (a company)", PLACE),
    ],
    "relations": [R("body:武汉海关", AREA, WH)],
    "observations": [
        O(HB, "foreignTradeValue", "Level", yi("6449.7"), "CNY", H23),
        O(HB, "foreignTradeValue", "YearOnYearGrowth", "5.8", "P1", H23),
        O(HB, "exportValue", "Level", yi("4314.6"), "CNY", H23),
        O(HB, "exportValue", "YearOnYearGrowth", "9.6", "P1", H23),
        O(HB, "importValue", "Level", yi("2135.1"), "CNY", H23),
        O(HB, "exportValue", "Level", yi("2489.3"), "CNY", H23, None, "机电产品"),
        O(HB, "exportValue", "YearOnYearGrowth", "12.7", "P1", H23, None, "机电产品"),
        O(HB, "exportValue", "Share", "57.7", "P1", H23, None, "机电产品"),
        O(HB, "exportValue", "YearOnYearGrowth", "52.6", "P1", H23, None, "新三样"),
        O(HB, "foreignTradeValue", "Level", yi("1035.8"), "CNY", H23, "org:asean"),
        O(HB, "foreignTradeValue", "Level", yi("845.2"), "CNY", H23, "org:eu"),
        O(HB, "foreignTradeValue", "Level", yi("703.9"), "CNY", H23, "country:USA"),
        O(HB, "foreignTradeValue", "Level", yi("2947.2"), "CNY", H23, "doc:bri"),
        O(HB, "foreignTradeValue", "YearOnYearGrowth", "11.3", "P1", H23, "doc:bri"),
        O(HB, "foreignTradeValue", "Share", "45.7", "P1", H23, "doc:bri"),
        O(WH, "foreignTradeValue", "Level", yi("3606.8"), "CNY", H23),
        O(WH, "foreignTradeValue", "YearOnYearGrowth", "0.9", "P1", H23),
        O(WH, "foreignTradeValue", "Share", "55.9", "P1", H23),
        O("place:420600", "foreignTradeValue", "Level", yi("447.5"), "CNY", H23),
        O("place:420500", "foreignTradeValue", "Level", yi("416.3"), "CNY", H23),
        O("place:420600", "foreignTradeValue", "YearOnYearGrowth", "12.4", "P1", H23),
        O("place:420500", "foreignTradeValue", "YearOnYearGrowth", "23.8", "P1", H23),
        O(HB, "foreignTradeValue", "YearOnYearGrowth", "5", "P1", Y(2024), target=True),
    ],
    # a development area's figure (no place IRI of its own); the gap to the national
    # growth rate in the 原标题 line (not a change over time)
    "optional_observations": [
        O(WH, "foreignTradeValue", "Level", yi("1108.2"), "CNY", H23, None, "武汉东湖新技术开发区"),
        O(HB, "foreignTradeValue", "PercentagePointChange", "5.6", "P1", H23),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hv06 长春新区 国函〔2016〕31号
GH = "doc:guohan-2016-31"
JL = "place:220000"
CC = "place:220100"
JC = "person:蒋超良@org:gov-220000"
DRC = "body:吉林省发展和改革委员会"
hv06 = {
    "editor": "赵阳",
    "entities": [
        E("国务院关于同意设立长春新区的批复", L, GH, False, [1]),  # 原标题 line, no 《》
        E("《国务院关于同意设立长春新区的批复》", L, GH),
        E("国函〔2016〕31号", L, GH),
        E("批复", L, GH, True),  # back-references
        E("国务院", ORG, "org:state-council"),
        E("长春新区", PZ, None, True),  # 国家级新区: ONTOLOGY gives no kind prefix
        E("新华社", ORG, None, True),
        E("北京", P, "place:110000", True),  # dateline
        E("吉林省", P, JL),
        E("吉林", P, JL),
        E("长春市", PF, CC),
        E("朝阳区", C, "place:220104"),
        E("宽城区", C, "place:220103"),
        E("二道区", C, "place:220105"),
        E("九台区", C, "place:220113"),
        E("吉林省人民政府", ORG, "org:gov-220000"),
        E("国家发展改革委", ORG, "org:ndrc"),
        E("上海", P, "place:310000"),
        E("浦东新区", C, "place:310115"),
        E("天津", P, "place:120000"),
        E("滨海新区", C, "place:120116"),
        E("大连", PF, "place:210200"),
        E("金普新区", PZ, None, True),
        E("哈尔滨新区", PZ, None, True),
        E("吉林省统计局", ORG, "body:吉林省统计局"),
        E("蒋超良", PERSON, JC),
        E("吉林省发展和改革委员会", ORG, DRC),
        E("长春兴隆综合保税区", PZ, "zone:bonded-220100"),
        E("长春空港经济开发区", PZ, None, True),
        E("长春高新", ORG, None, True),
        E("一汽富维", ORG, None, True),
    ],
    "must_not": [
        IN("图们江", "图们", "the river 图们江 (图们市)", PLACE),
        NA("会同", "the verb 会同 (会同县)", PLACE),
        IN("长春兴隆", "兴隆", "兴隆 inside a zone name (兴隆县 is in 承德)", PLACE),
        IN("长春高新", "长春", "stock link 长春高新 (a company)", PLACE),
        IN("北湖科技", "北湖", "北湖 inside a park name (北湖区 is in 郴州)", PLACE),
        IN("东北振兴", "振兴", "the noun 振兴 (振兴区 is in 丹东)", PLACE),
        IN("区域合作", "合作", "the noun 合作 (合作市)", PLACE),
    ],
    "relations": [
        R(GH, PASSED, "org:state-council"),
        R("body:吉林省统计局", AREA, JL),
        R(DRC, AREA, JL),
        R(JC, HOLDS, "post:org:gov-220000#省长"),
    ],
    "observations": [
        O(CC, "gdp", "Level", yi("5530.0"), "CNY", Y(2015)),
        O(CC, "gdp", "YearOnYearGrowth", "6.5", "P1", Y(2015)),
        O(JL, "gdp", "Level", yi("14274.1"), "CNY", Y(2015)),
        O(JL, "gdp", "YearOnYearGrowth", "6.3", "P1", Y(2015)),
    ],
    "optional_observations": [],
    "claims": [
        {"kind": "kgo:ZonesNationwide", "about": CHN, "value": 17, "zone_type": "kgo:PilotZone"}
    ],
}

# ---------------------------------------------------------------- hv07 四川 H1 2021 GDP
SC = "place:510000"
S21, J21 = "2021-01-01/2021-06-30", "2021-06-01/2021-06-30"
SCS = "body:四川省统计局"
NBS_SC = "body:国家统计局四川调查总队"
hv07 = {
    "editor": "吴倩",
    "entities": [
        E("四川", P, SC),
        E("四川在线", ORG, None, True),
        E("寇敏芳", PERSON, "person:寇敏芳@reporter", True),
        E("四川省统计局", ORG, SCS),
        E("省统计局", ORG, SCS, False, [2]),  # back-reference, 四川 by context
        E("国家统计局", ORG, "org:nbs"),
        E("国家统计局四川调查总队", ORG, NBS_SC),
        E("成都海关", ORG, "body:成都海关"),
        E("成都", PF, "place:510100"),
        E("成都市", PF, "place:510100"),
        E("绵阳", PF, "place:510700"),
        E("绵阳市", PF, "place:510700"),
        E("宜宾", PF, "place:511500"),
        E("宜宾市", PF, "place:511500"),
        E("叙州区", C, "place:511504"),
        E("涪城区", C, "place:510703"),
        E("天府新区", PZ, None, True),  # 国家级新区: no kind prefix
        E("成都银行", ORG, None, True),
    ],
    "must_not": [
        IN("四川在线", "四川", "media name 四川在线", PLACE),
        IN("兴隆湖", "兴隆", "the lake 兴隆湖 (兴隆县 is in 承德)", PLACE),
        IN("成都银行", "成都", "stock link 成都银行 (a company)", PLACE),
    ],
    "relations": [
        R(SCS, AREA, SC),
        R(NBS_SC, SUB, "org:nbs"),
        R(NBS_SC, AREA, SC),
        R("body:成都海关", AREA, "place:510100"),
    ],
    "observations": [
        O(SC, "gdp", "Level", yi("25446.8"), "CNY", S21),
        O(SC, "gdp", "YearOnYearGrowth", "13.2", "P1", S21),
        O(SC, "gdp", "TwoYearAverageGrowth", "6.8", "P1", S21),
        O(SC, "gdp", "Level", yi("2054.3"), "CNY", S21, None, "第一产业"),
        O(SC, "gdp", "YearOnYearGrowth", "7.5", "P1", S21, None, "第一产业"),
        O(SC, "gdp", "Level", yi("8933.7"), "CNY", S21, None, "第二产业"),
        O(SC, "gdp", "YearOnYearGrowth", "13.9", "P1", S21, None, "第二产业"),
        O(SC, "gdp", "Level", yi("14458.8"), "CNY", S21, None, "第三产业"),
        O(SC, "gdp", "YearOnYearGrowth", "14.0", "P1", S21, None, "第三产业"),
        O(SC, "industrialValueAdded", "YearOnYearGrowth", "15.7", "P1", S21),
        O(SC, "industrialValueAdded", "TwoYearAverageGrowth", "8.3", "P1", S21),
        O(SC, "industrialValueAdded", "YearOnYearGrowth", "10.1", "P1", J21),
        O(SC, "fixedAssetInvestment", "YearOnYearGrowth", "12.5", "P1", S21),
        O(SC, "fixedAssetInvestment", "TwoYearAverageGrowth", "9.6", "P1", S21),
        O(SC, "retailSalesValue", "Level", yi("11495.9"), "CNY", S21),
        O(SC, "retailSalesValue", "YearOnYearGrowth", "25.6", "P1", S21),
        O(SC, "retailSalesValue", "TwoYearAverageGrowth", "5.3", "P1", S21),
        O(SC, "foreignTradeValue", "Level", yi("4455.2"), "CNY", S21),
        O(SC, "foreignTradeValue", "YearOnYearGrowth", "24.6", "P1", S21),
        O("place:510100", "gdp", "Level", yi("9510.2"), "CNY", S21),
        O("place:510100", "gdp", "YearOnYearGrowth", "13.1", "P1", S21),
        O("place:510100", "gdp", "TwoYearAverageGrowth", "7.0", "P1", S21),
        O("place:510700", "gdp", "Level", yi("1551.6"), "CNY", S21),
        O("place:511500", "gdp", "Level", yi("1425.3"), "CNY", S21),
        O("place:510700", "gdp", "YearOnYearGrowth", "12.6", "P1", S21),
        O("place:511500", "gdp", "YearOnYearGrowth", "13.4", "P1", S21),
        O(SC, "gdp", "YearOnYearGrowth", "6", "P1", Y(2021), target=True),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hv08 中老铁路 one year
hv08 = {
    "editor": "杨帆",
    "entities": [
        E("新华社", ORG, None, True),
        E("昆明", PF, "place:530100", True, [1]),  # dateline
        E("昆明", PF, "place:530100", False, [3]),
        E("丁怡全", PERSON, "person:丁怡全@reporter", True),
        E("中老铁路", ORG, None, True),
        E("中国铁路昆明局集团有限公司", ORG, None, True),
        E("云南", P, YN),
        E("玉溪", PF, "place:530400"),
        E("普洱", PF, "place:530800", False, [1]),
        E("西双版纳", PF, "place:532800"),
        E("西双版纳傣族自治州", PF, "place:532800"),
        E("勐腊县", C, "place:532823"),
        E("磨憨铁路口岸", ORG, None, True),
        E("老挝", CO, "country:LAO"),
        E("泰国", CO, "country:THA"),
        E("缅甸", CO, "country:MMR"),
        E("越南", CO, "country:VNM"),
        E("昆明海关", ORG, "body:昆明海关"),
        E("云南省商务厅", ORG, "org:commerce-530000"),
        E("中欧班列", ORG, None, True),
        E("澜湄快线", ORG, None, True),
        E("万象南站", ORG, None, True),  # caption: a station abroad
        E("云南能投", ORG, None, True),
        E("铁龙物流", ORG, None, True),
    ],
    "must_not": [
        IN("中国铁路昆明局", "昆明", "昆明 inside a company name", PLACE),
        IN("普洱茶", "普洱", "普洱 inside a product name (普洱茶)", PLACE),
        IN("云南能投", "云南", "stock link 云南能投 (a company)", PLACE),
    ],
    "relations": [R("body:昆明海关", AREA, "place:530100")],
    "observations": [
        O(
            YN,
            "foreignTradeValue",
            "Level",
            yi("189.6"),
            "CNY",
            "2022-01-01/2022-10-31",
            "country:LAO",
        ),
        O(
            YN,
            "foreignTradeValue",
            "YearOnYearGrowth",
            "48.5",
            "P1",
            "2022-01-01/2022-10-31",
            "country:LAO",
        ),
    ],
    # goods carried by a railway in its first year (about the route, not a place)
    "optional_observations": [
        O(
            YN,
            "foreignTradeValue",
            "Level",
            yi("133.5"),
            "CNY",
            "2021-12-03/2022-12-02",
            None,
            "经中老铁路",
        ),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hv09 武汉 1—8月 2023 trade
hv09 = {
    "editor": "冯洋",
    "entities": [
        E("武汉", PF, WH),
        E("东湖高新区", PZ, None, True),
        E("长江日报", ORG, None, True),
        E("武汉海关", ORG, "body:武汉海关"),
        E("武汉市", PF, WH),
        E("武汉东湖新技术开发区", PZ, None, True),  # a development area, no IRI rule
        E("中国光谷", PZ, None, True),
        E("光谷", PZ, None, True),
        E("江夏区", C, "place:420115"),
        E("东西湖区", C, "place:420112"),
        E("中国（武汉）跨境电子商务综合试验区", CB, "zone:cbec-420100"),
        E("鄂州花湖机场", ORG, None, True),
        E("花湖机场", ORG, None, True),
        E("鄂州", PF, "place:420700", False, [2]),
        E("鄂州市", PF, "place:420700"),
        E("鄂城区", C, "place:420704"),
        E("光迅科技", ORG, None, True),
        E("华工科技", ORG, None, True),
    ],
    "must_not": [
        IN(
            "东湖高新区", "东湖", "东湖 inside a development area's name (东湖区 is in 南昌)", PLACE
        ),
        IN("武汉东湖", "东湖", "东湖 inside a development area's name (东湖区 is in 南昌)", PLACE),
        IN("长江夏季", "江夏", "false substring: 长江夏季 (江夏区)", PLACE),
    ],
    "relations": [R("body:武汉海关", AREA, WH)],
    "observations": [
        O(WH, "foreignTradeValue", "Level", yi("2398.6"), "CNY", A23),
        O(WH, "foreignTradeValue", "YearOnYearGrowth", "3.1", "P1", A23),
        O(WH, "exportValue", "Level", yi("1519.7"), "CNY", A23),
        O(WH, "exportValue", "YearOnYearGrowth", "8.4", "P1", A23),
        O(WH, "importValue", "Level", yi("878.9"), "CNY", A23),
        O(WH, "foreignTradeValue", "Level", yi("318.5"), "CNY", U23),
        O(WH, "foreignTradeValue", "YearOnYearGrowth", "7.2", "P1", U23),
        O(WH, "exportValue", "Level", yi("1072.4"), "CNY", A23, None, "机电产品"),
        O(WH, "exportValue", "YearOnYearGrowth", "9.9", "P1", A23, None, "机电产品"),
        O(WH, "exportValue", "Share", "70.6", "P1", A23, None, "机电产品"),
        O(WH, "exportValue", "YearOnYearGrowth", "17.5", "P1", A23, None, "光电子信息产品"),
        O(WH, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "32.6", "P1", A23),
    ],
    # a development area's figure (no place IRI of its own)
    "optional_observations": [
        O(WH, "foreignTradeValue", "Level", yi("741.3"), "CNY", A23, None, "武汉东湖新技术开发区"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hv10 福厦高铁 (off-topic)
hv10 = {
    "editor": "林琳",
    "entities": [
        E("新华社", ORG, None, True),
        E("福州", PF, "place:350100", True, [1]),  # dateline
        E("福州", PF, "place:350100", False, [3, 4]),
        E("邓倩倩", PERSON, "person:邓倩倩@reporter", True),
        E("福厦高铁", ORG, None, True),
        E("福建省", P, "place:350000"),
        E("福建", P, "place:350000"),
        E("福州市", PF, "place:350100"),
        E("莆田市", PF, "place:350300"),
        E("泉州市", PF, "place:350500"),
        E("厦门市", PF, "place:350200"),
        E("漳州市", PF, "place:350600"),
        E("厦门", PF, "place:350200", False, [2, 3]),
        E("漳州", PF, "place:350600"),
        E("福州南站", ORG, None, True),
        E("秀屿区", C, "place:350305"),
        E("泉港区", C, "place:350505"),
        E("魏培全", PERSON, "person:魏培全@reporter", True),
        E("国家铁路局", ORG, "body:国家铁路局"),
        E("中国铁路南昌局集团有限公司", ORG, None, True),
        E("福建省发展和改革委员会", ORG, "body:福建省发展和改革委员会"),
        E("中国中铁", ORG, None, True),
        E("厦门港务", ORG, None, True),
    ],
    "must_not": [
        IN("泉州湾", "泉州", "泉州 inside the bay name 泉州湾", PLACE),
        IN("南昌局", "南昌", "南昌 inside a company name", PLACE),
        IN("厦门港务", "厦门", "stock link 厦门港务 (a company)", PLACE),
        IN("铁路通道", "通道", "the noun 通道 (通道侗族自治县)", PLACE),
        IN("和安海湾", "和安", "false substring: 泉州湾和安海湾", PLACE),
    ],
    "relations": [R("body:福建省发展和改革委员会", AREA, "place:350000")],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hv11 茅盾文学奖 (off-topic)
NOVEL = "a novel's title in 《》, not a policy document"
hv11 = {
    "editor": "周琪",
    "entities": [
        E("新华社", ORG, None, True),
        E("北京", P, "place:110000", True),  # dateline
        E("史竞男", PERSON, "person:史竞男@reporter", True),
        E("茅盾文学奖", ORG, None, True),  # an award
        E("杨志军", PERSON, None, True),
        E("乔叶", PERSON, None, True),
        E("刘亮程", PERSON, None, True),
        E("孙甘露", PERSON, None, True),
        E("东西", PERSON, None, True),  # a pen name
        E("中国作家协会", ORG, None, True),
        E("青海", P, "place:630000"),
        E("河南", P, "place:410000"),
        E("新疆", P, "place:650000"),
        E("昌吉回族自治州", PF, "place:652300"),
        E("木垒哈萨克自治县", C, "place:652328"),
        E("菜籽沟村", ORG, None, True),  # a village
        E("上海", P, "place:310000"),
        E("广西作家协会", ORG, None, True),
        E("浙江", P, "place:330000"),
        E("桐乡", C, "place:330483"),
        E("乌镇", ORG, None, True),  # a town
        E("茅盾故居", ORG, None, True),
        E("浙江省", P, "place:330000"),
        E("嘉兴市", PF, "place:330400"),
        E("桐乡市", C, "place:330483"),
        E("山东出版", ORG, None, True),
        E("凤凰传媒", ORG, None, True),
    ],
    "must_not": [
        NA("《雪山大地》", NOVEL, [L]),
        NA("《宝水》", NOVEL, [L]),
        NA("《本巴》", NOVEL, [L]),
        NA("《千里江南》", NOVEL, [L]),
        NA("《回响》", NOVEL, [L]),
        NA("《江格尔》", "an epic's title in 《》, not a policy document", [L]),
        IN("千里江南", "江南", "江南 inside a novel's title (江南区 is in 南宁)", PLACE),
        IN("蒙古族", "蒙古", "the ethnic group 蒙古族, not the country", [CO]),
        IN("广西作家协会", "广西", "广西 inside an association's name", PLACE),
        IN("山东出版", "山东", "stock link 山东出版 (a company)", PLACE),
        IN("凤凰传媒", "凤凰", "stock link 凤凰传媒 (凤凰县)", PLACE),
        IN("乡村振兴", "振兴", "the noun 振兴 (振兴区 is in 丹东)", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hv12 heatwave (off-topic)
CQ = "place:500000"
hv12 = {
    "editor": "黄涛",
    "entities": [
        E("中新网", ORG, None, True),
        E("中央气象台", ORG, "body:中央气象台"),
        E("重庆", P, CQ),
        E("重庆市", P, CQ),
        E("湖北", P, "place:420000"),
        E("湖南", P, "place:430000"),
        E("江西", P, "place:360000"),
        E("安徽", P, "place:340000"),
        E("浙江", P, "place:330000"),
        E("上海", P, "place:310000"),
        E("北碚区", C, "place:500109"),
        E("綦江区", C, "place:500110"),
        E("江津区", C, "place:500116"),
        E("渝中区", C, "place:500103"),
        E("国家气候中心", ORG, "body:国家气候中心"),
        E("水利部", ORG, "body:水利部"),
        E("应急管理部", ORG, "body:应急管理部"),
        E("中国气象局", ORG, "body:中国气象局"),
        E("重庆啤酒", ORG, None, True),
        E("冰山冷热", ORG, None, True),
    ],
    "must_not": [
        IN("四川盆地", "四川", "the basin 四川盆地, not the province", PLACE),
        NA("南部", "direction word in 安徽南部 (南部县)", PLACE),
        IN("鄱阳湖", "鄱阳", "鄱阳 inside the lake name 鄱阳湖", PLACE),
        IN("重庆啤酒", "重庆", "stock link 重庆啤酒 (a company)", PLACE),
        IN("以上高温", "上高", "false substring: 35℃以上高温 (上高县)", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "hv01": hv01,
    "hv02": hv02,
    "hv03": hv03,
    "hv04": hv04,
    "hv05": hv05,
    "hv06": hv06,
    "hv07": hv07,
    "hv08": hv08,
    "hv09": hv09,
    "hv10": hv10,
    "hv11": hv11,
    "hv12": hv12,
}


def main() -> None:
    """Write hvNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
        spec["must_not"] = resolve_in(body, spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
