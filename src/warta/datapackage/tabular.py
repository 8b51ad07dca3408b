"""Any tabular data package against the Table Schemas in its own descriptor, vectorised.

Resources are read with pyarrow (CSV as text, Parquet as typed columns), every cell is
turned into its field's type (:mod:`warta.datapackage.fields`), field constraints are checked
by a pandera schema built from the Table Schema, and primary, unique and foreign keys by
Arrow group-bys and joins. Problems use frictionless-py's rule names (``type-error``,
``constraint-error``, ``primary-key``, ``foreign-key``...) so that reports compare.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from warta.datapackage.fields import FIELD_TYPES, parse_text, parse_typed
from warta.datapackage.problems import ProblemLog

_ROW = "__warta_row__"
STRING_LIKE = {"string", "list", "any", "yearmonth", "duration", "geopoint", "time", "object", "array", "geojson"}


class UnreadableResource(Exception):
    """A resource's data cannot be read at all (not CSV, corrupt Parquet...)."""


def resource_format(resource: Mapping[str, Any]) -> str:
    """csv, tsv, parquet, or what the descriptor or file extension says."""
    declared = str(resource.get("format") or "").lower()
    if declared:
        return declared
    path = resource.get("path")
    first = path[0] if isinstance(path, list) and path else path
    name = str(first or "").lower()
    for suffix in (".gz", ".bz2", ".zst"):
        name = name.removesuffix(suffix)
    return name.rsplit(".", 1)[-1] if "." in name else ""


def fields_of(schema: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [field for field in schema.get("fields", []) if isinstance(field, dict) and "name" in field]


def _values(items: Sequence[Any]) -> list[str]:
    """missingValues as strings: v2 allows ``{"value": ..., "label": ...}`` objects."""
    return [str(item["value"]) if isinstance(item, dict) else str(item) for item in items]


def missing_values(schema: Mapping[str, Any], field: Mapping[str, Any]) -> list[str]:
    if "missingValues" in field:
        return _values(field["missingValues"])
    return _values(schema.get("missingValues", [""]))


# --- reading -------------------------------------------------------------------------------

def _dialect(resource: Mapping[str, Any], format: str) -> dict[str, Any]:
    dialect = resource.get("dialect")
    dialect = dict(dialect) if isinstance(dialect, dict) else {}
    if format == "tsv":
        dialect.setdefault("delimiter", "\t")
    return dialect


def _header(path: Path, dialect: Mapping[str, Any], encoding: str) -> list[str]:
    with pa.input_stream(str(path), compression="detect") as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline="")
        reader = csv.reader(text, delimiter=dialect.get("delimiter", ","), quotechar=dialect.get("quoteChar", '"'),
                            doublequote=dialect.get("doubleQuote", True), escapechar=dialect.get("escapeChar"),
                            skipinitialspace=dialect.get("skipInitialSpace", False))
        return next(reader, [])


def read_csv_text(path: Path, resource: Mapping[str, Any], field_names: Sequence[str], name: str,
                  log: ProblemLog) -> pa.Table:
    """Every cell of a CSV file as text; labels checked against the fields, bad rows logged."""
    format = resource_format(resource)
    dialect = _dialect(resource, format)
    encoding = str(resource.get("encoding") or "utf-8")
    has_header = dialect.get("header", True)
    try:
        labels = _header(path, dialect, encoding) if has_header else list(field_names)
    except (UnicodeDecodeError, LookupError, csv.Error, OSError) as error:
        raise UnreadableResource(f"cannot read the header: {error}") from None
    if has_header:
        labels = [label.lstrip("\ufeff") if number == 0 else label for number, label in enumerate(labels)]
        check_labels(name, labels, field_names, log)
    unique_labels = _unique_names(labels)
    bad_rows: list[Any] = []

    def on_invalid_row(row: Any) -> str:
        bad_rows.append(row)
        return "skip"

    read = pacsv.ReadOptions(column_names=unique_labels, skip_rows=1 if has_header else 0, encoding=encoding,
                             block_size=1 << 24)
    parse = pacsv.ParseOptions(delimiter=dialect.get("delimiter", ","), quote_char=dialect.get("quoteChar", '"'),
                               double_quote=dialect.get("doubleQuote", True),
                               escape_char=dialect.get("escapeChar") or False,
                               newlines_in_values=True, invalid_row_handler=on_invalid_row)
    convert = pacsv.ConvertOptions(column_types={label: pa.string() for label in unique_labels},
                                   strings_can_be_null=False, quoted_strings_can_be_null=False)
    try:
        table = pacsv.read_csv(path, read_options=read, parse_options=parse, convert_options=convert)
    except (pa.ArrowInvalid, UnicodeDecodeError, OSError) as error:
        raise UnreadableResource(str(error).splitlines()[0]) from None
    for row in bad_rows:
        rule = "extra-cell" if row.actual_columns > row.expected_columns else "missing-cell"
        where = f"line {row.number}" if row.number is not None else "a line"
        log.add_cells(name, rule, f"{where} has {row.actual_columns} cells, the header {row.expected_columns}",
                      None, [None], [row.text[:200]], 1)
    return table


def _unique_names(labels: Sequence[str]) -> list[str]:
    seen: dict[str, int] = {}
    names = []
    for label in labels:
        count = seen.get(label, 0)
        seen[label] = count + 1
        names.append(label if count == 0 else f"{label}__{count + 1}")
    return names


def check_labels(name: str, labels: Sequence[str], field_names: Sequence[str], log: ProblemLog) -> None:
    """The header against the fields, in order (Table Schema's default ``fieldsMatch: exact``)."""
    for position, (label, field) in enumerate(zip(labels, field_names)):
        if label != field:
            log.add_cells(name, "incorrect-label", f"header label {position + 1} is {label!r}, the field {field!r}",
                          label, [None], [label], 1)
    for label in labels[len(field_names):]:
        log.add_cells(name, "extra-label", "header label has no field", label, [None], [label], 1)
    for field in field_names[len(labels):]:
        log.add_cells(name, "missing-label", "field has no column in the data", field, [None], [None], 1)


def read_parquet(path: Path) -> pa.Table:
    try:
        return pq.read_table(path)
    except (pa.ArrowInvalid, OSError) as error:
        raise UnreadableResource(str(error).splitlines()[0]) from None


def read_raw(paths: Sequence[Path], resource: Mapping[str, Any], schema: Mapping[str, Any], name: str,
             log: ProblemLog) -> pa.Table:
    """The data of a resource as read (text for CSV, typed for Parquet), all its files concatenated."""
    format = resource_format(resource)
    names = [field["name"] for field in fields_of(schema)]
    if format in ("csv", "tsv"):
        parts = [read_csv_text(path, resource, names, name, log) for path in paths]
    elif format == "parquet":
        parts = [read_parquet(path) for path in paths]
        for part in parts[:1]:
            check_labels(name, part.column_names, names, log)
    else:
        raise UnreadableResource(f"format {format!r} is not supported (csv, tsv and parquet are)")
    try:
        return pa.concat_tables(parts, promote_options="permissive") if len(parts) > 1 else parts[0]
    except pa.ArrowInvalid as error:
        raise UnreadableResource(f"its files do not share columns: {error}") from None


# --- typing --------------------------------------------------------------------------------

def type_columns(raw: pa.Table, schema: Mapping[str, Any], name: str, log: ProblemLog) -> pa.Table:
    """The columns of ``raw`` that have a field, converted to the field's type; bad cells become null."""
    columns, names = [], []
    for field in fields_of(schema):
        if field["name"] not in raw.column_names:
            continue
        values = raw.column(field["name"])
        if field.get("type", "string") not in FIELD_TYPES:
            log.add_cells(name, "field-error", f"unknown field type {field.get('type')!r}", field["name"],
                          [None], [None], 1)
            continue
        typed, invalid = _typed(values, field, schema)
        if typed is None:
            log.add_cells(name, "type-error", f"a column of {values.type} cannot hold {field.get('type')} values",
                          field["name"], [None], [str(values.type)], max(len(values) - values.null_count, 1))
            continue
        _log_cells(log, name, "type-error", f"not a valid {field.get('type', 'string')}", field["name"],
                   invalid, values)
        columns.append(typed)
        names.append(field["name"])
    return pa.table(columns, names=names)


def _typed(values: pa.ChunkedArray, field: Mapping[str, Any], schema: Mapping[str, Any]):
    if pa.types.is_string(values.type) or pa.types.is_large_string(values.type):
        values = values.cast(pa.string())
        missing = pc.is_in(values, value_set=pa.array(missing_values(schema, field), pa.string()))
        if pc.any(missing).as_py():  # if_else copies the column: only when a cell is missing
            values = pc.if_else(missing, pa.scalar(None, pa.string()), values)
        return parse_text(values, dict(field))
    parsed = parse_typed(values, dict(field))
    return parsed if parsed is not None else (None, None)


def _log_cells(log: ProblemLog, name: str, rule: str, message: str, column: str | None,
               invalid: pa.ChunkedArray, values: pa.ChunkedArray) -> None:
    """Log the cells flagged in ``invalid`` (a boolean column), with their values."""
    total = pc.sum(invalid).as_py() or 0
    if not total:
        return
    rows = pc.indices_nonzero(pc.fill_null(invalid, False).combine_chunks())
    rows = rows.slice(0, log.max_per_rule)
    shown = values.take(rows).to_pylist()
    log.add_cells(name, rule, message, column, [int(r) for r in rows.to_pylist()], shown, total)


# --- constraints ---------------------------------------------------------------------------

def _constant(field: Mapping[str, Any], value: Any) -> Any:
    """A constraint value in the field's type (v2 lets them be written as strings)."""
    if not isinstance(value, str) or field.get("type", "string") in STRING_LIKE:
        return value
    typed, invalid = parse_text(pa.array([value], pa.string()), dict(field))
    return typed[0].as_py()


def _field_checks(field: Mapping[str, Any], arrow_type: pa.DataType) -> list[Any]:
    import pandera.pandas as pandera

    # pandera reports a failed check by its ``error`` text: it carries the rule's name.
    constraints = field.get("constraints") or {}
    checks = []
    is_text = pa.types.is_string(arrow_type)
    if "enum" in constraints:
        allowed = [_constant(field, value) for value in constraints["enum"]]
        checks.append(pandera.Check.isin(allowed, name="constraint:enum", error="constraint:enum"))
    if "pattern" in constraints and is_text:
        checks.append(pandera.Check.str_matches(f"^(?:{constraints['pattern']})$", name="constraint:pattern", error="constraint:pattern"))
    if "minLength" in constraints and is_text:
        checks.append(pandera.Check.str_length(min_value=constraints["minLength"], name="constraint:minLength", error="constraint:minLength"))
    if "maxLength" in constraints and is_text:
        checks.append(pandera.Check.str_length(max_value=constraints["maxLength"], name="constraint:maxLength", error="constraint:maxLength"))
    bounds = {"minimum": pandera.Check.ge, "maximum": pandera.Check.le,
              "exclusiveMinimum": pandera.Check.gt, "exclusiveMaximum": pandera.Check.lt}
    if not is_text or field.get("type") in ("time", "yearmonth"):
        for keyword, check in bounds.items():
            if keyword in constraints:
                checks.append(check(_constant(field, constraints[keyword]), name=f"constraint:{keyword}", error=f"constraint:{keyword}"))
    return checks


def pandera_schema_for(schema: Mapping[str, Any], typed: pa.Table) -> Any:
    """A pandera schema checking a typed table against the constraints of its Table Schema fields."""
    import pandera.pandas as pandera

    columns = {}
    for field in fields_of(schema):
        if field["name"] not in typed.column_names:
            continue
        constraints = field.get("constraints") or {}
        columns[field["name"]] = pandera.Column(
            None,
            nullable=not constraints.get("required", False),
            unique=bool(constraints.get("unique", False)),
            checks=_field_checks(field, typed.schema.field(field["name"]).type),
        )
    return pandera.DataFrameSchema(columns, strict=False)


_PANDERA_RULES = {"not_nullable": "constraint:required", "field_uniqueness": "constraint:unique"}


def check_constraints(typed: pa.Table, schema: Mapping[str, Any], name: str, log: ProblemLog) -> None:
    """Field constraints (required, unique, enum, pattern, lengths, bounds) with pandera, lazily."""
    import pandas as pd
    import pandera.errors

    pandera_schema = pandera_schema_for(schema, typed)
    if not pandera_schema.columns:
        return
    try:
        pandera_schema.validate(typed.to_pandas(types_mapper=pd.ArrowDtype), lazy=True)
    except pandera.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        for (column, check), group in cases.groupby(["column", "check"], sort=False, dropna=False):
            rule = _PANDERA_RULES.get(str(check), str(check))
            shown = group.head(log.max_per_rule)
            rows = [int(i) if i == i and i is not None else None for i in shown["index"]]
            log.add_cells(name, rule, f"value breaks the {rule.split(':')[-1]} constraint", str(column), rows,
                          list(shown["failure_case"]), len(group))


def _key_list(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


def duplicate_rows(table: pa.Table, keys: Sequence[str]) -> pa.Array:
    """Rows whose key repeats an earlier row's (rows with an empty key cell are skipped)."""
    indexed = table.select(list(keys)).append_column(_ROW, pa.array(np.arange(table.num_rows, dtype=np.int64)))
    complete = indexed.drop_null()
    firsts = complete.group_by(list(keys), use_threads=False).aggregate([(_ROW, "min")])
    joined = complete.join(firsts, list(keys), use_threads=True)
    later = joined.filter(pc.not_equal(joined[_ROW], joined[f"{_ROW}_min"]))[_ROW].combine_chunks()
    return later.take(pc.sort_indices(later))


def check_keys(typed: pa.Table, schema: Mapping[str, Any], name: str, log: ProblemLog) -> None:
    """primaryKey: present and unique; uniqueKeys: unique where complete."""
    primary = _key_list(schema.get("primaryKey"))
    if primary and all(key in typed.column_names for key in primary):
        for key in primary:
            _log_cells(log, name, "primary-key", "primary key cell is empty", key,
                       pc.is_null(typed.column(key)), typed.column(key))
        _log_duplicates(log, name, "primary-key", typed, primary)
    for unique in schema.get("uniqueKeys") or []:
        keys = _key_list(unique)
        if keys and all(key in typed.column_names for key in keys):
            _log_duplicates(log, name, "unique-error", typed, keys)


def _log_duplicates(log: ProblemLog, name: str, rule: str, typed: pa.Table, keys: Sequence[str]) -> None:
    rows = duplicate_rows(typed, keys)
    if len(rows):
        shown = rows.slice(0, log.max_per_rule)
        values = typed.select(list(keys)).take(shown).to_pylist()
        log.add_cells(name, rule, f"({', '.join(keys)}) repeats an earlier row", ", ".join(keys),
                      shown.to_pylist(), [tuple(v.values()) if len(keys) > 1 else v[keys[0]] for v in values],
                      len(rows))


def dangling_rows(child: pa.Table, fields: Sequence[str], parent: pa.Table, reference: Sequence[str]) -> pa.Array:
    """Rows of ``child`` whose (complete) key is not a key of ``parent``."""
    keys = child.select(list(fields))
    parent_keys = parent.select(list(reference)).rename_columns(list(fields))
    for key in fields:
        wanted = keys.schema.field(key).type
        if parent_keys.schema.field(key).type != wanted:
            try:
                parent_keys = parent_keys.set_column(parent_keys.column_names.index(key), key,
                                                     parent_keys.column(key).cast(wanted))
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
                keys = keys.set_column(keys.column_names.index(key), key, keys.column(key).cast(pa.string()))
                parent_keys = parent_keys.set_column(parent_keys.column_names.index(key), key,
                                                     parent_keys.column(key).cast(pa.string()))
    if len(fields) == 1:
        column = keys.column(0)
        present = pc.is_in(column, value_set=pc.unique(parent_keys.column(0)))
        return pc.indices_nonzero(pc.and_(pc.is_valid(column), pc.invert(present)).combine_chunks())
    indexed = keys.append_column(_ROW, pa.array(np.arange(child.num_rows, dtype=np.int64))).drop_null()
    distinct = parent_keys.group_by(list(fields), use_threads=False).aggregate([])
    lost = indexed.join(distinct, list(fields), join_type="left anti")
    return lost[_ROW].combine_chunks().take(pc.sort_indices(lost[_ROW].combine_chunks()))


def check_foreign_keys(typed: pa.Table, schema: Mapping[str, Any], name: str,
                       tables: Mapping[str, pa.Table | None], log: ProblemLog) -> None:
    """Every complete foreign key resolves to a row of the referenced resource."""
    for fk in schema.get("foreignKeys") or []:
        fields = _key_list(fk.get("fields"))
        reference = fk.get("reference") or {}
        parent_name = reference.get("resource") or name
        parent = typed if parent_name == name else tables.get(parent_name)
        ref_fields = _key_list(reference.get("fields"))
        if parent_name not in tables and parent_name != name:
            log.add_cells(name, "foreign-key", f"foreign key refers to a resource {parent_name!r} that is not "
                          "in the package", ", ".join(fields), [None], [parent_name], 1)
            continue
        if parent is None or not all(f in typed.column_names for f in fields) \
                or not all(f in parent.column_names for f in ref_fields) or len(fields) != len(ref_fields):
            continue
        rows = dangling_rows(typed, fields, parent, ref_fields)
        if len(rows):
            shown = rows.slice(0, log.max_per_rule)
            values = typed.select(fields).take(shown).to_pylist()
            log.add_cells(name, "foreign-key", f"({', '.join(fields)}) not found in {parent_name}"
                          f"({', '.join(ref_fields)})", ", ".join(fields), shown.to_pylist(),
                          [tuple(v.values()) if len(fields) > 1 else v[fields[0]] for v in values], len(rows))
