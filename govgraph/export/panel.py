"""A yearly (or monthly, daily) panel of the network: one edge list per date, for longitudinal models.

``--panel 2000:2026:1y`` gives the dates 2000-01-01, 2001-01-01 ... 2026-01-01.
Each edge list holds the relations the metrics count on that date (every
relation in force except exits, suspensions, votes against, abstentions and
contests: :data:`govgraph.metrics.graphs.NOT_TIES`), so its row count is the
``relations`` column of ``govgraph timeline`` on the same date. Undated
relations count as in force since both their ends existed, as in the
timeline; the ``undated`` column of the index says how many there are.

Files in the output folder: ``edges-<date>.csv`` (or ``.json``) per date,
and ``index.csv`` (or ``.json``): date, file, nodes, relations, undated.
All files are on disk before the first is renamed into place.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from ..atomic import atomic_write_all
from ..errors import UsageError
from ..metrics.graphs import choose_graph, count_undated, select
from ..metrics.timeline import steps
from ..temporal import as_of

__all__ = ["PANEL_COLUMNS", "edge_rows", "panel_dates", "write_panel"]

PANEL_COLUMNS: tuple[str, ...] = ("source", "target", "type", "binding", "direction", "since", "until")


def panel_dates(spec: str) -> list[str]:
    """``START:END:STEP`` (``2000:2026:1y``) as ISO dates; a UsageError naming ``--panel`` otherwise."""
    parts = spec.split(":")
    if len(parts) != 3 or not all(p.strip() for p in parts):
        raise UsageError(f"--panel: {spec!r} is not START:END:STEP (e.g. 2000:2026:1y)")
    try:
        return steps(*(p.strip() for p in parts))
    except UsageError as exc:
        message = str(exc).split(": ", 1)[-1] if str(exc).startswith("--") else str(exc)
        raise UsageError(f"--panel {spec!r}: {message}") from None


def edge_rows(T: nx.MultiDiGraph, date: str) -> tuple[list[tuple[Any, ...]], int, int]:
    """The counted relations on ``date`` as rows of :data:`PANEL_COLUMNS`, the node count and the undated count."""
    H = select(as_of(T, date), choose_graph())
    rows = sorted(
        (
            (u, v, d["type"], bool(d.get("binding")), d.get("direction"), d.get("since"), d.get("until"))
            for u, v, d in H.edges(data=True)
        ),
        key=lambda r: (str(r[0]), str(r[1]), r[2]),
    )
    return rows, H.number_of_nodes(), count_undated(H)


def write_panel(T: nx.MultiDiGraph, dates: list[str], fmt: str, folder: str | Path) -> list[Path]:
    """Write the edge list of each date and the index into ``folder`` (created if missing); returns the files."""
    import pandas as pd

    from ..metrics.output import render

    if fmt not in ("csv", "json"):
        raise UsageError(f"-f/--format: --panel writes csv or json, not {fmt!r}")
    target = Path(folder)
    files: dict[Path, bytes] = {}
    index = []
    for date in dates:
        rows, nodes, undated = edge_rows(T, date)
        name = f"edges-{date}.{fmt}"
        table = pd.DataFrame(rows, columns=list(PANEL_COLUMNS))
        files[target / name] = render({"edges": table}, fmt, {"as_of": date})
        index.append((date, name, nodes, len(rows), undated))
    summary = pd.DataFrame(index, columns=["date", "file", "nodes", "relations", "undated"])
    files[target / f"index.{fmt}"] = render({"index": summary}, fmt, {"panel": [dates[0], dates[-1]]} if dates else {})
    target.mkdir(exist_ok=True)
    return atomic_write_all({path: (lambda h, data=data: h.write(data)) for path, data in files.items()}, "wb")
