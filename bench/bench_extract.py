"""Extraction cost per article over the bundled articles (pipeline build excluded).

Run: ``.venv/bin/python bench/bench_extract.py``. Prints the median µs per article
of ``kg.link.extract_facts`` over 5 rounds, after one warm-up round.
"""

import statistics
import time
from pathlib import Path

from kg.ingest import read_article
from kg.link import extract_facts
from kg.nlp import get_nlp
from kg.refdata import load_reference

ROUNDS = 5


def main() -> None:
    """Time ``extract_facts`` over every bundled article."""
    load_reference()
    nlp = get_nlp()
    articles = [read_article(p) for p in sorted(Path("data/articles").glob("*.md"))]
    for article in articles:
        extract_facts(article, nlp)
    rounds = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for article in articles:
            extract_facts(article, nlp)
        rounds.append((time.perf_counter() - start) / len(articles) * 1e6)
    chars = sum(len(a.body) for a in articles) / len(articles)
    print(
        f"{len(articles)} articles, {chars:.0f} chars avg; µs/article median "
        f"{statistics.median(rounds):.0f} (min {min(rounds):.0f}, max {max(rounds):.0f})"
    )


if __name__ == "__main__":
    main()
