"""Property tests: whatever text arrives, extraction neither crashes nor produces inconsistent offsets.

Example counts are bounded so that CI stays fast; set ``WARTA_FUZZ_EXAMPLES`` (e.g. 20000)
to search longer.
"""

from __future__ import annotations

import datetime as dt
import json
import os

from hypothesis import HealthCheck, given, settings, strategies as st

from warta.build.article import ArticleRows, build_article
from warta.build.extract.actors import find_actors
from warta.build.extract.dates import find_dates, resolve
from warta.build.extract.quotes import find_quotes
from warta.build.lexicon import load_lexicon
from warta.build.segment import segment
from warta.sources import Reject, SourceDocument, read_sources
from warta.sources.decoding import decode
from warta.sources.records import ReadError

EXAMPLES = int(os.environ.get("WARTA_FUZZ_EXAMPLES", "200"))
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

QUOTE_MARKS = ['"', "“", "”", "'", "‘", "’", "«", "»", "„", "``", "''"]
NEWS_WORDS = ["JAKARTA --", "ISTANBUL", "kata", "ujar", "imbuh", "mengatakan", "said", "told", "menurut",
              "Presiden", "Menteri", "Joko Widodo", "Sri Mulyani", "Kremlin", "TASS", "(Antara)", "Baca juga:",
              "Kamis", "Jumat malam", "kemarin", "tahun ini", "last Friday", "Senin (3/3)", "ujarnya", "he said",
              "Reporter: Budi", "Editor: Ani", "Bagikan", "pada", "di", "dan", "Rusia", "Ukraina", ".", ",", ":",
              "—", "-", "(", ")", "/", "?", "!"]
MONTHS = ["Januari", "Februari", "Maret", "Mei", "Agustus", "Desember", "January", "February", "Dec.", "Mei"]


@st.composite
def dates(draw):
    """Date expressions, possible and impossible: 31.02.2025, 30 Februari 2024, 99/99, 0 Mei 0."""
    day, month, year = draw(st.integers(0, 40)), draw(st.integers(0, 14)), draw(st.integers(0, 10000))
    forms = [f"{day}.{month:02d}.{year}", f"{day}/{month}/{year}", f"({day}/{month})",
             f"{day} {draw(st.sampled_from(MONTHS))} {year}", f"{draw(st.sampled_from(MONTHS))} {day}, {year}",
             f"{year}-{month:02d}-{day:02d}", f"{draw(st.sampled_from(MONTHS))} {year}", str(year)]
    return draw(st.sampled_from(forms))


fragments = st.one_of(st.sampled_from(QUOTE_MARKS), st.sampled_from(NEWS_WORDS), dates(),
                      st.sampled_from([" ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u200b"]),
                      st.text(max_size=8))
newsy_text = st.lists(fragments, max_size=80).map("".join)
any_text = st.one_of(st.text(max_size=400), newsy_text)


def assert_offsets_consistent(rows: ArticleRows) -> None:
    body = rows.article["body"]
    for quote in rows.quotes:
        assert body[quote["start"]:quote["end"]] == quote["text"], quote
    for date in rows.dates:
        if date["part"] == "body":
            assert body[date["start"]:date["end"]] == date["text"], date
        else:
            assert date["start"] is None and date["end"] is None


@FAST
@given(any_text)
def test_build_article_never_raises_and_offsets_hold(text):
    result = build_article(SourceDocument("fuzz.txt", text))
    if isinstance(result, Reject):
        assert result.source == "fuzz.txt" and result.reason
        return
    assert result.article["body"].strip()
    assert_offsets_consistent(result)


@FAST
@given(newsy_text, st.sampled_from(["id", "en"]), st.one_of(st.none(), st.dates(dt.date(1900, 1, 1))))
def test_date_mentions_point_at_their_text_and_resolve(text, language, published):
    lexicon = load_lexicon(language)
    for mention in find_dates(text, lexicon):
        assert text[mention.start:mention.end] == mention.text
        resolved = resolve(mention, published, None)
        assert resolved.value is None or isinstance(resolved.value, dt.date)


@FAST
@given(newsy_text, st.sampled_from(["id", "en"]))
def test_quotes_point_at_their_text(text, language):
    lexicon = load_lexicon(language)
    body = segment(text, lexicon).body
    for quote in find_quotes(body, find_actors(body, lexicon), lexicon):
        assert body[quote.start:quote.end] == quote.text


@FAST
@given(any_text, st.sampled_from(["id", "en"]))
def test_segmenter_keeps_every_body_paragraph_from_the_page(text, language):
    page = segment(text, load_lexicon(language))
    assert all(paragraph.strip() for paragraph in page.paragraphs)
    assert "\r" not in page.body


# --- readers: bytes from anywhere ------------------------------------------------------------

@FAST
@given(st.binary(max_size=2000))
def test_decoding_any_bytes_gives_text_or_a_read_error(data):
    try:
        text = decode(data)
    except ReadError as error:
        assert error.reason
        return
    assert "\x00" not in text and "\r" not in text


@settings(max_examples=max(EXAMPLES // 4, 50), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".html", ".jsonl", ".json"]))
def test_any_file_is_documents_or_rejects(tmp_path, data, suffix):
    path = tmp_path / f"page{suffix}"
    path.write_bytes(data)
    for item in read_sources([path]):
        assert isinstance(item, (SourceDocument, Reject))
        assert item.source.startswith(path.name)


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                           lambda children: st.lists(children, max_size=3)
                           | st.dictionaries(st.sampled_from(["text", "title", "published", "outlet", "language",
                                                              "url", "other"]), children, max_size=6),
                           max_leaves=12)


@settings(max_examples=max(EXAMPLES // 2, 50), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(json_values, max_size=6))
def test_any_json_lines_are_documents_or_rejects_one_per_line(tmp_path, records):
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    items = list(read_sources([path]))
    assert [item.source for item in items] == [f"records.jsonl#{n}" for n in range(1, len(records) + 1)]
    for item, record in zip(items, records):
        if isinstance(item, SourceDocument):
            assert isinstance(record, dict) and item.text.strip()
