"""Write the gold files of heldout-2026-12za from the annotator's span lists.

Input: articles/zaNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: zaNN.json (one entity per occurrence; ``"captions": true``; containment relations
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
SA = "SpecialArea"
PER = "Person"
ZONES = [CB, FZ, PZ]
COUNTRY = ["Country"]
BODY = ["Organization"]
FACILITY = "place inside a facility name (port, station, venue)"


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


def per(start: str, end: str) -> str:
    """A period from its first to its last day."""
    return f"{start}/{end}"


def claim(kind: str, about: str, value, zone_type: str) -> dict:
    return {"kind": kind, "about": about, "value": value, "zone_type": zone_type}


# ---------------------------------------------------------------- za01 国家统计局 2021 national economy
NBS = "org:nbs"
NING = "person:宁吉喆@org:nbs"
C21 = Y(2021)
Q = {
    1: per("2021-01-01", "2021-03-31"),
    2: per("2021-04-01", "2021-06-30"),
    3: per("2021-07-01", "2021-09-30"),
    4: per("2021-10-01", "2021-12-31"),
}
za01 = {
    "editor": "郑雯",
    "entities": [
        E("中新经纬", ORG, None, True),
        E("国务院新闻办公室", ORG, "org:scio"),
        E("国家统计局", ORG, NBS),
        E("宁吉喆", PER, NING),
        E("北京市", P, "place:110000"),  # caption
        E("东城区", C, "place:110101"),
        E("王府井步行街", ORG, None, True),  # a street
        E("中国中免", ORG, None, True),  # stock link
        E("格力电器", ORG, None, True),
    ],
    "must_not": [
        IN("中国中免", "中国", "stock link 中国中免 (a company)", COUNTRY),
    ],
    "relations": [
        R(NING, HOLDS, "post:org:nbs#局长"),
    ],
    "observations": [
        O(CHN, "gdp", "Level", yi("1143670"), "CNY", C21),
        O(CHN, "gdp", "YearOnYearGrowth", "8.1", "P1", C21),
        O(CHN, "gdp", "TwoYearAverageGrowth", "5.1", "P1", C21),
        O(CHN, "gdp", "YearOnYearGrowth", "18.3", "P1", Q[1]),
        O(CHN, "gdp", "YearOnYearGrowth", "7.9", "P1", Q[2]),
        O(CHN, "gdp", "YearOnYearGrowth", "4.9", "P1", Q[3]),
        O(CHN, "gdp", "YearOnYearGrowth", "4.0", "P1", Q[4]),
        O(CHN, "gdp", "Level", yi("83086"), "CNY", C21, None, "第一产业"),
        O(CHN, "gdp", "YearOnYearGrowth", "7.1", "P1", C21, None, "第一产业"),
        O(CHN, "gdp", "Level", yi("450904"), "CNY", C21, None, "第二产业"),
        O(CHN, "gdp", "YearOnYearGrowth", "8.2", "P1", C21, None, "第二产业"),
        O(CHN, "gdp", "Level", yi("609680"), "CNY", C21, None, "第三产业"),
        O(CHN, "gdp", "YearOnYearGrowth", "8.2", "P1", C21, None, "第三产业"),
        O(CHN, "retailSalesValue", "Level", yi("440823"), "CNY", C21),
        O(CHN, "retailSalesValue", "YearOnYearGrowth", "12.5", "P1", C21),
        O(CHN, "retailSalesValue", "TwoYearAverageGrowth", "3.9", "P1", C21),
        O(CHN, "retailSalesValue", "Level", yi("41269"), "CNY", per("2021-12-01", "2021-12-31")),
        O(
            CHN,
            "retailSalesValue",
            "YearOnYearGrowth",
            "1.7",
            "P1",
            per("2021-12-01", "2021-12-31"),
        ),
        O(CHN, "fixedAssetInvestment", "Level", yi("544547"), "CNY", C21),
        O(CHN, "fixedAssetInvestment", "YearOnYearGrowth", "4.9", "P1", C21),
        O(CHN, "fixedAssetInvestment", "TwoYearAverageGrowth", "3.9", "P1", C21),
        O(CHN, "industrialValueAdded", "YearOnYearGrowth", "9.6", "P1", C21, None, "规模以上工业"),
        O(
            CHN,
            "industrialValueAdded",
            "TwoYearAverageGrowth",
            "6.1",
            "P1",
            C21,
            None,
            "规模以上工业",
        ),
        O(CHN, "foreignTradeValue", "Level", yi("391009"), "CNY", C21),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "21.4", "P1", C21),
        O(CHN, "exportValue", "Level", yi("217348"), "CNY", C21),
        O(CHN, "exportValue", "YearOnYearGrowth", "21.2", "P1", C21),
        O(CHN, "importValue", "Level", yi("173661"), "CNY", C21),
        O(CHN, "importValue", "YearOnYearGrowth", "21.5", "P1", C21),
        O(CHN, "gdp", "Level", wy("17.7"), "USD", C21),
    ],
    "optional_observations": [
        # 预计占世界经济的比重超过18%: an estimate and a lower bound
        O(CHN, "gdp", "Share", "18", "P1", C21),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- za02 the BRI white paper (国新办, Oct 2023)
NDRC = "org:ndrc"
CONG = "person:丛亮@org:ndrc"
WP = "title:共建“一带一路”：构建人类命运共同体的重大实践"
BRI10 = per("2013-01-01", "2022-12-31")
C22 = Y(2022)
za02 = {
    "editor": "马骁",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("北京", P, "place:110000", True),  # dateline only
        E("安蓓", PER, "person:安蓓@reporter", True),
        E("国务院新闻办公室", ORG, "org:scio"),
        E("《共建“一带一路”：构建人类命运共同体的重大实践》", L, WP),
        E("国家发展改革委", ORG, NDRC),
        E("丛亮", PER, CONG),
        E("一带一路", L, "doc:bri", True),
        E("第三届“一带一路”国际合作高峰论坛", ORG, None, True),  # an event
        E("中国", CO, CHN, False, occ("za02", "中国", "中国交建", "中国中铁")),
        E("中老铁路", ORG, None, True),  # railway projects
        E("匈塞铁路", ORG, None, True),
        E("贝尔格莱德", ORG, None, True),  # foreign cities
        E("诺维萨德", ORG, None, True),
        E("印度尼西亚", CO, "country:IDN"),
        E("雅万高铁", ORG, None, True),
        E("希腊", CO, "country:GRC"),
        E("比雷埃夫斯港", ORG, None, True),  # a port
        E("中欧班列", ORG, None, True),  # a rail service (caption)
        E("新疆维吾尔自治区", P, "place:650000"),
        E("博尔塔拉蒙古自治州", PF, "place:652700"),
        E("阿拉山口市", C, "place:652702"),
        E("丁磊", PER, "person:丁磊@reporter", True),
        E("商务部", ORG, "org:mofcom"),
        E("外交部", ORG, "org:mofa"),
        E("中国交建", ORG, None, True),
        E("中国中铁", ORG, None, True),
    ],
    "must_not": [
        IN("中国交建", "中国", "stock link 中国交建 (a company)", COUNTRY),
        IN("中国中铁", "中国", "stock link 中国中铁 (a company)", COUNTRY),
        NA("会同", "the verb 会同 (会同县)", PLACE),
        NA("合作", "合作文件, not 合作市", PLACE),
        NA("海地", "false substring: 地中海地区, not 海地 (Haiti)", COUNTRY),
    ],
    "relations": [
        R(CONG, HOLDS, "post:org:ndrc#副主任"),
        R(WP, PASSED, "org:scio"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("19.1"), "USD", BRI10, "doc:bri"),
        O(CHN, "foreignTradeValue", "Level", wy("13.8"), "CNY", C22, "doc:bri"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "19.4", "P1", C22, "doc:bri"),
        O(CHN, "foreignTradeValue", "Share", "32.9", "P1", C22, "doc:bri"),
    ],
    "optional_observations": [
        # 中国对外直接投资超过2400亿美元: a lower bound, cumulative 2013–2022
        O(CHN, "outwardInvestmentValue", "Level", yi("2400"), "USD", BRI10, "doc:bri"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- za03 国发〔2023〕9号 (制度型开放 in 5 FTZs + 海南自贸港)
GF9 = "doc:guofa-2023-9"
FTZD = "body:商务部自由贸易试验区港建设协调司"
za03 = {
    "editor": "唐宁",
    "entities": [
        E("中国政府网", ORG, "org:gov-cn", True),
        E("国务院", ORG, "org:state-council"),
        E(
            "《关于在有条件的自由贸易试验区和自由贸易港试点对接国际高标准推进制度型开放的若干措施》",
            L,
            GF9,
        ),
        E("国发〔2023〕9号", L, GF9),
        E("《若干措施》", L, GF9, True),  # back-references
        E("自由贸易试验区", FZ, None, True),  # the zone type
        E("自由贸易港", PZ, None, True),  # the zone type
        E("上海", P, "place:310000", False, occ("za03", "上海", "上海自贸试验区")),
        E("广东", P, "place:440000", False, occ("za03", "广东", "广东自贸试验区")),
        E("天津", P, "place:120000", False, occ("za03", "天津", "天津市商务局", "天津港")),
        E("福建", P, "place:350000", False, occ("za03", "福建", "福建省商务厅")),
        E("北京", P, "place:110000"),
        E("海南自由贸易港", PZ, "zone:ftz-460000"),
        E(
            "海南",
            P,
            "place:460000",
            False,
            occ("za03", "海南", "海南自由贸易港", "海南省人民政府"),
        ),
        E("商务部自由贸易试验区港建设协调司", ORG, FTZD),
        E("《全面与进步跨太平洋伙伴关系协定》", L, "doc:cptpp"),
        E("CPTPP", L, "doc:cptpp"),
        E("《数字经济伙伴关系协定》", L, "doc:depa"),
        E("DEPA", L, "doc:depa"),
        E("自贸试验区", FZ, None, True),  # the zone type
        E("上海自贸试验区", FZ, "zone:ftz-310000"),  # caption
        E("临港新片区", PZ, None, True),  # an FTZ area
        E("洋山深水港", ORG, None, True),  # a port
        E("广东自贸试验区", FZ, "zone:ftz-440000"),
        E("南沙片区", PZ, None, True),  # an FTZ area
        E("广州市", PF, "place:440100"),
        E("南沙区", C, "place:440115"),
        E("天津市商务局", ORG, "org:commerce-120000"),
        E("福建省商务厅", ORG, "org:commerce-350000"),
        E("海南省人民政府", ORG, "org:gov-460000"),
        E("外高桥", ORG, None, True),  # stock link
        E("天津港", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("天津港", "天津", "stock link 天津港 (a company)", PLACE),
    ],
    "relations": [
        R(GF9, PASSED, "org:state-council"),
        R(FTZD, SUB, "org:mofcom"),
    ],
    # figures of the 21 FTZs together (7.5万亿元, 17.8%, 2225.2亿元, 18.1%) are about
    # no place or country: not annotated (README)
    "observations": [],
    "optional_observations": [],
    "claims": [claim("kgo:ZonesNationwide", CHN, 21, "kgo:FreeTradeZone")],
}

# ---------------------------------------------------------------- za04 国办发〔2022〕18号 and 1—4月 2022 trade
GB18 = "doc:guobanfa-2022-18"
FTD = "org:mofcom-foreign-trade-dept"
LIX = "person:李兴乾@org:mofcom-foreign-trade-dept"
GACC_OPS = "body:海关总署综合业务司"
P4 = per("2022-01-01", "2022-04-30")
APR = per("2022-04-01", "2022-04-30")
za04 = {
    "editor": "沈丹",
    "entities": [
        E("国务院办公厅", ORG, "org:state-council-general-office"),
        E("中新网", ORG, "org:chinanews", True),
        E("北京", P, "place:110000", True),  # dateline only
        E("中国政府网", ORG, "org:gov-cn", True),
        E("《关于推动外贸保稳提质的意见》", L, GB18),
        E("国办发〔2022〕18号", L, GB18),
        E("《意见》", L, GB18, True),  # back-references
        E("商务部对外贸易司", ORG, FTD),
        E("李兴乾", PER, LIX),
        E("国务院政策例行吹风会", ORG, None, True),  # an event
        E("上海", P, "place:310000"),
        E("商务部", ORG, "org:mofcom"),
        E("交通运输部", ORG, "org:mot"),
        E("海关总署", ORG, "org:gacc"),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("自贸试验区", FZ, None, True),  # zone types
        E("综合保税区", PZ, None, True),
        E("海关总署综合业务司", ORG, GACC_OPS),
        E("中远海控", ORG, None, True),
        E("宁波港", ORG, None, True),  # stock link
        E("浙江省", P, "place:330000"),
        E("宁波市", PF, "place:330200"),
        E("北仑区", C, "place:330206"),
        E("宁波舟山港", ORG, None, True),  # the port
        E("穿山港区", ORG, None, True),  # a port area
    ],
    "must_not": [
        NA("会同", "the verb 会同 (会同县)", PLACE),
        NA("自贸协定", "已生效自贸协定 are FTAs, not pilot zones", ZONES),
        NA("港口", "航运港口股, not 港口区", PLACE),
        IN("宁波港", "宁波", "stock link 宁波港 (a company)", PLACE),
        IN("宁波舟山港", "舟山", FACILITY, PLACE),
        IN("宁波舟山港", "宁波", FACILITY, PLACE),
    ],
    "relations": [
        R(GB18, PASSED, "org:state-council-general-office"),
        R(LIX, HOLDS, "post:org:mofcom-foreign-trade-dept#司长"),
        R(GACC_OPS, SUB, "org:gacc"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("12.58"), "CNY", P4),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "7.9", "P1", P4),
        O(CHN, "exportValue", "Level", wy("6.97"), "CNY", P4),
        O(CHN, "exportValue", "YearOnYearGrowth", "9.5", "P1", P4),
        O(CHN, "importValue", "Level", wy("5.61"), "CNY", P4),
        O(CHN, "importValue", "YearOnYearGrowth", "5.9", "P1", P4),
        O(CHN, "foreignTradeValue", "Level", wy("3.14"), "CNY", APR),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "0.1", "P1", APR),
        O(CHN, "exportValue", "Level", wy("1.74"), "CNY", APR),
        O(CHN, "exportValue", "YearOnYearGrowth", "1.9", "P1", APR),
        O(CHN, "importValue", "Level", wy("1.4"), "CNY", APR),
        O(CHN, "importValue", "YearOnYearGrowth", "-2", "P1", APR),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- za05 RCEP in force for all 15 (Jun 2023)
SHU = "person:束珏婷@org:mofcom"
ACFTA = "中国—东盟自贸区3.0版"
za05 = {
    "editor": "韩梅",
    "entities": [
        E("中新经纬", ORG, None, True),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("RCEP", L, "doc:rcep"),
        E("菲律宾", CO, "country:PHL"),
        E("东盟", ORG, "org:asean", True),
        E("澳大利亚", CO, "country:AUS"),
        E("中国", CO, CHN),  # in the FTA's name: optional (inside a document name)
        E("日本", CO, "country:JPN"),
        E("韩国", CO, "country:KOR"),
        E("新西兰", CO, "country:NZL"),
        E("文莱", CO, "country:BRN"),
        E("柬埔寨", CO, "country:KHM"),
        E("老挝", CO, "country:LAO"),
        E("新加坡", CO, "country:SGP"),
        E("泰国", CO, "country:THA"),
        E("越南", CO, "country:VNM"),
        E("马来西亚", CO, "country:MYS"),
        E("缅甸", CO, "country:MMR"),
        E("印度尼西亚", CO, "country:IDN"),
        E("商务部", ORG, "org:mofcom"),
        E("束珏婷", PER, SHU),
        E(ACFTA, L, "doc:china-asean-fta"),
        E("江苏省商务厅", ORG, "org:commerce-320000"),
        E("山东省商务厅", ORG, "org:commerce-370000"),
        E("建发股份", ORG, None, True),
        E("厦门信达", ORG, None, True),  # stock link
        E("广西壮族自治区", P, "place:450000"),
        E("钦州市", PF, "place:450700"),
        E("钦州港东站", ORG, None, True),  # a station
    ],
    "must_not": [
        NA("自贸区", "RCEP / 中国—东盟自贸区 are FTAs, not pilot zones", ZONES),
        IN(ACFTA, "自贸区", "中国—东盟自贸区 is an FTA, not a pilot zone", ZONES),
        NA("会同", "the verb 会同 (会同县)", PLACE),
        IN("厦门信达", "厦门", "stock link 厦门信达 (a company)", PLACE),
        IN("钦州港东站", "钦州", FACILITY, PLACE),
    ],
    "relations": [
        R(SHU, HOLDS, "post:org:mofcom#新闻发言人"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("12.95"), "CNY", C22, "doc:rcep"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "7.5", "P1", C22, "doc:rcep"),
        O(CHN, "foreignTradeValue", "Share", "30.8", "P1", C22, "doc:rcep"),
        O(CHN, "foreignTradeValue", "Level", wy("6.52"), "CNY", C22, "org:asean"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "15", "P1", C22, "org:asean"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- za06 海关总署 2022 national trade (国新办, Jan 2023)
GACC = "org:gacc"
WANG = "person:王令浚@org:gacc"
LV = "person:吕大良@org:gacc"
DEC22 = per("2022-12-01", "2022-12-31")
PRIV = "民营企业"
za06 = {
    "editor": "许静",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("北京", P, "place:110000", True, [1]),  # dateline
        E("北京", P, "place:110000", False, [2]),
        E("邹多为", PER, "person:邹多为@reporter", True),
        E("国务院新闻办公室", ORG, "org:scio"),
        E("海关总署", ORG, GACC),
        E("王令浚", PER, WANG),
        E("统计分析司", ORG, "body:海关总署统计分析司", True),  # inside a post title
        E("吕大良", PER, LV),
        E("东盟", ORG, "org:asean", True),
        E("欧盟", ORG, "org:eu", True),
        E("美国", CO, "country:USA"),
        E("韩国", CO, "country:KOR"),
        E("一带一路", L, "doc:bri", True),
        E("广东", P, "place:440000"),
        E("江苏", P, "place:320000"),
        E("浙江", P, "place:330000"),
        E("上海", P, "place:310000"),
        E("广东省", P, "place:440000"),
        E("浙江省", P, "place:330000"),
        E("江苏省", P, "place:320000"),
        E("苏州市", PF, "place:320500"),
        E("太仓港", ORG, None, True),  # the port
        E("招商轮船", ORG, None, True),
        E("中远海能", ORG, None, True),
    ],
    "must_not": [
        IN("半壁江山", "江山", "false substring: 半壁江山, not 江山市", PLACE),
        IN("太仓港", "太仓", FACILITY, PLACE),
    ],
    "relations": [
        R(WANG, HOLDS, "post:org:gacc#副署长"),
        R(LV, HOLDS, "post:org:gacc#新闻发言人"),
        R(LV, HOLDS, "post:org:gacc#统计分析司司长"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("42.07"), "CNY", C22),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "7.7", "P1", C22),
        O(CHN, "exportValue", "Level", wy("23.97"), "CNY", C22),
        O(CHN, "exportValue", "YearOnYearGrowth", "10.5", "P1", C22),
        O(CHN, "importValue", "Level", wy("18.1"), "CNY", C22),
        O(CHN, "importValue", "YearOnYearGrowth", "4.3", "P1", C22),
        O(CHN, "foreignTradeValue", "Level", wy("3.71"), "CNY", DEC22),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "1.5", "P1", DEC22),
        O(CHN, "exportValue", "Level", wy("2.16"), "CNY", DEC22),
        O(CHN, "exportValue", "YearOnYearGrowth", "0.9", "P1", DEC22),
        O(CHN, "foreignTradeValue", "Level", wy("6.52"), "CNY", C22, "org:asean"),
        O(CHN, "foreignTradeValue", "Level", wy("5.65"), "CNY", C22, "org:eu"),
        O(CHN, "foreignTradeValue", "Level", wy("5.05"), "CNY", C22, "country:USA"),
        O(CHN, "foreignTradeValue", "Level", wy("2.38"), "CNY", C22, "country:KOR"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "15", "P1", C22, "org:asean"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "5.6", "P1", C22, "org:eu"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "3.7", "P1", C22, "country:USA"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "3.2", "P1", C22, "country:KOR"),
        O(CHN, "foreignTradeValue", "Share", "15.5", "P1", C22, "org:asean"),
        O(CHN, "foreignTradeValue", "Level", wy("13.83"), "CNY", C22, "doc:bri"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "19.4", "P1", C22, "doc:bri"),
        O(CHN, "foreignTradeValue", "Level", wy("21.4"), "CNY", C22, None, PRIV),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "12.9", "P1", C22, None, PRIV),
        O(CHN, "foreignTradeValue", "Share", "50.9", "P1", C22, None, PRIV),
        O(CHN, "foreignTradeValue", "PercentagePointChange", "2.3", "P1", C22, None, PRIV),
        O("place:440000", "foreignTradeValue", "Level", wy("8.31"), "CNY", C22),
        O("place:440000", "foreignTradeValue", "YearOnYearGrowth", "0.5", "P1", C22),
        O("place:330000", "foreignTradeValue", "Level", wy("4.68"), "CNY", C22),
        O("place:330000", "foreignTradeValue", "YearOnYearGrowth", "13.1", "P1", C22),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- za07 国家统计局 Q1 2023 (国新办, Apr 2023)
FU = "person:付凌晖@org:nbs"
Q123 = per("2023-01-01", "2023-03-31")
MAR23 = per("2023-03-01", "2023-03-31")
za07 = {
    "editor": "陆青",
    "entities": [
        E("央视网", ORG, None, True),
        E("国务院新闻办公室", ORG, "org:scio"),
        E("国家统计局", ORG, NBS),
        E("国民经济综合统计司", ORG, "body:国家统计局国民经济综合统计司", True),  # in a post
        E("付凌晖", PER, FU),
        E("中国中免", ORG, None, True),  # stock link
        E("华侨城A", ORG, None, True),
        E("重庆市", P, "place:500000"),  # caption
        E("渝中区", C, "place:500103"),
        E("解放碑商圈", ORG, None, True),  # a shopping district
    ],
    "must_not": [
        IN("中国中免", "中国", "stock link 中国中免 (a company)", COUNTRY),
    ],
    "relations": [
        R(FU, HOLDS, "post:org:nbs#新闻发言人"),
        R(FU, HOLDS, "post:org:nbs#国民经济综合统计司司长"),
    ],
    "observations": [
        O(CHN, "gdp", "Level", yi("284997"), "CNY", Q123),
        O(CHN, "gdp", "YearOnYearGrowth", "4.5", "P1", Q123),
        O(CHN, "gdp", "Level", yi("11575"), "CNY", Q123, None, "第一产业"),
        O(CHN, "gdp", "YearOnYearGrowth", "3.7", "P1", Q123, None, "第一产业"),
        O(CHN, "gdp", "Level", yi("107947"), "CNY", Q123, None, "第二产业"),
        O(CHN, "gdp", "YearOnYearGrowth", "3.3", "P1", Q123, None, "第二产业"),
        O(CHN, "gdp", "Level", yi("165475"), "CNY", Q123, None, "第三产业"),
        O(CHN, "gdp", "YearOnYearGrowth", "5.4", "P1", Q123, None, "第三产业"),
        O(CHN, "retailSalesValue", "Level", yi("114922"), "CNY", Q123),
        O(CHN, "retailSalesValue", "YearOnYearGrowth", "5.8", "P1", Q123),
        O(CHN, "retailSalesValue", "Level", yi("37715"), "CNY", MAR23),
        O(CHN, "retailSalesValue", "YearOnYearGrowth", "10.6", "P1", MAR23),
        O(CHN, "industrialValueAdded", "YearOnYearGrowth", "3.0", "P1", Q123, None, "规模以上工业"),
        O(
            CHN,
            "industrialValueAdded",
            "YearOnYearGrowth",
            "3.9",
            "P1",
            MAR23,
            None,
            "规模以上工业",
        ),
        O(CHN, "fixedAssetInvestment", "Level", yi("107282"), "CNY", Q123),
        O(CHN, "fixedAssetInvestment", "YearOnYearGrowth", "5.1", "P1", Q123),
        O(CHN, "realEstateInvestment", "Level", yi("25974"), "CNY", Q123),
        O(CHN, "realEstateInvestment", "YearOnYearGrowth", "-5.8", "P1", Q123),
        O(CHN, "foreignTradeValue", "Level", yi("98877"), "CNY", Q123),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "4.8", "P1", Q123),
        O(CHN, "exportValue", "Level", yi("56484"), "CNY", Q123),
        O(CHN, "exportValue", "YearOnYearGrowth", "8.4", "P1", Q123),
    ],
    "optional_observations": [
        # 比上年四季度加快1.6个百分点: a change of the growth rate, not of a share
        O(CHN, "gdp", "PercentagePointChange", "1.6", "P1", Q123),
        # 环比增长2.2%: quarter on quarter (the scope has 环比 as MonthOnMonthGrowth)
        O(CHN, "gdp", "MonthOnMonthGrowth", "2.2", "P1", Q123),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- za08 国发〔2022〕2号 (贵州, 西部大开发)
GZ = "place:520000"
GF2 = "doc:guofa-2022-2"
GZGOV = "org:gov-520000"
GZSTAT = "body:贵州省统计局"
REPORT = "title:政府工作报告"
za08 = {
    "editor": "杨帆",
    "entities": [
        E("贵州日报", ORG, None, True),
        E("国务院", ORG, "org:state-council"),
        E("《关于支持贵州在新时代西部大开发上闯新路的意见》", L, GF2),
        E("国发〔2022〕2号", L, GF2),
        E("《意见》", L, GF2, True),  # back-references
        E("贵州", P, GZ),  # inside the title: optional (kept by the nesting rule)
        E("国家发展改革委", ORG, NDRC),
        E("贵阳", PF, "place:520100"),
        E("贵安", SA, None, True),  # 贵安新区, a state-level new area (no IRI rule)
        E("贵阳综合保税区", PZ, "zone:bonded-520100"),
        E("贵安综合保税区", PZ, "zone:bonded-x-guizhou-guian"),
        E("遵义综合保税区", PZ, "zone:bonded-520300"),
        E("中国（贵阳）跨境电子商务综合试验区", CB, "zone:cbec-520100"),
        E("遵义", PF, "place:520300"),
        E("毕节", PF, "place:520500"),
        E("黔东南苗族侗族自治州", PF, "place:522600"),
        E("粤港澳大湾区", ORG, None, True),  # regions
        E("成渝地区双城经济圈", ORG, None, True),
        E("赤水市", C, "place:520381"),
        E("贵州省统计局", ORG, GZSTAT),
        E("贵州省", P, GZ),
        E("贵州省人民政府", ORG, GZGOV),
        E("贵州省政府", ORG, GZGOV),  # in 贵州省政府工作报告: the body
        E("政府工作报告", L, REPORT),  # ... and the document (two overlapping spans)
        E("省政府", ORG, GZGOV),
        E("贵州茅台", ORG, None, True),  # stock link
        E("贵绳股份", ORG, None, True),
        E("雷山县", C, "place:522634"),
        E("西江千户苗寨", ORG, None, True),  # a village (sight)
    ],
    "must_not": [
        IN("贵州日报", "贵州", "newspaper 贵州日报", PLACE),
        IN("贵州茅台", "贵州", "stock link 贵州茅台 (a company)", PLACE),
    ],
    "relations": [
        R(GF2, PASSED, "org:state-council"),
        R(GZSTAT, AREA, GZ),
        R(REPORT, PASSED, GZGOV),
    ],
    "observations": [
        O(GZ, "gdp", "Level", yi("19586.42"), "CNY", C21),
        O(GZ, "gdp", "YearOnYearGrowth", "8.1", "P1", C21),
        O(GZ, "gdp", "TwoYearAverageGrowth", "6.3", "P1", C21),
        O(GZ, "gdp", "YearOnYearGrowth", "7", "P1", C22, target=True),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- za09 镓/锗 export control (商务部 海关总署公告2023年第23号)
NOTICE = "title:关于对镓、锗相关物项实施出口管制的公告"
P5 = per("2023-01-01", "2023-05-31")
za09 = {
    "editor": "程琳",
    "entities": [
        E("中新网", ORG, "org:chinanews", True),
        E("北京", P, "place:110000", True),  # dateline only
        E("商务部", ORG, "org:mofcom"),
        E("海关总署", ORG, GACC),
        E("关于对镓、锗相关物项实施出口管制的公告", L, NOTICE),
        E("商务部 海关总署公告2023年第23号", L, NOTICE),  # the number as written
        E("《中华人民共和国出口管制法》", L, "title:中华人民共和国出口管制法"),
        E("《中华人民共和国对外贸易法》", L, "title:中华人民共和国对外贸易法"),
        E("《中华人民共和国海关法》", L, "title:中华人民共和国海关法"),
        E("中华人民共和国", CO, CHN),  # only inside the law titles: optional
        E("国务院", ORG, "org:state-council"),
        E("束珏婷", PER, SHU),
        E("美国", CO, "country:USA"),
        E("日本", CO, "country:JPN"),
        E("荷兰", CO, "country:NLD"),
        E("云南锗业", ORG, None, True),  # stock link
        E("贵研铂业", ORG, None, True),
        E("云南省", P, "place:530000"),  # caption
        E("临沧市", PF, "place:530900"),
    ],
    "must_not": [
        IN("云南锗业", "云南", "stock link 云南锗业 (a company)", PLACE),
        NA("小金", "false substring: 小金属, not 小金县", PLACE),
    ],
    "relations": [
        R(NOTICE, PASSED, "org:mofcom"),
        R(NOTICE, PASSED, GACC),
        R(SHU, HOLDS, "post:org:mofcom#新闻发言人"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("16.77"), "CNY", P5),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "4.7", "P1", P5),
        O(CHN, "exportValue", "Level", wy("9.62"), "CNY", P5),
        O(CHN, "exportValue", "YearOnYearGrowth", "8.1", "P1", P5),
        O(CHN, "importValue", "Level", wy("7.15"), "CNY", P5),
        O(CHN, "importValue", "YearOnYearGrowth", "0.5", "P1", P5),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- za10 Beijing 2022 closing (off-topic)
za10 = {
    "editor": "顾岚",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("北京", P, "place:110000", True, [1]),  # dateline
        E("北京", P, "place:110000", False, [2]),  # 北京、延庆、张家口三个赛区
        E("第二十四届冬季奥林匹克运动会", ORG, None, True),  # the event
        E("北京冬奥会", ORG, None, True),
        E("冬奥会", ORG, None, True),
        E("国家体育场", ORG, None, True),  # venues
        E("中国体育代表团", ORG, None, True),  # a delegation
        E("挪威", CO, "country:NOR"),
        E("德国", CO, "country:DEU"),
        E("美国", CO, "country:USA"),
        E("延庆", C, "place:110119"),
        E("张家口", PF, "place:130700"),
        E("北京市", P, "place:110000"),
        E("延庆区", C, "place:110119"),
        E("国家高山滑雪中心", ORG, None, True),
        E("河北省", P, "place:130000"),
        E("张家口市", PF, "place:130700"),
        E("崇礼区", C, "place:130709"),
        E("云顶滑雪公园", ORG, None, True),
        E("首钢滑雪大跳台", ORG, None, True),
        E("国家体育总局", ORG, "org:gasc"),
        E("北京市人民政府", ORG, "org:gov-110000"),
        E("谷爱凌", PER, None, True),  # athletes
        E("苏翊鸣", PER, None, True),
        E("李尕", PER, "person:李尕@reporter", True),
        E("三夫户外", ORG, None, True),
        E("常山北明", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("中国体育代表团", "中国", "a delegation's name, not the country", COUNTRY),
        IN("常山北明", "常山", "stock link 常山北明 (a company), not 常山县", PLACE),
        NA("界首", "false substring: 世界首个, not 界首市", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- za11 Spring Festival travel 2025 (off-topic)
za11 = {
    "editor": "魏然",
    "entities": [
        E("人民日报", ORG, None, True),
        E("交通运输部", ORG, "org:mot", False, occ("za11", "交通运输部", "交通运输部门")),
        E("国家铁路局", ORG, "org:nra"),
        E("中国民用航空局", ORG, "org:caac"),
        E("中国国家铁路集团有限公司", ORG, None, True),
        E("京沪高铁", ORG, None, True),  # railway lines
        E("京广高铁", ORG, None, True),
        E("广州南站", ORG, None, True),  # stations (also in the caption)
        E("长沙南站", ORG, None, True),
        E("成都东站", ORG, None, True),
        E("北京西站", ORG, None, True),
        E("上海虹桥站", ORG, None, True),
        E("河南省", P, "place:410000"),
        E("周口市", PF, "place:411600"),
        E("郸城县", C, "place:411625"),
        E("广东省", P, "place:440000"),
        E("广州市", PF, "place:440100"),
        E("番禺区", C, "place:440113"),
        E("浙江省", P, "place:330000"),
        E("杭州市", PF, "place:330100"),
        E("湖南", P, "place:430000"),
        E("湖北", P, "place:420000"),
        E("四川", P, "place:510000"),
        E("中国国航", ORG, None, True),
        E("大秦铁路", ORG, None, True),
    ],
    "must_not": [
        IN(
            "交通运输部门",
            "交通运输部",
            "当地交通运输部门 (local departments), not the ministry",
            BODY,
        ),
        IN("中国国家铁路集团", "中国", "company name", COUNTRY),
        IN("中国国航", "中国", "stock link 中国国航 (a company)", COUNTRY),
        IN("广州南站", "广州", FACILITY, PLACE),
        IN("长沙南站", "长沙", FACILITY, PLACE),
        IN("成都东站", "成都", FACILITY, PLACE),
        IN("北京西站", "北京", FACILITY, PLACE),
        IN("上海虹桥站", "上海", FACILITY, PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- za12 海康威视 2023 results (off-topic)
HIK = "杭州海康威视数字技术股份有限公司"
za12 = {
    "editor": "冯洁",
    "entities": [
        E("海康威视", ORG, None, True),  # stock link, company, caption
        E(HIK, ORG, None, True),
        E("美国", CO, "country:USA"),
        E("英国", CO, "country:GBR"),
        E("巴西", CO, "country:BRA"),
        E("杭州", PF, "place:330100"),
        E("武汉", PF, "place:420100"),
        E("重庆", P, "place:500000"),
        E("西安", PF, "place:610100"),
        E("萤石网络", ORG, None, True),
        E("大华股份", ORG, None, True),
        E("工业和信息化部", ORG, "org:miit"),
        E("浙江省", P, "place:330000"),
        E("杭州市", PF, "place:330100"),
        E("滨江区", C, "place:330108"),
    ],
    "must_not": [
        IN(HIK, "杭州", "place inside the company's name", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "za01": za01,
    "za02": za02,
    "za03": za03,
    "za04": za04,
    "za05": za05,
    "za06": za06,
    "za07": za07,
    "za08": za08,
    "za09": za09,
    "za10": za10,
    "za11": za11,
    "za12": za12,
}


def main() -> None:
    """Write zaNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
        spec["must_not"] = resolve_in(body, spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
