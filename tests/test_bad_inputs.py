"""Bad inputs never crash a build: every input is either an article or a reject, and --strict fails on rejects."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from warta.cli import cli

from tests.messy_corpus import make_messy_corpus


@pytest.fixture(scope="module")
def messy(tmp_path_factory):
    folder = tmp_path_factory.mktemp("messy") / "pages"
    articles, rejects = make_messy_corpus(folder)
    return folder, articles, rejects


def warta(*args):
    """``warta ARGS`` in a real subprocess."""
    return subprocess.run([sys.executable, "-m", "warta.cli", *map(str, args)], capture_output=True, text=True)


def warta_here(*args):
    """``warta ARGS`` in this process (faster: the imports are done): (exit code, output as one line)."""
    result = CliRunner().invoke(cli, list(map(str, args)))
    return result.exit_code, " ".join(result.output.split())


@pytest.fixture(scope="module")
def messy_build(messy, tmp_path_factory):
    folder, _, _ = messy
    out = tmp_path_factory.mktemp("out")
    completed = warta("build", folder, "-o", out)
    return completed, out / "pages-0.1.0"


def test_every_input_is_an_article_or_a_reject(messy, messy_build):
    _, articles, rejects = messy
    completed, release = messy_build
    assert completed.returncode == 0, completed.stderr
    built = {row["source"] for row in pq.read_table(release / "data" / "articles.parquet").to_pylist()}
    rejected = {row["source"]: row["reason"] for row in pq.read_table(release / "data" / "rejects.parquet").to_pylist()}
    assert built == articles
    assert set(rejected) == set(rejects)
    assert len(built) + len(rejected) == len(articles) + len(rejects)
    for source, reason in rejects.items():
        assert rejected[source].startswith(reason), (source, rejected[source])


def test_each_reject_is_a_warning_line(messy, messy_build):
    _, _, rejects = messy
    completed, _ = messy_build
    stderr = " ".join(completed.stderr.split())  # rich wraps long lines when not writing to a terminal
    assert stderr.count("warning:") == len(rejects)
    assert "warning: e-news.jsonl#2 at line 2, column 10: rejected: invalid JSON" in stderr
    assert "Traceback" not in completed.stderr


def test_given_fields_win_and_html_metadata_is_kept(messy_build):
    _, release = messy_build
    rows = {row["source"]: row for row in pq.read_table(release / "data" / "articles.parquet").to_pylist()}
    assert (rows["e-news.jsonl#1"]["title"], str(rows["e-news.jsonl#1"]["published"])) == ("Defisit terkendali",
                                                                                          "2025-03-03")
    assert (rows["d-page.html"]["outlet"], str(rows["d-page.html"]["published"])) == ("Indonesia Window",
                                                                                     "2025-02-13")


def test_strict_build_fails_and_writes_nothing(messy, tmp_path):
    folder, _, rejects = messy
    code, stderr = warta_here("build", folder, "-o", tmp_path / "out", "--strict")
    assert code == 1
    assert f"validation failed with {len(rejects)} problem(s); nothing was written" in stderr
    assert "f-image.txt at byte 0: binary file (PNG image)" in stderr
    assert not (tmp_path / "out" / "pages-0.1.0").exists()


def test_strict_build_of_clean_pages_succeeds(tmp_path):
    from tests.conftest import CORPUS

    code, output = warta_here("build", CORPUS, "-o", tmp_path, "--strict")
    assert code == 0, output
    assert (tmp_path / "warta-sample-0.1.0" / "datapackage.json").is_file()


def test_a_glob_that_matches_nothing_is_a_usage_error(tmp_path):
    code, output = warta_here("build", tmp_path / "*.html", "-o", tmp_path / "out")
    assert code == 2 and "no file matches" in output


def test_glob_pattern_build(messy, tmp_path):
    folder, _, _ = messy
    code, output = warta_here("build", folder / "**" / "*.jsonl", "-o", tmp_path)
    assert code == 0, output
    sources = pq.read_table(tmp_path / "pages-0.1.0" / "data" / "articles.parquet").column("source").to_pylist()
    assert sources == ["e-news.jsonl#1"]


def _without_read_permission() -> list[str]:
    """A command prefix under which files with mode 000 cannot be read, even by root."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file permissions cannot be enforced")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]


def test_unreadable_file_and_folder_are_rejects(tmp_path):
    from tests.conftest import CORPUS

    pages = tmp_path / "pages"
    (pages / "locked").mkdir(parents=True)
    shutil.copy(CORPUS / "seed-000.txt", pages / "readable.txt")
    (pages / "secret.txt").write_text("Rahasia.")
    (pages / "locked" / "inside.txt").write_text("Terkunci.")
    os.chmod(pages / "secret.txt", 0)
    os.chmod(pages / "locked", 0)
    try:
        completed = subprocess.run([*_without_read_permission(), sys.executable, "-m", "warta.cli", "build",
                                    str(pages), "-o", str(tmp_path / "out")], capture_output=True, text=True)
    finally:
        os.chmod(pages / "locked", 0o755)
    assert completed.returncode == 0, completed.stderr
    rejects = pq.read_table(tmp_path / "out" / "pages-0.1.0" / "data" / "rejects.parquet").to_pylist()
    assert {(r["source"], r["reason"]) for r in rejects} == {
        ("secret.txt", "cannot read file: Permission denied"),
        ("locked", "cannot read folder: Permission denied"),
    }


def test_near_duplicates_across_batches_and_workers(messy, tmp_path):
    """Small batches on two worker processes: of copies the smallest source is kept, whichever worker built it."""
    from warta.build.run import build

    folder, articles, rejects = messy
    result = build([folder], tmp_path, jobs=2, batch_size=2)
    assert set(result.tables["articles"].column("source").to_pylist()) == articles
    reasons = dict(zip(*result.tables["rejects"].select(["source", "reason"]).to_pydict().values()))
    assert {source: reasons[source].split(" (")[0] for source in reasons if "duplicate" in reasons[source]} == {
        "b-exact-copy.txt": "duplicate of a-seed.txt",
        "c-near-copy.txt": "near duplicate of a-seed.txt",
        "sub/fiscal-utf16.txt": "near duplicate of e-news.jsonl#1",
    }


def test_rejects_are_warned_about_even_when_quiet(tmp_path):
    """--quiet silences the progress and summary, never the news that a page was rejected."""
    from click.testing import CliRunner

    from warta.cli import cli
    from tests.conftest import CORPUS

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "good.txt").write_text((CORPUS / "seed-000.txt").read_text())
    (pages / "empty.txt").write_text("   \n")
    result = CliRunner().invoke(cli, ["build", str(pages), "-o", str(tmp_path / "out"), "--jobs", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "wrote" not in result.output
    assert "warning:" in result.output and "empty.txt" in result.output
