#!/usr/bin/env python3
"""Build data/actors/coverage.yaml from the curated coverage tables.

Every ``data/curated/coverage/*.csv`` except ``sources*.csv`` is a coverage table with the columns
state, list, complete, reviewed, note, sources: one row per state and curated list
(national_agencies, coordination_mechanisms, cities, csos, bilateral_agreements) saying whether
that list is complete as last reviewed ("checked, none" versus "not recorded"). Source keys are
defined in ``data/curated/coverage/sources*.csv``; a row may also cite a key of another curated
family (``data/curated/<family>/sources*.csv``), which that family's generated file defines.

Usage: python tools/data/build_coverage.py [--sources DIR] [--actors DIR]
"""

from __future__ import annotations

from typing import Any

from repo_paths import builder_args
from tables import CURATED, TableError, check_keys, read_sources, read_table, write_yaml

FAMILY = CURATED / "coverage"
COLUMNS = ["state", "list", "complete", "reviewed", "note", "sources"]
LISTS = ("national_agencies", "coordination_mechanisms", "cities", "csos", "bilateral_agreements")
OUTPUT = "coverage.yaml"


def merged_sources(paths: list[Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in paths:
        for key, value in read_sources(path).items():
            if key in out:
                raise TableError(f"{path}: source key {key!r} is also defined in another sources table")
            out[key] = value
    return out


def main() -> None:
    args = builder_args(__doc__.splitlines()[0]).parse_args()
    own = merged_sources(sorted(FAMILY.glob("sources*.csv")))
    others: dict[str, dict[str, Any]] = {}
    for path in sorted(p for p in CURATED.glob("*/sources*.csv") if p.parent != FAMILY):
        others.update(read_sources(path))
    known = {**others, **own}
    tables = sorted(p for p in FAMILY.glob("*.csv") if not p.name.startswith("sources"))
    rows: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], str] = {}
    for path in tables:
        for row in read_table(path, COLUMNS):
            state, name = row.need("state"), row.need("list")
            if name not in LISTS:
                raise row.fail("list", f"{name!r} is not one of {', '.join(LISTS)}")
            if (state, name) in seen:
                raise row.fail("list", f"{state} {name} is already given in {seen[(state, name)]}")
            seen[(state, name)] = f"{path.name}:{row.line}"
            complete = row.flag("complete")
            if complete is None:
                raise row.fail("complete", "must be true or false")
            entry: dict[str, Any] = {
                "state": state,
                "list": name,
                "complete": complete,
                "reviewed": row.need("reviewed"),
                "note": row.opt("note"),
                "sources": check_keys(row, known),
            }
            rows.append(entry)
    rows.sort(key=lambda e: (e["state"], LISTS.index(e["list"])))
    used = {k for e in rows for k in e["sources"]}
    write_yaml(
        args.actors / OUTPUT,
        [f"data/curated/coverage/{p.name}" for p in tables]
        + [f"data/curated/coverage/{p.name}" for p in sorted(FAMILY.glob("sources*.csv"))],
        {"sources": {k: v for k, v in own.items() if k in used}, "coverage": rows},
    )
    print(f"coverage: {len(rows)} rows from {len(tables)} table(s) -> {args.actors / OUTPUT}")


if __name__ == "__main__":
    main()
