"""How long `warta.load` takes per engine, against reading the same Parquet files raw.

    python benchmarks/load.py [--scale 2000]

Builds the sample corpus, writes a release whose tables repeat the sample's rows ``scale``
times, then times (best of 3) ``pyarrow.parquet.read_table`` over every file — the
reference — and ``warta.load`` with each engine and format. Prints seconds and the ratio to
the reference; nothing is asserted.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from warta.build.run import build
from warta.config import load_config
from warta.datapackage.descriptor import package_descriptor
from warta.datapackage.load import load
from warta.datapackage.write import write_json, write_tables

ROOT = Path(__file__).resolve().parents[1]


def best_of(runs: int, function) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def scaled_release(folder: Path, scale: int) -> tuple[Path, int]:
    sample = build([ROOT / "corpus"], folder / "sample")
    tables = {name: pa.concat_tables([table] * scale) for name, table in sample.tables.items()}
    root = folder / "scaled"
    write_tables(tables, root)
    write_json(package_descriptor(load_config(ROOT / "corpus"), root, "2025-01-01T00:00:00Z"),
               root / "datapackage.json")
    return root, sum(table.num_rows for table in tables.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, default=2000, help="copies of the sample's rows")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root, rows = scaled_release(Path(scratch), args.scale)
        files = sorted((root / "data").glob("*.parquet"))
        reference = best_of(3, lambda: [pq.read_table(path) for path in files])
        print(f"{rows} rows in {len(files)} tables; reference pyarrow read_table: {reference:.3f} s")
        for engine in ("arrow", "pandas", "polars"):
            for format in ("parquet", "csv"):
                seconds = best_of(3, lambda: load(root, engine=engine, format=format))
                print(f"warta.load engine={engine:<6} format={format:<7} {seconds:.3f} s  "
                      f"{seconds / reference:.1f}x reference")


if __name__ == "__main__":
    main()
