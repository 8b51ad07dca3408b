"""Writing a release: every table as Parquet and CSV, then ``datapackage.json``.

The release is written into a temporary folder beside its destination and renamed into
place only when complete, so a reader sees the previous release or the new one, never
half of one. Writer options are fixed so that the same tables give the same bytes.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from warta.config import DatasetConfig
from warta.datapackage.descriptor import created_timestamp, package_descriptor
from warta.schema.declarations import TABLES

PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 9,
    "use_dictionary": True,
    "write_statistics": True,
    "store_schema": False,  # no Arrow or pandas metadata: the descriptor is the schema
    "version": "2.6",
}


def write_parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, **PARQUET_OPTIONS)


def write_csv(table: pa.Table, path: Path) -> None:
    options = pacsv.WriteOptions(include_header=True, quoting_style="needed", delimiter=",")
    pacsv.write_csv(table, path, write_options=options)


def write_json(data: Any, path: Path) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_tables(tables: Mapping[str, pa.Table], root: Path) -> None:
    """Every table as ``data/<table>.parquet`` and ``data/<table>.csv`` under ``root``."""
    data = root / "data"
    data.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        write_parquet(tables[table.name], data / f"{table.name}.parquet")
        write_csv(tables[table.name], data / f"{table.name}.csv")


def publication_dates(tables: Mapping[str, pa.Table]) -> list:
    return tables["articles"].column("published").drop_null().to_pylist()


def write_release(tables: Mapping[str, pa.Table], config: DatasetConfig, destination: Path,
                  extra_files: Mapping[str, str] | None = None) -> Path:
    """Write a complete release to ``destination`` atomically and return its path.

    ``extra_files`` maps relative paths to text written beside the data (e.g. README.md).
    """
    destination = destination.resolve()
    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", dir=destination.parent))
    try:
        write_tables(tables, staging)
        for relative, text in (extra_files or {}).items():
            (staging / relative).parent.mkdir(parents=True, exist_ok=True)
            (staging / relative).write_text(text, encoding="utf-8")
        descriptor = package_descriptor(config, staging, created_timestamp(publication_dates(tables)))
        write_json(descriptor, staging / "datapackage.json")
        os.chmod(staging, 0o755)
        _replace_directory(staging, destination)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return destination


def _replace_directory(new: Path, destination: Path) -> None:
    """Swap ``new`` into ``destination``; the old release stays whole until the swap."""
    if not destination.exists():
        new.rename(destination)
        return
    retired = destination.with_name(f".{destination.name}.old-{os.getpid()}")
    destination.rename(retired)
    try:
        new.rename(destination)
    except BaseException:
        retired.rename(destination)
        raise
    shutil.rmtree(retired, ignore_errors=True)
