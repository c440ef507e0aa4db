"""Reported figures → ``Observation`` records: levels, growth rates and shares.

Input: ``Annotated`` (sentences) and the linked mentions (places give the subject,
countries and blocs the trade partner). Output: ``Observation`` records with their
period, in text order. It does not: parse numbers or periods (``kg.nlp.numbers``,
``kg.nlp.periods``), link names, or build RDF.

A figure becomes an observation only when its measure is clear from the words
before it (跨境电商进出口, 地区生产总值, 实际使用外资…) and its subject place is
known (a place or 全国/全省/本市/全区 scope in the sentence, else the last scope of
the article; with the reference, 全省/本市/全区 resolve to the place of that level the
article or its headline names). Trade, investment and economy measures count only as
a headline total (江苏省外贸进出口值…), a breakdown by trade partner (我国对东盟进出口…
→ ``partner``) or a breakdown by category (服务业实际使用外资, 民营企业进出口,
一般贸易方式进出口, 金属矿砂、农产品等进口, 出口钢材 → ``industry``): the category is
the words between the place (or a modifier ending in 的) and the measure word, or
after the trade word, and must not hold a verb, a comparison or a total (带动…进出口,
出口总额 are not breakdowns).

Rules (ids in the evidence): ``figure:level``, ``figure:level-continued`` (规模达X
after a level), ``figure:growth`` (同比 → YearOnYearGrowth, 环比 → MonthOnMonthGrowth,
两年平均 → TwoYearAverageGrowth; a rate against an older base year is skipped),
``figure:share`` (占…总值的X%, 占比X%), ``figure:product-share`` (仅手机一项就占全省
出口总值的58.3% with no level before: the product's share of the place's flow),
``figure:place-share`` (浙江出口占全国的份额为15.1%: the place's flow in the country's), ``figure:points`` (同比提高N个百分点 right after
a share → PercentagePointChange of that share; 拉动…增长N个百分点 is skipped),
``figure:respectively`` (lists: 对东盟、欧盟…进出口分别增长…; A和B进出口X和Y，同增…和…，
分别占…和…; A、B分别出口X、Y，分别增长… → one figure per item, partner or category),
``figure:ranked`` (投资增速前二名：中卫市增长36.4%，… → each place's growth in the
measure the heading names; bare 投资 is the investment measure the article named
before), ``figure:part`` (高技术产业实际使用外资增长34.6%，其中高技术服务业增长37.6% → the
rate of a category of the measure just named). Exports and imports after a service-trade
phrase (服务进出口…其中出口, 知识密集型服务出口) are exports of services, with the service
group as industry; 折合158.4亿美元 restates the level before in another currency; 增长1.7倍
is a rise of 170 %; a heading's figure stated again with its period is kept once. The
measures (patterns, unit kinds, headline words) are rows of
``data/gazetteer/figure_measures.tsv``; trade partners the gazetteer does not name (RCEP国家,
“一带一路”沿线国家) are rows of ``trade_partners.tsv``. The period is the one the sentence
states before the figure, else the one
the text stated last (其中…, 同期…, 分别…); 当月 is the month of that period. A figure
after 力争/目标/计划到 or 到<a later year>年, in its clause or the one before, is a plan
target.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from kg import iris
from kg.extract.relations import evidence, zone_host_mention
from kg.link.bodies import context_place, title_place
from kg.model import Annotated, Mention, Observation
from kg.nlp.agreements import country_initials
from kg.nlp.lexicon import read_table
from kg.nlp.numbers import Quantity, direction_before, parse_quantities
from kg.nlp.periods import (
    Period,
    current_month,
    is_comparison_base,
    is_event_date,
    is_release_date,
    parse_periods,
)
from kg.paths import gazetteer_dir
from kg.refdata.records import Reference

__all__ = ["CHINA", "extract_observations", "measure_for"]

CHINA = iris.place_iri("156")
_PROVINCE_LABELS = frozenset({"Province"})
_SCOPE_PLACE_LABELS = frozenset({"Country", "Province", "Prefecture", "County", "SpecialArea"})
#: zones other than CBEC zones report their own figures (a CBEC zone's are its city's)
_SCOPE_ZONE_LABELS = frozenset({"FreeTradeZone", "ComprehensiveBondedZone", "PilotZone"})
_CLAUSE_BREAK = re.compile(r"[，,；;。：:]")
_CBEC_WORD = r"(跨境电商|跨境电子商务)"


def _ref_iri(ref: str) -> str:
    """``country:USA`` / ``place:810000`` / ``org:asean`` / ``doc:rcep`` → its IRI."""
    kind, _, key = ref.partition(":")
    if kind == "country":
        return iris.country_iri(key)
    if kind == "place":
        return iris.place_iri(key)
    if kind == "org":
        return iris.org_iri(key)
    if kind == "doc":
        return iris.doc_iri(key, is_number_slug=True)
    raise ValueError(f"trade_partners.tsv: unknown ref {ref!r}")


_MEASURE_ROWS = read_table(gazetteer_dir() / "figure_measures.tsv")
# (pattern over the text before the figure, measure, unit kinds) — first match wins.
_MEASURES: tuple[tuple[re.Pattern[str], str, frozenset[str]], ...] = tuple(
    (re.compile(row[4]), row[1], frozenset(row[2].split())) for row in _MEASURE_ROWS
)
#: measures that count only as a headline total or a partner / industry breakdown:
#: the clause must be scope, period and the measure word (江苏省外贸进出口值32878.4亿元),
#: or that plus a partner (我国对东盟进出口) or an industry (服务业实际使用外资).
_CHECKED = frozenset(row[1] for row in _MEASURE_ROWS if row[3] == "yes")
_MEASURE_WORDS = "|".join(row[5] for row in _MEASURE_ROWS if row[5])
# In a sentence about cross-border e-commerce, 其中出口 is the cbec export value.
_CBEC_VARIANT = {
    "kgo:foreignTradeValue": "kgo:crossBorderEcommerceTradeValue",
    "kgo:exportValue": "kgo:crossBorderEcommerceExportValue",
    "kgo:importValue": "kgo:crossBorderEcommerceImportValue",
}
_CBEC = re.compile(_CBEC_WORD)
#: the clause names the total goods trade, whatever the sentence said about CBEC before
_GOODS_TRADE = re.compile(r"货物贸易|外贸(?!综合服务)")
_FLOW_KINDS = frozenset({"money", "percent"})
_SENTENCE_END = re.compile(r"[。！？!?]")
# 知识密集型服务出口, 旅行服务进出口…其中出口: the last service-trade phrase before a figure
# names the service group of a service export or import (industry 服务 for all services)
_SERVICE_TRADE = re.compile(r"([\u4e00-\u9fff]{0,10}?服务)(?:进出口|贸易|出口|进口)")
_SERVICE_PARTS = frozenset({"kgo:exportValue", "kgo:importValue"})
#: the direction words of a change, one list each way (longest first where one holds another)
_UP_VERBS = "增长|增加|上涨|提高|上升|回升|增"
_DOWN_VERBS = "下降|减少|下滑|回落|降"
#: a growth target named before its rate (经济增长预期目标为8%以上)
_GROWTH_TARGET_TAIL = r"|(?:增长|增速)的?(?:预期|主要|年度)?目标(?:为|是|定为|设定为)?$"
_GROWTH_TARGET = re.compile(_GROWTH_TARGET_TAIL[1:])
_GROWTH_WORDS = re.compile(
    rf"(同比)?({_UP_VERBS}|{_DOWN_VERBS})了?$"
    r"|(?:增幅|降幅|增速|增长率)(?:高达|达到?|为)?$" + _GROWTH_TARGET_TAIL
)
# 同比增长, 两年平均下降, 同比微增 (微/小幅/大幅/稳步 qualify the change, not the subject)
_GROWTH_TAIL = re.compile(
    r"(?:已经?)?(?:同比|同|环比|两年平均|年均)?(?:预期|预计|力争|计划)?(?:微|小幅|大幅|稳步|快速)?"
    rf"(?:{_UP_VERBS}|{_DOWN_VERBS})了?$"
    r"|(?:同比|环比)?(?:增幅|降幅|增速|增长率)(?:高达|达到?|为)?$" + _GROWTH_TARGET_TAIL
)
# a period written between the measure and the growth word (工业增加值全年增长)
_PERIOD_TAIL = re.compile(
    r"(?<=[值额量资])(?:全年|上半年|下半年|前三季度|[一二三四]季度|前\d{1,2}个?月|"
    r"\d{1,2}\s*[-—–~至]+\s*\d{1,2}月份?|当月|同期)$"
)
_ADVERB_TAIL = re.compile(r"(?<=[值额量资])(?:则|也|还|仍|亦|均)$")
# 增幅高达107.5%: the size of a rise (降幅: of a fall), not a level reached
_MAGNITUDE = re.compile(r"(?P<word>增幅|降幅|增速|增长率)(?:高达|达到?|为)?$")  # 增速为5.2%
# 规模达X after a level, 折合158.4亿美元 (the same level in another currency)
_SCALE = re.compile(
    r"(?:规模(?:达|达到|为)?|(?:折合(?:成)?(?:美元|人民币)?|以(?:美元|人民币)计(?:价)?)(?:约|为|约为)?)$"
)
#: a threshold passed (首次突破700亿元) rather than a level stated
_PASSED = re.compile(r"(?:突破|跨过|迈上|站上)$")
_MORE = re.compile(r"(超过了?|超|逾|多于|高于|突破)$")
_MILESTONE = re.compile(r"^(?:首次|历史上首次|首度|再次|一举)?(?:突破|超过|跨过|迈上|站上)$")
# 进出口总值突破3万亿元，达到3.33万亿元: the exact level restates the threshold's measure
_EXACT_AFTER = re.compile(r"^(?:达到了?|达|为|约为)$")
_LESS = re.compile(r"(不到|不足|少于|低于)$")
_ABOUT = re.compile(r"(约|近|大约|接近|将近)$")
_SHARE_BEFORE = re.compile(r"(约占|占)$")
_SHARE_OF_PERIOD = re.compile(r"占(?:同期|当期)$")  # 占同期金华市进出口总值的72.1%
_PARTNER_BEFORE = re.compile(r"[对与同自向]$")
# 占江苏全省进出口总值的61.4% / 占比达45.8%; the whole must be a total (总值, 全国 …),
# never a sub-total (占与RCEP贸易伙伴外贸规模的47.2%).
_SHARE = re.compile(
    r"(?:占比|占(?P<whole>[^，。；]{0,24}?)(?:的)?(?:比重|比例|份额)?)"
    r"(?:进一步)?(?:达到了?|达|为|约|超过|接近|近|提高到|提高至|提升至|提升到|上升至|升至)?$"
)
_WHOLE_TOTAL = re.compile(r"总|全国|全省|全市|整体")
# 力争达到, 目标是, 计划到, 预计到 …; 到2025年 only for a year after publication (到2021年底 is history)
_TARGET = re.compile(
    r"力争|目标|计划到|预计到|预期|提出(?:今年|明年)|(?:(?<![截至])到|预计)\s*(?P<year>20\d{2})\s*年"
)
# 增长10%的目标, 5%左右的预期目标: the target is named after the figure
_TARGET_AFTER = re.compile(r"(?:左右|以上|以内)?的?(?:全年)?(?:预期)?目标")
# 完成生产总值增长7%以上的全年预期目标: the year's target, whatever period the sentence opened
_YEAR_TARGET_AFTER = re.compile(r"(?:左右|以上|以内)?的?全年(?:预期)?目标")


# 为完成全年增长6%以上的预期目标: the year's growth target of the economy (its GDP)
_YEAR_GROWTH_BEFORE = re.compile(r"全年(?:经济)?增长$")
_YEAR_GOAL = re.compile(r"^[^，。；]{0,12}?(?:完成|实现)全年(?:经济)?$")


def _whole_year(period: Period | None, published_year: int, at: int) -> Period:
    """The calendar year of ``period`` (the article's year without one) as a period."""
    year = period.period_start.year if period is not None else published_year
    return Period(at, at, "全年", "全年", date(year, 1, 1), date(year, 12, 31), "P1Y")


@dataclass(frozen=True, slots=True)
class _Dims:
    """The dimensions of a breakdown: trade partner IRI and industry as written."""

    partner: str | None = None
    industry: str | None = None


_HEADLINE = _Dims()


@dataclass(frozen=True, slots=True)
class _Level:
    iri: str
    about: str
    measure: str
    period: Period | None
    dims: _Dims
    is_target: bool


_FILLER = re.compile(
    r"\d{1,2}\s*[-—–~至]+\s*\d{1,2}月份?|\d{4}\s*[-—–~至]+\s*\d{4}年|\d{4}年|\d{1,2}月份?|今年|去年|前(?:\d+|[一二三四五六七八九十两]{1,3})个?月|前?[一二三四两]季度|上半年|全年|"
    r"其中|同期|当年|据测算|实现|完成|累计|合计|提出|全省|全国|全市|我国|我省|我市|我(?=[与对同])|(?:(?:境内)?(?:投资者|企业)|中方)(?=[与对同向自在])|货物(?:贸易)?|外贸|规模以上|工业企业|同比|当月|"
    r"此外|另外|同时|不过|但是|但|预计|力争|以来|全区|本市|本省|下半年|全力以赴|努力|确保|奋力|将|地区(?!生产)|[（(](?:GDP|不含[^）)]{1,8}|含[^）)]{1,8})[)）]|按可比口径(?:计算)?|按(?:可比|不变)价格?计算|的|，|\s"
)
# filler at the start of a clause (其中, 此外, 同期, 1-8月, 江苏的 …) before a breakdown name
_LEADING_FILLER = re.compile(rf"^(?:{_FILLER.pattern})+")
_HEADLINE_TAIL = re.compile(
    rf"(?:{_MEASURE_WORDS})(?:总值|总额|总量|值|额|金额|规模)?(?:[（(](?:GDP|不含[^）)]{{1,8}}|含[^）)]{{1,8}})[)）])?"
    r"(?:累计)?(?:力争|争取|计划|预计|有望)?"  # 眼镜出口额力争达到70亿元: a target's verb
    r"(?:首次|历史上首次|首度|再次|一举)?"  # 地区生产总值首次突破4000亿元
    r"(?:达到了?|达|为|约|以|实现|完成|突破|共计|合计|稳定在|保持在|稳在)?$"
)
# 出口服装及衣着附件975.2亿元: the product group follows the trade word
_PRODUCT_TAIL = re.compile(
    r"(?:进出口|出口|进口)(?P<industry>[\u4e00-\u9fff、]{2,20}?)(?:达到?|为|约)?$"
)
#: China and one partner by their initials (中塞双边, 中美两国): trade between the two
_PAIR = re.compile(r"中(?P<initial>[\u4e00-\u9fff])(?:双边|两国|之间)?")
_PARTNER_REST = re.compile(
    r"^(?:来自|对|与|同(?![属为样时期比])|自|向|在)(?P<name>[^，。；]{1,12})$"
)  # 同属泉州的石狮市: 同 of 同属 is no partner marker
# 民营企业进出口, 一般贸易方式进出口, 金属矿砂、农产品和能源类大宗商品进口, 铜及铜材等合计进口:
# a breakdown by ownership, trade mode, industry or product group, named before the
# measure word (after its place, or after a modifier ending in 的: 一般贸易代表之一的江苏省民营企业).
_CATEGORY = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff、/]{1,39}")
_CATEGORY_TRIM = re.compile(r"(?:合计|累计|共计|总计|共)$")
#: words that make the text before a measure word something other than a category name
#: (a verb, a comparison, a total, a scope), and names too generic to be a breakdown
_NOT_CATEGORY = re.compile(
    r"拉动|带动|占|较|比|超|高于|低于|高出|预计|预期|计划|力争|目标|达|实现|完成|增|降|减|同比|环比|"
    r"位居|居于|排名|排第|排在|其中|分别|约|将|已|正在|为|是|拥有|具有|共有|在|由|通过|经过|从|对|向|"
    r"我国|我省|我市|我区|全国|全省|全市|全区|全年|全部|本市|本省|本区|本年|总值|总额|总量|总计|总体|"
    r"(?<!小)额|值|量|率|规模|数量|个数|总数|以来|以上|以下|半年|亿|万|年|月|季度|同期|期间|看|进口|出口|"
    # a sub-area, a destination or a company is not a category of the place's figure
    r"区|港|口岸|基地|园|中心|县|市(?!场采购)|镇|乡|村|国家|地区|市场(?!采购)|沿线|欧洲|非洲|美洲|亚洲|拉美|欧美|到|往|"
    r"公司|集团|有限|股份|银行|工厂|厂|享惠|享受|补交|申领|签发|涉及|事后|证明|证书|"
    # another indicator, not a part of the measure (一般公共预算收入, 居民人均可支配收入)
    r"收入|支出|预算|人均|指数|价格"
)
_GENERIC_CATEGORY = frozenset(
    {"企业", "外贸企业", "公司", "货物", "商品", "产品", "贸易", "外贸", "服务"}
)
_MODIFIER_END = "的"
#: trade partners the gazetteer may not name yet (it gives countries and blocs as
#: mentions; these keep the commonest partners and groups of partners working without it).
_PARTNER_FALLBACK = {
    row[0]: _ref_iri(row[1]) for row in read_table(gazetteer_dir() / "trade_partners.tsv")
}
_QUOTES = re.compile(r"[“”\"「」]")
_QUOTED_END = re.compile(r"“([^“”]+)”$")


#: blocs that are trade partners (东盟, 欧盟 …) when the gazetteer names them
_BLOCS = frozenset(iris.org_iri(slug) for slug in ("asean", "eu", "apec", "brics", "sco", "g20"))


def _strip_places(text: str, place_names: frozenset[str]) -> str:
    for name in sorted(place_names, key=len, reverse=True):
        text = text.replace(name, "")
    return text


def _category(text: str) -> str | None:
    """The breakdown a clause names before its measure word (民营企业, “新三样” as 新三样;
    电动汽车、锂电池、太阳能电池“新三样”: the quoted name of the listed group), or None."""
    text = _CATEGORY_TRIM.sub("", text)
    quoted = _QUOTED_END.search(text)
    text = _QUOTES.sub("", quoted.group(1) if quoted else text)
    if _CATEGORY.fullmatch(text) is None or text in _GENERIC_CATEGORY or _NOT_CATEGORY.search(text):
        return None
    return text


def _after_place(rest: str, place_names: frozenset[str]) -> str | None:
    """The words after the last place named in ``rest`` when what precedes that place is
    filler or a modifier ending in 的; ``rest`` stripped of filler when it names no place."""
    cut, lead = -1, ""
    for name in sorted(
        place_names, key=len, reverse=True
    ):  # 江苏省 before 江苏: same order every run
        at = rest.rfind(name)
        if at >= 0 and at + len(name) > cut:
            cut = at + len(name)
            lead = rest[:at]
    if cut < 0:
        return _LEADING_FILLER.sub("", rest)
    if _FILLER.sub("", lead) and not lead.endswith(_MODIFIER_END):
        return None
    return _LEADING_FILLER.sub("", rest[cut:])


_PARTNER_COUNT = re.compile(r"\d+个")


def _partner_dims(name: str, partners: dict[str, str]) -> _Dims | None:
    """对东盟 → the partner; 与东盟中间产品 → the partner and a product group; else None."""
    name = _PARTNER_COUNT.sub("", name).removesuffix("的")  # RCEP其他14个成员国的 → RCEP其他成员国
    if name in partners:
        return _Dims(partner=partners[name])
    for cut in range(len(name) - 2, 1, -1):  # the longest partner name first
        iri = partners.get(name[:cut])
        if iri is not None:
            industry = _category(name[cut:])
            return _Dims(partner=iri, industry=industry) if industry == name[cut:] else None
    return None


#: who set a target and the verb (省政府确定2025年全省地区生产总值增长5.5%左右): not a breakdown
_DECIDED = re.compile(
    r"^[\u4e00-\u9fff]{0,10}?(?:政府|人大|会议|报告|规划|方案|党委|省委|市委)"
    r"(?:确定|明确|设定|锚定|提出|部署|要求)了?"
)


def _dimensions(before: str, place_names: frozenset[str], partners: dict[str, str]) -> _Dims | None:
    """Headline (no dimension), a partner or an industry breakdown, else None."""
    product = _PRODUCT_TAIL.search(before)
    if product is not None and product.group("industry") in partners:
        return None  # 出口美国: a destination, read by the partner rules when it is one
    if product is not None and _category(product.group("industry")) is not None:
        industry = product.group("industry")
        rest = _FILLER.sub("", _strip_places(before[: product.start()], place_names))
        if rest == "":
            return _Dims(industry=industry)
        # 我国自东盟进口农产品, 对东盟出口轮胎等汽车零配件: a partner and a product group
        lead = _FILLER.sub(
            "", _strip_places(before[: product.start()], place_names - partners.keys())
        )
        partner = _PARTNER_REST.match(lead)
        dims = _partner_dims(_QUOTES.sub("", partner.group("name")), partners) if partner else None
        return (
            _Dims(partner=dims.partner, industry=industry) if dims and not dims.industry else None
        )
    tail = _HEADLINE_TAIL.search(before)
    if tail is None:
        return None
    rest = _DECIDED.sub("", before[: tail.start()])
    pair = _PAIR.fullmatch(_FILLER.sub("", rest))
    if pair is not None and pair.group("initial") in partners:
        return _Dims(partner=partners[pair.group("initial")])  # 中塞双边贸易额
    partner = _PARTNER_REST.match(
        _FILLER.sub("", _strip_places(rest, place_names - partners.keys()))
    )
    if partner is not None:
        return _partner_dims(_QUOTES.sub("", partner.group("name")), partners)
    if _FILLER.sub("", _strip_places(rest, place_names)) == "":
        return _HEADLINE
    named = _after_place(rest, place_names)
    if named == "":
        return _HEADLINE  # 苏州市下辖的张家港市2022年外贸进出口: a modifier, then the place
    category = _category(named) if named else None
    return _Dims(industry=category) if category else None


# 通过…渠道/方式: a channel's part, not the place's total; the customs cross-border
# e-commerce platform is the channel that defines the CBEC figures themselves, unless the
# article states its own CBEC figure of that kind first (then the platform's is a part)
_CUSTOMS_CBEC_CHANNEL = re.compile(r"通过海关跨境电(?:子)?商(?:务)?[^，。；]{0,6}平台")
_CHANNEL = re.compile(
    r"通过(?![^，。；]{0,8}跨境电(?:子)?商(?:务)?[^，。；]{0,6}平台)[^，。；]{0,20}?(?:平台|渠道|模式|方式)"
)


def _service_group(before: str, sentence_before: str, place_names: frozenset[str]) -> str | None:
    """The service group of a service export or import: the one its own clause names
    (知识密集型服务出口 → 知识密集型), else the one the sentence opens with (旅行服务进出口…，
    其中出口 → 旅行); 服务 for all services; None when the sentence names no trade in services."""
    found = _SERVICE_TRADE.search(before) or _SERVICE_TRADE.search(sentence_before)
    if found is None:
        return None
    group = _LEADING_FILLER.sub("", _strip_places(found.group(1), place_names))[:-2]
    # 旅行服务 → 旅行, as the service-trade level names its group (旅行服务进出口 → 旅行)
    return group if _category(group) == group else "服务"


# a clause that is only period, scope and 交易额 (the sentence named the trade before it)
_BARE_DEALS = re.compile(
    r"^(?:\d{4}年|全年|今年|去年|全市|全省|其中|，)*交易(?:额|规模)(?:为|达到?|约)?$"
)


def _named_industry(pattern: re.Pattern[str], before: str) -> str | None:
    """The industry a measure row's ``(?P<industry>…)`` group reads at the end of
    ``before`` (the clause is nothing but filler, that industry and the measure words)."""
    if "industry" not in pattern.groupindex:
        return None
    match = pattern.search(before)
    if (
        match is None
        or _FILLER.sub("", before[: match.start()])
        or _FILLER.sub("", before[match.end() :])
    ):
        return None
    return _LEADING_FILLER.sub("", match.group("industry")) or None


#: a title with its abbreviation in brackets: a partner is named by the abbreviation
_TITLE_ABBREVIATION = re.compile(r"《[^《》]{2,40}》[（(](?P<abbr>[A-Za-z]{2,10})[）)]")


#: a trade mode naming its own flow (…；市场采购贸易方式出口7045亿元): not the CBEC figure before
_TRADE_MODE = re.compile(r"贸易方式|市场采购|一般贸易|加工贸易|保税物流")


#: 从1990年的60亿元跃升至2019年的12734亿元: each figure of its own year, after the measure
_FROM_YEAR_TO_YEAR = re.compile(
    r"从\d{4}年的(?:[\d.]+[万亿千百]*元(?:人民币)?(?:跃升|增长|增加|提高|上升|扩大)(?:至|到)\d{4}年的)?$"
)


def _classify(
    before: str,
    kind: str,
    sentence_before: str,
    place_names: frozenset[str],
    partners: dict[str, str],
) -> tuple[str, _Dims] | None:
    """The measure a figure of ``kind`` reports and its breakdown, from the words before it."""
    before = _TITLE_ABBREVIATION.sub(r"\g<abbr>", before)  # 对《…协定》（RCEP）其他成员国
    before = _FROM_YEAR_TO_YEAR.sub("", before)  # …生产总值从1990年的60亿元跃升至2019年的…
    if _CHANNEL.search(before):
        return None  # 通过新建、扩建等方式: a channel's part, not the place's total
    for pattern, measure, kinds in _MEASURES:
        if kind not in kinds:
            continue
        text = sentence_before if measure.startswith("kgo:overseas") else before
        if pattern.search(text) is None:
            continue
        if (
            measure in _CBEC_VARIANT
            and _CBEC.search(sentence_before)
            and not _GOODS_TRADE.search(before)
            and not _TRADE_MODE.search(before)
        ):  # 同期全省货物贸易进出口802.8亿元 after a CBEC figure: the total, not CBEC
            return _CBEC_VARIANT[measure], _HEADLINE
        if measure in _SERVICE_PARTS:
            service = _service_group(before, sentence_before, place_names)
            if service is not None:  # 服务进出口…其中出口X: exports of services
                return measure, _Dims(industry=service)
        named = _named_industry(pattern, before)
        if named is not None:  # 第二产业18588亿元, 金融业增加值增长7.5%: the row names the industry
            return measure, _Dims(industry=named)
        if measure not in _CHECKED:
            return measure, _HEADLINE
        dims = _dimensions(before, place_names, partners)
        return None if dims is None else (measure, dims)
    if kind == "money" and _BARE_DEALS.search(before) and _CBEC.search(sentence_before):
        return "kgo:crossBorderEcommerceTradeValue", _HEADLINE  # 跨境电商…，2022年交易额为144亿元
    return None


def measure_for(
    before: str, kind: str, sentence_before: str, place_names: frozenset[str] = frozenset()
) -> str | None:
    """Return the measure CURIE a figure of ``kind`` reports, from the words before it.

    Args:
        before: text of the clause before the figure.
        kind: ``Quantity.kind`` (money, count, area …).
        sentence_before: text of the whole sentence before the figure.
        place_names: place names of the article (a headline clause may name its place).

    Returns:
        A ``kgo:`` measure CURIE, or None when unclear (or a breakdown other than by
        trade partner or industry).
    """
    found = _classify(before, kind, sentence_before, place_names, dict(_PARTNER_FALLBACK))
    return None if found is None else found[0]


_COUNTED_ITEMS = (
    (re.compile(r"^[^，。；]{0,8}经验做法"), "kgo:practiceCount"),
    (re.compile(r"^[^，。；]{0,10}标准"), "kgo:standardCount"),
)


def _counted_item(after: str) -> str | None:
    """近70项成熟经验做法 / 41项国家、行业等标准: the measure is named after the figure."""
    for pattern, measure in _COUNTED_ITEMS:
        if pattern.match(after):
            return measure
    return None


def _approximation(before: str) -> str | None:
    if _MORE.search(before):
        return "more-than"
    if _LESS.search(before):
        return "less-than"
    if _ABOUT.search(before):
        return "about"
    return None


#: (scope word, offset in the body) → the place it stands for
_Resolve = Callable[[str, int], str | None]


def _no_place(word: str, offset: int) -> str | None:
    return None


#: a lead that breaks the figures down by area (从设区市看，赣州市…; 分地区看，…): the place
#: after it is a part of the article's first subject, like one after 其中
_BY_AREA_LEAD = re.compile(
    r"(?:从|分)(?:设区市|地级市|地市|地区|区域|城市|各市|市州|区县|县市区|各地)(?:来)?看[，,：:]?\s*$"
)


class _Scope:
    """The place figures are about: tracked through the article in reading order."""

    def __init__(
        self, resolve: _Resolve = _no_place, partner_list: frozenset[int] = frozenset()
    ) -> None:
        self.resolve = resolve
        self.partner_list = partner_list
        self.current: str | None = None
        self.province: str | None = None
        self.prefecture: str | None = None
        self.in_zone = False  # a zone is the subject of this sentence
        self.before_zone: str | None = None  # the subject before it
        self.main: str | None = None  # the first place that was the subject
        self.part = False  # the subject is a part named after 其中 (其中苏州市进出口…)
        self.by_area = False  # the paragraph breaks the figures down by area (从设区市看)

    def new_paragraph(self, reference: Reference | None) -> None:
        """A paragraph that names no place of its own is about the article's first subject
        again when the last subject was a part of it named after 其中 or a by-area lead
        (其中苏州市进出口…。 then 民营企业进出口… in the next paragraph is 江苏's)."""
        main, current = self.main, self.current
        self.by_area = False
        if not self.part or reference is None or main is None or current is None:
            return
        code = current.rsplit("/", 1)[-1]
        if any(place.iri == main for place in reference.ancestors(code)):
            self.current, self.in_zone = main, False

    def end_sentence(self) -> None:
        """A zone is the subject of its own sentence only; the place before it comes back."""
        if self.in_zone:
            self.current, self.in_zone = self.before_zone, False

    def see(self, mention: Mention, body: str) -> None:
        if mention.iri is not None and mention.label in _SCOPE_ZONE_LABELS:
            if not self.in_zone:
                self.before_zone, self.in_zone = self.current, True
            self.current = mention.iri  # 太原武宿综保区进出口…: the zone's own figures
            return
        if mention.iri is None or mention.label not in _SCOPE_PLACE_LABELS:
            return
        if mention.start in self.partner_list:
            return  # 美国、东盟、欧盟、中国台湾地区和韩国: a trade partner, not the subject
        before = body[max(0, mention.start - 2) : mention.start]
        if (
            _SHARE_BEFORE.search(before)
            or _PARTNER_BEFORE.search(before)
            or _SHARE_OF_PERIOD.search(body, max(0, mention.start - 4), mention.start)
        ):
            return  # 占全国…, 对香港出口: not the subject
        if _LOCATED_IN.search(body, max(0, mention.start - 8), mention.start):
            return  # 位于太原市小店区的…综合保税区: where the subject lies, not the subject
        if _RANK_FRAME.match(body, mention.end):
            return  # 增速居福建省9个设区市首位: the field the subject is ranked in
        if mention.label == "Country" and mention.iri != CHINA:
            if before[-1:] in {"", "，", "。", "；", "：", "\n"}:
                self.current = None  # a foreign country as subject: its figures are not kept
            return
        if mention.label in _PROVINCE_LABELS:
            self.province = mention.iri
        if mention.label == "Prefecture" or (
            mention.label == "County" and mention.text.endswith("市")
        ):
            self.prefecture = mention.iri  # 全市 after 张家港市 (a county-level city) is 张家港
        self.current, self.in_zone = mention.iri, False
        self.main = self.main or mention.iri
        if _BY_AREA_LEAD.search(body, max(0, mention.start - 12), mention.start) is not None:
            self.by_area = True  # the places of this paragraph are parts of the main subject
        self.part = self.by_area or body[max(0, mention.start - 2) : mention.start] == "其中"

    def see_word(self, word: str, before: str, offset: int) -> None:
        if _SHARE_BEFORE.search(before):
            return
        if word in {"全国", "我国", "我"}:
            self.current, self.in_zone = CHINA, False
            return
        own = (
            self.province
            if word in {"全省", "本省", "我省"}
            else self.prefecture
            if word in {"全市", "本市", "我市"}
            else None
        )
        place = own or self.resolve(word, offset)
        if place is not None:
            self.current, self.in_zone = place, False


#: what follows a place that is the field a subject is ranked in, not the subject:
#: 居福建省9个设区市首位, 在山东省16市中位居第三, 连续29年居福建省县域首位
_RANK_FRAME = re.compile(
    r"(?:\d+|[一二三四五六七八九十]+)?个?"
    r"(?:设区市|地级市|城市|地市|市州|县域|县（市、区）|县市区|区县|各市|省份|省区市|市)?"
    r"(?:中|之中)?(?:位居|居|排名|排|位列|列)?"
    r"(?:首位|榜首|前列|第[一二三四五六七八九十\d]{1,3}|前[一二三四五六七八九十\d]{1,3}(?![季个月年天周\d]))"
)
# 我与东盟…, 我对美出口 (customs releases write 我 for 我国)
_LOCATED_IN = re.compile(r"位于[\u4e00-\u9fff]{0,6}$")
_SCOPE_WORD = re.compile(r"全国|我国|我省|我市|我区|我(?=[与对同])|全省|本省|全市|本市|全区|本区")
#: a scope word → the level word of the place it stands for (全区: an autonomous region)
_SCOPE_LEVEL = {
    "全省": "省",
    "本省": "省",
    "全市": "市",
    "本市": "市",
    "全区": "自治区",
    "本区": "自治区",
    "我省": "省",
    "我市": "市",
    "我区": "自治区",
}


def _scope_resolver(mentions: Sequence[Mention], reference: Reference, title: str) -> _Resolve:
    """全省/本市/全区 → the place of that level named nearest before (else after, else in the
    headline): 本市 in a 上海 release, 全区 in a 宁夏 one. 全区 is an autonomous region only."""

    def resolve(word: str, offset: int) -> str | None:
        level = _SCOPE_LEVEL.get(word)
        if level is None:
            return None
        place = context_place(mentions, offset, level, reference) or title_place(
            title, level, reference
        )
        if place is None:
            return None
        if level == "市" and place.level == "province" and not place.name_zh.endswith("市"):
            return None
        if level == "自治区" and not place.name_zh.endswith("自治区"):
            return None
        return place.iri

    return resolve


_LIST_JOINS = frozenset({"、", "和", "及", "与"})
#: joins of a list of partners; 与 is not one (中国与东盟贸易额: the subject and its partner)
_PARTNER_JOINS = _LIST_JOINS - {"与"}


def _partner_list_members(ordered: Sequence[Mention], body: str) -> frozenset[int]:
    """Starts of place mentions listed with foreign countries or blocs (美国、东盟、欧盟、
    中国台湾地区和韩国): in such a list a Chinese place is a trade partner too; and of places
    in any list of places (东莞、义乌、宁波等地; 深圳、东莞、广州外贸规模居前三位), which say
    where or name several subjects, never the one whose figures follow."""
    chains: list[list[Mention]] = []
    for mention in ordered:
        if mention.iri is None:
            continue
        last = chains[-1][-1] if chains else None
        gap = body[last.end : mention.start].replace("地区", "") if last else ""
        if last is not None and (gap in _PARTNER_JOINS or gap == ""):
            chains[-1].append(mention)  # 泰州市靖江市: a place and the place inside it
        else:
            chains.append([mention])
    members: set[int] = {  # 美国为第三大贸易伙伴: a partner, not the subject
        m.start
        for m in ordered
        if m.label == "Country" and m.iri != CHINA and _RANKED_PARTNER.match(body, m.end)
    }
    for chain in chains:
        foreign = any((m.label == "Country" and m.iri != CHINA) or m.iri in _BLOCS for m in chain)
        # 在东莞、义乌、宁波等地新设了…: places listed as where, not whose figures follow
        where = len(chain) > 1 and _WHERE_LIST_END.match(body, chain[-1].end) is not None
        # 深圳、东莞、广州外贸规模居前三位: a list of places is no single subject either (a
        # place written with its parent, 江苏南京, is one subject: a list needs a join)
        joined = any(
            body[a.end : b.start].replace("地区", "") in _PARTNER_JOINS
            for a, b in zip(chain, chain[1:], strict=False)
        )
        listed = joined and sum(1 for m in chain if m.label in _SCOPE_PLACE_LABELS) > 1
        if (foreign or where or listed) and len(chain) > 1:
            members.update(m.start for m in chain if m.label in _SCOPE_PLACE_LABELS)
    return frozenset(members)


_WHERE_LIST_END = re.compile(r"等(?:地|城市|地区|省份|省市|国家和地区)")


def _scope_mentions(mentions: Sequence[Mention]) -> list[Mention]:
    """Places, and CBEC zones as their host place (中国（青岛）跨境电子商务综合试验区实现…
    reports 青岛's figures), in text order."""
    found = [m for m in mentions if m.iri and m.label in _SCOPE_PLACE_LABELS | _SCOPE_ZONE_LABELS]
    found += [host for m in mentions if (host := zone_host_mention(m)) is not None]
    return sorted(found, key=lambda m: m.start)


def _period_key(period: Period | None) -> str:
    return f"{period.period_start}/{period.period_end}" if period else ""


_EXPLICIT_YEAR = re.compile(r"(\d{4})年")
#: a sentence that opens with the parts of the total before it
_PART_OPENING = re.compile(r"\s*(?:其中|分进出口看|分进出口)")
_CBEC_CARRY = "跨境电商"  # prefixed to the context of those parts when the total was CBEC
#: 主要预期目标是：A增长5%；B增长4%: every figure of the full sentence after it is a target
_TARGET_HEAD = re.compile(r"目标(?:是|为)?[：:]")


class _Periods:
    """The periods a sentence states, and the one carried over from the text before.

    A release date (13日，国新办举行…) and a comparison base (较2019年同期) are not
    the period of a figure; 当月 is the month of the period in context.
    """

    def __init__(self, published: date) -> None:
        self.published = published
        self.carried: Period | None = None
        #: the last period after publication (到2025年): carried to target sentences only
        self.carried_target: Period | None = None
        self.sentence: list[Period] = []
        self.last_year: int | None = None  # set once the text has named last year
        self.main: Period | None = None  # the first period of more than one month

    def read(self, sentence: str) -> None:
        """Read the periods of the next sentence (its 当月 from the period before it)."""
        found = parse_periods(sentence, self.published, last_year=self.last_year)
        for period in found:  # 2022年内蒙古…，规模自2017年以来: last year stays named
            year = _EXPLICIT_YEAR.match(period.label)
            if year is not None and int(year.group(1)) == self.published.year - 1:
                self.last_year = int(year.group(1))
        month_at = sentence.find("当月")
        if not found and month_at < 0:
            self.sentence = found
            return
        usable = [
            p
            for p in found
            if not is_comparison_base(sentence, p)
            and not is_release_date(sentence, p)
            and not is_event_date(sentence, p)
        ]
        if month_at >= 0:
            context = next((p for p in reversed(usable) if p.end <= month_at), self.carried)
            usable = sorted(
                usable + current_month(sentence, self.published, context), key=lambda p: p.start
            )
        self.sentence = usable

    def at(self, offset: int, *, carry: bool = True, target: bool = False) -> Period | None:
        """The period of a figure at ``offset``: the sentence's last before it, else carried
        (a plan target's period only to a figure stated as a target)."""
        chosen = None
        if carry:
            chosen = (self.carried_target if target else None) or self.carried
        for period in self.sentence:
            if period.end <= offset:
                chosen = period
        return chosen

    def in_month(self) -> bool:
        """Whether the carried period is the single last month of the main period (2022年…。
        12月当月…): a month the text broke out of the main period."""
        main, carried = self.main, self.carried
        return (
            main is not None
            and carried is not None
            and carried.duration == "P1M"
            and carried.period_end == main.period_end
            and carried.period_start > main.period_start
        )

    def broken_out(self, period: Period | None) -> bool:
        """Whether ``period`` is a single month inside a longer main period."""
        main = self.main
        return (
            main is not None
            and period is not None
            and period.duration == "P1M"
            and main.duration != "P1M"
            and main.period_start <= period.period_start
            and period.period_end <= main.period_end
        )

    def back_to_main(self) -> None:
        """Carry the main period again instead of the month broken out of it."""
        if self.in_month():
            self.carried = self.main

    def back_to_main_from_part(self) -> None:
        """Carry the main period again after a sentence that listed its parts (quarters,
        months): the last part listed is not the period of what follows."""
        main, carried = self.main, self.carried
        if (
            main is not None
            and carried is not None
            and main.period_start <= carried.period_start
            and carried.period_end <= main.period_end
            and carried != main
        ):
            self.carried = main

    def new_paragraph(self) -> None:
        """A paragraph that names no period of its own is about the article's main period
        again, not the single month a paragraph before broke out of it (2022年…。12月当月…。
        then 同期，对欧盟… is 2022)."""
        self.back_to_main()

    def end_sentence(self) -> None:
        """Carry the sentence's last period (not a bare day, not a span of years such as the
        2021—2022年 of a two-year average) over to the sentences after it."""
        for period in reversed(self.sentence):
            if period.period_start.year != period.period_end.year:
                continue
            if period.period_start > self.published:
                self.carried_target = period  # 到2025年…力争: not the period of what follows
                return
            if period.duration != "P1D" or period.label.endswith(("底", "末")):
                self.carried = period
                if self.main is None and period.duration not in ("P1M", "P1D"):
                    self.main = period
                return


def _partner_names(mentions: Sequence[Mention]) -> dict[str, str]:
    """Name → IRI of the trade partners the gazetteer found (countries and blocs), and the
    one-character short form of each country the article names (``country_initials``: 塞
    for 塞尔维亚 in 中塞双边贸易额, 对塞出口)."""
    names = dict(_PARTNER_FALLBACK)
    for mention in mentions:
        if mention.iri is None or mention.iri == CHINA:
            continue
        if mention.label == "Country" or mention.iri in _BLOCS:
            names[mention.text] = mention.iri
    for initial, country in country_initials(mentions).items():
        if country.iri and country.iri != CHINA:
            names.setdefault(initial, country.iri)
    return names


@dataclass
class _Context:
    """What one article's figures share: the article, its places and partners."""

    annotated: Annotated
    place_names: frozenset[str]
    partners: dict[str, str]
    found: list[Observation]
    seen: set[tuple[object, ...]]
    rate_subject: _Level | None = None  # what the last rate of the sentence named
    investment: str | None = None  # the investment measure the article named last (投资增速 → it)
    invested: str | None = None  # the same, outward investment included (累计投资 → it)
    trade_level: _Level | None = (
        None  # the paragraph's last trade level (出口商品中，… refers to it)
    )
    place_iris: dict[str, str] = field(default_factory=dict)  # place name → IRI (its first)
    stated: set[tuple[object, ...]] = field(default_factory=set)  # emitted keys, value left out

    def emit(self, obs: Observation) -> None:
        key = (
            obs.about,
            obs.measure,
            obs.statistic,
            obs.period_start,
            obs.period_end,
            obs.value,
            obs.partner,
            obs.industry,
            obs.is_target,
        )
        if _CUSTOMS_CBEC_CHANNEL.search(obs.evidence.sentence) and key[:5] + key[6:] in self.stated:
            return  # the customs platform's rate beside the article's own CBEC total: a part
        if key not in self.seen:
            self.seen.add(key)
            self.stated.add(key[:5] + key[6:])
            self.found.append(obs)
        if obs.measure in _INVESTMENT:
            self.investment = obs.measure
        if obs.measure in _INVESTMENT or obs.measure == _OUTWARD:
            self.invested = obs.measure


def extract_observations(
    annotated: Annotated, mentions: Sequence[Mention], reference: Reference | None = None
) -> list[Observation]:
    """Read the figures of every sentence as observations.

    Args:
        annotated: the article with sentence spans.
        mentions: linked mentions (places give the subject, countries and blocs the partner).
        reference: reference data; with it, 全省/本市/全区 resolve to the place of that level
            named in the article or its headline even before the article names it.

    Returns:
        Observations in text order, deduplicated on (about, measure, statistic, period,
        value, partner, industry, target).
    """
    article = annotated.article
    body = article.body
    ordered = sorted(mentions, key=lambda m: m.start)
    scope = _Scope(
        _scope_resolver(ordered, reference, article.title) if reference is not None else _no_place,
        _partner_list_members(ordered, body),
    )
    periods = _Periods(article.published.date())
    places = _scope_mentions(mentions)
    para_starts = [p.start for p in article.paragraphs]
    ctx = _Context(
        annotated, frozenset(m.text for m in places), _partner_names(mentions), [], set()
    )
    for mention in places:
        if mention.label in _SCOPE_PLACE_LABELS and mention.label != "Country" and mention.iri:
            ctx.place_iris.setdefault(mention.text, mention.iri)
    scope_places = sorted(places + _body_heads(mentions, places), key=lambda m: m.start)
    scope_starts = [m.start for m in scope_places]
    last_level: _Level | None = None
    month_families: frozenset[str] = frozenset()  # the measures of the last 当月 sentence
    clause_subject: _Level | None = None  # the subject the sentence before ended on
    breakdown: _Level | None = None  # the breakdown the sentence before's last rate was about
    headline_rate: _Level | None = None  # what the paragraph's last headline rate was about
    cbec_before = False  # the full sentence before named cross-border e-commerce
    last_paragraph = -1
    heading = False
    stops = [m.end() for m in _FULL_STOP.finditer(body)]
    published_year = article.published.year
    for s_start, s_end in annotated.sentences:
        sentence = body[s_start:s_end]
        paragraph = _paragraph_index(annotated, para_starts, s_start)
        if paragraph != last_paragraph:
            last_level = ctx.trade_level = headline_rate = None
            last_paragraph = paragraph
            heading = paragraph >= 0 and _is_heading(article.paragraphs[paragraph].text)
            if not heading:
                periods.new_paragraph()
                scope.new_paragraph(reference)
        periods.read(sentence)
        events = _scope_events(sentence, s_start, scope_places, scope_starts)
        quantities = parse_quantities(sentence)
        first_dated = bool(quantities) and any(
            p.end <= quantities[0].start for p in periods.sentence
        )
        goes_on = _PART_OPENING.match(sentence) is not None or body[s_start - 1 : s_start] == "；"
        if quantities and not first_dated and not goes_on and periods.in_month():
            if _leaves_month(sentence[: quantities[0].start], month_families):
                periods.back_to_main()  # 6月当月，工业增加值增长10.1%。固定资产投资增长…: 上半年
        full_start = _full_stop_before(stops, s_start)
        lead = body[full_start:s_start] if quantities else ""
        if quantities and cbec_before and _PART_OPENING.match(body, full_start):
            lead = _CBEC_CARRY + lead  # 跨境电商进出口…。其中，出口…；进口…: the parts are CBEC's
        target_head = quantities and _TARGET_HEAD.search(lead) is not None
        breaks = _clause_breaks(sentence, quantities)
        sentence_level: _Level | None = None
        # 同比增长6.1%；两年平均增长5.3%: after a semicolon the full sentence goes on, and a
        # rate with no subject of its own is about the clause before's
        opens_with_rate = bool(quantities) and quantities[0].kind == "percent"
        ctx.rate_subject = (
            clause_subject if opens_with_rate and body[s_start - 1 : s_start] == "；" else None
        )
        if ctx.rate_subject is None and opens_with_rate and _MONTH_RATE_OPEN.match(sentence):
            ctx.rate_subject = clause_subject  # …增加值同比增长13.4%。其中，9月当月增长8.6%
        if ctx.rate_subject is None and opens_with_rate and _PARTS_OPEN.match(sentence):
            ctx.rate_subject = breakdown  # 高技术产业…增长25.6%…。其中，高技术服务业增长44.3%
        if ctx.rate_subject is None and opens_with_rate and _BY_INDUSTRY_LEAD.match(sentence):
            ctx.rate_subject = headline_rate  # 工业增加值增长8.2%。分行业看，…制造业增加值增长…
        groups = _list_groups(sentence, quantities)
        listed: _List | None = None
        last_share: _Level | None = None  # the level whose share the last figure gave
        breakdown = None
        skip: set[int] = set()
        for index, quantity in enumerate(quantities):
            if index in skip:
                continue
            quantity = _as_percent_growth(sentence, quantity)
            for event in events:
                if event[0] <= quantity.start:
                    _apply(scope, event, body, s_start)
            events = [e for e in events if e[0] > quantity.start]
            # a count (网店, 海外仓) is a stock: only the sentence's own period is its date;
            # a heading (no sentence end in its paragraph) does not inherit the text's period
            carry = quantity.kind in _FLOW_KINDS and not heading
            clause = bisect_right(breaks, quantity.start) - 1
            recent = sentence[breaks[max(0, clause - 1)] : quantity.start]
            stated_target = (
                _is_target(recent, published_year)
                or _TARGET_AFTER.match(sentence, quantity.end) is not None
                or bool(target_head)
                or _TARGET_HEAD.search(sentence, 0, quantity.start) is not None
            )
            period = periods.at(quantity.start, carry=carry, target=stated_target)
            if _YEAR_TARGET_AFTER.match(sentence, quantity.end) or (
                stated_target and _YEAR_GROWTH_BEFORE.search(sentence, 0, quantity.start)
            ):
                period = _whole_year(period, published_year, quantity.end + s_start)
            figure = _Figure(
                quantity,
                s_start,
                sentence,
                period,
                lead,
                sentence[breaks[clause] : quantity.start],
                stated_target or _after_publication(period, article.published.date()),
            )
            if index in groups:
                members = [quantities[i] for i in groups[index]]
                found, listed = _read_list(ctx, figure, scope, members, listed)
                if not found:
                    found = _category_rates(
                        ctx, figure, members, sentence_level or ctx.rate_subject
                    )
                if not found:
                    found = _product_rates(ctx, figure, scope, members)
                if found:
                    skip.update(groups[index])
                    sentence_level = None
                    for each in found:
                        ctx.emit(each)
                    continue
            if quantity.kind == "points":
                change = _points(ctx, figure, last_share)
                if change is not None:
                    ctx.emit(change)
                continue  # 拉动…增长N个百分点 does not end the level's rates
            if quantity.kind == "percent":
                rate = _rate(ctx, figure, scope, sentence_level)
                if rate is None and sentence_level is None and breakdown is not None:
                    rate = _breakdown_share(ctx, figure, breakdown)
                if rate is not None:
                    ctx.emit(rate)
                    breakdown = _breakdown_of(rate, figure) or breakdown
                    if (
                        rate.statistic == "kgo:YearOnYearGrowth"
                        and not (rate.partner or rate.industry)
                        and not periods.broken_out(figure.period)
                    ):  # 12月当月…增长2.9%。分行业看，…: the year's breakdown, not the month's
                        headline_rate = _share_subject(rate, figure)
                last_share = (
                    (sentence_level or _share_subject(rate, figure))
                    if rate is not None and rate.statistic == "kgo:Share"
                    else None
                )
                continue
            level = _level(ctx, figure, scope, last_level)
            last_share = None
            if level is not None or not _MILESTONE.search(figure.before):
                sentence_level = level  # a figure of unknown measure ends the level's rates
            # (达到219亿元，首次突破200亿元，同比增长42.8%: a milestone passed does not)
            if level is not None:
                last_level = level
                if level.measure in _TRADE_MEASURES and not level.dims.partner:
                    ctx.trade_level = level
        for event in events:
            _apply(scope, event, body, s_start)
        clause_subject = sentence_level or ctx.rate_subject
        if periods.sentence:  # the measures a month broken out of the main period is about
            month_families = (
                _families(ctx.found, sentence)
                if "当月" in sentence or _MONTH_OPEN.match(sentence)
                else frozenset()
            )
        scope.end_sentence()
        parts = {(p.period_start, p.period_end) for p in periods.sentence}
        periods.end_sentence()
        if _SUBPERIOD_LEAD.match(sentence) and len(parts) > 1:
            periods.back_to_main_from_part()  # 分季度看，一季度…，四季度…: then the year again
        if s_end >= len(body) or _FULL_STOP.match(body, s_end - 1):  # a full sentence ends
            cbec_before = _CBEC.search(body, _full_stop_before(stops, s_start), s_end) is not None
    return _without_undated_repeats(ctx.found)


#: a sentence opening on a month (3月份，社会消费品零售总额…; 其中，12月份…): the month is
#: broken out of the main period for the measures of that sentence only
_MONTH_OPEN = re.compile(r"\s*(?:其中[，,]?)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?[，,]?")
#: a sentence listing the parts of the main period (分季度看，一季度…，二季度…)
_SUBPERIOD_LEAD = re.compile(r"\s*(?:分|从|按)(?:季度|月份|月度|各季度|各月)(?:来)?看")

#: measures reported together: a month's trade figures go on in 出口… and 进口…
_TRADE_FAMILY = frozenset(
    {"kgo:foreignTradeValue", "kgo:exportValue", "kgo:importValue"} | set(_CBEC_VARIANT.values())
)


def _family(measure: str) -> str:
    return "trade" if measure in _TRADE_FAMILY else measure


def _families(found: Sequence[Observation], sentence: str) -> frozenset[str]:
    """The measure families of the observations read from ``sentence``."""
    return frozenset(_family(o.measure) for o in found if o.evidence.sentence == sentence)


def _leaves_month(text: str, families: frozenset[str]) -> bool:
    """Whether ``text`` (a sentence up to its first figure) names measures, none of them
    of ``families`` (the measures a 当月 sentence before was about)."""
    if not families:
        return False
    named = {_family(measure) for pattern, measure, _ in _MEASURES if pattern.search(text)}
    return bool(named) and not named & families


#: a paragraph without a sentence end is a heading only when it is short and not a list
#: of clauses (引资结构持续优化，…；\n投资来源地更趋多样，…； is body text)
_HEADING_MAX = 40


def _is_heading(text: str) -> bool:
    """True for a heading paragraph: short, no sentence end, no clause list."""
    return (
        _SENTENCE_END.search(text) is None
        and len(text) <= _HEADING_MAX
        and "；" not in text
        and ";" not in text
    )


def _without_undated_repeats(found: list[Observation]) -> list[Observation]:
    """Drop a figure without a period (a heading's 同比增长26.1%) that the article states
    again with its period: the same subject, measure, statistic, value and breakdown."""

    def key(obs: Observation) -> tuple[object, ...]:
        return (obs.about, obs.measure, obs.statistic, obs.value, obs.partner, obs.industry)

    dated = {key(obs) for obs in found if obs.period_start is not None}
    kept = [obs for obs in found if obs.period_start is not None or key(obs) not in dated]
    if len(kept) == len(found):
        return found
    iris_ = {obs.iri for obs in kept}
    return [
        replace(obs, growth_of=None) if obs.growth_of and obs.growth_of not in iris_ else obs
        for obs in kept
    ]


# 增长1.7倍: a rise of 170 %; 是去年的2倍 (no growth word) is not a rate
_MULTIPLE_GROWTH = re.compile(r"(?:增长|增加|提高|提升|扩大|增)了?$")


def _as_percent_growth(sentence: str, quantity: Quantity) -> Quantity:
    """A multiple after a growth word (增长1.7倍) as the percent rise it states (170 %)."""
    if quantity.kind != "multiple" or not _MULTIPLE_GROWTH.search(sentence[: quantity.start]):
        return quantity
    value = quantity.value * 100
    exact = value.to_integral_value() if value == value.to_integral_value() else value.normalize()
    return replace(quantity, value=exact, unit="P1", kind="percent")


@dataclass(frozen=True, slots=True)
class _Figure:
    """One quantity in its sentence, with the clause before it and its period."""

    quantity: Quantity
    s_start: int
    sentence: str
    period: Period | None
    lead: str  # the text since the last full stop before the sentence (…；进口 after 服务…)
    before: str  # the clause before the figure (from the last clause break)
    is_target: bool = False  # a plan target (力争, 目标, 到2025年 in this clause or the one before)

    @property
    def sentence_before(self) -> str:
        return self.sentence[: self.quantity.start]

    @property
    def context_before(self) -> str:
        """From the last full stop (not ；) to the figure."""
        return self.lead + self.sentence_before


def _after_publication(period: Period | None, published: date) -> bool:
    """A full year not over when the article appeared (贵州…今年进出口总额增长30%以上 in a
    January report): its figures are plans or forecasts, never measured, so targets."""
    return (
        period is not None
        and period.duration == "P1Y"
        and period.period_end > published
        and period.period_start.year >= published.year
    )


def _clause_breaks(sentence: str, quantities: Sequence[Quantity]) -> list[int]:
    """Starts of the clauses of a sentence: after ，；：。 and after a 、 that follows a
    figure (地区生产总值1.77万亿元、增长5.5%: the rate opens a clause of its own)."""
    if not quantities:
        return [0]
    found = {0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence))}
    found.update(
        q.end + 1
        for q in quantities
        if sentence[q.end : q.end + 1] == "、" and _BARE_RATE_NEXT.match(sentence, q.end + 1)
    )
    found.update(  # 增长5.5%左右、规模以上工业增加值增长8%左右: a measure of its own follows
        m.end() for q in quantities if (m := _WORDS_NEXT.match(sentence, q.end)) is not None
    )
    return sorted(found)


#: a 、 after a figure (and its 左右) that words, not the next figure of a list, follow; a
#: bare flow after it (自东盟进口服装增长9.3%、进口橡胶增长40.7%) goes on with its partner
_WORDS_NEXT = re.compile(
    r"(?:左右|以上|以内|上下)?、(?=[\u4e00-\u9fff]{2})(?!(?:同比)?(?:增长|下降)|进口|出口|进出口)"
)


#: 、增长5.5% (only a rate word follows the 、 before the next figure)
_BARE_RATE_NEXT = re.compile(r"(?:同比)?(?:增长|下降|增加|减少|上升|回落)了?\s*[\d.]")


def _is_target(recent: str, published_year: int) -> bool:
    """True when the clause of a figure or the one before it states a plan target."""
    for match in _TARGET.finditer(recent):
        if match.group("year") is None or int(match.group("year")) > published_year:
            return True
    return False


_FULL_STOP = re.compile(r"[。！？\n]")


def _full_stop_before(stops: Sequence[int], offset: int) -> int:
    """Start of the full sentence (after 。！？ or a newline) that holds ``offset``.

    ``stops`` are the offsets just after every full stop of the body, ascending.
    """
    index = bisect_right(stops, offset) - 1
    return stops[index] if index >= 0 else 0


def _paragraph_index(annotated: Annotated, starts: Sequence[int], offset: int) -> int:
    """Index of the paragraph holding ``offset`` (its end included), -1 if none.

    ``starts`` are the paragraph starts, ascending: a bisection instead of a scan of
    every paragraph for every sentence (quadratic on long articles).
    """
    index = bisect_right(starts, offset) - 1
    if index >= 0 and offset <= annotated.article.paragraphs[index].end:
        return index
    return -1


_COMPARED_BEFORE = re.compile(
    r"(?:高于|低于|快于|慢于|高出|低出|超过|超出|领先|落后|比|较|居|列|位居|位列|领跑)$"
)
_SECOND_TO = re.compile(r"仅次于$|次于$")
_RANKED_IN = re.compile(r"(?:居|位居|位列|排名|列)$")
_COMPARED_AFTER = re.compile(
    r"平均|同期|增速|水平|第[一二三四五六七八九十\d]+(?!季度)|前列|首位|之首|总量的|的比重"
)
#: a scope change: (offset in the sentence, place mention or scope word, text before it)
_Event = tuple[int, Mention | str, str]


#: bodies whose place is not the area their figures cover (杭州海关 reports all 浙江)
_NOT_AREA_BODY = re.compile(r"海关|支行|分行|分局|调查总队|调查队")


def _body_heads(mentions: Sequence[Mention], places: Sequence[Mention]) -> list[Mention]:
    """The places that open local government bodies' names (沭阳县人民政府办公室, 宿迁市商务局):
    the place such a body speaks for, a subject for 全县/全市 like the place itself."""
    by_name = {m.text: m for m in places if m.iri and m.label in _SCOPE_PLACE_LABELS}
    longest_first = sorted(by_name, key=len, reverse=True)
    heads = []
    for org in mentions:
        if org.label != "Organization" or _NOT_AREA_BODY.search(org.text):
            continue
        name = next((n for n in longest_first if org.text.startswith(n)), None)
        if name is not None and by_name[name].label != "Country":
            place = by_name[name]
            heads.append(replace(place, start=org.start, end=org.start + len(name)))
    return heads


#: a national body as the source opening a sentence: the country is the subject until the
#: sentence names a place (据海关总署统计，2017年…零售进出口总额902.4亿元)
_NATIONAL_SOURCE = re.compile(
    r"\s*(?:另)?据(?P<body>海关总署|国家统计局|商务部)(?:统计|数据|公布|发布|消息)?[，,：:]"
)
#: a national body's official presenting figures (国家统计局局长宁吉喆在会上介绍，经初步
#:核算，2021年全年国内生产总值…): the country is the subject until the text names a place;
#: a body's local office (国家统计局浙江调查总队) is not the national body
_NATIONAL_SPEAKER = re.compile(
    r"(?P<body>国家统计局|海关总署|商务部)(?![\u4e00-\u9fff]{0,6}(?:调查总队|调查队|分局|特派员))"
    r"[^，。；]{0,30}?(?:介绍|表示|指出|通报|称)[，,：:]"
)
#: a zone or place a place works through (依托…综试区): the place stays the subject
_MEANS_BEFORE = re.compile(r"(?:依托|借助|利用)[^，。；]*$")


def _scope_events(
    sentence: str, s_start: int, places: Sequence[Mention], starts: Sequence[int]
) -> list[_Event]:
    """Scope changes in a sentence, in order (``starts``: the places' starts, ascending)."""
    events: list[_Event] = []
    first, last = bisect_left(starts, s_start), bisect_left(starts, s_start + len(sentence))
    for place in places[first:last]:
        at, end = place.start - s_start, place.end - s_start
        ranked_in = _RANKED_IN.search(sentence, 0, at) and _COMPARED_AFTER.match(sentence, end)
        if _SECOND_TO.search(sentence, 0, at) or ranked_in:
            continue  # 总量居四川省第二位，仅次于成都: a comparison, not the subject
        if _MEANS_BEFORE.search(sentence, 0, at):
            continue  # 湖北将依托…中国（武汉）跨境电子商务综合试验区，力争…: a means, not the subject
        events.append((place.start - s_start, place, ""))
    national = _NATIONAL_SOURCE.match(sentence) or _NATIONAL_SPEAKER.search(sentence)
    if national is not None:  # 据海关总署统计，2017年…进出口总额…: the country's figures
        events.append((national.start("body"), "全国", ""))
    for match in _SCOPE_WORD.finditer(sentence):
        before = sentence[max(0, match.start() - 2) : match.start()]
        if _COMPARED_BEFORE.search(before) or _COMPARED_AFTER.match(sentence, match.end()):
            continue  # 高于全国同期增速, 规模居全国第二: a comparison, not the subject
        if _SHARE_BEFORE.search(before) or _SHARE_OF_PERIOD.search(
            sentence, max(0, match.start() - 4), match.start()
        ):
            continue  # 占同期全国进出口总值的13.3%: the whole of a share, not the subject
        events.append((match.start(), match.group(0), before))
    events.sort(key=lambda e: e[0])
    return events


def _apply(scope: _Scope, event: _Event, body: str, s_start: int) -> None:
    offset, what, before = event
    if isinstance(what, Mention):
        scope.see(what, body)
    else:
        scope.see_word(what, before, s_start + offset)


def _observation(
    ctx: _Context,
    figure: _Figure,
    about: str,
    measure: str,
    statistic: str,
    value: Decimal,
    dims: _Dims,
    rule: str,
    *,
    period: Period | None,
    is_target: bool,
    growth_of: str | None = None,
) -> Observation:
    quantity = figure.quantity
    target_key: tuple[object, ...] = ("target",) if is_target else ()
    dims_key: tuple[object, ...] = (dims.partner, dims.industry) if dims != _HEADLINE else ()
    iri = iris.obs_iri(
        ctx.annotated.article.id,
        about,
        measure,
        statistic,
        _period_key(period),
        value,
        *dims_key,
        *target_key,
    )
    start, end = figure.s_start + quantity.start, figure.s_start + quantity.end
    return Observation(
        iri=iri,
        about=about,
        measure=measure,
        statistic=statistic,
        value=value,
        unit="P1" if quantity.unit == "percentage-point" else quantity.unit,
        unit_text=quantity.unit_text,
        evidence=evidence(ctx.annotated, start, end, rule),
        period_label=period.label if period else None,
        period_start=period.period_start if period else None,
        period_end=period.period_end if period else None,
        approximation=quantity.approximation or _approximation(figure.before),
        growth_of=growth_of,
        partner=dims.partner,
        industry=dims.industry,
        is_target=is_target,
    )


def _level(
    ctx: _Context, figure: _Figure, scope: _Scope, last_level: _Level | None
) -> _Level | None:
    """A money, count or area figure whose measure is clear → a level (emitted)."""
    quantity = figure.quantity
    if quantity.kind not in {"money", "count", "area"}:
        return None
    before = figure.before
    found = _classify(before, quantity.kind, figure.context_before, ctx.place_names, ctx.partners)
    measure, dims = found if found is not None else (None, _HEADLINE)
    if measure is None and quantity.unit_text == "项":
        measure = _counted_item(figure.sentence[quantity.end :])
    if (
        measure in _SERVICE_PARTS
        and dims.industry is None
        and last_level is not None
        and last_level.measure == "kgo:serviceTradeValue"
    ):  # 服务进出口…。其中出口X: exports of the services of the level before
        dims = _Dims(industry=last_level.dims.industry or "服务")
    if (
        measure is None
        and ctx.invested is not None
        and _BARE_INVESTMENT.fullmatch(before)
        and "投资" in figure.sentence[: quantity.start - len(before)]
    ):  # …进行了非金融类直接投资，累计投资7859.4亿元: the investment the sentence named
        measure = ctx.invested
    if (
        dims == _HEADLINE
        and measure in _TRADE_MEASURES
        and _BARE_TRADE.fullmatch(_LEADING_FILLER.sub("", before))
    ):
        partner = _partner_of_clause_before(ctx, figure)
        dims = _Dims(partner=partner) if partner else dims  # 宁夏对挪威进出口…，进出口额达…
    about = scope.current
    rule = "figure:level"
    exact = measure is None and _EXACT_AFTER.match(before) is not None
    if (
        measure is None
        and (_SCALE.search(before) or exact)
        and last_level is not None
        and quantity.kind == "money"
    ):
        measure, about, dims, rule = (
            last_level.measure,
            last_level.about,
            last_level.dims,
            "figure:level-continued",
        )
        if exact:
            _drop_threshold(ctx, last_level)
    if measure is None or about is None:
        return None
    if figure.period is None and _PASSED.search(before):
        return None  # 原标题：赣州外贸进出口首次突破700亿元: a threshold, with no period
    period, is_target = figure.period, figure.is_target
    obs = _observation(
        ctx,
        figure,
        about,
        measure,
        "kgo:Level",
        quantity.value,
        dims,
        rule,
        period=period,
        is_target=is_target,
    )
    ctx.emit(obs)
    return _Level(obs.iri, about, measure, period, dims, is_target)


# a clause that only restates the investment word (累计投资7859.4亿元)
_BARE_INVESTMENT = re.compile(r"(?:累计|合计|共)?投资(?:额|总额)?(?:为|达到?|约)?")
# a clause that only restates the trade word (进出口额达, 出口额为): its subject is the clause's before
_BARE_TRADE = re.compile(r"(?:进出口|出口|进口|贸易)(?:额|总额|值|总值)(?:达到?|为|约)?")
_PARTNER_CLAUSE = re.compile(r"(?:对|与)(?P<name>[^，。；、]{1,12}?)(?:进出口|出口|进口)")
#: a partner ranked among the place's partners (欧盟为我国第二大贸易伙伴, 韩国居第四位,
#: 东盟继续保持我国第一大贸易伙伴地位): the figures of the clauses after it are trade with it
_RANKED_PARTNER = re.compile(
    r"(?:继续|仍然|仍|依然|稳)?(?:保持为?|为|是|成为|居|位列|位居|列)"
    r"(?:我国|中国|全国|全省|全市|[\u4e00-\u9fff]{1,6}?的?)?"
    r"(?:第[一二三四五六七八九十\d]{1,3}(?:大贸易伙伴|大出口市场|大进口来源地|位)|最大贸易伙伴)"
)
_RANKED_PARTNER_CLAUSE = re.compile(rf"^(?P<name>[^，。；、]{{1,12}}?){_RANKED_PARTNER.pattern}")


def _partner_of_clause_before(ctx: _Context, figure: _Figure) -> str | None:
    """宁夏对挪威进出口成倍增长，进出口额达2.9亿元 and 欧盟为我国第二大贸易伙伴，贸易总值4.23万亿元:
    the partner the clause before names."""
    head = figure.context_before[: len(figure.context_before) - len(figure.before)]
    clause = re.split(r"[，,；;]", head.rstrip("，,"))[-1]
    match = _PARTNER_CLAUSE.search(clause) or _RANKED_PARTNER_CLAUSE.match(
        _LEADING_FILLER.sub("", clause)
    )
    return _partner_of(match.group("name"), ctx.partners) if match else None


def _drop_threshold(ctx: _Context, level: _Level) -> None:
    """Forget a level stated as a threshold (突破3万亿元) once the exact one follows."""
    for index, obs in enumerate(ctx.found):
        if obs.iri == level.iri and obs.approximation == "more-than":
            del ctx.found[index]
            return


# What a growth rate is measured against: 同比 / 比上年 (the previous year), 环比 (the
# previous month or quarter), 两年平均 or a named base year (较2019年同期, 与2019年同期相比).
_COMPARISON = re.compile(
    r"同比|环比|两年平均|(?:较|比|与|同|相比)\s*(\d{4})\s*年|(?:较|比|与)(?:上年|去年|上年同期|去年同期)"
)
_BASE_PHRASE = re.compile(
    r"(?:较|比|与|同|相比)\s*(?:\d{4}\s*年|上年|去年)(?:同期)?(?:[（(]下同[）)])?(?:相比)?"
)  # 比2020年同期（下同）增长14%
_BASE_YEAR_CLAUSE = re.compile(r"与\s*(\d{4})\s*年[^，。；]{0,6}相比[，,]")
# 过去5年, 近五年来, 十年间: a change over several years
_MULTI_YEAR = re.compile(
    r"(?:过去|近|最近)\s*[\d一二三四五六七八九十两]+\s*年|[\d一二三四五六七八九十两]+年(?:来|间)"
)


def _growth_statistic(clause: str, sentence_before: str, period: Period | None) -> str | None:
    """The statistic of a growth rate, or None for a rate against an older base year.

    Args:
        clause: the clause before the rate (from the last clause break).
        sentence_before: the whole sentence before the rate.
        period: the period of the figure the rate belongs to.

    Returns:
        ``kgo:YearOnYearGrowth`` (同比, 比上年, or no base named),
        ``kgo:MonthOnMonthGrowth`` (环比), ``kgo:TwoYearAverageGrowth`` (两年平均), or
        None: 较2019年同期增长 in a 2021 report compares with an older base; 年均增长 and a
        change over 过去5年 with no period of its own are not year-on-year. A base year
        one year before the period is year-on-year.
    """
    markers = list(_COMPARISON.finditer(clause))
    if not markers:
        markers = list(_BASE_YEAR_CLAUSE.finditer(sentence_before))
        if not markers:
            if "年均" in clause or (period is None and _MULTI_YEAR.search(sentence_before)):
                return None  # 过去5年增长超过10倍, 年均增长20%: not a year-on-year rate
            return "kgo:YearOnYearGrowth"
    last = markers[-1]
    if last.group(0) == "环比":
        return "kgo:MonthOnMonthGrowth"
    if last.group(0) == "两年平均":
        return "kgo:TwoYearAverageGrowth"
    if last.group(1) is None:
        return "kgo:YearOnYearGrowth"
    if period is not None and int(last.group(1)) == period.period_start.year - 1:
        return "kgo:YearOnYearGrowth"
    return None


def _partner_named_before(ctx: _Context, figure: _Figure, named: str) -> tuple[str, _Dims] | None:
    """其中对德国下降5.6%: a rate naming only a partner whose level this sentence gave
    (对德国、俄罗斯分别进出口…) is that level's rate: ``(measure, dims)``, else None."""
    partner = _PARTNER_REST.match(_FILLER.sub("", named))
    dims = _partner_dims(_QUOTES.sub("", partner.group("name")), ctx.partners) if partner else None
    if dims is None or dims.industry is not None:
        return None
    for obs in _this_sentence(ctx, figure):
        if obs.partner == dims.partner and obs.statistic == "kgo:Level":
            return obs.measure, dims
    return None


def _place_named_before(ctx: _Context, figure: _Figure, named: str) -> tuple[str, _Dims] | None:
    """宜昌市进出口增长20.1%，襄阳市增长9.3%: a rate naming only a place, after a rate of
    another place's headline measure in this sentence, is that measure's rate for it."""
    if not named or _FILLER.sub("", _strip_places(named, ctx.place_names)) != "":
        return None
    for obs in _this_sentence(ctx, figure):
        if obs.partner is None and obs.industry is None:
            return obs.measure, _HEADLINE
    return None


def _this_sentence(ctx: _Context, figure: _Figure) -> Iterator[Observation]:
    """The observations read so far in ``figure``'s sentence, the latest first."""
    for obs in reversed(ctx.found):
        if obs.evidence.sentence != figure.sentence:
            return
        yield obs


def _rate(
    ctx: _Context, figure: _Figure, scope: _Scope, level: _Level | None
) -> Observation | None:
    """A percent after a level or naming its measure → growth rate or share."""
    before = figure.before
    if _SHARE.search(before):
        return _share(ctx, figure, level) or _product_share(ctx, figure, scope, level)
    if _GROWTH_WORDS.search(before) is None:
        return None
    quantity = figure.quantity
    magnitude = _MAGNITUDE.search(before)
    direction = (
        direction_before(figure.sentence, quantity.start)
        if magnitude is None
        else (-1 if magnitude.group("word") == "降幅" else 1)
    )
    if direction == 0 and _GROWTH_TARGET.search(before):
        direction = 1  # 增长预期目标为8%: the 为 names the target, not a level
    if direction == 0:
        return None
    value = quantity.value if direction > 0 else -quantity.value
    tail = _GROWTH_TAIL.search(before)
    named = _BASE_PHRASE.sub("", before[: tail.start()] if tail else before)
    named = _PERIOD_TAIL.sub("", named)  # 工业增加值全年增长6.1%: the period is not the subject
    named = _ADVERB_TAIL.sub("", named)  # 实际使用外资则同比增长4.6%
    bare = _FILLER.sub("", named) == ""  # 同比增长, 其中增长: the rate of the figure before
    own = (
        None
        if bare
        else _classify(named, "money", figure.context_before, ctx.place_names, ctx.partners)
    )
    if own is None and not bare and figure.is_target and _YEAR_GOAL.match(named):
        own = ("kgo:gdp", _HEADLINE)  # 为完成全年增长6%以上的预期目标
    if own is None and not bare:
        own = _partner_named_before(ctx, figure, named)
    if own is None and not bare:
        part = _part_rate(ctx, figure, named, _part_subject(ctx, figure, level), value)
        if part is not None:
            return part
        place_rate = _place_named_before(ctx, figure, named)
        ctx.rate_subject = None
        # 投资增速前二名：中卫市增长36.4%: a place's rate under a heading naming the measure
        ranked = _ranked(ctx, figure, scope, value)
        if ranked is not None or place_rate is None:
            return ranked  # else the rate of something unnamed (运输服务出口增幅…)
        own = place_rate
    if own is not None and (
        level is None
        or own != (level.measure, level.dims)
        or _restated_later(figure.period, level.period)
    ):
        if scope.current is None:
            return None
        # 服务进出口下降9%，两年平均下降4.6%: a bare rate after a named one is about the same thing
        ctx.rate_subject = _Level(
            "", scope.current, own[0], figure.period, own[1], figure.is_target
        )
        level = None
    subject = level or ctx.rate_subject
    if subject is None:
        return None
    about, measure, dims, period, is_target = (
        subject.about,
        subject.measure,
        subject.dims,
        subject.period,
        subject.is_target,
    )
    if bare and _PERIOD_WORD.search(named) and figure.period not in (None, period):
        # 云南去年进出口总额增长16.8%，今年力争增长15%以上: the same measure, its own period
        period, is_target, level = figure.period, figure.is_target, None
    growth_of = level.iri if level is not None else None
    statistic = _growth_statistic(before, figure.context_before, period)
    if statistic is None:
        return None
    return _observation(
        ctx,
        figure,
        about,
        measure,
        statistic,
        value,
        dims,
        "figure:growth",
        period=period,
        is_target=is_target,
        growth_of=growth_of,
    )


#: a period written in a rate's own clause (今年增长…, 上半年增长…)
_PERIOD_WORD = re.compile(r"\d{4}年|今年|明年|去年|上半年|下半年|全年|[一二三四]季度|\d{1,2}月")


def _restated_later(period: Period | None, level_period: Period | None) -> bool:
    """前7个月对美国进出口410.3亿元，…，7月当月对美国进出口回升13.1%: the rate's own
    clause names the measure again under a period stated after the level's → a new figure."""
    return period is not None and period != level_period


# 出口商品中，汽车增长104.6%: the parts after this head are exports (or imports) of the
# trade the sentence named.
_FLOW_HEAD = re.compile(r"(?P<flow>出口|进口)(?:商品|产品|货物)?(?:中|方面)[，,：:]")
_FLOW_MEASURE = {"出口": "kgo:exportValue", "进口": "kgo:importValue"}
_TRADE_MEASURES = frozenset({"kgo:foreignTradeValue", "kgo:exportValue", "kgo:importValue"})


def _part_measure(sentence_before: str, measure: str) -> str:
    """The measure of a part: the flow a head names (出口商品中), else the subject's."""
    heads = list(_FLOW_HEAD.finditer(sentence_before)) if measure in _TRADE_MEASURES else []
    return _FLOW_MEASURE[heads[-1].group("flow")] if heads else measure


def _part_subject(ctx: _Context, figure: _Figure, level: _Level | None) -> _Level | None:
    """What a part's rate is a part of: the level or rate the sentence named, else, after a
    flow head (出口商品中，汽车增长…), the trade level of the paragraph."""
    subject = level or ctx.rate_subject
    if subject is None and _FLOW_HEAD.search(figure.context_before):
        return ctx.trade_level
    return subject


#: the word a part repeats of its whole's measure (其中装备制造业增加值增长8.6%)
_PART_MEASURE_WORDS = {
    "kgo:industrialValueAdded": "增加值",
    "kgo:fixedAssetInvestment": "投资",
    "kgo:realEstateInvestment": "投资",
}


def _without_measure_word(named: str, measure: str) -> str:
    """装备制造业增加值 → 装备制造业 when the whole is industrial value added."""
    word = _PART_MEASURE_WORDS.get(measure)
    return named.removesuffix(word) if word and len(named) > len(word) + 1 else named


def _part_rate(
    ctx: _Context, figure: _Figure, named: str, subject: _Level | None, value: Decimal
) -> Observation | None:
    """高技术产业实际使用外资增长34.6%，其中高技术服务业增长37.6%: the rate of a category of
    the measure the sentence just named (figure:part), or None when ``named`` is not a
    category (a place, a partner, a verb phrase)."""
    if subject is None or subject.dims.partner is not None:
        return None
    category = _category(_without_measure_word(_LEADING_FILLER.sub("", named), subject.measure))
    if (
        category is None
        or category == subject.dims.industry
        or category in ctx.partners
        or any(name in category for name in ctx.place_names)
    ):
        return None
    statistic = _growth_statistic(figure.before, figure.context_before, subject.period)
    if statistic is None:
        return None
    return _observation(
        ctx,
        figure,
        subject.about,
        _part_measure(figure.context_before, subject.measure),
        statistic,
        value,
        _Dims(industry=category),
        "figure:part",
        period=subject.period,
        is_target=subject.is_target,
    )


# 地级市1—7月投资增速前二名：中卫市增长36.4%，吴忠市增长7.5%。 The heading before the colon
# names the measure; each clause is a place (with an optional note: 银川市（不含宁东）) and its rate.
_RANKING_HEAD = re.compile(r"(?P<measure>[^：:，。；]{1,20}?)(?:增速|增幅)[^：:，。；]{0,8}[：:]")
_RANKED_CLAUSE = re.compile(r"^(?:同比)?(?:增长|下降)$")
_NOTE = re.compile(r"[（(](?P<note>[^）)]{1,12})[）)]")
_INVESTMENT = frozenset({"kgo:fixedAssetInvestment", "kgo:realEstateInvestment"})
_OUTWARD = "kgo:outwardInvestmentValue"


def _ranked_measure(ctx: _Context, heading: str) -> str | None:
    """The measure a ranking heading names: a known measure word, or bare 投资 for the
    investment measure the article named before."""
    for pattern, measure, kinds in _MEASURES:
        if "money" in kinds and measure in _CHECKED and pattern.search(heading):
            return measure
    return ctx.investment if heading.endswith("投资") else None


def _ranked(ctx: _Context, figure: _Figure, scope: _Scope, value: Decimal) -> Observation | None:
    """A place's growth rate in a ranking list (figure:ranked), or None."""
    clause = _NOTE.sub("", figure.before.rsplit("、", 1)[-1])  # …27.4%、彭阳县增长27.4%
    opener = max(
        (name for name in ctx.place_names if clause.startswith(name)), key=len, default=None
    )
    if (
        opener is None
        or scope.current is None
        or _RANKED_CLAUSE.match(clause[len(opener) :]) is None
    ):
        return None
    heads = list(_RANKING_HEAD.finditer(figure.sentence_before))
    measure = _ranked_measure(ctx, heads[-1].group("measure")) if heads else None
    if measure is None:
        return None
    note = _NOTE.search(figure.before.rsplit("、", 1)[-1])
    dims = _Dims(industry=note.group("note")) if note else _HEADLINE
    return _observation(
        ctx,
        figure,
        scope.current,
        measure,
        "kgo:YearOnYearGrowth",
        value,
        dims,
        "figure:ranked",
        period=figure.period,
        is_target=figure.is_target,
    )


#: flows a share may switch between when its clause names its own (CBEC trade → CBEC exports)
_FLOWS = frozenset(
    {
        "kgo:foreignTradeValue",
        "kgo:exportValue",
        "kgo:importValue",
        "kgo:crossBorderEcommerceTradeValue",
        "kgo:crossBorderEcommerceExportValue",
        "kgo:crossBorderEcommerceImportValue",
    }
)


def _share_measure(subject: str, level_measure: str) -> str:
    """The flow a share is of: the one its own clause names before 占 (跨境电商出口额占…
    after a CBEC trade target), else the level's."""
    named = measure_for(subject, "money", subject) if subject else None
    if named is not None and named in _FLOWS and level_measure in _FLOWS:
        return named
    return level_measure


def _share(ctx: _Context, figure: _Figure, level: _Level | None) -> Observation | None:
    """占中国进出口总值的13.3% right after a level → its share of the total."""
    match = _SHARE.search(figure.before)
    if level is None or match is None:
        return None
    whole = match.group("whole")
    if whole and _WHOLE_TOTAL.search(whole) is None and not _total_restated(ctx, figure, whole):
        return None
    return _observation(
        ctx,
        figure,
        level.about,
        _share_measure(figure.before[: match.start()], level.measure),
        "kgo:Share",
        figure.quantity.value,
        _share_partner(ctx, figure.before[: match.start()]) or level.dims,
        "figure:share",
        period=level.period,
        is_target=level.is_target,
    )


def _share_partner(ctx: _Context, subject: str) -> _Dims | None:
    """The partner a share's own clause names before 占 (其中对东盟进出口占…), or None."""
    named = _PRODUCT_SHARE_SUBJECT.match(subject)
    if named is None:
        return None
    return _partner_dims(_PARTNER_LEAD.sub("", named.group("product")), ctx.partners)


def _total_restated(ctx: _Context, figure: _Figure, whole: str) -> bool:
    """占同期金华市进出口总值的72.1%，占浙江省的11.9%: a second whole that is only a place
    is that place's total of the same kind as the share just before it in the sentence."""
    place = whole.removeprefix("同期").removesuffix("的")
    if place not in ctx.place_names:
        return False
    head = figure.sentence_before[: len(figure.sentence_before) - len(figure.before)]
    shares = [m.group("whole") for m in _SHARE_IN.finditer(head)]
    return bool(shares) and _WHOLE_TOTAL.search(shares[-1]) is not None


_SHARE_IN = re.compile(r"占(?P<whole>[^，。；]{0,24}?)的?\d")

# 仅手机一项就占全省出口总值的58.3%, 集成电路进口占全省进口总值的33%: a product's share of
# the place's total flow, with no level of its own before it
_PRODUCT_SHARE_WHOLE = re.compile(
    r"^(?P<scope>全省|全市|全区|全国|我国)(?P<flow>进出口|出口|进口|外贸)总(?:值|额)的?$"
)
_PRODUCT_SHARE_SUBJECT = re.compile(
    r"^(?:其中|而|仅)?(?P<product>[^，。；、]{2,12}?)(?:一项)?(?:就|则|也)?(?:进出口|出口|进口)?$"
)
_PARTNER_LEAD = re.compile(r"^[对与同自]")
_FLOW_TOTAL_MEASURE = {
    "进出口": "kgo:foreignTradeValue",
    "外贸": "kgo:foreignTradeValue",
    "出口": "kgo:exportValue",
    "进口": "kgo:importValue",
}


#: a sentence that breaks the one before down (其中，高技术服务业增长44.3%)
_PARTS_OPEN = re.compile(r"\s*其中")
#: a sentence breaking the last headline rate down by industry (分行业看，汽车制造业增加值…)
_BY_INDUSTRY_LEAD = re.compile(r"\s*(?:分|从|按)(?:主要)?(?:行业|门类|领域|产业)(?:来)?看[，,：:]")
#: a sentence giving the last month's rate of the measure the sentence before named
#: (其中，9月当月增长8.6%; 9月份同比增长5%), with no measure of its own
_MONTH_RATE_OPEN = re.compile(
    r"\s*(?:其中[，,]?)?\d{1,2}月份?(?:当月|单月)?[，,]?(?:同比|环比)?(?:增长|下降|回落|回升)"
)


def _breakdown_of(rate: Observation, figure: _Figure) -> _Level | None:
    """The breakdown a year-on-year rate is about (高技术产业实际使用外资增长25.6%), else None."""
    if rate.statistic != "kgo:YearOnYearGrowth" or (rate.industry is None and rate.partner is None):
        return None  # 对东盟进出口增长9.8%，占…: a partner's breakdown too
    return _share_subject(rate, figure)


def _breakdown_share(ctx: _Context, figure: _Figure, breakdown: _Level) -> Observation | None:
    """…增长25.6%，占比达到28.3%: a bare 占比 (or 占 a total: 占全省外贸总值的46%) after a
    breakdown's rate is that breakdown's share of the whole (no level was stated)."""
    match = _SHARE.search(figure.before)
    if match is None or not figure.before.startswith("占"):
        return None
    if not match.group("whole") and not figure.before.startswith("占比"):
        return None
    return _share(ctx, figure, breakdown)  # 占全省外贸总值的46%: checked as a total there


def _share_subject(share: Observation, figure: _Figure) -> _Level:
    """What a share stated with no level before it is a share of (浙江出口占全国的份额为
    15.1%，较上年提升0.5个百分点: the points change that follows is about it)."""
    dims = _Dims(share.partner, share.industry)
    return _Level(share.iri, share.about, share.measure, figure.period, dims, share.is_target)


def _place_flow_share(
    ctx: _Context, figure: _Figure, scope: _Scope, subject: str, whole: str
) -> Observation | None:
    """全年浙江出口占全国的份额为15.1%: the place's flow as a share of the country's."""
    flow = _flow_only(_strip_places(subject, ctx.place_names))
    whole = whole.removesuffix("的")
    of_place = whole in ("全国", "全国总值", "全国总额") or whole in ctx.place_iris
    if flow is None or not of_place or scope.current is None:
        return None  # 去年全市进出口总额占湖北省的5.9%: a place's share of a larger place's
    if ctx.place_iris.get(whole) == scope.current:
        return None
    return _observation(
        ctx,
        figure,
        scope.current,
        _FLOW_TOTAL_MEASURE[flow.group("flow")],
        "kgo:Share",
        figure.quantity.value,
        _HEADLINE,
        "figure:place-share",
        period=figure.period,
        is_target=figure.is_target,
    )


_FLOW_ONLY = re.compile(r"(?P<flow>进出口|出口|进口|外贸)(?:总额|总值|额)?")


def _flow_only(subject: str) -> re.Match[str] | None:
    """The trade flow a subject names with nothing but filler around it (浙江外贸占…:
    外贸 is filler elsewhere, so the flow is found before the filler goes)."""
    flow = _FLOW_ONLY.search(subject)
    if flow is None or _FILLER.sub("", subject[: flow.start()] + subject[flow.end() :]):
        return None
    return flow


def _product_share(
    ctx: _Context, figure: _Figure, scope: _Scope, level: _Level | None
) -> Observation | None:
    """仅手机一项就占全省出口总值的58.3%: the share of a product in the total flow of the
    place in scope (全国/我国: the country), its industry the product."""
    match = _SHARE.search(figure.before)
    if level is not None or match is None:
        return None
    whole = _PRODUCT_SHARE_WHOLE.match(match.group("whole") or "")
    subject = _PRODUCT_SHARE_SUBJECT.match(figure.before[: match.start()])
    if whole is None or subject is None:
        return _place_flow_share(
            ctx, figure, scope, figure.before[: match.start()], match.group("whole") or ""
        )
    # 其中，东盟占我国外贸总值的15.5%; 其中对东盟进出口占全省外贸总值的20.8%: a partner's
    partner = _partner_dims(_PARTNER_LEAD.sub("", subject.group("product")), ctx.partners)
    product = _category(subject.group("product"))
    if partner is None and (product is None or any(name in product for name in ctx.place_names)):
        return None
    about = CHINA if whole.group("scope") in ("全国", "我国") else scope.current
    if about is None:
        return None
    return _observation(
        ctx,
        figure,
        about,
        _FLOW_TOTAL_MEASURE[whole.group("flow")],
        "kgo:Share",
        figure.quantity.value,
        partner or _Dims(industry=product),
        "figure:product-share",
        period=figure.period,
        is_target=figure.is_target,
    )


# 占外贸总值的57%，同比提高3.3个百分点: the change of the share just stated
_POINTS_CHANGE = re.compile(
    r"^(?:所占比重|比重|占比)?(?:同比|[比较](?:上年|去年|上年同期|去年同期|同期))?(?:同期)?"
    r"(?P<verb>提高|上升|增加|扩大|提升|下降|降低|回落|减少|下滑)了?$"
)


def _points(ctx: _Context, figure: _Figure, share_of: _Level | None) -> Observation | None:
    """A percentage-point change right after a share of ``share_of`` → the change of that share."""
    match = _POINTS_CHANGE.match(figure.before)
    if share_of is None or match is None:
        return None
    sign = -1 if match.group("verb") in {"下降", "降低", "回落", "减少", "下滑"} else 1
    return _observation(
        ctx,
        figure,
        share_of.about,
        share_of.measure,
        "kgo:PercentagePointChange",
        figure.quantity.value * sign,
        share_of.dims,
        "figure:points",
        period=share_of.period,
        is_target=share_of.is_target,
    )


# 我国对前五大贸易伙伴东盟、欧盟、美国、韩国和日本进出口分别增长8.4%、10.2%…,
# 加工贸易和保税物流进出口10293亿元和3544.9亿元, 集成电路、笔记本电脑分别出口1493.7亿元、1109.9亿元,
# 中国与哈萨克斯坦、乌兹别克斯坦贸易额分别为…: names, then the trade word, then one figure per name (joined by 、 和 及).
_LIST_HEAD = re.compile(
    r"(?P<names>[^，。；：]{2,80}?)(?P<each>分别)?(?P<measure>进出口|出口|进口|贸易(?=总?额)|实际使用外资|实际利用外资|实际对华投资|实际投资|"
    r"实际投入外资|实际投入|吸收外资|利用外资|FDI到资|到资)(?:额|总额|总值|值|金额)?"
    r"(?:同比)?(?:分别)?(?:同比)?(?P<verb>增长|下降|为|达到?)?$"
)
# …，同增1.9%和38.4%，分别占31.3%和10.8%: a later list of the same length, about the same names
# 丹阳眼镜出口美国、欧盟、俄罗斯的金额分别为X、Y和Z: the measure first, then the items
_LIST_HEAD_MEASURE_FIRST = re.compile(
    r"(?P<measure>进出口|出口|进口)(?P<names>[^，。；：]{2,40}?)的?(?:金额|总额)(?P<each>分别)"
    r"(?P<verb>为|达到?)?$"
)
_LIST_FOLLOW = re.compile(
    r"^(?:(?:与|和|较|比)(?:上年|去年)(?:同期)?(?:相比)?)?"  # 与上年相比分别下降…
    r"(?:分别)?(?:同比)?(?:分别)?(?:(?P<growth>同增|同降|增长|增|下降|降)|(?:约占|占)(?P<whole>[^，。；]{0,24}?)"
    r"(?:的)?(?:比重|比例)?)(?:分别)?(?:为|达)?$"
)
_LIST_SEP = re.compile(r"[、和及与]")
# 、 和 及 between the figures of a list; a direction word may restate each rate's sign
# (分别增长8.2%、下降0.7%和下降4.9%)
_LIST_GAP = re.compile(
    rf"^\s*(?:(?:、|和|及|以及)\s*(?:同比)?(?:{_UP_VERBS}|{_DOWN_VERBS})?"
    rf"|[，,]\s*(?:同比)?(?:{_UP_VERBS}|{_DOWN_VERBS}))\s*$"
)  # 分别增长6.2%、10.6%，下降1.1%和0.9%: a comma only with a direction word after it
_GAP_DOWN = re.compile(_DOWN_VERBS)
_GAP_UP = re.compile(_UP_VERBS)
_MEASURE_OF = {
    "进出口": "kgo:foreignTradeValue",
    "贸易": "kgo:foreignTradeValue",  # 中国与哈萨克斯坦、乌兹别克斯坦贸易额分别为…
    "出口": "kgo:exportValue",
    "进口": "kgo:importValue",
}
#: the words of a list head that name foreign investment (from a list of sources or industries)
_INVESTMENT_OF = dict.fromkeys(
    (
        "实际使用外资",
        "实际利用外资",
        "实际对华投资",
        "实际投资",
        "实际投入外资",
        "实际投入",
        "吸收外资",
        "利用外资",
        "FDI到资",
        "到资",
    ),
    "kgo:foreignInvestmentValue",
)
# 信息传输、制造业等重点行业 / 欧盟、东盟等经济体: the group word after the last item
_LIST_TAIL = re.compile(r"等(?:重点|主要|其他)?(?:行业|领域|产业|国家|经济体|地区|市场|伙伴)$")
# 出口增长较快的领域是A、B和C，分别增长…: the items and their measure, in the clause before
_FAST_HEAD = re.compile(
    r"(?P<measure>进出口|出口|进口|实际使用外资)(?:增长|增速)(?:较快|最快|靠前)的"
    r"(?:领域|行业|产品|商品|部门|服务)(?:是|有|为|包括|主要是)(?P<names>[^，。；：]{2,80})[，,]$"
)
_DOWN = frozenset({"下降", "降", "同降"})


@dataclass(frozen=True, slots=True)
class _List:
    """What a list of figures is about: one measure and one breakdown per figure."""

    measures: tuple[str, ...]
    about: str
    dims: tuple[_Dims, ...]
    period: Period | None
    is_target: bool
    abouts: tuple[str, ...] = ()  # one subject per figure (深圳、东莞、广州分别进出口…)


def _list_groups(sentence: str, quantities: Sequence[Quantity]) -> dict[int, list[int]]:
    """Index of the first figure of each run of two or more figures of one kind joined by
    、 和 及 → the run's indices."""
    groups: dict[int, list[int]] = {}
    index = 0
    while index < len(quantities):
        members = [index]
        for later in range(index + 1, len(quantities)):
            gap = sentence[quantities[later - 1].end : quantities[later].start]
            if _LIST_GAP.match(gap) is None or quantities[later].kind != quantities[index].kind:
                break
            members.append(later)
        if len(members) > 1:
            groups[index] = members
        index = members[-1] + 1
    return groups


def _split_names(names: str, count: int) -> list[str]:
    """The items of a list: split on 、 and on the last 和 (A、B和C), unless an earlier item
    holds 和 itself (信息传输/软件和信息技术服务业、制造业、批发和零售业); on the last 及/与 only
    when that is one item short (铜及铜材 and 服装及衣着附件 otherwise stay whole)."""
    items = [n for n in _LIST_TAIL.sub("", names).split("、") if n]
    names_hold_and = len(items) == count and any("和" in item for item in items[:-1])
    for joiners in ("和", "及与"):
        if not items or (len(items) != count - 1 and (joiners != "和" or names_hold_and)):
            continue
        last = items[-1]
        cut = max(last.rfind(j) for j in joiners)
        if cut > 0:
            items = [*items[:-1], last[:cut], last[cut + 1 :]]
    return items


def _partner_of(name: str, partners: dict[str, str]) -> str | None:
    """The partner a list item names: the item itself or its longest known ending (前五大贸易伙伴东盟)."""
    for start in range(len(name)):
        iri = partners.get(name[start:])
        if iri is not None:
            return iri
    return None


def _list_dims(ctx: _Context, names: str, count: int) -> tuple[_Dims, ...] | None:
    """One breakdown per item: every item a known partner (after 对/与/同), or every item a
    category name (民营企业, 集成电路); None when the items are neither."""
    partners = _PARTNER_REST_IN.search(names)
    sources = _source_partners(ctx, names, count)
    if sources is not None:  # 东盟、欧盟实际投资分别增长 (from a list of source countries)
        return sources
    if partners is not None:  # 对越南、泰国、马来西亚的进出口分别增长: 的 ends the list
        items = _split_names(partners.group("names").removesuffix("的"), count)
        iris_ = [_partner_of(item, ctx.partners) for item in items]
        if len(items) == count and None not in iris_:
            return tuple(_Dims(partner=iri) for iri in iris_)
        return None
    lead = _after_place(names, ctx.place_names)
    if not lead:
        return None
    items = _split_names(lead, count)
    if len(items) != count or any(_category(item) != item for item in items):
        return None
    return tuple(_Dims(industry=item) for item in items)


_IN_PLACE_TAIL = re.compile(r"(?:等(?:经济体|国家和地区|国家))?在[\u4e00-\u9fff]{1,3}$")


def _source_partners(ctx: _Context, names: str, count: int) -> tuple[_Dims, ...] | None:
    """“一带一路”沿线国家、东盟、欧盟: every item of the list a known partner, without 对/与."""
    names = _IN_PLACE_TAIL.sub(
        "",
        _QUOTES.sub("", _LEADING_FILLER.sub("", names)).removeprefix("来自").removesuffix("对华"),
    )  # 来自欧盟、RCEP等经济体在川: the partners, not where they invest
    for place in sorted(ctx.place_names, key=len, reverse=True):
        if names.endswith("对" + place):  # 新加坡、德国、荷兰对江苏实际投资: the place invested in
            names = names[: -len(place) - 1]
            break
    items = _split_names(names, count)
    iris_ = [ctx.partners.get(item) for item in items]
    if len(items) != count or None in iris_:
        return None
    return tuple(_Dims(partner=iri) for iri in iris_)


def _measure_items(ctx: _Context, names: str, last: str, count: int) -> tuple[str, ...] | None:
    """进出口、出口和进口分别增长…: the list names trade measures, one per figure (else None)."""
    lead = _after_place(names, ctx.place_names)
    if not lead or lead[-1] not in "、和及":
        return None
    items = [*_split_names(lead[:-1], count - 1), last]
    if len(items) != count or any(item not in _MEASURE_OF for item in items):
        return None
    return tuple(_MEASURE_OF[item] for item in items)


_PARTNER_REST_IN = re.compile(r"(?:对|与|同)(?P<names>[^，。；：]{2,60})$")


# …，分别进出口3.87万亿元、1.33万亿元和1.09万亿元: one figure per place the clause before lists
_EACH_MEASURE = re.compile(r"^分别(?P<measure>进出口|出口|进口)(?:额|总额|总值|值)?(?:为|达到?)?$")
# 岳阳、郴州分别进出口579.4亿元和455.2亿元, 崇左市、防城港市进出口分别为X和Y: the places
# in the same clause, before 分别 (or before the measure that precedes 分别为)
_NAMES_EACH_MEASURE = re.compile(
    r"(?:^|[，,；;：:])(?P<names>[^，,。；;：:]{2,40}?)"
    r"(?:分别(?:实现|完成)?(?P<cbec>跨境电商|跨境电子商务)?(?P<measure>进出口|出口|进口)"
    r"(?:额|总额|总值|值)?(?:为|达到?)?"
    r"|(?P<measure_first>进出口|出口|进口)(?:额|总额|总值|值)?分别(?:为|是|达到?)"
    # 太原市地区生产总值X；长治市、运城市分别达到Y和Z: the measure of the level before
    r"|分别(?P<same>达到?|为))$"
)


def _places_before_each(
    ctx: _Context, figure: _Figure, count: int
) -> tuple[tuple[str, ...], str] | None:
    """深圳、东莞、广州外贸规模居前三位，分别进出口X、Y和Z: the places listed at the start of
    the clause before (every item a place of the article), and the measure."""
    each = _EACH_MEASURE.match(figure.before) or _NAMES_EACH_MEASURE.search(figure.before)
    if each is None:
        return None
    if each.re is _NAMES_EACH_MEASURE:  # 岳阳、郴州分别进出口X和Y: the names in this clause
        clause = _LEADING_FILLER.sub("", each.group("names"))  # 其中顺德区、南海区…
    else:
        head = figure.sentence[: figure.quantity.start - len(figure.before)].rstrip("，,")
        clause = re.split(r"[，,；;：:]", head)[-1]
    abouts = _listed_places(ctx, clause, count)
    if abouts is None:
        return None
    if each.re is not _NAMES_EACH_MEASURE:
        return abouts, _MEASURE_OF[each.group("measure")]
    if each.group("same"):  # 长治市、运城市分别达到X和Y: the measure of the level before
        measure = _run_on_measure(ctx, clause, figure) or _sentence_level_measure(ctx, figure)
        return (abouts, measure) if measure is not None else None
    measure = _MEASURE_OF[each.group("measure") or each.group("measure_first")]
    # 顺德区、南海区分别实现跨境电商进出口X和Y: the CBEC figure
    return abouts, _CBEC_VARIANT[measure] if each.group("cbec") else measure


def _run_on_measure(ctx: _Context, clause: str, figure: _Figure) -> str | None:
    """杭州、宁波地区生产总值分别为X和Y: the measure the words after the last place name."""
    ends = [clause.rindex(n) + len(n) for n in ctx.place_iris if n in clause]
    words = clause[max(ends) :] if ends else ""
    words = _LEADING_FILLER.sub("", _PLACE_COUNT.sub("", words))  # 九江三市上半年生产总值
    found = _classify(words, "money", figure.sentence, ctx.place_names, ctx.partners)
    return found[0] if words and found is not None and found[1] == _HEADLINE else None


#: the count of a list of places after it (南昌、赣州、九江三市; 淮南、蚌埠两市)
_PLACE_COUNT = re.compile(r"^(?:[两二三四五六七八九十]|\d{1,2})个?(?:设区市|地市|城市|市|县|区|地)")
#: a modifier before a list of places (地处淮河南岸的淮南、蚌埠两市)
_LIST_MODIFIER = re.compile(r"^[^，,。；;、]{1,20}?的(?=[^的]+、)")


def _listed_places(ctx: _Context, clause: str, count: int) -> tuple[str, ...] | None:
    """The IRIs of ``count`` places listed in ``clause`` (大连、沈阳), every item a place of
    the article (the last may run on into the measure words), else None."""
    names = _split_names(_LIST_MODIFIER.sub("", clause), count)
    if len(names) != count:
        return None
    last = next(
        (n for n in sorted(ctx.place_iris, key=len, reverse=True) if names[-1].startswith(n)), None
    )
    names[-1] = last or names[-1]
    abouts = tuple(ctx.place_iris.get(name, "") for name in names)
    if not all(abouts) or len(set(abouts)) != count:
        return None
    return abouts


# 大连、沈阳外贸进出口分别增长3.4%和1.2%, 大连、沈阳分别增长…: one rate per place listed
_NAMES_EACH_RATE = re.compile(
    r"(?:^|[，,；;：:])(?P<names>[^，,。；;：:]{2,40}?)(?:外贸)?"
    r"(?:(?P<measure>进出口|出口|进口)(?:额|总额|总值|值)?(?:同比)?分别|"
    r"分别(?:实现)?(?:外贸)?(?P<measure_after>进出口|出口|进口)?)(?:同比)?(?P<verb>增长|下降)$"
)  # 徐州、连云港实际使用外资分别增长…: the names run on into any measure's words


def _places_rates_before_each(
    ctx: _Context, figure: _Figure, count: int
) -> tuple[_List, int] | None:
    """大连、沈阳外贸进出口分别增长3.4%和1.2%: the places listed before 分别, their measure
    (the trade word, else the sentence's last level's) and the sign of the rates."""
    each = _NAMES_EACH_RATE.search(figure.before)
    if each is None:
        return None
    clause = _LEADING_FILLER.sub("", each.group("names"))
    abouts = _listed_places(ctx, clause, count)
    words = clause
    if abouts is None and not any(name in clause for name in ctx.place_iris):
        # 淮南、蚌埠两市，规模以上工业增加值分别增长…: the places end the clause before
        head = figure.sentence[: figure.quantity.start - len(figure.before)].rstrip("，,")
        listing = re.split(r"[，,；;：:]", head)[-1]
        ends = [listing.rindex(n) + len(n) for n in ctx.place_iris if n in listing]
        if ends and _PLACE_COUNT.fullmatch(listing[max(ends) :]):
            abouts = _listed_places(ctx, listing[: max(ends)], count)
            words = listing[: max(ends)] + clause  # the measure: this clause's words
    if abouts is None:
        return None
    word = each.group("measure") or each.group("measure_after")
    measure = (
        _MEASURE_OF[word]
        if word
        else _run_on_measure(ctx, words, figure) or _sentence_level_measure(ctx, figure)
    )
    if measure is None:
        return None
    listed = _List(
        (measure,) * count, abouts[0], (_HEADLINE,) * count, figure.period, figure.is_target, abouts
    )
    return listed, -1 if each.group("verb") == "下降" else 1


def _sentence_level_measure(ctx: _Context, figure: _Figure) -> str | None:
    """The measure of the last level read in ``figure``'s sentence (since the last full
    stop), else None."""
    for obs in reversed(ctx.found):  # this clause, or the clauses since the last full stop
        said = obs.evidence.sentence
        if said != figure.sentence and (not said or said not in figure.lead):
            return None
        if obs.statistic == "kgo:Level" and obs.partner is None and obs.industry is None:
            return obs.measure
    return None


def _read_list(
    ctx: _Context, figure: _Figure, scope: _Scope, members: Sequence[Quantity], listed: _List | None
) -> tuple[list[Observation], _List | None]:
    """The observations of a run of figures: a list head names its items, a follow-up
    (同增…和…, 分别占…和…) reuses the items of the sentence's last list of that length.

    Returns:
        The observations (none when the run is neither) and the list now in force.
    """
    head = _LIST_HEAD.search(figure.before) or _LIST_HEAD_MEASURE_FIRST.search(figure.before)
    count = len(members)
    kind = members[0].kind
    places = _places_before_each(ctx, figure, count) if kind == "money" else None
    if places is not None:
        abouts, measure = places
        listed = _List(
            (measure,) * count,
            abouts[0],
            (_HEADLINE,) * count,
            figure.period,
            figure.is_target,
            abouts,
        )
        return _list_observations(ctx, figure, members, listed, "kgo:Level", 1), listed
    rates = _places_rates_before_each(ctx, figure, count) if kind == "percent" else None
    if rates is not None:
        listed, sign = rates
        return _list_rates(ctx, figure, members, listed, "kgo:YearOnYearGrowth", sign), listed
    if head is not None and scope.current is not None:
        verb = head.group("verb") or ""
        growth = verb in {"增长", "下降"}
        if (kind == "percent") != growth or (not growth and kind != "money"):
            return [], listed
        if (
            not head.group("each")
            and "分别" not in figure.before
            and verb == ""
            and kind != "money"
        ):
            return [], listed
        names = _antecedent(figure, head.group("names"))
        measures = _measure_items(ctx, names, head.group("measure"), count)
        dims = (_HEADLINE,) * count if measures else _list_dims(ctx, names, count)
        if dims is None:
            return [], None
        measure = head.group("measure")
        measures = measures or (_MEASURE_OF.get(measure) or _INVESTMENT_OF[measure],) * count
        listed = _List(measures, scope.current, dims, figure.period, figure.is_target)
        if growth:
            return _list_rates(
                ctx, figure, members, listed, "kgo:YearOnYearGrowth", -1 if verb == "下降" else 1
            ), listed
        return _list_observations(ctx, figure, members, listed, "kgo:Level", 1), listed
    follow = _LIST_FOLLOW.match(figure.before)
    if follow is not None and follow.group("growth") and kind == "percent" and scope.current:
        fast = _fast_growing(ctx, figure, scope.current, count)
        listed = fast or _levels_read_apart(ctx, figure, count) or listed
    if follow is None or listed is None or len(listed.dims) != count or kind != "percent":
        return [], listed
    if follow.group("growth"):
        sign = -1 if follow.group("growth") in _DOWN else 1
        return _list_rates(ctx, figure, members, listed, "kgo:YearOnYearGrowth", sign), listed
    whole = follow.group("whole")
    if whole and _WHOLE_TOTAL.search(whole) is None:
        return [], listed
    return _list_observations(ctx, figure, members, listed, "kgo:Share", 1), listed


def _levels_read_apart(ctx: _Context, figure: _Figure, count: int) -> _List | None:
    """凭祥市进出口X，东兴市进出口Y，分别增长a和b: the last ``count`` levels of the
    sentence, each read alone, of one measure and ``count`` different subjects, or of one
    subject and ``count`` different measures (出口X，进口Y，分别下降a和b), else None."""
    levels: list[Observation] = []
    for obs in reversed(ctx.found):
        if obs.evidence.sentence not in (figure.sentence, figure.lead) or len(levels) == count:
            break
        if obs.statistic != "kgo:Level" or obs.evidence.rule != "figure:level":
            return None
        levels.append(obs)
    keys = {(obs.about, obs.partner, obs.industry) for obs in levels}
    measures = {o.measure for o in levels}
    apart = len(keys) == count and len(measures) == 1  # 凭祥市进出口X，东兴市进出口Y
    parts = len(keys) == 1 and len(measures) == count  # 出口X，进口Y，分别下降a和b
    if len(levels) != count or not (apart or parts):
        return None
    levels.reverse()
    return _List(
        tuple(obs.measure for obs in levels),
        levels[0].about,
        tuple(_Dims(obs.partner, obs.industry) for obs in levels),
        figure.period,
        figure.is_target,
        tuple(obs.about for obs in levels),
    )


#: 对其分别进出口: the items are those a clause before listed (东盟、美国、欧盟为厦门前三大贸易伙伴)
_PRONOUN_ITEMS = re.compile(
    r"[对与同](?:其|它们|(?:上述|以上|这些|前述)"
    r"(?:[两二三四五六七八九十]者|[两二三四五六七八九十\d]{1,2}(?:个|大)?)?"
    r"(?:贸易伙伴|国家和地区|国家|市场|经济体|地区)?)$"
)  # 我国与其分别进出口…, 我国与上述贸易伙伴分别进出口…
#: where the listing clause's items start when a verb opens it (主要销往美国、欧盟和英国)
_LISTING_START = re.compile(r"^.*?(?:销往|出口到|出口至|运往|进口自|来自|包括|涵盖)")
#: where the listing clause's items end (…欧盟为厦门前三大贸易伙伴)
_LISTING_END = re.compile(
    r"(?:分别)?(?:为|是|成为|居|位列|位居|分列|依次)"
)  # 欧盟、美国分列第二、三位


def _antecedent(figure: _Figure, names: str) -> str:
    """``names``, or for 对其 the items of the last clause before it (since the full stop)
    that lists items with 、, up to its verb."""
    if _PRONOUN_ITEMS.search(names) is None:
        return names
    before = figure.context_before[: len(figure.context_before) - len(figure.before)]
    clauses = re.split(r"[，,；;]", before)
    listing = next((c for c in reversed(clauses) if "、" in c), None)
    if listing is None:
        return names
    listing = _LISTING_START.sub("", listing)  # 主要销往美国、欧盟和英国: the items after it
    return _LISTING_END.split(_LEADING_FILLER.sub("", listing), maxsplit=1)[0]


# 其中电子及通信设备制造业、计算机及办公设备制造业分别增长34.3%和130.1%: the categories of
# the measure the sentence just named, the measure word left out
_CATEGORY_LIST = re.compile(
    r"^(?:其中)?(?P<names>[^，。；：]{2,80}?)分别(?:同比)?(?P<verb>增长|下降)$"
)


def _category_rates(
    ctx: _Context, figure: _Figure, members: Sequence[Quantity], subject: _Level | None
) -> list[Observation]:
    """A list of categories of the measure just named, each with its rate (figure:part)."""
    match = _CATEGORY_LIST.match(figure.before)
    if match is None or subject is None or subject.dims.partner or members[0].kind != "percent":
        return []
    items = _split_names(match.group("names"), len(members))
    if len(items) != len(members) or any(
        _category(item) != item or any(name in item for name in ctx.place_names) for item in items
    ):
        return []
    listed = _List(
        (subject.measure,) * len(items),
        subject.about,
        tuple(_Dims(industry=item) for item in items),
        subject.period,
        subject.is_target,
    )
    sign = -1 if match.group("verb") == "下降" else 1
    return _list_rates(ctx, figure, members, listed, "kgo:YearOnYearGrowth", sign)


# 我国对东盟出口纺织机械、纺织原料分别增长28.2%和13.4%: products after the trade word
_PRODUCT_LIST = re.compile(
    r"(?:(?:对|自|与|向)(?P<partner>[^，。；：、]{1,12}?))?(?P<measure>进出口|出口|进口)"
    r"(?P<names>[\u4e00-\u9fff、和及]{4,60}?)分别(?:同比)?(?P<verb>增长|下降)$"
)


def _product_rates(
    ctx: _Context, figure: _Figure, scope: _Scope, members: Sequence[Quantity]
) -> list[Observation]:
    """Each product of a list written after the trade word, with its rate (and partner)."""
    match = _PRODUCT_LIST.search(figure.before)
    if match is None or scope.current is None or members[0].kind != "percent":
        return []
    partner = None
    if match.group("partner"):
        dims = _partner_dims(_QUOTES.sub("", match.group("partner")), ctx.partners)
        if dims is None or dims.industry:
            return []
        partner = dims.partner
    items = _split_names(match.group("names"), len(members))
    if len(items) != len(members) or any(_category(item) != item for item in items):
        return []
    listed = _List(
        (_MEASURE_OF[match.group("measure")],) * len(items),
        scope.current,
        tuple(_Dims(partner=partner, industry=item) for item in items),
        figure.period,
        figure.is_target,
    )
    sign = -1 if match.group("verb") == "下降" else 1
    return _list_rates(ctx, figure, members, listed, "kgo:YearOnYearGrowth", sign)


def _fast_growing(ctx: _Context, figure: _Figure, about: str, count: int) -> _List | None:
    """出口增长较快的领域是A、B、C，分别增长…: the list of categories the clause before names."""
    head = _FAST_HEAD.search(
        figure.sentence_before[: len(figure.sentence_before) - len(figure.before)]
    )
    if head is None:
        return None
    items = _split_names(head.group("names"), count)
    if len(items) != count or any(_category(item) != item for item in items):
        return None
    measure = _MEASURE_OF.get(head.group("measure"), "kgo:foreignInvestmentValue")
    dims = tuple(_Dims(industry=item) for item in items)
    return _List((measure,) * count, about, dims, figure.period, figure.is_target)


def _list_rates(
    ctx: _Context,
    figure: _Figure,
    members: Sequence[Quantity],
    listed: _List,
    statistic: str,
    sign: int,
) -> list[Observation]:
    if _growth_statistic(figure.before, figure.context_before, listed.period) != statistic:
        return []
    return _list_observations(ctx, figure, members, listed, statistic, sign)


def _member_signs(sentence: str, members: Sequence[Quantity], sign: int) -> list[int]:
    """The sign of each figure of a list: the first's, changed by a direction word written
    before a later one (分别增长8.2%、下降0.7%和下降4.9% → +, −, −)."""
    signs = [sign]
    for before, quantity in zip(members, members[1:], strict=False):
        gap = sentence[before.end : quantity.start]
        if sign and _GAP_DOWN.search(gap):
            signs.append(-abs(sign))
        elif sign and _GAP_UP.search(gap):
            signs.append(abs(sign))
        else:
            signs.append(signs[-1])
    return signs


def _list_observations(
    ctx: _Context,
    figure: _Figure,
    members: Sequence[Quantity],
    listed: _List,
    statistic: str,
    sign: int,
) -> list[Observation]:
    found = []
    signs = _member_signs(figure.sentence, members, sign)
    abouts = listed.abouts or (listed.about,) * len(members)
    for quantity, dims, measure, sign, about in zip(
        members, listed.dims, listed.measures, signs, abouts, strict=True
    ):
        member = _Figure(
            quantity,
            figure.s_start,
            figure.sentence,
            figure.period,
            figure.lead,
            figure.before,
            figure.is_target,
        )
        found.append(
            _observation(
                ctx,
                member,
                about,
                measure,
                statistic,
                quantity.value * sign,
                dims,
                "figure:respectively",
                period=listed.period,
                is_target=listed.is_target,
            )
        )
    return found
