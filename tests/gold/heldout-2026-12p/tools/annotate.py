"""Write the gold files of heldout-2026-12p from the annotator's span lists.

Input: articles/hpNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: hpNN.json (one entity per occurrence; ``"captions": true``; containment relations
from the must-find places with ../../tools/containment.py; areaServed of reference-table
bodies with ../../tools/table_bodies.py; the rest of the relations as listed here).
It does not: run or read any extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository root

from tests.gold.tools.heldout import NA, E, N, O, R, occurrences, read_body, write_gold  # noqa: E402,F401
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


RUS, USA, ZAF, KAZ = "country:RUS", "country:USA", "country:ZAF", "country:KAZ"
BRI, ASEAN, EU = "doc:bri", "org:asean", "org:eu"
MOF = "org:mofcom"
TR, EX, IM = "foreignTradeValue", "exportValue", "importValue"
LV, YOY, SH = "Level", "YearOnYearGrowth", "Share"


def rep(name: str) -> str:
    return f"person:{name}@reporter"


# ---------------------------------------------------------------- hp01 黑龙江 2023 trade
HLJ, HRB, SFH = "place:230000", "place:230100", "place:231081"
P23, D23 = Y(2023), "2023-12-01/2023-12-31"
hp01 = {
    "editor": "陈曦",
    "entities": [
        E("黑龙江", P, HLJ),
        E("黑龙江省", P, HLJ),
        E("俄", CO, RUS, True),  # 对俄 / 中俄: one-character short form
        E("中新网", ORG, None, True),
        E("哈尔滨", PF, HRB, True, [1]),  # dateline
        E("史轶夫", "Person", rep("史轶夫"), True),
        E("哈尔滨海关", ORG, "body:哈尔滨海关"),
        E("俄罗斯", CO, RUS),
        E("巴西", CO, "country:BRA"),
        E("美国", CO, USA),
        E("一带一路", L, BRI, True),
        E("哈尔滨海关统计分析处", ORG, "body:哈尔滨海关统计分析处"),
        E("绥芬河", C, SFH),
        E("黑河", PF, "place:231100"),
        E("同江", C, "place:230881"),
        E("哈尔滨市", PF, HRB),
        E("牡丹江市", PF, "place:231000"),
        E("绥芬河市", C, SFH),
        E("绥芬河综合保税区", PZ, "zone:bonded-231081"),
        E("中国（绥芬河）跨境电子商务综合试验区", CB, "zone:cbec-231081"),
        E("黑龙江省商务厅", ORG, "org:commerce-230000"),
        E("中国（黑龙江）自由贸易试验区", FZ, "zone:ftz-230000"),
        E("龙江交通", ORG, None, True),  # stock link
        E("北大荒", ORG, None, True),  # stock link
        E("绥芬河铁路口岸", ORG, None, True),  # caption: the port
    ],
    "must_not": [IN("龙江交通", "龙江", "stock link 龙江交通 (a company), not 龙江县", PLACE)],
    "relations": [
        R("body:哈尔滨海关", AREA, HRB),
        R("body:哈尔滨海关统计分析处", SUB, "body:哈尔滨海关"),
    ],
    "observations": [
        O(HLJ, TR, LV, yi("2978.4"), "CNY", P23),
        O(HLJ, TR, YOY, "12.3", "P1", P23),
        O(HLJ, EX, LV, yi("827.5"), "CNY", P23),
        O(HLJ, EX, YOY, "33.6", "P1", P23),
        O(HLJ, IM, LV, yi("2150.9"), "CNY", P23),
        O(HLJ, IM, YOY, "5.8", "P1", P23),
        O(HLJ, TR, LV, yi("276.9"), "CNY", D23),
        O(HLJ, TR, YOY, "9.1", "P1", D23),
        O(HLJ, TR, LV, yi("2166.6"), "CNY", P23, RUS),
        O(HLJ, TR, YOY, "17.2", "P1", P23, RUS),
        O(HLJ, TR, SH, "72.7", "P1", P23, RUS),
        O(HLJ, TR, LV, yi("131.5"), "CNY", P23, "country:BRA"),
        O(HLJ, TR, LV, yi("86.2"), "CNY", P23, USA),
        O(HLJ, TR, LV, yi("2465.8"), "CNY", P23, BRI),
        O(HLJ, TR, YOY, "15.4", "P1", P23, BRI),
        O(HLJ, TR, SH, "82.8", "P1", P23, BRI),
    ],
    "optional_observations": [
        O(HRB, TR, SH, "30", "P1", P23),  # 三成左右
        O(SFH, TR, YOY, "20", "P1", P23),  # 两成以上
        O("zone:bonded-231081", TR, LV, yi("100"), "CNY", P23),  # 突破百亿元
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hp02 中非经贸博览会
HN, CS = "place:430000", "place:430100"
SYM = "person:沈裕谋@org:commerce-430000"
J5 = "2023-01-01/2023-05-31"
hp02 = {
    "editor": "王婧",
    "entities": [
        E("中非经贸博览会", ORG, None, True),  # event (原标题)
        E("长沙", PF, CS, False, [1, 3]),
        E("长沙", PF, CS, True, [2]),  # dateline
        E("新华社", ORG, None, True),
        E("周勉", "Person", rep("周勉"), True),
        E("中国—非洲经贸博览会", ORG, None, True),  # event
        E("湖南", P, HN),
        E("湖南省", P, HN),
        E("商务部", ORG, MOF),
        E("湖南省人民政府", ORG, "org:gov-430000"),
        E("非洲", CO, None, True),  # a continent
        E("南非", CO, ZAF),
        E("尼日利亚", CO, "country:NGA"),
        E("肯尼亚", CO, "country:KEN"),
        E("埃塞俄比亚", CO, "country:ETH"),
        E("湖南省商务厅", ORG, "org:commerce-430000"),
        E("沈裕谋", "Person", SYM),
        E("长沙海关", ORG, "body:长沙海关"),
        E("中国", CO, CHN),
        E("海关总署", ORG, "org:gacc"),
        E("中国（湖南）自由贸易试验区", FZ, "zone:ftz-430000"),
        E("长沙片区", PZ, None, True),  # FTZ area
        E("中非经贸深度合作先行区", PZ, None, True),  # no IRI rule for this kind
        E("长沙市", PF, CS),
        E("雨花区", C, "place:430111"),
        E("中非经贸合作促进创新示范园", ORG, None, True),
        E("湖南投资", ORG, None, True),  # stock link
        E("湖南天雁", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("中非经贸博览会", "中非", "中非 = China–Africa, not 中非共和国", ["Country"]),
        IN("中非贸易额", "中非", "中非 = China–Africa, not 中非共和国", ["Country"]),
        IN("中非经贸深度", "中非", "中非 = China–Africa, not 中非共和国", ["Country"]),
        IN("中非经贸合作促进", "中非", "中非 = China–Africa, not 中非共和国", ["Country"]),
        IN("长沙国际会展中心", "长沙", "venue name (caption)", PLACE),
        IN("湖南投资", "湖南", "stock link 湖南投资 (a company)", PLACE),
        IN("湖南天雁", "湖南", "stock link 湖南天雁 (a company)", PLACE),
    ],
    "relations": [
        R("body:长沙海关", AREA, CS),
        R(SYM, HOLDS, "post:org:commerce-430000#厅长"),
    ],
    "observations": [
        O(HN, TR, LV, yi("2608.3"), "CNY", J5),
        O(HN, TR, YOY, "-3.6", "P1", J5),
        O(HN, TR, LV, yi("68.4"), "CNY", J5, ZAF),
        O(HN, TR, YOY, "71.2", "P1", J5, ZAF),
    ],
    "optional_observations": [  # partner 非洲: a continent, no IRI
        O(HN, TR, LV, yi("230.6"), "CNY", J5, None, "对非洲"),
        O(HN, TR, YOY, "46.7", "P1", J5, None, "对非洲"),
        O(HN, TR, SH, "8.8", "P1", J5, None, "对非洲"),
        O(CHN, TR, LV, yi("2820"), "USD", Y(2022), None, "中非贸易"),
        O(CHN, TR, YOY, "11.1", "P1", Y(2022), None, "中非贸易"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hp03 安徽 1—11月 2023
AH, HF = "place:340000", "place:340100"
N23, M11 = "2023-01-01/2023-11-30", "2023-11-01/2023-11-30"
hp03 = {
    "editor": "刘洋",
    "entities": [
        E("中新网", ORG, None, True),
        E("合肥", PF, HF, True, [1]),  # dateline
        E("张俊", "Person", rep("张俊"), True),
        E("合肥海关", ORG, "body:合肥海关"),
        E("安徽省", P, AH),
        E("安徽", P, AH),
        E("东盟", ORG, ASEAN, True),
        E("欧盟", ORG, EU, True),
        E("美国", CO, USA),
        E("俄罗斯", CO, RUS),
        E("一带一路", L, BRI, True),
        E("合肥市", PF, HF),
        E("芜湖", PF, "place:340200"),
        E("滁州", PF, "place:341100"),
        E("合肥海关综合业务处", ORG, "body:合肥海关综合业务处"),
        E("中国（安徽）自由贸易试验区", FZ, "zone:ftz-340000"),
        E("安徽合力", ORG, None, True),  # stock link
        E("江淮汽车", ORG, None, True),  # stock link
        E("合肥港", ORG, None, True),  # caption: the port
    ],
    "must_not": [IN("安徽合力", "安徽", "stock link 安徽合力 (a company)", PLACE)],
    "relations": [
        R("body:合肥海关", AREA, HF),
        R("body:合肥海关综合业务处", SUB, "body:合肥海关"),
    ],
    "observations": [
        O(AH, TR, LV, yi("7366.2"), "CNY", N23),
        O(AH, TR, YOY, "7.9", "P1", N23),
        O(AH, EX, LV, yi("4627.4"), "CNY", N23),
        O(AH, EX, YOY, "16.8", "P1", N23),
        O(AH, IM, LV, yi("2738.8"), "CNY", N23),
        O(AH, IM, YOY, "-4.7", "P1", N23),
        O(AH, TR, LV, yi("714.3"), "CNY", M11),
        O(AH, TR, YOY, "10.4", "P1", M11),
        O(AH, EX, LV, yi("3125.6"), "CNY", N23, None, "机电产品"),
        O(AH, EX, YOY, "19.2", "P1", N23, None, "机电产品"),
        O(AH, EX, SH, "67.5", "P1", N23, None, "机电产品"),
        O(AH, EX, LV, yi("689.4"), "CNY", N23, None, "汽车"),
        O(AH, EX, YOY, "120", "P1", N23, None, "汽车"),
        O(AH, TR, LV, yi("1096.5"), "CNY", N23, ASEAN),
        O(AH, TR, LV, yi("1011.7"), "CNY", N23, EU),
        O(AH, TR, LV, yi("767.4"), "CNY", N23, USA),
        O(AH, TR, YOY, "10.6", "P1", N23, ASEAN),
        O(AH, TR, YOY, "62.4", "P1", N23, RUS),
        O(AH, TR, LV, yi("3381.5"), "CNY", N23, BRI),
        O(AH, TR, SH, "45.9", "P1", N23, BRI),
        O(HF, TR, LV, yi("3484.6"), "CNY", N23),
        O(HF, TR, SH, "47.3", "P1", N23),
    ],
    "optional_observations": [
        O(AH, EX, YOY, "40", "P1", N23, None, "新三样"),  # 超过四成
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hp04 江西 2023 FDI
JX = "place:360000"
XYP = "person:谢一平@org:commerce-360000"
GUOFA = "doc:guofa-2023-11"
JXM = "title:江西省进一步优化外商投资环境加大吸引外商投资力度若干措施"
OFFICE = "body:江西省人民政府办公厅"
PRESS = "body:江西省人民政府新闻办公室"
FI = "foreignInvestmentValue"
hp04 = {
    "editor": "黄磊",
    "entities": [
        E("江西日报", ORG, None, True),  # newspaper
        E("江西省人民政府新闻办公室", ORG, PRESS),
        E("江西省商务厅", ORG, "org:commerce-360000"),
        E("谢一平", "Person", XYP),
        E("中国香港", P, "place:810000"),
        E("赣", P, JX, True, [1, 2]),  # 对赣: one-character short form
        E("新加坡", CO, "country:SGP"),
        E("韩国", CO, "country:KOR"),
        E("南昌", PF, "place:360100"),
        E("九江", PF, "place:360400"),
        E("赣州", PF, "place:360700"),
        E("上饶市", PF, "place:361100"),
        E("国务院", ORG, "org:state-council"),
        E("《国务院关于进一步优化外商投资环境 加大吸引外商投资力度的意见》", L, GUOFA),
        E("国发〔2023〕11号", L, GUOFA),
        E("省政府办公厅", ORG, OFFICE),
        E("江西省进一步优化外商投资环境加大吸引外商投资力度若干措施", L, JXM),
        E("江西省", P, JX, True),  # only inside bodies and the title: kept optional in the title
        E("南昌市", PF, "place:360100"),
        E("红谷滩区", C, "place:360113"),
        E("九江市", PF, "place:360400"),
        E("湖口县", C, "place:360429"),
        E("赣州经济技术开发区", PZ, None, True),  # development zone: no IRI rule
        E("江西铜业", ORG, None, True),  # stock link
        E("江铃汽车", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("江西日报", "江西", "newspaper 江西日报", PLACE),
        IN("江西铜业", "江西", "stock link 江西铜业 (a company)", PLACE),
        NA("合作", "the word 合作, not 合作市", PLACE),
    ],
    "relations": [
        R(PRESS, SUB, "body:江西省人民政府"),
        R(PRESS, AREA, JX),
        R(XYP, HOLDS, "post:org:commerce-360000#厅长"),
        R(GUOFA, PASSED, "org:state-council"),
        R(JXM, PASSED, OFFICE),
        R(OFFICE, SUB, "body:江西省人民政府"),
        R(OFFICE, AREA, JX),
    ],
    "observations": [
        O(JX, FI, LV, yi("19.4"), "USD", P23),
        O(JX, FI, LV, yi("10.7"), "USD", P23, None, "制造业"),
        O(JX, FI, SH, "55.2", "P1", P23, None, "制造业"),
        O(JX, FI, YOY, "12.5", "P1", P23, None, "高技术产业"),
        O(JX, FI, LV, yi("14.2"), "USD", P23, "place:810000"),
        O(JX, FI, SH, "73.2", "P1", P23, "place:810000"),
        O(JX, FI, YOY, "36.8", "P1", P23, "country:SGP"),
        O(JX, FI, YOY, "24.1", "P1", P23, "country:KOR"),
        O("place:360100", FI, LV, yi("5.3"), "USD", P23),
        O("place:360400", FI, LV, yi("3.1"), "USD", P23),
        O("place:360700", FI, LV, yi("2.8"), "USD", P23),
        O(JX, FI, YOY, "5", "P1", Y(2024), target=True),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hp05 曹县 e-commerce
SD, HZ, CX = "place:370000", "place:371700", "place:371721"
hp05 = {
    "editor": "赵敏",
    "entities": [
        E("菏泽日报", ORG, None, True),  # newspaper
        E("曹县商务局", ORG, "body:曹县商务局"),
        E("曹县", C, CX),
        E("山东省", P, SD),
        E("山东", P, SD),
        E("菏泽市", PF, HZ),
        E("菏泽", PF, HZ),
        E("第七批跨境电子商务综合试验区", "Batch", "batch:cbec-7", True),
        E("跨境电商综试区", CB, None, True),  # the zone type
        E("菏泽市商务局", ORG, "body:菏泽市商务局"),
        E("中国（菏泽）跨境电子商务综合试验区", CB, "zone:cbec-371700"),
        E("美国", CO, USA),
        E("日本", CO, "country:JPN"),
        E("欧盟", ORG, EU, True),
        E("单县", C, "place:371722"),
        E("成武县", C, "place:371723"),
        E("山东省商务厅", ORG, "org:commerce-370000"),
        E("南极电商", ORG, None, True),  # stock link
        E("国联股份", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("菏泽日报", "菏泽", "newspaper 菏泽日报", PLACE),
        NA("牡丹", "菏泽牡丹: the flower, not 牡丹区", PLACE),
    ],
    "relations": [
        R("body:曹县商务局", AREA, CX),
        R("body:菏泽市商务局", AREA, HZ),
        R("zone:cbec-371700", "kgo:inBatch", "batch:cbec-7"),
    ],
    "observations": [
        O(HZ, "crossBorderEcommerceTradeValue", LV, yi("36.8"), "CNY", P23),
        O(HZ, "crossBorderEcommerceTradeValue", YOY, "22.4", "P1", P23),
    ],
    "optional_observations": [
        O(CX, "retailSalesValue", LV, yi("206.5"), "CNY", P23, None, "网络零售额"),
        O(CX, "retailSalesValue", YOY, "15.3", "P1", P23, None, "网络零售额"),
        O(CX, "crossBorderEcommerceExportValue", SH, "60", "P1", P23),  # 六成左右 of 菏泽
    ],
    "claims": [
        {"kind": "kgo:ProvinceCoverage", "about": SD, "value": None},
        {"kind": "kgo:ZonesInPlace", "about": SD, "value": 16},
    ],
}

# ---------------------------------------------------------------- hp06 中国—秘鲁 FTA upgrade
PER = "country:PER"
PERFTA = "title:中国—秘鲁自由贸易协定"
PERUP = "title:中国—秘鲁自由贸易协定升级议定书"
WWT = "person:王文涛@org:mofcom"
HYD = "person:何亚东@org:mofcom"
IAD = "body:商务部国际经贸关系司"
S24 = "2024-01-01/2024-09-30"
hp06 = {
    "editor": "郭倩",
    "entities": [
        E("新华社", ORG, None, True),
        E("利马", CO, None, True),  # a foreign city
        E("李晓骁", "Person", rep("李晓骁"), True),
        E("商务部", ORG, MOF),
        E("王文涛", "Person", WWT),
        E("秘鲁", CO, PER),
        E("《中国—秘鲁自由贸易协定升级议定书》", L, PERUP),
        E("中秘自贸协定", L, PERFTA),
        E("中国", CO, CHN),
        E("拉美", CO, None, True),  # a region
        E("商务部国际司", ORG, IAD),
        E("升级议定书", L, PERUP, True),  # back-references
        E("中国海关", ORG, "org:gacc", True),
        E("何亚东", "Person", HYD),
        E("智利", CO, "country:CHL"),
        E("中秘自贸区", L, PERFTA),  # the FTA, not a zone (must-not below)
        E("上海", P, "place:310000"),
        E("深圳", PF, "place:440300"),
        E("钱凯港", ORG, None, True),
        E("李木子", "Person", rep("李木子"), True),
        E("中远海运", ORG, None, True),
        E("中远海控", ORG, None, True),  # stock link
        E("中远海能", ORG, None, True),  # stock link
    ],
    "must_not": [
        N("中秘自贸区", 1, "an FTA, not a pilot zone", [CB, FZ, PZ]),
        NA("合作", "the word 合作, not 合作市", PLACE),
        NA("中方", "中方 = the Chinese side, not 中方县", PLACE),
    ],
    "relations": [
        R(WWT, HOLDS, "post:org:mofcom#部长"),
        R(IAD, SUB, MOF),
        R(HYD, HOLDS, "post:org:mofcom#新闻发言人"),
    ],
    "observations": [
        O(CHN, TR, LV, yi("377.8"), "USD", P23, PER),
        O(CHN, TR, YOY, "1.2", "P1", P23, PER),
        O(CHN, EX, LV, yi("118.6"), "USD", S24, PER),
        O(CHN, IM, LV, yi("205.3"), "USD", S24, PER),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hp07 汕头 2023 trade
ST = "place:440500"
hp07 = {
    "editor": "林琳",
    "entities": [
        E("汕头日报", ORG, None, True),  # newspaper
        E("汕头海关", ORG, "body:汕头海关"),
        E("汕头市", PF, ST),
        E("汕头", PF, ST),
        E("澄海", C, "place:440515"),
        E("澄海区", C, "place:440515"),
        E("美国", CO, USA),
        E("东盟", ORG, ASEAN, True),
        E("欧盟", ORG, EU, True),
        E("一带一路", L, BRI, True),
        E("第四批跨境电子商务综合试验区", "Batch", "batch:cbec-4", True),
        E("中国（汕头）跨境电子商务综合试验区", CB, "zone:cbec-440500"),
        E("汕头市商务局", ORG, "body:汕头市商务局"),
        E("潮阳区", C, "place:440513"),
        E("潮南区", C, "place:440514"),
        E("广东省商务厅", ORG, "org:commerce-440000"),
        E("潮州", PF, "place:445100"),
        E("揭阳", PF, "place:445200"),
        E("汕头大学", ORG, None, True),  # university
        E("奥飞娱乐", ORG, None, True),  # stock link
        E("星辉娱乐", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("汕头日报", "汕头", "newspaper 汕头日报", PLACE),
        NA("江山", "半壁江山, not 江山市", PLACE),
        IN("汕头大学", "汕头", "university name", PLACE),
    ],
    "relations": [
        R("body:汕头海关", AREA, ST),
        R("body:汕头市商务局", AREA, ST),
        R("zone:cbec-440500", "kgo:inBatch", "batch:cbec-4"),
    ],
    "observations": [
        O(ST, TR, LV, yi("712.6"), "CNY", P23),
        O(ST, TR, YOY, "1.3", "P1", P23),
        O(ST, EX, LV, yi("542.8"), "CNY", P23),
        O(ST, EX, YOY, "2.9", "P1", P23),
        O(ST, IM, LV, yi("169.8"), "CNY", P23),
        O(ST, IM, YOY, "-3.5", "P1", P23),
        O(ST, EX, LV, yi("176.4"), "CNY", P23, None, "玩具"),
        O(ST, EX, YOY, "6.8", "P1", P23, None, "玩具"),
        O(ST, EX, SH, "32.5", "P1", P23, None, "玩具"),
        O(ST, TR, LV, yi("131.2"), "CNY", P23, USA),
        O(ST, TR, LV, yi("118.5"), "CNY", P23, ASEAN),
        O(ST, TR, LV, yi("86.7"), "CNY", P23, EU),
        O(ST, TR, YOY, "7.6", "P1", P23, BRI),
        O(ST, "crossBorderEcommerceTradeValue", LV, yi("108.3"), "CNY", P23),
        O(ST, "crossBorderEcommerceTradeValue", YOY, "19.6", "P1", P23),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hp08 阿拉山口 1—8月 2024
XJ, ALSK = "place:650000", "place:652702"
A24 = "2024-01-01/2024-08-31"
hp08 = {
    "editor": "马骏",
    "entities": [
        E("中新网", ORG, None, True),
        E("乌鲁木齐", PF, "place:650100", True, [1]),  # dateline
        E("戚亚栋", "Person", rep("戚亚栋"), True),
        E("阿拉山口海关", ORG, "body:阿拉山口海关"),
        E("新疆", P, XJ),
        E("阿拉山口口岸", ORG, None, True),  # the port
        E("德国", CO, "country:DEU"),
        E("波兰", CO, "country:POL"),
        E("俄罗斯", CO, RUS),
        E("哈萨克斯坦", CO, KAZ),
        E("乌鲁木齐海关", ORG, "body:乌鲁木齐海关"),
        E("新疆维吾尔自治区", P, XJ),
        E("中亚五国", ORG, None, True),  # a group of countries
        E("阿拉山口市", C, ALSK),
        E("博尔塔拉蒙古自治州", PF, "place:652700"),
        E("第六批跨境电子商务综合试验区", "Batch", "batch:cbec-6", True),
        E("跨境电商综试区", CB, None, True),  # the zone type
        E("阿拉山口综合保税区", PZ, "zone:bonded-652702"),
        E("中国（阿拉山口）跨境电子商务综合试验区", CB, "zone:cbec-652702"),
        E("伊犁哈萨克自治州", PF, "place:654000"),
        E("霍尔果斯市", C, "place:654004"),
        E("阿拉山口铁路口岸", ORG, None, True),  # caption: the port
        E("新疆维吾尔自治区商务厅", ORG, "org:commerce-650000"),
        E("中国（新疆）自由贸易试验区", FZ, "zone:ftz-650000"),
        E("中国外运", ORG, None, True),  # stock link
        E("铁龙物流", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("博尔塔拉蒙古自治州", "蒙古", "inside a prefecture name, not 蒙古国", ["Country"]),
        IN("伊犁哈萨克自治州", "哈萨克", "inside a prefecture name, not 哈萨克斯坦", ["Country"]),
        IN("中国外运", "中国", "stock link 中国外运 (a company)", ["Country"]),
    ],
    "relations": [
        R("body:阿拉山口海关", AREA, ALSK),
        R("body:乌鲁木齐海关", AREA, "place:650100"),
        R("zone:cbec-652702", "kgo:inBatch", "batch:cbec-6"),
    ],
    "observations": [
        O(XJ, TR, LV, yi("2649.5"), "CNY", A24),
        O(XJ, TR, YOY, "14.2", "P1", A24),
        O(XJ, EX, LV, yi("2281.7"), "CNY", A24),
        O(XJ, EX, YOY, "17.6", "P1", A24),
        O(XJ, TR, LV, yi("1077.6"), "CNY", A24, KAZ),
        O(XJ, TR, SH, "40.7", "P1", A24, KAZ),
    ],
    "optional_observations": [
        O(XJ, TR, YOY, "18.9", "P1", A24, None, "中亚五国"),
        O("zone:bonded-652702", TR, LV, yi("186.3"), "CNY", A24),
        O("zone:bonded-652702", TR, YOY, "23.5", "P1", A24),
    ],
    "claims": [{"kind": "kgo:ZonesInPlace", "about": XJ, "value": 4}],
}

# ---------------------------------------------------------------- hp09 湛江 Q1–3 2023
ZJ = "place:440800"
Q3 = "2023-01-01/2023-09-30"
hp09 = {
    "editor": "梁爽",
    "entities": [
        E("湛江日报", ORG, None, True),  # newspaper
        E("湛江市统计局", ORG, "body:湛江市统计局"),
        E("广东省统计局", ORG, "body:广东省统计局"),
        E("湛江市", PF, ZJ),
        E("湛江海关", ORG, "body:湛江海关"),
        E("廉江市", C, "place:440881"),
        E("雷州市", C, "place:440882"),
        E("吴川市", C, "place:440883"),
        E("麻章区", C, "place:440811"),
        E("坡头区", C, "place:440804"),
        E("宝钢湛江钢铁", ORG, None, True),  # company
        E("中科炼化", ORG, None, True),  # company
        E("湛江综合保税区", PZ, "zone:bonded-440800"),
        E("湛江港霞山港区", ORG, None, True),  # caption: a port area
        E("宝钢股份", ORG, None, True),  # stock link
        E("中国石化", ORG, None, True),  # stock link
    ],
    "must_not": [
        IN("湛江日报", "湛江", "newspaper 湛江日报", PLACE),
        IN("宝钢湛江钢铁", "湛江", "company name 宝钢湛江钢铁", PLACE),
        IN("中国石化", "中国", "stock link 中国石化 (a company)", ["Country"]),
    ],
    "relations": [
        R("body:湛江市统计局", AREA, ZJ),
        R("body:广东省统计局", AREA, "place:440000"),
        R("body:湛江海关", AREA, ZJ),
    ],
    "observations": [
        O(ZJ, "gdp", LV, yi("2701.6"), "CNY", Q3),
        O(ZJ, "gdp", YOY, "4.1", "P1", Q3),
        O(ZJ, "gdp", LV, yi("544.6"), "CNY", Q3, None, "第一产业"),
        O(ZJ, "gdp", YOY, "4.6", "P1", Q3, None, "第一产业"),
        O(ZJ, "gdp", LV, yi("1013.9"), "CNY", Q3, None, "第二产业"),
        O(ZJ, "gdp", YOY, "5.2", "P1", Q3, None, "第二产业"),
        O(ZJ, "gdp", LV, yi("1143.1"), "CNY", Q3, None, "第三产业"),
        O(ZJ, "gdp", YOY, "3.0", "P1", Q3, None, "第三产业"),
        O(ZJ, "industrialValueAdded", YOY, "7.8", "P1", Q3),
        O(ZJ, "retailSalesValue", LV, yi("1296.4"), "CNY", Q3),
        O(ZJ, "retailSalesValue", YOY, "5.5", "P1", Q3),
        O(ZJ, "fixedAssetInvestment", YOY, "-6.7", "P1", Q3),
        O(ZJ, TR, LV, yi("545.2"), "CNY", Q3),
        O(ZJ, TR, YOY, "12.9", "P1", Q3),
        O(ZJ, IM, LV, yi("392.6"), "CNY", Q3),
        O(ZJ, IM, YOY, "15.1", "P1", Q3),
        O("place:440881", "gdp", LV, yi("452.1"), "CNY", Q3),
        O("place:440882", "gdp", LV, yi("320.8"), "CNY", Q3),
        O("place:440883", "gdp", LV, yi("271.5"), "CNY", Q3),
    ],
    "optional_observations": [
        O("zone:bonded-440800", TR, YOY, "20", "P1", Q3),  # 两成以上
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hp10 漠河 cold (off-topic)
hp10 = {
    "editor": "张宇",
    "entities": [
        E("新华社", ORG, None, True),
        E("哈尔滨", PF, "place:230100", True),  # dateline
        E("王松", "Person", rep("王松"), True),
        E("黑龙江省气象台", ORG, "body:黑龙江省气象台"),
        E("黑龙江省", P, "place:230000"),
        E("大兴安岭地区", PF, "place:232700"),
        E("漠河市", C, "place:232701"),
        E("漠河", C, "place:232701"),
        E("塔河县", C, "place:232722"),
        E("呼中区", C, "place:232764"),
        E("内蒙古自治区", P, "place:150000"),
        E("呼伦贝尔市", PF, "place:150700"),
        E("根河市", C, "place:150785"),
        E("中央气象台", ORG, "body:中央气象台"),
        E("谢剑飞", "Person", rep("谢剑飞"), True),
        E("漠河市文化广电和旅游局", ORG, "body:漠河市文化广电和旅游局"),
        E("上海", P, "place:310000"),
        E("广州", PF, "place:440100"),
        E("深圳", PF, "place:440300"),
        E("西安旅游", ORG, None, True),  # stock link
        E("中青旅", ORG, None, True),  # stock link
    ],
    "must_not": [
        NA("金山", "金山林场 (a forest farm), not 上海金山区", PLACE),
        IN("西安旅游", "西安", "stock link 西安旅游 (a company)", PLACE),
    ],
    "relations": [
        R("body:黑龙江省气象台", AREA, "place:230000"),
        R("body:漠河市文化广电和旅游局", AREA, "place:232701"),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hp11 景德镇 (off-topic)
JDZ = "place:360200"
hp11 = {
    "editor": "何静",
    "entities": [
        E("新华社", ORG, None, True),
        E("南昌", PF, "place:360100", True, [1]),  # dateline
        E("南昌", PF, "place:360100", False, [2]),
        E("林浩", "Person", rep("林浩"), True),
        E("2023中国景德镇国际陶瓷博览会", ORG, None, True),  # event
        E("瓷博会", ORG, None, True),  # event
        E("江西省", P, "place:360000"),
        E("景德镇市", PF, JDZ),
        E("景德镇", PF, JDZ),
        E("法国", CO, "country:FRA"),
        E("日本", CO, "country:JPN"),
        E("韩国", CO, "country:KOR"),
        E("珠山区", C, "place:360203"),
        E("御窑博物院", ORG, None, True),
        E("昌江区", C, "place:360202"),
        E("浮梁县", C, "place:360222"),
        E("周密", "Person", rep("周密"), True),
        E("江西省文化和旅游厅", ORG, "body:江西省文化和旅游厅"),
        E("上海", P, "place:310000"),
        E("杭州", PF, "place:330100"),
        E("景德镇陶瓷大学", ORG, None, True),  # university
        E("景德镇市人民政府", ORG, "body:景德镇市人民政府"),
        E("松发股份", ORG, None, True),  # stock link
    ],
    "must_not": [
        NA("昌江", "昌江河畔: the river, not a place (昌江区 / 昌江黎族自治县)", PLACE),
        IN("景德镇陶瓷大学", "景德镇", "university name", PLACE),
    ],
    "relations": [
        R("body:江西省文化和旅游厅", AREA, "place:360000"),
        R("body:景德镇市人民政府", AREA, JDZ),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hp12 紫金矿业 (off-topic)
hp12 = {
    "editor": "孙浩",
    "entities": [
        E("紫金矿业", ORG, None, True),  # the company (also a stock link)
        E("福建省", P, "place:350000"),
        E("龙岩市", PF, "place:350800"),
        E("上杭县", C, "place:350823"),
        E("紫金山金铜矿", ORG, None, True),  # a mine
        E("西藏自治区", P, "place:540000"),
        E("西藏", P, "place:540000"),
        E("拉萨市", PF, "place:540100"),
        E("墨竹工卡县", C, "place:540127"),
        E("巨龙铜矿", ORG, None, True),  # a mine
        E("黑龙江", P, "place:230000"),
        E("新疆", P, "place:650000"),
        E("塞尔维亚", CO, "country:SRB"),
        E("刚果（金）", CO, "country:COD"),
        E("哥伦比亚", CO, "country:COL"),
        E("圭亚那", CO, "country:GUY"),
        E("陈景河", "Person", None, True),  # company chairman
        E("中国证监会", ORG, "org:csrc"),
    ],
    "must_not": [
        IN("紫金矿业", "紫金", "company name 紫金矿业 (stock link), not 紫金县", PLACE),
        IN("紫金山金铜矿", "紫金", "a mine on 紫金山, not 紫金县", PLACE),
        NA("矿区", "a mining area, not 阳泉矿区", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "hp01": hp01,
    "hp02": hp02,
    "hp03": hp03,
    "hp04": hp04,
    "hp05": hp05,
    "hp06": hp06,
    "hp07": hp07,
    "hp08": hp08,
    "hp09": hp09,
    "hp10": hp10,
    "hp11": hp11,
    "hp12": hp12,
}


def main() -> None:
    """Write hpNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
        spec["must_not"] = resolve_in(body, spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
