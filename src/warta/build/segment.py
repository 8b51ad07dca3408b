"""Split the text of a news page into header, captions, body and boilerplate.

Scraped pages carry furniture around the article: section labels, repeated headlines,
photo captions and credits, bylines glued to share buttons, related-news lists. The
segmenter labels every line, so that extraction reads the body without boilerplate and
still knows where the header and the captions are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from warta.build.lexicon import Lexicon, alternation, available_languages, load_lexicon

# Line labels.
SECTION, TITLE, STANDFIRST, DATELINE_DATE, BYLINE, CAPTION, BODY, BOILERPLATE = (
    "section", "title", "standfirst", "date", "byline", "caption", "body", "boilerplate")

# Zero-width characters, soft hyphens and NULs (a regex: str.translate with a dict is far slower).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00]")
# Runs of spaces to make one space: a lone " " is left alone, so most pages need no substitution.
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u3000]{2,}|[\t\u00a0\u2007\u202f\u3000]")
_ODD_SPACE = re.compile("[\t\u00a0\u2007\u202f\u3000]")
# "(13/2).Jubir", "Moskow.Namun", "dibahas.\"Belum": a sentence end glued to the next one. The
# pattern opens with the full stop (checked against the character before it) so that the regex
# engine can skip ahead to the next [.!?] instead of trying every position.
# (not after a short capitalised abbreviation: "Sp.An-TI", "Sp.Rad" are degrees)
_GLUED_SENTENCE = re.compile(r"([.!?])(?<=[a-z\)\]”\"’0-9%][.!?])(?<![\s(,][A-Z][a-z][.!?])(?<![\s(,][A-Z][a-z]{2}[.!?])"
                             r"(?=(?:[A-Z][a-z]|[“\"][A-Z]))")
_GLUED_QUOTE_END = re.compile(r"([.,!?][”\"])(?=[A-Z][a-z])")
_GLUED_YEAR_HINT = re.compile(r"\d[A-Z]")
_GLUED_YEAR = re.compile(r"(?<![\w/.-])((?:\d{1,2},? )?(?:19|20)\d\d)(?=[A-Z][a-z]{2})")
# A paragraph that is only a name in brackets closes a story with its editor's name.
_NAME_TAG = re.compile(r"^\((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3}\)$")
_EDITOR_TAG = re.compile(r"\s*\((?:[a-z]{2,5}(?:/[a-z]{2,5})*)\)\s*$")
_PAGINATION = re.compile(r"^(?:\d+\s+(?:dari|of)\s+\d+\s+(?:halaman|pages?)|halaman\s+\d+|page\s+\d+|"
                         r"\d+\s+pages? in this article)$", re.IGNORECASE)
_TEMPLATE = re.compile(r"\{\{.*\}\}|<[a-z/][^>]*>")

# Datelines: "ISTANBUL", "Jakarta, CNN Indonesia --", "REPUBLIKA.CO.ID, JAKARTA --",
# "Moskow, Rusia (Xinhua/Indonesia Window) –", "ANKARA, December 29. /TASS/.".
_DASH = r"(?:--|[-–—]|(?<=\s)\|)"  # ("TIMIKA, Seputarpapua.com | Persediaan ...": a bar between spaces too)
# no dots: "SERAMBINEWS.COM" is a masthead; "KATHMANDU, DECEMBER 8": the place and the day the story was filed
_DATELINE_ALONE = re.compile(r"^[A-Z][A-Z '\-]{2,40}(?:, [A-Z][\w '\-]{2,30}:|(?P<filed>, [A-Z][A-Za-z]{2,9}\.? \d{1,2}))?$")
# "JAKARTA, KOMPAS.com - ..."; also alone on its line: "Jakarta, CNN Indonesia --".
_DATELINE_DASH = re.compile(
    rf"^(?P<head>[A-Za-z0-9][^\n]{{1,70}}?)\s*{_DASH}(?:\s+(?=\S)|\s*$|(?<=\) [-–—])(?=[A-Z])|(?<=\)[-–—])(?=[A-Z][a-z])|(?<=\)--)(?=[A-Z][a-z]))")
# ("Medan (SIB) -Satuan", "Denpasar (Metrobali.com)-Polresta": the bracket closes the dateline)
# "SAMARINDA–Dinas Lingkungan Hidup ...": a place in capitals glued to an en or em dash.
# The outlet may stand before the place or after it ("MANADOPOST.ID, MANADO—", "PADANG, PADEK.CO–", "AMBON, AE—").
# "PALANGKA RAYA-KALTENGPOS.CO-Kebakaran ...": the site's address glued between dashes.
_DATELINE_GLUED = re.compile(r"^(?P<head>(?:[A-Z][\w.]*(?:,[ -]?| \| )|[A-Z][\w.]*[a-z][–—-](?=[A-Z]{3}))?(?P<place>[A-Z]{3,}(?: [A-Z]{3,})?)"
                             r"(?:, ?[A-Z][A-Za-z.]*|[–—-][A-Z]+(?:\.[A-Z]{2,})+)?)[–—-](?=[A-Z][a-z])")
# "Jakarta: Kementerian ..." (a place and a colon, then the lead sentence).
# "KUALA LUMPUR (Feb 26): Malaysia's ...": the day in brackets before the colon.
_DATELINE_COLON = re.compile(r"^(?:(?P<outlet>[A-Z][\w.]+(?: [A-Z][\w.]+)?), )?(?P<head>[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,2})"
                             r"(?: \((?:[A-Z][a-z]{2,8}\.? \d{1,2}|(?P<paren>[A-Z][\w.]{2,20}(?: [A-Z][\w.]{1,20})?))\)|, [A-Z][a-z]{2,8}\.? \d{1,2})?:\s+(?=[A-Z])")
# ("KUCHING, Dec 2: Sarawak and ...": the day after a comma)
# "Jakarta, NU Online", "DENPASAR, NusaBali" alone on its line above the lead: the place, then the outlet;
# or the outlet first: "TVRINews, Kupang", "Beritabali.com, Denpasar.".
_PLACE_AND_OUTLET = re.compile(r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{3,}(?: [A-Z]{3,})?), "
                               r"(?P<outlet>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})\.?$")
_OUTLET_AND_PLACE = re.compile(r"^(?P<outlet>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}), (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\.?$")
# "Jakarta. Indonesia's economy grew ..." (a known place and a full stop).
_DATELINE_PERIOD = re.compile(r"^(?P<head>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\.\s+(?=[A-Z])")
# "DENPASAR-Fajarbali.com | Jaksa ...": a place in capitals glued to the site's address, then a bar.
_PLACE_GLUED_TO_SITE_BAR = re.compile(r"^(?P<place>[A-Z]{3,}(?: [A-Z]{3,})?)-(?P<site>[\w-]+(?:\.[a-z]{2,3}){1,2})\s*\|\s*(?=[A-Z])")
# "COLOMBO (News 1st); A former ...": a place in capitals, its credit in brackets, then a semicolon.
_PLACE_CREDIT_SEMICOLON = re.compile(r"^(?P<place>[A-Z][A-Z' -]{2,30}?) \((?P<site>[^()]{2,30})\);\s+(?=[A-Z])")
# "Mumbai:", "Kathmandu, December 3": a line holding only the place (and the day), the lead under it.
_PLACE_ALONE = re.compile(r"^(?P<place>[A-Z][\w'’ -]{2,30}?)\s*(?::|,\s*(?P<day>[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}))$")
_DATELINE_AGENCY = re.compile(
    r"^(?P<head>[A-Z][A-Z .'\-]{2,40}(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?)\.?\s*/(?P<agency>[A-Za-z\- ]{2,20})/\.?\s+")


# "Taipei, March 5 (CNA) A record ...": a place, the day, then the agency in brackets, the lead after it.
# ("New Delhi [India], March 5 (ANI):", "Kuala Lumpur, 5 March (Bernama)", "Taipei, March 5, 2026 (CNA)", "(dpa)")
_DATELINE_DAY_AGENCY = re.compile(
    r"^(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})(?: \[[A-Z][\w ]{1,20}\])?, "
    r"(?P<day>[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)(?:, \d{4})?"
    r"(?: \((?P<agency>[A-Za-z][A-Za-z]{1,9})\):?|, (?P<agency_after_comma>[A-Z]{2,6}) [–—-])\s+(?=[A-Z\"“])")


@dataclass
class Line:
    """One non-empty line of a page and what it is."""

    text: str
    label: str = BODY
    number: int = 0  # 1-based line number in the normalised page


@dataclass
class Page:
    """A segmented page."""

    lines: list[Line]
    title: str | None = None
    section: str | None = None
    standfirst: str | None = None
    dateline: str | None = None
    dateline_credits: list[str] = field(default_factory=list)
    dateline_text: str | None = None
    paragraphs: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def texts(self, label: str) -> list[str]:
        return [line.text for line in self.lines if line.label == label]


def normalise(text: str) -> str:
    """Unify line ends and spaces, drop invisible characters, repair glued sentences."""
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if "  " in text or _ODD_SPACE.search(text):
        text = _SPACES.sub(" ", text)
    # Every pattern below stays within a line, so the whole text is repaired at once.
    return repair_glued_sentences("\n".join([line.strip() for line in text.split("\n")]))


_DEGREE_PART_BEFORE = re.compile(r"\.[A-Z][a-z]{1,2}$")
_DEGREE_PART_AFTER = re.compile(r"[A-Z][A-Za-z]{0,5}[.,]")  # ("M.Tr.Opsla.,"; not "M.Si.Namun,": a sentence)



def _space_unless_a_degree(match: re.Match[str]) -> str:
    """A space after the full stop, unless the stop parts a degree of several pieces ("M.Tr.Opsla.,"; not
    "M.Si.Menurutnya": a sentence glued after a degree)."""
    line, at = match.string, match.start()
    if _DEGREE_PART_BEFORE.search(line, max(0, at - 4), at):
        after = _DEGREE_PART_AFTER.match(line, at + 1)
        if after and (after.group(0).endswith(".") or len(after.group(0)) == 4):
            return match.group(1)  # ("M.Tr.Opsla.", "A.Md.Kep,", "S.Tr.Keb,"; not "S.Pd.Kini,", "M.Si.Namun,")
    return match.group(1) + " "


# Two apostrophes some outlets type for a double quotation mark (not three or more: an ellipsis of marks)
_DOUBLED_APOSTROPHES = re.compile(r"(?<!')''(?!')")


def repair_glued_sentences(line: str) -> str:
    """Put the missing space back between sentences run together ("(13/2).Jubir"), and after a
    date's year glued to a name ("October 19, 2026The National"); read two apostrophes as a double mark."""
    line = _GLUED_SENTENCE.sub(_space_unless_a_degree, line)
    line = _GLUED_YEAR.sub(r"\1 ", line) if _GLUED_YEAR_HINT.search(line) else line
    if "''" in line:
        line = _DOUBLED_APOSTROPHES.sub('"', line)  # "''Sudah dua kali kami ajukan,'' ujar ...": a double mark
    return _GLUED_QUOTE_END.sub(r"\1 ", line)


@cache
def _prefix_pattern(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(alternation(set(prefixes)))


def _prefixes_of(lowered: str, prefixes: tuple[str, ...]) -> list[str]:
    """The prefixes (of a lexicon list) that ``lowered`` starts with, longest first."""
    if not lowered or not _prefix_pattern(prefixes).match(lowered):
        return []
    return sorted((p for p in prefixes if lowered.startswith(p)), key=len, reverse=True)


@dataclass(frozen=True)
class _LexiconPatterns:
    """The patterns segmentation builds from a lexicon, built once per lexicon."""

    boilerplate_prefixes: re.Pattern[str]
    boilerplate_markers: re.Pattern[str] | None
    byline_prefixes: re.Pattern[str]
    caption_markers: re.Pattern[str]
    outlets: re.Pattern[str]
    glued_label: re.Pattern[str]
    wires: frozenset[str]
    time_ago: re.Pattern[str]


@cache
def _patterns(lexicon: Lexicon) -> _LexiconPatterns:
    return _LexiconPatterns(
        boilerplate_prefixes=_prefix_pattern(lexicon.boilerplate_prefixes),
        # (a marker opens a word: "lalu menghubungi kami" in a quotation is no "hubungi kami" link)
        boilerplate_markers=re.compile(rf"(?<![^\W\d_])(?:{alternation(set(lexicon.boilerplate_markers))})")
        if lexicon.boilerplate_markers else None,
        byline_prefixes=_prefix_pattern(lexicon.byline_prefixes),
        caption_markers=_prefix_pattern(lexicon.caption_markers),
        outlets=_prefix_pattern(tuple(lexicon.outlets)),
        glued_label=_glued_label_pattern(lexicon),
        wires=frozenset(word.casefold() for word in lexicon.wires),
        time_ago=_time_ago_pattern(lexicon),
    )


def _time_ago_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """A stamp of how long ago the page went up ("2 jam yang lalu", "5 hours ago"): no headline."""
    ago = "|".join(re.escape(word) for word in sorted(lexicon.ago, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"\d+\s+\w+\s+(?:{ago})", re.IGNORECASE)


def _glued_label_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """A one-word byline label written with a capital and run into a capitalised name."""
    # Short labels ("Red", "Rep") open ordinary words too ("RedDoorz"): only labels of four letters or more.
    labels = sorted({prefix.strip(" :") for prefix in lexicon.byline_prefixes
                     if prefix.strip(" :").isalpha() and len(prefix.strip(" :")) >= 4})
    if not labels:
        return re.compile(r"(?!x)x")
    return re.compile(rf"^(?=[A-Z])((?i:{'|'.join(labels)}))(?=[A-Z][a-z])")


def _words(text: str) -> list[str]:
    return text.split()


def unglue_widgets(text: str, lexicon: Lexicon) -> str:
    """Drop share-button words glued to the end of a line ("Laporan: RedaksiBagikan") and part a
    byline label glued to its name ("EditorDimas Anggara" → "Editor: Dimas Anggara")."""
    label = _patterns(lexicon).glued_label.match(text)
    if label:
        text = f"{label.group(1)}: {text[label.end():]}"
    if len(text) <= 120 and _GLUED_DATE.search(text):
        text = _unglue_date(text, lexicon)
    if not text.endswith(lexicon.glued_widgets):
        return text
    for widget in lexicon.glued_widgets:
        if text.endswith(widget) and len(text) > len(widget) and text[-len(widget) - 1].isalpha():
            return text[: -len(widget)].rstrip()
    return text


# "By suarabaruJanuari 28, 2026FacebookTwitter": a month's name (and its date) glued to the name before it
_GLUED_DATE = re.compile(r"(?<=[a-z])([A-Z][a-z]{2,8})(?=\.?\s+\d{1,2},?\s+(?:19|20)\d\d)")
_YEAR_GLUED_TO_A_WORD = re.compile(r"(?<=\b(?:19|20)\d\d)(?=[A-Z][a-z]|[a-z]{2,})")  # "2026in Edukasi" too


def _unglue_date(text: str, lexicon: Lexicon) -> str:
    """A date line's date parted from the byline's name and the share buttons glued to it."""
    def part(match: re.Match[str]) -> str:
        return " " + match.group(1) if match.group(1).casefold() in lexicon.months else match.group(1)
    parted = _GLUED_DATE.sub(part, text)
    return _YEAR_GLUED_TO_A_WORD.sub(" ", parted) if parted != text else text


def is_boilerplate(text: str, lexicon: Lexicon) -> bool:
    """Whether a line is page furniture wherever it stands."""
    return _is_boilerplate(text, text.casefold(), len(text.split()), lexicon)


_ALNUM = re.compile(r"[^\W_]")  # what str.isalnum() accepts, one character


def _is_boilerplate(text: str, lowered: str, words: int, lexicon: Lexicon) -> bool:
    """:func:`is_boilerplate` given the casefolded line and its number of words."""
    stripped = text.strip("*•·|>-–— ")
    if len(stripped) != len(text):
        lowered, words = stripped.casefold(), len(stripped.split())
    if len(stripped) <= 2 or not (stripped[0].isalnum() or _ALNUM.search(stripped)):
        return True
    if _PAGINATION.match(stripped) or ("{{" in text or "<" in text) and _TEMPLATE.search(text) \
            or _EDITOR_TAG.fullmatch(stripped):
        return True
    if words <= 12 and _BREADCRUMB.search(" " + stripped) or words <= 8 and _SECTION_PATH.match(stripped) \
            or _is_menu(stripped) or 4 <= words <= 16 and _is_menu_of_sections(stripped, lexicon) \
            or 2 <= words <= 12 and _is_share_bar(lowered, lexicon) \
            or words == 1 and lowered.strip(":|·•") in lexicon.widget_words or words <= 8 and _glued_share_bar(lowered, lexicon):
        return True
    markers = _patterns(lexicon).boilerplate_markers
    if markers is not None and markers.search(lowered):
        return True
    if lowered.rstrip(":") in lexicon.tail_markers:
        return True
    if words <= 6 and ":" in lowered and lowered.split(":", 1)[0].strip() in lexicon.field_labels:
        return True  # "Category: Hukum & Kriminal"
    return _starts_with_boilerplate(lowered, words, lexicon)


def _starts_with_boilerplate(lowered: str, words: int, lexicon: Lexicon) -> bool:
    """A line opened by a boilerplate marker as a whole word ("Share", not "Shares fell").

    A one-word marker ("Komentar", "Home") marks only a short widget line; a phrase ("Baca
    juga", "Read more") or a label with a colon may introduce a headline.
    """
    if not lowered or not _patterns(lexicon).boilerplate_prefixes.match(lowered):
        return False
    for prefix in _prefixes_of(lowered, lexicon.boilerplate_prefixes):
        following = lowered[len(prefix):len(prefix) + 1]
        if prefix[-1:].isalnum() and following.isalnum():
            continue
        single_word = " " not in prefix.strip() and prefix[-1:].isalnum()
        if (single_word and words <= 4) or (not single_word and words <= 40):
            return True
    return False


_LABELLED_BYLINE = re.compile(r"(?:rep|red|reporter|editor)\s*:")
_DOMAIN_SUFFIX = re.compile(r"\.(?:com|co\.id|co|id|net|org|tv)\b")
# A site's brand written as one word: lower case running into capitals ("detikJateng") or a domain.
_BRAND = re.compile(r"^(?:[a-z]+[A-Z][A-Za-z]*|[\w-]+\.(?:com|co\.id|id|net|co|tv))$")
# "Andi Saputra - detikNews", "Tim detikJateng - detikJateng", "Ahmad Pratama (The Jakarta Post)".
# A section label opening a byline: "News - " in "News - Muhammad Reza Ilham Taufani, CNBC Indonesia".
SECTION_BEFORE_BYLINE = r"[A-Z][\w&]*(?:\s[A-Z][\w&]*)?\s+[-–—|]\s+(?=[^,]+,\s)"
_NAME_DASH_OUTLET = re.compile(
    rf"^(?:{SECTION_BEFORE_BYLINE})?(?P<name>(?:(?:[A-Z]|[a-z]+[A-Z])[\w.'’-]*\s?){{1,5}})\s*"
    r"(?:[-–—|,]\s+(?P<outlet>\S.{1,30})|\((?P<paren>[^)]{2,40})\))$")
# How such a line ends: an outlet after a separator (or in brackets, closing the line). The pattern
# above backtracks over every capitalised word of a line, so it is tried only on lines that end so.
_OUTLET_AT_END = re.compile(r"[-–—|,]\s+\S.{1,30}$")


def _name_and_outlet(line: str) -> re.Match[str] | None:
    """``_NAME_DASH_OUTLET`` matched on a stripped line."""
    if not line.endswith(")") and _OUTLET_AT_END.search(line) is None:
        return None
    return _NAME_DASH_OUTLET.match(line)


# "Francesca Yuan and Aditya Prakoso, Nikkei staff writers": names, then what they write as.
_NAMES_AND_STAFF = re.compile(r"^(?:[A-Z][\w.'’-]*\s?){1,4}(?:(?:,\s*|\s+(?:and|dan|&)\s+)(?:[A-Z][\w.'’-]*\s?){1,4})*,"
                              r"[^,]{0,40}\b(?i:staff\s+writers?|writers?|correspondents?|reporters?|editors?)\.?$")
# The word such a line ends with. The pattern above backtracks long over a paragraph of capitalised
# words and commas, so it is tried only on lines that end so; the word, a period and a final newline
# fill at most the line's last 16 characters.
_STAFF_WORD_AT_END = re.compile(r"\b(?i:writers?|correspondents?|reporters?|editors?)\.?$")


def _names_and_staff(text: str) -> bool:
    """"Francesca Yuan and Aditya Prakoso, Nikkei staff writers"."""
    return _STAFF_WORD_AT_END.search(text, max(0, len(text) - 16)) is not None \
        and _NAMES_AND_STAFF.match(text) is not None


# "West of Ireland Correspondent", "Political Editor": a reporter's desk on its own line, under the name.
_DESK_TITLE = re.compile(r"^(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|&)\s+)?){1,4}(?:Correspondent|Reporter|Editor|Writer)$")


# A reporter's name and desk on one line ("Kieran Ashworth Political Correspondent").
_NAME_WITH_DESK = re.compile(r"(?:[A-Z][\w'’-]+\s+){2,3}(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|&)\s+)?){0,3}"
                             r"(?:Correspondent|Reporter|Editor|Writer)")


def _desk_under_a_name(index: int, lines: list[Line]) -> bool:
    """A reporter's desk alone on a line right under a name of two to four words ("Pádraig Ó Dónaill" / "West
    of Ireland Correspondent"), not a headline ending so ("Taliban Detain BBC Reporter")."""
    if index == 0 or _DESK_TITLE.match(lines[index].text.strip()) is None or len(lines[index].text.split()) > 5:
        return False
    name = lines[index - 1].text.split()
    return 2 <= len(name) <= 4 and all(word[:1].isupper() for word in name) and not lines[index - 1].text.endswith(".")


_JOB = r"(?:Jurnalis|Wartawan|Reporter|Kontributor|Penulis|Journalist|Correspondent|Reporter)\b"
_NAME_AND_JOB = re.compile(r"^(?:[A-Z][\w.'’-]*\s?){1,5},\s*" + _JOB)
# The job after the line's first comma, which the one above needs (its names hold no comma): a quick
# test that spares it the many lines of capitalised words it backtracks over.
_JOB_AFTER_COMMA = re.compile(r",\s*" + _JOB)


def _name_and_job(text: str) -> bool:
    """"Rindi Salsabila, Jurnalis"."""
    comma = text.find(",")
    return comma != -1 and _JOB_AFTER_COMMA.match(text, comma) is not None and _NAME_AND_JOB.match(text) is not None


_SPACE_BEFORE_COLON = re.compile(r"\s+:")
# "Dini Afrianti Efendi | Chandra Iswinarno": authors side by side.
_NAME = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3}"
_NAMES_WITH_BARS = re.compile(rf"^{_NAME}(?:\s+\|\s+{_NAME})+$")


def is_byline(text: str, lexicon: Lexicon) -> bool:
    return _is_byline(text, text.casefold(), len(text.split()), lexicon)


def _is_byline(text: str, lowered: str, words: int, lexicon: Lexicon) -> bool:
    """:func:`is_byline` given the casefolded line and its number of words."""
    # "Redaktur : X" and "(Reporting by X; Editing by Y)" are bylines like "Redaktur: X".
    normalised = text.strip()
    if ":" in normalised:
        normalised = _SPACE_BEFORE_COLON.sub(":", normalised)
    normalised = normalised.lstrip("(")
    if normalised != text:
        text, lowered, words = normalised, normalised.casefold(), len(normalised.split())
    if _name_and_job(text) or _NAMES_WITH_BARS.match(text) or _names_and_staff(text):
        return True
    # "Andi Saputra - detikNews", "Rindi Salsabila, CNBC Indonesia"; not "Jakarta, CNN Indonesia --".
    name_outlet = _name_and_outlet(text.strip()) if len(text) < 80 and not text.rstrip().endswith(
        ("-", "–", "—")) else None
    outlet = name_outlet and (name_outlet.group("outlet") or name_outlet.group("paren"))
    if outlet and _is_known_place(name_outlet.group("name").strip(), lexicon):
        outlet = None  # "Jakarta, NU Online": a dateline, the place before the outlet
    if outlet and (any(sig in outlet.casefold() for sig in lexicon.outlets) or _BRAND.match(outlet.strip())
                   or outlet.split()[-1] in lexicon.outlet_words and len(name_outlet.group("name").split()) >= 2
                   # ("Mary Grace Alcoseba - The Freeman": a paper's name opened by "The", after a person's)
                   or outlet.startswith("The ") and len(outlet.split()) <= 3 and 2 <= len(name_outlet.group("name").split()) <= 4):
        return True  # "Andi Saputra - detikNews", "Kristine Joy Mercado - The Philippine Star"
    if _LABELLED_BYLINE.match(lowered):
        return True
    if not lowered or not _patterns(lexicon).byline_prefixes.match(lowered):
        return False
    prefix = next(iter(_prefixes_of(lowered, lexicon.byline_prefixes)), None)
    if prefix is None:
        return False
    # Names follow a byline marker: "By John Smith", not "by choosing only".
    if prefix[-1:].isalnum() and lowered[len(prefix):len(prefix) + 1].isalnum():
        return False
    if prefix.endswith(" by") and prefix != "by" and ";" in text:
        return True  # "(Reporting by A in Jakarta and B in Kuala Lumpur; Editing by C)": however long
    rest = text[len(prefix):].strip(" :")
    if not rest[:1].isupper():
        return False
    # "Oleh karena itu ..." starts a sentence, not a byline: bylines are short.
    return words <= 12 and not text.rstrip().endswith((".", "?", "!")) or ":" in text[:20]


# "... Senin (19/1). (ARDI SETYO NUGROHO/RADAR JOGJA)": the photographer's full name in capitals, then the paper.
# (not a story's own closing tag: "(HUMAS PEMKAB SLEMAN/ADV)", an advertorial's)
_PHOTOGRAPHER_CREDIT = re.compile(r"\((?:[A-Z][A-Z.'’-]+\s){2,3}[A-Z][A-Z.'’-]+\s*/\s*(?!ADV\))[A-Z][^()/]{2,40}\)\s*$")
# A photo credit closing a caption: "(KOMPAS.com/ Dian Erika)", "(ANTARA/Rudi)", "(Xinhua/Li Wei)".
_CREDIT_AT_END = re.compile(r"\((?:[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?)\s*/\s*[^()/]{2,50}\)\s*$"
                            r"|[.!?]\s+[\w-]+\.(?:com|co\.id|id)\s*/\s*[A-Z][\w .'’-]{2,40}$"
                            # "... Kamis (26/11/2026). ANTARA/HO-Dinas TPHBun Sulsel", "ANTARA FOTO/Rivan Lingga"
                            r"|[.!?)]\s+[A-Z]{3,}(?:\s[A-Z]{3,})?/\s?[A-Z][\w .'’-]{1,50}$"
                            # "... digiring ke mobil tahanan Kejari Poso/hariansulteng": the site's name in lower case
                            r"|[a-z]\s[A-Z][a-z]+/[a-z][a-z0-9]{4,30}$"
                            # "... near Halls Gap on Monday. Source: AAP / Luke Hemer": a label, the agency, its photographer
                            r"|[.!?]\s+[A-Z]\w+:\s*[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s*/\s*[A-Z][\w .'’-]{2,40}$"
                            r"|" + _PHOTOGRAPHER_CREDIT.pattern)


def is_caption(text: str, lexicon: Lexicon) -> bool:
    """A photo caption or credit: a marker at the start or the end of a line that is not long prose
    (a paragraph that merely mentions a photo stays body)."""
    return _is_caption(text, text.casefold(), len(text.split()), lexicon)


_QUOTATION = re.compile(r"[“\"][^”\"]{12,}[”\"]")


def _is_caption(text: str, lowered: str, words: int, lexicon: Lexicon) -> bool:
    if words > 60:
        return False
    # Every form of credit has a slash: look for one only in lines that have one.
    if words <= 40 and "/" in text and _CREDIT_AT_END.search(text) and not _QUOTATION.search(text):
        return True  # (a paragraph quoting someone, closed by its writers' tag "(Bayu/Heri)", is body)
    pattern = _patterns(lexicon).caption_markers
    if not (pattern.search(lowered[:20]) or pattern.search(lowered[-70:])):
        return False
    # A quotation and its speech verb make a paragraph, whatever tag closes it ("“...,” tulis BPBD ... (*/Antara)")
    said = _QUOTED_THEN_WORD.search(text)
    return not (said and said.group(1).casefold() in lexicon.cues)


_QUOTED_THEN_WORD = re.compile(r"[“\"][^”\"]{12,}[”\"]\s+(\w+)")


# "This Week in Asia / Politics", "KEUANGAN / PERBANKAN": a section path.
_SECTION_PATH = re.compile(r"^[A-Z][^/.!?,]{1,40} / [A-Z][^/.!?,]{1,30}$")
_BREADCRUMB = re.compile(r"(?:\s[>»›/|]\s.*){2,}")


_MENU_SEPARATOR = re.compile(r"\s[>»›/|·•]\s")


def _is_menu(text: str) -> bool:
    """"Beranda | Tiongkok | Asia-Pasifik | ... | Foto": four or more items of a few words each."""
    if text.count(" ") < 6 or not _MENU_SEPARATOR.search(text):
        return False
    items = _MENU_SEPARATOR.split(text)
    return len(items) >= 4 and all(1 <= len(item.split()) <= 3 for item in items)


def _is_menu_of_sections(text: str, lexicon: Lexicon) -> bool:
    """"Just In For You Politics World Business Analysis Sport", "HOME METROPOLIS KALTARA NUNUKAN ...
    OLAHRAGA OPINI", "Denpasar Badung Gianyar Tabanan Buleleng ...": capitalised words and no
    punctuation, most of them the names of a site's sections or of the places it covers."""
    words = text.split()
    if _MENU_PUNCTUATION.search(text) or sum(not (word[:1].isupper() or word == "&") for word in words) > 1:
        return False  # (one particle may stand inside a place's name: "Cagayan de Oro")
    sections = sum(word.casefold() in lexicon.menu_words for word in words)
    if sections >= 3 and 2 * sections + 1 >= len(words):
        return True
    acronyms = sum(word.isupper() and len(word) >= 2 for word in words)
    if len(words) >= 5 and acronyms >= 4 and 2 * acronyms >= len(words) and not text.isupper():
        return True  # "IBL WIBA NBA Liga Mahasiswa DBL Timnas Video": leagues and sections, by their acronyms
    places = sum(word.title() in lexicon.places or word.title() in lexicon.not_names for word in words)
    if text.isupper() and len(words) >= 5:
        # (not "PEMKOT AMBON GELAR PASAR MURAH DI LIMA KECAMATAN": a headline in capitals reads as a sentence)
        return sections + places >= 2 and not any(word.casefold() in lexicon.stopwords for word in words)
    return (sections >= 1 or len(words) >= 6) and places >= 3 and sections + places >= len(words) - 2


_MENU_PUNCTUATION = re.compile(r"[,:;.!?\"“”‘’'()\d]")


def _is_share_bar(lowered: str, lexicon: Lexicon) -> bool:
    """"Share Tweet Email Copy link", "Share on Facebook Share on X": share buttons and nothing else."""
    return bool(lexicon.widget_words) and all(word.strip(":|·•") in lexicon.widget_words for word in lowered.split())


def _glued_share_bar(lowered: str, lexicon: Lexicon) -> bool:
    """"ShareFacebookTwitterWhatsAppLinkedin", "Share on FacebookShare on X": share buttons scraped with no space
    between them (two or more)."""
    lowered = lowered.replace(" ", "")
    count, position = 0, 0
    words = _widget_words_longest_first(lexicon)
    while position < len(lowered):
        word = next((word for word in words if lowered.startswith(word, position)), None)
        if word is None:
            return count >= 2 and lowered[position:] in lexicon.widget_words  # ("...Share on X": one letter, last)
        count, position = count + 1, position + len(word)
    return count >= 2


@cache
def _widget_words_longest_first(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(sorted((word for word in lexicon.widget_words if len(word) >= 2), key=len, reverse=True))


def _is_label_pair(text: str) -> bool:
    """"Metropolis | Politik", "TIMEX | Timor Express": a few words either side of a separator,
    a section label or the site's name, never a headline."""
    items = _MENU_SEPARATOR.split(text)
    return len(items) >= 2 and all(1 <= len(item.split()) <= 3 for item in items)


def is_breadcrumb(text: str) -> bool:
    """"Home > News > Politik": navigation, not content."""
    return len(_words(text)) <= 12 and bool(_BREADCRUMB.search(" " + text))


def is_tail_marker(text: str, lexicon: Lexicon) -> bool:
    """A line after which nothing is the article: "Berita Terkait", "17 Komentar"."""
    marker = text.strip().casefold().rstrip(": ")
    if marker in lexicon.tail_markers or marker in _tail_markers_of_every_language():
        return True  # ("Related Posts" above an Indonesian story: the site's furniture is in English)
    if _opens_with_tail_prefix(text.strip().rstrip(": "), lexicon):
        return True  # "Lebih banyak dari DW", "More from Reuters"
    # A count can only be taken off a line that opens with a digit or closes with ")".
    if (marker[:1].isdigit() or marker[-1:] in ")0123456789") and _COUNTED.sub("", marker) in lexicon.tail_markers:
        return True
    return _glued_to_a_tail_marker(text.strip(), marker, lexicon)


def _opens_with_tail_prefix(line: str, lexicon: Lexicon) -> bool:
    """A short line opening with "More from", "Latest from" and naming a site or section in capitals after it
    ("More in Sport"); not a subheading that opens so ("More injured as rivers rise", "Latest from the front line")."""
    words = line.split()
    if len(words) > 6:
        return False
    folded = line.casefold()
    for prefix in lexicon.tail_prefixes:
        if folded.startswith(prefix) and folded[len(prefix):len(prefix) + 1] in ("", " "):
            return all(not word[0].islower() for word in line[len(prefix):].split())
    return False


def _glued_to_a_tail_marker(text: str, marker: str, lexicon: Lexicon) -> bool:
    """"BERITA TERKAITLAINNYA DARI PENULIS", "RELATED ARTICLESMORE FROM AUTHOR": a theme's two list headings
    glued by the scrape; "Tags1,4 GHzATSIKomdigi": the tag label glued to the tags."""
    for heading in lexicon.tail_markers:
        if len(heading) < 3 or not marker.startswith(heading) or len(marker) == len(heading):
            continue
        rest = marker[len(heading):].strip()
        if rest in lexicon.tail_markers or _opens_with_tail_prefix(text[len(heading):].strip(), lexicon):
            return True
        following = text[len(heading):len(heading) + 1]
        if heading in _TAG_LABELS and text[len(heading) - 1].islower() and (following.isupper() or following.isdigit()):
            return True
    return False


_TAG_LABELS = frozenset({"tag", "tags", "topik", "topics", "label"})


@cache
def _tail_markers_of_every_language() -> frozenset[str]:
    return frozenset(marker for code in available_languages() for marker in load_lexicon(code).tail_markers)


@cache
def _label_words() -> frozenset[str]:
    """Menu words of every language ("VIDEO", "EKSKLUSIF", "BREAKING"): labels a site puts before a lead, no place."""
    return frozenset(word for code in available_languages() for word in load_lexicon(code).menu_words)


# "17 Komentar", "Comments (3)", "Comments - 0": a count beside a tail marker.
_COUNTED = re.compile(r"^\d+\s+|\s*\(\d+\)$|\s+[-–—:]\s*\d+$")


def _is_sentence(text: str) -> bool:
    return len(_words(text)) >= 5 and text.rstrip()[-1:] in ".!?”\"’)"


def _mark_navigation_runs(lines: list[Line], stop: int) -> None:
    """Runs of four or more very short lines before the body are menus and widgets.

    Furniture already labelled (boilerplate, bylines) continues a run; bylines keep their label.
    """
    run: list[Line] = []
    for line in lines[:stop] + [Line("", BODY)]:
        short = line.label in (BODY, SECTION) and 0 < len(_words(line.text)) <= 4 \
            and not _is_sentence(line.text)
        if short or (line.label in (BOILERPLATE, BYLINE) and run):
            run.append(line)
            continue
        if len(run) >= 4:
            for item in run:
                if item.label != BYLINE:
                    item.label = BOILERPLATE
        run = []


def _ends_sentence(text: str) -> bool:
    """Prose ends with a full stop, inside quote marks or not; a headline quoting words does not."""
    return text.rstrip().rstrip("\"”’'").endswith((".", "!", "?"))


def _mark_link_after_bare_marker(lines: list[Line], lexicon: Lexicon) -> None:
    """"Read also" / "Baca juga:" alone on a line: the headline under it is a link, not content."""
    for index, line in enumerate(lines[:-1]):
        bare = line.text.strip(" :").casefold()
        if line.label == BOILERPLATE and bare in lexicon.link_markers:
            # Every headline under it, up to the next paragraph of prose or, past a blank line, a subheading
            # of prose ("Related story" / its link / blank / "Second fire this year" / "It is the second ...").
            previous = line
            for at, following in enumerate(lines[index + 1:index + 6], start=index + 1):
                after = lines[at + 1] if at + 1 < len(lines) else None
                if following.label != BODY or len(_words(following.text)) >= 20 or _ends_sentence(following.text) \
                        or previous is not line and following.number > previous.number + 1 and after is not None \
                        and (len(_words(after.text)) >= 20 or _ends_sentence(after.text)):
                    break
                following.label = BOILERPLATE
                previous = following


def match_dateline(text: str, lexicon: Lexicon) -> tuple[str, list[str], str] | None:
    """Split a leading dateline off a paragraph: (place, credits, rest of paragraph)."""
    found = _memoised_dateline(text, lexicon)
    return found and (found[0], list(found[1]), found[2])


@lru_cache(maxsize=16384)
def _memoised_dateline(text: str, lexicon: Lexicon) -> tuple[str, tuple[str, ...], str] | None:
    """:func:`match_dateline` (memoised: the same lines are asked about by several steps, and
    header lines recur from page to page)."""
    found = _match_dateline(text, lexicon)
    if found and found[0].split() and found[0].split()[-1].casefold() in lexicon.weekdays and found[2].lstrip()[:1].isdigit():
        return None  # "Diterbitkan Senin, 12 Oktober 2026 | 09:30 WIB": a date stamp (not "PASAR MINGGU, KOMPAS.com -")
    # ("PRAYA.lombokjournal.com – – Tingkat ...": a dash doubled; the lead opens after both)
    return found and (found[0], tuple(found[1]), found[2].lstrip("–—- ") if found[2][:2].strip() in ("–", "—", "-") else found[2])


def _brand_of_an_outlet(part: str, lexicon: Lexicon) -> bool:
    """One word closing with a word of outlets' names ("VICTORYNEWS", "KALTENGPOS"): a site's brand."""
    lowered = part.casefold()
    return " " not in part and any(lowered.endswith(word.casefold()) and len(lowered) > len(word) + 2
                                   for word in lexicon.outlet_words)


# "Suarausu.or.id, Medan-Ratusan ...": a site's domain, then a place in title case run into the lead.
_DATELINE_SITE_GLUED = re.compile(r"^(?P<site>[\w-]+(?:\.[a-z]{2,3}){1,2}), (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)[–—-](?=[A-Z])")
# "Fimela.com, Jakarta Tenun ikat dari ...": a site's domain and a place, the lead run on after a space.
_DATELINE_SITE_SPACE = re.compile(r"^(?P<site>[\w-]+(?:\.[a-z]{2,3}){1,2}), (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}) (?=[A-Z])")
_LIST_AFTER_FIRST_WORD = re.compile(r"\S+(?:,| dan | and | serta )")
# "Mudanews.com-Medan | ...": a site's domain glued to the place by a hyphen.
_SITE_THEN_PLACE = re.compile(r"(?P<site>[\w-]+(?:\.[a-z]{2,3}){1,2})[-–](?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)")
# "Jakarta, kabarbisnis.com: Pemerintah ...", "JAKARTA, bisniswisata.co.id: PT ...": the place, then the site's
# domain and a colon.
_PLACE_SITE_COLON = re.compile(r"(?P<place>[A-Z](?:[a-z]+|[A-Z]+)(?: [A-Z](?:[a-z]+|[A-Z]+))?),\s+(?P<site>[\w-]+(?:\.[a-z]{2,3}){1,2}):\s+(?=[A-Z])")
# "balitribune.co.id | Denpasar - ...": a site's domain, a bar, then the place and a dash.
_SITE_BAR_PLACE = re.compile(r"(?P<site>[\w-]+(?:\.[a-z]{2,3}){1,2})\s*\|\s*(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*[–—-]+\s+")
_BYLINE_BEFORE_PLACE = re.compile(r"^(?:By|Oleh)\s+[^/|]{3,40}[/|]\s*")
# "TOTABUAN.CO BOLMONG — ...": a site's domain, then the place in capitals, no comma between.
_SITE_SPACE_PLACE = re.compile(r"(?P<site>[\w-]+(?:\.(?:[A-Z]{2,3}|[a-z]{2,3})){1,2}) (?P<place>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?)")
_PLACE_AND_PROVINCE = re.compile(r"(?P<place>[A-Z][\w'-]*(?: [A-Z][\w'-]*)?) \((?P<province>[A-Z][\w ]{1,25})\)")


def _is_province(name: str, lexicon: Lexicon) -> bool:
    """A known place, or a short name of one ("NTB" for "Nusa Tenggara Barat")."""
    expanded = lexicon.short_words.get(name, name)
    if any(word.isupper() and len(word) >= 3 and lexicon.short_words.get(word, word) not in lexicon.places
           for word in name.split()) and expanded not in lexicon.places:
        return False  # "Medan (DPRD Sumut) –": an institution of the province, credited
    return bool(expanded.strip()) and not _is_credit(name, lexicon) and _is_known_place(expanded, lexicon)


_DAY_IN_BRACKETS = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")
# "[JAKARTA] Majelis hakim ...": a place in capitals in square brackets.
_DATELINE_BRACKETED = re.compile(r"^\[(?P<place>[A-Z][A-Z .'-]{2,30})\]\s*(?=[A-Z])")


def _match_dateline(text: str, lexicon: Lexicon) -> tuple[str, list[str], str] | None:
    bracketed = _DATELINE_BRACKETED.match(text)
    if bracketed and _is_known_place(bracketed.group("place").strip().title(), lexicon) \
            and bracketed.group("place").strip().casefold() not in lexicon.menu_words:  # (not "[VIDEO] Banjir ...")
        return bracketed.group("place").strip(), [], text[bracketed.end():]
    with_day = _DATELINE_DAY_AGENCY.match(text)
    day_words = with_day.group("day").split() if with_day else []
    month_word = (day_words[0] if day_words[0][:1].isalpha() else day_words[1]).rstrip(".").casefold() if day_words else ""
    if with_day and month_word in lexicon.months and with_day.group("place").split()[0].casefold() not in lexicon.weekdays \
            and with_day.group("place").split()[0] not in lexicon.titles:  # (not "Thursday, March 5 (AP)", "President X")
        # ("Ho, March 11, GNA - The hospital ...": the agency after the date, not in brackets)
        return with_day.group("place"), [with_day.group("agency") or with_day.group("agency_after_comma")], text[with_day.end():]
    glued = _PLACE_GLUED_TO_SITE_BAR.match(text) or _PLACE_CREDIT_SEMICOLON.match(text)
    if glued and _is_known_place(glued.group("place").strip().title(), lexicon):
        # "DENPASAR-Fajarbali.com | Jaksa ...", "COLOMBO (News 1st); A former ...": the place, the site, the lead
        return glued.group("place").strip(), [glued.group("site").strip()], text[glued.end():]
    alone = _PLACE_ALONE.match(text) if len(text) <= 40 else None
    if alone and _is_known_place(alone.group("place").strip(), lexicon) and alone.group("place").strip() not in lexicon.countries \
            and (alone.group("day") is None or alone.group("day").split()[0].rstrip(".").casefold() in lexicon.months):
        return alone.group("place").strip(), [], ""  # "Mumbai:", "Kathmandu, December 3": the place alone over the lead
    agency = _DATELINE_AGENCY.match(text)
    if agency:
        head = agency.group("head")
        place = head.split(",")[0].strip()
        return place, [agency.group("agency").strip()], text[agency.end():]
    dash = _DATELINE_DASH.match(text)
    if not dash and len(text) <= 40:
        for pattern in (_PLACE_AND_OUTLET, _OUTLET_AND_PLACE):
            alone = pattern.match(text)
            if alone and _is_known_place(alone.group("place").title(), lexicon) \
                    and not _is_known_place(alone.group("outlet").title(), lexicon) \
                    and alone.group("place") not in lexicon.countries:  # ("Nukuʻalofa, Tonga": a town and its country)
                return alone.group("place"), [alone.group("outlet")], ""
    site_after = _PLACE_SITE_COLON.match(text)
    if site_after and (_is_known_place(site_after.group("place"), lexicon)  # "Jakarta, kabarbisnis.com: Pemerintah ..."
                       or _is_known_place(site_after.group("place").title(), lexicon)):  # ("JAKARTA, bisniswisata.co.id:")
        return site_after.group("place"), [site_after.group("site")], text[site_after.end():]
    barred = _SITE_BAR_PLACE.match(text)
    if barred and _is_known_place(barred.group("place"), lexicon):  # "balitribune.co.id | Denpasar - Penerimaan ..."
        return barred.group("place"), [barred.group("site")], text[barred.end():]
    if not dash:
        site = _DATELINE_SITE_GLUED.match(text)
        if site and _is_known_place(site.group("place"), lexicon):  # "Suarausu.or.id, Medan-Ratusan mahasiswa ..."
            return site.group("place"), [site.group("site")], text[site.end():]
        spaced = _DATELINE_SITE_SPACE.match(text)
        if spaced and len(_words(text)) >= 12:
            # The longest known place the words open ("Kota Tangerang Selatan Pemerintah ...", "Jakarta Tenun ...")
            words = spaced.group("place").split()
            place = next((" ".join(words[:count]) for count in range(len(words), 0, -1)
                          if _is_known_place(" ".join(words[:count]), lexicon)), None)
            rest = text[spaced.end("site") + 2 + len(place):].lstrip() if place else ""
            # (not "Tempo.co, Jakarta Post dan Kompas.com menurunkan ...": a list of outlets, no lead)
            if place and not _LIST_AFTER_FIRST_WORD.match(rest):
                return place, [spaced.group("site")], rest
        glued = _DATELINE_GLUED.match(text)
        if glued and _is_known_place(glued.group("place").title(), lexicon):  # not "ASEAN–China trade rose"
            # "MANADOPOST.ID, MANADO—Kasus ...", "JAYAPURA-Dinas ...": read as if the dash had its spaces
            head = re.sub(r"[–—-](?=[A-Z]+(?:\.[A-Z]{2,})+$)", ", ", glued.group("head"))  # "PALANGKA RAYA, KALTENGPOS.CO"
            head = head.replace(",-", ", ").replace(" | ", ", ")  # "TERASMALUKU.COM,-AMBON-", "KABARMADURA.ID | PAMEKASAN–"
            head = re.sub(r"^([A-Z][\w.]*[a-z])[–—-](?=[A-Z]{3})", r"\1, ", head)  # "Riauterkini-PELALAWAN-Seekor"
            return _match_dateline(head + " – " + text[glued.end():], lexicon)
        period = _DATELINE_PERIOD.match(text)
        # (a listed place: "Jl. Ibnu Sutowo No. 1" is an address, its street word no place)
        if period and len(_words(text)) >= 12 and _is_known_place(period.group("head"), lexicon) \
                and period.group("head") not in lexicon.place_heads \
                and period.group("head") not in lexicon.abbreviations:  # ("Dr. Truong Minh Khoa, ...": a title)
            return period.group("head"), [], text[period.end():]  # "Jakarta. Indonesia's economy ..."
        colon = _DATELINE_COLON.match(text)
        if colon and _a_date_stamp(text[colon.end():], lexicon):
            colon = None  # "Dibuat: Sabtu, 19 Desember 2026 - 11:48 Wita": a label before a date stamp
        labels = lexicon.byline_prefixes + lexicon.boilerplate_prefixes + lexicon.caption_markers
        if colon and len(_words(text)) >= 12 and not _is_credit(colon.group("head"), lexicon) \
                and colon.group("head").casefold() not in lexicon.menu_words \
                and not {colon.group("head").casefold() + ":", colon.group("head").casefold()} & set(labels) \
                and (not colon.group("outlet") or _is_known_place(colon.group("head"), lexicon)) \
                and (colon.group("head").isupper() or colon.group("outlet") or colon.group("paren")
                     or _is_known_place(colon.group("head"), lexicon)
                     or colon.group("head").split()[0] in lexicon.place_heads
                     # (a town's name, one word: "Sandakan: More than 300 ..."; not "Riset FKM UI: Satu dari ...")
                     or colon.group("head").isalpha() and colon.group("head").casefold() not in lexicon.stopwords):
            # ("KBRN, Mataram: Tim sepak bola ...": the outlet before the place; "BATAM, Indonesia:": a place and its country)
            if colon.group("outlet") and colon.group("head") in lexicon.countries:
                return f"{colon.group('outlet')}, {colon.group('head')}", [], text[colon.end():]
            credits = [name for name in (colon.group("outlet"), colon.group("paren")) if name]  # "MEDAN (Waspada):"
            return colon.group("head"), credits, text[colon.end():]
        return None
    head = dash.group("head").strip()
    byline = _BYLINE_BEFORE_PLACE.match(head)
    if byline and byline.end() < len(head):
        head = head[byline.end():]  # "By Sina Tuilagi/ Apia, SAMOA – 10 December 2026 –": the reporter, then the place
    if ":" in head and _opens_with_a_date(head.split(":", 1)[1], lexicon):
        # "SDGs: 2 - Tanpa Kelaparan | 9 - Industri": a label and its numbered items;
        # "Dibuat: Sabtu, 19 Desember 2026 - 11:48 Wita": a label before a date stamp
        return None
    if head.endswith(".") and text[dash.end("head"):dash.end("head") + 1] in ("-", "–", "—"):
        head = head[:-1]  # "Bima, Kahaba.- Harga ...": the outlet's name, its full stop glued to the dash
    glued_site = _PLACE_DOT_SITE.fullmatch(head)
    if glued_site and _is_known_place(glued_site.group("place").title(), lexicon):
        return glued_site.group("place"), [glued_site.group("site")], text[dash.end():]  # "SAMARINDA.NIAGA.ASIA —"
    site_space_place = _SITE_SPACE_PLACE.fullmatch(head)
    if site_space_place and site_space_place.group("place").casefold() not in _label_words():
        return site_space_place.group("place"), [site_space_place.group("site")], text[dash.end():]  # "TOTABUAN.CO BOLMONG —"
    site_place = _SITE_THEN_PLACE.fullmatch(head)
    if site_place and _is_known_place(site_place.group("place"), lexicon):
        return site_place.group("place"), [site_place.group("site")], text[dash.end():]  # "Mudanews.com-Medan |"
    if "|" in text[dash.end("head"):dash.end()] and not ("," in head or head.isupper()):
        return None  # "Hukum | Politik": a bar parts labels; a dateline before one names its outlet too
    if len(_words(head)) > 8 or head.endswith((".", "!", "?")) and not head.lower().endswith((".com", ".id")):
        return None
    province = _PLACE_AND_PROVINCE.fullmatch(head)
    if province and _is_province(province.group("province"), lexicon):
        if _brand_of_an_outlet(province.group("place"), lexicon) or _is_credit(province.group("place"), lexicon):
            return province.group("province"), [province.group("place")], text[dash.end():]  # "Analisadaily (Medan) -"
        return head, [], text[dash.end():]  # "Bima (NTB) –": the place and its province
    places, credits = [], []
    # Bracketed parts credit the story ("(Xinhua/Kabar Dunia)", "(ANTARA)"); the rest names
    # the place, unless it is an outlet ("REPUBLIKA.CO.ID, JAKARTA").
    for bracketed in re.findall(r"\(([^)]*)\)", head):
        if _DAY_IN_BRACKETS.fullmatch(bracketed.strip()):
            continue  # "PALU, Senin (23/11/2026) -": the day of the story, no credit
        credits.extend(piece.strip() for piece in bracketed.split("/") if piece.strip())
    # "SULTRAKINI.COM: KOLAKA –": a colon parts the outlet from the place as a comma does
    # ("PALANGKA RAYA/TABENGAN.CO.ID –": a slash parts the place from the site as a comma does)
    for part in re.sub(r"\([^)]*\)|:\s|/(?=[A-Z0-9.-]+\.(?:CO\.ID|COM|ID|NET)\b)", ",", head).split(","):
        part = part.strip()
        if not part:
            continue
        if _is_credit(part, lexicon):
            credits.extend(piece.strip() for piece in part.split("/") if piece.strip())
        elif _brand_of_an_outlet(part, lexicon) and not _is_known_place(part.title(), lexicon):
            credits.append(part)  # "MALANGTIMES - ...": the site's brand, no place
        elif len(part.split()) >= 2 and (part.split()[-1] in lexicon.outlet_words or part.isupper()
                                         and part.split()[-1].title() in lexicon.outlet_words) \
                and not _is_known_place(part, lexicon):
            credits.append(part)  # "Kaieteur News – ...", "THE HANOI TIMES —": a paper's name closed by its word, no place
        elif not any(ch.isdigit() for ch in part) and part.casefold() not in lexicon.weekdays:
            places.append(part)
    if len(places) >= 2 and places[0].isupper():
        # "JEMBER, Radar Jember -": after a place in capitals, a name in title case is the outlet.
        # A country stays part of the place ("JAKARTA, Indonesia").
        # Beside a known place, a name in capitals that is no place is the outlet too ("PADANG, HALUAN —").
        known_first = _is_known_place(places[0].title(), lexicon)
        outlets = [part for part in places[1:] if part not in lexicon.countries and (
            not part.isupper() and not _is_known_place(part, lexicon)  # ("ESTANCIA, Iloilo": its province)
            or known_first and not _is_known_place(part.title(), lexicon)
            or _brand_of_an_outlet(part, lexicon)
            # ("MENDOBARAT, LASPELA –": one word in capitals that is no place nor province: the site's name)
            or part.isupper() and " " not in part and len(part) >= 4 and not _is_known_place(part.title(), lexicon)
            and not _is_province(part, lexicon))]
        credits += outlets
        places = [part for part in places if part not in outlets]
        # "KBR, Jakarta -": an outlet's acronym, then the place in title case (not "ESTANCIA, Iloilo": a town and
        # its province); "SUARA.NABIRE, NABIRE -": a site's name, then the place in capitals
        outlet_first = len(places) >= 2 and (len(places[0]) <= 5 and not places[1].isupper()
                                             or "." in places[0] and " " not in places[0])  # (not "ST. LOUIS, Missouri")
        if not known_first and outlet_first and places[1] not in lexicon.countries \
                and _is_known_place(places[1] if not places[1].isupper() else places[1].title(), lexicon):
            credits.append(places.pop(0))
    elif len(places) == 2 and places[1].isupper() and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*(?:\.[a-z]{2,3})*", places[0]):
        if _is_province(places[1], lexicon) or places[1].title() in lexicon.countries:
            pass  # "Belu, NTT –": the place and its province written short ("Apia, SAMOA –": a town and its country)
        elif _is_known_place(places[0], lexicon) and not _is_known_place(places[1].title(), lexicon):
            credits.append(places.pop(1))  # "Medan, ORBIT -": a known place, then the paper's name in capitals
        else:
            credits.append(places.pop(0))  # "Riauterkini-PELALAWAN-": the site's brand, then the place in capitals
    elif len(places) == 2 and places[0][:1].isupper() and re.fullmatch(r"[a-z][a-z0-9]{2,20}", places[1]) \
            and places[1] not in lexicon.stopwords and places[1] not in lexicon.relative:
        credits.append(places.pop())  # "Labuha, cermat –": a site's brand, written in lower case
    elif len(places) == 2 and not any(part.isupper() for part in places):
        # "Padang, Haluan —", "Warta Ekonomi, Jakarta -": beside a known place, the other name is the outlet.
        known = [part for part in places if _is_known_place(part, lexicon)]
        if len(known) == 1 and known[0] not in lexicon.countries:
            credits += [part for part in places if part not in known]
            places = known
    rest = text[dash.end():]
    if not places and credits:
        # "KONTAN.CO.ID - JAKARTA. Bank ...": the place may follow the outlet.
        after = _PLACE_FIRST.match(rest)
        if after:
            return after.group(1), credits, rest[after.end():]
        after = _DATELINE_PERIOD.match(rest) or _TITLED_PLACE_DASH.match(rest)
        if after and _is_known_place(after.group("head"), lexicon):
            return after.group("head"), credits, rest[after.end():]  # "Tribratanews.sulteng.polri.go.id – Palu. Direktorat"
        return "", credits, rest  # "KOMPAS.com - ...": an outlet, no place
    if not places or not all(_looks_like_place(p) for p in places) \
            or places[0].split()[0].casefold() in lexicon.weekdays:
        return None  # ("Rabu, 17 September 2025 - 16:12 WIB | Penulis: ...": a date line, no place)
    return ", ".join(places), credits, text[dash.end():]


_TITLED_PLACE_DASH = re.compile(r"(?P<head>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s*(?:--|[-–—])\s*(?=[A-Z])")  # "| Banda Aceh -"
def _answers_labelled(head: str, lines: list[Line]) -> bool:
    """Whether several lines of the page open with the same name and a colon ("Tavares: ..."): an
    interview's answers, not a dateline."""
    return sum(line.text.startswith(head + ":") for line in lines) >= 2


def _a_date_stamp(text: str, lexicon: Lexicon) -> bool:
    """Whether text (up to a bar) is a short date stamp ("Sabtu, 19 Desember 2026 - 11:48 Wita"), not a
    lead sentence opening with a month or a weekday ("March was the wettest month ...")."""
    stamp = text.split(" | ")[0]
    return _opens_with_a_date(stamp, lexicon) and len(stamp.split()) <= 8 and bool(re.search(r"\b\d{4}\b|\d[:.]\d\d", stamp))


def _opens_with_a_date(text: str, lexicon: Lexicon) -> bool:
    first = text.split(None, 1)[0].strip(",.").casefold() if text.strip() else ""  # ("Oct. 22, 2026")
    return first in lexicon.weekdays or first in lexicon.months or first[:1].isdigit()


# "SAMARINDA.NIAGA.ASIA", "PRAYA.lombokjournal.com": a place in capitals glued to the site's address
_PLACE_DOT_SITE = re.compile(r"(?P<place>[A-Z]{3,}(?: [A-Z]{3,})?)\.(?P<site>[A-Z][A-Z0-9-]+(?:\.[A-Z]{2,6})+"
                             r"|[a-z][a-z0-9-]+(?:\.[a-z]{2,6})+)")
_PLACE_FIRST = re.compile(r"([A-Z][A-Z]{2,}(?: [A-Z]{2,}){0,2})(?:[.,]\s+|\s*[-–—]\s*)(?=[A-Z])")  # "JAKARTA." / "YOGYA -"


def _is_credit(piece: str, lexicon: Lexicon) -> bool:
    lowered = piece.casefold()
    if piece.split(maxsplit=1)[:1] and piece.split(maxsplit=1)[0] in lexicon.press_offices:
        return True  # "Humas Bali", "Prokopim Setda Sikka": a press office, no place
    if _DOMAIN_SUFFIX.search(lowered):
        return True
    if _patterns(lexicon).outlets.match(lowered):
        return True
    return lowered in _patterns(lexicon).wires


def _looks_like_place(piece: str) -> bool:
    words = piece.split()
    return 1 <= len(words) <= 4 and all(word[:1].isupper() for word in words)


@dataclass
class _Zones:
    body_start: int
    tail_start: int


def _dateline_alone(text: str, lexicon: Lexicon) -> bool:
    """"Warta Ekonomi, Jakarta -" on its own line: a dateline whose lead follows below."""
    found = match_dateline(text, lexicon)
    return found is not None and bool(found[0]) and not found[2].strip()


def _after_header_dates(lines: list[Line], start: int, date_line, lexicon: Lexicon) -> int:
    """Where the body starts when a long line at ``start`` opens it: after the byline and date
    lines a few lines below, if any (that long line was the standfirst, not the lead)."""
    lead = match_dateline(lines[start].text, lexicon)
    if lead and len(_words(lines[start].text)) >= 12 and _ends_sentence(lines[start].text):
        return start  # "BANDUNG, KOMPAS.com - Pemerintah ...": a datelined lead opens the body, whatever follows
    for index in range(start + 1, min(start + 7, len(lines))):
        line = lines[index]
        # A date stamp, not a short lead with a date in it ("Banjir merendam rumah sejak Kamis (6/3) malam.")
        if line.label == BODY and (len(_words(line.text)) <= 12 or _byline_with_a_time(line.text, lexicon)) \
                and not _ends_sentence(line.text) and date_line(line.text):
            return next((later for later in range(index + 1, len(lines)) if lines[later].label == BODY
                         and (len(_words(lines[later].text)) >= 12 or _dateline_alone(lines[later].text, lexicon))),
                        start)
    return start


def _byline_with_a_time(text: str, lexicon: Lexicon) -> bool:
    """A byline with the date and time glued after it ("By Anastasia Wulandari | Editor: Ramdhan Saputra
    Selasa, 17 November 2026 10:45 WIBShare Facebook ..."): a header line however long."""
    prefix = _patterns(lexicon).byline_prefixes.match(text.casefold())
    # (not "By 10:30 a.m. on Monday, more than 2,000 people ...": a name follows the word)
    return prefix is not None and text[prefix.end():].lstrip(" :")[:1].isupper() and _CLOCK_TIME.search(text) is not None


def _caption_before_dateline(lines: list[Line], index: int, place: str, lexicon: Lexicon) -> bool:
    """Whether a line that opens like a dateline with words that name no known place ("BANJIR
    BANDANG -", "SELEBRASI -") is a Tribun-style photo caption: a true dateline with a known
    place opens one of the next seven lines."""
    text = lines[index].text.rstrip()
    # (a known place, unless the caption writes its words in lower case too: "SIDANG PARIPURNA - Suasana rapat
    # paripurna ...", words no name has, make a caption's label; "TRIBUNNEWS.COM, LOS ANGELES -": an outlet's lead)
    found = match_dateline(text, lexicon)
    lowered = set(re.findall(r"\b[a-z]+\b", text))
    label = any(word.casefold() in lowered for word in place.split())
    if not place or found and found[1] or _is_known_place(place.title(), lexicon) and not label or len(_words(text)) < 10 \
            or not (_ends_sentence(text) or text.endswith(")") or _CREDIT_AT_END.search(text)
                    or _CAPITALS_CREDIT.search(text) or is_caption(text, lexicon)):  # ("... Minggu (7/12). Foto: Istimewa")
        return False  # (a caption describes the photo in a sentence; "Wildan Noviansah - detikNews" is a byline)
    # (a summary box may stand between: "Ringkasan Berita:" and its points; not paragraphs of a story, nor a quotation)
    for offset, line in enumerate(lines[index + 1:index + 8]):
        if offset >= 3 and any(len(_words(between.text)) >= 25 or _QUOTE_MARK.search(between.text)
                               for between in lines[index + 1:index + 1 + offset]):
            break
        found = match_dateline(line.text, lexicon) if line.label in (BODY, BYLINE) else None
        if found and (found[1] or found[0] and _is_known_place(found[0].title(), lexicon)):
            # a known place, or a place with its outlet ("BANJARMASINPOST.CO.ID, MARTAPURA -"), or the outlet alone
            # ("BALIEXPRESS.ID – Hujan lebat ...")
            return True
    return False


_QUOTE_MARK = re.compile("[\"“”]")
# Words someone said, six or more, in quotation marks (not an event's name in a caption: "Operasi “Keselamatan Jaya 2025”")
_SPOKEN_QUOTATION = re.compile(r"[“\"](?:[^”\"\s]+\s+){5,}[^”\"]*[”\"]|[“\"][^”\"]{8,}[,.!?][”\"]")
# "... Senin (20/1). BANJARMASINPOST.CO.ID/MUHAMMAD SYAIFUL ANWAR": a credit in capitals closing a caption.
_CAPITALS_CREDIT = re.compile(r"[A-Z][A-Z.-]+/[A-Z][A-Z .'-]+$")


def _short_lead_before(lines: list[Line], start: int, date_line) -> int:
    """Where the body starts when it opens with short sentences ("A builder was jailed yesterday.")
    before its first long paragraph: at the sentences of eight words or more right above it, below
    the header's date line."""
    dated = [index for index, line in enumerate(lines[:start]) if line.label == DATELINE_DATE or
             line.label == BODY and date_line(line.text)]
    if not dated:
        return start
    while start - 1 > dated[-1] + 1 and lines[start - 1].label == BODY and _is_sentence(lines[start - 1].text) \
            and len(_words(lines[start - 1].text)) >= 8:
        start -= 1  # (the line right under the date line may be the standfirst: it stays in the header)
    return start


def _find_zones(lines: list[Line], lexicon: Lexicon, date_line=lambda _text: False) -> _Zones:
    """Where the body starts and where trailing boilerplate begins."""
    body_start = None
    undated_paragraphs = 0
    for index, line in enumerate(lines[:60]):
        if undated_paragraphs and is_tail_marker(line.text, lexicon):
            break  # "Berita Terkait" below a story begun without a dateline: the datelines after it open other stories
        if line.label != BODY:
            continue
        if _DATELINE_ALONE.match(line.text) and index + 1 < len(lines) and lines[index + 1].label == BODY and \
                len(_words(lines[index + 1].text)) >= 12 and not _looks_like_headline(lines[index + 1].text) \
                and not any(other.label == BYLINE or date_line(other.text) for other in lines[index + 2:index + 5]):
            # (a section label over the headline is no dateline: "MALAYSIA" / "Water supply to ..." / a byline, a date)
            # (not a site's name above its menu, nor a section's above the headline: "LINGKUNGAN")
            body_start = index
            break
        # A dateline opens the body, even before a one-sentence lead.
        found = match_dateline(line.text, lexicon)
        if found and found[0] and not _is_known_place(found[0], lexicon) and _answers_labelled(found[0], lines):
            found = None  # "Tavares: Secara fisik bagus." in an interview: who answers, no place
        if found and found[2].strip() and len(found[2].split()) <= 8 and date_line(found[2].strip()):
            found = None  # "Ahmad Syafi'i Rachman - 29 Januari 2026 - 16:45 WIB": a byline and its date, no place
        if found and undated_paragraphs >= 3 and not (found[0].isupper() and _is_known_place(found[0].title(), lexicon)):
            # below a story begun without one, "DISCLAIMER: The Views ..." opens nothing, nor "Jakarta - Sementara itu
            # ..." (only a place in capitals after teaser paragraphs: "AMBON -- Pemerintah Kota ...")
            found = None
        credited = found and found[0] and not _is_known_place(found[0].title(), lexicon) and is_caption(line.text, lexicon)
        if found and (credited or _caption_before_dateline(lines, index, found[0], lexicon)):
            # ("RETAK: Petugas BPBD mengukur retakan tanah ... FOTO: RIZAL MULYANA/PASUNDAN EKSPRES": a credited caption)
            line.label = CAPTION  # "BANJIR BANDANG - Warga membersihkan lumpur ...", then "TRIBUNJATIM.COM, JEMBER -"
            continue
        if found and (len(_words(line.text)) >= 12 or _is_sentence(line.text)
                      or found[2].strip() and index + 1 < len(lines) and _wrapped_from(line.text, lines[index + 1].text)):
            body_start = index  # (a lead hard-wrapped after a few words: "Sentani – Kasus malaria ... 31 persen" / "sepanjang ...")
            break
        if found and not found[2].strip() and _next_is_lead(lines, index):
            body_start = index  # the dateline alone on its line, the lead below
            break
        if not found and len(_words(line.text)) >= 20 and _is_sentence(line.text):
            undated_paragraphs += 1
    if body_start is None:
        for index, line in enumerate(lines):
            if line.label == BODY and len(_words(line.text)) >= 20:
                body_start = _short_lead_before(lines, index, date_line)
                break
    if body_start is None:
        body_start = next((i for i, line in enumerate(lines) if line.label == BODY and _is_sentence(line.text)),
                          len(lines))
    if body_start < len(lines):
        # "HUKUM" above the headline, "OJK: Kredit Tumbuh ..." as the headline: no dateline when
        # the header's date line comes after it.
        body_start = _after_header_dates(lines, body_start, date_line, lexicon)
    tail_start = len(lines)
    for index in range(body_start + 1, len(lines)):
        if is_tail_marker(lines[index].text, lexicon):
            resumes = _article_resumes_after(lines, index)
            if resumes is None:
                tail_start = index
                break
            for line in lines[index:resumes]:
                line.label = BOILERPLATE  # "Read next" and its one headline, set inside the article
    return _Zones(body_start, tail_start)


def _article_resumes_after(lines: list[Line], marker: int) -> int | None:
    """Where the article goes on after a tail marker set inside it ("Read next", one headline, then
    more of the story): three paragraphs of prose in a row within five lines of the marker. A list
    of related stories alternates headlines and teasers, so it never shows three in a row."""
    for start in range(marker + 1, min(marker + 6, len(lines))):
        following = lines[start:start + 3]
        if len(following) == 3 and all(line.label == BODY and _is_paragraph(line.text) for line in following):
            return start
    return None


def _is_paragraph(text: str) -> bool:
    return len(_words(text)) >= 15 and _ends_sentence(text)


def _next_is_lead(lines: list[Line], index: int) -> bool:
    following = next((line for line in lines[index + 1:] if line.label == BODY), None)
    return following is not None and len(_words(following.text)) >= 12


def _label_furniture(lines: list[Line], lexicon: Lexicon) -> None:
    for line in lines:
        line.label = _furniture_label(line.text, lexicon)


@lru_cache(maxsize=16384)
def _furniture_label(text: str, lexicon: Lexicon) -> str:
    """Byline, boilerplate, caption or body, judged from the line alone (memoised: sites repeat
    their furniture on every page)."""
    lowered, words = text.casefold(), len(text.split())
    if _is_byline(text, lowered, words, lexicon):
        return BYLINE
    if _is_boilerplate(text, lowered, words, lexicon):
        return BOILERPLATE
    if _is_caption(text, lowered, words, lexicon) and not (words >= 12 and _dateline_with_place(text, lexicon)):
        return CAPTION
    return BODY


def _is_known_place(name: str, lexicon: Lexicon) -> bool:
    """A place the language file knows: a listed place, or words that never name a person ("Jakarta")."""
    return name in lexicon.places or name in lexicon.countries or all(word in lexicon.not_names for word in name.split())


def _dateline_with_place(text: str, lexicon: Lexicon) -> bool:
    """Whether a line opens with a dateline naming a place: a lead, even if it ends with a credit.
    A masthead alone ("SOLOPOS.COM - Warga berebut ... (Solopos/Nicolous Irawan)") opens a caption."""
    found = match_dateline(text, lexicon)
    # "Ilustrasi - Warga memasukkan surat suara ...": a caption marker, not a place
    if found is None or not found[0] or found[0].casefold() in lexicon.caption_markers:
        return False
    # "PANTAU HARGA: Pedagang menata cabai ... (ARDI SETYO NUGROHO/RADAR JOGJA)": a caption's label before a
    # photographer's credit, unless it names a place the language file knows or an outlet
    return not _PHOTOGRAPHER_CREDIT.search(text) or bool(found[1]) or _is_known_place(found[0].title(), lexicon)


# '"Keberadaan TNI ... membutuhkan," ujar Kasdam ...': a quotation and its attribution, a paragraph of the story.
_ATTRIBUTED_QUOTE = re.compile(r"[\"“].{10,}?[,.!?][\"”] [a-z]")


# "UNDER WATER: Vashti Rampersad, 62, stands ...": a caption's label in capitals.
_CAPTION_LABEL = re.compile(r"[A-Z][A-Z'’ -]{2,30}: ")


def _mark_trails_over_headlines(lines: list[Line], lexicon: Lexicon) -> None:
    """A trail from the home page closed by a headline the page gives again on a line of its own ("Home / Cities /
    Bengaluru News / Bengaluru's Pink Line ...") is furniture, however long (no body starts there)."""
    texts = {line.text for line in lines}
    for line in lines:
        parts = _TRAIL_SEPARATOR.split(line.text)
        home = parts[0].strip().casefold() in lexicon.menu_words  # ("Home / <headline>": two parts from a menu's item)
        if (len(parts) >= 3 or len(parts) == 2 and home) and line.label == BODY and parts[-1] in texts \
                and len(parts[0]) <= 20:
            line.label = BOILERPLATE


_TRAIL_SEPARATOR = re.compile(r"\s[/»›>|-]\s")


def _mark_caption_neighbours(lines: list[Line], stop: int, lexicon: Lexicon) -> None:
    """A line followed by a bare photo credit ("Foto: ...") is the caption it credits."""
    captions = {line.text for line in lines if line.label == CAPTION}
    # The page's first line of four words or more (menus and site names are shorter) is its
    # headline, whatever follows it: BBC pages put the lead photo's credit right under it.
    content_seen = False
    headline = None
    for index, line in enumerate(lines[:stop]):
        if line.label != BODY:
            content_seen = content_seen or line.label != BOILERPLATE
            continue
        if not content_seen:
            content_seen = len(_words(line.text)) >= 4
            if content_seen:
                headline = line.text
                continue
        if line.text == headline:
            continue  # the headline again over the lead photo's credit: the photo's alt text, not its caption
        following = lines[index + 1] if index + 1 < len(lines) else None
        # (a credit may be furniture too: "Photo: DEXTER PHILIP" under "UNDER WATER: Vashti Rampersad, 62, stands ...")
        credit = following and (following.label == CAPTION or following.label == BOILERPLATE
                                and _CAPTION_LABEL.match(line.text) and is_caption(following.text, lexicon))
        # (a caption is short: a paragraph of forty words over a writer's tag "(Diskominfo Taput/HS)" is the story's)
        # (nor the date line over a photo's credit: "February 12, 2026 | 12:33 am" / "BW FILE PHOTO")
        if credit and len(_words(following.text)) <= 6 and len(_words(line.text)) <= 35 \
                and not _a_date_stamp(line.text, lexicon) \
                and not _ATTRIBUTED_QUOTE.match(line.text) and not _SPOKEN_QUOTATION.search(line.text):
            # (a story's last quote, then its source in brackets: "... menegaskan: “Seluruh ...”" / "(MA/hms)")
            line.label = CAPTION
            captions.add(line.text)
    for line in lines:
        if line.label == BODY and line.text in captions:
            line.label = CAPTION


_CREDIT_IN_BRACKETS = re.compile(r"\s*\([^()]{1,40}\)\s*")


def _title_score(index: int, line: Line, lines: list[Line], texts: list[str], lexicon: Lexicon) -> float:
    words = _words(line.text)
    score = 0.0
    # ("KEMENTERIAN AGAMA REPUBLIK INDONESIA", "BNPB" / "Badan Nasional Penanggulangan Bencana": named again in the footer)
    masthead = index <= 2 and len(words) <= 5
    # ("X | Kompas.com" repeats "X"; not "Hari Perikanan Sedunia 2026: Nelayan ...", the headline a label opens)
    # Echoes that make no repeated headline: the site's name in its footer only ("LPPL RADIO LUHAK NAN TUO 102.5 FM"),
    # a menu's section above the date line ("Hukum & Kriminal")
    echo_of_furniture = len(words) <= 8 and sum(other.text.startswith(line.text) for other in lines) == 1 \
        or len(words) <= 3 and any(other is not line and other.text == line.text and other.label == BOILERPLATE
                                   for other in lines)
    # (not a photo's caption given again with its credit: "... in the Commons on Tuesday" / "... on Tuesday (PA Wire)")
    if not masthead and not echo_of_furniture and (texts.count(line.text) > 1 or any(t != line.text and t.startswith(line.text)
                                                           and not t[len(line.text):].startswith(":")
                                                           and not _CREDIT_IN_BRACKETS.fullmatch(t[len(line.text):])
                                                           for t in texts)
                         or _repeated_in_other_case(line.text, texts)):
        score += 2  # ("CEBU City Council approves ..." repeats "Cebu City council approves ...")
    following = next((other for other in lines[index + 1:] if other.label != BOILERPLATE), None)
    if following is not None and (following.label == DATELINE_DATE or following.label == BYLINE
                                  and _patterns(lexicon).byline_prefixes.match(following.text.casefold().replace(" :", ":"))):
        score += 1  # ("Ditulis oleh: ..." under the headline stands where a date line would)
    elif len(words) >= 4 and following is not None and following.label == BODY and _is_title_candidate(following) \
            and _within(lines, index, following, 3) \
            and (len(_words(following.text)) > len(words) or len(words) >= 8 and len(_words(following.text)) >= 6
                 and not _reads_like_furniture(line.text, words, lexicon)) \
            and _followed_by_date(following, lines) \
            and not _names_in_a_row(line.text, words) and not _looks_like_headline(following.text):
        score += 1.5  # a headline, then its standfirst (longer, in sentence case), then the date line
    if line.text.endswith("."):
        score -= 2
    elif len(words) >= 8 and following is not None and following.label == BODY and _within(lines, index, following, 1) \
            and len(_words(following.text)) >= 8 and _looks_like_headline(line.text) \
            and not _looks_like_headline(following.text) and not _names_in_a_row(line.text, words):
        score += 2  # headline case, over the standfirst and the key points in sentence case under it
    if _desk_under_a_name(index, lines):
        score -= 3  # "West of Ireland Correspondent" under "Pádraig Ó Dónaill": the reporter's desk
    if _NAME_WITH_DESK.fullmatch(line.text.strip()) and any(len(_words(other.text)) >= 6 for other in lines[max(0, index - 3):index]):
        score -= 3  # "Kieran Ashworth Political Correspondent" under the headline and its standfirst: the byline
    if _names_in_a_row(line.text, words) and _repeats_a_word(words):
        score -= 2  # "Bola Indonesia Liga Inggris Liga Italia ... Klasemen": a menu, however it reads
    if len(words) > 20:
        score -= 1.5
    if len(words) <= 3:
        score -= 1.5  # "Fahmi W Bahtiar", "Koran Ekonomi Bali": a name or a tagline above the date line
    menu = lines[index + 1:index + 5]
    if index <= 2 and len(menu) == 4 and all(other.label == BOILERPLATE for other in menu) \
            and sum(other.text.casefold() in lexicon.menu_words or len(other.text.split()) == 2
                    and other.text.casefold().split()[-1] in lexicon.menu_words for other in menu) >= 2:
        # "Media Online Suara Kaum Tak Bersuara", "Kementerian Pekerjaan Umum Republik Indonesia" over the site's menu
        # ("HOME", "OPINI", "Local News"): its tagline or its name, whatever follows the menu
        score -= 3
    return score - index * 0.01


_TRAIL_BEFORE_TITLE = re.compile(r"^(?:[^»›\n]{1,40}\s[»›]\s)+")


def _without_breadcrumb(title: str) -> str:
    """A headline without the breadcrumb scraped onto its line ("Beranda » Siaran Pers » Hari HAM ...")."""
    trail = _TRAIL_BEFORE_TITLE.match(title)
    rest = title[trail.end():] if trail else title
    return rest if trail and len(rest.split()) >= 4 else title


_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+(?P<site>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})$")


def _without_site_name(title: str, texts: list[str]) -> str:
    """A headline without the site's name a browser title adds ("... Kapal Pembuang | Ocean Week"),
    when the page names the site again ("© 2026 Ocean Week", "Tanjungpinang (Ocean Week) –")."""
    suffix = _SITE_SUFFIX.search(title)
    if suffix and any(_names_the_site(text, suffix.group("site")) for text in texts if text != title):
        return title[:suffix.start()]
    return title


def _names_the_site(text: str, site: str) -> bool:
    """Whether a line names a site as sites are named: alone, in brackets after a dateline, or in a
    copyright line (not "Aceh Tamiang" in a sentence of the body)."""
    return text.strip() == site or f"({site})" in text or site in text and ("©" in text or "opyright" in text)


def _repeated_in_other_case(text: str, texts: list[str]) -> bool:
    if len(text) < 20:
        return False
    folded = text.casefold()
    return sum(other.casefold() == folded for other in texts) > 1


def _names_in_a_row(text: str, words: list[str]) -> bool:
    """"Esai Liputan Otomojok Konter Malam Jumat Podcast", "Cebu Davao ... Cagayan de Oro Zamboanga":
    six or more capitalised words, no punctuation, no sentence: a menu, however its items read."""
    return len(words) >= 6 and not _MENU_PUNCTUATION.search(text) and sum(word[:1].islower() for word in words) <= 1


def _repeats_a_word(words: list[str]) -> bool:
    """Whether a word of three letters or more comes back ("Liga Inggris Liga Italia"): a menu's items."""
    long_words = [word.casefold() for word in words if len(word) >= 3]
    return len(set(long_words)) < len(long_words)


def _within(lines: list[Line], index: int, other: Line, distance: int) -> bool:
    """Whether ``other`` stands at most ``distance`` lines below line ``index`` (a standfirst sits under its headline,
    not under a player's "Keyboard shortcuts for audio player" and a dozen menu items)."""
    return any(line is other for line in lines[index + 1:index + 1 + distance])


def _reads_like_furniture(text: str, words: list[str], lexicon: Lexicon) -> bool:
    """A line over a headline that reads as the site's, not the story's: a label with a colon ("Previous story: ...",
    "Exclusive: ...") or a tagline naming the site's menu words ("Breaking news and analysis from across ...")."""
    return ":" in text[:25] or any(word.casefold() in lexicon.menu_words for word in words)


def _followed_by_date(line: Line, lines: list[Line]) -> bool:
    at = next(index for index, other in enumerate(lines) if other is line)
    following = next((other for other in lines[at + 1:] if other.label != BOILERPLATE), None)
    return following is not None and following.label in (DATELINE_DATE, BYLINE)


def _is_title_candidate(line: Line) -> bool:
    words = _words(line.text)
    first = line.text[:1]
    # ("[LIVE] Banjir Sintang Hari Ini: ...": a label in brackets may open a headline)
    # ("(LEAD) Record 49 elementary schools to close ...": a wire's label in brackets too)
    first = first if first not in "[(" else re.sub(r"^[\[(][^\])]{1,12}[\])]\s*", "", line.text)[:1]
    return (line.label == BODY and 3 <= len(words) <= 30 and (first.isupper() or first.isdigit() or first in "“\"‘'")
            and line.text.count(" | ") < 2  # ("Batu Times | Jember Times | Banyuwangi Times": a menu)
            and not _TICKER_ARROW.search(line.text)  # ("HARGA NIKEL LME: US$15.420/ton ▲0,8%": a price ticker)
            and not line.text.endswith((",", ":", ";")) and not (len(words) <= 7 and _is_label_pair(line.text)))


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z'-]+")
_TICKER_ARROW = re.compile(r"[▲▼△▽↑↓]\s*\d")
# Indonesian verbs by their suffix ("Tundukkan", "Resmikan"): a headline's words, no name's (not "ber-": "Bernadette").
_VERB_FORM = re.compile(r"^[a-z]{4,}kan$")
_NAME_WORD = re.compile(r"^[A-Z][a-z'’-]+$|^[A-Z]\.?$")


def _mark_author_names(header: list[Line], lines: list[Line], lexicon: Lexicon) -> None:
    """A bare name above the date line is the author ("Doni Hermawan Nainggolan"), not the
    headline: two to four capitalised words the page never writes in lower case."""
    worded = [line for line in header if any(char.isalnum() for char in line.text)]  # ("Name", "-", "December 3, 2024")
    lowercase = None  # the page's words in lower case, gathered only if a line stands above the date line
    masthead = worded[0].text if worded and len(_words(worded[0].text)) <= 4 else None
    for line, following in zip(worded, worded[1:]):
        if line.text.strip().casefold().rstrip(": ") in _bare_byline_labels(lexicon) and following.label == BODY \
                and len(_words(following.text)) <= 8:
            following.label = BYLINE  # "By" alone on its line, then "Liam Thompson Local Democracy Reporter"
            continue
        with_place = _BYLINE_WITH_PLACE.match(line.text)
        if line.label == BODY and following.label == DATELINE_DATE and with_place \
                and _is_known_place(with_place.group("place").title(), lexicon) \
                and not _is_credit(with_place.group("place"), lexicon):  # (not "Ahmad Fauzi - ANTARA", "... - AFF")
            line.label = BYLINE  # "Cansu Erdem - ANKARA": the reporter and where she files from
            continue
        if line.label == BODY and following.label == DATELINE_DATE and masthead and line is not worded[0] \
                and line.text.endswith(masthead) and line.text[-len(masthead) - 1:-len(masthead)].isalpha() \
                and len(_words(line.text)) <= 8:  # (glued, no space: not "Istana Bantah Laporan Investigasi Tempo")
            line.label = BYLINE  # "Jessica Page-TranThe West Australian": the reporter glued to the paper's name
            continue
        if line.label == BODY and following.label == DATELINE_DATE and masthead and line is not worded[0] \
                and line.text.startswith((masthead + "’s ", masthead + "'s ")):
            line.label = BYLINE  # "Thai PBS World's Northern Bureau" under the headline: the site's own desk
            continue
        if line.label == BODY and following.label == DATELINE_DATE:
            if lowercase is None:
                lowercase = {word for other in lines for word in _LOWER_WORD.findall(other.text)}
            if _names_only(line.text, lowercase):
                line.label = BYLINE


@cache
def _bare_byline_labels(lexicon: Lexicon) -> frozenset[str]:
    """The one-word byline labels ("by", "oleh", "penulis"), as they stand alone on a line above the name."""
    return frozenset(prefix.strip().rstrip(":") for prefix in lexicon.byline_prefixes if " " not in prefix.strip())


# "Cansu Erdem - ANKARA": a reporter's name, then the place in capitals she files from.
_BYLINE_WITH_PLACE = re.compile(r"^(?:[A-Z][\w'’.-]+\s){1,3}[A-Z][\w'’.-]+\s+[-–—]\s+(?P<place>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+){0,2})$")
# "Hannah Crosby in Nairobi and Kamal Osman Idris in Port Sudan": names, each perhaps with a place.
_NAME_SEPARATOR = re.compile(r",\s+|\s+(?:and|dan|&)\s+")
_NAME_PLACE = re.compile(r"\s+(?:in|di)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")


def _names_only(text: str, lowercase: set[str]) -> bool:
    """Whether a line is one name or a few ("A and B", "A in Nairobi and B in Port Sudan"): two to
    four capitalised words each, which the page never writes in lower case."""
    names = [_NAME_PLACE.sub("", part) for part in _NAME_SEPARATOR.split(text.strip())]
    if len(names) >= 2 and len(names[-1].split()) == 1 and text.rstrip().rsplit(",", 1)[-1].strip() == names[-1]:
        names = names[:-1]  # "Ibrahim Adamu Dankano, Kano": the reporter, then where he files from
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 4 or not all(_NAME_WORD.match(word) for word in words) \
                or any(word.casefold() in lowercase or _VERB_FORM.match(word.casefold()) for word in words):
            return False
    return len(names) <= 4


_CLOCK_TIME = re.compile(r"(?<![\d.])[0-2]?\d[:.][0-5]\d(?![\d.])")


_STAMP_SEPARATOR = re.compile(r" [|·•] ")  # "Diterbitkan 09 Nov 2026 · 5 menit baca"


def _label_header(page: Page, zones: _Zones, lexicon: Lexicon, date_line) -> None:
    lines = page.lines
    header = lines[: zones.body_start]
    for line in header:
        if line.label == BODY and date_line(line.text):
            line.label = DATELINE_DATE
        elif line.label == BOILERPLATE and _CLOCK_TIME.search(line.text) and date_line(line.text) \
                or line.label in (BODY, BOILERPLATE) and _STAMP_SEPARATOR.search(line.text) \
                and any(date_line(part) for part in _STAMP_SEPARATOR.split(line.text)):
            # "Sumber: Xinhua | 2025-03-12 19:48:05 | Editor: Wu Yuelin", "Redaksi Ekora NTT | 16 November 2026 |
            # 0 Komentar", "Kamis, 26 November 2026 | Perwakilan ... | Dibaca: 318 Kali": a stamp among labels
            line.label = DATELINE_DATE
    _mark_navigation_runs(lines, zones.body_start)
    _mark_author_names(header, lines, lexicon)
    texts = [line.text for line in lines]
    candidates = [(i, line) for i, line in enumerate(header) if _is_title_candidate(line)
                  and not _patterns(lexicon).time_ago.fullmatch(line.text.strip())]
    if candidates:
        index, best = max(candidates, key=lambda c: _title_score(c[0], c[1], header, texts, lexicon))
        best.label = TITLE
        page.title = _without_site_name(_without_breadcrumb(best.text), texts)
        for other in lines:
            if other is not best and other.text == best.text:
                other.label = BOILERPLATE
        before = [line for line in header[:index] if line.label == BODY]
        if before and len(_words(before[-1].text)) <= 3:
            before[-1].label = SECTION
            page.section = before[-1].text
        for line in before:
            if line.label == BODY:
                line.label = BOILERPLATE
    for line in header:
        if line.label != BODY:
            continue
        if page.standfirst is None and page.title is not None and len(_words(line.text)) >= 5:
            line.label = STANDFIRST
            page.standfirst = line.text
        elif len(_words(line.text)) <= 3 and page.section is None and page.title is not None:
            line.label = SECTION
            page.section = line.text
        else:
            line.label = BOILERPLATE


@cache
def _inline_links(lexicon: Lexicon) -> re.Pattern[str]:
    """"(Baca juga: ...)" inside a paragraph: a link, not content."""
    markers = "|".join(re.escape(m) for m in sorted(lexicon.link_markers, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"\s*[(\[]\s*(?:{markers})\s*:[^)\]]*[)\]]", re.IGNORECASE)


def _looks_like_headline(text: str) -> bool:
    """A line in headline case with no closing full stop ("Polisi Tangkap Dua Pelaku di Bekasi")."""
    if _ends_sentence(text):
        return False  # most body lines: checked first, it is the cheapest test
    words = _words(text)
    if not 4 <= len(words) <= 24:
        return False
    long_words = [word for word in words if len(word) >= 4 and word[0].isalpha()]
    capitalised = sum(word[0].isupper() for word in long_words)
    return len(long_words) >= 3 and capitalised >= 0.8 * len(long_words)


def _mark_tag_runs(lines: list[Line], zones: _Zones) -> None:
    """Three or more very short lines in a row after the body's last prose ("penipuan", "arisan
    online", "jakarta selatan"): the page's tags. A list the article introduces ("Berikut daftar
    harganya:") or that prose follows is content."""
    zone = lines[zones.body_start: zones.tail_start]
    prose = [index for index, line in enumerate(zone) if line.label == BODY and _ends_sentence(line.text)]
    if not prose:
        return
    # (widget lines already known as furniture count in the run: "Edited by ...", "Feedback: ...", "Facebook", "X")
    run = [line for line in zone[prose[-1] + 1:] if line.label in (BODY, BOILERPLATE)]
    short = [line for line in run if len(line.text) < 60 and 0 < len(_words(line.text)) <= 4
             and not _ends_sentence(line.text)]
    if len(short) >= 3 and len(short) == len(run) and not zone[prose[-1]].text.rstrip().endswith(":"):
        for line in run:
            line.label = BOILERPLATE


def _mark_headline_runs(lines: list[Line], zones: _Zones) -> None:
    """Two or more headlines in a row inside the body are a list of links to other stories, whatever
    (or whether) a marker announces them; a lone one is a crosshead and stays."""
    run: list[Line] = []
    previous = ""
    for line in lines[zones.body_start + 1: zones.tail_start] + [Line("", BOILERPLATE)]:
        if line.label == BODY and _looks_like_headline(line.text):
            if run or not previous.endswith(":"):
                run.append(line)
            continue  # (a list the article introduces with a colon is its content, every item of it)
        previous = line.text.rstrip()
        if line.label in (CAPTION, BOILERPLATE) and run and line.text:
            continue  # a photo credit or a label between two headlines does not end the list
        if len(run) >= 2:
            for item in run:
                item.label = BOILERPLATE
        run = []


def _outlet_above_a_dateline(text: str, following: list[Line], lexicon: Lexicon) -> bool:
    """"NERACA" alone, then "Ambon – Nilai ekspor ...": a name that is no place, above the lead's own dateline,
    is the paper's."""
    if not following or _is_known_place(text.strip().rstrip(":").title(), lexicon):
        return False
    found = match_dateline(following[0].text, lexicon)
    return found is not None and bool(found[0]) and _is_known_place(found[0].title(), lexicon)


def _label_body(page: Page, zones: _Zones, lexicon: Lexicon) -> None:
    lines = page.lines
    _mark_headline_runs(lines, zones)
    _mark_tag_runs(lines, zones)
    for line in lines[zones.tail_start:]:
        line.label = BOILERPLATE
    first = True
    body = lines[zones.body_start: zones.tail_start]
    for at, line in enumerate(body):
        if line.label != BODY:
            continue
        if page.title is not None and line.text == page.title:
            line.label = BOILERPLATE
            continue
        text = line.text
        if first:
            if _DATELINE_ALONE.match(text) and (_is_credit(text.strip(), lexicon)
                                                or _outlet_above_a_dateline(text, body[at + 1:at + 2], lexicon)):
                page.dateline_credits = [text.strip()]  # "PTI" alone above the lead: the wire, not a place
                continue
            first = False
            alone = _DATELINE_ALONE.match(text)
            if alone and alone.group("filed") and alone.group("filed").split()[1].rstrip(".").casefold() not in lexicon.months:
                alone = None  # "NBA FINALS, GAME 7": a kicker, no place and day
            if alone:
                page.dateline = text[:alone.start("filed")] if alone.group("filed") else text.strip().rstrip(":")  # ("MANCHIONEAL, Portland:")
                page.dateline_text = text
                line.label = DATELINE_DATE
                continue
            found = match_dateline(text, lexicon)
            if found:
                page.dateline, page.dateline_credits, text = found
                page.dateline, page.dateline_credits = _masthead_out_of_place(page.dateline, page.dateline_credits, lines,
                                                                              lexicon)
                page.dateline = page.dateline or None
                page.dateline_text = line.text[: len(line.text) - len(text)].strip()
                if page.dateline and not _is_known_place(page.dateline, lexicon) and _answers_labelled(page.dateline, lines):
                    page.dateline = page.dateline_text = None  # "Tavares: Ya, ..." in an interview: who answers
                    text = line.text
        if _NAME_TAG.match(text.strip()):
            line.label = BOILERPLATE
            continue
        # Both patterns need a bracket: most paragraphs skip them.
        if "(" in text or "[" in text:
            text = _inline_links(lexicon).sub("", text)
            if text.rstrip().endswith(")"):
                text = _EDITOR_TAG.sub("", text)
        text = text.strip()
        if text and page.paragraphs and _wrapped_from(page.paragraphs[-1], text):
            page.paragraphs[-1] += " " + text  # a line hard-wrapped inside a sentence: one paragraph
        elif text:
            page.paragraphs.append(text)


_LINE_END = re.compile(r"[.!?:;\"”’')\]]\s*$")
_QUOTE_THEN_COMMA_END = re.compile(r"[,!?][\"”]\s*$")


def _wrapped_from(previous: str, line: str) -> bool:
    """Whether ``line`` goes on with the sentence ``previous`` broke off ("... dibahas dalam" / "para-para adat."),
    or names who said the quotation ``previous`` closed with a comma ('..., tes darah gratis,"' / "ujar Maria.")."""
    first = line.split(None, 1)[0] if line.strip() else ""
    bare = first.rstrip(".,;:!?\"”")
    if not (bare.replace("-", "").isalpha() and bare.islower()) or first.endswith(".") and len(bare) <= 3:
        return False  # ("iPhone 16 mulai dijual", "dr. Siti Aminah": a new paragraph; "anak-anak" goes on)
    # (a line without a full stop is cut off only if long or inside a quotation: "Harga cabai di pasar
    # tradisional" is a crosshead; '"Kami akan terus' / 'berjuang," kata Budi' is one sentence)
    open_quote = previous.count("“") > previous.count("”") or previous.count('"') % 2 == 1
    return not _LINE_END.search(previous) and (len(previous.split()) >= 8 or open_quote) \
        or _QUOTE_THEN_COMMA_END.search(previous) is not None


def _masthead_out_of_place(place: str, credits: list[str], lines: list[Line], lexicon: Lexicon) -> tuple[str, list[str]]:
    """A dateline's part that is the site's name on its first line ("Ruteng, Floresa –" under
    "Floresa", "JABAR EKSPRES –" under "JABAR EKSPRES") credits the outlet; it is no place."""
    first = lines[0] if lines else None
    masthead = _letters(first.text) if first and first.label in (BOILERPLATE, SECTION) and len(first.text.split()) <= 4 \
        and not _is_known_place(first.text.strip().title(), lexicon) else ""
    parts = [part.strip() for part in (place or "").split(",")]
    if not masthead or not any(_letters(part) == masthead for part in parts):
        return place, credits
    kept = [part for part in parts if _letters(part) != masthead]
    return ", ".join(kept), credits + [part for part in parts if _letters(part) == masthead]


def _letters(text: str) -> str:
    return re.sub(r"[\W_]", "", text.casefold())


def _split_trailing_byline(text: str, lexicon: Lexicon) -> list[str]:
    """A byline glued after the last sentence of a paragraph ("... lainnya. Laporan: Redaksi")."""
    if ":" not in text[-80:]:
        return [text]
    lowered = text.casefold()
    for prefix in lexicon.byline_prefixes:
        if not prefix.endswith(":"):
            continue
        at = lowered.rfind(" " + prefix)
        if at > 0 and text[at - 1] in ".!?”\"" and len(_words(text[at:])) <= 8:
            return [text[:at].rstrip(), text[at:].strip()]
    return [text]


def segment(text: str, lexicon: Lexicon, date_line=None) -> Page:
    """Segment a page: label every line and collect title, dateline and body paragraphs.

    ``date_line`` tells whether a header line is a date line (the date extractor's test).
    """
    date_line = date_line or (lambda _text: False)
    lines = []
    for number, raw in enumerate(normalise(text).split("\n"), start=1):
        if raw:
            for piece in _split_trailing_byline(unglue_widgets(raw, lexicon), lexicon):
                lines.append(Line(piece, BODY, number))
    page = Page(lines)
    _label_furniture(lines, lexicon)
    _mark_trails_over_headlines(lines, lexicon)
    _mark_link_after_bare_marker(lines, lexicon)
    zones = _find_zones(lines, lexicon, date_line)
    _mark_caption_neighbours(lines, zones.tail_start, lexicon)
    _label_header(page, zones, lexicon, date_line)
    _mark_date_lines_by_bylines(lines, zones, date_line, lexicon)
    _label_body(page, zones, lexicon)
    if page.dateline and lines and _names_the_masthead(page.dateline, lines[0].text):
        # "Dream - Pemerintah dan Komisi VIII ..." under the masthead "Dream.co.id": the site's name, no place
        page.dateline_credits = [page.dateline, *page.dateline_credits]
        page.dateline = None
    if page.dateline is None:
        page.dateline = _place_on_date_line(page, lexicon) or _place_in_byline(page, lexicon) \
            or _place_signing_off(page, lexicon, date_line)
    return page


# "Jakarta, 22 September 2025": a place and a date alone on a line, as a press release signs off.
_PLACE_AND_DATE = re.compile(r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?), (?P<date>\S.{5,40})")


def _place_signing_off(page: Page, lexicon: Lexicon, date_line) -> str | None:
    """The place of a statement's sign-off near the end of the body ("Jakarta, 22 September 2025" over the
    signatories of a press release), for a page whose lead has no dateline."""
    body = [line for line in page.lines if line.label == BODY]
    for index in range(max(0, len(body) - 8), len(body)):
        line = body[index]
        found = _PLACE_AND_DATE.fullmatch(line.text.strip())
        if index and body[index - 1].text.rstrip().endswith(":"):
            continue  # "Lomba akan digelar di:" / "Surabaya, 20 Maret 2025": where and when an event is held
        if found and found.group("place").casefold() not in lexicon.weekdays \
                and _is_known_place(found.group("place"), lexicon) and date_line(found.group("date")):
            return found.group("place")
    return None


def _place_in_byline(page: Page, lexicon: Lexicon) -> str | None:
    """The place a byline names after the reporter ("Cansu Erdem - ANKARA"), for a story without a dateline."""
    for line in page.lines:
        found = _BYLINE_WITH_PLACE.match(line.text) if line.label == BYLINE else None
        if found and _is_known_place(found.group("place").title(), lexicon) and not _is_credit(found.group("place"), lexicon):
            return found.group("place")
    return None


def _names_the_masthead(place: str, masthead: str) -> bool:
    """Whether a dateline's place is the site's name its first line gives as a domain ("Dream" and "Dream.co.id")."""
    site = masthead.strip().casefold()
    return bool(_SITE_DOMAIN.fullmatch(site)) and site.split(".")[0] == place.casefold()


_SITE_DOMAIN = re.compile(r"[\w-]+(?:\.[a-z]{2,3}){1,2}")


def _mark_date_lines_by_bylines(lines: list[Line], zones: _Zones, date_line, lexicon: Lexicon) -> None:
    """A date line under or above a byline after the article ("Penulis: ..." / "Rabu, 18 November 2026 -
    17:42 WITA"): the page's date stamp, set at its foot, not a paragraph."""
    for index in range(zones.body_start + 1, len(lines)):
        line = lines[index]
        if line.label != BODY or not (lines[index - 1].label == BYLINE
                                      or index + 1 < len(lines) and lines[index + 1].label == BYLINE):
            continue  # (most lines: settled by their neighbours' labels)
        # (a stamp in brackets says what it is: "(Latest Update February 4, 2026)", not "(Kick-off: March 7, 2026)")
        lowered = line.text.casefold()
        bracketed = line.text.strip().startswith("(") and line.text.strip().endswith(")") \
            and any(marker in lowered for marker in (*lexicon.update_markers, *lexicon.stamp_labels))
        if (_CLOCK_TIME.search(line.text) or bracketed) and len(_words(line.text)) <= 10 \
                and date_line(line.text.strip().strip("()")):
            line.label = DATELINE_DATE  # (or a stamp in brackets: "By Times Reporters" / "(Latest Update February 4, 2026)")


# "Jakarta ● Thu, March 20, 2025": a place before the date on the date line.
_PLACE_BEFORE_DATE = re.compile(r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*[●•·|]\s*\S")


def _place_on_date_line(page: Page, lexicon: Lexicon) -> str | None:
    """The place a header date line opens or closes with, when the body opens with no dateline
    ("Published - October 02, 2025 08:15 pm IST - CHENNAI")."""
    for line in page.lines:
        if line.label != DATELINE_DATE:
            continue
        found = _PLACE_BEFORE_DATE.match(line.text)
        if found and _is_known_place(found.group("place"), lexicon):
            return found.group("place")
        closing = _PLACE_AFTER_DATE.search(line.text)
        if closing and _is_known_place(closing.group("place").title(), lexicon):
            return closing.group("place")
    return None


_PLACE_AFTER_DATE = re.compile(r"\d.*\s[-–—]\s(?P<place>[A-Z][A-Z .'-]{2,30})$")
