"""`warta.load`: every table of a real built release, typed, from a folder, a descriptor or a zip."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

import warta
from warta.datapackage.load import LoadError, load
from warta.schema.declarations import LIST_DELIMITER, TABLES, TABLES_BY_NAME

TABLE_NAMES = [table.name for table in TABLES]


def enum_columns():
    return [(table.name, column.name, list(column.enum)) for table in TABLES for column in table.columns
            if column.enum]


def zip_release(folder: Path, archive: Path, nested: bool) -> Path:
    """A zip of a release folder, with its files inside one folder or at the top."""
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder).as_posix()
            if path.is_file():
                zipped.write(path, f"{folder.name}/{relative}" if nested else relative)
    return archive


@pytest.fixture(scope="module")
def release_path(sample_release):
    return sample_release.path


@pytest.fixture(scope="module")
def pandas_release(release_path):
    return load(release_path)


def test_import_warta_stays_light_and_exposes_load():
    code = ("import sys, warta; heavy = [m for m in ('pyarrow', 'pandas', 'duckdb', 'polars') if m in sys.modules];"
            "print(heavy); print(callable(warta.load))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[:2] == ["[]", "True"]
    assert warta.load is load


def test_every_table_is_loaded_with_its_rows(pandas_release, sample_tables):
    assert list(pandas_release) == TABLE_NAMES
    for name in TABLE_NAMES:
        assert len(pandas_release[name]) == sample_tables[name].num_rows, name
        assert list(pandas_release[name].columns) == TABLES_BY_NAME[name].column_names
    assert pandas_release.quotes is pandas_release["quotes"]
    assert pandas_release.name == "warta-sample" and pandas_release.version == "0.1.0"
    with pytest.raises(AttributeError, match="no table 'speeches'"):
        pandas_release.speeches


def test_pandas_dtypes_follow_the_declarations(pandas_release):
    articles, dates, quotes = pandas_release.articles, pandas_release.dates, pandas_release.quotes
    assert articles["published"].dtype == pd.ArrowDtype(pa.date32())
    assert isinstance(articles["published"].dropna().iloc[0], dt.date)
    assert quotes["start"].dtype == pd.Int64Dtype()
    assert pandas_release.mentions["count"].dtype == pd.Int64Dtype()
    assert articles["authors"].dtype == pd.ArrowDtype(pa.list_(pa.string()))
    assert isinstance(articles["title"].dtype, pd.StringDtype)
    for table, column, values in enum_columns():
        dtype = pandas_release[table][column].dtype
        assert isinstance(dtype, pd.CategoricalDtype), (table, column)
        assert list(dtype.categories) == values, (table, column)


def test_nullable_integers_keep_their_nulls(pandas_release, sample_tables):
    expected = sample_tables["dates"].column("start").to_pylist()
    assert None in expected, "the sample should have a date without a body offset"
    loaded = pandas_release.dates["start"]
    assert [None if pd.isna(value) else int(value) for value in loaded] == expected


def test_values_match_the_built_tables(pandas_release, sample_tables):
    built = sample_tables["articles"].to_pylist()
    loaded = pandas_release.articles
    for row, (_, frame_row) in zip(built, loaded.iterrows()):
        assert frame_row["published"] == row["published"]
        authors = frame_row["authors"]
        expected = row["authors"].split(LIST_DELIMITER) if row["authors"] else None
        assert (None if authors is None or authors is pd.NA else list(authors)) == expected
        assert frame_row["language"] == row["language"]


def test_polars_types(release_path, sample_tables):
    import polars as pl

    release = load(release_path, engine="polars")
    assert isinstance(release.articles, pl.DataFrame)
    schema = release.articles.schema
    assert schema["published"] == pl.Date and schema["authors"] == pl.List(pl.String)
    assert release.mentions.schema["count"] == pl.Int64
    for table, column, values in enum_columns():
        assert release[table].schema[column] == pl.Enum(values), (table, column)
    assert release.dates["start"].to_list() == sample_tables["dates"].column("start").to_pylist()


def test_arrow_types(release_path):
    release = load(release_path, engine="arrow")
    schema = release.articles.schema
    assert schema.field("published").type == pa.date32()
    assert schema.field("authors").type == pa.list_(pa.string())
    for table, column, values in enum_columns():
        column_type = release[table].schema.field(column).type
        assert pa.types.is_dictionary(column_type), (table, column)
        assert release[table].column(column).chunk(0).dictionary.to_pylist() == values


@pytest.mark.parametrize("engine", ["pandas", "polars", "arrow"])
def test_csv_and_parquet_load_to_equal_frames(release_path, engine):
    from_parquet = load(release_path, engine=engine)
    from_csv = load(release_path, engine=engine, format="csv")
    for name in TABLE_NAMES:
        assert from_csv[name].equals(from_parquet[name]), name


def test_descriptor_path_and_zips_load_like_the_folder(release_path, pandas_release, tmp_path):
    sources = [
        release_path / "datapackage.json",
        zip_release(release_path, tmp_path / "nested.zip", nested=True),
        zip_release(release_path, tmp_path / "flat.zip", nested=False),
    ]
    for source in sources:
        release = load(source)
        for name in TABLE_NAMES:
            assert release[name].equals(pandas_release[name]), (source.name, name)


def test_a_subset_of_tables(release_path):
    release = load(release_path, tables=["quotes", "actors"])
    assert list(release) == ["quotes", "actors"]
    with pytest.raises(LoadError, match="no table speeches"):
        load(release_path, tables=["speeches"])


def test_unknown_engine_is_refused(release_path):
    with pytest.raises(ValueError, match="engine must be one of"):
        load(release_path, engine="spark")


# --- bad and unsafe releases ----------------------------------------------------------------


def copy_release(release_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "release"
    shutil.copytree(release_path, copy)
    return copy


def edit_descriptor(root: Path, edit) -> None:
    path = root / "datapackage.json"
    descriptor = json.loads(path.read_text())
    edit(descriptor)
    path.write_text(json.dumps(descriptor))


@pytest.mark.parametrize("bad_path", ["../outside.csv", "/etc/passwd", "~/data.csv", "https://example.org/x.csv",
                                      "data/../../x.csv", "C:/data/x.csv", "data\\..\\x.csv"])
def test_unsafe_resource_paths_are_refused(release_path, tmp_path, bad_path):
    root = copy_release(release_path, tmp_path)

    def point_quotes_elsewhere(descriptor):
        next(r for r in descriptor["resources"] if r["name"] == "quotes")["path"] = bad_path

    edit_descriptor(root, point_quotes_elsewhere)
    with pytest.raises(LoadError, match=r"resources\[\d+\] \(quotes\): path") as caught:
        load(root)
    assert repr(bad_path) in str(caught.value)


def test_a_symlink_out_of_the_release_is_refused(release_path, tmp_path):
    root = copy_release(release_path, tmp_path)
    outside = tmp_path / "outside.parquet"
    shutil.copy(root / "data" / "quotes.parquet", outside)
    (root / "data" / "quotes.parquet").unlink()
    (root / "data" / "quotes.parquet").symlink_to(outside)
    with pytest.raises(LoadError, match="resolves outside the package"):
        load(root)


@pytest.mark.parametrize("member", ["../evil.txt", "/tmp/evil.txt", "release/../../evil.txt", "~/evil.txt"])
def test_zip_slip_is_refused_and_nothing_is_written_outside(release_path, tmp_path, member):
    archive = zip_release(release_path, tmp_path / "release.zip", nested=True)
    with zipfile.ZipFile(archive, "a") as zipped:
        zipped.writestr(member, "gotcha")
    with pytest.raises(LoadError, match="zip member") as caught:
        load(archive)
    assert str(archive) in str(caught.value)
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path.parent / "evil.txt").exists()


def test_a_zip_without_a_descriptor_is_refused(tmp_path):
    archive = tmp_path / "empty.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("a/b/c/datapackage.json", "{}")
    with pytest.raises(LoadError, match="no datapackage.json at the top"):
        load(archive)


def test_invalid_json_names_the_file_and_position(release_path, tmp_path):
    root = copy_release(release_path, tmp_path)
    (root / "datapackage.json").write_text('{\n  "resources": [,]\n}')
    with pytest.raises(LoadError, match=r"datapackage.json: invalid JSON at line 2, column 17"):
        load(root)


def test_a_missing_release_is_named(tmp_path):
    with pytest.raises(LoadError, match="nowhere: no such file or folder"):
        load(tmp_path / "nowhere")
    with pytest.raises(LoadError, match="a release has a datapackage.json"):
        load(tmp_path)


def rewrite_csv_cell(path: Path, column: str, row: int, value: str) -> None:
    import csv

    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    rows[row + 1][rows[0].index(column)] = value
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


@pytest.mark.parametrize(("table", "column", "value", "message"), [
    ("dates", "granularity", "fortnight", "'fortnight' is not one of day, month, year"),
    ("mentions", "count", "three", "'three' is not a valid integer"),
    ("articles", "published", "2025-02-30", "'2025-02-30' is not a valid date"),
])
def test_a_bad_csv_cell_is_named_by_file_row_and_column(release_path, tmp_path, table, column, value, message):
    root = copy_release(release_path, tmp_path)
    rewrite_csv_cell(root / "data" / f"{table}.csv", column, 1, value)
    with pytest.raises(LoadError) as caught:
        load(root, format="csv")
    assert str(caught.value) == f"data/{table}.csv, row 2, column {column}: {message}"
    load(root)  # the Parquet copy is untouched and still loads
