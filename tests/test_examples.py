"""The scripts in examples/, run as a reader would run them, on a built release."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections import Counter, defaultdict

from tests.conftest import ROOT

EXAMPLES = ROOT / "examples"


def run_example(name: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(EXAMPLES / name), *args], capture_output=True, text=True)


def tsv_rows(text: str) -> list[dict[str, str]]:
    lines = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    return list(csv.DictReader(io.StringIO(lines), delimiter="\t"))


def test_most_quoted(sample_release, sample_tables):
    completed = run_example("most_quoted.py", str(sample_release.path))
    assert completed.returncode == 0, completed.stderr
    quotes = [row for row in sample_tables["quotes"].to_pylist() if row["speaker"]]
    counts = Counter(row["speaker"] for row in quotes)
    articles = defaultdict(set)
    for row in quotes:
        articles[row["speaker"]].add(row["article_id"])
    expected = sorted(counts, key=lambda speaker: (-counts[speaker], speaker))
    rows = tsv_rows(completed.stdout)
    assert [row["speaker"] for row in rows] == expected
    assert [(int(row["quotes"]), int(row["articles"])) for row in rows] == \
        [(counts[speaker], len(articles[speaker])) for speaker in expected]


def test_most_quoted_top_limits_the_rows(sample_release):
    completed = run_example("most_quoted.py", str(sample_release.path), "--top", "1")
    assert completed.returncode == 0, completed.stderr
    assert len(tsv_rows(completed.stdout)) == 1


def test_actor_quotes_over_time(sample_release, sample_tables):
    published = {row["article_id"]: row["published"] for row in sample_tables["articles"].to_pylist()}
    speakers = sorted({s for s in sample_tables["quotes"].column("speaker").to_pylist() if s})
    assert speakers, "the sample should have attributed quotes"
    speaker = speakers[-1]  # not the default (most quoted, first by name) when there are ties
    quotes = [row for row in sample_tables["quotes"].to_pylist() if row["speaker"] == speaker]
    completed = run_example("actor_quotes_over_time.py", str(sample_release.path), speaker)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith(f"# {speaker}: {len(quotes)} quote(s)\n")
    rows = tsv_rows(completed.stdout)
    assert sorted(row["text"] for row in rows) == sorted(row["text"] for row in quotes)
    dates = [row["published"] for row in rows]
    assert dates == sorted(dates)
    assert set(dates) == {published[row["article_id"]].isoformat() for row in quotes}


def test_actor_quotes_over_time_defaults_to_the_most_quoted(sample_release, sample_tables):
    counts = Counter(s for s in sample_tables["quotes"].column("speaker").to_pylist() if s)
    top = sorted(counts, key=lambda speaker: (-counts[speaker], speaker))[0]
    completed = run_example("actor_quotes_over_time.py", str(sample_release.path))
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith(f"# {top}: {counts[top]} quote(s)\n")
    unknown = run_example("actor_quotes_over_time.py", str(sample_release.path), "Nobody At All")
    assert unknown.returncode == 1 and "no quotes of 'Nobody At All'" in unknown.stderr


def test_dates_per_article(sample_release, sample_tables):
    completed = run_example("dates_per_article.py", str(sample_release.path))
    assert completed.returncode == 0, completed.stderr
    rows = {row["article_id"]: row for row in tsv_rows(completed.stdout)}
    assert set(rows) == set(sample_tables["articles"].column("article_id").to_pylist())
    dates = sample_tables["dates"].to_pylist()
    for article_id, row in rows.items():
        mine = [date for date in dates if date["article_id"] == article_id]
        resolved = [date["date"] for date in mine if date["date"]]
        assert int(row["mentions"]) == len(mine)
        assert int(row["in_body"]) == sum(date["part"] == "body" for date in mine)
        assert int(row["unresolved"]) == len(mine) - len(resolved)
        assert row["earliest"] == (min(resolved).isoformat() if resolved else "")
        assert row["latest"] == (max(resolved).isoformat() if resolved else "")
