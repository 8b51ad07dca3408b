"""Per-page cost of extraction (``build_article``), stage by stage, on a synthetic corpus.

    python benchmarks/extraction.py                      # 2,000 synthetic pages, this checkout
    python benchmarks/extraction.py --reference main     # and the same on a git revision, with ratios
    python benchmarks/extraction.py --pages 10000 --repeat 5
    python benchmarks/extraction.py --corpus tests/fresh_pages --reference main   # realistic pages instead

Each stage runs over every page on its own, with its inputs (the segmented page, the actors)
prepared outside its timing, and with extraction's memos of lines and names emptied first; the best of ``--repeat`` rounds is kept, in CPU time of this
process (``time.process_time``), so that other work on the machine disturbs the figures less. ``total`` is
``build_article`` end to end, so it also holds what no stage covers (IDs, row assembly).
With ``--reference REV`` the same measurement runs in a child process on the sources of
``REV`` (taken with ``git archive``), on the same pages, and the ratios are printed.
Nothing is asserted.

Recorded on the development machine (2,000 pages, one core, ``--reference main`` at 2d6ddb7,
before the speed work), ms per page, main → this branch: segment 0.53 → 0.21, dates 0.18 → 0.16,
metadata 0.06 → 0.05, actors 0.41 → 0.25, quotes 0.16 → 0.12; total 1.68 → 0.99 (1.7x).
Three quarters of the synthetic pages' lines recur (furniture, templated sentences), which the
memo of line labels in segmentation profits from; real sites repeat their furniture, not their
prose, so expect less of the segmentation gain there.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAGES = ("language", "segment", "dates", "metadata", "actors", "quotes", "total")


def measure(folder: Path, repeat: int) -> dict[str, float]:
    """ms per page of every stage, on the documents under ``folder``, with the warta on sys.path."""
    from warta.build import article
    from warta.build.extract.actors import find_actors
    from warta.build.extract.dates import find_dates, is_date_line
    from warta.build.extract.metadata import authors, credits, header_dates, published_from_body, year_hint
    from warta.build.extract.quotes import find_quotes, find_reported_speech
    from warta.build.lexicon import detect_language, load_lexicon
    from warta.build.segment import segment
    from warta.sources import SourceDocument, read_sources

    documents = [doc for doc in read_sources([folder]) if isinstance(doc, SourceDocument)]
    lexicons = [load_lexicon(detect_language(doc.text)) for doc in documents]
    pages = [segment(doc.text, lex, lambda text, lex=lex: is_date_line(text, lex))
             for doc, lex in zip(documents, lexicons)]
    pairs = list(zip(pages, lexicons))
    found = [article._unique_captions(article._page_dates(page, lex), page) for page, lex in pairs]
    actors = [find_actors(page.body, lex) for page, lex in pairs]

    def language() -> None:
        for doc in documents:
            load_lexicon(detect_language(doc.text))

    def segmenting() -> None:
        for doc, lex in zip(documents, lexicons):
            segment(doc.text, lex, lambda text: is_date_line(text, lex))

    def dates() -> None:
        for page, lex in pairs:
            article._unique_captions(article._page_dates(page, lex), page)
            if page.dateline_text:
                find_dates(page.dateline_text, lex)

    def metadata() -> None:
        for (page, lex), mentions in zip(pairs, found):
            hint = year_hint([m for _, m in mentions])
            header_dates(page, lex)
            published_from_body([m for part, m in mentions if part != "header"], hint)
            credits(page, lex)
            authors(page, lex)

    def finding_actors() -> None:
        for page, lex in pairs:
            find_actors(page.body, lex)

    def quotes() -> None:
        for (page, lex), people in zip(pairs, actors):
            direct = find_quotes(page.body, people, lex)
            find_reported_speech(page.body, people, lex, direct)

    def total() -> None:
        for doc in documents:
            article.build_article(doc)

    stages = dict(zip(STAGES, (language, segmenting, dates, metadata, finding_actors, quotes, total)))
    figures = {}
    for name, run in stages.items():
        best = float("inf")
        for _ in range(repeat):
            forget_memos()
            start = time.process_time()
            run()
            best = min(best, time.process_time() - start)
        figures[name] = 1000 * best / len(documents)
    figures["pages"] = len(documents)
    return figures


def forget_memos() -> None:
    """Empty extraction's bounded memos (lines, names), so that every round starts as a fresh
    process would; the per-language caches of compiled patterns are kept."""
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("warta.build") or module is None:
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if info is not None and info().maxsize is not None:
                value.cache_clear()


def measure_revision(revision: str, folder: Path, repeat: int) -> dict[str, float]:
    """The same measurement on the sources of a git revision, in a child process."""
    root = Path(subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=HERE, capture_output=True,
                               text=True, check=True).stdout.strip())
    with tempfile.TemporaryDirectory() as scratch:
        archive = Path(scratch) / "src.tar"
        subprocess.run(["git", "archive", "-o", str(archive), revision, "src"], cwd=root, check=True)
        with tarfile.open(archive) as tar:
            tar.extractall(scratch, filter="data")
        code = ("import json, sys; sys.path.insert(0, %r); sys.path.insert(0, %r); from extraction import measure; "
                "from pathlib import Path; print(json.dumps(measure(Path(%r), %d)))"
                % (str(HERE), str(Path(scratch) / "src"), str(folder), repeat))
        completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(completed.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--reference", metavar="REV", help="git revision to compare with (e.g. main)")
    parser.add_argument("--corpus", type=Path, metavar="DIR",
                        help="measure the pages under DIR (e.g. tests/fresh_pages) instead of synthetic ones")
    args = parser.parse_args()

    sys.path.insert(0, str(HERE))
    from synthetic import generate

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "corpus"
        if args.corpus:
            folder.mkdir()
            for page in sorted(args.corpus.resolve().glob("*.txt")):  # (not the annotations beside them)
                (folder / page.name).write_bytes(page.read_bytes())
        else:
            generate(args.pages, folder, seed=args.seed)
        ours = measure(folder, args.repeat)
        reference = measure_revision(args.reference, folder, args.repeat) if args.reference else None

    kind = f"pages of {args.corpus}" if args.corpus else "synthetic pages"
    print(f"extraction, ms per page ({ours['pages']} {kind}, best of {args.repeat})")
    header = f"{'stage':<10}{'this':>9}"
    if reference:
        header += f"{args.reference:>12}{'speed-up':>10}"
    print(header)
    for stage in STAGES:
        row = f"{stage:<10}{ours[stage]:>9.3f}"
        if reference:
            row += f"{reference[stage]:>12.3f}{reference[stage] / ours[stage]:>9.2f}x"
        print(row)
    print(f"pages/s on one core: {1000 / ours['total']:.0f}"
          + (f" (reference {1000 / reference['total']:.0f})" if reference else ""))


if __name__ == "__main__":
    main()
