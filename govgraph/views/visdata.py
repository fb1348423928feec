"""The vis-network node, edge and option data of a :class:`MapView`, built directly in one pass.

pyvis's ``add_node``/``add_edge`` check every id against a list, so building a
page through them grows with nodes x ties (90 s for 11k nodes). Here each node
and edge becomes the same dictionary pyvis would make (``id``, ``label``,
``shape`` and options; ``from``, ``to`` and options), in time linear in nodes +
ties. :func:`to_pyvis` still gives a pyvis ``Network`` for those who want one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .builder import REGION_PREFIX, MapView, ViewEdge, ViewNode

__all__ = ["SourceTable", "VisData", "network_options", "to_pyvis", "vis_data"]

#: Opacity of the ties of a world-overview region node (the others are drawn at 0.85).
REGION_TIE_OPACITY = 0.3


def network_options(view: MapView) -> dict[str, Any]:
    """vis-network options: physics off (positions come from Python), straight edges, label threshold."""
    big = len(view.edges) > 1500
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "navigationButtons": False,
            "keyboard": False,
            "multiselect": False,
        },
        "nodes": {
            "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "borderWidth": 1,
            "scaling": {"label": {"drawThreshold": 7}},
        },
        "edges": {
            "smooth": False,
            "selectionWidth": 2,
            "hoverWidth": 1,
            "width": 1.2,
            # No highlight colour here: each edge highlights in its own colour, so a selection keeps gaps red
            # and vertical/horizontal apart (it widens the ties instead, by selectionWidth).
            "color": {"inherit": False, "opacity": 0.85},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        },
    }


class SourceTable:
    """Sources stored once per page and cited by index (a tie and its ends often share one)."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self._index: dict[str, int] = {}
        # The graph shares one dict per source among its ties: look it up by identity before comparing text.
        self._by_object: dict[int, tuple[dict[str, Any], int]] = {}

    def refs(self, sources: list[dict[str, Any]]) -> list[int]:
        out = []
        for s in sources:
            seen = self._by_object.get(id(s))
            if seen is not None and seen[0] is s:
                out.append(seen[1])
                continue
            key = json.dumps(s, sort_keys=True, default=str)
            if key not in self._index:
                self._index[key] = len(self.rows)
                self.rows.append(s)
            self._by_object[id(s)] = (s, self._index[key])  # holding ``s`` keeps its id from being reused
            out.append(self._index[key])
        return out


def node_meta(n: ViewNode, table: SourceTable) -> dict[str, Any]:
    """What the page shows about a node (its ``gg`` data): names, kind, level, region, dates, sources."""
    return {
        "name": n.name,
        "entity": n.entity,
        "kind": n.kind,
        "level": n.level,
        "acronym": n.acronym,
        "aliases": n.aliases,
        "country": n.country,
        "region": n.region,
        "sector": n.sector,
        "binding": n.binding,
        "dates": n.dates,
        "sources": table.refs(n.sources),
        "metric": round(n.metric, 6),
        "folded": n.folded,
        "focus": n.focus,
    }


def edge_meta(e: ViewEdge, table: SourceTable) -> dict[str, Any]:
    """What the page shows about a tie (its ``gg`` data); a merged tie adds ``count`` and ``spans``."""
    meta: dict[str, Any] = {
        "type": e.type,
        "binding": e.binding,
        "direction": e.direction,
        "sources": table.refs(e.sources),
    }
    optional = {"since": e.since, "until": e.until, "role": e.role, "note": e.note, "gap": e.gap}
    meta.update({k: v for k, v in optional.items() if v is not None})
    if e.count > 1:
        meta["count"] = e.count
    if e.spans:
        meta["spans"] = e.spans
    return meta


def vis_node(n: ViewNode, table: SourceTable) -> dict[str, Any]:
    """One vis-network node (the dictionary pyvis's ``add_node`` would make)."""
    node: dict[str, Any] = {
        "color": {
            "background": n.colour,
            "border": "#111111" if n.focus else "#333333",
            "highlight": {"background": n.colour, "border": "#000000"},
            "hover": {"background": n.colour, "border": "#000000"},
        },
        "x": n.x,
        "y": n.y,
        "size": round(n.size, 2),
        "physics": False,
        "borderWidth": 4 if n.focus else (2 if n.folded else 1),
        "gg": node_meta(n, table),
    }
    if n.font_size:
        node["font"] = {"size": n.font_size}
    if n.folded:
        node["shapeProperties"] = {"borderDashes": [4, 3]}
    node.update({"id": n.id, "label": n.label or n.id, "shape": n.shape})
    return node


def vis_edge(e: ViewEdge, parallel: int, table: SourceTable) -> dict[str, Any]:
    """One vis-network edge; only what differs from :func:`network_options` (a smaller, faster page).

    ``parallel`` is how many ties between the same pair came before this one: those curve apart.
    """
    edge: dict[str, Any] = {
        "id": e.id,
        "color": {"color": e.colour, "hover": e.colour, "highlight": e.colour},
        "gg": edge_meta(e, table),
    }
    regional = e.source.startswith(REGION_PREFIX) or e.target.startswith(REGION_PREFIX)
    if regional:  # a world-overview region stands for dozens of states: its ties would cover the map
        edge["color"]["opacity"] = REGION_TIE_OPACITY
    if e.dashes:
        edge["dashes"] = e.dashes
    if e.gap:
        edge["width"] = 2.5
    elif e.count > 1:
        edge["width"] = 1.0 + min(e.count, 8) * (0.2 if regional else 0.5)
    if not e.arrow:
        edge["arrows"] = {"to": {"enabled": False}}
    if parallel:
        edge["smooth"] = {
            "enabled": True,
            "type": "curvedCW" if parallel % 2 else "curvedCCW",
            "roundness": 0.15 * ((parallel + 1) // 2),
        }
    edge["from"] = e.source
    edge["to"] = e.target
    edge.setdefault("arrows", "to")
    return edge


@dataclass
class VisData:
    """The page's network data: vis-network nodes, edges and options, and the sources they cite by index."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    options: dict[str, Any]
    sources: list[dict[str, Any]] = field(default_factory=list)


def vis_data(view: MapView) -> VisData:
    """The vis-network data of ``view``, in one pass over its nodes and edges."""
    table = SourceTable()
    nodes = [vis_node(n, table) for n in view.nodes]
    pair_count: dict[tuple[str, str], int] = {}
    edges = []
    for e in view.edges:
        pair = (e.source, e.target) if e.source <= e.target else (e.target, e.source)
        k = pair_count.get(pair, 0)
        pair_count[pair] = k + 1
        edges.append(vis_edge(e, k, table))
    return VisData(nodes=nodes, edges=edges, options=network_options(view), sources=table.rows)


def to_pyvis(view: MapView) -> Any:
    """A pyvis ``Network`` holding the view's data (filled directly, not through the quadratic ``add_edge``)."""
    from .render import _pyvis

    data = vis_data(view)
    net = _pyvis().network.Network(directed=True, height="100%", width="100%")
    net.nodes = data.nodes
    net.edges = data.edges
    net.node_ids = [n["id"] for n in data.nodes]
    net.node_map = {n["id"]: n for n in data.nodes}
    net.options = data.options
    return net
