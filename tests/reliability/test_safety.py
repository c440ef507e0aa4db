"""Safety: article text never runs as code in kg.html, never changes a SPARQL query, the
endpoint is local and read-only, and a build never touches the network.

kg.html and SPARQL belong to kg.viz and kg.query; these tests only watch them from outside.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT, SEED_JINHUA, SEED_MOFCOM
from tests.reliability.articles import body, copy_articles, make_article, write

IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(1)</script>"
BREAKOUT = "</script><script>alert(2)</script><!--"
HOSTILE_TITLES = [
    f"{IMG}金华综试区",
    f"{SCRIPT}舟山综试区",
    f"{BREAKOUT}标题",
    "\u2028行分隔\u2029段分隔'\"&",
]
INJECTIONS = [
    '"} ; DROP ALL ; #',
    '浙江" || "1" = "1',
    "浙江') || true || ('",
    "?province",
    "<urn:x>",
    '\\" } } SELECT * WHERE { ?s ?p ?o } #',
]


class _NetworkUsedError(AssertionError):
    pass


def _refusing(attempts: list[str]) -> object:
    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args[:2]))
        raise _NetworkUsedError(f"network access during a build: {args[:2]!r}")

    return refuse


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """Seeds plus hostile-title articles, built in-process (-j 1) with the network switched off.

    Returns the output folder and the connection attempts seen (there must be none).
    """
    root = tmp_path_factory.mktemp("safety")
    src = copy_articles(root / "src", [SEED_JINHUA.name, SEED_MOFCOM.name])
    for i, title in enumerate(HOSTILE_TITLES):
        write(
            src / f"hostile-{i}.md",
            make_article(
                title=title,
                html=body(
                    "国务院同意在金华市、舟山市设立跨境电子商务综合试验区。",
                    f"<p>正文里的{IMG}也是文字。</p>",
                ),
            ),
        )
    out = root / "out"
    attempts: list[str] = []
    refuse = _refusing(attempts)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", refuse)
        mp.setattr(socket.socket, "connect_ex", refuse)
        mp.setattr(socket, "create_connection", refuse)
        mp.setattr(socket, "getaddrinfo", refuse)
        result = CliRunner().invoke(
            main, ["build", str(src), "-o", str(out), "-j", "1", "--no-shacl", "-q"]
        )
    assert result.exit_code == 0, result.output
    return out, attempts


def test_build_in_process_uses_no_network(hostile_build: tuple[Path, list[str]]) -> None:
    out, attempts = hostile_build
    assert attempts == []
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["articles"]["built"] == 2 + len(HOSTILE_TITLES)
    assert (out / "kg.html").stat().st_size > 0


_SITECUSTOMIZE = """
import os, socket
_log = os.environ["KG_NET_LOG"]
open(_log, "a").close()  # proves this file ran in every process
def _refuse(*args, **kwargs):
    with open(_log, "a") as fh:
        fh.write(repr(args[:2]) + "\\n")
    raise OSError("network access during a build")
socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""


@pytest.mark.slow
def test_build_subprocess_with_workers_uses_no_network(tmp_path: Path) -> None:
    shim = write(tmp_path / "shim" / "sitecustomize.py", _SITECUSTOMIZE).parent
    log = tmp_path / "net.log"
    src = copy_articles(tmp_path / "src", [SEED_JINHUA.name, SEED_MOFCOM.name])
    env = dict(os.environ, KG_NET_LOG=str(log))
    env["PYTHONPATH"] = os.pathsep.join([str(shim), str(ROOT)])
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "build",
            str(src),
            "-o",
            str(tmp_path / "out"),
            "-j",
            "2",
            "-q",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert log.exists(), "sitecustomize did not run: the test proves nothing"
    assert log.read_text() == ""
    assert (tmp_path / "out" / "kg.html").exists()


# --- kg.html ---------------------------------------------------------------------------


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside each <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


@pytest.fixture(scope="module")
def page(hostile_build: tuple[Path, list[str]]) -> tuple[str, _Tags]:
    text = (hostile_build[0] / "kg.html").read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(text)
    return text, parser


def test_html_hostile_titles_are_in_the_page_only_escaped(page: tuple[str, _Tags]) -> None:
    text, _ = page
    for raw in (IMG, SCRIPT, BREAKOUT):
        assert raw not in text
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in text  # present, as inert JSON text


def test_html_no_tag_comes_from_article_text(page: tuple[str, _Tags]) -> None:
    _, parser = page
    assert not [t for t, a in parser.tags if t == "img" and "onerror" in a]
    assert not [a for _, a in parser.tags if any(k.startswith("on") for k in a)]
    assert not [s for s in parser.scripts if re.match(r"\s*alert\(", s)]


def test_html_json_in_script_cannot_close_its_script(page: tuple[str, _Tags]) -> None:
    _, parser = page
    data = next(
        s
        for (t, a), s in zip(
            [x for x in parser.tags if x[0] == "script"], parser.scripts, strict=True
        )
        if a.get("id") == "kg-data"
    )
    assert not re.search(r"</script|<!--", data, re.IGNORECASE)
    strings = list(_strings(json.loads(data)))
    for title in HOSTILE_TITLES:
        assert any(title.strip() in text for text in strings), title  # the text survives, exactly


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_html_page_gets_ordinary_file_permissions(
    hostile_build: tuple[Path, list[str]], tmp_path: Path
) -> None:
    probe = write(tmp_path / "probe", "x")
    assert oct((hostile_build[0] / "kg.html").stat().st_mode & 0o777) == oct(
        probe.stat().st_mode & 0o777
    )


# --- SPARQL parameters -----------------------------------------------------------------


def _query_rows(out: Path, name: str, param: str) -> tuple[int, list[dict[str, object]], str]:
    result = CliRunner().invoke(
        main, ["query", name, "--data", str(out), "--param", param, "--format", "json"]
    )
    rows = json.loads(result.output) if result.exit_code == 0 else []
    return result.exit_code, rows, result.output


@pytest.mark.parametrize("value", INJECTIONS)
@pytest.mark.parametrize(("name", "key"), [("places-under", "province"), ("zone-detail", "place")])
def test_query_parameter_is_bound_as_a_literal(
    hostile_build: tuple[Path, list[str]], name: str, key: str, value: str
) -> None:
    out, _ = hostile_build
    before = (out / "kg.trig").read_bytes()
    code, rows, output = _query_rows(out, name, f"{key}={value}")
    assert code in (0, 1), output
    assert rows == [], (
        output
    )  # pasted into the text, the '|| "1" = "1"' forms would match everything
    assert "Traceback" not in output
    assert (out / "kg.trig").read_bytes() == before


def test_query_parameter_baseline_matches_real_places(
    hostile_build: tuple[Path, list[str]],
) -> None:
    """The injection tests above mean something: the same query with a real value has rows."""
    code, rows, output = _query_rows(hostile_build[0], "places-under", "province=浙江")
    assert code == 0 and len(rows) > 10, output


def test_query_api_refuses_updates_and_keeps_the_graph(
    hostile_build: tuple[Path, list[str]],
) -> None:
    from kg.errors import QueryError
    from kg.query import open_graph

    graph = open_graph(hostile_build[0])
    size = len(graph)
    for update in (
        "DROP ALL",
        "CLEAR DEFAULT",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DELETE WHERE { ?s ?p ?o }",
    ):
        with pytest.raises(QueryError):
            graph.query(update)
    rows = graph.query("SELECT ?s ?label WHERE { ?s ?p ?label } LIMIT 1", {"label": INJECTIONS[0]})
    assert len(rows) == 0
    assert len(graph) == size


# --- kg serve ---------------------------------------------------------------------------


def test_serve_binds_to_localhost_by_default() -> None:
    from kg.cli.serve import command

    host = next(p for p in command.params if p.name == "host")
    assert host.default == "127.0.0.1"


@pytest.fixture
def server(hostile_build: tuple[Path, list[str]]) -> Iterator[tuple[str, object]]:
    from kg.query import open_graph
    from kg.query.serve import make_server

    graph = open_graph(hostile_build[0])
    srv = make_server(graph, port=0)
    assert srv.server_address[0] == "127.0.0.1"
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}/sparql", graph
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(timeout=5)


def _http(
    url: str, *, data: bytes | None = None, content_type: str | None = None
) -> tuple[int, str]:
    request = urllib.request.Request(url, data=data, method="POST" if data is not None else "GET")
    if content_type:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.read().decode()


def test_serve_refuses_every_kind_of_update(server: tuple[str, object]) -> None:
    url, graph = server
    size = len(graph)  # type: ignore[arg-type]
    drop = "DROP ALL"
    assert _http(url, data=drop.encode(), content_type="application/sparql-update")[0] == 403
    assert _http(url + "?" + urllib.parse.urlencode({"update": drop}))[0] == 403
    form = urllib.parse.urlencode({"update": drop}).encode()
    assert _http(url, data=form, content_type="application/x-www-form-urlencoded")[0] == 403
    status, _ = _http(url + "?" + urllib.parse.urlencode({"query": drop}))
    assert status == 400  # an update sent as a query is a syntax error, not run
    status, _ = _http(url, data=drop.encode(), content_type="application/sparql-query")
    assert status == 400
    assert len(graph) == size  # type: ignore[arg-type]
    status, text = _http(url + "?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}))
    assert status == 200 and "true" in text
