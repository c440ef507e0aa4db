"""Build data/reference/countries.tsv from the ISO 3166-1 list and its Chinese names.

A one-off data-preparation step (run by a maintainer, never at run time)::

    pip install pycountry            # iso-codes data with its zh_CN translations
    python data/reference/tools/countries.py --out data/reference/countries.tsv

Source: ISO 3166-1 as packaged by pycountry (Debian iso-codes), with the Simplified
Chinese names of iso-codes' zh_CN translation. The translation gives formal names for
some countries (大韩民国, 老挝人民民主共和国); the short forms the news uses are set
by hand in ``SHORT_ZH`` below and the formal ones kept as aliases, as is the name
written with 国 (孟加拉国). China (156), and
台湾/香港/澳门 (Chinese places with GB/T 2260 codes in places.tsv) are left out.
The output is sorted by alpha-3 code, so re-running gives the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import gettext
from pathlib import Path

import pycountry  # data preparation only

#: Chinese places, not countries (places.tsv holds them).
SKIP = {"CHN", "TWN", "HKG", "MAC"}
#: The short name the Chinese press uses, where the translation gives a formal one.
SHORT_ZH = {
    "KOR": "韩国", "PRK": "朝鲜", "LAO": "老挝", "IRN": "伊朗", "SYR": "叙利亚",
    "BOL": "玻利维亚", "VEN": "委内瑞拉", "MDA": "摩尔多瓦", "RUS": "俄罗斯", "VNM": "越南",
    "TZA": "坦桑尼亚", "GBR": "英国", "USA": "美国", "CZE": "捷克", "MKD": "北马其顿",
    "IDN": "印度尼西亚", "SAU": "沙特阿拉伯", "ARE": "阿联酋", "PSE": "巴勒斯坦",
    "COD": "刚果（金）", "COG": "刚果（布）", "FSM": "密克罗尼西亚", "VAT": "梵蒂冈",
    "KGZ": "吉尔吉斯斯坦", "GTM": "危地马拉", "MLT": "马耳他", "PYF": "法属波利尼西亚",
    "DOM": "多米尼加",
}
#: More names the news uses for a country (short forms, older names).
EXTRA_ZH = {
    "IDN": ["印尼"], "SAU": ["沙特"], "ARE": ["阿拉伯联合酋长国"], "AUS": ["澳洲"],
    "USA": ["美利坚合众国"], "GBR": ["大不列颠及北爱尔兰联合王国"], "NZL": ["纽西兰"],
    "PHL": ["菲律宾共和国"], "MYS": ["大马"], "KOR": ["南韩"], "VNM": ["越南社会主义共和国"],
    "RUS": ["俄罗斯联邦", "俄国"], "DEU": ["德意志联邦共和国"], "TUR": ["土耳其共和国"],
    "KAZ": ["哈萨克"], "MMR": ["缅甸联邦共和国"], "KHM": ["柬埔寨王国"], "THA": ["泰王国"],
    "BRN": ["文莱达鲁萨兰国"], "SGP": ["新加坡共和国"], "JPN": ["日本国"],
    "BIH": ["波黑"], "SWZ": ["埃斯瓦蒂尼"], "PNG": ["巴新"],
}
#: Two-character names that are also ordinary substrings (增加纳税, 中非合作, 多哥哥):
#: recognised only with the gazetteer's stricter short-name boundary rules.
AMBIGUOUS_SHORT = {"加纳", "中非", "马里", "多哥", "乍得", "汤加", "不丹", "巴林", "阿曼", "也门", "关岛"}

COLUMNS = ["alpha3", "alpha2", "numeric", "name_zh", "full_zh", "name_en", "official_en",
           "aliases_zh", "ambiguous", "source"]


#: misspellings in the iso-codes zh_CN translation
ZH_TYPOS = {"柬埔塞": "柬埔寨"}


def _fix(name: str) -> str:
    for wrong, right in ZH_TYPOS.items():
        name = name.replace(wrong, right)
    return name


def rows() -> list[dict[str, str]]:
    """One row per ISO 3166-1 country or region outside China."""
    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    out = []
    for country in pycountry.countries:
        if country.alpha_3 in SKIP:
            continue
        official = getattr(country, "official_name", "")
        translated = _fix(zh.gettext(country.name))
        short = SHORT_ZH.get(country.alpha_3, translated)
        full = _fix(zh.gettext(official)) if official else ""
        with_guo = [] if short.endswith("国") or short in AMBIGUOUS_SHORT else [short + "国"]
        aliases = [a for a in dict.fromkeys([translated, full, *EXTRA_ZH.get(country.alpha_3, []),
                                             *with_guo]) if a and a != short]
        out.append({
            "alpha3": country.alpha_3, "alpha2": country.alpha_2, "numeric": country.numeric,
            "name_zh": short, "full_zh": full or short,
            "name_en": getattr(country, "common_name", country.name), "official_en": official,
            "aliases_zh": "|".join(a for a in aliases if a != full), "ambiguous":
            "yes" if short in AMBIGUOUS_SHORT else "",
            "source": "ISO 3166-1 (iso-codes via pycountry); zh_CN translation" +
                      ("; short name set by hand" if country.alpha_3 in SHORT_ZH else ""),
        })
    return sorted(out, key=lambda r: r["alpha3"])


def main() -> None:
    """Write the TSV."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("data/reference/countries.tsv"))
    args = parser.parse_args()
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows())


if __name__ == "__main__":
    main()
