"""Claim checking and figures over time: what an article says against what is known.

Input: a ``pyoxigraph.Store`` holding a built dataset (the reference graph plus the
article graphs written by ``kg.build``), queried over the union of its graphs.
Output: frozen records -- ``ClaimCheck`` (one per ``kgo:Claim``: the claimed value,
the value the graph gives as of the claim's date, a status, the evidence sentence and
the SPARQL text that computed the value) and ``FigureGroup`` (observations of the same
measure, statistic, place and period from different articles, side by side).
It does not: load files (callers open the store), change the graph (a contradiction
stays in the article's graph, ONTOLOGY.md rule 3), print, or decide which article is
right about a figure -- it only shows the values and their sources.

Design::

    check_claims(store, *, as_of=None)
        1. one SELECT gathers every kgo:Claim with its article, date and evidence
        2. per claim kind, one SELECT computes the value from the reference facts
           (zones carry kgo:effectiveDate; only zones in force on the date count)
        3. compare -> "consistent" | "inconsistent" | "cannot-check" (+ a note)
    compare_figures(store)
        one SELECT over schema:Observation, grouped in Python by
        (place, measure, statistic, period, unit); groups with 2+ articles are kept.
"""

from __future__ import annotations

from kg.check.claims import (
    CANNOT_CHECK,
    CONSISTENT,
    INCONSISTENT,
    ClaimCheck,
    check_claims,
)
from kg.check.figures import FigureGroup, FigureSource, compare_figures

__all__ = [
    "CANNOT_CHECK",
    "CONSISTENT",
    "INCONSISTENT",
    "ClaimCheck",
    "FigureGroup",
    "FigureSource",
    "check_claims",
    "compare_figures",
]
