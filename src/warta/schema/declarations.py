"""The tables warta publishes, each declared once.

Everything else about a table — the pandera schema that validates it, the pyarrow schema
that writes it, the Frictionless Table Schema in ``datapackage.json`` and the row-level
JSON Schema under ``schema/`` — is generated from these declarations.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Column types understood by every generator.
TYPES = ("string", "integer", "date", "boolean", "list")

ID_PATTERN = r"^[a-z]+_[0-9a-f]{16}$"


@dataclass(frozen=True)
class Column:
    """One column of a published table."""

    name: str
    type: str
    description: str
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: int | None = None
    example: object = None

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"column {self.name}: unknown type {self.type!r}")


@dataclass(frozen=True)
class ForeignKey:
    """``columns`` of this table refer to ``reference_columns`` of ``reference_table``."""

    columns: tuple[str, ...]
    reference_table: str
    reference_columns: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A published table: its columns, keys and meaning."""

    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = field(default_factory=tuple)

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(f"{self.name} has no column {name!r}")

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]


#: Separator of the items of a ``list`` column in CSV and Parquet alike.
LIST_DELIMITER = "; "

LANGUAGES = ("id", "en")
GRANULARITIES = ("day", "month", "year")
DATE_PARTS = ("header", "caption", "body")
ACTOR_KINDS = ("person", "organization", "country")
QUOTE_KINDS = ("direct", "indirect")

ARTICLES = Table(
    name="articles",
    title="Articles",
    description="One row per news article: its metadata and its text without boilerplate.",
    primary_key=("article_id",),
    columns=(
        Column("article_id", "string", "Stable identifier derived from the source text.",
               required=True, unique=True, pattern=ID_PATTERN, example="art_3f2a9c0d11b4e5f6"),
        Column("source", "string", "Path of the source document relative to the corpus root (POSIX).",
               required=True, unique=True, example="seed-000.txt"),
        Column("url", "string", "Address the page was collected from, when its source file gave one.",
               example="https://www.example.com/news/2025/11/12/article"),
        Column("title", "string", "Headline as printed on the page.",
               example="Rusia nyatakan siap lanjutkan perundingan Istanbul dengan Ukraina"),
        Column("standfirst", "string", "Summary line printed under the headline, if any."),
        Column("outlet", "string", "Publishing outlet, as named by the page.", example="Anadolu Agency"),
        Column("wire", "string", "News agencies the story is credited to, comma-separated.", example="Xinhua"),
        Column("section", "string", "Section label printed above the headline.", example="Dunia"),
        Column("dateline", "string", "Place the story was filed from.", example="ISTANBUL"),
        Column("published", "date", "Publication date."),
        Column("updated", "date", "Date of the latest update, if the page states one."),
        Column("authors", "list", "Reporters and editors credited in bylines.", example="Redaksi"),
        Column("language", "string", "Language of the article (ISO 639-1).", required=True, enum=LANGUAGES),
        Column("body", "string", "Article text without boilerplate; paragraphs separated by blank lines.",
               required=True),
    ),
)

ACTORS = Table(
    name="actors",
    title="Actors",
    description="People and organisations named in the corpus, deduplicated across articles.",
    primary_key=("actor_id",),
    columns=(
        Column("actor_id", "string", "Stable identifier derived from the canonical name.",
               required=True, unique=True, pattern=ID_PATTERN),
        Column("name", "string", "Canonical name: the longest form used in the corpus.",
               required=True, unique=True, example="Dmitry Peskov"),
        Column("kind", "string", "What the actor is.", required=True, enum=ACTOR_KINDS),
        Column("external_id", "string", "Identifier in an external registry (e.g. a Wikidata QID), "
               "when a registry file was given.", example="Q1234"),
    ),
)

MENTIONS = Table(
    name="mentions",
    title="Mentions",
    description="Which actors each article names, with the name and role used there.",
    primary_key=("article_id", "actor_id"),
    foreign_keys=(
        ForeignKey(("article_id",), "articles", ("article_id",)),
        ForeignKey(("actor_id",), "actors", ("actor_id",)),
    ),
    columns=(
        Column("article_id", "string", "Article naming the actor.", required=True, pattern=ID_PATTERN),
        Column("actor_id", "string", "Actor named.", required=True, pattern=ID_PATTERN),
        Column("surface", "string", "Longest form of the name in this article.", required=True,
               example="Dmitry Peskov"),
        Column("role", "string", "Title or role stated in this article.",
               example="Kuasa Usaha Rusia di Türkiye"),
        Column("count", "integer", "How many times the article names the actor.", required=True,
               minimum=1),
    ),
)

QUOTES = Table(
    name="quotes",
    title="Quotes",
    description="Quotations in article bodies, with their speakers.",
    primary_key=("quote_id",),
    foreign_keys=(
        ForeignKey(("article_id",), "articles", ("article_id",)),
        ForeignKey(("actor_id",), "actors", ("actor_id",)),
    ),
    columns=(
        Column("quote_id", "string", "Stable identifier derived from the article and position.",
               required=True, unique=True, pattern=ID_PATTERN),
        Column("article_id", "string", "Article the quote appears in.", required=True, pattern=ID_PATTERN),
        Column("kind", "string", "direct: words between quote marks; indirect: reported speech.",
               required=True, enum=QUOTE_KINDS),
        Column("text", "string", "The quoted words, quote marks excluded.", required=True),
        Column("speaker", "string", "Canonical name of the speaker; empty when unattributed."),
        Column("actor_id", "string", "Speaker as an actor; empty when unattributed.", pattern=ID_PATTERN),
        Column("cue", "string", "Speech verb that attributes the quote.", example="ujar"),
        Column("start", "integer", "Offset of the first character in articles.body.", required=True, minimum=0),
        Column("end", "integer", "Offset after the last character in articles.body.", required=True, minimum=0),
    ),
)

DATES = Table(
    name="dates",
    title="Dates",
    description="Date expressions in articles, resolved to calendar dates.",
    primary_key=("date_id",),
    foreign_keys=(ForeignKey(("article_id",), "articles", ("article_id",)),),
    columns=(
        Column("date_id", "string", "Stable identifier derived from the article and position.",
               required=True, unique=True, pattern=ID_PATTERN),
        Column("article_id", "string", "Article the expression appears in.", required=True, pattern=ID_PATTERN),
        Column("text", "string", "The expression as written.", required=True, example="Kamis (13/2)"),
        Column("date", "date", "First day of the period meant; empty when it cannot be resolved."),
        Column("granularity", "string", "Precision of the expression.", required=True, enum=GRANULARITIES),
        Column("part", "string", "Where in the page the expression stood.", required=True, enum=DATE_PARTS),
        Column("start", "integer", "Offset in articles.body (body dates only).", minimum=0),
        Column("end", "integer", "Offset after the expression in articles.body (body dates only).", minimum=0),
    ),
)

REJECTS = Table(
    name="rejects",
    title="Rejected sources",
    description="Source documents that did not become articles, and why.",
    primary_key=("source",),
    columns=(
        Column("source", "string", "Path of the source document relative to the corpus root (POSIX).",
               required=True, unique=True),
        Column("reason", "string", "Why the document was rejected.", required=True),
        Column("position", "string", "Where in the document the problem was found, if anywhere."),
    ),
)

#: Every published table, in dependency order (referenced tables first).
TABLES: tuple[Table, ...] = (ARTICLES, ACTORS, MENTIONS, QUOTES, DATES, REJECTS)
TABLES_BY_NAME: dict[str, Table] = {table.name: table for table in TABLES}
