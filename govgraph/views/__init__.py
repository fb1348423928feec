"""Interactive governance maps: graph -> view model -> self-contained HTML (pyvis / vis-network).

Typical use::

    from govgraph.views import build_view, write_map
    view = build_view(G, focus="ECOWAS", depth=1, hierarchical=True)
    write_map(view, "ecowas.html")
"""

from __future__ import annotations

from .builder import (
    DEFAULT_MAX_NODES,
    FOLD_KINDS,
    SIZE_METRICS,
    MapView,
    ViewEdge,
    ViewNode,
    build_view,
    check_choices,
)
from .render import render_html, write_map
from .visdata import to_pyvis

__all__ = [
    "DEFAULT_MAX_NODES",
    "FOLD_KINDS",
    "SIZE_METRICS",
    "MapView",
    "ViewEdge",
    "ViewNode",
    "build_view",
    "check_choices",
    "render_html",
    "to_pyvis",
    "write_map",
]
