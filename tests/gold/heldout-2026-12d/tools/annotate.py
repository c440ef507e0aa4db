"""Write the gold JSON of heldout-2026-12d from the annotator's span lists.

Input: articles/hdNN.md (read with kg.ingest.read_article) and the SPECS below, written
by reading each body (never by running an extractor).
Output: hdNN.json in format 2 (tests/gold/SCOPE.md).
It does not: extract anything; it only turns "this name, this ref" into one entity per
occurrence. An occurrence inside a longer annotated span is left out, except inside a
document title (Legislation, also when a zone name inside the title holds it), where it is kept as optional (SCOPE: places only inside a
title are optional). The pattern is heldout-2026-12c's tools/annotate.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository root


from tests.gold.tools.heldout import NA, E, N, O, R, write_gold  # noqa: E402, F401

HERE = Path(__file__).resolve().parent.parent
PLACE = {"Province", "Prefecture", "County", "Country"}


CHN = "country:CHN"
CONT = "schema:containedInPlace"
LAW = "schema:legislationPassedBy"
AREA = "schema:areaServed"
SUB = "org:subOrganizationOf"
HOLDS = "org:holds"
CONTRIB = "schema:contributor"
EST = "kgo:establishes"
ZONE_LABELS = ["CrossBorderEcommerceZone", "FreeTradeZone", "PilotZone"]
PLACE_LABELS = ["Province", "Prefecture", "County"]
PROMO_NA = NA("新浪财经", "boilerplate promo line (新浪财经公众号 …)")


def trade(about, period, measure, level, growth, unit="CNY", **kw):
    """A level and/or a year-on-year growth of one measure."""
    out = []
    if level is not None:
        out.append(O(about, measure, "Level", level, unit, period, **kw))
    if growth is not None:
        out.append(O(about, measure, "YearOnYearGrowth", growth, "P1", period, **kw))
    return out


def yoy(about, period, measure, growth, **kw):
    return O(about, measure, "YearOnYearGrowth", growth, "P1", period, **kw)


def share(about, period, measure, value, **kw):
    return O(about, measure, "Share", value, "P1", period, **kw)


def claim(kind, about, value, zone_type):
    return {"kind": kind, "about": about, "value": value, "zone_type": zone_type}


# hd01 — 内蒙古 2022
NM = "place:150000"
Y22 = "2022-01-01/2022-12-31"
HHHT = "body:呼和浩特海关"
# hd02 — FTZ plans 2020
T_BJ = "title:中国（北京）自由贸易试验区总体方案"
T_HN = "title:中国（湖南）自由贸易试验区总体方案"
T_AH = "title:中国（安徽）自由贸易试验区总体方案"
T_ZJ = "title:中国（浙江）自由贸易试验区扩展区域方案"
HN = "place:430000"
# hd03 — 广西 FTZ
GX = "place:450000"
GXFTZ = "zone:ftz-450000"
CZ_BODY = "body:广西自贸试验区崇左片区管委会"
# hd04 — 天府 bonded zone
SC = "place:510000"
CD = "place:510100"
TF = "zone:bonded-510100"
# hd05 — RCEP one year
N11 = "2022-01-01/2022-11-30"
# hd06 — national H1 2025
H1 = "2025-01-01/2025-06-30"
JUN = "2025-06-01/2025-06-30"
# hd07 — 黑龙江 January 2017
HLJ = "place:230000"
J17 = "2017-01-01/2017-01-31"
# hd08 — 青海 Q1–3 2023
QH = "place:630000"
Q123 = "2023-01-01/2023-09-30"
XNHG = "body:西宁海关"
# hd09 — 广东 2024 targets
GD = "place:440000"
GDGOV = "body:广东省人民政府"
Y23 = "2023-01-01/2023-12-31"
Y24 = "2024-01-01/2024-12-31"
# hd10 — typhoon
FJ = "place:350000"
QZ = "place:350500"

SPECS = {
    "hd01": {
        "editor": "黄秀环",
        "entities": [
            E(
                "内蒙古自治区人民政府新闻办公室",
                "Organization",
                "body:内蒙古自治区人民政府新闻办公室",
            ),
            E("呼和浩特海关", "Organization", HHHT),
            E("王华", "Person", f"person:王华@{HHHT}"),
            E("内蒙古", "Province", NM),
            E("东盟", "Organization", "org:asean", True),
            E("蒙古国", "Country", "country:MNG"),
            E("俄罗斯", "Country", "country:RUS"),
            E("美国", "Country", "country:USA"),
            E("蒙方", "Country", "country:MNG", True),
            E("种植十亿棵树", "Organization", None, True),
            E("中国", "Country", CHN),
        ],
        "relations": [
            R("body:内蒙古自治区人民政府新闻办公室", SUB, "body:内蒙古自治区人民政府"),
            R("body:内蒙古自治区人民政府新闻办公室", AREA, NM),
            R(HHHT, AREA, "place:150100"),
            R(f"person:王华@{HHHT}", HOLDS, f"post:{HHHT}#副关长"),
        ],
        "observations": (
            trade(NM, Y22, "foreignTradeValue", "152360000000", "23.2")
            + trade(NM, Y22, "exportValue", "63030000000", "31.9")
            + trade(NM, Y22, "importValue", "89330000000", "17.8")
            + trade(NM, Y22, "exportValue", "14040000000", "75.2", industry="机电产品")
            + [
                share(NM, Y22, "exportValue", "22.3", industry="机电产品"),
                O(
                    NM,
                    "exportValue",
                    "PercentagePointChange",
                    "5.5",
                    "P1",
                    Y22,
                    industry="机电产品",
                ),
            ]
            + trade(NM, Y22, "exportValue", "7020000000", "24", industry="农产品")
            + trade(NM, Y22, "importValue", "61380000000", "26.6", industry="矿能产品")
            + [share(NM, Y22, "importValue", "68.7", industry="矿能产品")]
            + trade(NM, Y22, "importValue", "8400000000", "13.5", industry="农产品")
            + trade(NM, Y22, "importValue", "7220000000", "57.9", industry="机电产品")
            + trade(NM, Y22, "importValue", "1850000000", "41.5", industry="肥料")
            + trade(NM, Y22, "foreignTradeValue", "13970000000", "4.2", partner="org:asean")
            + trade(NM, Y22, "foreignTradeValue", "46360000000", None, partner="country:MNG")
            + trade(NM, Y22, "foreignTradeValue", "19530000000", None, partner="country:RUS")
            + trade(NM, Y22, "foreignTradeValue", "7680000000", None, partner="country:USA")
        ),
        "optional_observations": [
            O(
                NM,
                "foreignTradeValue",
                "PercentagePointChange",
                "15.5",
                "P1",
                Y22,
                industry="增速较全国外贸高出",
            ),
            O(
                NM,
                "importValue",
                "PercentagePointChange",
                "17",
                "P1",
                Y22,
                industry="矿能产品拉动进口增长",
            ),
        ],
        "must_not": [
            NA("通道", "通道 (channel) is not 通道侗族自治县", PLACE_LABELS),
            N("农产品", 2, "stock-link fragment (农产品 sz000061) is not an entity"),
        ],
        "claims": [],
    },
    "hd02": {
        "editor": "刘光博",
        "entities": [
            E("中国政府网", "Organization", "org:gov-cn", True),
            E("国务院", "Organization", "org:state-council"),
            E("《中国（北京）自由贸易试验区总体方案》", "Legislation", T_BJ),
            E("《中国（湖南）自由贸易试验区总体方案》", "Legislation", T_HN),
            E("《中国（安徽）自由贸易试验区总体方案》", "Legislation", T_AH),
            E("《中国（浙江）自由贸易试验区扩展区域方案》", "Legislation", T_ZJ),
            E("中国（北京）自由贸易试验区", "FreeTradeZone", "zone:ftz-110000"),
            E("中国（湖南）自由贸易试验区", "FreeTradeZone", "zone:ftz-430000"),
            E("中国（安徽）自由贸易试验区", "FreeTradeZone", "zone:ftz-340000"),
            E("中国（浙江）自由贸易试验区", "FreeTradeZone", "zone:ftz-330000"),
            E("湖南自贸试验区", "FreeTradeZone", "zone:ftz-430000"),
            E("安徽自贸试验区", "FreeTradeZone", "zone:ftz-340000"),
            E("浙江自贸试验区", "FreeTradeZone", "zone:ftz-330000"),
            E("自贸试验区", "FreeTradeZone", None, True),
            E("北京", "Province", "place:110000"),
            E("湖南", "Province", HN),
            E("安徽", "Province", "place:340000"),
            E("浙江", "Province", "place:330000"),
            E("长沙", "Prefecture", "place:430100"),
            E("岳阳", "Prefecture", "place:430600"),
            E("郴州", "Prefecture", "place:431000"),
            E("长沙黄花综合保税区", "PilotZone", "zone:bonded-430100"),
            E("岳阳城陵矶综合保税区", "PilotZone", "zone:bonded-430600"),
            E("郴州综合保税区", "PilotZone", "zone:bonded-431000"),
            E("长江经济带", "Organization", None, True),
            E("粤港澳大湾区", "Organization", None, True),
            E("国务院新闻办公室", "Organization", "body:国务院新闻办公室"),
            E("商务部", "Organization", "org:mofcom"),
            E("王受文", "Person", "person:王受文@org:mofcom"),
            E("北京市人民政府", "Organization", "body:北京市人民政府"),
            E("杨晋柏", "Person", "person:杨晋柏@body:北京市人民政府"),
            E("浙江省人民政府", "Organization", "body:浙江省人民政府"),
            E("朱从玖", "Person", "person:朱从玖@body:浙江省人民政府"),
            E("安徽省人民政府", "Organization", "body:安徽省人民政府"),
            E("章曦", "Person", "person:章曦@body:安徽省人民政府"),
            E("湖南省人民政府", "Organization", "body:湖南省人民政府"),
            E("何报翔", "Person", "person:何报翔@body:湖南省人民政府"),
            E("中央", "Organization", None, True),
            E("义乌", "County", "place:330782"),
        ],
        "relations": [
            R(T_BJ, LAW, "org:state-council"),
            R(T_HN, LAW, "org:state-council"),
            R(T_AH, LAW, "org:state-council"),
            R(T_ZJ, LAW, "org:state-council"),
            R(T_BJ, EST, "zone:ftz-110000"),
            R(T_HN, EST, "zone:ftz-430000"),
            R(T_AH, EST, "zone:ftz-340000"),
            R("place:430100", CONT, HN),
            R("place:430600", CONT, HN),
            R("place:431000", CONT, HN),
            R("person:王受文@org:mofcom", HOLDS, "post:org:mofcom#副部长"),
            R("person:王受文@org:mofcom", HOLDS, "post:org:mofcom#国际贸易谈判副代表"),
            R("person:杨晋柏@body:北京市人民政府", HOLDS, "post:body:北京市人民政府#副市长"),
            R("person:朱从玖@body:浙江省人民政府", HOLDS, "post:body:浙江省人民政府#副省长"),
            R("person:章曦@body:安徽省人民政府", HOLDS, "post:body:安徽省人民政府#副省长"),
            R("person:何报翔@body:湖南省人民政府", HOLDS, "post:body:湖南省人民政府#副省长"),
            R("body:北京市人民政府", AREA, "place:110000"),
            R("body:浙江省人民政府", AREA, "place:330000"),
            R("body:安徽省人民政府", AREA, "place:340000"),
            R("body:湖南省人民政府", AREA, HN),
        ],
        "observations": [],
        "optional_observations": [],
        "must_not": [
            NA("合作", "合作 (cooperation) is not 合作市", PLACE_LABELS),
            N(
                "中非",
                1,
                "中非经贸 is China–Africa, not 中非 the Central African Republic",
                ["Country"],
            ),
        ],
        "claims": [claim("kgo:ZonesNationwide", CHN, 21, "kgo:FreeTradeZone")],
    },
    "hd03": {
        "editor": "刘阳禾",
        "entities": [
            E("南宁", "Prefecture", "place:450100", True, [1]),
            E("俞靖", "Person", "person:俞靖@reporter", True),
            E(
                "广西壮族自治区人民政府新闻办公室",
                "Organization",
                "body:广西壮族自治区人民政府新闻办公室",
            ),
            E("中国（广西）自由贸易试验区", "FreeTradeZone", GXFTZ),
            E("广西自贸试验区", "FreeTradeZone", GXFTZ),
            E("自贸试验区", "FreeTradeZone", None, True),
            E("广西", "Province", GX),
            E("广西壮族自治区商务厅", "Organization", "body:广西壮族自治区商务厅"),
            E("李硕", "Person", "person:李硕@body:广西壮族自治区商务厅"),
            E("崇左", "Prefecture", "place:451400"),
            E("凭祥市", "County", "place:451481"),
            E("友谊关口岸", "Organization", None, True),
            E("东盟", "Organization", "org:asean", True),
            E("越南", "Country", "country:VNM"),
            E("南宁海关", "Organization", "body:南宁海关"),
            E("陈伟", "Person", "person:陈伟@body:南宁海关"),
            E("中越", "Country", "country:VNM", True),
            E("广西自贸试验区崇左片区管委会", "Organization", CZ_BODY),
            E("李秋艳", "Person", f"person:李秋艳@{CZ_BODY}"),
            E("中国", "Country", CHN),
            E("中南半岛", "Organization", None, True),
        ],
        "relations": [
            R("@article", CONTRIB, "person:俞靖@reporter"),
            R("body:广西壮族自治区人民政府新闻办公室", SUB, "body:广西壮族自治区人民政府"),
            R("body:广西壮族自治区人民政府新闻办公室", AREA, GX),
            R("body:广西壮族自治区商务厅", AREA, GX),
            R(
                "person:李硕@body:广西壮族自治区商务厅",
                HOLDS,
                "post:body:广西壮族自治区商务厅#副厅长",
            ),
            R("body:南宁海关", AREA, "place:450100"),
            R("person:陈伟@body:南宁海关", HOLDS, "post:body:南宁海关#总工程师"),
            R(f"person:李秋艳@{CZ_BODY}", HOLDS, f"post:{CZ_BODY}#副主任"),
            R("place:451481", CONT, "place:451400"),
            R("place:451400", CONT, GX),
        ],
        "observations": [],
        "optional_observations": [
            O(GXFTZ, "foreignTradeValue", "Level", "177800000000", "CNY", "2020-01-01/2020-12-31"),
            O(GXFTZ, "foreignTradeValue", "Level", "306400000000", "CNY", "2023-01-01/2023-12-31"),
            O(
                GXFTZ,
                "foreignTradeValue",
                "YearOnYearGrowth",
                "19.9",
                "P1",
                "2020-01-01/2023-12-31",
                industry="年均增速",
            ),
            O(
                GX,
                "importValue",
                "Level",
                "6002000000",
                "CNY",
                "2024-01-01/2024-07-31",
                industry="边民互市进口商品落地加工",
            ),
            O(
                GX,
                "importValue",
                "YearOnYearGrowth",
                "69.8",
                "P1",
                "2024-01-01/2024-07-31",
                industry="边民互市进口商品落地加工",
            ),
        ],
        "must_not": [
            NA("通道", "通道 (channel) is not 通道侗族自治县", PLACE_LABELS),
        ],
        "claims": [],
    },
    "hd04": {
        "editor": "王永生",
        "entities": [
            E("成都", "Prefecture", CD, True, [1]),
            E("张浪", "Person", "person:张浪@reporter", True),
            E("成都海关", "Organization", "body:成都海关"),
            E("国务院", "Organization", "org:state-council", False, [1]),
            E("国务院", "Organization", "org:state-council", True, [2]),
            E("成都天府国际空港综合保税区", "PilotZone", TF),
            E("天府空港综保区", "PilotZone", TF),
            E("天府国际空港综保区", "PilotZone", TF),
            E("综合保税区", "PilotZone", None, True),
            E("综保区", "PilotZone", None, True),
            E("四川省", "Province", SC),
            E("四川", "Province", SC),
            E("成都", "Prefecture", CD, False, [2, 3, 4, 5, 6, 7, 8, 9]),
            E("成都天府国际机场", "Organization", None, True),
            E("中华人民共和国", "Country", CHN),
            E("成都高新综保区", "PilotZone", None, True),
            E("成都国际铁路港综保区", "PilotZone", None, True),
            E("绵阳综保区", "PilotZone", "zone:bonded-510700"),
            E("宜宾综保区", "PilotZone", "zone:bonded-511500"),
            E("泸州综保区", "PilotZone", "zone:bonded-510500"),
        ],
        "relations": [
            R("@article", CONTRIB, "person:张浪@reporter"),
            R("body:成都海关", AREA, CD),
            R(CD, CONT, SC),
        ],
        "observations": [],
        "optional_observations": [],
        "must_not": [PROMO_NA],
        "claims": [
            claim("kgo:ZonesInPlace", SC, 6, "kgo:PilotZone"),
            claim("kgo:ZonesInPlace", CD, 3, "kgo:PilotZone"),
        ],
    },
    "hd05": {
        "editor": "李伟山",
        "entities": [
            E("《区域全面经济伙伴关系协定》", "Legislation", "doc:rcep"),
            E("RCEP", "Legislation", "doc:rcep"),
            E("中国", "Country", CHN),
            E("日本", "Country", "country:JPN"),
            E("韩国", "Country", "country:KOR"),
            E("澳大利亚", "Country", "country:AUS"),
            E("新西兰", "Country", "country:NZL"),
            E("东盟", "Organization", "org:asean", True),
            E("文莱", "Country", "country:BRN"),
            E("柬埔寨", "Country", "country:KHM"),
            E("老挝", "Country", "country:LAO"),
            E("新加坡", "Country", "country:SGP"),
            E("泰国", "Country", "country:THA"),
            E("越南", "Country", "country:VNM"),
            E("马来西亚", "Country", "country:MYS"),
            E("缅甸", "Country", "country:MMR"),
            E("印度尼西亚", "Country", "country:IDN"),
            E("海关", "Organization", "org:gacc", True),
            E("商务部", "Organization", "org:mofcom"),
            E("束珏婷", "Person", "person:束珏婷@org:mofcom"),
        ],
        "relations": [
            R("person:束珏婷@org:mofcom", HOLDS, "post:org:mofcom#新闻发言人"),
        ],
        "observations": (
            trade(CHN, N11, "foreignTradeValue", "11800000000000", "7.9", partner="doc:rcep")
            + [share(CHN, N11, "foreignTradeValue", "30.7", partner="doc:rcep")]
            + trade(CHN, N11, "exportValue", "6000000000000", "17.7", partner="doc:rcep")
        ),
        "optional_observations": [
            O(
                CHN,
                "exportValue",
                "PercentagePointChange",
                "5.8",
                "P1",
                N11,
                partner="doc:rcep",
                industry="增速高出全国出口整体增速",
            ),
        ],
        "must_not": [
            NA("会同", "商务部会同有关部门 (together with) is not 会同县", PLACE_LABELS),
        ],
        "claims": [],
    },
    "hd06": {
        "editor": "郭明煜",
        "entities": [
            E("国务院新闻办公室", "Organization", "body:国务院新闻办公室"),
            E("海关总署", "Organization", "org:gacc"),
            E("统计分析司", "Organization", "body:海关总署统计分析司"),
            E("吕大良", "Person", "person:吕大良@org:gacc"),
            E("美国", "Country", "country:USA"),
            E("中国", "Country", CHN),
        ],
        "relations": [
            R("body:海关总署统计分析司", SUB, "org:gacc"),
            R("person:吕大良@org:gacc", HOLDS, "post:org:gacc#新闻发言人"),
            R("person:吕大良@org:gacc", HOLDS, "post:org:gacc#统计分析司司长"),
        ],
        "observations": (
            trade(CHN, H1, "crossBorderEcommerceTradeValue", "1320000000000", "5.7")
            + trade(CHN, H1, "crossBorderEcommerceExportValue", "1030000000000", "4.7")
            + trade(CHN, H1, "crossBorderEcommerceImportValue", "291100000000", "9.3")
            + trade(CHN, H1, "foreignTradeValue", "21940000000000", "2.9")
            + trade(CHN, H1, "exportValue", "13000000000000", "7.2")
            + trade(CHN, H1, "importValue", "8790000000000", "-2.7")
            + trade(CHN, JUN, "foreignTradeValue", "3850000000000", "5.2")
            + trade(CHN, JUN, "exportValue", "2340000000000", "7.2")
            + trade(CHN, JUN, "importValue", "1510000000000", "2.3")
        ),
        "optional_observations": [
            O(
                CHN,
                "foreignTradeValue",
                "PercentagePointChange",
                "0.4",
                "P1",
                H1,
                industry="增速比前5个月加快",
            ),
            O(
                CHN,
                "importValue",
                "PercentagePointChange",
                "1.1",
                "P1",
                H1,
                industry="降幅较前5个月收窄",
            ),
        ],
        "must_not": [],
        "claims": [],
    },
    "hd07": {
        "editor": "高辰",
        "entities": [
            E("黑龙江省商务厅", "Organization", "body:黑龙江省商务厅"),
            E("黑龙江省", "Province", HLJ),
            E("黑龙江", "Province", HLJ),
            E("对俄", "Country", "country:RUS", True),
            E("中俄", "Country", "country:RUS", True),
            E("俄罗斯", "Country", "country:RUS"),
            E("一带一路", "Legislation", "doc:bri", True),
            E("东北亚经济圈", "Organization", None, True),
            E("中国", "Country", CHN),
            E("远东", "Organization", None, True),
            E("东北亚", "Organization", None, True),
            E("黑龙江当代中俄区域经济研究院", "Organization", None, True),
            E("黑龙江省社会科学院", "Organization", None, True),
            E("宋魁", "Person", None, True),
            E("哈尔滨", "Prefecture", "place:230100"),
            E("综合保税区", "PilotZone", None, True),
            E("叶卡捷琳堡", "Prefecture", None, True),
            E("北美", "Organization", None, True),
            E("黑河", "Prefecture", "place:231100"),
            E("绥芬河", "County", "place:231081"),
            E("东宁", "County", "place:231086"),
            E("抚远", "County", "place:230883"),
            E("密山", "County", "place:230382"),
            E("饶河", "County", "place:230524"),
            E("同江", "County", "place:230881"),
        ],
        "relations": [
            R("body:黑龙江省商务厅", AREA, HLJ),
            R("place:230100", CONT, HLJ),
            R("place:231100", CONT, HLJ),
        ],
        "observations": (
            trade(HLJ, J17, "foreignTradeValue", "9800000000", "34.1")
            + trade(HLJ, J17, "exportValue", "2900000000", "5.8")
            + trade(HLJ, J17, "importValue", "6900000000", "50.9")
            + trade(
                HLJ, J17, "foreignTradeValue", "840000000", "37", unit="USD", partner="country:RUS"
            )
        ),
        "optional_observations": [
            O(
                HLJ,
                "foreignTradeValue",
                "PercentagePointChange",
                "14.5",
                "P1",
                J17,
                industry="增幅高出全国平均水平",
            ),
            O(
                HLJ,
                "foreignTradeValue",
                "PercentagePointChange",
                "3",
                "P1",
                J17,
                partner="country:RUS",
                industry="增幅比全国对俄贸易平均水平高",
            ),
        ],
        "must_not": [
            N(
                "黑龙江",
                9,
                "a place inside an institute name (黑龙江当代中俄区域经济研究院)",
                ["Province"],
            ),
            N("黑龙江省", 7, "a place inside an institute name (黑龙江省社会科学院)", ["Province"]),
            NA("资源", "资源条件 (resources) is not 资源县", PLACE_LABELS),
            NA("合作", "合作 (cooperation) is not 合作市", PLACE_LABELS),
        ],
        "claims": [],
    },
    "hd08": {
        "editor": "曹子健",
        "entities": [
            E("西宁", "Prefecture", "place:630100", True, [1]),
            E("孙睿", "Person", "person:孙睿@reporter", True),
            E("西宁海关", "Organization", XNHG),
            E("徐岊", "Person", f"person:徐岊@{XNHG}"),
            E("青海省", "Province", QH),
            E("青海", "Province", QH),
            E("一带一路", "Legislation", "doc:bri", True),
            E("蒙古", "Country", "country:MNG"),
            E("阿根廷", "Country", "country:ARG"),
            E("科特迪瓦", "Country", "country:CIV"),
            E("波多黎各", "Country", "country:PRI"),
        ],
        "relations": [
            R("@article", CONTRIB, "person:孙睿@reporter"),
            R(XNHG, AREA, "place:630100"),
            R(f"person:徐岊@{XNHG}", HOLDS, f"post:{XNHG}#副关长"),
        ],
        "observations": (
            trade(QH, Q123, "foreignTradeValue", "3450000000", "19.7")
            + trade(QH, Q123, "exportValue", "1960000000", "13.5")
            + trade(QH, Q123, "importValue", "1490000000", "29")
            + trade(QH, Q123, "foreignTradeValue", "2280000000", "15", partner="doc:bri")
            + trade(QH, Q123, "exportValue", "210000000", "390", industry="太阳能电池")
            + trade(QH, Q123, "exportValue", "150000000", None, industry="锂电材料")
            + trade(QH, Q123, "importValue", "150000000", None, industry="多晶硅")
        ),
        "optional_observations": [
            O(
                QH,
                "foreignTradeValue",
                "PercentagePointChange",
                "19.9",
                "P1",
                Q123,
                industry="高于全国平均水平",
            ),
            O(
                QH,
                "exportValue",
                "PercentagePointChange",
                "12.9",
                "P1",
                Q123,
                industry="高于全国平均水平",
            ),
            O(
                QH,
                "importValue",
                "PercentagePointChange",
                "30.2",
                "P1",
                Q123,
                industry="高于全国平均水平",
            ),
        ],
        "must_not": [
            NA("合作", "合作 (cooperation) is not 合作市", PLACE_LABELS),
            NA("新兴", "新兴市场 (emerging markets) is not 新兴县", PLACE_LABELS),
            NA("大新", "加大新兴 crosses a word boundary; not 大新县", PLACE_LABELS),
        ],
        "claims": [],
    },
    "hd09": {
        "editor": "张熠",
        "entities": [
            E("广东省十四届人大二次会议", "Organization", None, True),
            E("广州", "Prefecture", "place:440100"),
            E("广东省", "Province", GD),
            E("广东", "Province", GD),
            E("王伟中", "Person", f"person:王伟中@{GDGOV}"),
            E("省政府", "Organization", GDGOV),
            E("政府工作报告", "Legislation", "title:政府工作报告"),
        ],
        "relations": [
            R("place:440100", CONT, GD),
            R(f"person:王伟中@{GDGOV}", HOLDS, f"post:{GDGOV}#省长"),
            R("title:政府工作报告", LAW, GDGOV),
            R(GDGOV, AREA, GD),
        ],
        "observations": [
            O(GD, "gdp", "Level", "13570000000000", "CNY", Y23),
            yoy(GD, Y23, "gdp", "4.8"),
            O(GD, "foreignTradeValue", "Level", "8300000000000", "CNY", Y23),
            yoy(GD, Y23, "foreignTradeValue", "0.3"),
            yoy(GD, Y24, "gdp", "5", target=True),
            yoy(GD, Y24, "fixedAssetInvestment", "4", target=True),
            yoy(GD, Y24, "retailSalesValue", "6", target=True),
            yoy(GD, Y24, "foreignTradeValue", "1", target=True),
            yoy(GD, Y24, "industrialValueAdded", "5", industry="规模以上工业", target=True),
        ],
        "optional_observations": [],
        "must_not": [NA("前进", "前进道路 (the road ahead) is not 前进区", PLACE_LABELS), PROMO_NA],
        "claims": [],
    },
    "hd10": {
        "editor": "张俊",
        "entities": [
            E("福州", "Prefecture", "place:350100", True),
            E("福建省气象局", "Organization", "body:福建省气象局"),
            E("福建省", "Province", FJ),
            E("晋江市", "County", "place:350582"),
            E("福建", "Province", FJ),
            E("中国气象局", "Organization", "body:中国气象局"),
            E("厦门", "Prefecture", "place:350200"),
            E("泉州", "Prefecture", QZ, False, [1, 2]),
            E("泉州站", "Organization", None, True),
            E("惠安", "County", "place:350521"),
            E("大竹岛站", "Organization", None, True),
            E("南安", "County", "place:350583"),
            E("中央气象台", "Organization", None, True),
            E("福建省防汛抗旱指挥部", "Organization", "body:福建省防汛抗旱指挥部"),
            E("龙敏", "Person", "person:龙敏@reporter", True),
        ],
        "relations": [
            R("@article", CONTRIB, "person:龙敏@reporter"),
            R("body:福建省气象局", AREA, FJ),
            R("body:福建省防汛抗旱指挥部", AREA, FJ),
            R("place:350582", CONT, QZ),
            R("place:350521", CONT, QZ),
            R("place:350583", CONT, QZ),
            R(QZ, CONT, FJ),
            R("place:350200", CONT, FJ),
        ],
        "observations": [],
        "optional_observations": [],
        "must_not": [],
        "claims": [],
    },
    "hd11": {
        "editor": "王晓波",
        "entities": [
            E("文化和旅游部", "Organization", "body:文化和旅游部"),
            E("文化和旅游部数据中心", "Organization", None, True),
            E("交通运输部", "Organization", "body:交通运输部"),
            E("携程", "Organization", None, True),
            E("新疆", "Province", "place:650000"),
            E("云南", "Province", "place:530000"),
            E("去哪儿网", "Organization", None, True),
            E("同程旅行", "Organization", None, True),
        ],
        "relations": [],
        "observations": [],
        "optional_observations": [],
        "must_not": [],
        "claims": [],
    },
    "hd12": {
        "editor": "杨赐",
        "entities": [
            E("比亚迪", "Organization", None, True),
            E("中国", "Country", CHN),
            E("仰望", "Organization", None, True),
            E("方程豹", "Organization", None, True),
            E("腾势", "Organization", None, True),
        ],
        "relations": [],
        "observations": [],
        "optional_observations": [],
        "must_not": [],
        "claims": [],
    },
}


def main() -> None:
    """Write the set's gold JSON files."""
    write_gold(HERE, SPECS, R, in_titles=any)


if __name__ == "__main__":
    main()
