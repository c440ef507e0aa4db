"""Check the gold files of heldout-2026-12d: JSON loads through kg.eval.gold (every span
occurs, every ref resolves with kg.eval.refs), and list reference place/country names in
each body that no gold span covers (candidate must-not traps for the annotator to judge).

Input: hdNN.json and articles/hdNN.md. Output: a report on stdout; exit 1 on a load error.
It does not: run an extractor or kg eval.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from kg.eval.gold import find_occurrence, load_gold_file
from kg.ingest import read_article

HERE = Path(__file__).resolve().parent.parent
REF = Path(__file__).resolve().parents[4] / "data" / "reference"


def names() -> dict[str, str]:
    out: dict[str, str] = {}
    with open(REF / "places.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for n in [row["name_zh"], *row["aliases_zh"].split("|")]:
                if len(n) >= 2:
                    out[n] = row["code"]
    with open(REF / "countries.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for n in [row["name_zh"], row["full_zh"], *row["aliases_zh"].split("|")]:
                if len(n) >= 2:
                    out[n] = row["alpha3"]
    return out


def main() -> int:
    table = names()
    bad = 0
    for path in sorted(HERE.glob("hd*.json")):
        try:
            load_gold_file(path, articles_dir=HERE / "articles")
        except Exception as exc:  # noqa: BLE001 - report every file
            print(f"{path.name}: {exc}")
            bad += 1
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        body = read_article(HERE / "articles" / gold["file"]).body
        covered = set()
        for rec in gold["entities"] + gold["must_not"]:
            start = find_occurrence(body, rec["text"], rec["occurrence"])
            covered.update(range(start, start + len(rec["text"])))
        for name, code in table.items():
            start = body.find(name)
            while start != -1:
                if not covered.intersection(range(start, start + len(name))):
                    print(
                        f"{path.name}: uncovered {name} ({code}) at {start}: …{body[max(0, start - 6) : start + len(name) + 6]}…"
                    )
                start = body.find(name, start + 1)
        n = {k: len(gold[k]) for k in ("entities", "relations", "observations", "claims")}
        print(f"{path.name}: ok {n}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
