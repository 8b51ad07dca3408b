"""The dataset description a corpus carries in ``warta.toml``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CONFIG_FILE = "warta.toml"
_NAME = re.compile(r"^[a-z0-9._-]+$")
_SEMVER = re.compile(r"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$")


class ConfigError(Exception):
    """A warta.toml that cannot be used, with the file and key."""


@dataclass(frozen=True)
class DatasetConfig:
    """Name, version and provenance of the dataset a corpus is published as."""

    name: str
    title: str
    version: str
    description: str = ""
    licenses: list[dict[str, str]] = field(default_factory=list)
    sources: list[dict[str, str]] = field(default_factory=list)
    contributors: list[dict[str, str]] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    homepage: str | None = None

    @property
    def package_name(self) -> str:
        return f"{self.name}-{self.version}"


def default_config(root: Path) -> DatasetConfig:
    """What a corpus without warta.toml is published as."""
    name = re.sub(r"[^a-z0-9._-]+", "-", root.resolve().name.casefold()).strip("-") or "corpus"
    return DatasetConfig(name=name, title=f"News corpus {name}", version="0.1.0")


def load_config(root: Path) -> DatasetConfig:
    """Read ``warta.toml`` from a corpus folder (defaults when there is none)."""
    path = root / CONFIG_FILE if root.is_dir() else root
    if not path.is_file():
        return default_config(root if root.is_dir() else root.parent)
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: {error}") from None
    dataset = data.get("dataset", data)
    for key in ("name", "title", "version"):
        if not isinstance(dataset.get(key), str) or not dataset[key]:
            raise ConfigError(f"{path}: [dataset] needs a {key!r} string")
    if not _NAME.match(dataset["name"]):
        raise ConfigError(f"{path}: name {dataset['name']!r} must be lower-case letters, digits, '.', '_' or '-'")
    if not _SEMVER.match(dataset["version"]):
        raise ConfigError(f"{path}: version {dataset['version']!r} is not semantic (MAJOR.MINOR.PATCH)")
    licenses = dataset.get("licenses") or ([{"name": dataset["license"]}] if "license" in dataset else [])
    return DatasetConfig(
        name=dataset["name"],
        title=dataset["title"],
        version=dataset["version"],
        description=dataset.get("description", ""),
        licenses=list(licenses),
        sources=list(dataset.get("sources", [])),
        contributors=list(dataset.get("contributors", [])),
        keywords=list(dataset.get("keywords", [])),
        homepage=dataset.get("homepage"),
    )
