"""Network metrics of the governance graph, as pandas DataFrames (no printing).

``actor_metrics(G)`` gives one row per node (degree by relation type,
direction and binding, in and out; betweenness, closeness, eigenvector,
PageRank; Burt's constraint and effective size; Gould-Fernandez brokerage
roles on the flow graph or on the state-state forum projection; k-core).
``summary_tables(G)`` gives level-pair tie counts and densities, the E-I index
of vertical versus horizontal ties, binding share, undated relations,
components and assortativity. ``timeline(G, start, end, step)`` gives the
summary on each date. ``find_communities(G, seed=)`` gives seeded Louvain
communities of the tie graph. Which nodes and relations count, which relations are
ties (containment is not, by default) and how the simple graphs are derived
from the multigraph: see :mod:`govgraph.metrics.graphs`.

pandas, numpy and scipy are imported when this package is, never by
``import govgraph``.
"""

from __future__ import annotations

from .actors import BROKERAGE_GRAPHS, DEFAULT_BETWEENNESS_K, EXACT_BETWEENNESS_MAX_NODES, GROUPINGS, actor_metrics
from .brokerage import ROLES, brokerage
from .communities import find_communities
from .graphs import CONTAINMENT, NOT_TIES, TWO_WAY, GraphChoice, choose_graph, select_relations
from .summary import summary_long, summary_tables
from .timeline import plot_timeline, steps, timeline

__all__ = [
    "BROKERAGE_GRAPHS",
    "CONTAINMENT",
    "DEFAULT_BETWEENNESS_K",
    "EXACT_BETWEENNESS_MAX_NODES",
    "GROUPINGS",
    "NOT_TIES",
    "ROLES",
    "TWO_WAY",
    "GraphChoice",
    "actor_metrics",
    "brokerage",
    "choose_graph",
    "find_communities",
    "plot_timeline",
    "select_relations",
    "steps",
    "summary_long",
    "summary_tables",
    "timeline",
]
