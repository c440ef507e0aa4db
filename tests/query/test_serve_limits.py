"""kg serve stays up: runaway queries are stopped, other queries keep answering (loopback only)."""

from __future__ import annotations

import os
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import psutil
import pytest

from kg.errors import ConfigError
from kg.query import KnowledgeGraph
from kg.query.serve import ServeConfig, make_server

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
TIMEOUT = 1.5


@pytest.fixture()
def server(mini_graph: KnowledgeGraph) -> Iterator[tuple[str, object]]:
    srv = make_server(mini_graph, "127.0.0.1", 0, ServeConfig(timeout=TIMEOUT, max_rows=50))
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    host, port = srv.server_address[:2]
    yield f"http://{host}:{port}/sparql", srv
    srv.shutdown()
    srv.server_close()
    thread.join(timeout=5)


def _get(url: str, query: str, timeout: float = 30) -> tuple[int, float]:
    started = time.monotonic()
    try:
        with urllib.request.urlopen(
            url + "?" + urllib.parse.urlencode({"query": query}), timeout=timeout
        ) as reply:
            reply.read()
            status = reply.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    return status, time.monotonic() - started


def _worker_cpu_seconds() -> float:
    me = psutil.Process(os.getpid())
    total = 0.0
    for child in me.children(recursive=True):
        try:
            times = child.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def test_three_runaways_are_stopped_and_ask_keeps_answering(server: tuple[str, object]) -> None:
    url, _ = server
    results: list[tuple[int, float]] = []
    runaways = [
        threading.Thread(target=lambda: results.append(_get(url, RUNAWAY))) for _ in range(3)
    ]
    for thread in runaways:
        thread.start()
    time.sleep(1.0)  # the runaways are running (and demoted); spare workers are started
    ask_status, ask_seconds = _get(url, "ASK { ?s ?p ?o }")
    for thread in runaways:
        thread.join(timeout=TIMEOUT + 10)
    assert (ask_status, ask_seconds < 1.0) == (200, True), ask_seconds
    assert [status for status, _ in results] == [503, 503, 503]
    assert max(seconds for _, seconds in results) < TIMEOUT + 2
    before = _worker_cpu_seconds()
    time.sleep(1.0)
    assert _worker_cpu_seconds() - before < 0.3  # nothing is still counting
    assert _get(url, "ASK { ?s ?p ?o }")[0] == 200


def test_port_in_use_is_a_one_line_error(
    server: tuple[str, object], mini_graph: KnowledgeGraph
) -> None:
    _, srv = server
    host, port = srv.server_address[:2]  # type: ignore[attr-defined]
    with pytest.raises(ConfigError) as info:
        make_server(mini_graph, host, port)
    message = str(info.value)
    assert "\n" not in message and "already in use" in message and str(port) in message


def test_browser_gets_the_query_page_with_named_examples(server: tuple[str, object]) -> None:
    url, _ = server
    request = urllib.request.Request(url.rsplit("/", 1)[0] + "/", headers={"Accept": "text/html"})
    with urllib.request.urlopen(request, timeout=10) as reply:
        page = reply.read().decode("utf-8")
        assert reply.headers["Content-Type"].startswith("text/html")
    assert "zones-as-of" in page and "VALUES" in page  # example with its parameter inlined
    assert "http://" not in page.split("<script", 1)[0] and "https://cdn" not in page
    assert 'src="http' not in page and 'href="http' not in page
