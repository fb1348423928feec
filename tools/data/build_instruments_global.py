"""Generate data/actors/instruments_global.yaml (global non-binding instruments).

The instruments, their sources and the groups of relations are curated tables in
data/curated/global/ (see its README.md). Positions come from the recorded votes in
data/sources/unga_votes_73_195_gcm_73_151_gcr.csv (Voeten UNGA voting data), typed by
vote_types.csv (absent / not voting -> no relation); an instrument adopted without a
vote is modelled as endorsed by every UN member state (the members listed in the same
CSV); other positions are rows of relations.csv.

    python tools/data/build_instruments_global.py [--sources DIR] [--actors DIR]
"""

import csv
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _instruments_yaml import write
from repo_paths import builder_args
from tables import CURATED, TableError, check_keys, read_sources, read_table

TABLES = CURATED / "global"
VOTES_CSV = "unga_votes_73_195_gcm_73_151_gcr.csv"
INSTRUMENT_COLUMNS = ["id", "name", "acronym", "aliases", "kind", "binding", "scope", "adopted", "in_force",
                      "adopted_by", "policy_areas", "gcm_objectives", "amends", "supplements", "implements", "url",
                      "note", "counts_from", "sources"]
LIST_COLUMNS = ["policy_areas", "amends", "supplements", "implements"]
# Instruments with the same policy_areas share one list object, so the YAML writes it once with an anchor
# (&id001 / *id001), as the file always had: the output stays byte for byte what it was.
_SHARED_AREAS: dict[tuple[str, ...], list[str]] = {}


def instrument(row, sources, counts):
    """One instrument entry from a row of instruments.csv, keys in the data format's order."""
    d = {"id": row.need("id"), "name": row.need("name")}
    for k in INSTRUMENT_COLUMNS[2:]:
        if k == "counts_from":
            continue
        if k == "sources":
            d[k] = check_keys(row, sources)
        elif k == "gcm_objectives":
            d[k] = [int(x) for x in row.get(k, "").split()]
        elif k == "binding":
            if row.flag(k) is not None:
                d[k] = row.flag(k)
        elif k == "aliases":
            if row.opt(k):
                d[k] = [a.strip() for a in row.need(k).split(";")]
        elif k == "policy_areas":
            if row.opt(k):
                areas = row.need(k).split()
                d[k] = _SHARED_AREAS.setdefault(tuple(areas), areas)
        elif k in LIST_COLUMNS:
            if row.opt(k):
                d[k] = row.need(k).split()
        elif k == "note" and row.opt("counts_from"):
            group = row.need("counts_from")
            if group not in counts:
                raise row.fail("counts_from", f"{group!r} is not a recorded_vote group")
            d[k] = row.need(k).format_map(counts[group])
        elif row.opt(k):
            d[k] = row.opt(k)
    return d


def main():
    args = builder_args(__doc__.splitlines()[0])
    args = args.parse_args()
    OUT = os.path.join(args.actors, "instruments_global.yaml")
    with open(os.path.join(args.sources, VOTES_CSV), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    sources = read_sources(TABLES / "sources.csv")
    vote_type = {r.need("vote"): r.opt("type") for r in read_table(TABLES / "vote_types.csv", ["vote", "type"])}
    vote_notes = read_table(TABLES / "vote_notes.csv", ["raw_note_contains", "note"])
    adjustments = read_table(TABLES / "vote_adjustments.csv", ["group", "state", "until", "note", "sources"])
    listed = read_table(TABLES / "relations.csv", ["group", "state", "instrument", "type", "since", "note", "sources"])
    groups = read_table(TABLES / "relation_groups.csv", ["group", "label", "kind", "instrument", "resolution", "since",
                                                         "sources", "expected_endorses", "expected_voted_against",
                                                         "expected_abstained"])
    members = sorted({r["iso3"] for r in rows})
    assert len(members) == 193

    R, counts = [], {}
    for g in groups:
        group, kind, target = g.need("group"), g.need("kind"), g.need("instrument")
        rels = []
        if kind == "recorded_vote":
            resolution, keys = g.need("resolution"), check_keys(g, sources)
            votes = sorted((x for x in rows if x["resolution"] == resolution), key=lambda x: x["iso3"])
            for r in votes:
                if r["vote"] not in vote_type:
                    raise g.fail("resolution", f"vote {r['vote']!r} is not in vote_types.csv")
                t = vote_type[r["vote"]]
                if t is None:
                    continue
                d = {"source": r["iso3"], "target": target, "type": t, "since": g.need("since")}
                for n in vote_notes:
                    if r["note"] and n.need("raw_note_contains") in r["note"]:
                        d["note"] = n.need("note")
                d["sources"] = list(keys)
                rels.append(d)
            for a in adjustments:
                if a.need("group") != group:
                    continue
                hits = [d for d in rels if d["source"] == a.need("state")]
                if len(hits) != 1:
                    raise a.fail("state", f"no recorded vote of {a.need('state')} in group {group}")
                if a.opt("until"):
                    hits[0]["until"] = a.opt("until")
                if a.opt("note"):
                    hits[0]["note"] = a.opt("note")
                hits[0]["sources"] = hits[0]["sources"] + check_keys(a, sources)
            c = Counter(d["type"] for d in rels)
            got = {t: c[t] for t in ("endorses", "voted_against", "abstained")}
            for k, n in got.items():
                if int(g.need(f"expected_{k}")) != n:
                    raise TableError(f"{group}: {n} {k}, relation_groups.csv expects {g.need(f'expected_{k}')}")
            absent = sorted(r["iso3"] for r in votes if vote_type[r["vote"]] in (None, "did_not_vote"))
            counts[group] = {**got, "absent": ", ".join(absent)}
        elif kind == "consensus":
            keys = check_keys(g, sources)
            rels = [{"source": m, "target": target, "type": "endorses", "since": g.need("since"),
                     "sources": list(keys)} for m in members]
        elif kind == "listed":
            for r in listed:
                if r.need("group") != group:
                    continue
                if r.need("instrument") != target:
                    raise r.fail("instrument", f"group {group} is about {target}")
                rels.append({"source": r.need("state"), "target": target, "type": r.need("type"),
                             "since": r.need("since"), "note": r.opt("note"), "sources": check_keys(r, sources)})
        else:
            raise g.fail("kind", f"{kind!r} is not recorded_vote, consensus or listed")
        R.append((g.need("label"), rels))
    instruments = [instrument(r, sources, counts) for r in read_table(TABLES / "instruments.csv", INSTRUMENT_COLUMNS)]

    header = ("# Global non-binding migration instruments and states' positions on them.\n"
              "# GENERATED by tools/data/build_instruments_global.py from data/sources/unga_votes_73_195_gcm_73_151_gcr.csv\n"
              "# and the tables in data/curated/global/ (edit the tables there, then make data).\n")
    write(OUT, header, sources, instruments, R)
    print(OUT, {k: len(v) for k, v in R})


if __name__ == "__main__":
    main()
