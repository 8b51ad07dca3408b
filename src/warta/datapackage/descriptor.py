"""The ``datapackage.json`` (Data Package v2) describing a release."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from warta import __version__
from warta.config import DatasetConfig
from warta.datapackage.citation import contributors
from warta.schema.declarations import TABLES, Table
from warta.schema.table_schema import table_schema

DATA_PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
DATA_RESOURCE_PROFILE = "https://datapackage.org/profiles/2.0/dataresource.json"
FORMATS = {
    # format: (resource name suffix, mediatype)
    "csv": ("", "text/csv"),
    "parquet": ("-parquet", "application/vnd.apache.parquet"),
}


def resource_name(table: str, format: str) -> str:
    """CSV resources carry the table's name; Parquet ones add ``-parquet``."""
    return table + FORMATS[format][0]


def file_digest(path: Path) -> tuple[int, str]:
    """(bytes, sha256 hex) of a file, read in blocks."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()


def created_timestamp(published: list[dt.date]) -> str:
    """When the release was made, from its inputs: SOURCE_DATE_EPOCH, else the newest publication date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        moment = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    elif published:
        moment = dt.datetime.combine(max(published), dt.time(), dt.timezone.utc)
    else:
        moment = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def resource_descriptor(table: Table, format: str, root: Path,
                        digests: Mapping[str, tuple[int, str]] | None = None) -> dict[str, Any]:
    """The resource of one table in one format, with the size and hash of its file (from ``digests``,
    by path relative to ``root``, when known)."""
    path = f"data/{table.name}.{format}"
    size, sha = (digests or {}).get(path) or file_digest(root / path)
    schema = table_schema(table)
    suffix = FORMATS[format][0]
    for fk in schema.get("foreignKeys", []):
        fk["reference"]["resource"] += suffix
    resource: dict[str, Any] = {
        "$schema": DATA_RESOURCE_PROFILE,
        "name": resource_name(table.name, format),
        "type": "table",
        "title": f"{table.title} ({format.upper() if format == 'csv' else 'Parquet'})",
        "description": table.description,
        "path": path,
        "format": format,
        "mediatype": FORMATS[format][1],
    }
    if format == "parquet":
        # frictionless-py reads Parquet without counting its bytes and reports every declared
        # `bytes`/`hash` as a mismatch; the same figures go under `integrity` instead.
        resource["integrity"] = {"bytes": size, "hash": f"sha256:{sha}"}
    else:
        resource.update(bytes=size, hash=f"sha256:{sha}")
    if format == "csv":
        resource["encoding"] = "utf-8"
        resource["dialect"] = {"header": True, "delimiter": ",", "quoteChar": "\"", "lineTerminator": "\n"}
    resource["schema"] = schema
    return resource


def package_descriptor(config: DatasetConfig, root: Path, created: str,
                       digests: Mapping[str, tuple[int, str]] | None = None) -> dict[str, Any]:
    """The descriptor of a release whose data files are already written under ``root`` (``digests``:
    their sizes and hashes where already known, by relative path)."""
    descriptor: dict[str, Any] = {
        "$schema": DATA_PACKAGE_PROFILE,
        "name": config.name,
        "title": config.title,
        "description": config.description,
        "version": config.version,
        "created": created,
    }
    if config.homepage:
        descriptor["homepage"] = config.homepage
    if config.keywords:
        descriptor["keywords"] = list(config.keywords)
    descriptor["licenses"] = list(config.licenses)
    descriptor["sources"] = list(config.sources)
    descriptor["contributors"] = contributors(config)
    descriptor["resources"] = [resource_descriptor(table, format, root, digests)
                               for table in TABLES for format in FORMATS]
    descriptor["warta"] = {"version": __version__}
    return {key: value for key, value in descriptor.items() if value not in ("", None)}
