"""Node positions computed in Python, so the browser draws at once with physics off.

Two layouts: ``layered_positions`` stacks the levels (global at the top, local
at the bottom; instruments in a band under the actors of their level), and
``radial_positions`` puts the focus actor in the middle with rings by hops, or,
without a focus, rings by level (global inside). Within a row or ring, nodes
are ordered by region and by the mean position of their already placed
neighbours (a barycentre sweep), so ties stay short and regions stay together.
"""

from __future__ import annotations

import math
from collections import deque
from typing import TYPE_CHECKING, Any

from .style import LEVEL_ORDER

if TYPE_CHECKING:
    from .builder import ViewEdge, ViewNode

__all__ = ["ROW_CAPACITY", "layered_positions", "radial_positions"]

#: Most nodes in one row of the layered layout; a longer level wraps onto several rows.
ROW_CAPACITY = 36
_DX, _DY, _BAND_GAP = 150.0, 120.0, 110.0
_RING_GAP, _ARC = 260.0, 95.0


def _neighbours(edges: list[ViewEdge]) -> dict[str, list[str]]:
    adj: dict[str, list[str]] = {}
    for e in edges:
        adj.setdefault(e.source, []).append(e.target)
        adj.setdefault(e.target, []).append(e.source)
    return adj


def _band_key(n: ViewNode) -> tuple[int, int]:
    return (LEVEL_ORDER.get(n.level, len(LEVEL_ORDER)), 0 if n.entity == "actor" else 1)


def layered_positions(nodes: list[ViewNode], edges: list[ViewEdge]) -> None:
    """Set ``x``/``y`` of every node: one band per level (and entity), top to bottom."""
    adj = _neighbours(edges)
    bands: dict[tuple[int, int], list[ViewNode]] = {}
    for n in nodes:
        bands.setdefault(_band_key(n), []).append(n)
    placed: dict[str, float] = {}
    y = 0.0
    for key in sorted(bands):
        band = bands[key]
        by_region = key[0] >= 2  # national and local bands are grouped by region

        def order(n: ViewNode, by_region: bool = by_region) -> tuple[Any, ...]:
            xs = [placed[m] for m in adj.get(n.id, ()) if m in placed]
            bary = sum(xs) / len(xs) if xs else math.inf
            region = (n.region or "~") if n.entity == "actor" and by_region else ""
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


def _rings_by_hops(nodes: list[ViewNode], edges: list[ViewEdge], centre: str) -> list[list[ViewNode]]:
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
    rings: dict[int, list[ViewNode]] = {}
    for n in nodes:
        rings.setdefault(dist.get(n.id, far), []).append(n)
    return [rings[k] for k in sorted(rings)]


def radial_positions(nodes: list[ViewNode], edges: list[ViewEdge], centre: str | None = None) -> None:
    """Set ``x``/``y``: the centre node in the middle and rings by hops, or rings by level without one."""
    if not nodes:
        return
    if centre is not None:
        rings = _rings_by_hops(nodes, edges, centre)
    else:
        by_level: dict[int, list[ViewNode]] = {}
        for n in nodes:
            by_level.setdefault(_band_key(n)[0], []).append(n)
        rings = [by_level[k] for k in sorted(by_level)]
    adj = _neighbours(edges)
    angle: dict[str, float] = {}
    radius = 0.0
    for index, ring in enumerate(rings):
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
                n.region or "~",
                n.entity,
                n.kind,
                n.name.casefold(),
            )
        )
        if index == 0 and len(ring) == 1:
            ring[0].x = ring[0].y = 0.0
            radius = _RING_GAP * 0.6
            continue
        radius = max(radius + _RING_GAP, len(ring) * _ARC / (2 * math.pi))
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
