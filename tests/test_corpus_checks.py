"""Batch and SQL validation finds exactly what the in-memory checks find, on broken tables."""

from __future__ import annotations

import datetime as dt

import duckdb
import pyarrow as pa
import pytest

from warta.build.corpus import rechunk
from warta.datapackage.checks import check_tables
from warta.datapackage.corpus_checks import ProblemLog, batch_problems, database_problems
from warta.schema.declarations import TABLES


def checked_in_batches(tables: dict[str, pa.Table], rows: int = 2) -> set[tuple]:
    """Problems of ``tables`` (already sorted) found batch by batch and in DuckDB."""
    con = duckdb.connect()
    for name, table in tables.items():
        staged = table.append_column("_seq", pa.array(range(table.num_rows), pa.int64()))
        staged = staged.append_column("_idx", pa.array([0] * table.num_rows, pa.int64()))
        con.register(f"arrow_{name}", staged)
        con.execute(f"CREATE TABLE final_{name} AS SELECT * FROM arrow_{name}")
    log = ProblemLog()
    database_problems(con, log)
    for table in TABLES:
        first = 0
        for batch in rechunk(tables[table.name].to_batches(), rows):
            log.extend(batch_problems(table, batch, first))
            first += batch.num_rows
    assert log.total == len(log.kept)
    return {(p.table, p.rule, p.row, p.column, p.value) for p in log.kept}


def in_memory(tables: dict[str, pa.Table]) -> set[tuple]:
    return {(p.table, p.rule, p.row, p.column, p.value) for p in check_tables(tables)}


def replace(tables, name, column, change):
    table = tables[name]
    index = table.schema.get_field_index(column)
    values = change(table.column(column).to_pylist())
    changed = dict(tables)
    field = table.schema.field(index).with_nullable(True)
    changed[name] = table.set_column(index, field, pa.array(values, field.type))
    return changed


def sorted_by_key(tables):
    """Tables as a build writes them: sorted by primary key (row numbers count in that order)."""
    by_name = {table.name: table for table in TABLES}
    return {name: table.sort_by([(key, "ascending") for key in by_name[name].primary_key])
            for name, table in tables.items()}


def set_item(position, value):
    def change(values):
        values[position] = value
        return values
    return change


BREAKAGES = {
    "enum": ("dates", "granularity", set_item(1, "fortnight")),
    "dangling article": ("quotes", "article_id", set_item(0, "art_ffffffffffffffff")),
    "offsets": ("quotes", "start", lambda v: [v[0] + 1] + v[1:]),
    "date order": ("articles", "updated", lambda v: [dt.date(2000, 1, 1)] * len(v)),
    "duplicate key": ("mentions", "actor_id", lambda v: [v[0]] * len(v)),
    "unknown actor": ("mentions", "actor_id", set_item(2, "act_ffffffffffffffff")),
    "speaker name": ("quotes", "speaker", lambda v: ["Someone Else" if s else s for s in v]),
    "speaker without actor": ("quotes", "actor_id", lambda v: [None] * len(v)),
    "body date without offsets": ("dates", "start", lambda v: [None] * len(v)),
    "empty text": ("quotes", "text", set_item(3, "")),
    "duplicate source": ("articles", "source", lambda v: [v[0]] * len(v)),
}


def test_valid_tables_have_no_problems(sample_tables):
    assert checked_in_batches(sample_tables) == set()


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_same_problems_as_the_in_memory_checks(sample_tables, breakage):
    name, column, change = BREAKAGES[breakage]
    broken = sorted_by_key(replace(sample_tables, name, column, change))
    expected = in_memory(broken)
    assert expected, "the breakage must break something"
    assert checked_in_batches(broken) == expected


def test_problem_log_counts_beyond_what_it_keeps():
    from warta.datapackage.checks import Problem

    log = ProblemLog(limit=2)
    log.extend(Problem("quotes", "rule", "m", row) for row in range(5))
    log.extend([Problem("dates", "rule", "m", 0)])
    assert log.total == 6 and [(p.table, p.row) for p in log.kept] == [("quotes", 0), ("quotes", 1), ("dates", 0)]
