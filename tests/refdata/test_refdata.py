"""Reference data: loading, name lookups, consistency checks, batch 8 and revocations, CLI."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import iris
from kg.errors import ReferenceDataError
from kg.refdata import (
    default_data_dir,
    load_reference,
    number_slug,
    read_reference,
    validate_reference,
)

REF_DIR = default_data_dir() / "reference"


@pytest.fixture()
def ref_copy(tmp_path: Path) -> Path:
    """A writable copy of data/reference/ to break on purpose."""
    target = tmp_path / "reference"
    shutil.copytree(REF_DIR, target)
    return target


def _edit_zone(ref_dir: Path, place_code: str, column: str, value: str) -> None:
    path = ref_dir / "zones.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    out = [lines[0]]
    for line in lines[1:]:
        cells = line.split("\t")
        if cells[header.index("place_code")] == place_code:
            cells[header.index(column)] = value
        out.append("\t".join(cells))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def test_load_reference_counts_and_levels() -> None:
    ref = load_reference()
    levels = Counter(p.level for p in ref.places.values())
    assert levels["province"] == 34
    assert levels["prefecture"] == 333
    # China (156) and 245 ISO 3166-1 countries and regions (not 台湾/香港/澳门, Chinese places)
    assert levels["country"] == 246
    assert ref.places["iso-usa"].name_zh == "美国" and ref.places["iso-kor"].name_zh == "韩国"
    assert ref.places_by_name("大韩民国") == (ref.places["iso-kor"],)
    assert "iso-chn" not in ref.places and "iso-twn" not in ref.places
    assert ref.places["iso-jpn"].notations == ("JP", "JPN", "392")
    # the press's names where the iso-codes translation differs, the translation kept as alias
    for code, name, alias in (("kgz", "吉尔吉斯斯坦", "吉尔吉斯坦"), ("mlt", "马耳他", "马尔他")):
        assert ref.places[f"iso-{code}"].name_zh == name
        assert ref.places_by_name(alias) == (ref.places[f"iso-{code}"],)
    # every GB/T 2260 county-level division of 2025 (2,850) and the 132 abolished since 2016
    assert levels["county"] == 2850 + 132
    assert len(ref.zones) == 181  # every zone ever created, the 3 revoked ones included
    assert sorted(ref.batches) == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [ref.batches[n].cumulative_total for n in range(1, 9)] == [
        1,
        13,
        35,
        59,
        105,
        132,
        165,
        178,
    ]


def test_load_reference_agreements_and_blocs() -> None:
    ref = load_reference()
    rcep = ref.documents[iris.doc_iri("rcep", is_number_slug=True)]
    assert rcep.title_zh == "区域全面经济伙伴关系协定" and "RCEP" in rcep.aliases_zh
    assert {"cptpp", "depa", "china-asean-fta", "bri"} <= {d.slug for d in ref.documents.values()}
    assert ref.org_by_name("东盟").slug == "asean" and ref.orgs["asean"].kind == "international"
    assert ref.org_by_name("国台办").slug == "taiwan-affairs-office"
    assert ref.org_by_name("国新办").parent == "state-council"


def test_load_reference_is_cached_per_directory() -> None:
    assert load_reference() is load_reference(default_data_dir())


def test_validate_reference_clean_data_has_no_problems() -> None:
    assert validate_reference(load_reference()) == []


@pytest.mark.parametrize(
    ("day", "zones"),
    [
        ("2015-03-06", 0),
        ("2021-12-31", 105),
        ("2022-06-30", 132),
        ("2022-12-31", 165),
        ("2025-04-24", 165),
        ("2025-04-25", 178),
        ("2025-06-30", 178),
    ],
)
def test_zones_in_force_between_effective_and_end_date(day: str, zones: int) -> None:
    assert len(load_reference().zones_in_force(date.fromisoformat(day))) == zones


def test_every_zone_row_has_a_confidence() -> None:
    ref = load_reference()
    counts = Counter(z.confidence for z in ref.zones.values())
    assert counts == {"confirmed": 133, "single-source": 42, "unconfirmed": 6}
    in_force = Counter(z.confidence for z in ref.zones_in_force(date(2025, 6, 30)))
    assert in_force == {"confirmed": 130, "single-source": 42, "unconfirmed": 6}


def test_unconfirmed_zones_are_the_six_rechecked_rows() -> None:
    ref = load_reference()
    unconfirmed = {
        ref.places[z.place_code].name_zh
        for z in ref.zones.values()
        if z.confidence == "unconfirmed"
    }
    assert unconfirmed == {
        "焦作市",
        "许昌市",
        "柳州市",
        "铜仁市",
        "大理白族自治州",
        "伊犁哈萨克自治州",
    }


def test_place_by_name_resolves_short_long_and_english_names() -> None:
    ref = load_reference()
    assert ref.place_by_name("金华").code == "330700"
    assert ref.place_by_name("金华市").code == "330700"
    assert ref.place_by_name("Jinhua").code == "330700"
    assert ref.place_by_name("浙江").code == "330000"
    assert ref.place_by_name("内蒙古").code == "150000"
    assert ref.place_by_name("广西").code == "450000"
    assert ref.place_by_name("大理州").code == "532900"
    assert ref.place_by_name("义乌").parent == "330700"
    assert ref.place_by_name("雄安新区").code == "x-xiongan"
    assert ref.place_by_name("吉林").level == "province"  # 吉林省 wins over 吉林市
    assert ref.place_by_name("不存在的地方") is None


def test_org_by_name_and_hierarchy() -> None:
    ref = load_reference()
    assert ref.org_by_name("MOFCOM").slug == "mofcom"
    assert ref.org_by_name("发改委").slug == "ndrc"
    assert ref.org_by_name("外贸司").parent == "mofcom"
    zhejiang = ref.org_by_name("浙江省人民政府")
    assert zhejiang.slug == "gov-330000" and zhejiang.parent == "state-council"
    assert ref.orgs["commerce-330000"].name_zh == "浙江省商务厅"
    assert sum(1 for o in ref.orgs if o.startswith("gov-") and o[4:].isdigit()) == 31


def test_zone_for_place_and_ancestors() -> None:
    ref = load_reference()
    jinhua = ref.zone_for_place("330700")
    assert jinhua.batch == 6 and jinhua.name_zh == "中国（金华）跨境电子商务综合试验区"
    assert ref.zone_for_place("330782").batch == 3  # 义乌 is its own zone
    assert ref.zone_for_place("330000") is None
    assert [p.code for p in ref.ancestors("330782")] == ["330700", "330000", "156"]


def test_number_slug_known_and_unknown_prefixes() -> None:
    assert number_slug("国函〔2022〕8号") == "guohan-2022-8"
    assert number_slug("国办发〔2021〕24号") == "guobanfa-2021-24"
    assert number_slug("某某〔2021〕1号") is None
    assert number_slug("国函2022年8号") is None


def test_batch8_in_the_default_reference() -> None:
    ref = load_reference()
    assert (
        ref.batches[8].document == "guohan-2025-40" and ref.batches[8].confidence == "single-source"
    )
    batch8 = [z for z in ref.zones.values() if z.batch == 8]
    assert len(batch8) == 16
    confirmed = {ref.places[z.place_code].name_zh for z in batch8 if z.confidence == "confirmed"}
    assert confirmed == {
        "海南全岛",
        "秦皇岛市",
        "三明市",
        "开封市",
        "新乡市",
        "邵阳市",
    }  # BATCH7-8.md §4
    assert ref.zone_for_place("152501").batch == 8  # 二连浩特


def test_revocations_are_dated_facts_with_their_own_confidence() -> None:
    ref = load_reference()
    ended = {ref.places[z.place_code].name_zh: z for z in ref.zones.values() if z.end_date}
    assert sorted(ended) == ["三亚市", "海口市", "阿拉山口市"]
    assert {(z.end_date, z.ended_by, z.end_confidence) for z in ended.values()} == {
        (date(2025, 4, 25), "guohan-2025-40", "single-source")
    }
    assert ended["海口市"].absorbed_into == ("x-hainan-island",)
    assert ended["阿拉山口市"].absorbed_into == ("652700",)
    assert (
        ended["海口市"].confidence == "confirmed"
    )  # its creation is sure; its end rests on one source


def _edit_revocation(ref_dir: Path, place_code: str, column: str, value: str) -> None:
    path = ref_dir / "revocations.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    out = [lines[0]]
    for line in lines[1:]:
        cells = line.split("\t")
        if cells[header.index("place_code")] == place_code:
            cells[header.index(column)] = value
        out.append("\t".join(cells))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def test_validate_reference_reports_bad_revocations(ref_copy: Path) -> None:
    _edit_revocation(ref_copy, "460100", "document", "guohan-2025-99")
    _edit_revocation(ref_copy, "460200", "end_date", "2019-01-01")
    _edit_revocation(ref_copy, "652702", "absorbed_into", "110101")
    _edit_zone(ref_copy, "330100", "confidence", "probable")
    text = "\n".join(validate_reference(read_reference(ref_copy)))
    assert "document 'guohan-2025-99' is not in documents.tsv" in text
    assert "end_date 2019-01-01 is before 国函〔2025〕40号 took effect" in text
    assert "end_date 2019-01-01 is not after the zone took effect (2020-04-27)" in text
    assert "absorbed_into '110101' is not a zone in zones.tsv" in text
    assert "confidence is 'probable'" in text


def test_validate_reference_checks_running_total_less_revoked(ref_copy: Path) -> None:
    path = ref_copy / "revocations.tsv"
    header = path.read_text(encoding="utf-8").splitlines()[0]
    path.write_text(header + "\n", encoding="utf-8")  # forget the three revocations
    text = "\n".join(validate_reference(read_reference(ref_copy)))
    assert (
        "batch 8: cumulative_total is 178 but the zone counts of batches 1..8 (181) give 181"
        in text
    )


def test_read_reference_revocation_of_unknown_zone_names_file_and_line(ref_copy: Path) -> None:
    _edit_revocation(ref_copy, "460100", "place_code", "339999")
    with pytest.raises(
        ReferenceDataError, match=r"revocations.tsv:2: zone cbec-339999 is not in zones.tsv"
    ):
        read_reference(ref_copy)


def test_validate_reference_reports_unknown_place_and_missing_batch(ref_copy: Path) -> None:
    _edit_zone(ref_copy, "330700", "place_code", "339999")
    _edit_zone(ref_copy, "330900", "batch", "")
    problems = validate_reference(read_reference(ref_copy))
    text = "\n".join(problems)
    assert "place '339999' is not in places.tsv" in text
    assert "中国（舟山）跨境电子商务综合试验区" in text and "batch is empty" in text
    assert "batch 6: zone_count is 27 but zones.tsv has 26 rows" in text


def test_read_reference_bad_date_names_file_and_line(ref_copy: Path) -> None:
    path = ref_copy / "documents.tsv"
    path.write_text(
        path.read_text(encoding="utf-8").replace("2022-02-08", "2022-02-30"), encoding="utf-8"
    )
    with pytest.raises(ReferenceDataError, match=r"documents.tsv:\d+: column 'publication_date'"):
        read_reference(ref_copy)


def test_read_reference_missing_file_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="prepare.py"):
        read_reference(tmp_path)


def test_cli_reference_prints_counts_and_exits_zero() -> None:
    from kg.cli import main

    result = CliRunner().invoke(main, ["reference", "--no-shacl"])
    assert result.exit_code == 0, result.output
    assert "zones: 181 " in result.output
    assert "zones unconfirmed: 6" in result.output
    assert "prefecture 333" in result.output and "county 2850" in result.output
    assert "places abolished since, kept for older articles: county 132" in result.output
    today = date.today().isoformat()
    assert f"zones in force on {today}: 178 (single-source 42, unconfirmed 6)" in result.output
    assert "revoked zones: 3 (single-source 3)" in result.output


def test_cli_reference_date_gives_the_count_of_that_day() -> None:
    from kg.cli import main

    result = CliRunner().invoke(main, ["reference", "--no-shacl", "--date", "2022-12-31"])
    assert result.exit_code == 0, result.output
    assert "zones in force on 2022-12-31: 165 (single-source 32, unconfirmed 6)" in result.output


def test_cli_reference_provisional_is_a_noop_with_a_note() -> None:
    from kg.cli import main

    result = CliRunner().invoke(main, ["reference", "--no-shacl", "--provisional"])
    assert result.exit_code == 0, result.output
    assert "--provisional is no longer needed" in result.stderr
    assert "zones: 181 " in result.stdout


def test_cli_reference_broken_data_exits_one(ref_copy: Path) -> None:
    from kg.cli import main

    _edit_zone(ref_copy, "330700", "place_code", "339999")
    result = CliRunner().invoke(main, ["reference", "--data-dir", str(ref_copy), "--validate-only"])
    assert result.exit_code == 1
    assert "339999" in result.output
