"""Bytes from the wild → clean text: detect the encoding, repair mojibake, tidy invisible characters.

Pages arrive as UTF-8 with or without a byte-order mark, UTF-16, Windows-1252 or Latin-1,
and sometimes as UTF-8 that was once decoded with the wrong code page ("â€œ" for "“").
charset-normalizer picks the encoding; ftfy repairs the mojibake. Binary files are told
apart from text so that they become rejects rather than pages of garbage.
"""

from __future__ import annotations

import re
import unicodedata

from warta.sources.records import ReadError

# Encodings that news pages in Indonesian and English actually use, tried before all others:
# short Latin-1 pages are otherwise often taken for a Baltic or Central European code page.
LIKELY_ENCODINGS = ["utf_8", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "cp1252"]

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))

# File signatures of formats that are sometimes saved with a text extension by mistake.
_SIGNATURES = ((b"%PDF-", "PDF"), (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"),
               (b"GIF8", "GIF image"), (b"PK\x03\x04", "ZIP archive"), (b"\x1f\x8b", "gzip archive"),
               (b"\x7fELF", "executable"), (b"SQLite format 3\x00", "SQLite database"),
               (b"\xd0\xcf\x11\xe0", "Office document"), (b"RIFF", "RIFF media"), (b"\x00\x00\x00", "binary data"))

# Share of control characters above which decoded "text" is really binary data.
_BINARY_CONTROL_SHARE = 0.05

# Zero-width characters, soft hyphens and NULs (a regex: str.translate with a dict is far slower).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00]")
# Control characters (Unicode category Cc) other than tab and line breaks.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Characters that UTF-8 read as Windows-1252 or Latin-1 leaves behind ("â€œ", "Ã©", "Â "):
# only text holding one of them is handed to ftfy, which costs about a millisecond a page.
_MOJIBAKE_HINT = re.compile("[ÃÂâÄÅÐÑØÙ€\x80-\x9f\ufffd]")
_NO_BREAK_SPACES = re.compile("[\u00a0\u2007\u202f]")


def decode(data: bytes) -> str:
    """The text of ``data``, repaired; :class:`ReadError` when it is binary or not text at all."""
    return repair(detect_and_decode(data))


def detect_and_decode(data: bytes) -> str:
    """Decode ``data`` with its byte-order mark, as UTF-8, or with the encoding charset-normalizer finds."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"))
    _reject_known_binary(data)
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        utf8_error = error
    from charset_normalizer import from_bytes

    match = from_bytes(data, cp_isolation=LIKELY_ENCODINGS).best() or from_bytes(data).best()
    if match is None:
        raise ReadError("binary file or unknown encoding (not UTF-8, UTF-16 or a known code page)",
                        f"byte {utf8_error.start}")
    return _checked(str(match))


def _reject_known_binary(data: bytes) -> None:
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise ReadError(f"binary file ({kind})", "byte 0")


def _checked(text: str) -> str:
    """``text``, unless it is mostly control characters (binary data that happened to decode)."""
    sample = text[:65536]
    controls = [match.start() for match in _CONTROLS.finditer(sample)]
    if sample and len(controls) > _BINARY_CONTROL_SHARE * len(sample):
        raise ReadError(f"binary file ({len(controls)} control characters in the first {len(sample)})",
                        f"character {controls[0]}")
    return text


def repair(text: str) -> str:
    """Repair mojibake and unify line ends, spaces and invisible characters; keep the quote marks."""
    text = _INVISIBLE.sub("", text)
    if _MOJIBAKE_HINT.search(text) or _CONTROLS.search(text):
        import ftfy

        config = ftfy.TextFixerConfig(unescape_html=False, uncurl_quotes=False, fix_character_width=False,
                                      fix_latin_ligatures=False, explain=False)
        text = ftfy.fix_text(text, config)  # also CRLF/CR → LF, drops controls, NFC
    else:
        text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _NO_BREAK_SPACES.sub(" ", text)
