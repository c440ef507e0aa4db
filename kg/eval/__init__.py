"""Evaluate the extractor against hand-made gold annotations (``tests/gold/``).

Input: a directory of gold JSON files (one per article, entities named by text and
occurrence) and an extractor ``Article -> Extraction`` (default
``kg.pipeline.extract_facts``). Output: an ``EvalReport`` of precision, recall and F1 per
entity label, relation predicate, observation measure and claim kind, with
micro-averaged totals and a lenient per-article unique-IRI entity score.
It does not: write gold (people do, by reading the articles), print, exit, or
change thresholds (``kg eval`` compares the report with its ``--min-*`` flags).

Design::

    load_gold(dir) --read each article with kg.ingest--> GoldArticle (offsets resolved)
    evaluate(gold, extract) --extract(article) per file--> Counter(tp/fp/fn) --> EvalReport
"""

from __future__ import annotations

from kg.eval.gold import (
    ARTICLE_SELF,
    ENTITY_LABELS,
    GoldArticle,
    GoldClaim,
    GoldEntity,
    GoldMustNot,
    GoldObservation,
    GoldRelation,
    find_occurrence,
    load_gold,
    load_gold_file,
)
from kg.eval.score import COLUMNS, TOTAL, EvalReport, Score, evaluate, score_article

__all__ = [
    "ARTICLE_SELF",
    "COLUMNS",
    "ENTITY_LABELS",
    "TOTAL",
    "EvalReport",
    "GoldArticle",
    "GoldClaim",
    "GoldEntity",
    "GoldMustNot",
    "GoldObservation",
    "GoldRelation",
    "Score",
    "evaluate",
    "find_occurrence",
    "load_gold",
    "load_gold_file",
    "score_article",
]
