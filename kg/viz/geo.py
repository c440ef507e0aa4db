"""Where places are: longitude/latitude per adcode, and the map projection of the overview.

Input: the ``longitude``/``latitude`` columns of ``data/reference/places.tsv`` (cpca's
data; absent in older checkouts) or a TSV given by path.
Output: adcode → ``(longitude, latitude)`` and screen coordinates.
It does not: guess a position that is not in the file (a missing column or cell
simply gives no entry), or reach the network.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

__all__ = ["PX_PER_DEGREE", "place_coordinates", "project"]

#: Map scale of the overview (screen units per degree of latitude).
PX_PER_DEGREE = 60.0
_CENTRE = (105.0, 35.0)  # lon, lat of the projection centre
_COS_CENTRE = math.cos(math.radians(_CENTRE[1]))


def _default_tsv() -> Path:
    from kg.refdata.load import default_data_dir

    return default_data_dir() / "reference" / "places.tsv"


def _float(text: str | None) -> float | None:
    try:
        value = float(text) if text not in (None, "") else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) else None


def place_coordinates(tsv: Path | str | None = None) -> dict[str, tuple[float, float]]:
    """Read ``code → (longitude, latitude)`` from a places TSV; ``{}`` when it has none.

    Args:
        tsv: a file with columns ``code``, ``longitude``, ``latitude``;
            ``None`` reads ``data/reference/places.tsv``.

    Returns:
        Only the rows with two valid numbers; a file without the columns, or no
        file at all, gives an empty mapping (the overview then uses a schematic layout).
    """
    path = Path(tsv) if tsv is not None else _default_tsv()
    if not path.is_file():
        return {}
    out: dict[str, tuple[float, float]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        if not {"code", "longitude", "latitude"} <= set(reader.fieldnames or ()):
            return {}
        for row in reader:
            lon, lat = _float(row.get("longitude")), _float(row.get("latitude"))
            if lon is not None and lat is not None and -180 <= lon <= 180 and -90 <= lat <= 90:
                out[row["code"]] = (lon, lat)
    return out


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular projection around 105°E 35°N, y growing southwards, 0.1 unit steps."""
    x = (lon - _CENTRE[0]) * PX_PER_DEGREE * _COS_CENTRE
    y = -(lat - _CENTRE[1]) * PX_PER_DEGREE
    return round(x, 1), round(y, 1)
