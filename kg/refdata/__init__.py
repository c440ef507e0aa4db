"""Reference data: places, bodies, batches, documents and zones from ``data/reference/``.

Input: the TSV/CSV files in ``data/reference/`` (see its README for sources).
Output: frozen records and lookup tables (``Reference``), loaded once per process.
It does not: build RDF (``kg.graph.reference`` does), or match text (``kg.nlp`` does).

INTERFACE (implemented by the ontology/reference work, issue 4)::

    load_reference(directory: Path | None = None) -> Reference   # cached per directory
    Reference.places: dict[str, Place]        # by code ("330700", "156", "x-xiongan")
    Reference.orgs: dict[str, Org]            # by slug ("state-council", "mofcom")
    Reference.batches: dict[int, Batch]       # by ordinal (1..7)
    Reference.zones: dict[str, Zone]          # by zone IRI
    Reference.place_by_name(name) -> Place | None   # "金华", "金华市", "Jinhua"
    Reference.zone_for_place(code, kind="cbec") -> Zone | None
    validate_reference(ref) -> list[str]      # problems, empty when consistent
"""
