"""``warta validate``: a data package (folder, datapackage.json or release .zip), checked whole.

1. the descriptor against the vendored Data Package v2 profiles, plus warta's own rules for
   packages warta built;
2. integrity: every file's bytes and hash, SHA256SUMS, missing and extra files;
3. data: every tabular resource against its Table Schema (types, constraints, keys, foreign
   keys), vectorised; for warta packages also the table declarations (pandera, row JSON Schema,
   cross-table rules) and the CSV and Parquet copies holding the same rows.

Nothing in a package is executed; nothing is fetched unless ``allow_remote`` is set.
"""

from __future__ import annotations

import contextlib
import json
import re
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from warta.datapackage.checks import Problem, check_tables
from warta.datapackage.integrity import (DESCRIPTOR, checksum_problems, extra_files,
                                         file_problems)
from warta.datapackage.problems import DEFAULT_MAX_PER_RULE, ProblemLog
from warta.datapackage.safety import (ArchiveLimits, UnsafeInput, extract_archive, is_url, resolve_inside,
                                      unsafe_path_reason)

SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")
WARTA_REQUIRED_METADATA = ("name", "title", "version", "created", "licenses")
MAX_DESCRIPTOR_BYTES = 64 * 1024**2
MAX_REMOTE_BYTES = 4 * 1024**3


class UnusableInput(Exception):
    """The input is not a readable data package (exit status 2)."""


@dataclass
class ResourceSummary:
    name: str
    path: str
    format: str
    rows: int | None = None
    checked: bool = False


@dataclass
class ValidationReport:
    """What ``warta validate`` found."""

    source: str
    kind: str  # "warta" (built by warta) or "tabular" (any other data package)
    problems: list[Problem]  # at most ``max_per_rule`` per (table, rule)
    counts: dict[tuple[str, str, str], int]  # (table, rule, severity) -> problems found
    resources: list[ResourceSummary] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def errors(self) -> int:
        return sum(n for (_, _, severity), n in self.counts.items() if severity == "error")

    @property
    def warnings(self) -> int:
        return sum(n for (_, _, severity), n in self.counts.items() if severity == "warning")

    @property
    def valid(self) -> bool:
        return self.errors == 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "kind": self.kind,
            "valid": self.valid,
            "errors": self.errors,
            "warnings": self.warnings,
            "seconds": round(self.seconds, 3),
            "counts": [{"table": t, "rule": r, "severity": s, "count": n}
                       for (t, r, s), n in sorted(self.counts.items())],
            "problems": [problem.as_dict() for problem in self.problems],
            "resources": [vars(resource) for resource in self.resources],
        }


# --- opening the input -----------------------------------------------------------------------

@contextlib.contextmanager
def open_package(path: Path | str, limits: ArchiveLimits = ArchiveLimits()) -> Iterator[Path]:
    """The descriptor path of a package given as a folder, a datapackage.json, or a .zip (extracted safely)."""
    text = str(path)
    if is_url(text):
        raise UnusableInput(f"{text}: validate a local folder, descriptor or archive; download it first")
    path = Path(path)
    if not path.exists():
        raise UnusableInput(f"{path}: no such file or folder")
    if path.is_dir():
        descriptor = path / DESCRIPTOR
        if not descriptor.is_file():
            raise UnusableInput(f"{path}: no {DESCRIPTOR} in this folder")
        yield descriptor
        return
    if path.suffix.lower() == ".zip":
        with tempfile.TemporaryDirectory(prefix="warta-validate-") as scratch:
            try:
                extract_archive(path, Path(scratch), limits)
            except UnsafeInput as error:
                raise UnusableInput(str(error)) from None
            yield _descriptor_in_archive(path, Path(scratch))
        return
    yield path


def _descriptor_in_archive(archive: Path, root: Path) -> Path:
    """datapackage.json at the top of the archive, or in its single top folder."""
    if (root / DESCRIPTOR).is_file():
        return root / DESCRIPTOR
    tops = [child for child in root.iterdir() if child.is_dir()]
    if len(tops) == 1 and (tops[0] / DESCRIPTOR).is_file():
        return tops[0] / DESCRIPTOR
    raise UnusableInput(f"{archive}: no {DESCRIPTOR} at the top of the archive or of its single folder")


def load_descriptor(path: Path) -> dict[str, Any]:
    """The descriptor as a JSON object, or UnusableInput naming the file and position."""
    if path.stat().st_size > MAX_DESCRIPTOR_BYTES:
        raise UnusableInput(f"{path}: larger than {MAX_DESCRIPTOR_BYTES} bytes; not a descriptor")
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise UnusableInput(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise UnusableInput(f"{path}: not JSON: {error.msg} at line {error.lineno}, column {error.colno}") from None
    if not isinstance(descriptor, dict):
        raise UnusableInput(f"{path}: a descriptor is a JSON object, this is a {type(descriptor).__name__}")
    return descriptor


# --- descriptor ------------------------------------------------------------------------------

def _profile_errors(instance: Any, kind: str, where: str) -> list[Problem]:
    from jsonschema import Draft7Validator, FormatChecker

    from warta.datapackage.profiles import load_profile

    validator = Draft7Validator(load_profile(kind), format_checker=FormatChecker())
    problems = []
    for error in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))):
        pointer = "/".join(str(part) for part in error.absolute_path)
        message = error.message if len(error.message) <= 200 else error.message[:199] + "…"
        problems.append(Problem(DESCRIPTOR, f"profile:{error.validator}", f"{where}{pointer or '(root)'}: {message}"))
    return problems


def descriptor_problems(descriptor: dict[str, Any], root: Path) -> list[Problem]:
    """The descriptor against the Data Package v2 profile; external schemas and dialects too."""
    problems = _profile_errors(descriptor, "package", "")
    names: set[str] = set()
    for number, resource in enumerate(_resources(descriptor)):
        name = resource.get("name")
        if name in names:
            problems.append(Problem(DESCRIPTOR, "resource-name", f"resources/{number}: name {name!r} is used twice"))
        names.add(name)
        for key, kind in (("schema", "schema"), ("dialect", "dialect")):
            if isinstance(resource.get(key), str):
                loaded, problem = _external_descriptor(root, resource[key], f"resources/{number}/{key}")
                if problem:
                    problems.append(problem)
                    continue
                resource[key] = loaded
                problems.extend(_profile_errors(loaded, kind, f"resources/{number}/{key}/"))
    return problems


def _external_descriptor(root: Path, reference: str, where: str) -> tuple[Any, Problem | None]:
    """A schema or dialect stored in its own JSON file inside the package (never fetched)."""
    reason = unsafe_path_reason(reference)
    if reason:
        return None, Problem(DESCRIPTOR, "unsafe-path", f"{where}: {reason}", value=reference)
    try:
        return json.loads(resolve_inside(root, reference).read_text(encoding="utf-8")), None
    except (OSError, ValueError, UnsafeInput) as error:
        return None, Problem(DESCRIPTOR, "schema-error", f"{where}: cannot read {reference}: {error}",
                             value=reference)


def _resources(descriptor: Mapping[str, Any]) -> list[dict[str, Any]]:
    resources = descriptor.get("resources")
    return [r for r in resources if isinstance(r, dict)] if isinstance(resources, list) else []


def is_warta_package(descriptor: Mapping[str, Any]) -> bool:
    return isinstance(descriptor.get("warta"), dict)


def warta_rule_problems(descriptor: Mapping[str, Any]) -> list[Problem]:
    """warta's own rules: required metadata, a semantic version, every table in both formats."""
    from warta.datapackage.descriptor import FORMATS, resource_name
    from warta.schema.declarations import TABLES

    problems = []
    for key in WARTA_REQUIRED_METADATA:
        if not descriptor.get(key):
            problems.append(Problem(DESCRIPTOR, "warta:metadata", f"{key} is required"))
    version = descriptor.get("version")
    if isinstance(version, str) and not SEMVER.match(version):
        problems.append(Problem(DESCRIPTOR, "warta:semver", "version is not a semantic version (MAJOR.MINOR.PATCH)",
                                value=version))
    resources = {r.get("name"): r for r in _resources(descriptor)}
    for table in TABLES:
        for format in FORMATS:
            name = resource_name(table.name, format)
            resource = resources.get(name)
            if resource is None:
                problems.append(Problem(DESCRIPTOR, "warta:table-formats", f"{table.name} has no {format} resource "
                                        f"({name})"))
                continue
            fields = [f.get("name") for f in (resource.get("schema") or {}).get("fields", []) if isinstance(f, dict)] \
                if isinstance(resource.get("schema"), dict) else []
            if fields != table.column_names:
                problems.append(Problem(name, "warta:columns", "fields differ from warta's declaration of "
                                        f"{table.name}: {fields}", value=table.column_names))
    return problems


# --- files -----------------------------------------------------------------------------------

def _paths(resource: Mapping[str, Any]) -> list[str]:
    path = resource.get("path")
    return [path] if isinstance(path, str) else [p for p in path if isinstance(p, str)] if isinstance(path, list) else []


def locate_files(name: str, resource: Mapping[str, Any], root: Path, allow_remote: bool, scratch: Path,
                 log: ProblemLog) -> list[Path] | None:
    """Local files of a resource, or None (with the reason logged) when it cannot be read."""
    files = []
    for relative in _paths(resource):
        reason = unsafe_path_reason(relative, allow_remote)
        if reason:
            log.add(Problem(name, "unsafe-path", reason, value=relative))
            return None
        if is_url(relative):
            files.append(_download(relative, scratch, name, log))
            if files[-1] is None:
                return None
            continue
        try:
            path = resolve_inside(root, relative)
        except UnsafeInput as error:
            log.add(Problem(name, "unsafe-path", str(error), value=relative))
            return None
        if not path.is_file():
            log.add(Problem(name, "missing-file", f"{relative} does not exist", value=relative))
            return None
        files.append(path)
    return files


def _download(url: str, scratch: Path, name: str, log: ProblemLog) -> Path | None:
    """A remote resource into the scratch folder (only with --allow-remote), bounded in size."""
    target = scratch / f"remote-{len(list(scratch.iterdir()))}"
    try:
        with urllib.request.urlopen(url, timeout=60) as response, target.open("wb") as sink:  # noqa: S310
            copied = 0
            while block := response.read(1 << 20):
                copied += len(block)
                if copied > MAX_REMOTE_BYTES:
                    raise OSError(f"larger than {MAX_REMOTE_BYTES} bytes")
                sink.write(block)
    except OSError as error:
        log.add(Problem(name, "missing-file", f"cannot download {url}: {error}", value=url))
        return None
    return target


# --- data ------------------------------------------------------------------------------------

def _is_tabular(resource: Mapping[str, Any]) -> bool:
    return resource.get("type") == "table" or isinstance(resource.get("schema"), dict)


def _read_typed(name: str, resource: Mapping[str, Any], files: list[Path], log: ProblemLog) -> pa.Table | None:
    from warta.datapackage.tabular import UnreadableResource, read_raw, type_columns

    schema = resource.get("schema") if isinstance(resource.get("schema"), dict) else {}
    try:
        raw = read_raw(files, resource, schema, name, log)
    except UnreadableResource as error:
        log.add(Problem(name, "unreadable", str(error)))
        return None
    return type_columns(raw, schema, name, log)


def _differing_rows(left: pa.Table, right: pa.Table) -> tuple[list[int], int]:
    """The first rows (and the count) where two tables of the same shape differ."""
    import pyarrow.compute as pc

    differs = None
    for name in left.column_names:
        a, b = left.column(name), right.column(name).cast(left.schema.field(name).type)
        unequal = pc.fill_null(pc.not_equal(a, b), False)
        one_null = pc.xor(pc.is_null(a), pc.is_null(b))
        column = pc.or_(unequal, one_null)
        differs = column if differs is None else pc.or_(differs, column)
    if differs is None:
        return [], 0
    rows = pc.indices_nonzero(differs.combine_chunks())
    return rows.slice(0, DEFAULT_MAX_PER_RULE).to_pylist(), len(rows)


def compare_copies(csv_name: str, csv: pa.Table, parquet_name: str, parquet: pa.Table, log: ProblemLog) -> bool:
    """Whether the CSV and Parquet copies of a table hold the same rows; differences are logged."""
    if csv.column_names != parquet.column_names or csv.num_rows != parquet.num_rows:
        log.add(Problem(parquet_name, "copies-differ", f"{csv_name} has {csv.num_rows} rows of {csv.column_names}, "
                        f"{parquet_name} {parquet.num_rows} rows of {parquet.column_names}"))
        return False
    try:
        if csv.equals(parquet.cast(csv.schema)):
            return True
        rows, total = _differing_rows(csv, parquet)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as error:
        log.add(Problem(parquet_name, "copies-differ", f"columns of different types: {error}"))
        return False
    log.add_cells(parquet_name, "copies-differ", f"row differs from the same row of {csv_name}", None,
                  rows, [None] * len(rows), total)
    return False


def check_data(descriptor: dict[str, Any], files: Mapping[str, list[Path]], log: ProblemLog,
               summaries: Mapping[str, ResourceSummary]) -> None:
    """Every tabular resource against its Table Schema; warta's tables also against their declarations."""
    from warta.datapackage import tabular

    resources = {r["name"]: r for r in _resources(descriptor) if isinstance(r.get("name"), str)}
    typed: dict[str, pa.Table | None] = {}
    for name, resource in resources.items():
        if not _is_tabular(resource) or name not in files:
            continue
        if tabular.resource_format(resource) not in ("csv", "tsv", "parquet"):
            log.add(Problem(name, "not-checked", f"format {tabular.resource_format(resource)!r} is not checked "
                            "(csv, tsv and parquet are)", severity="warning"))
            continue
        typed[name] = _read_typed(name, resource, files[name], log)
        if typed[name] is not None:
            summaries[name].rows = typed[name].num_rows
            summaries[name].checked = True
    checked_by_declarations = _check_warta_tables(descriptor, typed, log) if is_warta_package(descriptor) else set()
    for name, table in typed.items():
        if table is None or name in checked_by_declarations:
            continue
        schema = resources[name].get("schema") or {}
        tabular.check_constraints(table, schema, name, log)
        tabular.check_keys(table, schema, name, log)
        tabular.check_foreign_keys(table, schema, name, typed, log)


def _check_warta_tables(descriptor: dict[str, Any], typed: Mapping[str, pa.Table | None], log: ProblemLog) -> set[str]:
    """Copies compared, then each table checked once against its declaration; the resources so covered.

    A resource whose Table Schema is the one warta generates needs no second, generic pass:
    the declaration checks everything its Table Schema says, and more.
    """
    from warta.datapackage.descriptor import resource_name
    from warta.schema.declarations import TABLES
    from warta.schema.table_schema import table_schema

    resources = {r.get("name"): r for r in _resources(descriptor)}
    csv_tables: dict[str, pa.Table] = {}
    parquet_tables: dict[str, pa.Table] = {}
    covered: set[str] = set()
    for table in TABLES:
        csv_name, parquet_name = resource_name(table.name, "csv"), resource_name(table.name, "parquet")
        csv, parquet = typed.get(csv_name), typed.get(parquet_name)
        if csv is None or parquet is None:
            return set()
        if not _generated_schema(resources[csv_name], table_schema(table), "") \
                or not _generated_schema(resources[parquet_name], table_schema(table), "-parquet"):
            return set()
        csv_tables[table.name] = csv
        if not compare_copies(csv_name, csv, parquet_name, parquet, log):
            parquet_tables[table.name] = parquet
        covered |= {csv_name, parquet_name}
    log.extend(check_tables(csv_tables))
    if parquet_tables:  # the Parquet copies that differ from their CSV twins are checked on their own
        mixed = {**csv_tables, **parquet_tables}
        for problem in check_tables(mixed):
            if problem.table in parquet_tables:
                log.add(Problem(resource_name(problem.table, "parquet"), problem.rule, problem.message, problem.row,
                                problem.column, problem.value, problem.severity))
    return covered


def _generated_schema(resource: Mapping[str, Any], generated: dict[str, Any], suffix: str) -> bool:
    """Whether a resource's Table Schema is exactly what warta generates for its table."""
    expected = json.loads(json.dumps(generated))
    for fk in expected.get("foreignKeys", []):
        fk["reference"]["resource"] += suffix
    return resource.get("schema") == expected


# --- the whole check -------------------------------------------------------------------------

def validate_package(path: Path | str, allow_remote: bool = False, max_per_rule: int = DEFAULT_MAX_PER_RULE,
                     limits: ArchiveLimits = ArchiveLimits()) -> ValidationReport:
    """Validate a package (folder, datapackage.json or .zip) and report every problem found.

    Raises :class:`UnusableInput` when the input is not a readable package at all.
    """
    started = time.perf_counter()
    log = ProblemLog(max_per_rule)
    with open_package(path, limits) as descriptor_path, tempfile.TemporaryDirectory(prefix="warta-remote-") as scratch:
        root = descriptor_path.parent
        descriptor = load_descriptor(descriptor_path)
        schema_files = _schema_files(descriptor)
        log.extend(descriptor_problems(descriptor, root))
        warta = is_warta_package(descriptor)
        if warta:
            log.extend(warta_rule_problems(descriptor))
        summaries: dict[str, ResourceSummary] = {}
        files: dict[str, list[Path]] = {}
        referenced: set[str] = set()
        for number, resource in enumerate(_resources(descriptor)):
            name = str(resource.get("name") or f"resource {number + 1}")
            summaries[name] = ResourceSummary(name, ", ".join(_paths(resource)), str(resource.get("format") or ""))
            referenced.update(_paths(resource))
            located = locate_files(name, resource, root, allow_remote, Path(scratch), log)
            if located is None:
                continue
            files[name] = located
            log.extend(file_problems(name, resource, located))
        log.extend(checksum_problems(root))
        log.extend(extra_files(root, referenced | schema_files))
        check_data(descriptor, files, log, summaries)
    return ValidationReport(source=str(path), kind="warta" if warta else "tabular", problems=log.kept,
                            counts=dict(log.counts), resources=list(summaries.values()),
                            seconds=time.perf_counter() - started)


def _schema_files(descriptor: Mapping[str, Any]) -> set[str]:
    """Schema and dialect files the resources name (they are part of the package, not extra)."""
    return {r[key] for r in _resources(descriptor) for key in ("schema", "dialect") if isinstance(r.get(key), str)}
