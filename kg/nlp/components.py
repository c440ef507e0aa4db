"""Every spaCy component ``kg`` registers (STYLE.md §1: one module, versioned names).

Names are ``kg_<what>_v<n>``: spaCy rejects ``.`` in factory names (error E853), so
the STYLE.md form ``kg.gazetteer_ruler.v1`` is written ``kg_gazetteer_ruler_v1``.

Components write ``doc.spans["kg"]``: one ``Span`` per mention with ``label_`` the
mention label, ``kb_id_`` the linked IRI (empty when unlinked) and ``id_`` the rule
that fired. Later stages never see the ``Doc``; ``kg.nlp.pipeline.annotate``
turns the spans into ``kg.model.Mention`` records.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.model import Mention
from kg.nlp.bodies import find_bodies
from kg.nlp.documents import find_bare_documents
from kg.nlp.gazetteer import PLACE_LABELS, Gazetteer
from kg.nlp.patterns import (
    find_generic_zones,
    find_named_zones,
    find_official_zone_names,
    find_people,
    find_place_zones,
    find_titles,
)

__all__ = [
    "SPANS_KEY",
    "GazetteerRuler",
    "PatternRuler",
    "ValueRuler",
    "doc_text",
    "mentions_from_doc",
]

#: the ``doc.spans`` key every component writes to.
SPANS_KEY = "kg"


def _add_spans(doc: Doc, mentions: Iterable[Mention]) -> None:
    """Append one labelled span per mention (built once by ``char_span``, not twice)."""
    spans: list[Span] = []
    for mention in mentions:
        span = doc.char_span(
            mention.start,
            mention.end,
            label=mention.label,
            kb_id=mention.iri or "",
            alignment_mode="expand",
            span_id=mention.rule,
        )
        if span is not None:
            spans.append(span)
    if SPANS_KEY in doc.spans:
        doc.spans[SPANS_KEY].extend(spans)
    else:
        doc.spans[SPANS_KEY] = spans


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, cached in ``doc.user_data`` (spaCy rebuilds it from every
    token on each access: 3 accesses were half of the extraction time)."""
    text = doc.user_data.get("kg_text")
    if not isinstance(text, str):
        text = doc.text
        doc.user_data["kg_text"] = text
    return text


def mentions_from_doc(doc: Doc) -> list[Mention]:
    """Return the mentions the ``kg`` components stored on ``doc``, in text order.

    Args:
        doc: a ``Doc`` processed by a pipeline from ``kg.nlp.pipeline.make_nlp``.

    Returns:
        ``Mention`` records (offsets are character offsets into ``doc.text``).
    """
    if SPANS_KEY not in doc.spans:
        return []
    text = doc_text(doc)  # slicing it is span.text without walking the span's tokens
    found = [
        Mention(
            span.start_char,
            span.end_char,
            text[span.start_char : span.end_char],
            span.label_,
            span.id_,
            span.kb_id_ or None,
        )
        for span in doc.spans[SPANS_KEY]
    ]
    found.sort(key=lambda m: (m.start, -m.end, m.label))
    return found


class GazetteerRuler:
    """Pipeline component: reference names → linked mentions (places, bodies, zones)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        """Keep the compiled gazetteer.

        Args:
            gazetteer: built once per process by ``kg.nlp.lexicon.build_gazetteer``.
        """
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        """Add the gazetteer mentions of ``doc``, and the bodies named by grammar
        and documents named without 《》 (``kg.nlp.bodies``, ``kg.nlp.documents``: the
        names that open them are gazetteer names), to ``doc.spans["kg"]``."""
        text = doc_text(doc)
        grammar = find_bodies(text, self.gazetteer) + find_bare_documents(text, self.gazetteer)
        _add_spans(doc, self.gazetteer.find(text) + grammar)
        return doc


class PatternRuler:
    """Pipeline component: titles, zone names and people that no gazetteer lists.

    Needs the gazetteer mentions (zone names such as 金华综试区 are a place plus a
    zone word), so it runs after ``kg_gazetteer_ruler_v1``.
    """

    def __call__(self, doc: Doc) -> Doc:
        """Add the pattern mentions of ``doc`` to ``doc.spans["kg"]``."""
        text = doc_text(doc)
        known = mentions_from_doc(doc)
        places = [m for m in known if m.label in PLACE_LABELS]
        zones = (
            find_official_zone_names(text)
            + find_place_zones(text, places)
            + find_named_zones(text, places)
        )
        listed_zones = [m for m in known if m.label == "CrossBorderEcommerceZone"]
        titles = find_titles(text)
        people = find_people(text, doc.user_data.get("kg_reporters", ()))
        generic = find_generic_zones(text, zones + listed_zones)
        _add_spans(doc, titles + zones + generic + people)
        return doc


@Language.factory(
    "kg_gazetteer_ruler_v1",
    assigns=["doc.spans"],
    default_config={"load_reference": True},
)
def make_gazetteer_ruler(nlp: Language, name: str, load_reference: bool) -> GazetteerRuler:
    """Create the gazetteer component.

    With ``load_reference`` false it starts empty; ``make_nlp`` then installs a
    gazetteer built from the reference it was given.
    """
    from kg.nlp.lexicon import build_gazetteer

    return GazetteerRuler(build_gazetteer() if load_reference else Gazetteer(()))


class ValueRuler:
    """Pipeline component: batch ordinals (第六批, 前五批) and document numbers (国函〔2022〕8号).

    Uses the parsers of ``kg.nlp.numbers`` and ``kg.nlp.docnum``. A 文号 mention is
    linked at once (``doc/<slug>``); batches are linked by ``kg.link`` (only in a
    pilot-zone context).
    """

    def __call__(self, doc: Doc) -> Doc:
        """Add batch and document-number mentions of ``doc`` to ``doc.spans["kg"]``."""
        from kg import iris
        from kg.nlp.docnum import parse_document_numbers
        from kg.nlp.numbers import parse_batch_ordinals

        text = doc_text(doc)
        found = [
            Mention(
                b.start, b.end, b.text, "Batch", "pattern:batch-upto" if b.upto else "pattern:batch"
            )
            for b in parse_batch_ordinals(text)
        ]
        found += [
            Mention(
                d.start,
                d.end,
                d.text,
                "DocumentNumber",
                "pattern:docnum",
                iris.doc_iri(d.slug, is_number_slug=True),
            )
            for d in parse_document_numbers(text)
            if d.slug and not d.heuristic
        ]
        _add_spans(doc, found)
        return doc


@Language.factory(
    "kg_value_ruler_v1",
    assigns=["doc.spans"],
    default_config={},
)
def make_value_ruler(nlp: Language, name: str) -> ValueRuler:
    """Create the batch-ordinal and document-number component."""
    return ValueRuler()


@Language.factory(
    "kg_pattern_ruler_v1",
    requires=["doc.spans"],
    assigns=["doc.spans"],
    default_config={},
)
def make_pattern_ruler(nlp: Language, name: str) -> PatternRuler:
    """Create the pattern component (titles, zone names, people)."""
    return PatternRuler()
