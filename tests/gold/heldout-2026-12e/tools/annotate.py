"""Write the gold files of heldout-2026-12e (format 2, tests/gold/SCOPE.md).

Input: the annotator's span lists below, written by reading each article body as
``kg.ingest.read_article(path).body`` returns it, and articles/heNN.md.
Output: heNN.json, one entity per occurrence (an occurrence inside a longer annotated name is
left out, inside a document title kept as optional), the uncovered occurrences of each
must-not text, and the place-containment relations of SCOPE.md computed from the must-find
places with tests/gold/tools/containment.py.
It does not: run or read any extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository root

from kg.ingest import read_article  # noqa: E402
from kg.refdata import load_reference  # noqa: E402
from tests.gold.tools.containment import containment, place_codes  # noqa: E402
from tests.gold.tools.heldout import NA, E, N, O, R, entities, write_gold  # noqa: E402

HERE = Path(__file__).resolve().parent.parent
ZONE_LABELS = ["CrossBorderEcommerceZone", "FreeTradeZone", "PilotZone"]
PLACE_LABELS = ["Province", "Prefecture", "County"]
Y = "CNY"
P = "P1"

Q1_3_2020 = "2020-01-01/2020-09-30"
Q3_2020 = "2020-07-01/2020-09-30"
Y2023 = "2023-01-01/2023-12-31"
Q1_3_2019 = "2019-01-01/2019-09-30"
Y2015 = "2015-01-01/2015-12-31"
Y2024 = "2024-01-01/2024-12-31"
Q1_2024 = "2024-01-01/2024-03-31"


def reporter(name: str) -> dict:
    return R("@article", "schema:contributor", f"person:{name}@reporter")


SPECS: dict[str, dict] = {
    "he01": {
        "editor": "蔡文斌",
        "entities": [
            E("南昌海关", "Organization", "body:南昌海关"),
            E("江西省", "Province", "place:360000"),
            E("江西", "Province", "place:360000"),
            E("东盟", "Organization", "org:asean", opt=True),
            E("美国", "Country", "country:USA"),
            E("欧盟", "Organization", "org:eu", opt=True),
            E("“一带一路”", "Legislation", "doc:bri", opt=True),
            E("刘佳惠子", "Person", "person:刘佳惠子@reporter", opt=True),
        ],
        "must_not": [],
        "relations": [
            R("body:南昌海关", "schema:areaServed", "place:360100"),
            reporter("刘佳惠子"),
        ],
        "observations": [
            O("place:360000", "foreignTradeValue", "Level", "304820000000", Y, Q1_3_2020),
            O("place:360000", "foreignTradeValue", "YearOnYearGrowth", "21.3", P, Q1_3_2020),
            O("place:360000", "exportValue", "Level", "222180000000", Y, Q1_3_2020),
            O("place:360000", "exportValue", "YearOnYearGrowth", "23.5", P, Q1_3_2020),
            O("place:360000", "importValue", "Level", "82640000000", Y, Q1_3_2020),
            O("place:360000", "importValue", "YearOnYearGrowth", "16", P, Q1_3_2020),
            O("place:360000", "exportValue", "MonthOnMonthGrowth", "-6.8", P, Q3_2020),
            O("place:360000", "importValue", "MonthOnMonthGrowth", "6.6", P, Q3_2020),
            O("place:360000", "foreignTradeValue", "Level", "89710000000", Y, Q1_3_2020, "doc:bri"),
            O(
                "place:360000",
                "foreignTradeValue",
                "YearOnYearGrowth",
                "21.2",
                P,
                Q1_3_2020,
                "doc:bri",
            ),
            O("place:360000", "foreignTradeValue", "Share", "29.4", P, Q1_3_2020, "doc:bri"),
            O(
                "place:360000",
                "importValue",
                "Level",
                "46940000000",
                Y,
                Q1_3_2020,
                industry="机电产品",
            ),
            O(
                "place:360000",
                "importValue",
                "YearOnYearGrowth",
                "31.4",
                P,
                Q1_3_2020,
                industry="机电产品",
            ),
            O("place:360000", "importValue", "Share", "56.8", P, Q1_3_2020, industry="机电产品"),
            O(
                "place:360000",
                "importValue",
                "Level",
                "28030000000",
                Y,
                Q1_3_2020,
                industry="集成电路",
            ),
            O(
                "place:360000",
                "importValue",
                "YearOnYearGrowth",
                "37.7",
                P,
                Q1_3_2020,
                industry="集成电路",
            ),
        ],
        "optional_observations": [
            # growth gaps to the national average, not a change of the measure
            O("place:360000", "foreignTradeValue", "PercentagePointChange", "20.6", P, Q1_3_2020),
            O("place:360000", "exportValue", "PercentagePointChange", "21.7", P, Q1_3_2020),
            O("place:360000", "importValue", "PercentagePointChange", "16.6", P, Q1_3_2020),
            # breakdown by ownership (private firms)
            O(
                "place:360000",
                "foreignTradeValue",
                "Level",
                "228630000000",
                Y,
                Q1_3_2020,
                industry="民营企业",
            ),
            O(
                "place:360000",
                "foreignTradeValue",
                "YearOnYearGrowth",
                "33.8",
                P,
                Q1_3_2020,
                industry="民营企业",
            ),
            O(
                "place:360000",
                "foreignTradeValue",
                "Share",
                "75",
                P,
                Q1_3_2020,
                industry="民营企业",
            ),
            O(
                "place:360000",
                "foreignTradeValue",
                "PercentagePointChange",
                "7",
                P,
                Q1_3_2020,
                industry="民营企业",
            ),
        ],
        "claims": [],
    },
    "he02": {
        "editor": "谢凯",
        "entities": [
            E("中国政府网", "Organization", "org:gov-cn", opt=True),
            E(
                "《国务院关于同意在天津等12个城市设立跨境电子商务综合试验区的批复》",
                "Legislation",
                "doc:guohan-2016-17",
            ),
            E("国函〔2016〕17号", "Legislation", "doc:guohan-2016-17"),
            E("国务院", "Organization", "org:state-council"),
            E("天津", "Province", "place:120000"),
            E("天津市", "Province", "place:120000"),
            E("上海市", "Province", "place:310000"),
            E("重庆市", "Province", "place:500000"),
            E("合肥市", "Prefecture", "place:340100"),
            E("郑州市", "Prefecture", "place:410100"),
            E("广州市", "Prefecture", "place:440100"),
            E("成都市", "Prefecture", "place:510100"),
            E("大连市", "Prefecture", "place:210200"),
            E("宁波市", "Prefecture", "place:330200"),
            E("青岛市", "Prefecture", "place:370200"),
            E("深圳市", "Prefecture", "place:440300"),
            E("苏州市", "Prefecture", "place:320500"),
            E("中国（杭州）跨境电子商务综合试验区", "CrossBorderEcommerceZone", "zone:cbec-330100"),
            E("杭州综试区", "CrossBorderEcommerceZone", "zone:cbec-330100"),
            E("第二批", "Batch", "batch:cbec-2", opt=True),
            E("综试区", "CrossBorderEcommerceZone", None, opt=True),
            E("跨境电子商务综合试验区", "CrossBorderEcommerceZone", None, opt=True),
            E("商务部", "Organization", "org:mofcom"),
        ],
        "must_not": [NA("会同", "会同有关部门: not 会同县 (Hunan)")],
        "relations": [
            R("doc:guohan-2016-17", "schema:legislationPassedBy", "org:state-council"),
            *[
                R("doc:guohan-2016-17", "kgo:establishes", f"zone:cbec-{c}")
                for c in [
                    "120000",
                    "310000",
                    "500000",
                    "340100",
                    "410100",
                    "440100",
                    "510100",
                    "210200",
                    "330200",
                    "370200",
                    "440300",
                    "320500",
                ]
            ],
            *[
                R(f"zone:cbec-{c}", "kgo:inBatch", "batch:cbec-2")
                for c in [
                    "120000",
                    "310000",
                    "500000",
                    "340100",
                    "410100",
                    "440100",
                    "510100",
                    "210200",
                    "330200",
                    "370200",
                    "440300",
                    "320500",
                ]
            ],
        ],
        "observations": [],
        "optional_observations": [],
        "claims": [
            {
                "kind": "kgo:ZonesNationwide",
                "about": "country:CHN",
                "value": 13,
                "zone_type": "kgo:CrossBorderEcommerceZone",
            },
            {
                "kind": "kgo:FirstZone",
                "about": "place:330100",
                "value": 2015,
                "zone_type": "kgo:CrossBorderEcommerceZone",
            },
        ],
    },
    "he03": {
        "editor": "李润泽",
        "entities": [
            E("中新网", "Organization", "org:chinanews", opt=True),
            E("长春", "Prefecture", "place:220100", opt=True),  # dateline
            E("郭佳", "Person", "person:郭佳@reporter", opt=True),
            E("吉林省", "Province", "place:220000"),
            E("吉林", "Province", "place:220000"),
            E("俄罗斯", "Country", "country:RUS"),
            E("中国", "Country", "country:CHN"),
            E("延边朝鲜族自治州", "Prefecture", "place:222400"),
            E("珲春", "County", "place:222404"),
            E("珲春市", "County", "place:222404"),
            E("珲春综合保税区", "PilotZone", "zone:bonded-222404"),
            E("张林国", "Person", "person:张林国@body:珲春市人民政府"),
            E("珲春东北亚跨境电商产业园", "Organization", None, opt=True),
            E("珲春东北亚国际商品城", "Organization", None, opt=True),
            E("跨境电商产业园", "PilotZone", None, opt=True),
            E("西班牙", "Country", "country:ESP"),
            E("法国", "Country", "country:FRA"),
            E("乌苏里斯克", "Country", None, opt=True),  # a foreign city
            E("莫斯科", "Country", None, opt=True),
            E("韩国", "Country", "country:KOR"),
            E("仁川", "Country", None, opt=True),
            E("东莞", "Prefecture", "place:441900"),
            E("义乌", "County", "place:330782"),
            E("宁波", "Prefecture", "place:330200"),
            E("吉林省珲春国际邮件互换局", "Organization", None, opt=True),
        ],
        "must_not": [NA("通道", "新闻通道: not 通道侗族自治县 (Hunan)")],
        "relations": [
            R("person:张林国@body:珲春市人民政府", "org:holds", "post:body:珲春市人民政府#市长"),
            reporter("郭佳"),
        ],
        "observations": [
            O(
                "place:220000",
                "crossBorderEcommerceTradeValue",
                "YearOnYearGrowth",
                "88.9",
                P,
                Y2023,
            ),
            O("place:222404", "foreignTradeValue", "Level", "21900000000", Y, Y2023),
            O("place:222404", "foreignTradeValue", "YearOnYearGrowth", "42.8", P, Y2023),
        ],
        "optional_observations": [
            # the industrial park, not a place
            O("place:222404", "crossBorderEcommerceTradeValue", "Level", "5100000000", Y, Y2023),
            O(
                "place:222404",
                "crossBorderEcommerceTradeValue",
                "YearOnYearGrowth",
                "44.3",
                P,
                Y2023,
            ),
        ],
        "claims": [],
    },
    "he04": {
        "editor": "蔡文斌",
        "entities": [
            E("太原海关", "Organization", "body:太原海关"),
            E("山西省", "Province", "place:140000"),
            E("山西", "Province", "place:140000"),
            E("太原市", "Prefecture", "place:140100"),
            E("小店区", "County", "place:140105"),
            E("太原武宿综合保税区", "PilotZone", "zone:bonded-140100"),
            E("山西方略保税物流中心", "PilotZone", None, opt=True),
            E("大同国际陆港保税物流中心", "PilotZone", None, opt=True),
            E("山西兰花保税物流中心", "PilotZone", None, opt=True),
        ],
        "must_not": [NA("农产品", "stock link to 农产品 (sz000061): not a company here")],
        "relations": [R("body:太原海关", "schema:areaServed", "place:140100")],
        "observations": [
            O("place:140000", "foreignTradeValue", "Level", "102870000000", Y, Q1_3_2019),
            O(
                "place:140000",
                "exportValue",
                "Level",
                "1330000000",
                Y,
                Q1_3_2019,
                industry="农产品",
            ),
            O(
                "place:140000",
                "exportValue",
                "YearOnYearGrowth",
                "8.7",
                P,
                Q1_3_2019,
                industry="农产品",
            ),
            O("place:140000", "exportValue", "Share", "2.5", P, Q1_3_2019, industry="农产品"),
            O("place:140000", "exportValue", "Level", "450000000", Y, Q1_3_2019, industry="核桃"),
            O(
                "place:140000",
                "exportValue",
                "YearOnYearGrowth",
                "47.8",
                P,
                Q1_3_2019,
                industry="核桃",
            ),
            O("place:140000", "exportValue", "Level", "190000000", Y, Q1_3_2019, industry="鲜梨"),
            O(
                "place:140000",
                "exportValue",
                "YearOnYearGrowth",
                "9.7",
                P,
                Q1_3_2019,
                industry="鲜梨",
            ),
            O("place:140000", "exportValue", "Level", "38104000", Y, Q1_3_2019, industry="猪肠衣"),
            O(
                "place:140000",
                "exportValue",
                "YearOnYearGrowth",
                "98.6",
                P,
                Q1_3_2019,
                industry="猪肠衣",
            ),
            O("place:140000", "exportValue", "Level", "32704000", Y, Q1_3_2019, industry="绿豆"),
            O(
                "place:140000",
                "exportValue",
                "YearOnYearGrowth",
                "42.7",
                P,
                Q1_3_2019,
                industry="绿豆",
            ),
        ],
        "optional_observations": [
            # 降幅收窄0.6个百分点: a change of the rate of decline
            O("place:140000", "foreignTradeValue", "PercentagePointChange", "0.6", P, Q1_3_2019),
            # a 综保区's figures (a zone, not a place)
            O("place:140100", "foreignTradeValue", "Level", "5460000000", Y, Q1_3_2019),
            O("place:140100", "foreignTradeValue", "YearOnYearGrowth", "35.9", P, Q1_3_2019),
            # ownership breakdown
            O(
                "place:140000",
                "foreignTradeValue",
                "Level",
                "46180000000",
                Y,
                Q1_3_2019,
                industry="民营企业",
            ),
            O(
                "place:140000",
                "foreignTradeValue",
                "YearOnYearGrowth",
                "8.3",
                P,
                Q1_3_2019,
                industry="民营企业",
            ),
            O(
                "place:140000",
                "foreignTradeValue",
                "Share",
                "44.9",
                P,
                Q1_3_2019,
                industry="民营企业",
            ),
            O(
                "place:140000",
                "exportValue",
                "YearOnYearGrowth",
                "43.6",
                P,
                Q1_3_2019,
                industry="民营企业自主品牌",
            ),
            O(
                "place:140000",
                "exportValue",
                "Share",
                "51.1",
                P,
                Q1_3_2019,
                industry="民营企业自主品牌",
            ),
        ],
        "claims": [],
    },
    "he05": {
        "editor": "王永生",
        "entities": [
            E("拉萨海关", "Organization", "body:拉萨海关"),
            E("西藏", "Province", "place:540000"),
            E("吉隆口岸", "Organization", None, opt=True),  # a port
            E("樟木口岸", "Organization", None, opt=True),
            E("日喀则市", "Prefecture", "place:540200"),
            E("吉隆县", "County", "place:540234"),
            E("尼泊尔", "Country", "country:NPL"),
            E("西藏自治区商务厅", "Organization", "body:西藏自治区商务厅"),
            E("中国", "Country", "country:CHN"),
            E("兰州", "Prefecture", "place:620100"),
            E("“兰州号”", "Organization", None, opt=True),  # a train service
            E("广东", "Province", "place:440000"),
            E("西藏自治区", "Province", "place:540000"),
            E("西藏自治区“十三五”规划", "Legislation", "title:西藏自治区“十三五”规划"),
            E("“一带一路”", "Legislation", "doc:bri", opt=True),
        ],
        "must_not": [
            NA("通道", "陆路通道/贸易通道: not 通道侗族自治县 (Hunan)"),
            NA("合作", "外贸合作: not 合作市 (Gansu)"),
        ],
        "relations": [
            R("body:拉萨海关", "schema:areaServed", "place:540100"),
            R("body:西藏自治区商务厅", "schema:areaServed", "place:540000"),
        ],
        "observations": [
            O("place:540000", "foreignTradeValue", "Level", "5655000000", Y, Y2015),
            O("place:540000", "foreignTradeValue", "YearOnYearGrowth", "-59.2", P, Y2015),
        ],
        "optional_observations": [
            # the port of 吉隆, not a place
            O(
                "place:540234",
                "foreignTradeValue",
                "Level",
                "2350000000",
                Y,
                "2016-01-01/2016-10-31",
            ),
            O(
                "place:540234",
                "foreignTradeValue",
                "YearOnYearGrowth",
                "2081",
                P,
                "2016-01-01/2016-10-31",
            ),
        ],
        "claims": [],
    },
    "he06": {
        "editor": "王蒙",
        "entities": [
            E("天津市人民政府新闻办公室", "Organization", "body:天津市人民政府新闻办公室"),
            E("天津自贸试验区", "FreeTradeZone", "zone:ftz-120000"),
            E("天津市商务局", "Organization", "body:天津市商务局"),
            E("沈蕾", "Person", "person:沈蕾@body:天津市商务局"),
            E("自贸试验区", "FreeTradeZone", None, opt=True),
            E("自由贸易试验区", "FreeTradeZone", None, opt=True),
            E("政策与产业创新发展局", "Organization", "body:政策与产业创新发展局"),
            E("滨海高新区", "PilotZone", None, opt=True),
            E("中新天津生态城", "PilotZone", None, opt=True),
            E("滨海新区", "County", "place:120116"),
            E("商务部", "Organization", "org:mofcom"),
            E("国务院", "Organization", "org:state-council"),
            E("京津冀", "Province", None, opt=True),
            E("中国（天津）自由贸易试验区", "FreeTradeZone", "zone:ftz-120000"),
            E("天津港片区", "FreeTradeZone", None, opt=True),
            E("天津机场片区", "FreeTradeZone", None, opt=True),
            E("滨海新区中心商务片区", "FreeTradeZone", None, opt=True),
        ],
        "must_not": [],
        "relations": [
            R("body:天津市人民政府新闻办公室", "org:subOrganizationOf", "body:天津市人民政府"),
            R("body:天津市人民政府新闻办公室", "schema:areaServed", "place:120000"),
            R("body:天津市商务局", "schema:areaServed", "place:120000"),
            R("person:沈蕾@body:天津市商务局", "org:holds", "post:body:天津市商务局#局长"),
        ],
        "observations": [],
        "optional_observations": [],
        "claims": [],
    },
    "he07": {
        "editor": "郝欣煜",
        "entities": [
            E("国务院", "Organization", "org:state-council"),
            E("李强", "Person", "person:李强@org:state-council"),
            E("马来西亚", "Country", "country:MYS"),
            E("安瓦尔", "Person", None, opt=True),
            E("东盟", "Organization", "org:asean", opt=True),
            E("商务部", "Organization", "org:mofcom"),
            E("王文涛", "Person", "person:王文涛@org:mofcom"),
            E("马来西亚投资、贸易和工业部", "Organization", None, opt=True),
            E("扎夫鲁", "Person", None, opt=True),
            E("吉隆坡", "Country", None, opt=True),  # a foreign city
            E("《中国—东盟自由贸易区3.0版升级议定书》", "Legislation", "doc:china-asean-fta"),
            E("商务部国际司", "Organization", "body:商务部国际司"),
            E("林峰", "Person", "person:林峰@body:商务部国际司"),
            E("中国—东盟自贸协定", "Legislation", "doc:china-asean-fta"),
            E("《区域全面经济伙伴关系协定》", "Legislation", "doc:rcep"),
            E("RCEP", "Legislation", "doc:rcep"),
            E("升级议定书", "Legislation", "doc:china-asean-fta", opt=True),
            E("中国—东盟自贸区", "Legislation", "doc:china-asean-fta"),
            E("2.0版升级议定书", "Legislation", "doc:china-asean-fta", opt=True),
            E("议定书", "Legislation", "doc:china-asean-fta", opt=True),
            E("中国", "Country", "country:CHN"),
        ],
        "must_not": [
            NA("中方", "代表中方: the Chinese side, not 中方县 (Hunan)"),
            NA("合作", "经济技术合作: not 合作市 (Gansu)"),
            N("自由贸易区", 1, "the China-ASEAN FTA, not a pilot zone", ZONE_LABELS),
            N("自贸区", 1, "the China-ASEAN FTA, not a pilot zone", ZONE_LABELS),
            N("自贸区", 2, "the China-ASEAN FTA, not a pilot zone", ZONE_LABELS),
        ],
        "relations": [
            R("person:李强@org:state-council", "org:holds", "post:org:state-council#总理"),
            R("person:王文涛@org:mofcom", "org:holds", "post:org:mofcom#部长"),
            R("body:商务部国际司", "org:subOrganizationOf", "org:mofcom"),
            R("person:林峰@body:商务部国际司", "org:holds", "post:body:商务部国际司#司长"),
        ],
        "observations": [
            O(
                "country:CHN",
                "foreignTradeValue",
                "Level",
                "982300000000",
                "USD",
                Y2024,
                "org:asean",
            ),
        ],
        "optional_observations": [],
        "claims": [],
    },
    "he08": {
        "editor": "李润泽",
        "entities": [
            E("中新社", "Organization", "org:chinanews", opt=True),
            E("银川", "Prefecture", "place:640100", opt=True),  # dateline
            E("李佩珊", "Person", "person:李佩珊@reporter", opt=True),
            E("银川海关", "Organization", "body:银川海关"),
            E("宁夏", "Province", "place:640000"),
            E("挪威", "Country", "country:NOR"),
            E("东盟", "Organization", "org:asean", opt=True),
            E("欧盟", "Organization", "org:eu", opt=True),
            E("美国", "Country", "country:USA"),
        ],
        "must_not": [],
        "relations": [
            R("body:银川海关", "schema:areaServed", "place:640100"),
            reporter("李佩珊"),
        ],
        "observations": [
            O("place:640000", "foreignTradeValue", "Level", "4820000000", Y, Q1_2024),
            O("place:640000", "foreignTradeValue", "Level", "290000000", Y, Q1_2024, "country:NOR"),
            O(
                "place:640000",
                "foreignTradeValue",
                "YearOnYearGrowth",
                "434.6",
                P,
                Q1_2024,
                "country:NOR",
            ),
            O(
                "place:640000",
                "exportValue",
                "YearOnYearGrowth",
                "30.2",
                P,
                Q1_2024,
                industry="特色农产品",
            ),
        ],
        "optional_observations": [
            # three partners together
            O("place:640000", "foreignTradeValue", "Level", "2060000000", Y, Q1_2024),
            O("place:640000", "foreignTradeValue", "Share", "42.8", P, Q1_2024),
            # shares of the national exports of one product
            O("place:640000", "exportValue", "Share", "17.2", P, Q1_2024, industry="冷冻马铃薯"),
            O("place:640000", "exportValue", "Share", "30.2", P, Q1_2024, industry="枸杞"),
        ],
        "claims": [],
    },
    "he09": {
        "editor": "谢凯",
        "entities": [
            E("湖北省第十四届人民代表大会第二次会议", "Organization", None, opt=True),  # event
            E("武汉", "Prefecture", "place:420100"),
            E("湖北省", "Province", "place:420000"),
            E("湖北", "Province", "place:420000"),
            E("王忠林", "Person", "person:王忠林@body:湖北省人民政府"),
            E("省人民政府", "Organization", "body:湖北省人民政府"),
            E("政府工作报告", "Legislation", "title:政府工作报告"),
            E("全国构建新发展格局先行区", "PilotZone", None, opt=True),  # a goal, not a zone
        ],
        "must_not": [],
        "relations": [
            R("person:王忠林@body:湖北省人民政府", "org:holds", "post:body:湖北省人民政府#省长"),
            R("title:政府工作报告", "schema:legislationPassedBy", "body:湖北省人民政府"),
        ],
        "observations": [
            O("place:420000", "gdp", "Level", "5580300000000", Y, Y2023),
            O("place:420000", "gdp", "YearOnYearGrowth", "6", P, Y2023),
            O("place:420000", "retailSalesValue", "YearOnYearGrowth", "8.5", P, Y2023),
            O("place:420000", "fixedAssetInvestment", "YearOnYearGrowth", "5", P, Y2023),
            O("place:420000", "gdp", "YearOnYearGrowth", "6", P, Y2024, target=True),
        ],
        "optional_observations": [],
        "claims": [],
    },
    "he10": {
        "editor": "张熠",
        "entities": [
            E("贵州省", "Province", "place:520000"),
            E("黔东南苗族侗族自治州", "Prefecture", "place:522600"),
            E("榕江县", "County", "place:522632"),
            E("榕江", "County", "place:522632"),
            E("榕江县文体广电旅游局", "Organization", "body:榕江县文体广电旅游局"),
            E("黔东南州", "Prefecture", "place:522600"),
            E("广东", "Province", "place:440000"),
        ],
        "must_not": [
            NA("城北", "县城北新区: not 城北区 (Xining)"),
            NA("南部", "黔东南州南部: not 南部县 (Sichuan)"),
            NA("柳江", "都柳江 (a river): not 柳江区 (Liuzhou)"),
        ],
        "relations": [R("body:榕江县文体广电旅游局", "schema:areaServed", "place:522632")],
        "observations": [],
        "optional_observations": [],
        "claims": [],
    },
    "he11": {
        "editor": "陈志强",
        "entities": [
            E("山西", "Province", "place:140000"),
            E("临汾市", "Prefecture", "place:141000"),
            E("隰县", "County", "place:141031"),
            E("晋城市", "Prefecture", "place:140500"),
            E("朔州市", "Prefecture", "place:140600"),
            E("应县", "County", "place:140622"),
            E("应县木塔", "Organization", None, opt=True),  # a landmark
            E("大同", "Prefecture", "place:140200"),
            E("山西省文化和旅游厅", "Organization", "body:山西省文化和旅游厅"),
            E("泽州县", "County", "place:140525"),
            E("长治市", "Prefecture", "place:140400"),
        ],
        "must_not": [
            N("《黑神话：悟空》", 1, "a video game title, not a policy document", ["Legislation"]),
        ],
        "relations": [R("body:山西省文化和旅游厅", "schema:areaServed", "place:140000")],
        "observations": [],
        "optional_observations": [],
        "claims": [],
    },
    "he12": {
        "editor": "许诺",
        "entities": [
            E("德国", "Country", "country:DEU"),
            E("图林根", "Country", None, opt=True),  # a German state
            E("匈牙利", "Country", "country:HUN"),
            E("德布勒森", "Country", None, opt=True),
            E("Stellantis集团", "Organization", None, opt=True),
            E("西班牙", "Country", "country:ESP"),
            E("福建", "Province", "place:350000"),
            E("福建省", "Province", "place:350000"),
            E("江苏", "Province", "place:320000"),
            E("四川", "Province", "place:510000"),
            E("宁德市", "Prefecture", "place:350900"),
        ],
        "must_not": [
            NA(
                "宁德时代",
                "a company (stock link sz300750): 宁德 is not the place here",
                PLACE_LABELS,
            ),
        ],
        "relations": [],
        "observations": [],
        "optional_observations": [],
        "claims": [],
    },
}


def add_containment(specs: dict[str, dict]) -> None:
    """Append SCOPE.md's containment relations, computed from each article's must-find places."""
    reference = load_reference()
    parents = {code: place.parent for code, place in reference.places.items() if place.parent}
    for stem, spec in specs.items():
        body = read_article(HERE / "articles" / f"{stem}.md").body
        ents = entities(body, spec["entities"])
        spec["relations"] = spec["relations"] + containment(
            place_codes({"entities": ents}), parents
        )


if __name__ == "__main__":
    add_containment(SPECS)
    write_gold(HERE, SPECS, R)
