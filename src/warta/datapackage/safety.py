"""Safe handling of untrusted packages: resource paths and release archives.

A descriptor names files; a hostile one could name ``/etc/passwd``, ``../../secret`` or a URL.
An archive could hold members that escape the folder they are extracted into (zip slip) or
that expand to far more than their size (zip bomb). Nothing here executes or fetches anything.
"""

from __future__ import annotations

import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from warta.datapackage.paths import UnsafePathError, unsafe_reason
from warta.datapackage.paths import resolve_inside as resolve_package_path

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(path: str) -> bool:
    return bool(_URL.match(path))


def unsafe_path_reason(path: object, allow_remote: bool = False) -> str | None:
    """Why a resource path must not be followed, or None when it may.

    The rules for local paths are :func:`warta.datapackage.paths.unsafe_reason`; URLs pass
    only with ``allow_remote``, and then only http(s).
    """
    if isinstance(path, str) and is_url(path):
        if not allow_remote:
            return "path is a URL; pass --allow-remote to permit remote resources"
        return None if path.lower().startswith(("http://", "https://")) else "only http(s) URLs are permitted"
    return unsafe_reason(path)


def resolve_inside(root: Path, relative: str) -> Path:
    """``root / relative``, refusing anything (symlinks included) that resolves outside ``root``."""
    try:
        return resolve_package_path(root, relative)
    except UnsafePathError as error:
        raise UnsafeInput(str(error)) from None


class UnsafeInput(Exception):
    """The input cannot be read safely; nothing was read from it."""


@dataclass(frozen=True)
class ArchiveLimits:
    """Bounds on what extracting one archive may produce."""

    max_members: int = 10_000
    max_total_bytes: int = 64 * 1024**3  # 64 GiB uncompressed
    max_ratio: int = 1_000  # uncompressed / compressed size of any one member


def _check_member(info: zipfile.ZipInfo, limits: ArchiveLimits) -> None:
    name = info.filename
    reason = unsafe_path_reason(name.rstrip("/")) if name.rstrip("/") else "empty member name"
    if reason:
        raise UnsafeInput(f"archive member {name!r}: {reason}")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise UnsafeInput(f"archive member {name!r}: symbolic links are not permitted")
    if info.flag_bits & 0x1:
        raise UnsafeInput(f"archive member {name!r}: encrypted members are not supported")
    if info.compress_size and info.file_size / info.compress_size > limits.max_ratio:
        raise UnsafeInput(f"archive member {name!r}: compression ratio above {limits.max_ratio}:1 (zip bomb?)")


def extract_archive(archive: Path, destination: Path, limits: ArchiveLimits = ArchiveLimits()) -> None:
    """Extract a zip archive into ``destination`` (an empty folder), refusing anything unsafe.

    Declared sizes are checked first, then the bytes actually written are counted, since a
    crafted archive can declare sizes it does not honour.
    """
    try:
        bundle = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as error:
        raise UnsafeInput(f"{archive}: not a readable zip archive ({error})") from None
    with bundle:
        members = bundle.infolist()
        if len(members) > limits.max_members:
            raise UnsafeInput(f"{archive}: more than {limits.max_members} members")
        seen: set[str] = set()
        declared = 0
        for info in members:
            _check_member(info, limits)
            if info.filename.rstrip("/") in seen:
                raise UnsafeInput(f"archive member {info.filename!r}: appears twice")
            seen.add(info.filename.rstrip("/"))
            declared += info.file_size
        if declared > limits.max_total_bytes:
            raise UnsafeInput(f"{archive}: expands to more than {limits.max_total_bytes} bytes")
        written = 0
        for info in members:
            target = resolve_inside(destination, info.filename)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            budget = min(info.file_size, limits.max_total_bytes - written)
            try:
                with bundle.open(info) as source, target.open("wb") as sink:
                    copied = _copy_at_most(source, sink, budget)
            except (zipfile.BadZipFile, OSError, RuntimeError) as error:
                raise UnsafeInput(f"archive member {info.filename!r}: cannot be read ({error})") from None
            written += copied


def _copy_at_most(source, sink, budget: int) -> int:
    """Copy ``source`` to ``sink``, failing if it holds more than ``budget`` bytes."""
    copied = 0
    while block := source.read(1 << 20):
        copied += len(block)
        if copied > budget:
            raise UnsafeInput("member expands beyond its declared size (zip bomb?)")
        sink.write(block)
    return copied
