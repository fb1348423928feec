"""Node-link JSON: every node and edge with all attributes, sources included.

Read it back with ``networkx.node_link_graph(data, edges="edges")``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from ..atomic import atomic_write

__all__ = ["to_node_link", "write"]


def to_node_link(G: nx.MultiDiGraph) -> dict[str, Any]:
    """The graph as a node-link mapping (JSON-ready)."""
    data: dict[str, Any] = nx.node_link_data(G, edges="edges")
    return data


def write(G: nx.MultiDiGraph, path: Path) -> list[Path]:
    with atomic_write(path) as handle:
        json.dump(to_node_link(G), handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    return [path]
