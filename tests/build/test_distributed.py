"""kg.build.distributed: the build on a local Dask cluster of 2 workers (issue 8 item 4).

One cluster is started for the module and used through its scheduler address (the
path a real cluster takes); one test lets ``build_distributed`` start its own.
"""

from __future__ import annotations

import json
import logging
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.build import build_corpus
from kg.build.distributed import INSTALL_HINT, build_distributed, partition
from kg.cli import main
from kg.errors import ConfigError
from tests.conftest import ARTICLES_DIR, SEED_JINHUA

KGR = "https://w3id.org/pilot-zone-kg/id/"
BAD_DIR = Path(__file__).resolve().parents[1] / "data" / "bad"


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a LocalCluster with 2 worker processes, 1 thread each."""
    from distributed import Client, LocalCluster

    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",
        silence_logs=logging.ERROR,
    )
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        client.wait_for_workers(2)
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def dask_out(tmp_path_factory: pytest.TempPathFactory, scheduler: str) -> Path:
    """data/articles built on the cluster in 5 partitions (merged too)."""
    out = tmp_path_factory.mktemp("dask") / "out"
    build_distributed([ARTICLES_DIR], out, scheduler=scheduler, partitions=5)
    return out


def _quads(files: list[Path]) -> set[ox.Quad]:
    found: set[ox.Quad] = set()
    for path in files:
        fmt = ox.RdfFormat.TRIG if path.suffix == ".trig" else ox.RdfFormat.N_QUADS
        found.update(ox.parse(path=str(path), format=fmt))
    return found


def _parts(out: Path) -> list[Path]:
    return sorted((out / "parts").glob("*.nq"))


def _copy(dst: Path, *paths: Path) -> Path:
    dst.mkdir(parents=True, exist_ok=True)
    for path in paths:
        shutil.copy2(path, dst / path.name)
    return dst


def test_partition_contiguous_balanced_and_capped() -> None:
    items = list(range(11))
    slices = partition(items, 4)
    assert [len(s) for s in slices] == [3, 3, 3, 2]
    assert [x for s in slices for x in s] == items
    assert partition(items[:2], 5) == [[0], [1]]
    with pytest.raises(ConfigError, match="--partitions is 0"):
        partition(items, 0)


@pytest.mark.slow
def test_build_distributed_parts_union_equals_local_build(dask_out: Path, built_out: Path) -> None:
    parts = _parts(dask_out)
    assert [p.name for p in parts] == [f"part-0000{i}.nq" for i in range(5)] + [
        "part-build.nq",
        "part-reference.nq",
    ]
    assert _quads(parts) == _quads([built_out / "kg.trig"])
    # each part holds whole graphs, in graph-IRI order, with no graph in two parts
    seen: set[str] = set()
    for part in parts:
        graphs = [str(q.graph_name) for q in ox.parse(path=str(part), format=ox.RdfFormat.N_QUADS)]
        blocks = [g for i, g in enumerate(graphs) if i == 0 or graphs[i - 1] != g]
        assert blocks == sorted(set(blocks)) and not seen & set(blocks)
        seen |= set(blocks)


@pytest.mark.slow
def test_build_distributed_merge_same_bytes_as_local_build(dask_out: Path, built_out: Path) -> None:
    for name in ("kg.trig", "kg.ttl"):
        assert (dask_out / name).read_bytes() == (built_out / name).read_bytes()
    mine = json.loads((dask_out / "report.json").read_text(encoding="utf-8"))
    local = json.loads((built_out / "report.json").read_text(encoding="utf-8"))
    for key in ("articles", "triples", "quads", "graphs", "entities_by_type", "errors"):
        assert mine[key] == local[key], key
    manifest = json.loads((dask_out / "parts" / "_manifest.json").read_text(encoding="utf-8"))
    assert sorted(manifest["files"]) == sorted(p.name for p in ARTICLES_DIR.glob("*.md"))
    assert [p["name"] for p in manifest["parts"]] == [p.name for p in _parts(dask_out)]


def test_build_distributed_reports_shacl_like_local_build(dask_out: Path, built_out: Path) -> None:
    mine = json.loads((dask_out / "report.json").read_text(encoding="utf-8"))["shacl"]
    local = json.loads((built_out / "report.json").read_text(encoding="utf-8"))["shacl"]
    assert mine == local
    assert mine["article_graphs_checked"] == len(list(ARTICLES_DIR.glob("*.md")))
    assert mine["article_graphs_not_checked"] == 0 and mine["reference_conforms"] is True


@pytest.mark.slow
def test_build_distributed_own_local_cluster_gives_same_parts(
    dask_out: Path, tmp_path: Path
) -> None:
    report = build_distributed([ARTICLES_DIR], tmp_path / "out", partitions=5, merge=False)
    assert report.scheduler.startswith("local") and report.built == len(
        list(ARTICLES_DIR.glob("*.md"))
    )
    assert not (tmp_path / "out" / "kg.trig").exists()
    assert [p.read_bytes() for p in _parts(tmp_path / "out")] == [
        p.read_bytes() for p in _parts(dask_out)
    ]


@pytest.mark.slow
def test_build_distributed_bad_file_reported_rest_built(scheduler: str, tmp_path: Path) -> None:
    src = _copy(tmp_path / "src", SEED_JINHUA, BAD_DIR / "bad-date.md", ARTICLES_DIR / "001.md")
    out = tmp_path / "out"
    report = build_distributed([src], out, scheduler=scheduler, partitions=3)
    assert (report.found, report.built, report.failed) == (3, 2, 1)
    errors = json.loads((out / "report.json").read_text(encoding="utf-8"))["errors"]
    assert [e["file"] for e in errors] == ["bad-date.md"]
    assert errors[0]["error"].startswith("bad-date.md: ") and "\n" not in errors[0]["error"]
    local = build_corpus([src], tmp_path / "local")
    assert local.errors == report.errors
    assert _quads(_parts(out)) == _quads([tmp_path / "local" / "kg.trig"])


@pytest.mark.slow
def test_build_distributed_duplicate_in_later_part_kept_once(
    scheduler: str, tmp_path: Path
) -> None:
    src = _copy(tmp_path / "src", SEED_JINHUA, ARTICLES_DIR / "001.md")
    shutil.copy2(SEED_JINHUA, src / "zz-copy.md")  # same title and date, own partition
    report = build_distributed([src], tmp_path / "out", scheduler=scheduler, partitions=3)
    assert report.duplicates == 1 and report.graphs == 2 + 2
    assert report.shacl["article_graphs_checked"] == 2  # the dropped copy is not counted
    assert any(w.startswith("zz-copy.md: same title and date as") for w in report.warnings)
    source_files = {
        str(q.object)
        for q in _quads(_parts(tmp_path / "out"))
        if q.predicate.value.endswith("sourceFile")
    }
    assert '"zz-copy.md"' not in source_files and f'"{SEED_JINHUA.name}"' in source_files


@pytest.mark.slow
def test_build_dask_cli_then_load_parts_zhejiang_12(
    dask_out: Path, scheduler: str, tmp_path: Path
) -> None:
    runner = CliRunner()
    out = tmp_path / "out"
    built = runner.invoke(
        main,
        [
            "build-dask",
            str(ARTICLES_DIR),
            "-o",
            str(out),
            "--scheduler",
            scheduler,
            "--partitions",
            "3",
            "--no-merge",
        ],
    )
    assert built.exit_code == 0, built.output
    assert "3 partitions" in built.output and not (out / "kg.trig").exists()
    assert "shacl:    conforms: 36 article graph(s) and the reference graph checked" in built.output
    loaded = runner.invoke(
        main, ["load", "--store", str(tmp_path / "store"), "--data", str(out / "parts")]
    )
    assert loaded.exit_code == 0, loaded.output
    answer = runner.invoke(
        main, ["query", "zones-by-province", "--data", str(tmp_path / "store"), "--format", "json"]
    )
    assert answer.exit_code == 0, answer.output
    rows = {r["province"]: r["zones"] for r in json.loads(answer.stdout)}
    assert rows["浙江省"] == 12


@pytest.mark.slow
def test_build_dask_cli_exit_3_and_error_line_for_bad_file(scheduler: str, tmp_path: Path) -> None:
    src = _copy(tmp_path / "src", SEED_JINHUA, BAD_DIR / "empty.md")
    result = CliRunner().invoke(
        main, ["build-dask", str(src), "-o", str(tmp_path / "out"), "--scheduler", scheduler]
    )
    assert result.exit_code == 3
    assert "empty.md: " in result.stderr and "1 failed" in result.stdout


@pytest.mark.slow
def test_build_dask_cli_no_shacl_says_so(scheduler: str, tmp_path: Path) -> None:
    src = _copy(tmp_path / "src", SEED_JINHUA)
    out = tmp_path / "out"
    args = ["build-dask", str(src), "-o", str(out), "--scheduler", scheduler, "--no-shacl"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "shacl:    not checked (--no-shacl)" in result.stdout
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["shacl"] == {
        "skipped": "--no-shacl"
    }


def test_build_distributed_without_dask_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed → ImportError
    with pytest.raises(ConfigError, match=INSTALL_HINT.replace("[", r"\[").replace("]", r"\]")):
        build_distributed([SEED_JINHUA], tmp_path / "out")
    assert not (tmp_path / "out").exists()
