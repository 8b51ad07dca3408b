"""Near-duplicate articles: the same body with other spaces, case, punctuation or a little boilerplate."""

from __future__ import annotations

import subprocess
import sys

from warta.build.duplicates import NearDuplicates, signature, similarity, words
from tests.conftest import CORPUS

SEED = (CORPUS / "seed-000.txt").read_text(encoding="utf-8")
OTHER = (CORPUS / "seed-003.txt").read_text(encoding="utf-8")


def test_spacing_case_and_punctuation_do_not_make_another_article():
    seen = NearDuplicates()
    assert seen.copy_of("a.txt", SEED) is None
    respaced = SEED.upper().replace(" ", "  ").replace(",", " ,").replace("\n\n", "\n")
    assert seen.copy_of("b.txt", respaced) == ("a.txt", 1.0)


def test_a_little_boilerplate_more_is_still_the_same_article():
    seen = NearDuplicates()
    seen.copy_of("a.txt", SEED)
    paragraphs = SEED.split("\n\n")
    extended = "\n\n".join(paragraphs[:-1] + ["Baca juga: Harga emas naik lagi hari ini", paragraphs[-1],
                                              "Ikuti kami di media sosial"])
    source, score = seen.copy_of("b.txt", extended)
    assert source == "a.txt" and 0.85 <= score < 1.0


def test_different_articles_are_kept_apart():
    seen = NearDuplicates()
    assert seen.copy_of("a.txt", SEED) is None
    assert seen.copy_of("b.txt", OTHER) is None
    half = "\n\n".join(SEED.split("\n\n")[: len(SEED.split("\n\n")) // 2])
    assert seen.copy_of("c.txt", half) is None  # a follow-up sharing half the text is another article
    assert set(seen.signatures) == {"a.txt", "b.txt", "c.txt"}


def test_estimated_similarity_is_close_to_the_true_one():
    first, second = words(SEED), words(SEED)[: int(len(words(SEED)) * 0.8)]
    shingles = [{" ".join(t[i:i + 3]) for i in range(len(t) - 2)} for t in (first, second)]
    true = len(shingles[0] & shingles[1]) / len(shingles[0] | shingles[1])
    assert abs(similarity(signature(first), signature(second)) - true) < 0.15


def test_signatures_are_the_same_in_every_process():
    code = ("from warta.build.duplicates import signature, words; import sys; "
            "sys.stdout.write(signature(words(sys.stdin.read())).tobytes().hex())")
    runs = {subprocess.run([sys.executable, "-c", code], input=SEED, capture_output=True, text=True,
                           check=True).stdout for _ in range(2)}
    assert runs == {signature(words(SEED)).tobytes().hex()}


def test_short_bodies_compare_by_fingerprint_only():
    seen = NearDuplicates()
    assert seen.copy_of("a.txt", "Dua kata.") is None
    assert seen.copy_of("b.txt", "dua  KATA") == ("a.txt", 1.0)
    assert seen.copy_of("c.txt", "Tiga kata saja.") is None


def _near_copy(text: str) -> str:
    return text.replace(". ", ".  ").replace("\n\n", "\n\nBagikan artikel ini\n\n", 1) + "\n\nHak cipta 2026"


def test_of_near_copies_the_smaller_source_is_kept_whatever_the_order(tmp_path):
    from warta.build.corpus import build_tables
    from warta.build.run import build
    from warta.sources import SourceDocument

    documents = [SourceDocument("b.txt", _near_copy(SEED)), SourceDocument("a.txt", SEED)]
    for order in (documents, documents[::-1]):
        tables = build_tables(order)
        assert tables["articles"].column("source").to_pylist() == ["a.txt"]
        assert tables["rejects"].column("reason").to_pylist()[0].startswith("near duplicate of a.txt")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "pages" / "b.txt").write_text(_near_copy(SEED), encoding="utf-8")
    streamed = build([tmp_path / "pages" / "b.txt", tmp_path / "pages" / "a.txt"], tmp_path / "out", jobs=1)
    assert streamed.tables["articles"].column("source").to_pylist() == ["a.txt"]
    assert streamed.tables["rejects"].column("source").to_pylist() == ["b.txt"]


def _variants(count: int, seed: int) -> list[tuple[str, str]]:
    """(source, body) of many near and exact copies of a few articles: drops, case changes, short bodies."""
    import random
    import re

    rng = random.Random(seed)
    articles = [re.split(r"(?<=[.!?”])\s+", text) for text in (SEED, OTHER)]
    articles += [sentences[: len(sentences) // 2] for sentences in articles]  # halves: related, not copies
    bodies = []
    for number in range(count):
        sentences = list(rng.choice(articles))
        for _ in range(rng.choice([0, 0, 1, 1, 2, 4])):
            del sentences[rng.randrange(len(sentences))]
        body = " ".join(sentences)
        if rng.random() < 0.2:
            body = body.upper()  # the same words: the same fingerprint
        if rng.random() < 0.05:
            body = rng.choice(["Dua kata.", "dua KATA", "Tiga kata saja."])  # too short for a signature
        bodies.append((f"{rng.randrange(10**6):06d}-{number}.txt", body))
    return bodies


def test_the_merge_time_search_finds_what_the_in_memory_search_finds():
    import duckdb
    import pyarrow as pa

    from warta.build.duplicates import body_key, near_duplicate_reason, near_duplicates_in_duckdb

    bodies = _variants(400, seed=11)
    seen, expected = NearDuplicates(), {}
    for source, body in sorted(bodies):
        copy = seen.copy_of(source, body)
        if copy is not None:
            expected[source] = near_duplicate_reason(copy)
    assert 50 < len(expected) < 390 and any("similarity 1.00" not in r for r in expected.values())
    rows = []
    for seq, (source, body) in enumerate(bodies):
        fingerprint, minhash = body_key(body)
        rows.append({"_seq": seq, "source": source, "fingerprint": fingerprint,
                     "signature": None if minhash is None else minhash.tolist()})
    con = duckdb.connect()
    con.register("keys_arrow", pa.Table.from_pylist(rows, schema=pa.schema(
        [("_seq", pa.int64()), ("source", pa.string()), ("fingerprint", pa.string()),
         ("signature", pa.list_(pa.uint32()))])))
    con.execute("CREATE TABLE keys AS SELECT * FROM keys_arrow")
    found = {row["source"]: row["reason"] for row in near_duplicates_in_duckdb(con, "keys")}
    assert found == expected


def test_every_pair_of_near_copies_shares_a_candidate_key():
    import numpy as np

    from warta.build.duplicates import BANDS, MIN_AGREEMENT, ROWS, candidate_keys

    rng = np.random.default_rng(3)
    keys = [set(key) for key in candidate_keys()]
    for _ in range(2000):
        differing = rng.choice(BANDS * ROWS, size=BANDS * ROWS - MIN_AGREEMENT, replace=False)
        agreeing_bands = set(range(BANDS)) - {int(position) // ROWS for position in differing}
        assert any(key <= agreeing_bands for key in keys)


def test_the_cheap_modulo_is_the_modulo():
    import numpy as np

    from warta.build.duplicates import _PRIME, _mod_prime

    values = np.random.default_rng(5).integers(0, 2**64 - 1, 100_000, dtype=np.uint64, endpoint=True)
    edges = np.array([0, 1, _PRIME - 1, _PRIME, _PRIME + 1, 2 * _PRIME, 2**64 - 1], dtype=np.uint64)
    for sample in (values, edges):
        assert (_mod_prime(sample) == sample % _PRIME).all()
