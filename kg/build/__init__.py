"""Build a corpus: articles in, ``kg.trig`` / ``kg.ttl`` / ``report.json`` out.

Input: article files or folders, an output folder. Output: the graph files (sorted,
deterministic), a per-article cache of named graphs, an incremental manifest and a
report. It does not: draw the HTML view or run SPARQL (the CLI passes those in as
``after`` hooks, so this stage never imports a later one).

Design (DEVELOPERS.md "Design decisions"):

* one pure function per article (``kg.build.worker.process_article``) that runs in this
  process or a fork-based pool, returning the final bytes the article contributes to
  kg.trig and kg.ttl and its SHACL result (checked in the worker with the reference);
* each article's blocks are written to ``<out>/.kg-cache/graphs/<id>.<hash>.kgc`` as
  they arrive, and kg.trig / kg.ttl are assembled from those files by streaming
  (``kg.build.output.write_streamed_files``), so memory does not grow with the corpus;
* the reference graph is built once per build from ``data/reference``;
* an unchanged input (same size + mtime, or same SHA-1) with the same fingerprint
  (code, reference data, ontology, limits) reuses its cached graph; a deleted one drops
  it; nothing changed at all → nothing is rewritten;
* outputs are written to temporary files and renamed; a lock file refuses a second
  concurrent build into the same folder.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import multiprocessing
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg import __version__, iris
from kg.build.output import (
    SharedCollisionError,
    StreamedTotals,
    dump_json,
    file_digest,
    read_chunk,
    write_bytes_atomic,
    write_chunk,
    write_graph_files,
    write_streamed_files,
    write_text_atomic,
)
from kg.build.state import (
    CACHE_DIR,
    BuildLock,
    FileRecord,
    Manifest,
    load_manifest,
    save_manifest,
)
from kg.build.worker import (
    DEFAULT_LIMITS,
    ArticleOutcome,
    Limits,
    check_started,
    process_article,
    start_worker,
    warm_up,
)
from kg.errors import ConfigError, InputError, OutputError
from kg.paths import data_dir, gazetteer_dir, ontology_dir

__all__ = [
    "ArticleOutcome",
    "BuildReport",
    "Limits",
    "OUTPUT_FILES",
    "build_corpus",
    "check_output_dir",
    "collect_inputs",
    "default_jobs",
    "process_article",
    "reference_nquads",
    "shacl_summary",
    "write_build_graph_chunk",
    "write_reference_chunk",
]

#: Files a build writes into the output folder (kg.html comes from the viz hook).
OUTPUT_FILES = ("kg.trig", "kg.ttl", "report.json")
_FOREIGN_CHECK = ("kg.trig", "kg.ttl", "kg.html", "report.json")
_PACKAGE_DIR = Path(__file__).resolve().parents[1]

AfterHook = Callable[[Path, "BuildReport"], dict[str, Any]]


@dataclass(slots=True)
class BuildReport:
    """What a build did; ``to_json()`` is written to ``report.json``."""

    input: list[str]
    output: str
    found: int = 0
    built: int = 0
    reused: int = 0
    failed: int = 0
    duplicates: int = 0
    up_to_date: bool = False
    triples: int = 0
    quads: int = 0
    graphs: int = 0
    entities_by_type: dict[str, int] = field(default_factory=dict)
    errors: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def has_errors(self) -> bool:
        """True when at least one article could not be built."""
        return self.failed > 0

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (the content of report.json)."""
        return {
            "tool": f"pilot-zone-kg {__version__}",
            "input": self.input,
            "output": self.output,
            "articles": {
                "found": self.found,
                "built": self.built,
                "reused": self.reused,
                "failed": self.failed,
                "duplicates": self.duplicates,
            },
            "up_to_date": self.up_to_date,
            "triples": self.triples,
            "quads": self.quads,
            "graphs": self.graphs,
            "entities_by_type": self.entities_by_type,
            "errors": self.errors,
            "warnings": self.warnings,
            "files": self.files,
            "timings_s": {k: round(v, 3) for k, v in self.timings.items()},
            **self.extra,
        }


def collect_inputs(inputs: Sequence[Path]) -> list[tuple[Path, str]]:
    """Expand files and folders into ``(path, display name)`` pairs, sorted by name.

    Folders are searched recursively for ``*.md``; the display name is the path
    relative to the folder given (or the file name), used in messages and the manifest.

    Raises:
        ConfigError: an input does not exist, or nothing was found.
    """
    found: dict[str, Path] = {}
    for given in inputs:
        if given.is_dir():
            found.update(_walk_markdown(given))
        elif given.is_file():
            found[given.name] = given
        else:
            raise ConfigError(f"{given}: no such file or folder")
    if not found:
        names = ", ".join(str(p) for p in inputs)
        raise ConfigError(f"{names}: no .md articles found; point kg build at a folder of articles")
    return [(found[name], name) for name in sorted(found)]


def _walk_markdown(folder: Path) -> Iterator[tuple[str, Path]]:
    """``(path relative to folder with / separators, path)`` of every ``*.md`` file below it.

    ``os.walk`` with string paths: pathlib's ``rglob`` + ``relative_to`` cost ~30 µs a
    file, which dominated re-runs on large unchanged corpora.
    """
    base = os.fspath(folder)
    for root, _dirs, names in os.walk(base):
        rel_root = os.path.relpath(root, base).replace(os.sep, "/")
        for name in names:  # os.walk lists folders apart, so these are files (or links)
            if name.endswith(".md"):
                yield (name if rel_root == "." else f"{rel_root}/{name}"), Path(root, name)


def _fingerprint(limits: Limits) -> str:
    """Hash of everything that decides an article's graph besides the article itself."""
    digest = hashlib.sha1(f"{__version__}|{limits.max_bytes}|{limits.seconds}".encode())
    roots = [_PACKAGE_DIR, data_dir() / "reference", gazetteer_dir(), ontology_dir()]
    for root in roots:
        if not root.exists():
            continue
        for path in sorted(
            p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
        ):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def check_output_dir(out_dir: Path, *, force: bool, has_manifest: bool) -> None:
    """Refuse an output folder holding graph files that no kg build wrote (unless ``force``).

    Raises:
        OutputError: ``out_dir`` is a file, or holds foreign outputs.
    """
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: exists and is not a folder; choose another -o")
    if force or has_manifest or not out_dir.exists():
        return
    foreign = [name for name in _FOREIGN_CHECK if (out_dir / name).exists()]
    if foreign:
        raise OutputError(
            f"{out_dir}: already holds {', '.join(foreign)} not written by an earlier kg build; "
            "use --force to overwrite, or choose another -o"
        )


def _stat(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns


def _is_reusable(record: FileRecord | None, path: Path, name: str, chunk_dir: Path) -> bool:
    if record is None:
        return False
    size, mtime_ns = _stat(path)
    if (size, mtime_ns) != (record.size, record.mtime_ns):
        if size != record.size or file_digest(path) != record.sha1:
            return False
    if record.error is not None:
        return True
    return record.article_id is not None and os.path.exists(
        os.path.join(chunk_dir, _chunk_name(record.article_id, name))
    )


#: one article to build: its file, its name, the limits, SHACL on, the cache folder
_Item = tuple[Path, str, Limits, bool, Path]


def _process_star(args: _Item) -> ArticleOutcome:
    """Process one article and cache its blocks (``write_chunk``) in the worker.

    What goes back to the build process is the outcome without its blocks (they are in
    the cache file) and without N-Quads (only the Dask build needs them), so the build
    process neither receives nor writes the article's bytes.

    Raises:
        The worker's start-up error (``check_started``), which stops the build.
    """
    check_started()
    path, name, limits, shacl, chunk_dir = args
    outcome = process_article(path, name, limits=limits, shacl=shacl, nquads=False)
    if outcome.error is not None or not outcome.article_id:
        return outcome
    write_chunk(_chunk_path(chunk_dir, outcome.article_id, outcome.path), outcome)
    return dataclasses.replace(outcome, trig=b"", local=(), shared=b"")


def _run(items: list[_Item], jobs: int) -> Iterator[ArticleOutcome]:
    """Process articles in this process (jobs == 1) or a fork pool, in input order."""
    if not items:  # nothing changed: do not even build the NLP pipeline
        return
    if jobs <= 1 or len(items) < 2:
        warm_up()
        for item in items:
            yield _process_star(item)
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    chunksize = max(1, min(64, len(items) // (jobs * 8)))
    with ctx.Pool(jobs, initializer=start_worker) as pool:
        yield from pool.imap(_process_star, items, chunksize=chunksize)


def reference_nquads() -> tuple[list[ox.Quad], bytes]:
    """The reference graph's quads, sorted, and their N-Quads bytes."""
    from kg.graph.reference import reference_quads
    from kg.refdata import load_reference

    quads = sorted(
        reference_quads(load_reference()),
        key=lambda q: (str(q.subject), str(q.predicate), str(q.object)),
    )
    return quads, ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


def write_reference_chunk(path: Path) -> int:
    """Write the reference graph (sorted) as an N-Quads chunk; return its quad count."""
    quads, data = reference_nquads()
    write_bytes_atomic(path, data)
    return len(quads)


def build_graph_nquads() -> bytes:
    """The run's own description, in ``kgr:graph/build``, as sorted N-Quads."""
    from kg.graph.article import to_term
    from kg.model import Literal

    g = ox.NamedNode(iris.BUILD_GRAPH)
    run = ox.NamedNode(iris.run_iri(__version__))
    facts = [
        ("rdf:type", "prov:Activity"),
        ("rdfs:label", Literal(f"pilot-zone-kg {__version__} 抽取", lang="zh")),
        ("rdfs:label", Literal(f"pilot-zone-kg {__version__} extraction", lang="en")),
    ]
    quads = sorted((ox.Quad(run, to_term(p), to_term(o), g) for p, o in facts), key=str)  # type: ignore[arg-type]
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


def write_build_graph_chunk(path: Path) -> int:
    """The run's own description, in ``kgr:graph/build`` (no timestamp: determinism)."""
    data = build_graph_nquads()
    write_bytes_atomic(path, data)
    return data.count(b"\n")


def _merge(
    out_dir: Path, chunk_dir: Path, kept: list[tuple[str, str]], report: BuildReport, *, shacl: bool
) -> None:
    """Write kg.trig and kg.ttl from the cached article blocks (streaming, see output)."""
    shutil.rmtree(
        chunk_dir.parent / "store", ignore_errors=True
    )  # the on-disk store earlier versions drew kg.html from
    ref_quads, ref_nq = reference_nquads()
    specials = [build_graph_nquads(), ref_nq]  # graph IRIs sort after graph/article/
    chunks = [_chunk_path(chunk_dir, aid, name) for aid, name in sorted(kept)]
    try:
        totals = write_streamed_files(chunks, specials, out_dir, chunk_dir.parent)
    except SharedCollisionError as exc:
        report.warnings.append(
            f"a graph states a triple about another article's node ({exc}); "
            "kg.ttl was merged the slow way"
        )
        totals = _merge_slowly(chunks, specials, out_dir, chunk_dir.parent)
    report.triples, report.entities_by_type = totals.triples, totals.entities_by_type
    report.quads = totals.quads
    report.graphs = len(kept) + 2
    report.timings["write_trig"] = totals.timings["write_trig"]
    report.timings["write_ttl"] = totals.timings["write_ttl"]
    if shacl:
        t0 = time.perf_counter()
        report.extra["shacl"] = shacl_summary(
            totals, ref_quads, cache=chunk_dir.parent / "reference-shacl.json", key_data=ref_nq
        )
        report.timings["shacl_reference"] = time.perf_counter() - t0
    else:
        report.extra["shacl"] = {"skipped": "--no-shacl"}


def shacl_summary(
    totals: StreamedTotals,
    ref_quads: list[ox.Quad],
    *,
    cache: Path | None = None,
    key_data: bytes = b"",
) -> dict[str, Any]:
    """SHACL results: each article graph (checked in the workers) and the reference graph.

    Args:
        totals: the build's totals, every article graph's result counted in.
        ref_quads: the reference graph, validated here.
        cache: a file keeping the reference graph's result for the next build; it is
            reused only for the same reference bytes (``key_data``) and the same shapes.
        key_data: the reference graph's N-Quads, the cache key with the shapes file.

    Returns:
        The report's ``shacl`` entry (conforms, counts, the first violation lines).
    """
    from kg.build.worker import shacl_status

    ref_conforms, ref_text, reused = _reference_shacl(ref_quads, cache, key_data)
    ref_lines = [line for line in ref_text.splitlines() if line.strip()]
    summary: dict[str, Any] = {
        "conforms": ref_conforms and totals.shacl_failed_graphs == 0,
        "reference_conforms": ref_conforms,
        "article_graphs_checked": totals.shacl_checked,
        "article_graphs_with_violations": totals.shacl_failed_graphs,
        "article_graphs_not_checked": totals.shacl_unchecked,
        "report": (totals.shacl_violations + ([] if ref_conforms else ref_lines))[:40],
    }
    if reused:
        summary["reference_checked"] = "earlier, on the same reference graph and shapes"
    if totals.shacl_unchecked:
        why = shacl_status() or "cached from a build run with --no-shacl; rebuild with --force"
        summary["not_checked_because"] = why
    return summary


def _reference_shacl(
    ref_quads: list[ox.Quad], cache: Path | None, key_data: bytes
) -> tuple[bool, str, bool]:
    """``(conforms, report text, reused)`` of the reference graph: validated (2 s), or read
    from ``cache`` when the reference bytes and the shapes file are those it was made for."""
    from kg.graph.shacl import SHAPES_PATH, validate_graph

    key = ""
    if cache is not None and key_data:
        import pyshacl

        digest = hashlib.sha256(f"{__version__} pyshacl {pyshacl.__version__}\n".encode())
        digest.update(key_data)
        digest.update(SHAPES_PATH.read_bytes())
        key = digest.hexdigest()
        try:
            kept = json.loads(cache.read_text(encoding="utf-8"))
            if kept.get("key") == key:
                return bool(kept["conforms"]), str(kept["report"]), True
        except (OSError, ValueError, KeyError, AttributeError):
            pass  # no cache yet, or one from another version: validate
    conforms, text = validate_graph(ref_quads)
    if cache is not None and key:
        write_bytes_atomic(
            cache, json.dumps({"key": key, "conforms": conforms, "report": text}).encode()
        )
    return conforms, text, False


def _merge_slowly(
    chunks: list[Path], specials: list[bytes], out_dir: Path, workdir: Path
) -> StreamedTotals:
    """Parse every article's TriG block back and merge the generic way (bounded memory)."""
    from kg.build.output import add_shacl
    from kg.graph.article import serialization_header

    header = serialization_header()
    totals = StreamedTotals()
    nq_dir = workdir / "slow-merge"
    shutil.rmtree(nq_dir, ignore_errors=True)
    nq_dir.mkdir(parents=True)
    paths = []
    for i, path in enumerate(chunks):
        chunk = read_chunk(path)
        quads = ox.parse(header + chunk.trig, format=ox.RdfFormat.TRIG)
        paths.append(nq_dir / f"{i:08d}.nq")
        paths[-1].write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
        totals.quads += chunk.quads
        add_shacl(totals, chunk.shacl)
    for i, nquads in enumerate(specials):
        paths.append(nq_dir / f"special-{i}.nq")
        paths[-1].write_bytes(nquads)
        totals.quads += nquads.count(b"\n")
    written = write_graph_files(paths, out_dir, workdir)
    shutil.rmtree(nq_dir, ignore_errors=True)
    totals.triples, totals.entities_by_type = written["triples"], written["entities_by_type"]
    totals.timings = {"write_trig": written["write_trig_s"], "write_ttl": written["write_ttl_s"]}
    return totals


def build_corpus(
    inputs: Sequence[Path] | Path,
    out_dir: Path,
    *,
    force: bool = False,
    jobs: int = 1,
    strict: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    after: Iterable[AfterHook] = (),
    on_article: Callable[[ArticleOutcome], None] | None = None,
    shacl: bool = True,
) -> BuildReport:
    """Build the knowledge graph of ``inputs`` into ``out_dir``.

    Args:
        inputs: article files and/or folders (searched recursively for ``*.md``).
        out_dir: output folder; created if missing.
        force: overwrite outputs that an earlier ``kg build`` did not write, and rebuild
            every article instead of reusing cached graphs.
        jobs: worker processes (1 = this process).
        strict: stop at the first article that fails (raises its ``InputError``).
        limits: per-article size and time limits.
        after: hooks run after the graph files are written (e.g. the HTML view); each
            gets the output folder and the report and returns entries for report.json.
        on_article: called with each outcome as it arrives (progress bars).
        shacl: check each article graph (in the workers) and the reference graph
            against the SHACL shapes; the results go to report.json ``shacl``.

    Returns:
        The report (also written to ``out_dir/report.json``).

    Raises:
        ConfigError: no inputs found or a bad option.
        OutputError: output exists (without ``force``), is locked, or cannot be written.
        InputError: with ``strict``, the first bad article.
    """
    if jobs < 1:
        raise ConfigError(f"--jobs is {jobs!r}: expected a whole number >= 1")
    paths = [inputs] if isinstance(inputs, Path) else list(inputs)
    started = time.perf_counter()
    files = collect_inputs(paths)
    manifest = load_manifest(out_dir) if out_dir.is_dir() else Manifest()
    has_manifest = bool(manifest.fingerprint)
    check_output_dir(out_dir, force=force, has_manifest=has_manifest)
    report = BuildReport(input=[str(p) for p in paths], output=str(out_dir), found=len(files))
    with BuildLock(out_dir):
        chunk_dir = out_dir / CACHE_DIR / "graphs"
        chunk_dir.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(out_dir)
        fingerprint = _fingerprint(limits)
        if force or manifest.fingerprint != fingerprint:
            manifest = Manifest(fingerprint=fingerprint, outputs=manifest.outputs)
        old_files = manifest.files
        todo = [
            (p, name, limits, shacl, chunk_dir)
            for p, name in files
            if not _is_reusable(old_files.get(name), p, name, chunk_dir)
        ]
        todo_names = {item[1] for item in todo}
        new_files: dict[str, FileRecord] = {
            name: old_files[name] for _, name in files if name not in todo_names
        }
        report.reused = len(new_files)
        path_of = {name: p for p, name in files}
        t0 = time.perf_counter()
        for outcome in _run(todo, jobs):
            size, mtime_ns = _stat(path_of[outcome.path])
            record = FileRecord(
                outcome.content_hash, size, mtime_ns, outcome.article_id, outcome.error
            )
            if outcome.error is None and outcome.article_id:  # cached by the worker
                report.built += 1
            elif strict:
                raise InputError(outcome.path, (outcome.error or "failed").split(": ", 1)[-1])
            new_files[outcome.path] = record
            report.warnings.extend(outcome.warnings)
            if on_article is not None:
                on_article(outcome)
        report.timings["articles"] = time.perf_counter() - t0
        kept = _assign_articles(new_files, report)
        changed = (
            bool(todo) or set(old_files) != set(new_files) or not _outputs_intact(out_dir, manifest)
        )
        if changed:  # an unchanged file set leaves no stale graph behind
            _drop_stale_chunks(
                chunk_dir, {_chunk_path(chunk_dir, aid, name).name for aid, name in kept}
            )
        manifest.files = new_files
        if changed:
            _merge(out_dir, chunk_dir, kept, report, shacl=shacl)
            for hook in after:
                report.extra.update(hook(out_dir, report))
        else:
            report.up_to_date = True
            _restore_counts(out_dir, report)
        report.timings["total"] = time.perf_counter() - started
        stats: dict[str, tuple[int, int]] = {}
        for name in ("kg.trig", "kg.ttl", "kg.html"):
            path = out_dir / name
            if path.exists():
                stats[name] = _stat(path)
                report.files[name] = {
                    "bytes": stats[name][0],
                    "sha1": _known_digest(path, name, manifest),
                }
        write_text_atomic(out_dir / "report.json", dump_json(report.to_json()))
        manifest.outputs = {name: info["sha1"] for name, info in report.files.items()}
        manifest.output_stats = stats
        save_manifest(out_dir, manifest)
    return report


def _chunk_path(chunk_dir: Path, article_id: str, name: str) -> Path:
    """The cached graph of the article ``article_id`` read from input file ``name``.

    Keyed by file too, so a later duplicate (same title and date) never overwrites the
    graph of the first file, which is the one kept.
    """
    return chunk_dir / _chunk_name(article_id, name)


def _chunk_name(article_id: str, name: str) -> str:
    return f"{article_id}.{iris.short_hash(name, length=8)}.kgc"


def _assign_articles(records: dict[str, FileRecord], report: BuildReport) -> list[tuple[str, str]]:
    """(article id, file name) kept, in file-name order; a later file with an id already
    taken (same title and date) is a duplicate and is left out."""
    seen: dict[str, str] = {}
    for name in sorted(records):
        record = records[name]
        if record.error is not None:
            report.failed += 1
            report.errors.append({"file": name, "error": record.error})
            continue
        if record.article_id is None:
            continue
        if record.article_id in seen:
            report.duplicates += 1
            report.warnings.append(
                f"{name}: same title and date as {seen[record.article_id]}; kept the first"
            )
            continue
        seen[record.article_id] = name
    return sorted(seen.items())


def _remove_leftovers(out_dir: Path) -> None:
    """Delete temporary files a killed build left behind (we hold the lock, so none is live)."""
    cache = out_dir / CACHE_DIR
    for folder in (out_dir, cache / "graphs", cache / "stage", cache / "special", cache):
        for tmp in folder.glob(".*.tmp") if folder.is_dir() else ():
            tmp.unlink(missing_ok=True)
    for stale in cache.glob("sort-*") if cache.is_dir() else ():
        shutil.rmtree(stale, ignore_errors=True)


def _drop_stale_chunks(chunk_dir: Path, keep: set[str]) -> None:
    for chunk in [*chunk_dir.glob("*.kgc"), *chunk_dir.glob("*.nq")]:  # .nq: older caches
        if chunk.name not in keep:
            chunk.unlink()


def _known_digest(path: Path, name: str, manifest: Manifest) -> str:
    """SHA-1 of an output: the manifest's when size and mtime are unchanged, else computed."""
    if name in manifest.outputs and manifest.output_stats.get(name) == _stat(path):
        return manifest.outputs[name]
    return file_digest(path)


def _outputs_intact(out_dir: Path, manifest: Manifest) -> bool:
    """True when kg.trig and kg.ttl are what the last build wrote (size + mtime, else SHA-1)."""
    for name in ("kg.trig", "kg.ttl"):
        path = out_dir / name
        if not path.exists() or manifest.outputs.get(name) != _known_digest(path, name, manifest):
            return False
    return True


def _restore_counts(out_dir: Path, report: BuildReport) -> None:
    """Carry the graph counts of an up-to-date build over from the previous report."""
    import json

    try:
        previous = json.loads((out_dir / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    report.triples = int(previous.get("triples", 0))
    report.quads = int(previous.get("quads", 0))
    report.graphs = int(previous.get("graphs", 0))
    report.entities_by_type = dict(previous.get("entities_by_type", {}))
    for key in ("html", "shacl"):
        if key in previous:
            report.extra[key] = previous[key]


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
