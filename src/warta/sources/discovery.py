"""Finding the documents to read: files, folders (recursively) and glob patterns.

Folders are walked in a stable order (sorted by name), following symbolic links but never
round a loop; hidden files and folders (".git", ".cache") are skipped. Whatever is found
but cannot be read (a symlink loop, a broken link, a folder without permission) is
reported as an input with a ``problem``, so that it becomes a reject instead of vanishing.
"""

from __future__ import annotations

import errno
import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from warta.sources.readers import reader_for

_GLOB_MAGIC = frozenset("*?[")


class Input(NamedTuple):
    """One thing to read: a file with its source name (relative to its root), or a problem found."""

    path: Path
    source: str
    problem: str | None = None


def is_glob(path: Path | str) -> bool:
    return not Path(path).exists() and any(char in _GLOB_MAGIC for char in str(path))


def glob_root(pattern: str) -> Path:
    """The folder a pattern starts from: its parts before the first one with a wildcard."""
    parts = Path(pattern).parts
    fixed = []
    for part in parts:
        if any(char in _GLOB_MAGIC for char in part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def missing(paths: Iterable[Path]) -> list[str]:
    """The paths that name nothing: no such file or folder, or a pattern that matches nothing."""
    return [str(path) for path in paths
            if (is_glob(path) and not glob.glob(str(path), recursive=True))
            or (not is_glob(path) and not path.exists() and not path.is_symlink())]


def discover(paths: Iterable[Path]) -> Iterator[Input]:
    """Every input under ``paths`` in a stable order; each file once, however often it is named."""
    seen: set[Path] = set()
    for path in paths:
        for found in _expand(Path(path)):
            if found.problem is None:
                real = found.path.resolve()
                if real in seen:
                    continue
                seen.add(real)
            yield found


def _expand(path: Path) -> Iterator[Input]:
    if is_glob(path):
        root = glob_root(str(path))
        for match in sorted(glob.glob(str(path), recursive=True)):
            match = Path(match)
            if match.is_dir():
                yield from _walk(match, root, frozenset())
            elif reader_for(match.suffix) is not None:
                yield _file_input(match, root, explicit=False)
    elif path.is_dir():
        yield from _walk(path, path, frozenset())
    else:
        yield _file_input(path, path.parent, explicit=True)


def _walk(folder: Path, root: Path, ancestors: frozenset[tuple[int, int]]) -> Iterator[Input]:
    try:
        stat = folder.stat()
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield Input(folder, _relative(folder, root), f"cannot read folder: {_reason(error)}")
        return
    here = (stat.st_dev, stat.st_ino)
    ancestors = ancestors | {here}
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if _is_folder(entry):
            target = path.stat()
            if (target.st_dev, target.st_ino) in ancestors:
                back_to = _relative(Path(os.path.realpath(path)), Path(os.path.realpath(root)))
                yield Input(path, _relative(path, root), f"symlink loop: leads back to folder {back_to}")
                continue
            yield from _walk(path, root, ancestors)
        elif reader_for(path.suffix) is not None:
            yield _file_input(path, root, explicit=False)


def _is_folder(entry: os.DirEntry) -> bool:
    """Whether ``entry`` is a folder, following symbolic links; a link that loops onto itself is not."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _file_input(path: Path, root: Path, explicit: bool) -> Input:
    source = _relative(path, root)
    try:
        path.stat()
    except OSError as error:
        if error.errno == errno.ELOOP:
            return Input(path, source, "symlink loop")
        if path.is_symlink():
            return Input(path, source, f"broken symlink to {os.readlink(path)}")
        return Input(path, source, f"cannot read file: {_reason(error)}")
    if not path.is_file():
        return Input(path, source, "not a regular file")
    if explicit and reader_for(path.suffix) is None:
        return Input(path, source, f"unsupported file type {path.suffix or '(no extension)'}")
    return Input(path, source)


def _relative(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` (POSIX, without resolving symbolic links), else as given."""
    try:
        return Path(os.path.relpath(os.path.abspath(path), os.path.abspath(root))).as_posix()
    except ValueError:
        return path.as_posix()


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
