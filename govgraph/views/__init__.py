"""Interactive governance maps: graph -> view model -> self-contained HTML (pyvis / vis-network).

Typical use::

    from govgraph.views import build_view, write_map
    view = build_view(G, focus="ECOWAS", depth=1, hierarchical=True)
    write_map(view, "ecowas.html")

Without a focus, a large world is drawn as an overview (states grouped by M49
region). On the temporal graph, ``build_view(T, as_of=day)`` keeps every dated
tie so that the page's year slider can move; ``view.counts_on(day)`` gives what
shows on a day. ``vis_data(view)`` is the vis-network data, built in one pass.
"""

from __future__ import annotations

from .builder import (
    DEFAULT_MAX_NODES,
    FOLD_KINDS,
    MULTI_REGION,
    SIZE_METRICS,
    MapView,
    ViewEdge,
    ViewNode,
    build_view,
    check_choices,
)
from .render import render_html, write_map
from .visdata import to_pyvis, vis_data

__all__ = [
    "DEFAULT_MAX_NODES",
    "FOLD_KINDS",
    "MULTI_REGION",
    "SIZE_METRICS",
    "MapView",
    "ViewEdge",
    "ViewNode",
    "build_view",
    "check_choices",
    "render_html",
    "to_pyvis",
    "vis_data",
    "write_map",
]
