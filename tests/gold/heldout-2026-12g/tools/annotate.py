"""Write the gold files of heldout-2026-12g (format 2, tests/gold/SCOPE.md).

Input: the span lists below, written by reading each body as
``kg.ingest.read_article(path).body`` returns it, to ../../../../shared/GOLD-GUIDELINES.md.
Output: hgNN.json (one entity per occurrence, via tests/gold/tools/heldout.py), then the
place-containment relations of SCOPE.md added by tests/gold/tools/containment.py.
It does not: run or read any extractor.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository root

from tests.gold.tools.heldout import NA, E, N, O, R, write_gold  # noqa: E402

HERE = Path(__file__).resolve().parent.parent
ROOT = HERE.parents[2]

Y2019 = "2019-01-01/2019-12-31"
Y2023 = "2023-01-01/2023-12-31"
Y2024 = "2024-01-01/2024-12-31"
CHN = "country:CHN"

# --- hg01: 国函〔2019〕137号, the fourth batch of 24 CBEC zones --------------------------
HG01_CITIES = [
    ("石家庄市", "130100", "Prefecture"),
    ("太原市", "140100", "Prefecture"),
    ("赤峰市", "150400", "Prefecture"),
    ("抚顺市", "210400", "Prefecture"),
    ("珲春市", "222404", "County"),
    ("绥芬河市", "231081", "County"),
    ("徐州市", "320300", "Prefecture"),
    ("南通市", "320600", "Prefecture"),
    ("温州市", "330300", "Prefecture"),
    ("绍兴市", "330600", "Prefecture"),
    ("芜湖市", "340200", "Prefecture"),
    ("福州市", "350100", "Prefecture"),
    ("泉州市", "350500", "Prefecture"),
    ("赣州市", "360700", "Prefecture"),
    ("济南市", "370100", "Prefecture"),
    ("烟台市", "370600", "Prefecture"),
    ("洛阳市", "410300", "Prefecture"),
    ("黄石市", "420200", "Prefecture"),
    ("岳阳市", "430600", "Prefecture"),
    ("汕头市", "440500", "Prefecture"),
    ("佛山市", "440600", "Prefecture"),
    ("泸州市", "510500", "Prefecture"),
    ("海东市", "630200", "Prefecture"),
    ("银川市", "640100", "Prefecture"),
]
HG01_PROVINCES = [
    ("河北", "130000"),
    ("山西", "140000"),
    ("内蒙古", "150000"),
    ("辽宁", "210000"),
    ("吉林", "220000"),
    ("黑龙江", "230000"),
    ("江苏", "320000"),
    ("浙江", "330000"),
    ("安徽", "340000"),
    ("福建", "350000"),
    ("江西", "360000"),
    ("山东", "370000"),
    ("河南", "410000"),
    ("湖北", "420000"),
    ("湖南", "430000"),
    ("广东", "440000"),
    ("四川", "510000"),
    ("青海", "630000"),
    ("宁夏", "640000"),
]
DOC137 = "doc:guohan-2019-137"
HG01 = {
    "editor": "李昂",
    "entities": [
        E("中国政府网", "Organization", "org:gov-cn", opt=True),
        E("国务院", "Organization", "org:state-council"),
        E(
            "《国务院关于同意在石家庄等24个城市设立跨境电子商务综合试验区的批复》",
            "Legislation",
            DOC137,
        ),
        E("石家庄", "Prefecture", "place:130100", occ=[1]),  # inside the title: optional
        E("国函〔2019〕137号", "Legislation", DOC137),
        *[E(name, label, f"place:{code}") for name, code, label in HG01_CITIES],
        E("跨境电子商务综合试验区", "CrossBorderEcommerceZone", None, opt=True, occ=[2]),
        E("杭州", "Prefecture", "place:330100"),
        E("天津", "Province", "place:120000"),
        E("前三批", "Batch", None, opt=True),
        E("第四批", "Batch", "batch:cbec-4", opt=True),
        E("综试区", "CrossBorderEcommerceZone", None, opt=True),
        E("珲春", "County", "place:222404", occ=[2]),
        E("绥芬河", "County", "place:231081", occ=[2]),
        E("海东", "Prefecture", "place:630200", occ=[2]),
        E("银川", "Prefecture", "place:640100", occ=[2]),
        *[E(name, "Province", f"place:{code}") for name, code in HG01_PROVINCES],
        E("商务部", "Organization", "org:mofcom"),
        E("商务部电子商务和信息化司", "Organization", "body:商务部电子商务和信息化司"),
        E("温州", "Prefecture", "place:330300", occ=[2]),
        E("绍兴", "Prefecture", "place:330600", occ=[2]),
        E("宁波", "Prefecture", "place:330200"),
        E("义乌", "County", "place:330782"),
        E("福州", "Prefecture", "place:350100", occ=[2]),
        E("泉州", "Prefecture", "place:350500", occ=[2]),
    ],
    "must_not": [
        N(
            "中国（城市名）跨境电子商务综合试验区",
            1,
            "a naming template, not a zone or the country",
            ["CrossBorderEcommerceZone", "Country"],
        ),
        NA("会同", "the verb 会同, not 会同县 (湖南)"),
    ],
    "relations": [
        R(DOC137, "schema:legislationPassedBy", "org:state-council"),
        *[R(DOC137, "kgo:establishes", f"zone:cbec-{code}") for _, code, _ in HG01_CITIES],
        *[R(f"zone:cbec-{code}", "kgo:inBatch", "batch:cbec-4") for _, code, _ in HG01_CITIES],
        R("body:商务部电子商务和信息化司", "org:subOrganizationOf", "org:mofcom"),
    ],
    "observations": [
        O(
            CHN,
            "crossBorderEcommerceTradeValue",
            "Level",
            "186210000000",
            "CNY",
            "2019-01-01/2019-10-31",
        ),
        O(
            CHN,
            "crossBorderEcommerceTradeValue",
            "YearOnYearGrowth",
            "38.3",
            "P1",
            "2019-01-01/2019-10-31",
        ),
    ],
    "optional_observations": [],
    "claims": [
        {
            "kind": "kgo:ZonesNationwide",
            "about": CHN,
            "value": 59,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
        {
            "kind": "kgo:ZonesInFirstBatches",
            "about": CHN,
            "value": 35,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
        {
            "kind": "kgo:ZonesInPlace",
            "about": "place:330000",
            "value": 5,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
    ],
}

# --- hg02: 杭州海关, 浙江 2023 trade ------------------------------------------------
ZJ = "place:330000"
DEC = "2023-12-01/2023-12-31"
HG02 = {
    "editor": "秦艺",
    "entities": [
        E("杭州海关", "Organization", "body:杭州海关"),
        E("浙江省", "Province", ZJ),
        E("浙江", "Province", ZJ),
        E("东盟", "Organization", "org:asean", opt=True),
        E("欧盟", "Organization", "org:eu", opt=True),
        E("美国", "Country", "country:USA"),
        E("一带一路", "Legislation", "doc:bri", opt=True),
        E("RCEP", "Legislation", "doc:rcep"),
        E("杭州海关统计分析处", "Organization", "body:杭州海关统计分析处"),
        E("宁波", "Prefecture", "place:330200"),
        E("杭州", "Prefecture", "place:330100", occ=[3]),
        E("金华", "Prefecture", "place:330700"),
        E("义乌", "County", "place:330782"),
    ],
    "must_not": [
        N(
            "自贸协定",
            1,
            "free trade agreements, not pilot zones",
            ["CrossBorderEcommerceZone", "FreeTradeZone", "PilotZone"],
        ),
    ],
    "relations": [
        R("body:杭州海关", "schema:areaServed", "place:330100"),
        R("body:杭州海关统计分析处", "org:subOrganizationOf", "body:杭州海关"),
    ],
    "observations": [
        O(ZJ, "foreignTradeValue", "Level", "4900000000000", "CNY", Y2023),
        O(ZJ, "foreignTradeValue", "YearOnYearGrowth", "4.6", "P1", Y2023),
        O(ZJ, "exportValue", "Level", "3570000000000", "CNY", Y2023),
        O(ZJ, "exportValue", "YearOnYearGrowth", "3.9", "P1", Y2023),
        O(ZJ, "importValue", "Level", "1330000000000", "CNY", Y2023),
        O(ZJ, "importValue", "YearOnYearGrowth", "6.4", "P1", Y2023),
        O(ZJ, "exportValue", "Share", "15.1", "P1", Y2023),
        O(ZJ, "exportValue", "PercentagePointChange", "0.5", "P1", Y2023),
        O(ZJ, "foreignTradeValue", "Level", "451560000000", "CNY", DEC),
        O(ZJ, "foreignTradeValue", "YearOnYearGrowth", "5.2", "P1", DEC),
        O(ZJ, "exportValue", "Level", "329040000000", "CNY", DEC),
        O(ZJ, "exportValue", "YearOnYearGrowth", "4.8", "P1", DEC),
        O(ZJ, "importValue", "Level", "122520000000", "CNY", DEC),
        O(ZJ, "importValue", "YearOnYearGrowth", "6.3", "P1", DEC),
        O(ZJ, "foreignTradeValue", "Level", "693740000000", "CNY", Y2023, partner="org:asean"),
        O(ZJ, "foreignTradeValue", "Level", "652520000000", "CNY", Y2023, partner="org:eu"),
        O(ZJ, "foreignTradeValue", "Level", "586850000000", "CNY", Y2023, partner="country:USA"),
        O(ZJ, "foreignTradeValue", "YearOnYearGrowth", "8.2", "P1", Y2023, partner="org:asean"),
        O(ZJ, "foreignTradeValue", "YearOnYearGrowth", "-0.7", "P1", Y2023, partner="org:eu"),
        O(ZJ, "foreignTradeValue", "YearOnYearGrowth", "-4.9", "P1", Y2023, partner="country:USA"),
        O(ZJ, "foreignTradeValue", "Level", "2550000000000", "CNY", Y2023, partner="doc:bri"),
        O(ZJ, "foreignTradeValue", "YearOnYearGrowth", "7.5", "P1", Y2023, partner="doc:bri"),
        O(ZJ, "foreignTradeValue", "Share", "52.1", "P1", Y2023, partner="doc:bri"),
        O(ZJ, "foreignTradeValue", "Level", "1190000000000", "CNY", Y2023, partner="doc:rcep"),
        O(ZJ, "foreignTradeValue", "YearOnYearGrowth", "2.6", "P1", Y2023, partner="doc:rcep"),
        O(ZJ, "foreignTradeValue", "Level", "3970000000000", "CNY", Y2023, industry="民营企业"),
        O(ZJ, "foreignTradeValue", "YearOnYearGrowth", "6.9", "P1", Y2023, industry="民营企业"),
        O(ZJ, "foreignTradeValue", "Share", "81", "P1", Y2023, industry="民营企业"),
        O(ZJ, "exportValue", "Level", "1470000000000", "CNY", Y2023, industry="机电产品"),
        O(ZJ, "exportValue", "YearOnYearGrowth", "4.4", "P1", Y2023, industry="机电产品"),
        O(ZJ, "exportValue", "Share", "41.2", "P1", Y2023, industry="机电产品"),
        O(ZJ, "exportValue", "Level", "916270000000", "CNY", Y2023, industry="劳动密集型产品"),
        O(ZJ, "exportValue", "YearOnYearGrowth", "1.2", "P1", Y2023, industry="劳动密集型产品"),
    ],
    "optional_observations": [],
    "claims": [],
}

# --- hg03: 义乌综合保税区 approved (2020) -------------------------------------------
YW_TITLE = "title:国务院关于同意设立义乌综合保税区的批复"
YW_ZONE = "zone:bonded-330782"
YW = "place:330782"
HG03 = {
    "editor": "张敏",
    "entities": [
        E("浙江省商务厅", "Organization", "org:commerce-330000"),
        E("国务院", "Organization", "org:state-council"),
        E("《国务院关于同意设立义乌综合保税区的批复》", "Legislation", YW_TITLE),
        E("义乌综合保税区", "PilotZone", YW_ZONE),
        E("海关总署", "Organization", "org:gacc"),
        E("浙江省人民政府", "Organization", "org:gov-330000"),
        E("金华市", "Prefecture", "place:330700"),
        E("义乌市", "County", YW),
        E("义乌", "County", YW, occ=[5, 9, 10]),  # 义乌是…, 此前义乌缺乏, 义乌将围绕
        E("义乌海关", "Organization", "body:义乌海关"),
        E("义乌市商务局", "Organization", "body:义乌市商务局"),
        E("金义综合保税区", "PilotZone", "zone:bonded-x-jinyi"),
        E("综保区", "PilotZone", YW_ZONE, opt=True),  # 综保区获批后: a back-reference
        E("金华市商务局", "Organization", "body:金华市商务局"),
        E("义乌港", "Organization", None, opt=True),
        E("义乌铁路口岸", "Organization", None, opt=True),
        E("义新欧", "Organization", None, opt=True),
        E("跨境电商综试区", "CrossBorderEcommerceZone", None, opt=True),
        E("浙江", "Province", "place:330000", occ=[3]),
        E("义乌市场", "Organization", None, opt=True),
    ],
    "must_not": [
        N("小商品城", 1, "stock-link fragment (a company)"),
        N("中国小商品城", 1, "a company name holding 中国"),
        NA("会同", "the verb 会同, not 会同县 (湖南)"),
    ],
    "relations": [
        R(YW_TITLE, "schema:legislationPassedBy", "org:state-council"),
        R(YW_TITLE, "kgo:establishes", YW_ZONE),
        R("org:commerce-330000", "schema:areaServed", "place:330000"),
        R("org:gov-330000", "schema:areaServed", "place:330000"),
        R("body:义乌海关", "schema:areaServed", YW),
        R("body:义乌市商务局", "schema:areaServed", YW),
        R("body:金华市商务局", "schema:areaServed", "place:330700"),
    ],
    "observations": [
        O(YW, "foreignTradeValue", "Level", "296810000000", "CNY", Y2019),
        O(YW, "foreignTradeValue", "YearOnYearGrowth", "15.9", "P1", Y2019),
        O(YW, "exportValue", "Level", "286710000000", "CNY", Y2019),
        O(YW, "exportValue", "YearOnYearGrowth", "14.2", "P1", Y2019),
    ],
    "optional_observations": [],
    "claims": [
        {
            "kind": "kgo:ZonesInPlace",
            "about": "place:330000",
            "value": 13,
            "zone_type": "kgo:PilotZone",
        },
    ],
}

# --- hg04: 福建自贸试验区 five years (2020) -------------------------------------------
FJ_FTZ = "zone:ftz-350000"
FJ_PLAN = "title:进一步深化中国（福建）自由贸易试验区改革开放方案"
HG04 = {
    "editor": "陈悦",
    "entities": [
        E("中国（福建）自由贸易试验区", "FreeTradeZone", FJ_FTZ),
        E("福建省人民政府新闻办公室", "Organization", "body:福建省人民政府新闻办公室"),
        E("福建省商务厅", "Organization", "org:commerce-350000"),
        E("福建自贸试验区", "FreeTradeZone", FJ_FTZ),
        E("自贸试验区", "FreeTradeZone", FJ_FTZ, opt=True),  # bare back-references
        E("福州片区", "FreeTradeZone", None, opt=True),
        E("厦门片区", "FreeTradeZone", None, opt=True),
        E("平潭片区", "FreeTradeZone", None, opt=True),
        E("台湾", "Province", "place:710000"),
        E("《进一步深化中国（福建）自由贸易试验区改革开放方案》", "Legislation", FJ_PLAN),
        E("21世纪海上丝绸之路", "Legislation", None, opt=True),
        E("东盟", "Organization", "org:asean", opt=True),
        E("福州", "Prefecture", "place:350100", occ=[2]),
        E("马尾", "County", "place:350105"),
        E("厦门", "Prefecture", "place:350200", occ=[3]),
        E("湖里", "County", "place:350206"),
    ],
    "must_not": [
        NA("合作", "the word 合作, not 合作市 (甘南州)"),
    ],
    "relations": [
        R("body:福建省人民政府新闻办公室", "org:subOrganizationOf", "org:gov-350000"),
        R("body:福建省人民政府新闻办公室", "schema:areaServed", "place:350000"),
        R("org:commerce-350000", "schema:areaServed", "place:350000"),
    ],
    "observations": [],
    "optional_observations": [
        O(FJ_FTZ, "foreignTradeValue", "Level", "1070000000000", "CNY", Y2019),
        O(FJ_FTZ, "foreignTradeValue", "YearOnYearGrowth", "11", "P1", Y2019),
        O(FJ_FTZ, "foreignInvestmentValue", "Level", "32780000000", "USD"),
    ],
    "claims": [],
}

# --- hg05: MOFCOM press conference, 2023 services trade and FDI --------------------------
HE = "person:何亚东@org:mofcom"
HG05 = {
    "editor": "何俊熹",
    "entities": [
        E("商务部", "Organization", "org:mofcom"),
        E("何亚东", "Person", HE),
        E("法国", "Country", "country:FRA"),
        E("英国", "Country", "country:GBR"),
        E("荷兰", "Country", "country:NLD"),
        E(
            "《关于进一步优化外商投资环境 加大吸引外商投资力度的意见》",
            "Legislation",
            "title:关于进一步优化外商投资环境 加大吸引外商投资力度的意见",
        ),
    ],
    "must_not": [
        NA("中方", "the Chinese side, not 中方县 (湖南)"),
    ],
    "relations": [R(HE, "org:holds", "post:org:mofcom#新闻发言人")],
    "observations": [
        O(CHN, "serviceTradeValue", "Level", "6575430000000", "CNY", Y2023),
        O(CHN, "serviceTradeValue", "YearOnYearGrowth", "10", "P1", Y2023),
        O(
            CHN,
            "serviceTradeValue",
            "Level",
            "2719370000000",
            "CNY",
            Y2023,
            industry="知识密集型服务",
        ),
        O(
            CHN,
            "serviceTradeValue",
            "YearOnYearGrowth",
            "8.5",
            "P1",
            Y2023,
            industry="知识密集型服务",
        ),
        O(CHN, "serviceTradeValue", "Share", "41.4", "P1", Y2023, industry="知识密集型服务"),
        O(CHN, "serviceTradeValue", "Level", "1485620000000", "CNY", Y2023, industry="旅行服务"),
        O(CHN, "serviceTradeValue", "YearOnYearGrowth", "73.6", "P1", Y2023, industry="旅行服务"),
        O(CHN, "foreignInvestmentValue", "Level", "1133910000000", "CNY", Y2023),
        O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "-8", "P1", Y2023),
        O(
            CHN,
            "foreignInvestmentValue",
            "Level",
            "423340000000",
            "CNY",
            Y2023,
            industry="高技术产业",
        ),
        O(CHN, "foreignInvestmentValue", "Share", "37.3", "P1", Y2023, industry="高技术产业"),
        O(
            CHN,
            "foreignInvestmentValue",
            "YearOnYearGrowth",
            "84.1",
            "P1",
            Y2023,
            partner="country:FRA",
        ),
        O(
            CHN,
            "foreignInvestmentValue",
            "YearOnYearGrowth",
            "81.2",
            "P1",
            Y2023,
            partner="country:GBR",
        ),
        O(
            CHN,
            "foreignInvestmentValue",
            "YearOnYearGrowth",
            "1.3",
            "P1",
            Y2023,
            partner="country:NLD",
        ),
    ],
    "optional_observations": [
        O(CHN, "exportValue", "Level", "2685660000000", "CNY", Y2023, industry="服务"),
        O(CHN, "exportValue", "YearOnYearGrowth", "-5.8", "P1", Y2023, industry="服务"),
        O(CHN, "importValue", "Level", "3889770000000", "CNY", Y2023, industry="服务"),
        O(CHN, "importValue", "YearOnYearGrowth", "24.4", "P1", Y2023, industry="服务"),
    ],
    "claims": [],
}

# --- hg06: 辽宁省统计局, 2023 GDP ---------------------------------------------------
LN = "place:210000"
HG06 = {
    "editor": "刘丽丽",
    "entities": [
        E("辽宁省统计局", "Organization", "body:辽宁省统计局"),
        E("辽宁", "Province", LN),
        E("沈阳", "Prefecture", "place:210100"),
        E("大连", "Prefecture", "place:210200", occ=[1]),
        E("大连金普新区", "PilotZone", None, opt=True),
        E("沈抚示范区", "PilotZone", None, opt=True),
    ],
    "must_not": [],
    "relations": [R("body:辽宁省统计局", "schema:areaServed", LN)],
    "observations": [
        O(LN, "gdp", "Level", "3020940000000", "CNY", Y2023),
        O(LN, "gdp", "YearOnYearGrowth", "5.3", "P1", Y2023),
        O(LN, "gdp", "Level", "265100000000", "CNY", Y2023, industry="第一产业"),
        O(LN, "gdp", "YearOnYearGrowth", "4.7", "P1", Y2023, industry="第一产业"),
        O(LN, "gdp", "Level", "1173450000000", "CNY", Y2023, industry="第二产业"),
        O(LN, "gdp", "YearOnYearGrowth", "5.0", "P1", Y2023, industry="第二产业"),
        O(LN, "gdp", "Level", "1582400000000", "CNY", Y2023, industry="第三产业"),
        O(LN, "gdp", "YearOnYearGrowth", "5.5", "P1", Y2023, industry="第三产业"),
        O(LN, "industrialValueAdded", "YearOnYearGrowth", "5.0", "P1", Y2023),
        O(
            LN,
            "industrialValueAdded",
            "YearOnYearGrowth",
            "8.6",
            "P1",
            Y2023,
            industry="装备制造业",
        ),
        O(LN, "retailSalesValue", "Level", "1036210000000", "CNY", Y2023),
        O(LN, "retailSalesValue", "YearOnYearGrowth", "8.8", "P1", Y2023),
        O(LN, "fixedAssetInvestment", "YearOnYearGrowth", "4.0", "P1", Y2023),
        O(LN, "realEstateInvestment", "YearOnYearGrowth", "-17.3", "P1", Y2023),
        O(LN, "foreignTradeValue", "Level", "765960000000", "CNY", Y2023),
        O(LN, "foreignTradeValue", "YearOnYearGrowth", "0.7", "P1", Y2023),
        O(LN, "exportValue", "Level", "352210000000", "CNY", Y2023),
        O(LN, "exportValue", "YearOnYearGrowth", "4.5", "P1", Y2023),
        O(LN, "importValue", "Level", "413750000000", "CNY", Y2023),
        O(LN, "importValue", "YearOnYearGrowth", "-2.3", "P1", Y2023),
    ],
    "optional_observations": [],
    "claims": [],
}

# --- hg07: 湖南 2024 政府工作报告 ------------------------------------------------------
HN = "place:430000"
REPORT = "title:政府工作报告"
MAO = "person:毛伟明@org:gov-430000"
HG07 = {
    "editor": "魏旭",
    "entities": [
        E("湖南省第十四届人民代表大会第二次会议", "Organization", None, opt=True),
        E("长沙", "Prefecture", "place:430100"),
        E("湖南省", "Province", HN, occ=[2]),  # 湖南省省长
        E("毛伟明", "Person", MAO),
        E("省人民政府", "Organization", "org:gov-430000"),
        E("政府工作报告", "Legislation", REPORT),
        E("报告", "Legislation", REPORT, opt=True),
        E("湖南", "Province", HN, occ=[3, 4]),
        E("中国（湖南）自由贸易试验区", "FreeTradeZone", "zone:ftz-430000"),
        E("岳阳", "Prefecture", "place:430600"),
        E("郴州", "Prefecture", "place:431000"),
        E("第三届中国—非洲经贸博览会", "Organization", None, opt=True),
        E("中国—非洲经贸博览会", "Organization", None, opt=True),
        E("湘南湘西承接产业转移示范区", "PilotZone", None, opt=True),
        E("一带一路", "Legislation", "doc:bri", opt=True),
        E("株洲", "Prefecture", "place:430200"),
        E("湘潭", "Prefecture", "place:430300"),
        E("衡阳", "Prefecture", "place:430400"),
        E("常德", "Prefecture", "place:430700"),
        E("湘江新区", "PilotZone", None, opt=True),
    ],
    "must_not": [
        NA("合作", "the word 合作, not 合作市 (甘南州)"),
    ],
    "relations": [
        R(MAO, "org:holds", "post:org:gov-430000#省长"),
        R(REPORT, "schema:legislationPassedBy", "org:gov-430000"),
        R("org:gov-430000", "schema:areaServed", HN),
    ],
    "observations": [
        O(HN, "gdp", "Level", "5001290000000", "CNY", Y2023),
        O(HN, "gdp", "YearOnYearGrowth", "4.6", "P1", Y2023),
        O(HN, "industrialValueAdded", "YearOnYearGrowth", "5.1", "P1", Y2023),
        O(HN, "retailSalesValue", "YearOnYearGrowth", "6.1", "P1", Y2023),
        O(HN, "foreignTradeValue", "Level", "617500000000", "CNY", Y2023),
        O(HN, "gdp", "YearOnYearGrowth", "6", "P1", Y2024, target=True),
        O(HN, "fixedAssetInvestment", "YearOnYearGrowth", "6", "P1", Y2024, target=True),
        O(HN, "retailSalesValue", "YearOnYearGrowth", "6.5", "P1", Y2024, target=True),
        O(HN, "foreignTradeValue", "YearOnYearGrowth", "5", "P1", Y2024, target=True),
    ],
    "optional_observations": [],
    "claims": [],
}

# --- hg08: 海关总署广东分署, 广东 2023 trade -----------------------------------------------
GD = "place:440000"
GDB = "body:海关总署广东分署"
Q4 = "2023-10-01/2023-12-31"
HG08 = {
    "editor": "张倩",
    "entities": [
        E("海关总署广东分署", "Organization", GDB),
        E("广东分署", "Organization", GDB, occ=[2]),
        E("广东", "Province", GD),
        E("东盟", "Organization", "org:asean", opt=True),
        E("一带一路", "Legislation", "doc:bri", opt=True),
        E("中国香港", "Province", "place:810000"),
        E("欧盟", "Organization", "org:eu", opt=True),
        E("美国", "Country", "country:USA"),
        E("深圳", "Prefecture", "place:440300"),
        E("东莞", "Prefecture", "place:441900"),
        E("广州", "Prefecture", "place:440100"),
        E("佛山市", "Prefecture", "place:440600"),
        E("南海区", "County", "place:440605"),
        E("顺德区", "County", "place:440606"),
    ],
    "must_not": [],
    "relations": [
        R(GDB, "org:subOrganizationOf", "org:gacc"),
        R(GDB, "schema:areaServed", GD),
    ],
    "observations": [
        O(GD, "foreignTradeValue", "Level", "8300000000000", "CNY", Y2023),
        O(GD, "foreignTradeValue", "YearOnYearGrowth", "0.3", "P1", Y2023),
        O(GD, "foreignTradeValue", "Share", "19.9", "P1", Y2023),
        O(GD, "exportValue", "Level", "5440000000000", "CNY", Y2023),
        O(GD, "exportValue", "YearOnYearGrowth", "2.5", "P1", Y2023),
        O(GD, "importValue", "Level", "2860000000000", "CNY", Y2023),
        O(GD, "importValue", "YearOnYearGrowth", "-3.7", "P1", Y2023),
        O(GD, "foreignTradeValue", "Level", "1290000000000", "CNY", Y2023, partner="org:asean"),
        O(GD, "foreignTradeValue", "YearOnYearGrowth", "4.8", "P1", Y2023, partner="org:asean"),
        O(GD, "foreignTradeValue", "Level", "1060000000000", "CNY", Y2023, partner="place:810000"),
        O(GD, "foreignTradeValue", "Level", "861430000000", "CNY", Y2023, partner="org:eu"),
        O(GD, "foreignTradeValue", "Level", "833060000000", "CNY", Y2023, partner="country:USA"),
        O(GD, "foreignTradeValue", "Level", "2950000000000", "CNY", Y2023, partner="doc:bri"),
        O(GD, "foreignTradeValue", "YearOnYearGrowth", "4.5", "P1", Y2023, partner="doc:bri"),
        O(GD, "foreignTradeValue", "Share", "35.5", "P1", Y2023, partner="doc:bri"),
        O("place:440300", "foreignTradeValue", "Level", "3870000000000", "CNY", Y2023),
        O("place:441900", "foreignTradeValue", "Level", "1330000000000", "CNY", Y2023),
        O("place:440100", "foreignTradeValue", "Level", "1090000000000", "CNY", Y2023),
        O(GD, "exportValue", "Level", "127800000000", "CNY", Y2023, industry="新三样"),
        O(GD, "exportValue", "YearOnYearGrowth", "32.2", "P1", Y2023, industry="新三样"),
        O(GD, "foreignTradeValue", "Level", "2240000000000", "CNY", Q4),
        O(GD, "foreignTradeValue", "YearOnYearGrowth", "8.2", "P1", Q4),
    ],
    "optional_observations": [],
    "claims": [],
}

# --- hg09: 昆山 (a county-level city of 苏州, 江苏) ----------------------------------------
KS = "place:320583"
KS_ZONE = "zone:bonded-320583"
HG09 = {
    "editor": "王珂",
    "entities": [
        E("江苏省", "Province", "place:320000"),
        E("苏州市", "Prefecture", "place:320500"),
        E("昆山", "County", KS),
        E("昆山市统计局", "Organization", "body:昆山市统计局"),
        E("昆山综合保税区", "PilotZone", KS_ZONE),
        E("国务院", "Organization", "org:state-council"),
        E("综合保税区", "PilotZone", None, opt=True, occ=[2]),  # the programme
        E("昆山深化两岸产业合作试验区", "PilotZone", None, opt=True),
        E("昆山市商务局", "Organization", "body:昆山市商务局"),
        E("花桥经济开发区", "PilotZone", None, opt=True),
        E("上海市", "Province", "place:310000"),
        E("嘉定区", "County", "place:310114"),
        E("青浦区", "County", "place:310118"),
        E("虹桥国际开放枢纽", "PilotZone", None, opt=True),
    ],
    "must_not": [],
    "relations": [
        R("body:昆山市统计局", "schema:areaServed", KS),
        R("body:昆山市商务局", "schema:areaServed", KS),
    ],
    "observations": [
        O(KS, "gdp", "Level", "514060000000", "CNY", Y2023),
        O(KS, "gdp", "YearOnYearGrowth", "5.5", "P1", Y2023),
        O(KS, "foreignTradeValue", "Level", "704000000000", "CNY", Y2023),
        O(KS, "exportValue", "Level", "438000000000", "CNY", Y2023),
        O(KS, "foreignInvestmentValue", "Level", "1000000000", "USD", Y2024, target=True),
    ],
    "optional_observations": [
        O(KS_ZONE, "foreignTradeValue", "Level", "304600000000", "CNY", Y2023),
        O(KS_ZONE, "foreignTradeValue", "Share", "43.3", "P1", Y2023),
        O(KS, "foreignInvestmentValue", "Level", "65000000000", "USD", partner="place:710000"),
    ],
    "claims": [],
}

# --- hg10: off-topic, the 积石山 earthquake (2023) ----------------------------------------
HG10 = {
    "editor": "刘德宾",
    "entities": [
        E("甘肃", "Province", "place:620000"),
        E("临夏州", "Prefecture", "place:622900"),
        E("积石山县", "County", "place:622927"),
        E("甘肃省", "Province", "place:620000"),
        E("青海省", "Province", "place:630000"),
        E("应急管理部", "Organization", "body:应急管理部"),
        E("青海", "Province", "place:630000"),
        E("民和", "County", "place:630222"),
        E("海东市", "Prefecture", "place:630200"),
        E("民和回族土族自治县", "County", "place:630222"),
        E("兰州", "Prefecture", "place:620100"),
        E("西宁", "Prefecture", "place:630100"),
        E("积石山", "County", "place:622927", opt=True, occ=[3]),  # “积石山”救援志愿者
    ],
    "must_not": [
        N("中国地震台网", 1, "an institution whose name holds 中国", ["Country"]),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# --- hg11: off-topic, the 杭州 Asian Games close (2023) -----------------------------------
HG11 = {
    "editor": "蒋庭",
    "entities": [
        E("第19届亚洲运动会", "Organization", None, opt=True),
        E("亚运会", "Organization", None, opt=True),
        E("杭州亚运会", "Organization", None, opt=True),
        E("张雨霏", "Person", None, opt=True),
        E("宁波", "Prefecture", "place:330200"),
        E("温州", "Prefecture", "place:330300"),
        E("金华", "Prefecture", "place:330700"),
        E("绍兴", "Prefecture", "place:330600"),
        E("湖州", "Prefecture", "place:330500"),
        E("日本", "Country", "country:JPN", occ=[2]),
        E("杭州", "Prefecture", "place:330100", occ=[3]),  # 杭州市民
    ],
    "must_not": [
        N("杭州奥体中心体育场", 1, "a venue's name holds 杭州"),
        N("中国体育代表团", 1, "a sports delegation, not the country", ["Country"]),
        N("日本队", 1, "a team, not the country", ["Country"]),
        N("韩国队", 1, "a team, not the country", ["Country"]),
        N("中国队", 1, "a team, not the country", ["Country"]),
        N("西湖", 1, "the lake, not 西湖区", ["County"]),
        N("千岛湖", 1, "a lake, not a place of the table"),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# --- hg12: off-topic, 贵州茅台 2023 results (company; stock link) ---------------------------
HG12 = {
    "editor": "杨赋",
    "entities": [
        E("贵州省", "Province", "place:520000"),
        E("遵义市", "Prefecture", "place:520300"),
        E("仁怀市", "County", "place:520382"),
        E("五粮液", "Organization", None, opt=True),
    ],
    "must_not": [
        N("贵州茅台", 1, "stock-link fragment: a company holding 贵州"),
        N("泸州老窖", 1, "a company holding 泸州", ["Prefecture"]),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "hg01": HG01,
    "hg02": HG02,
    "hg03": HG03,
    "hg04": HG04,
    "hg05": HG05,
    "hg06": HG06,
    "hg07": HG07,
    "hg08": HG08,
    "hg09": HG09,
    "hg10": HG10,
    "hg11": HG11,
    "hg12": HG12,
}


def main() -> None:
    """Write hgNN.json, then add the containment relations of SCOPE.md."""
    write_gold(HERE, SPECS, R)
    subprocess.run(
        [sys.executable, str(ROOT / "tests/gold/tools/containment.py"), str(HERE)], check=True
    )


if __name__ == "__main__":
    main()
