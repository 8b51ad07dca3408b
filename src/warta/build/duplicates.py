"""The same article scraped twice: exact copies, and copies that differ in spaces, case or boilerplate.

Exact copies of a page share an article ID (see :mod:`warta.build.corpus`). Near copies are
found on the article body, after segmentation has dropped the page furniture: first by a
fingerprint of the body's words (spaces, case and punctuation ignored), then by MinHash over
word shingles, with banded locality-sensitive hashing to find candidates without comparing
every pair. Of near copies the one with the smallest source is kept, whatever order the
documents come in; the others are rejects.

MinHash is written here (a few lines of numpy) rather than taken from datasketch, whose
import pulls in scipy and costs every build more than a second and a half.
"""

from __future__ import annotations

import hashlib
import zlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

#: Share of shingles two bodies must have in common (Jaccard similarity) to count as the same article.
NEAR_DUPLICATE_THRESHOLD = 0.85
SHINGLE_WORDS = 3
BANDS, ROWS = 16, 4  # 64 hash functions; pairs above ~0.5 similarity become candidates
_PERMUTATIONS = BANDS * ROWS
_PRIME = np.uint64((1 << 61) - 1)
_random = np.random.default_rng(20250213)  # fixed: the same body has the same signature in every build
_A = _random.integers(1, (1 << 61) - 1, _PERMUTATIONS, dtype=np.uint64)
_B = _random.integers(0, (1 << 61) - 1, _PERMUTATIONS, dtype=np.uint64)

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The words of ``text``, case-folded and compatibility-normalised; spaces and punctuation dropped."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def signature(tokens: list[str]) -> np.ndarray | None:
    """MinHash signature of the word shingles of ``tokens``; None when too short to mean anything."""
    if len(tokens) < SHINGLE_WORDS * 2:
        return None
    shingles = {" ".join(tokens[i:i + SHINGLE_WORDS]) for i in range(len(tokens) - SHINGLE_WORDS + 1)}
    # CRC-32 is stable across processes (unlike hash()) and several times cheaper than a digest.
    hashed = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in shingles), dtype=np.uint64, count=len(shingles))
    # (a·x + b) mod p for every hash function and shingle; the product wraps at 2⁶⁴ on purpose (it mixes bits).
    with np.errstate(over="ignore"):
        return ((np.outer(_A, hashed) + _B[:, None]) % _PRIME & np.uint64(0xFFFFFFFF)).min(axis=1)


def body_key(body: str) -> tuple[str, np.ndarray | None]:
    """What near-duplicate detection needs of a body: the fingerprint of its words and its MinHash signature."""
    tokens = words(body)
    return hashlib.sha256(" ".join(tokens).encode("utf-8")).hexdigest(), signature(tokens)


def similarity(first: np.ndarray, second: np.ndarray) -> float:
    """Estimated Jaccard similarity: the share of hash functions whose minimum the two agree on."""
    return float(np.mean(first == second))


@dataclass
class NearDuplicates:
    """Remembers every body seen and says which earlier one a new body copies, if any."""

    threshold: float = NEAR_DUPLICATE_THRESHOLD
    fingerprints: dict[str, str] = field(default_factory=dict)
    signatures: dict[str, np.ndarray] = field(default_factory=dict)
    bands: dict[tuple[int, bytes], list[str]] = field(default_factory=lambda: defaultdict(list))

    def copy_of(self, source: str, body: str) -> tuple[str, float] | None:
        """(earlier source, similarity) when ``body`` copies an earlier body; else remember it and return None."""
        return self.copy_of_key(source, *body_key(body))

    def copy_of_key(self, source: str, key: str, minhash: np.ndarray | None) -> tuple[str, float] | None:
        """:meth:`copy_of` for a body already reduced by :func:`body_key` (e.g. in a worker process)."""
        if key in self.fingerprints:
            return self.fingerprints[key], 1.0
        if minhash is not None:
            found = self._most_similar(minhash)
            if found is not None:
                return found
            self.signatures[source] = minhash
            for band in self._band_keys(minhash):
                self.bands[band].append(source)
        self.fingerprints[key] = source
        return None

    @staticmethod
    def _band_keys(minhash: np.ndarray) -> list[tuple[int, bytes]]:
        return [(band, minhash[band * ROWS:(band + 1) * ROWS].tobytes()) for band in range(BANDS)]

    def _most_similar(self, minhash: np.ndarray) -> tuple[str, float] | None:
        candidates = sorted({source for band in self._band_keys(minhash) for source in self.bands.get(band, ())})
        if not candidates:
            return None
        # One comparison of the new signature against every candidate's (the same figure as similarity()).
        scores = (np.stack([self.signatures[source] for source in candidates]) == minhash).mean(axis=1)
        scored = [(float(score), source) for score, source in zip(scores, candidates) if score >= self.threshold]
        if not scored:
            return None
        score, source = min(scored, key=lambda pair: (-pair[0], pair[1]))
        return source, score


def near_duplicate_reason(copy: tuple[str, float]) -> str:
    return f"near duplicate of {copy[0]} (similarity {copy[1]:.2f})"


def near_duplicate_rows(keys: list[dict]) -> list[dict]:
    """The near duplicates among articles reduced by :func:`body_key` (rows of ``_seq``, ``source``,
    ``article_id``, ``fingerprint``, ``signature``): rows of ``_seq``, ``source``, ``reason``.

    Of exact copies (one article ID) only the one with the smallest source counts, as in the
    merge; then bodies are compared in the order of their sources, so that of near copies the
    one with the smallest source is kept whatever order the documents came in.
    """
    kept: dict[str, dict] = {}
    for row in keys:
        first = kept.get(row["article_id"])
        if first is None or row["source"] < first["source"]:
            kept[row["article_id"]] = row
    seen = NearDuplicates()
    found = []
    for row in sorted(kept.values(), key=lambda row: row["source"]):
        minhash = None if row["signature"] is None else np.frombuffer(row["signature"], dtype=np.uint64)
        copy = seen.copy_of_key(row["source"], row["fingerprint"], minhash)
        if copy is not None:
            found.append({"_seq": row["_seq"], "source": row["source"], "reason": near_duplicate_reason(copy)})
    return found
