"""One ``kg build`` over many bad files and a few good ones (a real subprocess, like a user).

The corpus mixes one file of each hostile kind (built in ``_hostile_corpus``) with the two
seed articles and a few odd-but-valid files. Expected: exit 3, one stderr line per bad
file naming it, no traceback, report.json listing exactly the bad files, outputs that
parse, and decoded (not rejected) GB18030 / UTF-16 files with a warning.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import rdflib

from tests.conftest import ROOT, SEED_JINHUA, SEED_MOFCOM
from tests.reliability.articles import (
    GOOD_DATE,
    body,
    copy_articles,
    make_article,
    write,
)

HOSTILE_TITLE = '<img src=x onerror=alert(1)> & <script>alert(1)</script> "引号" \\反斜杠\n换行 😀'
pytestmark = pytest.mark.slow  # one ~10 s subprocess build shared by the module

IRI_TITLE = '<http://example.org/a b> {}|^` \\u0000 _:b0 %20 "} ; DROP ALL ; #'

#: name → content of files that must fail (sorted names decide the --strict order).
BAD_FILES: dict[str, str | bytes] = {
    "bad-01 empty.md": b"",
    "bad-02 whitespace.md": " \n\u3000\n",
    "bad-03 no front matter.md": "<div><p>正文</p></div>\n",
    "bad-04 unclosed front matter.md": f"---\ntitle: 测试\ndate: {GOOD_DATE}\n",
    "bad-05 broken yaml.md": make_article(front=f"title: '未结束\ndate: {GOOD_DATE}"),
    "bad-06 no date.md": make_article(date=None),
    "bad-07 bad date.md": make_article(date="2022-02-10"),
    "bad-08 duplicate key.md": make_article(extra=f"date: {GOOD_DATE}"),
    "bad-09 billion laughs.md": make_article(extra="a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]"),
    "bad-10 deep yaml.md": make_article(extra="x: " + "[" * 10_000 + "]" * 10_000),
    "bad-11 python tag.md": make_article(
        front=f"title: !!python/object/apply:os.system [id]\ndate: {GOOD_DATE}"
    ),
    "bad-12 nul bytes.md": make_article().encode() + b"\x00\x00",
    "bad-13 binary.md": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
    "bad-14 deep tags.md": make_article(html="<div>" * 10_000 + "<p>文字</p>" + "</div>" * 10_000),
    "bad-15 only script.md": make_article(
        html="<div><script>alert(1)</script><style>p{}</style></div>"
    ),
    "bad-16 unclosed comment.md": make_article(html="<div><!-- 没有结束 <p>文字</p></div>"),
    "bad-17 utf16 broken.md": codecs.BOM_UTF16_LE + make_article().encode("utf-16-le") + b"x",
    "bad-18 not gb18030.md": make_article().encode() + b"\xff\xfe\xff",
    "bad-19 中文 文件名.md": make_article(title=""),
}
HUGE = "bad-20 huge.md"  # 50 MB, generated in the fixture

GOOD_FILES: dict[str, str | bytes] = {
    "good-gb18030.md": make_article(
        title="国标编码文章", html=body("浙江省金华市设立综试区。")
    ).encode("gb18030"),
    "good-utf16.md": codecs.BOM_UTF16_LE + make_article(title="UTF-16 文章").encode("utf-16-le"),
    "good-bom.md": codecs.BOM_UTF8 + make_article(title="带 BOM 的文章").encode(),
    "good hostile title.md": make_article(title=HOSTILE_TITLE),
    "good iri title.md": make_article(title=IRI_TITLE),
    "good 中文 空格 名.md": make_article(
        title="中文文件名", html=body("舟山市获批。", raw="<script>var x='EVIL';</script>")
    ),
}


def _kg(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m kg`` in a subprocess (as a user would)."""
    full_env = dict(os.environ if env is None else env)
    full_env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT), full_env.get("PYTHONPATH", "")) if p
    )
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        cwd=cwd or ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _hostile_corpus(src: Path) -> Path:
    copy_articles(src, [SEED_JINHUA.name, SEED_MOFCOM.name])
    for name, content in {**BAD_FILES, **GOOD_FILES}.items():
        write(src / name, content)
    with (src / HUGE).open("wb") as fh:  # a real 50 MB article: front matter + long body
        fh.write(make_article().encode())
        line = ("<p>" + "很长的文章。" * 200 + "</p>\n").encode()
        fh.write(line * (50_000_000 // len(line) + 1))
    return src


@pytest.fixture(scope="module")
def batch(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """The hostile corpus built once by ``kg build -j 2`` (no HTML, no SHACL)."""
    root = tmp_path_factory.mktemp("batch")
    src = _hostile_corpus(root / "src")
    out = root / "out"
    result = _kg("build", str(src), "-o", str(out), "-j", "2", "--no-html", "--no-shacl")
    return out, result


def _report(out: Path) -> dict[str, Any]:
    report: dict[str, Any] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return report


BAD_NAMES = sorted([*BAD_FILES, HUGE])
GOOD_COUNT = len(GOOD_FILES) + 2


def test_batch_exits_3_and_prints_one_line_per_bad_file(
    batch: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, result = batch
    assert result.returncode == 3, result.stderr[-3000:]
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("bad-")]
    assert sorted(line.split(": ", 1)[0] for line in error_lines) == BAD_NAMES
    assert all(len(line.split(": ", 1)[1]) > 10 for line in error_lines)


def test_batch_report_lists_exactly_the_bad_files(
    batch: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, _ = batch
    report = _report(out)
    assert sorted(e["file"] for e in report["errors"]) == BAD_NAMES
    assert all(
        e["error"].startswith(e["file"] + ": ") and "\n" not in e["error"] for e in report["errors"]
    )
    assert report["articles"]["built"] == GOOD_COUNT
    assert report["articles"]["failed"] == len(BAD_NAMES)
    huge = next(e["error"] for e in report["errors"] if e["file"] == HUGE)
    assert "over the limit of 5000000" in huge


def test_batch_readable_encodings_are_built_with_a_warning(
    batch: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, _ = batch
    warnings = _report(out)["warnings"]
    assert any(w.startswith("good-gb18030.md: ") and "gb18030" in w for w in warnings), warnings
    assert any(w.startswith("good-utf16.md: ") and "utf-16" in w for w in warnings), warnings
    assert not any(w.startswith("good-bom.md: ") for w in warnings)


def _titles(store: ox.Store) -> set[str]:
    rows = store.query(
        "SELECT ?t WHERE { ?a a <https://schema.org/NewsArticle> ; "
        "<https://schema.org/headline> ?t }",
        use_default_graph_as_union=True,
    )
    assert isinstance(rows, ox.QuerySolutions)
    return {row["t"].value for row in rows}


def test_batch_outputs_parse_and_keep_hostile_titles_exactly(
    batch: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, _ = batch
    store = ox.Store()
    store.bulk_load(path=str(out / "kg.trig"), format=ox.RdfFormat.TRIG)
    titles = _titles(store)
    assert {
        HOSTILE_TITLE,
        IRI_TITLE,
        "国标编码文章",
        "UTF-16 文章",
        "带 BOM 的文章",
        "中文文件名",
    } <= titles
    graph = rdflib.Graph().parse(out / "kg.ttl", format="turtle")
    assert len(graph) == _report(out)["triples"]
    assert not any("EVIL" in str(o) for o in graph.objects())


def test_batch_strict_stops_at_the_first_bad_file(tmp_path: Path) -> None:
    src = tmp_path / "src"
    copy_articles(src, [SEED_JINHUA.name])
    write(src / "a-good.md", make_article(title="好文章"))
    write(src / "b-bad date.md", make_article(date="昨天"))
    write(src / "c-empty.md", b"")
    result = _kg(
        "build",
        str(src),
        "-o",
        str(tmp_path / "out"),
        "-j",
        "1",
        "--strict",
        "--no-html",
        "--no-shacl",
        "-q",
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().splitlines() == [
        "Error: b-bad date.md: front matter 'date' is '昨天': expected RFC 1123, "
        "e.g. 'Thu, 30 Dec 2021 03:47:06 GMT'"
    ]
    assert not (tmp_path / "out" / "kg.trig").exists()
    assert not (tmp_path / "out" / ".kg.lock").exists()
