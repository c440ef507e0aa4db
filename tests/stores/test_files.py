"""out/kg.ttl and out/kg.trig parse with pyoxigraph, rdflib and (when installed) rapper."""

from __future__ import annotations

import shutil
import subprocess
import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

pytestmark = pytest.mark.slow


def test_files_parse_with_pyoxigraph(built_out: Path) -> None:
    trig = list(ox.parse(path=str(built_out / "kg.trig"), format=ox.RdfFormat.TRIG))
    ttl = list(ox.parse(path=str(built_out / "kg.ttl"), format=ox.RdfFormat.TURTLE))
    assert len({(q.subject, q.predicate, q.object) for q in trig}) == len(ttl)


def test_files_parse_with_rdflib(built_out: Path) -> None:
    g = rdflib.Graph().parse(built_out / "kg.ttl", format="turtle")
    with warnings.catch_warnings():  # rdflib 7 warns about its own Dataset internals
        warnings.simplefilter("ignore", DeprecationWarning)
        ds = rdflib.Dataset().parse(built_out / "kg.trig", format="trig")
    assert len(g) == len({(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))})


@pytest.mark.external
@pytest.mark.parametrize(
    ("name", "syntax", "out"), [("kg.ttl", "turtle", "ntriples"), ("kg.trig", "trig", "nquads")]
)
def test_files_validate_with_rapper(built_out: Path, name: str, syntax: str, out: str) -> None:
    if shutil.which("rapper") is None:
        pytest.skip("rapper not installed: apt-get install raptor2-utils")
    done = subprocess.run(
        ["rapper", "-q", "-i", syntax, "-o", out, str(built_out / name)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    expected = sum(
        1
        for _ in ox.parse(
            path=str(built_out / name),
            format=ox.RdfFormat.TRIG if syntax == "trig" else ox.RdfFormat.TURTLE,
        )
    )
    assert len(done.stdout.splitlines()) == expected
