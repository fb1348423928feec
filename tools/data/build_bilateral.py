#!/usr/bin/env python3
"""Bilateral and state-EU instruments: data/curated/bilateral/*.csv -> data/actors/instruments_bilateral.yaml.

Tables (edit these, never the YAML):

- ``instruments.csv``: one row per instrument (social-security, labour and readmission agreements, labour
  MoUs, mobility/talent/migration partnerships, other arrangements such as the EU-Turkey statement) with
  both parties (ISO3 or a body id such as ``eu``), ``binding``, ``stage``, ``signed``, ``in_force``,
  ``ended``, ``suspended``, ``end_reason`` and source keys.
- ``relations.csv``: other relations of these instruments (implementers; further parties of a
  multi-party state–EU agreement such as the EEA Agreement).
- ``corridors_reviewed.csv``: the review record of the 100 largest corridors of UN DESA IMS 2020 (which
  instruments were found, when, in which sources). It is checked here (ids and keys) but not written out.
- ``sources.csv``: the sources, keys ``bilateral/<name>`` (global across the dataset); all are written,
  also those cited only by the corridor review or by data/curated/coverage/bilateral_agreements.csv.

Rules (one per row, no exceptions in code):

- instrument: ``scope: bilateral``; ``adopted`` = ``signed``, else ``in_force``.
- each party that is an actor of the dataset gets one commitment relation, ``until`` = ``ended``:
  ``stage: in_force`` -> ``party_to`` since ``in_force`` (for an arrangement that is not binding, where
  entry into force is not a step, since ``signed``); ``stage: signed`` -> ``signatory_of`` since ``signed``.
- a party that is not an actor here (e.g. Hong Kong, Macao, Guernsey, Jersey) gets no relation; the
  instrument's note says so and the builder prints a warning.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml
from repo_paths import builder_args
from tables import CURATED, Row, TableError, check_keys, read_sources, read_table, write_yaml

TABLE_DIR = CURATED / "bilateral"
OUTPUT = "instruments_bilateral.yaml"
PREFIX = "bilateral/"
INSTRUMENT_COLUMNS = [
    "id",
    "party_a",
    "party_b",
    "name",
    "acronym",
    "aliases",
    "kind",
    "binding",
    "stage",
    "signed",
    "in_force",
    "ended",
    "suspended",
    "end_reason",
    "policy_areas",
    "gcm_objectives",
    "url",
    "note",
    "sources",
]
RELATION_COLUMNS = ["source", "target", "type", "since", "until", "role", "note", "sources"]
CORRIDOR_COLUMNS = ["origin", "destination", "stock_2020", "agreements_found", "reviewed", "note", "sources"]
STAGES = {"in_force": "party_to", "signed": "signatory_of"}


def actor_ids(actors_dir: Path) -> set[str]:
    """Ids of the actors defined in the other data files (parties must be actors to get a relation)."""
    ids: set[str] = set()
    for path in sorted(actors_dir.glob("*.yaml")):
        if path.name == OUTPUT:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        ids.update(a["id"] for a in data.get("actors") or [] if isinstance(a, dict) and "id" in a)
    return ids


def keys(row: Row, sources: dict[str, Any]) -> list[str]:
    return check_keys(row, sources)


def instrument(row: Row, sources: dict[str, Any], missing: list[str]) -> dict[str, Any]:
    binding = row.flag("binding")
    note = row.opt("note") or ""
    if missing:
        note = (note + " " if note else "") + (
            f"Party {', '.join(missing)} is not an actor in this dataset: no party relation is recorded for it."
        )
    entry: dict[str, Any] = {"id": row.need("id"), "name": row.need("name")}
    if row.opt("acronym"):
        entry["acronym"] = row.opt("acronym")
    if row.opt("aliases"):
        entry["aliases"] = [a.strip() for a in row.need("aliases").split(";")]
    entry["kind"] = row.need("kind")
    if binding is not None:
        entry["binding"] = binding
    entry["scope"] = "bilateral"
    for field, value in (
        ("adopted", row.opt("signed") or row.opt("in_force")),
        ("in_force", row.opt("in_force")),
        ("ended", row.opt("ended")),
        ("suspended", row.opt("suspended")),
        ("end_reason", row.opt("end_reason")),
    ):
        if value:
            entry[field] = value
    if row.opt("policy_areas"):
        entry["policy_areas"] = row.need("policy_areas").split()
    if row.opt("gcm_objectives"):
        entry["gcm_objectives"] = [int(x) for x in row.need("gcm_objectives").split()]
    if row.opt("url"):
        entry["url"] = row.opt("url")
    if note:
        entry["note"] = note
    entry["sources"] = keys(row, sources)
    return entry


def party_relations(row: Row, sources: dict[str, Any], parties: list[str]) -> list[dict[str, Any]]:
    stage = row.need("stage")
    if stage not in STAGES:
        raise row.fail("stage", f"{stage!r} is not one of {', '.join(STAGES)}")
    binding = row.flag("binding")
    if stage == "signed" and row.opt("in_force"):
        raise row.fail("stage", "'signed' but in_force is set: use stage in_force")
    if stage == "in_force":
        since = row.opt("in_force") or (row.opt("signed") if binding is not True else None)
    else:
        since = row.opt("signed")
    note = None
    if row.opt("suspended"):
        note = f"Suspended since {row.need('suspended')}."
    out = []
    for party in parties:
        rel: dict[str, Any] = {"source": party, "target": row.need("id"), "type": STAGES[stage]}
        if since:
            rel["since"] = since
        if row.opt("ended"):
            rel["until"] = row.opt("ended")
        if note:
            rel["note"] = note
        rel["sources"] = keys(row, sources)
        out.append(rel)
    return out


def main() -> None:
    args = builder_args(__doc__.splitlines()[0]).parse_args()
    sources = read_sources(TABLE_DIR / "sources.csv")
    for key in sources:
        if not key.startswith(PREFIX):
            raise TableError(
                f"data/curated/bilateral/sources.csv: key {key!r} must start with {PREFIX!r} (keys are global)"
            )
    known = actor_ids(args.actors)
    instruments: list[dict[str, Any]] = []
    relations: list[dict[str, Any]] = []
    ids: set[str] = set()
    for row in read_table(TABLE_DIR / "instruments.csv", INSTRUMENT_COLUMNS):
        rid = row.need("id")
        if rid in ids:
            raise row.fail("id", f"instrument {rid!r} appears twice")
        ids.add(rid)
        parties = [row.need("party_a"), row.need("party_b")]
        missing = [p for p in parties if p not in known]
        for p in missing:
            print(f"build_bilateral: {rid}: party {p} is not an actor; no relation written", file=sys.stderr)
        instruments.append(instrument(row, sources, missing))
        relations.extend(party_relations(row, sources, [p for p in parties if p in known]))
    for row in read_table(TABLE_DIR / "relations.csv", RELATION_COLUMNS):
        rel: dict[str, Any] = {"source": row.need("source"), "target": row.need("target"), "type": row.need("type")}
        for field in ("since", "until", "role", "note"):
            if row.opt(field):
                rel[field] = row.opt(field)
        rel["sources"] = keys(row, sources)
        relations.append(rel)
    for row in read_table(TABLE_DIR / "corridors_reviewed.csv", CORRIDOR_COLUMNS):
        for found in (row.opt("agreements_found") or "").split():
            if found not in ids:
                raise row.fail("agreements_found", f"unknown instrument {found!r}")
        check_keys(row, sources)
    # every source is written, also those cited only by the corridor review: coverage rows cite them
    emitted = dict(sources)
    write_yaml(
        args.actors / OUTPUT,
        [f"data/curated/bilateral/{t}" for t in ("instruments.csv", "relations.csv", "sources.csv")],
        {"sources": emitted, "instruments": instruments, "relations": relations},
    )
    print(f"build_bilateral: {len(instruments)} instruments, {len(relations)} relations -> {args.actors / OUTPUT}")


if __name__ == "__main__":
    try:
        main()
    except TableError as err:
        raise SystemExit(str(err)) from None
