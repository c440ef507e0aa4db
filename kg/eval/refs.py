"""Gold references (``place:330700``, ``body:四川省统计局`` …) resolved to IRIs.

Input: a ref string written by an annotator (tests/gold/SCOPE.md) and the reference data.
Output: the IRI the graph uses for that thing.
It does not: read articles or the extractor; a body is looked up in the reference
table by name *at load time*, so a gold file stays right when the table grows
(a body added to orgs.tsv moves from ``org/x-<hash>`` to its slug on both sides).
"""

from __future__ import annotations

from collections.abc import Callable

from kg import iris
from kg.errors import ConfigError
from kg.link.bodies import canonical_body
from kg.nlp.agreements import agreement_key
from kg.refdata.records import Reference

__all__ = ["RefResolver", "resolve_ref"]


def _body(name: str, reference: Reference) -> str:
    """The IRI the extractor gives a body written ``name``: the same canonical naming
    (``kg.link.bodies.canonical_body``), so 四川统计局 and 四川省统计局 agree."""
    body = canonical_body(name, reference)
    if body is None:
        raise ConfigError(
            f"body ref {name!r} opens with a level word (省, 市): write the place in full"
        )
    return body.iri


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def _person(value: str, reference: Reference) -> str:
    name, _, context = value.partition("@")
    if not name or not context:
        raise ConfigError(f"person ref needs name@context, got {value!r}")
    if context in ("reporter", "editor"):
        return iris.person_iri(name, context)
    return iris.person_iri(name, _tail(resolve_ref(context, reference)))


def _post(value: str, reference: Reference) -> str:
    org_ref, _, role = value.rpartition("#")
    if not org_ref or not role:
        raise ConfigError(f"post ref needs <org ref>#<role>, got {value!r}")
    return iris.post_iri(_tail(resolve_ref(org_ref, reference)), iris.role_slug(role))


def _zone(value: str, reference: Reference) -> str:
    kind, _, code = value.partition("-")
    return iris.zone_iri(kind, code)


def _batch(value: str, reference: Reference) -> str:
    kind, _, ordinal = value.partition("-")
    return iris.batch_iri(kind, int(ordinal))


def _title(value: str, reference: Reference) -> str:
    """A title the reference knows by that name (中欧投资协定 is doc/cai, one entity per
    document whatever the name form) gets its IRI; any other title its hash (a bilateral
    agreement's by its one canonical title, as ``kg.link`` does)."""
    name = value.strip("《》")
    for doc in reference.documents.values():
        if name == doc.title_zh or name in doc.aliases_zh:
            return doc.iri
    key = iris.normalise_title(value)
    return iris.doc_iri(agreement_key(key) or key, is_number_slug=False)  # 中韩自贸协定


_RESOLVERS: dict[str, Callable[[str, Reference], str]] = {
    "place": lambda v, r: iris.place_iri(v),
    "country": lambda v, r: iris.country_iri(v),
    "org": lambda v, r: iris.org_iri(v),
    "body": _body,
    "doc": lambda v, r: iris.doc_iri(v, is_number_slug=True),
    "title": _title,
    "zone": _zone,
    "batch": _batch,
    "person": _person,
    "post": _post,
    "iri": lambda v, r: v,
}


def resolve_ref(ref: str, reference: Reference) -> str:
    """Return the IRI of a gold ref (tests/gold/SCOPE.md); full IRIs pass through.

    Args:
        ref: ``kind:value`` such as ``place:330700``, ``body:四川省统计局``,
            ``person:束珏婷@org:mofcom`` or a full ``https://`` IRI.
        reference: the reference data bodies are looked up in.

    Returns:
        The IRI.

    Raises:
        ConfigError: an unknown kind or a malformed value.
    """
    if ref.startswith(("http://", "https://")):
        return ref
    kind, sep, value = ref.partition(":")
    resolver = _RESOLVERS.get(kind)
    if not sep or resolver is None or not value:
        raise ConfigError(f"unknown gold ref {ref!r}; kinds: {', '.join(sorted(_RESOLVERS))}")
    try:
        return resolver(value, reference)
    except ValueError as exc:
        raise ConfigError(f"malformed gold ref {ref!r}: {exc}") from exc


class RefResolver:
    """``resolve_ref`` bound to one reference, memoised (a gold set repeats its refs)."""

    def __init__(self, reference: Reference) -> None:
        """Args: reference: the reference data bodies are looked up in."""
        self._reference = reference
        self._seen: dict[str, str] = {}

    def __call__(self, ref: str) -> str:
        """Return the IRI of ``ref`` (see ``resolve_ref``)."""
        if ref not in self._seen:
            self._seen[ref] = resolve_ref(ref, self._reference)
        return self._seen[ref]
