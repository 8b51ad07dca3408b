"""`warta diff`: schema and row changes between real releases, compared by DuckDB."""

from __future__ import annotations

import json
import shutil

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from warta.cli import cli
from warta.datapackage.diff import diff_paths, format_diff
from warta.datapackage.load import LoadError


@pytest.fixture
def copies(sample_release, tmp_path):
    """Two copies of the sample release: ``old`` untouched, ``new`` for a test to change."""
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(sample_release.path, old)
    shutil.copytree(sample_release.path, new)
    return old, new


def edit_table(release, name, change):
    path = release / "data" / f"{name}.parquet"
    pq.write_table(change(pq.read_table(path)), path)


def edit_descriptor(release, change):
    path = release / "datapackage.json"
    descriptor = json.loads(path.read_text())
    change(descriptor)
    path.write_text(json.dumps(descriptor))


def schemas(descriptor, table):
    """The Table Schemas of both copies (CSV and Parquet) of a table."""
    return [r["schema"] for r in descriptor["resources"] if r["name"] in (table, f"{table}-parquet")]


def test_identical_releases_have_no_changes(copies):
    diff = diff_paths(*copies)
    assert diff.schema == [] and diff.metadata == [] and diff.bump is None
    assert {t.table: (t.added, t.removed, t.changed) for t in diff.tables} == {
        name: (0, 0, 0) for name in ("articles", "actors", "mentions", "quotes", "dates", "rejects")}
    assert "version bump: none" in format_diff(diff)


def test_rows_removed_and_changed_by_primary_key(copies):
    old, new = copies
    quotes = pq.read_table(old / "data" / "quotes.parquet").to_pylist()
    removed, corrected = quotes[0], quotes[1]

    def change(table):
        texts = table.column("text").to_pylist()
        texts[1] = "corrected words"
        return table.set_column(table.schema.get_field_index("text"), "text", pa.array(texts)).slice(1)

    edit_table(new, "quotes", change)
    diff = diff_paths(old, new)
    quotes_diff = next(t for t in diff.tables if t.table == "quotes")
    assert (quotes_diff.old_rows, quotes_diff.new_rows) == (len(quotes), len(quotes) - 1)
    assert (quotes_diff.added, quotes_diff.removed, quotes_diff.changed) == (0, 1, 1)
    assert quotes_diff.examples["removed"] == [{"quote_id": removed["quote_id"]}]
    assert quotes_diff.examples["changed"] == [
        {"key": {"quote_id": corrected["quote_id"]}, "columns": {"text": [corrected["text"], "corrected words"]}}]
    assert diff.bump == "minor"  # a row removed
    text = format_diff(diff)
    assert f"- quote_id={removed['quote_id']}" in text and "'corrected words'" in text


def test_corrections_only_are_a_patch(copies):
    old, new = copies
    edit_table(new, "actors", lambda t: t.set_column(
        t.schema.get_field_index("name"), "name", pa.array([n + "!" for n in t.column("name").to_pylist()])))
    diff = diff_paths(old, new)
    actors = next(t for t in diff.tables if t.table == "actors")
    assert (actors.added, actors.removed, actors.changed) == (0, 0, actors.old_rows)
    assert actors.old_rows > 0
    assert diff.bump == "patch"


def test_added_column_is_minor_and_removed_column_major(copies):
    old, new = copies
    edit_table(new, "articles", lambda t: t.append_column("summary", pa.array(["x"] * t.num_rows)))
    edit_descriptor(new, lambda d: [s["fields"].append({"name": "summary", "type": "string"})
                                    for s in schemas(d, "articles")])
    diff = diff_paths(old, new)
    assert [(c.table, c.kind, c.column, c.breaking) for c in diff.schema] == [
        ("articles", "column_added", "summary", False)]
    assert diff.bump == "minor"
    backwards = diff_paths(new, old)
    assert [(c.kind, c.column) for c in backwards.schema] == [("column_removed", "summary")]
    assert backwards.bump == "major"
    assert "[breaking]" in format_diff(backwards)


def test_retyped_column_and_changed_key_are_breaking(copies):
    old, new = copies

    def retype(descriptor):
        for schema in schemas(descriptor, "mentions"):
            next(f for f in schema["fields"] if f["name"] == "count")["type"] = "number"
            schema["primaryKey"] = ["article_id", "actor_id", "surface"]

    edit_descriptor(new, retype)
    diff = diff_paths(old, new)
    assert {(c.kind, c.column) for c in diff.schema} == {("column_retyped", "count"), ("key_changed", None)}
    assert all(c.breaking for c in diff.schema) and diff.bump == "major"
    mentions = next(t for t in diff.tables if t.table == "mentions")
    assert not mentions.compared


def test_table_added_and_removed(copies):
    old, new = copies
    edit_descriptor(new, lambda d: d.__setitem__(
        "resources", [r for r in d["resources"] if not r["name"].startswith("rejects")]))
    diff = diff_paths(old, new)
    assert [(c.table, c.kind) for c in diff.schema] == [("rejects", "table_removed")]
    assert diff.bump == "major"
    assert [(c.table, c.kind) for c in diff_paths(new, old).schema] == [("rejects", "table_added")]


def test_json_output_of_the_command(copies):
    old, new = copies
    edit_descriptor(new, lambda d: d.update(version="0.1.1", title="A better title"))
    result = CliRunner().invoke(cli, ["diff", str(old / "datapackage.json"), str(new), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["old"]["version"] == "0.1.0" and data["new"]["version"] == "0.1.1"
    assert data["metadata"] == ["title"] and data["bump"] == "patch"
    assert [t["table"] for t in data["tables"]] == ["articles", "actors", "mentions", "quotes", "dates", "rejects"]


def test_a_folder_without_descriptor_is_an_input_error(copies, tmp_path):
    old, _ = copies
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(cli, ["diff", str(old), str(tmp_path / "empty")])
    assert result.exit_code == 2
    assert "empty" in result.output and "datapackage.json" in result.output and "Traceback" not in result.output
    with pytest.raises(LoadError, match="not a release"):
        diff_paths(old, old / "data" / "quotes.csv")


def test_archives_compare_like_folders(copies, tmp_path):
    import zipfile

    old, new = copies
    edit_table(new, "dates", lambda t: t.slice(1))
    archive = tmp_path / "old.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for path in sorted(old.rglob("*")):
            if path.is_file():
                bundle.write(path, f"warta-sample-0.1.0/{path.relative_to(old).as_posix()}")
    diff = diff_paths(archive, new)
    assert next(t for t in diff.tables if t.table == "dates").removed == 1
