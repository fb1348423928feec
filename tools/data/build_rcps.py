#!/usr/bin/env python3
"""Build data/actors/rcps.yaml and data/actors/processes_global.yaml from the curated process tables.

The hand-curated facts about migration RCPs, inter-regional forums and global processes live in
data/curated/processes/ (see its README.md); this script only transforms them:

  * bodies.csv       -- the RCPs and inter-regional forums, and the few non-state members they
                        need (e.g. Hong Kong SAR in the Bali Process): actors written to rcps.yaml
  * instruments.csv  -- declarations that states endorse (e.g. the Los Angeles Declaration)
  * memberships.csv  -- one row per membership spell or role: body, entity, role (member, observer,
                        associate, participant, chair, secretariat, partner, endorser), position (the
                        body's own word for the role), since, until, end_reason (withdrew, suspended),
                        note, sources
  * sources.csv      -- the named sources every row cites (checked: read in that source or not)

A row with end_reason ``withdrew`` (``suspended``) also yields a ``withdrew_from``
(``suspended_from``) relation dated on its ``until``. Relations of the bodies in bodies.csv and
instruments.csv go to rcps.yaml; relations of bodies kept elsewhere (the GFMD, the UN Network on
Migration, the IMRF ...) go to processes_global.yaml. All sources are written to rcps.yaml.

Rows taken from data/sources/rcp_memberships_extracted.csv were transcribed into memberships.csv
once (one row per relation, the extract's rows merged); they cite source keys whose note names the
extract. The build reads the extract only to check that each such key's URL is one of its rows.

Usage: python tools/data/build_rcps.py [--sources DIR] [--actors DIR]
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from repo_paths import builder_args
from tables import CURATED, TableError, check_keys, read_sources, read_table, write_yaml

DIR = CURATED / "processes"
TABLES = [
    "data/curated/processes/bodies.csv",
    "data/curated/processes/instruments.csv",
    "data/curated/processes/memberships.csv",
    "data/curated/processes/sources.csv",
]
ROLE_TYPE = {
    "member": "member_of",
    "observer": "observer_of",
    "associate": "associate_of",
    "participant": "participates_in",
    "chair": "chairs",
    "secretariat": "secretariat_of",
    "partner": "partners_with",
    "endorser": "endorses",
}
END_TYPE = {"withdrew": "withdrew_from", "suspended": "suspended_from"}
EXTRACT = "rcp_memberships_extracted.csv"


def check_extract(sources: dict[str, Any], folder: Path) -> None:
    """Every source said to be read from the extract names a URL that the extract holds."""
    with (folder / EXTRACT).open(encoding="utf-8", newline="") as fh:
        urls = {row["source_url"] for row in csv.DictReader(fh)}
    for key, entry in sources.items():
        if EXTRACT in entry.get("note", "") and entry.get("url") not in urls:
            raise TableError(f"data/curated/processes/sources.csv: {key}: url not found in data/sources/{EXTRACT}")


def _list(value: str | None, sep: str) -> list[str]:
    return [x.strip() for x in (value or "").split(sep) if x.strip()]


def bodies(sources: dict[str, Any]) -> list[dict[str, Any]]:
    cols = [
        "id",
        "kind",
        "level",
        "membership_recorded",
        "name",
        "acronym",
        "aliases",
        "region",
        "founded",
        "url",
        "note",
        "sources",
        "open_to",
        "theme_instruments",
    ]
    out = []
    for row in read_table(DIR / "bodies.csv", cols):
        actor: dict[str, Any] = {"id": row.need("id"), "kind": row.need("kind")}
        if row.flag("membership_recorded") is not None:
            actor["membership_recorded"] = row.flag("membership_recorded")
        if row.opt("open_to"):
            actor["open_to"] = row.opt("open_to")
        if row.opt("theme_instruments"):
            actor["theme_instruments"] = row.opt("theme_instruments").split()
        actor["name"] = row.need("name")
        for col in ("acronym",):
            if row.opt(col):
                actor[col] = row.opt(col)
        if row.opt("aliases"):
            actor["aliases"] = _list(row.opt("aliases"), ";")
        for col in ("region", "founded", "url", "note"):
            if row.opt(col):
                actor[col] = row.opt(col)
        if row.opt("level"):
            actor["level"] = row.opt("level")
        actor["sources"] = check_keys(row, sources)
        out.append(actor)
    return out


def instruments(sources: dict[str, Any]) -> list[dict[str, Any]]:
    cols = ["id", "name", "acronym", "kind", "binding", "scope", "adopted", "url", "note", "sources"]
    out = []
    for row in read_table(DIR / "instruments.csv", cols):
        inst: dict[str, Any] = {"id": row.need("id"), "name": row.need("name")}
        if row.opt("acronym"):
            inst["acronym"] = row.opt("acronym")
        inst["kind"] = row.need("kind")
        if row.flag("binding") is not None:
            inst["binding"] = row.flag("binding")
        inst["scope"] = row.need("scope")
        for col in ("adopted", "url", "note"):
            if row.opt(col):
                inst[col] = row.opt(col)
        inst["sources"] = check_keys(row, sources)
        out.append(inst)
    return out


def relations(sources: dict[str, Any]) -> list[dict[str, Any]]:
    cols = ["body", "entity", "role", "position", "since", "until", "end_reason", "note", "sources"]
    out = []
    for row in read_table(DIR / "memberships.csv", cols):
        role = row.need("role")
        if role not in ROLE_TYPE:
            raise row.fail("role", f"{role!r} is not one of {', '.join(ROLE_TYPE)}")
        keys = check_keys(row, sources)
        rel = {
            "source": row.need("entity"),
            "target": row.need("body"),
            "type": ROLE_TYPE[role],
            "since": row.opt("since"),
            "until": row.opt("until"),
            "role": row.opt("position"),
            "note": row.opt("note"),
            "sources": keys,
        }
        out.append(rel)
        end = row.opt("end_reason")
        if end:
            if end not in END_TYPE:
                raise row.fail("end_reason", f"{end!r} is not one of {', '.join(END_TYPE)}")
            if not rel["until"]:
                raise row.fail("until", f"end_reason {end!r} needs the date in until")
            out.append(
                {
                    "source": rel["source"],
                    "target": rel["target"],
                    "type": END_TYPE[end],
                    "since": rel["until"],
                    "note": row.opt("note"),
                    "sources": keys,
                }
            )
    return out


def main(argv: list[str] | None = None) -> None:
    args = builder_args(__doc__.splitlines()[0]).parse_args(argv)
    sources = read_sources(DIR / "sources.csv")
    check_extract(sources, args.sources)
    actors = bodies(sources)
    insts = instruments(sources)
    rels = relations(sources)
    here = {a["id"] for a in actors} | {i["id"] for i in insts}
    local = [r for r in rels if r["target"] in here]
    other = [r for r in rels if r["target"] not in here]
    write_yaml(
        args.actors / "rcps.yaml",
        TABLES,
        {"sources": sources, "actors": actors, "instruments": insts, "relations": local},
    )
    write_yaml(args.actors / "processes_global.yaml", TABLES, {"relations": other})


if __name__ == "__main__":
    main()
