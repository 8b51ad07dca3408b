"""The documents inside every release: dataset card, plots and CITATION.cff."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from warta.config import DatasetConfig
from warta.datapackage.card import dataset_card
from warta.datapackage.citation import citation_cff
from warta.datapackage.plots import per_period, quotes_per_speaker, release_plots
from warta.schema.declarations import TABLES


@pytest.fixture(scope="module")
def card(sample_release):
    return (sample_release.path / "README.md").read_text(encoding="utf-8")


def front_matter(text):
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n")[1])


def test_front_matter_has_one_datasets_config_per_table(card, sample_release):
    meta = front_matter(card)
    assert meta["license"] == "cc-by-4.0" and meta["language"] == ["id"]
    configs = {c["config_name"]: c for c in meta["configs"]}
    assert list(configs) == [table.name for table in TABLES]
    assert configs["articles"]["default"] is True
    for name, config in configs.items():
        (split,) = config["data_files"]
        assert split["split"] == "train" and (sample_release.path / split["path"]).is_file()
        assert split["path"] == f"data/{name}.parquet"


def test_card_documents_every_column_from_the_declarations(card):
    for table in TABLES:
        assert f"### `{table.name}` — {table.title}" in card
        for column in table.columns:
            assert f"| `{column.name}` |" in card
            assert " ".join(column.description.split()).replace("|", "\\|") in card
    assert "| `granularity` | string | Precision of the expression. | required, one of `day`, `month`, `year` |" in card
    assert "→ `actors.actor_id`" in card and "≥ 1" in card


def test_card_states_version_license_counts_and_how_to_load(card, sample_tables):
    assert "# warta sample corpus: two Indonesian news pages" in card
    assert "| Version | 0.1.0 |" in card and "| Released | 2025-11-12 |" in card
    assert "https://creativecommons.org/licenses/by/4.0/" in card
    assert f"| {sample_tables['quotes'].num_rows} | Quotations in article bodies" in card
    assert f"| {sample_tables['dates'].num_rows} | Date expressions" in card
    for snippet in ("pd.read_parquet", "pl.read_parquet", "FROM 'data/quotes.parquet'", "library(arrow)",
                    "load_dataset(", "warta build corpus/"):
        assert snippet in card
    for path in ("plots/quotes-per-speaker.png", "plots/articles-over-time.png", "plots/dates-over-time.png"):
        assert f"]({path})" in card
    assert "was not evaluated" in card


def test_quality_figures_go_into_the_card(sample_tables):
    config = DatasetConfig(name="x", title="X", version="1.0.0")
    counts = {name: table.num_rows for name, table in sample_tables.items()}
    card = dataset_card(config, counts, ["en", "id"], dt.date(2025, 1, 1), "pages",
                        quality={"quote_f1": 0.8125, "speaker_accuracy": None})
    assert "| quote f1 | 0.81 |" in card and "| speaker accuracy | — |" in card
    assert "not evaluated" not in card and "warta build pages/" in card
    assert front_matter(card)["language"] == ["en", "id"]


def test_plots_are_png_and_reproducible(sample_tables, sample_release):
    plots = release_plots(sample_tables)
    assert set(plots) == {"plots/quotes-per-speaker.png", "plots/articles-over-time.png", "plots/dates-over-time.png"}
    for path, data in plots.items():
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        assert b"Software" not in data and b"matplotlib" not in data
        assert (sample_release.path / path).read_bytes() == data


def test_plot_data():
    assert per_period([dt.date(2025, 1, 5), None, dt.date(2025, 3, 1), dt.date(2025, 3, 9)]) == [
        ("2025-01", 1), ("2025-02", 0), ("2025-03", 2)]
    assert per_period([dt.date(2010, 1, 1), dt.date(2025, 1, 1)])[:2] == [("2010", 1), ("2011", 0)]
    assert per_period([]) == []


def test_quotes_per_speaker(sample_tables):
    assert quotes_per_speaker(sample_tables["quotes"])[0][1] >= quotes_per_speaker(sample_tables["quotes"])[-1][1]
    speakers = dict(quotes_per_speaker(sample_tables["quotes"]))
    quoted = [s for s in sample_tables["quotes"].column("speaker").to_pylist() if s]
    assert sum(speakers.values()) == len(quoted)


def test_citation_from_the_config(sample_release):
    cff = yaml.safe_load((sample_release.path / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0" and cff["type"] == "dataset"
    assert cff["title"] == "warta sample corpus: two Indonesian news pages"
    assert cff["version"] == "0.1.0" and cff["date-released"] == dt.date(2025, 11, 12)
    assert cff["authors"] == [{"name": "warta developers"}]
    assert cff["license"] == "CC-BY-4.0" and cff["url"] == "https://github.com/warta-data/warta"


def test_citation_authors_are_people_or_entities():
    config = DatasetConfig(name="x", title="X", version="2.0.0", contributors=[
        {"title": "Ani Wijaya", "givenName": "Ani", "familyName": "Wijaya", "organization": "UI",
         "path": "https://orcid.org/0000-0002-1825-0097", "roles": ["author"]},
        {"title": "Newsroom Lab", "email": "lab@example.org"},
    ], licenses=[{"name": "CC0-1.0"}, {"name": "Some custom terms"}])
    cff = yaml.safe_load(citation_cff(config, dt.date(2024, 2, 1)))
    assert cff["authors"] == [
        {"given-names": "Ani", "family-names": "Wijaya", "affiliation": "UI",
         "orcid": "https://orcid.org/0000-0002-1825-0097"},
        {"name": "Newsroom Lab", "email": "lab@example.org"},
    ]
    assert cff["license"] == "CC0-1.0"  # only SPDX identifiers are CFF licences


def test_descriptor_carries_licenses_and_contributors(sample_release):
    import json

    descriptor = json.loads((sample_release.path / "datapackage.json").read_text())
    assert descriptor["contributors"] == [{"title": "warta developers", "roles": ["producer"]}]
    assert descriptor["licenses"][0]["path"] == "https://creativecommons.org/licenses/by/4.0/"
