"""The per-thread bs4 builder that keeps its lxml parser gives the stock builder's tree."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

import kg.ingest.html as html_mod
from kg.ingest.frontmatter import split_front_matter
from kg.ingest.html import parse_body
from tests.conftest import ARTICLES_DIR

_PATHS = sorted(ARTICLES_DIR.glob("*.md"))


def _html(path: Path) -> str:
    return split_front_matter(path.read_text(encoding="utf-8"), path)[1]


@pytest.mark.parametrize("path", _PATHS, ids=lambda p: p.stem)
def test_reused_builder_builds_the_stock_lxml_tree(path: Path) -> None:
    markup = html_mod._prepare(html_mod._split_tail(_html(path))[0], [])
    stock = BeautifulSoup(markup, "lxml").decode()
    assert BeautifulSoup(markup, builder=html_mod._builder()).decode() == stock
    assert BeautifulSoup(markup, builder=html_mod._builder()).decode() == stock  # parser reused


def test_parse_body_after_a_failed_parse_starts_a_fresh_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good = _html(_PATHS[0])
    expected = parse_body(good)
    builder = html_mod._builder()

    real = BeautifulSoup.handle_starttag
    calls = []

    def stop_in_the_middle(self: BeautifulSoup, *args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 5:  # like SIGALRM (--time-limit) firing inside the parse
            raise RecursionError("stopped mid-document")
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(BeautifulSoup, "handle_starttag", stop_in_the_middle)
    with pytest.raises(RecursionError):
        parse_body(good)
    monkeypatch.undo()
    assert html_mod._builder() is not builder
    assert parse_body(good) == expected


def test_parse_body_in_threads_matches_one_thread() -> None:
    htmls = [_html(p) for p in _PATHS]
    expected = [parse_body(h) for h in htmls]
    results: dict[int, list[object]] = {}

    def run(index: int) -> None:
        results[index] = [parse_body(h) for h in htmls]

    threads = [threading.Thread(target=run, args=(i,)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(results[i] == expected for i in range(3))
