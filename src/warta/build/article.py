"""One source document → the rows it contributes to every table.

A pure function of the document: the same text always gives the same rows and IDs, so
documents can be processed in any order, in parallel, or on other machines.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from warta.build.extract.actors import find_actors, names_the_outlet
from warta.build.extract.dates import (DateMention, told_before, byline_dates, date_line_dates, earlier_than_mentioned, find_dates, is_date_line_in_any_language,
                                      range_ends_after_starts, resolved_date, statement_day, word_before)
from warta.build.extract.metadata import authors, credits, inferred_year, header_dates, published_from_body, year_hint
from warta.build.extract.quotes import Quote, find_quotes, find_reported_speech
from warta.build.lexicon import Lexicon, detect_language, load_lexicon
from warta.build.segment import BOILERPLATE, BYLINE, CAPTION, DATELINE_DATE, STANDFIRST, TITLE, Page, segment
from warta.schema.declarations import LIST_DELIMITER
from warta.sources import Reject, SourceDocument


def stable_id(prefix: str, *parts: object) -> str:
    """An identifier that depends only on ``parts``: ``<prefix>_<16 hex digits>``."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:16]}"


@lru_cache(maxsize=65536)
def actor_id(name: str) -> str:
    """The ID of an actor: the same canonical name gives the same ID in every build and release."""
    return stable_id("act", " ".join(name.casefold().split()))


@dataclass
class ArticleRows:
    """The rows one document contributes."""

    article: dict[str, Any]
    quotes: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)


def _page_dates(page: Page, lexicon: Lexicon) -> list[tuple[str, DateMention]]:
    """Every date mention with where it stood: header lines, captions, the dateline, the body."""
    found: list[tuple[str, DateMention]] = []
    above_title = any(line.label == TITLE for line in page.lines)
    for line in page.lines:
        above_title = above_title and line.label != TITLE
        if line.label == DATELINE_DATE and line.text != page.dateline_text:
            # (a date line over the headline may be the site's date of the day: "masthead" until the story's is known)
            part = "masthead" if above_title else "header"
            found.extend((part, m) for m in date_line_dates(line.text, lexicon))
        elif line.label == BYLINE and line.text != page.dateline_text:
            found.extend(("header", m) for m in byline_dates(line.text, lexicon))
        elif line.label in (TITLE, STANDFIRST) and line.text != page.dateline_text:
            found.extend(("header", m) for m in find_dates(line.text, lexicon))
        elif line.label == CAPTION:
            found.extend(("caption", m) for m in find_dates(line.text, lexicon))
    if page.dateline_text and page.dateline_text != page.dateline:
        found.extend(("header", m) for m in find_dates(page.dateline_text, lexicon))
    found.extend(("body", m) for m in find_dates(page.body, lexicon))
    return found


def _without_the_sites_date(found: list[tuple[str, DateMention]], published: dt.date | None, updated: dt.date | None,
                            hint: int | None) -> list[tuple[str, DateMention]]:
    """The dates of the page without those of date lines over the headline that fall after the story was published
    and updated ("THURSDAY, JANUARY 15, 2026" above the menu of a story of 22 October 2025): the day the site was read."""
    latest = max((day for day in (published, updated) if day is not None), default=None)
    kept = []
    for part, mention in found:
        if part == "masthead":
            value = resolved_date(mention, published, hint)
            if latest is not None and value is not None and value > latest:
                continue
            part = "header"
        kept.append((part, mention))
    return kept


def _day_of_a_dated_relative(body: str, mentions: list[DateMention], hint: int | None,
                             lexicon: Lexicon) -> dt.date | None:
    """The publication day the text gives by a relative day with its date, outside quotations ("tiba
    kemarin (20/11)", "kata Khairul saat dihubungi, kemarin (11/5)": published the day after)."""
    for mention in mentions:
        if mention.start is None or mention.day is None or "(" not in mention.text or _quoted(body, mention.start):
            continue
        relative = lexicon.relative.get(mention.text.split("(")[0].strip().casefold())
        value = resolved_date(mention, None, hint)
        if relative and relative[0] == "day" and value is not None:
            return value - dt.timedelta(days=int(relative[1]))
    return None


def _day_of_writing(body: str, mentions: list[DateMention], hint: int | None, lexicon: Lexicon) -> dt.date | None:
    """The day dated right after words saying when the story was written ("Hingga berita ini
    diturunkan pada Selasa (22-10)"): the publication day."""
    for mention in mentions:
        if mention.start is None or mention.day is None or mention.relative is not None:
            continue
        before = body[max(0, mention.start - 45):mention.start].casefold()
        if any(phrase in before for phrase in lexicon.publication_phrases):
            return resolved_date(mention, None, hint)
    return None


def _quoted(body: str, at: int) -> bool:
    """Whether ``at`` stands inside a quotation in its paragraph."""
    before = body[body.rfind("\n", 0, at) + 1:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _after_since(body: str, mentions: list[DateMention], lexicon: Lexicon) -> frozenset[int]:
    """The body's dates (by ``id``) right after a word such as "sejak" / "since": where something began."""
    return frozenset(id(m) for m in mentions if m.start is not None and word_before(body, m.start) in lexicon.since)


def _closing_attributions(body: str, mentions: list[DateMention], lexicon: Lexicon) -> frozenset[int]:
    """The body's dates (by ``id``) with a speech verb before them in their sentence ("kata Yohanes di
    Pelabuhan Bolok, Selasa (3/12/2024)"): the day words were said."""
    stated = set()
    for m in mentions:
        if m.start is None:
            continue
        clause = body[max(0, m.start - 90):m.start]
        clause = clause[max(clause.rfind(". "), clause.rfind("\n")) + 1:].casefold()
        if any(word.strip(",") in lexicon.cues for word in clause.split()):
            stated.add(id(m))
    return frozenset(stated)


def _weekdays_dated_elsewhere(found: list[tuple[str, DateMention]], values: list[dt.date | None],
                              published: dt.date | None, body: str = "",
                              lexicon: Lexicon | None = None) -> list[dt.date | None]:
    """A bare weekday ("digelar Minggu") takes the date the page gives the same weekday in full
    elsewhere ("pada Minggu (15/6) malam"), when exactly one such date lies within a week of
    publication: the page speaks of that day, whether it is past or to come (a day to come only once the page
    has given it in full)."""
    if published is None:
        return values
    dated: dict[int, set[dt.date]] = {}
    first_ahead: dict[dt.date, tuple[str, int]] = {}  # where the page first gives a date to come in full
    for (part, mention), value in zip(found, values):
        if mention.weekday is not None and mention.day is not None and value is not None \
                and value.weekday() == mention.weekday and abs((value - published).days) <= 7:
            dated.setdefault(mention.weekday, set()).add(value)
            if value > published:
                first_ahead.setdefault(value, (part, mention.start))
    if not dated:
        return values
    fixed = list(values)
    for index, (part, mention) in enumerate(found):
        bare = mention.day is None and mention.relative is None and not mention.week_offset \
            and not mention.strictly_past and not mention.future  # "akan digelar Senin": the one to come
        if bare and mention.weekday is not None and len(dated.get(mention.weekday, ())) == 1:
            [value] = dated[mention.weekday]
            where = first_ahead.get(value)
            if where and where[0] == part == "body" and mention.start < where[1] \
                    and lexicon is not None and told_before(body, mention.start, lexicon):
                # ("The ultimatum followed a heated session on Tuesday afternoon" before "resumes on Tuesday,
                # February 17": behind; not "Persib menjamu Persija, Minggu" before "akan digelar pada Minggu (16/2)")
                continue
            fixed[index] = value
    return fixed


def _unique_captions(found: list[tuple[str, DateMention]], page: Page) -> list[tuple[str, DateMention]]:
    """A caption repeated on the page counts once."""
    seen: set[str] = set()
    kept = []
    captions = [line.text for line in page.lines if line.label == CAPTION]
    repeated = {text for text in captions if captions.count(text) > 1}
    for part, mention in found:
        if part == "caption":
            key = mention.text
            if key in seen and repeated:
                continue
            seen.add(key)
        kept.append((part, mention))
    return kept


def _statement_days(body: str, found: list[tuple[str, DateMention]], quotes: list[Quote],
                    published: dt.date | None, hint: int | None, lexicon: Lexicon) -> dict[int, dt.date | None]:
    """For "kemarin" / "yesterday" inside a direct quotation: the day the quotation was said, by
    the mention's index in ``found`` (see :func:`statement_day`)."""
    quoted = [(quote.start, quote.end) for quote in quotes if quote.kind == "direct"]
    body_mentions = [mention for part, mention in found if part == "body"]
    days: dict[int, dt.date | None] = {}
    for index, (part, mention) in enumerate(found):
        if part != "body" or mention.relative is None or mention.relative[0] != "day":
            continue
        span = next(((s, e) for s, e in quoted if s <= mention.start and mention.end <= e), None)
        if span is not None:
            days[index] = statement_day(body, span, body_mentions, quoted, published, lexicon, hint)
    return days


_NUMERIC_DATE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")


def _swapped(mention: DateMention) -> DateMention:
    """A numeric date ("03/12/2025") read with day and month the other way round."""
    if mention.day is None or mention.month is None or mention.day > 12 or not _NUMERIC_DATE.match(mention.text):
        return mention
    return replace(mention, day=mention.month, month=mention.day)


def _agreeing_with_dateline(published: dt.date, dateline: str, lexicon: Lexicon) -> dt.date:
    """A header date read the other way round when the dateline says so ("03/12/2025" read month
    first on an English page, "KOTA BHARU, Dec 3 (Bernama) --": 3 December)."""
    days = {(m.month, m.day) for m in find_dates(dateline, lexicon) if m.day is not None and m.month is not None}
    if (published.month, published.day) in days or (published.day, published.month) not in days:
        return published
    return published.replace(month=published.day, day=published.month)


def _reading_nearer_the_story(published: dt.date, found: list, hint: int | None) -> dt.date:
    """A header date written in numbers that reads both ways ("08/10/2025") taken the way that puts the days the
    story names by their months' names nearer to it ("September 28", "October 13": 8 October, not 10 August)."""
    if published.day > 12 or published.day == published.month:
        return published
    numeric = any(part == "header" and _NUMERIC_DATE.match(mention.text) for part, mention in found)
    named = [mention for part, mention in found if part == "body" and mention.day is not None and mention.month is not None
             and mention.year is None and mention.relative is None and re.search(r"[A-Za-z]{3}", mention.text)]
    if not numeric or not named:
        return published
    other = published.replace(month=published.day, day=published.month)

    def distance(day: dt.date) -> int:
        return sum(abs((resolved_date(mention, day, hint) - day).days) for mention in named
                   if resolved_date(mention, day, hint) is not None)
    return other if distance(other) * 2 < distance(published) else published


def _given_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _day_the_dateline_gives(page: Page, published: dt.date | None, hint: int | None,
                            lexicon: Lexicon) -> dt.date | None:
    """The day a wire story was filed, when its dateline gives one a day or two before the page's publication
    ("KUALA LUMPUR, Feb 4 (Bernama) --" on a page of February 5): "today" in its body is that day."""
    if published is None or not page.dateline_text:
        return published
    stamped = [resolved_date(m, published, hint) for m in find_dates(page.dateline_text, lexicon)
               if m.granularity == "day" and m.day is not None and m.relative is None]
    filed = next((value for value in stamped if value is not None), None)
    return filed if filed is not None and 1 <= (published - filed).days <= 2 else published


def build_article(document: SourceDocument) -> ArticleRows | Reject:
    """Segment and extract one document into rows (or a reject when it has no article text)."""
    language = document.fields.get("language") or detect_language(document.text)
    lexicon = load_lexicon(language if language in ("id", "en") else "id")
    page = segment(document.text, lexicon, lambda text: is_date_line_in_any_language(text, lexicon))
    body = page.body
    if not body.strip():
        return Reject(document.source, "no article text found", None)
    article_id = stable_id("art", document.text)

    found = _unique_captions(_page_dates(page, lexicon), page)
    mentions = [m for _, m in found]
    hint = year_hint(mentions) or inferred_year([line.text for line in page.lines if line.label == BOILERPLATE],
                                                mentions, lexicon)
    published, updated = header_dates(page, lexicon, hint)
    if published is not None and page.dateline_text:
        agreed = _agreeing_with_dateline(published, page.dateline_text, lexicon)
        if agreed != published:  # the page writes numeric dates day first: read them all so
            found = [(part, _swapped(mention)) for part, mention in found]
        published = agreed
    if published is not None:
        nearer = _reading_nearer_the_story(published, found, hint)
        if nearer != published:  # the page writes numeric dates day first: read them all so
            found = [(part, _swapped(mention)) for part, mention in found]
            published = nearer
    published = _given_date(document.fields.get("published")) or published
    if published is None and page.dateline_text:
        # "ANKARA, December 29. /TASS/.", "Jakarta, 12 Maret 2024 -": the dateline's own date.
        stamped = [resolved_date(m, None, hint) for m in find_dates(page.dateline_text, lexicon)
                   if m.granularity == "day" and m.day is not None and m.relative is None]
        published = next((value for value in stamped if value is not None), None)
    if published is None and updated is not None:
        published = updated  # a page stamped only "Updated ...": the header's date, before any the body suggests
    if published is None:
        # The body's own dates first, its captions' after (a caption may show an archive photo's day).
        body_dates = [m for part, m in found if part == "body"]
        caption_dates = [m for part, m in found if part == "caption"]
        published = _day_of_writing(body, body_dates, hint, lexicon) or \
            _day_of_a_dated_relative(body, body_dates, hint, lexicon) or \
            published_from_body(body_dates, hint, _after_since(body, body_dates, lexicon),
                                _closing_attributions(body, body_dates, lexicon), caption_dates)
    if updated is not None and published is not None and updated < published:
        updated = None
    found = _without_the_sites_date(found, published, updated, hint)

    outlet, wires = credits(page, lexicon)
    own_outlet = document.fields.get("outlet") or outlet
    actors = find_actors(body, lexicon, outlet=own_outlet)
    quotes = find_quotes(body, actors, lexicon)
    quotes += find_reported_speech(body, actors, lexicon, quotes)
    for quote in quotes:
        if quote.speaker_kind == "person" and names_the_outlet(quote.speaker, own_outlet):
            # "she told The Shillong Times": the paper heard it (a ministry's own release may quote the ministry)
            quote.speaker = quote.speaker_kind = None

    rows = ArticleRows(article={
        "article_id": article_id,
        "source": document.source,
        "url": document.fields.get("url") or None,
        "title": document.fields.get("title") or page.title,
        "standfirst": page.standfirst,
        "outlet": document.fields.get("outlet") or outlet,
        "wire": ", ".join(wires) or None,
        "section": page.section,
        "dateline": page.dateline,
        "published": published,
        "updated": updated,
        "authors": LIST_DELIMITER.join(authors(page, lexicon)) or None,
        "language": lexicon.code,
        "body": body,
    })
    said_on = _statement_days(body, found, quotes, published, hint, lexicon)
    filed_on = _day_the_dateline_gives(page, published, hint, lexicon)
    values = [resolved_date(mention, filed_on if part == "body" and mention.relative is not None and mention.relative[0] == "day"
                            and said_on.get(index, published) == published else said_on.get(index, published), hint)
              for index, (part, mention) in enumerate(found)]
    values = _weekdays_dated_elsewhere(found, values, published, body, lexicon)
    values = range_ends_after_starts([mention for _, mention in found], values, body, [part == "body" for part, _ in found],
                                     lexicon)
    values = earlier_than_mentioned([mention for _, mention in found], values, published, body,
                                    [part == "body" for part, _ in found])
    for index, (part, mention) in enumerate(found):
        in_body = part == "body"
        rows.dates.append({
            "date_id": stable_id("dat", article_id, part, index, mention.start),
            "article_id": article_id,
            "text": mention.text,
            "date": values[index],
            "granularity": mention.granularity,
            "part": part,
            "start": mention.start if in_body else None,
            "end": mention.end if in_body else None,
        })
    speakers: dict[str, str] = {}
    for quote in quotes:
        if quote.speaker:
            speakers[quote.speaker] = quote.speaker_kind or "person"
        rows.quotes.append({
            "quote_id": stable_id("quo", article_id, quote.kind, quote.start, quote.end),
            "article_id": article_id,
            "kind": quote.kind,
            "text": quote.text,
            "speaker": quote.speaker,
            "actor_id": actor_id(quote.speaker) if quote.speaker else None,
            "cue": quote.cue,
            "start": quote.start,
            "end": quote.end,
        })
    # A name taken for a person on its form alone takes the kind it speaks as ("Jasa Marga ... tulis perusahaan itu").
    # So does a name without a role that speaks as an institution ("The Pittsfield Suns, the league's team, ...
    # “...,” the team said").
    named = {name: (speakers[name] if name in speakers and (name in actors.tentative or speakers[name] == "organization"
                                                            and actor.kind == "person" and not actor.role) else actor.kind,
                    actor.surfaces, actor.role, actor.count) for name, actor in actors.actors.items()
             if (name not in actors.tentative or name in speakers)
             and not (actor.kind == "person" and names_the_outlet(name, own_outlet))}
    for name, kind in speakers.items():
        named.setdefault(name, (kind, {name}, None, 1))
    for name, (kind, surfaces, role, count) in sorted(named.items()):
        rows.actors.append({"actor_id": actor_id(name), "name": name, "kind": kind, "external_id": None})
        rows.mentions.append({
            "article_id": article_id,
            "actor_id": actor_id(name),
            "surface": max(surfaces, key=len),
            "role": role,
            "count": max(count, 1),
        })
    return rows
