"""Count the observations and claims the extractor gives on a folder of articles.

Usage: ``python bench/figure_counts.py [data/articles] [-v]``. Prints the number of
observations, the share with a period, counts per measure, statistic and breakdown,
and the claims by kind and zone type; ``-v`` lists every observation with its sentence.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from kg.errors import KgError
from kg.ingest import read_article
from kg.link import extract_facts


def main(argv: list[str]) -> None:
    """Print the figure counts of the articles under ``argv[0]`` (default data/articles)."""
    folders = [a for a in argv if not a.startswith("-")]
    paths = sorted(Path(folders[0] if folders else "data/articles").glob("*.md"))
    observations, claims = [], []
    for path in paths:
        try:
            extraction = extract_facts(read_article(path))
        except KgError as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            continue
        observations += [(path.name, o) for o in extraction.observations]
        claims += list(extraction.claims)
    total = len(observations)
    dated = sum(1 for _, o in observations if o.period_start)
    print(
        f"articles {len(paths)}  observations {total}  with a period {dated} ({dated / max(total, 1):.0%})"
    )
    print("measure:", dict(sorted(Counter(o.measure for _, o in observations).items())))
    print("statistic:", dict(sorted(Counter(o.statistic for _, o in observations).items())))
    print(
        "breakdown:",
        {
            "partner": sum(1 for _, o in observations if o.partner),
            "industry": sum(1 for _, o in observations if o.industry),
            "target": sum(1 for _, o in observations if o.is_target),
        },
    )
    print("claims:", dict(sorted(Counter(f"{c.kind} {c.zone_type}" for c in claims).items())))
    if "-v" in argv:
        for name, o in observations:
            print(
                name,
                o.measure,
                o.statistic,
                o.value,
                o.period_label,
                o.partner,
                o.industry,
                o.is_target,
                "|",
                o.evidence.sentence[:80],
            )


if __name__ == "__main__":
    main(sys.argv[1:])
