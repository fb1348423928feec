"""GEXF 1.2 for Gephi: typed attributes and, for the temporal graph, time intervals.

Attributes are flattened as for GraphML (:mod:`govgraph.export.graphml`),
except that the relation type is the edge attribute ``relation`` (GEXF
reserves ``type`` for directed/undirected) and the edge ``label``.

Exported with ``--temporal`` (the graph has no as-of date), the graph is
``mode="dynamic"`` with ``timeformat="date"``: every dated relation gets
``start`` (its ``since``) and ``end`` (the day before its ``until``: GEXF
intervals include their end, a relation ends on its ``until`` day), and every
actor gets ``start``/``end`` from ``founded``/``dissolved`` and every
instrument ``start`` from ``adopted``, so Gephi's timeline shows the graph
grow and shrink. Partial dates (``2005``, ``2005-08``) start on the first day
of their period. The as-of graph is written static. Read it back with
``networkx.read_gexf(path)``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import networkx as nx

from ..atomic import atomic_write
from .graphml import flat_graph

__all__ = ["gexf_date", "write"]


def gexf_date(date: str | None, end: bool = False) -> str | None:
    """An ISO date of any precision as YYYY-MM-DD; with ``end``, the day before (an exclusive end)."""
    if not date:
        return None
    parts = [int(p) for p in str(date).split("-")] + [1, 1]
    day = dt.date(parts[0], parts[1], parts[2])
    if end:
        day -= dt.timedelta(days=1)
    return day.isoformat()


def _interval(start: str | None, until: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    s, e = gexf_date(start), gexf_date(until, end=True)
    if s:
        out["start"] = s
    if e:
        out["end"] = max(e, s) if s else e
    return out


def write(G: nx.MultiDiGraph, path: Path) -> list[Path]:
    F = flat_graph(G, edge_rename={"type": "relation"})
    if G.graph.get("as_of") is None:
        F.graph["mode"] = "dynamic"
        for n, d in G.nodes(data=True):
            if d.get("entity") == "instrument":
                F.nodes[n].update(_interval(d.get("adopted"), None))
            else:
                F.nodes[n].update(_interval(d.get("founded"), d.get("dissolved")))
        for u, v, k, d in G.edges(keys=True, data=True):
            F.edges[u, v, k].update(_interval(d.get("since"), d.get("until")))
    for *_, k, d in F.edges(keys=True, data=True):
        d["id"] = k  # the relation's stable key is the GEXF edge id
    with atomic_write(path, "wb") as handle:
        nx.write_gexf(F, handle, encoding="utf-8", prettyprint=True, version="1.2draft")
    return [path]
