#!/usr/bin/env python3
"""Build data/actors/national_agencies.yaml from the curated national tables.

Tables (data/curated/national/):
- ``agencies.csv``: one row per national body (lead agency for migration, labour emigration
  or asylum, or a national coordination mechanism on migration): id, name, acronym, aliases
  (``;``-separated), country (ISO3), founded, dissolved, url, note, sources. Every row is an
  actor of kind national_agency.
- ``ties.csv``: one row per tie of such a body: source, target, type (part_of, located_in,
  coordinates_with, ...), since, until, role (for example "lead agency: asylum" or
  "national coordination mechanism on migration"), note, sources.
- ``sources.csv``: the source keys both tables cite (key, title, url, publication, as_of,
  checked, note).

The builder only transforms rows: no fact lives here.

Usage: python tools/data/build_national.py [--sources DIR] [--actors DIR]
"""

from __future__ import annotations

from typing import Any

from repo_paths import builder_args
from tables import CURATED, check_keys, read_sources, read_table, write_yaml

FAMILY = CURATED / "national"
AGENCY_COLUMNS = ["id", "name", "acronym", "aliases", "country", "founded", "dissolved", "url", "note", "sources"]
TIE_COLUMNS = ["source", "target", "type", "since", "until", "role", "note", "sources"]
OUTPUT = "national_agencies.yaml"


def agencies(sources: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    seen: set[str] = set()
    for row in read_table(FAMILY / "agencies.csv", AGENCY_COLUMNS):
        ident = row.need("id")
        if ident in seen:
            raise row.fail("id", f"{ident!r} appears twice")
        seen.add(ident)
        entry: dict[str, Any] = {"id": ident, "kind": "national_agency", "name": row.need("name")}
        if row.opt("acronym"):
            entry["acronym"] = row.opt("acronym")
        aliases = [a.strip() for a in (row.opt("aliases") or "").split(";") if a.strip()]
        if aliases:
            entry["aliases"] = aliases
        entry["country"] = row.need("country")
        for column in ("founded", "dissolved", "url", "note"):
            if row.opt(column):
                entry[column] = row.opt(column)
        entry["sources"] = check_keys(row, sources)
        out.append(entry)
    return out


def ties(sources: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for row in read_table(FAMILY / "ties.csv", TIE_COLUMNS):
        entry: dict[str, Any] = {"source": row.need("source"), "target": row.need("target"), "type": row.need("type")}
        for column in ("since", "until", "role", "note"):
            if row.opt(column):
                entry[column] = row.opt(column)
        entry["sources"] = check_keys(row, sources)
        out.append(entry)
    return out


def main() -> None:
    args = builder_args(__doc__.splitlines()[0]).parse_args()
    sources = read_sources(FAMILY / "sources.csv")
    actors, relations = agencies(sources), ties(sources)
    used = {k for item in actors + relations for k in item["sources"]}
    write_yaml(
        args.actors / OUTPUT,
        [
            "data/curated/national/agencies.csv",
            "data/curated/national/ties.csv",
            "data/curated/national/sources.csv",
        ],
        {
            "sources": {k: v for k, v in sources.items() if k in used},
            "actors": actors,
            "relations": relations,
        },
    )
    print(f"national: {len(actors)} agencies, {len(relations)} ties -> {args.actors / OUTPUT}")


if __name__ == "__main__":
    main()
