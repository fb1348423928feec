"""Conveniences for notebooks: one call from a world to the graph on a date, or to a map shown inline."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

import networkx as nx

from .dates import check_date
from .temporal import as_of as _as_of
from .temporal import build_graph
from .world import World

__all__ = ["MapPage", "check_date", "graph", "map_page", "resolve"]


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


class MapPage:
    """A map for notebooks: Jupyter shows it inline, as the same offline page inside an iframe.

    The page goes into the iframe's ``srcdoc`` attribute, HTML-escaped, so nothing from the data can end the
    attribute; the iframe is sandboxed (scripts run, in an origin of their own) and the page keeps its own
    Content-Security-Policy: no network request, as in the file ``save`` writes.
    """

    def __init__(self, view: Any, height: int = 720) -> None:
        self.view = view
        self.height = height

    def html(self) -> str:
        """The whole offline page, as ``govgraph map`` writes it."""
        from .views import render_html

        return render_html(self.view)

    def save(self, path: str | Path) -> Path:
        """Write the page to ``path`` (atomically)."""
        from .views import write_map

        return write_map(self.view, path)

    def _repr_html_(self) -> str:
        title = html.escape(self.view.title, quote=True)
        return (
            f'<iframe srcdoc="{html.escape(self.html(), quote=True)}" title="{title}" '
            f'sandbox="allow-scripts allow-downloads" allow="fullscreen" '
            f'style="width: 100%; height: {int(self.height)}px; border: 1px solid #ddd"></iframe>'
        )


def map_page(world: World, as_of: str | dt.date | None = None, *, height: int = 720, **options: Any) -> MapPage:
    """The map of ``world`` as of a date (default today), shown inline in Jupyter; ``save(path)`` writes it.

    ``options`` are those of :func:`govgraph.views.build_view` (``focus`` may be a name, code or acronym).
    The page holds every dated tie of its view, so its year slider can go back and forth from ``as_of``.
    """
    from .views import build_view

    day = check_date(as_of, "as_of")
    if options.get("focus") is not None:
        options["focus"] = world.resolve(options["focus"])
    return MapPage(build_view(build_graph(world), as_of=day, **options), height=height)
