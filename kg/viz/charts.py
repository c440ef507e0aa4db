"""Chinese text in matplotlib charts on a machine without any CJK system font.

Input: nothing; it looks for a CJK-capable font, first in a PyPI font package
(``pylopdf-fonts-zh-cn``: Noto Sans SC, OFL, part of the ``notebook`` and ``dev``
extras), then among the fonts matplotlib already knows.
Output: the font family registered with matplotlib for this process (and set as
the first sans-serif family), or ``None`` so the caller draws English labels.
It does not: install fonts, write matplotlib's font cache, or import matplotlib
when ``kg`` is imported. A cache entry whose file has gone is ignored, so a cache
that predates an installed (or removed) font cannot break the charts.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["CJK_SAMPLE", "cjk_font_file", "use_cjk_font"]

#: Characters a font must draw to count as CJK-capable (province and zone words).
CJK_SAMPLE = "浙江省综试区跨境电子商务批次"
_CJK_NAME_HINTS = ("CJK", "SC", "Hei", "Song", "Kai", "WenQuanYi", "Droid Sans Fallback")


def cjk_font_file() -> Path | None:
    """Path of the Noto Sans SC file shipped by ``pylopdf-fonts-zh-cn``, or ``None``."""
    try:
        import pylopdf_fonts_zh_cn  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    path = Path(pylopdf_fonts_zh_cn.sans_path())
    return path if path.is_file() else None


def _covers(path: str, text: str) -> bool:
    """Whether the font file at ``path`` has a glyph for every character of ``text``."""
    from matplotlib.ft2font import FT2Font

    try:
        font = FT2Font(path)
    except (OSError, RuntimeError, ValueError):
        return False
    return all(font.get_char_index(ord(ch)) for ch in text)


def _system_cjk_font() -> tuple[str, str] | None:
    """``(family, file)`` of an installed font that draws ``CJK_SAMPLE``, if any."""
    from matplotlib import font_manager

    for entry in sorted(font_manager.fontManager.ttflist, key=lambda f: (f.name, f.fname)):
        if not any(hint in entry.name for hint in _CJK_NAME_HINTS):
            continue
        if Path(entry.fname).is_file() and _covers(entry.fname, CJK_SAMPLE):
            return entry.name, entry.fname
    return None


def use_cjk_font() -> str | None:
    """Register a CJK-capable font with matplotlib and make it the default family.

    Returns:
        The family name now first in ``rcParams["font.sans-serif"]``, or ``None``
        when no font on this machine draws Chinese (label the chart in English then).
    """
    from matplotlib import font_manager, rcParams

    path = cjk_font_file()
    if path is not None:
        font_manager.fontManager.addfont(str(path))
        name = font_manager.FontProperties(fname=str(path)).get_name()
    else:
        found = _system_cjk_font()
        if found is None:
            return None
        name = found[0]
    rcParams["font.family"] = "sans-serif"
    rcParams["font.sans-serif"] = [name, *[f for f in rcParams["font.sans-serif"] if f != name]]
    rcParams["axes.unicode_minus"] = False  # CJK fonts often lack U+2212
    return name
