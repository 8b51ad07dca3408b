"""Find direct quotations in an article body and attribute them to speakers.

A quotation is the text between quote marks (straight or curly); one left open runs to the
end of its paragraph. Titles and scare quotes are left out. The speaker comes from the
attribution next to the quote (``"...," kata X``; ``X mengatakan: "..."``; ``"...," X said``),
from the quote before it in the same paragraph, or from the person last spoken of.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from warta.build.extract.actors import (ArticleActors, abbreviated_titles, capitalised_runs, connectors_of_every_language,
                                        is_acronym_of, is_known_place, is_name_token, possessed_group,
                                        is_outlet, name_text, opens_an_organisation,
                                        names_a_place, split_short_name,
                                        title_at_start, title_holder, trailing_name, without_country_before)
from warta.build.lexicon import Lexicon, alternation

_OPENERS = "“„«\""
_CLOSERS = "”»\""
_STOP_WORDS = {
    "id": ("dalam", "di", "kepada", "saat", "ketika", "usai", "seusai", "seperti", "melalui", "pada",
           "dikutip", "sebagaimana", "dilansir", "kemarin", "hari", "dari", "setelah", "sebelum",
           "menanggapi", "terkait", "soal", "mengenai", "tentang", "yang", "bahwa", "sambil", "lewat"),
    "en": ("in", "at", "on", "to", "during", "after", "before", "according", "on", "via", "from",
           "as", "when", "while", "who", "in a"),
}


@dataclass
class Quote:
    """A quotation in an article body."""

    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_kind: str | None = None
    cue: str | None = None
    kind: str = "direct"


_MARKS = re.compile("[“”„«»\"]|\n\n")


def _closer_used_as_opener(body: str, at: int) -> bool:
    """Some outlets open quotes with ” too: one at a word's start, with no quote open, opens one."""
    return body[at] == "”" and (at == 0 or body[at - 1].isspace()) and body[at + 1:at + 2].isalnum()


def quote_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside every pair of quote marks; open quotes end with their paragraph."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _MARKS.finditer(body):
        char, at = mark.group(0), mark.start()
        if char == "\n\n":
            if opened is not None and opened < at:
                spans.append((opened, at))
            opened = None
        elif opened is None and (char in _OPENERS or _closer_used_as_opener(body, at)):
            opened = at + 1
        elif opened is not None and char in _CLOSERS:
            spans.append((opened, at))
            opened = None
        elif opened is not None and char in "“„«":
            opened = at + 1  # a new opening mark: the earlier one was never closed
    if opened is not None and opened < len(body):
        spans.append((opened, len(body)))
    spans = [(start, end) for start, end in spans if body[start:end].strip()]
    if "‘" in body:
        spans = sorted(spans + _single_mark_spans(body, spans))
    return spans


_SINGLE_OPENER = re.compile(r"(?:(?<=\s)|^)‘(?=\w)")
_SINGLE_CLOSER = re.compile(r"’(?!\w)|\n\n")


def _single_mark_spans(body: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotes in single curly marks (‘...’), as some outlets write them, outside double-marked
    ones; an apostrophe inside a word ("Jum’at") closes nothing."""
    spans = []
    for opener in _SINGLE_OPENER.finditer(body):
        start = opener.end()
        if any(a - 1 <= opener.start() < b + 1 for a, b in taken + spans):
            continue
        closer = _SINGLE_CLOSER.search(body, start)
        end = closer.start() if closer else len(body)
        if len(body[start:end].split()) >= 2:
            spans.append((start, end))
    return spans


def _straight_single_spans(body: str, taken: list[tuple[int, int]], lexicon: Lexicon) -> list[tuple[int, int]]:
    """Words in straight single marks that a speech verb follows ("'Saya kira bom,' ujarnya"):
    apostrophes in names ("Mu'ti") and marks around terms are left alone. On a page that quotes in
    straight single marks throughout (British style), every pair of them."""
    if _quotes_in_single_marks(body):
        return [span for span in _straight_single_pairs(body) if not any(a <= span[0] < b for a, b in taken)]
    return [match.span(1) for match in _straight_single_pattern(lexicon).finditer(body)
            if not any(a <= match.start() < b for a, b in taken)]


# A straight single mark opening a quote (after a space or a line's start, before a word) and one
# closing it (after a word or punctuation, before a space, punctuation or the line's end); an
# apostrophe inside a word ("didn't", "Mu'ti") is neither.
_STRAIGHT_OPENER = re.compile(r"(?:(?<=[\s(\[])|^)'(?=[^\W\d_])", re.MULTILINE)
_STRAIGHT_CLOSER = re.compile(r"(?<=[\w.,!?])'(?=[\s.,;:!?)\]]|$)|\n\n", re.MULTILINE)


def _quotes_in_single_marks(body: str) -> bool:
    """Whether a page quotes in straight single marks: several open, and double marks, if any, fewer."""
    openers = len(_STRAIGHT_OPENER.findall(body))
    doubles = sum(body.count(mark) for mark in '"“”')
    return openers >= 2 and doubles < openers


def _straight_single_pairs(body: str) -> list[tuple[int, int]]:
    """Every pair of straight single marks; a mark left open ends with its paragraph. A possessive
    ("the victims' homes") closes a quote only where no other mark closes it in the paragraph."""
    spans = []
    for opener in _STRAIGHT_OPENER.finditer(body):
        start = opener.end()
        if spans and start < spans[-1][1] + 1:
            continue
        closers = []
        for closer in _STRAIGHT_CLOSER.finditer(body, start):
            if closer.group(0) == "\n\n":
                break
            closers.append(closer.start())
        paragraph_end = body.find("\n\n", start)
        paragraph_end = len(body) if paragraph_end == -1 else paragraph_end
        plain = [at for at in closers if not _possessive_at(body, at)]
        end = (plain or closers or [paragraph_end])[0]
        if body[start:end].strip():
            spans.append((start, end))
    return spans


def _possessive_at(body: str, at: int) -> bool:
    """"victims' homes": an s, the mark, a space and a word in lower case."""
    return body[at - 1:at] == "s" and re.match(r"'\s+[a-z]", body[at:at + 3]) is not None


@cache
def _straight_single_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    cues = alternation(sorted(lexicon.cues))
    return re.compile(rf"(?<![\w'])'([A-Z][^'\n]{{2,400}}?[,.!?])'(?=\s+(?i:{cues})\b)")


# Words a title in title case leaves in lower case ("War on Drugs", "Saya Masih Ingin Bermain untuk Indonesia").
_SMALL_WORDS_IN_TITLES = frozenset({"di", "dan", "yang", "ke", "untuk", "dari", "dengan", "pada", "bagi", "atau",
                                    "hingga", "karena", "tanpa", "sebagai", "oleh", "adalah",
                                    "of", "the", "and", "in", "a", "an", "to", "for", "on", "at", "by", "from", "with", "or"})


def _is_title_like(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 10 or text.rstrip()[-1:] in ",.!?":
        return False
    capitalised = [w for w in words if w[:1].isupper() or not w[:1].isalpha()]
    small = [w for w in words if w in _SMALL_WORDS_IN_TITLES]  # (in lower case: "Tanpa" counts as capitalised)
    return len(capitalised) + len(small) == len(words) and len(capitalised) >= 1 and len(words) >= 2


@cache
def _cue_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(lexicon.cues)})(?!\w)", re.IGNORECASE)


@cache
def _subject_verb_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """A few words, then a speech verb: "X said", "ia menandaskan", "MPOA chief executive Joseph Tan
    Boon Hock told", "Chen Haoran, vice president of Huayang, told", "Lorna Dimaculangan, 52, told" (an
    apposition or an age after the name)."""
    return re.compile(r"((?:[\w'’.\-()]+\s+){0,10}?[\w'’.\-()]+)(?:\s*,\s+(?:[a-z][^,\"“”.]{2,80}|\d{1,3}),)?\s+("
                      + _verb_pattern(lexicon).pattern + r")", re.IGNORECASE)


@cache
def _document_verb_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """ "the statement read (in part)": a document's words, which its institution, named before, speaks."""
    if not lexicon.document_verbs:
        return re.compile(r"(?!x)x")
    return re.compile(rf"((?:{alternation(lexicon.articles)}) (?:{alternation(lexicon.institution_nouns)}))\s+"
                      rf"({alternation(lexicon.document_verbs)})(?!\w)", re.IGNORECASE)


def _office_list_then_name(text: str, lexicon: Lexicon) -> re.Match[str] | None:
    """:func:`_office_list_then_name_pattern` where a title closes the list ("... and Welfare Minister Kenji
    Moriyama"; not "Amnesty International, Human Rights Watch and Migrant Care said": a list of speakers)."""
    found = _office_list_then_name_pattern(lexicon).match(text)
    if found is None:
        return None
    tail = re.split(r"\s(?:and|&|dan)\s", found.group(1))[-1].split()
    # (the title stands after the list's first word, before the name: not "Senators Chuck Schumer, ...")
    return found if any(title_at_start(" ".join(tail[at:]), lexicon) for at in range(1, len(tail))) else None


@cache
def _office_list_then_name_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """An office of capitalised words listed with commas, then a name and a speech verb ("Health, Labor and Welfare
    Minister Kenji Moriyama told"), the subject the comma-less pattern above cannot read."""
    word = r"[A-Z][\w'’.\-]*"
    return re.compile(rf"((?:(?:{word}|of|for),?\s+){{1,8}}(?:and|&|dan)\s+(?:{word}\s+){{1,6}}{word})\s+("
                      + _verb_pattern(lexicon).pattern + r")")


@cache
def _role_then_name_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """A role of many words, then a name between commas, then a speech verb ("the Executive Secretary
    of the Kogi State Emergency Management Agency (SEMA), Alhaji Muhammed Bashir Ozigi, told")."""
    return re.compile(r"(?:[\w'’.\-()]+\s+){1,16}?[\w'’.\-()]+\s*,\s+((?:[A-Z][\w'’.\-]*\s+){1,5}[A-Z][\w'’.\-]*)"
                      r"\s*,\s+(" + _verb_pattern(lexicon).pattern + r")")


@cache
def _verb_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(lexicon.verbs | lexicon.cues)})(?!\w)", re.IGNORECASE)


@cache
def _verb_or_participle_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """Speech verbs and their participles ("warning that ..."), for words quoted inside a sentence only."""
    return re.compile(rf"(?<!\w)(?:{alternation(lexicon.verbs | lexicon.cues | lexicon.participles)})(?!\w)", re.IGNORECASE)


def _sentence_around(body: str, start: int, end: int) -> str:
    left = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start))
    right_candidates = [i for i in (body.find(". ", end), body.find("\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(body)
    return body[left + 1:right]


def _unnamed_subject_before(body: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the sentence just before a quote, in its paragraph, has someone unnamed speak
    ("Seorang warga lain yang enggan disebut namanya mengungkapkan hal serupa.")."""
    paragraph = body.rfind("\n", 0, start) + 1
    before = body[paragraph:start].rstrip(" “\"")
    if not before.strip() and paragraph > 1:
        # a quote opening its paragraph: the last sentence of the paragraph before ("Seorang pemuda ... mengaku sudah
        # tiga kali melamar.\n\n“...,” katanya")
        before = body[:paragraph].rstrip()
        before = before[before.rfind("\n") + 1:].rstrip(" .")
    # (a quotation closing before it ends that sentence too: '"... Some people fetch water," she said, "...')
    sentence = before[max(before.rfind(". ", 0, len(before) - 1), before.rfind('"'), before.rfind("”"), -1) + 1:].strip()
    verb = _verb_pattern(lexicon).search(sentence)
    if not verb:
        return False
    subject = sentence[:verb.start()].strip()
    words = subject.casefold().split()
    if any(re.match(r"\s+[A-Z]", sentence[later.end():later.end() + 2])
           for later in _verb_pattern(lexicon).finditer(sentence, verb.start())):
        return False  # "Seorang warga mengeluh soal banjir, kata Budi.": the sentence names its speaker after all
    # ("Seorang ibu di Kampung Yoboi ...": where she lives names no one)
    return bool(words) and words[0] in lexicon.unnamed_subjects and not _runs_naming_someone(subject[1:], lexicon)


def _runs_naming_someone(phrase: str, lexicon: Lexicon) -> list:
    """The capitalised runs of a phrase that may name someone: not a place after "di" or "warga", nor one
    opening or closing with a word for a place ("seorang ibu di Kampung Yoboi", "seorang warga Kelurahan Ladang",
    "One resident of the Clooney Road")."""
    def placed(run) -> bool:
        before = phrase[:run[0].start].split()[-1:]
        return run[0].text in lexicon.place_heads or run[-1].text in lexicon.place_tails or bool(before) and (
            before[0] in lexicon.place_prepositions or before[0] in lexicon.residents)
    # (nor an acronym: "seorang guru SD di Pulau Haruku", a primary school's teacher)
    return [run for run in capitalised_runs(phrase) if not placed(run)
            and not all(token.text.isupper() and len(token.text) <= 5 for token in run)
            and not all(token.text in lexicon.not_names for token in run)]  # ("one Reddit user": a platform, no one)


_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s$")
_NAME_WORD_AFTER = re.compile(r"\s[A-Z]")


def _nickname_inside_a_name(body: str, start: int, end: int) -> bool:
    """One capitalised word quoted between two words of a name ('Rodolfo "Boy" Tecson Jr.'): a nickname."""
    text = body[start:end]
    return " " not in text and text[:1].isupper() and _NAME_WORD_BEFORE.search(body, max(0, start - 30), start - 1) is not None \
        and _NAME_WORD_AFTER.match(body, end + 1) is not None


def _names_a_term(body: str, start: int, text: str, lexicon: Lexicon) -> bool:
    """A few words quoted after a word that introduces a term or a title ('kode “kopi susu”', 'isu
    "vaksin haram"', 'berjudul "Storm surge hits ..."'): a name for something, not someone's words."""
    words = len(text.split())
    if words > 12:
        return False
    if words <= 4 and (_named_by_itself(body, start, lexicon) or _designated(body, start, lexicon)
                       or _name_in_use(body, start, lexicon)):
        return True
    if words <= 3 and (_explained_after(body, start + len(text) + 1, lexicon) or _named_by_the_public(body, start, lexicon)):
        return True
    before = body[max(0, start - 30):start - 1].split()
    if not before or before[-1].casefold().strip(",") not in lexicon.term_markers:
        return False
    # A longer span with a speech verb after it is speech all the same ('In his words, "...," he said').
    return words <= 4 or _after_attribution(body, start + len(text), lexicon) is None


def _explained_after(body: str, end: int, lexicon: Lexicon) -> bool:
    """Quoted words the sentence goes on to explain ('tambang "TI", singkatan dari tambang
    inkonvensional', 'beras "kepala", yakni ...'): a term being defined."""
    following = body[end:end + 30].lstrip(" ,(").casefold()
    return any(following.startswith(word + " ") for word in lexicon.term_explanations)


def _named_by_itself(body: str, start: int, lexicon: Lexicon) -> bool:
    """A name someone gives themselves, right before it ('menamai diri "geng kunci T"', 'calls
    itself "the people's party"'): a name, not anyone's words."""
    before = body[max(0, start - 40):start - 1].casefold().rstrip().removesuffix(" sebagai").removesuffix(" as")
    return any(before.endswith(f"{verb} {reflexive}") for verb in lexicon.naming_verbs for reflexive in lexicon.reflexives)


def _name_in_use(body: str, start: int, lexicon: Lexicon) -> bool:
    """Quoted words a few words after a passive verb of naming, in their clause ('atau yang di kampung
    itu disebut "serangan fajar"', 'Modus yang dikenal sebagai "ijon proyek"'): a name in use."""
    clause = re.split(r"[.,;:]\s", body[max(0, start - 50):start - 1])[-1]
    words = [word.strip("\"“”").casefold() for word in clause.split()][-4:]
    return any(word in lexicon.names_in_use for word in words)


def _designated(body: str, start: int, lexicon: Lexicon) -> bool:
    """Quoted words a few words after a verb that puts something in a class ('menetapkan 11
    kelurahan sebagai "zona merah"', 'designated the area a "red zone"'): the class's name."""
    clause = re.split(r"[.,;:]\s", body[max(0, start - 60):start - 1])[-1]
    words = [word.strip("\"“”").casefold() for word in clause.split()][-5:]
    return any(word in lexicon.designating_verbs for word in words)


def _named_by_the_public(body: str, start: int, lexicon: Lexicon) -> bool:
    """What people at large call something ('yang disebut warga sebagai "pelabuhan tikus"', 'warga
    setempat menamai genangan itu banjir "kiriman"'): a name in use, not anyone's words."""
    sentence = body[max(body.rfind(". ", 0, start), body.rfind("\n", 0, start), 0):start].casefold().split()
    verbs = [index for index, word in enumerate(sentence) if word.strip(",") in lexicon.naming_verbs]
    # ("Older residents, he said, are calling it “the big dry”": the public a few words before the verb; the
    # quoted words in the verb's clause, not "calling on the council to act, and Reyes said the delay was “...”")
    return any(word.strip(",") in lexicon.the_public for index in verbs
               if not any(later.endswith(",") for later in sentence[index + 1:])
               for word in sentence[max(0, index - 5):index] + sentence[index + 1:index + 2])


def _is_scare_quote(body: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Short quoted words with no one reported as saying them."""
    text = body[start:end]
    if len(text.split()) > 3:
        return False
    acting = re.match(r"[”\"]\s+(\w+)\s+(\w+)", body[end:end + 40])
    if acting and text[-1:].isalnum() and _verb_pattern(lexicon).fullmatch(acting.group(1)) \
            and not _cue_pattern(lexicon).fullmatch(acting.group(1)) \
            and acting.group(2).casefold() in lexicon.articles:
        return True  # "“Oppenheimer” ruled the box office": a title, the subject of a verb that is no cue
    sentence = _sentence_around(body, start, end)
    return not _verb_or_participle_pattern(lexicon).search(sentence)  # ("saying the bill was discussed “thoroughly”")


def _speaker_phrase(text: str, lexicon: Lexicon) -> str:
    """The words naming a speaker, up to punctuation or a word that starts a new phrase."""
    stops = _STOP_WORDS.get(lexicon.code, ())
    words: list[str] = []
    tokens = text.split()
    listed = 0  # words of an office's name listed with commas: they do not count against the limit
    for index, word in enumerate(tokens):
        if ".(" in word:
            word = word[:word.index(".(") + 1]  # "Moutong.(RIZ)": the writer's initials after the sentence
        bare = word.strip(",.;:!?")
        if bare.casefold() in stops and words:
            break
        words.append(bare)
        if len(words) - listed >= 12:
            break
        if word[-1:] == "," and _LIST_SPELLED_BY_ACRONYM.match(" ".join(tokens[index + 1:index + 9])):
            listed += 1
            continue  # "Direktur Jenderal Industri Kecil, Menengah, dan Aneka (IKMA) Kemenperin Dyah ...": one office
        if word[-1:] == "," and _role_before_name(words, tokens[index + 1:index + 3], lexicon):
            words[-1] += ","  # "ketua tim, Anindya Kusuma," / "Ketua Himpunan Petambak, Nur Hasanah,"
            continue
        if word[-1:] == "." and len(bare) == 1 and bare.isupper() and tokens[index + 1:index + 2] \
                and tokens[index + 1][:1].isupper():
            continue  # "Joanne M. Kowalczyk": a middle initial
        if word[-1:] == "." and bare[:1].islower() and bare.capitalize() in abbreviated_titles() \
                and tokens[index + 1:index + 2] and tokens[index + 1][:1].isupper() \
                and not (len(words) >= 2 and words[-2] in lexicon.named_after_heads):
            continue  # "kata dr. Ratna": a title in lower case before the name (not "RSUD dr. Dradjat ...")
        if word[-1:] in ",.;:!?" and bare not in abbreviated_titles():
            break
    return " ".join(words)


# The rest of a list of capitalised words that the acronym in brackets after its last part spells: "Menengah, dan
# Aneka (IKMA)", "Klimatologi, dan Geofisika (BMKG)".
_LIST_SPELLED_BY_ACRONYM = re.compile(r"(?:[A-Z][\w-]*, ){0,3}(?:dan|and|&) (?:[A-Z][\w-]* ){1,3}\([A-Z][\w-]*\)")


def _role_before_name(words: list[str], following: list[str], lexicon: Lexicon) -> bool:
    """Whether the words so far are a role and the next word starts the name it belongs to."""
    if len(following) == 2 and following[0].endswith(".") and following[0][:1].islower() \
            and following[0].rstrip(".") in _lowercase_titles_of(lexicon):
        following = following[1:]  # "Ketua PD IAI Jawa Barat, apt. Dadang Suhendar": a title in lower case, then the name
    if not following or not following[0][:1].isupper() or any(w.endswith(",") for w in words[:-1]):
        return False
    phrase = " ".join(words)
    # ("Communication and Legal Manager Bandara I Gusti Ngurah Rai, Ni Komang ...": the title closes its first part)
    return phrase[:1].islower() or title_at_start(phrase, lexicon) or _title_closes_first_part(phrase, lexicon)


@cache
def _lowercase_titles_of(lexicon: Lexicon) -> frozenset[str]:
    """Titles written in lower case before a name ("dr", "apt", "drg")."""
    return frozenset(title.rstrip(".") for title in lexicon.titles if title[:1].islower()) \
        | frozenset(title.casefold() for title in abbreviated_titles())


def _title_closes_first_part(phrase: str, lexicon: Lexicon) -> bool:
    """Whether a title closes the first few words of a phrase joined by "and" ("Communication and
    Legal Manager"): the phrase is a role."""
    words = phrase.split()
    return len(words) >= 3 and words[1].casefold() in connectors_of_every_language() \
        and any(title_at_start(" ".join(words[index:]), lexicon) for index in range(2, min(5, len(words))))


@dataclass
class _Attribution:
    cue: str
    who: str | None  # None: a pronoun or "-nya"
    offset: int


_WORD_BEFORE_STOP = re.compile(r"(\w+)[.!?]\s")


def _after_attribution(body: str, end: int, lexicon: Lexicon) -> _Attribution | None:
    """An attribution right after a quote: ', kata X' / ', ujarnya' / ', X said' / ', ia menandaskan'."""
    tail = body[end + 1:end + 160]
    tail = tail.split("\n", 1)[0]
    rest = tail.lstrip(" \t,.")
    offset = end + 1 + len(tail) - len(rest)
    lowered = rest.casefold()  # once, not once per opener
    opener = next((o for o in lexicon.passive_openers if lowered.startswith(o + " ")), None)
    if opener:
        # "“...” Hal itu disampaikan ketua tim, Anindya": the next sentence names the speaker.
        rest, offset = rest[len(opener) + 1:], offset + len(opener) + 1
    cue = _cue_pattern(lexicon).match(rest)
    noun = rest.split(maxsplit=1)[0] if opener and rest.strip() else ""
    if noun.casefold() in lexicon.statement_nouns:
        after = rest[len(noun):].lstrip()
        phrase = _speaker_phrase(after, lexicon)
        if capitalised_runs(phrase):  # "demikian peringatan BMKG Stasiun Meteorologi ...": the one named speaks
            return _Attribution(noun, phrase, offset + len(rest) - len(after))
    if opener and not cue and rest[:1].islower() and not _verb_pattern(lexicon).search(rest.split(".")[0]) \
            and not capitalised_runs(_speaker_phrase(rest, lexicon)):
        # "“Tetap tenang ...,” demikian imbauan yang terus diulang lewat pengeras suara": words no one is named for
        return _Attribution(opener, _speaker_phrase(rest, lexicon), offset)
    if cue:
        word = cue.group(0)
        after = rest[cue.end():]
        if "." in tail[:len(tail) - len(rest)] and word[:1].isupper() and word.casefold() not in lexicon.verbs \
                and "," in re.split(r"[.;!?]", after, maxsplit=1)[0]:
            return None  # '... as "stark". According to its own figures, ...': a new sentence, about what follows
        if word.casefold().endswith("nya") and word.casefold()[:-3] in lexicon.cues:
            return _Attribution(word, None, offset)  # "katanya" (not "tanya Rosmini": "tanya" is a word of its own)
        phrase = _speaker_phrase(after, lexicon)
        if phrase.casefold().split()[:1] and phrase.casefold().split()[0] in lexicon.pronouns:
            return _Attribution(word, None, offset)
        clause = re.split(r"[.;!?]", after, maxsplit=1)[0].split()
        if phrase.casefold().split()[:1] and phrase.casefold().split()[0] in lexicon.unnamed_subjects:
            return _Attribution(word, phrase, offset + cue.end())  # "celetuk seorang ibu dalam rombongan itu"
        described = next((index for index, word in enumerate(clause[:12]) if word.casefold().strip(",") in lexicon.demonstratives), None)
        if described is not None and described < len(clause) - 1 and phrase[:1].islower() \
                and phrase.split()[0].casefold() not in lexicon.institution_nouns:
            # "ucap pemain asal Pematangsiantar, Sumatra Utara, itu sambil tertawa": a description of someone named before
            return _Attribution(word, " ".join(clause[:described + 1]).strip(","), offset + cue.end())
        if phrase[:1].islower() and clause and clause[-1].casefold().strip(",") in lexicon.demonstratives:
            if word.casefold() in lexicon.institution_nouns:
                # "“...,” demikian pernyataan tersebut", "demikian bunyi ikhbar itu": a statement's words
                return _Attribution(word, f"{word.casefold()} {clause[-1].strip(',.')}", offset + cue.end())
            if phrase.split()[0].casefold() in lexicon.institution_nouns:
                return _Attribution(word, phrase, offset + cue.end())  # "tulis lembaga antirasuah itu"
            return _Attribution(word, " ".join(clause).strip(","), offset + cue.end())  # "ujar legislator dari Jawa Barat itu"
        described_statement = re.match(r"(?:[a-z]+ ){1,2}(?=[A-Z])", phrase) \
            if word.casefold() in lexicon.institution_nouns else None
        if described_statement:
            # "demikian keterangan tertulis Pemkab Demak": the kind of statement, then who issued it
            return _Attribution(word, phrase[described_statement.end():], offset + cue.end())
        return _Attribution(word, phrase or None, offset + cue.end())
    # "X said" / "ia menandaskan": a subject, then a speech verb, in the quote's own sentence
    # ('menyatakan "pikir-pikir". Jaksa Dewi juga menyatakan ...' names the next speaker, not this one).
    if (tail.lstrip(" \t").startswith(".") or body[end - 1:end] == ".") and not opener:
        return None  # the quote closed its sentence: a subject after it opens the next one
    subject = _subject_verb_pattern(lexicon).match(rest) or _office_list_then_name(rest, lexicon) \
        or _document_verb_pattern(lexicon).match(rest)
    if subject and any(len(word) >= 5 or word.islower() and len(word) >= 4
                       for word in _WORD_BEFORE_STOP.findall(subject.group(1))):
        subject = None  # ('"..." yang menjadi pegangan masyarakat Minangkabau. Buya Fauzi menyebut': another sentence;
        # "Dr.", "Engr.", "dr." close no sentence)
    apposed = _role_then_name_pattern(lexicon).match(rest)
    if apposed and (". " in rest[:apposed.start(1)] or subject and subject.end() <= apposed.start(1)):
        apposed = None  # the verb of the quote's own subject comes first ("she said. A volunteer, U Kyaw, said")
    if apposed:
        # "the Executive Secretary of the Kogi State ... (SEMA), Alhaji Muhammed Bashir Ozigi, told": the name
        return _Attribution(apposed.group(2), apposed.group(1), offset + apposed.start(1))
    if subject:
        who = subject.group(1).strip()
        object_word = rest[subject.end():].split()[:1]
        if who.casefold() in lexicon.pronouns or (object_word and object_word[0].casefold() in lexicon.pronouns):
            # "he noted"; "the channel quotes him as saying": the person last speaking.
            return _Attribution(subject.group(2), None, offset)
        if who.casefold() in lexicon.institution_pronouns:
            # "The ministry said ... “...,” it said": the institution last named in the paragraph.
            return _Attribution(subject.group(2), _last_institution_before(body, end, lexicon), offset)
        if who.split()[0].casefold() in lexicon.unnamed_subjects and not capitalised_runs(_after_first_word(who)):
            return _Attribution(subject.group(2), who, offset)  # "one passenger was heard shouting": someone unnamed
        described = who.split()[0].casefold() in lexicon.articles and who.split()[0].casefold() not in lexicon.unnamed_subjects
        if who[:1].isupper() or _opens_with(who.casefold(), lexicon.institution_speakers + lexicon.institutions, lexicon) \
                or any(trailing_name(run, lexicon) for run in capitalised_runs(who)) or described:
            return _Attribution(subject.group(2), who, offset)  # "villager Samsul Bahri told"
    return None


def _cue_later_in_sentence(body: str, end: int, lexicon: Lexicon) -> _Attribution | None:
    """A cue after a comma further on in the quote's sentence ("... kerja sama yang “saling
    menguntungkan” dengan Jakarta, kata Juru Bicara ... Mao Ning"): it names who speaks."""
    stops = [at for at in (body.find(". ", end), body.find("\n", end)) if at != -1]
    segment = body[end + 1:min(stops, default=len(body))]  # after the closing mark
    for opener in "\"“„«":
        if opener in segment:
            segment = segment[:segment.index(opener)]  # another quotation: its own attribution
    for comma in re.finditer(r",\s*", segment):
        rest = segment[comma.end():]
        cue = _cue_pattern(lexicon).match(rest)
        if cue and not cue.group(0).casefold().endswith("nya") and cue.group(0).casefold() not in lexicon.listener_verbs:
            phrase = _speaker_phrase(rest[cue.end():], lexicon)
            if phrase and phrase.split()[0].casefold() not in lexicon.pronouns:
                return _Attribution(cue.group(0), phrase, end + comma.end() + cue.end())
    return None


@cache
def _pronoun_suffixes(lexicon: Lexicon) -> tuple[str, ...]:
    """"-nya" in "katanya", "menurutnya": the person last speaking."""
    return tuple(p[1:] for p in lexicon.possessives if p.startswith("-")) or ("\0",)


def _before_attribution(body: str, start: int, lexicon: Lexicon) -> _Attribution | None:
    """An attribution introducing a quote: 'X mengatakan: "' / 'X said: "' / 'kata X, "'."""
    clause_start = max(body.rfind(". ", 0, start - 1), body.rfind("\n", 0, start - 1), body.rfind("”", 0, start - 1),
                       body.rfind("\"", 0, start - 1))
    lead = body[clause_start + 1:start - 1]
    if not lead.rstrip().endswith((":", ",")) and lead.strip():
        return None
    verbs = list(_verb_pattern(lexicon).finditer(lead))
    if not verbs:
        return None
    verb = verbs[-1]
    subject = lead[:verb.start()].strip()
    word = verb.group(0).casefold()
    if word in lexicon.cues and word not in lexicon.verbs and not lead[verb.end():].strip(" ,:"):
        if word.endswith(_pronoun_suffixes(lexicon)):
            return _Attribution(verb.group(0), None, clause_start + 1 + verb.start())  # "Menurutnya, “...”"
        return None  # "... kata:" with no one named
    named_subject = word in lexicon.verbs and capitalised_runs(subject)
    if lead[verb.end():].strip(" ,:") and word in lexicon.cues and not named_subject:
        return _Attribution(verb.group(0), _speaker_phrase(lead[verb.end():], lexicon), clause_start + 1 + verb.end())
    through = _through_pattern(lexicon).search(subject)
    if through and capitalised_runs(subject[:through.start()].rsplit(",", 1)[-1]):
        # "Pemerintah Kabupaten Dogiyai melalui Bagian Protokol ... menyatakan": the one speaking through an office
        subject = subject[:through.start()]
    subject = _without_closing_degrees(subject, lexicon)
    described = _LOWER_APPOSITION.sub("", subject if subject.endswith(",") else subject + ",").strip()
    runs = capitalised_runs(described) if described != subject.rstrip(",") and "," not in described else []
    if len(runs) == 1 and runs[0][0].start == 0 and len(runs[0]) >= 2 and runs[0][-1].end == len(described) \
            and len(trailing_name(runs[0], lexicon)) == len(runs[0]):
        subject = described  # "Priya Raman, director of policy at the disability charity Scope, said:": the person
    last_words = subject.split()[-16:]
    nearest = subject.rsplit(",", 1)[-1].split()
    if nearest and nearest[0].casefold() in lexicon.unnamed_subjects and not capitalised_runs(" ".join(nearest[1:])):
        # "Begitu deru mesin terdengar, seorang ibu berseru, “...”": someone unnamed
        return _Attribution(verb.group(0), " ".join(nearest), clause_start + 1 + verb.start())
    if "," in subject and len(nearest) >= 2 and nearest[0][:1].islower() and not capitalised_runs(" ".join(nearest)) \
            and not any(word.casefold() in lexicon.pronouns for word in nearest) \
            and not any(len(trailing_name(run, lexicon)) >= 2 for run in capitalised_runs(subject)):
        # "Begitu gamelan berhenti, penonton di tribun timur serentak berteriak, “...”": a crowd, no one named
        return _Attribution(verb.group(0), " ".join(nearest), clause_start + 1 + verb.start())
    if last_words and last_words[-1].casefold() in lexicon.pronouns:
        return _Attribution(verb.group(0), None, clause_start + 1 + verb.start())
    who = _named_part_nearest_verb(" ".join(last_words), lexicon)
    return _Attribution(verb.group(0), who or None, clause_start + 1 + verb.start())


@cache
def _through_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\s(?:{alternation(lexicon.intermediaries)})\s" if lexicon.intermediaries else "(?!x)x")


def _person_name(text: str, run, lexicon: Lexicon) -> str:
    """The name closing a run as written, particles kept ("Khalid bin Salim al-Harthy"), without a
    country before it ("Menteri Luar Negeri Oman Khalid ...")."""
    name = without_country_before(trailing_name(run, lexicon), lexicon)
    return name_text(text, name) if name else ""


def _without_trailing_adverbs(phrase: str | None, lexicon: Lexicon) -> list[str]:
    """The words of a phrase in lower case, without adverbs closing it ("kementerian itu juga")."""
    words = [word.casefold().strip(",.") for word in (phrase or "").split()]
    while words and words[-1] in lexicon.adverbs:
        words.pop()
    return words


def _organisation_named_before(body: str, start: int, actors: ArticleActors,
                               among: list[str] | None = None) -> str | None:
    """The organisation named last before ``start`` in its paragraph or the one before ("KPK sendiri
    ... \n\n“...,” tulis lembaga antirasuah itu" → "KPK")."""
    own = body.rfind("\n", 0, start)
    begin = body.rfind("\n", 0, own - 1) + 1 if own > 0 else 0
    while begin > 0 and not body[begin:own].strip():  # blank lines between paragraphs
        begin = body.rfind("\n", 0, begin - 1) + 1
    best: tuple[int, str] | None = None
    for actor in actors.actors.values():
        if actor.kind != "organization" or among is not None and actor.name not in among:
            continue
        short = {alias for alias, full in actors.aliases.items() if full == actor.name}  # "KPK"
        for surface in actor.surfaces | short | {actor.name}:
            at = body.rfind(surface, begin, start)
            if at != -1 and (best is None or at > best[0]):
                best = (at, actor.name)
    return best[1] if best else None


def _organisation_opening_a_sentence_before(body: str, start: int, actors: ArticleActors) -> str | None:
    """The organisation last named as a sentence's subject before ``start`` in its paragraph
    ("Pemerintah Provinsi NTT dalam siaran persnya menyatakan ... BNPB ... “...,” demikian pernyataan
    tersebut": the government, not the agency it asked). A quote opening its paragraph looks in the
    paragraph before ("South Yorkshire Police said ... Rotherham Council ...\n\n'...,' the force said")."""
    begin = body.rfind("\n", 0, start) + 1
    if not body[begin:start - 1].strip():
        begin = body.rfind("\n", 0, len(body[:begin].rstrip())) + 1  # the paragraph before
    best: tuple[int, str] | None = None
    for actor in actors.actors.values():
        if actor.kind != "organization":
            continue
        for surface in actor.surfaces | {actor.name}:
            at = body.find(surface, begin, start)
            while at != -1:
                if (at == begin or body[max(begin, at - 2):at] in (". ", "\" ", "” ")) and (best is None or at > best[0]):
                    best = (at, actor.name)
                at = body.find(surface, at + 1, start)
    return best[1] if best else None


def _name_opening_the_paragraph(body: str, start: int, lexicon: Lexicon) -> str | None:
    """The capitalised name a paragraph opens with, before a quote an institution's statement closes
    ("Jasa Marga dalam keterangan resminya ... “...,” tulis perusahaan pelat merah itu"): the institution,
    though no rule knew its name."""
    begin = body.rfind("\n", 0, start) + 1
    runs = capitalised_runs(body[begin:start])
    if not runs or runs[0][0].start != 0:
        return None
    run = runs[0][1:] if len(runs[0]) > 1 and runs[0][0].text.casefold() in lexicon.articles else runs[0]
    name = " ".join(token.text for token in run)  # ("The Pittsfield Suns, the ... team": without its article)
    first = name.split()[0].casefold()
    if first in lexicon.stopwords or first in lexicon.pronouns or title_at_start(name, lexicon) \
            or len(run) == 1 and not name.isupper():
        return None  # ("Atas ..." opens with a word, not a name: one word must be an acronym)
    return name


def _last_institution_before(body: str, end: int, lexicon: Lexicon) -> str | None:
    """The institution a paragraph last names as a subject ("The ministry said ..."), for "it"."""
    paragraph = body[body.rfind("\n", 0, end) + 1:end]
    lowered = paragraph.casefold()
    found = max(((lowered.rfind(word), word) for word in lexicon.institutions if word in lowered), default=None)
    return paragraph[found[0]:found[0] + len(found[1])] if found else None


def _named_part_nearest_verb(subject: str, lexicon: Lexicon) -> str:
    """Of a subject in comma-separated parts, the last part naming someone: the speaker stands
    nearest the verb ("A resident of Cebu, Maria Santos, 52, said:" → "Maria Santos")."""
    if "," not in subject:
        return subject
    parts = subject.split(",")
    clause = next((index for index, part in enumerate(parts) if index and part.split()[:1]
                   and part.split()[0].casefold() in lexicon.relatives), None)
    if clause is not None:
        # "Northern Fells Water, which serves customers across Cumbria and north Lancashire, said": the clause
        # describes the subject before it
        return _named_part_nearest_verb(",".join(parts[:clause]), lexicon)
    if len(parts) >= 3 and re.match(r"\s*(?:dan|and|&)\s+[A-Z]", parts[-1]):
        # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menulis": a name with commas of its own
        at = len(parts) - 1
        while at > 0 and re.fullmatch(r"\s*[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}\s*", parts[at - 1]):
            at -= 1
        if at < len(parts) - 2 and opens_an_organisation(parts[at].split()[0], lexicon) \
                and all(len(part.split()) == 1 for part in parts[at + 1:-1]):
            return ",".join(parts[at:]).strip()
    if re.fullmatch(r"[A-Z0-9-]+(?: [A-Z0-9-]+)*", parts[-1].strip()):
        return parts[-1].strip()  # "Dalam keterangan yang diterima KRjogja.com, DLHK DIY menyebut": an acronym speaks
    for index in range(len(parts) - 1, -1, -1):
        part = parts[index]
        if is_outlet(part.strip()) or (part.split() and all(_is_degree(word, lexicon) for word in part.split())):
            continue  # the outlet that received the words does not say them; degrees ("Lc.") follow the name
        if index and part.split()[:1] and part.split()[0] in lexicon.articles \
                and not (part.split()[1:2] and opens_an_organisation(part.split()[1], lexicon)
                         and part.split()[-1][:1].isupper()) \
                and any(len(trailing_name(run, lexicon)) >= 2 for earlier in parts[:index] for run in capitalised_runs(earlier)):
            continue  # "Ms Sarah Lamwaka, a collector from Lalogi Sub-county, told ...": an apposition about her
        runs = capitalised_runs(part)
        if any(opens_an_organisation(run[0].text, lexicon) for run in runs[:1]) and (
                len(runs) == 1 or not any(len(trailing_name(run, lexicon)) >= 2 for run in runs[1:])):
            # "..., Kamis (13/11), Polrestabes Medan menyatakan": an organisation speaks ("Kementerian Kelautan dan
            # Perikanan (KKP) dalam keterangan tertulis yang diterima KIARA menyatakan" too)
            return part.strip()
        if len(runs) == 1 and _ACRONYM_WORD.fullmatch(runs[0][0].text) and len(runs[0]) <= 3 \
                and all(token.text in lexicon.places for token in runs[0][1:]) \
                and part.strip() == " ".join(token.text for token in runs[0]):
            return part.strip()  # "Dalam Berita Resmi Statistik ..., BPS Sumsel menulis": an agency and its province
        if any(trailing_name(run, lexicon) for run in runs) and not all(names_a_place(run, part) for run in runs):
            return part.strip()  # not "Kabupaten Wonosobo" in "Aisyah (6) asal Desa X, Kabupaten Wonosobo, menjawab"
    return subject


def _written_in_full(surface: str, actors: ArticleActors, lexicon: Lexicon) -> str | None:
    """The organisation the page names in full that a short name stands for ("Polda Jabar" → "Polda
    Jawa Barat", "Kejati Jawa Tengah" → "Kejaksaan Tinggi Jawa Tengah", "Kemendag" → "Kementerian
    Perdagangan", "KAI" → "PT Kereta Api Indonesia")."""
    if " " not in surface:
        return _expanded_acronym(surface, actors) or _short_for(surface, actors, lexicon)
    first, _, rest = surface.partition(" ")
    if first.isupper() and len(first) >= 3 or first in actors.aliases:
        # "DLHK DIY", "BBWS Bengawan Solo": an acronym and its place, the page naming both in full
        full = actors.aliases.get(first) or _expanded_acronym(first, actors)
        if full and (full.endswith(rest) or rest in lexicon.countries):
            return full  # ("KPU RI": the country the page need not repeat)
        if first.isupper() and not rest.isupper() \
                and not any(is_known_place(word) or word in lexicon.place_heads for word in [rest, *rest.split()]):
            # "tulis BMKG Paotere": the parent's acronym and a name only one office of the page carries
            # ("Stasiun Meteorologi Maritim Paotere Makassar")
            words = rest.split()
            named = {actor.name for actor in actors.actors.values() if actor.kind == "organization"
                     and _in_order_inside(words, actor.name.split())}
            if len(named) == 1:
                return named.pop()
    expanded = " ".join(lexicon.short_words.get(word, word) for word in surface.split()).casefold()
    if expanded == surface.casefold():
        return _longer_form(surface, actors) or _spelled_out_in_full(surface, actors, lexicon) \
            or _containing_form(surface, actors, lexicon)
    return next((actor.name for actor in actors.actors.values() if actor.kind == "organization"
                 and " ".join(lexicon.short_words.get(word, word) for word in actor.name.split()).casefold() == expanded
                 and len(actor.name) > len(surface)), None) or _longer_form(surface, actors) \
        or _spelled_out_in_full(surface, actors, lexicon) or _containing_form(surface, actors, lexicon)


def _short_for(word: str, actors: ArticleActors, lexicon: Lexicon) -> str | None:
    """The one organisation of the page a word names after its kind ("Pusaka" for "Yayasan Pusaka Bentala
    Rakyat"): the name's first word after the organisation word opening it."""
    if word.isupper() or not word[:1].isupper():
        return None
    found = {actor.name for actor in actors.actors.values() if actor.kind == "organization"
             and len(actor.name.split()) >= 3 and actor.name.split()[1] == word
             and opens_an_organisation(actor.name.split()[0], lexicon)}
    return found.pop() if len(found) == 1 else None


def _containing_form(surface: str, actors: ArticleActors, lexicon: Lexicon) -> str | None:
    """The one organisation of the page whose name holds every word of a short form in order, its short words
    spelled out ("Bulog Jatim" → "Perum Bulog Kantor Wilayah Jawa Timur"; "Kantor Kejati Sumut" →
    "Kejaksaan Tinggi Sumatera Utara", the office's building word left out)."""
    words = surface.split()
    if words[0] in lexicon.branch_words:
        words = words[1:]
    spelled = " ".join(lexicon.short_words.get(word, word) for word in words).split()
    if len(spelled) < 2 or spelled == words:
        return None  # (nothing written short: "Bank Indonesia" is no form of "PT Bank Rakyat Indonesia")
    # (ending as it ends: "Dinkes Maluku" is no form of "Dinas Kesehatan Kabupaten Maluku Tengah")
    tail = " ".join(lexicon.short_words.get(words[-1], words[-1]).split())
    found = {actor.name for actor in actors.actors.values() if actor.kind == "organization"
             and len(actor.name.split()) > len(spelled) and _in_order(spelled, actor.name.split())
             and actor.name.endswith(tail)}
    return found.pop() if len(found) == 1 else None


def _in_order_inside(words: list[str], longer: list[str]) -> bool:
    """Whether ``words`` stand one after another inside ``longer``, not as all of it."""
    return len(longer) > len(words) and any(longer[at:at + len(words)] == words for at in range(len(longer) - len(words) + 1))


def _spelled_out_in_full(surface: str, actors: ArticleActors, lexicon: Lexicon) -> str | None:
    """The one organisation the page names in full that a short name spells word by word, through
    short words and acronyms ("Kanwil DJBC Khusus Kepri" → "Kantor Wilayah Direktorat Jenderal Bea dan
    Cukai Khusus Kepulauan Riau")."""
    short = surface.split()
    found = {actor.name for actor in actors.actors.values() if actor.kind == "organization"
             and len(actor.name) > len(surface) and _spells(short, actor.name.split(), lexicon)}
    return found.pop() if len(found) == 1 else None


def _spells(short: list[str], long: list[str], lexicon: Lexicon) -> bool:
    """Whether the words of ``short`` stand, in order, for all the words of ``long``: each the same word,
    a short word for several ("Kepri": "Kepulauan Riau"), or an acronym of several ("DJBC")."""
    if not short or not long:
        return not short and not long
    word, rest = short[0], short[1:]
    if word.casefold() == long[0].casefold() and _spells(rest, long[1:], lexicon):
        return True
    if long[0] in lexicon.branch_words or long[0] in lexicon.place_heads:
        # "BI Sumsel" for "Bank Indonesia Perwakilan Provinsi Sumatera Selatan": the short name leaves out the
        # words of the office and of the province
        if _spells(short, long[1:], lexicon):
            return True
    expansion = lexicon.short_words.get(word, "").split()
    if expansion and [w.casefold() for w in long[:len(expansion)]] == [w.casefold() for w in expansion] \
            and _spells(rest, long[len(expansion):], lexicon):
        return True
    if word.isupper() and len(word) >= 2:
        for count in range(2, min(len(long), len(word) + 2) + 1):
            if is_acronym_of(word, " ".join(long[:count])) and _spells(rest, long[count:], lexicon):
                return True
    return False


def _longer_form(surface: str, actors: ArticleActors) -> str | None:
    """The organisation the page names at more length, opening with the same word and holding every
    word of ``surface`` in order ("Dinas Kesehatan Mimika" → "Dinas Kesehatan Kabupaten Mimika",
    "Kementerian Hukum" → "Kementerian Hukum dan HAM"): the longest, when the others are forms of it."""
    words = surface.split()
    found = [actor.name for actor in actors.actors.values() if actor.kind == "organization"
             and len(actor.name) > len(surface) and actor.name.split()[0] == words[0]
             and _in_order(words, actor.name.split())]
    longest = max(found, key=len, default=None)
    return longest if longest and all(_in_order(name.split(), longest.split()) for name in found) else None


def _in_order(words: list[str], longer: list[str]) -> bool:
    remaining = iter(longer)
    return all(word in remaining for word in words)


def _named_organisation_opening(phrase: str, actors: ArticleActors) -> str | None:
    """The longest organisation named on the page that a speaker phrase opens with ("Kementerian
    Pertahanan Jerman dalam keterangan tertulisnya" → "Kementerian Pertahanan Jerman")."""
    found = [actor.name for actor in actors.actors.values() if actor.kind == "organization"
             and len(actor.name) < len(phrase) and phrase.startswith(actor.name + " ")
             and phrase[len(actor.name) + 1:][:1].islower()  # the rest is words about it, not its name
             and (" " in actor.name or actor.name.isupper())]  # (not "Panitia" of "Panitia pelaksana pertandingan")
    return max(found, key=len, default=None)


def _expanded_acronym(short: str, actors: ArticleActors) -> str | None:
    """The one organisation named on the page whose name ``short`` abbreviates; the longest where
    the candidates are forms of one name ("Kementerian Luar Negeri" and "... RI"), else None."""
    found = [actor.name for actor in actors.actors.values()
             if actor.kind == "organization" and " " in actor.name and is_acronym_of(short, actor.name)]
    longest = max(found, key=len, default=None)
    if longest and all(name in longest for name in found):
        return split_short_name(longest)[0]
    return None


def _describes_a_person(phrase: str, lexicon: Lexicon) -> bool:
    """"the 61-year-old rice farmer", "the spokesman": an age or a person's word, not "the 34-page verdict"."""
    if not phrase.split():
        return False  # (nothing left once an institution's word was taken off: "A spokesperson for")
    last = phrase.split()[-1].casefold().strip(",.")
    return bool(re.search(r"\d+-year-old", phrase)) or last in lexicon.person_markers \
        or title_at_start(last, lexicon, any_case=True)


def _opens_with(lowered: str, phrases, lexicon: Lexicon) -> bool:
    """Whether ``lowered`` is one of ``phrases`` or opens with one as whole words, and not as the first
    words of a person's role ("the office" is not "the officer"; "the party chairman" is a person)."""
    for phrase in phrases:
        if lowered == phrase:
            return True
        if lowered.startswith(phrase + " "):
            rest = lowered[len(phrase) + 1:]
            return not title_at_start(rest, lexicon, any_case=True)
    return False


def _after_first_word(phrase: str) -> str:
    """A phrase without its first word, which may be capitalised only for opening a sentence ("Opponents warned")."""
    return phrase.split(None, 1)[1] if " " in phrase.strip() else ""


def _names_someone_unnamed(who: str | None, lexicon: Lexicon) -> bool:
    """"one passenger was heard shouting", "celetuk seorang ibu": someone the text does not name."""
    words = who.split() if who else []
    return bool(words) and words[0].casefold() in lexicon.unnamed_subjects and not capitalised_runs(" ".join(words[1:])) \
        and not _speaks_for_an_institution(who, lexicon)


def _speaks_for_an_institution(who: str, lexicon: Lexicon) -> bool:
    """"A spokesperson for the trust": someone unnamed, speaking for an institution the page names."""
    lowered = who.casefold()
    rest = next((lowered[len(prefix) + 1:] for prefix in lexicon.institution_speakers if lowered.startswith(prefix + " ")), None)
    # (an institution the language names by a word: "the trust"; not "the league" the page never names)
    return rest is not None and _opens_with(rest, lexicon.institutions, lexicon)


def _named_earlier_in_paragraph(offset: int, actors: ArticleActors) -> str | None:
    """The person named last before ``offset`` in its paragraph ("..., Bong Kim Fat, mengusulkan ... Politikus
    asal Singkawang itu mengatakan"): whom a description there points back to."""
    paragraph = actors.paragraph_starts[bisect_right(actors.paragraph_starts, offset) - 1] if actors.paragraph_starts else 0
    named = [(at, name) for at, name in actors.positions if paragraph <= at < offset
             and name not in actors.tentative and actors.actors[name].kind == "person"]
    return max(named)[1] if named else None


def _role_described(words: list[str], offset: int, actors: ArticleActors) -> str | None:
    """The one person named before ``offset`` whose stated role holds a capitalised word of a description
    ("politikus PAN itu" for "Ketua Komisi C DPRD Makassar dari Fraksi PAN, Andi Muhammad Yasir")."""
    bare = [word.strip(",.") for word in words[1:]]
    placed = {index for size in (1, 2, 3) for at in range(len(bare) - size + 1)
              if is_known_place(" ".join(bare[at:at + size])) for index in range(at, at + size)}
    # ("pelari asal Medan, Sumatera Utara, itu": where from, not a role)
    marks = {word for index, word in enumerate(bare) if word[:1].isupper() and index not in placed}
    if not marks:
        return None
    named = {name for at, name in actors.positions if at < offset}
    holders = [actor.name for actor in actors.people() if actor.name in named and actor.role
               and marks & set(actor.role.replace(",", " ").split())]
    return holders[0] if len(holders) == 1 else None


def _company_without_its_form(phrase: str, actors: ArticleActors, lexicon: Lexicon) -> str | None:
    """The company of the page a phrase names without its legal form, perhaps after a word in lower case
    ("manajemen Samudra Pangan Lestari" for "PT Samudra Pangan Lestari")."""
    candidates = {phrase, _after_first_word(phrase)} if phrase[:1].islower() else {phrase}
    return next((actor.name for actor in actors.actors.values() if actor.kind == "organization" and " " in actor.name
                 and actor.name.split(" ", 1)[0] in lexicon.company_heads
                 and (actor.name.split(" ", 1)[1] in candidates
                      or _LEGAL_FORM_AFTER.sub("", actor.name.split(" ", 1)[1]) in candidates)),
                None)


# A company's legal form after its name ("Garuda Indonesia (Persero) Tbk"), left out when the page names it short.
_LEGAL_FORM_AFTER = re.compile(r"(?: \((?:Persero|Perseroda)\))?(?: Tbk\.?)?$")


_SHORT_NAME_INSIDE = re.compile(r" \([A-Z][\w.&-]*\)(?= )")


def _names_a_person_after(phrase: str, lexicon: Lexicon) -> bool:
    """Whether a title after the phrase's first word introduces a person ("BMKG Kepala Stasiun Budi")."""
    words = phrase.split()
    # ("MOA chairman Simon Kariuki Njoroge": a title in lower case too, when a name follows it)
    # ("PAGASA weather specialist Rhea Mae Dumangas": any job in lower case, when a full name closes the phrase)
    return any(title_at_start(" ".join(words[index:]), lexicon)
               or words[index].islower() and index + 1 < len(words) and words[index + 1][:1].isupper()
               and (title_at_start(words[index], lexicon, any_case=True)
                    or len(words) - index > 2 and all(is_name_token(word, lexicon) for word in words[index + 1:]))
               for index in range(1, len(words)))


def _newspaper_named(who: str | None, lexicon: Lexicon) -> str | None:
    """A newspaper named as one ("the Canberra Times", "The Jakarta Post"): "the", then capitalised words closed by a
    word of newspapers' names; the name without "the"."""
    words = (who or "").strip(" ,.").split()
    if not 3 <= len(words) <= 5 or words[0] not in ("the", "The") or words[-1] not in lexicon.outlet_words \
            or not all(word[:1].isupper() for word in words[1:]):
        return None
    return " ".join(words[1:])


def _subject_a_short_form_spells(short: str, body: str, offset: int, lexicon: Lexicon) -> str | None:
    """The words opening the quote's paragraph that a short form in lower case spells by their syllables
    ("panpel": "Panitia pelaksana pertandingan", up to the first function word or active verb)."""
    if not 4 <= len(short) <= 8:
        return None
    start = body.rfind("\n", 0, offset) + 1
    words: list[str] = []
    for word in body[start:offset].split()[:8]:
        bare = word.strip(",.")
        if word.startswith("(") or not bare.isalpha():
            continue  # "Panitia pelaksana (panpel) pertandingan": the short form itself, in brackets
        if words and (bare.casefold() in lexicon.stopwords or bare.casefold().startswith(lexicon.active_verb_prefixes)):
            break
        words.append(bare)
        if word.endswith((",", ".")):
            break
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    return " ".join(words) if is_acronym_of(short.capitalize(), " ".join(word.capitalize() for word in words)) else None


def _resolve_speaker(who: str | None, offset: int, actors: ArticleActors, lexicon: Lexicon,
                     spoken: list[tuple[int, str]] = (), body: str = "") -> tuple[str | None, str | None]:
    """The canonical speaker named by an attribution phrase (or a pronoun: the last person to speak);
    never a weekday ("demikian pengumuman yang sejak Rabu pagi disiarkan": no one)."""
    newspaper = _newspaper_named(who, lexicon)
    if newspaper:
        return newspaper, "organization"  # "“...,” the Canberra Times reported": the paper, no person
    name, kind = _speaker_named(who, offset, actors, lexicon, spoken, body)
    if who and body and (name is None or name == who.strip(" ,.")) and who.strip(" ,.").isalpha() and who.islower():
        spelled = _subject_a_short_form_spells(who.strip(" ,."), body, offset, lexicon)
        if spelled:  # "Panitia pelaksana pertandingan ... “...,” tulis panpel": the subject the short form spells
            return spelled, "organization"
    if name and " " not in name and name.casefold() in lexicon.weekdays:
        return None, None  # (a month may be someone's name: "kata Juni", "said April")
    if kind == "organization" and name and " " in name and name.split()[0] in lexicon.press_offices:
        rest = name.split(" ", 1)[1]
        named = rest if rest in actors.actors else actors.canonical(rest, "organization")
        if named:
            return named, kind  # "tulis Humas Polres Bogor dalam rilisnya": the press office speaks for the police
    if kind == "organization" and name and name.startswith(lexicon.company_departments):
        words = name.split()
        company = next((index for index in range(1, len(words) - 1) if words[index] in lexicon.company_heads), None)
        if company is not None:
            # "Departemen Komunikasi Perusahaan PT Timah Tbk": the company speaks (not "Serikat Pekerja PT ...")
            return " ".join(words[company:]), kind
    return name, kind


def _office_of_a_named_organisation(who: str, actors: ArticleActors, lexicon: Lexicon) -> str | None:
    """The organisation of the page a speaker phrase closes with, when the words before it name its press office
    ("Bidang Humas Polda Metro Jaya": no "Jaya" speaks)."""
    phrase = who.strip(" ,.")
    closing = max((actor.name for actor in actors.actors.values() if actor.kind == "organization" and " " in actor.name
                   and phrase.endswith(" " + actor.name)), key=len, default=None)
    if closing is None or any(person.name in closing for person in actors.people()):
        return None  # (not "Kepala Dinas Budi Santoso": a person closes it)
    head = phrase[:-len(closing)].split()
    # (not "Badan Pengawasan Mahkamah Agung": a body of its own, its word opening the phrase)
    return closing if head and all(word[:1].isupper() and not is_name_token(word, lexicon) for word in head) \
        and any(word in lexicon.press_offices for word in head) and not opens_an_organisation(head[0], lexicon) else None


# A place made an adjective ("the Umlazi-born striker"): it describes someone, names no one.
_PLACE_AS_ADJECTIVE = re.compile(r"\b[A-Z][\w'’]*-(?:born|based|bred|raised)\b")


def _speaker_named(who: str | None, offset: int, actors: ArticleActors, lexicon: Lexicon,
                   spoken: list[tuple[int, str]] = (), body: str = "") -> tuple[str | None, str | None]:
    if who and "-" in who:
        who = _PLACE_AS_ADJECTIVE.sub(lambda found: found.group(0).lower(), who)
    office = _office_of_a_named_organisation(who, actors, lexicon) if who else None
    if office:
        return office, "organization"  # "tulis Bidang Humas Polda Metro Jaya": the police, through its press office
    words = who.split() if who else []
    if body and len(words) == 2 and words[0] in lexicon.institution_nouns and words[1] in lexicon.demonstratives:
        # "“...,” demikian pernyataan tersebut": the organisation whose statement it is
        named = _organisation_opening_a_sentence_before(body, offset, actors) or _organisation_named_before(body, offset, actors)
        return (named, "organization") if named else (None, None)
    if who is None or (len(words) >= 2 and words[-1].casefold().strip(",.") in lexicon.demonstratives
                       and (words[0][:1].islower() or not _runs_naming_someone(" ".join(words[1:]), lexicon)
                            and not opens_an_organisation(words[0], lexicon)
                            and words[0].casefold() not in lexicon.institution_nouns)):
        # "ujarnya"; "ujar legislator dari Jawa Barat itu", "Politikus asal Singkawang itu mengatakan": someone
        # already speaking, or the one whose stated role the description names ("politikus PAN itu": "... Fraksi PAN")
        name = (_role_described(words, offset, actors) or _named_earlier_in_paragraph(offset, actors) if who else None) \
            or actors.last_speaker_before(offset, spoken)
        return (name, "person") if name else (None, None)
    organisation = _spokesperson_described(who, actors)
    if organisation:
        return organisation, "organization"  # "A KCC spokesman said": the council, through someone unnamed
    if words and words[0].casefold() in lexicon.unnamed_subjects and not _runs_naming_someone(_after_first_word(who), lexicon) \
            and not _speaks_for_an_institution(who, lexicon):
        # ("A spokesperson for the trust said": the trust speaks, through someone unnamed)
        return None, None  # "celetuk seorang ibu dalam rombongan itu", "kata seorang warga Kelurahan Ladang": someone unnamed
    institution = _possessed_institution(who, lexicon)
    if institution:
        return institution, "organization"
    if body and len(words) == 2 and words[0].casefold() in lexicon.articles \
            and words[1].casefold().strip(",.") in lexicon.institution_nouns and words[1][:1].isupper():
        # "the Society said": the institution of that kind the page named ("The Samoa Red Cross Society said")
        kind = words[1].casefold().strip(",.")
        named = [actor.name for actor in actors.actors.values() if actor.kind == "organization"
                 and kind in actor.name.casefold().split() and actor.name.casefold() != kind]
        found = named[0] if len(named) == 1 else _organisation_named_before(body, offset, actors, named or None)
        if found:
            return found, "organization"
    spoken_for = _organisation_spoken_for(who, actors, lexicon)
    if spoken_for:
        return spoken_for, "organization"  # "A spokesperson for the Diocese of Cork and Ross said"
    named = actors.aliases.get(who.strip(" ,."), who.strip(" ,."))
    if named not in actors.actors and len(words) == 2 and words[0].casefold() in lexicon.articles \
            and actors.aliases.get(words[1].strip(" ,.")) in actors.actors:
        named = actors.aliases[words[1].strip(" ,.")]  # "the DCI said": the directorate its short name stands for
    if named not in actors.actors and len(words) >= 3 and words[0].casefold() in lexicon.articles \
            and _after_first_word(named) in actors.actors:
        named = _after_first_word(named)  # "the Delegation of the European Union to Ethiopia said"
    if named not in actors.actors and named.endswith(")"):
        named = split_short_name(named)[0]  # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)"
    if named not in actors.actors and "(" in named:
        # "Kantor ... Bea dan Cukai (KPPBC) Tipe Madya Pabean C Entikong": the name without its short name inside
        named = _SHORT_NAME_INSIDE.sub("", named)
    if named in actors.actors and actors.actors[named].kind == "organization":
        return named, "organization"  # "keterangan Dinas Perkebunan Kabupaten Musi Banyuasin": an organisation of the page
    company = _company_without_its_form(named, actors, lexicon)
    if company:
        return company, "organization"  # "tulis manajemen Samudra Pangan Lestari": "PT Samudra Pangan Lestari"
    if " " in named and (named.split()[0].isupper() or named.split()[0] in actors.aliases):
        # "tulis BWS Sumatera V": its short name and its place ("tulis Polres Merauke" too)
        full = _written_in_full(named, actors, lexicon)
        if full:
            return full, "organization"
        opening = actors.aliases.get(named.split()[0])
        if opening in actors.actors and actors.actors[opening].kind == "organization" and not _names_a_person_after(named, lexicon):
            return opening, "organization"  # "peringatan BMKG Stasiun Meteorologi Tjilik Riwut": the BMKG named before
    known = actors.canonical_near(who.strip(" ,."), offset) if " " not in who.strip(" ,.") else None
    if known and actors.actors[known].kind == "person":
        return known, "person"  # "ujar Lake" after "dr. Yosefina Maria Lake": her surname, whatever else it names
    short_for = _short_for(who.strip(" ,."), actors, lexicon) if " " not in who.strip(" ,.") else None
    if short_for:
        return short_for, "organization"  # "demikian pernyataan Pusaka": "Yayasan Pusaka Bentala Rakyat"
    title_alone = _title_alone(words, lexicon)
    holder = (_role_holder(title_alone.casefold(), actors) or title_holder(title_alone, actors, lexicon)) \
        if title_alone else _holder_of_an_office_written_short(words, actors, lexicon)
    if holder:
        return holder, "person"  # "ujar Pangdam di Makodam": the one whose stated role it is
    # The name closest to the cue ("kata Presiden Joko Widodo atau Jokowi"), after a role run
    # of its own ("kata Ketua Himpunan Petambak Garam, Nur Hasanah").
    runs = capitalised_runs(who)
    comma = who.find(",")
    after_comma = [run for run in runs if run[0].start > comma] if comma >= 0 else []
    if len(runs) >= 2 and after_comma and after_comma[0] is not runs[0] and trailing_name(after_comma[0], lexicon) \
            and (title_at_start(" ".join(t.text for t in runs[0]), lexicon) or _title_closes_first_part(who[:comma], lexicon)):
        runs = after_comma  # (not ", S.H., M.H.": degrees after the name)
    naming = [run for run in runs if not _is_calendar_run(run, lexicon) and not run[0].text.startswith("(")]
    if len(naming) == 1:
        run = naming[0]
        whole = actors.actors.get(who[run[0].start:run[-1].end])  # ("PT Pelni (Persero)": the bracket is the name's)
        if whole is None and len(run) >= 2 and run[-1].text.startswith("(") and run[-1].text.strip("(),").isupper():
            whole = actors.actors.get(who[run[0].start:run[-2].end])
        if whole is not None and whole.kind == "organization":
            # "Stasiun Meteorologi Sultan Muhammad Salahuddin Bima dalam keterangan tertulisnya": named after someone
            # ("Badan Pengelola Dana Perkebunan (BPDP) dalam keterangan tertulis ..., Rabu (25/11)")
            return whole.name, "organization"
    # A full name wins over a one-word run before it ("DENR-Calabarzon regional executive director
    # Ramon Villaflor Cruz said").
    named = [run for run in runs if len(trailing_name(run, lexicon)) >= 2]
    # (a full name the page knows wins over words of an office's name before it: "kata Kepala Badan Meteorologi,
    # Klimatologi, dan Geofisika (BMKG) Dwikorita Karnawati")
    known = [run for run in named if actors.canonical_near(" ".join(token.text for token in trailing_name(run, lexicon)), offset)]
    for run in (known or named)[:1] + runs:
        names = [token.text for token in trailing_name(run, lexicon)]
        if not names or (" ".join(names) in lexicon.countries and len(names) < len(run)):
            continue  # "Kementerian Luar Negeri Oman": the country closes an institution's name
        employer = actors.actors.get(" ".join(names))
        if employer is not None and employer.kind == "organization" and run is not runs[-1]:
            continue  # "said Halifax Transit director Andrea Pothier": where the one named next works
        canonical = actors.canonical_near(" ".join(names), offset) or actors.canonical_near(names[-1], offset)
        if canonical:
            return canonical, "person"
        return " ".join(names[-4:]), "person"
    lowered = who.casefold()
    for prefix in lexicon.institution_speakers:
        if lowered.startswith(prefix):
            who, lowered = who[len(prefix):].strip(), lowered[len(prefix):].strip()
            if body and who.casefold() in lexicon.institution_nouns:
                # "Manajemen perusahaan menyebut ...": the company (institution) the text has just named
                named = _organisation_named_before(body, offset, actors)
                if named:
                    return named, "organization"
            if not who and body:
                # "the spokesperson said": the organisation someone unnamed speaks for, named just before
                # (or described before the word: "A regional council spokeswoman said" → Otago Regional Council)
                named = _organisation_named_before(body, offset, actors) or _spokesperson_of(body, offset, actors)
                if named:
                    return named, "organization"
            break
    if who and _opens_with(lowered, lexicon.institutions, lexicon):
        # "militer Israel" speaks as the Israeli military; "the ministry" as the ministry named before.
        institution = re.sub(r"^(?:the|a|an)\s+", "", who, flags=re.IGNORECASE)
        named = [actor.name for actor in actors.actors.values() if actor.kind == "organization"
                 and institution.casefold() in actor.name.casefold()]
        if len(named) == 1:
            return named[0], "organization"
        # Several, or none by that word ("the agency said" of a department): the one named last before.
        # (none by that word: the one a sentence opened with, first: "South Yorkshire Police said it was
        # working with Rotherham Council ... '...,' the force said")
        last = ((not named and _organisation_opening_a_sentence_before(body, offset, actors))
                or _organisation_named_before(body, offset, actors, named or None)) if body else None
        if last and (named or any(word in lexicon.institution_nouns for word in institution.casefold().split())):
            return last, "organization"
        if " " not in institution and institution.islower() and body \
                and _introduced_unnamed(body[:offset], institution, lexicon):
            return None, None  # "the operator says" after "A ferry operator says": one unnamed
        return institution[0].upper() + institution[1:], "organization"
    # "the minister" in lower case stands for the one whose role it is; "Polda Jatim" names an institution.
    role_holder = _role_holder(lowered, actors) if who[:1].islower() else None
    if role_holder:
        return role_holder, "person"
    if len(words) >= 2 and words[0] in lexicon.articles and not capitalised_runs(who) and _describes_a_person(who, lexicon):
        # "the 61-year-old rice farmer said": someone the text has just described, by a definite article
        name = actors.last_speaker_before(offset, spoken)
        return (name, "person") if name else (None, None)
    if body and len(words) == 1 and words[0].casefold().strip(",.") in lexicon.institution_nouns:
        # "Manajemen menyatakan, “...”": the company (institution) the text has just named
        named = _organisation_named_before(body, offset, actors)
        if named:
            return named, "organization"
    for run in capitalised_runs(who):
        surface = " ".join(token.text for token in run)
        if len(run) == 1 and surface.casefold() in lexicon.stopwords:
            continue  # "Dalam pernyataan resminya, BI menyebut": a sentence's first word, not who speaks
        if title_at_start(surface, lexicon) and surface not in actors.actors:
            # "ucap Kepala Negara": a title standing for the person last speaking.
            name = actors.last_speaker_before(offset, spoken)
            return (name, "person") if name else (None, None)
        return actors.canonical(surface) or surface, "organization"
    return None, None


def _introduced_unnamed(before: str, noun: str, lexicon: Lexicon) -> bool:
    """Whether the text before introduced ``noun`` as someone unnamed ("A ferry operator says")."""
    unnamed = alternation(lexicon.unnamed_subjects) if lexicon.unnamed_subjects else "(?!x)x"
    return re.search(rf"\b(?i:{unnamed})\s+(?:\w+\s+)?{re.escape(noun)}\b", before) is not None


def _organisation_opened_by(surface: str, actors: ArticleActors, lexicon: Lexicon) -> str | None:
    """The organisation whose name ``surface`` opens ("Philippine Embassy" of "Philippine Embassy in
    Hanoi"), when it is one and only one."""
    bare = _without_article(surface, lexicon)
    found = [actor.name for actor in actors.actors.values()
             if actor.kind == "organization" and actor.name.startswith(bare + " ")] if " " in bare else []
    return found[0] if len(found) == 1 else None


def _without_article(name: str, lexicon: Lexicon) -> str:
    """A name without the article the sentence gave it ("The Defense Ministry" → "Defense Ministry")."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.casefold() in lexicon.articles else name




def find_quotes(body: str, actors: ArticleActors, lexicon: Lexicon) -> list[Quote]:
    """Every direct quotation in ``body`` with its speaker, in order."""
    quotes: list[Quote] = []
    guessed: set[int] = set()  # the quotes given to whoever spoke last, by their index
    spoken: list[tuple[int, str]] = []  # (offset, speaker) of earlier quotes
    paragraph_of = _paragraph_index(body)
    unnamed_since: int | None = None  # where someone unnamed last spoke
    spans = quote_spans(body)
    if "'" in body:
        spans = sorted(spans + _straight_single_spans(body, spans, lexicon))
    for start, end in spans:
        text = body[start:end]
        if "{{" in text or _is_title_like(text) or _is_scare_quote(body, start, end, lexicon) \
                or _names_a_term(body, start, text, lexicon) or _nickname_inside_a_name(body, start, end):
            continue
        quote = Quote(text, start, end)
        attribution = _after_attribution(body, end, lexicon) or _before_attribution(body, start, lexicon)
        if attribution is not None:
            quote.cue = attribution.cue
            # (someone named since opening a sentence ends the unnamed one's turn: "Yohanes ..., Direktur ..., mengatakan")
            if attribution.who is None and (_unnamed_subject_before(body, start, lexicon) or (
                    unnamed_since is not None and not any(unnamed_since < at < start for at, _ in actors.speech)
                    and not any(unnamed_since < at < start for _, at, _ in actors.subjects))) \
                    or _names_someone_unnamed(attribution.who, lexicon) and not _spokesperson_described(attribution.who, actors):
                # "Seorang warga lain mengungkapkan hal serupa. “...,” katanya": no one named, then or since
                unnamed_since = start
                quotes.append(quote)
                continue
            unnamed_since = None
            quote.speaker, quote.speaker_kind = _resolve_speaker(attribution.who, start, actors, lexicon, spoken, body)
            spokesperson = _spokesperson_just_before(body, start, actors) if attribution.who is None else None
            if spokesperson:
                # "A Department for ... spokeswoman said ...\n\n“...,” she said": the body she speaks for
                quote.speaker, quote.speaker_kind = spokesperson, "organization"
            words = _without_trailing_adverbs(attribution.who, lexicon)
            if len(words) >= 2 and (words[0] in lexicon.institution_nouns and words[-1] in lexicon.demonstratives
                                    or words[0] in lexicon.articles and words[-1] in lexicon.institution_nouns
                                    and quote.speaker_kind != "organization"):
                # "tulis lembaga antirasuah itu", "the statement said": the institution named just before,
                # the paragraph's subject first ("Pemprov NTT ... meminta bantuan BNPB ... demikian pernyataan itu")
                # ("the LDA said it had “fully cooperated” with NAB. “...,” the statement said": the one quoted just before)
                quoted_before = quotes[-1].speaker if quotes and quotes[-1].speaker_kind == "organization" \
                    and paragraph_of(quotes[-1].start) == paragraph_of(start) else None
                named = _organisation_opening_a_sentence_before(body, start, actors) or quoted_before \
                    or _organisation_named_before(body, start, actors) \
                    or _name_opening_the_paragraph(body, start, lexicon)
                quote.speaker, quote.speaker_kind = (named, "organization") if named else (None, None)
                if not named and attribution.cue.casefold() in lexicon.document_verbs:
                    # "In a statement, Air Selangor said ... “...,” the statement read": whoever spoke just before
                    nearby = [item for item in actors.speech
                              if item[0] < start and paragraph_of(item[0]) >= paragraph_of(start) - 1]
                    if nearby:
                        quote.speaker, quote.speaker_kind = max(nearby)[1], "person"
        if quote.speaker is None and attribution is None:
            # Words quoted inside a sentence: the subject of its speech verb, else a cue later in it.
            quote.speaker, quote.speaker_kind, quote.cue = _sentence_subject(body, start, actors, lexicon, spoken)
            # A person named by a cue later in the sentence speaks for a subject that is no person
            # ("China siap ... “saling menguntungkan” ..., kata Juru Bicara ... Mao Ning").
            later = _cue_later_in_sentence(body, end, lexicon) if quote.speaker_kind != "person" else None
            if later is not None:
                speaker, kind = _resolve_speaker(later.who, start, actors, lexicon, spoken, body)
                if speaker and (kind == "person" or quote.speaker is None):
                    quote.speaker, quote.speaker_kind, quote.cue = speaker, kind, later.cue
        # (whether someone spoke since the quote before is asked only of a quote still without a speaker)
        if quote.speaker is None and quote.speaker_kind != _UNNAMED and quotes \
                and not any(quotes[-1].start < at < start for at, _ in actors.speech) \
                and paragraph_of(quotes[-1].start) in (paragraph_of(start), paragraph_of(start) - 1):
            previous = quotes[-1]
            if previous.speaker and (paragraph_of(previous.start) == paragraph_of(start) or attribution is None):
                quote.speaker, quote.speaker_kind = previous.speaker, previous.speaker_kind
                quote.cue = quote.cue or previous.cue
        if quote.speaker is None and attribution is None and quote.speaker_kind != _UNNAMED:
            # "X mengatakan ... . “...": the person who just spoke in this paragraph or the one before.
            # (not words a sentence gives to someone unnamed: "Akun tersebut sebelumnya menulis “...”")
            nearby = [item for item in actors.speech
                      if item[0] < start and paragraph_of(item[0]) >= paragraph_of(start) - 1]
            if nearby:
                quote.speaker, quote.speaker_kind = max(nearby)[1], "person"
                guessed.add(len(quotes))  # (a quote running on into an attributed one takes that attribution instead)
        if quote.speaker_kind == _UNNAMED:
            quote.speaker_kind = None
        if quote.speaker and quote.speaker_kind == "person":
            spoken.append((start, quote.speaker))
        quotes.append(quote)
    # A later quote may carry the attribution for an earlier one in the same paragraph, or for
    # a quote left open at the end of the paragraph before (a quote running over paragraphs).
    for index in range(len(quotes) - 2, -1, -1):
        quote, following = quotes[index], quotes[index + 1]
        same = paragraph_of(quote.start) == paragraph_of(following.start)
        runs_on = body[quote.end:quote.end + 2] in ("\n\n", "") and \
            paragraph_of(following.start) == paragraph_of(quote.start) + 1
        # (not a quote attributed already, to someone unnamed: "Seorang suporter berteriak, “...”"; a quote given to
        # whoever spoke last gives way to the attribution of the paragraph it runs on into: "“... juga harus
        # merasakan." / "“Kalau perlu pakai mobil keliling ...,” lanjut Wagub.")
        # (only where the next paragraph opens with the quotation and its speaker was named before: not "Sementara itu,
        # Kepala Bulog Jambi Hendra Saputra mengatakan, “...”", someone new)
        guess = index in guessed and runs_on and following.cue is not None and index + 1 not in guessed \
            and not body[body.rfind("\n", 0, following.start) + 1:following.start].strip(" \"“'‘") \
            and any(at < quote.start and name == following.speaker for at, name in actors.positions)
        if (quote.speaker is None or guess) and following.speaker and (same or runs_on) and not (quote.cue and not guess):
            quote.speaker, quote.speaker_kind, quote.cue = following.speaker, following.speaker_kind, following.cue
    for quote in quotes:
        if quote.speaker in lexicon.countries:
            quote.speaker_kind = "country"  # "Cambodia said": a country speaks, never a person
        if quote.speaker and quote.speaker_kind == "organization":
            quote.speaker = _without_article(quote.speaker, lexicon)  # "The Defense Ministry said": the ministry
            quote.speaker = _named_organisation_opening(quote.speaker, actors) or quote.speaker
            quote.speaker = _first_named_of_its_kind(quote.speaker, body, actors, lexicon) or quote.speaker
            managing, _, managed = quote.speaker.partition(" ")
            if managing in lexicon.managing_words and actors.canonical(managed, "organization"):
                quote.speaker = actors.canonical(managed, "organization")  # "Manajemen Bali United": the club
            quote.speaker = _written_in_full(quote.speaker, actors, lexicon) or quote.speaker
            quote.speaker = split_short_name(quote.speaker)[0]  # "... Agency (NEA)", "Kementerian Luar Negeri (Kemlu) RI"
            # ("Garuda Indonesia dalam keterangan resminya": the company the page names with its legal form)
            quote.speaker = _company_without_its_form(quote.speaker, actors, lexicon) or quote.speaker
    return quotes


def _first_named_of_its_kind(word: str, body: str, actors: ArticleActors, lexicon: Lexicon) -> str | None:
    """The organisation the page names first of the kind a bare organisation word says ("the Court observed"
    in a story opening "The Delhi High Court on Friday refused ..."): the story's own, not one it cites later."""
    if " " in word or word not in lexicon.organization_heads:
        return None
    of_its_kind = [actor.name for actor in actors.actors.values() if actor.kind == "organization"
                   and actor.name != word and word in (actor.name.split()[0], actor.name.split()[-1])]
    placed = [(body.find(name), name) for name in of_its_kind if name in body]
    return min(placed)[1] if placed else None


# An organisation's office as a subject ("the Department of Trade and Industry's Pampanga provincial office"): the
# organisation, then words in lower case but for its place.
_ORGANISATIONS_OFFICE = re.compile(r"((?:[Tt]he )?[A-Z][\w&-]*(?: (?:of|and|for|[A-Z][\w&-]*))*)['’]s (?:[A-Z][\w-]* )?[a-z][a-z ]*$")


def _subject_of_a_speech_verb_before(lead: str, offset: int, actors: ArticleActors, lexicon: Lexicon,
                                     body: str) -> tuple[str, str] | None:
    """The speaker a part of the sentence before names as the subject of its speech verb ("No injuries were reported,
    the ministry said in a post ..., adding that ... “...”": the ministry)."""
    for part in reversed(lead.split(",")):
        words = part.split()
        at = next((index for index, word in enumerate(words) if word.casefold() in lexicon.verbs), None)
        if at:
            speaker, kind = _resolve_speaker(" ".join(words[:at]), offset, actors, lexicon, body=body)
            return (speaker, kind) if speaker else None
    return None


def _holder_of_an_office_written_short(words: list[str], actors: ArticleActors, lexicon: Lexicon) -> str | None:
    """The one person whose stated role a title and an office written short stand for ("Dirjen Badilag" for
    "Direktur Jenderal Badan Peradilan Agama Mahkamah Agung RI, Dr. Drs. H. Nasrullah Yunus")."""
    if len(words) != 2:
        return None
    title, office = words[0].strip(",."), words[1].strip(",.")
    if title not in lexicon.titles or not office[:1].isupper() or office.casefold() == office:
        return None
    holders = [actor.name for actor in actors.people() if actor.role
               and _role_written_short(actor.role.split(",")[0].split(), title, office)]
    return holders[0] if len(holders) == 1 else None


def _role_written_short(role: list[str], title: str, office: str) -> bool:
    """Whether a role's words open with ``title`` (or what it abbreviates) followed by words ``office`` abbreviates."""
    for size in (1, 2, 3):
        head = " ".join(role[:size])
        if head == title or size >= 2 and is_acronym_of(title, head):
            rest = role[size:]
            return any(is_acronym_of(office, " ".join(rest[:length])) for length in range(2, min(6, len(rest)) + 1))
    return False


def _person_named_last(actors: ArticleActors, start: int, end: int) -> str | None:
    """The person named last between ``start`` and ``end``."""
    named = [(at, name) for at, name in actors.positions if start <= at < end and name not in actors.tentative
             and actors.actors[name].kind == "person"]
    return max(named)[1] if named else None


def _title_alone(words: list[str], lexicon: Lexicon) -> str | None:
    """A capitalised title of one word standing for its holder ("Pangdam", "Kapendam di Makodam ..."), or None."""
    first = words[0].strip(",.") if words else ""
    if not first[:1].isupper() or any(word[:1].isupper() for word in words[1:]):
        return None  # ("kata Bupati terpilih Badung Wayan Adi Arnawa", "said Director of Public Prosecutions John Rabuku")
    return first if first in lexicon.titles else None  # (a whole title: "Pangdam", not the "Kepala" of "Kepala Dinas")


def _role_holder(phrase: str, actors: ArticleActors) -> str | None:
    """"the minister" / "sang menteri": the one person whose stated role has that word."""
    words = [w for w in re.findall(r"\w+", phrase) if w not in ("the", "a", "an", "sang", "itu", "tersebut")]
    if not words or len(words) > 3:
        return None
    holders = [actor.name for actor in actors.people()
               if actor.role and all(word in actor.role.casefold() for word in words)]
    return holders[0] if len(holders) == 1 else None


def _sentence_subject(body: str, start: int, actors: ArticleActors, lexicon: Lexicon,
                      spoken: list[tuple[int, str]] = ()) -> tuple[str | None, str | None, str | None]:
    """For words quoted inside a sentence ("China mencap Lai sebagai “separatis”"): the subject
    of the speech verb before them."""
    # A sentence may end inside a closing quotation mark ("... kemudian.” Kementerian ...").
    ends = [(body.rfind(end, 0, start), end) for end in (". ", ".” ", '." ', "\n")]
    sentence_start = max((at + len(end) for at, end in ends if at != -1), default=0)
    lead = body[sentence_start:start]
    verbs = list(_verb_or_participle_pattern(lexicon).finditer(lead))
    if not verbs:
        return None, None, None
    verb = verbs[-1]
    participle = next((found for found in reversed(verbs[:-1]) if found.group(0).casefold() in lexicon.participles
                       and lead[:found.start()].rstrip().endswith(",")), None)
    if participle and not capitalised_runs(lead[participle.end():verb.start()]):
        verb = participle  # "X was left fuming, claiming the referee had added “...”": X claims it, no referee
    word = verb.group(0) + re.match(r"\w*", lead[verb.end():]).group(0)
    following = lead[verb.end():].split()[:1]
    if word.casefold().endswith(_pronoun_suffixes(lexicon)) or (
            verb.group(0).casefold() in lexicon.cues and following and following[0].strip(",").casefold() in lexicon.pronouns):
        # "menurut dia" as "menurutnya"
        # "Temuan itu, menurutnya, bukan “murni kelalaian”": the one last speaking
        name = actors.last_speaker_before(start, spoken)
        return (name, "person", verb.group(0)) if name else (None, None, None)
    after = lead[verb.end():].split(",")[0].strip()
    if verb.group(0).casefold() in lexicon.cues and lead[:verb.start()].rstrip().endswith(",") \
            and lead[verb.end():].count(",") >= 1 and 0 < len(after.split()) <= 6:
        # "Hal yang memberatkan, menurut hakim, terdakwa ... “berbelit-belit”": the one the cue names after it
        speaker, kind = _resolve_speaker(after, start, actors, lexicon, body=body)
        return (speaker, kind, verb.group(0)) if speaker else (None, None, verb.group(0))
    if verb.group(0).casefold() in lexicon.participles and lead[:verb.start()].rstrip().endswith(","):
        # "MetMalaysia said rain was expected in Pahang, warning of “dangerous levels”": the sentence's subject;
        # '“...,” said Faris, adding that growth remained “...”': the one a quote before was attributed to
        named = _named_after_a_cue(lead[:verb.start()], actors, lexicon) or _first_actor_named(lead[:verb.start()], actors, lexicon) \
            or _subject_of_a_speech_verb_before(lead[:verb.start()], sentence_start, actors, lexicon, body)
        return (named[0], named[1], verb.group(0)) if named else (None, None, None)
    before_verb = lead[:verb.start()]
    if len(verbs) >= 2 and verbs[0].group(0).casefold() in lexicon.verbs \
            and before_verb.split()[-1:] and before_verb.split()[-1].casefold() in lexicon.coordinators \
            and "," not in lead[verbs[0].end():verb.start()].split("“")[0].split('"')[0]:
        # "The Canola Council of Canada said ... it was “...” and urged Ottawa to make ... “...”": the subject of the
        # first verb, which "and" carries on
        before_verb = lead[:verbs[0].start()]
    through = _through_pattern(lexicon).search(before_verb)
    if through and any(actor.kind == "organization" and before_verb[:through.start()].rstrip().endswith(actor.name)
                       for actor in actors.actors.values()):
        # "Dinas Perikanan Jepara melalui akun Instagram resminya juga meminta ... “...”": the one before "melalui"
        before_verb = before_verb[:through.start()]
    subject_end = before_verb.rstrip()
    closing = max((actor.name for actor in actors.actors.values() if actor.kind == "organization"
                   and ("," in actor.name or len(actor.name.split()) >= 3) and subject_end.endswith(actor.name)),
                  key=len, default=None)
    if closing and _opens_with_the_name(subject_end, closing, lexicon):
        # "The regime's Ministry of Social Welfare, Relief and Resettlement said": a name with commas or words
        # of its own (not "Faisal Rahman of the University of Indonesia said": the person speaks)
        return closing, "organization", verb.group(0)
    # "Yohana Sari, a researcher at CSIS, called ...": the apposition is not the subject.
    clause = _last_part_before_degrees(_LOWER_APPOSITION.sub("", before_verb), lexicon)
    bare_clause = _SHORT_NAME_CLOSING.sub("", clause.rstrip(" ,"))  # ("... Association of Nepal (TAAN) said")
    named = max((actor.name for actor in actors.actors.values() if actor.kind == "organization"
                 and len(actor.name.split()) >= 2 and bare_clause.endswith(actor.name)), key=len, default=None)
    if named and _opens_with_the_name(bare_clause, named, lexicon):
        return named, "organization", verb.group(0)  # "The Ministry of Commerce, in a press release, said"
    if clause and (all(word.casefold() in lexicon.coordinators for word in clause.split())
                   or clause.split()[-1].casefold() in lexicon.coordinators and not capitalised_runs(clause)):
        # ("X, abbot of Wat Naklua, blessed the pagodas and described them as “...”": the verb shares X)
        # "X, ..., mengapresiasi langkah polisi, namun menilai ... “...”": the sentence's subject
        named = _first_actor_named(lead[:verb.start()], actors, lexicon)
        if named:
            return named[0], named[1], verb.group(0)
    institution = _possessed_institution(clause, lexicon)
    if institution:
        return institution, "organization", verb.group(0)
    owner = _ORGANISATIONS_OFFICE.search(clause)
    owning = owner and actors.canonical(_without_article(owner.group(1), lexicon), "organization")
    if owning and actors.actors[owning].kind == "organization":
        return owning, "organization", verb.group(0)  # "the Department of Trade and Industry's Pampanga provincial office"
    subject = _without_trailing_adverbs(clause, lexicon)
    # ("Biro tersebut dalam rilisnya menyebut": the phrase after the demonstrative says where)
    if len(subject) >= 2 and subject[0].casefold() in lexicon.institution_nouns \
            and (subject[-1] in lexicon.demonstratives or subject[1] in lexicon.demonstratives):
        # "Kementerian itu juga mengklaim ... “...”": the institution named just before
        named = _organisation_named_before(body, start, actors)
        return (named, "organization", verb.group(0)) if named else (None, None, None)
    if len(subject) >= 2 and subject[-1] in lexicon.demonstratives and subject[0] not in lexicon.institution_nouns \
            and clause.split()[0][:1].isupper():  # (not "Menurut Bonar, hasil pemeriksaan saat itu menyatakan")
        # "Politikus asal Sumatera Utara itu menyebut ... “...”": the one whose stated role the description names,
        # or after a title, the one named last ("Pelatih asal Kroasia itu"); "Akun tersebut", "Laporan tersebut",
        # "Warga desa itu", "Pria tersebut": a thing, or someone unnamed, no one the page names
        titled = title_at_start(subject[0], lexicon, any_case=True) and subject[0] not in lexicon.residents \
            and subject[0] not in lexicon.person_nouns
        named = _role_described(clause.split()[:len(subject)], start, actors) \
            or ((_named_earlier_in_paragraph(start, actors) or actors.last_speaker_before(start, spoken)) if titled else None)
        return (named, "person", verb.group(0)) if named else (None, _UNNAMED, verb.group(0))
    if len(subject) == 1 and subject[0].casefold() in lexicon.institution_nouns:
        # "Dalam keterangan tertulis ..., perusahaan menyatakan “...”": the company named just before (of that kind
        # first: "Asosiasi Fintech ... Indonesia (AFPI) ... rencana OJK. ..., asosiasi menyebut")
        # (a company by "perusahaan" whatever its name: "PT Bahodopi Sinar Metalindo ... perusahaan menyatakan"; not
        # "partai menilai" after "Kementerian Keuangan": an institution of another kind)
        noun = subject[0].casefold()
        kind = [actor.name for actor in actors.actors.values() if actor.kind == "organization"
                and (noun in actor.name.casefold().split()
                     or noun in lexicon.organisation_kinds and actor.name.split()[0] in lexicon.company_heads)]
        named = _organisation_named_before(body, start, actors, kind) if kind else None
        if named:
            return named, "organization", verb.group(0)
    if len(subject) >= 2 and subject[-2] in lexicon.articles and subject[-1] in lexicon.institution_nouns \
            and subject[-1] not in ("statement",):
        # "last month the company told state officials it would delay hiring “indefinitely”": the company named before
        # (or the one of that kind the page names: "The diocese has previously described ... as “stark”")
        named = _organisation_named_before(body, start, actors) or _only_organisation_of_kind(subject[-1], actors)
        if named:
            return named, "organization", verb.group(0)
    described = clause.split()
    noun_at = next((at for at, word in enumerate(described) if word.casefold() in lexicon.institution_nouns), None)
    if noun_at is not None and 2 <= noun_at + 1 <= 4 and described[0].casefold() in lexicon.articles \
            and subject[-1] in lexicon.institution_nouns and all(word.islower() for word in described[1:noun_at + 1]):
        # "The interior ministry said in a statement that it would “fully implement ...”": the institution as described
        # (the one of that kind the page names, when it names one: "the district said" after "the Dallas Independent
        # School District")
        return _only_organisation_of_kind(described[noun_at].casefold(), actors) or " ".join(described[1:noun_at + 1]), \
            "organization", verb.group(0)
    if clause.split()[:1] and (clause.split()[0].casefold() in lexicon.institution_pronouns
                               or len(clause.split()) == 2 and clause.split()[0].casefold() in lexicon.relatives
                               and clause.split()[1].casefold() in lexicon.institution_pronouns):
        # "It described the process as “seamless”", "..., which it described as the “biggest threat”": the
        # organisation named just before
        named = _organisation_named_before(body, start, actors)
        return (named, "organization", verb.group(0)) if named else (None, None, None)
    if len(described) == 2 and described[0].casefold() in lexicon.articles and described[1].islower():
        holder = _role_holder(clause, actors)
        if holder:
            return holder, "person", verb.group(0)  # "Imposing sentence, the judge said ... “sophistication”"
    owner = _relative_clause_owner(clause, sentence_start, actors, lexicon)
    if clause.split()[:1] and clause.split()[0].casefold() in lexicon.pronouns:
        owner = actors.last_speaker_before(start, spoken)  # "He added that ... “...”"
    elif clause.split()[-1:] and clause.split()[-1].casefold() in lexicon.pronouns:
        # "Marco Bellini ... said his company had cut its Ethiopian orders pending what he called the “...”":
        # the pronoun right before the verb is the person the sentence named last, else the one last speaking
        owner = _person_named_last(actors, sentence_start, sentence_start + verb.start()) or actors.last_speaker_before(start, spoken)
        if owner is None:
            return None, None, verb.group(0)
    if owner:
        return owner, "person", verb.group(0)
    if _names_someone_unnamed(clause.strip(), lexicon):
        return None, None, verb.group(0)  # "Opponents warned the city was “...”": no one named
    if _opens_with(clause.casefold().strip(), lexicon.institution_speakers + lexicon.institutions, lexicon):
        # (read where the subject stands, not past its verb: "OJK ... menyatakan PT Aurum “tidak memiliki izin”")
        speaker, kind = _resolve_speaker(clause, sentence_start + verb.start(), actors, lexicon, body=body)
        return speaker, kind, verb.group(0)
    holder = _holder_of_an_office_written_short(clause.split()[-2:], actors, lexicon)
    if holder:
        return holder, "person", verb.group(0)  # "Dalam sambutannya, Dirjen Badilag menyebut ... “...”"
    runs = [run for run in capitalised_runs(clause) if not _is_calendar_run(run, lexicon)]
    if len(runs) == 1 and len(runs[0]) == 1 and possessed_group(runs[0][0].text, lexicon):
        owner = actors.last_speaker_before(start, spoken)  # "Timnya menyebut ...": the team of the one speaking
        return (owner, "person", verb.group(0)) if owner else (None, None, None)
    # "The Philippine Embassy in Hanoi said": the place is where the subject sits, not the subject
    runs = [run for run in runs if not names_a_place(run, clause)] or runs
    if not runs:
        return None, None, None
    # The run naming a known person wins ("Economist X of the University of Indonesia said").
    # (or by its last words: "Bupati Bolmong Rusdi Mamonto", the place in the role)
    known = [run for run in runs if _known_person_closing(_person_name(clause, run, lexicon), actors)]
    chosen = known[-1] if known else runs[-1]
    surface = " ".join(token.text for token in chosen)
    name = _known_person_closing(_person_name(clause, chosen, lexicon), actors) or _person_name(clause, chosen, lexicon)
    canonical = (name and actors.canonical(name, "person")) or actors.canonical(surface, "person") \
        or (surface if surface in actors.actors else None) or _organisation_opened_by(surface, actors, lexicon)
    if canonical:
        return canonical, actors.actors[canonical].kind, verb.group(0)
    kind = "country" if surface in lexicon.countries else "organization"
    if all(is_name_token(token.text, lexicon) for token in chosen):
        kind = "person"
    return surface, kind, verb.group(0)


# The kind of a speaker a sentence describes and the page never names ("Akun tersebut menulis “...”"): no one, and no
# one to guess from the quotes around it.
_UNNAMED = "unnamed"


def _known_person_closing(name: str | None, actors: ArticleActors) -> str | None:
    """The person the page names whose name closes ``name``: all of it, or its last two words or more
    ("Bolmong Rusdi Mamonto" → "Rusdi Mamonto")."""
    words = (name or "").split()
    for at in range(len(words)):
        if at == 0 or len(words) - at >= 2:
            canonical = actors.canonical(" ".join(words[at:]), "person")
            if canonical:
                return canonical
    return None


_SHORT_NAME_CLOSING = re.compile(r"\s*\([A-Z][\w.&-]*\)$")
_LOWER_APPOSITION = re.compile(r"(?:,\s+[a-z][^,;:.\"“”]{2,90})+,\s*$")  # (one or more: ", from Ely, whose daughter ...,")


def _opens_with_the_name(subject: str, name: str, lexicon: Lexicon) -> bool:
    """Whether a subject is an organisation's name, perhaps after an article or a possessive ("The
    regime's", "Cambodia’s") opening its clause."""
    before = subject[:len(subject) - len(name)]
    before = before[max(before.rfind(". "), before.rfind("\n")) + 1:].strip()  # (the name may hold ". ": "St. John")
    words = before.split()
    return not words or len(words) <= 2 and (words[-1].casefold() in lexicon.articles or words[-1].endswith(("'s", "’s")))


_DESCRIBED_SPOKESPERSON = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+((?:[\w&.-]+\s+){1,3})(?:spokesman|spokeswoman|spokesperson)\b")


def _spokesperson_of(body: str, offset: int, actors: ArticleActors) -> str | None:
    """The one organisation named on the page whose name holds the words describing a spokesperson
    earlier ("A regional council spokeswoman said" → "Otago Regional Council")."""
    described = [match.group(1).split() for match in _DESCRIBED_SPOKESPERSON.finditer(body, max(0, offset - 1500), offset)]
    if not described:
        return None
    # (a name the page gives only there: "A Queensland Health spokesman said ... “...,” the spokesman said")
    named = all(word[:1].isupper() for word in described[-1]) and len(described[-1]) >= 2
    return _organisation_described(described[-1], actors) or (" ".join(described[-1]) if named else None)


def _spokesperson_just_before(body: str, start: int, actors: ArticleActors) -> str | None:
    """The organisation an unnamed spokesperson, the last one a sentence named in this paragraph or the one before,
    speaks for ("A Queensland Health spokesman said ..."), when no person is named since."""
    own = body.rfind("\n", 0, start)
    begin = body.rfind("\n", 0, max(0, own - 1)) + 1 if own > 0 else 0
    while begin > 0 and not body[begin:own].strip():  # blank lines between paragraphs
        begin = body.rfind("\n", 0, begin - 1) + 1
    found = list(_SPOKESPERSON_OF_A_LONG_NAME.finditer(body, begin, start))
    if not found or any(found[-1].end() <= at < start for at, _ in actors.positions):
        return None
    described = found[-1].group(1).strip()
    return (described if described in actors.actors else None) or _spokesperson_described(found[-1].group(0), actors) \
        or _spokesperson_of(body, found[-1].end(), actors)


# "A Department for Education, Children and Young People spokeswoman": a spokesperson described by a name of any length
_SPOKESPERSON_OF_A_LONG_NAME = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+((?:[\w&.,'’-]+\s+){1,8})(?:spokesman|spokeswoman|spokesperson)\b")


def _only_organisation_of_kind(noun: str, actors: ArticleActors) -> str | None:
    """The one organisation of the page whose name holds ``noun`` ("diocese": "Diocese of Cork and Ross")."""
    named = [actor.name for actor in actors.actors.values() if actor.kind == "organization"
             and noun.casefold() in actor.name.casefold().split()]
    return named[0] if len(named) == 1 else None


def _organisation_spoken_for(who: str, actors: ArticleActors, lexicon: Lexicon) -> str | None:
    """The organisation of the page named whole after "a spokesperson for" and the like."""
    lowered = who.casefold()
    prefix = next((prefix for prefix in lexicon.institution_speakers if lowered.startswith(prefix + " ")), None)
    if prefix is None:
        return None
    rest = who[len(prefix):].strip(" ,.")
    first, _, after = rest.partition(" ")
    if first.casefold() in lexicon.articles:
        rest = after
    rest = actors.aliases.get(rest, rest)
    return rest if rest in actors.actors and actors.actors[rest].kind == "organization" else None


def _spokesperson_described(who: str | None, actors: ArticleActors) -> str | None:
    """"A KCC spokesman", "a county council spokeswoman", "A Downing Street spokesperson": the organisation such a
    spokesperson speaks for (by the capitalised words describing it, when the page names it nowhere else)."""
    described = _DESCRIBED_SPOKESPERSON.fullmatch(who.strip(" ,.")) if who and len(who.split()) >= 3 else None
    if not described:
        return None
    words = described.group(1).split()
    named = len(words) >= 2 and all(word[:1].isupper() for word in words)
    return _organisation_described(words, actors) or (" ".join(words) if named else None)


def _organisation_described(words: list[str], actors: ArticleActors) -> str | None:
    """The one organisation the words before "spokesman" describe: its short name ("A KCC spokesman" → "Kent
    County Council") or words of its name ("a regional council spokeswoman" → "Otago Regional Council")."""
    short = actors.aliases.get(" ".join(words))
    if short and short in actors.actors and actors.actors[short].kind == "organization":
        return short
    words = [word.casefold() for word in words]
    named = [actor.name for actor in actors.actors.values() if actor.kind == "organization"
             and all(word in actor.name.casefold().split() for word in words)]
    return named[0] if len(named) == 1 else None


_NAME_AFTER_A_QUOTE = re.compile(r"[”\"]\s+((?:[A-Z][\w'’.-]*\s){1,4})$")


def _named_after_a_cue(text: str, actors: ArticleActors, lexicon: Lexicon) -> tuple[str, str] | None:
    """The person a closing quotation's cue names in ``text`` ('“...,” said Faris,')."""
    for cue in _cue_pattern(lexicon).finditer(text):
        named_before = _NAME_AFTER_A_QUOTE.search(text, max(0, cue.start() - 60), cue.start())
        if named_before:  # '“...,” Adhikari said, adding that ...'
            canonical = actors.canonical(named_before.group(1).strip(), "person")
            if canonical:
                return canonical, "person"
        if text[max(0, cue.start() - 3):cue.start()].strip()[-1:] in (",", "”", '"'):
            runs = capitalised_runs(text[cue.end():cue.end() + 60])
            name = _person_name(text[cue.end():cue.end() + 60], runs[0], lexicon) if runs else ""
            canonical = name and actors.canonical(name, "person")
            if canonical:
                return canonical, "person"
    return None


def _first_actor_named(text: str, actors: ArticleActors, lexicon: Lexicon) -> tuple[str, str] | None:
    """The first person or organisation ``text`` names whom the article knows, with its kind ("The
    Karnataka High Court on Thursday pulled up ..., and asked ..."): the sentence's subject."""
    for run in capitalised_runs(text):
        name = _person_name(text, run, lexicon)
        canonical = name and actors.canonical(name, "person")
        if canonical:
            return canonical, "person"
        surface = " ".join(token.text for token in run)
        organisation = split_short_name(_without_article(surface, lexicon))[0]  # ("... Department (MetMalaysia)")
        if actors.canonical(organisation, "organization"):
            return actors.canonical(organisation, "organization"), "organization"
    return None


def _last_part_before_degrees(clause: str, lexicon: Lexicon) -> str:
    """The last comma-separated part of a subject, degrees after a name left out ("Maruli Tua
    Simanjuntak, S.H., M.H., menilai": the name, not the degrees)."""
    parts = clause.split(",")
    relative = next((index for index, part in enumerate(parts) if index and part.split()[:1]
                     and part.split()[0].casefold() in lexicon.relatives), None)
    if relative is not None and clause.rstrip().endswith(","):
        # "Northern Fells Water, which serves ... north Lancashire, said": the subject the clause set off describes
        # (not "the requirement, which she described as": the clause's own subject speaks)
        parts = parts[:relative]
    # (degrees follow a name, all its words capitalised: "Dalam amar putusannya, MA menyatakan" is the court "MA", no
    # Master of Arts; "In its ruling on Wednesday in New Delhi, SC said": the Supreme Court)
    while len(parts) > 1 and all(_is_degree(word, lexicon) for word in parts[-1].split()) \
            and (not parts[-1].strip() or parts[-2].split() and all(word[:1].isupper() for word in parts[-2].split())):
        parts.pop()
    return parts[-1].strip()


def _without_closing_degrees(subject: str, lexicon: Lexicon) -> str:
    """"Budi Santoso, SH", "Mgr. Fransiskus Lumenta, MSC", "Maruli, S.H., M.H.": the subject without the degrees
    or religious orders after the name (only after a capitalised word: degrees follow a name)."""
    while "," in subject:
        head, tail = subject.rsplit(",", 1)
        if not tail.split() or not all(_is_degree(word, lexicon) for word in tail.split()) \
                or not head.split() or not head.split()[-1][:1].isupper():
            break
        subject = head.rstrip()
    return subject


def _is_degree(word: str, lexicon: Lexicon) -> bool:
    bare = word.rstrip(".,")
    # ("Sp.An-TI", "Sp.B.Subsp.Ped(K)": a specialist's degree, its first part one of the language's degrees)
    return bare in lexicon.degrees or bool(_DEGREE_WITH_PERIODS.match(bare)) \
        or "." in bare and bare.split(".")[0] in lexicon.degrees


_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}")
# "S.H", "M.Kes", "S.I.K", "M.Tr.Opsla" (a longer last piece after a short one: not "H.Ahmad")
_DEGREE_WITH_PERIODS = re.compile(r"^[A-Z][A-Za-z]{0,2}(?:\.[A-Za-z]{1,4})+(?:\.[A-Za-z]{5})?$")


_POSSESSED = re.compile(r"^[A-Z][\w.-]*(?:’s|'s)\s+([a-z][a-z -]{2,40})$")


@cache
def _institution_words(lexicon: Lexicon) -> frozenset[str]:
    words = {phrase.split()[-1].casefold() for phrase in lexicon.institutions}
    return frozenset(words | {head.split()[-1].casefold() for head in lexicon.organization_heads})


def _possessed_institution(phrase: str, lexicon: Lexicon) -> str | None:
    """"Indonesia's energy ministry" speaks as "energy ministry"."""
    found = _POSSESSED.match(phrase.strip())
    if found and found.group(1).split()[-1] in _institution_words(lexicon):
        return found.group(1)
    return None


def _is_calendar_run(run: list, lexicon: Lexicon) -> bool:
    """"Senin", "May": a weekday or month never speaks."""
    return all(token.text.casefold() in lexicon.weekdays or token.text.casefold() in lexicon.months
               for token in run)


def _relative_clause_owner(clause: str, offset: int, actors: ArticleActors, lexicon: Lexicon) -> str | None:
    """For a speech verb opening a relative clause after a possessed noun ("pidatonya pada hari
    Senin yang memuji ..."; "his speech that praised ..."): the person the possessive points to."""
    words = clause.split()
    if len(words) < 2 or words[-1].casefold() not in lexicon.relatives:
        return None
    whole = {p for p in lexicon.possessives if not p.startswith("-")}
    head = [w.strip(",.;:").casefold() for w in words[-7:-1]]
    if any(w in whole or (w.endswith(_pronoun_suffixes(lexicon)) and len(w) > 5) for w in head):
        return actors.last_person_before(offset)
    return None


def _paragraph_index(body: str):
    breaks = [match.start() for match in re.finditer("\n\n", body)]

    def index(offset: int) -> int:
        return bisect_left(breaks, offset)  # the breaks before offset

    return index


_QUOTE_MARK = re.compile("[" + re.escape(_OPENERS + _CLOSERS) + "]")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


@cache
def _reported_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    verbs = alternation(lexicon.verbs)
    complementizers = alternation(lexicon.complementizers) if lexicon.complementizers else "(?!x)x"
    return re.compile(
        rf"^(?P<subject>.{{1,90}}?)\s(?P<verb>{verbs})(?:\s+(?:{complementizers})\s+|,\s+)(?P<clause>\S.+?)[.!?]*$")


def find_reported_speech(body: str, actors: ArticleActors, lexicon: Lexicon,
                         direct: list[Quote]) -> list[Quote]:
    """Reported speech ("Peskov mengatakan bahwa ...", "X said that ...") as quotes of kind
    ``indirect``: the reported clause, attributed to the subject of the speech verb.

    Sentences holding a direct quotation are left to :func:`find_quotes`.
    """
    taken = [(quote.start, quote.end) for quote in direct]
    found: list[Quote] = []
    for sentence in _SENTENCE.finditer(body):
        text = sentence.group(0)
        if _QUOTE_MARK.search(text):
            continue
        match = _reported_pattern(lexicon).match(text.strip())
        if not match:
            continue
        offset = sentence.start() + (len(text) - len(text.lstrip()))
        start, end = offset + match.start("clause"), offset + match.end("clause")
        if any(a < end and start < b for a, b in taken) or len(match.group("clause").split()) < 3:
            continue
        subject = match.group("subject").rsplit(",", 1)[-1].strip()
        speaker, kind = _subject_speaker(subject, offset, actors, lexicon)
        if speaker:
            found.append(Quote(body[start:end], start, end, speaker, kind, match.group("verb"), "indirect"))
    return found


def _subject_speaker(subject: str, offset: int, actors: ArticleActors, lexicon: Lexicon) -> tuple[str | None, str | None]:
    words = subject.split()
    if not words:
        return None, None
    if words[-1].casefold() in lexicon.pronouns or words[-1].casefold() in ("pun",) and len(words) > 1 \
            and words[-2].casefold() in lexicon.pronouns:
        name = actors.last_speaker_before(offset)
        return (name, "person") if name else (None, None)
    runs = capitalised_runs(subject)
    if not runs or runs[-1][-1].end < len(subject) - 25:
        return None, None
    names = [token.text for token in trailing_name(runs[-1], lexicon)]
    if names:
        canonical = actors.canonical(" ".join(names), "person") or actors.canonical(names[-1], "person")
        return (canonical, "person") if canonical else (None, None)
    surface = " ".join(token.text for token in runs[-1])
    return (surface, "organization") if surface in actors.actors else (None, None)
