"""Exporters, one module per format, all with the same small interface.

An exporter is ``write(G, path) -> list[Path]``: it writes the (as-of) graph
to ``path`` atomically and returns the files it wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

import networkx as nx

from ..errors import UsageError

__all__ = ["EXPORT_FORMATS", "export_graph"]

#: format name -> module under govgraph.export that defines ``write``
EXPORT_FORMATS: dict[str, str] = {
    "json": "nodelink",
    "cypher": "cypher",
    "graphml": "graphml",
    "gexf": "gexf",
    "csv": "csvpair",
}


def export_graph(G: nx.MultiDiGraph, fmt: str, path: str | Path) -> list[Path]:
    """Write ``G`` in format ``fmt`` to ``path``; returns the files written."""
    module = EXPORT_FORMATS.get(fmt)
    if module is None:
        raise UsageError(f"unknown export format {fmt!r} (choose from {', '.join(sorted(EXPORT_FORMATS))})")
    write: Callable[[nx.MultiDiGraph, Path], list[Path]] = import_module(f"govgraph.export.{module}").write
    return write(G, Path(path))
