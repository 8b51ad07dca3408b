"""The whole build: sources → tables → checks → a written release, streaming.

Documents are read and sent in numbered batches to an executor (this process, every local
core, or a Dask cluster); the rows that come back are spilled to Parquet files as they
arrive; DuckDB merges them on disk (duplicates, actors, sorting); corpus-wide rules run
there in SQL; then every table is streamed out in sorted row groups, each validated row by
row and written as Parquet and CSV into a staging folder that becomes the release only when
every check passed. Memory stays flat however large the corpus.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pyarrow as pa

from warta.build.registry import ActorRegistry
from warta.build.corpus import MergedCorpus, Stage, build_batch, document_batches
from warta.build.executors import (DaskExecutor, InlineExecutor, ProcessExecutor, map_in_order, open_executor,
                                   single_or_all)
from warta.config import DatasetConfig, load_config
from warta.datapackage.checks import Problem
from warta.datapackage.corpus_checks import ProblemLog, batch_problems, database_problems
from warta.datapackage.descriptor import created_timestamp
from warta.datapackage.documents import release_documents
from warta.datapackage.plots import draw_plots
from warta.datapackage.write import TableWriter, finish_release, row_group_rows, staged_release
from warta.schema.arrow import arrow_schema
from warta.schema.declarations import TABLES
from warta.sources.documents import work_items
from warta.sources.discovery import discover, glob_root, is_glob

DEFAULT_CORPUS = Path("corpus")
DEFAULT_OUTPUT = Path("dist")
#: Documents per unit of work sent to a worker: large enough to make the hand-over cheap.
DEFAULT_BATCH_SIZE = 64


class BuildFailed(Exception):
    """The built tables failed validation; nothing was written."""

    def __init__(self, problems: list[Problem], total: int | None = None):
        self.total = len(problems) if total is None else total
        super().__init__(f"{self.total} validation problem(s)")
        self.problems = problems


@dataclass
class BuildResult:
    """What a build wrote; ``tables`` reads the written Parquet files back when asked."""

    path: Path
    config: DatasetConfig
    counts: dict[str, int] = field(default_factory=dict)

    @cached_property
    def tables(self) -> dict[str, pa.Table]:
        import pyarrow.parquet as pq

        return {table.name: pq.read_table(self.path / "data" / f"{table.name}.parquet") for table in TABLES}


def corpus_root(sources: Sequence[Path]) -> Path:
    """The folder whose warta.toml describes the dataset: the first source folder (or its parent)."""
    first = sources[0] if sources else DEFAULT_CORPUS
    if is_glob(first):
        return glob_root(str(first))
    return first if first.is_dir() else first.parent


def count_sources(sources: Sequence[Path]) -> int:
    return sum(1 for _ in discover(sources))


def build(sources: Sequence[Path] = (DEFAULT_CORPUS,), output: Path = DEFAULT_OUTPUT,
          config: DatasetConfig | None = None, progress: Callable[[int], None] | None = None, *,
          jobs: int | None = None, executor: str = "local", scheduler: str | None = None,
          batch_size: int = DEFAULT_BATCH_SIZE, phase: Callable[[str], None] | None = None,
          registry: ActorRegistry | None = None, strict: bool = False, destination: Path | None = None,
          quality: Mapping[str, float | None] | None = None) -> BuildResult:
    """Build the sources into ``output/<name>-<version>/`` (or ``destination``) and return what was written.

    ``jobs`` worker processes (default: every core) do the per-document work, or, with
    ``executor="dask"``, the Dask cluster whose scheduler is at ``scheduler`` (default: a
    local cluster of ``jobs`` workers). The output is the same whichever runs it and whatever
    order the sources come in. ``quality`` figures go into the dataset card. ``progress`` is called with the number of documents done after each batch; ``phase``
    with the name of each later step. A ``registry`` of known actors renames aliases to
    their registry names and attaches external IDs.

    Raises :class:`BuildFailed` (writing nothing) when the tables fail validation, or when
    ``strict`` and any source was rejected, and :class:`warta.build.executors.ExecutorError`
    when the executor cannot start.
    """
    sources = list(sources) or [DEFAULT_CORPUS]
    root = corpus_root(sources)
    config = config or load_config(root)
    destination = destination or output / config.package_name
    output = destination.parent
    output.mkdir(parents=True, exist_ok=True)
    # Work files go beside the release (same disk), never into memory-backed /tmp.
    # The process ID in the name lets a later build remove it if this one is killed.
    work = Path(tempfile.mkdtemp(prefix=f".{config.package_name}.{os.getpid()}.work-", dir=output))
    try:
        stage_documents(sources, work / "stage", progress, jobs=jobs, executor=executor,
                        scheduler=scheduler, batch_size=batch_size, registry=registry)
        if phase:
            phase("merging")
        corpus = MergedCorpus(work / "stage", work / "merge", threads=jobs)
        try:
            if strict:
                fail_on_rejects(corpus)
            # Started after the merge, whose memory DuckDB may take: the peaks do not add up.
            plots = PlotDrawer(background=jobs != 1)
            try:
                counts = write_validated(corpus, config, destination, phase, root, quality, plots)
            finally:
                plots.close()
        finally:
            corpus.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return BuildResult(destination.resolve(), config, counts)


def stage_documents(sources: Sequence[Path], folder: Path, progress: Callable[[int], None] | None = None, *,
                    jobs: int | None = None, executor: str = "local", scheduler: str | None = None,
                    batch_size: int = DEFAULT_BATCH_SIZE, registry: ActorRegistry | None = None) -> Stage:
    """Read, build and spill every document under ``sources`` to ``folder``."""
    stage = Stage(folder)
    runner = open_executor(executor, jobs, scheduler)
    try:
        # Local workers read and decode their own files; a Dask cluster's workers may not see them.
        items = work_items(sources, defer=not isinstance(runner, DaskExecutor))
        single, batches = single_or_all(document_batches(items, batch_size, registry))
        if single and isinstance(runner, ProcessExecutor):
            runner = InlineExecutor()  # one batch: starting worker processes would cost more than it saves
        for tables in map_in_order(runner, build_batch, batches):
            stage.add(tables)
            if progress:
                # Every document becomes one article or one reject.
                progress(tables["articles"].num_rows + tables["rejects"].num_rows)
    finally:
        runner.close()
    stage.close()
    return stage


def fail_on_rejects(corpus: MergedCorpus, shown: int = 50) -> None:
    """Raise :class:`BuildFailed` listing the rejects, for strict builds that accept none."""
    total = corpus.count("rejects")
    if not total:
        return
    rows = corpus.con.sql(f"SELECT source, reason, position FROM final_rejects ORDER BY source LIMIT {shown}")
    problems = [Problem("rejects", "strict: every source must become an article",
                        f"{source}{' at ' + position if position else ''}: {reason}", row=index, column="source")
                for index, (source, reason, position) in enumerate(rows.fetchall())]
    raise BuildFailed(problems, total)


class PlotDrawer:
    """The release's plots, drawn (with ``background``) by a child Python while the tables are
    written: matplotlib's import and drawing then cost the build no time on a second core.

    A plain child interpreter rather than a multiprocessing pool: it never re-imports the caller's
    ``__main__``, so scripts that call :func:`build` without a main guard work. Should the child
    fail, the plots are drawn here; the bytes are the same either way.
    """

    def __init__(self, background: bool):
        self.child: subprocess.Popen | None = None
        if background:
            try:
                self.child = subprocess.Popen([sys.executable, "-m", "warta.datapackage.plots"],
                                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                              stderr=subprocess.DEVNULL)
            except OSError:
                self.child = None
        self.rows: tuple | None = None

    def start(self, corpus: MergedCorpus) -> None:
        self.rows = corpus.plot_rows()

    def result(self) -> dict[str, bytes]:
        if self.child is not None:
            try:
                output, _ = self.child.communicate(json.dumps(self.rows).encode())
                if self.child.returncode == 0:
                    return {path: base64.b64decode(png) for path, png in json.loads(output).items()}
            except (OSError, ValueError):
                pass
            finally:
                self.child = None
        return draw_plots(*self.rows)

    def close(self) -> None:
        if self.child is not None:
            self.child.kill()
            self.child.wait()
            self.child = None


def write_validated(corpus: MergedCorpus, config: DatasetConfig, destination: Path,
                    phase: Callable[[str], None] | None = None, sources: Path = DEFAULT_CORPUS,
                    quality: Mapping[str, float | None] | None = None,
                    plots: PlotDrawer | None = None) -> dict[str, int]:
    """Check the merged tables and write them as a release; raise :class:`BuildFailed` on any problem.

    ``sources`` is the corpus folder, whose name and changelog go into the release's documents.
    """
    plots = plots or PlotDrawer(background=False)
    plots.start(corpus)
    log = ProblemLog()
    if phase:
        phase("checking keys and cross-table rules")
    database_problems(corpus.con, log)
    counts: dict[str, int] = {}
    with staged_release(destination) as root:
        for table in TABLES:
            if phase:
                phase(f"validating and writing {table.name}")
            schema = arrow_schema(table)
            with TableWriter(table, root / "data") as writer:
                row = 0
                for rows in corpus.sorted_batches(table.name, row_group_rows(table.name)):
                    found = batch_problems(table, rows, row)
                    log.extend(found)
                    if not log:
                        writer.write(rows.cast(schema))
                    row += rows.num_rows
            counts[table.name] = row
        if log:
            raise BuildFailed(log.kept, log.total)
        if phase:
            phase("writing the dataset card, citation and plots")
        created = created_timestamp(corpus.newest_publication())
        finish_release(root, config, created,
                       release_documents(root, config, sources, created, quality, plots.result()))
    return counts
