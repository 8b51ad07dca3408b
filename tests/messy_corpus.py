"""A folder of inputs as they come from the wild: good pages in every format, and every kind of bad one.

``make_messy_corpus(folder)`` writes it and returns what each input must become: the
source name of every expected article, and of every expected reject with the start of its reason.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import CORPUS

FISCAL = """Ekonomi

Sri Mulyani: defisit anggaran tetap terkendali

JAKARTA -- Menteri Keuangan Sri Mulyani Indrawati mengatakan defisit anggaran negara tetap terkendali meskipun \
penerimaan pajak melambat pada awal tahun.

"Kami akan terus menjaga disiplin fiskal agar kepercayaan pasar tetap kuat," kata Sri Mulyani di Jakarta, \
Senin (3/3/2025).

Ia menambahkan bahwa belanja negara akan difokuskan pada program prioritas seperti pendidikan dan kesehatan."""

UNBALANCED_QUOTES = """Olahraga

Pelatih timnas umumkan skuad baru

BANDUNG -- Pelatih tim nasional Patrick Kluivert mengumumkan daftar pemain untuk laga uji coba bulan depan.

"Kami memanggil beberapa pemain muda yang tampil bagus di liga, ujar Kluivert kepada wartawan.

Menurut dia, persiapan tim berjalan sesuai rencana” dan seluruh pemain dalam kondisi “bugar."""

IMPOSSIBLE_DATES = """Nasional

Pemilihan kepala desa digelar serentak

SURABAYA -- Pemerintah Provinsi Jawa Timur menjadwalkan pemilihan kepala desa serentak pada 31.02.2025 menurut \
surat edaran yang beredar, tanggal yang tidak pernah ada.

Kepala Dinas Pemberdayaan Masyarakat Desa, Budi Santoso, mengatakan jadwal resmi akan diumumkan pada \
30 Februari 2025 atau 12.13.2025.

"Kami minta masyarakat menunggu pengumuman resmi," kata Budi."""

NO_BODY = "Beranda\nBagikan\nBaca juga: Harga emas naik hari ini\nCopyright © 2025 Redaksi"


def html_page(text: str, title: str, published: str, site: str) -> str:
    paragraphs = "".join(f"<p>{p.strip()}</p>\n" for p in text.split("\n\n") if p.strip())
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{published}"></head>
<body><nav><a href="/">Beranda</a> | <a href="/dunia">Dunia</a></nav><article>{paragraphs}</article>
<footer>© Hak cipta dilindungi undang-undang.</footer></body></html>"""


def make_messy_corpus(folder: Path) -> tuple[set[str], dict[str, str]]:
    """Write the messy corpus into ``folder``: (expected article sources, {reject source: reason start})."""
    folder.mkdir(parents=True, exist_ok=True)
    seed = (CORPUS / "seed-000.txt").read_text(encoding="utf-8")
    seed3 = (CORPUS / "seed-003.txt").read_text(encoding="utf-8")
    (folder / "a-seed.txt").write_text(seed, encoding="utf-8")
    (folder / "b-exact-copy.txt").write_text(seed, encoding="utf-8")
    # The same page scraped again: Windows line ends, doubled spaces, another share bar, a different footer.
    near = seed.replace(". ", ".  ").replace("\n\n", "\n\nBagikan artikel ini\n\n", 1) + "\n\nHak cipta 2026"
    (folder / "c-near-copy.txt").write_bytes(near.replace("\n", "\r\n").encode("utf-8"))
    (folder / "d-page.html").write_text(html_page(seed3, "Rusia siap lanjutkan perundingan", "2025-02-13",
                                                  "Indonesia Window"), encoding="utf-8")
    (folder / "e-news.jsonl").write_text("\n".join([
        json.dumps({"text": FISCAL, "title": "Defisit terkendali", "published": "2025-03-03", "outlet": "Warta"}),
        '{"text": "Judul tanpa akhir',
        json.dumps({"text": "Teks pendek.", "published": "2025-02-31"}),
    ]) + "\n", encoding="utf-8")
    (folder / "f-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "g-empty.txt").write_bytes(b" \r\n\t\n")
    with (folder / "h-huge.txt").open("wb") as huge:
        huge.truncate(10 * 1024 * 1024 + 1)
    (folder / "i-unbalanced-quotes.txt").write_text(UNBALANCED_QUOTES, encoding="utf-8")
    (folder / "j-impossible-dates.txt").write_text(IMPOSSIBLE_DATES, encoding="cp1252")
    (folder / "k-no-body.txt").write_text(NO_BODY, encoding="utf-8")
    (folder / "sub").mkdir(exist_ok=True)
    (folder / "sub" / "loop").symlink_to(folder)
    (folder / "sub" / "self-link.txt").symlink_to(folder / "sub" / "self-link.txt")
    # e-news.jsonl#1 again, as UTF-16 with Windows line ends and a share bar.
    (folder / "sub" / "fiscal-utf16.txt").write_bytes(("Bagikan\n\n" + FISCAL).replace("\n", "\r\n").encode("utf-16"))
    (folder / "notes.md").write_text("Not an input: no reader for .md files in folders.")
    articles = {"a-seed.txt", "d-page.html", "e-news.jsonl#1", "i-unbalanced-quotes.txt", "j-impossible-dates.txt"}
    rejects = {
        "b-exact-copy.txt": "duplicate of a-seed.txt",
        "c-near-copy.txt": "near duplicate of a-seed.txt",
        "e-news.jsonl#2": "invalid JSON",
        "e-news.jsonl#3": "published is not a valid ISO date",
        "f-image.txt": "binary file (PNG image)",
        "g-empty.txt": "empty document",
        "h-huge.txt": "file too large",
        "k-no-body.txt": "no article text found",
        "sub/loop": "symlink loop",
        "sub/self-link.txt": "symlink loop",
        "sub/fiscal-utf16.txt": "near duplicate of e-news.jsonl#1",
    }
    return articles, rejects
