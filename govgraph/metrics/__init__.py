"""Network metrics of the governance graph, as pandas DataFrames (no printing).

``actor_metrics(G)`` gives one row per node (degree by relation type,
direction and binding; betweenness, closeness, eigenvector, PageRank; Burt's
constraint and effective size; Gould-Fernandez brokerage roles with levels as
groups; k-core). ``summary_tables(G)`` gives level-pair tie counts and
densities, the E-I index of vertical versus horizontal ties, binding share,
components and assortativity. ``timeline(G, start, end, step)`` gives the
summary on each date. Which relations count and how the simple graphs are
derived from the multigraph: see :mod:`govgraph.metrics.graphs`.

pandas, numpy and scipy are imported when this package is, never by
``import govgraph``.
"""

from __future__ import annotations

from .actors import DEFAULT_BETWEENNESS_K, EXACT_BETWEENNESS_MAX_NODES, actor_metrics
from .brokerage import ROLES, brokerage
from .graphs import NOT_TIES, TWO_WAY, select_relations
from .summary import summary_long, summary_tables
from .timeline import plot_timeline, steps, timeline

__all__ = [
    "DEFAULT_BETWEENNESS_K",
    "EXACT_BETWEENNESS_MAX_NODES",
    "NOT_TIES",
    "ROLES",
    "TWO_WAY",
    "actor_metrics",
    "brokerage",
    "plot_timeline",
    "select_relations",
    "steps",
    "summary_long",
    "summary_tables",
    "timeline",
]
