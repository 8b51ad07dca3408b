"""Find the people and organisations an article names, with the roles it gives them.

No trained model is available, so names are found from their context: a title before the
name ("Juru Bicara Kremlin Dmitry Peskov"), an apposition ("Kuasa Usaha Rusia di Türkiye,
Alexey Ivanov,"), a speech verb ("Febri menjelaskan"), an acronym in brackets ("Komisi
Pemberantasan Korupsi (KPK)"). Short forms ("Peskov") resolve to the longest form in the
article ("Dmitry Peskov").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache

from warta.build.lexicon import Lexicon, alternation

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
# A capitalised word, a bracketed acronym, or a particle-prefixed name ("al-Assad"). At most one
# branch can match at a position; the one opening with a capital comes first because it is the
# common case and lets the regex engine skip to the next capital.
_TOKEN = re.compile(rf"(?<![\d])ʻ?[{_UPPER}][\w'’ʻ\-.]*|\([{_UPPER}][\w.\-]*\)|(?:al|el|ad|as|ar)-[{_UPPER}][\w'’\-.]*")
_PARTICLES = {"bin", "binti", "bt", "br", "boru", "van", "von", "der", "den", "de", "la", "los", "las", "del", "dos", "da", "es",
              "ibn", "a/l", "a/p", "s/o", "d/o", "anak",  # Iban "Nyaun anak Sagin": son or daughter of
              "ng"}  # Filipino "of": "Bangko Sentral ng Pilipinas"
# Capitalised particles that belong to a name only inside it ("Al Jazeera" alone is no one).
_CONNECTORS = {"dan", "and", "of", "for", "untuk", "urusan", "&"}
_ACRONYM = re.compile(rf"^[{_UPPER}0-9]{{2,}}(?:-[{_UPPER}0-9]+)?$")  # "BPBD", "BFAR-6"
# Letters joined by periods ("M.T", "S.I.K", "M.Kes", "Ph.D"): degrees and initials, not names.
# ("M.Tr.Opsla": a longer last piece after a short one; not "H.Ahmad", "M.Ridwan": an initial glued to a name)
_DOTTED = re.compile(rf"^[{_UPPER}][A-Za-z]{{0,2}}(?:\.[{_UPPER}a-z][A-Za-z]{{0,3}})+(?:\.[{_UPPER}a-z][A-Za-z]{{4,5}})?$")


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        return self.text.rstrip(".,").strip("()")


@dataclass
class Actor:
    """An actor as named in one article."""

    name: str
    kind: str  # person, organization, country
    surfaces: set[str] = field(default_factory=set)
    role: str | None = None
    count: int = 0


@dataclass
class ArticleActors:
    """The actors of one article and a resolver from surface forms to canonical names."""

    actors: dict[str, Actor] = field(default_factory=dict)
    positions: list[tuple[int, str]] = field(default_factory=list)  # (offset, canonical) of person mentions
    speech: list[tuple[int, str]] = field(default_factory=list)  # (offset, canonical) of people speaking
    introductions: list[tuple[int, str]] = field(default_factory=list)  # (offset, canonical): first full mentions
    # (paragraph start, offset, canonical): people a sentence opens with ("Bayu tak menutup ...")
    subjects: list[tuple[int, int, str]] = field(default_factory=list)
    paragraph_starts: list[int] = field(default_factory=lambda: [0])
    aliases: dict[str, str] = field(default_factory=dict)  # short form introduced as such → full name
    # Capitalised runs taken for people on their form alone: no role, no speech, no age, no apposition,
    # never named again by a part ("Honda Brio", "Pesta Rakyat"). They resolve pronouns and short
    # forms, but are reported only if they turn out to speak.
    tentative: set[str] = field(default_factory=set)
    # The actors a surface form can name, so that a look-up reads those alone, not every actor: by each
    # word of their names (first letter in lower case, see :func:`_contains_words`) and by their surfaces.
    # Each list is in the order the actors were added; ``_add`` keeps them.
    names_by_word: dict[str, list[str]] = field(default_factory=dict, repr=False)
    names_by_surface: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def _index(self, name: str, surface: str, new: bool) -> None:
        """Keep the look-up lists of a surface newly given to an actor (a ``new`` actor's name, too)."""
        if new:
            for key in {_first_folded(word) for word in name.split()}:
                self.names_by_word.setdefault(key, []).append(name)
        self.names_by_surface.setdefault(surface, []).append(name)

    def _candidates(self, surface: str, words: list[str]) -> list[str]:
        """The actors that may have ``surface`` (split into ``words``) as a surface form or within their
        names, in the order they were added; every other actor shares no word with it."""
        by_word = self.names_by_word.get(_first_folded(words[0]), [])
        by_surface = self.names_by_surface.get(surface, [])
        if not by_surface:
            return by_word
        order = {name: at for at, name in enumerate(self.actors)}
        return sorted({*by_word, *by_surface}, key=order.__getitem__)

    def canonical(self, surface: str, kind: str | None = None) -> str | None:
        """The canonical name of a surface form, if the article names such an actor."""
        surface = surface.strip()
        if not surface:
            return None
        if surface in self.aliases:
            return self.aliases[surface]
        if surface in self.actors and (kind is None or self.actors[surface].kind == kind):
            return surface
        words = surface.split()
        best = None
        for name in self._candidates(surface, words):
            actor = self.actors[name]
            if kind and actor.kind != kind:
                continue
            if surface in actor.surfaces or _contains_words(name.split(), words) \
                    or actor.kind == "person" and (_skips_middle_names(name.split(), words)
                                                   or _opener_and_given_name(name.split(), words)):
                if best is None or len(name) > len(best):
                    best = name
        return best

    def canonical_near(self, surface: str, offset: int) -> str | None:
        """A person's canonical name; when several people share the surface form ("Ms Doherty" where
        "Liam Patrick Doherty" and his mother "Karen Doherty" are named), the one named last before ``offset``."""
        surface = surface.strip()
        if not surface or surface in self.aliases or surface in self.actors:
            return self.canonical(surface, "person")
        words = surface.split()
        sharing = {name for name in self._candidates(surface, words) if self.actors[name].kind == "person"
                   and (surface in self.actors[name].surfaces or _contains_words(name.split(), words))}
        if len(sharing) >= 2:
            last = max(((at, name) for at, name in self.positions if at < offset and name in sharing), default=None)
            if last:
                return last[1]
        return self.canonical(surface, "person")

    def last_person_before(self, offset: int) -> str | None:
        found = None
        for position, name in self.positions:
            if position >= offset:
                break
            if name not in self.tentative:  # ("menjadikan Sitinjau Lauik sebagai ...": a place, as likely as not)
                found = name
        return found

    def last_speaker_before(self, offset: int, also: list[tuple[int, str]] = ()) -> str | None:
        """The person who last spoke before ``offset`` (subject of a speech verb, or ``also``)."""
        spoken = [item for item in [*self.speech, *also] if item[0] < offset]
        introduced = [item for item in self.introductions if item[0] < offset]
        paragraph = self.paragraph_starts[bisect_right(self.paragraph_starts, offset) - 1]
        subject = max(((at, name) for start, at, name in self.subjects
                       if start == paragraph and at < offset and name not in self.tentative), default=None)
        latest = max([*([max(spoken)] if spoken else []), *([max(introduced)] if introduced else [])], default=None)
        if subject is None and offset - paragraph <= 3:
            # A paragraph the quote opens: the subject of the paragraph before, if no one spoke in it
            # ("Rizal sendiri berencana melapor ...\n\n“...,” katanya").
            before = self.paragraph_starts[max(0, bisect_right(self.paragraph_starts, offset) - 2)]
            if before < paragraph and not any(before <= at < paragraph for at, _ in spoken):
                subject = max(((at, name) for start, at, name in self.subjects
                               if start == before and name not in self.tentative), default=None)
        if subject and (latest is None or subject[0] > latest[0]):
            # "Bayu tak menutup kemungkinan ... “Doakan saja,” katanya": the subject just before, same paragraph.
            return subject[1]
        if introduced and (not spoken or max(introduced)[0] > max(spoken)[0]):
            # "Tiurma br Simbolon, pedagang ulos, menangis. “...,” kata dia": the person just introduced.
            return max(introduced)[1]
        return max(spoken)[1] if spoken else self.last_person_before(offset)

    def people(self) -> list[Actor]:
        return [actor for actor in self.actors.values() if actor.kind == "person"]


def _contains_words(long: list[str], short: list[str]) -> bool:
    if len(short) > len(long):
        return False
    if _in_sequence(long, short):
        return True
    # "Al-Rubaie" opening a sentence is the "al-Rubaie" of "Hanan Jabbar al-Rubaie"
    if not any(word[:1].islower() for word in long):
        return False
    return _in_sequence([_first_folded(word) for word in long], [_first_folded(word) for word in short])


def _in_sequence(long: list[str], short: list[str]) -> bool:
    """Whether the words ``short`` stand one after another in ``long`` (no longer than ``long``)."""
    if not short:
        return True
    if short[0] not in long:
        return False  # the common case, settled without slicing
    return len(short) == 1 or any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _skips_middle_names(long: list[str], short: list[str]) -> bool:
    """Whether ``short`` names the person ``long`` without a middle name or two ("Ngurah Wirawan" for
    "I Gusti Ngurah Putu Wirawan"): two words or more, in order, ending with the same word."""
    if len(short) < 2 or len(long) <= len(short) or short[-1] != long[-1] or short[0] not in long[:-1]:
        return False
    at = long.index(short[0])
    for word in short[1:]:
        if word not in long[at + 1:at + 4]:
            return False
        at = long.index(word, at + 1)
    return True


def _opener_and_given_name(long: list[str], short: list[str]) -> bool:
    """Whether ``short`` is the word opening ``long`` that keeps a name whole, and one of its inner words
    ("Andi Ikhsan" for "Andi Muhammad Ikhsan Rachman")."""
    return len(short) == 2 and len(long) >= 3 and short[0] == long[0] and short[1] in long[1:-1] \
        and short[0] in _in_every_language("name_openers")


def _first_folded(word: str) -> str:
    return word[:1].lower() + word[1:]


@cache
def _title_words(lexicon: Lexicon) -> frozenset[str]:
    """Titles of one word ("Presiden", "Irjen"). Words of longer titles ("Utama" in "Direktur
    Utama") can be names; :func:`trailing_name` cuts a name after the last title in its run."""
    return frozenset(title for title in lexicon.titles if " " not in title)


@cache
def _title_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    # Case-insensitive: roles are often written in lower case ("Egypt's foreign minister, X").
    # ("Dr. Eng. Rahmat": a title written with its period belongs with them)
    titles = (*lexicon.titles, *lexicon.period_titles)
    return re.compile(rf"(?<!\w)(?:{alternation(titles, ignore_case=True)})(?!\w)", re.IGNORECASE)


def title_at_start(text: str, lexicon: Lexicon, any_case: bool = False) -> bool:
    """Whether ``text`` opens with a title ("Kepala Negara", "Presiden"; with ``any_case`` also
    "chairman" in lower case)."""
    match = _title_pattern(lexicon).match(text)
    return match is not None and (any_case or text[:1].isupper())


# " (BP Tapera)": an organisation's short name of two words in brackets, an acronym first.
_SHORT_NAME_OF_TWO_WORDS = re.compile(rf" \(([{_UPPER}]{{2,}} [{_UPPER}][\w-]*)\)")
_WEB_ADDRESS = re.compile(r"\w\.(?:com|co|id|net|org|news|tv|info)$", re.IGNORECASE)


@lru_cache(maxsize=65536)
def is_name_token(token: str, lexicon: Lexicon) -> bool:
    """Whether a capitalised word can be part of a person's name (memoised: names recur)."""
    bare = token.rstrip(".,")
    if len(token) == 2 and token[1] == "." and token[0].isupper():
        return True  # "A. Gani Renhoat": an initial, though "A" alone is an article
    if not bare or bare.startswith("(") or _ACRONYM.match(bare) and bare not in ("Jr", "Sr", "II", "III"):
        return False
    if _DOTTED.match(bare) or bare in lexicon.degrees:
        return False  # "M.T", "S.I.K", "M.Kes", "Lc.": a degree
    if bare.endswith(("-based", "-born", "-owned", "-led", "-level", "-backed", "-linked", "-funded", "-run", "-old", "-nya")):
        return False  # "a Kuala Lumpur-based trader": an adjective; "akun Instagram-nya": a thing someone has
    if _WEB_ADDRESS.search(bare):
        return False  # "Head of Marketing Rumah.com Larasati Kusumawardani": the site she works for
    if len(bare) >= 2 and bare[-1].isupper() and any(char.islower() for char in bare):
        return False  # "CdM", "KemenPAN-RB": a short name in mixed case closed by a capital (not "McDonald")
    if lexicon.word_forms_not_names is not None and lexicon.word_forms_not_names.match(bare.casefold()):
        return False  # "Perekonomian", "Mengadili": a noun or a verb by its affixes
    if bare in _institution_short_words(lexicon):
        return False  # "(P2P) Dinkes Kendari": an office written short, no one's name
    # ("Dan Otieno Okoth" on an English page: a given name of this language, though "Dan" is "and" in another)
    return (bare not in _not_names(lexicon) or bare in lexicon.name_openers) and bare not in _title_words(lexicon) \
        and not bare.isdigit()


@cache
def _every_language() -> tuple[Lexicon, ...]:
    """The lexicons of every language file: pages mix languages ("Gedung Putih" beside "White House")."""
    from warta.build.lexicon import available_languages, load_lexicon

    return tuple(load_lexicon(code) for code in available_languages())


@cache
def _months_of_every_language() -> frozenset[str]:
    """Month names in any language ("Mei" inside "Tan Mei Ling" on an English page)."""
    return frozenset(month for lexicon in _every_language() for month in lexicon.months)


@cache
def connectors_of_every_language() -> frozenset[str]:
    """Words joining parts of a name in any language: English job titles are written in Indonesian text too."""
    return _in_every_language("organisation_connectors")


@cache
def _in_every_language(key: str) -> frozenset[str]:
    """The words a lexicon field holds in any language ("abbreviations", "places", "name_openers")."""
    return frozenset(word for lexicon in _every_language() for word in getattr(lexicon, key))


@cache
def _not_names(lexicon: Lexicon) -> frozenset[str]:
    """Words that are never names, in this page's language or another."""
    return lexicon.not_names | _in_every_language("not_names")


def abbreviated_titles() -> frozenset[str]:
    """Titles written with a period in any language ("Prof.", "Hj.", "Sen.")."""
    return _in_every_language("abbreviations")


def _ends_run(word: str, current: list[Token]) -> bool:
    """A word with a comma or period ends a run, unless it is an initial ("H.") or an abbreviated title."""
    if not word.endswith((",", ".")) or len(word) == 2 and word[0].isupper() and word[1] == ".":
        return False
    return not (word.endswith(".") and (word[:-1] in abbreviated_titles() or word in _in_every_language("name_particles")
                                        or _period_title(word, current)))


def _period_title(word: str, current: list[Token]) -> bool:
    """A title written with its period, opening a run or after another title ("Eng. S. P. Gunawardena", "Dr. Eng.
    Rahmat"; not "Lim Guan Eng." closing a sentence)."""
    return word in _in_every_language("period_titles") and (len(current) == 1 or current[-2].text.rstrip(".")
                                                             in abbreviated_titles())


@cache
def _place_words() -> tuple[frozenset[str], frozenset[str]]:
    """Place words (opening, closing) of every language: "Weda Bay" is a place on an Indonesian page too."""
    return _in_every_language("place_heads"), _in_every_language("place_tails")


def _newspapers_name(text: str, run: list[Token]) -> bool:
    """"The Sydney Morning Herald", "told the Otago Daily Times": "the", then words closed by a word of newspapers' names."""
    if run[-1].text not in _in_every_language("outlet_words") or len(run) < 2:
        return False
    return run[0].text == "The" or text[max(0, run[0].start - 4):run[0].start] in ("the ", "The ")


def is_outlet(words: str) -> bool:
    """A news outlet the language files know, or any site's address ("KRjogja.com", "Tribun-Bali.com")."""
    lowered = words.casefold()
    return lowered in _outlet_names() or lowered.startswith("the ") and lowered[4:] in _outlet_names() \
        or _SITE_ADDRESS.search(lowered) is not None


_SITE_ADDRESS = re.compile(r"[a-z0-9]\.(?:com|co\.id|id|net|org|co|tv|news)$")


@cache
def _outlet_names() -> frozenset[str]:
    """Names and signatures of news outlets and agencies in every language file, in lower case."""
    return frozenset(word.casefold() for lexicon in _every_language()
                     for signature, name in lexicon.outlets.items() for word in (signature, name)) \
        | frozenset(wire.casefold() for lexicon in _every_language() for wire in lexicon.wires)


def is_known_place(name: str) -> bool:
    """Whether a language file lists ``name`` as a place ("Medan", "Singkawang")."""
    return name in _known_places()


@cache
def _known_places() -> frozenset[str]:
    """Names of places of every language: an English page names Parigi Moutong too."""
    return _in_every_language("places")


def _without_place_before(name: list[Token], run: list[Token], text: str) -> list[Token]:
    """The name without a known place that opens it after a role ("Bupati Sleman Kustini Sri
    Purnomo": Sleman is the role's). A name that opens the run keeps its words: "Bima Arya"."""
    places = _known_places()
    if name[0] is run[0] or len(name) < 2 or name_text(text, name) in places:
        return name  # ("Anggota DPRK Pidie Jaya": the place is Pidie Jaya, not Pidie)
    at = next(index for index, token in enumerate(run) if token is name[0])
    for cut in range(len(name) - 1, 0, -1):
        # ("BPBD Tana Toraja Agustinus Sampe Tandiallo": the place may open a word before the name found)
        if any(name_text(text, run[at - back:at] + name[:cut]) in places for back in range(0, min(2, at) + 1)):
            return name[cut:]
    return name


def _opens_with_a_name_opener(name: list[Token], lexicon: Lexicon | None = None) -> bool:
    """Whether a name opens with a word or pair that opens names ("Muhammad", "I Made", "Anak Agung"),
    in the page's language or, without one, in any."""
    openers = lexicon.name_openers if lexicon else _in_every_language("name_openers")
    return name[0].text in openers or len(name) >= 2 and f"{name[0].text} {name[1].text}" in openers


def _named_alone_later(text: str, after: int, name: list[Token]) -> bool:
    """Whether the page writes the first or last word of ``name`` alone after ``after`` ("kata Nicke")."""
    for token in (name[0], name[-1]):
        at = text.find(token.text, after)
        while at != -1:
            if _alone_at(text, at, at + len(token.text)) and not text[at - 1:at].isalnum():
                return True
            at = text.find(token.text, at + 1)
    return False


def _named_alone_before(text: str, name: list[Token]) -> bool:
    """Whether the first word of a long name stands alone earlier on the page ("Persija kalah ...",
    later "pelatih Persija Ricardo Almeida Souza"): a team or place named before, not a given name,
    which a page writes alone only after the full name."""
    if _opens_with_a_name_opener(name):
        return False  # "Muhammad Rizky", later "Muhammad Yusuf Ateh": a given name, not a team
    word = name[0].text
    # (searched with str.find, not a pattern built for each name: compiling one per name was a tenth of the time)
    at = text.find(word, 0, name[0].start)
    while at != -1:
        end = at + len(word)
        if _alone_at(text, at, end):
            before = text[max(0, at - 30):at].split()
            if not _PAIRED_WITH_A_FULL_NAME.match(text, end) and (not before or not before[-1][:1].isupper()):
                # neither a capitalised word before it nor after: the word stands alone (not "Asep dan Muhammad
                # Iqbal Fauzan dari akademi": a person in a pair of people)
                return True
        at = text.find(word, at + 1, name[0].start)
    return False


def _alone_at(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is whole and no capitalised word follows it."""
    before, after = text[start - 1:start] if start else "", text[end:end + 1]
    if before.isalnum() or before in "_-" and before or after.isalnum() or after in "_-" and after:
        return False
    rest = text[end:end + 40]
    following = rest.lstrip()
    return not (len(following) < len(rest) and following[:1].isupper())


_PAIRED_WITH_A_FULL_NAME = re.compile(rf"\s+(?:dan|and|&)\s+[{_UPPER}][a-z]+(?:\s+[{_UPPER}][a-z]+){{2,3}}(?!\s*[{_UPPER}])")


def names_a_place(run: list[Token], text: str) -> bool:
    """Whether a run names a place: a place word opens or closes it ("Kabupaten Wonosobo"), or it
    is a known place ("Nagoya" is not; "Wonosobo" is)."""
    return _names_place(run) or name_text(text, run) in _known_places() or _a_route(run)


def _a_route(run: list[Token]) -> bool:
    """"Jakarta-Bandung": places joined by a hyphen, a route between them."""
    parts = run[0].text.split("-") if len(run) == 1 else []
    return len(parts) >= 2 and all(part in _known_places() or part in _in_every_language("not_names") for part in parts)


def _names_place(run: list[Token]) -> bool:
    """Whether a run opens (or closes) with a place word, bracketed or not ("(KM) Sinar Bahari")."""
    heads, tails = _place_words()
    return run[0].text.strip("().") in heads or run[-1].text.rstrip(".,") in tails \
        or len(run) >= 3 and f"{run[-2].text} {run[-1].text.rstrip('.,')}" in tails  # ("Annapurna Base Camp")


def _named_places(text: str, lexicon: Lexicon) -> frozenset[str]:
    """Single words the page writes after a place word or place preposition ("Kota Pematangsiantar",
    "di Pematangsiantar"): names of places."""
    return _places_in(text, _place_before_pattern(lexicon))


@lru_cache(maxsize=64)
def _places_in(text: str, pattern: re.Pattern[str]) -> frozenset[str]:
    return frozenset(match.group(1) for match in pattern.finditer(text))


@cache
def _place_before_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    heads = alternation(sorted(_place_words()[0]))
    prepositions = alternation(sorted(lexicon.place_prepositions))
    return re.compile(rf"(?<!\w)(?:{heads}|(?i:{prepositions}))\s+([{_UPPER}][\w'’-]+)(?![\w'’-]*\s+[{_UPPER}])")


@cache
def _named_place_pattern() -> re.Pattern[str]:
    """A place word and the whole name after it ("Desa Lubuk Kembang Bunga")."""
    heads = alternation(sorted(_place_words()[0]))
    name = rf"[{_UPPER}][\w'’-]+"
    return re.compile(rf"(?<!\w)(?:{heads})\s+({name}(?:\s+{name}){{0,3}})(?![\w'’-]|\s+[{_UPPER}])")


def _place_of_organisation_before(text: str, start: int, found: list, lexicon: Lexicon) -> bool:
    """Whether a word stands between commas right after an organisation named after a preposition of
    place ("a hydrologist at the University of Nigeria, Nsukka,"): the organisation's seat. (After a
    role, "Kepala Dinas Kesehatan, Rudi,", the word is the role holder's name.)"""
    if not found or text[start - 2:start] != ", " or text[start:].split(maxsplit=1)[0][-1:] != ",":
        return False
    offset, surface, kind = found[-1][:3]
    at = text.find(surface, offset)
    if kind != "organization" or at + len(surface) != start - 2:
        return False
    before = text[max(0, at - 20):at].split()
    if before and before[-1].casefold() in lexicon.articles:
        before = before[:-1]
    return bool(before) and before[-1].casefold() in lexicon.place_prepositions


_JOINED_WORDS = re.compile(r"\s+(\S+)\s+((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)")


def _part_of_a_title(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether a word ending at ``end`` is joined by "and" to words that close with a title
    ("Communication" "and Legal Manager"): the title's first part."""
    joined = _JOINED_WORDS.match(text, end)
    return joined is not None and joined.group(1).casefold() in connectors_of_every_language() \
        and any(_title_pattern(lexicon).fullmatch(word) for word in joined.group(2).split()[1:])


def _place_word_opens(run: list[Token], name: list[Token]) -> bool:
    """Whether a place word opens the name found in a run, stands right before it, or inside it
    before another word ("Pengerukan Kali Pesanggrahan")."""
    heads = _place_words()[0]
    at = next(index for index, token in enumerate(run) if token is name[0])
    return any(token.text in heads for token in name[:-1]) or \
        (at > 0 and run[at - 1].text in heads and not _title_words_before(run, at))


def _title_words_before(run: list[Token], at: int) -> bool:
    """Whether a title stands before position ``at`` of a run ("Wali Kota Bobby": a role, not a place)."""
    return any(token.text in _all_title_words() for token in run[:at])


@cache
def _all_title_words() -> frozenset[str]:
    return frozenset(word for lexicon in _every_language() for title in lexicon.titles for word in title.split())


def name_text(text: str, name: list[Token]) -> str:
    """A name as written, particles included ("Abdul Karim bin Ismail", "Tiurma br Simbolon")."""
    if len(name) < 2:
        return name[0].text if name else ""
    written = " ".join(text[name[0].start:name[-1].end].split()).rstrip(",")
    if "\"" in written or "“" in written:  # 'Rodolfo "Boy" Tecson Jr.': the nickname is not the name
        written = _NICKNAME_GAP.sub(" ", written)
    if " '" in written or " ‘" in written:  # "Desmond 'Bigga' Hylton"
        written = _SINGLE_NICKNAME_GAP.sub(" ", written)
    return written if written.endswith(_SUFFIXES_WITH_PERIOD) else written.rstrip(".")


_SUFFIXES_WITH_PERIOD = (" Jr.", " Sr.")  # "Ferdinand Marcos Jr." keeps its period


def capitalised_runs(text: str) -> list[list[Token]]:
    """Runs of adjacent capitalised words (a particle or connector may sit inside a run)."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    position = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if current and not _joins(text[position:start]) and not _numbered_unit(current, text[position:start]):
            runs.append(current)
            current = []
        word = match.group(0)
        if word.endswith(("’s", "'s")):
            # "Indonesia's energy ministry": a possessive ends the run, without its "'s".
            current.append(Token(word[:-2], start, end - 2))
            runs.append(current)
            current = []
            position = end
            continue
        current.append(_trimmed_token(word, start, end, current) if word[-1] in ",." else Token(word, start, end))
        position = end
        if word[-1] in ",." and _ends_run(word, current):
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _trimmed_token(word: str, start: int, end: int, before: list[Token]) -> Token:
    """A token without the punctuation that closes it ("Widodo," → "Widodo"; "U.S." keeps its dots).

    The trimming is applied twice, as it always was, so "Ltd.." loses both dots.
    """
    for _ in range(2):
        word = word.rstrip(",")
        if word.endswith(".") and len(word) > 3 and not word.endswith(("Jr.", "Sr.")) \
                and not _period_title(word, [*before, Token(word, start, end)]):  # ("Dr. Eng. Rahmat": "Eng." is his title)
            word = word[:-1]
            end -= 1
    return Token(word, start, end)


_ROMAN = re.compile(r"[IVXL]+")


def _numbered_unit(run: list[Token], gap: str) -> bool:
    """A military area's number and its name ("Pangdam XVII/Cenderawasih", "Kodam IX/Udayana"): one run."""
    return gap == "/" and _ROMAN.fullmatch(run[-1].text) is not None


def _joins(gap: str) -> bool:
    if gap == " ":
        return True
    words = gap.split()
    # "Abdul Karim bin Ismail", "Marco van der Linden", "Selvaraj a/l Muniandy"
    return gap.strip() == "" and gap.count("\n") == 0 or (
        1 <= len(words) <= 2 and all(word in _PARTICLES or word in _ABBREVIATED_PARTICLES for word in words) and "\n" not in gap)


_ABBREVIATED_PARTICLES = frozenset({"br.", "bt.", "bin.", "s/o.", "d/o."})  # "Rosmawati br. Siregar": boru, written short


def trailing_name(run: list[Token], lexicon: Lexicon) -> list[Token]:
    """The name at the end of a run of capitalised words (at most four words), after the last title."""
    begin, end = _name_bounds(tuple([token.text for token in run]), lexicon)
    if begin >= 2 and run[begin - 1].start - run[begin - 2].end > 1 and _is_title_token(run[begin - 1].text, lexicon):
        # "Norhayati binti Haji Abdul Rahman": a particle, then the father's title, inside the name
        before = trailing_name(run[:begin - 1], lexicon)
        if before and before[-1] is run[begin - 2]:
            return before + run[begin - 1:end]
    return run[begin:end]


@lru_cache(maxsize=65536)
def _name_bounds(words: tuple[str, ...], lexicon: Lexicon) -> tuple[int, int]:
    """Where :func:`trailing_name` of a run with these words starts and ends (memoised: runs recur)."""
    after = next((index for index in range(1, len(words)) if words[index] in lexicon.titles_after_names
                  and is_name_token(words[index - 1], lexicon)), None)
    if after is not None:  # "Syafrizal Dt. Rajo Mangkuto": the name ends at the title that follows it
        return _name_bounds(words[:after], lexicon)
    first, last = _index_after_last_title(words, lexicon) if len(words) >= 2 else 0, len(words)
    if 0 < first < last and words[first - 1] in lexicon.name_openers:
        first -= 1  # "Ma." opens a Filipino name, though "Ma" is a Burmese title
    elif first == last - 1 and len(words[first - 1]) <= 4 and _KOREAN_GIVEN_NAME.fullmatch(words[first].rstrip(".,")):
        return first - 1, last  # "Kang Min-seok", "Bang Si-hyuk": a Korean family name, though "Kang" and "Bang" are titles
    if first < last and all(word.rstrip(".,") in _NAME_SUFFIXES for word in words[first:last]):
        return max(0, last - 4), last  # "Martin Luther King Jr.": "King" is no title before a suffix
    while last > first + 1 and (words[last - 1].rstrip(".,") in lexicon.degrees
                                or words[last - 1].startswith("(") and words[last - 1].strip("().,") in lexicon.degrees):
        last -= 1  # "Welly Nugraha SH MH", "Emeka Nwachukwu (SAN)"
    for index in range(first, last - 1):
        if f"{words[index]} {words[index + 1]}" in lexicon.name_openers or (
                words[index] in lexicon.name_openers and (index == first or not is_name_token(words[index - 1], lexicon))):
            # "I Gusti Ngurah Agung Wirawan", "BPBD Sulteng Mohammad Akbar Lasimpo": the name, whole
            # (not "(INA)" after it: the player's country in brackets)
            end = min(last, index + 6)
            return index, end - 1 if end == last and end - index >= 3 and words[end - 1].startswith("(") else end
    if last >= 2 and last - first >= 1 and words[last - 1] in _title_words(lexicon) and words[last - 1][1:].islower() \
            and not _title_pattern(lexicon).fullmatch(" ".join(words[:last])) \
            and all(is_name_token(word, lexicon) and not _is_title_token(word, lexicon)
                    and word.casefold() not in lexicon.stopwords and word.casefold() not in _title_modifiers()
                    for word in words[first:last - 1]) and (first == 0 or last - 1 > first):
        return first, last  # "Agustina Mayor": a title closing a run of names is its surname
    begin = last
    while begin > first and (is_name_token(words[begin - 1], lexicon) or (
            begin - 1 > first and words[begin - 1] in lexicon.titles_in_names) or (
            # "Tan Mei Ling": a month's name between two words of a name is one of them
            begin < last and begin - 2 >= first and words[begin - 1].casefold() in _months_of_every_language()
            and is_name_token(words[begin - 2], lexicon)) or (
            begin < last and words[begin - 1] in lexicon.name_particles and begin - 2 >= first
            and is_name_token(words[begin - 2], lexicon))):
        begin -= 1  # "Harun Al Rasyid Simatupang": "Al" inside a name belongs to it
    # (four words at most, and a particle inside besides: "Erman Syafrudin Dt. Rajo Basa")
    inside = any(word in lexicon.name_particles for word in words[max(begin, last - 5):last - 1])
    return max(begin, last - 4 - inside), last


_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")


def _index_after_last_title(words: tuple[str, ...], lexicon: Lexicon) -> int:
    """Index of the first word after the last title in a run ("Direktur Jenderal | Pajak Bimo")."""
    joined, ends = "", []
    for word in words:
        joined += ("" if not joined else " ") + word
        ends.append(len(joined))
    matches = list(_title_pattern(lexicon).finditer(joined))
    while matches and (_inside_a_name(matches[-1], words, ends, lexicon) or _closing_a_name(matches[-1], words, ends, lexicon)):
        matches.pop()  # "Kombes Ridwan Hakim Siregar": Hakim is a name here
    if not matches:
        return 0
    end = matches[-1].end()
    return next((index + 1 for index, token_end in enumerate(ends) if token_end >= end), 0)


@cache
def _title_modifiers() -> frozenset[str]:
    """Words that open a title of several words in any language ("Assistant", "Vice", "Wakil"): no given names."""
    return frozenset(title.split()[0].casefold() for lexicon in _every_language() for title in lexicon.titles
                     if " " in title)


def _closing_a_name(match: re.Match[str], words: tuple[str, ...], ends: list[int], lexicon: Lexicon) -> bool:
    """Whether a one-word title closes the run after two name words or more ("Agustina Mayor"): no one follows it
    to hold it, so it is a surname."""
    starts = next(index for index, token_end in enumerate(ends) if token_end > match.start())
    if match.end() != ends[-1] or starts != len(words) - 1 or starts < 1:
        return False
    # the words right before it, back to the run's start or a title, are a name's ("Deputy State Secretary Bambang
    # Wicaksono Adi"; not "Assistant Commissioner", a title's first word)
    names = 0
    while names < starts and is_name_token(words[starts - names - 1], lexicon) \
            and not _is_title_token(words[starts - names - 1], lexicon) \
            and words[starts - names - 1].casefold() not in _title_modifiers() \
            and words[starts - names - 1].casefold() not in lexicon.stopwords:
        names += 1
    return names >= 1 and (names == starts or _is_title_token(words[starts - names - 1], lexicon))


_MIDDLE_HAJI = re.compile(r"Hi?\.?")


def _inside_a_name(match: re.Match[str], words: tuple[str, ...], ends: list[int], lexicon: Lexicon) -> bool:
    """Whether a title that is also a name ("Hakim", "Raja") follows a name's word, so is part of it."""
    at = next(index for index, token_end in enumerate(ends) if token_end >= match.end())
    starts = next(index for index, token_end in enumerate(ends) if token_end > match.start())
    if starts >= 1 and words[starts - 1].casefold().rstrip(".") in _PARTICLES:
        return True  # "Norhayati binti Haji Abdul Rahman": the father's title, inside the name
    if starts >= 1 and at == starts and at + 1 < len(words) and _MIDDLE_HAJI.fullmatch(match.group(0)) \
            and all(is_name_token(word, lexicon) and not _is_title_token(word, lexicon) for word in words[:starts]):
        return True  # "Ruslan H. Situmorang", "Samsudin Hi. Kader": the father's pilgrimage, inside the name
    if match.group(0) not in lexicon.titles_in_names:
        return False
    # (after a name's particle too: "Faris Al Hakim")
    return at >= 1 and (is_name_token(words[at - 1], lexicon)
                        or at >= 2 and words[at - 1] in lexicon.name_particles and is_name_token(words[at - 2], lexicon))


def _name_before_role(run: list[Token], lexicon: Lexicon) -> list[Token]:
    """A name of two to four words opening a run, then a title and its office, with no comma
    between them ("Rachmad Hidayat Wicaksono Kepala Dinas Perhubungan")."""
    count = 0
    while count < len(run) and count < 5 and is_name_token(run[count].text, lexicon):
        count += 1
    if not 2 <= count <= 4 or count >= len(run):
        return []
    role = " ".join(token.text for token in run[count:])
    title = _title_pattern(lexicon).match(role)
    if title is None or not role[:1].isupper() or not role[title.end():].strip():
        return []  # (a title with no office after it: "Surat Edaran Bupati", the regent's circular)
    return run[:count]


def _capitalised_title_before(text: str, start: int) -> bool:
    """Whether the word before "of"/"for" right before ``start`` is capitalised, as a title before a name is
    ("Minister of Manpower Rina ..."; not "the headman of Ban Nong Khan", a description and a place)."""
    words = text[max(0, start - 40):start].split()
    return len(words) >= 2 and words[-2][:1].isupper()


# "26 Ilir", "7 Ulu": a quarter's number right before its one-word name (not "Mei 2024, Ratna": a year and a comma)
_DAY_NUMBER_AFTER = re.compile(r"\.? \d{1,2}(?!\d)")
_QUARTER_NUMBER = re.compile(r"(?<![\d.,])\d{1,3} $")
_NUMBER_AFTER = re.compile(r" (\d{1,2})(?![\d.,:/%-]\d|\s*(?:%|persen|percent))")


def _with_its_number(text: str, organisation: str, run: list[Token], person_from: int | None, lexicon: Lexicon) -> str:
    """The organisation's name with the number its last word takes ("Bureau of Fisheries and Aquatic
    Resources Region 6", "PT Pelabuhan Indonesia (Persero) Regional 4")."""
    if person_from is not None or organisation.split()[-1] not in lexicon.numbered_units or not text.endswith(organisation, 0, run[-1].end):
        return organisation
    number = _NUMBER_AFTER.match(text, run[-1].end)
    return f"{organisation} {number.group(1)}" if number else organisation


def _dedicated(run: list[Token], at: int, lexicon: Lexicon) -> bool:
    """Whether a saint's word opens the tail at ``at`` or stands right before it ("Paroki Santa Maria")."""
    return any(run[index].text in lexicon.dedication_words for index in (at - 1, at) if 0 <= index < len(run))


def _names_a_unit(text: str, role: str, name: list[Token], lexicon: Lexicon) -> bool:
    """Whether ``name`` follows a unit head's title and a bracket or a comma closes it, or "dan" goes on
    with it ("Kepala Bidang" "Hubungan Masyarakat" "(Kabid Humas)", "Kasubdit I" "Industri" "dan
    Perdagangan", "Wakil Rektor Bidang" "Akademik Unipa", "Dr. ..."): the unit's name, the person comes later."""
    after = text[name[-1].end:name[-1].end + 30].split()
    closed = text[name[-1].end:name[-1].end + 2] in (" (", ", ") or \
        len(after) >= 2 and after[0].casefold() in connectors_of_every_language() and after[1][:1].isupper()
    role = _ROMAN_NUMERAL_AT_END.sub("", role)  # "Kasubdit I"
    # (before its short form in brackets, the unit's name may run on from the title: "Kepala Seksi"
    # "Tindak Pidana" "Khusus" "(Kasi Pidsus)")
    bracketed = text[name[-1].end:name[-1].end + 2] == " ("
    role = " " + role.casefold()  # whole words: "Kota Bekasi" does not end with the title "Kasi"
    return closed and any(role.endswith(" " + title.casefold())
                          or bracketed and role.startswith(" " + title.casefold() + " ")
                          for title in lexicon.unit_titles)


_ROMAN_NUMERAL_AT_END = re.compile(r"\s+[IVX]{1,4}$")


def _role_before(text: str, run: list[Token], name: list[Token], lexicon: Lexicon) -> str | None:
    """The title or role stated before a name, inside its run or as an apposition before it."""
    inner = text[run[0].start:name[0].start].strip(" ,")
    if inner and _title_pattern(lexicon).search(inner):
        # "Pangdam IX/Udayana, Brigjen TNI Agus Salim Siregar": the office before the comma, then the rank
        # (not "Hadir Gubernur Bali Wayan Koster, Kapolda Bali Irjen ...": an office of his own)
        outer = _apposition_role(text, run, lexicon) if _only_ranks(inner, lexicon) else None
        return f"{outer}, {inner}" if outer else inner
    return _apposition_role(text, run, lexicon)


def _only_ranks(role: str, lexicon: Lexicon) -> bool:
    """Whether a role is only ranks and honorifics ("Brigjen TNI", "Dr. H."), no office."""
    return all(_is_title_token(word, lexicon) or word.isupper() and len(word) <= 4 for word in role.split())


def _apposition_role(text: str, run: list[Token], lexicon: Lexicon) -> str | None:
    """The role stated before a run, closed by a comma right before it ("Egypt's foreign minister, X")."""
    # An apposition ends with a comma right before the run: without one, there is no role.
    lead = text[max(0, run[0].start - 40):run[0].start].rstrip()
    if not lead.endswith(",") and (lead or run[0].start <= 40):
        return None
    if text[run[-1].end:run[-1].end + 2] in ("'s", "’s"):
        return None  # "Cllr Andrew Whitcombe, Kent's cabinet member": a possessive opens his role, no one's name
    clause_start = max(text.rfind(mark, 0, run[0].start) for mark in (". ", "\n", "; ", "“", "\""))
    before = text[clause_start + 1:run[0].start].rstrip()
    if before.endswith(","):
        before = before[:-1]
        titles = list(_title_pattern(lexicon).finditer(before))
        if titles:
            # A short apposition is the role as a whole ("Egypt's foreign minister"); in a
            # longer clause the role starts at its first title ("... kata Kuasa Usaha Rusia").
            apposition = re.sub(r"^(?:the|a|an)\s+", "", before.rsplit(",", 1)[-1].strip(), flags=re.IGNORECASE)
            if len(apposition.split()) <= 5 and apposition[:1].isupper() and titles[0].start() >= len(before) - len(apposition):
                return apposition
            role = before[titles[0].start():].strip(" ,")
            if len(role.split()) > 12 and any(word in lexicon.verbs for word in role.split()):
                return None  # "... chief executive Vimal Deo said ... growers in Ba, Lautoka": a sentence, no role
            return role
    return None


def _add(actors: ArticleActors, name: str, kind: str, surface: str, offset: int, role: str | None) -> None:
    actor = actors.actors.get(name)
    new = actor is None
    if new:
        actor = actors.actors[name] = Actor(name, kind)
    if new or surface not in actor.surfaces:
        actors._index(name, surface, new)
    actor.surfaces.add(surface)
    actor.count += 1
    if role and not actor.role:
        actor.role = role
    if kind == "person":
        actors.positions.append((offset, name))


def _role_before_apposition(text: str, run: list[Token], lexicon: Lexicon) -> bool:
    """A run opening with a title and followed by ", Name" (not ", S.T." or ", Senin"): the role of that name."""
    following = text[run[-1].end:run[-1].end + 3]
    lowercase_title = _LOWERCASE_TITLE_AFTER_COMMA.match(text, run[-1].end)  # ", dr. Hendro Kusumo Wardhana"
    if not (following.startswith(", ") and (following[2:3].isupper() or lowercase_title)
            and title_at_start(text[run[0].start:run[-1].end], lexicon)):
        return False
    if lowercase_title and lowercase_title.group(1) in _lowercase_titles(lexicon):
        return True
    word = _NEXT_WORD.match(text, run[-1].end + 2)
    if word is None:
        return False
    bare = word.group(0).rstrip(".,")
    if bare.endswith(("'s", "’s")):
        return False  # "Cllr Andrew Whitcombe, KCC's cabinet member for education,": his role follows, no name
    if bare in lexicon.degrees or "." in bare and bare.split(".")[0] in lexicon.degrees \
            or _DOTTED.match(bare) and text[word.end():word.end() + 1] == ",":  # ("..., M.P., mengatakan")
        # "H. Muhammad Rizky Alaydrus, Lc., M.A.": degrees follow a name ("Siti Chotimah Lubis, Sp.B.Subsp.Ped(K)")
        return False
    # ("Mr Selorm Amenyo, Executive Director of the VDF, said": a title of several words after the name)
    if (bare in _title_words(lexicon) or title_at_start(text[word.start():word.start() + 60], lexicon)) \
            and len(trailing_name(run[1:], lexicon)) >= 2 and not _titled_name_follows(text, run[-1].end + 2, lexicon):
        return False  # "Kepala Dinas ... Yohana Rumbiak, Direktur RSUD Manokwari dr. Markus": a list of people
    if is_name_token(bare, lexicon) or bare in _title_words(lexicon) or bare in lexicon.abbreviations:
        return True
    pair = text[word.start():word.start() + 30].split()[:2]
    # ", I Wayan Gede Artawan" (not "Wakil Gubernur Bali I Nyoman Giri Prasta, I Wayan Koster": a list of people)
    return len(pair) == 2 and " ".join(pair).rstrip(",") in lexicon.name_openers \
        and not any(_opens_with_a_name_opener(run[index:], lexicon) for index in range(len(run)))


def _titled_name_follows(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether titles and then only a name follow at ``at`` ("Dr. Budi Santoso"), not another role ("Direktur
    RSUD Manokwari dr. Markus")."""
    runs = capitalised_runs(text[at:at + 80])
    if not runs:
        return False
    words = [token.text for token in runs[0]]
    while words and _is_title_token(words[0], lexicon):
        words = words[1:]
    return bool(words) and all(is_name_token(word, lexicon) or word in lexicon.name_particles for word in words)


_NEXT_WORD = re.compile(r"[^\s,;:]+")
_LOWERCASE_TITLE_AFTER_COMMA = re.compile(r", ([a-z]{1,4})\. [A-Z]")


@lru_cache(maxsize=8)  # asked for the same page text by each organisation's run
def _lowercase_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"(?<![\w-])[a-z][a-z'-]+", text))


def _first_in_sentence(text: str, offset: int) -> bool:
    before = text[max(0, offset - 4):offset].rstrip(" \"“‘'")
    return not before or before[-1] in ".!?\n"


@cache
def _possessive_suffixes(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(p[1:] for p in lexicon.possessives if p.startswith("-"))


def _suffixed_stems(common: frozenset[str], suffixes: tuple[str, ...]) -> frozenset[str]:
    """Stems of lower-case words without a possessive suffix ("kakeknya" → "kakek"), for the first
    word of a sentence only ("Kakek yang dulu ..."): "putrinya" must not strip "Putri Candrawathi"."""
    return frozenset(word[:-len(suffix)] for word in common for suffix in suffixes
                     if word.endswith(suffix) and len(word) - len(suffix) >= 4)


def _drop_common_words(run: list[Token], common: frozenset[str], lexicon: Lexicon,
                       suffixes: tuple[str, ...] = ()) -> list[Token]:
    """Leading words that the text also uses in lower case are ordinary words, not names
    ("Diketahui Puan" starts a sentence with a verb); with ``suffixes``, for a run opening a
    sentence, also such a word with a possessive ("Sopirnya teriak" beside "sopir")."""
    while run and (run[0].text.casefold() in common or run[0].text.casefold() in lexicon.stopwords
                   or any(run[0].text.casefold().removesuffix(suffix) in common
                          for suffix in suffixes if run[0].text.casefold().endswith(suffix))):
        run = run[1:]
    return run


_CAPITALISED_BEFORE_LOWER = re.compile(rf"(?<![\w.])([{_UPPER}][a-z]+)(?= [a-z])")


def _titles_standing_alone(text: str, lexicon: Lexicon) -> list[tuple[int, str]]:
    """One-word titles opening a sentence with no name after them ("Sekda berharap ..."): the sentence's
    subject (not "ke Kepala sekolah", "bantuan dari Bupati": an object)."""
    titles = _title_words(lexicon)
    found = []
    for match in _CAPITALISED_BEFORE_LOWER.finditer(text):
        word = match.group(1)
        if word in titles:
            before = text[max(0, match.start() - 30):match.start()].split()
            if not before or before[-1][-1:] in ".!?\"”":
                found.append((match.start(), word))
    return found


def _opening_title(role: str, lexicon: Lexicon) -> str | None:
    """The whole title a role opens with ("Presiden Direktur", not "Presiden", in "Presiden Direktur PT Maju Jaya")."""
    match = _title_pattern(lexicon).match(role)
    return match.group(0) if match else None


def _a_role_not_a_clause(role: str, lexicon: Lexicon) -> bool:
    """Whether a stated role is a role, not a clause with a verb taken in ("Jaksa ... menuntut mantan Kepala ...")."""
    return not any(word[:1].islower() and word.startswith(lexicon.active_verb_prefixes) and len(word) > 5
                   for word in role.split()) if lexicon.active_verb_prefixes else len(role.split()) <= 10


def title_holder(title: str, actors: ArticleActors, lexicon: Lexicon) -> str | None:
    """The one person whose stated role opens with a title ("Pangdam"), gives it in brackets ("Kepala Penerangan
    Kodam (Kapendam)"), or opens with what it abbreviates ("Sekda": "Sekretaris Daerah Provinsi Maluku Utara")."""
    roles = [(actor.name, actor.role) for actor in actors.people() if actor.role and _a_role_not_a_clause(actor.role, lexicon)]
    holders = [name for name, role in roles if _opening_title(role, lexicon) == title or f"({title})" in role]
    if not holders:  # (a title written out first: "Kapolresta" is no short form of "Kasatreskrim Polresta ...")
        holders = [name for name, role in roles
                   if any(is_acronym_of(title, " ".join(role.split()[:size])) for size in (2, 3))]
    return holders[0] if len(holders) == 1 else None


def names_the_outlet(name: str | None, outlet: str | None) -> bool:
    """Whether a name is the page's own outlet ("The Shillong Times", "Shillong Times"): no one in the story."""
    if not name or not outlet:
        return False
    # ("Magdalene" and "Magdalene.co": the site's address names it too)
    bare = [re.sub(r"\.(?:com|co\.id|or\.id|id|co|net|org)$", "", re.sub(r"^the\s+", "", text.casefold()).strip())
            for text in (name, outlet)]
    return bare[0] == bare[1]


def find_actors(text: str, lexicon: Lexicon, header: str = "", outlet: str | None = None) -> ArticleActors:
    """The people and organisations named in an article body (not the page's own ``outlet``: "told Ada Derana")."""
    found: list[tuple[int, str, str, str | None, bool]] = []  # offset, surface, kind, role, speaking
    verbs = _speech_words(lexicon)
    common = _lowercase_words(text)
    stems = _suffixed_stems(common, _possessive_suffixes(lexicon))
    # The words a run opening a sentence may drop: the union made once per page, not once per run.
    common_or_stems = common | stems if stems else common
    short_forms: list[tuple[int, str]] = []  # one-word names, people only if named in full elsewhere
    place_end = -1  # where the last place named ended: the next name in the same list is a place too
    short_names: dict[str, str] = {}  # an organisation's short name given in brackets
    introduced_alone: set[str] = set()  # one-word names introduced with an age
    employer_roles: dict[int, str] = {}  # where a name starts -> its role, named before it ("Halifax Transit director")
    employers: set[str] = set()  # names of those employers: organisations wherever else the page names them
    subheadings = _subheading_spans(text)  # ("Persebaya Terima, Tapi Ajukan Banding": every word capitalised)
    # "jaksa penuntut umum (JPU) Kejaksaan Negeri ...": the acronym in brackets closes the words before it
    runs = [run[1:] if len(run) > 1 and run[0].text.startswith("(") and run[0].text.endswith(")") else run
            for run in capitalised_runs(text)]
    runs, nicknames = _across_quoted_nicknames(text, runs)
    runs, bracketed = _without_bracketed_nicknames(runs, lexicon)
    runs = _across_a_namesakes_title(text, runs, lexicon)
    nicknames.update(bracketed)
    runs, joined = _joined_organisations(text, runs, lexicon)
    for index, run in enumerate(runs):
        # Whether the run speaks is asked only of the runs that name someone (most do not).
        start, end = run[0].start, run[-1].end
        if _is_whole_line(text, start, end):
            continue  # a crosshead ("Buruh Tidak Puas") or a widget line, not a name
        if len(run) == 1 and possessed_group(run[0].text, lexicon):
            continue  # "Timnya menyebut ...": his team, no one's name
        if len(run) == 1 and text[start - 1:start] in _OPENING_MARKS and (
                run[0].text.casefold() in common or run[0].text.casefold().endswith(_possessive_suffixes(lexicon) or ("\0",))):
            continue  # "“Orang tanya harga, terus pergi”", "“Sejarahnya sudah jelas”": a quotation's first word, no one
        if len(run) == 1 and text[end:end + 4] == " of " and title_at_start(text[start:end + 3], lexicon):
            continue  # "kata Head of Marketing Rumah.com ...": a title of the language's own, in English
        if len(run) <= 2 and "." in run[0].text and run[0].text.split(".")[0] in lexicon.degrees:
            continue  # "Sp.An-TI", "Sp.B.Subsp.Ped (K)": a specialist's degree after a name
        if len(run) == 1 and _demonstrative_follows(text, end, lexicon):
            continue  # "Temuan itu, menurutnya, ...": a noun the sentence points back to, not a name
        apposed = _role_before_apposition(text, run, lexicon)  # a name follows after a comma
        # The run is all one organisation's name when a name follows it, or when it was joined from parts.
        # (With its acronym in brackets, a person may still follow: "Balai Besar Meteorologi, Klimatologi,
        # dan Geofisika (BBMKG) Wilayah V Jayapura Markus Yoteni Sawaki".)
        # (A title inside it starts a person: "Office of Civil Defense ... Director Dr. Ramon Ocampo Tiu".)
        # (nor a run a title opens: "Kepala Dinas Perindustrian dan Perdagangan Kota Kendari Yusran Lapaodi")
        whole = id(run) in joined and not any(token.text.startswith("(") for token in run) \
            and not any(_is_title_token(token.text, lexicon) for token in run)
        organisation, person_from = _organisation(text, run, lexicon, apposed or whole, id(run) in joined)
        opener = run[0].text.casefold() in lexicon.stopwords  # ("When Voltara Energy broke ground": no name's word)
        if (organisation is None or opener) and len(run) >= 3 and _first_in_sentence(text, start) \
                and not _is_title_token(run[0].text, lexicon) \
                and (opener or run[0].text.casefold() in common or any(token.text.startswith("(") for token in run[1:])) \
                and not any(_is_title_token(token.text, lexicon) for token in run[1:]):
            # (not "Dirreskrimum Polda Jawa Timur Kombes Farman": a title the language file does not know)
            # "Data Badan Penanggulangan Bencana Daerah (BPBD) ... mencatat": a common word opening the sentence, then
            # the organisation
            organisation, person_from = _organisation(text, run[1:], lexicon, apposed or whole, id(run) in joined)
            if organisation is not None:
                run = run[1:]
                start = run[0].start
        if organisation in lexicon.mission_heads:
            continue  # "Misi ini berhasil": the word alone, not a mission's name
        if organisation:
            organisation = _with_its_number(text, organisation, run, person_from, lexicon)
            organisation, short = split_short_name(organisation)  # "Kementerian Luar Negeri (Kemlu) RI"
            organisation = _as_named_in_full(organisation, short_names)
            following = runs[index + 1] if index + 1 < len(runs) else None
            seated = _mission_seat(text, organisation, following, lexicon) if person_from is None else None
            if seated:
                organisation = seated
                if following[-1].text.startswith("(") and not short:
                    short = following[-1].text.strip("()")  # "Misi Bantuan PBB untuk Irak (UNAMI)"
            if short:
                short_names[short] = organisation
            # (an unnamed spokesperson speaks for it: "A spokeswoman for Cork County Council said ... “...,” she said")
            spoken_for = person_from is None and _speaker_for_pattern(lexicon).search(text, max(0, start - 40), start) \
                is not None and _speaking(text, start, end, verbs, lexicon)
            found.append((run[0].start, organisation, "organization", None, spoken_for))
            if run[-1].text.startswith("(") and person_from is None:
                short_names[run[-1].text.strip("()")] = organisation  # "Kejaksaan Agung (Kejagung)"
            two_words = _SHORT_NAME_OF_TWO_WORDS.match(text, end) if person_from is None else None
            if two_words:  # "Badan Pengelola Tabungan Perumahan Rakyat (BP Tapera)"
                short_names[two_words.group(1)] = organisation
            if person_from is None:
                continue
            # The role is everything before the name: title and organisation.
            role = text[run[0].start:run[person_from].start].strip(" ,")
            name = run[person_from:]
            while len(name) > 2 and name[-1].text.rstrip(".,") in lexicon.degrees:
                name = name[:-1]  # "Riski Adrian SIK MH": the degrees after the name
            speaking = _speaking(text, start, end, verbs, lexicon)
            found.append((name[0].start, name_text(text, name), "person", role, speaking))
            continue
        if len(run) >= 2 and text[start:end] in short_names:
            found.append((start, short_names[text[start:end]], "organization", None, False))
            continue  # "BP Tapera" after "Badan Pengelola Tabungan Perumahan Rakyat (BP Tapera)": the same body
        office = _short_name_with_qualifier(text, run, short_names, common, lexicon, found)
        if office:
            found.append((start, office, "organization", None, False))
            continue  # "BBWS Pemali Juana" after "Balai Besar Wilayah Sungai (BBWS) Pemali Juana": the same office
        if is_outlet(text[start:end]) or _newspapers_name(text, run):
            continue  # "The Jakarta Post", "Reuters": a news outlet, whatever verb stands near
        # "dr. Yosefina Maria Lake": after an abbreviated title, a person, whatever her words name elsewhere
        preceding = _preceding_word(text, start)  # the word before the run, asked of it below more than once
        if text[start - 2:start] == ", " and text[end:end + 1] == "," and preceding.casefold() in lexicon.organisation_kinds \
                and not _AGE.match(text, end) and not trailing_name(run, lexicon) \
                and not any(_is_title_token(token.text, lexicon) for token in run):
            # (not "the President Director of the Indonesian firm, Lukas Tanjaya, said", "The leader of the coalition,
            # Senator Raila Odinga,": a name, someone of the group)
            found.append((start, text[start:end], "organization", None, False))
            continue  # "Civil society group, Yiaga Africa, in a statement": the group, set off by commas
        after_abbreviated_title = preceding.endswith(".") and preceding.rstrip(".") in _lowercase_titles(lexicon)
        titled = after_abbreviated_title
        # ("Dr. Ir. Maria Goreti Kolo Lake"; not "Dr. Ambedkar Road", "Mr. Bean Market": places named after someone)
        titled = titled or len(run) >= 4 and _is_title_token(run[0].text, lexicon) and run[0].text.endswith(".")
        if not titled and (_names_place(run) or text[start:end] in _known_places()):
            place_end = end
            housed = _organisation_housed(text, run, lexicon)
            if housed:  # "Gedung Bursa Efek Indonesia (BEI)": the building of an organisation given its short name
                short_names[housed[1]] = housed[0]
                found.append((run[1].start, housed[0], "organization", None, False))
            continue  # "Gunung Lewotobi Laki-laki", "Weda Bay", "(KM) Sinar Bahari", "Parigi Moutong": a place
        if _INITIALS_ALIAS.search(text, max(0, start - 20), start):
            continue  # "SR alias Acong (36)": the nickname of someone the page names by initials only
        if _law_title_at(text, start, lexicon):
            continue  # "UU Nomor 7 Tahun 2011 tentang Mata Uang": the law's title
        if apposed:
            continue  # "Manajer Logam Mulia Antam, Budi Hartono,": a role, the name follows
        if len(run) >= 2 and run[0].text in lexicon.group_words and not titled:
            continue  # "Masyarakat Peduli Api", "Orang Rimba": a group, or a people, no one person
        # ("festival Bau Nyale" too, the word in lower case before it; not "juara lomba Rizky Pratama (15)", "pengunjung
        # festival Lalu Ahmad Zaini", "At the festival Premier Peter Malinauskas": a person at the event)
        event_before = preceding.capitalize() in lexicon.event_words and preceding.islower() \
            and not _AGE.match(text, end) and not _opens_with_a_name_opener(run, lexicon) \
            and not any(_is_title_token(token.text, lexicon) for token in run) \
            and not _speaking(text, start, end, verbs, lexicon) and not _APPOSITION.match(text, end)
        if len(run) >= 2 and not titled and (run[0].text in lexicon.event_words or run[-1].text in lexicon.event_words
                                             or event_before):
            continue  # "Festival Kopi Mongondow", "Kendal Food Festival", "festival Bau Nyale": an event
        written = run  # the run as written: "Warga" opening it is a role even if the page writes "warga" too
        first = _first_in_sentence(text, start) and not after_abbreviated_title  # ("dr. Anak Agung ...": no full stop)
        # ("Salah satu pemilik toko, Hari Mulyono (45), ...": a name with an age after a comma keeps its first word)
        aged_apposition = not first and len(run) == 2 and text[start - 2:start] == ", " and _AGE.match(text, end) is not None
        if not aged_apposition and (first or not (len(run) >= 2 and _opens_with_a_name_opener(run, lexicon))):  # ("kata Lalu Sapta": a name's first word)
            run = _drop_common_words(run, common_or_stems if first else common, lexicon,
                                     _possessive_suffixes(lexicon) if first else ())
        if run and not titled and _names_place(run):
            place_end = end
            continue  # "Air Terjun Tukad Cepung": a common word, then a place word
        name = trailing_name(run, lexicon) if run else []
        if aged_apposition and run and len(name) < len(run) and run[0].text in lexicon.titles_in_names:
            name = run  # "Hari Mulyono (45)": a word that is a title elsewhere opens his name
        if titled and len(name) < len(run) <= 4 and len(run) >= 2 and all(token.text.isalpha() for token in run) \
                and (not name or len(preceding) <= 5):  # (an abbreviated title: "dr.", not a sentence's last word)
            # "dr. Yosefina Maria Lake": after a title, words that name places elsewhere name her ("dr. Christian
            # Gunawan Tjandra": a word that is an adjective elsewhere too)
            name = run
        while len(name) >= 3 and name[0] is not run[0] and name[0].text.casefold() in common \
                and not _opens_with_a_name_opener(name, lexicon):  # "Lalu Ahmad Zaini Hamdi": "lalu" is a word too
            name = name[1:]  # "Direktur Jenderal Pajak Bimo Wijayanto": "pajak" is a word of the role
        if name and name[0] is not run[0] and name[0].text in lexicon.branch_words:
            found.append((run[0].start, text[run[0].start:end], "organization", None, False))
            continue  # "Bulog Cabang Bima": an organisation's branch, no one
        if not name:
            leading = _name_before_role(run, lexicon)
            if leading:  # "Rachmad Hidayat Wicaksono Kepala Dinas Perhubungan Kota Surabaya mengatakan"
                role = text[leading[-1].end:end].strip(" ,")
                found.append((leading[0].start, name_text(text, leading), "person", role,
                              _speaking(text, start, end, verbs, lexicon)))
            continue
        if _place_word_opens(run, name):
            place_end = end
            continue  # "objek wisata Air Terjun Tukad Cepung Kelod": a place, after its place word
        if len(name) >= 3 and name[0] is not run[0] and name[0].text in _named_places(text, lexicon):
            name = name[1:]  # "Camat Gayamsari Dwi Ratnaningsih" beside "Kecamatan Gayamsari": the place is the role's
        name = _without_place_before(name, run, text)
        name = without_country_before(name, lexicon)
        at = next(index for index, token in enumerate(run) if token is name[0])
        if len(name) >= 3 and at > 0 and run[at - 1].text in _place_words()[0] and _title_words_before(run, at - 1):
            name = name[1:]  # "Kasi Pidum Kejari Tanjung Perak Hendro Wicaksono Aji": the place is the role's
        if len(name) >= 3 and _named_alone_before(text, name):
            # "Persija" earlier, then "pelatih Persija Ricardo Almeida Souza": the club's ("CEO Jalatani Parlindungan
            # Hutagalung" after "Jalatani" alone: the company's)
            name = name[1:]
        if short_names and name[0].text in short_names and len(name) >= 3:
            name = name[1:]  # "Ketua Umum Gapki Edwin Sihombing": Gapki is an organisation named before
        if len(name) >= 2 and name[0].text in lexicon.particles_as_titles:
            name = name[1:]  # "Hi. Thamrin": "Haji" written short, opening the name, is his title
        surface = name_text(text, name)
        role = _role_before(text, run, name, lexicon) or _role_before(text, written, name, lexicon)
        # "Menurut Nurma, ...": the cue may open the run itself.
        speaking = _speaking(text, start, end, verbs, lexicon) or _after_according(text, name[0].start, lexicon)
        # ("bribes from Tan Chee Keong, 47,": someone with an age is no place)
        # ("Di Nyaru Menteng saat ini ...": the preposition may open the run, capitalised)
        # ("Secretary of Tourism, Culture and Transportation Kwesi Alleyne-Nicholas": the run opens with the office's
        # last word, after "and"; not "the headman of Ban Nong Khan", a place right after "of")
        # ("Minister of Manpower Rina Kusumawardhani": the office's one word, then her name; not "the headman of Ban
        # Nong Khan", a place, nor "Director of Revenue Collection Eng. Rebecca ...", a title closing the run)
        continues = name[0] is run[0] and len(name) >= 3 and (preceding in ("and", "&") or preceding in ("of", "for")
                                                            and name[0] is written[0] and text[end:end + 1] != "."
                                                            and len(written) == 3  # (not "Public Works Dody Hanggodo")
                                                            and _capitalised_title_before(text, start))
        office_role = None if role or name[0] is run[0] and not continues else _title_of_office_before(text, start, lexicon)
        if office_role and continues:
            name = name[1:]
            surface = name_text(text, name)
        if office_role:
            role = office_role + " " + text[start:name[0].start].strip()  # "Minister of Health Rosalind Cornelius"
        opened_by_preposition = len(written) > len(name) and written[-len(name) - 1].text.casefold() in lexicon.place_prepositions
        # ("a mother of three in the North End": the article between the preposition and the place)
        # (not "Chairman of the State Tax Service Almaz Sydykov": an organisation's words, then the name of its head)
        two_before = _preceding_word(text, text.rfind(" ", 0, start - 1) + 1).casefold()  # the word before ``preceding``
        after_article = preceding.casefold() in lexicon.articles and two_before in lexicon.place_prepositions \
            and not any(token.text in _organisation_heads(lexicon) for token in run[:len(run) - len(name)])
        after_preposition = (preceding.casefold() in lexicon.place_prepositions or opened_by_preposition or after_article
                             or len(name) == 1 and name[0] is run[0] and preceding in lexicon.one_word_place_prepositions
                             and two_before + " " + preceding not in lexicon.cues) \
            and not _AGE.match(text, name[-1].end) and not office_role \
            and not (name[0] is not run[0] and len(name) >= 2 and run[0].text in _known_places())
        # ("Consul General in Kuching Raden Bimo Sasongko Adinegoro welcomed": the place, then a name)
        # After "di"/"in" a name is a place, even where a verb follows: "Zulkarnain, sopir yang ditemui di
        # Simpang Haru, mengaku ..." (the apposition closes before the verb).
        # (one word after "dan" in a list of places is a place, whatever verb follows: "Kecamatan Biringkanaya
        # dan Manggala yang selama ini mengeluhkan ...")
        # (a "role" that is the place just listed is none: "ibu rumah tangga dari Kecamatan Matangkuli, Pirak Timu dan")
        role_is_the_place = bool(role) and place_end > 0 and text[:place_end].endswith(role.strip()) \
            and role[:1].islower() and _LIST_GAP.match(text, end) is not None
        # (a description, not a title: "Camat Kecamatan Matangkuli, Budi Santoso"; the list going on after the name, not
        # "petani kopi asal Kecamatan Sumber Jaya, Lampung Barat, Sarmidi, mengaku")
        listed_place = (not role or role_is_the_place) and (not speaking or len(name) == 1) \
            and (_LIST_GAP.fullmatch(text, place_end, start) or role_is_the_place and text[place_end:start] == ", ") \
            and not _AGE.match(text, name[-1].end)  # "warga Desa Amasing Kota, dan Rizal Sangaji (21)": a person
        if (not (role or speaking) or (len(name) == 1 and not role) or after_preposition and not role or role_is_the_place) \
                and (after_preposition or listed_place):
            place_end = end
            continue  # "di Gedung Sate", "in Silicon Valley", "Kabupaten Donggala dan Parigi Moutong": a place
        if _PLACE_LIST_AFTER.match(text, name[-1].end) and text[name[-1].end + 2:].split(None, 1)[0] in _place_words()[0]:
            place_end = end
            continue  # "Kepala Desa Talang Benuang, Kecamatan Semidang Alas Maras, ...": an address, not a person
        if surface in _known_places() and not speaking:
            place_end = end
            continue  # "warga Cimahi", "Maryland", "Bupati Kutai Kartanegara": a known place, whoever holds its office
        if len(name) == 1 and surface in _named_places(text, lexicon) and (
                not speaking or preceding[:1].islower() and not _first_in_sentence(text, start)):
            continue  # "Wali Kota Pematangsiantar" where the page says "Kota Pematangsiantar", "di hulu Kobe": a place
        if (written[0].text.casefold() in lexicon.residents and written[0] is not name[0]
                or preceding.casefold() in lexicon.residents) and _demonstrative_follows(text, end, lexicon):
            continue  # "Warga Batu Meja itu membeli ...": the place of someone named before
        if (role or preceding).casefold() in lexicon.residents \
                and (surface in _places_in(text, _named_place_pattern()) or _residence_apposition(text, start, end)):
            continue  # "Warga Lubuk Kembang Bunga mengaku" where the page says "Desa Lubuk Kembang Bunga"
        aged = _AGE.match(text, name[-1].end) is not None or _described_with_an_age(text, name[-1].end, lexicon) \
            or bool(lexicon.honour_verbs) and text[name[-1].end:name[-1].end + 30].lstrip(" ,").casefold().startswith(
                tuple(verb + " " for verb in lexicon.honour_verbs))  # "Afrizal bergelar Datuak ...": someone titled
        if text[start - 1:start] in _OPENING_MARKS and text[end:end + 1] in _CLOSING_MARKS and not aged:
            continue  # toko "Ujang Shoes", program "Mas Jos": a thing's name in quotation marks
        if name[0] is run[0] and not aged and preceding in lexicon.thing_nouns:
            continue  # "aplikasi Cek Bansos", "the app Cek Bansos": a thing's name, no one
        if name[0] is run[0] and not aged and _name_given_to_a_thing(text, start, lexicon):
            continue  # "its hotline, known as Iowa Concern,": the name of a thing, no one
        if len(name) == 1 and name[0] is run[0] and _place_of_organisation_before(text, start, found, lexicon):
            place_end = end
            continue  # "the University of Nigeria, Nsukka, said": where the organisation sits
        if len(name) == 1 and _NUMBER_AFTER.match(text, name[0].end) and name[0] is run[-1]:
            continue  # "Ward 4", "District 7": a numbered unit, no one
        if len(name) == 1 and surface.casefold().rstrip(".") in lexicon.months and _DAY_NUMBER_AFTER.match(text, end):
            continue  # "The health ministry said Feb. 27 that ...": a month and its day, no one
        if len(name) == 1 and name[0] is run[0] and _QUARTER_NUMBER.search(text, max(0, start - 5), start):
            place_end = end
            continue  # "di kawasan 26 Ilir, mengaku": a quarter named by its number, no one
        if len(name) == 1 and _part_of_a_title(text, name[0].end, lexicon):
            continue  # "Communication and Legal Manager": the first part of a job's title
        if len(name) == 1 and (surface.casefold() in lexicon.stopwords or surface.casefold() in lexicon.unnamed_subjects
                               or _ROMAN_NUMERAL.fullmatch(surface)):
            continue  # "Sejumlah pegiat lingkungan mengkritik ...": a word opening a sentence, no one's name
        if len(name) == 1 and not aged and _lives_in(text, name[0].start, lexicon):
            place_end = end
            continue  # "Warga Haruku berharap", "Yuli Astuti, warga Rungkut,": where people live
        if len(name) == 1 and name[0] is run[0] and _after_a_kin_noun(text, start, lexicon):
            aged = True  # "whose daughter Nia has been ...": one given name, a person all the same
        if aged:
            introduced_alone.add(surface)  # "Rahmawati (38), warga Talise": one name, a person all the same
        if role and _names_a_unit(text, role, name, lexicon):
            continue  # "Kepala Bidang Hubungan Masyarakat (Kabid Humas) ...": the unit a title heads
        if role and text[start - 1:start] == "(" and text[end:end + 1] == ")":
            continue  # "(Kasi Pidsus)": a title written short, in brackets after it
        if not (speaking or aged) and all(token.text.casefold() in common for token in name):
            continue  # "Kepala Dinas ... Pengendalian Penduduk", "Kepala Bidang Hubungan Masyarakat": words the page writes in lower case
        if not role and name[0] is run[0] and text[start - 2:start - 1].isalpha() \
                and preceding.casefold() in lexicon.organisation_kinds:
            found.append((start, surface, "organization", None, False))
            continue  # "the London-based group Global Witness", "perusahaan Sinar Jaya": the kind names it
        short_for = _organisation_written_short(surface, found) if len(name) == 1 and not aged else None
        if short_for:
            found.append((name[0].start, short_for, "organization", None, False))
            continue  # "Dirjen Badilag" beside "Badan Peradilan Agama": the office's short name, no one's
        company = None if aged else (_company_named_without_its_form(surface, found, lexicon)
                                     or _company_named_without_its_form(text[start:end], found, lexicon))
        if company:
            found.append((name[0].start, company, "organization", None, False))
            continue  # "tulis manajemen Samudra Pangan Lestari" after "PT Samudra Pangan Lestari": the company
        if names_the_outlet(surface, outlet):
            continue  # "Dr. Anusha Varathan told Ada Derana": the paper heard it
        if not role and _speaker_for_pattern(lexicon).search(text, max(0, start - 40), start):
            # (its unnamed spokesperson speaks for it: "A spokeswoman for Cork County Council said ... “...,” she said")
            found.append((name[0].start, text[start:end], "organization", None, _speaking(text, start, end, verbs, lexicon)))
            continue  # "A spokesperson for Harlow Estates said": whom the spokesperson speaks for
        title_after = _title_then_name(text, runs, index, lexicon) if name[-1] is run[-1] and not aged else None
        if title_after:
            # "said Halifax Transit director Andrea Pothier": the employer, then the title of the person named next
            found.append((name[0].start, surface, "organization", None, False))
            employer_roles[runs[index + 1][0].start] = text[name[0].start:end] + " " + title_after
            employers.add(surface)
            continue
        if not role and start in employer_roles:
            role = employer_roles[start]
        if subheadings and not (role or speaking or aged) and any(begin <= start < end for begin, end in subheadings):
            continue  # a subheading capitalises every word: its runs are no names on their form alone
        if role or len(name) >= 2 or speaking or aged:
            found.append((name[0].start, surface, "person", role, speaking))
        else:
            short_forms.append((name[0].start, surface))
    found = _drop_sentence_openers(found, text)
    if employers:  # ("She said Halifax Transit will post daily updates": the employer named before, no person)
        found = [(offset, surface, "organization" if surface in employers else kind, role, speaking)
                 for offset, surface, kind, role, speaking in found]
    # "“Cambodia remains committed ...”": a country that acts or speaks is a country, never a person.
    # ("Ketua FKKD Kecamatan Ciawigebang, Oman, mengatakan", "Haji Oman": a man named Oman, his role in a district or
    # his honorific stated, wherever the page names him; not "Ketua Dewan Keamanan PBB bulan ini, Aljazair")
    named_like_a_country = {surface for _, surface, kind, role, _ in found if kind == "person" and surface in lexicon.countries
                            and role and (_only_ranks(role, lexicon) or any(word in _place_words()[0] for word in role.split()))}
    found = [(offset, surface, "country" if kind == "person" and surface in lexicon.countries
              and surface not in named_like_a_country else kind,
              role, speaking) for offset, surface, kind, role, speaking in found]
    found = _organisations_by_their_first_name_word(found, text, lexicon)
    found = _organisations_by_their_opening_words(found, text)
    found = _organisations_by_words_inside_their_name(found, text, lexicon)
    named_alone = {item[1] for item in found if item[2] == "person" and " " not in item[1]}
    found = _trim_role_words(found, text, lexicon, {surface for _, surface in short_forms} | named_alone, named_alone)
    # (A short name given in brackets wins over one guessed from the words: "Komisi Pemilihan Umum (KPU)".)
    aliases = {**_short_forms_of_organisations(found, lexicon), **short_names, **_aliases(found, text, lexicon),
               **_clipped_given_names(found, short_forms), **_clipped_two_word_names(found),
               **_parts_of_double_surnames(found, short_forms, text, lexicon),
               **_nickname_aliases(nicknames, found),
               **_short_titles_of_people(found, text, lexicon)}
    also_called = _organisations_also_called(found, text, lexicon)  # "PT Pelayaran Nasional Indonesia (Persero) atau Pelni"
    aliases.update(also_called)
    found = [(offset, aliases.get(surface, surface), "organization" if surface in also_called else kind,
              None if surface in also_called else role, speaking)
             for offset, surface, kind, role, speaking in found]
    actors = ArticleActors(aliases=aliases)
    # Longest forms first, so short forms resolve to them.
    for offset, surface, kind, role, speaking in sorted(found, key=lambda f: -len(f[1].split())):
        canonical = actors.canonical(surface, kind) if kind == "person" else None
        _add(actors, canonical or surface, kind, surface, offset, role)
        if speaking:
            actors.speech.append((offset, canonical or surface))
    # "mencap Lai": a later mention by surname keeps the person in view for "-nya" and "he".
    for offset, surface in short_forms:
        canonical = actors.canonical(aliases.get(surface, surface), "person")
        if canonical:
            _add(actors, canonical, "person", surface, offset, None)
    # "Sekda berharap ...": a title alone, as a sentence's subject, is a mention of its one holder.
    for at, title in _titles_standing_alone(text, lexicon):
        holder = title_holder(title, actors, lexicon)
        if holder:
            _add(actors, holder, "person", title, at, None)
    actors.positions.sort()
    actors.speech.sort()
    actors.tentative = _unconfirmed_people(actors, found, text, introduced_alone, lexicon)
    firsts: dict[str, int] = {}
    for offset, surface, kind, role, _ in found:
        name = actors.canonical(surface, "person") if kind == "person" else None
        if name and (role or " " in surface or surface in introduced_alone) and offset < firsts.get(name, len(text)) \
                and _opens_sentence(text, offset, lexicon):
            firsts[name] = offset
    actors.introductions = sorted((offset, name) for name, offset in firsts.items())
    actors.paragraph_starts = [0] + [match.end() for match in _PARAGRAPH_BREAK.finditer(text)]
    actors.subjects = sorted((actors.paragraph_starts[bisect_right(actors.paragraph_starts, offset) - 1], offset, name)
                             for offset, name in actors.positions if _opens_sentence(text, offset, lexicon)
                             and not _quoted_at(text, offset))
    pronouns = _pronouns_speaking(text, actors, verbs, lexicon)
    if pronouns:
        actors.speech = sorted(actors.speech + pronouns)
    return actors


@cache
def _speaker_for_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """"a spokesperson for ", "officials from ": the words before an institution someone speaks for."""
    phrases = [phrase for phrase in lexicon.institution_speakers if phrase.split()[-1] in ("for", "at", "from", "by")]
    return re.compile(rf"(?<!\w)(?:{alternation(phrases, ignore_case=True)}) (?:the )?$", re.IGNORECASE) \
        if phrases else re.compile(r"(?!x)x")


# " director Andrea": one to three lower-case words between two runs of capitalised words
_LOWER_CASE_GAP = re.compile(r" ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (?=[A-Z])")


def _title_then_name(text: str, runs: list[list[Token]], index: int, lexicon: Lexicon) -> str | None:
    """The title in lower case between a run and a full name right after it ("Halifax Transit director Andrea
    Pothier", "Penal/Debe Regional Corporation chairman Dave Sookram"): the run is where that person works."""
    gap = _LOWER_CASE_GAP.match(text, runs[index][-1].end)
    following = runs[index + 1] if index + 1 < len(runs) else None
    # (two words at least: "Putin spokesman Dmitry Peskov", "Trump spokeswoman ...": one word may be a person's name)
    if not gap or following is None or following[0].start != gap.end() or len(following) < 2 or len(runs[index]) < 2:
        return None
    words = gap.group(1).split()
    if words[-1] in lexicon.residents or words[-1] in lexicon.person_nouns \
            or any(word in lexicon.stopwords or word in lexicon.cues or word in lexicon.verbs for word in words):
        return None  # (not "Mosgiel resident Peter Haddon": where he lives; not "... said director ...": a verb between)
    # ("executive director", "acting director": the title may close words that titles are made of; not "Rahmat Selang
    # didampingi hakim anggota Jenny Tulak": a verb, then the title of the next person)
    titled = any(_title_pattern(lexicon).fullmatch(" ".join(words[at:])) and all(
        word in _title_vocabulary(lexicon) for word in words[:at]) for at in range(len(words)))
    return gap.group(1) if titled else None


@cache
def _title_vocabulary(lexicon: Lexicon) -> frozenset[str]:
    """Every word the language's titles are made of, in lower case ("executive" of "chief executive")."""
    return frozenset(word.casefold() for title in lexicon.titles for word in title.split())


def _pronouns_speaking(text: str, actors: ArticleActors, verbs: frozenset[str], lexicon: Lexicon) -> list[tuple[int, str]]:
    """"..., Brigjen TNI Yusuf Abdillah Harahap, selaku inspektur upacara. Ia mengatakan ...": the person last
    named speaks through the pronoun opening the next sentence."""
    speaking = []
    for match in _sentence_pronoun(lexicon).finditer(text):
        if _quoted_at(text, match.start()):
            continue  # '"... jam enam. Dia bilang bantuan segera datang."': someone the speaker quotes
        if _verb_follows(text, match.end(), verbs, lexicon.adverbs):
            # The subject of the sentence before, if a person opened it ("Anindya membacakan tuntutan di hadapan
            # majelis hakim yang diketuai Ketut Darmaputra. Ia menyebut ...": Anindya), else the person last named.
            before_end = len(text[:match.start()].rstrip())  # the sentence before, across a paragraph break too
            sentence = max(text.rfind(". ", 0, before_end - 1) + 2, text.rfind("\n", 0, before_end) + 1)
            subject = next((name for _, offset, name in reversed(actors.subjects)
                            if sentence <= offset < match.start()), None)
            named = [name for offset, name in actors.positions if sentence <= offset < match.start()]
            name = subject or (named[-1] if named else None)  # (no one named in the sentence before: no one)
            if name:
                speaking.append((match.start(), name))
    return speaking


@cache
def _sentence_pronoun(lexicon: Lexicon) -> re.Pattern[str]:
    words = list(lexicon.speaking_pronouns) or ["(?!x)x"]
    return re.compile(rf"(?:(?<=\. )|(?<=\n)|^)(?:{alternation(words)})(?=\s)")


def possessed_group(word: str, lexicon: Lexicon) -> bool:
    """"Timnya", "Pihaknya": an organisation's word with a possessive suffix, no one's name."""
    stem = next((word[:-len(suffix)] for suffix in _possessive_suffixes(lexicon) if word.endswith(suffix)), None)
    return bool(stem) and (opens_an_organisation(stem, lexicon) or stem.casefold() in lexicon.institution_nouns
                           or stem in lexicon.not_names)


def _short_titles_of_people(found: list, text: str, lexicon: Lexicon) -> dict[str, str]:
    """A title the page writes short in brackets before someone's name ("Kepala Staf Kodam (Kasdam) IX/Udayana,
    Brigjen TNI Agus Salim Siregar"), later standing alone for him ("ujar Kasdam"): his name."""
    aliases = {}
    for _, surface, kind, _, _ in found:
        if kind != "person" or " " in surface or surface in aliases:
            continue
        at = text.find(f"({surface})")
        before = text[max(0, at - 80):at].split()[-7:] if at >= 0 else []
        if any(is_acronym_of(surface, " ".join(before[index:])) for index in range(len(before) - 1)) \
                or not any(title_at_start(" ".join(before[index:]), lexicon) for index in range(len(before))):
            # "Asosiasi Provinsi (Asprov) PSSI Lampung": an organisation's short name, not a title's; "Muhammad
            # Rizky (Iki) dan ... Andi Saputra": a nickname, after no title
            continue
        holder = next((item[1] for item in found if item[2] == "person" and " " in item[1] and at < item[0] < at + 100),
                      None) if at >= 0 else None
        if holder:
            aliases[surface] = holder
    return aliases


def _organisations_by_words_inside_their_name(found: list, text: str, lexicon: Lexicon) -> list:
    """"Yayasan Buddha Tzu Chi Indonesia", later "Tzu Chi berencana ...": words of one organisation's name, with
    no role, no age and no words of their own, are that organisation (not inside a name given after someone: "RSUD
    dr. Soetomo"; not "Yayasan Pendidikan Budi Santoso Indonesia ... Budi Santoso mengatakan")."""
    organisations = [item[1] for item in found if item[2] == "organization" and len(item[1].split()) >= 3]
    if not organisations:
        return found
    result = []
    for item in found:
        offset, surface, kind, role, speaking = item
        if kind == "person" and not role and not speaking and " " in surface and not _AGE.match(text, offset + len(surface)):
            # (inside the name, not closing it: "Ministry of Commerce Chhim Sovanndara" is a title run into a name)
            owners = {name for name in organisations if f" {surface} " in f" {name} "
                      and not name.startswith(surface) and not name.endswith(surface)
                      and not any(name.startswith(f"{head} {surface}") for head in lexicon.named_after_heads)}
            if len(owners) == 1:
                item = (offset, owners.pop(), "organization", None, False)
        result.append(item)
    return result


def _organisations_by_their_first_name_word(found: list, text: str, lexicon: Lexicon) -> list:
    """"Yayasan Pusaka Bentala Rakyat", later "pernyataan Pusaka": the one word after the organisation word
    of one organisation's name is that organisation, not someone of that name (unless a person of the page
    has it in his name, or the one word is someone's, with a role or an age: "korban, Bima (34)" beside
    "Polres Bima Kota")."""
    by_word: dict[str, set[str]] = {}
    for item in found:
        parts = item[1].split()
        if item[2] == "organization" and len(parts) >= 3 and opens_an_organisation(parts[0], lexicon):
            by_word.setdefault(parts[1], set()).add(item[1])
    if not by_word:
        return found
    people_words = {word for item in found if item[2] == "person" and " " in item[1] for word in item[1].split()}
    aged = {item[1] for item in found if item[2] == "person" and (item[3] or _AGE.match(text, item[0] + len(item[1])))}
    return [(offset, next(iter(by_word[surface])), "organization", None, False)
            if kind == "person" and " " not in surface and len(by_word.get(surface, ())) == 1
            and surface not in people_words and surface not in aged
            else (offset, surface, kind, role, speaking)
            for offset, surface, kind, role, speaking in found]


def _organisations_by_their_opening_words(found: list, text: str) -> list:
    """"Beltinge Fields Primary School", later "Beltinge Fields, which has 60 reception places": the opening words
    of one organisation's name, written alone with no role or age, are that organisation, not a person."""
    organisations = [item[1] for item in found if item[2] == "organization" and len(item[1].split()) >= 3]
    if not organisations:
        return found
    people_named = {item[1] for item in found if item[2] == "person" and (item[3] or _AGE.match(text, item[0] + len(item[1])))}

    def named(surface: str) -> str | None:
        matches = {name for name in organisations if name.startswith(surface + " ")}
        return next(iter(matches)) if len(matches) == 1 else None

    return [(offset, named(surface), "organization", None, False)
            if kind == "person" and not role and " " in surface and surface not in people_named and named(surface)
            else (offset, surface, kind, role, speaking)
            for offset, surface, kind, role, speaking in found]


_PLACE_LIST_AFTER = re.compile(r", [A-Z]")
_INITIALS_ALIAS = re.compile(r"(?<![\w.])[A-Z]{2,4}(?: \(\d{1,3}\))? (?:alias|als\.?|a\.k\.a\.?|aka) $")
_INITIAL = re.compile(rf"[{_UPPER}]\.")
_ROMAN_NUMERAL = re.compile(r"[IVXL]+\.?")  # "Sumatera V": a numbered office, never a name alone
_OPENING_MARKS = frozenset({'"', "“", "‘", "'"})
_CLOSING_MARKS = frozenset({'"', "”", "’", "'"})


def _lives_in(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a one-word name follows a word for the people of a place ("warga Rungkut"), or a
    word that makes it a reduplicated noun ("Saksi-saksi")."""
    word = text[start:text.find(" ", start) % (len(text) + 1)].strip(",.;:")
    first, dash, second = word.partition("-")
    if dash and first.casefold() == second.casefold():
        return True
    if _preceding_word(text, start).casefold() in lexicon.residents and not text[:start].rstrip().endswith(","):
        return True  # (not "Salah satu warga, Sukiyem, mengaku": the resident, named in apposition)
    # "Acil Mariyam (61), warga Desa Pasar Jati, Astambul, mengatakan": the place after the village, too
    pattern = _resident_of_place_before(lexicon)
    return pattern is not None and pattern.search(text[max(0, start - 60):start]) is not None


@cache
def _resident_of_place_before(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A word for the people of a place, then the place and a comma, closing the text ("warga Desa
    Pasar Jati, "): one pattern for all the words, built once per language."""
    if not lexicon.residents:
        return None
    return re.compile(rf"\b(?:{alternation(lexicon.residents)})\s+[^,.;:\"“”]{{2,40}},\s*$")


def _demonstrative_follows(text: str, end: int, lexicon: Lexicon) -> bool:
    following = text[end:end + 12].split(None, 1)
    return bool(following) and following[0].strip(",.") in lexicon.demonstratives and text[end:end + 1] == " "


def without_country_before(name: list[Token], lexicon: Lexicon) -> list[Token]:
    """A name without the country its run gives before it ("Menteri Luar Negeri Oman Khalid bin Salim
    al-Harthy": the country is the role's)."""
    return name[1:] if len(name) >= 3 and name[0].text in lexicon.countries else name


_NICKNAME_GAP = re.compile(r" [\"“]\S+[\"”] ")
_SINGLE_NICKNAME_GAP = re.compile(r" ['‘][^\s'‘’]+['’] ")


def _across_quoted_nicknames(text: str, runs: list[list[Token]]) -> tuple[list[list[Token]], dict[str, int]]:
    """The runs, with a name that a nickname in quotation marks interrupts joined again ('Rodolfo "Boy"
    Tecson Jr.', 'Maria Lourdes “Malou” Dela Peña-Arnaiz'), and each nickname with where its name starts."""
    result: list[list[Token]] = []
    nicknames: dict[str, int] = {}
    index = 0
    while index < len(runs):
        run = runs[index]
        if index + 2 < len(runs) and len(runs[index + 1]) == 1 \
                and _NICKNAME_GAP.fullmatch(text, run[-1].end, runs[index + 2][0].start):
            nicknames[runs[index + 1][0].text] = run[0].start
            result.append(run + runs[index + 2])
            index += 3
            continue
        following = runs[index + 1] if index + 1 < len(runs) else None
        if following is not None and len(following) >= 2 and following[0].text[-1:] in ("'", "’") \
                and text[run[-1].end:following[0].start] in (" '", " ‘"):
            # "Desmond 'Bigga' Hylton": a nickname in single marks, its closing mark read as part of the word
            nicknames[following[0].text[:-1]] = run[0].start
            result.append(run + following[1:])
            index += 2
            continue
        result.append(run)
        index += 1
    return result, nicknames


_NAMESAKES_TITLE = re.compile(r" (?:(?:dr|Dr|drg|Prof|prof|H|Hj)\.? ){1,2}")


def _across_a_namesakes_title(text: str, runs: list[list[Token]], lexicon: Lexicon) -> list[list[Token]]:
    """The runs, with an institution named after someone joined across that person's titles ("RSUD" "dr."
    "Dradjat Prawiranegara", "Rumah Sakit Umum Daerah (RSUD)" "dr. H." "Chasan Boesoirie Ternate")."""
    result: list[list[Token]] = []
    for run in runs:
        if result and result[-1][-1].text.strip("()") in lexicon.named_after_heads \
                and _NAMESAKES_TITLE.fullmatch(text, result[-1][-1].end, run[0].start):
            result[-1] = result[-1] + run
            continue
        result.append(run)
    return result


def _without_bracketed_nicknames(runs: list[list[Token]], lexicon: Lexicon) -> tuple[list[list[Token]], dict[str, int]]:
    """The runs without a nickname in brackets closing a person's name ("Muhammad Noor Hidayat (Dayat)":
    one word in title case that abbreviates none of it, after words that are all names), and each such
    nickname with where its name starts."""
    result: list[list[Token]] = []
    nicknames: dict[str, int] = {}
    for run in runs:
        last = run[-1].text
        words = [token.text for token in run[:-1]]
        if len(run) >= 3 and last.startswith("(") and last.endswith(")") and last[1:-1].isalpha() \
                and last[1:2].isupper() and last[2:].islower() and not _abbreviates(last[1:-1], words) \
                and not is_acronym_of(last[1:-1], " ".join(words)) \
                and all(is_name_token(word, lexicon) for word in words):
            nicknames[last[1:-1]] = run[0].start
            run = run[:-1]
        result.append(run)
    return result, nicknames


def _nickname_aliases(nicknames: dict[str, int], found: list) -> dict[str, str]:
    """Each nickname, as a short form of the person whose name it interrupted."""
    people = {offset: surface for offset, surface, kind, _, _ in found if kind == "person"}
    aliases = {}
    for nickname, start in nicknames.items():
        named = next((surface for offset, surface in people.items() if offset >= start), None)
        if named:
            aliases[nickname] = named
    return aliases


def _joined_organisations(text: str, runs: list[list[Token]], lexicon: Lexicon) -> tuple[list[list[Token]], set[int]]:
    """The runs, with those one organisation's name spans joined into one ("Ministry" "of" "Marine
    Affairs" "and" "Fisheries"; "Badan Meteorologi", "Klimatologi", "dan Geofisika (BMKG)"), and the
    ``id`` of every joined run. An "of" joins a run that is an organisation word; "and" and commas
    join only where the acronym in brackets after the whole spells every part, or after an "of"."""
    if not (lexicon.organisation_connectors or lexicon.organisation_of):
        return runs, set()
    heads = _organisation_heads(lexicon)
    result: list[list[Token]] = []
    joined: set[int] = set()
    spelled: list[str] = []  # names joined by their acronym so far: their parts join again ("Balai Besar Meteorologi, ...")
    index = 0
    while index < len(runs):
        merged, taken, via_of = runs[index], index, False
        listed = False  # whether the last run joined was an item of a list inside the name
        best = (merged, taken)
        while taken + 1 < len(runs) and taken - index < 5 and runs[taken + 1][0].start - merged[-1].end <= 9:
            kind = _connector(text[merged[-1].end:runs[taken + 1][0].start], lexicon)
            # ("Nigeria Centre for Disease Control and Prevention": an English name closed by its word goes on after "for")
            if kind is None or (kind == "of" and not (len(merged) <= 3 and merged[0].text in heads or
                                                       len(merged) >= 2 and merged[0].text.casefold() in lexicon.articles
                                                       and merged[1].text in heads  # ("A Department of Defence spokesperson")
                                                       # ("The Port Authority of Trinidad and Tobago": a name
                                                       # closed by its word goes on after "of" when it opens with "The")
                                                       or merged[-1].text in heads
                                                       and text[merged[-1].end:runs[taken + 1][0].start] == " of "
                                                       and runs[taken + 1][0].text.casefold() not in _weekdays_of_every_language()
                                                       and runs[taken + 1][0].text.casefold() not in _months_of_every_language()
                                                       and (3 <= len(merged) <= 4 and merged[0].text in ("The", "the")
                                                            or 2 <= len(merged) <= 3
                                                            and text[max(0, merged[0].start - 4):merged[0].start] in ("the ", "The "))
                                                       or 2 <= len(merged) <= 3 and taken == index
                                                       and text[merged[-1].end:runs[taken + 1][0].start] == " for "
                                                       and (merged[-1].text in heads or merged[-1].text in _CLOSING_BEFORE_FOR)
                                                       and not _calendar_or_place(runs[taken + 1]))):
                break
            opened = merged[0].text in ("The", "the") and 2 <= len(merged) <= 3 \
                or len(merged) <= 2 and text[max(0, merged[0].start - 4):merged[0].start] in ("the ", "The ")
            if kind == "and" and not via_of and taken == index and opened and 2 <= len(runs[taken + 1]) <= 3 \
                    and runs[taken + 1][-1].text in heads and len(heads[runs[taken + 1][-1].text][-1]) == 1:
                # "the Transport and Logistics Bureau": an English name closed by its word, its field in two parts
                merged, taken = merged + runs[taken + 1], taken + 1
                best = (merged, taken)
                break
            if kind == "and" and not via_of and taken == index and _opens_with_head(merged, heads, lexicon) \
                    and len(runs[taken + 1]) == 1 and (runs[taken + 1][0].text[1:].islower()
                                                       or runs[taken + 1][0].text.isupper() and runs[taken + 1][0].text in lexicon.not_names) \
                    and runs[taken + 1][0].text not in heads \
                    and text.count(text[merged[0].start:runs[taken + 1][0].end]) >= 2:
                # "Kementerian Haji dan Umrah", "Kementerian Hukum dan HAM", written so more than once: one name closed
                # by its second field
                merged, taken = merged + runs[taken + 1], taken + 1
                best = (merged, taken)
                break
            if kind == "and" and via_of and _is_place_name(text, runs[taken], lexicon):
                break  # "Bank of Japan and Sony": two names
            if kind == "and" and runs[taken + 1][0].text in heads and not (
                    via_of and len(runs[taken + 1]) == 1 and _list_closes_after(text, runs, taken + 1, lexicon)):
                # "Kementerian Perdagangan dan Kementerian Perindustrian": two institutions (not a field of a list
                # after "of" that is an organisation's word elsewhere: "... of the Environment, Tourism, Science and ...")
                break
            if kind == "and" and not via_of and _opens_with_head(merged, heads, lexicon) \
                    and "," not in text[merged[-1].end:runs[taken + 1][0].start] \
                    and (any(token.text in _place_words()[0] for token in runs[taken + 1][1:])
                         or _closed_by_known_place(text, runs[taken + 1], lexicon)
                         # "Perum Bulog Kantor Wilayah Maluku dan Maluku Utara": a branch over two places
                         or any(token.text in lexicon.branch_words for token in merged[1:])
                         and merged[-1].text in _known_places() and name_text(text, runs[taken + 1]) in _known_places()
                         or _noun_by_its_form(runs[taken + 1][0].text, lexicon)):
                # "Dinas Lingkungan Hidup dan Kehutanan Provinsi Bengkulu", "Dinas Pertanian dan Pangan
                # Pidie Jaya": one name, going on to its place; "Balai Penegakan Hukum Lingkungan Hidup dan
                # Kehutanan": one name, closed by a noun no name has the form of
                opened_by_a_noun = _noun_by_its_form(runs[taken + 1][0].text, lexicon) and len(runs[taken + 1]) >= 2 \
                    and not runs[taken + 1][1].text.startswith("(")
                merged, taken = merged + runs[taken + 1], taken + 1
                best = (merged, taken)
                if opened_by_a_noun:
                    continue  # "Kantor Pengawasan dan Pelayanan Bea dan Cukai Nunukan": a third field may follow
                break
            comma = "," in text[merged[-1].end:runs[taken + 1][0].start]
            last_part = len(merged)
            following = runs[taken + 1]
            merged, taken = merged + following, taken + 1
            acronym = _spelled_by_acronym(text, merged, last_part) or _spelled_from_inner_head(text, merged, last_part, heads) \
                or _spelled_after_a_title(text, merged, last_part, lexicon)
            if acronym:
                spelled.append(text[merged[0].start:merged[-1].end])
            # After "of": "and" one word more ("Marine Affairs and Fisheries"), not a list of names
            # ("Department of Health, Maria Santos", "Bank of England and Andrew Bailey").
            one_word = len(following) == 1 or len(following) == 2 and following[1].text.startswith("(") \
                or len(following) == 2 and _noun_by_its_form(following[1].text, lexicon) \
                or len(following) == 2 and following[0].text in lexicon.not_names  # "Prevention (NCDC)", "Land Stewardship"
            # ("Ministry of Environment and Climate Change": a field no one is named by)
            listed_before = listed
            listed = via_of and comma and len(following) == 1 and _list_closes_after(text, runs, taken, lexicon)
            of_part = kind == "of" or via_of and not comma and (one_word or listed_before and len(following) == 2) \
                or listed
            via_of = via_of or kind in ("of", "for")  # ("Department for Education, Children and Young People")
            if of_part or acronym or _parts_spelled_before(text, merged, last_part, spelled):
                best = (merged, taken)
            elif via_of:
                break
        merged, taken = best
        if taken > index:
            joined.add(id(merged))
        result.append(merged)
        index = taken + 1
    return result, joined


# Words closing an English organisation's name before "for" what it is for ("Nigeria Centre for Disease Control"),
# though alone they name places ("Batam Centre").
_CLOSING_BEFORE_FOR = frozenset({"Centre", "Center"})


def _calendar_or_place(run: list[Token]) -> bool:
    """"for Sunday evening meals", "for Fiji funding": a day or a place after "for", not what an organisation is for."""
    first = run[0].text.rstrip(".,")
    return first.casefold() in _months_of_every_language() or first.casefold() in _weekdays_of_every_language() \
        or first in _known_places() or first in _in_every_language("countries") \
        or any(token.text.casefold() in _weekdays_of_every_language() or token.text.casefold() in _holidays_of_every_language()
               for token in run)  # ("Batam Centre for Christmas", "for Black Friday")


@cache
def _holidays_of_every_language() -> frozenset[str]:
    return frozenset(name.casefold() for lexicon in _every_language() for name in lexicon.holidays)


@cache
def _weekdays_of_every_language() -> frozenset[str]:
    return frozenset(word for lexicon in _every_language() for word in lexicon.weekdays)


def _noun_by_its_form(word: str, lexicon: Lexicon) -> bool:
    """A capitalised word whose affixes no name has ("Kehutanan", "Perikanan")."""
    return lexicon.word_forms_not_names is not None and lexicon.word_forms_not_names.match(word.casefold()) is not None


def _list_closes_after(text: str, runs: list[list[Token]], at: int, lexicon: Lexicon) -> bool:
    """Whether the one-word run at ``at`` is followed by "and" and a last run of a word or two: a list of
    words inside one name ("Ministry of Social Welfare, Relief and Resettlement")."""
    if at + 1 >= len(runs) or len(runs[at + 1]) > 2:
        return False  # (two words at most: "Department for Education, Children and Young People")
    gap = text[runs[at][-1].end:runs[at + 1][0].start]
    if gap.strip() == "," and len(runs[at + 1]) == 1:
        # ("Department of the Environment, Tourism, Science and Innovation": one more item of the list first)
        return _list_closes_after(text, runs, at + 1, lexicon)
    if "," in gap or _connector(gap, lexicon) != "and":
        return False
    after = text[runs[at + 1][-1].end:runs[at + 1][-1].end + 2]
    return not (after[:1] == " " and after[1:2].isupper())  # (the last word closes the name)


def _spelled_from_inner_head(text: str, run: list[Token], last_part: int, heads: dict) -> bool:
    """Whether an acronym spells the run from an organisation word inside its first part ("Kepala
    Stasiun Geofisika Kelas I Palu" "Badan Meteorologi", "Klimatologi", "dan Geofisika (BMKG)")."""
    inner = [index for index in range(1, last_part) if run[index].text in heads]
    return bool(inner) and _spelled_by_acronym(text, run[inner[-1]:], last_part - inner[-1])


def _parts_spelled_before(text: str, run: list[Token], last_part: int, spelled: list[str]) -> bool:
    """Whether the words either side of the join stand so in a name joined by its acronym before
    ("Balai Besar Meteorologi, Klimatologi, dan Geofisika Wilayah III" after "Badan Meteorologi,
    Klimatologi, dan Geofisika (BMKG)")."""
    if not 0 < last_part < len(run) or not spelled:
        return False
    words = text[run[last_part - 1].start:run[last_part].end]
    return any(words in name for name in spelled)


def _opens_with_head(run: list[Token], heads: dict, lexicon: Lexicon) -> bool:
    """Whether ``run`` opens with an organisation word, after any titles ("Kepala Dinas Pertanian")."""
    words = [token.text for token in run]
    while len(words) > 1 and words[0] not in heads and _is_title_token(words[0], lexicon):
        words = words[1:]
    return words[0] in heads


def _closed_by_known_place(text: str, run: list[Token], lexicon: Lexicon) -> bool:
    """Whether ``run`` is a word or two and then a known place ("Pangan Pidie Jaya") or an organisation
    the page gives a short name in brackets ("Pemeliharaan Aset UGM" after "Universitas Gadjah Mada
    (UGM)"), not a title."""
    if _is_title_token(run[0].text, lexicon) or len(run) < 2:
        return False
    last = run[-1].text
    if last.isupper() and len(last) >= 2 and f"({last})" in text:
        return True
    return any(name_text(text, run[-size:]) in _known_places() for size in range(1, min(3, len(run) - 1) + 1))


@cache
def _mission_head_pattern(lexicon: Lexicon) -> re.Pattern[str] | None:
    """Any mission word as a whole word ("Embassy", "Kedutaan Besar"), built once per language."""
    return re.compile(rf"\b(?:{alternation(lexicon.mission_heads)})\b") if lexicon.mission_heads else None


def _mission_seat(text: str, organisation: str, following: list[Token] | None, lexicon: Lexicon) -> str | None:
    """The place where the mission ``organisation`` sits, when the run ``following`` names it after a
    seat preposition ("Kedutaan Besar Rusia" "di" "Jakarta", "Philippine Embassy" "in" "Hanoi"): part of its name."""
    heads = _mission_head_pattern(lexicon)
    if not following or heads is None or heads.search(organisation) is None:
        return None
    place = [token for token in following if not token.text.startswith("(")]
    start = text.rfind(organisation, 0, following[0].start)
    gap = text[start + len(organisation):following[0].start] if start != -1 else "\n"
    if not place or "\n" in gap or gap.strip().casefold() not in lexicon.mission_seat_prepositions \
            or not (len(place) == 1 or _is_place_name(text, place, lexicon)):
        return None  # a single word ("Jakarta"), or a place known by its longer name ("Kuala Lumpur")
    return text[start:place[-1].end]


def _is_place_name(text: str, run: list[Token], lexicon: Lexicon) -> bool:
    surface = text[run[0].start:run[-1].end]
    return surface in lexicon.countries or surface in _known_places()


def _connector(gap: str, lexicon: Lexicon) -> str | None:
    """"of" or "and" when ``gap`` between two runs is a connector of one organisation's name."""
    words = gap.strip().removeprefix(",").strip().casefold()
    if "\n" in gap or not gap.startswith((" ", ",")) or not gap.endswith(" "):
        return None
    if words in lexicon.organisation_of and "," not in gap:
        return "of"
    if words in lexicon.organisation_connectors or (words == "" and gap == ", "):
        return "and"
    return None


def _spelled_by_acronym(text: str, run: list[Token], last_part: int = 0) -> bool:
    """Whether the run ends with (or is followed by) an acronym in brackets of all of it, or of all
    before it and its place ("Dinas Lingkungan Hidup dan Kehutanan (DLHK) DIY"); the acronym must
    stand in the part last joined (from ``last_part`` on), not in one joined before."""
    bracket = next((index for index, token in enumerate(run) if token.text.startswith("(")), None)
    if bracket is not None and bracket < last_part:
        return False
    if bracket is not None and bracket >= 2:
        short = run[bracket].text.strip("()")
        if _short_words().get(short) == text[run[0].start:run[bracket - 1].end]:
            return True  # "Kementerian Pemuda dan Olahraga (Kemenpora)": a short name the language file knows
        return is_acronym_of(short, text[run[0].start:run[bracket - 1].end]) and _every_part_spelled(short, run[:bracket])
    following = _ACRONYM_AFTER.match(text, run[-1].end)
    return bool(following) and is_acronym_of(following.group(1), text[run[0].start:run[-1].end]) and \
        _every_part_spelled(following.group(1), run)


def _spelled_after_a_title(text: str, run: list[Token], last_part: int, lexicon: Lexicon) -> bool:
    """Whether the words after the title opening the run are spelled by an acronym in brackets ("Direktur
    Jenderal Industri Kecil, Menengah, dan Aneka (IKMA)"): the office's name, whose parts join."""
    titles = 0
    while titles < len(run) - 2 and titles < last_part and _is_title_token(run[titles].text, lexicon):
        titles += 1
    return 0 < titles < last_part and _spelled_by_acronym(text, run[titles:], last_part - titles)


def _every_part_spelled(short: str, run: list[Token]) -> bool:
    """For an acronym in capitals: a letter for every word of the run but perhaps its first ("KKP",
    "ESDM" of "Kementerian Energi dan Sumber Daya Mineral"), so that "Kementerian Keuangan dan
    Bank Indonesia (BI)" is not taken for one name."""
    words = [token for token in run if token.text not in ("The", "the")]
    return not short.isupper() or len(words) - 1 <= len(short) <= len(words)


def _unconfirmed_people(actors: ArticleActors, found: list, text: str, introduced_alone: set[str],
                        lexicon: Lexicon) -> set[str]:
    """People whose every mention is a bare capitalised run: no role, no speech, no age, no
    apposition after it, no word before it that marks a person ("dicetak oleh"), no partner in
    a pair or list who is confirmed, no other form of the name on the page."""
    people = sorted((offset, offset + len(surface), actors.canonical(surface, "person"), role or speaking)
                    for offset, surface, kind, role, speaking in found if kind == "person")
    confirmed = {name for start, end, name, stated in people if name and (
        stated or name in introduced_alone or _AGE.match(text, end) or _APPOSITION.match(text, end)
        or (start == 0 or text[start - 1] == "\n" or text[start - 2:start] == ". ") and _titled_apposition(text, end, lexicon)
        or _marked_as_a_person(text, start, lexicon)
        or _title_just_before(text, start, lexicon) or _acts(text, end, lexicon) or _after_a_role_label(text, start, lexicon)
        or " " in name and _APPOSED_TO_A_NOUN.search(text, max(0, start - 30), start)
        or " " in name and _set_off_after_a_person_noun(text, start, lexicon))}
    # "Fajar Nugraha/Kevin Aditya Santoso", "oleh Timar Dilo dan Sarno Noni": partners share the finding,
    # along the whole list ("Rendy Oscario; Yoga Pratama Putra, Hendra Saputra Lubis": a team's line-up).
    partners = [(name, other) for (_, end, name, _), (start, _, other, _) in zip(people, people[1:])
                if text[end:start] in ("/", ", ", "; ") or _LIST_GAP.fullmatch(text, end, start)]
    grown = True
    while grown:
        grown = False
        for name, other in partners:
            if (name in confirmed) != (other in confirmed):
                confirmed |= {name, other}
                grown = True
    return {actor.name for actor in actors.people()
            if actor.name not in confirmed and len(actor.surfaces) == 1 and actor.name not in actors.aliases.values()}


# "Two men who drove the trucks, Mao Sokha and Pich Ratana, each ...": a full name set off after a noun.
_APPOSED_TO_A_NOUN = re.compile(r"\b[a-z]{2,} [a-z]{3,}, $|\b[a-z]{4,} [A-Z]{2,6}, $")  # (and "gelandang PSIS, Fajar ...")


_ROLE_LABEL = re.compile(r"\s*[-–•*]?\s*(?P<label>[^:\n]{2,60}):\s*")


def _after_a_role_label(text: str, start: int, lexicon: Lexicon) -> bool:
    """A name right after a role and a colon opening its line ("- Bendahara Umum: Lina Kartikasari")."""
    label = _ROLE_LABEL.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
    return label is not None and title_at_start(label.group("label"), lexicon)


def _title_just_before(text: str, start: int, lexicon: Lexicon) -> bool:
    """A title in lower case right before a name ("bendahara Rina", "dr. Markus Mansim"); not a sentence's
    last word ("... keputusan gubernur. Asisten ..."), nor a hospital's doctor ("RSD dr. Soebandi Jember")."""
    word = _preceding_word(text, start)
    if word.endswith(".") and len(word) <= 5:
        before = text[:start].rstrip()[:-len(word)].split()[-1:]
        return word.rstrip(".") in _lowercase_titles(lexicon) and not (before and before[0] in lexicon.named_after_heads)
    pair = " ".join(text[max(0, start - 40):start].split()[-2:])
    return word in _lowercase_titles(lexicon) or pair in _lowercase_title_pairs(lexicon)  # "chief executive Julian Ashby"


@cache
def _lowercase_title_pairs(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(title.casefold() for title in lexicon.titles if len(title.split()) == 2 and title.replace(" ", "").isalpha())


def _acts(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether an active verb follows a name ("Bima Arya meninjau tanggul"): a subject who does something."""
    following = _NEXT_WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    word = following.group(0) if following else ""
    if not word.islower() or word in lexicon.linking_verbs:
        return False  # "Honda Brio menjadi mobil terlaris": a thing can be something too
    return word in lexicon.active_verbs or len(word) >= 6 and word.startswith(lexicon.active_verb_prefixes)


@cache
def _lowercase_titles(lexicon: Lexicon) -> frozenset[str]:
    """One-word titles as written inside a sentence ("disampaikan bendahara Rina Lestari")."""
    return frozenset(title.casefold() for title in lexicon.titles if " " not in title)


# Between the items of a list: "Donggala dan Parigi Moutong", "Sekupang, dan Nongsa Pura".
# (A comma alone is no list: "di Braga, Hendrawan Kusnadi, menyebut" names a person after a place.)
def _organisation_housed(text: str, run: list[Token], lexicon: Lexicon) -> tuple[str, str] | None:
    """The organisation a place word opens the name of, with the short name in brackets after it that spells
    it ("Gedung Bursa Efek Indonesia (BEI)": "Bursa Efek Indonesia", "BEI")."""
    if len(run) < 4 or not run[-1].text.startswith("(") or run[-2].text.startswith("("):
        return None
    short, name = run[-1].text.strip("()"), text[run[1].start:run[-2].end]
    words = [word for word in name.split() if word[:1].isupper()]
    # (every word spelled: not "Gedung Pusat Universitas Gadjah Mada (UGM)", the university's central building)
    spelled = short == "".join(word[0] for word in words) if short.isupper() else is_acronym_of(short, name)
    # (an organisation's word in it: not "Stadion Gelora Bung Karno (GBK)", "Gedung Jakarta Convention Center (JCC)")
    heads = _organisation_heads(lexicon)
    institution = any(word in heads for word in words)
    return (name, short) if len(words) >= 2 and spelled and institution else None


def _organisation_written_short(word: str, found: list[tuple]) -> str | None:
    """The organisation named before that one word of five letters or more stands for, syllable by syllable
    ("Badilag": "Badan Peradilan Agama Mahkamah Agung RI")."""
    if len(word) < 5 or not word[1:].islower():
        return None
    return next((name for _, name, kind, _, _ in found if kind == "organization" and is_acronym_of(word, name)), None)


def _company_named_without_its_form(surface: str, found: list[tuple], lexicon: Lexicon) -> str | None:
    """The company named before whose name, without its legal form ("PT", "CV"), is ``surface``."""
    for _, name, kind, _, _ in found:
        if kind == "organization" and " " in name and name.split(" ", 1)[0] in lexicon.company_heads \
                and name.split(" ", 1)[1] == surface:
            return name
    return None


_LIST_GAP = re.compile(r"\s*,?\s*(?:dan|serta|atau|and|or)\s+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _quoted_at(text: str, offset: int) -> bool:
    """Whether an offset stands inside quotation marks of its paragraph (a name said, not a subject)."""
    start = text.rfind("\n", 0, offset) + 1
    before = text[start:offset]
    return (before.count('"') + before.count("“") - before.count("”")) % 2 == 1


def _opens_sentence(text: str, offset: int, lexicon: Lexicon | None = None) -> bool:
    """Whether a mention is the subject a sentence opens with (at most a role before it), not an
    object further on ("... dialogue with Syrian President, Bashar al-Assad"; "Ia mengaku mengikuti akun
    Instagram Nadia": a pronoun opened the sentence as its subject)."""
    start = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset)) + 1
    before = text[start:offset]
    words = before.split()
    if lexicon is not None and words and words[0].casefold() in lexicon.pronouns:
        return False
    through = [at for at, word in enumerate(words) if lexicon is not None and word in lexicon.intermediaries]
    if through and 1 <= through[0] <= 5 and words[0][:1].isupper():
        # "Pemerintah Kota Ternate melalui Kepala Bagian ..., Rusdi Abdurrahman, meminta": who the institution acts
        # through is the subject
        words = words[through[0] + 1:]
    comma = next((at for at, word in enumerate(words[:3]) if word.endswith(",")), None)
    if comma is not None and lexicon is not None and all(word[:1].islower() for word in words[1:comma + 1]) \
            and not any(word.strip(",").casefold() in lexicon.verbs or word.strip(",").casefold() in lexicon.cues
                        for word in words[:comma + 1]):  # (not "Bonifasius mengatakan, sebanyak ...")
        words = words[comma + 1:]  # "Sementara itu, Kepala Dinas ...": a link to what came before, then the subject
    lowercase = sum(1 for word in words if not word[:1].isupper())
    if lexicon is not None and any(word.strip(",").casefold() in lexicon.verbs for word in words):
        lowercase = len(words)  # a verb before it: the mention is its object ("..., mengatakan 86 personel Tagana")
    # (a long role in capitals before the name: "Kepala Dinas Pemberdayaan Masyarakat dan Desa (PMD) Rejang Lebong,")
    return (len(words) <= 8 or lowercase <= 2 and len(words) <= 14) and not any(mark in before for mark in "“”\"")


def _trim_role_words(found: list, text: str, lexicon: Lexicon, singles: set[str], named_alone: set[str]) -> list:
    """"Menteri Tenaga Kerja Sari Wulandari", later "kata Sari": the name starts at the word the
    page uses on its own; the words before it belong to the role (unless a name opener stands
    first: "Mohammad Akbar Lasimpo", later "kata Akbar"; or the page uses the first word alone too:
    "Suwito Hadi Purnomo", later "kata Suwito", beside another man's "kata Hadi")."""
    trimmed = []
    for offset, surface, kind, role, speaking in found:
        words = surface.split()
        if kind == "person" and role and len(words) >= 3 and words[0] not in lexicon.name_openers \
                and role.split()[-1].rstrip(".") not in lexicon.abbreviations and text[offset - 2:offset] != ", " \
                and " ".join(words[:2]) not in lexicon.name_openers and words[0] not in named_alone:
            last = len(words) - 1 - (words[-1].rstrip(".") in _NAME_SUFFIXES)  # "Ferdinand Marcos Jr.", later "Marcos"
            cut = next((i for i in range(1, last) if words[i] in singles), None)
            if cut is not None and all(_INITIAL.fullmatch(word) for word in words[:cut]):
                cut = None  # "Ir. M. Taufik Rahman", later "kata Taufik": an initial opens the name, no role
            if cut is not None and lexicon.place_before_title and _is_title_token(role.split()[-1], lexicon):
                cut = None  # "Managing Director Hassan Zahir Abdulla", later "Zahir said": no place follows a title
            opener = next((i for i in range(1, last) if words[i] in lexicon.name_openers), None)
            if cut is not None and opener is not None and opener < cut:
                cut = opener  # "Ketua Fraksi Gerindra Muhamad Faisal Akbar", later "kata Faisal": the name opens at "Muhamad"
            if cut is not None:
                head = " ".join(words[:cut])
                offset, surface, role = offset + len(head) + 1, " ".join(words[cut:]), f"{role} {head}"
        trimmed.append((offset, surface, kind, role, speaking))
    return trimmed


def _drop_sentence_openers(found: list, text: str) -> list:
    """"Diketahui Puan" at the start of a sentence is "Puan" when "Puan Maharani" is named too."""
    people = [item[1].split() for item in found if item[2] == "person"]
    cleaned = []
    for offset, surface, kind, role, speaking in found:
        words = surface.split()
        at_start = offset == 0 or text[max(0, offset - 2):offset] in (". ", "\n") or text[offset - 1:offset] == "\n"
        # ("Noor Hidayati memastikan ..." beside "Noor Hidayati Rahman": a short form, whole)
        # (not "Rudi Hartanto, pemilik showroom Hartanto Motor, ...": a name described after a comma is whole)
        if kind == "person" and at_start and len(words) >= 2 and not _APPOSITION.match(text, offset + len(surface)) and any(
                other != words and len(other) > len(words) - 1 and _contains_words(other, words[1:])
                for other in people) and not any(other != words and _contains_words(other, words) for other in people):
            offset += len(words[0]) + 1
            surface = " ".join(words[1:])
        cleaned.append((offset, surface, kind, role, speaking))
    return cleaned


@cache
def _alias_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], ...] | None:
    """The words introducing a short form ("atau", "yang akrab disapa"); the full name just before
    them, perhaps with an age ("Syamsuddin (47), yang akrab disapa") or, before a phrase of several
    words, a few words of description after a comma ("Sukiman (58), pengemudi rute FD-3 yang akrab
    disapa"; never before a single word: "Budi, warga Cimahi atau Bandung"); the short form after
    them, perhaps after a form of address ("Bang Din").
    Searched from the introducing words, which few pages hold, rather than from every capital."""
    if not lexicon.alias_words:
        return None
    name = rf"[{_UPPER}][\w'’-]+"
    # ("known to * as": a few words may stand for the star, "known to everyone in the district as")
    plain = [words for words in lexicon.alias_words if " * " not in words]
    gapped = [r"(?:\s+\S+){1,6}?\s+".join(re.escape(part) for part in words.split(" * "))
              for words in lexicon.alias_words if " * " in words]
    introducing = re.compile(rf"(?<!\S)(?:{'|'.join([alternation(plain)] + gapped)})(?=\s)")
    full = rf"(?P<full>{name}(?:\s+{name})*)(?:\s*\(\d{{1,3}}(?:\s*tahun)?\))?"
    adjacent = re.compile(rf"{full}\s*,?\s+$")
    described = re.compile(rf"{full}\s*,\s*[^,.;:\"“”()]{{1,60}}?\s+$")
    short = re.compile(rf"\s+(?:(?:{alternation(_title_words(lexicon))})\s+)?(?P<alias>{name}(?:\s+{name})?)(?![\w'’-]|\s+[{_UPPER}])")
    return introducing, adjacent, described, short


def _aliases(found: list, text: str, lexicon: Lexicon) -> dict[str, str]:
    """Short forms introduced as such ("Joko Widodo atau Jokowi") → the full name."""
    patterns = _alias_patterns(lexicon)
    if patterns is None:
        return {}
    introducing, adjacent, described, short_after = patterns
    aliases: dict[str, str] = {}
    people = [item[1] for item in found if item[2] == "person"]
    for hit in introducing.finditer(text):
        after = short_after.match(text, hit.end())
        if not after:
            continue
        window = max(0, hit.start() - 100)
        owner = None
        for pattern in (adjacent, described) if " " in hit.group(0) else (adjacent,):
            before = pattern.search(text, window, hit.start())
            full = before.group("full").split() if before else []
            owner = next((p for p in people if _contains_words(p.split(), full[-2:])), None) if full else None
            if owner is None and len(full) == 1 and hit.group(0) not in lexicon.stopwords and full[0][1:].isalpha() \
                    and full[0][1:].islower() and is_name_token(full[0], lexicon):
                owner = full[0]  # "Sudarmono alias Pak Darmo (52)": a one-word name, met only here
            if owner:
                break
        if owner is None and _described_at_sentence_start(text, hit.start(), lexicon):
            # "Parlindungan Hutagalung, pedagang ... . Pria yang akrab disapa Ucok Galung itu ...": the one just named
            # (a one-word name counts when given with an age: "Wulandari (34), ibu ... . Perempuan yang ...")
            owner = next((surface for offset, surface, kind, _, _ in sorted(found, reverse=True)
                          if kind == "person" and offset < hit.start()
                          and (" " in surface or _AGE.match(text, offset + len(surface)))), None)
        alias = after.group("alias")
        if owner and not any(alias in p.split() for p in people if p not in (owner, alias)):
            aliases[alias] = owner
            if " " in alias:  # "Ucok Galung", later "tutur Ucok"
                aliases.setdefault(alias.split()[0], owner)
    aliases.update(_nicknames_explained_after(found, text, lexicon, aliases))
    return aliases


def _organisations_also_called(found: list, text: str, lexicon: Lexicon) -> dict[str, str]:
    """Short names an organisation is introduced with ("PT Pelayaran Nasional Indonesia (Persero) atau Pelni")
    → the organisation: whatever the short name does later ("Manajemen Pelni ... menyebut"), it names no one."""
    patterns = _alias_patterns(lexicon)
    organisations = {item[1] for item in found if item[2] == "organization" and " " in item[1]}
    if patterns is None or not organisations:
        return {}
    introducing, _, _, short_after = patterns
    aliases: dict[str, str] = {}
    for hit in introducing.finditer(text):
        after = short_after.match(text, hit.end())
        if not after:
            continue
        before = _BRACKETS_AT_END.sub("", text[max(0, hit.start() - 120):hit.start()].rstrip(" ,"))
        owner = max((name for name in organisations if before.endswith(name)), key=len, default=None)
        if owner:
            aliases.setdefault(after.group("alias"), owner)
    return aliases


_BRACKETS_AT_END = re.compile(r"(?:\s*\([^()]{1,30}\))+$")


def _nicknames_explained_after(found: list, text: str, lexicon: Lexicon, known: dict[str, str]) -> dict[str, str]:
    """"ungkap Wulan, sapaan akrabnya": a one-word name the page says is a nickname belongs to the one named
    before it whose name it opens a word of (Ni Luh Putu Ayu Wulandari), else to the last one named in full."""
    if not lexicon.nickname_after:
        return {}
    aliases: dict[str, str] = {}
    for hit in _nickname_after_pattern(lexicon).finditer(text):
        nickname = hit.group("nick")
        if nickname in known or text[hit.end():hit.end() + 2].strip()[:1].isupper():
            continue  # ("kata Ani, sapaan akrab Siti Rohani": the owner is named after it, as alias words say)
        before = [(offset, surface) for offset, surface, kind, _, _ in found
                  if kind == "person" and " " in surface and offset < hit.start()]
        owner = next((surface for _, surface in reversed(before)
                      if any(word.startswith(nickname) and word != nickname for word in surface.split())), None)
        owner = owner or (before[-1][1] if before else None)
        if owner and nickname not in owner.split():
            aliases[nickname] = owner
    return aliases


@cache
def _nickname_after_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.])(?P<nick>[{_UPPER}][a-z]+(?: [{_UPPER}][a-z]+)?), (?:{alternation(lexicon.nickname_after)})(?!\w)")


def _described_at_sentence_start(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether a sentence opens with one word describing a person, then a relative word, right
    before ``at`` ("Pria yang akrab disapa ..."; "Perempuan yang ...")."""
    following = text[at:at + 12].split()[:1]
    nearest = text[max(0, at - 40):at].split()[-2:]
    if len(nearest) == 2 and nearest[0].strip(",").casefold() in lexicon.cues \
            and (nearest[1] in _not_names(lexicon) or nearest[1].casefold() in _lowercase_not_names(lexicon)):
        return True  # '“...,” kata perempuan yang akrab disapa Nur itu': the one who just spoke
    sentence = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    words = text[sentence:at].split()
    if following and following[0].casefold() in lexicon.relatives:  # the introducing words open with "yang"
        words.append(following[0])
    # ("Pria yang ...", "Ibu tiga anak yang ...": a few words describing someone, opening the sentence)
    return 2 <= len(words) <= 5 and words[-1].casefold() in lexicon.relatives \
        and (words[0] in _not_names(lexicon) or _is_title_token(words[0], lexicon)) \
        and not any(word[:1].isupper() for word in words[1:-1])


@cache
def _lowercase_not_names(lexicon: Lexicon) -> frozenset[str]:
    """Words that never name anyone, in lower case ("perempuan", "pria"): written so after a cue, they
    describe the one speaking ("kata perempuan yang ...")."""
    return frozenset(word.casefold() for word in _not_names(lexicon) if word[:1].isupper() and word[1:].islower())


def _clipped_given_names(found: list, short_forms: list[tuple[int, str]]) -> dict[str, str]:
    """One-word names that clip one person's given name ("Frans" of "Fransiskus Rumengan") → that
    person, when no name on the page holds the word whole."""
    people = {surface for _, surface, kind, _, _ in found if kind == "person" and " " in surface}
    singles = {surface for _, surface, kind, _, _ in found if kind == "person" and " " not in surface}
    singles |= {surface for _, surface in short_forms}
    clipped: dict[str, str] = {}
    for single in singles:
        if len(single) < 4 or any(single in name.split() for name in people):
            continue
        owners = {name for name in people if name.split()[0].startswith(single) and name.split()[0] != single
                  and name.split()[0].isalpha()}
        if len(owners) == 1:
            clipped[single] = owners.pop()
    return clipped


def _parts_of_double_surnames(found: list, short_forms: list[tuple[int, str]], text: str, lexicon: Lexicon) -> dict[str, str]:
    """One-word names that are one part of one person's double surname ("Castillo" of "Leonora Magsino-Castillo")."""
    people = {surface for _, surface, kind, _, _ in found if kind == "person" and " " in surface}
    singles = {surface for _, surface, kind, _, _ in found if kind == "person" and " " not in surface}
    singles |= {surface for _, surface in short_forms}
    parts: dict[str, set[str]] = {}
    for name in people:
        surname = name.split()[-1]
        if surname.count("-") == 1 and surname[:1].isupper():
            part = surname.split("-")[1]  # the married name, written alone ("Castillo"; not "Duterte" of "Duterte-Carpio")
            if len(part) >= 3 and part[:1].isupper():
                parts.setdefault(part, set()).add(name)
    # (not someone of that name with a role of his own: "Opposition leader Castillo, her cousin")
    def own_title(offset: int) -> bool:  # (an honorific names him no more than his name does: "Mrs Castillo")
        return _title_just_before(text, offset, lexicon) and _preceding_word(text, offset).rstrip(".") not in lexicon.abbreviations
    with_a_role = {surface for offset, surface, kind, role, _ in found if kind == "person" and (
        role and not _only_ranks(role, lexicon) or own_title(offset))}
    with_a_role |= {surface for offset, surface in short_forms if own_title(offset)}
    return {single: next(iter(parts[single])) for single in singles if len(parts.get(single, ())) == 1
            and single not in with_a_role and not any(single in name.split() for name in people)}


def _clipped_two_word_names(found: list) -> dict[str, str]:
    """Two-word names whose words clip, in order, words of one longer name on the page ("Gung Mahendra" of
    "Anak Agung Ngurah Gede Mahendra", "Dek Sur" of "Kadek Suardana"): Balinese and other short forms."""
    people = {surface for _, surface, kind, _, _ in found if kind == "person"}
    clipped: dict[str, str] = {}
    for short in people:
        words = short.split()
        if len(words) != 2:
            continue
        owners = [name for name in people if name != short and _clips_in_order(words, name.split())]
        if len(owners) == 1:
            clipped[short] = owners[0]
    return clipped


def _clips_in_order(short: list[str], full: list[str]) -> bool:
    """Whether each word of ``short`` is, or opens or closes (three letters at least), a later word of
    ``full``, one of them clipped."""
    at, clips = 0, 0
    for word in short:
        lowered = word.casefold()
        index = next((index for index in range(at, len(full)) if full[index] == word or len(word) >= 3 and (
            full[index].casefold().startswith(lowered) or full[index].casefold().endswith(lowered))), None)
        if index is None:
            return False
        clips += full[index] != word
        at = index + 1
    return clips > 0


def _short_forms_of_organisations(found: list, lexicon: Lexicon) -> dict[str, str]:
    """An institution's short forms → its full name on the page: its kind alone ("Paguyuban menyebut"
    after "Paguyuban Pedagang Tembakau Jember"), when one organisation alone is of that kind; its
    short form, perhaps with its place ("Kejari Surabaya" → "Kejaksaan Negeri Surabaya", "Dinkes
    Sumsel" → "Dinas Kesehatan Provinsi Sumatera Selatan", "Dishub" → "Dinas Perhubungan Kabupaten
    Bangkalan" when it is the page's only one)."""
    organisations = sorted({item[1] for item in found if item[2] == "organization"})
    # Candidates are names written in full, not other short forms ("KPU" beside "KPU RI"); their core
    # words are read once here, not once for every short form.
    written_in_full = [(full, _core_words(full.split(), lexicon)) for full in organisations
                       if full.split()[0] not in _institution_short_words(lexicon)]
    aliases: dict[str, str] = {}
    for short in organisations:
        if " " not in short and short in _organisation_heads(lexicon):
            longer = [name for name in organisations if name.startswith(short + " ")]
            if len(longer) == 1:
                aliases[short] = longer[0]
                continue
        full = _named_in_full(short, written_in_full, lexicon)
        if full:
            aliases[short] = full
    for short, full in aliases.items():
        seen = {short}
        while full in aliases and full not in seen:  # "Kemlu" → "Kemlu RI" → "Kementerian Luar Negeri RI"
            seen.add(full)
            full = aliases[full]
        aliases[short] = full
    return aliases


def _named_in_full(short: str, written_in_full: list[tuple[str, list[str]]], lexicon: Lexicon) -> str | None:
    """The one organisation of ``written_in_full`` (names with their :func:`_core_words`) that ``short``
    abbreviates: its opening words a short form the language file spells out, or an acronym of the full
    name's words; its other words the full name's place, perhaps itself abbreviated ("Sumsel")."""
    words = short.split()
    cut = next((cut for cut in range(len(words), 0, -1) if " ".join(words[:cut]) in _institution_short_words(lexicon)), 0)
    spelled = _core_words(lexicon.short_words[" ".join(words[:cut])].split(), lexicon) if cut else None
    if spelled is None and (len(words[0]) < 3 or not words[0].isalpha()):
        return None
    cut = cut or 1
    place = _core_words(words[cut:], lexicon)
    found = []
    candidates = [(full, core) for full, core in written_in_full if full != short]
    for full, core in candidates:
        if len(core) <= len(place) or (place and core[-len(place):] != place):
            continue
        head = core[:len(core) - len(place)] if place else core
        if spelled is not None:
            matched = head == spelled if place else head[:len(spelled)] == spelled
        else:
            matched = bool(place) and is_acronym_of(words[0], " ".join(head))
        if matched:
            found.append(full)
    if not found and place and spelled is not None:
        # "KPU RI" where the page names "Komisi Pemilihan Umum" without a place: the same institution
        found = [full for full, core in candidates if core == spelled]
    return found[0] if len(found) == 1 else None


def _core_words(words: list[str], lexicon: Lexicon) -> list[str]:
    """An organisation's words without the kind of its place or branch ("Provinsi", "Kabupaten",
    "Cabang") and acronyms in brackets, abbreviated places spelled out ("Sumsel")."""
    core: list[str] = []
    for word in words:
        if word.startswith("(") or word in _place_words()[0] or word in lexicon.branch_words:
            continue
        core.extend(lexicon.short_words.get(word, word).split())
    return core


_AGE = re.compile(r"\s*(?:\(\d{1,3}(?:\s*tahun)?\)|,\s*\d{1,3}(?:\s*tahun)?,)\s*,?")


def _described_with_an_age(text: str, end: int, lexicon: Lexicon) -> bool:
    """A name followed by a description with an age ("Ones, bocah 10 tahun yang gemar membaca", "Marselina
    Yamaro, perempuan Kamoro berusia 52 tahun"): a person, however short the name."""
    return _age_apposition(lexicon).match(text, end) is not None


@cache
def _age_apposition(lexicon: Lexicon) -> re.Pattern[str]:
    years = [word for word, unit in lexicon.units.items() if unit == "year"]
    if not years or not lexicon.person_nouns:
        return re.compile("(?!x)x")
    # (a noun for a person opens it: not "Sritex, perusahaan tekstil berumur 60 tahun")
    return re.compile(rf", (?:{alternation(lexicon.person_nouns)})(?: [a-z-]+){{0,2}} \d{{1,3}} (?:{alternation(years)})(?!\w)")
# (It may end where a quotation opens: "Nguyen Van Ut, a 67-year-old vendor whom residents call "Uncle Ut,"".)
def _titled_apposition(text: str, end: int, lexicon: Lexicon) -> bool:
    """A name opening a sentence, followed by its title set off by commas ("Yohanes Bosco Tukan, Direktur Advokasi
    Pengurus Besar AMAN, mengatakan"): a person (mid-sentence, "for Blue Economy, Ms Grace Kamau," is a unit's)."""
    following = _TITLED_APPOSITION.match(text, end)
    return following is not None and title_at_start(following.group(1), lexicon)


_TITLED_APPOSITION = re.compile(r",\s+([A-Z][^,;:.\"“”\n]{2,90}),")
_APPOSITION = re.compile(r",\s+(?:[a-z][^,;:.\"“”]{2,90},|[a-z][^,;:.\"“”]{2,60}\s[\"“])")


@cache
def _speech_words(lexicon: Lexicon) -> frozenset[str]:
    """Speech verbs and cues, joined once per language rather than once per page."""
    return lexicon.verbs | lexicon.cues


def _speaking(text: str, start: int, end: int, verbs: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether the words at ``start:end`` speak: a speech verb after them, a cue or "according to" before
    (not a verb whose object listens: "Dimas told The Jakarta Post")."""
    before = _preceding_word(text, start).casefold()
    # After "yang ...", only a verb whose subject speaks ("yang ... mengatakan"), not a passive cue
    # ("Sikap yang sama disampaikan jaksa": the prosecutor speaks, not "Sikap").
    if _closes_a_relative_clause(text, start, lexicon):
        return False  # "Anna Lindqvist, who ... founded the group Save the Kent, told": she speaks, not the Kent
    return _verb_follows(text, _past_degrees(text, end, lexicon), verbs, lexicon.adverbs) \
        or _verb_after_relative_clause(text, end, lexicon.verbs, lexicon) \
        or _verb_after_a_clause_set_off(text, end, verbs, lexicon) \
        or (before in lexicon.cues and before not in lexicon.listener_verbs and not _subject_before_the_cue(text, start)) \
        or _after_according(text, start, lexicon)


def _subject_before_the_cue(text: str, start: int) -> bool:
    """Whether the speech verb right before ``start`` has a name before it ("Kelvin Ong Wee Leng said Singgah now
    accounts ..."): the words after the verb say what was said, they do not name the speaker."""
    words = text[max(0, start - 60):start].split()
    return len(words) >= 2 and words[-2][:1].isupper() and words[-2][-1:].isalpha()


def _closes_a_relative_clause(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the words at ``start`` sit inside a relative clause set off by commas in their sentence ("Northern
    Fells Water, which serves customers across Cumbria and north Lancashire, said")."""
    sentence = text[max(0, text.rfind(". ", max(0, start - 200), start), text.rfind("\n", max(0, start - 200), start)):start]
    opened = _CLAUSE_SET_OFF.search(sentence)
    # (not "A resident, who wished to be identified only as Siti, said": the name the clause gives the subject)
    return opened is not None and opened.group(1).casefold() in lexicon.relatives \
        and not sentence.rstrip().casefold().endswith(tuple(f" {words}" for words in lexicon.alias_words))


def _verb_after_a_clause_set_off(text: str, end: int, verbs: frozenset[str], lexicon: Lexicon) -> bool:
    """A speech verb after a relative clause set off by commas ("Anna Lindqvist, who swims in the river, told"):
    the name before it is the subject."""
    found = _CLAUSE_SET_OFF_AFTER.match(text, end)
    return found is not None and found.group(1).casefold() in lexicon.relatives \
        and found.group(2).casefold() in verbs


# ", who swims in the river near Kendal and founded ..." up to the sentence's current point (no comma and space inside)
_CLAUSE_SET_OFF = re.compile(r", (\w+) (?:[^,.\"“”]|,(?! ))*$")
_CLAUSE_SET_OFF_AFTER = re.compile(r", (\w+) (?:[^,.\"“”]|,(?! )){3,200}, (\w+)")


def _verb_after_relative_clause(text: str, end: int, verbs: frozenset[str], lexicon: Lexicon) -> bool:
    """A speech verb after a short relative clause ("Dimas Ardiansyah yang dinobatkan sebagai pemain
    terbaik mengatakan ..."): the name is still the subject."""
    words = text[end:end + 120].split(None, 13)
    if len(words) < 3 or words[0] not in lexicon.relatives:
        return False
    for word in words[1:12]:
        if word.casefold().strip(",.:") in verbs:
            return True
        if word[-1:] in ",.;:\"“”":
            return False  # the clause ends without a speech verb
    return False


_PHRASE_AFTER_AGE = re.compile(r"\s*[a-z][^,;:.\"“”]{2,60},")
# "Teodoro Magsino Reyes of the Philippine Institute for Development Studies said": where the speaker works
_OF_AN_ORGANISATION = re.compile(r" of (?:the )?[A-Z][\w'’&-]*(?: (?:(?:for|of|and|&) )?[A-Z][\w'’&-]*){0,7}(?= )")


def _past_degrees(text: str, end: int, lexicon: Lexicon) -> int:
    """Where the text goes on after the degrees written after a name (", S.Sos., M.Si.,"), or ``end``."""
    at = end
    while True:
        match = _DEGREE_AFTER.match(text, at)
        if not match:
            return at
        word = match.group(1).rstrip(".")
        if not (word in lexicon.degrees or "." in word and word.split(".")[0] in lexicon.degrees
                or _DOTTED.match(word)):
            return at
        at = match.end(1)


_DEGREE_AFTER = re.compile(r",\s*([A-Z][\w.()-]{0,14})(?=,)")


def _verb_follows(text: str, end: int, verbs: frozenset[str], adverbs: frozenset[str] = frozenset()) -> bool:
    """A speech verb right after a name, after an age ("Euis (62) mengaku", "Dewi, 54, said") or
    after an apposition in lower case ("Yohana Sari, a researcher at CSIS, called")."""
    after = text[end:end + 160]
    age = _AGE.match(after)
    if age:
        after = after[age.end():]
        place = _PHRASE_AFTER_AGE.match(after)  # "Margaret Ellison, 84, of Mexborough, said"
        if place and place.group(0).split()[0].casefold() not in verbs:  # (not "Euis (62) mengaku ..., namun")
            after = after[place.end():]
    else:
        apposition = _APPOSITION.match(after) or _OF_AN_ORGANISATION.match(after)
        if apposition:
            after = after[apposition.end():]
            if apposition.group(0)[-1] in "\"“":  # ('whom residents call "Uncle Ut," said': past the nickname)
                closing = re.match(r"[^\"”]{1,30}[\"”]", after)
                after = after[closing.end():] if closing else after
    words = after.lstrip(" ,").split(None, 3)
    while len(words) > 1 and words[0].casefold().strip(",") in adverbs:
        words = words[1:]  # "Satria lalu menjawab", "Lund later said"
    return bool(words) and words[0].casefold().strip(",.:") in verbs


def _after_according(text: str, offset: int, lexicon: Lexicon) -> bool:
    lead = text[max(0, offset - 16):offset].casefold()
    if lead.endswith(("menurut ", "according to ", "kata ", "ujar ")):
        return True
    # "according to Country Fire Authority (CFA) incident controller Sarah McKenzie": the speaker's role between
    wider = text[max(0, offset - 70):offset]
    at = wider.casefold().rfind("according to ")
    before = _preceding_word(text, offset)
    return at != -1 and not _CLAUSE_BREAK.search(wider, at) and before.isalpha() and before.islower() \
        and len(before) >= 4 and before not in lexicon.stopwords  # (a job in lower case just before the name)


_CLAUSE_BREAK = re.compile(r"[,.;:\"“”]")


@cache
def _law_title_pattern(lexicon: Lexicon) -> re.Pattern[str] | None:
    if not lexicon.topic_words:
        return None
    return re.compile(rf"\d\s+(?i:{alternation(lexicon.topic_words)})\s+$")


def _law_title_at(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a name at ``start`` follows a law's number or year and a topic word ("... Tahun 2011 tentang")."""
    pattern = _law_title_pattern(lexicon)
    return pattern is not None and pattern.search(text, max(0, start - 20), start) is not None


# A line of three to twelve words, each capitalised (a digit or a bracket may open one), with no full stop at its end.
_SUBHEADING = re.compile(r"^(?:[\"“'‘(]?[\dA-Z][^\s]*[ ]){2,11}[\"“'‘(]?[\dA-Z][^\s]*[^.\s]$", re.MULTILINE)


def _subheading_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the body's subheadings: lines whose every word is capitalised ("Persebaya Terima, Tapi
    Ajukan Banding")."""
    return [(found.start(), found.end()) for found in _SUBHEADING.finditer(text)]


def _set_off_after_a_person_noun(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a name is set off by a comma after a noun for a person ("Penerima lainnya, Muhammad Ilham Saputra
    dari ...", "Salah satu penerima, Rizky ..."): someone, though no role nor speech confirms it."""
    before = text[max(0, start - 30):start]
    if not before.endswith(", "):
        return False
    words = before[:-2].split()[-2:]
    # (in lower case, or opening the sentence: not "Stadion Sumpah Pemuda, Way Halim")
    return any(word.casefold() in lexicon.person_nouns
               and (word.islower() or _first_in_sentence(text, text.rfind(word, 0, start))) for word in words)


def _name_given_to_a_thing(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a name follows words introducing another name for a thing named in lower case ("its hotline,
    known as Iowa Concern"), not for a person ("the fisherman known as Pak Long")."""
    before = text[max(0, start - 80):start]
    for words in lexicon.alias_words:
        if " * " not in words and before.endswith(f" {words} "):
            if not before[:-len(words) - 2].rstrip().endswith(","):
                return False  # (set off by a comma only: not "A fruit seller known as Mama Ngozi")
            head = before[:-len(words) - 2].rstrip(" ,").split()[-1:]
            # (not "who wished to be identified only as Siti": a verb's word, no thing)
            return bool(head) and head[0].isalpha() and head[0].islower() and head[0] not in lexicon.person_nouns \
                and head[0] not in lexicon.stopwords \
                and head[0] not in lexicon.pronouns and not title_at_start(head[0], lexicon, any_case=True)
    return False


def _after_a_kin_noun(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a name follows a noun of kin right before it ("whose daughter Nia", "her son, Callum,")."""
    words = text[max(0, start - 30):start].split()
    # (someone's: "his son", "whose daughter", "Gareth's wife"; not "its budget sister Jetstar")
    return len(words) >= 2 and words[-1].strip(",").casefold() in lexicon.kin_nouns \
        and (words[-2].casefold() in lexicon.possessives or words[-2].casefold() in lexicon.relatives
             or words[-2].endswith(("'s", "’s")) or words[-2].casefold() == "whose")


def _marked_as_a_person(text: str, start: int, lexicon: Lexicon) -> bool:
    """A word that marks a person right before a name, or one word before it ("tendangan bebas
    Yogi Saputra Lubis", "bek tengah Dendi Prasetyo", "pasangan muda Ayu Lestari")."""
    words = text[max(0, start - 40):start].split()[-2:]
    if not words:
        return False
    if words[-1].strip(",").casefold() in lexicon.person_markers:
        return True
    # one lower-case word between: "bebas", "tengah", "muda" (not "by VnExpress/", not "bernama Arisan")
    return len(words) == 2 and words[-1].isalpha() and words[-1].islower() and words[0].casefold() in lexicon.person_markers


def _is_title_token(word: str, lexicon: Lexicon) -> bool:
    """A one-word title ("Director", "Kepala") or an abbreviated one ("Dr.", "Ir")."""
    bare = word.rstrip(".,")
    if bare in lexicon.name_openers or word in lexicon.name_openers:
        return False  # "Ma.", "Moch.": a name's first word, written short
    return bare in _title_words(lexicon) or bare in lexicon.abbreviations or word in lexicon.period_titles


def _title_of_office_before(text: str, start: int, lexicon: Lexicon) -> str | None:
    """The title before "of" or "for" when a run follows it ("Minister of" in "Minister of Health Rosalind
    Cornelius", "Minister for Foreign Affairs Penny Wong"): the role of the name closing the run."""
    before = text[max(0, start - 90):start].split()
    # ("Secretary of Tourism, Culture and Transportation Kwesi Alleyne-Nicholas": an office of several words)
    for at in range(len(before) - 1, max(0, len(before) - 7), -1):
        word = before[at]
        if word in ("of", "for") and _is_title_token(before[at - 1].rstrip(","), lexicon):
            return " ".join(before[at - 1:])
        if not (word[:1].isupper() or word in ("and", "&")) or word.endswith((".", ";", ":")):
            return None
    return None


def _preceding_word(text: str, offset: int) -> str:
    words = text[max(0, offset - 30):offset].rsplit(None, 1)
    return words[-1].strip(",") if words else ""


def opens_an_organisation(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` opens an organisation's name ("Kementerian", "Polrestabes", "Dinkes")."""
    return word in _organisation_heads(lexicon)


@cache
def _institution_short_words(lexicon: Lexicon) -> frozenset[str]:
    """The short words that stand for an institution ("Dinkes": "Dinas Kesehatan"), not a place ("Jabar")."""
    openers = {head.split()[0] for head in lexicon.organization_heads}
    return frozenset(short for short, full in lexicon.short_words.items() if full.split()[0] in openers)


@cache
def _organisation_words(lexicon: Lexicon) -> frozenset[str]:
    """The language's organisation words as a set, asked of every run (the list is long)."""
    return frozenset(lexicon.organization_heads)


@cache
def _organisation_heads(lexicon: Lexicon) -> dict[str, list[tuple[str, ...]]]:
    """Organisation words by their first word, longest first; institutions' short forms ("Kemendagri",
    "Dinkes") open organisations' names too."""
    heads: dict[str, list[tuple[str, ...]]] = {}
    for head in sorted({*lexicon.organization_heads, *_institution_short_words(lexicon)}, key=len, reverse=True):
        words = tuple(head.split())
        heads.setdefault(words[0], []).append(words)
    return heads


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,8})\)")


def letters_in_order(short: str, letters: str) -> bool:
    """Whether every letter of ``short`` stands in ``letters``, in order (case ignored)."""
    letters, position = letters.casefold(), 0
    for char in short.casefold():
        position = letters.find(char, position) + 1
        if position == 0:
            return False
    return True


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether ``short`` is made of the words' letters in order, from their initials ("Gapki",
    "BGN"), with at least three words' initials in it — a person's nickname ("Jokowi") is not."""
    if not letters_in_order(short, "".join(words)):
        return False
    initials = [word[0].casefold() for word in words]
    return short[:1].casefold() == initials[0] and sum(1 for char in short.casefold() if char in initials) >= 3


@lru_cache(maxsize=65536)  # memoised: the same names are asked about for every short word of a page
def is_acronym_of(short: str, name: str) -> bool:
    """Whether ``short`` is an acronym of ``name``: in capitals, the initials of its capitalised
    words, all of them or all but the first ("BMKG": "Badan Meteorologi, Klimatologi, dan
    Geofisika"; "KAI": "PT Kereta Api Indonesia"); in mixed case, syllables that open its words, in
    order, from the first word on ("Kemendag": "Kementerian Perdagangan", "Kemlu": "Kementerian Luar
    Negeri"; not "Kementerian Kelautan dan Perikanan")."""
    words = [word.strip(",.") for word in name.split() if not word.startswith("(") and word[:1].isupper()]
    if len(short) < 2 or len(words) < 2 or not short.isalpha():
        return False
    if short.isupper():
        initials = "".join(word[0] for word in words)
        return short in (initials, initials[1:])
    return _spells_syllables(short.casefold(), tuple(word.casefold() for word in words), 0, True)


@lru_cache(maxsize=4096)  # memoised: the search would otherwise retry the same suffixes many times
def _spells_syllables(letters: str, words: tuple[str, ...], at: int, first: bool) -> bool:
    """Whether ``letters`` are pieces, each taken near the start of one of ``words`` (from ``at``, the
    first one at the very start of the first word, at most one word skipped between pieces; a piece
    of one letter is a word's initial)."""
    if not letters:
        return not first
    for index in (range(at, min(at + 2, len(words))) if not first else (0,)):
        word = words[index]
        for offset in range(0, 1 if first else min(6, len(word))):
            # A syllable may come from inside the word ("dag" of "perdagangan"), one letter only from its start.
            for length in range(min(len(letters), len(word) - offset), 0 if offset == 0 else 1, -1):
                if word[offset:offset + length] == letters[:length] and \
                        _spells_syllables(letters[length:], words, index + 1, False):
                    return True
    return False


#: An acronym in brackets inside an organisation's name: "Kementerian Luar Negeri (Kemlu) RI".
_SHORT_NAME_INSIDE = re.compile(r"\s*\((?P<short>[A-Z][A-Za-z]{1,11})\)(?=\s|$)")


@cache
def _short_words() -> dict[str, str]:
    """The short words of every language file with what they stand for ("Polres": "Kepolisian Resor")."""
    return {short: full for lexicon in _every_language() for short, full in lexicon.short_words.items()}


def split_short_name(name: str) -> tuple[str, str | None]:
    """An organisation's name without the acronym it is given in brackets, and that acronym
    ("Kementerian Luar Negeri (Kemlu) RI" → "Kementerian Luar Negeri RI", "Kemlu"); "(Persero)" stays."""
    match = _SHORT_NAME_INSIDE.search(name)
    if match and match.start() > 0 and (is_acronym_of(match.group("short"), name[:match.start()])
                                        # ("Kepolisian Resor (Polres) Merauke": a short word the language files spell out)
                                        or _short_words().get(match.group("short"), "").casefold()
                                        == name[:match.start()].strip().casefold() != ""
                                        or _abbreviates(match.group("short"), name[:match.start()].split())
                                        # closing a name of three words or more, a short name with capitals inside
                                        # ("Malaysian Meteorological Department (MetMalaysia)")
                                        or match.end() == len(name) and len(name[:match.start()].split()) >= 3
                                        and sum(char.isupper() for char in match.group("short")) >= 2):
        return (name[:match.start()] + name[match.end():]).strip(), match.group("short")
    return name, None


def _words_of_the_page(text: str, tail: list[Token]) -> bool:
    """Whether a run's last three words or more are, but for one, words the page writes in lower case
    ("Forum Mahasiswa Penerima Beasiswa Otsus" beside "mahasiswa penerima beasiswa"): no one's name."""
    common = _lowercase_words(text)
    return len(tail) >= 3 and sum(token.text.casefold() in common for token in tail) >= len(tail) - 1


_SHORT_NAME_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]*){0,2})\)")


def _short_name_follows(text: str, run: list[Token]) -> bool:
    """Whether a short name in brackets after ``run`` spells all of it ("Satuan Polisi Pamong Praja
    (Satpol PP)"): the run is one organisation's name, with no one's name at its end."""
    found = _SHORT_NAME_AFTER.match(text, run[-1].end)
    if found is None:
        return False
    short = found.group(1).replace(" ", "")
    name = text[run[0].start:run[-1].end]
    return is_acronym_of(short, name) or short.isupper() and _abbreviates(short, name.split())


def _is_whole_line(text: str, start: int, end: int) -> bool:
    """Whether a run of two or more words fills its line (a crosshead: "Nelayan Merugi")."""
    if " " not in text[start:end]:
        return False  # most runs: settled before the text around them is cut and stripped
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    return not _LIST_NUMBER.sub("", text[line_start:start]).strip() and not text[end:line_end].strip(" .!?:")


_LIST_NUMBER = re.compile(r"^\s*\d{1,2}[.)]")


def _short_name_with_qualifier(text: str, run: list[Token], short_names: dict[str, str], common: frozenset[str],
                               lexicon: Lexicon, found: list) -> str | None:
    """The organisation a run names by its short name and the words its full name closes with
    ("Menurut BBWS Pemali Juana" for "Balai Besar Wilayah Sungai Pemali Juana"; "BMKG Malikussaleh"
    for "BMKG Stasiun Meteorologi Malikussaleh")."""
    opening = run[0].text.casefold()
    at = 1 if len(run) >= 3 and (opening in common or opening in lexicon.stopwords or opening in lexicon.cues) else 0
    if len(run) <= at + 1:
        return None
    short, rest = run[at].text, " " + name_text(text, run[at + 1:])
    full = short_names.get(short)
    if full and full.endswith(rest):
        return full
    if short.isupper() and len(short) >= 3:
        named = {surface for _, surface, kind, _, _ in found if kind == "organization"
                 and surface.startswith(short + " ") and surface.endswith(rest) and len(surface) > len(short + rest)}
        if len(named) == 1:
            return named.pop()
    return None


def _as_named_in_full(organisation: str, short_names: dict[str, str]) -> str:
    """An organisation opening with an acronym the page spelled out, as the page named it in full
    ("BMKG Stasiun Meteorologi Tjilik Riwut" after "Badan Meteorologi, ... (BMKG) Stasiun Meteorologi
    Tjilik Riwut Palangka Raya")."""
    first, _, rest = organisation.partition(" ")
    full = short_names.get(first)
    return full if full and rest and rest in full else organisation


def _residence_apposition(text: str, start: int, end: int) -> bool:
    """", warga Siantan Hulu, mengatakan", "seorang warga Batu Aji, Rosmawati (41),": where the person named next to
    it lives, set off by commas."""
    before = text[max(0, start - 22):start]
    if text[end:end + 1] != ",":
        return False
    if re.search(r",\s+\w+\s+$", before):
        return True  # "Yuli Astuti, warga Rungkut, ...": the person named before
    # "seorang warga Batu Aji, Rosmawati (41), ...": the person named right after (not "Menurut warga Rudi Hartono,
    # air datang ...", "Seorang warga Siti Aminah, mengaku ...": the name itself)
    return bool(re.search(r"(?:,|\n)\s*\w+\s+\w+\s+$", before)) and re.match(r",\s+[A-Z][\w'’-]+", text[end:]) is not None


def _named_after_someone(run: list[Token], lexicon: Lexicon) -> bool:
    """Whether the acronym in brackets closing a run spells all of it, the person it is named after
    included, titles left out ("Rumah Sakit Umum Daerah Dr. H. Abdul Moeloek (RSUDAM)")."""
    words = [token.text for token in run[:-1] if not _is_title_token(token.text, lexicon)]
    return len(words) >= 3 and is_acronym_of(run[-1].text.strip("()"), " ".join(words))


def _parent_acronym(word: str, lexicon: Lexicon) -> bool:
    """An institution's acronym before the name of one of its units ("BMKG Stasiun ...", "BPS Kabupaten ...")."""
    return len(word) >= 3 and word.isupper() and word.isalpha() and word.title() not in _known_places() \
        and word not in lexicon.countries


def _written_after_its_acronym(text: str, run: list[Token]) -> int | None:
    """Where the words of a run that the page also writes right after the organisation's acronym end
    ("BBWS Pemali Juana" beside "Balai Besar Wilayah Sungai (BBWS) Pemali Juana Adek Rizaldi"): they
    qualify the organisation's name; any name after them is a person's. None if the page does not."""
    at = next((index for index, token in enumerate(run) if token.text.startswith("(")), None)
    acronym = run[at].text.strip("()") if at is not None else ""
    if not acronym.isupper() or len(acronym) < 2:
        return None
    for end in range(len(run), at + 1, -1):
        written = f"{acronym} {name_text(text, run[at + 1:end])}"
        if re.search(rf"(?<![\w(]){re.escape(written)}(?![\w-])", text):
            return end
    return None


def _organisation(text: str, run: list[Token], lexicon: Lexicon,
                  name_apposed: bool = False, joined: bool = False) -> tuple[str | None, int | None]:
    """The organisation a run names, and where a person's name after it starts (if one does).

    "Kementerian Luar Negeri China Wang Wenbin" names a ministry, then its spokesman; with
    ``name_apposed`` (the name follows after a comma) the whole run after the organisation word
    is the organisation's name. A ``joined`` run ("The Department" "of" "Environment (DOE)") may
    open with an article.
    """
    words = [token.text for token in run]
    heads = _organisation_heads(lexicon)
    start = None
    head_length = 1
    if not heads.keys().isdisjoint(words):
        start, head_length = next(((index, len(head)) for index in range(len(words)) for head in heads.get(words[index], ())
                                   if tuple(words[index:index + len(head)]) == head), (None, 1))
    # ("Jaksa Penuntut Umum (JPU) Kejaksaan Negeri ...": a title with its short form in brackets, then the organisation)
    if start is not None and (start == 0 or _title_pattern(lexicon).fullmatch(" ".join(word for word in words[:start]
                                                                                         if not word.startswith("(")))
                              or start == 1 and words[0].casefold() in lexicon.institution_nouns and words[0] in _not_names(lexicon)
                              or start == 1 and (name_apposed or joined) and words[0].casefold() in lexicon.articles
                              or start == 1 and _parent_acronym(words[0], lexicon)
                              or start == 1 and words[0].casefold() in lexicon.place_prepositions
                              # ("Head of" "Sustainability PT Sinar Parindu Lestari": a company's legal form opens it)
                              or 1 <= start <= 3 and words[start] in lexicon.company_heads
                              # ("Tim Humas RSUD Dr. Soetomo menyebutkan": the hospital's press office, no one)
                              or 1 <= start <= 2 and words[start - 1] in lexicon.press_offices
                              and not title_at_start(words[0], lexicon)):
        if start == 1 and _parent_acronym(words[0], lexicon):
            start = 0  # "BMKG Stasiun Meteorologi Malikussaleh": the parent's acronym opens the unit's name
        # ("Di RSUD Sultan Syarif Mohamad Alkadrie, ...": a sentence may open with the preposition)
        end = len(words)
        tail = trailing_name(run[start:], lexicon)
        person_from = None
        # "PT Astra Honda Motor": a company's name follows its legal form, and no one after it.
        # ("PT Pertamina Patra Niaga Regional Jatimbalinus menyatakan": its branch's word inside, no one after it)
        branch = max((index for index in range(start + 1, end) if words[index] in lexicon.branch_words), default=None)
        # ("PT Samudra Pangan Lestari": a word no name has may open the company's name, before two words)
        # (after a title, a name may follow the company's one word: "Direktur Utama PT Pertamina Nicke Widyawati")
        # (... and the page calls the person by a word of the name alone: "kata Nicke"; not "PT Pertamina Hulu Rokan")
        titled_before = start > 0 and title_at_start(" ".join(words[:start]), lexicon) and len(tail) >= 2 \
            and _named_alone_later(text, run[-1].end, tail)
        if titled_before and words[start] in lexicon.company_heads and len(tail) >= 3 and start + len(tail) == end - 1 \
                and tail[0].text in lexicon.not_names:
            tail = tail[1:]  # "Direktur Pengadaan Perum Bulog Ratna Kusumawardhani": the company's one word, then a name
        company = words[start] in lexicon.company_heads and (
            start + len(tail) == end - 1 or branch is not None and end - branch - 1 <= 2
            or len(tail) <= 2 and end - len(tail) == start + 2 and words[start + 1] in lexicon.not_names and not titled_before)
        # "Kejaksaan Negeri Tanjung Perak", "Pemkab Tana Toraja": where it sits, not who speaks for it
        # ("Paguyuban Pedagang Tembakau Jember": a name closed by a known place is the organisation's)
        # "Perum Bulog Kantor Cabang Sigli": the branch is the organisation's too
        place = bool(tail) and (tail[0].text in _place_words()[0] or tail[0].text in lexicon.branch_words
                                or _dedicated(run, end - len(tail), lexicon)
                                or name_text(text, tail) in _known_places()
                                or len(tail) >= 2 and (tail[-1].text in _known_places() or tail[-1].text in lexicon.not_names))
        if not place and len(tail) >= 3 and tail[0].text in _known_places():
            tail = tail[1:]  # "Badan Penanggulangan Bencana Daerah (BPBD) Jember Widodo Hari Santoso": its place, then a name
        if tail and (start == 0 or name_apposed or not _title_pattern(lexicon).fullmatch(" ".join(words[:start]))) \
                and not any(word.startswith("(") for word in words[start:]) \
                and any(" ".join(words[start:start + len(head.split())]) == head for head in lexicon.named_after_heads):
            # (after its acronym in brackets, a name is someone's: "Universitas ... (Untirta) Dr. Rina ...")
            place = True  # "Di RSUD Sultan Syarif Mohamad Alkadrie, ...": a hospital named after someone
        if tail and run[-1].text.startswith("(") and _named_after_someone(run[start:], lexicon):
            place = True  # "Rumah Sakit Umum Daerah Dr. H. Abdul Moeloek (RSUDAM)": a hospital named after someone
        qualifier = _written_after_its_acronym(text, run[start:]) if tail else None
        if qualifier is not None:
            # "Balai Besar Wilayah Sungai (BBWS) Pemali Juana", then "BBWS Pemali Juana": the words are the name's
            tail = run[start:][qualifier:]
            place = not tail
        tail_words = [token.text for token in tail]
        # "Lembaga Falakiyah Pengurus Besar Nahdlatul Ulama": another organisation word, not a name, follows
        inner_head = any(tuple(tail_words[index:index + len(head)]) == head
                         for index, word in enumerate(tail_words) for head in heads.get(word, ()))
        # "... Stasiun Meteorologi Tjilik Riwut": the tail would open inside an organisation word of two
        before_tail = words[end - len(tail) - 1] if tail and end - len(tail) - 1 >= 0 else ""
        inner_head = inner_head or any(head[:2] == (before_tail, tail_words[0]) for head in heads.get(before_tail, ()))
        # ("Pusat Studi Lingkungan Hidup Universitas Gadjah Mada": a second institution's word, named after someone,
        # inside the name: the name after it is that institution's)
        place = place or end - len(tail) - 1 > start and before_tail in lexicon.named_after_heads and len(tail) == 2
        # ("KPPBC Tipe Madya Pabean C Entikong": the office's class, lettered, then its place)
        place = place or before_tail in lexicon.numbered_units and any(len(word) == 1 and word.isupper() for word in tail_words)
        # (a word for an institution is no name by itself: "Kementerian Lingkungan Hidup" names no one after it)
        # (after a title, the word is the office's: "Kepala Dinas Uka Suska Puji Utama")
        # ("Pusat Riset Tsunami": no organisation is named by its head word alone, so no one follows it)
        generic = start == 0 and head_length == 1 and (words[start].casefold() in lexicon.institution_nouns
                                                       or len(tail) == 2 and end - start == 3)
        if len(tail) >= 3 and end - len(tail) == start + head_length and before_tail in lexicon.named_after_heads \
                and start > 0 and not name_apposed:
            tail = tail[1:]  # "Rektor Universitas Hasanuddin Jamaluddin Jompa": the university's name, then his
        if start == 0 and head_length == 1 and len(tail) >= 3 and len(tail) == end - 1 \
                and _opens_with_a_name_opener(tail[1:], lexicon):
            tail = tail[1:]  # "Fraksi Gerindra Andi Mappaseng": the word after the head names it
        if 2 <= len(tail) <= end - start - head_length - generic and not name_apposed and not company and not place and not inner_head \
                and not _short_name_follows(text, run[start:]) and not _words_of_the_page(text, tail):
            # (where the name starts, degrees after it left out: "... Rudi Hartono SHut MSi")
            person_from = next((index for index, token in enumerate(run) if token is tail[0]), end - len(tail))
            end = person_from
        while person_from is not None and end > start + 1 and _is_title_token(words[end - 1], lexicon):
            end -= 1  # "... Eastern Visayas Director Dr.": the person's titles are not the organisation's
        while end > start + 1 and words[end - 1].startswith("("):
            end -= 1
        return text[run[start].start:run[end - 1].end].strip(" ,."), person_from
    if len(words) == 1:
        return None, None  # one word opening no organisation's name names none: each case below needs more
    bare = [word for word in words if not word.startswith("(")]
    first = 1 if len(bare) >= 3 and bare[0] in ("The", "A", "An") else 0  # "The Health Ministry": without "The"
    while first < len(bare) - 2 and _is_title_token(bare[first], lexicon) and bare[first] not in heads:
        first += 1  # "Pelatih Siger Putra FC": the coach's title is not the club's
    closing = " ".join(bare[-2:]) in _organisation_words(lexicon) and len(bare) - first >= 3  # "China Coast Guard"
    if closing or len(bare) - first >= 2 and bare[-1] in heads and len(heads[bare[-1]][-1]) == 1 \
            and bare[-1] not in lexicon.short_words \
            and bare[first] not in ("The", "A", "An"):
        # "Indonesian Nickel Smelter Association": the organisation word closes an English name.
        last = len(bare) - 1
        name = text[run[first].start:run[last].end].strip(" ,")
        # "East Nippon Expressway Co.": the period of an abbreviated company word is the name's
        return (name if name.split()[-1] in _organisation_words(lexicon) else name.rstrip(".")), None
    if joined and any(word in heads and len(heads[word][-1]) == 1 or word in _CLOSING_BEFORE_FOR for word in bare[first + 1:-1]) \
            and not any(_is_title_token(word, lexicon) for word in bare):
        # "Nigeria Centre" "for" "Disease Control" "and" "Prevention (NCDC)": an English name closed by its word, then
        # what it is for, joined into one run
        last = next((index for index in range(len(words) - 1, -1, -1) if not words[index].startswith("(")), len(words) - 1)
        return text[run[first if bare[0] not in ("The", "A", "An") else 1].start:run[last].end].strip(" ,."), None
    if len(bare) >= 3 and len(bare) < len(words) and _abbreviates(words[-1].strip("()"), bare):
        # "Gabungan Pengusaha Kelapa Sawit Indonesia (Gapki)": a name with its short name.
        return text[run[0].start:run[len(bare) - 1].end].strip(" ,."), None
    inner = next((index for index, word in enumerate(words) if word.startswith("(")), None)
    rest = words[inner + 1:] if inner is not None else []
    if inner is not None and inner >= 3 and not (rest and rest[0] in heads) \
            and _abbreviates(words[inner].strip("()"), words[:inner]):
        if rest and (rest[0] in lexicon.branch_words or rest[0] in _place_words()[0] or rest[0] in _known_places()):
            # "Gabungan Pengusaha Kelapa Sawit Indonesia (GAPKI) Cabang Riau": its branch or place is its name's
            return text[run[0].start:run[-1].end].strip(" ,."), None
        # A name after it is who speaks for it ("(ICW) Dewi Anggraeni Saputri menilai"), unless a list of
        # places goes on after it ("(PPI) Ujong Baroh, Kecamatan Johan Pahlawan")
        # (a title may open it: "(SLRSMU) Secretary Kasun Chamara Jayasekara said")
        titled = next((index for index, word in enumerate(rest) if not _is_title_token(word, lexicon)), len(rest))
        closing = next((index for index in range(1, min(3, len(rest))) if _is_title_token(rest[index], lexicon)), None)
        if titled == 0 and closing is not None:
            # "(TSI) Executive Officer Ruth Lioa Mana": a title its last word makes one
            titled = next((index for index in range(closing, len(rest)) if not _is_title_token(rest[index], lexicon)),
                          len(rest))
        name = rest[titled:]
        person = len(name) >= 2 and all(is_name_token(word, lexicon) for word in name) \
            and not text[run[-1].end:run[-1].end + 1] == ","
        return text[run[0].start:run[inner - 1].end].strip(" ,."), (inner + 1 + titled if person else None)
    following = text[run[-1].end:run[-1].end + 12]
    acronym = _ACRONYM_AFTER.match(following) if "(" in following else None
    if acronym and len(words) >= 2:
        initials = "".join(word[0] for word in words if word[0].isupper())
        if initials.startswith(acronym.group(1)[0]):
            return text[run[0].start:run[-1].end], None
    return None, None
