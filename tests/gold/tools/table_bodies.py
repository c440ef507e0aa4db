"""Write the place a local table body serves into a gold set (tests/gold/SCOPE.md).

Input: a gold set directory (format 2). Output: each ``*.json`` rewritten in place with one
``schema:areaServed`` relation per must-find body that is a local government body of
``data/reference/orgs.tsv`` (a place other than China: 北京市人民政府, 福建省商务厅), subject
and object written as the gold already writes that body (its ref) and ``place:<code>``.
It does not: read articles or run the extractor; the rule is applied to the annotator's
own entity list, like ``containment.py``.

Usage: ``python tests/gold/tools/table_bodies.py tests/gold/dev [--check]``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository root

from kg import iris  # noqa: E402
from kg.eval.refs import resolve_ref  # noqa: E402
from kg.refdata import load_reference  # noqa: E402
from tests.gold.tools.containment import add_relations  # noqa: E402

PREDICATE = "schema:areaServed"


def served(gold: dict[str, object], reference) -> list[dict[str, str]]:  # noqa: ANN001
    """The relations the rule asks for, one per body, in first-mention order."""
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    for entity in gold["entities"]:  # type: ignore[attr-defined]
        ref = entity.get("ref", "")
        if entity.get("optional") or not ref.startswith(("org:", "body:")):
            continue
        iri = resolve_ref(ref, reference)
        org = reference.orgs.get(iri.removeprefix(iris.KGR + "org/"))
        if org is None or org.kind != "government" or not org.place or org.place == "156":
            continue
        if org.place in reference.places and iri not in seen:
            seen.add(iri)
            out.append({"subject": ref, "predicate": PREDICATE, "object": f"place:{org.place}"})
    return out


def main() -> None:
    """Rewrite (or with --check, only report) the areaServed relations of table bodies."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--check", action="store_true", help="report only, write nothing")
    args = parser.parse_args()
    reference = load_reference()
    for path in sorted(args.gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        have = {
            (resolve_ref(r["subject"], reference), r["object"])
            for r in gold["relations"]
            if r["predicate"] == PREDICATE
        }
        missing = [
            r
            for r in served(gold, reference)
            if (resolve_ref(r["subject"], reference), r["object"]) not in have
        ]
        if missing:
            print(f"{path.name}: +{len(missing)} areaServed")
        if missing and not args.check:
            add_relations(path, gold, missing)


if __name__ == "__main__":
    main()
