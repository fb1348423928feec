"""Per-node metrics of the governance graph as one table."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np

from ..errors import UsageError
from ..vocab import LEVELS
from . import centrality as cx
from .brokerage import ROLES, brokerage
from .graphs import counted_types, flow_arcs, node_index, select_relations, undirected_pairs

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DEFAULT_BETWEENNESS_K", "EXACT_BETWEENNESS_MAX_NODES", "GROUPINGS", "actor_metrics"]

#: Betweenness and closeness are exact up to this many nodes, estimated from sampled sources above it.
EXACT_BETWEENNESS_MAX_NODES = 5000
#: Sources sampled for betweenness and closeness above :data:`EXACT_BETWEENNESS_MAX_NODES` nodes.
DEFAULT_BETWEENNESS_K = 512
GROUPINGS: tuple[str, ...] = ("level", "kind")


def _groups(H: nx.MultiDiGraph, nodes: list[Any], by: str) -> list[int]:
    values = [H.nodes[n].get(by) or "" for n in nodes]
    order = list(LEVELS) if by == "level" else []
    for v in sorted(set(values)):
        if v not in order:
            order.append(v)
    number = {v: i for i, v in enumerate(order)}
    return [number[v] for v in values]


def actor_metrics(
    G: nx.MultiDiGraph,
    *,
    relations: Iterable[str] | None = None,
    binding: str = "any",
    groups: str = "level",
    betweenness_k: int | None = None,
    seed: int = 0,
) -> pd.DataFrame:
    """Degree, centrality, structural-hole, brokerage and k-core metrics, one row per node.

    Parameters
    ----------
    G : the governance graph, usually as of a date (``govgraph.temporal.as_of``).
    relations : relation types that count (default: every type but
        ``graphs.NOT_TIES``).
    binding : ``any``, ``binding`` or ``non-binding`` relations only.
    groups : node attribute whose values are the brokerage groups: ``level``
        (default) or ``kind``.
    betweenness_k : estimate betweenness and closeness from this many sampled
        sources. Default: exact up to ``EXACT_BETWEENNESS_MAX_NODES`` nodes,
        ``DEFAULT_BETWEENNESS_K`` sources above.
    seed : seed of the source sample (reported in the ``betweenness_seed`` column).

    Returns
    -------
    pandas.DataFrame, one row per node (actors and instruments), sorted by
    entity and id; ``df.attrs`` holds the settings and any notes (e.g. an
    eigenvector solver that did not converge). The columns are documented in
    the README ("Metrics").

    Raises
    ------
    UsageError : unknown relation type, binding value or grouping.

    Examples
    --------
    >>> import govgraph as gg
    >>> from govgraph.metrics import actor_metrics
    >>> df = actor_metrics(gg.graph(gg.load_world(), as_of="2024-06-01"))  # doctest: +SKIP
    >>> int(df.set_index("id").loc["ecowas", "deg_member_of"])  # doctest: +SKIP
    15
    """
    import pandas as pd

    if groups not in GROUPINGS:
        raise UsageError(f"--groups: unknown grouping {groups!r} (choose from {', '.join(GROUPINGS)})")
    if betweenness_k is not None and betweenness_k < 1:
        raise UsageError(f"--betweenness-k: must be a positive number of sources, not {betweenness_k}")
    types = counted_types(relations)
    H = select_relations(G, types, binding)
    nodes, index = node_index(H)
    n = len(nodes)
    notes: list[str] = []

    # -- degrees from the multigraph ----------------------------------------
    cols: dict[str, np.ndarray] = {
        name: np.zeros(n, dtype=np.int64)
        for name in (
            "degree",
            "in_degree",
            "out_degree",
            "deg_vertical",
            "deg_horizontal",
            "deg_binding",
            "deg_nonbinding",
        )
    }
    by_type = {t: np.zeros(n, dtype=np.int64) for t in types}
    for u, v, d in H.edges(data=True):
        i, j = index[u], index[v]
        cols["out_degree"][i] += 1
        cols["in_degree"][j] += 1
        for k in (i, j):
            by_type[d["type"]][k] += 1
            cols["deg_vertical" if d.get("direction") == "vertical" else "deg_horizontal"][k] += 1
            cols["deg_binding" if d.get("binding") else "deg_nonbinding"][k] += 1
    cols["degree"] = cols["in_degree"] + cols["out_degree"]

    # -- the simple graphs ----------------------------------------------------
    A = cx.adjacency(n, undirected_pairs(H, index))
    arcs = flow_arcs(H, index)
    M = cx.arc_matrix(n, arcs)

    exact = (betweenness_k is None and n <= EXACT_BETWEENNESS_MAX_NODES) or (betweenness_k or 0) >= n
    if exact:
        btw = cx.betweenness(A)
        close = cx.closeness(A)
        k_used, seed_used = n, None
    else:
        k_used = min(betweenness_k or DEFAULT_BETWEENNESS_K, n)
        sources = np.random.default_rng(seed).choice(n, size=k_used, replace=False)
        btw = cx.betweenness(A, sources)
        close = cx.closeness(A, sources)
        seed_used = seed
        notes.append(f"betweenness and closeness: estimated from {k_used} of {n} sources (seed {seed})")
    eig, note = cx.eigenvector(A)
    if note:
        notes.append(note)
    pr, note = cx.pagerank(M)
    if note:
        notes.append(note)
    constraint, effective = cx.structural_holes(A)
    roles = brokerage(n, arcs, _groups(H, nodes, groups))

    data: dict[str, Any] = {
        "id": nodes,
        "entity": [H.nodes[x].get("entity") for x in nodes],
        "kind": [H.nodes[x].get("kind") for x in nodes],
        "level": [H.nodes[x].get("level") for x in nodes],
        "name": [H.nodes[x].get("name") for x in nodes],
        **cols,
        "neighbors": np.diff(A.indptr),
        **{f"deg_{t}": by_type[t] for t in types},
        "betweenness": btw,
        "betweenness_k": np.full(n, k_used, dtype=np.int64),
        "betweenness_seed": pd.array([seed_used] * n, dtype="Int64"),
        "closeness": close,
        "eigenvector": eig,
        "pagerank": pr,
        "constraint": constraint,
        "effective_size": effective,
        **{f"brokerage_{r}": roles[:, i] for i, r in enumerate(ROLES)},
        "brokerage_total": roles.sum(axis=1),
        "kcore": cx.core_number(A),
    }
    df = pd.DataFrame(data)
    df = df.sort_values(["entity", "id"], kind="stable").reset_index(drop=True)
    df.attrs = {
        "as_of": G.graph.get("as_of"),
        "relations": list(types),
        "binding": binding,
        "groups": groups,
        "betweenness": {"exact": bool(exact), "k": int(k_used), "seed": seed_used},
        "notes": notes,
    }
    return df
