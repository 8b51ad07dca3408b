"""Collecting problems with a cap per rule, keeping exact counts of everything found."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from warta.datapackage.checks import Problem

DEFAULT_MAX_PER_RULE = 20


class ProblemLog:
    """Problems keyed by (table, rule): the first ``max_per_rule`` kept, all of them counted."""

    def __init__(self, max_per_rule: int = DEFAULT_MAX_PER_RULE):
        self.max_per_rule = max_per_rule
        self.kept: list[Problem] = []
        self.counts: Counter[tuple[str, str, str]] = Counter()  # (table, rule, severity)
        self._kept_per_rule: Counter[tuple[str, str]] = Counter()

    def add(self, problem: Problem) -> None:
        self.counts[(problem.table, problem.rule, problem.severity)] += 1
        key = (problem.table, problem.rule)
        if self._kept_per_rule[key] < self.max_per_rule:
            self._kept_per_rule[key] += 1
            self.kept.append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.add(problem)

    def add_cells(self, table: str, rule: str, message: str, column: str | None,
                  rows: Sequence[int], values: Sequence[Any], total: int, severity: str = "error") -> None:
        """``total`` failing cells of which ``rows``/``values`` are the first few (already capped)."""
        key = (table, rule)
        room = max(self.max_per_rule - self._kept_per_rule[key], 0)
        for row, value in list(zip(rows, values))[:room]:
            self.kept.append(Problem(table, rule, message, row, column, value, severity))
        self._kept_per_rule[key] += min(room, len(rows))
        self.counts[(table, rule, severity)] += total

    @property
    def errors(self) -> int:
        return sum(count for (_, _, severity), count in self.counts.items() if severity == "error")

    @property
    def warnings(self) -> int:
        return sum(count for (_, _, severity), count in self.counts.items() if severity == "warning")
