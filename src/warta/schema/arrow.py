"""pyarrow schemas generated from the table declarations."""

from __future__ import annotations

import pyarrow as pa

from warta.schema.declarations import Column, Table

_ARROW_TYPES = {
    "string": pa.string(),
    "integer": pa.int64(),
    "date": pa.date32(),
    "boolean": pa.bool_(),
    # Lists travel as delimited strings so that CSV and Parquet hold the same cells
    # and frictionless-py (which reads Parquet through pandas) accepts them.
    "list": pa.string(),
}


def arrow_field(column: Column) -> pa.Field:
    """The pyarrow field for one declared column."""
    return pa.field(column.name, _ARROW_TYPES[column.type], nullable=not column.required,
                    metadata={"description": column.description})


def arrow_schema(table: Table) -> pa.Schema:
    """The pyarrow schema a table is written with."""
    return pa.schema([arrow_field(column) for column in table.columns])
