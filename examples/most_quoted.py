"""Who is quoted most: attributed quotes per speaker, with the number of articles quoting them.

    python examples/most_quoted.py dist/warta-sample-0.1.0 [--top 10]

Uses pandas through ``warta.load``; prints tab-separated rows with a header.
"""

from __future__ import annotations

import argparse

import warta


def most_quoted(release_path: str, top: int = 10):
    """A frame of speaker, quotes and articles, most quoted first (ties by name)."""
    quotes = warta.load(release_path, tables=["quotes"]).quotes
    attributed = quotes.dropna(subset=["speaker"])
    counts = (attributed.groupby("speaker")
              .agg(quotes=("quote_id", "size"), articles=("article_id", "nunique"))
              .reset_index()
              .sort_values(["quotes", "speaker"], ascending=[False, True]))
    return counts.head(top)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("release", help="a release folder, its datapackage.json, or a .zip")
    parser.add_argument("--top", type=int, default=10, help="how many speakers to show")
    args = parser.parse_args(argv)
    print(most_quoted(args.release, args.top).to_csv(sep="\t", index=False), end="")


if __name__ == "__main__":
    main()
