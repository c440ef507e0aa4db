"""Shared CLI plumbing: one-line errors, output formats, progress bars.

Input: click contexts and plain rows. Output: text on stdout/stderr.
It does not: import spaCy, pyvis or pyoxigraph.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from kg.errors import KgError

__all__ = [
    "EXIT_ERROR",
    "EXIT_PARTIAL",
    "EXIT_USAGE",
    "FORMATS",
    "KgGroup",
    "progress",
    "progress_callback",
    "render_rows",
]

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3  # finished, but some articles failed (listed in report.json)
FORMATS = ("table", "json", "csv", "tsv")

T = TypeVar("T")


class KgGroup(click.Group):
    """A click group that turns ``KgError`` into ``Error: <message>`` and exit 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(EXIT_ERROR)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("Interrupted; outputs written so far are complete files.", err=True)
            ctx.exit(130)
        except Exception as exc:  # noqa: BLE001 — a one-line message instead of a stack
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"Error: internal error ({type(exc).__name__}: {exc}); "
                       "rerun with kg --debug ... for the traceback", err=True)
            ctx.exit(EXIT_ERROR)


def progress(items: Sequence[T] | Iterable[T], *, label: str, length: int | None = None,
             enabled: bool = True) -> Iterator[T]:
    """Yield ``items`` while drawing a progress bar on stderr (only on a terminal).

    Args:
        items: what to iterate.
        label: text shown before the bar.
        length: number of items when ``items`` has no ``len``.
        enabled: False to draw nothing (``--quiet``).
    """
    if not enabled or not sys.stderr.isatty():
        yield from items
        return
    with click.progressbar(items, label=label, length=length, file=sys.stderr) as bar:
        yield from bar


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _display_width(text))


def render_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> str:
    """Render query rows as an aligned table, JSON (list of objects), CSV or TSV.

    Args:
        columns: column names.
        rows: one sequence of plain values per row (``None`` for unbound).
        fmt: one of ``FORMATS``.

    Returns:
        The rendered text, ending with a newline.
    """
    cells = [["" if v is None else str(v) for v in row] for row in rows]
    if fmt == "json":
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        return json.dumps(records, ensure_ascii=False, indent=2, default=str) + "\n"
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(cells)
        return buf.getvalue()
    if fmt != "table":
        raise click.BadParameter(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    widths = [_display_width(c) for c in columns]
    for row in cells:
        widths = [max(w, _display_width(v)) for w, v in zip(widths, row, strict=True)]
    lines = ["  ".join(_pad(c, w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(v, w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


@contextmanager
def progress_callback(*, label: str, enabled: bool = True) -> Iterator[Callable[[Any], None]]:
    """Yield a callback that advances a stderr progress counter once per call.

    The bar is drawn only on a terminal; elsewhere the callback does nothing.
    """
    if not enabled or not sys.stderr.isatty():
        yield lambda _item: None
        return
    count = 0

    def tick(_item: Any) -> None:
        nonlocal count
        count += 1
        click.echo(f"\r{label}: {count} articles", nl=False, err=True)

    try:
        yield tick
    finally:
        if count:
            click.echo("", err=True)
