"""文号 (document numbers) such as 国函〔2022〕8号, parsed, canonicalised and slugged.

Input: body text. Output: ``DocNumber`` records with offsets into that text, the
issuer code (国函), year, sequence number, the canonical form
(``国函〔2022〕8号``) and an ASCII slug for ``kg.iris.doc_iri`` (``guohan-2022-8``).
It does NOT decide whether a number is the article's own or a citation (in news
every 文号 is a citation), and does NOT look titles up in the reference data.

Grammar (POLICY-KG.md §3.3, GB/T 9704-2012 §7.2.5), on width-folded text::

    STD    := ISSUER WS LB WS YEAR WS RB WS 第? WS SEQ WS 号       # 国函〔2022〕8号
    ORDER  := ISSUER 令 WS (YEAR 年)? WS 第 WS SEQ WS 号           # 国务院令第732号
    NOTICE := ISSUER 公告 WS (? WS YEAR WS 年 WS 第 WS SEQ WS 号 WS )?
    LB/RB  := 〔〕 [] () ﹝﹞ 【】 ;  WS := spaces, U+3000, line breaks

The issuer is the CJK run before the bracket; a regex cannot stop it swallowing
the words before (根据国函 …), so the longest suffix that is a known 机关代字 wins,
and failing that leading verbs (根据, 贯彻落实 …) are stripped and the result is
marked ``heuristic=True``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.iris import short_hash

__all__ = [
    "ISSUER_SLUGS",
    "DocNumber",
    "doc_number_slug",
    "parse_document_numbers",
]


@dataclass(frozen=True, slots=True)
class DocNumber:
    """One 文号 found in text.

    ``issuer`` is the 机关代字 for standard numbers (国函) and the issuing body
    for orders and announcements (国务院, 海关总署), without 令/公告. ``year`` is
    None for orders numbered without one (国令第711号). ``kind`` is ``std``,
    ``order`` or ``notice``. ``canonical`` is the GB/T 9704 form (no 第, no
    zero padding, 〔〕 brackets). ``heuristic`` is True when the issuer was cut
    by stripping leading words rather than by the known-code list.
    """

    start: int
    end: int
    text: str
    issuer: str
    year: int | None
    seq: int
    kind: str
    canonical: str
    slug: str
    heuristic: bool


# Known 机关代字 (std) and issuing bodies (order/notice) -> ASCII slug. Curated:
# the slug is part of the document IRI, so an entry must never change once used.
ISSUER_SLUGS: dict[tuple[str, str], str] = {
    # State Council and Party centre
    ("国函", "std"): "guohan",
    ("国发", "std"): "guofa",
    ("国办发", "std"): "guobanfa",
    ("国办函", "std"): "guobanhan",
    ("国发明电", "std"): "guofamingdian",
    ("国办发明电", "std"): "guobanfamingdian",
    ("国办秘函", "std"): "guobanmihan",
    ("中发", "std"): "zhongfa",
    ("中办发", "std"): "zhongbanfa",
    ("国务院", "order"): "state-council-order",
    ("国", "order"): "state-council-order",  # 国令 ≡ 国务院令 (POLICY-KG §3.4)
    # ministries
    ("商财发", "std"): "shangcaifa",
    ("商贸发", "std"): "shangmaofa",
    ("商外贸发", "std"): "shangwaimaofa",
    ("商办财函", "std"): "shangbancaihan",
    ("商务部", "order"): "mofcom-order",
    ("商务部", "notice"): "mofcom-notice",
    ("财税", "std"): "caishui",
    ("财关税", "std"): "caiguanshui",
    ("财预", "std"): "caiyu",
    ("财政部", "order"): "mof-order",
    ("财政部", "notice"): "mof-notice",
    ("署税发", "std"): "shushuifa",
    ("署监发", "std"): "shujianfa",
    ("海关总署", "order"): "gacc-order",
    ("海关总署", "notice"): "gacc-notice",
    ("税总发", "std"): "shuizongfa",
    ("国税发", "std"): "guoshuifa",
    ("国家税务总局", "notice"): "sta-notice",
    ("国家税务总局", "order"): "sta-order",
    ("发改外资", "std"): "fagaiwaizi",
    ("发改经贸", "std"): "fagaijingmao",
    ("国家发展改革委", "notice"): "ndrc-notice",
    ("国家发展改革委", "order"): "ndrc-order",
    ("国家发展和改革委员会", "notice"): "ndrc-notice",
    ("国家发展和改革委员会", "order"): "ndrc-order",
    ("应急管理部", "notice"): "mem-notice",
    ("应急管理部", "order"): "mem-order",
    ("应急厅函", "std"): "yingjitinghan",
    ("安委办", "std"): "anweiban",
    ("国家林业局", "order"): "sfa-order",
    ("原国家林业局", "order"): "sfa-order",
    ("林资发", "std"): "linzifa",
    ("银发", "std"): "yinfa",
    ("中国人民银行", "notice"): "pboc-notice",
    ("中国人民银行", "order"): "pboc-order",
    ("工信部", "std"): "gongxinbu",
    ("市场监管总局", "order"): "samr-order",
    ("国家市场监督管理总局", "order"): "samr-order",
    ("交通运输部", "order"): "mot-order",
    # provinces (the seeds' Zhejiang and the plans that cite the CBEC replies)
    ("浙政发", "std"): "zhezhengfa",
    ("浙政函", "std"): "zhezhenghan",
    ("浙政办发", "std"): "zhezhengbanfa",
    ("浙政办函", "std"): "zhezhengbanhan",
    ("苏政发", "std"): "suzhengfa",
    ("川府函", "std"): "chuanfuhan",
    ("川府发", "std"): "chuanfufa",
    ("粤府", "std"): "yuefu",
    ("粤府函", "std"): "yuefuhan",
    ("沪府发", "std"): "hufufa",
    ("京政发", "std"): "jingzhengfa",
    ("京高法发", "std"): "jinggaofafa",
    ("鲁政发", "std"): "luzhengfa",
    ("豫政", "std"): "yuzheng",
    ("闽政", "std"): "minzheng",
    ("云政发", "std"): "yunzhengfa",
    ("桂政函", "std"): "guizhenghan",
    ("藏政函", "std"): "zangzhenghan",
}
# Provincial 机关代字 follow one grammar: the province's one-character abbreviation, 政 or
# 府, then 发 / 函 / 办发 / 办函 / 办 (闽政办〔2025〕19号, 黔府发). Their slugs are the
# pinyin of the parts; abbreviations that share a pinyin get the province's initials
# first (晋 sxjin, 吉 jlji, 渝 cqyu, 甘 gsgan) so no two provinces share a slug.
_PROVINCE_ABBR = {
    "京": "jing", "津": "jin", "冀": "ji", "晋": "sxjin", "内": "nei", "辽": "liao",
    "吉": "jlji", "黑": "hei", "沪": "hu", "苏": "su", "浙": "zhe", "皖": "wan", "闽": "min",
    "赣": "gan", "鲁": "lu", "豫": "yu", "鄂": "e", "湘": "xiang", "粤": "yue", "桂": "gui",
    "琼": "qiong", "渝": "cqyu", "川": "chuan", "黔": "qian", "云": "yun", "藏": "zang",
    "陕": "shaan", "甘": "gsgan", "青": "qing", "宁": "ning", "新": "xin",
}  # fmt: skip
_PROVINCE_CODE_PARTS = {"政": "zheng", "府": "fu"}
_PROVINCE_CODE_TAILS = {
    "发": "fa",
    "函": "han",
    "办发": "banfa",
    "办函": "banhan",
    "办": "ban",
    "": "",
}


def _provincial_codes() -> dict[tuple[str, str], str]:
    """Every provincial 机关代字 of the grammar above, with its pinyin slug."""
    return {
        (abbr + part + tail, "std"): a_slug + p_slug + t_slug
        for abbr, a_slug in _PROVINCE_ABBR.items()
        for part, p_slug in _PROVINCE_CODE_PARTS.items()
        for tail, t_slug in _PROVINCE_CODE_TAILS.items()
    }


# curated entries win: a slug never changes once used
ISSUER_SLUGS = {**_provincial_codes(), **ISSUER_SLUGS}
_KNOWN_CODES: dict[str, frozenset[str]] = {
    kind: frozenset(issuer for issuer, k in ISSUER_SLUGS if k == kind)
    for kind in ("std", "order", "notice")
}
# 公告〔2023〕199号: customs drops the issuer; it parses, the caller supplies it
_KNOWN_CODES["std"] = _KNOWN_CODES["std"] | {"公告"}

# Leading words that end up inside the CJK run before the code (POLICY-KG §3.3).
_LEADING_WORDS = (
    "贯彻落实",
    "根据",
    "按照",
    "依据",
    "依照",
    "参照",
    "贯彻",
    "落实",
    "印发",
    "转发",
    "执行",
    "经",
    "和",
    "及",
    "与",
    "的",
)
_ISSUER_MAX = 12

# Width folding limited to the brackets and digits this grammar reads; one
# character for one so offsets stay valid. 〔〕﹝﹞【】 are kept as they are.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20
_NEEDS_FOLD = re.compile("[\uff01-\uff5e\u3000]")
_HAO_RE = re.compile("号")
_WINDOW = 48  # issuer (12) + brackets, year, 第, sequence and line breaks

_WS = r"[\s\u3000]*"
_CJK = r"[\u4e00-\u9fa5]"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_SEQ = r"(?P<seq>\d{1,4})"

_STD_RE = rf"(?P<std>(?P<s_issuer>{_CJK}{{1,{_ISSUER_MAX}}}){_WS}[〔\[(﹝【]{_WS}{_YEAR.replace('year', 's_year')}{_WS}[〕\])﹞】]{_WS}第?{_WS}{_SEQ.replace('seq', 's_seq')}{_WS}号)"
_ORDER_RE = rf"(?P<order>(?P<o_issuer>{_CJK}{{1,{_ISSUER_MAX}}}?)令{_WS}(?:{_YEAR.replace('year', 'o_year')}{_WS}年)?{_WS}第{_WS}{_SEQ.replace('seq', 'o_seq')}{_WS}号)"
_NOTICE_RE = rf"(?P<notice>(?P<n_issuer>{_CJK}{{1,{_ISSUER_MAX}}}?)公{_WS}告{_WS}(?P<n_paren>\()?{_WS}{_YEAR.replace('year', 'n_year')}{_WS}年{_WS}第{_WS}{_SEQ.replace('seq', 'n_seq')}{_WS}号(?(n_paren){_WS}\)))"
_DOCNUM_RE = re.compile("|".join((_STD_RE, _NOTICE_RE, _ORDER_RE)))

_CANONICAL = {
    "std": "{issuer}〔{year}〕{seq}号",
    "order": "{issuer}令{year_part}第{seq}号",
    "notice": "{issuer}公告{year_part}第{seq}号",
}
_KIND_SUFFIX = {"std": "", "order": "令", "notice": "公告"}


def _trim_issuer(run: str, kind: str) -> tuple[str, bool] | None:
    """Cut the issuer out of the CJK run before the number.

    Returns:
        (issuer, heuristic), or None when nothing is left after stripping.
    """
    known = _KNOWN_CODES[kind]
    for size in range(len(run), 0, -1):
        if run[-size:] in known:
            return run[-size:], False
    issuer = run
    stripped = True
    while stripped and issuer:
        stripped = False
        for word in _LEADING_WORDS:
            if issuer.startswith(word):
                issuer = issuer[len(word) :]
                stripped = True
                break
    if not issuer:
        return None
    return issuer, True


def doc_number_slug(issuer: str, year: int | None, seq: int, kind: str) -> str:
    """Return the ASCII slug of a document number, e.g. ``guohan-2022-8``.

    Args:
        issuer: 机关代字 (国函) or issuing body (国务院 for 国务院令).
        year: the year, or None for orders without one.
        seq: the sequence number.
        kind: ``std``, ``order`` or ``notice``.

    Returns:
        ``<issuer-slug>-<year>-<seq>`` (``<issuer-slug>-<seq>`` without a year).
        An issuer missing from ``ISSUER_SLUGS`` gets ``x-<8 hex of its hash>``,
        stable across runs (the hash covers issuer and kind).

    Raises:
        ValueError: ``kind`` is not one of std, order, notice.
    """
    if kind not in _KIND_SUFFIX:
        raise ValueError(
            f"document number kind {kind!r} is unknown; use 'std', 'order' or 'notice'"
        )
    issuer_slug = ISSUER_SLUGS.get((issuer, kind))
    if issuer_slug is None:
        issuer_slug = "x-" + short_hash(issuer + _KIND_SUFFIX[kind], length=8)
    if year is None:
        return f"{issuer_slug}-{seq}"
    return f"{issuer_slug}-{year}-{seq}"


def _canonical(issuer: str, year: int | None, seq: int, kind: str) -> str:
    year_part = "" if year is None else f"{year}年"
    return _CANONICAL[kind].format(issuer=issuer, year=year, seq=seq, year_part=year_part)


def _build(match: re.Match[str], text: str) -> DocNumber | None:
    kind = next(name for name in ("std", "order", "notice") if match[name] is not None)
    prefix = kind[0]
    run = match[f"{prefix}_issuer"]
    trimmed = _trim_issuer(run, kind)
    if trimmed is None:
        return None
    issuer, heuristic = trimmed
    if kind == "std" and issuer == "公告":
        heuristic = True  # the body (海关总署) must come from context
    year_text = match[f"{prefix}_year"]
    year = int(year_text) if year_text else None
    seq = int(match[f"{prefix}_seq"])
    start = match.start() + (len(run) - len(issuer))
    end = match.end()
    return DocNumber(
        start=start,
        end=end,
        text=text[start:end],
        issuer=issuer,
        year=year,
        seq=seq,
        kind=kind,
        canonical=_canonical(issuer, year, seq, kind),
        slug=doc_number_slug(issuer, year, seq, kind),
        heuristic=heuristic,
    )


def parse_document_numbers(text: str) -> list[DocNumber]:
    """Find every 文号 in ``text``.

    Args:
        text: body text; full-width digits and brackets, spaces and line breaks
            between the tokens are accepted.

    Returns:
        The numbers in order, each with ``text[d.start:d.end] == d.text``
        (the span starts at the trimmed issuer, so 根据 is not part of it).
        ``林资发2004218号`` (brackets lost) and ``〔2023〕第7号公告`` (no issuer)
        are not returned.

    Example:
        >>> parse_document_numbers("根据国函〔2022〕8号")[0].slug
        'guohan-2022-8'
    """
    folded = text.translate(_FOLD) if _NEEDS_FOLD.search(text) else text
    found: list[DocNumber] = []
    last_end = 0
    # Every 文号 ends in 号 (or 号) for notices): run the grammar only on a short
    # window before each 号 instead of at every CJK character (10x faster).
    for hao in _HAO_RE.finditer(folded):
        if hao.start() < last_end:
            continue
        begin = max(last_end, hao.start() - _WINDOW)
        match = _DOCNUM_RE.search(folded, begin, min(len(folded), hao.end() + 4))
        if match is None:
            continue
        number = _build(match, text)
        if number is not None:
            found.append(number)
            last_end = match.end()
    return found
