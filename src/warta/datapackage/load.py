"""Loading a release into analysis tools: pandas, polars or Arrow, with the right types.

The types come from the Table Schemas in the release's ``datapackage.json`` (themselves
generated from :mod:`warta.schema.declarations`): ``date`` columns become dates, ``integer``
columns nullable integers, columns with an ``enum`` constraint categoricals with exactly
those categories, and ``list`` columns (stored as ``"; "``-joined strings) lists.

A release is a directory, its ``datapackage.json``, or a ``.zip`` of either layout
(``datapackage.json`` at the top or inside one folder). Every path the descriptor or the
archive names is checked by :mod:`warta.datapackage.paths` before anything is read.
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from warta.datapackage.paths import UnsafePathError, check_zip_member, resolve_inside

if TYPE_CHECKING:
    import pyarrow as pa

Engine = Literal["pandas", "polars", "arrow"]
Format = Literal["parquet", "csv"]
ENGINES: tuple[str, ...] = ("pandas", "polars", "arrow")
FORMATS: tuple[str, ...] = ("parquet", "csv")
DESCRIPTOR = "datapackage.json"
PARQUET_SUFFIX = "-parquet"


class LoadError(Exception):
    """A release that cannot be loaded; the message names the file and, when known, the position."""


@dataclass(frozen=True)
class TableFile:
    """One table of a release in one format: where it is and the Table Schema it follows."""

    table: str
    format: str
    path: Path
    relative: str
    schema: Mapping[str, Any]

    @property
    def fields(self) -> list[Mapping[str, Any]]:
        return list(self.schema.get("fields", []))


@dataclass(frozen=True)
class OpenRelease:
    """A release on disk: its root folder and its descriptor."""

    root: Path
    descriptor: Mapping[str, Any]
    origin: str  # what the user gave, for messages

    def table_files(self, format: str | None = None) -> dict[str, TableFile]:
        """Every table's file, Parquet preferred unless ``format`` picks one."""
        if format is not None and format not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
        found: dict[str, dict[str, TableFile]] = {}
        for number, resource in enumerate(self.descriptor.get("resources", [])):
            table_file = self._table_file(number, resource)
            if table_file is not None:
                found.setdefault(table_file.table, {})[table_file.format] = table_file
        preference = [format] if format else list(FORMATS)
        chosen = {}
        for table, by_format in found.items():
            for candidate in preference:
                if candidate in by_format:
                    chosen[table] = by_format[candidate]
                    break
        return chosen

    def _table_file(self, number: int, resource: Any) -> TableFile | None:
        where = f"{self.origin}: resources[{number}]"
        if not isinstance(resource, Mapping) or not isinstance(resource.get("name"), str):
            raise LoadError(f"{where}: a resource needs a name")
        path = resource.get("path")
        if isinstance(path, list):
            raise LoadError(f"{where} ({resource['name']}): multi-part resources are not supported")
        try:
            resolved = resolve_inside(self.root, path, "path")
        except UnsafePathError as error:
            raise LoadError(f"{where} ({resource['name']}): {error}") from None
        format = str(resource.get("format") or Path(path).suffix.lstrip(".")).lower()
        if format not in FORMATS:
            return None
        if not isinstance(resource.get("schema"), Mapping):
            raise LoadError(f"{where} ({resource['name']}): no inline Table Schema")
        table = resource["name"].removesuffix(PARQUET_SUFFIX)
        return TableFile(table, format, resolved, path, resource["schema"])


@contextmanager
def open_release(path: str | Path) -> Iterator[OpenRelease]:
    """The release at ``path`` (directory, datapackage.json or .zip), on disk while the block runs.

    A zip archive is extracted, member by member after checking each name, into a temporary
    folder that is removed afterwards.
    """
    path = Path(path)
    if not path.exists():
        raise LoadError(f"{path}: no such file or folder")
    if path.is_dir():
        yield OpenRelease(path, _read_descriptor(path / DESCRIPTOR), str(path))
    elif zipfile.is_zipfile(path):
        with tempfile.TemporaryDirectory(prefix="warta-load-") as scratch:
            root = _extract_zip(path, Path(scratch))
            yield OpenRelease(root, _read_descriptor(root / DESCRIPTOR, shown=f"{path}!{DESCRIPTOR}"), str(path))
    elif path.suffix == ".json":
        yield OpenRelease(path.parent, _read_descriptor(path), str(path))
    else:
        raise LoadError(f"{path}: not a release (expected a folder, a datapackage.json or a .zip)")


def _read_descriptor(path: Path, shown: str | None = None) -> dict[str, Any]:
    shown = shown or str(path)
    if not path.is_file():
        raise LoadError(f"{shown}: no such file; a release has a {DESCRIPTOR} at its top")
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise LoadError(f"{shown}: not UTF-8 text (byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise LoadError(f"{shown}: invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}") from None
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        raise LoadError(f"{shown}: not a data package descriptor (no resources list)")
    return descriptor


def _extract_zip(archive: Path, scratch: Path) -> Path:
    """Extract ``archive`` under ``scratch`` with the validator's archive limits (unsafe names,
    zip bombs, symlinks); the folder holding the descriptor."""
    from warta.datapackage.safety import UnsafeInput, extract_archive

    try:
        with zipfile.ZipFile(archive) as zipped:
            names = [member.filename for member in zipped.infolist()]
    except (zipfile.BadZipFile, OSError) as error:
        raise LoadError(f"{archive}: cannot read the archive: {error}") from None
    for name in names:
        try:
            check_zip_member(name)
        except UnsafePathError as error:
            raise LoadError(f"{archive}: {error}") from None
    descriptors = sorted((name for name in names if Path(name).name == DESCRIPTOR), key=lambda name: name.count("/"))
    if not descriptors or descriptors[0].count("/") > 1:
        raise LoadError(f"{archive}: no {DESCRIPTOR} at the top of the archive or in one folder")
    try:
        extract_archive(archive, scratch)
    except UnsafeInput as error:
        raise LoadError(str(error)) from None
    return (scratch / descriptors[0]).parent


# --- reading one table into Arrow with the declared types ---------------------------------


def _base_type(field: Mapping[str, Any]) -> pa.DataType:
    """The Arrow type a field is stored as (lists and enumerations as strings)."""
    import pyarrow as pa

    return {
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
    }.get(field.get("type", "string"), pa.string())


def _missing_values(schema: Mapping[str, Any], field: Mapping[str, Any]) -> list[str]:
    return list(field.get("missingValues", schema.get("missingValues", [""])))


def read_table(table_file: TableFile) -> pa.Table:
    """One table as Arrow: dates, nullable integers, dictionary-encoded enums, list columns."""
    raw = _read_parquet(table_file) if table_file.format == "parquet" else _read_csv(table_file)
    names = [field["name"] for field in table_file.fields]
    missing = [name for name in names if name not in raw.column_names]
    if missing:
        raise LoadError(f"{table_file.relative}: columns {', '.join(missing)} declared but not in the file")
    columns = [_typed_column(table_file, field, raw.column(field["name"])) for field in table_file.fields]
    import pyarrow as pa

    return pa.table(columns, names=names)


def _read_parquet(table_file: TableFile) -> pa.Table:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return pq.read_table(table_file.path)
    except (pa.ArrowException, OSError) as error:
        raise LoadError(f"{table_file.relative}: cannot read as Parquet: {error}") from None


def _read_csv(table_file: TableFile) -> pa.Table:
    """Every column as text (empty cells null); fields are typed afterwards, one by one."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    dialect = table_file.schema.get("dialect", {})
    names = [field["name"] for field in table_file.fields]
    try:
        return pacsv.read_csv(
            table_file.path,
            read_options=pacsv.ReadOptions(encoding="utf8"),
            parse_options=pacsv.ParseOptions(delimiter=dialect.get("delimiter", ","), newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(column_types={name: pa.string() for name in names},
                                                 null_values=[""], strings_can_be_null=True,
                                                 quoted_strings_can_be_null=False),
        )
    except (pa.ArrowException, OSError) as error:
        raise LoadError(f"{table_file.relative}: cannot read as CSV: {error}") from None


def _typed_column(table_file: TableFile, field: Mapping[str, Any], column: Any) -> Any:
    import pyarrow as pa
    import pyarrow.compute as pc

    name = field["name"]
    if pa.types.is_dictionary(column.type):
        column = column.cast(column.type.value_type)
    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        extra_missing = [value for value in _missing_values(table_file.schema, field) if value != ""]
        if extra_missing:
            column = pc.if_else(pc.is_in(column, pa.array(extra_missing)), pa.scalar(None, column.type), column)
    column = _cast(table_file, field, column)
    enum = field.get("constraints", {}).get("enum")
    if field.get("type") == "list":
        return pc.split_pattern(column, field.get("delimiter", ","))
    if enum:
        return _as_enum(table_file, name, column, [str(value) for value in enum])
    return column


def _cast(table_file: TableFile, field: Mapping[str, Any], column: Any) -> Any:
    """``column`` as the field's stored type; a value that does not convert is named by row."""
    import pyarrow as pa

    target = _base_type(field)
    if column.type == target:
        return column
    try:
        return column.cast(target)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        for row, value in enumerate(column.to_pylist()):
            try:
                pa.array([value], column.type).cast(target)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
                raise LoadError(f"{table_file.relative}, row {row + 1}, column {field['name']}: "
                                f"{value!r} is not a valid {field.get('type', 'string')}") from None
        raise


def _as_enum(table_file: TableFile, name: str, column: Any, values: list[str]) -> Any:
    """Dictionary-encode with exactly the declared values, in declared order."""
    import pyarrow as pa
    import pyarrow.compute as pc

    dictionary = pa.array(values, pa.string())
    combined = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    indices = pc.index_in(combined, value_set=dictionary)
    strays = pc.and_(pc.is_null(indices), pc.is_valid(combined))
    if pc.any(strays).as_py():
        row = pc.index(strays, True).as_py()
        raise LoadError(f"{table_file.relative}, row {row + 1}, column {name}: "
                        f"{combined[row].as_py()!r} is not one of {', '.join(values)}")
    return pa.DictionaryArray.from_arrays(indices.cast(pa.int8()), dictionary)


# --- engines --------------------------------------------------------------------------------


def _pandas_dtype(arrow_type: pa.DataType) -> Any:
    """Nullable pandas dtypes; dates and lists stay Arrow-backed (dates, not timestamps)."""
    import pandas as pd
    import pyarrow as pa

    if pa.types.is_string(arrow_type):
        return pd.StringDtype("pyarrow")
    if pa.types.is_integer(arrow_type):
        return pd.Int64Dtype()
    if pa.types.is_floating(arrow_type):
        return pd.Float64Dtype()
    if pa.types.is_boolean(arrow_type):
        return pd.BooleanDtype()
    if pa.types.is_date(arrow_type) or pa.types.is_list(arrow_type):
        return pd.ArrowDtype(arrow_type)
    return None  # dictionaries become pandas categoricals


def to_pandas(table: pa.Table) -> Any:
    return table.to_pandas(types_mapper=_pandas_dtype)


def to_polars(table: pa.Table) -> Any:
    """A polars frame; enumerations become ``pl.Enum`` with the declared categories."""
    import pyarrow as pa

    try:
        import polars as pl
    except ImportError:
        raise ImportError("engine='polars' needs polars: pip install 'warta[polars]'") from None
    enums = {}
    columns = []
    for name, column in zip(table.column_names, table.columns):
        if pa.types.is_dictionary(column.type):
            enums[name] = column.chunk(0).dictionary.to_pylist() if column.num_chunks else []
            column = column.cast(pa.string())
        columns.append(column)
    frame = pl.from_arrow(pa.table(columns, names=table.column_names))
    return frame.with_columns([pl.col(name).cast(pl.Enum(values)) for name, values in enums.items()])


_CONVERTERS = {"arrow": lambda table: table, "pandas": to_pandas, "polars": to_polars}


class Release(Mapping[str, Any]):
    """The tables of a release by name, as frames of one engine; also reachable as attributes.

    ``release["quotes"]`` and ``release.quotes`` are the same frame; ``release.descriptor``
    is the release's ``datapackage.json``.
    """

    def __init__(self, tables: dict[str, Any], descriptor: Mapping[str, Any], engine: str, origin: str):
        self._tables = tables
        self.descriptor = descriptor
        self.engine = engine
        self.origin = origin

    @property
    def name(self) -> str | None:
        return self.descriptor.get("name")

    @property
    def version(self) -> str | None:
        return self.descriptor.get("version")

    def __getitem__(self, table: str) -> Any:
        return self._tables[table]

    def __iter__(self) -> Iterator[str]:
        return iter(self._tables)

    def __len__(self) -> int:
        return len(self._tables)

    def __getattr__(self, table: str) -> Any:
        tables = self.__dict__.get("_tables", {})
        if table in tables:
            return tables[table]
        raise AttributeError(f"release has no table {table!r} (tables: {', '.join(tables)})")

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(self._tables))

    def __repr__(self) -> str:
        label = f"{self.name}-{self.version}" if self.name else self.origin
        return f"<Release {label} ({self.engine}): {', '.join(self._tables)}>"


def load(path: str | Path, engine: Engine = "pandas", format: Format | None = None,
         tables: list[str] | None = None) -> Release:
    """Every table of the release at ``path`` as ``engine`` frames with the declared types.

    ``path`` is a release folder, its ``datapackage.json``, or a ``.zip`` of a release.
    ``engine`` is ``"pandas"`` (nullable dtypes, categoricals, Arrow-backed dates and lists),
    ``"polars"`` (``Date``, ``Int64``, ``Enum``, ``List(String)``) or ``"arrow"``
    (``date32``, ``int64``, dictionary, ``list<string>``). Parquet files are read unless
    ``format="csv"``; ``tables`` limits the tables read.

    Raises :class:`LoadError` naming the file (and row and column) when the release is
    unreadable or unsafe.

    Example::

        release = warta.load("dist/warta-sample-0.1.0")
        release.quotes.groupby("speaker").size()
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    convert = _CONVERTERS[engine]
    with open_release(path) as release:
        files = release.table_files(format)
        wanted = list(files) if tables is None else list(tables)
        unknown = [name for name in wanted if name not in files]
        if unknown:
            raise LoadError(f"{release.origin}: no table {', '.join(unknown)} "
                            f"(tables: {', '.join(files) or 'none'})")
        frames = {name: convert(read_table(files[name])) for name in wanted}
        return Release(frames, release.descriptor, engine, release.origin)
