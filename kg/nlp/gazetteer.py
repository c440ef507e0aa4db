"""Gazetteer matching: reference names (places, bodies, zones) found in text.

Input: ``GazetteerEntry`` records (built from the reference by ``kg.nlp.lexicon``).
Output: ``Mention`` records with the reference IRI already set.
It does not: read files or know the reference format; every boundary rule lives here.

Matching is exact substring matching over the text (Aho–Corasick), then
leftmost-longest selection, then boundary rules that reject a name inside a
longer non-place word (PERF.md §3: a char-level matcher finds 中发 in 规范中发展).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from kg.model import Mention
from kg.nlp.wordbreak import WordBreaks

__all__ = [
    "COUNTY_CONTEXT_RULE",
    "Gazetteer",
    "GazetteerEntry",
    "PLACE_LABELS",
    "SCOPE_WORDS",
    "TRAP_LABEL",
]

PLACE_LABELS = frozenset({"Country", "Province", "Prefecture", "County", "SpecialArea"})
#: words the reference lists as aliases of China but that state a scope (全国 = the
#: whole country), not a name; kg.extract reads them as the subject of figures.
SCOPE_WORDS = frozenset({"全国", "我国", "中方"})
_LOCAL_LEVEL_CHARS = frozenset("省市县区州")
#: label of trap words: longer words that hide a name and are dropped after matching.
TRAP_LABEL = "Trap"
#: rule of a county name that is linked only with its prefecture or province in context
#: (鼓楼区, 金州, 增城): found here without an IRI, resolved by ``kg.link.places``.
COUNTY_CONTEXT_RULE = "gazetteer:county-context"

# A place name directly followed (within a few characters, no punctuation) by a
# company/organisation suffix is part of that organisation's name: 深圳市凯中精密技术
# 股份有限公司 (025), 宁夏金晶科技有限公司 (026), 中国动力电池产业创新联盟 (039).
# Bodies outside the table nest names too (gold scope): 中国人民银行福州中心支行,
# 国家外汇管理局福建省分局, 南京海关, 大连市政协, 中国国务院发展研究中心 (002, 011, 014, 041).
_ORG_TAIL = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9（）()]{0,12}?"
    r"(股份有限公司|有限责任公司|有限公司|股份公司|集团|银行(?!业)|药业|联盟|协会|商会|大学|学院|研究院|"
    r"研究所|研究中心|医院|日报|晚报|商报|时报|电视台|中心支行|支行|分行|分局|分会|管委会|交易所|"
    r"文化和旅游局|人民政府|总厂|制造厂|生产建设兵团)"
)
# Right after a place: its party committee, congress, customs or website (福建省委, 南京海关).
_PLACE_BODY_NEXT = re.compile(r"(委|政协|人大|海关|网站|官网)")
# A congress session named after its place (湖南省第十四届人民代表大会, 广东省十四届人大二次会议)
_SESSION_NEXT = re.compile(r"第?[一二三四五六七八九十\d]{1,3}届")
# A sports team or delegation named after a place (中国队, 中国香港队, 广东女排) is not the place.
_TEAM_NEXT = re.compile(
    r"(?:香港|澳门|台北)?(?:国家)?(?:体育)?(?:男子|女子)?(?:队|代表团|男篮|女篮|男排|女排|男足|女足|选手)"
)
# (商务部网站, 商务部官网: the body is named as the source, not blocked)
_ORG_NEXT = re.compile(r"([\u4e00-\u9fff]{0,8}?(中心支行|分局|研究中心|研究院))")
# A name followed, in the same run of characters, by more name and an organisation
# suffix is the head of a longer organisation's name (国务院新闻办公室, 中国…研究会,
# 商务部外国投资管理司, 四川省经济合作局, 中国乒乓球队). Known bodies (浙江省商务厅,
# 商务部外贸司) are gazetteer entries themselves and win by longest match first.
# Word suffixes (中心, 办公室 …) must not be followed by a word that makes them a common
# noun (区域中心城市); one-character suffixes (局, 厅, 司, 队) are common word endings
# (布局, 团队), so a role, an act of the body or punctuation must follow them.
_ORG_RUN = r"((?![和与及同或])[\u4e00-\u9fff]{0,8}?)"
_NESTED_ORG_WORD = re.compile(
    _ORG_RUN + r"(新闻办公室|办公室|办公厅|新闻办|研究会|研究中心|中心|协会|学会|商会|委员会|"
    r"篮协|足协|股份公司|公司|集团|"
    # media, publishers and parties (中国新闻周刊, 中国学术期刊, 中国共产党)
    r"新闻周刊|周刊|日报|晚报|证券报|商报|晨报|都市报|青年报|法制报|报社|杂志社|杂志|学报|期刊|"
    r"出版社|电视台|广播电台|"
    r"共产党|国民党|民主党|"
    # local bodies the table does not list (深圳市科创委, 浙江丽水地委, …工作领导小组办公室)
    r"科创委|发改委|经信委|工信委|卫健委|地委|领导小组办公室|领导小组|指挥部)"
    r"(?!城|地|区|位置|环节|任务|工作)"
)
# Named sites and facilities (gold scope: like organisation names): 青海221基地, 北京skp商场,
# 广东荔枝产业园; 港 and 开发区 need a name of two or more characters (广州花都港,
# 吴忠太阳山开发区), so 中国香港 and a bare 深圳港 keep the place.
_FACILITY_RUN = r"((?![和与及同或])[\u4e00-\u9fffA-Za-z0-9]{%d,8}?)"
_NESTED_FACILITY = re.compile(
    _FACILITY_RUN
    % 1
    + r"(基地|商场|产业园|工业园|科技园|物流园|国际机场|机场|商品城|商贸城|生态城|互换局|作业区|"
    r"集装箱码头|码头|陆港|铁路港|国际港站|港站|航空港|港务区|科技城|免税城|中央商务区|"
    # venues and sights named after their place (上海迪士尼乐园, 北京环球度假区, 张家界国家
    # 森林公园, 海南文昌航天发射场): the place is part of the venue's name
    r"乐园|度假区|风景名胜区|风景区|森林公园|航天发射场|卫星发射中心|博物馆|博物院|大世界)(?!区)"
)
# A stadium named after its places (上海浦东足球场); a run holding a level word is an address
# (黔东南苗族侗族自治州榕江县城北新区体育馆: the county's hall, the places stay).
_NESTED_VENUE = re.compile(r"((?:(?![省市县区州])[\u4e00-\u9fff]){1,6}?)(足球场|体育场|体育馆)")
# A port of entry or a development zone named right after its place (吉隆口岸, 滨海高新区): the
# place is part of the facility's name (a longer run, 二连浩特市中蒙边境公路口岸, keeps it).
_NESTED_CHECKPOINT = re.compile(r"()(口岸|高新区|经开区)")
# A court is named (北京互联网法院); 浙江法院 alone is the province's courts.
_NESTED_COURT = re.compile(r"((?![和与及同或])[\u4e00-\u9fff]{1,8}?)(法院|检察院)")
# A port named by its place alone (太仓港, 日照港, 宁波舟山港, 钦州港东站): the place is the
# port's name. A port with a name of its own after the place (岳阳城陵矶港, 广州花都港,
# 福州江阴港区) is written with its address: the place stays. 港市 ends a city's name
# (温州市龙港市, 广西防城港市), not a port's.
_NESTED_PORT = re.compile(
    r"()(航空港|港)(?!口|城|澳|务|股|市(?!场)|综合保税区|综保区|保税|片区|人|资|币|台|籍|元|深)"
)  # 成都天府国际空港综合保税区 is a zone of 成都, not a port's name
# A market, eco-city or industrial park known by its place's name (临沂商城, 周村古商城,
# 中新天津生态城, 苏州工业园区): the place is the site's name
_NESTED_MARKET = re.compile(
    r"()(古商城|商城|生态城|工业园区)(?!区|市(?!场)|综合保税区|综保区|保税)"
)  # 苏州工业园区综合保税区 is a zone named after 苏州
# A development zone named after its place (吴忠太阳山开发区)
_NESTED_DEVELOPMENT_ZONE = re.compile(
    _FACILITY_RUN % 2 + r"(开发区)(?!区|综合保税区|综保区|保税)"
)  # 苏州高新技术产业开发区综合保税区 is a zone of 苏州
# A railway station named after its place and a direction (北京西站, 杭州东站)
_NESTED_STATION = re.compile(r"([东南西北])(站)(?![点长台务上稳在住起到出])")
#: a facility run holding a port's own name (江阴港区集装箱码头): the place before is its address
_PORT_IN_RUN = re.compile(r"港区?$")
# Words saying the place builds or has facilities (广东建设3个基地, 海南自由贸易港); as
# _NOT_IN_ORG_NAME but 都 may be part of a site's name (广州花都港).
_NOT_IN_FACILITY_NAME = re.compile(
    r"[的是为在了将把对向从已被让使并也要等各个家座多、]|有关|相关|成为|打造|推动|推进|加快|建成|"
    r"建设|建立|设立|设有|成立|新建|规划|拥有|共有|已有|落地|引进|贸易|自贸"
)
# A website named after a place (中国知网, 中国裁判文书网, 中国期刊网); 网 words that are
# common nouns (电网, 互联网, 管网) are in _COMMON_SUFFIX_WORDS.
_NESTED_SITE = re.compile(_ORG_RUN + r"(?<!官)(网)(?!站|址|页|络|民|友|点|格|店|购|红|上|下)")
# A journal or newspaper title opened by a place (《中国经济史研究》, 《中国学术期刊（光盘版）》):
# the place is part of the title. Other 《…》 titles (papers, policies) keep their places.
_JOURNAL_TITLE = re.compile(
    r"[\u4e00-\u9fff]{0,10}?(研究|学报|期刊|周刊|杂志|日报|晚报|时报|商报)(（[^（）《》]{1,8}）)?》"
)
_NESTED_ORG_CHAR = re.compile(
    _ORG_RUN + r"(局|厅|司|队)"
    r"(?=[^\u4e00-\u9fff]|$|副|司长|局长|厅长|处长|主任|负责人|举行|获悉|分析|发布|公布|印发|"
    r"网站|官网|表示|介绍|指出|认为|等|访)"
)
# Words that never sit inside an organisation name between its head and its suffix
# (浙江省成为…中心, 商务部有关司局 are sentences), and common words ending in a suffix.
_NOT_IN_ORG_NAME = re.compile(
    r"[的是为在了将把向从已被让使并也都要等各]|对(?!外)|有关|相关|成为|打造|推动|推进|加快|建成|"
    r"设立|设有|成立|组建|开设|"  # 在北京、上海设立研发中心: a verb, no name
    r"本地|当地|本土|上市公司|上市(?=公司)"  # 宜昌本地上市公司兴发集团, 晋江本土上市公司:
    # a company of the place, not its name
)
# 佛山某公司 is "a company in Foshan" (gold guidelines: the place is a mention); only a
# placeholder name (杭州市某某科技公司) makes the run part of an organisation's name.
_INDEFINITE_RUN = re.compile(r"某(?!某)")
_COMMON_SUFFIX_WORDS = frozenset(
    "布局 格局 大局 当局 开局 结局 全局 时局 政局 变局 新局 破局 大厅 餐厅 展厅 "
    "团队 军队 排队 梯队 车队 上司 官司 "
    "电网 管网 路网 联网 上网 光网 水网 河网 渔网 天网 法网 组网 入网 并网 内网 外网 专网 "
    "域网 铁网 织网 触网".split()
)
# 中国 as the first part of a brand or body (中国动力, 中国银行, 中国人民银行 is listed
# itself) is not the country; only these continuations keep it a place.
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One surface form and what it means.

    ``short`` marks a derived short form (金华 for 金华市); short forms are matched
    with stricter boundary rules than full names.
    """

    surface: str
    label: str
    iri: str
    rule: str
    short: bool = False


class Gazetteer:
    """Find reference names in text: leftmost-longest, with boundary rules.

    Build once per process (it compiles an automaton); ``find`` is thread-safe.
    """

    def __init__(
        self,
        entries: Iterable[GazetteerEntry],
        *,
        stop_words: Iterable[str] = (),
        local_prefix_aliases: Iterable[str] = (),
        word_breaks: WordBreaks | None = None,
    ) -> None:
        """Compile the automaton.

        Args:
            entries: surface forms; the first entry of a surface wins, so put full
                names and reference names before derived aliases.
            stop_words: short forms never matched on their own, and scope words.
            local_prefix_aliases: short names of national bodies (统计局) that, right
                after a place name or 省/市/县, name a local body and are dropped.
            word_breaks: drops a place name that a dictionary word runs across (丽水 in
                美丽水乡); None keeps every such hit.
        """
        self._word_breaks = word_breaks
        stop = set(stop_words) | SCOPE_WORDS
        self._local_prefix = frozenset(local_prefix_aliases)
        #: national short names that name a place's own body after a place (统计局).
        self.local_prefix = self._local_prefix
        self._automaton = ahocorasick.Automaton()
        self.size = 0
        for entry in entries:
            if len(entry.surface) < 2 or (
                entry.surface in stop
                and (entry.rule.endswith("alias") or entry.rule == COUNTY_CONTEXT_RULE)
            ):
                continue
            if self._automaton.exists(entry.surface):
                continue
            self._automaton.add_word(entry.surface, entry)
            self.size += 1
        if self.size:
            self._automaton.make_automaton()

    def lookup(self, surface: str) -> GazetteerEntry | None:
        """The entry for exactly ``surface`` (a name the gazetteer would match), or None.

        Args:
            surface: a candidate name, e.g. the head of a body name (``四川省``).
        """
        if not self.size:
            return None
        entry = self._automaton.get(surface, None)
        return entry if isinstance(entry, GazetteerEntry) and entry.label != TRAP_LABEL else None

    def _across_words(
        self, text: str, hit: tuple[int, int, GazetteerEntry], near: set[int]
    ) -> bool:
        """True when the hit is a place name that dictionary words run across (丽水 in
        美丽水乡); only names of two or three characters are (中国香港 in 中国香港特区 is not
        中国 + 香港特区), a name next to another place (福建厦门, 海东市民和县) is never one,
        and a name with its level (温州市区: 温州 + 市区) is one only if its short form is."""
        start, end, entry = hit
        if (
            entry.label not in PLACE_LABELS
            or end - start > 3
            or self._word_breaks is None
            or start in near
            or end in near
        ):
            return False
        crosses = self._word_breaks.crosses
        if not crosses(text, start, end):
            return False
        return not (
            entry.surface[-1] in _LOCAL_LEVEL_CHARS
            and end - start > 2
            and not crosses(text, start, end - 1)
        )

    def find(self, text: str) -> list[Mention]:
        """Return the gazetteer mentions in ``text``, in text order.

        Args:
            text: the article body.

        Returns:
            Non-overlapping mentions; ``iri`` is the reference IRI, ``rule`` is
            ``gazetteer:<kind>``.
        """
        if not self.size:
            return []
        hits: list[tuple[int, int, GazetteerEntry]] = []
        for last, entry in self._automaton.iter(text):
            start = last + 1 - len(entry.surface)
            hits.append((start, last + 1, entry))
        full_starts = {
            start for start, end, e in hits if e.label in PLACE_LABELS and end - start > 2
        }
        chosen = _leftmost_longest(
            [h for h in hits if h[1] in full_starts or not _splits_word(text, h[1], h[2])]
        )  # 海东市民和回族土族自治县: 民 opens the next place's name, not 市民
        if self._word_breaks is not None:
            # the edges two places share (福建|厦门): a place next to a place is not a false substring
            near = _shared_edges(chosen)
            chosen = [h for h in chosen if not self._across_words(text, h, near)]
        place_ends = {end for _, end, entry in chosen if entry.label in PLACE_LABELS}
        place_spans = {start: end for start, end, entry in chosen if entry.label in PLACE_LABELS}
        place_labels = {start: e.label for start, _, e in chosen if e.label in PLACE_LABELS}
        found: list[Mention] = []
        inside_name = 0  # end of the facility or body name the last dropped place opened
        for start, end, entry in chosen:
            if entry.label == "County" and start < inside_name:
                continue  # 盐田 in 深圳盐田港: part of the port's name, like 深圳
            if entry.label == TRAP_LABEL or (
                _is_blocked(text, start, end, entry, self._local_prefix)
                and not _opens_place_named_like_a_port(text, end, place_spans, self._local_prefix)
                and not _address_before_facility(text, entry, end, place_spans, place_labels)
            ):
                if entry.label in PLACE_LABELS:
                    inside_name = max(
                        inside_name, _longer_org_end(text, end, self._local_prefix) or 0
                    )
                continue
            if (
                entry.surface.endswith("市")
                and text.startswith("区", end)
                and len(entry.surface) > 2
            ):
                end -= 1  # 大连市区 is 大连 + 市区 (041), not 大连市
            if entry.surface in self._local_prefix and (
                start in place_ends or (start > 0 and text[start - 1] in _LOCAL_LEVEL_CHARS)
            ):
                continue
            found.append(
                Mention(start, end, text[start:end], entry.label, entry.rule, entry.iri or None)
            )
        return found


def _shared_edges(hits: list[tuple[int, int, GazetteerEntry]]) -> set[int]:
    """Offsets where one place hit ends and another begins."""
    starts = {start for start, _, entry in hits if entry.label in PLACE_LABELS}
    return {end for _, end, entry in hits if entry.label in PLACE_LABELS and end in starts}


def _opens_place_named_like_a_port(
    text: str, end: int, place_spans: dict[int, int], local: frozenset[str]
) -> bool:
    """True when the "facility" a place seems to open is the next place itself (江苏连云港,
    广西防城港: a city whose name ends in 港), so the first place stays a place."""
    return end in place_spans and _longer_org_end(text, end, local) == place_spans[end]


def _address_before_facility(
    text: str,
    entry: GazetteerEntry,
    end: int,
    place_spans: dict[int, int],
    place_labels: dict[int, str],
) -> bool:
    """True when a province's city follows right after (湖南怀化国际陆港: 湖南 is the
    address, 怀化 opens the facility's name), so the province stays a place."""
    if entry.label != "Province" or place_labels.get(end) != "Prefecture":
        return False  # 北京大兴国际机场, 海口美兰国际机场: a city and district name the facility
    return any(p.match(text, place_spans[end]) for p in _FACILITY_PATTERNS)


def _leftmost_longest(
    hits: list[tuple[int, int, GazetteerEntry]],
) -> list[tuple[int, int, GazetteerEntry]]:
    """Keep the longest hit at each position and drop hits overlapping a kept one."""
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    chosen: list[tuple[int, int, GazetteerEntry]] = []
    # Characters a kept hit covers: a hit overlaps a kept one iff it covers one of them
    # (one slice test per hit, not one comparison per kept hit).
    taken = bytearray(max((h[1] for h in hits), default=0))
    # Longest first overall, so 商务部对外贸易司 wins over an earlier-starting shorter hit;
    # between equal lengths a county that needs context loses (中江 in 其中江苏 → 江苏).
    for hit in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[2].rule == COUNTY_CONTEXT_RULE, h[0])):
        start, end = hit[0], hit[1]
        if 1 not in taken[start:end]:
            chosen.append(hit)
            taken[start:end] = b"\x01" * (end - start)
    chosen.sort(key=lambda h: h[0])
    return chosen


#: A place name whose last character opens the next word: 海南区 in 海南区位优势 (区位),
#: 合作市 in 合作市场 (市场). The hit is dropped before the longest match is chosen, so
#: the shorter name (海南) can still win.
_WORD_AFTER_LEVEL = {"区": frozenset("位域间块划别"), "市": frozenset("场值民面")}


def _splits_word(text: str, end: int, entry: GazetteerEntry) -> bool:
    """True when the hit's last character starts a common word with the next one (a level
    word: 市场 after 义乌; a direction before a bank: 鸭子河南岸 is 鸭子河 + 南岸)."""
    if (
        entry.label in PLACE_LABELS
        and entry.surface[-1:] in _DIRECTIONS
        and text[end : end + 1] in _BANK_WORDS
    ):
        return True  # 鸭子河南岸, 洞庭湖北岸: a river's or lake's bank, not 河南 or 湖北
    following = _WORD_AFTER_LEVEL.get(entry.surface[-1:])
    return (
        following is not None
        and end < len(text)
        and text[end] in following
        and entry.label in PLACE_LABELS
        and len(entry.surface) > 2
    )


_DIRECTIONS = frozenset("东南西北")
#: what follows a direction to make a bank or foot (南岸, 北麓, 东畔)
_BANK_WORDS = frozenset("岸麓畔")


#: facilities named by the bare place before them (吉隆口岸, 太仓港, 临沂商城)
_BARE_NAMED = (_NESTED_CHECKPOINT, _NESTED_PORT, _NESTED_MARKET)
_LEVEL_CHARS = frozenset("市县区旗")  # not 州: 郑州, 钦州 end in it
_FACILITY_PATTERNS = (
    _NESTED_FACILITY,
    _NESTED_VENUE,
    _NESTED_PORT,
    _NESTED_MARKET,
    _NESTED_DEVELOPMENT_ZONE,
    _NESTED_STATION,
    _NESTED_CHECKPOINT,
)


def _longer_org_end(text: str, end: int, local: frozenset[str]) -> int | None:
    """Where the longer organisation or facility name that the name ending at ``end``
    opens ends, or None when it opens none.

    A national body's short name after a place (上海市统计局) is the place's own body:
    the place is kept and the short name dropped by ``Gazetteer.find``.
    """
    for pattern in (
        _NESTED_ORG_WORD,
        _NESTED_ORG_CHAR,
        _NESTED_SITE,
        _NESTED_COURT,
        _NESTED_FACILITY,
        _NESTED_VENUE,
        _NESTED_PORT,
        _NESTED_MARKET,
        _NESTED_DEVELOPMENT_ZONE,
        _NESTED_STATION,
        _NESTED_CHECKPOINT,
    ):
        match = pattern.match(text, end)
        facility = pattern in _FACILITY_PATTERNS
        stop = _NOT_IN_FACILITY_NAME if facility else _NOT_IN_ORG_NAME
        if match is None or stop.search(match.group(1)) is not None:
            continue
        if pattern is _NESTED_FACILITY and _PORT_IN_RUN.search(match.group(1)):
            continue  # 福州江阴港区集装箱码头: the dock of a port with its own name
        if pattern in _BARE_NAMED and text[end - 1 : end] in _LEVEL_CHARS:
            continue  # 瑞丽市口岸 is the city's port; the port's name is 瑞丽口岸
        name = text[end : match.end()]
        if name not in local and name[-2:] not in _COMMON_SUFFIX_WORDS:
            return match.end()
    return None


def _heads_longer_org(text: str, end: int, local: frozenset[str]) -> bool:
    """True when the name ending at ``end`` starts a longer organisation name."""
    return _longer_org_end(text, end, local) is not None


def _in_org_tail(text: str, end: int) -> bool:
    """True when an organisation suffix follows the name within its own name run
    (深圳市凯中精密技术股份有限公司); 新疆等25个省（区）人民政府 is a list, not a name."""
    tail = _ORG_TAIL.match(text, end)
    if tail is None:
        return False
    between = text[end : tail.start(1)]
    return _NOT_IN_ORG_NAME.search(between) is None and _NOT_IN_TAIL.search(between) is None


#: a title or a verb between a place and 人民政府 (湖北省省长王忠林代表省人民政府): a sentence
_NOT_IN_TAIL = re.compile(r"[省市县区州]长|代表|主任|书记|本地|当地|本土|上市|旗下|龙头")


def _is_blocked(
    text: str, start: int, end: int, entry: GazetteerEntry, local: frozenset[str] = frozenset()
) -> bool:
    """True when a name is really part of a longer organisation or word.

    Args:
        text: the text searched.
        start: start of the hit.
        end: end of the hit.
        entry: the matched entry.
        local: short names of national bodies that, after a place, name its own body.

    Returns:
        Whether the hit must be dropped.
    """
    if entry.label == "Organization":
        if (
            entry.surface.endswith("部")
            and text.startswith("门", end)
            and not text.startswith("门户", end)
        ):
            return True  # 文旅部门, 商务部门 (not 商务部门户网站): a field's departments
        return _ORG_NEXT.match(text, end) is not None or _heads_longer_org(text, end, local)
    if entry.label not in PLACE_LABELS:
        return False
    if entry.label == "Province" and text.startswith("口岸", end):
        return False  # 推动新疆口岸扩大开放: the province's ports, not one port's name
    if entry.label != "Country" and _AREA_NEXT.match(text, end):
        return True  # 自贸试验区芜湖片区, 天津港片区: an area of a zone named after the place
    if _INDEFINITE_RUN.match(text, end) is None and (
        _heads_longer_org(text, end, local) or _in_org_tail(text, end)
    ):
        return True
    if _PLACE_BODY_NEXT.match(text, end) is not None:
        return True
    team = _TEAM_NEXT.match(text, end)
    if team is not None and not (entry.label == "Country" and team.group().endswith("选手")):
        return True  # 浙江队, 中国女排; 中国选手何杰 is a Chinese athlete: the country
    if _SESSION_NEXT.match(text, end) is not None:
        return True  # 湖北省第十四届人民代表大会: the place opens the session's name
    if entry.label == "Country" and text.startswith("族", end):
        return True  # 蒙古族, 朝鲜族: an ethnic group, not the country
    if entry.label == "Province" and text.startswith("盆地", end):
        return True  # 四川盆地: the basin, not the province
    if entry.label != "Country" and _STATION_NEXT.match(text, end):
        return True  # 福州南站, 岳阳东站: a railway station's name
    if entry.label != "Country" and text.startswith("超级工厂", end):
        return True  # 特斯拉上海超级工厂: the factory's name
    if entry.label != "Country" and _STREET_NEXT.match(text, end):
        return True  # 北京路, 南京东路, 长安街: a street's name
    if _MEDIA_NEXT.match(text, end):
        return True  # 四川在线消息（记者…）: a news site's dateline
    if entry.label == "Country" and text[end : end + 1] in ("（", "("):
        return True  # 中国（城市名）跨境电子商务综合试验区: a naming template, not the country

    if entry.short and _names_landmark(text, start, end, entry):
        return True
    if entry.label in ("County", "Prefecture") and _LANDMARK_NEXT.match(text, end):
        return True
    if entry.label in ("County", "Prefecture", "Province") and _names_market(
        text, end, entry.label == "Province"
    ):
        return True
    if entry.label != "Country" and text[end : end + 1] in ("）", ")"):
        if _VENUE_BEFORE_BRACKET.search(text, max(0, start - 4), start):
            return True  # 国家会展中心（上海）: the venue's name, not the place
        if text[max(0, start - 3) : start - 1] == "中国" and _names_market(text, end + 1, False):
            return True  # 中国（许昌）国际发制品交易市场 (中国（河北）自由贸易试验区 keeps 河北)
    if start > 0 and text[start - 1] == "《" and _JOURNAL_TITLE.match(text, end) is not None:
        return True
    if entry.short and len(entry.surface) == 2:
        # 2-char short forms glued to CJK on both sides inside a long run are
        # usually inside another word; accept them only next to a boundary or a
        # place-list/verb context (金华、舟山; 在杭州设立; 浙江共有).
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        if before in _GLUE_BEFORE and after in _GLUE_AFTER:
            return True
    return False


# A mountain named like a district (麦积山石窟 by 麦积区, 普陀山 by 普陀区); 山区, 山村 …
# after a place are its hills (丽水山区), so those keep the place.
_MOUNTAIN_NEXT = re.compile(r"山(?![区地村乡镇城市县里上下间])")
# Grottoes, pagodas and old towns named after their place, full name or short (云冈石窟,
# 应县木塔, 大同古城): landmarks, not the place.
# A railway station named after its place (福州南站, 北京站出发): the station, not the place.
_STATION_NEXT = re.compile(
    r"(?:[东西南北]站|站(?=[，。、；）)\s]|驶|出发|发车|开往|到达|始发|停靠|进站|出站))"
)
# A street named after a place (北京路, 南京东路, 重庆大街, 长安街; from 12o and 12r); 路径, 路线
# and 路网 are common words; 路桥区, 路南区 and 路北区 are districts (台州市路桥区).
_STREET_NEXT = re.compile(
    r"[东西南北中]?(?:大街|大道|路(?![径线网子况费过桥南北])|街(?!道|头|区|坊|市))"
)
# A news site's dateline (四川在线消息, 浙江在线讯): the site, not the place.
_MEDIA_NEXT = re.compile(r"在线(?:消息|讯|报道)")
_LANDMARK_NEXT = re.compile(r"石窟|木塔|古城(?!区)|湾(?!区)|足球场|体育场|体育馆")  # 崖州湾: a bay
# An area of a free trade zone named after its place, alone or with a facility (芜湖片区,
# 天津港片区, 天津机场片区): the area's name (optional in the gold), not the place.
_AREA_NEXT = re.compile(r"(?:港|机场|空港|新区)?片区")
# A specialised market named after its place (石狮服装城, 丹阳眼镜城, 晋江国际鞋纺城, 大足龙水
# 五金市场, 温州（鹿城）轻工产品交易中心): the market, not the place; a zone of a kind the
# reference does not list (新疆塔城重点开发开放试验区, 哈尔滨新区): the zone's name.
_MARKET_NEXT = re.compile(
    r"(?:[（(][\u4e00-\u9fff]{1,6}[）)])?(?P<name>[\u4e00-\u9fff]{0,8}?)"
    r"(?:服装城|眼镜城|鞋城|鞋纺城|皮革城|家具城|灯具城|建材城|五金城|"
    r"交易中心|交易市场|批发市场|专业市场|五金市场|服装市场|"
    r"(?P<zone>重点开发开放试验区|边境经济合作区|跨境经济合作区))"
    r"|新区(?!域)"
)
# A place in brackets closing a venue's name: 国家会展中心（上海）.
_VENUE_BEFORE_BRACKET = re.compile(r"(?:中心|展览馆|博物馆)[（(]$")
# A metro or rail line named after a district (地铁房山线, 轨道交通金山线).
_LINE_BEFORE = ("地铁", "轻轨", "交通", "铁路")


def _names_market(text: str, end: int, province: bool) -> bool:
    """True when the place opens a market's or an unlisted zone's name (晋江国际鞋纺城); a
    province only a zone's (新疆塔城重点开发开放试验区; 浙江专业市场 are the province's)."""
    market = _MARKET_NEXT.match(text, end)
    if market is None or (province and not market.group("zone")):
        return False
    return not _NOT_IN_FACILITY_NAME.search(market.group("name") or "")


def _names_landmark(text: str, start: int, end: int, entry: GazetteerEntry) -> bool:
    """True when a local place's short name opens a mountain's or a transit line's name."""
    if entry.label not in ("County", "Prefecture"):
        return False
    if _MOUNTAIN_NEXT.match(text, end) is not None:
        return True
    return text.startswith("线", end) and text[max(0, start - 2) : start] in _LINE_BEFORE


# Characters that, around a 2-char short place form, signal a longer word
# (e.g. 中山 in 中山装 / 东城 in 东城区 are caught by longest match; these catch the rest).
_GLUE_BEFORE = frozenset("的之大小新老")
_GLUE_AFTER = frozenset("装路街站号楼型式性化")
