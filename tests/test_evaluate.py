"""`warta evaluate`: scores computed against gold annotations in the eval-dev format."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from warta.cli import cli
from warta.evaluate import Counts, evaluate
from tests.conftest import CORPUS, ROOT

GOLD_000 = {
    "id": "seed-000", "language": "id", "outlet": "Anadolu Agency", "wire": None,
    "title": "Rusia nyatakan siap lanjutkan perundingan Istanbul dengan Ukraina",
    "published": "2025-11-12", "dateline": "ISTANBUL", "authors": [],
    "quotes": [
        {"text": "Rusia tetap terbuka untuk berdialog jika Kyiv menunjukkan kemauan politik,",
         "speaker": "Alexey Ivanov", "partial": False},
        {"text": "Kalimat yang tidak ada di halaman ini,", "speaker": "Siapa Saja", "partial": False},
    ],
    "people": ["Alexey Ivanov", "Rustem Umerov", "Orang Lain"],
    "dates": [{"text": "Februari 2022", "value": "2022-02", "granularity": "month"},
              {"text": "Selasa", "value": "2025-11-10", "granularity": "day"}],
}


@pytest.fixture()
def gold_folder(tmp_path):
    shutil.copy(CORPUS / "seed-000.txt", tmp_path / "seed-000.txt")
    (tmp_path / "seed-000.json").write_text(json.dumps(GOLD_000))
    return tmp_path


def test_scores_follow_the_definitions(gold_folder):
    result = evaluate(gold_folder)
    figures = result.overall.figures()
    assert figures["title_accuracy"] == 1.0 and figures["outlet_accuracy"] == 1.0
    # 3 quotes found, 1 of the 2 gold quotes among them.
    assert figures["quote_precision"] == pytest.approx(1 / 3)
    assert figures["quote_recall"] == pytest.approx(1 / 2)
    assert figures["speaker_accuracy"] == 1.0
    # "Selasa" is found but the gold value here is deliberately another day.
    assert figures["date_recall"] == 1.0
    assert figures["date_value_accuracy"] == pytest.approx(1 / 2)
    assert figures["people_recall"] == pytest.approx(2 / 3)
    assert any("Orang Lain".casefold() in error for error in result.pages[0].errors)


def test_counts_f1():
    assert Counts(2, 4, 2).f1 == pytest.approx(2 * 0.5 * 1.0 / 1.5)
    assert Counts(0, 0, 0).f1 == 1.0


def test_cli_json_output(gold_folder):
    result = CliRunner().invoke(cli, ["evaluate", "--gold", str(gold_folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data["pages"]) == {"seed-000"}
    assert data["overall"]["title_accuracy"] == 1.0


@pytest.mark.skipif(not (ROOT.parent / "shared" / "eval-dev").is_dir(), reason="dev set not beside the repo")
def test_dev_set_scores_are_reported_for_every_page():
    result = evaluate(ROOT.parent / "shared" / "eval-dev")
    assert not result.missing
    assert len(result.pages) >= 8
    figures = result.overall.figures()
    assert all(0.0 <= value <= 1.0 for value in figures.values() if value is not None)
