"""Reading inputs from the wild: formats, encodings, folders, globs."""

from __future__ import annotations

import json

import pytest

from warta.build.article import build_article
from warta.sources import Reject, SourceDocument, read_sources
from tests.conftest import CORPUS

PAGE = ("Menteri Luar Negeri mengatakan “kami siap membantu” di Türkiye – Jakarta, Kamis (13/2).\n\n"
        "Harga naik 5 € per kilo, ujar pedagang café itu.")


def read_one(path):
    [item] = list(read_sources([path]))
    return item


# --- encodings -------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_text_in_any_common_encoding_reads_the_same(tmp_path, encoding):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode(encoding))
    document = read_one(path)
    assert isinstance(document, SourceDocument)
    assert document.text == PAGE


def test_latin_1_page(tmp_path):
    text = "Le café de la Türkiye est ouvert, dit le maire à Jakarta.\n\nIl a ajouté que c'était sûr."
    (tmp_path / "page.txt").write_bytes(text.encode("latin-1"))
    assert read_one(tmp_path / "page.txt").text == text


def test_mojibake_is_repaired(tmp_path):
    garbled = PAGE.encode("utf-8").decode("cp1252", errors="ignore")
    assert "â€œ" in garbled and "Ã¼" in garbled
    (tmp_path / "page.txt").write_text(garbled, encoding="utf-8")
    text = read_one(tmp_path / "page.txt").text
    assert "“kami siap membantu" in text and "Türkiye" in text and "â€" not in text


def test_line_ends_nul_bytes_and_invisible_characters_are_tidied(tmp_path):
    raw = "Judul\r\n\r\nSatu\u00a0dua\u200b tiga\x00.\rEmpat\u202flima\ufeff."
    (tmp_path / "page.txt").write_bytes(raw.encode("utf-8"))
    assert read_one(tmp_path / "page.txt").text == "Judul\n\nSatu dua tiga.\nEmpat lima."


def test_the_sample_pages_read_unchanged():
    for path in sorted(CORPUS.glob("*.txt")):
        assert read_one(path).text == path.read_text(encoding="utf-8")


# --- bad documents ---------------------------------------------------------------------------

@pytest.mark.parametrize(("content", "reason"), [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file (PNG image)"),
    (b"%PDF-1.7\n" + bytes(range(256)), "binary file (PDF)"),
    (bytes(range(256)) * 40, "binary file"),
    (b"", "empty document"),
    (b" \n\t\r\n  \n", "empty document"),
    ("\u200b\u00a0\n".encode("utf-8"), "empty document"),
])
def test_bad_documents_are_rejects_with_a_reason(tmp_path, content, reason):
    (tmp_path / "bad.txt").write_bytes(content)
    reject = read_one(tmp_path / "bad.txt")
    assert isinstance(reject, Reject)
    assert reject.source == "bad.txt" and reject.reason.startswith(reason)


def test_huge_file_is_rejected_without_being_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(11 * 1024 * 1024)  # sparse: the size is real, no 11 MB written
    reject = read_one(path)
    assert isinstance(reject, Reject) and reject.reason == "file too large: 11.0 MB (limit 10.0 MB)"


def test_unsupported_file_named_explicitly(tmp_path):
    (tmp_path / "page.docx").write_bytes(b"PK\x03\x04")
    assert read_one(tmp_path / "page.docx") == Reject("page.docx", "unsupported file type .docx")


# --- HTML ------------------------------------------------------------------------------------

def _html_page(title="Rusia siap lanjutkan perundingan", date="2025-11-12", site="Anadolu Ajansı"):
    body = (CORPUS / "seed-000.txt").read_text(encoding="utf-8").split("\n\n")[5:12]
    paragraphs = "".join(f"<p>{p.strip()}</p>\n" for p in body if p.strip())
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{date}T10:00:00+03:00"></head>
<body><nav><a href="/">Beranda</a> | <a href="/dunia">Dunia</a></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<footer>© 2025 Hak cipta dilindungi. <a href="/privasi">Privasi</a></footer></body></html>"""


def test_html_page_gives_main_text_and_metadata(tmp_path):
    (tmp_path / "page.html").write_text(_html_page(), encoding="utf-8")
    document = read_one(tmp_path / "page.html")
    assert isinstance(document, SourceDocument)
    assert document.fields["title"] == "Rusia siap lanjutkan perundingan"
    assert document.fields["published"] == "2025-11-12"
    assert document.fields["outlet"] == "Anadolu Ajansı"
    assert "Kuasa Usaha Rusia di Türkiye" in document.text
    assert "Beranda" not in document.text and "Hak cipta" not in document.text
    article = build_article(document).article
    assert (article["title"], str(article["published"]), article["outlet"]) == (
        "Rusia siap lanjutkan perundingan", "2025-11-12", "Anadolu Ajansı")
    assert "Rusia menyatakan kesiapannya" in article["body"]


def test_html_in_windows_1252(tmp_path):
    (tmp_path / "page.htm").write_bytes(_html_page(title="Café “terbuka” lagi").replace(
        'charset="utf-8"', 'charset="windows-1252"').replace("Ajansı", "Ajansi").encode("cp1252"))
    assert read_one(tmp_path / "page.htm").fields["title"] == "Café “terbuka” lagi"


def test_html_without_main_text_is_a_reject(tmp_path):
    (tmp_path / "menu.html").write_text("<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/a'>About</a>"
                                        "</li></ul></nav><footer>Copyright 2025</footer></body></html>")
    reject = read_one(tmp_path / "menu.html")
    assert isinstance(reject, Reject) and reject.reason == "no main text found in the HTML page"


# --- JSON Lines and JSON ---------------------------------------------------------------------

def test_jsonl_records_with_given_fields_and_bad_lines(tmp_path):
    text = (CORPUS / "seed-003.txt").read_text(encoding="utf-8")
    lines = [
        json.dumps({"text": text, "title": "Judul yang diberikan", "published": "2025-02-14T08:00:00Z",
                    "outlet": "Kantor Berita X", "language": "id-ID", "url": "https://example.org/a"}),
        "",
        '{"text": "unterminated',
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Teks cukup.", "published": "2025-02-31"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "   "}),
        json.dumps({"text": "Teks lain.", "title": 7}),
    ]
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_sources([tmp_path / "news.jsonl"]))
    assert [item.source for item in items] == [f"news.jsonl#{n}" for n in (1, 3, 4, 5, 6, 7, 8)]
    first = items[0]
    assert isinstance(first, SourceDocument) and first.text == text
    assert first.fields == {"title": "Judul yang diberikan", "published": "2025-02-14", "outlet": "Kantor Berita X",
                            "language": "id", "url": "https://example.org/a"}
    rejects = {item.source: (item.reason, item.position) for item in items[1:]}
    assert rejects == {
        "news.jsonl#3": ("invalid JSON: Unterminated string starting at", "line 3, column 10"),
        "news.jsonl#4": ("record has no text", "line 4, field text"),
        "news.jsonl#5": ("published is not a valid ISO date: '2025-02-31'", "line 5, field published"),
        "news.jsonl#6": ("record is a JSON list, not an object", "line 6"),
        "news.jsonl#7": ("empty document", "line 7, field text"),
        "news.jsonl#8": ("title must be a string, not int", "line 8, field title"),
    }
    article = build_article(first).article
    assert (article["title"], str(article["published"]), article["outlet"]) == (
        "Judul yang diberikan", "2025-02-14", "Kantor Berita X")


def test_jsonl_in_utf16_and_with_a_bom(tmp_path):
    records = "\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in ("Satu “dua”.", "Tiga – empat."))
    (tmp_path / "a.jsonl").write_bytes(records.encode("utf-16"))
    (tmp_path / "b.jsonl").write_bytes(records.encode("utf-8-sig"))
    for name in ("a.jsonl", "b.jsonl"):
        assert [d.text for d in read_sources([tmp_path / name])] == ["Satu “dua”.", "Tiga – empat."]


def test_json_object_and_array(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"text": "Satu.", "title": "T"}))
    (tmp_path / "many.json").write_text(json.dumps([{"text": "Satu."}, {"text": 3}, {"text": "Dua."}]))
    (tmp_path / "broken.json").write_text('{"text": "Satu.",\n "title": }')
    assert read_one(tmp_path / "one.json") == SourceDocument("one.json", "Satu.", {"title": "T"})
    many = list(read_sources([tmp_path / "many.json"]))
    assert [(type(i).__name__, i.source) for i in many] == [
        ("SourceDocument", "many.json#1"), ("Reject", "many.json#2"), ("SourceDocument", "many.json#3")]
    assert many[1].position == "record 2, field text"
    assert read_one(tmp_path / "broken.json") == Reject("broken.json", "invalid JSON: Expecting value", "line 2, column 11")


# --- folders, globs, links -------------------------------------------------------------------

def _tree(tmp_path):
    root = tmp_path / "pages"
    (root / "2025" / "02").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_text("Satu.")
    (root / "2025" / "b.TXT").write_text("Dua.")
    (root / "2025" / "02" / "c.jsonl").write_text('{"text": "Tiga."}\n')
    (root / "2025" / "02" / "d.html").write_text("<html><body><article><p>Empat.</p></article></body></html>")
    (root / "notes.md").write_text("not an input")
    (root / ".git" / "x.txt").write_text("hidden")
    return root


def test_folders_are_read_recursively_in_a_stable_order(tmp_path):
    root = _tree(tmp_path)
    assert [item.source for item in read_sources([root])] == [
        "2025/02/c.jsonl#1", "2025/02/d.html", "2025/b.TXT", "a.txt"]


def test_glob_patterns(tmp_path):
    root = _tree(tmp_path)
    # Sources are named relative to the pattern's folder; glob's "*.txt" is case-sensitive.
    assert [i.source for i in read_sources([root / "**" / "*.txt"])] == ["a.txt"]
    assert [i.source for i in read_sources([root / "**" / "*.[tT][xX][tT]"])] == ["2025/b.TXT", "a.txt"]
    assert [i.source for i in read_sources([root / "2025" / "*"])] == ["02/c.jsonl#1", "02/d.html", "b.TXT"]


def test_a_file_named_twice_is_read_once(tmp_path):
    root = _tree(tmp_path)
    assert [i.source for i in read_sources([root / "a.txt", root, root / "a.txt"])].count("a.txt") == 1


def test_symlink_loops_and_broken_links_are_rejects(tmp_path):
    root = _tree(tmp_path)
    (root / "2025" / "02" / "loop").symlink_to(root / "2025")
    (root / "self.txt").symlink_to(root / "self.txt")
    (root / "gone.txt").symlink_to(root / "missing.txt")
    (root / "alias").symlink_to(root / "2025" / "02")  # a link to a folder, no loop: read through
    items = {item.source: item for item in read_sources([root])}
    assert items["2025/02/loop"] == Reject("2025/02/loop", "symlink loop: leads back to folder 2025")
    assert items["self.txt"] == Reject("self.txt", "symlink loop")
    assert items["gone.txt"].reason.startswith("broken symlink to ")
    assert isinstance(items["2025/02/d.html"], SourceDocument)
    assert "alias/d.html" not in items  # the same file, already read as 2025/02/d.html


def test_url_given_by_a_record_is_kept_in_articles(tmp_path):
    """A JSON Lines record's `url` becomes `articles.url`; pages without one leave it empty."""
    import json

    from warta.build.corpus import build_tables
    from warta.sources import read_sources
    from tests.conftest import CORPUS

    record = {"text": (CORPUS / "seed-000.txt").read_text(), "url": "https://example.org/news/1"}
    (tmp_path / "pages.jsonl").write_text(json.dumps(record) + "\n")
    (tmp_path / "other.txt").write_text((CORPUS / "seed-003.txt").read_text())
    articles = {row["source"]: row["url"] for row in build_tables(read_sources([tmp_path]))["articles"].to_pylist()}
    assert articles == {"pages.jsonl#1": "https://example.org/news/1", "other.txt": None}


def test_a_file_reached_through_links_is_read_once_under_its_first_name(tmp_path):
    root = tmp_path / "pages"
    (root / "a").mkdir(parents=True)
    (root / "a" / "x.txt").write_text("Satu.")
    (root / "a" / "y.txt").write_text("Dua.")
    (root / "0link").symlink_to(root / "a")  # walked before a/: its names win
    (root / "zlink").symlink_to(root / "a")  # walked after: nothing new
    (root / "b.txt").symlink_to(root / "a" / "y.txt")  # after a/y.txt in the walk: dropped
    (root / "0.txt").symlink_to(root / "a" / "x.txt")  # before everything: kept, the others dropped
    (root / "outside.txt").symlink_to(tmp_path / "elsewhere.txt")
    (root / "outside-again.txt").symlink_to(tmp_path / "elsewhere.txt")
    (tmp_path / "elsewhere.txt").write_text("Tiga.")
    assert [item.source for item in read_sources([root])] == ["0.txt", "0link/y.txt", "outside-again.txt"]
