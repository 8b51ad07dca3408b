"""The ``warta`` command: a thin click layer over the library.

Heavy modules (pyarrow, pandas, pandera, frictionless) are imported inside the commands so
that ``warta --help`` answers at once.

Exit codes: 0 success, 1 validation failed, 2 usage or input error.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import click

from warta import __version__

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _console(stderr: bool = True):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def fail(message: str, code: int = EXIT_USAGE) -> None:
    """Print an error (no traceback) and exit with ``code``."""
    _console().print(f"[bold red]error:[/] {message}")
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="warta")
def cli() -> None:
    """Turn a folder of news pages into a versioned, validated Frictionless Data Package.

    \b
    Example:
        warta build                      # build the sample corpus in ./corpus into ./dist
        warta build pages/ -o releases/  # build your own folder of pages
    """


@cli.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=Path("dist"),
              show_default=True, help="Folder the release is written into, as <name>-<version>/.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for the per-page work (default: every core); with --executor dask "
                   "and no --scheduler, the workers of the local Dask cluster.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where the per-page work runs: this machine, or a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Address of the Dask scheduler (e.g. tcp://10.0.0.5:8786); needs --executor dask.")
@click.option("--actors", "actors_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Registry of known actors (TOML): aliases, kinds and external IDs such as Wikidata QIDs.")
@click.option("--strict", is_flag=True, help="Fail (exit 1, write nothing) when any source is rejected.")
def build(sources: tuple[Path, ...], output: Path, quiet: bool, jobs: int | None, executor: str,
          scheduler: str | None, actors_file: Path | None, strict: bool) -> None:
    """Build SOURCES (files or folders; default: ./corpus) into a validated data package.

    Every page becomes a row of `articles` (or of `rejects`, with the reason); quotes,
    actors, mentions and dates are extracted from it. The tables are validated with pandera
    and JSON Schema; when any check fails nothing is written and the failures are listed.
    The build streams: memory stays flat however many pages there are, and the output is
    the same whatever --jobs or --executor.

    SOURCES may be .txt, .html/.htm, .jsonl and .json files, folders (read recursively) and
    quoted glob patterns ('pages/**/*.html'). Unreadable, binary, empty, oversized and
    duplicate documents become rejects, each with a warning; --strict makes them fail the build.

    \b
    Example:
        warta build
        warta build corpus/ -o dist/
        warta build pages/*.txt --quiet
        warta build pages/ --jobs 8
        warta build pages/ --executor dask --scheduler tcp://10.0.0.5:8786
        warta build pages/ --actors actors.toml
        warta build 'scrapes/**/*.html' news.jsonl --strict
    """
    from warta.build.executors import ExecutorError
    from warta.build.registry import ActorRegistry, RegistryError
    from warta.build.run import DEFAULT_CORPUS, BuildFailed, build as run_build, corpus_root, count_sources
    from warta.config import ConfigError, load_config
    from warta.sources.discovery import missing

    paths = list(sources) or [DEFAULT_CORPUS]
    for path in missing(paths):
        fail(f"{path}: no such file or folder (or no file matches the pattern)")
    if scheduler and executor != "dask":
        fail("--scheduler needs --executor dask")
    try:
        config = load_config(corpus_root(paths))
    except ConfigError as error:
        fail(str(error))
    console = _console()
    show = not quiet and console.is_terminal
    try:
        registry = ActorRegistry.load(actors_file) if actors_file else None
    except RegistryError as error:
        fail(str(error))
    options = dict(jobs=jobs, executor=executor, scheduler=scheduler, registry=registry, strict=strict)
    try:
        if show:
            with _build_progress(console) as (advance, phase, total):
                total(count_sources(paths))
                result = run_build(paths, output, config, progress=advance, phase=phase, **options)
        else:
            result = run_build(paths, output, config, **options)
    except ExecutorError as error:
        fail(str(error))
    except BuildFailed as failed:
        for problem in failed.problems[:50]:
            console.print(f"[red]✗[/] {problem}")
        more = failed.total - min(len(failed.problems), 50)
        if more > 0:
            console.print(f"… and {more} more")
        fail(f"validation failed with {failed.total} problem(s); nothing was written", EXIT_INVALID)
    if not quiet:
        counts = ", ".join(f"{count} {name}" for name, count in result.counts.items())
        console.print(f"[green]✓[/] wrote {result.path} ({counts})")
    # Rejects are warned about even with --quiet: a page must never vanish silently.
    if result.counts["rejects"]:
        for reject in result.tables["rejects"].to_pylist()[:100]:
            position = f" at {reject['position']}" if reject["position"] else ""
            console.print(f"[yellow]warning:[/] {reject['source']}{position}: rejected: {reject['reason']}")
        if result.counts["rejects"] > 100:
            console.print(f"[yellow]warning:[/] … and {result.counts['rejects'] - 100} more rejects "
                          "(see data/rejects.csv)")


@contextmanager
def _build_progress(console):
    """A progress bar for the pages (count, pages/s, ETA), then a line naming each later step."""
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn,
                               TextColumn, TimeElapsedColumn, TimeRemainingColumn)
    from rich.text import Text

    class PagesPerSecond(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text("" if speed is None else f"{speed:,.0f} pages/s")

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  PagesPerSecond(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                  console=console, transient=True) as bar:
        task = bar.add_task("building", total=None)

        def phase(name: str) -> None:
            bar.update(task, description=name)

        yield (lambda done: bar.advance(task, done)), phase, (lambda total: bar.update(task, total=total))


@cli.command()
@click.option("--check", is_flag=True, help="Exit 1 when the files differ from the declarations; write nothing.")
@click.option("-d", "--dir", "folder", type=click.Path(file_okay=False, path_type=Path), default=Path("schema"),
              show_default=True, help="Folder of the published schemas.")
def schema(check: bool, folder: Path) -> None:
    """Write (or check) the published Table Schemas and row JSON Schemas.

    Both are generated from the table declarations in warta.schema.declarations.

    \b
    Example:
        warta schema            # regenerate schema/
        warta schema --check    # fail when schema/ has drifted from the code
    """
    from warta.schema.published import schema_drift, write_schemas

    if check:
        drift = schema_drift(folder)
        for line in drift:
            _console().print(f"[red]✗[/] {folder}/{line}")
        if drift:
            fail("published schemas differ from the table declarations; run `warta schema`", EXIT_INVALID)
        _console().print(f"[green]✓[/] {folder}/ matches the table declarations")
        return
    for path in write_schemas(folder):
        _console().print(f"wrote {path}")


@cli.command()
@click.argument("sources", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("-g", "--gold", "gold", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of gold annotations (<id>.json beside <id>.txt).")
@click.option("--release", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Score an already built release folder instead of building.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("-v", "--verbose", is_flag=True, help="List every mismatch of every page.")
def evaluate(sources: tuple[Path, ...], gold: Path, release: Path | None, fmt: str, verbose: bool) -> None:
    """Score extraction against gold annotations, per page and overall.

    Builds SOURCES (default: the pages beside the gold files) or reads a built release, then
    reports title, outlet, publication date and dateline accuracy; quote precision, recall
    and F1; speaker accuracy; date F1 and value accuracy; and people F1.

    \b
    Example:
        warta evaluate --gold ../shared/eval-dev
        warta evaluate --gold gold/ --release dist/my-news-1.0.0 --format json
    """
    import json

    from warta.evaluate import evaluate as run_evaluate, evaluate_release

    try:
        result = evaluate_release(gold, release) if release else run_evaluate(gold, sources or None)
    except (ValueError, OSError) as error:
        fail(str(error))
    if fmt == "json":
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        return
    _print_evaluation(result, verbose)


def _print_evaluation(result, verbose: bool) -> None:
    from rich.table import Table

    columns = [("title", "title_accuracy"), ("outlet", "outlet_accuracy"), ("published", "published_accuracy"),
               ("dateline", "dateline_accuracy"), ("quote F1", "quote_f1"), ("speaker", "speaker_accuracy"),
               ("date F1", "date_f1"), ("date value", "date_value_accuracy"), ("people F1", "people_f1")]
    table = Table(title="Extraction quality")
    table.add_column("page")
    for header, _ in columns:
        table.add_column(header, justify="right")

    def cells(figures):
        return ["—" if figures[key] is None else f"{figures[key]:.2f}" for _, key in columns]

    for page in result.pages:
        table.add_row(page.page, *cells(page.figures()))
    table.add_row("[bold]overall[/]", *cells(result.overall.figures()), end_section=True)
    console = _console(stderr=False)
    console.print(table)
    if result.missing:
        console.print(f"[yellow]no article for:[/] {', '.join(result.missing)}")
    if verbose:
        for page in result.pages:
            for error in page.errors:
                console.print(f"{page.page}: {error}")


@cli.command()
@click.argument("release", type=click.Path(path_type=Path))
@click.argument("query")
@click.option("-f", "--format", "output_format", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="table: a table on the terminal; csv or json: rows on standard output.")
def sql(release: Path, query: str, output_format: str) -> None:
    """Run an SQL QUERY with DuckDB over RELEASE (a folder, its datapackage.json or a .zip).

    Every table of the release is a view over its Parquet file, with the declared types:
    dates, integers, ENUMs for enumerations and lists for list columns (`authors`).

    \b
    Example:
        warta sql dist/warta-sample-0.1.0 "SELECT speaker, count(*) AS n FROM quotes GROUP BY speaker"
        warta sql dist/warta-sample-0.1.0 "SELECT * FROM dates" --format csv > dates.csv
        warta sql release.zip "SELECT unnest(authors) AS author FROM articles" -f json
    """
    from warta.datapackage.load import LoadError
    from warta.datapackage.sql import QueryError, run_sql, to_csv_text, to_json_text, to_rich_table

    try:
        result = run_sql(release, query)
    except LoadError as error:
        fail(str(error))
    except QueryError as error:
        fail(f"query failed: {error}")
    if output_format == "csv":
        click.echo(to_csv_text(result), nl=False)
    elif output_format == "json":
        click.echo(to_json_text(result), nl=False)
    else:
        _console(stderr=False).print(to_rich_table(result))
        _console().print(f"[dim]{result.num_rows} row(s)[/]")


@cli.command()
@click.argument("old", type=click.Path(exists=True, path_type=Path))
@click.argument("new", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("-n", "--examples", type=click.IntRange(0), default=3, show_default=True,
              help="Example keys shown per table for rows added, removed and changed.")
def diff(old: Path, new: Path, fmt: str, examples: int) -> None:
    """Compare two releases (folders, datapackage.json or .zip): schema changes and rows per table.

    Lists tables and columns added, removed or retyped and primary-key changes, then per table
    the rows added, removed and changed (matched by primary key) with a few examples, and the
    version bump `warta release` would make.

    \b
    Example:
        warta diff datapackage/ dist/warta-sample-0.1.0/
        warta diff old/datapackage.json new/datapackage.json --format json
    """
    import json

    from warta.datapackage.diff import diff_paths, format_diff
    from warta.datapackage.load import LoadError

    try:
        result = diff_paths(old, new, examples)
    except LoadError as error:
        fail(str(error))
    if fmt == "json":
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_diff(result))


@cli.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option("--bump", type=click.Choice(["auto", "major", "minor", "patch"]), default="auto", show_default=True,
              help="Version component to increment; auto picks it from the diff with the previous release.")
@click.option("--previous", type=click.Path(exists=True, path_type=Path),
              help="Previous release (folder or datapackage.json). Default: the release in --output.")
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=Path("datapackage"),
              show_default=True, help="Folder the release is written into (replaced whole).")
@click.option("--dist", type=click.Path(file_okay=False, path_type=Path), default=Path("dist"), show_default=True,
              help="Folder of the <name>-<version>.zip archives and their SHA256SUMS.")
@click.option("--quality", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Extraction figures for the card: JSON from `warta evaluate --format json`.")
@click.option("--rebuild", is_flag=True,
              help="Rewrite the release at the current version: no diff, version bump, changelog entry or archive.")
@click.option("--check", is_flag=True, help="Exit 1 when a fresh build differs from --output; write nothing.")
def release(sources: tuple[Path, ...], bump: str, previous: Path | None, output: Path, dist: Path,
            quality: Path | None, rebuild: bool, check: bool) -> None:
    """Build SOURCES (default: ./corpus) as the next versioned release of the dataset.

    Compares the build with the previous release and picks the next version: a table or
    column removed or retyped, or a key changed, is major; tables, columns or rows added or
    removed is minor; changed values only is patch. The version is written to warta.toml, an
    entry is prepended to the CHANGELOG.md beside it, the release is written to --output and
    packed as dist/<name>-<version>.zip, listed in dist/SHA256SUMS.

    \b
    Example:
        warta release                    # next release of ./corpus into ./datapackage
        warta release --bump major       # force a major version
        warta release pages/ -o releases/current --previous old/datapackage.json
        warta release --rebuild          # rewrite ./datapackage after a change to warta
        warta release --check            # exit 1 when ./datapackage is out of date
    """
    from warta.build.run import DEFAULT_CORPUS, BuildFailed
    from warta.config import ConfigError
    from warta.datapackage.load import LoadError
    from warta.datapackage.release import (REBUILD_COMMAND, ReleaseError, make_release, read_quality,
                                           rebuild_release, release_drift)

    paths = list(sources) or [DEFAULT_CORPUS]
    for path in paths:
        if not path.exists():
            fail(f"{path}: no such file or folder")
    console = _console()
    try:
        if check:
            drift = release_drift(paths, output)
            for line in drift:
                console.print(f"[red]✗[/] {output}/{line}", soft_wrap=True)
            if drift:
                fail(f"{output}/ differs from a fresh build of {' '.join(map(str, paths))}; "
                     f"regenerate it with `{REBUILD_COMMAND}`", EXIT_INVALID)
            console.print(f"[green]✓[/] {output}/ matches a fresh build")
            return
        if rebuild:
            console.print(f"[green]✓[/] rewrote {rebuild_release(paths, output)}")
            return
        figures = read_quality(quality) if quality else None
        result = make_release(paths, output, previous, bump, dist, figures)
    except BuildFailed as failed:
        for problem in failed.problems[:50]:
            console.print(f"[red]✗[/] {problem}")
        fail(f"validation failed with {len(failed.problems)} problem(s); nothing was written", EXIT_INVALID)
    except (ConfigError, ReleaseError, LoadError) as error:
        fail(str(error))
    if result.path is None:
        console.print(f"nothing changed since {result.previous}; no release written")
        return
    since = f" ({result.bump} after {result.previous})" if result.previous else " (first release)"
    console.print(f"[green]✓[/] released {result.config.name} {result.version}{since}: "
                  f"{result.path}, {result.archive}")


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: a readable summary on stderr; json: the full report on stdout.")
@click.option("--max-per-rule", type=click.IntRange(min=1), default=20, show_default=True,
              help="Problems listed per table and rule (all of them are counted).")
@click.option("--allow-remote", is_flag=True,
              help="Download resources whose path is an http(s) URL (refused by default).")
def validate(path: Path, output_format: str, max_per_rule: int, allow_remote: bool) -> None:
    """Validate the data package at PATH: a folder, a datapackage.json, or a release .zip.

    Checks the descriptor against the Data Package v2 profiles, every file's size and hash,
    and every table against its Table Schema (types, constraints, keys, foreign keys). A
    package built by warta is also checked against warta's table declarations, row JSON
    Schemas and cross-table rules, and its CSV and Parquet copies must hold the same rows.
    Exit status: 0 valid, 1 invalid, 2 not a readable package.

    \b
    Example:
        warta validate dist/warta-sample-0.1.0
        warta validate release.zip --format json > report.json
        warta validate other-package/datapackage.json --max-per-rule 5
    """
    from warta.datapackage.report import print_report, report_json
    from warta.datapackage.validate import UnusableInput, validate_package

    try:
        report = validate_package(path, allow_remote=allow_remote, max_per_rule=max_per_rule)
    except UnusableInput as error:
        fail(str(error))
    if output_format == "json":
        click.echo(report_json(report))
    else:
        print_report(report, _console())
    sys.exit(EXIT_OK if report.valid else EXIT_INVALID)


def main() -> None:
    """Entry point of the ``warta`` console script."""
    cli(prog_name="warta")


if __name__ == "__main__":
    main()
