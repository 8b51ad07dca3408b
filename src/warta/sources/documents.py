"""Source documents: find them, read each with the reader for its format, say why one cannot be read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.sources.discovery import Input, discover
from warta.sources.readers import BadRecord, ReadError, reader_for, reads_one_document

__all__ = ["Reject", "SourceDocument", "discover", "read_input", "read_one", "read_sources", "work_items"]


@dataclass(frozen=True)
class SourceDocument:
    """The text of one news page and any metadata its container gave."""

    source: str  # path relative to the corpus root, POSIX; "#<n>" for a record of a multi-record file
    text: str
    fields: dict[str, Any] = field(default_factory=dict)  # given metadata: title, published, outlet, url...


@dataclass(frozen=True)
class Reject:
    """A source that did not become an article."""

    source: str
    reason: str
    position: str | None = None


def read_sources(paths: Iterable[Path]) -> Iterator[SourceDocument | Reject]:
    """Every document under ``paths`` (files, folders, glob patterns), or a reject saying why it could not be read."""
    for found in discover(paths):
        yield from read_input(found)


def work_items(paths: Iterable[Path], defer: bool = True) -> Iterator[SourceDocument | Reject | Input]:
    """What :func:`read_sources` gives, except that (with ``defer``) a file that holds exactly one
    document comes as its :class:`Input`, one item all the same, to be read by :func:`read_one`
    where the work is done (a worker process) rather than here."""
    for found in discover(paths):
        if defer and found.problem is None and reads_one_document(found.path.suffix):
            yield found
        else:
            yield from read_input(found)


def read_one(item: SourceDocument | Reject | Input) -> SourceDocument | Reject:
    """The document (or reject) an item of :func:`work_items` stands for."""
    if not isinstance(item, Input):
        return item
    [document] = read_input(item)
    return document


def read_input(found: Input) -> Iterator[SourceDocument | Reject]:
    """The documents of one input; never raises for a bad file, whatever is wrong with it."""
    if found.problem is not None:
        yield Reject(found.source, found.problem)
        return
    reader = reader_for(found.path.suffix)
    if reader is None:
        yield Reject(found.source, f"unsupported file type {found.path.suffix or '(no extension)'}")
        return
    try:
        for record in reader(found.path):
            if isinstance(record, BadRecord):
                yield Reject(found.source + record.suffix, record.reason, record.position)
            else:
                suffix, text, fields = record
                yield SourceDocument(found.source + suffix, text, fields)
    except ReadError as error:
        yield Reject(found.source, error.reason, error.position)
    except OSError as error:
        yield Reject(found.source, f"cannot read file: {error.strerror or error}")
    except Exception as error:  # a reader (or a library under it) tripped on input nobody foresaw
        yield Reject(found.source, f"cannot read file: {type(error).__name__}: {error}")
