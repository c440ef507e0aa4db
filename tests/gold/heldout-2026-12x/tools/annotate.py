"""Write the gold files of heldout-2026-12x from the annotator's span lists.

Input: articles/hxNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: hxNN.json (one entity per occurrence; ``"captions": true``; containment relations
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
ESTABLISHES = "kgo:establishes"
IN_BATCH = "kgo:inBatch"

# ---------------------------------------------------------------- hx01 吉林 2021 statistics
JL = "place:220000"
P21, D21 = Y(2021), "2021-12-01/2021-12-31"
REPORT = "title:政府工作报告"
hx01 = {
    "editor": "王涵",
    "entities": [
        E("吉林", P, JL),  # occurrences inside longer names are left out
        E("吉林省", P, JL),
        E("中国吉林网", ORG, None, True),
        E("吉林省统计局", ORG, "body:吉林省统计局"),
        E("省统计局", ORG, "body:吉林省统计局"),  # back-reference, the province by context
        E("国家统计局", ORG, "org:nbs"),
        E("通化东宝", ORG, None, True),  # stock link
        E("吉林化纤", ORG, None, True),  # stock link
        E("长春海关", ORG, "body:长春海关"),
        E("长春", PF, "place:220100"),
        E("长春市", PF, "place:220100"),
        E("中国一汽", ORG, None, True),  # caption, a company
        E("吉林市", PF, "place:220200"),
        E("松原市", PF, "place:220700"),
        E("延边州", PF, "place:222400"),
        E("公主岭市", C, "place:220184"),
        E("珲春市", C, "place:222404"),
        E("国家统计局吉林调查总队", ORG, "body:国家统计局吉林调查总队"),
        E("吉林省人民政府", ORG, "body:吉林省人民政府"),
        E("《政府工作报告》", L, REPORT),
        E("吉林日报", ORG, None, True),  # a newspaper
    ],
    "must_not": [
        IN("通化东宝", "通化", "stock link 通化东宝 (a company)", PLACE),
        IN("吉林化纤", "吉林", "stock link 吉林化纤 (a company)", PLACE),
        IN("中国吉林网", "吉林", "news site 中国吉林网", PLACE),
        IN("中国吉林网", "中国", "news site 中国吉林网", [CO]),
        IN("中国一汽", "中国", "company 中国一汽 (caption)", [CO]),
        IN("吉林日报", "吉林", "newspaper 吉林日报", PLACE),
        N("《吉林日报》", 1, "a newspaper, not a policy document", [L]),
        IN("一汽红旗", "红旗", "car brand 红旗 (not 红旗区; caption)", PLACE),
    ],
    "relations": [
        R("body:吉林省统计局", AREA, JL),
        R("body:长春海关", AREA, "place:220100"),
        R("body:国家统计局吉林调查总队", SUB, "org:nbs"),
        R("body:国家统计局吉林调查总队", AREA, JL),
        R(REPORT, PASSED, "body:吉林省人民政府"),
    ],
    "observations": [
        O(JL, "gdp", "Level", yi("13235.52"), "CNY", P21),
        O(JL, "gdp", "YearOnYearGrowth", "6.6", "P1", P21),
        O(JL, "gdp", "TwoYearAverageGrowth", "4.5", "P1", P21),
        O(JL, "gdp", "Level", yi("1553.80"), "CNY", P21, None, "第一产业"),
        O(JL, "gdp", "YearOnYearGrowth", "6.7", "P1", P21, None, "第一产业"),
        O(JL, "gdp", "Level", yi("4768.26"), "CNY", P21, None, "第二产业"),
        O(JL, "gdp", "YearOnYearGrowth", "4.6", "P1", P21, None, "第二产业"),
        O(JL, "gdp", "Level", yi("6913.46"), "CNY", P21, None, "第三产业"),
        O(JL, "gdp", "YearOnYearGrowth", "7.9", "P1", P21, None, "第三产业"),
        O(JL, "industrialValueAdded", "YearOnYearGrowth", "4.6", "P1", P21),
        O(JL, "industrialValueAdded", "TwoYearAverageGrowth", "5.6", "P1", P21),
        O(JL, "industrialValueAdded", "YearOnYearGrowth", "2.9", "P1", D21),
        O(JL, "industrialValueAdded", "YearOnYearGrowth", "2.1", "P1", P21, None, "汽车制造业"),
        O(JL, "industrialValueAdded", "YearOnYearGrowth", "11.6", "P1", P21, None, "医药产业"),
        O(JL, "fixedAssetInvestment", "YearOnYearGrowth", "11.0", "P1", P21),
        O(JL, "realEstateInvestment", "YearOnYearGrowth", "3.9", "P1", P21),
        O(JL, "retailSalesValue", "Level", yi("4216.58"), "CNY", P21),
        O(JL, "retailSalesValue", "YearOnYearGrowth", "10.3", "P1", P21),
        O(JL, "retailSalesValue", "TwoYearAverageGrowth", "0.7", "P1", P21),
        O(JL, "foreignTradeValue", "Level", yi("1503.83"), "CNY", P21),
        O(JL, "foreignTradeValue", "YearOnYearGrowth", "17.0", "P1", P21),
        O(JL, "exportValue", "Level", yi("331.0"), "CNY", P21),
        O(JL, "exportValue", "YearOnYearGrowth", "27.8", "P1", P21),
        O(JL, "importValue", "Level", yi("1172.8"), "CNY", P21),
        O(JL, "importValue", "YearOnYearGrowth", "14.2", "P1", P21),
        O("place:220100", "gdp", "Level", yi("7103.12"), "CNY", P21),
        O("place:220100", "gdp", "YearOnYearGrowth", "6.2", "P1", P21),
        O("place:220100", "gdp", "Share", "53.7", "P1", P21),
        O("place:220200", "gdp", "Level", yi("1571.3"), "CNY", P21),
        O("place:220200", "gdp", "YearOnYearGrowth", "6.1", "P1", P21),
        O("place:220700", "gdp", "YearOnYearGrowth", "7.1", "P1", P21),
        O("place:222400", "gdp", "YearOnYearGrowth", "6.4", "P1", P21),
        O(JL, "gdp", "YearOnYearGrowth", "6", "P1", Y(2022), target=True),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hx02 江苏 2021 trade
JS = "place:320000"
KOR_FTA = "title:中国—韩国自由贸易协定"
hx02 = {
    "editor": "郭明煜",
    "entities": [
        E("江苏", P, JS),
        E("江苏省", P, JS),
        E("新华日报", ORG, None, True),
        E("交汇点", ORG, None, True),
        E("南京海关", ORG, "body:南京海关"),
        E("欧盟", ORG, "org:eu", True),
        E("东盟", ORG, "org:asean", True),
        E("美国", CO, "country:USA"),
        E("韩国", CO, "country:KOR"),
        E("一带一路", L, "doc:bri", True),
        E("南通市", PF, "place:320600"),
        E("苏州", PF, "place:320500"),
        E("无锡", PF, "place:320200"),
        E("南京", PF, "place:320100"),
        E("南通", PF, "place:320600", False, [1, 2]),  # heading, 分地区看; #3 is 苏南通过
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("RCEP", L, "doc:rcep"),
        E("中韩自贸区", L, KOR_FTA),
        E("江苏省商务厅", ORG, "body:江苏省商务厅"),
        E("东山精密", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("苏南通过", "南通", "false substring 苏南通过", PLACE),
        IN("通州湾", "通州", "通州湾 is a bay and port area, not 通州区", PLACE),
        N("中韩自贸区", 1, "an FTA, not a pilot zone", ZONES),
        IN("东山精密", "东山", "stock link 东山精密 (a company)", PLACE),
        NA("会同", "verb 会同 (not 会同县)", PLACE),
    ],
    "relations": [R("body:南京海关", AREA, "place:320100")],
    "observations": [
        O(JS, "foreignTradeValue", "Level", wy("5.21"), "CNY", P21),
        O(JS, "foreignTradeValue", "YearOnYearGrowth", "17.1", "P1", P21),
        O(JS, "foreignTradeValue", "Share", "13.3", "P1", P21),
        O(JS, "exportValue", "Level", wy("3.35"), "CNY", P21),
        O(JS, "exportValue", "YearOnYearGrowth", "18.6", "P1", P21),
        O(JS, "importValue", "Level", wy("1.86"), "CNY", P21),
        O(JS, "importValue", "YearOnYearGrowth", "14.6", "P1", P21),
        O(JS, "foreignTradeValue", "TwoYearAverageGrowth", "9.6", "P1", P21),
        O(JS, "foreignTradeValue", "Level", yi("7936.4"), "CNY", P21, "org:eu"),
        O(JS, "foreignTradeValue", "Level", yi("7560.2"), "CNY", P21, "org:asean"),
        O(JS, "foreignTradeValue", "Level", yi("7446.9"), "CNY", P21, "country:USA"),
        O(JS, "foreignTradeValue", "Level", yi("4637.5"), "CNY", P21, "country:KOR"),
        O(JS, "foreignTradeValue", "YearOnYearGrowth", "17.5", "P1", P21, "org:eu"),
        O(JS, "foreignTradeValue", "YearOnYearGrowth", "16.8", "P1", P21, "org:asean"),
        O(JS, "foreignTradeValue", "YearOnYearGrowth", "18.4", "P1", P21, "country:USA"),
        O(JS, "foreignTradeValue", "YearOnYearGrowth", "13.1", "P1", P21, "country:KOR"),
        O(JS, "foreignTradeValue", "Level", wy("1.31"), "CNY", P21, "doc:bri"),
        O(JS, "foreignTradeValue", "YearOnYearGrowth", "21.2", "P1", P21, "doc:bri"),
        O(JS, "foreignTradeValue", "Share", "25.1", "P1", P21, "doc:bri"),
        O(JS, "exportValue", "Level", wy("2.24"), "CNY", P21, None, "机电产品"),
        O(JS, "exportValue", "YearOnYearGrowth", "17.4", "P1", P21, None, "机电产品"),
        O(JS, "exportValue", "Share", "66.9", "P1", P21, None, "机电产品"),
        O(JS, "exportValue", "Level", yi("4156.8"), "CNY", P21, None, "劳动密集型产品"),
        O(JS, "exportValue", "YearOnYearGrowth", "13.9", "P1", P21, None, "劳动密集型产品"),
        O("place:320500", "foreignTradeValue", "Level", wy("2.54"), "CNY", P21),
        O("place:320200", "foreignTradeValue", "Level", yi("6829.6"), "CNY", P21),
        O("place:320600", "foreignTradeValue", "Level", yi("3405.3"), "CNY", P21),
        O("place:320500", "foreignTradeValue", "YearOnYearGrowth", "13.5", "P1", P21),
        O("place:320200", "foreignTradeValue", "YearOnYearGrowth", "12.1", "P1", P21),
        O("place:320600", "foreignTradeValue", "YearOnYearGrowth", "29.2", "P1", P21),
        O("place:320100", "foreignTradeValue", "Level", yi("6366.8"), "CNY", P21),
        O("place:320100", "foreignTradeValue", "YearOnYearGrowth", "20.2", "P1", P21),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hx03 MOFCOM 2022 consumption
P22, D22 = Y(2022), "2022-12-01/2022-12-31"
GBF = "doc:guobanfa-2022-9"
CARS = "title:关于搞活汽车流通扩大汽车消费若干措施"
SHU = "person:束珏婷@org:mofcom"
hx03 = {
    "editor": "李园",
    "entities": [
        E("商务部", ORG, "org:mofcom"),
        E("中新经纬", ORG, None, True),
        E("束珏婷", "Person", SHU),
        E("国家统计局", ORG, "org:nbs"),
        E("《国务院办公厅关于进一步释放消费潜力促进消费持续恢复的意见》", L, GBF),
        E("国务院办公厅", ORG, "org:state-council-general-office"),  # inside the title
        E("国办发〔2022〕9号", L, GBF),
        E("关于搞活汽车流通扩大汽车消费若干措施", L, CARS),
        E("上海市", P, "place:310000"),
        E("黄浦区", C, "place:310101"),
        E("上海", P, "place:310000"),
        E("北京", P, "place:110000"),
        E("广州", PF, "place:440100"),
        E("天津", P, "place:120000"),
        E("重庆", P, "place:500000"),
        E("消费提振年", ORG, None, True),  # an event
        E("宁波中百", ORG, None, True),  # stock link
        E("王府井", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("南京路", "南京", "street name 南京路 (caption)", PLACE),
        NA("会同", "verb 会同 (not 会同县)", PLACE),
        IN("宁波中百", "宁波", "stock link 宁波中百 (a company)", PLACE),
        IN("市民和游客", "民和", "false substring 市民和游客 (caption)", PLACE),
    ],
    "relations": [
        R(GBF, PASSED, "org:state-council-general-office"),
        R(CARS, PASSED, "org:mofcom"),
        R(SHU, HOLDS, "post:org:mofcom#新闻发言人"),
    ],
    "observations": [
        O(CHN, "retailSalesValue", "Level", yi("439733"), "CNY", P22),
        O(CHN, "retailSalesValue", "YearOnYearGrowth", "-0.2", "P1", P22),
        O(CHN, "retailSalesValue", "Level", yi("40542"), "CNY", D22),
        O(CHN, "retailSalesValue", "YearOnYearGrowth", "-1.8", "P1", D22),
        O(CHN, "retailSalesValue", "Level", yi("43941"), "CNY", P22, None, "餐饮收入"),
        O(CHN, "retailSalesValue", "YearOnYearGrowth", "-6.3", "P1", P22, None, "餐饮收入"),
        O(CHN, "retailSalesValue", "Level", wy("13.79"), "CNY", P22, None, "网上零售额"),
        O(CHN, "retailSalesValue", "YearOnYearGrowth", "4", "P1", P22, None, "网上零售额"),
        O(CHN, "retailSalesValue", "Level", wy("11.96"), "CNY", P22, None, "实物商品网上零售额"),
        O(
            CHN,
            "retailSalesValue",
            "YearOnYearGrowth",
            "6.2",
            "P1",
            P22,
            None,
            "实物商品网上零售额",
        ),
        O(CHN, "retailSalesValue", "Share", "27.2", "P1", P22, None, "实物商品网上零售额"),
        O(
            CHN,
            "retailSalesValue",
            "PercentagePointChange",
            "2.7",
            "P1",
            P22,
            None,
            "实物商品网上零售额",
        ),
        O(CHN, "retailSalesValue", "Level", yi("45772"), "CNY", P22, None, "汽车类"),
        O(CHN, "retailSalesValue", "YearOnYearGrowth", "0.7", "P1", P22, None, "汽车类"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hx04 湖南 and the 中非经贸博览会
HN = "place:430000"
P2108 = "2021-01-01/2021-08-31"
QIAN = "person:钱克明@org:mofcom"
SHEN = "person:沈裕谋@body:湖南省商务厅"
hx04 = {
    "editor": "宋雅芳",
    "entities": [
        E("中国—非洲经贸博览会", ORG, None, True),  # an event
        E("长沙", PF, "place:430100", False, [1, 3, 7]),
        E("长沙", PF, "place:430100", True, [2]),  # dateline
        E("新华社", ORG, "org:xinhua", True),
        E("周勉", "Person", "person:周勉@reporter", True),
        E("张格", "Person", "person:张格@reporter", True),
        E("湖南", P, HN),
        E("商务部", ORG, "org:mofcom"),
        E("湖南省人民政府", ORG, "body:湖南省人民政府"),
        E("钱克明", "Person", QIAN),
        E("中非经贸合作论坛", ORG, None, True),  # an event
        E("中国", CO, CHN),
        E("长沙海关", ORG, "body:长沙海关"),
        E("湖南省", P, HN),
        E("南非", CO, "country:ZAF"),
        E("尼日利亚", CO, "country:NGA"),
        E("刚果（金）", CO, "country:COD"),
        E("湖南省商务厅", ORG, "body:湖南省商务厅"),
        E("沈裕谋", "Person", SHEN),
        E("长沙市", PF, "place:430100"),
        E("雨花区", C, "place:430111"),
        E("高桥大市场", ORG, None, True),  # a market
        E("中国（湖南）自由贸易试验区", FZ, "zone:ftz-430000"),
        E("长沙黄花综合保税区", PZ, "zone:bonded-430100"),
        E("湖南投资", ORG, None, True),  # stock link
        E("三一重工", ORG, None, True),  # stock link
        E("中非经贸博览会", ORG, None, True),  # caption, the event
    ],
    "must_not": [
        IN("中国—非洲经贸博览会", "中国", "event name", [CO]),
        IN("中非经贸合作论坛", "中非", "中非 = China–Africa, not 中非共和国", [CO]),
        IN("中非经贸合作展现", "中非", "中非 = China–Africa, not 中非共和国", [CO]),
        IN("中非经贸博览会", "中非", "中非 = China–Africa, not 中非共和国 (caption)", [CO]),
        IN("湖南投资", "湖南", "stock link 湖南投资 (a company)", PLACE),
        IN("非资源性", "资源", "false substring 非资源性 (not 资源县)", PLACE),
        IN("中非经贸合作展现", "合作", "the word 合作 (not 合作市)", PLACE),
    ],
    "relations": [
        R("body:长沙海关", AREA, "place:430100"),
        R(QIAN, HOLDS, "post:org:mofcom#副部长"),
        R(SHEN, HOLDS, "post:body:湖南省商务厅#厅长"),
    ],
    "observations": [
        O(HN, "foreignTradeValue", "Level", yi("3607.3"), "CNY", P2108),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "26.8", "P1", P2108),
        O(HN, "foreignTradeValue", "Level", yi("79.6"), "CNY", P2108, "country:ZAF"),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "45.2", "P1", P2108, "country:ZAF"),
    ],
    "optional_observations": [  # 对非洲: a continent, no partner IRI
        O(HN, "foreignTradeValue", "Level", yi("310.5"), "CNY", P2108, None, "对非洲"),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "31.7", "P1", P2108, None, "对非洲"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hx05 广西 2021 trade, 越南
GX = "place:450000"
hx05 = {
    "editor": "牛亚蒙",
    "entities": [
        E("广西", P, GX),
        E("广西新闻网", ORG, None, True),
        E("南宁", PF, "place:450100", True, [1]),  # dateline
        E("南宁", PF, "place:450100", False, [3]),
        E("黄艳梅", "Person", "person:黄艳梅@reporter", True),
        E("南宁海关", ORG, "body:南宁海关"),
        E("东盟", ORG, "org:asean", True),
        E("越南", CO, "country:VNM"),
        E("中国—东盟自贸区", L, "doc:china-asean-fta"),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("崇左市", PF, "place:451400"),
        E("凭祥市", C, "place:451481"),
        E("崇左", PF, "place:451400", False, [1]),
        E("崇左片区", FZ, None, True),  # an area of the FTZ; the place in it is no mention
        E("钦州", PF, "place:450700"),
        E("防城港", PF, "place:450600"),
        E("东兴市", C, "place:450681"),
        E("凭祥海关", ORG, "body:凭祥海关"),
        E("东兴海关", ORG, "body:东兴海关"),
        E("广西壮族自治区商务厅", ORG, "body:广西壮族自治区商务厅"),
        E("中国（广西）自由贸易试验区", FZ, "zone:ftz-450000"),
        E("凭祥综合保税区", PZ, "zone:bonded-451481"),
        E("桂林三金", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("广西新闻网", "广西", "news site 广西新闻网", PLACE),
        N("中国—东盟自贸区", 1, "an FTA, not a pilot zone", ZONES),
        IN("友谊关", "友谊", "友谊关 is a pass (not 友谊县)", PLACE),
        IN("北仑河", "北仑", "the river 北仑河 (not 宁波北仑区)", PLACE),
        IN("桂林三金", "桂林", "stock link 桂林三金 (a company)", PLACE),
        IN("县级市中", "市中", "false substring 县级市中 (not 市中区)", PLACE),
        IN("贸易合作", "合作", "the word 合作 (not 合作市)", PLACE),
    ],
    "relations": [
        R("body:南宁海关", AREA, "place:450100"),
        R("body:凭祥海关", AREA, "place:451481"),
        R("body:东兴海关", AREA, "place:450681"),
    ],
    "observations": [
        O(GX, "foreignTradeValue", "Level", yi("5930.6"), "CNY", P21),
        O(GX, "foreignTradeValue", "YearOnYearGrowth", "22.2", "P1", P21),
        O(GX, "exportValue", "Level", yi("2784.1"), "CNY", P21),
        O(GX, "exportValue", "YearOnYearGrowth", "14.8", "P1", P21),
        O(GX, "importValue", "Level", yi("3146.5"), "CNY", P21),
        O(GX, "importValue", "YearOnYearGrowth", "29.5", "P1", P21),
        O(GX, "foreignTradeValue", "Level", yi("2411.6"), "CNY", P21, "org:asean"),
        O(GX, "foreignTradeValue", "YearOnYearGrowth", "12.5", "P1", P21, "org:asean"),
        O(GX, "foreignTradeValue", "Share", "40.7", "P1", P21, "org:asean"),
        O(GX, "foreignTradeValue", "Level", yi("1768.3"), "CNY", P21, "country:VNM"),
        O(GX, "foreignTradeValue", "YearOnYearGrowth", "16.5", "P1", P21, "country:VNM"),
        O(GX, "foreignTradeValue", "Share", "29.8", "P1", P21, "country:VNM"),
        O("place:451400", "foreignTradeValue", "Level", yi("1372.4"), "CNY", P21),
        O("place:450100", "foreignTradeValue", "Level", yi("1186.9"), "CNY", P21),
        O("place:450700", "foreignTradeValue", "Level", yi("839.1"), "CNY", P21),
        O("place:450600", "foreignTradeValue", "Level", yi("787.5"), "CNY", P21),
        O("place:451481", "foreignTradeValue", "Level", yi("697.3"), "CNY", P21),
        O("place:450681", "foreignTradeValue", "Level", yi("226.8"), "CNY", P21),
        O("place:451481", "foreignTradeValue", "YearOnYearGrowth", "8.6", "P1", P21),
        O("place:450681", "foreignTradeValue", "YearOnYearGrowth", "15.2", "P1", P21),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hx06 国函〔2018〕93号, batch 3
GH = "doc:guohan-2018-93"
BATCH3 = [
    "110000", "150100", "210100", "220100", "230100", "320100", "360100", "420100",
    "430100", "450100", "460100", "520100", "530100", "610100", "620100", "350200",
    "130200", "320200", "371000", "440400", "441900", "330782",
]  # fmt: skip
CITIES = [
    ("呼和浩特市", "150100"), ("沈阳市", "210100"), ("长春市", "220100"),
    ("哈尔滨市", "230100"), ("南京市", "320100"), ("南昌市", "360100"), ("武汉市", "420100"),
    ("长沙市", "430100"), ("南宁市", "450100"), ("海口市", "460100"), ("贵阳市", "520100"),
    ("昆明市", "530100"), ("西安市", "610100"), ("兰州市", "620100"), ("厦门市", "350200"),
    ("唐山市", "130200"), ("无锡市", "320200"), ("威海市", "371000"), ("珠海市", "440400"),
    ("东莞市", "441900"),
]  # fmt: skip
PROVINCES = [
    ("河北", "130000"), ("内蒙古", "150000"), ("辽宁", "210000"), ("吉林", "220000"),
    ("黑龙江", "230000"), ("江苏", "320000"), ("浙江", "330000"), ("福建", "350000"),
    ("江西", "360000"), ("山东", "370000"), ("湖北", "420000"), ("湖南", "430000"),
    ("广东", "440000"), ("广西", "450000"), ("海南", "460000"), ("贵州", "520000"),
    ("云南", "530000"), ("陕西", "610000"), ("甘肃", "620000"),
]  # fmt: skip
hx06 = {
    "editor": "徐艺",
    "entities": [
        E("国务院关于同意在北京等22个城市设立跨境电子商务综合试验区的批复", L, GH),
        E("国务院", ORG, "org:state-council"),  # the one inside the 原标题 title is optional
        E("北京", P, "place:110000"),  # inside the titles only
        E("中国政府网", ORG, "org:gov-cn", True),
        E("《关于同意在北京等22个城市设立跨境电子商务综合试验区的批复》", L, GH),
        E("国函〔2018〕93号", L, GH),
        E("北京市", P, "place:110000"),
        *[E(name, PF, f"place:{code}") for name, code in CITIES],
        E("义乌市", C, "place:330782"),
        *[E(name, P, f"place:{code}") for name, code in PROVINCES],
        E("南京", PF, "place:320100"),
        E("无锡", PF, "place:320200"),
        E("珠海", PF, "place:440400"),
        E("东莞", PF, "place:441900"),
        E("义乌", C, "place:330782"),
        E("中国（义乌）跨境电子商务综合试验区", CB, "zone:cbec-330782"),
        E("浙江省人民政府", ORG, "body:浙江省人民政府"),
        E("中国（杭州）跨境电子商务综合试验区", CB, "zone:cbec-330100"),
        E("天津", P, "place:120000"),
        E("第二批", "Batch", "batch:cbec-2", True),
        E("第三批", "Batch", "batch:cbec-3", True),
        E("浙江省", P, "place:330000"),
        E("杭州", PF, "place:330100"),
        E("宁波", PF, "place:330200"),
        E("广东省", P, "place:440000"),
        E("广州", PF, "place:440100"),
        E("深圳", PF, "place:440300"),
        E("商务部电子商务和信息化司", ORG, "body:商务部电子商务和信息化司"),
        E("商务部", ORG, "org:mofcom"),
        E("海关总署", ORG, "org:gacc"),
        E("厦门国贸", ORG, None, True),  # stock link
        E("小商品城", ORG, None, True),  # stock link
    ],
    "must_not": [
        N("中国（城市名）跨境电子商务综合试验区", 1, "a naming pattern, not a zone"),
        NA("会同", "verb 会同 (not 会同县)", PLACE),
        IN("厦门国贸", "厦门", "stock link 厦门国贸 (a company)", PLACE),
    ],
    "relations": [
        R(GH, PASSED, "org:state-council"),
        *[R(GH, ESTABLISHES, f"zone:cbec-{code}") for code in BATCH3],
        *[R(f"zone:cbec-{code}", IN_BATCH, "batch:cbec-3") for code in BATCH3],
        R("body:商务部电子商务和信息化司", SUB, "org:mofcom"),
    ],
    "observations": [
        O(CHN, "crossBorderEcommerceTradeValue", "Level", yi("902.4"), "CNY", Y(2017)),
        O(CHN, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "80.6", "P1", Y(2017)),
    ],
    "optional_observations": [],
    "claims": [
        {
            "kind": "kgo:ZonesNationwide",
            "about": CHN,
            "value": 35,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
        {
            "kind": "kgo:ZonesInPlace",
            "about": "place:330000",
            "value": 3,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
        {
            "kind": "kgo:ZonesInPlace",
            "about": "place:440000",
            "value": 4,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
        {
            "kind": "kgo:FirstZone",
            "about": "place:330100",
            "value": 2015,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
    ],  # fmt: skip
}

# ---------------------------------------------------------------- hx07 陕西 and 中欧班列长安号
SN = "place:610000"
hx07 = {
    "editor": "杜少华",
    "entities": [
        E("陕西", P, SN),
        E("华商网", ORG, None, True),
        E("马昭", "Person", "person:马昭@reporter", True),
        E("西安国际港务区", ORG, None, True),  # a development area (no IRI rule)
        E("德国", CO, "country:DEU"),
        E("波兰", CO, "country:POL"),
        E("哈萨克斯坦", CO, "country:KAZ"),
        E("西安海关", ORG, "body:西安海关"),
        E("陕西省", P, SN),
        E("西安市", PF, "place:610100"),
        E("宝鸡", PF, "place:610300"),
        E("咸阳", PF, "place:610400"),
        E("欧盟", ORG, "org:eu", True),
        E("灞桥区", C, "place:610111"),
        E("西安国际港站", ORG, None, True),  # caption, a station
        E("陕西省商务厅", ORG, "body:陕西省商务厅"),
        E("中国（陕西）自由贸易试验区", FZ, "zone:ftz-610000"),
        E("中国（西安）跨境电子商务综合试验区", CB, "zone:cbec-610100"),
        E("西安综合保税区", PZ, "zone:bonded-610100"),
        E("西安市商务局", ORG, "body:西安市商务局"),
        E("西安", PF, "place:610100"),
        E("长安汽车", ORG, None, True),  # stock link
        E("陕西煤业", ORG, None, True),  # stock link
    ],
    "must_not": [
        NA("长安", "the train brand 长安号 (not 长安区)", PLACE),
        IN("长安汽车", "长安", "stock link 长安汽车 (a company)", PLACE),
        IN("陕西煤业", "陕西", "stock link 陕西煤业 (a company)", PLACE),
        IN("西安国际港站", "西安", "station name (caption)", PLACE),
    ],
    "relations": [
        R("body:西安海关", AREA, "place:610100"),
        R("body:西安市商务局", AREA, "place:610100"),
    ],
    "observations": [
        O(SN, "foreignTradeValue", "Level", yi("4757.8"), "CNY", P21),
        O(SN, "foreignTradeValue", "YearOnYearGrowth", "25.9", "P1", P21),
        O(SN, "exportValue", "Level", yi("2564.5"), "CNY", P21),
        O(SN, "exportValue", "YearOnYearGrowth", "31.0", "P1", P21),
        O(SN, "importValue", "Level", yi("2193.3"), "CNY", P21),
        O(SN, "importValue", "YearOnYearGrowth", "20.4", "P1", P21),
        O("place:610100", "foreignTradeValue", "Level", yi("4427.4"), "CNY", P21),
        O("place:610100", "foreignTradeValue", "Share", "93.1", "P1", P21),
        O("place:610300", "foreignTradeValue", "Level", yi("126.5"), "CNY", P21),
        O("place:610400", "foreignTradeValue", "Level", yi("87.3"), "CNY", P21),
        O(SN, "foreignTradeValue", "Level", yi("749.2"), "CNY", P21, "org:eu"),
        O(SN, "foreignTradeValue", "YearOnYearGrowth", "21.3", "P1", P21, "org:eu"),
        O(SN, "foreignTradeValue", "Level", yi("37.6"), "CNY", P21, "country:KAZ"),
        O(SN, "foreignTradeValue", "YearOnYearGrowth", "38.7", "P1", P21, "country:KAZ"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hx08 national trade Q1–Q3 2023
Q23, S23 = "2023-01-01/2023-09-30", "2023-09-01/2023-09-30"
LV = "person:吕大良@org:gacc"
STATS = "body:海关总署统计分析司"
hx08 = {
    "editor": "常福强",
    "entities": [
        E("央视网", ORG, None, True),
        E("国务院新闻办公室", ORG, "org:scio"),
        E("海关总署", ORG, "org:gacc"),
        E("统计分析司", ORG, STATS),
        E("吕大良", "Person", LV),
        E("东盟", ORG, "org:asean", True),
        E("欧盟", ORG, "org:eu", True),
        E("美国", CO, "country:USA"),
        E("日本", CO, "country:JPN"),
        E("一带一路", L, "doc:bri", True),
        E("山东省", P, "place:370000"),
        E("日照市", PF, "place:371100"),
        E("岚山区", C, "place:371103"),
        E("日照港", ORG, None, True),  # caption, the port
        E("广东", P, "place:440000"),
        E("江苏", P, "place:320000"),
        E("浙江", P, "place:330000"),
        E("上海", P, "place:310000"),
        E("山东", P, "place:370000"),
        E("上港集团", ORG, None, True),  # stock link
        E("宁波港", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("日照港", "日照", "the port 日照港 (caption)", PLACE),
        IN("宁波港", "宁波", "stock link 宁波港 (a company)", PLACE),
        IN("港口企业", "港口", "the word 港口 (not 港口区)", PLACE),
    ],
    "relations": [
        R(STATS, SUB, "org:gacc"),
        R(LV, HOLDS, "post:org:gacc#新闻发言人"),
        R(LV, HOLDS, f"post:{STATS}#司长"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("30.8"), "CNY", Q23),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "-0.2", "P1", Q23),
        O(CHN, "exportValue", "Level", wy("17.6"), "CNY", Q23),
        O(CHN, "exportValue", "YearOnYearGrowth", "0.6", "P1", Q23),
        O(CHN, "importValue", "Level", wy("13.2"), "CNY", Q23),
        O(CHN, "importValue", "YearOnYearGrowth", "-1.2", "P1", Q23),
        O(CHN, "foreignTradeValue", "Level", wy("3.74"), "CNY", S23),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "-0.8", "P1", S23),
        O(CHN, "exportValue", "Level", wy("2.03"), "CNY", S23),
        O(CHN, "exportValue", "YearOnYearGrowth", "-0.6", "P1", S23),
        O(CHN, "foreignTradeValue", "Level", wy("4.67"), "CNY", Q23, "org:asean"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "-0.5", "P1", Q23, "org:asean"),
        O(CHN, "foreignTradeValue", "Share", "15.2", "P1", Q23, "org:asean"),
        O(CHN, "foreignTradeValue", "Level", wy("4.1"), "CNY", Q23, "org:eu"),
        O(CHN, "foreignTradeValue", "Level", wy("3.4"), "CNY", Q23, "country:USA"),
        O(CHN, "foreignTradeValue", "Level", wy("1.6"), "CNY", Q23, "country:JPN"),
        O(CHN, "foreignTradeValue", "Level", wy("14.32"), "CNY", Q23, "doc:bri"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "3.1", "P1", Q23, "doc:bri"),
        O(CHN, "foreignTradeValue", "Share", "46.5", "P1", Q23, "doc:bri"),
        O(CHN, "foreignTradeValue", "Level", wy("16.35"), "CNY", Q23, None, "民营企业"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "6.1", "P1", Q23, None, "民营企业"),
        O(CHN, "foreignTradeValue", "Share", "53.1", "P1", Q23, None, "民营企业"),
        O(CHN, "foreignTradeValue", "PercentagePointChange", "2.7", "P1", Q23, None, "民营企业"),
        O(CHN, "exportValue", "Level", wy("10.3"), "CNY", Q23, None, "机电产品"),
        O(CHN, "exportValue", "YearOnYearGrowth", "2.4", "P1", Q23, None, "机电产品"),
        O(CHN, "exportValue", "Share", "58.5", "P1", Q23, None, "机电产品"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hx09 许昌 wigs and its CBEC zone
XC = "place:411000"
hx09 = {
    "editor": "于晓",
    "entities": [
        E("河南", P, "place:410000"),
        E("许昌", PF, XC),
        E("大河网", ORG, None, True),
        E("李晓敏", "Person", "person:李晓敏@reporter", True),
        E("郑州海关", ORG, "body:郑州海关"),
        E("许昌海关", ORG, "body:许昌海关"),
        E("许昌市", PF, XC),
        E("美国", CO, "country:USA"),
        E("尼日利亚", CO, "country:NGA"),
        E("加纳", CO, "country:GHA"),
        E("南非", CO, "country:ZAF"),
        E("建安区", C, "place:411003"),
        E("长葛市", C, "place:411082"),
        E("禹州市", C, "place:411081"),
        E("国务院", ORG, "org:state-council"),
        E("廊坊", PF, "place:131000"),
        E("第七批", "Batch", "batch:cbec-7", True),
        E("中国（许昌）跨境电子商务综合试验区", CB, "zone:cbec-411000"),
        E("河南省", P, "place:410000"),
        E("郑州", PF, "place:410100"),
        E("洛阳", PF, "place:410300"),
        E("南阳", PF, "place:411300"),
        E("焦作", PF, "place:410800"),
        E("许昌市商务局", ORG, "body:许昌市商务局"),
        E("瑞贝卡", ORG, None, True),  # stock link
        E("河南省商务厅", ORG, "body:河南省商务厅"),
        E("河南瑞贝卡发制品股份有限公司", ORG, None, True),
    ],
    "must_not": [
        IN("河南瑞贝卡发制品股份有限公司", "河南", "company name", PLACE),
    ],
    "relations": [
        R("body:郑州海关", AREA, "place:410100"),
        R("body:许昌海关", AREA, XC),
        R("body:许昌市商务局", AREA, XC),
        R("zone:cbec-411000", IN_BATCH, "batch:cbec-7"),
    ],
    "observations": [
        O(XC, "foreignTradeValue", "Level", yi("263.7"), "CNY", P22),
        O(XC, "foreignTradeValue", "YearOnYearGrowth", "8.4", "P1", P22),
        O(XC, "exportValue", "Level", yi("228.5"), "CNY", P22),
        O(XC, "exportValue", "YearOnYearGrowth", "10.2", "P1", P22),
        O(XC, "exportValue", "Level", yi("152.6"), "CNY", P22, None, "发制品"),
        O(XC, "exportValue", "YearOnYearGrowth", "12.7", "P1", P22, None, "发制品"),
        O(XC, "exportValue", "Share", "66.8", "P1", P22, None, "发制品"),
        O(XC, "exportValue", "Level", yi("41.3"), "CNY", P22, "country:USA", "发制品"),
        O(XC, "exportValue", "YearOnYearGrowth", "9.5", "P1", P22, "country:USA", "发制品"),
        O(XC, "crossBorderEcommerceTradeValue", "Level", yi("100"), "CNY", Y(2025), target=True),
    ],
    "optional_observations": [  # 对非洲: a continent, no partner IRI
        O(XC, "exportValue", "YearOnYearGrowth", "18.6", "P1", P22, None, "发制品 对非洲"),
    ],
    "claims": [
        {
            "kind": "kgo:ZonesInPlace",
            "about": "place:410000",
            "value": 5,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
    ],  # fmt: skip
}

# ---------------------------------------------------------------- hx10 off-topic: typhoon 山竹
GD = "place:440000"
hx10 = {
    "editor": "王永生",
    "entities": [
        E("广东", P, GD),
        E("台山", C, "place:440781", False, [1]),
        E("中国天气网", ORG, None, True),
        E("中央气象台", ORG, "org:nmc"),
        E("广东省", P, GD),
        E("江门市", PF, "place:440700"),
        E("台山市", C, "place:440781"),
        E("广东省防汛防旱防风总指挥部", ORG, "body:广东省防汛防旱防风总指挥部"),
        E("珠海", PF, "place:440400"),
        E("阳江", PF, "place:441700"),
        E("茂名", PF, "place:440900"),
        E("湛江", PF, "place:440800"),
        E("开平市", C, "place:440783"),
        E("恩平市", C, "place:440785"),
        E("台山核电基地", ORG, None, True),  # a power plant
        E("应急管理部", ORG, "org:mem"),
        E("新会区", C, "place:440705"),
        E("广西", P, "place:450000"),
        E("香港天文台", ORG, "body:香港天文台"),
        E("海南", P, "place:460000"),
        E("广汽集团", ORG, None, True),  # stock link
        E("粤电力A", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("台山核电基地", "台山", "power plant 台山核电基地", PLACE),
        IN("珠江口", "江口", "珠江口 (the Pearl River estuary), not 江口县", PLACE),
    ],
    "relations": [
        R("body:广东省防汛防旱防风总指挥部", AREA, GD),
        R("body:香港天文台", AREA, "place:810000"),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hx11 off-topic: university ranking
UNIS = [
    "北京大学", "浙江大学", "上海交通大学", "复旦大学", "南京大学", "中国科学技术大学",
    "华中科技大学", "武汉大学", "西安交通大学",
]  # fmt: skip
hx11 = {
    "editor": "张俊",
    "entities": [
        E("软科中国大学排名", ORG, None, True),  # the ranking
        E("软科", ORG, None, True),
        E("清华大学", ORG, None, True),
        E("澎湃新闻", ORG, None, True),
        E("蒋子文", "Person", "person:蒋子文@reporter", True),
        *[E(name, ORG, None, True) for name in UNIS],
        E("北京", P, "place:110000"),
        E("江苏", P, "place:320000"),
        E("上海", P, "place:310000"),
        E("北京市", P, "place:110000"),
        E("江苏省", P, "place:320000"),
        E("上海市", P, "place:310000"),
        E("湖北省", P, "place:420000"),
        E("陕西省", P, "place:610000"),
        E("安徽省", P, "place:340000"),
        E("合肥市", PF, "place:340100"),
        E("武汉市", PF, "place:420100"),
        E("教育部", ORG, "org:moe"),
        E("海淀区", C, "place:110108"),
        E("香港", P, "place:810000"),
        E("澳门", P, "place:820000"),
        E("学大教育", ORG, None, True),  # stock link
        E("昂立教育", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("北京大学", "北京", "university name", PLACE),
        IN("浙江大学", "浙江", "university name", PLACE),
        IN("上海交通大学", "上海", "university name", PLACE),
        IN("南京大学", "南京", "university name", PLACE),
        IN("中国科学技术大学", "中国", "university name", [CO]),
        IN("武汉大学", "武汉", "university name", PLACE),
        IN("西安交通大学", "西安", "university name", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hx12 off-topic: Tesla recall
hx12 = {
    "editor": "魏文",
    "entities": [
        E("特斯拉", ORG, None, True),
        E("证券时报网", ORG, None, True),
        E("国家市场监督管理总局", ORG, "org:samr"),
        E("特斯拉汽车（北京）有限公司", ORG, None, True),
        E("特斯拉（上海）有限公司", ORG, None, True),
        E("市场监管总局", ORG, "org:samr"),
        E("上海市", P, "place:310000"),
        E("浦东新区", C, "place:310115"),
        E("特斯拉上海超级工厂", ORG, None, True),
        E("市场监管总局缺陷产品管理中心", ORG, None, True),  # a SAMR centre, see README
        E("德国", CO, "country:DEU"),
        E("澳大利亚", CO, "country:AUS"),
        E("日本", CO, "country:JPN"),
        E("比亚迪", ORG, None, True),  # stock link
        E("长安汽车", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("特斯拉汽车（北京）有限公司", "北京", "company name", PLACE),
        IN("特斯拉（上海）有限公司", "上海", "company name", PLACE),
        IN("特斯拉上海超级工厂", "上海", "factory name", PLACE),
        IN("长安汽车", "长安", "stock link 长安汽车 (a company)", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "hx01": hx01,
    "hx02": hx02,
    "hx03": hx03,
    "hx04": hx04,
    "hx05": hx05,
    "hx06": hx06,
    "hx07": hx07,
    "hx08": hx08,
    "hx09": hx09,
    "hx10": hx10,
    "hx11": hx11,
    "hx12": hx12,
}


def main() -> None:
    """Write hxNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
        spec["must_not"] = resolve_in(body, spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
