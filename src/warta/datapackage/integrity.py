"""Integrity of a package's files: sizes and hashes in the descriptor, SHA256SUMS, missing and extra files."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from warta.datapackage.checks import Problem
from warta.datapackage.safety import unsafe_path_reason

DESCRIPTOR = "datapackage.json"
CHECKSUMS = "SHA256SUMS"
#: Files a release may carry beside its data without a resource naming them.
DOCUMENT_PREFIXES = ("readme", "license", "licence", "changelog", "citation", "notice")
# Folders of documentation a release may carry beside its data (warta writes plots/).
DOCUMENT_FOLDERS = ("plots/", "docs/", "figures/")
_ALGORITHMS = ("md5", "sha1", "sha256", "sha512")


def digests(paths: Iterable[Path], algorithms: Iterable[str]) -> tuple[int, dict[str, str]]:
    """(bytes, {algorithm: hex}) of the concatenation of ``paths``, in one pass."""
    hashes = {name: hashlib.new(name) for name in algorithms}
    size = 0
    for path in paths:
        with path.open("rb") as handle:
            while block := handle.read(1 << 22):
                size += len(block)
                for digest in hashes.values():
                    digest.update(block)
    return size, {name: digest.hexdigest() for name, digest in hashes.items()}


def declared_integrity(resource: Mapping[str, Any]) -> tuple[int | None, str | None]:
    """(bytes, hash) a resource declares: top level, else under ``integrity`` (warta's Parquet resources)."""
    integrity = resource.get("integrity") if isinstance(resource.get("integrity"), dict) else {}
    size = resource.get("bytes", integrity.get("bytes"))
    digest = resource.get("hash", integrity.get("hash"))
    return (size if isinstance(size, int) else None), (digest if isinstance(digest, str) else None)


def _split_hash(declared: str) -> tuple[str, str]:
    """A Data Package hash is ``algorithm:hex``; without a prefix it is MD5."""
    algorithm, _, value = declared.rpartition(":")
    return (algorithm.lower() or "md5"), value.lower()


def file_problems(name: str, resource: Mapping[str, Any], files: list[Path]) -> list[Problem]:
    """Declared bytes and hash of one resource against its files (which exist)."""
    size, declared_hash = declared_integrity(resource)
    if size is None and declared_hash is None:
        return []
    algorithm, expected = _split_hash(declared_hash) if declared_hash else ("sha256", "")
    if algorithm not in _ALGORITHMS:
        return [Problem(name, "hash-count", f"unsupported hash algorithm {algorithm!r}", value=declared_hash)]
    actual_size, actual = digests(files, [algorithm])
    problems = []
    if size is not None and size != actual_size:
        problems.append(Problem(name, "byte-count", f"descriptor says {size} bytes, the file has {actual_size}",
                                value=actual_size))
    if declared_hash and expected != actual[algorithm]:
        problems.append(Problem(name, "hash-count", f"descriptor says {algorithm} {expected}, the file has "
                                f"{actual[algorithm]}", value=actual[algorithm]))
    return problems


def checksum_problems(root: Path) -> list[Problem]:
    """Every line of ``SHA256SUMS`` (``<hex>  <path>``, as sha256sum writes) against its file."""
    listing = root / CHECKSUMS
    if not listing.is_file():
        return []
    problems = []
    for number, line in enumerate(listing.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        expected, _, relative = line.partition(" ")
        relative = relative.strip().removeprefix("*")
        reason = unsafe_path_reason(relative) if relative else "line has no path"
        if reason or len(expected) != 64:
            problems.append(Problem(CHECKSUMS, "checksums", f"line {number}: {reason or 'not a SHA-256 line'}",
                                    value=line[:200]))
            continue
        path = root / relative
        if not path.is_file():
            problems.append(Problem(CHECKSUMS, "missing-file", f"line {number}: {relative} does not exist",
                                    value=relative))
            continue
        _, actual = digests([path], ["sha256"])
        if actual["sha256"] != expected.lower():
            problems.append(Problem(CHECKSUMS, "hash-count", f"line {number}: {relative} has sha256 "
                                    f"{actual['sha256']}", value=relative))
    return problems


def extra_files(root: Path, referenced: set[str]) -> list[Problem]:
    """Files in the package that no resource names (warnings: they may be documentation)."""
    problems = []
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(root).as_posix()
        if relative in referenced or relative in (DESCRIPTOR, CHECKSUMS):
            continue
        if "/" not in relative and relative.lower().startswith(DOCUMENT_PREFIXES):
            continue
        if relative.startswith(DOCUMENT_FOLDERS):
            continue
        problems.append(Problem(relative, "extra-file", "no resource names this file", severity="warning"))
    return problems
