"""notebooks/quickstart.ipynb runs top to bottom without an error (nbclient, python3 kernel)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "quickstart.ipynb"

pytestmark = [pytest.mark.notebook, pytest.mark.slow]


def test_quickstart_notebook_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat", reason="nbformat is in the dev extra")
    nbclient = pytest.importorskip("nbclient", reason="nbclient is in the dev extra")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = "\n".join(cell.source for cell in nb.cells if cell.cell_type == "code")
    assert not re.search(r"^kg\s*=", code, re.MULTILINE)  # would shadow the package name
    client = nbclient.NotebookClient(
        nb,
        kernel_name="python3",
        timeout=180,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()
    outputs = {
        i: cell.get("outputs", []) for i, cell in enumerate(nb.cells) if cell.cell_type == "code"
    }
    errors = [o for cell in outputs.values() for o in cell if o.get("output_type") == "error"]
    assert errors == []
    text = "\n".join(
        o.get("text", "")
        for cell in outputs.values()
        for o in cell
        if o.get("output_type") == "stream"
    )
    assert "(12 rows)" in text  # Q1: the 12 zones of 浙江
    assert "stderr" not in {o.get("name") for cell in outputs.values() for o in cell}
    assert "国务院" in text  # the networkx ranking
    images = [o for cell in outputs.values() for o in cell if "image/png" in o.get("data", {})]
    assert len(images) == 1  # the matplotlib chart
    assert any(
        "<iframe srcdoc=" in o.get("data", {}).get("text/html", "")
        for cell in outputs.values()
        for o in cell
    )
