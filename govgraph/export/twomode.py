"""Two-mode (affiliation) views: state x forum and state x instrument, and their state-state projections.

The regime-complex literature studies states through the venues and treaties
they share. The incidence list has one row per relation that ties a state to
a forum (``member_of``, ``associate_of``, ``participates_in`` to an RCP, IRF,
REC or global process) or to an instrument (``party_to``), in force on the
graph's date. The projection ties two states with weight = the number of
forums (or instruments) both belong to, the weighting of
``networkx.bipartite.weighted_projected_graph``.

Written as CSV (``-o FILE.csv`` gives ``FILE.csv`` and
``FILE.projection.csv``) or JSON (one document with ``incidence`` and
``projection``); text cells are spreadsheet-safe like every CSV of govgraph.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..atomic import atomic_write_all
from ..errors import UsageError
from ..metrics.overlap import OVERLAP_KINDS
from ..vocab import BELONGING_TYPES

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "TWO_MODE_VIEWS",
    "check_view",
    "incidence",
    "projection",
    "projection_path",
    "write_two_mode",
]

#: view name -> (column of the second mode, relation types, node kinds of the second mode or None for instruments)
TWO_MODE_VIEWS: dict[str, tuple[str, frozenset[str], frozenset[str] | None]] = {
    "state:forum": ("forum", frozenset(BELONGING_TYPES), frozenset(OVERLAP_KINDS)),
    "state:instrument": ("instrument", frozenset({"party_to"}), None),
}


def check_view(view: str) -> str:
    """A known two-mode view; a UsageError names the option otherwise."""
    if view not in TWO_MODE_VIEWS:
        raise UsageError(f"--two-mode: unknown view {view!r} (choose from {', '.join(TWO_MODE_VIEWS)})")
    return view


def _second_mode(G: nx.MultiDiGraph, node: Any, kinds: frozenset[str] | None) -> bool:
    data = G.nodes[node]
    return data.get("entity") == "instrument" if kinds is None else data.get("kind") in kinds


def incidence(G: nx.MultiDiGraph, view: str) -> pd.DataFrame:
    """One row per relation of the view: ``state``, the second mode's id and kind, ``type``, ``since``, ``until``."""
    import pandas as pd

    column, types, kinds = TWO_MODE_VIEWS[check_view(view)]
    rows = [
        (u, v, G.nodes[v].get("kind"), d["type"], d.get("since"), d.get("until"))
        for u, v, d in G.edges(data=True)
        if d.get("type") in types and G.nodes[u].get("kind") == "state" and _second_mode(G, v, kinds)
    ]
    df = pd.DataFrame(rows, columns=["state", column, f"{column}_kind", "type", "since", "until"])
    df = df.sort_values(["state", column, "type"], kind="stable").reset_index(drop=True)
    df.attrs = {"as_of": G.graph.get("as_of"), "two_mode": view, "rows": len(df)}
    return df


def projection(rows: pd.DataFrame) -> pd.DataFrame:
    """The weighted state-state projection of an incidence list: ``state_a < state_b``, ``weight`` shared.

    A state tied to a forum by two relation types counts that forum once.
    """
    import pandas as pd

    column = rows.columns[1]
    states_of: dict[Any, set[Any]] = defaultdict(set)
    for state, other in zip(rows["state"], rows[column], strict=True):
        states_of[other].add(state)
    weight: dict[tuple[Any, Any], int] = defaultdict(int)
    for states in states_of.values():
        for pair in combinations(sorted(states), 2):
            weight[pair] += 1
    df = pd.DataFrame([(a, b, w) for (a, b), w in sorted(weight.items())], columns=["state_a", "state_b", "weight"])
    df.attrs = {**rows.attrs, "rows": len(df)}
    return df


def projection_path(path: Path) -> Path:
    """The projection file beside the incidence file ``-o path``: ``NAME.projection.csv``."""
    stem = path.name[: -len(".csv")] if path.name.lower().endswith(".csv") else path.name
    return path.with_name(f"{stem}.projection.csv")


def write_two_mode(G: nx.MultiDiGraph, view: str, fmt: str, path: str | Path, with_projection: bool) -> list[Path]:
    """Write the incidence list (and the projection) of ``view`` as ``csv`` or ``json``; returns the files.

    Both CSV files are on disk before either is renamed into place: an error leaves neither.
    """
    from ..metrics.output import render

    if fmt not in ("csv", "json"):
        raise UsageError(f"-f/--format: --two-mode writes csv or json, not {fmt!r}")
    rows = incidence(G, view)
    tables = {"incidence": rows, **({"projection": projection(rows)} if with_projection else {})}
    meta = {"as_of": G.graph.get("as_of"), "two_mode": view}
    target = Path(path)
    if fmt == "json":
        files = {target: render(tables, "json", meta)}
    else:
        files = {target: render({"incidence": rows}, "csv")}
        if with_projection:
            files[projection_path(target)] = render({"projection": tables["projection"]}, "csv")
    return atomic_write_all({path: (lambda h, data=data: h.write(data)) for path, data in files.items()}, "wb")
