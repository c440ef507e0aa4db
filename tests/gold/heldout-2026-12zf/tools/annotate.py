"""Write the gold files of heldout-2026-12zf from the annotator's span lists.

Input: articles/zfNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: zfNN.json (one entity per occurrence; ``"captions": true``; containment relations
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


def q(year: int, n: int) -> str:
    """The period of quarter ``n`` of ``year``."""
    ends = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}
    start = f"{year}-{3 * n - 2:02d}-01"
    return f"{start}/{year}-{ends[n]}"


# ---------------------------------------------------------------- zf01 国家统计局 2024 national economy
Y24 = Y(2024)
KANG = "person:康义@org:nbs"
zf01 = {
    "editor": "郑雪",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("北京", P, "place:110000", True, [1]),  # dateline
        E("北京", P, "place:110000", False, [2]),  # caption: where the conference was held
        E("魏玉坤", PER, "person:魏玉坤@reporter", True),
        E("国务院新闻办公室", ORG, "org:scio"),
        E("国家统计局", ORG, "org:nbs"),
        E("康义", PER, KANG),
        E("中国", CO, CHN),
        E("政府工作报告", L, "title:政府工作报告"),
        E("工商银行", ORG, None, True),
        E("贵州茅台", ORG, None, True),
        E("李鑫", PER, "person:李鑫@reporter", True),
    ],
    "must_not": [IN("贵州茅台", "贵州", "stock link 贵州茅台 (a company)", PLACE)],
    "relations": [R(KANG, HOLDS, "post:org:nbs#局长")],
    "observations": [
        O(CHN, "gdp", "Level", yi("1349084"), "CNY", Y24),
        O(CHN, "gdp", "YearOnYearGrowth", "5.0", "P1", Y24),
        O(CHN, "gdp", "YearOnYearGrowth", "5.3", "P1", q(2024, 1)),
        O(CHN, "gdp", "YearOnYearGrowth", "4.7", "P1", q(2024, 2)),
        O(CHN, "gdp", "YearOnYearGrowth", "4.6", "P1", q(2024, 3)),
        O(CHN, "gdp", "YearOnYearGrowth", "5.4", "P1", q(2024, 4)),
        O(CHN, "industrialValueAdded", "YearOnYearGrowth", "5.8", "P1", Y24, None, "规模以上工业"),
        O(
            CHN,
            "industrialValueAdded",
            "YearOnYearGrowth",
            "6.2",
            "P1",
            "2024-12-01/2024-12-31",
            None,
            "规模以上工业",
        ),
        O(CHN, "fixedAssetInvestment", "Level", yi("514374"), "CNY", Y24, None, "不含农户"),
        O(CHN, "fixedAssetInvestment", "YearOnYearGrowth", "3.2", "P1", Y24, None, "不含农户"),
        O(CHN, "realEstateInvestment", "Level", yi("100280"), "CNY", Y24),
        O(CHN, "realEstateInvestment", "YearOnYearGrowth", "-10.6", "P1", Y24),
        O(CHN, "retailSalesValue", "Level", yi("487895"), "CNY", Y24),
        O(CHN, "retailSalesValue", "YearOnYearGrowth", "3.5", "P1", Y24),
        O(CHN, "foreignTradeValue", "Level", yi("438468"), "CNY", Y24),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "5.0", "P1", Y24),
        O(CHN, "exportValue", "Level", yi("254545"), "CNY", Y24),
        O(CHN, "exportValue", "YearOnYearGrowth", "7.1", "P1", Y24),
        O(CHN, "importValue", "Level", yi("183923"), "CNY", Y24),
        O(CHN, "importValue", "YearOnYearGrowth", "2.3", "P1", Y24),
        O(CHN, "gdp", "YearOnYearGrowth", "5", "P1", Y24, target=True),  # 增长5%左右的预期目标
    ],
    "optional_observations": [
        # 扣除房地产开发投资 … 增长7.2%: investment without real estate
        O(
            CHN,
            "fixedAssetInvestment",
            "YearOnYearGrowth",
            "7.2",
            "P1",
            Y24,
            None,
            "扣除房地产开发投资",
        ),
        # 12月份 … 比11月份加快0.8个百分点: a change of the growth rate
        O(
            CHN,
            "industrialValueAdded",
            "PercentagePointChange",
            "0.8",
            "P1",
            "2024-12-01/2024-12-31",
        ),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- zf02 MOFCOM 2024 services trade
SVC = "body:商务部服务贸易和商贸服务业司"
GB44 = "doc:guobanfa-2024-44"
zf02 = {
    "editor": "林子涵",
    "entities": [
        E("中新网", ORG, "org:chinanews", True),
        E("商务部", ORG, "org:mofcom"),
        E("商务部服务贸易和商贸服务业司", ORG, SVC),
        E("国务院办公厅", ORG, "org:state-council-general-office"),
        E("关于以高水平开放推动服务贸易高质量发展的意见", L, GB44),
        E("国办发〔2024〕44号", L, GB44),
        E("服务业扩大开放综合试点", PZ, None, True),  # a programme
        E("北京", P, "place:110000"),
        E("上海", P, "place:310000"),
        E("海南", P, "place:460000"),
        E("中国中免", ORG, None, True),
        E("首旅酒店", ORG, None, True),
        E("中国新闻网", ORG, "org:chinanews", True),
        E("浦东新区", C, "place:310115"),
        E("陆家嘴", ORG, None, True),
    ],
    "must_not": [
        IN("中国中免", "中国", "stock link 中国中免 (a company)", COUNTRY),
        IN("中国新闻网", "中国", "media name 中国新闻网", COUNTRY),
        NA("会同", "the verb 会同 (会同县)", PLACE),
    ],
    "relations": [
        R(SVC, SUB, "org:mofcom"),
        R(GB44, PASSED, "org:state-council-general-office"),
    ],
    "observations": [
        O(CHN, "serviceTradeValue", "Level", yi("75238.1"), "CNY", Y24),
        O(CHN, "serviceTradeValue", "YearOnYearGrowth", "14.4", "P1", Y24),
        O(CHN, "serviceTradeValue", "Level", yi("29616.1"), "CNY", Y24, None, "知识密集型服务"),
        O(CHN, "serviceTradeValue", "YearOnYearGrowth", "6.4", "P1", Y24, None, "知识密集型服务"),
        O(CHN, "serviceTradeValue", "Share", "39.4", "P1", Y24, None, "知识密集型服务"),
        O(CHN, "serviceTradeValue", "Level", yi("22416.4"), "CNY", Y24, None, "旅行服务"),
        O(CHN, "serviceTradeValue", "YearOnYearGrowth", "38.1", "P1", Y24, None, "旅行服务"),
        O(CHN, "serviceTradeValue", "Level", wy("3.07"), "CNY", Y24, None, "可数字化交付的服务"),
        O(
            CHN,
            "serviceTradeValue",
            "YearOnYearGrowth",
            "6.3",
            "P1",
            Y24,
            None,
            "可数字化交付的服务",
        ),
        O(CHN, "serviceTradeValue", "Share", "40.8", "P1", Y24, None, "可数字化交付的服务"),
    ],
    "optional_observations": [
        # service exports / imports: no measure of their own (exportValue is goods)
        O(CHN, "exportValue", "Level", yi("31755.1"), "CNY", Y24, None, "服务"),
        O(CHN, "exportValue", "YearOnYearGrowth", "18.2", "P1", Y24, None, "服务"),
        O(CHN, "importValue", "Level", yi("43483"), "CNY", Y24, None, "服务"),
        O(CHN, "importValue", "YearOnYearGrowth", "11.8", "P1", Y24, None, "服务"),
        O(CHN, "exportValue", "Level", yi("16740.5"), "CNY", Y24, None, "知识密集型服务"),
        O(CHN, "exportValue", "YearOnYearGrowth", "7.8", "P1", Y24, None, "知识密集型服务"),
        O(CHN, "importValue", "Level", yi("12875.6"), "CNY", Y24, None, "知识密集型服务"),
        O(CHN, "importValue", "YearOnYearGrowth", "4.6", "P1", Y24, None, "知识密集型服务"),
    ],
    "claims": [
        {"kind": "kgo:ZonesNationwide", "about": CHN, "value": 11, "zone_type": "kgo:PilotZone"},
    ],
}

# ---------------------------------------------------------------- zf03 2023 outward direct investment
Y23 = Y(2023)
ODI = "body:商务部对外投资和经济合作司"
RULE = "title:境外投资管理办法"
NF = "非金融类"
zf03 = {
    "editor": "宋佳",
    "entities": [
        E("中新经纬", ORG, None, True),
        E("商务部", ORG, "org:mofcom"),
        E("国家外汇管理局", ORG, "org:safe"),
        E("一带一路", L, "doc:bri", True),
        E("新加坡", CO, "country:SGP"),
        E("印度尼西亚", CO, "country:IDN"),
        E("越南", CO, "country:VNM"),
        E("泰国", CO, "country:THA"),
        E("阿联酋", CO, "country:ARE"),
        E("马来西亚", CO, "country:MYS"),
        E("柬埔寨", CO, "country:KHM"),
        E("哈萨克斯坦", CO, "country:KAZ"),
        E("商务部对外投资和经济合作司", ORG, ODI),
        E("境外投资管理办法", L, RULE),
        E("商务部令2014年第3号", L, RULE),  # its number; no number slug for 商务部令
        E("国家发展改革委", ORG, "org:ndrc"),
        E("浙江", P, "place:330000"),
        E("广东", P, "place:440000"),
        E("江苏", P, "place:320000"),
        E("境外经贸合作区", PZ, None, True),  # a programme
        E("中国建筑", ORG, None, True),
        E("中国铁建", ORG, None, True),
        E("中国", CO, CHN, False, occ("zf03", "中国", "中国建筑", "中国铁建")),  # caption 中国企业
    ],
    "must_not": [
        IN("中国建筑", "中国", "stock link 中国建筑 (a company)", COUNTRY),
        IN("中国铁建", "中国", "stock link 中国铁建 (a company)", COUNTRY),
        NA("会同", "the verb 会同 (会同县)", PLACE),
    ],
    "relations": [
        R(ODI, SUB, "org:mofcom"),
        R(RULE, PASSED, "org:mofcom"),
    ],
    "observations": [
        O(CHN, "outwardInvestmentValue", "Level", yi("10418.5"), "CNY", Y23),
        O(CHN, "outwardInvestmentValue", "YearOnYearGrowth", "5.7", "P1", Y23),
        O(CHN, "outwardInvestmentValue", "Level", yi("1478.5"), "USD", Y23),
        O(CHN, "outwardInvestmentValue", "YearOnYearGrowth", "0.9", "P1", Y23),
        O(CHN, "outwardInvestmentValue", "Level", yi("9169.9"), "CNY", Y23, None, NF),
        O(CHN, "outwardInvestmentValue", "YearOnYearGrowth", "16.7", "P1", Y23, None, NF),
        O(CHN, "outwardInvestmentValue", "Level", yi("1301.3"), "USD", Y23, None, NF),
        O(CHN, "outwardInvestmentValue", "YearOnYearGrowth", "11.4", "P1", Y23, None, NF),
        O(CHN, "outwardInvestmentValue", "Level", yi("2240.9"), "CNY", Y23, "doc:bri", NF),
        O(CHN, "outwardInvestmentValue", "YearOnYearGrowth", "28.4", "P1", Y23, "doc:bri", NF),
        O(CHN, "outwardInvestmentValue", "Level", yi("318"), "USD", Y23, "doc:bri", NF),
        O(CHN, "outwardInvestmentValue", "YearOnYearGrowth", "22.6", "P1", Y23, "doc:bri", NF),
        O(CHN, "outwardInvestmentValue", "Share", "24.4", "P1", Y23, "doc:bri", NF),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zf04 中国—新加坡 FTA further upgrade
WANG = "person:王文涛@org:mofcom"
WSW = "person:王受文@org:mofcom"
PROTO = "title:中华人民共和国政府和新加坡共和国政府关于进一步升级〈自由贸易协定〉的议定书"
SGFTA = "title:中国—新加坡自由贸易协定"
zf04 = {
    "editor": "汪洋",
    "entities": [
        E("商务部", ORG, "org:mofcom", True, [1]),  # 来源：商务部网站
        E("商务部", ORG, "org:mofcom", False, [2, 3]),
        E("王文涛", PER, WANG),
        E("新加坡", CO, "country:SGP"),
        E("贸工部", ORG, None, True),  # a foreign ministry
        E("颜金勇", PER, None, True),  # a foreign minister
        E("北京", P, "place:110000"),
        E(
            "《中华人民共和国政府和新加坡共和国政府关于进一步升级〈自由贸易协定〉的议定书》",
            L,
            PROTO,
        ),
        E("中华人民共和国", CO, CHN),  # only inside the title (optional)
        E("〈自由贸易协定〉", L, SGFTA),  # inside the title (optional)
        E("王受文", PER, WSW),
        E("升级议定书", L, PROTO, True, [1, 3]),  # back-references
        E("升级议定书", L, None, True, [2]),  # the 2018 upgrade protocol
        E("中新自贸协定", L, SGFTA),
        E("海关", ORG, "org:gacc", True, occ("zf04", "海关")[:1]),  # 据海关统计
        E("中国", CO, CHN, False, occ("zf04", "中国", "中国—东盟自贸区3.0版")),
        E("RCEP", L, "doc:rcep"),
        E("CPTPP", L, "doc:cptpp"),
        E("DEPA", L, "doc:depa"),
        E("中国—东盟自贸区3.0版", L, "doc:china-asean-fta"),
        E("天津市商务局", ORG, "org:commerce-120000"),
        E("中新天津生态城", PZ, None, True),  # a cooperation area, no IRI rule
        E("江苏省", P, "place:320000"),
        E("苏州工业园区", PZ, None, True),
        E("重庆市", P, "place:500000"),
        E("两江新区", PZ, None, True),  # a state-level new area, no IRI rule
        E("天津港", ORG, None, True),
        E("中信国安", ORG, None, True),
    ],
    "must_not": [
        IN("中国—东盟自贸区3.0版", "自贸区", "中国—东盟自贸区 is an FTA, not a pilot zone", ZONES),
        IN("天津港", "天津", "stock link 天津港 (a company)", PLACE),
        NA("合作", "中新合作项目, not 合作市", PLACE),
        NA("中方", "中方 (the Chinese side), not 中方县", PLACE),
    ],
    "relations": [
        R(WANG, HOLDS, "post:org:mofcom#部长"),
        R(WSW, HOLDS, "post:org:mofcom#国际贸易谈判代表"),
        R(WSW, HOLDS, "post:org:mofcom#副部长"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", yi("1151.3"), "USD", Y(2022), "country:SGP"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "22.8", "P1", Y(2022), "country:SGP"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zf05 first 消博会 (海口, May 2021)
HN = "place:460000"
HK = "place:460100"
SHEN = "person:沈丹阳@org:gov-460000"
HNPLAN = "title:海南自由贸易港建设总体方案"
EXPO = "中国国际消费品博览会"
zf05 = {
    "editor": "何苗",
    "entities": [
        E("海口", PF, HK, True, [2]),  # dateline 本报海口
        E("海口", PF, HK, False, [1, 4]),
        E("海口市", PF, HK),
        E(EXPO, ORG, None, True),  # the event
        E("消博会", ORG, None, True),
        E("陈雪怡", PER, "person:陈雪怡@reporter", True),
        E("海南省", P, HN),
        E(
            "海南",
            P,
            HN,
            False,
            occ(
                "zf05",
                "海南",
                "海南省",
                "海南自由贸易港",
                "海南高速",
                "海南日报",
                "海南国际会展中心",
            ),
        ),
        E("商务部", ORG, "org:mofcom"),
        E("海南省人民政府", ORG, "org:gov-460000"),
        E("沈丹阳", PER, SHEN),
        E("瑞士", CO, "country:CHE"),
        E("法国", CO, "country:FRA"),
        E("意大利", CO, "country:ITA"),
        E("日本", CO, "country:JPN"),
        E("海南自由贸易港", PZ, "zone:ftz-460000"),
        E("海南省商务厅", ORG, "org:commerce-460000"),
        E("中共中央", ORG, None, True),
        E("国务院", ORG, "org:state-council"),
        E("海南自由贸易港建设总体方案", L, HNPLAN),
        E("三亚", PF, "place:460200"),
        E("琼海", C, "place:469002"),
        E("中国中免", ORG, None, True),
        E("海南高速", ORG, None, True),
        E("海南日报", ORG, None, True),
        E("海南国际会展中心", ORG, None, True),
        E("李天平", PER, "person:李天平@reporter", True),
    ],
    "must_not": [
        IN(EXPO, "中国", "event name 中国国际消费品博览会", COUNTRY),
        IN("中国中免", "中国", "stock link 中国中免 (a company)", COUNTRY),
        IN("海南高速", "海南", "stock link 海南高速 (a company)", PLACE),
        IN("海南日报", "海南", "newspaper 海南日报", PLACE),
        IN("海南国际会展中心", "海南", "venue name", PLACE),
    ],
    "relations": [
        R(SHEN, HOLDS, "post:org:gov-460000#副省长"),
        R(HNPLAN, PASSED, "org:state-council"),
    ],
    "observations": [
        O(HN, "gdp", "Level", yi("5532.39"), "CNY", Y(2020)),
        O(HN, "gdp", "YearOnYearGrowth", "3.5", "P1", Y(2020)),
    ],
    "optional_observations": [
        # 离岛免税销售额: duty-free sales, not retail sales of the province
        O(HN, "retailSalesValue", "Level", yi("274.8"), "CNY", Y(2020), None, "离岛免税"),
        O(HN, "retailSalesValue", "YearOnYearGrowth", "103.7", "P1", Y(2020), None, "离岛免税"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- zf06 成渝地区双城经济圈 2021
SC = "place:510000"
CQ = "place:500000"
SCDRC = "body:四川省发展和改革委员会"
CQDRC = "body:重庆市发展和改革委员会"
CYPLAN = "title:成渝地区双城经济圈建设规划纲要"
Y21 = Y(2021)
zf06 = {
    "editor": "杜梅",
    "entities": [
        E("四川日报", ORG, None, True),
        E(SCDRC[5:], ORG, SCDRC),
        E("成渝地区双城经济圈", ORG, None, True),  # a region
        E("重庆市", P, CQ),
        E("四川省", P, SC),
        E("川渝", ORG, None, True),  # 四川 and 重庆 together
        E("成都海关", ORG, "body:成都海关"),
        E("中共中央", ORG, None, True),
        E("国务院", ORG, "org:state-council"),
        E("《成渝地区双城经济圈建设规划纲要》", L, CYPLAN),
        E(CQDRC[5:], ORG, CQDRC),
        E("川南渝西融合发展试验区", PZ, None, True),
        E("遂潼川渝毗邻地区一体化发展先行区", PZ, None, True),
        E("万达开川渝统筹发展示范区", PZ, None, True),
        E("永川区", C, "place:500118"),
        E("泸州市", PF, "place:510500"),
        E("内江市", PF, "place:511000"),
        E("潼南区", C, "place:500152"),
        E("遂宁市", PF, "place:510900"),
        E("万州区", C, "place:500101"),
        E("开州区", C, "place:500154"),
        E("达州市", PF, "place:511700"),
        E("成都", PF, "place:510100"),
        E("重庆", P, CQ),
        E("重庆啤酒", ORG, None, True),
        E("五粮液", ORG, None, True),
    ],
    "must_not": [
        IN("四川日报", "四川", "newspaper 四川日报", PLACE),
        IN("重庆啤酒", "重庆", "stock link 重庆啤酒 (a company)", PLACE),
        NA("合作", "合作平台, not 合作市", PLACE),
    ],
    "relations": [
        R(SCDRC, AREA, SC),
        R(CQDRC, AREA, CQ),
        R("body:成都海关", AREA, "place:510100"),
        R(CYPLAN, PASSED, "org:state-council"),
    ],
    "observations": [
        O(CQ, "gdp", "Level", yi("27894.02"), "CNY", Y21),
        O(CQ, "gdp", "YearOnYearGrowth", "8.3", "P1", Y21),
        O(SC, "gdp", "Level", yi("53850.79"), "CNY", Y21),
        O(SC, "gdp", "YearOnYearGrowth", "8.2", "P1", Y21),
        O(SC, "foreignTradeValue", "Level", yi("9513.6"), "CNY", Y21),
        O(SC, "foreignTradeValue", "YearOnYearGrowth", "17.6", "P1", Y21),
        O(CQ, "foreignTradeValue", "Level", yi("8000.6"), "CNY", Y21),
        O(CQ, "foreignTradeValue", "YearOnYearGrowth", "22.8", "P1", Y21),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zf07 国务院常务会议 tariff cuts (2018)
LI = "person:李克强@org:state-council"
TCC = "body:国务院关税税则委员会"
TARIFF = "title:关于降低部分商品进口关税的公告"
zf07 = {
    "editor": "严洁",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("北京", P, "place:110000", True),  # dateline
        E("国务院", ORG, "org:state-council"),
        E("李克强", PER, LI),
        E("国务院常务会议", ORG, "org:state-council-executive-meeting"),
        E("海关总署", ORG, "org:gacc"),
        E("财政部", ORG, "org:mof"),
        E("国务院关税税则委员会", ORG, TCC),
        E("关于降低部分商品进口关税的公告", L, TARIFF),
        E("大连海关", ORG, "body:大连海关"),
        E("宁波海关", ORG, "body:宁波海关"),
        E("宁波港", ORG, None, True),
        E("中集集团", ORG, None, True),
        E("浙江", P, "place:330000"),
        E("宁波舟山港", ORG, None, True),  # a port
        E("穿山港区", ORG, None, True),
    ],
    "must_not": [
        IN("宁波港", "宁波", "stock link 宁波港 (a company)", PLACE),
        NA("港口", "港口航运股, not 港口区", PLACE),
    ],
    "relations": [
        R(LI, HOLDS, "post:org:state-council#总理"),
        R(TCC, SUB, "org:state-council"),
        R(TARIFF, PASSED, TCC),
        R("body:大连海关", AREA, "place:210200"),
        R("body:宁波海关", AREA, "place:330200"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("19.48"), "CNY", "2018-01-01/2018-08-31"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "9.1", "P1", "2018-01-01/2018-08-31"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zf08 京津冀 ten years (2024)
BJ = "place:110000"
TJ = "place:120000"
HB = "place:130000"
BJDRC = "body:北京市发展和改革委员会"
HBDRC = "body:河北省发展和改革委员会"
YANG = f"person:杨秀玲@{BJDRC}"
JJJ = "title:京津冀协同发展规划纲要"
zf08 = {
    "editor": "刘晴",
    "entities": [
        E("北京日报", ORG, None, True),
        E("曹政", PER, "person:曹政@reporter", True),
        E("京津冀", ORG, None, True),  # a region
        E("北京市", P, BJ),
        E("天津市", P, TJ),
        E("河北省", P, HB),
        E("北京城市副中心", PZ, None, True),  # an area of 通州区
        E("北三县", ORG, None, True),
        E(BJDRC[5:], ORG, BJDRC),
        E("杨秀玲", PER, YANG),
        E("《京津冀协同发展规划纲要》", L, JJJ),
        E("通州区", C, "place:110112"),
        E("廊坊市", PF, "place:131000"),
        E("三河市", C, "place:131082"),
        E("大厂回族自治县", C, "place:131028"),
        E("香河县", C, "place:131024"),
        E("雄安新区", SA, "place:x-xiongan"),
        E("北京", P, BJ, False, occ("zf08", "北京", "北京市", "北京日报", "北京城市副中心")),
        E("天津市人民政府", ORG, "org:gov-120000"),
        E(HBDRC[5:], ORG, HBDRC),
        E("滨海新区", C, "place:120116"),
        E("张家口", PF, "place:130700"),
        E("国家发展改革委", ORG, "org:ndrc"),
        E("天津港", ORG, None, True),
        E("冀东水泥", ORG, None, True),
        E("通州", C, "place:110112", False, occ("zf08", "通州", "通州区")),  # caption （通州）
    ],
    "must_not": [
        IN("北京日报", "北京", "newspaper 北京日报", PLACE),
        IN("天津港", "天津", "stock link 天津港 (a company)", PLACE),
    ],
    "relations": [
        R(BJDRC, AREA, BJ),
        R(HBDRC, AREA, HB),
        R(YANG, HOLDS, f"post:{BJDRC}#主任"),
    ],
    "observations": [
        O(BJ, "gdp", "Level", yi("43760.7"), "CNY", Y23),
        O(BJ, "gdp", "YearOnYearGrowth", "5.2", "P1", Y23),
        O(TJ, "gdp", "Level", yi("16737.3"), "CNY", Y23),
        O(TJ, "gdp", "YearOnYearGrowth", "4.3", "P1", Y23),
        O(HB, "gdp", "Level", yi("43944.1"), "CNY", Y23),
        O(HB, "gdp", "YearOnYearGrowth", "5.5", "P1", Y23),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zf09 前海方案 (Sep 2021)
SZ = "place:440300"
QH = "title:全面深化前海深港现代服务业合作区改革开放方案"
QHB = "body:深圳市前海深港现代服务业合作区管理局"
HKG = "body:香港特别行政区政府"
zf09 = {
    "editor": "罗琳",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("北京", P, "place:110000", True),  # dateline
        E("中共中央", ORG, None, True),
        E("国务院", ORG, "org:state-council"),
        E("《全面深化前海深港现代服务业合作区改革开放方案》", L, QH),
        E("《前海方案》", L, QH, True),  # back-references
        E("前海深港现代服务业合作区", PZ, None, True),  # a cooperation zone, no IRI rule
        E("深圳市", PF, SZ),
        E("南山区", C, "place:440305"),
        E("宝安区", C, "place:440306"),
        E("《粤港澳大湾区发展规划纲要》", L, "title:粤港澳大湾区发展规划纲要"),
        E("深圳", PF, SZ),
        E("香港", P, "place:810000"),
        E("深圳市人民政府", ORG, "body:深圳市人民政府"),
        E("前海蛇口片区", FZ, None, True),  # an FTZ area
        E("中国（广东）自由贸易试验区", FZ, "zone:ftz-440000"),
        E(QHB[5:], ORG, QHB),
        E("前海管理局", ORG, QHB),
        E("香港特别行政区政府", ORG, HKG),
        E("广东省人民政府", ORG, "org:gov-440000"),
        E("澳门", P, "place:820000"),
        E("招商蛇口", ORG, None, True),
        E("平安银行", ORG, None, True),
    ],
    "must_not": [
        IN("平安银行", "平安", "stock link 平安银行 (a company), not 平安区", PLACE),
        NA("会同", "the verb 会同 (会同县)", PLACE),
        NA("合作", "深化合作, not 合作市", PLACE),
    ],
    "relations": [
        R(QH, PASSED, "org:state-council"),
        R("body:深圳市人民政府", AREA, SZ),
        R(QHB, AREA, SZ),
        R(HKG, AREA, "place:810000"),
    ],
    "observations": [
        O(SZ, "gdp", "Level", yi("27670.24"), "CNY", Y(2020)),
        O(SZ, "gdp", "YearOnYearGrowth", "3.1", "P1", Y(2020)),
        O(SZ, "foreignTradeValue", "Level", yi("30502.5"), "CNY", Y(2020)),
        O(SZ, "foreignTradeValue", "YearOnYearGrowth", "2.4", "P1", Y(2020)),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zf10 亚冬会 opens (off-topic)
HRB = "place:230100"
HRBX = ("哈尔滨市", "哈尔滨冰雪大世界", "哈尔滨工业大学", "哈尔滨国际会展中心体育馆")
zf10 = {
    "editor": "崔媛",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("哈尔滨", PF, HRB, True, occ("zf10", "哈尔滨", *HRBX)[:1]),  # dateline
        E("哈尔滨", PF, HRB, False, occ("zf10", "哈尔滨", *HRBX)[1:]),
        E("王君宝", PER, "person:王君宝@reporter", True),
        E("第九届亚洲冬季运动会", ORG, None, True),
        E("亚冬会", ORG, None, True),
        E("黑龙江省", P, "place:230000"),
        E("哈尔滨市", PF, HRB),
        E("亚布力", ORG, None, True),  # a town
        E("尚志市", C, "place:230183"),
        E("亚布力滑雪场", ORG, None, True),
        E("中国", CO, CHN, True),  # 中国体育代表团 (delegation names: optional, see README)
        E("中国体育代表团", ORG, None, True),
        E("日本", CO, "country:JPN", True),
        E("韩国", CO, "country:KOR", True),
        E("哈萨克斯坦", CO, "country:KAZ", True),
        E("哈尔滨市人民政府", ORG, "body:哈尔滨市人民政府"),
        E("哈尔滨冰雪大世界", ORG, None, True),
        E("黑龙江省体育局", ORG, "body:黑龙江省体育局"),
        E("国家体育总局冬季运动管理中心", ORG, "body:国家体育总局冬季运动管理中心"),
        E("哈尔滨工业大学", ORG, None, True),
        E("凯撒旅业", ORG, None, True),
        E("中青旅", ORG, None, True),
        E("哈尔滨国际会展中心体育馆", ORG, None, True),
        E("张涛", PER, "person:张涛@reporter", True),
    ],
    "must_not": [
        IN("哈尔滨冰雪大世界", "哈尔滨", "attraction name", PLACE),
        IN("哈尔滨工业大学", "哈尔滨", "university name", PLACE),
        IN("哈尔滨国际会展中心体育馆", "哈尔滨", "venue name", PLACE),
    ],
    "relations": [
        R("body:哈尔滨市人民政府", AREA, HRB),
        R("body:黑龙江省体育局", AREA, "place:230000"),
        R("body:国家体育总局冬季运动管理中心", SUB, "body:国家体育总局"),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zf11 三星堆 (off-topic)
zf11 = {
    "editor": "覃静",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("成都", PF, "place:510100", True, [1]),  # dateline
        E("成都", PF, "place:510100", False, [2, 3]),
        E("童芳", PER, "person:童芳@reporter", True),
        E("国家文物局", ORG, "body:国家文物局"),
        E("四川省", P, "place:510000"),
        E("德阳市", PF, "place:510600"),
        E("广汉市", C, "place:510681"),
        E("考古中国", ORG, None, True),  # a programme name
        E("三星堆遗址", ORG, None, True),
        E("四川省文物考古研究院", ORG, None, True),  # an institute
        E("唐飞", PER, None, True),
        E("北京大学", ORG, None, True),
        E("四川大学", ORG, None, True),
        E("金沙遗址", ORG, None, True),
        E("四川省文物局", ORG, "body:四川省文物局"),
        E("三星堆博物馆", ORG, None, True),
        E("丽江股份", ORG, None, True),
        E("峨眉山A", ORG, None, True),
        E("四川", P, "place:510000", False, occ("zf11", "四川", "四川省", "四川大学")),  # caption
        E("广汉", C, "place:510681", False, occ("zf11", "广汉", "广汉市")),  # caption
        E("王曦", PER, "person:王曦@reporter", True),
    ],
    "must_not": [
        IN("考古中国", "中国", "programme name “考古中国”", COUNTRY),
        IN("北京大学", "北京", "university name", PLACE),
        IN("四川大学", "四川", "university name", PLACE),
        IN("鸭子河南岸", "河南", "false substring: 鸭子河 + 南岸", PLACE),
        IN("丽江股份", "丽江", "stock link 丽江股份 (a company)", PLACE),
        IN("峨眉山A", "峨眉山", "stock link 峨眉山A (a company), not 峨眉山市", PLACE),
    ],
    "relations": [
        R("body:四川省文物局", AREA, "place:510000"),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zf12 中国平安 2023 results (off-topic)
PA = "中国平安保险（集团）股份有限公司"
zf12 = {
    "editor": "吴迪",
    "entities": [
        E("证券时报", ORG, None, True),
        E("中国平安", ORG, None, True, [1]),  # stock link
        E(PA, ORG, None, True),
        E("平安寿险", ORG, None, True),
        E("平安产险", ORG, None, True),
        E("平安银行", ORG, None, True),
        E("广东省", P, "place:440000"),
        E("深圳市", PF, "place:440300"),
        E("福田区", C, "place:440304"),
        E("上海证券交易所", ORG, None, True),
        E("香港联合交易所", ORG, None, True),
        E("国家金融监督管理总局", ORG, "org:nfra"),
        E("平安金融中心", ORG, None, True),
    ],
    "must_not": [
        IN("中国平安发布", "中国", "stock link 中国平安 (a company)", COUNTRY),
        IN("中国平安发布", "平安", "stock link 中国平安 (a company), not 平安区", PLACE),
        IN(PA, "中国", "company name", COUNTRY),
        IN(PA, "平安", "company name, not 平安区", PLACE),
        IN("平安寿险", "平安", "company name, not 平安区", PLACE),
        IN("平安产险", "平安", "company name, not 平安区", PLACE),
        IN("平安银行", "平安", "company name, not 平安区", PLACE),
        IN("平安金融中心", "平安", "building name, not 平安区", PLACE),
        IN("上海证券交易所", "上海", "exchange name", PLACE),
        IN("香港联合交易所", "香港", "exchange name", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "zf01": zf01,
    "zf02": zf02,
    "zf03": zf03,
    "zf04": zf04,
    "zf05": zf05,
    "zf06": zf06,
    "zf07": zf07,
    "zf08": zf08,
    "zf09": zf09,
    "zf10": zf10,
    "zf11": zf11,
    "zf12": zf12,
}


def main() -> None:
    """Write zfNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
        spec["must_not"] = resolve_in(body, spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
