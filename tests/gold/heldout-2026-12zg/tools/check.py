"""Check the gold files of heldout-2026-12zg: JSON loads through kg.eval.gold (every span
occurs, every ref resolves with kg.eval.refs), and list reference place/country names in
each body that no gold span covers (candidate must-not traps for the annotator to judge).

Input: zgNN.json and articles/zgNN.md. Output: a report on stdout; exit 1 on a load error.
It does not: run an extractor or kg eval.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository root

from tests.gold.tools.heldout import check_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(check_set(Path(__file__).resolve().parent.parent, "zg"))
