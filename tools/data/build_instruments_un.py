#!/usr/bin/env python3
"""Build data/actors/instruments_un.yaml (treaties deposited with the UN Secretary-General) from tables.

A transform only; every fact lives in a table (data/curated/treaties_un/, see its README.md):

- ``instruments.csv``: one row per instrument; ``parties_table`` names where its parties come from:
  an event table in the folder, or ``sources:<file>`` for a raw extract in data/sources (the chapter IV
  human-rights treaties, read from the world-politics-datalab transcription, years only);
- ``<instrument>.csv``: one row per event (party, signatory, denounced, withdrawn), each with sources;
- ``chapter_iv_adjustments.csv``: rows added to (party) or dropped from (drop) the chapter IV extracts;
- ``iso2_fixes.csv``: old codes in those extracts; ``not_modelled.csv``: parties that are not actors here;
- ``sources.csv``: every source key, with ``as_of`` and ``checked``.

Usage: python tools/data/build_instruments_un.py [--sources DIR] [--actors DIR]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Any

import pycountry
import yaml
from repo_paths import REPO, builder_args
from tables import (
    CURATED,
    TREATY_EVENT_COLUMNS,
    Row,
    TableError,
    check_keys,
    read_sources,
    read_table,
    words,
    write_yaml,
)

FOLDER = CURATED / "treaties_un"
PREFIX = "instruments_un/"  # source keys are global: the tables use short keys, the YAML prefixes them
OUT_NAME = "instruments_un.yaml"

INSTRUMENT_COLUMNS = [
    "id", "name", "acronym", "aliases", "kind", "binding", "scope", "adopted", "in_force", "adopted_by",
    "policy_areas", "gcm_objectives", "amends", "supplements", "implements", "url", "parties_table",
    "published_parties", "published_as_of", "parties_complete", "note", "sources",
]  # fmt: skip
EVENT_COLUMNS = TREATY_EVENT_COLUMNS
#: party: consent deposited (date = deposit); signatory: signed (date = signature);
#: denounced / withdrawn: the party stopped being bound (date = the day it took effect).
EVENTS = ("party", "signatory", "denounced", "withdrawn")
ENDS = ("denounced", "withdrawn")
CONSENT_TYPES = ("ratification", "accession", "succession", "acceptance", "approval")
RAW = "sources:"

sys.path.insert(0, str(REPO))
from govgraph.vocab import RESERVATION_KINDS  # noqa: E402


def _keys(row: Row, sources: dict[str, Any], column: str = "sources") -> list[str]:
    return [PREFIX + k for k in check_keys(row, sources, column)]


def _known_ids(actors: Path) -> set[str]:
    """State ids (states.yaml of the dataset being built) plus the non-state bodies a table may name."""
    path = actors / "states.yaml"
    if not path.exists():
        path = REPO / "data" / "actors" / "states.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {a["id"] for a in data.get("actors", [])}


def _instrument(row: Row, sources: dict[str, Any]) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": row.need("id"), "name": row.need("name"), "acronym": row.opt("acronym")}
    entry["aliases"] = words(row.opt("aliases"), "|")
    entry["kind"] = row.need("kind")
    entry["binding"] = row.flag("binding")
    entry["scope"] = row.need("scope")
    for key in ("adopted", "in_force", "adopted_by"):
        entry[key] = row.opt(key)
    entry["policy_areas"] = words(row.opt("policy_areas"))
    try:
        entry["gcm_objectives"] = [int(x) for x in words(row.opt("gcm_objectives"))]
    except ValueError as exc:
        raise row.fail("gcm_objectives", "must be integers separated by spaces") from exc
    for key in ("amends", "supplements", "implements"):
        entry[key] = words(row.opt(key))
    complete = row.flag("parties_complete")
    if complete is not None:
        entry["parties_complete"] = complete
    if row.opt("published_parties"):
        try:
            entry["published_parties"] = int(row.need("published_parties"))
        except ValueError as exc:
            raise row.fail("published_parties", "must be an integer") from exc
        entry["published_as_of"] = row.need("published_as_of")
    elif row.opt("published_as_of"):
        raise row.fail("published_parties", "is empty, but published_as_of is set (they go together)")
    entry["url"] = row.opt("url")
    entry["note"] = row.opt("note")
    entry["sources"] = _keys(row, sources)
    return entry


def _relation(src: str, tgt: str, typ: str, since: str | None, note: str | None, keys: list[str]) -> dict[str, Any]:
    return {
        "source": src, "target": tgt, "type": typ, "since": since, "until": None, "reservations": [],
        "reservation_note": None, "note": note, "sources": keys,
    }  # fmt: skip


def event_relations(path: Path, instrument: str, sources: dict[str, Any], known: set[str], skip: dict[str, str]):
    """The relations of one event table (party_to with their ends, signatory_of), and the ids skipped."""
    rows = read_table(path, EVENT_COLUMNS)
    by_state: dict[str, list[Row]] = {}
    for row in rows:
        iso = row.need("iso3")
        event = row.need("event")
        if event not in EVENTS:
            raise row.fail("event", f"{event!r} is not one of {', '.join(EVENTS)}")
        consent = row.opt("consent_type")
        if consent and consent not in CONSENT_TYPES:
            raise row.fail("consent_type", f"{consent!r} is not one of {', '.join(CONSENT_TYPES)}")
        for code in words(row.opt("reservations")):
            if code not in RESERVATION_KINDS:
                raise row.fail("reservations", f"{code!r} is not one of {', '.join(RESERVATION_KINDS)}")
        if (row.opt("reservations") or row.opt("reservation_note")) and event not in ("party", "signatory"):
            raise row.fail("reservations", "only a party or signatory row carries reservations")
        if iso not in known and iso not in skip:
            raise row.fail(
                "iso3", f"{iso!r} is not an actor (states.yaml, or a body id) nor listed in not_modelled.csv"
            )
        by_state.setdefault(iso, []).append(row)
    relations: list[dict[str, Any]] = []
    skipped: set[str] = set()
    order = {"signatory": 0, "party": 1, "denounced": 2, "withdrawn": 2}
    for iso, events in by_state.items():
        if iso in skip:
            skipped.add(iso)
            continue
        events.sort(key=lambda r: (r.opt("date") or "~", order[r["event"].strip()]))
        parties: list[dict[str, Any]] = []
        signatures: list[tuple[Row, dict[str, Any]]] = []
        for row in events:
            event, date, keys = row.need("event"), row.opt("date"), _keys(row, sources)
            if event == "party":
                consent = row.opt("consent_type")
                note = " ".join(x for x in (f"{consent.capitalize()}." if consent else None, row.opt("note")) if x)
                rel = _relation(iso, instrument, "party_to", date, note or None, keys)
                rel["reservations"] = words(row.opt("reservations"))
                rel["reservation_note"] = row.opt("reservation_note")
                parties.append(rel)
            elif event == "signatory":
                rel = _relation(iso, instrument, "signatory_of", date, row.opt("note"), keys)
                rel["reservations"] = words(row.opt("reservations"))
                rel["reservation_note"] = row.opt("reservation_note")
                signatures.append((row, rel))
            else:
                open_ = [p for p in parties if p["until"] is None]
                if not open_:
                    raise row.fail("event", f"{event} row for {iso} without a party row before it")
                if not date:
                    raise row.fail("date", f"a {event} row needs the date it took effect")
                party = open_[-1]
                party["until"] = date
                word = "Denounced" if event == "denounced" else "Withdrew"
                party["note"] = " ".join(x for x in (party["note"], f"{word}, effective {date}.", row.opt("note")) if x)
                party["sources"] += [k for k in keys if k not in party["sources"]]
        for _row, rel in signatures:
            later = [p for p in parties if p["since"] and rel["since"] and p["since"] >= rel["since"]]
            if not parties:
                relations.append(rel)  # signed, not ratified
            elif later:
                rel["until"] = min(p["since"] for p in later)  # signed, then consented: signatory until the deposit
                rel["note"] = " ".join(x for x in (rel["note"], f"Signed; consent deposited {rel['until']}.") if x)
                relations.append(rel)
            # a signature of a party whose consent is undated is not kept as a relation (it would not end)
        relations.extend(parties)
    return relations, sorted(skipped)


def _iso3(iso2: str, fixes: dict[str, str]) -> str:
    if iso2 in fixes:
        return fixes[iso2]
    country = pycountry.countries.get(alpha_2=iso2)
    if country is None:
        raise TableError(f"unknown iso2 {iso2!r} in a chapter IV extract (add it to iso2_fixes.csv)")
    return country.alpha_3


def raw_relations(path: Path, instrument: str, key: str, fixes: dict[str, str], adjust: list[Row], sources):
    """Parties and signatories of a chapter IV extract (world-politics-datalab, mid-2022, years only)."""
    drops = {row.need("iso3") for row in adjust if row.need("action") == "drop"}
    relations = []
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            iso = _iso3(r["iso2"], fixes)
            if r["status"] == "state party" and iso not in drops:
                note = None
                if r["state party"] != "1":
                    note = (
                        "The shared CSV's party flag is 0 but its status says 'state party' with a year; kept as party."
                    )
                relations.append(
                    _relation(iso, instrument, "party_to", r["year ratification or accession"] or None, note, [key])
                )
            elif r["status"] == "signatory state":
                note = "Signed, not ratified (mid-2022); signature date not in the copy."
                relations.append(_relation(iso, instrument, "signatory_of", None, note, [key]))
    for row in adjust:
        if row.need("action") == "party":
            relations.append(
                _relation(
                    row.need("iso3"), instrument, "party_to", row.opt("date"), row.opt("note"), _keys(row, sources)
                )
            )
        elif row.need("action") != "drop":
            raise row.fail("action", "must be party or drop")
    return relations


def build(src_dir: Path, actors: Path) -> tuple[dict[str, Any], list[dict], list[dict], list[str]]:
    sources = read_sources(FOLDER / "sources.csv")
    known = _known_ids(actors) | {"eu"}
    skip = {r.need("id"): r.need("note") for r in read_table(FOLDER / "not_modelled.csv", ["id", "note"])}
    fixes = {r.need("iso2"): r.need("iso3") for r in read_table(FOLDER / "iso2_fixes.csv", ["iso2", "iso3", "note"])}
    adjustments = read_table(
        FOLDER / "chapter_iv_adjustments.csv", ["instrument", "iso3", "action", "date", "note", "sources"]
    )
    tables = ["data/curated/treaties_un/instruments.csv"]
    instruments, relations = [], []
    for row in read_table(FOLDER / "instruments.csv", INSTRUMENT_COLUMNS):
        entry = _instrument(row, sources)
        where = row.need("parties_table")
        if where.startswith(RAW):
            raw = src_dir / where[len(RAW) :]
            adjust = [a for a in adjustments if a.need("instrument") == entry["id"]]
            extract_key = next(k for k in entry["sources"] if k.endswith("-csv"))
            rels = raw_relations(raw, entry["id"], extract_key, fixes, adjust, sources)
        else:
            tables.append(f"data/curated/treaties_un/{where}")
            rels, skipped = event_relations(FOLDER / where, entry["id"], sources, known, skip)
            if skipped:
                entry["note"] = (entry["note"] or "") + (
                    f" Parties in the table that are not actors here (no relation): {', '.join(skipped)}."
                )
        n = sum(1 for r in rels if r["type"] == "party_to")
        if entry["note"]:
            entry["note"] = entry["note"].replace("{n}", str(n))
        instruments.append(entry)
        relations.extend(rels)
    seen = set()
    for r in relations:
        k = (r["source"], r["target"], r["type"], r["since"])
        if k in seen:
            raise TableError(f"duplicate relation {k}")
        seen.add(k)
    tables += ["data/curated/treaties_un/chapter_iv_adjustments.csv", "data/curated/treaties_un/sources.csv"]
    cited = {k for e in instruments for k in e["sources"]} | {k for r in relations for k in r["sources"]}
    named = {PREFIX + k: v for k, v in sources.items() if PREFIX + k in cited}
    return named, instruments, relations, tables


def main(argv: list[str] | None = None) -> None:
    args = builder_args(__doc__.splitlines()[0]).parse_args(argv)
    named, instruments, relations, tables = build(args.sources, args.actors)
    order = [i["id"] for i in instruments]
    relations.sort(key=lambda r: (order.index(r["target"]), r["type"], r["source"], r["since"] or ""))
    field_order = ["source", "target", "type", "since", "until", "reservations", "reservation_note", "note", "sources"]
    relations = [{k: r[k] for k in field_order} for r in relations]
    instruments = [{k: v for k, v in i.items() if v is not None} for i in instruments]
    out = args.actors / OUT_NAME
    write_yaml(out, tables, {"sources": named, "instruments": instruments, "relations": relations})
    counts: dict[str, int] = {}
    for r in relations:
        if r["type"] == "party_to":
            counts[r["target"]] = counts.get(r["target"], 0) + 1
    for k, v in counts.items():
        print(f"{k}: {v} parties", file=sys.stderr)
    print(f"{len(relations)} relations -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
