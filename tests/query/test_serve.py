"""kg serve: a real HTTP round trip against the endpoint running in a thread."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest

from kg.query import KnowledgeGraph, inline_params
from kg.query.named import get_named_query
from kg.query.serve import ServeConfig, make_server

ZONES = "SELECT ?z WHERE { ?z a <https://w3id.org/pilot-zone-kg/ont#CrossBorderEcommerceZone> } ORDER BY ?z"


@pytest.fixture(scope="module")
def endpoint(mini_graph: KnowledgeGraph) -> Iterator[str]:
    server = make_server(mini_graph, "127.0.0.1", 0, ServeConfig(timeout=5, max_rows=50))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}/sparql"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            return reply.status, reply.headers["Content-Type"], reply.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read()


def _post(url: str, data: bytes, content_type: str, accept: str = "") -> tuple[int, str, bytes]:
    request = urllib.request.Request(
        url, data=data, headers={"Content-Type": content_type, "Accept": accept}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            return reply.status, reply.headers["Content-Type"], reply.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read()


def test_serve_get_json(endpoint: str) -> None:
    status, ctype, body = _get(endpoint + "?" + urllib.parse.urlencode({"query": ZONES}))
    assert (status, ctype) == (200, "application/sparql-results+json; charset=utf-8")
    values = [b["z"]["value"].rsplit("/", 1)[1] for b in json.loads(body)["results"]["bindings"]]
    assert values == ["cbec-110000", "cbec-330100", "cbec-330700", "cbec-330900"]


def test_serve_post_form_named_query_matches_api(endpoint: str, mini_graph: KnowledgeGraph) -> None:
    named = get_named_query("zone-detail")
    query = inline_params(named.text, named.bind({"place": "金华"}))
    status, ctype, body = _post(
        endpoint,
        urllib.parse.urlencode({"query": query, "format": "csv"}).encode(),
        "application/x-www-form-urlencoded",
    )
    assert (status, ctype) == (200, "text/csv; charset=utf-8")
    lines = body.decode("utf-8").splitlines()
    expected = mini_graph.run_named("zone-detail", place="金华")
    assert lines[0].split(",") == list(expected.columns)
    assert lines[1].split(",") == ["" if v is None else str(v) for v in expected.rows[0]]


def test_serve_post_direct_body_tsv_by_accept(endpoint: str) -> None:
    status, ctype, body = _post(
        endpoint, ZONES.encode(), "application/sparql-query", accept="text/tab-separated-values"
    )
    assert status == 200 and ctype.startswith("text/tab-separated-values")
    assert body.decode().splitlines()[1] == "<https://w3id.org/pilot-zone-kg/id/zone/cbec-110000>"


def test_serve_xml_ask(endpoint: str) -> None:
    status, _, body = _get(
        endpoint + "?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }", "format": "xml"})
    )
    assert status == 200 and b"<boolean>true</boolean>" in body


@pytest.mark.parametrize("how", ["form", "body", "get"])
def test_serve_refuses_updates(endpoint: str, mini_graph: KnowledgeGraph, how: str) -> None:
    before = len(mini_graph)
    update = "DROP ALL"
    if how == "form":
        status, _, _ = _post(
            endpoint,
            urllib.parse.urlencode({"update": update}).encode(),
            "application/x-www-form-urlencoded",
        )
    elif how == "body":
        status, _, _ = _post(endpoint, update.encode(), "application/sparql-update")
    else:
        status, _, _ = _get(endpoint + "?" + urllib.parse.urlencode({"query": update}))
    assert status in (400, 403)
    assert len(mini_graph) == before


def test_serve_syntax_error_is_400_with_position(endpoint: str) -> None:
    status, _, body = _get(
        endpoint + "?" + urllib.parse.urlencode({"query": "SELECT ?x WHERE { ?x ?y }"})
    )
    assert status == 400 and b"line 1, position" in body


def test_serve_row_limit(endpoint: str) -> None:
    status, _, body = _get(
        endpoint + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"})
    )
    assert status == 400 and b"more than 50 rows" in body


def test_serve_cors_preflight(endpoint: str) -> None:
    request = urllib.request.Request(endpoint, method="OPTIONS")
    with urllib.request.urlopen(request, timeout=10) as reply:
        assert reply.status == 204
        assert reply.headers["Access-Control-Allow-Origin"] == "*"


def test_serve_unknown_path_404(endpoint: str) -> None:
    status, _, _ = _get(endpoint.replace("/sparql", "/admin"))
    assert status == 404
