"""Per-node metrics of the governance graph as one table."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np

from ..errors import UsageError
from ..vocab import BELONGING_TYPES, LEVELS
from . import centrality as cx
from .brokerage import ROLES, brokerage
from .graphs import CONTAINMENT, GraphChoice, Relations, choose_graph, walk_relations
from .projection import forum_projection_pairs

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "BROKERAGE_GRAPHS",
    "DEFAULT_BETWEENNESS_K",
    "EXACT_BETWEENNESS_MAX_NODES",
    "GROUPINGS",
    "actor_metrics",
    "check_brokerage_options",
]

#: Betweenness and closeness are exact up to this many nodes, estimated from sampled sources above it.
EXACT_BETWEENNESS_MAX_NODES = 5000
#: Sources sampled for betweenness and closeness above :data:`EXACT_BETWEENNESS_MAX_NODES` nodes.
DEFAULT_BETWEENNESS_K = 512
#: Confidence of the error bound reported for sampled betweenness.
ERROR_CONFIDENCE = 0.95
#: Node attributes that can name the brokerage groups.
GROUPINGS: tuple[str, ...] = ("level", "kind", "region", "subregion")
#: Graphs brokerage can be counted on: the flow graph, or the state-state projection of forum co-membership.
BROKERAGE_GRAPHS: tuple[str, ...] = ("flow", "forum-projection")
_DEFAULT_GROUPS = {"flow": "level", "forum-projection": "region"}
_TALLIES = ("degree", "in_degree", "out_degree", "deg_vertical", "deg_horizontal", "deg_binding", "deg_nonbinding")


def check_brokerage_options(groups: str | None, brokerage_graph: str) -> str:
    """The grouping to use (default: level on the flow graph, region on the projection); UsageError otherwise."""
    if brokerage_graph not in BROKERAGE_GRAPHS:
        raise UsageError(
            f"--brokerage-graph: unknown graph {brokerage_graph!r} (choose from {', '.join(BROKERAGE_GRAPHS)})"
        )
    if groups is None:
        return _DEFAULT_GROUPS[brokerage_graph]
    if groups not in GROUPINGS:
        raise UsageError(f"--groups: unknown grouping {groups!r} (choose from {', '.join(GROUPINGS)})")
    return groups


def _groups(G: nx.MultiDiGraph, nodes: list[Any], by: str) -> list[int]:
    """Each node's group number for brokerage: the order of :data:`LEVELS`, then sorted values."""
    values = [G.nodes[n].get(by) or "" for n in nodes]
    order = list(LEVELS) if by == "level" else []
    for v in sorted(set(values)):
        if v not in order:
            order.append(v)
    number = {v: i for i, v in enumerate(order)}
    return [number[v] for v in values]


def _tallies(rel: Relations) -> dict[str, np.ndarray]:
    """Degree columns from the counted relations: totals, by direction and binding, and per type (both, in, out)."""
    n = len(rel.nodes)

    def count(ends: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
        return np.bincount(ends if mask is None else ends[mask], minlength=n).astype(np.int64)

    def both(mask: np.ndarray) -> np.ndarray:
        return count(rel.source, mask) + count(rel.target, mask)

    cols = {
        "in_degree": count(rel.target),
        "out_degree": count(rel.source),
        "deg_vertical": both(rel.vertical),
        "deg_horizontal": both(~rel.vertical),
        "deg_binding": both(rel.binding),
        "deg_nonbinding": both(~rel.binding),
    }
    cols["degree"] = cols["in_degree"] + cols["out_degree"]
    by_type = rel.type_code.astype(np.int64) * n
    shape = (len(rel.types), n)
    out_by_type = np.bincount(by_type + rel.source, minlength=shape[0] * n).reshape(shape).astype(np.int64)
    in_by_type = np.bincount(by_type + rel.target, minlength=shape[0] * n).reshape(shape).astype(np.int64)
    sides = {"deg": in_by_type + out_by_type, "in": in_by_type, "out": out_by_type}
    per_type = {f"{side}_{t}": table[c] for side, table in sides.items() for c, t in enumerate(rel.types)}
    return {**{name: cols[name] for name in _TALLIES}, **per_type}


def _betweenness_closeness(
    A: Any, betweenness_k: int | None, seed: int, notes: list[str]
) -> tuple[dict[str, Any], dict[str, Any], dict[str, float]]:
    """Betweenness and closeness, exact or from sampled sources; the sampling and betweenness's error bound."""
    import pandas as pd

    n = A.shape[0]
    exact = (betweenness_k is None and n <= EXACT_BETWEENNESS_MAX_NODES) or (betweenness_k or 0) >= n
    if exact:
        btw, close = cx.betweenness(A), cx.closeness(A)
        k_used, seed_used = n, None
        error = {"standard_error_max": 0.0, "bound": 0.0, "bound_guaranteed": 0.0, "confidence": ERROR_CONFIDENCE}
    else:
        k_used = min(betweenness_k or DEFAULT_BETWEENNESS_K, n)
        sources = np.random.default_rng(seed).choice(n, size=k_used, replace=False)
        estimate = cx.sampled_betweenness(A, sources, ERROR_CONFIDENCE)
        btw, close = estimate.values, cx.closeness(A, sources)
        seed_used = seed
        error = estimate.describe()
        notes.append(f"betweenness and closeness: estimated from {k_used} of {n} sources (seed {seed})")
        notes.append(
            f"betweenness: every node's estimate within {error['bound']:.3g} of the exact value "
            f"({ERROR_CONFIDENCE:.0%}, normal approximation; {error['bound_guaranteed']:.3g} guaranteed); "
            f"largest standard error {error['standard_error_max']:.3g}"
        )
    columns = {
        "betweenness": btw,
        "betweenness_k": np.full(n, k_used, dtype=np.int64),
        "betweenness_seed": pd.array([seed_used] * n, dtype="Int64"),
        "closeness": close,
    }
    return columns, {"exact": bool(exact), "k": int(k_used), "seed": seed_used}, error


def _centralities(A: Any, M: Any, notes: list[str]) -> dict[str, Any]:
    """Eigenvector, PageRank, constraint and effective size (notes when a solver gives up)."""
    eig, note = cx.eigenvector(A)
    notes.extend([note] if note else [])
    pr, note = cx.pagerank(M)
    notes.extend([note] if note else [])
    constraint, effective = cx.structural_holes(A)
    return {"eigenvector": eig, "pagerank": pr, "constraint": constraint, "effective_size": effective}


def _brokerage_columns(G: nx.MultiDiGraph, rel: Relations, arcs: np.ndarray, by: str, graph: str) -> dict[str, Any]:
    """Gould-Fernandez role counts on the flow graph, or on the forum projection (empty for non-states)."""
    import pandas as pd

    n = len(rel.nodes)
    if graph == "flow":
        roles = brokerage(n, arcs.tolist(), _groups(G, rel.nodes, by))
        return {
            **{f"brokerage_{r}": roles[:, i] for i, r in enumerate(ROLES)},
            "brokerage_total": roles.sum(axis=1),
        }
    pairs = forum_projection_pairs(_belonging_graph(G, rel), rel.index)
    both = pairs | {(j, i) for i, j in pairs}
    roles = brokerage(n, both, _groups(G, rel.nodes, by))
    is_state = np.array([G.nodes[x].get("kind") == "state" for x in rel.nodes], dtype=bool)

    def column(values: np.ndarray) -> Any:
        return pd.arrays.IntegerArray(values.astype(np.int64), ~is_state)  # masked: empty for non-states

    return {
        **{f"brokerage_{r}": column(roles[:, i]) for i, r in enumerate(ROLES)},
        "brokerage_total": column(roles.sum(axis=1)),
    }


def _belonging_graph(G: nx.MultiDiGraph, rel: Relations) -> nx.MultiDiGraph:
    """The counted belonging relations (member of, associate of, participates in) as a small multigraph."""
    belongs = rel.only(rel.of_types(BELONGING_TYPES))
    B = nx.MultiDiGraph()
    ends = np.unique(np.concatenate([belongs.source, belongs.target]))
    B.add_nodes_from((rel.nodes[i], G.nodes[rel.nodes[i]]) for i in ends.tolist())
    B.add_edges_from(
        (rel.nodes[i], rel.nodes[j], {"type": rel.types[c]})
        for i, j, c in zip(belongs.source.tolist(), belongs.target.tolist(), belongs.type_code.tolist(), strict=True)
    )
    return B


def _choice_notes(rel: Relations, choice: GraphChoice, undated: int) -> list[str]:
    """What the reader should know about the graph chosen: containment kept out of the ties, undated relations."""
    notes = []
    contained = int(rel.of_types(CONTAINMENT - set(choice.ties)).sum())
    if contained:
        notes.append(
            f"containment: {contained} located_in/part_of relations count in the degree columns, "
            "not as ties of centrality or brokerage (--containment-ties to count them)"
        )
    if undated and choice.dated_only:
        notes.append(f"dates: {undated} counted relations with no start date left out (--dated-only)")
    elif undated:
        notes.append(
            f"dates: {undated} of {len(rel)} counted relations have no start date and count as in force "
            "(--dated-only leaves them out)"
        )
    return notes


def actor_metrics(
    G: nx.MultiDiGraph,
    *,
    relations: Iterable[str] | None = None,
    exclude_relations: Iterable[str] | None = None,
    binding: str = "any",
    actors_only: bool = False,
    containment_ties: bool = False,
    dated_only: bool = False,
    groups: str | None = None,
    brokerage_graph: str = "flow",
    betweenness_k: int | None = None,
    seed: int = 0,
) -> pd.DataFrame:
    """Degree, centrality, structural-hole, brokerage and k-core metrics, one row per node.

    Parameters
    ----------
    G : the governance graph, usually as of a date (``govgraph.temporal.as_of``).
    relations : relation types that count (default: every type but ``graphs.NOT_TIES``).
    exclude_relations : relation types left out (after ``relations``).
    binding : ``any``, ``binding`` or ``non-binding`` relations only.
    actors_only : compute on the actor-induced graph (no instrument nodes, no
        relation that touches an instrument).
    containment_ties : let ``located_in`` and ``part_of`` be ties of the
        simple graphs (default: they count in the degree columns only; a city
        inside a state is not coordination). See :mod:`govgraph.metrics.graphs`.
    dated_only : leave out relations with no start date.
    groups : node attribute naming the brokerage groups: ``level``, ``kind``,
        ``region`` or ``subregion`` (default: ``level`` on the flow graph,
        ``region`` on the forum projection).
    brokerage_graph : ``flow`` (the directed flow graph, default) or
        ``forum-projection`` (states tied when they share a forum; other rows empty).
    betweenness_k : estimate betweenness and closeness from this many sampled
        sources. Default: exact up to ``EXACT_BETWEENNESS_MAX_NODES`` nodes,
        ``DEFAULT_BETWEENNESS_K`` sources above.
    seed : seed of the source sample (reported in the ``betweenness_seed`` column).

    Returns
    -------
    pandas.DataFrame, one row per node, sorted by entity and id; ``df.attrs``
    holds the graph chosen, the settings, ``betweenness_error`` (for sampled
    betweenness: the largest standard error, a bound every node's estimate
    is within at 95 % under the normal approximation, and a guaranteed
    Hoeffding-Serfling bound; zeros when exact; see
    :class:`~govgraph.metrics.centrality.SampledBetweenness`) and notes
    (containment kept out of the ties, undated relations, the betweenness
    bound, an eigenvector solver that did not converge).

    Raises
    ------
    UsageError : unknown relation type, binding value, grouping or brokerage graph.

    Examples
    --------
    >>> import govgraph as gg
    >>> from govgraph.metrics import actor_metrics
    >>> df = actor_metrics(gg.graph(gg.load_world(), as_of="2024-06-01"))  # doctest: +SKIP
    >>> int(df.set_index("id").loc["ecowas", "in_member_of"])  # doctest: +SKIP
    15
    """
    import pandas as pd

    by = check_brokerage_options(groups, brokerage_graph)
    if betweenness_k is not None and betweenness_k < 1:
        raise UsageError(f"--betweenness-k: must be a positive number of sources, not {betweenness_k}")
    choice = choose_graph(
        relations,
        exclude_relations,
        binding,
        actors_only=actors_only,
        containment_ties=containment_ties,
        dated_only=dated_only,
    )
    rel = walk_relations(G, choice)
    undated = int((~rel.dated).sum())
    if dated_only:
        rel = rel.only(rel.dated)
    notes = _choice_notes(rel, choice, undated)
    nodes = rel.nodes
    A = cx.adjacency(len(nodes), rel.undirected_pairs(choice.ties))
    arcs = rel.flow_arcs(choice.ties)
    paths, sampling, error = _betweenness_closeness(A, betweenness_k, seed, notes)
    data: dict[str, Any] = {
        "id": nodes,
        **{attr: [G.nodes[x].get(attr) for x in nodes] for attr in ("entity", "kind", "level", "name")},
        **_tallies(rel),
        "neighbors": np.diff(A.indptr),
        **paths,
        **_centralities(A, cx.arc_matrix(len(nodes), arcs), notes),
        **_brokerage_columns(G, rel, arcs, by, brokerage_graph),
        "kcore": cx.core_number(A),
    }
    df = pd.DataFrame(data)
    first = ["id", "entity", "kind", "level", "name", *_TALLIES, "neighbors"]
    df = df[first + [c for c in df.columns if c not in first]]
    df = df.sort_values(["entity", "id"], kind="stable").reset_index(drop=True)
    df.attrs = {
        "as_of": G.graph.get("as_of"),
        **choice.describe(),
        "groups": by,
        "brokerage_graph": brokerage_graph,
        "betweenness": sampling,
        "betweenness_error": error,
        "undated_relations": undated,
        "notes": notes,
    }
    return df
