"""Writing the outputs: sorted, deduplicated, streaming, atomic.

Input: per-graph N-Quads chunks on disk (one per article, plus the reference and build
graphs). Output: ``kg.trig`` (named graphs) and ``kg.ttl`` (their union) through
pyoxigraph's serialisers. It does not: hold the corpus in memory. TriG streams graph by
graph in graph-IRI order; Turtle needs a global sort + dedup of triples, done by GNU
``sort -u`` on N-Triples lines (bounded memory) with an in-memory fallback.

Every file is written to a temporary name in the same folder and renamed
(``os.replace``), so a reader never sees a half-written file and an interrupted build
leaves the previous outputs intact.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import OutputError
from kg.iris import PREFIXES

__all__ = [
    "atomic_path",
    "count_types",
    "file_digest",
    "sorted_union_lines",
    "write_trig",
    "dump_json",
    "write_bytes_atomic",
    "write_graph_files",
    "write_text_atomic",
    "write_trig",
    "write_turtle",
]

_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_UMASK = os.umask(0o022)  # read the process umask once (set it straight back)
os.umask(_UMASK)


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it onto ``target`` on success.

    Raises:
        OutputError: the folder cannot be written.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"{target.parent}: cannot write here ({exc.strerror})") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs get what open() would give
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def _quads_from_chunks(chunks: Iterable[Path]) -> Iterator[ox.Quad]:
    for chunk in chunks:
        yield from ox.parse(path=str(chunk), format=ox.RdfFormat.N_QUADS)


def write_trig(chunks: list[Path], target: Path) -> None:
    """Write the chunks (each one sorted named graph) as one TriG file, graphs in order.

    Args:
        chunks: N-Quads files, each holding exactly one graph, already sorted.
        target: the ``.trig`` file to (re)write atomically.
    """
    with atomic_path(target) as tmp:
        ox.serialize(_quads_from_chunks(chunks), output=str(tmp), format=ox.RdfFormat.TRIG,
                     prefixes=PREFIXES)


def _triple_line(quad_line: str) -> str:
    """Drop the graph term of a canonical N-Quads line (the graph is the last ``<…>``)."""
    body = quad_line.rstrip()
    if body.endswith(" ."):
        body = body[:-2]
    return body[: body.rfind(" <")] + " .\n"


def sorted_union_lines(chunks: list[Path], workdir: Path) -> Path:
    """Write the union of all chunks' triples, sorted and unique, as N-Triples.

    Args:
        chunks: N-Quads files.
        workdir: folder for temporary files.

    Returns:
        The path of the sorted N-Triples file (inside ``workdir``).
    """
    unsorted = workdir / "union.unsorted.nt"
    result = workdir / "union.sorted.nt"
    with unsorted.open("w", encoding="utf-8") as out:
        for chunk in chunks:
            with chunk.open(encoding="utf-8") as fh:
                out.writelines(_triple_line(line) for line in fh if line.strip())
    sort = shutil.which("sort")
    if sort:
        env = dict(os.environ, LC_ALL="C")
        subprocess.run([sort, "-u", "-S", "256M", "-T", str(workdir), "-o", str(result), str(unsorted)],
                       check=True, env=env)
    else:  # no GNU sort (e.g. Windows): in-memory, byte order like LC_ALL=C
        lines = sorted(set(unsorted.read_bytes().splitlines(keepends=True)))
        result.write_bytes(b"".join(lines))
    unsorted.unlink()
    return result


def write_turtle(sorted_nt: Path, target: Path) -> None:
    """Serialise sorted N-Triples as Turtle with the project prefixes, atomically."""
    with atomic_path(target) as tmp:
        triples = ox.parse(path=str(sorted_nt), format=ox.RdfFormat.N_TRIPLES)
        ox.serialize(triples, output=str(tmp), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def count_types(sorted_nt: Path) -> tuple[int, dict[str, int]]:
    """Count triples and typed entities (``rdf:type`` objects) in a sorted N-Triples file."""
    total = 0
    types: Counter[str] = Counter()
    with sorted_nt.open(encoding="utf-8") as fh:
        for line in fh:
            total += 1
            parts = line.split(" ", 2)
            if len(parts) == 3 and parts[1] == _RDF_TYPE:
                types[parts[2].rstrip(" .\n").strip("<>")] += 1
    return total, dict(sorted(types.items()))


def file_digest(path: Path) -> str:
    """SHA-1 of a file's bytes (for report.json and the incremental manifest)."""
    digest = hashlib.sha1()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_bytes_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file and a rename."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_text_atomic(target: Path, text: str) -> None:
    """Write UTF-8 ``text`` to ``target`` through a temporary file and a rename."""
    write_bytes_atomic(target, text.encode("utf-8"))



def write_graph_files(chunks: list[Path], out_dir: Path, workdir: Path) -> dict[str, Any]:
    """Write ``kg.trig`` and ``kg.ttl`` from per-graph chunks, switched in together.

    Both files are staged in ``workdir`` and renamed into ``out_dir`` at the end, so a
    failure or kill before the renames leaves the previous pair as it was, never a mix.

    Args:
        chunks: N-Quads files, one sorted named graph each, in graph order.
        out_dir: where kg.trig and kg.ttl go.
        workdir: a scratch folder on the same file system as ``out_dir``.

    Returns:
        ``triples`` (in kg.ttl), ``entities_by_type`` and the seconds each file took.
    """
    stage = workdir / "stage"
    stage.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    write_trig(chunks, stage / "kg.trig")
    t1 = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=workdir, prefix="sort-") as tmp:
        union = sorted_union_lines(chunks, Path(tmp))
        triples, entities_by_type = count_types(union)
        write_turtle(union, stage / "kg.ttl")
    for name in ("kg.trig", "kg.ttl"):
        os.replace(stage / name, out_dir / name)
    return {"triples": triples, "entities_by_type": entities_by_type,
            "write_trig_s": t1 - t0, "write_ttl_s": time.perf_counter() - t1}


def dump_json(data: dict[str, Any]) -> str:
    """Pretty UTF-8 JSON for report.json (paths and dates as strings)."""
    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
