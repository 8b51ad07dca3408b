"""Find date expressions and resolve them to calendar dates.

One compiled pattern per language finds absolute dates (``12.11.2025``, ``11 Mei 2024``,
``December 29``, ``Februari 2022``, ``2014``), weekdays (``Rabu``, ``Kamis (13/2)``,
``Jumat malam``) and relative expressions (``kemarin``, ``pekan lalu``, ``this year``).
Resolution is a second step, once the publication date is known: weekdays and relative
expressions count from it, year-less dates take its year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from warta.build.lexicon import Lexicon, alternation, available_languages, load_lexicon

_UNITS_AFTER_YEAR = re.compile(
    r"\s*(?:persen|orang|unit|ribu|juta|miliar|triliun|kg|km|ton|meter|hektare|jiwa|kasus|"
    r"percent|people|units|km|tons|dolar|rupiah|\%)\b", re.IGNORECASE)


# "UU Nomor 3 Tahun 2025", "Perpres No. 12 Tahun 2024": the year names a law, not a date.
_NUMBERED_ACT = re.compile(r"\b(?:nomor|no\.?)\s*\d+[a-z]?\s+(?:tahun|of|year)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, resolved or not yet."""

    text: str
    start: int
    end: int
    granularity: str  # day, month, year
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    relative: tuple[str, object] | None = None
    future: bool = False
    strictly_past: bool = False  # "Jumat lalu", "last Friday": not the publication day itself
    strictly_future: bool = False  # "Selasa depan", "next Tuesday": not the publication day either
    told_in_the_past: bool = False  # "The fire broke out in August": a month later in the year is last year's
    year_shift: int | None = None  # "15 November tahun lalu", "Nov. 15 last year": years from publication
    week_offset: int = 0  # "Sabtu pekan lalu", "Tuesday next week": that weekday in another week
    in_week: bool = False  # "Kamis pekan ini", "Thursday this week": that weekday in the publication's week
    hijri: tuple[int | None, int, int] | None = None  # "1 Ramadan 1448 H": (year or None, month, day) of the Hijri calendar
    annual: tuple[int, int] | None = None  # "Christmas": (month, day) of a holiday whose year the text leaves out
    value: dt.date | None = None

    @property
    def complete(self) -> bool:
        """Whether the text alone fixes the date (a full date, a month and year, a year)."""
        if self.granularity == "day":
            return None not in (self.year, self.month, self.day)
        if self.granularity == "month":
            return None not in (self.year, self.month)
        return self.year is not None and self.relative is None


def _starts_with(*groups) -> str:
    """A lookahead for the first letters of ``groups`` of words, put before a branch that opens with
    them: the branch is skipped at once where it cannot match, instead of trying every word (the
    pattern ignores case, and so does the lookahead). Empty when a group is empty or has "" in it."""
    letters = {word[:1] for words in groups for word in words}
    if not letters or "" in letters:
        return ""
    return "(?=[" + "".join(re.escape(letter) for letter in sorted(letters)) + "])"


def _word_ordinals(lexicon: Lexicon) -> list[str]:
    """The ordinals written as words ("kedua", "II"), not figures ("Selasa 3 Maret" is a day)."""
    return [word for word in lexicon.ordinals if not word.isdigit()]


def _week_of_month(lexicon: Lexicon) -> str:
    """"pekan kedua", "the first two weeks of": a week of a month, written before the month ("" when the
    language lists no words for weeks of a month)."""
    if not (lexicon.month_parts and lexicon.ordinals):
        return ""
    parts, ordinals = alternation(lexicon.month_parts), alternation(_word_ordinals(lexicon))
    if not lexicon.ordinal_first:
        return rf"(?:{parts})\s+(?:{ordinals})"
    article = rf"(?:(?:{alternation(lexicon.articles)})\s+)?" if lexicon.articles else ""
    count = rf"(?:\s+(?:{alternation(lexicon.numbers)}))?"
    link = rf"\s+(?:{alternation(lexicon.year_part_links)})" if lexicon.year_part_links else ""
    return rf"{article}(?:{ordinals}){count}\s+(?:{parts}){link}"


def _year_part_pattern(lexicon: Lexicon) -> str:
    """A part of a year with its ordinal, before the year: "kuartal II/2026", "semester pertama 2025"
    (the part first), "first quarter of 2025", "first five months of 2025" (the ordinal first)."""
    if not (lexicon.year_parts and lexicon.ordinals):
        return "(?!x)x"
    parts, ordinals = alternation(lexicon.year_parts), alternation(lexicon.ordinals)
    link = rf"(?:(?:{alternation(lexicon.year_part_links)})\s+)" if lexicon.year_part_links else ""
    if lexicon.ordinal_first and link:
        count = rf"(?:\s+(?:{alternation(lexicon.numbers)}|\d{{1,2}}))?"
        return rf"{_starts_with(lexicon.ordinals)}(?:{ordinals}){count}\s+(?:{parts})\s+{link}(?P<ypo>\d{{4}})(?!\d)"
    return rf"{_starts_with(lexicon.year_parts)}(?:{parts})\s+(?:{ordinals})(?:\s*[/-]\s*|\s+){link}?(?P<ypy>\d{{4}})(?!\d)"


@cache
def _pattern(lexicon: Lexicon) -> re.Pattern[str]:
    months = alternation(lexicon.months)
    weekdays = alternation(lexicon.weekdays)
    prefix = rf"(?:(?:{alternation(lexicon.weekday_prefix)})\s+)?" if lexicon.weekday_prefix else ""
    parts = alternation(lexicon.day_parts) if lexicon.day_parts else "(?!x)x"
    relative = alternation(lexicon.relative)
    before_weekday = alternation(lexicon.weekday_before) if lexicon.weekday_before else "(?!x)x"
    after_weekday = alternation(lexicon.weekday_after) if lexicon.weekday_after else "(?!x)x"
    numbers = alternation(lexicon.numbers)
    units = alternation(lexicon.units)
    ago = alternation(lexicon.ago)
    by_month = _starts_with(lexicon.months)
    by_weekday = _starts_with(lexicon.weekday_prefix, lexicon.weekdays)
    counted = rf"{_starts_with('0123456789', lexicon.numbers)}(?P<count>\d{{1,3}}|{numbers})\s*(?P<unit>{units})\s+(?P<ago>{ago})"
    # "Jumat Agung", "Kamis Legi": a day's name in a calendar of its own belongs to the weekday
    day_name = rf"(?:\s+(?:{alternation(lexicon.day_names)}))?" if lexicon.day_names else ""
    # ("minggu terakhir Oktober": a week of a month, though "Minggu" is a weekday)
    week_of_month = rf"(?!\s+(?:{alternation(_word_ordinals(lexicon))})\s+(?:{months})\b)" \
        if lexicon.month_parts and lexicon.ordinals and not lexicon.ordinal_first else ""
    weekday = rf"(?P<wd>{weekdays}){week_of_month}{day_name}\.?"
    numeric = r"(?P<n1>\d{1,2})(?P<sep>[./-])(?P<n2>\d{1,2})(?P=sep)(?P<ny>\d{4}|\d{2})(?!\d|\.\d)"
    iso = r"(?P<iy>\d{4})(?P<isep>[-.])(?P<im>\d{2})(?P=isep)(?P<id>\d{2})(?!\d|\.\d)"  # 2025-05-22, 2025.05.22
    # "1-5 Desember 2025", "23 hingga 26 Desember": the range, valued at its first day
    day_links = alternation([word for word in lexicon.range_connectors if word[:1].isalpha()]) or "(?!x)x"
    day_range = rf"(?:\s*[-–—]\s*\d{{1,2}}|\s+(?:{day_links})\s+\d{{1,2}}(?=\s+{by_month}(?:{months})\b))?"
    # ("11 - Feb - 2025": a date line may part them with dashes)
    day_month_year = rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?{day_range}(?:\s+|\s*-\s*)(?:of\s+)?(?P<m1>{months})\.?,?(?:\s+|\s*-\s*)(?P<y1>\d{{4}})(?!\d)"
    # ("Nov - 13 - 2026": a date line may part them with dashes)
    month_day_year = rf"{by_month}(?P<m2>{months})\.?(?:\s+|\s*-\s*)(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+|\s*-\s*|,(?=(?:19|20)\d\d\b))(?P<y2>\d{{4}})(?!\d)"
    month_day = rf"{by_month}(?P<m3>{months})\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|:\d)"
    day_month = rf"(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?{day_range}\s+(?P<m4>{months})(?![\w])"
    month_year = rf"{by_month}(?P<m5>{months})\.?\s+(?P<y5>\d{{4}})(?!\d)"
    # ("Saturday (21)": Sri Lankan papers give the day of the month alone)
    # ("Jumat-Sabtu (13-14/11)": two days, valued at the first)
    bracket = r"\(\s*(?P<b1>\d{1,2})(?:[-–]\d{1,2}(?=/))?(?:[/-](?P<b2>\d{1,2})(?:[/-](?P<by>\d{4}|\d{2}))?)?\s*\)"
    # "kuartal II/2026", "semester I 2025": part of a year, valued at the year.
    year_part = _year_part_pattern(lexicon)
    # ("mid-2027", "end-2026": a modifier written with a hyphen before the year)
    hyphened = "".join(f"|(?<={re.escape(word)})" for word in lexicon.period_modifiers if word.endswith("-"))
    after_hyphen = rf"|(?:{hyphened[1:]})(?=(?:19|20)\d\d)" if hyphened else ""
    year = rf"(?:(?<![\d/.,-]){hyphened})(?P<year>(?:19[5-9]\d|20[0-4]\d))(?![\d/-]|\.\d|,\d)"
    year_relatives = alternation([text for text, (unit, offset) in lexicon.relative.items()
                                  if unit == "year" and isinstance(offset, int)]) or "(?!x)x"
    # "sejak November" is a month alone, not "sejak November tahun lalu" (the month of last year).
    after_month = (rf"|\s+(?:{alternation(lexicon.weekday_after)})(?!\w)" if lexicon.weekday_after else "") + \
        rf"|\s+(?:{year_relatives})(?!\w)"
    month_of_year = rf"{by_month}(?P<m9>{months})\s+(?P<m9rel>{year_relatives})(?!\w)"
    day_prefixes = alternation(lexicon.day_prefixes) if lexicon.day_prefixes else "(?!x)x"
    slash_words = alternation((*lexicon.day_prefixes, *lexicon.slash_date_prepositions)) \
        if lexicon.day_prefixes or lexicon.slash_date_prepositions else "(?!x)x"
    # "pada 26/2", "tanggal 3/3": a year-less day and month after a word that leads to a date
    slashed = rf"{_starts_with(lexicon.day_prefixes, lexicon.slash_date_prepositions)}(?P<sw>{slash_words})\s+" \
        rf"(?P<s1>\d{{1,2}})/(?P<s2>\d{{1,2}})(?![\d/]|\.\d|,\d)"
    day_of_month = rf"{_starts_with(lexicon.day_prefixes)}(?:{day_prefixes})\s+(?P<d10>\d{{1,2}})(?![\d.:,/]\d)" \
        rf"(?:\s+(?P<m10>{months})(?:\s+(?P<y10>\d{{4}}))?)?"
    # "Natal 2026", "Christmas": a holiday on a fixed day, with its year (or a year-less one the language lists)
    alone = [name for name in lexicon.holidays if name in lexicon.holidays_alone]
    # ("Natal lalu", "Christmas next": a holiday and the side of publication it lies on)
    # (only a plain last or next: "Christmas next week" is a holiday and a week of its own)
    sides = [word for word, side in lexicon.weekday_after.items() if side in ("last", "next")]
    holiday_side = alternation(sides) if sides else "(?!x)x"
    holiday = (rf"{_starts_with(lexicon.holidays)}(?P<hol>{alternation(lexicon.holidays)})\s+(?:(?P<holy>(?:19|20)\d\d)(?!\d)"
               rf"|(?P<holdir>{holiday_side})(?!\w))"
               + (rf"|{_starts_with(alone)}(?P<hola>{alternation(alone)})(?![\w’'])" if alone else "")) \
        if lexicon.holidays else "(?!x)x"
    # "1 Ramadan 1448 H", "10 Zulhijah": a day of the Hijri calendar
    hijri = rf"(?P<hd>\d{{1,2}})\s+(?P<hm>{alternation(lexicon.hijri_months)})(?:\s+(?P<hy>1[3-5]\d\d)" \
        rf"(?:\s*(?:{alternation(lexicon.hijri_era)})(?!\w))?)?" if lexicon.hijri_months else "(?!x)x"
    week = _week_of_month(lexicon)
    week_openers = (lexicon.articles | set(lexicon.ordinals)) if lexicon.ordinal_first else lexicon.month_parts
    month_alone = rf"{_starts_with(lexicon.month_context, week_openers if week else ())}" \
        rf"(?:{alternation(lexicon.month_context)}{'|' + week if week else ''})(?:\s+|-)(?P<m6>{months})(?!\w|\.\w|\s*[-–]|\.?\s*\d{after_month})" \
        if lexicon.month_context else "(?!x)x"
    pattern = (
        # (after a hyphen only the month closing a range of months: "Januari-Maret 2027")
        # (not inside a code: "SP.412/HUMAS/PPIP/HMS.3/12/2026", a press release's number)
        # (nor the minutes of a time: "16:22 October 28, 2025")
        rf"(?:(?<![\w/-])(?<![A-Za-z]\.)(?<!\d:)|(?:(?<=[^\W\d_]-)|(?<=\d{{4}}-))(?=(?:{months})\b){after_hyphen})(?:"
        # "Thursday (Nov 20)", "Wednesday night (Jan. 21)": a weekday with its date in brackets is one expression.
        rf"(?:{by_weekday}{prefix}{weekday}(?:\s+(?:{parts}))?,?\s*(?P<wdparen>\(\s*)?)?(?:{numeric}|{iso}|{day_month_year}|{month_day_year}|{month_year}"
        rf"|{month_day}|{day_month})(?(wdparen)\s*\)(?:\s+(?:{parts}))?)"
        # "Kamis (13/2) malam", and "Selasa malam (3/6)" with the day part before the bracket
        rf"|{by_weekday}{prefix}(?P<wdb>{weekdays}){day_name}(?:\s*[-–]\s*(?:{weekdays}))?(?:\s+(?:{parts}))?\.?,?\s*{bracket}(?:\s+(?:{parts}))?"
        rf"|{hijri}"
        rf"|{holiday}"
        rf"|{counted}"
        rf"|{month_of_year}"
        rf"|{slashed}"
        rf"|{day_of_month}"
        # "kemarin (20/11)": a relative day with its date in brackets is one expression
        rf"|{_starts_with(lexicon.relative)}(?P<rel>{relative})(?:\s+(?P<relpart>{parts}))?"
        rf"(?:\s*\(\s*(?P<rb1>\d{{1,2}})(?:[/-](?P<rb2>\d{{1,2}})(?:[/-](?P<rby>\d{{4}}))?)?\s*\))?"
        rf"|{_starts_with(lexicon.weekday_before, lexicon.weekday_prefix, lexicon.weekdays)}(?:(?P<wdbefore>{before_weekday})\s+)?{prefix}(?P<wd2>{weekdays}){week_of_month}{day_name}"
        rf"(?:\s+(?P<part>{parts}))?(?:\s+(?P<wdafter>{after_weekday}))?"
        rf"|{month_alone}"
        rf"|{by_month}(?P<m7>{months})\s+(?P<m7dir>{after_weekday})(?!\w)"
        rf"|{_starts_with(lexicon.weekday_before)}(?P<m8dir>{before_weekday})\s+(?P<m8>{months})(?!\w|\s*\d)"
        rf"|{year_part}"
        rf"|{year}"
        rf")(?![\w])"
    )
    # A date never runs over a line break ("Desember.\n\n5. Berlaku ...").
    return re.compile(pattern.replace(r"\s", r"[^\S\n]"), re.IGNORECASE)


# The day number (as ``date.toordinal`` counts) of the tabular Hijri calendar's epoch, 16 July 622 in the
# Julian calendar, 19 July in the proleptic Gregorian one.
_HIJRI_EPOCH = dt.date(622, 7, 19).toordinal()


def from_hijri(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Hijri one, by the arithmetical (tabular) calendar: months of 30 and 29
    days in turn, 11 leap years in 30. Announced dates, set by sighting or by astronomy, may fall a day
    later; a page that states the Gregorian date beside the Hijri one is read for that date instead."""
    days = (year - 1) * 354 + (3 + 11 * year) // 30 + -(-59 * (month - 1) // 2) + day - 1
    return dt.date.fromordinal(_HIJRI_EPOCH + days)


def _hijri_year_near(day: dt.date) -> int:
    """The Hijri year a Gregorian day falls in (near enough to choose among neighbouring years)."""
    return (day.toordinal() - _HIJRI_EPOCH) * 30 // 10631 + 1


def _hijri_equivalents(mentions: list[DateMention], text: str, lexicon: Lexicon) -> list[DateMention]:
    """"1 Ramadan 1448 H jatuh pada Senin, 8 Februari 2027": a Hijri date with the Gregorian date beside
    it, in the same clause, is that date; the same Hijri day named again later is that date too."""
    known: dict[tuple[int, int], DateMention] = {}
    for index, mention in enumerate(mentions):
        if mention.hijri is None:
            continue
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        between = text[mention.end:following.start] if following is not None else ""
        if following is not None and following.hijri is None and following.complete and following.granularity == "day" \
                and following.start - mention.end <= 40 and not re.search(r"[.;\n]\s|,\s+(?:se|sedangkan|while)", between) \
                and not _range_words(lexicon).search(between):
            # (not the far end of a range: "mulai 1 Ramadan hingga 15 Maret 2026")
            mention = mentions[index] = replace(mention, year=following.year, month=following.month, day=following.day)
        elif mention.year is None and mention.hijri[1:] in known:
            stated = known[mention.hijri[1:]]
            mention = mentions[index] = replace(mention, year=stated.year, month=stated.month, day=stated.day)
        if mention.year is not None:
            known.setdefault(mention.hijri[1:], mention)
    return mentions


def falls_on(year: int, month: int, day: int, weekday: int) -> bool:
    """Whether the date is that weekday (0 = Monday); False for a date that does not exist."""
    try:
        return dt.date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def _day_and_month(first: int, second: int, day_first: bool) -> tuple[int, int]:
    """Which of two numbers is the day: the one that cannot be a month, else the language's order."""
    if first > 12 or (day_first and second <= 12):
        return first, second
    return second, first


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


def _month(lexicon: Lexicon, text: str | None) -> int | None:
    return lexicon.months.get(text.casefold().rstrip(".")) if text else None


_WORD_AFTER = re.compile(r"[^\S\n]+[a-z]")


def _mention_from_match(match: re.Match[str], lexicon: Lexicon, text: str) -> DateMention | None:
    g = match.groupdict()
    span = match.group(0)
    start, end = match.start(), match.end()
    weekday = lexicon.weekdays.get((g.get("wd") or g.get("wdb") or g.get("wd2") or "").casefold().rstrip("."))
    if g.get("n1"):
        first, second = int(g["n1"]), int(g["n2"])
        # ("12.01.2026": dots write the day first even on English pages; slashes and dashes follow the language)
        separator = text[match.end("n1"):match.end("n1") + 1]
        day, month = _day_and_month(first, second, lexicon.day_first or separator == ".")
        year = _year(g["ny"])
        if weekday is not None and not falls_on(year, month, day, weekday) and falls_on(year, day, month, weekday):
            day, month = month, day  # "Tuesday, 8/4/2025" on an English page that writes the day first
        return DateMention(span, start, end, "day", year, month, day, weekday)
    if g.get("iy"):
        return DateMention(span, start, end, "day", int(g["iy"]), int(g["im"]), int(g["id"]), weekday)
    if g.get("d1"):
        return DateMention(span, start, end, "day", int(g["y1"]), _month(lexicon, g["m1"]), int(g["d1"]), weekday)
    if g.get("b1") and not g.get("b2"):
        day = int(g["b1"])  # "Saturday (21)": the day of the month the weekday falls on, near publication
        return DateMention(span, start, end, "day", None, None, day, weekday) if 1 <= day <= 31 else None
    if g.get("b1"):
        first, second = int(g["b1"]), int(g["b2"])
        day, month = _day_and_month(first, second, lexicon.day_first)
        # ("paling lambat Senin (24/3)": a day ahead, never the day the story was written)
        return DateMention(span, start, end, "day", _year(g.get("by")), month, day, weekday,
                           future=_looks_future(text, start, lexicon))
    if g.get("m2"):
        return DateMention(span, start, end, "day", int(g["y2"]), _month(lexicon, g["m2"]), int(g["d2"]), weekday)
    if g.get("m5"):
        return DateMention(span, start, end, "month", int(g["y5"]), _month(lexicon, g["m5"]))
    if g.get("m3"):
        # "May 5" is a date; "may 5" in English prose is usually the verb.
        if not g["m3"][0].isupper():
            return None
        return DateMention(span, start, end, "day", None, _month(lexicon, g["m3"]), int(g["d3"]), weekday,
                           future=_looks_future(text, start, lexicon))
    if g.get("d4"):
        if not g["m4"][0].isupper():
            return None
        return DateMention(span, start, end, "day", None, _month(lexicon, g["m4"]), int(g["d4"]), weekday,
                           future=_looks_future(text, start, lexicon))
    if g.get("m9"):
        if not g["m9"][0].isupper():
            return None
        _, years = lexicon.relative[g["m9rel"].casefold()]
        return DateMention(span, start, end, "month", None, _month(lexicon, g["m9"]),
                           relative=("month", (int(years), _month(lexicon, g["m9"]))))
    if g.get("s1"):
        # "pada 26/2": the preposition is no part of the date ("tanggal 3/3" keeps its prefix, as "tanggal 3" does)
        if g["sw"].casefold() not in lexicon.day_prefixes:
            start = match.start("s1")
            span = text[start:end]
        first, second = int(g["s1"]), int(g["s2"])
        if first < second <= 4 and _WORD_AFTER.match(text, end):
            return None  # "hingga 1/3 dibandingkan target", "per 1/2 kg": a fraction, then what it is of
        day, month = _day_and_month(first, second, lexicon.day_first)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return DateMention(span, start, end, "day", None, month, day, future=_looks_future(text, start, lexicon))
    if g.get("d10"):
        # "tanggal 27", "tanggal 6 April": a day of the month the page speaks in, or of the month named.
        return DateMention(span, start, end, "day", _year(g.get("y10")), _month(lexicon, g.get("m10")), int(g["d10"]),
                           future=_looks_future(text, start, lexicon))
    if g.get("m7") or g.get("m8"):
        # "Februari lalu", "next March": the month before or after publication.
        month_text = g.get("m7") or g.get("m8")
        if not month_text[0].isupper():
            return None
        direction = lexicon.weekday_after.get((g.get("m7dir") or "").casefold()) or \
            lexicon.weekday_before.get((g.get("m8dir") or "").casefold())
        word = _preceding_word(text, start).lstrip("\"“‘'(")
        if g.get("m7") and word in lexicon.month_words and text[start - 1:start] == " ":
            start -= len(word) + 1  # "Bulan Agustus nanti": the word for month too
            span = text[start:end]
        return DateMention(span, start, end, "month", None, _month(lexicon, month_text),
                           future=direction == "next", strictly_past=direction == "last")
    if g.get("m6"):
        if not g["m6"][0].isupper() or g["m6"].casefold() in ("mar", "jan", "jun", "jul"):
            return None
        # The context word ("pada Maret") is not part of the expression.
        context = span[:match.start("m6") - start].strip().casefold()
        if context in lexicon.listing_month_context and (
                re.match(r"\s+[A-Z][a-z]", text[end:end + 3])
                or (g["m6"].casefold() in lexicon.name_months and not re.match(r" [a-z]", text[end:end + 2]))):
            return None  # "yaitu Juni Sitorus", "a win for May.": after such a word, a name ("for May elections": a date)
        if context in lexicon.month_words:  # "bulan Februari": the word for month is part of it
            return DateMention(span, start, end, "month", None, _month(lexicon, g["m6"]))
        # ("mulai Maret", "from March", written in November: next March)
        future = context not in lexicon.since and not _follows_a_date(text, start, lexicon) \
            and (context in lexicon.future_prepositions or _planned_after(text, end, lexicon)
                 or _looks_future(text, start, lexicon)) and not _source_before(text, start, context, lexicon)
        return DateMention(g["m6"], match.start("m6"), match.end("m6"), "month", None, _month(lexicon, g["m6"]),
                           strictly_past=context in lexicon.since, future=future,
                           told_in_the_past=not future and told_in_the_past(text, start, lexicon))
    if g.get("hol") or g.get("hola"):
        name = g.get("hol") or g["hola"]
        if not any(char.isupper() for char in name):
            return None  # "natal" in lower case: birth, not Christmas ("malam Tahun Baru" is the eve)
        month, day, *shift = lexicon.holidays[re.sub(r"\s+", " ", name).casefold()]
        if g.get("holdir"):
            direction = lexicon.weekday_after.get(g["holdir"].casefold())
            if direction not in ("last", "next"):
                return None
            return DateMention(span, start, end, "day", annual=(month, day), strictly_past=direction == "last",
                               future=direction == "next")
        if g.get("holy"):
            # ("Malam Tahun Baru 2027": the eve of 2027, the last day of 2026)
            day_of = dt.date(int(g["holy"]), month, day) + dt.timedelta(days=shift[0] if shift else 0)
            return DateMention(span, start, end, "day", day_of.year, day_of.month, day_of.day)
        following = re.match(r"\s+(\w+)", text[end:end + 20])
        if following and (following.group(1)[0].isupper() or following.group(1) not in lexicon.stopwords):
            return None  # "the Christmas market", "Christmas Island": the holiday names a thing, not a day
        before = _preceding_word(text, start)
        behind = before in lexicon.since or lexicon.weekday_before.get(before) == "last"
        return DateMention(span, start, end, "day", annual=(month, day), strictly_past=behind)  # "Last Christmas"
    if g.get("hm"):
        hijri_month, hijri_day = lexicon.hijri_months[re.sub(r"\s+", " ", g["hm"]).casefold()], int(g["hd"])
        if not 1 <= hijri_day <= 30:
            return None
        if g.get("hy"):
            day = from_hijri(int(g["hy"]), hijri_month, hijri_day)
            return DateMention(span, start, end, "day", day.year, day.month, day.day, hijri=(int(g["hy"]), hijri_month, hijri_day))
        return DateMention(span, start, end, "day", hijri=(None, hijri_month, hijri_day))
    if g.get("count"):
        count = g["count"].casefold()
        number = int(count) if count.isdigit() else lexicon.numbers[count]
        unit = lexicon.units[g["unit"].casefold()]
        granularity = unit if unit in ("day", "month", "year") else "day"
        return DateMention(span, start, end, granularity, relative=(unit, -number))
    if g.get("rel"):
        unit, offset = lexicon.relative[g["rel"].casefold()]
        granularity = unit if unit in ("day", "month", "year") else "day"
        if _counted_before(text, start, lexicon):
            return None  # "beberapa hari ini", "dua tahun ini": how long, not when
        if span[:1].isupper() and (_NAME_WORD_BEFORE.search(text, max(0, start - 30), start) and not _in_headline_case(text, start)
                                   or _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 30), start)
                                   and _credited_before(text, start, lexicon)):
            # "Hawke's Bay Today", "USA Today": a capitalised word before it makes it a name's (in a byline or a
            # credit too, every word capitalised: "By Business Today Editor", "Pic credit: Business Today")
            return None
        if g.get("rb1") and unit == "day" and not g.get("rb2"):
            return DateMention(span, start, end, "day", None, None, int(g["rb1"]))  # "yesterday (30)": the day alone
        if g.get("rb1") and unit == "day":
            day, month = _day_and_month(int(g["rb1"]), int(g["rb2"]), lexicon.day_first)
            return DateMention(span, start, end, "day", _year(g["rby"]) if g.get("rby") else None, month, day)
        if unit == "day" and offset == -1 and _describes_a_thing(text, start, lexicon):
            return DateMention(span, start, end, granularity, relative=("recent", 0))  # no day to resolve
        return DateMention(span, start, end, granularity, relative=(unit, offset))
    if g.get("wd2"):
        # Weekday names double as ordinary words ("Minggu" is also "week"): want a capital.
        if not g["wd2"][0].isupper():
            return None
        if _preceding_word(text, start) in lexicon.recurring_markers:
            return None  # "setiap Jumat", "every Friday": a habit, not a day
        if not g.get("wdbefore") and _counted_before(text, start, lexicon):
            return None  # "Dua Minggu Lebih Awal": two weeks, though "Minggu" is Sunday too
        if len(g["wd2"]) <= 3 and text[end:end + 1] == " " and text[end + 1:end + 2].isupper():
            return None  # "Thu Duc City": a short weekday before a capitalised word is a name's
        direction = lexicon.weekday_before.get((g.get("wdbefore") or "").casefold()) or \
            lexicon.weekday_after.get((g.get("wdafter") or "").casefold())
        if direction in _WEEK_OFFSETS:
            return DateMention(span, start, end, "day", weekday=weekday, week_offset=_WEEK_OFFSETS[direction],
                               in_week=True)
        # ("from this Saturday": "this" names the week, the words before it the direction)
        if direction == "next" or (direction in (None, "this") and _looks_future(text, start, lexicon)):
            return DateMention(span, start, end, "day", weekday=weekday, future=True, strictly_future=direction == "next")
        return DateMention(span, start, end, "day", weekday=weekday, strictly_past=direction == "last")
    if g.get("ypy") or g.get("ypo"):
        return DateMention(span, start, end, "year", int(g.get("ypy") or g["ypo"]))
    if g.get("year"):
        if _UNITS_AFTER_YEAR.match(text, end) or _NUMBERED_ACT.search(text, max(0, start - 30), start):
            return None
        if _year_in_a_name(text, start, lexicon):
            return None
        return DateMention(span, start, end, "year", int(g["year"]))
    return None


_WEEK_OFFSETS = {"previous_week": -1, "following_week": 1, "current_week": 0}
def _year_in_a_name(text: str, start: int, lexicon: Lexicon) -> bool:
    """"Festival Lego-Lego 2026", "Asian Games 2026", "Operasi Lilin Toba 2026": a year right after a
    capitalised name that is no month nor a word that dates it ("Pada 2026", "Tahun 2026") is the name's."""
    before = text[max(0, start - 40):start]
    if not before.endswith(" "):
        return False
    words = before.split()
    if len(words) < 2 or not words[-1][:1].isupper() or words[-1].isupper():
        return False
    word = words[-1].casefold()
    if word in lexicon.month_context or word in lexicon.months or word in lexicon.month_words \
            or lexicon.units.get(word) == "year" or words[-2].endswith((".", "!", "?", ":", "”", '"')):
        return False
    # (not a feast or season it dates, nor a word that leads to a date: "Ramadan 2026", "Sebelum 2030")
    if word in lexicon.dated_occasions or word in lexicon.hijri_months or word in lexicon.stopwords \
            or word in lexicon.since or word in lexicon.future_prepositions:
        return False
    return True


def _in_headline_case(text: str, at: int) -> bool:
    """Whether the line around ``at`` capitalises most of its longer words ("Porprov Digelar Tahun Depan")."""
    line = text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]
    words = [word for word in line.split() if len(word) >= 4 and word[0].isalpha()]
    return len(words) >= 2 and sum(word[0].isupper() for word in words) >= 0.6 * len(words)


# A capitalised word, not closing a sentence, right before a space ("Bay " in "Hawke's Bay Today").
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][\w'’.-]*[\w'’] $")
_CAPITALISED_WORD_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*[\w'’] $")


def _abbreviated_weekday_in_a_name(mention: DateMention, text: str) -> bool:
    """A weekday written short, alone, right after a capitalised word ("Fiji Sun"): part of a name."""
    if mention.day is not None or len(mention.text.rstrip(".")) > 3 or mention.weekday is None:
        return False
    before = text[max(0, mention.start - 30):mention.start]
    # (not "at ANZ Stadium, Sat, before ...": a comma parts it from the name)
    return before.endswith(" ") and before.rstrip()[-1:].isalpha() and before.split()[-1][:1].isupper()


def _preceding_word(text: str, start: int) -> str:
    words = text[max(0, start - 20):start].split()
    return words[-1].casefold() if words else ""


def _counted_before(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a count stands before a relative expression that opens with its unit ("beberapa
    hari ini", "dua tahun terakhir"): a span of time."""
    following = text[start:start + 12].casefold().split()
    if not following or following[0] not in lexicon.units:
        return False
    word = _preceding_word(text, start).strip("(\"“")
    return word.isdigit() or word in lexicon.numbers or word in lexicon.quantities


def _describes_a_thing(text: str, start: int, lexicon: Lexicon) -> bool:
    """"banjir yang kemarin", "UU yang kontroversi kemarin": "yesterday" saying which one (the
    recent one), not when; "rapat yang digelar kemarin" and "yang kemarin dibahas", with a verb
    beside it, are days."""
    words = text[max(0, start - 40):start].casefold().split()[-2:]
    if not words or not lexicon.relative_clause_openers:
        return False
    following = text[start:start + 40].casefold().split()[1:2]
    if following and (following[0].startswith(lexicon.verb_prefixes) or following[0] in lexicon.subject_pronouns):
        return False  # ("yang kemarin kami bedah": someone did it yesterday)
    if words[-1] in lexicon.relative_clause_openers:
        return True
    return len(words) == 2 and words[0] in lexicon.relative_clause_openers and not words[1].startswith(lexicon.verb_prefixes)


def _credited_before(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the capitalised word before ``start`` follows a word that credits someone ("By", "oleh") or a
    label's colon ("Pic credit:")."""
    words = text[max(0, text.rfind("\n", 0, start) + 1, start - 40):start].split()
    return len(words) >= 2 and (words[-2].casefold() in lexicon.person_markers or words[-2].endswith(":"))


def _source_before(text: str, start: int, context: str, lexicon: Lexicon) -> bool:
    """Whether "from" stands before "the" and a month ("damage from the December storms"): where something came
    from, not when something starts."""
    before = text[max(0, start - 30):start].split()
    if context in lexicon.future_prepositions and before and before[-1].strip("“\"‘'").casefold() in lexicon.record_nouns \
            and not any(word.casefold() in lexicon.future_markers and word.casefold() not in lexicon.future_prepositions
                        for word in text[max(0, start - 60):start + 60].split()):
        # "The numbers from December alone tell the story": the month they come from (not "arrivals from March will
        # need ...", "akan memperbarui data mulai Maret": a start ahead)
        return True
    return context in lexicon.articles and bool(before) and before[-1].casefold() in lexicon.future_prepositions


def _planned_after(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether a word of a plan follows a month ("the December target", "for December start"): ahead."""
    following = re.match(r"\s+(\w+)", text[end:end + 20])
    return following is not None and following.group(1).casefold() in lexicon.plan_nouns


def _follows_a_date(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a month or a year closes the words right before ``start`` ("Januari hingga Maret": a range)."""
    words = text[max(0, start - 20):start].split()
    return bool(words) and (words[-1].strip(",").casefold() in lexicon.months or words[-1].strip(",").isdigit())


def _looks_future(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a word of the future stands just before a date ("akan digelar Sabtu", "until Saturday")."""
    before = text[max(0, start - 100): start]
    # Only the date's own clause: a comma or sentence end before it starts another statement.
    clause = max(before.rfind(". "), before.rfind("! "), before.rfind("? "), before.rfind(","), before.rfind("\n"))
    if len(before[clause + 1:].split()) <= 1 and before[clause:clause + 1] == "," and before[:clause].rstrip()[-1:].isalpha():
        # "the ministry would, on Monday, begin": a date set off by commas inside its clause belongs to the verb before
        clause = max(before.rfind(". ", 0, clause), before.rfind("! ", 0, clause), before.rfind("? ", 0, clause),
                     before.rfind(",", 0, clause), before.rfind("\n", 0, clause))
    window = [word.strip("\"“”‘’'(,") for word in before[clause + 1:].casefold().split()[-12:]]
    if window and window[-1] in lexicon.since:
        return False  # "sejak Selasa": where something began, never ahead
    if window and window[-1] in lexicon.deadline_prepositions and text[start:start + 30].split()[0][-2:] not in ("'s", "’s"):
        # (not "damaged by Monday's flood": the day owns what did it)
        # "by Saturday" ahead; not "had registered by Tuesday", nor "By Tuesday, it was approved" opening a sentence
        return len(window) > 1 and not any(word in lexicon.past_markers for word in window)
    # The marker nearest the date decides: "expected to be higher than what we saw on Monday" is behind.
    for at in range(len(window) - 1, -1, -1):
        word = window[at]
        if word in lexicon.past_markers or word in lexicon.relative_clause_openers and at < len(window) - 1:
            return False  # ("akan mengevaluasi program yang diluncurkan pada Februari": the date is the clause's)
        if word.endswith(lexicon.participle_suffixes) and word not in lexicon.future_markers \
                and at > 0 and window[at - 1] not in lexicon.auxiliaries \
                and (at == len(window) - 1 or at == len(window) - 2 and window[-1] in lexicon.month_context):
            # "will review the programme launched in February" (not "would be moved by April", nor "will be
            # restored to the affected area by Saturday": only a participle right before the date counts)
            return False
        if word in lexicon.future_markers and (word not in lexicon.future_prepositions or at == len(window) - 1
                                               or at == len(window) - 2 and not (word in lexicon.month_context
                                                                                 and _a_verb_between(window[-1], lexicon))):
            return True
    return False


def told_in_the_past(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the verb of a month's clause is in the past ("We were told the same story in August", "The fire
    broke out in August" is not ahead): a word of the past, or a verb with the past's ending, before any word
    of the future, within the clause. Only in a language that marks the past on its verbs (English "-ed"):
    Indonesian "terjadi pada Juni" may be forecast as well as told."""
    if not lexicon.participle_suffixes:
        return False
    before = text[max(0, start - 80):start]
    clause = max(before.rfind(". "), before.rfind("! "), before.rfind("? "), before.rfind(","), before.rfind("\n"),
                 before.rfind("“"), before.rfind('"'))
    # (four words: the month's own verb, not one a clause before: "Officials told reporters the bridge reopens in March")
    words = [word.strip("\"“”‘’'(") for word in before[clause + 1:].casefold().split()[-4:]]
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if word in lexicon.future_markers or word in lexicon.range_connectors or word in lexicon.deadline_prepositions \
                or word in lexicon.plan_nouns:
            return False  # (a purpose or a bound ahead: "to restock for December", "disusun hingga akhir Desember")
        if at >= 1 and words[at - 1] in lexicon.auxiliaries and words[at - 1] not in lexicon.past_markers:
            return False  # "The park is closed in March": a passive of the present
        if word in lexicon.past_markers or lexicon.participle_suffixes and word.endswith(tuple(lexicon.participle_suffixes)) \
                and len(word) > 4 and word not in lexicon.auxiliaries:
            # (not "will be launched in August": a word of the future just before the verb)
            return not any(other in lexicon.future_markers for other in words[max(0, at - 3):at])
    return False


def _a_verb_between(word: str, lexicon: Lexicon) -> bool:
    """Whether the one word between a preposition of the future and a date is a verb ("air mulai naik
    Sabtu malam": began to rise, behind; "mulai hari Senin", "from next Monday": ahead). Asked only of the
    prepositions that lead to a date ("mulai"), not of conditions ("kalau dipaksakan 1 Januari": ahead)."""
    return word.isalpha() and word not in lexicon.weekday_prefix and word not in lexicon.articles \
        and word not in lexicon.weekday_before and word not in lexicon.current_after and word not in lexicon.stopwords


@cache
def _triggers(lexicon: Lexicon) -> frozenset[str]:
    """Words a date expression can start with (besides digits)."""
    words: set[str] = set(lexicon.months) | set(lexicon.weekdays) | set(lexicon.weekday_prefix)
    words |= set(lexicon.weekday_before) | set(lexicon.numbers)
    words |= {phrase.split()[0] for phrase in lexicon.month_context}  # "start" of "start of October"
    words |= {phrase.split()[0] for phrase in lexicon.relative} | set(lexicon.year_parts)
    if lexicon.ordinal_first:
        words |= set(lexicon.ordinals)  # "second quarter of 2025" opens with its ordinal
    words |= {prefix.rstrip(".") for prefix in lexicon.day_prefixes}
    words |= {holiday.split()[0] for holiday in lexicon.holidays}
    # The scan steps word by word: "Jum'at" is reached at "Jum".
    words |= {re.split(r"['’]", word)[0] for word in words if "'" in word or "’" in word}
    return frozenset(word.casefold() for word in words)


_WORD = re.compile(r"\w+")


# Lines up to this length are looked up in a memo: a page's header and caption lines are read
# several times (segmentation, dates, metadata), and date lines recur from page to page.
_MEMO_LENGTH = 300


def find_dates(text: str, lexicon: Lexicon) -> list[DateMention]:
    """Every date expression in ``text``, unresolved, in order."""
    if len(text) <= _MEMO_LENGTH:
        return list(_memoised_dates(text, lexicon))
    return _find_dates(text, lexicon)


@lru_cache(maxsize=4096)
def _memoised_dates(text: str, lexicon: Lexicon) -> tuple[DateMention, ...]:
    return tuple(_find_dates(text, lexicon))


def _find_dates(text: str, lexicon: Lexicon) -> list[DateMention]:
    """Every date expression in ``text``, unresolved, in order.

    The full pattern is tried only where a word could start a date (a digit, a month, a
    weekday, a relative word): most of a page is skipped with a set lookup.
    """
    pattern, triggers = _pattern(lexicon), _triggers(lexicon)
    mentions = []
    resume = 0
    for word in _WORD.finditer(text):
        start = word.start()
        if start < resume:
            continue
        token = word.group(0)
        if not (token[0].isdigit() or token.casefold() in triggers):
            continue
        match = pattern.match(text, start)
        if match is None:
            continue
        resume = match.end()
        if _numbered_not_dated(match, text, lexicon):
            # "tahap 2 hingga 20 Januari 2025": the first number counts something else; the date is the second
            match = pattern.match(text, match.start() + _range_word(lexicon).match(match.group(0)).end())
            if match is None:
                continue
        mention = _mention_from_match(match, lexicon, text)
        if mention is not None and _abbreviated_weekday_in_a_name(mention, text):
            continue  # "the Fiji Sun", "The Bali Sun": a paper's name, no Sunday
        if mention is not None and _plausible(mention):
            mention = _with_direction(_with_modifier(mention, text, lexicon), text, lexicon)
            if mention.year is None and mention.relative is None and mention.weekday is None and mention.month is not None \
                    and not mention.strictly_past and word_before(text, mention.start) in lexicon.recurring_markers:
                continue  # "setiap 5 Februari", "every March": it comes back each year, no date (not "khutbah 28 Maret lalu")
            mentions.append(mention)
            resume = max(resume, mention.end)  # "14 Februari kemarin": the word taken in is not read again
    mentions = _months_joined_before(_months_joined_after(_listed_months(mentions, text, lexicon), text, lexicon), text,
                                     lexicon)
    # "sejak 1 Januari": where something began lies behind publication
    mentions = [replace(mention, strictly_past=True) if mention.day is not None and mention.relative is None
                and word_before(text, mention.start) in lexicon.since else mention for mention in mentions]
    if len(mentions) >= 2:  # "akhir tahun" read, then taken into "akhir tahun 2026" by the year after it
        mentions = _without_mentions_inside_others(mentions)
    if len(mentions) < 2:
        return mentions
    mentions = _weeks_shared_across_weekdays(mentions, text, lexicon)
    if any(mention.hijri for mention in mentions):
        mentions = _hijri_equivalents(mentions, text, lexicon)
    return _years_of_the_sentence(_years_shared_across_ranges(mentions, text, lexicon), text, lexicon)


@cache
def _range_words(lexicon: Lexicon) -> re.Pattern[str]:
    """Words of a range ("hingga", "sampai", "until": they lead to a date too), not of a list ("dan", "atau",
    "or": an equivalent may follow one)."""
    words = [word for word in {*lexicon.range_connectors, *lexicon.future_prepositions}
             if word[:1].isalpha() and word in lexicon.month_context]
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE) if words else re.compile("(?!x)x")


@cache
def _range_word(lexicon: Lexicon) -> re.Pattern[str]:
    """A day, then a word joining it to another day ("23 hingga ")."""
    words = alternation([word for word in lexicon.range_connectors if word[:1].isalpha()]) or "(?!x)x"
    return re.compile(rf"\d{{1,2}}\s+(?:{words})\s+(?=\d)", re.IGNORECASE)


def _numbered_not_dated(match: re.Match[str], text: str, lexicon: Lexicon) -> bool:
    """Whether a range of days joined by a word ("23 hingga 26 Desember") follows a word that counts
    something else ("tahap 2 hingga 20 Januari"), not a word that leads to a date ("pada", "mulai")."""
    if not _range_word(lexicon).match(match.group(0)):
        return False
    before = _preceding_word(text, match.start()).casefold().strip(",")
    leads = set(lexicon.month_context) | set(lexicon.day_prefixes) | set(lexicon.future_prepositions) | set(lexicon.since)
    # (a verb leads to its date too: "Rapat kerja digelar 23 hingga 26 Desember", "held 23 to 26 March")
    verb = before.startswith(lexicon.verb_prefixes) and len(before) > 5 or before.endswith(lexicon.participle_suffixes) \
        or before in lexicon.auxiliaries
    return bool(before) and before not in leads and before not in lexicon.weekdays and not verb


def _weeks_shared_across_weekdays(mentions: list[DateMention], text: str, lexicon: Lexicon) -> list[DateMention]:
    """"Rabu dan Kamis pekan depan", "Monday and Tuesday next week": a bare weekday joined to a weekday
    of a stated week is of that week too."""
    for index in range(len(mentions) - 2, -1, -1):
        first, second = mentions[index], mentions[index + 1]
        if first.weekday is not None and first.day is None and not first.in_week and first.relative is None \
                and not (first.strictly_past or first.strictly_future) \
                and second.in_week and second.day is None \
                and text[first.end:second.start].strip(" ,").casefold() in lexicon.range_connectors:
            mentions[index] = replace(first, in_week=True, week_offset=second.week_offset)
    return mentions


def _without_mentions_inside_others(mentions: list[DateMention]) -> list[DateMention]:
    """The mentions, less any that lies inside another, in order of where they start."""
    kept: list[DateMention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if kept and mention.end <= kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _months_joined_after(mentions: list[DateMention], text: str, lexicon: Lexicon) -> list[DateMention]:
    """"in May and June", "antara Juli dan Agustus": a bare month joined to a month by a word of a
    range or a list is a month too (read alone, "June" needs a word such as "in" before it)."""
    if not mentions or not lexicon.range_connectors:
        return mentions
    pattern = _joined_month(lexicon)
    joined = []
    for mention in mentions:
        if mention.granularity != "month" or mention.day is not None:
            continue
        found = pattern.match(text, mention.end)
        if found and found.group("month")[0].isupper() and not any(other.start == found.start("month") for other in mentions):
            month = _month(lexicon, found.group("month"))
            joined.append(DateMention(found.group("month"), found.start("month"), found.end("month"), "month", None, month,
                                      strictly_past=mention.strictly_past, future=mention.future))
    return sorted(mentions + joined, key=lambda m: m.start) if joined else mentions


def _months_joined_before(mentions: list[DateMention], text: str, lexicon: Lexicon) -> list[DateMention]:
    """"Januari-Maret 2027", "Januari hingga Maret 2027", "July to October": the month opening a range
    of months is a date of its own, of the year the range closes with (the year before, across
    the turn of the year: "Oktober-Maret 2027")."""
    joined = []
    taken = {mention.start for mention in mentions}
    pattern = _month_before_a_range(lexicon)
    for mention in mentions:
        if mention.granularity != "month" or mention.day is not None or mention.month is None or mention.relative:
            continue
        found = pattern.search(text, max(0, mention.start - 30), mention.start)
        if not found or found.start("month") in taken or not found.group("month")[0].isupper():
            continue
        month = _month(lexicon, found.group("month"))
        year = mention.year - (month > mention.month) if mention.year is not None else None
        joined.append(DateMention(found.group("month"), found.start("month"), found.end("month"), "month", year, month,
                                  strictly_past=mention.strictly_past, future=mention.future))
    return sorted(mentions + joined, key=lambda m: m.start) if joined else mentions


@cache
def _month_before_a_range(lexicon: Lexicon) -> re.Pattern[str]:
    words = [word for word in lexicon.range_connectors if word[:1].isalpha() and word in lexicon.month_context]
    links = rf"\s*[-–—]\s*" + (rf"|\s+(?:{alternation(words)})\s+" if words else "")
    return re.compile(rf"(?<![\w\d])(?P<month>{alternation(lexicon.months)})(?:{links})$", re.IGNORECASE)


def word_before(text: str, start: int) -> str:
    """The word right before ``start``, in lower case ("" at the start of the text)."""
    words = text[max(0, start - 12):start].casefold().split()
    return words[-1] if words else ""


def _listed_months(mentions: list[DateMention], text: str, lexicon: Lexicon) -> list[DateMention]:
    """"gaji selama tiga bulan, yakni September, Oktober, dan November": three month names or more listed are months,
    though no word such as "pada" stands before them (two alone may be two women's names: "Mei dan Juni")."""
    if not lexicon.range_connectors:
        return mentions
    taken = {mention.start for mention in mentions}
    listed = []
    # A list has a month after a comma: look there only (a literal comma is found fast; most pages have few such spots).
    spots = [hit.start() for hit in _month_after_comma(lexicon).finditer(text)]
    windows = {found.span(): found for spot in spots
               for found in [_month_list(lexicon).search(text, max(0, spot - 16), spot + 60)] if found}
    for found in windows.values():
        names = list(_month_name(lexicon).finditer(text, found.start(), found.end()))
        if len(names) < 3 or not all(name.group(0)[0].isupper() for name in names) \
                or _named_so(text[max(0, found.start() - 25):found.start()], lexicon):
            continue  # (not "tiga putri kembar yang diberi nama April, Mei, dan Juni": names)
        listed += [DateMention(name.group(0), name.start(), name.end(), "month", None, _month(lexicon, name.group(0)),
                               future=_looks_future(text, found.start(), lexicon))
                   for name in names if name.start() not in taken]
    return sorted(mentions + listed, key=lambda m: m.start) if listed else mentions


@cache
def _month_after_comma(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf",\s+(?:(?:{alternation(lexicon.range_connectors)})\s+)?(?:{alternation(lexicon.months)})(?!\w)",
                      re.IGNORECASE)


@cache
def _month_name(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{alternation(lexicon.months)})(?![\w.])", re.IGNORECASE)


@cache
def _month_list(lexicon: Lexicon) -> re.Pattern[str]:
    name = rf"(?:{alternation(lexicon.months)})"
    link = rf"(?:,\s+|,?\s+(?:{alternation(lexicon.range_connectors)})\s+)"
    # (the lookahead on first letters skips most of a page at once)
    return re.compile(rf"(?<![\w]){_starts_with(lexicon.months)}{name}(?:{link}{name}){{2,}}(?![\w])", re.IGNORECASE)


def _named_so(before: str, lexicon: Lexicon) -> bool:
    """Whether the words before a list name what follows ("diberi nama", "named", "dinamai"): names, not months."""
    words = [word.strip(",.:").casefold() for word in before.split()[-3:]]
    return any(word in lexicon.naming_verbs for word in words)


@cache
def _joined_month(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf",?\s+(?:{alternation(lexicon.range_connectors)})\s+(?P<month>{alternation(lexicon.months)})(?![\w\d]|\s+\d)",
                      re.IGNORECASE)


def told_before(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the clause of a date at ``start`` tells of the past: its verb in the past tense (see
    :func:`told_in_the_past`), or a word of the past nearer the date than any word of the future ("Peristiwa itu
    terjadi pada Minggu", "sudah menyiapkan pola sejak Jumat malam")."""
    if told_in_the_past(text, start, lexicon):
        return True
    before = text[max(0, start - 80):start]
    clause = max(before.rfind(". "), before.rfind("\n"), before.rfind("“"), before.rfind('"'))
    for word in reversed(before[clause + 1:].casefold().split()[-6:]):
        word = word.strip(",.\"“”")
        if word in lexicon.future_markers:
            return False
        if word in lexicon.past_markers or word in lexicon.since:
            return True
    return False


def _past_in(words: str, lexicon: Lexicon) -> bool:
    """Whether a word of the past stands in ``words`` ("earlier this year when the road closed")."""
    return any(word.strip(",.").casefold() in lexicon.past_markers for word in words.split())


def _years_of_the_sentence(mentions: list[DateMention], text: str, lexicon: Lexicon) -> list[DateMention]:
    """"They promised the same in 2024 and farmers waited until December": a bare month after a
    year in the same sentence, close by, is of that year."""
    for index in range(1, len(mentions)):
        month, before = mentions[index], mentions[index - 1]
        if month.granularity != "month" or month.year is not None or month.relative is not None or month.strictly_past:
            continue
        between = text[before.end:month.start]
        if before.relative == ("year", 0) and month.year_shift is None and len(between) <= 80 \
                and not any(mark in between for mark in (". ", "\n", ";")) and "," not in between.lstrip(", ") \
                and _past_in(before.text + between, lexicon) and not _looks_future(text, month.start, lexicon):
            # "lost three weeks earlier this year when the road closed in late February" (written in December): this
            # year's February, not the next one
            mentions[index] = replace(month, year_shift=0)
            continue
        if before.year is None or before.relative is not None:
            continue
        if len(between) <= 60 and not any(mark in between for mark in (". ", "\n", ",", ";")):
            # (one clause: "dibandingkan 2023, namun tren sepanjang Juli" is this year's July)
            mentions[index] = replace(month, year=before.year)
    return mentions


def _years_shared_across_ranges(mentions: list[DateMention], text: str, lexicon: Lexicon) -> list[DateMention]:
    """"Januari hingga Oktober 2025", "July and August 2018": a bare month before another month of
    a stated year, joined by a word of a range or a list, is of that year."""
    for index in range(len(mentions) - 2, -1, -1):  # backwards: "Mei, Juni dan Juli 2024"
        first, second = mentions[index], mentions[index + 1]
        if first.granularity == "month" and first.year is None and first.relative is None and second.year is not None \
                and second.month is not None and text[first.end:second.start].strip(" ,").casefold() in lexicon.range_connectors:
            # ("Desember hingga 1 Januari 2027": a range over the turn of the year starts the year before)
            mentions[index] = replace(first, year=second.year - (first.month > second.month))
    return mentions


def range_ends_after_starts(mentions: list[DateMention], values: list, text: str, in_text: list[bool],
                            lexicon: Lexicon) -> list:
    """The end of a range of days with no year falls on or after its start, within the year, when each end,
    resolved on its own, was set apart by the months between: a range said to lie ahead moves its end on ("will
    run from 1 April to 15 July" written in October; "from June 1 to September 30" in February), a range of the
    past moves its start back ("sales rose from July 1 to December 31" written in February). ``in_text`` marks
    the mentions found in ``text``."""
    values = list(values)
    for index in range(len(mentions) - 1):
        first, second = mentions[index], mentions[index + 1]
        start, end = values[index], values[index + 1]
        if not (in_text[index] and in_text[index + 1] and start and end and second.year is None
                and first.granularity == second.granularity == "day" and second.relative is None
                and first.month is not None and second.month is not None  # (both days by their dates, no weekday alone)
                and text[first.end:second.start].strip(" ,").casefold() in lexicon.range_connectors):
            continue
        if end < start and _looks_future(text, second.start, lexicon):
            values[index + 1] = _same_day_in(end, end.year + 1)
        elif end < start and _same_day_in(start, start.year - 1) <= end:
            values[index] = _same_day_in(start, start.year - 1)
        elif (end - start).days > 366:
            values[index + 1] = _same_day_in(end, end.year - 1)
    return values


def _same_day_in(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


@cache
def _direction_after(lexicon: Lexicon) -> re.Pattern[str] | None:
    words = [word for word, direction in lexicon.weekday_after.items()
             if " " not in word and direction in ("last", "next")]
    return re.compile(rf"[^\S\n]+({alternation(words)})(?!\w)", re.IGNORECASE) if words else None


@cache
def _current_after(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"[^\S\n]+(?:{alternation(lexicon.current_after)})(?!\w)", re.IGNORECASE)


@cache
def _year_relative_after(lexicon: Lexicon) -> re.Pattern[str] | None:
    years = {text: offset for text, (unit, offset) in lexicon.relative.items() if unit == "year" and isinstance(offset, int)}
    return re.compile(rf"[^\S\n]+({alternation(years)})(?!\w)", re.IGNORECASE) if years else None


def _with_year_after(mention: DateMention, text: str, lexicon: Lexicon) -> DateMention:
    """"Nov. 15 last year", "15 November tahun lalu": a day of the year before (or after) publication's."""
    pattern = _year_relative_after(lexicon)
    found = pattern.match(text, mention.end) if pattern else None
    if found is None:
        return mention
    _, shift = lexicon.relative[found.group(1).casefold()]
    return replace(mention, text=text[mention.start:found.end()], end=found.end(), year_shift=int(shift))


def _with_direction(mention: DateMention, text: str, lexicon: Lexicon) -> DateMention:
    """"9 Agustus lalu", "1 Januari mendatang": the word after a date is part of it and tells
    whether a year-less date lies before or after publication."""
    if mention.relative is not None:
        return mention
    if mention.day is not None and mention.month is not None and mention.year is None:
        shifted = _with_year_after(mention, text, lexicon)
        if shifted is not mention:
            return shifted
    if mention.day is None and mention.month is not None and lexicon.current_after:
        this = _current_after(lexicon).match(text, mention.end)
        if this:  # "November ini": this year's
            return replace(mention, text=text[mention.start:this.end()], end=this.end())
    pattern = _direction_after(lexicon)
    if pattern is None or (mention.day is None and mention.granularity != "year"):
        return mention
    found = pattern.match(text, mention.end)
    if found is None:
        return mention
    if mention.granularity == "year":  # "tahun 2024 lalu": the word belongs to it, the year stays
        return replace(mention, text=text[mention.start:found.end()], end=found.end())
    direction = lexicon.weekday_after[found.group(1).casefold()]
    if mention.text.endswith(")") and (direction == "next" or found.group(1).casefold() not in lexicon.relative):
        # "Jumat (25/12) mendatang", "Kamis (13/11) lalu": the day is written out; the word only says on which side
        # of publication it lies (most leave it out; not "Selasa (10/11/2026) kemarin", a date of its own joined)
        return replace(mention, future=True) if direction == "next" else replace(mention, strictly_past=True)
    return replace(mention, text=text[mention.start:found.end()], end=found.end(),
                   strictly_past=direction == "last", future=direction == "next")


@cache
def _modifier_before(lexicon: Lexicon) -> re.Pattern[str] | None:
    if not lexicon.period_modifiers:
        return None
    week = _week_of_month(lexicon)
    return re.compile(rf"(?<!\w)(?:{alternation(lexicon.period_modifiers)}{'|(?P<week>' + week + ')' if week else ''})\s*$",
                      re.IGNORECASE)


def _with_modifier(mention: DateMention, text: str, lexicon: Lexicon) -> DateMention:
    """"akhir Oktober", "early March", "early next week": the modifier is part of a month's, year's or
    week's expression."""
    pattern = _modifier_before(lexicon)
    week = mention.relative is not None and mention.relative[0] == "week"
    if pattern is None or mention.granularity == "day" and not week:
        return mention
    window = text[max(0, mention.start - 32):mention.start]
    found = pattern.search(window)
    if found is None or (found.start() == 0 and mention.start > 32):  # a word cut by the window
        return mention
    if found.group("week") and mention.granularity != "month":  # "minggu pertama tahun ini": weeks are of months
        return mention
    if week and (found.group(0).strip().casefold() not in lexicon.period_modifiers
                 or found.group(0).strip().casefold() in lexicon.units):
        return mention  # (not "tahun pekan depan": the word for year narrows no week)
    start = mention.start - (len(window) - found.start())
    widened = replace(mention, text=text[start:mention.end], start=start)
    if widened.granularity == "year" and widened.year and widened.text.casefold().startswith(lexicon.year_end_modifiers):
        # "akhir 2024", "the end of 2025": its last month, as "the end of the year" is
        widened = replace(widened, granularity="month", month=12)
    # "akhir tahun 2025": "tahun", then "akhir".
    return _with_modifier(widened, text, lexicon)


def _plausible(mention: DateMention) -> bool:
    if mention.month is not None and not 1 <= mention.month <= 12:
        return False
    if mention.day is not None and mention.month is not None:
        try:
            dt.date(mention.year or 2000, mention.month, mention.day)
        except ValueError:
            return False
    return True


_CLOCK = re.compile(r"\b(?:WIB|WITA|WIT|Wib|Wita|Wit|GMT|UTC)\b|\b\d{1,2}[:.]\d{2}(?:\b|(?=[aApP][mM]\b))(?!\.\d)")  # "4:15pm"


@lru_cache(maxsize=4096)
def is_date_line(text: str, lexicon: Lexicon) -> bool:
    """Whether a header line is mainly a date stamp ("12.11.2025 - Update : 13.11.2025")."""
    mentions = [m for m in find_dates(text, lexicon) if m.granularity == "day" and m.relative is None
                and m.day is not None and m.hijri is None]  # (a site stamps its pages in the Gregorian calendar)
    if not mentions:
        return False
    covered = sum(m.end - m.start for m in mentions)
    words = len(text.split())
    # A headline may carry a date ("... Jatuh pada 18 Februari 2026"): a longer line needs the
    # date to cover much of it, or a clock time beside it.
    if _CLOCK.search(text):
        return True
    if words <= 12 and text[:mentions[0].start].strip(" :").casefold() in lexicon.stamp_labels:
        return True  # "Posted on 11 Desember 2026 by Redaksi PGI — Leave a comment" (not "Terbit 10 Januari 2017, novel ...")
    if words <= 12 and not text[:mentions[0].start].strip() \
            and text[mentions[0].end:].lstrip(" ·|-–—").casefold().startswith(lexicon.byline_prefixes):
        return True  # "14 Mei 2025 oleh Redaksi Institut 1 Komentar": the date, then who wrote the page
    # (and a headline's words come before its date: "Muhammadiyah Tetapkan 1 Ramadan 1448 H Jatuh pada Senin, 8 Februari 2027")
    return words <= 7 or covered >= 0.3 * len(text) and len(text[:mentions[0].start].split()) < 5


def is_date_line_in_any_language(text: str, lexicon: Lexicon) -> bool:
    """:func:`is_date_line` in the page's language, else in another ("May 15, 2025 · 8:25 am" above
    an Indonesian story: the site's software writes its dates in English)."""
    return is_date_line(text, lexicon) or any(is_date_line(text, other) for other in _other_lexicons(lexicon.code))


def byline_dates(text: str, lexicon: Lexicon) -> list[DateMention]:
    """The dates of a byline, read in the page's language, else in another that reads a full date in it
    ("By Fadhli Rahman Nasution 24 February 2026" over an Indonesian story)."""
    found = find_dates(text, lexicon)
    if any(mention.complete and mention.granularity == "day" for mention in found):
        return found
    for other in _other_lexicons(lexicon.code):
        dated = find_dates(text, other)
        if any(mention.complete and mention.granularity == "day" for mention in dated):
            return dated
    return found


def date_line_dates(text: str, lexicon: Lexicon) -> list[DateMention]:
    """The dates of a header's date line, read in the page's language, else in the one it is written in
    (also when only that language names its weekday: "Fri, 12/04/2026" on an Indonesian page is 4 December)."""
    if not is_date_line(text, lexicon):
        other = next((other for other in _other_lexicons(lexicon.code) if is_date_line(text, other)), None)
        if other is not None:
            return find_dates(text, other)
    own = find_dates(text, lexicon)
    if own and not any(mention.weekday is not None for mention in own):
        for other in _other_lexicons(lexicon.code):
            theirs = find_dates(text, other)
            if any(mention.weekday is not None and mention.day is not None and mention.month is not None for mention in theirs):
                return theirs
    return own


@cache
def _other_lexicons(code: str) -> tuple[Lexicon, ...]:
    return tuple(load_lexicon(other) for other in available_languages() if other != code)


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def resolve(mention: DateMention, published: dt.date | None, year_hint: int | None = None) -> DateMention:
    """The mention with its calendar date fixed (see :func:`resolved_date`)."""
    return replace(mention, value=resolved_date(mention, published, year_hint))


def _day_of_month_on_weekday(day: int, weekday: int, published: dt.date) -> dt.date | None:
    """The date within ten days of publication whose day of the month is ``day`` and which falls on ``weekday``."""
    candidates = []
    for months in (-1, 0, 1):
        first = _shift_months(published, months)
        try:
            candidate = first.replace(day=day)
        except ValueError:
            continue
        if candidate.weekday() == weekday and abs((candidate - published).days) <= 10:
            candidates.append(candidate)
    return min(candidates, key=lambda candidate: abs((candidate - published).days)) if candidates else None


def _year_of_the_weekday(value: dt.date, weekday: int, published: dt.date) -> dt.date | None:
    """The date of ``value``'s day and month, in the year next to publication where it falls on ``weekday``."""
    fits = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = value.replace(year=year)
        except ValueError:
            continue  # (29 February)
        if candidate.weekday() == weekday:
            fits.append(candidate)
    return min(fits, key=lambda candidate: abs((candidate - published).days)) if fits else None


def resolved_date(mention: DateMention, published: dt.date | None, year_hint: int | None = None) -> dt.date | None:
    """The calendar date of a mention, counting from ``published`` where needed.

    A year-less date takes the year of ``published`` (or ``year_hint``); a weekday is the
    latest such day on or before ``published`` (the next one when the text speaks of the
    future); relative expressions count from ``published``.
    """
    value: dt.date | None = None
    year = mention.year
    if mention.annual is not None and mention.year is None:
        if published:  # "by Christmas": the one nearest publication ("since Christmas": the last one before it)
            month, day = mention.annual
            candidates = [dt.date(year, month, day) for year in (published.year - 1, published.year, published.year + 1)]
            if mention.strictly_past:
                candidates = [candidate for candidate in candidates if candidate < published]
            elif mention.future:  # "Natal mendatang": the next one
                candidates = [candidate for candidate in candidates if candidate >= published]
            value = min(candidates, key=lambda candidate: abs((candidate - published).days))
        return value
    if mention.hijri is not None and mention.year is None:
        if published:  # "1 Ramadan" alone: the one nearest publication
            _, month, day = mention.hijri
            near = _hijri_year_near(published)
            value = min((from_hijri(year, month, day) for year in (near - 1, near, near + 1)),
                        key=lambda candidate: abs((candidate - published).days))
        return value
    if mention.relative is not None:
        value = _resolve_relative(mention, published)
    elif mention.day is not None:
        if year is None and mention.year_shift is not None and published:
            year = published.year + mention.year_shift  # "Nov. 15 last year"
        year = year or (published.year if published else year_hint)
        month = mention.month or (published.month if published else None)  # "tanggal 27": this month's
        if year and month:
            try:
                value = dt.date(year, month, mention.day)
            except ValueError:
                value = None
            if mention.month is None and mention.weekday is not None and published:
                # "Saturday (21)"; when no day near publication fits both, the number is no day of the month
                # ("cases on Monday (12), Tuesday (9)": counts) and the weekday alone says when
                return _day_of_month_on_weekday(mention.day, mention.weekday, published) \
                    or resolved_date(replace(mention, day=None), published, year_hint)
            if mention.year_shift is not None:
                pass  # the year is said: "tahun lalu", "next year"
            elif value and published and mention.year is None and (value - published).days > 200:
                value = value.replace(year=value.year - 1)
            elif value and published and mention.year is None and mention.future and (published - value).days > 120:
                value = value.replace(year=value.year + 1)  # "mulai 1 Januari" written in November
            elif value and published and mention.year is None and mention.strictly_past and value > published:
                value = value.replace(year=value.year - 1)  # "9 Desember lalu" written in November
            elif value and published and mention.year is None and not mention.strictly_past \
                    and published.month == 12 and value.month == 1 and (published - value).days > 300:
                value = value.replace(year=value.year + 1)  # "2 Januari" written in December: the one ahead, as months
            if value and published and mention.year is None and mention.weekday is not None \
                    and value.year != published.year and value.weekday() != mention.weekday:
                # "Senin (17/2) lalu meninjau", moved to the year before by "lalu" ("then" here): the weekday says
                # which year (a weekday written wrong for a day of the publication's year moves nothing)
                value = _year_of_the_weekday(value, mention.weekday, published) or value
    elif mention.month is not None and (year or published or year_hint):
        value = dt.date(year or (published.year if published else year_hint), mention.month, 1)
        if mention.year is None and published and mention.year_shift is not None:
            value = dt.date(published.year + mention.year_shift, mention.month, 1)  # "earlier this year ... February"
        elif mention.year is None and published:
            if mention.strictly_past and mention.month >= published.month \
                    or mention.told_in_the_past and mention.month > published.month:
                value = value.replace(year=value.year - 1)
            elif mention.future and mention.month < published.month:
                value = value.replace(year=value.year + 1)  # ("mulai November" in November: this one)
            elif not (mention.strictly_past or mention.future):
                # The month of the publication year ("hingga Desember" in August, "sepanjang Maret" in
                # November, "pada Januari" in November), unless that is seven months or more ahead ("pada
                # Desember" in January or February), or the page is written in December of a month to come ("Januari").
                # (seven months or more ahead: the annotated pages date such a month to the year before, 17 times to 0;
                # a word of the future keeps it ahead: "akan dimulai pada September", "berharap ... selesai pada Agustus")
                if mention.month - published.month >= 7:
                    value = value.replace(year=value.year - 1)
                elif published.month == 12 and mention.month <= 2:
                    value = value.replace(year=value.year + 1)
    elif mention.weekday is not None and published and mention.in_week:
        monday = published - dt.timedelta(days=published.weekday())
        value = monday + dt.timedelta(weeks=mention.week_offset, days=mention.weekday)
    elif mention.weekday is not None and published:
        delta = (published.weekday() - mention.weekday) % 7 or (7 if mention.strictly_past else 0)
        value = published - dt.timedelta(days=delta)
        if mention.future and delta:
            value = published + dt.timedelta(days=7 - delta)
        elif mention.strictly_future and not delta:
            value = published + dt.timedelta(days=7)
    elif mention.granularity == "year" and year:
        value = dt.date(year, 1, 1)
    return value


def statement_day(body: str, quote: tuple[int, int], mentions: list[DateMention], quoted: list[tuple[int, int]],
                  published: dt.date | None, lexicon: Lexicon, year_hint: int | None = None) -> dt.date | None:
    """The day from which "kemarin" / "yesterday" inside the quotation at ``quote`` counts: the day it
    was said.

    That is the day named outside quotation marks in its paragraph ("..., kata X, Rabu (19/11)"), or,
    for a paragraph that opens with the quotation, in the paragraph before, which introduces the
    speaker. Without one, the publication day, unless that introduction opens with an "earlier"
    word ("Sebelumnya, X mengungkapkan"): then the day is unknown (None).
    """
    start, end = _paragraph(body, quote[0])
    said = _day_said(body, start, end, quote, mentions, quoted, published, year_hint, lexicon)
    context = body[start:end]
    if said is None and body[start:start + 1] in _QUOTE_OPENERS and start >= 2:
        before = _paragraph(body, start - 2)
        said = _day_said(body, *before, quote, mentions, quoted, published, year_hint, lexicon)
        context = body[before[0]:before[1]]
    if said is not None:
        return said
    opening = context.lstrip().casefold()
    if any(opening.startswith(word) and not opening[len(word):len(word) + 1].isalnum() for word in lexicon.earlier):
        return None
    return published


_QUOTE_OPENERS = frozenset("\"“”„«'‘")


def _paragraph(body: str, at: int) -> tuple[int, int]:
    start = body.rfind("\n\n", 0, at)
    end = body.find("\n\n", at)
    return (0 if start < 0 else start + 2), (len(body) if end < 0 else end)


def _day_said(body: str, start: int, end: int, quote: tuple[int, int], mentions: list[DateMention],
              quoted: list[tuple[int, int]], published: dt.date | None, year_hint: int | None,
              lexicon: Lexicon) -> dt.date | None:
    """The day named in ``body[start:end]`` outside quotations: in the quote's attribution, else
    the last one before the quote with a speech verb after it ("Rabu (19/11), X mengatakan: “...”";
    not "said she had brought them on Monday evening. “...”": a day of what happened)."""
    days = [m for m in mentions if start <= m.start and m.end <= end and m.granularity == "day"
            and m.relative is None and not any(s <= m.start and m.end <= e for s, e in quoted)]
    if published is not None:
        # A day after publication ("berlaku hingga 31 Oktober") is no day anything was said on.
        days = [m for m in days if (resolved_date(m, published, year_hint) or published) <= published]
    attribution_end = _sentence_end(body, quote[1] + 1, end)
    after = [m for m in days if quote[1] <= m.start and m.end <= attribution_end]
    # (not "menyebut sejak Sabtu pihaknya membuka ...": the day a spell began)
    before = [m for m in days if m.end <= quote[0] and (_speech_between(body, m.end, quote[0], lexicon)
                                                         or _in_an_attribution(body, start, m.start, lexicon))
              and not {word.casefold() for word in body[max(start, m.start - 12):m.start].split()[-1:]} & lexicon.since]
    chosen = after[0] if after else (before[-1] if before else None)
    return resolved_date(chosen, published, year_hint) if chosen else None


def _speech_between(body: str, start: int, end: int, lexicon: Lexicon) -> bool:
    words = _speech_words(lexicon)
    return any(word.strip(",.:;").casefold() in words for word in body[start:end].split())


def _in_an_attribution(body: str, start: int, at: int, lexicon: Lexicon) -> bool:
    """Whether the day at ``at`` follows a speech verb in its sentence with no clause of its own between
    ("kata Raditya di Jakarta, Kamis (22/5)", "she said by phone on Monday"; not "said she had
    brought them on Monday evening", a day of what was reported)."""
    sentence = body[max(start, body.rfind(". ", start, at) + 1):at].split()
    words = _speech_words(lexicon)
    spoken = max((index for index, word in enumerate(sentence) if word.strip(",.:;").casefold() in words), default=None)
    if spoken is None:
        return False
    after = sentence[spoken + 1:]
    if any(word.endswith(",") and following[:1].islower() and len(after) > 5
           and following.casefold() not in lexicon.place_prepositions and following.casefold() not in lexicon.stopwords
           for word, following in zip(after, after[1:])):
        # "Menurut Murdani, debit sungai sempat turun pada Minggu (15/11)": a clause of what was reported
        # (not "kata Budi, Kepala Dinas Kesehatan, di kantornya, Kamis (22/5)")
        return False
    clause = {word.strip(",.:;").casefold() for word in after}
    # ("said the pumping station had lost two pumps on Saturday": a clause of its own, its verb after an auxiliary)
    return not clause & (lexicon.pronouns | set(lexicon.complementizers) | lexicon.auxiliaries)


@cache
def _speech_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(word.casefold() for word in lexicon.cues | lexicon.verbs)


# A sentence ends at . ! ? before a space, a capital or a quotation mark ("Peskov.Putin").
_SENTENCE_END = re.compile(r"[.!?](?=\s|$|[A-Z“\"])")


def _sentence_end(body: str, start: int, end: int) -> int:
    """Where the sentence running at ``start`` ends (its attribution, after a quotation), at most ``end``."""
    found = _SENTENCE_END.search(body, start, end)
    return found.end() if found else end


# The months a language file may name for the ends of a year ("the end of the year" → december).
_YEAR_ENDS = {"january": 1, "december": 12}


#: The offset of "bulan sebelumnya", "a year earlier": one unit before the date the text gave just before.
EARLIER_THAN_MENTIONED = "earlier than mentioned"
#: The offset of "bulan yang sama tahun lalu": the month the text gave just before, a year back.
A_YEAR_BEFORE_MENTIONED = "a year before mentioned"
#: The offset of "keesokan harinya", "the following day": one unit after the date the text gave just before.
LATER_THAN_MENTIONED = "later than mentioned"
_COUNTED_FROM_MENTIONED = frozenset({EARLIER_THAN_MENTIONED, A_YEAR_BEFORE_MENTIONED, LATER_THAN_MENTIONED})
_DAYS_IN = {"day": 1, "week": 7}


def earlier_than_mentioned(mentions: list[DateMention], values: list[dt.date | None], published: dt.date | None,
                           body: str, in_body: list[bool]) -> list[dt.date | None]:
    """Values for "bulan sebelumnya" / "a year earlier" in the body: one month or year before the
    first date of at least that unit its paragraph gave before it ("Pada Oktober 2025 ... naik
    dibanding bulan sebelumnya": September; "Maret 2026 ... dibanding Maret 2025 ... bulan
    sebelumnya": February 2026), else before publication; for "bulan yang sama tahun lalu", that
    month a year back ("sepanjang Oktober ... dibanding bulan yang sama tahun lalu": October 2025)."""
    fixed = list(values)
    for index, mention in enumerate(mentions):
        if mention.relative is None or mention.relative[1] not in _COUNTED_FROM_MENTIONED or not in_body[index]:
            continue
        unit = mention.relative[0]
        wanted = ("day",) if unit in _DAYS_IN else ("day", "month") if unit == "month" else ("day", "month", "year")
        paragraph = body.rfind("\n", 0, mention.start) + 1
        earlier = [other for other in range(index) if in_body[other] and fixed[other] is not None
                   and paragraph <= mentions[other].start < mention.start and mentions[other].granularity in wanted]
        if unit in _DAYS_IN:
            # "Rabu (12/3) ... sehari sebelumnya", "on Sept 15 ... a week earlier": counted from the day named last
            following = index + 1 if index + 1 < len(mentions) else None
            if following is not None and fixed[following] is not None and mentions[following].granularity == "day" \
                    and body[mention.end:mentions[following].start].strip() in (",", ""):
                fixed[index] = fixed[following]  # "keesokan harinya, Minggu (18/10)": the day it names next
                continue
            named = [other for other in range(index) if in_body[other] and fixed[other] is not None
                     and mentions[other].start < mention.start and (mentions[other].relative is None
                     or mentions[other].relative[1] not in _COUNTED_FROM_MENTIONED)]
            days = [other for other in named if mentions[other].granularity == "day"]
            if named and (not days or days[-1] != named[-1]) and not [o for o in days if o in earlier]:
                continue  # "In January ... A week later": the text counts from a day it never named
            # (the day named last, in this paragraph or one before: "Senin (10/2).\n\nSehari sebelumnya")
            before = fixed[days[-1]] if days else published
            if before is not None:
                step = _DAYS_IN[unit] * (1 if mention.relative[1] == LATER_THAN_MENTIONED else -1)
                fixed[index] = before + dt.timedelta(days=step)
            continue
        # (the same month a year back is the month named last: "pada Kamis (2/1) mencatat inflasi Desember 2024 ...
        # dibanding bulan yang sama tahun lalu": December 2023)
        if mention.relative[1] == A_YEAR_BEFORE_MENTIONED:
            months = [other for other in earlier if mentions[other].granularity == "month"]
            chosen = (months or earlier)[-1] if earlier else None  # the month named last ("pada Januari 2025 ... Senin (3/2)")
        else:
            chosen = earlier[0] if earlier else None
        before = fixed[chosen] if chosen is not None else published
        if before is None:
            continue
        if mention.relative[1] == A_YEAR_BEFORE_MENTIONED:
            fixed[index] = _shift_months(before, -12)
        elif mention.relative[1] == LATER_THAN_MENTIONED:
            fixed[index] = _shift_months(before, 1) if unit == "month" else dt.date(before.year + 1, 1, 1)
        else:
            fixed[index] = _shift_months(before, -1) if unit == "month" else dt.date(before.year - 1, 1, 1)
    return fixed


def _resolve_relative(mention: DateMention, published: dt.date | None) -> dt.date | None:
    if published is None or mention.relative is None:
        return None
    unit, offset = mention.relative
    if offset in _COUNTED_FROM_MENTIONED:
        return None  # counted from the date the text gave before it: see earlier_than_mentioned
    if unit == "day":
        return published + dt.timedelta(days=int(offset))
    if unit == "week":
        return published + dt.timedelta(weeks=int(offset))
    if unit == "weekend":  # the Saturday of the week meant; "akhir pekan" alone does not say which
        if not isinstance(offset, int):
            return None
        return published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=offset, days=5)
    if unit == "month" and isinstance(offset, tuple):  # "November tahun lalu": (-1, 11)
        years, month = offset
        return dt.date(published.year + years, month, 1)
    if unit == "month" and isinstance(offset, str):
        # "akhir tahun" → "december", "akhir tahun depan" → "next december"
        *shift, month = offset.split()
        years = {"next": 1, "last": -1}[shift[0]] if shift else 0
        return dt.date(published.year + years, _YEAR_ENDS[month], 1)
    if unit == "month":
        return _shift_months(published, int(offset))
    if unit == "year":
        return dt.date(published.year + int(offset), 1, 1)
    return None
