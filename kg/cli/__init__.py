"""The ``kg`` command line: thin click commands over the library.

Input: argv. Output: data on stdout, progress and errors on stderr, exit codes
(0 ok, 1 error, 2 usage, 3 finished with errors in some articles).
It does not: hold logic. Each ``kg/cli/<name>.py`` module defines one click
``command`` (its docstring is the help and ends with an example) and is found
automatically, so commands are added without editing this file. Heavy libraries
(spaCy, pyvis, pyoxigraph) are imported inside the command functions, never at
start-up, so ``kg --help`` stays fast.
"""

from __future__ import annotations

import importlib
import pkgutil

import click

from kg import __version__
from kg.cli._common import KgGroup

__all__ = ["main"]


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="kg")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Build and query a knowledge graph of Chinese policy news.

    \b
    Example:
        kg build data/articles -o out/
        kg query zones-by-province --data out/
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


def _register_commands() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        command = getattr(module, "command", None)
        if isinstance(command, click.Command):
            main.add_command(command)


_register_commands()
