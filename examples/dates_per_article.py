"""Date mentions per article: how many, where on the page, and the span of time they cover.

    python examples/dates_per_article.py dist/warta-sample-0.1.0

Uses SQL over the release (DuckDB, as ``warta sql`` does); prints tab-separated rows.
"""

from __future__ import annotations

import argparse
import csv
import sys

from warta.datapackage.sql import run_sql

QUERY = """
SELECT a.article_id,
       a.published,
       count(d.date_id)                           AS mentions,
       count(d.date_id) FILTER (d.part = 'body')  AS in_body,
       count(d.date_id) FILTER (d.date IS NULL)   AS unresolved,
       min(d.date)                                AS earliest,
       max(d.date)                                AS latest
FROM articles a LEFT JOIN dates d USING (article_id)
GROUP BY a.article_id, a.published
ORDER BY mentions DESC, a.article_id
"""


def dates_per_article(release_path: str):
    """An Arrow table: one row per article with its date-mention counts and span."""
    return run_sql(release_path, QUERY)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("release", help="a release folder, its datapackage.json, or a .zip")
    args = parser.parse_args(argv)
    result = dates_per_article(args.release)
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow(result.column_names)
    for row in zip(*(column.to_pylist() for column in result.columns)):
        writer.writerow("" if value is None else value for value in row)


if __name__ == "__main__":
    main()
