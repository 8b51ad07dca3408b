"""The reader for each file format: built-in plugins, plus any that other packages register.

A reader is a function ``read(path) -> Iterator[Record | BadRecord]`` (see
:mod:`warta.sources.records`). Another package adds a format by declaring an entry point in
the ``warta.readers`` group, named after the suffix it reads::

    [project.entry-points."warta.readers"]
    ".xml" = "my_package.readers:read_xml"
"""

from __future__ import annotations

from importlib.metadata import entry_points

from warta.sources import html_pages, json_records, plain_text
from warta.sources.records import BadRecord, ReadError, Reader, Record

__all__ = ["READERS", "BadRecord", "ReadError", "Reader", "Record", "reader_for", "reads_one_document"]

ENTRY_POINT_GROUP = "warta.readers"


def _built_in() -> dict[str, Reader]:
    readers: dict[str, Reader] = {}
    readers.update(dict.fromkeys(plain_text.SUFFIXES, plain_text.read))
    readers.update(dict.fromkeys(html_pages.SUFFIXES, html_pages.read))
    readers.update(dict.fromkeys(json_records.JSONL_SUFFIXES, json_records.read_jsonl))
    readers.update(dict.fromkeys(json_records.JSON_SUFFIXES, json_records.read_json))
    return readers


def _plugins() -> dict[str, Reader]:
    """Readers registered by installed packages; a built-in format cannot be taken over."""
    readers = {}
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            readers[point.name.lower()] = point.load()
        except Exception:  # a broken plugin must not break warta: its format stays unsupported
            continue
    return readers


#: Suffix (lower case, with the dot) → reader.
READERS: dict[str, Reader] = {**_plugins(), **_built_in()}


def reader_for(suffix: str) -> Reader | None:
    return READERS.get(suffix.lower())


#: Built-in readers that give exactly one document (or raise) per file.
_ONE_DOCUMENT: frozenset[Reader] = frozenset({plain_text.read, html_pages.read})


def reads_one_document(suffix: str) -> bool:
    """Whether a file with this suffix always becomes exactly one document or one reject."""
    return READERS.get(suffix.lower()) in _ONE_DOCUMENT
