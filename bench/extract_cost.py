"""CPU time of the extraction per article (NLP + link + extract, reading excluded).

Usage::

    python bench/extract_cost.py [CHECKOUT]            # rules only (default pipeline)
    KG_NER=1 python bench/extract_cost.py [CHECKOUT]   # with the statistical proposer

CHECKOUT is a checkout of the project to measure (default: this one), so an older release
can be compared on the same machine (``git archive <rev> | tar -x -C /tmp/old``). It reads
the bundled articles of data/articles and prints the best of 5 passes.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def main() -> None:
    """Measure and print."""
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    sys.path.insert(0, str(root))
    from kg.ingest import read_article
    from kg.nlp import get_nlp

    try:
        from kg.pipeline import extract_facts
    except ImportError:  # releases before kg.pipeline
        from kg.link import extract_facts  # type: ignore[attr-defined,no-redef]

    nlp = get_nlp()
    articles = [read_article(p) for p in sorted((HERE / "data" / "articles").glob("*.md"))]
    extract_facts(articles[0], nlp)
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        for article in articles:
            extract_facts(article, nlp)
        best = min(best, (time.process_time() - start) / len(articles))
    print(
        f"{root}: extract {best * 1000:.2f} ms/article (CPU, best of 5, {len(articles)} articles)"
    )


if __name__ == "__main__":
    main()
