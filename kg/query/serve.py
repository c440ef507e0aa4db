"""A read-only SPARQL 1.1 Protocol endpoint and query page over a built graph (stdlib HTTP).

Input: a graph (or a store directory), a host and port, limits. Output: a running
``ThreadingHTTPServer`` whose queries run in worker processes (``kg.query.worker``)
over a read-only on-disk copy of the store.
It does NOT: accept updates (403), authenticate, or serve anything but ``/sparql``
(and ``/`` as an alias). Bind to 127.0.0.1 unless you put a proxy in front.

Protocol: ``GET ?query=…``, ``POST`` form (``query=…``) or direct body
(``application/sparql-query``). Answers as JSON, XML, CSV or TSV (CONSTRUCT: N-Triples
or Turtle), chosen by ``format=`` or Accept. CORS allows any origin (local notebooks).
A browser (``Accept: text/html``, no query) gets a query page with the named queries
as examples; it is one self-contained file (no CDN).

Time limit: pyoxigraph cannot interrupt a running query, so each query runs in a
worker process and the server kills the worker when the limit passes (the CPU is
free again at once) and answers 503. Spare workers are kept started, so the other
users' queries keep answering while runaway ones are being stopped.
"""

from __future__ import annotations

import json
import logging
import os
import select
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import ConfigError, QueryError
from kg.query.api import KnowledgeGraph, is_store_dir
from kg.query.worker import write_frame

__all__ = ["ServeConfig", "make_server", "query_page"]

LOG = logging.getLogger(__name__)
PATHS = ("/sparql", "/")
_CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept",
}
_MAX_BODY = 1_000_000  # bytes of query text
_START_TIMEOUT = 60.0  # seconds for a worker to open the store
_LENGTH_BYTES = 4
_SLOW_AFTER = 0.5  # seconds; a query still running then gets a lower CPU priority
_SLOW_NICE = 10


@dataclass(frozen=True, slots=True)
class ServeConfig:
    """Limits of the endpoint."""

    timeout: float = 10.0  # seconds per query; past it the worker is killed
    max_rows: int = 10_000  # rows per answer
    workers: int = 8  # queries running at once; more get 503 at once
    spare: int = 4  # idle workers kept started, so a query never waits for one to start


class _HttpError(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


class _Worker:
    """One ``python -m kg.query.worker`` process and its pipes."""

    def __init__(self, store_dir: Path) -> None:
        package_root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (package_root, env.get("PYTHONPATH", "")) if p
        )
        self.proc = subprocess.Popen(  # noqa: S603 (our own module, no shell)
            [sys.executable, "-m", "kg.query.worker", str(store_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin = self.proc.stdin
        self.fd = self.proc.stdout.fileno()
        self.buffer = bytearray()
        self.demoted = False
        if self.read_frame(time.monotonic() + _START_TIMEOUT) is None:
            self.kill()
            raise ConfigError(f"a query worker could not open the store {store_dir}")

    def _fill(self, size: int, deadline: float) -> bool:
        while len(self.buffer) < size:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            ready, _, _ = select.select([self.fd], [], [], remaining)
            if not ready:
                return False
            chunk = os.read(self.fd, 1 << 16)
            if not chunk:
                return False  # the worker died
            self.buffer.extend(chunk)
        return True

    def read_frame(self, deadline: float) -> bytes | None:
        """The next frame, or ``None`` past ``deadline`` or when the worker died."""
        if not self._fill(_LENGTH_BYTES, deadline):
            return None
        size = int.from_bytes(self.buffer[:_LENGTH_BYTES], "big")
        if not self._fill(_LENGTH_BYTES + size, deadline):
            return None
        frame = bytes(self.buffer[_LENGTH_BYTES : _LENGTH_BYTES + size])
        del self.buffer[: _LENGTH_BYTES + size]
        return frame

    def send(self, request: dict[str, object]) -> None:
        write_frame(self.stdin, json.dumps(request).encode("utf-8"))

    def demote(self) -> None:
        """Lower the worker's CPU priority (nice), so quick queries of others come first."""
        try:
            os.setpriority(os.PRIO_PROCESS, self.proc.pid, _SLOW_NICE)
            self.demoted = True
        except (OSError, AttributeError):  # gone already, or no setpriority on this OS
            pass

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()


class _WorkerPool:
    """Started workers: ``spare`` idle ones kept ready, at most ``limit`` alive at once."""

    def __init__(self, store_dir: Path, *, spare: int, limit: int) -> None:
        self.store_dir = store_dir
        self.spare = max(0, min(spare, limit))
        self.limit = limit
        self.lock = threading.Lock()
        self.idle: list[_Worker] = []
        self.alive: set[_Worker] = set()
        self.starting = 0
        self.closed = False
        for _ in range(self.spare):
            worker = _Worker(store_dir)
            self.idle.append(worker)
            self.alive.add(worker)

    def acquire(self) -> _Worker:
        """An idle worker, a new one, or 503 when ``limit`` queries already run."""
        with self.lock:
            if self.idle:
                worker = self.idle.pop()
                self._top_up()
                return worker
            if len(self.alive) + self.starting >= self.limit:
                raise _HttpError(
                    HTTPStatus.SERVICE_UNAVAILABLE,
                    f"all {self.limit} query workers are busy; try again shortly",
                )
            self.starting += 1
        try:
            worker = _Worker(self.store_dir)
        finally:
            with self.lock:
                self.starting -= 1
        with self.lock:
            self.alive.add(worker)
            self._top_up()
        return worker

    def release(self, worker: _Worker, *, healthy: bool) -> None:
        """Give ``worker`` back, or kill it (it ran past its limit, died, or was demoted)."""
        healthy = healthy and not worker.demoted
        if not healthy:
            worker.kill()
        with self.lock:
            if healthy and not self.closed:
                self.idle.append(worker)
            else:
                self.alive.discard(worker)
                if not self.closed:
                    self._top_up()
        if healthy and self.closed:
            worker.kill()

    def _top_up(self) -> None:
        """Start workers in the background until ``spare`` are idle (lock held)."""
        need = self.spare - len(self.idle) - self.starting
        room = self.limit - len(self.alive) - self.starting
        for _ in range(max(0, min(need, room))):
            self.starting += 1
            threading.Thread(target=self._add_spare, daemon=True, name="kg-sparql-spawn").start()

    def _add_spare(self) -> None:
        try:
            worker = _Worker(self.store_dir)
        except (ConfigError, OSError) as exc:
            with self.lock:
                self.starting -= 1
                closed = self.closed
            if not closed:  # a server shutting down removes the store under its spawns
                LOG.warning("could not start a query worker: %s", exc)
            return
        with self.lock:
            self.starting -= 1
            if not self.closed:
                self.idle.append(worker)
                self.alive.add(worker)
                return
        worker.kill()

    def close(self) -> None:
        """Kill every worker, idle or busy."""
        with self.lock:
            self.closed = True
            workers = list(self.alive)
            self.idle.clear()
            self.alive.clear()
        for worker in workers:
            worker.kill()


def query_page() -> bytes:
    """The query page: a form, a results table, and the named queries as examples."""
    from kg.query.named import named_queries

    examples = []
    for name, named in sorted(named_queries().items()):
        examples.append(
            {"name": name, "description": named.description, "query": _example_text(named)}
        )
    data = json.dumps(examples, ensure_ascii=False, sort_keys=True)
    data = data.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    page = resources.files("kg.query").joinpath("page.html").read_text(encoding="utf-8")
    return page.replace("/*EXAMPLES*/[]", data, 1).encode("utf-8")


def _example_text(named: Any) -> str:
    """The named query with its example's ``--param`` values inlined (a ``VALUES`` block)."""
    from kg.query.params import inline_params

    values: dict[str, str] = {}
    words = named.example.split()
    for i, word in enumerate(words[:-1]):
        if word == "--param" and "=" in words[i + 1]:
            key, value = words[i + 1].split("=", 1)
            values[key] = value.strip("'\"")
    try:
        bound = named.bind(values)
    except QueryError:
        return str(named.text)
    return inline_params(named.text, bound) if bound else str(named.text)


class _Handler(BaseHTTPRequestHandler):
    server: _SparqlServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib name)
        LOG.info("%s " + format, self.address_string(), *args)

    def do_OPTIONS(self) -> None:  # noqa: N802 (stdlib name)
        self._reply(HTTPStatus.NO_CONTENT, b"", "text/plain")

    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        params = parse_qs(url.query)
        accept = self.headers.get("Accept") or ""
        if url.path in PATHS and "query" not in params and "text/html" in accept:
            self._reply(HTTPStatus.OK, self.server.page, "text/html; charset=utf-8")
            return
        self._answer(url.path, params, None)

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
            self._error(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                f"Content-Type {media!r}: use application/sparql-query or a form",
            )

    def _answer(self, path: str, params: dict[str, list[str]], body: str | None) -> None:
        try:
            if path not in PATHS:
                raise _HttpError(HTTPStatus.NOT_FOUND, f"no endpoint at {path!r}; use /sparql")
            if "update" in params:
                raise _HttpError(
                    HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused"
                )
            query = body if body is not None else next(iter(params.get("query", [])), None)
            if not query:
                raise _HttpError(
                    HTTPStatus.BAD_REQUEST, "no query: send ?query=… (GET) or a POST body"
                )
            explicit = next(iter(params.get("format", [])), None)
            status, content_type, data = self.server.run(
                query, explicit, self.headers.get("Accept")
            )
            self._reply(status, data, content_type)
        except _HttpError as exc:
            self._error(exc.status, str(exc))

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._reply(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _reply(self, status: HTTPStatus | int, data: bytes, content_type: str) -> None:
        self.send_response(status)
        for key, value in _CORS.items():
            self.send_header(key, value)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class _SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        store_dir: Path,
        config: ServeConfig,
        cleanup: tempfile.TemporaryDirectory[str] | None,
    ) -> None:
        super().__init__(address, _Handler)
        self.config = config
        self.cleanup = cleanup
        self.page = query_page()
        try:
            self.pool = _WorkerPool(store_dir, spare=config.spare, limit=config.workers)
        except BaseException:
            super().server_close()
            raise

    def run(self, query: str, explicit: str | None, accept: str | None) -> tuple[int, str, bytes]:
        """Answer one query in a worker: ``(status, content type, body)``."""
        worker = self.pool.acquire()
        deadline = time.monotonic() + self.config.timeout
        healthy = False
        try:
            worker.send(
                {
                    "query": query,
                    "format": explicit,
                    "accept": accept,
                    "max_rows": self.config.max_rows,
                }
            )
            head = worker.read_frame(min(deadline, time.monotonic() + _SLOW_AFTER))
            if head is None and worker.proc.poll() is None:
                worker.demote()  # a long query yields the CPU to short ones meanwhile
                head = worker.read_frame(deadline)
            body = worker.read_frame(deadline + self.config.timeout) if head is not None else None
            if head is None or body is None:
                if worker.proc.poll() is None and time.monotonic() >= deadline:
                    raise _HttpError(
                        HTTPStatus.SERVICE_UNAVAILABLE,
                        f"the query ran past the {self.config.timeout:g} s limit "
                        "and was stopped; narrow it (LIMIT, more specific patterns)",
                    )
                raise _HttpError(HTTPStatus.INTERNAL_SERVER_ERROR, "the query worker died")
            healthy = True
            reply = json.loads(head)
            return int(reply["status"]), str(reply["type"]), body
        except (BrokenPipeError, OSError) as exc:
            raise _HttpError(
                HTTPStatus.INTERNAL_SERVER_ERROR, f"the query worker failed: {exc}"
            ) from exc
        finally:
            self.pool.release(worker, healthy=healthy)

    def server_close(self) -> None:
        super().server_close()
        pool = getattr(self, "pool", None)  # absent when binding failed in __init__
        if pool is not None:
            pool.close()
        cleanup = getattr(self, "cleanup", None)
        if cleanup is not None:
            cleanup.cleanup()
            self.cleanup = None


def _disk_copy(graph: KnowledgeGraph) -> tempfile.TemporaryDirectory[str]:
    """Copy an in-memory graph into a temporary on-disk store the workers can open."""
    import pyoxigraph as ox

    tmp = tempfile.TemporaryDirectory(prefix="kg-serve-")
    disk = ox.Store(tmp.name)
    disk.bulk_extend(graph.store.quads_for_pattern(None, None, None, None))
    disk.flush()
    del disk
    return tmp


def make_server(
    graph: KnowledgeGraph | None,
    host: str = "127.0.0.1",
    port: int = 7878,
    config: ServeConfig | None = None,
    *,
    store_dir: Path | None = None,
) -> ThreadingHTTPServer:
    """Create (not start) the SPARQL endpoint; call ``serve_forever()`` on the result.

    Args:
        graph: what to serve; copied into a temporary on-disk store unless it was
            opened from one (``kg load``) or ``store_dir`` is given.
        host: interface to bind; 127.0.0.1 keeps it local.
        port: TCP port; 0 picks a free one (read ``server.server_address``).
        config: time, row and worker limits.
        store_dir: a store directory to serve (read-only) instead of ``graph``.

    Returns:
        The server, bound and listening, with ``config.spare`` workers started.

    Raises:
        ConfigError: the address cannot be bound (a one-line message), or neither
            a graph nor a store is given.
    """
    config = config or ServeConfig()
    cleanup = None
    if store_dir is None:
        if graph is None:
            raise ConfigError("make_server needs a graph or a store_dir")
        if graph.source is not None and is_store_dir(Path(graph.source)):
            store_dir = Path(graph.source)
        else:
            cleanup = _disk_copy(graph)
            store_dir = Path(cleanup.name)
    try:
        return _SparqlServer((host, port), store_dir, config, cleanup)
    except OSError as exc:
        if cleanup is not None:
            cleanup.cleanup()
        reason = (
            "the port is already in use" if exc.errno in (98, 48) else (exc.strerror or str(exc))
        )
        raise ConfigError(
            f"cannot listen on {host}:{port}: {reason}; choose another --port"
        ) from exc
