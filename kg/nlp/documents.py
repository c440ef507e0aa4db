"""Policy documents named without 《》: 外商投资准入负面清单, 政府工作报告, 外商投资法.

Input: the body text, the compiled ``Gazetteer`` (place, body and country names open a
document's name) and a ``DocumentGrammar`` read from
``data/gazetteer/document_endings.tsv`` and ``document_heads.txt``.
Output: ``Legislation`` mentions with rule ``pattern:title-bare`` and ``iri=None``;
``kg.link`` gives them the IRI of their normalised title, as for 《…》 titles.
It does not: read 《…》 titles (``kg.nlp.patterns.find_titles``) or link anything.

Grammar::

    document = name ending
    ending   = strong (负面清单, 产业目录, 政府工作报告, 协定 …)
             | weak (方案, 规划, 措施, 意见 …) | law (法)
    name     = the run of name characters before the ending, back to a stop
               character or a verb (印发, 实施, 根据 …); after a weak ending it must
               start with a place, body or country name or a head word (国家,
               “十四五”); after 法 with a head word only (外商投资法, not 浙江做法)

Each candidate is one regex match of an ending plus a short backward scan, so text
without a document ending costs one regex scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.model import Mention
from kg.nlp.agreements import find_bilateral_agreements
from kg.nlp.bodies import head_entry, run_before
from kg.nlp.gazetteer import Gazetteer
from kg.nlp.lexicon import read_list, read_table
from kg.paths import gazetteer_dir

__all__ = [
    "BARE_TITLE_RULE",
    "YEAR_PREFIX",
    "DocumentGrammar",
    "find_bare_documents",
    "inside_title",
    "load_document_grammar",
]

BARE_TITLE_RULE = "pattern:title-bare"
#: verbs after which a document's name starts (印发…方案): the run is cut there.
_CUT_BEFORE = re.compile(
    r".*(?:(?:落实|执行|贯彻|实施|用)好|采取|采用|实行|"  # 落实好外商投资法, 采取…措施
    r"印发|发布|出台|实施|施行|修订|修改|制定|编制|落实|执行|贯彻|根据|按照|依据|对照|"
    r"推出|公布|通过|审议|签署|签订|加入|生效|缩减|出炉|提出|明确|围绕|关于|对接|利用|用好|"
    r"参与|达成|启动|完成|宣布|今年|去年|明年|年度|建立|商签|谈判|升级|首张|首份|首个|一张|一份|"
    r"调整|优化|完善|扩大|更新|缩短|缩减|出台了|印发了|发布了|推动|推进|促进|加快|深化|梳理|"
    r"中以|中采用|方式)"  # 在自贸协定中以负面清单方式开放: the list is a method, not a title
)
#: characters a document name never holds (beyond the run's stop characters).
_NOT_IN_TITLE = re.compile(
    r"[这该此其各等]|一系列|系列|一批|多项|相关|有关|具体|配套|上述|新的|新一轮"
)
_QUOTES = '“”"「」'
#: names that are a kind of document, not one document (自贸协定, 投资协定).
_GENERIC_NAMES = frozenset(
    "自贸 自由贸易 贸易 投资 双边投资 经贸 合作 双边 多边 区域贸易 自贸区 避免双重征税 "
    "工作 实施 行动 总体 发展 建设 专项 政策".split()
)
_MIN_NAME = 2
#: endings that name a document alone, with at most a year (政府工作报告, 2023年关税调整方案)
_NAMED_BY_ENDING = frozenset({"政府工作报告", "关税调整方案"})
_YEAR_BEFORE = re.compile(r"\d{4}年度?$")
#: a leading year of a bare title is its edition, not its name (2021年政府工作报告); a
#: yearly plan keeps it (2023年关税调整方案 is not 2024's)
YEAR_PREFIX = re.compile(r"^\d{4}年度?(?!.*关税调整方案$)")


@dataclass(frozen=True, slots=True)
class DocumentGrammar:
    """The rule table of bare document names."""

    strength: dict[str, str]  # ending → strong | weak | law
    heads: tuple[str, ...]  # longest first
    pattern: re.Pattern[str]
    keep: tuple[str, ...]  # head words holding a stop character


def load_document_grammar(directory: Path | None = None) -> DocumentGrammar:
    """``_load_document_grammar`` of ``directory``, default ``kg.paths.gazetteer_dir()``."""
    return _load_document_grammar(directory or gazetteer_dir())


@lru_cache(maxsize=2)
def _load_document_grammar(directory: Path) -> DocumentGrammar:
    """Read the document grammar from ``directory`` (once per process).

    Args:
        directory: the folder of ``document_endings.tsv`` and ``document_heads.txt``.

    Returns:
        The compiled grammar.
    """
    strength = {row[0]: row[1] for row in read_table(directory / "document_endings.tsv")}
    heads = tuple(sorted(read_list(directory / "document_heads.txt"), key=lambda w: (-len(w), w)))
    endings = sorted(strength, key=lambda e: (-len(e), e))
    pattern = re.compile("|".join(map(re.escape, endings)))
    keep = tuple(h for h in heads if any(q in h for q in _QUOTES)) + _NAME_WORDS
    return DocumentGrammar(strength, heads, pattern, keep)


#: words of document names that hold a character which elsewhere ends a name (由 in
#: 海南自由贸易港建设总体方案)
_NAME_WORDS = ("自由贸易", "自由港")


def _name_start(text: str, run_start: int, end: int) -> int:
    """Where the name starts inside the run: after the last cutting verb, and after
    an opening quote that is not part of the name's head."""
    if text[end - 1 : end] in _REPORT_VERBS:
        return end  # 代表省政府作政府工作报告: the report itself, its speaker before 作
    cut = _CUT_BEFORE.match(text, run_start, end)
    return cut.end() if cut is not None else run_start


#: verbs right before a report's name (作/做政府工作报告)
_REPORT_VERBS = frozenset("作做")


def _head_length(
    gazetteer: Gazetteer, name: str, heads: tuple[str, ...], *, names_too: bool
) -> int:
    """Length of the head word or name opening ``name``; 0 when there is none."""
    for head in heads:
        if name.startswith(head):
            return len(head)
    entry = head_entry(gazetteer, name, 0) if names_too else None
    return len(entry.surface) if entry is not None else 0


#: a zone's official name before its document's words: 中国（陕西）自由贸易试验区总体方案
_OFFICIAL_HEAD = re.compile(r"中国[（(][\u4e00-\u9fff]{2,8}[）)]$")


def _words_before(text: str, quote: int, keep: tuple[str, ...]) -> int:
    """Start of the name words written before an opening quote, after a verb that cuts
    them (按照西藏自治区“十三五”规划: 按 stops the run, so the verb is looked for from it)."""
    start = run_before(text, quote, keep)
    cut = _CUT_BEFORE.match(text, max(0, start - 1), quote)
    return max(start, cut.end()) if cut is not None else start


def _run_start(text: str, end: int, keep: tuple[str, ...]) -> int:
    """Start of the name run; a quoted head (“十四五”) and a bracketed official head
    (中国（陕西）…) are part of the run."""
    start = run_before(text, end, keep)
    official = _OFFICIAL_HEAD.search(text, max(0, start - 12), start)
    if official is not None:
        start = run_before(text, official.start(), keep) if official.start() else 0
        start = min(start, official.start())
    while start >= 1 and text[start - 1] in _QUOTES:
        opened = run_before(text, start - 1, keep)
        quoted = text[opened - 1 : start] if opened >= 1 else ""
        if not quoted or quoted[0] not in _QUOTES:
            break
        start = _words_before(text, opened - 1, keep)  # 赣州市商务发展“十四五”规划
    return start


def _is_generic(name: str) -> bool:
    """True when the name is only generic words (多边自贸, 双边投资): a kind of document."""
    rest = name
    for word in sorted(_GENERIC_NAMES, key=len, reverse=True):
        rest = rest.replace(word, "")
    return bool(name) and rest == ""


#: an edition or status note written right after a document's name
_EDITION = re.compile(
    r"[（(](?:\d{4}年(?:版|本|修订|修正)|试行|暂行|\d{4}年?[—–\-－至]\d{4}年?)[）)]"
)  # …商品清单（2022年版）, …三年行动方案（2023—2025年）
_PLACE_LABELS = frozenset({"Province", "Prefecture", "County"})


def _place_before(text: str, start: int, gazetteer: Gazetteer) -> int:
    """``start`` moved back over a place name written right before it (浙江省“十四五”…)."""
    for length in range(min(start, 8), 1, -1):
        entry = gazetteer.lookup(text[start - length : start])
        if entry is not None and entry.label in _PLACE_LABELS:
            return start - length
    return start


#: words after 规划 that make it "planned" (规划范围, 规划面积), not a plan's name
_PLANNED_AREA = re.compile(r"范围|面积|用地|区域|区内|建设")

#: verbs a plan's own name holds after its place (贵州省推进跨境电子商务…行动方案)
_TITLE_VERBS = ("推进", "推动", "促进", "加快", "深化", "扩大", "优化", "完善")


def _place_before_title_verb(text: str, run_start: int, start: int, gazetteer: Gazetteer) -> int:
    """``start`` moved back to a place name when the run was cut at a verb that plans name
    themselves with, written right after that place; else ``start`` unchanged."""
    verb = next((v for v in _TITLE_VERBS if text.startswith(v, start - len(v))), None)
    if verb is None or start - len(verb) <= run_start:
        return start
    placed = _place_before(text, start - len(verb), gazetteer)
    return placed if placed >= run_start and placed < start - len(verb) else start


def inside_title(text: str, start: int, end: int) -> bool:
    """True when ``start``–``end`` lies inside a 《…》 title (an open 《 before it with no
    》 between, and a 》 within a title's length after it)."""
    opened = text.rfind("《", max(0, start - 60), start)
    if opened < 0 or "》" in text[opened:start]:
        return False
    closed = text.find("》", end, end + 60)
    return closed >= 0 and "《" not in text[end:closed]


def find_bare_documents(
    text: str, gazetteer: Gazetteer, grammar: DocumentGrammar | None = None
) -> list[Mention]:
    """Find policy documents named without 《》.

    Args:
        text: the article body.
        gazetteer: the compiled gazetteer (names that may open a document's name).
        grammar: the rule table; None reads the bundled one.

    Returns:
        ``Legislation`` mentions (rule ``pattern:title-bare``), in text order; none
        inside or right after a 《…》 title.
    """
    rules = grammar or load_document_grammar()
    agreements = find_bilateral_agreements(text, gazetteer)
    found: list[Mention] = []
    for match in rules.pattern.finditer(text):
        ending = match.group()
        if any(a.start < match.end() <= a.end for a in agreements):
            continue  # 中国—新西兰自贸协定: one agreement, read whole below
        if match.end() < len(text) and text[match.end()] == "》":
            continue  # the end of a 《…》 title: find_titles reads it
        if ending == "规划" and _PLANNED_AREA.match(text, match.end()):
            continue  # 在上海自贸试验区规划范围内: the planned area, not a plan
        if inside_title(text, match.start(), match.end()):
            continue  # 《国务院关于印发6个新设自由贸易试验区总体方案的通知》: part of the title
        run_start = _run_start(text, match.start(), rules.keep)
        start = _name_start(text, run_start, match.start())
        start = _place_before_title_verb(text, run_start, start, gazetteer)
        if text[start : start + 1] == "年" and text[start - 1 : start].isdigit():
            start += 1  # 2023年关税调整方案: the year is the edition, read below
        name = text[start : match.start()]
        if start > 0 and text[start - 1] == "《":
            continue
        if len(name.strip(_QUOTES)) < _MIN_NAME and ending not in _NAMED_BY_ENDING:
            continue
        if ending == "政府工作报告" and name:
            # 贵州省政府工作报告 is named 政府工作报告 (GOLD-GUIDELINES), its place before it is
            # its issuer (kg.extract.bodies.report_governments); 各地政府工作报告 is no place
            start, name = match.start(), ""
        if _NOT_IN_TITLE.search(name) is not None or _is_generic(name.strip(_QUOTES)):
            continue
        kind = rules.strength[ending]
        placed = (
            _place_before(text, start, gazetteer) if text[start : start + 1] in _QUOTES else start
        )  # 浙江省“十四五”…规划, 西藏自治区“十三五”规划: the place opens the name
        if kind != "strong":
            head = _head_length(gazetteer, name, rules.heads, names_too=kind == "weak")
            # a weak ending needs words of its own after the head (浙江方案 is no title)
            own_words = len(name) - head >= 2 or placed < start
            if head == 0 or (kind == "weak" and not own_words):
                continue
        year = _YEAR_BEFORE.search(text, max(0, start - 6), start)
        if year is not None:
            start = year.start()  # 2021年政府工作报告: the year is part of the name
        else:
            start = placed
        end = match.end()
        edition = _EDITION.match(text, end)
        if edition is not None:
            end = edition.end()  # …商品清单（2022年版）: the edition is part of the name
        if found and start < found[-1].end:
            continue
        found.append(Mention(start, end, text[start:end], "Legislation", BARE_TITLE_RULE))
    found += [a for a in agreements if not inside_title(text, a.start, a.end)]
    found.sort(key=lambda m: m.start)
    return _with_quoted_measures(text, _with_about_titles(text, found))


#: 印发关于进一步优化外商投资环境…的意见: a title written without 《》 after a verb of issuing
#: or applying (落实, 根据), from 关于 to its document word; quotes inside are the title's own
#: (关于横琴…货物贸易“一线”放开“二线”管住…的通知)
_ABOUT_TITLE = re.compile(
    r"(?:(?<=印发|发布|出台|公布|下发|制定|落实|贯彻|根据|按照|依据|执行)"
    r"|(?<=印发了|发布了|出台了|印发的|发布的|出台的|制定的))"
    r"(?P<name>关于[^，。；：《》\s]{4,48}?的(?:指导意见|实施意见|若干意见|意见|通知|决定|批复|"
    r"规定|办法|公告|若干措施|政策措施|措施|实施方案|行动方案|方案|实施细则|细则))"
    r"(?![\u4e00-\u9fff]{0,2}》)"
)


#: 原标题：国务院关于同意设立江西赣江新区的批复印发, 国务院日前印发国务院关于…的批复: a title
#: written without 《》 with its issuer before 关于, at the start of a clause or after a verb
_ISSUER_ABOUT_TITLE = re.compile(
    r"(?:^|(?<=[：:，,。；;\s])|(?<=印发|发布|出台|公布|下发|落实|贯彻|根据|按照|依据|执行)"
    r"|(?<=印发了|发布了|出台了))"
    r"(?P<name>(?:国务院办公厅|国务院|[\u4e00-\u9fff]{2,10}?(?:人民政府办公厅|人民政府|部|总署|委员会))"
    r"关于[^，。；：《》\s]{4,48}?的(?:指导意见|实施意见|若干意见|意见|通知|决定|批复|"
    r"规定|办法|公告|若干措施|政策措施|措施|实施方案|行动方案|方案|实施细则|细则))"
    r"(?![\u4e00-\u9fff]{0,2}》)",
    re.MULTILINE,
)

#: 联合对外发布了16条指导意见: a package of measures named by its count after a verb of issuing
_COUNTED_MEASURES = re.compile(
    r"(?:(?<=印发|发布|出台|公布|推出|制定)|(?<=印发了|发布了|出台了|推出了))"
    r"(?P<name>(?:\d{1,3}|[一二三四五六七八九十]{1,3})条(?:指导意见|实施意见|政策措施|措施|举措|意见))"
)


def _with_about_titles(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` plus the 关于…的意见 titles and the counted packages (16条指导意见) written
    without 《》 that overlap none of them."""
    matches = [
        *_ISSUER_ABOUT_TITLE.finditer(text),
        *_ABOUT_TITLE.finditer(text),
        *_COUNTED_MEASURES.finditer(text),
    ]
    about = [
        Mention(m.start("name"), m.end("name"), m.group("name"), "Legislation", BARE_TITLE_RULE)
        for m in matches
        if not any(f.start < m.end() and m.start() < f.end for f in found)
    ]
    return sorted([*found, *about], key=lambda m: m.start) if about else found


#: a package of measures known by its count, in quotes (“开放十条”, “稳住经济增长30条”,
#: “外资24条”): a policy document named by its short name
_QUOTED_MEASURES = re.compile(
    r"“(?P<name>[\u4e00-\u9fff]{1,12}?(?:\d{1,3}|[一二三四五六七八九十]{1,3})条(?:措施|政策)?)”"
)


def _with_quoted_measures(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` plus the quoted measure packages that overlap none of them, in text order."""
    quoted = [
        Mention(m.start("name"), m.end("name"), m.group("name"), "Legislation", BARE_TITLE_RULE)
        for m in _QUOTED_MEASURES.finditer(text)
        if not any(f.start < m.end() and m.start() < f.end for f in found)
    ]
    return sorted([*found, *quoted], key=lambda m: m.start) if quoted else found
