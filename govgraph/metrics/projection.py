"""The state-state projection of forum co-membership: two states are tied when they belong to a common forum.

A state belongs to a forum through a counted ``member_of``, ``associate_of``
or ``participates_in`` relation to a regional consultative process, an
inter-regional forum, a regional economic community, a global process or a
city network (:data:`govgraph.vocab.FORUM_KINDS`). The projection is the
one-mode view of that state x forum affiliation network that the
regime-complex literature uses for brokerage between states.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Any

import networkx as nx

from ..vocab import BELONGING_TYPES, FORUM_KINDS

__all__ = ["forum_members", "forum_projection_pairs"]


def forum_members(H: nx.MultiDiGraph) -> dict[Any, set[Any]]:
    """Each forum's state members among the relations of ``H``."""
    members: dict[Any, set[Any]] = defaultdict(set)
    nodes = H.nodes
    for u, v, rtype in H.edges(data="type"):
        if rtype in BELONGING_TYPES and nodes[u].get("kind") == "state" and nodes[v].get("kind") in FORUM_KINDS:
            members[v].add(u)
    return dict(members)


def forum_projection_pairs(H: nx.MultiDiGraph, index: dict[Any, int]) -> set[tuple[int, int]]:
    """Ties of the projection as (low, high) position pairs: states sharing at least one forum."""
    pairs: set[tuple[int, int]] = set()
    for states in forum_members(H).values():
        positions = sorted(index[s] for s in states)
        pairs.update(combinations(positions, 2))
    return pairs
