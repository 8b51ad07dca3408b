"""The Data Package v2 JSON Schema profiles, vendored so that validation needs no network.

See README.md in this folder for where the files come from. The published 2.0 profiles omit
the ``list`` field type that the 2.0 standard defines (frictionlessdata/datapackage#1089,
fixed in 2.1); :func:`load_profile` adds it, built from the profile's own ``array`` field.
"""

from __future__ import annotations

import copy
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
    profile = json.loads(text)
    for field_types in _field_type_lists(profile):
        _add_list_field(field_types)
    return profile


_LIST_ITEM_TYPES = ["string", "integer", "number", "boolean", "date", "datetime", "time"]


def _field_type_lists(node: Any) -> list[list[dict[str, Any]]]:
    """Every ``oneOf`` list of field definitions in a profile (one per embedded Table Schema)."""
    found = []
    if isinstance(node, dict):
        one_of = node.get("oneOf")
        if isinstance(one_of, list) and any(_field_type(option) == "array" for option in one_of):
            found.append(one_of)
        for value in node.values():
            found.extend(_field_type_lists(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_field_type_lists(value))
    return found


def _field_type(option: Any) -> str | None:
    if not isinstance(option, dict):
        return None
    enum = option.get("properties", {}).get("type", {}).get("enum")
    return enum[0] if isinstance(enum, list) and len(enum) == 1 else None


def _add_list_field(field_types: list[dict[str, Any]]) -> None:
    """The ``list`` field of Table Schema 2.0: delimited primitive values, with its own keywords."""
    if any(_field_type(option) == "list" for option in field_types):
        return
    array = next(option for option in field_types if _field_type(option) == "array")
    listing = copy.deepcopy(array)
    listing.update(title="List Field", description="Values of one primitive type separated by a delimiter.")
    listing.pop("examples", None)
    properties = listing["properties"]
    properties["type"] = {"enum": ["list"]}
    properties.pop("format", None)
    properties["delimiter"] = {"type": "string", "default": ","}
    properties["itemType"] = {"type": "string", "enum": _LIST_ITEM_TYPES, "default": "string"}
    properties["constraints"]["properties"].pop("jsonSchema", None)
    field_types.append(listing)
