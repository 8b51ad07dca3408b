"""Reproducible builds and `warta release`: versions from diffs, changelog, archive, checksums."""

from __future__ import annotations

import hashlib
import shutil
import tomllib
import zipfile

import pytest
from click.testing import CliRunner

from tests.conftest import CORPUS
from warta.build.run import build
from warta.cli import cli
from warta.datapackage.release import (changelog_entry, compare_folders, make_release, next_version,
                                       prepend_changelog, set_config_version)
from warta.config import load_config


@pytest.fixture(autouse=True)
def no_source_date_epoch(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def copy_corpus(folder):
    """A copy of the sample corpus at ``folder/corpus`` with a duplicate page, without CHANGELOG.md."""
    corpus = folder / "corpus"
    shutil.copytree(CORPUS, corpus, ignore=shutil.ignore_patterns("CHANGELOG.md"))
    shutil.copy(corpus / "seed-000.txt", corpus / "zz-copy-000.txt")
    return corpus


def test_two_builds_are_byte_identical(tmp_path):
    """Different folders, different input order, same bytes in every file."""
    first, second = copy_corpus(tmp_path / "a"), copy_corpus(tmp_path / "b")
    one = build([first], tmp_path / "out-a").path
    reversed_files = sorted(second.glob("*.txt"), reverse=True)
    two = build(reversed_files, tmp_path / "out-b").path
    assert compare_folders(one, two) == []
    names = {p.relative_to(one).as_posix() for p in one.rglob("*") if p.is_file()}
    assert {"datapackage.json", "README.md", "CITATION.cff", "SHA256SUMS", "data/quotes.parquet",
            "data/quotes.csv", "plots/quotes-per-speaker.png"} <= names
    # The duplicate is rejected in favour of the smaller path whatever the order.
    assert "\"zz-copy-000.txt\",\"duplicate of seed-000.txt\"" in (one / "data" / "rejects.csv").read_text()


def test_compare_folders_names_each_difference(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    for folder in (one, two):
        (folder / "data").mkdir(parents=True)
        (folder / "data" / "same.csv").write_text("a\n")
    (one / "data" / "changed.csv").write_text("a\n")
    (two / "data" / "changed.csv").write_text("b\n")
    (one / "only-built.txt").write_text("x")
    (two / "only-kept.txt").write_text("x")
    assert compare_folders(one, two) == ["only-built.txt: missing (a fresh build writes it)",
                                         "only-kept.txt: not produced by a fresh build",
                                         "data/changed.csv: content differs"]


def test_release_checksums_list_every_file(sample_release):
    lines = (sample_release.path / "SHA256SUMS").read_text().splitlines()
    listed = dict(reversed(line.split("  ", 1)) for line in lines)
    files = {p.relative_to(sample_release.path).as_posix() for p in sample_release.path.rglob("*")
             if p.is_file() and p.name != "SHA256SUMS"}
    assert set(listed) == files
    for name, digest in listed.items():
        assert hashlib.sha256((sample_release.path / name).read_bytes()).hexdigest() == digest


@pytest.mark.parametrize("version, bump, expected", [
    ("0.1.0", "patch", "0.1.1"), ("0.1.9", "minor", "0.2.0"), ("1.4.2", "major", "2.0.0"),
    ("2.0.0-rc.1", "patch", "2.0.1"),
])
def test_next_version(version, bump, expected):
    assert next_version(version, bump) == expected


def test_set_config_version_keeps_the_rest_of_the_file(tmp_path):
    path = tmp_path / "warta.toml"
    path.write_text('# comment\n[dataset]\nname = "x"  # the name\ntitle = "X"\nversion = "0.1.0"  # semver\n'
                    '[[dataset.sources]]\nversion = "unrelated"\n')
    config = load_config(tmp_path)
    from dataclasses import replace

    set_config_version(path, replace(config, version="0.2.0"))
    assert path.read_text() == ('# comment\n[dataset]\nname = "x"  # the name\ntitle = "X"\n'
                                'version = "0.2.0"  # semver\n[[dataset.sources]]\nversion = "unrelated"\n')


def test_prepend_changelog_replaces_an_entry_for_the_same_version(tmp_path):
    path = tmp_path / "CHANGELOG.md"
    prepend_changelog(path, "## [0.1.0] - 2025-01-01\n\nFirst.\n", "x")
    prepend_changelog(path, "## [0.2.0] - 2025-02-01\n\nSecond.\n", "x")
    prepend_changelog(path, "## [0.2.0] - 2025-02-02\n\nSecond, redone.\n", "x")
    text = path.read_text()
    assert text.startswith("# Changelog of x\n")
    assert text.index("## [0.2.0] - 2025-02-02") < text.index("## [0.1.0]")
    assert "Second.\n" not in text and text.count("## [") == 2


@pytest.fixture
def first_release(tmp_path):
    corpus = copy_corpus(tmp_path)
    result = make_release([corpus], tmp_path / "datapackage", dist=tmp_path / "dist")
    return corpus, result


def test_first_release_uses_the_configured_version(first_release, tmp_path):
    corpus, result = first_release
    assert result.version == "0.1.0" and result.previous is None
    assert (tmp_path / "datapackage" / "datapackage.json").is_file()
    changelog = (corpus / "CHANGELOG.md").read_text()
    assert "## [0.1.0] - 2025-11-12\n\nFirst release." in changelog
    quotes = result.counts["quotes"]
    assert f"| quotes | {quotes} | +{quotes} | −0 | 0 |" in changelog
    assert (tmp_path / "datapackage" / "CHANGELOG.md").read_text() == changelog
    with zipfile.ZipFile(result.archive) as bundle:
        names = bundle.namelist()
        assert "warta-sample-0.1.0/data/quotes.parquet" in names
        assert bundle.read("warta-sample-0.1.0/datapackage.json") == \
            (tmp_path / "datapackage" / "datapackage.json").read_bytes()
    digest = hashlib.sha256(result.archive.read_bytes()).hexdigest()
    assert (tmp_path / "dist" / "SHA256SUMS").read_text() == f"{digest}  warta-sample-0.1.0.zip\n"


def test_added_page_makes_a_minor_release(first_release, tmp_path):
    corpus, first = first_release
    # The first paragraphs only: another article, not a near copy of seed-000 (which would be a reject).
    page = "\n\n".join((CORPUS / "seed-000.txt").read_text().split("\n\n")[:8])
    (corpus / "seed-100.txt").write_text(page)
    result = make_release([corpus], tmp_path / "datapackage", dist=tmp_path / "dist")
    assert (result.previous, result.bump, result.version) == ("0.1.0", "minor", "0.2.0")
    assert tomllib.loads((corpus / "warta.toml").read_text())["dataset"]["version"] == "0.2.0"
    changelog = (corpus / "CHANGELOG.md").read_text()
    assert changelog.index("## [0.2.0]") < changelog.index("## [0.1.0]")
    assert "Minor release after 0.1.0" in changelog and "| articles | 3 | +1 | −0 | 0 |" in changelog
    assert '"version": "0.2.0"' in (tmp_path / "datapackage" / "datapackage.json").read_text()
    sums = (tmp_path / "dist" / "SHA256SUMS").read_text().splitlines()
    assert [line.split("  ")[1] for line in sums] == ["warta-sample-0.1.0.zip", "warta-sample-0.2.0.zip"]
    assert first.archive.is_file()


def test_archives_are_reproducible(first_release, tmp_path):
    import datetime as dt

    from warta.datapackage.release import archive_release

    _, first = first_release
    again = archive_release(first.path, tmp_path / "other-dist", "warta-sample-0.1.0", dt.date(2025, 11, 12))
    assert again.read_bytes() == first.archive.read_bytes()


def test_nothing_changed_means_no_release_unless_a_bump_is_forced(first_release, tmp_path):
    corpus, first = first_release
    again = make_release([corpus], tmp_path / "datapackage", dist=tmp_path / "dist")
    assert again.path is None and again.previous == "0.1.0"
    assert tomllib.loads((corpus / "warta.toml").read_text())["dataset"]["version"] == "0.1.0"
    forced = make_release([corpus], tmp_path / "datapackage", dist=tmp_path / "dist", bump="patch")
    assert forced.version == "0.1.1" and (tmp_path / "dist" / "warta-sample-0.1.1.zip").is_file()


def test_metadata_correction_is_a_patch_through_the_command(first_release, tmp_path, monkeypatch):
    corpus, _ = first_release
    toml = corpus / "warta.toml"
    toml.write_text(toml.read_text().replace('keywords = ["news"', 'keywords = ["berita", "news"'))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["release", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "0.1.1" in result.output and "patch after 0.1.0" in result.output
    assert "Metadata changed: keywords." in (corpus / "CHANGELOG.md").read_text()


def test_changelog_entry_lists_schema_changes(sample_tables):
    import datetime as dt

    from warta.datapackage.diff import ReleaseDiff, SchemaChange

    diff = ReleaseDiff("x", "1.4.0", "x", None, [SchemaChange("quotes", "column_removed", "cue", old="string")],
                       [], [])
    counts = {name: table.num_rows for name, table in sample_tables.items()}
    entry = changelog_entry("2.0.0", dt.date(2025, 1, 2), counts, diff, "major", "1.4.0")
    assert entry.startswith("## [2.0.0] - 2025-01-02\n\nMajor release after 1.4.0: breaking schema change")
    assert "- quotes: column removed cue [breaking]" in entry
    # A table the diff did not compare.
    assert f"| quotes | {sample_tables['quotes'].num_rows} | new table |" in entry


def test_release_never_replaces_a_folder_that_is_not_a_release(tmp_path):
    corpus = copy_corpus(tmp_path)
    precious = tmp_path / "work"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    result = CliRunner().invoke(cli, ["release", str(corpus), "-o", str(precious), "--dist", str(tmp_path / "d")])
    assert result.exit_code == 2 and "not a release" in result.output
    result = CliRunner().invoke(cli, ["release", str(corpus), "--rebuild", "-o", str(precious)])
    assert result.exit_code == 2
    assert (precious / "notes.txt").read_text() == "keep me"
    assert not (corpus / "CHANGELOG.md").exists()
