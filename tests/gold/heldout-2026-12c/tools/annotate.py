"""Write the gold JSON of heldout-2026-12c from the annotator's span lists.

Input: articles/hcNN.md (read with kg.ingest.read_article) and the SPECS below, written
by reading each body (never by running an extractor).
Output: hcNN.json in format 2 (tests/gold/SCOPE.md).
It does not: extract anything; it only turns "this name, this ref" into one entity per
occurrence. An occurrence inside a longer annotated span is left out, except inside a
document title (Legislation), where it is kept as optional (SCOPE: places only inside a
title are optional).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository root


from tests.gold.tools.heldout import NA, E, N, O, R, write_gold  # noqa: E402, F401

HERE = Path(__file__).resolve().parent.parent
PLACE = {"Province", "Prefecture", "County", "Country"}


CHN = "country:CHN"
P01 = "2022-01-01/2022-10-31"
FJ = "place:350000"
P02 = "2020-01-01/2020-11-30"
P06 = "2022-01-01/2022-12-31"
AH = "place:340000"
P07 = "2022-01-01/2022-09-30"
CONT = "schema:containedInPlace"
LAW = "schema:legislationPassedBy"
AREA = "schema:areaServed"
SUB = "org:subOrganizationOf"
HOLDS = "org:holds"
CONTRIB = "schema:contributor"
ZONE_LABELS = ["CrossBorderEcommerceZone", "FreeTradeZone", "PilotZone"]
PLACE_LABELS = ["Province", "Prefecture", "County"]


def trade(about, period, measure, level, growth, **kw):
    out = []
    if level is not None:
        out.append(O(about, measure, "Level", level, "CNY", period, **kw))
    if growth is not None:
        out.append(O(about, measure, "YearOnYearGrowth", growth, "P1", period, **kw))
    return out


SPECS = {
    "hc01": {
        "editor": "刘亚楠",
        "entities": [
            E("福州海关", "Organization", "body:福州海关"),
            E("福建省", "Province", FJ),
            E("福建", "Province", FJ),
            E("东盟", "Organization", "org:asean", True),
            E("美国", "Country", "country:USA"),
            E("欧盟", "Organization", "org:eu", True),
            E("一带一路", "Legislation", "doc:bri", True),
            E("RCEP", "Legislation", "doc:rcep"),
            E("中新网", "Organization", None, True),
            E("龙敏", "Person", "person:龙敏@reporter", True),
        ],
        "relations": [
            R("body:福州海关", AREA, "place:350100"),
            R("@article", CONTRIB, "person:龙敏@reporter"),
        ],
        "observations": (
            trade(FJ, P01, "foreignTradeValue", "1620000000000", "7")
            + trade(FJ, P01, "exportValue", "987180000000", "12")
            + trade(FJ, P01, "importValue", "635870000000", "0.1")
            + trade(FJ, P01, "foreignTradeValue", "888550000000", "10.5", industry="民营企业")
            + [
                O(FJ, "foreignTradeValue", "Share", "54.7", "P1", P01, industry="民营企业"),
                O(
                    FJ,
                    "foreignTradeValue",
                    "PercentagePointChange",
                    "1.7",
                    "P1",
                    P01,
                    industry="民营企业",
                ),
            ]
            + trade(FJ, P01, "foreignTradeValue", "361350000000", "6.3", industry="国有企业")
            + [O(FJ, "foreignTradeValue", "Share", "22.3", "P1", P01, industry="国有企业")]
            + trade(FJ, P01, "foreignTradeValue", "371830000000", "0.3", industry="外商投资企业")
            + [O(FJ, "foreignTradeValue", "Share", "22.9", "P1", P01, industry="外商投资企业")]
            + trade(FJ, P01, "foreignTradeValue", "340290000000", "13.2", partner="org:asean")
            + trade(FJ, P01, "foreignTradeValue", "216050000000", "14.4", partner="country:USA")
            + trade(FJ, P01, "foreignTradeValue", "201490000000", "21.8", partner="org:eu")
            + trade(FJ, P01, "exportValue", "368240000000", "13.7", industry="机电产品")
            + [O(FJ, "exportValue", "Share", "37.3", "P1", P01, industry="机电产品")]
            + trade(FJ, P01, "exportValue", "310240000000", "4.2", industry="劳动密集型产品")
            + trade(FJ, P01, "exportValue", "69670000000", "18.6", industry="农产品")
            + trade(FJ, P01, "importValue", "35820000000", "11", industry="粮食")
        ),
        "optional_observations": (
            [
                O(
                    FJ,
                    "foreignTradeValue",
                    "Share",
                    "46.7",
                    "P1",
                    P01,
                    industry="东盟、美国、欧盟合计",
                )
            ]
            + trade(FJ, P01, "foreignTradeValue", "596140000000", "14", partner="doc:bri")
            + trade(FJ, P01, "foreignTradeValue", "547330000000", "4.1", partner="doc:rcep")
        ),
        "must_not": [],
        "claims": [],
    },
    "hc02": {
        "editor": "王永生",
        "entities": [
            E("海关总署统计分析司", "Organization", "body:海关总署统计分析司"),
            E("海关总署", "Organization", "org:gacc"),
            E("李魁文", "Person", "person:李魁文@org:gacc"),
            E("东盟", "Organization", "org:asean", True),
            E("欧盟", "Organization", "org:eu", True),
            E("美国", "Country", "country:USA"),
            E("日本", "Country", "country:JPN"),
            E("韩国", "Country", "country:KOR"),
            E("央广网", "Organization", None, True),
            E("丁飞", "Person", "person:丁飞@reporter", True),
        ],
        "relations": [
            R("body:海关总署统计分析司", SUB, "org:gacc"),
            R("person:李魁文@org:gacc", HOLDS, "post:org:gacc#统计分析司司长"),
            R("@article", CONTRIB, "person:丁飞@reporter"),
        ],
        "observations": (
            trade(CHN, P02, "foreignTradeValue", "29040000000000", "1.8")
            + trade(CHN, "2020-11-01/2020-11-30", "foreignTradeValue", "3090000000000", "7.8")
            + [O(CHN, "foreignTradeValue", "Share", "46.4", "P1", P02, industry="民营企业")]
        ),
        "optional_observations": [],
        "must_not": [
            NA("合作", "合作 (cooperation) is not 合作市", PLACE_LABELS),
        ],
        "claims": [],
    },
    "hc03": {
        "editor": "张译文",
        "entities": [
            E("浙江", "Province", "place:330000"),
            E("杭州", "Prefecture", "place:330100"),
            E("中国（西安）跨境电子商务综合试验区", "CrossBorderEcommerceZone", "zone:cbec-610100"),
            E("西安综试区", "CrossBorderEcommerceZone", "zone:cbec-610100"),
            E("西安市商务局", "Organization", "body:西安市商务局"),
            E("西安", "Prefecture", "place:610100"),
            E("商务部", "Organization", "org:mofcom"),
            E("王受文", "Person", "person:王受文@org:mofcom"),
            E("麻晓勤", "Person", "person:麻晓勤@body:西安市商务局"),
            E("全国跨境电商综试区现场会", "Organization", None, True),
            E("跨境电子商务综合试验区", "CrossBorderEcommerceZone", None, True),
            E("综试区", "CrossBorderEcommerceZone", None, True),
            E("前五批", "Batch", None, True),
            E("一带一路", "Legislation", "doc:bri", True),
        ],
        "relations": [
            R("place:330100", CONT, "place:330000"),
            R("body:西安市商务局", AREA, "place:610100"),
            R("person:王受文@org:mofcom", HOLDS, "post:org:mofcom#副部长"),
            R("person:麻晓勤@body:西安市商务局", HOLDS, "post:body:西安市商务局#副局长"),
        ],
        "observations": [
            O("place:610100", "crossBorderEcommerceTradeValue", "Level", "14400000000", "CNY", P06)
        ],
        "optional_observations": [
            O(
                "place:610100",
                "crossBorderEcommerceTradeValue",
                "YearOnYearGrowth",
                "40",
                "P1",
                "2020-01-01/2022-12-31",
                industry="近三年年均增长",
            ),
            O(
                "place:610100",
                "crossBorderEcommerceTradeValue",
                "Level",
                "10000000000",
                "CNY",
                industry="跨境电商专列累计带动（近100亿元）",
            ),
        ],
        "must_not": [
            NA("通道", "开放通道 (channels), not 通道侗族自治县", PLACE_LABELS),
        ],
        "claims": [
            {
                "kind": "kgo:ZonesInFirstBatches",
                "about": CHN,
                "value": 105,
                "zone_type": "kgo:CrossBorderEcommerceZone",
            }
        ],
    },
    "hc04": {
        "editor": "郝欣煜",
        "entities": [
            E("中国政府网", "Organization", "org:gov-cn", True),
            E(
                "《国务院关于设立中蒙二连浩特—扎门乌德经济合作区的批复》",
                "Legislation",
                "doc:guohan-2024-40",
            ),
            E("国函〔2024〕40号", "Legislation", "doc:guohan-2024-40"),
            E("国务院", "Organization", "org:state-council"),
            E("中蒙二连浩特—扎门乌德经济合作区", "PilotZone", "zone:ecz-152501"),
            E(
                "《关于设立中蒙二连浩特—扎门乌德经济合作区的请示》",
                "Legislation",
                "doc:shangzifa-2024-23",
                True,
            ),
            E("商资发〔2024〕23号", "Legislation", "doc:shangzifa-2024-23", True),
            E("批复", "Legislation", "doc:guohan-2024-40", True),
            E("合作区", "PilotZone", "zone:ecz-152501", True),
            E("内蒙古自治区人民政府", "Organization", "body:内蒙古自治区人民政府"),
            E("内蒙古自治区", "Province", "place:150000"),
            E("二连浩特市", "County", "place:152501"),
            E("二连浩特", "County", "place:152501"),
            E("商务部", "Organization", "org:mofcom"),
            E("自然资源部", "Organization", "body:自然资源部"),
            E("一带一路", "Legislation", "doc:bri", True),
            E("中蒙俄经济走廊", "Legislation", None, True),
            E("扎门乌德", "County", None, True),
            E("蒙古国", "Country", "country:MNG"),
            E("东戈壁省", "Province", None, True),
        ],
        "relations": [
            R("doc:guohan-2024-40", LAW, "org:state-council"),
            R("doc:guohan-2024-40", "kgo:establishes", "zone:ecz-152501"),
            R("body:内蒙古自治区人民政府", AREA, "place:150000"),
        ],
        "observations": [],
        "optional_observations": [],
        "must_not": [
            NA("合作", "合作 (cooperation) is not 合作市", PLACE_LABELS),
            NA("中方", "中方区域 is the Chinese side of the zone, not 中方县", PLACE_LABELS),
            NA("友好", "中蒙友好合作 (friendship), not 友好区", PLACE_LABELS),
            N(
                "东区",
                1,
                "the east part of the cooperation zone, not a district named 东区",
                PLACE_LABELS,
            ),
            N(
                "西区",
                1,
                "the west part of the cooperation zone, not a district named 西区",
                PLACE_LABELS,
            ),
        ],
        "claims": [],
    },
    "hc05": {
        "editor": "李桂芳",
        "entities": [
            E("商务部", "Organization", "org:mofcom"),
            E("何亚东", "Person", "person:何亚东@org:mofcom"),
            E("国务院", "Organization", "org:state-council"),
            E(
                "《关于进一步优化外商投资环境 加大吸引外商投资力度的意见》",
                "Legislation",
                "title:关于进一步优化外商投资环境 加大吸引外商投资力度的意见",
            ),
            E(
                "外资24条",
                "Legislation",
                "title:关于进一步优化外商投资环境 加大吸引外商投资力度的意见",
            ),
            E("2024全国网上年货节", "Organization", None, True),
            E("消费促进年", "Organization", None, True),
            E("上海", "Province", "place:310000"),
            E("广西", "Province", "place:450000"),
            E("陕西", "Province", "place:610000"),
            E("东盟电商主题周", "Organization", None, True),
            E("东盟", "Organization", "org:asean", True),
            E("中亚", "Country", None, True),
            E("中欧班列年货节", "Organization", None, True),
            E("桂品出海", "Organization", None, True),
            E("天津", "Province", "place:120000"),
            E("江苏", "Province", "place:320000"),
            E("黑龙江", "Province", "place:230000"),
        ],
        "relations": [
            R("person:何亚东@org:mofcom", HOLDS, "post:org:mofcom#新闻发言人"),
            R(
                "title:关于进一步优化外商投资环境 加大吸引外商投资力度的意见",
                LAW,
                "org:state-council",
            ),
        ],
        "observations": [],
        "optional_observations": [
            O(
                CHN,
                "retailSalesValue",
                "Level",
                "1200000000000",
                "CNY",
                "2024-01-18/2024-02-17",
                industry="网络零售额（网上年货节期间）",
            ),
        ],
        "must_not": [
            NA("合作", "合作 (working together) is not 合作市", PLACE_LABELS),
        ],
        "claims": [],
    },
    "hc06": {
        "editor": "陈志强",
        "entities": [
            E("安徽省人民政府新闻办公室", "Organization", "body:安徽省人民政府新闻办公室"),
            E("安徽省统计局", "Organization", "body:安徽省统计局"),
            E("过劲松", "Person", "person:过劲松@body:安徽省统计局"),
            E("安徽", "Province", AH),
        ],
        "relations": [
            R("body:安徽省人民政府新闻办公室", SUB, "body:安徽省人民政府"),
            R("body:安徽省人民政府新闻办公室", AREA, AH),
            R("body:安徽省统计局", AREA, AH),
            R("person:过劲松@body:安徽省统计局", HOLDS, "post:body:安徽省统计局#总统计师"),
        ],
        "observations": (
            [
                O(AH, "gdp", "Level", "4504500000000", "CNY", P06),
                O(AH, "gdp", "YearOnYearGrowth", "3.5", "P1", P06),
            ]
            + [
                O(AH, "gdp", "Level", "351370000000", "CNY", P06, industry="第一产业"),
                O(AH, "gdp", "YearOnYearGrowth", "4", "P1", P06, industry="第一产业"),
                O(AH, "gdp", "Level", "1858800000000", "CNY", P06, industry="第二产业"),
                O(AH, "gdp", "YearOnYearGrowth", "5.1", "P1", P06, industry="第二产业"),
                O(AH, "gdp", "Level", "2294330000000", "CNY", P06, industry="第三产业"),
                O(AH, "gdp", "YearOnYearGrowth", "2.2", "P1", P06, industry="第三产业"),
                O(
                    AH,
                    "industrialValueAdded",
                    "YearOnYearGrowth",
                    "6.1",
                    "P1",
                    P06,
                    industry="规模以上工业",
                ),
                O(
                    AH,
                    "gdp",
                    "YearOnYearGrowth",
                    "7.6",
                    "P1",
                    P06,
                    industry="信息传输、软件和信息技术服务业",
                ),
                O(AH, "gdp", "YearOnYearGrowth", "7.5", "P1", P06, industry="金融业"),
                O(AH, "fixedAssetInvestment", "YearOnYearGrowth", "9", "P1", P06),
            ]
            + trade(AH, P06, "foreignTradeValue", "753060000000", "8.9")
            + [
                O(AH, "exportValue", "YearOnYearGrowth", "104.6", "P1", P06, industry="汽车"),
                O(AH, "exportValue", "YearOnYearGrowth", "52.9", "P1", P06, industry="太阳能电池"),
                O(AH, "exportValue", "YearOnYearGrowth", "24.4", "P1", P06, industry="笔记本电脑"),
            ]
        ),
        "optional_observations": [
            O(AH, "gdp", "YearOnYearGrowth", "2.2", "P1", P06, industry="服务业"),
            O(
                AH,
                "industrialValueAdded",
                "PercentagePointChange",
                "2.5",
                "P1",
                P06,
                industry="高于全国",
            ),
            O(
                AH,
                "fixedAssetInvestment",
                "PercentagePointChange",
                "3.9",
                "P1",
                P06,
                industry="高于全国",
            ),
            O(
                AH,
                "foreignTradeValue",
                "PercentagePointChange",
                "1.2",
                "P1",
                P06,
                industry="高于全国",
            ),
        ],
        "must_not": [
            NA("新兴", "新兴服务业 (emerging services), not 新兴县", PLACE_LABELS),
        ],
        "claims": [],
    },
    "hc07": {
        "editor": "郭明煜",
        "entities": [
            E("商务部", "Organization", "org:mofcom"),
            E("德国", "Country", "country:DEU"),
            E("韩国", "Country", "country:KOR"),
            E("日本", "Country", "country:JPN"),
            E("英国", "Country", "country:GBR"),
            E("《外商投资统计调查制度》", "Legislation", "title:外商投资统计调查制度"),
            E("新华社", "Organization", "org:xinhua", True),
            E("谢希瑶", "Person", "person:谢希瑶@reporter", True),
            E("潘洁", "Person", "person:潘洁@reporter", True),
        ],
        "relations": [
            R("@article", CONTRIB, "person:谢希瑶@reporter"),
            R("@article", CONTRIB, "person:潘洁@reporter"),
        ],
        "observations": (
            trade(CHN, P07, "foreignInvestmentValue", "1003760000000", "15.6")
            + [
                O(CHN, "foreignInvestmentValue", "Level", "155300000000", "USD", P07),
                O(CHN, "foreignInvestmentValue", "YearOnYearGrowth", "18.9", "P1", P07),
            ]
            + trade(CHN, P07, "foreignInvestmentValue", "741430000000", "6.7", industry="服务业")
            + [
                O(
                    CHN,
                    "foreignInvestmentValue",
                    "YearOnYearGrowth",
                    "32.3",
                    "P1",
                    P07,
                    industry="高技术产业",
                ),
                O(
                    CHN,
                    "foreignInvestmentValue",
                    "YearOnYearGrowth",
                    "48.6",
                    "P1",
                    P07,
                    industry="高技术制造业",
                ),
                O(
                    CHN,
                    "foreignInvestmentValue",
                    "YearOnYearGrowth",
                    "27.9",
                    "P1",
                    P07,
                    industry="高技术服务业",
                ),
                O(
                    CHN,
                    "foreignInvestmentValue",
                    "YearOnYearGrowth",
                    "114.3",
                    "P1",
                    P07,
                    partner="country:DEU",
                ),
                O(
                    CHN,
                    "foreignInvestmentValue",
                    "YearOnYearGrowth",
                    "90.7",
                    "P1",
                    P07,
                    partner="country:KOR",
                ),
                O(
                    CHN,
                    "foreignInvestmentValue",
                    "YearOnYearGrowth",
                    "39.5",
                    "P1",
                    P07,
                    partner="country:JPN",
                ),
                O(
                    CHN,
                    "foreignInvestmentValue",
                    "YearOnYearGrowth",
                    "22.3",
                    "P1",
                    P07,
                    partner="country:GBR",
                ),
            ]
        ),
        "optional_observations": [
            O(
                CHN,
                "foreignInvestmentValue",
                "YearOnYearGrowth",
                "13.3",
                "P1",
                P07,
                industry="东部地区",
            ),
            O(
                CHN,
                "foreignInvestmentValue",
                "YearOnYearGrowth",
                "34.8",
                "P1",
                P07,
                industry="中部地区",
            ),
            O(
                CHN,
                "foreignInvestmentValue",
                "YearOnYearGrowth",
                "33",
                "P1",
                P07,
                industry="西部地区",
            ),
        ],
        "must_not": [
            N(
                "自由港",
                1,
                "free ports in general (investment routed through them), not a zone instance",
                ZONE_LABELS,
            )
        ],
        "claims": [],
    },
    "hc08": {
        "editor": "张熠",
        "entities": [
            E("上海自贸试验区临港新片区", "FreeTradeZone", "zone:ftz-310000"),
            E("临港新片区", "FreeTradeZone", "zone:ftz-310000", True),
            E("山东自贸试验区", "FreeTradeZone", "zone:ftz-370000"),
            E("河北自贸试验区", "FreeTradeZone", "zone:ftz-130000"),
            E("天津自贸试验区", "FreeTradeZone", "zone:ftz-120000"),
            E("长三角自贸试验区联盟", "Organization", None, True),
            E("黄河流域自贸试验区联盟", "Organization", None, True),
            E("自贸试验区", "FreeTradeZone", None, True),
            E("山东", "Province", "place:370000"),
            E("江苏", "Province", "place:320000"),
            E("广西", "Province", "place:450000"),
            E("河北", "Province", "place:130000"),
            E("云南", "Province", "place:530000"),
            E("黑龙江", "Province", "place:230000"),
            E("上海", "Province", "place:310000"),
            E("北京", "Province", "place:110000"),
            E("西安", "Prefecture", "place:610100"),
            E("北部湾港", "Organization", None, True),
            E("商务部", "Organization", "org:mofcom"),
            E("总体方案", "Legislation", None, True),
        ],
        "relations": [],
        "observations": [],
        "optional_observations": [],
        "must_not": [
            NA("合作", "合作 (cooperation) is not 合作市", PLACE_LABELS),
            NA("通道", "跨境通道 (corridors), not 通道侗族自治县", PLACE_LABELS),
        ],
        "claims": [],
    },
    "hc09": {
        "editor": "林婷",
        "entities": [
            E("三明市人民政府办公室", "Organization", "body:三明市人民政府办公室"),
            E(
                "《中国（三明）跨境电子商务综合试验区建设三年行动方案（2025-2027年）》",
                "Legislation",
                "title:中国（三明）跨境电子商务综合试验区建设三年行动方案（2025-2027年）",
            ),
            E("市政府", "Organization", "body:三明市人民政府"),
            E(
                "《国务院办公厅关于促进跨境电子商务健康快速发展的指导意见》",
                "Legislation",
                "doc:guobanfa-2015-46",
            ),
            E("国办发〔2015〕46号", "Legislation", "doc:guobanfa-2015-46"),
            E("国务院办公厅", "Organization", "org:state-council-general-office"),
            E("国务院", "Organization", "org:state-council"),
            E(
                "《国务院关于同意在海南全岛和秦皇岛等15个城市（地区）设立跨境电子商务综合试验区的批复》",
                "Legislation",
                "doc:guohan-2025-40",
            ),
            E("国函〔2025〕40号", "Legislation", "doc:guohan-2025-40"),
            E("批复", "Legislation", "doc:guohan-2025-40", True),
            E("福建省人民政府办公厅", "Organization", "body:福建省人民政府办公厅"),
            E(
                "《中国（三明）跨境电子商务综合试验区实施方案》",
                "Legislation",
                "doc:minzhengban-2025-19",
            ),
            E("闽政办〔2025〕19号", "Legislation", "doc:minzhengban-2025-19"),
            E("方案", "Legislation", None, True),
            E("中国（三明）跨境电子商务综合试验区", "CrossBorderEcommerceZone", "zone:cbec-350400"),
            E("三明综试区", "CrossBorderEcommerceZone", "zone:cbec-350400"),
            E("综试区", "CrossBorderEcommerceZone", None, True),
            E("福建省", "Province", "place:350000"),
            E("三明市", "Prefecture", "place:350400"),
            E("三明", "Prefecture", "place:350400"),
            E("海南", "Province", "place:460000"),
            E("秦皇岛", "Prefecture", "place:130300"),
            E("生态工贸区", "PilotZone", None, True),
        ],
        "relations": [
            R(
                "title:中国（三明）跨境电子商务综合试验区建设三年行动方案（2025-2027年）",
                LAW,
                "body:三明市人民政府办公室",
            ),
            R("doc:guobanfa-2015-46", LAW, "org:state-council-general-office"),
            R("doc:guohan-2025-40", LAW, "org:state-council"),
            R("doc:guohan-2025-40", "kgo:establishes", "zone:cbec-350400"),
            R("doc:minzhengban-2025-19", LAW, "body:福建省人民政府办公厅"),
            R("body:三明市人民政府办公室", SUB, "body:三明市人民政府"),
            R("body:三明市人民政府办公室", AREA, "place:350400"),
            R("body:福建省人民政府办公厅", SUB, "body:福建省人民政府"),
            R("body:福建省人民政府办公厅", AREA, "place:350000"),
            R("place:350400", CONT, "place:350000"),
        ],
        "observations": [
            O(
                "place:350400",
                "crossBorderEcommerceTradeValue",
                "Level",
                "2000000000",
                "CNY",
                "2027-01-01/2027-12-31",
                target=True,
            )
        ],
        "optional_observations": [],
        "must_not": [],
        "claims": [],
    },
    "hc10": {
        "editor": "赵思远",
        "entities": [],
        "relations": [],
        "observations": [],
        "optional_observations": [],
        "must_not": [],
        "claims": [],
    },
    "hc11": {
        "editor": "罗文",
        "entities": [
            E("四川省", "Province", "place:510000"),
            E("达州市气象台", "Organization", "body:达州市气象台", True),
            E("达州", "Prefecture", "place:511700"),
            E("万源", "County", "place:511781"),
            E("宣汉", "County", "place:511722"),
            E("达川", "County", "place:511703"),
            E("开江", "County", "place:511723"),
            E("大竹", "County", "place:511724"),
            E("渠县", "County", "place:511725"),
            E("国家预警信息发布中心", "Organization", None, True),
        ],
        "relations": [
            R("place:511781", CONT, "place:511700"),
            R("place:511722", CONT, "place:511700"),
            R("place:511703", CONT, "place:511700"),
            R("place:511723", CONT, "place:511700"),
            R("place:511724", CONT, "place:511700"),
            R("place:511725", CONT, "place:511700"),
            R("place:511700", CONT, "place:510000"),
        ],
        "observations": [],
        "optional_observations": [],
        "must_not": [],
        "claims": [],
    },
    "hc12": {
        "editor": "许诺",
        "entities": [
            E("苹果公司", "Organization", None, True),
            E("苹果", "Organization", None, True),
        ],
        "relations": [],
        "observations": [],
        "optional_observations": [],
        "must_not": [N("北京", 1, "北京时间 is the time zone, not the place", PLACE_LABELS)],
        "claims": [],
    },
}


def main() -> None:
    """Write the set's gold JSON files."""
    write_gold(HERE, SPECS, R)


if __name__ == "__main__":
    main()
