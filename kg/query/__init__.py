"""Query the built graph: SPARQL over an embedded pyoxigraph store, named queries, HTTP.

Input: what ``kg build`` writes (``out/kg.trig`` with one named graph per article plus
``kgr:graph/reference``, or ``out/kg.ttl``, ``.nq``, ``.nt``), or a persistent store
directory made by ``kg load``. Output: :class:`QueryResult` rows of plain Python values
(``str``, ``int``, ``Decimal``, ``float``, ``bool``, ``date``, ``datetime``; IRIs as
``str``), rdflib graphs for CONSTRUCT, and SPARQL 1.1 Protocol answers (``kg serve``).

Design: :func:`open_graph` loads the data into a ``pyoxigraph.Store`` (in memory, or
on disk when a store directory is given) and every query runs with the union of all
graphs as its default graph, so the same SPARQL works on ``kg.trig`` and ``kg.ttl``.
Parameters are bound with pyoxigraph ``substitutions`` (SEP-0007), never pasted
into the text; a substituted variable must be projected by the query, so named
queries list their parameters in ``SELECT``. For remote stores (Virtuoso, Fuseki),
:func:`inline_params` adds a ``VALUES`` block whose terms are serialised by
pyoxigraph (escaped), which gives the same answers.

It does NOT: build or modify the graph (queries are read-only; updates are refused),
infer anything (types are asserted in the data), or reach the network.
rdflib stays available: ``KnowledgeGraph.to_rdflib_dataset()`` copies the quads into an
``rdflib.Dataset``; for large graphs use oxrdflib, ``rdflib.Dataset(store="Oxigraph")``
and ``parse(path, format="ox-trig")``.
"""

from __future__ import annotations

from kg.query.api import (
    KnowledgeGraph,
    LoadReport,
    QueryResult,
    load_store,
    open_graph,
    open_store,
)
from kg.query.named import NamedQuery, QueryParam, named_queries
from kg.query.params import inline_params, to_term

__all__ = [
    "KnowledgeGraph",
    "LoadReport",
    "NamedQuery",
    "QueryParam",
    "QueryResult",
    "inline_params",
    "load_store",
    "named_queries",
    "open_graph",
    "open_store",
    "to_term",
]
