"""SQL over a release: DuckDB with every table a view over its Parquet file.

The views carry the declared types: ``list`` columns are split into DuckDB lists (so
``unnest(authors)`` works) and columns with an ``enum`` constraint become DuckDB ``ENUM``s.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.datapackage.load import LoadError, TableFile, open_release

if TYPE_CHECKING:
    import duckdb
    import pyarrow as pa


class QueryError(Exception):
    """DuckDB refused the query; the message is DuckDB's."""


def quote_identifier(name: str) -> str:
    """A DuckDB identifier, quoted (``end`` and ``count`` are keywords)."""
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def column_expression(field: Mapping[str, Any]) -> str:
    """The SELECT expression giving one column its declared type."""
    name = quote_identifier(field["name"])
    enum = field.get("constraints", {}).get("enum")
    if field.get("type") == "list":
        return f"string_split({name}, {quote_literal(field.get('delimiter', ','))}) AS {name}"
    if enum:
        values = ", ".join(quote_literal(str(value)) for value in enum)
        return f"CAST({name} AS ENUM({values})) AS {name}"
    return name


def view_statement(table_file: TableFile) -> str:
    """``CREATE VIEW <table> AS SELECT <typed columns> FROM read_parquet(<file>)``."""
    columns = ", ".join(column_expression(field) for field in table_file.fields) or "*"
    return (f"CREATE VIEW {quote_identifier(table_file.table)} AS "
            f"SELECT {columns} FROM read_parquet({quote_literal(str(table_file.path))})")


def register_views(connection: duckdb.DuckDBPyConnection, table_files: Mapping[str, TableFile]) -> None:
    for table_file in table_files.values():
        connection.execute(view_statement(table_file))


def run_sql(path: str | Path, query: str) -> pa.Table:
    """The result of ``query`` over the release at ``path`` (folder, datapackage.json or .zip).

    Every table of the release is a view named after it. Raises :class:`LoadError` for an
    unreadable release and :class:`QueryError` when DuckDB rejects the query.

    Example::

        run_sql("dist/warta-sample-0.1.0", "SELECT speaker, count(*) FROM quotes GROUP BY speaker")
    """
    import duckdb
    import pyarrow as pa

    with open_release(path) as release:
        table_files = release.table_files("parquet")
        if not table_files:
            raise LoadError(f"{release.origin}: no Parquet resources to query")
        connection = duckdb.connect(":memory:")
        try:
            register_views(connection, table_files)
            try:
                relation = connection.sql(query)
                if relation is None:  # a statement without a result (CREATE, SET, ...)
                    return pa.table({})
                return _to_arrow(relation)
            except duckdb.Error as error:
                raise QueryError(str(error)) from None
        finally:
            connection.close()


def _to_arrow(relation: Any) -> pa.Table:
    # duckdb 1.4+ names it to_arrow_table; older releases fetch_arrow_table.
    fetch = getattr(relation, "to_arrow_table", None) or relation.fetch_arrow_table
    return fetch()


# --- writing a result -----------------------------------------------------------------------

OUTPUT_FORMATS = ("table", "csv", "json")
LIST_SEPARATOR = "; "  # as in the release's own CSV files


def _json_value(value: Any) -> Any:
    import datetime as dt
    import decimal

    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, dict):
        return {str(key): _json_value(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_value(item) for item in value]
    return value


def _text_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(_text_value(item) for item in value)
    value = _json_value(value)
    return value if isinstance(value, str) else str(value)


def _rows(result: pa.Table) -> list[tuple[Any, ...]]:
    """Rows as tuples, by position (a result may repeat a column name)."""
    return list(zip(*(column.to_pylist() for column in result.columns)))


def to_json_text(result: pa.Table) -> str:
    """The rows as a JSON array of objects (dates in ISO form, lists as arrays)."""
    import json

    names = result.column_names
    rows = [{name: _json_value(value) for name, value in zip(names, row)} for row in _rows(result)]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def to_csv_text(result: pa.Table) -> str:
    """The rows as CSV with a header; lists joined with ``"; "`` as in the release."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.column_names)
    for row in _rows(result):
        writer.writerow([_text_value(value) for value in row])
    return buffer.getvalue()


def to_rich_table(result: pa.Table) -> Any:
    """The rows as a rich table; empty cells are shown dimmed as ``null``."""
    from rich.table import Table
    from rich.text import Text

    shown = Table(show_edge=False, header_style="bold")
    for name in result.column_names:
        shown.add_column(name, overflow="fold")
    for row in _rows(result):
        shown.add_row(*[Text("null", style="dim") if value is None else Text(_text_value(value)) for value in row])
    return shown
