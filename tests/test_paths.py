"""Safe resolution of package paths: what is refused, what is allowed."""

from __future__ import annotations

import pytest

from warta.datapackage.paths import (UnsafePathError, check_relative_path, check_zip_member, resolve_inside,
                                     unsafe_reason)


@pytest.mark.parametrize("path", ["data/quotes.csv", "quotes.parquet", "data/sub/a..b.csv", "./data/x.csv"])
def test_safe_paths_pass(path):
    assert unsafe_reason(path) is None
    assert check_relative_path(path) == path


@pytest.mark.parametrize(("path", "reason"), [
    ("", "non-empty string"),
    (None, "non-empty string"),
    (["data/a.csv"], "non-empty string"),
    ("/etc/passwd", "relative"),
    ("../secret.csv", "'..'"),
    ("data/../../secret.csv", "'..'"),
    ("~/secret.csv", "'~'"),
    ("data/~root/x.csv", "'~'"),
    ("https://example.org/data.csv", "URL"),
    ("file:///etc/passwd", "URL"),
    ("C:/Windows/x.csv", "URL"),
    ("data\\..\\x.csv", "forward slashes"),
    ("data/x\x00.csv", "NUL"),
])
def test_unsafe_paths_are_refused_with_a_reason(path, reason):
    assert reason in unsafe_reason(path)
    with pytest.raises(UnsafePathError, match="path"):
        check_relative_path(path)


def test_resolve_inside_follows_symlinks(tmp_path):
    root = tmp_path / "release"
    (root / "data").mkdir(parents=True)
    (root / "data" / "inside.csv").write_text("x\n")
    (tmp_path / "outside.csv").write_text("x\n")
    (root / "data" / "link.csv").symlink_to(tmp_path / "outside.csv")
    assert resolve_inside(root, "data/inside.csv") == (root / "data" / "inside.csv").resolve()
    with pytest.raises(UnsafePathError, match="resolves outside the package"):
        resolve_inside(root, "data/link.csv")


def test_zip_member_names():
    assert check_zip_member("release/data/") == "release/data/"
    for name in ("../evil", "/evil", "release/../../evil", "C:\\evil"):
        with pytest.raises(UnsafePathError, match="zip member"):
            check_zip_member(name)
