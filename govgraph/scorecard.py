"""A state's scorecard: its coverage of six governance domains against the median of its peers.

Each domain is one number read from the graph on a date, and says what it
counts (so a reader can check it):

- binding commitments: the share of the core migration treaties the state is
  party to (1951 Convention or 1967 Protocol counted once; the statelessness
  conventions; ICRMW; UNTOC and its two Protocols; ILO C097, C143, C181, C189, C190);
- regional: the regional bodies (RECs, RCPs, inter-regional forums) it belongs to;
- bilateral corridors: the share of its major corridors (100,000 migrants or
  more) with a coordination channel (a bilateral instrument, a shared forum or a
  direct tie);
- whole-of-government: its national agencies on migration recorded here, plus
  one for a recorded national coordination mechanism;
- vertical: the share of its cities and subnational actors tied to the national level;
- whole-of-society: the civil-society, diaspora and private-sector groups it engages (0-3).

Peers are the other states of its subregion or region, or the states whose
migration profile is closest (immigrants + emigrants + refugees hosted, on a log
scale). Values rest on what the data records: the coverage line says which of
the state's lists are complete.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from .errors import UsageError
from .figures import latest_figures
from .gaps.context import GapContext
from .gaps.levels import society_index

__all__ = ["DOMAINS", "PEER_GROUPS", "Scorecard", "scorecard", "scorecards"]

PEER_GROUPS = ("subregion", "region", "profile")
#: The core treaties; a tuple counts once when the state is party to any of its members.
CORE_TREATIES: tuple[tuple[str, ...], ...] = (
    ("refugee-convention-1951", "refugee-protocol-1967"),
    ("statelessness-convention-1954",),
    ("statelessness-convention-1961",),
    ("icmw",),
    ("untoc",),
    ("trafficking-protocol",),
    ("smuggling-protocol",),
    ("ilo-c097",),
    ("ilo-c143",),
    ("ilo-c181",),
    ("ilo-c189",),
    ("ilo-c190",),
)
DOMAINS = (
    "binding commitments",
    "regional",
    "bilateral corridors",
    "whole-of-government",
    "vertical",
    "whole-of-society",
)
_PROFILE_PEERS = 12
_MAJOR_CORRIDOR = 100_000


@dataclass
class Scorecard:
    """One state's domain values beside its peers' medians."""

    state: str
    name: str
    as_of: str
    peer_group: str
    peers: list[str]
    values: dict[str, float | None]
    medians: dict[str, float | None]
    notes: dict[str, str] = field(default_factory=dict)
    coverage: dict[str, bool] = field(default_factory=dict)

    def rows(self) -> list[dict[str, Any]]:
        """One row per domain (the CSV)."""
        return [
            {
                "state": self.state,
                "name": self.name,
                "as_of": self.as_of,
                "domain": d,
                "value": self.values[d],
                "peer_median": self.medians[d],
                "peer_group": self.peer_group,
                "peers": len(self.peers),
                "note": self.notes.get(d, ""),
            }
            for d in DOMAINS
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "name": self.name,
            "as_of": self.as_of,
            "peer_group": self.peer_group,
            "peers": self.peers,
            "domains": self.rows(),
            "coverage": self.coverage,
        }


def _domain_values(ctx: GapContext, state: str) -> tuple[dict[str, float | None], dict[str, str]]:
    nodes = ctx.nodes
    treaties = [group for group in CORE_TREATIES if any(i in nodes for i in group)]
    party = sum(1 for group in treaties if any(ctx.is_party(state, i) for i in group))
    regional = sum(
        1
        for f, (_, _, d) in ctx.forum_ties[state].items()
        if ctx.kind(f) in ("rec", "rcp", "irf") and d["type"] in ("member_of", "associate_of", "participates_in")
    )
    stock = sorted(o for o, n in ctx.corridor_stock(state).items() if n >= _MAJOR_CORRIDOR)
    with_channel = sum(1 for other in stock if other in nodes and ctx.channel(state, other) is not None)
    agencies = ctx.agencies(state)
    mechanism = any(
        "coordination mechanism" in (d.get("role") or "") for a in agencies for _, _, d in ctx.G.out_edges(a, data=True)
    )
    local = ctx.local_actors(state)
    national = {state, *agencies}
    tied = sum(1 for x in local if any(y in national for y in ctx.direct[x]))
    groups = ctx.memo("society_index", lambda: society_index(ctx))  # shared with society-gap
    engaged = sum(1 for group in groups.values() if national & group.engagers)
    values: dict[str, float | None] = {
        "binding commitments": round(party / len(treaties), 3) if treaties else None,
        "regional": float(regional),
        "bilateral corridors": round(with_channel / len(stock), 3) if stock else None,
        "whole-of-government": float(len(agencies) + (1 if mechanism else 0)),
        "vertical": round(tied / len(local), 3) if local else None,
        "whole-of-society": float(engaged),
    }
    notes = {
        "binding commitments": f"party to {party} of {len(treaties)} core treaties",
        "regional": f"{regional} regional bodies",
        "bilateral corridors": f"{with_channel} of {len(stock)} major corridors with a channel"
        if stock
        else "no major corridor recorded",
        "whole-of-government": f"{len(agencies)} agencies" + (", a coordination mechanism" if mechanism else ""),
        "vertical": f"{tied} of {len(local)} local actors tied to the national level"
        if local
        else "no local actor recorded",
        "whole-of-society": f"{engaged} of 3 groups engaged",
    }
    return values, notes


def _exposure(G: nx.MultiDiGraph, state: str) -> float:
    wanted = ("immigrant_stock", "emigrant_stock", "refugees_hosted")
    return math.log10(1 + sum(f.value for f in latest_figures(G, state) if f.indicator in wanted))


def _peers(G: nx.MultiDiGraph, state: str, group: str, states: list[str]) -> list[str]:
    if group not in PEER_GROUPS:
        raise UsageError(f"--peers: unknown peer group {group!r} (choose from {', '.join(PEER_GROUPS)})")
    if group == "profile":
        mine = _exposure(G, state)
        others = sorted((abs(_exposure(G, s) - mine), s) for s in states if s != state)
        return sorted(s for _, s in others[:_PROFILE_PEERS])
    value = G.nodes[state].get(group)
    return sorted(s for s in states if s != state and value and G.nodes[s].get(group) == value)


def scorecards(G: nx.MultiDiGraph, states: list[str] | None = None, peers: str = "subregion") -> list[Scorecard]:
    """The scorecards of the given states (default every state on the date), sharing one index."""
    if peers not in PEER_GROUPS:
        raise UsageError(f"--peers: unknown peer group {peers!r} (choose from {', '.join(PEER_GROUPS)})")
    ctx = GapContext(G)
    everyone = sorted(ctx.states)
    table = {s: _domain_values(ctx, s) for s in everyone}
    cards = []
    for state in states or everyone:
        group = _peers(G, state, peers, everyone)
        values, notes = table[state]
        medians: dict[str, float | None] = {}
        for d in DOMAINS:
            known = [table[p][0][d] for p in group if table[p][0][d] is not None]
            medians[d] = round(statistics.median(known), 3) if known else None
        coverage = {k.removeprefix("coverage_"): v for k, v in G.nodes[state].items() if k.startswith("coverage_")}
        cards.append(
            Scorecard(
                state,
                G.nodes[state]["name"],
                G.graph.get("as_of") or "",
                peers,
                group,
                values,
                medians,
                notes,
                coverage,
            )
        )
    return cards


def scorecard(G: nx.MultiDiGraph, state: str, peers: str = "subregion") -> Scorecard:
    """One state's scorecard."""
    if state not in G or G.nodes[state].get("kind") != "state":
        raise UsageError(f"{state} is not a state in the data on {G.graph.get('as_of')}")
    return scorecards(G, [state], peers)[0]
