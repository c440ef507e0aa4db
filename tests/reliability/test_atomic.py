"""Atomic outputs: an interrupted or failing build never leaves a half-written graph.

A build of 2 articles is the "previous" output; a second build over 300 more (retitled
copies of the bundled articles) is interrupted half-way with SIGTERM or SIGKILL. The
previous kg.trig / kg.ttl / report.json must stay byte-identical and loadable, worker
processes must go away, the lock must not block the next build, and that next build
must equal a clean one. A second concurrent build is refused with the lock message.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil
import pyoxigraph as ox
import pytest

from kg.build import build_corpus
from kg.errors import OutputError
from tests.conftest import ROOT, SEED_JINHUA, SEED_MOFCOM
from tests.reliability.articles import copy_articles, retitled_copies

OUTPUTS = ("kg.trig", "kg.ttl", "report.json")
COPIES = 300


def _snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def _start_build(src: Path, out: Path, jobs: int = 2) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    log = (out.parent / "build-stderr.log").open("wb")  # a file, not a pipe that could fill up
    with log:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kg",
                "build",
                str(src),
                "-o",
                str(out),
                "-j",
                str(jobs),
                "--no-html",
                "--no-shacl",
                "-q",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )


def _stderr(out: Path) -> str:
    return (out.parent / "build-stderr.log").read_text(encoding="utf-8", errors="replace")[-2000:]


def _wait_for(
    proc: subprocess.Popen[bytes], out: Path, ready: Callable[[], bool], timeout: float = 300
) -> None:
    """Poll until ``ready()`` is true; fail if the build ends or time runs out first."""
    deadline = time.monotonic() + timeout
    while not ready():
        if proc.poll() is not None:
            pytest.fail(f"build ended (rc {proc.returncode}) before the interrupt: {_stderr(out)}")
        if time.monotonic() > deadline:
            proc.kill()
            proc.wait(timeout=30)
            pytest.fail(
                f"build did not reach the interrupt point in {timeout:g} s: {_chunks(out)} "
                f"chunks, lock {(out / '.kg.lock').exists()}, stderr {_stderr(out)!r}"
            )
        time.sleep(0.01)


def _chunks(out: Path) -> int:
    return len(list((out / ".kg-cache" / "graphs").glob("*.kgc")))


@pytest.fixture
def previous(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    """A finished 2-article build in ``out``, then 300 more articles added to ``src``."""
    src = copy_articles(tmp_path / "src", [SEED_JINHUA.name, SEED_MOFCOM.name])
    out = tmp_path / "out"
    build_corpus([src], out, jobs=1)
    before = _snapshot(out)
    retitled_copies(src, COPIES)
    return src, out, before


@pytest.fixture(scope="module")
def clean_build(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The same 302-article corpus built in one go (paths differ; bytes must not)."""
    root = tmp_path_factory.mktemp("clean")
    src = copy_articles(root / "src", [SEED_JINHUA.name, SEED_MOFCOM.name])
    retitled_copies(src, COPIES)
    build_corpus([src], root / "out", jobs=2)
    return _snapshot(root / "out")


def _assert_intact(out: Path, before: dict[str, bytes]) -> None:
    assert _snapshot(out) == before
    store = ox.Store()
    store.bulk_load(path=str(out / "kg.trig"), format=ox.RdfFormat.TRIG)
    assert len(store) > 0
    ox.Store().bulk_load(path=str(out / "kg.ttl"), format=ox.RdfFormat.TURTLE)


def _assert_children_gone(children: list[psutil.Process]) -> None:
    _gone, alive = psutil.wait_procs(children, timeout=15)
    for proc in alive:  # clean up before failing, so no worker outlives the test
        proc.kill()
    assert not alive, f"worker processes outlived the interrupted build: {[p.pid for p in alive]}"


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_build_interrupted_half_way_keeps_previous_outputs(
    previous: tuple[Path, Path, dict[str, bytes]],
    clean_build: dict[str, bytes],
    sig: signal.Signals,
) -> None:
    src, out, before = previous
    proc = _start_build(src, out)
    _wait_for(proc, out, lambda: _chunks(out) >= 2 + COPIES // 6)
    children = psutil.Process(proc.pid).children(recursive=True)
    proc.send_signal(sig)
    proc.wait(timeout=30)
    assert proc.returncode != 0
    _assert_children_gone(children)
    _assert_intact(out, before)
    # the next build takes over the dead build's lock and equals a clean build
    report = build_corpus([src], out, jobs=2)
    assert report.failed == 0 and report.built + report.reused == COPIES + 2
    assert not (out / ".kg.lock").exists()
    assert (out / "kg.trig").read_bytes() == clean_build["kg.trig"]
    assert (out / "kg.ttl").read_bytes() == clean_build["kg.ttl"]


@pytest.mark.slow
def test_build_concurrent_second_build_is_refused_with_the_lock_message(
    previous: tuple[Path, Path, dict[str, bytes]],
) -> None:
    src, out, before = previous
    proc = _start_build(src, out, jobs=1)
    try:
        _wait_for(proc, out, lambda: (out / ".kg.lock").exists() and _chunks(out) > 2)
        with pytest.raises(
            OutputError,
            match=rf"another build \(pid {proc.pid}\) is writing here; "
            r"wait for it to finish",
        ):
            build_corpus([src], out, jobs=1)
        assert _snapshot(out) == before  # the refused build wrote nothing
    finally:
        children = psutil.Process(proc.pid).children(recursive=True) if proc.poll() is None else []
        proc.kill()
        proc.wait(timeout=30)
        _assert_children_gone(children)


class _DiskFullError(RuntimeError):
    pass


class _OxWith:
    """pyoxigraph as kg.build.output sees it, with some functions replaced."""

    def __init__(self, **replaced: object) -> None:
        self._replaced = replaced

    def __getattr__(self, name: str) -> object:
        return self._replaced[name] if name in self._replaced else getattr(ox, name)


def test_build_failing_while_writing_keeps_previous_outputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = copy_articles(tmp_path / "src", [SEED_JINHUA.name])
    out = tmp_path / "out"
    build_corpus([src], out, jobs=1)
    before = _snapshot(out)
    copy_articles(src, [SEED_MOFCOM.name])

    import kg.build.output as output

    real_serialize = ox.serialize

    def half_then_fail(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("format") == ox.RdfFormat.TURTLE:  # kg.ttl half written, then the disk fills
            if "output" in kwargs:
                Path(str(kwargs["output"])).write_text("@prefix broken", encoding="utf-8")
            raise _DiskFullError("disk full")
        return real_serialize(*args, **kwargs)

    monkeypatch.setattr(output, "ox", _OxWith(serialize=half_then_fail))
    with pytest.raises(_DiskFullError):
        build_corpus([src], out, jobs=1)
    monkeypatch.undo()
    _assert_intact(out, before)
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert not (out / ".kg.lock").exists()
    report = build_corpus([src], out, jobs=1)  # the next build works
    assert report.failed == 0 and report.built + report.reused == 2
    assert (out / "kg.ttl").read_bytes() != before["kg.ttl"]


def test_build_outputs_get_ordinary_file_permissions(tmp_path: Path) -> None:
    """Temp-file-then-rename must not leave kg.ttl readable by its owner only (mkstemp is 0600)."""
    out = tmp_path / "out"
    build_corpus([SEED_JINHUA], out, jobs=1)
    probe = tmp_path / "probe"
    probe.write_text("x", encoding="utf-8")  # what open() gives under this umask
    expected = stat.S_IMODE(probe.stat().st_mode)
    for name in OUTPUTS:
        assert oct(stat.S_IMODE((out / name).stat().st_mode)) == oct(expected), name
