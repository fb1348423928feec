"""An actor's profile: its memberships, commitments and coordination on a date."""

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


@dataclass
class Profile:
    """An entity, its attributes, and its ties grouped by relation group."""

    id: str
    attributes: dict[str, Any]
    as_of: str
    groups: dict[str, list[Tie]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "as_of": self.as_of,
            "attributes": self.attributes,
            "groups": {g: [asdict(t) for t in ties] for g, ties in self.groups.items()},
        }


def group_title(group: str) -> str:
    return _GROUP_TITLES.get(group, group)


def actor_profile(G: nx.MultiDiGraph, entity_id: str) -> Profile:
    """The ties of ``entity_id`` in an (as-of) graph, grouped and sorted by level, binding and name.

    Incoming ties are included (a forum's members, an instrument's parties).
    """
    attrs = dict(G.nodes[entity_id])
    profile = Profile(id=entity_id, attributes=attrs, as_of=G.graph.get("as_of") or "")
    ties: list[tuple[str, Tie]] = []
    for outgoing, edges in ((True, G.out_edges(entity_id, data=True)), (False, G.in_edges(entity_id, data=True))):
        for u, v, d in edges:
            other = v if outgoing else u
            od = G.nodes[other]
            ties.append(
                (
                    d["group"],
                    Tie(
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
                    ),
                )
            )
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
