"""Generate ``kg/graph/namespaces.py`` (the closed ``KGO`` namespace) from the TBox.

Run ``python -m kg.graph.gen_namespaces`` after editing ``ontology/pilot-zone-kg.ttl``;
``tests/graph/test_namespaces.py`` regenerates the text in memory and fails on drift.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kg.iris import KGO
from kg.paths import ontology_dir

__all__ = ["ONTOLOGY_PATH", "OUTPUT_PATH", "render_namespaces", "tbox_terms", "write_namespaces"]

ONTOLOGY_PATH = ontology_dir() / "pilot-zone-kg.ttl"
OUTPUT_PATH = Path(__file__).with_name("namespaces.py")


def tbox_terms(path: Path = ONTOLOGY_PATH) -> dict[str, str]:
    """Every ``kgo:`` term the TBox defines (a subject in the namespace), with its @en label.

    Args:
        path: the TBox Turtle file.

    Returns:
        Local name → English label (empty when the term has none), sorted by local name.
    """
    import rdflib

    g = rdflib.Graph()
    g.parse(path, format="turtle")
    terms: dict[str, str] = {}
    for subject in set(g.subjects()):
        iri = str(subject)
        if isinstance(subject, rdflib.URIRef) and iri.startswith(KGO) and iri != KGO:
            labels = [
                str(o)
                for o in g.objects(subject, rdflib.RDFS.label)
                if getattr(o, "language", None) == "en"
            ]
            terms[iri[len(KGO) :]] = min(labels) if labels else ""
    return dict(sorted(terms.items()))


def render_namespaces(terms: dict[str, str]) -> str:
    """The text of ``namespaces.py`` for ``terms`` (deterministic).

    Args:
        terms: local name → English label, as from ``tbox_terms``.

    Returns:
        Python source defining ``KGO`` and ``KGO_TERMS``.
    """
    lines = [
        '"""Closed namespace of the pilot-zone-kg TBox: an unknown ``KGO.term`` raises.',
        "",
        "GENERATED from ontology/pilot-zone-kg.ttl by ``python -m kg.graph.gen_namespaces``;",
        "do not edit by hand (tests/graph/test_namespaces.py fails on drift).",
        '"""',
        "",
        "# ruff: noqa: N815, E501",
        "from __future__ import annotations",
        "",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "from rdflib.term import URIRef",
        "",
        '__all__ = ["KGO", "KGO_TERMS"]',
        "",
        "",
        "class KGO(DefinedNamespace):",
        '    """The ``kgo:`` terms; ``KGO.Unknown`` raises AttributeError (``_fail = True``)."""',
        "",
        f'    _NS = Namespace("{KGO}")',
        "    _fail = True",
        "",
    ]
    lines += [
        f"    {name}: URIRef" + (f"  # {label}" if label else "") for name, label in terms.items()
    ]
    lines += [
        "",
        "",
        "#: Local names of every term the TBox defines.",
        "KGO_TERMS: frozenset[str] = frozenset({",
    ]
    lines += [f'    "{name}",' for name in terms]
    lines += ["})", ""]
    return "\n".join(lines)


def write_namespaces(path: Path = OUTPUT_PATH, ontology: Path = ONTOLOGY_PATH) -> int:
    """Regenerate ``namespaces.py``.

    Args:
        path: where to write.
        ontology: the TBox to read.

    Returns:
        The number of terms written.
    """
    terms = tbox_terms(ontology)
    path.write_text(render_namespaces(terms), encoding="utf-8")
    return len(terms)


if __name__ == "__main__":
    count = write_namespaces()
    sys.stderr.write(f"wrote {OUTPUT_PATH} ({count} kgo terms)\n")
