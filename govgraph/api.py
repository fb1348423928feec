"""Conveniences for notebooks: one call from a world to the graph on a date."""

from __future__ import annotations

import networkx as nx

from .dates import check_date
from .graph import as_of as _as_of
from .graph import build_graph
from .world import World

__all__ = ["check_date", "graph", "resolve"]


def graph(world: World, as_of: str | None = None, *, temporal: bool = False) -> nx.MultiDiGraph:
    """The graph of ``world`` as of a date (default today), or the full temporal graph."""
    G = build_graph(world)
    return G if temporal else _as_of(G, check_date(as_of))


def resolve(world: World, query: str) -> str:
    """The id of the actor or instrument named by ``query`` (id, code, acronym or name)."""
    return world.resolve(query)
