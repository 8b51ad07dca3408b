"""The schemas committed under top-level ``schema/``: written from the declarations, checked for drift."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from warta.schema.declarations import TABLES
from warta.schema.json_schema import row_schema
from warta.schema.table_schema import table_schema

DEFAULT_SCHEMA_DIR = Path("schema")


def published_files() -> dict[str, Any]:
    """File name → content of every published schema."""
    files: dict[str, Any] = {}
    for table in TABLES:
        files[f"{table.name}.tableschema.json"] = table_schema(table)
        files[f"{table.name}.row.schema.json"] = row_schema(table)
    return files


def render(content: Any) -> str:
    return json.dumps(content, ensure_ascii=False, indent=2) + "\n"


def write_schemas(folder: Path = DEFAULT_SCHEMA_DIR) -> list[Path]:
    """Write every published schema into ``folder`` and return the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in published_files().items():
        path = folder / name
        path.write_text(render(content), encoding="utf-8")
        written.append(path)
    return written


def schema_drift(folder: Path = DEFAULT_SCHEMA_DIR) -> list[str]:
    """Names of published schema files that are missing, stale or unexpected in ``folder``."""
    expected = published_files()
    drift = []
    for name, content in expected.items():
        path = folder / name
        if not path.is_file():
            drift.append(f"{name}: missing")
        elif path.read_text(encoding="utf-8") != render(content):
            drift.append(f"{name}: differs from the table declarations")
    if folder.is_dir():
        for path in sorted(folder.glob("*.json")):
            if path.name not in expected:
                drift.append(f"{path.name}: no table declares it")
    return drift
