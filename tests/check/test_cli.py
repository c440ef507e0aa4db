"""``kg check`` on a built-looking out dir (the fixture dataset dumped as kg.trig)."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.cli.check import EXIT_INCONSISTENT


@pytest.fixture()
def out_dir(tmp_path: Path, mini_store: ox.Store) -> Path:
    mini_store.dump(tmp_path / "kg.trig", format=ox.RdfFormat.TRIG)
    return tmp_path


def test_check_cli_table_shows_status_sentence_and_computed_value(out_dir: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--data", str(out_dir)])
    assert result.exit_code == 0, result.output
    line = next(ln for ln in result.output.splitlines() if "d-modified.md" in ln)
    assert line.split()[:5] == ["inconsistent", "ZonesInPlace", "浙江省", "13", "12"]
    assert "浙江共有13个综试区，率先实现省域全覆盖。" in line
    assert "(12 rows)" in result.output
    assert "Conflicting figures" in result.output


def test_check_cli_json_has_queries_and_figure_conflicts(out_dir: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--data", str(out_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    by_claim = {c["claim"].rsplit("/", 1)[1]: c for c in report["claims"]}
    assert by_claim["cccc-nat"]["status"] == "inconsistent"
    assert by_claim["cccc-nat"]["computed_value"] == 16
    assert "SELECT" in by_claim["cccc-nat"]["query"]
    assert [(f["about_label"], f["values"]) for f in report["figure_conflicts"]] == [
        ("浙江省", ["330200000000", "330290000000"])
    ]


def test_check_cli_as_of_rechecks_every_claim_on_that_date(out_dir: Path) -> None:
    args = ["check", "--data", str(out_dir), "--format", "json", "--as-of", "2023-03-01"]
    report = json.loads(CliRunner().invoke(main, args).output)
    by_claim = {c["claim"].rsplit("/", 1)[1]: c for c in report["claims"]}
    assert (by_claim["bbbb-nat"]["status"], by_claim["bbbb-nat"]["as_of"]) == (
        "inconsistent",
        "2023-03-01",
    )


def test_check_cli_fail_on_inconsistent_sets_exit_status(out_dir: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--data", str(out_dir), "--fail-on-inconsistent"])
    assert result.exit_code == EXIT_INCONSISTENT


def test_check_cli_rejects_a_bad_date(out_dir: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--data", str(out_dir), "--as-of", "2023-13-01"])
    assert result.exit_code == 2
    assert "'2023-13-01' is not a date" in result.output


def test_check_cli_missing_data_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--data", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")
