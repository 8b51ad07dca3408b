"""Validation of tables too big for memory: row rules batch by batch, corpus-wide rules in DuckDB.

The same rules as :func:`warta.datapackage.checks.check_tables`, split by what they need:

- rules about one row — types, constraints, patterns (pandera) and the row JSON Schema
  (checked by jsonschema-rs, described by jsonschema) — run on each batch as it is
  written (:func:`batch_problems`);
- rules about many rows — keys, foreign keys, offsets into bodies, speakers among actors —
  run as SQL over the merged tables ``final_<name>`` that
  :class:`warta.build.corpus.MergedCorpus` keeps on disk (:func:`database_problems`).

Problems carry the row number of the table as written, and the same rule names as the
in-memory checks.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from functools import cache
from typing import Any

import pyarrow as pa

from warta.datapackage.checks import Problem, _pandera_failures, json_schema_problems
from warta.schema.declarations import TABLES, TABLES_BY_NAME, Table

#: Problems listed per (table, rule); the rest are only counted.
MAX_PER_RULE = 100
ORDER = ("_seq", "_idx")


class ProblemLog:
    """Problems found so far: all counted, at most ``limit`` kept per (table, rule)."""

    def __init__(self, limit: int = MAX_PER_RULE):
        self.limit = limit
        self.kept: list[Problem] = []
        self.total = 0
        self._per_rule: dict[tuple[str, str], int] = {}

    def extend(self, problems: Iterator[Problem] | list[Problem]) -> None:
        for problem in problems:
            self.total += 1
            key = (problem.table, problem.rule)
            self._per_rule[key] = self._per_rule.get(key, 0) + 1
            if self._per_rule[key] <= self.limit:
                self.kept.append(problem)

    def __bool__(self) -> bool:
        return self.total > 0


@cache
def _batch_schema(name: str) -> Any:
    from warta.schema.pandera_schema import pandera_schema

    return pandera_schema(TABLES_BY_NAME[name], keys=False)


@cache
def _fast_row_validator(name: str) -> Any:
    """The row JSON Schema compiled by jsonschema-rs: checks every row ~100x faster than jsonschema,
    which then only describes the rows it rejects."""
    import jsonschema_rs

    from warta.schema.json_schema import row_schema

    return jsonschema_rs.validator_for(row_schema(TABLES_BY_NAME[name]), validate_formats=True)


def batch_problems(table: Table, batch: pa.Table, first_row: int) -> list[Problem]:
    """Row rules (pandera without keys, JSON Schema) on rows ``first_row…`` of a table."""
    import pandera.errors

    from warta.schema.pandera_schema import to_frame

    problems: list[Problem] = []
    try:
        frame = to_frame(batch)
    except (pa.ArrowInvalid, TypeError, ValueError) as error:
        return [Problem(table.name, "readable", f"cannot be read as a table: {error}", first_row)]
    try:
        _batch_schema(table.name).validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as errors:
        problems.extend(_pandera_failures(table.name, errors))
    problems.extend(json_schema_problems(table, batch, _fast_row_validator(table.name).is_valid))
    return [dataclasses.replace(p, row=p.row + first_row) if p.row is not None else p for p in problems]


# --- Corpus-wide rules in SQL --------------------------------------------------------------

_MACROS = (
    # Python's s[i:j] on code points, for the offsets rule to mean exactly what it means in Python.
    "CREATE OR REPLACE MACRO py_index(i, n) AS CASE WHEN i < 0 THEN greatest(n + i, 0) ELSE least(i, n) END",
    "CREATE OR REPLACE MACRO py_slice(s, i, j) AS substring(s, py_index(i, length(s)) + 1, "
    "greatest(py_index(j, length(s)) - py_index(i, length(s)), 0))",
)


def _q(column: str) -> str:
    return column if column in ORDER else f'"{column}"'


def _key(table: Table) -> list[str]:
    return [_q(column) for column in table.primary_key] + list(ORDER)


def _failing_rows(con: Any, table: Table, condition: str, value: str, joins: str = "",
                  limit: int = MAX_PER_RULE) -> tuple[int, list[tuple[int, Any]]]:
    """(how many rows of ``final_<table>`` meet ``condition``, [(row number, value)] of the first ``limit``)."""
    base = f"FROM final_{table.name} x {joins} WHERE {condition}"
    total = con.sql(f"SELECT count(*) {base}").fetchall()[0][0]
    if not total:
        return 0, []
    key = _key(table)
    outer = ", ".join(f"x.{k}" for k in key)
    bad = f"SELECT {outer}, {value} AS value {base} ORDER BY {outer} LIMIT {limit}"
    # A row's number is how many rows sort before it.
    earlier = f"({', '.join(f't.{k}' for k in key)}) < ({', '.join(f'bad.{k}' for k in key)})"
    rows = con.sql(f"""WITH bad AS ({bad})
                           SELECT (SELECT count(*) FROM final_{table.name} t WHERE {earlier}) AS row, value
                           FROM bad ORDER BY row""").fetchall()
    return total, rows


def _rule(con: Any, log: ProblemLog, table: Table, rule: str, message: str, column: str | None,
          condition: str, value: str = "NULL", joins: str = "") -> None:
    total, rows = _failing_rows(con, table, condition, value, joins, log.limit)
    log.extend(Problem(table.name, rule, message, row, column, found) for row, found in rows)
    log.total += max(total - len(rows), 0)  # counted, not listed


def key_problems(con: Any, table: Table, log: ProblemLog) -> None:
    """Unique columns, a compound primary key, and foreign keys of one table."""
    for column in table.columns:
        if column.unique:
            c = _q(column.name)
            _rule(con, log, table, "field_uniqueness", "failed column check", column.name,
                  f"x.{c} IN (SELECT {c} FROM final_{table.name} WHERE {c} IS NOT NULL "
                  f"GROUP BY {c} HAVING count(*) > 1)", f"x.{c}")
    if len(table.primary_key) > 1:
        columns = ", ".join(_q(c) for c in table.primary_key)
        same = " AND ".join(f"d.{_q(c)} = x.{_q(c)}" for c in table.primary_key)
        duplicated = (f"EXISTS (SELECT 1 FROM (SELECT {columns} FROM final_{table.name} "
                      f"GROUP BY {columns} HAVING count(*) > 1) d WHERE {same})")
        for column in table.primary_key:
            _rule(con, log, table, "multiple_fields_uniqueness", "failed dataframeschema check", column,
                  duplicated, f"x.{_q(column)}")
    for fk in table.foreign_keys:
        if len(fk.columns) != 1:
            continue
        c, ref = _q(fk.columns[0]), _q(fk.reference_columns[0])
        _rule(con, log, table, "foreign key must resolve", "failed column check", fk.columns[0],
              f"x.{c} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM final_{fk.reference_table} p WHERE p.{ref} = x.{c})",
              f"x.{c}")


def cross_table_problems(con: Any, log: ProblemLog) -> None:
    """Rules that span tables: date order, offsets into bodies, speakers among actors."""
    t = TABLES_BY_NAME
    _rule(con, log, t["articles"], "published_before_updated", "updated is before published", "updated",
          "x.published IS NOT NULL AND x.updated IS NOT NULL AND x.updated < x.published", "x.updated")
    _rule(con, log, t["dates"], "body_offsets", "a body date needs start and end", "start",
          """(x."start" IS NULL OR x."end" IS NULL) AND x.part = 'body'""")
    _rule(con, log, t["dates"], "body_offsets", "only body dates have offsets", "start",
          """x."start" IS NOT NULL AND x."end" IS NOT NULL AND x.part IS DISTINCT FROM 'body'""", 'x."start"')
    bodies = "LEFT JOIN final_articles a ON a.article_id = x.article_id"
    for name, only_body in (("quotes", ""), ("dates", " AND x.part = 'body'")):
        _rule(con, log, t[name], "text_at_offsets", "body[start:end] differs from text", "text",
              f"""x."start" IS NOT NULL AND x."end" IS NOT NULL{only_body} AND a.body IS NOT NULL
                  AND py_slice(a.body, x."start", x."end") IS DISTINCT FROM x.text""", "x.text", bodies)
    mismatch = "(x.speaker IS NULL) <> (x.actor_id IS NULL)"
    _rule(con, log, t["quotes"], "speaker_has_actor", "speaker and actor_id must be both set or both empty",
          "actor_id", mismatch, "x.actor_id")
    _rule(con, log, t["quotes"], "speaker_is_actor_name", "speaker differs from the actor's name", "speaker",
          f"NOT ({mismatch}) AND x.actor_id IS NOT NULL AND a.name IS NOT NULL AND a.name <> x.speaker",
          "x.speaker", "LEFT JOIN final_actors a ON a.actor_id = x.actor_id")


def database_problems(con: Any, log: ProblemLog) -> None:
    """Every corpus-wide rule over the merged tables ``final_<name>`` in DuckDB."""
    for macro in _MACROS:
        con.execute(macro)
    for table in TABLES:
        key_problems(con, table, log)
    cross_table_problems(con, log)
