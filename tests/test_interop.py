"""A built release read by the tools people already use, each directly, without warta."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.schema.declarations import LIST_DELIMITER, TABLES


@pytest.fixture(scope="module")
def data(sample_release):
    return sample_release.path / "data"


def test_frictionless_reads_csv_and_parquet_resources_with_types(sample_release, sample_tables):
    from frictionless import Package, system

    with system.use_context(trusted=True):
        package = Package(str(sample_release.path / "datapackage.json"))
        for table in TABLES:
            built = sample_tables[table.name].to_pylist()
            for name in (table.name, f"{table.name}-parquet"):
                rows = [row.to_dict() for row in package.get_resource(name).read_rows()]
                assert len(rows) == len(built), name
                for row, expected in zip(rows, built):
                    for column in table.columns:
                        value = expected[column.name]
                        if column.type == "list" and value is not None:
                            value = value.split(LIST_DELIMITER)
                        assert row[column.name] == value, (name, column.name)
        published = package.get_resource("articles-parquet").read_rows()[0]["published"]
        assert type(published) is dt.date


def test_pandas_reads_parquet_and_csv(data, sample_tables):
    import pandas as pd

    quotes = pd.read_parquet(data / "quotes.parquet")
    assert quotes["start"].dtype.kind == "i"
    assert quotes["speaker"].tolist() == sample_tables["quotes"].column("speaker").to_pylist()
    dates = pd.read_csv(data / "dates.csv", parse_dates=["date"], dtype={"start": "Int64", "end": "Int64"})
    assert dates["start"].isna().sum() == sample_tables["dates"].column("start").null_count
    assert dates["date"].dt.date.tolist() == sample_tables["dates"].column("date").to_pylist()


def test_polars_reads_parquet_and_csv(data, sample_tables):
    import polars as pl

    articles = pl.read_parquet(data / "articles.parquet")
    assert articles.schema["published"] == pl.Date
    assert articles["published"].to_list() == sample_tables["articles"].column("published").to_pylist()
    mentions = pl.read_csv(data / "mentions.csv")
    assert mentions.schema["count"] == pl.Int64
    assert mentions["count"].sum() == sum(sample_tables["mentions"].column("count").to_pylist())


def test_duckdb_queries_the_files(data, sample_tables):
    import duckdb

    connection = duckdb.connect()
    parquet = connection.sql(f"SELECT count(*), min(published) FROM read_parquet('{data / 'articles.parquet'}')")
    csv = connection.sql(f"SELECT count(*), min(published) FROM read_csv('{data / 'articles.csv'}')")
    expected = (sample_tables["articles"].num_rows, min(sample_tables["articles"].column("published").to_pylist()))
    assert parquet.fetchall() == [expected]
    assert csv.fetchall() == [expected]


def test_hugging_face_datasets_loads_each_table(data, sample_tables, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    datasets = pytest.importorskip("datasets")

    for name in ("articles", "quotes", "dates"):
        dataset = datasets.load_dataset("parquet", data_files=str(data / f"{name}.parquet"), split="train",
                                        cache_dir=str(tmp_path / "hf-cache"))
        assert dataset.num_rows == sample_tables[name].num_rows
        assert dataset.column_names == sample_tables[name].column_names
    assert dataset.features["date"].dtype == "date32"
    assert dataset["date"] == sample_tables["dates"].column("date").to_pylist()
