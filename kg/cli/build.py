"""``kg build``: articles → kg.trig, kg.ttl, kg.html, report.json."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from kg.cli._common import EXIT_PARTIAL, MAX_BYTES_OPTION, time_limit_option


def _html_hook(*, max_nodes: int | None) -> Any:
    """Draw kg.html from one streaming pass over kg.trig (the corpus never sits in memory)."""

    def hook(out_dir: Path, report: Any) -> dict[str, Any]:
        import time

        from kg.viz import write_overview

        start = time.perf_counter()
        stats = _as_dict(
            write_overview(out_dir / "kg.trig", out_dir / "kg.html", max_nodes=max_nodes)
        )
        stats["seconds"] = round(time.perf_counter() - start, 2)
        return {"html": stats}

    return hook


def _as_dict(stats: Any) -> dict[str, Any]:
    if hasattr(stats, "__dataclass_fields__"):
        return {k: getattr(stats, k) for k in stats.__dataclass_fields__}
    return dict(stats) if isinstance(stats, dict) else {"result": str(stats)}


def shacl_line(shacl: dict[str, Any]) -> str:
    """One line on what SHACL checked and found (or why it did not run)."""
    if "skipped" in shacl:
        return f"not checked ({shacl['skipped']})"
    if "conforms" not in shacl:
        return "no result (run kg build --force)"
    checked = shacl.get("article_graphs_checked", 0)
    verdict = "conforms" if shacl["conforms"] else "VIOLATIONS (see report.json)"
    line = f"{verdict}: {checked:,} article graph(s) and the reference graph checked"
    if shacl.get("article_graphs_with_violations"):
        line += f", {shacl['article_graphs_with_violations']:,} with violations"
    if shacl.get("article_graphs_not_checked"):
        line += (
            f"; {shacl['article_graphs_not_checked']:,} not checked "
            f"({shacl.get('not_checked_because', '')})"
        )
    return line


def _summary(report: Any, out_dir: Path) -> str:
    lines = [
        f"articles: {report.found} found, {report.built} built, {report.reused} unchanged, "
        f"{report.failed} failed, {report.duplicates} duplicates",
        f"graph:    {report.triples:,} triples in kg.ttl, {report.quads:,} quads in "
        f"{report.graphs} named graphs in kg.trig",
    ]
    short = {k.rsplit("/", 1)[-1].rsplit("#", 1)[-1]: v for k, v in report.entities_by_type.items()}
    wanted = [
        "Province",
        "Prefecture",
        "County",
        "CrossBorderEcommerceZone",
        "PilotZoneBatch",
        "Legislation",
        "GovernmentOrganization",
        "Person",
        "NewsArticle",
        "Observation",
        "Claim",
    ]
    shown = ", ".join(f"{name} {short[name]}" for name in wanted if name in short)
    lines.append(f"entities: {shown}")
    lines.append(f"shacl:    {shacl_line(report.extra.get('shacl', {}))}")
    if report.up_to_date:
        lines.append("nothing changed since the last build; outputs left as they were")
    written = [
        out_dir / n
        for n in ("kg.trig", "kg.ttl", "kg.html", "report.json")
        if (out_dir / n).exists()
    ]
    lines.append(f"files:    {', '.join(map(str, written))}")
    html = out_dir / "kg.html"
    view = f"   |   {_opener()} {html}" if html.exists() else ""
    lines.append(f"next:     kg query zones-by-province --data {out_dir}{view}")
    if report.failed:
        lines.append(
            f"errors:   {report.failed} article(s) failed; listed above and in report.json"
        )
    return "\n".join(lines)


@click.command("build")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Output folder.",
)
@click.option(
    "-F",
    "--force",
    is_flag=True,
    help="Overwrite outputs not written by kg build, and rebuild every article.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes [default: all cores].",
)
@click.option("--strict", is_flag=True, help="Stop at the first article that fails.")
@click.option("--no-html", is_flag=True, help="Do not write kg.html.")
@click.option("--no-shacl", is_flag=True, help="Do not validate the graph with the SHACL shapes.")
@click.option(
    "--max-nodes",
    type=click.IntRange(min=10),
    default=None,
    help="Largest number of nodes drawn in kg.html.",
)
@MAX_BYTES_OPTION
@time_limit_option()
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no per-file error lines.")
def command(
    inputs: tuple[Path, ...],
    out_dir: Path,
    force: bool,
    jobs: int | None,
    strict: bool,
    no_html: bool,
    no_shacl: bool,
    max_nodes: int | None,
    max_bytes: int,
    time_limit: float,
    quiet: bool,
) -> None:
    """Build the knowledge graph of a folder of articles.

    Writes OUTPUT/kg.trig (one named graph per article plus the reference graph),
    OUTPUT/kg.ttl (their union), OUTPUT/kg.html (interactive view) and
    OUTPUT/report.json. Re-running into the same folder only rebuilds articles that
    changed. A bad article gives one line on stderr and the build goes on; the exit
    code is then 3 ("finished with errors"), 0 when all articles built.

    \b
    Example:
        kg build data/articles -o out/
        kg build data/articles -o out/ --jobs 2 --strict
    """
    from kg.build import Limits, build_corpus, default_jobs
    from kg.cli._common import progress_callback

    hooks: list[Any] = [] if no_html else [_html_hook(max_nodes=max_nodes)]
    with progress_callback(label="building", enabled=not quiet) as on_article:
        report = build_corpus(
            list(inputs),
            out_dir,
            force=force,
            jobs=jobs or default_jobs(),
            strict=strict,
            limits=Limits(max_bytes=max_bytes, seconds=time_limit),
            after=hooks,
            on_article=on_article,
            shacl=not no_shacl,
        )
    if not quiet:
        for error in report.errors:
            click.echo(error["error"], err=True)
    click.echo(_summary(report, out_dir))
    sys.stdout.flush()
    if report.has_errors:
        sys.exit(EXIT_PARTIAL)


def _opener() -> str:
    """The command that opens a file in the browser here: open (macOS), start (Windows), xdg-open."""
    import sys

    if sys.platform == "darwin":
        return "open"
    if sys.platform.startswith("win"):
        return "start"
    return "xdg-open"
