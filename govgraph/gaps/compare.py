"""What changed: the gaps opened and closed between two dates, each with the event behind it.

A gap opens or closes because a fact starts or ends between the dates: a
withdrawal, a ratification, an agreement that expired, a body dissolved, a new
year of a state's profile. The change names the events of the data that touch
the gap's subject and counterpart (or instrument) in that window, newest first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from .record import Gap, GapReport

__all__ = ["GapChange", "compare_reports"]


@dataclass
class GapChange:
    """A gap that opened or closed between two dates, and the dated events behind it."""

    change: str  # "opened" | "closed"
    gap: Gap
    date: str | None
    events: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"change": self.change, "date": self.date, "events": self.events, "gap": self.gap.to_dict()}

    def table_row(self) -> dict[str, Any]:
        return {
            "change": self.change,
            "date": self.date or "",
            "events": " | ".join(self.events),
            **self.gap.table_row(),
        }


def _identity(g: Gap) -> tuple[Any, ...]:
    return (g.rule, g.subject, g.counterpart, g.details.get("topic"))


def _in_window(date: str | None, start: str, end: str) -> bool:
    return date is not None and start < date <= end


def _events(T: nx.MultiDiGraph, gap: Gap, start: str, end: str) -> list[tuple[str, str]]:
    """(date, text) of facts starting or ending in (start, end] between the gap's ends, else of its subject."""
    ends = {x for x in (gap.counterpart, gap.details.get("topic")) if isinstance(x, str) and x in T}
    ends |= {i for i in gap.details.get("missing", ()) if i in T}
    pair: list[tuple[str, str]] = []
    own: list[tuple[str, str]] = []
    name = T.nodes[gap.subject]["name"] if gap.subject in T else gap.subject
    for u, v, d in list(T.out_edges(gap.subject, data=True)) + list(T.in_edges(gap.subject, data=True)):
        other = v if u == gap.subject else u
        for when, what in ((d["since"], "since"), (d["until"], "until")):
            if _in_window(when, start, end):
                text = f"{T.nodes[u]['name']} {d['type'].replace('_', ' ')} {T.nodes[v]['name']} ({what} {when})"
                (pair if other in ends else own).append((when, text))
    for node in ends | {gap.subject}:
        data = T.nodes[node]
        for key in ("founded", "dissolved", "adopted", "in_force", "ended"):
            if _in_window(data.get(key), start, end):
                pair.append((data[key], f"{data['name']}: {key.replace('_', ' ')} {data[key]}"))
    found = sorted(set(pair or own), reverse=True)
    if not found:
        return [(None, f"no dated fact of {name} in the data between {start} and {end}")]  # type: ignore[list-item]
    return found


def compare_reports(before: GapReport, after: GapReport, T: nx.MultiDiGraph) -> list[GapChange]:
    """Gaps in ``after`` and not in ``before`` (opened) and the reverse (closed), with their events."""
    start, end = before.as_of or "", after.as_of or ""
    old = {_identity(g): g for g in before.gaps}
    new = {_identity(g): g for g in after.gaps}
    changes = []
    for change, gaps in (
        ("opened", [g for k, g in new.items() if k not in old]),
        ("closed", [g for k, g in old.items() if k not in new]),
    ):
        for gap in gaps:
            events = _events(T, gap, start, end)
            changes.append(GapChange(change, gap, events[0][0], [text for _, text in events]))
    return sorted(changes, key=lambda c: (c.change, -(c.gap.priority or 0), c.gap.subject))
