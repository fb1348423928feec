#!/usr/bin/env python3
"""Generate data/actors/corridors.yaml: bilateral migration corridors (migrant stock) by year.

Year 2020 from UN DESA International Migrant Stock 2020 (POP/DB/MIG/Stock/Rev.2020):
data/sources/migrant_stock_undesa_2020_bilateral.csv, long format with ISO3 codes.
Year 2019 from International Migrant Stock 2019 (Rev.2019), kept as the earlier facts:
data/sources/undesa_migrant_stock_bilateral_2019_wide.csv, a wide table (`Year, Dest,
<one column per origin>`) with country NAMES only; names map to ISO3 through the lookup
table data/curated/profiles/undesa_2019_names.csv, else through pycountry (exact name,
common name or official name). The builder warns on a name it cannot map.

Selection (the same rule for each year): every origin -> destination pair of that year
with stock >= THRESHOLD where both ends are states of data/actors/states.yaml (territories
such as Hong Kong and Macao are left out). The sources are defined in
data/curated/profiles/sources.csv (keys corridors/undesa-ims-2020 and corridors/undesa-ims-2019).

Usage: python tools/data/build_corridors.py [--sources DIR] [--actors DIR]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pycountry
import yaml
from repo_paths import REPO, builder_args
from tables import CURATED, TableError, block, flow, read_sources, read_table

THRESHOLD = 100_000
FILE_2020 = "migrant_stock_undesa_2020_bilateral.csv"
FILE_2019 = "undesa_migrant_stock_bilateral_2019_wide.csv"
FAMILY = CURATED / "profiles"
NAMES_TABLE = FAMILY / "undesa_2019_names.csv"
SOURCES_TABLE = FAMILY / "sources.csv"
KEY_2020 = "corridors/undesa-ims-2020"
KEY_2019 = "corridors/undesa-ims-2019"
NAME_KINDS = {"state", "territory", "no_code", "aggregate"}


def warn(message: str) -> None:
    print(message, file=sys.stderr)


def read_names() -> tuple[dict[str, str | None], set[str]]:
    """The lookup table: ({UN DESA name: ISO3 or None}, {aggregate names})."""
    names: dict[str, str | None] = {}
    aggregates: set[str] = set()
    for row in read_table(NAMES_TABLE, ["name", "iso3", "kind", "note"]):
        name, kind = row.need("name"), row.need("kind")
        if kind not in NAME_KINDS:
            raise row.fail("kind", f"{kind!r} is not one of {', '.join(sorted(NAME_KINDS))}")
        if name in names:
            raise row.fail("name", f"{name!r} appears twice")
        iso3 = row.opt("iso3")
        if (iso3 is None) != (kind in ("no_code", "aggregate")):
            raise row.fail("iso3", f"a {kind} row {'needs' if iso3 is None else 'has no'} ISO3 code")
        names[name] = iso3
        if kind == "aggregate":
            aggregates.add(name)
    return names, aggregates


#: The lookup table, read once (build_states.py imports these too).
NAME_TO_ISO3, AGGREGATES = read_names()


def resolve_names(
    names: list[str], table: dict[str, str | None] | None = None, aggregates: set[str] | None = None
) -> tuple[dict[str, str | None], list[str]]:
    """({name: ISO3 or None}, [names that map to nothing and are not aggregates]): lookup table, else pycountry.

    build_states.py calls it too (UN DESA names as aliases), with the lookup table read here.
    """
    if table is None or aggregates is None:
        table, aggregates = NAME_TO_ISO3, AGGREGATES
    out: dict[str, str | None] = {}
    unmapped = []
    for n in names:
        if n in table:
            out[n] = table[n]
            continue
        hit = None
        for field in ("name", "common_name", "official_name"):
            c = pycountry.countries.get(**{field: n})
            if c is not None:
                hit = c.alpha_3
                break
        out[n] = hit
        if hit is None and n not in aggregates:
            unmapped.append(n)
    seen: dict[str, str] = {}
    for n, v in out.items():
        if v and v in seen:
            sys.exit(f"two names map to {v}: {seen[v]!r}, {n!r}")
        if v:
            seen[v] = n
    return out, unmapped


def corridors_2020(path: Path, states: set[str]) -> list[dict]:
    """IMS 2020 pairs of year 2020 with stock >= THRESHOLD, both ends states."""
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r["year"] != "2020" or r["origin_iso3"] not in states or r["destination_iso3"] not in states:
                continue
            stock = int(r["stock"])
            if stock >= THRESHOLD:
                out.append(
                    {
                        "origin": r["origin_iso3"],
                        "destination": r["destination_iso3"],
                        "stock": stock,
                        "year": 2020,
                        "sources": [KEY_2020],
                    }
                )
    return out


def corridors_2019(path: Path, states: set[str]) -> list[dict]:
    """IMS 2019 pairs of year 2019 with stock >= THRESHOLD, both ends states (names mapped to ISO3)."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = [r for r in reader if r and r[0] == "2019"]
    origins = header[2:]
    mapping, unmapped = resolve_names(sorted(set(origins) | {r[1] for r in rows}))
    if unmapped:
        warn(f"UNMAPPED names (add them to {NAMES_TABLE.relative_to(REPO)}): {unmapped}")
    missing = sorted(states - {v for v in mapping.values() if v})
    if missing:
        warn(f"2019: states with no name in the file: {missing}")
    out = []
    for r in rows:
        dest = mapping.get(r[1])
        if dest not in states:
            continue
        for name, val in zip(origins, r[2:], strict=True):
            orig = mapping.get(name)
            if orig not in states or not val:
                continue
            stock = float(val)
            if stock >= THRESHOLD:
                assert stock == int(stock), (name, r[1], val)
                out.append(
                    {"origin": orig, "destination": dest, "stock": int(stock), "year": 2019, "sources": [KEY_2019]}
                )
    return out


def main(argv: list[str] | None = None) -> None:
    args = builder_args(__doc__.split("\n")[0]).parse_args(argv)
    output = args.actors / "corridors.yaml"
    states = {
        a["id"]
        for a in yaml.safe_load((args.actors / "states.yaml").read_text(encoding="utf-8"))["actors"]
        if a.get("kind") == "state"
    }
    try:
        all_sources = read_sources(SOURCES_TABLE)
    except TableError as exc:
        sys.exit(str(exc))
    sources = {k: all_sources[k] for k in (KEY_2020, KEY_2019)}

    by_year = {
        2020: corridors_2020(args.sources / FILE_2020, states),
        2019: corridors_2019(args.sources / FILE_2019, states),
    }
    for year, rows in by_year.items():
        rows.sort(key=lambda c: (-c["stock"], c["origin"], c["destination"]))
        top = rows[0]
        assert (top["origin"], top["destination"]) == ("MEX", "USA"), (year, top)
    pairs = {y: {(c["origin"], c["destination"]) for c in rows} for y, rows in by_year.items()}
    corridors = by_year[2020] + by_year[2019]

    tables = [str(p.relative_to(REPO)) for p in (SOURCES_TABLE, NAMES_TABLE)]
    header = (
        "# Generated by tools/data/build_corridors.py from the raw extracts and curated tables below; do not edit by\n"
        "# hand: edit the table, then run `make data` (`make data-check` proves the file rebuilds byte for byte).\n"
        f"#   data/sources/{FILE_2020} (year 2020)\n"
        f"#   data/sources/{FILE_2019} (year 2019, the earlier facts)\n"
        + "".join(f"#   {t}\n" for t in tables)
        + f"# {len(corridors)} corridors: {len(by_year[2020])} of 2020 (IMS 2020) and {len(by_year[2019])} of 2019"
        f" (IMS 2019), each with stock >= {THRESHOLD:,} between two states;\n"
        f"# {len(pairs[2020] & pairs[2019])} pairs in both years, {len(pairs[2020] - pairs[2019])} only in 2020,"
        f" {len(pairs[2019] - pairs[2020])} only in 2019. Newest year first, then by stock.\n"
    )
    text = "\n".join([header, block("sources", sources), "corridors:\n" + "".join(flow(c) + "\n" for c in corridors)])
    yaml.safe_load(text)  # must parse
    tmp = output.with_suffix(".yaml.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(output)
    warn(f"wrote {output}: {len(corridors)} corridors ({len(by_year[2020])} of 2020, {len(by_year[2019])} of 2019)")


if __name__ == "__main__":
    main()
