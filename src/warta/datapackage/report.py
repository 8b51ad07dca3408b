"""Showing a validation report: a rich summary for people, JSON for machines."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from warta.datapackage.validate import ValidationReport


def report_json(report: ValidationReport) -> str:
    return json.dumps(report.as_dict(), ensure_ascii=False, indent=2)


def print_report(report: ValidationReport, console: Any) -> None:
    """Problems grouped by table and rule (with how many were found), then the verdict."""
    from rich.markup import escape
    from rich.table import Table

    shown: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for problem in report.problems:
        shown[(problem.table, problem.rule)].append(problem)
    for (table, rule, severity), count in sorted(report.counts.items()):
        colour = "red" if severity == "error" else "yellow"
        console.print(f"[bold {colour}]{severity}[/] [bold]{escape(table)}[/] {escape(rule)}: {count} found")
        for problem in shown[(table, rule)]:
            text = escape(f"{_where(problem)}{problem.message}{_value(problem)}")
            console.print(f"  [{colour}]✗[/] {text}", soft_wrap=True)
        hidden = count - len(shown[(table, rule)])
        if hidden > 0:
            console.print(f"  … and {hidden} more")
    summary = Table(title=escape(f"{report.source} ({report.kind} package)"), title_justify="left")
    for column in ("resource", "path", "rows", "errors"):
        summary.add_column(column, justify="right" if column in ("rows", "errors") else "left")
    errors = defaultdict(int)
    for (table, _, severity), count in report.counts.items():
        if severity == "error":
            errors[table] += count
    for resource in report.resources:
        rows = "" if resource.rows is None else f"{resource.rows:,}"
        count = errors.get(resource.name, 0)
        summary.add_row(escape(resource.name), escape(resource.path), rows, f"[red]{count}[/]" if count else "[green]0[/]")
    console.print(summary)
    verdict = "[bold green]valid[/]" if report.valid else "[bold red]invalid[/]"
    console.print(f"{verdict}: {report.errors} error(s), {report.warnings} warning(s) in {report.seconds:.2f} s")


def _where(problem: Any) -> str:
    parts = []
    if problem.row is not None:
        parts.append(f"row {problem.row + 1}")
    if problem.column:
        parts.append(f"column {problem.column}")
    return (", ".join(parts) + ": ") if parts else ""


def _value(problem: Any) -> str:
    if problem.value is None:
        return ""
    text = repr(problem.value)
    return f" (value: {text if len(text) <= 80 else text[:79] + '…'})"
