"""Writing a release: every table as Parquet and CSV, then ``datapackage.json``.

The release is written into a temporary folder beside its destination and renamed into
place only when complete, so a reader sees the previous release or the new one, never
half of one. Writer options are fixed so that the same tables give the same bytes.
"""

from __future__ import annotations

import errno
import glob
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from warta.config import DatasetConfig
from warta.datapackage.descriptor import created_timestamp, file_digest, package_descriptor
from warta.datapackage.documents import release_documents
from warta.schema.arrow import arrow_schema
from warta.schema.declarations import TABLES, Table

CHECKSUMS = "SHA256SUMS"

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
    pacsv.write_csv(table, path, write_options=CSV_OPTIONS)


CSV_OPTIONS = pacsv.WriteOptions(include_header=True, quoting_style="needed", delimiter=",")

#: Rows per Parquet row group when a table is written batch by batch. A table with fewer rows
#: is one row group, exactly as :func:`write_parquet` writes it; articles carry whole bodies,
#: so their groups are smaller to keep memory flat.
ROW_GROUP_ROWS: dict[str, int] = {"articles": 8_192}
DEFAULT_ROW_GROUP_ROWS = 65_536


def row_group_rows(table: str) -> int:
    return ROW_GROUP_ROWS.get(table, DEFAULT_ROW_GROUP_ROWS)


class TableWriter:
    """One table written as ``<table>.parquet`` and ``<table>.csv``, one row group at a time.

    Uses the writer options of :func:`write_parquet` and :func:`write_csv`, so a table
    written in one piece gives the same bytes as those functions.
    """

    def __init__(self, table: Table, folder: Path):
        self.schema = arrow_schema(table)
        folder.mkdir(parents=True, exist_ok=True)
        self.parquet = pq.ParquetWriter(folder / f"{table.name}.parquet", self.schema, **PARQUET_OPTIONS)
        self.csv = pacsv.CSVWriter(folder / f"{table.name}.csv", self.schema, write_options=CSV_OPTIONS)
        self.rows = 0

    def write(self, rows: pa.Table) -> None:
        """Append ``rows`` (already in the table's schema) as one row group."""
        self.parquet.write_table(rows)
        self.csv.write_table(rows)
        self.rows += rows.num_rows

    def close(self) -> None:
        if self.rows == 0:
            self.parquet.write_table(self.schema.empty_table())
        self.parquet.close()
        self.csv.close()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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


def release_created(tables: Mapping[str, pa.Table]) -> str:
    """The ``created`` timestamp of a release of these tables (never the clock)."""
    return created_timestamp(publication_dates(tables))


def sha256sums(root: Path, digests: Mapping[str, tuple[int, str]] | None = None) -> str:
    """``sha256sum -c`` input for every file under ``root``, sorted by path (``digests``: the sizes
    and hashes already known, by relative path)."""
    lines = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.name != CHECKSUMS):
        relative = path.relative_to(root).as_posix()
        lines.append(f"{((digests or {}).get(relative) or file_digest(path))[1]}  {relative}")
    return "\n".join(lines) + "\n"


def data_digests(root: Path) -> dict[str, tuple[int, str]]:
    """(bytes, sha256) of every data file, by relative path, hashed once for the descriptor and the
    checksums, two files at a time (hashing releases the interpreter lock)."""
    from concurrent.futures import ThreadPoolExecutor

    paths = sorted((root / "data").glob("*"))
    with ThreadPoolExecutor(2) as pool:
        return {path.relative_to(root).as_posix(): digest for path, digest in zip(paths, pool.map(file_digest, paths))}


def write_release(tables: Mapping[str, pa.Table], config: DatasetConfig, destination: Path,
                  extra_files: Mapping[str, str | bytes] | None = None, created: str | None = None,
                  sources: Path | None = None) -> Path:
    """Write a complete release to ``destination`` atomically and return its path.

    With ``sources`` (the corpus folder) the release gets its documents (card, citation, plots,
    changelog) as a build writes them; ``extra_files`` maps relative paths to further text or
    bytes written beside the data.
    """
    created = created or release_created(tables)
    with staged_release(destination) as staging:
        write_tables(tables, staging)
        files = dict(release_documents(staging, config, sources, created)) if sources is not None else {}
        finish_release(staging, config, created, {**files, **(extra_files or {})})
    return destination.resolve()


@contextmanager
def staged_release(destination: Path) -> Iterator[Path]:
    """A staging folder beside ``destination``, swapped into place when the block succeeds.

    When the block raises, the staging folder is removed and ``destination`` is untouched.
    """
    destination = destination.resolve()
    destination.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(destination)
    staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}.{os.getpid()}.", dir=destination.parent))
    try:
        yield staging
        os.chmod(staging, 0o755)
        _replace_directory(staging, destination)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def finish_release(root: Path, config: DatasetConfig, created: str,
                   extra_files: Mapping[str, str | bytes] | None = None) -> None:
    """Extra files, ``datapackage.json`` and, last, ``SHA256SUMS`` of every file for a release
    whose data files are written."""
    for relative, content in sorted((extra_files or {}).items()):
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            (root / relative).write_bytes(content)
        else:
            (root / relative).write_text(content, encoding="utf-8", newline="\n")
    digests = data_digests(root)
    write_json(package_descriptor(config, root, created, digests), root / "datapackage.json")
    (root / CHECKSUMS).write_text(sha256sums(root, digests), encoding="utf-8", newline="\n")


def _replace_directory(new: Path, destination: Path) -> None:
    """Swap ``new`` into ``destination``; the old release stays whole until the swap."""
    if not destination.exists():
        new.rename(destination)
        return
    if _exchange(new, destination):
        shutil.rmtree(new, ignore_errors=True)  # now the old release
        return
    # No atomic exchange here: two renames, with a moment in between when destination is missing.
    retired = destination.with_name(f".{destination.name}.old-{os.getpid()}")
    destination.rename(retired)
    try:
        new.rename(destination)
    except BaseException:
        retired.rename(destination)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two directories in one atomic step (Linux ``renameat2(RENAME_EXCHANGE)``); False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):  # old kernel or a file system without it
        return False
    raise OSError(code, os.strerror(code), str(second))


def remove_stale_staging(destination: Path) -> None:
    """Remove what builds killed before finishing left beside ``destination``: staging and retired folders.

    Their names carry the ID of the process that made them; a folder whose process is gone is stale.
    """
    prefix = f".{destination.name}."
    for leftover in destination.parent.glob(f"{glob.escape(prefix)}*"):
        owner = leftover.name[len(prefix):].removeprefix("old-").split(".")[0]
        if owner.isdigit() and not _process_alive(int(owner)) and leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True
