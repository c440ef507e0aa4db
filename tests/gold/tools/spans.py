"""Span-list helpers the blind sets' annotate.py files share (heldout-2026-12l …): money
in base units, year periods, must-not rows inside a host name, the short names of labels
and predicates their tables use, and the writer of a captioned set's gold files.

Input: amounts and years as the annotator writes them, must-not rows (``IN``), an article
body, a set's span tables. Output: strings and rows for ``tests.gold.tools.heldout``'s
``E``/``R``/``O``/``N`` tables; ``<prefix>NN.json`` files (``write_captioned_set``).
It does not: run or read any extractor.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from kg.refdata import load_reference
from tests.gold.tools.containment import containment, place_codes
from tests.gold.tools.heldout import N, R, occurrences, write_gold
from tests.gold.tools.table_bodies import served

__all__ = [
    "AREA",
    "C",
    "CB",
    "CHN",
    "CO",
    "FZ",
    "HOLDS",
    "IN",
    "L",
    "ORG",
    "P",
    "PASSED",
    "PF",
    "PLACE",
    "PZ",
    "SUB",
    "Y",
    "resolve_in",
    "write_captioned_set",
    "wy",
    "yi",
]


def yi(amount: str) -> str:
    """亿元 / 亿美元 as written → the value in 元 / 美元."""
    return str(int(Decimal(amount) * 10**8))


def wy(amount: str) -> str:
    """万亿元 as written → the value in 元."""
    return str(int(Decimal(amount) * 10**12))


def Y(year: int) -> str:  # noqa: N802
    """The period of a whole year, as the gold tables write it."""
    return f"{year}-01-01/{year}-12-31"


def IN(host: str, inner: str, why: str, labels: list[str], nth: int | None = None) -> dict:  # noqa: N802
    """A must-not on ``inner`` where it opens or sits inside ``host`` (every occurrence of
    ``host``, or only its ``nth``); resolved to occurrences once the body is read."""
    return {"host": host, "inner": inner, "why": why, "labels": labels, "nth": nth}


def resolve_in(body: str, rows: list[dict]) -> list[dict]:
    """``rows`` with every ``IN`` row turned into ``N`` rows of the occurrences it names."""
    out = []
    for row in rows:
        if "host" not in row:
            out.append(row)
            continue
        inner_starts = occurrences(body, row["inner"])
        hosts = occurrences(body, row["host"])
        if not hosts:
            raise SystemExit(f"host not in body: {row['host']}")
        for n, h in enumerate(hosts, 1):
            if row["nth"] is not None and n != row["nth"]:
                continue
            start = h + row["host"].index(row["inner"])
            out.append(N(row["inner"], inner_starts.index(start) + 1, row["why"], row["labels"]))
    return out


def write_captioned_set(here: Path, specs: dict) -> None:
    """Write ``here``'s gold files from ``specs`` (picture captions read), then add the
    containment relations of their must-find places and the areaServed of table bodies."""
    write_gold(here, specs, R, captions=True)
    reference = load_reference()
    parents = {code: place.parent for code, place in reference.places.items() if place.parent}
    for stem in specs:
        path = here / f"{stem}.json"
        gold = json.loads(path.read_text(encoding="utf-8"))
        extra = containment(place_codes(gold), parents) + served(gold, reference)
        gold["relations"] += [r for r in extra if r not in gold["relations"]]
        out = {"file": gold.pop("file"), "captions": True, **gold}
        path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


P = "Province"
PF = "Prefecture"
C = "County"
CO = "Country"
ORG = "Organization"
L = "Legislation"
PZ = "PilotZone"
CB = "CrossBorderEcommerceZone"
FZ = "FreeTradeZone"
PLACE = [P, PF, C]
SUB = "org:subOrganizationOf"
AREA = "schema:areaServed"
PASSED = "schema:legislationPassedBy"
HOLDS = "org:holds"
CHN = "country:CHN"
