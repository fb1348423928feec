#!/usr/bin/env python3
"""Build the regional organisations: data/actors/recs.yaml and data/actors/regional_organisations_other.yaml.

Every hand-curated fact is in a table of data/curated/regional/ (see its README.md); this script only
transforms those tables and one raw extract:

  * bodies.csv           -- one row per body: the actor entry (written to the file named in `file`, or not
                            written when `define` is false because the actor lives in another file), how its
                            COW IGO code is read, and the source of its membership list
  * memberships.csv      -- one row per membership spell or status: body, state, role (member, participant,
                            associate, observer, suspended, withdrew), since, until, note, sources
  * cow_corrections.csv  -- corrections of single COW spells (key: body, state, cow_first_year): drop the
                            spell, or replace its dates (`none` = no date), add a withdrawal, a note, sources
  * body_relations.csv   -- relations between organisations (coordinates_with, partners_with)
  * sources.csv          -- every source key cited above
  * data/sources/cow_igo_memberships_1945_2014.csv -- COW IGO v3 spells (years only; the data end in 2014)

A COW spell becomes one member_of (full), associate_of (associate) or observer_of (observer) relation:
`since` is the first year coded, or the body's founding date for the members coded in its first year;
`until` is the year after the last year coded unless the spell runs to the body's last coded year (then
it continues). A memberships.csv row with role `withdrew` becomes a withdrew_from relation dated `since`.

Usage:  python tools/data/build_recs.py [--sources DIR] [--actors DIR]
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from repo_paths import builder_args
from tables import CURATED, TableError, check_keys, read_sources, read_table, write_yaml

TABLES = CURATED / "regional"
COW_FILE = "cow_igo_memberships_1945_2014.csv"
COW_KEY = "recs/cow-igo-v3"
OUTPUTS = {"recs": "recs.yaml", "regional_organisations_other": "regional_organisations_other.yaml"}
#: the table's role -> the relation type
ROLE_TYPE = {
    "member": "member_of",
    "participant": "participates_in",
    "associate": "associate_of",
    "observer": "observer_of",
    "suspended": "suspended_from",
    "withdrew": "withdrew_from",
}
COW_ROLE_TYPE = {"full": "member_of", "associate": "associate_of", "observer": "observer_of"}
BODY_COLUMNS = [
    "id", "file", "define", "kind", "name", "acronym", "aliases", "region", "founded", "dissolved", "url",
    "membership_recorded", "relation_binding", "member_role", "cow_code", "cow_founding_year", "founding_date",
    "cow_last_coded", "members_source", "note", "sources", "open_to",
]  # fmt: skip
TABLE_NAMES = [f"data/curated/regional/{n}" for n in
               ("bodies.csv", "memberships.csv", "cow_corrections.csv", "body_relations.csv", "sources.csv")]  # fmt: skip


def _date(value: str | None) -> str | None:
    return value or None


def read_bodies(sources: dict[str, Any]) -> list[dict[str, Any]]:
    bodies = []
    for row in read_table(TABLES / "bodies.csv", BODY_COLUMNS):
        if row.need("file") not in OUTPUTS:
            raise row.fail("file", f"must be one of {', '.join(OUTPUTS)}")
        define = row.flag("define")
        body = {k: row.opt(k) for k in BODY_COLUMNS}
        body["define"] = define is not False
        body["sources"] = check_keys(row, sources)
        if body["members_source"] and body["members_source"] not in sources:
            raise row.fail("members_source", f"unknown source key {body['members_source']!r}")
        body["cow_last_coded"] = int(body["cow_last_coded"] or 2014)
        body["cow_founding_year"] = int(body["cow_founding_year"]) if body["cow_founding_year"] else None
        body["_row"] = row
        bodies.append(body)
    return bodies


def actor_entry(b: dict[str, Any]) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": b["id"], "kind": b["kind"] or "rec"}
    if b["membership_recorded"] == "false":
        entry["membership_recorded"] = False
    if b["open_to"]:
        entry["open_to"] = b["open_to"]
    entry["name"] = b["name"]
    for k in ("acronym", "aliases", "region", "founded", "dissolved", "url", "note"):
        v = b[k]
        if not v:
            continue
        if k == "aliases":
            v = [a.strip() for a in v.split(";") if a.strip()]
        elif k in ("founded", "dissolved") and len(v) == 4:
            v = int(v)
        entry[k] = v
    entry["sources"] = b["sources"]
    return entry


def read_cow(path: Path, codes: set[str]) -> tuple[dict[str, list[dict[str, str]]], dict[str, list[int]]]:
    by_code: dict[str, list[dict[str, str]]] = defaultdict(list)
    eec: dict[str, list[int]] = defaultdict(list)
    with path.open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["igo_code"] == "EEC" and r["iso3"]:
                eec[r["iso3"]].append(int(r["first_year"]))
            if r["igo_code"] in codes and r["iso3"]:
                by_code[r["igo_code"]].append(r)
    return by_code, eec


def read_corrections(sources: dict[str, Any], bodies: set[str]) -> dict[tuple[str, str, int], Any]:
    cols = [
        "body",
        "state",
        "cow_first_year",
        "action",
        "since",
        "until",
        "withdrew",
        "note",
        "withdrew_note",
        "sources",
    ]
    out = {}
    for row in read_table(TABLES / "cow_corrections.csv", cols):
        if row.need("body") not in bodies:
            raise row.fail("body", f"unknown body {row['body']!r} (add it to bodies.csv)")
        if row.need("action") not in ("drop", "amend"):
            raise row.fail("action", "must be drop or amend")
        key = (row["body"], row.need("state"), int(row.need("cow_first_year")))
        if key in out:
            raise row.fail("cow_first_year", "this COW spell is corrected twice")
        row.extra = check_keys(row, sources) if row.opt("sources") else []  # type: ignore[attr-defined]
        out[key] = row
    return out


def cow_relations(bodies, by_code, eec, corrections):
    rels, dropped, used = [], [], set()
    for b in bodies:
        code = b["cow_code"]
        if not code:
            continue
        org, fdate, msrc = b["id"], b["founding_date"], b["members_source"]
        base_sources = [COW_KEY] + ([msrc] if msrc else [])
        for r in sorted(by_code[code], key=lambda r: (r["iso3"], int(r["first_year"]))):
            iso, fy, ly, role = r["iso3"], int(r["first_year"]), int(r["last_year"]), r["role"]
            c = corrections.get((org, iso, fy))
            if c is not None:
                used.add((org, iso, fy))
            if c is not None and c["action"] == "drop":
                dropped.append((org, iso, fy, ly, role, c["note"]))
                continue
            if fdate and ly < int(fdate[:4]) and c is None:
                dropped.append((org, iso, fy, ly, role, "spell ends before the body was founded (predecessor)"))
                continue
            since: Any = fy
            founding = False
            first_year = b["cow_founding_year"] or int(fdate[:4]) if fdate else None
            if fdate and first_year is not None and fy <= first_year and role == "full" and not (c and c.opt("since")):
                since, founding = fdate, True
            until: Any = None if ly >= b["cow_last_coded"] else ly + 1
            dissolved = b["dissolved"]
            if dissolved and ly == int(dissolved[:4]):
                until = dissolved
            if c is not None and c.opt("since"):
                since = None if c["since"] == "none" else c["since"]
            if c is not None and c.opt("until"):
                until = None if c["until"] == "none" else c["until"]
            notes = []
            if founding:
                notes.append(
                    "Founding member (date of the founding treaty"
                    + (f"; COW codes from {fy})." if str(fdate)[:4] != str(fy) else ").")
                )
            if dissolved and until == dissolved:
                notes.append(f"Membership ended with the dissolution of the {b['acronym'] or b['name']}.")
            elif until is not None and not (c and c.opt("until")):
                notes.append(f"COW codes membership to {ly}; end approximated as {ly + 1} (not verified).")
            if ly == b["cow_last_coded"] and b["cow_last_coded"] < 2014 and until is None:
                notes.append(f"COW stops coding the {b['acronym'] or b['name']} after {ly}; treated as continuing.")
            if b["cow_code"] == "EU" and iso in eec and fy == 1993:
                first = min(eec[iso])
                notes.append(
                    f"EEC member from {first} (COW; West Germany for DEU)."
                    if iso == "DEU"
                    else f"EEC member from {first} (COW)."
                )
            if c is not None and c.opt("note"):
                notes.append(c["note"])
            extra = list(c.extra) if c is not None else []
            rtype = COW_ROLE_TYPE[role]
            if role == "full" and b["member_role"]:
                rtype = ROLE_TYPE[b["member_role"]]
            d: dict[str, Any] = {"source": iso, "target": org, "type": rtype}
            if since is not None:
                d["since"] = since
            if until is not None:
                d["until"] = until
            if b["relation_binding"]:
                d["binding"] = b["relation_binding"] == "true"
            if notes:
                d["note"] = " ".join(notes)
            d["sources"] = _dedupe(base_sources + extra)
            rels.append(d)
            if c is not None and c.opt("withdrew"):
                w: dict[str, Any] = {"source": iso, "target": org, "type": "withdrew_from", "since": c["withdrew"]}
                if c.opt("withdrew_note"):
                    w["note"] = c["withdrew_note"]
                w["sources"] = _dedupe(base_sources + extra)
                rels.append(w)
    unused = sorted(set(corrections) - used)
    if unused:
        row = corrections[unused[0]]
        raise row.fail("cow_first_year", f"no COW spell {unused[0]} to correct ({len(unused)} unused corrections)")
    return rels, dropped


def _dedupe(keys: list[str]) -> list[str]:
    out: list[str] = []
    for k in keys:
        if k not in out:
            out.append(k)
    return out


def membership_relations(sources, bodies_by_id, actor_ids):
    cols = ["body", "state", "role", "since", "until", "body_term", "note", "sources"]
    rels = []
    for row in read_table(TABLES / "memberships.csv", cols):
        body = row.need("body")
        if body not in bodies_by_id:
            raise row.fail("body", f"unknown body {body!r} (add it to bodies.csv)")
        role = row.need("role")
        if role not in ROLE_TYPE:
            raise row.fail("role", f"{role!r} is not one of {', '.join(ROLE_TYPE)}")
        state = row.need("state")
        if actor_ids is not None and state not in actor_ids:
            raise row.fail("state", f"unknown actor {state!r}")
        d: dict[str, Any] = {"source": state, "target": body, "type": ROLE_TYPE[role]}
        for k in ("since", "until"):
            if row.opt(k):
                d[k] = row[k].strip()
        if role == "withdrew" and row.opt("until"):
            raise row.fail("until", "a withdrawal is an event: give its date in since")
        binding = bodies_by_id[body]["relation_binding"]
        if binding and role in ("member", "participant", "associate"):
            d["binding"] = binding == "true"
        if row.opt("body_term"):
            d["role"] = row["body_term"].strip()
        if row.opt("note"):
            d["note"] = row["note"].strip()
        d["sources"] = check_keys(row, sources)
        rels.append(d)
    return rels


def inter_relations(sources):
    cols = ["source", "target", "type", "role", "since", "until", "note", "sources"]
    rels = []
    for row in read_table(TABLES / "body_relations.csv", cols):
        d: dict[str, Any] = {"source": row.need("source"), "target": row.need("target"), "type": row.need("type")}
        for k in ("since", "until", "role", "note"):
            if row.opt(k):
                d[k] = row[k].strip()
        d["sources"] = check_keys(row, sources)
        rels.append(d)
    return rels


def _known_actor_ids(actors_dir: Path) -> set[str] | None:
    """Ids of the states (states.yaml) plus the bodies, to catch a mistyped state code; None if unreadable."""
    import yaml

    ids: set[str] = set()
    try:
        doc = yaml.safe_load((actors_dir / "states.yaml").read_text(encoding="utf-8"))
    except OSError:
        return None
    for a in doc.get("actors", []) or []:
        ids.add(a["id"])
    return ids


def main(argv: list[str] | None = None) -> None:
    args = builder_args(__doc__.splitlines()[0]).parse_args(argv)
    try:
        sources = read_sources(TABLES / "sources.csv")
        bodies = read_bodies(sources)
        by_id = {b["id"]: b for b in bodies}
        corrections = read_corrections(sources, set(by_id))
        by_code, eec = read_cow(args.sources / COW_FILE, {b["cow_code"] for b in bodies if b["cow_code"]})
        rels, dropped = cow_relations(bodies, by_code, eec, corrections)
        known = _known_actor_ids(args.actors)
        if known is not None:
            known |= set(by_id)
        rels += membership_relations(sources, by_id, known)
        inter = inter_relations(sources)
    except TableError as exc:
        raise SystemExit(str(exc)) from None

    order = [b["id"] for b in bodies]
    type_rank = {"member_of": 0, "participates_in": 0, "associate_of": 1, "observer_of": 2,
                 "suspended_from": 3, "withdrew_from": 4}  # fmt: skip
    rels.sort(key=lambda d: (order.index(d["target"]), type_rank[d["type"]], d["source"], str(d.get("since", ""))))
    for file_id, file_name in OUTPUTS.items():
        actors = [actor_entry(b) for b in bodies if b["file"] == file_id and b["define"]]
        mine = {b["id"] for b in bodies if b["file"] == file_id}
        relations = [d for d in rels if d["target"] in mine]
        if file_id == "recs":
            relations += inter
        used = sorted({k for d in relations for k in d["sources"]} | {k for a in actors for k in a["sources"]})
        if file_id == "recs":  # every source is defined once, in recs.yaml (keys are global)
            used = list(sources)
        sections = {
            "sources": {k: sources[k] for k in used} if file_id == "recs" else {},
            "actors": actors,
            "relations": relations,
        }
        write_yaml(args.actors / file_name, [*TABLE_NAMES, f"data/sources/{COW_FILE}"], sections)

    cnt = Counter((d["target"], d["type"]) for d in rels)
    print(f"wrote {', '.join(OUTPUTS.values())}: {len(bodies)} bodies, {len(rels) + len(inter)} relations; "
          f"{len(dropped)} COW spells dropped", file=sys.stderr)  # fmt: skip
    for b in bodies:
        print(f"  {b['id']:18s} " + ", ".join(f"{t}={n}" for (o, t), n in sorted(cnt.items()) if o == b["id"]),
              file=sys.stderr)  # fmt: skip
    for x in dropped:
        print("  dropped:", x, file=sys.stderr)


if __name__ == "__main__":
    main()
