"""kg build's streamed kg.trig / kg.ttl equal an in-memory merge of the same graphs (issue 14)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.bench.corpus import generate_corpus, load_templates
from kg.build import build_corpus, build_graph_nquads, reference_nquads
from kg.build.output import SharedCollisionError, write_chunk, write_streamed_files
from kg.build.worker import process_article
from kg.graph.shacl import validate_graph
from kg.iris import KGR, PREFIXES
from kg.refdata import load_reference
from tests.conftest import ARTICLES_DIR


def _in_memory_merge(articles: list[Path]) -> tuple[bytes, bytes]:
    """kg.trig and kg.ttl as one pyoxigraph serialize of every graph's quads."""
    quads: list[ox.Quad] = []
    seen: set[str] = set()
    for path in sorted(articles):
        outcome = process_article(path, path.name)
        assert outcome.error is None, outcome.error
        if outcome.article_id in seen:  # a later duplicate is left out, as the build does
            continue
        seen.add(outcome.article_id or "")
        quads += ox.parse(outcome.nquads, format=ox.RdfFormat.N_QUADS)
    quads += ox.parse(build_graph_nquads(), format=ox.RdfFormat.N_QUADS)
    quads += ox.parse(reference_nquads()[1], format=ox.RdfFormat.N_QUADS)
    quads.sort(key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    trig = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES) or b""
    union = sorted(
        {q.triple for q in quads}, key=lambda t: (str(t.subject), str(t.predicate), str(t.object))
    )
    ttl = ox.serialize(union, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b""
    return trig, ttl


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("generated")
    ref = load_reference()
    places = [
        (p.name_zh, p.aliases_zh[0] if p.aliases_zh else p.name_zh)
        for p in ref.places.values()
        if p.level == "prefecture"
    ]
    templates = load_templates(sorted(ARTICLES_DIR.glob("*.md")))
    generate_corpus(templates, 240, root / "articles", places=places, seed=3)
    return root / "articles"


def test_streamed_outputs_equal_in_memory_merge(generated: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = build_corpus([generated], out, jobs=2)
    assert report.failed == 0
    trig, ttl = _in_memory_merge(sorted(generated.glob("*.md")))
    assert (out / "kg.trig").read_bytes() == trig
    assert (out / "kg.ttl").read_bytes() == ttl
    union = {t for t in ox.parse(ttl, format=ox.RdfFormat.TURTLE)}
    assert report.triples == len(union)
    assert report.quads == sum(1 for _ in ox.parse(trig, format=ox.RdfFormat.TRIG))
    saved = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert saved["shacl"]["article_graphs_checked"] == report.built == 240


def test_per_article_shacl_finds_what_pyshacl_finds_on_the_union(
    generated: Path, tmp_path: Path
) -> None:
    """Generated articles name zones in cities that have none: both checkers flag them."""
    out = tmp_path / "out"
    report = build_corpus([generated], out, jobs=1)
    conforms, text = validate_graph(
        list(ox.parse(path=str(out / "kg.trig"), format=ox.RdfFormat.TRIG))
    )
    expected = set(re.findall(r"Focus Node: (\S+)", text))
    found = {line.split(" ", 1)[0] for line in report.extra["shacl"]["report"]}
    assert report.extra["shacl"]["conforms"] is conforms
    assert found == expected


def test_streamed_outputs_after_an_edit_equal_a_clean_merge(
    generated: Path, tmp_path: Path
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted(generated.glob("*.md"))[:60]:
        (articles / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "out"
    build_corpus([articles], out, jobs=1)
    first = sorted(articles.glob("*.md"))[0]
    first.write_text(
        first.read_text(encoding="utf-8").replace("<p>", "<p>深圳。", 1), encoding="utf-8"
    )
    (sorted(articles.glob("*.md"))[1]).unlink()
    report = build_corpus([articles], out, jobs=1)
    assert report.built == 1 and report.reused == 58
    trig, ttl = _in_memory_merge(sorted(articles.glob("*.md")))
    assert (out / "kg.trig").read_bytes() == trig
    assert (out / "kg.ttl").read_bytes() == ttl


def test_streamed_writer_refuses_a_triple_about_another_articles_node(tmp_path: Path) -> None:
    """A shared line inside a local family cannot be placed by concatenation: it says so."""
    path = sorted(ARTICLES_DIR.glob("*.md"))[0]
    outcome = process_article(path, path.name)
    line = f'<{KGR}article/0000000000000000> <{KGR}x> "y" .\n'.encode()
    chunk = tmp_path / "a.kgc"
    import dataclasses

    write_chunk(chunk, dataclasses.replace(outcome, shared=outcome.shared + line))
    (tmp_path / "out").mkdir()
    with pytest.raises(SharedCollisionError):
        write_streamed_files([chunk], [], tmp_path / "out", tmp_path)
