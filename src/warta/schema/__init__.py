"""Table declarations and the schemas generated from them.

- :mod:`warta.schema.declarations` — the single source of truth;
- :mod:`warta.schema.arrow` — pyarrow schemas used for writing;
- :mod:`warta.schema.table_schema` — Frictionless Table Schemas for ``datapackage.json``;
- :mod:`warta.schema.json_schema` — row-level JSON Schemas;
- :mod:`warta.schema.pandera_schema` — pandera schemas used for validation;
- :mod:`warta.schema.published` — the committed copies under top-level ``schema/``.
"""

from warta.schema.declarations import TABLES, TABLES_BY_NAME, Column, ForeignKey, Table

__all__ = ["TABLES", "TABLES_BY_NAME", "Column", "ForeignKey", "Table"]
