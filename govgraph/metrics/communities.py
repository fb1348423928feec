"""Communities of the tie graph: Louvain modularity maximisation, seeded so that a run can be repeated.

The partition is computed on the undirected simple graph of the ties, the
graph betweenness and closeness use (:mod:`govgraph.metrics.graphs`: the
counted relations, containment not a tie unless asked, actors only if asked).
Louvain is randomised; with the same seed and graph it returns the same
partition, in any process: the nodes are handed to networkx as their
positions in the graph (integers), so no string hashing decides an order.
Communities are numbered by size (largest 0), ties broken by the smallest
node id they contain, so labels do not depend on the order networkx returns.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import networkx as nx

from .graphs import choose_graph, node_index, select, undirected_pairs

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["find_communities", "tie_graph"]


def tie_graph(
    G: nx.MultiDiGraph,
    *,
    relations: Iterable[str] | None = None,
    exclude_relations: Iterable[str] | None = None,
    binding: str = "any",
    actors_only: bool = False,
    containment_ties: bool = False,
    dated_only: bool = False,
) -> tuple[list[Any], nx.Graph]:
    """The node ids and the undirected simple tie graph on their positions ``0..n-1`` (isolates included)."""
    choice = choose_graph(
        relations,
        exclude_relations,
        binding,
        actors_only=actors_only,
        containment_ties=containment_ties,
        dated_only=dated_only,
    )
    H = select(G, choice)
    nodes, index = node_index(H)
    T = nx.Graph()
    T.add_nodes_from(range(len(nodes)))
    T.add_edges_from(sorted(undirected_pairs(H, index, choice.ties)))
    return nodes, T


def find_communities(G: nx.MultiDiGraph, *, seed: int = 0, resolution: float = 1.0, **choice: Any) -> pd.Series:
    """Louvain community of every node of the tie graph, as a Series ``id -> community`` (0 = largest).

    Parameters
    ----------
    G : the governance graph, usually as of a date.
    seed : seed of networkx ``louvain_communities``; the same seed gives the same labels.
    resolution : Louvain resolution (above 1 favours smaller communities).
    **choice : the graph options of :func:`govgraph.metrics.actor_metrics`
        (``relations``, ``exclude_relations``, ``binding``, ``actors_only``,
        ``containment_ties``, ``dated_only``).

    Returns
    -------
    pandas.Series of int named ``community``, indexed by node id; ``attrs``
    holds ``modularity`` (networkx ``modularity`` of the partition), the
    number of ``communities``, ``seed`` and ``resolution``.

    Raises
    ------
    UsageError : an unknown relation type or binding value.
    """
    import pandas as pd

    nodes, T = tie_graph(G, **choice)
    parts = nx.community.louvain_communities(T, seed=seed, resolution=resolution)
    ordered = sorted(parts, key=lambda part: (-len(part), min(nodes[i] for i in part)))
    label = {i: number for number, part in enumerate(ordered) for i in part}
    series = pd.Series([label[i] for i in range(len(nodes))], index=pd.Index(nodes, name="id"), name="community")
    series.attrs = {
        "modularity": float(nx.community.modularity(T, parts, resolution=resolution)) if T.number_of_edges() else 0.0,
        "communities": len(ordered),
        "seed": seed,
        "resolution": resolution,
    }
    return series
