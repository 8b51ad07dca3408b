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
    shingles = {" ".join(words) for words in zip(*(tokens[start:] for start in range(SHINGLE_WORDS)))}
    # CRC-32 is stable across processes (unlike hash()) and several times cheaper than a digest.
    hashed = np.fromiter(map(zlib.crc32, map(str.encode, shingles)), dtype=np.uint64, count=len(shingles))
    # (a·x + b) mod p for every hash function and shingle; the product wraps at 2⁶⁴ on purpose (it mixes bits).
    with np.errstate(over="ignore"):
        values = np.outer(_A, hashed)
        values += _B[:, None]
    return (_mod_prime(values) & np.uint64(0xFFFFFFFF)).min(axis=1)


def _mod_prime(values: np.ndarray) -> np.ndarray:
    """``values % _PRIME``, cheaper: p = 2⁶¹ − 1, so x mod p is (low 61 bits + the rest), less p at most once."""
    reduced = (values & _PRIME) + (values >> np.uint64(61))
    reduced -= _PRIME * (reduced >= _PRIME)
    return reduced


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


# --- The same search, out of core, for the streaming build -------------------------------
#
# Two bodies count as near copies when at least MIN_AGREEMENT of the 64 signature positions
# agree. Such a pair differs in at most 64 - MIN_AGREEMENT = 9 positions, so at least 7 of the
# 16 bands agree whole. The search below therefore keys every signature by triples of bands
# taken from within three fixed groups of bands: 7 agreeing bands spread over 3 groups put at
# least 3 in one group, so every pair that can pass shares at least one key. A key of three
# bands (12 positions) is far more selective than a single band, so bodies built from the
# same stock phrases (templated pages) do not make candidate lists grow with the corpus; the
# result is exactly that of NearDuplicates, whose single-band candidates also hold every pair
# that can pass.

#: Positions that must agree (the smallest count whose share reaches the threshold).
MIN_AGREEMENT = next(count for count in range(_PERMUTATIONS + 1) if count / _PERMUTATIONS >= NEAR_DUPLICATE_THRESHOLD)
BAND_GROUPS = (range(0, 6), range(6, 11), range(11, 16))


def candidate_keys() -> list[tuple[int, ...]]:
    """The tuples of bands that every pair of near copies agrees on at least one of."""
    from itertools import combinations

    agreeing_bands = BANDS - (_PERMUTATIONS - MIN_AGREEMENT)
    size = -(-agreeing_bands // len(BAND_GROUPS))  # pigeonhole: some group holds this many
    return [key for group in BAND_GROUPS for key in combinations(group, size)]


def _key_positions(key: tuple[int, ...]) -> list[int]:
    """1-based (SQL) signature positions of a key's bands."""
    return [band * ROWS + row + 1 for band in key for row in range(ROWS)]


def near_duplicates_in_duckdb(con, keys: str) -> list[dict]:
    """The near duplicates (rows of ``_seq``, ``source``, ``reason``) among the articles of the DuckDB
    table ``keys`` (``_seq``, ``source``, ``fingerprint``, ``signature``: a list of 64 integers or
    NULL), which holds one article per article ID: the same as NearDuplicates finds comparing the
    bodies in the order of their sources.

    Memory stays flat: signatures, keys and candidate pairs live in DuckDB (which spills to
    disk); only the documents that have a near copy come back to Python, in source order.
    """
    sql = con.execute
    # Bodies with the same words share a fingerprint (and a signature): only the first of each
    # is compared with the others; the rest follow it below.
    sql(f"""CREATE TEMP TABLE near_firsts AS
            SELECT fingerprint, arg_min(_seq, source) AS first FROM {keys} GROUP BY fingerprint""")
    sql(f"""CREATE TEMP TABLE near_signatures AS
            SELECT k._seq, k.signature FROM {keys} k JOIN near_firsts f ON k._seq = f.first
            WHERE k.signature IS NOT NULL""")
    bands = ", ".join(f"hash({', '.join(f'signature[{p}]' for p in _key_positions((band,)))}) AS b{band}"
                      for band in range(BANDS))
    sql(f"CREATE TEMP TABLE near_bands AS SELECT _seq, {bands} FROM near_signatures")
    # One hash per key and signature; the key's number goes into the hash, so that keys never mix.
    keyed = ", ".join(f"hash({number}, {', '.join(f'b{band}' for band in key)})"
                      for number, key in enumerate(candidate_keys()))
    sql(f"CREATE TEMP VIEW near_keyed AS SELECT _seq, unnest([{keyed}]) AS h FROM near_bands")
    # Nearly every key is held by one signature: find the shared ones first, then pair their holders.
    sql("CREATE TEMP TABLE near_shared AS SELECT h FROM near_keyed GROUP BY h HAVING count(*) > 1")
    agreement = " + ".join(f"(a.signature[{p}] = b.signature[{p}])::INTEGER" for p in range(1, _PERMUTATIONS + 1))
    sql(f"""CREATE TEMP TABLE near_pairs AS
            WITH holders AS (SELECT k.h, k._seq FROM near_keyed k SEMI JOIN near_shared s ON k.h = s.h),
            candidates AS (
                SELECT DISTINCT x._seq AS a, y._seq AS b FROM holders x
                JOIN holders y ON x.h = y.h AND x._seq < y._seq),
            scored AS (
                SELECT c.a, c.b, {agreement} AS agree FROM candidates c
                JOIN near_signatures a ON a._seq = c.a JOIN near_signatures b ON b._seq = c.b)
            SELECT a, b, agree FROM scored WHERE agree >= {MIN_AGREEMENT}""")
    rows = con.execute(f"""
        WITH edges AS (SELECT a AS seq, b AS other, agree FROM near_pairs
                       UNION ALL SELECT b, a, agree FROM near_pairs),
        partners AS (SELECT e.seq, list({{'source': k.source, 'seq': e.other, 'agree': e.agree}}) AS partners
                     FROM edges e JOIN {keys} k ON k._seq = e.other GROUP BY e.seq)
        SELECT k._seq, k.source, f.first, first_key.source AS first_source, p.partners
        FROM {keys} k JOIN near_firsts f ON k.fingerprint IS NOT DISTINCT FROM f.fingerprint
        JOIN {keys} first_key ON first_key._seq = f.first
        LEFT JOIN partners p ON p.seq = f.first
        WHERE k._seq <> f.first OR p.partners IS NOT NULL
        ORDER BY k.source""")
    found = _greedy_copies(iter(lambda: rows.fetchmany(10_000), []))
    sql("DROP VIEW near_keyed")
    for name in ("near_pairs", "near_shared", "near_bands", "near_signatures", "near_firsts"):
        sql(f"DROP TABLE {name}")
    return found


def _greedy_copies(chunks) -> list[dict]:
    """Walk the documents with a near copy in source order, as NearDuplicates does, and say which are copies.

    A document is a copy when an earlier document that was kept shares its words (the first of
    its fingerprint) or, failing that, agrees closely enough: the most similar one, the smaller
    source among equals. Only the first of a fingerprint can be kept, so partners are firsts.
    """
    copies: set[int] = set()
    found = []
    for chunk in chunks:
        for seq, source, first, first_source, partners in chunk:
            if seq != first and first not in copies:
                copy = (first_source, 1.0)
            else:
                kept = [(-partner["agree"], partner["source"]) for partner in partners or ()
                        if partner["source"] < source and partner["seq"] not in copies]
                if not kept:
                    continue
                agree, other = min(kept)
                copy = (other, -agree / _PERMUTATIONS)
            copies.add(seq)
            found.append({"_seq": seq, "source": source, "reason": near_duplicate_reason(copy)})
    return found
