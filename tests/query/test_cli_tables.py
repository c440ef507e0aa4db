"""kg query tables speak the domain: CURIEs, units, 120 columns; --iris keeps the raw values."""

from __future__ import annotations

import unicodedata

from click.testing import CliRunner

from kg.cli import main
from kg.cli._common import compact_iri, render_rows
from tests.conftest import MINI_TRIG


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def test_query_table_has_curies_units_and_fits_120_columns() -> None:
    result = CliRunner().invoke(
        main, ["query", "observations-of", "-p", "place=浙江", "--data", str(MINI_TRIG)]
    )
    assert result.exit_code == 0, result.output
    assert "3,302.9 亿元" in result.output and "330290000000" not in result.output
    assert "https://" not in result.output and "kgo:" in result.output
    assert max(_width(line) for line in result.output.splitlines()) <= 120


def test_query_iris_flag_keeps_full_iris_and_raw_values() -> None:
    result = CliRunner().invoke(
        main, ["query", "observations-of", "-p", "place=浙江", "--data", str(MINI_TRIG), "--iris"]
    )
    assert result.exit_code == 0, result.output
    assert (
        "https://w3id.org/pilot-zone-kg/ont#" in result.output and "330290000000" in result.output
    )


def test_compact_iri_and_cut_cells() -> None:
    assert compact_iri("https://w3id.org/pilot-zone-kg/id/zone/cbec-330700") == "kzone:cbec-330700"
    assert compact_iri("http://example.org/x") == "http://example.org/x"
    text = render_rows(("a", "b"), [("x" * 200, "中" * 100)], "table", readable=True, width=60)
    assert max(_width(line) for line in text.splitlines()) <= 60
    assert "…" in text
