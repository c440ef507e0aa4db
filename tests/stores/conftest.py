"""Fixtures for the triplestore tests: the built corpus and a private Virtuoso instance.

Virtuoso (Debian ``virtuoso-opensource``) runs from a tmp dir on free loopback ports,
with its own database (user ``dba``/``dba``), and is stopped by its PID at the end.
Traps handled (seen with Debian virtuoso-opensource 7.2.5.1): ``isql-vt`` exits 0 on SQL errors, so
its output is searched for ``*** Error``; load errors are only in ``DB.DBA.LOAD_LIST``.
"""

from __future__ import annotations

import re
import shlex
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.query import KnowledgeGraph, NamedQuery, open_graph

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"
VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def free_port() -> int:
    """Return a TCP port that is free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def example_params(query: NamedQuery) -> dict[str, str]:
    """Return the ``--param k=v`` pairs of a named query's documented example."""
    return dict(re.findall(r"(?:--param|-p)\s+(\w+)=(\S+)", query.example))


@pytest.fixture(scope="session")
def built_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``data/articles`` built once into a tmp out dir."""
    try:
        from kg.build import build_corpus
    except ImportError as exc:
        pytest.skip(f"kg.build not available: {exc}")
    out = tmp_path_factory.mktemp("stores") / "out"
    build_corpus(ARTICLES, out)
    return out


@pytest.fixture(scope="session")
def built_graph(built_out: Path) -> KnowledgeGraph:
    """The built corpus in an embedded store."""
    return open_graph(built_out)


@dataclass
class Virtuoso:
    """A running private Virtuoso: ISQL on ``isql_port``, HTTP on ``http_port``."""

    root: Path
    isql_port: int
    http_port: int
    process: subprocess.Popen[bytes]

    def isql(self, sql: str, *, timeout: float = 120) -> str:
        """Run SQL through isql-vt and return its output; raise on ``*** Error``."""
        done = subprocess.run(
            ["isql-vt", f"127.0.0.1:{self.isql_port}", "dba", "dba", f"exec={sql}"],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        output = done.stdout + done.stderr
        if done.returncode != 0 or "*** Error" in output:
            raise AssertionError(f"isql-vt {shlex.quote(sql)} failed:\n{output}")
        return output

    def sparql(self, query: str) -> bytes:
        """POST a query to /sparql and return the SPARQL JSON results."""
        data = urllib.parse.urlencode({"query": query}).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.http_port}/sparql",
            data=data,
            headers={"Accept": "application/sparql-results+json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as reply:
                return bytes(reply.read())
        except urllib.error.HTTPError as exc:  # Virtuoso says why in the body
            raise AssertionError(exc.read().decode("utf-8", "replace")[:2000]) from exc

    def stop(self) -> None:
        """Shut down by ISQL, then by PID if it is still alive."""
        try:
            subprocess.run(
                ["isql-vt", f"127.0.0.1:{self.isql_port}", "dba", "dba", "exec=shutdown;"],
                capture_output=True,
                timeout=30,
                check=False,
            )
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def _write_ini(root: Path, isql_port: int, http_port: int, dirs: Path) -> Path:
    text = VIRTUOSO_INI.read_text(encoding="utf-8")
    text = text.replace("/var/lib/virtuoso-opensource-7/db", str(root / "db"))
    text = text.replace("/var/lib/virtuoso-opensource-7/vsp", str(root / "vsp"))
    text = re.sub(
        r"(?m)^ServerPort(\s*)=\s*1111\s*$", rf"ServerPort\g<1>= 127.0.0.1:{isql_port}", text
    )
    text = re.sub(
        r"(?m)^ServerPort(\s*)=\s*8890\s*$", rf"ServerPort\g<1>= 127.0.0.1:{http_port}", text
    )
    text = re.sub(
        r"(?m)^DirsAllowed\s*=.*$",
        f"DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad, {dirs}",
        text,
    )
    text = re.sub(r"(?m)^MaxQueryExecutionTime\s*=.*$", "MaxQueryExecutionTime = 0", text)
    text = re.sub(r"(?m)^ResultSetMaxRows\s*=.*$", "ResultSetMaxRows = 1000000", text)
    # the paged queries join sub-SELECTs (Oxigraph then hash-joins index scans);
    # Virtuoso's cost estimate for them is far above what the bundled graph takes
    text = re.sub(
        r"(?m)^;?\s*MaxQueryCostEstimationTime\s*=.*$", "MaxQueryCostEstimationTime = 0", text
    )
    ini = root / "virtuoso.ini"
    ini.write_text(text, encoding="utf-8")
    return ini


def _wait_ready(server: Virtuoso, deadline: float) -> None:
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            log = (server.root / "virtuoso.out").read_text(errors="replace")[-2000:]
            raise AssertionError(f"virtuoso-t exited with {server.process.returncode}:\n{log}")
        try:
            server.isql("select 1;", timeout=10)
            urllib.request.urlopen(
                f"http://127.0.0.1:{server.http_port}/sparql?query=ASK%7B%7D", timeout=5
            ).close()
            return
        except (AssertionError, OSError, subprocess.TimeoutExpired):
            time.sleep(0.25)
    raise AssertionError("virtuoso did not answer on ISQL and HTTP within 90 s")


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    """A private Virtuoso on free loopback ports; skipped when it is not installed."""
    missing = [tool for tool in ("virtuoso-t", "isql-vt") if shutil.which(tool) is None]
    if missing or not VIRTUOSO_INI.is_file():
        pytest.skip(
            f"Virtuoso not installed ({', '.join(missing) or VIRTUOSO_INI}): "
            "apt-get install virtuoso-opensource (see the README, 'Load into your triplestore')"
        )
    root = tmp_path_factory.mktemp("virtuoso")
    (root / "db").mkdir()
    (root / "vsp").mkdir()
    (root / "data").mkdir()
    isql_port, http_port = free_port(), free_port()
    ini = _write_ini(root, isql_port, http_port, root / "data")
    with (root / "virtuoso.out").open("wb") as log:
        process = subprocess.Popen(
            ["virtuoso-t", "+foreground", "+configfile", str(ini)],
            cwd=root,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = Virtuoso(root, isql_port, http_port, process)
    try:
        _wait_ready(server, time.monotonic() + 90)
        yield server
    finally:
        server.stop()
