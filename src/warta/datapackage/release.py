"""Versioned releases: the next version from the diff, the changelog entry, the archive.

A dataset lives as a series of releases. ``make_release`` builds the sources, compares them
with the previous release, picks the next semantic version from what changed, records the
version in warta.toml, prepends an entry to the dataset's CHANGELOG.md (beside warta.toml),
writes the release and packs it as ``dist/<name>-<version>.zip`` listed in
``dist/SHA256SUMS``. ``release_drift`` rebuilds a release and lists the files that differ.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import re
import tempfile
import tomllib
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from warta.build.run import DEFAULT_CORPUS, build, corpus_root
from warta.config import CONFIG_FILE, DatasetConfig, load_config
from warta.datapackage.descriptor import file_digest
from warta.datapackage.diff import ReleaseDiff, ReleaseError, diff_releases
from warta.datapackage.documents import CHANGELOG, release_documents
from warta.datapackage.load import DESCRIPTOR, open_release
from warta.datapackage.write import CHECKSUMS, finish_release, staged_release
from warta.schema.declarations import TABLES

DEFAULT_RELEASE = Path("datapackage")
DEFAULT_DIST = Path("dist")
BUMP_CHOICES = ("auto", "major", "minor", "patch")
#: The command that rewrites the reference release; printed when it has drifted.
REBUILD_COMMAND = "warta release --rebuild"
_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)")
_BUMP_REASONS = {
    "major": "breaking schema change (a table or column removed or retyped, or a key changed)",
    "minor": "tables or columns added, or rows added or removed",
    "patch": "corrections only (changed values, constraints or metadata)",
}


def next_version(version: str, bump: str) -> str:
    """``version`` with its ``bump`` component incremented and the lower ones reset."""
    match = _VERSION.match(version)
    if not match:
        raise ReleaseError(f"version {version!r} is not semantic (MAJOR.MINOR.PATCH)")
    major, minor, patch = (int(part) for part in match.groups())
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise ValueError(f"unknown bump {bump!r}; use one of major, minor, patch")


@dataclass
class ReleaseResult:
    """What ``make_release`` did."""

    config: DatasetConfig
    counts: dict[str, int]  # rows per table
    path: Path | None  # None when nothing changed and nothing was written
    previous: str | None  # version of the previous release, if there was one
    bump: str | None
    diff: ReleaseDiff | None
    archive: Path | None

    @property
    def version(self) -> str:
        return self.config.version


def changelog_entry(version: str, released: dt.date, counts: Mapping[str, int],
                    diff: ReleaseDiff | None, bump: str | None, previous: str | None) -> str:
    """The Markdown entry of one release: why this version, schema changes, rows per table."""
    lines = [f"## [{version}] - {released.isoformat()}", ""]
    if previous is None:
        lines.append("First release.")
    else:
        reason = _BUMP_REASONS.get(bump or "", "no changes")
        lines.append(f"{(bump or 'no').capitalize()} release after {previous}: {reason}.")
    lines += ["", "| table | rows | added | removed | changed |", "|---|---:|---:|---:|---:|"]
    changes = {table.table: table for table in diff.tables} if diff else {}
    for table in TABLES:
        rows = counts[table.name]
        change = changes.get(table.name)
        if change is None:
            added, removed, changed = (f"+{rows}", "−0", "0") if previous is None else ("new table", "", "")
        elif not change.compared:
            added, removed, changed = "not compared (key changed)", "", ""
        else:
            added, removed, changed = f"+{change.added}", f"−{change.removed}", str(change.changed)
        lines.append(f"| {table.name} | {rows} | {added} | {removed} | {changed} |")
    if diff and diff.schema:
        lines += ["", "Schema changes:", ""] + [f"- {change}" for change in diff.schema]
    if diff and diff.metadata:
        lines += ["", "Metadata changed: " + ", ".join(diff.metadata) + "."]
    return "\n".join(lines) + "\n"


def prepend_changelog(path: Path, entry: str, name: str) -> None:
    """Put ``entry`` first in the changelog at ``path``, replacing an entry for the same version."""
    heading = entry.splitlines()[0]
    version_heading = heading.split(" - ")[0]
    if path.is_file():
        text = path.read_text(encoding="utf-8")
    else:
        text = (f"# Changelog of {name}\n\nEvery release of the dataset, newest first. Entries are written "
                "by `warta release`; edit them freely to say why the data changed.\n")
    sections = re.split(r"(?m)^(?=## )", text)
    intro, entries = sections[0], [s for s in sections[1:] if not s.startswith(version_heading + " ")]
    body = "".join([entry + "\n"] + entries).rstrip("\n") + "\n"
    path.write_text(intro.rstrip("\n") + "\n\n" + body, encoding="utf-8", newline="\n")


def set_config_version(path: Path, config: DatasetConfig) -> None:
    """Record ``config.version`` in warta.toml, keeping every other line (a new file if there is none)."""
    if not path.is_file():
        path.write_text(f'[dataset]\nname = "{config.name}"\ntitle = "{config.title}"\n'
                        f'version = "{config.version}"\n', encoding="utf-8")
        return
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    table, replaced = "", False
    for number, line in enumerate(lines):
        header = re.match(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?", line)
        if header:
            table = header.group(1)
            continue
        if table in ("", "dataset") and re.match(r"^\s*version\s*=", line) and not replaced:
            lines[number] = re.sub(r"=\s*(\"[^\"]*\"|'[^']*')", f'= "{config.version}"', line, count=1)
            replaced = True
    text = "".join(lines)
    data = tomllib.loads(text)
    if not replaced or data.get("dataset", data).get("version") != config.version:
        raise ReleaseError(f"{path}: cannot find the version = \"...\" line of [dataset] to update")
    path.write_text(text, encoding="utf-8")


def read_quality(path: Path) -> dict[str, float | None]:
    """Extraction figures for the card from a JSON file: ``warta evaluate --format json`` output
    (its ``overall`` figures) or a flat object of numbers."""
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ReleaseError(f"{path}: cannot read quality figures: {error}") from None
    figures = data.get("overall", data) if isinstance(data, dict) else None
    if not isinstance(figures, dict) or not all(
            value is None or (isinstance(value, (int, float)) and not isinstance(value, bool))
            for value in figures.values()):
        raise ReleaseError(f"{path}: expected an object of numbers (or `warta evaluate --format json` output)")
    return figures


def _zip_time(released: dt.date) -> tuple[int, int, int, int, int, int]:
    return (max(released.year, 1980), released.month, released.day, 0, 0, 0)


def archive_release(release: Path, dist: Path, package_name: str, released: dt.date) -> Path:
    """``dist/<package_name>.zip`` of the release folder (same bytes for the same files) and its checksum."""
    dist.mkdir(parents=True, exist_ok=True)
    archive = dist / f"{package_name}.zip"
    staging = archive.with_name(f".{archive.name}.tmp")
    with zipfile.ZipFile(staging, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as bundle:
        for path in sorted(p for p in release.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{package_name}/{path.relative_to(release).as_posix()}", _zip_time(released))
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            bundle.writestr(info, path.read_bytes(), compresslevel=9)
    staging.replace(archive)
    update_checksums(dist / CHECKSUMS, archive)
    return archive


def update_checksums(path: Path, archive: Path) -> None:
    """Add (or refresh) the SHA-256 line of ``archive`` in the ``SHA256SUMS`` file at ``path``."""
    sums: dict[str, str] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            digest, _, name = line.partition("  ")
            if name:
                sums[name] = digest
    sums[archive.name] = file_digest(archive)[1]
    path.write_text("".join(f"{sums[name]}  {name}\n" for name in sorted(sums)), encoding="utf-8")


def ensure_replaceable(output: Path) -> None:
    """Refuse to replace a folder that holds something other than a release (e.g. ``-o .``)."""
    if output.is_dir() and any(output.iterdir()) and not (output / DESCRIPTOR).is_file():
        raise ReleaseError(f"{output}: not empty and not a release (no {DESCRIPTOR}); "
                           "the release replaces this folder whole, so give an empty or new one")


def _diff_with(previous: Path, candidate: Path) -> ReleaseDiff:
    with open_release(previous) as old, open_release(candidate) as new:
        return diff_releases(old, new)


def make_release(sources: Sequence[Path] = (DEFAULT_CORPUS,), output: Path = DEFAULT_RELEASE,
                 previous: Path | None = None, bump: str = "auto", dist: Path = DEFAULT_DIST,
                 quality: Mapping[str, float | None] | None = None, **build_options) -> ReleaseResult:
    """Build the sources as the next release of the dataset.

    The sources are built into a candidate release beside ``output`` and compared with
    ``previous`` (default: the release already in ``output``); without one this is the first
    release, at the version in warta.toml. The candidate's data files then become the new
    release, with documents and descriptor for the new version. With ``bump="auto"`` and
    nothing changed, nothing is written (``path`` is None). ``build_options`` go to
    :func:`warta.build.run.build` (jobs, executor, progress...).

    Raises :class:`~warta.build.run.BuildFailed`, :class:`ReleaseError` or
    :class:`~warta.datapackage.load.LoadError` (a previous release that cannot be read).
    """
    ensure_replaceable(output)
    sources = list(sources) or [DEFAULT_CORPUS]
    root = corpus_root(sources)
    config = load_config(root)
    if previous is None and (output / DESCRIPTOR).is_file():
        previous = output
    output.resolve().parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".{output.name}.candidate-", dir=output.resolve().parent) as folder:
        candidate = build(sources, config=config, destination=Path(folder) / "candidate", **build_options)
        diff, kind, previous_version = None, None, None
        if previous is not None:
            diff = _diff_with(previous, candidate.path)
            previous_version = diff.old_version or config.version
            kind = diff.bump if bump == "auto" else bump
            if kind is None:
                return ReleaseResult(config, candidate.counts, None, previous_version, None, diff, None)
            config = replace(config, version=next_version(previous_version, kind))
        set_config_version(root / CONFIG_FILE, config)
        created = _created(candidate.path)
        released = dt.date.fromisoformat(created[:10])
        entry = changelog_entry(config.version, released, candidate.counts, diff, kind, previous_version)
        prepend_changelog(root / CHANGELOG, entry, config.name)
        with staged_release(output) as staging:
            (candidate.path / "data").rename(staging / "data")
            finish_release(staging, config, created, release_documents(staging, config, root, created, quality))
    path = output.resolve()
    archive = archive_release(path, dist, config.package_name, released)
    return ReleaseResult(config, candidate.counts, path, previous_version, kind, diff, archive)


def _created(release: Path) -> str:
    import json

    return json.loads((release / DESCRIPTOR).read_text(encoding="utf-8"))["created"]


def rebuild_release(sources: Sequence[Path] = (DEFAULT_CORPUS,), output: Path = DEFAULT_RELEASE) -> Path:
    """Rewrite the release in ``output`` from the sources at the version in warta.toml.

    No diff, no new version, no changelog entry, no archive: this is for bringing a reference
    release in line with a changed warta.
    """
    ensure_replaceable(output)
    return build(list(sources) or [DEFAULT_CORPUS], destination=output).path


def compare_folders(expected: Path, actual: Path) -> list[str]:
    """Files that differ between two folders, as ``path: reason`` lines (empty when identical)."""
    def files(root: Path) -> set[str]:
        return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()} if root.is_dir() else set()

    wanted, have = files(expected), files(actual)
    lines = [f"{name}: missing (a fresh build writes it)" for name in sorted(wanted - have)]
    lines += [f"{name}: not produced by a fresh build" for name in sorted(have - wanted)]
    lines += [f"{name}: content differs" for name in sorted(wanted & have)
              if not filecmp.cmp(expected / name, actual / name, shallow=False)]
    return lines


def release_drift(sources: Sequence[Path] = (DEFAULT_CORPUS,), release: Path = DEFAULT_RELEASE) -> list[str]:
    """Files of ``release`` that differ from a fresh build of the sources (empty: no drift)."""
    with tempfile.TemporaryDirectory(prefix="warta-check-") as folder:
        fresh = rebuild_release(sources, Path(folder) / release.name)
        return compare_folders(fresh, release)
