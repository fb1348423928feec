#!/usr/bin/env python3
"""Generate the IOM membership relations (state -> iom) of data/actors/un_system.yaml.

Membership spells to 2014 come from the Correlates of War IGO data v3 (igo_code
"IOMig"), as copied in data/sources/cow_igo_memberships_1945_2014.csv. Everything
hand-curated lives in data/curated/iom/ (see its README.md):

- events.csv: one row per event the extract lacks (an admission as member, an
  admission as observer, a withdrawal), with its sources;
- cow_corrections.csv: a COW spell whose first year is replaced by a dated account;
- cow_names.csv: COW state names mapped to ISO3 (and notes on merged codes);
- sources.csv: the sources the rows cite (written to data/actors/iom_sources.yaml).

The relations replace the block between the markers "# BEGIN generated: iom-members"
and "# END generated: iom-members" in un_system.yaml; nothing else of that file is touched.

Usage: python tools/data/build_iom_members.py [--sources DIR] [--actors DIR]
"""

from __future__ import annotations

import csv
from collections import defaultdict
from typing import Any

from repo_paths import builder_args
from tables import CURATED, TableError, check_keys, flow, read_sources, read_table, write_yaml

BEGIN = "# BEGIN generated: iom-members"
END = "# END generated: iom-members"
FAMILY = CURATED / "iom"
TABLES = [
    "data/sources/cow_igo_memberships_1945_2014.csv",
    "data/curated/iom/events.csv",
    "data/curated/iom/cow_corrections.csv",
    "data/curated/iom/cow_names.csv",
    "data/curated/iom/sources.csv",
]
COW = "iom/cow-igo-v3"
IOMPAGE = "iom/member-states"
COW_LAST_YEAR = 2014  # a spell running to this year is still open
EVENTS = ("member", "observer", "withdrew")


def cow_spells(src, names: dict[str, tuple[str, str]]) -> dict[str, list[list[Any]]]:
    """Full-membership spells per ISO3 from the COW extract, contiguous spells merged (FRG + Germany)."""
    spells: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    with src.open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["igo_code"] != "IOMig" or r["role"] != "full":
                continue
            name = r["cow_state_name"]
            iso3 = names.get(name, ("", ""))[0] or r["iso3"]
            if not iso3:
                raise SystemExit(f"{src}: no ISO3 for COW state {name!r}: add it to data/curated/iom/cow_names.csv")
            spells[iso3].append((int(r["first_year"]), int(r["last_year"]), name))
    merged: dict[str, list[list[Any]]] = {}
    for iso3, sp in spells.items():
        out: list[list[Any]] = []
        for a, b, name in sorted(sp):
            if out and a <= out[-1][1] + 1:
                out[-1][1] = max(out[-1][1], b)
                out[-1][2].append(name)
            else:
                out.append([a, b, [name]])
        merged[iso3] = out
    return merged


def main() -> None:
    args = builder_args(__doc__.splitlines()[1]).parse_args()
    src = args.sources / "cow_igo_memberships_1945_2014.csv"
    yaml_path = args.actors / "un_system.yaml"
    sources = read_sources(FAMILY / "sources.csv")

    names = {}
    for row in read_table(FAMILY / "cow_names.csv", ["cow_state_name", "iso3", "note"]):
        names[row.need("cow_state_name")] = (row.opt("iso3") or "", row.opt("note") or "")

    corrections = {}
    for row in read_table(FAMILY / "cow_corrections.csv", ["state", "cow_first_year", "since", "note", "sources"]):
        key = (row.need("state"), int(row.need("cow_first_year")))
        if key in corrections:
            raise row.fail("state", f"correction of {key} appears twice")
        corrections[key] = (row, check_keys(row, sources))

    events = read_table(FAMILY / "events.csv", ["state", "event", "date", "note", "sources"])
    for row in events:
        if row.need("event") not in EVENTS:
            raise row.fail("event", f"{row['event']!r} is not one of {', '.join(EVENTS)}")
        check_keys(row, sources)

    spells = cow_spells(src, names)
    used = set()
    rels: list[dict[str, Any]] = []
    open_member: dict[str, dict[str, Any]] = {}  # state -> its membership relation still running
    for iso3 in sorted(spells):
        for a, b, cow_names in spells[iso3]:
            notes = [names[n][1] for n in dict.fromkeys(cow_names) if n in names and names[n][1]]
            since: str = str(a)
            keys = [COW, IOMPAGE]
            if (iso3, a) in corrections:
                row, keys = corrections[(iso3, a)]
                used.add((iso3, a))
                since = row.need("since")
                notes.append(row.need("note"))
            rel: dict[str, Any] = {"source": iso3, "target": "iom", "type": "member_of", "since": since}
            if b < COW_LAST_YEAR:
                rel["until"] = str(b)
                notes.append(
                    f"COW lists {iso3} as a member through {b} and not in {b + 1}; until gives that last year "
                    "(year precision): the exact date of withdrawal was not found."
                )
            rel["note"] = " ".join(notes) or None
            rel["sources"] = keys
            rels.append(rel)
            if b < COW_LAST_YEAR:
                later = any(x[0] > a for x in spells[iso3])
                rels.append({
                    "source": iso3, "target": "iom", "type": "withdrew_from", "since": str(b),
                    "note": f"Left ICEM/IOM in or at the end of {b} per COW IGO v3 (member {a}-{b}); "
                    + ("rejoined later." if later else "no later spell in COW."),
                    "sources": [COW],
                })
            else:
                open_member[iso3] = rel
    for key, (row, _) in corrections.items():
        if key not in used:
            raise row.fail("cow_first_year", f"COW has no IOM spell of {key[0]} starting in {key[1]}")

    observers: dict[str, dict[str, Any]] = {}
    order = sorted(events, key=lambda r: (r.need("state"), r.opt("date") or "0000"))
    for row in order:
        state, event, date = row.need("state"), row.need("event"), row.opt("date")
        keys = check_keys(row, sources)
        if event == "observer":
            rel = {"source": state, "target": "iom", "type": "observer_of", "since": date,
                   "note": row.need("note"), "sources": keys}
            member = open_member.get(state)
            if member and member["since"] and date and member["since"] > date:
                rel["until"] = member["since"]  # an observer until it became a member (COW spell)
            observers[state] = rel
            rels.append(rel)
        elif event == "member":
            if state in open_member:
                raise row.fail("state", f"{state} is already a member from {open_member[state]['since']} (COW or an earlier row)")
            if state in observers and date and "until" not in observers[state]:
                observers[state]["until"] = date
            rel = {"source": state, "target": "iom", "type": "member_of", "since": date,
                   "note": row.need("note"), "sources": keys}
            open_member[state] = rel
            rels.append(rel)
        else:  # withdrew
            if not date:
                raise row.fail("date", "a withdrawal needs its date")
            if state not in open_member:
                raise row.fail("state", f"{state} has no open membership to end")
            open_member.pop(state)["until"] = date
            rels.append({"source": state, "target": "iom", "type": "withdrew_from", "since": date,
                         "note": row.need("note"), "sources": keys})
    # keep the key order of every relation (an observer's until was set after its note)
    ordered = []
    for rel in rels:
        ordered.append({k: rel.get(k) for k in ("source", "target", "type", "since", "until", "note", "sources")})

    lines = [
        BEGIN,
        "  # Generated by tools/data/build_iom_members.py from COW IGO v3 (to 2014) and the tables in",
        "  # data/curated/iom/ (events after 2014, observers, corrections); do not edit by hand.",
        *(flow(rel) for rel in ordered),
        "  " + END,
    ]
    text = yaml_path.read_text(encoding="utf-8")
    start, stop = text.index(BEGIN), text.index(END) + len(END)
    cited = {k for rel in ordered for k in rel["sources"]}
    unused = sorted(set(sources) - cited)
    if unused:
        raise TableError(f"data/curated/iom/sources.csv: source key(s) cited by no row: {', '.join(unused)}")
    write_yaml(args.actors / "iom_sources.yaml", TABLES, {"sources": sources})
    yaml_path.write_text(text[:start] + "\n".join(lines) + text[stop:], encoding="utf-8")
    count = defaultdict(int)
    for rel in ordered:
        count[rel["type"]] += 1
    print(f"wrote {dict(count)} to {yaml_path} and {len(sources)} sources to {args.actors / 'iom_sources.yaml'}")


if __name__ == "__main__":
    main()
