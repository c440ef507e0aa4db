"""One place decides where the data is, and ``$KG_DATA_DIR`` moves it for every reader."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg import paths
from kg.link.bodies import abbreviations
from kg.nlp.documents import load_document_grammar
from kg.nlp.lexicon import national_short_aliases
from kg.refdata import default_data_dir

ROOT = Path(__file__).resolve().parents[2]


def test_paths_default_to_the_checkout_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_DATA_DIR", raising=False)
    assert paths.data_dir() == ROOT / "data"
    assert paths.gazetteer_dir() == ROOT / "data" / "gazetteer"
    assert paths.ontology_dir() == ROOT / "ontology"
    assert default_data_dir() == paths.data_dir()


def test_kg_data_dir_moves_reference_and_gazetteer_together(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    copy = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "reference", copy / "reference")
    shutil.copytree(ROOT / "data" / "gazetteer", copy / "gazetteer")
    with (copy / "gazetteer" / "national_short_aliases.txt").open("a", encoding="utf-8") as fh:
        fh.write("试验局\n")
    with (copy / "gazetteer" / "body_abbreviations.tsv").open("a", encoding="utf-8") as fh:
        fh.write("试验委\t试验委员会\n")
    monkeypatch.setenv("KG_DATA_DIR", str(copy))
    assert default_data_dir() == copy
    assert paths.gazetteer_dir() == copy / "gazetteer"
    assert "试验局" in national_short_aliases()
    assert abbreviations()["试验委"] == "试验委员会"
    assert load_document_grammar() is load_document_grammar(copy / "gazetteer")
    assert paths.ontology_dir() == ROOT / "ontology"  # code, not data: not moved
    monkeypatch.delenv("KG_DATA_DIR")
    assert "试验局" not in national_short_aliases()
