"""Write the gold files of heldout-2026-12y from the annotator's span lists.

Input: articles/hyNN.md (written by write_articles.py) and the SPECS table below, made by
reading each body as ``kg.ingest.read_article(path).body`` returns it, picture captions
included, to GOLD-GUIDELINES in format 2 (tests/gold/SCOPE.md).
Output: hyNN.json (one entity per occurrence; ``"captions": true``; containment relations
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


# ---------------------------------------------------------------- hy01 山东 前三季度 2021
SD = "place:370000"
Q3 = "2021-01-01/2021-09-30"
SEP = "2021-09-01/2021-09-30"
JNC = "body:济南海关"
hy01 = {
    "editor": "李桂花",
    "entities": [
        E("山东", P, SD),
        E("山东省", P, SD),
        E("中新网", ORG, None, True),
        E("济南", PF, "place:370100", True, [1]),  # dateline
        E("赵晓", PER, "person:赵晓@reporter", True),
        E("济南海关", ORG, JNC),
        E("东盟", ORG, "org:asean", True),
        E("欧盟", ORG, "org:eu", True),
        E("韩国", CO, "country:KOR"),
        E("一带一路", L, "doc:bri", True),
        E("青岛", PF, "place:370200"),
        E("烟台", PF, "place:370600"),
        E("潍坊", PF, "place:370700"),
        E("济南海关统计分析处", ORG, "body:济南海关统计分析处"),
        E("临沂", PF, "place:371300"),
        E("日照港", ORG, None, True),  # a port
        E("烟台港", ORG, None, True),  # a port
        E("中国（山东）自由贸易试验区", FZ, "zone:ftz-370000"),
        E("青岛港", ORG, None, True),  # stock link and, in the caption, the port
        E("潍柴动力", ORG, None, True),
        E("中国新闻网", ORG, None, True),
    ],
    "must_not": [
        IN("青岛港、潍柴", "青岛", "stock link 青岛港 (a company)", PLACE),
        NA("海港", "沿海港口, not 海港区", PLACE),
        NA("港口", "沿海港口, not 港口区", PLACE),
    ],
    "relations": [
        R(JNC, AREA, "place:370100"),
        R("body:济南海关统计分析处", SUB, JNC),
    ],
    "observations": [
        O(SD, "foreignTradeValue", "Level", yi("20987.5"), "CNY", Q3),
        O(SD, "foreignTradeValue", "YearOnYearGrowth", "35.6", "P1", Q3),
        O(SD, "exportValue", "Level", yi("12330.1"), "CNY", Q3),
        O(SD, "exportValue", "YearOnYearGrowth", "37.8", "P1", Q3),
        O(SD, "importValue", "Level", yi("8657.4"), "CNY", Q3),
        O(SD, "importValue", "YearOnYearGrowth", "32.6", "P1", Q3),
        O(SD, "foreignTradeValue", "Level", yi("2574.3"), "CNY", SEP),
        O(SD, "foreignTradeValue", "YearOnYearGrowth", "27.9", "P1", SEP),
        O(SD, "foreignTradeValue", "Level", yi("3386.2"), "CNY", Q3, "org:asean"),
        O(SD, "foreignTradeValue", "Level", yi("2344.5"), "CNY", Q3, "org:eu"),
        O(SD, "foreignTradeValue", "Level", yi("1742.6"), "CNY", Q3, "country:KOR"),
        O(SD, "foreignTradeValue", "YearOnYearGrowth", "37.1", "P1", Q3, "org:asean"),
        O(SD, "foreignTradeValue", "YearOnYearGrowth", "30.4", "P1", Q3, "org:eu"),
        O(SD, "foreignTradeValue", "YearOnYearGrowth", "20.3", "P1", Q3, "country:KOR"),
        O(SD, "foreignTradeValue", "Level", yi("6425.7"), "CNY", Q3, "doc:bri"),
        O(SD, "foreignTradeValue", "YearOnYearGrowth", "38.9", "P1", Q3, "doc:bri"),
        O(SD, "foreignTradeValue", "Share", "30.6", "P1", Q3, "doc:bri"),
        O(SD, "foreignTradeValue", "Level", yi("15002.6"), "CNY", Q3, None, "民营企业"),
        O(SD, "foreignTradeValue", "YearOnYearGrowth", "38.7", "P1", Q3, None, "民营企业"),
        O(SD, "foreignTradeValue", "Share", "71.5", "P1", Q3, None, "民营企业"),
        O("place:370200", "foreignTradeValue", "Level", yi("6457.6"), "CNY", Q3),
        O("place:370600", "foreignTradeValue", "Level", yi("2637.4"), "CNY", Q3),
        O("place:370700", "foreignTradeValue", "Level", yi("1452.8"), "CNY", Q3),
        O("place:370200", "foreignTradeValue", "Share", "30.8", "P1", Q3),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hy02 安徽 car exports 1—8月 2024
AH = "place:340000"
P8 = "2024-01-01/2024-08-31"
NEV = "title:关于支持新能源汽车贸易合作健康发展的意见"
hy02 = {
    "editor": "王楠",
    "entities": [
        E("安徽日报", ORG, None, True),
        E("合肥海关", ORG, "body:合肥海关"),
        E("安徽省", P, AH),
        E("安徽", P, AH),
        E("俄罗斯", CO, "country:RUS"),
        E("墨西哥", CO, "country:MEX"),
        E("沙特阿拉伯", CO, "country:SAU"),
        E("比利时", CO, "country:BEL"),
        E("芜湖市", PF, "place:340200"),
        E("合肥市", PF, "place:340100"),
        E("芜湖港", ORG, None, True),  # caption: the port
        E("奇瑞汽车", ORG, None, True),
        E("包河区", C, "place:340111"),
        E("长丰县", C, "place:340121"),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("RCEP", L, "doc:rcep"),
        E("商务部", ORG, "org:mofcom"),
        E("工业和信息化部", ORG, "org:miit"),
        E("《关于支持新能源汽车贸易合作健康发展的意见》", L, NEV),
        E("安徽省商务厅", ORG, "org:commerce-340000"),
        E("江淮汽车", ORG, None, True),
        E("长安汽车", ORG, None, True),
        E("大众汽车（安徽）有限公司", ORG, None, True),
    ],
    "must_not": [
        IN("安徽日报", "安徽", "newspaper 安徽日报", PLACE),
        IN("长安汽车", "长安", "stock link 长安汽车 (a company), not 长安区", PLACE),
        IN("大众汽车（安徽）", "安徽", "place inside a company name", PLACE),
    ],
    "relations": [
        R("body:合肥海关", AREA, "place:340100"),
        R(NEV, PASSED, "org:mofcom"),
        R(NEV, PASSED, "org:miit"),
    ],
    "observations": [
        O(AH, "foreignTradeValue", "Level", yi("5724.6"), "CNY", P8),
        O(AH, "foreignTradeValue", "YearOnYearGrowth", "8.1", "P1", P8),
        O(AH, "exportValue", "Level", yi("3709.2"), "CNY", P8),
        O(AH, "exportValue", "YearOnYearGrowth", "10.4", "P1", P8),
        O(AH, "importValue", "Level", yi("2015.4"), "CNY", P8),
        O(AH, "importValue", "YearOnYearGrowth", "4.1", "P1", P8),
        O(AH, "exportValue", "Level", yi("712.8"), "CNY", P8, None, "汽车"),
        O(AH, "exportValue", "YearOnYearGrowth", "33.6", "P1", P8, None, "汽车"),
        O(AH, "exportValue", "Share", "19.2", "P1", P8, None, "汽车"),
        O(AH, "exportValue", "Level", yi("285.4"), "CNY", P8, None, "电动载人汽车"),
        O(AH, "exportValue", "YearOnYearGrowth", "46.2", "P1", P8, None, "电动载人汽车"),
        O(AH, "exportValue", "Share", "40", "P1", P8, None, "电动载人汽车"),  # of car exports
        O(AH, "exportValue", "YearOnYearGrowth", "18.5", "P1", P8, "country:RUS", "汽车"),
        O(AH, "exportValue", "YearOnYearGrowth", "56.3", "P1", P8, "country:MEX", "汽车"),
        O(AH, "exportValue", "YearOnYearGrowth", "41.7", "P1", P8, "country:SAU", "汽车"),
        O(AH, "exportValue", "YearOnYearGrowth", "120", "P1", P8, "country:BEL", "汽车"),
        O("place:340200", "exportValue", "Level", yi("388.6"), "CNY", P8, None, "汽车"),
        O("place:340100", "exportValue", "Level", yi("246.1"), "CNY", P8, None, "汽车"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hy03 上海 2021 GDP
SH = "place:310000"
SH21 = Y(2021)
SURVEY = "body:国家统计局上海调查总队"
REPORT = "title:政府工作报告"
hy03 = {
    "editor": "张宇",
    "entities": [
        E("上海", P, SH, False, occ("hy03", "上海", "加上海关")),
        E("上海市", P, SH),
        E("解放日报", ORG, None, True),
        E("周程", PER, "person:周程@reporter", True),
        E("上海市统计局", ORG, "body:上海市统计局"),
        E("国家统计局上海调查总队", ORG, SURVEY),
        E("国家统计局", ORG, "org:nbs"),
        E("上海海关", ORG, "body:上海海关"),
        E("浦东新区", C, "place:310115"),
        E("陆家嘴金融城", ORG, None, True),  # caption: a business district
        E("闵行区", C, "place:310112"),
        E("嘉定区", C, "place:310114"),
        E("上海市政府", ORG, "org:gov-310000"),
        E("政府工作报告", L, REPORT),
        E("上海电气", ORG, None, True),
        E("陆家嘴", ORG, None, True, [1]),  # stock link
    ],
    "must_not": [
        IN("加上海关", "上海", "false substring: 再加上 + 海关", PLACE),
        IN("上海电气", "上海", "stock link 上海电气 (a company)", PLACE),
    ],
    "relations": [
        R("body:上海市统计局", AREA, SH),
        R(SURVEY, SUB, "org:nbs"),
        R(SURVEY, AREA, SH),
        R("body:上海海关", AREA, SH),
        R(REPORT, PASSED, "org:gov-310000"),
    ],
    "observations": [
        O(SH, "gdp", "Level", yi("43214.85"), "CNY", SH21),
        O(SH, "gdp", "YearOnYearGrowth", "8.1", "P1", SH21),
        O(SH, "gdp", "TwoYearAverageGrowth", "4.8", "P1", SH21),
        O(SH, "gdp", "Level", yi("99.97"), "CNY", SH21, None, "第一产业"),
        O(SH, "gdp", "YearOnYearGrowth", "-6.5", "P1", SH21, None, "第一产业"),
        O(SH, "gdp", "Level", yi("11449.32"), "CNY", SH21, None, "第二产业"),
        O(SH, "gdp", "YearOnYearGrowth", "9.4", "P1", SH21, None, "第二产业"),
        O(SH, "gdp", "Level", yi("31665.56"), "CNY", SH21, None, "第三产业"),
        O(SH, "gdp", "YearOnYearGrowth", "7.6", "P1", SH21, None, "第三产业"),
        O(SH, "gdp", "Share", "73.3", "P1", SH21, None, "第三产业"),
        O(SH, "industrialValueAdded", "YearOnYearGrowth", "11.0", "P1", SH21, None, "规模以上工业"),
        O(SH, "retailSalesValue", "Level", yi("18079.25"), "CNY", SH21),
        O(SH, "retailSalesValue", "YearOnYearGrowth", "13.5", "P1", SH21),
        O(SH, "retailSalesValue", "TwoYearAverageGrowth", "6.3", "P1", SH21),
        O(SH, "fixedAssetInvestment", "YearOnYearGrowth", "8.1", "P1", SH21),
        O(SH, "foreignTradeValue", "Level", yi("40610.35"), "CNY", SH21),
        O(SH, "foreignTradeValue", "YearOnYearGrowth", "16.5", "P1", SH21),
        O(SH, "exportValue", "Level", yi("15718.67"), "CNY", SH21),
        O(SH, "exportValue", "YearOnYearGrowth", "14.6", "P1", SH21),
        O(SH, "importValue", "Level", yi("24891.68"), "CNY", SH21),
        O(SH, "importValue", "YearOnYearGrowth", "17.7", "P1", SH21),
        O("place:310115", "gdp", "Level", yi("15352.99"), "CNY", SH21),
        O("place:310115", "gdp", "YearOnYearGrowth", "10.0", "P1", SH21),
        O("place:310115", "gdp", "Share", "35.5", "P1", SH21),
        O("place:310112", "gdp", "YearOnYearGrowth", "8.6", "P1", SH21),
        O("place:310114", "gdp", "YearOnYearGrowth", "9.2", "P1", SH21),
        O(SH, "gdp", "YearOnYearGrowth", "5.5", "P1", Y(2022), target=True),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hy04 MOFCOM outward investment 2021
GAO = "person:高峰@org:mofcom"
ODI = "body:商务部对外投资和经济合作司"
PLAN4 = "title:“十四五”对外投资合作发展规划"
C21 = Y(2021)
hy04 = {
    "editor": "赵然",
    "entities": [
        E("中新经纬", ORG, None, True),
        E("商务部", ORG, "org:mofcom"),
        E("高峰", PER, GAO),
        E("一带一路", L, "doc:bri", True),
        E("新加坡", CO, "country:SGP"),
        E("印度尼西亚", CO, "country:IDN"),
        E("马来西亚", CO, "country:MYS"),
        E("越南", CO, "country:VNM"),
        E("孟加拉国", CO, "country:BGD"),
        E("阿联酋", CO, "country:ARE"),
        E("老挝", CO, "country:LAO"),
        E("泰国", CO, "country:THA"),
        E("哈萨克斯坦", CO, "country:KAZ"),
        E("柬埔寨", CO, "country:KHM"),
        E("雅万高铁", ORG, None, True),  # a project
        E("商务部对外投资和经济合作司", ORG, ODI),
        E("外交部", ORG, "org:mofa"),
        E("国家发展改革委", ORG, "org:ndrc"),
        E("《“十四五”对外投资合作发展规划》", L, PLAN4),
        E("广东", P, "place:440000"),
        E("上海", P, "place:310000"),
        E("浙江", P, "place:330000"),
        E("国家外汇管理局", ORG, "org:safe"),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("北方国际", ORG, None, True),
        E("中国化学", ORG, None, True),
    ],
    "must_not": [
        NA("会同", "the verb 会同 (会同县)", PLACE),
        NA("合作", "投资合作, not 合作市", PLACE),
        IN("中国化学", "中国", "stock link 中国化学 (a company)", COUNTRY),
    ],
    "relations": [
        R(GAO, HOLDS, "post:org:mofcom#新闻发言人"),
        R(ODI, SUB, "org:mofcom"),
        R(PLAN4, PASSED, "org:mofcom"),
        R(PLAN4, PASSED, "org:mofa"),
        R(PLAN4, PASSED, "org:ndrc"),
    ],
    "observations": [
        O(CHN, "outwardInvestmentValue", "Level", yi("7331.5"), "CNY", C21),
        O(CHN, "outwardInvestmentValue", "YearOnYearGrowth", "3.2", "P1", C21),
        O(CHN, "outwardInvestmentValue", "Level", yi("1136.4"), "USD", C21),
        O(CHN, "outwardInvestmentValue", "YearOnYearGrowth", "9.2", "P1", C21),
        O(CHN, "outwardInvestmentValue", "Level", yi("1309.7"), "CNY", C21, "doc:bri"),
        O(CHN, "outwardInvestmentValue", "YearOnYearGrowth", "7.9", "P1", C21, "doc:bri"),
        O(CHN, "outwardInvestmentValue", "Level", yi("203"), "USD", C21, "doc:bri"),
        O(CHN, "outwardInvestmentValue", "YearOnYearGrowth", "14.1", "P1", C21, "doc:bri"),
        O(CHN, "outwardInvestmentValue", "Share", "17.9", "P1", C21, "doc:bri"),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hy05 重庆 2021 trade, 东盟
CQ = "place:500000"
LG = "zone:bonded-x-chongqing-lianglu-guoyuangang"
XY = "zone:bonded-x-chongqing-xiyong"
hy05 = {
    "editor": "刘洋",
    "entities": [
        E("重庆日报", ORG, None, True),
        E("重庆海关", ORG, "body:重庆海关"),
        E("重庆市", P, CQ),
        E("重庆", P, CQ),
        E("东盟", ORG, "org:asean", True),
        E("欧盟", ORG, "org:eu", True),
        E("美国", CO, "country:USA"),
        E("西部陆海新通道", ORG, None, True),  # a corridor programme
        E("广西", P, "place:450000"),
        E("钦州港", ORG, None, True),  # a port
        E("中国—东盟自贸区", L, "doc:china-asean-fta"),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("沙坪坝区", C, "place:500106"),
        E("团结村中心站", ORG, None, True),  # a rail terminal
        E("两路果园港综合保税区", PZ, LG),
        E("西永综合保税区", PZ, XY),
        E("江津综合保税区", PZ, "zone:bonded-500116"),
        E("中国（重庆）自由贸易试验区", FZ, "zone:ftz-500000"),
        E("重庆市商务委员会", ORG, "org:commerce-500000"),
        E("江津区", C, "place:500116"),
        E("九龙坡区", C, "place:500107"),
        E("重庆路桥", ORG, None, True),
        E("赛力斯", ORG, None, True),
    ],
    "must_not": [
        IN("重庆日报", "重庆", "newspaper 重庆日报", PLACE),
        IN("重庆路桥", "重庆", "stock link 重庆路桥 (a company)", PLACE),
        NA("合作", "产业链合作, not 合作市", PLACE),
        IN("中国—东盟自贸区", "自贸区", "中国—东盟自贸区 is an FTA, not a pilot zone", ZONES),
    ],
    "relations": [R("body:重庆海关", AREA, CQ)],
    "observations": [
        O(CQ, "foreignTradeValue", "Level", yi("8000.6"), "CNY", C21),
        O(CQ, "foreignTradeValue", "YearOnYearGrowth", "22.8", "P1", C21),
        O(CQ, "exportValue", "Level", yi("5168.3"), "CNY", C21),
        O(CQ, "exportValue", "YearOnYearGrowth", "23.2", "P1", C21),
        O(CQ, "importValue", "Level", yi("2832.3"), "CNY", C21),
        O(CQ, "importValue", "YearOnYearGrowth", "22.1", "P1", C21),
        O(CQ, "foreignTradeValue", "Level", yi("1198.4"), "CNY", C21, "org:asean"),
        O(CQ, "foreignTradeValue", "YearOnYearGrowth", "19.6", "P1", C21, "org:asean"),
        O(CQ, "foreignTradeValue", "Share", "15", "P1", C21, "org:asean"),
        O(CQ, "foreignTradeValue", "Level", yi("1139.2"), "CNY", C21, "org:eu"),
        O(CQ, "foreignTradeValue", "Level", yi("1085.7"), "CNY", C21, "country:USA"),
    ],
    "optional_observations": [
        O(LG, "foreignTradeValue", "YearOnYearGrowth", "21.5", "P1", C21),
        O(XY, "foreignTradeValue", "YearOnYearGrowth", "14.2", "P1", C21),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hy06 海关总署 2021 CBEC
LI = "person:李魁文@org:gacc"
NOTICE = "doc:shangcaifa-2021-39"
hy06 = {
    "editor": "陈曦",
    "entities": [
        E("海关总署", ORG, "org:gacc"),
        E("新华社", ORG, None, True),
        E("北京", P, "place:110000", True),  # dateline only
        E("邹多为", PER, "person:邹多为@reporter", True),
        E("国务院新闻办公室", ORG, "org:scio"),
        E("统计分析司", ORG, "body:海关总署统计分析司", True),  # inside a post title
        E("李魁文", PER, LI),
        E("浙江", P, "place:330000"),
        E("义乌", C, "place:330782"),
        E("商务部", ORG, "org:mofcom"),
        E("发展改革委", ORG, "org:ndrc"),
        E("财政部", ORG, "org:mof"),
        E("税务总局", ORG, "org:sta"),
        E("市场监管总局", ORG, "org:samr"),
        E("《关于扩大跨境电商零售进口试点、严格落实监管要求的通知》", L, NOTICE),
        E("商财发〔2021〕39号", L, NOTICE),
        E("自贸试验区", FZ, None, True),  # zone types
        E("跨境电商综试区", CB, None, True),
        E("综合保税区", PZ, None, True),
        E("跨境电子商务综合试验区", CB, None, True),
        E("跨境通", ORG, None, True),
        E("安克创新", ORG, None, True),
    ],
    "must_not": [IN("加上海外", "上海", "false substring: 再加上 + 海外仓", PLACE)],
    "relations": [
        R(LI, HOLDS, "post:org:gacc#新闻发言人"),
        R(LI, HOLDS, "post:org:gacc#统计分析司司长"),
        R(NOTICE, PASSED, "org:mofcom"),
        R(NOTICE, PASSED, "org:ndrc"),
        R(NOTICE, PASSED, "org:mof"),
        R(NOTICE, PASSED, "org:gacc"),
        R(NOTICE, PASSED, "org:sta"),
        R(NOTICE, PASSED, "org:samr"),
    ],
    "observations": [
        O(CHN, "foreignTradeValue", "Level", wy("39.1"), "CNY", C21),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "21.4", "P1", C21),
        O(CHN, "exportValue", "Level", wy("21.73"), "CNY", C21),
        O(CHN, "exportValue", "YearOnYearGrowth", "21.2", "P1", C21),
        O(CHN, "importValue", "Level", wy("17.37"), "CNY", C21),
        O(CHN, "importValue", "YearOnYearGrowth", "21.5", "P1", C21),
        O(CHN, "foreignTradeValue", "Level", wy("6.05"), "USD", C21),
        O(CHN, "foreignTradeValue", "YearOnYearGrowth", "30", "P1", C21),
        O(CHN, "crossBorderEcommerceTradeValue", "Level", wy("1.98"), "CNY", C21),
        O(CHN, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "15", "P1", C21),
        O(CHN, "crossBorderEcommerceExportValue", "Level", wy("1.44"), "CNY", C21),
        O(CHN, "crossBorderEcommerceExportValue", "YearOnYearGrowth", "24.5", "P1", C21),
        O(CHN, "crossBorderEcommerceImportValue", "Level", wy("0.54"), "CNY", C21),
        O(CHN, "crossBorderEcommerceImportValue", "YearOnYearGrowth", "-0.9", "P1", C21),
        O(CHN, "exportValue", "Level", yi("9303.9"), "CNY", C21, None, "市场采购"),
        O(CHN, "exportValue", "YearOnYearGrowth", "32.1", "P1", C21, None, "市场采购"),
    ],
    "optional_observations": [],
    "claims": [
        {
            "kind": "kgo:ZonesNationwide",
            "about": CHN,
            "value": 105,
            "zone_type": "kgo:CrossBorderEcommerceZone",
        },
    ],
}

# ---------------------------------------------------------------- hy07 赣州 2022 trade
GZ = "place:360700"
GZB = "zone:bonded-360700"
GF = "doc:guofa-2012-21"
G22 = Y(2022)
hy07 = {
    "editor": "钟敏",
    "entities": [
        E("赣州", PF, GZ),
        E("赣州市", PF, GZ),
        E("江西日报", ORG, None, True),
        E("刘启红", PER, "person:刘启红@reporter", True),
        E("南昌海关", ORG, "body:南昌海关"),
        E("赣州海关", ORG, "body:赣州海关"),
        E("江西", P, "place:360000"),
        E("综合保税区", PZ, None, True),  # the zone type
        E("赣州综合保税区", PZ, GZB),
        E("国务院", ORG, "org:state-council"),
        E("赣州经济技术开发区", PZ, None, True),  # a development zone, no IRI rule
        E("南康区", C, "place:360703"),
        E("赣州国际陆港", ORG, None, True),  # a dry port
        E("俄罗斯", CO, "country:RUS"),
        E("哈萨克斯坦", CO, "country:KAZ"),
        E("龙南市", C, "place:360783"),
        E("信丰县", C, "place:360722"),
        E("中国（赣州）跨境电子商务综合试验区", CB, "zone:cbec-360700"),
        E("赣州市商务局", ORG, "body:赣州市商务局"),
        E("《国务院关于支持赣南等原中央苏区振兴发展的若干意见》", L, GF),
        E("国发〔2012〕21号", L, GF),
        E("《区域全面经济伙伴关系协定》", L, "doc:rcep"),
        E("江西铜业", ORG, None, True),
        E("锡业股份", ORG, None, True),
    ],
    "must_not": [
        IN("江西日报", "江西", "newspaper 江西日报", PLACE),
        IN("江西铜业", "江西", "stock link 江西铜业 (a company)", PLACE),
    ],
    "relations": [
        R("body:南昌海关", AREA, "place:360100"),
        R("body:赣州海关", AREA, GZ),
        R("body:赣州市商务局", AREA, GZ),
        R(GF, PASSED, "org:state-council"),
    ],
    "observations": [
        O(GZ, "foreignTradeValue", "Level", yi("818.7"), "CNY", G22),
        O(GZ, "foreignTradeValue", "YearOnYearGrowth", "14.2", "P1", G22),
        O(GZ, "foreignTradeValue", "Share", "12.3", "P1", G22),
        O(GZ, "exportValue", "Level", yi("658.3"), "CNY", G22),
        O(GZ, "exportValue", "YearOnYearGrowth", "16.8", "P1", G22),
        O(GZ, "importValue", "Level", yi("160.4"), "CNY", G22),
        O(GZ, "importValue", "YearOnYearGrowth", "4.5", "P1", G22),
        O(GZ, "crossBorderEcommerceTradeValue", "YearOnYearGrowth", "35.2", "P1", G22),
        O(GZ, "foreignTradeValue", "Level", yi("1000"), "CNY", Y(2025), target=True),
    ],
    "optional_observations": [
        O(GZB, "foreignTradeValue", "Level", yi("226.5"), "CNY", G22),
        O(GZB, "foreignTradeValue", "YearOnYearGrowth", "42.6", "P1", G22),
        O(GZB, "foreignTradeValue", "Share", "27.7", "P1", G22),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hy08 南沙 总方案 (国发〔2022〕13号)
NS = "place:440115"
NSP = "doc:guofa-2022-13"
GBA = "title:粤港澳大湾区发展规划纲要"
hy08 = {
    "editor": "黄蕾",
    "entities": [
        E("新华社", ORG, None, True),
        E("北京", P, "place:110000", True),  # dateline only
        E("国务院", ORG, "org:state-council"),
        E("《广州南沙深化面向世界的粤港澳全面合作总方案》", L, NSP),
        E("国发〔2022〕13号", L, NSP),
        E("《总方案》", L, NSP, True),  # back-references
        E("广州", PF, "place:440100"),
        E("广州市", PF, "place:440100"),
        E("南沙", C, NS),
        E("南沙区", C, NS, False, occ("hy08", "南沙区", "南沙区域")),
        E("南沙湾", ORG, None, True),  # blocks of the plan
        E("庆盛枢纽", ORG, None, True),
        E("南沙枢纽", ORG, None, True),
        E("广州市人民政府", ORG, "body:广州市人民政府"),
        E("广东省", P, "place:440000"),
        E("广东", P, "place:440000"),
        E("南沙港区", ORG, None, True),  # caption: a port area
        E("国家发展改革委", ORG, "org:ndrc"),
        E("《粤港澳大湾区发展规划纲要》", L, GBA),
        E("广东省人民政府", ORG, "org:gov-440000"),
        E("香港", P, "place:810000"),
        E("澳门", P, "place:820000"),
        E("国务院港澳事务办公室", ORG, "org:hkmao"),
        E("中国（广东）自由贸易试验区", FZ, "zone:ftz-440000"),
        E("南沙新区片区", PZ, None, True),  # an FTZ area
        E("白云机场", ORG, None, True),
        E("珠海港", ORG, None, True),
    ],
    "must_not": [
        NA("会同", "the verb 会同 (会同县)", PLACE),
        NA("合作", "全面合作, not 合作市", PLACE),
        IN("白云机场", "白云", "stock link 白云机场 (a company), not 白云区", PLACE),
        IN("珠海港", "珠海", "stock link 珠海港 (a company)", PLACE),
    ],
    "relations": [
        R(NSP, PASSED, "org:state-council"),
        R("body:广州市人民政府", AREA, "place:440100"),
    ],
    "observations": [
        O(NS, "gdp", "Level", yi("2131.6"), "CNY", C21),
        O(NS, "gdp", "YearOnYearGrowth", "11.2", "P1", C21),
        O(NS, "foreignTradeValue", "Level", yi("3003.2"), "CNY", C21),
        O(NS, "foreignTradeValue", "YearOnYearGrowth", "19.3", "P1", C21),
    ],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hy09 雄安新区 five years
XA = "place:x-xiongan"
XAC = "body:雄安新区管理委员会"
XAZ = "zone:cbec-x-xiongan"
hy09 = {
    "editor": "孟佳",
    "entities": [
        E("雄安新区", SA, XA),
        E("雄安", SA, XA),
        E("新华社", ORG, None, True),
        E("石家庄", PF, "place:130100", True),  # dateline only
        E("曹国厂", PER, "person:曹国厂@reporter", True),
        E("中共中央", ORG, None, True),  # a Party body, not a government body
        E("国务院", ORG, "org:state-council"),
        E("河北", P, "place:130000"),
        E("《河北雄安新区规划纲要》", L, "title:河北雄安新区规划纲要"),
        E("雄安新区管理委员会", ORG, XAC),
        E("保定市", PF, "place:130600"),
        E("容城县", C, "place:130629"),
        E("雄县", C, "place:130638"),
        E("安新县", C, "place:130632"),
        E("中国星网", ORG, None, True),
        E("中国中化", ORG, None, True),
        E("中国华能", ORG, None, True),
        E("北京", P, "place:110000"),
        E("中国（河北）自由贸易试验区", FZ, "zone:ftz-130000"),
        E("雄安片区", PZ, None, True),  # an FTZ area
        E("中国（雄安新区）跨境电子商务综合试验区", CB, XAZ),
        E("第五批", "Batch", "batch:cbec-5", True),
        E("综试区", CB, None, True),  # the zone type
        E("容东片区", ORG, None, True),  # caption: a housing area
        E("牟宇", PER, "person:牟宇@reporter", True),
        E("河北省人民政府", ORG, "org:gov-130000"),
        E("荣盛发展", ORG, None, True),
        E("华夏幸福", ORG, None, True),
    ],
    "must_not": [
        NA("城区", "三县城区 (town areas), not 城区", PLACE),
        IN("中国星网", "中国", "company name", COUNTRY),
        IN("中国中化", "中国", "company name", COUNTRY),
        IN("中国华能", "中国", "company name", COUNTRY),
    ],
    "relations": [
        R(XAC, AREA, XA),
        R(XAZ, "kgo:inBatch", "batch:cbec-5"),
    ],
    "observations": [
        O(XA, "fixedAssetInvestment", "YearOnYearGrowth", "21.4", "P1", C21),
    ],
    "optional_observations": [
        # 累计完成投资超过3500亿元: a lower bound, cumulative since April 2017
        O(XA, "fixedAssetInvestment", "Level", yi("3500"), "CNY", "2017-04-01/2022-03-31"),
    ],
    "claims": [],
}

# ---------------------------------------------------------------- hy10 blizzard (off-topic)
AIR = "沈阳桃仙国际机场"
hy10 = {
    "editor": "吴悦",
    "entities": [
        E("中新网", ORG, None, True),
        E("沈阳", PF, "place:210100", True, [1]),  # dateline
        E("韩宏", PER, "person:韩宏@reporter", True),
        E("辽宁", P, "place:210000"),
        E("吉林", P, "place:220000"),
        E("黑龙江", P, "place:230000"),
        E("内蒙古", P, "place:150000"),
        E("中央气象台", ORG, "org:nmc"),
        E("辽宁省", P, "place:210000"),
        E("沈阳市", PF, "place:210100"),
        E("鞍山市", PF, "place:210300"),
        E("内蒙古自治区", P, "place:150000"),
        E("通辽市", PF, "place:150500"),
        E("辽宁省交通运输厅", ORG, "body:辽宁省交通运输厅"),
        E(AIR, ORG, None, True),
        E("中国铁路沈阳局集团有限公司", ORG, None, True),
        E("沈阳市人民政府", ORG, "body:沈阳市人民政府"),
        E("应急管理部", ORG, "org:mem"),
        E("和平区", C, "place:210102"),
        E("中新社", ORG, None, True),
        E("于海洋", PER, "person:于海洋@reporter", True),
        E("黑龙江省气象台", ORG, "body:黑龙江省气象台"),
        E("鹤岗", PF, "place:230400"),
        E("佳木斯", PF, "place:230800"),
        E("沈阳机床", ORG, None, True),
        E("铁龙物流", ORG, None, True),
    ],
    "must_not": [
        NA("市中", "全市中小学校, not 市中区", PLACE),
        IN(AIR, "沈阳", "airport name", PLACE),
        IN("中国铁路沈阳局", "沈阳", "company name", PLACE),
        IN("中国铁路沈阳局", "中国", "company name", COUNTRY),
        IN("沈阳机床", "沈阳", "stock link 沈阳机床 (a company)", PLACE),
    ],
    "relations": [
        R("body:辽宁省交通运输厅", AREA, "place:210000"),
        R("body:沈阳市人民政府", AREA, "place:210100"),
        R("body:黑龙江省气象台", AREA, "place:230000"),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hy11 music festival (off-topic)
hy11 = {
    "editor": "顾晨",
    "entities": [
        E("常州日报", ORG, None, True),
        E("太湖湾音乐节", ORG, None, True),  # event
        E("江苏省", P, "place:320000"),
        E("常州市", PF, "place:320400"),
        E("武进区", C, "place:320412"),
        E("武进", C, "place:320412"),
        E("太湖湾旅游度假区", ORG, None, True),
        E("上海", P, "place:310000"),
        E("南京", PF, "place:320100"),
        E("苏州", PF, "place:320500"),
        E("无锡", PF, "place:320200"),
        E("常州市文化广电和旅游局", ORG, "body:常州市文化广电和旅游局"),
        E("常州市公安局", ORG, "body:常州市公安局"),
        E("陈暐", PER, "person:陈暐@reporter", True),
        E("江苏省文化和旅游厅", ORG, "body:江苏省文化和旅游厅"),
        E("宋城演艺", ORG, None, True),
        E("力盛体育", ORG, None, True),
    ],
    "must_not": [
        IN("常州日报", "常州", "newspaper 常州日报", PLACE),
        IN("太湖湾", "太湖", "太湖湾 (a bay of Lake Tai), not 太湖县", PLACE),
    ],
    "relations": [
        R("body:常州市文化广电和旅游局", AREA, "place:320400"),
        R("body:常州市公安局", AREA, "place:320400"),
        R("body:江苏省文化和旅游厅", AREA, "place:320000"),
    ],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

# ---------------------------------------------------------------- hy12 招商银行 results (off-topic)
SPDB = "上海浦东发展银行"
hy12 = {
    "editor": "孙琪",
    "entities": [
        E("招商银行", ORG, None, True),
        E("广东省", P, "place:440000"),
        E("深圳市", PF, "place:440300"),
        E("福田区", C, "place:440304"),
        E("王良", PER, None, True),  # a bank officer
        E("香港", P, "place:810000"),
        E("新加坡", CO, "country:SGP"),
        E("伦敦", ORG, None, True),  # a foreign city
        E(SPDB, ORG, None, True),
        E("兴业银行", ORG, None, True),
        E("国家金融监督管理总局", ORG, "org:nfra"),
        E("中国人民银行", ORG, "org:pbc"),
    ],
    "must_not": [
        IN(SPDB, "上海", "bank name", PLACE),
        IN(SPDB, "浦东", "bank name", PLACE),
        IN("兴业银行", "兴业", "stock link 兴业银行 (a company), not 兴业县", PLACE),
    ],
    "relations": [],
    "observations": [],
    "optional_observations": [],
    "claims": [],
}

SPECS = {
    "hy01": hy01,
    "hy02": hy02,
    "hy03": hy03,
    "hy04": hy04,
    "hy05": hy05,
    "hy06": hy06,
    "hy07": hy07,
    "hy08": hy08,
    "hy09": hy09,
    "hy10": hy10,
    "hy11": hy11,
    "hy12": hy12,
}


def main() -> None:
    """Write hyNN.json, then add captions, containment and table-body areaServed."""
    for stem, spec in SPECS.items():
        body = read_body(HERE / "articles" / f"{stem}.md", captions=True)
        spec["must_not"] = resolve_in(body, spec["must_not"])
    write_captioned_set(HERE, SPECS)


if __name__ == "__main__":
    main()
