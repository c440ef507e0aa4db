"""The spaCy pipeline: ``blank("zh")`` (char segmenter) plus the ``kg`` components.

Input: an ``Article``. Output: ``Annotated`` (mentions and sentence spans; no spaCy objects).
It does not: link pattern mentions to IRIs (``kg.link``) or extract relations (``kg.extract``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.model import Annotated, Article
from kg.nlp.sentences import split_sentences

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.refdata.records import Reference

__all__ = ["PIPE_NAMES", "annotate", "get_nlp", "make_nlp"]

#: component factory names, in pipeline order.
PIPE_NAMES = ("kg_gazetteer_ruler_v1", "kg_value_ruler_v1", "kg_pattern_ruler_v1")


def make_nlp(reference: Reference | None = None) -> Language:
    """Build the pipeline: ``spacy.blank("zh")`` with the char segmenter and our components.

    Never downloads anything (ECOSYSTEM.md §B: only the char and jieba segmenters
    work offline; char is 4× faster and the gazetteer does not need words).

    Args:
        reference: reference data for the gazetteer; None uses the bundled
            ``data/reference/`` (loaded once per process).

    Returns:
        A ``Language`` whose components write ``doc.spans["kg"]``.
    """
    import spacy

    import kg.nlp.components as components
    from kg.nlp.lexicon import build_gazetteer

    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe(PIPE_NAMES[0], config={"load_reference": False})
    if not isinstance(ruler, components.GazetteerRuler):  # pragma: no cover - registry mix-up
        raise TypeError(f"pipe {PIPE_NAMES[0]!r} is {type(ruler).__name__}, expected GazetteerRuler")
    ruler.gazetteer = build_gazetteer(reference)
    for name in PIPE_NAMES[1:]:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Return the process-wide pipeline over the bundled reference (built on first use)."""
    return make_nlp()


def annotate(article: Article, nlp: Language | None = None) -> Annotated:
    """Run the pipeline over ``article.body`` and return plain mentions and sentences.

    Args:
        article: the article to read.
        nlp: a pipeline from ``make_nlp``; None uses ``get_nlp()``.

    Returns:
        ``Annotated`` with mentions in text order and sentence spans.
    """
    from kg.nlp.components import mentions_from_doc

    nlp = nlp or get_nlp()
    doc = nlp.make_doc(article.body)
    doc.user_data["kg_text"] = article.body
    doc.user_data["kg_reporters"] = article.reporters
    doc.user_data["kg_published"] = article.published.date()
    doc = nlp(doc)
    return Annotated(
        article=article,
        mentions=tuple(mentions_from_doc(doc)),
        sentences=split_sentences(article.body),
    )
