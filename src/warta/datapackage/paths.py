"""Safe resolution of the paths a data package names.

A descriptor or a zip archive comes from elsewhere: a resource ``path`` or a member name
must not reach outside the package. Refused: URLs (and Windows drive letters), absolute
paths, ``..`` components, ``~`` anywhere (home directories), backslashes and NUL bytes;
after resolution, a path that leaves the package root through a symbolic link.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

# A URI scheme ("https:", "file:") — a single letter also catches drive letters ("C:").
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


class UnsafePathError(ValueError):
    """A path in a data package that would read outside the package."""


def unsafe_reason(path: object) -> str | None:
    """Why ``path`` may not be read as a package-relative path, or None when it may."""
    if not isinstance(path, str) or not path:
        return "a path must be a non-empty string"
    if "\x00" in path:
        return "a path must not contain NUL bytes"
    if "\\" in path:
        return "a path must use forward slashes"
    if _SCHEME.match(path):
        return "a path must not be a URL"
    if path.startswith("/"):
        return "a path must be relative"
    parts = PurePosixPath(path).parts
    if ".." in parts:
        return "a path must not contain '..'"
    if "~" in path:  # anywhere: some tools expand "~user" and "dir/~" alike
        return "a path must not contain '~'"
    return None


def check_relative_path(path: object, context: str = "path") -> str:
    """``path`` itself when it is a safe package-relative POSIX path; else :class:`UnsafePathError`."""
    reason = unsafe_reason(path)
    if reason:
        raise UnsafePathError(f"{context} {path!r}: {reason}")
    return path  # type: ignore[return-value]


def resolve_inside(root: Path, path: object, context: str = "path") -> Path:
    """The file ``path`` names under ``root``, refusing anything that ends up outside it."""
    relative = check_relative_path(path, context)
    base = root.resolve()
    target = (base / relative).resolve()
    if not target.is_relative_to(base):
        raise UnsafePathError(f"{context} {path!r}: resolves outside the package ({target})")
    return target


def check_zip_member(name: str, context: str = "zip member") -> str:
    """``name`` when the zip member is safe to extract (no zip-slip); directories end with ``/``."""
    check_relative_path(name.removesuffix("/") or name, context)
    return name
