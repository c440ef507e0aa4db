"""Determinism beyond the lead's tests (tests/build): no blank nodes, and the bytes do not
depend on the working directory, the TMPDIR or how the input path is spelt.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from tests.conftest import ROOT, SEED_JINHUA, SEED_MOFCOM
from tests.reliability.articles import copy_articles, make_article, write


def _build(cwd: Path, src: str, tmpdir: Path) -> subprocess.CompletedProcess[str]:
    tmpdir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, TMPDIR=str(tmpdir), TMP=str(tmpdir), TEMP=str(tmpdir))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "build",
            src,
            "-o",
            "out",
            "-j",
            "1",
            "-q",
            "--no-html",
            "--no-shacl",
        ],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.slow
def test_build_same_bytes_from_other_cwd_tmpdir_and_relative_input(tmp_path: Path) -> None:
    src = copy_articles(tmp_path / "src", [SEED_JINHUA.name, SEED_MOFCOM.name])
    write(src / "odd name 文章.md", make_article(title='标题 "引号" <尖括号> & \\ 😀'))
    one, two = tmp_path / "a", tmp_path / "b" / "c"
    one.mkdir()
    two.mkdir(parents=True)
    first = _build(one, "../src", tmp_path / "tmp-one")
    second = _build(two, str(src), tmp_path / "tmp two 临时")
    assert first.returncode == 0, first.stderr[-2000:]
    assert second.returncode == 0, second.stderr[-2000:]
    for name in ("kg.trig", "kg.ttl"):
        assert (one / "out" / name).read_bytes() == (two / "out" / name).read_bytes(), name
    for tmp in ("tmp-one", "tmp two 临时"):  # nothing left behind in TMPDIR
        assert list((tmp_path / tmp).iterdir()) == []


def test_build_outputs_have_no_blank_nodes(built_out: Path) -> None:
    for name, fmt in (("kg.trig", ox.RdfFormat.TRIG), ("kg.ttl", ox.RdfFormat.TURTLE)):
        quads = list(ox.parse(path=str(built_out / name), format=fmt))
        assert quads
        blank = [
            q
            for q in quads
            if isinstance(q.subject, ox.BlankNode)
            or isinstance(q.object, ox.BlankNode)
            or isinstance(q.graph_name, ox.BlankNode)
        ]
        assert blank == [], name
        # and in the text, outside string literals: no "_:" labels, no anonymous "[ … ]" nodes
        text = _LITERAL.sub('""', (built_out / name).read_text(encoding="utf-8"))
        assert "_:" not in text and not re.search(r"(^|\s)\[", text, re.MULTILINE), name


_LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*"')
