"""A nodes CSV and an edges CSV, for R (``read.csv``) and pandas (``read_csv``).

``-o world.csv`` writes ``world.nodes.csv`` and ``world.edges.csv`` (any other
name ``NAME`` gets ``NAME.nodes.csv`` and ``NAME.edges.csv``). Nodes: ``id``
then every node attribute; edges: ``source``, ``target``, ``key`` then every
edge attribute. Lists are joined with ``"; "``, sources are text, dates are ISO
text, booleans are ``true``/``false``, missing values are empty. Text cells that
a spreadsheet would run as a formula are prefixed with ``'``. Both files are
written atomically: on an error neither is left half-written.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import networkx as nx

from ..atomic import atomic_write
from .csvsafe import safe_cell
from .graphml import flat_value

__all__ = ["pair_paths", "write"]

_NODE_FIRST = [
    "entity",
    "kind",
    "name",
    "acronym",
    "level",
    "country",
    "region",
    "subregion",
    "sector",
    "scope",
    "binding",
    "founded",
    "dissolved",
    "adopted",
    "in_force",
]
_EDGE_FIRST = ["type", "group", "since", "until", "binding", "direction", "role", "note", "checked"]


def pair_paths(path: Path) -> tuple[Path, Path]:
    """The nodes and edges files for ``-o path``."""
    stem = path.name[: -len(".csv")] if path.name.lower().endswith(".csv") else path.name
    return path.with_name(f"{stem}.nodes.csv"), path.with_name(f"{stem}.edges.csv")


def _cell(key: str, value: Any) -> Any:
    flat = flat_value(key, value)
    if flat is None:
        return ""
    if isinstance(flat, bool):
        return "true" if flat else "false"
    return safe_cell(flat)


def _columns(rows: list[dict[str, Any]], first: list[str]) -> list[str]:
    keys = {k for r in rows for k in r}
    return [k for k in first if k in keys] + sorted(keys - set(first))


def write(G: nx.MultiDiGraph, path: Path) -> list[Path]:
    nodes_path, edges_path = pair_paths(Path(path))
    node_rows = [dict(d) for _, d in G.nodes(data=True)]
    node_cols = _columns(node_rows, _NODE_FIRST)
    edge_rows = [dict(d) for *_, d in G.edges(data=True)]
    edge_cols = _columns(edge_rows, _EDGE_FIRST)
    # The nodes file is complete and on disk before the edges file is renamed into place,
    # so a failure at any point leaves both old files (or neither new one).
    with atomic_write(nodes_path) as nf:
        nw = csv.writer(nf, lineterminator="\n")
        nw.writerow(["id", *node_cols])
        for n, d in G.nodes(data=True):
            nw.writerow([safe_cell(str(n)), *(_cell(c, d.get(c)) for c in node_cols)])
        nf.flush()
        os.fsync(nf.fileno())
        with atomic_write(edges_path) as ef:
            ew = csv.writer(ef, lineterminator="\n")
            ew.writerow(["source", "target", "key", *edge_cols])
            for u, v, k, d in G.edges(keys=True, data=True):
                ew.writerow(
                    [safe_cell(str(u)), safe_cell(str(v)), safe_cell(str(k)), *(_cell(c, d.get(c)) for c in edge_cols)]
                )
    return [nodes_path, edges_path]
