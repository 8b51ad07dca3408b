"""A build whose tables break a rule writes nothing and says what failed."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa

from warta.datapackage.checks import check_tables


def _replace(tables, name, column, values):
    table = tables[name]
    index = table.schema.get_field_index(column)
    changed = dict(tables)
    changed[name] = table.set_column(index, table.schema.field(index), pa.array(values, table.schema.field(index).type))
    return changed


def test_valid_tables_have_no_problems(sample_tables):
    assert check_tables(sample_tables) == []


def test_problems_name_table_row_column_value_and_rule(sample_tables):
    values = sample_tables["dates"].column("granularity").to_pylist()
    values[1] = "fortnight"
    problems = check_tables(_replace(sample_tables, "dates", "granularity", values))
    rules = {(p.table, p.row, p.column, p.value) for p in problems}
    assert ("dates", 1, "granularity", "fortnight") in rules
    assert any(p.rule.startswith("isin") for p in problems)
    assert any(p.rule == "json-schema:enum" for p in problems)


def test_dangling_foreign_key_and_offsets(sample_tables):
    ids = sample_tables["quotes"].column("article_id").to_pylist()
    ids[0] = "art_ffffffffffffffff"
    problems = check_tables(_replace(sample_tables, "quotes", "article_id", ids))
    assert any(p.rule == "foreign key must resolve" and p.column == "article_id" for p in problems)
    starts = sample_tables["quotes"].column("start").to_pylist()
    starts[0] += 1
    problems = check_tables(_replace(sample_tables, "quotes", "start", starts))
    assert [p.rule for p in problems] == ["text_at_offsets"]


def test_updated_before_published(sample_tables):
    updated = sample_tables["articles"].column("updated").to_pylist()
    updated = [dt.date(2000, 1, 1)] * len(updated)
    problems = check_tables(_replace(sample_tables, "articles", "updated", updated))
    assert {p.rule for p in problems} == {"published_before_updated"}


def test_failing_build_writes_nothing(tmp_path, monkeypatch):
    import pytest

    from warta.build import run
    from warta.datapackage.checks import Problem
    from tests.conftest import CORPUS

    def broken_quotes(table, rows, first_row):
        return [Problem("quotes", "demo", "broken", first_row, "text", "x")] if table.name == "quotes" else []

    monkeypatch.setattr(run, "batch_problems", broken_quotes)
    with pytest.raises(run.BuildFailed) as failure:
        run.build([CORPUS], tmp_path / "out")
    assert failure.value.problems[0].table == "quotes"
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
