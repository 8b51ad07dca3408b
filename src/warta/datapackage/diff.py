"""What changed between two releases: schema changes and row changes per table.

A release is read through its ``datapackage.json``: the Table Schemas there say which tables
and columns it has and what their keys are, so releases written by other warta versions (or
by hand) compare as well. Rows are compared by primary key in DuckDB, on the Parquet copy of a
table when both releases have one and on the CSV copy (as text) otherwise.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from warta.datapackage.checks import jsonable
from warta.datapackage.load import OpenRelease, open_release

EXAMPLES = 3

#: Schema changes that can break a consumer of the previous release.
BREAKING = {"table_removed", "column_removed", "column_retyped", "key_changed"}
#: Schema changes that only add something.
ADDITIVE = {"table_added", "column_added"}
#: Descriptor fields whose change is worth a patch release.
METADATA_FIELDS = ("name", "title", "description", "homepage", "keywords", "licenses", "sources", "contributors")


class ReleaseError(Exception):
    """A release that cannot be compared or written, with the path and the reason."""


@dataclass(frozen=True)
class TableFiles:
    """One table of a release: its Table Schema and the files holding it."""

    name: str
    schema: Mapping[str, Any]
    parquet: Path | None = None
    csv: Path | None = None

    @property
    def columns(self) -> dict[str, str]:
        return {f["name"]: f.get("type", "any") for f in self.schema.get("fields", [])}

    @property
    def key(self) -> list[str]:
        key = self.schema.get("primaryKey") or []
        return [key] if isinstance(key, str) else list(key)

    def constraints(self, column: str) -> dict[str, Any]:
        for f in self.schema.get("fields", []):
            if f["name"] == column:
                return dict(f.get("constraints", {}))
        return {}


def release_tables(release: OpenRelease) -> dict[str, TableFiles]:
    """Tables by name, in descriptor order; ``quotes`` and ``quotes-parquet`` are two copies of one table."""
    parquet, csv = release.table_files("parquet"), release.table_files("csv")
    tables = {}
    for name in dict.fromkeys([*csv, *parquet]):
        schema = (csv.get(name) or parquet[name]).schema  # the CSV copy's keys name the tables themselves
        tables[name] = TableFiles(name, schema, parquet[name].path if name in parquet else None,
                                  csv[name].path if name in csv else None)
    return tables


@dataclass(frozen=True)
class SchemaChange:
    """One change to the tables or columns of a release."""

    table: str
    kind: str  # table_added, table_removed, column_added, column_removed, column_retyped, key_changed, ...
    column: str | None = None
    old: Any = None
    new: Any = None

    @property
    def breaking(self) -> bool:
        return self.kind in BREAKING

    def __str__(self) -> str:
        what = self.kind.replace("_", " ")
        column = f" {self.column}" if self.column else ""
        if self.kind == "column_retyped":
            detail = f": {self.old} → {self.new}"
        elif self.kind in ("key_changed", "constraints_changed"):
            detail = f": {_show(self.old)} → {_show(self.new)}"
        elif self.kind == "column_added":
            detail = f" ({self.new})"
        else:
            detail = ""
        return f"{self.table}: {what}{column}{detail}" + (" [breaking]" if self.breaking else "")


@dataclass
class TableChanges:
    """Rows added, removed and changed in one table present in both releases."""

    table: str
    key: list[str]
    old_rows: int
    new_rows: int
    added: int = 0
    removed: int = 0
    changed: int = 0
    compared: bool = True  # False when rows could not be matched (key changed or missing)
    examples: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def any(self) -> bool:
        return bool(self.added or self.removed or self.changed or not self.compared)


@dataclass
class ReleaseDiff:
    """Everything that differs between two releases."""

    old_name: str
    old_version: str | None
    new_name: str
    new_version: str | None
    schema: list[SchemaChange]
    tables: list[TableChanges]
    metadata: list[str]  # descriptor fields that changed

    @property
    def bump(self) -> str | None:
        """The version component a release with these changes increments (None: nothing changed)."""
        if any(change.breaking for change in self.schema):
            return "major"
        if any(change.kind in ADDITIVE for change in self.schema) or any(
                t.added or t.removed or not t.compared for t in self.tables):
            return "minor"
        if self.schema or self.metadata or any(t.changed for t in self.tables):
            return "patch"
        return None

    def as_dict(self) -> dict[str, Any]:
        return {
            "old": {"name": self.old_name, "version": self.old_version},
            "new": {"name": self.new_name, "version": self.new_version},
            "bump": self.bump,
            "schema": [{**asdict(change), "breaking": change.breaking} for change in self.schema],
            "tables": [asdict(table) for table in self.tables],
            "metadata": self.metadata,
        }


def schema_changes(old: dict[str, TableFiles], new: dict[str, TableFiles]) -> list[SchemaChange]:
    """Tables and columns added, removed or retyped, keys changed, constraints changed."""
    changes = [SchemaChange(name, "table_removed") for name in old if name not in new]
    changes += [SchemaChange(name, "table_added") for name in new if name not in old]
    for name in (name for name in new if name in old):
        before, after = old[name], new[name]
        changes += [SchemaChange(name, "column_removed", column, old=kind)
                    for column, kind in before.columns.items() if column not in after.columns]
        changes += [SchemaChange(name, "column_added", column, new=kind)
                    for column, kind in after.columns.items() if column not in before.columns]
        for column, kind in after.columns.items():
            if column not in before.columns:
                continue
            if before.columns[column] != kind:
                changes.append(SchemaChange(name, "column_retyped", column, before.columns[column], kind))
            elif before.constraints(column) != after.constraints(column):
                changes.append(SchemaChange(name, "constraints_changed", column,
                                            before.constraints(column), after.constraints(column)))
        if before.key != after.key:
            changes.append(SchemaChange(name, "key_changed", None, before.key, after.key))
    return changes


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _show(value: Any, limit: int = 60) -> str:
    text = repr(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _load(con: Any, view: str, files: TableFiles, use_parquet: bool) -> None:
    path = files.parquet if use_parquet else files.csv
    if path is None or not path.is_file():
        raise ReleaseError(f"{path or files.name}: data file of table {files.name} is missing")
    relation = con.read_parquet(str(path)) if use_parquet else con.read_csv(str(path), all_varchar=True, header=True)
    relation.create_view(view, replace=True)


def table_changes(old: TableFiles, new: TableFiles, examples: int = EXAMPLES) -> TableChanges:
    """Rows of one table added, removed and changed, matched by the new release's primary key."""
    import duckdb

    con = duckdb.connect()
    use_parquet = old.parquet is not None and new.parquet is not None
    _load(con, "old_rows", old, use_parquet)
    _load(con, "new_rows", new, use_parquet)
    old_count = con.execute("SELECT count(*) FROM old_rows").fetchone()[0]
    new_count = con.execute("SELECT count(*) FROM new_rows").fetchone()[0]
    result = TableChanges(new.name, new.key, old_count, new_count)
    old_columns = {row[0]: row[1] for row in con.execute("DESCRIBE old_rows").fetchall()}
    new_columns = {row[0]: row[1] for row in con.execute("DESCRIBE new_rows").fetchall()}
    key = new.key
    if not key or old.key != key or not all(k in old_columns and k in new_columns for k in key):
        result.compared = False
        return result
    keys = ", ".join(_quote(k) for k in key)

    def key_rows(first: str, second: str) -> tuple[int, list[dict[str, Any]]]:
        query = f"SELECT {keys} FROM {first} ANTI JOIN {second} USING ({keys})"
        count = con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]
        sample = con.execute(f"{query} ORDER BY {keys} LIMIT {examples}").fetchall()
        return count, [{k: jsonable(v) for k, v in zip(key, row)} for row in sample]

    result.added, added = key_rows("new_rows", "old_rows")
    result.removed, removed = key_rows("old_rows", "new_rows")
    compared = [c for c in new_columns if c in old_columns and c not in key]
    if compared:
        def side(alias: str, column: str) -> str:
            value = f"{alias}.{_quote(column)}"
            return value if old_columns[column] == new_columns[column] else f"CAST({value} AS VARCHAR)"

        differs = [f"{side('o', c)} IS DISTINCT FROM {side('n', c)}" for c in compared]
        join = f"FROM old_rows o JOIN new_rows n USING ({keys}) WHERE {' OR '.join(differs)}"
        result.changed = con.execute(f"SELECT count(*) {join}").fetchone()[0]
        picked = ", ".join([f"n.{_quote(k)}" for k in key] + [f"{side('o', c)}, {side('n', c)}" for c in compared])
        order = ", ".join(f"n.{_quote(k)}" for k in key)
        changed = []
        for row in con.execute(f"SELECT {picked} {join} ORDER BY {order} LIMIT {examples}").fetchall():
            values = row[len(key):]
            columns = {c: [jsonable(values[2 * i]), jsonable(values[2 * i + 1])]
                       for i, c in enumerate(compared) if values[2 * i] != values[2 * i + 1]}
            changed.append({"key": {k: jsonable(v) for k, v in zip(key, row)}, "columns": columns})
    else:
        changed = []
    result.examples = {"added": added, "removed": removed, "changed": changed}
    return result


def diff_releases(old: OpenRelease, new: OpenRelease, examples: int = EXAMPLES) -> ReleaseDiff:
    """Schema, data and metadata changes from ``old`` to ``new``."""
    old_tables, new_tables = release_tables(old), release_tables(new)
    tables = [table_changes(old_tables[name], new_tables[name], examples)
              for name in new_tables if name in old_tables]
    metadata = [key for key in METADATA_FIELDS if old.descriptor.get(key) != new.descriptor.get(key)]
    return ReleaseDiff(str(old.descriptor.get("name", "?")), old.descriptor.get("version"),
                       str(new.descriptor.get("name", "?")), new.descriptor.get("version"),
                       schema_changes(old_tables, new_tables), tables, metadata)


def diff_paths(old: Path, new: Path, examples: int = EXAMPLES) -> ReleaseDiff:
    """:func:`diff_releases` of two releases, each a folder, a ``datapackage.json`` or a ``.zip``.

    Raises :class:`~warta.datapackage.load.LoadError` for a release that cannot be read.
    """
    with open_release(old) as before, open_release(new) as after:
        return diff_releases(before, after, examples)


def _key_text(key: dict[str, Any]) -> str:
    return ", ".join(f"{name}={value}" for name, value in key.items())


def format_diff(diff: ReleaseDiff) -> str:
    """The diff as text for a terminal or a log."""
    lines = [f"{diff.old_name} {diff.old_version or '?'} → {diff.new_name} {diff.new_version or '?'}"]
    if diff.metadata:
        lines.append("metadata changed: " + ", ".join(diff.metadata))
    lines.append("schema: " + ("no changes" if not diff.schema else f"{len(diff.schema)} change(s)"))
    lines += [f"  {change}" for change in diff.schema]
    lines.append("rows:")
    width = max([len(t.table) for t in diff.tables] + [5])
    lines.append(f"  {'table':<{width}}  {'old':>7}  {'new':>7}  {'added':>7}  {'removed':>7}  {'changed':>7}")
    for table in diff.tables:
        if not table.compared:
            lines.append(f"  {table.table:<{width}}  {table.old_rows:>7}  {table.new_rows:>7}  "
                         "rows not compared: the primary key changed")
            continue
        lines.append(f"  {table.table:<{width}}  {table.old_rows:>7}  {table.new_rows:>7}  {'+' + str(table.added):>7}"
                     f"  {'-' + str(table.removed):>7}  {'~' + str(table.changed):>7}")
        for key in table.examples.get("added", []):
            lines.append(f"      + {_key_text(key)}")
        for key in table.examples.get("removed", []):
            lines.append(f"      - {_key_text(key)}")
        for change in table.examples.get("changed", []):
            columns = "; ".join(f"{c}: {_show(old)} → {_show(new)}" for c, (old, new) in change["columns"].items())
            lines.append(f"      ~ {_key_text(change['key'])}: {columns}")
    lines.append(f"version bump: {diff.bump or 'none (nothing changed)'}")
    return "\n".join(lines)
