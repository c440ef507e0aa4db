"""The annotator's span lists, relations, observations and claims for heldout-2026-12j.

Input: articles/hjNN.md (read with kg.ingest.read_article, captions included) and the
tables below, written by reading each body to GOLD-GUIDELINES in format 2
(tests/gold/SCOPE.md). Output: hjNN.json, one entity per occurrence (tests/gold/tools/
heldout.py), ``"captions": true`` in every file, then the containment relations of the
must-find places (tests/gold/tools/containment.py) and the areaServed of the reference
table's local bodies (tests/gold/tools/table_bodies.py).
It does not: run or read any extractor.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]  # the repository root
sys.path.insert(0, str(ROOT))

from tests.gold.tools.heldout import NA, E, N, O, R, write_gold  # noqa: E402

HERE = Path(__file__).resolve().parent.parent

MUST_NOT_PLACE = ["Province", "Prefecture", "County"]

# periods
Y2021 = "2021-01-01/2021-12-31"
Y2022 = "2022-01-01/2022-12-31"
Y2023 = "2023-01-01/2023-12-31"
Y2025 = "2025-01-01/2025-12-31"
M1_11_2024 = "2024-01-01/2024-11-30"
NOV2024 = "2024-11-01/2024-11-30"
Q1_2023 = "2023-01-01/2023-03-31"
MAR2023 = "2023-03-01/2023-03-31"
Q1_3_2023 = "2023-01-01/2023-09-30"

HN, CS, YY, CZ = "place:430000", "place:430100", "place:430600", "place:431000"

SPECS: dict[str, dict] = {}

# hj01 长沙海关: 湖南 1—11月 2024 and 11月当月
SPECS["hj01"] = {
    "editor": "刘万里",
    "entities": [
        E("湖南", "Province", HN),
        E("湖南省", "Province", HN),
        E("中新网", "Organization", "org:chinanews", True),
        E("长沙", "Prefecture", CS, True, occ=[1]),  # dateline
        E("付敬懿", "Person", "person:付敬懿@reporter", True),
        E("长沙海关", "Organization", "body:长沙海关"),
        E("长沙海关统计分析处", "Organization", "body:长沙海关统计分析处"),
        E("东盟", "Organization", "org:asean", True),
        E("欧盟", "Organization", "org:eu", True),
        E("美国", "Country", "country:USA"),
        E("一带一路", "Legislation", "doc:bri", True),
        E("中联重科", "Organization", None, True),
        E("三一重工", "Organization", None, True),
        E("长沙市", "Prefecture", CS),
        E("岳阳", "Prefecture", YY),
        E("郴州", "Prefecture", CZ),
        E("中国（湖南）自由贸易试验区", "FreeTradeZone", "zone:ftz-430000"),
        E("岳阳城陵矶综合保税区", "PilotZone", "zone:bonded-430600"),
        E("中国—非洲经贸博览会", "Organization", None, True),
        E("中国新闻网", "Organization", "org:chinanews", True),
    ],
    "must_not": [NA("合作", "经贸合作: the word, not 合作市", MUST_NOT_PLACE)],
    "relations": [
        R("body:长沙海关", "schema:areaServed", CS),
        R("body:长沙海关统计分析处", "org:subOrganizationOf", "body:长沙海关"),
    ],
    "observations": [
        O(HN, "foreignTradeValue", "Level", "524960000000", "CNY", M1_11_2024),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "-6.8", "P1", M1_11_2024),
        O(HN, "exportValue", "Level", "339510000000", "CNY", M1_11_2024),
        O(HN, "exportValue", "YearOnYearGrowth", "-9.6", "P1", M1_11_2024),
        O(HN, "importValue", "Level", "185450000000", "CNY", M1_11_2024),
        O(HN, "importValue", "YearOnYearGrowth", "-1.2", "P1", M1_11_2024),
        O(HN, "foreignTradeValue", "Level", "51230000000", "CNY", NOV2024),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "4.1", "P1", NOV2024),
        O(HN, "foreignTradeValue", "MonthOnMonthGrowth", "6.9", "P1", NOV2024),
        O(HN, "foreignTradeValue", "Level", "100320000000", "CNY", M1_11_2024, "org:asean"),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "3.5", "P1", M1_11_2024, "org:asean"),
        O(HN, "foreignTradeValue", "Level", "60870000000", "CNY", M1_11_2024, "org:eu"),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "-2.1", "P1", M1_11_2024, "org:eu"),
        O(HN, "foreignTradeValue", "Level", "48950000000", "CNY", M1_11_2024, "country:USA"),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "-12.4", "P1", M1_11_2024, "country:USA"),
        O(HN, "foreignTradeValue", "Level", "281840000000", "CNY", M1_11_2024, "doc:bri"),
        O(HN, "foreignTradeValue", "Share", "53.7", "P1", M1_11_2024, "doc:bri"),
        O(HN, "foreignTradeValue", "PercentagePointChange", "2.6", "P1", M1_11_2024, "doc:bri"),
        O(HN, "foreignTradeValue", "Level", "419970000000", "CNY", M1_11_2024, industry="民营企业"),
        O(HN, "foreignTradeValue", "Share", "80", "P1", M1_11_2024, industry="民营企业"),
        O(
            HN,
            "foreignTradeValue",
            "PercentagePointChange",
            "1.2",
            "P1",
            M1_11_2024,
            industry="民营企业",
        ),
        O(
            HN,
            "foreignTradeValue",
            "Level",
            "67640000000",
            "CNY",
            M1_11_2024,
            industry="外商投资企业",
        ),
        O(
            HN,
            "foreignTradeValue",
            "YearOnYearGrowth",
            "-15.3",
            "P1",
            M1_11_2024,
            industry="外商投资企业",
        ),
        O(HN, "foreignTradeValue", "Level", "36890000000", "CNY", M1_11_2024, industry="国有企业"),
        O(
            HN,
            "foreignTradeValue",
            "YearOnYearGrowth",
            "2.7",
            "P1",
            M1_11_2024,
            industry="国有企业",
        ),
        O(HN, "exportValue", "Level", "158260000000", "CNY", M1_11_2024, industry="机电产品"),
        O(HN, "exportValue", "YearOnYearGrowth", "2.3", "P1", M1_11_2024, industry="机电产品"),
        O(HN, "exportValue", "Share", "46.6", "P1", M1_11_2024, industry="机电产品"),
        O(HN, "exportValue", "Level", "61130000000", "CNY", M1_11_2024, industry="劳动密集型产品"),
        O(
            HN,
            "exportValue",
            "YearOnYearGrowth",
            "-18.5",
            "P1",
            M1_11_2024,
            industry="劳动密集型产品",
        ),
        O(HN, "importValue", "YearOnYearGrowth", "9.1", "P1", M1_11_2024, industry="金属矿砂"),
        O(HN, "importValue", "YearOnYearGrowth", "5.7", "P1", M1_11_2024, industry="农产品"),
        O(CS, "foreignTradeValue", "Level", "292150000000", "CNY", M1_11_2024),
        O(CS, "foreignTradeValue", "Share", "55.7", "P1", M1_11_2024),
        O(YY, "foreignTradeValue", "Level", "57940000000", "CNY", M1_11_2024),
        O(CZ, "foreignTradeValue", "Level", "45520000000", "CNY", M1_11_2024),
    ],
    "optional_observations": [
        # 对非洲: a continent, no partner ref
        O(HN, "foreignTradeValue", "Level", "47860000000", "CNY", M1_11_2024),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "8.2", "P1", M1_11_2024),
        # 降幅较前10个月收窄0.9个百分点: a change of the growth rate, not of a share
        O(HN, "foreignTradeValue", "PercentagePointChange", "0.9", "P1", M1_11_2024),
    ],
    "claims": [],
}

CHN = "country:CHN"
SPECS["hj02"] = {
    "editor": "李铁民",
    "entities": [
        E("新华社", "Organization", "org:xinhua", True),
        E("北京", "Province", "place:110000", True),  # dateline
        E("邹多为", "Person", "person:邹多为@reporter", True),
        E("海关总署", "Organization", "org:gacc"),
        E("统计分析司", "Organization", "body:海关总署统计分析司"),
        E("吕大良", "Person", "person:吕大良@org:gacc"),
        E("国务院新闻办公室", "Organization", "org:scio"),
        E("东盟", "Organization", "org:asean", True),
        E("欧盟", "Organization", "org:eu", True),
        E("美国", "Country", "country:USA"),
        E("日本", "Country", "country:JPN"),
        E("一带一路", "Legislation", "doc:bri", True),
        E("《区域全面经济伙伴关系协定》", "Legislation", "doc:rcep"),
        E("RCEP", "Legislation", "doc:rcep"),
        E("江苏", "Province", "place:320000"),
        E("连云港", "Prefecture", "place:320700"),
        E("王春", "Person", "person:王春@reporter", True),
        E("比亚迪", "Organization", None, True),
    ],
    "must_not": [N("会同", 1, "海关总署将会同有关部门: the verb 会同, not 会同县")],
    "relations": [
        R("body:海关总署统计分析司", "org:subOrganizationOf", "org:gacc"),
        R("person:吕大良@org:gacc", "org:holds", "post:org:gacc#spokesperson"),
        R("person:吕大良@org:gacc", "org:holds", "post:org:gacc#统计分析司司长"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", "9890000000000", "CNY", Q1_2023),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "4.8", "P1", Q1_2023),
        O(CHN, "exportValue", "Level", "5650000000000", "CNY", Q1_2023),
        O(CHN, "exportValue", "YearOnYearGrowth", "8.4", "P1", Q1_2023),
        O(CHN, "importValue", "Level", "4240000000000", "CNY", Q1_2023),
        O(CHN, "importValue", "YearOnYearGrowth", "0.2", "P1", Q1_2023),
        O(CHN, "foreignTradeValue", "Level", "3710000000000", "CNY", MAR2023),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "15.5", "P1", MAR2023),
        O(CHN, "exportValue", "Level", "2140000000000", "CNY", MAR2023),
        O(CHN, "exportValue", "YearOnYearGrowth", "23.4", "P1", MAR2023),
        O(CHN, "importValue", "Level", "1570000000000", "CNY", MAR2023),
        O(CHN, "importValue", "YearOnYearGrowth", "6.1", "P1", MAR2023),
        O(CHN, "foreignTradeValue", "Level", "1560000000000", "CNY", Q1_2023, "org:asean"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "16.1", "P1", Q1_2023, "org:asean"),
        O(CHN, "foreignTradeValue", "Level", "1350000000000", "CNY", Q1_2023, "org:eu"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "4.2", "P1", Q1_2023, "org:eu"),
        O(CHN, "foreignTradeValue", "Level", "1100000000000", "CNY", Q1_2023, "country:USA"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "-7.5", "P1", Q1_2023, "country:USA"),
        O(CHN, "foreignTradeValue", "Level", "540420000000", "CNY", Q1_2023, "country:JPN"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "-2.2", "P1", Q1_2023, "country:JPN"),
        O(CHN, "foreignTradeValue", "Level", "3420000000000", "CNY", Q1_2023, "doc:bri"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "16.8", "P1", Q1_2023, "doc:bri"),
        O(CHN, "foreignTradeValue", "Share", "34.6", "P1", Q1_2023, "doc:bri"),
        O(CHN, "foreignTradeValue", "Level", "2990000000000", "CNY", Q1_2023, "doc:rcep"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "7.3", "P1", Q1_2023, "doc:rcep"),
        O(CHN, "foreignTradeValue", "Level", "5100000000000", "CNY", Q1_2023, industry="民营企业"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "15.8", "P1", Q1_2023, industry="民营企业"),
        O(CHN, "foreignTradeValue", "Share", "51.6", "P1", Q1_2023, industry="民营企业"),
        O(
            CHN,
            "foreignTradeValue",
            "PercentagePointChange",
            "4.8",
            "P1",
            Q1_2023,
            industry="民营企业",
        ),
        O(
            CHN,
            "foreignTradeValue",
            "Level",
            "2990000000000",
            "CNY",
            Q1_2023,
            industry="外商投资企业",
        ),
        O(
            CHN,
            "foreignTradeValue",
            "YearOnYearGrowth",
            "-7.7",
            "P1",
            Q1_2023,
            industry="外商投资企业",
        ),
        O(CHN, "foreignTradeValue", "Level", "1740000000000", "CNY", Q1_2023, industry="国有企业"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "0.5", "P1", Q1_2023, industry="国有企业"),
        O(CHN, "exportValue", "Level", "3320000000000", "CNY", Q1_2023, industry="机电产品"),
        O(CHN, "exportValue", "YearOnYearGrowth", "10.4", "P1", Q1_2023, industry="机电产品"),
        O(CHN, "exportValue", "Share", "58.8", "P1", Q1_2023, industry="机电产品"),
        O(CHN, "exportValue", "Level", "104710000000", "CNY", Q1_2023, industry="汽车"),
        O(CHN, "exportValue", "YearOnYearGrowth", "100", "P1", Q1_2023, industry="汽车"),
        O(CHN, "exportValue", "Level", "945270000000", "CNY", Q1_2023, industry="劳动密集型产品"),
        O(CHN, "exportValue", "YearOnYearGrowth", "0.8", "P1", Q1_2023, industry="劳动密集型产品"),
    ],
    "optional_observations": [],
    "claims": [],
}

CQ = "place:500000"
XIYONG = "zone:bonded-x-chongqing-xiyong"
SPECS["hj03"] = {
    "editor": "王若愚",
    "entities": [
        E("重庆日报", "Organization", None, True),
        E("重庆", "Province", CQ, occ=[6, 7]),
        E("重庆市", "Province", CQ),
        E("重庆海关", "Organization", "body:重庆海关"),
        E("海关总署", "Organization", "org:gacc"),
        E("综合保税区", "PilotZone", None, True),
        E("重庆西永综合保税区", "PilotZone", XIYONG),
        E("西永综合保税区", "PilotZone", XIYONG),
        E("重庆两路果园港综合保税区", "PilotZone", "zone:bonded-x-chongqing-lianglu-guoyuangang"),
        E("重庆江津综合保税区", "PilotZone", "zone:bonded-500116"),
        E("综合保税区发展绩效评估办法", "Legislation", "title:综合保税区发展绩效评估办法"),
        E(
            "《国务院关于促进综合保税区高水平开放高质量发展的若干意见》",
            "Legislation",
            "doc:guofa-2019-3",
        ),
        E("国务院", "Organization", "org:state-council"),
        E("国发〔2019〕3号", "Legislation", "doc:guofa-2019-3"),
        E("沙坪坝区", "County", "place:500106"),
        E("江津区", "County", "place:500116"),
        # 涪陵、永川、万州等综合保税区: the districts stand for their zones (elliptical)
        E("涪陵", "County", "place:500102", True),
        E("永川", "County", "place:500118", True),
        E("万州", "County", "place:500101", True),
        E("重庆市商务委员会", "Organization", "body:重庆市商务委员会"),
    ],
    "must_not": [
        N("重庆日报", 1, "a newspaper: 重庆 inside it is not the place", MUST_NOT_PLACE),
        N("中欧班列（成渝）", 1, "a train brand, not a place or zone"),
        NA("通道", "西部陆海新通道: a trade corridor, not 通道县", MUST_NOT_PLACE),
    ],
    "relations": [
        R("body:重庆海关", "schema:areaServed", CQ),
        R("body:重庆市商务委员会", "schema:areaServed", CQ),
        R("title:综合保税区发展绩效评估办法", "schema:legislationPassedBy", "org:gacc"),
        R("doc:guofa-2019-3", "schema:legislationPassedBy", "org:state-council"),
    ],
    "observations": [
        O(CQ, "foreignTradeValue", "Level", "815840000000", "CNY", Y2022),
        O(CQ, "foreignTradeValue", "YearOnYearGrowth", "2", "P1", Y2022),
    ],
    "optional_observations": [
        # the trade of the zones, not of a place
        O(CQ, "foreignTradeValue", "Level", "428720000000", "CNY", Y2022, industry="综合保税区"),
        O(CQ, "foreignTradeValue", "Share", "52.6", "P1", Y2022, industry="综合保税区"),
        O(XIYONG, "foreignTradeValue", "Level", "273340000000", "CNY", Y2022),
    ],
    "claims": [
        {"kind": "kgo:ZonesNationwide", "about": CHN, "value": 156, "zone_type": "kgo:PilotZone"},
        {"kind": "kgo:ZonesInPlace", "about": CQ, "value": 6, "zone_type": "kgo:PilotZone"},
    ],
}

SH, PD = "place:310000", "place:310115"
SHFTZ = "zone:ftz-310000"
DOC23 = "doc:guofa-2023-23"
SHCOM = "body:上海市商务委员会"
SPECS["hj04"] = {
    "editor": "张静",
    "entities": [
        E("上海", "Province", SH, occ=[10, 11]),
        E("上海", "Province", SH, True, occ=[2]),  # dateline
        E("上海市", "Province", SH),
        E("人民网", "Organization", None, True),
        E("沈文敏", "Person", "person:沈文敏@reporter", True),
        E("上海自贸试验区", "FreeTradeZone", SHFTZ),
        E("国务院", "Organization", "org:state-council"),
        E(
            "《全面对接国际高标准经贸规则推进中国（上海）自由贸易试验区高水平制度型开放总体方案》",
            "Legislation",
            DOC23,
        ),
        E("中国（上海）自由贸易试验区", "FreeTradeZone", SHFTZ),  # inside the title: optional
        E("国发〔2023〕23号", "Legislation", DOC23),
        E("上海市商务委员会", "Organization", SHCOM),
        E("朱民", "Person", "person:朱民@body:上海市商务委员会"),
        E("上海市人民政府新闻办公室", "Organization", "body:上海市人民政府新闻办公室"),
        E("《全面与进步跨太平洋伙伴关系协定》", "Legislation", "doc:cptpp"),
        E("CPTPP", "Legislation", "doc:cptpp"),
        E("《数字经济伙伴关系协定》", "Legislation", "doc:depa"),
        E("DEPA", "Legislation", "doc:depa"),
        E("自由贸易试验区", "FreeTradeZone", None, True, occ=[2]),
        E("临港新片区", "FreeTradeZone", "zone:ftz-x-shanghai-lingang"),
        E("浦东新区", "County", PD),
        E("浦东", "County", PD, occ=[3]),
        E(
            "商务部自由贸易试验区港建设协调司",
            "Organization",
            "body:商务部自由贸易试验区港建设协调司",
        ),
        E("世界贸易组织", "Organization", "org:wto", True),
        E("浦东金桥", "Organization", None, True),
        E("陆家嘴", "Organization", None, True, occ=[1]),
        E("自贸区", "FreeTradeZone", None, True, occ=[5]),
    ],
    "must_not": [
        N("浦东金桥", 1, "a company in a stock link: 浦东 is not the place", MUST_NOT_PLACE)
    ],
    "relations": [
        R(DOC23, "schema:legislationPassedBy", "org:state-council"),
        R(SHCOM, "schema:areaServed", SH),
        R("person:朱民@body:上海市商务委员会", "org:holds", "post:body:上海市商务委员会#主任"),
        R("body:上海市人民政府新闻办公室", "org:subOrganizationOf", "org:gov-310000"),
        R("body:商务部自由贸易试验区港建设协调司", "org:subOrganizationOf", "org:mofcom"),
    ],
    "observations": [
        O(PD, "foreignTradeValue", "Level", "1780000000000", "CNY", Q1_3_2023),
        O(PD, "foreignTradeValue", "YearOnYearGrowth", "1.3", "P1", Q1_3_2023),
        O(PD, "foreignTradeValue", "Share", "60.4", "P1", Q1_3_2023),
        O(SH, "foreignTradeValue", "Level", "3150000000000", "CNY", Q1_3_2023),
        O(SH, "foreignTradeValue", "YearOnYearGrowth", "0.7", "P1", Q1_3_2023),
    ],
    "optional_observations": [],
    "claims": [
        {"kind": "kgo:FirstZone", "about": SH, "value": 2013, "zone_type": "kgo:FreeTradeZone"},
    ],
}

SPECS["hj05"] = {
    "editor": "梁斌",
    "entities": [
        E("每经", "Organization", None, True),
        E("张钟尹", "Person", "person:张钟尹@reporter", True),
        E("陈星", "Person", None, True),
        E("商务部", "Organization", "org:mofcom"),
        E("何亚东", "Person", "person:何亚东@org:mofcom"),
        E("国家统计局", "Organization", "org:nbs"),
        E("国家发展改革委", "Organization", "org:ndrc"),
        E("关于恢复和扩大消费的措施", "Legislation", "title:关于恢复和扩大消费的措施"),
        E("北京", "Province", "place:110000"),
        E("北京市", "Province", "place:110000"),
        E("上海", "Province", "place:310000"),
        E("广州", "Prefecture", "place:440100"),
        E("天津", "Province", "place:120000"),
        E("重庆", "Province", "place:500000", occ=[1]),
        E("朝阳区", "County", "place:110105"),
        E("商务部市场运行和消费促进司", "Organization", "body:商务部市场运行和消费促进司"),
        E("大商股份", "Organization", None, True),
        E("重庆百货", "Organization", None, True),
    ],
    "must_not": [
        N("重庆百货", 1, "a company in a stock link: 重庆 is not the place", MUST_NOT_PLACE)
    ],
    "relations": [
        R("person:何亚东@org:mofcom", "org:holds", "post:org:mofcom#spokesperson"),
        R("title:关于恢复和扩大消费的措施", "schema:legislationPassedBy", "org:ndrc"),
        R("body:商务部市场运行和消费促进司", "org:subOrganizationOf", "org:mofcom"),
    ],
    "observations": [
        O(CHN, "retailSalesValue", "Level", "47100000000000", "CNY", Y2023),
        O(CHN, "retailSalesValue", "YearOnYearGrowth", "7.2", "P1", Y2023),
    ],
    "optional_observations": [
        # online and service retail: parts of retail, not the 社会消费品零售总额
        O(CHN, "retailSalesValue", "Level", "15430000000000", "CNY", Y2023, industry="网上零售额"),
        O(CHN, "retailSalesValue", "YearOnYearGrowth", "11", "P1", Y2023, industry="网上零售额"),
        O(
            CHN,
            "retailSalesValue",
            "Level",
            "13020000000000",
            "CNY",
            Y2023,
            industry="实物商品网上零售额",
        ),
        O(
            CHN,
            "retailSalesValue",
            "YearOnYearGrowth",
            "8.4",
            "P1",
            Y2023,
            industry="实物商品网上零售额",
        ),
        O(CHN, "retailSalesValue", "Share", "27.6", "P1", Y2023, industry="实物商品网上零售额"),
        O(CHN, "retailSalesValue", "YearOnYearGrowth", "20", "P1", Y2023, industry="服务零售额"),
    ],
    "claims": [],
}

SZ = "place:440300"
SPECS["hj06"] = {
    "editor": "黄妮",
    "entities": [
        E("深圳", "Prefecture", SZ),
        E("深圳市", "Prefecture", SZ),
        E("深圳市统计局", "Organization", "body:深圳市统计局"),
        E("国家统计局深圳调查队", "Organization", "body:国家统计局深圳调查队"),
        E("上海", "Province", "place:310000"),
        E("北京", "Province", "place:110000"),
        E("南山区", "County", "place:440305"),
        E("福田区", "County", "place:440304"),
        E("龙岗区", "County", "place:440307"),
        E("宝安区", "County", "place:440306"),
        E("比亚迪", "Organization", None, True),
        E("宁德时代", "Organization", None, True),
    ],
    "must_not": [],
    "relations": [
        R("body:深圳市统计局", "schema:areaServed", SZ),
        R("body:国家统计局深圳调查队", "schema:areaServed", SZ),
        R("body:国家统计局深圳调查队", "org:subOrganizationOf", "org:nbs"),
    ],
    "observations": [
        O(SZ, "gdp", "Level", "3066485000000", "CNY", Y2021),
        O(SZ, "gdp", "YearOnYearGrowth", "6.7", "P1", Y2021),
        O(SZ, "gdp", "TwoYearAverageGrowth", "4.9", "P1", Y2021),
        O(SZ, "gdp", "Level", "2659000000", "CNY", Y2021, industry="第一产业"),
        O(SZ, "gdp", "YearOnYearGrowth", "5.2", "P1", Y2021, industry="第一产业"),
        O(SZ, "gdp", "Level", "1133859000000", "CNY", Y2021, industry="第二产业"),
        O(SZ, "gdp", "YearOnYearGrowth", "4.9", "P1", Y2021, industry="第二产业"),
        O(SZ, "gdp", "Level", "1929967000000", "CNY", Y2021, industry="第三产业"),
        O(SZ, "gdp", "YearOnYearGrowth", "7.8", "P1", Y2021, industry="第三产业"),
        O(SZ, "industrialValueAdded", "YearOnYearGrowth", "4.7", "P1", Y2021),
        O(SZ, "industrialValueAdded", "TwoYearAverageGrowth", "3.3", "P1", Y2021),
        O(
            SZ,
            "industrialValueAdded",
            "YearOnYearGrowth",
            "4.5",
            "P1",
            Y2021,
            industry="高技术制造业",
        ),
        O(SZ, "retailSalesValue", "Level", "949812000000", "CNY", Y2021),
        O(SZ, "retailSalesValue", "YearOnYearGrowth", "9.6", "P1", Y2021),
        O(SZ, "retailSalesValue", "TwoYearAverageGrowth", "1.6", "P1", Y2021),
        O(SZ, "fixedAssetInvestment", "YearOnYearGrowth", "3.7", "P1", Y2021),
        O(SZ, "fixedAssetInvestment", "TwoYearAverageGrowth", "5.9", "P1", Y2021),
        O(SZ, "foreignTradeValue", "Level", "3543557000000", "CNY", Y2021),
        O(SZ, "foreignTradeValue", "YearOnYearGrowth", "16.2", "P1", Y2021),
        O(SZ, "exportValue", "Level", "1926341000000", "CNY", Y2021),
        O(SZ, "exportValue", "YearOnYearGrowth", "13.5", "P1", Y2021),
        O(SZ, "importValue", "Level", "1617216000000", "CNY", Y2021),
        O(SZ, "importValue", "YearOnYearGrowth", "19.5", "P1", Y2021),
    ],
    "optional_observations": [],
    "claims": [],
}

GZ = "place:520000"
GZPLAN = "title:贵州省推进跨境电子商务高质量发展三年行动方案（2023—2025年）"
SPECS["hj07"] = {
    "editor": "吴羽",
    "entities": [
        E("贵州日报", "Organization", None, True),
        E("贵州", "Province", GZ),
        E("贵州省商务厅", "Organization", "org:commerce-520000"),
        E("贵州省人民政府办公厅", "Organization", "body:贵州省人民政府办公厅"),
        E("贵州省推进跨境电子商务高质量发展三年行动方案（2023—2025年）", "Legislation", GZPLAN),
        E("方案", "Legislation", GZPLAN, True, occ=[2, 3]),  # back-references
        E("跨境电子商务综合试验区", "CrossBorderEcommerceZone", None, True, occ=[1]),
        E("中国（贵阳）跨境电子商务综合试验区", "CrossBorderEcommerceZone", "zone:cbec-520100"),
        E("遵义综试区", "CrossBorderEcommerceZone", "zone:cbec-520300"),
        E("第七批跨境电商综试区", "Batch", "batch:cbec-7", True),
        E("铜仁", "Prefecture", "place:520600", occ=[1]),
        E("贵阳综试区", "CrossBorderEcommerceZone", "zone:cbec-520100"),
        # 遵义、铜仁综试区: elliptical, 遵义 stands for its zone
        E("遵义", "CrossBorderEcommerceZone", "zone:cbec-520300", True, occ=[2]),
        E("铜仁综试区", "CrossBorderEcommerceZone", "zone:cbec-520600"),
        E("黔东南州", "Prefecture", "place:522600"),
        E("安顺市", "Prefecture", "place:520400"),
        E("老干妈", "Organization", None, True),
        E("美国", "Country", "country:USA"),
        E("马来西亚", "Country", "country:MYS"),
        E("新加坡", "Country", "country:SGP"),
        E("贵阳综合保税区", "PilotZone", "zone:bonded-520100"),
        E("贵阳海关", "Organization", "body:贵阳海关"),
        E("贵安综合保税区", "PilotZone", "zone:bonded-x-guian"),
        E("东盟", "Organization", "org:asean", True),
        E("欧盟", "Organization", "org:eu", True),
    ],
    "must_not": [
        N("贵州日报", 1, "a newspaper: 贵州 inside it is not the place", MUST_NOT_PLACE),
        NA("通道", "西部陆海新通道: a trade corridor, not 通道县", MUST_NOT_PLACE),
    ],
    "relations": [
        R("body:贵州省人民政府办公厅", "org:subOrganizationOf", "org:gov-520000"),
        R(GZPLAN, "schema:legislationPassedBy", "body:贵州省人民政府办公厅"),
        R("zone:cbec-520600", "kgo:inBatch", "batch:cbec-7"),
        R("body:贵阳海关", "schema:areaServed", "place:520100"),
    ],
    "observations": [
        O(GZ, "crossBorderEcommerceTradeValue", "Level", "10000000000", "CNY", Y2025, target=True),
        O(GZ, "crossBorderEcommerceExportValue", "Share", "10", "P1", Y2025, target=True),
        O(GZ, "crossBorderEcommerceTradeValue", "Level", "4160000000", "CNY", Y2022),
        O(GZ, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "26.4", "P1", Y2022),
        O(GZ, "crossBorderEcommerceExportValue", "Level", "3320000000", "CNY", Y2022),
        O(GZ, "crossBorderEcommerceExportValue", "YearOnYearGrowth", "31.7", "P1", Y2022),
        O(GZ, "foreignTradeValue", "Level", "80280000000", "CNY", Y2022),
        O(GZ, "foreignTradeValue", "YearOnYearGrowth", "10.6", "P1", Y2022),
    ],
    "optional_observations": [],
    "claims": [
        {
            "kind": "kgo:ZonesInPlace",
            "about": GZ,
            "value": 3,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
    ],
}

DY, ZJ = "place:321181", "place:321100"
SPECS["hj08"] = {
    "editor": "顾晨",
    "entities": [
        E("新华日报", "Organization", None, True),
        E("丹阳市", "County", DY),
        E("丹阳", "County", DY),
        E("江苏省", "Province", "place:320000"),
        E("镇江市", "Prefecture", ZJ),
        E("镇江", "Prefecture", ZJ),
        E("中国", "Country", CHN, True, occ=[1]),  # “中国眼镜之都”, an honorific
        E("丹阳市商务局", "Organization", "body:丹阳市商务局"),
        E("美国", "Country", "country:USA"),
        E("欧盟", "Organization", "org:eu", True),
        E("俄罗斯", "Country", "country:RUS"),
        E("沙特阿拉伯", "Country", "country:SAU"),
        E("阿联酋", "Country", "country:ARE"),
        E("第六批跨境电子商务综合试验区", "Batch", "batch:cbec-6", True),
        E("中国（镇江）跨境电子商务综合试验区", "CrossBorderEcommerceZone", "zone:cbec-321100"),
        E("丹阳眼镜城", "Organization", None, True),  # a market
        E("镇江海关驻丹阳办事处", "Organization", "body:镇江海关驻丹阳办事处"),
        E("句容市", "County", "place:321183"),
        E("扬中市", "County", "place:321182"),
        E("博士眼镜", "Organization", None, True),
    ],
    "must_not": [],
    "relations": [
        R("body:丹阳市商务局", "schema:areaServed", DY),
        R("body:镇江海关驻丹阳办事处", "org:subOrganizationOf", "body:镇江海关"),
        R("zone:cbec-321100", "kgo:inBatch", "batch:cbec-6"),
    ],
    "observations": [
        O(DY, "exportValue", "Level", "5260000000", "CNY", Y2023, industry="眼镜产品"),
        O(DY, "exportValue", "YearOnYearGrowth", "10.3", "P1", Y2023, industry="眼镜产品"),
        O(DY, "exportValue", "Share", "23.5", "P1", Y2023, industry="眼镜产品"),
        O(DY, "foreignTradeValue", "Level", "29680000000", "CNY", Y2023),
        O(DY, "foreignTradeValue", "YearOnYearGrowth", "5.1", "P1", Y2023),
        O(DY, "exportValue", "Level", "22390000000", "CNY", Y2023),
        O(DY, "exportValue", "YearOnYearGrowth", "7.4", "P1", Y2023),
        O(DY, "exportValue", "Level", "1240000000", "CNY", Y2023, "country:USA", "眼镜"),
        O(DY, "exportValue", "YearOnYearGrowth", "3.2", "P1", Y2023, "country:USA", "眼镜"),
        O(DY, "exportValue", "Level", "980000000", "CNY", Y2023, "org:eu", "眼镜"),
        O(DY, "exportValue", "YearOnYearGrowth", "8.9", "P1", Y2023, "org:eu", "眼镜"),
        O(DY, "exportValue", "Level", "610000000", "CNY", Y2023, "country:RUS", "眼镜"),
        O(DY, "exportValue", "YearOnYearGrowth", "26.5", "P1", Y2023, "country:RUS", "眼镜"),
        O(DY, "crossBorderEcommerceExportValue", "Level", "780000000", "CNY", Y2023),
        O(DY, "crossBorderEcommerceExportValue", "YearOnYearGrowth", "35", "P1", Y2023),
        O(DY, "exportValue", "Level", "7000000000", "CNY", Y2025, industry="眼镜", target=True),
    ],
    "optional_observations": [],
    "claims": [],
}

LN, DL = "place:210000", "place:210200"
SPECS["hj09"] = {
    "editor": "孙强",
    "entities": [
        E("新华社", "Organization", "org:xinhua", True),
        E("沈阳", "Prefecture", "place:210100", True, occ=[1]),  # dateline
        E("王炳坤", "Person", "person:王炳坤@reporter", True),
        E("大连海关", "Organization", "body:大连海关"),
        E("沈阳海关", "Organization", "body:沈阳海关"),
        E("辽宁", "Province", LN),
        E("辽宁省", "Province", LN),
        E("RCEP", "Legislation", "doc:rcep"),
        E("《区域全面经济伙伴关系协定》", "Legislation", "doc:rcep"),
        E("日韩", "Country", None, True),  # 日本 and 韩国 abbreviated
        E("日本", "Country", "country:JPN"),
        E("韩国", "Country", "country:KOR"),
        E("东盟", "Organization", "org:asean", True),
        E("澳大利亚", "Country", "country:AUS"),
        E("新西兰", "Country", "country:NZL"),
        E("印度尼西亚", "Country", "country:IDN"),
        E("越南", "Country", "country:VNM"),
        E("大连市", "Prefecture", DL),
        E("沈阳市", "Prefecture", "place:210100"),
        E("营口市", "Prefecture", "place:210800"),
        E("大连", "Prefecture", DL, True, occ=[7]),  # 大连港 in the caption: a port
        E("大连港", "Organization", None, True),
        E("潘昱龙", "Person", "person:潘昱龙@reporter", True),
        E("中国（辽宁）自由贸易试验区", "FreeTradeZone", "zone:ftz-210000"),
        E("大连", "Prefecture", DL, occ=[6]),
        E("庄河市", "County", "place:210283"),
    ],
    "must_not": [],
    "relations": [
        R("body:大连海关", "schema:areaServed", DL),
        R("body:沈阳海关", "schema:areaServed", "place:210100"),
    ],
    "observations": [
        O(LN, "foreignTradeValue", "Level", "765960000000", "CNY", Y2023),
        O(LN, "foreignTradeValue", "YearOnYearGrowth", "-3.6", "P1", Y2023),
        O(LN, "exportValue", "Level", "357240000000", "CNY", Y2023),
        O(LN, "exportValue", "YearOnYearGrowth", "0.9", "P1", Y2023),
        O(LN, "importValue", "Level", "408720000000", "CNY", Y2023),
        O(LN, "importValue", "YearOnYearGrowth", "-7.2", "P1", Y2023),
        O(LN, "foreignTradeValue", "Level", "274530000000", "CNY", Y2023, "doc:rcep"),
        O(LN, "foreignTradeValue", "Share", "35.8", "P1", Y2023, "doc:rcep"),
        O(LN, "foreignTradeValue", "Level", "88270000000", "CNY", Y2023, "country:JPN"),
        O(LN, "foreignTradeValue", "YearOnYearGrowth", "-5.2", "P1", Y2023, "country:JPN"),
        O(LN, "foreignTradeValue", "Level", "67350000000", "CNY", Y2023, "country:KOR"),
        O(LN, "foreignTradeValue", "YearOnYearGrowth", "-8.6", "P1", Y2023, "country:KOR"),
        O(LN, "foreignTradeValue", "Level", "79120000000", "CNY", Y2023, "org:asean"),
        O(LN, "foreignTradeValue", "YearOnYearGrowth", "6.3", "P1", Y2023, "org:asean"),
        O(DL, "foreignTradeValue", "Level", "406910000000", "CNY", Y2023),
        O(DL, "foreignTradeValue", "Share", "53.1", "P1", Y2023),
        O("place:210100", "foreignTradeValue", "Level", "113540000000", "CNY", Y2023),
        O("place:210800", "foreignTradeValue", "Level", "55260000000", "CNY", Y2023),
    ],
    "optional_observations": [
        # 对澳大利亚、新西兰进出口合计: two partners summed
        O(LN, "foreignTradeValue", "Level", "31260000000", "CNY", Y2023),
        O(LN, "foreignTradeValue", "YearOnYearGrowth", "11.4", "P1", Y2023),
    ],
    "claims": [],
}

BJ, HB = "place:110000", "place:130000"
SPECS["hj10"] = {
    "editor": "李园",
    "entities": [
        E("京冀", "Province", None, True),  # 北京 and 河北 abbreviated
        E("新华社", "Organization", "org:xinhua", True),
        E("北京", "Province", BJ, True, occ=[1]),  # dateline
        E("魏梦佳", "Person", "person:魏梦佳@reporter", True),
        E("北京", "Province", BJ, occ=[2, 4, 6]),
        E("北京市", "Province", BJ, occ=[1]),
        E("河北", "Province", HB),
        E("河北省", "Province", HB),
        E("门头沟区", "County", "place:110109"),
        E("房山区", "County", "place:110111"),
        E("保定市", "Prefecture", "place:130600"),
        E("涿州市", "County", "place:130681"),
        E("涿州市人民政府", "Organization", "body:涿州市人民政府"),
        E("国家防汛抗旱总指挥部", "Organization", "body:国家防汛抗旱总指挥部"),
        E("水利部", "Organization", "body:水利部"),
        E("应急管理部", "Organization", "body:应急管理部"),
        E("中国气象局", "Organization", "body:中国气象局"),
        E("牟宇", "Person", "person:牟宇@reporter", True),
        E("北京市防汛指挥部", "Organization", "body:北京市防汛指挥部"),
        E("大兴区", "County", "place:110115"),
        E("丰台区", "County", "place:110106"),
    ],
    "must_not": [
        NA("永定", "永定河 is a river, not 永定区", MUST_NOT_PLACE),
        NA("房山", "地铁房山线 is a metro line", MUST_NOT_PLACE),
        NA("清河", "大清河 is a river, not 清河区", MUST_NOT_PLACE),
        NA("城区", "涿州市城区: the town centre, not a district named 城区", MUST_NOT_PLACE),
        N("杜苏芮", 1, "a typhoon name"),
    ],
    "relations": [
        R("body:涿州市人民政府", "schema:areaServed", "place:130681"),
        R("body:北京市防汛指挥部", "schema:areaServed", BJ),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

TS, GS = "place:620500", "place:620000"
SPECS["hj11"] = {
    "editor": "马丽",
    "entities": [
        E("中新网", "Organization", "org:chinanews", True),
        E("兰州", "Prefecture", "place:620100", True, occ=[1]),  # dateline
        E("魏建军", "Person", "person:魏建军@reporter", True),
        E("甘肃", "Province", GS),
        E("天水", "Prefecture", TS, occ=[1, 3, 5, 7, 8]),
        E("天水", "Prefecture", TS, True, occ=[6]),  # “天水”相关词条: the word as a search term
        E("天水市", "Prefecture", TS),
        E("西安", "Prefecture", "place:610100"),
        E("兰州", "Prefecture", "place:620100", occ=[2, 3]),
        E("天水市文化和旅游局", "Organization", "body:天水市文化和旅游局"),
        # 甘谷辣椒、秦安花椒、武山宽粉: produce named after their county
        E("甘谷", "County", "place:620523", True, occ=[1]),
        E("秦安", "County", "place:620522", True),
        E("武山", "County", "place:620524", True),
        E("甘谷县", "County", "place:620523"),
        E("秦州区", "County", "place:620502"),
        E("麦积区", "County", "place:620503"),
        E("东方甄选", "Organization", None, True),
        E("中青旅", "Organization", None, True),
        E("全聚德", "Organization", None, True),
        E("九美旦增", "Person", "person:九美旦增@reporter", True),
        E("中新社", "Organization", "org:chinanews", True),
        E("麦积山石窟", "Organization", None, True),  # a site
    ],
    "must_not": [
        N("东方甄选", 1, "a company: 东方 is not 东方市", MUST_NOT_PLACE),
        N("麦积山石窟", 1, "a grotto site, not 麦积区", MUST_NOT_PLACE),
    ],
    "relations": [R("body:天水市文化和旅游局", "schema:areaServed", TS)],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS["hj12"] = {
    "editor": "朱赫",
    "entities": [
        E("每经", "Organization", None, True),
        E("洛阳钼业", "Organization", None, True),
        E("洛阳栾川钼业集团股份有限公司", "Organization", None, True),
        E("河南省", "Province", "place:410000"),
        E("洛阳市", "Prefecture", "place:410300"),
        E("栾川县", "County", "place:410324"),
        E("刚果（金）", "Country", "country:COD"),
        E("巴西", "Country", "country:BRA"),
        E("印度尼西亚", "Country", "country:IDN"),
    ],
    "must_not": [
        *[
            N("洛阳钼业", k, "a company (stock link): 洛阳 is not the place", MUST_NOT_PLACE)
            for k in (1, 2, 3, 4)
        ],
        N("洛阳栾川钼业集团股份有限公司", 1, "a company's full name", MUST_NOT_PLACE),
        NA("矿区", "钼钨矿区: a mine, not a district named 矿区", MUST_NOT_PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}


def mark_captions(here: Path) -> None:
    """Say in every gold file that the picture captions were read and annotated."""
    for path in sorted(here.glob("hj*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        gold = {"file": gold.pop("file"), "captions": True, **gold}
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    """Write hjNN.json, then the containment and table-body relations."""
    write_gold(HERE, SPECS, R, in_titles=all)
    mark_captions(HERE)
    for tool in ("containment.py", "table_bodies.py"):
        subprocess.run(
            [sys.executable, str(ROOT / "tests" / "gold" / "tools" / tool), str(HERE)], check=True
        )


if __name__ == "__main__":
    main()
