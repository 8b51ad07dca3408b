"""Benchmarks of the build: throughput, memory, scaling, writing cost, date extraction.

    pip install -e '.[bench]'
    python benchmarks/bench.py                 # N = 1k and 10k
    python benchmarks/bench.py --large         # and 100k
    python benchmarks/bench.py --sizes 1000000 # by hand: 1M pages (disk: ~5 GB)

Every figure is measured here, against a reference run in the same process where there is
one; nothing is asserted. Corpora come from benchmarks/synthetic.py and are generated
outside the timings. Each build runs in a fresh process, watched with psutil: peak memory
of the build and its workers together, and the CPU seconds they used (wall-clock figures
suffer when other programs share the cores; CPU seconds much less).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def one_build(source: Path, output: Path, jobs: int | None) -> dict:
    """Run in a child process: build, and report seconds in all and per phase."""
    from warta.build.run import build

    start = time.time()  # the clock the watching process shares
    marks = [("staging", start)]
    result = build([source], output, jobs=jobs, phase=lambda name: marks.append((name, time.time())))
    marks.append(("", time.time()))
    return {"seconds": marks[-1][1] - start, "counts": result.counts, "marks": marks}


def phase_figures(marks: list, samples: list[tuple[float, float, float]]) -> dict[str, tuple[float, float]]:
    """(seconds, peak MB of the build and its workers) per phase; the validating steps of every table as one."""
    phases: dict[str, tuple[float, float]] = {}
    for (name, began), (_, ended) in zip(marks, marks[1:]):
        key = "validating and writing" if name.startswith("validating") else name
        peak = max((tree for moment, _, tree in samples if began <= moment <= ended), default=0.0)
        seconds, highest = phases.get(key, (0.0, 0.0))
        phases[key] = (seconds + ended - began, max(highest, peak))
    return phases


def timed_build(source: Path, output: Path, jobs: int | None, interval: float = 0.2) -> dict:
    """:func:`one_build` in a fresh process, watched from here: the peak memory of that process and
    of every process under it (the workers), and the CPU seconds they all used.

    Memory is sampled every ``interval`` seconds as RSS (counting shared pages once per process:
    an upper bound) and, where the system gives it, PSS (shared pages split among their users).
    """
    import psutil

    code = ("import json, sys; sys.path.insert(0, %r); from bench import one_build; from pathlib import Path; "
            "print(json.dumps(one_build(Path(%r), Path(%r), %r)))" % (str(HERE), str(source), str(output), jobs))
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    main = psutil.Process(child.pid)
    peak = {"rss_main_mb": 0.0, "rss_tree_mb": 0.0, "pss_tree_mb": 0.0}
    cpu: dict[int, float] = {}
    samples: list[tuple[float, float, float]] = []
    while child.poll() is None:
        rss = pss = 0.0
        try:
            processes = [main] + main.children(recursive=True)
        except psutil.Error:
            break
        for process in processes:
            try:
                with process.oneshot():
                    memory = process.memory_full_info()
                    times = process.cpu_times()
            except psutil.Error:
                continue
            rss += memory.rss
            pss += getattr(memory, "pss", memory.rss)
            cpu[process.pid] = times.user + times.system
            if process.pid == child.pid:
                peak["rss_main_mb"] = max(peak["rss_main_mb"], memory.rss / 2**20)
        samples.append((time.time(), 0.0, rss / 2**20))
        peak["rss_tree_mb"] = max(peak["rss_tree_mb"], rss / 2**20)
        peak["pss_tree_mb"] = max(peak["pss_tree_mb"], pss / 2**20)
        time.sleep(interval)
    stdout, stderr = child.communicate()
    if child.returncode:
        raise RuntimeError(f"the build failed:\n{stderr}")
    run = json.loads(stdout.strip().splitlines()[-1])
    return {**run, **peak, "cpu_seconds": sum(cpu.values()), "cpu_main_seconds": cpu.get(child.pid, 0.0),
            "phases": phase_figures(run["marks"], samples)}


def writing(release: Path, scratch: Path, repeat: int = 3) -> tuple[float, float, float]:
    """Seconds to write the same tables as Parquet+CSV: (warta's streaming writer, one raw pyarrow
    write_table + write_csv per table with warta's Parquet options, the same with pyarrow's defaults)."""
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    from warta.datapackage.write import PARQUET_OPTIONS, TableWriter, row_group_rows
    from warta.schema.declarations import TABLES

    tables = {t.name: pq.read_table(release / "data" / f"{t.name}.parquet") for t in TABLES}
    scratch.mkdir(parents=True, exist_ok=True)

    def ours() -> None:
        for table in TABLES:
            data, step = tables[table.name], row_group_rows(table.name)
            with TableWriter(table, scratch / "ours") as writer:
                for offset in range(0, data.num_rows, step):
                    writer.write(data.slice(offset, step))

    def raw(options: dict) -> None:
        for name, data in tables.items():
            pq.write_table(data, scratch / f"{name}.parquet", **options)
            pacsv.write_csv(data, scratch / f"{name}.csv")

    def best(fn) -> float:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return min(times)

    return best(ours), best(lambda: raw(PARQUET_OPTIONS)), best(lambda: raw({}))


def date_extraction(folder: Path, pages: int = 300) -> tuple[float, float | None]:
    """Per-page seconds of warta's find_dates and of dateparser.search_dates on the same pages."""
    from warta.build.extract.dates import find_dates
    from warta.build.lexicon import detect_language, load_lexicon

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))[:pages]]
    texts = [t for t in texts if t.strip()]
    languages = [detect_language(t) for t in texts]
    lexicons = {code: load_lexicon(code) for code in set(languages)}
    start = time.perf_counter()
    for text, code in zip(texts, languages):
        find_dates(text, lexicons[code])
    ours = (time.perf_counter() - start) / len(texts)
    try:
        from dateparser.search import search_dates
    except ImportError:
        return ours, None
    search_dates(texts[0], languages=[languages[0]])  # load its data outside the timing
    start = time.perf_counter()
    for text, code in zip(texts, languages):
        search_dates(text, languages=[code])
    return ours, (time.perf_counter() - start) / len(texts)


def extraction_only(folder: Path, pages: int = 300) -> float:
    """Pages per second of build_article alone, on one core, in this process: the reference."""
    from warta.build.article import build_article
    from warta.sources import read_sources

    documents = [d for d, _ in zip(read_sources([folder]), range(pages)) if hasattr(d, "text")]
    build_article(documents[0])
    start = time.perf_counter()
    for document in documents:
        build_article(document)
    return len(documents) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmarks of warta build.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--large", action="store_true", help="add N = 100,000")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: every core)")
    parser.add_argument("--workdir", type=Path, default=None, help="where corpora and releases go")
    args = parser.parse_args()
    sizes = sorted(set(args.sizes + ([100_000] if args.large else [])))

    import synthetic
    from warta.build.executors import available_cores

    jobs = args.jobs or available_cores()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="warta-bench-"))
    print(f"cores used: {jobs}; work folder: {work}")
    runs = {}
    for n in sizes:
        corpus = work / f"corpus-{n}"
        if not (corpus / "warta.toml").exists():
            synthetic.generate(n, corpus, seed=1)
        runs[n] = timed_build(corpus, work / f"out-{n}", jobs)
        run = runs[n]
        print(f"N={n:>9,}: {run['seconds']:8.1f} s  {n / run['seconds']:8.0f} pages/s  "
              f"{n / run['seconds'] / jobs:6.0f} pages/s/core  CPU {run['cpu_seconds']:7.1f} s "
              f"(build process {run['cpu_main_seconds']:.1f} s) "
              f"({n / max(run['cpu_seconds'], 1e-9):5.0f} pages per CPU second)  peak memory: build process "
              f"{run['rss_main_mb']:5.0f} MB RSS, with its workers {run['rss_tree_mb']:5.0f} MB RSS / "
              f"{run['pss_tree_mb']:5.0f} MB PSS")
        print("    phases (seconds, peak RSS MB with workers): " + ", ".join(
            f"{name} {seconds:.2f} s {peak:.0f} MB" for name, (seconds, peak) in run["phases"].items()))
    for small, large in zip(sizes, sizes[1:]):
        ratio = runs[large]["seconds"] / runs[small]["seconds"]
        cpu = runs[large]["cpu_seconds"] / runs[small]["cpu_seconds"]
        print(f"time ratio N={large:,} / N={small:,}: {ratio:.2f} (CPU {cpu:.2f}) for {large / small:.0f}x pages")

    largest = sizes[-1]  # the least start-up cost per page
    reference = extraction_only(work / f"corpus-{largest}")
    print(f"extraction alone (build_article, one core, in process): {reference:.0f} pages/s "
          f"-> end to end per core at N={largest:,} / extraction alone: "
          f"{largest / runs[largest]['seconds'] / jobs / reference:.2f}")

    largest = sizes[-1]
    release = next((work / f"out-{largest}").iterdir())
    ours, same_options, defaults = writing(release, work / "writing")
    print(f"writing the N={largest:,} tables as Parquet+CSV: warta {ours:.2f} s; raw pyarrow, same options "
          f"{same_options:.2f} s (ratio {ours / same_options:.2f}); raw pyarrow, default options (snappy) "
          f"{defaults:.2f} s (ratio {ours / defaults:.2f})")

    ours, theirs = date_extraction(work / f"corpus-{sizes[0]}")
    line = f"date extraction per page: warta find_dates {ours * 1e6:.0f} µs"
    if theirs is None:
        line += "; dateparser not installed (pip install -e '.[bench]')"
    else:
        line += f", dateparser.search_dates {theirs * 1e6:.0f} µs (dateparser / warta: {theirs / ours:.0f}x)"
    print(line)


if __name__ == "__main__":
    main()
