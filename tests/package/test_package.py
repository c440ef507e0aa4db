"""The package as a whole: public API, one-way imports, CLI help and README coverage."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import kg
from kg.cli import main

ROOT = Path(__file__).resolve().parents[2]

#: stage -> rank; a module may import its own stage or a lower rank, never a higher one,
#: and never another stage of the same rank (STYLE.md §1).
RANKS = {
    "model": 0,
    "errors": 0,
    "iris": 0,
    "paths": 0,
    "refdata": 1,
    "ingest": 2,
    "nlp": 3,
    "link": 4,
    "extract": 5,
    "pipeline": 6,
    "graph": 6,
    "build": 7,
    "query": 8,
    "analyze": 8,
    "eval": 8,
    "check": 9,  # runs its SPARQL through kg.query (bound parameters)
    "viz": 9,
    "bench": 10,
    "cli": 11,
    "__main__": 12,
}


def _stage_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "kg" else None


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "kg":
                found.update(f"kg.{alias.name}" for alias in node.names)
            elif node.module.startswith("kg."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("kg."))
    return found


def test_package_all_is_sorted_and_resolves() -> None:
    assert kg.__all__ == sorted(kg.__all__)
    assert set(kg.__all__) == {*kg._EXPORTS, "__version__"}
    for name in kg.__all__:
        assert getattr(kg, name) is not None, name


def test_package_unknown_attribute_raises() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = kg.nope  # type: ignore[attr-defined]


def test_package_stages_import_one_way() -> None:
    wrong = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        rel = path.relative_to(ROOT / "kg")
        stage = rel.parts[0].removesuffix(".py")
        if stage == "__init__":
            continue
        assert stage in RANKS, f"new stage {stage!r}: add it to RANKS and to kg/__init__.py"
        for module in _imports(path):
            target = _stage_of(module)
            if target is None or target == stage or target == "__version__":
                continue
            if RANKS[target] >= RANKS[stage]:
                wrong.append(f"kg/{rel.as_posix()} imports {module} (stage {target!r})")
    assert wrong == []


def test_package_import_does_not_load_heavy_libraries() -> None:
    code = "import sys, kg, kg.cli; print(sorted(m for m in ('spacy','pyoxigraph','pyvis','rdflib') if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"


def _commands() -> dict[str, click.Command]:
    return dict(main.commands)


@pytest.mark.parametrize("name", sorted(_commands()))
def test_cli_help_has_an_example(name: str) -> None:
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output


def test_cli_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in _commands() if not re.search(rf"\bkg {re.escape(name)}\b", readme)]
    assert missing == []


def test_cli_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and kg.__version__ in result.output


#: folders of a development machine that no user has (assembled so this file does not match).
MACHINE_DIRS = tuple("/" + name + "/" for name in ("work", "home", "Users"))


def test_repository_names_no_development_machine_path() -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: no tracked-file list to scan")
    tracked = (
        subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
        .stdout.decode()
        .split("\0")
    )
    found = []
    for name in filter(None, tracked):
        path = ROOT / name
        if path.suffix not in {".py", ".md", ".toml", ".rq", ".ttl", ".tsv", ".txt", ".cfg", ".in"}:
            continue
        for number, line in enumerate(
            path.read_text(encoding="utf-8", errors="replace").splitlines(), 1
        ):
            if any(d in line for d in MACHINE_DIRS):
                found.append(f"{name}:{number}: {line.strip()[:80]}")
    assert found == []
