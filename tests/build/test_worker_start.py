"""A worker process that cannot start ends the build with its error (no restart loop)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import worker

ROOT = Path(__file__).resolve().parents[2]
SEEDS = [
    ROOT / "data" / "articles" / "2022-02-10-jinhua-zhoushan.md",
    ROOT / "data" / "articles" / "2022-04-21-mofcom-132-zones.md",
]
#: a hang guard, not a timing: the build ends in seconds, the old pool looped forever.
HANG_GUARD_S = 120


@pytest.fixture()
def broken_data(tmp_path: Path) -> Path:
    """A copy of data/ whose reference lacks places.tsv."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "reference", data / "reference")
    shutil.copytree(ROOT / "data" / "gazetteer", data / "gazetteer")
    (data / "reference" / "places.tsv").unlink()
    return data


@pytest.mark.slow
def test_build_with_two_jobs_stops_when_workers_cannot_start(
    broken_data: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "KG_DATA_DIR": str(broken_data)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "build",
            *map(str, SEEDS),
            "-o",
            str(tmp_path / "out"),
            "--jobs",
            "2",
            "--no-html",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_S,
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"Error: {broken_data / 'reference' / 'places.tsv'}: reference file missing; "
        "regenerate it with data/reference/tools/prepare.py or point KG_DATA_DIR at a data "
        "directory that has reference/"
    ]


def test_start_error_is_kept_and_raised_by_each_task(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.errors import ReferenceDataError

    def fail() -> None:
        raise ReferenceDataError("places.tsv: reference file missing")

    monkeypatch.setattr(worker, "warm_up", fail)
    monkeypatch.setattr(worker, "_START_ERROR", [])
    worker.start_worker()
    for _ in range(2):
        with pytest.raises(ReferenceDataError, match="places.tsv: reference file missing"):
            worker.check_started()


def test_start_error_that_cannot_travel_becomes_a_kg_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.errors import InputError, KgError

    def fail() -> None:
        raise InputError("a.md", "unreadable")  # two-argument __init__: does not unpickle

    monkeypatch.setattr(worker, "warm_up", fail)
    monkeypatch.setattr(worker, "_START_ERROR", [])
    worker.start_worker()
    with pytest.raises(KgError, match="^a.md: unreadable$"):
        worker.check_started()


def test_resources_follow_kg_data_dir_together(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from kg.refdata import load_reference

    monkeypatch.delenv("KG_DATA_DIR", raising=False)
    first = worker.warm_up()
    assert worker.warm_up() is first  # built once per process
    assert first.reference is load_reference()
    copy = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "reference", copy / "reference")
    shutil.copytree(ROOT / "data" / "gazetteer", copy / "gazetteer")
    monkeypatch.setenv("KG_DATA_DIR", str(copy))
    moved = worker.warm_up()
    assert moved is not first and moved.data_dir == copy
    assert moved.reference is load_reference(copy)
    monkeypatch.delenv("KG_DATA_DIR")
    assert worker.warm_up().data_dir == ROOT / "data"
