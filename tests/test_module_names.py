"""No module of warta defines a top-level name twice: the second definition would silently hide the first
(a breadcrumb pattern once did, and its rule never ran)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).resolve().parents[1] / "src" / "warta").rglob("*.py"))


def top_level_names(path: Path) -> Counter:
    names: Counter = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
    return names


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: path.name)
def test_no_top_level_name_is_defined_twice(path):
    twice = sorted(name for name, count in top_level_names(path).items() if count > 1)
    assert twice == [], f"{path.name} defines {twice} more than once"


def test_the_check_sees_a_name_defined_twice(tmp_path):
    module = tmp_path / "module.py"
    module.write_text("import re\nPATTERN = re.compile('a')\nPATTERN = re.compile('b')\n", encoding="utf-8")
    assert top_level_names(module)["PATTERN"] == 2
