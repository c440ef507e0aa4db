"""Where the package's own data lives: reference tables, gazetteer lists, ontology.

Input: the environment (``$KG_DATA_DIR``) and the installed package.
Output: directories (``data_dir()``, ``gazetteer_dir()``, ``ontology_dir()``,
``sample_articles_dir()``).
It does not: read the files (``kg.refdata``, ``kg.nlp.lexicon``, ``kg.graph.shacl`` do),
or check that they are complete.

Every reader asks this module, so they all see the same data. The lookup order:

1. ``$KG_DATA_DIR``, when set: a folder holding ``reference/`` and ``gazetteer/`` (a copy
   of the repository's ``data/`` without ``articles/``); ``kg reference --data-dir``
   also takes one;
2. the copy inside the installed package, ``kg/_data/`` (``setup.py`` copies ``data/``
   and ``ontology/`` there when a wheel is built);
3. the ``data/`` folder of a source checkout (editable installs, the test suite).

The ontology (``shapes.ttl``, the TBox) is part of the code, since
``kg/graph/namespaces.py`` is generated from it: ``$KG_DATA_DIR`` does not replace it.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["DATA_ENV", "data_dir", "gazetteer_dir", "ontology_dir", "sample_articles_dir"]

#: the one environment variable that points every reader at another data folder.
DATA_ENV = "KG_DATA_DIR"
#: the package-data folder inside an installed wheel (see setup.py).
_PACKAGED = "_data"
#: a source checkout: the folder holding kg/, data/ and ontology/.
_CHECKOUT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=4)
def _packaged(name: str) -> Path | None:
    """``kg/_data/<name>`` of the installed package, or None when absent (a checkout).

    Cached: the installed package does not move while the process runs.
    """
    root = resources.files("kg") / _PACKAGED / name
    return Path(str(root)) if root.is_dir() else None


def data_dir() -> Path:
    """The data folder: ``$KG_DATA_DIR``, else the installed copy, else the checkout's ``data/``.

    Returns:
        A folder whose ``reference/`` holds the reference TSV files and whose
        ``gazetteer/`` holds the gazetteer lists. It is not checked here: readers raise
        a one-line error naming the missing file.
    """
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    return _packaged("data") or _CHECKOUT / "data"


def gazetteer_dir() -> Path:
    """``data_dir() / "gazetteer"``: the alias, trap-word and grammar lists."""
    return data_dir() / "gazetteer"


def ontology_dir() -> Path:
    """The folder of ``pilot-zone-kg.ttl`` and ``shapes.ttl`` (installed copy or checkout).

    Returns:
        The ontology folder; ``$KG_DATA_DIR`` does not move it (the code is generated
        from it).
    """
    return _packaged("ontology") or _CHECKOUT / "ontology"


def sample_articles_dir() -> Path:
    """The checkout's ``data/articles/``: sample input, not shipped in the wheel.

    Returns:
        The folder (absent in an installed package; callers say so when they need it).
    """
    return _CHECKOUT / "data" / "articles"
