"""`warta validate`: descriptor, integrity, data, safety and report, compared with frictionless-py."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from warta.cli import cli
from warta.datapackage.safety import ArchiveLimits, unsafe_path_reason
from warta.datapackage.validate import UnusableInput, validate_package


# --- helpers -----------------------------------------------------------------------------------

@pytest.fixture
def package(sample_release, tmp_path) -> Path:
    """A fresh copy of the sample release, to break."""
    return Path(shutil.copytree(sample_release.path, tmp_path / "package"))


def descriptor_of(package: Path) -> dict:
    return json.loads((package / "datapackage.json").read_text(encoding="utf-8"))


def save_descriptor(package: Path, descriptor: dict) -> None:
    (package / "datapackage.json").write_text(json.dumps(descriptor, indent=2), encoding="utf-8")


def rehash(package: Path, name: str) -> None:
    """Update a resource's declared bytes and hash after its file was edited on purpose."""
    descriptor = descriptor_of(package)
    for resource in descriptor["resources"]:
        if resource["name"] == name:
            data = (package / resource["path"]).read_bytes()
            target = resource.get("integrity", resource)
            target.update(bytes=len(data), hash="sha256:" + hashlib.sha256(data).hexdigest())
    save_descriptor(package, descriptor)


def edit_csv(package: Path, table: str, edit) -> None:
    """Apply ``edit(rows)`` to the rows (header first) of a CSV resource and rehash it."""
    path = package / "data" / f"{table}.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    edit(rows)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    rehash(package, table)


def set_cell(rows, column: str, row: int, value: str) -> None:
    rows[row + 1][rows[0].index(column)] = value


def frictionless_errors(package: Path) -> tuple[bool, set[tuple[str, str]]]:
    """The verdict of the real frictionless-py and its (resource, error type) pairs."""
    from frictionless import Package, system

    with system.use_context(trusted=True):
        report = Package(str(package / "datapackage.json")).validate()
    return report.valid, {(task.name, error.type) for task in report.tasks for error in task.errors}


def rules(report) -> set[tuple[str, str]]:
    return {(table, rule) for (table, rule, severity) in report.counts if severity == "error"}


# --- a valid package ---------------------------------------------------------------------------

def test_the_sample_release_is_valid(sample_release):
    report = validate_package(sample_release.path)
    assert report.valid, report.problems
    assert report.kind == "warta"
    assert {r.name: r.rows for r in report.resources}["dates-parquet"] == 12
    assert all(r.checked for r in report.resources)


def test_descriptor_file_and_zip_are_accepted(sample_release, tmp_path):
    assert validate_package(sample_release.path / "datapackage.json").valid
    archive = tmp_path / "release.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in sorted(sample_release.path.rglob("*")):
            bundle.write(path, f"{sample_release.path.name}/{path.relative_to(sample_release.path)}")
    report = validate_package(archive)
    assert report.valid, report.problems


# --- each deliberately broken package: same verdict as frictionless-py ---------------------------

def wrong_type(package):
    edit_csv(package, "mentions", lambda rows: set_cell(rows, "count", 0, "many"))
    return ("mentions", "type-error"), "type-error"


def duplicate_key(package):
    edit_csv(package, "actors", lambda rows: rows.append(list(rows[1])))
    return ("actors", "field_uniqueness"), "primary-key"


def dangling_foreign_key(package):
    edit_csv(package, "quotes", lambda rows: set_cell(rows, "article_id", 0, "art_ffffffffffffffff"))
    return ("quotes", "foreign key must resolve"), "foreign-key"


def hash_mismatch(package):
    descriptor = descriptor_of(package)
    descriptor["resources"][0]["hash"] = "sha256:" + "0" * 64
    save_descriptor(package, descriptor)
    return ("articles", "hash-count"), "hash-count"


def missing_file(package):
    (package / "data" / "dates.csv").unlink()
    return ("dates", "missing-file"), "scheme-error"


def impossible_date(package):
    edit_csv(package, "articles", lambda rows: set_cell(rows, "published", 0, "2025-02-30"))
    return ("articles", "type-error"), "type-error"


def constraint_violation(package):
    edit_csv(package, "dates", lambda rows: set_cell(rows, "granularity", 1, "fortnight"))
    return ("dates", "json-schema:enum"), "constraint-error"


def parquet_constraint_violation(package):
    path = package / "data" / "dates.parquet"
    table = pq.read_table(path)
    values = table.column("granularity").to_pylist()
    values[1] = "fortnight"
    pq.write_table(table.set_column(table.schema.get_field_index("granularity"), "granularity",
                                    pa.array(values)), path)
    rehash(package, "dates-parquet")
    return ("dates-parquet", "json-schema:enum"), "constraint-error"


BROKEN = [wrong_type, duplicate_key, dangling_foreign_key, hash_mismatch, missing_file, impossible_date,
          constraint_violation, parquet_constraint_violation]


@pytest.mark.parametrize("breaking", BROKEN, ids=[b.__name__ for b in BROKEN])
def test_broken_package_has_the_same_verdict_as_frictionless(package, breaking):
    (table, rule), frictionless_type = breaking(package)
    report = validate_package(package)
    friction_valid, friction_errors = frictionless_errors(package)
    assert not report.valid and not friction_valid
    assert (table, rule) in rules(report), rules(report)
    assert frictionless_type in {kind for _, kind in friction_errors}, friction_errors
    flagged = {problem.table for problem in report.problems if problem.severity == "error"}
    assert table in flagged


def test_problems_name_row_column_and_value(package):
    impossible_date(package)
    report = validate_package(package)
    problem = next(p for p in report.problems if p.rule == "type-error")
    assert (problem.table, problem.row, problem.column, problem.value) == ("articles", 0, "published", "2025-02-30")
    # the Parquet copy still holds the real date: the copies differ
    assert ("articles-parquet", "copies-differ") in rules(report)


# --- descriptor and warta's rules -------------------------------------------------------------

def test_descriptor_against_the_v2_profile(package):
    descriptor = descriptor_of(package)
    descriptor["licenses"] = [{"title": "no name nor path"}]
    descriptor["resources"][2]["bytes"] = "many"
    save_descriptor(package, descriptor)
    report = validate_package(package)
    messages = [p.message for p in report.problems if p.rule.startswith("profile:")]
    assert any(m.startswith("licenses/0") for m in messages)
    assert any(m.startswith("resources/2/bytes") for m in messages)


def test_warta_rules_semver_metadata_and_both_formats(package):
    descriptor = descriptor_of(package)
    descriptor["version"] = "1.0"
    del descriptor["title"]
    descriptor["resources"] = [r for r in descriptor["resources"] if r["name"] != "quotes-parquet"]
    save_descriptor(package, descriptor)
    found = rules(validate_package(package))
    assert {("datapackage.json", "warta:semver"), ("datapackage.json", "warta:metadata"),
            ("datapackage.json", "warta:table-formats")} <= found


def test_unreadable_descriptor_is_unusable_input(tmp_path):
    (tmp_path / "datapackage.json").write_text('{"name": "x",\n "resources": [}', encoding="utf-8")
    with pytest.raises(UnusableInput, match="line 2, column"):
        validate_package(tmp_path)
    with pytest.raises(UnusableInput, match="no such file"):
        validate_package(tmp_path / "elsewhere")


# --- integrity ------------------------------------------------------------------------------------

def test_sha256sums_and_extra_files(package):
    lines = [f"{hashlib.sha256((package / 'data' / name).read_bytes()).hexdigest()}  data/{name}"
             for name in ("quotes.csv", "quotes.parquet")]
    (package / "SHA256SUMS").write_text("\n".join(lines) + "\n")
    (package / "data" / "notes.txt").write_text("left behind")
    (package / "README.md").write_text("# docs are expected beside the data")
    (package / "plots").mkdir(exist_ok=True)
    (package / "plots" / "extra.png").write_bytes(b"\x89PNG")
    report = validate_package(package)
    assert report.valid and report.warnings == 1
    assert [(p.table, p.rule) for p in report.problems] == [("data/notes.txt", "extra-file")]
    (package / "SHA256SUMS").write_text(lines[0].replace(lines[0][:4], "0000") + "\n")
    assert ("SHA256SUMS", "hash-count") in rules(validate_package(package))


def test_parquet_sizes_are_checked_under_integrity(package):
    descriptor = descriptor_of(package)
    resource = next(r for r in descriptor["resources"] if r["name"] == "actors-parquet")
    resource["integrity"]["bytes"] += 1
    save_descriptor(package, descriptor)
    # Editing the descriptor also breaks its line in the release's SHA256SUMS.
    assert rules(validate_package(package)) - {("SHA256SUMS", "hash-count")} == {("actors-parquet", "byte-count")}


# --- safety -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/etc/passwd", "../outside.csv", "data/../../outside.csv", "~/data.csv",
                                  "https://example.com/data.csv", "file:///etc/passwd", "C:\\data.csv"])
def test_unsafe_resource_paths_are_refused(package, path):
    descriptor = descriptor_of(package)
    descriptor["resources"][0]["path"] = path
    save_descriptor(package, descriptor)
    report = validate_package(package)
    assert ("articles", "unsafe-path") in rules(report)
    assert unsafe_path_reason(path) is not None


def test_urls_pass_the_path_check_only_when_allowed():
    assert unsafe_path_reason("https://example.com/data.csv", allow_remote=True) is None
    assert unsafe_path_reason("ftp://example.com/data.csv", allow_remote=True) is not None
    assert unsafe_path_reason("data/quotes.csv") is None


def test_symlink_out_of_the_package_is_refused(package, tmp_path):
    secret = tmp_path / "secret.csv"
    secret.write_text("a\n1\n")
    (package / "data" / "dates.csv").unlink()
    (package / "data" / "dates.csv").symlink_to(secret)
    assert ("dates", "unsafe-path") in rules(validate_package(package))


def test_zip_slip_is_refused_and_writes_nothing_outside(tmp_path):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("datapackage.json", "{}")
        bundle.writestr("../escaped.txt", "gotcha")
    with pytest.raises(UnusableInput, match="'..'"):
        validate_package(archive)
    assert not (tmp_path.parent / "escaped.txt").exists()


def test_zip_bomb_is_refused(tmp_path):
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("datapackage.json", '{"resources": []}')
        bundle.writestr("data/zeros.csv", b"0" * 5_000_000)
    with pytest.raises(UnusableInput, match="compression ratio"):
        validate_package(archive, limits=ArchiveLimits(max_ratio=100))
    with pytest.raises(UnusableInput, match="expands to more than"):
        validate_package(archive, limits=ArchiveLimits(max_total_bytes=1_000_000, max_ratio=10**9))


# --- any tabular package -------------------------------------------------------------------------

CITIES = """id,name,country,population,founded,capital,parent
1,Jakarta,ID,10562088,1527-06-22,true,
2,Surabaya,ID,2874314,1293-05-31,false,1
3,Bandung,ID,NA,1810-09-25,false,1
"""


def tabular_package(folder: Path, data: str = CITIES, **schema_changes) -> Path:
    """A package warta did not build: one CSV with types, constraints and keys."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "cities.csv").write_text(data, encoding="utf-8")
    schema = {
        "fields": [
            {"name": "id", "type": "integer", "constraints": {"required": True}},
            {"name": "name", "type": "string", "constraints": {"required": True, "unique": True, "maxLength": 20}},
            {"name": "country", "type": "string", "constraints": {"pattern": "[A-Z]{2}", "enum": ["ID", "MY"]}},
            {"name": "population", "type": "integer", "constraints": {"minimum": 0}},
            {"name": "founded", "type": "date"},
            {"name": "capital", "type": "boolean"},
            {"name": "parent", "type": "integer"},
        ],
        "missingValues": ["", "NA"],
        "primaryKey": ["id"],
        "uniqueKeys": [["name", "country"]],
        "foreignKeys": [{"fields": ["parent"], "reference": {"fields": ["id"]}}],
    }
    schema.update(schema_changes)
    descriptor = {"$schema": "https://datapackage.org/profiles/2.0/datapackage.json", "name": "cities",
                  "resources": [{"name": "cities", "type": "table", "path": "cities.csv", "format": "csv",
                                 "schema": schema}]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return folder


TABULAR_BREAKS = {
    "valid": (CITIES, None),
    "wrong type": (CITIES.replace("2874314", "2.8 million"), "type-error"),
    "impossible date": (CITIES.replace("1810-09-25", "1810-02-30"), "type-error"),
    "duplicate key": (CITIES.replace("3,Bandung", "2,Bandung"), "primary-key"),
    "dangling foreign key": (CITIES.replace("false,1\n3", "false,9\n3"), "foreign-key"),
    "constraint violation": (CITIES.replace("-25,false,1", "-25,false,1").replace("ID,NA", "XX,NA"),
                             "constraint:enum"),
    "minimum": (CITIES.replace("2874314", "-5"), "constraint:minimum"),
    "missing required": (CITIES.replace("1,Jakarta", ",Jakarta"), "constraint:required"),
    "extra cell": (CITIES.replace("false,1\n3", "false,1,oops\n3"), "extra-cell"),
}


@pytest.mark.parametrize("case", list(TABULAR_BREAKS))
def test_any_tabular_package_same_verdict_as_frictionless(tmp_path, case):
    data, expected_rule = TABULAR_BREAKS[case]
    folder = tabular_package(tmp_path / "cities", data)
    report = validate_package(folder)
    friction_valid, friction_errors = frictionless_errors(folder)
    assert report.kind == "tabular"
    assert report.valid == friction_valid == (expected_rule is None), (report.problems, friction_errors)
    if expected_rule:
        assert ("cities", expected_rule) in rules(report), rules(report)


def test_tabular_problem_carries_the_cell(tmp_path):
    folder = tabular_package(tmp_path / "cities", CITIES.replace("2874314", "2.8 million"))
    problem = validate_package(folder).problems[0]
    assert (problem.rule, problem.row, problem.column, problem.value) == ("type-error", 1, "population", "2.8 million")


def test_header_must_match_the_fields(tmp_path):
    folder = tabular_package(tmp_path / "cities", CITIES.replace("population", "people"))
    assert ("cities", "incorrect-label") in rules(validate_package(folder))


def test_problems_are_capped_per_rule_but_all_counted(tmp_path):
    rows = "".join(f"{n},City {n},ID,lots,2000-01-01,false,\n" for n in range(1, 101))
    folder = tabular_package(tmp_path / "cities", "id,name,country,population,founded,capital,parent\n" + rows)
    report = validate_package(folder, max_per_rule=5)
    assert report.counts[("cities", "type-error", "error")] == 100
    assert len([p for p in report.problems if p.rule == "type-error"]) == 5


# --- the vectorised row JSON Schema pass -------------------------------------------------------

def test_column_pass_flags_every_row_jsonschema_rejects(sample_tables):
    """Rows that jsonschema rejects are a subset of the rows the column-wise pass flags."""
    from jsonschema import Draft202012Validator

    from warta.datapackage.checks import json_row
    from warta.datapackage.json_rows import suspect_rows
    from warta.schema.declarations import LIST_DELIMITER, TABLES_BY_NAME
    from warta.schema.json_schema import row_schema

    table = sample_tables["quotes"]
    broken = table.to_pylist()
    broken[0]["quote_id"] = "QUO_bad"
    broken[1]["kind"] = "rumour"
    broken[2]["start"] = -1
    broken[3]["text"] = ""
    broken[4]["actor_id"] = None  # allowed: nullable
    data = pa.Table.from_pylist(broken, schema=table.schema)
    declaration = TABLES_BY_NAME["quotes"]
    validator = Draft202012Validator(row_schema(declaration))
    failing = {n for n, row in enumerate(data.to_pylist()) if not validator.is_valid(json_row(declaration, row))}
    assert failing == {0, 1, 2, 3}
    assert failing <= set(suspect_rows(data, row_schema(declaration), LIST_DELIMITER).to_pylist())


# --- command line ------------------------------------------------------------------------------

def test_cli_exit_codes_and_json(sample_release, package, tmp_path):
    ok = CliRunner().invoke(cli, ["validate", str(sample_release.path), "--format", "json"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout)["valid"] is True
    constraint_violation(package)
    bad = CliRunner().invoke(cli, ["validate", str(package), "--format", "json"])
    assert bad.exit_code == 1
    data = json.loads(bad.stdout)
    assert data["valid"] is False and any(p["rule"] == "json-schema:enum" for p in data["problems"])
    text = CliRunner().invoke(cli, ["validate", str(package)])
    assert text.exit_code == 1 and "invalid" in text.output and "fortnight" in text.output
    missing = CliRunner().invoke(cli, ["validate", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2 and "nowhere" in missing.output and "Traceback" not in missing.output


def test_ci_examples_call_the_real_command():
    """The pre-commit hook and the GitHub Actions example use options `warta validate` has."""
    import yaml

    from tests.conftest import ROOT

    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())[0]
    assert hook["entry"].split()[1] in cli.commands and hook["pass_filenames"] is False
    workflow = yaml.safe_load((ROOT / "docs" / "ci-github-actions.yml").read_text())
    script = next(step["run"] for step in workflow["jobs"]["validate"]["steps"] if step.get("name") == "Validate")
    options = {opt for param in cli.commands["validate"].params for opt in getattr(param, "opts", [])}
    used = {word for word in script.split() if word.startswith("--")}
    assert used and used <= options
