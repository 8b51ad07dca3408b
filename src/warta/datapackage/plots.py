"""The PNG plots of a release: quotes per speaker, articles and date mentions over time.

Drawn with matplotlib's Agg backend and saved without the software tag, so the same tables
give the same bytes.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Mapping

import pyarrow as pa

TOP_SPEAKERS = 15
PLOT_DPI = 100
MAX_MONTHS = 36

#: Release path → title of every plot, in the order the card shows them.
PLOTS = {
    "plots/quotes-per-speaker.png": "Quotes per speaker",
    "plots/articles-over-time.png": "Articles published over time",
    "plots/dates-over-time.png": "Date mentions over time, by the date meant",
}


def quotes_per_speaker(quotes: pa.Table, top: int = TOP_SPEAKERS) -> list[tuple[str, int]]:
    """The speakers quoted most often, most quoted first (ties by name)."""
    return top_speakers(Counter(speaker for speaker in quotes.column("speaker").to_pylist() if speaker), top)


def top_speakers(counts: Mapping[str, int], top: int = TOP_SPEAKERS) -> list[tuple[str, int]]:
    """The ``top`` speakers of ``counts`` (quotes per speaker), most quoted first (ties by name)."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]


def per_period(dates: list, max_months: int = MAX_MONTHS) -> list[tuple[str, int]]:
    """How many of ``dates`` fall in each month (``YYYY-MM``), oldest first, empty months included.

    Spans longer than ``max_months`` are counted per year (``YYYY``) instead.
    """
    return months_to_periods(Counter((date.year, date.month) for date in dates if date is not None), max_months)


def months_to_periods(months: Mapping[tuple[int, int], int], max_months: int = MAX_MONTHS) -> list[tuple[str, int]]:
    """:func:`per_period` for counts of dates per (year, month)."""
    months = Counter({month: count for month, count in months.items() if count})
    if not months:
        return []
    (first_year, first_month), (last_year, last_month) = min(months), max(months)
    if (last_year - first_year) * 12 + last_month - first_month >= max_months:
        years = Counter()
        for (year, _), count in months.items():
            years[year] += count
        return [(f"{year:04d}", years[year]) for year in range(first_year, last_year + 1)]
    periods, year, month = [], first_year, first_month
    while (year, month) <= (last_year, last_month):
        periods.append((f"{year:04d}-{month:02d}", months[(year, month)]))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return periods


def _figure(title: str, labels: list[str], values: list[int], horizontal: bool) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7, max(2.5, 0.35 * len(labels) + 1.2) if horizontal else 3.5), dpi=PLOT_DPI)
    axes = figure.add_subplot()
    if not labels:
        axes.text(0.5, 0.5, "no data", ha="center", va="center", transform=axes.transAxes)
        axes.set_axis_off()
    elif horizontal:
        axes.barh(labels[::-1], values[::-1], color="#3b6ea5")
        axes.set_xlabel("quotes")
    else:
        axes.bar(labels, values, color="#3b6ea5")
        axes.tick_params(axis="x", labelrotation=45, labelsize=8 if len(labels) > 12 else 10)
    if labels:  # counts: whole-number ticks only
        (axes.xaxis if horizontal else axes.yaxis).get_major_locator().set_params(integer=True)
    axes.set_title(title)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


def release_plots(tables: Mapping[str, pa.Table]) -> dict[str, bytes]:
    """Every plot of a release, as PNG bytes by release path."""
    return draw_plots(quotes_per_speaker(tables["quotes"]), per_period(tables["articles"].column("published").to_pylist()),
                      per_period(tables["dates"].column("date").to_pylist()))


def draw_plots(speakers: list[tuple[str, int]], articles: list[tuple[str, int]],
               mentions: list[tuple[str, int]]) -> dict[str, bytes]:
    """Every plot of a release from what it shows: (label, count) rows, as PNG bytes by release path."""
    data = {
        "plots/quotes-per-speaker.png": (speakers, True),
        "plots/articles-over-time.png": (articles, False),
        "plots/dates-over-time.png": (mentions, False),
    }
    return {path: _figure(PLOTS[path], [label for label, _ in rows], [count for _, count in rows], horizontal)
            for path, (rows, horizontal) in data.items()}


def warm_up() -> None:
    """Import what drawing needs (about half a second), so that a process can do it before the data is ready."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure  # noqa: F401


def serve() -> None:
    """Draw one set of plots for a parent process: warm up, read the rows (JSON) from stdin,
    write the plots (JSON, PNG bytes as base64) to stdout."""
    import base64
    import json
    import sys

    warm_up()
    request = json.load(sys.stdin)
    if request is None:  # the parent gave up on us
        return
    plots = draw_plots(*[[tuple(row) for row in rows] for rows in request])
    json.dump({path: base64.b64encode(png).decode("ascii") for path, png in plots.items()}, sys.stdout)


if __name__ == "__main__":
    serve()
