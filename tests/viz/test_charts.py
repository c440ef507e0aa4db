"""Charts draw Chinese without a system CJK font: the font comes from a PyPI package."""

from __future__ import annotations

import io
import warnings

import pytest

from kg.viz.charts import CJK_SAMPLE, cjk_font_file, use_cjk_font

matplotlib = pytest.importorskip("matplotlib", reason="matplotlib is in the dev/notebook extra")


def test_font_package_ships_a_font_that_draws_the_sample() -> None:
    path = cjk_font_file()
    if path is None:
        pytest.skip("pylopdf-fonts-zh-cn not installed: pip install -e '.[dev]'")
    from matplotlib.ft2font import FT2Font

    font = FT2Font(str(path))
    assert all(font.get_char_index(ord(ch)) for ch in CJK_SAMPLE)


def test_chart_with_chinese_labels_renders_without_glyph_warnings() -> None:
    if cjk_font_file() is None:
        pytest.skip("pylopdf-fonts-zh-cn not installed: pip install -e '.[dev]'")
    import matplotlib.pyplot as plt

    name = use_cjk_font()
    assert name == "Noto Sans SC"
    assert matplotlib.rcParams["font.sans-serif"][0] == name
    fig, ax = plt.subplots()
    ax.barh(["浙江省", "广东省"], [12, 9])
    ax.set_title("综试区 zones per province")
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph … missing from font(s)" is a UserWarning
        fig.savefig(buf, format="png", dpi=40)
    plt.close(fig)
    assert buf.getvalue().startswith(b"\x89PNG")


def test_stale_cache_entry_for_a_removed_font_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    from matplotlib import font_manager

    from kg.viz import charts

    monkeypatch.setattr(charts, "cjk_font_file", lambda: None)
    ghost = font_manager.FontEntry(
        fname="/nonexistent/NotoSansCJK-Regular.ttc", name="Noto Sans CJK SC"
    )
    monkeypatch.setattr(
        font_manager.fontManager, "ttflist", [ghost, *font_manager.fontManager.ttflist]
    )
    found = charts._system_cjk_font()
    assert found is None or found[1] != ghost.fname
