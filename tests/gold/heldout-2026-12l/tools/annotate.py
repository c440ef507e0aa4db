"""Write the gold files of heldout-2026-12l from the annotator's span lists.

Input: articles/hlNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: hlNN.json (one entity per occurrence; ``"captions": true``; containment relations
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
    yi,
)

HERE = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------- hl01 河北 2021 trade
HB = "place:130000"
P21, D21 = Y(2021), "2021-12-01/2021-12-31"
hl01 = {
    "editor": "张倩",
    "entities": [
        E("河北省", P, HB),
        E("河北", P, HB),
        E("中新网", ORG, None, True),
        E("石家庄", PF, "place:130100", True, [1]),  # dateline
        E("王天译", "Person", "person:王天译@reporter", True),
        E("石家庄", PF, "place:130100", False, [3]),
        E("石家庄海关", ORG, "body:石家庄海关"),
        E("石家庄海关综合业务处", ORG, "body:石家庄海关综合业务处"),
        E("欧盟", ORG, "org:eu", True),
        E("东盟", ORG, "org:asean", True),
        E("美国", CO, "country:USA"),
        E("巴西", CO, "country:BRA"),
        E("一带一路", L, "doc:bri", True),
        E("唐山", PF, "place:130200", False, [1, 2]),
        E("唐山", PF, "place:130200", True, [4]),  # caption: 唐山港 the port
        E("曹妃甸", C, "place:130209", True, [2]),  # caption: 曹妃甸港区, a port area
        E("保定", PF, "place:130600"),
        E("曹妃甸综合保税区", PZ, "zone:bonded-130209"),
        E("石家庄综合保税区", PZ, "zone:bonded-130100"),
        E("中国（河北）自由贸易试验区", FZ, "zone:ftz-130000"),
        E("唐山港", ORG, None, True, [1]),  # stock link (company)
        E("河钢股份", ORG, None, True),
        E("中国新闻网", ORG, None, True),
    ],
    "must_not": [IN("唐山港、河钢", "唐山", "stock link 唐山港 (a company)", PLACE)],
    "relations": [
        R("body:石家庄海关", AREA, "place:130100"),
        R("body:石家庄海关综合业务处", SUB, "body:石家庄海关"),
    ],
    "observations": [
        O(HB, "foreignTradeValue", "Level", yi("5415.3"), "CNY", P21),
        O(HB, "foreignTradeValue", "YearOnYearGrowth", "21.5", "P1", P21),
        O(HB, "exportValue", "Level", yi("3165.4"), "CNY", P21),
        O(HB, "exportValue", "YearOnYearGrowth", "22.5", "P1", P21),
        O(HB, "importValue", "Level", yi("2249.9"), "CNY", P21),
        O(HB, "importValue", "YearOnYearGrowth", "20.2", "P1", P21),
        O(HB, "foreignTradeValue", "Level", yi("512.6"), "CNY", D21),
        O(HB, "foreignTradeValue", "YearOnYearGrowth", "13.8", "P1", D21),
        O(HB, "foreignTradeValue", "Level", yi("764.9"), "CNY", P21, "org:eu"),
        O(HB, "foreignTradeValue", "Level", yi("597.3"), "CNY", P21, "org:asean"),
        O(HB, "foreignTradeValue", "Level", yi("538.2"), "CNY", P21, "country:USA"),
        O(HB, "foreignTradeValue", "YearOnYearGrowth", "17.4", "P1", P21, "org:eu"),
        O(HB, "foreignTradeValue", "YearOnYearGrowth", "25.6", "P1", P21, "org:asean"),
        O(HB, "foreignTradeValue", "YearOnYearGrowth", "14.9", "P1", P21, "country:USA"),
        O(HB, "foreignTradeValue", "Level", yi("411.7"), "CNY", P21, "country:BRA"),
        O(HB, "foreignTradeValue", "YearOnYearGrowth", "47.3", "P1", P21, "country:BRA"),
        O(HB, "foreignTradeValue", "Level", yi("1893.6"), "CNY", P21, "doc:bri"),
        O(HB, "foreignTradeValue", "Share", "35", "P1", P21, "doc:bri"),
        O(HB, "foreignTradeValue", "Level", yi("3307.4"), "CNY", P21, None, "民营企业"),
        O(HB, "foreignTradeValue", "YearOnYearGrowth", "28.1", "P1", P21, None, "民营企业"),
        O(HB, "foreignTradeValue", "Share", "61.1", "P1", P21, None, "民营企业"),
        O(HB, "foreignTradeValue", "Level", yi("1212.5"), "CNY", P21, None, "国有企业"),
        O(HB, "foreignTradeValue", "YearOnYearGrowth", "12.8", "P1", P21, None, "国有企业"),
        O("place:130100", "foreignTradeValue", "Level", yi("1006.4"), "CNY", P21),
        O("place:130200", "foreignTradeValue", "Level", yi("1471.9"), "CNY", P21),
        O("place:130600", "foreignTradeValue", "Level", yi("571.3"), "CNY", P21),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hl02 国函〔2020〕111号
GH = "doc:guohan-2020-111"
PLAN2 = "title:全面深化服务贸易创新发展试点总体方案"
hl02 = {
    "editor": "李昂",
    "entities": [
        E("国务院", ORG, "org:state-council"),
        E("新华社", ORG, None, True),
        E("北京", P, "place:110000", True, [1]),  # dateline
        E("北京", P, "place:110000", False, [2, 3]),
        E("《国务院关于同意全面深化服务贸易创新发展试点的批复》", L, GH),
        E("国函〔2020〕111号", L, GH),
        E("批复", L, GH, True),  # back-references
        E("商务部", ORG, "org:mofcom"),
        E("《全面深化服务贸易创新发展试点总体方案》", L, PLAN2),
        E("总体方案", L, PLAN2, True, [2]),  # back-reference
        E("天津", P, "place:120000"),
        E("上海", P, "place:310000"),
        E("重庆", P, "place:500000"),
        E("海南", P, "place:460000"),
        E("大连", PF, "place:210200"),
        E("厦门", PF, "place:350200"),
        E("青岛", PF, "place:370200"),
        E("深圳", PF, "place:440300"),
        E("石家庄", PF, "place:130100"),
        E("长春", PF, "place:220100"),
        E("哈尔滨", PF, "place:230100"),
        E("南京", PF, "place:320100"),
        E("杭州", PF, "place:330100"),
        E("合肥", PF, "place:340100"),
        E("济南", PF, "place:370100"),
        E("武汉", PF, "place:420100"),
        E("广州", PF, "place:440100"),
        E("成都", PF, "place:510100"),
        E("贵阳", PF, "place:520100"),
        E("昆明", PF, "place:530100"),
        E("西安", PF, "place:610100"),
        E("乌鲁木齐", PF, "place:650100"),
        E("苏州", PF, "place:320500"),
        E("威海", PF, "place:371000"),
        E("河北", P, "place:130000"),
        E("雄安新区", "SpecialArea", "place:x-xiongan"),
        E("贵州", P, "place:520000"),
        E("贵安新区", PZ, "zone:newarea-x-guian"),
        E("陕西", P, "place:610000"),
        E("西咸新区", PZ, "zone:newarea-x-xixian"),
        E("商务部服务贸易和商贸服务业司", ORG, "body:商务部服务贸易和商贸服务业司"),
        E("跨境服务贸易负面清单", L, None, True),
        E("中国国际服务贸易交易会", ORG, None, True),  # event
        E("鞠焕宗", "Person", "person:鞠焕宗@reporter", True),
        E("东华软件", ORG, None, True),
        E("用友网络", ORG, None, True),
    ],
    "must_not": [NA("会同", "the verb 会同 (会同县)", PLACE)],
    "relations": [
        R(GH, PASSED, "org:state-council"),
        R(PLAN2, PASSED, "org:mofcom"),
        R("body:商务部服务贸易和商贸服务业司", SUB, "org:mofcom"),
    ],
    "observations": [
        O(CHN, "serviceTradeValue", "Level", yi("54152.9"), "CNY", Y(2019)),
        O(CHN, "serviceTradeValue", "YearOnYearGrowth", "2.8", "P1", Y(2019)),
        O(CHN, "serviceTradeValue", "Level", yi("18777.7"), "CNY", Y(2019), None, "知识密集型服务"),
        O(
            CHN,
            "serviceTradeValue",
            "YearOnYearGrowth",
            "10.8",
            "P1",
            Y(2019),
            None,
            "知识密集型服务",
        ),
        O(CHN, "serviceTradeValue", "Share", "34.7", "P1", Y(2019), None, "知识密集型服务"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hl03 天津东疆综合保税区
TJ = "place:120000"
Q3 = "2020-01-01/2020-09-30"
DJ = "zone:bonded-x-tianjin-dongjiang"
DJP = "zone:bondedport-x-tianjin-dongjiang"
hl03 = {
    "editor": "杨赋",
    "entities": [
        E("天津日报", ORG, None, True),
        E("天津海关", ORG, "body:天津海关"),
        E("国务院", ORG, "org:state-council"),
        E("天津东疆保税港区", PZ, DJP),
        E("东疆保税港区", PZ, DJP),
        E("天津东疆综合保税区", PZ, DJ),
        E("东疆综保区", PZ, DJ),
        E("天津港综合保税区", PZ, "zone:bonded-x-tianjin-port"),
        E("天津泰达综合保税区", PZ, "zone:bonded-x-tianjin-teda"),
        E("天津滨海新区综合保税区", PZ, "zone:bonded-x-tianjin-binhai"),
        E("天津市", P, TJ),
        E("天津", P, TJ),  # the heading; the caption's port and the stock link are below
        E("滨海新区", C, "place:120116"),
        E("中国（天津）自由贸易试验区", FZ, "zone:ftz-120000"),
        E("东疆片区", PZ, None, True),  # an FTZ section
        E("天津港东疆港区", ORG, None, True),  # caption: a port area
        E("天津市商务局", ORG, "org:commerce-120000"),
        E("张爱国", "Person", "person:张爱国@org:commerce-120000"),
        E("天津港", ORG, None, True, [2]),  # stock link (company)
        E("保税港区", PZ, None, True),  # the zone type
        E("综合保税区", PZ, None, True),  # the zone type
        E("中储股份", ORG, None, True),
    ],
    "must_not": [
        IN("天津日报", "天津", "newspaper 天津日报", PLACE),
        IN("天津港、中储", "天津", "stock link 天津港 (a company)", PLACE),
    ],
    "relations": [
        R("body:天津海关", AREA, TJ),
        R("person:张爱国@org:commerce-120000", HOLDS, "post:org:commerce-120000#局长"),
    ],
    "observations": [
        O(TJ, "foreignTradeValue", "Level", yi("5483.1"), "CNY", Q3),
        O(TJ, "foreignTradeValue", "YearOnYearGrowth", "-1.5", "P1", Q3),
        O(TJ, "exportValue", "Level", yi("2218.4"), "CNY", Q3),
        O(TJ, "exportValue", "YearOnYearGrowth", "0.6", "P1", Q3),
        O(TJ, "importValue", "Level", yi("3264.7"), "CNY", Q3),
        O(TJ, "importValue", "YearOnYearGrowth", "-2.9", "P1", Q3),
    ],
    "optional_observations": [
        O(DJP, "foreignTradeValue", "Level", yi("496.2"), "CNY", Q3),
        O(DJP, "foreignTradeValue", "YearOnYearGrowth", "16.8", "P1", Q3),
    ],
    "claims": [
        {"kind": "kgo:ZonesInPlace", "about": TJ, "value": 5, "zone_type": "kgo:PilotZone"},
    ],
}

# ---------------------------------------------------------------- hl04 湖北 FTZ five years
HUB = "place:420000"
HFZ = "zone:ftz-420000"
hl04 = {
    "editor": "韩佳",
    "entities": [
        E("湖北自贸试验区", FZ, HFZ),
        E("自贸试验区", FZ, None, True),  # the zone type
        E("湖北日报", ORG, None, True),
        E("王馨", "Person", "person:王馨@reporter", True),
        E("湖北省人民政府新闻办公室", ORG, "body:湖北省人民政府新闻办公室"),
        E("中国（湖北）自由贸易试验区", FZ, HFZ),
        E("湖北省商务厅", ORG, "org:commerce-420000"),
        E("武汉", PF, "place:420100", False, [1]),
        E("襄阳", PF, "place:420600", False, [1]),
        E("宜昌", PF, "place:420500", False, [1]),
        E("湖北省", P, HUB),
        E("湖北", P, HUB),
        E("武汉片区", PZ, None, True),
        E("襄阳片区", PZ, None, True),
        E("宜昌片区", PZ, None, True),
        E("十堰", PF, "place:420300"),
        E("荆州", PF, "place:421000"),
        E("黄石", PF, "place:420200"),
        E("河南", P, "place:410000"),
        E("重庆", P, "place:500000"),
        E("四川", P, "place:510000"),
        E("陕西", P, "place:610000"),
        E("武汉东湖新技术开发区", PZ, None, True),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("武汉东湖综合保税区", PZ, "zone:bonded-x-wuhan-donghu"),
        E("襄阳综合保税区", PZ, "zone:bonded-420600"),
        E("湖北广电", ORG, None, True),
        E("华工科技", ORG, None, True),
    ],
    "must_not": [
        IN("湖北日报", "湖北", "newspaper 湖北日报", PLACE),
        IN("湖北广电", "湖北", "stock link 湖北广电 (a company)", PLACE),
    ],
    "relations": [
        R("body:湖北省人民政府新闻办公室", SUB, "body:湖北省人民政府"),
        R("body:湖北省人民政府新闻办公室", AREA, HUB),
    ],
    "observations": [
        O(HUB, "foreignTradeValue", "Level", yi("5374.4"), "CNY", Y(2021)),
        O(HUB, "foreignTradeValue", "YearOnYearGrowth", "24.8", "P1", Y(2021)),
        O(HUB, "exportValue", "Level", yi("3493.5"), "CNY", Y(2021)),
        O(HUB, "exportValue", "YearOnYearGrowth", "29.1", "P1", Y(2021)),
    ],
    "optional_observations": [
        O(HFZ, "foreignTradeValue", "Level", yi("1028.3"), "CNY", Y(2021)),
        O(HFZ, "foreignTradeValue", "Share", "19.1", "P1", Y(2021)),
    ],
    "claims": [
        {
            "kind": "kgo:ZonesNationwide",
            "about": CHN,
            "value": 21,
            "zone_type": "kgo:FreeTradeZone",
        },
    ],
}

# ---------------------------------------------------------------- hl05 FDI 2019
FDI = "title:中华人民共和国外商投资法"
NEG = "title:外商投资准入特别管理措施（负面清单）（2019年版）"
GAO = "person:高峰@org:mofcom"
P19 = Y(2019)
hl05 = {
    "editor": "郭建",
    "entities": [
        E("中新经纬", ORG, None, True),
        E("自贸试验区", FZ, None, True),  # the zone type
        E("自由贸易试验区", FZ, None, True),
        E("商务部", ORG, "org:mofcom"),
        E("高峰", "Person", GAO),
        E("韩国", CO, "country:KOR"),
        E("日本", CO, "country:JPN"),
        E("英国", CO, "country:GBR"),
        E("一带一路", L, "doc:bri", True),
        E("江苏", P, "place:320000"),
        E("广东", P, "place:440000"),
        E("上海", P, "place:310000"),
        E("《中华人民共和国外商投资法》", L, FDI),
        E("外商投资法", L, FDI),
        E("国家发展改革委", ORG, "org:ndrc"),
        E("《外商投资准入特别管理措施（负面清单）（2019年版）》", L, NEG),
        E("外资准入负面清单", L, NEG, True),  # short form
        E("中国国际进口博览会", ORG, None, True),  # event
        E("外高桥", ORG, None, True),  # stock link
    ],
    "must_not": [NA("会同", "the verb 会同 (会同县)", PLACE)],
    "relations": [
        R(GAO, HOLDS, "post:org:mofcom#新闻发言人"),
        R(NEG, PASSED, "org:ndrc"),
        R(NEG, PASSED, "org:mofcom"),
    ],
    "observations": [
        O(CHN, "foreignInvestmentValue", "Level", yi("9415.2"), "CNY", P19),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "5.8", "P1", P19),
        O(CHN, "foreignInvestmentValue", "Level", yi("1381.4"), "USD", P19),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "2.4", "P1", P19),
        O(CHN, "foreignInvestmentValue", "Level", yi("6709.6"), "CNY", P19, None, "服务业"),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "9.0", "P1", P19, None, "服务业"),
        O(CHN, "foreignInvestmentValue", "Share", "71.3", "P1", P19, None, "服务业"),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "25.6", "P1", P19, None, "高技术产业"),
        O(CHN, "foreignInvestmentValue", "Share", "28.3", "P1", P19, None, "高技术产业"),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "26.1", "P1", P19, "country:KOR"),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "12.4", "P1", P19, "country:JPN"),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "19.2", "P1", P19, "country:GBR"),
        O(CHN, "foreignInvestmentValue", "Level", yi("576"), "CNY", P19, "doc:bri"),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "36", "P1", P19, "doc:bri"),
    ],
    "optional_observations": [],
    "claims": [
        {
            "kind": "kgo:ZonesNationwide",
            "about": CHN,
            "value": 18,
            "zone_type": "kgo:FreeTradeZone",
        },
    ],
}

# ---------------------------------------------------------------- hl06 威海 and 韩国
WH = "place:371000"
KFTA = "title:中华人民共和国政府和大韩民国政府自由贸易协定"
P2011 = "2020-01-01/2020-11-30"
hl06 = {
    "editor": "王涛",
    "entities": [
        E("大众日报", ORG, None, True),
        E("威海海关", ORG, "body:威海海关"),
        E("威海市", PF, WH),
        E("威海", PF, WH),  # the caption's 威海港 (the port) is optional below
        E("韩国", CO, "country:KOR"),
        E("《中华人民共和国政府和大韩民国政府自由贸易协定》", L, KFTA),
        E("中韩自贸协定", L, KFTA),
        E("中韩自贸区地方经济合作示范区", PZ, None, True),
        E("第三批跨境电子商务综合试验区", "Batch", "batch:cbec-3", True),
        E("中国（威海）跨境电子商务综合试验区", CB, "zone:cbec-371000"),
        E("威海港", ORG, None, True),  # caption: the port
        E("山东省商务厅", ORG, "org:commerce-370000"),
        E("荣成市", C, "place:371082"),
        E("文登区", C, "place:371003"),
        E("环翠区", C, "place:371002"),
        E("威海广泰", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("威海广泰", "威海", "stock link 威海广泰 (a company)", PLACE),
        NA("通道", "a channel, not 通道侗族自治县", PLACE),
    ],
    "relations": [
        R("body:威海海关", AREA, WH),
        R("zone:cbec-371000", "kgo:inBatch", "batch:cbec-3"),
    ],
    "observations": [
        O(WH, "foreignTradeValue", "Level", yi("301.7"), "CNY", P2011, "country:KOR"),
        O(WH, "foreignTradeValue", "YearOnYearGrowth", "5.2", "P1", P2011, "country:KOR"),
        O(WH, "foreignTradeValue", "Share", "24.3", "P1", P2011, "country:KOR"),
        O(WH, "foreignTradeValue", "Level", yi("1241.5"), "CNY", P2011),
        O(WH, "foreignTradeValue", "YearOnYearGrowth", "3.6", "P1", P2011),
        O(WH, "crossBorderEcommerceTradeValue", "Level", yi("46.8"), "CNY", P2011),
        O(WH, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "130", "P1", P2011),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hl07 南通 2021 GDP
NT = "place:320600"
hl07 = {
    "editor": "吴静",
    "entities": [
        E("南通市统计局", ORG, "body:南通市统计局"),
        E("江苏省统计局", ORG, "body:江苏省统计局"),
        E("南通市", PF, NT),
        E("南通", PF, NT),
        E("南通海关", ORG, "body:南通海关"),
        E("崇川区", C, "place:320613"),
        E("海门区", C, "place:320614"),
        E("如皋市", C, "place:320682"),
        E("启东市", C, "place:320681"),
        E("海安市", C, "place:320685"),
        E("如东县", C, "place:320623"),
        E("中天科技", ORG, None, True),
        E("江苏国泰", ORG, None, True),  # stock link
    ],
    "must_not": [IN("江苏国泰", "江苏", "stock link 江苏国泰 (a company)", PLACE)],
    "relations": [
        R("body:南通市统计局", AREA, NT),
        R("body:江苏省统计局", AREA, "place:320000"),
        R("body:南通海关", AREA, NT),
    ],
    "observations": [
        O(NT, "gdp", "Level", yi("11026.9"), "CNY", P21),
        O(NT, "gdp", "YearOnYearGrowth", "8.9", "P1", P21),
        O(NT, "gdp", "TwoYearAverageGrowth", "6.2", "P1", P21),
        O(NT, "gdp", "Level", yi("514.7"), "CNY", P21, None, "第一产业"),
        O(NT, "gdp", "YearOnYearGrowth", "3.1", "P1", P21, None, "第一产业"),
        O(NT, "gdp", "Level", yi("5127.1"), "CNY", P21, None, "第二产业"),
        O(NT, "gdp", "YearOnYearGrowth", "9.8", "P1", P21, None, "第二产业"),
        O(NT, "gdp", "Level", yi("5385.1"), "CNY", P21, None, "第三产业"),
        O(NT, "gdp", "YearOnYearGrowth", "8.5", "P1", P21, None, "第三产业"),
        O(NT, "industrialValueAdded", "YearOnYearGrowth", "15.4", "P1", P21, None, "规模以上工业"),
        O(
            NT,
            "industrialValueAdded",
            "TwoYearAverageGrowth",
            "10.2",
            "P1",
            P21,
            None,
            "规模以上工业",
        ),
        O(NT, "retailSalesValue", "Level", yi("3874.3"), "CNY", P21),
        O(NT, "retailSalesValue", "YearOnYearGrowth", "14.9", "P1", P21),
        O(NT, "retailSalesValue", "TwoYearAverageGrowth", "5.7", "P1", P21),
        O(NT, "fixedAssetInvestment", "YearOnYearGrowth", "6.4", "P1", P21),
        O(NT, "foreignTradeValue", "Level", yi("3402.9"), "CNY", P21),
        O(NT, "foreignTradeValue", "YearOnYearGrowth", "24.3", "P1", P21),
        O(NT, "exportValue", "Level", yi("2140.6"), "CNY", P21),
        O(NT, "exportValue", "YearOnYearGrowth", "22.1", "P1", P21),
        O(NT, "importValue", "Level", yi("1262.3"), "CNY", P21),
        O(NT, "importValue", "YearOnYearGrowth", "28.2", "P1", P21),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hl08 东莞 2021 trade
DG = "place:441900"
hl08 = {
    "editor": "陈佳",
    "entities": [
        E("南方日报", ORG, None, True),
        E("黄埔海关", ORG, "body:黄埔海关"),
        E("东莞市", PF, DG),
        E("东莞", PF, DG),
        E("深圳", PF, "place:440300"),
        E("上海", P, "place:310000"),
        E("北京", P, "place:110000"),
        E("苏州", PF, "place:320500"),
        E("美国", CO, "country:USA"),
        E("欧盟", ORG, "org:eu", True),
        E("中国香港", P, "place:810000"),
        E("东盟", ORG, "org:asean", True),
        E("国务院", ORG, "org:state-council"),
        E("东莞虎门港综合保税区", PZ, "zone:bonded-x-dongguan-humen-port"),
        E("虎门港综保区", PZ, "zone:bonded-x-dongguan-humen-port"),
        E("东莞市商务局", ORG, "body:东莞市商务局"),
        E("东莞松山湖高新区", PZ, None, True),
        E("广东省商务厅", ORG, "org:commerce-440000"),
        E("立讯精密", ORG, None, True),
        E("东莞控股", ORG, None, True),  # stock link
    ],
    "must_not": [IN("东莞控股", "东莞", "stock link 东莞控股 (a company)", PLACE)],
    "relations": [
        R("body:黄埔海关", AREA, "place:440112"),
        R("body:东莞市商务局", AREA, DG),
    ],
    "observations": [
        O(DG, "foreignTradeValue", "Level", yi("15247.2"), "CNY", P21),
        O(DG, "foreignTradeValue", "YearOnYearGrowth", "14.6", "P1", P21),
        O(DG, "exportValue", "Level", yi("9554.6"), "CNY", P21),
        O(DG, "exportValue", "YearOnYearGrowth", "14.2", "P1", P21),
        O(DG, "importValue", "Level", yi("5692.6"), "CNY", P21),
        O(DG, "importValue", "YearOnYearGrowth", "15.4", "P1", P21),
        O(DG, "foreignTradeValue", "Level", yi("6913.3"), "CNY", P21, None, "一般贸易"),
        O(DG, "foreignTradeValue", "YearOnYearGrowth", "25.1", "P1", P21, None, "一般贸易"),
        O(DG, "foreignTradeValue", "Share", "45.3", "P1", P21, None, "一般贸易"),
        O(DG, "foreignTradeValue", "Level", yi("6106.5"), "CNY", P21, None, "加工贸易"),
        O(DG, "foreignTradeValue", "YearOnYearGrowth", "3.3", "P1", P21, None, "加工贸易"),
        O(DG, "foreignTradeValue", "Share", "40", "P1", P21, None, "加工贸易"),
        O(DG, "foreignTradeValue", "Level", yi("2416.8"), "CNY", P21, "country:USA"),
        O(DG, "foreignTradeValue", "Level", yi("1875.4"), "CNY", P21, "org:eu"),
        O(DG, "foreignTradeValue", "Level", yi("1702.3"), "CNY", P21, "place:810000"),
        O(DG, "foreignTradeValue", "YearOnYearGrowth", "18.7", "P1", P21, "org:asean"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hl09 宁夏 CBEC plan
NX = "place:640000"
YC = "place:640100"
PLAN9 = "title:中国（银川）跨境电子商务综合试验区建设实施方案"
GO9 = "body:宁夏回族自治区人民政府办公厅"
hl09 = {
    "editor": "马宁",
    "entities": [
        E("宁夏日报", ORG, None, True),
        E("自治区商务厅", ORG, "org:commerce-640000"),
        E("宁夏回族自治区人民政府办公厅", ORG, GO9),
        E("《中国（银川）跨境电子商务综合试验区建设实施方案》", L, PLAN9),
        E("中国（银川）跨境电子商务综合试验区", CB, "zone:cbec-640100"),
        E("方案", L, PLAN9, True),  # back-references
        E("银川", PF, YC),
        E("第四批跨境电子商务综合试验区", "Batch", "batch:cbec-4", True),
        E("宁夏", P, NX),
        E("银川综试区", CB, "zone:cbec-640100"),
        E("综试区", CB, None, True),  # the zone type
        E("石嘴山", PF, "place:640200"),
        E("吴忠", PF, "place:640300"),
        E("固原", PF, "place:640400"),
        E("中卫", PF, "place:640500"),
        E("银川海关", ORG, "body:银川海关"),
        E("银川综合保税区", PZ, "zone:bonded-640100"),
        E("中国—阿拉伯国家博览会", ORG, None, True),  # event
        E("阿联酋", CO, "country:ARE"),
        E("沙特阿拉伯", CO, "country:SAU"),
        E("马来西亚", CO, "country:MYS"),
        E("宁夏建材", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("宁夏日报", "宁夏", "newspaper 宁夏日报", PLACE),
        IN("宁夏建材", "宁夏", "stock link 宁夏建材 (a company)", PLACE),
        NA("合作", "经贸合作, not 合作市", PLACE),
    ],
    "relations": [
        R(PLAN9, PASSED, GO9),
        R(GO9, SUB, "body:宁夏回族自治区人民政府"),
        R(GO9, AREA, NX),
        R("body:银川海关", AREA, YC),
        R("zone:cbec-640100", "kgo:inBatch", "batch:cbec-4"),
    ],
    "observations": [
        O(NX, "crossBorderEcommerceTradeValue", "Level", yi("30"), "CNY", Y(2025), target=True),
        O(NX, "foreignTradeValue", "Level", yi("214.6"), "CNY", P21),
        O(NX, "foreignTradeValue", "YearOnYearGrowth", "74.1", "P1", P21),
        O(NX, "exportValue", "Level", yi("157.4"), "CNY", P21),
        O(NX, "exportValue", "YearOnYearGrowth", "70.3", "P1", P21),
        O(NX, "crossBorderEcommerceTradeValue", "Level", yi("6.8"), "CNY", P21),
        O(NX, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "96.5", "P1", P21),
    ],
    "optional_observations": [
        # 年均增长20%以上 to 2025: an average annual growth target, not year-on-year
        O(
            NX,
            "crossBorderEcommerceTradeValue",
            "YearOnYearGrowth",
            "20",
            "P1",
            Y(2025),
            target=True,
        ),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hl10 苏超 (off-topic)
TEAM = "team name (a football team, not the place)"
hl10 = {
    "editor": "周涛",
    "entities": [
        E("江苏", P, "place:320000", False, [1]),
        E("新华社", ORG, None, True),
        E("南京", PF, "place:320100", True, [1]),  # dateline
        E("朱程", "Person", "person:朱程@reporter", True),
        E("江苏省城市足球联赛", ORG, None, True),  # event
        E("苏超", ORG, None, True),  # event
        E("江苏省体育局", ORG, "body:江苏省体育局"),
        E("南通队", ORG, None, True),
        E("盐城队", ORG, None, True),
        E("泰州队", ORG, None, True),
        E("南京队", ORG, None, True),
        E("苏州队", ORG, None, True),
        E("扬州", PF, "place:321000"),
        E("镇江", PF, "place:321100"),
        E("常州", PF, "place:320400"),
        E("南京奥体中心体育场", ORG, None, True),  # venue
        E("李博", "Person", "person:李博@reporter", True),
        E("盐城市", PF, "place:320900"),
        E("大丰区", C, "place:320904"),
        E("泰州市", PF, "place:321200"),
        E("兴化市", C, "place:321281"),
        E("锦江酒店", ORG, None, True),
        E("众信旅游", ORG, None, True),
    ],
    "must_not": [
        IN("南通队", "南通", TEAM, PLACE),
        IN("盐城队", "盐城", TEAM, PLACE),
        IN("泰州队", "泰州", TEAM, PLACE),
        IN("南京队", "南京", TEAM, PLACE),
        IN("苏州队", "苏州", TEAM, PLACE),
        IN("南京奥体中心", "南京", "venue name", PLACE),
        IN("锦江酒店", "锦江", "stock link 锦江酒店 (a company)", PLACE),
        NA("西湖", "瘦西湖, a scenic spot", PLACE),
        NA("金山", "金山寺, a temple", PLACE),
        NA("友谊", "a slogan word, not 友谊县", PLACE),
    ],
    "relations": [R("body:江苏省体育局", AREA, "place:320000")],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hl11 塞罕坝 (off-topic)
hl11 = {
    "editor": "孙悦",
    "entities": [
        E("新华社", ORG, None, True),
        E("石家庄", PF, "place:130100", True),  # dateline only
        E("金皓原", "Person", "person:金皓原@reporter", True),
        E("塞罕坝机械林场", ORG, None, True),
        E("河北省", P, "place:130000"),
        E("承德市", PF, "place:130800"),
        E("围场满族蒙古族自治县", C, "place:130828"),
        E("北京", P, "place:110000"),
        E("天津", P, "place:120000"),
        E("河北省林业和草原局", ORG, "body:河北省林业和草原局"),
        E("塞罕坝林场", ORG, None, True),
        E("联合国环境规划署", ORG, None, True),
        E("国家林业和草原局", ORG, "org:nfga"),
        E("塞罕坝国家森林公园", ORG, None, True),
        E("平潭发展", ORG, None, True),
        E("ST景谷", ORG, None, True),
    ],
    "must_not": [
        IN("平潭发展", "平潭", "stock link 平潭发展 (a company)", PLACE),
        IN("ST景谷", "景谷", "stock link ST景谷 (a company)", PLACE),
    ],
    "relations": [R("body:河北省林业和草原局", AREA, "place:130000")],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hl12 长城汽车 (off-topic)
hl12 = {
    "editor": "刘畅",
    "entities": [
        E("长城汽车", ORG, None, True),
        E("河北省", P, "place:130000"),
        E("保定市", PF, "place:130600"),
        E("莲池区", C, "place:130606"),
        E("天津", P, "place:120000"),
        E("重庆", P, "place:500000"),
        E("泰州", PF, "place:321200"),
        E("日照", PF, "place:371100"),
        E("魏建军", "Person", None, True),
        E("泰国", CO, "country:THA"),
        E("巴西", CO, "country:BRA"),
        E("俄罗斯", CO, "country:RUS"),
    ],
    "must_not": [IN("朝阳南大街", "朝阳", "street name 朝阳南大街", PLACE)],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "hl01": hl01,
    "hl02": hl02,
    "hl03": hl03,
    "hl04": hl04,
    "hl05": hl05,
    "hl06": hl06,
    "hl07": hl07,
    "hl08": hl08,
    "hl09": hl09,
    "hl10": hl10,
    "hl11": hl11,
    "hl12": hl12,
}


def main() -> None:
    """Write hlNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
        spec["must_not"] = resolve_in(body, spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
