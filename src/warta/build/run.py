"""The whole build: sources → tables → checks → a written release."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from warta.build.corpus import build_tables
from warta.config import DatasetConfig, load_config
from warta.datapackage.checks import Problem, check_tables
from warta.datapackage.write import write_release
from warta.sources import read_sources
from warta.sources.documents import discover

DEFAULT_CORPUS = Path("corpus")
DEFAULT_OUTPUT = Path("dist")


class BuildFailed(Exception):
    """The built tables failed validation; nothing was written."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} validation problem(s)")
        self.problems = problems


@dataclass
class BuildResult:
    """What a build wrote."""

    path: Path
    config: DatasetConfig
    tables: dict[str, pa.Table]

    @property
    def counts(self) -> dict[str, int]:
        return {name: table.num_rows for name, table in self.tables.items()}


def corpus_root(sources: Sequence[Path]) -> Path:
    """The folder whose warta.toml describes the dataset: the first source folder (or its parent)."""
    first = sources[0] if sources else DEFAULT_CORPUS
    return first if first.is_dir() else first.parent


def count_sources(sources: Sequence[Path]) -> int:
    return sum(1 for _ in discover(sources))


def build(sources: Sequence[Path] = (DEFAULT_CORPUS,), output: Path = DEFAULT_OUTPUT,
          config: DatasetConfig | None = None, progress: Callable[[str], None] | None = None) -> BuildResult:
    """Build the sources into ``output/<name>-<version>/`` and return what was written.

    Raises :class:`BuildFailed` (writing nothing) when the tables fail validation.
    """
    sources = list(sources) or [DEFAULT_CORPUS]
    config = config or load_config(corpus_root(sources))
    tables = build_tables(read_sources(sources), progress=progress)
    problems = check_tables(tables)
    if problems:
        raise BuildFailed(problems)
    path = write_release(tables, config, output / config.package_name)
    return BuildResult(path, config, tables)
