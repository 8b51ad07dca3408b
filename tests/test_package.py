"""The written release: descriptor, files, and validation by the real frictionless-py."""

from __future__ import annotations

import hashlib
import json

import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from warta.schema.declarations import TABLES


@pytest.fixture(scope="module")
def descriptor(sample_release):
    return json.loads((sample_release.path / "datapackage.json").read_text(encoding="utf-8"))


def test_release_folder_is_named_after_the_dataset(sample_release):
    assert sample_release.path.name == "warta-sample-0.1.0"


def test_descriptor_metadata(descriptor):
    assert descriptor["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert descriptor["name"] == "warta-sample"
    assert descriptor["version"] == "0.1.0"
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    assert [s["path"] for s in descriptor["sources"]] == ["seed-000.txt", "seed-003.txt"]
    # Newest publication date of the sample, not the clock.
    assert descriptor["created"] == "2025-11-12T00:00:00Z"


def test_every_table_in_both_formats_with_integrity(descriptor, sample_release):
    resources = {r["name"]: r for r in descriptor["resources"]}
    for table in TABLES:
        for name, fmt in ((table.name, "csv"), (f"{table.name}-parquet", "parquet")):
            resource = resources[name]
            assert resource["format"] == fmt and resource["path"] == f"data/{table.name}.{fmt}"
            data = (sample_release.path / resource["path"]).read_bytes()
            integrity = resource if fmt == "csv" else resource["integrity"]
            assert integrity["bytes"] == len(data)
            assert integrity["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
            assert resource["schema"]["primaryKey"] == list(table.primary_key)
        assert resources[table.name]["encoding"] == "utf-8"
        assert resources[table.name]["mediatype"] == "text/csv"


def test_csv_and_parquet_hold_the_same_rows(sample_release):
    from warta.schema.arrow import arrow_schema

    for table in TABLES:
        parquet = pq.read_table(sample_release.path / "data" / f"{table.name}.parquet")
        schema = arrow_schema(table)
        csv = pacsv.read_csv(
            sample_release.path / "data" / f"{table.name}.csv",
            convert_options=pacsv.ConvertOptions(column_types=schema, strings_can_be_null=True),
        )
        assert csv.to_pylist() == parquet.to_pylist(), table.name
        assert parquet.schema.metadata is None or b"pandas" not in parquet.schema.metadata


def test_frictionless_validates_csv_and_parquet_resources(sample_release):
    from frictionless import Package, system

    with system.use_context(trusted=True):
        report = Package(str(sample_release.path / "datapackage.json")).validate()
    assert report.valid, [(t.name, t.flatten(["rowNumber", "fieldName", "type", "note"])) for t in report.tasks]
    validated = {task.name for task in report.tasks}
    assert {"quotes", "quotes-parquet", "dates", "dates-parquet"} <= validated
    rows = sample_release.tables["quotes"].num_rows
    assert [task.stats["rows"] for task in report.tasks if task.name in ("quotes", "quotes-parquet")] == [rows, rows]


def test_frictionless_notices_a_broken_parquet_row(sample_release, tmp_path):
    """The check above could fail: frictionless reports a wrong value in a Parquet file."""
    import shutil

    import pyarrow as pa
    from frictionless import Package, system

    copy = tmp_path / "release"
    shutil.copytree(sample_release.path, copy)
    path = copy / "data" / "dates.parquet"
    table = pq.read_table(path)
    broken = table.set_column(table.schema.get_field_index("granularity"), "granularity",
                              pa.array(["fortnight"] * table.num_rows))
    pq.write_table(broken, path)
    with system.use_context(trusted=True):
        report = Package(str(copy / "datapackage.json")).validate()
    tasks = {task.name: task for task in report.tasks}
    assert not tasks["dates-parquet"].valid and tasks["dates"].valid
    assert {(e.field_name, e.type) for e in tasks["dates-parquet"].errors} == {("granularity", "constraint-error")}
