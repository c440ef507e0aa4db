"""Resource limits: size and time per article are configurable, and neither memory nor one
slow file can take a batch down.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from kg.build import Limits, build_corpus
from tests.conftest import ROOT, SEED_JINHUA, SEED_MOFCOM
from tests.reliability.articles import (
    GOOD_TEXT,
    body,
    copy_articles,
    make_article,
    write,
)

MB = 1_000_000


def _python(code: str, *args: str) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object, returned here."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    stats: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return stats


def _write_50mb(path: Path) -> Path:
    line = ("<p>" + "很长的文章。" * 200 + "</p>\n").encode()
    with path.open("wb") as fh:
        fh.write(make_article().encode())
        fh.write(line * (50 * MB // len(line) + 1))
    return path


_PEAK = """
import json, resource, sys, time
from pathlib import Path

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

{setup}
before = peak_mb()
t0 = time.perf_counter()
message = run(Path(sys.argv[1]))
print(json.dumps({{"before": before, "after": peak_mb(), "seconds": time.perf_counter() - t0,
                   "message": message}}))
"""

_READ = """
from kg.errors import ResourceLimitError
from kg.ingest import read_article

def run(path):
    try:
        read_article(path)
    except ResourceLimitError as exc:
        return str(exc)
    return "read"
"""

_WORKER = """
from kg.build.worker import Limits, process_article

def run(path):
    return process_article(path, "huge.md", limits=Limits(max_bytes=5_000_000)).error
"""


def test_read_article_50mb_fails_fast_with_bounded_memory(tmp_path: Path) -> None:
    huge = _write_50mb(tmp_path / "巨大 文章.md")
    stats = _python(_PEAK.format(setup=_READ), str(huge))
    assert stats["message"].startswith(
        f"{huge}: file is {huge.stat().st_size} bytes, over the limit of 5000000"
    )
    assert stats["after"] - stats["before"] < 20, stats  # MB: the file is never read


def test_build_worker_memory_stays_bounded_on_a_huge_sparse_file(tmp_path: Path) -> None:
    """A 2 GB file (sparse, so it costs no disk) is refused without being read into memory."""
    huge = tmp_path / "huge.md"
    with huge.open("wb") as fh:
        fh.truncate(2_000 * MB)
    stats = _python(_PEAK.format(setup=_WORKER), str(huge))
    assert stats["message"].startswith(
        "huge.md: file is 2000000000 bytes, over the limit of 5000000"
    )
    assert stats["after"] - stats["before"] < 200, stats  # MB, against 2000 if the file were read


def test_build_max_bytes_option_rejects_larger_files(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    src = copy_articles(tmp_path / "src", [SEED_JINHUA.name])
    small = write(src / "small.md", make_article(title="小文章"))
    limit = small.stat().st_size
    result = CliRunner().invoke(
        main,
        [
            "build",
            str(src),
            "-o",
            str(tmp_path / "out"),
            "--max-bytes",
            str(limit),
            "-j",
            "1",
            "--no-html",
            "--no-shacl",
            "-q",
        ],
    )
    assert result.exit_code == 3, result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert [e["file"] for e in report["errors"]] == [SEED_JINHUA.name]
    assert f"over the limit of {limit}" in report["errors"][0]["error"]
    assert report["articles"]["built"] == 1


@pytest.mark.slow
def test_build_time_limit_stops_a_slow_stage_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.pipeline
    from kg.build.worker import process_article

    assert process_article(SEED_MOFCOM).error is None  # load pipeline + reference before timing

    real = kg.pipeline.extract_facts

    def slow_on_purpose(article, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "慢" in article.title:
            time.sleep(60)  # the SIGALRM of --time-limit interrupts this
        return real(article, *args, **kwargs)

    monkeypatch.setattr(kg.pipeline, "extract_facts", slow_on_purpose)
    src = copy_articles(tmp_path / "src", [SEED_JINHUA.name, SEED_MOFCOM.name])
    write(src / "0-slow.md", make_article(title="很慢的文章"))
    report = build_corpus([src], tmp_path / "out", jobs=1, limits=Limits(seconds=5.0))
    assert [e["error"] for e in report.errors] == [
        "0-slow.md: processing took longer than 5 s (--time-limit)"
    ]
    assert report.built == 2


@pytest.mark.slow
def test_build_time_limit_option_on_a_big_allowed_article(tmp_path: Path) -> None:
    """A 3.3 MB article (under --max-bytes) that would take minutes is cut off; exit 3."""
    src = copy_articles(tmp_path / "src", [SEED_JINHUA.name])
    para = "浙江省金华市、舟山市设立跨境电子商务综合试验区，商务部表示同比增长7.2%。"
    paras = [para] * (900_000 // len(para))  # 0.9 M characters: under spaCy's max_length of 1 M
    write(src / "big.md", make_article(title="很大的文章", html=body(*paras)))
    assert (src / "big.md").stat().st_size < 5 * MB
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "build",
            str(src),
            "-o",
            str(tmp_path / "out"),
            "--time-limit",
            "2",
            "-j",
            "1",
            "--no-html",
            "--no-shacl",
            "-q",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 3, result.stderr[-2000:]
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert [e["error"] for e in report["errors"]] == [
        "big.md: processing took longer than 2 s (--time-limit)"
    ]
    assert report["articles"]["built"] == 1


@pytest.mark.slow
def test_build_worker_reads_an_article_over_spacy_max_length(tmp_path: Path) -> None:
    """1.1 M characters (over spaCy's max_length, which used to fail with E088) are read in
    runs of paragraphs; the facts of the first paragraph are in the graph."""
    from kg.build.worker import process_article

    filler = "很长的文章，没有什么内容可以抽取，只是用来测试长度。" * 20
    paras = [GOOD_TEXT] + [filler] * (1_100_000 // len(filler))
    path = write(tmp_path / "long.md", make_article(title="超长文章", html=body(*paras)))
    assert path.stat().st_size < 5 * MB
    outcome = process_article(path, "long.md", limits=Limits(seconds=0))
    assert outcome.error is None
    lines = outcome.nquads.decode().splitlines()
    mentioned = {line.split()[2] for line in lines if "<https://schema.org/mentions>" in line}
    assert {
        "<https://w3id.org/pilot-zone-kg/id/place/330700>",
        "<https://w3id.org/pilot-zone-kg/id/org/mofcom>",
    } <= mentioned
    assert any(
        "-17-20-" in line and '<http://www.w3.org/ns/oa#exact> "金华市"' in line for line in lines
    )
    assert lines == sorted(lines) and len(lines) == outcome.quad_count
