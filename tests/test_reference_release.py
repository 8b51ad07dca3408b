"""The reference release in datapackage/ is what warta builds from corpus/ today.

This is the drift check and the reproducibility check in one: a fresh build of corpus/ must
give every file of datapackage/ byte for byte.
"""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from tests.conftest import CORPUS, ROOT
from warta.cli import cli
from warta.datapackage.release import REBUILD_COMMAND, release_drift

REFERENCE = ROOT / "datapackage"


def test_reference_release_matches_a_fresh_build(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    drift = release_drift([CORPUS], REFERENCE)
    assert not drift, (
        "datapackage/ differs from a fresh build of corpus/:\n  " + "\n  ".join(drift)
        + f"\nIf the change is intended, regenerate it from the repository root with `{REBUILD_COMMAND}` "
        "and commit datapackage/ (or publish a new version with `warta release`).")


def test_release_check_fails_on_a_changed_file(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    copy = tmp_path / "datapackage"
    shutil.copytree(REFERENCE, copy)
    with (copy / "data" / "quotes.csv").open("a") as handle:
        handle.write("\n")
    (copy / "plots" / "quotes-per-speaker.png").unlink()
    result = CliRunner().invoke(cli, ["release", str(CORPUS), "--check", "-o", str(copy)])
    assert result.exit_code == 1
    assert "data/quotes.csv: content differs" in result.output
    assert "plots/quotes-per-speaker.png: missing" in result.output
    assert REBUILD_COMMAND in " ".join(result.output.split())
