"""The graphs the metrics are computed on, derived from the governance multigraph.

Which relations count
    Every relation in force on the graph's date, except the types in
    :data:`NOT_TIES` (an exit, a suspension, a vote against, an abstention or a
    contestation records distance, not a tie). ``relations=`` names the types
    to count instead (any type, ``NOT_TIES`` included); ``binding=`` keeps only
    binding or only non-binding relations.

The undirected simple graph
    One tie between two nodes when at least one counted relation joins them, in
    either direction; self-loops dropped. Betweenness, closeness, eigenvector,
    constraint, effective size and k-core use it.

The directed simple graph (flow graph)
    An arc u -> v when at least one counted relation runs from u to v as
    recorded: from the actor that joins, commits, chairs, funds or implements
    to the forum, instrument or partner it relates to (states -> RECs and
    treaties, agencies -> programmes, instruments -> the instruments they
    amend or supplement). :data:`TWO_WAY` types (symmetric by nature) give arcs
    both ways. PageRank and Gould-Fernandez brokerage use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from ..errors import UsageError
from ..vocab import RELATION_TYPES

__all__ = [
    "BINDING_CHOICES",
    "NOT_TIES",
    "TWO_WAY",
    "check_binding",
    "check_relations",
    "counted_types",
    "flow_arcs",
    "node_index",
    "select_relations",
    "undirected_pairs",
]

#: Relation types that are not ties and are left out unless named with ``relations=``.
NOT_TIES: frozenset[str] = frozenset({"withdrew_from", "suspended_from", "voted_against", "abstained", "contests"})
#: Symmetric relation types: arcs both ways in the flow graph.
TWO_WAY: frozenset[str] = frozenset({"coordinates_with", "partners_with"})
BINDING_CHOICES: tuple[str, ...] = ("any", "binding", "non-binding")


def check_relations(relations: Iterable[str] | None) -> tuple[str, ...] | None:
    """The relation types asked for, or a UsageError naming the unknown one."""
    if relations is None:
        return None
    chosen = tuple(dict.fromkeys(relations))
    if not chosen:
        return None
    for rtype in chosen:
        if rtype not in RELATION_TYPES:
            raise UsageError(f"--relation: unknown relation type {rtype!r} (choose from {', '.join(RELATION_TYPES)})")
    return chosen


def check_binding(binding: str) -> str:
    """``any``, ``binding`` or ``non-binding``; a UsageError otherwise."""
    if binding not in BINDING_CHOICES:
        raise UsageError(f"--binding: unknown value {binding!r} (choose from {', '.join(BINDING_CHOICES)})")
    return binding


def counted_types(relations: Iterable[str] | None) -> tuple[str, ...]:
    """The relation types that count: those named, or every type but :data:`NOT_TIES`."""
    chosen = check_relations(relations)
    if chosen is not None:
        return chosen
    return tuple(t for t in RELATION_TYPES if t not in NOT_TIES)


def select_relations(
    G: nx.MultiDiGraph, relations: Iterable[str] | None = None, binding: str = "any"
) -> nx.MultiDiGraph:
    """A copy of ``G`` with every node and only the counted relations."""
    types = set(counted_types(relations))
    check_binding(binding)
    want = None if binding == "any" else binding == "binding"
    H = nx.MultiDiGraph(**G.graph)
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from(
        (u, v, k, d)
        for u, v, k, d in G.edges(keys=True, data=True)
        if d.get("type") in types and (want is None or bool(d.get("binding")) == want)
    )
    return H


def node_index(H: nx.MultiDiGraph) -> tuple[list[Any], dict[Any, int]]:
    """The nodes in graph order and their positions."""
    nodes = list(H.nodes())
    return nodes, {n: i for i, n in enumerate(nodes)}


def undirected_pairs(H: nx.MultiDiGraph, index: dict[Any, int]) -> set[tuple[int, int]]:
    """The ties of the undirected simple graph as (low, high) position pairs."""
    pairs: set[tuple[int, int]] = set()
    for u, v in H.edges():
        i, j = index[u], index[v]
        if i != j:
            pairs.add((i, j) if i < j else (j, i))
    return pairs


def flow_arcs(H: nx.MultiDiGraph, index: dict[Any, int]) -> set[tuple[int, int]]:
    """The arcs of the directed simple (flow) graph as position pairs."""
    arcs: set[tuple[int, int]] = set()
    for u, v, rtype in H.edges(data="type"):
        i, j = index[u], index[v]
        if i == j:
            continue
        arcs.add((i, j))
        if rtype in TWO_WAY:
            arcs.add((j, i))
    return arcs
