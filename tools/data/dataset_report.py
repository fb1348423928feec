#!/usr/bin/env python3
"""Print the figures of data/actors/README.md from the data: families, party tables, bodies, coverage.

Usage: python tools/data/dataset_report.py [--date YYYY-MM-DD]   (markdown on standard output)

The README's tables are pasted from this output, so every figure there can be
re-computed by anyone from a clone.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from govgraph.coverage import coverage_summary, party_counts  # noqa: E402
from govgraph.dates import is_active  # noqa: E402
from govgraph.loader import load_world  # noqa: E402
from govgraph.models import is_checked  # noqa: E402
from govgraph.vocab import BELONGING_TYPES, BODY_KINDS  # noqa: E402


def families(world) -> list[str]:
    """Checked / total facts of each file."""
    cells: dict[str, Counter] = defaultdict(Counter)
    for kind, items in (("actors", world.actors.values()), ("instruments", world.instruments.values())):
        for item in items:
            f = Path(world.origins[item.id].file).name
            cells[f][kind] += 1
            cells[f][kind + "_checked"] += is_checked(item.sources)
    for rel in world.relations:
        origin = world.origins.get("rel:" + rel.key)
        f = Path(origin.file).name if origin else "(derived)"
        cells[f]["relations"] += 1
        cells[f]["relations_checked"] += is_checked(rel.sources)
    rows = ["| file | actors | instruments | relations |", "|---|---|---|---|"]
    for f in sorted(cells):
        c = cells[f]
        rows.append(
            f"| `{f}` | "
            + " | ".join(f"{c[k + '_checked']:,}/{c[k]:,}" if c[k] else "–" for k in ("actors", "instruments", "relations"))
            + " |"
        )
    rows.append("")
    rows.append(
        f"Corridors: {len(world.corridors):,} ({', '.join(f'{y}: {n}' for y, n in sorted(Counter(c.year for c in world.corridors).items()))}). "
        f"Profile figures: {len(world.profiles):,} for {len({f.state for f in world.profiles})} states. "
        f"Coverage rows: {len(world.coverage)}."
    )
    return rows


def parties(world) -> list[str]:
    rows = [
        "| instrument | published parties | date of the count | here on that date | table |",
        "|---|---|---|---|---|",
    ]
    for r in party_counts(world):
        state = {False: "marked incomplete", True: "marked complete", None: "not marked"}[r["parties_complete"]]
        rows.append(f"| `{r['instrument']}` | {r['published']} | {r['as_of']} | {r['here']} ({r['difference']:+d}) | {state} |")
    return rows


def bodies(world, date: str) -> list[str]:
    belong: dict[str, set[str]] = defaultdict(set)
    observe: dict[str, set[str]] = defaultdict(set)
    for r in world.relations:
        if not is_active(r.since, r.until, date):
            continue
        if r.type in BELONGING_TYPES:
            belong[r.target].add(r.source)
        elif r.type == "observer_of":
            observe[r.target].add(r.source)
    rows = [f"| body | kind | belonging on {date} | observers | membership |", "|---|---|---|---|---|"]
    for a in sorted(world.actors.values(), key=lambda a: (a.kind, a.id)):
        if a.kind not in BODY_KINDS:
            continue
        recorded = "not recorded" if a.membership_recorded is False else "recorded"
        rows.append(f"| `{a.id}` | {a.kind} | {len(belong[a.id])} | {len(observe[a.id])} | {recorded} |")
    return rows


def coverage(world) -> list[str]:
    cov = coverage_summary(world)
    rows = ["| list | states reviewed | complete |", "|---|---|---|"]
    for name in cov["lists_complete"]:
        rows.append(f"| {name.replace('_', ' ')} | {cov['lists_reviewed'][name]} | {cov['lists_complete'][name]} |")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--date", default="2024-06-01", help="the date of the body counts (default 2024-06-01)")
    args = ap.parse_args()
    world = load_world()
    for title, lines in (
        ("Families (checked / total facts)", families(world)),
        ("Party tables against the depositaries", parties(world)),
        ("Bodies", bodies(world, args.date)),
        ("Coverage of per-state curated lists", coverage(world)),
    ):
        print(f"### {title}\n")
        print("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
