"""The quotes of one actor over time: each quote with the publication date of its article.

    python examples/actor_quotes_over_time.py dist/warta-sample-0.1.0 ["Dmitry Peskov"]

Without a name, the most quoted actor. Uses polars through ``warta.load`` (``pip install
'warta[polars]'``); prints tab-separated rows (published, title, quote) oldest first.
"""

from __future__ import annotations

import argparse

import polars as pl

import warta


def actor_quotes(release_path: str, actor: str | None = None) -> tuple[str, pl.DataFrame]:
    """(actor name, frame of published, title, text) for the actor's quotes, oldest first."""
    release = warta.load(release_path, engine="polars", tables=["quotes", "actors", "articles"])
    quotes = release.quotes.join(release.actors.select("actor_id", "name"), on="actor_id")
    if actor is None:
        counts = quotes.group_by("name").len().sort(["len", "name"], descending=[True, False])
        if counts.is_empty():
            raise SystemExit("no attributed quotes in this release")
        actor = counts["name"][0]
    chosen = quotes.filter(pl.col("name") == actor)
    if chosen.is_empty():
        raise SystemExit(f"no quotes of {actor!r} in this release")
    dated = (chosen.join(release.articles.select("article_id", "published", "title"), on="article_id")
             .sort(["published", "article_id", "start"], nulls_last=True)
             .select("published", "title", "text"))
    return actor, dated


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("release", help="a release folder, its datapackage.json, or a .zip")
    parser.add_argument("actor", nargs="?", help="the actor's canonical name (default: the most quoted)")
    args = parser.parse_args(argv)
    actor, quotes = actor_quotes(args.release, args.actor)
    print(f"# {actor}: {quotes.height} quote(s)")
    print(quotes.write_csv(separator="\t"), end="")


if __name__ == "__main__":
    main()
