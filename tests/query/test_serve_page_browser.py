"""The kg serve query page in headless Chromium: examples listed, one runs, nothing external."""

from __future__ import annotations

import re
import subprocess
import tempfile
import threading
from collections.abc import Iterator

import pytest

from kg.query import KnowledgeGraph
from kg.query.serve import ServeConfig, make_server
from tests.viz.browser import OFFLINE_FLAGS, console_messages, find_chromium

pytestmark = [
    pytest.mark.external,
    pytest.mark.skipif(
        find_chromium() is None,
        reason=(
            "chromium not installed: apt-get install -y --no-install-recommends chromium fonts-noto-cjk"
        ),
    ),
]


@pytest.fixture(scope="module")
def page_url(mini_graph: KnowledgeGraph) -> Iterator[str]:
    server = make_server(mini_graph, "127.0.0.1", 0, ServeConfig(timeout=5, max_rows=100))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}/"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


#: The offline flags, but the loopback server itself must resolve.
FLAGS = tuple(
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
    if flag.startswith("--host-resolver-rules")
    else flag
    for flag in OFFLINE_FLAGS
)


def test_query_page_runs_a_named_example_offline(page_url: str) -> None:
    binary = find_chromium()
    assert binary is not None
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        done = subprocess.run(
            [
                binary,
                *FLAGS,
                f"--user-data-dir={profile}",
                "--enable-logging=stderr",
                "--v=0",
                "--virtual-time-budget=5000",
                "--dump-dom",
                page_url + "#example=zones-by-province",
            ],
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
    dom, log = done.stdout, done.stderr
    assert "zones-as-of" in dom  # the named queries are the examples
    table = re.search(r'<div id="kg-result">(.*?)</div>', dom, re.DOTALL)
    assert table and "<th>province</th>" in table.group(1), dom[-2000:]
    assert "浙江省" in table.group(1)
    assert console_messages(log) == []
    assert "ERR_NAME_NOT_RESOLVED" not in log
