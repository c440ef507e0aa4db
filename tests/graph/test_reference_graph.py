"""The reference graph answers the done-when questions by SPARQL and passes SHACL."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.graph.reference import reference_quads
from kg.graph.shacl import validate_graph
from kg.iris import PREFIXES, REFERENCE_GRAPH
from kg.refdata import default_data_dir, load_reference, read_reference

HEADER = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


@pytest.fixture(scope="module")
def quads() -> list[ox.Quad]:
    return reference_quads(load_reference())


@pytest.fixture(scope="module")
def store(quads: list[ox.Quad]) -> ox.Store:
    s = ox.Store()
    s.extend(quads)
    return s


def _select(store: ox.Store, query: str) -> list[dict[str, str]]:
    result = store.query(HEADER + query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in result]


def _ask(store: ox.Store, query: str) -> bool:
    return bool(store.query(HEADER + query, use_default_graph_as_union=True))


def test_reference_quads_all_in_reference_graph_and_deterministic(quads: list[ox.Quad]) -> None:
    assert {q.graph_name.value for q in quads} == {REFERENCE_GRAPH}
    assert reference_quads(read_reference(default_data_dir() / "reference")) == quads


_PER_PROVINCE_ON = """
    SELECT ?name (COUNT(DISTINCT ?z) AS ?n) WHERE {
      ?z a kgo:CrossBorderEcommerceZone ; kgo:hostProvince ?p ; kgo:effectiveDate ?e .
      FILTER(?e <= "DAY"^^xsd:date)
      FILTER NOT EXISTS { ?z kgo:endDate ?end FILTER(?end <= "DAY"^^xsd:date) }
      ?p skos:prefLabel ?name FILTER(lang(?name) = "zh") } GROUP BY ?name"""


def test_zones_per_province(store: ox.Store) -> None:
    rows = _select(store, _PER_PROVINCE_ON.replace("DAY", "2022-12-31"))
    counts = {r["name"]: int(r["n"]) for r in rows}
    assert counts["浙江省"] == 12
    assert counts["广东省"] == 21
    assert counts["山东省"] == 16
    assert counts["江苏省"] == 13
    assert counts["海南省"] == 2
    assert len(counts) == 31
    assert sum(counts.values()) == 165


def test_zones_per_province_after_batch_8(store: ox.Store) -> None:
    counts = {
        r["name"]: int(r["n"])
        for r in _select(store, _PER_PROVINCE_ON.replace("DAY", "2025-06-30"))
    }
    # BATCH7-8.md §5: 海南 1 (海南全岛 replaces 海口+三亚), 新疆 4 (阿拉山口 into 博尔塔拉), 河南 7
    assert (
        counts["海南省"],
        counts["新疆维吾尔自治区"],
        counts["河南省"],
        counts["广西壮族自治区"],
    ) == (1, 4, 7, 7)
    assert len(counts) == 31
    assert sum(counts.values()) == 178


def test_batch_counts_and_cumulative(store: ox.Store) -> None:
    rows = _select(
        store,
        """
        SELECT ?n (COUNT(?z) AS ?c) WHERE { ?z kgo:inBatch ?b . ?b kgo:batchOrdinal ?n }
        GROUP BY ?n ORDER BY ?n""",
    )
    per_batch = [int(r["c"]) for r in rows]
    assert per_batch[5] == 27
    assert per_batch[7] == 16
    running = [sum(per_batch[: i + 1]) for i in range(len(per_batch))]
    assert running == [1, 13, 35, 59, 105, 132, 165, 181]
    declared = _select(
        store,
        "SELECT ?n ?t WHERE { ?b kgo:batchOrdinal ?n ; kgo:cumulativeZoneCount ?t } ORDER BY ?n",
    )
    # batch 8 revokes 3 zones, so its stated running total is 181 - 3
    assert [int(r["t"]) for r in declared] == running[:7] + [178]


def test_jinhua_zone_facts(store: ox.Store) -> None:
    assert _ask(
        store,
        """
        ASK {
          ?z a kgo:CrossBorderEcommerceZone ; schema:containedInPlace ?city ; kgo:inBatch ?b .
          ?city skos:prefLabel "金华市"@zh ; schema:containedInPlace+ ?prov .
          ?prov skos:prefLabel "浙江省"@zh .
          ?b kgo:batchOrdinal 6 .
          ?doc kgo:establishes ?z ; kgo:documentNumber "国函〔2022〕8号" ;
               schema:legislationPassedBy ?sc .
          ?sc skos:prefLabel "国务院"@zh .
          ?z kgo:approvedBy ?sc ; kgo:effectiveDate "2022-02-08"^^xsd:date .
        }""",
    )


def test_yiwu_is_in_jinhua(store: ox.Store) -> None:
    assert _ask(
        store,
        'ASK { ?y skos:prefLabel "义乌市"@zh ; schema:containedInPlace ?j . '
        '?j skos:prefLabel "金华市"@zh ; a kgo:Prefecture }',
    )


def test_every_zhejiang_prefecture_hosts_a_zone(store: ox.Store) -> None:
    rows = _select(
        store,
        """
        SELECT ?city WHERE {
          ?city a kgo:Prefecture ; schema:containedInPlace <https://w3id.org/pilot-zone-kg/id/place/330000> .
          FILTER NOT EXISTS {
            ?z a kgo:CrossBorderEcommerceZone ; schema:containedInPlace ?host .
            ?host schema:containedInPlace* ?city } }""",
    )
    assert rows == []
    assert (
        len(
            _select(
                store,
                "SELECT ?c WHERE { ?c a kgo:Prefecture ; "
                "schema:containedInPlace <https://w3id.org/pilot-zone-kg/id/place/330000> }",
            )
        )
        == 11
    )


def test_every_reference_entity_has_zh_and_en_preflabel(store: ox.Store) -> None:
    rows = _select(
        store,
        """
        SELECT ?s WHERE {
          ?s skos:prefLabel ?any .
          FILTER NOT EXISTS { ?s skos:prefLabel ?zh FILTER(lang(?zh) = "zh") }
        } LIMIT 5""",
    )
    rows += _select(
        store,
        """
        SELECT ?s WHERE {
          ?s skos:prefLabel ?any .
          FILTER NOT EXISTS { ?s skos:prefLabel ?en FILTER(lang(?en) = "en") }
        } LIMIT 5""",
    )
    assert rows == []
    typed = _select(
        store,
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t FILTER NOT EXISTS "
        "{ ?s skos:prefLabel ?l } }",
    )
    assert typed == [{"n": "0"}]


def test_unconfirmed_zones_flagged(store: ox.Store) -> None:
    rows = _select(
        store,
        'SELECT ?z WHERE { ?z a kgo:CrossBorderEcommerceZone ; kgo:confidence "unconfirmed" }',
    )
    assert len(rows) == 6


def test_every_zone_says_how_sure_it_is(store: ox.Store) -> None:
    rows = _select(
        store,
        """SELECT ?c (COUNT(?z) AS ?n) WHERE {
        ?z a kgo:CrossBorderEcommerceZone ; kgo:confidence ?c } GROUP BY ?c ORDER BY ?c""",
    )
    assert {r["c"]: int(r["n"]) for r in rows} == {
        "confirmed": 133,
        "single-source": 42,
        "unconfirmed": 6,
    }


def test_batch8_in_default_graph_with_its_confidence(store: ox.Store) -> None:
    assert _ask(
        store,
        'ASK { ?b kgo:batchOrdinal 8 ; kgo:confidence "single-source" ; '
        'kgo:establishedBy ?d ; kgo:effectiveDate "2025-04-25"^^xsd:date . '
        '?d kgo:documentNumber "国函〔2025〕40号" }',
    )
    rows = _select(
        store,
        "SELECT ?c (COUNT(?z) AS ?n) WHERE { ?z kgo:inBatch "
        "<https://w3id.org/pilot-zone-kg/id/batch/cbec-8> ; kgo:confidence ?c } GROUP BY ?c",
    )
    assert {r["c"]: int(r["n"]) for r in rows} == {"confirmed": 6, "single-source": 10}


def test_revoked_zones_carry_their_end(store: ox.Store) -> None:
    rows = _select(
        store,
        """
        SELECT ?place ?end ?number ?into ?sure WHERE {
          ?z kgo:endDate ?end ; kgo:endedBy/kgo:documentNumber ?number ; kgo:endConfidence ?sure ;
             schema:containedInPlace/skos:prefLabel ?place ;
             kgo:absorbedInto/schema:containedInPlace/skos:prefLabel ?into .
          FILTER(lang(?place) = "zh" && lang(?into) = "zh") } ORDER BY ?place""",
    )
    assert sorted((r["place"], r["end"], r["number"], r["into"], r["sure"]) for r in rows) == [
        ("三亚市", "2025-04-25", "国函〔2025〕40号", "海南全岛", "single-source"),
        ("海口市", "2025-04-25", "国函〔2025〕40号", "海南全岛", "single-source"),
        ("阿拉山口市", "2025-04-25", "国函〔2025〕40号", "博尔塔拉蒙古自治州", "single-source"),
    ]


def test_literals_follow_store_rules(quads: list[ox.Quad]) -> None:
    xsd = PREFIXES["xsd"]
    literals = [q.object for q in quads if isinstance(q.object, ox.Literal)]
    assert all(lit.datatype.value != xsd + "string" or lit.language is None for lit in literals)
    text = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode()
    assert "XMLSchema#string" not in text
    counts = [q.object for q in quads if q.predicate.value.endswith("#zoneCount")]
    assert {c.datatype.value for c in counts} == {xsd + "integer"}


def test_shacl_reference_graph_conforms(quads: list[ox.Quad]) -> None:
    conforms, report = validate_graph(quads)
    assert conforms, report


def _edit_zone(ref_dir: Path, place_code: str, column: str, value: str) -> None:
    path = ref_dir / "zones.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    rows = [lines[0]]
    for line in lines[1:]:
        cells = line.split("\t")
        if cells[header.index("place_code")] == place_code:
            cells[header.index(column)] = value
        rows.append("\t".join(cells))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("place_code", "339999", "exactly one known place"),
    ],
)
def test_shacl_broken_zone_row_fails_with_readable_report(
    tmp_path: Path, column: str, value: str, message: str
) -> None:
    ref_dir = tmp_path / "reference"
    shutil.copytree(default_data_dir() / "reference", ref_dir)
    _edit_zone(ref_dir, "330700" if column == "batch" else "330900", column, value)
    conforms, report = validate_graph(reference_quads(read_reference(ref_dir)))
    assert not conforms
    assert message in report
    assert "zone/cbec-" in report


def test_reference_zone_without_batch_is_refused_by_the_reference_validation(
    tmp_path: Path,
) -> None:
    """A zone only an article names may lack a batch (SHACL allows it); a reference row may not."""
    from kg.refdata.validate import validate_reference

    ref_dir = tmp_path / "reference"
    shutil.copytree(default_data_dir() / "reference", ref_dir)
    _edit_zone(ref_dir, "330700", "batch", "")
    problems = validate_reference(read_reference(ref_dir))
    assert any("batch is empty" in p and "330700" in p for p in problems), problems


def _zone_quads(quads: list[ox.Quad], zone: str) -> list[ox.Quad]:
    return [q for q in quads if q.subject.value.endswith(zone)]


def test_shacl_flags_an_ending_without_its_document(quads: list[ox.Quad]) -> None:
    """kgs:ZoneEndShape: an ended zone names the document that ended it."""
    broken = [
        q
        for q in quads
        if not (
            q.subject.value.endswith("zone/cbec-460100") and q.predicate.value.endswith("#endedBy")
        )
    ]
    conforms, report = validate_graph(broken)
    assert not conforms
    assert "cbec-460100" in report and "kgo:endedBy" in report


def test_shacl_flags_an_unknown_confidence(quads: list[ox.Quad]) -> None:
    haikou = _zone_quads(quads, "zone/cbec-460100")[0].subject
    extra = ox.Quad(
        haikou,
        ox.NamedNode(PREFIXES["kgo"] + "endConfidence"),
        ox.Literal("likely"),
        ox.NamedNode(REFERENCE_GRAPH),
    )
    conforms, report = validate_graph([*quads, extra])
    assert not conforms
    assert "kgo:endConfidence" in report
