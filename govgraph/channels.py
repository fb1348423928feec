"""Coordination channels between two actors: shortest paths with the relations of each hop."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any

import networkx as nx

from .errors import UnknownActorError

__all__ = ["channels_between"]


def _hop_relations(G: nx.MultiDiGraph, u: str, v: str, relations: set[str] | None) -> list[dict[str, Any]]:
    hops = []
    for forward, (x, y) in ((True, (u, v)), (False, (v, u))):
        for d in (G.get_edge_data(x, y) or {}).values():
            if relations is None or d["type"] in relations:
                hops.append(
                    {
                        "type": d["type"],
                        "forward": forward,
                        "binding": bool(d["binding"]),
                        "direction": d["direction"],
                        "since": d["since"],
                        "until": d["until"],
                    }
                )
    return hops


#: How many shortest paths are considered before the most specific ones are kept.
_CANDIDATES = 500


def channels_between(
    G: nx.MultiDiGraph,
    a: str,
    b: str,
    relations: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
    max_paths: int = 5,
    instruments: bool = False,
) -> dict[str, Any]:
    """Shortest paths between ``a`` and ``b`` in an as-of graph, ignoring edge direction.

    Paths run through actors (forums, organisations, agencies) and bilateral
    instruments; with ``instruments`` also through multilateral instruments.
    Among equally short paths the most specific come first: those through
    intermediaries with the fewest ties (a two-state agreement before the UN).
    Each hop lists every relation between its two ends (type, binding,
    direction, since), so an analyst sees whether the channel binds.
    """
    for node in (a, b):
        if node not in G:
            raise UnknownActorError(node, [])
    wanted = set(relations) if relations else None
    skip = set(exclude) - {a, b}

    def keep_node(n: str) -> bool:
        if n in skip:
            return False
        d = G.nodes[n]
        return instruments or d["entity"] == "actor" or d.get("scope") == "bilateral" or n in (a, b)

    view = nx.subgraph_view(
        G,
        filter_node=keep_node,
        filter_edge=lambda u, v, k: wanted is None or G.edges[u, v, k]["type"] in wanted,
    )
    undirected = view.to_undirected(as_view=True)
    paths: list[list[dict[str, Any]]] = []
    try:
        candidates = list(itertools.islice(nx.all_shortest_paths(undirected, a, b), _CANDIDATES))
        candidates.sort(key=lambda nodes: (sum(G.degree(n) for n in nodes[1:-1]), nodes))
        for nodes in candidates[:max_paths]:
            paths.append(
                [
                    {
                        "from": u,
                        "from_name": G.nodes[u]["name"],
                        "to": v,
                        "to_name": G.nodes[v]["name"],
                        "relations": _hop_relations(G, u, v, wanted),
                    }
                    for u, v in itertools.pairwise(nodes)
                ]
            )
    except nx.NetworkXNoPath:
        pass
    direct = _hop_relations(G, a, b, wanted)
    return {
        "a": a,
        "a_name": G.nodes[a]["name"],
        "b": b,
        "b_name": G.nodes[b]["name"],
        "as_of": G.graph.get("as_of"),
        "direct": ", ".join(h["type"] for h in direct),
        "paths": paths,
    }
