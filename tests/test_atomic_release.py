"""Killing a real build at any moment leaves the previous release whole, and never half of a new one."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tests.messy_corpus import FISCAL

RELEASE = "warta-sample-0.1.0"


def snapshot(release: Path) -> dict[str, str]:
    """Every file of a release and its SHA-256."""
    return {path.relative_to(release).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(release.rglob("*")) if path.is_file()}


def start_build(corpus: Path, output: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "warta.cli", "build", str(corpus), "-o", str(output), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.fixture(scope="module")
def releases(tmp_path_factory):
    """(newer corpus, old release files, new release files, seconds an uninterrupted build takes)."""
    base = tmp_path_factory.mktemp("atomic")
    newer = base / "newer"
    shutil.copytree(CORPUS, newer)
    (newer / "fiscal.txt").write_text(FISCAL, encoding="utf-8")
    old = base / "old"
    assert start_build(CORPUS, old).wait() == 0
    new = base / "new"
    started = time.monotonic()
    assert start_build(newer, new).wait() == 0
    duration = time.monotonic() - started
    old_files, new_files = snapshot(old / RELEASE), snapshot(new / RELEASE)
    assert old_files != new_files and "datapackage.json" in old_files
    return newer, old, old_files, new_files, duration


def _kill_when(process: subprocess.Popen, moment, output: Path) -> bool:
    """SIGKILL ``process`` at ``moment``: a share of a build's duration, or "staging" (writing has begun).

    Returns whether the process was still running when killed.
    """
    if moment == "staging":
        while process.poll() is None and not any(output.glob(f".{RELEASE}.*")):
            time.sleep(0.001)
    else:
        try:
            process.wait(timeout=moment)
        except subprocess.TimeoutExpired:
            pass
    running = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait()
    return running


@pytest.mark.parametrize("share", [0.05, 0.3, 0.6, 0.85, "staging"])
def test_killed_build_leaves_the_previous_release_intact(releases, tmp_path, share):
    newer, old, old_files, new_files, duration = releases
    output = tmp_path / "dist"
    shutil.copytree(old, output)
    moment = share if share == "staging" else share * duration
    process = start_build(newer, output)
    killed = _kill_when(process, moment, output)

    visible = sorted(entry.name for entry in output.iterdir() if not entry.name.startswith("."))
    assert visible == [RELEASE]  # no half release under another name
    state = snapshot(output / RELEASE)
    # The build may exit between the check that it runs and the signal: its exit code says which.
    if killed and process.returncode != 0:
        assert process.returncode == -signal.SIGKILL
        assert state in (old_files, new_files)  # new only if killed after the swap, before exiting
    else:
        assert process.returncode == 0
        assert state == new_files  # finished before the kill landed: the whole new release


def test_build_killed_while_writing_is_cleaned_up_by_the_next(releases, tmp_path):
    """Killed mid-write, a build leaves its staging folder; the next build removes it and writes whole."""
    newer, old, old_files, new_files, _ = releases
    output = tmp_path / "dist"
    shutil.copytree(old, output)
    process = start_build(newer, output)
    if not _kill_when(process, "staging", output):
        pytest.skip("the build finished before the kill landed")
    leftovers = [entry for entry in output.iterdir() if entry.name.startswith(f".{RELEASE}.")]
    assert leftovers and all(str(process.pid) in entry.name for entry in leftovers)
    assert snapshot(output / RELEASE) == old_files
    assert start_build(newer, output).wait() == 0
    assert snapshot(output / RELEASE) == new_files
    assert sorted(entry.name for entry in output.iterdir()) == [RELEASE]
