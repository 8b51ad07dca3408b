"""The documents a release carries beside its data: card, citation, plots and changelog.

They are made from the data files already written (only the few columns they need are read),
so a streaming build of any size can add them before the release is finished.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from warta.config import DatasetConfig
from warta.datapackage.card import dataset_card
from warta.datapackage.citation import citation_cff
from warta.datapackage.plots import release_plots
from warta.schema.declarations import TABLES

#: The dataset's changelog, kept beside warta.toml and copied into every release.
CHANGELOG = "CHANGELOG.md"
#: Columns the card and the plots read from the written tables.
SUMMARY_COLUMNS = {"articles": ["published", "language"], "quotes": ["speaker"], "dates": ["date"]}


def row_counts(root: Path) -> dict[str, int]:
    """Rows of every table of the release at ``root``, from the Parquet footers."""
    return {table.name: pq.ParquetFile(root / "data" / f"{table.name}.parquet").metadata.num_rows
            for table in TABLES}


def summary_columns(root: Path) -> dict[str, pa.Table]:
    """The columns the card and plots need, read from the release at ``root``."""
    return {name: pq.read_table(root / "data" / f"{name}.parquet", columns=columns)
            for name, columns in SUMMARY_COLUMNS.items()}


def release_documents(root: Path, config: DatasetConfig, sources: Path, created: str,
                      quality: Mapping[str, float | None] | None = None,
                      plots: Mapping[str, bytes] | None = None) -> dict[str, str | bytes]:
    """Card, citation, plots and changelog for the release whose data files are under ``root``.

    ``sources`` is the corpus folder (holding warta.toml and, if kept, CHANGELOG.md); ``plots``
    the plots already drawn from the same tables (see :func:`warta.datapackage.plots.draw_plots`).
    """
    released = dt.date.fromisoformat(created[:10])
    if plots is None:
        columns = summary_columns(root)
        plots = release_plots(columns)
    else:
        columns = {"articles": pq.read_table(root / "data" / "articles.parquet", columns=["language"])}
    languages = sorted(set(columns["articles"].column("language").drop_null().unique().to_pylist()))
    changelog = sources / CHANGELOG
    files: dict[str, str | bytes] = {
        "README.md": dataset_card(config, row_counts(root), languages, released, sources.resolve().name,
                                  quality, changelog.is_file()),
        "CITATION.cff": citation_cff(config, released),
        **plots,
    }
    if changelog.is_file():
        files[CHANGELOG] = changelog.read_text(encoding="utf-8")
    return files
