"""The graphs the metrics are computed on, derived from the governance multigraph.

Which nodes count
    Every actor and instrument present on the graph's date; with
    ``actors_only`` only actors (the actor-induced graph: a relation counts
    only when both its ends are actors).

Which relations count (the tallies)
    Every relation in force on the graph's date, except the types in
    :data:`NOT_TIES` (an exit, a suspension, a vote against, an abstention or a
    contestation records distance, not a tie). ``relations=`` names the types
    to count instead (any type, ``NOT_TIES`` included); ``exclude_relations=``
    leaves types out; ``binding=`` keeps only binding or only non-binding
    relations; ``dated_only`` leaves out relations with no start date (by
    default they count as in force since both their ends existed). The
    degree columns, relation counts, binding and vertical shares and the E-I
    index count these relations, each relation once (a multigraph).

Which relations are ties (the structure)
    The counted relations except containment (:data:`CONTAINMENT`:
    ``located_in``, ``part_of``), unless ``containment_ties``: a city inside a
    state or an agency inside a ministry is not coordination, and counting it
    makes a state a broker of its own cities (Canada ranked 3rd by
    betweenness on 2024-06-01 with containment, 73rd without). From these
    relations two simple graphs are derived:

    The undirected simple graph: one tie between two nodes when at least one
    such relation joins them, in either direction; self-loops dropped.
    Betweenness, closeness, eigenvector, constraint, effective size, k-core,
    ``neighbors``, density, components and assortativity use it.

    The directed simple graph (flow graph): an arc u -> v when at least one
    such relation runs from u to v as recorded: from the actor that joins,
    commits, chairs, funds or implements to the forum, instrument or partner
    it relates to. :data:`TWO_WAY` types (symmetric by nature) give arcs both
    ways. PageRank and Gould-Fernandez brokerage use it.

How the metrics get there
    :func:`walk_relations` walks the multigraph's edges once and keeps the
    counted relations as a :class:`Relations` table of numpy arrays (ends,
    type, binding, direction, dated); the degree columns and both simple
    graphs come from it. Nothing of the multigraph is copied: at 10^5
    relations the walk and both simple graphs peak at about a sixth of the
    memory of :func:`select` and the graphs derived from its copy (14 MiB
    against 91 MiB, tracemalloc). :func:`select` builds a new multigraph and
    stays for the callers that want one.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np

from ..errors import UsageError
from ..vocab import CONTAINMENT_TYPES, RELATION_TYPES

__all__ = [
    "BINDING_CHOICES",
    "CONTAINMENT",
    "NOT_TIES",
    "TWO_WAY",
    "GraphChoice",
    "Relations",
    "check_binding",
    "check_relations",
    "choose_graph",
    "count_undated",
    "counted_types",
    "drop_undated",
    "flow_arcs",
    "node_index",
    "select",
    "select_relations",
    "undirected_pairs",
    "walk_relations",
]

#: Relation types that are not ties and are left out unless named with ``relations=``.
NOT_TIES: frozenset[str] = frozenset(
    {"withdrew_from", "suspended_from", "voted_against", "abstained", "did_not_vote", "contests"}
)
#: Symmetric relation types: arcs both ways in the flow graph.
TWO_WAY: frozenset[str] = frozenset({"coordinates_with", "partners_with"})
#: Containment types: counted in the tallies, not ties of the simple graphs unless asked for.
CONTAINMENT: frozenset[str] = frozenset(CONTAINMENT_TYPES)
BINDING_CHOICES: tuple[str, ...] = ("any", "binding", "non-binding")


def check_relations(relations: Iterable[str] | None, option: str = "--relation") -> tuple[str, ...] | None:
    """The relation types asked for, or a UsageError naming the unknown one and the option."""
    if relations is None:
        return None
    chosen = tuple(dict.fromkeys(relations))
    if not chosen:
        return None
    for rtype in chosen:
        if rtype not in RELATION_TYPES:
            raise UsageError(f"{option}: unknown relation type {rtype!r} (choose from {', '.join(RELATION_TYPES)})")
    return chosen


def check_binding(binding: str) -> str:
    """``any``, ``binding`` or ``non-binding``; a UsageError otherwise."""
    if binding not in BINDING_CHOICES:
        raise UsageError(f"--binding: unknown value {binding!r} (choose from {', '.join(BINDING_CHOICES)})")
    return binding


def counted_types(relations: Iterable[str] | None, exclude_relations: Iterable[str] | None = None) -> tuple[str, ...]:
    """The relation types that count: those named (or every type but :data:`NOT_TIES`), minus the excluded."""
    chosen = check_relations(relations)
    excluded = set(check_relations(exclude_relations, "--exclude-relation") or ())
    types = chosen if chosen is not None else tuple(t for t in RELATION_TYPES if t not in NOT_TIES)
    return tuple(t for t in types if t not in excluded)


@dataclass(frozen=True)
class GraphChoice:
    """Which nodes and relations the metrics count, and which relations are ties of the simple graphs."""

    counted: tuple[str, ...]
    ties: tuple[str, ...]
    binding: str = "any"
    actors_only: bool = False
    dated_only: bool = False

    def describe(self) -> dict[str, Any]:
        """The choice as plain values, for ``df.attrs`` and the JSON ``meta``."""
        return {
            "relations": list(self.counted),
            "tie_relations": list(self.ties),
            "binding": self.binding,
            "actors_only": self.actors_only,
            "dated_only": self.dated_only,
        }


def choose_graph(
    relations: Iterable[str] | None = None,
    exclude_relations: Iterable[str] | None = None,
    binding: str = "any",
    *,
    actors_only: bool = False,
    containment_ties: bool = False,
    dated_only: bool = False,
) -> GraphChoice:
    """The graph the metrics use (see the module notes); a UsageError for an unknown type or binding."""
    counted = counted_types(relations, exclude_relations)
    check_binding(binding)
    ties = counted if containment_ties else tuple(t for t in counted if t not in CONTAINMENT)
    return GraphChoice(counted, ties, binding, actors_only, dated_only)


def select_relations(
    G: nx.MultiDiGraph,
    relations: Iterable[str] | None = None,
    binding: str = "any",
    *,
    exclude_relations: Iterable[str] | None = None,
    actors_only: bool = False,
    dated_only: bool = False,
) -> nx.MultiDiGraph:
    """A graph with the counted nodes (all, or actors only) and only the counted relations.

    Edge attribute dicts are shared with ``G``: copy one before changing it.
    """
    types = counted_types(relations, exclude_relations)
    return select(G, GraphChoice(types, types, check_binding(binding), actors_only, dated_only))


def select(G: nx.MultiDiGraph, choice: GraphChoice, *, dated_only: bool | None = None) -> nx.MultiDiGraph:
    """The nodes and counted relations of a :class:`GraphChoice` (``dated_only`` overrides the choice's)."""
    types = set(choice.counted)
    want = None if choice.binding == "any" else choice.binding == "binding"
    undated_ok = not (choice.dated_only if dated_only is None else dated_only)
    H = nx.MultiDiGraph(**G.graph)
    H.add_nodes_from((n, d) for n, d in G.nodes(data=True) if not choice.actors_only or d.get("entity") == "actor")
    keep = H._node
    H.add_edges_from(
        (u, v, k, d)
        for u, v, k, d in G.edges(keys=True, data=True)
        if d.get("type") in types
        and (want is None or bool(d.get("binding")) == want)
        and (undated_ok or d.get("since"))
        and u in keep
        and v in keep
    )
    return H


def count_undated(H: nx.MultiDiGraph) -> int:
    """Relations of ``H`` with no start date."""
    return sum(1 for *_, since in H.edges(data="since") if not since)


def drop_undated(H: nx.MultiDiGraph) -> int:
    """Remove the relations with no start date from ``H``; return how many there were."""
    undated = [(u, v, k) for u, v, k, since in H.edges(keys=True, data="since") if not since]
    H.remove_edges_from(undated)
    return len(undated)


def node_index(H: nx.MultiDiGraph) -> tuple[list[Any], dict[Any, int]]:
    """The nodes in graph order and their positions."""
    nodes = list(H.nodes())
    return nodes, {n: i for i, n in enumerate(nodes)}


def undirected_pairs(
    H: nx.MultiDiGraph, index: dict[Any, int], types: Iterable[str] | None = None
) -> set[tuple[int, int]]:
    """The ties of the undirected simple graph as (low, high) position pairs (of ``types`` only, if given)."""
    keep = None if types is None else set(types)
    pairs: set[tuple[int, int]] = set()
    for u, v, rtype in H.edges(data="type"):
        if keep is not None and rtype not in keep:
            continue
        i, j = index[u], index[v]
        if i != j:
            pairs.add((i, j) if i < j else (j, i))
    return pairs


def flow_arcs(H: nx.MultiDiGraph, index: dict[Any, int], types: Iterable[str] | None = None) -> set[tuple[int, int]]:
    """The arcs of the directed simple (flow) graph as position pairs (of ``types`` only, if given)."""
    keep = None if types is None else set(types)
    arcs: set[tuple[int, int]] = set()
    for u, v, rtype in H.edges(data="type"):
        if keep is not None and rtype not in keep:
            continue
        i, j = index[u], index[v]
        if i == j:
            continue
        arcs.add((i, j))
        if rtype in TWO_WAY:
            arcs.add((j, i))
    return arcs


@dataclass(frozen=True)
class Relations:
    """The counted relations of a :class:`GraphChoice` as parallel arrays, one entry per relation.

    ``source`` and ``target`` are positions in ``nodes``; ``type_code``
    indexes ``types`` (the choice's counted types).
    """

    nodes: list[Any]
    index: dict[Any, int]
    types: tuple[str, ...]
    source: np.ndarray
    target: np.ndarray
    type_code: np.ndarray
    binding: np.ndarray
    vertical: np.ndarray
    dated: np.ndarray

    def __len__(self) -> int:
        return len(self.source)

    def of_types(self, types: Iterable[str]) -> np.ndarray:
        """A mask of the relations whose type is one of ``types``."""
        wanted = [i for i, t in enumerate(self.types) if t in set(types)]
        return np.isin(self.type_code, wanted)

    def only(self, mask: np.ndarray) -> Relations:
        """The relations where ``mask`` is true, on the same nodes."""
        fields = (self.source, self.target, self.type_code, self.binding, self.vertical, self.dated)
        return Relations(self.nodes, self.index, self.types, *(f[mask] for f in fields))

    def undirected_pairs(self, types: Iterable[str] | None = None) -> np.ndarray:
        """The ties of the undirected simple graph as sorted (low, high) rows (of ``types`` only, if given)."""
        keep = self.source != self.target
        if types is not None:
            keep &= self.of_types(types)
        low = np.minimum(self.source[keep], self.target[keep])
        high = np.maximum(self.source[keep], self.target[keep])
        return _unique_rows(low, high, len(self.nodes))

    def flow_arcs(self, types: Iterable[str] | None = None) -> np.ndarray:
        """The arcs of the directed simple (flow) graph as sorted (i, j) rows (of ``types`` only, if given)."""
        keep = self.source != self.target
        if types is not None:
            keep &= self.of_types(types)
        back = keep & self.of_types(TWO_WAY)
        tails = np.concatenate([self.source[keep], self.target[back]])
        heads = np.concatenate([self.target[keep], self.source[back]])
        return _unique_rows(tails, heads, len(self.nodes))


def _unique_rows(first: np.ndarray, second: np.ndarray, n: int) -> np.ndarray:
    """Distinct (first, second) position pairs as an (m, 2) array, sorted."""
    codes = np.unique(first.astype(np.int64) * max(n, 1) + second)
    return np.column_stack([codes // max(n, 1), codes % max(n, 1)])


def walk_relations(G: nx.MultiDiGraph, choice: GraphChoice) -> Relations:
    """The nodes and counted relations of ``choice`` from one walk over ``G``'s edges (``G`` is not copied).

    Relations with no start date are kept and flagged in ``dated``, whatever
    the choice's ``dated_only`` (the caller counts them, then drops them).
    """
    nodes = [n for n, kind in G.nodes(data="entity") if not choice.actors_only or kind == "actor"]
    index = {n: i for i, n in enumerate(nodes)}
    code = {t: i for i, t in enumerate(choice.counted)}
    want = None if choice.binding == "any" else choice.binding == "binding"
    ends, codes, flags = array("q"), array("h"), array("b")  # flags: binding 1, vertical 2, dated 4
    for u, neighbours in G.adjacency():
        i = index.get(u)
        if i is None:
            continue
        for v, keyed in neighbours.items():
            j = index.get(v)
            if j is None:
                continue
            for d in keyed.values():
                c = code.get(d.get("type"))  # type: ignore[arg-type]
                binding = bool(d.get("binding"))
                if c is None or (want is not None and binding != want):
                    continue
                ends.extend((i, j))
                codes.append(c)
                flags.append(binding | (d.get("direction") == "vertical") << 1 | bool(d.get("since")) << 2)
    pairs = np.frombuffer(ends, dtype=np.int64).reshape(-1, 2) if ends else np.zeros((0, 2), dtype=np.int64)
    bits = np.frombuffer(flags, dtype=np.int8) if flags else np.zeros(0, dtype=np.int8)
    type_code = np.frombuffer(codes, dtype=np.int16) if codes else np.zeros(0, dtype=np.int16)
    return Relations(
        nodes,
        index,
        choice.counted,
        pairs[:, 0],
        pairs[:, 1],
        type_code,
        (bits & 1) > 0,
        (bits & 2) > 0,
        (bits & 4) > 0,
    )
