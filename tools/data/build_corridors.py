#!/usr/bin/env python3
"""Generate data/actors/corridors.yaml: bilateral migration corridors (migrant stock)
from UN DESA, International Migrant Stock 2019 (POP/DB/MIG/Stock/Rev.2019).

Input: data/sources/undesa_migrant_stock_bilateral_2019_wide.csv, a wide table
(`Year, Dest, <one column per origin>`), country NAMES only (UN DESA spelling).
Names are mapped to ISO3 with NAME_TO_ISO3 (explicit table for UN DESA names that
pycountry does not resolve exactly) and pycountry (exact name / common / official
name). AGGREGATES lists the region rows still present in the file (they are skipped);
territories that are not states map to their own ISO3 and are then dropped because
both ends must be states in data/actors/states.yaml.

Emitted: every origin -> destination pair of year 2019 with stock >= THRESHOLD where
both ends are states in states.yaml.

Usage: python tools/data/build_corridors.py [--sources DIR] [--actors DIR]
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
from pathlib import Path

import pycountry
import yaml
from repo_paths import builder_args

HERE = Path(__file__).resolve()
REPO = HERE.parents[2]
FILE = "undesa_migrant_stock_bilateral_2019_wide.csv"
YEAR = "2019"
THRESHOLD = 100_000
SOURCE_KEY = "corridors/undesa-ims-2019"

# UN DESA names that pycountry does not resolve exactly.
NAME_TO_ISO3 = {
    "Bolivia (Plurinational State of)": "BOL",
    "Iran (Islamic Republic of)": "IRN",
    "Venezuela (Bolivarian Republic of)": "VEN",
    "Micronesia (Fed. States of)": "FSM",
    "Dem. People's Republic of Korea": "PRK",
    "Republic of Korea": "KOR",
    "Republic of Moldova": "MDA",
    "United Republic of Tanzania": "TZA",
    "Democratic Republic of the Congo": "COD",
    "Congo": "COG",
    "State of Palestine": "PSE",
    "Holy See": "VAT",
    "Turkey": "TUR",
    "Côte d'Ivoire": "CIV",
    "Czechia": "CZE",
    "Eswatini": "SWZ",
    "North Macedonia": "MKD",
    "United Kingdom": "GBR",
    "United States of America": "USA",
    "Russian Federation": "RUS",
    "Viet Nam": "VNM",
    "Lao People's Democratic Republic": "LAO",
    "Syrian Arab Republic": "SYR",
    "Brunei Darussalam": "BRN",
    "Cabo Verde": "CPV",
    "Sao Tome and Principe": "STP",
    # territories (not states; dropped later, mapped for completeness)
    "China, Hong Kong SAR": "HKG",
    "China, Macao SAR": "MAC",
    "British Virgin Islands": "VGB",
    "United States Virgin Islands": "VIR",
    "Falkland Islands (Malvinas)": "FLK",
    "Saint Helena": "SHN",
    "Wallis and Futuna Islands": "WLF",
    "Bonaire, Sint Eustatius and Saba": "BES",
    "Sint Maarten (Dutch part)": "SXM",
    "Curaçao": "CUW",
    "Réunion": "REU",
    "Western Sahara": "ESH",
    # Channel Islands (Guernsey and Jersey together) have no ISO3 code: UN DESA/M49 830.
    "Channel Islands": None,
}
# Region rows left in the file (destinations only); never mapped.
AGGREGATES = {"Caribbean", "Melanesia", "Micronesia", "Polynesia", "South America"}


def resolve_names(names):
    """Return ({name: iso3 or None}, [unmapped names that are not aggregates])."""
    out, unmapped = {}, []
    for n in names:
        if n in AGGREGATES:
            out[n] = None
            continue
        if n in NAME_TO_ISO3:
            out[n] = NAME_TO_ISO3[n]
            continue
        hit = None
        for field in ("name", "common_name", "official_name"):
            c = pycountry.countries.get(**{field: n})
            if c is not None:
                hit = c.alpha_3
                break
        out[n] = hit
        if hit is None:
            unmapped.append(n)
    return out, unmapped


def main(argv=None):
    args = builder_args(__doc__.split("\n")[0]).parse_args(argv)
    args.shared = args.sources
    args.states = args.actors / "states.yaml"
    args.output = args.actors / "corridors.yaml"

    states = {a["id"] for a in yaml.safe_load(args.states.read_text(encoding="utf-8"))["actors"]
              if a.get("kind") == "state"}

    with open(args.shared / FILE, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [r for r in reader if r and r[0] == YEAR]
    origins = header[2:]
    dests = [r[1] for r in rows]
    mapping, unmapped = resolve_names(sorted(set(origins) | set(dests)))
    if unmapped:
        print("UNMAPPED names (not aggregates):", unmapped, file=sys.stderr)
    skipped_agg = sorted(set(dests) & AGGREGATES)
    print("aggregate destination rows skipped:", skipped_agg, file=sys.stderr)
    nonstate = sorted(n for n, v in mapping.items() if n not in AGGREGATES and v not in states)
    print(f"names that are not states in states.yaml ({len(nonstate)}):", nonstate, file=sys.stderr)
    missing_states = sorted(states - {v for v in mapping.values() if v})
    if missing_states:
        print("states with no name in the file:", missing_states, file=sys.stderr)
    # A state must not appear twice (as two different names).
    seen = {}
    for n, v in mapping.items():
        if v and v in seen:
            sys.exit(f"two names map to {v}: {seen[v]!r}, {n!r}")
        if v:
            seen[v] = n

    corridors = []
    for r in rows:
        dest = mapping.get(r[1])
        if dest not in states:
            continue
        for name, val in zip(origins, r[2:]):
            orig = mapping.get(name)
            if orig not in states or not val:
                continue
            stock = float(val)
            if stock >= THRESHOLD:
                assert stock == int(stock)
                corridors.append({"origin": orig, "destination": dest, "stock": int(stock),
                                  "year": int(YEAR), "sources": [SOURCE_KEY]})
    corridors.sort(key=lambda c: (-c["stock"], c["origin"], c["destination"]))

    top = corridors[0]
    assert (top["origin"], top["destination"]) == ("MEX", "USA"), top
    sources = {
        SOURCE_KEY: {
            "title": "UN DESA Population Division, International Migrant Stock 2019: migrant stock "
                     "by destination and origin (POP/DB/MIG/Stock/Rev.2019)",
            "url": "https://www.un.org/en/development/desa/population/migration/data/estimates2/estimates19.asp",
            "as_of": "2019-07-01",
            "checked": True,
            "note": "Values read from a copy: data/sources/undesa_migrant_stock_bilateral_2019_wide.csv "
                    "(github.com/guyabel/stepladderChapter, archive/UN_MigrantStockByOriginAndDestination_"
                    "2019_clean.csv). Mid-year 2019 estimates; corridors with stock >= 100,000 between "
                    "states of states.yaml, generated by tools/data/build_corridors.py.",
        }
    }
    out = ["# GENERATED by tools/data/build_corridors.py -- edit the script, not this file.",
           f"# {len(corridors)} corridors, year {YEAR}, stock >= {THRESHOLD:,}, both ends states.", ""]
    out.append(yaml.safe_dump({"sources": sources}, allow_unicode=True, sort_keys=False, width=100).rstrip())
    out.append("")
    out.append("corridors:")
    for c in corridors:
        out.append(f"  - {{origin: {c['origin']}, destination: {c['destination']}, stock: {c['stock']}, "
                   f"year: {c['year']}, sources: [{SOURCE_KEY}]}}")
    args.output.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {args.output}: {len(corridors)} corridors; top: {corridors[:3]}", file=sys.stderr)


if __name__ == "__main__":
    main()
