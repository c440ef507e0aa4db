"""The NLP stage: a spaCy ``blank("zh")`` pipeline with the ``kg`` components.

Input: an ``Article``. Output: ``Annotated`` (``Mention`` records with offsets into
``Article.body`` and sentence spans); gazetteer mentions come linked to reference IRIs.
It does not: return spaCy ``Doc`` objects, link titles/zones/people (``kg.link``),
extract relations (``kg.extract``), or download models (char segmenter only).

Number, period and 文号 parsing live in ``kg.nlp.numbers``, ``kg.nlp.periods`` and
``kg.nlp.docnum``; import those modules directly.
"""

from __future__ import annotations

from kg.nlp.pipeline import annotate, get_nlp, make_nlp
from kg.nlp.sentences import split_sentences

__all__ = ["annotate", "get_nlp", "make_nlp", "split_sentences"]
