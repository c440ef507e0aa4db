"""Write the gold files of heldout-2026-12k (format 2, tests/gold/SCOPE.md).

Input: the annotator's span lists, relations, observations and claims below, written by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included; articles/hkNN.md (written by tools/write_articles.py).
Output: hkNN.json, one entity per occurrence (tests/gold/tools/heldout.py), ``"captions":
true``, plus the containment relations (../../tools/containment.py rule) and the areaServed
of reference-table bodies (../../tools/table_bodies.py rule), both computed from the
annotator's own must-find entities.
It does not: run an extractor or kg eval.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository root

from kg.eval.refs import resolve_ref  # noqa: E402
from kg.refdata import load_reference  # noqa: E402
from tests.gold.tools.containment import containment, place_codes  # noqa: E402
from tests.gold.tools.heldout import (  # noqa: E402
    NA,
    E,
    N,
    O,
    R,
    occurrences,
    read_body,
    write_gold,
)
from tests.gold.tools.table_bodies import served  # noqa: E402

HERE = Path(__file__).resolve().parent.parent
PLACE = ["Province", "Prefecture", "County"]
CHN = "country:CHN"


def y(year: int) -> str:
    return f"{year}-01-01/{year}-12-31"


def m(year: int, month: int, last: int) -> str:
    return f"{year}-{month:02d}-01/{year}-{month:02d}-{last:02d}"


# --- helpers that resolve occurrences against the body the annotator read -----------------
# A spec may carry ``at`` (text, the context it sits in, which occurrence of that context)
# or ``but`` (occurrences to leave to another spec); both become ``occ`` once the body is read.


def AT(text, within, label, ref=None, opt=False, k=1):  # noqa: N802 - a table row
    """``text`` where it sits inside the k-th occurrence of ``within``."""
    return {**E(text, label, ref, opt), "at": (within, k)}


def BUT(text, label, ref=None, opt=False, but=()):  # noqa: N802
    """Every occurrence of ``text`` except those in ``but`` (nested ones drop by themselves)."""
    return {**E(text, label, ref, opt), "but": tuple(but)}


def MN(text, within, why, labels=PLACE, k=1):  # noqa: N802
    """A must-not on ``text`` where it sits inside the k-th occurrence of ``within``."""
    return {"text": text, "at": (within, k), "why": why, "labels": labels}


def _occ_at(body: str, text: str, within: str, k: int) -> int:
    spots = occurrences(body, within)
    if len(spots) < k:
        raise SystemExit(f"context not in body: {within} ({k})")
    offset = within.find(text)
    if offset < 0:
        raise SystemExit(f"{text} is not inside {within}")
    return occurrences(body, text).index(spots[k - 1] + offset) + 1


def _resolve_specs(body: str, spec: dict) -> dict:
    ents = []
    for e in spec["entities"]:
        e = dict(e)
        if "at" in e:
            within, k = e.pop("at")
            e["occ"] = [_occ_at(body, e["text"], within, k)]
        if "but" in e:
            but = e.pop("but")
            e["occ"] = [n for n in range(1, len(occurrences(body, e["text"])) + 1) if n not in but]
        ents.append(e)
    must_not = []
    for rec in spec["must_not"]:
        if "at" in rec:
            within, k = rec["at"]
            rec = N(rec["text"], _occ_at(body, rec["text"], within, k), rec["why"], rec["labels"])
        must_not.append(rec)
    return {**spec, "entities": ents, "must_not": must_not}


def org(text, ref, opt=False, **kw):
    return BUT(text, "Organization", ref, opt, **kw)


def place(text, label, code, opt=False, **kw):
    return BUT(text, label, f"place:{code}", opt, **kw)


def country(text, alpha3, **kw):
    return BUT(text, "Country", f"country:{alpha3}", **kw)


def media(text):
    return BUT(text, "Organization", None, True)


def reporter(name):
    return BUT(name, "Person", f"person:{name}@reporter", True)


SPOKES = "新闻发言人"

# ------------------------------------------------------------------------------------------
P19, P20, P21 = y(2019), y(2020), y(2021)
GX, HN, SX, XM, YN = "place:450000", "place:460000", "place:140000", "place:350200", "place:530000"

SPECS: dict[str, dict] = {
    "hk01": {
        "editor": "陈悦",
        "entities": [
            org("东盟", "org:asean", True),
            media("中新网"),
            AT("南宁", "中新网南宁", "Prefecture", "place:450100", True),
            reporter("蒋雪林"),
            org("南宁海关", "body:南宁海关"),
            place("广西壮族自治区", "Province", "450000"),
            place("广西", "Province", "450000"),
            country("越南", "VNM"),
            country("泰国", "THA"),
            country("马来西亚", "MYS"),
            country("美国", "USA"),
            place("崇左市", "Prefecture", "451400"),
            place("防城港市", "Prefecture", "450600"),
            place("南宁市", "Prefecture", "450100"),
            org("南宁海关综合业务处", "body:南宁海关综合业务处"),
            BUT("中国（广西）自由贸易试验区", "FreeTradeZone", "zone:ftz-450000"),
            AT("南宁", "南宁、钦州港、崇左", "Prefecture", "place:450100"),
            AT("钦州", "钦州港、崇左", "Prefecture", "place:450700", True),
            AT("崇左", "钦州港、崇左", "Prefecture", "place:451400"),
            BUT("凭祥综合保税区", "PilotZone", "zone:bonded-451481"),
            BUT("北部湾港", "Organization", None, True),
            media("中国新闻网"),
            AT("钦州", "钦州港大榄坪", "Prefecture", "place:450700", True),
        ],
        "must_not": [],
        "relations": [
            R("body:南宁海关", "schema:areaServed", "place:450100"),
            R("body:南宁海关综合业务处", "org:subOrganizationOf", "body:南宁海关"),
        ],
        "observations": [
            O(GX, "foreignTradeValue", "Level", "469470000000", "CNY", P19),
            O(GX, "foreignTradeValue", "YearOnYearGrowth", "14.4", "P1", P19),
            O(GX, "exportValue", "Level", "259710000000", "CNY", P19),
            O(GX, "exportValue", "YearOnYearGrowth", "18.1", "P1", P19),
            O(GX, "importValue", "Level", "209760000000", "CNY", P19),
            O(GX, "importValue", "YearOnYearGrowth", "10.1", "P1", P19),
            O(GX, "foreignTradeValue", "Level", "47830000000", "CNY", m(2019, 12, 31)),
            O(GX, "foreignTradeValue", "YearOnYearGrowth", "20.7", "P1", m(2019, 12, 31)),
            O(GX, "foreignTradeValue", "Level", "233460000000", "CNY", P19, "org:asean"),
            O(GX, "foreignTradeValue", "YearOnYearGrowth", "13.4", "P1", P19, "org:asean"),
            O(GX, "foreignTradeValue", "Share", "49.7", "P1", P19, "org:asean"),
            O(GX, "foreignTradeValue", "Level", "181920000000", "CNY", P19, "country:VNM"),
            O(GX, "foreignTradeValue", "YearOnYearGrowth", "11.5", "P1", P19, "country:VNM"),
            O(GX, "foreignTradeValue", "Level", "16750000000", "CNY", P19, "country:THA"),
            O(GX, "foreignTradeValue", "Level", "12180000000", "CNY", P19, "country:MYS"),
            O(GX, "foreignTradeValue", "Level", "21840000000", "CNY", P19, "country:USA"),
            O(GX, "foreignTradeValue", "YearOnYearGrowth", "-8.6", "P1", P19, "country:USA"),
            O(
                GX,
                "foreignTradeValue",
                "Level",
                "119540000000",
                "CNY",
                P19,
                industry="边境小额贸易",
            ),
            O(
                GX,
                "foreignTradeValue",
                "YearOnYearGrowth",
                "14.8",
                "P1",
                P19,
                industry="边境小额贸易",
            ),
            O(GX, "foreignTradeValue", "Share", "25.5", "P1", P19, industry="边境小额贸易"),
            O(GX, "foreignTradeValue", "Level", "123070000000", "CNY", P19, industry="加工贸易"),
            O(GX, "foreignTradeValue", "YearOnYearGrowth", "16.3", "P1", P19, industry="加工贸易"),
            O("place:451400", "foreignTradeValue", "Level", "140560000000", "CNY", P19),
            O("place:450600", "foreignTradeValue", "Level", "103420000000", "CNY", P19),
            O("place:450100", "foreignTradeValue", "Level", "70160000000", "CNY", P19),
        ],
        "optional_observations": [],
        "claims": [],
    },
    "hk02": {
        "editor": "王琦",
        "entities": [
            BUT("国务院关于同意设立江西赣江新区的批复", "Legislation", "doc:guohan-2016-96"),
            BUT("国务院", "Organization", "org:state-council"),
            BUT(
                "江西", "Province", "place:360000", True
            ),  # only inside titles, zone names, a slogan
            media("新华社"),
            AT("北京", "新华社北京", "Province", "place:110000", True),
            BUT("《国务院关于同意设立江西赣江新区的批复》", "Legislation", "doc:guohan-2016-96"),
            BUT("国函〔2016〕96号", "Legislation", "doc:guohan-2016-96"),
            BUT("江西赣江新区", "PilotZone", "zone:newarea-360000"),
            BUT("赣江新区", "PilotZone", "zone:newarea-360000"),
            place("南昌市", "Prefecture", "360100"),
            place("青山湖区", "County", "360111"),
            place("新建区", "County", "360112"),
            place("九江市", "Prefecture", "360400"),
            place("共青城市", "County", "360482"),
            place("永修县", "County", "360425"),
            AT("批复", "批复要求", "Legislation", "doc:guohan-2016-96", True),
            org("江西省人民政府", "org:gov-360000"),
            org("国家发展改革委", "org:ndrc"),
            AT("中国", "美丽中国", "Country", "country:CHN", True),
            BUT("湖南湘江新区", "PilotZone", "zone:newarea-430000"),
            org("江西省统计局", "body:江西省统计局"),
            AT("江西省", "2015年江西省", "Province", "place:360000"),
            org("江西省发展改革委", "body:江西省发展改革委"),
            BUT("中文传媒", "Organization", None, True),
            BUT("江铃汽车", "Organization", None, True),
        ],
        "must_not": [
            NA("新城", "儒乐湖新城: a new town, not 新城区"),
            MN("会同", "会同有关部门", "会同 is a verb here (会同县 in 湖南)"),
        ],
        "relations": [
            R("doc:guohan-2016-96", "schema:legislationPassedBy", "org:state-council"),
            R("doc:guohan-2016-96", "kgo:establishes", "zone:newarea-360000"),
            R("body:江西省统计局", "schema:areaServed", "place:360000"),
            R("body:江西省发展改革委", "schema:areaServed", "place:360000"),
        ],
        "observations": [
            O("place:360000", "gdp", "Level", "1672380000000", "CNY", y(2015)),
            O("place:360000", "gdp", "YearOnYearGrowth", "9.1", "P1", y(2015)),
            O("place:360100", "gdp", "Level", "400001000000", "CNY", y(2015)),
            O("place:360100", "gdp", "YearOnYearGrowth", "9.6", "P1", y(2015)),
        ],
        "optional_observations": [],
        "claims": [
            {
                "kind": "kgo:ZonesNationwide",
                "about": CHN,
                "value": 18,
                "zone_type": "kgo:PilotZone",
            },
        ],
    },
    "hk03": {
        "editor": "常福强",
        "entities": [
            place("海南", "Province", "460000"),
            media("人民网"),
            AT("海口", "人民网海口", "Prefecture", "place:460100", True),
            reporter("孟凡盛"),
            org("海口海关", "body:海口海关"),
            place("海南省", "Province", "460000"),
            org("东盟", "org:asean", True),
            org("欧盟", "org:eu", True),
            country("美国", "USA"),
            BUT("一带一路", "Legislation", "doc:bri", True),
            BUT("海南自由贸易港", "PilotZone", "zone:ftz-460000"),
            BUT("冯飞", "Person", "person:冯飞@org:gov-460000"),
            BUT("政府工作报告", "Legislation", "title:政府工作报告"),
            place("海口市", "Prefecture", "460100"),
            place("三亚市", "Prefecture", "460200"),
            place("儋州市", "Prefecture", "460400"),
            AT("自由贸易港", "自由贸易港重点园区", "PilotZone", "zone:ftz-460000", True),
            BUT("海航控股", "Organization", None, True),
            BUT("海南高速", "Organization", None, True),
            BUT("海口综合保税区", "PilotZone", "zone:bonded-460100"),
        ],
        "must_not": [MN("海南", "海南高速", "stock-linked company 海南高速")],
        "relations": [
            R("body:海口海关", "schema:areaServed", "place:460100"),
            R("person:冯飞@org:gov-460000", "org:holds", "post:org:gov-460000#省长"),
        ],
        "observations": [
            O(HN, "foreignTradeValue", "Level", "147680000000", "CNY", P21),
            O(HN, "foreignTradeValue", "YearOnYearGrowth", "57.7", "P1", P21),
            O(HN, "exportValue", "Level", "29580000000", "CNY", P21),
            O(HN, "exportValue", "YearOnYearGrowth", "6.4", "P1", P21),
            O(HN, "importValue", "Level", "118100000000", "CNY", P21),
            O(HN, "importValue", "YearOnYearGrowth", "78.4", "P1", P21),
            O(HN, "foreignTradeValue", "Level", "28570000000", "CNY", P21, "org:asean"),
            O(HN, "foreignTradeValue", "YearOnYearGrowth", "44.3", "P1", P21, "org:asean"),
            O(HN, "foreignTradeValue", "Level", "20120000000", "CNY", P21, "org:eu"),
            O(HN, "foreignTradeValue", "YearOnYearGrowth", "73.5", "P1", P21, "org:eu"),
            O(HN, "foreignTradeValue", "Level", "13460000000", "CNY", P21, "country:USA"),
            O(HN, "foreignTradeValue", "YearOnYearGrowth", "18.2", "P1", P21, "country:USA"),
            O(HN, "foreignTradeValue", "YearOnYearGrowth", "61.8", "P1", P21, "doc:bri"),
            O(HN, "foreignTradeValue", "YearOnYearGrowth", "20", "P1", y(2022), target=True),
        ],
        "optional_observations": [
            # 离岛免税店销售额: duty-free shop sales, not 社会消费品零售总额
            O(HN, "retailSalesValue", "Level", "60170000000", "CNY", P21, industry="离岛免税"),
            O(HN, "retailSalesValue", "YearOnYearGrowth", "84", "P1", P21, industry="离岛免税"),
        ],
        "claims": [],
    },
    "hk04": {
        "editor": "蒋东文",
        "entities": [
            media("央视网"),
            org("商务部", "org:mofcom"),
            BUT("束珏婷", "Person", "person:束珏婷@org:mofcom"),
            BUT("《“十四五”服务贸易发展规划》", "Legislation", "title:“十四五”服务贸易发展规划"),
            BUT(
                "《海南自由贸易港跨境服务贸易特别管理措施（负面清单）（2021年版）》",
                "Legislation",
                "title:海南自由贸易港跨境服务贸易特别管理措施（负面清单）（2021年版）",
            ),
            BUT("海南自由贸易港", "PilotZone", "zone:ftz-460000", True),  # inside the title only
            place("北京", "Province", "110000"),
            place("天津", "Province", "120000"),
            place("上海", "Province", "310000"),
            place("海南", "Province", "460000"),
            place("重庆", "Province", "500000"),
            org("东盟", "org:asean", True),
            org("欧盟", "org:eu", True),
            country("日本", "JPN"),
            country("韩国", "KOR"),
            BUT("汉得信息", "Organization", None, True),
            place("浦东新区", "County", "310115"),
        ],
        "must_not": [
            NA("合作", "服务贸易合作: cooperation, not 合作市"),
            MN("会同", "会同有关部门", "会同 is a verb here (会同县 in 湖南)"),
        ],
        "relations": [
            R("person:束珏婷@org:mofcom", "org:holds", "post:org:mofcom#新闻发言人"),
            R("title:“十四五”服务贸易发展规划", "schema:legislationPassedBy", "org:mofcom"),
            R(
                "title:海南自由贸易港跨境服务贸易特别管理措施（负面清单）（2021年版）",
                "schema:legislationPassedBy",
                "org:mofcom",
            ),
        ],
        "observations": [
            O(CHN, "serviceTradeValue", "Level", "5298270000000", "CNY", P21),
            O(CHN, "serviceTradeValue", "YearOnYearGrowth", "16.1", "P1", P21),
            O(CHN, "exportValue", "Level", "2543500000000", "CNY", P21, industry="服务"),
            O(CHN, "exportValue", "YearOnYearGrowth", "31.4", "P1", P21, industry="服务"),
            O(CHN, "importValue", "Level", "2754770000000", "CNY", P21, industry="服务"),
            O(CHN, "importValue", "YearOnYearGrowth", "4.8", "P1", P21, industry="服务"),
            O(
                CHN,
                "serviceTradeValue",
                "Level",
                "2325890000000",
                "CNY",
                P21,
                industry="知识密集型服务",
            ),
            O(
                CHN,
                "serviceTradeValue",
                "YearOnYearGrowth",
                "14.4",
                "P1",
                P21,
                industry="知识密集型服务",
            ),
            O(CHN, "serviceTradeValue", "Share", "43.9", "P1", P21, industry="知识密集型服务"),
            O(CHN, "exportValue", "Level", "1262390000000", "CNY", P21, industry="知识密集型服务"),
            O(CHN, "exportValue", "YearOnYearGrowth", "18", "P1", P21, industry="知识密集型服务"),
            O(CHN, "importValue", "Level", "1063500000000", "CNY", P21, industry="知识密集型服务"),
            O(CHN, "importValue", "YearOnYearGrowth", "10.4", "P1", P21, industry="知识密集型服务"),
            O(CHN, "serviceTradeValue", "Level", "1682150000000", "CNY", P21, industry="运输服务"),
            O(CHN, "serviceTradeValue", "YearOnYearGrowth", "61.2", "P1", P21, industry="运输服务"),
            O(CHN, "serviceTradeValue", "Level", "789760000000", "CNY", P21, industry="旅行服务"),
            O(
                CHN,
                "serviceTradeValue",
                "YearOnYearGrowth",
                "-22.9",
                "P1",
                P21,
                industry="旅行服务",
            ),
        ],
        "optional_observations": [],
        "claims": [],
    },
    "hk05": {
        "editor": "张彦",
        "entities": [
            media("山西日报"),
            org("山西省统计局", "body:山西省统计局"),
            org("国家统计局山西调查总队", "body:国家统计局山西调查总队"),
            place("山西省", "Province", "140000"),
            place("太原市", "Prefecture", "140100"),
            place("长治市", "Prefecture", "140400"),
            place("运城市", "Prefecture", "140800"),
            place("大同", "Prefecture", "140200"),
            place("吕梁", "Prefecture", "141100"),
            BUT("太原重工", "Organization", None, True),
            place("小店区", "County", "140105"),
        ],
        "must_not": [
            MN("山西", "山西日报", "newspaper named after the province", PLACE + ["Legislation"]),
            MN("太原", "太原重工", "stock-linked company 太原重工"),
        ],
        "relations": [
            R("body:山西省统计局", "schema:areaServed", SX),
            R("body:国家统计局山西调查总队", "org:subOrganizationOf", "org:nbs"),
            R("body:国家统计局山西调查总队", "schema:areaServed", SX),
        ],
        "observations": [
            O(SX, "gdp", "Level", "2259016000000", "CNY", P21),
            O(SX, "gdp", "YearOnYearGrowth", "9.1", "P1", P21),
            O(SX, "gdp", "TwoYearAverageGrowth", "6.6", "P1", P21),
            O(SX, "gdp", "Level", "128687000000", "CNY", P21, industry="第一产业"),
            O(SX, "gdp", "YearOnYearGrowth", "7.8", "P1", P21, industry="第一产业"),
            O(SX, "gdp", "Level", "1121313000000", "CNY", P21, industry="第二产业"),
            O(SX, "gdp", "YearOnYearGrowth", "9.5", "P1", P21, industry="第二产业"),
            O(SX, "gdp", "Level", "1009016000000", "CNY", P21, industry="第三产业"),
            O(SX, "gdp", "YearOnYearGrowth", "8.8", "P1", P21, industry="第三产业"),
            O(SX, "industrialValueAdded", "YearOnYearGrowth", "12.7", "P1", P21),
            O(SX, "industrialValueAdded", "TwoYearAverageGrowth", "9.2", "P1", P21),
            O(
                SX,
                "industrialValueAdded",
                "YearOnYearGrowth",
                "8.8",
                "P1",
                P21,
                industry="煤炭工业",
            ),
            O(
                SX,
                "industrialValueAdded",
                "YearOnYearGrowth",
                "16.6",
                "P1",
                P21,
                industry="非煤工业",
            ),
            O(SX, "retailSalesValue", "Level", "774730000000", "CNY", P21),
            O(SX, "retailSalesValue", "YearOnYearGrowth", "14.8", "P1", P21),
            O(SX, "fixedAssetInvestment", "YearOnYearGrowth", "8.7", "P1", P21),
            O(SX, "fixedAssetInvestment", "TwoYearAverageGrowth", "9.5", "P1", P21),
            O(SX, "foreignTradeValue", "Level", "223030000000", "CNY", P21),
            O(SX, "foreignTradeValue", "YearOnYearGrowth", "47.6", "P1", P21),
            O(SX, "exportValue", "Level", "140160000000", "CNY", P21),
            O(SX, "exportValue", "YearOnYearGrowth", "56", "P1", P21),
            O(SX, "importValue", "Level", "82870000000", "CNY", P21),
            O(SX, "importValue", "YearOnYearGrowth", "35.3", "P1", P21),
            O("place:140100", "gdp", "Level", "512161000000", "CNY", P21),
            O("place:140100", "gdp", "YearOnYearGrowth", "9.2", "P1", P21),
            O("place:140400", "gdp", "Level", "231120000000", "CNY", P21),
            O("place:140800", "gdp", "Level", "204040000000", "CNY", P21),
        ],
        "optional_observations": [],
        "claims": [],
    },
    "hk06": {
        "editor": "郑倩",
        "entities": [
            media("厦门日报"),
            org("厦门海关", "body:厦门海关"),
            place("厦门市", "Prefecture", "350200"),
            place("福建省", "Province", "350000"),
            org("东盟", "org:asean", True),
            org("金砖国家", "org:brics", True),
            country("美国", "USA"),
            org("欧盟", "org:eu", True),
            place("厦门", "Prefecture", "350200"),
            place("台湾", "Province", "710000"),
            place("海沧区", "County", "350205"),
            place("湖里区", "County", "350206"),
            BUT("厦门象屿综合保税区", "PilotZone", "zone:bonded-350200"),
            BUT("第三批跨境电子商务综合试验区", "Batch", "batch:cbec-3", True),
            BUT(
                "中国（厦门）跨境电子商务综合试验区", "CrossBorderEcommerceZone", "zone:cbec-350200"
            ),
            org("厦门海关统计分析处", "body:厦门海关统计分析处"),
            BUT("第二十届中国国际投资贸易洽谈会", "Organization", None, True),
            BUT("金砖国家新工业革命伙伴关系创新基地", "Organization", None, True),
            BUT("厦门空港", "Organization", None, True),
            BUT("厦门国贸", "Organization", None, True),
            AT("海沧", "海沧港区", "County", "place:350205", True),
        ],
        "must_not": [
            MN("厦门", "厦门日报", "newspaper named after the city", PLACE + ["Legislation"]),
            MN("厦门", "厦门空港", "stock-linked company 厦门空港"),
            MN("厦门", "厦门国贸", "stock-linked company 厦门国贸"),
        ],
        "relations": [
            R("body:厦门海关", "schema:areaServed", XM),
            R("body:厦门海关统计分析处", "org:subOrganizationOf", "body:厦门海关"),
            R("zone:cbec-350200", "kgo:inBatch", "batch:cbec-3"),
        ],
        "observations": [
            O(XM, "foreignTradeValue", "Level", "691580000000", "CNY", P20),
            O(XM, "foreignTradeValue", "YearOnYearGrowth", "7.8", "P1", P20),
            O(XM, "foreignTradeValue", "Share", "49.3", "P1", P20),
            O(XM, "exportValue", "Level", "352930000000", "CNY", P20),
            O(XM, "exportValue", "YearOnYearGrowth", "5.7", "P1", P20),
            O(XM, "importValue", "Level", "338650000000", "CNY", P20),
            O(XM, "importValue", "YearOnYearGrowth", "10", "P1", P20),
            O(XM, "foreignTradeValue", "Level", "132040000000", "CNY", P20, "org:asean"),
            O(XM, "foreignTradeValue", "YearOnYearGrowth", "12.3", "P1", P20, "org:asean"),
            O(XM, "foreignTradeValue", "Level", "92690000000", "CNY", P20, "country:USA"),
            O(XM, "foreignTradeValue", "YearOnYearGrowth", "-1.6", "P1", P20, "country:USA"),
            O(XM, "foreignTradeValue", "Level", "80930000000", "CNY", P20, "org:eu"),
            O(XM, "foreignTradeValue", "YearOnYearGrowth", "4.5", "P1", P20, "org:eu"),
            O(XM, "foreignTradeValue", "Level", "46250000000", "CNY", P20, "place:710000"),
            O(XM, "foreignTradeValue", "YearOnYearGrowth", "15.1", "P1", P20, "place:710000"),
            O(XM, "foreignTradeValue", "Level", "54830000000", "CNY", P20, "org:brics"),
            O(XM, "foreignTradeValue", "YearOnYearGrowth", "23.6", "P1", P20, "org:brics"),
        ],
        "optional_observations": [
            O("zone:bonded-350200", "foreignTradeValue", "YearOnYearGrowth", "21.7", "P1", P20),
            O(
                "zone:cbec-350200",
                "crossBorderEcommerceTradeValue",
                "YearOnYearGrowth",
                "100",
                "P1",
                P20,
            ),
        ],
        "claims": [],
    },
    "hk07": {
        "editor": "吴剑",
        "entities": [
            org("国务院", "org:state-council"),
            BUT("中国政府网", "Organization", "org:gov-cn", True),
            BUT(
                "《关于做好自由贸易试验区第六批改革试点经验复制推广工作的通知》",
                "Legislation",
                "doc:guohan-2020-96",
            ),
            BUT("国函〔2020〕96号", "Legislation", "doc:guohan-2020-96"),
            BUT("通知", "Legislation", "doc:guohan-2020-96", True),
            org("商务部自由贸易试验区港建设协调司", "body:商务部自由贸易试验区港建设协调司"),
            BUT("中国（上海）自由贸易试验区", "FreeTradeZone", "zone:ftz-310000"),
            place("浦东新区", "County", "310115"),
            BUT("上海自贸试验区", "FreeTradeZone", "zone:ftz-310000"),
            org("海关总署", "org:gacc"),
            org("国家外汇管理局", "org:safe"),
        ],
        "must_not": [
            NA("资源", "人力资源: human resources, not 资源县"),
        ],
        "relations": [
            R("doc:guohan-2020-96", "schema:legislationPassedBy", "org:state-council"),
            R("body:商务部自由贸易试验区港建设协调司", "org:subOrganizationOf", "org:mofcom"),
        ],
        "observations": [],
        "optional_observations": [],
        "claims": [
            {
                "kind": "kgo:ZonesNationwide",
                "about": CHN,
                "value": 18,
                "zone_type": "kgo:FreeTradeZone",
            },
            {
                "kind": "kgo:FirstZone",
                "about": "place:310000",
                "value": 2013,
                "zone_type": "kgo:FreeTradeZone",
            },
        ],
    },
    "hk08": {
        "editor": "杨赋",
        "entities": [
            media("新华社"),
            AT("北京", "新华社北京", "Province", "place:110000", True),
            reporter("于佳欣"),
            org("商务部", "org:mofcom"),
            BUT("高峰", "Person", "person:高峰@org:mofcom"),
            country("韩国", "KOR"),
            country("美国", "USA"),
            BUT("一带一路", "Legislation", "doc:bri", True),
            AT("北京", "北京一家外资企业", "Province", "place:110000"),
            reporter("张玉薇"),
            BUT("《中华人民共和国外商投资法》", "Legislation", "title:中华人民共和国外商投资法"),
            AT("外商投资法", "落实好外商投资法", "Legislation", "title:中华人民共和国外商投资法"),
            BUT("实施条例", "Legislation", None, True),
            BUT("外商投资准入负面清单", "Legislation", "title:外商投资准入负面清单"),
        ],
        "must_not": [MN("会同", "会同有关部门", "会同 is a verb here (会同县 in 湖南)")],
        "relations": [
            R("person:高峰@org:mofcom", "org:holds", "post:org:mofcom#新闻发言人"),
        ],
        "observations": [
            O(CHN, "foreignInvestmentValue", "Level", "941520000000", "CNY", P19),
            O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "5.8", "P1", P19),
            O(CHN, "foreignInvestmentValue", "Level", "138140000000", "USD", P19),
            O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "2.4", "P1", P19),
            O(
                CHN,
                "foreignInvestmentValue",
                "YearOnYearGrowth",
                "25.6",
                "P1",
                P19,
                industry="高技术产业",
            ),
            O(CHN, "foreignInvestmentValue", "Share", "28.3", "P1", P19, industry="高技术产业"),
            O(
                CHN,
                "foreignInvestmentValue",
                "PercentagePointChange",
                "5.2",
                "P1",
                P19,
                industry="高技术产业",
            ),
            O(
                CHN,
                "foreignInvestmentValue",
                "YearOnYearGrowth",
                "44.3",
                "P1",
                P19,
                industry="高技术服务业",
            ),
            O(
                CHN,
                "foreignInvestmentValue",
                "YearOnYearGrowth",
                "29.4",
                "P1",
                P19,
                industry="信息服务",
            ),
            O(
                CHN,
                "foreignInvestmentValue",
                "YearOnYearGrowth",
                "60.3",
                "P1",
                P19,
                industry="科技成果转化服务",
            ),
            O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "24.2", "P1", P19, "country:KOR"),
            O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "7.1", "P1", P19, "country:USA"),
        ],
        "optional_observations": [
            # regions (东部/中部/西部) and the 18 FTZs together are no place of the reference
            O(
                CHN,
                "foreignInvestmentValue",
                "Level",
                "143650000000",
                "CNY",
                P19,
                industry="自由贸易试验区",
            ),
            O(CHN, "foreignInvestmentValue", "Share", "15.2", "P1", P19, industry="自由贸易试验区"),
        ],
        "claims": [
            {
                "kind": "kgo:ZonesNationwide",
                "about": CHN,
                "value": 18,
                "zone_type": "kgo:FreeTradeZone",
            },
        ],
    },
    "hk09": {
        "editor": "李静",
        "entities": [
            place("云南", "Province", "530000"),
            BUT("RCEP", "Legislation", "doc:rcep"),
            media("云南网"),
            reporter("左超"),
            org("昆明海关", "body:昆明海关"),
            place("云南省", "Province", "530000"),
            org("东盟", "org:asean", True),
            country("缅甸", "MMR"),
            country("越南", "VNM"),
            country("老挝", "LAO"),
            BUT("《区域全面经济伙伴关系协定》", "Legislation", "doc:rcep"),
            BUT("一带一路", "Legislation", "doc:bri", True),
            BUT(
                "中国（昆明）跨境电子商务综合试验区", "CrossBorderEcommerceZone", "zone:cbec-530100"
            ),
            place("昆明市", "Prefecture", "530100"),
            place("德宏州", "Prefecture", "533100"),
            place("红河州", "Prefecture", "532500"),
            BUT("中国（云南）自由贸易试验区", "FreeTradeZone", "zone:ftz-530000"),
            AT("昆明", "昆明、红河、德宏", "Prefecture", "place:530100"),
            AT("红河", "昆明、红河、德宏", "Prefecture", "place:532500"),
            AT("德宏", "昆明、红河、德宏", "Prefecture", "place:533100"),
            place("瑞丽市", "County", "533102"),
            place("河口瑶族自治县", "County", "532532"),
            place("西双版纳州", "Prefecture", "532800"),
            place("勐腊县", "County", "532823"),
        ],
        "must_not": [
            MN("云南", "云南网", "news site named after the province", PLACE + ["Legislation"]),
        ],
        "relations": [R("body:昆明海关", "schema:areaServed", "place:530100")],
        "observations": [
            O(YN, "foreignTradeValue", "Level", "314390000000", "CNY", P21),
            O(YN, "foreignTradeValue", "YearOnYearGrowth", "16.8", "P1", P21),
            O(YN, "exportValue", "Level", "140730000000", "CNY", P21),
            O(YN, "exportValue", "YearOnYearGrowth", "-6.8", "P1", P21),
            O(YN, "importValue", "Level", "173660000000", "CNY", P21),
            O(YN, "importValue", "YearOnYearGrowth", "46.2", "P1", P21),
            O(YN, "foreignTradeValue", "Level", "30460000000", "CNY", m(2021, 12, 31)),
            O(YN, "foreignTradeValue", "YearOnYearGrowth", "12.2", "P1", m(2021, 12, 31)),
            O(YN, "foreignTradeValue", "Level", "144890000000", "CNY", P21, "org:asean"),
            O(YN, "foreignTradeValue", "YearOnYearGrowth", "7", "P1", P21, "org:asean"),
            O(YN, "foreignTradeValue", "Share", "46.1", "P1", P21, "org:asean"),
            O(YN, "foreignTradeValue", "Level", "56430000000", "CNY", P21, "country:MMR"),
            O(YN, "foreignTradeValue", "Level", "40410000000", "CNY", P21, "country:VNM"),
            O(YN, "foreignTradeValue", "Level", "12950000000", "CNY", P21, "country:LAO"),
            O(YN, "foreignTradeValue", "Level", "168320000000", "CNY", P21, "doc:rcep"),
            O(YN, "foreignTradeValue", "YearOnYearGrowth", "21.6", "P1", P21, "doc:rcep"),
            O(YN, "foreignTradeValue", "YearOnYearGrowth", "13.5", "P1", P21, "doc:bri"),
            O(YN, "foreignTradeValue", "Level", "43910000000", "CNY", P21, industry="边境小额贸易"),
            O(
                YN,
                "foreignTradeValue",
                "YearOnYearGrowth",
                "15.4",
                "P1",
                P21,
                industry="边境小额贸易",
            ),
            O(YN, "foreignTradeValue", "Level", "171280000000", "CNY", P21, industry="一般贸易"),
            O(YN, "foreignTradeValue", "YearOnYearGrowth", "25.1", "P1", P21, industry="一般贸易"),
            O("place:530100", "foreignTradeValue", "Level", "127630000000", "CNY", P21),
            O("place:530100", "foreignTradeValue", "Share", "40.6", "P1", P21),
            O("place:533100", "foreignTradeValue", "Level", "65120000000", "CNY", P21),
            O("place:532500", "foreignTradeValue", "Level", "39240000000", "CNY", P21),
        ],
        "optional_observations": [],
        "claims": [],
    },
    "hk10": {
        "editor": "王卫",
        "entities": [
            place("昆明市", "Prefecture", "530100"),
            place("晋宁区", "County", "530115"),
            media("新华社"),
            AT("昆明", "新华社昆明", "Prefecture", "place:530100", True),
            reporter("岳冉冉"),
            reporter("杨静"),
            org(
                "云南省北移亚洲象群安全防范工作指挥部", "body:云南省北移亚洲象群安全防范工作指挥部"
            ),
            place("西双版纳州", "Prefecture", "532800"),
            place("普洱市", "Prefecture", "530800"),
            place("墨江县", "County", "530822"),
            place("玉溪市", "Prefecture", "530400"),
            place("元江县", "County", "530428"),
            place("峨山县", "County", "530426"),
            place("红河州", "Prefecture", "532500"),
            place("石屏县", "County", "532525"),
            org("云南省林业和草原局", "body:云南省林业和草原局"),
            org("国家林业和草原局", "org:nfga"),
            org("昆明市人民政府新闻办公室", "body:昆明市人民政府新闻办公室"),
            place("西双版纳", "Prefecture", "532800"),
            place("普洱", "Prefecture", "530800"),
            place("临沧", "Prefecture", "530900"),
        ],
        "must_not": [
            NA("路北", "一路北迁: along the way north, not 路北区"),
            NA("昆玉", "昆玉高速: the 昆明–玉溪 expressway, not 昆玉市"),
            MN("双河", "双河彝族乡", "a township of 晋宁区 (双河市 is in 新疆)"),
        ],
        "relations": [
            R("body:云南省北移亚洲象群安全防范工作指挥部", "schema:areaServed", YN),
            R("body:云南省林业和草原局", "schema:areaServed", YN),
            R("body:昆明市人民政府新闻办公室", "org:subOrganizationOf", "body:昆明市人民政府"),
            R("body:昆明市人民政府新闻办公室", "schema:areaServed", "place:530100"),
        ],
        "observations": [],
        "optional_observations": [],
        "claims": [],
    },
    "hk11": {
        "editor": "朱瑞",
        "entities": [
            place("江苏", "Province", "320000"),
            media("中新网"),
            AT("南京", "中新网南京", "Prefecture", "place:320100", True),
            reporter("朱晓颖"),
            BUT("2025年江苏省城市足球联赛", "Organization", None, True),
            BUT("南京队", "Organization", None, True),
            BUT("南京奥体中心", "Organization", None, True),
            BUT("苏州队", "Organization", None, True),
            BUT("常州队", "Organization", None, True),
            BUT("泰州队", "Organization", None, True),
            BUT("常州奥体中心", "Organization", None, True),
            org("江苏省体育局", "body:江苏省体育局"),
            org("江苏省文化和旅游厅", "body:江苏省文化和旅游厅"),
            place("常州", "Prefecture", "320400"),
            place("宿迁市", "Prefecture", "321300"),
            place("宿迁", "Prefecture", "321300"),
            place("淮安", "Prefecture", "320800"),
            place("盐城", "Prefecture", "320900"),
            place("扬州", "Prefecture", "321000"),
            place("镇江", "Prefecture", "321100"),
            place("无锡", "Prefecture", "320200"),
            place("南通", "Prefecture", "320600"),
            place("徐州", "Prefecture", "320300"),
            place("连云港", "Prefecture", "320700"),
            BUT("南京商旅", "Organization", None, True),
            media("中新社"),
            reporter("泱波"),
        ],
        "must_not": [
            NA("友谊", "a slogan (友谊第十三), not 友谊县"),
            MN("南京", "南京队", "team name", k=1),
            MN("南京", "南京奥体中心", "venue name", k=1),
            MN("苏州", "苏州队", "team name", k=1),
            MN("常州", "常州队", "team name"),
            MN("泰州", "泰州队", "team name"),
            MN("常州", "常州奥体中心", "venue name"),
            MN("南京", "南京奥体中心", "venue name (caption)", k=2),
            MN("南京", "南京队", "team name (caption)", k=2),
            MN("苏州", "苏州队", "team name (caption)", k=2),
            MN("南京", "南京商旅", "stock-linked company 南京商旅"),
        ],
        "relations": [
            R("body:江苏省体育局", "schema:areaServed", "place:320000"),
            R("body:江苏省文化和旅游厅", "schema:areaServed", "place:320000"),
        ],
        "observations": [],
        "optional_observations": [],
        "claims": [],
    },
    "hk12": {
        "editor": "宋雅芳",
        "entities": [
            media("每经"),
            BUT("隆基绿能", "Organization", None, True),
            BUT("隆基绿能科技股份有限公司", "Organization", None, True),
            place("陕西省", "Province", "610000"),
            place("西安市", "Prefecture", "610100"),
            place("宁夏", "Province", "640000"),
            place("银川", "Prefecture", "640100"),
            place("云南", "Province", "530000"),
            place("保山", "Prefecture", "530500"),
            place("楚雄", "Prefecture", "532300"),
            country("马来西亚", "MYS"),
            BUT("古晋", "Prefecture", None, True),
            country("越南", "VNM"),
            country("美国", "USA"),
            BUT("俄亥俄州", "Province", None, True),
            place("西安", "Prefecture", "610100"),
            BUT("陕西煤业", "Organization", None, True),
        ],
        "must_not": [
            NA("合作", "合作方: a partner, not 合作市"),
            MN("陕西", "陕西煤业", "stock-linked company 陕西煤业"),
        ],
        "relations": [],
        "observations": [],
        "optional_observations": [],
        "claims": [],
    },
}


def finish(reference) -> None:  # noqa: ANN001
    """Add ``"captions": true``, containment and table-body areaServed; drop duplicates."""
    parents = {code: p.parent for code, p in reference.places.items() if p.parent}
    for stem in SPECS:
        path = HERE / f"{stem}.json"
        gold = json.loads(path.read_text(encoding="utf-8"))
        rels = gold["relations"] + containment(place_codes(gold), parents) + served(gold, reference)
        seen, out = set(), []
        for rel in rels:
            key = tuple(
                resolve_ref(rel[k], reference) if rel[k] != "@article" else "@"
                for k in ("subject", "object")
            ) + (rel["predicate"],)
            if key not in seen:
                seen.add(key)
                out.append(rel)
        gold["relations"] = out
        gold = {
            "file": gold["file"],
            "captions": True,
            **{k: v for k, v in gold.items() if k != "file"},
        }
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    """Write hkNN.json for the twelve articles."""
    specs = {
        stem: _resolve_specs(read_body(HERE / "articles" / f"{stem}.md", True), spec)
        for stem, spec in SPECS.items()
    }
    write_gold(HERE, specs, R, captions=True)
    finish(load_reference())


if __name__ == "__main__":
    main()
