"""Validation of warta's tables: pandera per table, JSON Schema per row, and cross-table rules.

Every failure becomes a :class:`Problem` naming the table, row, column, value and rule, so
that a build or ``warta validate`` can say exactly what is wrong.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

import pyarrow as pa

from warta.schema.declarations import LIST_DELIMITER, TABLES, TABLES_BY_NAME, Table


@dataclass(frozen=True)
class Problem:
    """One failed rule."""

    table: str
    rule: str
    message: str
    row: int | None = None  # 0-based row of the table, as written
    column: str | None = None
    value: Any = None
    severity: str = "error"  # "error" makes a package invalid; "warning" does not

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["value"] = jsonable(self.value)
        return data

    def __str__(self) -> str:
        where = self.table
        if self.row is not None:
            where += f", row {self.row + 1}"
        if self.column:
            where += f", column {self.column}"
        value = "" if self.value is None else f" (value: {_short(self.value)})"
        return f"{where}: {self.rule}: {self.message}{value}"


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def jsonable(value: Any) -> Any:
    """A cell as JSON can hold it: ISO dates, other objects as text."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def check_tables(tables: Mapping[str, pa.Table], max_per_rule: int | None = None) -> list[Problem]:
    """Every problem in a set of warta tables: pandera, JSON Schema and cross-table rules."""
    problems: list[Problem] = []
    for table in TABLES:
        if table.name not in tables:
            problems.append(Problem(table.name, "table_present", "table is missing"))
            continue
        problems.extend(pandera_problems(table, tables))
        problems.extend(json_schema_problems(table, tables[table.name]))
    if all(name in tables for name in ("articles", "quotes", "dates", "actors")):
        problems.extend(cross_table_problems(tables))
    return cap_problems(problems, max_per_rule) if max_per_rule else problems


def cap_problems(problems: list[Problem], limit: int) -> list[Problem]:
    """At most ``limit`` problems per (table, rule)."""
    counts: dict[tuple[str, str], int] = {}
    kept = []
    for problem in problems:
        key = (problem.table, problem.rule)
        counts[key] = counts.get(key, 0) + 1
        if counts[key] <= limit:
            kept.append(problem)
    return kept


def _references(table: Table, tables: Mapping[str, pa.Table]) -> dict[str, list[Any]]:
    references = {}
    for fk in table.foreign_keys:
        if len(fk.columns) == 1 and fk.reference_table in tables:
            parent = tables[fk.reference_table]
            references[fk.columns[0]] = parent.column(fk.reference_columns[0]).drop_null().to_pylist()
    return references


def pandera_problems(table: Table, tables: Mapping[str, pa.Table]) -> list[Problem]:
    """Types, constraints, keys and foreign keys of one table, checked by pandera (all failures)."""
    import pandera.errors

    from warta.schema.pandera_schema import pandera_schema, to_frame

    data = tables[table.name]
    try:
        frame = to_frame(data)
    except (pa.ArrowInvalid, TypeError, ValueError) as error:
        return [Problem(table.name, "readable", f"cannot be read as a table: {error}")]
    schema = pandera_schema(table, _references(table, tables))
    try:
        schema.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as errors:
        return list(_pandera_failures(table.name, errors))
    return []


def _pandera_failures(name: str, errors: Any) -> Iterator[Problem]:
    cases = errors.failure_cases
    for record in cases.to_dict("records"):
        index = record.get("index")
        row = int(index) if isinstance(index, (int, float)) and index == index else None
        column = record.get("column")
        yield Problem(
            table=name,
            rule=str(record.get("check")),
            message=f"failed {record.get('schema_context', '').lower()} check",
            row=row,
            column=column if isinstance(column, str) else None,
            value=record.get("failure_case"),
        )


@cache
def _row_validator(name: str) -> Any:
    from jsonschema import Draft202012Validator, FormatChecker

    from warta.schema.json_schema import row_schema

    return Draft202012Validator(row_schema(TABLES_BY_NAME[name]), format_checker=FormatChecker())


def json_row(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """A table row in its JSON form: ISO dates, lists as arrays."""
    out = {}
    for column in table.columns:
        value = row.get(column.name)
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif column.type == "list" and isinstance(value, str):
            value = value.split(LIST_DELIMITER)
        out[column.name] = value
    for extra in row.keys() - out.keys():
        out[extra] = row[extra]
    return out


def json_schema_problems(table: Table, data: pa.Table,
                         is_valid: Callable[[dict[str, Any]], bool] | None = None) -> Iterator[Problem]:
    """Every row against the table's JSON Schema.

    Only the rows a column-wise pass flags as possibly failing are looked at (see
    :mod:`warta.datapackage.json_rows`); the others cannot fail. ``is_valid``, when given, is a
    faster validator of the same schema: flagged rows it accepts are not described again.
    """
    from warta.datapackage.json_rows import suspect_rows

    validator = _row_validator(table.name)
    rows = suspect_rows(data, validator.schema, LIST_DELIMITER)
    candidates = data if rows is None else data.take(rows)
    numbers = range(data.num_rows) if rows is None else rows.to_pylist()
    for number, row in zip(numbers, candidates.to_pylist()):
        instance = json_row(table, row)
        if is_valid is not None and is_valid(instance):
            continue
        for error in validator.iter_errors(instance):
            column = error.path[0] if error.path else None
            yield Problem(table.name, f"json-schema:{error.validator}", error.message.split("\n")[0][:200],
                          number, column if isinstance(column, str) else None,
                          error.instance if column else None)


def _rows_where(mask: Any) -> list[int]:
    import pyarrow.compute as pc

    mask = pc.fill_null(mask, False)
    return pc.indices_nonzero(mask.combine_chunks() if isinstance(mask, pa.ChunkedArray) else mask).to_pylist()


def cross_table_problems(tables: Mapping[str, pa.Table]) -> list[Problem]:
    """Rules that span tables: offsets into bodies, date order, speakers among actors.

    Column-wise with Arrow where a kernel exists; only the substring test runs per row.
    """
    import pyarrow.compute as pc

    problems: list[Problem] = []
    articles = tables["articles"]
    updated = articles.column("updated")
    for number in _rows_where(pc.less(updated, articles.column("published"))):
        problems.append(Problem("articles", "published_before_updated", "updated is before published",
                                number, "updated", updated[number].as_py()))
    bodies = articles.column("body").to_pylist()
    for name in ("quotes", "dates"):
        table = tables[name]
        start, end = table.column("start"), table.column("end")
        offsets = pc.and_(pc.is_valid(start), pc.is_valid(end))
        if name == "dates":
            in_body = pc.equal(table.column("part"), "body")
            for number in _rows_where(pc.and_(in_body, pc.invert(offsets))):
                problems.append(Problem(name, "body_offsets", "a body date needs start and end", number, "start"))
            for number in _rows_where(pc.and_(pc.invert(in_body), offsets)):
                problems.append(Problem(name, "body_offsets", "only body dates have offsets", number, "start",
                                        start[number].as_py()))
            offsets = pc.and_(offsets, in_body)
        rows = pa.array(_rows_where(offsets), pa.int64())
        checked = table.take(rows)
        body_of = pc.index_in(checked.column("article_id"), value_set=articles.column("article_id"))
        texts = checked.column("text").to_pylist()
        candidates = zip(body_of.to_pylist(), checked.column("start").to_pylist(),
                         checked.column("end").to_pylist(), texts)
        wrong = [i for i, (body, a, b, text) in enumerate(candidates)
                 if body is not None and bodies[body][a:b] != text]
        for i in wrong:
            problems.append(Problem(name, "text_at_offsets", "body[start:end] differs from text",
                                    rows[i].as_py(), "text", texts[i]))
    quotes, actors = tables["quotes"], tables["actors"]
    speaker, actor_id = quotes.column("speaker"), quotes.column("actor_id")
    for number in _rows_where(pc.xor(pc.is_null(speaker), pc.is_null(actor_id))):
        problems.append(Problem("quotes", "speaker_has_actor", "speaker and actor_id must be both set or both empty",
                                number, "actor_id", actor_id[number].as_py()))
    actor_name = actors.column("name").take(pc.index_in(actor_id, value_set=actors.column("actor_id")))
    for number in _rows_where(pc.not_equal(actor_name, speaker)):
        problems.append(Problem("quotes", "speaker_is_actor_name", "speaker differs from the actor's name",
                                number, "speaker", speaker[number].as_py()))
    return problems
