"""Time govgraph's metrics on a synthetic world of 10^5+ relations beside python-igraph, in one run.

Usage: python benchmarks/bench_metrics.py [--relations N] [--k K] [--seed S] [--runs R] [--no-memory]

The world comes from ``govgraph.synth`` (``params_for_relations(N)``), loaded
and cut to its as-of date like the bundled data; if the generator is missing,
a random multi-level graph with the same shape is built here with a fixed seed.
Both sides get the same simple graphs (govgraph's own derivation from the
multigraph: undirected for most metrics, the directed flow graph for PageRank)
and the same sources for betweenness and closeness (k sampled with the seed, as
govgraph does above 5,000 nodes). The graph is the largest choice: every
counted relation type, containment included as ties. Each row prints the best
of R runs, the ratio govgraph / igraph, and how far the values agree; the
k-core ratio is printed again on its own line.

Memory of the selection (tracemalloc peak, unless ``--no-memory``): walking the
multigraph's edges into arrays (``walk_relations``, what ``actor_metrics``
does) against copying the counted relations into a new multigraph
(``select``) and deriving the simple graphs from the copy.

What makes govgraph fast without igraph (networkx stays the reference; the
tests check every function against networkx): betweenness is Brandes'
algorithm for a batch of sources at once as sparse-times-dense products
(scipy), sampled with a stated k and seed above 5,000 nodes; closeness is
scipy's compiled BFS, chunked, from the same sampled sources above 5,000 nodes
(Eppstein-Wang estimate); PageRank, eigenvector (ARPACK) and
constraint/effective size (one masked sparse product, complex entries) are scipy; k-core
peels every node of degree <= k at once over the CSR arrays (numpy, linear
work). Brokerage and effective size have no igraph counterpart: their time is
shown alone.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from govgraph.metrics import actor_metrics  # noqa: E402
from govgraph.metrics import centrality as cx  # noqa: E402
from govgraph.metrics.actors import _groups  # noqa: E402
from govgraph.metrics.brokerage import brokerage  # noqa: E402
from govgraph.metrics.graphs import (  # noqa: E402
    GraphChoice,
    choose_graph,
    flow_arcs,
    node_index,
    select,
    undirected_pairs,
    walk_relations,
)
from govgraph.temporal import as_of, build_graph  # noqa: E402


def synthetic_graph(relations: int, seed: int) -> tuple[nx.MultiDiGraph, str]:
    """The as-of graph of a synthetic world, and where it came from."""
    try:
        from govgraph.loader import load_world
        from govgraph.synth import AS_OF, params_for_relations, synth_world, write_synth_world
    except ImportError:
        return random_graph(relations, seed), "random multi-level graph (govgraph.synth missing)"
    with tempfile.TemporaryDirectory() as tmp:
        write_synth_world(synth_world(params_for_relations(relations, seed)), tmp, fmt="jsonl")
        world = load_world([tmp], bundled=False)
    return as_of(build_graph(world), AS_OF), f"govgraph.synth world, params_for_relations({relations}, seed={seed})"


def random_graph(relations: int, seed: int) -> nx.MultiDiGraph:
    """A multi-level graph: states join regional bodies and ratify global instruments, cities join networks."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph(as_of="2024-06-01")
    levels = {
        "global": relations // 400,
        "regional": relations // 300,
        "national": relations // 100,
        "local": relations // 10,
    }
    nodes = {lv: [f"{lv}-{i}" for i in range(count)] for lv, count in levels.items()}
    for lv, names in nodes.items():
        G.add_nodes_from((n, {"entity": "actor", "kind": lv, "level": lv, "name": n}) for n in names)
    up = {"local": "national", "national": "regional", "regional": "global"}
    for i in range(relations):
        lv = rng.choices(list(levels), weights=[1, 2, 4, 8])[0]
        target_level = up.get(lv, "global") if rng.random() < 0.8 else lv
        u = rng.choice(nodes[lv])
        v = nodes[target_level][min(int(rng.paretovariate(1.2)) - 1, len(nodes[target_level]) - 1)]
        G.add_edge(
            u,
            v,
            key=i,
            type="member_of",
            binding=rng.random() < 0.5,
            direction="horizontal" if lv == target_level else "vertical",
        )
    return G


def ig_closeness(g: Any, sources: list[int], n: int) -> np.ndarray:
    """The same sampled estimate as govgraph's, from igraph's distances to the sources."""
    D = np.asarray(g.distances(source=sources), dtype=float)
    D[np.arange(len(sources)), sources] = np.inf
    finite = np.isfinite(D)
    count = finite.sum(axis=0)
    total = np.where(finite, D, 0.0).sum(axis=0)
    others = np.full(n, float(len(sources)))
    others[sources] -= 1
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(total > 0, (count / total) * (count / np.where(others > 0, others, 1.0)), 0.0)


def peak_memory(fn: Callable[[], Any]) -> tuple[int, float]:
    """Peak bytes traced while ``fn`` runs (its result kept until the peak is read), and its time."""
    tracemalloc.start()
    t = time.perf_counter()
    out = fn()
    elapsed = time.perf_counter() - t
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    del out
    return peak, elapsed


def selection_memory(G: nx.MultiDiGraph, choice: GraphChoice) -> None:
    """Print the memory and time of the two ways to the simple graphs: the edge walk and the copy."""

    def walk() -> Any:
        rel = walk_relations(G, choice)
        return rel, rel.undirected_pairs(choice.ties), rel.flow_arcs(choice.ties)

    def copy() -> Any:
        H = select(G, choice)
        _, index = node_index(H)
        return H, undirected_pairs(H, index, choice.ties), flow_arcs(H, index, choice.ties)

    walked, t_walk = peak_memory(walk)
    copied, t_copy = peak_memory(copy)
    print(
        f"selecting the relations (tracemalloc peak): edge walk {walked / 2**20:.1f} MiB in {t_walk:.2f} s, "
        f"multigraph copy {copied / 2**20:.1f} MiB in {t_copy:.2f} s; memory ratio walk / copy "
        f"{walked / copied:.2f} (times under tracemalloc)\n"
    )


def best(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return min(times), out


def agreement(a: Any, b: Any) -> str:
    """Largest difference relative to the largest value, over finite entries."""
    x, y = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    ok = np.isfinite(x) & np.isfinite(y)
    scale = max(np.abs(y[ok]).max(initial=0), 1e-300)
    return f"{np.abs(x[ok] - y[ok]).max(initial=0) / scale:.1e}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--k", type=int, default=512, help="betweenness sources (both sides)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc comparison")
    args = parser.parse_args()
    try:
        import igraph as ig
    except ImportError:
        sys.exit("python-igraph is needed for the comparison: pip install '.[bench]'")

    t = time.perf_counter()
    G, origin = synthetic_graph(args.relations, args.seed)
    choice = choose_graph(containment_ties=True)
    rel = walk_relations(G, choice)
    print(f"world: {origin}; built in {time.perf_counter() - t:.1f} s")
    if not args.no_memory:
        selection_memory(G, choice)
    nodes = rel.nodes
    n = len(nodes)
    pairs = rel.undirected_pairs().tolist()
    arcs = rel.flow_arcs().tolist()
    print(
        f"as of {G.graph['as_of']}: {n} nodes, {len(rel)} counted relations, "
        f"{len(pairs)} undirected ties, {len(arcs)} flow arcs; betweenness k={args.k}, seed={args.seed}; "
        f"best of {args.runs} runs\n"
    )

    t_ours_build, (A, M) = best(lambda: (cx.adjacency(n, pairs), cx.arc_matrix(n, arcs)), args.runs)
    t_ig_build, (gu, gd) = best(
        lambda: (ig.Graph(n=n, edges=list(pairs), directed=False), ig.Graph(n=n, edges=list(arcs), directed=True)),
        args.runs,
    )
    sources = np.random.default_rng(args.seed).choice(n, size=min(args.k, n), replace=False)
    src_list = sources.tolist()
    scale = n / len(sources) / ((n - 1) * (n - 2))
    _, labels = __import__("scipy.sparse.csgraph", fromlist=["x"]).connected_components(A, directed=False)
    giant = np.flatnonzero(labels == np.bincount(labels).argmax()).tolist()
    gg = gu.induced_subgraph(giant)
    groups = _groups(G, nodes, "level")

    rows: list[tuple[str, Callable[[], Any], Callable[[], Any] | None, Callable[[Any, Any], str] | None]] = [
        ("simple graphs (build)", lambda: None, None, None),
        (
            "betweenness (k sources)",
            lambda: cx.betweenness(A, sources),
            lambda: gu.betweenness(sources=src_list, directed=False),
            lambda o, r: agreement(o, np.asarray(r) * 2 * scale),
        ),
        ("closeness (k sources)", lambda: cx.closeness(A, sources), lambda: ig_closeness(gu, src_list, n), agreement),
        ("pagerank", lambda: cx.pagerank(M)[0], lambda: gd.pagerank(directed=True), agreement),
        (
            "eigenvector",
            lambda: cx.eigenvector(A)[0],
            lambda: gg.eigenvector_centrality(scale=False),
            lambda o, r: agreement(o[giant] / np.linalg.norm(o[giant]), np.asarray(r) / np.linalg.norm(r)),
        ),
        (
            "constraint + effective size",
            lambda: cx.structural_holes(A),
            lambda: gu.constraint(),
            lambda o, r: agreement(o[0], r),
        ),
        ("k-core", lambda: cx.core_number(A), lambda: gu.coreness(), agreement),
        ("brokerage (5 roles)", lambda: brokerage(n, arcs, groups), None, None),
    ]
    print(f"{'metric':30} {'govgraph s':>11} {'igraph s':>10} {'ratio':>7}  values agree to")
    ratios: dict[str, float] = {}
    total_ours, total_ig = t_ours_build, t_ig_build
    print(f"{'simple graphs (build)':30} {t_ours_build:11.3f} {t_ig_build:10.3f} {t_ours_build / t_ig_build:7.2f}")
    for name, ours, theirs, check in rows[1:]:
        t_o, out_o = best(ours, args.runs)
        total_ours += t_o
        if theirs is None:
            print(f"{name:30} {t_o:11.3f} {'-':>10} {'-':>7}  (no igraph counterpart)")
            continue
        t_i, out_i = best(theirs, args.runs)
        total_ig += t_i
        ratios[name] = t_o / t_i
        note = check(out_o, out_i) if check else ""
        print(f"{name:30} {t_o:11.3f} {t_i:10.3f} {t_o / t_i:7.2f}  {note}")
    print(
        f"{'sum of the rows':30} {total_ours:11.3f} {total_ig:10.3f} {total_ours / total_ig:7.2f}"
        "  (govgraph includes brokerage)"
    )
    print(f"k-core ratio govgraph / igraph: {ratios['k-core']:.2f} (goal: at most 3)")
    t_full, df = best(lambda: actor_metrics(G, betweenness_k=args.k, seed=args.seed), 1)
    print(
        f"\nactor_metrics end to end (degree tables, every metric, DataFrame; default graph, containment not "
        f"ties): {t_full:.2f} s for {len(df)} rows; betweenness error: {df.attrs['betweenness_error']}; "
        f"notes: {df.attrs['notes']}"
    )


if __name__ == "__main__":
    main()
