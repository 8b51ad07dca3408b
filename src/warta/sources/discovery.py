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
    paths = [Path(path) for path in paths]
    one_tree = len(paths) == 1 and not is_glob(paths[0]) and paths[0].is_dir()
    seen = _Seen(paths[0] if one_tree else None)
    for path in paths:
        for found, real, plain in _expand(path):
            if found.problem is None and not seen.first_time(found.source, real, plain):
                continue
            yield found


class _Seen:
    """The real paths of the files given so far, without remembering every file of a large tree.

    In one folder walked on its own, the files reached without passing a symbolic link ("plain"
    files) all have different real paths, so only the files reached through a link are
    remembered: such a file is dropped when its plain twin (the same real path inside the tree)
    came first in the walk's order, and otherwise remembered so that the twin is dropped.
    Across several sources every file is remembered.
    """

    def __init__(self, tree: Path | None):
        self.tree = os.path.realpath(tree) if tree is not None else None
        self.real: set[str] = set()

    def first_time(self, source: str, real: str, plain: bool) -> bool:
        if real in self.real:
            return False
        if self.tree is not None:
            if plain:
                return True
            twin = self._plain_twin(real)
            if twin is not None and twin < tuple(source.split("/")):
                return False
        self.real.add(real)
        return True

    def _plain_twin(self, real: str) -> tuple[str, ...] | None:
        """Where the walk meets the file at ``real`` without a link (its path parts in the tree), if it does."""
        inside = os.path.join(self.tree, "")
        if not real.startswith(inside):
            return None
        parts = tuple(real[len(inside):].split(os.sep))
        if any(part.startswith(".") for part in parts) or reader_for(os.path.splitext(parts[-1])[1]) is None:
            return None
        return parts


def _expand(path: Path) -> Iterator[tuple[Input, str, bool]]:
    """(input, real path, whether reached without a symbolic link below the folder walked) of everything under ``path``."""
    if is_glob(path):
        root = glob_root(str(path))
        for match in sorted(glob.glob(str(path), recursive=True)):
            match = Path(match)
            if match.is_dir():
                yield from _walk(match, root, frozenset(), _prefix(match, root), os.path.realpath(match))
            elif reader_for(match.suffix) is not None:
                yield _linked(_file_input(match, root, explicit=False))
    elif path.is_dir():
        yield from _walk(path, path, frozenset(), "", os.path.realpath(path))
    else:
        yield _linked(_file_input(path, path.parent, explicit=True))


def _prefix(folder: Path, root: Path) -> str:
    relative = _relative(folder, root)
    return "" if relative == "." else relative + "/"


def _linked(found: Input) -> tuple[Input, str, bool]:
    return found, os.path.realpath(found.path) if found.problem is None else "", False


def _walk(folder: Path, root: Path, ancestors: frozenset[tuple[int, int]], prefix: str, real: str,
          plain: bool = True) -> Iterator[tuple[Input, str, bool]]:
    """Everything under ``folder``, whose source names start with ``prefix`` and whose real path is ``real``.

    Plain files and folders are told apart by the type the folder listing gives, without a
    system call per file; symbolic links get every check (loops, broken links, what they point to).
    """
    try:
        stat = folder.stat()
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield Input(folder, prefix.rstrip("/") or _relative(folder, root), f"cannot read folder: {_reason(error)}"), "", False
        return
    here = (stat.st_dev, stat.st_ino)
    ancestors = ancestors | {here}
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        linked = entry.is_symlink()
        if _is_folder(entry):
            path = Path(entry.path)
            target = path.stat()
            if (target.st_dev, target.st_ino) in ancestors:
                back_to = _relative(Path(os.path.realpath(path)), Path(os.path.realpath(root)))
                yield Input(path, prefix + name, f"symlink loop: leads back to folder {back_to}"), "", False
                continue
            inner = os.path.realpath(path) if linked else os.path.join(real, name)
            yield from _walk(path, root, ancestors, f"{prefix}{name}/", inner, plain and not linked)
        elif reader_for(os.path.splitext(name)[1]) is None:
            continue
        elif linked:
            yield _linked(_file_input(Path(entry.path), root, explicit=False))
        elif entry.is_file():
            yield Input(Path(entry.path), prefix + name), os.path.join(real, name), plain
        else:
            yield Input(Path(entry.path), prefix + name, "not a regular file"), "", False


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
