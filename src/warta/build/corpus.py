"""Many documents → the published tables.

Rows are gathered per table, actors are merged across articles by their stable ID, and
every table is sorted by its primary key so that the output does not depend on the order
the documents were read in.

Two implementations give the same tables:

- :class:`CorpusRows` / :func:`build_tables` hold every row in memory — the reference, for
  small corpora and tests;
- the streaming build — :func:`build_batch` (the per-document work, run by any executor),
  :class:`Stage` (rows spilled to Parquet as they arrive) and :class:`MergedCorpus` (the
  cross-corpus steps in DuckDB, on disk) — keeps memory flat for corpora of any size.

Neither depends on the order documents come in: of two copies of an article the one with
the smaller source path is kept (the other becomes a reject), an actor's name is the longest
form met (the first in code-point order among equals) and its kind the most common one (the
first in code-point order among equals).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from warta.build.article import ArticleRows, build_article
from warta.build.duplicates import NearDuplicates, body_key, near_duplicate_reason, near_duplicates_in_duckdb
from warta.build.registry import ActorRegistry, apply_registry
from warta.datapackage.plots import months_to_periods, top_speakers
from warta.schema.arrow import arrow_schema
from warta.schema.declarations import TABLES, TABLES_BY_NAME
from warta.sources import Reject, SourceDocument
from warta.sources.documents import Input, read_one


@dataclass
class CorpusRows:
    """Rows of every table, as plain dictionaries, while a build collects them.

    Nothing here depends on the order documents arrive in: of two copies of an article the
    one with the smaller source path is kept, and an actor's name and kind are chosen by
    rules (longest name, most frequent kind) with ties broken by value.
    """

    articles: dict[str, ArticleRows] = field(default_factory=dict)
    rejects: list[dict[str, Any]] = field(default_factory=list)

    def add(self, result: ArticleRows | Reject) -> None:
        if isinstance(result, Reject):
            self.reject(result)
            return
        article_id = result.article["article_id"]
        kept = self.articles.get(article_id)
        if kept is None:
            self.articles[article_id] = result
            return
        first, second = sorted((kept, result), key=lambda rows: rows.article["source"])
        self.articles[article_id] = first
        self.reject(Reject(second.article["source"], f"duplicate of {first.article['source']}"))

    def reject(self, reject: Reject) -> None:
        self.rejects.append({"source": reject.source, "reason": reject.reason, "position": reject.position})

    def drop_near_duplicates(self) -> None:
        """Reject articles whose body nearly copies another's; of near copies the smallest source is kept."""
        seen = NearDuplicates()
        for result in sorted(self.articles.values(), key=lambda rows: rows.article["source"]):
            copy = seen.copy_of(result.article["source"], result.article["body"])
            if copy is not None:
                del self.articles[result.article["article_id"]]
                self.reject(Reject(result.article["source"], near_duplicate_reason(copy)))

    def actors(self) -> list[dict[str, Any]]:
        """One row per actor ID over every kept article."""
        kinds: dict[str, Counter] = {}
        names: dict[str, set[str]] = {}
        external: dict[str, set[str]] = {}
        for result in self.articles.values():
            for actor in result.actors:
                kinds.setdefault(actor["actor_id"], Counter())[actor["kind"]] += 1
                names.setdefault(actor["actor_id"], set()).add(actor["name"])
                if actor.get("external_id"):
                    external.setdefault(actor["actor_id"], set()).add(actor["external_id"])
        return [
            {"actor_id": actor_id, "name": min(names[actor_id], key=lambda name: (-len(name), name)),
             "kind": min(counts.items(), key=lambda item: (-item[1], item[0]))[0],
             "external_id": min(external[actor_id]) if actor_id in external else None}
            for actor_id, counts in kinds.items()
        ]

    def tables(self) -> dict[str, pa.Table]:
        """Every table as Arrow, sorted by primary key."""
        rows: dict[str, list[dict[str, Any]]] = {table.name: [] for table in TABLES}
        self.drop_near_duplicates()
        for result in self.articles.values():
            rows["articles"].append(result.article)
            rows["quotes"].extend(result.quotes)
            rows["dates"].extend(result.dates)
            rows["mentions"].extend(result.mentions)
        rows["actors"] = self.actors()
        # A speaker is named as the actor is ("Perum BULOG" on one page, "Perum Bulog" on another: one actor, one name).
        names = {actor["actor_id"]: actor["name"] for actor in rows["actors"]}
        rows["quotes"] = [{**quote, "speaker": names.get(quote["actor_id"], quote["speaker"])} for quote in rows["quotes"]]
        rows["rejects"] = self.rejects
        tables = {}
        for table in TABLES:
            ordered = sorted(rows[table.name], key=lambda row: tuple(str(row[k]) for k in table.primary_key))
            tables[table.name] = pa.Table.from_pylist(ordered, schema=arrow_schema(table))
        return tables


def build_article_or_reject(document: SourceDocument) -> ArticleRows | Reject:
    """:func:`build_article`, with any failure of extraction turned into a reject: one bad page never stops a build."""
    try:
        return build_article(document)
    except Exception as error:  # noqa: BLE001 — reported in the rejects table, with the reason
        return Reject(document.source, f"extraction failed: {type(error).__name__}: {error}")


def build_tables(documents: Iterable[SourceDocument | Reject],
                 progress: Callable[[int], None] | None = None) -> dict[str, pa.Table]:
    """Build every table in memory from documents (and rejects met while reading them).

    ``progress`` is called with 1 after each document.
    """
    corpus = CorpusRows()
    for document in documents:
        if isinstance(document, Reject):
            corpus.add(document)
        else:
            corpus.add(build_article_or_reject(document))
        if progress:
            progress(1)
    return corpus.tables()


def empty_table(name: str) -> pa.Table:
    return arrow_schema(TABLES_BY_NAME[name]).empty_table()


# --- The streaming build -----------------------------------------------------------------

#: Document order, carried by every staged row: the document's number in the input and the
#: row's position among the rows of that document.
ORDER_FIELDS = (pa.field("_seq", pa.int64()), pa.field("_idx", pa.int64()))
ORDER = tuple(f.name for f in ORDER_FIELDS)
CHILD_TABLES = ("quotes", "dates", "mentions", "actors")


def staging_schema(name: str) -> pa.Schema:
    """A table's columns, all nullable (so that broken rows reach validation), plus document order."""
    fields = [f.with_nullable(True).remove_metadata() for f in arrow_schema(TABLES_BY_NAME[name])]
    return pa.schema(fields + list(ORDER_FIELDS))


@dataclass(frozen=True)
class DocumentBatch:
    """Documents (or read rejects, or files of one document still to read) numbered from ``first``:
    the unit of work sent to a worker."""

    first: int
    documents: list[SourceDocument | Reject | Input]
    registry: ActorRegistry | None = None  # known actors to apply to every article


def document_batches(documents: Iterable[SourceDocument | Reject | Input], size: int,
                     registry: ActorRegistry | None = None) -> Iterator[DocumentBatch]:
    """``documents`` in numbered batches of ``size``."""
    batch: list[SourceDocument | Reject | Input] = []
    first = 0
    for document in documents:
        batch.append(document)
        if len(batch) == size:
            yield DocumentBatch(first, batch, registry)
            first += size
            batch = []
    if batch:
        yield DocumentBatch(first, batch, registry)


def build_batch(batch: DocumentBatch) -> dict[str, pa.Table]:
    """The staged rows of a batch of documents, per table: the per-document work of a build.

    A pure function of the batch, run in worker processes or on Dask workers.
    """
    rows: dict[str, list[dict[str, Any]]] = {table.name: [] for table in TABLES}
    near_keys: list[dict[str, Any]] = []  # reduced bodies, for near-duplicate detection after staging
    for seq, item in enumerate(batch.documents, start=batch.first):
        document = read_one(item)
        result = document if isinstance(document, Reject) else build_article_or_reject(document)
        if batch.registry is not None and not isinstance(result, Reject):
            result = apply_registry(result, batch.registry)
        if isinstance(result, Reject):
            rows["rejects"].append({"source": result.source, "reason": result.reason,
                                    "position": result.position, "_seq": seq, "_idx": 0})
            continue
        rows["articles"].append({**result.article, "_seq": seq, "_idx": 0})
        fingerprint, minhash = body_key(result.article["body"])
        near_keys.append({"_seq": seq, "source": result.article["source"], "article_id": result.article["article_id"],
                          "fingerprint": fingerprint, "signature": None if minhash is None else minhash.tolist()})
        for name in CHILD_TABLES:
            rows[name].extend({**row, "_seq": seq, "_idx": idx} for idx, row in enumerate(getattr(result, name)))
    tables = {name: pa.Table.from_pylist(table_rows, schema=staging_schema(name)) for name, table_rows in rows.items()}
    tables[NEAR_KEYS] = pa.Table.from_pylist(near_keys, schema=NEAR_KEYS_SCHEMA)
    return tables


#: The extra entry of :func:`build_batch`'s result, staged like a table: each article's
#: fingerprint and MinHash signature (32-bit values), compared with the others at merge time.
NEAR_KEYS = "_near_keys"
NEAR_KEYS_SCHEMA = pa.schema([("_seq", pa.int64()), ("source", pa.string()), ("article_id", pa.string()),
                              ("fingerprint", pa.string()), ("signature", pa.list_(pa.uint32()))])
#: The near duplicates found at merge time: ``_seq``, ``source``, ``reason``.
NEAR_DUPLICATES_SCHEMA = pa.schema([("_seq", pa.int64()), ("source", pa.string()), ("reason", pa.string())])
STAGED = tuple(table.name for table in TABLES) + (NEAR_KEYS,)


def _staged_schema(name: str) -> pa.Schema:
    return NEAR_KEYS_SCHEMA if name == NEAR_KEYS else staging_schema(name)


class Stage:
    """Staged rows of every table, spilled to Parquet files under ``folder/<table>/`` as they arrive."""

    def __init__(self, folder: Path, flush_rows: int = 50_000, flush_bytes: int = 16 << 20):
        self.folder = folder
        self.flush_rows, self.flush_bytes = flush_rows, flush_bytes
        self.pending: dict[str, list[pa.Table]] = {name: [] for name in STAGED}
        self.parts: dict[str, int] = {name: 0 for name in STAGED}
        self.pending_size: dict[str, tuple[int, int]] = {}  # rows and bytes waiting, per table
        for name in STAGED:
            (folder / name).mkdir(parents=True, exist_ok=True)

    def add(self, tables: dict[str, pa.Table]) -> None:
        for name, table in tables.items():
            if table.num_rows:
                self.pending[name].append(table)
                rows, size = self.pending_size.get(name, (0, 0))
                rows, size = rows + table.num_rows, size + table.nbytes
                self.pending_size[name] = (rows, size)
                if rows >= self.flush_rows or size >= self.flush_bytes:
                    self._flush(name)

    def _flush(self, name: str) -> None:
        table = pa.concat_tables(self.pending[name]) if self.pending[name] else _staged_schema(name).empty_table()
        # Fast compression: these files live only as long as the build.
        pq.write_table(table, self.folder / name / f"part-{self.parts[name]:06d}.parquet", compression="lz4")
        self.parts[name] += 1
        self.pending[name] = []
        self.pending_size[name] = (0, 0)

    def close(self) -> None:
        """Write what is pending; every table gets at least one (possibly empty) file."""
        for name in STAGED:
            if self.pending[name] or self.parts[name] == 0:
                self._flush(name)


def _columns(name: str) -> str:
    return ", ".join(f'"{column}"' for column in TABLES_BY_NAME[name].column_names)


def sort_key(name: str) -> list[str]:
    """Columns the published table is sorted by: its primary key, then document order."""
    return [f'"{column}"' for column in TABLES_BY_NAME[name].primary_key] + list(ORDER)


class MergedCorpus:
    """The cross-corpus steps, out of core in DuckDB: duplicates, actor merge, sorting.

    Each published table becomes a DuckDB table ``final_<name>`` holding the declared
    columns plus ``_seq`` and ``_idx``; DuckDB spills to ``work`` beyond ``memory_limit``.
    """

    #: Text a single sort may hold: a quarter of DuckDB's memory (sorting needs room besides the text).
    sort_text_bytes = 64 << 20

    def __init__(self, stage: Path, work: Path, memory_limit: str = "256MB", threads: int | None = None):
        import duckdb

        work.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(str(work / "merge.duckdb"))
        self.con.execute(f"SET memory_limit = '{memory_limit}'")
        self.con.execute("SET enable_progress_bar = false")  # long merges would draw over the build's own output
        self.con.execute(f"SET temp_directory = '{work / 'spill'}'")
        if threads:
            self.con.execute(f"SET threads = {int(threads)}")
        for table in TABLES:
            files = (stage / table.name / "*.parquet").as_posix().replace("'", "''")
            self.con.execute(f"CREATE VIEW staged_{table.name} AS SELECT * FROM read_parquet('{files}')")
        keys = (stage / NEAR_KEYS / "*.parquet").as_posix().replace("'", "''")
        self.con.execute(f"CREATE VIEW staged_near_keys AS SELECT * FROM read_parquet('{keys}')")
        self._merge()

    def _merge(self) -> None:
        sql = self.con.execute
        # The document with the smallest source path keeps an article's ID; the others become rejects.
        sql("CREATE TABLE copies AS SELECT arg_min(_seq, source) AS _seq FROM staged_articles GROUP BY article_id")
        self._find_near_duplicates()
        # Near duplicates (found just above) are rejects too, though exact copies still name them.
        sql("CREATE TABLE winners AS SELECT _seq FROM copies WHERE _seq NOT IN (SELECT _seq FROM near_duplicates)")
        sql("CREATE TABLE final_articles AS SELECT * FROM staged_articles WHERE _seq IN (SELECT _seq FROM winners)")
        sql("""CREATE TABLE final_rejects AS
               SELECT source, reason, position, _seq, _idx FROM staged_rejects
               UNION ALL
               SELECT a.source, 'duplicate of ' || f.source, NULL, a._seq, 0
               FROM staged_articles a
               JOIN (SELECT * FROM staged_articles WHERE _seq IN (SELECT _seq FROM copies)) f
                 ON a.article_id IS NOT DISTINCT FROM f.article_id
               WHERE a._seq <> f._seq
               UNION ALL
               SELECT source, reason, NULL, _seq, 0 FROM near_duplicates""")
        for name in ("dates", "mentions"):
            sql(f"CREATE TABLE final_{name} AS SELECT * FROM staged_{name} WHERE _seq IN (SELECT _seq FROM winners)")
        # An actor's name is the longest met, its kind the most common; ties go to the smaller
        # value, never to document order, so the input order cannot change the output.
        sql("""CREATE TABLE final_actors AS
               WITH kept AS (SELECT * FROM staged_actors WHERE _seq IN (SELECT _seq FROM winners)),
               kinds AS (SELECT actor_id, kind, count(*) AS n FROM kept GROUP BY actor_id, kind),
               names AS (SELECT actor_id, arg_min(name, (-length(name), name)) AS name,
                                min(external_id) AS external_id
                         FROM kept GROUP BY actor_id),
               chosen AS (SELECT actor_id, arg_min(kind, (-n, kind)) AS kind FROM kinds GROUP BY actor_id)
               SELECT names.actor_id, names.name, chosen.kind, names.external_id,
                      0::BIGINT AS _seq, 0::BIGINT AS _idx
               FROM names JOIN chosen ON names.actor_id IS NOT DISTINCT FROM chosen.actor_id""")
        # A speaker is named as the actor is ("Perum BULOG" on one page, "Perum Bulog" on another: one actor, one name).
        sql("""CREATE TABLE final_quotes AS
               SELECT q.* REPLACE (coalesce(a.name, q.speaker) AS speaker)
               FROM (SELECT * FROM staged_quotes WHERE _seq IN (SELECT _seq FROM winners)) q
               LEFT JOIN final_actors a ON a.actor_id = q.actor_id""")

    def _find_near_duplicates(self) -> None:
        """The table ``near_duplicates`` (``_seq``, ``source``, ``reason``) among the articles kept so far."""
        self.con.execute("""CREATE TEMP TABLE near_keys AS SELECT _seq, source, fingerprint, signature
                            FROM staged_near_keys WHERE _seq IN (SELECT _seq FROM copies)""")
        found = pa.Table.from_pylist(near_duplicates_in_duckdb(self.con, "near_keys"), schema=NEAR_DUPLICATES_SCHEMA)
        self.con.register("near_duplicates_found", found)
        self.con.execute("CREATE TABLE near_duplicates AS SELECT * FROM near_duplicates_found")
        self.con.unregister("near_duplicates_found")
        self.con.execute("DROP TABLE near_keys")

    def plot_rows(self) -> tuple[list, list, list]:
        """What the release's plots show (see :func:`warta.datapackage.plots.draw_plots`), counted here
        rather than read back from the written tables."""
        speakers = self.con.sql("""SELECT speaker, count(*) FROM final_quotes
                                   WHERE speaker IS NOT NULL AND speaker <> '' GROUP BY speaker""").fetchall()
        return (top_speakers(dict(speakers)), months_to_periods(self._per_month("final_articles", "published")),
                months_to_periods(self._per_month("final_dates", "date")))

    def _per_month(self, table: str, column: str) -> dict[tuple[int, int], int]:
        rows = self.con.sql(f"""SELECT year("{column}"), month("{column}"), count(*) FROM {table}
                                WHERE "{column}" IS NOT NULL GROUP BY ALL""").fetchall()
        return {(year, month): count for year, month, count in rows}

    def count(self, name: str) -> int:
        return self.con.sql(f"SELECT count(*) FROM final_{name}").fetchall()[0][0]

    def newest_publication(self) -> list:
        """The newest publication date, as the list :func:`created_timestamp` expects."""
        newest = self.con.sql("SELECT max(published) FROM final_articles").fetchall()[0][0]
        return [] if newest is None else [newest]

    def sorted_batches(self, name: str, rows: int) -> Iterator[pa.Table]:
        """The published table in sorted order, as tables of exactly ``rows`` rows (the last one fewer).

        DuckDB keeps the text of the rows it sorts in memory, so a table holding more text than
        :attr:`sort_text_bytes` is sorted in ranges of its first key column, one after another.
        """
        yield from rechunk(self._sorted_ranges(name, rows), rows)

    def _sorted_ranges(self, name: str, rows: int) -> Iterator[pa.RecordBatch]:
        key = sort_key(name)
        for low, high in self._key_ranges(name, key[0]):
            conditions = [condition for condition, bound in ((f"{key[0]} >= $low", low), (f"{key[0]} < $high", high))
                          if bound is not None]
            where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
            params = {label: bound for label, bound in (("low", low), ("high", high)) if bound is not None}
            relation = self.con.sql(f"SELECT {_columns(name)} FROM final_{name}{where} ORDER BY {', '.join(key)}",
                                    params=params or None)
            # DuckDB 2 renamed fetch_record_batch to to_arrow_reader.
            reader = getattr(relation, "to_arrow_reader", None) or relation.fetch_record_batch
            yield from reader(rows)

    def _key_ranges(self, name: str, first_key: str) -> list[tuple[Any, Any]]:
        """Ranges [low, high) of the first key column, each holding about :attr:`sort_text_bytes` of
        text or less (``None``: open ended)."""
        text_columns = [f'coalesce(strlen("{column}"), 0)' for column, kind, *_ in
                        self.con.sql(f"DESCRIBE final_{name}").fetchall() if kind == "VARCHAR"]
        total = self.con.sql(f"SELECT sum({' + '.join(text_columns) or '0'}) FROM final_{name}").fetchall()[0][0] or 0
        parts = -(-int(total) // self.sort_text_bytes)
        if parts <= 1:
            return [(None, None)]
        # Cut points from a sample (exact quantiles would hold every key in memory). Where the cuts
        # fall changes only how much each sort holds, never the rows or their order.
        sample = sorted(key for (key,) in self.con.sql(
            f"SELECT {first_key} FROM final_{name} USING SAMPLE {max(1000, 50 * parts)} ROWS").fetchall())
        cuts = sorted({sample[len(sample) * index // parts] for index in range(1, parts)})
        bounds = [None, *cuts, None]
        return list(zip(bounds, bounds[1:]))

    def close(self) -> None:
        self.con.close()


def rechunk(batches: Iterable[pa.RecordBatch], rows: int) -> Iterator[pa.Table]:
    """The rows of ``batches`` regrouped into tables of exactly ``rows`` rows (the last one fewer).

    Row groups then depend only on the rows, not on how a reader happened to batch them.
    """
    pending: list[pa.RecordBatch] = []
    held = 0
    for batch in batches:
        pending.append(batch)
        held += batch.num_rows
        while held >= rows:
            table = pa.Table.from_batches(pending)
            yield table.slice(0, rows)
            rest = table.slice(rows)
            pending, held = rest.to_batches(), rest.num_rows
    if held:
        yield pa.Table.from_batches(pending)
