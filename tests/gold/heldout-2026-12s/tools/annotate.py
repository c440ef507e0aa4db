"""Write the gold files of heldout-2026-12s from the annotator's span lists.

Input: articles/hsNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: hsNN.json (one entity per occurrence; ``"captions": true``; containment relations
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


# ---------------------------------------------------------------- hs01 辽宁 Q1–3 2021 trade
LN, DL, SY = "place:210000", "place:210200", "place:210100"
Q3_21, SEP21 = "2021-01-01/2021-09-30", "2021-09-01/2021-09-30"
DLC = "body:大连海关"
hs01 = {
    "editor": "赵琳",
    "entities": [
        E("辽宁", P, LN),
        E("辽宁省", P, LN),
        E("中新网", ORG, None, True),
        E("大连", PF, DL, True, [1]),  # dateline
        E("杨毅", "Person", "person:杨毅@reporter", True),
        E("大连海关", ORG, DLC),
        E("欧盟", ORG, "org:eu", True),
        E("日本", CO, "country:JPN"),
        E("东盟", ORG, "org:asean", True),
        E("韩国", CO, "country:KOR"),
        E("一带一路", L, "doc:bri", True),
        E("大连市", PF, DL),
        E("沈阳市", PF, SY),
        E("大连海关综合业务处", ORG, "body:大连海关综合业务处"),
        E("大连大窑湾综合保税区", PZ, None, True),  # named after 大窑湾 (no code): no IRI rule
        E("沈阳综合保税区", PZ, "zone:bonded-210100"),
        E("中国（辽宁）自由贸易试验区", FZ, "zone:ftz-210000"),
        E("大连片区", PZ, None, True),  # FTZ areas
        E("沈阳片区", PZ, None, True),
        E("辽宁省商务厅", ORG, "org:commerce-210000"),
        E("甘井子区", C, "place:210211"),
        E("金州区", C, "place:210213"),
        E("大连重工", ORG, None, True),  # stock link
        E("联美控股", ORG, None, True),
        E("中国新闻网", ORG, None, True),
        E("大连港", ORG, None, True),  # caption: the port
    ],
    "must_not": [IN("大连重工", "大连", "stock link 大连重工 (a company)", PLACE)],
    "relations": [
        R(DLC, AREA, DL),
        R("body:大连海关综合业务处", SUB, DLC),
    ],
    "observations": [
        O(LN, "foreignTradeValue", "Level", yi("5563.9"), "CNY", Q3_21),
        O(LN, "foreignTradeValue", "YearOnYearGrowth", "18.8", "P1", Q3_21),
        O(LN, "foreignTradeValue", "TwoYearAverageGrowth", "4.7", "P1", Q3_21),
        O(LN, "exportValue", "Level", yi("2452.4"), "CNY", Q3_21),
        O(LN, "exportValue", "YearOnYearGrowth", "23.1", "P1", Q3_21),
        O(LN, "importValue", "Level", yi("3111.5"), "CNY", Q3_21),
        O(LN, "importValue", "YearOnYearGrowth", "15.6", "P1", Q3_21),
        O(LN, "foreignTradeValue", "Level", yi("658.2"), "CNY", SEP21),
        O(LN, "foreignTradeValue", "YearOnYearGrowth", "12.4", "P1", SEP21),
        O(LN, "foreignTradeValue", "Level", yi("880.6"), "CNY", Q3_21, "org:eu"),
        O(LN, "foreignTradeValue", "Level", yi("650.3"), "CNY", Q3_21, "country:JPN"),
        O(LN, "foreignTradeValue", "Level", yi("601.7"), "CNY", Q3_21, "org:asean"),
        O(LN, "foreignTradeValue", "YearOnYearGrowth", "10.2", "P1", Q3_21, "org:eu"),
        O(LN, "foreignTradeValue", "YearOnYearGrowth", "8.9", "P1", Q3_21, "country:JPN"),
        O(LN, "foreignTradeValue", "YearOnYearGrowth", "21.5", "P1", Q3_21, "org:asean"),
        O(LN, "foreignTradeValue", "Level", yi("443.8"), "CNY", Q3_21, "country:KOR"),
        O(LN, "foreignTradeValue", "YearOnYearGrowth", "13.6", "P1", Q3_21, "country:KOR"),
        O(LN, "foreignTradeValue", "Level", yi("1924.5"), "CNY", Q3_21, "doc:bri"),
        O(LN, "foreignTradeValue", "YearOnYearGrowth", "25.3", "P1", Q3_21, "doc:bri"),
        O(LN, "foreignTradeValue", "Share", "34.6", "P1", Q3_21, "doc:bri"),
        O(LN, "foreignTradeValue", "Level", yi("2036.2"), "CNY", Q3_21, None, "民营企业"),
        O(LN, "foreignTradeValue", "YearOnYearGrowth", "30.5", "P1", Q3_21, None, "民营企业"),
        O(LN, "foreignTradeValue", "Share", "36.6", "P1", Q3_21, None, "民营企业"),
        O(LN, "foreignTradeValue", "PercentagePointChange", "3.3", "P1", Q3_21, None, "民营企业"),
        O(DL, "foreignTradeValue", "Level", yi("3215.6"), "CNY", Q3_21),
        O(DL, "foreignTradeValue", "YearOnYearGrowth", "14.2", "P1", Q3_21),
        O(DL, "foreignTradeValue", "Share", "57.8", "P1", Q3_21),
        O(SY, "foreignTradeValue", "Level", yi("929.4"), "CNY", Q3_21),
        O(SY, "foreignTradeValue", "YearOnYearGrowth", "21.7", "P1", Q3_21),
        O(LN, "foreignTradeValue", "Level", yi("7500"), "CNY", Y(2021), target=True),
    ],
    # 比2019年同期增长9.6%: growth on a 2019 base, neither 同比 nor 两年平均 (not annotated)
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hs02 海南 封关 preparations
HN, HK = "place:460000", "place:460100"
HFTP = "zone:ftz-460000"
PLAN2 = "title:海南自由贸易港建设总体方案"
LAW2 = "title:中华人民共和国海南自由贸易港法"
WCL = "person:王昌林@org:ndrc"
SMJ = "person:孙梅君@org:gacc"
hs02 = {
    "editor": "黄蕾",
    "entities": [
        E("新华社", ORG, None, True),
        E("北京", P, "place:110000", True),  # dateline only
        E("王立彬", "Person", "person:王立彬@reporter", True),
        E("国务院新闻办公室", ORG, "body:国务院新闻办公室"),
        E("国家发展改革委", ORG, "org:ndrc"),
        E("王昌林", "Person", WCL),
        E("海南自由贸易港", PZ, HFTP),
        E("海南自贸港", PZ, HFTP),
        E("中共中央", ORG, "body:中共中央"),
        E("国务院", ORG, "org:state-council"),
        E("《海南自由贸易港建设总体方案》", L, PLAN2),
        E("海关总署", ORG, "org:gacc"),
        E("孙梅君", "Person", SMJ),
        E("财政部", ORG, "org:mof"),
        E("海南", P, HN),
        E("海南省", P, HN),
        E("洋浦经济开发区", PZ, None, True),  # 洋浦 has no code: no IRI rule
        E("海口", PF, HK),
        E("三亚", PF, "place:460200"),
        E("儋州", PF, "place:460400"),
        E("《中华人民共和国海南自由贸易港法》", L, LAW2),
        E("海口海关", ORG, "body:海口海关"),
        E("海南橡胶", ORG, None, True),  # stock links
        E("海南高速", ORG, None, True),
        E("海南日报", ORG, None, True),  # newspaper
        E("新海港", ORG, None, True),  # caption: a port
    ],
    "must_not": [
        IN("海南橡胶", "海南", "stock link 海南橡胶 (a company)", PLACE),
        IN("海南高速", "海南", "stock link 海南高速 (a company)", PLACE),
        IN("海南日报", "海南", "newspaper 海南日报", PLACE),
    ],
    "relations": [
        R(WCL, HOLDS, "post:org:ndrc#副主任"),
        R(SMJ, HOLDS, "post:org:gacc#副署长"),
        R(PLAN2, PASSED, "body:中共中央"),
        R(PLAN2, PASSED, "org:state-council"),
        R("body:海口海关", AREA, HK),
    ],
    "observations": [
        O(HN, "foreignTradeValue", "Level", yi("2776.5"), "CNY", Y(2024)),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "20.5", "P1", Y(2024)),
        O(HN, "exportValue", "Level", yi("1003.2"), "CNY", Y(2024)),
        O(HN, "exportValue", "YearOnYearGrowth", "26.9", "P1", Y(2024)),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hs03 中欧班列 2023
hs03 = {
    "editor": "钱程",
    "entities": [
        E("人民网", ORG, None, True),
        E("北京", P, "place:110000", True),  # dateline only
        E("齐志明", "Person", "person:齐志明@reporter", True),
        E("中国国家铁路集团有限公司", ORG, None, True),  # a company
        E("国铁集团货运部", ORG, None, True),
        E("西安", PF, "place:610100"),
        E("重庆", P, "place:500000"),
        E("成都", PF, "place:510100"),
        E("郑州", PF, "place:410100"),
        E("乌鲁木齐", PF, "place:650100"),
        E("阿拉山口", C, "place:652702"),
        E("霍尔果斯", C, "place:654004"),
        E("满洲里", C, "place:150781"),
        E("二连浩特", C, "place:152501"),
        E("长安号", ORG, None, True),  # a train brand
        E("德国", CO, "country:DEU"),
        E("波兰", CO, "country:POL"),
        E("哈萨克斯坦", CO, "country:KAZ"),
        E("俄罗斯", CO, "country:RUS"),
        E("国家铁路局", ORG, "body:国家铁路局"),
        E("海关总署", ORG, "org:gacc"),
        E("一带一路", L, "doc:bri", True),
        E("大秦铁路", ORG, None, True),
        E("铁龙物流", ORG, None, True),
    ],
    "must_not": [
        IN("长安号", "长安", "train brand 长安号, not 长安区", PLACE),
        NA("通道", "通道能力 (capacity), not 通道侗族自治县", PLACE),
    ],
    "relations": [],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("19.47"), "CNY", Y(2023), "doc:bri"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "2.8", "P1", Y(2023), "doc:bri"),
        O(CHN, "foreignTradeValue", "Share", "46.6", "P1", Y(2023), "doc:bri"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hs04 CPTPP application
WWT = "person:王文涛@org:mofcom"
NZ_FTA = "title:中国—新西兰自由贸易协定"
ZONES = [CB, FZ, PZ]
hs04 = {
    "editor": "孙瑜",
    "entities": [
        E("中新经纬", ORG, None, True),
        E("商务部", ORG, "org:mofcom"),
        E("王文涛", "Person", WWT),
        E("《全面与进步跨太平洋伙伴关系协定》", L, "doc:cptpp"),
        E("CPTPP", L, "doc:cptpp"),
        E("新西兰", CO, "country:NZL"),
        E("奥康纳", "Person", None, True),  # a foreign minister: no IRI rule for his body
        E("中国", CO, CHN),
        E("日本", CO, "country:JPN"),
        E("加拿大", CO, "country:CAN"),
        E("澳大利亚", CO, "country:AUS"),
        E("新加坡", CO, "country:SGP"),
        E("墨西哥", CO, "country:MEX"),
        E("越南", CO, "country:VNM"),
        E("智利", CO, "country:CHL"),
        E("秘鲁", CO, "country:PER"),
        E("马来西亚", CO, "country:MYS"),
        E("文莱", CO, "country:BRN"),
        E("东盟", ORG, "org:asean", True),
        E("韩国", CO, "country:KOR"),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("RCEP", L, "doc:rcep"),
        E("中新自贸区", L, NZ_FTA),
        E("海关总署", ORG, "org:gacc"),
        E("惠灵顿港", ORG, None, True),  # caption: a foreign port
        E("上港集团", ORG, None, True),
        E("招商轮船", ORG, None, True),
    ],
    "must_not": [
        N("中新自贸区", 1, "the China–New Zealand FTA, not a pilot zone", ZONES),
        NA("上海", "再加上海外需求", PLACE),
        NA("港口", "港口航运 (the word), not 港口区", PLACE),
        NA("中方", "中方 (the Chinese side), not 中方县", PLACE),
    ],
    "relations": [R(WWT, HOLDS, "post:org:mofcom#部长")],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("24.78"), "CNY", "2021-01-01/2021-08-31"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "23.7", "P1", "2021-01-01/2021-08-31"),
        O(CHN, "foreignTradeValue", "Level", wy("1.04"), "USD", Y(2020), "doc:cptpp"),
        O(CHN, "foreignTradeValue", "Share", "22.4", "P1", Y(2020), "doc:cptpp"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hs05 the 135th 广交会
GZ = "place:440100"
CFTC = "body:中国对外贸易中心"
XB = "person:徐兵@body:中国对外贸易中心"
Q1_24 = "2024-01-01/2024-03-31"
hs05 = {
    "editor": "林珊",
    "entities": [
        E("羊城晚报", ORG, None, True),
        E("陈骁鹏", "Person", "person:陈骁鹏@reporter", True),
        E("第135届中国进出口商品交易会", ORG, None, True),  # the event
        E("广交会", ORG, None, True),
        E("广交会展馆", ORG, None, True),  # the venue
        E("广州", PF, GZ),
        E("广州市", PF, GZ),
        E("中国对外贸易中心", ORG, CFTC),
        E("徐兵", "Person", XB),
        E("一带一路", L, "doc:bri", True),
        E("美国", CO, "country:USA"),
        E("欧盟", ORG, "org:eu", True),
        E("沙特阿拉伯", CO, "country:SAU"),
        E("俄罗斯", CO, "country:RUS"),
        E("马来西亚", CO, "country:MYS"),
        E("商务部", ORG, "org:mofcom"),
        E("广东省人民政府", ORG, "org:gov-440000"),
        E("海珠区", C, "place:440105"),
        E("广州海关", ORG, "body:广州海关"),
        E("广州市商务局", ORG, "body:广州市商务局"),
        E("广州酒家", ORG, None, True),  # stock link
        E("格力电器", ORG, None, True),
    ],
    "must_not": [IN("广州酒家", "广州", "stock link 广州酒家 (a company)", PLACE)],
    "relations": [
        R(XB, HOLDS, "post:" + CFTC + "#副主任"),
        R("body:广州海关", AREA, GZ),
        R("body:广州市商务局", AREA, GZ),
    ],
    "observations": [
        O(GZ, "foreignTradeValue", "Level", yi("2561.5"), "CNY", Q1_24),
        O(GZ, "foreignTradeValue", "YearOnYearGrowth", "10.8", "P1", Q1_24),
        O(GZ, "exportValue", "Level", yi("1611.4"), "CNY", Q1_24),
        O(GZ, "exportValue", "YearOnYearGrowth", "16.5", "P1", Q1_24),
    ],
    # 意向出口成交247亿美元 is the fair's, not a place's (not annotated)
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hs06 综保区 assessment 2023
JS, SZ = "place:320000", "place:320500"
GF = "doc:guofa-2019-3"
NJC = "body:南京海关"
hs06 = {
    "editor": "周敏",
    "entities": [
        E("新华日报", ORG, None, True),
        E("南京海关", ORG, NJC),
        E("海关总署", ORG, "org:gacc"),
        E("苏州工业园综合保税区", PZ, None, True),  # 苏州工业园区 has no division code
        E("综合保税区", PZ, None, True),  # the zone type
        E("综保区", PZ, None, True),
        E("江苏", P, JS),
        E("江苏省", P, JS),
        E("昆山综合保税区", PZ, "zone:bonded-320583"),
        E("苏州高新技术产业开发区综合保税区", PZ, None, True),  # named after a 高新区
        E("无锡高新区综合保税区", PZ, None, True),
        E("南京综合保税区", PZ, "zone:bonded-320100"),
        E("常熟综合保税区", PZ, "zone:bonded-320581"),
        E("财政部", ORG, "org:mof"),
        E("商务部", ORG, "org:mofcom"),
        E("综合保税区发展绩效评估办法", L, "title:综合保税区发展绩效评估办法"),
        E("国务院", ORG, "org:state-council"),
        E("《国务院关于促进综合保税区高水平开放高质量发展的若干意见》", L, GF),
        E("国发〔2019〕3号", L, GF),
        E("江苏省商务厅", ORG, "org:commerce-320000"),
        E("苏州市", PF, SZ),
        E("苏州银行", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("苏州银行", "苏州", "stock link 苏州银行 (a company)", PLACE),
        NA("会同", "the verb 会同 (会同县)", PLACE),
    ],
    "relations": [
        R(NJC, AREA, "place:320100"),
        R(GF, PASSED, "org:state-council"),
    ],
    "observations": [
        O(JS, "foreignTradeValue", "Level", wy("5.25"), "CNY", Y(2023)),
        O(JS, "foreignTradeValue", "YearOnYearGrowth", "-3.2", "P1", Y(2023)),
        O(SZ, "foreignTradeValue", "Level", wy("2.46"), "CNY", Y(2023)),
        O(SZ, "foreignTradeValue", "Share", "46.9", "P1", Y(2023)),
    ],
    "optional_observations": [],
    "claims": [
        {"kind": "kgo:ZonesInPlace", "about": JS, "value": 21, "zone_type": "kgo:PilotZone"},
    ],
}

# ---------------------------------------------------------------- hs07 宁波舟山港 2023
NB, ZS, ZJ = "place:330200", "place:330900", "place:330000"
NBO = "body:宁波市人民政府新闻办公室"
hs07 = {
    "editor": "陆洋",
    "entities": [
        E("浙江日报", ORG, None, True),
        E(NBO[5:], ORG, NBO),
        E("宁波舟山港", ORG, None, True),  # the port
        E("北仑", C, "place:330206", True, [1]),  # heading: 北仑港区, a port area
        E("宁波市", PF, NB),
        E("北仑区", C, "place:330206"),
        E("北仑港区", ORG, None, True),
        E("穿山港区", ORG, None, True),
        E("梅山港区", ORG, None, True),
        E("镇海区", C, "place:330211"),
        E("镇海港区", ORG, None, True),
        E("舟山市", PF, ZS),
        E("岱山县", C, "place:330921"),
        E("衢山港区", ORG, None, True),
        E("中国（浙江）自由贸易试验区", FZ, "zone:ftz-330000"),
        E("宁波片区", PZ, None, True),  # FTZ areas
        E("舟山片区", PZ, None, True),
        E("宁波海关", ORG, "body:宁波海关"),
        E("浙江", P, ZJ),
        E("宁波港", ORG, None, True, [1]),  # stock link (not 宁波港 inside 宁波舟山港)
        E("宁波海运", ORG, None, True),
    ],
    "must_not": [
        IN("浙江日报", "浙江", "newspaper 浙江日报", PLACE),
        IN("宁波港、", "宁波", "stock link 宁波港 (a company)", PLACE),
        IN("宁波海运", "宁波", "stock link 宁波海运 (a company)", PLACE),
        NA("港口", "港口 (ports), not 港口区", PLACE),
    ],
    "relations": [
        R(NBO, SUB, "body:宁波市人民政府"),
        R(NBO, AREA, NB),
        R("body:宁波海关", AREA, NB),
    ],
    "observations": [
        O(NB, "foreignTradeValue", "Level", yi("12702.9"), "CNY", Y(2023)),
        O(NB, "foreignTradeValue", "YearOnYearGrowth", "0.4", "P1", Y(2023)),
        O(NB, "foreignTradeValue", "Share", "25.9", "P1", Y(2023)),
        O(NB, "exportValue", "Level", yi("8419.7"), "CNY", Y(2023)),
        O(NB, "exportValue", "YearOnYearGrowth", "2.2", "P1", Y(2023)),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hs08 加工贸易 梯度转移
MEAS = "title:关于支持加工贸易梯度转移重点承接地发展的若干措施"
GB = "doc:guobanfa-2023-10"
HEN = "place:410000"
hs08 = {
    "editor": "吴迪",
    "entities": [
        E("经济日报", ORG, None, True),
        E("冯其予", "Person", "person:冯其予@reporter", True),
        E("商务部", ORG, "org:mofcom"),
        E("人力资源社会保障部", ORG, "body:人力资源和社会保障部"),
        E("海关总署", ORG, "org:gacc"),
        E("《关于支持加工贸易梯度转移重点承接地发展的若干措施》", L, MEAS),
        E("商务部外贸司", ORG, "org:mofcom-foreign-trade-dept"),
        E("国务院办公厅", ORG, "org:state-council-general-office"),
        E("《国务院办公厅关于推动外贸稳规模优结构的意见》", L, GB),
        E("国办发〔2023〕10号", L, GB),
        E("江西", P, "place:360000"),
        E("江西省", P, "place:360000"),
        E("赣州", PF, "place:360700"),
        E("赣州市", PF, "place:360700"),
        E("南康区", C, "place:360703"),
        E("四川", P, "place:510000"),
        E("遂宁", PF, "place:510900"),
        E("安徽", P, "place:340000"),
        E("滁州", PF, "place:341100"),
        E("湖南", P, "place:430000"),
        E("郴州", PF, "place:431000"),
        E("重庆市", P, "place:500000"),
        E("永川区", C, "place:500118"),
        E("河南", P, HEN),
        E("河南省", P, HEN),
        E("郑州新郑综合保税区", PZ, "zone:bonded-410184"),
        E("工业富联", ORG, None, True),
        E("立讯精密", ORG, None, True),
    ],
    "must_not": [],
    "relations": [
        R(MEAS, PASSED, "org:mofcom"),
        R(MEAS, PASSED, "body:人力资源和社会保障部"),
        R(MEAS, PASSED, "org:gacc"),
        R(GB, PASSED, "org:state-council-general-office"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("7.41"), "CNY", Y(2023), None, "加工贸易"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "-9.1", "P1", Y(2023), None, "加工贸易"),
        O(CHN, "foreignTradeValue", "Share", "17.8", "P1", Y(2023), None, "加工贸易"),
        O(HEN, "foreignTradeValue", "Level", yi("3562.4"), "CNY", Y(2023), None, "加工贸易"),
        O(HEN, "foreignTradeValue", "Share", "43.6", "P1", Y(2023), None, "加工贸易"),
    ],
    # 中西部地区 … 占全国的比重 24.6%: a region, not a place (not annotated)
    "optional_observations": [],
    "claims": [
        # 44 designated 加工贸易梯度转移重点承接地: a count of places under a programme
        {"kind": "kgo:ZonesNationwide", "about": CHN, "value": 44, "zone_type": "kgo:PilotZone"},
    ],
}

# ---------------------------------------------------------------- hs09 DEPA application
GAOF = "person:高峰@org:mofcom"
Q3_21B = "2021-01-01/2021-09-30"
hs09 = {
    "editor": "冯静",
    "entities": [
        E("新华社", ORG, None, True),
        E("北京", P, "place:110000", True, [1]),  # dateline
        E("北京", P, "place:110000", False, [2]),
        E("于佳欣", "Person", "person:于佳欣@reporter", True),
        E("商务部", ORG, "org:mofcom"),
        E("王文涛", "Person", WWT),
        E("新西兰", CO, "country:NZL"),
        E("奥康纳", "Person", None, True),  # a foreign minister: no IRI rule for his body
        E("《数字经济伙伴关系协定》", L, "doc:depa"),
        E("DEPA", L, "doc:depa"),
        E("新加坡", CO, "country:SGP"),
        E("智利", CO, "country:CHL"),
        E("高峰", "Person", GAOF),
        E("中国", CO, CHN),
        E("《全面与进步跨太平洋伙伴关系协定》", L, "doc:cptpp"),
        E("CPTPP", L, "doc:cptpp"),
        E("国家统计局", ORG, "org:nbs"),
        E("《经济参考报》", ORG, None, True),  # a newspaper
        E("上海", P, "place:310000"),
        E("浙江", P, "place:330000"),
        E("北京市商务局", ORG, "body:北京市商务局"),
        E("易华录", ORG, None, True),
        E("宝信软件", ORG, None, True),
    ],
    "must_not": [
        N("《经济参考报》", 1, "a newspaper, not a policy document", [L]),
        NA("滨海", "新加坡滨海湾 (Marina Bay), not 滨海县/滨海新区", PLACE),
        NA("中方", "中方 (the Chinese side), not 中方县", PLACE),
        NA("合作", "领域合作 (co-operation), not 合作市", PLACE),
    ],
    "relations": [
        R(WWT, HOLDS, "post:org:mofcom#部长"),
        R(GAOF, HOLDS, "post:org:mofcom#新闻发言人"),
        R("body:北京市商务局", AREA, "place:110000"),
    ],
    "observations": [
        O(
            CHN,
            "serviceTradeValue",
            "Level",
            yi("2947.6"),
            "USD",
            Y(2020),
            None,
            "可数字化交付的服务",
        ),
        O(
            CHN,
            "serviceTradeValue",
            "YearOnYearGrowth",
            "8.4",
            "P1",
            Y(2020),
            None,
            "可数字化交付的服务",
        ),
        O(CHN, "serviceTradeValue", "Share", "44.5", "P1", Y(2020), None, "可数字化交付的服务"),
        O(CHN, "retailSalesValue", "Level", wy("9.19"), "CNY", Q3_21B, None, "网上零售额"),
        O(CHN, "retailSalesValue", "YearOnYearGrowth", "18.5", "P1", Q3_21B, None, "网上零售额"),
        O(CHN, "retailSalesValue", "Level", wy("7.60"), "CNY", Q3_21B, None, "实物商品网上零售额"),
        O(
            CHN,
            "retailSalesValue",
            "YearOnYearGrowth",
            "15.2",
            "P1",
            Q3_21B,
            None,
            "实物商品网上零售额",
        ),
        O(CHN, "retailSalesValue", "Share", "23.6", "P1", Q3_21B, None, "实物商品网上零售额"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hs10 typhoon 烟花 (off-topic)
hs10 = {
    "editor": "郑浩",
    "entities": [
        E("中新网", ORG, None, True),
        E("中央气象台", ORG, "body:中央气象台"),
        E("浙江省", P, ZJ),
        E("浙江", P, ZJ),
        E("舟山市", PF, ZS),
        E("舟山", PF, ZS),  # caption 浙江舟山; the others sit inside 舟山市
        E("温岭", C, "place:331081"),
        E("上海", P, "place:310000"),
        E("金山", C, "place:310116"),
        E("江苏", P, "place:320000"),
        E("浙江省防汛防台抗旱指挥部", ORG, "body:浙江省防汛防台抗旱指挥部"),
        E("宁波市", PF, NB),
        E("象山县", C, "place:330225"),
        E("普陀区", C, "place:330903"),
        E("应急管理部", ORG, "body:应急管理部"),
        E("中国气象局", ORG, "body:中国气象局"),
        E("浦东", C, "place:310115", True),  # 浦东机场, the airport
        E("新华社", ORG, None, True),
        E("徐昱", "Person", "person:徐昱@reporter", True),
        E("中国平安", ORG, None, True),
        E("中国太保", ORG, None, True),
    ],
    "must_not": [
        NA("东海", "东海海面, the sea, not 东海县", PLACE),
        IN("杭州湾", "杭州", "杭州湾, the bay, not the city", PLACE),
        NA("南部", "江苏南部 (southern Jiangsu), not 南部县", PLACE),
        NA("江口", "长江口 (the estuary), not 江口县", PLACE),
    ],
    "relations": [R("body:浙江省防汛防台抗旱指挥部", AREA, ZJ)],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hs11 concerts in 天津 (off-topic)
TJ = "place:120000"
VENUE = "天津奥林匹克中心体育场"
hs11 = {
    "editor": "沈悦",
    "entities": [
        E("北方网", ORG, None, True),
        E("赵倩", "Person", "person:赵倩@reporter", True),
        E("周杰伦", "Person", None, True),
        E("天津", P, TJ, True, [1]),  # 天津站, the concert's Tianjin leg
        E(VENUE, ORG, None, True),  # the venue
        E("天津市文化和旅游局", ORG, "body:天津市文化和旅游局"),
        E("南开区", C, "place:120104"),
        E("河西区", C, "place:120103"),
        E("北京", P, "place:110000"),
        E("河北", P, "place:130000"),
        E("山东", P, "place:370000"),
        E("济南", PF, "place:370100"),
        E("青岛", PF, "place:370200"),
        E("万达电影", ORG, None, True),
        E("宋城演艺", ORG, None, True),
    ],
    "must_not": [
        IN(VENUE, "天津", "venue name", PLACE),
        N("《晴天》", 1, "a song title in 《》, not a policy document", [L]),
        N("《稻香》", 1, "a song title in 《》, not a policy document", [L]),
    ],
    "relations": [R("body:天津市文化和旅游局", AREA, TJ)],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hs12 理想汽车 2023 (off-topic)
hs12 = {
    "editor": "何佳",
    "entities": [
        E("理想汽车", ORG, None, True),
        E("江苏省", P, "place:320000"),
        E("常州市", PF, "place:320400"),
        E("武进区", C, "place:320412"),
        E("北京", P, "place:110000", True, [1]),  # 北京绿色智能工厂, a factory's name
        E("北京市", P, "place:110000"),
        E("顺义区", C, "place:110113"),
        E("李想", "Person", None, True),
        E("常州", PF, "place:320400", True, [2]),  # caption: 常州生产基地, a plant's name
        E("蔚来", ORG, None, True),
        E("小鹏汽车", ORG, None, True),
        E("长安汽车", ORG, None, True),  # stock link
        E("比亚迪", ORG, None, True),
    ],
    "must_not": [IN("长安汽车", "长安", "stock link 长安汽车 (a company)", PLACE)],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "hs01": hs01,
    "hs02": hs02,
    "hs03": hs03,
    "hs04": hs04,
    "hs05": hs05,
    "hs06": hs06,
    "hs07": hs07,
    "hs08": hs08,
    "hs09": hs09,
    "hs10": hs10,
    "hs11": hs11,
    "hs12": hs12,
}


def main() -> None:
    """Write hsNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
        spec["must_not"] = resolve_in(body, spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
