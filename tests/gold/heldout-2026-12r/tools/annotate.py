"""Write the gold files of heldout-2026-12r from the annotator's span lists.

Input: articles/hrNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: hrNN.json (one entity per occurrence; ``"captions": true``; containment relations
from the must-find places with ../../tools/containment.py; areaServed of reference-table
bodies with ../../tools/table_bodies.py; the rest of the relations as listed here).
It does not: run or read any extractor.
"""

from __future__ import annotations

import sys
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
ZONES = [CB, FZ, PZ]
SA = "SpecialArea"
PER = "Person"
IN_BATCH = "kgo:inBatch"
ESTABLISHES = "kgo:establishes"
PILOT = "kgo:PilotZone"

# ---------------------------------------------------------------- hr01 海关总署 前三季度 2022
Q3_22, S9_22 = "2022-01-01/2022-09-30", "2022-09-01/2022-09-30"
hr01 = {
    "editor": "刘万里",
    "entities": [
        E("中新经纬", ORG, None, True),
        E("海关总署", ORG, "org:gacc"),
        E("东盟", ORG, "org:asean", True),
        E("中国—东盟自贸区", L, "doc:china-asean-fta"),
        E("欧盟", ORG, "org:eu", True),
        E("美国", CO, "country:USA", False, [1, 2]),
        E("韩国", CO, "country:KOR"),
        E("一带一路", L, "doc:bri", True),
        E("广东省", P, "place:440000"),
        E("深圳市", PF, "place:440300"),
        E("盐田区", C, "place:440308"),
        E("上港集团", ORG, None, True),
        E("中远海控", ORG, None, True),
    ],
    "must_not": [
        IN("中国—东盟自贸区", "自贸区", "an FTA (China–ASEAN), not a pilot zone", ZONES),
        IN("欧美国家", "美国", "欧美 + 国家, not the USA", [CO]),
        IN("新兴市场", "新兴", "新兴市场 (emerging markets), not 新兴县", PLACE),
    ],
    "relations": [],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("31.11"), "CNY", Q3_22),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "9.9", "P1", Q3_22),
        O(CHN, "exportValue", "Level", wy("17.67"), "CNY", Q3_22),
        O(CHN, "exportValue", "YearOnYearGrowth", "13.8", "P1", Q3_22),
        O(CHN, "importValue", "Level", wy("13.44"), "CNY", Q3_22),
        O(CHN, "importValue", "YearOnYearGrowth", "5.2", "P1", Q3_22),
        O(CHN, "foreignTradeValue", "Level", wy("4.75"), "USD", Q3_22),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "8.7", "P1", Q3_22),
        O(CHN, "foreignTradeValue", "Level", wy("3.81"), "CNY", S9_22),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "8.3", "P1", S9_22),
        O(CHN, "exportValue", "Level", wy("2.2"), "CNY", S9_22),
        O(CHN, "exportValue", "YearOnYearGrowth", "10.7", "P1", S9_22),
        O(CHN, "importValue", "Level", wy("1.61"), "CNY", S9_22),
        O(CHN, "importValue", "YearOnYearGrowth", "5.2", "P1", S9_22),
        O(CHN, "foreignTradeValue", "Level", wy("4.7"), "CNY", Q3_22, "org:asean"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "15.2", "P1", Q3_22, "org:asean"),
        O(CHN, "foreignTradeValue", "Share", "15.1", "P1", Q3_22, "org:asean"),
        O(CHN, "foreignTradeValue", "Level", wy("4.23"), "CNY", Q3_22, "org:eu"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "9", "P1", Q3_22, "org:eu"),
        O(CHN, "foreignTradeValue", "Share", "13.6", "P1", Q3_22, "org:eu"),
        O(CHN, "foreignTradeValue", "Level", wy("3.8"), "CNY", Q3_22, "country:USA"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "8", "P1", Q3_22, "country:USA"),
        O(CHN, "foreignTradeValue", "Share", "12.2", "P1", Q3_22, "country:USA"),
        O(CHN, "foreignTradeValue", "Level", wy("1.78"), "CNY", Q3_22, "country:KOR"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "7.1", "P1", Q3_22, "country:KOR"),
        O(CHN, "foreignTradeValue", "Level", wy("10.04"), "CNY", Q3_22, "doc:bri"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "20.7", "P1", Q3_22, "doc:bri"),
        O(CHN, "foreignTradeValue", "Level", wy("19.92"), "CNY", Q3_22, None, "一般贸易"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "13.7", "P1", Q3_22, None, "一般贸易"),
        O(CHN, "foreignTradeValue", "Share", "64", "P1", Q3_22, None, "一般贸易"),
        O(CHN, "foreignTradeValue", "PercentagePointChange", "2.2", "P1", Q3_22, None, "一般贸易"),
        O(CHN, "foreignTradeValue", "Level", wy("6.5"), "CNY", Q3_22, None, "加工贸易"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "3.4", "P1", Q3_22, None, "加工贸易"),
        O(CHN, "foreignTradeValue", "Share", "20.9", "P1", Q3_22, None, "加工贸易"),
        O(CHN, "foreignTradeValue", "Level", wy("15.62"), "CNY", Q3_22, None, "民营企业"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "14.5", "P1", Q3_22, None, "民营企业"),
        O(CHN, "foreignTradeValue", "Share", "50.2", "P1", Q3_22, None, "民营企业"),
        O(CHN, "foreignTradeValue", "PercentagePointChange", "2", "P1", Q3_22, None, "民营企业"),
        O(CHN, "foreignTradeValue", "Level", wy("5.15"), "CNY", Q3_22, None, "国有企业"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "18.1", "P1", Q3_22, None, "国有企业"),
        O(CHN, "exportValue", "Level", wy("9.78"), "CNY", Q3_22, None, "机电产品"),
        O(CHN, "exportValue", "YearOnYearGrowth", "10", "P1", Q3_22, None, "机电产品"),
        O(CHN, "exportValue", "Share", "55.3", "P1", Q3_22, None, "机电产品"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hr02 市场采购 fifth batch
LETTER = "title:关于同意在鞍山西柳服装城等17家市场开展市场采购贸易方式试点的函"
hr02 = {
    "editor": "张玉",
    "entities": [
        E("国际商报", ORG, None, True),
        E("商务部", ORG, "org:mofcom"),
        E("国家发展改革委", ORG, "org:ndrc"),
        E("财政部", ORG, "org:mof"),
        E("海关总署", ORG, "org:gacc"),
        E("国家税务总局", ORG, "org:sta"),
        E("国家市场监督管理总局", ORG, "org:samr"),
        E("国家外汇管理局", ORG, "org:safe"),
        E("《关于同意在鞍山西柳服装城等17家市场开展市场采购贸易方式试点的函》", L, LETTER),
        E("鞍山", PF, "place:210300", True),  # only inside the letter's title
        E("鞍山西柳服装城", ORG, None, True),
        E("辽宁", P, "place:210000"),
        E("浙江", P, "place:330000"),
        E("浙江省", P, "place:330000"),
        E("安徽", P, "place:340000"),
        E("福建", P, "place:350000"),
        E("福建省", P, "place:350000"),
        E("山东", P, "place:370000"),
        E("山东省", P, "place:370000"),
        E("河南", P, "place:410000"),
        E("河南省", P, "place:410000"),
        E("湖北", P, "place:420000"),
        E("湖南", P, "place:430000"),
        E("广东", P, "place:440000"),
        E("广西", P, "place:450000"),
        E("广西壮族自治区", P, "place:450000"),
        E("重庆", P, "place:500000"),
        E("重庆市", P, "place:500000"),
        E("云南", P, "place:530000"),
        E("黑龙江", P, "place:230000"),
        E("黑龙江省", P, "place:230000"),
        E("绍兴市", PF, "place:330600"),
        E("柯桥区", C, "place:330603"),
        E("中国轻纺城", ORG, None, True),
        E("台州市", PF, "place:331000"),
        E("路桥区", C, "place:331004"),
        E("日用品及塑料制品交易中心", ORG, None, True),
        E("湖州市", PF, "place:330500"),
        E("吴兴区", C, "place:330502"),
        E("织里童装及日用消费品交易管理中心", ORG, None, True),
        E("义乌国际小商品城", ORG, None, True),
        E("海宁皮革城", ORG, None, True),
        E("温州（鹿城）轻工产品交易中心", ORG, None, True),
        E("泉州市", PF, "place:350500"),
        E("晋江市", C, "place:350582"),
        E("晋江国际鞋纺城", ORG, None, True),
        E("青岛市", PF, "place:370200"),
        E("即墨区", C, "place:370215"),
        E("即墨国际商贸城", ORG, None, True),
        E("许昌市", PF, "place:411000"),
        E("中国（许昌）国际发制品交易市场", ORG, None, True),
        E("崇左市", PF, "place:451400"),
        E("凭祥市", C, "place:451481"),
        E("凭祥出口商品采购中心", ORG, None, True),
        E("大足区", C, "place:500111"),
        E("大足龙水五金市场", ORG, None, True),
        E("牡丹江市", PF, "place:231000"),
        E("绥芬河市", C, "place:231081"),
        E("青云市场", ORG, None, True),
        E("商务部对外贸易司", ORG, "org:mofcom-foreign-trade-dept"),
        E("义乌", C, "place:330782"),  # 浙江义乌 (the one outside the market's name)
        E("小商品城", ORG, None, True),  # stock link (and inside the market's name)
        E("轻纺城", ORG, None, True),  # stock link (and inside 中国轻纺城)
    ],
    "must_not": [
        IN("义乌国际小商品城", "义乌", "place inside a market's name", PLACE),
        IN("海宁皮革城", "海宁", "place inside a market's name", PLACE),
        IN("温州（鹿城）轻工产品交易中心", "温州", "place inside a market's name", PLACE),
        IN("晋江国际鞋纺城", "晋江", "place inside a market's name", PLACE),
        IN("即墨国际商贸城", "即墨", "place inside a market's name", PLACE),
        IN("大足龙水五金市场", "大足", "place inside a market's name", PLACE),
        NA("会同", "商务部将会同有关部门 (会同县)", PLACE),
    ],
    "relations": [
        R(LETTER, PASSED, "org:mofcom"),
        R(LETTER, PASSED, "org:ndrc"),
        R(LETTER, PASSED, "org:mof"),
        R(LETTER, PASSED, "org:gacc"),
        R(LETTER, PASSED, "org:sta"),
        R(LETTER, PASSED, "org:samr"),
        R(LETTER, PASSED, "org:safe"),
    ],
    "observations": [
        O(CHN, "exportValue", "Level", yi("5629.5"), "CNY", Y(2019), None, "市场采购贸易方式"),
        O(CHN, "exportValue", "YearOnYearGrowth", "19.7", "P1", Y(2019), None, "市场采购贸易方式"),
        O(CHN, "exportValue", "Share", "3.3", "P1", Y(2019), None, "市场采购贸易方式"),
    ],
    "optional_observations": [],
    "claims": [
        {"kind": "kgo:ZonesNationwide", "about": CHN, "value": 31, "zone_type": PILOT},
        {"kind": "kgo:ZonesInPlace", "about": "place:330000", "value": 6, "zone_type": PILOT},
    ],
}

# ---------------------------------------------------------------- hr03 服务业扩大开放综合试点
REPLY3 = "title:国务院关于同意在沈阳、南京、杭州、武汉、广州、成都开展服务业扩大开放综合试点的批复"
MOF_SVC = "body:商务部服务贸易和商贸服务业司"
hr03 = {
    "editor": "王永生",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("北京", P, "place:110000", True, [1]),  # dateline
        E("北京", P, "place:110000", False, [2]),
        E("国务院", ORG, "org:state-council"),
        E(
            "《国务院关于同意在沈阳、南京、杭州、武汉、广州、成都开展服务业扩大开放综合试点的批复》",
            L,
            REPLY3,
        ),
        E("沈阳", PF, "place:210100"),
        E("南京", PF, "place:320100", False, [1, 2]),
        E("杭州", PF, "place:330100", False, [1, 2]),
        E("武汉", PF, "place:420100"),
        E("广州", PF, "place:440100"),
        E("广州市", PF, "place:440100"),
        E("成都", PF, "place:510100"),
        E("商务部", ORG, "org:mofcom"),
        E("天津", P, "place:120000"),
        E("上海", P, "place:310000"),
        E("海南", P, "place:460000"),
        E("重庆", P, "place:500000"),
        E("商务部服务贸易和商贸服务业司", ORG, MOF_SVC),
        E("天河区", C, "place:440106"),
        E("束珏婷", PER, "person:束珏婷@org:mofcom"),
        E("南京银行", ORG, None, True),
        E("杭州银行", ORG, None, True),
    ],
    "must_not": [
        NA("会同", "商务部要会同有关部门 (会同县)", PLACE),
        IN("南京银行", "南京", "stock link 南京银行 (a company)", PLACE),
        IN("杭州银行", "杭州", "stock link 杭州银行 (a company)", PLACE),
        IN("珠江新城", "新城", "a business district's name, not 新城区", PLACE),
    ],
    "relations": [
        R(REPLY3, PASSED, "org:state-council"),
        R(MOF_SVC, SUB, "org:mofcom"),
        R("person:束珏婷@org:mofcom", HOLDS, "post:org:mofcom#新闻发言人"),
    ],
    "observations": [
        O(CHN, "serviceTradeValue", "Level", yi("52982.7"), "CNY", Y(2021)),
        O(CHN, "serviceTradeValue", "YearOnYearGrowth", "16.1", "P1", Y(2021)),
    ],
    "optional_observations": [
        O(CHN, "exportValue", "Level", yi("25435"), "CNY", Y(2021), None, "服务出口"),
        O(CHN, "exportValue", "YearOnYearGrowth", "31.4", "P1", Y(2021), None, "服务出口"),
        O(CHN, "importValue", "Level", yi("27547.7"), "CNY", Y(2021), None, "服务进口"),
        O(CHN, "importValue", "YearOnYearGrowth", "4.8", "P1", Y(2021), None, "服务进口"),
        O(CHN, "gdp", "Share", "53.3", "P1", Y(2021), None, "服务业"),
    ],
    "claims": [{"kind": "kgo:ZonesNationwide", "about": CHN, "value": 11, "zone_type": PILOT}],
}

# ---------------------------------------------------------------- hr04 塔城重点开发开放试验区
REPLY4 = "title:国务院关于同意设立新疆塔城重点开发开放试验区的批复"
XJ = "place:650000"
XJ_DRC = "body:新疆维吾尔自治区发展和改革委员会"
EAEU = "title:中华人民共和国与欧亚经济联盟经贸合作协定"
hr04 = {
    "editor": "赵思远",
    "entities": [
        E("新疆日报", ORG, None, True),
        E("新疆维吾尔自治区发展和改革委员会", ORG, XJ_DRC),
        E("国务院", ORG, "org:state-council"),
        E("《国务院关于同意设立新疆塔城重点开发开放试验区的批复》", L, REPLY4),
        # no ONTOLOGY rule gives a kind prefix for this zone type: optional, no ref
        E("新疆塔城重点开发开放试验区", PZ, None, True),
        E("新疆", P, XJ),
        E("塔城", PF, "place:654200"),
        E("塔城地区", PF, "place:654200"),
        E("塔城市", C, "place:654201"),
        E("额敏县", C, "place:654221"),
        E("裕民县", C, "place:654225"),
        E("哈萨克斯坦", CO, "country:KAZ"),
        E("巴克图口岸", SA, None, True),
        E("丝绸之路经济带", L, None, True),
        E("新疆维吾尔自治区人民政府", ORG, "org:gov-650000"),
        E("国家发展改革委", ORG, "org:ndrc"),
        E("广西", P, "place:450000"),
        E("东兴", C, "place:450681"),
        E("云南", P, "place:530000"),
        E("瑞丽", C, "place:533102"),
        E("内蒙古", P, "place:150000"),
        E("满洲里", C, "place:150781"),
        E("二连浩特", C, "place:152501"),
        E("勐腊", C, "place:532823"),
        E("磨憨", SA, None, True),  # a town (port), below county level
        E("黑龙江", P, "place:230000"),
        E("绥芬河", C, "place:231081"),
        E("东宁", C, "place:231086"),
        E("百色", PF, "place:451000"),
        E("凭祥", C, "place:451481"),
        E("乌鲁木齐海关", ORG, "body:乌鲁木齐海关"),
        E("《中华人民共和国与欧亚经济联盟经贸合作协定》", L, EAEU),
        E("欧亚经济联盟", ORG, None, True),
        E("俄罗斯", CO, "country:RUS"),
        E("天山股份", ORG, None, True),
        E("广汇能源", ORG, None, True),
    ],
    "must_not": [
        IN("新疆日报", "新疆", "newspaper name", PLACE),
        IN("天山股份", "天山", "stock link 天山股份 (not 天山区)", PLACE),
    ],
    "relations": [
        R(REPLY4, PASSED, "org:state-council"),
        R(XJ_DRC, AREA, XJ),
        R("body:乌鲁木齐海关", AREA, "place:650100"),
    ],
    "observations": [
        O(XJ, "foreignTradeValue", "Level", yi("1640.9"), "CNY", Y(2019)),
        O(XJ, "foreignTradeValue", "YearOnYearGrowth", "25.2", "P1", Y(2019)),
        O(XJ, "exportValue", "Level", yi("1269.6"), "CNY", Y(2019)),
        O(XJ, "exportValue", "YearOnYearGrowth", "22.1", "P1", Y(2019)),
        O(XJ, "importValue", "Level", yi("371.3"), "CNY", Y(2019)),
        O(XJ, "importValue", "YearOnYearGrowth", "36.3", "P1", Y(2019)),
    ],
    "optional_observations": [],
    "claims": [{"kind": "kgo:ZonesNationwide", "about": CHN, "value": 9, "zone_type": PILOT}],
}

# ---------------------------------------------------------------- hr05 沭阳 CBEC
SY, SQ = "place:321322", "place:321300"
GH47 = "doc:guohan-2020-47"
SY_OFFICE = "body:沭阳县人民政府办公室"
SY_PLAN = "title:沭阳县跨境电子商务高质量发展三年行动计划（2023—2025年）"
hr05 = {
    "editor": "陈悦",
    "entities": [
        E("宿迁日报", ORG, None, True),
        E("沭阳县商务局", ORG, "body:沭阳县商务局"),
        E("宿迁市", PF, SQ),
        E("沭阳县", C, SY),
        E("美国", CO, "country:USA"),
        E("日本", CO, "country:JPN"),
        E("韩国", CO, "country:KOR"),
        E("江苏省", P, "place:320000"),
        E("国务院", ORG, "org:state-council"),
        E("《国务院关于同意在雄安新区等46个城市和地区设立跨境电子商务综合试验区的批复》", L, GH47),
        E("雄安新区", SA, "place:x-xiongan", True),  # only inside the title
        E("国函〔2020〕47号", L, GH47),
        E("宿迁", PF, SQ),
        E("中国（宿迁）跨境电子商务综合试验区", CB, "zone:cbec-321300"),
        E("第五批", "Batch", "batch:cbec-5", True),
        E("宿迁市商务局", ORG, "body:宿迁市商务局"),
        E("沭阳", C, SY),
        E("泗阳县", C, "place:321323"),
        E("泗洪县", C, "place:321324"),
        E("宿城区", C, "place:321302"),
        E("宿豫区", C, "place:321311"),
        E("沭阳县人民政府办公室", ORG, SY_OFFICE),
        E("《沭阳县跨境电子商务高质量发展三年行动计划（2023—2025年）》", L, SY_PLAN),
        E("江苏省商务厅", ORG, "org:commerce-320000"),
        E("洋河股份", ORG, None, True),
    ],
    "must_not": [IN("宿迁日报", "宿迁", "newspaper name", PLACE)],
    "relations": [
        R(GH47, PASSED, "org:state-council"),
        R(GH47, ESTABLISHES, "zone:cbec-321300"),
        R("zone:cbec-321300", IN_BATCH, "batch:cbec-5"),
        R(SY_PLAN, PASSED, SY_OFFICE),
        R(SY_OFFICE, SUB, "body:沭阳县人民政府"),
        R(SY_OFFICE, AREA, SY),
        R("body:沭阳县商务局", AREA, SY),
        R("body:宿迁市商务局", AREA, SQ),
    ],
    "observations": [
        O(SY, "crossBorderEcommerceTradeValue", "Level", yi("12.6"), "CNY", Y(2022)),
        O(SY, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "58", "P1", Y(2022)),
        O(SY, "crossBorderEcommerceExportValue", "Level", yi("11.9"), "CNY", Y(2022)),
        O(SY, "crossBorderEcommerceExportValue", "YearOnYearGrowth", "61", "P1", Y(2022)),
        O(SQ, "crossBorderEcommerceTradeValue", "Level", yi("43.2"), "CNY", Y(2022)),
        O(SQ, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "30.5", "P1", Y(2022)),
        O(SY, "crossBorderEcommerceTradeValue", "Level", yi("30"), "CNY", Y(2025), target=True),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hr06 安徽 前三季度 2021
AH = "place:340000"
Q3_21, S9_21, A8_21 = "2021-01-01/2021-09-30", "2021-09-01/2021-09-30", "2021-01-01/2021-08-31"
AH_NBS = "body:安徽省统计局"
AH_SURVEY = "body:国家统计局安徽调查总队"
hr06 = {
    "editor": "李桂芳",
    "entities": [
        E("安徽日报", ORG, None, True),
        E("安徽省统计局", ORG, AH_NBS),
        E("国家统计局安徽调查总队", ORG, AH_SURVEY),
        E("安徽", P, AH),
        E("合肥海关", ORG, "body:合肥海关"),
        E("合肥市", PF, "place:340100"),
        E("包河区", C, "place:340111"),
        E("芜湖", PF, "place:340200"),
        E("滁州", PF, "place:341100"),
        E("阜阳", PF, "place:341200"),
        E("淮南", PF, "place:340400"),
        E("蚌埠", PF, "place:340300"),
        E("省统计局", ORG, AH_NBS),
        E("合肥百货", ORG, None, True),
        E("海螺水泥", ORG, None, True),
    ],
    "must_not": [
        IN("安徽日报", "安徽", "newspaper name", PLACE),
        IN("淮河南岸", "河南", "淮河 + 南岸, not 河南", PLACE),
        IN("合肥百货", "合肥", "stock link 合肥百货 (a company)", PLACE),
        IN("滨湖新区", "滨湖", "a new district's name, not 滨湖区", PLACE),
    ],
    "relations": [
        R(AH_NBS, AREA, AH),
        R(AH_SURVEY, SUB, "org:nbs"),
        R(AH_SURVEY, AREA, AH),
        R("body:合肥海关", AREA, "place:340100"),
    ],
    "observations": [
        O(AH, "gdp", "Level", yi("31853.3"), "CNY", Q3_21),
        O(AH, "gdp", "YearOnYearGrowth", "10.2", "P1", Q3_21),
        O(AH, "gdp", "TwoYearAverageGrowth", "6.4", "P1", Q3_21),
        O(AH, "gdp", "Level", yi("2486.1"), "CNY", Q3_21, None, "第一产业"),
        O(AH, "gdp", "YearOnYearGrowth", "7.6", "P1", Q3_21, None, "第一产业"),
        O(AH, "gdp", "Level", yi("12750.5"), "CNY", Q3_21, None, "第二产业"),
        O(AH, "gdp", "YearOnYearGrowth", "10.4", "P1", Q3_21, None, "第二产业"),
        O(AH, "gdp", "Level", yi("16616.7"), "CNY", Q3_21, None, "第三产业"),
        O(AH, "gdp", "YearOnYearGrowth", "10.6", "P1", Q3_21, None, "第三产业"),
        O(AH, "industrialValueAdded", "YearOnYearGrowth", "13.4", "P1", Q3_21),
        O(AH, "industrialValueAdded", "TwoYearAverageGrowth", "9.1", "P1", Q3_21),
        O(AH, "industrialValueAdded", "YearOnYearGrowth", "8.6", "P1", S9_21),
        O(AH, "profitTotal", "Level", yi("2071.9"), "CNY", A8_21),
        O(AH, "profitTotal", "YearOnYearGrowth", "42.3", "P1", A8_21),
        O(AH, "retailSalesValue", "Level", yi("15327.4"), "CNY", Q3_21),
        O(AH, "retailSalesValue", "YearOnYearGrowth", "19.6", "P1", Q3_21),
        O(AH, "retailSalesValue", "TwoYearAverageGrowth", "7.2", "P1", Q3_21),
        O(AH, "fixedAssetInvestment", "YearOnYearGrowth", "11.7", "P1", Q3_21),
        O(AH, "fixedAssetInvestment", "TwoYearAverageGrowth", "7.1", "P1", Q3_21),
        O(AH, "realEstateInvestment", "YearOnYearGrowth", "6.7", "P1", Q3_21),
        O(AH, "foreignTradeValue", "Level", yi("5128.7"), "CNY", Q3_21),
        O(AH, "foreignTradeValue", "YearOnYearGrowth", "29.3", "P1", Q3_21),
        O(AH, "exportValue", "Level", yi("2981.2"), "CNY", Q3_21),
        O(AH, "exportValue", "YearOnYearGrowth", "29.8", "P1", Q3_21),
        O(AH, "importValue", "Level", yi("2147.5"), "CNY", Q3_21),
        O(AH, "importValue", "YearOnYearGrowth", "28.6", "P1", Q3_21),
        O("place:340100", "gdp", "Level", yi("8312.4"), "CNY", Q3_21),
        O("place:340100", "gdp", "YearOnYearGrowth", "10.9", "P1", Q3_21),
        O("place:340400", "industrialValueAdded", "YearOnYearGrowth", "13.8", "P1", Q3_21),
        O("place:340300", "industrialValueAdded", "YearOnYearGrowth", "12.9", "P1", Q3_21),
        O(AH, "gdp", "YearOnYearGrowth", "8", "P1", Y(2021), target=True),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hr07 第七届进博会
SH = "place:310000"
A10_24 = "2024-01-01/2024-10-31"
hr07 = {
    "editor": "杜苗",
    "entities": [
        E("中新网", ORG, "org:chinanews", True),
        E("上海", P, SH, True, [1]),  # dateline
        E("上海", P, SH, False, [2]),
        E("缪璐", PER, "person:缪璐@reporter", True),
        E("第七届中国国际进口博览会", ORG, None, True),
        E("中国国际进口博览局", ORG, None, True),
        E("进博会", ORG, None, True),
        E("国务院", ORG, "org:state-council"),
        E("李强", PER, "person:李强@org:state-council"),
        E("虹桥国际经济论坛", ORG, None, True),
        E("中国", CO, CHN),
        E("海关总署", ORG, "org:gacc"),
        E("国家会展中心（上海）", ORG, None, True),
        E("中新社", ORG, "org:chinanews", True),
        E("汤彦俊", PER, "person:汤彦俊@reporter", True),
        E("美国", CO, "country:USA"),
        E("日本", CO, "country:JPN"),
        E("德国", CO, "country:DEU"),
        E("意大利", CO, "country:ITA"),
        E("上海市商务委员会", ORG, "org:commerce-310000"),
        E("青浦区", C, "place:310118"),
        E("虹桥国际中央商务区", SA, None, True),
        E("上海机场", ORG, None, True),
        E("锦江酒店", ORG, None, True),
    ],
    "must_not": [
        IN("上海机场", "上海", "stock link 上海机场 (a company)", PLACE),
        IN("锦江酒店", "锦江", "stock link 锦江酒店 (not 锦江区)", PLACE),
    ],
    "relations": [R("person:李强@org:state-council", HOLDS, "post:org:state-council#总理")],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("36.02"), "CNY", A10_24),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "5.2", "P1", A10_24),
        O(CHN, "importValue", "Level", wy("15.22"), "CNY", A10_24),
        O(CHN, "importValue", "YearOnYearGrowth", "3.2", "P1", A10_24),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hr08 国函〔2016〕40号
GH40 = "doc:guohan-2016-40"
PLAN8 = "title:服务贸易创新发展试点方案"
hr08 = {
    "editor": "郝欣",
    "entities": [
        E("天津", P, "place:120000"),
        E("中新社", ORG, "org:chinanews", True),
        E("北京", P, "place:110000", True),  # dateline
        E("国务院", ORG, "org:state-council"),
        E("《国务院关于同意开展服务贸易创新发展试点的批复》", L, GH40),
        E("国函〔2016〕40号", L, GH40),
        E("商务部", ORG, "org:mofcom"),
        E("《服务贸易创新发展试点方案》", L, PLAN8),
        E("上海", P, "place:310000"),
        E("海南", P, "place:460000"),
        E("深圳", PF, "place:440300", False, [1]),
        E("杭州", PF, "place:330100"),
        E("杭州市", PF, "place:330100"),
        E("武汉", PF, "place:420100"),
        E("广州", PF, "place:440100"),
        E("成都", PF, "place:510100"),
        E("苏州", PF, "place:320500"),
        E("威海", PF, "place:371000"),
        # 国家级新区: no ONTOLOGY rule gives their kind prefix: optional, no ref
        E("哈尔滨新区", PZ, None, True),
        E("江北新区", PZ, None, True),
        E("两江新区", PZ, None, True),
        E("贵安新区", PZ, None, True),
        E("西咸新区", PZ, None, True),
        E("商务部服务贸易和商贸服务业司", ORG, MOF_SVC),
        E("浙江省", P, "place:330000"),
        E("滨江区", C, "place:330108"),
        E("恒生电子", ORG, None, True),
        E("深圳机场", ORG, None, True),
    ],
    "must_not": [
        IN("深圳机场", "深圳", "stock link 深圳机场 (a company)", PLACE),
        IN("体制机制和政策", "和政", "…和 + 政策…, not 和政县", PLACE),
    ],
    "relations": [
        R(GH40, PASSED, "org:state-council"),
        R(PLAN8, PASSED, "org:mofcom"),
        R(MOF_SVC, SUB, "org:mofcom"),
    ],
    "observations": [
        O(CHN, "serviceTradeValue", "Level", yi("7130"), "USD", Y(2015)),
        O(CHN, "serviceTradeValue", "YearOnYearGrowth", "14.6", "P1", Y(2015)),
    ],
    "optional_observations": [
        O(CHN, "exportValue", "Level", yi("2882"), "USD", Y(2015), None, "服务出口"),
        O(CHN, "exportValue", "YearOnYearGrowth", "9.2", "P1", Y(2015), None, "服务出口"),
        O(CHN, "importValue", "Level", yi("4248"), "USD", Y(2015), None, "服务进口"),
        O(CHN, "importValue", "YearOnYearGrowth", "18.6", "P1", Y(2015), None, "服务进口"),
    ],
    "claims": [{"kind": "kgo:ZonesNationwide", "about": CHN, "value": 15, "zone_type": PILOT}],
}

# ---------------------------------------------------------------- hr09 江西 上半年 2022
JX = "place:360000"
H1_22, Q2_22, M6_22, A5_22 = (
    "2022-01-01/2022-06-30",
    "2022-04-01/2022-06-30",
    "2022-06-01/2022-06-30",
    "2022-01-01/2022-05-31",
)
JX_NBS = "body:江西省统计局"
JX_SURVEY = "body:国家统计局江西调查总队"
hr09 = {
    "editor": "宋雅芳",
    "entities": [
        E("江西省统计局", ORG, JX_NBS),
        E("江西省", P, JX),
        E("南昌海关", ORG, "body:南昌海关"),
        E("南昌市", PF, "place:360100"),
        E("红谷滩区", C, "place:360113"),
        E("南昌", PF, "place:360100"),
        E("赣州", PF, "place:360700"),
        E("九江", PF, "place:360400"),
        E("浙江", P, "place:330000"),
        E("上饶市", PF, "place:361100"),
        E("国家统计局江西调查总队", ORG, JX_SURVEY),
        E("江西铜业", ORG, None, True),
        E("江铃汽车", ORG, None, True),
    ],
    "must_not": [
        IN("浙江西部", "江西", "浙江 + 西部, not 江西", PLACE),
        IN("江西铜业", "江西", "stock link 江西铜业 (a company)", PLACE),
    ],
    "relations": [
        R(JX_NBS, AREA, JX),
        R("body:南昌海关", AREA, "place:360100"),
        R(JX_SURVEY, SUB, "org:nbs"),
        R(JX_SURVEY, AREA, JX),
    ],
    "observations": [
        O(JX, "gdp", "Level", yi("14628.2"), "CNY", H1_22),
        O(JX, "gdp", "YearOnYearGrowth", "5.0", "P1", H1_22),
        O(JX, "gdp", "Level", yi("1012.5"), "CNY", H1_22, None, "第一产业"),
        O(JX, "gdp", "YearOnYearGrowth", "4.2", "P1", H1_22, None, "第一产业"),
        O(JX, "gdp", "Level", yi("6578.3"), "CNY", H1_22, None, "第二产业"),
        O(JX, "gdp", "YearOnYearGrowth", "6.6", "P1", H1_22, None, "第二产业"),
        O(JX, "gdp", "Level", yi("7037.4"), "CNY", H1_22, None, "第三产业"),
        O(JX, "gdp", "YearOnYearGrowth", "3.7", "P1", H1_22, None, "第三产业"),
        O(JX, "gdp", "YearOnYearGrowth", "4.3", "P1", Q2_22),
        O(JX, "industrialValueAdded", "YearOnYearGrowth", "7.5", "P1", H1_22),
        O(JX, "industrialValueAdded", "YearOnYearGrowth", "7.3", "P1", M6_22),
        O(JX, "profitTotal", "Level", yi("1453.4"), "CNY", A5_22),
        O(JX, "profitTotal", "YearOnYearGrowth", "9.6", "P1", A5_22),
        O(JX, "fixedAssetInvestment", "YearOnYearGrowth", "10.5", "P1", H1_22),
        O(JX, "retailSalesValue", "Level", yi("6351.7"), "CNY", H1_22),
        O(JX, "retailSalesValue", "YearOnYearGrowth", "3.6", "P1", H1_22),
        O(JX, "foreignTradeValue", "Level", yi("3227.3"), "CNY", H1_22),
        O(JX, "foreignTradeValue", "YearOnYearGrowth", "38.2", "P1", H1_22),
        O(JX, "exportValue", "Level", yi("2451.4"), "CNY", H1_22),
        O(JX, "exportValue", "YearOnYearGrowth", "39.5", "P1", H1_22),
        O("place:360100", "gdp", "Level", yi("3402.6"), "CNY", H1_22),
        O("place:360700", "gdp", "Level", yi("2128.4"), "CNY", H1_22),
        O("place:360400", "gdp", "Level", yi("1940.3"), "CNY", H1_22),
        O("place:361100", "industrialValueAdded", "YearOnYearGrowth", "8.1", "P1", H1_22),
        O(JX, "gdp", "YearOnYearGrowth", "7", "P1", Y(2022), target=True),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hr10 off-topic: 春节档
FILM = "a film title in 《》, not a policy document"
hr10 = {
    "editor": "李铁民",
    "entities": [
        E("中新网", ORG, "org:chinanews", True),
        E("北京", P, "place:110000", True, [1]),  # dateline
        E("国家电影局", ORG, "body:国家电影局"),
        E("广东", P, "place:440000"),
        E("江苏", P, "place:320000"),
        E("浙江", P, "place:330000"),
        E("四川", P, "place:510000"),
        E("河南", P, "place:410000"),
        E("北京市", P, "place:110000"),
        E("朝阳区", C, "place:110105"),
        E("中新社", ORG, "org:chinanews", True),
        E("贾天勇", PER, "person:贾天勇@reporter", True),
        E("万达电影", ORG, None, True),
        E("上海电影", ORG, None, True),
    ],
    "must_not": [
        NA("《热辣滚烫》", FILM, [L]),
        NA("《飞驰人生2》", FILM, [L]),
        NA("《熊出没·逆转时空》", FILM, [L]),
        NA("《第二十条》", FILM + " (第二十条 reads like an article of a law)", [L]),
        IN("上海电影", "上海", "stock link 上海电影 (a company)", PLACE),
        IN("假期延长", "延长", "a verb (extended), not 延长县", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hr11 off-topic: 北京马拉松
hr11 = {
    "editor": "张迪",
    "entities": [
        E("中新网", ORG, "org:chinanews", True),
        E("北京", P, "place:110000", True, [1]),  # dateline
        E("徐志雄", PER, "person:徐志雄@reporter", True),
        E("2024北京马拉松", ORG, None, True),  # the event
        E("北京市", P, "place:110000"),
        E("东城区", C, "place:110101"),
        E("天安门广场", SA, None, True),
        E("西城区", C, "place:110102"),
        E("海淀区", C, "place:110108"),
        E("朝阳区", C, "place:110105"),
        E("奥林匹克公园", SA, None, True),
        E("中国田径协会", ORG, None, True),
        E("北京市人民政府", ORG, "org:gov-110000"),
        E("北京市体育局", ORG, "body:北京市体育局"),
        E("肯尼亚", CO, "country:KEN"),
        E("埃塞俄比亚", CO, "country:ETH"),
        E("日本", CO, "country:JPN"),
        E("中新社", ORG, "org:chinanews", True),
        E("易海菲", PER, "person:易海菲@reporter", True),
        E("北京大学", ORG, None, True),
        E("清华大学", ORG, None, True),
        E("三夫户外", ORG, None, True),
        E("牧高笛", ORG, None, True),
    ],
    "must_not": [
        NA("长安", "street 长安街 (not 长安区)", PLACE),
        IN("北京大学", "北京", "place inside a university's name", PLACE),
    ],
    "relations": [R("body:北京市体育局", AREA, "place:110000")],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hr12 off-topic: 海尔智家
hr12 = {
    "editor": "刘静",
    "entities": [
        E("中新经纬", ORG, None, True),
        E("海尔智家", ORG, None, True),
        E("美国", CO, "country:USA"),
        E("GE Appliances", ORG, None, True),
        E("新西兰", CO, "country:NZL"),
        E("斐雪派克", ORG, None, True),
        E("日本", CO, "country:JPN"),
        E("巴基斯坦", CO, "country:PAK"),
        E("山东省", P, "place:370000"),
        E("青岛市", PF, "place:370200"),
        E("崂山区", C, "place:370212"),
        E("海尔工业园", ORG, None, True),
        E("青岛电冰箱总厂", ORG, None, True),
        E("工业和信息化部", ORG, "org:miit"),
        E("格力电器", ORG, None, True),
        E("美的集团", ORG, None, True),
    ],
    "must_not": [IN("青岛电冰箱总厂", "青岛", "place inside a company's name", PLACE)],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "hr01": hr01,
    "hr02": hr02,
    "hr03": hr03,
    "hr04": hr04,
    "hr05": hr05,
    "hr06": hr06,
    "hr07": hr07,
    "hr08": hr08,
    "hr09": hr09,
    "hr10": hr10,
    "hr11": hr11,
    "hr12": hr12,
}


def main() -> None:
    """Write hrNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
        spec["must_not"] = resolve_in(body, spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
