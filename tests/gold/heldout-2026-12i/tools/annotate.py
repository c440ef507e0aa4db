"""Write the gold files of heldout-2026-12i from the annotator's span lists (format 2).

Input: SPECS below (entities, must-not traps, relations, observations, claims per article),
written by reading ``kg.ingest.read_article(path).body`` of articles/hiNN.md, captions
included. Output: hiNN.json with ``"captions": true``, one entity per occurrence, and the
containment relations of ../../tools/containment.py computed from the must-find places.
It does not: run or read an extractor.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository root

from kg.refdata import load_reference  # noqa: E402
from tests.gold.tools.containment import add_relations, containment, place_codes  # noqa: E402
from tests.gold.tools.heldout import NA, E, N, O, R, write_gold  # noqa: E402

HERE = Path(__file__).resolve().parent.parent
ZONES = ["CrossBorderEcommerceZone", "FreeTradeZone", "PilotZone"]
PS = "schema:legislationPassedBy"
EST = "kgo:establishes"
AREA = "schema:areaServed"
SUB = "org:subOrganizationOf"
HOLDS = "org:holds"

Y2020 = "2020-01-01/2020-12-31"
Y2021 = "2021-01-01/2021-12-31"
Y2023 = "2023-01-01/2023-12-31"
Y2024 = "2024-01-01/2024-12-31"
DEC2023 = "2023-12-01/2023-12-31"
BRI = "doc:bri"


def spec(editor, entities, must_not=(), relations=(), observations=(), optional=(), claims=()):
    return {
        "editor": editor,
        "entities": list(entities),
        "must_not": list(must_not),
        "relations": list(relations),
        "observations": list(observations),
        "optional_observations": list(optional),
        "claims": list(claims),
    }


SD, SDP = "place:370000", "Province"
SPECS = {
    "hi01": spec(
        "周楠",
        [
            E("济南海关", "Organization", "body:济南海关"),
            E("山东省", "Province", "place:370000"),
            E("山东", "Province", "place:370000"),
            E("东盟", "Organization", "org:asean", opt=True),
            E("欧盟", "Organization", "org:eu", opt=True),
            E("韩国", "Country", "country:KOR"),
            E("一带一路", "Legislation", BRI, opt=True),
            E("青岛市", "Prefecture", "place:370200"),
            E("日照市", "Prefecture", "place:371100"),
            E("潍坊市", "Prefecture", "place:370700"),
            E("寿光市", "County", "place:370783"),
            E("青岛海关", "Organization", "body:青岛海关"),
            E("RCEP", "Legislation", "doc:rcep"),
            E("日本", "Country", "country:JPN"),
            E("烟台", "Prefecture", "place:370600"),
        ],
        [N("芝罘", 1, "芝罘湾, a bay in a port area name, not the district 芝罘区")],
        relations=[
            R("body:济南海关", AREA, "place:370100"),
            R("body:青岛海关", AREA, "place:370200"),
        ],
        observations=[
            O(SD, "foreignTradeValue", "Level", "3260000000000", "CNY", Y2023),
            O(SD, "foreignTradeValue", "YearOnYearGrowth", "1.7", "P1", Y2023),
            O(SD, "foreignTradeValue", "Share", "7.8", "P1", Y2023),
            O(SD, "exportValue", "Level", "1950000000000", "CNY", Y2023),
            O(SD, "exportValue", "YearOnYearGrowth", "4.2", "P1", Y2023),
            O(SD, "importValue", "Level", "1310000000000", "CNY", Y2023),
            O(SD, "importValue", "YearOnYearGrowth", "-1.9", "P1", Y2023),
            O(SD, "foreignTradeValue", "Level", "295040000000", "CNY", DEC2023),
            O(SD, "foreignTradeValue", "YearOnYearGrowth", "6.2", "P1", DEC2023),
            O(SD, "exportValue", "Level", "179620000000", "CNY", DEC2023),
            O(SD, "exportValue", "YearOnYearGrowth", "9.5", "P1", DEC2023),
            O(SD, "foreignTradeValue", "Level", "521060000000", "CNY", Y2023, "org:asean"),
            O(SD, "foreignTradeValue", "Level", "362010000000", "CNY", Y2023, "org:eu"),
            O(SD, "foreignTradeValue", "Level", "295070000000", "CNY", Y2023, "country:KOR"),
            O(SD, "foreignTradeValue", "YearOnYearGrowth", "5.6", "P1", Y2023, "org:asean"),
            O(SD, "foreignTradeValue", "YearOnYearGrowth", "-2.4", "P1", Y2023, "org:eu"),
            O(SD, "foreignTradeValue", "YearOnYearGrowth", "-4.1", "P1", Y2023, "country:KOR"),
            O(SD, "foreignTradeValue", "Level", "1800000000000", "CNY", Y2023, BRI),
            O(SD, "foreignTradeValue", "YearOnYearGrowth", "6.3", "P1", Y2023, BRI),
            O(SD, "foreignTradeValue", "Share", "55.2", "P1", Y2023, BRI),
            O(SD, "foreignTradeValue", "Level", "2430000000000", "CNY", Y2023, industry="民营企业"),
            O(SD, "foreignTradeValue", "YearOnYearGrowth", "4.6", "P1", Y2023, industry="民营企业"),
            O(SD, "foreignTradeValue", "Share", "74.5", "P1", Y2023, industry="民营企业"),
            O("place:370200", "foreignTradeValue", "Level", "900020000000", "CNY", Y2023),
            O("place:370200", "foreignTradeValue", "Share", "27.6", "P1", Y2023),
        ],
    ),
    "hi02": spec(
        "钱程",
        [
            E("安徽省商务厅", "Organization", "body:安徽省商务厅"),
            E(
                "国务院关于同意设立安庆综合保税区的批复",
                "Legislation",
                "title:国务院关于同意设立安庆综合保税区的批复",
            ),
            E("国务院", "Organization", "org:state-council"),
            E("安庆综合保税区", "PilotZone", "zone:bonded-340800"),
            E("海关总署", "Organization", "org:gacc"),
            E("安徽省人民政府", "Organization", "body:安徽省人民政府"),
            E("安徽", "Province", "place:340000"),
            E("合肥", "Prefecture", "place:340100"),
            E("芜湖", "Prefecture", "place:340200"),
            E("马鞍山", "Prefecture", "place:340500"),
            E("安庆市商务局", "Organization", "body:安庆市商务局"),
            E("安庆市", "Prefecture", "place:340800"),
            E("安庆", "Prefecture", "place:340800"),
            E("池州", "Prefecture", "place:341700"),
        ],
        [
            NA("综保区", "a zone type, not an instance", ZONES),
            N("会同", 1, "会同 (together with), not 会同县"),
            N("新平", 1, "新平台, not 新平县"),
        ],
        [
            R("title:国务院关于同意设立安庆综合保税区的批复", PS, "org:state-council"),
            R("title:国务院关于同意设立安庆综合保税区的批复", EST, "zone:bonded-340800"),
            R("body:安徽省商务厅", AREA, "place:340000"),
            R("body:安徽省人民政府", AREA, "place:340000"),
            R("body:安庆市商务局", AREA, "place:340800"),
        ],
        [
            O("place:340800", "foreignTradeValue", "Level", "13060000000", "CNY", Y2020),
            O("place:340800", "foreignTradeValue", "YearOnYearGrowth", "10.5", "P1", Y2020),
            O("place:340800", "exportValue", "Level", "8230000000", "CNY", Y2020),
            O("place:340800", "exportValue", "YearOnYearGrowth", "8.7", "P1", Y2020),
            O("place:340800", "exportValue", "Share", "63", "P1", Y2020),
        ],
        claims=[
            {
                "kind": "kgo:ZonesInPlace",
                "about": "place:340000",
                "value": 5,
                "zone_type": "kgo:PilotZone",
            }
        ],
    ),
    "hi03": spec(
        "白露",
        [
            E("中国（陕西）自由贸易试验区", "FreeTradeZone", "zone:ftz-610000"),
            E("陕西省人民政府新闻办公室", "Organization", "body:陕西省人民政府新闻办公室"),
            E("陕西省商务厅", "Organization", "body:陕西省商务厅"),
            E("陕西自贸试验区", "FreeTradeZone", "zone:ftz-610000"),
            E("国务院", "Organization", "org:state-council"),
            E(
                "中国（陕西）自由贸易试验区总体方案",
                "Legislation",
                "title:中国（陕西）自由贸易试验区总体方案",
            ),
            E("中心片区", "PilotZone", opt=True),
            E("西安国际港务区片区", "PilotZone", opt=True),
            E("杨凌示范区片区", "PilotZone", opt=True),
            E("咸阳市", "Prefecture", "place:610400"),
            E("杨陵区", "County", "place:610403"),
            E("西安", "Prefecture", "place:610100"),
            E("哈萨克斯坦", "Country", "country:KAZ"),
            E("俄罗斯", "Country", "country:RUS"),
            E("德国", "Country", "country:DEU"),
            E("波兰", "Country", "country:POL"),
            E("西安海关", "Organization", "body:西安海关"),
            E("西安市", "Prefecture", "place:610100"),
            E("陕西", "Province", "place:610000"),
            E("陕西省", "Province", "place:610000"),
            E("一带一路", "Legislation", BRI, opt=True),
        ],
        [
            NA("长安", "“长安号”, a train service, not 西安市长安区"),
            NA("合作", "合作 (cooperation), not 合作市"),
        ],
        relations=[
            R("title:中国（陕西）自由贸易试验区总体方案", PS, "org:state-council"),
            R("title:中国（陕西）自由贸易试验区总体方案", EST, "zone:ftz-610000"),
            R("body:陕西省人民政府新闻办公室", SUB, "body:陕西省人民政府"),
            R("body:陕西省人民政府新闻办公室", AREA, "place:610000"),
            R("body:陕西省商务厅", AREA, "place:610000"),
            R("body:西安海关", AREA, "place:610100"),
        ],
        observations=[
            O("place:610100", "foreignTradeValue", "Level", "440090000000", "CNY", Y2021),
            O("place:610100", "foreignTradeValue", "YearOnYearGrowth", "24.2", "P1", Y2021),
            O("place:610100", "foreignTradeValue", "Share", "92.5", "P1", Y2021),
        ],
    ),
    "hi04": spec(
        "陈曦",
        [
            E("商务部", "Organization", "org:mofcom"),
            E("何咏前", "Person", "person:何咏前@org:mofcom"),
            E("一带一路", "Legislation", BRI, opt=True),
            E("东盟", "Organization", "org:asean", opt=True),
            E("越南", "Country", "country:VNM"),
            E("马来西亚", "Country", "country:MYS"),
            E("上海", "Province", "place:310000"),
            E("商务部对外贸易司", "Organization", "org:mofcom-foreign-trade-dept"),
            E(
                "关于促进外贸稳定增长的若干政策措施",
                "Legislation",
                "title:关于促进外贸稳定增长的若干政策措施",
            ),
            E("中国—东盟自贸区3.0版", "Legislation", "doc:china-asean-fta"),
            E("区域全面经济伙伴关系协定", "Legislation", "doc:rcep"),
        ],
        [
            N("自贸区", 1, "the China–ASEAN FTA is an agreement, not a pilot zone", ZONES),
            N("自贸区", 2, "自贸区网络: free-trade agreements", ZONES),
            N("中方", 1, "中方 (the Chinese side), not 中方县", ["County"]),
            NA("合作", "合作 (cooperation), not 合作市"),
        ],
        [
            R("person:何咏前@org:mofcom", HOLDS, "post:org:mofcom#新闻发言人"),
            R("org:mofcom-foreign-trade-dept", SUB, "org:mofcom"),
        ],
        [
            O("country:CHN", "foreignTradeValue", "Level", "43850000000000", "CNY", Y2024),
            O("country:CHN", "foreignTradeValue", "YearOnYearGrowth", "5", "P1", Y2024),
            O("country:CHN", "exportValue", "Level", "25450000000000", "CNY", Y2024),
            O("country:CHN", "exportValue", "YearOnYearGrowth", "7.1", "P1", Y2024),
            O("country:CHN", "importValue", "Level", "18390000000000", "CNY", Y2024),
            O("country:CHN", "importValue", "YearOnYearGrowth", "2.3", "P1", Y2024),
            O("country:CHN", "foreignTradeValue", "Level", "22070000000000", "CNY", Y2024, BRI),
            O("country:CHN", "foreignTradeValue", "YearOnYearGrowth", "6.4", "P1", Y2024, BRI),
            O("country:CHN", "foreignTradeValue", "Share", "50.3", "P1", Y2024, BRI),
            O(
                "country:CHN",
                "foreignTradeValue",
                "Level",
                "6980000000000",
                "CNY",
                Y2024,
                "org:asean",
            ),
            O(
                "country:CHN",
                "foreignTradeValue",
                "YearOnYearGrowth",
                "9",
                "P1",
                Y2024,
                "org:asean",
            ),
            O(
                "country:CHN",
                "crossBorderEcommerceTradeValue",
                "Level",
                "2630000000000",
                "CNY",
                Y2024,
            ),
            O(
                "country:CHN",
                "crossBorderEcommerceTradeValue",
                "YearOnYearGrowth",
                "10.8",
                "P1",
                Y2024,
            ),
        ],
    ),
    "hi05": spec(
        "孔蕾",
        [
            E("河南省统计局", "Organization", "body:河南省统计局"),
            E("河南", "Province", "place:410000"),
            E("郑州市", "Prefecture", "place:410100"),
            E("省统计局", "Organization", "body:河南省统计局"),
            E("洛阳市", "Prefecture", "place:410300"),
            E("老城区", "County", "place:410302"),
        ],
        relations=[R("body:河南省统计局", AREA, "place:410000")],
        observations=[
            O("place:410000", "gdp", "Level", "5913239000000", "CNY", Y2023),
            O("place:410000", "gdp", "YearOnYearGrowth", "4.1", "P1", Y2023),
            O("place:410000", "gdp", "Level", "536015000000", "CNY", Y2023, industry="第一产业"),
            O("place:410000", "gdp", "YearOnYearGrowth", "1.8", "P1", Y2023, industry="第一产业"),
            O("place:410000", "gdp", "Level", "2217527000000", "CNY", Y2023, industry="第二产业"),
            O("place:410000", "gdp", "YearOnYearGrowth", "4.7", "P1", Y2023, industry="第二产业"),
            O("place:410000", "gdp", "Level", "3159698000000", "CNY", Y2023, industry="第三产业"),
            O("place:410000", "gdp", "YearOnYearGrowth", "3.9", "P1", Y2023, industry="第三产业"),
            O("place:410000", "industrialValueAdded", "YearOnYearGrowth", "5.0", "P1", Y2023),
            O("place:410000", "retailSalesValue", "Level", "2600445000000", "CNY", Y2023),
            O("place:410000", "retailSalesValue", "YearOnYearGrowth", "5.2", "P1", Y2023),
            O("place:410000", "fixedAssetInvestment", "YearOnYearGrowth", "2.1", "P1", Y2023),
            O("place:410000", "realEstateInvestment", "YearOnYearGrowth", "-9.3", "P1", Y2023),
            O("place:410000", "foreignTradeValue", "Level", "810790000000", "CNY", Y2023),
            O("place:410000", "foreignTradeValue", "YearOnYearGrowth", "-5.5", "P1", Y2023),
            O("place:410100", "gdp", "Level", "1361780000000", "CNY", Y2023),
            O("place:410100", "gdp", "YearOnYearGrowth", "7.4", "P1", Y2023),
        ],
    ),
    "hi06": spec(
        "俞佳",
        [
            E("宁波市第十六届人民代表大会第四次会议", "Organization", opt=True),
            E("宁波市", "Prefecture", "place:330200"),
            E("汤飞帆", "Person", "person:汤飞帆@body:宁波市人民政府"),
            E("市人民政府", "Organization", "body:宁波市人民政府"),
            E("政府工作报告", "Legislation", "title:政府工作报告"),
            E("宁波", "Prefecture", "place:330200"),
            E("舟山", "Prefecture", "place:330900"),
            E("北仑区", "County", "place:330206"),
            E("镇海区", "County", "place:330211"),
            E("中国（浙江）自由贸易试验区", "FreeTradeZone", "zone:ftz-330000"),
            E("宁波片区", "PilotZone", opt=True),
        ],
        [
            N("港口", 1, "港口合作 (port cooperation), not 防城港市港口区"),
            NA("合作", "合作 (cooperation), not 合作市"),
        ],
        relations=[
            R("person:汤飞帆@body:宁波市人民政府", HOLDS, "post:body:宁波市人民政府#市长"),
            R("body:宁波市人民政府", AREA, "place:330200"),
            R("title:政府工作报告", PS, "body:宁波市人民政府"),
        ],
        observations=[
            O("place:330200", "gdp", "Level", "1645280000000", "CNY", Y2023),
            O("place:330200", "gdp", "YearOnYearGrowth", "5.5", "P1", Y2023),
            O("place:330200", "foreignTradeValue", "Level", "1270000000000", "CNY", Y2023),
            O("place:330200", "exportValue", "Level", "822870000000", "CNY", Y2023),
            O("place:330200", "exportValue", "YearOnYearGrowth", "0.7", "P1", Y2023),
            O("place:330200", "gdp", "YearOnYearGrowth", "5.5", "P1", Y2024, target=True),
            O(
                "place:330200",
                "retailSalesValue",
                "YearOnYearGrowth",
                "6",
                "P1",
                Y2024,
                target=True,
            ),
            O(
                "place:330200",
                "foreignInvestmentValue",
                "Level",
                "4000000000",
                "USD",
                Y2024,
                target=True,
            ),
        ],
    ),
    "hi07": spec(
        "格日勒",
        [
            E("满洲里海关", "Organization", "body:满洲里海关"),
            E("满洲里市商务局", "Organization", "body:满洲里市商务局"),
            E("满洲里市", "County", "place:150781"),
            E("满洲里", "County", "place:150781"),
            E("内蒙古自治区", "Province", "place:150000"),
            E("呼伦贝尔市", "Prefecture", "place:150700"),
            E("俄罗斯", "Country", "country:RUS"),
            E("苏州", "Prefecture", "place:320500"),
            E("长沙", "Prefecture", "place:430100"),
            E("成都", "Prefecture", "place:510100"),
            E("德国", "Country", "country:DEU"),
            E("波兰", "Country", "country:POL"),
            E("二连浩特", "County", "place:152501"),
            E("阿拉山口", "County", "place:652702"),
        ],
        relations=[
            R("body:满洲里海关", AREA, "place:150781"),
            R("body:满洲里市商务局", AREA, "place:150781"),
        ],
        observations=[
            O("place:150781", "foreignTradeValue", "Level", "42530000000", "CNY", Y2023),
            O("place:150781", "foreignTradeValue", "YearOnYearGrowth", "12.6", "P1", Y2023),
            O(
                "place:150781",
                "foreignTradeValue",
                "Level",
                "39810000000",
                "CNY",
                Y2023,
                "country:RUS",
            ),
            O("place:150781", "foreignTradeValue", "Share", "93.6", "P1", Y2023, "country:RUS"),
        ],
    ),
    "hi08": spec(
        "马骁",
        [
            E("兰州海关综合业务处", "Organization", "body:兰州海关综合业务处"),
            E("兰州海关", "Organization", "body:兰州海关"),
            E("甘肃省", "Province", "place:620000"),
            E("甘肃", "Province", "place:620000"),
            E("一带一路", "Legislation", BRI, opt=True),
            E("澳大利亚", "Country", "country:AUS"),
            E("蒙古国", "Country", "country:MNG"),
            E("哈萨克斯坦", "Country", "country:KAZ"),
            E("金昌市", "Prefecture", "place:620300"),
            E("兰州市", "Prefecture", "place:620100"),
            E("天水市", "Prefecture", "place:620500"),
            E("武威市", "Prefecture", "place:620600"),
            E("兰州新区综合保税区", "PilotZone", "zone:bonded-620100"),
            E("武威保税物流中心", "PilotZone", opt=True),
        ],
        [NA("综保区", "a zone type, not an instance", ZONES)],
        [
            R("body:兰州海关", AREA, "place:620100"),
            R("body:兰州海关综合业务处", SUB, "body:兰州海关"),
        ],
        [
            O("place:620000", "foreignTradeValue", "Level", "49180000000", "CNY", Y2023),
            O("place:620000", "exportValue", "Level", "12750000000", "CNY", Y2023),
            O("place:620000", "exportValue", "YearOnYearGrowth", "26.2", "P1", Y2023),
            O("place:620000", "importValue", "Level", "36430000000", "CNY", Y2023),
            O("place:620000", "importValue", "YearOnYearGrowth", "-21.3", "P1", Y2023),
            O("place:620000", "foreignTradeValue", "Level", "26570000000", "CNY", Y2023, BRI),
            O("place:620000", "foreignTradeValue", "Share", "54", "P1", Y2023, BRI),
        ],
    ),
    "hi09": spec(
        "韦琳",
        [
            E("广西壮族自治区", "Province", "place:450000"),
            E("防城港市", "Prefecture", "place:450600"),
            E("防城港", "Prefecture", "place:450600"),
            E("东兴市商务和口岸管理局", "Organization", "body:东兴市商务和口岸管理局"),
            E("东兴海关", "Organization", "body:东兴海关"),
            E("东兴市", "County", "place:450681"),
            E("东兴", "County", "place:450681"),
            E("越南", "Country", "country:VNM"),
            E("边民互市贸易管理办法", "Legislation", "title:边民互市贸易管理办法"),
            E("政府工作报告", "Legislation", "title:政府工作报告"),
            E("崇左市", "Prefecture", "place:451400"),
            E("凭祥市", "County", "place:451481"),
            E("中国—东盟自贸区", "Legislation", "doc:china-asean-fta"),
            E("RCEP", "Legislation", "doc:rcep"),
            E("南宁", "Prefecture", "place:450100"),
            E("东盟", "Organization", "org:asean", opt=True),
        ],
        [
            N("自贸区", 1, "the China–ASEAN FTA is an agreement, not a pilot zone", ZONES),
            N("北仑", 1, "北仑河 (a river) is not 宁波市北仑区"),
            N("通道", 1, "通道作用 (a corridor), not 通道侗族自治县"),
        ],
        [
            R("body:东兴市商务和口岸管理局", AREA, "place:450681"),
            R("body:东兴海关", AREA, "place:450681"),
        ],
        [
            O(
                "place:450681",
                "foreignTradeValue",
                "Level",
                "27360000000",
                "CNY",
                Y2023,
                industry="边民互市贸易",
            ),
            O(
                "place:450681",
                "foreignTradeValue",
                "YearOnYearGrowth",
                "33.5",
                "P1",
                Y2023,
                industry="边民互市贸易",
            ),
            O(
                "place:450681",
                "foreignTradeValue",
                "YearOnYearGrowth",
                "10",
                "P1",
                Y2024,
                industry="边民互市贸易",
                target=True,
            ),
        ],
    ),
    "hi10": spec(
        "符晓",
        [
            E("中央气象台", "Organization", "body:中央气象台"),
            E("海南省", "Province", "place:460000"),
            E("文昌市", "County", "place:469005"),
            E("海口市", "Prefecture", "place:460100"),
            E("海口", "Prefecture", "place:460100"),
            E("美兰", "County", "place:460108"),
            E("东方航空", "Organization", opt=True),
            E("南方航空", "Organization", opt=True),
            E("广东省", "Province", "place:440000"),
            E("湛江市", "Prefecture", "place:440800"),
            E("徐闻县", "County", "place:440825"),
            E("琼海", "County", "place:469002"),
            E("万宁", "County", "place:469006"),
            E("应急管理部", "Organization", "body:应急管理部"),
            E("海南", "Province", "place:460000"),
            E("广东", "Province", "place:440000"),
        ],
        [N("东方", 1, "东方航空: an airline, not 海南东方市")],
    ),
    "hi11": spec(
        "杜若",
        [
            E("中国", "Country", "country:CHN"),
            E("四川", "Province", "place:510000"),
            E("泸州", "Prefecture", "place:510500"),
            E("成都可可豆动画影视有限公司", "Organization", opt=True),
            E("国家电影局", "Organization", "body:国家电影局"),
            E("美国", "Country", "country:USA"),
            E("澳大利亚", "Country", "country:AUS"),
            E("新西兰", "Country", "country:NZL"),
            E("光线传媒", "Organization", opt=True),
            E("成都", "Prefecture", "place:510100"),
        ],
        [
            NA("哪吒之魔童闹海", "a film title in 《》, not a policy document", ["Legislation"]),
            N("东海", 1, "东海龙王: a character, not 连云港东海县"),
        ],
    ),
    "hi12": spec(
        "林岚",
        [
            E("福耀玻璃", "Organization", opt=True),
            E("福建省", "Province", "place:350000"),
            E("福州市", "Prefecture", "place:350100"),
            E("福清市", "County", "place:350181"),
            E("福耀玻璃（美国）有限公司", "Organization", opt=True),
            E("俄罗斯", "Country", "country:RUS"),
            E("德国", "Country", "country:DEU"),
            E("曹德旺", "Person", opt=True),
        ],
        [N("美国", 1, "inside a company name (福耀玻璃（美国）有限公司)")],
    ),
}


def add_captions_flag() -> None:
    """Put ``"captions": true`` after ``file`` in every gold file (SCOPE.md)."""
    for stem in SPECS:
        path = HERE / f"{stem}.json"
        gold = json.loads(path.read_text(encoding="utf-8"))
        gold = {"file": gold.pop("file"), "captions": True, **gold}
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def add_containment() -> None:
    """Containment relations from the must-find places (../../tools/containment.py)."""
    reference = load_reference()
    parents = {code: place.parent for code, place in reference.places.items() if place.parent}
    for stem in SPECS:
        path = HERE / f"{stem}.json"
        gold = json.loads(path.read_text(encoding="utf-8"))
        add_relations(path, gold, containment(place_codes(gold), parents))


def main() -> None:
    """Write the set's gold files."""
    write_gold(HERE, SPECS, R, captions=True)  # the annotator read the captions too
    add_captions_flag()
    add_containment()


if __name__ == "__main__":
    main()
