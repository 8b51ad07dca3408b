"""The actor registry merges aliases into one actor and attaches external IDs."""

from __future__ import annotations

import pytest

from warta.build.article import actor_id
from warta.build.registry import ActorRegistry, RegistryError, apply_registry
from tests.test_extraction_patterns import body_page

REGISTRY = """
[[actor]]
name = "Joko Widodo"
aliases = ["Jokowi"]
kind = "person"
external_id = "Q563145"
"""


def test_alias_becomes_the_registry_name_with_its_external_id(tmp_path):
    path = tmp_path / "actors.toml"
    path.write_text(REGISTRY)
    registry = ActorRegistry.load(path)
    rows = body_page('Presiden Jokowi meninjau pasar. "Harga harus stabil," kata Jokowi.\n')
    assert [q["speaker"] for q in rows.quotes if q["kind"] == "direct"] == ["Jokowi"]
    rows = apply_registry(rows, registry)
    assert [q["speaker"] for q in rows.quotes if q["kind"] == "direct"] == ["Joko Widodo"]
    assert {q["actor_id"] for q in rows.quotes if q["speaker"]} == {actor_id("Joko Widodo")}
    actors = {a["name"]: a for a in rows.actors}
    assert actors["Joko Widodo"]["external_id"] == "Q563145"
    assert {m["actor_id"] for m in rows.mentions} <= {a["actor_id"] for a in rows.actors}
    mention = next(m for m in rows.mentions if m["actor_id"] == actor_id("Joko Widodo"))
    assert mention["surface"] == "Jokowi" and mention["role"] == "Presiden"


def test_registry_errors_name_the_file_and_entry(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[[actor]]\nname = "A"\nkind = "robot"\n')
    with pytest.raises(RegistryError, match="bad.toml.*#1"):
        ActorRegistry.load(path)
    path.write_text('[[actor]]\nname = "A"\naliases = ["X"]\n[[actor]]\nname = "B"\naliases = ["x"]\n')
    with pytest.raises(RegistryError, match="two actors"):
        ActorRegistry.load(path)


def test_build_with_a_registry_file(tmp_path):
    """The CLI applies the registry through the whole (streaming) build."""
    import pyarrow.parquet as pq
    from click.testing import CliRunner

    from warta.cli import cli
    from tests.conftest import CORPUS

    registry = tmp_path / "actors.toml"
    registry.write_text('[[actor]]\nname = "Dmitri Peskov"\naliases = ["Dmitry Peskov"]\nexternal_id = "Q4160419"\n')
    result = CliRunner().invoke(cli, ["build", str(CORPUS), "-o", str(tmp_path / "out"), "--quiet", "--jobs", "1",
                                      "--actors", str(registry)])
    assert result.exit_code == 0, result.output
    data = tmp_path / "out" / "warta-sample-0.1.0" / "data"
    actors = {row["name"]: row for row in pq.read_table(data / "actors.parquet").to_pylist()}
    assert actors["Dmitri Peskov"]["external_id"] == "Q4160419" and "Dmitry Peskov" not in actors
    speakers = {row["speaker"] for row in pq.read_table(data / "quotes.parquet").to_pylist()}
    assert "Dmitri Peskov" in speakers and "Dmitry Peskov" not in speakers
