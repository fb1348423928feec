"""Node positions computed in Python, so the browser draws at once with physics off.

Two layouts: ``layered_positions`` stacks the levels (global at the top, local
at the bottom; instruments in a band under the actors of their level), and
``radial_positions`` puts the focus actor in the middle with rings by hops, or,
without a focus, rings by level (global inside). Within a row or ring, nodes
are ordered by region and by the mean position of their already placed
neighbours (a barycentre sweep), so ties stay short and regions stay together.

Both return *guides*: the level bands or rings as plain data (label and
extent), which the page draws behind the network and labels on screen.
"""

from __future__ import annotations

import math
from collections import deque
from typing import Any, Protocol

from .style import LEVEL_ORDER

__all__ = ["ROW_CAPACITY", "Guide", "PlacedNode", "Tie", "layered_positions", "level_label", "radial_positions"]


class PlacedNode(Protocol):
    """What the layouts read of a node (``builder.PlacedNode`` has it) and the position they set.

    Described here rather than imported, so that the builder depends on the layouts and not the reverse.
    """

    id: str
    entity: str
    kind: str
    level: str
    name: str
    region: list[str]
    x: float
    y: float


class Tie(Protocol):
    """What the layouts read of an edge: its two ends."""

    source: str
    target: str


#: A band ``{"kind": "band", "label", "y0", "y1"}`` or a ring ``{"kind": "ring", "label", "r"}``.
Guide = dict[str, Any]

#: Most nodes in one row of the layered layout; a longer level wraps onto several rows.
ROW_CAPACITY = 36
_DX, _DY, _BAND_GAP = 150.0, 120.0, 110.0
_RING_GAP, _ARC = 260.0, 95.0


def _neighbours(edges: list[Tie]) -> dict[str, list[str]]:
    adj: dict[str, list[str]] = {}
    for e in edges:
        adj.setdefault(e.source, []).append(e.target)
        adj.setdefault(e.target, []).append(e.source)
    return adj


def _region_key(n: PlacedNode) -> str:
    """Sort key keeping a region's nodes together (nodes with no region last)."""
    return "/".join(n.region) if n.region else "~"


def level_label(level: str) -> str:
    """The label a band or ring of ``level`` carries on the map ("Global", "Regional", ...)."""
    return level.replace("_", " ").capitalize()


def _hops_label(hops: int, far: int) -> str:
    if hops >= far:
        return "Not connected"
    return "1 hop" if hops == 1 else f"{hops} hops"


def _band_key(n: PlacedNode) -> tuple[int, int]:
    return (LEVEL_ORDER.get(n.level, len(LEVEL_ORDER)), 0 if n.entity == "actor" else 1)


def layered_positions(nodes: list[PlacedNode], edges: list[Tie]) -> list[Guide]:
    """Set ``x``/``y`` of every node: one band per level (and entity), top to bottom; return the level bands."""
    adj = _neighbours(edges)
    bands: dict[tuple[int, int], list[PlacedNode]] = {}
    for n in nodes:
        bands.setdefault(_band_key(n), []).append(n)
    placed: dict[str, float] = {}
    y = 0.0
    for key in sorted(bands):
        band = bands[key]
        by_region = key[0] >= 2  # national and local bands are grouped by region

        def order(n: PlacedNode, by_region: bool = by_region) -> tuple[Any, ...]:
            xs = [placed[m] for m in adj.get(n.id, ()) if m in placed]
            bary = sum(xs) / len(xs) if xs else math.inf
            region = _region_key(n) if n.entity == "actor" and by_region else ""
            return (region, bary, n.kind, n.name.casefold())

        band.sort(key=order)
        for start in range(0, len(band), ROW_CAPACITY):
            row = band[start : start + ROW_CAPACITY]
            offset = (_DX / 2) if (start // ROW_CAPACITY) % 2 else 0.0
            width = (len(row) - 1) * _DX
            for i, n in enumerate(row):
                n.x = round(-width / 2 + i * _DX + offset, 1)
                n.y = round(y, 1)
                placed[n.id] = n.x
            y += _DY
        y += _BAND_GAP
    return _level_bands(nodes)


def _level_bands(nodes: list[PlacedNode]) -> list[Guide]:
    """One band per level, from its first row of actors to its last row of instruments."""
    spans: dict[str, list[float]] = {}
    for n in nodes:
        span = spans.setdefault(n.level, [n.y, n.y])
        span[0], span[1] = min(span[0], n.y), max(span[1], n.y)
    order = sorted(spans, key=lambda lv: (LEVEL_ORDER.get(lv, len(LEVEL_ORDER)), lv))
    return [
        {"kind": "band", "label": level_label(lv), "y0": spans[lv][0] - _DY / 2, "y1": spans[lv][1] + _DY / 2}
        for lv in order
    ]


def _rings_by_hops(nodes: list[PlacedNode], edges: list[Tie], centre: str) -> list[tuple[str, list[PlacedNode]]]:
    adj = _neighbours(edges)
    dist = {centre: 0}
    queue = deque([centre])
    while queue:
        cur = queue.popleft()
        for nb in adj.get(cur, ()):
            if nb not in dist:
                dist[nb] = dist[cur] + 1
                queue.append(nb)
    far = max(dist.values(), default=0) + 1
    rings: dict[int, list[PlacedNode]] = {}
    for n in nodes:
        rings.setdefault(dist.get(n.id, far), []).append(n)
    return [(_hops_label(k, far) if k else "Focus", rings[k]) for k in sorted(rings)]


def _rings_by_level(nodes: list[PlacedNode]) -> list[tuple[str, list[PlacedNode]]]:
    by_level: dict[tuple[int, str], list[PlacedNode]] = {}
    for n in nodes:
        by_level.setdefault((_band_key(n)[0], n.level), []).append(n)
    return [(level_label(key[1]), by_level[key]) for key in sorted(by_level)]


def radial_positions(nodes: list[PlacedNode], edges: list[Tie], centre: str | None = None) -> list[Guide]:
    """Set ``x``/``y``: the centre node in the middle and rings by hops, or rings by level without one.

    Returns the rings (label and radius); a ring holding only the centre node has radius 0.
    """
    if not nodes:
        return []
    labelled = _rings_by_hops(nodes, edges, centre) if centre is not None else _rings_by_level(nodes)
    guides: list[Guide] = []
    adj = _neighbours(edges)
    angle: dict[str, float] = {}
    radius = 0.0
    for index, (label, ring) in enumerate(labelled):
        wanted: dict[str, float | None] = {}
        for n in ring:
            sx = sy = 0.0
            for m in adj.get(n.id, ()):
                if m in angle:
                    sx += math.cos(angle[m])
                    sy += math.sin(angle[m])
            wanted[n.id] = math.atan2(sy, sx) % (2 * math.pi) if (sx or sy) else None
        ring.sort(
            key=lambda n: (
                wanted[n.id] if wanted[n.id] is not None else 10.0,
                _region_key(n),
                n.entity,
                n.kind,
                n.name.casefold(),
            )
        )
        if index == 0 and len(ring) == 1:
            ring[0].x = ring[0].y = 0.0
            guides.append({"kind": "ring", "label": label, "r": 0.0})
            radius = _RING_GAP * 0.6
            continue
        radius = max(radius + _RING_GAP, len(ring) * _ARC / (2 * math.pi))
        guides.append({"kind": "ring", "label": label, "r": round(radius, 1)})
        step = 2 * math.pi / len(ring)
        # Turn the ring so that nodes sit as close as possible to the mean angle of their inner neighbours.
        cx = cy = 0.0
        for i, n in enumerate(ring):
            w = wanted[n.id]
            if w is not None:
                cx += math.cos(w - i * step)
                cy += math.sin(w - i * step)
        offset = math.atan2(cy, cx) if (cx or cy) else -math.pi / 2 + index * 2.399963
        for i, n in enumerate(ring):
            a = offset + i * step
            n.x = round(radius * math.cos(a), 1)
            n.y = round(radius * math.sin(a), 1)
            angle[n.id] = a % (2 * math.pi)
    return guides
