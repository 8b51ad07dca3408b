"""The published schemas are generated from the table declarations and do not drift."""

from __future__ import annotations

import json

import pytest

from warta.schema.declarations import TABLES
from warta.schema.published import schema_drift, write_schemas
from tests.conftest import ROOT


def test_committed_schemas_match_the_declarations():
    assert schema_drift(ROOT / "schema") == []


def test_drift_is_detected(tmp_path):
    write_schemas(tmp_path)
    assert schema_drift(tmp_path) == []
    path = tmp_path / "quotes.tableschema.json"
    schema = json.loads(path.read_text())
    schema["fields"] = schema["fields"][:-1]
    path.write_text(json.dumps(schema))
    (tmp_path / "stale.row.schema.json").write_text("{}")
    drift = schema_drift(tmp_path)
    assert any(line.startswith("quotes.tableschema.json") for line in drift)
    assert any(line.startswith("stale.row.schema.json") for line in drift)


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_every_generator_covers_every_column(table):
    from warta.schema.arrow import arrow_schema
    from warta.schema.json_schema import row_schema
    from warta.schema.pandera_schema import pandera_schema
    from warta.schema.table_schema import table_schema

    names = table.column_names
    assert arrow_schema(table).names == names
    assert [f["name"] for f in table_schema(table)["fields"]] == names
    assert list(row_schema(table)["properties"]) == names
    assert list(pandera_schema(table).columns) == names


def test_row_schemas_are_valid_json_schemas():
    from jsonschema import Draft202012Validator

    from warta.schema.json_schema import row_schema

    for table in TABLES:
        Draft202012Validator.check_schema(row_schema(table))
