"""`warta sql`: real DuckDB over a real built release, through the library and the command line."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections import Counter

import pytest
from click.testing import CliRunner

from warta.cli import cli
from warta.datapackage.load import LoadError
from warta.datapackage.sql import QueryError, run_sql
from warta.schema.declarations import LIST_DELIMITER, TABLES


@pytest.fixture(scope="module")
def release_path(sample_release):
    return sample_release.path


def speaker_counts(sample_tables) -> Counter:
    return Counter(speaker for speaker in sample_tables["quotes"].column("speaker").to_pylist() if speaker)


def test_every_table_is_a_view(release_path, sample_tables):
    for table in TABLES:
        result = run_sql(release_path, f'SELECT count(*) AS n FROM "{table.name}"')
        assert result.column("n").to_pylist() == [sample_tables[table.name].num_rows], table.name


def test_views_carry_the_declared_types(release_path):
    result = run_sql(release_path, 'SELECT typeof(published) AS published, typeof(authors) AS authors, '
                                   'typeof(language) AS language FROM articles LIMIT 1')
    assert result.to_pylist() == [{"published": "DATE", "authors": "VARCHAR[]", "language": "ENUM('id', 'en')"}]
    result = run_sql(release_path, 'SELECT typeof("end") AS t, typeof(granularity) AS g FROM dates LIMIT 1')
    assert result.to_pylist() == [{"t": "BIGINT", "g": "ENUM('day', 'month', 'year')"}]


def test_lists_unnest(release_path, sample_tables):
    result = run_sql(release_path, "SELECT unnest(authors) AS author FROM articles ORDER BY author")
    expected = sorted(author for cell in sample_tables["articles"].column("authors").to_pylist() if cell
                      for author in cell.split(LIST_DELIMITER))
    assert result.column("author").to_pylist() == expected


def test_a_join_across_views(release_path, sample_tables):
    result = run_sql(release_path, """
        SELECT a.name, count(*) AS quotes
        FROM quotes q JOIN actors a USING (actor_id)
        GROUP BY a.name ORDER BY quotes DESC, a.name""")
    assert dict(zip(result.column("name").to_pylist(), result.column("quotes").to_pylist())) == \
        dict(speaker_counts(sample_tables))


def test_a_zip_release_is_queried(release_path, sample_tables, tmp_path):
    archive = tmp_path / "release.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in release_path.rglob("*"):
            zipped.write(path, path.relative_to(release_path.parent).as_posix())
    result = run_sql(archive, "SELECT count(*) AS n FROM quotes")
    assert result.column("n").to_pylist() == [sample_tables["quotes"].num_rows]


def test_bad_queries_raise_query_error(release_path):
    with pytest.raises(QueryError, match="speeches"):
        run_sql(release_path, "SELECT * FROM speeches")
    with pytest.raises(LoadError, match="no such file"):
        run_sql(release_path / "nowhere", "SELECT 1")


def test_cli_table(release_path, sample_tables):
    result = CliRunner().invoke(cli, ["sql", str(release_path),
                                      "SELECT speaker, count(*) AS n FROM quotes GROUP BY speaker"])
    assert result.exit_code == 0, result.output
    for speaker in speaker_counts(sample_tables):
        assert speaker in result.output


def test_cli_csv(release_path, sample_tables):
    result = CliRunner().invoke(cli, ["sql", str(release_path), "SELECT article_id, authors, published FROM articles "
                                      "ORDER BY article_id", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    built = sorted(sample_tables["articles"].to_pylist(), key=lambda row: row["article_id"])
    assert [row["authors"] for row in rows] == [row["authors"] or "" for row in built]
    assert [row["published"] for row in rows] == [row["published"].isoformat() for row in built]


def test_cli_json(release_path, sample_tables):
    result = CliRunner().invoke(cli, ["sql", str(release_path), "SELECT date, granularity, start FROM dates "
                                      "ORDER BY date_id", "-f", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    built = sorted(sample_tables["dates"].to_pylist(), key=lambda row: row["date_id"])
    assert rows == [{"date": row["date"].isoformat() if row["date"] else None,
                     "granularity": row["granularity"], "start": row["start"]} for row in built]


def test_cli_errors_exit_2_without_traceback(release_path, tmp_path):
    runner = CliRunner()
    bad_query = runner.invoke(cli, ["sql", str(release_path), "SELEC 1"])
    assert bad_query.exit_code == 2 and "query failed" in bad_query.output
    missing = runner.invoke(cli, ["sql", str(tmp_path / "nowhere"), "SELECT 1"])
    assert missing.exit_code == 2 and "nowhere" in missing.output
    assert "Traceback" not in bad_query.output + missing.output
