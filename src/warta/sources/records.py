"""What a reader gives back: records of documents, bad records, and errors for whole files.

A reader turns one file into :data:`Record` tuples ``(suffix, text, fields)``, one per
document in the file: ``suffix`` tells documents of the same file apart (``""`` for a
single-document file, ``"#3"`` for line 3 of a JSON Lines file) and ``fields`` holds the
metadata the file gave (title, published, outlet, language, url...). A record that cannot
be used is a :class:`BadRecord`; a file that cannot be read at all raises :class:`ReadError`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Documents larger than this are rejected rather than read: no news article is that long.
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024

Record = tuple[str, str, dict[str, Any]]


@dataclass(frozen=True)
class BadRecord:
    """One document of a multi-document file that cannot be used; the rest of the file still is."""

    suffix: str
    reason: str
    position: str | None = None


Reader = Callable[[Path], Iterator[Record | BadRecord]]


class ReadError(Exception):
    """A file that cannot be read, with the reason and where in the file."""

    def __init__(self, reason: str, position: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.position = position


def megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def check_size(size: int, what: str = "file") -> None:
    if size > MAX_DOCUMENT_BYTES:
        raise ReadError(f"{what} too large: {megabytes(size)} (limit {megabytes(MAX_DOCUMENT_BYTES)})")


def read_bytes_limited(path: Path) -> bytes:
    """The bytes of ``path``, or :class:`ReadError` when it is larger than a document can be."""
    with open(path, "rb", buffering=0) as file:
        size = os.fstat(file.fileno()).st_size
        check_size(size)
        return file.read()


def require_text(text: str) -> str:
    if not text.strip():
        raise ReadError("empty document")
    return text
