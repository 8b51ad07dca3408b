"""Language knowledge, loaded from one TOML file per language in ``warta/languages``.

Adding a language is adding a file: every key read here is listed at the top of ``en.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


# eq=False: lexicons are loaded once and compared (and cached on) by identity.
@dataclass(frozen=True, eq=False)
class Lexicon:
    """Everything warta knows about one language, with the regular expressions built from it."""

    code: str
    name: str
    stopwords: frozenset[str]
    months: dict[str, int]
    hijri_months: dict[str, int]  # "ramadan" -> 9: months of the Hijri calendar
    hijri_era: tuple[str, ...]  # "H" of "1448 H"
    holidays: dict[str, tuple[int, ...]]  # "natal" -> (12, 25): a holiday on a fixed day (and a shift), a date with its year
    holidays_alone: frozenset[str]  # "christmas": a date without its year too
    participle_suffixes: tuple[str, ...]  # "-ed" of "the programme launched in February": a clause about the past
    deadline_prepositions: frozenset[str]  # "by Saturday": ahead, unless the clause speaks of the past
    auxiliaries: frozenset[str]  # "be" of "would be moved by April": the participle is the main verb
    weekdays: dict[str, int]  # 0 = Monday
    weekday_prefix: tuple[str, ...]
    day_parts: tuple[str, ...]
    day_first: bool
    weekday_before: dict[str, str]  # word before a weekday -> "last" or "next"
    weekday_after: dict[str, str]  # word after a weekday -> "last" or "next"
    numbers: dict[str, int]
    month_context: tuple[str, ...]  # words after which a bare month name is a date
    period_modifiers: tuple[str, ...]  # "akhir" in "akhir Oktober": part of the expression
    since: frozenset[str]  # "sejak Januari": a month in the past
    future_markers: frozenset[str]  # "akan" in "akan digelar Sabtu": the date lies ahead
    future_prepositions: frozenset[str]  # "mulai" in "mulai Senin": ahead, only right before the date
    past_markers: frozenset[str]  # "saw" in "expected ... than we saw on Monday": nearer the date, it is behind
    recurring_markers: frozenset[str]  # "setiap" of "setiap Jumat": a habit, not a date
    range_connectors: frozenset[str]  # "hingga" of "Januari hingga Oktober 2025": the first month shares the year
    relative_clause_openers: frozenset[str]  # "yang" of "banjir yang kemarin": which one, not when
    verb_prefixes: tuple[str, ...]  # "di-" of "yang digelar kemarin": a verb, so a day after all
    term_explanations: tuple[str, ...]  # "yakni" after 'beras "kepala"': the term is being explained
    naming_verbs: frozenset[str]  # "menamai", "disebut": what something is called ...
    the_public: frozenset[str]  # ... by "warga", "residents": a name in use, not a quote
    statement_nouns: frozenset[str]  # "peringatan" in "demikian peringatan BMKG": a cue after an opener
    coordinators: frozenset[str]  # "namun" in "X ..., namun menilai “...”": the subject goes on
    names_in_use: frozenset[str]  # "disebut" in 'yang disebut "serangan fajar"': a name, not words said
    designating_verbs: frozenset[str]  # "menetapkan ... sebagai": a class's name is quoted
    reflexives: tuple[str, ...]  # "diri" in 'menamai diri "geng kunci T"': a name given to oneself
    institution_nouns: frozenset[str]  # "lembaga" in "tulis lembaga antirasuah itu": an institution speaks
    managing_words: frozenset[str]  # "Manajemen" in "Manajemen Bali United": those who run it, speaking for it
    document_verbs: tuple[str, ...]  # "read" in "“...,” the statement read": a document's words, its institution's
    day_prefixes: tuple[str, ...]  # "tanggal" in "tanggal 27": a day of the month follows
    slash_date_prepositions: tuple[str, ...]  # "pada" in "pada 26/2": a year-less day and month written with a slash
    earlier: tuple[str, ...]  # "Sebelumnya," opening a paragraph: what follows was said on an earlier, unstated day
    year_parts: tuple[str, ...]  # "kuartal" in "kuartal II/2026"
    month_parts: tuple[str, ...]  # "pekan" in "pekan kedua Januari", "weeks" in "the first two weeks of March"
    listing_month_context: frozenset[str]  # "yakni", "for": a month after them only before a lower-case word
    name_months: frozenset[str]  # "may": a month that is also a name, no date after a listing word
    plan_nouns: frozenset[str]  # "target" in "the December target": a month before it lies ahead
    record_nouns: frozenset[str]  # "numbers" in "the numbers from December": the month is where they come from
    dated_occasions: frozenset[str]  # "Ramadan 2026", "Easter 2026": a season or feast the year dates, not a name
    current_after: tuple[str, ...]  # "ini" in "November ini"
    units: dict[str, str]
    publication_phrases: tuple[str, ...]  # "berita ini diturunkan": the day dated after is publication's
    stamp_labels: tuple[str, ...]  # "Posted on": the date stamp they open is the header's date line
    subject_pronouns: frozenset[str]  # "kami" in "yang kemarin kami bedah": someone acted on that day
    day_names: frozenset[str]  # "Legi" in "Kamis Legi", "Agung" in "Jumat Agung": part of the weekday
    year_end_modifiers: tuple[str, ...]  # "akhir" in "akhir 2024": the year's last month
    ordinals: tuple[str, ...]  # "pertama", "II", "second": which part of a year
    year_part_links: tuple[str, ...]
    ordinal_first: bool  # "second quarter" (English) rather than "kuartal kedua" (Indonesian)  # "of" in "the second quarter of 2025"
    month_words: frozenset[str]  # "bulan" in "bulan Februari": part of the expression
    quantities: frozenset[str]  # "beberapa" in "beberapa hari ini": a span, not a day
    ago: tuple[str, ...]
    relative: dict[str, tuple[str, Any]]
    cues: frozenset[str]
    verbs: frozenset[str]
    participles: frozenset[str]  # "warning" in "with the council warning that it would “...”": a speech verb too
    pronouns: frozenset[str]
    speaking_pronouns: tuple[str, ...]  # "Ia" opening "Ia mengatakan ...": speaks for the person just named
    complementizers: tuple[str, ...]
    speaker_prefixes: frozenset[str]
    relatives: frozenset[str]  # words opening a relative clause ("yang", "who")
    passive_openers: tuple[str, ...]  # "Hal itu" in "“...” Hal itu disampaikan X"
    adverbs: frozenset[str]  # "lalu" in "Satria lalu menjawab"
    demonstratives: frozenset[str]  # "itu" closing "politikus itu": someone named before
    possessives: tuple[str, ...]  # "his"; "-nya" is a suffix
    titles: tuple[str, ...]
    not_names: frozenset[str]
    organization_heads: tuple[str, ...]
    alias_words: tuple[str, ...]  # "Joko Widodo atau Jokowi"
    abbreviations: frozenset[str]  # titles written with a period: "Prof.", "Hj."
    degrees: frozenset[str]  # "SH", "PhD" after a name
    branch_words: frozenset[str]  # "Cabang" of "GAPKI Cabang Riau": a branch, beside its place
    residents: frozenset[str]  # "warga" of "warga Rungkut": a one-word name after it is a place
    event_words: frozenset[str]  # "Festival Kopi Mongondow", "Kendal Food Festival": an event, no one
    group_words: frozenset[str]  # "Masyarakat" opening "Masyarakat Peduli Api": a group's name, no one's
    name_openers: frozenset[str]  # "I Gusti", "Ni Luh": a one-letter word that opens a name
    place_prepositions: frozenset[str]  # words before a place name ("di", "in")
    one_word_place_prepositions: frozenset[str]  # "to" of "exports to Kerala": before a one-word place
    person_nouns: frozenset[str]  # "bocah" of "Ones, bocah 10 tahun": a description of a person
    intermediaries: tuple[str, ...]  # "melalui" of "Pemkab Dogiyai melalui Bagian Protokol menyatakan": who speaks through whom
    nickname_after: tuple[str, ...]  # "sapaan akrabnya" of "ungkap Wulan, sapaan akrabnya": the name is a nickname
    short_words: dict[str, str]  # "Jabar" → "Jawa Barat", "Dinkes" → "Dinas Kesehatan": short words in institutions' names
    topic_words: tuple[str, ...]  # "tentang" in "UU Nomor 7 Tahun 2011 tentang Mata Uang": a law's title follows
    place_heads: frozenset[str]  # "Gunung": a run opening with one names a place
    place_tails: frozenset[str]  # "Bay": a run closing with one names a place
    places: frozenset[str]  # "Parigi Moutong": names of places that read like a person's name
    person_markers: frozenset[str]  # "oleh" in "dicetak oleh Timar Dilo": a person's name follows
    kin_nouns: frozenset[str]  # "daughter" in "whose daughter Nia": one given name after it is a person
    honour_verbs: tuple[str, ...]  # "bergelar" in "Afrizal bergelar Datuak ...": the name before holds a title
    thing_nouns: frozenset[str]  # "aplikasi" in "aplikasi Cek Bansos": the name after it is a thing's
    company_heads: frozenset[str]  # "PT" in "PT Astra Honda Motor": the rest of the run is the company's name
    organisation_connectors: tuple[str, ...]  # "dan" in "Kementerian Kelautan dan Perikanan (KKP)"
    organisation_of: tuple[str, ...]  # "of" in "Ministry of Foreign Affairs"
    mission_heads: tuple[str, ...]  # "Embassy": a mission whose name carries where it sits
    mission_seat_prepositions: tuple[str, ...]  # "in" of "Philippine Embassy in Hanoi"
    active_verb_prefixes: tuple[str, ...]  # "me-" in "Bima Arya meninjau": a subject acting, a person
    active_verbs: frozenset[str]  # "met" in "Donald Trump met Xi Jinping": the same, word by word
    linking_verbs: frozenset[str]  # "menjadi": a verb things take as well as people
    listener_verbs: frozenset[str]  # "told", "kepada" in "X told The Jakarta Post": the name after it listens
    term_markers: frozenset[str]  # "istilah" in 'istilah "honorer siluman"': a term is quoted, not speech
    unnamed_subjects: frozenset[str]  # "seorang" in "Seorang warga mengungkapkan": someone unnamed speaks
    institution_pronouns: frozenset[str]  # "it" in "“...,” it said": the institution last named
    articles: frozenset[str]  # "the" in "The Defense Ministry said": not part of the name
    copyright_markers: tuple[str, ...]  # "Hak Cipta", "©" before a footer's year
    menu_words: frozenset[str]  # "politik", "sport": a site's sections, in a menu on one line
    widget_words: frozenset[str]  # "share", "tweet", "email": a line of nothing else is a share bar
    outlet_words: tuple[str, ...]  # "Star" closing "Kristine Joy Mercado - The Philippine Star"
    press_offices: frozenset[str]  # "Humas" opening "Denpasar (Humas Bali) –": a government press office's credit
    company_departments: tuple[str, ...]  # "Departemen ... PT Timah Tbk": speaks for the company
    regional_networks: frozenset[str]  # "tribun" of "TRIBUNJAMBI.COM": the network's paper for Jambi
    field_labels: tuple[str, ...]  # "Category" in "Category: Hukum & Kriminal": a short field of the page's furniture
    numbered_units: frozenset[str]  # "Region" in "Bureau ... Region 6": the number is the name's
    titles_after_names: frozenset[str]  # "Dt." in "Syafrizal Dt. Rajo Mangkuto": the name ends before it
    dedication_words: frozenset[str]  # "Santa" in "Paroki Santa Maria de Fatima": the organisation's name
    organisation_kinds: frozenset[str]  # "group" in "the group Global Witness": the name after it is the group's
    named_after_heads: frozenset[str]  # "RSUD" in "RSUD Sultan Syarif Mohamad Alkadrie": a name after it is the place's
    name_particles: frozenset[str]  # "Al" in "Harun Al Rasyid": part of a name, not one alone
    particles_as_titles: frozenset[str]  # "Hi." opening "Hi. Thamrin": a title, not his name
    period_titles: frozenset[str]  # "Eng." in "Dr. Eng. Rahmat Hidayat": a title only with its period
    unit_titles: tuple[str, ...]  # "Kepala Bidang": the unit's name follows, not a person's
    place_before_title: bool  # "Springfield Mayor John Smith" (English) rather than "Wali Kota Bogor Dedie Rachim"
    titles_in_names: frozenset[str]  # "Hakim" in "Ridwan Hakim Siregar": a title that is also a name
    word_forms_not_names: re.Pattern[str] | None  # affixes no name has: "Perekonomian", "Mengadili"
    institution_speakers: tuple[str, ...]
    institutions: tuple[str, ...]
    countries: tuple[str, ...]
    boilerplate_prefixes: tuple[str, ...]
    boilerplate_markers: tuple[str, ...]
    link_markers: frozenset[str]
    tail_markers: frozenset[str]
    tail_prefixes: tuple[str, ...]  # "More from Reuters": a short line opening so ends the article
    glued_widgets: tuple[str, ...]
    byline_prefixes: tuple[str, ...]
    caption_markers: tuple[str, ...]
    update_markers: tuple[str, ...]
    outlets: dict[str, str]
    wires: tuple[str, ...]


@cache
def _language_codes() -> tuple[str, ...]:
    folder = resources.files("warta.languages")
    return tuple(sorted(entry.name.removesuffix(".toml") for entry in folder.iterdir()
                        if entry.name.endswith(".toml")))


def available_languages() -> list[str]:
    """Codes of the languages that have a resource file."""
    return list(_language_codes())



def _spellings(groups: list[list[str]]) -> dict[str, int]:
    return {spelling.casefold(): number for number, group in enumerate(groups, start=1)
            for spelling in group}


@cache
def load_lexicon(code: str) -> Lexicon:
    """The lexicon of language ``code`` (e.g. ``"id"``), read once per process."""
    path = resources.files("warta.languages") / f"{code}.toml"
    if not path.is_file():
        raise KeyError(f"no language resource file for {code!r} (have: {', '.join(available_languages())})")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    dates, quotes, actors, segment = data["dates"], data["quotes"], data["actors"], data["segment"]
    return Lexicon(
        code=data["language"]["code"],
        name=data["language"]["name"],
        stopwords=frozenset(data["language"]["stopwords"]),
        months=_spellings(dates["months"]),
        hijri_months=_spellings(dates.get("hijri_months", [])),
        hijri_era=tuple(dates.get("hijri_era", [])),
        holidays={name.casefold(): tuple(day) for name, day in dates.get("holidays", {}).items()},
        holidays_alone=frozenset(name.casefold() for name in dates.get("holidays_alone", [])),
        participle_suffixes=tuple(dates.get("participle_suffixes", [])),
        deadline_prepositions=frozenset(dates.get("deadline_prepositions", [])),
        auxiliaries=frozenset(dates.get("auxiliaries", [])),
        weekdays={spelling: number - 1 for spelling, number in _spellings(dates["weekdays"]).items()},
        weekday_prefix=tuple(dates.get("weekday_prefix", [])),
        day_parts=tuple(dates.get("day_parts", [])),
        day_first=bool(dates["day_first"]),
        weekday_before={k.casefold(): v for k, v in dates.get("weekday_before", {}).items()},
        weekday_after={k.casefold(): v for k, v in dates.get("weekday_after", {}).items()},
        numbers={k.casefold(): int(v) for k, v in dates.get("numbers", {}).items()},
        units={k.casefold(): v for k, v in dates.get("units", {}).items()},
        ago=tuple(dates.get("ago", [])),
        quantities=frozenset(dates.get("quantities", [])),
        month_words=frozenset(dates.get("month_words", [])),
        ordinals=tuple(dates.get("ordinals", [])),
        year_end_modifiers=tuple(dates.get("year_end_modifiers", [])),
        year_part_links=tuple(dates.get("year_part_links", [])),
        ordinal_first=bool(dates.get("ordinal_first", False)),
        day_names=frozenset(dates.get("day_names", [])),
        publication_phrases=tuple(dates.get("publication_phrases", [])),
        stamp_labels=tuple(label.casefold() for label in dates.get("stamp_labels", [])),
        subject_pronouns=frozenset(dates.get("subject_pronouns", [])),
        month_context=tuple(dates.get("month_context", [])),
        period_modifiers=tuple(dates.get("period_modifiers", [])),
        since=frozenset(dates.get("since", [])),
        earlier=tuple(word.casefold() for word in dates.get("earlier", [])),
        future_markers=frozenset(word.casefold() for word in dates.get("future_markers", [])),
        future_prepositions=frozenset(word.casefold() for word in dates.get("future_prepositions", [])),
        past_markers=frozenset(word.casefold() for word in dates.get("past_markers", [])),
        recurring_markers=frozenset(dates.get("recurring_markers", [])),
        range_connectors=frozenset(dates.get("range_connectors", [])) | {"", "-", "–", "—", "/"},
        relative_clause_openers=frozenset(dates.get("relative_clause_openers", [])),
        verb_prefixes=tuple(dates.get("verb_prefixes", [])),
        day_prefixes=tuple(dates.get("day_prefixes", [])),
        slash_date_prepositions=tuple(dates.get("slash_date_prepositions", [])),
        year_parts=tuple(dates.get("year_parts", [])),
        month_parts=tuple(dates.get("month_parts", [])),
        dated_occasions=frozenset(dates.get("dated_occasions", [])),
        plan_nouns=frozenset(dates.get("plan_nouns", [])),
        record_nouns=frozenset(dates.get("record_nouns", [])),
        listing_month_context=frozenset(dates.get("listing_month_context", [])),
        name_months=frozenset(dates.get("name_months", [])),
        current_after=tuple(dates.get("current_after", [])),
        relative={text.casefold(): (unit, offset) for text, (unit, offset) in dates.get("relative", {}).items()},
        cues=frozenset(word.casefold() for word in quotes["cues"]),
        verbs=frozenset(word.casefold() for word in quotes["verbs"]),
        participles=frozenset(word.casefold() for word in quotes.get("participles", [])),
        pronouns=frozenset(quotes["pronouns"]),
        speaking_pronouns=tuple(quotes.get("speaking_pronouns", [])),
        complementizers=tuple(quotes.get("complementizers", [])),
        speaker_prefixes=frozenset(quotes.get("speaker_prefixes", [])),
        relatives=frozenset(quotes.get("relatives", [])),
        passive_openers=tuple(sorted(quotes.get("passive_openers", []), key=len, reverse=True)),
        adverbs=frozenset(quotes.get("adverbs", [])),
        demonstratives=frozenset(quotes.get("demonstratives", [])),
        possessives=tuple(quotes.get("possessives", [])),
        titles=tuple(sorted(set(actors["titles"]), key=len, reverse=True)),
        not_names=frozenset(actors["not_names"]),
        organization_heads=tuple(actors["organization_heads"]),
        place_prepositions=frozenset(actors.get("place_prepositions", [])),
        one_word_place_prepositions=frozenset(actors.get("one_word_place_prepositions", [])),
        nickname_after=tuple(actors.get("nickname_after", [])),
        person_nouns=frozenset(actors.get("person_nouns", [])),
        intermediaries=tuple(quotes.get("intermediaries", [])),
        topic_words=tuple(actors.get("topic_words", [])),
        short_words=dict(actors.get("short_words", {})),
        place_heads=frozenset(actors.get("place_heads", [])),
        place_tails=frozenset(actors.get("place_tails", [])),
        places=frozenset(actors.get("places", [])),
        person_markers=frozenset(actors.get("person_markers", [])),
        kin_nouns=frozenset(actors.get("kin_nouns", [])),
        honour_verbs=tuple(actors.get("honour_verbs", [])),
        thing_nouns=frozenset(actors.get("thing_nouns", [])),
        company_heads=frozenset(actors.get("company_heads", [])),
        organisation_connectors=tuple(actors.get("organisation_connectors", [])),
        organisation_of=tuple(actors.get("organisation_of", [])),
        mission_heads=tuple(actors.get("mission_heads", [])),
        mission_seat_prepositions=tuple(actors.get("mission_seat_prepositions", [])),
        active_verb_prefixes=tuple(actors.get("active_verb_prefixes", [])),
        active_verbs=frozenset(actors.get("active_verbs", [])),
        linking_verbs=frozenset(actors.get("linking_verbs", [])),
        listener_verbs=frozenset(quotes.get("listener_verbs", [])),
        term_markers=frozenset(quotes.get("term_markers", [])),
        unnamed_subjects=frozenset(quotes.get("unnamed_subjects", [])),
        institution_pronouns=frozenset(quotes.get("institution_pronouns", [])),
        term_explanations=tuple(quotes.get("term_explanations", [])),
        naming_verbs=frozenset(quotes.get("naming_verbs", [])),
        the_public=frozenset(quotes.get("the_public", [])),
        reflexives=tuple(quotes.get("reflexives", [])),
        designating_verbs=frozenset(quotes.get("designating_verbs", [])),
        names_in_use=frozenset(quotes.get("names_in_use", [])),
        coordinators=frozenset(quotes.get("coordinators", [])),
        statement_nouns=frozenset(quotes.get("statement_nouns", [])),
        institution_nouns=frozenset(quotes.get("institution_nouns", [])),
        managing_words=frozenset(quotes.get("managing_words", [])),
        document_verbs=tuple(quotes.get("document_verbs", [])),
        articles=frozenset(quotes.get("articles", [])),
        copyright_markers=tuple(segment.get("copyright_markers", [])),
        menu_words=frozenset(word.casefold() for word in segment.get("menu_words", [])),
        widget_words=frozenset(word.casefold() for word in segment.get("widget_words", [])),
        outlet_words=tuple(segment.get("outlet_words", [])),
        press_offices=frozenset(segment.get("press_offices", [])),
        company_departments=tuple(segment.get("company_departments", [])),
        regional_networks=frozenset(word.casefold() for word in segment.get("regional_networks", [])),
        field_labels=tuple(segment.get("field_labels", [])),
        place_before_title=bool(actors.get("place_before_title", False)),
        titles_in_names=frozenset(actors.get("titles_in_names", [])),
        unit_titles=tuple(actors.get("unit_titles", [])),
        name_particles=frozenset(actors.get("name_particles", [])),
        particles_as_titles=frozenset(actors.get("particles_as_titles", [])),
        period_titles=frozenset(actors.get("period_titles", [])),
        dedication_words=frozenset(actors.get("dedication_words", [])),
        named_after_heads=frozenset(actors.get("named_after_heads", [])),
        organisation_kinds=frozenset(word.casefold() for word in actors.get("organisation_kinds", [])),
        titles_after_names=frozenset(actors.get("titles_after_names", [])),
        numbered_units=frozenset(actors.get("numbered_units", [])),
        word_forms_not_names=re.compile("|".join(f"(?:{form})" for form in actors["word_forms_not_names"]))
        if actors.get("word_forms_not_names") else None,
        alias_words=tuple(actors.get("alias_words", [])),
        abbreviations=frozenset(actors.get("abbreviations", [])),
        degrees=frozenset(actors.get("degrees", [])),
        branch_words=frozenset(actors.get("branch_words", [])),
        residents=frozenset(actors.get("residents", [])),
        event_words=frozenset(actors.get("event_words", [])),
        group_words=frozenset(actors.get("group_words", [])),
        name_openers=frozenset(actors.get("name_openers", [])),
        institution_speakers=tuple(sorted(actors["institution_speakers"], key=len, reverse=True)),
        institutions=tuple(actors.get("institutions", [])),
        countries=tuple(actors["countries"]),
        boilerplate_prefixes=tuple(p.casefold() for p in segment["boilerplate_prefixes"]),
        boilerplate_markers=tuple(m.casefold() for m in segment.get("boilerplate_markers", [])),
        link_markers=frozenset(m.casefold() for m in segment.get("link_markers", [])),
        tail_markers=frozenset(m.casefold() for m in segment["tail_markers"]),
        tail_prefixes=tuple(m.casefold() for m in segment.get("tail_prefixes", [])),
        glued_widgets=tuple(segment["glued_widgets"]),
        byline_prefixes=tuple(p.casefold() for p in segment["byline_prefixes"]),
        caption_markers=tuple(m.casefold() for m in segment["caption_markers"]),
        update_markers=tuple(m.casefold() for m in segment["update_markers"]),
        outlets={k.casefold(): v for k, v in data.get("outlets", {}).items()},
        wires=tuple(data.get("wires", {}).get("names", [])),
    )


def alternation(words: list[str] | tuple[str, ...] | frozenset[str] | dict[str, Any], ignore_case: bool = False) -> str:
    """A regex alternation of ``words``, longest first so that the longest spelling wins.

    It is written as a tree of the words' shared openings ("Kepala(?: Dinas| Bidang)?"), not as a list:
    the regex engine tries every word of a list at every position, but follows one branch of a tree.
    The tree, too, tries the words that match longest first, so the two match alike, provided that
    no character can enter two branches of one node; where one could (letters differing only in
    case, in a pattern that ignores case), the list is written instead. With ``ignore_case``, for a
    pattern that ignores case, words differing only in case share their branches.
    """
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(_branch_key(char) if ignore_case else char, {})
        node[""] = {}  # a word ends here
    if not _branches_apart(tree):
        return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return _written_tree(tree)


def _branch_key(char: str) -> str:
    """The lower-case form of a letter where a pattern ignoring case matches the two alike."""
    lower = char.lower()
    same = lower == char or len(lower) == 1 and re.fullmatch(re.escape(char), lower, re.IGNORECASE) \
        and re.fullmatch(re.escape(lower), char, re.IGNORECASE)
    return lower if same else char


def _branches_apart(node: dict[str, dict]) -> bool:
    """Whether no character, case ignored or not, can enter two branches of any node of the tree."""
    chars = [char for char in node if char]
    if any(re.fullmatch(re.escape(first), second, re.IGNORECASE) or re.fullmatch(re.escape(second), first, re.IGNORECASE)
           for index, first in enumerate(chars) for second in chars[index + 1:]):
        return False
    return all(_branches_apart(child) for child in node.values())


def _written_tree(node: dict[str, dict]) -> str:
    """The pattern of a tree: its branches, each a character and the pattern of what follows it, and
    when a word ends at the node, all of them optional (greedy: the longer words are tried first)."""
    branches = [re.escape(char) + _written_tree(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if "" not in node:
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{'|'.join(branches)})?"


def detect_language(text: str, codes: list[str] | None = None) -> str:
    """The language whose stopwords cover most words of ``text`` (Indonesian when tied)."""
    words = re.findall(r"[^\W\d_]+", text[:4000].casefold())
    def hits(code: str) -> tuple[int, bool]:
        stopwords = load_lexicon(code).stopwords
        return sum(map(stopwords.__contains__, words)), code == "id"

    return max(codes or _language_codes(), key=hits)
