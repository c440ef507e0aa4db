"""CPU time per article of each stage the build worker runs: read, extract, rdf, shacl.

Usage::

    python bench/stage_cost.py ARTICLES_DIR [N]                # this checkout
    PYTHONPATH=/tmp/old python bench/stage_cost.py ARTICLES_DIR  # an older checkout

Runs the stages of ``kg.build.worker.process_article`` one after another on the first N
(default 400) articles of ARTICLES_DIR in one process: ``read_article``, ``extract_facts``,
``article_parts`` (the bytes of kg.trig/kg.ttl, without the N-Quads ``kg build`` does
not use, where the checkout can leave them out), the SHACL check of the article graph;
prints CPU ms/article per stage, best of 3 passes. CPU time (``time.process_time``) is
less disturbed by other jobs on a shared machine than wall time.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main() -> None:
    """Measure and print."""
    import inspect

    from kg import iris
    from kg.build.worker import _checker, warm_up
    from kg.graph.article import article_parts
    from kg.ingest import read_article
    from kg.pipeline import extract_facts

    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    paths = sorted(Path(sys.argv[1]).glob("*.md"))[:limit]
    resources, checker = warm_up(), _checker()
    # what kg build's worker asks for: no N-Quads bytes (a checkout that always made them)
    lean = {"nquads": False} if "nquads" in inspect.signature(article_parts).parameters else {}
    best: dict[str, float] = {}
    for _ in range(3):
        spent = dict.fromkeys(("read", "extract", "rdf", "shacl"), 0.0)
        for path in paths:
            t0 = time.process_time()
            article = read_article(path)
            t1 = time.process_time()
            extraction = extract_facts(article, resources.nlp, reference=resources.reference)
            t2 = time.process_time()
            parts = article_parts(extraction, **lean)
            t3 = time.process_time()
            checker.check(parts.triples, iris.article_graph_iri(article.id))
            t4 = time.process_time()
            for key, value in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
                spent[key] += value
        for key, value in spent.items():
            best[key] = min(best.get(key, float("inf")), value / len(paths) * 1e3)
    best["total"] = sum(best.values())
    shown = ", ".join(f"{key} {value:.2f}" for key, value in best.items())
    print(f"{len(paths)} articles, CPU ms/article (best of 3): {shown}")


if __name__ == "__main__":
    main()
