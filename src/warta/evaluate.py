"""Score extraction against hand annotations (the gold format of ``eval-dev/GOLD-FORMAT.md``).

Each gold file ``<id>.json`` annotates the page ``<id>.txt``. Articles are matched to gold
files by the stem of their source path. Scores are per page and over all pages:

- title, outlet, publication date, dateline: accuracy (an empty value matches an empty gold);
- quotes: precision, recall and F1 of quote texts (one-to-one, after normalising spaces and
  outer punctuation; a text that contains the other and is at most 10% longer also matches);
  speaker accuracy over the matched quotes;
- dates: precision, recall and F1 of the expressions as written; value accuracy over matches
  (the gold value at its granularity: ``2025``, ``2025-02``, ``2025-02-13``);
- people: precision, recall and F1 of the canonical names of persons.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa


@dataclass
class Counts:
    """True positives and the sizes of both sides, for precision, recall and F1."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else (1.0 if not self.gold else None)

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else (1.0 if not self.predicted else None)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def merge(self, other: Ratio) -> None:
        self.correct += other.correct
        self.total += other.total

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


FIELDS = ("title", "outlet", "published", "dateline")


@dataclass
class PageScore:
    """Scores of one page (or, summed, of all pages)."""

    page: str
    fields: dict[str, Ratio] = field(default_factory=lambda: {name: Ratio() for name in FIELDS})
    quotes: Counts = field(default_factory=Counts)
    speakers: Ratio = field(default_factory=Ratio)
    dates: Counts = field(default_factory=Counts)
    date_values: Ratio = field(default_factory=Ratio)
    people: Counts = field(default_factory=Counts)
    errors: list[str] = field(default_factory=list)

    def merge(self, other: PageScore) -> None:
        for name in FIELDS:
            self.fields[name].merge(other.fields[name])
        self.quotes.add(other.quotes)
        self.speakers.merge(other.speakers)
        self.dates.add(other.dates)
        self.date_values.merge(other.date_values)
        self.people.add(other.people)

    def figures(self) -> dict[str, float | None]:
        figures: dict[str, float | None] = {f"{name}_accuracy": ratio.value for name, ratio in self.fields.items()}
        figures.update({
            "quote_precision": self.quotes.precision, "quote_recall": self.quotes.recall, "quote_f1": self.quotes.f1,
            "speaker_accuracy": self.speakers.value,
            "date_precision": self.dates.precision, "date_recall": self.dates.recall, "date_f1": self.dates.f1,
            "date_value_accuracy": self.date_values.value,
            "people_precision": self.people.precision, "people_recall": self.people.recall,
            "people_f1": self.people.f1,
        })
        return figures


@dataclass
class Evaluation:
    pages: list[PageScore]
    overall: PageScore
    missing: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {
            "overall": _rounded(self.overall.figures()),
            "pages": {page.page: {**_rounded(page.figures()), "errors": page.errors} for page in self.pages},
            "missing": self.missing,
        }


def _rounded(figures: Mapping[str, float | None]) -> dict[str, float | None]:
    return {key: (round(value, 4) if value is not None else None) for key, value in figures.items()}


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _quote_norm(text: str) -> str:
    return _norm(text).strip(" ,.;:!?\"'“”‘’")


def _quotes_match(predicted: str, gold: str) -> bool:
    a, b = _quote_norm(predicted), _quote_norm(gold)
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return bool(shorter) and shorter in longer and len(longer) <= 1.1 * len(shorter)


def _match(predicted: list[Any], gold: list[Any], same) -> list[tuple[int, int]]:
    """One-to-one matches in order: each gold item takes the first unmatched equal prediction."""
    used: set[int] = set()
    pairs = []
    for g_index, g in enumerate(gold):
        for p_index, p in enumerate(predicted):
            if p_index not in used and same(p, g):
                used.add(p_index)
                pairs.append((p_index, g_index))
                break
    return pairs


def _date_value(value: dt.date | None, granularity: str) -> str | None:
    if value is None:
        return None
    if granularity == "year":
        return f"{value.year:04d}"
    if granularity == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def score_page(page: str, gold: Mapping[str, Any], article: Mapping[str, Any] | None,
               quotes: list[Mapping[str, Any]], dates: list[Mapping[str, Any]], people: list[str]) -> PageScore:
    """Compare one article's rows with its gold annotation."""
    score = PageScore(page)
    article = article or {}
    for name in FIELDS:
        predicted = article.get(name)
        if isinstance(predicted, dt.date):
            predicted = predicted.isoformat()
        ok = _norm(predicted) == _norm(gold.get(name))
        score.fields[name].add(ok)
        if not ok:
            score.errors.append(f"{name}: {predicted!r} ≠ {gold.get(name)!r}")

    gold_quotes = gold.get("quotes", [])
    pairs = _match([q["text"] for q in quotes], [q["text"] for q in gold_quotes], _quotes_match)
    score.quotes = Counts(len(pairs), len(quotes), len(gold_quotes))
    for p_index, g_index in pairs:
        ok = _norm(quotes[p_index].get("speaker")) == _norm(gold_quotes[g_index].get("speaker"))
        score.speakers.add(ok)
        if not ok:
            score.errors.append(f"speaker of {gold_quotes[g_index]['text'][:40]!r}: "
                                f"{quotes[p_index].get('speaker')!r} ≠ {gold_quotes[g_index].get('speaker')!r}")
    matched_gold = {g for _, g in pairs}
    matched_pred = {p for p, _ in pairs}
    score.errors += [f"missed quote {q['text'][:50]!r}" for i, q in enumerate(gold_quotes) if i not in matched_gold]
    score.errors += [f"extra quote {q['text'][:50]!r}" for i, q in enumerate(quotes) if i not in matched_pred]

    gold_dates = gold.get("dates", [])
    pairs = _match([d["text"] for d in dates], [d["text"] for d in gold_dates], lambda p, g: _norm(p) == _norm(g))
    score.dates = Counts(len(pairs), len(dates), len(gold_dates))
    for p_index, g_index in pairs:
        predicted = _date_value(dates[p_index].get("date"), dates[p_index].get("granularity", "day"))
        ok = predicted == gold_dates[g_index].get("value")
        score.date_values.add(ok)
        if not ok:
            score.errors.append(f"date {gold_dates[g_index]['text']!r}: {predicted} ≠ {gold_dates[g_index].get('value')}")
    matched_gold = {g for _, g in pairs}
    matched_pred = {p for p, _ in pairs}
    score.errors += [f"missed date {d['text']!r}" for i, d in enumerate(gold_dates) if i not in matched_gold]
    score.errors += [f"extra date {d['text']!r}" for i, d in enumerate(dates) if i not in matched_pred]

    gold_people = {_norm(name) for name in gold.get("people", [])}
    predicted_people = {_norm(name) for name in people}
    score.people = Counts(len(gold_people & predicted_people), len(predicted_people), len(gold_people))
    score.errors += [f"missed person {name!r}" for name in sorted(gold_people - predicted_people)]
    score.errors += [f"extra person {name!r}" for name in sorted(predicted_people - gold_people)]
    return score


def load_gold(folder: Path) -> dict[str, dict[str, Any]]:
    """Gold annotations by page id (the stem of their file name)."""
    gold = {}
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise ValueError(f"{path}: not a gold annotation: {error}") from None
        if isinstance(data, dict) and "quotes" in data:
            gold[path.stem] = data
    return gold


def evaluate_tables(tables: Mapping[str, pa.Table], gold: Mapping[str, Mapping[str, Any]]) -> Evaluation:
    """Score built tables against gold annotations matched by source file stem."""
    articles = {Path(row["source"]).stem: row for row in tables["articles"].to_pylist()}
    by_article: dict[str, dict[str, list]] = {}
    for name in ("quotes", "dates"):
        for row in tables[name].to_pylist():
            by_article.setdefault(row["article_id"], {}).setdefault(name, []).append(row)
    kinds = {row["actor_id"]: (row["name"], row["kind"]) for row in tables["actors"].to_pylist()}
    for row in tables["mentions"].to_pylist():
        name, kind = kinds[row["actor_id"]]
        if kind == "person":
            by_article.setdefault(row["article_id"], {}).setdefault("people", []).append(name)
    pages, missing = [], []
    overall = PageScore("overall")
    for page_id, annotation in sorted(gold.items()):
        article = articles.get(page_id)
        if article is None:
            missing.append(page_id)
        rows = by_article.get(article["article_id"], {}) if article else {}
        quotes = sorted((q for q in rows.get("quotes", []) if q.get("kind", "direct") == "direct"),
                        key=lambda q: q["start"])
        score = score_page(page_id, annotation, article, quotes, rows.get("dates", []), rows.get("people", []))
        pages.append(score)
        overall.merge(score)
    return Evaluation(pages, overall, missing)


def evaluate(gold_folder: Path, sources: Iterable[Path] | None = None) -> Evaluation:
    """Build the sources (default: the pages beside the gold files) and score them."""
    from warta.build.corpus import build_tables
    from warta.sources import read_sources

    gold = load_gold(gold_folder)
    if sources:
        paths = list(sources)
    else:
        paths = [path for path in sorted(gold_folder.iterdir())
                 if path.suffix != ".json" and path.stem in gold and path.is_file()]
    tables = build_tables(read_sources(paths))
    return evaluate_tables(tables, gold)


def evaluate_release(gold_folder: Path, release: Path) -> Evaluation:
    """Score an already built release folder against gold annotations."""
    import pyarrow.parquet as pq

    tables = {name: pq.read_table(release / "data" / f"{name}.parquet")
              for name in ("articles", "quotes", "dates", "actors", "mentions")}
    return evaluate_tables(tables, load_gold(gold_folder))

