"""The per-article pure function: file → Article → Extraction → final output bytes.

Input: one path (plus limits). Output: an ``ArticleOutcome`` with the article graph as
canonical, sorted N-Quads bytes, its block of kg.trig, its Turtle blocks of kg.ttl and
its shared lines (``kg.graph.article.ArticleParts``), and its SHACL violations, checked
here against the shapes with the reference graph (compact to send back from a worker
process: no spaCy Docs, no term objects). It does not: write files or know about other
articles, so it runs unchanged in one process, a ``multiprocessing`` pool or a Dask
cluster.
"""

from __future__ import annotations

import pickle
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.build.output import file_digest
from kg.errors import InputError, KgError, ResourceLimitError

if TYPE_CHECKING:
    from kg.pipeline import Resources

__all__ = [
    "DEFAULT_LIMITS",
    "ArticleOutcome",
    "Limits",
    "check_started",
    "process_article",
    "shacl_status",
    "start_worker",
    "warm_up",
]


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-article resource limits (issue 9: one pathological file cannot stall a batch)."""

    max_bytes: int = 5_000_000
    seconds: float = 30.0


@dataclass(frozen=True, slots=True)
class ArticleOutcome:
    """What one article produced; ``error`` is a one-line message when it failed."""

    path: str
    content_hash: str
    article_id: str | None = None
    title: str | None = None
    nquads: bytes = b""
    quad_count: int = 0
    error: str | None = None
    warnings: tuple[str, ...] = ()
    timings: dict[str, float] = field(default_factory=dict)
    trig: bytes = b""
    local: tuple[bytes, ...] = ()
    local_count: int = 0
    local_types: dict[str, int] = field(default_factory=dict)
    shared: bytes = b""
    #: SHACL violations of the article graph; None when it was not checked (see ``shacl_status``).
    shacl: tuple[str, ...] | None = None


DEFAULT_LIMITS = Limits()
_RESOURCES: Resources | None = None
_CHECKER: Any = None
_CHECKER_PROBLEM: list[str] = []
#: why this worker process could not start (``start_worker``); re-raised by every task.
_START_ERROR: list[BaseException] = []


def warm_up() -> Resources:
    """This process's ``kg.pipeline.Resources``: reference data and the pipeline over it.

    Built on first use (the pool initializer), and again only when ``$KG_DATA_DIR`` or
    ``$KG_NER`` changed since, so the gazetteer and the linker never read different data.
    """
    global _RESOURCES
    if _RESOURCES is None or not _RESOURCES.is_current():
        from kg.pipeline import load_resources

        _RESOURCES = load_resources()
    return _RESOURCES


def start_worker() -> None:
    """Pool initializer: ``warm_up``, keeping a failure for ``check_started`` to raise.

    A ``multiprocessing.Pool`` whose initializer raises replaces the dead worker with a
    new one, which fails the same way, forever: the build hangs. Here the worker starts
    anyway and its first task raises the start-up error, which ends the build with it.
    """
    try:
        warm_up()
    except (Exception, SystemExit) as exc:  # noqa: BLE001 — any failure, sent back once
        _START_ERROR.append(_sendable(exc))


def _sendable(exc: BaseException) -> BaseException:
    """``exc`` if it survives pickling to the parent, else a ``KgError`` with its message."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 — e.g. an exception class with extra __init__ args
        return KgError(str(exc) or type(exc).__name__)
    return exc


def check_started() -> None:
    """Raise the error that kept this worker from starting (no-op when it started).

    Raises:
        The exception ``warm_up`` raised in ``start_worker`` (a ``KgError`` such as
        ``ReferenceDataError`` for missing reference files).
    """
    if _START_ERROR:
        raise _START_ERROR[0]


def _checker() -> Any:
    """The compiled SHACL shapes with the reference graph, built once per process."""
    global _CHECKER
    if _CHECKER is None and not _CHECKER_PROBLEM:
        from kg.graph.reference import reference_quads
        from kg.graph.shacl import ArticleChecker, UnsupportedShapesError

        try:
            _CHECKER = ArticleChecker(reference_quads(warm_up().reference))
        except UnsupportedShapesError as exc:
            _CHECKER_PROBLEM.append(str(exc))
    return _CHECKER


def shacl_status() -> str | None:
    """Why articles are not SHACL-checked in this process (None: they are)."""
    _checker()
    return _CHECKER_PROBLEM[0] if _CHECKER_PROBLEM else None


@contextmanager
def _time_limit(seconds: float, path: Path) -> Iterator[None]:
    """Raise ``ResourceLimitError`` if the block runs longer than ``seconds``.

    Uses SIGALRM, so it only applies in a process's main thread (pool workers and the
    CLI); elsewhere the block runs unlimited.
    """
    usable = (
        seconds > 0
        and threading.current_thread() is threading.main_thread()
        and hasattr(signal, "setitimer")
    )
    if not usable:
        yield
        return

    def _expired(signum: int, frame: object) -> None:
        raise ResourceLimitError(path, f"processing took longer than {seconds:g} s (--time-limit)")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _file_hash(path: Path, max_bytes: int) -> str:
    """SHA-1 of a failed file, streamed; "" when over the size limit (never read, issue 9)."""
    try:
        if path.stat().st_size > max_bytes:
            return ""
        return file_digest(path)
    except OSError:
        return ""


def process_article(
    path: Path,
    display: str | None = None,
    *,
    limits: Limits = DEFAULT_LIMITS,
    shacl: bool = True,
    nquads: bool = True,
) -> ArticleOutcome:
    """Read, extract, serialise and SHACL-check one article; never raises for bad input.

    Args:
        path: the article file.
        display: the name used in messages (path relative to the input folder).
        limits: size and time limits.
        shacl: check the article graph against the shapes (``ArticleOutcome.shacl``).
        nquads: also give the N-Quads bytes (``ArticleOutcome.nquads``; only the Dask
            build writes them, ``kg build`` assembles its outputs from the other blocks).

    Returns:
        The outcome: sorted N-Quads of ``kgr:graph/article/<id>`` and its output
        blocks, or a one-line error.
    """
    from kg import iris
    from kg.graph.article import article_parts
    from kg.ingest import read_article
    from kg.pipeline import extract_facts

    resources = warm_up()
    name = display or str(path)
    timings: dict[str, float] = {}
    try:
        with _time_limit(limits.seconds, Path(name)):
            t0 = time.perf_counter()
            article = read_article(path, max_bytes=limits.max_bytes)
            t1 = time.perf_counter()
            extraction = extract_facts(article, resources.nlp, reference=resources.reference)
            t2 = time.perf_counter()
            parts = article_parts(extraction, nquads=nquads)
            t3 = time.perf_counter()
            checker = _checker() if shacl else None
            violations = (
                None
                if checker is None
                else tuple(checker.check(parts.triples, iris.article_graph_iri(article.id)))
            )
            t4 = time.perf_counter()
    except InputError as exc:
        problem = exc.problem
        return ArticleOutcome(name, _file_hash(path, limits.max_bytes), error=f"{name}: {problem}")
    except KgError as exc:
        return ArticleOutcome(name, _file_hash(path, limits.max_bytes), error=f"{name}: {exc}")
    except RecursionError:
        return ArticleOutcome(
            name,
            _file_hash(path, limits.max_bytes),
            error=f"{name}: input nests too deeply to parse",
        )
    except Exception as exc:  # noqa: BLE001 — one bad article must not stop a batch
        kind = type(exc).__name__
        return ArticleOutcome(
            name,
            _file_hash(path, limits.max_bytes),
            error=f"{name}: internal error ({kind}: {exc})",
        )
    timings = {"read": t1 - t0, "extract": t2 - t1, "rdf": t3 - t2, "shacl": t4 - t3}
    return ArticleOutcome(
        path=name,
        content_hash=article.content_hash,
        article_id=article.id,
        title=article.title,
        nquads=parts.nquads,
        quad_count=parts.quad_count,
        warnings=tuple(f"{name}: {w}" for w in article.warnings),
        timings=timings,
        trig=parts.trig,
        local=parts.local,
        local_count=parts.local_count,
        local_types=parts.local_types,
        shared=parts.shared,
        shacl=violations,
    )
