"""Time `warta validate` against `frictionless validate` on one generated warta package.

    python benchmarks/validate_vs_frictionless.py                # 1,000,000 quotes
    python benchmarks/validate_vs_frictionless.py --quotes 200000 --frictionless-rows 50000

The package holds every table in CSV and Parquet; `quotes` has ``--quotes`` rows. Both
validators run as command-line processes on the same package. frictionless-py reads row by
row in Python and takes minutes on a million rows, so by default it validates a slice of the
package (the same package cut to ``--frictionless-rows`` quotes) and its time is extrapolated
linearly to the full size; the output says when it does. ``--frictionless-rows 0`` runs it on
the full package. `warta validate` runs ``--repeat`` times (default 3) and its fastest run
counts, so that a busy machine does not decide the ratio; every run is printed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

from warta.config import DatasetConfig
from warta.datapackage.write import write_release
from warta.schema.arrow import arrow_schema
from warta.schema.declarations import TABLES_BY_NAME

QUOTES_PER_ARTICLE = 50
ACTORS = 1_000


def _ids(prefix: str, count: int, offset: int = 0) -> list[str]:
    return [f"{prefix}_{number:016x}" for number in range(offset, offset + count)]


def synthetic_tables(quotes: int, seed: int = 7) -> dict[str, pa.Table]:
    """warta tables that pass every check, with ``quotes`` quotes in bodies that contain them."""
    rng = np.random.default_rng(seed)
    articles = max(quotes // QUOTES_PER_ARTICLE, 1)
    actor_ids = _ids("act", ACTORS)
    actor_names = [f"Tokoh Nomor {number}" for number in range(ACTORS)]
    article_ids = _ids("art", articles)
    speakers = rng.integers(0, ACTORS, quotes)
    quote_article, starts, ends, texts, bodies = [], [], [], [], []
    per_article = np.array_split(np.arange(quotes), articles)
    for article, numbers in enumerate(per_article):
        parts, length = [], 0
        for number in numbers:
            lead = f"Menurut {actor_names[speakers[number]]}, \""
            text = f"kebijakan nomor {number} akan dibahas pekan depan"
            parts.append(lead + text + "\". ")
            starts.append(length + len(lead))
            ends.append(length + len(lead) + len(text))
            texts.append(text)
            quote_article.append(article_ids[article])
            length += len(parts[-1])
        bodies.append("".join(parts).strip())
    published = np.datetime64("2024-01-01") + rng.integers(0, 600, articles).astype("timedelta64[D]")
    tables = {
        "articles": {
            "article_id": article_ids, "source": [f"pages/{n:07d}.txt" for n in range(articles)],
            "title": [f"Berita nomor {n}" for n in range(articles)], "standfirst": [None] * articles,
            "outlet": ["Kantor Berita"] * articles, "wire": [None] * articles, "section": ["Politik"] * articles,
            "dateline": ["JAKARTA"] * articles, "published": published, "updated": [None] * articles,
            "authors": ["Redaksi; Penyunting"] * articles, "language": ["id"] * articles, "body": bodies,
        },
        "actors": {"actor_id": actor_ids, "name": actor_names, "kind": ["person"] * ACTORS,
                   "external_id": [None] * ACTORS},
        "mentions": {"article_id": article_ids, "actor_id": [actor_ids[speakers[numbers[0]]] for numbers in per_article],
                     "surface": [actor_names[speakers[numbers[0]]] for numbers in per_article],
                     "role": [None] * articles, "count": [1] * articles},
        "quotes": {"quote_id": _ids("quo", quotes), "article_id": quote_article, "kind": ["direct"] * quotes,
                   "text": texts, "speaker": [actor_names[s] for s in speakers],
                   "actor_id": [actor_ids[s] for s in speakers], "cue": [None] * quotes,
                   "start": starts, "end": ends},
        "dates": {"date_id": _ids("dat", articles), "article_id": article_ids, "text": ["Senin"] * articles,
                  "date": published, "granularity": ["day"] * articles, "part": ["header"] * articles,
                  "start": [None] * articles, "end": [None] * articles},
        "rejects": {"source": [], "reason": [], "position": []},
    }
    return {name: pa.table(columns, schema=arrow_schema(TABLES_BY_NAME[name])) for name, columns in tables.items()}


def write_package(tables: dict[str, pa.Table], folder: Path) -> Path:
    config = DatasetConfig(name="bench", title="Validation benchmark", version="1.0.0",
                           licenses=[{"name": "CC0-1.0"}])
    return write_release(tables, config, folder / config.package_name)


def run(command: list[str]) -> tuple[float, int, str]:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    return time.perf_counter() - started, done.returncode, done.stdout


def frictionless_command(package: Path) -> list[str]:
    return [sys.executable, "-m", "frictionless", "validate", "--trusted", "--json", str(package / "datapackage.json")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--frictionless-rows", type=int, default=50_000,
                        help="quotes in the slice frictionless validates (0: the full package)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of warta validate (the fastest counts)")
    parser.add_argument("--keep", type=Path, help="write the packages here and keep them")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="warta-bench-")) if args.keep is None else args.keep
    try:
        started = time.perf_counter()
        package = write_package(synthetic_tables(args.quotes), scratch / "full")
        size = sum(p.stat().st_size for p in (package / "data").iterdir())
        print(f"package: {args.quotes:,} quotes, CSV + Parquet, {size / 1e6:.0f} MB "
              f"(generated in {time.perf_counter() - started:.1f} s)")

        runs = [run([sys.executable, "-m", "warta.cli", "validate", str(package), "--format", "json"])
                for _ in range(max(args.repeat, 1))]
        warta_seconds, warta_status, warta_out = min(runs)
        report = json.loads(warta_out)
        print(f"warta validate:        {warta_seconds:8.2f} s  exit {warta_status}  valid={report['valid']}  "
              f"(fastest of {', '.join(f'{seconds:.2f}' for seconds, _, _ in runs)} s)")

        sliced = args.frictionless_rows and args.frictionless_rows < args.quotes
        if sliced:
            small = write_package(synthetic_tables(args.frictionless_rows), scratch / "slice")
            seconds, status, out = run(frictionless_command(small))
            factor = args.quotes / args.frictionless_rows
            friction_seconds = seconds * factor
            print(f"frictionless validate: {seconds:8.2f} s on a {args.frictionless_rows:,}-quote slice "
                  f"(same generator), extrapolated x{factor:.0f} to {friction_seconds:.1f} s  exit {status}  "
                  f"valid={json.loads(out)['valid']}")
        else:
            friction_seconds, status, out = run(frictionless_command(package))
            print(f"frictionless validate: {friction_seconds:8.2f} s  exit {status}  valid={json.loads(out)['valid']}")
        note = " (frictionless time extrapolated from the slice)" if sliced else ""
        print(f"ratio: warta validate is {friction_seconds / warta_seconds:.0f}x faster{note}")
    finally:
        if args.keep is None:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
