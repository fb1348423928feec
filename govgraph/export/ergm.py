"""An ERGM-ready bundle: the actor tie network, node covariates and dyadic covariates as matrices for R.

For exponential random graph models (R ``network`` + ``ergm``) of who
coordinates with whom. On the graph's date:

``adjacency.csv``
    The actor-induced tie graph the metrics use with ``--actors-only``:
    actors only (no instruments), the counted relations except containment,
    undirected and simple (1 when any such relation joins two actors).
``nodes.csv``
    One row per actor in matrix order: ``id``, ``name``, ``entity``,
    ``kind``, ``level``, ``region``, ``subregion`` (empty when unknown).
``shared_border.csv``
    1 when both actors are states that border each other (``borders``).
``corridor_stock.csv``
    Migrant stock from the row state (origin) living in the column state
    (destination), the most recent corridor figure of a year on or before the
    date; 0 when none is recorded (the data holds corridors of 100,000 people
    or more). Directed: not symmetric.
``shared_rec.csv``
    The number of regional economic communities both actors belong to
    (``member_of``, ``associate_of``, ``participates_in`` in force).

Every matrix is square, rows and columns in the order of ``nodes.csv``, with
the actor ids as the first column and the header; the diagonal is 0.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np

from ..atomic import atomic_write_all
from ..errors import UsageError
from ..metrics.communities import tie_graph
from ..vocab import BELONGING_TYPES
from .csvsafe import safe_cell

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ERGM_FILES", "NODE_COVARIATES", "ergm_tables", "write_ergm"]

NODE_COVARIATES: tuple[str, ...] = ("name", "entity", "kind", "level", "region", "subregion")
ERGM_FILES: tuple[str, ...] = ("nodes", "adjacency", "shared_border", "corridor_stock", "shared_rec")


def _shared_border(G: nx.MultiDiGraph, position: dict[Any, int]) -> np.ndarray:
    M = np.zeros((len(position), len(position)), dtype=np.int64)
    for node, i in position.items():
        if G.nodes[node].get("kind") != "state":
            continue
        for other in G.nodes[node].get("borders") or ():
            if other in position and G.nodes[other].get("kind") == "state":
                M[i, position[other]] = M[position[other], i] = 1
    return M


def _corridor_stock(G: nx.MultiDiGraph, position: dict[Any, int]) -> np.ndarray:
    """Latest stock per (origin, destination) of a year on or before the graph's date."""
    year = int(str(G.graph.get("as_of") or "9999")[:4])
    latest: dict[tuple[int, int], tuple[int, int]] = {}
    for c in G.graph.get("corridors", []):
        i, j = position.get(c["origin"]), position.get(c["destination"])
        if i is None or j is None or i == j or c["year"] > year:
            continue
        if (i, j) not in latest or c["year"] >= latest[(i, j)][0]:
            latest[(i, j)] = (c["year"], c["stock"])
    M = np.zeros((len(position), len(position)), dtype=np.int64)
    for (i, j), (_, stock) in latest.items():
        M[i, j] = stock
    return M


def _shared_rec(G: nx.MultiDiGraph, position: dict[Any, int]) -> np.ndarray:
    """RECs in common; counts every actor member, not only states."""
    members: dict[Any, set[Any]] = defaultdict(set)
    for u, v, rtype in G.edges(data="type"):
        if rtype in BELONGING_TYPES and G.nodes[v].get("kind") == "rec" and u in position:
            members[v].add(position[u])
    M = np.zeros((len(position), len(position)), dtype=np.int64)
    for group in members.values():
        idx = np.array(sorted(group))
        M[np.ix_(idx, idx)] += 1
    np.fill_diagonal(M, 0)
    return M


def ergm_tables(G: nx.MultiDiGraph) -> dict[str, pd.DataFrame]:
    """The five tables of the bundle (see the module notes), keyed by :data:`ERGM_FILES`."""
    import pandas as pd

    nodes, T = tie_graph(G, actors_only=True)
    position = {n: i for i, n in enumerate(nodes)}
    labels = pd.Index([safe_cell(str(n)) for n in nodes], name="id")
    adjacency = nx.to_numpy_array(T, nodelist=range(len(nodes)), dtype=np.int64)
    table = pd.DataFrame({"id": nodes, **{a: [G.nodes[n].get(a) for n in nodes] for a in NODE_COVARIATES}})
    matrices = {
        "adjacency": adjacency,
        "shared_border": _shared_border(G, position),
        "corridor_stock": _corridor_stock(G, position),
        "shared_rec": _shared_rec(G, position),
    }
    return {"nodes": table, **{k: pd.DataFrame(m, index=labels, columns=labels) for k, m in matrices.items()}}


def write_ergm(G: nx.MultiDiGraph, folder: str | Path) -> list[Path]:
    """Write the bundle as ``<name>.csv`` files into ``folder`` (created if missing); returns the files.

    All files are on disk before the first is renamed into place.
    """
    from ..metrics.output import render

    if G.graph.get("as_of") is None:
        raise UsageError("--ergm: needs the graph on one date (not --temporal)")
    tables = ergm_tables(G)
    target = Path(folder)
    files = {target / "nodes.csv": render({"nodes": tables["nodes"]}, "csv")}
    for name in ERGM_FILES[1:]:
        files[target / f"{name}.csv"] = tables[name].to_csv(lineterminator="\n").encode("utf-8")
    target.mkdir(exist_ok=True)
    return atomic_write_all({path: (lambda h, data=data: h.write(data)) for path, data in files.items()}, "wb")
