"""Shared CLI plumbing: one-line errors, output formats, progress bars.

Input: click contexts and plain rows. Output: text on stdout/stderr; tables show
CURIEs instead of IRIs, figures with their unit, and fit 120 columns.
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
from pathlib import Path
from typing import Any, TypeVar

import click

from kg.errors import KgError
from kg.iris import PREFIXES

__all__ = [
    "DATA_OPTION",
    "MAX_BYTES_OPTION",
    "EXIT_ERROR",
    "EXIT_PARTIAL",
    "EXIT_USAGE",
    "FORMATS",
    "KgGroup",
    "progress",
    "progress_callback",
    "TABLE_WIDTH",
    "compact_iri",
    "render_rows",
    "time_limit_option",
]

#: A table fits a terminal this wide (display columns; CJK characters count two).
TABLE_WIDTH = 120
_NAMESPACES = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))

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
            click.echo(
                f"Error: internal error ({type(exc).__name__}: {exc}); "
                "rerun with kg --debug ... for the traceback",
                err=True,
            )
            ctx.exit(EXIT_ERROR)


def progress(
    items: Sequence[T] | Iterable[T], *, label: str, length: int | None = None, enabled: bool = True
) -> Iterator[T]:
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


def compact_iri(value: str) -> str:
    """``https://w3id.org/pilot-zone-kg/id/zone/cbec-330700`` → ``kzone:cbec-330700``.

    Values that are not IRIs of a known namespace are returned unchanged.
    """
    if not value.startswith(("http://", "https://")):
        return value
    for prefix, namespace in _NAMESPACES:
        if value.startswith(namespace) and len(value) > len(namespace):
            return f"{prefix}:{value[len(namespace) :]}"
    return value


def _with_units(
    columns: Sequence[str], cells: list[list[str]]
) -> tuple[list[str], list[list[str]]]:
    """Fold ``value`` + ``unit`` (+ ``unitText``) columns into one human value (3,302.9 亿元)."""
    names = list(columns)
    if "value" not in names or "unit" not in names:
        return names, cells
    from kg.viz.units import human_value

    v, u = names.index("value"), names.index("unit")
    t = names.index("unitText") if "unitText" in names else None
    drop = {u} | ({t} if t is not None else set())
    out = []
    for row in cells:
        row = list(row)
        row[v] = human_value(row[v], row[u], row[t] if t is not None else "") if row[v] else ""
        out.append([c for i, c in enumerate(row) if i not in drop])
    return [c for i, c in enumerate(names) if i not in drop], out


def _cut(text: str, width: int) -> str:
    if _display_width(text) <= width:
        return text
    out, used = "", 0
    for ch in text:
        w = _display_width(ch)
        if used + w > width - 1:
            break
        out, used = out + ch, used + w
    return out + "…"


def _fit(widths: list[int], limit: int) -> list[int]:
    """Narrow the widest columns (never below 10) until the row fits ``limit``."""
    widths = list(widths)
    while sum(widths) + 2 * (len(widths) - 1) > limit:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        if widths[widest] <= 10:
            break
        widths[widest] -= 1
    return widths


def render_rows(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    fmt: str,
    *,
    readable: bool = False,
    width: int = TABLE_WIDTH,
) -> str:
    """Render query rows as an aligned table, JSON (list of objects), CSV or TSV.

    Args:
        columns: column names.
        rows: one sequence of plain values per row (``None`` for unbound).
        fmt: one of ``FORMATS``.
        readable: table only: CURIEs instead of IRIs (``kzone:cbec-330700``), a
            ``value`` column shown with its ``unit``/``unitText`` (3,302.9 亿元), and
            long cells cut with ``…`` to fit ``width`` display columns. JSON, CSV and
            TSV always keep every value as it is.
        width: the display width a readable table fits.

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
    names = list(columns)
    if readable:
        cells = [[compact_iri(v) for v in row] for row in cells]
        names, cells = _with_units(columns, cells)
    widths = [_display_width(c) for c in names]
    for row in cells:
        widths = [max(w, _display_width(v)) for w, v in zip(widths, row, strict=True)]
    if readable:
        widths = _fit(widths, width)
    names = [_cut(c, w) for c, w in zip(names, widths, strict=True)]
    cells = [[_cut(v, w) for v, w in zip(row, widths, strict=True)] for row in cells]
    lines = ["  ".join(_pad(c, w) for c, w in zip(names, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(_pad(v, w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
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


#: ``--data``: where a built graph is read from (every command that reads one).
DATA_OPTION = click.option(
    "--data",
    "data",
    default="out",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Out dir of kg build, an RDF file, or a store dir made by kg load.",
)

#: ``--max-bytes``: the article size above which a file is skipped as an error (build commands).
MAX_BYTES_OPTION = click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=5_000_000,
    show_default=True,
    help="Skip (as an error) article files larger than this.",
)


def time_limit_option(note: str = "") -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--time-limit``: seconds one article may take (build commands); ``note`` ends the help."""
    return click.option(
        "--time-limit",
        type=click.FloatRange(min=0),
        default=30.0,
        show_default=True,
        help=f"Seconds one article may take (0 = no limit{note}).",
    )
