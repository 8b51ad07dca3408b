"""Whole pages laid out the way common news sites lay them out when scraped to text.

The outlets' names are real (their signatures are in the language files); the articles are
invented for these tests.
"""

from __future__ import annotations

import datetime as dt

from tests.test_extraction_patterns import assert_offsets, build, dates, people, quotes

D = dt.date

PORTAL_WITH_REPORTER_LINE = """detikNews
Berita
Jumat, 10 Mar 2023 14:30 WIB
Polisi Tangkap Pelaku Pencurian Kabel di Bekasi
Andi Saputra - detikNews
Ilustrasi penangkapan (Foto: Andhika/detikcom)
Jakarta - Polisi menangkap dua pelaku pencurian kabel listrik di Bekasi, Kamis (9/3). Keduanya ditangkap setelah warga melapor ke polsek setempat.
"Kedua pelaku sudah kami amankan beserta barang bukti," kata Kapolres Metro Bekasi Kombes Hendra Gunawan kepada wartawan.
Baca juga:
Warga Bekasi Keluhkan Lampu Jalan Padam
Hendra menjelaskan para pelaku mengincar kabel di sepanjang jalan protokol sejak Januari.
"Kami masih mendalami kemungkinan adanya pelaku lain," ujarnya.
(abc/def)
"""


def test_portal_with_reporter_line():
    rows = build(PORTAL_WITH_REPORTER_LINE)
    article = rows.article
    assert article["title"] == "Polisi Tangkap Pelaku Pencurian Kabel di Bekasi"
    assert article["published"] == D(2023, 3, 10)
    assert article["outlet"] == "detikcom"
    assert article["authors"] == "Andi Saputra"
    assert article["dateline"] == "Jakarta"
    assert article["body"].startswith("Polisi menangkap dua pelaku")
    assert "Lampu Jalan Padam" not in article["body"] and "(abc/def)" not in article["body"]
    assert quotes(rows) == [
        ("Kedua pelaku sudah kami amankan beserta barang bukti,", "Hendra Gunawan"),
        ("Kami masih mendalami kemungkinan adanya pelaku lain,", "Hendra Gunawan"),
    ]
    assert people(rows)["Hendra Gunawan"] == "Kapolres Metro Bekasi Kombes"
    found = dates(rows)
    assert found["Kamis (9/3)"] == (D(2023, 3, 9), "day")
    assert found["Januari"] == (D(2023, 1, 1), "month")
    assert_offsets(rows)


AGENCY_PAGE = """Ekonomi
Menkeu: Defisit anggaran tetap terjaga di bawah tiga persen
Selasa, 7 Mei 2024 16:05 WIB
Menteri Keuangan Sri Wahyuni memberikan keterangan pers di Jakarta, Selasa (7/5/2024). ANTARA FOTO/Rudi Hartono
Jakarta (ANTARA) - Menteri Keuangan Sri Wahyuni mengatakan defisit anggaran negara tetap terjaga di bawah tiga persen dari produk domestik bruto hingga akhir tahun ini.

"Kita akan tetap disiplin menjaga defisit. Belanja prioritas tetap berjalan," kata Sri Wahyuni di Jakarta, Selasa.

Menurut dia, penerimaan pajak pada April 2024 tumbuh lebih cepat dibanding bulan lalu.

Pewarta: Maya Lestari
Editor: Bambang Sutopo
COPYRIGHT © ANTARA 2024
"""


def test_national_agency_page():
    rows = build(AGENCY_PAGE)
    article = rows.article
    assert article["title"] == "Menkeu: Defisit anggaran tetap terjaga di bawah tiga persen"
    assert article["section"] == "Ekonomi"
    assert article["outlet"] == "Antara"
    assert article["wire"] is None
    assert article["published"] == D(2024, 5, 7)
    assert article["authors"] == "Maya Lestari; Bambang Sutopo"
    assert "COPYRIGHT" not in article["body"]
    assert quotes(rows) == [("Kita akan tetap disiplin menjaga defisit. Belanja prioritas tetap berjalan,",
                             "Sri Wahyuni")]
    found = dates(rows)
    assert found["April 2024"] == (D(2024, 4, 1), "month")
    assert found["bulan lalu"] == (D(2024, 4, 1), "month")
    assert found["Selasa"] == (D(2024, 5, 7), "day")
    assert_offsets(rows)


WIRE_PAGE_EN = """World
Ceasefire talks stall as envoys leave Cairo
By Sarah Miller and Omar Hassan
March 12, 2024 8:45 AM GMT
Updated March 13, 2024
CAIRO, March 12 (Reuters) - Talks on a ceasefire stalled on Tuesday after envoys left Cairo without an agreement, two officials said.

"There is no deal yet," one of the officials told Reuters. "The gaps are still wide."

Egypt's foreign minister, Karim Adel, said the talks would resume next week. "We will not give up," Adel said in a statement.

Reporting by Sarah Miller; Editing by Omar Hassan
Our Standards: The Thomson Reuters Trust Principles.
"""


def test_international_wire_page():
    rows = build(WIRE_PAGE_EN)
    article = rows.article
    assert article["language"] == "en"
    assert article["title"] == "Ceasefire talks stall as envoys leave Cairo"
    assert article["published"] == D(2024, 3, 12)
    assert article["updated"] == D(2024, 3, 13)
    assert article["dateline"] == "CAIRO"
    assert article["outlet"] == "Reuters"
    assert "Sarah Miller" in article["authors"] and "Omar Hassan" in article["authors"]
    assert "Thomson Reuters Trust" not in article["body"] and "Reporting by" not in article["body"]
    found = quotes(rows)
    assert found[:2] == [("There is no deal yet,", None), ("The gaps are still wide.", None)]
    assert found[2:] == [("We will not give up,", "Karim Adel")]
    assert people(rows)["Karim Adel"].casefold().startswith("egypt")
    assert dates(rows)["Tuesday"] == (D(2024, 3, 12), "day")
    assert dates(rows)["next week"] == (D(2024, 3, 19), "day")
    assert_offsets(rows)


NATIONAL_PORTAL = """Kompas.com - 14/08/2023, 09:15 WIB
Presiden Minta Menteri Fokus Tekan Inflasi Pangan
Penulis Dian Permata
|
Editor Bagus Santosa
Lihat Foto
Presiden Joko Widodo saat memberikan arahan di Istana Negara, Jakarta, Senin (14/8/2023).(KOMPAS.com/ Dian Permata)
JAKARTA, KOMPAS.com - Presiden Joko Widodo atau Jokowi meminta para menteri fokus menekan inflasi pangan menjelang akhir tahun.

"Saya minta semua menteri betul-betul bekerja di lapangan, jangan hanya di kantor," kata Jokowi.

"Kalau harga naik sedikit saja, langsung intervensi," ucap Kepala Negara.

Menteri Perdagangan Zulkifli Hasan mengatakan stok beras aman hingga Desember.
"""


def test_portal_with_author_widgets_photo_credit_alias_and_title_as_speaker():
    rows = build(NATIONAL_PORTAL)
    article = rows.article
    assert article["outlet"] == "Kompas.com" and article["dateline"] == "JAKARTA"
    assert article["authors"] == "Dian Permata; Bagus Santosa"
    assert [d["part"] for d in rows.dates if d["text"] == "Senin (14/8/2023)"] == ["caption"]
    assert quotes(rows) == [
        ("Saya minta semua menteri betul-betul bekerja di lapangan, jangan hanya di kantor,", "Joko Widodo"),
        ("Kalau harga naik sedikit saja, langsung intervensi,", "Joko Widodo"),
    ]
    assert "Jokowi" not in people(rows)
    assert dates(rows)["Desember"] == (D(2023, 12, 1), "month"), "the nearest December"


INTERNATIONAL_BROADCASTER = """Skip to Content
News
Middle East
Israel strikes southern Lebanon as ceasefire talks falter
Lebanese officials say at least five people were killed in the overnight raids.
Published On 6 Oct 2024
6 Oct 2024
Smoke rises after an Israeli strike on a village in southern Lebanon [File: Hassan Ammar/AP Photo]
Israeli air strikes on southern Lebanon killed at least five people overnight, Lebanon's health ministry said on Sunday, as efforts to broker a ceasefire stalled.

"The strikes hit residential buildings in three villages," the ministry said in a statement.

Lebanese Prime Minister Najib Mikati called the attacks "a flagrant violation" of international law. "We are asking the international community to act now," Mikati told reporters in Beirut on Saturday.

The Israeli military said it had targeted Hezbollah fighters. Military spokesman Daniel Hagari said: "We will continue to act against any threat."

Talks mediated by the United States are expected to resume next week, two diplomats told Al Jazeera.
Source: Al Jazeera and news agencies
"""


def test_international_broadcaster_page():
    rows = build(INTERNATIONAL_BROADCASTER)
    article = rows.article
    assert article["title"] == "Israel strikes southern Lebanon as ceasefire talks falter"
    assert article["standfirst"].startswith("Lebanese officials say")
    assert article["section"] == "Middle East"
    assert article["outlet"] == "Al Jazeera"
    assert article["published"] == D(2024, 10, 6)
    assert "Source:" not in article["body"] and "Skip to" not in article["body"]
    assert [speaker for _, speaker in quotes(rows)] == ["Ministry", "Najib Mikati", "Najib Mikati", "Daniel Hagari"]
    assert people(rows)["Najib Mikati"] == "Lebanese Prime Minister"
    assert dates(rows)["Saturday"] == (D(2024, 10, 5), "day")
    assert_offsets(rows)


PORTAL_WITH_INLINE_LINKS = """Harga Emas Antam Hari Ini Naik Rp5.000 per Gram
Rina Anggraeni, Jurnalis · Selasa 05 Maret 2024 09:12 WIB
JAKARTA - Harga emas batangan produksi PT Aneka Tambang Tbk (Antam) naik Rp5.000 per gram pada perdagangan hari ini. (Baca juga: "Emas Jadi Primadona," Kata Analis)

Manajer Logam Mulia Antam, Budi Hartono, mengatakan kenaikan dipicu pelemahan dolar AS. "Permintaan juga naik menjelang Lebaran," ujarnya saat dihubungi, Senin (4/3/2024).

Harga buyback emas juga naik menjadi Rp1.010.000 per gram.

(fid)
"""


def test_reporter_with_job_title_inline_read_also_and_role_apposition():
    rows = build(PORTAL_WITH_INLINE_LINKS)
    article = rows.article
    assert article["authors"] == "Rina Anggraeni"
    assert article["published"] == D(2024, 3, 5)
    assert "Baca juga" not in article["body"] and "Primadona" not in article["body"]
    assert quotes(rows) == [("Permintaan juga naik menjelang Lebaran,", "Budi Hartono")]
    assert people(rows) == {"Budi Hartono": "Manajer Logam Mulia Antam"}
    assert dates(rows)["Senin (4/3/2024)"] == (D(2024, 3, 4), "day")
    assert_offsets(rows)


ENGLISH_DAILY = """Premium
Government to cut fuel subsidies in stages
Finance Minister Dewi Lestari says the cuts will start in the second half of the year.
Ahmad Pratama (The Jakarta Post)
Jakarta ● Tue, March 5, 2024
The government will cut fuel subsidies gradually starting in July, Finance Minister Dewi Lestari said on Monday, in a bid to ease pressure on the state budget.

"We will protect the poorest households," Dewi told lawmakers at the House of Representatives. She added that cash transfers would be expanded.

Economist Faisal Rahman of the University of Indonesia said the plan was "long overdue".
Topics :
fuel subsidies
budget
"""


def test_english_daily_with_outlet_in_byline_and_partial_quote():
    rows = build(ENGLISH_DAILY)
    article = rows.article
    assert article["title"] == "Government to cut fuel subsidies in stages"
    assert article["outlet"] == "The Jakarta Post" and article["authors"] == "Ahmad Pratama"
    assert article["published"] == D(2024, 3, 5)
    assert quotes(rows) == [("We will protect the poorest households,", "Dewi Lestari"),
                            ("long overdue", "Faisal Rahman")]
    assert people(rows)["Dewi Lestari"] == "Finance Minister"
    assert dates(rows)["Monday"] == (D(2024, 3, 4), "day")
