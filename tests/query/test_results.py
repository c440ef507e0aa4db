"""SPARQL result serialisation: pyoxigraph's W3C writers over materialised rows."""

from __future__ import annotations

import json

import pyoxigraph as ox

from kg.query.api import QueryResult
from kg.query.results import serialize_result

X = "http://example.org/"
ROWS = QueryResult(
    "select",
    ("s", "o"),
    (
        (ox.NamedNode(X + "a"), ox.Literal("浙江\t省", language="zh")),
        (ox.BlankNode("b1"), None),
        (
            None,
            ox.Triple(
                ox.NamedNode(X + "s"),
                ox.NamedNode(X + "p"),
                ox.Literal("2", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
            ),
        ),
    ),
)


def test_json_is_the_w3c_form_with_sparql_12_triple_terms() -> None:
    body, ctype = serialize_result(ROWS, "json")
    assert ctype == "application/sparql-results+json; charset=utf-8"
    data = json.loads(body)
    assert data["head"] == {"vars": ["s", "o"]}
    first, second, third = data["results"]["bindings"]
    assert first == {
        "s": {"type": "uri", "value": X + "a"},
        "o": {"type": "literal", "value": "浙江\t省", "xml:lang": "zh"},
    }
    assert second == {"s": {"type": "bnode", "value": "b1"}}
    assert third["o"]["type"] == "triple"
    assert third["o"]["value"]["object"] == {
        "type": "literal",
        "value": "2",
        "datatype": "http://www.w3.org/2001/XMLSchema#integer",
    }


def test_csv_tsv_and_xml_keep_rows_in_order() -> None:
    csv_body, _ = serialize_result(ROWS, "csv")
    assert csv_body.decode().split("\r\n")[:3] == ["s,o", "http://example.org/a,浙江\t省", "_:b1,"]
    tsv_body, _ = serialize_result(ROWS, "tsv")
    assert tsv_body.decode().splitlines()[:2] == [
        "?s\t?o",
        '<http://example.org/a>\t"浙江\\t省"@zh',
    ]
    xml_body, ctype = serialize_result(ROWS, "xml")
    assert ctype.startswith("application/sparql-results+xml")
    assert b'<literal xml:lang="zh">' in xml_body and b"<bnode>b1</bnode>" in xml_body


def test_ask_and_empty_select() -> None:
    yes = QueryResult(
        "ask",
        ("ask",),
        ((ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")),),),
    )
    assert json.loads(serialize_result(yes, "json")[0]) == {"head": {}, "boolean": True}
    assert serialize_result(yes, "csv")[0] == b"true"
    empty = QueryResult("select", ("z",), ())
    assert json.loads(serialize_result(empty, "json")[0]) == {
        "head": {"vars": ["z"]},
        "results": {"bindings": []},
    }
