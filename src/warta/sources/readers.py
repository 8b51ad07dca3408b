"""Readers, one per input format: each turns a file into (suffix, text, fields) records.

A reader yields one record per document in the file; ``suffix`` tells documents of the
same file apart (``""`` for single-document files, ``"#3"`` for line 3 of a JSON Lines file).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

Record = tuple[str, str, dict[str, Any]]


class ReadError(Exception):
    """A document that cannot be read, with the reason and where in the file."""

    def __init__(self, reason: str, position: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.position = position


def decode(data: bytes) -> str:
    """Text of a file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError("binary file (NUL bytes)", "byte " + str(data.index(b"\x00")))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_text(path: Path) -> Iterator[Record]:
    """A plain-text page, as scraped."""
    text = decode(path.read_bytes())
    if not text.strip():
        raise ReadError("empty document")
    yield "", text, {}


READERS: dict[str, Callable[[Path], Iterator[Record]]] = {
    ".txt": read_text,
}
