"""The streaming build: same bytes as the in-memory reference, whatever the jobs or executor.

Uses a synthetic corpus (benchmarks/synthetic.py) with duplicate pages and empty files, so
that duplicates, rejects and the actor merge are exercised across worker batches.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from tests.conftest import CORPUS, ROOT
from warta.build.corpus import build_tables, rechunk
from warta.build.run import build
from warta.config import load_config
from warta.datapackage.write import write_release
from warta.schema.declarations import TABLES
from warta.sources import read_sources

sys.path.insert(0, str(ROOT / "benchmarks"))
import synthetic  # noqa: E402


def digests(root: Path) -> dict[str, str]:
    return {path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(root.rglob("*")) if path.is_file()}


def reference_release(source: Path, output: Path) -> Path:
    """The release the in-memory build (every row held in Python lists) writes."""
    config = load_config(source)
    return write_release(build_tables(read_sources([source])), config, output / config.package_name,
                         sources=source)


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    return synthetic.generate(150, tmp_path_factory.mktemp("pages"), seed=7, duplicates=0.08, empty=0.03)


@pytest.fixture(scope="module")
def serial(pages, tmp_path_factory):
    return build([pages], tmp_path_factory.mktemp("serial"), jobs=1, batch_size=16)


def test_sample_corpus_bytes_match_the_in_memory_build(sample_release, tmp_path):
    reference = reference_release(CORPUS, tmp_path)
    assert digests(sample_release.path) == digests(reference)


def test_synthetic_corpus_has_duplicates_rejects_and_shared_actors(serial):
    rejects = serial.tables["rejects"].column("reason").to_pylist()
    assert any(reason.startswith("duplicate of ") for reason in rejects)
    assert "empty document" in rejects
    assert serial.counts["articles"] + serial.counts["rejects"] == 150
    mentions = serial.tables["mentions"].column("actor_id").to_pylist()
    assert len(set(mentions)) < len(mentions)  # actors merged across articles


def test_streaming_build_matches_the_in_memory_build(pages, serial, tmp_path):
    assert digests(serial.path) == digests(reference_release(pages, tmp_path))


def test_jobs_do_not_change_a_byte(pages, serial, tmp_path):
    parallel = build([pages], tmp_path, jobs=2, batch_size=8)
    assert digests(parallel.path) == digests(serial.path)


def test_many_row_groups_are_the_same_across_jobs(pages, serial, tmp_path, monkeypatch):
    from warta.datapackage import write

    monkeypatch.setattr(write, "ROW_GROUP_ROWS", {"articles": 16})
    monkeypatch.setattr(write, "DEFAULT_ROW_GROUP_ROWS", 100)
    one = build([pages], tmp_path / "one", jobs=1, batch_size=16)
    two = build([pages], tmp_path / "two", jobs=2, batch_size=5)
    assert digests(one.path) == digests(two.path)
    articles = pq.ParquetFile(one.path / "data" / "articles.parquet")
    assert articles.metadata.num_row_groups == -(-serial.counts["articles"] // 16)
    assert [g for g in range(articles.metadata.num_row_groups)
            if articles.metadata.row_group(g).num_rows != 16] in ([], [articles.metadata.num_row_groups - 1])
    for table in TABLES:  # the same rows as the single-row-group release
        assert one.tables[table.name].equals(serial.tables[table.name]), table.name


def test_sorting_a_table_in_ranges_of_its_key_gives_the_same_release(pages, serial, tmp_path, monkeypatch):
    # Tables with more text than one sort may hold are sorted range by range (large corpora).
    from warta.build.corpus import MergedCorpus

    monkeypatch.setattr(MergedCorpus, "sort_text_bytes", 4_000)
    ranged = build([pages], tmp_path, jobs=1, batch_size=16)
    assert digests(ranged.path) == digests(serial.path)


def test_key_ranges_cover_a_table_once_in_order(pages, tmp_path):
    from warta.build.corpus import MergedCorpus
    from warta.build.run import stage_documents

    stage_documents([pages], tmp_path / "stage", jobs=1, batch_size=16)
    corpus = MergedCorpus(tmp_path / "stage", tmp_path / "merge")
    try:
        corpus.sort_text_bytes = 4_000
        ranges = corpus._key_ranges("articles", '"article_id"')
        assert len(ranges) > 3 and ranges[0][0] is None and ranges[-1][1] is None
        assert all(high == low for (_, high), (low, _) in zip(ranges, ranges[1:]))
        ids = [batch for table in corpus.sorted_batches("articles", 7) for batch in table.column("article_id").to_pylist()]
        assert ids == sorted(ids) and len(ids) == corpus.count("articles")
    finally:
        corpus.close()


def test_dask_local_cluster_gives_the_same_release(pages, serial, tmp_path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        distributed = build([pages], tmp_path, executor="dask", scheduler=cluster.scheduler_address, batch_size=8)
    assert digests(distributed.path) == digests(serial.path)


def test_rechunk_gives_exact_groups_whatever_the_batches():
    batches = [pa.record_batch({"x": pa.array(range(start, start + size), pa.int64())})
               for start, size in ((0, 3), (3, 0), (3, 11), (14, 1), (15, 7))]
    groups = list(rechunk(batches, 5))
    assert [g.num_rows for g in groups] == [5, 5, 5, 5, 2]
    assert pa.concat_tables(groups).column("x").to_pylist() == list(range(22))


def test_cli_rejects_a_scheduler_without_dask_and_zero_jobs(tmp_path):
    from warta.cli import cli

    result = CliRunner().invoke(cli, ["build", str(CORPUS), "-o", str(tmp_path), "--scheduler", "tcp://x:1"])
    assert result.exit_code == 2 and "--executor dask" in result.output
    result = CliRunner().invoke(cli, ["build", str(CORPUS), "-o", str(tmp_path), "--jobs", "0"])
    assert result.exit_code == 2 and not (tmp_path / "warta-sample-0.1.0").exists()


def test_cli_unreachable_scheduler_is_an_input_error(tmp_path):
    from warta.build.executors import DaskExecutor, ExecutorError

    with pytest.raises(ExecutorError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        DaskExecutor("tcp://127.0.0.1:9", 1, timeout=1)


def written_rejects(tmp_path: Path) -> list:
    import pyarrow.parquet as pq

    release = next(p for p in tmp_path.iterdir() if (p / "datapackage.json").is_file())
    return pq.read_table(release / "data" / "rejects.parquet").to_pylist()


def test_cli_without_a_terminal_prints_no_progress_bar(pages, tmp_path):
    from warta.cli import cli

    result = CliRunner().invoke(cli, ["build", str(pages), "-o", str(tmp_path), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "pages/s" not in result.output and "wrote" in result.output
    quiet = CliRunner().invoke(cli, ["build", str(pages), "-o", str(tmp_path), "--jobs", "1", "--quiet"])
    # Quiet leaves only the warnings about rejected pages.
    assert quiet.exit_code == 0 and "pages/s" not in quiet.output and "wrote" not in quiet.output
    assert quiet.output.count("warning:") == len(written_rejects(tmp_path))


def test_a_script_without_a_main_guard_builds_with_every_core(tmp_path):
    # Worker pools re-import a script's __main__; the build must not depend on a main guard
    # when it needs no worker processes for the documents (one batch).
    script = tmp_path / "script.py"
    script.write_text(f"from pathlib import Path\nfrom warta.build.run import build\n"
                      f"build([Path({str(CORPUS)!r})], Path({str(tmp_path / 'out')!r}), jobs=2)\n")
    finished = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True,
                              timeout=300)
    assert finished.returncode == 0, finished.stderr
    config = load_config(CORPUS)
    assert digests(tmp_path / "out" / config.package_name) == digests(reference_release(CORPUS, tmp_path / "ref"))


def test_a_speaker_written_in_two_cases_is_named_as_its_actor(tmp_path):
    """ "Perum BULOG" on one page, "Perum Bulog" on another: one actor, and every quote names it the same way."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for number, spelling in enumerate(("Perum BULOG", "Perum Bulog")):
        (pages / f"page{number}.txt").write_text(
            f"Stok beras aman menjelang Natal {number}\n\n"
            f"KUPANG - Gudang di Kupang menyimpan {2000 + number} ton beras menjelang Natal.\n\n"
            f"\"Stok kami cukup sampai Maret,\" kata {spelling} dalam keterangan tertulis.\n", encoding="utf-8")
    streamed = build([pages], tmp_path / "streamed", jobs=1)
    in_memory = build_tables(read_sources([pages]))
    for tables in (streamed.tables, in_memory):
        names = dict(zip(tables["actors"].column("actor_id").to_pylist(), tables["actors"].column("name").to_pylist()))
        quotes = tables["quotes"].to_pylist()
        assert len(quotes) == 2 and len({quote["actor_id"] for quote in quotes}) == 1
        assert all(quote["speaker"] == names[quote["actor_id"]] == "Perum BULOG" for quote in quotes)
