"""Article metadata: outlet, wire credits, authors and publication dates."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache

from warta.build.extract.actors import letters_in_order
from warta.build.extract.dates import DateMention, byline_dates, date_line_dates, falls_on, find_dates, resolved_date
from warta.build.lexicon import Lexicon, alternation
from warta.build.segment import (BODY, BOILERPLATE, BYLINE, CAPTION, DATELINE_DATE, SECTION, SECTION_BEFORE_BYLINE,
                                 STANDFIRST, TITLE, Page)

_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|co\.id|or\.id|id|net|org|tv|co)\b", re.IGNORECASE)


@cache
def _all_outlets(lexicon: Lexicon) -> dict[str, str]:
    """Outlet signatures of every language, this page's first: an Indonesian outlet's English
    edition ("TEMPO.CO, Jakarta") is still that outlet."""
    from warta.build.lexicon import available_languages, load_lexicon

    merged: dict[str, str] = {}
    wires = {wire.casefold() for wire in lexicon.wires}
    for code in available_languages():
        # An agency that is an outlet on English pages is a wire on Indonesian ones.
        merged.update({key: name for key, name in load_lexicon(code).outlets.items() if name.casefold() not in wires})
    return {**merged, **lexicon.outlets}


@cache
def _signature_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    # "kumparanNEWS", "detikFinance": a signature may run into a channel name in capitals.
    # "TribunMedan.com", "TRIBUNJATENG.COM": a network's regional site, its domain running on.
    return re.compile(rf"(?<!\w)(?i:{alternation(_all_outlets(lexicon))})"
                      rf"(?=[A-Z]{{2,}}(?![a-z])|(?!\w)|{_REGIONAL_SITE.pattern})")


_REGIONAL_SITE = re.compile(r"-?[A-Za-z]+\.(?i:com|co\.id|id)\b")


@cache
def _regional_networks() -> frozenset[str]:
    """Networks with regional papers, of every language (a site's furniture may be in either)."""
    from warta.build.lexicon import available_languages, load_lexicon

    return frozenset(word for code in available_languages() for word in load_lexicon(code).regional_networks)


@lru_cache(maxsize=16384)
def _signature(text: str, lexicon: Lexicon) -> str | None:
    """The outlet a piece of text names (the longest signature wins; memoised: sites repeat
    their furniture lines on every page)."""
    outlets = _all_outlets(lexicon)
    matches = [match for match in _signature_pattern(lexicon).finditer(text)
               if match.group(0).islower() or not text[match.end():match.end() + 1].isalnum()
               or _REGIONAL_SITE.match(text, match.end())]
    matches = [match for match in matches if match.group(0).casefold() in outlets]
    if not matches:
        return None
    best = max(matches, key=lambda match: len(match.group(0)))
    regional = _REGIONAL_SITE.match(text, best.end()) if best.group(0).casefold() in _regional_networks() else None
    if regional:
        # "TribunMedan.com", "TRIBUNJATENG.COM": the network's regional paper, by its region's name
        region = regional.group(0).split(".")[0].lstrip("-")
        return f"{best.group(0).capitalize()} {region.capitalize() if region.isupper() else region[:1].upper() + region[1:]}"
    return outlets[best.group(0).casefold()]


def _is_wire(piece: str, lexicon: Lexicon) -> str | None:
    for wire in lexicon.wires:
        if piece.strip().casefold() == wire.casefold():
            return wire
    return None


_SOURCE_LINE = re.compile(r"^\(?\s*(?:sumber|source|sources)\s*:\s*(.{2,80}?)\)?$", re.IGNORECASE)


def credits(page: Page, lexicon: Lexicon) -> tuple[str | None, list[str]]:
    """(outlet, wires) from the dateline credits, header credit lines, bylines and footers."""
    pieces: list[str] = []
    dateline_outlet = None
    for credit in page.dateline_credits:
        for part in credit.split("/"):
            part = part.strip()
            pieces.append(part)
            if dateline_outlet is None and part and not _is_wire(part, lexicon) \
                    and part.split()[0] not in lexicon.press_offices:
                # A credit of the dateline that is not an agency is the outlet, known or not (not a government
                # press office, "Denpasar (Humas Bali) –": the site is the government's own).
                dateline_outlet = _signature(part, lexicon) or part
    for line in page.lines:
        if line.label == DATELINE_DATE and "|" in line.text:
            pieces.extend(part.strip() for part in re.split(r"[|,]", line.text.split("|")[0]))
    wires: list[str] = []
    outlet = None
    for piece in pieces:
        wire = _is_wire(piece, lexicon)
        if wire and wire not in wires:
            wires.append(wire)
        elif outlet is None and piece and not any(ch.isdigit() for ch in piece):
            outlet = _signature(piece, lexicon) or (piece if _DOMAIN.search(piece) else None)
    outlet = outlet or dateline_outlet
    if outlet is None:
        for line in page.lines:
            if line.label in (BYLINE, BOILERPLATE, DATELINE_DATE, SECTION) or line is page.lines[-1]:
                outlet = _signature(line.text, lexicon)
                if outlet:
                    break
    if outlet is None:
        outlet = _paper_after_a_byline(page)
    if outlet is None:
        # A photo credit of the outlet's own ("Medcom.id/Candra"): the last resort before agencies.
        outlet = next((found for line in page.lines if line.label == CAPTION
                       for found in [_signature(line.text, lexicon)] if found), None)
    if outlet is None:
        outlet = _outlet_told(page.body, lexicon)
    known = outlet is not None and (outlet in _all_outlets(lexicon).values() or _signature(outlet, lexicon) is not None)
    brand = None if known else _page_brand(page, lexicon)
    if brand:
        brand = _is_wire(brand, lexicon) or _signature(brand, lexicon) or brand  # "© ANTARA 2024": Antara
    if brand and outlet is None:
        outlet = brand  # the masthead and the copyright line agree ("The Kathmandu Post")
    elif brand and " " in brand and _DOMAIN.fullmatch(outlet) and _same_brand(outlet, brand):
        outlet = brand  # "Suarausu.or.id, Medan-" under "Suara USU": the brand in words
    elif brand and outlet.isupper() and (_same_brand(outlet, brand) or _initials_of(outlet, brand)):
        # "TERASLAMPUNG.COM", "SP" in the dateline: the brand as the site writes it ("Teraslampung", "Suara Pemred")
        outlet = brand
    if outlet is None and wires:
        outlet = wires.pop(0)
    if outlet and _DOMAIN.fullmatch(outlet):
        outlet = _signature(outlet, lexicon) or outlet
    if outlet:
        outlet = _edition(outlet, page, lexicon)
    wires += [wire for wire in _source_line_wires(page, lexicon) if wire not in wires]
    wires = [wire for wire in wires if wire != outlet]
    return outlet, wires


def _paper_after_a_byline(page: Page) -> str | None:
    """The paper a byline names after the reporter ("Mary Grace Alcoseba - The Freeman")."""
    from warta.build.segment import _name_and_outlet

    for line in page.lines:
        if line.label == BYLINE:
            found = _name_and_outlet(line.text.strip())
            outlet = found and found.group("outlet")
            if outlet and outlet.startswith("The ") and len(outlet.split()) <= 4:
                return outlet.strip()
    return None


def _word_spans(run: str) -> list[str]:
    """Every span of whole words in a run ("Kata Radar Cirebon": "Radar Cirebon" among them)."""
    words = run.split()
    return [" ".join(words[start:end]) for start in range(len(words)) for end in range(start + 2, len(words) + 1)]


def _page_brand(page: Page, lexicon: Lexicon) -> str | None:
    """The name a page carries as its own: its masthead (a short name among its first lines) and its
    copyright line ("© 2026 Samoa Observer. All rights reserved.") naming the same site, or either
    one written again elsewhere on the page. A publisher's company ("... Publishing Ltd.") is no brand."""
    masthead = _masthead(page, lexicon)
    footer = _copyright_name(page, lexicon)
    text = "\n".join(line.text for line in page.lines)
    if masthead and footer and _same_brand(masthead, footer):
        # (the copyright line's form on a tie: "GoRiau.com" beside "GoRiau")
        return _best_written(max((footer, masthead), key=_brand_form), text).strip(" -–—")
    if masthead and footer and " " in masthead and footer.startswith(masthead + " "):
        return masthead  # "People Daily" over "© 2026 People Daily Digital": the digital edition of the paper
    if footer and text.count(footer) >= 2:
        return _best_written(footer, text).strip(" -–—")
    ending = "\n".join(line.text for line in page.lines[-12:])
    if masthead and page.lines and masthead == page.lines[0].text.strip(" -–—|") and masthead in ending:
        return _best_written(masthead, text)  # the page's first line, named again at its foot
    if masthead and (footer is None or not _same_brand(masthead, footer)) and " " in masthead and (
            any(word in lexicon.outlet_words or word.title() in lexicon.outlet_words for word in masthead.split())
            or any(masthead in line.text and any(marker in line.text.casefold() for marker in lexicon.copyright_markers)
                   for line in page.lines[-12:])):
        # "Derry Journal" over a publisher's copyright: a paper's name closed by its word; "© 2026 Honolulu Civil
        # Beat Inc.": the masthead in the copyright line of its company
        return masthead
    return None


_CAPITALISED_WORDS = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}")


def _best_written(name: str, text: str) -> str:
    """A brand as the page writes it in words, where it does ("radarcirebon.com" and "Radar Cirebon")."""
    if " " in name:
        return name
    letters = _brand_letters(name)
    spaced = next((found for run in _CAPITALISED_WORDS.findall(text) for found in _word_spans(run)
                   if " " in found and len(found) - found.count(" ") - found.count("-") == len(letters)
                   and _brand_letters(found) == letters), None)  # (most spans are settled by their length)
    return spaced or name


_COMPANY = re.compile(r"(?i)\b(?:ltd|inc|pvt|llc|pt|tbk|publishing|publications|newspapers|group|holdings|corp)\b")
_COPYRIGHT_NAME = re.compile(
    r"(?i)(?:©|\(c\)|copyright|hak cipta)\s*(?:(?:©|copyright)\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s*)?"
    r"(?P<name>(?:www\.)?[\w-]+\.(?:co\.id|or\.id|com|id|co|net)\b|[^.|,©\n]+?(?:\.(?:co\.id|or\.id|com|id|co|net)\b)?)"
    r"\s*(?:(?:19|20)\d\d\s*)?"
    r"(?:[.|,]|\s[-–—]\s|\ball rights|\bhak cipta|$)")


# A name the copyright sign follows ("Vulcan Post © 2026. All Rights Reserved.").
_NAME_BEFORE_COPYRIGHT = re.compile(r"(?P<name>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})\s*©\s*(?:19|20)\d\d")


def _copyright_name(page: Page, lexicon: Lexicon) -> str | None:
    markers = lexicon.copyright_markers
    for line in reversed(page.lines):
        lowered = line.text.casefold()
        if line.label == BODY or not any(marker in lowered for marker in markers):
            continue
        found = _COPYRIGHT_NAME.search(line.text)
        name = found.group("name").strip() if found else ""
        before = _NAME_BEFORE_COPYRIGHT.match(line.text)
        if before and (not name or not name[:1].isalpha()):
            name = before.group("name")  # "Vulcan Post © 2026. All Rights Reserved."
        name = re.sub(r"^www\.", "", name).strip(" -–—")
        if name.casefold().startswith("all rights") and "|" in line.text:
            name = line.text.rsplit("|", 1)[1].strip()  # "© 2026 All Rights Reserved | Tampa Bay Times"
        if name and len(name.split()) <= 5 and not _COMPANY.search(name) and name[:1].isalpha() \
                and not name.casefold().startswith("all rights"):
            return name
    return None


def _masthead(page: Page, lexicon: Lexicon) -> str | None:
    """A short name among the page's first three lines that is no widget ("Skip to main content")."""
    from warta.build.segment import is_boilerplate

    for line in page.lines[:3]:
        if line.label in (TITLE, STANDFIRST, BODY):
            continue  # (a page opening with its headline has no masthead)
        words = line.text.split()
        if 1 <= len(words) <= 5 and not line.text.rstrip().endswith((".", "!", "?", ":")) \
                and not any(char.isdigit() for char in line.text.replace(".", "")[:1]) and not is_boilerplate(line.text, lexicon) \
                and all(word[:1].isupper() or _DOMAIN.fullmatch(word) for word in words if word.casefold() != "the"):
            return line.text.strip(" -–—|")
    return None


def _brand_letters(name: str) -> str:
    """A name's letters, without "the", "www." and the domain's ending ("The Kathmandu Post" and
    "www.kathmandupost.com" give "kathmandupost")."""
    lowered = re.sub(r"^(?:the\s*|www\.)", "", name.casefold().strip())  # ("thedailystar.net", "The Daily Star")
    lowered = re.sub(r"\.(?:com|co\.id|or\.id|id|co|net|org)$", "", lowered)
    return re.sub(r"[^\w]|_", "", lowered)


def _same_brand(one: str, other: str) -> bool:
    return bool(_brand_letters(one)) and _brand_letters(one) == _brand_letters(other)


def _initials_of(short: str, name: str) -> bool:
    """"SP" of "Suara Pemred", "BKM" of "Berita Kota Makassar": a dateline's abbreviation of the brand."""
    words = [word for word in name.split() if word[:1].isalpha()]
    if short.isupper() and 2 <= len(short) <= 5 and len(words) >= 2 and "".join(w[0] for w in words).upper() == short:
        return True
    # "BRN" of "Brindonews", "SR" of "Samawarea": letters of a one-word brand, in order, from its first
    letters = "".join(words)
    return short.isupper() and 2 <= len(short) <= 4 and letters[:1].casefold() == short[:1].casefold() \
        and letters_in_order(short, letters)


def _brand_form(name: str) -> tuple[bool, int]:
    """How a brand is best written: not in capitals throughout, in words ("The Kathmandu Post" over
    "kathmandupost.com")."""
    return (not name.isupper(), len(name.split()))


def _outlet_told(body: str, lexicon: Lexicon) -> str | None:
    """An outlet the body says people spoke to ("told The Straits Times", "kata X kepada
    Kompas.com"): the page's own, when nothing else names it."""
    signature = _signature_pattern(lexicon)
    for listener in _listener_pattern(lexicon).finditer(body):
        match = signature.match(body, listener.end()) or _signature_after_article(body, listener.end(), signature)
        if match:
            return _all_outlets(lexicon).get(match.group(0).casefold())
    return None


def _signature_after_article(body: str, at: int, signature: re.Pattern[str]) -> re.Match[str] | None:
    """An outlet named after a one-word article the signature leaves out ("told the Straits Times")."""
    space = body.find(" ", at, at + 5)
    return signature.match(body, space + 1) if space > at else None


@cache
def _listener_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(lexicon.listener_verbs)})\s+", re.IGNORECASE)


def _edition(outlet: str, page: Page, lexicon: Lexicon) -> str:
    """The outlet's own edition when the page names one ("KOMPAS —" in the dateline, "Kompas.id" in
    the masthead and footer: Kompas.id)."""
    editions = [found for line in page.lines if line.label != BODY
                for found in [_signature(line.text, lexicon)]
                if found and found != outlet and found.casefold().startswith(outlet.casefold())]
    return max(set(editions), key=lambda name: (editions.count(name), name)) if editions else outlet


def _source_line_wires(page: Page, lexicon: Lexicon) -> list[str]:
    """Agencies credited by a "Sumber: Antara, Reuters" / "Source: AFP" line (never the outlet)."""
    wires: list[str] = []
    for line in page.lines:
        source = _SOURCE_LINE.match(line.text)
        if source:
            for piece in re.split(r"[,/;&]|\s+(?:dan|and)\s+", source.group(1)):
                wire = _is_wire(piece.strip(" ."), lexicon)
                if wire and wire not in wires:
                    wires.append(wire)
    return wires


_BYLINE_LABELS = re.compile(
    r"(?i)\b(?:laporan wartawan|laporan|penulis|editor|reporter|pewarta|redaktur|penyunting|kontributor|"
    r"ditulis oleh|ditinjau oleh|disunting oleh|"
    r"wartawan|oleh|rep|red|reporting by|editing by|written by|by|author)\b\s*:?\s*")


# "Rina Anggraeni, Jurnalis · Selasa 05 Maret 2024": the job title and what follows are not names.
_JOB_AND_DATE = re.compile(r",\s*(?:Jurnalis|Wartawan|Reporter|Kontributor|Penulis|Journalist|Correspondent)\b.*$")


def authors(page: Page, lexicon: Lexicon) -> list[str]:
    """Names credited in bylines, in order."""
    names: list[str] = []
    for line in page.lines:
        if line.label != BYLINE:
            continue
        text = re.sub(rf"^{SECTION_BEFORE_BYLINE}", "", line.text)  # "News - Name, Outlet": a section label
        text = _BYLINE_LABELS.sub("|", _JOB_AND_DATE.sub("", re.sub(r"\([^)]*\)", "|", text)))
        for piece in re.split(r"[|/,;]|\s+(?:dan|and|&|-|–|—)\s+", text):
            piece = piece.strip(" .:-")
            if not piece or _DOMAIN.search(piece) or _signature(piece, lexicon):
                continue
            if all(word[:1].isupper() for word in piece.split()) and len(piece.split()) <= 5 and piece not in names:
                names.append(piece)
    return names


def header_dates(page: Page, lexicon: Lexicon, hint: int | None = None) -> tuple[dt.date | None, dt.date | None]:
    """(published, updated) from the date lines of the header.

    A date above the headline that another date under it contradicts ("Sabtu, 05 Desember 2026" over
    the menu, "Kamis, 3 Desember 2026 10:15 WIT" under the headline) is the site's clock, the day the
    page was read: the date under the headline is the story's. A header that leaves the year out
    ("Published Mar. 10") takes the year the page speaks of (``hint``)."""
    published, updated = _header_dates(page, lexicon, None)
    if published is None and updated is None and hint is not None:
        published, updated = _header_dates(page, lexicon, hint)
    return published, updated


def _header_dates(page: Page, lexicon: Lexicon, hint: int | None) -> tuple[dt.date | None, dt.date | None]:
    published = updated = None
    above_title = True
    for line in page.lines:
        if line.label == TITLE:
            above_title = False
        if line.label not in (DATELINE_DATE, BYLINE):
            continue
        lowered = line.text.casefold()
        update_at = min((lowered.find(m) for m in lexicon.update_markers if m in lowered), default=-1)
        mentions = date_line_dates(line.text, lexicon) if line.label == DATELINE_DATE else byline_dates(line.text, lexicon)
        for mention in mentions:
            year_less = hint is not None and mention.day is not None and mention.month is not None \
                and mention.relative is None
            if not (mention.complete or year_less) or mention.granularity != "day":
                continue
            value = resolved_date(mention, None, hint)
            if update_at != -1 and mention.start > update_at:
                updated = updated or value
            elif published is None:
                published, clock = value, above_title
            elif clock and not above_title and value is not None and value != published:
                published, clock = value, False
    return published, updated


def year_hint(mentions: list[DateMention]) -> int | None:
    """The year a page speaks of when a date leaves it out: the latest year of a full date, unless
    the page's year-less weekday dates do not fall on their weekdays in it ("sejak 14 Februari
    2024" ... "Senin (14/4)": 14 April is a Monday in 2025; :func:`inferred_year` finds it)."""
    years = [m.year for m in mentions if m.year and m.granularity == "day"]
    if not years:
        return None
    weekday_dates = [m for m in mentions if m.weekday is not None and m.day and m.month and m.year is None]
    if weekday_dates and not all(_weekday_in(max(years), m) for m in weekday_dates):
        return None
    return max(years)


def inferred_year(footer_lines: list[str], mentions: list[DateMention], lexicon: Lexicon) -> int | None:
    """The year of a page that gives no full date, read from what it does give.

    Year-less weekday dates ("Jumat (13/6)") fix it among the years the page suggests, tried in
    turn: the years it mentions, the year after each ("Oktober 2024" ... "Jumat (13/6)": 13 June is
    a Friday in 2025), its copyright footer ("Copyright © ANTARA 2025"). A footer of the
    year the page was read, not written, does not fit and is not taken. Without such dates, a
    footer's year the page also mentions, else the year the page mentions most (the latest of
    equals), is the best guess.
    """
    weekday_dates = [m for m in mentions if m.weekday is not None and m.day and m.month and m.year is None]
    mentioned = [m.year for m in mentions if m.year and m.relative is None]
    footers = [int(match.group(2) or match.group(1)) for line in footer_lines
               for match in [_copyright_year_pattern(lexicon).search(line)] if match]
    if weekday_dates:
        suggested = sorted(set(mentioned), reverse=True) + sorted({year + 1 for year in mentioned}, reverse=True) + footers
        return next((year for year in suggested if all(_weekday_in(year, m) for m in weekday_dates)), None)
    if mentioned and footers and max(footers) in mentioned:
        return max(footers)  # "cases confirmed in 2026, more than in the whole of 2025" ... "© 2026 TVNZ"
    if mentioned:
        return max(set(mentioned), key=lambda year: (mentioned.count(year), year))
    return None


@cache
def _copyright_year_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """A copyright marker of the language ("Hak Cipta", "©"), then a year or a range of years."""
    markers = alternation(lexicon.copyright_markers) if lexicon.copyright_markers else "(?!x)x"
    return re.compile(rf"(?:{markers})\D{{0,40}}?((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?", re.IGNORECASE)


def _weekday_in(year: int, mention: DateMention) -> bool:
    return falls_on(year, mention.month, mention.day, mention.weekday)


def published_from_body(mentions: list[DateMention], hint: int | None, since: frozenset[int] = frozenset(),
                        stated: frozenset[int] = frozenset(), captions: list[DateMention] = ()) -> dt.date | None:
    """The publication date told by the body's weekday dates such as "Kamis (13/2)".

    The first one after a speech verb (its ``id`` in ``stated``) wins, else the first one: the day
    the lead reports, or the day after when the story runs on overnight ("sejak Kamis (6/3) malam
    ... hingga Jumat (7/3/2025) pagi"); dates further on lie ahead ("Imlek jatuh pada Rabu (29/1)").
    One after "sejak" (its ``id`` in ``since``) is where a spell began: taken only when the body has
    no other, and the captions' dates (an archive photo's day) only when the body has none.
    """
    usable = [m for m in mentions if m.weekday is not None and m.day is not None and m.relative is None
              and not m.future]
    for dated in ([m for m in usable if id(m) not in since], usable, [m for m in captions if m.weekday is not None
                                                                      and m.day is not None and m.relative is None]):
        dated = [m for m in dated if id(m) in stated] or dated
        candidates = [value for value in (resolved_date(m, None, hint) for m in dated) if value is not None]
        if candidates:
            return max(value for value in candidates if 0 <= (value - candidates[0]).days <= 1)
    return None
