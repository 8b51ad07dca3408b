"""Frictionless Table Schemas (Data Package v2) generated from the table declarations."""

from __future__ import annotations

from typing import Any

from warta.schema.declarations import LIST_DELIMITER, Column, Table

# frictionless-py reads Parquet through pandas, where an empty integer cell becomes NaN;
# declaring "nan" missing for nullable integer columns keeps both formats valid.
_NULLABLE_INTEGER_MISSING = ["", "nan"]


def field_descriptor(column: Column) -> dict[str, Any]:
    """The Table Schema field for one declared column."""
    field: dict[str, Any] = {"name": column.name, "type": column.type, "description": column.description}
    if column.type == "list":
        field.update(itemType="string", delimiter=LIST_DELIMITER)
    if column.type == "integer" and not column.required:
        field["missingValues"] = list(_NULLABLE_INTEGER_MISSING)
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    if column.enum is not None:
        constraints["enum"] = list(column.enum)
    if column.pattern is not None:
        constraints["pattern"] = column.pattern.removeprefix("^").removesuffix("$")
    if column.minimum is not None:
        constraints["minimum"] = column.minimum
    if constraints:
        field["constraints"] = constraints
    if column.example is not None:
        field["example"] = column.example
    return field


def table_schema(table: Table) -> dict[str, Any]:
    """The Table Schema of a table, with its primary and foreign keys."""
    schema: dict[str, Any] = {
        "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
        "fields": [field_descriptor(column) for column in table.columns],
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": list(fk.columns),
                "reference": {"resource": fk.reference_table, "fields": list(fk.reference_columns)},
            }
            for fk in table.foreign_keys
        ]
    return schema
