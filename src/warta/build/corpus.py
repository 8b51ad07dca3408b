"""Many documents → the published tables.

Rows are gathered per table, actors are merged across articles by their stable ID, and
every table is sorted by its primary key so that the output does not depend on the order
the documents were read in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from warta.build.article import ArticleRows, build_article
from warta.schema.arrow import arrow_schema
from warta.schema.declarations import TABLES, TABLES_BY_NAME
from warta.sources import Reject, SourceDocument


@dataclass
class CorpusRows:
    """Rows of every table, as plain dictionaries, while a build collects them."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {t.name: [] for t in TABLES})
    actor_kinds: dict[str, Counter] = field(default_factory=dict)
    actor_names: dict[str, str] = field(default_factory=dict)
    seen_articles: dict[str, str] = field(default_factory=dict)

    def add(self, result: ArticleRows | Reject) -> None:
        if isinstance(result, Reject):
            self.reject(result)
            return
        article = result.article
        first = self.seen_articles.get(article["article_id"])
        if first is not None:
            self.reject(Reject(article["source"], f"duplicate of {first}"))
            return
        self.seen_articles[article["article_id"]] = article["source"]
        self.rows["articles"].append(article)
        self.rows["quotes"].extend(result.quotes)
        self.rows["dates"].extend(result.dates)
        self.rows["mentions"].extend(result.mentions)
        for actor in result.actors:
            self.actor_kinds.setdefault(actor["actor_id"], Counter())[actor["kind"]] += 1
            self.actor_names.setdefault(actor["actor_id"], actor["name"])

    def reject(self, reject: Reject) -> None:
        self.rows["rejects"].append({"source": reject.source, "reason": reject.reason, "position": reject.position})

    def tables(self) -> dict[str, pa.Table]:
        """Every table as Arrow, sorted by primary key."""
        self.rows["actors"] = [
            {"actor_id": actor_id, "name": self.actor_names[actor_id],
             "kind": kinds.most_common(1)[0][0], "external_id": None}
            for actor_id, kinds in self.actor_kinds.items()
        ]
        tables = {}
        for table in TABLES:
            rows = sorted(self.rows[table.name], key=lambda row: tuple(str(row[k]) for k in table.primary_key))
            tables[table.name] = pa.Table.from_pylist(rows, schema=arrow_schema(table))
        return tables


def build_tables(documents: Iterable[SourceDocument | Reject],
                 progress: Callable[[str], None] | None = None) -> dict[str, pa.Table]:
    """Build every table from documents (and rejects met while reading them)."""
    corpus = CorpusRows()
    for document in documents:
        if isinstance(document, Reject):
            corpus.add(document)
        else:
            corpus.add(build_article(document))
        if progress:
            progress(document.source)
    return corpus.tables()


def empty_table(name: str) -> pa.Table:
    return arrow_schema(TABLES_BY_NAME[name]).empty_table()
