"""govgraph: international migration governance as a multi-level graph.

The public API, for notebooks and scripts::

    import govgraph as gg
    world = gg.load_world(["my_data/"])        # bundled data plus your own folders
    G = gg.graph(world, as_of="2024-06-01")    # networkx MultiDiGraph on that date
    gg.resolve(world, "Bali Process")          # -> "bali-process"
    gg.actor_profile(G, "PHL")                 # memberships, instruments, coordination
    g = gg.to_igraph(G)                        # the same graph for python-igraph (pip install igraph)

Names are imported lazily so that ``import govgraph`` stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "load_world": "govgraph.loader",
    "World": "govgraph.world",
    "build_graph": "govgraph.temporal",
    "as_of": "govgraph.temporal",
    "graph": "govgraph.api",
    "resolve": "govgraph.api",
    "actor_profile": "govgraph.profile",
    "summarize": "govgraph.summary",
    "find_gaps": "govgraph.gaps",
    "find_all_gaps": "govgraph.gaps",
    "actor_metrics": "govgraph.metrics",
    "summary_tables": "govgraph.metrics",
    "timeline": "govgraph.metrics",
    "to_igraph": "govgraph.export.igraph_convert",
    "GovGraphError": "govgraph.errors",
    "DataError": "govgraph.errors",
    "UnknownActorError": "govgraph.errors",
    "UsageError": "govgraph.errors",
    "BackendError": "govgraph.errors",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'govgraph' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later uses skip this hook; no lazy name is also a submodule's name
    return value
