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
