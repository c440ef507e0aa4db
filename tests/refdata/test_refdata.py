"""Reference data: loading, name lookups, consistency checks, provisional batch 8, CLI."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

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
    assert levels["country"] == 1
    assert len(ref.zones) == 165
    assert sorted(ref.batches) == [1, 2, 3, 4, 5, 6, 7]
    assert [ref.batches[n].cumulative_total for n in range(1, 8)] == [1, 13, 35, 59, 105, 132, 165]


def test_load_reference_is_cached_per_directory() -> None:
    assert load_reference() is load_reference(default_data_dir())
    assert load_reference() is not load_reference(include_provisional=True)


def test_validate_reference_clean_data_has_no_problems() -> None:
    assert validate_reference(load_reference()) == []
    assert validate_reference(load_reference(include_provisional=True)) == []


def test_unconfirmed_zones_are_the_six_rechecked_rows() -> None:
    ref = load_reference()
    unconfirmed = {ref.places[z.place_code].name_zh for z in ref.zones.values()
                   if z.confidence == "unconfirmed"}
    assert unconfirmed == {"焦作市", "许昌市", "柳州市", "铜仁市", "大理白族自治州", "伊犁哈萨克自治州"}


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


def test_provisional_batch8_only_on_request() -> None:
    default = load_reference()
    full = load_reference(include_provisional=True)
    assert 8 not in default.batches
    assert full.batches[8].confidence == "provisional"
    provisional = [z for z in full.zones.values() if z.batch == 8]
    assert len(provisional) == 16 and {z.confidence for z in provisional} == {"provisional"}
    assert full.zone_for_place("152501").batch == 8  # 二连浩特


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
    path.write_text(path.read_text(encoding="utf-8").replace("2022-02-08", "2022-02-30"),
                    encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"documents.tsv:\d+: column 'publication_date'"):
        read_reference(ref_copy)


def test_read_reference_missing_file_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="prepare.py"):
        read_reference(tmp_path)


def test_cli_reference_prints_counts_and_exits_zero() -> None:
    from kg.cli import main

    result = CliRunner().invoke(main, ["reference", "--no-shacl"])
    assert result.exit_code == 0, result.output
    assert "zones: 165" in result.output
    assert "zones unconfirmed: 6" in result.output
    assert "prefecture 333" in result.output


def test_cli_reference_broken_data_exits_one(ref_copy: Path) -> None:
    from kg.cli import main

    _edit_zone(ref_copy, "330700", "place_code", "339999")
    result = CliRunner().invoke(main, ["reference", "--data-dir", str(ref_copy), "--validate-only"])
    assert result.exit_code == 1
    assert "339999" in result.output
