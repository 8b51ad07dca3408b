"""pandera schemas generated from the table declarations.

Tables are validated as pandas frames backed by Arrow (``pd.ArrowDtype``), the form
:func:`warta.schema.pandera_schema.to_frame` produces, so that dates stay dates and empty
cells stay nulls. Foreign keys become membership checks against the referenced keys.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

import pandas as pd
import pandera.pandas as pa
import pyarrow

from warta.schema.arrow import arrow_field
from warta.schema.declarations import Column, Table


def to_frame(table: pyarrow.Table) -> pd.DataFrame:
    """An Arrow table as the pandas frame pandera validates."""
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def _checks(column: Column) -> list[pa.Check]:
    checks: list[pa.Check] = []
    if column.type in ("string", "list"):
        # CSV cannot tell an empty string from an empty cell: text is never empty.
        checks.append(pa.Check.str_length(min_value=1))
    if column.enum is not None:
        checks.append(pa.Check.isin(list(column.enum)))
    if column.pattern is not None:
        checks.append(pa.Check.str_matches(column.pattern))
    if column.minimum is not None:
        checks.append(pa.Check.ge(column.minimum))
    if column.type == "list":
        checks.append(pa.Check(lambda s: ~s.str.contains(r"(?:^|; )(?:;|$)", regex=True),
                               element_wise=False, name="list_items_not_empty",
                               error="list items must not be empty"))
    return checks


def pandera_column(column: Column, references: Collection[str] | None = None, keys: bool = True) -> pa.Column:
    """The pandera column for a declared column; ``references`` are the keys it must be among.

    ``keys=False`` leaves out uniqueness, for a batch of a table whose keys are checked elsewhere.
    """
    checks = _checks(column)
    if references is not None:
        allowed = list(references)
        checks.append(pa.Check.isin(allowed, name="foreign_key", error="foreign key must resolve"))
    return pa.Column(
        pd.ArrowDtype(arrow_field(column).type),
        nullable=not column.required,
        unique=column.unique and keys,
        checks=checks,
        description=column.description,
    )


def pandera_schema(table: Table, references: Mapping[str, Collection[str]] | None = None,
                   keys: bool = True) -> pa.DataFrameSchema:
    """The pandera schema of ``table``.

    ``references`` maps a foreign-key column to the keys of the table it refers to; when
    given, every non-empty value must be among them. ``keys=False`` leaves out the
    uniqueness checks, for validating a table batch by batch (see
    :mod:`warta.datapackage.corpus_checks`).
    """
    references = references or {}
    return pa.DataFrameSchema(
        {column.name: pandera_column(column, references.get(column.name), keys) for column in table.columns},
        name=table.name,
        strict=True,
        ordered=True,
        unique=list(table.primary_key) if len(table.primary_key) > 1 and keys else None,
        description=table.description,
    )
