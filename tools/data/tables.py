"""Curated tables (data/curated/) in, data/actors YAML out: the shared part of every table builder.

A curated table is a CSV file a domain expert edits and reviews in a diff: one
row per event (a ratification, a membership spell, a withdrawal, an agreement,
a figure), each naming its source keys in a ``sources`` column (space
separated). Each family keeps its sources in ``sources.csv`` (key, title, url,
publication, as_of, checked, note): ``checked`` says whether the facts that
cite the key were read in that source (true) or entered from knowledge of what
it publishes (false); a page read for some rows and not for others has two keys.

Builders only transform rows; a bad row stops the build with the file, line
and column (never a half-written YAML file).
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import yaml

from repo_paths import REPO

CURATED = REPO / "data" / "curated"
_FULL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_BARE = re.compile(r"^[A-Za-z][A-Za-z0-9_.\-/]*$")
_YAML_WORDS = {"yes", "no", "on", "off", "true", "false", "null", "y", "n", "~"}


class TableError(SystemExit):
    """A curated table cannot be read: the message names file, line and column."""


class Row(dict[str, str]):
    """A CSV row that remembers its file and line, for error messages."""

    def __init__(self, values: dict[str, str], path: Path, line: int):
        super().__init__(values)
        self.path, self.line = path, line

    def fail(self, column: str, message: str) -> TableError:
        return TableError(f"{_rel(self.path)}:{self.line}: column {column!r}: {message}")

    def need(self, column: str) -> str:
        value = self.get(column, "").strip()
        if not value:
            raise self.fail(column, "is empty")
        return value

    def opt(self, column: str) -> str | None:
        value = self.get(column, "").strip()
        return value or None

    def flag(self, column: str) -> bool | None:
        value = self.get(column, "").strip().lower()
        if value in ("", "unknown"):
            return None
        if value not in ("true", "false"):
            raise self.fail(column, f"{value!r} is not true, false or empty")
        return value == "true"

    def keys_of(self, column: str = "sources") -> list[str]:
        keys = self.need(column).split()
        return keys


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def read_table(path: Path, required: list[str]) -> list[Row]:
    """The rows of a curated CSV table (comment lines start with #), checked for the required columns."""
    if not path.exists():
        raise TableError(f"{_rel(path)}: no such table")
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [(n, text) for n, text in enumerate(fh, start=1) if not text.startswith("#") and text.strip()]
    if not lines:
        raise TableError(f"{_rel(path)}: the table is empty")
    reader = csv.reader([text for _, text in lines])
    header = next(reader)
    missing = [c for c in required if c not in header]
    if missing:
        raise TableError(f"{_rel(path)}:{lines[0][0]}: missing column(s) {', '.join(missing)}")
    rows = []
    for (number, _), values in zip(lines[1:], reader, strict=True):
        if len(values) != len(header):
            raise TableError(f"{_rel(path)}:{number}: {len(values)} cells, the header has {len(header)}")
        rows.append(Row(dict(zip(header, values, strict=True)), path, number))
    return rows


SOURCE_COLUMNS = ["key", "title", "url", "publication", "as_of", "checked", "note"]


def read_sources(path: Path) -> dict[str, dict[str, Any]]:
    """A family's sources table as {key: source dict in the data format}."""
    sources: dict[str, dict[str, Any]] = {}
    for row in read_table(path, SOURCE_COLUMNS):
        key = row.need("key")
        if key in sources:
            raise row.fail("key", f"source key {key!r} appears twice")
        checked = row.flag("checked")
        if checked is None:
            raise row.fail("checked", "must be true or false")
        entry: dict[str, Any] = {"title": row.need("title")}
        if row.opt("url"):
            entry["url"] = row.opt("url")
        if row.opt("publication"):
            entry["publication"] = row.opt("publication")
        entry["as_of"] = row.need("as_of")
        entry["checked"] = checked
        if row.opt("note"):
            entry["note"] = row.opt("note")
        sources[key] = entry
    return sources


def check_keys(row: Row, sources: dict[str, Any], column: str = "sources") -> list[str]:
    """The row's source keys, each known to the family's sources table."""
    keys = row.keys_of(column)
    for key in keys:
        if key not in sources:
            raise row.fail(column, f"unknown source key {key!r} (add it to sources.csv)")
    return keys


def words(value: str | None, sep: str | None = None) -> list[str]:
    """The non-empty items of a cell split on ``sep`` (whitespace by default), stripped."""
    return [w.strip() for w in (value or "").split(sep) if w.strip()]


#: The columns of a treaty event table (data/curated/treaties_*/<instrument>.csv): one row per act of a state.
TREATY_EVENT_COLUMNS = [
    "iso3",
    "name_as_shown",
    "event",
    "date",
    "consent_type",
    "reservations",
    "reservation_note",
    "note",
    "sources",
]


def scalar(value: Any) -> str:
    """A value in YAML flow style: dates and simple words bare, other text JSON-quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) and not value.is_integer() else str(int(value))
    if isinstance(value, list):
        return "[" + ", ".join(scalar(x) for x in value) + "]"
    text = str(value)
    if _FULL_DATE.match(text) and len(text) == 10:
        return text
    if _BARE.match(text) and text.lower() not in _YAML_WORDS:
        return text
    return json.dumps(text, ensure_ascii=False)


def flow(entry: dict[str, Any]) -> str:
    """One entry on one line, keys in the given order, empty values left out."""
    return "  - {" + ", ".join(f"{k}: {scalar(v)}" for k, v in entry.items() if v not in (None, [], "")) + "}"


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    list,
    lambda d, data: d.represent_sequence(
        "tag:yaml.org,2002:seq", data, flow_style=all(not isinstance(x, (dict, list)) for x in data)
    ),
)


def block(section: str, value: Any) -> str:
    """A section in block style (sources, actors, instruments)."""
    return yaml.dump({section: value}, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def write_yaml(path: Path, tables: list[str], sections: dict[str, Any]) -> None:
    """Write a generated data file whose header names the tables to edit; parse it before it replaces the old one."""
    header = (
        "# Generated by tools/data from the curated tables below; do not edit by hand: edit the table, then\n"
        "# run `make data` (`make data-check` proves the file rebuilds byte for byte).\n"
        + "".join(f"#   {t}\n" for t in tables)
    )
    parts = [header]
    for section, value in sections.items():
        if not value:
            continue
        if section in ("sources", "actors", "instruments"):
            parts.append(block(section, value))
        else:
            parts.append(f"{section}:\n" + "".join(flow(entry) + "\n" for entry in value))
    text = "\n".join(parts)
    yaml.safe_load(text)  # must parse
    tmp = path.with_suffix(".yaml.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
