"""Amounts, rates and counts in Chinese news text, as exact ``Decimal`` values.

Input: plain body text (``Article.body``). Output: ``Quantity`` records whose
``start``/``end`` are offsets into that same text and whose ``value`` is in base
units (元, not 亿元; m², not 万平方米). It does NOT decide what a figure measures
or which place it is about (that is ``kg.extract``), does NOT resolve periods
(``kg.nlp.periods``) and does NOT sign growth: ``direction_before`` tells the
caller whether 增长/下降 precedes a figure.

Why our own ~regex + ``Decimal`` module and no library (POLICY-KG.md §4): jionlp
reads ``34.6%`` as 34.6 元 and ``132个`` as 6 元, chinese2digits turns 十四五 into 55,
cn2an cannot parse ``1.98万亿``, and Microsoft Recognizers reads 十分 ("very") as
10 fen at ~22 ms per article. The grammar here is::

    QTY  := PRE? SIGN? NUM (MAG? %? SEP NUM)? SUF? MAG? SUF? UNIT POST?
          | NUM 分之 NUM                          # 六分之一, 百分之三十点七
    NUM  := 1,234.5 | 5，000 | 三千三百零二点九     # Arabic or Chinese numerals
    MAG  := 万亿 | [十百千]?万 | [十百千]?亿 | 千 | 百
    PRE  := 约 近 … (about) | 超过 逾 … (more-than) | 不到 不足 … (less-than)
    SUF  := 多 余 (more-than) | 来 (about);  POST := 左右 (about) | 以上 | 以下

A unit is required: a bare number (``2021年``, ``1-7月``, ``〔2022〕8号``,
``第3条``, a phone number) yields nothing. Chinese numerals count only when
they carry a magnitude or decimal (``十四万家``), or precede %, 倍 or
百分点, so 一个/三家/二元 in running prose are not read as figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from kg.errors import KgError

__all__ = [
    "BatchOrdinal",
    "NumberParseError",
    "Quantity",
    "direction_before",
    "parse_batch_ordinals",
    "parse_integer",
    "parse_number",
    "parse_quantities",
]


class NumberParseError(KgError, ValueError):
    """A string given to ``parse_number`` is not a numeral."""


@dataclass(frozen=True, slots=True)
class Quantity:
    """One amount, rate or count found in text.

    ``value`` is in base units (元, m², kg, kWh, percent points as numbers);
    ``unit`` is an ISO 4217 currency or a UN/CEFACT common code (``P1`` percent,
    ``C62`` count or dimensionless, ``MTK`` m²), or ``percentage-point``;
    ``unit_text`` is the unit as written with its magnitude (``亿元``, ``万家``).
    ``kind`` is one of ``money``, ``price``, ``percent``, ``points``,
    ``multiple``, ``share``, ``count``, ``area``, ``mass``, ``energy``,
    ``length``, ``volume``, ``power``, ``measure``. ``approximation`` is
    ``about``, ``more-than`` or ``less-than``; ``high`` is the upper end of a
    range (``3-5元``: value 3, high 5).
    """

    start: int
    end: int
    text: str
    value: Decimal
    unit: str
    unit_text: str
    kind: str
    approximation: str | None = None
    high: Decimal | None = None


# --- character folding -------------------------------------------------------
# The full-width forms the grammar reads (０-９ ％ ． － ～, and − –) are folded one
# character for one, so offsets into the folded text are offsets into the
# original. Other full-width punctuation (，（）：) is left alone: ， is a clause
# separator as often as a thousands separator. translate() is slow, so text
# without any such character is returned as it is.
_FOLD = {cp: cp - 0xFEE0 for cp in (0xFF05, 0xFF0D, 0xFF0E, *range(0xFF10, 0xFF1A), 0xFF5E)}
_FOLD.update({0x2212: 0x2D, 0x2013: 0x2D})
_NEEDS_FOLD = re.compile("[\uff05\uff0d\uff0e\uff10-\uff19\uff5e\u2212\u2013]")


def fold_width(text: str) -> str:
    """Return ``text`` with full-width digits, ％ ． － ～ folded to ASCII, same length.

    Args:
        text: any string.

    Returns:
        A string of the same length (``text[i]`` maps to ``result[i]``).
    """
    if _NEEDS_FOLD.search(text) is None:
        return text
    return text.translate(_FOLD)


# --- Chinese numerals --------------------------------------------------------
_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10**4, "亿": 10**8}
_MAGNITUDE = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}


def _cn_integer(numeral: str) -> int:
    """Convert a Chinese integer numeral (两千三百亿, 二〇二二, 十四) to ``int``."""
    if numeral and all(ch in _CN_DIGITS for ch in numeral):
        if len(numeral) == 1:
            return _CN_DIGITS[numeral]
        if len(numeral) >= 3 or "〇" in numeral or "零" in numeral:
            return int("".join(str(_CN_DIGITS[ch]) for ch in numeral))  # 二〇二二
    total = section = 0
    digit: int | None = None
    for ch in numeral:
        if ch in _CN_DIGITS:
            if digit is not None and digit != 0:
                # two digits in a row without a unit between: 十四五 is a name, not a number
                raise NumberParseError(
                    f"Chinese numeral {numeral!r}: digit {ch!r} follows a digit with "
                    "no unit between; write e.g. 十四 or 二〇二二"
                )
            digit = _CN_DIGITS[ch]
        elif ch in _CN_SMALL:
            section += (1 if digit is None else digit) * _CN_SMALL[ch]
            digit = None
        elif ch in _CN_BIG:
            base = total + section + (digit or 0)
            total = (base or 1) * _CN_BIG[ch]  # 万分之一: a bare 万 is 10^4
            section, digit = 0, None
        else:
            raise NumberParseError(
                f"Chinese numeral {numeral!r}: unexpected character {ch!r}; "
                "expected 零〇一二两三四五六七八九十百千万亿"
            )
    return total + section + (digit or 0)


def parse_integer(text: str) -> int:
    """Parse a whole count or ordinal written in Arabic or Chinese numerals.

    The one reader of small integers for every stage (zone counts, batch ordinals,
    months, quarters and years): ``132``, ``１３２``, ``一百三十二``, ``两``, ``十一``,
    ``二十``, ``二〇二二``.

    Args:
        text: the numeral alone, without unit or 第/批.

    Returns:
        Its value.

    Raises:
        NumberParseError: ``text`` is empty or not one integer numeral (``十四五``).
    """
    folded = fold_width(text.strip())
    if folded.isascii() and folded.isdigit():
        return int(folded)
    if not folded or any(ch not in _CN_DIGITS and ch not in _MAGNITUDE for ch in folded):
        raise NumberParseError(
            f"not an integer numeral: {text!r}; expected e.g. '132', '一百三十二' or '两'"
        )
    return _cn_integer(folded)


def _cn_decimal(numeral: str) -> Decimal:
    """Convert a Chinese numeral with an optional 点 fraction and trailing magnitude."""
    if "点" not in numeral:
        return Decimal(_cn_integer(numeral))
    whole, _, rest = numeral.partition("点")
    frac_digits = ""
    i = 0
    while i < len(rest) and rest[i] in _CN_DIGITS:
        frac_digits += str(_CN_DIGITS[rest[i]])
        i += 1
    if not frac_digits:
        raise NumberParseError(
            f"Chinese numeral {numeral!r}: no digits after 点; write e.g. 三十点七"
        )
    value = Decimal(_cn_integer(whole) if whole else 0) + Decimal("0." + frac_digits)
    for ch in rest[i:]:
        if ch not in _CN_BIG:
            raise NumberParseError(
                f"Chinese numeral {numeral!r}: unexpected {ch!r} after the fraction; "
                "only 万 or 亿 may follow"
            )
        value *= _CN_BIG[ch]
    return value


def _tidy(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching integers to exponent form."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _magnitude(mag: str) -> int:
    factor = 1
    for ch in mag:
        factor *= _MAGNITUDE[ch]
    return factor


# --- the quantity grammar ----------------------------------------------------
_ARABIC = r"\d+(?:[,，]\d{3}(?!\d))*(?:\.\d+)?"
_CN_CHARS = "零〇一二两三四五六七八九十百千万亿"
_CN = rf"[{_CN_CHARS}]+(?:点[零〇一二三四五六七八九]+[万亿]*)?"
_MAG = r"(?:万亿|[十百千]?万|[十百千]?亿|千|百)"
_SEP = r"(?:-{1,2}|~|～|—{1,2}|至|到)"
_PRE = r"(?:大约|约为|约|将近|接近|近|超过|超|逾|多于|至少|不到|不足|不超过|少于|最多)"

# unit as written -> (code, kind, factor to base unit); longest alternatives first
_UNITS: dict[str, tuple[str, str, Decimal]] = {
    "个百分点": ("percentage-point", "points", Decimal(1)),
    "百分点": ("percentage-point", "points", Decimal(1)),
    "%": ("P1", "percent", Decimal(1)),
    "‰": ("P1", "share", Decimal("0.1")),
    "倍": ("C62", "multiple", Decimal(1)),
    "元人民币": ("CNY", "money", Decimal(1)),
    "人民币": ("CNY", "money", Decimal(1)),
    "元": ("CNY", "money", Decimal(1)),
    "块钱": ("CNY", "money", Decimal(1)),
    "美元": ("USD", "money", Decimal(1)),
    "欧元": ("EUR", "money", Decimal(1)),
    "日元": ("JPY", "money", Decimal(1)),
    "港元": ("HKD", "money", Decimal(1)),
    "港币": ("HKD", "money", Decimal(1)),
    "英镑": ("GBP", "money", Decimal(1)),
    "韩元": ("KRW", "money", Decimal(1)),
    "卢布": ("RUB", "money", Decimal(1)),
    "平方公里": ("KMK", "area", Decimal(1)),
    "平方千米": ("KMK", "area", Decimal(1)),
    "平方米": ("MTK", "area", Decimal(1)),
    "公顷": ("HAR", "area", Decimal(1)),
    "亩": ("mu", "area", Decimal(1)),  # 1 亩 = 2000/3 m², not exact: keep the unit
    "立方米": ("MTQ", "volume", Decimal(1)),
    "吨标准煤": ("TNE", "mass", Decimal(1)),
    "吨": ("TNE", "mass", Decimal(1)),
    "千克": ("KGM", "mass", Decimal(1)),
    "公斤": ("KGM", "mass", Decimal(1)),
    "斤": ("KGM", "mass", Decimal("0.5")),
    "千瓦时": ("KWH", "energy", Decimal(1)),
    "千瓦": ("KWT", "power", Decimal(1)),
    "公里": ("KMT", "length", Decimal(1)),
    "千米": ("KMT", "length", Decimal(1)),
    "米": ("MTR", "length", Decimal(1)),
    "标箱": ("TEU", "measure", Decimal(1)),
    "人次": ("C62", "count", Decimal(1)),
    "架次": ("C62", "count", Decimal(1)),
    "批次": ("C62", "count", Decimal(1)),
    "个": ("C62", "count", Decimal(1)),
    "家": ("C62", "count", Decimal(1)),
    "户": ("C62", "count", Decimal(1)),
    "项": ("C62", "count", Decimal(1)),
    "件": ("C62", "count", Decimal(1)),
    "人": ("C62", "count", Decimal(1)),
    "名": ("C62", "count", Decimal(1)),
    "辆": ("C62", "count", Decimal(1)),
    "台": ("C62", "count", Decimal(1)),
    "座": ("C62", "count", Decimal(1)),
    "艘": ("C62", "count", Decimal(1)),
    "条": ("C62", "count", Decimal(1)),
    "种": ("C62", "count", Decimal(1)),
    "款": ("C62", "count", Decimal(1)),
    "笔": ("C62", "count", Decimal(1)),
    "票": ("C62", "count", Decimal(1)),
    "单": ("C62", "count", Decimal(1)),
    "次": ("C62", "count", Decimal(1)),
    "部门": ("C62", "count", Decimal(1)),
    "例": ("C62", "count", Decimal(1)),
    "份": ("C62", "count", Decimal(1)),
    "场": ("C62", "count", Decimal(1)),
    "套": ("C62", "count", Decimal(1)),
    "棵": ("C62", "count", Decimal(1)),
    "箱": ("C62", "count", Decimal(1)),
    "国": ("C62", "count", Decimal(1)),
    "市": ("C62", "count", Decimal(1)),
    "成": ("P1", "share", Decimal(10)),  # 6成 = 60 %
    # ASCII units as printed in product and energy news (028: 1.5kg, 450g; 026: 3GW)
    "kg": ("KGM", "mass", Decimal(1)),
    "g": ("KGM", "mass", Decimal("0.001")),
    "GW": ("KWT", "power", Decimal(10**6)),
    "MW": ("KWT", "power", Decimal(10**3)),
    "km": ("KMT", "length", Decimal(1)),
}
# what may not follow a unit word for it to be that unit
_UNIT_GUARD = {
    "个": "(?!月|季度|小时|工作日|百分点|别|体|人|性|税)",
    "人": "(?!民|员|口|才|工|社|大|士|数|均)",
    "名": "(?!单|称|义|牌|列|额)",
    "台": "(?!湾|州|阶|账|风)",
    "条": "(?!例|款|件|约|线)",
    "元": "(?!素|旦|宵|月|年|宇宙)",
    "米": "(?!粮)",
    "单": "(?!位|一|独|元|据|边)",
    "次": "(?!数|序|要|性|日|年|月)",
    "种": "(?!植|子|类|业)",
    "件": "(?!事)",
    "座": "(?!谈)",
    "项": "(?!目)",
    "户": "(?!口|籍|外)",
    "家": "(?!庭|乡|园|长|人|电|族|具)",
    "款": "(?!项)",
    "票": "(?!据)",
    "吨": "(?!位)",
    "份": "(?!额)",
    "场": "(?!所|景|合|地|馆|次)",
    "国": "(?!家|内|际|务|有|企|产|民|外|货|门|库|土|债|资|情|标|字|货)",
    "市": "(?!场|民|值|区|级|委|政|长|县|属|内|州|辖|直|监|局)",
    "成": "(?!为|立|本|果|交|员|长|功|熟|都|效|绩|品|分|型|就|了|不|色|份|年|人|规|套|像)",
    "kg": "(?![A-Za-z])",
    "g": "(?![A-Za-z])",
    "GW": "(?![A-Za-z])",
    "MW": "(?![A-Za-z])",
    "km": "(?![A-Za-z])",
}
_UNIT_ALT = "|".join(
    re.escape(word) + _UNIT_GUARD.get(word, "") for word in sorted(_UNITS, key=len, reverse=True)
)
_PER = r"(?:/|每)(?:斤|公斤|千克|吨|平方米|人|月|年|天|小时|件|个|台|辆|股|桶|克)"

_QUANTITY_RE = re.compile(
    rf"""
    (?=[\d{_CN_CHARS}约近超逾多至不少最大将接负-])  # one cheap test at every position
    (?:
      (?P<fden>{_ARABIC}|[{_CN_CHARS}]+)分之(?P<fnum>{_ARABIC}|{_CN})    # 六分之一, 百分之三十点七
    |
      (?P<pre>{_PRE})?
      (?<![\d.第])(?P<sign>[-负](?=\d))?
      (?<![\d.第])
      (?P<num>{_ARABIC}|{_CN})
      (?:
        (?P<mag1>{_MAG})?(?P<pct1>%)?\s*{_SEP}\s*(?P<num2>{_ARABIC}|{_CN})
      )?
      (?P<suf1>多|余|来)?
      (?P<mag>{_MAG})?
      (?P<suf2>多|余)?
      (?P<unit>(?(pct1)%|(?:{_UNIT_ALT})))  # 3%-5%; but 下降70%至1347.5亿元 is two figures
      (?P<per>{_PER})?
      (?P<post>左右|以上|以下|上下)?
    )
    """,
    re.VERBOSE,
)

_APPROX = {
    "大约": "about",
    "约为": "about",
    "约": "about",
    "将近": "about",
    "接近": "about",
    "近": "about",
    "来": "about",
    "左右": "about",
    "上下": "about",
    "超过": "more-than",
    "超": "more-than",
    "逾": "more-than",
    "多于": "more-than",
    "至少": "more-than",
    "多": "more-than",
    "余": "more-than",
    "以上": "more-than",
    "不到": "less-than",
    "不足": "less-than",
    "不超过": "less-than",
    "少于": "less-than",
    "最多": "less-than",
    "以下": "less-than",
}
_SHARE_PLACES = Decimal("0.000001")
_CN_TRAILING_MAG = re.compile("[万亿]+$")
_CN_ONLY_KINDS = frozenset({"percent", "points", "multiple", "share"})
_HAS_CN_DIGIT = re.compile("[零〇一二两三四五六七八九十]")


def _numeral_value(numeral: str) -> Decimal:
    """Value of one numeral token: Arabic (with , or ， separators) or Chinese."""
    if numeral[0].isdigit():
        return Decimal(numeral.replace(",", "").replace("，", ""))
    return _cn_decimal(numeral)


def _is_acceptable_cn(numeral: str, mag: str, kind: str) -> bool:
    """Chinese numerals in prose are figures only with a magnitude or a rate unit."""
    if numeral[0].isdigit():
        return True
    if not _HAS_CN_DIGIT.search(numeral):
        return False  # 万元, 千家: a word, not a figure
    if kind in _CN_ONLY_KINDS:
        return True
    return bool(mag) or any(ch in "十百千万亿点" for ch in numeral)


def _fraction(match: re.Match[str]) -> tuple[Decimal, str, str, str] | None:
    """Value, unit, unit_text and kind of an X分之Y match (percent when X is 100)."""
    try:
        den = _numeral_value(match["fden"])
        num = _numeral_value(match["fnum"])
    except NumberParseError:
        return None
    if den == 0:
        return None
    value = num * 100 / den
    if value != value.quantize(_SHARE_PLACES):
        value = value.quantize(_SHARE_PLACES)  # 六分之一: 16.666667, not 28 digits
    if den == 100:
        return value, "P1", "百分之", "percent"
    return value, "P1", "分之", "share"


def _build(match: re.Match[str], original: str) -> Quantity | None:
    """Turn one regex match into a Quantity, or None when it is not a figure."""
    start, end = match.span()
    if match["fden"] is not None:
        fraction = _fraction(match)
        if fraction is None:
            return None
        value, unit, unit_text, kind = fraction
        return Quantity(start, end, original[start:end], _tidy(value), unit, unit_text, kind)
    unit_word = match["unit"]
    unit, kind, factor = _UNITS[unit_word]
    mag = match["mag"] or ""
    # unit_text as written (％ stays ％), from the magnitude to the per-unit
    unit_text = original[match.start("mag") if mag else match.start("unit") : match.end("unit")]
    if match["per"]:
        unit_text += original[match.start("per") : match.end("per")]
    if not mag and not match["num"][0].isdigit():
        trailing = _CN_TRAILING_MAG.search(match["num"][1:])
        unit_text = (trailing.group() if trailing else "") + unit_text  # 两千三百亿元
    if not _is_acceptable_cn(match["num"], mag, kind):
        return None
    if match["num2"] is not None and not _is_acceptable_cn(match["num2"], mag, kind):
        return None
    try:
        low = _numeral_value(match["num"])
        high = _numeral_value(match["num2"]) if match["num2"] is not None else None
    except NumberParseError:
        return None
    scale = _magnitude(mag) * factor
    low = low * (_magnitude(match["mag1"]) * factor if match["mag1"] else scale)
    if match["sign"]:
        low = -low
    if match["per"]:
        kind = "price" if kind == "money" else "measure"
    approximation = None
    for key in ("pre", "suf1", "suf2", "post"):
        if match[key]:
            approximation = _APPROX[match[key]]
            break
    return Quantity(
        start=start,
        end=end,
        text=original[start:end],
        value=_tidy(low),
        unit=unit,
        unit_text=unit_text,
        kind=kind,
        approximation=approximation,
        high=None if high is None else _tidy(high * scale),
    )


def parse_quantities(text: str) -> list[Quantity]:
    """Find every amount, rate and count in ``text``, in order, without overlaps.

    Args:
        text: body text; full-width digits and % are accepted as written.

    Returns:
        The quantities, each with ``text[q.start:q.end] == q.text``. Growth
        direction is not applied: use ``direction_before(text, q.start)``.

    Example:
        >>> parse_quantities("跨境电商进出口3302.9亿元")[0].value
        Decimal('330290000000')
    """
    folded = fold_width(text)
    found: list[Quantity] = []
    for match in _QUANTITY_RE.finditer(folded):
        quantity = _build(match, text)
        if quantity is not None:
            found.append(quantity)
    return found


_BARE_NUMBER_RE = re.compile(
    rf"\s*(?:(?P<pct>百分之)(?P<pnum>{_ARABIC}|{_CN})"
    rf"|(?P<sign>[-负])?(?P<num>{_ARABIC})(?P<mag>{_MAG})?(?P<tail>%)?"
    rf"|(?P<cn>{_CN}))\s*"
)


def parse_number(text: str) -> Decimal:
    """Parse one bare numeral with its magnitude into an exact ``Decimal``.

    Args:
        text: a numeral such as ``3302.9亿``, ``1.98万亿``, ``5，000万``,
            ``两千三百亿``, ``三千三百零二点九亿`` or ``百分之三十点七`` (a percent
            gives the number of percent, 30.7; so does ``30.7%``).

    Returns:
        The value, with trailing zeros removed (``Decimal('330290000000')``).

    Raises:
        NumberParseError: ``text`` is not a single numeral (``十四五``, ``abc``).
    """
    match = _BARE_NUMBER_RE.fullmatch(fold_width(text))
    if match is None:
        raise NumberParseError(
            f"not a numeral: {text!r}; expected e.g. '3302.9亿', '两千三百亿' or '百分之三十点七'"
        )
    if match["pct"]:
        return _tidy(_numeral_value(match["pnum"]))
    if match["cn"]:
        return _tidy(_cn_decimal(match["cn"]))
    value = _numeral_value(match["num"]) * _magnitude(match["mag"] or "")
    return _tidy(-value if match["sign"] else value)


_UP_WORDS = ("增长", "增加", "上涨", "提高", "上升", "增", "涨", "升", "扩大", "提升")
_DOWN_WORDS = ("下降", "减少", "下滑", "降低", "回落", "下跌", "收窄", "降", "减", "跌")
_DIRECTION_RE = re.compile(
    "(?P<up>" + "|".join(_UP_WORDS) + ")|(?P<down>" + "|".join(_DOWN_WORDS) + ")"
)
# a level, not a change, follows 增长到/下降至; a new clause resets the direction
_DIRECTION_STOP_RE = re.compile(r"[，。；;：:！？!?\n]|达到|达|为|至|到|是")
_DIRECTION_WINDOW = 12


def direction_before(text: str, start: int) -> int:
    """Say whether the words just before ``start`` make the figure a rise or a fall.

    Looks back at most 12 characters, no further than the start of the clause,
    for the last 增长/增加/上涨/提高… (+1) or 下降/减少/下滑/回落… (-1). A
    following 达/为/至/到 (``增长到30%``) marks a level and gives 0.

    Args:
        text: the text the figure was found in.
        start: the figure's start offset (``Quantity.start``).

    Returns:
        +1, -1, or 0 when no direction word applies.
    """
    window = text[max(0, start - _DIRECTION_WINDOW) : start]
    direction = 0
    for match in _DIRECTION_RE.finditer(window):
        direction = 1 if match["up"] else -1
        if _DIRECTION_STOP_RE.search(window, match.end()):
            direction = 0
    return direction


@dataclass(frozen=True, slots=True)
class BatchOrdinal:
    """A batch reference: 第六批 (ordinal 6), 首批 (1), 前五批 (5, ``upto=True``)."""

    start: int
    end: int
    text: str
    ordinal: int
    upto: bool


_BATCH_RE = re.compile(
    r"(?P<first>首批|头一批)"
    r"|(?P<which>第|前)\s*(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*批(?!准|复|示|评|发|判)"
)


def parse_batch_ordinals(text: str) -> list[BatchOrdinal]:
    """Find batch ordinals: 第六批, 第6批, 首批/第一批 (1), 前五批 (the first five).

    Args:
        text: body text.

    Returns:
        The ordinals in order; ``upto`` is True for 前N批 ("the first N batches").
        批准/批复 (approve/reply) after the number are not batches.
    """
    folded = fold_width(text)
    found: list[BatchOrdinal] = []
    for match in _BATCH_RE.finditer(folded):
        start, end = match.span()
        if match["first"]:
            found.append(BatchOrdinal(start, end, text[start:end], 1, False))
            continue
        numeral = match["n"]
        try:
            ordinal = parse_integer(numeral)
        except NumberParseError:
            continue
        if ordinal < 1:
            continue
        upto = match["which"] == "前"
        found.append(BatchOrdinal(start, end, text[start:end], ordinal, upto))
    return found
