"""An actor's profile: its memberships, commitments and coordination on a date.

Beside the ties in force, a profile says what has ended (a withdrawal, an
expired agreement, a merged agency) with the date, and for a state its
migration profile (the latest figures) and which curated lists are complete.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import networkx as nx

__all__ = ["Profile", "Tie", "actor_profile"]

_GROUP_TITLES = {
    "membership": "Memberships and forums",
    "commitment": "Instruments (ratified, signed, endorsed, voted)",
    "coordination": "Coordination and partnerships",
    "contestation": "Contestation",
    "exit": "Withdrawals and suspensions",
    "containment": "Containment (located in / part of)",
    "instrument": "Instrument links",
}


@dataclass
class Tie:
    """One relation seen from the profiled entity."""

    type: str
    outgoing: bool
    counterpart: str
    counterpart_name: str
    counterpart_kind: str
    counterpart_level: str
    since: str | None
    until: str | None
    binding: bool
    direction: str
    role: str | None
    checked: bool
    sources: list[dict[str, Any]]
    reservations: list[str] = field(default_factory=list)
    reservation_note: str | None = None
    #: For an ended tie: the day it ended (its own end, or its counterpart's dissolution or expiry).
    ended: str | None = None
    end_reason: str | None = None


@dataclass
class Profile:
    """An entity, its attributes, and its ties grouped by relation group."""

    id: str
    attributes: dict[str, Any]
    as_of: str
    groups: dict[str, list[Tie]] = field(default_factory=dict)
    #: Ties that ended on or before the date, newest end first (needs the temporal graph).
    ended: list[Tie] = field(default_factory=list)
    #: A state's latest figures (see :mod:`govgraph.figures`), as dicts.
    figures: list[dict[str, Any]] = field(default_factory=list)
    #: A state's reviewed lists: {list: {complete, reviewed, note, sources}}.
    coverage: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "as_of": self.as_of,
            "attributes": self.attributes,
            "groups": {g: [asdict(t) for t in ties] for g, ties in self.groups.items()},
            "ended": [asdict(t) for t in self.ended],
            "figures": self.figures,
            "coverage": self.coverage,
        }


def group_title(group: str) -> str:
    return _GROUP_TITLES.get(group, group)


def _tie(d: dict[str, Any], outgoing: bool, other: str, od: dict[str, Any]) -> Tie:
    return Tie(
        type=d["type"],
        outgoing=outgoing,
        counterpart=other,
        counterpart_name=od["name"],
        counterpart_kind=od["kind"] if od["entity"] == "actor" else f"instrument:{od['kind']}",
        counterpart_level=od["level"],
        since=d["since"],
        until=d["until"],
        binding=bool(d["binding"]),
        direction=d["direction"],
        role=d["role"],
        checked=d["checked"],
        sources=d["sources"],
        reservations=list(d.get("reservations") or []),
        reservation_note=d.get("reservation_note"),
    )


def _edges(G: nx.MultiDiGraph, entity_id: str) -> Any:
    """(outgoing, u, v, key, data) for every edge of the entity."""
    for u, v, k, d in G.out_edges(entity_id, keys=True, data=True):
        yield True, u, v, k, d
    for u, v, k, d in G.in_edges(entity_id, keys=True, data=True):
        yield False, u, v, k, d


def ended_ties(T: nx.MultiDiGraph, G: nx.MultiDiGraph, entity_id: str) -> list[Tie]:
    """Ties of the entity in the temporal graph ``T`` that had ended by the date of ``G``, newest end first.

    A tie ends with its own ``until``, or when its counterpart was dissolved (an
    agency merged, a body closed) or, for an instrument, ``ended`` (expired).
    """
    date = G.graph.get("as_of")
    if date is None or entity_id not in T:
        return []
    in_force = {k for *_, k, _d in _edges(G, entity_id)} if entity_id in G else set()
    out = []
    for outgoing, u, v, k, d in _edges(T, entity_id):
        other = v if outgoing else u
        od = T.nodes[other]
        if k in in_force or (d["since"] is not None and d["since"] > date):
            continue
        other_end = od.get("dissolved") if od["entity"] == "actor" else od.get("ended")
        ends = [e for e in (d["until"], other_end) if e is not None and e <= date]
        if not ends:
            continue
        tie = _tie(d, outgoing, other, od)
        tie.ended = min(ends)
        tie.end_reason = od.get("end_reason") if other_end in ends else None
        out.append(tie)
    return sorted(out, key=lambda t: (t.ended or "", t.counterpart_name), reverse=True)


def actor_profile(G: nx.MultiDiGraph, entity_id: str, T: nx.MultiDiGraph | None = None) -> Profile:
    """The ties of ``entity_id`` in an (as-of) graph, grouped and sorted by level, binding and name.

    Incoming ties are included (a forum's members, an instrument's parties).
    With the temporal graph ``T``, the profile also lists the ties that have
    ended by the date. A state's profile carries its latest figures and coverage.
    """
    from .figures import latest_figures

    attrs = dict(G.nodes[entity_id])
    profile = Profile(id=entity_id, attributes=attrs, as_of=G.graph.get("as_of") or "")
    if attrs.get("kind") == "state":
        profile.figures = [f.to_dict() for f in latest_figures(G, entity_id)]
        profile.coverage = dict((G.graph.get("coverage") or {}).get(entity_id, {}))
    if T is not None:
        profile.ended = ended_ties(T, G, entity_id)
    ties: list[tuple[str, Tie]] = []
    for outgoing, u, v, _k, d in _edges(G, entity_id):
        other = v if outgoing else u
        ties.append((d["group"], _tie(d, outgoing, other, G.nodes[other])))
    level_rank = {"global": 0, "regional": 1, "national": 2, "local": 3}
    for group, tie in sorted(
        ties,
        key=lambda gt: (
            list(_GROUP_TITLES).index(gt[0]) if gt[0] in _GROUP_TITLES else 99,
            level_rank.get(gt[1].counterpart_level, 9),
            not gt[1].binding,
            gt[1].type,
            gt[1].counterpart_name,
        ),
    ):
        profile.groups.setdefault(group, []).append(tie)
    return profile
