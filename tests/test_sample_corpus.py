"""Every field of the tables, checked on the two sample pages."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def rows_of(tables, name, article_id):
    return [row for row in tables[name].to_pylist() if row["article_id"] == article_id]


def test_every_sample_page_is_an_article(sample_tables):
    assert sorted(sample_tables["articles"].column("source").to_pylist()) == ["seed-000.txt", "seed-003.txt"]
    assert sample_tables["rejects"].num_rows == 0


@pytest.mark.parametrize("source, field, expected", [
    ("seed-000.txt", "title", "Rusia nyatakan siap lanjutkan perundingan Istanbul dengan Ukraina"),
    ("seed-000.txt", "outlet", "Anadolu Agency"),
    ("seed-000.txt", "wire", None),
    ("seed-000.txt", "section", "Dunia"),
    ("seed-000.txt", "dateline", "ISTANBUL"),
    ("seed-000.txt", "published", D(2025, 11, 12)),
    ("seed-000.txt", "updated", D(2025, 11, 13)),
    ("seed-000.txt", "authors", None),
    ("seed-000.txt", "language", "id"),
    ("seed-000.txt", "standfirst",
     "Kyiv belum menanggapi inisiatif perdamaian sebelumnya, menurut kuasa usaha untuk Turkiye"),
    ("seed-003.txt", "title", "Kremlin: Rusia akan bentuk tim negosiasi untuk berunding dengan AS"),
    ("seed-003.txt", "outlet", "Indonesia Window"),
    ("seed-003.txt", "wire", "Xinhua"),
    ("seed-003.txt", "dateline", "Moskow, Rusia"),
    ("seed-003.txt", "published", D(2025, 2, 13)),
    ("seed-003.txt", "updated", None),
    ("seed-003.txt", "authors", "Redaksi"),
    ("seed-003.txt", "language", "id"),
])
def test_article_metadata(articles_by_source, source, field, expected):
    assert articles_by_source[source][field] == expected


def test_body_keeps_the_article_and_drops_the_furniture(articles_by_source):
    body = articles_by_source["seed-000.txt"]["body"]
    assert body.startswith("Rusia menyatakan kesiapannya")
    assert body.rstrip().endswith("antara Rusia dan Ukraina.")
    assert "Website Anadolu Agency" not in body
    assert "Dunia" not in body.split("\n\n")[0][:10]
    body = articles_by_source["seed-003.txt"]["body"]
    assert body.startswith("Rusia mulai mempersiapkan tim negosiasi")
    assert "(13/2). Jubir Kremlin" in body, "run-together sentences are repaired"
    for furniture in ("Bagikan", "Komentar", "Berita Terkait", "Berita Terbaru", "Presiden Filipina",
                      "Laporan: Redaksi", "29 Jan 2026"):
        assert furniture not in body


def test_quotes_and_speakers(sample_tables, articles_by_source):
    expected = {
        "seed-000.txt": [
            ("Pihak Rusia telah berulang kali", "Alexey Ivanov", "ujar"),
            ("Rusia tetap terbuka untuk berdialog", "Alexey Ivanov", "lanjut"),
            ("Hari-hari ini saya akan bekerja", "Rustem Umerov", "ujarnya"),
        ],
        "seed-003.txt": [
            ("Ada kebutuhan agar pertemuan", "Dmitry Peskov", "imbuh"),
            ("Belum ada kontak substantif", "Dmitry Peskov", "ujar"),
        ],
    }
    for source, quotes in expected.items():
        article = articles_by_source[source]
        found = sorted((q for q in rows_of(sample_tables, "quotes", article["article_id"]) if q["kind"] == "direct"),
                       key=lambda q: q["start"])
        assert [(q["text"][: len(t)], q["speaker"], q["cue"]) for q, (t, _, _) in zip(found, quotes)] == quotes
        assert len(found) == len(quotes)
        for quote in found:
            assert article["body"][quote["start"]:quote["end"]] == quote["text"]
    assert any(q["text"].endswith("bagi kami,") for q in sample_tables["quotes"].to_pylist()), \
        "the comma inside the closing mark belongs to the quote"


def test_people_and_roles(sample_tables, articles_by_source):
    actors = {row["actor_id"]: row for row in sample_tables["actors"].to_pylist()}
    roles = {}
    for mention in sample_tables["mentions"].to_pylist():
        actor = actors[mention["actor_id"]]
        if actor["kind"] == "person":
            roles[actor["name"]] = mention["role"]
    assert roles["Alexey Ivanov"] == "Kuasa Usaha Rusia di Türkiye"
    assert roles["Rustem Umerov"] == "Sekretaris Dewan Keamanan dan Pertahanan Nasional Ukraina"
    assert roles["Dmitry Peskov"] == "Juru Bicara (Jubir) Kremlin"
    assert roles["Vladimir Putin"] == "Presiden Rusia"
    assert roles["Donald Trump"] == "Presiden AS"
    assert "Peskov" not in roles and "Ivanov" not in roles, "short forms resolve to the full name"


def test_dates_of_the_gold_annotations(sample_tables, articles_by_source):
    expected = {
        "seed-000.txt": {("12.11.2025", D(2025, 11, 12), "day"), ("13.11.2025", D(2025, 11, 13), "day"),
                         ("Rabu", D(2025, 11, 12), "day"), ("Selasa", D(2025, 11, 11), "day"),
                         ("tahun ini", D(2025, 1, 1), "year"), ("Februari 2022", D(2022, 2, 1), "month")},
        "seed-003.txt": {("11 Mei 2024", D(2024, 5, 11), "day"), ("Rabu (12/2/2025)", D(2025, 2, 12), "day"),
                         ("Kamis (13/2)", D(2025, 2, 13), "day"), ("kemarin", D(2025, 2, 12), "day"),
                         ("kemarin malam", D(2025, 2, 12), "day"), ("Rabu (12/2)", D(2025, 2, 12), "day")},
    }
    for source, dates in expected.items():
        article = articles_by_source[source]
        found = rows_of(sample_tables, "dates", article["article_id"])
        assert {(d["text"], d["date"], d["granularity"]) for d in found} == dates
        for date in found:
            if date["part"] == "body":
                assert article["body"][date["start"]:date["end"]] == date["text"]
            else:
                assert date["start"] is None and date["end"] is None
    parts = {d["text"]: d["part"] for d in sample_tables["dates"].to_pylist()}
    assert parts["11 Mei 2024"] == "caption"
    assert parts["12.11.2025"] == "header"
    assert parts["Kamis (13/2)"] == "body"


def test_ids_are_stable_and_derived(sample_tables):
    from warta.build.article import actor_id

    names = {row["name"]: row["actor_id"] for row in sample_tables["actors"].to_pylist()}
    assert names["Dmitry Peskov"] == actor_id("Dmitry Peskov") == actor_id("dmitry  PESKOV")
    assert len(set(sample_tables["quotes"].column("quote_id").to_pylist())) == sample_tables["quotes"].num_rows


def test_reported_speech_is_an_indirect_quote(sample_tables):
    indirect = [q for q in sample_tables["quotes"].to_pylist() if q["kind"] == "indirect"]
    assert ("Alexey Ivanov", "menambahkan") in {(q["speaker"], q["cue"]) for q in indirect}
    assert all(q["text"][:1].strip() and "“" not in q["text"] for q in indirect)
