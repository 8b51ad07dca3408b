"""Extraction quality on invented pages in the styles of many outlets (see outlet_pages/README.md).

Each floor sits a little under the figure measured when the page set was added, so a rule
that helps one outlet while breaking another fails here with the page and field named.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.evaluate import evaluate

PAGES = Path(__file__).parent / "outlet_pages"

FLOORS = {  # raised as extraction improved; measured: title, published, dateline, quote F1, speakers 1.00
    "title_accuracy": 0.97,
    # (0.90 measured: r11 names a Tribun regional site "Tribunnews", seventeen fresh pages name theirs "Tribun Jatim")
    "outlet_accuracy": 0.88,
    "published_accuracy": 0.97,
    "dateline_accuracy": 0.95,
    "quote_f1": 0.97,
    "speaker_accuracy": 0.97,
    "date_f1": 0.97,
    "date_value_accuracy": 0.96,
    "people_f1": 0.97,
}


# Pages from outlets no rule was written for (see fresh_pages/README.md): floors under the figures
# measured when they were added, where the annotations' own conventions cost a few points.
FRESH_PAGES = Path(__file__).parent / "fresh_pages"
FRESH_FLOORS = {
    "title_accuracy": 0.97,
    "published_accuracy": 0.95,
    "dateline_accuracy": 0.9,
    "quote_f1": 0.96,
    "speaker_accuracy": 0.9,
    "date_f1": 0.9,
    "date_value_accuracy": 0.94,
    "people_f1": 0.87,
}


@pytest.fixture(scope="module")
def scored():
    return evaluate(PAGES)


@pytest.fixture(scope="module")
def fresh():
    return evaluate(FRESH_PAGES)


def test_every_page_is_built_and_scored(scored):
    assert scored.missing == []
    assert len(scored.pages) == len(list(PAGES.glob("*.json")))


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_figure_stays_above_its_floor(scored, figure):
    value = scored.overall.figures()[figure]
    errors = [f"{page.page}: {error}" for page in scored.pages for error in page.errors]
    assert value is not None and value >= FLOORS[figure], "\n".join([f"{figure} = {value}", *errors])


def test_every_fresh_page_is_built_and_scored(fresh):
    assert fresh.missing == []
    assert len(fresh.pages) == len(list(FRESH_PAGES.glob("*.json"))) == 1112


@pytest.mark.parametrize("figure", sorted(FRESH_FLOORS))
def test_fresh_figure_stays_above_its_floor(fresh, figure):
    value = fresh.overall.figures()[figure]
    errors = [f"{page.page}: {error}" for page in fresh.pages for error in page.errors]
    assert value is not None and value >= FRESH_FLOORS[figure], "\n".join([f"{figure} = {value}", *errors])
