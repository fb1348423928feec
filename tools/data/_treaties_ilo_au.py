"""Party tables of the ILO and regional (AU, ECOWAS, EAC, MERCOSUR, Schengen) instruments: tables in, YAML out.

The curated tables live in data/curated/treaties_ilo_au/ (see its README.md):

- ``instruments.csv``: one row per instrument (``file`` says which data/actors file it goes to);
- ``<instrument id>.csv``: one row per event (a ratification, an accession, a signature, a
  denunciation, an end of application), each with its source keys;
- ``sources.csv``: the sources, with ``as_of`` and ``checked``.

Used by build_instruments_ilo.py and build_instruments_regional.py; this module holds no facts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

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

FOLDER = CURATED / "treaties_ilo_au"
#: Source keys are global across the dataset: the tables use short keys, the YAML prefixes them.
PREFIX = "treaties_ilo_au/"

INSTRUMENT_COLUMNS = [
    "id", "file", "name", "acronym", "aliases", "kind", "binding", "scope", "adopted", "in_force", "adopted_by",
    "policy_areas", "gcm_objectives", "amends", "supplements", "url", "published_parties", "published_as_of",
    "parties_complete", "note", "sources",
]  # fmt: skip
EVENT_COLUMNS = TREATY_EVENT_COLUMNS
#: party: ratified / acceded / succeeded (date = the depositary's date of the act: ILO registration, AU deposit);
#: signatory: signed (date = signature); denounced: the state denounced the instrument (date = effect);
#: ended: the state stopped being bound without denouncing it (e.g. it left the organisation).
EVENTS = ("party", "signatory", "denounced", "ended")
CONSENT_TYPES = ("", "ratification", "accession", "succession", "acceptance", "approval", "signature")


def _keys(row: Row, sources: dict[str, Any]) -> list[str]:
    return [PREFIX + k for k in check_keys(row, sources)]


def _instrument(row: Row, sources: dict[str, Any]) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": row.need("id"), "name": row.need("name")}
    if row.opt("acronym"):
        entry["acronym"] = row.opt("acronym")
    if row.opt("aliases"):
        entry["aliases"] = words(row.opt("aliases"), "|")
    entry["kind"] = row.need("kind")
    if row.flag("binding") is not None:
        entry["binding"] = row.flag("binding")
    entry["scope"] = row.need("scope")
    for key in ("adopted", "in_force", "adopted_by"):
        if row.opt(key):
            entry[key] = row.opt(key)
    entry["policy_areas"] = words(row.opt("policy_areas"))
    try:
        entry["gcm_objectives"] = [int(x) for x in words(row.opt("gcm_objectives"))]
    except ValueError as exc:
        raise row.fail("gcm_objectives", "must be integers separated by spaces") from exc
    for key in ("amends", "supplements"):
        if row.opt(key):
            entry[key] = words(row.opt(key))
    if row.opt("url"):
        entry["url"] = row.opt("url")
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
    if row.opt("note"):
        entry["note"] = row.opt("note")
    entry["sources"] = _keys(row, sources)
    return entry


def _events(instrument: str, sources: dict[str, Any]) -> tuple[list[dict[str, Any]], str]:
    """The relations of one instrument's event table, and a one-line summary of what it holds."""
    path = FOLDER / f"{instrument}.csv"
    rows = read_table(path, EVENT_COLUMNS)
    parties: dict[str, dict[str, Any]] = {}  # the latest party_to of each state
    relations: list[dict[str, Any]] = []
    signatures: list[tuple[Row, dict[str, Any]]] = []
    for row in rows:
        iso, event = row.need("iso3"), row.need("event")
        if event not in EVENTS:
            raise row.fail("event", f"{event!r} is not one of {', '.join(EVENTS)}")
        if row.get("consent_type", "").strip() not in CONSENT_TYPES:
            raise row.fail("consent_type", f"{row['consent_type']!r} is not one of {', '.join(CONSENT_TYPES[1:])}")
        reservations = words(row.opt("reservations"))
        if reservations and event not in ("party", "signatory"):
            raise row.fail("reservations", "only a party or signatory row carries reservations")
        keys = _keys(row, sources)
        if event in ("party", "signatory"):
            rel: dict[str, Any] = {
                "source": iso,
                "target": instrument,
                "type": "party_to" if event == "party" else "signatory_of",
                "since": row.opt("date"),
                "until": None,
                "reservations": reservations,
                "reservation_note": row.opt("reservation_note"),
                "note": row.opt("note"),
                "sources": keys,
            }
            if event == "party":
                parties[iso] = rel
                relations.append(rel)
            else:
                signatures.append((row, rel))
            continue
        party = parties.get(iso)
        if party is None or party["until"]:
            raise row.fail("event", f"{event} row for {iso} without an open party row before it")
        party["until"] = row.need("date")
        word = "Denounced" if event == "denounced" else "Ceased to be bound"
        party["note"] = " ".join(
            x for x in (party["note"], f"{word} {party['until']}: {row.opt('note') or ''}".strip()) if x
        )
        party["sources"] += [k for k in keys if k not in party["sources"]]
    signed_only = 0
    for row, rel in signatures:
        party = parties.get(rel["source"])
        if party is None:  # signed, never ratified: a signatory_of
            relations.append(rel)
            signed_only += 1
        elif row.opt("date"):  # the signature of a party is kept in its note
            party["note"] = " ".join(x for x in (f"Signed {row.opt('date')}.", party["note"]) if x)
            party["sources"] += [k for k in rel["sources"] if k not in party["sources"]]
    dated = sum(1 for r in parties.values() if r["since"])
    summary = (
        f"Recorded here: {len(parties)} parties ({dated} with a date), {signed_only} signatories that have not ratified; "
        f"table data/curated/treaties_ilo_au/{instrument}.csv."
    )
    return relations, summary


def build(file: str, out: Path) -> dict[str, int]:
    """Write ``out`` (data/actors/<file>.yaml) from the instruments of ``file`` and their event tables."""
    sources = read_sources(FOLDER / "sources.csv")
    instruments, relations, cited, tables = [], [], [], ["data/curated/treaties_ilo_au/instruments.csv"]
    counts: dict[str, int] = {}
    for row in read_table(FOLDER / "instruments.csv", INSTRUMENT_COLUMNS):
        if row.need("file") != file:
            continue
        entry = _instrument(row, sources)
        rels, summary = _events(entry["id"], sources)
        entry["note"] = " ".join(x for x in (entry.get("note"), summary) if x)
        instruments.append(entry)
        relations += rels
        counts[entry["id"]] = len(rels)
        tables.append(f"data/curated/treaties_ilo_au/{entry['id']}.csv")
        for key in entry["sources"] + [k for r in rels for k in r["sources"]]:
            if key not in cited:
                cited.append(key)
    if not instruments:
        raise TableError(f"data/curated/treaties_ilo_au/instruments.csv: no instrument has file {file!r}")
    tables.append("data/curated/treaties_ilo_au/sources.csv")
    used = {k: sources[k[len(PREFIX) :]] for k in sorted(cited)}
    write_yaml(out, tables, {"sources": used, "instruments": instruments, "relations": relations})
    return counts
