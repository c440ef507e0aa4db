"""Figures and dates as a reader writes them: 3,302.9 亿元, 30.7%, 14.9 万家, 2022年2月8日.

Input: a value in base units (``schema:value``), its UN/CEFACT code (``schema:unitCode``)
and the unit as the article wrote it (``schema:unitText``: 亿元, 万家, %).
Output: short display strings. It does not: convert currencies or round away
significant digits (up to two decimals are kept).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

__all__ = ["human_date", "human_value"]

#: Multiplier words at the start of a unit text, longest first.
_SCALES = (
    ("万亿", Decimal(10) ** 12),
    ("亿", Decimal(10) ** 8),
    ("万", Decimal(10) ** 4),
    ("千", Decimal(10) ** 3),
    ("百", Decimal(10) ** 2),
)
_CODE_UNITS = {"CNY": "元", "USD": "美元", "C62": "", "MTK": "平方米", "P1": "%"}


def _number(value: Decimal) -> str:
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def human_value(value: object, unit_code: str = "", unit_text: str = "") -> str:
    """Format a figure in the unit the source used (``unit_text``) or a readable one.

    Args:
        value: the number in base units (``330290000000`` for 3,302.9 亿元).
        unit_code: ``CNY``, ``USD``, ``P1`` (percent), ``C62`` (count), ``MTK`` (m²) …
        unit_text: the unit as written (``亿元``, ``万家``, ``%``); its multiplier
            word (万亿, 亿, 万, 千, 百) divides the value.

    Returns:
        ``"3,302.9 亿元"``, ``"30.7%"``, ``"14.9 万家"``; the value as text when it is not a number.
    """
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    if unit_code == "P1" or unit_text.strip() == "%":
        return _number(number) + "%"
    text = unit_text.strip()
    if text:
        for word, scale in _SCALES:
            if text.startswith(word):
                return f"{_number(number / scale)} {text}"
        return f"{_number(number)} {text}"
    base = _CODE_UNITS.get(unit_code, unit_code)
    if unit_code in ("CNY", "USD"):
        for word, scale in _SCALES[:3]:
            if abs(number) >= scale:
                return f"{_number(number / scale)} {word}{base}"
    return f"{_number(number)} {base}".strip()


def human_date(value: object) -> str:
    """``2022-02-08`` (or an ``xsd:dateTime``) as ``2022-02-08``; anything else unchanged."""
    text = str(value)
    return text[:10] if len(text) >= 10 and text[4] == "-" and text[7] == "-" else text
