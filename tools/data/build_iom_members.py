#!/usr/bin/env python3
"""Generate the IOM membership relations (state -> iom) of data/actors/un_system.yaml.

Membership spells to 2014 come from the Correlates of War IGO data v3
(igo_code "IOMig"), as copied in data/sources/cow_igo_memberships_1945_2014.csv
(kept in data/sources with its provenance).
Changes after 2014, and corrections, are listed in EXTRA / OVERRIDES below with
their own sources. The output replaces the block between the markers
"# BEGIN generated: iom-members" and "# END generated: iom-members" in un_system.yaml.

Usage: python tools/data/build_iom_members.py [--sources DIR] [--actors DIR]
"""
from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

from repo_paths import builder_args

BEGIN = "# BEGIN generated: iom-members"
END = "# END generated: iom-members"

COW = "un_system/cow-igo-v3"
IOMPAGE = "un_system/iom-member-states"

# COW names without an ISO3 in the CSV, or whose COW code must be merged.
NAME_TO_ISO3 = {"Yugoslavia": "SRB"}
NAME_NOTES = {
    "Yugoslavia": "COW's 'Yugoslavia' (ccode 345: Serbia and Montenegro, then Serbia) mapped to SRB.",
    "German Federal Republic": "COW codes the Federal Republic of Germany (to 1989) and Germany (from 1990) separately; merged here as one DEU membership.",
}

# Corrections of COW years where a dated account of the admission was read here.
OVERRIDES = {
    # iso3: (since, sources, note)
    "FSM": ("2011", [COW, IOMPAGE, "un_system/brecorder-iom-2011"],
            "COW v3 gives 2010; a report of the IOM Council of 5-7 December 2011 names Micronesia among the 14 states admitted then. The dated account of the admission is preferred."),
}

# Members not in COW (not in the COW state system, or admitted after 2014).
EXTRA = [
    # (iso3, since, sources, note)
    ("VAT", "2011", [IOMPAGE, "un_system/brecorder-iom-2011"],
     "Holy See admitted at the IOM Council of December 2011 (60th anniversary); not in the COW state system."),
    ("STP", "2015", [IOMPAGE, "un_system/iom-council-106-2015"],
     "Application considered at the 106th Council (24-27 Nov 2015), when IOM had 157 members; by June 2016 IOM reported 162 before China, Solomon Islands and Tuvalu joined. Admission inferred from these counts."),
    ("KNA", "2015", [IOMPAGE, "un_system/iom-council-106-2015"],
     "Application considered at the 106th Council (24-27 Nov 2015); admission inferred from the member counts (157 -> 162)."),
    ("KIR", "2015", [IOMPAGE, "un_system/iom-council-106-2015"],
     "Application considered at the 106th Council (24-27 Nov 2015); admission inferred from the member counts (157 -> 162)."),
    ("ERI", "2015", [IOMPAGE, "un_system/iom-council-106-2015"],
     "Application considered at the 106th Council (24-27 Nov 2015); admission inferred from the member counts (157 -> 162)."),
    ("LCA", "2015", [IOMPAGE, "un_system/iom-council-106-2015"],
     "Application considered at the 106th Council (24-27 Nov 2015); admission inferred from the member counts (157 -> 162)."),
    ("CHN", "2016-06-30", [IOMPAGE, "un_system/iom-special-council-2016"],
     "Admitted at the Special Council of 30 June 2016 (165th member); IOM observer since June 2001."),
    ("SLB", "2016-06-30", [IOMPAGE, "un_system/iom-special-council-2016"],
     "Joined with China and Tuvalu at the Special Council of 30 June 2016."),
    ("TUV", "2016-06-30", [IOMPAGE, "un_system/iom-special-council-2016"],
     "Joined with China and Solomon Islands at the Special Council of 30 June 2016."),
    ("CUB", "2017-11-28", [IOMPAGE, "un_system/iom-council-108-2017"],
     "Admitted at the opening of the 108th Council, 28 November 2017."),
    # Cook Islands (COK) was admitted on the same day (same source) but has no actor in
    # states.yaml (which holds UN members, VAT and PSE); add it here once a COK actor exists:
    # ("COK", "2017-11-28", [IOMPAGE, "un_system/iom-council-108-2017"],
    #  "Cook Islands admitted at the opening of the 108th Council, 28 November 2017."),
    ("UZB", "2018-11-27", [IOMPAGE, "un_system/iom-council-109-2018"],
     "Admitted at the 109th Council (27 November 2018), bringing IOM to 173 members."),
]


def flow(d: dict) -> str:
    parts = []
    for k, v in d.items():
        if v is None:
            continue
        if isinstance(v, list):
            parts.append(f"{k}: [{', '.join(v)}]")
        elif k == "note":
            parts.append(f"{k}: {json.dumps(v, ensure_ascii=False)}")
        else:
            parts.append(f"{k}: {v}")
    return "  - {" + ", ".join(parts) + "}"


def main() -> None:
    args = builder_args(__doc__.splitlines()[1]).parse_args()
    src = args.sources / "cow_igo_memberships_1945_2014.csv"
    YAML = args.actors / "un_system.yaml"
    spells: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    with src.open(newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["igo_code"] != "IOMig" or r["role"] != "full":
                continue
            iso3 = r["iso3"] or NAME_TO_ISO3.get(r["cow_state_name"], "")
            if not iso3:
                raise SystemExit(f"no ISO3 for {r['cow_state_name']}")
            spells[iso3].append((int(r["first_year"]), int(r["last_year"]), r["cow_state_name"]))

    lines = [BEGIN,
             "  # Generated by tools/data/build_iom_members.py from COW IGO v3 (to 2014) plus dated",
             "  # admissions after 2014; do not edit by hand."]
    for iso3 in sorted(spells):
        sp = sorted(spells[iso3])
        # merge contiguous spells (e.g. FRG 1965-1989 + Germany 1990-2014)
        merged: list[list] = []
        for a, b, name in sp:
            if merged and a <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], b)
                merged[-1][2].append(name)
            else:
                merged.append([a, b, [name]])
        for i, (a, b, names) in enumerate(merged):
            notes = [NAME_NOTES[n] for n in dict.fromkeys(names) if n in NAME_NOTES]
            since: str = str(a)
            sources = [COW, IOMPAGE]
            if iso3 in OVERRIDES and i == 0:
                since, sources, onote = OVERRIDES[iso3]
                notes.append(onote)
            rel = {"source": iso3, "target": "iom", "type": "member_of", "since": since}
            if b < 2014:
                rel["until"] = str(b)
                notes.append(f"COW lists {iso3} as a member through {b} and not in {b + 1}; until gives that last year (year precision): the exact date of withdrawal was not found.")
            if notes:
                rel["note"] = " ".join(notes)
            rel["sources"] = sources
            lines.append(flow(rel))
            if b < 2014:
                lines.append(flow({"source": iso3, "target": "iom", "type": "withdrew_from", "since": str(b),
                                   "note": f"Left ICEM/IOM in or at the end of {b} per COW IGO v3 (member {a}-{b}); "
                                           + ("rejoined later." if i + 1 < len(merged) else "no later spell in COW."),
                                   "sources": [COW]}))
    for iso3, since, sources, note in EXTRA:
        lines.append(flow({"source": iso3, "target": "iom", "type": "member_of", "since": since,
                           "note": note, "sources": sources}))
    lines.append("  " + END)

    text = YAML.read_text(encoding="utf-8")
    start = text.index(BEGIN)
    stop = text.index(END) + len(END)
    YAML.write_text(text[:start] + "\n".join(lines) + text[stop:], encoding="utf-8")
    n = sum(1 for l in lines if "type: member_of" in l)
    w = sum(1 for l in lines if "type: withdrew_from" in l)
    print(f"wrote {n} member_of and {w} withdrew_from relations to {YAML}")


if __name__ == "__main__":
    main()
