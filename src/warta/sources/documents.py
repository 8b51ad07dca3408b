"""Finding source documents and dispatching them to the reader for their format."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.sources.readers import READERS, ReadError


@dataclass(frozen=True)
class SourceDocument:
    """The text of one news page and any metadata its container gave."""

    source: str  # path relative to the corpus root, POSIX
    text: str
    fields: dict[str, Any] = field(default_factory=dict)  # given metadata: title, published, url...


@dataclass(frozen=True)
class Reject:
    """A source that did not become an article."""

    source: str
    reason: str
    position: str | None = None


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def discover(paths: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """(file, root) for every file with a known format under ``paths``, in a stable order."""
    for path in paths:
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                if file.suffix.lower() in READERS:
                    yield file, path
        else:
            yield path, path.parent


def read_sources(paths: Iterable[Path]) -> Iterator[SourceDocument | Reject]:
    """Every document under ``paths`` (files or folders), or a reject saying why it could not be read."""
    for file, root in discover(paths):
        source = _relative(file, root)
        reader = READERS.get(file.suffix.lower())
        if reader is None:
            yield Reject(source, f"unsupported file type {file.suffix or '(none)'}")
            continue
        try:
            for suffix, text, fields in reader(file):
                yield SourceDocument(source + suffix, text, fields)
        except ReadError as error:
            yield Reject(source, error.reason, error.position)
        except OSError as error:
            yield Reject(source, f"cannot read file: {error.strerror or error}")
