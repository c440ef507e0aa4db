"""The exceptions ``kg`` raises, one tree so callers can catch ``KgError`` alone.

::

    KgError
    ├── InputError              an input file cannot be turned into an Article
    │   ├── FrontMatterError    YAML front matter missing, broken, or a field invalid
    │   ├── ArticleBodyError    HTML body missing, empty or unreadable
    │   └── ResourceLimitError  file too large or processing took too long
    ├── OntologyError           a kgo: term that the TBox does not define
    ├── ReferenceDataError      data/reference/ is inconsistent (duplicate codes, bad counts)
    ├── QueryError              bad SPARQL, unknown named query, missing parameter
    ├── OutputError             output exists (no --force), locked, or cannot be written
    └── ConfigError             an option value that cannot be used

Messages say where, what, the value received and, when there is one, the fix:
``data/articles/017.md: front matter 'date' is 'Thu, 30 Dec': expected RFC 1123, e.g. 'Thu, 30 Dec 2021 03:47:06 GMT'``.
"""

from __future__ import annotations

__all__ = [
    "ArticleBodyError",
    "ConfigError",
    "FrontMatterError",
    "InputError",
    "KgError",
    "OntologyError",
    "OutputError",
    "QueryError",
    "ReferenceDataError",
    "ResourceLimitError",
]


class KgError(Exception):
    """Base class of every error ``kg`` raises on purpose."""


class InputError(KgError):
    """An input article cannot be read; the message starts with the file path."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class FrontMatterError(InputError):
    """The YAML front matter is missing, malformed, or has an invalid field."""


class ArticleBodyError(InputError):
    """The HTML body is missing, empty, or has no readable text."""


class ResourceLimitError(InputError):
    """The file is larger than the size limit or took longer than the time limit."""


class OntologyError(KgError):
    """A ``kgo:`` term is used that ``ontology/pilot-zone-kg.ttl`` does not define."""


class ReferenceDataError(KgError):
    """The reference data in ``data/reference/`` is inconsistent."""


class QueryError(KgError):
    """A SPARQL query cannot be run: syntax error, unknown name, missing parameter."""


class OutputError(KgError):
    """An output cannot be written: it exists without --force, or is locked."""


class ConfigError(KgError):
    """An option or configuration value cannot be used."""
