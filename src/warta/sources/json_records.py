"""Readers for records of articles: JSON Lines (``.jsonl``, one record a line) and JSON (``.json``).

A record is an object with the article's ``text`` and, optionally, fields that win over
what extraction finds: ``title``, ``published`` (ISO date or date-time), ``outlet``,
``language`` (``id``, ``en``, ``en-US``...), ``url``. Each record is its own document:
``news.jsonl#12`` is the record on line 12, ``news.json#3`` the third record of an array.
A bad record is rejected on its own; the rest of the file is still read.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warta.sources.decoding import decode, detect_and_decode, repair
from warta.sources.records import (MAX_DOCUMENT_BYTES, BadRecord, ReadError, Record, check_size, megabytes,
                                   read_bytes_limited)

JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)

TEXT_FIELD = "text"
STRING_FIELDS = ("title", "outlet", "url", "language", "published")


class RecordError(ValueError):
    """Why a record cannot be used, and which field."""

    def __init__(self, reason: str, field: str | None = None):
        super().__init__(reason)
        self.reason, self.field = reason, field


def read_jsonl(path: Path) -> Iterator[Record | BadRecord]:
    """One document per line; blank lines are skipped."""
    for number, line in _numbered_lines(path):
        suffix, where = f"#{number}", f"line {number}"
        if isinstance(line, int):
            yield BadRecord(suffix, f"record too large: {megabytes(line)} (limit {megabytes(MAX_DOCUMENT_BYTES)})",
                            where)
            continue
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            yield BadRecord(suffix, f"invalid JSON: {error.msg}", f"{where}, column {error.colno}")
            continue
        yield _record(data, suffix, where)


def read_json(path: Path) -> Iterator[Record | BadRecord]:
    """One object (one document) or an array of objects (one document each)."""
    text = decode(read_bytes_limited(path))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ReadError(f"invalid JSON: {error.msg}", f"line {error.lineno}, column {error.colno}") from None
    if isinstance(data, list):
        for index, item in enumerate(data, start=1):
            yield _record(item, f"#{index}", f"record {index}")
    else:
        record = _record(data, "", None)
        if isinstance(record, BadRecord):
            raise ReadError(record.reason, record.position)
        yield record


def _numbered_lines(path: Path) -> Iterator[tuple[int, str | int]]:
    """(line number, text) of every line, streaming: a JSON Lines file may be far larger than a document.

    A line too large to be a document comes as its size in bytes instead of its text.
    """
    with path.open("rb") as file:
        head = file.read(8192)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
            # UTF-16 (or binary) cannot be split on b"\n": decode the file whole.
            check_size(path.stat().st_size, "UTF-16 JSON Lines file")
            text = detect_and_decode(head + file.read())
            yield from enumerate(text.splitlines(), start=1)
            return
        file.seek(0)
        for number, raw in enumerate(file, start=1):
            if len(raw) > MAX_DOCUMENT_BYTES:
                yield number, len(raw)
                continue
            raw = raw.rstrip(b"\r\n")
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield number, raw.decode("utf-8")
            except UnicodeDecodeError:
                yield number, detect_and_decode(raw)


def _record(data: Any, suffix: str, where: str | None) -> Record | BadRecord:
    try:
        return suffix, *_text_and_fields(data)
    except RecordError as error:
        position = ", ".join(p for p in (where, error.field and f"field {error.field}") if p) or None
        return BadRecord(suffix, error.reason, position)


def _text_and_fields(data: Any) -> tuple[str, dict[str, Any]]:
    if not isinstance(data, dict):
        raise RecordError(f"record is a JSON {type(data).__name__}, not an object")
    text = data.get(TEXT_FIELD)
    if not isinstance(text, str):
        raise RecordError("record has no text" if text is None else "text is not a string", TEXT_FIELD)
    text = repair(text)
    if not text.strip():
        raise RecordError("empty document", TEXT_FIELD)
    fields = {}
    for name in STRING_FIELDS:
        value = data.get(name)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise RecordError(f"{name} must be a string, not {type(value).__name__}", name)
        fields[name] = repair(value).strip()
    if "published" in fields:
        fields["published"] = _iso_date(fields["published"])
    if "language" in fields:
        fields["language"] = fields["language"].replace("_", "-").split("-")[0].lower()
    return text, fields


def _iso_date(value: str) -> str:
    """The date part of an ISO date or date-time, checked: "2025-02-31" is not a date."""
    try:
        if len(value) > 10:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise RecordError(f"published is not a valid ISO date: {value!r}", "published") from None
