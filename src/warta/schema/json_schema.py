"""Row-level JSON Schemas (draft 2020-12) generated from the table declarations.

A row is a JSON object: dates as ``YYYY-MM-DD`` strings, lists as arrays of strings,
empty cells as ``null``.
"""

from __future__ import annotations

from typing import Any

from warta.schema.declarations import Column, Table

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


def _value_schema(column: Column) -> dict[str, Any]:
    if column.type == "string":
        schema: dict[str, Any] = {"type": "string", "minLength": 1}
        if column.pattern:
            schema["pattern"] = column.pattern
        if column.enum is not None:
            schema["enum"] = list(column.enum)
        return schema
    if column.type == "integer":
        schema = {"type": "integer"}
        if column.minimum is not None:
            schema["minimum"] = column.minimum
        return schema
    if column.type == "date":
        return {"type": "string", "format": "date", "pattern": _DATE_PATTERN}
    if column.type == "boolean":
        return {"type": "boolean"}
    return {"type": "array", "items": {"type": "string", "minLength": 1}}


def property_schema(column: Column) -> dict[str, Any]:
    """The JSON Schema of one cell."""
    schema = _value_schema(column)
    if not column.required:
        schema = {"anyOf": [schema, {"type": "null"}]}
    schema["description"] = column.description
    return schema


def row_schema(table: Table) -> dict[str, Any]:
    """The JSON Schema every row of ``table`` must satisfy."""
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": f"https://warta.dev/schema/{table.name}.row.json",
        "title": f"A row of the {table.name} table",
        "description": table.description,
        "type": "object",
        "properties": {column.name: property_schema(column) for column in table.columns},
        "required": table.column_names,
        "additionalProperties": False,
    }
