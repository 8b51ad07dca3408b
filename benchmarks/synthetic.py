"""A synthetic corpus of N news pages for benchmarks and tests.

Pages are recombined from template pieces written for this file (Indonesian and English):
section labels, headlines, date lines, datelines, paragraphs with people, organisations,
dates and quotes, captions and boilerplate (related-news lists, share buttons, footers).
Every choice comes from a seeded random generator, so the same (n, seed) gives the same
corpus, and every page carries its own number in its text, so no two pages are equal
unless asked for (``duplicates``).

    python benchmarks/synthetic.py 10000 /tmp/corpus-10k
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

PEOPLE = {
    "id": [("Menteri Luar Negeri", "Ratna Wulandari"), ("Juru Bicara Kepolisian", "Bambang Susilo"),
           ("Gubernur Jawa Tengah", "Hendra Kusuma"), ("Direktur Eksekutif", "Siti Rahmawati"),
           ("Wakil Presiden", "Agus Prasetyo"), ("Kepala Badan Meteorologi", "Dewi Anggraini"),
           ("Ketua Komisi", "Yusuf Hidayat"), ("Duta Besar Jepang", "Kenji Watanabe")],
    "en": [("Foreign Minister", "Helen Carter"), ("Police spokesman", "David Okafor"),
           ("Governor", "Maria Lopez"), ("Chief executive", "Tom Becker"),
           ("Vice President", "Anna Kowalski"), ("Health Secretary", "James Whitfield"),
           ("UN envoy", "Priya Raman"), ("Central bank governor", "Lars Nilsson")],
}
ORGS = {
    "id": ["Kementerian Perdagangan", "Badan Pusat Statistik", "Komisi Pemberantasan Korupsi",
           "Bank Indonesia", "Perserikatan Bangsa-Bangsa", "Palang Merah Indonesia"],
    "en": ["World Health Organization", "European Commission", "Federal Reserve",
           "Red Cross", "International Monetary Fund", "Ministry of Finance"],
}
CITIES = {"id": ["JAKARTA", "SURABAYA", "MEDAN", "MAKASSAR", "Bandung", "Denpasar"],
          "en": ["LONDON", "NAIROBI", "SYDNEY", "Geneva", "Brussels", "Toronto"]}
SECTIONS = {"id": ["Dunia", "Ekonomi", "Nasional", "Olahraga", "Teknologi"],
            "en": ["World", "Business", "Health", "Science", "Politics"]}
MONTHS = {"id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                 "Oktober", "November", "Desember"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"]}
WEEKDAYS = {"id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
            "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}
HEADLINES = {
    "id": ["{org} umumkan rencana baru untuk {city_t}", "Harga pangan di {city_t} naik {n} persen",
           "{name} tinjau lokasi banjir di {city_t}", "Pemerintah siapkan {n} miliar rupiah untuk bantuan",
           "Ribuan warga {city_t} ikuti vaksinasi massal"],
    "en": ["{org} unveils new plan for {city_t}", "Food prices in {city_t} rise {n} percent",
           "{name} visits flood-hit areas of {city_t}", "Government sets aside {n} million dollars for relief",
           "Thousands in {city_t} join mass vaccination drive"],
}
LEADS = {
    "id": ["{city} - {org} menyatakan pada {weekday} ({d}/{m}) bahwa program tersebut akan dimulai "
           "bulan depan, kata {role} {name}.",
           "{city} - Sebanyak {n} warga terdampak oleh kebijakan baru yang diumumkan {org} pada "
           "{d} {month} {y}, ujar {role} {name} kepada wartawan."],
    "en": ["{city} - The {org} said on {weekday} that the programme would start next month, "
           "{role} {name} told reporters.",
           "{city} - Some {n} residents are affected by the new policy the {org} announced on "
           "{month} {d}, {y}, {role} {name} said."],
}
QUOTES = {
    "id": ["\u201cKami akan memastikan semua warga mendapatkan bantuan secepatnya,\u201d ujar {name}.",
           "\"Situasi ini harus ditangani bersama oleh semua pihak,\" kata {name} di kantornya.",
           "{name} mengatakan: \u201cTidak ada alasan untuk menunda keputusan ini.\u201d",
           "\u201cKami masih menunggu data lengkap dari lapangan,\u201d imbuhnya."],
    "en": ["\u201cWe will make sure every resident gets help as soon as possible,\u201d {name} said.",
           "\"This situation must be handled by everyone together,\" said {name}.",
           "{name} said: \u201cThere is no reason to delay this decision.\u201d",
           "\u201cWe are still waiting for full figures from the ground,\u201d she added."],
}
FILLERS = {
    "id": ["Menurut data {org}, jumlah tersebut meningkat dibandingkan tahun lalu.",
           "Sebelumnya, pada {month} {y}, pemerintah telah mengeluarkan aturan serupa.",
           "Rapat lanjutan dijadwalkan berlangsung pada {weekday} pekan depan di {city_t}.",
           "Para pengamat menilai langkah itu penting untuk menjaga stabilitas harga kemarin.",
           "Program ini ditargetkan menjangkau {n} keluarga hingga akhir tahun ini."],
    "en": ["According to {org} figures, the number is higher than last year.",
           "Earlier, in {month} {y}, the government issued a similar rule.",
           "A follow-up meeting is scheduled for next {weekday} in {city_t}.",
           "Analysts said the move was important to keep prices stable yesterday.",
           "The programme aims to reach {n} families by the end of this year."],
}
CAPTIONS = {"id": "Warga mengantre di {city_t} pada {d} {month} {y}. (Foto: Redaksi/{name})",
            "en": "Residents queue in {city_t} on {month} {d}, {y}. (Photo: Staff/{name})"}
BOILERPLATE = {
    "id": ["Baca juga: {org} tambah anggaran untuk {city_t}", "Bagikan\nKomentar\nBerita Terkait",
           "Ikuti berita terkini kami di kanal WhatsApp.", "Copyright © {y} Redaksi. Hak cipta dilindungi."],
    "en": ["Read more: {org} boosts budget for {city_t}", "Share\nComments\nRelated stories",
           "Follow our latest news on WhatsApp.", "Copyright © {y} Newsroom. All rights reserved."],
}


def page(number: int, rng: random.Random) -> str:
    """One page: header, lead, paragraphs with quotes, captions and boilerplate, in varying order."""
    lang = "id" if rng.random() < 0.7 else "en"
    role, name = rng.choice(PEOPLE[lang])
    other_role, other = rng.choice(PEOPLE[lang])
    city = rng.choice(CITIES[lang])
    month_index = rng.randrange(12)
    values = {
        "role": role, "name": name, "org": rng.choice(ORGS[lang]), "city": city, "city_t": city.title(),
        "d": rng.randint(1, 28), "m": month_index + 1, "month": MONTHS[lang][month_index],
        "y": rng.choice([2023, 2024, 2025]), "weekday": rng.choice(WEEKDAYS[lang]), "n": number,
    }
    fill = lambda text: text.format(**values)  # noqa: E731
    lines = [fill(rng.choice(SECTIONS[lang])), fill(rng.choice(HEADLINES[lang]))]
    if rng.random() < 0.5:
        lines.append(f"{values['d']:02d}.{values['m']:02d}.{values['y']} - Update : "
                     f"{values['d'] + 1:02d}.{values['m']:02d}.{values['y']}")
    if rng.random() < 0.3:
        lines.append(fill(CAPTIONS[lang]))
    body = [fill(rng.choice(LEADS[lang]))]
    pieces = [fill(q) for q in rng.sample(QUOTES[lang], 2)]
    pieces += [fill(f) for f in rng.sample(FILLERS[lang], 3)]
    pieces.append(fill(rng.choice(QUOTES[lang])).replace(name, other_role + " " + other, 1))
    rng.shuffle(pieces)
    body += pieces
    if rng.random() < 0.2:  # sentences run together, as scraped
        body[1:3] = [body[1] + body[2]]
    tail = [fill(b) for b in rng.sample(BOILERPLATE[lang], rng.randint(0, 3))]
    return "\n\n".join(lines + body + tail) + "\n"


def generate(n: int, folder: Path, seed: int = 0, duplicates: float = 0.0, empty: float = 0.0) -> Path:
    """Write ``n`` pages (and a ``warta.toml``) under ``folder``, 1000 per subfolder; return ``folder``.

    ``duplicates`` is the share of pages that repeat an earlier page word for word; ``empty``
    the share of empty files (both become rejects).
    """
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "warta.toml").write_text(
        '[dataset]\nname = "synthetic"\ntitle = "Synthetic news pages"\nversion = "0.0.1"\n'
        f'description = "{n} synthetic pages, seed {seed}"\n', encoding="utf-8")
    written: list[str] = []
    for number in range(n):
        roll = rng.random()
        if roll < empty:
            text = ""
        elif roll < empty + duplicates and written:
            text = rng.choice(written[-50:])
        else:
            text = page(number, rng)
            written.append(text)
            del written[:-50]
        path = folder / f"{number // 1000:05d}" / f"page-{number:07d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of pages")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--duplicates", type=float, default=0.0, help="share of repeated pages")
    parser.add_argument("--empty", type=float, default=0.0, help="share of empty files")
    args = parser.parse_args()
    generate(args.n, args.folder, args.seed, args.duplicates, args.empty)
    print(f"wrote {args.n} pages to {args.folder}")


if __name__ == "__main__":
    main()
