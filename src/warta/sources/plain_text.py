"""Reader for plain-text pages (``.txt``), as scraped off news sites."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warta.sources.decoding import decode
from warta.sources.records import Record, read_bytes_limited, require_text

SUFFIXES = (".txt",)


def read(path: Path) -> Iterator[Record]:
    yield "", require_text(decode(read_bytes_limited(path))), {}
