"""Write the place-containment relations of SCOPE.md into a gold set.

Input: a gold set directory (format 2). Output: each ``*.json`` rewritten in place with one
``schema:containedInPlace`` relation per must-find place whose immediate parent (county →
prefecture, prefecture → province, from ``data/reference/places.tsv``) is also a must-find
entity of the same article; relations that break the rule (county → province, place → 中国)
are listed, not removed. It does not read articles or run the extractor: the rule is applied
to the annotator's own entity list.

Usage: ``python tests/gold/tools/containment.py tests/gold/dev [--check]``
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kg.refdata import load_reference

PREDICATE = "schema:containedInPlace"


def place_codes(gold: dict[str, object]) -> list[str]:
    """GB/T 2260 codes of the must-find place entities, in first-mention order."""
    codes: list[str] = []
    for entity in gold["entities"]:  # type: ignore[attr-defined]
        ref = entity.get("ref", "")
        if entity.get("optional") or not ref.startswith("place:"):
            continue
        code = ref.removeprefix("place:")
        if code not in codes:
            codes.append(code)
    return codes


def containment(codes: list[str], parents: dict[str, str]) -> list[dict[str, str]]:
    """The relations the rule asks for: child → immediate parent when both are named."""
    named = set(codes)
    return [
        {"subject": f"place:{code}", "predicate": PREDICATE, "object": f"place:{parents[code]}"}
        for code in codes
        if parents.get(code) in named
    ]


def _indent(path: Path) -> int:
    """The indentation the file already uses (its second line's leading spaces)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return len(lines[1]) - len(lines[1].lstrip(" ")) if len(lines) > 1 else 1


def add_relations(path: Path, gold: dict[str, object], relations: list[dict[str, str]]) -> None:
    """Append ``relations`` to a gold file, in its own indentation, through a temp file."""
    gold["relations"] = [*gold["relations"], *relations]  # type: ignore[misc]
    text = json.dumps(gold, ensure_ascii=False, indent=_indent(path)) + "\n"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def main() -> None:
    """Rewrite (or with --check, only report) the containment relations of a gold set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--check", action="store_true", help="report only, write nothing")
    args = parser.parse_args()
    reference = load_reference()
    parents = {code: place.parent for code, place in reference.places.items() if place.parent}
    for path in sorted(args.gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        wanted = containment(place_codes(gold), parents)
        have = [r for r in gold["relations"] if r["predicate"] == PREDICATE]
        extra = [r for r in have if r not in wanted]
        missing = [r for r in wanted if r not in have]
        for r in extra:
            print(f"{path.name}: outside the rule, kept: {r['subject']} → {r['object']}")
        if missing:
            print(f"{path.name}: +{len(missing)} containment")
        if missing and not args.check:
            add_relations(path, gold, missing)


if __name__ == "__main__":
    main()
