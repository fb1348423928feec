"""Whole-graph summary tables: level-pair ties and densities, E-I index, components, assortativity."""

from __future__ import annotations

import math
import warnings
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np

from ..vocab import LEVELS
from .graphs import GraphChoice, choose_graph, count_undated, drop_undated, select

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ei_rows", "graph_summary", "level_pair_rows", "prepare", "summary_long", "summary_tables"]


def _ratio(num: float, den: float) -> float:
    return num / den if den else math.nan


def _simple(H: nx.MultiDiGraph, ties: Iterable[str] | None = None) -> nx.Graph:
    """The undirected simple graph of ``H`` (every node; ties from the relations of ``ties`` types only, if given)."""
    keep = None if ties is None else set(ties)
    U = nx.Graph()
    U.add_nodes_from(H.nodes(data=True))
    U.add_edges_from((u, v) for u, v, t in H.edges(data="type") if u != v and (keep is None or t in keep))
    return U


def prepare(H: nx.MultiDiGraph, choice: GraphChoice) -> tuple[nx.Graph, int]:
    """The undirected simple graph of the choice's ties, and the undated relations of ``H``.

    ``H`` holds the counted relations, undated ones included; with
    ``choice.dated_only`` they are removed from it here (and still counted).
    """
    undated = drop_undated(H) if choice.dated_only else count_undated(H)
    return _simple(H, choice.ties), undated


def _level_order(levels: Iterable[str]) -> list[str]:
    present = set(levels)
    return [lv for lv in LEVELS if lv in present] + sorted(present - set(LEVELS))


def level_pair_rows(H: nx.MultiDiGraph, U: nx.Graph | None = None) -> list[dict[str, Any]]:
    """One row per unordered pair of levels (same level included)."""
    U = _simple(H) if U is None else U
    level = {n: d.get("level") or "" for n, d in H.nodes(data=True)}
    size = Counter(level.values())
    order = _level_order(size)
    rank = {lv: i for i, lv in enumerate(order)}

    def key(u: Any, v: Any) -> tuple[str, str]:
        a, b = level[u], level[v]
        return (a, b) if rank[a] <= rank[b] else (b, a)

    ties = Counter(key(u, v) for u, v in U.edges())
    rels = Counter(key(u, v) for u, v in H.edges() if u != v)
    binding = Counter(key(u, v) for u, v, b in H.edges(data="binding") if u != v and b)
    rows = []
    for i, a in enumerate(order):
        for b in order[i:]:
            possible = size[a] * (size[a] - 1) // 2 if a == b else size[a] * size[b]
            rows.append(
                {
                    "level_a": a,
                    "level_b": b,
                    "nodes_a": size[a],
                    "nodes_b": size[b],
                    "ties": ties[(a, b)],
                    "possible": possible,
                    "density": _ratio(ties[(a, b)], possible),
                    "relations": rels[(a, b)],
                    "binding_share": _ratio(binding[(a, b)], rels[(a, b)]),
                }
            )
    return rows


def ei_rows(H: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """E-I index of vertical (external) versus horizontal (internal) relations, overall and per level.

    A relation counts by its ``direction`` attribute (derived from the levels of
    its ends unless the data says otherwise); a level's row counts the relations
    that touch at least one node of that level. E-I = (E - I) / (E + I): +1 when
    every tie crosses levels, -1 when every tie stays within one.
    """
    level = {n: d.get("level") or "" for n, d in H.nodes(data=True)}
    scopes: dict[str, list[int]] = {"all": [0, 0]}
    for lv in _level_order(level.values()):
        scopes[lv] = [0, 0]
    for u, v, direction in H.edges(data="direction"):
        slot = 0 if direction == "vertical" else 1
        scopes["all"][slot] += 1
        for lv in {level[u], level[v]}:
            scopes[lv][slot] += 1
    return [
        {"scope": scope, "vertical": e, "horizontal": i, "ei_index": _ratio(e - i, e + i)}
        for scope, (e, i) in scopes.items()
    ]


def _assortativity(U: nx.Graph, attribute: str) -> float:
    if U.number_of_edges() == 0:
        return math.nan
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)
        try:
            value = float(nx.attribute_assortativity_coefficient(U, attribute))
        except (ZeroDivisionError, ValueError):
            return math.nan
    return value if math.isfinite(value) else math.nan


def graph_summary(
    H: nx.MultiDiGraph, U: nx.Graph | None = None, undated: int | None = None, dated_only: bool = False
) -> dict[str, Any]:
    """Whole-graph measures of a graph already filtered to the counted relations.

    ``undated``: relations with no start date (counted from ``H`` when not
    given); with ``dated_only`` they were left out of ``H`` and the share is
    taken of the relations in force with them.
    """
    U = _simple(H) if U is None else U
    for n in U:
        U.nodes[n].setdefault("kind", "")
        U.nodes[n].setdefault("level", "")
    relations = H.number_of_edges()
    entity = Counter(d.get("entity") for _, d in H.nodes(data=True))
    components = [len(c) for c in nx.connected_components(U)]
    vertical = sum(1 for *_, d in H.edges(data="direction") if d == "vertical")
    binding = sum(1 for *_, b in H.edges(data="binding") if b)
    if undated is None:
        undated = count_undated(H)
    return {
        "as_of": H.graph.get("as_of"),
        "nodes": H.number_of_nodes(),
        "actors": entity.get("actor", 0),
        "instruments": entity.get("instrument", 0),
        "relations": relations,
        "ties": U.number_of_edges(),
        "density": nx.density(U) if U.number_of_nodes() > 1 else math.nan,
        "undated_relations": undated,
        "undated_share": _ratio(undated, relations + undated if dated_only else relations),
        "binding_share": _ratio(binding, relations),
        "vertical_share": _ratio(vertical, relations),
        "ei_index": _ratio(vertical - (relations - vertical), relations),
        "components": len(components),
        "largest_component": max(components, default=0),
        "isolates": sum(1 for c in components if c == 1),
        "assortativity_kind": _assortativity(U, "kind"),
        "assortativity_level": _assortativity(U, "level"),
    }


def summary_tables(
    G: nx.MultiDiGraph,
    *,
    relations: Iterable[str] | None = None,
    exclude_relations: Iterable[str] | None = None,
    binding: str = "any",
    actors_only: bool = False,
    containment_ties: bool = False,
    dated_only: bool = False,
) -> dict[str, pd.DataFrame]:
    """The summary of a graph as three tables: ``graph``, ``level_pairs`` and ``ei``.

    Parameters
    ----------
    G : the governance graph, usually as of a date.
    relations, exclude_relations, binding, actors_only, containment_ties, dated_only :
        which nodes and relations count, and which relations are ties (as in
        ``actor_metrics``). Relation counts, shares and the E-I index count
        the relations; ties, densities, components and assortativity use the
        undirected simple graph of the ties (containment left out by default).

    Returns
    -------
    dict of pandas.DataFrame: ``graph`` (one row of whole-graph measures),
    ``level_pairs`` (ties, density, relations and binding share per pair of
    levels), ``ei`` (E-I index of vertical vs horizontal relations, overall and
    per level). Columns are documented in the README ("Metrics").

    Examples
    --------
    >>> from govgraph.metrics import summary_tables
    >>> tables = summary_tables(G, actors_only=True)  # doctest: +SKIP
    >>> tables["level_pairs"].query("level_a == 'national' and level_b == 'regional'")  # doctest: +SKIP
    """
    import pandas as pd

    choice = choose_graph(
        relations,
        exclude_relations,
        binding,
        actors_only=actors_only,
        containment_ties=containment_ties,
        dated_only=dated_only,
    )
    H = select(G, choice, dated_only=False)
    U, undated = prepare(H, choice)
    tables = {
        "graph": pd.DataFrame([graph_summary(H, U, undated, dated_only)]),
        "level_pairs": pd.DataFrame(level_pair_rows(H, U)),
        "ei": pd.DataFrame(ei_rows(H)),
    }
    meta = {"as_of": G.graph.get("as_of"), **choice.describe()}
    for df in tables.values():
        df.attrs = dict(meta)
    return tables


def summary_long(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The summary tables as one tidy table: ``table``, ``key``, ``measure``, ``value``.

    ``key`` is ``all`` for the graph row, ``level_a|level_b`` for a level pair
    and the scope for an E-I row; ``value`` is numeric (text measures such as
    ``as_of`` are left out and kept in ``attrs``).
    """
    import pandas as pd

    rows: list[dict[str, Any]] = []
    for name, df in tables.items():
        keys = {"graph": [], "level_pairs": ["level_a", "level_b"], "ei": ["scope"]}[name]
        for rec in df.to_dict("records"):
            key = "|".join(str(rec[k]) for k in keys) or "all"
            for measure, value in rec.items():
                if measure in keys or isinstance(value, str) or value is None:
                    continue
                rows.append({"table": name, "key": key, "measure": measure, "value": float(value)})
    out = pd.DataFrame(rows, columns=["table", "key", "measure", "value"])
    first = next(iter(tables.values()), None)
    out.attrs = dict(first.attrs) if first is not None else {}
    return out
