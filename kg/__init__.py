"""pilot-zone-kg: turn Chinese policy news into an RDF knowledge graph.

Stages (imports point one way, left to right)::

    model, errors, iris, refdata ← ingest ← nlp ← extract ← link ← graph
        ← build ← query, analyze, viz, check ← cli

The public API is re-exported here; ``__all__`` is sorted and tested.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
