"""Extraction patterns, each protected by a short page written for it.

The pages are invented; each test names the pattern it protects, so a failure says which
kind of real page would now be read wrongly.
"""

from __future__ import annotations

import datetime as dt

import pytest

from warta.build.article import ArticleRows, build_article
from warta.sources import SourceDocument

D = dt.date


def build(text: str, **fields) -> ArticleRows:
    rows = build_article(SourceDocument("page.txt", text, fields))
    assert isinstance(rows, ArticleRows), rows
    return rows


def quotes(rows: ArticleRows, kind: str = "direct") -> list[tuple[str, str | None]]:
    return [(q["text"], q["speaker"]) for q in sorted(rows.quotes, key=lambda q: q["start"]) if q["kind"] == kind]


def dates(rows: ArticleRows) -> dict[str, tuple[dt.date | None, str]]:
    return {d["text"]: (d["date"], d["granularity"]) for d in rows.dates}


def people(rows: ArticleRows) -> dict[str, str | None]:
    kinds = {a["actor_id"]: (a["name"], a["kind"]) for a in rows.actors}
    return {kinds[m["actor_id"]][0]: m["role"] for m in rows.mentions if kinds[m["actor_id"]][1] == "person"}


def assert_offsets(rows: ArticleRows) -> None:
    body = rows.article["body"]
    for row in rows.quotes + [d for d in rows.dates if d["part"] == "body"]:
        assert body[row["start"]:row["end"]] == row["text"]


# --- segmentation -----------------------------------------------------------------------

PORTAL_PAGE = """Nasional

Menteri Budi Santoso Resmikan Jembatan Baru di Sungai Musi

Jembatan sepanjang 400 meter itu menghubungkan dua kecamatan.

Senin, 03 Maret 2025 14:20 WIB
Menteri Budi Santoso Resmikan Jembatan Baru di Sungai Musi
Menteri Pekerjaan Umum Budi Santoso meresmikan jembatan di Palembang, Senin (3/3/2025). Foto: Humas PU
PALEMBANG, KABARKITA.COM -- Menteri Pekerjaan Umum Budi Santoso meresmikan jembatan baru di atas Sungai Musi pada Senin (3/3).Jembatan itu dibangun sejak Januari 2023.

"Jembatan ini akan memangkas waktu tempuh warga hingga satu jam," kata Budi dalam sambutannya.

Baca juga: Gubernur Minta Warga Jaga Kebersihan Sungai

Budi menambahkan, pembangunan jembatan menelan biaya Rp 900 miliar. "Kami berterima kasih kepada warga yang sabar menunggu," ujarnya. (abc)
Penulis: Siti Aminah
Editor: Joko Widagdo
Berita Terkait
Warga Keluhkan Jalan Rusak: "Sudah Dua Tahun Begini"
Senin, 24 Februari 2025
"""


@pytest.fixture(scope="module")
def portal() -> ArticleRows:
    return build(PORTAL_PAGE)


def test_section_label_above_the_headline(portal):
    assert portal.article["section"] == "Nasional"


def test_headline_repeated_after_the_date_line_is_the_title_once(portal):
    assert portal.article["title"] == "Menteri Budi Santoso Resmikan Jembatan Baru di Sungai Musi"
    assert "Resmikan Jembatan Baru" not in portal.article["body"]


def test_standfirst_under_the_headline(portal):
    assert portal.article["standfirst"] == "Jembatan sepanjang 400 meter itu menghubungkan dua kecamatan."


def test_header_date_line_gives_publication_date(portal):
    assert portal.article["published"] == D(2025, 3, 3)


def test_dateline_with_outlet_domain(portal):
    assert portal.article["dateline"] == "PALEMBANG"
    assert portal.article["outlet"] == "KABARKITA.COM"


def test_photo_caption_is_not_body(portal):
    assert "Foto: Humas PU" not in portal.article["body"]
    assert dates(portal)["Senin (3/3/2025)"] == (D(2025, 3, 3), "day")
    assert [d["part"] for d in portal.dates if d["text"] == "Senin (3/3/2025)"] == ["caption"]


def test_run_together_sentences_are_repaired(portal):
    assert "Senin (3/3). Jembatan itu" in portal.article["body"]


def test_read_also_links_bylines_and_related_lists_are_boilerplate(portal):
    body = portal.article["body"]
    for furniture in ("Baca juga", "Penulis:", "Editor:", "Berita Terkait", "Sudah Dua Tahun", "(abc)"):
        assert furniture not in body
    assert portal.article["authors"] == "Siti Aminah; Joko Widagdo"
    assert "24 Februari 2025" not in dates(portal), "dates in related lists are not the article's"
    assert "Sudah Dua Tahun Begini" not in [q for q, _ in quotes(portal)]


def test_every_headline_under_a_bare_read_also_marker_is_a_link():
    rows = build("Ledakan Guncang Gudang di Pinggir Kota\n\nKamis, 27 November 2025\n"
                 "JAKARTA - Ledakan mengguncang sebuah gudang pada Kamis pagi, kata polisi kepada wartawan.\n\n"
                 'Baca juga:\nLedakan di Cibubur, Warga: "Suaranya Seperti Bom"\n'
                 'Kapolda: "Tidak Ada Unsur Terorisme" dalam Ledakan 27 November\n\n'
                 "Polisi masih menyelidiki penyebab ledakan itu hingga malam hari.\n")
    assert "Cibubur" not in rows.article["body"] and "Terorisme" not in rows.article["body"]
    assert rows.article["body"].endswith("hingga malam hari.")


def test_editor_tag_at_paragraph_end_is_dropped(portal):
    assert portal.article["body"].rstrip().endswith("ujarnya.")


def test_short_name_and_pronoun_cue_resolve_to_the_full_name(portal):
    assert quotes(portal) == [
        ("Jembatan ini akan memangkas waktu tempuh warga hingga satu jam,", "Budi Santoso"),
        ("Kami berterima kasih kepada warga yang sabar menunggu,", "Budi Santoso"),
    ]
    assert people(portal)["Budi Santoso"] == "Menteri Pekerjaan Umum"
    assert_offsets(portal)


NAVIGATION_PAGE = """Home
News
Sport
Business
Opinion
Video
Minister warns of floods after record rain
Politics
March 5, 2024 | 10:12 GMT
LONDON (Reuters) - Britain's environment minister warned on Tuesday that more floods were likely after the wettest winter on record, urging residents to prepare.
"We have to be ready for more of this," Environment Minister Jane Porter told reporters.
Read more
Floods hit northern towns
"""


def test_navigation_menus_are_not_the_title_and_wire_datelines_parse():
    rows = build(NAVIGATION_PAGE)
    assert rows.article["title"] == "Minister warns of floods after record rain"
    assert rows.article["language"] == "en"
    assert rows.article["dateline"] == "LONDON"
    assert rows.article["published"] == D(2024, 3, 5)
    assert rows.article["outlet"] == "Reuters"
    assert "Floods hit northern towns" not in rows.article["body"]
    assert quotes(rows) == [("We have to be ready for more of this,", "Jane Porter")]
    assert dates(rows)["Tuesday"] == (D(2024, 3, 5), "day")


def test_author_lines_under_the_headline_are_not_the_title():
    single = build("Presiden Lantik Lima Duta Besar Baru di Istana Negara\nFahmi W Bahtiar\n"
                   "Senin, 17 November 2025 - 11:35 WIB\nJAKARTA - Presiden melantik lima duta besar baru "
                   "di Istana Negara pada Senin pagi bersama para menteri kabinet.\n")
    assert single.article["title"] == "Presiden Lantik Lima Duta Besar Baru di Istana Negara"
    pair = build("Suara.com\nNews\nLegislator Desak Polisi Usut Tuntas Kasus Keracunan di Sekolah\n"
                 "Dini Afrianti Efendi | Chandra Iswinarno\nSabtu, 22 November 2025 | 07:05 WIB\n"
                 "Suara.com - Anggota DPR mendesak polisi mengusut kasus keracunan makanan di sekolah itu.\n")
    assert pair.article["title"] == "Legislator Desak Polisi Usut Tuntas Kasus Keracunan di Sekolah"
    assert pair.article["authors"] == "Dini Afrianti Efendi; Chandra Iswinarno"


def test_a_site_search_prompt_and_a_time_ago_stamp_are_not_the_headline():
    search = build("SehatKita\nCari dokter, obat, atau artikel kesehatan\nTanya Dokter\nToko Sehat\nArtikel\n\n"
                   "Kasus Campak Naik, Dinas Kesehatan Minta Warga Lengkapi Imunisasi Anak\n\n"
                   "Ditulis oleh: Rina Puspita | Ditinjau oleh: dr. Andi Saputra\n14 Mar 2025, 10:15 WIB\n"
                   "Jakarta - Dinas Kesehatan mencatat kenaikan kasus campak sepanjang Februari 2025 di sekolah dasar.\n")
    assert search.article["title"] == "Kasus Campak Naik, Dinas Kesehatan Minta Warga Lengkapi Imunisasi Anak"
    stamp = build("Beranda\nKalbar\nTitik Api di Ketapang Bertambah, Warga Diminta Tidak Membakar Lahan\n"
                  "2 jam yang lalu\nPenulis: Sari Dewi | Editor: Yohanes Lejau\n"
                  "KETAPANG - Jumlah titik api di Ketapang bertambah menjadi 80 titik pada Senin (3/3/2025).\n")
    assert stamp.article["title"] == "Titik Api di Ketapang Bertambah, Warga Diminta Tidak Membakar Lahan"


def test_a_section_in_capitals_above_the_headline_and_a_brand_glued_to_the_dateline():
    rows = build("riaukini.com\nSitus Berita Terkini dan Terpercaya dari Bumi Lancang Kuning\n"
                 "HOME | PEKANBARU | RIAU | POLITIK | LINGKUNGAN\n\nLINGKUNGAN\n\n"
                 "Gajah Betina Ditemukan Mati di Konsesi Akasia Pelalawan, Gading dan Belalai Utuh\n\n"
                 "Laporan : Reza Andhika\nShare : Facebook | Twitter | WhatsApp\n\n"
                 "Riaukini-PELALAWAN-Seekor gajah sumatera betina ditemukan mati di areal konsesi akasia di Desa "
                 "Lubuk Kembang Bunga, Kamis (19/11/2026).\n")
    assert rows.article["title"] == "Gajah Betina Ditemukan Mati di Konsesi Akasia Pelalawan, Gading dan Belalai Utuh"
    assert rows.article["dateline"] == "PELALAWAN"
    assert rows.article["body"].startswith("Seekor gajah")


def test_a_page_without_a_headline_takes_neither_its_share_bar_nor_its_caption_for_one():
    rows = build("UPEKS.co.id\nJumat, 27 November 2026\nHome\nEkonomi\nHome » Ekonomi » Agribisnis\n"
                 "Upeks Online | 27 November 2026 09:12\nShare on Facebook Share on Twitter Share on WhatsApp\n\n"
                 "Petani memanen padi di Kabupaten Sidenreng Rappang, Kamis (26/11/2026). ANTARA/HO-Dinas TPHBun Sulsel\n\n"
                 "MAKASSAR (ANTARA) - Harga gabah kering panen di tingkat petani di Sulawesi Selatan anjlok hingga di "
                 "bawah harga pembelian pemerintah pada pekan ini.\n")
    assert rows.article["title"] is None
    assert "Petani memanen" not in rows.article["body"] and "Share on" not in rows.article["body"]


def test_an_outlets_acronym_before_the_place_in_a_dateline():
    rows = build("Perpres Energi Segera Terbit\n\nSenin, 23 November 2026 10:00 WIB\n\nKBR, Jakarta - Pemerintah tengah "
                 "merampungkan rancangan Peraturan Presiden tentang energi baru yang ditargetkan terbit tahun depan.\n")
    assert rows.article["dateline"] == "Jakarta"
    site = build("Persinab Melaju ke Final\n\nRabu, 25 November 2026 10:00 WIT\n\nSUARA.NABIRE, NABIRE - Persinab Nabire "
                 "memastikan satu tiket ke partai final setelah menang 2-1 atas tim tamu di Stadion Kota Lama.\n")
    assert site.article["dateline"] == "NABIRE"


def test_the_outlet_from_the_masthead_and_copyright_line_a_page_carries():
    unknown = build("Harian Teluk Post\nBeranda\nDaerah\n\nBanjir Rendam Tiga Desa di Pesisir\n\nSenin, 23 November 2026\n\n"
                    "Banjir merendam tiga desa di pesisir utara setelah hujan deras sejak Minggu malam, kata warga setempat.\n\n"
                    "Tentang Kami | Redaksi\n© 2026 Harian Teluk Post. All rights reserved.\n")
    assert unknown.article["outlet"] == "Harian Teluk Post"
    capitals = build("Banjir Rendam Tiga Desa di Pesisir\n\nSenin, 23 November 2026\n\nSINGKAWANG, SP - Banjir merendam "
                     "tiga desa di pesisir utara setelah hujan deras sejak Minggu malam.\n\nCopyright © 2026 Suara Pesisir. "
                     "All rights reserved.\nSuara Pesisir | Redaksi | Kontak\n")
    assert capitals.article["outlet"] == "Suara Pesisir"
    publisher = build("The Valley Courier\nNews\n\nFloods close the old river bridge in the valley\n\nNovember 23, 2026\n\nThe river bridge was closed "
                      "on Sunday after floods, officials said.\n\nThe Valley Courier\n© 2026 Dale Newspapers Ltd. All rights reserved.\n")
    assert publisher.article["outlet"] == "The Valley Courier"


def test_a_dateline_naming_the_sites_masthead_credits_the_outlet():
    rows = build("Floresa\nBerita\n\nGuru Honorer Tuntut Kenaikan Honor\n\n23 November 2026\n\nRuteng, Floresa – Sekitar 300 guru "
                 "honorer berunjuk rasa di halaman Kantor DPRD Kabupaten Manggarai pada Senin pagi.\n")
    assert rows.article["dateline"] == "Ruteng"
    assert rows.article["outlet"] == "Floresa"
    alone = build("KABAR PESISIR\nBeranda\n\nLogistik Pilkada Mulai Didistribusikan\n\n23 November 2026\n\nKABAR PESISIR - "
                  "Komisi Pemilihan Umum mulai mendistribusikan logistik pemilihan ke kabupaten dan kota.\n")
    assert alone.article["dateline"] is None


def test_a_place_in_square_brackets_opens_the_lead_as_a_dateline():
    rows = build("Mantan Kadis Divonis Tujuh Tahun\n\nSenin, 23 November 2026\n\n[JAKARTA] Majelis hakim Pengadilan Tipikor "
                 "Jakarta menjatuhkan vonis tujuh tahun penjara kepada mantan kepala dinas itu.\n")
    assert rows.article["dateline"] == "JAKARTA"
    assert rows.article["body"].startswith("Majelis hakim")


def test_a_dateline_carrying_the_day_in_brackets():
    rows = build("Guru Madrasah Dilatih Hadapi Bencana\n\nPALU, Senin (23/11/2026) - Sebanyak 300 guru madrasah dari tujuh "
                 "kabupaten mengikuti pelatihan tanggap bencana.\n")
    assert rows.article["dateline"] == "PALU"
    assert rows.article["published"] == D(2026, 11, 23)
    assert rows.article["outlet"] is None


def test_a_headline_carrying_the_sites_name_loses_it():
    rows = build("Limbah Minyak Cemari Pantai Bintan, KSOP Telusuri Kapal Pembuang | Warta Bahari\n\nSenin, 23 November 2026\n\n"
                 "Tanjungpinang (Warta Bahari) – Gumpalan limbah minyak hitam kembali ditemukan di pesisir utara Bintan.\n\n"
                 "Copyright © 2026 Warta Bahari. All rights reserved.\n")
    assert rows.article["title"] == "Limbah Minyak Cemari Pantai Bintan, KSOP Telusuri Kapal Pembuang"
    kept = build("Persib Menang Tipis - Laga Sengit di Bandung\n\nSenin, 23 November 2026\n\nBANDUNG - Persib menang "
                 "tipis atas tamunya dalam laga sengit semalam.\n")
    assert kept.article["title"] == "Persib Menang Tipis - Laga Sengit di Bandung"


def test_a_date_among_a_bylines_labels_dates_the_page():
    rows = build("Budaya | Sikka\nRitual Adat Warga Natarmage Jaga Hutan Lewat Upacara Lima Tahunan\n"
                 "Redaksi Ekora NTT | 16 November 2026 | 0 Komentar\nBagikan: Facebook Twitter WhatsApp\n\n"
                 "Maumere – Ratusan warga adat berkumpul sejak Sabtu (14/11) pagi untuk mengikuti ritual yang ditutup "
                 "besok dengan makan bersama.\n")
    assert rows.article["published"] == D(2026, 11, 16)
    assert dates(rows)["besok"] == (D(2026, 11, 17), "day")


def test_an_editors_note_above_the_byline_and_a_domain_glued_to_the_dateline():
    rows = build("SUARA KAMPUS\nBerita\nMahasiswa Tolak Kenaikan Uang Kuliah Tunggal 35 Persen\n"
                 "Catatan Redaksi: Berita ini telah diperbarui pada Selasa (24/11/2026) pukul 09.15 WIB. Pada versi "
                 "sebelumnya tertulis kenaikan 45 persen. Redaksi mohon maaf atas kekeliruan tersebut.\n"
                 "Reporter: Grace Sihombing | Editor: Yohannes Marbun\n23 November 2026\n\n"
                 "Suarakampus.or.id, Medan-Ratusan mahasiswa menggelar aksi di depan gedung rektorat pada Senin pagi.\n\n"
                 "© 2026 Suara Kampus. Hak cipta dilindungi.\n")
    assert rows.article["published"] == D(2026, 11, 23)
    assert rows.article["dateline"] == "Medan"
    assert rows.article["outlet"] == "Suara Kampus"
    assert "Catatan Redaksi" not in rows.article["body"]


def test_a_date_stamp_under_a_closing_byline_and_a_province_in_the_dateline():
    rows = build("Banjir Bandang Terjang Empat Kecamatan di Bima\n\nBima (NTB) – Banjir bandang yang menerjang Kabupaten Bima "
                 "pada Senin (16/11) malam memaksa warga mengungsi. Sejak banjir dua hari lalu, pengungsi tersebar di "
                 "sekolah.\n\nPenulis: Jaya Ramdhan\nEditor: Wiwin Astuti\nRabu, 18 November 2026 - 17:42 WITA\n"
                 "Share: Facebook | Twitter\n")
    assert rows.article["published"] == D(2026, 11, 18)
    assert rows.article["dateline"] == "Bima (NTB)"
    assert dates(rows)["dua hari lalu"] == (D(2026, 11, 16), "day")
    assert "17:42" not in rows.article["body"]
    outlet_first = build("Harga Cabai Naik di Pasar Medan\n\nAnalisadaily (Medan) - Harga cabai merah di pasar tradisional "
                         "naik tajam pada Senin (16/11/2026).\n")
    assert outlet_first.article["dateline"] == "Medan"


def test_a_dateline_alone_on_its_line_closed_by_a_colon():
    rows = build("Portland fishers say reef closure is costing them a living\n\nPublished: Monday | November 30, 2026\n\n"
                 "MANCHIONEAL, Portland:\n\nFishers in east Portland are pleading with the Government to ease restrictions "
                 "at the special fishery conservation area, saying the closure has cut their catches.\n")
    assert rows.article["dateline"] == "MANCHIONEAL, Portland"
    assert rows.article["body"].startswith("Fishers in east Portland")


def test_a_masthead_named_again_in_the_footer_and_a_menu_repeating_its_words_are_not_the_headline():
    ministry = build("KEMENTERIAN AGAMA REPUBLIK INDONESIA\nBeranda  Profil  Berita  Layanan  Regulasi  PPID  Kontak\n"
                     "Berita > Nasional\n\nJelang Natal dan Tahun Baru, Kemenag Minta FKUB Perkuat Deteksi Dini Potensi Konflik\n\n"
                     "Jumat, 27 November 2026 | 10:15 WIB\n\nJakarta (Kemenag) --- Kementerian Agama meminta forum kerukunan "
                     "memperkuat deteksi dini menjelang Natal.\n\nKementerian Agama Republik Indonesia\nJl. Lapangan Banteng "
                     "Barat No. 3-4, Jakarta Pusat\n")
    assert ministry.article["title"] == "Jelang Natal dan Tahun Baru, Kemenag Minta FKUB Perkuat Deteksi Dini Potensi Konflik"
    sport = build("FOOTBALL5STAR\nBola Indonesia   Liga Inggris   Liga Italia   Liga Spanyol   Timnas   Transfer   Jadwal   "
                  "Klasemen\nHome > Bola Indonesia\n\n"
                  "Gol Telat Ucup Bawa Persik Curi Poin di Markas Semen Padang, Pelatih: Anak-anak Tidak Menyerah\n\n"
                  "Bayu Anggara\n29 November 2026\n0 Komentar\n\n"
                  "Padang – Persik Kediri pulang dari Stadion Haji Agus Salim dengan membawa satu poin berharga.\n")
    assert sport.article["title"] == ("Gol Telat Ucup Bawa Persik Curi Poin di Markas Semen Padang, Pelatih: Anak-anak "
                                      "Tidak Menyerah")


def test_labels_in_capitals_and_place_names_after_a_dash_are_neither_datelines_nor_site_names():
    breaking = build("Korban Banjir Bertambah - Aceh Tamiang\n\nSenin, 23 November 2026\n\nBREAKING NEWS:\n\n[VIDEO] Banjir "
                     "merendam ratusan rumah di Aceh Tamiang sejak Minggu malam, kata warga setempat kepada wartawan.\n")
    assert breaking.article["title"] == "Korban Banjir Bertambah - Aceh Tamiang"
    assert breaking.article["dateline"] is None
    assert "ratusan rumah" in breaking.article["body"]


def test_a_two_line_masthead_named_again_at_the_foot_is_not_the_headline():
    rows = build("BNPB\nBadan Nasional Penanggulangan Bencana\nBeranda  Profil  Berita  Informasi Bencana  Publikasi  PPID\n\n"
                 "Berita\nBanjir Bandang Landa Luwu Utara, Tiga Warga Masih Dalam Pencarian\n\n14 November 2026 | 17:30 WIB\n\n"
                 "JAKARTA - Banjir bandang melanda empat desa di Kabupaten Luwu Utara pada Jumat malam. Kepala Pusat Data, "
                 "Informasi dan Komunikasi Kebencanaan BNPB, Yudha Prasetya Wibisono, menyebut pihaknya mengirim bantuan. "
                 "Pihaknya juga menyiapkan tenda.\n\nBadan Nasional Penanggulangan Bencana\nJl. Pramuka Kav. 38, Jakarta Timur\n")
    assert rows.article["title"] == "Banjir Bandang Landa Luwu Utara, Tiga Warga Masih Dalam Pencarian"
    assert set(people(rows)) == {"Yudha Prasetya Wibisono"}


def test_headline_holding_a_date_is_still_the_headline():
    rows = build("Rabu 19 Nov 2025 20:41 WIB\nOrganisasi Tetapkan Awal Puasa Jatuh pada 18 Februari 2026\n"
                 "YOGYAKARTA -- Pimpinan organisasi itu menetapkan awal puasa jatuh pada Rabu, 18 Februari 2026.\n")
    assert rows.article["title"] == "Organisasi Tetapkan Awal Puasa Jatuh pada 18 Februari 2026"
    assert rows.article["published"] == D(2025, 11, 19)


def test_a_page_stamped_only_updated_takes_that_date_as_published():
    rows = build("Floods kill dozens in Sumatra\nUpdated 4:12 AM GMT+7, November 22, 2025\n"
                 "PADANG, Indonesia (AP) - Floods swept through villages on Saturday, officials said.\n")
    assert rows.article["published"] == D(2025, 11, 22)
    assert dates(rows)["Saturday"] == (D(2025, 11, 22), "day")


def test_outlet_from_a_channel_name_or_from_its_own_photo_credit():
    channel = build("kumparanNEWS\nKemlu Pastikan WNI Korban Penipuan Segera Dipulangkan\n27 November 2025 12:40 WIB\n"
                    "Kementerian Luar Negeri memastikan para korban penipuan daring segera dipulangkan ke tanah air.\n")
    assert channel.article["outlet"] == "kumparan"
    credit = build("Kasus Baru Tercatat di Kalangan Remaja Tahun Ini\n01 Desember 2025 14:12\n"
                   "Menteri Kesehatan di kantornya. Medcom.id/Candra Yuri\n"
                   "Kementerian Kesehatan mencatat 1.200 kasus baru di kalangan remaja sepanjang tahun ini.\n")
    assert credit.article["outlet"] == "Medcom.id"
    assert "Candra" not in credit.article["body"]


def test_regional_channels_and_sites_name_their_network_and_a_team_byline_is_no_title():
    detik = build("Regional\n\nBanjir Rob Rendam Ratusan Rumah di Pekalongan\n\nTim detikJateng - detikJateng\n"
                  "Selasa, 11 Mar 2025 10:15 WIB\n\nPekalongan - Banjir rob kembali merendam ratusan rumah di "
                  "Kelurahan Degayu sejak Senin (10/3) malam.\n")
    assert detik.article["title"] == "Banjir Rob Rendam Ratusan Rumah di Pekalongan"
    assert detik.article["outlet"] == "detikcom"
    tribun = build("Polisi Tangkap Pencuri Motor di Kampus\n\nSelasa, 11 Maret 2025 10:15 WIB\n\n"
                   "TRIBUNMEDAN.COM, MEDAN - Polisi menangkap seorang pria yang mencuri motor di parkiran kampus.\n")
    assert tribun.article["outlet"] == "Tribun Medan"  # (a Tribun regional site is a paper of its own)


def test_english_byline_labels_on_an_indonesian_page():
    rows = build("Solopos.com\nSoloraya > Solo\nPKL Minta Masa Uji Coba Diperpanjang\n"
                 "Author: Kurniawan Adi | Editor: Lusi Wulandari | Kamis 8 Januari 2026, 19:45 WIB\n"
                 "Kamis 8 Januari 2026, 19:45 WIB\n"
                 "Solopos.com, SOLO — Para pedagang kaki lima yang dipindahkan ke lokasi baru itu meminta masa "
                 "uji coba diperpanjang karena omzet mereka turun dan pengunjung belum ramai sejak Sabtu (10/1).\n")
    assert rows.article["language"] == "id"
    assert rows.article["published"] == D(2026, 1, 8)
    assert rows.article["authors"].split("; ") == ["Kurniawan Adi", "Lusi Wulandari"]
    assert "Author" not in rows.article["body"]


def test_author_with_a_regional_brand_is_a_byline_not_the_title():
    rows = build("detikJateng\nBerita\nKuota Naik Candi Borobudur Ditambah Jadi 2.400 Orang per Hari\n"
                 "Rinto Hadi Wibowo - detikJateng\nRabu, 21 Jan 2026 14:32 WIB\n"
                 "Magelang - Kuota kunjungan ke Candi Borobudur ditambah menjadi 2.400 orang per hari mulai "
                 "bulan depan karena permintaan wisatawan terus naik.\n")
    assert rows.article["title"] == "Kuota Naik Candi Borobudur Ditambah Jadi 2.400 Orang per Hari"
    assert rows.article["authors"] == "Rinto Hadi Wibowo"


@pytest.mark.parametrize("lead, place, outlet", [
    ("Padang, Haluan — ", "Padang", "Haluan"),
    ("Warta Ekonomi, Jakarta - ", "Jakarta", "Warta Ekonomi"),
])
def test_place_and_unknown_outlet_in_either_order(lead, place, outlet):
    rows = build("Banjir Bandang Landa Sumatera Barat\n\nSenin, 5 Januari 2026 10:00 WIB\n\n" + lead +
                 "Sumatera Barat dilanda empat belas kali banjir bandang sepanjang tahun lalu, kata petugas.\n")
    assert rows.article["dateline"] == place
    assert rows.article["outlet"] == outlet


def test_names_of_staff_writers_are_a_byline_not_the_title():
    rows = build("Nikkei Asia\nBusiness\nIndonesia's EV battery dream dims as investors pause smelters\n"
                 "Nickel oversupply prompts rethink of projects\n"
                 "Francesca Yuan and Aditya Prakoso, Nikkei staff writers\nPublished: March 10, 2026 10:41am\n"
                 "JAKARTA -- Chinese investors have paused plans for new nickel smelters in Indonesia, officials said.\n")
    assert rows.article["title"] == "Indonesia's EV battery dream dims as investors pause smelters"
    assert rows.article["published"] == D(2026, 3, 10)


def test_a_more_from_line_ends_the_article():
    rows = body_page("Serikat masinis menggelar mogok kerja selama 48 jam sejak Kamis malam.\n\n"
                     "Lebih banyak dari DW\n\nJerman Perketat Kontrol Perbatasan, Polandia: \"Ini Melanggar Semangat\"\n")
    assert "Perketat" not in rows.article["body"] and "Lebih banyak" not in rows.article["body"]
    assert quotes(rows) == []


def test_headlines_listed_in_a_row_without_a_marker_are_links_but_a_crosshead_stays():
    rows = body_page("Banjir merendam 300 rumah sejak Senin (10/2) malam, kata Kepala BPBD Andi Saputra.\n\n"
                     "Warga Mulai Kembali ke Rumah\n\n"
                     "\"Air sudah surut,\" ujar Andi.\n\n"
                     "Ledakan di Cibubur, Warga: \"Suaranya Seperti Bom\"\n\n"
                     "Wali Kota Minta Warga Sekitar Gudang Tak Panik Kamis (6/2)\n\n"
                     "Pemilik toko kembali membuka usahanya.\n")
    body = rows.article["body"]
    assert "Warga Mulai Kembali ke Rumah" in body and "Pemilik toko" in body
    assert "Cibubur" not in body and "Gudang" not in body
    assert quotes(rows) == [("Air sudah surut,", "Andi Saputra")]
    assert "Kamis (6/2)" not in dates(rows)


def test_a_read_next_box_inside_the_article_does_not_end_it_but_a_related_list_does():
    story = ("Haze returns to Riau\n\nSep 16, 2025\nJAKARTA - Indonesia deployed eight water-bombing helicopters to "
             "Riau and Jambi provinces on Tuesday as hot spots surged across Sumatra.\n\nRead next\n\n"
             "Malaysia prepares cloud seeding as air quality dips in Johor\n\n"
             "The authorities have also sealed off four plantation concessions suspected of using fire to clear land.\n\n"
             "\u201cShould the winds shift, Singapore may experience some hazy conditions,\u201d the agency said on Tuesday.\n\n"
             "Villagers in Pelalawan said the smoke had been thick since the weekend and schools had closed early.\n")
    rows = build(story)
    body = rows.article["body"]
    assert "sealed off four plantation" in body and "Villagers in Pelalawan" in body
    assert "cloud seeding" not in body
    assert [text for text, _ in quotes(rows)] == ["Should the winds shift, Singapore may experience some hazy conditions,"]
    related = build(story.replace("\u201cShould", "Police arrest fire starters\n\n\u201cShould")
                    .replace("Villagers", "Schools shut as smog thickens\n\nVillagers"))
    assert "sealed off" not in related.article["body"]  # headline, teaser, headline, teaser: other stories


def test_day_parts_after_bracketed_dates_glued_byline_labels_and_tag_lines():
    rows = build("Seni\n\nPawai Seniman Padati Renon\n\nWriterNi Luh Putu Wahyuni\n\nSabtu, 14 Juni 2025 | 18:00 WIB\n\n"
                 "DENPASAR - Ribuan seniman tampil sejak Sabtu (14/6/2025) sore hingga Minggu (15/6) malam di Renon.\n\n"
                 "EditorDimas Anggara\n\npesta kesenian\n\nrenon\n\nseni tari\n\nPKB 2025\n")
    assert rows.article["title"] == "Pawai Seniman Padati Renon"
    assert rows.article["authors"] and "Ni Luh Putu Wahyuni" in rows.article["authors"]
    found = dates(rows)
    assert found["Sabtu (14/6/2025) sore"] == (D(2025, 6, 14), "day")
    assert found["Minggu (15/6) malam"] == (D(2025, 6, 15), "day")
    assert "2025" not in found and "seni tari" not in rows.article["body"]


def test_datelines_with_a_full_stop_on_the_date_line_and_after_a_masthead_caption():
    globe = build("Jakarta Globe\n\nIndonesia's Economy Grows 5.12% in Q2\n\nAugust 5, 2025 | 1:23 pm\n\nJakarta. "
                  "Indonesia's economy expanded 5.12 percent year-on-year in the second quarter, the statistics agency said.\n")
    assert globe.article["dateline"] == "Jakarta"
    assert globe.article["body"].startswith("Indonesia's economy")
    post = build("The Jakarta Post\n\nHouse passes military law revision\n\nJakarta ● Thu, March 20, 2025\n\n"
                 "The House of Representatives passed on Thursday a contentious revision to the military law.\n")
    assert post.article["dateline"] == "Jakarta"
    solo = build("Grebeg Sudiro Padati Pasar Gede\n\nSOLOPOS.COM - Warga berebut kue keranjang di depan Pasar Gede, "
                 "Solo. (Solopos/Nicolous Irawan)\n\nSolopos.com, SOLO — Ribuan warga memadati kawasan Pasar Gede, Solo, "
                 "untuk mengikuti puncak tradisi Grebeg Sudiro, Minggu (26/1/2025) siang.\n")
    assert solo.article["dateline"] == "SOLO"
    assert "berebut" not in solo.article["body"]


def test_datelines_with_the_outlet_after_the_place_glued_alone_or_with_a_day_before_the_colon():
    lead = "Kasus demam berdarah di kota itu kembali meningkat dalam dua bulan terakhir, kata dinas kesehatan setempat.\n"
    header = "Kasus Demam Berdarah Melonjak di Kota Padang\nSelasa, 4 November 2025 09:00 WIB\n\n"
    assert build(header + "PADANG, PADEK.CO–" + lead).article["dateline"] == "PADANG"
    assert build(header + "AMBON, AE—" + lead).article["dateline"] == "AMBON"
    alone = build(header + "Jakarta, NU Online\n" + lead)
    assert alone.article["dateline"] == "Jakarta" and alone.article["body"].startswith("Kasus demam")
    english = build("Malaysia's inflation edges up as food prices climb\nFebruary 26, 2026 10:00 am\n\n"
                    "KUALA LUMPUR (Feb 26): Malaysia's headline inflation rose to 1.6% in January from 1.4% in "
                    "December, driven by food prices.\n")
    assert english.article["dateline"] == "KUALA LUMPUR"
    assert english.article["body"].startswith("Malaysia's headline")
    # A place and its province on a line of their own are no dateline.
    province = build(header + "Bandung, Jawa Barat\n" + lead)
    assert province.article["dateline"] is None


def test_a_long_photo_caption_with_a_label_is_no_dateline():
    rows = build("Ratusan Ogoh-ogoh Diarak di Denpasar Jelang Nyepi\n\nJumat, 28 Mar 2025 22:10 WITA\n\nFoto: Ogoh-ogoh "
                 "karya Sekaa Teruna Banjar Tainsiat diarak di kawasan Catur Muka, Denpasar, Jumat (28/3/2025). (Ni Kadek "
                 "Ayu/detikBali)\n\nDenpasar - Ratusan ogoh-ogoh diarak keliling Kota Denpasar pada malam Pengerupukan.\n")
    assert rows.article["dateline"] == "Denpasar"
    assert "Tainsiat" not in rows.article["body"]


def test_an_edition_named_in_the_masthead_wins_over_the_short_dateline_tag():
    rows = build("KOMPAS.id\n\nPetambak Garam Menunggu Gudang\n\nKamis, 27 November 2025\n\n"
                 "SUMENEP, KOMPAS — Petambak garam menunggu gudang baru sejak musim lalu.\n\n"
                 "Dapatkan akses tanpa batas ke seluruh artikel Kompas.id\n")
    assert rows.article["outlet"] == "Kompas.id"
    assert rows.article["dateline"] == "SUMENEP"


@pytest.mark.parametrize("top, dateline, place, outlet", [
    ("SERAMBINEWS.COM\n\n", "SERAMBINEWS.COM, BANDA ACEH - ", "BANDA ACEH", "SERAMBINEWS.COM"),
    ("", "JEMBER, Radar Jember - ", "JEMBER", "Radar Jember"),
    ("KONTAN.CO.ID\nKeuangan\nInvestasi\nIndustri\nNasional\n\nKEUANGAN / PERBANKAN\n\n",
     "KONTAN.CO.ID - JAKARTA. ", "JAKARTA", "Kontan"),
    ("", "TEMPO.CO, Jakarta - ", "Jakarta", "Tempo"),
])
def test_mastheads_and_outlet_tags_around_the_dateline(top, dateline, place, outlet):
    rows = build(top + "Petani Tembakau Memilih Menahan Hasil Panen Tahun Ini\n\nKamis, 20 November 2025 10:35 WIB\n\n"
                 + dateline + "Petani tembakau memilih menahan hasil panen karena harga di tingkat pabrik anjlok.\n")
    assert rows.article["title"] == "Petani Tembakau Memilih Menahan Hasil Panen Tahun Ini"
    assert rows.article["dateline"] == place
    assert rows.article["outlet"].casefold() == outlet.casefold()


def test_author_name_above_the_date_and_cookie_banners_are_not_the_title():
    rows = build("Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Setuju\n"
                 "7 Fakta Kebakaran Pasar Horas, 200 Kios Ludes\n\nDoni Hermawan Nainggolan\n"
                 "Rabu, 26 Nov 2025 21:15 WIB\n\nKebakaran melanda pasar tradisional itu pada Rabu dini hari "
                 "dan menghanguskan sekitar 200 kios milik pedagang.\n")
    assert rows.article["title"] == "7 Fakta Kebakaran Pasar Horas, 200 Kios Ludes"
    assert rows.article["authors"] == "Doni Hermawan Nainggolan"


def test_english_edition_of_an_indonesian_outlet_and_an_institution_speaking_by_name():
    rows = build("Police bust counterfeit ring\n\nDecember 1, 2025\nTEMPO.CO, Jakarta - Police in East Java "
                 "said they had seized fake banknotes, Police chief Teguh Santoso said.\n")
    assert rows.article["outlet"] == "Tempo"
    local = body_page("Direktur Reserse Polda Jatim Kombes Teguh Santoso memimpin penggerebekan.\n\n"
                      '"Modusnya belanja kecil lalu minta kembalian," demikian keterangan Polda Jatim.\n')
    assert quotes(local) == [("Modusnya belanja kecil lalu minta kembalian,", "Polda Jatim")]


def test_wire_credit_beside_the_outlet():
    rows = build("Judul Berita Tentang Perundingan Damai di Kairo\n\nKairo, Mesir (Xinhua/Kabar Dunia) – "
                 "Perundingan damai dilanjutkan pada Rabu (5/6/2024) dengan delegasi dari kedua pihak yang "
                 "bertemu di ibu kota Mesir selama dua hari penuh.\n")
    assert rows.article["outlet"] == "Kabar Dunia"
    assert rows.article["wire"] == "Xinhua"
    assert rows.article["dateline"] == "Kairo, Mesir"


def test_source_line_at_the_foot_credits_agencies():
    rows = build("Gempa Guncang Wilayah Utara Jepang Pagi Ini\n\nSenin, 6 Januari 2025\n"
                 "TOKYO - Gempa berkekuatan 6,1 mengguncang wilayah utara Jepang pada Senin pagi, "
                 "menurut badan meteorologi setempat yang belum melaporkan korban jiwa.\n"
                 "Sumber: Reuters, AFP\n")
    assert rows.article["wire"] == "Reuters, AFP"
    assert "Sumber" not in rows.article["body"]


def test_publication_date_from_a_body_weekday_with_the_year_elsewhere():
    rows = build("Harga Beras Naik di Pasar Induk Menjelang Ramadan Tahun Ini\n\n"
                 "Foto yang diambil pada Selasa (11/3/2025) memperlihatkan pedagang beras. (Foto/Ilustrasi)\n"
                 "JAKARTA - Harga beras di Pasar Induk naik tajam pada Rabu (12/3), kata seorang pedagang "
                 "kepada wartawan yang mengunjungi pasar itu pagi hari.\n")
    assert rows.article["published"] == D(2025, 3, 12)
    assert dates(rows)["Rabu (12/3)"] == (D(2025, 3, 12), "day")


def test_a_copyright_year_that_fits_the_body_weekday_dates_the_page():
    page = ("Mendikdasmen Minta Sekolah Tak Pungut Biaya Seragam\n\nJakarta (ANTARA) - Menteri Abdul Mu'ti meminta "
            "sekolah tidak memungut biaya seragam.\n\nDemikian disampaikan Mu'ti saat rapat kerja, Kamis (10/7).\n\n"
            "Pewarta: Indra Arief\nCopyright © ANTARA {year}\n")
    fits = build(page.format(year=2025))  # 10 July 2025 is a Thursday
    assert fits.article["published"] == D(2025, 7, 10)
    assert set(people(fits)) == {"Abdul Mu'ti"}
    stale = build(page.format(year=2026))  # a footer of the year the page was read: 10 July 2026 is a Friday
    assert stale.article["published"] is None


def test_the_year_a_weekday_date_fits_among_the_years_the_page_mentions():
    rows = build("Kemlu Siapkan Evakuasi WNI di Iran\n\nKementerian Luar Negeri menyiapkan evakuasi, kata juru bicara "
                 "Hendra Kusuma, Jumat (13/6). Evakuasi serupa dilakukan pada Oktober 2024.\n")
    assert rows.article["published"] == D(2025, 6, 13)  # 13 June is a Friday in 2025, not in 2024
    wire = build("Palm oil levy raised\n\nUpdated 2 hours ago\n\nJAKARTA, May 19 (Reuters) - Indonesia raised its "
                 "export levy, which funds the B40 programme, after exports fell in the first quarter of 2025.\n")
    assert wire.article["published"] == D(2025, 5, 19)


def test_the_body_dates_the_page_by_its_lead_not_by_a_day_ahead():
    overnight = body_page("Banjir merendam rumah sejak Kamis (6/3/2025) malam.\n\nHingga Jumat (7/3/2025) pagi, genangan "
                          "masih bertahan, kata Kepala BPBD Asep Saepul.\n", header="Banjir Rendam Tiga Kecamatan\n\n")
    assert overnight.article["published"] == D(2025, 3, 7)
    ahead = body_page("Ribuan warga memadati Pasar Gede, Minggu (26/1/2025) siang.\n\nTradisi digelar menjelang Imlek "
                      "yang tahun ini jatuh pada Rabu (29/1).\n", header="Grebeg Sudiro Padati Pasar Gede\n\n")
    assert ahead.article["published"] == D(2025, 1, 26)


def test_the_body_dates_the_page_by_the_day_words_were_said_not_by_a_start_or_an_end():
    rows = build("Penyeberangan Kupang-Rote Ditutup\n\nLiputan6.com, Kupang - ASDP menunda pelayaran ke Pulau Rote.\n\n"
                 "Penundaan berlaku sejak Minggu (1/12/2024) dan diperkirakan berlangsung hingga Kamis (5/12/2024).\n\n"
                 "\"Keselamatan penumpang nomor satu,\" kata Yohanes di Pelabuhan Bolok, Selasa (3/12/2024).\n\n"
                 "Pantauan hari ini, penumpang masih bertahan.\n")
    assert rows.article["published"] == D(2024, 12, 3)
    assert dates(rows)["hari ini"] == (D(2024, 12, 3), "day")


def test_short_lead_after_a_dateline_is_body_not_standfirst():
    rows = build("Gempa Guncang Pesisir Selatan Jawa Pagi Ini\n\nKamis, 13 Februari 2025\n"
                 "CILACAP -- Gempa bermagnitudo 5,1 mengguncang pesisir selatan.\n\n"
                 "Warga sempat berhamburan keluar rumah, tetapi tidak ada laporan kerusakan berat.\n")
    assert rows.article["standfirst"] is None
    assert rows.article["dateline"] == "CILACAP"
    assert rows.article["body"].startswith("Gempa bermagnitudo 5,1 mengguncang pesisir selatan.")


def test_dateline_alone_on_its_line_and_dateline_with_a_colon():
    alone = build("Bank Sentral Tahan Suku Bunga Acuan\n\nRabu, 19 Nov 2025 15:10 WIB\n"
                  "Jakarta, CNN Indonesia --\n\n"
                  "Bank sentral mempertahankan suku bunga acuan di level 4,75 persen pada rapat bulan ini.\n")
    assert alone.article["dateline"] == "Jakarta"
    assert alone.article["body"].startswith("Bank sentral mempertahankan")
    colon = build("Kasus Baru Tercatat di Kalangan Remaja\n\n01 Desember 2025 14:12\n"
                  "Jakarta: Kementerian Kesehatan mencatat 1.200 kasus baru di kalangan remaja sepanjang tahun ini.\n")
    assert colon.article["dateline"] == "Jakarta"
    assert colon.article["body"].startswith("Kementerian Kesehatan mencatat")



BBC_STYLE_PAGE = """BBC News, Indonesia
Lompati ke konten
Beranda
Internasional

'Kami dijual seperti barang' – Kisah pekerja yang lolos dari kompleks penipuan di Myanmar

Sumber gambar, Getty Images
Keterangan gambar, Pekerja asing menunggu dijemput di tepi Sungai Moei, Oktober 2025.
12 November 2025

Rizal Firmansyah masih ingat malam ketika ia dan 14 pekerja lain digiring ke dalam truk tanpa jendela pada Februari 2024.
"""


def test_a_headline_above_the_lead_photo_credit_is_the_title_not_a_caption():
    rows = build(BBC_STYLE_PAGE)
    assert rows.article["title"].startswith("'Kami dijual seperti barang'")
    assert rows.article["published"] == D(2025, 11, 12)
    assert "Keterangan gambar" not in rows.article["body"]


def test_menu_lines_and_skip_links_are_never_the_title():
    rows = build("Skip to main content\nThe Guardian - Back to home\nNews | Opinion | Sport | Culture | Lifestyle\n\n"
                 "Thousands trapped in El Fasher face starvation as RSF tightens siege, UN warns\n"
                 "Aid agencies say no convoy has reached the Darfur city for five weeks, with children dying of "
                 "malnutrition in nearby camps\n"
                 "Hannah Crosby in Nairobi and Kamal Osman Idris in Port Sudan\n"
                 "Tue 18 Mar 2025 17.32 GMT\nShare\n\n"
                 "The United Nations has warned that hundreds of thousands of civilians trapped in El Fasher face "
                 "starvation.\n")
    assert rows.article["title"] == "Thousands trapped in El Fasher face starvation as RSF tightens siege, UN warns"
    assert rows.article["published"] == D(2025, 3, 18)  # the date line under the standfirst and the byline
    assert rows.article["body"].startswith("The United Nations")


def test_a_menu_of_sections_a_label_pair_and_a_byline_naming_its_outlet_are_not_the_title():
    menu = build("ABC News\nJust In  For You  Politics  World  Business  Analysis  Sport\n"
                 "Perth man jailed for four years in Bali over drugs found in villa\n"
                 "By Indonesia correspondent Hannah Merrick\nPosted Tue 3 Mar 2026 at 5:12am\n\n"
                 "A Perth man has been sentenced to four years in an Indonesian prison.\n")
    assert menu.article["title"] == "Perth man jailed for four years in Bali over drugs found in villa"
    pair = build("GORONTALOPOST.ID\nMetropolis | Politik\nSelasa, 02 Desember 2025 - 07:10 WITA\n"
                 "Dibaca: 1.245 kali\nAPBD Provinsi Gorontalo 2026 Disahkan Rp 2,1 Triliun\n\n"
                 "GORONTALO – DPRD Provinsi Gorontalo akhirnya menyetujui rancangan anggaran yang sudah dibahas "
                 "selama dua bulan dan akan berlaku pada tahun depan.\n")
    assert pair.article["title"] == "APBD Provinsi Gorontalo 2026 Disahkan Rp 2,1 Triliun"
    brand = build("TIMEX | Timor Express\nBeranda / Kota Kupang\nKekeringan Meluas di Sebelas Kabupaten NTT\n"
                  "Diterbitkan: 21/10/2025, 09:12 WITA\n\nKUPANG – Krisis air bersih meluas di NTT dan warga yang "
                  "tinggal di desa harus membeli air dari mobil tangki.\n")
    assert brand.article["title"] == "Kekeringan Meluas di Sebelas Kabupaten NTT"
    byline = build("Nation\nEx-Bataan mayor convicted of graft over ghost road project\n"
                   "Kristine Joy Mercado - The Philippine Star\nSeptember 18, 2025 | 12:00am\n\n"
                   "MANILA, Philippines — The Sandiganbayan has convicted a former mayor.\n")
    assert byline.article["title"] == "Ex-Bataan mayor convicted of graft over ghost road project"
    assert "Kristine Joy Mercado" in byline.article["authors"]
    # A headline in title case that names two sections is still a headline.
    kept = build("Ekonomi Nasional Tumbuh Lima Persen Berkat Konsumsi\nSenin, 3 Maret 2025\n\n"
                 "JAKARTA – Ekonomi tumbuh lima persen pada tahun lalu dan akan terus tumbuh, kata BPS.\n")
    assert kept.article["title"] == "Ekonomi Nasional Tumbuh Lima Persen Berkat Konsumsi"


def test_a_headline_before_its_longer_standfirst_and_the_date_line():
    rows = build("Bangkok Post\nThailand\n\nArmy to reopen two Sa Kaeo border checkpoints\n"
                 "Move follows border committee talks with Cambodia; traders welcome end of months-long closure\n"
                 "PUBLISHED : 8 Oct 2025 at 04:00\n\nThe army will reopen two border checkpoints in Sa Kaeo on "
                 "Friday, ending a closure that has crippled cross-border trade since July.\n")
    assert rows.article["title"] == "Army to reopen two Sa Kaeo border checkpoints"
    section_first = build("Ekonomi & Bisnis\nHarga Cabai Rawit di Semarang Tembus Rp75.000, Pemkot Gelar Operasi "
                          "Pasar\nSenin, 3 Maret 2025 10:00 WIB\n\nSEMARANG - Harga cabai rawit naik tajam di pasar "
                          "tradisional sejak pekan lalu, kata pedagang.\n")
    assert section_first.article["title"].startswith("Harga Cabai Rawit")  # a section label is no headline


def test_a_photo_sentence_closed_by_an_agency_credit_is_a_caption():
    rows = build("China sambut rencana perpanjangan kereta cepat hingga Surabaya\n\n"
                 "Sebuah kereta cepat melaju di dekat Stasiun Tegalluar, Bandung, pada 17 Oktober 2023. (Xinhua)\n\n"
                 "Beijing, 12 Maret 2025 (Xinhua) -- China menyambut baik rencana Indonesia memperpanjang jalur "
                 "kereta cepat hingga Surabaya, kata juru bicara kementerian pada Rabu (12/3).\n")
    assert rows.article["published"] == D(2025, 3, 12)
    assert rows.article["standfirst"] is None  # the photo sentence is not the standfirst
    assert "Tegalluar" not in rows.article["body"]


def test_a_word_or_label_above_the_header_date_line_is_no_dateline():
    section = build("RMOL.ID\nHUKUM\nKPK Tetapkan Kadis PUPR Lampung Selatan dan Tiga Kontraktor Tersangka Suap Proyek "
                    "Irigasi\nLAPORAN: AHMAD SATRIO WIBOWO\nSELASA, 03 JUNI 2025 | 21:17 WIB\n\nKomisi Pemberantasan "
                    "Korupsi menetapkan empat orang sebagai tersangka kasus dugaan suap proyek irigasi, Selasa (3/6).\n")
    assert section.article["title"].startswith("KPK Tetapkan Kadis PUPR")
    assert section.article["published"] == D(2025, 6, 3)
    assert section.article["dateline"] is None
    labelled = build("Home\nPerbankan\nOJK: Kredit Perbankan Tumbuh 10,4 Persen Sepanjang 2024, Penyaluran ke UMKM "
                     "Masih Tertinggal\nPenulis: Nadia Khairunnisa\nRabu, 22 Januari 2025, 15:47 WIB\n\nOtoritas Jasa "
                     "Keuangan mencatat penyaluran kredit perbankan tumbuh 10,4 persen secara tahunan pada Desember 2024.\n")
    assert labelled.article["title"].startswith("OJK: Kredit Perbankan")
    assert labelled.article["dateline"] is None
    alone = build("Home\nPerbankan\nOJK: Kredit Perbankan Tumbuh 10,4 Persen Sepanjang 2024, Penyaluran ke UMKM "
                  "Masih Tertinggal\nRabu, 22 Januari 2025, 15:47 WIB\nWarta Ekonomi, Jakarta -\n\nOtoritas Jasa "
                  "Keuangan mencatat penyaluran kredit perbankan tumbuh 10,4 persen secara tahunan.\n")
    assert alone.article["dateline"] == "Jakarta"  # the dateline alone on its line, under the date line


def test_a_year_first_date_with_dots_dates_the_page():
    rows = build("Malaysia to end blanket diesel subsidy in Sabah, Sarawak from June 1\n"
                 "Nurul Azwa Ismail and Farid Hakimi Osman\n2025.05.22\n\nMalaysia will end its blanket subsidy for "
                 "diesel in Sabah and Sarawak, the government announced Wednesday.\n")
    assert rows.article["published"] == D(2025, 5, 22)
    assert dates(rows)["Wednesday"] == (D(2025, 5, 21), "day")


def test_a_tribun_caption_opening_like_a_dateline_is_a_caption_before_the_true_dateline():
    rows = build("PSMS Medan Tumbangkan Sriwijaya FC 2-1 di Teladan\nMinggu, 14 September 2025 09:47 WIB\n"
                 "SELEBRASI - Penyerang PSMS Medan, Gustavo Ribeiro, merayakan gol ke gawang Sriwijaya FC di Stadion "
                 "Teladan, Medan, Sabtu (13/9/2025) malam.\n\nTRIBUN-MEDAN.COM, MEDAN - PSMS Medan akhirnya meraih "
                 "kemenangan kandang pertama musim ini setelah menundukkan Sriwijaya FC dengan skor 2-1.\n")
    assert rows.article["dateline"] == "MEDAN"
    assert rows.article["body"].startswith("PSMS Medan akhirnya")
    byline = build("Polisi Tangkap 2 Pelaku Arisan Online Bodong di Jaksel\nWildan Noviansah - detikNewsRabu, 12 Feb "
                   "2025 16:45 WIB\nJakarta -\n\nPolres Metro Jakarta Selatan menangkap dua pelaku penipuan berkedok "
                   "arisan online yang beroperasi sejak Oktober 2024.\n")
    assert byline.article["published"] == D(2025, 2, 12)  # a byline before the dateline is no caption


def test_captions_before_the_dateline_glued_dashes_and_illustration_labels():
    glued = build("DLH Kaltim Hentikan Pembuangan Limbah Tambang ke Sungai\nRabu, 5 Maret 2025 | 11:20 WITA\n\n"
                  "TERCEMAR: Warga menunjukkan air Sungai Sanga-Sanga yang keruh di Desa Jawa, Kutai Kartanegara, "
                  "Selasa (4/3). (RIZKI AMALIA PUTRI/KALTIM POST)\n\nSAMARINDA–Dinas Lingkungan Hidup Kalimantan "
                  "Timur menghentikan sementara seluruh aktivitas pembuangan limbah perusahaan itu.\n")
    assert glued.article["dateline"] == "SAMARINDA"
    assert glued.article["body"].startswith("Dinas Lingkungan Hidup")
    credited = build("Banjir Rendam 11 Desa di Kabupaten Banjar\nSenin, 20 Januari 2025 10:00 WITA\n\nBANJIR - Warga "
                     "menggunakan perahu melintasi jalan desa yang terendam di Desa Pasayangan, Senin (20/1). "
                     "BANJARMASINPOST.CO.ID/MUHAMMAD SYAIFUL ANWAR\n\nBANJARMASINPOST.CO.ID, MARTAPURA - Banjir "
                     "merendam sedikitnya 11 desa di empat kecamatan di Kabupaten Banjar.\n")
    assert credited.article["dateline"] == "MARTAPURA"
    illustration = build("Komisi II DPR Minta Evaluasi Pilkada Tak Terburu-buru\nRabu, 11 Desember 2024\n\nIlustrasi - "
                         "Warga memasukkan surat suara ke kotak suara di TPS. (Foto: MerahPutih.com/Rizki)\n\n"
                         "Wacana mengembalikan pemilihan kepala daerah melalui DPRD kembali mengemuka.\n")
    assert illustration.article["dateline"] is None
    assert "Ilustrasi" not in illustration.article["body"]


def test_glued_datelines_with_an_outlet_or_a_hyphen_and_captions_closed_by_a_pic_credit():
    outlet = build("Kasus DBD di Sulut Melonjak\n\nRabu, 24 Januari 2024\n\nMANADOPOST.ID, MANADO—Kasus demam "
                   "berdarah dengue di Sulawesi Utara terus melonjak di awal tahun.\n")
    assert outlet.article["dateline"] == "MANADO" and outlet.article["body"].startswith("Kasus demam")
    hyphen = build("Jayapura Kekurangan 412 Guru\n\nKamis, 6 Maret 2025\n\nJAYAPURA-Dinas Pendidikan Kota Jayapura "
                   "mencatat kekurangan 412 guru di jenjang SD dan SMP.\n")
    assert hyphen.article["dateline"] == "JAYAPURA"
    pic = build("Wisma Putra: Asean envoy to press Naypyidaw on quake aid\n\nWednesday, 23 Apr 2025\n\nRelief supplies "
                "from Malaysia are loaded onto an aircraft at the Subang airbase in this file picture. — Bernama pic\n\n"
                "PUTRAJAYA, April 23 — Malaysia will press Myanmar's military government to keep aid corridors open.\n")
    assert pic.article["dateline"] == "PUTRAJAYA"


def test_an_outlet_in_capitals_beside_the_place_and_a_place_after_the_outlet_and_a_dash():
    capitals = build("Jalan Lembah Anai Ditutup Total\n\nRabu, 3 Desember 2025\n\nPADANG, HALUAN — Ruas jalan nasional "
                     "Padang-Bukittinggi kembali ditutup total setelah longsor susulan.\n")
    assert capitals.article["dateline"] == "PADANG"
    second = build("Pemkot Kebut Depo Sampah\n\nKamis, 16 Oktober 2025\n\nKRjogja.com - YOGYA - Pemerintah Kota "
                   "Yogyakarta mengebut pembangunan enam depo sampah olah mandiri.\n")
    assert second.article["dateline"] == "YOGYA"
    assert second.article["body"].startswith("Pemerintah Kota Yogyakarta")

def test_a_numeric_date_closing_a_sentence_is_a_date():
    rows = body_page("Usulan tersebut dikirim melalui surat tertanggal 03/03/2025.\n\nPejabat itu mengonfirmasi pada "
                     "12.11.2024. Versi 1.2.2025.3 tidak berubah.\n")
    found = dates(rows)
    assert found["03/03/2025"] == (D(2025, 3, 3), "day")
    assert found["12.11.2024"] == (D(2024, 11, 12), "day")
    assert not any("2025.3" in text for text in found)

# --- quotes -----------------------------------------------------------------------------

def body_page(body: str, header: str = "Judul Artikel Uji Coba Untuk Pola Kutipan\n\nKamis, 13 Februari 2025\n") -> ArticleRows:
    return build(header + "JAKARTA -- " + body)


def test_straight_single_marks_with_a_speech_verb_after_them_are_a_quote():
    rows = body_page("Warga sekitar, Rudi (41), mendengar ledakan keras. 'Saya kira bom,' ujarnya. Polisi memeriksa "
                     "gudang milik Abdul Mu'ti yang disebut warga sebagai 'gudang hantu'.\n")
    assert quotes(rows) == [("Saya kira bom,", "Rudi")]


def test_terms_after_a_word_naming_them_are_not_quotes_and_degrees_do_not_hide_the_subject():
    rows = body_page("Jaksa membeberkan percakapan yang memakai kode \"kopi susu\" untuk menyebut uang. Istilah "
                     "“honorer siluman” biasa dipakai pegawai. Ia meminta warga tidak memborong atau \"panic buying\", kata Kepala "
                     "Dinas Budi Santoso. Kuasa hukum Tagor, Maruli Tua Simanjuntak, S.H., M.H., menilai tuntutan jaksa "
                     "\"terlalu berlebihan\" dan tidak adil.\n")
    assert quotes(rows) == [("terlalu berlebihan", "Maruli Tua Simanjuntak")]


def test_a_pronoun_after_someone_unnamed_speaking_names_no_speaker():
    rows = body_page("Warga Kampung Cieunteung, Euis (52), mengaku terbiasa dengan banjir.\n\n\"Ini cepat sekali,\" "
                     "tutur Euis.\n\nSeorang warga lain yang enggan disebut namanya mengungkapkan hal serupa. "
                     "\"Jam dua pagi sudah sepinggang,\" katanya.\n\n\"Kami pasrah,\" ujarnya lagi.\n")
    assert quotes(rows) == [("Ini cepat sekali,", "Euis"), ("Jam dua pagi sudah sepinggang,", None),
                            ("Kami pasrah,", None)]


def test_speakers_after_according_to_and_after_a_relative_clause_keep_the_pronoun():
    rows = body_page("Kasubdit Nurma Dewi Lestari memimpin penyelidikan. Salah satu korban, Ratna Sari (45), mengaku "
                     "tergiur.\n\n\"Saya rugi,\" kata Ratna.\n\nPolisi menelusuri aliran dana. Menurut Nurma, sebagian "
                     "uang dipakai membeli mobil.\n\n\"Kami berkoordinasi dengan PPATK,\" tuturnya.\n\nDimas Ardiansyah "
                     "yang dinobatkan sebagai pemain terbaik mengatakan golnya hasil latihan.\n\n\"Alhamdulillah,\" "
                     "tuturnya.\n")
    assert quotes(rows) == [("Saya rugi,", "Ratna Sari"), ("Kami berkoordinasi dengan PPATK,", "Nurma Dewi Lestari"),
                            ("Alhamdulillah,", "Dimas Ardiansyah")]


def test_places_in_a_subject_someone_unnamed_after_a_cue_and_a_place_after_in_before_said():
    rows = body_page("Salah satu peserta, Aisyah Nurul Fitriani (6) asal Desa Patakbanteng, Kabupaten Wonosobo, menjawab "
                     "singkat saat ditanya pemandu acara: \"Sepeda pink sama telur dadar.\"\n\nPengelola pantai, Sutrisno, "
                     "menyebut pengunjung turun.\n\n\"Mahal, Mas. Belum parkir bus,\" celetuk seorang ibu dalam rombongan "
                     "itu.\n")
    assert quotes(rows) == [("Sepeda pink sama telur dadar.", "Aisyah Nurul Fitriani"),
                            ("Mahal, Mas. Belum parkir bus,", None)]
    english = build("Ferries full\n\nDec 20, 2025\nBATAM - Mr Agustinus Lim, who runs a souvenir shop in Nagoya, said "
                    "visitors skip the old districts.\n\n\u201cMy shop is still quiet,\u201d he said.\n")
    assert quotes(english) == [("My shop is still quiet,", "Agustinus Lim")]
    assert set(people(english)) == {"Agustinus Lim"}


def test_closing_marks_used_as_opening_marks():
    rows = body_page("Menteri Pendidikan Abdul Malik menjelaskan aturan baru. ”Tes ini bukan penentu kelulusan,” "
                     "tegas Abdul.\n\n”Evaluasi tetap berjalan,” tambahnya.\n")
    assert quotes(rows) == [("Tes ini bukan penentu kelulusan,", "Abdul Malik"),
                            ("Evaluasi tetap berjalan,", "Abdul Malik")]


def test_quote_split_by_an_attribution_is_two_quotes_with_one_speaker():
    rows = body_page('Juru Bicara Kementerian Luar Negeri Rina Wulandari memberi keterangan pers. '
                     '"Kami menolak tuduhan itu," kata Rina. "Semua bukti sudah kami serahkan."\n')
    assert quotes(rows) == [("Kami menolak tuduhan itu,", "Rina Wulandari"),
                            ("Semua bukti sudah kami serahkan.", "Rina Wulandari")]


def test_speaker_introduced_before_a_colon():
    rows = body_page("Presiden Prancis Emmanuel Macron mengatakan: “Eropa harus bersatu menghadapi krisis ini.”\n")
    assert quotes(rows) == [("Eropa harus bersatu menghadapi krisis ini.", "Emmanuel Macron")]


def test_quote_running_over_paragraphs_takes_the_later_attribution():
    rows = body_page("Ketua Komisi Pemilihan Umum Hasan Basri menjelaskan prosesnya kepada wartawan di kantornya.\n\n"
                     "“Penghitungan suara berjalan lancar di semua daerah pemilihan\n\n"
                     "“Kami akan umumkan hasilnya pekan depan,” ujar Hasan.\n")
    assert quotes(rows) == [("Penghitungan suara berjalan lancar di semua daerah pemilihan", "Hasan Basri"),
                            ("Kami akan umumkan hasilnya pekan depan,", "Hasan Basri")]


def test_quote_cut_off_at_the_end_of_the_page_is_kept():
    rows = body_page('Menteri Kesehatan Nadia Putri mengatakan vaksin sudah tiba. "Distribusi dimulai besok dan')
    assert quotes(rows) == [("Distribusi dimulai besok dan", "Nadia Putri")]


def test_scare_quotes_and_titles_are_not_quotes():
    rows = body_page('Film "Laskar Pelangi Sang Pemimpi" kembali diputar di bioskop. Program yang disebut '
                     '"makan gratis" itu dimulai tahun ini di banyak sekolah.\n')
    assert quotes(rows) == []


def test_institution_speaks_when_no_person_is_named():
    rows = body_page('Serangan berlanjut malam itu. "Kami tidak akan mundur," kata juru bicara militer Israel '
                     "kepada kantor berita AFP.\n")
    assert quotes(rows) == [("Kami tidak akan mundur,", "Militer Israel")]


def test_english_attributions_said_x_x_said_and_pronouns():
    rows = build("Talks resume in Geneva\n\nMarch 4, 2024\n"
                 "GENEVA (AP) - Negotiators met again on Monday after a week of delays.\n\n"
                 '"We are close to a deal," said Foreign Minister Anna Lindqvist.\n\n'
                 'Lindqvist spoke after the meeting. "Nobody wants another delay," she said.\n\n'
                 '"It will take time," the minister told reporters.\n')
    assert quotes(rows) == [("We are close to a deal,", "Anna Lindqvist"),
                            ("Nobody wants another delay,", "Anna Lindqvist"),
                            ("It will take time,", "Anna Lindqvist")]


def test_reported_speech_with_bahwa_and_that():
    rows = body_page("Menteri Luar Negeri Retno Marsudi mengatakan bahwa Indonesia siap menjadi tuan rumah "
                     "perundingan berikutnya. Ia menegaskan, semua pihak harus menahan diri.\n")
    assert quotes(rows, "indirect") == [
        ("Indonesia siap menjadi tuan rumah perundingan berikutnya", "Retno Marsudi"),
        ("semua pihak harus menahan diri", "Retno Marsudi"),
    ]
    assert quotes(rows) == []
    assert_offsets(rows)


def test_a_possessed_institution_speaks_as_itself():
    rows = build("Power cuts for smelters\n\nMarch 7, 2024\nJAKARTA (Reuters) - Indonesia's energy ministry said "
                 'supply would normalise "within weeks". "Quotas are being issued," China\'s foreign ministry said.\n')
    assert quotes(rows) == [("within weeks", "energy ministry"), ("Quotas are being issued,", "foreign ministry")]


def test_according_to_after_a_quote():
    rows = build("Storm warning issued\n\nJune 3, 2024\nMIAMI - Residents were told to leave the coast. "
                 '"The storm is stronger than expected," according to forecaster Lena Ortiz.\n')
    assert quotes(rows) == [("The storm is stronger than expected,", "Lena Ortiz")]


def test_words_praised_in_a_possessed_speech_belong_to_its_owner_not_to_a_weekday():
    rows = body_page("Perdana Menteri Arvid Lund membuka kongres partai di Oslo.\n\n"
                     "Partai oposisi menuduh Lund menyesatkan publik. Kritik itu muncul setelah pidatonya "
                     "pada hari Senin yang memuji “kebangkitan” ekonomi negara itu.\n")
    assert quotes(rows) == [("kebangkitan", "Arvid Lund")]


def test_a_later_surname_mention_keeps_that_person_in_view():
    rows = body_page("Menteri Perdagangan Sari Dewanti dan Gubernur Bank Sentral Tomas Reyes hadir di forum itu.\n\n"
                     "Para pengusaha lalu menanyai Dewanti soal harga beras. "
                     "Jawabannya pada hari Rabu yang menyebut “stok aman” menenangkan pasar.\n")
    assert quotes(rows) == [("stok aman", "Sari Dewanti")]


def test_english_relative_clause_after_his_speech():
    rows = build("Leader praised at congress\n\nMarch 4, 2024\n"
                 "OSLO (AP) - Prime Minister Arvid Lund opened the party congress on Monday.\n\n"
                 "Critics attacked Lund over his speech that praised a “golden age” for the country.\n")
    assert quotes(rows) == [("golden age", "Arvid Lund")]


def test_police_ranks_and_titles_written_with_a_period_are_not_part_of_the_name():
    rows = body_page('"Pelaku sudah kami tangkap," ujar Kapolda Irjen Pol Hendra Wijaya. '
                     '"Kita harus bekerja keras," kata Prof. Dr. Bambang Sutrisno, guru besar ekonomi. '
                     '"Saya minta maaf," ucap Hj. Ratna Dewi.\n')
    assert quotes(rows) == [("Pelaku sudah kami tangkap,", "Hendra Wijaya"),
                            ("Kita harus bekerja keras,", "Bambang Sutrisno"),
                            ("Saya minta maaf,", "Ratna Dewi")]


def test_menurutnya_before_a_quote_points_to_the_last_speaker():
    rows = body_page("Ketua DPR Puan Maharani menegaskan hal itu di Senayan. Menurutnya, “Semua fraksi sepakat.”\n")
    assert quotes(rows) == [("Semua fraksi sepakat.", "Puan Maharani")]


def test_english_subject_told_an_audience_before_a_colon():
    rows = build("Budget passes first reading\n\nMarch 4, 2024\nJAKARTA (Reuters) - "
                 'Finance Minister Sari Wulandari told parliament: "The deficit will stay below 3%." '
                 'Sen. Joan Miller disagreed. "This is a giveaway," Miller said.\n')
    assert quotes(rows) == [("The deficit will stay below 3%.", "Sari Wulandari"),
                            ("This is a giveaway,", "Joan Miller")]


def test_speaker_after_an_age_or_an_apposition_takes_over_from_the_earlier_speaker():
    rows = body_page('"Air naik sejak subuh," kata Camat Budi Hartono.\n\n'
                     'Kuasa hukum warga, Arif Maulana, menyayangkan lambatnya bantuan. "Ini bukan pertama kali," jelas dia.\n\n'
                     'Warga Euis Komariah (62) mengaku kehilangan rumah. "Kami cuma bisa pasrah," tuturnya.\n')
    assert quotes(rows) == [("Air naik sejak subuh,", "Budi Hartono"),
                            ("Ini bukan pertama kali,", "Arif Maulana"),
                            ("Kami cuma bisa pasrah,", "Euis Komariah")]
    english = build("Meal programme under fire\n\nMarch 4, 2024\nJAKARTA (Reuters) - "
                    'Agency head Dadan Hartono said the kitchen was closed. "It was one incident," he said.\n\n'
                    'Yohana Sari, a researcher at the Center for Strategic Studies, called the expansion "too fast".\n\n'
                    '"Quality control could not keep up," she said.\n')
    assert quotes(english) == [("It was one incident,", "Dadan Hartono"), ("too fast", "Yohana Sari"),
                               ("Quality control could not keep up,", "Yohana Sari")]


def test_nicknames_degrees_and_descriptions_pointing_back_resolve_to_the_full_name():
    rows = body_page('"Stok beras aman," kata Zulkarnain Hasibuan atau yang akrab disapa Zulhas di Jakarta.\n\n'
                     '"Petani harus untung," tegas Zulhas.\n\n'
                     'Kuasa hukum warga, Welly Pratama SH MH, menyampaikan keberatan. "Klien kami siap hadir," kata Welly.\n\n'
                     '"Aturan itu tidak akan efektif," ujar pengacara dari Jawa Barat itu.\n')
    assert quotes(rows) == [("Stok beras aman,", "Zulkarnain Hasibuan"), ("Petani harus untung,", "Zulkarnain Hasibuan"),
                            ("Klien kami siap hadir,", "Welly Pratama"), ("Aturan itu tidak akan efektif,", "Welly Pratama")]
    assert "Zulhas" not in people(rows) and "Welly" not in people(rows)


def test_institution_under_its_bracketed_short_name_and_english_pronoun_subject():
    rows = body_page("Kejaksaan Agung (Kejagung) menyita aset tersangka di tiga provinsi. "
                     '"Seluruh aset akan dilelang," tulis Kejagung dalam keterangannya.\n')
    assert quotes(rows) == [("Seluruh aset akan dilelang,", "Kejaksaan Agung")]
    english = build("Rates on hold\n\nMarch 7, 2024\nJAKARTA (Reuters) - "
                    '"The decision keeps the rupiah stable," Governor Perry Santoso told reporters. '
                    'He added there was room for easing "in line with low inflation".\n')
    assert quotes(english)[-1] == ("in line with low inflation", "Perry Santoso")


def test_single_curly_marks_passive_attributions_and_adverbs_before_the_verb():
    rows = body_page("Kepala Badan Gizi Satria Wibisana menjawab kritik anggota dewan.\n\n"
                     "‘Kami tidak menutup mata terhadap dapur yang belum bersertifikat,’ kata Satria di Senayan.\n\n"
                     "Anggota Komisi IX Kurniasih Wahyuni menilai tenggat itu terlalu longgar. ‘Tenggat itu tidak ada "
                     "artinya,’ ujar Kurniasih.\n\nSatria lalu menjawab bahwa 112 dapur sudah ditutup. "
                     "‘Itu bukti kami tidak main-main,’ katanya. Jum’at depan rapat dilanjutkan.\n\n"
                     "\"Robot kami memilah sampah plastik berdasarkan warna.\" Hal itu disampaikan ketua tim, "
                     "Anindya Kusuma Wardhani, saat ditemui di kampus.\n")
    assert quotes(rows) == [
        ("Kami tidak menutup mata terhadap dapur yang belum bersertifikat,", "Satria Wibisana"),
        ("Tenggat itu tidak ada artinya,", "Kurniasih Wahyuni"),
        ("Itu bukti kami tidak main-main,", "Satria Wibisana"),
        ("Robot kami memilah sampah plastik berdasarkan warna.", "Anindya Kusuma Wardhani"),
    ]


def test_a_pronoun_after_a_newly_introduced_subject_goes_to_that_subject():
    rows = body_page('"Api cepat sekali membesar," kata Camat Jonner Sinaga kepada wartawan.\n\n'
                     "Tiurma br Simbolon, pedagang kain ulos, tak kuasa menahan tangis.\n\n"
                     '"Modal saya pinjam dari koperasi," kata dia.\n\n'
                     '"Kalau tidak ada gudang yang layak, garam kami kalah," kata Ketua Himpunan Petambak Garam '
                     "Sumenep, Nur Hasanah.\n")
    assert quotes(rows) == [("Api cepat sekali membesar,", "Jonner Sinaga"),
                            ("Modal saya pinjam dari koperasi,", "Tiurma br Simbolon"),
                            ("Kalau tidak ada gudang yang layak, garam kami kalah,", "Nur Hasanah")]


def test_pronoun_goes_to_the_subject_just_before_in_the_same_paragraph():
    rows = body_page('Vokalis Tan Kok Wei mengatakan konser reuni digelar di Yogyakarta. "Tiketnya habis," kata Tan.\n\n'
                     'Gitaris Bayu Aji Nugroho ikut tampil malam itu.\n\n'
                     'Bayu tak menutup kemungkinan band merilis album baru. "Doakan saja," katanya singkat.\n')
    assert quotes(rows) == [("Tiketnya habis,", "Tan Kok Wei"), ("Doakan saja,", "Bayu Aji Nugroho")]


def test_a_single_name_with_an_age_is_a_person_and_speaks_next():
    rows = body_page("Kepala BPBD Mohammad Akbar Lasimpo mengatakan latihan digelar. \"Kita siap,\" ujar Akbar.\n\n"
                     "Salah satu peserta, Rahmawati (38), warga Kelurahan Talise, mengaku masih trauma.\n\n"
                     "\"Saya ikut supaya anak-anak saya tahu harus lari ke mana,\" katanya.\n")
    assert "Rahmawati" in people(rows)
    assert quotes(rows)[-1] == ("Saya ikut supaya anak-anak saya tahu harus lari ke mana,", "Rahmawati")


@pytest.mark.parametrize("attribution, speaker", [
    ('MPOA chief executive Joseph Tan Boon Hock told Reuters.', "Joseph Tan Boon Hock"),
    ('Chen Haoran, vice president of Huayang New Energy, told Nikkei Asia.', "Chen Haoran"),
])
def test_long_english_subjects_and_appositions_before_told(attribution, speaker):
    rows = build("Palm oil output falls\n\nDecember 3, 2025\nKUALA LUMPUR (Reuters) - \"Floods have set us back,\" "
                 + attribution + " Output may recover.\n")
    assert quotes(rows) == [("Floods have set us back,", speaker)]


def test_degrees_after_the_speaker_name_do_not_replace_it():
    rows = body_page('"Menyatakan terdakwa terbukti bersalah," kata Hakim Ketua Suharto Panjaitan, S.H., M.H., saat '
                     'membacakan amar putusan.\n')
    assert quotes(rows) == [("Menyatakan terdakwa terbukti bersalah,", "Suharto Panjaitan")]


def test_an_institution_speaking_by_its_short_name_is_named_in_full():
    rows = body_page("Jaksa Kejaksaan Tinggi Jawa Tengah menuntut 10 tahun penjara.\n\n"
                     "Kejati Jawa Tengah menghormati putusan itu. \"Kami pelajari salinannya,\" kata Kejati Jawa Tengah "
                     "dalam keterangan resminya.\n")
    assert quotes(rows) == [("Kami pelajari salinannya,", "Kejaksaan Tinggi Jawa Tengah")]


def test_an_institution_speaking_by_its_acronym_is_named_as_the_page_writes_it_in_full():
    rows = body_page("Kementerian Perdagangan menyiapkan sistem baru bagi petani kopi. Kementerian Luar Negeri Iran "
                     "belum menanggapi.\n\n\"Pemerintah berkomitmen mendampingi petani kecil,\" tulis Kemendag.\n")
    assert quotes(rows) == [("Pemerintah berkomitmen mendampingi petani kecil,", "Kementerian Perdagangan")]
    capitals = body_page("PT Kereta Api Indonesia mencatat tiket mudik hampir habis. Dalam keterangan resmi, KAI "
                         "mengingatkan soal bagasi. \"Setiap penumpang dapat membawa bagasi 20 kilogram,\" tulis KAI.\n")
    assert quotes(capitals)[0][1] == "PT Kereta Api Indonesia"
    # Two ministries the acronym could stand for: the page does not say which.
    english = build("El Fasher under siege\n\nTuesday, March 18, 2025\nNAIROBI – Civilians face starvation after the "
                    "paramilitary Rapid Support Forces (RSF) cut the last road.\n\nThe RSF said in a statement that its "
                    "fighters were \u201cprotecting civilians\u201d.\n")
    assert quotes(english) == [("protecting civilians", "Rapid Support Forces")]  # "The RSF": article, then acronym
    two = body_page("Kementerian Luar Negeri RI dan Kementerian Luar Negeri Iran bertemu. \"Kami siap,\" kata Kemlu.\n")
    assert quotes(two)[0][1] == "Kemlu"


def test_an_acronym_in_brackets_inside_a_name_is_an_alias_not_part_of_the_name():
    rows = body_page("Kementerian Luar Negeri (Kemlu) RI menyiapkan evakuasi. Kementerian Luar Negeri Iran belum "
                     "menjawab.\n\n\"Kami terus berkoordinasi,\" tulis Kemlu dalam keterangannya.\n")
    assert quotes(rows) == [("Kami terus berkoordinasi,", "Kementerian Luar Negeri RI")]
    names = {a["name"] for a in rows.actors if a["kind"] == "organization"}
    assert "Kementerian Luar Negeri RI" in names and "Kementerian Luar Negeri (Kemlu) RI" not in names


def test_a_subject_after_a_quote_that_closed_its_sentence_opens_the_next_sentence():
    rows = body_page("Pengacara terdakwa, Yosef Manurung, menerima putusan itu.\n\nYosef mengatakan, \"Kami "
                     "pikir-pikir dulu, Yang Mulia.\" Sikap yang sama disampaikan jaksa penuntut umum.\n")
    assert quotes(rows) == [("Kami pikir-pikir dulu, Yang Mulia.", "Yosef Manurung")]
    assert "Sikap" not in people(rows)  # a passive cue after "yang" does not make its subject speak


def test_a_sentence_opening_word_before_the_speaker_is_not_the_speaker():
    rows = body_page("Bank Indonesia (BI) memangkas suku bunga. Dalam pernyataan resminya, BI menyebut, "
                     "\"Penurunan ini konsisten dengan perkiraan inflasi.\"\n")
    assert quotes(rows) == [("Penurunan ini konsisten dengan perkiraan inflasi.", "Bank Indonesia")]


def test_a_person_after_an_institution_and_its_place_and_a_word_that_is_also_a_name():
    rows = body_page("Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Jember Widodo Hari Santoso "
                     "mengatakan banjir datang malam. Warga merayakan Hari Raya di masjid.\n\n\"Airnya datang "
                     "tiba-tiba,\" kata Widodo.\n")
    assert quotes(rows) == [("Airnya datang tiba-tiba,", "Widodo Hari Santoso")]
    assert set(people(rows)) == {"Widodo Hari Santoso"}


def test_words_quoted_inside_a_sentence_take_the_cue_later_in_it():
    rows = body_page("China siap melanjutkan kerja sama yang \"saling menguntungkan\" dengan Jakarta, kata Juru Bicara "
                     "Kementerian Luar Negeri China Mao Ning pada Rabu (12/2).\n")
    assert quotes(rows) == [("saling menguntungkan", "Mao Ning")]


def test_an_institution_spoken_of_as_that_body_is_the_one_named_just_before():
    rows = body_page("Komisi Pemberantasan Korupsi (KPK) menahan tersangka. Pengacara Yosef Marpaung menerima putusan."
                     "\n\nKPK sendiri dalam keterangan tertulisnya menyebut putusan ini sebagai \"pengingat\".\n\n"
                     "\"KPK menghormati putusan majelis hakim,\" tulis lembaga antirasuah itu.\n")
    assert quotes(rows) == [("pengingat", "Komisi Pemberantasan Korupsi"),
                            ("KPK menghormati putusan majelis hakim,", "Komisi Pemberantasan Korupsi")]


def test_a_person_described_with_the_definite_article_and_a_statement_that_speaks():
    rows = build("Villagers return to uneasy calm\n\nTuesday, September 9, 2025\nSURIN, Thailand – Somsri Chantawong "
                 "keeps a packed bag by the door.\n\n\u201cWe sleep with our shoes on,\u201d the 61-year-old rice farmer "
                 "said on Tuesday.\n\nIn a statement, the Burapha Task Force said it would \"maintain full readiness\". "
                 "\"Troops will remain at their positions,\" the statement said.\n")
    assert quotes(rows) == [("We sleep with our shoes on,", "Somsri Chantawong"),
                            ("maintain full readiness", "Burapha Task Force"),
                            ("Troops will remain at their positions,", "Burapha Task Force")]

def test_a_site_address_is_never_the_speaker_and_an_acronym_with_its_place_is_written_in_full():
    rows = body_page("Pemda DIY melalui Dinas Lingkungan Hidup dan Kehutanan (DLHK) DIY menegaskan kebijakan itu. Dalam "
                     "keterangan tertulis yang diterima KRjogja.com, DLHK DIY menyebut, \"TPST Piyungan hanya menerima "
                     "residu.\"\n")
    assert quotes(rows) == [("TPST Piyungan hanya menerima residu.", "Dinas Lingkungan Hidup dan Kehutanan DIY")]
    assert "KRjogja.com" not in people(rows)
    country = body_page("Komisi Pemilihan Umum (KPU) dan Bawaslu hadir. \"KPU menghormati setiap wacana,\" tulis KPU RI.\n")
    assert quotes(country) == [("KPU menghormati setiap wacana,", "Komisi Pemilihan Umum")]


def test_an_age_after_the_name_and_a_full_name_after_an_institution_before_the_verb():
    rows = build("Quarry raided\n\nTuesday, November 4, 2025\nMANILA – \"This is one of the biggest illegal quarry "
                 "operations,\" DENR-Calabarzon regional executive director Ramon Villaflor Cruz said on Tuesday.\n\n"
                 "\"At night, you can hear the trucks,\" Lorna Dimaculangan, 52, told Rappler.\n")
    assert quotes(rows) == [("This is one of the biggest illegal quarry operations,", "Ramon Villaflor Cruz"),
                            ("At night, you can hear the trucks,", "Lorna Dimaculangan")]
    assert "Rappler" not in people(rows)


def test_menurutnya_inside_a_sentence_and_a_noun_before_a_demonstrative():
    rows = body_page("Ketua Bawaslu Kota Medan, Fransiska Natalia Sembiring, menjelaskan pengawas menemukan 14 lembar "
                     "surat suara. Temuan itu, menurutnya, bukan \"murni kelalaian\" petugas.\n")
    assert quotes(rows) == [("murni kelalaian", "Fransiska Natalia Sembiring")]
    assert set(people(rows)) == {"Fransiska Natalia Sembiring"}
    # an acronym in the first part does not join a name after a comma to the institution
    joined = body_page("Kepala Dinas Kelautan dan Perikanan (DKP) Aceh Barat, Ir. Nurmala Dewi, M.P., mengakui "
                       "keterlambatan pasokan.\n")
    assert "Nurmala Dewi" in people(joined)

def test_it_opening_a_sentence_with_quoted_words_is_the_organisation_named_before():
    rows = build("Umrah visas go digital\n\nSunday, February 16, 2025\nRIYADH – The Ministry of Hajj and Umrah "
                 "launched a new system.\n\nIt described the new process as \u201cseamless\u201d for pilgrims.\n\n"
                 "Related Posts\nRice prices fall as harvest floods market: \"We see real potential\"\nApril 30, 2025\n")
    assert quotes(rows) == [("seamless", "Ministry of Hajj and Umrah")]
    several = build("Umrah visas go digital\n\nSunday, February 16, 2025\nRIYADH – The Ministry of Interior "
                    "approved the rules. The Ministry of Hajj and Umrah launched the system.\n\n\"Pilgrims will finish "
                    "faster,\" the ministry said.\n")
    assert quotes(several) == [("Pilgrims will finish faster,", "Ministry of Hajj and Umrah")]  # the one named last
    company = body_page("PT Nusantara Agri Lestari Tbk membagikan dividen interim.\n\nManajemen menyatakan, "
                        "\"Pembagian dividen merupakan bentuk komitmen kami.\"\n")
    assert quotes(company) == [("Pembagian dividen merupakan bentuk komitmen kami.", "PT Nusantara Agri Lestari Tbk")]
    assert "April 30, 2025" not in dates(rows)  # a related-posts list closes the article

def test_a_capital_abroad_is_a_place_not_a_speaker():
    rows = build("Sea rescue hotline opens\n\nTuesday, April 8, 2025\nHANOI – The Philippine Embassy in Hanoi said on "
                 "Monday that Manila \"stands ready\" to help. \"The hotline is practical,\" said a researcher at the "
                 "Vietnam National University, Hanoi.\n")
    assert quotes(rows)[0] == ("stands ready", "Philippine Embassy in Hanoi")  # its full name, seat and all
    assert "Hanoi" not in people(rows)

def test_an_institution_closed_by_its_country_and_one_referred_back_to_with_an_adverb():
    rows = body_page("Perundingan digelar di Roma dengan mediasi Kesultanan Oman.\n\nKementerian Luar Negeri Oman dalam "
                     "pernyataannya menyebut jadwal berikutnya \u201cakan diumumkan kemudian.\u201d Kementerian Pertahanan "
                     "Rusia menyebut serangan itu \u201cserangan balasan\u201d. Kementerian itu juga mengklaim telah "
                     "menghancurkan \u201cfasilitas energi\u201d.\n")
    assert quotes(rows) == [("akan diumumkan kemudian.", "Kementerian Luar Negeri Oman"),
                            ("serangan balasan", "Kementerian Pertahanan Rusia"),
                            ("fasilitas energi", "Kementerian Pertahanan Rusia")]
    english = build("Kinmen incursion\n\nWednesday, 8 Oct 2025\n\nTAIPEI – The China Coast Guard said its ships were "
                    "conducting \"law enforcement patrols\" near Kinmen.\n")
    assert quotes(english) == [("law enforcement patrols", "China Coast Guard")]
    assert "Coast Guard" not in people(english)
    particle = body_page("Menteri Luar Negeri Oman Khalid bin Salim al-Harthy menyebut perundingan \"mengalami "
                         "kemajuan\" pekan ini.\n")
    assert quotes(particle) == [("mengalami kemajuan", "Khalid bin Salim al-Harthy")]

def test_an_institution_speaking_is_named_without_the_words_about_it():
    rows = body_page("Kementerian Pertahanan Jerman dalam keterangan tertulisnya menyebut pelayaran itu \"tidak "
                     "ditujukan kepada negara mana pun\". Kedutaan Besar Rusia di Jakarta menulis, \"Kami memperingati "
                     "80 tahun kemenangan.\" Stasiun Meteorologi Juanda memperingatkan hujan lebat.\n")
    assert quotes(rows) == [("tidak ditujukan kepada negara mana pun", "Kementerian Pertahanan Jerman"),
                            ("Kami memperingati 80 tahun kemenangan.", "Kedutaan Besar Rusia di Jakarta")]
    assert "Meteorologi Juanda" not in people(rows)  # a two-word institution word, not a name after it


def test_a_mission_is_named_with_the_place_where_it_sits():
    rows = body_page("Kedutaan Besar Rusia di Jakarta menulis, \"Kami memperingati hari kemenangan.\" Misi Bantuan PBB "
                     "untuk Irak (UNAMI) menyatakan, \"Kami mengapresiasi rakyat Irak.\" Warga di Jakarta menyatakan, "
                     "\"Kami senang.\"\n")
    assert quotes(rows)[:2] == [("Kami memperingati hari kemenangan.", "Kedutaan Besar Rusia di Jakarta"),
                                ("Kami mengapresiasi rakyat Irak.", "Misi Bantuan PBB untuk Irak")]
    english = build("Fishermen rescued\n\nMonday, 6 Oct 2025\n\nHANOI – The Philippine Embassy in Hanoi said Manila "
                    "\"stands ready\" to help. \"No fisherman should be left behind,\" the embassy said. The US Embassy in "
                    "Jakarta spokesman Michael Quinlan said he agreed.\n")
    assert quotes(english) == [("stands ready", "Philippine Embassy in Hanoi"),
                               ("No fisherman should be left behind,", "Philippine Embassy in Hanoi")]
    assert "Michael Quinlan" in people(english)


def test_an_organisation_of_something_may_open_with_the_article_before_its_acronym():
    english = build("Haze returns\n\nMonday, 6 Oct 2025\n\nKUALA LUMPUR – The Department of Environment (DOE) said "
                    "hotspots had risen. \"Winds will persist,\" the department said. The annual exchange, dubbed "
                    "\"haze diplomacy\" in the press, goes on.\n")
    assert quotes(english) == [("Winds will persist,", "Department of Environment")]

# --- dates ------------------------------------------------------------------------------

DATE_PAGE = """Uji Tanggal Dalam Berita Ekonomi Nasional

Kamis, 13 Februari 2025 10:00 WIB

JAKARTA - Rapat digelar pada 12.11.2024 dan dilanjutkan 21/07/2018 serta 11 Mei 2024. Inflasi Februari 2022 lebih rendah dari 2014. Pada Rabu, menteri bertemu 2000 orang selama 90 menit. Kemarin harga naik, hari ini turun, dan besok diumumkan lagi. Pekan lalu pasar sepi, tahun ini diperkirakan ramai. Jumat malam ada rapat. Tanggal 31.02.2025 tidak ada. Periode 2019-2024 selesai. Kenaikan 2024 persen mustahil.
"""


@pytest.fixture(scope="module")
def date_page() -> dict:
    rows = build(DATE_PAGE)
    assert_offsets(rows)
    return dates(rows)


@pytest.mark.parametrize("text, value, granularity", [
    ("12.11.2024", D(2024, 11, 12), "day"),          # day first, dotted
    ("21/07/2018", D(2018, 7, 21), "day"),           # day first, slashed
    ("11 Mei 2024", D(2024, 5, 11), "day"),          # month name
    ("Februari 2022", D(2022, 2, 1), "month"),        # month and year
    ("2014", D(2014, 1, 1), "year"),                 # bare year
    ("Rabu", D(2025, 2, 12), "day"),                 # weekday before publication
    ("Kemarin", D(2025, 2, 12), "day"),              # relative, capitalised
    ("hari ini", D(2025, 2, 13), "day"),
    ("besok", D(2025, 2, 14), "day"),
    ("Pekan lalu", D(2025, 2, 6), "day"),
    ("tahun ini", D(2025, 1, 1), "year"),
    ("Jumat malam", D(2025, 2, 7), "day"),           # weekday with part of day
    ("Kamis, 13 Februari 2025", D(2025, 2, 13), "day"),  # header stamp
])
def test_date_expressions(date_page, text, value, granularity):
    assert date_page[text] == (value, granularity)


@pytest.mark.parametrize("text", ["90 menit", "2000", "31.02.2025", "2019", "2024", "13"])
def test_not_dates_durations_counts_ranges_impossible_dates(date_page, text):
    assert text not in date_page


def test_weekday_of_last_week_is_one_expression_and_a_range_of_days_in_brackets_is_its_first():
    rows = build("Uji Tanggal Dalam Berita Ekonomi Nasional\n\nKamis, 13 Februari 2025 10:00 WIB\n"
                 "JAKARTA - Rapat pertama digelar Sabtu pekan lalu, rapat kedua Senin-Selasa (10-11/2).\n")
    found = dates(rows)
    assert found["Sabtu pekan lalu"] == (D(2025, 2, 8), "day")
    assert "Sabtu" not in found and found["Senin-Selasa (10-11/2)"] == (D(2025, 2, 10), "day")
    english = dates(build("Budget talks stall\n\nMarch 7, 2024\nLONDON - Talks broke down on Tuesday last week.\n"))
    assert english["Tuesday last week"] == (D(2024, 2, 27), "day")


def test_period_modifiers_belong_to_the_expression_and_since_points_back():
    rows = build("Uji Tanggal Dalam Berita Ekonomi Nasional\n\nRabu, 12 November 2025 10:00 WIB\n"
                 "JAKARTA - Harga naik sejak Januari, melonjak akhir Oktober, dan turun awal tahun ini.\n")
    found = dates(rows)
    assert found["Januari"] == (D(2025, 1, 1), "month")  # not next January
    assert found["akhir Oktober"] == (D(2025, 10, 1), "month")
    assert found["awal tahun ini"] == (D(2025, 1, 1), "year")
    assert "Oktober" not in found
    english = dates(build("Rates on hold\n\nMarch 7, 2024\nLONDON - Rates have been flat since October "
                          "and may fall by the end of the year.\n"))
    assert english["October"] == (D(2023, 10, 1), "month")
    assert "the end of the year" in english


def test_the_year_of_a_numbered_law_is_not_a_date():
    rows = build("Uji Tanggal Dalam Berita Hukum Nasional\n\nKamis, 13 Februari 2025 10:00 WIB\n"
                 "JAKARTA - Mahkamah menguji UU Nomor 3 Tahun 2025 dan Perpres No. 12 Tahun 2024 sejak 2023.\n")
    found = dates(rows)
    assert "2023" in found and "2025" not in found and "2024" not in found


def test_ranges_directions_line_breaks_and_future_days():
    rows = build("Uji Tanggal Dalam Berita Ekonomi Nasional\n\nRabu, 12 November 2025 10:00 WIB\n"
                 "JAKARTA - Pameran digelar 1-5 Desember 2025. Ekspor Januari–Oktober 2025 naik sejak 9 Agustus lalu. "
                 "Upah baru berlaku mulai 1 Januari. Panen turun sepanjang Maret.\n\n"
                 "Target dicapai pertengahan Desember.\n\n5. Berlaku untuk semua daerah.\n")
    found = dates(rows)
    assert found["1-5 Desember 2025"] == (D(2025, 12, 1), "day")
    assert found["Januari"] == (D(2025, 1, 1), "month") and found["Oktober 2025"] == (D(2025, 10, 1), "month")
    assert found["9 Agustus lalu"] == (D(2025, 8, 9), "day")
    assert found["1 Januari"] == (D(2026, 1, 1), "day")
    assert found["Maret"] == (D(2025, 3, 1), "month")
    assert "pertengahan Desember" in found and not any("\n" in text for text in found)
    english = dates(build("Ban takes effect\n\nIssued on: 24/11/2025 - 10:42\nHONG KONG (AFP) - The ban applies "
                          "from January 1, officials said on Monday.\n"))
    assert english["24/11/2025"] == (D(2025, 11, 24), "day")
    assert english["January 1"] == (D(2026, 1, 1), "day")


def test_year_words_parts_of_years_and_this_month():
    rows = build("Uji Tanggal Dalam Berita Ekonomi Nasional\n\nRabu, 12 November 2025 10:00 WIB\n"
                 "JAKARTA - Laba naik sejak tahun 2024 lalu dan ditargetkan pulih pada kuartal II/2026 atau "
                 "semester I 2027. Panen raya berlangsung pada November ini.\n")
    found = dates(rows)
    assert found["tahun 2024 lalu"] == (D(2024, 1, 1), "year")
    assert found["kuartal II/2026"] == (D(2026, 1, 1), "year")
    assert found["semester I 2027"] == (D(2027, 1, 1), "year")
    assert found["November ini"] == (D(2025, 11, 1), "month")
    english = dates(build("Prices ease\n\nPublished On 3 Dec 2025\n\nLONDON - Prices fell earlier this month.\n"))
    assert english["earlier this month"] == (D(2025, 12, 1), "month")


def test_month_with_lalu_and_weekday_comma_bracket_and_dateline_date():
    rows = build("Rapat Anggaran Dimulai Lagi Setelah Reses Panjang\n\nJakarta, 12 Maret 2024 - Rapat anggaran "
                 "yang tertunda sejak Desember lalu kembali digelar pada Senin, (11/3) di gedung parlemen, dan "
                 "akan berlanjut hingga Mei mendatang menurut jadwal.\n")
    assert rows.article["published"] == D(2024, 3, 12)
    assert rows.article["dateline"] == "Jakarta"
    found = dates(rows)
    assert found["Desember lalu"] == (D(2023, 12, 1), "month")
    assert found["Mei mendatang"] == (D(2024, 5, 1), "month")
    assert found["Senin, (11/3)"] == (D(2024, 3, 11), "day")
    assert found["12 Maret 2024"] == (D(2024, 3, 12), "day")


def test_english_month_first_and_year_less_dates():
    rows = build("Markets rally\n\nDecember 29, 2016\nNEW YORK - Stocks rose on Dec. 28 after a slow week, "
                 "and analysts expect gains through January 2017, traders said on Thursday.\n")
    found = dates(rows)
    assert found["December 29, 2016"] == (D(2016, 12, 29), "day")
    assert found["Dec. 28"] == (D(2016, 12, 28), "day")
    assert found["January 2017"] == (D(2017, 1, 1), "month")
    rows = build("Vote set\n\nMarch 2, 2024\nLONDON - The vote may 5 times be delayed, but it is due in May, "
                 "officials said.\n")
    assert dates(rows)["May"] == (D(2024, 5, 1), "month")
    assert "may 5" not in {text.casefold() for text in dates(rows)}
    assert found["Thursday"] == (D(2016, 12, 29), "day")


STATEMENT_DAY_PAGE = """Warga Tolak Relokasi Pasar Lama ke Pinggir Kota

Jumat, 21 November 2025 08:00 WIB

MEDAN - Pedagang Pasar Lama menolak rencana relokasi. "Kemarin kami sudah bertemu wali kota," kata Ketua Paguyuban Pedagang Rudi Hartono, Rabu (19/11).

Ketua DPRD Medan Sari Lubis juga menanggapi.

"Besok kami panggil dinas pasar," ujar Sari.

Sebelumnya, Kepala Dinas Pasar Bonar Tambunan mengaku sudah menerima surat penolakan.

"Suratnya tadi malam masuk ke meja saya," ungkap Bonar.
"""


@pytest.fixture(scope="module")
def statement_days() -> dict:
    return dates(build(STATEMENT_DAY_PAGE))


def test_relative_day_in_a_quote_counts_from_the_day_in_its_attribution(statement_days):
    # Said on Wednesday 19/11, published Friday: "kemarin" is Tuesday, not Thursday.
    assert statement_days["Kemarin"] == (D(2025, 11, 18), "day")


def test_relative_day_in_a_quote_without_a_stated_day_counts_from_publication(statement_days):
    assert statement_days["Besok"] == (D(2025, 11, 22), "day")


def test_relative_day_in_a_quote_said_earlier_on_an_unstated_day_has_no_value(statement_days):
    # "Sebelumnya, ..." introduces a statement made before, on a day the page does not give.
    assert statement_days["tadi malam"] == (None, "day")


def test_relative_day_outside_quotes_counts_from_publication():
    rows = build("Harga Cabai Turun di Pasar Tradisional\n\nJumat, 21 November 2025 08:00 WIB\n\n"
                 "MEDAN - Harga cabai turun sejak kemarin, kata pedagang, Rabu (19/11).\n")
    assert dates(rows)["kemarin"] == (D(2025, 11, 20), "day")


def test_a_weekday_with_its_date_in_brackets_is_one_expression():
    english = build("Dormitory rules tightened\n\nNovember 21, 2025\nSINGAPORE: The ministry announced the rules "
                    "on Thursday (Nov 20), a day before operators met.\n")
    assert dates(english)["Thursday (Nov 20)"] == (D(2025, 11, 20), "day")
    assert "Thursday" not in dates(english)
    indonesian = body_page("Rapat digelar Kamis (13 Februari 2025) di Jakarta.\n")
    assert dates(indonesian)["Kamis (13 Februari 2025)"] == (D(2025, 2, 13), "day")


def test_a_day_first_header_date_agrees_with_the_dateline_and_until_looks_ahead():
    rows = build("BERNAMA\nGeneral\nFlood evacuees in Kelantan rise as more rain expected until Saturday\n"
                 "03/12/2025 07:42 PM\n"
                 "KOTA BHARU, Dec 3 (Bernama) -- The number of flood evacuees in Kelantan rose this evening, and more "
                 "rain is expected until Saturday, the weather agency said.\n")
    assert rows.article["published"] == D(2025, 12, 3)
    found = dates(rows)
    assert found["03/12/2025"] == (D(2025, 12, 3), "day")
    assert found["Saturday"] == (D(2025, 12, 6), "day")


def test_a_month_after_a_comparison_or_the_start_of():
    indonesian = body_page("Dinkes mencatat 412 kasus sepanjang pekan ini, naik hampir tiga kali lipat dibanding Januari.\n")
    assert dates(indonesian)["Januari"] == (D(2025, 1, 1), "month")
    english = build("Dengue cases rise\n\nNov 20, 2026\nAPIA - The ministry has confirmed 214 cases since the start "
                    "of October.\n")
    assert dates(english)["the start of October"] == (D(2026, 10, 1), "month")


def test_a_bare_month_far_from_publication_takes_the_nearer_year_the_page_means():
    november = build("Jaringan 5G\n\nRabu, 25 November 2026\n\nMAKASSAR - Operator menargetkan 300 site pada akhir tahun ini, "
                     "naik dari 112 site pada Januari.\n")
    assert dates(november)["Januari"] == (D(2026, 1, 1), "month")
    december = build("Jadwal Baru\n\nKamis, 10 Desember 2026\n\nJAKARTA - Aturan baru itu diterapkan pada Januari.\n")
    assert dates(december)["Januari"] == (D(2027, 1, 1), "month")
    english = build("Fares\n\nNovember 20, 2026\nDUNEDIN - The new timetable applies from March, the council said. "
                    "They promised the same in 2024 and farmers waited until December.\n")
    assert dates(english)["March"] == (D(2027, 3, 1), "month")
    assert dates(english)["December"] == (D(2024, 12, 1), "month")


def test_a_month_before_publication_in_a_clause_about_the_future_is_next_years():
    indonesian = build("Pendataan Atlet\n\nSenin, 9 November 2026\n\nSOFIFI - \"Kami minta data atlet diserahkan paling "
                       "lambat akhir Januari,\" katanya. Program itu sudah berjalan sejak Februari, naik tajam akibat "
                       "hujan pada April.\n")
    assert dates(indonesian)["akhir Januari"] == (D(2027, 1, 1), "month")
    assert dates(indonesian)["Februari"] == (D(2026, 2, 1), "month")
    assert dates(indonesian)["April"] == (D(2026, 4, 1), "month")
    english = build("School closures\n\nNovember 16, 2026\nLERWICK - A final decision is expected at a full council "
                    "meeting in February. Pupils moved out in March.\n")
    assert dates(english)["February"] == (D(2027, 2, 1), "month")
    assert dates(english)["March"] == (D(2026, 3, 1), "month")


def test_a_day_in_the_reported_clause_after_menurut_is_not_the_day_the_quote_was_said():
    rows = build("Banjir Aceh Utara\n\nSelasa, 17 November 2026\n\nLHOKSUKON - Banjir merendam 14 kecamatan.\n\nMenurut "
                 "Murdani, debit sungai sempat turun pada Minggu (15/11), tetapi kembali naik setelah hujan lebat. \"Kalau "
                 "hujan belum berhenti, besok air masih bertahan,\" ujarnya.\n")
    assert dates(rows)["besok"] == (D(2026, 11, 18), "day")


def test_a_month_looking_ahead_from_its_own_month_is_this_one():
    rows = build("Tarif Baru\n\nKamis, 5 November 2026\n\nJAKARTA - Pemerintah menyatakan tarif listrik yang baru untuk "
                 "rumah tangga berlaku mulai November.\n")
    assert dates(rows)["November"] == (D(2026, 11, 1), "month")


def test_a_date_line_parting_month_day_and_year_with_dashes():
    rows = build("Galamsey pollutes river\n\nNov - 13 - 2026 , 06:45\n\nTWIFO PRASO - Residents said the river turned brown "
                 "last week after illegal miners moved upstream.\n")
    assert rows.article["published"] == D(2026, 11, 13)
    assert dates(rows)["last week"] == (D(2026, 11, 6), "day")


def test_a_future_word_of_another_sentence_does_not_move_a_weekday():
    rows = body_page("Harga diperkirakan naik. Jumat malam ada rapat.\n")
    assert dates(rows)["Jumat malam"] == (D(2025, 2, 7), "day")


def test_a_past_verb_nearer_the_weekday_than_a_future_word_keeps_it_behind():
    english = build("High tide floods city\n\nTue, October 22, 2024\nThe tide this weekend is expected to be higher "
                    "than what we saw on Monday.\n")
    assert dates(english)["Monday"] == (D(2024, 10, 21), "day")
    indonesian = body_page("Banjir diperkirakan lebih tinggi daripada yang sudah terjadi Senin.\n")
    assert dates(indonesian)["Senin"] == (D(2025, 2, 10), "day")


def test_a_future_word_earlier_in_the_same_clause_moves_a_weekday_ahead():
    indonesian = body_page("Bawaslu menerima laporan itu. \"Kami akan panggil panitia desa dan para calon hari Jumat "
                           "pagi,\" ujar Ketua Bawaslu Sri Wahyuni.\n")
    assert dates(indonesian)["hari Jumat pagi"] == (D(2025, 2, 14), "day")
    english = build("Typhoon leaves Luzon\n\nWednesday, October 22, 2025\nMANILA: The president visited shelters. "
                    "He was scheduled to fly to Cagayan on Thursday if the weather permits.\n")
    assert dates(english)["Thursday"] == (D(2025, 10, 23), "day")
    after_a_comma = body_page("Rapat akan digelar lagi, seperti yang terjadi Senin.\n")
    assert dates(after_a_comma)["Senin"] == (D(2025, 2, 10), "day")


def test_a_word_that_looks_ahead_only_before_the_date_does_not_move_it_from_afar():
    rows = build("Thousands face starvation in El Fasher\n\nTue 18 Mar 2025\nNAIROBI: \u201cShe was too weak,\u201d she "
                 "said by phone from Tawila on Monday. The army will reopen two border checkpoints in Sa Kaeo on Friday. "
                 "Rations are cut from Thursday.\n")
    found = dates(rows)
    assert found["Monday"] == (D(2025, 3, 17), "day")    # "from Tawila": a place, not a start
    assert found["Friday"] == (D(2025, 3, 21), "day")    # "will", ten words back in the clause
    assert found["Thursday"] == (D(2025, 3, 20), "day")  # "from Thursday": ahead

def test_a_day_part_before_the_bracketed_date_and_a_condition_that_looks_ahead():
    rows = body_page("Penetapan tersangka diumumkan Selasa malam (11/2).Ia menyebut tiga tersangka lain. \"Kalau "
                     "Jumat hujan, sidang ditunda,\" katanya.\n")
    found = dates(rows)
    assert found["Selasa malam (11/2)"] == (D(2025, 2, 11), "day")
    assert found["Jumat"] == (D(2025, 2, 14), "day")


def test_a_date_stamp_among_labels_in_the_header_dates_the_page():
    rows = build("Beranda | Tiongkok | Dunia | Ekonomi | Budaya\n\nChina sambut rencana kereta cepat hingga "
                 "Surabaya\n\nSumber: Xinhua | 2025-03-12 19:48:05 | Editor: Wu Yuelin\n\nBeijing (Xinhua) -- China "
                 "menyambut baik rencana Indonesia, kata juru bicara pada Rabu (12/3). Studi selesai tahun ini.\n")
    assert rows.article["published"] == D(2025, 3, 12)
    assert dates(rows)["tahun ini"] == (D(2025, 1, 1), "year")

def test_a_weekday_decides_which_number_of_a_numeric_date_is_the_day():
    rows = build("Sea rescue hotline opens\n\nTuesday, 8/4/2025 | 10:00 am (GMT+7)\n\nHANOI: A hotline for fishermen "
                 "in distress opened yesterday, officials said.\n")
    assert rows.article["published"] == D(2025, 4, 8)
    assert dates(rows)["yesterday"] == (D(2025, 4, 7), "day")


def test_the_year_of_a_full_date_must_fit_the_weekday_dates_of_the_page():
    rows = build("Pungutan Wisman Baru Terkumpul Rp 98 Miliar\n\nDENPASAR - Penerimaan pungutan sepanjang Januari "
                 "hingga Maret 2025 baru Rp 98 miliar. Pungutan berlaku sejak 14 Februari 2024, kata Ketua DPRD Bali, "
                 "Senin (14/4).\n")
    assert rows.article["published"] == D(2025, 4, 14)  # 14 April is a Monday in 2025, not in 2024

def test_a_relative_day_with_its_date_in_brackets_is_one_expression():
    rows = body_page("Tim tiba di Jambi kemarin (12/2) dan latihan dimulai hari ini (13/2).\n")
    found = dates(rows)
    assert found["kemarin (12/2)"] == (D(2025, 2, 12), "day")
    assert found["hari ini (13/2)"] == (D(2025, 2, 13), "day")
    assert "kemarin" not in found
    lead = build("Atlet PON Jambi Mulai Pemusatan Latihan\n\nJAMBI - Sebanyak 40 atlet tiba di Jambi kemarin (20/11) "
                 "untuk pemusatan latihan 2023.\n\nLatihan berlangsung hingga Sabtu (25/11).\n")
    assert lead.article["published"] == D(2023, 11, 21)  # "kemarin (20/11)" in the lead: published the day after

def test_a_bare_weekday_takes_the_date_the_page_gives_that_weekday():
    rows = body_page("Pementasan perdana digelar Minggu di panggung terbuka. Panitia menyebut pementasan pada "
                     "Minggu (16/2) malam itu gratis.\n")
    found = dates(rows)
    assert found["Minggu (16/2) malam"] == (D(2025, 2, 16), "day")
    assert found["Minggu"] == (D(2025, 2, 16), "day")  # not the Sunday before publication
    two_sundays = body_page("Rapat digelar Minggu. Ada acara Minggu (9/2) dan Minggu (16/2).\n")
    assert dates(two_sundays)["Minggu"] == (D(2025, 2, 9), "day")  # the page does not say which: the latest past

# --- actors -----------------------------------------------------------------------------

def test_roles_from_titles_and_appositions_and_organisations_from_acronyms():
    rows = body_page("Kuasa Usaha Jepang di Indonesia, Kenji Watanabe, bertemu Wakil Ketua Komisi Pemberantasan "
                     "Korupsi (KPK) Ahmad Fauzi. Watanabe menyebut pertemuan itu produktif.\n")
    found = people(rows)
    assert found["Kenji Watanabe"] == "Kuasa Usaha Jepang di Indonesia"
    assert found["Ahmad Fauzi"].startswith("Wakil Ketua")
    assert "Watanabe" not in found
    organisations = {a["name"] for a in rows.actors if a["kind"] == "organization"}
    assert "Komisi Pemberantasan Korupsi" in organisations


def test_places_after_prepositions_and_english_place_words_are_not_people():
    rows = body_page("Rapat digelar di Gedung Sate Bandung. Delegasi lalu terbang ke Silicon Valley dan "
                     "bertemu Gubernur Ridwan Kamil di White House.\n")
    assert set(people(rows)) == {"Ridwan Kamil"}


def test_sentence_opening_word_is_not_part_of_a_name():
    rows = body_page("Ketua DPR Puan Maharani hadir dalam rapat itu. Diketahui Puan terpilih kembali tahun lalu.\n")
    assert set(people(rows)) == {"Puan Maharani"}


def test_role_words_agencies_places_and_laws_are_not_people():
    rows = body_page("Direktur Jenderal Pajak Bimo Santoso melaporkan penerimaan wajib pajak naik. "
                     "Kapolda Metro Jaya Irjen Pol Asep Hidayat dan Direktur Perlindungan WNI Kemlu Yudha Pratama "
                     "hadir bersama Kepala Dinas Uka Suska Puji Utama. Warga mengungsi dari Gunung Lewotobi Laki-laki "
                     "sejak pekan lalu. Sidang uji Undang-Undang Nomor 3 Tahun 2025 soal Anggaran Pendapatan dan "
                     "Belanja Negara ditunda.\n")
    assert set(people(rows)) == {"Bimo Santoso", "Asep Hidayat", "Yudha Pratama", "Uka Suska Puji Utama"}


def test_editor_names_in_brackets_and_spaced_colon_bylines_are_not_body():
    rows = body_page('"Logistik aman," kata Camat Hendra Gunawan.\n\nRedaktur : Friska Amelia\n\n(Rahman Hakim)\n')
    assert "Rahman" not in rows.article["body"] and "Friska" not in rows.article["body"]
    assert set(people(rows)) == {"Hendra Gunawan"}
    english = build("Rates on hold\n\nMarch 7, 2024\nJAKARTA (Reuters) - The central bank held rates, "
                    "Governor Perry Santoso said.\n\n(Reporting by Ana Lim and Joe Tan; Editing by Kim Park)\n")
    assert "Reporting" not in english.article["body"]
    assert set(people(english)) == {"Perry Santoso"}


def test_particles_honorifics_balinese_names_and_short_names_of_organisations():
    rows = body_page("Warga Tiurma br Simbolon dan Abdul Karim bin Ismail hadir. Pimpinan dayah Tgk Munawar Khalil "
                     "menyambut mereka. Kepala Dinas Pariwisata Gianyar, I Gusti Ngurah Agung Wirawan, mengatakan "
                     "jalan ditutup. Gabungan Pengusaha Kelapa Sawit Indonesia (Gapki) mencatat ekspor turun. "
                     "Ketua Umum Gapki Edwin Martua Sihombing mengatakan margin tertekan. Rizal Tanjung, warga Medan, hadir.\n")
    assert set(people(rows)) == {"Tiurma br Simbolon", "Abdul Karim bin Ismail", "Munawar Khalil",
                                 "I Gusti Ngurah Agung Wirawan", "Edwin Martua Sihombing", "Rizal Tanjung"}
    english = build("Smelters ask for exemption\n\nMarch 7, 2024\nJAKARTA (Reuters) - Rizal Tanjung, a director "
                    "at the Indonesian Nickel Smelter Association, said members asked for an exemption.\n")
    assert set(people(english)) == {"Rizal Tanjung"}


def test_crossheads_possessives_and_widget_lines_are_not_people():
    rows = body_page("Menteri Tenaga Kerja Sari Wulandari menetapkan upah baru.\n\nBuruh Tidak Puas Dengan Kenaikan\n\n"
                     "Serikat pekerja menolak keputusan itu, tetapi Sari bergeming.\n")
    assert set(people(rows)) == {"Sari Wulandari"}
    english = build("Power cuts for smelters\n\nMarch 7, 2024\nJAKARTA (Reuters) - Indonesia's energy ministry "
                    "said supply would be cut. Minister Arif Rahman confirmed it.\n\nHide Ads\n")
    assert set(people(english)) == {"Arif Rahman"}
    assert "Hide Ads" not in english.article["body"]


def test_numbered_crossheads_schools_ships_and_province_abbreviations_are_not_people():
    rows = body_page("Sebanyak 40 santri dari Dayah Darul Ihsan berangkat naik KM Sinar Bahari.\n\n"
                     "2. Serikat Buruh Tidak Puas\n\nSekda Kalbar Harisman Tanjung membuka acara. "
                     "Konsul Haji KJRI Jeddah, Nasrullah bin Jamaluddin, mengimbau jamaah. Analis Mirae Asset "
                     "Sekuritas, Christine Natasya Halim, menilai pasar.\n")
    assert set(people(rows)) == {"Harisman Tanjung", "Nasrullah bin Jamaluddin", "Christine Natasya Halim"}


def test_law_titles_events_study_programmes_and_meetings_are_not_people():
    rows = body_page("Tersangka dijerat UU Nomor 7 Tahun 2011 tentang Mata Uang. Tim mahasiswi Teknik Elektro "
                     "menjuarai International Robot Challenge. Hal itu disampaikan bendahara Rina Lestari "
                     "dalam Rapat Kerja Asbanda di Jakarta.\n")
    assert set(people(rows)) == {"Rina Lestari"}


def test_the_name_after_a_comma_follows_a_whole_organisation():
    rows = body_page('"Kami tetap kalah," kata Ketua Himpunan Masyarakat Petambak Garam Sumenep, Nur Hasanah.\n')
    assert people(rows) == {"Nur Hasanah": "Ketua Himpunan Masyarakat Petambak Garam Sumenep"}
    assert quotes(rows) == [("Kami tetap kalah,", "Nur Hasanah")]


def test_places_after_a_common_word_or_a_bracketed_place_word_are_not_people():
    rows = body_page("Pemerintah menutup objek wisata Air Terjun Tukad Cepung Kelod setelah longsor. "
                     "Kapal motor (KM) Sinar Bahari kandas. Wali Kota Medan Rico Waas meninjau lokasi.\n")
    assert set(people(rows)) == {"Rico Waas"}


def test_a_title_before_a_place_the_page_names_as_such_is_no_person():
    rows = body_page("Pasar terbesar di Kota Pematangsiantar terbakar. Wali Kota Pematangsiantar menjanjikan "
                     "bantuan. Kasat Reskrim AKP Rudi Pardede memeriksa saksi bersama Kapolres Wibowo.\n")
    assert set(people(rows)) == {"Rudi Pardede", "Wibowo"}


def test_degrees_written_with_periods_close_a_name_and_name_no_one():
    rows = body_page("Kepala Dinas Sumber Daya Air Ir. Rahmat Hidayatullah, M.T., mengatakan pompa siap. "
                     "Kapolres AKBP Dadan Ramdani, S.I.K., M.H. menambahkan personel. Kepala Dinas Perhubungan "
                     "Kota Denpasar I Made Sudiarta, S.T., M.T. mengakui lonjakan kendaraan. Sekretaris Jenderal "
                     "DPP PARI, H. Muhammad Rizky Alaydrus, Lc., M.A., menyatakan persiapan dini diperlukan.\n")
    assert set(people(rows)) == {"Rahmat Hidayatullah", "Dadan Ramdani", "I Made Sudiarta", "Muhammad Rizky Alaydrus"}


def test_given_names_that_open_long_names_keep_them_whole():
    rows = body_page("Kepala Pelaksana BPBD Sulawesi Tengah Mohammad Akbar Lasimpo mengatakan latihan digelar. "
                     "Kepala Dinas Andi Muhammad Akbar Pangerang hadir. \"Kami siap,\" kata Akbar. "
                     "Pengerukan Kali Pesanggrahan dimulai.\n")
    assert set(people(rows)) == {"Mohammad Akbar Lasimpo", "Andi Muhammad Akbar Pangerang"}
    assert quotes(rows) == [("Kami siap,", "Andi Muhammad Akbar Pangerang")]


def test_al_inside_a_name_and_a_place_between_title_and_name():
    rows = body_page("Kepala BBWS Pemali Juana, Ir. Harun Al Rasyid Simatupang, M.Eng., mengatakan tanggul jebol. "
                     "Warga Kecamatan Gayamsari mengungsi. Camat Gayamsari Dwi Ratnaningsih membuka dapur umum. "
                     "Stasiun Al Jazeera melaporkan.\n")
    found = people(rows)
    assert set(found) == {"Harun Al Rasyid Simatupang", "Dwi Ratnaningsih"}
    assert found["Dwi Ratnaningsih"] == "Camat Gayamsari"


def test_english_adjectives_companies_and_pronouns_are_not_people():
    rows = build("Palm oil stocks to fall\n\nDecember 3, 2025\nKUALA LUMPUR (Reuters) - \"Nobody expected floods this "
                 "early,\" a Kuala Lumpur-based trader said. Intertek Testing Services counted lower exports, and "
                 "Kelantan Menteri Besar Nassuruddin Daud visited the camps.\n")
    assert set(people(rows)) == {"Nassuruddin Daud"}


def test_tag_lines_and_degrees_in_capitals_are_not_people():
    rows = body_page("Camat Budi Santoso, S.STP, meninjau lokasi bersama Dr. Rina Wati, LL.M.\n\n"
                     "Tag Terkait:  NPLI  Ekspansi  Vietnam  Capex\n")
    assert set(people(rows)) == {"Budi Santoso", "Rina Wati"}
    assert "Tag Terkait" not in rows.article["body"]


def test_a_name_joined_to_a_place_by_and_is_a_place_but_not_one_after_a_comma():
    rows = body_page("Latihan diperluas ke Kabupaten Donggala dan Parigi Moutong. Pemilik toko di Braga, Hendrawan "
                     "Kusnadi, menyebut pengunjung ramai.\n")
    assert set(people(rows)) == {"Hendrawan Kusnadi"}


def test_known_places_are_not_people_and_belong_to_the_role_before_a_name():
    rows = body_page("Hujan deras melanda Parigi Moutong sejak pagi. Relawan asal Cimahi ikut membantu. "
                     "Bupati Sleman Kustini Sri Purnomo mengirim bantuan, sementara Bima Arya meninjau tanggul.\n")
    found = people(rows)
    assert set(found) == {"Kustini Sri Purnomo", "Bima Arya"}
    assert found["Kustini Sri Purnomo"] == "Bupati Sleman"


def test_known_places_on_an_english_page_are_not_people():
    rows = build("Storm hits the coast\n\nDecember 3, 2025\nWASHINGTON (AP) - Maryland declared an emergency on "
                 "Tuesday. Governor Wes Moore said crews were ready.\n")
    assert set(people(rows)) == {"Wes Moore"}


def test_names_ending_in_jr_keep_their_first_names_and_the_suffix():
    rows = build("Relief ordered for typhoon victims\n\nNovember 4, 2025\nMANILA (Reuters) - President Ferdinand "
                 "Marcos Jr. ordered agencies to prepare relief, quoting the late Martin Luther King Jr. at the rally. "
                 "\"No one should go hungry,\" Marcos said.\n")
    assert set(people(rows)) == {"Ferdinand Marcos Jr.", "Martin Luther King Jr."}
    assert quotes(rows) == [("No one should go hungry,", "Ferdinand Marcos Jr.")]


def test_the_speaker_is_the_name_nearest_the_verb_not_a_place_in_an_apposition():
    rows = build("Floods hit the central islands\n\nNovember 4, 2025\nMANILA (Reuters) - Typhoon Kalmaegi hit "
                 "Eastern Samar overnight.\n\nA resident of Cebu, Maria Santos, 52, said: \"We lost everything.\"\n")
    assert quotes(rows) == [("We lost everything.", "Maria Santos")]
    assert set(people(rows)) == {"Maria Santos"}


def test_ends_of_months_and_years_and_a_future_with_would():
    rows = build("Police chief nominated\n\nThu, January 16, 2025\nJAKARTA - Lawmakers would vote on Monday and "
                 "finish before the end of the month. The State Secretariat said on Wednesday the old chief left at "
                 "the end of last year.\n")
    found = dates(rows)
    assert found["Monday"] == (D(2025, 1, 20), "day")
    assert found["the end of the month"] == (D(2025, 1, 1), "month")
    assert found["the end of last year"] == (D(2024, 12, 1), "month")
    assert people(rows) == {}
    page = body_page("Harga cabai diperkirakan turun pada akhir bulan, lalu naik lagi akhir tahun depan.\n")
    assert dates(page)["akhir bulan"] == (D(2025, 2, 1), "month")
    assert dates(page)["akhir tahun depan"] == (D(2026, 12, 1), "month")


def test_malaysian_honorifics_on_an_english_page_are_titles_not_names():
    rows = build("Flood victims in Kelantan rise\n\nSaturday, 29 Nov 2025\nKOTA BHARU: Secretariat head Datuk Mohd "
                 "Zaki Ismail said two districts were worst hit. Tan Sri Muhyiddin Yassin visited evacuees.\n\n"
                 "\"We have opened 98 relief centres,\" Zaki said.\n")
    assert set(people(rows)) == {"Mohd Zaki Ismail", "Muhyiddin Yassin"}
    assert quotes(rows) == [("We have opened 98 relief centres,", "Mohd Zaki Ismail")]


def test_a_bare_capitalised_run_is_a_person_only_with_some_sign_of_one():
    rows = body_page("Penjualan Honda Brio naik saat Pesta Rakyat. Program Keluarga Berencana diperluas. PT Astra "
                     "Honda Motor mencatat pesanan. Gol dicetak oleh Timar Dilo dan Sarno Noni, sementara ganda "
                     "putra Fajar Nugraha/Kevin Aditya Santoso menang. Budi Hartono, warga Cimahi, menonton. "
                     "Sinta Dewi hadir.\n\n\"Kami senang,\" ujarnya.\n")
    assert set(people(rows)) == {"Timar Dilo", "Sarno Noni", "Fajar Nugraha", "Kevin Aditya Santoso",
                                 "Budi Hartono", "Sinta Dewi"}
    assert quotes(rows) == [("Kami senang,", "Sinta Dewi")]  # named bare, she still speaks


def test_the_outlet_someone_told_is_no_speaker_and_an_institution_speaks_without_its_article():
    rows = build("Activists to challenge military law\n\nThu, March 20, 2025\nJAKARTA - Activist Dimas Bagus Arya "
                 "Pratama rejected the revision.\n\n\u201cThey call it transparent,\u201d Dimas told The Jakarta Post "
                 "on Wednesday.\n\n\u201cWe will file a judicial review,\u201d he said.\n\nThe Defense Ministry said "
                 "the law would \u201cstrengthen synergy\u201d with civilian institutions.\n")
    assert quotes(rows) == [("They call it transparent,", "Dimas Bagus Arya Pratama"),
                            ("We will file a judicial review,", "Dimas Bagus Arya Pratama"),
                            ("strengthen synergy", "Defense Ministry")]
    assert set(people(rows)) == {"Dimas Bagus Arya Pratama"}


def test_titles_inside_names_particles_and_a_team_named_before_its_coach():
    rows = body_page("Persija kalah 1-2 di kandang. Kapolres Kombes Ridwan Hakim Siregar berjaga. Sekretaris Daerah "
                     "Iskandar Zulkarnaen Hakim hadir. Ketua Majelis Hakim Dahlia Panjaitan membacakan putusan. "
                     "Presiden Direktur SNAG Liem Siauw Hong menambahkan. Di babak kedua, pelatih Persebaya Marco van "
                     "der Linden memasukkan pemain muda. Di kubu lawan, pelatih Persija Ricardo Almeida Souza "
                     "mengakui timnya lengah. Kontraktor Selvaraj a/l Muniandy, 52, mengaku tidak bersalah.\n")
    found = set(people(rows))
    assert {"Ridwan Hakim Siregar", "Iskandar Zulkarnaen Hakim", "Dahlia Panjaitan", "Liem Siauw Hong",
            "Ricardo Almeida Souza"} <= found
    # Particles keep a name whole (what stands before it, unnamed elsewhere, is not told apart yet).
    assert any(name.endswith("Marco van der Linden") for name in found)
    assert any(name.endswith("Selvaraj a/l Muniandy") for name in found)
    assert not {"Hakim", "Siregar", "Liem", "Linden", "Muniandy", "Persija Ricardo Almeida Souza"} & found


def test_months_of_last_year_days_of_the_month_em_dash_ranges_and_parts_before_weekdays():
    page = dates(body_page("Harga naik sejak November tahun lalu dan turun tanggal 27, lalu mudik tanggal 6 April. "
                           "Rapat digelar 20—21 Mei 2025. Target tercapai awal tahun.\n"))
    assert page["November tahun lalu"] == (D(2024, 11, 1), "month")
    assert page["tanggal 27"] == (D(2025, 2, 27), "day")
    assert page["tanggal 6 April"] == (D(2025, 4, 6), "day")
    assert page["20—21 Mei 2025"] == (D(2025, 5, 20), "day")
    assert page["awal tahun"] == (D(2025, 1, 1), "year")
    assert "tahun lalu" not in page and "6 April" not in page
    english = dates(build("Typhoon hits Luzon\n\nThu, October 23, 2025\nMANILA (AP) - The storm hit late Tuesday "
                          "and early Wednesday, a year after floods in October last year, and rains last until mid-October.\n"))
    assert english["late Tuesday"] == (D(2025, 10, 21), "day")
    assert english["early Wednesday"] == (D(2025, 10, 22), "day")
    assert english["October last year"] == (D(2024, 10, 1), "month")
    assert english["mid-October"] == (D(2025, 10, 1), "month")


def test_nouns_and_verbs_by_their_affixes_are_not_names():
    rows = body_page("Asisten Perekonomian dan Keuangan Sekda Rina Wulandari hadir. Kepala Bidang Pembinaan dan "
                     "Prestasi PBSI Budi Hartono menambahkan. Program Keluarga Berencana dan Pengendalian Penduduk "
                     "diperluas. Hakim membacakan amar: \"Mengadili, menyatakan terdakwa bersalah,\" kata hakim "
                     "Dewi Kartika Sari.\n")
    assert set(people(rows)) == {"Rina Wulandari", "Budi Hartono", "Dewi Kartika Sari"}


def test_contributor_and_reporting_lines_at_the_foot_are_furniture():
    rows = build("Typhoon hits Luzon\n\nThu, October 23, 2025\nMANILA (AP) - Typhoon Lumbay tore through the north, "
                 "said civil defense chief Junie Castillo de los Reyes.\n\nAssociated Press journalist Paolo Santos "
                 "in Tuguegarao contributed to this report.\n\n(Reporting by Adi Kurniawan Putra in Jakarta and Mei "
                 "Ling Tan in Kuala Lumpur; Editing by Joseph Radford)\n")
    assert set(people(rows)) == {"Junie Castillo de los Reyes"}
    assert "contributed" not in rows.article["body"] and "Editing" not in rows.article["body"]


def test_the_outlet_people_spoke_to_names_an_unsigned_page_and_acronyms_leave_speakers():
    rows = build("Haze risk rises\n\nSep 16, 2025\nJAKARTA - Hot spots surged across Sumatra. The National "
                 "Environment Agency (NEA) said the risk was \u201cmoderate\u201d.\n\n\u201cWe cannot see the road,\u201d "
                 "villager Samsul Bahri told The Straits Times by phone.\n")
    assert rows.article["outlet"] == "The Straits Times"
    assert quotes(rows) == [("moderate", "National Environment Agency"), ("We cannot see the road,", "Samsul Bahri")]


def test_court_pages_places_of_offices_hospitals_and_the_next_sentence_speaker():
    rows = body_page("Korban dilarikan ke RSUD Dr. Soetomo. Jaksa dari Kejaksaan Negeri Tanjung Perak menuntut 10 tahun. "
                     "Atas putusan itu, terdakwa melalui kuasa hukumnya, Yohanes Benny Tarigan, S.H., M.H., menyatakan "
                     "\"pikir-pikir\". Jaksa Dewi Kartika Sari juga menyatakan sikap serupa.\n\nSementara itu, Kasi "
                     "Pidum Kejari Tanjung Perak Hendro Wicaksono Aji menyebut pihaknya mempelajari putusan.\n\n"
                     "\"Kalau tidak sesuai fakta, kami banding,\" tegasnya.\n")
    assert set(people(rows)) == {"Yohanes Benny Tarigan", "Dewi Kartika Sari", "Hendro Wicaksono Aji"}
    assert quotes(rows) == [("pikir-pikir", "Yohanes Benny Tarigan"),
                            ("Kalau tidak sesuai fakta, kami banding,", "Hendro Wicaksono Aji")]


def test_a_long_subject_before_told_names_the_speaker():
    rows = build("Typhoon hits Luzon\n\nThu, October 23, 2025\nMANILA (AP) - \u201cWe are still counting,\u201d Office of "
                 "Civil Defense spokesperson Junie Castillo de los Reyes told The Associated Press by phone.\n")
    assert quotes(rows) == [("We are still counting,", "Junie Castillo de los Reyes")]


def test_a_one_word_name_the_page_also_writes_in_lower_case_is_a_word():
    rows = body_page("Kepala Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana Sumenep, dr. Achmad Syamsul "
                     "Arifin, mengatakan jumlah penduduk naik. Kepala Pusat Gempa Bumi dan Tsunami BMKG Dwi Hartanto "
                     "mengatakan gempa terasa di bumi Poso. Ketua RT Slamet membuka acara bersama Lurah Sumiati.\n")
    assert set(people(rows)) == {"Achmad Syamsul Arifin", "Dwi Hartanto", "Slamet", "Sumiati"}


def test_names_with_common_name_words_months_and_a_role_after_them():
    rows = body_page("Direktur Utama PT Gayo Arabika, Ir. Syahrul Fitri Lingga, mengatakan pembeli meminta data. Ketua "
                     "DPR Agung Laksono hadir. Tan Mei Ling, wisatawan asal Kuching, mengaku senang.\n\nRachmad Hidayat "
                     "Wicaksono Kepala Dinas Perhubungan Kota Surabaya mengatakan tarif tetap.\n\n\"Rute jalan Senin,\" "
                     "kata Rachmad.\n")
    found = people(rows)
    assert set(found) == {"Syahrul Fitri Lingga", "Agung Laksono", "Tan Mei Ling", "Rachmad Hidayat Wicaksono"}
    assert found["Rachmad Hidayat Wicaksono"] == "Kepala Dinas Perhubungan Kota Surabaya"
    assert quotes(rows) == [("Rute jalan Senin,", "Rachmad Hidayat Wicaksono")]


def test_acehnese_names_office_holders_of_known_places_and_english_organisations():
    rows = body_page("Panglima Laot Lhok Meulaboh, Teuku Razali Umar, mengatakan boat kecil butuh solar. Bupati Kutai "
                     "Kartanegara meninjau lokasi.\n\n\"Solar habis,\" kata Teuku Razali.\n")
    assert set(people(rows)) == {"Teuku Razali Umar"}
    assert quotes(rows) == [("Solar habis,", "Teuku Razali Umar")]
    english = build("Ferries full for Christmas\n\nDec 20, 2025\nBATAM - Madam Rosnah Abdul Hamid, 58, waited at the "
                    "Harbourfront pier. The Hong Kong Tourism Board and the Hong Kong Police Force said crowds grew. "
                    "Deputy Agriculture Minister Ahmad Faizal Hamzah visited the Pak Tai Temple.\n")
    assert set(people(english)) == {"Rosnah Abdul Hamid", "Ahmad Faizal Hamzah"}


def test_offices_of_known_places_are_organisations_not_people():
    rows = body_page("Pemkab Tana Toraja mengirim bantuan. Kejari Ogan Ilir menuntut terdakwa. Pemerintah Kabupaten "
                     "Kutai Kartanegara mencabut izin. Panglima Laot Lhok Meulaboh, Teuku Razali Umar, meminta solar. "
                     "Pria yang akrab disapa Pak Gendut itu menyebut pengunjung turun.\n")
    found = set(people(rows))
    assert "Teuku Razali Umar" in found
    assert not {"Pria", "Laot", "Tana Toraja", "Ogan Ilir", "Kutai Kartanegara"} & found


def test_a_nickname_given_after_someone_named_once_with_an_age_is_theirs():
    rows = body_page("Wulandari (34), ibu seorang pasien di Bekasi, mengaku panik ketika anaknya demam. Perempuan yang "
                     "akrab disapa Bunda Wulan itu bercerita anaknya sakit sejak Sabtu.\n\n\"Saya kira cuma kecapekan,\" "
                     "kata Wulan.\n")
    assert quotes(rows) == [("Saya kira cuma kecapekan,", "Wulandari")]
    assert "Wulan" not in people(rows)


def test_a_speaker_described_with_a_nickname_in_quotation_marks_still_speaks():
    rows = body_page("\"We got home after nine,\" said Tran Thi Lan, 31, an accountant.\n\nNguyen Van Ba, a 67-year-old "
                     "vendor whom residents call \"Uncle Ba,\" said his alley floods every year but \"never this early in the season.\"\n\n"
                     "\"My house has been raised twice,\" he said.\n")
    assert quotes(rows)[1:] == [("never this early in the season.", "Nguyen Van Ba"), ("My house has been raised twice,", "Nguyen Van Ba")]
    assert "Nguyen Van Ba" in people(rows)


def test_groups_opening_a_sentence_are_no_one_named():
    rows = build("Council votes to raze grandstand\n\nJan 20, 2025\nPITTSFIELD - Supporters called it a painful step. "
                 "Opponents warned the city was \"throwing away a piece of baseball history.\" Critics said the vote "
                 "came too fast.\n")
    assert quotes(rows) == [("throwing away a piece of baseball history.", None)]
    assert not {"Supporters", "Opponents", "Critics"} & set(people(rows))


def test_the_team_said_speaks_for_the_team_the_paragraph_opened_with():
    rows = build("Council votes\n\nJan 20, 2025\nPITTSFIELD - The council voted on Monday.\n\nThe Pittsfield Suns, the "
                 "league team that plays at the park, said in a statement that it would stay. \"Baseball will be played "
                 "here in 2025,\" the team said.\n")
    assert quotes(rows) == [("Baseball will be played here in 2025,", "Pittsfield Suns")]
    assert "Pittsfield Suns" not in people(rows)
    assert {a["name"]: a["kind"] for a in rows.actors}["Pittsfield Suns"] == "organization"


def test_words_the_page_writes_after_an_acronym_qualify_the_organisation():
    alone = body_page("Balai Besar Wilayah Sungai (BBWS) Pemali Juana menyebut tanggul sudah rampung. \"Tanggul hanya "
                      "solusi sementara,\" tulis BBWS Pemali Juana dalam jawaban tertulis.\n")
    assert quotes(alone) == [("Tanggul hanya solusi sementara,", "Balai Besar Wilayah Sungai Pemali Juana")]
    assert people(alone) == {}
    headed = body_page("Kepala Balai Besar Wilayah Sungai (BBWS) Pemali Juana Muhammad Adek Rizaldi menyebut tanggul "
                       "rampung. Menurut BBWS Pemali Juana, tanggul aman.\n")
    assert set(people(headed)) == {"Muhammad Adek Rizaldi"}
    assert "Balai Besar Wilayah Sungai Pemali Juana" in {a["name"] for a in headed.actors}


def test_an_institution_speaking_by_a_shorter_form_takes_the_form_the_page_writes_in_full():
    rows = body_page("Kepala Dinas Kesehatan Kabupaten Mimika, Matias Natkime, memastikan obat tiba besok.\n\n"
                     "Dinas Kesehatan Mimika dalam keterangan persnya mengimbau warga. \"Penggunaan obat tanpa resep "
                     "memicu resistensi,\" demikian bunyi imbauan tersebut.\n")
    assert quotes(rows) == [("Penggunaan obat tanpa resep memicu resistensi,", "Dinas Kesehatan Kabupaten Mimika")]


BRITISH_PAGE = """Builder who 'took pensioners for every penny' jailed

Published 24th Nov 2026, 16:32 GMT

A builder who conned elderly homeowners was jailed yesterday.

Adam Birtwistle, prosecuting, said the oldest victim was 91.

'The defendant chose people who lived alone,' Mr Birtwistle told the court. 'In one case he drove a widow to her bank twice.'

In a statement read to the court, Margaret Ellison, 84, of Mexborough, said she no longer felt safe.

'He didn't just take my money, he took my confidence,' she said.

Sophie Kaur, defending, said the victims' homes were never damaged and that he had been 'ashamed' since June.

Detective Constable Liam Fenwick, of South Yorkshire Police, said the inquiry took 18 months.

South Yorkshire Police said it was working with Rotherham Council on a campaign.

'Never hand over cash to anyone who turns up uninvited,' the force said.

Did you know with a Digital Subscription to The Daily Courier, you can get unlimited access to the website.
"""


def test_a_page_quoting_in_straight_single_marks_throughout():
    rows = build(BRITISH_PAGE)
    assert quotes(rows) == [
        ("The defendant chose people who lived alone,", "Adam Birtwistle"),
        ("In one case he drove a widow to her bank twice.", "Adam Birtwistle"),
        ("He didn't just take my money, he took my confidence,", "Margaret Ellison"),
        ("ashamed", "Sophie Kaur"),
        ("Never hand over cash to anyone who turns up uninvited,", "South Yorkshire Police"),
    ]
    assert "Liam Fenwick" in people(rows) and "Detective Constable Liam Fenwick" not in people(rows)
    assert "Digital Subscription" not in rows.article["body"]
    assert rows.article["body"].startswith("Adam Birtwistle, prosecuting, said")  # a short lead is body, not header


def test_a_police_officer_named_ferry_an_office_closed_by_dan_kehutanan_and_villagers_by_their_village():
    rows = body_page("Kasat Reskrim AKP Ferry Manalu mengatakan polisi memasang garis polisi di Desa Lubuk Kembang "
                     "Bunga. Penyelidikan dilakukan bersama Balai Penegakan Hukum Lingkungan Hidup dan Kehutanan.\n\n"
                     "Warga Lubuk Kembang Bunga pun mengaku sudah lama resah.\n\n\"Kami naikkan kasusnya,\" tegas Manalu.\n")
    assert set(people(rows)) == {"Ferry Manalu"}
    assert quotes(rows) == [("Kami naikkan kasusnya,", "Ferry Manalu")]
    assert "Balai Penegakan Hukum Lingkungan Hidup dan Kehutanan" in {a["name"] for a in rows.actors}
    acronym = body_page("Penyelidikan dilakukan bersama Balai Penegakan Hukum Lingkungan Hidup dan Kehutanan (Gakkum) "
                        "Wilayah Sumatera. Kepala Kantor Pencarian dan Pertolongan Ambon Mustari Tuhuteru mengatakan "
                        "23 penumpang selamat.\n")
    assert set(people(acronym)) == {"Mustari Tuhuteru"}


def test_a_capital_glued_to_a_number_opens_no_name():
    rows = body_page("Kepala Dinas Kesehatan Rahayu Setyaningsih mengatakan kasus naik.\n\nIa menyebut gerakan 3M Plus, "
                     "yakni menguras, menutup dan mendaur ulang barang bekas, sebagai \"cara paling murah dan paling "
                     "ampuh\" untuk menekan penularan.\n")
    assert set(people(rows)) == {"Rahayu Setyaningsih"}
    assert quotes(rows) == [("cara paling murah dan paling ampuh", "Rahayu Setyaningsih")]


def test_rivers_by_their_regional_word_and_a_unit_named_after_its_parents_acronym():
    rows = body_page("Menurut Kepala BPBD Teuku Murdani Ishak, debit Krueng Keureuto sempat turun pada Minggu. \"Air masih "
                     "bertahan,\" ujarnya.\n\nBMKG Stasiun Meteorologi Malikussaleh dalam peringatan dininya menyebut "
                     "hujan lebat. \"Masyarakat diimbau waspada,\" tulis BMKG Malikussaleh.\n")
    assert set(people(rows)) == {"Teuku Murdani Ishak"}
    assert quotes(rows) == [("Air masih bertahan,", "Teuku Murdani Ishak"),
                            ("Masyarakat diimbau waspada,", "BMKG Stasiun Meteorologi Malikussaleh")]
    spelled = body_page("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Stasiun Meteorologi Tjilik Riwut Palangka Raya "
                        "mencatat 87 titik panas. \"Masyarakat diimbau tidak membakar,\" demikian peringatan BMKG Stasiun "
                        "Meteorologi Tjilik Riwut.\n")
    assert quotes(spelled)[0][1].startswith("Badan Meteorologi, Klimatologi, dan Geofisika Stasiun Meteorologi Tjilik Riwut")


def test_a_units_name_before_its_short_form_and_a_village_in_an_address_are_no_people():
    rows = body_page("Mantan Kepala Desa Talang Benuang, Kecamatan Semidang Alas Maras, Kabupaten Seluma, Hermansyah Putra, "
                     "dituntut tujuh tahun penjara. Perkara bermula dari laporan warga Talang Benuang.\n\nKepala Seksi "
                     "Tindak Pidana Khusus (Kasi Pidsus) Kejari Seluma, Fadli Akbar, menyebut pihaknya masih mendalami "
                     "kasus itu.\n")
    assert set(people(rows)) == {"Hermansyah Putra", "Fadli Akbar"}


def test_a_player_named_after_a_penalty_or_a_shot_is_a_person():
    rows = body_page("Persipura unggul lebih dulu melalui penalti Yohanis Tabuni di menit ke-31, lalu tembakan keras "
                     "Kornelis Kogoya membentur mistar.\n")
    assert set(people(rows)) == {"Yohanis Tabuni", "Kornelis Kogoya"}


def test_the_society_said_in_capitals_speaks_for_the_society_the_page_named():
    rows = build("Dengue cases rise\n\nNov 20, 2026\nAPIA - The Samoa Red Cross Society said it had mobilised 40 "
                 "volunteers to distribute nets.\n\n\"Our volunteers will be going door to door,\" the Society said.\n")
    assert quotes(rows) == [("Our volunteers will be going door to door,", "Samoa Red Cross Society")]


def test_a_hospital_named_after_someone_is_no_person_when_its_acronym_spells_it_all():
    rows = body_page("Warga membawa korban ke Rumah Sakit Umum Daerah Dr. H. Abdul Moeloek (RSUDAM). Korban, Heru "
                     "Saputra, kini sudah pulang.\n")
    assert set(people(rows)) == {"Heru Saputra"}
    assert "Rumah Sakit Umum Daerah Dr. H. Abdul Moeloek" in {a["name"] for a in rows.actors}


def test_a_place_after_di_opening_a_sentence_is_no_speaker():
    rows = body_page("Manajer Program Nyaru Menteng, Dedy Bahtiar, menjelaskan tahapan sekolah hutan. Di Nyaru Menteng saat "
                     "ini masih terdapat 300 orangutan.\n\n\"Tantangan terbesar kami adalah hutan,\" ungkapnya.\n")
    assert quotes(rows) == [("Tantangan terbesar kami adalah hutan,", "Dedy Bahtiar")]
    assert set(people(rows)) == {"Dedy Bahtiar"}


def test_customary_titles_open_a_role_before_the_name():
    rows = body_page("Damang Kepala Adat Katingan Hilir, Tunjang Anggen, memimpin prosesi tampung tawar. Ondoafi Kampung "
                     "Yoboi, Origenes Ohee, hadir bersama Kepala Suku Dani, Yulius Wenda.\n")
    assert set(people(rows)) == {"Tunjang Anggen", "Origenes Ohee", "Yulius Wenda"}


def test_a_malay_form_of_address_in_an_english_nickname():
    rows = build("Floods in Kelantan\n\nNov 20, 2026\nKOTA BHARU - Her neighbour, Idris Mamat, a 67-year-old retiree known "
                 "to villagers as Pak Long Deris, said he refused to leave.\n\n\u201cI have seen many floods,\u201d said "
                 "Pak Long Deris.\n")
    assert quotes(rows) == [("I have seen many floods,", "Idris Mamat")]
    assert set(people(rows)) == {"Idris Mamat"}


def test_a_hospital_named_after_a_sultan_and_a_residents_village_are_no_speakers():
    rows = body_page("Di RSUD Sultan Syarif Mohamad Alkadrie, jumlah pasien DBD mencapai 47 orang. Salah seorang orang tua "
                     "pasien, Rahmawati (34), warga Siantan Hulu, mengatakan anaknya dirawat sejak Minggu.\n\n\"Awalnya saya "
                     "kira demam biasa,\" ucapnya.\n")
    assert quotes(rows) == [("Awalnya saya kira demam biasa,", "Rahmawati")]
    assert set(people(rows)) == {"Rahmawati"}
    expert = body_page("Pengamat dari Universitas Sultan Ageng Tirtayasa (Untirta) Dr. Rina Oktaviani Suganda menilai "
                       "perdebatan itu wajar.\n")
    assert set(people(expert)) == {"Rina Oktaviani Suganda"}


def test_bhutanese_honorifics_and_insya_allah_before_a_weekday():
    english = build("Schools lose teachers\n\nNov 20, 2026\nTRASHIGANG - Chief education officer Dasho Karma Yeshi said "
                    "schools had lost 43 teachers.\n")
    assert set(people(english)) == {"Karma Yeshi"}
    indonesian = body_page("\u201cInsya Allah Jumat sudah kami serahkan,\u201d ujar Sekda Salmin Djafar.\n")
    assert dates(indonesian)["Jumat"] == (D(2025, 2, 14), "day")


def test_words_quoted_after_a_speech_participle():
    council = build("Ferry fares\n\nNov 20, 2026\nLERWICK - Islanders launched a campaign against higher fares, with Yell "
                    "Community Council warning that the rise would \"push young families off the islands\".\n")
    assert quotes(council) == [("push young families off the islands", "Yell Community Council")]
    agency = build("Floods\n\nNov 20, 2026\nKUALA LUMPUR - In a statement, the Malaysian Meteorological Department "
                   "(MetMalaysia) said heavy rain was expected in Kelantan and northern Pahang, warning of \u201cdangerous "
                   "levels\u201d of rainfall.\n")
    assert quotes(agency) == [("dangerous levels", "Malaysian Meteorological Department")]
    economist = build("Rates\n\nNov 20, 2026\nKUALA LUMPUR - Economist Mohd Faris Iskandar expects no change. \"We see no "
                      "reason for Bank Negara to move,\" said Faris, adding that growth remained \"reasonably supported\".\n")
    assert quotes(economist)[1] == ("reasonably supported", "Mohd Faris Iskandar")


def test_a_nickname_given_in_the_attribution_after_a_quote():
    rows = body_page("Salah seorang karyawan, Siti Nurjanah (29), mengaku lega.\n\n\"Rak rokok sudah kosong semua. Saya kira "
                     "kebobolan biasa,\" kata perempuan yang akrab disapa Nur itu.\n\nNur menyebut ia kini waswas. \"Kami "
                     "tambah penjaga,\" ujar Nur.\n")
    assert set(people(rows)) == {"Siti Nurjanah"}
    assert [speaker for _, speaker in quotes(rows)] == ["Siti Nurjanah", "Siti Nurjanah"]


def test_farmer_groups_are_organisations():
    rows = body_page("Ketua Kelompok Tani Sipatuo di Desa Tapango, Muhammad Ramli, mengatakan kelompoknya kini memfermentasi "
                     "biji kakao. Karang Taruna Desa Tapango ikut membantu.\n")
    assert set(people(rows)) == {"Muhammad Ramli"}
    assert "Kelompok Tani Sipatuo" in {a["name"] for a in rows.actors}


def test_a_two_word_crosshead_and_an_office_of_a_class_are_no_people():
    rows = body_page("Kepala Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Kelas II Tanjung Uban, Capt. Ridwan Hasibuan, "
                     "mengatakan sampel limbah sudah diuji.\n\nNelayan Merugi\n\nBagi nelayan tradisional, limbah berarti "
                     "kehilangan penghasilan.\n")
    assert set(people(rows)) == {"Ridwan Hasibuan"}


def test_names_set_off_after_a_noun_are_people_and_after_a_kind_of_group_an_organisation():
    rows = build("Loggers jailed\n\nNov 20, 2026\nPHNOM PENH - Two men who drove the trucks, Mao Sokha and Pich Ratana, "
                 "each received five years. Marcus Feldman, a campaigner at the London-based group Global Witness, said "
                 "the case was rare.\n")
    assert set(people(rows)) == {"Mao Sokha", "Pich Ratana", "Marcus Feldman"}
    assert {a["name"]: a["kind"] for a in rows.actors}["Global Witness"] == "organization"
    court = build("Jailed\n\nNov 20, 2026\nLONDON - In a statement read to the court, Margaret Ellison, 84, said she no "
                  "longer felt safe.\n")
    assert set(people(court)) == {"Margaret Ellison"}


def test_a_ministry_whose_name_lists_its_fields_with_a_comma():
    rows = build("Rebuilding\n\nNov 20, 2026\nYANGON - The regime's Ministry of Social Welfare, Relief and Resettlement said in "
                 "a statement that \"more than 80 percent of damaged homes\" had been rebuilt. The Department of Health, "
                 "Maria Santos said, was ready.\n")
    assert quotes(rows) == [("more than 80 percent of damaged homes", "Ministry of Social Welfare, Relief and Resettlement")]
    assert set(people(rows)) == {"Maria Santos"}


def test_accused_of_quoted_words_and_malay_party_names():
    rows = build("Border row\n\nNov 20, 2026\nPHNOM PENH - Cambodia\u2019s Ministry of National Defence accused Thai forces on "
                 "Monday of \u201cprovocative\u201d troop movements. In Sabah, the opposition Parti Warisan has accused the "
                 "federal government of treating Borneo as an \"afterthought\" in planning.\n")
    assert quotes(rows) == [("provocative", "Ministry of National Defence"), ("afterthought", "Parti Warisan")]
    assert people(rows) == {}


def test_a_name_after_an_abbreviated_title_is_a_person_whatever_its_words_name_elsewhere():
    rows = body_page("Kepala Dinas Kesehatan Provinsi NTT dr. Yosefina Maria Lake, M.P.H. mengatakan target turun.\n\n\"Kami "
                     "fokus di 1.000 hari pertama,\" kata Yosefina. \"Kelor ada di setiap rumah,\" ujar Lake.\n")
    assert set(people(rows)) == {"Yosefina Maria Lake"}
    assert {speaker for _, speaker in quotes(rows)} == {"Yosefina Maria Lake"}


def test_people_listed_with_their_roles_and_lowercase_or_council_titles():
    rows = body_page("Hadir Kepala Dinas Kesehatan Papua Barat Yohana Rumbiak, Direktur RSUD Manokwari dr. Markus Mansim, Sp.A, "
                     "serta Ketua Klasis GKI Manokwari Pdt. Daniel Wanma.\n\n\"Angka ini naik,\" kata Yohana.\n")
    assert set(people(rows)) == {"Yohana Rumbiak", "Markus Mansim", "Daniel Wanma"}
    assert quotes(rows) == [("Angka ini naik,", "Yohana Rumbiak")]
    english = build("Fares rise\n\nNov 20, 2026\nDUNEDIN - Dunedin City Council chief executive Julian Ashby declined to "
                    "comment. Cr Aroha Tane said the council was \"balancing the books on the backs of people\".\n")
    assert set(people(english)) == {"Julian Ashby", "Aroha Tane"}


def test_a_saying_after_falsafah_is_no_quote_and_an_attribution_does_not_cross_a_sentence():
    rows = body_page("Buya Fauzi Koto mengingatkan jamaah akan falsafah \"adat basandi syarak, syarak basandi Kitabullah\" yang "
                     "menjadi pegangan masyarakat Minangkabau. Buya Fauzi menyebut surau adalah tempat falsafah itu hidup.\n")
    assert quotes(rows) == []
    assert set(people(rows)) == {"Fauzi Koto"}
    places = body_page("Jaringan akan menyentuh Kecamatan Biringkanaya dan Manggala yang selama ini mengeluhkan sinyal lemah. "
                       "Head of Sustainability PT Sinar Parindu Lestari, Susanti Oei, menjelaskan program itu.\n")
    assert set(people(places)) == {"Susanti Oei"}


def test_the_spokeswoman_of_an_institution_described_in_lower_case_speaks_for_it():
    rows = build("Bus fares rise\n\nNov 20, 2026\nDUNEDIN - The Otago Regional Council voted to raise fares.\n\nBoard "
                 "chairwoman Linda Corbett was disappointed.\n\nA regional council spokeswoman said concession fares would "
                 "not change.\n\nThe spokeswoman said the council \"would not hesitate\" to restore the service.\n")
    assert quotes(rows) == [("would not hesitate", "Otago Regional Council")]


def test_an_institution_speaking_by_short_words_and_acronyms_takes_its_full_name():
    rows = body_page("Kantor Wilayah Direktorat Jenderal Bea dan Cukai Khusus Kepulauan Riau membenarkan operasi itu.\n\n"
                     "\"Kapal patroli kami membayangi speedboat tersebut,\" kata juru bicara Kanwil DJBC Khusus Kepri yang "
                     "enggan disebutkan namanya.\n\nKepala Dinas Energi dan Sumber Daya Mineral (ESDM) Kaltim, Hendra Wijaya, menilai izin sah. \"Izin "
                     "tetap berlaku,\" tulis Dinas ESDM Kaltim.\n")
    assert quotes(rows) == [
        ("Kapal patroli kami membayangi speedboat tersebut,", "Kantor Wilayah Direktorat Jenderal Bea dan Cukai Khusus Kepulauan Riau"),
        ("Izin tetap berlaku,", "Dinas Energi dan Sumber Daya Mineral Kaltim")]


def test_tanya_is_a_cue_not_a_pronoun_form():
    rows = body_page("Di hadapan majelis hakim yang diketuai Hj. Rosmini Bakri, S.H., terdakwa Andi Baso Makkulau mengaku "
                     "menerima uang.\n\nKetua majelis kemudian mencecar terdakwa. \"Kapan tepatnya saudara terima?\" tanya "
                     "Rosmini.\n")
    assert quotes(rows) == [("Kapan tepatnya saudara terima?", "Rosmini Bakri")]


def test_a_nickname_in_brackets_after_a_full_name():
    rows = body_page("Koordinator relawan, Muhammad Noor Hidayat (Dayat), menyebut air bersih paling susah.\n\n\"Sumur warga "
                     "keruh semua,\" ujar Dayat. Pemerintah menyalurkan beasiswa Otonomi Khusus (Otsus).\n")
    assert set(people(rows)) == {"Muhammad Noor Hidayat"}
    assert quotes(rows) == [("Sumur warga keruh semua,", "Muhammad Noor Hidayat")]


def test_a_speech_verb_right_after_an_age_is_not_skipped_as_an_apposition():
    from warta.build.extract.actors import find_actors
    from warta.build.lexicon import load_lexicon

    actors = find_actors("Euis (62) mengaku rumahnya terendam, namun ia selamat.", load_lexicon("id"))
    assert [name for _, name in actors.speech] == ["Euis"]


def test_a_quote_resumed_after_she_said_when_the_first_part_names_some_people():
    rows = build("Water crisis\n\nNov 13, 2026\nTWIFO PRASO - Traders said prices doubled.\n\nMadam Akosua Dufie, a fish "
                 "seller, said she spent more on water. \"We buy water every day. Some people fetch from the stream "
                 "again,\" she said, \"and you know what is in that stream.\"\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Akosua Dufie", "Akosua Dufie"]


def test_a_hospital_named_after_a_doctor_keeps_the_doctors_title_in_its_name():
    rows = body_page("Korban dirawat di RSUD dr. Dradjat Prawiranegara. \"Pasien sudah kami tangani,\" kata juru bicara RSUD "
                     "dr. Dradjat Prawiranegara.\n\nDirektur RSD dr. Soebandi Jember, dr. Hendro Kusumo Wardhana, Sp.A, "
                     "mengungkapkan keterisian naik.\n")
    assert quotes(rows) == [("Pasien sudah kami tangani,", "RSUD dr. Dradjat Prawiranegara")]
    assert set(people(rows)) == {"Hendro Kusumo Wardhana"}
    two_titles = body_page("Keduanya dirawat di Rumah Sakit Umum Daerah (RSUD) dr. H. Chasan Boesoirie Ternate pekan lalu.\n")
    assert people(two_titles) == {}


def test_a_teams_line_up_names_people_once_one_of_them_is_known():
    rows = body_page("Persik menyamakan kedudukan lewat tendangan Marcos Vieira.\n\nSusunan Pemain:\nPersik: Dimas Arya Nugraha; "
                     "Adi Wicaksono, Sandi Arta Wijaya, Marcos Vieira, Novri Sasongko.\n")
    assert {"Dimas Arya Nugraha", "Adi Wicaksono", "Sandi Arta Wijaya", "Marcos Vieira", "Novri Sasongko"} <= set(people(rows))


def test_nicknames_known_to_some_police_short_words_pronoun_subjects_and_label_stamps():
    nickname = build("Water cuts\n\nNov 20, 2026\nBRIDGETOWN - Everton Hinds, a retired mason known to everyone in the district "
                     "as Bumpy, said elderly residents suffer most. \"That is not right,\" Bumpy said.\n")
    assert quotes(nickname) == [("That is not right,", "Everton Hinds")]
    assert set(people(nickname)) == {"Everton Hinds"}
    police = body_page("Kepolisian Resor (Polres) Merauke menggagalkan penyelundupan miras. \"Petugas menghentikan truk,\" tulis "
                       "Polres Merauke dalam rilisnya. Keduanya mengaku dibayar Rp3 juta. Menurut Hajah Siti Khodijah, "
                       "Ombudsman meminta sekolah mengembalikan uang.\n")
    assert quotes(police) == [("Petugas menghentikan truk,", "Kepolisian Resor Merauke")]
    assert set(people(police)) == {"Siti Khodijah"}
    stamp = build("Ombudsman Minta Pungutan Seragam Dihentikan\n\nKamis, 26 November 2026 | Perwakilan Kepulauan Bangka "
                  "Belitung | Dibaca: 318 Kali\n\nPangkalpinang - Ombudsman meminta tiga SMA negeri menghentikan pungutan "
                  "seragam sejak pekan lalu.\n")
    assert stamp.article["published"] == D(2026, 11, 26)


def test_a_list_of_officials_the_article_introduces_with_a_colon_is_content_and_names_people():
    rows = body_page("Pengurus KONI Kaltara resmi dilantik di Tanjung Selor pada Minggu pagi oleh pengurus pusat.\n\n"
                     "Berikut susunan pengurus inti yang dilantik:\n- Ketua Umum: Muhammad Arif Setiawan\n- Wakil Ketua Umum I: "
                     "Yohanes Lawing\n- Bendahara Umum: Lina Kartikasari\n\nPelantikan berlangsung khidmat.\n")
    assert {"Muhammad Arif Setiawan", "Yohanes Lawing", "Lina Kartikasari"} <= set(people(rows))
    assert "Lina Kartikasari" in rows.article["body"]


def test_it_said_speaks_for_the_institution_the_paragraph_named():
    rows = build("Dengue cases rise\n\nTue, March 4, 2025\nJAKARTA - Health worker Johana Lumentut said clinics were "
                 "full.\n\nThe Health Ministry reported 120 new cases. The ministry said on Tuesday that it would send "
                 "more nurses. \u201cStay home if you have a fever,\u201d it said in a statement.\n")
    assert quotes(rows) == [("Stay home if you have a fever,", "Health Ministry")]


def test_surnames_given_names_and_lists_the_newer_rules_must_leave_alone():
    rows = body_page("Kepala desa Yusuf Mendrofa mengatakan panen naik. Muhammad Rizky ikut hadir. Muhammad Yusuf Ateh "
                     "mengatakan anggaran cukup. Acara dihadiri Budi Santoso, Rina Lestari dan Ahmad Fauzi. Penjualan "
                     "Honda Brio menjadi yang terlaris.\n\nBerikut daftar harga hari ini:\n\nCabai rawit merah\n\n"
                     "Bawang merah\n\nBawang putih\n")
    found = set(people(rows))
    assert {"Yusuf Mendrofa", "Muhammad Yusuf Ateh", "Budi Santoso", "Rina Lestari", "Ahmad Fauzi"} <= found
    assert "Honda Brio" not in found and "Yusuf Ateh" not in found
    assert "Bawang putih" in rows.article["body"]
    english = build("Speaker meets envoy\n\nMarch 4, 2025\nJAKARTA - House Speaker Puan Maharani met Chinese envoy Wang "
                    "Lutong. In his own words, \"We will never surrender our seas to anyone,\" Wang said.\n\nAnother "
                    "lawmaker told The Straits Times the meeting was cordial.\n")
    assert "Puan Maharani" in set(people(english))
    assert quotes(english) == [("We will never surrender our seas to anyone,", "Wang Lutong")]
    assert english.article["outlet"] == "The Straits Times"


def test_an_archive_photo_date_in_a_caption_does_not_date_the_page():
    rows = build("Banjir Kembali Rendam Kampung Melayu\n\nFoto arsip banjir di Kampung Melayu, Kamis (12/1/2023). "
                 "(Antara/Budi)\n\nJAKARTA - Banjir kembali merendam Kampung Melayu sejak Selasa (4/3/2025) pagi, "
                 "kata Kepala BPBD Isnawa Adji.\n")
    assert rows.article["published"] == D(2025, 3, 4)


def organisations(rows: ArticleRows) -> set[str]:
    return {a["name"] for a in rows.actors if a["kind"] == "organization"}


def test_an_organisation_name_with_and_inside_is_one_name_when_its_acronym_spells_it():
    rows = body_page("Kementerian Energi dan Sumber Daya Mineral (ESDM) menyatakan stok aman. Badan Meteorologi, "
                     "Klimatologi, dan Geofisika (BMKG) memperingatkan hujan. Kementerian Keuangan dan Bank "
                     "Indonesia (BI) sepakat menahan suku bunga.\n")
    found = organisations(rows)
    assert {"Kementerian Energi dan Sumber Daya Mineral", "Badan Meteorologi, Klimatologi, dan Geofisika"} <= found
    assert {"Kementerian Keuangan", "Bank Indonesia"} <= found  # two institutions: "BI" spells only the second


def test_an_english_organisation_of_something_is_one_name():
    rows = build("Tuna exports slow\n\nTuesday, June 10, 2025\nJAKARTA: Exports fell, according to the Ministry of "
                 "Marine Affairs and Fisheries. The Bank of Japan and Sony were not affected. The Immigration and "
                 "Checkpoints Authority (ICA) expects delays.\n\n\"Traceability is no longer optional,\" the ministry "
                 "said in a statement.\n")
    found = organisations(rows)
    assert {"Ministry of Marine Affairs and Fisheries", "Bank of Japan",
            "Immigration and Checkpoints Authority"} <= found
    assert not any("Sony" in name and "Japan" in name for name in found)
    assert quotes(rows) == [("Traceability is no longer optional,", "Ministry of Marine Affairs and Fisheries")]


def test_common_words_countries_and_places_after_di_are_not_people():
    rows = body_page("Gol itu ia persembahkan untuk mendiang kakeknya. \"Kakek yang dulu mengajak saya nonton "
                     "pertama kali,\" ujar Rendy Saputra.\n\nZulkarnain, sopir travel yang ditemui di Simpang Haru, "
                     "mengaku waktu tempuh kini lima jam.\n\n\"Ongkos minyak naik,\" katanya.\n\nBagi Yohana "
                     "Siahaan, 34 tahun, pemilu kali ini yang pertama. \"Cambodia remains committed,\" kata juru "
                     "bicara itu.\n")
    found = people(rows)
    assert {"Rendy Saputra", "Zulkarnain", "Yohana Siahaan"} <= set(found)
    assert not {"Kakek", "Simpang Haru", "Bagi Yohana Siahaan", "Cambodia"} & set(found)
    assert ("Ongkos minyak naik,", "Zulkarnain") in quotes(rows)
    english = build("Border talks stall\n\nTuesday, September 9, 2025\nPHNOM PENH: Economists said the talks "
                    "mattered. Cambodia said dialogue was \"the only way forward\".\n")
    assert not {"Economists", "Cambodia"} & set(people(english))
    assert {(a["name"], a["kind"]) for a in english.actors} >= {("Cambodia", "country")}
    tagged = body_page("Sidang ditunda pekan depan.\n\nKata Kunci : Korupsi, Tipikor, KPK\n")
    assert "Kunci" not in people(tagged) and "Kata Kunci" not in tagged.article["body"]


def test_clubs_neighbourhood_units_and_sentence_openers_are_not_people():
    rows = body_page("Persiku Kudus menahan imbang Laskar Mahesa Jenar. Ketua Rukun Tetangga 05, Slamet Riyadi, "
                     "mengatakan warga senang. Ketika Mongabay menghubungi dinas, Kepala Dinas Pendidikan Budi Santoso menolak "
                     "berkomentar.\n")
    found = set(people(rows))
    assert {"Slamet Riyadi", "Budi Santoso"} <= found
    assert not {"Persiku Kudus", "Laskar Mahesa Jenar", "Rukun Tetangga", "Ketika Mongabay"} & found
    english = build("Quarry raided\n\nTuesday, November 4, 2025\nMANILA – Residents of Barangay San Isidro "
                    "welcomed the raid, the Network for the Environment said.\n\nContact Us\n")
    assert not {"Isidro", "San Isidro", "Environment", "Contact Us"} & set(people(english))


def test_players_named_in_a_match_report_are_people():
    rows = body_page("PSM unggul lewat sundulan bek kiri Andi Muhammad Yusran memanfaatkan sepak pojok Leonardo Carvalho "
                     "Nunes. Dua gol dicetak Rizky Ananda Pohan pada menit ke-34.\n")
    assert {"Andi Muhammad Yusran", "Leonardo Carvalho Nunes", "Rizky Ananda Pohan"} <= set(people(rows))


def test_what_the_newer_header_speaker_and_date_rules_must_leave_alone():
    """Review findings: each of these pages was read right before the rules of this release."""
    schedule = build("Festival Kuliner Akbar Digelar di Alun-alun Bandung\n\nKamis, 13 Februari 2025\n\nBANDUNG, "
                     "KOMPAS.com - Pemerintah Kota Bandung menggelar festival kuliner akbar di Alun-alun Bandung pekan "
                     "depan untuk menarik wisatawan.\n\nBerikut jadwal lengkapnya:\n\nSabtu, 15 Februari 2025\n\n"
                     "Pembukaan festival dimulai pukul 08.00 WIB dengan parade budaya dan kesenian Sunda.\n")
    assert schedule.article["dateline"] == "BANDUNG"
    assert schedule.article["body"].startswith("Pemerintah Kota Bandung")  # a schedule's date line is content
    glued = build("ASEAN-China Trade Rises\n\nThursday, 13 February 2025\n\nASEAN–China trade rose 7 percent in "
                  "the first quarter, the regional bloc's secretariat said.\n")
    assert glued.article["dateline"] is None and glued.article["body"].startswith("ASEAN–China")
    listed = build("Vaccines arrive\n\nThursday, 13 February 2025\n\nMANILA – The Department of Health, Maria "
                   "Santos, said supplies were ample. \"We have enough vaccines,\" Maria Santos said. The officer "
                   "said nothing.\n")
    assert "Maria Santos" in people(listed)
    assert not {a["name"] for a in listed.actors if a["kind"] == "organization"} & {"Officer"}
    two = body_page("Kementerian Kelautan dan Perikanan menggelar rapat. \"Kami terus berkoordinasi,\" kata Kemlu.\n")
    assert quotes(two) == [("Kami terus berkoordinasi,", "Kemlu")]  # "Kemlu" does not spell the fisheries ministry
    stems = body_page("Putrinya menangis. \"Saya hanya ingin melindungi keluarga,\" kata Putri Candrawathi.\n")
    assert quotes(stems) == [("Saya hanya ingin melindungi keluarga,", "Putri Candrawathi")]
    ahead = body_page("Rapat pertama digelar Senin (10/2). Rapat lanjutan akan digelar Senin.\n")
    assert dates(ahead)["Senin"] == (D(2025, 2, 17), "day")
    since = body_page("Kalau memang banjir sudah surut sejak Selasa, warga bisa pulang.\n")
    assert dates(since)["Selasa"] == (D(2025, 2, 11), "day")


def test_a_country_before_a_name_a_month_inside_a_name_and_a_person_after_an_acronym():
    rows = body_page("Menteri Luar Negeri Oman Khalid bin Salim al-Harthy mengatakan perundingan maju. Kepala Balai Besar "
                     "Meteorologi, Klimatologi, dan Geofisika (BBMKG) Wilayah V Jayapura Markus Yoteni Sawaki mengatakan "
                     "gempa tidak berpotensi tsunami.\n\nMenurutnya, warga tetap waspada.\n")
    found = set(people(rows))
    assert {"Khalid bin Salim al-Harthy", "Markus Yoteni Sawaki"} <= found
    assert not {"Oman Khalid bin Salim al-Harthy", "Menurutnya"} & found
    english = build("Aid flows to Myanmar\n\nWednesday, 23 Apr 2025\n\nKUALA LUMPUR – Tan Mei Ling, a volunteer, said "
                    "donations were pouring in.\n")
    assert "Tan Mei Ling" in people(english)

# --- language files ---------------------------------------------------------------------

def test_every_language_file_has_every_key():
    """Adding a language is adding a file: each file must carry the same sections and keys."""
    import tomllib
    from importlib import resources

    from warta.build.lexicon import available_languages, load_lexicon

    def keys(code: str) -> set[str]:
        data = tomllib.loads((resources.files("warta.languages") / f"{code}.toml").read_text("utf-8"))
        return {f"{section}.{key}" for section, values in data.items() if isinstance(values, dict)
                for key in values if section not in ("outlets",)}

    codes = available_languages()
    assert {"id", "en"} <= set(codes)
    required = keys("en") - {"dates.weekday_before", "dates.weekday_after", "dates.relative"}
    for code in codes:
        assert required <= keys(code), f"{code}.toml lacks {sorted(required - keys(code))}"
        assert load_lexicon(code).code == code


def test_language_is_detected_per_page():
    from warta.build.lexicon import detect_language

    assert detect_language("Presiden mengatakan bahwa pemerintah akan tetap membantu warga yang terdampak.") == "id"
    assert detect_language("The president said that the government will keep helping the people affected.") == "en"
    # A page with no function word of either language is read as Indonesian, whatever order the files load in.
    assert detect_language("Polda Maluku menyiagakan 900 personel. Patroli dijadwalkan berlangsung") == "id"


def test_given_names_that_open_a_name_stay_in_it():
    # Sasak "Lalu", Javanese "Dwi", though "lalu" is a word too and the page later says "kata Zaini"
    rows = body_page("Kepala Pelaksana BPBD Lombok Utara Lalu Ahmad Zaini Hamdi menyebut kerusakan terparah ada di "
                     "Desa Senaru pada pekan lalu.\n\n\"Tim kami sudah mendirikan tenda,\" kata Zaini.\n\n"
                     "Kepala Dinas Pertanian Jember Ir Dwi Retno Wulandari mengakui produksi naik.\n\n"
                     "\"Produksi melimpah,\" kata Retno.\n")
    assert quotes(rows) == [("Tim kami sudah mendirikan tenda,", "Lalu Ahmad Zaini Hamdi"),
                            ("Produksi melimpah,", "Dwi Retno Wulandari")]
    # Balinese birth-order names and the Filipino "Ma." on English pages; "Atty." is a title
    english = build("Perth man jailed in Bali\n\nTuesday, 3 March 2026\n\nDENPASAR – Outside the court, prosecutor "
                    "I Made Suardana Putra said his team would study the verdict. \"We respect the decision,\" Mr "
                    "Suardana said. Assistant Special Prosecutor Ma. Celestina de Leon told reporters the ruling sent "
                    "\"a clear message\". His lawyer, Atty. Jose Miguel Ocampo, said they would appeal.\n")
    assert quotes(english) == [("We respect the decision,", "I Made Suardana Putra"),
                               ("a clear message", "Ma. Celestina de Leon")]
    assert {"I Made Suardana Putra", "Ma. Celestina de Leon", "Jose Miguel Ocampo"} <= set(people(english))
    assert "Atty" not in people(english)


def test_a_full_name_keeps_its_first_word_when_the_page_uses_it_alone():
    # "Hadi" stands alone for another man: "Suwito Hadi Purnomo" is not cut to "Hadi Purnomo"
    rows = body_page("Ketua Asosiasi Petani Tembakau Indonesia (APTI) Jember Suwito Hadi Purnomo mengatakan harga "
                     "turun.\n\n\"Petani pasti rugi,\" kata Suwito.\n\nPerwakilan petani diterima Ketua Komisi B DPRD "
                     "Jember Hadi Supriyanto Wijaya.\n\n\"Kami akan rapat,\" kata Hadi.\n")
    assert quotes(rows) == [("Petani pasti rugi,", "Suwito Hadi Purnomo"), ("Kami akan rapat,", "Hadi Supriyanto Wijaya")]
    assert "Hadi Purnomo" not in people(rows)


def test_an_institution_by_its_short_form_with_its_place_or_by_its_kind_alone_is_the_one_named_in_full():
    rows = body_page("Kepala Kejaksaan Negeri Surabaya Ahmad Muhdor mengatakan berkas lengkap. Kejari Surabaya "
                     "menyatakan, \"Penelusuran aset dilakukan bersama PPATK.\"\n\nKepala Dinas Kesehatan Kota "
                     "Banjarmasin Nur Aini Rahmah mengatakan kasus naik. Dinkes Banjarmasin menyebut, \"Fogging bukan "
                     "solusi utama.\"\n\nPaguyuban Pedagang Tembakau Jember dalam keterangan tertulis membantah "
                     "tudingan. Paguyuban menyebut harga ditentukan \"sepenuhnya oleh mutu daun\".\n")
    assert quotes(rows) == [("Penelusuran aset dilakukan bersama PPATK.", "Kejaksaan Negeri Surabaya"),
                            ("Fogging bukan solusi utama.", "Dinas Kesehatan Kota Banjarmasin"),
                            ("sepenuhnya oleh mutu daun", "Paguyuban Pedagang Tembakau Jember")]
    assert set(people(rows)) == {"Ahmad Muhdor", "Nur Aini Rahmah"}  # "Tembakau Jember" closes a name, no one's


def test_a_form_of_address_before_a_given_name_is_no_part_of_the_name():
    rows = body_page("Yuliana Boimau (47), warga Kelurahan Oesapa, mengaku harus membeli air tangki.\n\n"
                     "\"Kami su beli air tangki dua kali,\" tutur Mama Yuliana, sapaan akrabnya.\n")
    assert quotes(rows) == [("Kami su beli air tangki dua kali,", "Yuliana Boimau")]
    assert set(people(rows)) == {"Yuliana Boimau"}


def test_terms_explained_after_them_or_named_by_the_public_are_not_quotes():
    rows = body_page("Warga setempat menyebut aktivitas itu sebagai tambang \"TI\", singkatan dari tambang "
                     "inkonvensional. Ia menyebut beras jenis \"kepala\", yakni beras dengan butir utuh, paling sulit "
                     "dicari. Menurut Rudi, pelabuhan yang disebut warga sebagai \"pelabuhan tikus\" itu sudah "
                     "dipantau. Mariam menyebut warga menamai genangan itu banjir \"kiriman\" dari hulu. Ia menyebut "
                     "rumah model \"Risha\" relatif bertahan.\n\nKapolres Ahmad Yani menyebut RH sebagai \"otak\" dari "
                     "penipuan tersebut.\n")
    assert quotes(rows) == [("otak", "Ahmad Yani")]  # an official's word for someone stays a quote
    english = build("Floods again\n\nMonday, 6 Oct 2025\n\nMANILA – Residents call the flood a \"visitor\" from the "
                    "hills. The mayor described the response as \"a disgrace\".\n")
    assert [text for text, _ in quotes(english)] == ["a disgrace"]


def test_kemarin_saying_which_one_has_no_day_but_kemarin_beside_a_verb_has():
    rows = body_page("\"Kulkas rusak waktu banjir yang kemarin, belum sempat diganti,\" tuturnya. Penundaan UU yang "
                     "kontroversi kemarin akan dievaluasi. Ada banyak topik yang kemarin dibahas singkat. Rapat yang "
                     "digelar kemarin membahas anggaran.\n")
    found = sorted(((d["start"], d["date"]) for d in rows.dates if d["text"] == "kemarin"))
    assert [value for _, value in found] == [None, None, D(2025, 2, 12), D(2025, 2, 12)]


def test_months_sharing_a_year_across_a_range_or_a_list():
    rows = body_page("Dinas Kesehatan mencatat 412 kasus sepanjang Januari hingga Oktober 2024. Warga masih trauma "
                     "gempa besar pada Juli dan Agustus 2018.\n")
    assert dates(rows)["Januari"] == (D(2024, 1, 1), "month")
    assert dates(rows)["Juli"] == (D(2018, 7, 1), "month")


def test_an_english_month_after_the_or_its_and_a_share_bar_under_the_date():
    rows = build("Malaysia inflation edges up as food prices climb\n26 Feb 2026, 04:35 pm\nShare Tweet Email Copy link\n\n"
                 "KUALA LUMPUR – Inflation rose to 1.6% in January. The central bank kept its rate at its January "
                 "meeting. DOSM will release the February inflation figures next month.\n")
    assert rows.article["standfirst"] is None  # the share bar is no standfirst
    assert "Share Tweet" not in rows.article["body"]
    found = dates(rows)
    assert found["February"] == (D(2026, 2, 1), "month")
    assert [d["text"] for d in rows.dates].count("January") == 2


def test_the_place_people_live_in_and_reduplicated_nouns_are_not_people():
    rows = body_page("Yuli Astuti, warga Rungkut, menyampaikan keluhannya. Warga Haruku berharap pemerintah membantu. "
                     "Saksi-saksi yang dihadirkan jaksa mengakui itu. Sukiman (47), warga Rungkut, mengaku rugi.\n")
    assert set(people(rows)) == {"Yuli Astuti", "Sukiman"}


def test_a_surname_with_a_particle_capitalised_at_a_sentence_start_is_the_same_person():
    rows = body_page("\"Pintu terbuka,\" kata Ketua IHEC Hanan Jabbar al-Rubaie dalam konferensi pers. Al-Rubaie "
                     "menambahkan, \"Kami meminta semua pihak tenang.\"\n")
    assert set(people(rows)) == {"Hanan Jabbar al-Rubaie"}
    assert [speaker for _, speaker in quotes(rows)] == ["Hanan Jabbar al-Rubaie"] * 2


def test_a_place_and_a_known_outlet_above_the_lead_are_a_dateline_not_a_byline():
    rows = build("Hilal Tak Terlihat, Awal Ramadhan Jatuh pada Kamis\nSelasa, 17 Februari 2026 | 20:41 WIB\n"
                 "Jakarta, NU Online\nHilal atau bulan sabit muda penanda awal bulan Ramadhan tidak terlihat dari "
                 "seluruh titik pengamatan yang dipantau pada Selasa sore.\n")
    assert rows.article["dateline"] == "Jakarta"
    assert rows.article["authors"] in (None, [])


def test_a_statement_closing_its_quote_is_the_organisation_that_issued_it():
    rows = body_page("Warga antre air bersih.\n\nPemerintah Provinsi NTT dalam siaran persnya menyatakan telah meminta "
                     "bantuan Badan Nasional Penanggulangan Bencana (BNPB) berupa 20 mobil tangki. \"Pemprov berkomitmen "
                     "memastikan tidak ada warga yang kekurangan air,\" demikian pernyataan tersebut.\n")
    assert quotes(rows) == [("Pemprov berkomitmen memastikan tidak ada warga yang kekurangan air,", "Pemerintah Provinsi NTT")]
    english = build("Perth man jailed in Bali\n\nTuesday, 3 March 2026\n\nDENPASAR – Doherty was jailed on Monday.\n\n"
                    "A spokesperson for the Department of Foreign Affairs and Trade (DFAT) said officials were helping. "
                    "\"Australians overseas are subject to local laws,\" the spokesperson said.\n")
    assert quotes(english) == [("Australians overseas are subject to local laws,", "Department of Foreign Affairs and Trade")]


def test_a_surname_two_people_share_is_the_one_named_last_and_a_shop_in_quotes_is_nobody():
    english = build("Perth man jailed in Bali\n\nTuesday, 3 March 2026\n\nDENPASAR – Liam Patrick Doherty, 27, was "
                    "jailed on Monday. \"I am sorry,\" Doherty said.\n\nSpeaking from Perth, his mother Karen Doherty "
                    "said the family was devastated.\n\n\"We just want him home,\" Ms Doherty said.\n")
    assert quotes(english) == [("I am sorry,", "Liam Patrick Doherty"), ("We just want him home,", "Karen Doherty")]
    rows = body_page("Ujang Suherman (54), pemilik toko \"Ujang Shoes\", mengaku omzetnya turun.\n\n\"Dulu saya bisa "
                     "kirim 600 pasang sebulan,\" ujar Ujang.\n\nLembaga Falakiyah Pengurus Besar Nahdlatul Ulama "
                     "memantau hilal.\n")
    assert quotes(rows) == [("Dulu saya bisa kirim 600 pasang sebulan,", "Ujang Suherman")]
    assert set(people(rows)) == {"Ujang Suherman"}  # nor "Pengurus Besar Nahdlatul Ulama", an organisation


def test_an_organisation_named_in_full_by_the_attribution_speaks_as_itself():
    rows = body_page("Terdakwa dituntut jaksa penuntut umum (JPU) Kejaksaan Negeri (Kejari) Surabaya dalam sidang. "
                     "\"Penelusuran aset dilakukan bersama PPATK,\" tulis Kejari Surabaya.\n\nDinas Perkebunan Kabupaten "
                     "Musi Banyuasin dalam keterangan tertulisnya menyatakan akan memperluas pasar lelang. \"Tahun depan "
                     "kami targetkan ada 20 titik,\" demikian keterangan Dinas Perkebunan Kabupaten Musi Banyuasin.\n")
    assert quotes(rows) == [("Penelusuran aset dilakukan bersama PPATK,", "Kejaksaan Negeri Surabaya"),
                            ("Tahun depan kami targetkan ada 20 titik,", "Dinas Perkebunan Kabupaten Musi Banyuasin")]
    assert people(rows) == {}


def test_a_quote_opening_a_paragraph_speaks_for_the_subject_of_the_paragraph_before():
    rows = body_page("\"Kami ditipu agen,\" kata Euis Rohaeti, ibu salah satu korban.\n\nRizal Firmansyah, korban "
                     "lainnya, menunjukkan kontrak kerjanya.\n\nRizal sendiri berencana melapor ke Bareskrim Polri "
                     "bersama empat rekannya.\n\n\"Saya mau mereka dihukum,\" katanya.\n\nSarmidi, 51, petani di Desa "
                     "Bumi Kencana, mengaku tidak turun ke kebun.\n\n\"Hasil sadap cuma cukup buat beli beras,\" keluh "
                     "Sarmidi.\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Euis Rohaeti", "Rizal Firmansyah", "Sarmidi"]
    english = build("Rice deal signed\n\nTuesday, 7 Oct 2025\n\nPHNOM PENH – Cambodia exported rice, according to the "
                    "Cambodia Rice Federation (CRF).\n\nIn a statement, the CRF welcomed the deal. \"The agreement opens "
                    "a stable market,\" the federation said.\n")
    assert quotes(english) == [("The agreement opens a stable market,", "Cambodia Rice Federation")]


def test_a_person_marker_one_lower_case_word_before_a_name_and_nicknames_after_an_age():
    rows = body_page("Persija menyamakan kedudukan melalui tendangan bebas Yogi Saputra Lubis pada menit ke-41. Di "
                     "sektor ganda putri, pasangan muda Ayu Lestari Nugroho akan bertanding.\n\nSukiman (58), pengemudi rute FD-3 yang akrab disapa Cak Man, mengaku "
                     "tenang. \"Gaji tetap,\" kata Man.\n")
    assert set(people(rows)) == {"Yogi Saputra Lubis", "Ayu Lestari Nugroho", "Sukiman"}
    assert quotes(rows) == [("Gaji tetap,", "Sukiman")]
    english = build("Boat sinks\n\nMonday, 6 Oct 2025\n\nHANOI – The boat sank near the islands, as PMI compiled by "
                    "S&P Global fell.\nFishing boats at the port. Photo by VnExpress/Tran Minh Quan\n")
    assert "Tran Minh Quan" not in people(english) and "P Global" not in people(english)


def test_an_outlet_before_a_colon_a_site_address_between_dashes_and_a_menu_of_editions():
    lead = "Kebakaran lahan gambut di kawasan itu belum sepenuhnya padam hingga Minggu malam, kata petugas.\n"
    header = "Titik Api Meluas, Kebakaran Gambut Belum Padam\n18 Agustus 2025, 08:00 WIB\n\n"
    glued = build(header + "ASAP TEBAL: Petugas memadamkan api di lahan gambut, Minggu (17/8). FOTO: ARIEF/KALTENG POS\n"
                  "PALANGKA RAYA-KALTENGPOS.CO-" + lead)
    assert glued.article["dateline"] == "PALANGKA RAYA"
    assert glued.article["body"].startswith("Kebakaran lahan")
    colon = build(header + "SULTRAKINI.COM: KOLAKA – " + lead)
    assert colon.article["dateline"] == "KOLAKA"
    menu = build("DETAKKALTIM.COM\nSamarinda Balikpapan Kukar Kutim Bontang Berau Parlementaria Ekonomi\n"
                 "DPRD Samarinda Cecar Dinas PUPR soal Banjir Sempaja\nKamis, 15 Januari 2026\n\nSAMARINDA — " + lead)
    assert menu.article["title"] == "DPRD Samarinda Cecar Dinas PUPR soal Banjir Sempaja"


def test_institutions_short_forms_the_language_file_spells_out_name_the_one_written_in_full():
    rows = body_page("Kepala Dinas Kesehatan Provinsi Sumatera Selatan Lesty Nuraini mengatakan kasus naik.\n\n"
                     "\"Tren serupa terlihat di Ogan Ilir,\" tulis Dinkes Sumsel.\n\nKementerian Dalam Negeri "
                     "menyatakan mendukung.\n\n\"Pemerintah berkomitmen,\" kata Kemendagri.\n\nKementerian Luar Negeri "
                     "(Kemlu) RI menyiapkan evakuasi.\n\n\"Kami berkoordinasi,\" tulis Kemlu.\n\nKomisi II memanggil "
                     "Komisi Pemilihan Umum (KPU).\n\n\"KPU menghormati wacana itu,\" tulis KPU RI.\n")
    assert [speaker for _, speaker in quotes(rows)] == [
        "Dinas Kesehatan Provinsi Sumatera Selatan", "Kementerian Dalam Negeri", "Kementerian Luar Negeri RI",
        "Komisi Pemilihan Umum"]


def test_a_title_inside_an_organisations_run_starts_a_person_and_names_written_short_or_with_anak():
    english = build("Floods in Serian\n\nTuesday, 27 Jan 2026\n\nKUCHING – Office of Civil Defense Eastern Visayas "
                    "Director Dr. Ramon Ocampo Tiu said governments were told to evacuate. \"We cannot rely on memory,\" "
                    "Tiu said. Serian District Officer Jonathan Ngelai anak Rimbu said evacuees rose. \"The water rose "
                    "fast,\" Rimbu said.\n")
    assert quotes(english) == [("We cannot rely on memory,", "Ramon Ocampo Tiu"),
                               ("The water rose fast,", "Jonathan Ngelai anak Rimbu")]
    rows = body_page("Kasatlantas Polres Bangkalan AKP Moch. Faisal Ramadhan mengatakan bus oleng. \"Bus kehilangan "
                     "kendali,\" kata Faisal.\n")
    assert quotes(rows) == [("Bus kehilangan kendali,", "Moch. Faisal Ramadhan")]


def test_the_day_a_quote_was_said_is_never_after_publication_nor_a_day_it_reports():
    rows = body_page("Status siaga darurat berlaku hingga 31 Oktober 2025, kata Toyib.\n\n\"Mudah-mudahan hari ini "
                     "helikopter sudah bisa beroperasi,\" ujarnya.\n",
                     header="Titik Api Meluas di Palangka Raya\n\nSenin, 18 Agustus 2025\n")
    assert dates(rows)["hari ini"] == (D(2025, 8, 18), "day")
    english = build("Typhoon nears\n\nTuesday, 21 Oct 2025\n\nTACLOBAN – Fish vendor Lorna Pacheco, 52, said she had "
                    "brought her grandchildren to a school on Monday evening. \"The sea was already rough yesterday,\" "
                    "she said.\n\n\"My youngest stopped crying,\" she said by phone from Tawila on Monday.\n\n\"Yesterday "
                    "another child was buried.\"\n")
    found = sorted((d["start"], d["text"], d["date"]) for d in english.dates if d["text"].casefold() == "yesterday")
    assert [value for _, _, value in found] == [D(2025, 10, 20), D(2025, 10, 19)]


def test_a_weekday_made_a_habit_is_no_date_and_a_related_list_under_terkait_is_boilerplate():
    rows = body_page("Kemendag akan mengevaluasi operasi pasar setiap Jumat, kata Haryo pada Kamis (13/2).\n\n"
                     "Terkait\nKejari Periksa 14 Saksi Kasus Pasar\nSenin 20-04-2026,10:05 WIB\n")
    assert [d["text"] for d in rows.dates] == ["Kamis, 13 Februari 2025", "Kamis (13/2)"]  # the header date, then the body's
    assert "Periksa 14 Saksi" not in rows.article["body"]


def test_an_acronym_inside_a_name_with_its_branch_and_a_clipped_given_name():
    rows = body_page("Gabungan Pengusaha Kelapa Sawit Indonesia (GAPKI) Cabang Riau menilai harga turun. \"Kami "
                     "memperkirakan harga naik,\" demikian pernyataan GAPKI Riau.\n\nPeneliti Indonesia Corruption Watch "
                     "(ICW) Dewi Anggraeni Saputri menilai rencana itu. Nelayan di Pangkalan Pendaratan Ikan (PPI) Ujong "
                     "Baroh, Kecamatan Johan Pahlawan, tidak melaut.\n\nPencetak gol kemenangan, Fransiskus Rumengan, "
                     "mengaku senang. \"Gol ini untuk papa,\" ujar Frans.\n")
    assert quotes(rows) == [("Kami memperkirakan harga naik,", "Gabungan Pengusaha Kelapa Sawit Indonesia Cabang Riau"),
                            ("Gol ini untuk papa,", "Fransiskus Rumengan")]
    assert set(people(rows)) == {"Dewi Anggraeni Saputri", "Fransiskus Rumengan"}


def test_a_storms_name_in_quotation_marks_is_no_quote():
    english = build("Classes suspended\n\nTuesday, 21 Oct 2025\n\nTACLOBAN – Classes were suspended as Typhoon "
                    "\"Salome\" intensified, in areas flattened by Super Typhoon \"Yolanda\" in 2013. \"We are ready,\" "
                    "Governor Ana Reyes said.\n")
    assert quotes(english) == [("We are ready,", "Ana Reyes")]
    rows = body_page("Warga bersiap menghadapi Badai \"Seroja\" yang mendekat, kata Kepala BPBD Ahmad Yani.\n")
    assert quotes(rows) == []


def test_companies_with_co_expressways_and_institutions_named_after_a_person_are_not_people():
    english = build("Snow strands drivers\n\nTuesday, 10 Feb 2026\n\nNIIGATA – Vehicles were stranded on the Hokuriku "
                    "Expressway near Joetsu. East Nippon Expressway Co., which operates the road, said crews were "
                    "working. \"We are clearing the lanes,\" the company said.\n")
    assert quotes(english) == [("We are clearing the lanes,", "East Nippon Expressway Co.")]
    assert people(english) == {}
    rows = body_page("Sementara itu, dokter spesialis anak RSUP Dr Mohammad Hoesin Palembang, Ahmad Fauzan, "
                     "mengingatkan warga agar waspada.\n")
    assert "Mohammad Hoesin Palembang" not in people(rows)


def test_an_organisation_after_the_outlet_and_the_day_in_a_lead_in_is_the_speaker():
    rows = body_page("Polisi menangkap tiga tersangka.\n\nDalam keterangan tertulis yang diterima Sumut Pos, Kamis "
                     "(13/11), Polrestabes Medan menyatakan, \"Pengungkapan ini hasil kerja sama dengan masyarakat.\"\n")
    assert quotes(rows) == [("Pengungkapan ini hasil kerja sama dengan masyarakat.", "Polrestabes Medan")]
    assert people(rows) == {}


def test_an_office_named_with_and_up_to_its_province_and_local_government_referred_back_to():
    rows = body_page("Dinas Lingkungan Hidup dan Kehutanan Provinsi Bengkulu menyatakan akan mengevaluasi izin. \"Kami "
                     "akan turun bersama BKSDA,\" demikian keterangan dinas tersebut.\n\nPemerintah Kabupaten Jayapura, "
                     "dalam keterangan tertulis yang diterima Jubi, menyatakan honor guru menjadi prioritas. \"Pemerintah "
                     "daerah berkomitmen memastikan honor dibayar,\" tulis pemerintah daerah.\n\nKepala Perwakilan "
                     "Ombudsman Jawa Tengah, Ahmad Zainul Arifin, menyambut baik aturan itu. Namun, menurut dia, sistem "
                     "itu menyisakan \"celah untuk titip-menitip\" yang perlu diawasi.\n")
    assert quotes(rows) == [("Kami akan turun bersama BKSDA,", "Dinas Lingkungan Hidup dan Kehutanan Provinsi Bengkulu"),
                            ("Pemerintah daerah berkomitmen memastikan honor dibayar,", "Pemerintah Kabupaten Jayapura"),
                            ("celah untuk titip-menitip", "Ahmad Zainul Arifin")]


def test_menus_of_regions_in_capitals_headlines_repeated_in_capitals_and_datelines_with_the_outlet_first():
    lead = "Pemerintah kota menerbitkan surat edaran tentang pawai ogoh-ogoh yang wajib usai pukul sepuluh malam.\n"
    region_menu = build("Beritabali.com\nDenpasar Badung Gianyar Tabanan Buleleng Karangasem Klungkung Bangli Jembrana\n"
                        "Jelang Nyepi, Pawai Ogoh-Ogoh Wajib Usai Pukul 22.00 Wita\nSelasa, 10 Maret 2026 09:00 WITA\n\n"
                        "Beritabali.com, Denpasar.\n" + lead)
    assert region_menu.article["title"] == "Jelang Nyepi, Pawai Ogoh-Ogoh Wajib Usai Pukul 22.00 Wita"
    assert region_menu.article["dateline"] == "Denpasar"
    capitals = build("KALTARA POS\nHOME METROPOLIS KALTARA NUNUKAN BULUNGAN MALINAU OLAHRAGA OPINI\n"
                     "Sabu 4,2 Kilogram Diselundupkan Lewat Speedboat, Dua Kurir Ditangkap\nSelasa, 12 Mei 2026\n\nTARAKAN – " + lead)
    assert capitals.article["title"] == "Sabu 4,2 Kilogram Diselundupkan Lewat Speedboat, Dua Kurir Ditangkap"
    english = build("SunStar\nCebu Davao Pampanga Bacolod Iloilo Baguio Cagayan de Oro Zamboanga\nLocal News\n"
                    "By Jerome V. Dacanay\nFebruary 09, 2026\nCebu City council approves rehab of sports complex\n"
                    "CEBU City Council approves rehab of sports complex\n\nCEBU CITY, Philippines — The council on "
                    "Monday approved a budget to rehabilitate the complex, officials said.\n")
    assert english.article["title"] == "Cebu City council approves rehab of sports complex"
    colon = build("Tim Putri NTB Melaju ke Final Piala Pertiwi\nSenin, 24 November 2025 10:00 WITA\n\n"
                  "KBRN, Mataram: Tim sepak bola putri Nusa Tenggara Barat memastikan tiket ke partai final setelah "
                  "menang adu penalti.\n")
    assert colon.article["dateline"] == "Mataram"
    date_first = build("Transaksi QRIS di Sumut Naik 68 Persen\nRabu, 17 September 2025 - 16:12 WIB | Penulis : Sigit "
                       "Kurniawan | Editor : Dedy Ramadhany\n\nElshinta.com - Nilai transaksi pembayaran menggunakan "
                       "QRIS di Sumatera Utara melonjak 68 persen secara tahunan.\n")
    assert date_first.article["dateline"] != "Rabu"
    assert date_first.article["published"] == D(2025, 9, 17)


def test_balinese_names_without_i_a_name_opening_after_a_party_and_councilors():
    rows = body_page("Ketua sekaa teruna setempat, Putu Arya Dharmawan, mengatakan ogoh-ogoh dari bambu. \"Kerangkanya dari bambu,\" "
                     "kata Arya.\n\nKetua Fraksi Gerindra Muhamad Faisal Akbar menilai pinjaman diperlukan. \"Kami minta "
                     "pemprov transparan,\" kata Faisal.\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Putu Arya Dharmawan", "Muhamad Faisal Akbar"]
    english = build("Council approves rehab\n\nMonday, 9 Feb 2026\n\nCEBU CITY, Philippines: The ordinance, authored "
                    "by Councilor Maria Luisa Abellanosa-Ramos, passed. \"Our athletes deserve better,\" "
                    "Abellanosa-Ramos said.\n")
    assert english.article["dateline"] == "CEBU CITY, Philippines"
    assert quotes(english) == [("Our athletes deserve better,", "Maria Luisa Abellanosa-Ramos")]


def test_group_nouns_and_alert_levels_are_nobody():
    english = build("Floods in Sylhet\n\nWednesday, 4 Jun 2025\n\nSYLHET – Meteorologists warned that more rain was "
                    "likely. Forecasters said rivers would rise.\n")
    assert people(english) == {}
    rows = body_page("\"Status Gamalama saat ini masih Level II atau Waspada,\" kata Darno Lamane, petugas pos "
                     "pengamatan gunung api.\n")
    assert set(people(rows)) == {"Darno Lamane"}


def test_a_dated_yesterday_anywhere_outside_quotations_dates_a_page_without_a_header_date():
    rows = build("Sabu Diselundupkan Lewat Speedboat\n\nTARAKAN – Polisi menangkap dua kurir sabu, kata Kapolres "
                 "dalam konferensi pers, Senin (11/5/2026).\n\nBarang bukti dimusnahkan pekan depan. \"Hukumannya "
                 "bisa mati,\" kata Khairul saat dihubungi, kemarin (11/5).\n")
    assert rows.article["published"] == D(2026, 5, 12)
    quoted = build("Sabu Diselundupkan Lewat Speedboat\n\nTARAKAN – Polisi menangkap dua kurir sabu, kata Kapolres "
                   "dalam konferensi pers, Senin (11/5/2026).\n\n\"Kami sudah memeriksa mereka kemarin (10/5),\" kata "
                   "Khairul.\n")
    assert quoted.article["published"] == D(2026, 5, 11)


def test_burmese_honorifics_a_village_place_list_and_writers_initials_after_an_attribution():
    english = build("Quake survivors wait\n\nWednesday, 17 Dec 2025\n\nMANDALAY – Daw Khin Sandar Myint, 58, lives under a "
                    "tarpaulin. \"The roof is a tarpaulin,\" she said. A volunteer, U Kyaw Zin Htet, said children were "
                    "coughing. \"The clinic opens only twice a week,\" Kyaw Zin Htet said.\n")
    assert [speaker for _, speaker in quotes(english)] == ["Khin Sandar Myint", "Kyaw Zin Htet"]
    rows = body_page("Acil Mariyam (61), warga Desa Pasar Jati, Astambul, mengatakan air mulai masuk. \"Barang-barang "
                     "belum sempat diangkat,\" katanya.\n\nPemerintah Kabupaten Parigi Moutong menyatakan dukungan penuh."
                     "\"Pemda siap menyediakan data,\" tulis Pemkab Parigi Moutong.(RIZ)\n")
    assert quotes(rows) == [("Barang-barang belum sempat diangkat,", "Mariyam"),
                            ("Pemda siap menyediakan data,", "Pemerintah Kabupaten Parigi Moutong")]
    assert set(people(rows)) == {"Mariyam"}


def test_an_acronym_with_its_place_a_nursing_title_a_tagline_and_an_outlet_in_brackets_before_a_colon():
    rows = body_page("Balai Wilayah Sungai (BWS) Sumatera V menyatakan dua sabo dam berfungsi. \"Tanpa sabo dam itu, "
                     "kerusakan bisa dua kali lipat,\" tulis BWS Sumatera V.\n\nKepala Puskesmas Talise, Ns. "
                     "Fadliansyah, S.Kep., mengungkapkan pihaknya menerima pasien.\n\n\"Kami imbau orang tua membawa "
                     "anak,\" katanya. Sejumlah pegiat mengkritik rencana itu.\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Balai Wilayah Sungai Sumatera V", "Fadliansyah"]
    assert set(people(rows)) == {"Fadliansyah"}
    tagline = build("BISNIS BALI\nKoran Ekonomi Bali\nBeranda  Ekonomi  Pariwisata  Perbankan  Properti  UMKM\n\n"
                    "Kamis, 07 Mei 2026 - 10:15\nPariwisata\nKunjungan Wisman ke Bali Tumbuh 4,8 Persen\n"
                    "Ditulis oleh: Ni Komang Sri Wahyuni\n\nMEDAN (Waspada): Jumlah kunjungan wisatawan mancanegara "
                    "ke Bali pada Maret tercatat naik dibanding bulan sebelumnya.\n")
    assert tagline.article["title"] == "Kunjungan Wisman ke Bali Tumbuh 4,8 Persen"
    assert tagline.article["dateline"] == "MEDAN"


def test_a_word_named_as_such_a_kind_of_thing_a_project_or_a_package_is_no_quote():
    rows = body_page("Pengusaha masih membayar pungutan di luar tarif resmi, semacam \"biaya siluman\". Pegiat "
                     "mengkritik rencana proyek \"tanggul laut raksasa\" itu. Ia menyinggung promosi paket \"all in\" "
                     "yang menekan harga. Kata \"efisiensi\" menjadi kunci naskah itu, kata Nanang.\n")
    assert quotes(rows) == []


def test_hakim_inside_a_name_bnnp_with_its_province_and_counsel_as_a_title():
    rows = body_page("Ekonom dari INDEF, Lukman Hakim Nasution, mengingatkan risiko perebutan. \"Jangan sampai program "
                     "membebani,\" kata Lukman.\n\nBadan Narkotika Nasional Provinsi Sumatera Utara menyatakan "
                     "pengawasan diperketat. \"Pengawasan pelabuhan rakyat harus diperketat,\" tulis BNNP Sumut.\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Lukman Hakim Nasution",
                                                        "Badan Narkotika Nasional Provinsi Sumatera Utara"]
    english = build("Logging case\n\nMonday, 30 Mar 2026\n\nKOTA KINABALU – Defence counsel Shaiful Baharom said he "
                    "would appeal. \"The evidence was thin,\" Shaiful said.\n")
    assert quotes(english) == [("The evidence was thin,", "Shaiful Baharom")]


def test_a_weekday_of_this_week_and_dinihari():
    rows = body_page("Rapat digelar Kamis pekan ini, setelah banjir Minggu dinihari.\n",
                     header="Banjir Rendam Medan\n\nSelasa, 10 Februari 2026\n")
    assert dates(rows)["Kamis pekan ini"] == (D(2026, 2, 12), "day")
    assert dates(rows)["Minggu dinihari"] == (D(2026, 2, 8), "day")
    english = build("Vote ahead\n\nTuesday, 10 Feb 2026\n\nTOKYO – The vote is on Thursday this week, officials said.\n")
    assert dates(english)["Thursday this week"] == (D(2026, 2, 12), "day")


def test_a_wire_alone_above_the_lead_and_a_place_closing_the_date_line():
    rows = build("CMRL completes trial run of driverless train\nEngineers will now carry out signalling tests before "
                 "the inspection\nPublished - October 02, 2025 08:15 pm IST - CHENNAI\n\nPTI\n\nChennai Metro Rail "
                 "Limited on Wednesday completed the first full-length trial run of a driverless train.\n")
    assert rows.article["dateline"] == "CHENNAI"
    assert not rows.article["body"].startswith("PTI")


def test_an_organisation_for_something_with_untuk():
    rows = body_page("Perkumpulan untuk Pemilu dan Demokrasi (Perludem) menilai pembahasan terlalu cepat. \"Pembahasan "
                     "tidak boleh dilakukan tergesa-gesa,\" tulis Perludem.\n")
    assert quotes(rows) == [("Pembahasan tidak boleh dilakukan tergesa-gesa,", "Perkumpulan untuk Pemilu dan Demokrasi")]
    assert people(rows) == {}


def test_a_name_a_group_gives_itself_and_a_word_after_para_or_praktik_are_no_quotes():
    rows = body_page("Kasat Reskrim Dimas Prasetyo menjelaskan komplotan yang menamai diri \"geng kunci T\" ini mengincar "
                     "motor. Ia mengatakan para \"toke\" gabah membeli murah. Mukhlis Abdullah menilai praktik "
                     "\"permainan harga\" sudah berlangsung lama.\n")
    assert quotes(rows) == []
    english = build("Gang held\n\nMonday, 30 Mar 2026\n\nSUVA – The gang, which calls itself \"the night riders\", "
                    "was arrested, police said.\n")
    assert quotes(english) == []


def test_a_span_of_days_is_no_date():
    rows = body_page("\"Cuaca beberapa hari ini memang tidak menentu,\" kata Hisar. Kapal berangkat hari ini.\n",
                     header="Kapal Tertahan\n\nSelasa, 10 Februari 2026\n")
    assert [row["text"] for row in rows.dates] == ["Selasa, 10 Februari 2026", "hari ini"]


def test_an_office_named_with_dan_up_to_its_regency_and_a_branch_office():
    rows = body_page("Kepala Dinas Pertanian dan Pangan Pidie Jaya, Ir. H. Muhammad Yusri, M.Si, mengakui harga turun. "
                     "Pihaknya telah menyurati Perum Bulog Kantor Cabang Sigli pada Jumat.\n")
    assert set(people(rows)) == {"Muhammad Yusri"}
    assert {"Dinas Pertanian dan Pangan Pidie Jaya", "Perum Bulog Kantor Cabang Sigli"} <= organisations(rows)


def test_a_short_form_leaving_out_middle_names_and_a_name_opening_a_sentence_whole():
    rows = body_page("Kepala Stasiun Klimatologi NTT, I Gusti Ngurah Putu Wirawan, S.Si., memprakirakan hujan datang "
                     "Desember. \"Kategorinya sudah ekstrem,\" terang Ngurah Wirawan.\n\nKepala Dinas Kesehatan, dr. Hj. "
                     "Noor Hidayati Rahman, M.Kes, mengatakan kasus naik.\n\nNoor Hidayati memastikan stok obat cukup.\n")
    assert quotes(rows) == [("Kategorinya sudah ekstrem,", "I Gusti Ngurah Putu Wirawan")]
    assert set(people(rows)) == {"I Gusti Ngurah Putu Wirawan", "Noor Hidayati Rahman"}


def test_someone_unnamed_calling_out_before_a_quote_and_a_clause_opener():
    rows = body_page("Kepala Dinas Sosial Markus Lena mengatakan bantuan tiba. Begitu deru mesin terdengar dari ujung "
                     "jalan, seorang ibu berseru, \"Tangki datang!\" Warga pun bergegas merapat.\n")
    assert quotes(rows) == [("Tangki datang!", None)]
    assert set(people(rows)) == {"Markus Lena"}


def test_a_class_name_after_a_designating_verb_is_no_quote_but_a_status_said_is():
    rows = body_page("Dinkes, kata dia, sudah menetapkan 11 kelurahan sebagai \"zona merah\" DBD. Menurut Maryam, "
                     "kondisi Palu masih berstatus \"waspada\".\n")
    assert quotes(rows) == [("waspada", "Maryam")]


def test_a_second_verb_of_the_sentence_subject_quotes_for_it():
    rows = body_page("Komandan Korem, Brigjen TNI La Ode Muhammad Saleh, menyatakan prajuritnya siap. Ia menegaskan tidak "
                     "ada toleransi.\n\nDirektur Walhi Sultra, Andi Muh. Fadli Rahman, mengapresiasi langkah polisi, "
                     "namun menilai penindakan itu “baru menyentuh kulit luarnya”.\n")
    assert quotes(rows) == [("baru menyentuh kulit luarnya", "Andi Muh. Fadli Rahman")]


def test_the_word_for_month_is_part_of_a_month():
    rows = body_page("\"Puncaknya di bulan Februari,\" kata Noor.\n", header="Kasus DBD Naik\n\nKamis, 20 Maret 2025\n")
    assert dates(rows)["bulan Februari"] == (D(2025, 2, 1), "month")


def test_a_date_line_in_english_above_an_indonesian_story():
    rows = build("Satpol PP Bongkar Lapak PKL di Pasar Mardika\n\nMay 15, 2025 · 8:25 am\nby Redaksi Siwalima\n\n"
                 "AMBON, Siwalima – Ratusan personel membongkar lapak pedagang di Pasar Mardika, Rabu (14/5). Pedagang "
                 "menangis saat meja mereka diangkut ke truk.\n")
    assert rows.article["published"] == D(2025, 5, 15)
    assert dates(rows)["Rabu (14/5)"] == (D(2025, 5, 14), "day")


def test_organisations_spelled_by_their_short_name_or_made_of_page_words_and_congregations():
    rows = body_page("Ratusan personel Satuan Polisi Pamong Praja (Satpol PP) Kota Ambon membongkar lapak. Ratusan "
                     "mahasiswa penerima beasiswa yang tergabung dalam Forum Mahasiswa Penerima Beasiswa Otsus menggelar "
                     "aksi. Tokoh gereja, Pdt. Yosias Kogoya, S.Th, gembala Jemaat Kingmi Efata Waena, berharap "
                     "pemerintah mendengar. Ny. Elly Pattiasina (58), penjual ikan asal Negeri Hative Besar, mengaku rugi. "
                     "Pemkot meluncurkan Gerakan Satu Rumah Satu Jumantik.\n")
    assert set(people(rows)) == {"Yosias Kogoya", "Elly Pattiasina"}
    assert {"Satuan Polisi Pamong Praja", "Forum Mahasiswa Penerima Beasiswa Otsus", "Jemaat Kingmi Efata Waena",
            "Gerakan Satu Rumah Satu Jumantik"} <= organisations(rows)


def test_a_common_noun_with_a_possessive_opening_a_sentence_is_no_one():
    rows = body_page("Penumpang, Abdul Wahid (58), mengatakan sopir sempat berteriak. \"Sopirnya teriak 'pegangan, "
                     "pegangan!' Setelah itu saya tidak ingat apa-apa,\" ungkapnya.\n")
    assert set(people(rows)) == {"Abdul Wahid"}


def test_a_malaysian_honorific_of_two_words_and_a_section_label_before_a_byline():
    english = build("Durian growers told to get ready\n\nMonday, 30 Mar 2026\n\nRAUB – Deputy Minister Datuk Wira Ahmad "
                    "Faizal Hamzah said the ministry had allocated RM3.5 million. Ahmad Faizal added that theft had risen.\n")
    assert set(people(english)) == {"Ahmad Faizal Hamzah"}
    rows = build("CNBC Indonesia\nNews\nBerita\nEksportir Kopi Gayo Ketar-ketir Jelang Aturan Uni Eropa\n"
                 "News - Muhammad Reza Ilham Taufani, CNBC Indonesia\n08 October 2025 14:35\n"
                 "Jakarta, CNBC Indonesia - Pelaku usaha kopi arabika Gayo di Aceh mulai ketar-ketir.\n")
    assert rows.article["title"] == "Eksportir Kopi Gayo Ketar-ketir Jelang Aturan Uni Eropa"
    assert rows.article["authors"] == "Muhammad Reza Ilham Taufani"
    assert rows.article["published"] == D(2025, 10, 8)


def test_a_regency_named_in_a_role_and_a_friday_sermon():
    rows = body_page("Anggota DPRK Pidie Jaya dari Fraksi Partai Aceh, Tgk. H. Mukhlis Abdullah, meminta tim pengawas "
                     "dibentuk. MUI mengimbau pengurus masjid menyampaikan pesan itu dalam khutbah Jumat.\n")
    assert set(people(rows)) == {"Mukhlis Abdullah"}
    assert [row["text"] for row in rows.dates if row["text"] != "Kamis, 13 Februari 2025"] == []


def test_an_english_job_title_in_an_indonesian_attribution_and_parts_of_an_office_spelled_before():
    rows = body_page("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyatakan gempa tidak berpotensi tsunami. "
                     "Kepala Balai Besar Meteorologi, Klimatologi, dan Geofisika Wilayah III Denpasar, Dr. Cahyo Nugroho "
                     "Wibisono, menjelaskan penyebabnya.\n\n\"Penerbangan berjalan sesuai jadwal,\" ujar Communication "
                     "and Legal Manager Bandara I Gusti Ngurah Rai, Ni Komang Ayu Prameswari.\n")
    assert quotes(rows) == [("Penerbangan berjalan sesuai jadwal,", "Ni Komang Ayu Prameswari")]
    assert "Balai Besar Meteorologi, Klimatologi, dan Geofisika Wilayah III Denpasar" in organisations(rows)
    assert {"Cahyo Nugroho Wibisono", "Ni Komang Ayu Prameswari"} <= set(people(rows))
    assert "Klimatologi" not in people(rows) and "Communication" not in people(rows)


def test_a_long_role_then_a_name_between_commas_and_a_campus_seat():
    rows = build("Floods displace thousands\n\nWednesday, 10 September 2025\n\nLOKOJA — Floods have displaced "
                 "thousands.\n\n\"We are still evacuating,\" the Executive Secretary of the Kogi State Emergency "
                 "Management Agency (SEMA), Alhaji Muhammed Bashir Ozigi, told PREMIUM TIMES.\n\nProf. Chidi Nwankwo, "
                 "a hydrologist at the University of Nigeria, Nsukka, said the country had failed to learn.\n")
    assert quotes(rows) == [("We are still evacuating,", "Muhammed Bashir Ozigi")]
    assert set(people(rows)) == {"Muhammed Bashir Ozigi", "Chidi Nwankwo"}


def test_what_staff_call_something_a_print_edition_line_and_a_month_after_a_year():
    rows = build("Heatwave fills wards\n\nTuesday, May 27, 2025\n\nKARACHI: Wards filled up. The ward set up tubs, a "
                 "practice staff call \"the cold room\". \"They promised the same in 2024 and we waited until December,\" "
                 "said Dr Naheed Soomro.\n\nPublished in The Express Tribune, May 28th, 2025.\n")
    assert quotes(rows) == [("They promised the same in 2024 and we waited until December,", "Naheed Soomro")]
    assert dates(rows)["December"] == (D(2024, 12, 1), "month")
    assert "May 28th, 2025" not in dates(rows)


def test_bracket_dates_with_dashes_and_the_day_a_story_was_written():
    rows = build("Pedagang Bonbin Tolak Relokasi\n\nYOGYAKARTA – Puluhan pedagang menggelar aksi diam pada Senin (21-10). "
                 "Mahasiswa akan kembali turun akhir pekan ini.\n\nHingga berita ini diturunkan pada Selasa (22-10/2024), "
                 "direktur belum menjawab.\n")
    assert rows.article["published"] == D(2024, 10, 22)
    assert dates(rows)["Senin (21-10)"] == (D(2024, 10, 21), "day")
    assert dates(rows)["akhir pekan ini"] == (D(2024, 10, 26), "day")


def test_weekends_next_weekdays_and_a_forecast():
    rows = build("Cold wave grips Korea\n\nTuesday, January 14, 2025\n\nSEOUL — Jeju could see more snow on Wednesday. "
                 "The cold should ease by next Tuesday, before it warms this weekend. Shelters stayed open over the "
                 "weekend.\n")
    assert dates(rows)["Wednesday"] == (D(2025, 1, 15), "day")
    assert dates(rows)["next Tuesday"] == (D(2025, 1, 21), "day")
    assert dates(rows)["this weekend"] == (D(2025, 1, 18), "day")
    assert dates(rows)["the weekend"] == (None, "day")


def test_the_city_speaking_in_a_statement_is_its_government():
    rows = build("Cold wave grips Korea\n\nTuesday, January 14, 2025\n\nSEOUL — The Seoul Metropolitan Government said "
                 "it would open shelters. “We will keep the shelters open,” the city said in a statement.\n")
    assert quotes(rows) == [("We will keep the shelters open,", "Seoul Metropolitan Government")]


def test_names_with_bapa_or_hi_inside_corps_after_ranks_and_units_after_their_heads():
    rows = body_page("Kepala Dinas PUPR, Ir. Fransiskus Xaverius Bapa Lewar, M.T., menyebut sumur dibangun. Dandim "
                     "Letkol Inf Gatot Suryo Wibowo ikut membantu. Doa dipimpin Ustaz Samsudin Hi. Kader. Korban adalah "
                     "Nurlela Hi. Umar (34), warga Desa Amasing Kota, dan Rizal Sangaji (21), mahasiswa. Kepala Bidang "
                     "Hubungan Masyarakat (Kabid Humas) Polda Sultra, Kombes Pol Bambang Widodo, menyebut personel siaga. "
                     "Menurut Wakil Rektor Bidang Akademik Unipa, Dr. Agustinus Mofu, sistem itu mudah. Kasubdit I "
                     "Industri dan Perdagangan Ditreskrimsus, AKBP Arif Budiman Siregar, memperingatkan penimbun. "
                     "Prakirawan Stasiun Meteorologi Supadio, Sutikno, menyebut hujan turun.\n")
    assert set(people(rows)) == {"Fransiskus Xaverius Bapa Lewar", "Gatot Suryo Wibowo", "Samsudin Hi. Kader",
                                 "Nurlela Hi. Umar", "Rizal Sangaji", "Bambang Widodo", "Agustinus Mofu",
                                 "Arif Budiman Siregar", "Sutikno"}


def test_places_after_of_a_fijian_chief_title_and_no_role_from_a_sentence_before():
    rows = build("Cane growers wait for pay\n\nSaturday, 8 March 2025\n\nLAUTOKA — Council chief executive officer Vimal "
                 "Deo said the council had complaints from growers in Ba, Lautoka, Nadi and Rakiraki. Ravindra Prasad, "
                 "61, of Rarawai, said he had borrowed money. Minister for Sugar Industry Ratu Peni Waqanivalu said "
                 "Government was aware. “We are working closely with FSC,” Ratu Peni said.\n")
    assert set(people(rows)) == {"Vimal Deo", "Ravindra Prasad", "Peni Waqanivalu"}
    assert quotes(rows) == [("We are working closely with FSC,", "Peni Waqanivalu")]


def test_days_of_other_calendars_and_the_word_for_month_before_a_month_to_come():
    rows = body_page("Prosesi Jumat Agung digelar malam ini. Awal puasa jatuh pada hari Kamis Legi, 19 Februari 2026. "
                     "\"Bulan Agustus nanti kami gelar pameran,\" kata Budi. Berkas ditutup 14 Februari kemarin.\n",
                     header="Prosesi Semana Santa\n\nSabtu, 19 April 2025\n")
    found = dates(rows)
    assert found["Jumat Agung"] == (D(2025, 4, 18), "day")
    assert found["hari Kamis Legi, 19 Februari 2026"] == (D(2026, 2, 19), "day")
    assert found["Bulan Agustus nanti"] == (D(2025, 8, 1), "month")
    assert found["14 Februari kemarin"] == (D(2025, 2, 14), "day")
    assert "kemarin" not in found


def test_a_quoting_paragraph_closed_by_its_writers_tag_and_announcements_no_one_is_named_for():
    rows = body_page("Ketua FKUB Jawa Tengah, KH Muhammad Anas Mahfudz, mengajak masyarakat menjaga suasana.\"Mari kita "
                     "rawat kerukunan bersama,\" pesannya saat dihubungi. (Bayu/Heri)\n\nKepala BPBD Fathurrahman "
                     "Lamarauna mengatakan posko dibuka.\n\n\"Tetap tenang, jangan percaya hoaks,\" demikian imbauan yang "
                     "terus diulang lewat pengeras suara.\n\nBadan Meteorologi, Klimatologi, dan Geofisika (BMKG) Stasiun "
                     "Meteorologi Tjilik Riwut mencatat 87 titik panas.\n\n\"Masyarakat diimbau tidak membakar lahan,\" "
                     "demikian peringatan BMKG Stasiun Meteorologi Tjilik Riwut.\n")
    assert quotes(rows) == [("Mari kita rawat kerukunan bersama,", "Muhammad Anas Mahfudz"),
                            ("Tetap tenang, jangan percaya hoaks,", None),
                            ("Masyarakat diimbau tidak membakar lahan,",
                             "Badan Meteorologi, Klimatologi, dan Geofisika Stasiun Meteorologi Tjilik Riwut")]


def test_site_brands_after_the_place_and_a_provision_quoted_by_name():
    rows = build("Krisis Air Bersih\n\nRabu, 07 Mei 2025\n\nSOE, VICTORYNEWS – Krisis air melanda 23 desa. Ia "
                 "mencontohkan ketentuan soal \"hukum yang hidup dalam masyarakat\" yang butuh perda, kata Sulistyowati.\n")
    assert rows.article["dateline"] == "SOE"
    assert quotes(rows) == []
    lower = build("Speedboat Terbalik di Selat Bacan\n\nKamis, 24 Juli 2025\n\nLabuha, cermat – Sebuah speedboat "
                  "terbalik di perairan Selat Bacan.\n")
    assert lower.article["dateline"] == "Labuha"


def test_a_parish_named_for_a_saint_a_name_opened_by_maria_and_feasts_nobody():
    rows = body_page("Salah satu peziarah, Maria Magdalena Lie Swan Nio (58), umat Paroki Santa Maria de Fatima Toasebio, "
                     "datang pagi tadi. \"Saya sudah tiga kali ke sini,\" katanya. Tradisi Semana Santa menjelang Malam "
                     "Paskah itu dipadati umat.\n", header="Prosesi Semana Santa\n\nSabtu, 19 April 2025\n")
    assert set(people(rows)) == {"Maria Magdalena Lie Swan Nio"}
    assert quotes(rows) == [("Saya sudah tiga kali ke sini,", "Maria Magdalena Lie Swan Nio")]
    assert "Paroki Santa Maria de Fatima Toasebio" in organisations(rows)
    assert dates(rows)["pagi tadi"] == (D(2025, 4, 19), "day")


def test_an_office_named_with_dan_up_to_a_short_name_the_page_gives():
    rows = body_page("Aksi digelar di Universitas Gadjah Mada (UGM). \"Seluruh pedagang akan mendapat tempat,\" tulis "
                     "Direktorat Pengelolaan dan Pemeliharaan Aset UGM dalam keterangannya.\n")
    assert quotes(rows) == [("Seluruh pedagang akan mendapat tempat,", "Direktorat Pengelolaan dan Pemeliharaan Aset UGM")]


def test_parts_of_a_year_months_joined_to_months_and_counts_back_from_a_date_given():
    rows = body_page("Realisasi naik hingga semester pertama 2025. Pada Oktober 2025 tercatat 412 ribu penumpang, naik "
                     "dibanding bulan sebelumnya. Warga menanti pada Juli dan Agustus, dan rapat digelar siang nanti.\n",
                     header="Penumpang Naik\n\nSenin, 10 November 2025\n")
    found = dates(rows)
    assert found["semester pertama 2025"] == (D(2025, 1, 1), "year")
    assert found["bulan sebelumnya"] == (D(2025, 9, 1), "month")
    assert found["Agustus"] == (D(2025, 8, 1), "month")
    assert found["siang nanti"] == (D(2025, 11, 10), "day")
    assert "2025" not in found
    english = build("GDP grows\n\nTuesday, 5 August 2025\n\nJAKARTA — GDP grew 5.1 percent in the second quarter of "
                    "2025 from a year earlier, helped by holidays in May and June, and by year-end it may slow.\n")
    found = dates(english)
    assert found["second quarter of 2025"] == (D(2025, 1, 1), "year")
    assert found["a year earlier"] == (D(2024, 1, 1), "year")
    assert found["June"] == (D(2025, 6, 1), "month")
    assert found["year-end"] == (D(2025, 12, 1), "month")


def test_a_regency_of_two_words_before_a_long_name_a_city_before_a_name_and_a_route():
    rows = body_page("\"Dua warga belum ditemukan,\" kata Kepala Pelaksana BPBD Tana Toraja Agustinus Sampe Tandiallo. "
                     "Wakil Wali Kota Bekasi Tri Adhianto meninjau lokasi. China menyambut rencana memperpanjang kereta "
                     "cepat Jakarta-Bandung hingga Surabaya dan siap melanjutkan kerja sama yang \"saling "
                     "menguntungkan\", kata juru bicara Guo Lihua.\n")
    assert set(people(rows)) == {"Agustinus Sampe Tandiallo", "Tri Adhianto", "Guo Lihua"}
    assert quotes(rows) == [("Dua warga belum ditemukan,", "Agustinus Sampe Tandiallo"),
                            ("saling menguntungkan", "Guo Lihua")]


def test_a_name_in_use_after_a_passive_verb_of_naming_is_no_quote():
    rows = body_page("Warga mengaku menerima amplop, atau yang di kampung itu disebut \"serangan fajar\". Modus yang "
                     "dikenal sebagai \"ijon proyek\" ini bukan hal baru, kata Setyo Budiyanto. Skema itu kerap disebut "
                     "\"jalan tengah\", ujarnya.\n")
    assert quotes(rows) == []


def test_sanctuaries_and_reserves_are_places():
    rows = build("Loggers jailed\n\nMonday, 30 Mar 2026\n\nPHNOM PENH – Loggers cut trees in the Prey Lang Wildlife "
                 "Sanctuary, said prosecutor Chea Sopheap. Rangers guard the Tonle Sap Biosphere Reserve, he said.\n")
    assert set(people(rows)) == {"Chea Sopheap"}


def test_sri_lankan_page_counted_tail_markers_a_day_in_brackets_and_titled_names_after_a_short_name():
    rows = build("Station masters strike\n\n31 January 2025 02:22 pm\n\nThousands were stranded as station masters "
                 "launched a strike from midnight yesterday (30). Railways General Manager Anura Premaratne said few "
                 "trains ran.\n\nSri Lanka Railway Station Masters' Union (SLRSMU) Secretary Kasun Chamara Jayasekara "
                 "said the union wrote in December. \"This is not a sudden decision,\" Jayasekara said.\n\nDilrukshi "
                 "Fernando, a 34-year-old bank assistant from Ragama, said she waited two hours.\n\n\"Nobody announces "
                 "anything,\" she said. \"Every month it is a strike!\" one passenger was heard shouting.\n\nThe "
                 "railway could be declared an \"essential service\", officials said.\n\nComments - 0\n\nTop Stories\n"
                 "CEB proposes tariff cut from February\n30 January 2025 06:40 pm - 9\n")
    assert dates(rows)["yesterday (30)"] == (D(2025, 1, 30), "day")
    assert "February" not in dates(rows)
    assert set(people(rows)) == {"Anura Premaratne", "Kasun Chamara Jayasekara", "Dilrukshi Fernando"}
    assert quotes(rows) == [("This is not a sudden decision,", "Kasun Chamara Jayasekara"),
                            ("Nobody announces anything,", "Dilrukshi Fernando"),
                            ("Every month it is a strike!", None)]


def test_a_court_asking_in_a_second_clause_and_hope_looking_ahead():
    rows = build("Court pulls up city over potholes\n\nMonday, 12 August 2024\n\nBengaluru: The Karnataka High Court on "
                 "Monday pulled up the city corporation for its failure, and asked whether residents must \"risk their "
                 "lives every time they step out\". \"We hope to open one lane by Tuesday evening,\" engineer Ram "
                 "Bahadur Thapa said.\n")
    assert quotes(rows)[0] == ("risk their lives every time they step out", "Karnataka High Court")
    assert dates(rows)["Tuesday evening"] == (D(2024, 8, 13), "day")


def test_a_minang_title_stays_in_the_name_a_place_taken_for_no_speaker_and_a_quoting_paragraph_with_a_wire_tag():
    rows = body_page("Seorang sopir truk asal Solok, Syafrizal Dt. Rajo Mangkuto, mengaku tertahan. \"Kami tidur di oto,\" "
                     "keluh Syafrizal.\n\nWakil Ketua DPRD Sumbar Nurkhalis Chaniago meminta pemerintah tidak lagi "
                     "menjadikan Sitinjau Lauik sebagai proyek tambal sulam.\n\n\"Jangan tunggu ada korban jiwa,\" "
                     "tuturnya.\n\n\"Masyarakat diimbau menggunakan jalur alternatif via Padang Panjang,\" tulis BPBD "
                     "Kota Padang dalam keterangan resminya.(*/Antara)\n")
    # (the Minang adat title stays in the name, as most annotators and pages write it)
    assert quotes(rows) == [("Kami tidur di oto,", "Syafrizal Dt. Rajo Mangkuto"),
                            ("Jangan tunggu ada korban jiwa,", "Nurkhalis Chaniago"),
                            ("Masyarakat diimbau menggunakan jalur alternatif via Padang Panjang,", "BPBD Kota Padang")]
    assert set(people(rows)) == {"Syafrizal Dt. Rajo Mangkuto", "Nurkhalis Chaniago"}


def test_balinese_sasak_sundanese_and_manado_names_and_forms_of_address():
    rows = body_page("Kasatpol PP Kota Denpasar, Ida Bagus Made Oka Darmawan, menyebut personel siaga. Pemangku Pura Desa, "
                     "Jero Mangku Ketut Sandiyasa, mengingatkan umat. Kepala Dinas Pariwisata Lombok Tengah, Lalu Sapta "
                     "Wijaya, S.Pd, menyebut pengunjung naik tahun lalu. \"Nyale keluar banyak,\" kata Lalu Sapta. "
                     "Budayawan Sasak, TGH Lalu Ahmad Zaki, mengingatkan warga. Warga, Euis Komariah (52), cemas. "
                     "\"Sieun pisan,\" ujar Ceu Euis. Petani cengkih Hendrik Mamahit (71) mengeluh. \"Dulu torang bisa "
                     "dapat Rp120 ribu,\" kata Opa Hendrik. Kepala Dinas PUPR, Akhmad Fauzi Rahman, meninjau lokasi.\n")
    assert set(people(rows)) == {"Ida Bagus Made Oka Darmawan", "Ketut Sandiyasa", "Lalu Sapta Wijaya",
                                 "Lalu Ahmad Zaki", "Euis Komariah", "Hendrik Mamahit", "Akhmad Fauzi Rahman"}
    assert [speaker for _, speaker in quotes(rows)] == ["Lalu Sapta Wijaya", "Euis Komariah", "Hendrik Mamahit"]


def test_a_club_after_its_coach_someone_unnamed_before_a_quote_and_ethnic_groups():
    rows = body_page("Pelatih Siger Putra FC, Indra Kusuma Jaya, mengaku bangga. Seorang suporter berteriak dari tribun "
                     "timur usai peluit panjang, \"Tahun ini kita naik kasta!\" Salah seorang tatung, Yohanes Nyangun, 41 "
                     "tahun, mengatakan sudah berpuasa. Pria Dayak Salako itu siap. \"Inilah Singkawang,\" ujarnya.\n")
    assert "Siger Putra FC" in organisations(rows)
    assert set(people(rows)) == {"Indra Kusuma Jaya", "Yohanes Nyangun"}
    assert quotes(rows) == [("Tahun ini kita naik kasta!", None), ("Inilah Singkawang,", "Yohanes Nyangun")]


def test_datelines_before_a_bar_and_glued_to_the_outlet_by_a_comma_and_dash():
    rows = build("Stok Obat Malaria Menipis\n\n11 Jun 2025, 16:20 WIT\n\nTIMIKA, Seputarpapua.com | Persediaan obat "
                 "antimalaria menipis.\n")
    assert rows.article["dateline"] == "TIMIKA"
    glued = build("Kejati Maluku Tahan Mantan Raja\n\nSelasa, 21 November 2023\n\nTERASMALUKU.COM,-AMBON-Kejaksaan "
                  "Tinggi Maluku menahan mantan raja negeri yang diduga menyelewengkan dana desa untuk kepentingan "
                  "pribadi dan keluarganya.\n")
    assert glued.article["dateline"] == "AMBON"


def test_statements_of_institutions_named_only_by_their_paragraph_and_the_corporation():
    rows = body_page("Jasa Marga dalam keterangan resminya memastikan pekerjaan dihentikan. \"Tidak ada pekerjaan jalan "
                     "selama periode Nataru,\" tulis perusahaan pelat merah itu.\n")
    assert quotes(rows) == [("Tidak ada pekerjaan jalan selama periode Nataru,", "Jasa Marga")]
    assert people(rows) == {}
    english = build("Water supply holds\n\nWednesday, 18 September 2024\n\nRUNDU – The Namibia Water Corporation "
                    "(NamWater) said supply was steady. “Consumers are urged to use water sparingly,” the corporation "
                    "said.\n")
    assert quotes(english) == [("Consumers are urged to use water sparingly,", "Namibia Water Corporation")]


def test_filipino_names_with_quoted_nicknames_and_particles_and_a_province_after_the_town():
    rows = build("Fishing ban ends\n\nFriday, February 14, 2025\n\nESTANCIA, Iloilo – The closed season ends on Saturday. "
                 "Mayor Maria Lourdes “Malou” Dela Peña-Arnaiz said rice was given out. “We know the ban is painful,” "
                 "Malou said. Councilor Rodolfo \"Boy\" Tecson Jr. abstained. The Bureau of Fisheries and Aquatic "
                 "Resources (BFAR) Region 6 said the ban worked. Fishers would set out as early as Saturday dawn.\n")
    assert rows.article["dateline"] == "ESTANCIA, Iloilo"
    assert set(people(rows)) == {"Maria Lourdes Dela Peña-Arnaiz", "Rodolfo Tecson Jr."}
    assert quotes(rows) == [("We know the ban is painful,", "Maria Lourdes Dela Peña-Arnaiz")]
    assert dates(rows)["Saturday"] == (D(2025, 2, 15), "day")
    assert dates(rows)["Saturday dawn"] == (D(2025, 2, 15), "day")


def test_a_deadline_is_a_day_ahead():
    rows = build("Pawai Ogoh-ogoh Dibatasi\n\nDENPASAR – Desa adat menyepakati pembatasan pawai dalam rapat, Kamis "
                 "(20/3/2025). Pendaftaran ogoh-ogoh, imbuh dia, paling lambat Senin (24/3).\n")
    assert rows.article["published"] == D(2025, 3, 20)


def test_the_end_of_a_year_is_its_december_once_and_a_dateline_dash_glued_to_the_lead():
    rows = build("Proyek Rampung\n\nMedan (SIB) -Satuan Reserse Narkoba membongkar jaringan yang beroperasi sejak "
                 "akhir 2024, dan proyek ditargetkan rampung akhir tahun 2026.\n")
    assert rows.article["dateline"] == "Medan"
    assert [(row["text"], row["date"], row["granularity"]) for row in rows.dates] == [
        ("akhir 2024", D(2024, 12, 1), "month"), ("akhir tahun 2026", D(2026, 12, 1), "month")]


def test_an_english_tail_marker_on_an_indonesian_page():
    rows = build("Laba Bank Tumbuh 14 Persen\n\n30 Oktober 2024 / 17:25 WIB\n\nJakarta – Bank membukukan laba bersih "
                 "Rp2,31 triliun hingga September 2024, kata direktur utama Hartono Widjaja.\n\nRelated Posts\n"
                 "Asuransi Jiwa Catat Premi Rp140 Triliun hingga Agustus 2024\n28 Oktober 2024\n")
    assert "Related Posts" not in rows.article["body"]
    assert "28 Oktober 2024" not in dates(rows) and "Agustus 2024" not in dates(rows)


def test_a_list_of_references_under_the_article_is_not_its_content():
    rows = build("Kasus Campak Naik di Sekolah Dasar\n\n14 Mar 2025, 10:15 WIB\n\nJakarta - Dinas Kesehatan mencatat "
                 "kenaikan kasus campak sepanjang Februari 2025.\n\nReferensi:\nKementerian Kesehatan RI. Situasi Campak "
                 "di Indonesia. Diakses pada 13 Maret 2025.\nIkatan Dokter Anak Indonesia. \"Waspada Campak\". 2023.\n")
    assert "Referensi" not in rows.article["body"] and "Waspada" not in rows.article["body"]
    assert set(dates(rows)) == {"14 Mar 2025", "Februari 2025"}
    assert quotes(rows) == []


def test_wordpress_like_widgets_are_boilerplate():
    rows = build("Kejati Maluku Tahan Mantan Raja\n\nSelasa, 21 November 2023\n\nAMBON – Kejaksaan Tinggi Maluku menahan "
                 "mantan raja negeri yang diduga menyelewengkan dana desa.\n\nLike this:\nLike Loading...\n")
    assert "Like" not in rows.article["body"]


def test_nicknames_after_forms_of_address_and_a_one_word_name_introducing_one():
    rows = body_page("Salah seorang warga, Ahmad Rifa'i atau yang akrab disapa Wak Pi'i (58), mengaku rugi. \"Ikan habis, "
                     "Pak,\" tutur Wak Pi'i.\n\nSudarmono alias Pak Darmo (52), petani di Desa Lubuk Bento, mengaku "
                     "dihargai murah.\n\n\"Dapatnya cuma dua jutaan,\" ungkap Pak Darmo.\n\nSekretaris Forum Penyintas "
                     "Petobo, Abdul Kadir Lamasitudju, yang akrab disapa Om Ade, menyebut lahan belum tuntas. \"Kami "
                     "minta kepastian,\" papar Om Ade.\n")
    assert set(people(rows)) == {"Ahmad Rifa'i", "Sudarmono", "Abdul Kadir Lamasitudju"}
    assert [speaker for _, speaker in quotes(rows)] == ["Ahmad Rifa'i", "Sudarmono", "Abdul Kadir Lamasitudju"]


def test_british_councillors_ordinal_dates_and_a_kelantan_che():
    rows = build("Bus route axed\n\nPublished: 11th March 2025\n\nCllr Margaret Hetherington said the authority had no "
                 "alternative. Campaigner Bill Robson said the group would fight on. State committee secretary Datuk Che "
                 "Ahmad Rizal Mohd Nor said centres had opened. \"We are not there yet,\" Che Ahmad Rizal added.\n")
    assert rows.article["published"] == D(2025, 3, 11)
    assert set(people(rows)) == {"Margaret Hetherington", "Bill Robson", "Che Ahmad Rizal Mohd Nor"}
    assert quotes(rows) == [("We are not there yet,", "Che Ahmad Rizal Mohd Nor")]


def test_a_described_speaker_with_her_place_and_a_weekday_tomorrow():
    rows = body_page("\"Di gim ketiga saya sempat tertinggal,\" kata Ruth Naibaho seusai laga.\n\n\"Capek pasti ada,\" ucap "
                     "pemain asal Pematangsiantar, Sumatra Utara, itu sambil tertawa. Tim dijadwalkan turun ke lokasi "
                     "Rabu besok. Anggota DPRD Pamekasan, Ra Fathurrahman Hasyim, mendesak dinas.\n",
                     header="Ruth Lolos ke Final\n\nSenin, 28 April 2025\n")
    assert quotes(rows) == [("Di gim ketiga saya sempat tertinggal,", "Ruth Naibaho"), ("Capek pasti ada,", "Ruth Naibaho")]
    assert dates(rows)["Rabu besok"] == (D(2025, 4, 30), "day")
    assert set(people(rows)) == {"Ruth Naibaho", "Fathurrahman Hasyim"}


def test_an_author_line_before_a_dash_line_and_a_place_glued_after_the_outlet_and_a_bar():
    rows = build("NATION\n\nKelantan flood evacuees top 38,000 as rivers breach danger level\n\nPasir Mas and Tumpat remain "
                 "the worst-hit districts.\n\nNur Hasliza Mohd Salleh\n-\nDecember 3, 2024 4:15 PM\n\nKOTA BHARU: The "
                 "number of flood evacuees rose to 38,412.\n")
    assert rows.article["title"] == "Kelantan flood evacuees top 38,000 as rivers breach danger level"
    madura = build("Harga Garam Merosot\n\nKamis, 12 Juni 2025\n\nKABARMADURA.ID | PAMEKASAN–Memasuki awal musim produksi, "
                   "harga garam rakyat di Kabupaten Pamekasan justru merosot tajam.\n")
    assert madura.article["dateline"] == "PAMEKASAN"


def test_a_company_after_the_word_for_its_management():
    rows = body_page("Manajemen PT Sawit Sejahtera Mukomuko, salah satu PKS di wilayah tersebut, membantah tudingan itu.\n")
    assert "PT Sawit Sejahtera Mukomuko" in organisations(rows)
    assert people(rows) == {}


def test_a_day_of_the_year_before_or_after_publication():
    rows = build("Fishing ban ends\n\nFriday, February 14, 2025\n\nILOILO – The ban began on Nov. 15 last year. A review "
                 "is due on February 14 this year and a new plan on January 10 next year, officials said.\n")
    found = dates(rows)
    assert found["Nov. 15 last year"] == (D(2024, 11, 15), "day")
    assert found["February 14 this year"] == (D(2025, 2, 14), "day")
    assert found["January 10 next year"] == (D(2026, 1, 10), "day")
    indonesian = body_page("Larangan penangkapan ikan yang berlaku sejak 15 November tahun lalu itu dinilai merugikan para "
                           "nelayan di pesisir.\n", header="Larangan Tangkap Ikan\n\nJumat, 14 Februari 2025\n")
    assert dates(indonesian)["15 November tahun lalu"] == (D(2024, 11, 15), "day")


def test_a_short_name_with_capitals_inside_closing_an_organisation():
    rows = build("Floods\n\nTuesday, 3 December 2024\n\nKOTA BHARU: Rivers breached their danger levels on Tuesday. "
                 "\"More rain is expected until Thursday,\" the Malaysian Meteorological Department (MetMalaysia) said.\n")
    assert quotes(rows) == [("More rain is expected until Thursday,", "Malaysian Meteorological Department")]


def test_a_title_after_a_doctors_line_a_short_weekday_in_a_name_and_written_by_bylines():
    rows = build("Tuoi Tre News\n\nHigh tide floods dozens of streets in Ho Chi Minh City\n\nTue, October 22, 2024 | 14:32 "
                 "GMT+7\n\nA high tide flooded streets across the city on Monday evening, stranding commuters in Thu Duc "
                 "City and District 7 for hours.\n\nDr. Truong Minh Khoa, an urban water management expert at the city's "
                 "university of technology, said it was unrealistic to expect one project to end flooding.\n")
    assert rows.article["dateline"] is None
    assert "Thu" not in dates(rows)
    assert "Monday evening" in dates(rows)
    blog = build("Bocah 10 Tahun Tenggelam di Lubang Bekas Tambang di Palaran\n\nDitulis oleh Robithoh Jamil\n\nMinggu, 15 "
                 "Juni 2025\n\nSAMARINDA – Seorang bocah tenggelam di lubang bekas tambang batu bara di Palaran.\n")
    assert blog.article["title"] == "Bocah 10 Tahun Tenggelam di Lubang Bekas Tambang di Palaran"
    assert blog.article["authors"] == "Robithoh Jamil"


def test_a_site_name_above_its_menu_a_network_line_and_a_date_with_dashes():
    rows = build("MALANGTIMES\nPemerintahan | Ekonomi | Pendidikan | Peristiwa | Olahraga | Wisata | Kuliner | Hukum | "
                 "Politik | Opini | Video | Foto\nJATIMTIMES NETWORK: Batu Times | Jember Times | Banyuwangi Times\n"
                 "Ekonomi\n\nRevitalisasi Pasar Besar Malang Dimulai, 1.800 Pedagang Direlokasi\n\nPenulis: Nurul Fitriyah | "
                 "Editor: Dede Nana\n11 - Feb - 2025, 15:37\n\nMALANGTIMES - Pemkot Malang memulai revitalisasi Pasar "
                 "Besar Malang pekan ini. \"Dulu kami juga dipindah,\" kata Mbok Tun, pedagang sayur.\n")
    assert rows.article["title"] == "Revitalisasi Pasar Besar Malang Dimulai, 1.800 Pedagang Direlokasi"
    assert rows.article["published"] == D(2025, 2, 11)
    assert rows.article["dateline"] is None
    assert set(people(rows)) == {"Tun"}


def test_a_nickname_given_in_the_next_sentence_a_middle_initial_a_numbered_ward_and_a_place_slash_site():
    rows = body_page("Hal senada disampaikan Parlindungan Hutagalung, pedagang di Pasar Sei Sikambing. Pria yang akrab "
                     "disapa Ucok Galung itu menyebut petani gagal panen.\"Petani bilang buahnya busuk,\" tutur Ucok.\n")
    assert quotes(rows) == [("Petani bilang buahnya busuk,", "Parlindungan Hutagalung")]
    assert set(people(rows)) == {"Parlindungan Hutagalung"}
    english = build("Park to close\n\nWednesday, April 16, 2025\n\nPITTSFIELD — \"Nobody wants to knock it down,\" said Ward "
                    "4 Councilor Joanne M. Kowalczyk, who voted in favor.\n")
    assert quotes(english) == [("Nobody wants to knock it down,", "Joanne M. Kowalczyk")]
    assert set(people(english)) == {"Joanne M. Kowalczyk"}
    site = build("Orangutan Dilepasliarkan\n\nKamis, 4 Desember 2025\n\nPALANGKA RAYA/TABENGAN.CO.ID – Sebanyak delapan "
                 "orangutan hasil rehabilitasi dilepasliarkan ke taman nasional di Katingan.\n")
    assert site.article["dateline"] == "PALANGKA RAYA"


def test_a_nickname_given_after_a_short_description_opening_the_next_sentence():
    rows = body_page("Maria Goreti Seran (38), warga Oebobo, mengaku tiga minggu tidak mendapat air. Ibu tiga anak yang akrab "
                     "disapa Mama Ety itu membeli air tangki.\"Beta su tunggu dari pagi,\" ujar Mama Ety.\n")
    assert quotes(rows) == [("Beta su tunggu dari pagi,", "Maria Goreti Seran")]


def test_a_centre_opens_an_organisation():
    rows = body_page("Delapan orangutan hasil rehabilitasi Pusat Reintroduksi Orangutan Nyaru Menteng dilepasliarkan.\n")
    assert "Pusat Reintroduksi Orangutan Nyaru Menteng" in organisations(rows)


def test_a_range_over_the_turn_of_the_year_starts_the_year_before():
    rows = body_page("Polda Maluku menyiagakan 900 personel untuk pengamanan Natal dan tahun baru.\n\nPatroli "
                     "dijadwalkan berlangsung mulai pertengahan Desember hingga 1 Januari 2027.\n",
                     header="Polda Maluku Siagakan Ratusan Personel untuk Natal\n\nKamis, 3 Desember 2026\n")
    assert dates(rows)["pertengahan Desember"] == (D(2026, 12, 1), "month")
    assert dates(rows)["1 Januari 2027"] == (D(2027, 1, 1), "day")


def test_a_degree_after_a_name_is_no_one_and_tengku_opens_a_name():
    rows = body_page("Rapat digelar kemarin.\n\nKetua Forum Guru Honorer Riau, Tengku Said Fauzan, mengatakan banyak guru "
                     "berutang untuk ongkos.\n\nAnggota Komisi V, H. Ahmad Sofyan Al-Habsyi, Lc., mengatakan, “Jangan sampai masalah "
                     "administrasi membuat guru jadi korban.”\n")
    assert quotes(rows) == [("Jangan sampai masalah administrasi membuat guru jadi korban.", "Ahmad Sofyan Al-Habsyi")]
    assert set(people(rows)) == {"Tengku Said Fauzan", "Ahmad Sofyan Al-Habsyi"}


def test_a_minister_of_an_office_before_a_name_is_the_role_not_a_place():
    rows = build("Wells run dry\n\nNovember 30, 2026\nLETHEM - Villagers waited for water. Minister of Amerindian Affairs "
                 "Rosalind Cornelius-James, who visited the area, acknowledged that the response had been slow.\n\n"
                 "“We are not going to leave anybody behind,” Cornelius-James told reporters.\n")
    assert people(rows) == {"Rosalind Cornelius-James": "Minister of Amerindian Affairs"}
    assert quotes(rows) == [("We are not going to leave anybody behind,", "Rosalind Cornelius-James")]


def test_what_residents_are_calling_something_is_a_name_not_a_quote():
    rows = build("Wells run dry\n\nNovember 30, 2026\nLETHEM - Older residents, he said, are calling it “the big dry” and "
                 "compare it with the drought of 2015.\n")
    assert quotes(rows) == []


@pytest.mark.parametrize("lead, place", [
    ("SAMARINDA.NIAGA.ASIA — Sebuah tongkang menabrak pilar Jembatan Mahakam di Samarinda, Kamis malam.", "SAMARINDA"),
    ("Kupang, Kahaba.- Harga jagung pipilan kering di tingkat petani terus merosot dalam dua pekan terakhir.", "Kupang"),
    ("Denpasar (Metrobali.com)-Polresta Denpasar menyiagakan 1.250 personel gabungan untuk perayaan Natal.", "Denpasar"),
    ("Tribratanews.sulteng.polri.go.id – Palu. Direktorat Lalu Lintas Polda Sulawesi Tengah mencatat 4.318 pelanggaran.",
     "Palu"),
])
def test_datelines_glued_to_a_site_or_after_it(lead, place):
    rows = build("Judul Berita Daerah Hari Ini di Kota\n\nKamis, 3 Desember 2026 10:00 WIB\n\n" + lead +
                 "\n\nPetugas masih memeriksa lokasi kejadian bersama warga sekitar.\n")
    assert rows.article["dateline"] == place


def test_a_headline_with_a_date_after_its_words_is_no_date_line():
    rows = build("Home » Berita » Nasional\nMuhammadiyah Tetapkan 1 Ramadan 1448 H Jatuh pada Senin, 8 Februari 2027\n"
                 "Kamis, 3 Desember 2026 | 16:20 WIB\nOleh: Ahmad Fikri Haikal\n\nYOGYAKARTA – Pimpinan Pusat Muhammadiyah "
                 "resmi mengumumkan hasil hisab penentuan awal Ramadan.\n")
    assert rows.article["title"] == "Muhammadiyah Tetapkan 1 Ramadan 1448 H Jatuh pada Senin, 8 Februari 2027"
    assert rows.article["published"] == D(2026, 12, 3)


def test_an_initial_opening_a_name_stays_and_a_branch_after_an_organisation_is_no_one():
    rows = body_page("Kepala Dinas Pertanian Kabupaten Bima, Ir. M. Taufik Rahman, M.Si., mengakui pihaknya menerima laporan.\n\n"
                     "\"Kami sudah bersurat ke Kementerian Pertanian,\" jelas Taufik.\n\nPemimpin Cabang Perum Bulog Bima, "
                     "Andi Rahmat Sulaiman, mengatakan penyerapan dibatasi kuota. Hingga 20 Oktober, Bulog Cabang Bima baru "
                     "menyerap 1.850 ton jagung.\n\n\"Kami menunggu tambahan kuota dari pusat,\" ungkapnya.\n")
    assert quotes(rows) == [("Kami sudah bersurat ke Kementerian Pertanian,", "M. Taufik Rahman"),
                            ("Kami menunggu tambahan kuota dari pusat,", "Andi Rahmat Sulaiman")]
    assert set(people(rows)) == {"M. Taufik Rahman", "Andi Rahmat Sulaiman"}


def test_a_one_letter_initial_opens_a_name_and_an_apposition_with_an_article_is_not_the_speaker():
    indonesian = body_page("Kepala Dinas Perikanan Kota Tual, A. Gani Renhoat, menambahkan bahwa pemerintah akan membangun "
                           "pabrik es.\n")
    assert set(people(indonesian)) == {"A. Gani Renhoat"}
    english = build("Shea collectors wait for pay\n\nDecember 1, 2026\nGULU - Collectors say buyers owe them money.\n\n"
                    "\"We brought our nuts on credit,\" said Ms Grace Akello Lanyero, the chairperson of the group.\n\n"
                    "Ms Akello said some members had withdrawn their children from school.\n\nMs Sarah Lamwaka, a collector "
                    "from Lalogi Sub-county, told this newspaper: \"I have 12 bags at home and nowhere to take them.\"\n")
    assert quotes(english) == [("We brought our nuts on credit,", "Grace Akello Lanyero"),
                               ("I have 12 bags at home and nowhere to take them.", "Sarah Lamwaka")]


def test_a_weekday_written_with_an_apostrophe_opens_a_date():
    rows = build("Wisuda Ke-250 Digelar\n\nJum'at, 30 Oktober 2026\n\nSURABAYA - Sebanyak 1.200 lulusan diwisuda "
                 "pada Jum’at (30/10) di kampus.\n")
    assert dates(rows)["Jum'at, 30 Oktober 2026"] == (D(2026, 10, 30), "day")
    assert dates(rows)["Jum’at (30/10)"] == (D(2026, 10, 30), "day")


@pytest.mark.parametrize("marker", ["Siaran Pers Lainnya", "Tulisan Terkait", "Narahubung:"])
def test_lists_of_other_releases_and_contact_blocks_end_the_article(marker):
    rows = build("KKP Perketat Pengawasan Kuota Tangkap\n\nKamis, 3 Desember 2026\n\nJAKARTA - Kementerian Kelautan dan "
                 "Perikanan memperketat pengawasan kuota tangkap di Laut Arafura.\n\n" + marker + "\nKKP Tangkap Dua Kapal "
                 "Ikan Asing di Laut Natuna\nSenin, 07 Desember 2026\nYuliana Silalahi – Manajer Kampanye Tambang\n")
    assert set(dates(rows)) == {"Kamis, 3 Desember 2026"}
    assert "Natuna" not in rows.article["body"]


@pytest.mark.parametrize("marker", ["More in this section", "Media contact:"])
def test_english_lists_of_other_stories_and_contact_blocks_end_the_article(marker):
    rows = build("Nurses protest at Cork hospital\n\nDecember 8, 2026\nCORK - Nurses protested outside the hospital on "
                 "Monday over staffing.\n\n" + marker + "\nMan charged over Mallow assault\nMon, 07 Dec, 2026 - 21:15\n")
    assert set(dates(rows)) == {"December 8, 2026", "Monday"}


def test_a_ministry_with_a_two_word_name_names_no_one_after_it():
    rows = body_page("WALHI mendesak Kementerian Lingkungan Hidup melakukan audit lingkungan menyeluruh.\n")
    assert people(rows) == {}


@pytest.mark.parametrize("lead, place", [
    ("Luwuk, Kabarbanggai - Warga Kecamatan Pagimana mengeluhkan jalan rusak yang belum diperbaiki sejak tahun lalu.", "Luwuk"),
    ("Atambua, Timorline – Ratusan warga perbatasan mengantre bantuan beras di kantor desa sejak pagi hari.", "Atambua"),
])
def test_a_regency_seat_before_an_outlet_is_the_dateline(lead, place):
    rows = build("Judul Berita Daerah Hari Ini di Kota\n\nKamis, 3 Desember 2026 10:00 WIB\n\n" + lead +
                 "\n\nPetugas masih memeriksa lokasi kejadian bersama warga sekitar.\n")
    assert rows.article["dateline"] == place


def test_began_to_before_a_weekday_is_behind_and_weekdays_share_the_week_stated_after_them():
    rows = build("Banjir Rendam Desa Rungun\n\nRabu, 21 Oktober 2026\n\nPANGKALAN BUN - Air mulai naik Sabtu malam dan "
                 "mencapai puncaknya kemarin pagi. Pembagian bantuan dijadwalkan mulai hari Jumat.\n\n\"Puncak arus "
                 "diperkirakan Rabu dan Kamis pekan depan,\" ujar Sriasih.\n")
    found = dates(rows)
    assert found["Sabtu malam"] == (D(2026, 10, 17), "day")
    assert found["hari Jumat"] == (D(2026, 10, 23), "day")
    assert found["Rabu"] == (D(2026, 10, 28), "day")
    assert found["Kamis pekan depan"] == (D(2026, 10, 29), "day")
    conditional = build("Tarif Kapal Wisata Naik\n\nSabtu, 5 Desember 2026\n\nLABUAN BAJO - “Kalau dipaksakan 1 Januari, "
                        "yang rugi bukan hanya operator,” ujar Sebastianus.\n")
    assert dates(conditional)["1 Januari"] == (D(2027, 1, 1), "day")


def test_someone_unnamed_from_a_named_place_speaks_for_no_one_and_a_lower_case_title_opens_the_speaker():
    rows = body_page("Ondoafi Kampung Yoboi, Yakonias Pulanda, menyatakan dukungan.\n\nSeorang ibu di Kampung Yoboi yang "
                     "anaknya baru sembuh mengaku sempat takut. “Dulu kami pikir cukup minum daun pepaya saja,” katanya.\n\n"
                     "Direktur Jenderal Kemenkes, dr. Ratna Kusumawardhani, M.Epid., mengatakan jumlah kasus naik.\n\n"
                     "\"Leptospirosis ini sering terlambat dikenali,\" kata dr. Ratna saat meninjau RSUP Dr. M. Djamil Padang.\n\n"
                     "\"Pasien sudah kami tangani,\" kata juru bicara RSUD dr. Dradjat Prawiranegara.\n")
    assert quotes(rows) == [("Dulu kami pikir cukup minum daun pepaya saja,", None),
                            ("Leptospirosis ini sering terlambat dikenali,", "Ratna Kusumawardhani"),
                            ("Pasien sudah kami tangani,", "RSUD dr. Dradjat Prawiranegara")]


def test_days_of_the_hijri_calendar_take_the_gregorian_date_beside_them_or_a_reckoned_one():
    rows = build("Muhammadiyah Tetapkan Awal Ramadan\n\nKamis, 3 Desember 2026 | 16:20 WIB\n\nYOGYAKARTA - Muhammadiyah "
                 "menetapkan 1 Ramadan 1448 H jatuh pada Senin, 8 Februari 2027. Karena itu 1 Ramadan jatuh pada hari "
                 "yang sama di seluruh dunia. Peringatan Maulid, 12 Rabiulawal 1448 H, digelar di Masjid Gedhe.\n")
    found = dates(rows)
    assert found["1 Ramadan 1448 H"] == (D(2027, 2, 8), "day")
    assert found["1 Ramadan"] == (D(2027, 2, 8), "day")
    assert found["12 Rabiulawal 1448 H"] == (D(2026, 8, 26), "day")  # reckoned: the tabular calendar


def test_a_hijri_day_without_its_year_is_the_one_nearest_publication():
    from warta.build.extract.dates import from_hijri

    assert from_hijri(1446, 9, 1) == D(2025, 3, 1)
    rows = build("Jelang Idulfitri\n\nSenin, 16 Maret 2026\n\nJAKARTA - Pemerintah memperkirakan 1 Syawal jatuh pekan "
                 "depan.\n")
    assert dates(rows)["1 Syawal"] == (from_hijri(1447, 10, 1), "day")


def test_a_range_of_days_joined_by_a_word_is_valued_at_its_first_day_unless_the_first_number_counts_else():
    rows = body_page("Puncak arus diperkirakan pada 23 hingga 26 Desember nanti. Pendaftaran PPPK tahap 2 hingga "
                     "20 Januari 2025.\n", header="Judul Artikel Uji Coba Untuk Pola Tanggal\n\nKamis, 3 Desember 2026\n")
    found = dates(rows)
    assert found["23 hingga 26 Desember nanti"] == (D(2026, 12, 23), "day")
    assert found["20 Januari 2025"] == (D(2025, 1, 20), "day")


def test_a_one_word_place_after_to_a_city_with_es_and_a_full_name_in_an_apposition_kept_whole():
    english = build("Cashew prices fall\n\nDecember 3, 2026\nMTWARA - Farmers rejected the prices.\n\nOne buyer, Mr Rajesh "
                    "Pillai, whose firm exports raw nuts to Kerala, told The Citizen that processors were cautious. “Stocks "
                    "are high,” he said.\n\nProf Neema Kalinga, an economist at the University of Dar es Salaam, said "
                    "the crop should be processed locally.\n")
    assert quotes(english) == [("Stocks are high,", "Rajesh Pillai")]
    assert set(people(english)) == {"Rajesh Pillai", "Neema Kalinga"}
    indonesian = body_page("Pelatih Semen Padang, Rodrigo Valverde Braga, mengaku bangga.\n\n\"Kita tidak bermain untuk "
                           "bertahan,\" kata Valverde.\n")
    assert quotes(indonesian) == [("Kita tidak bermain untuk bertahan,", "Rodrigo Valverde Braga")]


@pytest.mark.parametrize("lead, place", [
    ("DIALEKSIS.COM | Banda Aceh - Jaksa Penuntut Umum menuntut mantan keuchik gampong empat tahun penjara.", "Banda Aceh"),
    ("LAMPUNG SELATAN (HARIANMOMENTUM.COM)--Sebuah truk bermuatan kelapa sawit terbakar di area antrean dermaga.",
     "LAMPUNG SELATAN"),
])
def test_a_place_after_a_site_and_a_bar_or_glued_to_a_double_dash(lead, place):
    rows = build("Judul Berita Daerah Hari Ini di Kota\n\nKamis, 3 Desember 2026 10:00 WIB\n\n" + lead +
                 "\n\nPetugas masih memeriksa lokasi kejadian bersama warga sekitar.\n")
    assert rows.article["dateline"] == place


def test_a_place_ending_with_the_letters_of_a_unit_title_is_no_unit():
    # "Kota Bekasi" ends with the letters of "Kasi" (head of section), not with the title
    rows = body_page("Kepala Dinas Pemadam Kebakaran Kota Bekasi, Asep Saepuloh, mengatakan laporan masuk pukul 13.05 WIB.\n")
    assert people(rows) == {"Asep Saepuloh": "Kepala Dinas Pemadam Kebakaran Kota Bekasi"}


def test_a_conjunction_opening_a_sentence_a_nickname_explained_after_and_a_priests_order_are_no_names():
    rows = body_page("Sutiyah (58) sudah berjualan lontong sejak 1998. Padahal Sutiyah membutuhkan 40 kilogram beras sehari.\n\n"
                     "Salah satunya, Ni Luh Putu Ayu Wulandari, mahasiswa magister, melatih model AI.\n\n\"Bagian tersulit itu "
                     "membedakan gejala,\" ungkap Wulan, sapaan akrabnya.\n\nTim peneliti Departemen Proteksi Tanaman "
                     "mengembangkan sistem itu. Pastor Kepala Paroki, Romo Agustinus Suharyanto, Pr, menyampaikan terima kasih.\n")
    assert quotes(rows) == [("Bagian tersulit itu membedakan gejala,", "Ni Luh Putu Ayu Wulandari")]
    assert set(people(rows)) == {"Sutiyah", "Ni Luh Putu Ayu Wulandari", "Agustinus Suharyanto"}


def test_a_count_before_minggu_is_weeks_and_a_dated_english_dateline_with_a_colon():
    rows = build("Drone IPB Deteksi Serangan Wereng Dua Minggu Lebih Awal\n\nSenin, 30 November 2026\n\nBOGOR - Tim peneliti "
                 "menguji drone di sawah.\n")
    assert "Minggu" not in dates(rows)
    english = build("Border hours extended\n\nDecember 2, 2026\n\nKUCHING, Dec 2: Sarawak and West Kalimantan agreed to "
                    "keep the crossing open. Indonesian Consul General in Kuching Raden Bimo Sasongko Adinegoro welcomed "
                    "the move.\n")
    assert english.article["dateline"] == "KUCHING"
    assert dates(english)["Dec 2"] == (D(2026, 12, 2), "day")
    assert set(people(english)) == {"Bimo Sasongko Adinegoro"}


def test_a_label_with_numbered_items_is_no_dateline():
    rows = build("Drone Pemantau Wereng\n\nSenin, 30 November 2026\n\nSDGs: 2 - Tanpa Kelaparan | 9 - Industri, Inovasi dan "
                 "Infrastruktur\n\nTim peneliti IPB University mengembangkan sistem pemantauan hama berbasis drone.\n")
    assert rows.article["dateline"] is None


def test_live_pages_a_created_stamp_and_an_abbreviated_middle_name():
    rows = build("Harian Umum Swara Kita - Manado\nHome › Sulut › Tomohon\nLIVE\n[LIVE] Erupsi Gunung Lokon: Status Naik ke "
                 "Siaga, Ratusan Warga Kakaskasen Mengungsi\nGunung Lokon di Kota Tomohon kembali erupsi, Sabtu siang. Ikuti "
                 "perkembangan terbaru di halaman ini.\nTim Liputan Swara Kita\nDibuat: Sabtu, 19 Desember 2026 - 11:48 "
                 "Wita | Diperbarui: 19/12/2026 - 21:10 Wita\nTOMOHON, SWARAKITA – Gunung Lokon di Kota Tomohon erupsi pada "
                 "Sabtu (19/12) siang.\n\nWali Kota Tomohon, Jemmy Ch. Lumintang, menetapkan status tanggap darurat.\n\n“Saya "
                 "minta warga tidak kembali ke rumah dulu,” kata Lumintang.\n")
    assert rows.article["title"].startswith("[LIVE] Erupsi Gunung Lokon")
    assert rows.article["published"] == D(2026, 12, 19)
    assert rows.article["dateline"] == "TOMOHON"
    assert quotes(rows) == [("Saya minta warga tidak kembali ke rumah dulu,", "Jemmy Ch. Lumintang")]


def test_an_english_stamp_with_a_clock_in_pm_a_picture_credit_and_aboriginal_honorifics():
    rows = build("Local News\nHunter Water brings in level one restrictions as Chichester Dam falls below 60 per cent\n"
                 "Hunter households will be asked to cut back on garden watering from Monday.\nBy Callum Whitfield\n"
                 "Updated November 27 2026 - 4:15pm, first published 1:32pm\nChichester Dam near Dungog, where levels have "
                 "fallen sharply. Picture by Keira Vasquez\nLevel one water restrictions will come into force across the Hunter "
                 "from Monday, the utility said.\n\nWonnarua elder Aunty Lorraine Kemp said the river was a relative. \"Water "
                 "isn't just a number in a dam,\" she said.\n")
    assert rows.article["published"] == D(2026, 11, 27)
    assert people(rows) == {"Lorraine Kemp": "Wonnarua elder Aunty"} or set(people(rows)) == {"Lorraine Kemp"}
    assert quotes(rows) == [("Water isn't just a number in a dam,", "Lorraine Kemp")]


def test_villages_by_their_local_names_are_places():
    rows = body_page("Hakim Konstitusi Ni Komang Sriwahyuni mempertanyakan status Ohoi Nerong sebagai kesatuan masyarakat "
                     "hukum adat. Ia mengatakan, “Apakah sudah ada penetapan melalui peraturan daerah?”\n\nWarga Kalurahan "
                     "Wonokromo menggelar kerja bakti.\n")
    assert quotes(rows) == [("Apakah sudah ada penetapan melalui peraturan daerah?", "Ni Komang Sriwahyuni")]
    assert set(people(rows)) == {"Ni Komang Sriwahyuni"}


def test_suspects_by_initials_their_nicknames_parties_to_a_case_and_a_prosecutor_before_his_office():
    rows = body_page("Jaksa Penuntut Umum (JPU) Kejaksaan Negeri Aceh Besar menuntut mantan keuchik, MN (46), tujuh tahun "
                     "penjara. Polisi menangkap SR alias Acong (36), perekrut. Kuasa hukum para Pemohon, Yohanes Ngabalin, "
                     "hadir.\n\n\"Airnya naik cepat sekali,\" kata seorang warga Kelurahan Ladang yang enggan disebut namanya.\n")
    assert set(people(rows)) == {"Yohanes Ngabalin"}
    assert quotes(rows) == [("Airnya naik cepat sekali,", None)]


def test_lessons_of_a_review_words_that_look_like_rules_but_are_not():
    # "wit" is no time zone; a headline with it and a date is no date stamp
    rows = build("Comedian's sharp wit wins over Jakarta crowd on 12 March 2026\n\nFriday, 13 March 2026\n\nJAKARTA - The "
                 "show sold out, and a second night is planned next week.\n")
    assert rows.article["title"].startswith("Comedian's sharp wit")
    assert rows.article["published"] == D(2026, 3, 13)
    # a cause before a weekday ahead keeps it ahead; a relative clause or a participle keeps a month behind
    indonesian = build("Jalan Ditutup\n\nRabu, 11 Maret 2026\n\nJAKARTA - Jalan itu akan ditutup akibat perbaikan jembatan "
                       "pada Senin. Pemerintah akan mengevaluasi program yang diluncurkan pada Februari.\n")
    assert dates(indonesian)["Senin"] == (D(2026, 3, 16), "day")
    assert dates(indonesian)["Februari"] == (D(2026, 2, 1), "month")
    english = build("Programme review\n\nMarch 11, 2026\n\nJAKARTA - The government will review the programme launched in "
                    "February. Talks were held last Monday and Thursday next week.\n")
    assert dates(english)["February"] == (D(2026, 2, 1), "month")
    assert dates(english)["last Monday"] == (D(2026, 3, 9), "day")
    # "according to" names a person; "calling on" is no naming; a Hijri day is not the far end of a range
    said = build("Deal signed\n\nMarch 11, 2026\n\nCANBERRA - The deal was signed, according to Albanese, after long talks. "
                 "Villagers are calling on the council to act, and Tomas Reyes said the delay was “simply unacceptable”.\n")
    assert "Albanese" in people(said)
    assert quotes(said) == [("simply unacceptable", "Tomas Reyes")]
    hijri = build("Libur Ramadan\n\nRabu, 11 Maret 2026\n\nJAKARTA - Libur sekolah dimulai 1 Ramadan hingga 15 Maret 2026.\n")
    assert dates(hijri)["1 Ramadan"] != (D(2026, 3, 15), "day")


def test_lessons_of_a_review_datelines_nicknames_and_appositions():
    colon = build("Rain record\n\nApril 2, 2026\n\nGEORGE TOWN: March was the wettest month on record in Penang, with "
                  "rainfall far above the average.\n")
    assert colon.article["dateline"] == "GEORGE TOWN"
    later = build("Palace statement\n\nApril 2, 2026\n\nMANILA - President Ferdinand Marcos Jr. met the envoys.\n\nLater, "
                  "a spokesman for Marcos told reporters: \"The talks went well.\"\n")
    assert "Later" not in people(later)
    nickname = body_page("Budi Santoso hadir di lokasi.\n\n\"Kami senang,\" kata Ani, sapaan akrab Siti Rohani.\n")
    assert quotes(nickname)[0][1] != "Budi Santoso"
    verb_range = body_page("Rapat kerja digelar 23 hingga 26 Desember 2025 di Jakarta.\n")
    assert dates(verb_range)["23 hingga 26 Desember 2025"] == (D(2025, 12, 23), "day")


def test_calendar_words_time_zones_church_titles_and_single_quoted_nicknames_are_no_speakers():
    rows = body_page("\"Parkir di bahu jalan akan diderek,\" demikian pengumuman yang sejak Rabu pagi disiarkan.\n\n"
                     "Wakil Rektor II, Prof. Dr. H. Muh. Ilham Syarif, M.Ag., yang menemui massa sekitar pukul 12.00 Wita, "
                     "menegaskan draf belum ditandatangani.\n\n‘Belum final,’ tegasnya.\n\nPenatua (Pnt.) Yohanis Kaunang, "
                     "petani cengkih, menyambut gerakan tersebut. \"Dulu torang tanam cengkih saja,\" kata Yohanis.\n\n"
                     "Pemangku adat, Jro Mangku Ketut Sudarma, mengingatkan warga.\n")
    assert quotes(rows) == [("Parkir di bahu jalan akan diderek,", None), ("Belum final,", "Muh. Ilham Syarif"),
                            ("Dulu torang tanam cengkih saja,", "Yohanis Kaunang")]
    assert set(people(rows)) == {"Muh. Ilham Syarif", "Yohanis Kaunang", "Ketut Sudarma"}
    english = build("Farmers count losses\n\nDecember 1, 2026\n\nSANTA CRUZ - Farmers are yet to recover.\n\n\"We lost "
                    "everything,\" said Desmond 'Bigga' Hylton, who has farmed here for 31 years.\n")
    assert quotes(english) == [("We lost everything,", "Desmond Hylton")]


def test_fixed_holidays_with_their_year_and_english_ones_alone_and_this_weekday_after_from():
    rows = body_page("Polresta menyiagakan personel untuk pengamanan Natal 2026 dan Tahun Baru 2027. Suasana Natal mulai "
                     "terasa.\n", header="Judul Artikel Uji Coba Untuk Pola Tanggal\n\nRabu, 16 Desember 2026\n")
    found = dates(rows)
    assert found["Natal 2026"] == (D(2026, 12, 25), "day")
    assert found["Tahun Baru 2027"] == (D(2027, 1, 1), "day")
    assert "Natal" not in found
    english = build("Levy checks\n\nNovember 24, 2026\n\nDENPASAR - Tourists will be checked from this Saturday, officials "
                    "said. \"We hope to avoid level two by Christmas,\" she said.\n")
    assert dates(english)["this Saturday"] == (D(2026, 11, 28), "day")
    assert dates(english)["Christmas"] == (D(2026, 12, 25), "day")
    market = build("Onion prices\n\nDecember 1, 2026\n\nKINGSTON - Growers were targeting the Christmas market.\n")
    assert "Christmas" not in dates(market)


def test_an_interview_answer_label_is_no_dateline_and_a_given_name_paired_with_a_full_name_is_a_person():
    rows = build("Wawancara Eksklusif Rodrigo Tavares: \"Kami Tidak Boleh Puas\"\n\nKamis, 03 Desember 2026 | 15:20 WIB\n\n"
                 "Tavares bahkan menyebut laga Sabtu nanti sebagai laga penting bagi anak asuhnya.\n\nBerikut petikan "
                 "wawancaranya:\n\nTavares: Secara fisik bagus. Kami punya empat hari recovery setelah laga di Makassar.\n\n"
                 "Tavares: Ya, sejak hari pertama saya bicara dengan manajemen. Asep dan Muhammad Iqbal "
                 "Fauzan dari akademi sudah siap.\n\nGelandang muda Asep Saepudin Hidayat mengaku banyak belajar. Ia "
                 "mengatakan, \"Coach selalu bilang jangan takut salah.\"\n\nBerdasarkan data klub, Persib unggul.\n")
    assert rows.article["dateline"] is None
    assert quotes(rows) == [("Coach selalu bilang jangan takut salah.", "Asep Saepudin Hidayat")]
    assert "Berdasarkan" not in people(rows)


def test_an_agency_by_its_acronym_and_province_speaks_under_the_name_the_page_gives_in_full():
    rows = body_page("Badan Pusat Statistik Provinsi Sumatera Selatan mencatat inflasi naik.\n\nDalam Berita Resmi Statistik "
                     "yang dibagikan kepada wartawan, BPS Sumsel menulis, \"Komoditas yang dominan adalah cabai merah.\"\n\n"
                     "Bank Indonesia Perwakilan Provinsi Sumatera Selatan memperkirakan tekanan harga belum mereda. Kepala "
                     "Perwakilan BI Sumsel, Taufik Hidayatullah, hadir.\n\n\"Tekanan inflasi diperkirakan meningkat,\" tulis "
                     "BI Sumsel.\n")
    assert quotes(rows) == [("Komoditas yang dominan adalah cabai merah.", "Badan Pusat Statistik Provinsi Sumatera Selatan"),
                            ("Tekanan inflasi diperkirakan meningkat,", "Bank Indonesia Perwakilan Provinsi Sumatera Selatan")]


def test_stamps_after_a_label_or_beside_a_reading_time_and_an_agency_whose_name_has_commas():
    english = build("Business > Industry\nHanmaru Shipbuilding bags $1.4b LNG carrier deal from Indonesia\nBy Kim Hyun-jin\n"
                    "Published : Oct. 22, 2026 - 15:31 Updated : Oct. 22, 2026 - 18:02\nThe yard said on Wednesday it had "
                    "signed the contract with an Indonesian energy company.\n")
    assert english.article["dateline"] is None
    assert english.article["published"] == D(2026, 10, 22)
    indonesian = build("indonesiakaya.com\nEksplorasi\nJelajah Indonesia\nKesenian\nKesenian / Nusa Tenggara Timur\nLego-Lego "
                       "Menyatukan Ribuan Penari di Kalabahi\nRatusan sanggar dari sembilan pulau di Kabupaten Alor berkumpul "
                       "dalam festival tahunan, merayakan tarian persaudaraan.\nDiterbitkan 09 Nov 2026 · 5 menit baca\n"
                       "Teks: Anindya Larasati · Foto: Rafael Lamawuran\nPara penari membentuk lingkaran besar di Lapangan "
                       "Mini Kalabahi pada malam puncak festival. (Foto: Indonesia Kaya/Rafael Lamawuran)\nDentang moko dan "
                       "gemerincing giring-giring di pergelangan kaki para penari memenuhi lapangan. Tarian itu "
                       "memenuhi Lapangan Mini Kalabahi, Sabtu (7/11) malam.\n\nDalam rilisnya, Badan Meteorologi, "
                       "Klimatologi, dan Geofisika (BMKG) menulis, \"Masyarakat diimbau mewaspadai potensi banjir.\"\n")
    assert indonesian.article["published"] == D(2026, 11, 9)
    assert quotes(indonesian) == [("Masyarakat diimbau mewaspadai potensi banjir.",
                                   "Badan Meteorologi, Klimatologi, dan Geofisika")]


def test_a_paper_after_a_known_place_a_crowd_shouting_and_words_for_kin_are_no_one():
    dateline = build("PSMS Menang Dramatis\n\nMinggu, 22 November 2026\n\nMedan, ORBIT - PSMS Medan meraih kemenangan dramatis "
                     "2-1 atas Sriwijaya FC pada lanjutan Liga 2.\n")
    assert dateline.article["dateline"] == "Medan"
    rows = body_page("Puncak acara adalah pementasan kolosal. Begitu gamelan calung berhenti, penonton di tribun timur serentak "
                     "berteriak, “Maning! Maning!”\n\nMasnah (58) sudah 30 tahun mengayuh jukung. Suami Masnah yang dulu "
                     "mengantar anak-anak meninggal tiga tahun lalu.\n\n“Kalau jembatan jadi, ulun bisa pensiun,” ujar Masnah.\n")
    assert quotes(rows) == [("Maning! Maning!", None), ("Kalau jembatan jadi, ulun bisa pensiun,", "Masnah")]
    assert set(people(rows)) == {"Masnah"}


def test_the_pages_own_paper_is_no_person_and_no_speaker():
    rows = build("The Shillong Times\n\nCrowds throng Nongkrem dance\n\nNovember 8, 2026\n\nSHILLONG, Nov 7: Deputy Commissioner "
                 "Banri Nongsiej told Shillong Times that over 40,000 visitors attended.\n\n\"Traffic was our biggest worry,\" "
                 "Shillong Times was told.\n\n© 2026 The Shillong Times. All rights reserved.\n")
    assert "Shillong Times" not in people(rows)
    assert all(speaker != "Shillong Times" for _, speaker in quotes(rows))


def test_a_description_points_to_the_one_whose_role_it_names_or_who_was_named_just_before():
    rows = body_page("Ketua Komisi C DPRD Makassar dari Fraksi PAN, Andi Muhammad Yasir Mappatoba, membuka rapat.\n\n\"Ini "
                     "sudah pembiaran,\" kata Yasir.\n\nKepala Dinas PU Kota Makassar, Zulkifli Nanda, menjelaskan pipa "
                     "bocor.\n\n\"Kami butuh waktu,\" ujar Zulkifli.\n\nDi akhir rapat, Komisi C menjadwalkan peninjauan.\n\n"
                     "\"Kami beri waktu,\" pungkas politikus PAN itu.\n\nSementara itu, anggota Komisi II dari Fraksi Golkar, "
                     "Bong Kim Fat, mengusulkan tim bersama. Politikus asal Singkawang itu mengatakan, \"Tim ini harus turun "
                     "ke lapangan.\"\n")
    assert quotes(rows)[2:] == [("Kami beri waktu,", "Andi Muhammad Yasir Mappatoba"),
                                ("Tim ini harus turun ke lapangan.", "Bong Kim Fat")]


def test_a_one_word_name_described_with_an_age_is_a_person_and_kenang_is_a_cue():
    rows = body_page("Di tengah mereka, Marselina Yamaro, perempuan Kamoro berusia 52 tahun, menunjuk huruf di papan tulis.\n\n"
                     "“Awalnya cuma cucu saya,” kenang Mama Marselina, pekan lalu.\n\nSri Rahayu Ningsih, guru SD Inpres "
                     "Kwamki, mengaku awalnya ragu.\n\n“Saya pikir ini cuma semangat sesaat,” tutur Sri.\n\nMenurut Sri, "
                     "sebagian besar anak kini sudah bisa membaca lancar.\n\nSalah satunya Ones, bocah 10 tahun yang gemar "
                     "membaca buku tentang hewan. Dengan malu-malu ia bercerita ingin menjadi dokter hewan.\n\n“Nanti saya "
                     "mau rawat kasuari yang sakit,” katanya lirih.\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Marselina Yamaro", "Sri Rahayu Ningsih", "Ones"]
    assert "Ones" in people(rows)


def test_a_fathers_title_after_bin_an_office_spoken_through_and_secretariats_are_no_one():
    english = build("Dengue clusters\n\nDecember 8, 2026\n\nBANDAR SERI BEGAWAN - Dr Norhayati binti Haji Abdul Rahman said the "
                    "ministry would act. Awang Ahmad Yusof bin Haji Omar, the village head, agreed.\n\n\"Our people are "
                    "willing,\" said Ahmad Yusof.\n")
    assert set(people(english)) == {"Norhayati binti Haji Abdul Rahman", "Ahmad Yusof bin Haji Omar"}
    indonesian = body_page("Sementara itu, Pemerintah Kabupaten Dogiyai melalui Bagian Protokol dan Komunikasi Pimpinan Setda "
                           "Dogiyai dalam siaran persnya menyatakan, \"Pemerintah daerah berkomitmen menuntaskan pembayaran.\"\n")
    assert quotes(indonesian) == [("Pemerintah daerah berkomitmen menuntaskan pembayaran.", "Pemerintah Kabupaten Dogiyai")]
    assert people(indonesian) == {}


def test_lessons_of_a_second_review_people_and_speakers():
    # a place in a description is where someone is from, not a role; an organisation's description is no person
    rows = body_page("Gubernur Sumatera Utara, Bobby Nasution, memberi bonus.\n\nPelari Rizky Ananda Saputra menang.\n\n"
                     "“Bonus ini untuk ibu saya,” ucap pelari asal Medan, Sumatera Utara, itu.\n\nKetua Partai Demokrat "
                     "Yahya Staquf hadir.\n\n“Kami solid,” kata Yahya.\n\nPartai itu menyatakan, “Kami tetap mendukung "
                     "pemerintah.”\n")
    found = quotes(rows)
    assert found[0][1] == "Rizky Ananda Saputra"
    assert found[2][1] != "Yahya Staquf"
    # months may name people; given names are not sentence openers; firms and villages with an age are no one
    named = body_page("Juni (45), pedagang sayur, mengeluh. “Pembeli berkurang setengahnya,” kata Juni.\n\nMantan Menteri "
                      "Perdagangan Mari Elka Pangestu hadir. Sritex, perusahaan tekstil berumur 60 tahun, bangkrut.\n\n"
                      "Pertandingan antara Bhayangkara dan Dewa United berakhir imbang. \"Kami puas,\" kata pelatih "
                      "Bhayangkara Paul Munster Hendrik.\n")
    assert quotes(named) == [("Pembeli berkurang setengahnya,", "Juni"), ("Kami puas,", "Paul Munster Hendrik")]
    assert "Mari Elka Pangestu" in people(named)
    assert "Sritex" not in people(named)


def test_lessons_of_a_second_review_holidays_and_datelines():
    rows = body_page("Polisi menyiapkan pengamanan malam Tahun Baru 2027 dan ibadah hari Natal 2026.\n",
                     header="Judul Artikel Uji Coba Untuk Pola Tanggal\n\nKamis, 10 Desember 2026\n")
    assert dates(rows)["malam Tahun Baru 2027"] == (D(2026, 12, 31), "day")
    assert dates(rows)["hari Natal 2026"] == (D(2026, 12, 25), "day")
    english = build("Boat sinks\n\nDecember 10, 2026\n\nDARWIN - A boat sank near Christmas Island. Last Christmas, a similar "
                    "boat sank, and the route had been safe since Christmas.\n")
    found = [(d["text"], d["date"]) for d in english.dates if d["text"] == "Christmas"]
    assert found == [("Christmas", D(2025, 12, 25)), ("Christmas", D(2025, 12, 25))]
    colon = build("Floods\n\nDecember 10, 2026\n\nSandakan: More than 300 flood victims were moved to relief centres on "
                  "Monday as rivers rose across the district.\n")
    assert colon.article["dateline"] == "Sandakan"


def test_an_office_of_several_words_before_a_name_a_given_name_that_is_a_word_elsewhere_and_terus():
    rows = build("Ferry woes\n\nDecember 3, 2026\n\nSCARBOROUGH - Tobago House of Assembly Secretary of Tourism, Culture and "
                 "Transportation Kwesi Alleyne-Nicholas said the division would meet ferry operators.\n\n\"We cannot keep "
                 "having this conversation,\" Alleyne-Nicholas said.\n\n\"We have not taken a boat out,\" said Mr Dan Otieno "
                 "Okoth, the chairman of the unit. The headman of Ban Nong Khan agreed.\n")
    assert quotes(rows) == [("We cannot keep having this conversation,", "Kwesi Alleyne-Nicholas"),
                            ("We have not taken a boat out,", "Dan Otieno Okoth")]
    indonesian = body_page("Terus terang, warga kecewa. \"Kami menunggu lama,\" kata Sumarno (50).\n")
    assert "Terus" not in people(indonesian)


def test_a_name_opening_a_sentence_with_its_title_after_it_is_a_person_and_a_river_named_alone_is_a_place():
    rows = body_page("Warga menggelar ritual di tepi Sungai Kobe.\n\nRosmina Sangaji, perempuan adat Sawai yang berkebun pala di "
                     "hulu Kobe, mengaku hasil kebunnya turun.\n\n\"Kami perempuan yang paling rasa,\" ucap perempuan 39 tahun "
                     "itu.\n\nYohanes Bosco Tukan, Direktur Advokasi Pengurus Besar AMAN, mengatakan pihaknya akan membawa "
                     "kasus ini ke Jakarta.\n")
    assert quotes(rows) == [("Kami perempuan yang paling rasa,", "Rosmina Sangaji")]
    assert set(people(rows)) == {"Rosmina Sangaji", "Yohanes Bosco Tukan"}


def test_someone_named_after_an_unnamed_speaker_ends_the_unnamed_ones_turn():
    rows = body_page("Warga menggelar ritual.\n\nSeorang warga yang enggan disebut namanya mengatakan, \"Kalau kami bicara "
                     "terlalu keras, nanti kami dipanggil polisi.\"\n\nYohanes Bosco Tukan, Direktur Advokasi Pengurus Besar "
                     "AMAN, mengatakan pihaknya akan membawa kasus ke Jakarta. Ia merujuk undang-undang lingkungan.\n\n"
                     "\"Negara tidak bisa terus diam,\" ujarnya.\n")
    assert quotes(rows) == [("Kalau kami bicara terlalu keras, nanti kami dipanggil polisi.", None),
                            ("Negara tidak bisa terus diam,", "Yohanes Bosco Tukan")]


def test_a_nickname_of_two_words_explained_after_is_the_one_named_before():
    rows = body_page("Zikir akan dipimpin ulama Aceh, Tgk. H. Zulfahmi Abdurrahman, Lc., M.A., Wakil Ketua MPU Aceh.\n\n"
                     "\"Musibah itu peringatan dari Allah,\" ujar Abu Zulfahmi, sapaan akrabnya, saat dihubungi kemarin.\n")
    assert quotes(rows) == [("Musibah itu peringatan dari Allah,", "Zulfahmi Abdurrahman")]


def test_a_breadcrumb_scraped_onto_the_headline_line_is_not_the_headline():
    rows = build("Serikat Petani Indonesia\nBeranda » Siaran Pers » Hari HAM Internasional: SPI Desak Polda Jambi Bebaskan "
                 "Empat Petani\nKamis, 10 Desember 2026 | 09:00 WIB\n\nJAKARTA. Serikat Petani Indonesia mendesak polisi "
                 "membebaskan empat petani yang ditangkap di Batang Hari.\n")
    assert rows.article["title"] == "Hari HAM Internasional: SPI Desak Polda Jambi Bebaskan Empat Petani"


def test_an_office_named_after_someone_that_speaks_is_the_office_not_the_person_it_is_named_after():
    rows = body_page("Banjir merendam 213 rumah di Kecamatan Hu'u.\n\nStasiun Meteorologi Sultan Muhammad Salahuddin Bima "
                     "dalam keterangan tertulisnya menyebutkan, \"Potensi hujan lebat masih dapat terjadi hingga pekan "
                     "depan.\"\n\nBadan Pengawasan Mahkamah Agung dalam keterangannya menyatakan, \"Kami menghormati "
                     "putusan itu.\"\n")
    assert quotes(rows) == [("Potensi hujan lebat masih dapat terjadi hingga pekan depan.",
                             "Stasiun Meteorologi Sultan Muhammad Salahuddin Bima"),
                            ("Kami menghormati putusan itu.", "Badan Pengawasan Mahkamah Agung")]
    assert people(rows) == {}


def test_civil_service_forecaster_and_police_ranks_before_english_names_are_roles_not_names():
    rows = build("Flood warning stays for the Western Division\n\nMonday, 7 December 2026\n\nSUVA – Heavy rain kept "
                 "rivers high across Viti Levu on Monday.\n\nSenior Forecaster Arieta Daunivalu said the depression would "
                 "move away by Wednesday. \"Rivers will remain high even after the rain eases,\" Daunivalu said.\n\n"
                 "Agriculture Undersecretary Ramon Villareal said the committee would meet next week.\n\nPolice Prosecutor "
                 "Corporal Mark Bentick objected to bail. \"The defendant has no fixed place of abode,\" Bentick told the "
                 "court.\n")
    assert quotes(rows) == [("Rivers will remain high even after the rain eases,", "Arieta Daunivalu"),
                            ("The defendant has no fixed place of abode,", "Mark Bentick")]
    assert {"Arieta Daunivalu", "Ramon Villareal", "Mark Bentick"} <= set(people(rows))
    assert not any(name.split()[0] in ("Senior", "Undersecretary", "Corporal") for name in people(rows))


def test_a_papers_name_alone_above_the_leads_own_dateline_is_a_credit_not_the_place():
    rows = build("Harian Ekonomi NERACA\nDaerah\nEkspor Tuna Maluku Naik, Pengusaha Keluhkan Ongkos Logistik\n"
                 "Senin, 02/11/2026\nNERACA\nAmbon – Nilai ekspor tuna dan cakalang asal Maluku terus menanjak sepanjang "
                 "Oktober, menurut catatan balai karantina.\nPelaku usaha mengeluhkan tingginya biaya logistik.\n")
    assert rows.article["dateline"] == "Ambon"
    assert rows.article["body"].startswith("Nilai ekspor tuna")


def test_a_government_sites_menu_is_not_the_headline():
    rows = build("Pemerintah Provinsi Maluku\nBeranda Profil Pemerintahan Berita Layanan Publik PPID Kontak\nCari...\n"
                 "Beranda » Berita » Berita Daerah\nPemprov Maluku Kirim 40 Ton Bantuan untuk Korban Banjir\n"
                 "Diposting oleh : Admin | 07 Desember 2026 | Dilihat : 318 kali\nFOTO: DOK. BIRO ADPIM SETDA MALUKU\n"
                 "Sekda Maluku melepas truk bantuan logistik di halaman Kantor Gubernur Maluku, Senin (7/12/2026).\n"
                 "AMBON – Pemerintah Provinsi Maluku "
                 "mengirimkan 40 ton bantuan logistik bagi warga yang terdampak banjir bandang pekan lalu.\n")
    assert rows.article["title"] == "Pemprov Maluku Kirim 40 Ton Bantuan untuk Korban Banjir"


def test_a_papers_name_opening_the_lead_with_a_dash_is_a_credit_and_no_place():
    rows = build("Gold dealer remanded over $46M scam\n\nNov 06, 2026\n\nKaieteur News – A gold dealer was yesterday "
                 "remanded to prison after he appeared in court charged with obtaining money by false pretences.\n")
    assert rows.article["dateline"] is None
    assert rows.article["body"].startswith("A gold dealer")


def test_an_abbreviated_muhammad_opens_the_name_it_stands_in():
    rows = body_page("Ketua Koperasi Unit Desa Sawit Makmur, Mhd. Arifin, mengaku menyerahkan uang Rp850 juta kepada "
                     "terdakwa dalam sidang kemarin.\n\n\"Uang itu saya serahkan langsung,\" kata Arifin.\n")
    assert quotes(rows) == [("Uang itu saya serahkan langsung,", "Mhd. Arifin")]
    assert set(people(rows)) == {"Mhd. Arifin"}


def test_a_disclaimer_with_a_colon_below_an_undated_story_is_no_dateline():
    rows = build("myjoyonline\nHome\nNews\nBusiness | Agribusiness\nCocoa farmers lose 40% of farms to swollen shoot\n"
                 "Source: Ama Owusu | Joy Business\nWednesday, November 4, 2026 3:42pm\n"
                 "Cocoa farmers in the Western North Region say the swollen shoot virus has wiped out close to 40 percent "
                 "of their farms in two years.\n"
                 "Speaking at a stakeholder forum at Sefwi Wiawso on Tuesday, the deputy chief executive said the board "
                 "was behind its own targets for the region.\n"
                 "\"We planned to rehabilitate 40,000 hectares in this region by the end of this year,\" she said, adding "
                 "that contractors had not been paid on time.\n"
                 "The chief of Asawinso, who chaired the forum, said many young people had left their farms for the "
                 "mines because they had nothing to harvest.\n"
                 "Tags:\nCOCOBOD\nRelated Articles\nTema Port congestion: Shippers call for urgent action\nOctober 27, 2026\n"
                 "DISCLAIMER: The Views, Comments, Opinions, Contributions and Statements made by Readers and Contributors "
                 "on this platform do not necessarily represent the views or policy of Multimedia Group Limited.\n")
    assert rows.article["dateline"] is None
    assert rows.article["body"].startswith("Cocoa farmers") or rows.article["body"].startswith("Speaking at")
    assert [text for text, _ in quotes(rows)] == [
        "We planned to rehabilitate 40,000 hectares in this region by the end of this year,"]


def test_a_press_office_or_a_papers_initials_beside_the_place_in_a_dateline_are_credits():
    office = build("Desa Adat Larang Kantong Plastik\n\nSelasa, 24 November 2026\n\nDenpasar (Humas Bali) – Pemerintah "
                   "Provinsi Bali bersama 40 desa adat sepakat melarang kantong plastik sekali pakai mulai Januari.\n")
    assert office.article["dateline"] == "Denpasar"
    initials = build("Dua Penimbun Solar Diamankan\n\nNovember 27, 2026\n\nSumbawa Besar, SR – Satuan Reserse Kriminal "
                     "Polres Sumbawa mengamankan dua warga yang diduga menimbun solar bersubsidi di gudang mereka.\n")
    assert initials.article["dateline"] == "Sumbawa Besar"
    province = build("Satgas Bangun Sarana Air Bersih\n\nKamis, 3 Desember 2026\n\nBelu, NTT – Satuan tugas pengamanan "
                     "perbatasan membangun sarana air bersih bagi warga Desa Silawan di Kabupaten Belu.\n")
    assert province.article["dateline"] == "Belu, NTT"


def test_a_range_of_months_is_two_dates_each_of_the_year_the_range_closes_with():
    rows = body_page("Realisasi Januari-Maret 2027 ditargetkan naik. Panen Oktober-Maret 2026 turun, sedangkan dana "
                     "Februari hingga Juni 2025 sudah cair.\n")
    found = dates(rows)
    assert found["Januari"] == (D(2027, 1, 1), "month") and found["Maret 2027"] == (D(2027, 3, 1), "month")
    assert found["Oktober"] == (D(2025, 10, 1), "month") and found["Maret 2026"] == (D(2026, 3, 1), "month")
    assert found["Februari"] == (D(2025, 2, 1), "month") and found["Juni 2025"] == (D(2025, 6, 1), "month")
    winter = dates(body_page("Musim hujan Desember 2026-Februari 2027 diprediksi lebih basah.\n"))
    assert winter["Desember 2026"] == (D(2026, 12, 1), "month") and winter["Februari 2027"] == (D(2027, 2, 1), "month")
    assert not any("-" in text for text in found)


def test_a_parents_acronym_with_a_name_only_one_office_carries_speaks_as_that_office():
    rows = body_page("Kapal tenggelam di Teluk Bone.\n\nStasiun Meteorologi Maritim Paotere Makassar dalam rilisnya menyebut "
                     "gelombang mencapai 2,5 meter. \"Kami sudah keluarkan peringatan gelombang tinggi sejak Jumat,\" tulis "
                     "BMKG Paotere.\n\nTemenggung Melayau, pemimpin salah satu rombong di hulu Sungai Makekal, menyambut tim. "
                     "\"Kami tidak takut jarum,\" kata Melayau.\n")
    assert quotes(rows) == [("Kami sudah keluarkan peringatan gelombang tinggi sejak Jumat,",
                             "Stasiun Meteorologi Maritim Paotere Makassar"),
                            ("Kami tidak takut jarum,", "Melayau")]


def test_an_english_by_line_on_an_indonesian_page_is_the_byline_not_the_headline():
    rows = build("SAWIT INDONESIA\nHome\nBerita Terbaru\nPerkebunan\nIndustri\nBerita Terbaru\n"
                 "Realisasi PSR Kalteng Baru 31 Persen, Petani Minta Syarat Legalitas Lahan Dipermudah\n"
                 "By Redaksi Sawit Indonesia\n25 Nov 2026, 13:47\n0\n"
                 "Suasana diskusi panel Forum Sawit Kalimantan 2026 di Palangka Raya. Foto: Dok. Sawit Indonesia\n"
                 "PALANGKA RAYA – Realisasi program peremajaan sawit rakyat di Kalimantan Tengah baru mencapai 31 persen "
                 "dari target tahun ini, menurut dinas perkebunan setempat.\n")
    assert rows.article["title"] == "Realisasi PSR Kalteng Baru 31 Persen, Petani Minta Syarat Legalitas Lahan Dipermudah"


def test_korean_family_names_that_are_titles_elsewhere_and_putri_opening_a_name_on_a_badminton_page():
    rows = body_page("Ganda putra Indonesia menundukkan pasangan Korea Selatan, Kang Min-seok/Park Jun-ho, di final.\n\n"
                     "Kang Min-seok mengakui keunggulan lawannya. \"Mereka lebih sabar di gim ketiga,\" kata Kang.\n\n"
                     "Dari nomor tunggal putri, Putri Anisa Lestari gagal menambah gelar. \"Saya kehilangan fokus,\" "
                     "ungkap Putri.\n\nTunggal putri: Putri Anisa Lestari (INA) vs Miyu Takahashi (JPN) 15-21, 21-19\n")
    assert quotes(rows) == [("Mereka lebih sabar di gim ketiga,", "Kang Min-seok"),
                            ("Saya kehilangan fokus,", "Putri Anisa Lestari")]
    assert {"Kang Min-seok", "Putri Anisa Lestari"} <= set(people(rows))


def test_groups_and_peoples_named_with_capitals_are_no_one_and_do_not_take_a_speakers_turn():
    rows = body_page("Kabid Humas Polda Riau, Kombes Pol Hasudungan Marpaung, mengatakan penangkapan dilakukan kemarin.\n\n"
                     "\"Api sengaja dinyalakan untuk membuka kebun,\" kata Hasudungan.\n\nMenurutnya, pemadaman baru tuntas "
                     "setelah petugas Manggala Agni dan Masyarakat Peduli Api bekerja selama 36 jam. Orang Rimba di hulu "
                     "sungai ikut mengungsi.\n\n\"Kami tidak main-main,\" tegasnya.\n")
    assert quotes(rows) == [("Api sengaja dinyalakan untuk membuka kebun,", "Hasudungan Marpaung"),
                            ("Kami tidak main-main,", "Hasudungan Marpaung")]
    assert set(people(rows)) == {"Hasudungan Marpaung"}


def test_the_sites_clock_above_the_headline_is_not_the_publication_date():
    rows = build("Sabtu, 05 Desember 2026\nbrindonews.com\nBeranda\nMaluku Utara\nEkonomi\nBeranda » Ekonomi\n"
                 "Gelombang Tinggi, Speedboat Ternate–Sofifi Berhenti Beroperasi\nReporter: Sukri Tomagola\n"
                 "Kamis, 3 Desember 2026 10:15 WIT\nTERNATE, BRN – Ratusan penumpang tertahan di pelabuhan setelah "
                 "otoritas pelabuhan menghentikan pelayaran speedboat sejak kemarin.\n")
    assert rows.article["published"] == D(2026, 12, 3)
    assert dates(rows)["kemarin"] == (D(2026, 12, 2), "day")


def test_closing_joking_and_warning_cues_name_their_speakers():
    rows = body_page("Pdt. Yohanis Kaize, tokoh gereja sekaligus tetua marga, menolak pembukaan lahan.\n\n"
                     "\"Kami akan berdoa di atas tanah kami sendiri,\" tutup Yohanis.\n\n\"Harga rica so mahal, torang tanam "
                     "sandiri jo,\" seloroh seorang ibu jemaat.\n\nStatus tanggap darurat ditetapkan selama 14 hari.\n\n"
                     "\"Jangan berbohong,\" tegur hakim ketua Yuliarni Chaniago.\n")
    assert quotes(rows) == [("Kami akan berdoa di atas tanah kami sendiri,", "Yohanis Kaize"),
                            ("Harga rica so mahal, torang tanam sandiri jo,", None),
                            ("Jangan berbohong,", "Yuliarni Chaniago")]


def test_chief_officers_and_chairpersons_are_roles_and_labs_are_organisations():
    indonesian = body_page("Perusahaan itu menghabiskan 18 bulan untuk mengumpulkan data. Chief Technology Officer Palanta Labs, "
                           "Michelle Gunawan, menjelaskan model mereka dilatih dengan data lokal.\n")
    assert set(people(indonesian)) == {"Michelle Gunawan"}
    english = build("Cocoa farmers count their losses\n\nWednesday, November 4, 2026\n\nACCRA – Mrs Comfort Adjoa Mensah, "
                    "the Western North Regional Chairperson of the Cocoa Farmers' Association, told reporters that women "
                    "farmers had been hit hardest.\n\n\"The woman who did the work gets nothing,\" she said.\n")
    assert quotes(english) == [("The woman who did the work gets nothing,", "Comfort Adjoa Mensah")]


def test_an_office_with_its_acronym_speaking_after_a_long_clause_and_a_company_with_its_regional_branch():
    rows = body_page("Petani mengeluhkan syarat legalitas lahan.\n\nSementara itu, Badan Pengelola Dana Perkebunan (BPDP) "
                     "dalam keterangan tertulis yang diterima redaksi, Rabu (25/11), menyebutkan: \"Penyaluran dana tetap "
                     "berjalan.\"\n\nDalam keterangan tertulis yang diterima SR, PT Pertamina Patra Niaga Regional "
                     "Jatimbalinus menyatakan, \"Kami mengapresiasi langkah kepolisian.\"\n")
    assert quotes(rows) == [("Penyaluran dana tetap berjalan.", "Badan Pengelola Dana Perkebunan"),
                            ("Kami mengapresiasi langkah kepolisian.", "PT Pertamina Patra Niaga Regional Jatimbalinus")]
    assert people(rows) == {}


def test_an_organisation_named_later_by_the_word_after_its_kind_is_that_organisation():
    rows = body_page("Yayasan Pusaka Bentala Rakyat mendesak pemerintah menghentikan pembukaan lahan.\n\nPusaka menilai "
                     "pemerintah lalai mengawasi perusahaan.\n\n\"Negara wajib memastikan tidak ada pohon sagu yang "
                     "ditebang,\" demikian pernyataan Pusaka yang diterima hari ini.\n")
    assert quotes(rows) == [("Negara wajib memastikan tidak ada pohon sagu yang ditebang,", "Yayasan Pusaka Bentala Rakyat")]
    assert people(rows) == {}


def test_a_day_a_spell_began_is_not_the_day_a_quote_was_said():
    rows = build("Kasus DBD di Makassar Melonjak\n\nSenin, 16 November 2026 12:00 WITA\n\nMAKASSAR – Kasus demam berdarah "
                 "melonjak dalam sebulan terakhir.\n\nDirektur rumah sakit, dr. Andi Mappatoba, menyebut sejak Sabtu "
                 "pihaknya membuka dua bangsal tambahan.\n\n\"Hari ini ada 34 pasien yang kami rawat,\" kata Andi.\n")
    assert dates(rows)["Hari ini"] == (D(2026, 11, 16), "day")
    assert dates(rows)["Sabtu"] == (D(2026, 11, 14), "day")


def test_the_same_month_last_year_is_the_month_named_before_a_year_back():
    rows = body_page("Balai karantina mencatat, sepanjang Oktober volume ekspor mencapai 2.000 ton, naik 18 persen dibanding "
                     "bulan yang sama tahun lalu.\n\nEkspor tahun lalu turun.\n",
                     header="Ekspor Tuna Maluku Naik\n\nSenin, 02 November 2026\n")
    found = dates(rows)
    assert found["bulan yang sama tahun lalu"] == (D(2025, 10, 1), "month")
    assert found["tahun lalu"] == (D(2025, 1, 1), "year")


def test_a_headline_in_capitals_under_a_you_are_here_trail_is_the_headline():
    rows = build("Pemerintah Kota Ambon\nAmbon Manise – City of Music\nBeranda Profil Pemerintahan Berita Layanan Publik PPID "
                 "Kontak\nAnda di sini: Beranda / Berita / Ekonomi\nPEMKOT AMBON GELAR PASAR MURAH DI LIMA KECAMATAN JELANG "
                 "NATAL\nRabu, 16 Desember 2026\nDitulis oleh Admin Diskominfo SP | Dibaca 1.203 kali\nAMBON – Pemerintah "
                 "Kota Ambon menggelar pasar murah di lima kecamatan untuk menekan harga bahan pokok jelang Natal.\n")
    assert rows.article["title"] == "PEMKOT AMBON GELAR PASAR MURAH DI LIMA KECAMATAN JELANG NATAL"


def test_a_date_lines_year_glued_to_the_papers_name_still_dates_the_page():
    rows = build("The National\nHome\nNews\nBusiness\nCoffee growers feel pinch as farm-gate prices slide\n"
                 "October 19, 2026The National\nBusiness, Main Stories\nCoffee growers in the Eastern Highlands say "
                 "farm-gate prices have fallen for a third straight month, and some left cherries on the trees last week.\n")
    assert rows.article["published"] == D(2026, 10, 19)
    assert dates(rows)["last week"] == (D(2026, 10, 12), "day")


def test_a_ministrys_name_over_its_menu_and_a_reporter_with_his_place_are_not_the_headline():
    ministry = build("Kementerian Pekerjaan Umum Republik Indonesia\nBeranda\nProfil\nBerita\nSiaran Pers\nPPID\nKontak\n"
                     "Cari...\nBeranda > Berita > Siaran Pers\nSIARAN PERS\nSelasa, 08 Desember 2026\nKementerian PU Rampungkan "
                     "Perbaikan Saluran Induk Irigasi Pammukkulu Pascabanjir Takalar\nDilihat: 1.284 kali\nTakalar - "
                     "Kementerian Pekerjaan Umum merampungkan perbaikan saluran induk irigasi yang rusak diterjang banjir.\n")
    assert ministry.article["title"] == ("Kementerian PU Rampungkan Perbaikan Saluran Induk Irigasi Pammukkulu "
                                         "Pascabanjir Takalar")
    reporter = build("Punch Newspapers\nHome\nNews\nPolitics\nHealthwise\nCholera: Kano records 41 deaths as NCDC deploys "
                     "response team\nIbrahim Adamu Dankano, Kano\nPublished 2 December 2026\nKindly share this story:\nThe "
                     "Kano State Government has confirmed 41 deaths from a cholera outbreak that has spread to 12 local "
                     "government areas.\n")
    assert reporter.article["title"] == "Cholera: Kano records 41 deaths as NCDC deploys response team"


def test_an_english_centre_or_institute_for_something_is_one_organisation_and_no_one():
    rows = build("Cholera deaths rise in Kano\n\nPublished 2 December 2026\n\nKANO – The state has recorded 41 deaths from "
                 "cholera.\n\nAlso, the Nigeria Centre for Disease Control and Prevention said in a statement on Monday that "
                 "it had deployed a response team.\n\nAny change should be paired with cash support, said economist Teodoro "
                 "Magsino Reyes of the Philippine Institute for Development Studies.\n")
    assert set(people(rows)) == {"Teodoro Magsino Reyes"}
    names = {actor["name"] for actor in rows.actors if actor["kind"] == "organization"}
    assert "Nigeria Centre for Disease Control and Prevention" in names


def test_a_malaysian_engineers_title_is_no_part_of_the_name():
    rows = build("Water cuts in Klang Valley\n\nNov 24, 2026\n\nPETALING JAYA – Air Selangor chief operating officer Ir "
                 "Abdul Halim Zainuddin said tankers would be sent to the worst-hit areas.\n\n\"We will deploy 95 water "
                 "tankers,\" Abdul Halim said.\n")
    assert quotes(rows) == [("We will deploy 95 water tankers,", "Abdul Halim Zainuddin")]


def test_a_ministry_answering_criticism_in_a_written_statement_speaks_for_itself():
    rows = body_page("Meity Makahanap, perempuan nelayan dari Kampung Bowone, menyebut warga menggelar aksi damai.\n\n"
                     "“Laut ini warisan tete nene moyang,” tegas Meity.\n\nMenanggapi kritik tersebut, Kementerian Kelautan "
                     "dan Perikanan (KKP) dalam keterangan tertulis yang diterima KIARA menyatakan, “Pengawasan terus "
                     "dilakukan melalui patroli terpadu.”\n")
    assert quotes(rows)[-1] == ("Pengawasan terus dilakukan melalui patroli terpadu.", "Kementerian Kelautan dan Perikanan")


def test_a_sites_tagline_over_its_menu_and_a_label_opening_the_headline_are_not_the_headline():
    tagline = build("KABAR MAPEGAA\nMedia Online Suara Kaum Tak Bersuara\nHOME\nBERITA PAPUA\nOPINI\nVIDEO\n"
                    "Friday, December 04, 2026\nJalan Nabire–Enarotali Rusak Parah, Pastor dan Pendeta Minta Pemerintah "
                    "Bertindak Sebelum Natal\nBy Kabar Mapegaa 6:21:00 PM BERITA PAPUA\nPaniai – Ruas jalan Nabire–Enarotali "
                    "rusak parah setelah hujan deras mengguyur wilayah itu selama dua pekan terakhir, kata warga.\n")
    assert tagline.article["title"].startswith("Jalan Nabire–Enarotali Rusak Parah")
    label = build("KIARA\nBeranda\nTentang Kami\nSiaran Pers\nHari Perikanan Sedunia 2026: Nelayan Tradisional Masih "
                  "Terhimpit Trawl\nPosted on 21 November 2026 by admin\nSiaran Pers\nHari Perikanan Sedunia 2026\n"
                  "Jakarta, 21 November 2026. Masyarakat nelayan di berbagai belahan dunia memperingati Hari Perikanan "
                  "Sedunia setiap tanggal 21 November dengan aksi di pantai.\n")
    assert label.article["title"] == "Hari Perikanan Sedunia 2026: Nelayan Tradisional Masih Terhimpit Trawl"


def test_heads_of_city_police_and_their_deputies_are_titles():
    rows = body_page("Pengamanan juga dilakukan bersama kepolisian. Kapolresta Banyumas, AKBP Dimas Aryo Nugroho, mengatakan "
                     "120 personel disiagakan. Wakapolrestabes Medan Hendra Saputra ikut memantau.\n")
    assert set(people(rows)) == {"Dimas Aryo Nugroho", "Hendra Saputra"}


def test_a_regional_office_over_two_provinces_is_one_organisation():
    rows = body_page("Perum Bulog Kantor Wilayah Maluku dan Maluku Utara memastikan pasokan beras aman hingga akhir tahun. "
                     "\"Stok beras di gudang Bulog Ambon saat ini cukup,\" demikian keterangan tertulis Perum Bulog Kantor "
                     "Wilayah Maluku dan Maluku Utara.\n")
    names = {actor["name"] for actor in rows.actors if actor["kind"] == "organization"}
    assert "Perum Bulog Kantor Wilayah Maluku dan Maluku Utara" in names
    assert quotes(rows) == [("Stok beras di gudang Bulog Ambon saat ini cukup,",
                             "Perum Bulog Kantor Wilayah Maluku dan Maluku Utara")]


def test_the_place_a_resident_named_before_comes_from_is_no_one():
    rows = body_page("Salah satu warga, Oma Yakomina Pattiasina (72), mengaku rela antre sejak subuh. Warga Batu Meja itu "
                     "membeli beras untuk kue Natal.\n\n“Di sini cuma Rp12.500, jadi beta datang pagi-pagi,” kata Oma "
                     "Yakomina.\n")
    assert set(people(rows)) == {"Yakomina Pattiasina"}
    assert quotes(rows) == [("Di sini cuma Rp12.500, jadi beta datang pagi-pagi,", "Yakomina Pattiasina")]


def test_someone_of_an_organisation_who_says_something_is_a_person_even_opening_a_sentence():
    rows = build("Rice tariff review\n\nNov 20, 2026\n\nMANILA – Economists warned that a tariff hike could push prices up.\n\n"
                 "Teodoro Magsino Reyes of the Philippine Institute for Development Studies said any change should be "
                 "paired with cash support.\n")
    assert set(people(rows)) == {"Teodoro Magsino Reyes"}


def test_a_fathers_haji_initial_inside_a_name_stays_in_it():
    rows = body_page("Kepala Balai Jalan Nasional, Ruslan H. Situmorang, mengatakan kerusakan parah.\n\n\"Kerusakan di ruas "
                     "itu paling parah,\" kata Situmorang.\n\nBupati H. Ahmad Dahlan ikut meninjau lokasi.\n")
    assert quotes(rows) == [("Kerusakan di ruas itu paling parah,", "Ruslan H. Situmorang")]
    assert set(people(rows)) == {"Ruslan H. Situmorang", "Ahmad Dahlan"}


def test_a_short_name_with_a_short_province_is_the_office_named_in_full():
    rows = body_page("Perum Bulog Kantor Wilayah Jawa Timur memastikan stok beras aman. “Kami juga menggelar operasi pasar "
                     "mulai pekan depan,” demikian pernyataan Bulog Jatim.\n\nBank Indonesia mencatat inflasi terkendali. "
                     "PT Bank Rakyat Indonesia (Persero) Tbk menyalurkan kredit.\n")
    assert quotes(rows) == [("Kami juga menggelar operasi pasar mulai pekan depan,", "Perum Bulog Kantor Wilayah Jawa Timur")]


def test_a_ministry_saying_words_in_a_press_release_is_the_ministry():
    rows = build("Trade deal signed\n\nNov 30, 2026\n\nDHAKA – Talks stalled last year, according to officials of the "
                 "Ministry of Commerce.\n\nThe Ministry of Commerce, in a press release, said \"negotiations on the second "
                 "phase will begin in January\" and would cover services.\n")
    assert quotes(rows) == [("negotiations on the second phase will begin in January", "Ministry of Commerce")]
    assert people(rows) == {}


def test_a_last_quote_before_the_stories_source_and_a_title_written_short_in_brackets():
    rows = build("Satgas Bangun Sarana Air Bersih di Perbatasan\n\nKamis, 3 Desember 2026\n\nBELU – Satgas membangun sarana "
                 "air bersih bagi warga perbatasan.\n\nTerpisah, Kepala Staf Kodam (Kasdam) IX/Udayana, Brigjen TNI Agus "
                 "Salim Siregar, mengapresiasi inisiatif satgas. Ketua Asosiasi Provinsi (Asprov) PSSI Lampung, H. Gunawan "
                 "Sanjaya, hadir.\n\n\"Keberadaan TNI di perbatasan harus dirasakan manfaatnya,\" ujar Kasdam di Makodam "
                 "IX/Udayana, Denpasar, Jumat (4/12).\n(Pendam IX/Udayana)\nTags: Satgas Pamtas\nShare this:\n")
    assert quotes(rows) == [("Keberadaan TNI di perbatasan harus dirasakan manfaatnya,", "Agus Salim Siregar")]
    assert "Kasdam" not in people(rows) and "Asprov" not in people(rows)


def test_a_papers_letters_in_the_dateline_are_the_brand_its_footer_writes():
    rows = build("brindonews.com\nBeranda\nEkonomi\nGelombang Tinggi, Speedboat Ternate–Sofifi Berhenti Beroperasi\n"
                 "Kamis, 3 Desember 2026 10:15 WIT\nTERNATE, BRN – Ratusan penumpang tertahan di pelabuhan setelah "
                 "pelayaran speedboat dihentikan sejak kemarin.\n\nTentang Kami | Redaksi\n© 2026 Brindonews. All rights "
                 "reserved.\n")
    assert rows.article["outlet"] == "Brindonews"
    assert rows.article["dateline"] == "TERNATE"


def test_a_government_press_office_in_the_dateline_is_not_the_outlet():
    rows = build("Pemerintah Provinsi Bali\nBeranda\nBerita\nDesa Adat Larang Kantong Plastik\nSelasa, 24 November 2026\n"
                 "Denpasar (Humas Bali) – Pemerintah Provinsi Bali bersama 40 desa adat sepakat melarang kantong plastik "
                 "sekali pakai mulai Januari.\n\nKontak | Peta Situs\n© 2026 Pemerintah Provinsi Bali. Hak cipta dilindungi.\n")
    assert rows.article["outlet"] == "Pemerintah Provinsi Bali"
    assert rows.article["dateline"] == "Denpasar"


def test_specialist_degrees_after_names_stay_whole_and_name_no_one():
    rows = body_page("Ketua tim, Dr. dr. Hj. Siti Chotimah Lubis, Sp.B.Subsp.Ped(K), menjelaskan persiapan operasi.\n\n"
                     "\"Yang paling menantang adalah hati,\" kata Siti.\n\nDokter spesialis anestesi, dr. Christian Gunawan "
                     "Tjandra, Sp.An-TI, mengatakan tantangan terbesar ada pada pembiusan.\n\nDosen Ilmu Kelautan, Dr. Ir. "
                     "Syamsul Bahri Lapawa, M.Si.Menurutnya, penanaman tidak bisa asal tancap.\n")
    assert quotes(rows) == [("Yang paling menantang adalah hati,", "Siti Chotimah Lubis")]
    assert set(people(rows)) == {"Siti Chotimah Lubis", "Christian Gunawan Tjandra", "Syamsul Bahri Lapawa"}


def test_an_organisation_word_with_a_possessive_suffix_is_no_one():
    rows = body_page("Peneliti Yohana Wenda mengatakan sampel diambil selama tiga bulan. Timnya menyebut partikel itu "
                     "sebagai pencemar yang tak terlihat.\n\n\"Kami tidak ingin menakut-nakuti warga,\" katanya.\n")
    assert set(people(rows)) == {"Yohana Wenda"}
    assert quotes(rows) == [("Kami tidak ingin menakut-nakuti warga,", "Yohana Wenda")]


def test_names_with_particles_written_short_okinas_and_noble_openers_with_a_given_name():
    rows = body_page("Salah seorang korban, Hj. Rosmawati br. Siregar (59), mengaku menjual kebun.\n\n\"Niat kami ibadah,\" "
                     "kata Rosmawati.\n\nKepala Seksi Penerangan Hukum Kejati Sulsel, Andi Muhammad Ikhsan Rachman, S.H., "
                     "menjelaskan kerugian negara.\n\n\"Ditemukan kerugian negara,\" terang Andi Ikhsan.\n")
    assert quotes(rows) == [("Niat kami ibadah,", "Rosmawati br. Siregar"),
                            ("Ditemukan kerugian negara,", "Andi Muhammad Ikhsan Rachman")]
    tongan = build("Dengue cases rise in Tongatapu\n\nDecember 3, 2026\n\nNUKUALOFA – Town officer ʻAlipate Kaufusi said "
                   "residents were cleaning their compounds. Sister Mele Vaipulu, a nurse, urged patients not to wait.\n")
    assert set(people(tongan)) == {"ʻAlipate Kaufusi", "Mele Vaipulu"}


def test_someone_whose_degrees_stand_between_name_and_verb_speaks_and_takes_the_turn():
    rows = body_page("Ketua MUI Surakarta, KH Abdul Rozaq, menilai razia belum cukup.\n\n\"Perlu pembinaan,\" jelasnya.\n\n"
                     "Dikonfirmasi terpisah, Kepala Satuan Polisi Pamong Praja (Satpol PP) Kota Surakarta, Didik Purwanto, "
                     "S.Sos., mengatakan pihaknya akan menggelar razia gabungan.\n\n\"Kami sudah koordinasi dengan Polresta "
                     "Surakarta,\" ujarnya.\n")
    assert quotes(rows)[-1] == ("Kami sudah koordinasi dengan Polresta Surakarta,", "Didik Purwanto")


def test_a_pronoun_speaking_after_someone_is_named_gives_him_the_next_turn():
    rows = body_page("Kapolrestabes Surabaya Dwi Handoko Marpaung mengatakan jalan akan ditutup.\n\n\"Kami imbau warga memakai "
                     "transportasi umum,\" tegas Dwi.\n\nUpacara peringatan Hari Pahlawan di Tugu Pahlawan rencananya dipimpin "
                     "Komandan Korem 084/Bhaskara Jaya, Brigjen TNI Yusuf Abdillah Harahap, selaku inspektur upacara. Ia "
                     "mengatakan peserta akan mengheningkan cipta.\n\n\"Kami ajak semua warga ikut berhenti sejenak,\" "
                     "pungkasnya.\n\nJaksa Anindya Kusuma Rahayu hadir di ruang sidang.\n\nAnindya membacakan tuntutan di "
                     "hadapan majelis hakim yang diketuai Ketut Darmaputra. Ia menyebut perbuatan terdakwa berlangsung lama."
                     "\n\n\"Menuntut pidana penjara 11 tahun,\" lanjutnya.\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Dwi Handoko Marpaung", "Yusuf Abdillah Harahap",
                                                        "Anindya Kusuma Rahayu"]


# --- review of the rules above: ordinary text they must leave alone ----------------------------


def test_a_spokesperson_after_a_companys_branch_is_still_a_person():
    rows = body_page("Pasokan listrik kembali normal. Kepala PT PLN Wilayah Maluku Budi Santoso mengatakan gangguan terjadi "
                     "karena kerusakan kabel.\n\n\"Kami sudah memperbaiki kabel itu,\" kata Budi.\n")
    assert quotes(rows) == [("Kami sudah memperbaiki kabel itu,", "Budi Santoso")]


def test_a_one_word_name_with_an_age_beside_an_office_named_after_a_place_stays_a_person():
    rows = body_page("Polres Bima Kota menangkap dua pelaku pencurian. Salah satu korban, Bima (34), mengaku motornya hilang."
                     "\n\n\"Saya parkir di depan rumah, pagi sudah hilang,\" kata Bima.\n")
    assert quotes(rows) == [("Saya parkir di depan rumah, pagi sudah hilang,", "Bima")]


def test_a_nickname_in_brackets_is_no_title_of_the_next_person():
    rows = body_page("Dua pemuda, Muhammad Rizky (Iki) dan sahabatnya Andi Saputra, diamankan polisi.\n\n\"Kami hanya pulang "
                     "dari rumah teman,\" kata Iki.\n")
    assert quotes(rows) == [("Kami hanya pulang dari rumah teman,", "Muhammad Rizky")]


def test_a_short_provincial_office_is_no_form_of_a_district_office():
    rows = body_page("Dinas Kesehatan Kabupaten Maluku Tengah mencatat 120 kasus demam berdarah.\n\n\"Kami kirim sepuluh "
                     "dokter pekan depan,\" tulis Dinkes Maluku dalam keterangan tertulis.\n")
    assert quotes(rows)[0][1] != "Dinas Kesehatan Kabupaten Maluku Tengah"


def test_a_short_headline_on_the_first_line_over_its_standfirst_is_the_headline():
    rows = build("Banjir Rendam Jakarta Utara\nRibuan warga mengungsi ke masjid dan sekolah terdekat\n\nKamis, 13 Februari "
                 "2025\nJAKARTA -- Banjir setinggi satu meter merendam ratusan rumah di Jakarta Utara sejak Rabu malam.\n")
    assert rows.article["title"] == "Banjir Rendam Jakarta Utara"


def test_the_same_month_last_year_counts_from_the_month_named_last():
    rows = build("Inflasi Maluku Turun\n\nKamis, 2 Januari 2025\nAMBON -- BPS Maluku pada Kamis (2/1) mencatat inflasi "
                 "Desember 2024 sebesar 0,3 persen, lebih rendah dibanding bulan yang sama tahun lalu.\n")
    assert dates(rows)["bulan yang sama tahun lalu"] == (D(2023, 12, 1), "month")


def test_for_a_day_or_a_country_after_an_organisation_is_not_its_name():
    rows = build("Floods close the old bridge in the valley\n\nNovember 23, 2026\n\nSUVA – Residents thanked the Nausori "
                 "Town Council for Sunday evening meals. Prime Minister Sitiveni Rabuka also asked the Asian Development "
                 "Bank for Fiji funding.\n")
    names = {actor["name"] for actor in rows.actors if actor["kind"] == "organization"}
    assert {"Nausori Town Council", "Asian Development Bank"} <= names


def test_ordinary_capitalised_words_are_no_titles_and_malls_no_organisations():
    rows = build("Traders count losses after the market fire\n\nNovember 23, 2026\n\nNAIROBI – Mama Mboga vendors said "
                 "they lost everything. Private Security Regulatory Authority officials visited, and Major Roads Authority "
                 "engineers inspected the road. Others queued at HarbourFront Centre before dawn.\n")
    assert people(rows) == {}
    names = {actor["name"] for actor in rows.actors if actor["kind"] == "organization"}
    assert {"Private Security Regulatory Authority", "Major Roads Authority"} <= names
    assert not any("Centre" in name for name in names)


def test_telling_someones_story_is_no_speech_cue_and_a_volunteers_title_stays_out_of_a_group():
    rows = body_page("Dalam sambutannya, Eri Cahyadi menceritakan kisah Siti Aminah, pedagang sayur: \"Usaha kecil bisa "
                     "tumbuh besar.\"\n")
    assert quotes(rows)[0][1] != "Siti Aminah"


def test_abbreviated_cities_are_datelines_not_credits():
    city = build("Floods close the old bridge in the valley\n\nNovember 23, 2026\n\nST. LOUIS, Missouri – Heavy rain "
                 "closed the old bridge on Sunday, officials said, and traffic was diverted.\n")
    assert city.article["dateline"] == "ST. LOUIS, Missouri"


def test_a_dateline_after_three_teaser_paragraphs_still_opens_the_story():
    teaser = ("Harga kebutuhan pokok di pasar tradisional terus naik menjelang hari raya dan warga mulai mengeluhkan "
              "daya beli yang menurun dari pekan ke pekan.\n")
    rows = build("Pemkot Ambon Gelar Pasar Murah\n\nKamis, 13 Februari 2025\n" + teaser * 3 +
                 "AMBON -- Pemerintah Kota Ambon menggelar pasar murah di lima kecamatan untuk menekan harga.\n")
    assert rows.article["dateline"] == "AMBON"


def test_a_titled_name_ending_with_a_place_word_and_dotted_degrees_after_it_is_a_person():
    rows = body_page("Dekan Fakultas Pertanian, Dr. Ir. Maria Goreti Kolo Lake, M.P., mengatakan riset sudah berjalan sejak "
                     "2021.\n\n\"Kami memulai dari 40 aksesi sorgum lokal,\" kata Maria.\n")
    assert quotes(rows) == [("Kami memulai dari 40 aksesi sorgum lokal,", "Maria Goreti Kolo Lake")]


def test_an_institution_in_brackets_after_the_place_is_a_credit_and_a_street_address_no_dateline():
    rows = build("Komisi E Minta Razia Narkoba Diperketat\n\n24/11/2026\n\nMedan (DPRD Sumut) – Komisi E DPRD Sumatera Utara "
                 "meminta kepolisian memperketat razia narkoba di tempat hiburan malam.\n")
    assert rows.article["dateline"] == "Medan"
    address = build("BP Batam Percepat Pembangunan Pelabuhan\n\nSelasa, 03 November 2026 | Humas BP Batam\n\nBP Batam "
                    "mempercepat pembangunan pelabuhan peti kemas di Batu Ampar yang ditargetkan rampung tahun depan.\n\n"
                    "Jl. Ibnu Sutowo No. 1, Batam Center, Kota Batam, Kepulauan Riau 29400, telepon kantor pusat BP Batam\n")
    assert address.article["dateline"] is None


def test_a_footer_marker_inside_a_word_of_a_quote_and_a_resident_in_apposition():
    rows = body_page("Polisi meringkus dua pria yang memotong kabel.\n\n\"Warga yang jeli melihat tidak ada mobil dinas, lalu "
                     "menghubungi kami,\" ujar Kapolresta Iwan Setiawan.\n\nWarga, Sukiyem, mengaku awalnya ragu menelepon.\n")
    assert [text for text, _ in quotes(rows)] == ["Warga yang jeli melihat tidak ada mobil dinas, lalu menghubungi kami,"]
    assert "Sukiyem" in people(rows)


def test_a_company_named_alone_before_its_chief_is_not_the_chiefs_first_name():
    rows = body_page("Startup agritech asal Jember, Jalatani, mengumumkan pendanaan awal. Jalatani didirikan pada Juni 2024.\n\n"
                     "\"Petani kita bukan tidak mampu membayar,\" kata CEO Jalatani Parlindungan Hutagalung.\n")
    assert quotes(rows) == [("Petani kita bukan tidak mampu membayar,", "Parlindungan Hutagalung")]


def test_a_radio_stations_name_echoed_in_its_footer_and_a_news_ticker_are_not_the_headline():
    radio = build("LPPL RADIO LUHAK NAN TUO 102.5 FM\nRadio Publik Kabupaten Tanah Datar\nBeranda Berita Info Nagari Jadwal "
                  "Siaran Program Tentang Kami Hubungi Kami\nBERITA DAERAH\nEnam Sirine Peringatan Dini Lahar Dingin "
                  "Terpasang di Nagari Sungai Jambu\nAhad, 29 November 2026 | 07:45 WIB\nBatusangkar, LNT FM — BPBD "
                  "Kabupaten Tanah Datar memasang enam sirine peringatan dini lahar dingin di lereng Gunung Marapi.\n"
                  "LPPL RADIO LUHAK NAN TUO 102.5 FM — Suara Luhak Nan Tuo\n")
    assert radio.article["title"].startswith("Enam Sirine Peringatan Dini")
    ticker = build("Media Perkebunan\nInformasi Perkebunan Terkini dan Terpercaya\nLogin | Daftar\nTERKINI: Harga TBS Riau "
                   "Periode I Desember Naik Rp45 per Kg • Ekspor Kopi Lampung Tembus 6.000 Ton • Harga Karet Turun di "
                   "Pasar Lelang\nSawit\nKaret\nKopi\nKakao\nLewat Jalur Kemitraan, PSR di Tanjung Jabung Barat Kejar 4.000 "
                   "Hektare\nJumat, 4 Desember 2026\nProgram peremajaan sawit rakyat di Tanjung Jabung Barat dipercepat "
                   "lewat jalur kemitraan dengan perusahaan perkebunan.\n")
    assert ticker.article["title"] == "Lewat Jalur Kemitraan, PSR di Tanjung Jabung Barat Kejar 4.000 Hektare"
    assert ticker.article["dateline"] is None


# --- second review: ordinary text the rules above must leave alone -----------------------------


def test_a_dateline_below_an_undated_story_or_after_its_related_list_opens_no_story():
    story = ("Pemerintah Kota Ambon menggelar pasar murah di lima kecamatan untuk menekan harga kebutuhan pokok yang terus "
             "naik menjelang hari raya tahun ini.\n\nWali Kota Ambon Bodewin Wattimena mengatakan pasar murah akan digelar "
             "setiap pekan sampai akhir bulan depan di halaman kantor kecamatan.\n\nWarga menyambut baik kegiatan itu "
             "karena harga beras dan minyak goreng di pasar tradisional terus naik sejak awal bulan ini.\n\n\"Kami "
             "berharap harga bisa kembali stabil sebelum Lebaran,\" kata Bodewin kepada wartawan di Balai Kota Ambon.\n\n")
    rows = build("Pemkot Ambon Gelar Pasar Murah\n\nKamis, 13 Februari 2025\n\n" + story + "Berita Terkait\n\nAMBON -- "
                 "Pemerintah Provinsi Maluku menyiapkan 50 ton beras untuk operasi pasar di seluruh kabupaten.\n")
    assert rows.article["dateline"] is None
    assert quotes(rows) == [("Kami berharap harga bisa kembali stabil sebelum Lebaran,", "Bodewin Wattimena")]
    titled = build("Pemkot Ambon Gelar Pasar Murah\n\nKamis, 13 Februari 2025\n\n" + story + "Jakarta - Sementara itu, "
                   "Badan Pangan Nasional memastikan stok beras nasional aman hingga Lebaran tahun ini.\n")
    assert titled.article["dateline"] is None and len(quotes(titled)) == 1


def test_a_pronoun_inside_a_quotation_speaks_for_no_one_new():
    rows = body_page("Warga, Siti Aminah, mengatakan banjir datang tengah malam. \"Saya menelepon Lurah Joko Susilo jam enam. "
                     "Dia bilang bantuan segera datang.\"\n\n\"Sampai sore tidak ada yang datang,\" ujarnya.\n")
    assert quotes(rows)[-1] == ("Sampai sore tidak ada yang datang,", "Siti Aminah")


def test_the_same_month_last_year_after_a_day_counts_from_the_month():
    rows = build("Inflasi Maluku Turun\n\nSelasa, 4 Februari 2025\nAMBON -- Inflasi Maluku pada Januari 2025 yang diumumkan "
                 "BPS pada Senin (3/2) sebesar 0,3 persen, lebih rendah dibanding bulan yang sama tahun lalu.\n")
    assert dates(rows)["bulan yang sama tahun lalu"] == (D(2024, 1, 1), "month")


def test_short_titles_in_brackets_after_long_titles_initials_and_places_named_after_people():
    rows = body_page("Komandan Pangkalan TNI Angkatan Laut (Danlanal) Ambon, Kolonel Laut (P) Budi Santoso Wibowo, mengatakan "
                     "patroli ditambah.\n\n\"Kami siagakan dua kapal,\" ujar Danlanal.\n\nKapolresta Ambon Kombes R. A. "
                     "Siregar mengatakan jalur laut aman. \"Tidak ada gangguan,\" kata Siregar.\n")
    assert quotes(rows) == [("Kami siagakan dua kapal,", "Budi Santoso Wibowo"), ("Tidak ada gangguan,", "R. A. Siregar")]
    roads = build("Floods close the old bridge in the valley\n\nNovember 23, 2026\n\nMUMBAI – Floodwater reached Dr. "
                  "Ambedkar Road and the Mr. Bean Market on Sunday, officials said.\n")
    assert people(roads) == {}
    shops = build("Shoppers flock to Batam\n\nNovember 23, 2026\n\nSINGAPORE – Thousands crossed to Batam Centre for "
                  "Christmas shopping, and others queued at HarbourFront Centre for Black Friday deals.\n")
    assert not any(" for " in actor["name"] for actor in shops.actors)


def test_the_sites_own_desk_under_the_headline_is_a_byline():
    rows = build("Thai PBS World\nHome | Thailand | ASEAN | World | Business\nEnvironment\nChiang Mai bans open burning from "
                 "February as early haze returns to the north\nThai PBS World's Northern Bureau\n15th Dec 2026\nShare\n"
                 "Chiang Mai will ban all open burning in farmland and forest areas from February 1, the province said.\n")
    assert rows.article["title"] == "Chiang Mai bans open burning from February as early haze returns to the north"


def test_league_acronym_menus_price_tickers_and_headlines_with_a_place_are_not_bylines_or_headlines():
    rows = build("MAINBASKET\nIBL WIBA NBA Liga Mahasiswa DBL Timnas Video\nIBL\nDewa United Tundukkan Prawira di Laga "
                 "Pramusim, Yonatan Wenda Bersinar\nSabtu, 12 Desember 2026 | 21.47\nPenulis: Yoga Prasetya | Editor: Dimas "
                 "Aryo\nTANGERANG – Dewa United Banten menutup rangkaian laga pramusim dengan kemenangan 81-74 atas Prawira.\n")
    assert rows.article["title"] == "Dewa United Tundukkan Prawira di Laga Pramusim, Yonatan Wenda Bersinar"
    reporter = build("Floods close the old bridge in the valley\nBernadette Maria Lim\nNovember 23, 2026\n\nSUVA – The river "
                     "bridge was closed on Sunday after floods, officials said, and traffic was diverted.\n")
    assert reporter.article["title"] == "Floods close the old bridge in the valley"
    assert reporter.article["authors"] == "Bernadette Maria Lim"
    ticker = build("Nikel.co.id\nHARGA NIKEL LME: US$15.420/ton ▲0,8% | HPM Nikel 1,8%: US$32,15/wmt\nBeranda\nTambang\n"
                   "Longsor di Pit Tambang Morowali Tewaskan Operator\nKamis, 15 Oktober 2026\nMOROWALI – Longsor terjadi di "
                   "salah satu pit tambang nikel di Morowali dan menewaskan seorang operator alat berat.\n")
    assert ticker.article["title"] == "Longsor di Pit Tambang Morowali Tewaskan Operator"


def test_a_section_from_the_menu_above_the_date_line_is_not_the_headline():
    rows = build("KATAKALTIM\nSamarinda\nBalikpapan\nKukar\nHukum & Kriminal\nPolisi Bongkar Tambang Batu Bara Ilegal di Loa "
                 "Janan, Dua Pemodal Jadi Tersangka\nHukum & Kriminal\nNov 19, 2026 2:05 PM\nby Reza Pahlevi Tanjung\n"
                 "Katakaltim, SAMARINDA – Polda Kalimantan Timur membongkar aktivitas tambang batu bara ilegal di Loa Janan.\n")
    assert rows.article["title"] == "Polisi Bongkar Tambang Batu Bara Ilegal di Loa Janan, Dua Pemodal Jadi Tersangka"


def test_a_sites_domain_glued_to_the_place_by_a_hyphen_before_a_bar():
    rows = build("Polda Sumut Gelar Operasi Lilin\n\nSenin, 21 Desember 2026\n\nMudanews.com-Medan | Kepolisian Daerah "
                 "Sumatera Utara menggelar operasi pengamanan Natal dan Tahun Baru di seluruh wilayah Sumatera Utara.\n")
    assert rows.article["dateline"] == "Medan"
    assert rows.article["body"].startswith("Kepolisian Daerah")


def test_a_role_then_a_name_after_a_lower_case_title_speaks_after_a_quote():
    rows = body_page("\"Tujuh dari sepuluh apotek masih melayani amoksisilin tanpa resep,\" ungkap Ketua PD IAI Jawa Barat, "
                     "apt. Dadang Suhendar, M.Si., Senin (30/11/2026).\n\nDinas Kesehatan berjanji memperketat pengawasan. "
                     "\"Kami tidak ingin menghukum,\" kata Kepala Dinas Kesehatan Kota Bandung, dr. Euis Nurjanah, M.Kes.\n")
    assert quotes(rows) == [("Tujuh dari sepuluh apotek masih melayani amoksisilin tanpa resep,", "Dadang Suhendar"),
                            ("Kami tidak ingin menghukum,", "Euis Nurjanah")]


def test_balinese_names_stay_whole_beside_a_namesakes_initials_and_a_hospitals_press_office_is_no_one():
    rows = body_page("RSUP Prof. dr. I.G.N.G. Ngoerah mencatat transplantasi ginjal ke-100. Direktur Utama RSUP Prof. Ngoerah, "
                     "Dr. dr. I Made Suarjaya Wibawa, Sp.PD-KGH, menyampaikan rasa syukurnya. Ketua Tim Transplantasi, "
                     "dr. Anak Agung Ngurah Gde Wiradharma, Sp.U(K), menjelaskan kondisi pasien terus membaik.\n\n"
                     "\"Seratus transplantasi ini bukan angka kecil,\" ujar Suarjaya.\n\nTim Humas RSUP Prof. Ngoerah "
                     "menyebutkan program transplantasi hati anak dapat dimulai tahun depan.\n")
    assert set(people(rows)) == {"I Made Suarjaya Wibawa", "Anak Agung Ngurah Gde Wiradharma"}
    assert quotes(rows) == [("Seratus transplantasi ini bukan angka kecil,", "I Made Suarjaya Wibawa")]


def test_a_date_stamp_opened_by_a_word_for_published_is_no_dateline_and_a_waste_bank_is_an_organisation():
    rows = build("Depo Sampah Ditutup Bergiliran, Warga Diminta Pilah dari Rumah\nPenulis: Dhimas Anggoro · Editor: Maria "
                 "Rosalina\nDiterbitkan Senin, 12 Oktober 2026 | 09:30 WIB · Diperbarui 12/10/2026, 14:05\n"
                 "JOGJA—Pemerintah Kota Yogyakarta mulai menutup sejumlah depo sampah secara bergiliran mulai hari ini.\n"
                 "Pengelola Bank Sampah Resik Lestari di Kelurahan Brontokusuman, Lina Kusumawati Tanoto, mengatakan jumlah "
                 "nasabah naik hampir dua kali lipat.\n")
    assert rows.article["dateline"] == "JOGJA"
    assert rows.article["published"] == D(2026, 10, 12)
    assert set(people(rows)) == {"Lina Kusumawati Tanoto"}


def test_military_short_titles_units_and_hospitals_are_no_people_and_a_title_alone_names_its_holder():
    rows = body_page("Dandim 1702/Jayawijaya Letkol Inf Aditya Nugraha Wicaksana mengatakan harga beras melonjak. Tim kesehatan "
                     "Kodim bersama Rumkit Tk. IV Wamena memeriksa 400 warga.\n\n\"Antusiasme warga sangat tinggi,\" ujarnya.\n\n"
                     "Terpisah, Kapendam XVII/Cenderawasih Kolonel Inf Yohanes Taruk Allo menyampaikan pesan Pangdam "
                     "XVII/Cenderawasih Mayjen TNI Hendra Parulian Sitompul agar satuan menjaga situasi.\n\n\"Prajurit harus "
                     "hadir sebagai solusi,\" kata Pangdam sebagaimana disampaikan Kapendam.\n\nMenurut Kapendam, pengamanan "
                     "dimulai besok. Dansatgas Pamtas RI-PNG Yonif 725/Woroagi menyerahkan bibit kakao.\n")
    assert set(people(rows)) == {"Aditya Nugraha Wicaksana", "Yohanes Taruk Allo", "Hendra Parulian Sitompul"}
    assert quotes(rows) == [("Antusiasme warga sangat tinggi,", "Aditya Nugraha Wicaksana"),
                            ("Prajurit harus hadir sebagai solusi,", "Hendra Parulian Sitompul")]


def test_a_weekday_with_its_day_in_brackets_leaves_mendatang_and_lalu_out_but_still_says_where_it_lies():
    rows = body_page("Peringatan tsunami akan dipusatkan di Masjid Raya pada Jumat (2/1) mendatang. Rapat terakhir "
                     "digelar Senin (29/12) lalu.\n", header="Judul Artikel Uji Coba Untuk Pola Tanggal\n\nRabu, 31 Desember 2025\n")
    found = dates(rows)
    assert found["Jumat (2/1)"] == (D(2026, 1, 2), "day")
    assert "Jumat (2/1) mendatang" not in found
    assert found["Senin (29/12)"] == (D(2025, 12, 29), "day")
    assert "Senin (29/12) lalu" not in found


def test_date_stamps_glued_to_a_byline_or_opened_by_posted_on_date_the_page():
    glued = build("Capital Market\nProdusen Ikan Kaleng Asal Banyuwangi Bidik Dana IPO Rp420 Miliar\nPT Samudra Pangan Lestari "
                  "menargetkan pencatatan saham di Bursa Efek Indonesia pada awal tahun depan untuk membangun pabrik kedua.\n"
                  "By Anastasia Wulandari | Editor: Ramdhan Saputra Selasa, 17 November 2026 10:45 WIBShare Facebook Twitter "
                  "LinkedIn WhatsApp\nPT Samudra Pangan Lestari resmi mengajukan pernyataan pendaftaran penawaran umum perdana "
                  "saham kepada Otoritas Jasa Keuangan, Senin (16/11).\n")
    assert glued.article["published"] == D(2026, 11, 17)
    assert glued.article["body"].startswith("PT Samudra Pangan Lestari resmi")
    posted = build("PGI Serukan Perayaan Natal Sederhana, Dana Pesta Dialihkan untuk Korban Banjir\nPosted on 11 Desember 2026 by "
                   "Redaksi PGI — Leave a comment\nJAKARTA - Persekutuan Gereja-gereja di Indonesia menyerukan perayaan Natal "
                   "secara sederhana. Hingga kemarin 4.300 warga masih mengungsi.\n")
    assert posted.article["published"] == D(2026, 12, 11)
    assert dates(posted)["kemarin"] == (D(2026, 12, 10), "day")


def test_numbers_written_out_in_full_count_back_and_professional_titles_after_a_name_do_not_speak():
    rows = body_page("Rektor USK, Prof. Dr. Ir. Teuku Ridwansyah Hasan, M.Sc., IPU, mengatakan, “Dua puluh dua tahun lalu, Aceh "
                     "kehilangan lebih dari 160 ribu jiwa.”\n", header="Judul Artikel Uji Coba Untuk Pola Tanggal\n\nRabu, 23 Desember 2026\n")
    assert quotes(rows) == [("Dua puluh dua tahun lalu, Aceh kehilangan lebih dari 160 ribu jiwa.", "Teuku Ridwansyah Hasan")]
    assert dates(rows)["Dua puluh dua tahun lalu"] == (D(2004, 1, 1), "year")
    english = build("Floods return to the old valley town\n\nNovember 23, 2026\n\nSUVA – Twenty-two years ago the river "
                    "took the bridge, and eleven days ago it rose again, officials said on Monday.\n")
    assert dates(english)["Twenty-two years ago"] == (D(2004, 1, 1), "year")
    assert dates(english)["eleven days ago"] == (D(2026, 11, 12), "day")


def test_an_organisation_named_by_its_head_word_and_a_topic_names_no_one_after_it():
    rows = body_page("Universitas Syiah Kuala melalui Pusat Riset Tsunami melatih guru dari 40 sekolah. "
                     "Senada, anggota Komisi IV dari Fraksi Gerindra Andi Mappaseng meminta DLH menambah armada.\n")
    assert set(people(rows)) == {"Andi Mappaseng"}


def test_an_office_with_its_short_name_and_class_inside_speaks_as_itself():
    rows = body_page("Dalam keterangan resminya, Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tipe Madya Pabean C "
                     "Entikong menegaskan, \"Barang kebutuhan pokok tetap dibatasi senilai 600 ringgit per orang per bulan.\"\n")
    assert quotes(rows) == [("Barang kebutuhan pokok tetap dibatasi senilai 600 ringgit per orang per bulan.",
                             "Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean C Entikong")]
    assert people(rows) == {}


def test_regional_titles_of_village_heads_name_their_holder_and_a_balinese_name_after_the_comma_is_the_person():
    rows = body_page("Sangadi Tanoyan Selatan, Abdul Gani Mokoginta, mengaku sudah mengingatkan para penambang.\n\n\"Kami sudah "
                     "ingatkan berkali-kali,\" ujar Sangadi.\n\nPerbekel Desa Sanur Kaja, I Wayan Gede Artawan mengatakan pihaknya "
                     "membentuk tim jumantik.\n")
    assert quotes(rows) == [("Kami sudah ingatkan berkali-kali,", "Abdul Gani Mokoginta")]
    assert set(people(rows)) == {"Abdul Gani Mokoginta", "I Wayan Gede Artawan"}


def test_a_sites_domain_then_the_place_in_capitals_without_a_comma_is_a_dateline():
    rows = build("Polres Kotamobagu Tutup Tambang Emas Ilegal di Bolmong\n\nSenin, 7 Desember 2026\n\nTOTABUAN.CO BOLMONG — "
                 "Kepolisian Resor Kotamobagu menutup aktivitas pertambangan emas tanpa izin di Desa Tanoyan Selatan.\n")
    assert rows.article["dateline"] == "BOLMONG"
    assert rows.article["body"].startswith("Kepolisian Resor Kotamobagu")


def test_english_what_he_called_names_the_sentences_subject_and_a_delegation_speaks_after_the_outlet():
    rows = build("EU rules leave Ethiopian coffee growers waiting\n\nDecember 4, 2026\n\nADDIS ABABA – Marco Bellini, a green "
                 "coffee buyer based in Trieste, Italy, said his company had cut its Ethiopian orders pending what he called "
                 "the \"traceability gap\".\n\nIn a statement "
                 "sent to Addis Standard last week, the Delegation of the European Union to Ethiopia said, \"The EU remains "
                 "committed to supporting smallholders.\"\n")
    assert quotes(rows) == [("traceability gap", "Marco Bellini"),
                            ("The EU remains committed to supporting smallholders.", "Delegation of the European Union to Ethiopia")]
    assert set(people(rows)) == {"Marco Bellini"}


def test_a_company_named_again_without_its_legal_form_and_a_batak_boru_written_short():
    rows = body_page("PT Samudra Pangan Lestari resmi mengajukan pendaftaran saham. Presiden Direktur Samudra Pangan Lestari, "
                     "Hendrawan Liem, mengatakan rencana itu sudah lama disiapkan.\n\n\"Ketersediaan ikan lemuru sangat "
                     "dipengaruhi musim,\" tulis manajemen Samudra Pangan Lestari.\n\nKepala Riset Kiwoom Sekuritas Indonesia, "
                     "Theresia Br. Simanjuntak, menilai valuasi wajar. \"Yang perlu dicermati adalah pasar ekspor,\" jelas Theresia.\n")
    assert quotes(rows) == [("Ketersediaan ikan lemuru sangat dipengaruhi musim,", "PT Samudra Pangan Lestari"),
                            ("Yang perlu dicermati adalah pasar ekspor,", "Theresia Br. Simanjuntak")]
    assert set(people(rows)) == {"Hendrawan Liem", "Theresia Br. Simanjuntak"}


def test_yesterday_in_a_relative_clause_before_a_pronoun_is_the_day_someone_acted():
    acted = body_page("\"Itu yang kemarin kami bedah satu per satu bersama pengurus,\" kata Harun.\n")
    assert dates(acted)["kemarin"] == (D(2025, 2, 12), "day")
    recent = body_page("Banjir yang kemarin sudah surut, kata warga.\n")
    assert dates(recent)["kemarin"] == (None, "day")


def test_a_ministry_with_a_known_short_name_that_spells_no_initials_is_one_name_and_speaks_by_it():
    rows = body_page("Kementerian Pemuda dan Olahraga (Kemenpora) menyatakan dukungannya terhadap target tersebut. \"Pemerintah "
                     "siap mengawal pendanaan pelatnas,\" tulis Kemenpora dalam keterangan resminya.\n")
    assert quotes(rows) == [("Pemerintah siap mengawal pendanaan pelatnas,", "Kementerian Pemuda dan Olahraga")]


def test_a_short_name_in_mixed_case_closed_by_a_capital_is_no_ones_name():
    rows = body_page("NOC Indonesia menetapkan Brigjen TNI (Purn.) Zulkifli Chaniago sebagai Chef de Mission (CdM) untuk SEA Games. "
                     "Zulkifli sebelumnya menjabat Wakil CdM. Dampak Ekonomi MotoGP Mandalika dibahas Gubernur.\n")
    assert set(people(rows)) == {"Zulkifli Chaniago"}


@pytest.mark.parametrize("office", ["Pangdam IX/Udayana", "Kepala Penerangan Kodam (Kapendam) IX/Udayana"])
def test_a_military_title_alone_names_the_holder_of_the_office_stated_before_his_rank(office):
    short = "Kapendam" if "Kapendam" in office else "Pangdam"
    rows = body_page(f"Terpisah, {office}, Brigjen TNI Agus Salim Siregar, mengapresiasi inisiatif satgas. Ketua Asosiasi "
                     f"Provinsi (Asprov) PSSI Lampung, H. Gunawan Sanjaya, hadir.\n\n\"Keberadaan TNI di perbatasan harus "
                     f"dirasakan manfaatnya,\" ujar {short} di Makodam IX/Udayana, Denpasar.\n")
    assert quotes(rows) == [("Keberadaan TNI di perbatasan harus dirasakan manfaatnya,", "Agus Salim Siregar")]
    assert people(rows)["Agus Salim Siregar"] == f"{office}, Brigjen TNI"


def test_a_papers_name_ending_in_a_short_weekday_is_no_date_and_a_plateau_is_a_place():
    rows = build("Fishers trained to build FADs\n\nDecember 2, 2026\n\nSUVA – Lead trainer Andi Baso Tenri Sau told the Fiji Sun "
                 "the fishers picked up the techniques quickly on Sunday. Coffee farmers on the Bolaven Plateau expect higher "
                 "earnings, officials said.\n")
    assert "Sun" not in dates(rows)
    assert dates(rows)["Sunday"] == (D(2026, 11, 29), "day")
    assert set(people(rows)) == {"Andi Baso Tenri Sau"}


def test_a_title_and_an_office_written_short_name_the_holder_of_the_office_in_full():
    rows = body_page("Sidang ditutup oleh Direktur Jenderal Badan Peradilan Agama Mahkamah Agung RI, Dr. Drs. H. Nasrullah Yunus, "
                     "S.H., M.H., pada Sabtu (21/11).\n\nDalam sambutannya, Dirjen Badilag menyebut sidang terpadu sebagai "
                     "\"pintu keadilan yang diantar ke rumah warga\".\n\n\"Saya minta seluruh satuan kerja menjadikannya program "
                     "rutin,\" ujar Dirjen.\n")
    assert quotes(rows) == [("pintu keadilan yang diantar ke rumah warga", "Nasrullah Yunus"),
                            ("Saya minta seluruh satuan kerja menjadikannya program rutin,", "Nasrullah Yunus")]
    assert set(people(rows)) == {"Nasrullah Yunus"}


def test_a_two_word_short_form_clipping_a_longer_name_is_that_person():
    rows = body_page("Kepala Bidang P2P Dinkes Denpasar, dr. Anak Agung Ngurah Gede Mahendra, mengingatkan masyarakat agar tidak "
                     "bergantung pada pengasapan.\n\n\"Fogging itu bukan solusi utama,\" tegas Gung Mahendra.\n")
    assert quotes(rows) == [("Fogging itu bukan solusi utama,", "Anak Agung Ngurah Gede Mahendra")]
    assert set(people(rows)) == {"Anak Agung Ngurah Gede Mahendra"}


def test_a_management_speaking_is_the_institution_named_before():
    hospital = body_page("Tim dokter Rumah Sakit Umum Pusat (RSUP) Dr. Kariadi Semarang berhasil memisahkan bayi kembar siam.\n\n"
                         "Dalam siaran persnya, manajemen rumah sakit menyatakan, \"Kami akan terus mengembangkan layanan bedah "
                         "anak.\"\n")
    assert quotes(hospital) == [("Kami akan terus mengembangkan layanan bedah anak.", "Rumah Sakit Umum Pusat Dr. Kariadi Semarang")]
    company = body_page("PT Agro Lamandau Sejahtera membantah tudingan warga soal pencemaran sungai.\n\n\"Perusahaan akan mengikuti "
                        "seluruh mekanisme hukum,\" kata manajemen perusahaan.\n")
    assert quotes(company) == [("Perusahaan akan mengikuti seluruh mekanisme hukum,", "PT Agro Lamandau Sejahtera")]


# --- over-general rules a reviewer reproduced, each kept from coming back -------------------------


def test_a_title_followed_by_more_of_a_name_is_no_title_alone():
    rows = body_page("Bupati Badung I Nyoman Giri Prasta menyerahkan jabatan.\n\n\"Kami siap melanjutkan program,\" kata Bupati "
                     "terpilih Badung Wayan Adi Arnawa.\n")
    assert quotes(rows)[0][1] != "I Nyoman Giri Prasta"
    english = build("Two men arrested over fraud\n\nDecember 2, 2026\n\nSUVA – Police Director of Operations Sakeasi "
                    "Waqanivavalagi said two men were arrested. \"The evidence is strong,\" said Director of Public Prosecutions "
                    "John Rabuku.\n")
    assert quotes(english)[0][1] != "Sakeasi Waqanivavalagi"


@pytest.mark.parametrize("sentence, speaker", [
    ("In a meeting with Prime Minister Sitiveni Rabuka on Monday, opposition leader Inia Seruiratu criticised what he "
     "called \"cheap politics\".", "Inia Seruiratu"),
    ("Responding to Opposition Leader Inia Seruiratu, Prime Minister Sitiveni Rabuka dismissed what he called \"cheap "
     "politics\".", "Sitiveni Rabuka")])
def test_what_he_called_is_said_by_the_person_named_last_before_the_verb(sentence, speaker):
    rows = build(f"Politics heats up in Suva\n\nDecember 2, 2026\n\nSUVA – {sentence}\n")
    assert quotes(rows) == [("cheap politics", speaker)]


def test_an_office_of_its_own_after_the_comma_keeps_its_role_and_a_listed_person_stays():
    rows = body_page("Hadir Gubernur Bali Wayan Koster, Kapolda Bali Irjen Daniel Adityajaya dan para bupati. Hadir pula "
                     "Wakil Gubernur Bali I Nyoman Giri Prasta, I Wayan Sudirta dan Ni Putu Eka Wiryastuti.\n")
    found = people(rows)
    assert found["Daniel Adityajaya"] == "Kapolda Bali Irjen"
    assert "I Nyoman Giri Prasta" in found


def test_someone_described_by_an_organisations_post_speaks_and_one_named_after_an_organisation_stays():
    rows = build("Fish stocks recover\n\nDecember 2, 2026\n\nSUVA – Ratu Meli Nalewa, the Ministry of Fisheries permanent "
                 "secretary, told reporters: \"Stocks are recovering.\"\n")
    assert quotes(rows) == [("Stocks are recovering.", "Meli Nalewa")]
    listed = body_page("Kerja sama itu diteken Universitas Indonesia dan Budi Santoso, pemilik lahan, pada Rabu (12/2).\n")
    assert "Budi Santoso" in people(listed)


def test_a_place_ending_in_a_weekday_word_and_labels_after_a_domain():
    market = build("Warga Padati Pasar\n\nSenin, 2 November 2026\n\nPASAR MINGGU, KOMPAS.com - Ratusan warga memadati "
                   "pasar sejak pagi untuk membeli kebutuhan pokok.\n")
    assert market.article["dateline"] == "PASAR MINGGU"
    label = build("Warga Padati Pasar\n\nSenin, 2 November 2026\n\nDetik.com EKSKLUSIF — Ratusan warga memadati pasar sejak "
                  "pagi untuk membeli kebutuhan pokok.\n")
    assert label.article["dateline"] is None


def test_a_lead_opening_with_a_stamp_word_or_by_and_a_time_stays_in_the_body():
    novel = build("Novel Laut Bercerita Kembali Laris\n\nTerbit 10 Januari 2017, novel karya Leila S. Chudori itu kembali "
                  "menduduki daftar buku terlaris di berbagai toko buku\nPenerbit mencetak ulang novel itu untuk ketujuh kalinya "
                  "setelah permintaan pembaca melonjak sepanjang bulan ini.\n")
    assert novel.article["published"] != D(2017, 1, 10)
    evacuation = build("Thousands move to evacuation centres\n\nMonday, December 1, 2026\n\nSUVA – Heavy rain flooded the "
                       "western division overnight and forced families out of their homes.\n\nBy 10:30 a.m. on Monday, "
                       "December 1, more than 2,000 people had moved into 40 evacuation centres, officials said.\n")
    assert "2,000 people" in evacuation.article["body"]
    assert evacuation.article["body"].startswith("Heavy rain")
    stadium = build("Fiji to face Samoa\n\nDecember 1, 2026\n\nSUVA – Fiji will play Samoa at ANZ Stadium, Sat, before "
                    "travelling to Tonga, the union said.\n")
    assert "Sat" in dates(stadium)


def test_a_reporters_desk_under_the_name_and_a_tagline_over_a_news_menu_are_not_the_headline():
    desk = build("RTÉ\nNews\nSport\nIreland\nEnnistymon families face fifth day without drinking water\nResidents collecting "
                 "water from a tanker on Main Street (Pic: RollingNews.ie)\nPádraig Ó Dónaill\nWest of Ireland Correspondent\n"
                 "Updated / Tuesday, 8 Dec 2026 14:05\nShare this article\nHundreds of households in north Clare are facing a "
                 "fifth day without drinkable water after a failure at the treatment plant.\n")
    assert desk.article["title"] == "Ennistymon families face fifth day without drinking water"
    tagline = build("Ada Derana\nSri Lanka's No.1 News Network\nHome\nHot News\nLocal News\nForeign News\nSports\nFlood warnings "
                    "for six districts as heavy rains lash Ratnapura, Kegalle\nNovember 23, 2026   04:41 pm\nThe Disaster "
                    "Management Centre says flood warnings have been issued for six districts as heavy rains continue.\n")
    assert tagline.article["title"] == "Flood warnings for six districts as heavy rains lash Ratnapura, Kegalle"


def test_words_inside_an_organisations_name_are_that_organisation_and_regional_titles_are_dropped():
    rows = body_page("Dalam keterangan tertulisnya, Yayasan Buddha Tzu Chi Indonesia menyebut kegiatan ini bagian dari misi "
                     "kesehatan. Ketua Tzu Chi Singkawang, Lie Tjoen Fa, hadir. Nek Siti Aminah (68) ikut antre.\n\nLie Tjoen "
                     "Fa menambahkan, Tzu Chi berencana menggelar baksos serupa pada Maret 2027. \"Relawan kami sudah mulai "
                     "mendata calon pasien,\" pungkasnya.\n")
    assert quotes(rows) == [("Relawan kami sudah mulai mendata calon pasien,", "Lie Tjoen Fa")]
    assert set(people(rows)) == {"Lie Tjoen Fa", "Siti Aminah"}
    english = build("Cattle farmers count losses\n\nDecember 2, 2026\n\nGHANZI: Kgosi Motlhabane Sekgoma said the drought had "
                    "hit herds hard. Regent Wilfridus Mali Atok said the district would help.\n")
    assert set(people(english)) == {"Motlhabane Sekgoma", "Wilfridus Mali Atok"}


def test_the_pages_own_outlet_is_no_one_a_pronoun_can_point_back_to():
    rows = build("Ada Derana\nSri Lanka's No.1 News Network\nHome\nLocal News\nHot News\nFlood warnings for six districts\n"
                 "November 23, 2026   04:41 pm\nThe Disaster Management Centre says flood warnings have been issued.\n"
                 "Duty Meteorologist Dr. Anusha Varathan told Ada Derana that the low-pressure area is expected to intensify.\n"
                 "\"This is not a cyclone at the moment,\" she said.\n")
    assert quotes(rows) == [("This is not a cyclone at the moment,", "Anusha Varathan")]
    assert set(people(rows)) == {"Anusha Varathan"}


def test_a_weekday_with_the_day_of_the_month_alone_in_brackets():
    rows = build("Flood warnings for six districts\n\nNovember 30, 2026\n\nCOLOMBO – More than 3,400 families have been affected "
                 "since Saturday (28), and the areas must remain alert until at least Wednesday (2), officials said.\n")
    assert dates(rows)["Saturday (28)"] == (D(2026, 11, 28), "day")
    assert dates(rows)["Wednesday (2)"] == (D(2026, 12, 2), "day")


def test_two_weekdays_with_their_days_in_one_bracket_are_one_date_at_the_first():
    rows = body_page("Baksos digelar Jumat-Sabtu (13-14/2) di RSUD dr. Abdul Aziz, dan evaluasi dilakukan Senin (17/2).\n")
    found = dates(rows)
    assert found["Jumat-Sabtu (13-14/2)"] == (D(2025, 2, 13), "day")
    assert found["Senin (17/2)"] == (D(2025, 2, 17), "day")
    assert "Jumat" not in found


def test_kemarin_after_a_unit_of_time_means_the_last_one():
    rows = body_page("Harga cabai naik sejak pekan kemarin, padahal bulan kemarin masih stabil, kata pedagang.\n")
    assert dates(rows)["pekan kemarin"] == (D(2025, 2, 6), "day")
    assert dates(rows)["bulan kemarin"] == (D(2025, 1, 1), "month")


def test_a_university_named_after_someone_inside_a_longer_name_is_no_person():
    rows = body_page("Pemkot Yogyakarta menggandeng Pusat Studi Lingkungan Hidup Universitas Gadjah Mada untuk mengkaji emisi "
                     "insinerator. Peneliti UGM, Dr. Ir. Fadli Syahputra Chaniago, mengatakan kajian dilakukan.\n")
    assert set(people(rows)) == {"Fadli Syahputra Chaniago"}


def test_a_man_named_after_a_country_with_his_role_stated_and_irish_bodies_named_of_ireland():
    rows = body_page("Ketua Forum Komunikasi Kepala Desa (FKKD) Kecamatan Ciawigebang, Oman, mengatakan dana desa belum cair.\n\n"
                     "\"Kami butuh sekarang buat bayar tukang,\" keluh Oman. Menteri Luar Negeri Oman menyatakan dukungan.\n")
    assert quotes(rows) == [("Kami butuh sekarang buat bayar tukang,", "Oman")]
    irish = build("Families face fifth day without water\n\nDecember 8, 2026\n\nENNISTYMON – Uisce Éireann said a fault was "
                  "detected on Friday. Iarnród Éireann said trains would run, Michael Keane said.\n")
    assert set(people(irish)) == {"Michael Keane"}


def test_a_title_alone_as_a_sentences_subject_is_whom_a_later_pronoun_points_to():
    rows = body_page("Apel dipimpin Sekretaris Daerah Provinsi Maluku Utara, Dr. Ir. Abdurrahman Sangaji, M.Si., yang membacakan "
                     "amanat gubernur.\n\nApel ditutup dengan doa yang dipimpin Ustaz Jafar Umasugi dan Pdt. Ruth Mandey. Sekda "
                     "berharap perayaan tidak diwarnai pesta kembang api.\n\n“Rayakan dengan sederhana,” pungkasnya.\n")
    assert quotes(rows) == [("Rayakan dengan sederhana,", "Abdurrahman Sangaji")]


def test_a_rector_of_a_university_named_after_someone_is_the_name_after_the_universitys():
    rows = body_page("Rektor Universitas Hasanuddin Jamaluddin Jompa mengatakan kampus siap menampung mahasiswa baru.\n")
    assert people(rows) == {"Jamaluddin Jompa": "Rektor Universitas Hasanuddin"}


def test_titles_in_title_case_with_small_words_in_lower_case_are_no_quotes():
    rows = body_page("Pengungkapan ini, menurut BNN, sejalan dengan semangat \"War on Drugs\" yang terus digaungkan pemerintah. "
                     "Pelatih menyebut timnya bermain lepas.\n\nKapten Timnas: \"Saya Masih Ingin Bermain untuk Indonesia\"\n\n"
                     "Spanduk \"Jangan Ada Lagi Anak NTB Putus Sekolah karena Biaya\" dipasang di depan kantor dinas.\n\n"
                     "\"Kami siap menghadapi laga berikutnya,\" kata pelatih Budi Santoso.\n")
    assert quotes(rows) == [("Kami siap menghadapi laga berikutnya,", "Budi Santoso")]


# --- over-general rules a second review reproduced ------------------------------------------------


@pytest.mark.parametrize("sentence", ["Ia sudah melapor ke Kepala sekolah kemarin.", "Ia berharap bantuan dari Bupati segera datang."])
def test_a_title_as_an_object_is_no_mention_of_its_holder(sentence):
    rows = body_page("Bupati Sleman, Kustini Sri Purnomo, meninjau lokasi banjir. Warga Desa Sendangadi, Andi Wijaya, mengatakan "
                     f"rumahnya terendam. {sentence} \"Kami butuh makanan,\" ujarnya.\n")
    assert quotes(rows) == [("Kami butuh makanan,", "Andi Wijaya")]


def test_a_longer_title_opening_a_role_is_not_the_short_one():
    rows = body_page("Presiden Direktur PT Maju Jaya, Andi Wijaya, mengatakan investasi naik. Menurut ekonom Universitas "
                     "Indonesia, Rina Hapsari, investasi itu penting. Presiden menginginkan investasi masuk ke daerah, katanya."
                     "\n\n\"Ini peluang besar,\" ujarnya.\n")
    assert quotes(rows) == [("Ini peluang besar,", "Rina Hapsari")]


@pytest.mark.parametrize("headline", ["Israel Kills Al Jazeera Correspondent", "Taliban Detain BBC Reporter"])
def test_a_headline_ending_in_a_reporters_job_stays_the_headline(headline):
    rows = build(f"World\n{headline}\nJane Smith\nDecember 2, 2026\nGAZA – A correspondent was killed in an air strike on "
                 "Tuesday, the network said.\n")
    assert rows.article["title"] == headline


def test_widgets_ending_in_a_menu_word_make_no_menu_under_the_headline():
    rows = build("Harga Cabai Naik Jelang Ramadan di Pasar Tradisional\nLihat Foto\nBagikan\nKomentar\nIkuti kami di Google "
                 "News\nPedagang mengeluhkan sepinya pembeli.\nSenin, 3 Maret 2025\nJAKARTA - Harga cabai rawit di pasar "
                 "tradisional naik tajam menjelang Ramadan, kata pedagang.\n")
    assert rows.article["title"] == "Harga Cabai Naik Jelang Ramadan di Pasar Tradisional"


def test_numbers_in_brackets_after_weekdays_that_fit_no_day_near_publication_are_counts():
    rows = build("Dengue cases rise\n\nDecember 4, 2025\n\nSUVA – New cases were reported on Monday (12) and Wednesday (15), "
                 "health officials said.\n")
    assert dates(rows)["Monday (12)"] == (D(2025, 12, 1), "day")
    assert dates(rows)["Wednesday (15)"] == (D(2025, 12, 3), "day")


def test_a_namesake_who_speaks_is_no_part_of_the_organisation_named_after_him():
    rows = body_page("Yayasan Pendidikan Budi Santoso Indonesia membuka sekolah baru. Budi Santoso mengatakan sekolah itu "
                     "gratis.\n\n\"Semua anak berhak sekolah,\" ujarnya.\n")
    assert quotes(rows) == [("Semua anak berhak sekolah,", "Budi Santoso")]


def test_a_country_presiding_a_council_stays_a_country_and_names_of_people_stay_people():
    rows = body_page("Ketua Dewan Keamanan PBB bulan ini, Aljazair, mengatakan sidang darurat digelar Jumat.\n")
    assert people(rows) == {}
    oya = build("Toyota recalls cars\n\nDecember 2, 2026\n\nTOKYO – Toyota said it would recall 10,000 cars. Hiroshi Oya told "
                "reporters the fault was in the brakes.\n\n\"We apologise to our customers,\" he said.\n")
    assert quotes(oya) == [("We apologise to our customers,", "Hiroshi Oya")]


def test_lines_hard_wrapped_inside_sentences_and_quotations_are_joined():
    rows = build("Kasus Malaria di Kabupaten Jayapura Turun 31 Persen\nJumat, 27 November 2026 | 14:05 WIT\n"
                 "Papuanewsonline.com, Sentani – Kasus malaria di Kabupaten Jayapura turun 31 persen\n"
                 "sepanjang Januari hingga Oktober 2026 dibandingkan periode yang sama tahun lalu.\n"
                 "\"Dulu orang bilang malaria itu sudah biasa, seperti flu. Padahal anak-anak kami banyak yang\n"
                 "meninggal. Sekarang adat juga harus bicara,\" tegas Yeheskiel Monim.\n"
                 "\"Kalau panas dan menggigil lebih dari satu hari, jangan tunggu,\"\nujar Maria Goreti Kambu.\n")
    assert rows.article["dateline"] == "Sentani"
    assert quotes(rows) == [("Dulu orang bilang malaria itu sudah biasa, seperti flu. Padahal anak-anak kami banyak yang "
                             "meninggal. Sekarang adat juga harus bicara,", "Yeheskiel Monim"),
                            ("Kalau panas dan menggigil lebih dari satu hari, jangan tunggu,", "Maria Goreti Kambu")]


def test_a_headline_with_a_colon_repeated_above_its_date_stamp_is_the_headline_no_dateline():
    rows = build("Beranda » Berita » Riset\nRiset FKM UI: Satu dari Empat Siswa SD di Jabodetabek Alami Gejala Gangguan Pernapasan\n"
                 "Riset FKM UI: Satu dari Empat Siswa SD di Jabodetabek Alami Gejala Gangguan Pernapasan\nKamis, 10 Desember "
                 "2026 · Kantor Humas dan KIP UI · Dibaca: 912\nTim peneliti Fakultas Kesehatan Masyarakat Universitas Indonesia "
                 "menemukan bahwa satu dari empat siswa sekolah dasar mengalami gejala gangguan pernapasan.\n")
    assert rows.article["title"] == "Riset FKM UI: Satu dari Empat Siswa SD di Jabodetabek Alami Gejala Gangguan Pernapasan"
    assert rows.article["published"] == D(2026, 12, 10)
    assert rows.article["dateline"] is None


@pytest.mark.parametrize("lead, place", [
    ("PRAYA.lombokjournal.com – – Tingkat hunian homestay di Desa Kuta turun drastis setelah balapan berakhir.", "PRAYA"),
    ("By Sina Tuilagi/ Apia, SAMOA – 10 December 2026 – Families in eleven villages have relied on water trucks for weeks.",
     "Apia, SAMOA"),
    ("KATHMANDU, DECEMBER 8\n\nForeign trekkers heading to the Manaslu and Annapurna regions will have to carry a GPS card.",
     "KATHMANDU")])
def test_datelines_glued_to_a_site_after_a_reporter_or_with_the_day_filed(lead, place):
    header = "Tingkat Hunian Homestay di Kuta Turun\n\nSenin, 9 Desember 2026" if "Tingkat" in lead else \
        "Story of the day in the region\n\nDecember 9, 2026"
    rows = build(f"{header}\n\n{lead}\n")
    assert rows.article["dateline"] == place
    assert not rows.article["body"].startswith(("–", "—", "-"))


def test_a_degree_of_several_pieces_is_no_glued_sentence_and_a_base_camp_is_a_place():
    rows = body_page("Kepala Kantor Kamla Zona Maritim Barat, Laksma Parlindungan Hutagalung, S.E., M.Tr.Opsla., menegaskan, "
                     "“Operasi ini bagian dari Operasi Nusantara.”\n\nDosen Ilmu Kelautan, Dr. Ir. Syamsul Bahri Lapawa, "
                     "M.Si.Menurutnya, penanaman mangrove tidak bisa asal tancap.\n")
    assert quotes(rows) == [("Operasi ini bagian dari Operasi Nusantara.", "Parlindungan Hutagalung")]
    assert set(people(rows)) == {"Parlindungan Hutagalung", "Syamsul Bahri Lapawa"}
    english = build("Trekkers to carry GPS trackers\n\nDecember 9, 2026\n\nKATHMANDU – Anna Kowalska, a Polish trekker preparing to "
                    "leave for the Annapurna Base Camp, said the tracker would reassure her family. \"My mother checks the "
                    "weather every morning,\" she said.\n")
    assert quotes(english) == [("My mother checks the weather every morning,", "Anna Kowalska")]


def test_one_part_of_a_double_surname_is_that_person():
    rows = build("Bird flu spreads to more farms\n\nNovember 4, 2026\n\nDAVAO CITY – Provincial veterinarian Dr. Leonora "
                 "Magsino-Castillo said the virus had reached three more farms.\n\n\"We are no longer talking about isolated "
                 "cases,\" Castillo said.\n")
    assert quotes(rows) == [("We are no longer talking about isolated cases,", "Leonora Magsino-Castillo")]
    assert set(people(rows)) == {"Leonora Magsino-Castillo"}


def test_haji_written_short_opening_a_name_is_a_title_inside_a_name_a_particle():
    rows = body_page("Warga Kelurahan Bastiong, Hi. Abdullah Assagaf (61), mengaku sudah dua malam tidur di pelabuhan. Kepala "
                     "Pos Pengamatan Gunung Api Gamalama, Rusdi Hi. Amin, mengatakan aktivitas vulkanik masih fluktuatif.\n")
    assert set(people(rows)) == {"Abdullah Assagaf", "Rusdi Hi. Amin"}


def test_a_spokesperson_for_an_institution_named_before_speaks_for_it():
    rows = build("Indonesian nurses settle in Wolverhampton\n\nDecember 2, 2026\n\nWOLVERHAMPTON – The nurses arrived under an "
                 "agreement signed by The Royal Wolverhampton NHS Trust and the Indonesian government.\n\nA spokesperson for the "
                 "trust said: \"A further 25 international recruits are expected to start in the new year.\"\n")
    assert quotes(rows) == [("A further 25 international recruits are expected to start in the new year.",
                             "Royal Wolverhampton NHS Trust")]


def test_a_service_after_a_rank_and_a_church_elder_are_no_part_of_the_name():
    rows = body_page("Kepala Kantor Kamla Zona Maritim Barat, Laksma Bakamla Parlindungan Hutagalung, S.E., menegaskan, “Operasi "
                     "ini bagian dari Operasi Nusantara.”\n")
    assert quotes(rows) == [("Operasi ini bagian dari Operasi Nusantara.", "Parlindungan Hutagalung")]
    english = build("Villages rely on water trucks\n\nDecember 10, 2026\n\nAPIA – Elder Iosua Pouono said the dry spell was a test "
                    "for the village.\n")
    assert set(people(english)) == {"Iosua Pouono"}


# --- over-general rules a third review reproduced --------------------------------------------------


@pytest.mark.parametrize("name", ["H.Ahmad", "A.Rahman"])
def test_an_initial_glued_to_a_name_is_no_degree(name):
    rows = body_page(f"Kepala Desa Sukamaju, {name}, mengatakan warga sudah menerima bantuan.\n\n\"Semua sudah terbagi,\" "
                     f"kata {name}.\n")
    assert quotes(rows) == [("Semua sudah terbagi,", name)]


def test_an_abbreviated_given_name_opening_a_name_stays_and_a_cousin_is_no_double_surname():
    rows = body_page("Pengamat ekonomi Ch. Robin Simanullang mengatakan harga naik.\n")
    assert "Ch. Robin Simanullang" in people(rows)
    english = build("Ward opens\n\nDecember 2, 2026\n\nMANILA – Health Minister Dr. Leonora Magsino-Castillo opened the ward. "
                    "Opposition leader Castillo, her cousin, criticised the cost.\n\n\"This is a waste,\" Castillo said.\n")
    assert quotes(english) == [("This is a waste,", "Castillo")]


def test_a_surname_that_is_a_place_word_and_a_league_never_named_are_no_place_and_no_institution():
    rows = build("Tax bill passes\n\nDecember 2, 2026\n\nWASHINGTON – Former congressman Dave Camp said the tax bill was overdue."
                 "\n\n\"We waited too long,\" Camp said.\n")
    assert quotes(rows) == [("We waited too long,", "Dave Camp")]
    league = build("Chelsea edge Arsenal\n\nDecember 2, 2026\n\nLONDON – Chelsea beat Arsenal Football Club 2-1 on Sunday.\n\n"
                   "A spokesman for the league said: \"We will review the incident.\"\n")
    assert quotes(league) == [("We will review the incident.", None)]


def test_a_town_with_its_place_word_before_a_colon_and_a_kicker_in_capitals():
    town = build("Bantuan Beras Disalurkan\n\nSenin, 2 November 2026\n\nKota Bima: Pemerintah daerah setempat mulai menyalurkan "
                 "bantuan beras kepada warga terdampak banjir.\n")
    assert town.article["dateline"] == "Kota Bima"
    kicker = build("Celtics win the title\n\nDecember 2, 2026\n\nNBA FINALS, GAME 7\n\nThe Boston Celtics beat the Dallas "
                   "Mavericks on Sunday night to win their record championship.\n")
    assert kicker.article["dateline"] is None


def test_paragraphs_ending_without_a_stop_and_degrees_before_a_glued_sentence_stay_apart():
    rows = body_page("Harga cabai di pasar tradisional\n\ndr. Siti Aminah mengatakan warga perlu berhati-hati.\n\n"
                     "\"Harga naik,\" kata Gubernur Andi Wijaya\n\niPhone 16 mulai dijual di Indonesia pekan ini.\n\n"
                     "Menurut Drs. Budi Santoso, M.Si.Namun, ia mengakui kenaikan itu wajar.\n")
    body = rows.article["body"]
    assert "tradisional dr." not in body and "Wijaya iPhone" not in body
    assert "M.Si. Namun," in body


def test_a_report_by_line_under_the_headline_is_a_byline():
    rows = build("Beranda » Berita » Kabar Sivitas\nDari Gorengan Subuh hingga Toga Cum Laude: Kisah Euis, Putri Petugas Kebersihan\n"
                 "Laporan oleh Dewi Anggia Putri\n19-10-2026\nUjang Suparman (57) tidak bisa menahan tangis ketika nama putrinya "
                 "dipanggil sebagai lulusan terbaik, Rabu (14/10).\n")
    assert rows.article["title"] == "Dari Gorengan Subuh hingga Toga Cum Laude: Kisah Euis, Putri Petugas Kebersihan"
    assert rows.article["authors"] == "Dewi Anggia Putri"


def test_a_companys_department_speaking_is_the_company():
    rows = body_page("PT Timah Tbk menyerahkan lahan bekas tambang kepada pemerintah desa.\n\nDepartemen Komunikasi Perusahaan "
                     "PT Timah Tbk dalam keterangan tertulisnya menyatakan, \"PT Timah berkomitmen menyerahkan lahan pascatambang "
                     "yang sudah direklamasi.\"\n")
    assert quotes(rows) == [("PT Timah berkomitmen menyerahkan lahan pascatambang yang sudah direklamasi.", "PT Timah Tbk")]


def test_an_organisation_given_its_short_name_inside_its_buildings_name_speaks_by_it():
    rows = body_page("Paparan publik digelar di Gedung Bursa Efek Indonesia (BEI), Jakarta, Kamis (12/2). Aksi digelar di halaman "
                     "Gedung Pusat Universitas Gadjah Mada (UGM).\n\n\"Pengumuman UMA tidak menunjukkan adanya pelanggaran,\" tulis "
                     "BEI dalam pengumumannya.\n")
    assert quotes(rows) == [("Pengumuman UMA tidak menunjukkan adanya pelanggaran,", "Bursa Efek Indonesia")]


def test_a_priests_title_is_no_part_of_his_name():
    rows = build("Flood volunteers to meet\n\nDecember 2, 2026\n\nENNIS – Parish priest Fr Dermot O’Loughlin said the community "
                 "would hold a public meeting next week.\n")
    assert set(people(rows)) == {"Dermot O’Loughlin"}


def test_a_swahili_elders_title_and_a_slogan_with_adalah_are_no_name_and_no_quote():
    rows = build("Vaccination drive reaches lakeside villages\n\nDecember 3, 2026\n\nKISUMU – Mzee Joseph Owino said people were "
                 "afraid at first.\n")
    assert set(people(rows)) == {"Joseph Owino"}
    banner = body_page("Spanduk bertuliskan \"Hutan Sagu adalah Mama Kami\" dibentangkan di depan balai kampung. \"Kami jaga hutan "
                       "ini,\" kata Yohanes Mandacan.\n")
    assert quotes(banner) == [("Kami jaga hutan ini,", "Yohanes Mandacan")]


# --- over-general rules a fourth review reproduced -------------------------------------------------


@pytest.mark.parametrize("lead", [
    "JAKARTA - Kepala Dinas Pendidikan Budi Santoso mengatakan sekolah akan memastikan\nanak-anak yang terdampak banjir diberi "
    "seragam baru pekan ini.\n\n\"Kami sudah siapkan,\" ujarnya.",
    "JAKARTA - \"Kami sudah siapkan\nseragam baru,\" kata Kepala Dinas Pendidikan Budi Santoso."])
def test_a_wrapped_line_going_on_with_a_doubled_word_or_inside_a_quotation_joins(lead):
    rows = build(f"Seragam Baru untuk Korban Banjir\n\nKamis, 13 Februari 2025\n\n{lead}\n")
    assert rows.article["dateline"] == "JAKARTA"
    assert [speaker for _, speaker in quotes(rows)] == ["Budi Santoso"]


@pytest.mark.parametrize("degree", ["S.Tr.Keb", "A.Md.Kep", "M.Biomed", "S.Kesos"])
def test_degrees_of_several_pieces_or_a_long_piece_after_a_name_do_not_speak(degree):
    rows = body_page(f"Bidan desa, Siti Aminah, {degree}, mengatakan warga mulai sadar.\n\n\"Kami datangi rumah warga,\" ujarnya.\n")
    assert quotes(rows) == [("Kami datangi rumah warga,", "Siti Aminah")]


def test_a_union_of_a_companys_workers_speaks_as_the_union_and_an_honorific_lets_a_double_surname_through():
    rows = body_page("\"Kami menolak keputusan itu,\" kata Serikat Pekerja PT Pertamina Hulu Energi dalam pernyataannya.\n")
    assert quotes(rows)[0][1] != "PT Pertamina Hulu Energi"
    english = build("Family reunited after floods\n\nDecember 2, 2026\n\nSUVA – Leonora Magsino-Castillo, 54, said the family "
                    "had waited for days.\n\n\"We never gave up,\" Mrs Castillo said.\n")
    assert quotes(english) == [("We never gave up,", "Leonora Magsino-Castillo")]


def test_venues_with_short_names_are_no_organisations():
    rows = body_page("Laga digelar di Stadion Gelora Bung Karno (GBK) dan pameran di Gedung Jakarta Convention Center (JCC). "
                     "\"Kami siap,\" kata pelatih Budi Santoso.\n")
    organisations = {a["name"] for a in rows.actors if a["kind"] == "organization"}
    assert not organisations & {"Gelora Bung Karno", "Jakarta Convention Center"}


def test_a_date_inside_a_press_releases_number_is_no_date_and_the_datelines_date_publishes():
    rows = build("SIARAN PERS\nNomor: SP.412/HUMAS/PPIP/HMS.3/12/2026\nKLH Segel Dua Gudang Limbah Plastik Ilegal di Pesisir Teluk "
                 "Kupang\nKupang, 14 Desember 2026 – Kementerian Lingkungan Hidup menyegel dua gudang penampungan limbah plastik "
                 "ilegal di pesisir Teluk Kupang.\n")
    assert "3/12/2026" not in dates(rows)
    assert rows.article["published"] == D(2026, 12, 14)


def test_a_date_stamp_whose_weekday_only_english_names_is_read_in_english():
    rows = build("ROBOT BUATAN MAHASISWA UNY JUARA KONTES ROBOT NASIONAL\nFri, 12/04/2026\nTim robotika Universitas Negeri "
                 "Yogyakarta meraih juara pertama dalam kontes robot nasional, Rabu (2/12).\n")
    assert rows.article["published"] == D(2026, 12, 4)
    assert dates(rows)["Rabu (2/12)"] == (D(2026, 12, 2), "day")


def test_a_minang_adat_title_inside_a_long_name_keeps_the_whole_name():
    rows = body_page("Kepala Dinas Kesehatan Provinsi Sumatera Barat, dr. H. Erman Syafrudin Dt. Rajo Basa, Sp.PD, menyebut pasien "
                     "bertambah.\n\n\"Kami siap,\" kata Erman.\n")
    assert quotes(rows) == [("Kami siap,", "Erman Syafrudin Dt. Rajo Basa")]


def test_an_engineering_doctorate_written_with_its_period_is_a_title_not_a_name():
    rows = body_page("Ketua tim peneliti, Dr. Eng. Rahmat Hidayat Sutan, menjelaskan cara kerja sensor itu. Sensor dipasang "
                     "di tepi sungai.\n\n\"Alat ini murah,\" kata Rahmat. \"Kami ikut mendanai,\" ujar pengusaha Tan Eng Huat.\n")
    assert people(rows) == {"Rahmat Hidayat Sutan": "Ketua tim peneliti, Dr. Eng.", "Tan Eng Huat": None}
    assert quotes(rows) == [("Alat ini murah,", "Rahmat Hidayat Sutan"), ("Kami ikut mendanai,", "Tan Eng Huat")]


def test_a_tribun_caption_above_a_summary_box_is_no_dateline():
    rows = build("Genangan di Jalan Kenjeran Baru Surut Setelah Enam Jam\nRabu, 11 Februari 2026 14:32 WIB\n"
                 "SURYA.CO.ID/GALIH PRASETYO\nGENANGAN KENJERAN - Pengendara sepeda motor menerobos genangan di Jalan Kenjeran, "
                 "Kecamatan Tambaksari, Surabaya, Selasa (10/2/2026).\nRingkasan Berita:\nGenangan merendam Jalan Kenjeran "
                 "sekitar enam jam.\nSatu pompa berhenti sekitar 90 menit.\nDinas menyiapkan anggaran pemeliharaan rumah pompa.\n"
                 "SURYA.CO.ID, SURABAYA - Genangan air setinggi 40 sentimeter yang merendam Jalan Kenjeran baru surut "
                 "Rabu (11/2/2026) dini hari.\n")
    assert rows.article["dateline"] == "SURABAYA"


def test_a_caption_closed_by_a_photographers_name_in_capitals_is_no_dateline():
    rows = build("Radar Jogja\nHarga Cabai Rawit di Pasar Wates Tembus Rp 90 Ribu\nSelasa, 20 Januari 2026 | 16:05 WIB\n"
                 "PANTAU HARGA: Pedagang menata cabai rawit di los sayur Pasar Wates, Kulon Progo, Senin (19/1). "
                 "(ARDI SETYO NUGROHO/RADAR JOGJA)\nRADAR JOGJA – Harga cabai rawit merah di Pasar Wates terus merangkak naik. "
                 "Selasa (20/1), komoditas itu dijual Rp 90 ribu per kilogram.\n")
    assert rows.article["dateline"] is None
    assert "PANTAU HARGA" not in rows.article["body"]


def test_a_caption_closed_by_a_bare_photo_marker_is_no_dateline():
    rows = build("POSMETRO MEDAN\nDua Jambret Babak Belur Dihajar Massa di Medan Baru\nSenin, 8 Desember 2025\n"
                 "DIAMANKAN: Dua pelaku jambret, AS dan RH, saat diamankan di Mapolsek Medan Baru, Minggu (7/12). Foto: Istimewa\n"
                 "MEDAN, POSMETROMEDAN.com – Nasib apes dialami dua pemuda warga Kecamatan Medan Sunggal yang menjambret "
                 "telepon seluler milik seorang pelajar.\n")
    assert rows.article["dateline"] == "MEDAN"


def test_a_caption_above_a_photo_credit_the_site_treats_as_furniture_is_no_dateline():
    rows = build("Trinidad Express Newspapers\nWe are tired of promises\nNov 19, 2025\n"
                 "UNDER WATER: Vashti Rampersad, 62, stands in her flooded living room at Clarke Road, Penal, yesterday.\n"
                 "Photo: DEXTER PHILIP\nRESIDENTS of Clarke Road in Penal spent yesterday bailing water out of their homes, "
                 "hours after the Godineau River burst its banks again.\n")
    assert rows.article["dateline"] is None
    assert not rows.article["body"].startswith("UNDER WATER")


def test_a_dateline_crediting_the_paper_in_brackets_before_a_colon():
    rows = build("48 Ribu Pekerja Kena PHK hingga November 2025\n11/12/2025 16:20\nJAKARTA (Suara Karya): Kementerian "
                 "Ketenagakerjaan mencatat sebanyak 48.312 pekerja terkena pemutusan hubungan kerja sepanjang tahun ini.\n")
    assert rows.article["dateline"] == "JAKARTA"


def test_a_sites_domain_and_place_run_into_the_lead_without_a_dash():
    rows = build("Tenun Tanimbar Tampil Modern di Panggung Jakarta Fashion Week\nJumat, 24 Oktober 2025\n"
                 "Fimela.com, Jakarta Tenun ikat dari Kepulauan Tanimbar, Maluku, biasanya hadir sebagai kain adat dalam "
                 "upacara pernikahan.\n")
    assert rows.article["dateline"] == "Jakarta"
    assert rows.article["body"].startswith("Tenun ikat")


def test_a_javanese_noble_title_raden_stays_in_the_name():
    rows = body_page("Kepala Dinas Perdagangan Kota Palembang, Raden Ayu Fitriani, memantau harga bawang di Pasar Cinde.\n\n"
                     "\"Harga sudah turun,\" kata Ayu Fitriani.\n")
    assert set(people(rows)) == {"Raden Ayu Fitriani"}
    assert quotes(rows) == [("Harga sudah turun,", "Raden Ayu Fitriani")]


def test_a_long_headline_over_a_shorter_standfirst_is_the_title():
    rows = build("CBC\nNews\nNova Scotia\nWoodside ferry to stop running for 6 weeks while Halifax repairs aging terminal\n"
                 "Commuters told to use Alderney ferry or extra buses during closure\n"
                 "Mireille Boudreau · CBC News · Posted: Jan 13, 2026 5:00 AM AST\n"
                 "The Woodside ferry in Dartmouth will stop running for six weeks while crews replace corroded steel at the "
                 "terminal.\n")
    assert rows.article["title"] == "Woodside ferry to stop running for 6 weeks while Halifax repairs aging terminal"


def test_an_employer_before_a_title_in_lower_case_is_no_person():
    rows = build("Woodside ferry to stop running for six weeks\nJan 13, 2026\nHALIFAX - The ferry terminal will close for "
                 "six weeks while crews replace corroded steel.\n\n\"It's not a decision we took lightly,\" said Halifax Transit "
                 "director Andrea Pothier. \"But the engineers were clear.\"\n\nShe said Halifax Transit will post daily "
                 "updates. Dartmouth resident Kendra Willis said the news caught her off guard.\n")
    assert quotes(rows) == [("It's not a decision we took lightly,", "Andrea Pothier"),
                            ("But the engineers were clear.", "Andrea Pothier")]
    assert people(rows) == {"Andrea Pothier": "Halifax Transit director", "Kendra Willis": None}
    assert {a["name"]: a["kind"] for a in rows.actors}["Halifax Transit"] == "organization"


def test_lalu_after_a_bracketed_day_stays_out_of_the_date_but_kemarin_joins_it():
    rows = body_page("Rapat digelar Senin (10/2) lalu di kantor desa. Hasilnya dibahas lagi Selasa (11/2/2025) kemarin.\n")
    assert dates(rows)["Senin (10/2)"] == (D(2025, 2, 10), "day")
    assert dates(rows)["Selasa (11/2/2025) kemarin"] == (D(2025, 2, 11), "day")
    assert "Senin (10/2) lalu" not in dates(rows)


def test_the_sites_date_of_the_day_over_the_headline_is_no_date_of_the_story():
    rows = build("The Business Standard\nTHURSDAY, JANUARY 15, 2026\nEconomy\nChattogram port dwell time climbs to 11 days as "
                 "importers delay clearance\nShamsul Haque Rimon\n22 October, 2025, 09:15 pm\nCHATTOGRAM - Average dwell time "
                 "at Chattogram port rose to 11 days on Tuesday as importers delayed clearance of their consignments.\n")
    assert rows.article["published"] == D(2025, 10, 22)
    assert "THURSDAY, JANUARY 15, 2026" not in dates(rows)
    assert dates(rows)["Tuesday"] == (D(2025, 10, 21), "day")


def test_a_date_line_over_the_headline_stays_when_it_is_the_storys_own():
    rows = build("Senin, 13 Januari 2025\nBanjir Rendam Tiga Desa di Kabupaten Sampang\nSAMPANG - Banjir merendam tiga desa "
                 "di Kabupaten Sampang sejak Minggu (12/1) malam.\n")
    assert rows.article["published"] == D(2025, 1, 13)
    assert dates(rows)["Senin, 13 Januari 2025"] == (D(2025, 1, 13), "day")


def test_a_document_named_after_an_office_is_no_person_before_a_title():
    rows = body_page("Bupati Gianyar I Made Wiryawan Putra meresmikan tempat pengolahan sampah di Desa Mas.\n\nIa menambahkan, "
                     "sesuai Surat Edaran Bupati yang terbit bulan lalu, TPA hanya menerima sampah residu.\n\n\"Kami ingin "
                     "Gianyar menjadi contoh,\" ujar Bupati.\n")
    assert set(people(rows)) == {"I Made Wiryawan Putra"}
    assert quotes(rows) == [("Kami ingin Gianyar menjadi contoh,", "I Made Wiryawan Putra")]


def test_nigerian_honorifics_are_titles_not_names():
    rows = build("Garri prices crash in Benue\nFebruary 3, 2026\nMAKURDI - Prices of garri have crashed across Benue State.\n\n"
                 "\"Our members are not asking for handouts,\" said the chairman of the farmers' association, Comrade Sekav "
                 "Ukaan. Barrister Terfa Iorliam, a lawyer, agreed.\n")
    assert quotes(rows) == [("Our members are not asking for handouts,", "Sekav Ukaan")]
    assert set(people(rows)) == {"Sekav Ukaan", "Terfa Iorliam"}


def test_a_weekday_set_off_by_commas_after_a_future_verb_lies_ahead():
    rows = build("Benue to register cassava farmers\nJanuary 27, 2026\nMAKURDI - The commissioner said the ministry would, "
                 "on Monday, begin registration of cassava farmers. Traders said sales fell on Monday, as buyers stayed away.\n",
                 language="en")
    mentions = sorted((d["start"], d["date"]) for d in rows.dates if d["text"] == "Monday")
    assert [value for _, value in mentions] == [D(2026, 2, 2), D(2026, 1, 26)]


def test_a_conservation_agencys_field_unit_is_no_person():
    rows = body_page("Balai Konservasi Sumber Daya Alam (BKSDA) Kalimantan Tengah melalui Resor Sampit mengimbau warga "
                     "di bantaran Sungai Mentaya waspada buaya.\n")
    assert people(rows) == {}
    assert "Resor Sampit" in {a["name"] for a in rows.actors if a["kind"] == "organization"}


def test_a_related_reads_box_inside_the_story_is_furniture():
    rows = build("School streets to ban cars at 30 Dublin schools\n6.00am, 3 Dec 2025\nCARS WILL BE banned from streets "
                 "outside 30 schools in Dublin from January, the city council has said.\n\"We are trying to make the last "
                 "200 metres safe,\" said engineer Brian Mulvihill.\nRelated Reads\nDublin councillors back 30km/h limit on "
                 "residential roads\n‘My child was nearly hit’: Parents call for crossing at busy Finglas junction\nThe "
                 "council voted through the plan at its monthly meeting on Monday, after a motion was deferred twice.\n"
                 "Parents at one school said they had waited years for the measure to come in.\nThe first fines will be "
                 "issued in February, after a period of warnings, a spokesperson for the council said.\n")
    assert quotes(rows) == [("We are trying to make the last 200 metres safe,", "Brian Mulvihill")]
    assert "Related Reads" not in rows.article["body"] and "Finglas" not in rows.article["body"]
    assert "deferred twice" in rows.article["body"]


# --- over-general rules a fifth review reproduced --------------------------------------------------


def test_eng_closing_a_sentence_stays_in_a_chinese_name():
    rows = body_page("Pajak itu dikritik mantan menteri keuangan Malaysia, Lim Guan Eng. Ia menilai pedagang kecil paling "
                     "terdampak.\n\n\"Ini memberatkan,\" kata Lim.\n")
    assert quotes(rows) == [("Ini memberatkan,", "Lim Guan Eng")]
    shop = body_page("Toko itu milik Liem Swie Ing. Api diduga berasal dari korsleting listrik.\n\n\"Semua barang hangus,\" "
                     "kata Liem Swie Ing.\n")
    assert set(people(shop)) == {"Liem Swie Ing"}


def test_an_engineers_title_opening_a_name_is_a_title():
    rows = build("Spill gates opened at Kukule Ganga\nDecember 3, 2026\nCOLOMBO - Director of Hydrology at the Irrigation "
                 "Department, Eng. S. P. Gunawardena, said the spill gates were opened this morning.\n", language="en")
    assert set(people(rows)) == {"S. P. Gunawardena"}


def test_a_leaders_name_before_his_spokesmans_title_stays_a_person():
    rows = build("Kremlin rejects the terms\nFebruary 3, 2026\nMOSCOW - \"These terms are unacceptable,\" said Putin spokesman "
                 "Dmitry Peskov.\n\n\"We will defend our interests,\" Putin said on Sunday.\n", language="en")
    kinds = {a["name"]: a["kind"] for a in rows.actors}
    assert kinds["Putin"] == "person"
    assert quotes(rows) == [("These terms are unacceptable,", "Dmitry Peskov"), ("We will defend our interests,", "Putin")]


def test_a_title_after_a_verb_makes_no_employer_of_the_name_before_it():
    rows = body_page("Sidang dipimpin Hakim Ketua Rahmat Selang didampingi hakim anggota Jenny Tulak dan Feliks Wuisan.\n")
    assert {"Rahmat Selang", "Jenny Tulak"} <= set(people(rows))


def test_an_employer_before_a_title_of_several_words():
    rows = build("Ferry to stop for six weeks\nJan 13, 2026\nHALIFAX - \"It is not a decision we took lightly,\" said Halifax "
                 "Transit executive director Andrea Pothier.\n", language="en")
    assert quotes(rows) == [("It is not a decision we took lightly,", "Andrea Pothier")]


@pytest.mark.parametrize("above", ["Breaking news and analysis from across Nova Scotia and the Maritimes",
                                   "Previous story: Dartmouth man charged after crash on Highway 111 near Woodside"])
def test_a_tagline_or_a_label_over_the_headline_is_no_title(above):
    rows = build(f"CBC\nNews\nNova Scotia\n{above}\nHalifax council approves new bus lanes on Robie Street\n"
                 "Mireille Boudreau · CBC News · Posted: Jan 13, 2026 5:00 AM AST\nThe council voted on Tuesday to approve "
                 "new bus lanes on Robie Street, a project debated for years.\n")
    assert rows.article["title"] == "Halifax council approves new bus lanes on Robie Street"


def test_a_story_from_two_towns_keeps_its_first_dateline_and_paragraphs():
    rows = build("Banjir Rendam Dua Kecamatan di Kuningan\nSenin, 12 Januari 2026\nCIAWIGEBANG - Banjir merendam puluhan "
                 "rumah warga di Desa Ciawigebang sejak Minggu malam setelah hujan deras mengguyur selama lima jam.\n"
                 "Warga mengungsi ke balai desa dan masjid terdekat sambil menunggu air surut pada pagi hari.\n"
                 "\"Airnya datang cepat sekali,\" kata Kepala Desa Ciawigebang, Oman Rohman.\nPetugas BPBD membagikan "
                 "makanan siap saji kepada para pengungsi di balai desa.\nKUNINGAN - Di pusat kota, genangan setinggi "
                 "lutut orang dewasa menutup Jalan Siliwangi selama tiga jam.\n")
    assert rows.article["dateline"] == "CIAWIGEBANG"
    assert quotes(rows) == [("Airnya datang cepat sekali,", "Oman Rohman")]


def test_an_advertorials_closing_tag_is_no_caption():
    rows = body_page("Pemkab Sleman menyalurkan bantuan beras kepada 2.000 keluarga. Penyaluran tahap kedua dijadwalkan pekan "
                     "depan di Kecamatan Prambanan dan Kalasan. (HUMAS PEMKAB SLEMAN/ADV)\n")
    assert "Prambanan" in rows.article["body"]


def test_a_paragraph_over_a_furniture_credit_stays_in_the_story():
    rows = build("New library for Ōtara\nDecember 3, 2026\nAUCKLAND - Work on the new library will start next month.\n"
                 "Local board chair Tauanu'u Nick Bakulich said the project had been a long time coming and would open "
                 "before winter.\nPhoto: Supplied\nThe council set aside $12 million for the building.\n", language="en")
    assert "Nick Bakulich said the project" in rows.article["body"]


@pytest.mark.parametrize("lead, place", [
    ("Liputan6.com, Kota Tangerang Selatan Pemerintah daerah setempat menutup jalan itu selama dua pekan demi "
     "perbaikan.", "Kota Tangerang Selatan"),
    ("Liputan6.com, Papua Barat Daya Banjir bandang melanda dua kampung di pesisir selatan sejak kemarin pagi.",
     "Papua Barat Daya"),
    ("Tempo.co, Jakarta Post dan Kompas.com menurunkan laporan panjang tentang kasus itu sejak pekan lalu hingga kini.",
     None)])
def test_a_domain_then_a_place_of_several_words_or_a_list_of_outlets(lead, place):
    rows = build(f"Berita Uji Coba dengan Judul yang Cukup Panjang\nKamis, 13 Februari 2025\n{lead}\n")
    assert rows.article["dateline"] == place


def test_dotted_numeric_dates_write_the_day_first_on_english_pages_too():
    rows = build("Pune water cut in 18 wards\nFebruary 3, 2026\nPUNE - A circular dated 12.01.2026 had already asked housing "
                 "societies to fix leaks, and a notice of 05-01-2026 repeated it. Tankers came on 1/12/2026.\n", language="en")
    found = dates(rows)
    assert found["12.01.2026"] == (D(2026, 1, 12), "day")
    assert found["1/12/2026"] == (D(2026, 1, 12), "day")


def test_a_closing_statement_over_the_writers_tag_stays_a_paragraph_and_the_sidebar_is_furniture():
    rows = build("Hakim Tipikor PN Padang Vonis Mantan Bendahara Tujuh Tahun Penjara\nRabu, 21 Januari 2026\nPadang – Majelis "
                 "hakim menjatuhkan pidana tujuh tahun penjara kepada mantan bendahara, Selasa (20/1/2026).\nPengadilan "
                 "Negeri Padang dalam keterangan resminya menegaskan: “Seluruh rangkaian persidangan berlangsung terbuka.”\n"
                 "(MA/hms)\nBerita Terkini Lainnya\nPN Padang Raih Predikat WBK\nSenin, 12/01/2026\n")
    assert [text for text, _ in quotes(rows)] == ["Seluruh rangkaian persidangan berlangsung terbuka."]
    assert "12/01/2026" not in rows.article["body"] and "Senin, 12/01/2026" not in dates(rows)


def test_a_quarter_named_by_its_number_is_no_speaker():
    rows = body_page("Nurhayati (54), pedagang pempek di kawasan 26 Ilir, mengaku sudah dua pekan mengurangi takaran ikan.\n\n"
                     "\"Kalau harga dinaikkan, pelanggan lari,\" ujarnya. Pada Mei 2024, Ratna mengaku sempat berjualan di sana.\n")
    assert quotes(rows) == [("Kalau harga dinaikkan, pelanggan lari,", "Nurhayati")]
    assert set(people(rows)) == {"Nurhayati", "Ratna"}


def test_the_one_word_office_after_minister_of_is_no_part_of_her_name_and_a_month_after_said_is_no_one():
    rows = build("Japan to ease rules for Indonesian care workers\nFebruary 28, 2026\nTOKYO - Indonesian Minister of Manpower "
                 "Rina Kusumawardhani said the two countries would simplify the language test. The health ministry said "
                 "Feb. 27 that foreign care workers had topped 80,000. Prasit Wongsakul, the headman of Ban Nong Khan, said "
                 "the village was calm.\n", language="en")
    assert people(rows) == {"Rina Kusumawardhani": "Minister of Manpower", "Prasit Wongsakul": None}


def test_an_office_listed_with_commas_before_the_speaker_and_his_verb():
    rows = build("Japan to ease rules for care workers\nFebruary 28, 2026\nTOKYO - \"The demand in our nursing homes is "
                 "enormous,\" Health, Labor and Welfare Minister Kenji Moriyama told reporters after the meeting.\n",
                 language="en")
    assert quotes(rows) == [("The demand in our nursing homes is enormous,", "Kenji Moriyama")]


def test_a_word_opening_the_sentence_before_an_organisations_name_is_not_part_of_it():
    rows = body_page("Data Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta mencatat 412 keluarga terdampak rob.\n\n"
                     "“Kami imbau warga pesisir tetap waspada,” tulis BPBD DKI Jakarta dalam keterangan resminya.\n")
    assert quotes(rows) == [("Kami imbau warga pesisir tetap waspada,", "Badan Penanggulangan Bencana Daerah DKI Jakarta")]


def test_a_police_officers_degrees_without_dots_close_his_name():
    rows = body_page("Kapolresta Sleman Kombes Pol Heru Santoso Wibowo SIK MH mengatakan, keduanya ditangkap di Gamping.\n\n"
                     "\"Pelaku sudah beraksi di 11 lokasi,\" kata Heru.\n")
    assert quotes(rows) == [("Pelaku sudah beraksi di 11 lokasi,", "Heru Santoso Wibowo")]


def test_a_quote_running_on_into_an_attributed_paragraph_takes_that_attribution():
    rows = body_page("Wakil Gubernur Jambi Zulhelmi Ishak meminta harga dijaga.\n\n\"Kita tidak boleh lengah,\" kata Zulhelmi.\n\n"
                     "Menurutnya, Gubernur Jambi Ahmad Fauzan Syah telah menginstruksikan agar pasar murah digelar.\n\n"
                     "\"Jangan hanya di ibu kota kabupaten. Masyarakat di kecamatan juga harus merasakan.\n\n\"Kalau perlu "
                     "pakai mobil keliling,\" lanjut Zulhelmi.\n")
    assert quotes(rows) == [("Kita tidak boleh lengah,", "Zulhelmi Ishak"),
                            ("Jangan hanya di ibu kota kabupaten. Masyarakat di kecamatan juga harus merasakan.", "Zulhelmi Ishak"),
                            ("Kalau perlu pakai mobil keliling,", "Zulhelmi Ishak")]


def test_a_newspapers_name_after_the_is_no_person():
    rows = build("Tunnelling halted after street sinks\nDecember 3, 2026\nSYDNEY - Transport Minister Elise Carrington said "
                 "the works would resume.\n\n\"We are working with the contractor,\" Carrington said.\n\nOlivia Marchetti is a "
                 "transport reporter at The Sydney Morning Herald. The Sydney Morning Herald asked the minister twice.\n",
                 language="en")
    assert not [name for name in people(rows) if "Herald" in name] and "Elise Carrington" in people(rows)


def test_the_weekday_of_a_bracketed_day_says_its_year():
    rows = body_page("Bupati Senin (17/2) lalu meninjau lokasi banjir di Kecamatan Sukamaju.\n")
    assert dates(rows)["Senin (17/2)"] == (D(2025, 2, 17), "day")


def test_an_authority_of_a_place_named_with_its_acronym_is_one_organisation_that_speaks():
    rows = build("Ferry out of service until January\nDecember 3, 2026\nSCARBOROUGH - Business owners are bracing for a lean "
                 "Christmas after the Port Authority of Trinidad and Tobago (PATT) confirmed the ferry will be out of "
                 "service.\n\nIn a statement on Monday, the PATT said passengers would be moved.\n\n\"The safety of the "
                 "travelling public is non-negotiable,\" the statement said.\n", language="en")
    assert quotes(rows) == [("The safety of the travelling public is non-negotiable,", "Port Authority of Trinidad and Tobago")]


def test_the_words_a_statement_reads_are_its_institutions():
    rows = build("Cholera outbreak in Kano\nDecember 3, 2026\nKANO - The Nigeria Centre for Disease Control and Prevention said "
                 "in a statement on Monday that it had deployed a team.\n\n\"The NCDC has activated its emergency centre,\" the "
                 "statement read in part. Please read our guidelines before posting.\n", language="en")
    assert quotes(rows) == [("The NCDC has activated its emergency centre,", "Nigeria Centre for Disease Control and Prevention")]
    assert "Please" not in people(rows)


def test_a_short_form_in_lower_case_names_the_subject_it_spells():
    rows = body_page("Laga berakhir imbang.\n\nPanitia pelaksana pertandingan dalam keterangan tertulisnya menyebut laga berjalan "
                     "aman. \"Tidak ada insiden berarti di dalam maupun di luar stadion,\" tulis panpel.\n")
    assert quotes(rows) == [("Tidak ada insiden berarti di dalam maupun di luar stadion,", "Panitia pelaksana pertandingan")]


# --- over-general rules a sixth review reproduced --------------------------------------------------


def test_dashed_numeric_dates_follow_the_language_on_english_pages():
    rows = build("Arraignment set\nFebruary 3, 2026\nHOUSTON - The court set the arraignment for 03-10-2026. The earlier order "
                 "was issued on 01-27-2026.\n", language="en")
    assert dates(rows)["03-10-2026"] == (D(2026, 3, 10), "day")


def test_a_caption_naming_an_event_in_quotation_marks_is_still_a_caption():
    rows = body_page("Polisi menggelar operasi lalu lintas di Jakarta.\nPetugas memeriksa kelengkapan kendaraan dalam Operasi "
                     "\"Keselamatan Jaya 2025\" di Jalan Sudirman, Senin (10/2/2025).\n(Foto: ANTARA/Aprillio Akbar)\n"
                     "Operasi berlangsung selama dua pekan di seluruh wilayah Jakarta dan sekitarnya.\n")
    assert "Keselamatan Jaya" not in rows.article["body"]


@pytest.mark.parametrize("office, name", [("Minister of Public Works", "Dody Hanggodo"),
                                          ("Minister of State-Owned Enterprises", "Erick Thohir")])
def test_an_office_of_two_words_after_minister_of_stays_out_of_the_name(office, name):
    rows = build(f"Toll road opens\nFebruary 3, 2026\nJAKARTA - {office} {name} said the road would open in March.\n\n"
                 "\"We are ready,\" he said.\n", language="en")
    assert not [person for person in people(rows) if person.split()[0] in office]


@pytest.mark.parametrize("speakers", ["Amnesty International, Human Rights Watch and Migrant Care",
                                      "Senators Chuck Schumer, Adam Schiff and Alex Padilla"])
def test_a_list_of_speakers_is_no_office_before_one_of_them(speakers):
    rows = build(f"Rights groups welcome deal\nFebruary 3, 2026\nWASHINGTON - \"We welcome the agreement,\" {speakers} said "
                 "in a joint statement.\n", language="en")
    assert quotes(rows) == [("We welcome the agreement,", None)]


def test_an_unknown_short_title_opening_the_sentence_stays_in_the_role():
    rows = body_page("Dirreskrimum Polda Jawa Timur Kombes Farman mengatakan, dua tersangka sudah ditahan.\n\n"
                     "\"Keduanya kami tahan,\" ujarnya.\n")
    assert quotes(rows) == [("Keduanya kami tahan,", "Farman")]


@pytest.mark.parametrize("written", ["Rudi Hartono SHut MSi", "Rudi Hartono S.Hut M.Si"])
def test_degrees_after_a_name_that_follows_an_office_are_no_name(written):
    rows = body_page(f"Kepala Dinas Kehutanan {written} mengatakan, hutan lindung aman.\n\n\"Kami awasi,\" ujarnya.\n")
    assert quotes(rows) == [("Kami awasi,", "Rudi Hartono")]


def test_a_quote_left_open_before_a_new_speakers_paragraph_stays_with_the_last_speaker():
    rows = body_page("Wakil Gubernur Jambi Zulhelmi Ishak meminta harga dijaga.\n\n\"Kita tidak boleh lengah,\" kata Zulhelmi.\n\n"
                     "\"Jangan hanya di ibu kota kabupaten. Masyarakat di kecamatan juga harus merasakan.\n\nSementara itu, "
                     "Kepala Bulog Jambi Hendra Saputra mengatakan, \"Stok kami cukup sampai Lebaran.\"\n")
    assert quotes(rows)[1] == ("Jangan hanya di ibu kota kabupaten. Masyarakat di kecamatan juga harus merasakan.",
                               "Zulhelmi Ishak")


def test_a_newspaper_reporting_is_the_paper_not_a_person():
    rows = build("Contract row grows\nFebruary 28, 2026\nCANBERRA - \"The contractor is liable,\" the Canberra Times "
                 "reported, citing a leaked letter.\n", language="en")
    assert quotes(rows) == [("The contractor is liable,", "Canberra Times")]
    assert people(rows) == {}


def test_a_date_line_over_a_photo_credit_is_no_caption_and_a_month_far_ahead_is_last_years():
    rows = build("Cash remittances hit record $3.61 billion in December\nFebruary 12, 2026 | 12:33 am\nBW FILE PHOTO\n"
                 "By Katrina Mae D. Soriano, Reporter\nCASH REMITTANCES coursed through banks climbed to a record $3.61 "
                 "billion in December, boosted by holiday spending, the central bank said on Wednesday.\n", language="en")
    assert rows.article["published"] == D(2026, 2, 12)
    assert dates(rows)["December"] == (D(2025, 12, 1), "month")
    assert dates(rows)["Wednesday"] == (D(2026, 2, 11), "day")


def test_the_spokesperson_of_a_company_named_before_speaks_for_it_without_failing_the_page():
    rows = build("Plans for 120 homes approved\n16:05, 4 Mar 2026\nKIRKBY - Plans for 120 homes were approved.\n\nA "
                 "spokesperson for Merseyvale Homes said the scheme would include 30 affordable homes.\n\n\"We have listened "
                 "carefully to the community,\" the spokesperson said.\n", language="en")
    assert quotes(rows) == [("We have listened carefully to the community,", "Merseyvale Homes")]
    assert people(rows) == {}


@pytest.mark.parametrize("by", ["By", "By:"])
def test_by_alone_on_its_line_makes_the_next_line_the_byline_not_the_title(by):
    rows = build("Liverpool Echo\nNews\nPlans for 120 homes on former Kirkby bowling green approved despite 300 objections\n"
                 f"Knowsley Council's planning committee backed the scheme after a two-hour debate\nBookmark\nShare\n{by}\n"
                 "Liam Thompson Local Democracy Reporter\n16:05, 4 Mar 2026\nPlans for 120 new homes on a former bowling "
                 "green in Kirkby have been approved, despite more than 300 objections.\n", language="en")
    assert rows.article["title"] == "Plans for 120 homes on former Kirkby bowling green approved despite 300 objections"


def test_groups_opening_a_sentence_and_streets_are_no_people():
    rows = build("Plans for 120 homes approved\n16:05, 4 Mar 2026\nKIRKBY - The site, off Whitefield Drive, has been empty "
                 "since 2017. Campaigners had argued it should be kept as green space. Exporters said demand was weak, and "
                 "Smallholders agreed.\n\n\"We will appeal,\" said campaigner Sandra Keegan.\n", language="en")
    assert set(people(rows)) == {"Sandra Keegan"}


def test_a_committee_member_and_an_acronyms_chairman_in_lower_case_are_people_who_speak():
    rows = build("Road closure in Nairobi CBD\nFebruary 24, 2026\nNAIROBI - The Matatu Owners Association (MOA) opposed the "
                 "closure. Roads County Executive Committee Member Patrick Mwangi Ndegwa said the county had no choice.\n\n"
                 "\"One week's notice is too short,\" MOA chairman Simon Kariuki Njoroge said.\n", language="en")
    assert quotes(rows) == [("One week's notice is too short,", "Simon Kariuki Njoroge")]
    assert "Patrick Mwangi Ndegwa" in people(rows)


def test_tahun_sebelumnya_is_the_year_before_the_one_just_named():
    rows = body_page("Laba perseroan sepanjang 2024 naik 23,7 persen dibandingkan periode yang sama tahun sebelumnya.\n")
    assert dates(rows)["tahun sebelumnya"] == (D(2023, 1, 1), "year")


def test_a_year_less_day_and_month_with_a_slash_after_a_preposition_is_a_date():
    rows = body_page("Cum date jatuh pada 26/2, sementara pembayaran dilakukan tanggal 3/3. Skor akhir 2/1 untuk tuan rumah.\n")
    found = dates(rows)
    assert found["26/2"] == (D(2025, 2, 26), "day")
    assert found["tanggal 3/3"] == (D(2025, 3, 3), "day")
    assert "2/1" not in found and "tanggal 3" not in found


def test_a_weekday_with_its_day_part_and_its_date_is_one_expression():
    rows = build("Fire in Jurong\nJanuary 22, 2026\nSINGAPORE - The fire broke out on Wednesday night (Jan. 21). Residents "
                 "remembered Sunday morning, Dec. 26, 2004, when the tsunami struck.\n", language="en")
    found = dates(rows)
    assert found["Wednesday night (Jan. 21)"] == (D(2026, 1, 21), "day")
    assert found["Sunday morning, Dec. 26, 2004"] == (D(2004, 12, 26), "day")


def test_an_office_speaking_through_its_account_is_the_subject_of_words_quoted_in_the_sentence():
    rows = body_page("Dinas Perikanan Jepara melalui akun Instagram resminya juga meminta nelayan \"tidak memaksakan diri melaut "
                     "demi keselamatan\". Atas putusan itu, terdakwa melalui kuasa hukumnya, Yohanes Benny Tarigan, menyatakan "
                     "\"pikir-pikir\".\n")
    assert quotes(rows)[0] == ("tidak memaksakan diri melaut demi keselamatan", "Dinas Perikanan Jepara")
    assert "Jepara" not in people(rows)


def test_a_name_with_an_age_after_a_comma_keeps_a_first_word_that_is_a_title_elsewhere():
    rows = body_page("Hari ini hujan turun. Salah satu pemilik toko, Hari Mulyono (45), menyambut baik rumah pompa itu.\n\n"
                     "\"Dulu kalau banjir, toko tutup,\" ujarnya.\n")
    assert quotes(rows) == [("Dulu kalau banjir, toko tutup,", "Hari Mulyono")]


def test_a_filipino_name_with_ng_inside_is_one_organisation():
    rows = build("Cash remittances hit record\nFebruary 12, 2026\nMANILA - Remittances climbed to a record, the Bangko Sentral "
                 "ng Pilipinas (BSP) said.\n\n\"The growth was due to land-based workers,\" the BSP said in a statement.\n",
                 language="en")
    assert quotes(rows) == [("The growth was due to land-based workers,", "Bangko Sentral ng Pilipinas")]


def test_a_company_named_by_its_trade_word_speaks_as_the_company_the_sentence_names():
    rows = build("Battery plant stalls\nMarch 6, 2026\nMARION - When Voltara Energy broke ground on its plant in 2024, Mayor "
                 "Dana Kowalczyk called it “the biggest thing to happen to Marion.”\n\nConstruction stopped in October, and "
                 "last month the company told state officials it would delay hiring “indefinitely.”\n", language="en")
    assert quotes(rows)[1] == ("indefinitely.", "Voltara Energy")
    assert "Voltara Energy" not in people(rows)


def test_an_artists_management_company_speaks_as_itself():
    rows = body_page("Penyanyi Nadira rehat dari panggung.\n\n\"Nadira dalam kondisi sehat,\" demikian pernyataan resmi Nada Kita "
                     "Management.\n")
    assert quotes(rows) == [("Nadira dalam kondisi sehat,", "Nada Kita Management")]
    assert "Management" not in people(rows)


# --- over-general rules a seventh review reproduced ------------------------------------------------


def test_a_month_after_a_word_of_hope_stays_ahead():
    rows = build("Bendungan Dibangun\nKamis, 15 Januari 2026\nJAKARTA - Pemerintah berharap pembangunan bendungan selesai "
                 "pada Agustus. Harga beras sempat melonjak pada Oktober.\n")
    found = dates(rows)
    assert found["Agustus"] == (D(2026, 8, 1), "month")
    assert found["Oktober"] == (D(2025, 10, 1), "month")


@pytest.mark.parametrize("fraction", ["Harga naik menjadi Rp 30.000 per 1/2 kg.", "Pajak turun hingga 1/3 dibandingkan target.",
                                      "Waduk terisi sampai 3/4 dari kapasitasnya."])
def test_a_fraction_after_a_preposition_is_no_date(fraction):
    rows = body_page(fraction + " Cum date jatuh pada 26/2.\n")
    assert set(dates(rows)) == {"Kamis, 13 Februari 2025", "26/2"}


def test_lane_is_a_surname_as_well():
    rows = build("Council approves new budget after long debate\nMarch 3, 2026\nLONDON - Coach Tony Lane said the team was "
                 "ready.\n\n\"We have worked hard,\" Lane said.\n", language="en")
    assert quotes(rows) == [("We have worked hard,", "Tony Lane")]


def test_a_spokesperson_for_any_company_speaks_for_it():
    rows = build("Plans for 120 homes approved\n16:05, 4 Mar 2026\nKIRKBY - Plans were approved.\n\nA spokesperson for Harlow "
                 "Estates said the scheme would include 30 affordable homes.\n\n\"We have listened,\" the spokesperson said.\n",
                 language="en")
    assert quotes(rows) == [("We have listened,", "Harlow Estates")]
    assert people(rows) == {}


def test_a_category_field_and_a_reporter_glued_to_the_papers_name_are_no_headlines():
    joomla = build("BeritaMimika.com\nHome\nDikemas Sebagai Sayur Kering, Paket Ganja Digagalkan di Pelabuhan Poumako\nDetails\n"
                   "Category: Hukum & Kriminal\nPublished: 16 January 2026\nMIMIKA - Satuan Reserse Narkoba Polres Mimika "
                   "menggagalkan pengiriman ganja seberat 1,2 kilogram dari Jayapura.\n")
    assert joomla.article["title"] == "Dikemas Sebagai Sayur Kering, Paket Ganja Digagalkan di Pelabuhan Poumako"
    glued = build("The West Australian\nNews\nCrime\nBoulder mine worker accused of smuggling gold out in his lunchbox\n"
                  "Police allege the 37-year-old hid gold concentrate in food containers and work boots.\n"
                  "Jessica Page-TranThe West Australian\nTue, 10 March 2026 5:42PM\nA Boulder mine worker has been charged "
                  "with stealing gold worth $1.4 million from his employer.\n", language="en")
    assert glued.article["title"] == "Boulder mine worker accused of smuggling gold out in his lunchbox"


def test_a_footer_of_links_parted_by_bars_is_furniture():
    rows = build("Sekolah Rusak Diperbaiki Tahun Ini\n10 Feb 2026 | 16:30\nSUMENEP - Dinas Pendidikan memperbaiki 40 "
                 "sekolah rusak, Selasa (10/2/2026).\n\n\"Kami prioritaskan yang paling parah,\" kata Syaiful.\n"
                 "Kabar Madura © 2026 | Kode Etik | Redaksi | Iklan\n")
    assert "Kode Etik" not in rows.article["body"] and "2026" not in dates(rows)


def test_a_place_and_day_then_the_agency_in_brackets_is_a_dateline():
    rows = build("Record number of black-faced spoonbills counted\n03/05/2026 05:18 PM\nTaipei, March 5 (CNA) A record 7,215 "
                 "black-faced spoonbills were counted across East Asia this winter.\n", language="en")
    assert rows.article["dateline"] == "Taipei"
    assert rows.article["body"].startswith("A record 7,215")


def test_a_wires_label_in_brackets_may_open_the_headline():
    rows = build("Yonhap News Agency\nNational\n(LEAD) Record 49 elementary schools to close next year amid falling student "
                 "numbers\n2026.01.14 15:02\nSEOUL, Jan. 14 (Yonhap) -- A record 49 elementary schools will close next year, "
                 "the education ministry said Wednesday.\n", language="en")
    assert rows.article["title"] == "(LEAD) Record 49 elementary schools to close next year amid falling student numbers"


def test_an_acronym_in_an_unnamed_speakers_description_names_no_one():
    rows = body_page("Ketua PGRI Maluku, Johanis Latuheru, mengatakan gaji belum dibayar. \"Kami menunggu,\" ujarnya.\n\n"
                     "Seorang guru SD di Pulau Haruku yang enggan disebutkan namanya mengaku terpaksa menggadaikan perhiasan. "
                     "\"Anak saya mau ujian semester,\" katanya lirih.\n")
    assert quotes(rows) == [("Kami menunggu,", "Johanis Latuheru"), ("Anak saya mau ujian semester,", None)]


def test_three_month_names_listed_are_months_two_alone_may_be_names():
    rows = body_page("Mereka mengadukan gaji yang belum dibayarkan selama tiga bulan, yakni September, Oktober, dan November. "
                     "Kakak beradik Mei dan Juni ikut hadir.\n", header="Gaji Guru Belum Dibayar\n\nSelasa, 9 Desember 2025\n")
    found = dates(rows)
    assert found["September"] == (D(2025, 9, 1), "month") and found["November"] == (D(2025, 11, 1), "month")
    assert "Mei" not in found and "Juni" not in found


def test_the_sites_name_from_its_masthead_opening_the_lead_is_no_place():
    rows = build("Dream.co.id\nBPIH 2026 Disepakati Rp87,4 Juta per Jemaah\nKamis, 8 Januari 2026 19:00\nDream - Pemerintah dan "
                 "Komisi VIII DPR RI resmi menyepakati rata-rata biaya haji 2026 sebesar Rp87,4 juta per jemaah.\n")
    assert rows.article["dateline"] is None
    assert rows.article["body"].startswith("Pemerintah dan Komisi VIII")


# --- over-general rules an eighth review reproduced ------------------------------------------------


@pytest.mark.parametrize("page, title", [
    ("Tempo\nNasional\nIstana Bantah Laporan Investigasi Tempo\nKamis, 13 Februari 2025 14:20 WIB\nJAKARTA - Istana "
     "membantah laporan itu dalam keterangan tertulis, Kamis (13/2).\n", "Istana Bantah Laporan Investigasi Tempo"),
    ("The Guardian\nMedia\nBillionaire sues The Guardian\nTue 10 Mar 2026 17.42 GMT\nA billionaire has sued the newspaper "
     "over a series of articles published last year.\n", "Billionaire sues The Guardian")])
def test_a_headline_naming_the_paper_is_no_glued_byline(page, title):
    assert build(page).article["title"] == title


def test_a_paragraph_opened_by_a_category_label_stays_in_the_story():
    rows = body_page("Panitia mengumumkan para pemenang lomba kebersihan sekolah.\n\nKategori: SD/MI, juara pertama diraih "
                     "SDN 3 Sukamaju, disusul SDN 1 Cibalong dan SDN 2 Mekarsari.\n")
    assert "juara pertama diraih SDN 3 Sukamaju" in rows.article["body"]


@pytest.mark.parametrize("text", ["Tiga putri kembar itu diberi nama April, Mei, dan Juni.",
                                  "Ketiga bayi itu bernama April, Mei, dan Juni."])
def test_three_month_names_given_as_names_are_no_dates(text):
    assert set(dates(body_page(text + "\n"))) == {"Kamis, 13 Februari 2025"}


def test_three_listed_months_before_a_year_all_take_it_and_a_forecast_list_turns_the_year():
    rows = body_page("Kekeringan melanda pada Juni, Juli, dan Agustus 2023. Puncak hujan diperkirakan pada November, "
                     "Desember, dan Januari.\n")
    found = dates(rows)
    assert found["Juni"] == (D(2023, 6, 1), "month") and found["Juli"] == (D(2023, 7, 1), "month")
    assert found["Januari"] == (D(2026, 1, 1), "month")


@pytest.mark.parametrize("lead, place", [
    ("New Delhi [India], March 5 (ANI): Benchmark indices rose sharply as foreign investors returned.", "New Delhi"),
    ("Kuala Lumpur, 5 March (Bernama) The government will review fuel subsidies next month, the minister said.",
     "Kuala Lumpur"),
    ("Berlin, March 5 (dpa) Germany's economy shrank again in the last quarter, official figures showed.", "Berlin"),
    ("Thursday, March 5 (AP) Forecasters issued a storm warning for the coast on Thursday morning.", None)])
def test_wire_datelines_with_the_day_and_the_agency_in_brackets(lead, place):
    rows = build(f"Markets rally as investors return to equities\nMarch 5, 2026\n{lead}\n", language="en")
    assert rows.article["dateline"] == place


@pytest.mark.parametrize("trail", ["Home / Cities / Bengaluru News / ", "Home | Cities | Bengaluru News | ", "Home / "])
def test_trails_from_the_home_page_over_the_headline_are_furniture(trail):
    headline = "Bengaluru's Pink Line metro to open in phases from May, four more trains for Yellow Line by March"
    rows = build(f"Hindustan Times\nLatest News\n{trail}{headline}\n{headline}\nThe elevated stretch of the Pink Line "
                 "between Kalena Agrahara and Tavarekere has cleared the safety inspection, officials said on Wednesday\n"
                 "By Sharath Kumar Nair, BengaluruUpdated on: Jan 22, 2026 07:41 pm IST\nShare Via\nThe metro corporation "
                 "will open the elevated section of the Pink Line in May, officials said on Thursday.\n", language="en")
    assert rows.article["title"] == headline


def test_a_caption_labelled_with_common_words_is_no_dateline():
    rows = build("Hak Interpelasi Disetujui DPRD Pamekasan\nKamis, 5 Februari 2026 14:22 WIB\nSIDANG PARIPURNA - Suasana rapat "
                 "paripurna DPRD Pamekasan di Jalan Kabupaten, Rabu (4/2/2026). Sebanyak 28 anggota dewan menyetujui hak "
                 "interpelasi.\nRingkasan Berita:\n28 dari 45 anggota DPRD menyetujui hak interpelasi\nBupati diberi waktu "
                 "menjawab\nLaporan Wartawan TribunMadura.com, Moh Rifqi Hidayat\nTRIBUNMADURA.COM, PAMEKASAN - Rapat paripurna "
                 "DPRD Pamekasan, Rabu (4/2/2026), menyetujui penggunaan hak interpelasi.\n")
    assert rows.article["dateline"] == "PAMEKASAN"


def test_a_byline_with_the_place_filed_from_is_no_headline_and_gives_the_dateline():
    rows = build("Hürriyet Daily News\nTürkiye\nCommittee approves judicial package as opposition walks out\nOpposition "
                 "parties vow to take the bill to the Constitutional Court\nCansu Erdem - ANKARA\nPublished February 18 2026 "
                 "13:42:00\nThe Turkish Parliament's Justice Committee approved the government's judicial reform package "
                 "late on Tuesday after a 14-hour session.\n", language="en")
    assert rows.article["title"] == "Committee approves judicial package as opposition walks out"
    assert rows.article["dateline"] == "ANKARA"


def test_english_words_of_a_company_title_are_no_people():
    rows = body_page("Area Manager Communication, Relations & CSR Pertamina Patra Niaga Regional Sulawesi, Fahrougi Andriani "
                     "Sumampouw, memastikan stok aman.\n")
    assert set(people(rows)) == {"Fahrougi Andriani Sumampouw"}


def test_a_section_label_over_a_headline_without_a_full_stop_is_no_dateline():
    rows = build("theSun\nNews\nMALAYSIA\nWater supply to 1.1 million Klang Valley users to be fully restored by Sunday, says "
                 "Air Selangor\nBY NUR AFIQAH ZULKIFLI\n07 Mar 2026 / 14:25 H.\nPETALING JAYA: Water supply to more than 1.1 "
                 "million users in Petaling and Hulu Langat is expected to be fully restored by Sunday.\n", language="en")
    assert rows.article["title"].startswith("Water supply to 1.1 million")
    assert rows.article["published"] == D(2026, 3, 7)
    assert rows.article["dateline"] == "PETALING JAYA"


def test_platforms_feasts_and_an_office_short_form_are_no_people():
    rows = body_page("Menjelang Idulfitri, Ditjen Migas memastikan pasokan aman. Seorang pengguna Reddit menulis bahwa harga "
                     "naik, dan Pertamina Patra Niaga Regional Sumbagut menambah stok.\n\n\"Kami akan duduk bersama pemda,\" "
                     "kata Direktur Pembinaan Usaha Hilir, Mustika Pertiwi.\n")
    assert set(people(rows)) == {"Mustika Pertiwi"}


def test_a_january_day_written_in_december_lies_ahead_unless_since_says_otherwise():
    rows = body_page("Libur sekolah berakhir 2 Januari. Dinas mencatat 612 kasus sejak 1 Januari hingga 7 Desember.\n",
                     header="Libur Sekolah Segera Berakhir\n\nSelasa, 9 Desember 2025\n")
    found = dates(rows)
    assert found["2 Januari"] == (D(2026, 1, 2), "day")
    assert found["1 Januari"] == (D(2025, 1, 1), "day")


# --- over-general rules a ninth review reproduced --------------------------------------------------


@pytest.mark.parametrize("lead, place", [
    ("NEW YORK - Indeks saham utama di Wall Street ditutup menguat setelah data inflasi lebih rendah dari perkiraan.",
     "NEW YORK"),
    ("TRIBUNNEWS.COM, LOS ANGELES - Kebakaran hutan di Los Angeles terus meluas dan memaksa ribuan warga mengungsi sejak "
     "Rabu.", "LOS ANGELES")])
def test_a_roundups_first_lead_is_no_caption_before_the_second_dateline(lead, place):
    rows = build("Wall Street Menguat, IHSG Diprediksi Ikut Naik\nKamis, 13 Februari 2025 08:10 WIB\n" + lead +
                 "\nJAKARTA - Analis memperkirakan IHSG akan ikut menguat pada perdagangan hari ini.\n")
    assert rows.article["dateline"] == place


@pytest.mark.parametrize("byline", ["Ahmad Fauzi - ANTARA", "John Smith - AFP"])
def test_a_byline_crediting_an_agency_gives_no_dateline(byline):
    rows = build(f"Dua Pelaku Pencurian Motor Ditangkap Polisi\n{byline}\nKamis, 13 Februari 2025\nPolisi menangkap dua "
                 "pelaku pencurian sepeda motor di kawasan pasar pada Rabu malam.\n")
    assert rows.article["dateline"] is None


def test_a_short_headline_with_a_tag_above_the_date_stays_the_title():
    rows = build("Timnas Indonesia Kalahkan Vietnam - AFF\nKamis, 13 Februari 2025\nTimnas Indonesia mengalahkan Vietnam 2-0 "
                 "dalam laga lanjutan di Stadion Gelora Bung Karno, Rabu malam.\n")
    assert rows.article["title"] == "Timnas Indonesia Kalahkan Vietnam - AFF"


def test_a_dateline_alone_over_a_hard_wrapped_lead_stays():
    rows = build("Government Unveils New Subsidy Scheme For Families\nThursday, February 13, 2025\nKUALA LUMPUR\nThe "
                 "government on Thursday announced a new cash aid scheme for low-income households across\nthe country, "
                 "Finance Minister Ahmad Zaki said at a press conference in the capital.\n", language="en")
    assert rows.article["dateline"] == "KUALA LUMPUR"


def test_a_platforms_user_is_someone_unnamed():
    rows = build("Parking fees to rise\nMarch 3, 2026\nSINGAPORE - Fees will rise in June, the agency said.\n\n\"Three months "
                 "is quite fast,\" wrote one Reddit user. \"Why not wait?\" asked a Facebook user.\n", language="en")
    assert quotes(rows) == [("Three months is quite fast,", None), ("Why not wait?", None)]
    assert people(rows) == {}


def test_an_institution_described_in_lower_case_is_the_subject_of_words_quoted_in_its_sentence():
    rows = build("Vote bill passes\nMarch 3, 2026\nNICOSIA - Lawmakers debated the bill.\n\nThe interior ministry said in a "
                 "statement on Wednesday that it would “fully implement whatever the House decides” and more.\n",
                 language="en")
    assert quotes(rows) == [("fully implement whatever the House decides", "interior ministry")]


def test_in_english_the_word_after_a_title_opens_the_name_even_when_a_later_word_is_used_alone():
    rows = build("Tuna price raised\nMarch 3, 2026\nMALE - The company raised its price. Managing Director Hassan Zahir "
                 "Abdulla told reporters at the head office that prices rose.\n\n\"We have been listening,\" Zahir said.\n",
                 language="en")
    assert people(rows) == {"Hassan Zahir Abdulla": "Managing Director"}
    assert quotes(rows) == [("We have been listening,", "Hassan Zahir Abdulla")]


def test_the_headline_repeated_over_the_lead_photos_credit_stays_the_title():
    rows = build("GhanaWeb\nHome\nNews\nHospital gets six new dialysis machines, patients lament cost\nGeneral News of "
                 "Tuesday, 11 March 2025\nHospital gets six new dialysis machines, patients lament cost\nFile photo: A "
                 "patient\nThe hospital has taken delivery of six new machines, a move expected to cut waiting times.\n",
                 language="en")
    assert rows.article["title"] == "Hospital gets six new dialysis machines, patients lament cost"


def test_a_dateline_with_the_agency_after_the_date_and_a_dash():
    rows = build("Hospital gets new machines\nTuesday, 11 March 2025\nHo, March 11, GNA - The Ho Teaching Hospital has "
                 "taken delivery of six new machines.\n", language="en")
    assert rows.article["dateline"] == "Ho"


def test_an_offices_name_listed_with_commas_and_spelled_by_its_acronym_goes_before_the_speakers_name():
    rows = body_page("\"Rotan Cirebon sudah dikenal di dunia,\" kata Direktur Jenderal Industri Kecil, Menengah, dan Aneka "
                     "(IKMA) Kemenperin Dyah Puspitasari Handayani saat meninjau sentra tersebut, Senin (13/10).\n")
    assert quotes(rows) == [("Rotan Cirebon sudah dikenal di dunia,", "Dyah Puspitasari Handayani")]
    assert people(rows) == {"Dyah Puspitasari Handayani":
                            "Direktur Jenderal Industri Kecil, Menengah, dan Aneka (IKMA) Kemenperin"}


def test_a_name_described_after_a_comma_keeps_its_first_word_beside_a_business_named_after_him():
    rows = body_page("Harga mobil listrik bekas turun.\nRudi Hartanto, pemilik showroom Hartanto Motor di Kelapa Gading, "
                     "mengaku menahan stok.\n\"Sekarang orang datang nawar,\" ujar Rudi saat ditemui.\n")
    assert people(rows) == {"Rudi Hartanto": None}
    assert quotes(rows) == [("Sekarang orang datang nawar,", "Rudi Hartanto")]


def test_a_page_stamped_only_updated_takes_that_day_over_the_bodys_weekday():
    rows = build("Harga Rumah di Pinggiran Yogyakarta Naik 8,4 Persen\nDiperbarui 15 Jan 2026 · 5 menit membaca\nHarga rumah "
                 "naik, kata pengembang dalam paparan virtual, Rabu (14/1).\n")
    assert rows.article["published"] == dt.date(2026, 1, 15)


def test_a_sites_address_in_a_role_is_no_part_of_the_name_after_it():
    rows = body_page("Pemain Australia Travis Head mencetak 150 run. \"Saya senang,\" kata Head.\n")
    assert quotes(rows) == [("Saya senang,", "Travis Head")]  # (an English title's first word may be a surname)
    rows = body_page("“Permintaan masih sangat tinggi,” kata Head of Marketing Rumah.com Larasati Kusumawardani dalam "
                     "paparan virtual, Rabu (12/2).\n")
    assert quotes(rows) == [("Permintaan masih sangat tinggi,", "Larasati Kusumawardani")]
    assert set(people(rows)) == {"Larasati Kusumawardani"}


def test_a_short_name_of_two_words_in_brackets_names_the_organisation_again():
    rows = body_page("Badan Pengelola Tabungan Perumahan Rakyat (BP Tapera) memastikan kuota ditambah.\n“Penyaluran "
                     "mencapai 4.812 unit,” tulis BP Tapera dalam siaran persnya, Senin (10/2).\n")
    assert quotes(rows) == [("Penyaluran mencapai 4.812 unit,", "Badan Pengelola Tabungan Perumahan Rakyat")]
    assert people(rows) == {}


def test_an_inline_link_after_read_and_a_bar_is_no_dateline_and_the_lead_stays():
    rows = build("Parts of Joburg dry for fifth day\n11 Feb 2026\nThousands of households entered a fifth day without water "
                 "on Wednesday.\nThe utility said supply would return soon.\nREAD | Tshwane residents face water restrictions "
                 "as dam levels drop\nBut residents say the tankers are not enough.\n", language="en")
    assert rows.article["dateline"] is None
    assert rows.article["body"].startswith("Thousands of households")
    assert "Tshwane" not in rows.article["body"]


def test_a_day_in_a_clause_reported_after_said_is_not_the_day_a_later_quote_was_said():
    rows = build("Parts of Joburg dry for fifth day\n11 Feb 2026\nJohannesburg Water said the pumping station had lost two of "
                 "its four pumps on Saturday, cutting supply.\n\n“One pump was returned to service late yesterday,” "
                 "spokesperson Lungile Mahlangu said.\n", language="en")
    assert dates(rows)["yesterday"] == (dt.date(2026, 2, 10), "day")


@pytest.mark.parametrize("sentence, day", [
    ("Forecasters expect daytime highs climbing to around -18 by Saturday.", dt.date(2026, 2, 14)),
    ("About 30 families had registered at the shelter by Saturday night.", dt.date(2026, 2, 7)),
    ("By Saturday, the draft was approved at the committee level.", dt.date(2026, 2, 7)),
    ("The road, damaged by Saturday's flood, remains closed to traffic.", dt.date(2026, 2, 7)),
    ("Residents did not expect the flood on Saturday to reach their homes.", dt.date(2026, 2, 7)),
    ("Gold falls on Saturday as the dollar strengthens, traders said.", dt.date(2026, 2, 7))])
def test_a_deadline_before_a_weekday_lies_ahead_unless_the_clause_speaks_of_the_past(sentence, day):
    rows = build(f"Cold warning\nTuesday, February 10, 2026\nWINNIPEG - Schools moved online. {sentence}\n", language="en")
    weekday = next(text for text in dates(rows) if text.startswith("Saturday"))
    assert dates(rows)[weekday][0] == day


def test_a_place_after_a_preposition_and_an_article_is_no_one():
    rows = build("Cold warning\nTuesday, February 10, 2026\nWINNIPEG - Schools moved online.\n\nGlenda Okafor, a mother of "
                 "three in the North End, said the days have been hard. She works a morning shift.\n\n\"It is not ideal,\" "
                 "she said.\n", language="en")
    assert people(rows) == {"Glenda Okafor": None}
    assert quotes(rows) == [("It is not ideal,", "Glenda Okafor")]


def test_a_date_then_oleh_and_the_writer_is_the_header_date_line():
    rows = build("Kenaikan UKT Diprotes, Rektorat Janji Buka Jalur Banding\n14 Mei 2025 oleh Redaksi Institut 1 Komentar\n"
                 "Ratusan mahasiswa menggelar aksi di depan gedung rektorat, Senin (12/5).\n")
    assert rows.article["published"] == dt.date(2025, 5, 14)
    assert "Komentar" not in rows.article["body"]


def test_a_blogs_related_posts_open_the_pages_tail():
    rows = body_page("Ratusan mahasiswa menggelar aksi di depan gedung rektorat.\nPos Terkait\nDema-U Tagih Janji Transparansi "
                     "Anggaran Kampus\n28 April 2025\n")
    assert "Transparansi" not in rows.article["body"]
    assert "28 April 2025" not in dates(rows)


def test_a_press_releases_sign_off_gives_the_dateline_its_lead_lacks():
    rows = build("Hentikan Kriminalisasi Warga Penolak Tambang\n22 September 2025\nKontraS mengecam penangkapan empat warga "
                 "desa pada Kamis (18/9) malam.\nSidang praperadilan dijadwalkan pekan depan.\nJakarta, 22 September 2025\n"
                 "Badan Pekerja KontraS\nSiaran Pers Terkait\nBebaskan Petani Pohuwato yang Ditangkap\n4 Agustus 2025\n")
    assert rows.article["dateline"] == "Jakarta"
    assert "4 Agustus 2025" not in dates(rows)


def test_a_company_closed_by_its_legal_form_speaks_as_the_company():
    rows = build("Bridge works resume\nTuesday, February 10, 2026\nABUJA - Work resumed on Monday.\n\nBolmark Construction "
                 "Limited, the contractor handling the project, said in a statement that it had remobilised to site.\n\n"
                 "\"Our equipment is back on site,\" the company said.\n", language="en")
    assert quotes(rows) == [("Our equipment is back on site,", "Bolmark Construction Limited")]


def test_a_titled_name_before_a_title_of_several_words_after_a_comma_is_the_person():
    rows = build("Hospital gets new machines\nTuesday, 11 March 2025\nHO - The hospital received six machines.\n\nMr Selorm "
                 "Amenyo, Executive Director of the VDF, said the foundation raised the funds.\n\n\"We kept that promise,\" "
                 "he said.\n", language="en")
    assert quotes(rows) == [("We kept that promise,", "Selorm Amenyo")]



@pytest.mark.parametrize("masthead, outlet", [("TRIBUNJAMBI.COM", "Tribun Jambi"), ("TribunMedan.com", "Tribun Medan"),
                                              ("Tribunjogja.com", "Tribun Jogja")])
def test_a_networks_regional_site_is_its_regional_paper(masthead, outlet):
    rows = build(f"{masthead}\nBanjir Rendam Ratusan Rumah Warga di Tepi Sungai\nKamis, 13 Februari 2025\nRatusan rumah "
                 "terendam banjir sejak Rabu malam.\n")
    assert rows.article["outlet"] == outlet


def test_an_organisation_then_a_job_in_lower_case_then_a_full_name_is_the_person_speaking():
    rows = build("Baguio logs 9.8C\nTuesday, February 10, 2026\nMANILA - The Philippine Atmospheric, Geophysical and "
                 "Astronomical Services Administration (PAGASA) said the reading was a record.\n\n\"We expect the monsoon to "
                 "remain strong,\" PAGASA weather specialist Rhea Mae Dumangas said in a briefing.\n", language="en")
    assert quotes(rows) == [("We expect the monsoon to remain strong,", "Rhea Mae Dumangas")]


def test_an_organisation_advising_in_words_quoted_is_their_speaker():
    rows = build("Baguio logs 9.8C\nTuesday, February 10, 2026\nMANILA - The Philippine Atmospheric, Geophysical and "
                 "Astronomical Services Administration (PAGASA) said the reading was a record.\n\nIn a statement, PAGASA "
                 "advised residents to \"keep warm and stay hydrated,\" noting that cold air worsens illnesses.\n\nIn a "
                 "statement, BFAR-6 reminded fishers of the ban.\n", language="en")
    assert quotes(rows) == [("keep warm and stay hydrated,",
                             "Philippine Atmospheric, Geophysical and Astronomical Services Administration")]
    assert people(rows) == {}


def test_a_caption_closed_by_a_source_label_the_agency_and_its_photographer_is_no_headline():
    rows = build("SBS News\nAustralia\nResidents told to leave now as bushfire threatens Grampians towns\nMore than 300 "
                 "firefighters are battling a blaze in Victoria's west.\nListen to this article 4:12 min\nA water-bombing "
                 "aircraft drops retardant near Halls Gap on Monday. Source: AAP / Luke Hemer\nBy Emma Nguyen\nPublished 12 "
                 "January 2026 1:15pm\nAn emergency warning is in place for several towns.\n\nThe fire burns towards Halls "
                 "Gap, a firefighter said.\n\nWith AAP\nNSW heatwave: Sydney braces for 44C\n12 January 2026\n",
                 language="en")
    assert rows.article["title"] == "Residents told to leave now as bushfire threatens Grampians towns"
    assert "12 January 2026" not in rows.article["body"]
    assert people(rows) == {}


def test_a_name_closing_a_relative_clause_set_off_by_commas_is_not_who_speaks():
    rows = build("Water firm fined\nTuesday, February 10, 2026\nLONDON - A firm was fined.\n\nAnna Lindqvist, who swims in "
                 "the river near Kendal and founded the local group Save the Kent, told Sky News she had fallen ill.\n\n\"I "
                 "was sick for a week,\" she said.\n\nBrook Vale Water, which serves 900,000 customers across Cumbria and "
                 "north Lancashire, said it \"deeply regrets\" the incidents.\n\nA resident, who wished to be identified only "
                 "as Siti, said two neighbours were ill. \"My son was admitted on Thursday,\" the 34-year-old mother said.\n",
                 language="en")
    assert quotes(rows)[:2] == [("I was sick for a week,", "Anna Lindqvist"), ("deeply regrets", "Brook Vale Water")]
    assert quotes(rows)[2] == ("My son was admitted on Thursday,", "Siti")


def test_christian_opens_a_given_name():
    rows = body_page("Prakirawan BMKG, Christian Wowor, menyebut fenomena seruak dingin memicu hujan.\n\"Warga harap "
                     "waspada,\" kata Wowor.\n")
    assert people(rows) == {"Christian Wowor": "Prakirawan BMKG"}
    assert quotes(rows) == [("Warga harap waspada,", "Christian Wowor")]


@pytest.mark.parametrize("text, language", [
    ("Bupati Bolmong Rusdi Mamonto saat membuka Festival Kopi Mongondow pada Sabtu lalu menyebut kopi sebagai “emas "
     "hijau” daerah itu.", "id"),
    ("Mayor Rusdi Mamonto, opening the Kendal Food Festival on Saturday, called coffee “green gold” for the region.", "en")])
def test_an_event_is_no_one(text, language):
    rows = build(f"Kopi Jadi Andalan Daerah\nKamis, 13 Februari 2025\nLOLAK - {text}\n", language=language)
    assert list(people(rows)) == ["Rusdi Mamonto"]
    assert [speaker for _, speaker in quotes(rows)] == ["Rusdi Mamonto"]


def test_a_sentence_opening_before_menurut_and_its_speaker_is_no_one():
    rows = body_page("Hakim Ketua Ratna Dewi Lestari membacakan vonis.\nHal yang memberatkan, menurut hakim, terdakwa tidak "
                     "mendukung program pemerintah dan \"berbelit-belit\" selama persidangan. Adapun hal yang meringankan, "
                     "terdakwa belum pernah dihukum.\n")
    assert set(people(rows)) == {"Ratna Dewi Lestari"}
    assert [speaker for _, speaker in quotes(rows)] != ["Hal"]


# Over-general rules a tenth review reproduced: each case below went wrong after a rule of this session.

def test_a_name_after_around_is_still_a_person():
    rows = build("Musk row deepens\nThursday, February 13, 2025\nWASHINGTON - The controversy around Elon Musk deepened on "
                 "Wednesday. Musk did not respond.\n", language="en")
    assert set(people(rows)) == {"Elon Musk"}


def test_a_party_in_brackets_after_a_name_stays_the_persons():
    rows = body_page("Anggota Komisi IV DPR RI Budi Santoso (PDI Perjuangan) meminta pemerintah turun tangan. \"Petani "
                     "menjerit,\" kata Budi.\n")
    assert people(rows) == {"Budi Santoso": "Anggota Komisi IV DPR RI"}
    assert quotes(rows) == [("Petani menjerit,", "Budi Santoso")]


@pytest.mark.parametrize("text", ["Buruh pabrik Siti Aminah (35) mengaku belum menerima gaji.",
                                  "Pemilik restoran Siti Aminah mengatakan omzetnya turun."])
def test_a_person_after_a_kind_of_workplace_stays_a_person(text):
    rows = body_page(text + " \"Kami butuh makan,\" kata Siti.\n")
    assert quotes(rows) == [("Kami butuh makan,", "Siti Aminah")]


@pytest.mark.parametrize("attribution, speaker", [
    ("kata Budi Santoso, Ketua Himpunan Nelayan dan Petani (HNP) Kabupaten Bone.", "Budi Santoso"),
    ("kata Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Dwikorita Karnawati.", "Dwikorita Karnawati")])
def test_the_name_after_a_list_spelled_by_an_acronym_or_before_a_role_speaks(attribution, speaker):
    rows = body_page(f"\"Data kami lengkap,\" {attribution}\n")
    assert quotes(rows) == [("Data kami lengkap,", speaker)]


def test_a_regional_site_with_a_hyphen_is_its_regional_paper():
    rows = build("Banjir Rendam Ratusan Rumah Warga di Tepi Sungai\nKamis, 13 Februari 2025\nMEDAN, TRIBUN-MEDAN.COM - "
                 "Ratusan rumah terendam banjir sejak Rabu malam.\n")
    assert rows.article["outlet"] == "Tribun Medan"


def test_a_place_and_date_after_a_colon_is_where_an_event_is_held_not_a_sign_off():
    rows = build("Lomba Paduan Suara Pelajar Dibuka\nKamis, 13 Februari 2025\nPendaftaran lomba paduan suara pelajar telah "
                 "dibuka hingga akhir bulan.\nLomba akan digelar di:\nSurabaya, 20 Maret 2025\n")
    assert rows.article["dateline"] is None


def test_a_captions_label_before_a_masthead_lead_is_no_dateline():
    rows = build("Longsor Timbun Jalan Provinsi di Karangasem\nSelasa, 20 Januari 2026 | 13:45 WITA\nTERTIMBUN: Petugas BPBD "
                 "Karangasem membersihkan material longsor di ruas jalan Tianyar, Kubu, Senin (19/1).\nBALIEXPRESS.ID – Hujan "
                 "lebat yang mengguyur Kabupaten Karangasem sejak Minggu malam memicu longsor di 23 titik.\n")
    assert rows.article["dateline"] is None
    assert rows.article["body"].startswith("Hujan lebat")


def test_a_sites_domain_a_bar_and_a_place_open_the_lead():
    rows = build("Pungutan Wisatawan Asing Terkumpul Rp 118 Miliar\nSenin, 13 April 2026 - 18:20\nKOORDINASI - Kepala Dinas "
                 "Pariwisata Provinsi Bali memimpin rapat evaluasi pungutan wisatawan asing di Denpasar, Senin (13/4).\n"
                 "balitribune.co.id | Denpasar - Penerimaan pungutan wisatawan asing sepanjang triwulan pertama naik.\n")
    assert rows.article["dateline"] == "Denpasar"


def test_words_quoted_after_adding_that_are_the_speakers_named_before_the_cue():
    rows = build("Flights to Lukla resume\nTuesday, February 10, 2026\nKATHMANDU - Flights resumed.\n\nCAAN spokesperson Sujan "
                 "Adhikari said more slots were allowed. “Airlines have been asked to operate early,” Adhikari said, adding "
                 "that the authority would “review the Manthali arrangement” after the season.\n\nThe Trekking Agencies’ "
                 "Association of Nepal (TAAN) said that the disruption had caused losses of “at least Rs 150 million” to "
                 "its members.\n", language="en")
    assert quotes(rows) == [("Airlines have been asked to operate early,", "Sujan Adhikari"),
                            ("review the Manthali arrangement", "Sujan Adhikari"),
                            ("at least Rs 150 million", "Trekking Agencies’ Association of Nepal")]


def test_before_a_weekday_in_a_forecast_lies_ahead_and_an_unnamed_operator_is_no_organisation():
    rows = build("Heavy rain alert\nMonday, February 23, 2026\nSUVA - \"We are expecting heavy rainfall in the Western "
                 "Division before Wednesday,\" a forecaster says.\n\nA ferry operator says passengers have been waiting "
                 "since yesterday.\n\n\"We understand people are frustrated,\" the operator says.\n", language="en")
    assert dates(rows)["Wednesday"] == (dt.date(2026, 2, 25), "day")
    assert quotes(rows)[1] == ("We understand people are frustrated,", None)


def test_where_someone_unnamed_lives_before_their_name_set_off_by_commas_is_a_place():
    rows = body_page("Sementara itu, seorang warga Batu Aji, Rosmawati (41), mengaku sudah bersiap menukarkan uang.\n")
    assert people(rows) == {"Rosmawati": "warga Batu Aji"}


def test_a_place_closed_by_gap_is_no_one_and_a_name_after_according_to_and_a_job_speaks():
    rows = build("Bushfire threatens towns\nMonday, January 12, 2026\nMELBOURNE - An emergency warning is in place for Halls "
                 "Gap, Pomonal and surrounding areas.\n\nThe fire has burnt 12,000 hectares, according to Country Fire "
                 "Authority (CFA) incident controller Sarah McKenzie.\n\n“The fire has made significant runs this morning,” "
                 "she told reporters.\n", language="en")
    assert set(people(rows)) == {"Sarah McKenzie"}
    assert quotes(rows) == [("The fire has made significant runs this morning,", "Sarah McKenzie")]


def test_a_name_after_a_pronoun_opening_the_sentence_is_not_the_paragraphs_subject():
    rows = body_page("Desainer muda Nadia Kirana Putri (27) memperkenalkan koleksinya. \"Awalnya cuma iseng,\" kata Nadia.\n\nSalah "
                     "satu pengunjung, Theresia Anggraini, langsung memborong dua outer. Ia mengaku sudah mengikuti akun "
                     "Instagram Nadia sejak 2024. \"Motifnya nggak pasaran,\" ujarnya.\n")
    assert quotes(rows) == [("Awalnya cuma iseng,", "Nadia Kirana Putri"), ("Motifnya nggak pasaran,", "Theresia Anggraini")]


@pytest.mark.parametrize("office", ["Dinas Perindustrian dan Perdagangan Kota Kendari",
                                    "Dinas Lingkungan Hidup dan Kehutanan Provinsi Bengkulu"])
def test_the_head_of_an_office_of_two_parts_and_its_place_is_the_person_named_after_it(office):
    rows = body_page(f"Sementara itu, Kepala {office} Yusran Lapaodi mengatakan pihaknya akan menggelar operasi pasar. "
                     "\"Stok masih aman,\" jelas Yusran.\n")
    assert people(rows) == {"Yusran Lapaodi": f"Kepala {office}"}
    assert quotes(rows) == [("Stok masih aman,", "Yusran Lapaodi")]


def test_a_post_nominal_after_a_name_is_no_part_of_it():
    rows = build("Council official jailed\nThursday, February 13, 2025\nCORK - A former official was jailed.\n\nCounsel for "
                 "the accused, Brendan Lyons SC, said his client had repaid the money.\n\n“He is deeply ashamed,” Mr Lyons "
                 "said.\n", language="en")
    assert quotes(rows) == [("He is deeply ashamed,", "Brendan Lyons")]


def test_a_profession_opening_a_sentence_is_no_part_of_the_name_after_it():
    rows = build("Water rationing extended\nThursday, February 13, 2025\nAMMAN - Rationing was extended.\n\nHydrologist Lina "
                 "Haddad, a professor at the University of Jordan, said water has fallen.\n\n“Rationing buys time,” Haddad "
                 "said.\n", language="en")
    assert quotes(rows) == [("Rationing buys time,", "Lina Haddad")]


def test_a_date_with_no_space_after_its_comma_and_the_far_end_of_a_range_ahead():
    rows = build("Water rationing extended\nBy JT - Feb 04,2026 - Last updated at Feb 04,2026\nAMMAN - The plan, which "
                 "will run from June 1 to September 30, would reduce deliveries.\n", language="en")
    assert rows.article["published"] == dt.date(2026, 2, 4)
    assert dates(rows)["June 1"] == (dt.date(2026, 6, 1), "day")
    assert dates(rows)["September 30"] == (dt.date(2026, 9, 30), "day")


def test_a_news_agency_named_after_its_description_is_no_one_speaking():
    rows = build("Water rationing extended\nFebruary 4, 2026\nAMMAN - Minister of Water Omar Khreisat spoke.\n\n“We face a "
                 "weak season,” Khreisat told a press conference, the Jordan News Agency, Petra, reported.\n\n“Every cubic "
                 "metre counts,” he said.\n", language="en")
    assert quotes(rows) == [("We face a weak season,", "Omar Khreisat"), ("Every cubic metre counts,", "Omar Khreisat")]
    assert set(people(rows)) == {"Omar Khreisat"}


def test_an_administration_is_an_organisation_the_agency_stands_for():
    rows = build("Airport breaks record\nFebruary 4, 2026\nSAN JOSE - Record numbers passed through.\n\nThe country's "
                 "Immigration Administration (DGME) said it had added 12 officers. The agency described the waits as "
                 "\"isolated episodes\" linked to simultaneous arrivals.\n", language="en")
    assert quotes(rows) == [("isolated episodes", "Immigration Administration")]


@pytest.mark.parametrize("organisation, again", [("Biro Kemahasiswaan UMS", "Biro tersebut dalam rilisnya"),
                                                 ("Yayasan Pecinta Danau Toba", "Yayasan itu")])
def test_an_institution_named_again_by_its_kind_and_a_demonstrative_speaks(organisation, again):
    rows = body_page(f"Rektor UMS Hendra Wibisono Adhi hadir. Sebelumnya, {organisation} mencatat 312 penghargaan. {again} "
                     "menyebut capaian itu sebagai “hasil kerja kolektif dosen”.\n")
    assert quotes(rows) == [("hasil kerja kolektif dosen", organisation)]


@pytest.mark.parametrize("body, speaker", [
    ("Asosiasi Fintech Pendanaan Bersama Indonesia (AFPI) mendukung rencana OJK. Dalam keterangan tertulis, Jumat (7/2), "
     "asosiasi menyebut penurunan mendadak \"berisiko mendorong peminjam ke pinjol ilegal\".",
     "Asosiasi Fintech Pendanaan Bersama Indonesia"),
    ("PT Bahodopi Sinar Metalindo membantah membuang limbah. Dalam keterangan tertulis yang dikirim Rabu (12/2), "
     "perusahaan menyatakan “seluruh air buangan telah melalui kolam pendingin”.", "PT Bahodopi Sinar Metalindo"),
    ("Kementerian Keuangan menyalurkan dana desa. Sementara itu, partai menilai \"penyaluran dana terlambat\".", None),
    ("Dinas Kesehatan DKI Jakarta mencatat 300 kasus. Di sisi lain, kampus tersebut menyatakan \"kegiatan belajar "
     "tetap berjalan\".", None),
    ("Polda Metro Jaya menangkap pemilik akun @gosipterkini. Akun tersebut sebelumnya menulis \"polisi tidak becus "
     "bekerja\".", None)])
def test_an_institution_named_again_by_a_bare_noun_of_its_kind_speaks(body, speaker):
    rows = body_page(body + "\n")
    assert [who for _, who in quotes(rows)] == [speaker]


def test_a_festival_and_a_valley_are_no_one():
    rows = body_page("Warga memadati Lembah Palu saat puncak festival Bau Nyale, Rabu (12/2). \"Kami ingin tradisi ini "
                     "dikenal dunia,\" kata Lalu Sapta Wijaya.\n")
    assert set(people(rows)) == {"Lalu Sapta Wijaya"}


def test_the_head_named_after_of_the_and_an_organisation_is_a_person():
    rows = build("Tax official detained\nFebruary 27, 2026\nBISHKEK - An official was detained.\n\nThe official, Kubanychbek "
                 "Mamytov, 46, had headed the office since 2022.\n\nChairman of the State Tax Service Almaz Sydykov said "
                 "that the official had been suspended.\n\n“There will be no indulgences,” he told reporters.\n",
                 language="en")
    assert quotes(rows) == [("There will be no indulgences,", "Almaz Sydykov")]


def test_a_short_name_that_is_also_a_degree_after_a_clause_is_the_organisation():
    rows = body_page("Eksekusi dilakukan setelah Mahkamah Agung (MA) menolak permohonan kasasi.\nDalam amar putusannya, MA "
                     "menyatakan \"menolak permohonan kasasi dari terdakwa\" dan membebankan biaya perkara.\n")
    assert quotes(rows) == [("menolak permohonan kasasi dari terdakwa", "Mahkamah Agung")]


def test_the_role_in_lower_case_and_an_organisations_unnamed_spokeswoman_speak_for_their_holders():
    rows = build("Engineer jailed\nFebruary 4, 2026\nCORK - An engineer was jailed.\n\nJudge Siobhán Ní Chuilleanáin said "
                 "on Tuesday that Declan Hegarty had “abused a position of trust”.\n\nHegarty said he regretted it. “I am "
                 "sorry,” he said.\n\nImposing sentence, the judge said the factors included the “sophistication” of the "
                 "concealment.\n\nA spokeswoman for Cork County Council said the council had “fully co-operated”.\n\n“The "
                 "council has introduced rotation,” she said.\n", language="en")
    assert [speaker for _, speaker in quotes(rows)] == ["Siobhán Ní Chuilleanáin", "Declan Hegarty",
                                                        "Siobhán Ní Chuilleanáin", "Cork County Council",
                                                        "Cork County Council"]


def test_a_caption_closed_by_the_sites_name_in_lower_case_after_a_slash_is_no_headline():
    caption = "Tersangka MT mengenakan rompi tahanan saat digiring ke mobil tahanan Kejari Poso/hariansulteng\n"
    rows = build("HARIANSULTENG.COM\nHome / Hukum & Kriminal\nRabu, 3 Desember 2025 - 10:05 WIB\nKejari Poso Tahan Mantan "
                 "Kades Tersangka Korupsi Dana Desa\n" + caption + caption + "HARIANSULTENG.COM, "
                 "POSO – Kejaksaan Negeri Poso resmi menahan mantan kepala desa, Selasa (2/12/2025).\n")
    assert rows.article["title"] == "Kejari Poso Tahan Mantan Kades Tersangka Korupsi Dana Desa"
    assert "rompi" not in rows.article["body"]


# Over-general rules an eleventh review reproduced: each case below went wrong after a rule of this session.

@pytest.mark.parametrize("body, person", [
    ("Banjir datang.\nMenurut warga Rudi Hartono, air datang sangat cepat. \"Kami tidak sempat,\" ujarnya.\n",
     "Rudi Hartono"),
    ("Juara lomba Rizky Pratama (15) mengaku tidak menyangka. \"Saya latihan setiap hari,\" ujarnya.\n", "Rizky Pratama")])
def test_a_resident_or_a_winner_named_after_their_description_stays_a_person(body, person):
    rows = body_page(body)
    assert set(people(rows)) == {person}
    assert [speaker for _, speaker in quotes(rows)] == [person]


@pytest.mark.parametrize("sentence, text, day", [
    ("The man, who went missing before Monday, was found dead in a creek, police said.", "Monday", dt.date(2025, 2, 10)),
    ("On Feb 10,1200 workers walked off the job at the plant.", "Feb 10", dt.date(2025, 2, 10)),
    ("Retail sales rose 4% from July 1 to December 31, the bureau said.", "December 31", dt.date(2024, 12, 31)),
    ("Retail sales rose 4% from July 1 to December 31, the bureau said.", "July 1", dt.date(2024, 7, 1))])
def test_days_of_the_past_stay_behind(sentence, text, day):
    rows = build(f"Figures released\nThursday, February 13, 2025\nLONDON - {sentence}\n", language="en")
    assert dates(rows)[text] == (day, "day")


@pytest.mark.parametrize("body, speaker", [
    ("Tom Ridge, the first secretary of homeland security, said the plan was late. \"It is overdue,\" Ridge said.",
     "Tom Ridge"),
    ("Felician Nowak was named bishop on Wednesday. \"I am humbled,\" Nowak said.", "Felician Nowak"),
    ("In its ruling on Wednesday in New Delhi, SC said “the law violates the right to privacy”.", "SC")])
def test_surnames_and_short_names_that_look_like_place_words_professions_or_degrees(body, speaker):
    rows = build(f"News of the day\nThursday, February 13, 2025\nLONDON - {body}\n", language="en")
    assert [who for _, who in quotes(rows)] == [speaker]


def test_a_bracketed_update_stamp_under_a_byline_at_the_foot_dates_the_page():
    rows = build("Lao League 1 to kick off next month\nVIENTIANE - The federation confirmed the season will kick off next month."
                 "\n\nThe announcement was made at a press conference on Monday.\n\nBy Times Reporters\n(Latest Update February "
                 "4, 2026)\nTop stories\n", language="en")
    assert rows.article["published"] == dt.date(2026, 2, 4)
    assert dates(rows)["Monday"] == (dt.date(2026, 2, 2), "day")


@pytest.mark.parametrize("role, company, name", [("Direktur Utama", "PT Pertamina", "Nicke Widyawati"),
                                                 ("Direktur Pengadaan", "Perum Bulog", "Ratna Kusumawardhani")])
def test_a_title_a_company_of_one_word_and_a_name_is_the_companys_officer(role, company, name):
    rows = body_page(f"Menanggapi hal itu, {role} {company} {name} menyatakan pihaknya siap. \"Stok aman,\" kata "
                     f"{name.split()[0]}.\n")
    assert people(rows) == {name: f"{role} {company}"}
    assert quotes(rows) == [("Stok aman,", name)]


def test_a_company_whose_name_runs_after_its_legal_form_names_no_one():
    rows = body_page("Direktur PT Astra Honda Motor mengatakan penjualan naik.\n")
    assert people(rows) == {}


def test_islam_inside_a_name_is_part_of_it():
    rows = build("Book fair opens\nFebruary 1, 2026\nDHAKA - The fair opened, said fair member secretary Shafiqul Islam "
                 "Bhuiyan.\n\nShafiqul told New Age the layout was redesigned. “We widened the walkways,” he said.\n",
                 language="en")
    assert set(people(rows)) == {"Shafiqul Islam Bhuiyan"}
    assert quotes(rows) == [("We widened the walkways,", "Shafiqul Islam Bhuiyan")]


def test_a_place_then_the_sites_domain_and_a_colon_open_the_lead():
    rows = build("Kuota PLTS Atap 2026 Ditetapkan 1,5 GW\nSelasa, 13 Januari 2026 | 16:42 WIB\nJakarta, kabarbisnis.com: "
                 "Pemerintah menetapkan kuota pemasangan PLTS atap untuk tahun ini.\n")
    assert rows.article["dateline"] == "Jakarta"
    assert rows.article["body"].startswith("Pemerintah menetapkan")


def test_a_description_with_a_demonstrative_before_words_quoted_points_back_to_the_one_described():
    rows = body_page("Anggota Komisi IV DPR asal Sumatera Utara, Hendra Wiratmaja Siregar, mengkritik tengkulak.\nPolitikus "
                     "asal Sumatera Utara itu menyebut praktik tersebut \"permainan lama yang terus dibiarkan\".\n")
    assert quotes(rows) == [("permainan lama yang terus dibiarkan", "Hendra Wiratmaja Siregar")]


def test_a_name_in_a_sentence_a_pronoun_opens_is_not_introduced_as_the_next_speaker():
    rows = body_page("Pelatih PSBS Marcos Oliveira Santana kecewa dengan hasil laga.\nPelatih asal Brasil itu juga menyoroti "
                     "keputusan wasit. Ia menilai kontak antara bek PSBS, Alfred Mandowen, dan gelandang Persik terjadi di "
                     "luar kotak penalti.\n“Saya tidak mau banyak bicara soal wasit,” tegasnya.\n")
    assert quotes(rows) == [("Saya tidak mau banyak bicara soal wasit,", "Marcos Oliveira Santana")]


# Over-general rules a twelfth review reproduced: each case below went wrong after a rule of this session.

@pytest.mark.parametrize("body", [
    "Ketua DPRD Budi Santoso membacakan laporan BPK.\nLaporan tersebut menyebut \"ada kerugian negara Rp 2 miliar\".",
    "Bupati Sleman Harda Kiswaya meninjau lokasi banjir.\nWarga desa itu mengatakan \"air naik sejak subuh\".",
    "Kapolres AKBP Rudi Hartono menangkap seorang pria.\nPria tersebut mengaku \"hanya disuruh orang\".",
    "Wali Kota Surabaya Eri Cahyadi menanggapi unggahan seorang warga.\nAkun tersebut sebelumnya menulis \"jalan rusak "
    "dibiarkan\"."])
def test_a_thing_or_someone_unnamed_with_a_demonstrative_is_no_one_the_page_names(body):
    rows = body_page(body + "\n")
    assert [speaker for _, speaker in quotes(rows)] == [None]


@pytest.mark.parametrize("company", ["PT Sumber Alfaria Trijaya", "PT Pertamina Hulu Rokan", "PT Kawasan Berikat Nusantara"])
def test_a_title_before_a_company_of_three_words_names_no_one(company):
    rows = body_page(f"Direktur Utama {company} mengatakan produksi naik tahun ini. \"Penjualan naik,\" katanya.\n")
    assert people(rows) == {}


@pytest.mark.parametrize("line", ["(Deadline for entries: March 31, 2026)", "(Kick-off: March 7, 2026)"])
def test_a_bracketed_date_under_a_byline_that_is_no_stamp_dates_nothing(line):
    rows = build("Lao League 1 to kick off next month\nVIENTIANE - The federation confirmed the season will kick off next "
                 f"month.\n\nThe announcement was made on Monday.\n\nBy Times Reporters\n{line}\nTop stories\n",
                 language="en")
    assert rows.article["published"] is None


def test_you_might_also_like_opens_the_pages_tail_and_a_books_subheading_does_not():
    rows = build("Council approves Lakewalk fix\nJanuary 27, 2026\nDULUTH — The council voted on Monday to rebuild the "
                 "Lakewalk.\nYou might also like\nSnowstorm could drop up to a foot on the North Shore\nJan. 25, 2026\n",
                 language="en")
    assert "Snowstorm" not in rows.article["body"]
    assert "Jan. 25, 2026" not in dates(rows)
    books = build("Five Novels To Take On Your Summer Holiday\nThursday, 13 February 2025\nLONDON -- Our critic picks the "
                  "best new fiction for the beach.\nWhat to read next\nIf you loved the first pick, try Jane Doe's debut, "
                  "which follows a family over three summers. \"It is her best work,\" critic Anna Lee said.\n",
                  language="en")
    assert quotes(books) == [("It is her best work,", "Anna Lee")]


@pytest.mark.parametrize("sentence, text, language", [
    ("The community lost three weeks of hauling earlier this year when the road closed because of a thaw in late "
     "February.", "late February", "en"),
    ("Tahun ini, jalan itu sempat ditutup karena banjir pada akhir Februari.", "akhir Februari", "id")])
def test_a_month_after_this_year_in_its_sentence_is_this_years(sentence, text, language):
    rows = build(f"Winter roads stall\nThursday, December 11, 2025\nWINNIPEG - {sentence}\n", language=language)
    assert dates(rows)[text] == (dt.date(2025, 2, 1), "month")


@pytest.mark.parametrize("sentence, text, language", [
    ("Warga menggelar upacara adat setiap 5 Februari di pantai itu.", "5 Februari", "id"),
    ("The festival is held every March in the old town.", "March", "en")])
def test_a_day_or_month_that_comes_back_each_year_is_no_date(sentence, text, language):
    rows = build(f"Tradisi Tahunan Digelar Lagi\nThursday, February 13, 2025\nMANOKWARI - {sentence}\n", language=language)
    assert text not in dates(rows)


# Over-general rules a thirteenth review reproduced: each case below went wrong after a rule of this session.

@pytest.mark.parametrize("sentence, text, month", [
    ("The council has spent its budget for this year, and the new bypass will open in January.", "January", 1),
    ("Inflation has eased this year, the central bank said, and it expects to cut rates in January.", "January", 1),
    ("Rainfall this year came late and is expected to peak in February.", "February", 2)])
def test_a_month_ahead_after_this_year_stays_ahead(sentence, text, month):
    rows = build(f"Budget spent\nMonday, December 15, 2025\nWINNIPEG - {sentence}\n", language="en")
    assert dates(rows)[text] == (dt.date(2026, month, 1), "month")


def test_a_day_after_a_sermon_is_a_date():
    rows = body_page("Dalam khutbah 28 Maret lalu, imam masjid menyerukan persatuan.\n")
    assert dates(rows)["28 Maret lalu"] == (dt.date(2024, 3, 28), "day")


def test_a_quotations_first_word_with_a_possessive_is_no_one():
    rows = body_page("\"Sejarahnya sudah jelas. Publik marah, presiden turun tangan,\" kata Yusran Lapaodi.\n")
    assert set(people(rows)) == {"Yusran Lapaodi"}


def test_an_organisations_press_office_speaks_for_it():
    rows = body_page("Sementara itu, Polres Bogor memastikan tidak ada kecelakaan yang menimbulkan korban jiwa. “Hanya ada dua "
                     "kejadian kecelakaan ringan,” tulis Humas Polres Bogor dalam rilisnya.\n")
    assert quotes(rows) == [("Hanya ada dua kejadian kecelakaan ringan,", "Polres Bogor")]


def test_months_named_after_yakni_are_dates_but_a_name_after_yaitu_is_not():
    rows = body_page("Dana dicairkan dua tahap, yakni Maret dan Agustus 2024. Panen terjadi dua kali, yaitu Januari dan "
                     "Juli. Juara lomba tahun ini yaitu Juni Sitorus dari Medan.\n")
    found = dates(rows)
    assert found["Maret"] == (D(2024, 3, 1), "month")
    assert found["Januari"] == (D(2025, 1, 1), "month")
    assert found["Juli"] == (D(2025, 7, 1), "month")
    assert "Juni" not in found


def test_a_week_of_a_month_is_that_month_and_figures_after_a_weekday_stay_a_day():
    rows = body_page("Pencairan dimulai pekan kedua Januari dan ditutup minggu terakhir Oktober. Rapat digelar Selasa 3 "
                     "Maret 2025. Pemutakhiran data berlangsung minggu pertama tahun ini.\n")
    found = dates(rows)
    assert found["pekan kedua Januari"] == (D(2025, 1, 1), "month")
    assert found["minggu terakhir Oktober"][1] == "month"
    assert found["Selasa 3 Maret 2025"] == (D(2025, 3, 3), "day")
    assert "tahun ini" in found and "minggu pertama tahun ini" not in found


def test_english_weeks_of_a_month_and_months_after_for_or_of():
    rows = build("Budget spent\nMonday, December 15, 2025\nWINNIPEG - Talks resume in the first week of January, "
                 "said Tom Reyes. Bookings for December are up, and the peak comes in the last two weeks of December.\n",
                 language="en")
    found = dates(rows)
    assert found["the first week of January"] == (D(2026, 1, 1), "month")
    assert found["December"] == (D(2025, 12, 1), "month")
    assert found["the last two weeks of December"] == (D(2025, 12, 1), "month")
    assert "last week" not in found


def test_a_year_closing_an_events_name_is_the_names_but_not_after_an_acronym_or_a_dating_word():
    rows = body_page("Ribuan warga datang ke Festival Lego-Lego 2026 di Alor. Anggaran disiapkan dalam APBD 2027. "
                     "Pada 2024 festival itu batal. Juara Indonesia Masters 2026 pulang kemarin.\n")
    found = dates(rows)
    assert found["2027"] == (D(2027, 1, 1), "year")
    assert found["2024"] == (D(2024, 1, 1), "year")
    assert "2026" not in found


def test_glued_list_headings_tags_and_share_buttons_end_the_article():
    rows = body_page("Komdigi dijadwalkan mengumumkan dokumen seleksi final pada akhir Februari.\n"
                     "Tags1,4 GHzATSIKomdigiLelang Frekuensi\nShareFacebookTwitterWhatsAppLinkedin\n"
                     "BERITA TERKAITLAINNYA DARI PENULIS\nKomdigi Buka Konsultasi Publik Lelang, Ini Jadwalnya\n"
                     "27 Januari 2026\n“Jangan Sampai Jadi Beban,” Operator Soroti Biaya Regulasi\n3 Februari 2026\n")
    assert quotes(rows) == []
    assert "27 Januari 2026" not in dates(rows)
    body = rows.article["body"]
    assert body.endswith("akhir Februari.") and "ShareFacebook" not in body


def test_church_titles_and_orders_after_a_name_leave_the_speaker_named():
    rows = body_page("Dalam homilinya, Uskup Manado Mgr. Fransiskus Xaverius Lumenta, MSC mengutip kitab: “Koyakkanlah "
                     "hatimu.”\n\n“Puasa kita jangan berhenti di perut,” kata Mgr. Lumenta.\n\nSementara itu, Sr. Maria "
                     "Goretti Wenas, JMJ, mengatakan kaum muda ikut. “Anak muda lebih peduli,” ujarnya. Kepala Dinas Budi "
                     "Santoso, SH mengatakan: “Kami siap.”\n")
    assert quotes(rows) == [("Koyakkanlah hatimu.", "Fransiskus Xaverius Lumenta"),
                            ("Puasa kita jangan berhenti di perut,", "Fransiskus Xaverius Lumenta"),
                            ("Anak muda lebih peduli,", "Maria Goretti Wenas"), ("Kami siap.", "Budi Santoso")]
    assert {"Mgr", "MSC", "Sr. Maria Goretti Wenas"}.isdisjoint(people(rows))


def english_page(body: str) -> ArticleRows:
    return build("School merger plan for the town\nFriday, March 13, 2026\nHERNE BAY - " + body, language="en")


def test_a_councillor_with_a_possessive_role_and_a_parent_described_before_the_name():
    rows = english_page("Kent County Council (KCC) launched a consultation on merging Beltinge Fields Primary School with "
                        "St Mary's Primary School.\n\nCllr Andrew Whitcombe, KCC's cabinet member for education, said the "
                        "authority could not ignore the figures. \"We know this will be unsettling,\" he said.\n\nBeltinge "
                        "Fields, which has 60 places, received 31 applications. The Diocese of Canterbury, which oversees "
                        "St Mary's, said it was \"supportive in principle\" of the plan.\n\nDad-of-two Liam O'Sullivan, 38, "
                        "said it felt like a \"done deal\". A KCC spokesman said: \"Every response will be read.\"\n")
    assert quotes(rows) == [("We know this will be unsettling,", "Andrew Whitcombe"),
                            ("supportive in principle", "Diocese of Canterbury"),
                            ("done deal", "Liam O'Sullivan"), ("Every response will be read.", "Kent County Council")]
    assert set(people(rows)) == {"Andrew Whitcombe", "Liam O'Sullivan"}


def test_a_spokesperson_for_an_organisation_of_several_words_and_the_institution_by_its_kind():
    rows = english_page("Two parishes will share one priest, Fr Declan Hurley said.\n\n\"Now I'm being asked to look after "
                        "two,\" he said.\n\nThe diocese has previously described the situation as \"stark\". According to "
                        "its own figures, four priests are under 50.\n\nA spokesperson for the Diocese of Cork and Ross said: "
                        "\"No parish is closing.\"\n")
    assert quotes(rows) == [("Now I'm being asked to look after two,", "Declan Hurley"),
                            ("stark", "Diocese of Cork and Ross"), ("No parish is closing.", "Diocese of Cork and Ross")]
    assert set(people(rows)) == {"Declan Hurley"}


def test_a_senior_advocate_in_brackets_a_judge_ruling_and_she_after_the_judge():
    rows = english_page("But counsel to the defendant, Chief Emeka Nwachukwu (SAN), described the claim as untrue.\n\n"
                        "\"My client has never run away,\" Nwachukwu told the court.\n\nIn a short ruling, Justice Chinwe "
                        "Okafor-Eze held that the application was not ripe.\n\n\"I am not inclined to grant bail,\" the "
                        "judge ruled.\n\nShe described the allegations as \"weighty\" but noted he is innocent.\n")
    assert quotes(rows) == [("My client has never run away,", "Emeka Nwachukwu"),
                            ("I am not inclined to grant bail,", "Chinwe Okafor-Eze"), ("weighty", "Chinwe Okafor-Eze")]


def test_a_headline_in_headline_case_wins_over_the_key_points_under_it():
    rows = build("TUKO.co.ke\nNews\nPolitics\nBusiness\nSports\nNairobi Businessman Charged with Selling KSh 12.6m "
                 "Kitengela Plot to 3 Buyers, Freed on KSh 500k Bond\nA Nairobi businessman was charged at the Milimani "
                 "Law Courts with obtaining KSh 12.6 million by false pretences\nProsecutors say he sold the same "
                 "quarter-acre plot in Kitengela to three different buyers\nThe magistrate released him on a KSh 500,000 "
                 "bond with one surety\nby Amos Kipchumba\nTuesday, November 4, 2025 at 2:15 PM\nNairobi - A businessman "
                 "accused of selling one piece of land to three different buyers has been charged in court.\n",
                 language="en")
    assert rows.article["title"].startswith("Nairobi Businessman Charged with Selling")


def test_a_date_glued_to_the_bylines_name_and_the_share_buttons_is_the_date_line():
    rows = build("SUARABARU.ID\nBeranda\nSemarang\nEkonomi\nInvestasi KEK Kendal Tembus Rp 9,4 Triliun Tahun Ini\n"
                 "By suarabaruJanuari 28, 2026FacebookTwitterWhatsAppTelegram\nSUARABARU.ID, Kendal – Realisasi investasi "
                 "di Kawasan Ekonomi Khusus Kendal sepanjang 2025 mencapai Rp 9,4 triliun, naik dibanding tahun lalu.\n")
    assert rows.article["published"] == D(2026, 1, 28)


def test_someone_unnamed_at_the_end_of_the_paragraph_before_speaks_the_quote_that_opens_the_next():
    rows = body_page("Ketua Apindo Kendal, Hendro Sutanto, menilai angka itu tidak buruk. “Banyak pabrik butuh operator,” "
                     "ujarnya.\n\nSeorang pemuda asal Desa Wonorejo, Kecamatan Kaliwungu, yang enggan disebut namanya "
                     "mengaku sudah tiga kali mengirim lamaran.\n\n“Katanya prioritas warga lokal,” katanya.\n")
    assert quotes(rows) == [("Banyak pabrik butuh operator,", "Hendro Sutanto"), ("Katanya prioritas warga lokal,", None)]


def test_hyphened_modifiers_before_a_year_or_a_month_and_a_read_insert():
    rows = english_page("The program wraps up in mid-2027, and orders closed end-November.\n\nREAD: Reserves rise to "
                        "$112 billion at end-January\n\nThe review runs until end-2026.\n")
    found = dates(rows)
    assert found["mid-2027"] == (D(2027, 1, 1), "year")
    assert found["end-November"][1] == "month"
    assert found["end-2026"] == (D(2026, 12, 1), "month")
    assert "end-January" not in found


def test_an_organisation_after_a_capitalised_a_and_a_company_closed_by_engineering():
    rows = english_page("Kembla Precision Engineering confirmed the deal on Wednesday. A Department of Defence spokesperson "
                        "said the contract was part of a push. \"Defence is committed to regional industry,\" the "
                        "spokesperson said.\n")
    assert quotes(rows) == [("Defence is committed to regional industry,", "Department of Defence")]
    assert people(rows) == {}


def test_a_relative_word_closing_a_name_is_the_names_and_the_start_of_the_month():
    rows = english_page("Tama Karaitiana said his crews had worked since the start of the month.\n\nMereana Tuhiwai is a "
                        "Hawke's Bay Today reporter covering business.\n\nLatest from Business\nNapier Port posts record "
                        "volumes\n17 Nov, 2025 05:00 AM\n")
    found = dates(rows)
    assert found["the start of the month"] == (D(2026, 3, 1), "month")
    assert "Today" not in found and "17 Nov, 2025" not in found


def test_a_relative_word_in_a_headline_in_headline_case_stays_a_date():
    rows = build("Porprov Kaltara Digelar di Nunukan Tahun Depan\nKamis, 13 Februari 2025\nTARAKAN - Pekan olahraga itu "
                 "akan digelar di Kabupaten Nunukan tahun depan.\n")
    assert [d["text"] for d in rows.dates if d["part"] == "header"].count("Tahun Depan") == 1


def test_an_agency_named_by_its_field_and_its_country_speaks_through_a_spokesperson():
    rows = english_page("Immigration New Zealand said on Monday the cap was under review. “Any decision will balance the "
                        "needs of employers,” a spokesperson for the agency said. Immigration Minister Erica Stanford was "
                        "not available.\n")
    assert quotes(rows) == [("Any decision will balance the needs of employers,", "Immigration New Zealand")]
    assert set(people(rows)) == {"Erica Stanford"}


def test_days_and_years_counted_from_the_day_or_year_the_text_named():
    rows = body_page("Banjir terjadi Rabu (12/2). Sehari sebelumnya hujan deras, dan warga mengungsi keesokan harinya.\n\n"
                     "Petugas kembali ke lokasi keesokan harinya, Senin (10/2).\n\nPada 2023 panen gagal, setahun "
                     "sebelumnya juga.\n")
    found = [(d["text"], d["date"]) for d in rows.dates if d["part"] == "body"]
    assert ("Sehari sebelumnya", D(2025, 2, 11)) in found
    assert ("keesokan harinya", D(2025, 2, 13)) in found
    assert ("keesokan harinya", D(2025, 2, 10)) in found
    assert ("setahun sebelumnya", D(2022, 1, 1)) in found


def test_a_holiday_with_the_side_of_publication_it_lies_on_is_a_date_but_not_alone():
    rows = body_page("Ia mengaku sejak Natal lalu sudah membawa tas sendiri. Menjelang Natal mendatang harga naik. "
                     "Libur Natal membuat jalan padat.\n")
    found = dates(rows)
    assert found["Natal lalu"] == (D(2024, 12, 25), "day")
    assert found["Natal mendatang"] == (D(2025, 12, 25), "day")
    assert "Natal" not in found


def test_the_makassarese_daeng_written_short_inside_a_name():
    rows = body_page("Sementara itu, Kepala Bagian Humas UIN Alauddin, Sitti Hardiyanti Dg. Ngai, menyampaikan bahwa "
                     "dokumentasi akan diunggah. “Silakan dipantau,” kata Hardiyanti.\n")
    assert quotes(rows) == [("Silakan dipantau,", "Sitti Hardiyanti Dg. Ngai")]
    assert set(people(rows)) == {"Sitti Hardiyanti Dg. Ngai"}


def test_the_middle_of_the_year_is_that_year():
    rows = body_page("Fenomena La Nina lemah terpantau sejak pertengahan tahun, dan proyek rampung pertengahan tahun depan.\n")
    found = dates(rows)
    assert found["pertengahan tahun"] == (D(2025, 1, 1), "year")
    assert found["pertengahan tahun depan"] == (D(2026, 1, 1), "year")


def test_an_organisations_short_name_after_the_speaks_for_it():
    rows = english_page("The Directorate of Criminal Investigations (DCI) had traced the money. \"Do not rely on "
                        "photocopies,\" the DCI said.\n")
    assert quotes(rows) == [("Do not rely on photocopies,", "Directorate of Criminal Investigations")]


def test_tags_and_lone_share_buttons_after_the_story_and_a_more_in_list_are_furniture():
    rows = english_page("If convicted, the defendant faces up to 20 years in prison.\nFraud\nEFCC\nFederal High Court\n"
                        "Share\nFacebook\nTwitter\nMore In Headlines\nTinubu Swears In New Ministers\nFebruary 19, 2026\n")
    assert rows.article["body"].endswith("20 years in prison.")
    assert "February 19, 2026" not in dates(rows)


def test_a_credit_line_over_lone_share_buttons_stays_out_of_the_body():
    rows = english_page("The project was first discussed in 2019.\nEdited by Rusiate Mataika\nFeedback: news@example.com\n"
                        "Share this:\nFacebook\nX\nWhatsApp\n")
    assert "Rusiate Mataika" not in people(rows)


def test_a_day_counted_from_a_day_named_in_the_paragraph_before_and_none_from_a_month():
    rows = body_page("Rapat digelar pada Senin (10/2) di gedung DPR.\n\nSehari sebelumnya, panitia menyiapkan ruangan.\n")
    assert dates(rows)["Sehari sebelumnya"] == (D(2025, 2, 9), "day")
    rows = english_page("The firm was founded in January.\n\nA week later, the first shop opened.\n")
    assert dates(rows)["A week later"][0] is None  # not a week after publication


def test_a_holiday_before_next_week_leaves_the_week_a_date_of_its_own():
    rows = english_page("Stalls open for Christmas next week, organisers said. Shops shut on Christmas this week.\n")
    found = dates(rows)
    assert found["next week"] == (D(2026, 3, 20), "day")
    assert found["this week"] == (D(2026, 3, 13), "day")


def test_a_year_after_a_feast_a_closing_quote_or_a_preposition_is_a_date():
    rows = english_page("\"We will grow,\" she said. Beyond 2030 the plan is unclear. Sales peaked around Easter 2026.\n")
    found = dates(rows)
    assert found["2030"] == (D(2030, 1, 1), "year")
    assert found["2026"] == (D(2026, 1, 1), "year")
    rows = body_page("Stok beras aman hingga Lebaran 2026. “Kami siap,” katanya.” Sebelum 2030 target itu dikejar.\n")
    found = dates(rows)
    assert found["2026"] == (D(2026, 1, 1), "year")
    assert found["2030"] == (D(2030, 1, 1), "year")


def test_a_month_before_a_capitalised_word_is_a_date_after_sejak_and_a_name_after_yaitu():
    rows = body_page("Sejak Januari Bank Indonesia menahan suku bunga. Juara tahun ini yaitu Juni Sitorus.\n")
    found = dates(rows)
    assert found["Januari"] == (D(2025, 1, 1), "month")
    assert "Juni" not in found


def test_may_after_for_is_a_name_unless_a_lower_case_word_follows():
    rows = english_page("It was a win for May. Futures for May delivery fell.\n")
    assert [text for text in dates(rows) if text == "May"] == ["May"]
    assert dates(rows)["May"] == (D(2026, 5, 1), "month")
    rows = english_page("It was a win for May.\n")
    assert "May" not in dates(rows)


def test_a_subheading_opening_with_more_in_or_latest_from_stays_in_the_body():
    rows = english_page("Rain fell all week.\nMore injured as rivers rise\nTwo more people were hurt on Friday.\n"
                        "Latest from the front line\nTroops held the bridge, officials said.\n")
    assert rows.article["body"].endswith("Troops held the bridge, officials said.")


def test_an_unnamed_subject_whose_sentence_names_its_speaker_does_not_take_the_next_quote():
    rows = body_page("Seorang warga mengeluh soal banjir yang datang tiap tahun, kata Budi Santoso.\n\n"
                     "“Kami sudah lelah,” katanya.\n")
    assert quotes(rows) == [("Kami sudah lelah,", "Budi Santoso")]


def test_a_quoted_title_that_is_the_subject_of_ruled_is_no_quote():
    rows = english_page("“Oppenheimer” ruled the box office for weeks. “The defendant shall be remanded,” the judge ruled.\n")
    assert quotes(rows) == [("The defendant shall be remanded,", None)]


def test_a_header_date_without_a_year_takes_the_year_the_body_gives():
    rows = build("Drought limits for lawns\nBy Carla Ruiz\nPublished Mar. 10|Updated Mar. 10\nBROOKSVILLE — Water managers "
                 "voted on Tuesday to limit watering from March 15, 2026, to July 1, 2026.\n", language="en")
    assert rows.article["published"] == D(2026, 3, 10)
    assert dates(rows)["Tuesday"] == (D(2026, 3, 10), "day")


def test_the_minutes_of_a_time_before_a_month_are_no_day():
    rows = build("Schools to close next year\nAll News 16:22 October 28, 2025\nSEOUL -- A record 49 schools will shut, "
                 "the ministry said Tuesday.\n", language="en")
    assert rows.article["published"] == D(2025, 10, 28)
    assert "22 October" not in dates(rows)


def test_a_clerks_title_is_no_part_of_the_name_and_the_author_box_and_comments_end_the_story():
    rows = english_page("Honolulu City Clerk Glen Takahashi said his staff was stretched. \"I need bodies,\" Takahashi "
                        "said.\nCivil Beat's coverage is supported in part by readers like you.\nAbout the Author\n"
                        "Kalena Reyes\nLatest Comments (2)\nKaimukiVoter · 5 hours ago\n\"Moving the primary is overdue.\"\n")
    assert quotes(rows) == [("I need bodies,", "Glen Takahashi")]
    assert rows.article["body"].endswith("\"I need bodies,\" Takahashi said.")


def test_a_title_of_two_words_after_an_organisations_acronym_opens_a_persons_name():
    rows = english_page("Transparency Solomon Islands (TSI) Executive Officer Ruth Lioa Mana welcomed the proposals.\n\n"
                        "\"We received over 300 complaints,\" she said.\n")
    assert quotes(rows) == [("We received over 300 complaints,", "Ruth Lioa Mana")]
    assert "Ruth Lioa Mana" in people(rows)


def test_early_or_late_before_next_or_last_week_belongs_to_the_week():
    rows = english_page("The party will name its candidate early next week. Talks broke down late last week.\n")
    found = dates(rows)
    assert found["early next week"] == (D(2026, 3, 20), "day")
    assert found["late last week"] == (D(2026, 3, 6), "day")
    rows = body_page("Sidang dilanjutkan awal pekan depan. Anggaran tahun pekan depan dibahas.\n")
    assert "awal pekan depan" in dates(rows) and "tahun pekan depan" not in dates(rows)


def test_a_credited_caption_with_a_label_is_no_dateline_and_mak_is_a_title():
    rows = build("Pergerakan Tanah di Cisalak Meluas\nFebruari 3, 2026\nRETAK: Petugas BPBD Subang mengukur retakan tanah "
                 "di Kampung Cibitung, Desa Gardusayang. FOTO: RIZAL MULYANA/PASUNDAN EKSPRES\nPASUNDAN EKSPRES – "
                 "Pergerakan tanah di Kampung Cibitung meluas. Salah seorang pengungsi, Enok Rukmini (61), mengaku "
                 "rumahnya retak.\n“Rumah itu satu-satunya harta kami,” ucap Mak Enok. BPBD melalui akun resmi "
                 "Instagram-nya mengingatkan warga.\n")
    assert rows.article["dateline"] != "RETAK"
    assert "Petugas BPBD" not in rows.article["body"]
    assert quotes(rows) == [("Rumah itu satu-satunya harta kami,", "Enok Rukmini")]
    assert set(people(rows)) == {"Enok Rukmini"}


def test_a_byline_dated_in_english_over_an_indonesian_story_gives_the_publication_date():
    rows = build("KAI Tambah 12 Perjalanan Selama Angkutan Lebaran\nBy Fadhli Rahman Nasution 24 February 2026\n"
                 "Padang – PT Kereta Api Indonesia menambah perjalanan mulai Kamis (12/3), kata Reza.\n", language="id")
    assert rows.article["published"] == D(2026, 2, 24)
    assert dates(rows)["24 February 2026"] == (D(2026, 2, 24), "day")


def test_a_month_before_a_word_of_a_plan_lies_ahead_and_after_from_the_behind():
    rows = english_page("\"The December target is tight,\" he added. The county still awaits money for damage from the "
                        "December storms.\n")
    values = [row["date"] for row in rows.dates if row["text"] == "December"]
    assert values == [D(2026, 12, 1), D(2025, 12, 1)]


def test_an_english_name_of_two_fields_joined_by_and_and_closed_by_its_word_is_one_organisation():
    rows = english_page("The Transport and Logistics Bureau said it was \"highly concerned\" about the incident.\n")
    assert quotes(rows) == [("highly concerned", "Transport and Logistics Bureau")]


def test_a_byline_glued_to_its_date_and_section_gives_the_publication_date():
    rows = build("Sekolah Gratis Dibuka di Kendari\nby Nur HalimahFebruari 12, 2026in Edukasi\n"
                 "Kendari - Pemerintah kota membuka sekolah gratis pada Kamis (12/2).\n")
    assert rows.article["published"] == D(2026, 2, 12)


def test_a_byline_with_its_date_after_a_dash_is_no_dateline():
    rows = build("Beranda » Haji\nJemaah Cuci Darah Tidak Diberangkatkan\nRina Kartika Sari - 29 Januari 2026 - 16:45 WIB\n"
                 "in Haji, Indonesia\nIlustrasi: Jemaah haji di Makkah. (Foto: dok. MINA)\n"
                 "Jakarta, MINA – Kementerian Kesehatan memastikan jemaah yang menjalani cuci darah tidak "
                 "diberangkatkan.\n")
    assert rows.article["dateline"] == "Jakarta"
    assert rows.article["published"] == D(2026, 1, 29)


def test_a_ministry_of_two_fields_written_more_than_once_is_one_organisation():
    rows = body_page("Penyelenggaraan haji tahun ini berada di bawah Kementerian Haji dan Umrah. \"Layanan tetap "
                     "berjalan,\" tulis Kementerian Haji dan Umrah dalam keterangannya.\n")
    assert quotes(rows) == [("Layanan tetap berjalan,", "Kementerian Haji dan Umrah")]


def test_counsel_described_after_the_name_terms_and_says_the_words_quoted_in_his_sentence():
    rows = english_page("Imtiaz Ahmed Warraich was arrested in December.\n\nBarrister Hamza Tariq Khokhar, counsel for "
                        "Warraich, termed the reference “a rehash of a closed inquiry” and said his client had been “made a "
                        "scapegoat” by the bureau.\n\n“My client served for 27 years without a blemish,” he said.\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Hamza Tariq Khokhar"] * 3
    assert people(rows)["Hamza Tariq Khokhar"] == "Barrister"


def test_the_statement_said_after_an_organisation_quoted_in_the_same_paragraph():
    rows = english_page("The Lahore Development Authority (LDA) was named in the reference filed by the National "
                        "Accountability Bureau (NAB).\n\nIn a statement issued later, the LDA said it had “fully "
                        "cooperated” with NAB. “The authority has already restored 61 plots,” the statement said.\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Lahore Development Authority"] * 2


def test_the_court_alone_is_the_court_the_story_names_first_and_advocates_are_titled():
    rows = english_page("The Delhi High Court on Friday refused anticipatory bail to a former bank manager.\n\n"
                        "\"The applicant was not a mere signatory,\" the Court observed. The order cites a Supreme Court "
                        "ruling.\n\nSenior Advocate Mohit Raj Suri argued for the applicant. \"He has been questioned for "
                        "30 hours,\" Suri submitted.\n")
    assert quotes(rows) == [("The applicant was not a mere signatory,", "Delhi High Court"),
                            ("He has been questioned for 30 hours,", "Mohit Raj Suri")]
    assert people(rows) == {"Mohit Raj Suri": "Senior Advocate"}


def test_a_written_statement_of_an_office_named_after_demikian():
    rows = body_page("Pemerintah Kabupaten (Pemkab) Demak menyatakan menghormati proses hukum. “Pemkab Demak siap "
                     "memberikan dokumen,” demikian keterangan tertulis Pemkab Demak.\n")
    assert quotes(rows) == [("Pemkab Demak siap memberikan dokumen,", "Pemerintah Kabupaten Demak")]
    assert people(rows) == {}


def test_a_title_alone_is_its_holder_not_someone_whose_role_spells_it_loosely():
    rows = body_page("Kapolresta Malang Kota Kombes Pol Bagus Wicaksono Hadi mengatakan, tersangka mengaku sebagai "
                     "staf.\n\nKasatreskrim Polresta Malang Kota Kompol Yusuf Rahmat Hidayat menjelaskan, tersangka "
                     "ditangkap tanpa perlawanan.\n\nKapolresta mengingatkan masyarakat agar tidak mudah percaya.\n\n"
                     "“Penerimaan anggota Polri itu gratis,” tegasnya.\n")
    assert quotes(rows) == [("Penerimaan anggota Polri itu gratis,", "Bagus Wicaksono Hadi")]


def test_words_quoted_after_the_object_of_a_statement_are_its_subjects():
    rows = body_page("Otoritas Jasa Keuangan (OJK) Kantor OJK Provinsi Jawa Timur dalam keterangan tertulisnya "
                     "menyatakan PT Aurum Sentosa Makmur “tidak memiliki izin usaha” dari otoritas.\n")
    speaker = quotes(rows)[0][1]
    assert speaker.startswith("Otoritas Jasa Keuangan")


def test_a_ministry_with_an_acronym_as_its_second_field_written_twice_is_one_organisation():
    rows = body_page("Pemerintah, yang diwakili Kementerian Hukum dan HAM, menyambut baik keputusan itu. \"Pemerintah "
                     "siap menyerahkan daftar,\" demikian keterangan tertulis Kementerian Hukum dan HAM kemarin.\n")
    assert quotes(rows) == [("Pemerintah siap menyerahkan daftar,", "Kementerian Hukum dan HAM")]


def test_an_establishment_closes_an_organisations_name():
    rows = english_page("The scam first surfaced in a report by the Punjab Anti-Corruption Establishment in January.\n")
    kinds = {a["name"]: a["kind"] for a in rows.actors}
    assert kinds.get("Punjab Anti-Corruption Establishment") == "organization"


def test_a_subject_with_two_descriptions_set_off_and_a_child_named_by_one_word():
    rows = english_page("Gareth Prosser, from Ely, whose daughter Nia has been at the school since she was three, said "
                        "the family felt \"completely let down\".\n\n\"We did everything right,\" he said.\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Gareth Prosser", "Gareth Prosser"]
    assert set(people(rows)) == {"Gareth Prosser", "Nia"}


def test_a_department_of_two_fields_and_a_hotline_known_by_a_name():
    rows = english_page("The Iowa Department of Agriculture and Land Stewardship said in a statement that its hotline, "
                        "known as Iowa Concern, has seen a \"significant increase\" in calls. A fisherman known as Pak "
                        "Long Deris said \"no\".\n")
    assert quotes(rows) == [("significant increase", "Iowa Department of Agriculture and Land Stewardship"),
                            ("no", "Long Deris")]
    assert set(people(rows)) == {"Long Deris"}


def test_and_carries_the_subject_of_the_first_speech_verb_to_the_second():
    rows = english_page("The Canola Council of Canada said in a statement Friday that it was \"deeply concerned\" and "
                        "urged Ottawa to make canola market access \"a top priority\" in any talks.\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Canola Council of Canada"] * 2


def test_the_one_an_institution_acts_through_is_the_subject_a_pronoun_cue_points_to():
    rows = body_page("Kepala Dinkes Kota Ternate, Fathiyah Sangadji, mengatakan kasus naik.\nPemerintah Kota Ternate "
                     "melalui Kepala Bagian Protokol dan Komunikasi Pimpinan, Rusdi Abdurrahman, meminta seluruh lurah "
                     "menggelar kerja bakti pada Minggu, 8 Februari mendatang.\n“Semua lurah wajib turun. Kami akan "
                     "cek langsung ke lapangan,”tegasnya.\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Rusdi Abdurrahman"]


def test_an_office_of_three_fields_and_offices_written_short_inside_a_role_are_no_people():
    rows = body_page("Menurut data Kantor Pengawasan dan Pelayanan Bea dan Cukai Nunukan, ekspor turun. Kepala Bidang "
                     "Pencegahan dan Pengendalian Penyakit (P2P) Dinkes Kendari, La Ode Muhammad Arsyad, menambahkan "
                     "jalur rujukan disiapkan. Ketua Brigade Pangan Desa Sungai Pantai, Rizky Maulana Akbar (27), "
                     "mengaku senang.\n")
    kinds = {a["name"]: a["kind"] for a in rows.actors}
    assert kinds["Kantor Pengawasan dan Pelayanan Bea dan Cukai Nunukan"] == "organization"
    assert set(people(rows)) == {"La Ode Muhammad Arsyad", "Rizky Maulana Akbar"}


def test_a_capitalised_adjective_ending_in_level_is_no_one():
    rows = english_page("A spokesperson for the ministry said Minister-level meetings were scheduled for September.\n")
    assert people(rows) == {}


def test_a_year_less_header_takes_the_year_the_copyright_footer_and_the_story_share():
    rows = build("Measles clinics head to schools\nBy Tama Whaanga, Northland Reporter\n4:52pm Mar 12\n"
                 "Health NZ will send vaccination teams into schools. Figures for the quarter ending December 2025 "
                 "show low cover. Nationally, 61 cases have been confirmed in 2026, more than in the whole of 2025.\n"
                 "© 2026 TVNZ\n", language="en")
    assert rows.article["published"] == D(2026, 3, 12)


def test_specialist_degrees_close_a_name_and_a_middle_name_that_is_a_word():
    rows = body_page("Direktur rumah sakit itu, dr Fadli Rangkuti SpPD, mengatakan ruang rawat penuh. Kepala BPJS "
                     "Kesehatan Cabang Dumai, Yulia Sastra Dewi, mengatakan warga datang.\n\"Tidak ada pasien yang kami "
                     "tolak,\" kata Fadli. \"Kami menjemput bola,\" kata Yulia.\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Fadli Rangkuti", "Yulia Sastra Dewi"]
    assert set(people(rows)) == {"Fadli Rangkuti", "Yulia Sastra Dewi"}


def test_two_apostrophes_are_a_double_quotation_mark():
    rows = body_page("''Sudah dua kali kami ajukan, tahun 2024 dan tahun lalu,'' ujar Syamsinar, warga setempat.\n")
    assert quotes(rows) == [("Sudah dua kali kami ajukan, tahun 2024 dan tahun lalu,", "Syamsinar")]


def test_places_listed_after_a_description_and_an_apps_name_are_no_one():
    rows = body_page("Sebagian besar merupakan ibu rumah tangga dari Kecamatan Matangkuli, Pirak Timu dan Tanah Luas, "
                     "tiga kecamatan yang paling parah terdampak banjir. Nurhayati (54) mengaku namanya tidak muncul di "
                     "aplikasi Cek Bansos. \"Rumah kami masih rusak,\" katanya. Camat Kecamatan Matangkuli, Budi "
                     "Santoso, meninjau lokasi banjir.\n")
    assert quotes(rows) == [("Rumah kami masih rusak,", "Nurhayati")]
    assert set(people(rows)) == {"Nurhayati", "Budi Santoso"}


def test_a_player_described_by_his_birthplace_and_a_coach_claiming_what_the_referee_did():
    rows = english_page("Lwandile Mthembu headed home the winner.\n\nMthembu, 23, was making only his third start.\n\n"
                        "\"I've been waiting for a moment like this,\" said the Umlazi-born striker.\n\nChippa coach "
                        "Vusumuzi Mabena was left fuming, claiming the referee had added \"two minutes more than anyone "
                        "can explain\".\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Lwandile Mthembu", "Vusumuzi Mabena"]


def test_whips_and_honourables_are_titles_and_an_election_is_no_one():
    rows = english_page("Minority Whip Samuel Kiprotich Langat described the report as \"the tip of the iceberg\" ahead "
                        "of the 2027 General Election. The Speaker of the Assembly, Rt. Hon. Olufemi Abiodun Ajayi, had "
                        "declared the seat vacant after the death of Hon. Babatunde Olalekan Adewale.\n")
    assert quotes(rows) == [("the tip of the iceberg", "Samuel Kiprotich Langat")]
    assert set(people(rows)) == {"Samuel Kiprotich Langat", "Olufemi Abiodun Ajayi", "Babatunde Olalekan Adewale"}


def test_a_group_set_off_by_commas_speaks_through_it_and_the_group():
    rows = english_page("Civil society group, Yiaga Africa, in a statement on Thursday, urged agencies to guard against "
                        "vote buying, which it described as the “biggest threat” to elections.\n\n“Vote buying has "
                        "become the new rigging,” the group said.\n\nThe President Director of the Indonesian firm, "
                        "Lukas Tanjaya, said the company would train farmers.\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Yiaga Africa", "Yiaga Africa"]
    assert set(people(rows)) == {"Lukas Tanjaya"}


def test_you_may_like_lists_after_the_story_are_boilerplate():
    rows = english_page("The assembly declared the seat vacant.\nRelated Topics:INECOyo AssemblyBy-election\nDon't Miss\n"
                        "Edo: Court sacks council chairman\nYou may like\nAnambra guber: “We are ready,” INEC says\n")
    assert quotes(rows) == []
    assert "Anambra" not in rows.article["body"]


def test_a_resident_of_a_road_is_someone_unnamed():
    rows = english_page("Several roads, including the Clooney Road, were closed. One resident of the Clooney Road, who "
                        "did not want to be named, said: \"Every time it rains heavy we are on edge.\"\n")
    assert quotes(rows) == [("Every time it rains heavy we are on edge.", None)]
    assert people(rows) == {}


def test_a_player_set_off_after_his_club_and_a_subheading_of_capitalised_words():
    rows = body_page("Komdis juga menghukum gelandang PSIS, Fajar Nugroho Saputra, dengan larangan bermain.\n"
                     "Persebaya Terima, Tapi Ajukan Banding\nManajer Persebaya, Yusuf Hariyanto, menyatakan klub "
                     "menghormati putusan.\n")
    assert set(people(rows)) == {"Fajar Nugroho Saputra", "Yusuf Hariyanto"}


def test_the_management_of_a_club_speaks_as_the_club():
    rows = body_page("Komite Disiplin PSSI menjatuhkan sanksi. Bali United kalah.\nManajemen Bali United menyatakan siap "
                     "menerima sanksi dari Komite Disiplin PSSI. Dalam pernyataan resminya, manajemen menyebut insiden "
                     "itu \"mencoreng rumah kita sendiri\" dan berjanji mengidentifikasi pelaku.\n")
    assert quotes(rows) == [("mencoreng rumah kita sendiri", "Bali United")]


def test_the_spokesman_of_a_body_named_only_in_his_description_speaks_for_it_again():
    rows = english_page("A Queensland Health spokesman said the state had committed $84 million and was “working "
                        "closely” with the service.\n\n“The Queensland Government expects every service to meet "
                        "timeframes,” the spokesman said.\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Queensland Health", "Queensland Health"]


def test_a_department_for_a_list_of_fields_is_one_organisation_and_rakyat_no_one():
    rows = english_page("A Department for Education, Children and Young People spokeswoman said the program would "
                        "expand. \"The department recognises the important role,\" she said.\n")
    assert quotes(rows) == [("The department recognises the important role,",
                             "Department for Education, Children and Young People")]
    assert people(rows) == {}
    rows = body_page("Bagi Rosdiana Br Tarigan (41), warga Kecamatan Medan Belawan, Sekolah Rakyat menjadi harapan.\n")
    assert set(people(rows)) == {"Rosdiana Br Tarigan"}


def test_a_month_later_in_the_year_told_in_the_past_tense_is_last_years():
    rows = english_page("The fire broke out in August. The product will be launched in August. Traders borrowed money "
                        "to restock in August.\n")
    values = {row["text"]: [] for row in rows.dates}
    for row in rows.dates:
        values[row["text"]].append(row["date"])
    assert values["August"] == [D(2025, 8, 1), D(2026, 8, 1), D(2026, 8, 1)]
    rows = body_page("Puncak kemarau diperkirakan terjadi pada Juni.\n")
    assert dates(rows)["Juni"] == (D(2025, 6, 1), "month")


def test_a_fixture_in_the_present_tense_lies_ahead_and_a_weekday_far_before_its_full_date_stays_behind():
    rows = english_page("The ultimatum followed a heated session on Tuesday afternoon, during which the committee "
                        "tabled a report on ambulances, deliveries, budgets and staffing across the county, together "
                        "with a long list of questions for the executive about procurement and about the hospitals "
                        "still waiting for vehicles.\n\nSekhukhune United hosts Arrows on Saturday, while Chippa "
                        "travel to Marumo Gallants on March 21.\n\nThe Assembly resumes sittings on "
                        "Tuesday, March 17, 2026.\n")
    found = dates(rows)
    assert found["Tuesday afternoon"] == (D(2026, 3, 10), "day")
    assert found["Saturday"] == (D(2026, 3, 14), "day")


def test_a_subject_after_a_linking_phrase_and_a_long_role_is_the_one_a_later_pronoun_names():
    rows = body_page("\"Sekarang jadi tulang punggung,\" ujar Samsul Bahri.\nSementara itu, Kepala Dinas Pemberdayaan "
                     "Masyarakat dan Desa (PMD) Rejang Lebong, Hendra Wijaya, SE, MM menyebut baru 31 BUMDes menyetor. "
                     "Evaluasi, kata dia, sudah dimulai.\n\"Target kami minimal 50 BUMDes,\" ujarnya.\n"
                     "Koordinator Tagana, Lie Siu Fung, mengatakan 86 personel Tagana dikerahkan.\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Samsul Bahri", "Hendra Wijaya"]


def test_a_monk_titled_in_thai_describes_in_a_second_verb_and_a_child_with_her_age_before_the_name():
    rows = english_page("Phra Maha Somsak Thammavaro, abbot of Wat Naklua, blessed the finished pagodas and described "
                        "them as \"merit you can hold in your hands,\" adding that the tradition teaches patience.\n\n"
                        "\"My grandma made pagodas before,\" said Twelve-year-old Pimchanok Saengsuri.\n")
    assert quotes(rows) == [("merit you can hold in your hands,", "Somsak Thammavaro"),
                            ("My grandma made pagodas before,", "Pimchanok Saengsuri")]
    assert people(rows)["Somsak Thammavaro"] == "Phra Maha"


def test_a_related_story_line_inside_the_body_takes_only_the_link_after_it():
    rows = english_page("A fire broke out at a flat on Wednesday night.\n\nRelated story\nWoodlands HDB flat fire: 3 taken "
                        "to hospital\n\nSecond fire this year\n\nIt is the second fire in the same estate this year.\n")
    assert "Woodlands" not in rows.article["body"]
    assert "Second fire this year" in rows.article["body"]
    assert "second fire in the same estate" in rows.article["body"]


def test_share_buttons_with_spaces_glued_together_are_no_headline():
    rows = build("Vulcan Post\nEntrepreneurship\nThis duo built a hotel app for Indonesian tourists. It hit S$4M in "
                 "bookings last year.\nWritten by Joel Koh Wei Ming\n11 February 2026\nShare on FacebookShare on "
                 "LinkedInShare on X\nIf you have walked down Orchard Road on a weekend recently, you would have noticed "
                 "the crowds of Indonesian families.\n", language="en")
    assert rows.article["title"].startswith("This duo built a hotel app")


def test_a_name_after_a_speech_verb_that_has_its_subject_is_what_was_said_and_records_come_from_a_month():
    rows = english_page("Bugis hotel general manager Kelvin Ong Wee Leng said Singgah now accounts for 8% of his room "
                        "nights.\n\n“They bring us guests we never reached,” he said. “The numbers from December alone "
                        "tell the story,” he added.\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Kelvin Ong Wee Leng"] * 2
    assert set(people(rows)) == {"Kelvin Ong Wee Leng"}
    assert dates(rows)["December"] == (D(2025, 12, 1), "month")


def test_a_dateline_in_capitals_before_a_domain_and_a_colon_and_a_company_named_without_its_form():
    rows = build("Garuda Terbangi Labuan Bajo Setiap Hari\nSelasa, 10 Februari 2026\nJAKARTA, bisniswisata.co.id: PT "
                 "Garuda Indonesia (Persero) Tbk mulai 2 Maret akan mengoperasikan penerbangan langsung setiap hari.\n"
                 "Garuda Indonesia dalam keterangan resminya menyebut program tersebut \"sejalan dengan upaya "
                 "memperkuat konektivitas\".\nNext Post\n“Kami Kewalahan,” Kata Pengelola Homestay di Kampung Ujung\n")
    assert rows.article["dateline"] == "JAKARTA"
    assert quotes(rows) == [("sejalan dengan upaya memperkuat konektivitas", "PT Garuda Indonesia (Persero) Tbk")]


def test_a_brunei_name_keeps_pengiran_and_plural_nouns_opening_a_sentence_are_no_one():
    rows = english_page("RB chief executive officer Khairul Azmi Pengiran Omar said the route had been “a long-standing "
                        "request”.\n\nHoteliers welcomed the figures but warned of room shortages.\n")
    assert quotes(rows) == [("a long-standing request", "Khairul Azmi Pengiran Omar")]
    assert set(people(rows)) == {"Khairul Azmi Pengiran Omar"}


def test_an_organisation_introduced_with_its_short_name_after_atau():
    rows = body_page("Dua BUMN transportasi, PT Pelayaran Nasional Indonesia (Persero) atau Pelni dan PT Kereta Api "
                     "Indonesia (Persero) atau KAI, mencatat kenaikan. Manajemen Pelni dalam laporannya menyebut okupansi "
                     "mencapai 87 persen, \"tertinggi dalam lima tahun terakhir\".\n")
    assert quotes(rows) == [("tertinggi dalam lima tahun terakhir", "PT Pelayaran Nasional Indonesia")]
    assert people(rows) == {}


def test_an_illustrative_caption_is_no_dateline_and_a_general_directorate_is_one_organisation():
    rows = build("Three killed in head-on crash on Route 90\nBy Staff\n12 March 2026\nIllustrative: A Magen David Adom "
                 "ambulance at the scene of an accident, January 3, 2024. (Magen David Adom)\nThree people were killed "
                 "in a crash on Route 90 on Wednesday night, medics said.\n", language="en")
    assert rows.article["dateline"] is None
    rows = english_page("A fire broke out on Sunday, the Ministry of Interior (MoI) said.\n\nNo injuries were reported, "
                        "the ministry said in a post, adding that the cause was being investigated by the \"competent "
                        "authorities\".\n\n\"The General Directorate of Civil Defence received a report at 2.47pm,\" "
                        "the ministry said.\n")
    assert quotes(rows)[0] == ("competent authorities", "Ministry of Interior")
    assert "General Directorate of Civil Defence" in {a["name"] for a in rows.actors}


def test_a_dateline_with_the_sites_one_word_name_in_capitals_after_the_place():
    rows = build("Ribuan Warga Ikuti Tradisi Ruwah Kampung\nSabtu, 7 Februari 2026\nMENDOBARAT, LASPELA – Ribuan warga "
                 "memadati Masjid Jamik Desa Kemuja.\n")
    assert rows.article["dateline"] == "MENDOBARAT"


def test_a_papers_name_in_capitals_is_no_dateline():
    rows = build("Communal house reopens after restoration\nFebruary 8, 2026\nTHE HANOI TIMES — The 17th-century communal "
                 "house reopened to worshippers on Saturday.\n", language="en")
    assert rows.article["dateline"] in (None, "")


def test_an_organisations_office_as_subject_speaks_for_the_organisation():
    rows = english_page("The Department of Trade and Industry announced a fair. In a statement on Friday, the Department "
                        "of Trade and Industry's Pampanga provincial office said it would hold a fair \"to help artisans "
                        "recover part of their costs.\"\n")
    assert quotes(rows) == [("to help artisans recover part of their costs.", "Department of Trade and Industry")]
    assert people(rows) == {}


def test_today_in_a_wire_story_is_the_day_its_dateline_gives_and_a_paper_called_today_is_no_date():
    rows = build("Hotel occupancy climbs in January\nFebruary 5, 2026\nBy Business Today Editor\nThe skyline at dusk. Pic "
                 "credit: Business Today\nKUALA LUMPUR, Feb 4 (Bernama) -- Hotel occupancy averaged 70.4 per cent in "
                 "January, the association told reporters after its meeting here today. It rose last week.\n",
                 language="en")
    found = dates(rows)
    assert found["today"] == (D(2026, 2, 4), "day")
    assert "Today" not in found
    assert found["last week"][0] == D(2026, 1, 29)


NEWS_BODY = "LONDON - The council approved the plan on Tuesday after a long debate about the costs.\n"


def test_the_outlet_from_a_masthead_and_a_copyright_line_written_in_other_ways():
    page = "Skip to main content\nTownsville Bulletin\nSubscribe\nCouncil approves the harbour plan after a long debate\nMarch 3, 2026\n" + NEWS_BODY
    rows = build(page + "© Copyright 2026 Townsville Bulletin. All times AEST (GMT +10).\n", language="en")
    assert rows.article["outlet"] == "Townsville Bulletin"
    rows = build("fbpx\nVulcan Post\nSG\nCouncil approves the harbour plan after a long debate\nMarch 3, 2026\n" + NEWS_BODY
                 + "Vulcan Post © 2026. All Rights Reserved.\n", language="en")
    assert rows.article["outlet"] == "Vulcan Post"
    rows = build("Skip to content\nPeople Daily\nCouncil approves the harbour plan after a long debate\nMarch 3, 2026\n" + NEWS_BODY
                 + "© 2026 People Daily Digital. All rights reserved.\n", language="en")
    assert rows.article["outlet"] == "People Daily"
    rows = build("Derry Journal\nNews\nSport\nCouncil approves the harbour plan after a long debate\nMarch 3, 2026\n" + NEWS_BODY
                 + "© 2025 National World Publishing Ltd. All rights reserved.\n", language="en")
    assert rows.article["outlet"] == "Derry Journal"
    rows = build("Skip to main content\nTampa Bay Times\nSubscribe\nCouncil approves the harbour plan after a long debate\nMarch 3, 2026\n" + NEWS_BODY
                 + "© 2026 All Rights Reserved | Tampa Bay Times\n", language="en")
    assert rows.article["outlet"] == "Tampa Bay Times"
    rows = build("Skip to main content\nHonolulu Civil Beat\nDonate\nCouncil approves the harbour plan after a long debate\nMarch 3, 2026\n" + NEWS_BODY
                 + "© 2026 Honolulu Civil Beat Inc. All rights reserved.\n", language="en")
    assert rows.article["outlet"] == "Honolulu Civil Beat"


def test_a_caption_given_again_with_its_credit_and_a_reporters_desk_are_no_headline():
    rows = build("Politics\nGovernment defeated on welfare cuts as dozens of Labour MPs rebel over disability benefits\n"
                 "MPs voted by 304 to 291 to strip the controversial changes from the bill, dealing a blow to ministers\n"
                 "Kieran Ashworth Political Correspondent\nWednesday 04 March 2026 18:42 GMT\nComments\n"
                 "Work and pensions secretary Helen Marchbank in the Commons on Tuesday\nWork and pensions secretary "
                 "Helen Marchbank in the Commons on Tuesday (PA Wire)\nThe government has suffered its first Commons "
                 "defeat this year after 47 Labour MPs joined opposition parties to vote against the bill.\n",
                 language="en")
    assert rows.article["title"].startswith("Government defeated on welfare cuts")


def test_titles_that_close_a_name_or_follow_its_particle_belong_to_it():
    rows = body_page("Wakil Rektor UMY, Dr. Faris Al Hakim, M.Si., menyebut beasiswa penting. Anggota Majelis Rakyat "
                     "Papua Barat (MRPB), Agustina Mayor, menegaskan hal serupa.\n“Verifikasi kami lakukan,” tutur "
                     "Faris. \"Negara wajib hadir,\" kata Agustina.\n")
    assert [speaker for _, speaker in quotes(rows)] == ["Faris Al Hakim", "Agustina Mayor"]


def test_a_title_for_an_office_of_two_words_and_a_students_year_before_a_name():
    rows = english_page("Vice Provost for Academic Personnel Marcus Oyelaran said the raises would cost more. Minister "
                        "of Public Works Dody Hanggodo said the road opened. Sophomore Ellie Brandt said classes went on.\n")
    assert set(people(rows)) == {"Marcus Oyelaran", "Dody Hanggodo", "Ellie Brandt"}


def test_a_numeric_header_date_read_the_way_that_puts_the_storys_days_near_it():
    rows = build("Landowners demand K50 million over refinery slurry leak\nPosted on 08/10/2025 by Kila Gabi\n"
                 "MADANG - Landowners said they had written to the company on September 28 warning of a leak. "
                 "Inspectors would visit the refinery from October 13 to October 15. Rosa Kaupa said in Tok Pisin "
                 "that the sea was spoiled.\n", language="en")
    assert rows.article["published"] == D(2025, 10, 8)
    assert dates(rows)["08/10/2025"] == (D(2025, 10, 8), "day")
    assert set(people(rows)) <= {"Rosa Kaupa"}


def test_ministries_of_lists_of_fields_chambers_and_fijian_titles():
    rows = english_page("The Department of the Environment, Tourism, Science and Innovation said it fined the company. "
                        "The Ministry of Environment and Climate Change said samples were taken. The Chamber of Petroleum "
                        "Consumers said prices rose. Adi Litia Tuimoala said the river was dirty. The Chief Medical "
                        "Officer for Public Health, Dr Sione Latu, said cases rose. “The law gives a clear basis,” Deputy "
                        "State Secretary Bambang Wicaksono Adi said.\n")
    kinds = {a["name"]: a["kind"] for a in rows.actors}
    for name in ("Department of the Environment, Tourism, Science and Innovation",
                 "Ministry of Environment and Climate Change", "Chamber of Petroleum Consumers"):
        assert kinds.get(name) == "organization"
    assert set(people(rows)) == {"Litia Tuimoala", "Sione Latu", "Bambang Wicaksono Adi"}


# --- cases a reviewer reproduced against this session's rules -----------------------------

def review_page(body: str, published: str = "Kamis, 13 Februari 2025", language: str = "id") -> ArticleRows:
    return build("Judul Berita Uji Coba Untuk Pola Tanggal\n" + published + "\nJAKARTA - " + body, language=language)


def test_a_passive_of_the_present_and_a_past_verb_a_clause_before_keep_a_month_ahead():
    rows = review_page("The park is closed in March for maintenance, the council said.\n",
                       "Thursday, February 13, 2025", "en")
    assert dates(rows)["March"] == (D(2025, 3, 1), "month")
    rows = review_page("Officials told reporters the bridge reopens in March after repairs.\n",
                       "Thursday, February 13, 2025", "en")
    assert dates(rows)["March"] == (D(2025, 3, 1), "month")


def test_face_to_face_and_played_host_say_nothing_of_the_future():
    rows = review_page("The shop owner came face to face with an armed robber on Saturday night. The hotel, which "
                       "played host to the talks on Tuesday, was evacuated.\n", "Thursday, February 13, 2025", "en")
    found = dates(rows)
    assert found["Saturday night"] == (D(2025, 2, 8), "day")
    assert found["Tuesday"] == (D(2025, 2, 11), "day")


def test_a_bare_weekday_of_a_match_to_come_takes_the_full_date_given_later():
    filler = "Pelatih meminta pemain menjaga kondisi. " * 12
    rows = review_page("Persib Bandung siap menjamu Persija Jakarta di Stadion GBLA, Minggu.\n" + filler + "\n"
                       "Laga tersebut akan digelar pada Minggu (16/2/2025) pukul 15.30 WIB.\n")
    assert dates(rows)["Minggu"] == (D(2025, 2, 16), "day")


def test_a_start_from_a_month_with_a_future_verb_is_ahead():
    rows = review_page("International arrivals from March will need an electronic travel authorisation, the Home "
                       "Office said.\n", "Thursday, November 13, 2025", "en")
    assert dates(rows)["March"] == (D(2026, 3, 1), "month")
    rows = review_page("Pemerintah akan memperbarui data mulai Maret untuk penyaluran bantuan sosial.\n",
                       "Kamis, 13 November 2025")
    assert dates(rows)["Maret"] == (D(2026, 3, 1), "month")


def test_people_set_off_after_a_group_and_makers_after_their_works_stay_people():
    rows = review_page("The leader of the coalition, Senator Raila Odinga, said on Wednesday that talks would go on.\n",
                       "Thursday, February 13, 2025", "en")
    assert "Raila Odinga" in people(rows)
    rows = review_page("Band itu membawakan lagu Iwan Fals berjudul Bento. Siswa diminta membaca novel Andrea Hirata "
                       "berjudul Laskar Pelangi.\n")
    assert {"Iwan Fals", "Andrea Hirata"} <= set(people(rows))


def test_people_known_by_a_name_and_companies_called_sisters_are_read_as_such():
    rows = review_page("Seorang pedagang bakso yang akrab disapa Mas Jono mengatakan omzetnya turun drastis.\n")
    assert "Jono" in " ".join(people(rows))
    rows = review_page("A fruit seller known as Mama Ngozi said prices had doubled. Qantas and its budget sister "
                       "Jetstar cancelled dozens of flights. Residents of Phra Pradaeng district said the water rose.\n",
                       "Thursday, February 13, 2025", "en")
    found = people(rows)
    assert "Ngozi" in " ".join(found)
    assert "Jetstar" not in found and "Pradaeng" not in found


def test_two_bodies_often_named_together_stay_two():
    rows = review_page("Kementerian Keuangan dan BI sepakat menjaga stabilitas rupiah. Rapat antara Kementerian "
                       "Keuangan dan BI digelar di Jakarta.\n")
    names = {a["name"] for a in rows.actors}
    assert "Kementerian Keuangan dan BI" not in names and "Kementerian Keuangan" in names


def test_study_programmes_and_islamic_universities_named_after_people_are_organisations():
    rows = body_page("Salah satu penerima, Rizky Amalia Putri, mahasiswi Program Studi Hubungan Internasional, mengaku "
                     "nyaris cuti. “Saya sudah sempat mengurus berkas cuti,” ujarnya.\nPenerima lainnya, Muhammad Ilham "
                     "Saputra dari Program Studi Teknik Sipil, berencana lulus. Dalam keterangan tertulis, Bagian Humas "
                     "UIN Sunan Kalijaga menyatakan bahwa kampus \"berkomitmen menjamin tidak ada mahasiswa berhenti\". "
                     "Laga final digelar di Stadion Sumpah Pemuda, Way Halim, Minggu.\n")
    assert quotes(rows)[0] == ("Saya sudah sempat mengurus berkas cuti,", "Rizky Amalia Putri")
    assert set(people(rows)) == {"Rizky Amalia Putri", "Muhammad Ilham Saputra"}


def test_a_spokesperson_of_a_named_seat_of_power_and_a_person_described_before_said():
    rows = english_page("A Downing Street spokesperson said: “We are disappointed by the outcome.”\n\nPriya Raman, "
                        "director of policy at the disability charity Scope, said: “Tonight disabled people were heard.”"
                        "\n\nThe Treasury had estimated the cuts would save money. 47 Labour MPs joined the rebels.\n")
    assert quotes(rows) == [("We are disappointed by the outcome.", "Downing Street"),
                            ("Tonight disabled people were heard.", "Priya Raman")]
    assert set(people(rows)) == {"Priya Raman"}


def test_the_district_said_is_the_school_district_the_page_names_and_trustees_are_titled():
    rows = english_page("Teachers in the Dallas Independent School District could see a raise. Trustee Leticia "
                        "Barrientos said \"yes\".\n\nIn a statement, the district said turnover fell to 16.8%, and that "
                        "\"retention remains a top priority.\"\n")
    assert quotes(rows) == [("yes", "Leticia Barrientos"),
                            ("retention remains a top priority.", "Dallas Independent School District")]
    assert people(rows) == {"Leticia Barrientos": "Trustee"}


def test_a_faction_pointed_back_to_speaks_its_view():
    rows = body_page("Namun, Fraksi PDI Perjuangan melalui juru bicaranya, I Wayan Sudarsana Putra, mengingatkan agar "
                     "mekanisme itu tidak disalahgunakan.\nSementara itu, Fraksi Partai NasDem memberikan catatan. Dalam "
                     "pandangan akhirnya, fraksi itu menyatakan, \"Pengelolaan aset harus berada di bawah satu "
                     "lembaga.\"\n")
    assert quotes(rows) == [("Pengelolaan aset harus berada di bawah satu lembaga.", "Fraksi Partai NasDem")]


def test_a_name_given_a_customary_title_is_a_person():
    rows = body_page("Ketiga penghulu itu adalah Hendri Yulnasri yang bergelar Datuak Rajo Mangkuto dari Suku Piliang, "
                     "Afrizal bergelar Datuak Bandaro Kayo dari Suku Chaniago, dan Zulfahmi bergelar Datuak Sati.\n")
    assert set(people(rows)) == {"Hendri Yulnasri", "Afrizal", "Zulfahmi"}


def test_datelines_glued_to_a_site_bar_credited_before_a_semicolon_or_alone_on_their_line():
    rows = build("Mantan Ketua LPD Kesiman Dituntut Tujuh Tahun\nSelasa, 2 Desember 2025\nDENPASAR-Fajarbali.com | Jaksa "
                 "Penuntut Umum menuntut mantan ketua lembaga perkreditan desa tujuh tahun penjara.\n")
    assert rows.article["dateline"] == "DENPASAR"
    rows = build("Former secretary remanded over bribery\nSeptember 25, 2025\nCOLOMBO (News 1st); A former Secretary to "
                 "the ministry has been remanded until October 2 after his arrest.\n", language="en")
    assert rows.article["dateline"] == "COLOMBO"
    rows = build("CIAA files graft case against land revenue officials\nDecember 3, 2025\nKathmandu, December 3\nThe "
                 "Commission for the Investigation of Abuse of Authority has filed a corruption case against officials."
                 "\n", language="en")
    assert rows.article["dateline"] == "Kathmandu"


def test_a_reporter_and_the_paper_after_a_dash_are_a_byline_naming_the_outlet():
    rows = build("Cebu News\nVSMMC opens dengue overflow ward as cases climb 58% in Central Visayas\nMary Grace Alcoseba - "
                 "The Freeman\nJanuary 29, 2026 | 12:00am\nCEBU, Philippines — The medical center has converted its old "
                 "outpatient lobby into a ward for dengue patients.\n", language="en")
    assert rows.article["title"].startswith("VSMMC opens dengue overflow ward")
    assert rows.article["outlet"] == "The Freeman"


def test_imam_opens_an_indonesian_name_and_attorney_at_law_is_a_title():
    rows = body_page("Kepala BP3MI Kepulauan Riau, Imam Riyadi Ginting, mengatakan pihaknya menerima penyerahan.\n")
    assert set(people(rows)) == {"Imam Riyadi Ginting"}
    rows = english_page("Attorney-at-Law Chathura Galhena said the case was filed for \"political reasons\".\n")
    assert quotes(rows) == [("political reasons", "Chathura Galhena")]


def test_the_press_office_of_a_named_organisation_speaks_for_it_and_no_one_is_called_jaya():
    rows = body_page("Polda Metro Jaya mengimbau masyarakat untuk tidak mudah tergiur. \"Pastikan legalitasnya lewat situs "
                     "resmi OJK,\" tulis Bidang Humas Polda Metro Jaya dalam keterangan resminya.\n")
    assert quotes(rows) == [("Pastikan legalitasnya lewat situs resmi OJK,", "Polda Metro Jaya")]
    assert people(rows) == {}


def test_a_papers_masthead_over_a_publishers_copyright_and_a_footer_written_with_a_comma():
    rows = build("Newcastle Herald\nSubscribe\nCouncil approves the harbour plan after a long debate\nMarch 3, 2026\n"
                 + NEWS_BODY + "Copyright © 2026 Australian Community Media. All rights reserved.\n", language="en")
    assert rows.article["outlet"] == "Newcastle Herald"
    rows = build("E-paper    বাংলা\nThe Daily Star\nCouncil approves the harbour plan after a long debate\nMarch 3, 2026\n"
                 + NEWS_BODY + "© 2026 thedailystar.net | Powered by: RSI LAB\n", language="en")
    assert rows.article["outlet"] == "The Daily Star"
    rows = build("DAWN.COM\nHome\nCouncil approves the harbour plan after a long debate\nMarch 3, 2026\n" + NEWS_BODY
                 + "Copyright © 2026, Dawn\n", language="en")
    assert rows.article["outlet"].casefold() == "dawn"
