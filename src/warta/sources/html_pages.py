"""Reader for saved web pages (``.html``, ``.htm``): main text and metadata through trafilatura.

trafilatura drops the page furniture (menus, footers, comment threads) and finds the title,
publication date and site name; these go into the document's fields, where they win over
what extraction would find in the text. The main text then goes through the same
segmentation and extraction as a plain-text page.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warta.sources.decoding import decode, repair
from warta.sources.records import ReadError, Record, read_bytes_limited, require_text

SUFFIXES = (".html", ".htm", ".xhtml")

# trafilatura's metadata name → the field name build_article honours.
_FIELDS = {"title": "title", "date": "published", "sitename": "outlet", "url": "url", "author": "author"}


def read(path: Path) -> Iterator[Record]:
    html = require_text(decode(read_bytes_limited(path)))
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_precision=True)
    text = extracted.text if extracted is not None else None
    if not text or not text.strip():
        raise ReadError("no main text found in the HTML page")
    # One paragraph per line in trafilatura's output; scraped pages separate them by blank lines.
    paragraphs = [line for line in repair(text).split("\n") if line.strip()]
    yield "", "\n\n".join(paragraphs), _fields(extracted)


def _fields(extracted: Any) -> dict[str, Any]:
    fields = {}
    for name, field in _FIELDS.items():
        value = getattr(extracted, name, None)
        if isinstance(value, str) and value.strip():
            fields[field] = repair(value).strip()
    return fields
