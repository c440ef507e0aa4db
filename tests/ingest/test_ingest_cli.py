"""``kg ingest`` through click's CliRunner: good files written, bad ones listed, exit 3."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.cli._common import EXIT_PARTIAL

BAD = Path(__file__).resolve().parents[2] / "tests" / "data" / "bad"


def _mixed_dir(tmp_path: Path, seed_paths: tuple[Path, Path]) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for path in (*seed_paths, BAD / "yaml-bomb.md", BAD / "empty.md"):
        shutil.copy(path, src / path.name)
    return src


def test_ingest_cli_writes_good_lists_bad_exits_partial(
    tmp_path: Path, seed_paths: tuple[Path, Path]
) -> None:
    src, out = _mixed_dir(tmp_path, seed_paths), tmp_path / "out" / "articles.jsonl"
    result = CliRunner().invoke(main, ["ingest", str(src), "-o", str(out)])
    assert result.exit_code == EXIT_PARTIAL, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["source"]).name for r in records] == sorted(p.name for p in seed_paths)
    assert records[0]["published"] == "2022-02-10T07:07:39+00:00"
    assert records[0]["editor"] == "张亚楠"
    bad_lines = [line for line in result.stderr.splitlines() if line.startswith(str(src))]
    assert [line.split(": ")[0] for line in bad_lines] == [
        str(src / "empty.md"),
        str(src / "yaml-bomb.md"),
    ]
    assert f"{src / 'empty.md'}: file is empty (0 bytes)" in result.stderr
    assert "Error:" not in result.stderr
    assert not list(out.parent.glob(".*.tmp"))


def test_ingest_cli_refuses_to_overwrite_without_force(
    tmp_path: Path, seed_paths: tuple[Path, Path]
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(seed_paths[0], src / seed_paths[0].name)
    out = tmp_path / "articles.jsonl"
    out.write_text("keep me\n", encoding="utf-8")
    refused = CliRunner().invoke(main, ["ingest", str(src), "-o", str(out)])
    assert refused.exit_code == 1
    assert f"Error: {out} exists: pass --force to overwrite it" in refused.stderr
    assert out.read_text(encoding="utf-8") == "keep me\n"
    forced = CliRunner().invoke(main, ["ingest", str(src), "-o", str(out), "--force"])
    assert forced.exit_code == 0, forced.output
    assert json.loads(out.read_text(encoding="utf-8"))["title"].startswith("国务院批复同意")


def test_ingest_cli_strict_stops_at_first_bad_file(
    tmp_path: Path, seed_paths: tuple[Path, Path]
) -> None:
    src, out = _mixed_dir(tmp_path, seed_paths), tmp_path / "articles.jsonl"
    result = CliRunner().invoke(main, ["ingest", str(src), "-o", str(out), "--strict"])
    assert result.exit_code == 1
    assert f"Error: {src / 'empty.md'}: file is empty" in result.stderr
    assert not out.exists()


def test_ingest_cli_help_ends_with_example() -> None:
    result = CliRunner().invoke(main, ["ingest", "--help"])
    assert result.exit_code == 0
    assert "Example:\n      kg ingest data/articles -o build/articles.jsonl" in result.output
