#!/usr/bin/env python3
"""Generate data/actors/states.yaml: the 193 UN member states, the Holy See and
the State of Palestine, with their UN membership / observer relations.

Inputs
- The list of the 193 UN member states: data/sources/unga_votes_73_195_gcm_73_151_gcr.csv
  (iso3 column, one row per member state per vote).
- pycountry (ISO 3166-1): alpha-2, numeric (= M49 country code), names.
- countryinfo (MIT): region / subregion / intermediate region (UN M49 scheme) and
  land borders (ISO3).
- The curated tables in data/curated/states/ (see its README.md):
  un_relations.csv (UN admission dates, the withdrawal and observer statuses, notes,
  the explanations of disagreements with the Correlates of War IGO data v3),
  names.csv, aliases.csv, m49_fixes.csv, border_fixes.csv and sources.csv.
  The admission YEAR is cross-checked against the COW IGO data v3
  (data/sources/cow_igo_memberships_1945_2014.csv, igo_code UN); the script prints
  every disagreement that has no explanation in the table.

Region / subregion (documented mapping)
- M49 has three levels: region (Africa, Americas, Asia, Europe, Oceania),
  sub-region (e.g. "Sub-Saharan Africa", "Latin America and the Caribbean",
  "South-eastern Asia") and, inside Sub-Saharan Africa and Latin America and the
  Caribbean only, intermediate regions ("Eastern Africa", "Caribbean",
  "South America", ...). countryinfo stores the same three levels.
- `subregion` here is the finest M49 level: the intermediate region where one
  exists, else the sub-region (the 22 geographic subregions UN DESA uses); the M49
  sub-region in between is kept in the actor's note.
- Corrections to countryinfo are rows of m49_fixes.csv.

Borders (documented decisions, see border_fixes.csv)
- Only ids of states in this file are kept (territories are dropped: they are not
  states here).
- countryinfo duplicates: a state with two records gets the union of their border
  lists (alpha-2 codes normalised to alpha-3).
- Asymmetries in countryinfo were investigated one by one (border_fixes.csv); the
  result is checked to be symmetric.

Usage: python tools/data/build_states.py [--sources DIR] [--actors DIR]
"""
from __future__ import annotations

import csv
import glob
import json
import sys
from pathlib import Path

import pycountry
import yaml
from repo_paths import builder_args
from tables import CURATED, check_keys, read_sources, read_table

HERE = Path(__file__).resolve()
REPO = HERE.parents[2]
TABLES = CURATED / "states"


def curated():
    """The curated tables of data/curated/states, checked and shaped for main()."""
    sources = read_sources(TABLES / "sources.csv")
    names = {r.need("state"): r.need("name") for r in read_table(TABLES / "names.csv", ["state", "name"])}
    aliases: dict[str, list[str]] = {}
    for r in read_table(TABLES / "aliases.csv", ["state", "alias"]):
        aliases.setdefault(r.need("state"), []).append(r.need("alias"))
    m49 = {}
    for r in read_table(TABLES / "m49_fixes.csv", ["state", "region", "subregion", "intermediate_region", "sources"]):
        check_keys(r, sources)
        m49[r.need("state")] = (r.need("region"), r.need("subregion"), r.opt("intermediate_region") or "")
    borders: dict[str, tuple[set, set]] = {}
    for r in read_table(TABLES / "border_fixes.csv", ["state", "action", "neighbour", "note", "sources"]):
        check_keys(r, sources)
        rm, add = borders.setdefault(r.need("state"), (set(), set()))
        action = r.need("action")
        if action not in ("remove", "add"):
            raise r.fail("action", f"{action!r} is not remove or add")
        (rm if action == "remove" else add).add(r.need("neighbour"))
    relations = read_table(TABLES / "un_relations.csv", ["state", "target", "type", "since", "until", "role", "note",
                                                          "cow_check", "cow_explanation", "sources"])
    for r in relations:
        check_keys(r, sources)
    return sources, names, aliases, m49, borders, relations


def countryinfo_records() -> dict[str, list[dict]]:
    import countryinfo
    base = Path(countryinfo.__file__).parent
    recs: dict[str, list[dict]] = {}
    a2to3: dict[str, str] = {}
    for p in sorted(glob.glob(str(base / "data" / "*.json"))):
        try:
            d = json.loads(Path(p).read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            continue
        iso = d.get("ISO") or {}
        if iso.get("alpha3"):
            recs.setdefault(iso["alpha3"], []).append(d)
            if iso.get("alpha2"):
                a2to3[iso["alpha2"]] = iso["alpha3"]
    for lst in recs.values():
        for d in lst:
            d["_borders3"] = {a2to3.get(b, b) if len(b) == 2 else b for b in (d.get("borders") or [])}
    return recs


def undesa_names(shared: Path) -> dict[str, str]:
    """iso3 -> UN DESA (Population Division) name, from build_corridors' table."""
    sys.path.insert(0, str(HERE.parent))
    from build_corridors import resolve_names
    path = shared / "undesa_migrant_stock_bilateral_2019_wide.csv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as f:
        header = next(csv.reader(f))
    mapping, _ = resolve_names(header[2:])
    return {v: k for k, v in mapping.items() if v}


def cow_un_spells(shared: Path) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    with open(shared / "cow_igo_memberships_1945_2014.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["igo_code"] == "UN" and r["role"] == "full" and r["iso3"]:
                out.setdefault(r["iso3"], []).append((int(r["first_year"]), int(r["last_year"])))
    return out


def main(argv=None):
    args = builder_args(__doc__.split("\n")[0]).parse_args(argv)
    args.shared = args.sources
    args.output = args.actors / "states.yaml"
    src_table, name_overrides, extra_aliases, m49_fixes, border_fixes, un_rows = curated()

    with open(args.shared / "unga_votes_73_195_gcm_73_151_gcr.csv", encoding="utf-8") as f:
        members = sorted({r["iso3"] for r in csv.DictReader(f)})
    assert len(members) == 193, len(members)
    admitted = {r.need("state"): r for r in un_rows if r.flag("cow_check")}
    observers = [r.need("state") for r in un_rows if r.need("type") == "observer_of"]
    assert not set(observers) & set(members)
    assert set(admitted) == set(members), set(admitted) ^ set(members)
    ids = members + observers
    idset = set(ids)

    ci = countryinfo_records()
    desa = undesa_names(args.shared)

    # ---- borders
    borders = {}
    for i in ids:
        b = set().union(*(d["_borders3"] for d in ci[i]))
        rm, add = border_fixes.get(i, (set(), set()))
        b = (b - rm) | add
        borders[i] = b & idset
    for a in ids:
        for b in borders[a]:
            if a not in borders[b]:
                sys.exit(f"asymmetric border {a}-{b}: add a row to data/curated/states/border_fixes.csv")

    # ---- COW cross-check of admission years
    cow = cow_un_spells(args.shared)
    cow_agrees = {}
    for i in members:
        year = int(admitted[i].need("since")[:4])
        first = min((s[0] for s in cow.get(i, [])), default=None)
        cow_agrees[i] = first == year
        if not cow_agrees[i] and not admitted[i].opt("cow_explanation"):
            print(f"COW disagreement not explained: {i} UN {year} COW {cow.get(i)}", file=sys.stderr)

    actors = []
    for i in ids:
        c = pycountry.countries.get(alpha_3=i)
        d = ci[i][-1]
        name = name_overrides.get(i) or getattr(c, "common_name", None) or c.name
        aliases = []
        for a in [c.name, getattr(c, "official_name", None), getattr(c, "common_name", None),
                  *(x.get("name") for x in ci[i]), desa.get(i), *extra_aliases.get(i, [])]:
            if a and a.startswith("the "):
                a = a[4:]
            if a and a != name and a not in aliases:
                aliases.append(a)
        region, sub, inter = m49_fixes.get(i, (d.get("region"), d.get("subregion"), d.get("intermediateregion")))
        note = None
        if inter:
            note = f"M49: {region} > {sub} > {inter} (intermediate region, given as subregion)."
        actor = {
            "id": i,
            "kind": "state",
            "name": name,
            "aliases": aliases,
            "iso2": c.alpha_2,
            "m49": c.numeric,
            "region": region,
            "subregion": inter or sub,
            "borders": sorted(borders[i]),
        }
        if note:
            actor["note"] = note
        actor["sources"] = ["states/iso-3166", "states/m49", "states/countryinfo"]
        actors.append(actor)

    relations = []
    for r in un_rows:
        i = r.need("state")
        srcs = r.keys_of()
        note = r.opt("note")
        if r.flag("cow_check"):
            if cow_agrees[i]:
                srcs = [*srcs, "states/cow-igo-v3"]
            else:
                note = ((note + " ") if note else "") + "COW cross-check: " + (r.opt("cow_explanation") or "year differs.")
        rel = {"source": i, "target": r.need("target"), "type": r.need("type"), "since": r.need("since")}
        for key, value in (("until", r.opt("until")), ("role", r.opt("role")), ("note", note)):
            if value:
                rel[key] = value
        rel["sources"] = srcs
        relations.append(rel)

    import importlib.metadata as md
    pyc_v = md.version("pycountry")
    ci_v = md.version("countryinfo")
    sources = json.loads(json.dumps(src_table))
    # pycountry versions are release dates (YY.M.D): the ISO data it packages is as of then.
    yy, mm, dd = (int(x) for x in pyc_v.split(".")[:3])
    sources["states/iso-3166"]["as_of"] = f"{2000 + yy:04d}-{mm:02d}-{dd:02d}"
    sources["states/iso-3166"]["note"] = f"Values read from pycountry {pyc_v}."
    # The package data carries no date of its own: as_of (in the table) is when it was read here.
    sources["states/countryinfo"]["title"] += f" (version {ci_v})"
    sources["states/m49"]["note"] = f"countryinfo {ci_v}. " + sources["states/m49"]["note"]

    write(args.output, sources, actors, relations)
    print(f"wrote {args.output}: {len(actors)} actors, {len(relations)} relations", file=sys.stderr)


def q(v) -> str:
    """A YAML scalar, quoted as needed for flow context."""
    return yaml.safe_dump([v], default_flow_style=True, allow_unicode=True, width=10**6).strip()[1:-1]


def flow(d: dict) -> str:
    return yaml.safe_dump(d, default_flow_style=True, allow_unicode=True, sort_keys=False,
                          width=10**6).strip()


def write(path: Path, sources, actors, relations):
    out = ["# GENERATED by tools/data/build_states.py from data/curated/states/ (edit the tables there, then make data).",
           "# UN member states (193), Holy See and State of Palestine; UN membership/observer relations.",
           ""]
    out.append(yaml.safe_dump({"sources": sources}, allow_unicode=True, sort_keys=False, width=100).rstrip())
    out.append("")
    out.append("actors:")
    for a in actors:
        first = True
        for k, v in a.items():
            prefix = "  - " if first else "    "
            first = False
            if isinstance(v, list):
                out.append(f"{prefix}{k}: [{', '.join(q(x) for x in v)}]")
            else:
                out.append(f"{prefix}{k}: {q(v)}")
    out.append("")
    out.append("relations:")
    for r in relations:
        out.append("  - " + flow(r))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
