"""kg.build: outputs, determinism, incremental == clean, bad input, locks (issues 3, 8, 9)."""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from kg.build import build_corpus
from kg.build.state import BuildLock
from kg.cli import main
from kg.errors import InputError, OutputError
from tests.conftest import ARTICLES_DIR, SEED_JINHUA, SEED_MOFCOM

KGR = "https://w3id.org/pilot-zone-kg/id/"


def _copy_articles(dst: Path, names: list[str] | None = None) -> Path:
    dst.mkdir(parents=True, exist_ok=True)
    for path in sorted(ARTICLES_DIR.glob("*.md")):
        if names is None or path.name in names:
            shutil.copy2(path, dst / path.name)
    return dst


def _outputs(out: Path) -> tuple[bytes, bytes]:
    return (out / "kg.trig").read_bytes(), (out / "kg.ttl").read_bytes()


def test_build_outputs_parse_in_pyoxigraph_and_rdflib(built_out: Path) -> None:
    store = ox.Store()
    store.bulk_load(path=str(built_out / "kg.trig"), format=ox.RdfFormat.TRIG)
    graphs = {str(g) for g in store.named_graphs()}
    assert f"<{KGR}graph/reference>" in graphs
    assert sum(g.startswith(f"<{KGR}graph/article/") for g in graphs) == len(
        list(ARTICLES_DIR.glob("*.md"))
    )
    ttl = rdflib.Graph().parse(built_out / "kg.ttl", format="turtle")
    report = json.loads((built_out / "report.json").read_text(encoding="utf-8"))
    assert len(ttl) == report["triples"]
    assert report["articles"]["failed"] == 0
    assert report["quads"] == len(store)


def test_build_trig_has_no_graph_keyword_and_no_xsd_string(built_out: Path) -> None:
    text = (built_out / "kg.trig").read_text(encoding="utf-8")
    assert "GRAPH" not in text
    assert "XMLSchema#string" not in text and "xsd:string" not in text
    assert "\\/" not in text  # no escaped slashes in local names (raptor, Virtuoso)


def test_build_same_bytes_whatever_file_order_or_jobs(tmp_path: Path) -> None:
    files = sorted(ARTICLES_DIR.glob("*.md"))
    shuffled = files[:]
    random.Random(7).shuffle(shuffled)
    build_corpus(files, tmp_path / "a", jobs=1)
    build_corpus(shuffled, tmp_path / "b", jobs=2)
    assert _outputs(tmp_path / "a") == _outputs(tmp_path / "b")


def test_build_incremental_equals_clean_build(tmp_path: Path) -> None:
    src = _copy_articles(tmp_path / "src")
    out = tmp_path / "inc"
    build_corpus([src], out)
    # change one article, delete one, add one
    changed = src / SEED_MOFCOM.name
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("132个", "133个"), encoding="utf-8"
    )
    (src / "001.md").unlink()
    shutil.copy2(SEED_JINHUA, src / "zz-copy-under-new-name.md")
    report = build_corpus([src], out)
    assert report.built == 2 and report.reused == len(list(src.glob("*.md"))) - 2
    assert report.duplicates == 1  # the copy has the same title and date as the seed
    clean = build_corpus([src], tmp_path / "clean")
    assert clean.built == len(list(src.glob("*.md")))
    assert _outputs(out) == _outputs(tmp_path / "clean")


def test_build_unchanged_corpus_is_up_to_date(tmp_path: Path) -> None:
    src = _copy_articles(tmp_path / "src", [SEED_JINHUA.name, SEED_MOFCOM.name])
    first = build_corpus([src], tmp_path / "out")
    before = _outputs(tmp_path / "out")
    second = build_corpus([src], tmp_path / "out")
    assert second.up_to_date and second.built == 0 and second.reused == 2
    assert second.triples == first.triples
    assert _outputs(tmp_path / "out") == before


def test_build_bad_files_are_reported_and_good_ones_built(tmp_path: Path) -> None:
    src = _copy_articles(tmp_path / "src", [SEED_JINHUA.name, SEED_MOFCOM.name])
    (src / "empty.md").write_bytes(b"")
    (src / "not-yaml.md").write_text("not yaml\n", encoding="utf-8")
    (src / "binary.md").write_bytes(bytes(range(256)) * 20)
    result = CliRunner().invoke(
        main, ["build", str(src), "-o", str(tmp_path / "out"), "--no-html", "--no-shacl", "-q"]
    )
    assert result.exit_code == 3, result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["articles"]["built"] == 2
    assert sorted(e["file"] for e in report["errors"]) == ["binary.md", "empty.md", "not-yaml.md"]
    assert all(e["error"].startswith(e["file"] + ": ") for e in report["errors"])
    assert all("\n" not in e["error"] for e in report["errors"])
    assert "Traceback" not in result.output


def test_build_strict_stops_at_first_bad_file(tmp_path: Path) -> None:
    src = _copy_articles(tmp_path / "src", [SEED_JINHUA.name])
    (src / "0-empty.md").write_bytes(b"")
    with pytest.raises(InputError, match=r"^0-empty\.md: "):
        build_corpus([src], tmp_path / "out", strict=True)
    assert not (tmp_path / "out" / "kg.trig").exists()


def test_build_refuses_foreign_outputs_without_force(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "kg.ttl").write_text("# someone else's file\n", encoding="utf-8")
    with pytest.raises(OutputError, match="use --force"):
        build_corpus([SEED_JINHUA], out)
    assert (out / "kg.ttl").read_text(encoding="utf-8") == "# someone else's file\n"
    build_corpus([SEED_JINHUA], out, force=True)
    assert (out / "kg.ttl").read_text(encoding="utf-8").startswith("@prefix")


def test_build_refuses_a_concurrent_build(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with BuildLock(out):  # another build holds the lock (a second open file: flock refuses)
        with pytest.raises(OutputError, match=rf"another build \(pid {os.getpid()}\) is writing"):
            build_corpus([SEED_JINHUA], out)
    assert not (out / ".kg.lock").exists()


def test_build_ignores_a_lock_file_no_process_holds(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / ".kg.lock").write_text(str(os.getppid()), encoding="utf-8")  # left, not locked
    report = build_corpus([SEED_JINHUA], out)
    assert report.built == 1 and not (out / ".kg.lock").exists()


def test_build_removes_temporary_files_a_killed_build_left(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_corpus([SEED_JINHUA], out)
    leftovers = [out / ".kg.ttl.abc.tmp", out / ".kg-cache" / "graphs" / ".x.nq.def.tmp"]
    for path in leftovers:
        path.write_text("half-written", encoding="utf-8")
    (out / ".kg-cache" / "sort-old").mkdir()
    build_corpus([SEED_JINHUA, SEED_MOFCOM], out)
    assert not any(p.exists() for p in leftovers)
    assert not (out / ".kg-cache" / "sort-old").exists()


def test_build_duplicate_keeps_the_first_files_graph(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy2(SEED_JINHUA, src / "a-first.md")
    shutil.copy2(SEED_JINHUA, src / "b-second.md")  # same title and date: a duplicate
    report = build_corpus([src], tmp_path / "out")
    assert report.duplicates == 1
    assert "b-second.md: same title and date as a-first.md; kept the first" in report.warnings
    trig = (tmp_path / "out" / "kg.trig").read_text(encoding="utf-8")
    assert '"a-first.md"' in trig and '"b-second.md"' not in trig
    # the same after an incremental rebuild that touches only the duplicate
    (src / "b-second.md").write_bytes((src / "b-second.md").read_bytes() + b"\n")
    build_corpus([src], tmp_path / "out")
    trig = (tmp_path / "out" / "kg.trig").read_text(encoding="utf-8")
    assert '"a-first.md"' in trig and '"b-second.md"' not in trig


def test_build_summary_lists_only_files_written(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        ["build", str(SEED_JINHUA), "-o", str(tmp_path / "out"), "--no-html", "--no-shacl", "-q"],
    )
    assert result.exit_code == 0, result.output
    files_line = next(line for line in result.output.splitlines() if line.startswith("files:"))
    assert "kg.trig" in files_line and "report.json" in files_line
    assert "kg.html" not in result.output
