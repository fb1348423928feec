"""Conveniences for notebooks: one call from a world to the graph on a date."""

from __future__ import annotations

import datetime as dt

import networkx as nx

from .dates import check_date
from .temporal import as_of as _as_of
from .temporal import build_graph
from .world import World

__all__ = ["check_date", "graph", "resolve"]


def graph(world: World, as_of: str | dt.date | None = None, *, temporal: bool = False) -> nx.MultiDiGraph:
    """The graph of ``world`` as of a date (ISO text or ``datetime.date``; default today), or the temporal graph.

    A malformed date raises :class:`govgraph.UsageError` before any work is done.
    """
    day = check_date(as_of, "as_of")
    G = build_graph(world)
    return G if temporal else _as_of(G, day)


def resolve(world: World, query: str) -> str:
    """The id of the actor or instrument named by ``query`` (id, code, acronym or name)."""
    return world.resolve(query)
