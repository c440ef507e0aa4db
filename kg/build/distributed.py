"""Build past one machine: the same per-article function on a Dask cluster.

Input: article files or folders, an output folder, a Dask scheduler address (or none:
a local cluster of 2 worker processes). Output: ``<out>/parts/part-NNNNN.nq`` (one
N-Quads file per partition of the sorted file list, graphs in graph-IRI order),
``parts/part-build.nq`` + ``parts/part-reference.nq``, ``parts/_manifest.json``,
``report.json`` and, with ``merge``, the same ``kg.trig`` / ``kg.ttl`` as ``kg build``.
SHACL: each worker checks its article graphs with ``process_article`` (as ``kg build``
does), the summaries carry the violations back, and the reference graph is validated
once here; ``report.json`` gets the same ``shacl`` section as ``kg build``'s.
It does not: reuse earlier results (every run rebuilds every article), draw kg.html,
or ship graph data through the scheduler — each task writes its own part file on
storage shared by the workers and returns only a small summary.

Design:

* partitions are contiguous slices of the inputs sorted by display name, so the same
  input gives the same part files whatever the cluster size or scheduling order;
* a part holds each article graph as ``process_article`` serialised it, ordered by
  article id (= graph IRI), written to a temporary name and renamed;
* two files with the same article id (same title and date) keep the first by file
  name, as the local build reports; a duplicate in a later part is removed from it by
  a second small task;
* Dask is imported only inside the functions here (``pip install
  'pilot-zone-kg[distributed]'``), so the rest of ``kg`` never needs it.
"""

from __future__ import annotations

import logging
import math
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kg import __version__, iris
from kg.build import check_output_dir
from kg.build.output import (
    dump_json,
    file_digest,
    write_bytes_atomic,
    write_graph_files,
    write_text_atomic,
)
from kg.build.state import BuildLock
from kg.build.worker import DEFAULT_LIMITS, Limits, process_article
from kg.errors import ConfigError

__all__ = [
    "ArticleSummary",
    "DistributedReport",
    "PartSummary",
    "build_distributed",
    "partition",
]

PARTS_DIR = "parts"
MANIFEST_NAME = "_manifest.json"
#: Inputs up to this many articles are merged into kg.trig/kg.ttl by default.
MERGE_MAX_ARTICLES = 20_000
#: Default partition count: at least this many, and at most this many articles each.
MIN_PARTITIONS = 8
MAX_PER_PARTITION = 1_000
INSTALL_HINT = "pip install 'pilot-zone-kg[distributed]'"
_CONNECT_TIMEOUT = "30s"


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """What one article gave, without its graph (small enough for the scheduler)."""

    file: str
    content_hash: str
    article_id: str | None = None
    quads: int = 0
    error: str | None = None
    warnings: tuple[str, ...] = ()
    #: SHACL violations of the article graph; None when it was not checked.
    shacl: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class PartSummary:
    """One written part file: its name, its articles and what it holds."""

    name: str
    articles: tuple[ArticleSummary, ...]
    graphs: tuple[str, ...]
    quads: int
    bytes: int
    sha1: str


@dataclass(slots=True)
class DistributedReport:
    """What a distributed build did; ``to_json()`` is written to ``report.json``."""

    input: list[str]
    output: str
    scheduler: str
    partitions: int = 0
    found: int = 0
    built: int = 0
    failed: int = 0
    duplicates: int = 0
    merged: bool = False
    triples: int = 0
    quads: int = 0
    graphs: int = 0
    entities_by_type: dict[str, int] = field(default_factory=dict)
    errors: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    parts: list[dict[str, Any]] = field(default_factory=list)
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    shacl: dict[str, Any] = field(default_factory=dict)

    @property
    def has_errors(self) -> bool:
        """True when at least one article could not be built."""
        return self.failed > 0

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: the local build's report.json keys plus ``distributed``."""
        return {
            "tool": f"pilot-zone-kg {__version__}",
            "input": self.input,
            "output": self.output,
            "articles": {
                "found": self.found,
                "built": self.built,
                "reused": 0,
                "failed": self.failed,
                "duplicates": self.duplicates,
            },
            "up_to_date": False,
            "triples": self.triples,
            "quads": self.quads,
            "graphs": self.graphs,
            "entities_by_type": self.entities_by_type,
            "errors": self.errors,
            "warnings": self.warnings,
            "files": self.files,
            "timings_s": {k: round(v, 3) for k, v in self.timings.items()},
            "shacl": self.shacl,
            "distributed": {
                "scheduler": self.scheduler,
                "partitions": self.partitions,
                "merged": self.merged,
                "parts": self.parts,
            },
        }


def partition(items: Sequence[Any], count: int) -> list[list[Any]]:
    """Split ``items`` into ``count`` contiguous slices whose sizes differ by at most one.

    Args:
        items: the (already sorted) items.
        count: number of slices wanted; capped at ``len(items)``.

    Returns:
        The non-empty slices, in order.

    Raises:
        ConfigError: ``count`` is less than 1.
    """
    if count < 1:
        raise ConfigError(f"--partitions is {count!r}: expected a whole number >= 1")
    count = min(count, len(items)) or 1
    size, extra = divmod(len(items), count)
    slices: list[list[Any]] = []
    start = 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        if end > start:
            slices.append(list(items[start:end]))
        start = end
    return slices


def default_partitions(article_count: int) -> int:
    """Partitions for ``article_count`` inputs: a function of the input only (determinism)."""
    return max(MIN_PARTITIONS, math.ceil(article_count / MAX_PER_PARTITION))


def _part_name(index: int) -> str:
    return f"part-{index:05d}.nq"


def _graph_term(line: bytes) -> bytes:
    """The graph IRI (``<…>``) of one canonical N-Quads line of a named graph."""
    return line.rstrip().removesuffix(b" .").rsplit(b" ", 1)[-1]


def _summarise(
    name: str, path: Path, articles: Sequence[ArticleSummary], graphs: Sequence[str]
) -> PartSummary:
    with path.open("rb") as fh:
        lines = sum(1 for line in fh if line.strip())
    return PartSummary(
        name, tuple(articles), tuple(graphs), lines, path.stat().st_size, file_digest(path)
    )


def build_partition(
    index: int,
    items: Sequence[tuple[str, str]],
    parts_dir: str,
    limits: Limits = DEFAULT_LIMITS,
    shacl: bool = True,
) -> PartSummary:
    """Process one partition's articles and write them as one N-Quads part file.

    Runs on a Dask worker (or anywhere): only the paths go in and only a summary comes
    back; the graphs go to ``parts_dir`` on shared storage.

    Args:
        index: the partition number (names the file ``part-<index>.nq``).
        items: ``(absolute path, display name)`` pairs, sorted by display name.
        parts_dir: the folder of part files (absolute, seen by every worker).
        limits: per-article size and time limits (the time limit needs a main thread,
            so Dask worker threads run without it).
        shacl: check each article graph against the shapes (``process_article``).

    Returns:
        The :class:`PartSummary`.
    """
    name = _part_name(index)
    summaries: list[ArticleSummary] = []
    graphs: dict[str, bytes] = {}
    for path, display in items:
        outcome = process_article(Path(path), display, limits=limits, shacl=shacl)
        summaries.append(
            ArticleSummary(
                outcome.path,
                outcome.content_hash,
                outcome.article_id,
                outcome.quad_count,
                outcome.error,
                outcome.warnings,
                outcome.shacl,
            )
        )
        if outcome.error is None and outcome.article_id and outcome.article_id not in graphs:
            graphs[outcome.article_id] = outcome.nquads
    target = Path(parts_dir) / name
    write_bytes_atomic(target, b"".join(graphs[aid] for aid in sorted(graphs)))
    return _summarise(name, target, summaries, sorted(graphs))


def drop_graphs(part: str, article_ids: Sequence[str], parts_dir: str) -> PartSummary:
    """Rewrite one part file without the graphs of ``article_ids`` (later duplicates).

    Args:
        part: the part file name.
        article_ids: ids whose graphs this part must not hold.
        parts_dir: the folder of part files.

    Returns:
        The summary of the rewritten part (articles are filled in by the caller).
    """
    target = Path(parts_dir) / part
    drop = {f"<{iris.article_graph_iri(aid)}>".encode() for aid in article_ids}
    kept = [
        line
        for line in target.read_bytes().splitlines(keepends=True)
        if _graph_term(line) not in drop
    ]
    write_bytes_atomic(target, b"".join(kept))
    graphs = sorted({_graph_term(line).decode()[1:-1] for line in kept})
    ids = [g.removeprefix(iris.article_graph_iri("")) for g in graphs]
    return _summarise(part, target, (), ids)


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise ConfigError(
            f"kg build-dask needs Dask, which is not installed ({exc}); "
            f"install it with: {INSTALL_HINT}"
        ) from exc
    return distributed


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Any]:
    """A Dask client on ``scheduler``, or on a local cluster of ``workers`` processes."""
    distributed = _import_distributed()
    if scheduler is None:
        with (
            distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
                silence_logs=logging.ERROR,
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = distributed.Client(scheduler, timeout=_CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(
            f"--scheduler {scheduler!r}: cannot connect ({exc}); start one with "
            "'dask scheduler' and give its address, e.g. tcp://10.0.0.5:8786"
        ) from exc
    with client:
        yield client


def _check_output_dir(out_dir: Path, *, force: bool) -> None:
    ours = (out_dir / PARTS_DIR / MANIFEST_NAME).exists() or (out_dir / ".kg-cache").exists()
    check_output_dir(out_dir, force=force, has_manifest=ours)


def _run_partitions(
    client: Any,
    slices: list[list[tuple[str, str]]],
    parts_dir: Path,
    limits: Limits,
    shacl: bool,
) -> list[PartSummary]:
    futures = [
        client.submit(build_partition, i, items, str(parts_dir), limits, shacl, pure=False)
        for i, items in enumerate(slices)
    ]
    summaries: list[PartSummary] = client.gather(futures)
    return summaries


def _drop_duplicates(
    client: Any, parts: list[PartSummary], parts_dir: Path, report: DistributedReport
) -> list[PartSummary]:
    """Keep each article id in the first part (by file name) that has it."""
    first_file: dict[str, str] = {}
    drops: dict[int, list[str]] = {}
    for i, part in enumerate(parts):
        for article in part.articles:
            aid = article.article_id
            if article.error is not None or aid is None:
                continue
            if aid in first_file:
                report.duplicates += 1
                report.warnings.append(
                    f"{article.file}: same title and date as {first_file[aid]}; kept the first"
                )
                if (
                    aid in part.graphs
                    and aid not in drops.get(i, [])
                    and not any(
                        a.article_id == aid and a.file == first_file[aid] for a in part.articles
                    )
                ):
                    drops.setdefault(i, []).append(aid)
                continue
            first_file[aid] = article.file
    if not drops:
        return parts
    futures = {
        i: client.submit(drop_graphs, parts[i].name, sorted(ids), str(parts_dir), pure=False)
        for i, ids in drops.items()
    }
    result = list(parts)
    for i, future in futures.items():
        new = future.result()
        result[i] = PartSummary(
            new.name, parts[i].articles, new.graphs, new.quads, new.bytes, new.sha1
        )
    return result


def _special_parts(parts_dir: Path) -> list[Path]:
    """Write the build and reference graphs as their own parts (loaded with the rest)."""
    from kg.build import write_build_graph_chunk, write_reference_chunk

    build, reference = parts_dir / "part-build.nq", parts_dir / "part-reference.nq"
    write_build_graph_chunk(build)
    write_reference_chunk(reference)
    return [build, reference]


def _split_graphs(part: Path, chunk_dir: Path) -> None:
    """Write each graph of a part file (graphs are contiguous) as ``<id>.nq``."""
    prefix = f"<{iris.article_graph_iri('')}".encode()
    current: bytes | None = None
    out: Any = None
    try:
        with part.open("rb") as fh:
            for line in fh:
                graph = _graph_term(line)
                if graph != current:
                    if out is not None:
                        out.close()
                    current = graph
                    aid = graph.removeprefix(prefix).removesuffix(b">").decode()
                    out = (chunk_dir / f"{aid}.nq").open("wb")
                out.write(line)
    finally:
        if out is not None:
            out.close()


def _merge(
    out_dir: Path, parts: list[PartSummary], special: list[Path], report: DistributedReport
) -> None:
    """Write kg.trig and kg.ttl from the parts, as the local build would."""
    parts_dir = out_dir / PARTS_DIR
    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".merge-") as tmp:
        work = Path(tmp)
        chunk_dir = work / "graphs"
        chunk_dir.mkdir()
        for part in parts:
            _split_graphs(parts_dir / part.name, chunk_dir)
        ids = sorted(aid for part in parts for aid in part.graphs)
        chunks = [chunk_dir / f"{aid}.nq" for aid in ids] + special
        written = write_graph_files(chunks, out_dir, work)
    report.triples, report.entities_by_type = written["triples"], written["entities_by_type"]
    report.merged = True
    report.timings["write_trig"] = written["write_trig_s"]
    report.timings["write_ttl"] = written["write_ttl_s"]


def _shacl_report(parts: list[PartSummary]) -> dict[str, Any]:
    """The ``shacl`` section of report.json: the kept article graphs' results (checked
    on the workers) and the reference graph, validated once here (as ``kg build``)."""
    from kg.build import reference_nquads, shacl_summary
    from kg.build.output import StreamedTotals, add_shacl

    totals = StreamedTotals()
    seen: set[str] = set()
    for part in parts:
        kept = set(part.graphs)
        for article in part.articles:
            aid = article.article_id
            if article.error is None and aid in kept and aid not in seen:
                seen.add(aid)
                add_shacl(totals, None if article.shacl is None else list(article.shacl))
    ref_quads, _ = reference_nquads()
    return shacl_summary(totals, ref_quads)


def _record_parts(parts: list[PartSummary], special: list[Path], report: DistributedReport) -> None:
    for part in parts:
        for article in part.articles:
            report.warnings.extend(article.warnings)
            if article.error is not None:
                report.failed += 1
                report.errors.append({"file": article.file, "error": article.error})
            elif article.article_id:
                report.built += 1
    report.errors.sort(key=lambda e: e["file"])
    report.parts = [
        {
            "name": p.name,
            "articles": len(p.articles),
            "graphs": len(p.graphs),
            "quads": p.quads,
            "bytes": p.bytes,
            "sha1": p.sha1,
        }
        for p in parts
    ]
    for path in special:
        with path.open("rb") as fh:
            quads = sum(1 for _ in fh)
        report.parts.append(
            {
                "name": path.name,
                "articles": 0,
                "graphs": 1,
                "quads": quads,
                "bytes": path.stat().st_size,
                "sha1": file_digest(path),
            }
        )
    report.quads = sum(p["quads"] for p in report.parts)
    report.graphs = sum(p["graphs"] for p in report.parts)


def _write_manifest(
    parts_dir: Path, parts: list[PartSummary], report: DistributedReport, limits: Limits
) -> None:
    files = {
        a.file: {
            "article_id": a.article_id,
            "sha1": a.content_hash,
            "error": a.error,
            "part": p.name,
        }
        for p in parts
        for a in p.articles
    }
    manifest = {
        "schema": 1,
        "tool": f"pilot-zone-kg {__version__}",
        "limits": asdict(limits),
        "format": "application/n-quads",
        "parts": report.parts,
        "files": dict(sorted(files.items())),
    }
    write_text_atomic(parts_dir / MANIFEST_NAME, dump_json(manifest))


def _drop_stale_parts(parts_dir: Path, keep: set[str]) -> None:
    for path in parts_dir.glob("part-*.nq"):
        if path.name not in keep:
            path.unlink()


def build_distributed(
    inputs: Sequence[Path] | Path,
    out_dir: Path,
    *,
    scheduler: str | None = None,
    partitions: int | None = None,
    limits: Limits = DEFAULT_LIMITS,
    merge: bool | None = None,
    force: bool = False,
    workers: int = 2,
    shacl: bool = True,
) -> DistributedReport:
    """Build the knowledge graph of ``inputs`` on a Dask cluster into ``out_dir``.

    Args:
        inputs: article files and/or folders (searched recursively for ``*.md``); every
            worker must see them at the same absolute paths (shared storage).
        out_dir: output folder, also shared by the workers (they write ``parts/``).
        scheduler: a Dask scheduler address (``tcp://host:8786``); None starts a local
            cluster of ``workers`` processes for this build.
        partitions: number of part files (default: a function of the article count
            only, at least 8 and at most 1,000 articles a part).
        limits: per-article size and time limits.
        merge: also write ``kg.trig`` and ``kg.ttl`` (default: when there are at most
            ``MERGE_MAX_ARTICLES`` articles; past that, bulk-load ``parts/``).
        force: overwrite outputs that ``kg build`` did not write.
        workers: worker processes of the local cluster (ignored with ``scheduler``).
        shacl: check every article graph on the workers and the reference graph here.

    Returns:
        The report (also written to ``out_dir/report.json``).

    Raises:
        ConfigError: no inputs, a bad option, Dask not installed, or no scheduler there.
        OutputError: output exists (without ``force``), is locked, or cannot be written.
    """
    from kg.build import collect_inputs

    started = time.perf_counter()
    paths = [inputs] if isinstance(inputs, Path) else list(inputs)
    files = collect_inputs(paths)
    count = partitions if partitions is not None else default_partitions(len(files))
    slices = partition([(str(p.resolve()), name) for p, name in files], count)
    do_merge = merge if merge is not None else len(files) <= MERGE_MAX_ARTICLES
    out_dir = out_dir.resolve()
    _check_output_dir(out_dir, force=force)
    report = DistributedReport(
        input=[str(p) for p in paths],
        output=str(out_dir),
        scheduler=scheduler or f"local ({workers} processes)",
        partitions=len(slices),
        found=len(files),
    )
    _import_distributed()  # fail before taking the lock or starting anything
    with BuildLock(out_dir):
        parts_dir = out_dir / PARTS_DIR
        parts_dir.mkdir(parents=True, exist_ok=True)
        (parts_dir / MANIFEST_NAME).unlink(missing_ok=True)  # parts below are not yet a set
        t0 = time.perf_counter()
        with _client(scheduler, workers) as client:
            report.timings["cluster"] = time.perf_counter() - t0
            t1 = time.perf_counter()
            parts = _run_partitions(client, slices, parts_dir, limits, shacl)
            parts = _drop_duplicates(client, parts, parts_dir, report)
            report.timings["articles"] = time.perf_counter() - t1
        _drop_stale_parts(
            parts_dir, {p.name for p in parts} | {"part-build.nq", "part-reference.nq"}
        )
        special = _special_parts(parts_dir)
        _record_parts(parts, special, report)
        if shacl:
            t2 = time.perf_counter()
            report.shacl = _shacl_report(parts)
            report.timings["shacl_reference"] = time.perf_counter() - t2
        else:
            report.shacl = {"skipped": "--no-shacl"}
        if do_merge:
            _merge(out_dir, parts, special, report)
        else:  # an older merged graph would no longer match the parts
            for name in ("kg.trig", "kg.ttl"):
                (out_dir / name).unlink(missing_ok=True)
        report.timings["total"] = time.perf_counter() - started
        for name in ("kg.trig", "kg.ttl"):
            path = out_dir / name
            if do_merge and path.exists():
                report.files[name] = {"bytes": path.stat().st_size, "sha1": file_digest(path)}
        _write_manifest(parts_dir, parts, report, limits)
        write_text_atomic(out_dir / "report.json", dump_json(report.to_json()))
    return report
