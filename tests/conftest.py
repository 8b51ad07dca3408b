"""Shared fixtures: the sample corpus built once per test session into a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def sample_release(tmp_path_factory):
    """The sample corpus built by the library, as a BuildResult."""
    from warta.build.run import build

    return build([CORPUS], tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="session")
def sample_tables(sample_release):
    return sample_release.tables


@pytest.fixture(scope="session")
def articles_by_source(sample_tables):
    return {row["source"]: row for row in sample_tables["articles"].to_pylist()}
