"""Build hook: put the package's data into the wheel as ``kg/_data/``.

The repository keeps ``data/`` (reference tables, gazetteer lists, sample articles) and
``ontology/`` at its top, where people edit and review them. A wheel must carry the
files the code reads, so building one copies them under the package:

    data/reference/*.tsv, README.md → kg/_data/data/reference/
    data/gazetteer/*                → kg/_data/data/gazetteer/
    ontology/*.ttl, README.md       → kg/_data/ontology/

``data/articles/`` is sample input and stays out. ``kg/paths.py`` finds the copy with
``importlib.resources``; editable installs and the checkout read the folders in place.
Everything else is configured in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

#: (source folder, glob patterns, destination inside the package)
PACKAGE_DATA = (
    ("data/reference", ("*.tsv", "README.md"), "kg/_data/data/reference"),
    ("data/gazetteer", ("*.tsv", "*.txt"), "kg/_data/data/gazetteer"),
    ("ontology", ("*.ttl", "README.md"), "kg/_data/ontology"),
)


class BuildPyWithData(build_py):
    """``build_py`` that also copies ``PACKAGE_DATA`` into the build tree."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads data/ and ontology/ in place
        root = Path(__file__).resolve().parent
        for source, patterns, dest in PACKAGE_DATA:
            target = Path(self.build_lib) / dest
            target.mkdir(parents=True, exist_ok=True)
            for pattern in patterns:
                for path in sorted((root / source).glob(pattern)):
                    shutil.copyfile(path, target / path.name)


setup(cmdclass={"build_py": BuildPyWithData})
