"""Writing the outputs: sorted, deduplicated, streaming, atomic.

Input: per-article cache files holding the final bytes each article contributes
(``write_chunk``/``read_chunk``), or per-graph N-Quads chunks (the Dask build).
Output: ``kg.trig`` (named graphs) and ``kg.ttl`` (their union). It does not: hold the
corpus in memory, or parse and re-serialise what the workers already wrote.

``write_streamed_files`` (``kg build``): kg.trig is the prefix lines plus each graph's
block, concatenated in graph order. kg.ttl is sorted by subject: the subjects that carry
an article's id (``kg.graph.article.LOCAL_FAMILIES``) are that article's alone, so for
each family the articles' Turtle blocks are concatenated in graph (= id) order; the
other subjects' lines are merged across articles and deduplicated by GNU ``sort -u``
(bounded memory; in-memory fallback without it), then written by pyoxigraph in batches,
between the families where they sort. Both equal what one pyoxigraph ``serialize`` of
all graphs writes, because its writers only group consecutive triples of one subject.
``write_graph_files`` (Dask, and the fallback) parses N-Quads chunks and serialises.

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
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from kg.errors import OutputError
from kg.iris import PREFIXES

__all__ = [
    "Chunk",
    "add_shacl",
    "SharedCollisionError",
    "StreamedTotals",
    "atomic_path",
    "count_types",
    "dump_json",
    "file_digest",
    "read_chunk",
    "sorted_union_lines",
    "special_blocks",
    "write_bytes_atomic",
    "write_chunk",
    "write_graph_files",
    "write_streamed_files",
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
        ox.serialize(
            _quads_from_chunks(chunks), output=str(tmp), format=ox.RdfFormat.TRIG, prefixes=PREFIXES
        )


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
        subprocess.run(
            [sort, "-u", "-S", "256M", "-T", str(workdir), "-o", str(result), str(unsorted)],
            check=True,
            env=env,
        )
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
    return {
        "triples": triples,
        "entities_by_type": entities_by_type,
        "write_trig_s": t1 - t0,
        "write_ttl_s": time.perf_counter() - t1,
    }


def dump_json(data: dict[str, Any]) -> str:
    """Pretty UTF-8 JSON for report.json (paths and dates as strings)."""
    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"


_CHUNK_MAGIC = b"KGCHUNK1 "
_SHARED_BATCH = 50_000  # shared lines serialised per pyoxigraph call (bounded memory)


def write_chunk(path: Path, outcome: Any) -> None:
    """Cache one article's output blocks (``kg.build.worker.ArticleOutcome``) atomically.

    The file is one JSON header line (counts, SHACL result, section sizes) followed by
    the TriG block, the Turtle blocks of each local family and the shared lines.
    """
    sections = [outcome.trig, *outcome.local, outcome.shared]
    header = {
        "quads": outcome.quad_count,
        "local": outcome.local_count,
        "types": outcome.local_types,
        "shacl": None if outcome.shacl is None else list(outcome.shacl),
        "sizes": [len(b) for b in sections],
    }
    data = (
        _CHUNK_MAGIC
        + json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode()
        + b"\n"
    )
    _write_file_atomic(path, b"".join([data, *sections]))


def _write_file_atomic(target: Path, data: bytes) -> None:
    """``write_bytes_atomic`` in four system calls, for the build's many cache files.

    The temporary name is ``.<name>.<pid>.tmp`` (the build lock keeps other builds out,
    the pid other workers); ``os.open`` gives the mode ``open()`` would (0666 less the
    umask). A leftover from a killed build is removed by the next one.

    Raises:
        OutputError: the file cannot be written.
    """
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        try:
            view, written = memoryview(data), 0
            while written < len(data):
                written += os.write(fd, view[written:])
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"{target}: cannot write ({exc.strerror})") from exc


@dataclass(frozen=True, slots=True)
class Chunk:
    """A cached article's blocks, as ``write_chunk`` stored them."""

    quads: int
    local_count: int
    types: dict[str, int]
    shacl: list[str] | None
    trig: bytes
    local: tuple[bytes, ...]
    shared: bytes


def read_chunk(path: Path) -> Chunk:
    """Read a file written by ``write_chunk``.

    Raises:
        OutputError: the file is not a chunk (a cache from another version).
    """
    data = path.read_bytes()
    end = data.find(b"\n")
    if not data.startswith(_CHUNK_MAGIC) or end < 0:
        raise OutputError(f"{path}: not a kg build cache file; rebuild with --force")
    header = json.loads(data[len(_CHUNK_MAGIC) : end])
    parts, offset = [], end + 1
    for size in header["sizes"]:
        parts.append(data[offset : offset + size])
        offset += size
    return Chunk(
        header["quads"],
        header["local"],
        header["types"],
        header["shacl"],
        parts[0],
        tuple(parts[1:-1]),
        parts[-1],
    )


@dataclass(slots=True)
class StreamedTotals:
    """What ``write_streamed_files`` counted while writing."""

    triples: int = 0
    quads: int = 0
    entities_by_type: dict[str, int] = field(default_factory=dict)
    shacl_checked: int = 0
    shacl_unchecked: int = 0
    shacl_failed_graphs: int = 0
    shacl_violations: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


class SharedCollisionError(Exception):
    """A graph states a triple about another article's own node (never in practice)."""


def special_blocks(nquads: bytes) -> tuple[bytes, bytes, int]:
    """A small graph given as sorted N-Quads: its TriG block, its N-Triples lines, its size."""
    from kg.graph.article import serialization_header

    if not nquads:
        return b"", b"", 0
    quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    trig = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES) or b""
    lines = "".join(_triple_line(line) for line in nquads.decode("utf-8").splitlines(keepends=True))
    return trig[len(serialization_header()) :], lines.encode("utf-8"), len(quads)


def _sort_unique(unsorted: Path, result: Path, workdir: Path) -> None:
    """``LC_ALL=C sort -u`` (bounded memory), or an in-memory sort without GNU sort."""
    sort = shutil.which("sort")
    if sort:
        env = dict(os.environ, LC_ALL="C")
        subprocess.run(
            [sort, "-u", "-S", "128M", "-T", str(workdir), "-o", str(result), str(unsorted)],
            check=True,
            env=env,
        )
    else:
        result.write_bytes(b"".join(sorted(set(unsorted.read_bytes().splitlines(keepends=True)))))


def _write_shared(lines: list[bytes], out: IO[bytes], header_len: int) -> None:
    if lines:
        text = (
            ox.serialize(
                ox.parse(b"".join(lines), format=ox.RdfFormat.N_TRIPLES),
                format=ox.RdfFormat.TURTLE,
                prefixes=PREFIXES,
            )
            or b""
        )
        out.write(text[header_len:])


def _write_union(
    spools: list[Path], shared_sorted: Path, target: Path, totals: StreamedTotals
) -> None:
    """kg.ttl: the shared lines, in batches cut at subject changes, around the family spools."""
    from kg.graph.article import LOCAL_FAMILIES, serialization_header

    header = serialization_header()
    families = [f.encode() for f in LOCAL_FAMILIES]
    types: Counter[str] = Counter(totals.entities_by_type)
    rdf_type = b" " + _RDF_TYPE.encode() + b" "
    with atomic_path(target) as tmp, tmp.open("wb") as out, shared_sorted.open("rb") as shared:
        out.write(header)
        segment = 0
        batch: list[bytes] = []
        subject = b""
        for line in shared:
            totals.triples += 1
            if rdf_type in line:
                s_end = line.index(b" ")
                if line[s_end : s_end + len(rdf_type)] == rdf_type:
                    types[line[s_end + len(rdf_type) + 1 :].rstrip(b" .\n")[:-1].decode()] += 1
            if line.startswith(tuple(families)):
                raise SharedCollisionError(line[:200].decode("utf-8", "replace"))
            while segment < len(families) and line > families[segment]:
                _write_shared(batch, out, len(header))
                batch = []
                with spools[segment].open("rb") as spool:
                    shutil.copyfileobj(spool, out, 1 << 20)
                segment += 1
            this_subject = line[: line.index(b" ")]
            if len(batch) >= _SHARED_BATCH and this_subject != subject:
                _write_shared(batch, out, len(header))
                batch = []
            subject = this_subject
            batch.append(line)
        _write_shared(batch, out, len(header))
        for spool_path in spools[segment:]:
            with spool_path.open("rb") as spool:
                shutil.copyfileobj(spool, out, 1 << 20)
    totals.entities_by_type = dict(sorted(types.items()))


def write_streamed_files(
    chunks: list[Path], specials: list[bytes], out_dir: Path, workdir: Path
) -> StreamedTotals:
    """Write ``kg.trig`` and ``kg.ttl`` from article cache files, switched in together.

    Args:
        chunks: ``write_chunk`` files, in graph-IRI (= article id) order.
        specials: sorted N-Quads of the graphs that sort after the articles' (build,
            reference), in graph order.
        out_dir: where kg.trig and kg.ttl go.
        workdir: a scratch folder on the same file system as ``out_dir``.

    Returns:
        Counts (triples of kg.ttl, quads, types), the articles' SHACL results, timings.
    """
    from kg.graph.article import LOCAL_FAMILIES, serialization_header

    stage = workdir / "stage"
    stage.mkdir(parents=True, exist_ok=True)
    totals = StreamedTotals()
    types: Counter[str] = Counter()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=workdir, prefix="sort-") as tmp_name:
        tmp = Path(tmp_name)
        spools = [tmp / f"family-{i}.ttl" for i in range(len(LOCAL_FAMILIES))]
        unsorted = tmp / "shared.unsorted.nt"
        with ExitStack() as stack:
            trig = stack.enter_context(
                stack.enter_context(atomic_path(stage / "kg.trig")).open("wb")
            )
            shared = stack.enter_context(unsorted.open("wb"))
            family_out = [stack.enter_context(p.open("wb")) for p in spools]
            trig.write(serialization_header())
            for path in chunks:
                chunk = read_chunk(path)
                trig.write(chunk.trig)
                for out, block in zip(family_out, chunk.local, strict=True):
                    out.write(block)
                shared.write(chunk.shared)
                totals.quads += chunk.quads
                totals.triples += chunk.local_count
                types.update(chunk.types)
                add_shacl(totals, chunk.shacl)
            for nquads in specials:
                block, lines, count = special_blocks(nquads)
                trig.write(block)
                shared.write(lines)
                totals.quads += count
        t1 = time.perf_counter()
        shared_sorted = tmp / "shared.sorted.nt"
        _sort_unique(unsorted, shared_sorted, tmp)
        unsorted.unlink()
        totals.entities_by_type = dict(types)
        _write_union(spools, shared_sorted, stage / "kg.ttl", totals)
    os.replace(stage / "kg.trig", out_dir / "kg.trig")
    os.replace(stage / "kg.ttl", out_dir / "kg.ttl")
    totals.timings = {"write_trig": t1 - t0, "write_ttl": time.perf_counter() - t1}
    return totals


def add_shacl(totals: StreamedTotals, violations: list[str] | None) -> None:
    """Count one article graph's SHACL result into ``totals``.

    Args:
        totals: the build's running totals.
        violations: the graph's violation lines ([] when it conforms), None when the
            worker did not check it.
    """
    if violations is None:
        totals.shacl_unchecked += 1
        return
    totals.shacl_checked += 1
    if violations:
        totals.shacl_failed_graphs += 1
        if len(totals.shacl_violations) < 40:
            totals.shacl_violations.extend(violations[: 40 - len(totals.shacl_violations)])
