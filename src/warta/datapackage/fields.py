"""Table Schema field types, read from text or from typed (Parquet) columns, vectorised.

Each function turns a column into the Arrow type the field declares and returns a mask of
the cells that are not valid values of that type. Missing values are nulls by then and are
never invalid here (``required`` is a constraint, checked elsewhere).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

Column = pa.ChunkedArray

_INTEGER = r"^[+-]?[0-9]+$"
_NUMBER = r"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$"
_NUMBER_SPECIAL = ("NaN", "INF", "-INF", "+INF")
_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_TIME = r"^[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})?$"
_DATETIME = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})?$"
_YEAR = r"^-?[0-9]{4}$"
_YEARMONTH = r"^[0-9]{4}-(0[1-9]|1[0-2])$"
_DURATION = r"^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\.[0-9]+)?S)?)?$"
_GEOPOINT = {
    "default": r"^\s*[+-]?[0-9]+(\.[0-9]+)?\s*,\s*[+-]?[0-9]+(\.[0-9]+)?\s*$",
    "array": r"^\s*\[\s*[+-]?[0-9]+(\.[0-9]+)?\s*,\s*[+-]?[0-9]+(\.[0-9]+)?\s*\]\s*$",
}
_STRING_FORMATS = {
    "email": r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
    "uri": r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$",
    "uuid": r"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
    "binary": r"^[A-Za-z0-9+/]*={0,2}$",
}
DEFAULT_TRUE = ["true", "True", "TRUE", "1"]
DEFAULT_FALSE = ["false", "False", "FALSE", "0"]


def _not_matching(values: Column, pattern: str) -> Column:
    return pc.invert(pc.fill_null(pc.match_substring_regex(values, pattern), True))


def _invalid_where_lost(values: Column, parsed: Column) -> Column:
    """Cells that had a value but did not survive parsing."""
    return pc.and_(pc.is_valid(values), pc.is_null(parsed))


def _masked(values: Column, invalid: Column) -> Column:
    return pc.if_else(invalid, pa.scalar(None, values.type), values)


def _nothing_invalid(values: Column) -> Column:
    return pc.and_(pc.is_valid(values), pa.scalar(False))


def _string(values: Column, field: dict[str, Any]) -> tuple[Column, Column]:
    pattern = _STRING_FORMATS.get(field.get("format", "default"))
    return values, _not_matching(values, pattern) if pattern else _nothing_invalid(values)


def _integer(values: Column, field: dict[str, Any]) -> tuple[Column, Column]:
    if field.get("groupChar"):
        values = pc.replace_substring(values, field["groupChar"], "")
    if field.get("bareNumber", True) is False:
        values = pc.replace_substring_regex(values, r"^[^0-9+-]+|[^0-9]+$", "")
    invalid = _not_matching(values, _INTEGER)
    try:
        typed = pc.cast(_masked(values, invalid), pa.int64())
    except pa.ArrowInvalid:  # out of the int64 range
        typed = pa.chunked_array([pa.array([_to_int(v) for v in _masked(values, invalid).to_pylist()], pa.int64())])
        invalid = pc.or_(invalid, _invalid_where_lost(_masked(values, invalid), typed))
    return typed, invalid


def _to_int(text: str | None) -> int | None:
    if text is None:
        return None
    number = int(text)
    return number if -(2**63) <= number < 2**63 else None


def _number(values: Column, field: dict[str, Any]) -> tuple[Column, Column]:
    if field.get("groupChar"):
        values = pc.replace_substring(values, field["groupChar"], "")
    if field.get("decimalChar", ".") != ".":
        values = pc.replace_substring(values, field["decimalChar"], ".")
    if field.get("bareNumber", True) is False:
        values = pc.replace_substring_regex(values, r"^[^0-9+.-]+|[^0-9.]+$", "")
    special = pc.fill_null(pc.is_in(values, value_set=pa.array(_NUMBER_SPECIAL)), False)
    invalid = pc.and_(_not_matching(values, _NUMBER), pc.invert(special))
    normalised = pc.replace_substring_regex(values, "INF", "inf")
    return pc.cast(_masked(normalised, invalid), pa.float64()), invalid


def _boolean(values: Column, field: dict[str, Any]) -> tuple[Column, Column]:
    true = pc.is_in(values, value_set=pa.array(field.get("trueValues", DEFAULT_TRUE), pa.string()))
    false = pc.is_in(values, value_set=pa.array(field.get("falseValues", DEFAULT_FALSE), pa.string()))
    invalid = pc.and_(pc.is_valid(values), pc.invert(pc.or_(true, false)))
    return pc.if_else(invalid, pa.scalar(None, pa.bool_()), true), invalid


def _strptime_strict(text: Column, format: str) -> Column:
    """Parse with Arrow, then keep only values that print back as written.

    Arrow's strptime rolls impossible dates over (2025-02-30 becomes 2025-03-02); the
    round trip rejects them.
    """
    parsed = pc.strptime(text, format=format, unit="s", error_is_null=True)
    same = pc.fill_null(pc.equal(pc.strftime(parsed, format=format), text), False)
    return pc.if_else(same, parsed, pa.scalar(None, parsed.type))


def _strptime_python(values: Column, format: str) -> Column:
    """Custom formats (``%d/%m/%Y``...) cell by cell with Python's strict strptime."""
    parsed = []
    for text in values.to_pylist():
        try:
            parsed.append(None if text is None else dt.datetime.strptime(text, format))
        except ValueError:
            parsed.append(None)
    return pa.chunked_array([pa.array(parsed, pa.timestamp("s"))])


def _temporal(values: Column, field: dict[str, Any], iso_pattern: str, iso_format: str,
              iso_length: int) -> tuple[Column, Column]:
    format = field.get("format", "default")
    if format in ("default", "any"):
        shape_invalid = _not_matching(values, iso_pattern)
        head = pc.utf8_slice_codeunits(values, 0, iso_length)
        parsed = _strptime_strict(_masked(head, shape_invalid), iso_format)
    else:
        parsed = _strptime_python(values, format)
    return parsed, _invalid_where_lost(values, parsed)


def _date(values: Column, field: dict[str, Any]) -> tuple[Column, Column]:
    parsed, invalid = _temporal(values, field, _DATE, "%Y-%m-%d", 10)
    return pc.cast(parsed, pa.date32()), invalid


def _datetime(values: Column, field: dict[str, Any]) -> tuple[Column, Column]:
    return _temporal(values, field, _DATETIME, "%Y-%m-%dT%H:%M:%S", 19)


def _time(values: Column, field: dict[str, Any]) -> tuple[Column, Column]:
    format = field.get("format", "default")
    if format in ("default", "any"):
        shape_invalid = _not_matching(values, _TIME)
        head = pc.binary_join_element_wise("1970-01-01 ", pc.utf8_slice_codeunits(values, 0, 8), "")
        parsed = _strptime_strict(_masked(head, shape_invalid), "%Y-%m-%d %H:%M:%S")
    else:
        parsed = _strptime_python(values, format)
    invalid = _invalid_where_lost(values, parsed)
    return _masked(values, invalid), invalid


def _pattern_type(pattern: str) -> Callable[[Column, dict[str, Any]], tuple[Column, Column]]:
    def parse(values: Column, field: dict[str, Any]) -> tuple[Column, Column]:
        invalid = _not_matching(values, pattern)
        return _masked(values, invalid), invalid

    return parse


def _year(values: Column, field: dict[str, Any]) -> tuple[Column, Column]:
    invalid = _not_matching(values, _YEAR)
    return pc.cast(_masked(values, invalid), pa.int64()), invalid


def _geopoint(values: Column, field: dict[str, Any]) -> tuple[Column, Column]:
    pattern = _GEOPOINT.get(field.get("format", "default"))
    if pattern is None:  # "object": JSON {"lon": .., "lat": ..}
        return _json(values, field, dict)
    invalid = _not_matching(values, pattern)
    return _masked(values, invalid), invalid


def _json(values: Column, field: dict[str, Any], kind: type | tuple[type, ...]) -> tuple[Column, Column]:
    """Cells holding JSON of the given kind; parsed one by one (these types are rare)."""
    flags = []
    for text in values.to_pylist():
        if text is None:
            flags.append(False)
            continue
        try:
            flags.append(not isinstance(json.loads(text), kind))
        except ValueError:
            flags.append(True)
    invalid = pa.chunked_array([pa.array(flags, pa.bool_())])
    return _masked(values, invalid), invalid


def _list(values: Column, field: dict[str, Any]) -> tuple[Column, Column]:
    item_type = field.get("itemType", "string")
    if item_type == "string":
        return values, _nothing_invalid(values)
    items = pc.split_pattern(values, field.get("delimiter", ","))
    flat = pc.list_flatten(items)
    parents = pc.list_parent_indices(items)
    _, item_invalid = parse_text(pa.chunked_array([flat]) if isinstance(flat, pa.Array) else flat,
                                 {"type": item_type})
    bad_rows = pc.filter(parents, item_invalid)
    invalid = pc.is_in(pa.array(range(len(values)), pa.int64()), value_set=pc.unique(pc.cast(bad_rows, pa.int64())))
    invalid = pa.chunked_array([invalid])
    return _masked(values, invalid), invalid


_TEXT_PARSERS: dict[str, Callable[[Column, dict[str, Any]], tuple[Column, Column]]] = {
    "string": _string,
    "integer": _integer,
    "number": _number,
    "boolean": _boolean,
    "date": _date,
    "datetime": _datetime,
    "time": _time,
    "year": _year,
    "yearmonth": _pattern_type(_YEARMONTH),
    "duration": _pattern_type(_DURATION),
    "geopoint": _geopoint,
    "list": _list,
    "object": lambda values, field: _json(values, field, dict),
    "geojson": lambda values, field: _json(values, field, dict),
    "array": lambda values, field: _json(values, field, list),
    "any": lambda values, field: (values, _nothing_invalid(values)),
}

FIELD_TYPES = frozenset(_TEXT_PARSERS)


def parse_text(values: Column, field: dict[str, Any]) -> tuple[Column, Column]:
    """Text cells (nulls already standing for missing values) as the field's type."""
    if isinstance(values, pa.Array):
        values = pa.chunked_array([values])
    return _TEXT_PARSERS[field.get("type", "string")](values, field)


def _compatible(arrow_type: pa.DataType, field_type: str) -> pa.DataType | None:
    """The Arrow type a typed (Parquet) column is cast to for a field type, or None when it cannot hold it."""
    t = pa.types
    if field_type == "integer" and (t.is_integer(arrow_type) or t.is_floating(arrow_type)):
        return pa.int64()
    if field_type == "number" and (t.is_integer(arrow_type) or t.is_floating(arrow_type) or t.is_decimal(arrow_type)):
        return pa.float64()
    if field_type == "year" and t.is_integer(arrow_type):
        return pa.int64()
    if field_type == "boolean" and t.is_boolean(arrow_type):
        return pa.bool_()
    if field_type == "date" and (t.is_date(arrow_type) or t.is_timestamp(arrow_type)):
        return pa.date32()
    if field_type == "datetime" and (t.is_timestamp(arrow_type) or t.is_date(arrow_type)):
        return pa.timestamp("s")
    if field_type == "time" and t.is_time(arrow_type):
        return arrow_type
    if field_type in ("list", "array") and (t.is_list(arrow_type) or t.is_large_list(arrow_type)):
        return arrow_type
    if field_type in ("object", "geojson", "geopoint") and t.is_struct(arrow_type):
        return arrow_type
    if field_type == "any":
        return arrow_type
    return None


def parse_typed(values: Column, field: dict[str, Any]) -> tuple[Column, Column] | None:
    """A typed column as the field's type; None when its Arrow type cannot hold the field's values."""
    if pa.types.is_dictionary(values.type):
        values = values.cast(values.type.value_type)
    if pa.types.is_string(values.type) or pa.types.is_large_string(values.type):
        return parse_text(values.cast(pa.string()), field)
    target = _compatible(values.type, field.get("type", "string"))
    if target is None:
        return None
    if pa.types.is_floating(values.type) and target == pa.int64():
        # Floats stand for integers only when whole (NaN is a missing value).
        values = pc.if_else(pc.is_nan(values), pa.scalar(None, values.type), values)
        invalid = pc.fill_null(pc.not_equal(values, pc.floor(values)), False)
        return pc.cast(_masked(values, invalid), pa.int64()), invalid
    try:
        return pc.cast(values, target), _nothing_invalid(values)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
