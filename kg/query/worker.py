"""One SPARQL worker process of ``kg serve``: reads requests on stdin, answers on stdout.

Input: ``python -m kg.query.worker STORE_DIR``, then frames on stdin, each a JSON
request ``{"query", "format", "accept", "max_rows"}``. Output: per request one
JSON header frame ``{"status", "type"}`` and one body frame (the serialised
answer, or an error message). A frame is a 4-byte big-endian length and the bytes.
It does NOT: write to the store (opened read-only), time itself out (the server
kills the process when a query runs past its limit: pyoxigraph cannot be
interrupted in-process), or print anything else on stdout (``print`` goes to stderr).
"""

from __future__ import annotations

import json
import os
import struct
import sys
from typing import IO

__all__ = ["main", "read_frame", "write_frame"]

_LENGTH = struct.Struct(">I")


def write_frame(out: IO[bytes], data: bytes) -> None:
    """Write one length-prefixed frame and flush."""
    out.write(_LENGTH.pack(len(data)) + data)
    out.flush()


def read_frame(inp: IO[bytes]) -> bytes | None:
    """Read one frame; ``None`` at end of input."""
    head = inp.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        return None
    (size,) = _LENGTH.unpack(head)
    return inp.read(size)


def _answer(graph: object, request: dict[str, object]) -> tuple[int, str, bytes]:
    from kg.errors import QueryError
    from kg.query.api import KnowledgeGraph
    from kg.query.results import choose_format, serialize_result

    assert isinstance(graph, KnowledgeGraph)
    max_rows = request.get("max_rows")
    try:
        result = graph.query(
            str(request["query"]), max_rows=int(max_rows) if isinstance(max_rows, int) else None
        )
        fmt = choose_format(result.kind, _opt(request.get("format")), _opt(request.get("accept")))
        data, content_type = serialize_result(result, fmt)
    except QueryError as exc:
        return 400, "text/plain; charset=utf-8", (str(exc) + "\n").encode("utf-8")
    return 200, content_type, data


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def main(argv: list[str] | None = None) -> int:
    """Serve requests for the store directory ``argv[0]`` until stdin closes."""
    args = sys.argv[1:] if argv is None else argv
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray prints must not corrupt frames
    inp = sys.stdin.buffer

    from kg.errors import QueryError
    from kg.query.api import open_store

    try:
        graph = open_store(args[0])
    except QueryError as exc:  # the server went away and took its temporary store
        print(f"kg query worker: {exc}", file=sys.stderr)
        return 2
    write_frame(out, b'{"ready": true}')
    while (frame := read_frame(inp)) is not None:
        status, content_type, body = _answer(graph, json.loads(frame))
        write_frame(out, json.dumps({"status": status, "type": content_type}).encode("utf-8"))
        write_frame(out, body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
