"""Which rows of an Arrow table may fail a row JSON Schema, found column by column.

Validating a million rows one by one with jsonschema takes minutes. The row schemas warta
publishes use a handful of keywords (type, null, minLength, pattern, enum, minimum, format
date, array items); each is evaluated here over whole Arrow columns to find the rows that
*might* fail. Only those rows go through jsonschema, which gives the verdict and the message.
A schema using any other keyword is not narrowed: every row goes through jsonschema.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

_IGNORED = {"description", "title", "examples", "$comment", "default"}
_DATE_TEXT = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


class Unsupported(Exception):
    """The schema uses a keyword this module does not evaluate."""


def _suspect(column: pa.ChunkedArray, schema: dict[str, Any], list_delimiter: str) -> pa.ChunkedArray:
    """True where a cell may fail ``schema``."""
    nullable = False
    if "anyOf" in schema:
        options = schema["anyOf"]
        rest = [option for option in options if option != {"type": "null"}]
        if len(rest) != 1 or len(options) != 2:
            raise Unsupported("anyOf")
        nullable, schema = True, {**rest[0], **{k: v for k, v in schema.items() if k != "anyOf"}}
    unknown = set(schema) - _IGNORED - {"type", "minLength", "pattern", "enum", "minimum", "format", "items"}
    if unknown:
        raise Unsupported(", ".join(sorted(unknown)))
    kind = schema.get("type")
    suspect = pc.and_(pc.is_valid(column), pa.scalar(False))
    if kind == "string" and schema.get("format") == "date" and pa.types.is_date(column.type):
        pass  # dates are written as ISO strings in a row's JSON form
    elif kind == "string" and pa.types.is_string(column.type):
        if "minLength" in schema:
            suspect = pc.or_(suspect, pc.less(pc.utf8_length(column), schema["minLength"]))
        if "pattern" in schema:
            try:
                suspect = pc.or_(suspect, pc.invert(pc.match_substring_regex(column, schema["pattern"])))
            except pa.ArrowInvalid as error:  # a pattern RE2 cannot compile
                raise Unsupported("pattern") from error
        if "enum" in schema:
            suspect = pc.or_(suspect, pc.invert(pc.is_in(column, value_set=pa.array(schema["enum"]))))
        if schema.get("format") == "date":
            suspect = pc.or_(suspect, pc.invert(pc.match_substring_regex(column, _DATE_TEXT)))
        elif "format" in schema:
            raise Unsupported("format")
    elif kind == "integer" and pa.types.is_integer(column.type):
        if "minimum" in schema:
            suspect = pc.or_(suspect, pc.less(column, schema["minimum"]))
    elif kind == "boolean" and pa.types.is_boolean(column.type):
        pass
    elif kind == "array" and pa.types.is_string(column.type) and schema.get("items", {}).get("type") == "string":
        minimum = schema["items"].get("minLength", 0)
        if set(schema["items"]) - _IGNORED - {"type", "minLength"}:
            raise Unsupported("items")
        items = pc.split_pattern(column, list_delimiter)
        short = pc.less(pc.utf8_length(pc.list_flatten(items)), minimum)
        rows = pc.filter(pc.list_parent_indices(items), short)
        flagged = pc.is_in(pa.array(np.arange(len(column))), value_set=pc.cast(rows, pa.int64()))
        suspect = pc.or_(suspect, pa.chunked_array([flagged]))
    else:
        raise Unsupported(f"type {kind} for a {column.type} column")
    suspect = pc.fill_null(suspect, False)
    if not nullable:
        suspect = pc.or_(suspect, pc.is_null(column))
    return suspect


def suspect_rows(table: pa.Table, schema: dict[str, Any], list_delimiter: str) -> pa.Array | None:
    """Row numbers that may fail ``schema``, or None when the schema cannot be evaluated by column."""
    properties = schema.get("properties", {})
    if set(table.column_names) - set(properties) or set(schema.get("required", [])) - set(table.column_names):
        return pa.array(np.arange(table.num_rows))  # every row fails required/additionalProperties
    try:
        suspect = pa.chunked_array([pa.array(np.zeros(table.num_rows, dtype=bool))])
        for name in table.column_names:
            suspect = pc.or_(suspect, _suspect(table.column(name), properties[name], list_delimiter))
    except Unsupported:
        return None
    return pc.indices_nonzero(suspect.combine_chunks() if isinstance(suspect, pa.ChunkedArray) else suspect)
