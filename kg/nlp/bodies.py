"""Open-world government bodies: names the reference table does not list, by grammar.

Input: the body text, the compiled ``Gazetteer`` (to recognise a name's head) and a
``BodyGrammar`` read from ``data/gazetteer/body_suffixes.tsv`` and
``body_functions.txt``. Output: ``Organization`` mentions with rule ``pattern:body``
and ``iri=None`` (``kg.link.bodies`` names and links them).
It does not: decide the IRI, resolve 省政府 to a province, or know the articles.

Grammar (one rule table, data not code)::

    body   = head middle suffix
    head   = a place or table body the gazetteer knows (四川, 成都市, 商务部, 海关总署)
           | 国家 | a level word 省 市 县 区 at the start of the run (省政府, 市商务局)
    middle = function words (统计, 商务, 发展和改革) — required before a weak suffix,
             any short name before a strong one (北京互联网法院)
           | after a table body and before 司/局: a department name (商务部外资司)
    suffix = 人民政府 | 政府 | 委员会 | 海关 | 局 | 厅 | 委 | 办 | 司 … (strong / weak)

Candidates are found by scanning for suffixes (one compiled regex) and reading the
run of Chinese characters before each back to a stop character, so a paragraph with
no suffix costs one regex scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.model import Mention
from kg.nlp.gazetteer import PLACE_LABELS, Gazetteer, GazetteerEntry
from kg.nlp.lexicon import read_list, read_table
from kg.paths import gazetteer_dir

__all__ = [
    "BODY_RULE",
    "BODY_RULES",
    "NER_BODY_RULE",
    "NOT_IN_NAME",
    "BodyGrammar",
    "find_bodies",
    "head_entry",
    "load_body_grammar",
    "run_before",
]

BODY_RULE = "pattern:body"
#: a body proposed by the statistical component (``kg.nlp.ner``); linked the same way.
NER_BODY_RULE = "ner:body"
BODY_RULES = frozenset({BODY_RULE, NER_BODY_RULE})
#: longest run of characters read before a suffix.
_MAX_RUN = 22
#: characters that end a run: function words and verbs never inside a body's name.
_STOP_CHARS = frozenset(
    "的是为在了将把对向从已被受让使并也要等各和与及或同跟即由据按至于个项批名位次年月日"
)
_LEVEL_HEADS = frozenset("省市县区")
#: what 全国 may head: the national congress and consultative conference.
_CONGRESS = frozenset({"人大", "人大常委会", "政协"})
#: words inside a run that mean it is a sentence, not a name.
NOT_IN_NAME = re.compile(
    r"有关|相关|联合|会同|组织|召开|举行|发布|印发|出台|公布|宣布|表示|指出|推动|推进|支持|加快|"
    r"加强|建设|成立|设立|牵头|负责|主管|指导|通过|成为|打造|部署|要求|提出|开展|实施|落实|"
    r"全国|全省|全市|各地|地方|一些|多个|下属|所属|内部|当地|本地|外地|我们|他们|"
    # a person, a title or a session inside the run (省长王伟中代表省政府, 十四届人大)
    r"代表|省长|市长|县长|区长|届|"
    # verbs a sentence puts between a place and a body word (此前义乌缺乏海关特殊监管区域)
    r"缺乏|缺少|没有|存在|需要|依托|包括|设有|"
    # institutes, schools and companies are not government bodies (optional scope)
    r"研究院|研究所|研究中心|研究会|研究部|大学|学院|学校|协会|学会|商会|公司|集团|医院|杂志|报社"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: a suffix character that starts a title (司长, 局长) does not end a name.
_ROLE_AFTER = re.compile(r"司长|局长|厅长|部长|处长|署长|委员(?!会)|办主任")


#: centres that are venues, not bodies (杭州黄龙体育中心, 国家会展中心)
_VENUE_END = re.compile(r"(?:体育|奥体|会展|购物|文化艺术|国际会议|国际博览|博览|展览)中心$")
#: a suffix that opens a common word with what follows it (部门, 局面, 办法, 北京商务中心区)
_COMMON_WORD_AT = re.compile(r"部门|部分|局面|局部|局势|办法|办理|司机|中心城?区|中心城市")


@dataclass(frozen=True, slots=True)
class BodyGrammar:
    """The rule table of body names: suffixes by strength and function words."""

    strong: frozenset[str]
    weak: frozenset[str]
    functions: tuple[str, ...]  # longest first
    suffix_pattern: re.Pattern[str]
    #: function words holding a stop character (发展和改革): they do not end a run.
    keep: tuple[str, ...] = ()
    #: heads of customs districts that are no place the gazetteer knows (拱北, 皇岗), longest first
    customs_heads: tuple[str, ...] = ()

    def ends_with_function(self, middle: str) -> bool:
        """True when ``middle`` ends with a function word (…统计, …发展和改革)."""
        return any(middle.endswith(word) for word in self.functions)


def load_body_grammar(directory: Path | None = None) -> BodyGrammar:
    """``_load_body_grammar`` of ``directory``, default ``kg.paths.gazetteer_dir()``."""
    return _load_body_grammar(directory or gazetteer_dir())


@lru_cache(maxsize=2)
def _load_body_grammar(directory: Path) -> BodyGrammar:
    """Read the body grammar from ``directory`` (once per process).

    Args:
        directory: the folder of ``body_suffixes.tsv`` and ``body_functions.txt``.

    Returns:
        The compiled grammar.
    """
    rows = read_table(directory / "body_suffixes.tsv")
    strong = frozenset(r[0] for r in rows if r[1] == "strong")
    weak = frozenset(r[0] for r in rows if r[1] == "weak")
    suffixes = sorted(strong | weak, key=lambda s: (-len(s), s))
    functions = tuple(
        sorted(read_list(directory / "body_functions.txt"), key=lambda w: (-len(w), w))
    )
    pattern = re.compile("|".join(map(re.escape, suffixes)))
    keep = tuple(w for w in functions if any(c in _STOP_CHARS for c in w))
    customs = read_list(directory / "customs_heads.txt")
    customs_heads = tuple(sorted(customs, key=lambda n: (-len(n), n)))
    return BodyGrammar(strong, weak, functions, pattern, keep + _place_words(), customs_heads)


def _place_words() -> tuple[str, ...]:
    """Place names holding a stop character (呼和浩特, 日照, 大同): a body's run goes on
    through them (呼和浩特海关). Read from the reference (``load_reference``, cached)."""
    from kg.refdata import load_reference

    names = {
        name
        for place in load_reference().places.values()
        if not place.code.startswith("iso-")  # places.tsv's places, not the countries
        for name in (place.name_zh, *place.aliases_zh)
        if len(name) >= 2 and not _STOP_CHARS.isdisjoint(name)
    }
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def _inside_word(text: str, at: int, words: tuple[str, ...]) -> bool:
    """True when the stop character at ``at`` belongs to one of ``words`` (工业和信息化)."""
    for word in words:
        offset = word.find(text[at])
        while offset >= 0:
            if text.startswith(word, at - offset):
                return True
            offset = word.find(text[at], offset + 1)
    return False


def run_before(text: str, end: int, keep: tuple[str, ...] = ()) -> int:
    """Start of the run of Chinese name characters that ends at ``end``.

    A stop character inside one of the ``keep`` words (和 in 发展和改革) does not
    end the run.
    """
    start = end
    while start > 0 and end - start < _MAX_RUN:
        char = text[start - 1]
        if _CJK.match(char) is None:
            break
        if char in _STOP_CHARS and not _inside_word(text, start - 1, keep):
            break
        start -= 1
    return start


def head_entry(gazetteer: Gazetteer, run: str, at: int) -> GazetteerEntry | None:
    """The longest place or body name the gazetteer knows starting at ``run[at]``."""
    for length in range(min(len(run) - at, 12), 1, -1):
        entry = gazetteer.lookup(run[at : at + length])
        if entry is not None and (entry.label in PLACE_LABELS or entry.label == "Organization"):
            return entry
    return None


def _starts_with_body(gazetteer: Gazetteer, middle: str, kind: str) -> bool:
    """True when ``middle`` opens with another listed body (a list written together);
    a national short name after a place (四川省统计局) is the place's own body."""
    entry = head_entry(gazetteer, middle + "\0", 0)
    return (
        entry is not None
        and entry.label == "Organization"
        and (kind == "org" or entry.surface not in gazetteer.local_prefix)
    )


def _longer_overlapping_head(
    gazetteer: Gazetteer, run: str, at: int, entry: GazetteerEntry
) -> tuple[int, GazetteerEntry]:
    """A longer name that starts inside ``entry`` and runs past it wins, as in the
    gazetteer's own matching (从江西省统计局: 江西省, not the county 从江)."""
    end = at + len(entry.surface)
    for inner in range(at + 1, end):
        longer = head_entry(gazetteer, run, inner)
        if (
            longer is not None
            and inner + len(longer.surface) > end
            and len(longer.surface) > len(entry.surface)
        ):
            return inner, longer
    return at, entry


#: verbs right before a level word that opens a body (代表省政府, 配合省政府出台的举措)
_LEVEL_HEAD_AFTER = re.compile(r"(?:代表|配合|协助|协同|会同|提请|呈报|根据|按照|依照)$")


def _find_head(gazetteer: Gazetteer, run: str, first: int = 0) -> tuple[int, int, str] | None:
    """``(start, end, kind)`` of the leftmost head in ``run`` from ``first`` on: kind place,
    org, nation or level."""
    for at in range(first, len(run)):
        entry = head_entry(gazetteer, run, at)
        if entry is not None:
            at, entry = _longer_overlapping_head(gazetteer, run, at, entry)
            kind = "org" if entry.label == "Organization" else "place"
            return at, at + len(entry.surface), kind
        if run.startswith("国家", at):
            return at, at + 2, "nation"
        if run.startswith("全国", at) and at + 2 == len(run):
            return at, at + 2, "congress"  # 全国人大, 全国政协 (nothing between)
        # 经市政府同意, 报省政府, 代表省政府作报告
        opens_run = at == 0 or run[at - 1] in "该本经报请" or _LEVEL_HEAD_AFTER.search(run[:at])
        if opens_run and run.startswith("自治区", at):
            return at, at + 3, "level"  # 自治区住房和城乡建设厅 (宁夏 in context)
        if opens_run and run[at] in _LEVEL_HEADS:
            return at, at + 1, "level"
    return None


def _without_functions(middle: str, grammar: BodyGrammar) -> str:
    """``middle`` with its function words removed (住房和城乡建设 holds 建设, a verb
    elsewhere)."""
    for word in grammar.functions:
        if word in middle:
            middle = middle.replace(word, "")
    return middle


#: a title right after 部 that makes a headless name a ministry (原核工业部副部长).
_MINISTRY_TITLE = re.compile(r"副?部长|部长助理|副?局长|副?司长")


_FORMER = re.compile(r".*(?:原|曾任|历任|担任|出任|任)")


def _ministry_start(run: str) -> int:
    """Start of a headless ministry name in ``run``: after a 原 (former), two to eight
    name characters; -1 when the run is no name."""
    cut = _FORMER.search(run)
    start = cut.end() if cut is not None else 0
    name = run[start:]
    return start if 2 <= len(name) <= 8 and NOT_IN_NAME.search(name) is None else -1


def _middle_ok(middle: str, suffix: str, kind: str, grammar: BodyGrammar) -> bool:
    """Whether ``middle`` makes ``head middle suffix`` a body name."""
    if kind == "ministry":
        return True
    if len(middle) > 16 or NOT_IN_NAME.search(_without_functions(middle, grammar)) is not None:
        return False
    if kind == "congress":
        return not middle and suffix in _CONGRESS
    if suffix in grammar.strong:
        return kind != "level" or not middle or grammar.ends_with_function(middle)
    if not middle:
        # 浙江省委 (a party committee); a bare 省办/市局 is too vague.
        return suffix == "委" and kind == "place"
    if grammar.ends_with_function(middle):
        return True
    # 商务部外国投资管理司, 海关总署统计分析司: a department of a table body.
    return kind in ("org", "nation") and suffix in ("司", "局") and 2 <= len(middle) <= 8


#: words that end an owner's name and start its unit's (广州海关所属花都海关)
_OWNED_BY = re.compile(r"(?:所属|下属|直属|隶属)(?!.*(?:所属|下属|直属|隶属))")


def find_bodies(
    text: str, gazetteer: Gazetteer, grammar: BodyGrammar | None = None
) -> list[Mention]:
    """Find government bodies by name grammar.

    Args:
        text: the article body.
        gazetteer: the compiled gazetteer (heads are looked up in it).
        grammar: the rule table; None reads the bundled one.

    Returns:
        ``Organization`` mentions (rule ``pattern:body``, not linked), in text order,
        not overlapping each other.
    """
    rules = grammar or load_body_grammar()
    found: list[Mention] = []
    for match in rules.suffix_pattern.finditer(text):
        if _ROLE_AFTER.match(text, match.start()) is not None:
            continue  # 司 of 司长 is a title, not a name's end
        if _COMMON_WORD_AT.match(text, match.start()) is not None:
            continue  # 四川省气象部门: 部 opens the word 部门
        run_start = run_before(text, match.start(), rules.keep)
        owned = _OWNED_BY.search(text, run_start, match.start())
        if owned is not None:
            run_start = owned.end()  # 广州海关所属花都海关: the name starts after 所属
        run = text[run_start : match.start()]
        if _VENUE_END.search(text, max(0, match.start() - 4), match.end()):
            continue  # 杭州黄龙体育中心: a venue, not a government centre
        head = _head_with_name(gazetteer, run, match.group(), text, match.end(), rules)
        if head is None and owned is not None and _owned_unit_name(run, match.group(), rules):
            head = (0, 0, "owned")  # 成都海关所属锦城海关: the owner is named, the unit's head not
        if (
            head is None
            and match.group() in _LISTED_SUFFIXES
            and _owned_unit_name(run, match.group(), rules)
            and _listed_with_body(text, run_start, match.end(), gazetteer)
        ):
            head = (0, 0, "listed")  # 海关总署、质检总局、财政部: a body listed among bodies
        if head is None and match.group() == "海关":
            name = next((n for n in rules.customs_heads if run.endswith(n)), None)
            if name is not None:  # 拱北海关, 皇岗海关: named after no place the gazetteer knows
                head = (len(run) - len(name), len(run), "customs")
        if head is None:
            continue
        at = head[0]
        start = run_start + at
        if found and start < found[-1].end:
            if start > found[-1].start:
                continue
            found.pop()  # 国家外汇管理局福建省分局 contains 国家外汇管理局
        found.append(
            Mention(start, match.end(), text[start : match.end()], "Organization", BODY_RULE)
        )
    return _with_spokesperson_departments(text, found)


#: suffixes of a national body's short name (质检总局, 网信办) read without a head when
#: the name stands in a list of bodies the gazetteer knows
_LISTED_SUFFIXES = frozenset({"总局", "总署", "署", "委", "办", "部"})


def _listed_with_body(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """True when ``text[start:end]`` is an item of a list of bodies: a known body ends
    right before its 、 or starts right after the 、 that follows it."""
    if text[start - 1 : start] == "、":
        for length in range(2, 11):
            entry = gazetteer.lookup(text[max(0, start - 1 - length) : start - 1])
            if entry is not None and entry.label == "Organization":
                return True
    if text[end : end + 1] == "、":
        entry = head_entry(gazetteer, text[end + 1 : end + 13], 0)
        return entry is not None and entry.label == "Organization"
    return False


def _owned_unit_name(run: str, suffix: str, rules: BodyGrammar) -> bool:
    """True when ``run + suffix`` right after 所属/下属 can be a unit's own name with no head
    the gazetteer knows (锦城海关): two to four name characters and a strong suffix."""
    return suffix in rules.strong and 2 <= len(run) <= 4 and NOT_IN_NAME.search(run) is None


def _head_with_name(
    gazetteer: Gazetteer, run: str, suffix: str, text: str, end: int, rules: BodyGrammar
) -> tuple[int, int, str] | None:
    """The leftmost head of ``run`` whose words up to ``suffix`` make a body name; a head
    whose middle is a sentence gives way to a later one (广东省省长王伟中代表省政府 → 省政府)."""
    first = 0
    while first < len(run):
        head = _find_head(gazetteer, run, first)
        if head is None and suffix == "部" and _MINISTRY_TITLE.match(text, end):
            at = _ministry_start(run)  # 第二机械工业部副部长: a ministry known by its title
            head = (at, at, "ministry") if at >= 0 else None
        if head is None:
            return None
        at, head_end, kind = head
        middle = run[head_end:]
        if _starts_with_body(gazetteer, middle + suffix, kind):
            return None  # 商务部发展改革委: a list of bodies written together, not one name
        if _middle_ok(middle, suffix, kind, rules):
            return head
        if kind == "ministry":
            return None
        first = at + 1
    return None


#: 海关总署新闻发言人、统计分析司司长吕大良: the department the spokesperson also heads
SPOKESPERSON_DEPARTMENT = re.compile(
    r"(?<=新闻发言人、)(?P<dept>[\u4e00-\u9fff]{2,10}?司)(?=副?司长)"
)


def _with_spokesperson_departments(text: str, found: list[Mention]) -> list[Mention]:
    """Add the departments named right after 新闻发言人、 (kg.link reads them as
    departments of the body before the spokesperson)."""
    extra = [
        Mention(m.start("dept"), m.end("dept"), m.group("dept"), "Organization", BODY_RULE)
        for m in SPOKESPERSON_DEPARTMENT.finditer(text)
        if not any(f.start < m.end("dept") and m.start("dept") < f.end for f in found)
    ]
    return sorted(found + extra, key=lambda m: m.start) if extra else found
