"""Reference data: places, bodies, batches, documents and zones from ``data/reference/``.

Input: the TSV files in ``data/reference/`` (see its README for sources and how they are
prepared). Output: frozen records and lookup tables (``Reference``), loaded once per process.
It does not: build RDF (``kg.graph.reference`` does), match text (``kg.nlp`` does), or touch
the network (the TSVs were prepared once by ``data/reference/tools/prepare.py``).

INTERFACE::

    load_reference(directory: Path | None = None) -> Reference
    default_data_dir() -> Path                # $KG_DATA_DIR or the repo's data/
    Reference.places: dict[str, Place]        # by code ("330700", "156", "x-xiongan")
    Reference.orgs: dict[str, Org]            # by slug ("state-council", "mofcom")
    Reference.batches: dict[int, Batch]       # by ordinal (1..8)
    Reference.documents: dict[str, Document]  # by document IRI
    Reference.zones: dict[str, Zone]          # by zone IRI
    Reference.place_by_name(name) -> Place | None   # "金华", "金华市", "Jinhua"
    Reference.places_by_name(name) -> tuple[Place, ...]
    Reference.org_by_name(name) -> Org | None       # "商务部", "MOFCOM", "发改委"
    Reference.zone_for_place(code, kind="cbec") -> Zone | None
    Reference.zones_in_force(day, kind="cbec") -> tuple[Zone, ...]  # effective <= day < end
    Reference.ancestors(code) -> tuple[Place, ...]  # prefecture, province, China
    number_slug("国函〔2022〕8号") -> "guohan-2022-8"
    validate_reference(ref) -> list[str]      # problems, empty when consistent
"""

from kg.refdata.load import (
    default_data_dir,
    load_reference,
    number_slug,
    read_reference,
)
from kg.refdata.records import (
    CONFIDENCE_VALUES,
    Batch,
    Document,
    Org,
    Place,
    Reference,
    Zone,
    normalise_name,
)
from kg.refdata.validate import validate_reference

__all__ = [
    "CONFIDENCE_VALUES",
    "Batch",
    "Document",
    "Org",
    "Place",
    "Reference",
    "Zone",
    "default_data_dir",
    "load_reference",
    "normalise_name",
    "number_slug",
    "read_reference",
    "validate_reference",
]
