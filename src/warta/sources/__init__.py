"""Source documents: find them, read them, decode them.

Each input format is a small reader plugin (see :mod:`warta.sources.readers`); a document
that cannot be read becomes a :class:`Reject` with a reason, never an exception.
"""

from warta.sources.documents import Reject, SourceDocument, read_sources

__all__ = ["Reject", "SourceDocument", "read_sources"]
