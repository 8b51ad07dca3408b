"""The command line: help with examples, exit codes, and a real build in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from warta.cli import cli
from tests.conftest import CORPUS


def all_commands():
    return sorted(cli.commands)


@pytest.mark.parametrize("name", all_commands())
def test_every_command_is_documented_with_an_example(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert cli.commands[name].help and len(cli.commands[name].help.split()) > 8


def test_version():
    from warta import __version__

    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_missing_source_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "nowhere"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "nowhere" in result.output and "Traceback" not in result.output


def test_bad_config_is_an_input_error(tmp_path):
    (tmp_path / "page.txt").write_text((CORPUS / "seed-000.txt").read_text())
    (tmp_path / "warta.toml").write_text('[dataset]\nname = "Bad Name"\ntitle = "x"\nversion = "1"\n')
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "warta.toml" in result.output


def test_build_in_a_subprocess_writes_the_package(tmp_path):
    completed = subprocess.run([sys.executable, "-m", "warta.cli", "build", str(CORPUS), "-o", str(tmp_path)],
                               capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
    descriptor = json.loads((tmp_path / "warta-sample-0.1.0" / "datapackage.json").read_text())
    assert len(descriptor["resources"]) == 12


def test_schema_check_passes_on_the_repository(monkeypatch):
    from tests.conftest import ROOT

    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, ["schema", "--check"])
    assert result.exit_code == 0, result.output
