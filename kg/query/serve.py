"""A read-only SPARQL 1.1 Protocol endpoint over a :class:`KnowledgeGraph` (stdlib HTTP).

Input: a graph, a host and port, limits. Output: a running ``ThreadingHTTPServer``.
It does NOT: accept updates (403), authenticate, or serve anything but ``/sparql``
(and ``/`` as an alias). Bind to 127.0.0.1 unless you put a proxy in front.

Protocol: ``GET ?query=…``, ``POST`` form (``query=…``) or direct body
(``application/sparql-query``). Answers as JSON, XML, CSV or TSV (CONSTRUCT: N-Triples
or Turtle), chosen by ``format=`` or Accept. CORS allows any origin (local notebooks).
The time limit stops the reply, not pyoxigraph's work: a query that is past its limit
gets a 503 while its worker thread runs on until it finishes.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import ConfigError, QueryError
from kg.query.api import KnowledgeGraph, QueryResult
from kg.query.results import choose_format, serialize_result

__all__ = ["ServeConfig", "make_server"]

LOG = logging.getLogger(__name__)
PATHS = ("/sparql", "/")
_CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept",
}
_MAX_BODY = 1_000_000  # bytes of query text


@dataclass(frozen=True, slots=True)
class ServeConfig:
    """Limits of the endpoint."""

    timeout: float = 10.0  # seconds per query
    max_rows: int = 10_000  # rows per answer


class _HttpError(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


class _Handler(BaseHTTPRequestHandler):
    server: _SparqlServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib name)
        LOG.info("%s " + format, self.address_string(), *args)

    def do_OPTIONS(self) -> None:  # noqa: N802 (stdlib name)
        self._reply(HTTPStatus.NO_CONTENT, b"", "text/plain")

    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        self._answer(url.path, parse_qs(url.query), None)

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length > _MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"query body over {_MAX_BODY} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query)
        if media == "application/x-www-form-urlencoded":
            params.update(parse_qs(body))
            self._answer(url.path, params, None)
        elif media == "application/sparql-update":
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
        elif media == "application/sparql-query":
            self._answer(url.path, params, body)
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                        f"Content-Type {media!r}: use application/sparql-query or a form")

    def _answer(self, path: str, params: dict[str, list[str]], body: str | None) -> None:
        try:
            if path not in PATHS:
                raise _HttpError(HTTPStatus.NOT_FOUND, f"no endpoint at {path!r}; use /sparql")
            if "update" in params:
                raise _HttpError(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
            query = body if body is not None else next(iter(params.get("query", [])), None)
            if not query:
                raise _HttpError(HTTPStatus.BAD_REQUEST, "no query: send ?query=… (GET) or a POST body")
            result = self.server.run(query)
            explicit = next(iter(params.get("format", [])), None)
            fmt = choose_format(result.kind, explicit, self.headers.get("Accept"))
            data, content_type = serialize_result(result, fmt)
            self._reply(HTTPStatus.OK, data, content_type)
        except _HttpError as exc:
            self._error(exc.status, str(exc))
        except QueryError as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc))

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._reply(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _reply(self, status: HTTPStatus, data: bytes, content_type: str) -> None:
        self.send_response(status)
        for key, value in _CORS.items():
            self.send_header(key, value)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class _SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], graph: KnowledgeGraph, config: ServeConfig) -> None:
        super().__init__(address, _Handler)
        self.graph = graph
        self.config = config
        self.pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="kg-sparql")

    def run(self, query: str) -> QueryResult:
        future = self.pool.submit(self.graph.query, query, max_rows=self.config.max_rows,
                                  timeout=self.config.timeout)
        try:
            return future.result(timeout=self.config.timeout)
        except FutureTimeout as exc:
            raise _HttpError(HTTPStatus.SERVICE_UNAVAILABLE,
                             f"the query ran past the {self.config.timeout:g} s limit") from exc

    def server_close(self) -> None:
        super().server_close()
        self.pool.shutdown(wait=False, cancel_futures=True)


def make_server(graph: KnowledgeGraph, host: str = "127.0.0.1", port: int = 7878,
                config: ServeConfig | None = None) -> ThreadingHTTPServer:
    """Create (not start) the SPARQL endpoint; call ``serve_forever()`` on the result.

    Args:
        graph: what to serve.
        host: interface to bind; 127.0.0.1 keeps it local.
        port: TCP port; 0 picks a free one (read ``server.server_address``).
        config: time and row limits.

    Returns:
        The server, bound and listening.

    Raises:
        ConfigError: if the address cannot be bound.
    """
    try:
        return _SparqlServer((host, port), graph, config or ServeConfig())
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror}; choose another --port") from exc
