"""The Data Package v2 JSON Schema profiles, vendored so that validation needs no network.

See README.md in this folder for where the files come from.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

#: Profile file of each descriptor kind.
PROFILES = {
    "package": "datapackage.json",
    "resource": "dataresource.json",
    "schema": "tableschema.json",
    "dialect": "tabledialect.json",
}


@cache
def load_profile(kind: str) -> dict[str, Any]:
    """The JSON Schema of one descriptor kind: package, resource, schema or dialect."""
    text = resources.files(__name__).joinpath(PROFILES[kind]).read_text(encoding="utf-8")
    return json.loads(text)
