"""Write the gold files of heldout-2026-12zc from the annotator's span lists.

Input: articles/zcNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: zcNN.json (one entity per occurrence; ``"captions": true``; containment relations
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
    yi,
)

HERE = Path(__file__).resolve().parent.parent
PER = "Person"
ZONES = [CB, FZ, PZ]
COUNTRY = ["Country"]
LEG = ["Legislation"]


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


def within(stem: str, text: str, host: str) -> list[int]:
    """Occurrence numbers of ``text`` in a body that sit inside an occurrence of ``host``."""
    outside = set(occ(stem, text, host))
    body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
    return [n for n in range(1, len(occurrences(body, text)) + 1) if n not in outside]


def ZS(  # noqa: N802 - a table row
    about: str,
    value: int,
    zone_type: str = "kgo:CrossBorderEcommerceZone",
    kind: str = "kgo:ZonesInPlace",
) -> dict:
    """A zone-count claim."""
    return {"kind": kind, "about": about, "value": value, "zone_type": zone_type}


# ---------------------------------------------------------------- zc01 黑龙江 2022 trade
HLJ = "place:230000"
HLJ22 = Y(2022)
DEC22 = "2022-12-01/2022-12-31"
HRBC = "body:哈尔滨海关"
HLJIO = "body:黑龙江省人民政府新闻办公室"
LIU1 = "person:刘春雷@body:哈尔滨海关"
zc01 = {
    "editor": "郭明",
    "entities": [
        E("黑龙江", P, HLJ),
        E("俄", CO, "country:RUS", True),  # 对俄: a one-character short form
        E("东北网", ORG, None, True),
        E("王彦", PER, "person:王彦@reporter", True),
        E("黑龙江省人民政府新闻办公室", ORG, HLJIO),
        E("哈尔滨海关", ORG, HRBC),
        E("刘春雷", PER, LIU1),
        E("黑龙江省", P, HLJ),
        E("俄罗斯", CO, "country:RUS"),
        E("巴西", CO, "country:BRA"),
        E("美国", CO, "country:USA"),
        E("一带一路", L, "doc:bri", True),
        E("哈尔滨市", PF, "place:230100"),
        E("大庆市", PF, "place:230600"),
        E("牡丹江", PF, "place:231000"),
        E("绥芬河市", C, "place:231081"),
        E("东宁市", C, "place:231086"),
        E("佳木斯", PF, "place:230800"),
        E("同江市", C, "place:230881"),
        E("抚远市", C, "place:230883"),
        E("中国（黑龙江）自由贸易试验区", FZ, "zone:ftz-230000"),
        E("中国（哈尔滨）跨境电子商务综合试验区", CB, "zone:cbec-230100"),
        E("黑龙江省商务厅", ORG, "org:commerce-230000"),
        E("龙江交通", ORG, None, True),
        E("大庆华科", ORG, None, True),
        E("绥芬河", C, "place:231081"),  # caption, standing alone
        E("中欧班列", ORG, None, True),  # a train service
    ],
    "must_not": [
        IN("龙江交通", "龙江", "stock link 龙江交通 (a company), not 龙江县", PLACE),
        IN("大庆华科", "大庆", "stock link 大庆华科 (a company)", PLACE),
    ],
    "relations": [
        R(HLJIO, SUB, "org:gov-230000"),
        R(HLJIO, AREA, HLJ),
        R(HRBC, AREA, "place:230100"),
        R(LIU1, HOLDS, f"post:{HRBC}#副关长"),
    ],
    "observations": [
        O(HLJ, "foreignTradeValue", "Level", yi("2651.5"), "CNY", HLJ22),
        O(HLJ, "foreignTradeValue", "YearOnYearGrowth", "33", "P1", HLJ22),
        O(HLJ, "exportValue", "Level", yi("519.6"), "CNY", HLJ22),
        O(HLJ, "exportValue", "YearOnYearGrowth", "14.4", "P1", HLJ22),
        O(HLJ, "importValue", "Level", yi("2131.9"), "CNY", HLJ22),
        O(HLJ, "importValue", "YearOnYearGrowth", "38.5", "P1", HLJ22),
        O(HLJ, "foreignTradeValue", "Level", yi("226.8"), "CNY", DEC22),
        O(HLJ, "foreignTradeValue", "YearOnYearGrowth", "21.3", "P1", DEC22),
        O(HLJ, "foreignTradeValue", "Level", yi("1854.1"), "CNY", HLJ22, "country:RUS"),
        O(HLJ, "foreignTradeValue", "YearOnYearGrowth", "51.9", "P1", HLJ22, "country:RUS"),
        O(HLJ, "foreignTradeValue", "Share", "69.9", "P1", HLJ22, "country:RUS"),
        O(HLJ, "foreignTradeValue", "Level", yi("136.2"), "CNY", HLJ22, "country:BRA"),
        O(HLJ, "foreignTradeValue", "Level", yi("98.7"), "CNY", HLJ22, "country:USA"),
        O(HLJ, "foreignTradeValue", "YearOnYearGrowth", "11.6", "P1", HLJ22, "country:BRA"),
        O(HLJ, "foreignTradeValue", "Level", yi("2083.6"), "CNY", HLJ22, "doc:bri"),
        O(HLJ, "foreignTradeValue", "YearOnYearGrowth", "44.2", "P1", HLJ22, "doc:bri"),
        O("place:230100", "foreignTradeValue", "Level", yi("623.5"), "CNY", HLJ22),
        O("place:230100", "foreignTradeValue", "YearOnYearGrowth", "19.8", "P1", HLJ22),
        O("place:230600", "foreignTradeValue", "Level", yi("1058.4"), "CNY", HLJ22),
        O("place:230600", "foreignTradeValue", "YearOnYearGrowth", "46.2", "P1", HLJ22),
        O("place:230600", "foreignTradeValue", "Share", "39.9", "P1", HLJ22),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zc02 宁夏 2021 GDP
NX = "place:640000"
NX21 = Y(2021)
NXSB = "body:宁夏回族自治区统计局"
NXSV = "body:国家统计局宁夏调查总队"
LXY = f"person:李晓燕@{NXSB}"
REPORT = "title:政府工作报告"
zc02 = {
    "editor": "马晓梅",
    "entities": [
        E("宁夏日报", ORG, None, True),
        E("宁夏回族自治区统计局", ORG, NXSB),
        E("国家统计局宁夏调查总队", ORG, NXSV),
        E("国家统计局", ORG, "org:nbs"),
        E("银川海关", ORG, "body:银川海关"),
        E("银川", PF, "place:640100"),
        E("银川市", PF, "place:640100"),
        E("石嘴山市", PF, "place:640200"),
        E("吴忠市", PF, "place:640300"),
        E("灵武市", C, "place:640181"),
        E("宁东能源化工基地", PZ, None, True),  # an industrial base, no IRI rule
        E("贺兰县", C, "place:640122"),
        E("中卫市", PF, "place:640500"),
        E("自治区统计局", ORG, NXSB),  # back-reference, 宁夏 by context
        E("李晓燕", PER, LXY),
        E("宁夏", P, NX),
        E("自治区政府", ORG, "org:gov-640000"),
        E("政府工作报告", L, REPORT),
        E("宁夏建材", ORG, None, True),
        E("英力特", ORG, None, True),
    ],
    "must_not": [
        IN("宁夏日报", "宁夏", "newspaper 宁夏日报", PLACE),
        IN("宁夏建材", "宁夏", "stock link 宁夏建材 (a company)", PLACE),
        IN("贺兰山", "贺兰", "贺兰山 (a mountain range), not 贺兰县", PLACE),
        NA("山东", "贺兰山东麓 (east foot of 贺兰山), not 山东", PLACE),
    ],
    "relations": [
        R(NXSB, AREA, NX),
        R(NXSV, SUB, "org:nbs"),
        R(NXSV, AREA, NX),
        R("body:银川海关", AREA, "place:640100"),
        R(LXY, HOLDS, f"post:{NXSB}#副局长"),
        R(REPORT, PASSED, "org:gov-640000"),
    ],
    "observations": [
        O(NX, "gdp", "Level", yi("4522.31"), "CNY", NX21),
        O(NX, "gdp", "YearOnYearGrowth", "6.7", "P1", NX21),
        O(NX, "gdp", "TwoYearAverageGrowth", "5.3", "P1", NX21),
        O(NX, "gdp", "Level", yi("364.26"), "CNY", NX21, None, "第一产业"),
        O(NX, "gdp", "YearOnYearGrowth", "4.7", "P1", NX21, None, "第一产业"),
        O(NX, "gdp", "Level", yi("2021.55"), "CNY", NX21, None, "第二产业"),
        O(NX, "gdp", "YearOnYearGrowth", "6.6", "P1", NX21, None, "第二产业"),
        O(NX, "gdp", "Level", yi("2136.50"), "CNY", NX21, None, "第三产业"),
        O(NX, "gdp", "YearOnYearGrowth", "7.0", "P1", NX21, None, "第三产业"),
        O(NX, "industrialValueAdded", "YearOnYearGrowth", "8.0", "P1", NX21, None, "规模以上工业"),
        O(
            NX,
            "industrialValueAdded",
            "TwoYearAverageGrowth",
            "6.4",
            "P1",
            NX21,
            None,
            "规模以上工业",
        ),
        O(NX, "fixedAssetInvestment", "YearOnYearGrowth", "2.2", "P1", NX21),
        O(NX, "retailSalesValue", "Level", yi("1385.29"), "CNY", NX21),
        O(NX, "retailSalesValue", "YearOnYearGrowth", "6.5", "P1", NX21),
        O(NX, "foreignTradeValue", "Level", yi("214.1"), "CNY", NX21),
        O(NX, "foreignTradeValue", "YearOnYearGrowth", "73.3", "P1", NX21),
        O(NX, "exportValue", "Level", yi("167.7"), "CNY", NX21),
        O(NX, "exportValue", "YearOnYearGrowth", "80.3", "P1", NX21),
        O("place:640100", "gdp", "Level", yi("2262.95"), "CNY", NX21),
        O("place:640100", "gdp", "YearOnYearGrowth", "7.0", "P1", NX21),
        O("place:640100", "gdp", "Share", "50.0", "P1", NX21),
        O("place:640200", "gdp", "YearOnYearGrowth", "6.2", "P1", NX21),
        O("place:640300", "gdp", "YearOnYearGrowth", "7.3", "P1", NX21),
        O(NX, "gdp", "YearOnYearGrowth", "7", "P1", Y(2022), target=True),
    ],
    "optional_observations": [
        # 工业增加值增长超过一成: a lower bound
        O("place:640181", "industrialValueAdded", "YearOnYearGrowth", "10", "P1", NX21),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- zc03 二连浩特 2023
IM = "place:150000"
ELH = "place:152501"
ELC = "body:二连海关"
WJJ = f"person:王建军@{ELC}"
IM23 = Y(2023)
zc03 = {
    "editor": "乌日娜",
    "entities": [
        E("中蒙", CO, None, True),  # 中 and 蒙 as one-character short forms
        E("新华社", ORG, "org:xinhua", True),
        E("呼和浩特", PF, "place:150100", True),  # dateline only
        E("哈丽娜", PER, "person:哈丽娜@reporter", True),
        E("二连海关", ORG, ELC),
        E("内蒙古自治区", P, IM),
        E("二连浩特铁路口岸", ORG, None, True),  # a port; the place inside is no mention
        E("中欧班列", ORG, None, True),
        E("德国", CO, "country:DEU"),
        E("波兰", CO, "country:POL"),
        E("俄罗斯", CO, "country:RUS"),
        E("白俄罗斯", CO, "country:BLR"),
        E("蒙古国", CO, "country:MNG"),
        E("二连浩特市", C, ELH),
        E("二连浩特", C, ELH),
        E("锡林郭勒盟", PF, "place:152500"),
        E("扎门乌德市", ORG, None, True),  # a foreign town
        E("王建军", PER, WJJ),
        E("二连浩特边境经济合作区", PZ, "zone:becz-152501"),
        E("二连浩特重点开发开放试验区", PZ, None, True),  # as 12r: no IRI rule
        E("天津", P, "place:120000"),
        E("郑州", PF, "place:410100"),
        E("西安", PF, "place:610100"),
        E("内蒙古自治区商务厅", ORG, "org:commerce-150000"),
        E("内蒙古", P, IM),
        E("内蒙华电", ORG, None, True),
        E("君正集团", ORG, None, True),
    ],
    "must_not": [
        IN("内蒙华电", "内蒙", "stock link 内蒙华电 (a company)", PLACE),
        IN("内蒙古", "蒙古", "蒙古 inside 内蒙古 is not the country", COUNTRY),
    ],
    "relations": [
        R(ELC, AREA, ELH),
        R(WJJ, HOLDS, f"post:{ELC}#关长"),
    ],
    "observations": [
        O(ELH, "foreignTradeValue", "Level", yi("246.3"), "CNY", IM23),
        O(ELH, "foreignTradeValue", "YearOnYearGrowth", "38.9", "P1", IM23),
        O(ELH, "exportValue", "Level", yi("97.5"), "CNY", IM23),
        O(ELH, "exportValue", "YearOnYearGrowth", "52.1", "P1", IM23),
        O(ELH, "importValue", "Level", yi("148.8"), "CNY", IM23),
        O(ELH, "importValue", "YearOnYearGrowth", "31.3", "P1", IM23),
        O(ELH, "foreignTradeValue", "Level", yi("182.6"), "CNY", IM23, "country:MNG"),
        O(ELH, "foreignTradeValue", "Share", "74.1", "P1", IM23, "country:MNG"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zc04 国发〔2023〕16号 内蒙古
NMG = "doc:guofa-2023-16"
zc04 = {
    "editor": "陈晨",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("北京", P, "place:110000", True),  # dateline only
        E("国务院", ORG, "org:state-council"),
        E("《国务院关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见》", L, NMG),
        E("国发〔2023〕16号", L, NMG),
        E("《意见》", L, NMG, True),  # back-references
        E("内蒙古", P, IM),
        E("内蒙古自治区", P, IM),
        E("满洲里", C, "place:150781"),
        E("满洲里市", C, "place:150781"),
        E("二连浩特", C, ELH),
        E("呼伦贝尔市", PF, "place:150700"),
        E("国家重点开发开放试验区", PZ, None, True),  # the zone type
        E("中蒙俄经济走廊", ORG, None, True),  # a corridor programme
        E("蒙古国", CO, "country:MNG"),
        E("俄罗斯", CO, "country:RUS"),
        E("呼和浩特", PF, "place:150100"),
        E("包头", PF, "place:150200"),
        E("鄂尔多斯", PF, "place:150600", False, [1]),
        E("鄂尔多斯", ORG, None, True, [2]),  # stock link
        E("鄂尔多斯市", PF, "place:150600"),
        E("伊金霍洛旗", C, "place:150627"),
        E("国家发展改革委", ORG, "org:ndrc"),
        E("内蒙古自治区人民政府", ORG, "org:gov-150000"),
        E("内蒙古自治区统计局", ORG, "body:内蒙古自治区统计局"),
        E("昊华能源", ORG, None, True),
    ],
    "must_not": [
        IN("鄂尔多斯、昊华", "鄂尔多斯", "stock link 鄂尔多斯 (a company)", PLACE),
        IN("内蒙古", "蒙古", "蒙古 inside 内蒙古 is not the country", COUNTRY),
        NA("会同", "the verb 会同 (会同县)", PLACE),
        NA("资源", "战略资源基地, not 资源县", PLACE),
    ],
    "relations": [
        R(NMG, PASSED, "org:state-council"),
        R("body:内蒙古自治区统计局", AREA, IM),
    ],
    "observations": [
        O(IM, "gdp", "Level", yi("23158.6"), "CNY", Y(2022)),
        O(IM, "gdp", "YearOnYearGrowth", "4.2", "P1", Y(2022)),
        O(IM, "gdp", "YearOnYearGrowth", "7.0", "P1", "2023-01-01/2023-06-30"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zc05 中吉乌铁路 agreement
CKU = "title:中华人民共和国、吉尔吉斯共和国和乌兹别克斯坦共和国政府关于中吉乌铁路项目合作的协定"
ZSJ = "person:郑栅洁@org:ndrc"
MN = "person:毛宁@org:mofa"
Y23 = Y(2023)
zc05 = {
    "editor": "马骏",
    "entities": [
        E("中新网", ORG, "org:chinanews", True),
        E(f"《{CKU[6:]}》", L, CKU),
        E("中华人民共和国", CO, CHN),  # inside the title: optional
        E("吉尔吉斯共和国", CO, "country:KGZ"),  # inside the title: optional
        E("乌兹别克斯坦共和国", CO, "country:UZB"),  # inside the title: optional
        E("中吉乌铁路", ORG, None, True),  # the project
        E("北京", P, "place:110000"),  # where it was signed
        E("国家发展改革委", ORG, "org:ndrc"),
        E("郑栅洁", PER, ZSJ),
        E("吉尔吉斯斯坦", CO, "country:KGZ"),
        E("乌兹别克斯坦", CO, "country:UZB"),
        E("协定", L, CKU, True, occ("zc05", "协定", f"《{CKU[6:]}》")),  # 根据协定
        E("新疆", P, "place:650000"),
        E("喀什", PF, "place:653100"),
        E("中国", CO, CHN),
        E("中亚五国", ORG, None, True),  # a region
        E("中亚", ORG, None, True, occ("zc05", "中亚", "中亚五国")),  # regions
        E("西亚", ORG, None, True),
        E("欧洲", ORG, None, True),
        E("外交部", ORG, "org:mofa"),
        E("毛宁", PER, MN),
        E("海关总署", ORG, "org:gacc"),
        E("新疆维吾尔自治区人民政府", ORG, "org:gov-650000"),
        E("喀什综合保税区", PZ, "zone:bonded-653100"),
        E("中国（喀什）跨境电子商务综合试验区", CB, "zone:cbec-653100"),
        E("中国中铁", ORG, None, True),
        E("中国铁建", ORG, None, True),
        E("喀什地区", PF, "place:653100"),
    ],
    "must_not": [
        IN("中国中铁", "中国", "stock link 中国中铁 (a company)", COUNTRY),
        IN("中国铁建", "中国", "stock link 中国铁建 (a company)", COUNTRY),
        NA("中方", "the Chinese side, not 中方县", PLACE),
        NA("通道", "铁路通道 (a corridor), not 通道侗族自治县", PLACE),
    ],
    "relations": [
        R(ZSJ, HOLDS, "post:org:ndrc#主任"),
        R(MN, HOLDS, "post:org:mofa#发言人"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", yi("198"), "USD", Y23, "country:KGZ"),
        O(CHN, "foreignTradeValue", "Level", yi("139"), "USD", Y23, "country:UZB"),
    ],
    "optional_observations": [
        # 中国与中亚五国: a region without a partner IRI
        O(CHN, "foreignTradeValue", "Level", yi("894.7"), "USD", Y23, None, "中亚五国"),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "27", "P1", Y23, None, "中亚五国"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- zc06 新疆 2022 trade
XJ = "place:650000"
URC = "body:乌鲁木齐海关"
YH = f"person:杨华@{URC}"
URZ = "zone:cbec-650100"
zc06 = {
    "editor": "古丽",
    "entities": [
        E("天山网", ORG, None, True),
        E("乌鲁木齐海关", ORG, URC),
        E("新疆维吾尔自治区", P, XJ),
        E("中亚五国", ORG, None, True),  # a region
        E("新疆", P, XJ),
        E("哈萨克斯坦", CO, "country:KAZ"),
        E("吉尔吉斯斯坦", CO, "country:KGZ"),
        E("塔吉克斯坦", CO, "country:TJK"),
        E("俄罗斯", CO, "country:RUS"),
        E("乌鲁木齐市", PF, "place:650100"),
        E("伊犁哈萨克自治州", PF, "place:654000"),
        E("喀什地区", PF, "place:653100"),
        E("伊犁州", PF, "place:654000"),
        E("霍尔果斯市", C, "place:654004"),
        E("博尔塔拉蒙古自治州", PF, "place:652700"),
        E("阿拉山口市", C, "place:652702"),
        E("霍尔果斯", C, "place:654004"),  # caption, standing alone
        E("综试区", CB, None, True),  # heading: the zone type in a count
        E("杨华", PER, YH),
        E("跨境电子商务综合试验区", CB, None, True),  # the zone type
        E("中国（乌鲁木齐）跨境电子商务综合试验区", CB, URZ),
        E("新疆维吾尔自治区商务厅", ORG, "org:commerce-650000"),
        E("丝绸之路经济带核心区", ORG, None, True),  # a programme
        E("天山股份", ORG, None, True),
        E("特变电工", ORG, None, True),
    ],
    "must_not": [
        IN("天山网", "天山", "media name 天山网, not 天山区", PLACE),
        IN("天山股份", "天山", "stock link 天山股份 (a company), not 天山区", PLACE),
        IN(
            "伊犁哈萨克自治州",
            "哈萨克",
            "哈萨克 inside a prefecture name is not 哈萨克斯坦",
            COUNTRY,
        ),
        IN(
            "博尔塔拉蒙古自治州",
            "蒙古",
            "蒙古 inside a prefecture name is not the country",
            COUNTRY,
        ),
    ],
    "relations": [
        R(URC, AREA, "place:650100"),
        R(YH, HOLDS, f"post:{URC}#副关长"),
    ],
    "observations": [
        O(XJ, "foreignTradeValue", "Level", yi("2463.6"), "CNY", HLJ22),
        O(XJ, "foreignTradeValue", "YearOnYearGrowth", "57", "P1", HLJ22),
        O(XJ, "exportValue", "Level", yi("1969.7"), "CNY", HLJ22),
        O(XJ, "exportValue", "YearOnYearGrowth", "60.9", "P1", HLJ22),
        O(XJ, "importValue", "Level", yi("493.9"), "CNY", HLJ22),
        O(XJ, "importValue", "YearOnYearGrowth", "43.1", "P1", HLJ22),
        O(XJ, "foreignTradeValue", "Level", yi("1044.9"), "CNY", HLJ22, "country:KAZ"),
        O(XJ, "foreignTradeValue", "YearOnYearGrowth", "46.7", "P1", HLJ22, "country:KAZ"),
        O(XJ, "foreignTradeValue", "Level", yi("524.8"), "CNY", HLJ22, "country:KGZ"),
        O(XJ, "foreignTradeValue", "Level", yi("120.2"), "CNY", HLJ22, "country:TJK"),
        O(XJ, "foreignTradeValue", "YearOnYearGrowth", "110", "P1", HLJ22, "country:RUS"),
        O(XJ, "foreignTradeValue", "Level", yi("1489.5"), "CNY", HLJ22, None, "边境小额贸易"),
        O(XJ, "foreignTradeValue", "YearOnYearGrowth", "68.6", "P1", HLJ22, None, "边境小额贸易"),
        O(XJ, "foreignTradeValue", "Share", "60.5", "P1", HLJ22, None, "边境小额贸易"),
        O("place:650100", "foreignTradeValue", "Level", yi("1123.6"), "CNY", HLJ22),
        O("place:650100", "foreignTradeValue", "YearOnYearGrowth", "64.3", "P1", HLJ22),
        O("place:650100", "foreignTradeValue", "Share", "45.6", "P1", HLJ22),
        O("place:654000", "foreignTradeValue", "Level", yi("372.5"), "CNY", HLJ22),
        O("place:653100", "foreignTradeValue", "Level", yi("263.8"), "CNY", HLJ22),
    ],
    "optional_observations": [
        # 中亚五国: a region without a partner IRI
        O(XJ, "foreignTradeValue", "Level", yi("1771.6"), "CNY", HLJ22, None, "中亚五国"),
        O(XJ, "foreignTradeValue", "YearOnYearGrowth", "55.2", "P1", HLJ22, None, "中亚五国"),
        O(XJ, "foreignTradeValue", "Share", "71.9", "P1", HLJ22, None, "中亚五国"),
        # the zone's CBEC 增长超过2倍: a lower bound, about the zone
        O(URZ, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "200", "P1", HLJ22),
        O("place:650100", "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "200", "P1", HLJ22),
    ],
    "claims": [ZS(XJ, 4)],
}

# ---------------------------------------------------------------- zc07 红河州 2023 trade, 河口
HH = "place:532500"
HK = "place:532532"
HHB = "body:红河哈尼族彝族自治州商务局"
WXD = f"person:王晓东@{HHB}"
zc07 = {
    "editor": "李娜",
    "entities": [
        E("云南日报", ORG, None, True),
        E("昆明海关", ORG, "body:昆明海关"),
        E("河口海关", ORG, "body:河口海关"),
        E("红河哈尼族彝族自治州", PF, HH),
        E("越南", CO, "country:VNM"),
        E("河口县", C, HK),
        E("老街省", ORG, None, True),  # a Vietnamese province
        E("老街市", ORG, None, True),  # a Vietnamese city
        E("红河州商务局", ORG, HHB),
        E("王晓东", PER, WXD),
        E("河口边境经济合作区", PZ, "zone:becz-532532"),
        E("红河综合保税区", PZ, "zone:bonded-532500"),
        E("中国（红河）跨境电子商务综合试验区", CB, "zone:cbec-532500"),
        E("蒙自市", C, "place:532503"),
        E("个旧市", C, "place:532501"),
        E("云南铜业", ORG, None, True),
        E("锡业股份", ORG, None, True),
        E("红河州", PF, HH),
        E("中越", CO, None, True),  # 中 and 越 as one-character short forms
        E("河口—老街公路大桥", ORG, None, True),  # a bridge
    ],
    "must_not": [
        IN("云南日报", "云南", "newspaper 云南日报", PLACE),
        IN("云南铜业", "云南", "stock link 云南铜业 (a company)", PLACE),
        IN("隔红河相望", "红河", "the Red River, not 红河州 or 红河县", PLACE),
        NA("全州", "the whole prefecture (全州外贸), not 全州县", PLACE),
    ],
    "relations": [
        R("body:昆明海关", AREA, "place:530100"),
        R("body:河口海关", AREA, HK),
        R(HHB, AREA, HH),
        R(WXD, HOLDS, f"post:{HHB}#局长"),
    ],
    "observations": [
        O(HH, "foreignTradeValue", "Level", yi("312.4"), "CNY", IM23),
        O(HH, "foreignTradeValue", "YearOnYearGrowth", "21.6", "P1", IM23),
        O(HH, "foreignTradeValue", "Level", yi("238.5"), "CNY", IM23, "country:VNM"),
        O(HH, "foreignTradeValue", "YearOnYearGrowth", "24.3", "P1", IM23, "country:VNM"),
        O(HH, "foreignTradeValue", "Share", "76.3", "P1", IM23, "country:VNM"),
        O(HK, "foreignTradeValue", "Level", yi("34.2"), "CNY", IM23, None, "边民互市贸易"),
        O(HK, "foreignTradeValue", "YearOnYearGrowth", "47.5", "P1", IM23, None, "边民互市贸易"),
        O(HH, "foreignTradeValue", "YearOnYearGrowth", "10", "P1", Y(2024), target=True),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zc08 吉林 2022 trade
JL = "place:220000"
CCC = "body:长春海关"
LW = f"person:刘伟@{CCC}"
XL = "zone:bonded-x-changchun-xinglong"
HCZ = "zone:bonded-222404"
zc08 = {
    "editor": "赵静",
    "entities": [
        E("中国吉林网", ORG, None, True),
        E("孙琦", PER, "person:孙琦@reporter", True),
        E("长春海关", ORG, CCC),
        E("刘伟", PER, LW),
        E("综合业务处", ORG, None, True),  # inside a post title
        E("吉林省", P, JL),
        E("吉林", P, JL, False, occ("zc08", "吉林", "中国吉林网", "吉林化纤")),
        E("德国", CO, "country:DEU"),
        E("日本", CO, "country:JPN"),
        E("俄罗斯", CO, "country:RUS"),
        E("韩国", CO, "country:KOR"),
        E("长春市", PF, "place:220100"),
        E("延边州", PF, "place:222400"),
        E("珲春市", C, "place:222404"),
        E("长春兴隆综合保税区", PZ, XL),
        E("珲春综合保税区", PZ, HCZ),
        E("中国（珲春）跨境电子商务综合试验区", CB, "zone:cbec-222404"),
        E("朝鲜", CO, "country:PRK"),
        E("吉林省商务厅", ORG, "org:commerce-220000"),
        E("一汽解放", ORG, None, True),
        E("吉林化纤", ORG, None, True),
    ],
    "must_not": [
        IN("中国吉林网", "吉林", "media name 中国吉林网", PLACE),
        IN("中国吉林网", "中国", "media name 中国吉林网", COUNTRY),
        IN("吉林化纤", "吉林", "stock link 吉林化纤 (a company)", PLACE),
        IN("长春兴隆", "兴隆", "inside a zone name, not 兴隆县 (河北)", PLACE),
        IN("图们江", "图们", "the Tumen River, not 图们市", PLACE),
        NA("通道", "出海通道 (a corridor), not 通道侗族自治县", PLACE),
    ],
    "relations": [
        R(CCC, AREA, "place:220100"),
        R(LW, HOLDS, f"post:{CCC}#新闻发言人"),
        R(LW, HOLDS, f"post:{CCC}#综合业务处处长"),
    ],
    "observations": [
        O(JL, "foreignTradeValue", "Level", yi("1558.9"), "CNY", HLJ22),
        O(JL, "foreignTradeValue", "YearOnYearGrowth", "3.3", "P1", HLJ22),
        O(JL, "foreignTradeValue", "TwoYearAverageGrowth", "7.8", "P1", HLJ22),
        O(JL, "exportValue", "Level", yi("502.6"), "CNY", HLJ22),
        O(JL, "exportValue", "YearOnYearGrowth", "32.4", "P1", HLJ22),
        O(JL, "importValue", "Level", yi("1056.3"), "CNY", HLJ22),
        O(JL, "importValue", "YearOnYearGrowth", "-6.7", "P1", HLJ22),
        O(JL, "foreignTradeValue", "Level", yi("356.1"), "CNY", HLJ22, "country:DEU"),
        O(JL, "foreignTradeValue", "Level", yi("171.3"), "CNY", HLJ22, "country:JPN"),
        O(JL, "foreignTradeValue", "Level", yi("142.8"), "CNY", HLJ22, "country:RUS"),
        O(JL, "foreignTradeValue", "YearOnYearGrowth", "72.6", "P1", HLJ22, "country:RUS"),
        O(JL, "foreignTradeValue", "YearOnYearGrowth", "-3.5", "P1", HLJ22, "country:KOR"),
        O("place:220100", "foreignTradeValue", "Level", yi("1179.5"), "CNY", HLJ22),
        O("place:220100", "foreignTradeValue", "Share", "75.7", "P1", HLJ22),
        O("place:222400", "foreignTradeValue", "Level", yi("163.4"), "CNY", HLJ22),
        O("place:222404", "foreignTradeValue", "Level", yi("112.7"), "CNY", HLJ22),
        O("place:222404", "foreignTradeValue", "YearOnYearGrowth", "27.9", "P1", HLJ22),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zc09 云南 FTZ three years
YN = "place:530000"
YNZ = "zone:ftz-530000"
YNIO = "body:云南省人民政府新闻办公室"
LYH = "person:刘永红@org:commerce-530000"
GF16 = "doc:guofa-2019-16"
PLAN = "title:中国（云南）自由贸易试验区总体方案"
H122 = "2022-01-01/2022-06-30"
zc09 = {
    "editor": "杨帆",
    "entities": [
        E("云南自贸试验区", FZ, YNZ),
        E("云南网", ORG, None, True),
        E("段晓瑞", PER, "person:段晓瑞@reporter", True),
        E("云南省人民政府新闻办公室", ORG, YNIO),
        E("云南省商务厅", ORG, "org:commerce-530000"),
        E("刘永红", PER, LYH),
        E("国务院", ORG, "org:state-council"),
        E("《国务院关于印发6个新设自由贸易试验区总体方案的通知》", L, GF16),
        E("国发〔2019〕16号", L, GF16),
        E("中国（云南）自由贸易试验区", FZ, YNZ),
        E("中国（云南）自由贸易试验区总体方案", L, PLAN),
        E("自由贸易试验区", FZ, None, True),  # the zone type (in the title and the count)
        # the areas: 昆明、红河、德宏三个片区 and X片区 (whole span optional, see README)
        E("昆明", PF, "place:530100", True, [1]),
        E("红河", PF, "place:532500", True, [1]),
        E("德宏", PF, "place:533100", True, [1]),
        E("德宏片区", PZ, None, True),
        E("红河片区", PZ, None, True),
        E("昆明片区", PZ, None, True),
        E("昆明海关", ORG, "body:昆明海关"),
        E("云南省", P, YN),
        E("自贸试验区", FZ, None, True),  # back-references to the zone
        E("缅甸", CO, "country:MMR"),
        E("老挝", CO, "country:LAO"),
        E("越南", CO, "country:VNM"),
        E("蒙自市", C, "place:532503"),
        E("河口县", C, "place:532532"),
        E("德宏傣族景颇族自治州", PF, "place:533100"),
        E("瑞丽市", C, "place:533102"),
        E("木姐", ORG, None, True),  # a town in Myanmar
        E("中老铁路", ORG, None, True),  # a railway
        E("云南", P, YN, False, occ("zc09", "云南", "云南自贸试验区", "云南网", "云南白药")),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("云天化", ORG, None, True),
        E("云南白药", ORG, None, True),
        E("德宏州", PF, "place:533100"),
    ],
    "must_not": [
        IN("云南网", "云南", "media name 云南网", PLACE),
        IN("云南白药", "云南", "stock link 云南白药 (a company)", PLACE),
        IN("中老铁路", "中老", "a railway name", COUNTRY),
        NA("合作", "产业合作, not 合作市", PLACE),
    ],
    "relations": [
        R(YNIO, SUB, "org:gov-530000"),
        R(YNIO, AREA, YN),
        R("body:昆明海关", AREA, "place:530100"),
        R(LYH, HOLDS, "post:org:commerce-530000#副厅长"),
        R(GF16, PASSED, "org:state-council"),
        R(GF16, "kgo:establishes", YNZ),
    ],
    "observations": [
        O(YN, "foreignTradeValue", "Level", yi("1547.2"), "CNY", H122),
        O(YN, "foreignTradeValue", "YearOnYearGrowth", "8.6", "P1", H122),
    ],
    "optional_observations": [
        O(YNZ, "foreignTradeValue", "Level", yi("473.4"), "CNY", H122),
        O(YNZ, "foreignTradeValue", "Share", "30.6", "P1", H122),
    ],
    "claims": [ZS(CHN, 21, "kgo:FreeTradeZone", "kgo:ZonesNationwide")],
}

# ---------------------------------------------------------------- zc10 阿勒泰 tourism (off-topic)
ALT = "place:654300"
ALTB = "body:阿勒泰地区文化体育广播电视和旅游局"
XJCT = "body:新疆维吾尔自治区文化和旅游厅"
zc10 = {
    "editor": "王珊",
    "entities": [
        E("中国新闻网", ORG, "org:chinanews", True),
        E("中央广播电视总台", ORG, "org:cctv", True),
        E("新疆", P, XJ),
        E("阿勒泰地区", PF, ALT),
        E("阿勒泰地区文化体育广播电视和旅游局", ORG, ALTB),
        E("布尔津县", C, "place:654321"),
        E("哈巴河县", C, "place:654324"),
        E("阿勒泰市", C, "place:654301"),
        E("北京", P, "place:110000"),
        E("上海", P, "place:310000"),
        E("广州", PF, "place:440100"),
        E("乌鲁木齐", PF, "place:650100"),
        E(
            "阿勒泰",
            PF,
            ALT,
            False,
            occ("zc10", "阿勒泰", "《我的阿勒泰》", "阿勒泰地区", "阿勒泰市"),
        ),
        E(
            "阿勒泰", PF, ALT, True, within("zc10", "阿勒泰", "《我的阿勒泰》")
        ),  # in the drama title
        E("喀纳斯机场", ORG, None, True),
        E("喀纳斯景区", ORG, None, True),
        E("新疆维吾尔自治区文化和旅游厅", ORG, XJCT),
        E("芒果超媒", ORG, None, True),
        E("中青旅", ORG, None, True),
        E("中新社", ORG, "org:chinanews", True),
        E("刘新", PER, "person:刘新@reporter", True),
    ],
    "must_not": [
        {
            "text": "《我的阿勒泰》",
            "occurrence": 1,
            "why": "a TV drama title, not a document",
            "labels": LEG,
        },
        IN("哈萨克族", "哈萨克", "the Kazakh people, not 哈萨克斯坦", COUNTRY),
    ],
    "relations": [
        R(ALTB, AREA, ALT),
        R(XJCT, AREA, XJ),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zc11 定日 earthquake (off-topic)
XZ = "place:540000"
zc11 = {
    "editor": "刘畅",
    "entities": [
        E("新华社", ORG, "org:xinhua", True),
        E("拉萨", PF, "place:540100", True),  # dateline only
        E("中国地震台网", ORG, None, True),  # a monitoring network
        E("西藏", P, XZ, False, occ("zc11", "西藏", "西藏自治区", "西藏天路", "西藏矿业")),
        E("日喀则市", PF, "place:540200"),
        E("定日县", C, "place:540223"),
        E("应急管理部", ORG, "org:mem"),
        E("中国地震局", ORG, "body:中国地震局"),
        E("国家消防救援局", ORG, "body:国家消防救援局"),
        E("西藏自治区人民政府", ORG, "org:gov-540000"),
        E("萨迦县", C, "place:540224"),
        E("拉孜县", C, "place:540225"),
        E("尼泊尔", CO, "country:NPL"),
        E("珠峰景区", ORG, None, True),
        E("西藏自治区地震局", ORG, "body:西藏自治区地震局"),
        E("西藏天路", ORG, None, True),
        E("西藏矿业", ORG, None, True),
        E("新华社发", ORG, None, True),  # photo credit
    ],
    "must_not": [
        IN("北京时间", "北京", "北京时间 (Beijing time), not the place", PLACE),
        IN("西藏天路", "西藏", "stock link 西藏天路 (a company)", PLACE),
        IN("西藏矿业", "西藏", "stock link 西藏矿业 (a company)", PLACE),
        IN("中国地震台网", "中国", "inside an institution name", COUNTRY),
    ],
    "relations": [
        R("body:西藏自治区地震局", AREA, XZ),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- zc12 金风科技 results (off-topic)
GW = "新疆金风科技股份有限公司"
zc12 = {
    "editor": "陈静",
    "entities": [
        E("金风科技", ORG, None, True),
        E("北京市", P, "place:110000"),
        E("大兴区", C, "place:110115"),
        E(GW, ORG, None, True),
        E("新疆维吾尔自治区", P, XJ),
        E("乌鲁木齐市", PF, "place:650100"),
        E("澳大利亚", CO, "country:AUS"),
        E("巴西", CO, "country:BRA"),
        E("南非", CO, "country:ZAF"),
        E("埃及", CO, "country:EGY"),
        E("乌兹别克斯坦", CO, "country:UZB"),
        E("新疆", P, XJ, False, occ("zc12", "新疆", GW, "新疆维吾尔自治区")),
        E("达坂城", C, "place:650107"),
        E("国家能源局", ORG, "org:nea"),
        E("节能风电", ORG, None, True),
        E("天顺风能", ORG, None, True),
    ],
    "must_not": [
        IN(GW, "新疆", "place inside a company name", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "zc01": zc01,
    "zc02": zc02,
    "zc03": zc03,
    "zc04": zc04,
    "zc05": zc05,
    "zc06": zc06,
    "zc07": zc07,
    "zc08": zc08,
    "zc09": zc09,
    "zc10": zc10,
    "zc11": zc11,
    "zc12": zc12,
}


def main() -> None:
    """Write zcNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
        spec["must_not"] = resolve_in(body, spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
