"""``kg ingest``: read a directory of articles into a JSON Lines file."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import click

from kg.cli._common import EXIT_PARTIAL, progress
from kg.errors import InputError, OutputError

__all__ = ["command"]


def _write_atomically(output: Path, lines: list[str]) -> None:
    """Write to a temp file beside ``output``, then ``os.replace`` it into place."""
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(lines)
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@click.command("ingest")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="JSON Lines file to write (one article per line).",
)
@click.option("-F", "--force", is_flag=True, help="Overwrite OUTPUT if it exists.")
@click.option("--strict", is_flag=True, help="Stop at the first bad file (exit 1).")
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=5_000_000,
    show_default=True,
    help="Refuse files larger than this.",
)
def command(directory: Path, output: Path, force: bool, strict: bool, max_bytes: int) -> None:
    """Read every *.md article in DIRECTORY and write one JSON object per article.

    Each object has every Article field (datetimes in ISO 8601, paragraphs with
    their offsets). Bad files are listed on stderr as '<path>: <problem>' and
    skipped; the exit code is then 3.

    \b
    Example:
        kg ingest data/articles -o build/articles.jsonl --force
    """
    from kg.ingest import article_to_dict, read_article

    if output.exists() and not force:
        raise OutputError(f"{output} exists: pass --force to overwrite it")
    paths = sorted(directory.glob("*.md"))
    lines: list[str] = []
    failed = 0
    for path in progress(paths, label="ingest"):
        try:
            article = read_article(path, max_bytes=max_bytes)
        except InputError as exc:
            if strict:
                raise
            click.echo(str(exc), err=True)
            failed += 1
            continue
        lines.append(json.dumps(article_to_dict(article), ensure_ascii=False) + "\n")
    _write_atomically(output, lines)
    click.echo(f"{len(lines)} articles written to {output}, {failed} failed", err=True)
    if failed:
        click.get_current_context().exit(EXIT_PARTIAL)
