#!/usr/bin/env python3
"""Generate the state migration profiles: data/actors/profiles.jsonl and data/actors/profiles_sources.yaml.

One figure per state, indicator and year (section ``profiles``: state, indicator, year,
value, sources[, note]), for the states of data/actors/states.yaml, read from the raw
extracts in data/sources (see data/sources/README.md for provenance and licences):

- profiles_refugees_unhcr.csv (UNHCR): refugees_hosted, asylum_seekers_hosted,
  others_in_need_hosted, refugees_originating, asylum_seekers_originating,
  others_in_need_originating, stateless;
- idps_idmc.csv (IDMC): idps (conflict and violence, stock);
- migrant_stock_undesa_2020_totals.csv (UN DESA IMS 2020): immigrant_stock,
  emigrant_stock, population;
- remittances_wb.csv (World Bank WDI): remittances_received_usd (current US$).

Kept years: 2000, 2005 and 2010, then every year from 2015 (the full series are in the
extracts). An empty cell is no figure: nothing is written, never a 0. A 0 the source
states is a value, except UNHCR's stateless column (a 0 there comes from rows about
other populations) and the IMS 2020 immigrant stock of a state not yet separate (the
matrix holds 0 for Montenegro and South Sudan before independence); the rules are the
``skip_zero`` arguments below. Notes: hand notes from data/curated/profiles/notes.csv, and
notes made from the data (UNRWA refugees beside UNHCR's refugees; others in need of
international protection beside refugees; WDI's own zeros). Sources: data/curated/profiles/sources.csv.

Usage: python tools/data/build_profiles.py [--sources DIR] [--actors DIR]
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from repo_paths import REPO, builder_args
from tables import CURATED, TableError, block, check_keys, read_sources, read_table

FAMILY = CURATED / "profiles"
SOURCES_TABLE = FAMILY / "sources.csv"
NOTES_TABLE = FAMILY / "notes.csv"

UNHCR, IDMC, IMS, WDI = (
    "profiles/unhcr-refugee-statistics",
    "profiles/idmc-gidd",
    "profiles/undesa-ims-2020",
    "profiles/wdi-remittances",
)
#: (file, source key, {column: indicator}, {column: why a 0 there is no figure})
DATASETS: list[tuple[str, str, dict[str, str], dict[str, str]]] = [
    (
        "profiles_refugees_unhcr.csv",
        UNHCR,
        {
            "refugees_hosted": "refugees_hosted",
            "asylum_seekers_hosted": "asylum_seekers_hosted",
            "oip_hosted": "others_in_need_hosted",
            "refugees_originating": "refugees_originating",
            "asylum_seekers_originating": "asylum_seekers_originating",
            "oip_originating": "others_in_need_originating",
            "stateless": "stateless",
        },
        {"stateless": "UNHCR's table has 0 in the stateless column of rows about other populations"},
    ),
    ("idps_idmc.csv", IDMC, {"idps_conflict_violence": "idps"}, {}),
    (
        "migrant_stock_undesa_2020_totals.csv",
        IMS,
        {"immigrant_stock": "immigrant_stock", "emigrant_stock": "emigrant_stock", "population": "population"},
        {"immigrant_stock": "the IMS 2020 matrix holds 0 for a state before its independence (MNE, SSD)"},
    ),
    ("remittances_wb.csv", WDI, {"remittances_usd": "remittances_received_usd"}, {}),
]
ORDER = [ind for _, _, cols, _ in DATASETS for ind in cols.values()]


def kept_year(year: int) -> bool:
    """2000, 2005, 2010, then every year from 2015."""
    return year in (2000, 2005, 2010) or year >= 2015


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def number(text: str, where: str) -> int:
    value = float(text)
    if value != int(value) or value < 0:
        sys.exit(f"{where}: {text!r} is not a whole non-negative number")
    return int(value)


def figures(sources_dir: Path, states: set[str]) -> Iterator[dict[str, Any]]:
    """Every kept figure of the four extracts, with the notes made from the data."""
    skipped: dict[str, int] = {}
    for name, key, columns, skip_zero in DATASETS:
        rows = read_csv(sources_dir / name)
        outside = sorted({r["iso3"] for r in rows} - states)
        if outside:
            print(f"{name}: codes that are not states of states.yaml, left out: {outside}", file=sys.stderr)
        for r in rows:
            year = int(r["year"])
            if r["iso3"] not in states or not kept_year(year):
                continue
            for column, indicator in columns.items():
                text = r[column].strip()
                if not text:
                    continue
                value = number(text, f"{name} {r['iso3']} {year} {column}")
                if value == 0 and column in skip_zero:
                    skipped[f"{name}:{column}"] = skipped.get(f"{name}:{column}", 0) + 1
                    continue
                fig: dict[str, Any] = {
                    "state": r["iso3"],
                    "indicator": indicator,
                    "year": year,
                    "value": value,
                    "sources": [key],
                }
                note = data_note(key, column, r, value)
                if note:
                    fig["note"] = note
                yield fig
    for what, n in sorted(skipped.items()):
        print(f"zeros left out as no figure: {what}: {n}", file=sys.stderr)


def data_note(key: str, column: str, row: dict[str, str], value: int) -> str | None:
    """A note that follows from the data itself (not a hand note)."""
    if key == UNHCR and column == "refugees_hosted" and row["unrwa_refugees_hosted"].strip():
        unrwa = int(row["unrwa_refugees_hosted"])
        return (
            f"UNHCR's count; a further {unrwa:,} Palestine refugees registered with UNRWA live here "
            f"(UNRWA figure as republished in UNHCR's database, same year)."
        )
    for side in ("hosted", "originating"):
        if key == UNHCR and column == f"refugees_{side}" and row[f"oip_{side}"].strip():
            verb = "are hosted here" if side == "hosted" else "come from here"
            return (
                f"UNHCR's count of refugees only: a further {int(row[f'oip_{side}']):,} others in need of "
                f"international protection {verb} (others_in_need_{side}, same year)."
            )
    if key == WDI and value == 0:
        return "0 as published in WDI."
    return None


def read_notes(sources: dict[str, Any], states: set[str]) -> list[tuple[str, str, int, int | None, str, list[str]]]:
    notes = []
    for row in read_table(NOTES_TABLE, ["state", "indicator", "from_year", "to_year", "note", "sources"]):
        state, indicator = row.need("state"), row.need("indicator")
        if state not in states:
            raise row.fail("state", f"{state!r} is not a state of states.yaml")
        if indicator not in ORDER:
            raise row.fail("indicator", f"{indicator!r} is not one of {', '.join(ORDER)}")
        to_year = row.opt("to_year")
        notes.append(
            (
                state,
                indicator,
                int(row.need("from_year")),
                int(to_year) if to_year else None,
                row.need("note"),
                check_keys(row, sources),
            )
        )
    return notes


def main(argv: list[str] | None = None) -> None:
    args = builder_args(__doc__.split("\n")[0]).parse_args(argv)
    states = {
        a["id"]
        for a in yaml.safe_load((args.actors / "states.yaml").read_text(encoding="utf-8"))["actors"]
        if a.get("kind") == "state"
    }
    try:
        all_sources = read_sources(SOURCES_TABLE)
        notes = read_notes(all_sources, states)
    except TableError as exc:
        sys.exit(str(exc))

    out = sorted(figures(args.sources, states), key=lambda f: (f["state"], ORDER.index(f["indicator"]), f["year"]))
    used_notes = set()
    for fig in out:
        for i, (state, indicator, first, last, text, keys) in enumerate(notes):
            if fig["state"] == state and fig["indicator"] == indicator and first <= fig["year"] <= (last or 9999):
                fig["note"] = f"{fig['note']} {text}" if fig.get("note") else text
                fig["sources"] += [k for k in keys if k not in fig["sources"]]
                used_notes.add(i)
    for i in sorted(set(range(len(notes))) - used_notes):
        print(f"{NOTES_TABLE.relative_to(REPO)}: note {notes[i][:4]} matches no figure", file=sys.stderr)

    cited = {k for f in out for k in f["sources"]}
    sources = {k: v for k, v in all_sources.items() if k in cited}
    lines = []
    for f in out:
        entry = {
            "state": f["state"],
            "indicator": f["indicator"],
            "year": f["year"],
            "value": f["value"],
            "sources": f["sources"],
        }
        if f.get("note"):
            entry["note"] = f["note"]
        lines.append(json.dumps(entry, ensure_ascii=False, separators=(",", ":")))

    counts: dict[str, int] = {}
    for f in out:
        counts[f["indicator"]] = counts.get(f["indicator"], 0) + 1
    tables = [f"data/sources/{name}" for name, *_ in DATASETS] + [
        str(p.relative_to(REPO)) for p in (SOURCES_TABLE, NOTES_TABLE)
    ]
    header = (
        "# Generated by tools/data/build_profiles.py from the raw extracts and curated tables below; do not edit by\n"
        "# hand: edit the table, then run `make data` (`make data-check` proves the file rebuilds byte for byte).\n"
        + "".join(f"#   {t}\n" for t in tables)
        + "# The figures are in profiles.jsonl (one JSON object per line: state, indicator, year, value, sources[, note]);\n"
        "# this file defines the sources they cite. Years kept: 2000, 2005 and 2010, then every year from 2015 (the\n"
        "# extracts hold every year). No figure is written for an empty cell (never a 0 for no data); see the builder.\n"
        f"# {len(out)} figures for {len({f['state'] for f in out})} states: "
        + ", ".join(f"{k} {counts[k]}" for k in ORDER if k in counts)
        + ".\n"
    )
    text = header + "\n" + block("sources", sources)
    yaml.safe_load(text)
    for path, content in (
        (args.actors / "profiles_sources.yaml", text),
        (args.actors / "profiles.jsonl", "\n".join(lines) + "\n"),
    ):
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(content, encoding="utf-8")
        tmp.replace(path)
    print(
        f"wrote {args.actors / 'profiles.jsonl'}: {len(out)} figures; {args.actors / 'profiles_sources.yaml'}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
