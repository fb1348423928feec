"""The fast paths of the metrics give the reference answers: k-core, sampled betweenness and its error, the edge walk.

The references come from networkx and from the as-of multigraph itself; the
timings against igraph live in ``benchmarks/bench_metrics.py``, not here.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import networkx as nx
import numpy as np
import pytest

from govgraph.cli import main
from govgraph.loader import load_world
from govgraph.metrics import actor_metrics
from govgraph.metrics import centrality as cx
from govgraph.metrics.graphs import (
    choose_graph,
    flow_arcs,
    node_index,
    select,
    undirected_pairs,
    walk_relations,
)
from govgraph.synth import AS_OF, params_for_relations, synth_world, write_synth_world
from govgraph.temporal import as_of, build_graph

DATE = "2024-06-01"


@pytest.fixture(scope="module")
def on_date(real_graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    return as_of(real_graph, DATE)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    """The synthetic world of 10^4 relations (2,491 nodes on its as-of date), as the review measured."""
    folder: Path = tmp_path_factory.mktemp("synth")
    write_synth_world(synth_world(params_for_relations(10_000, 0)), folder, fmt="jsonl")
    return as_of(build_graph(load_world([folder], bundled=False)), AS_OF)


def _simple_graph(G: nx.MultiDiGraph, **options: bool) -> tuple[list[str], nx.Graph]:
    """The undirected simple graph of a graph choice, built with networkx from the multigraph's edges."""
    choice = choose_graph(**options)
    nodes = [n for n, e in G.nodes(data="entity") if not choice.actors_only or e == "actor"]
    U = nx.Graph()
    U.add_nodes_from(nodes)
    U.add_edges_from((u, v) for u, v, t in G.edges(data="type") if u != v and t in choice.ties and u in U and v in U)
    return nodes, U


def _adjacency(nodes: list[str], U: nx.Graph) -> object:
    index = {n: i for i, n in enumerate(nodes)}
    return cx.adjacency(len(nodes), [(index[u], index[v]) for u, v in U.edges()])


# -- k-core ------------------------------------------------------------------------


@pytest.mark.parametrize("options", [{}, {"containment_ties": True}, {"actors_only": True}])
def test_kcore_column_equals_networkx_on_the_bundled_world(on_date: nx.MultiDiGraph, options: dict) -> None:
    _, U = _simple_graph(on_date, **options)
    df = actor_metrics(on_date, **options).set_index("id")
    reference = nx.core_number(U)
    assert df["kcore"].to_dict() == reference
    assert max(reference.values()) >= 3  # a graph with real cores, not a forest


def test_core_number_equals_networkx_on_a_synthetic_world(synthetic: nx.MultiDiGraph) -> None:
    nodes, U = _simple_graph(synthetic, containment_ties=True)
    cores = cx.core_number(_adjacency(nodes, U))
    assert dict(zip(nodes, cores.tolist(), strict=True)) == nx.core_number(U)
    assert len(set(cores.tolist())) >= 4  # several levels peeled


@pytest.mark.parametrize(
    "graph",
    [
        nx.path_graph(20_000),  # peels two nodes a round: handed to the bucket algorithm
        nx.disjoint_union(nx.complete_graph(6), nx.empty_graph(3)),  # isolates have core 0
        nx.barabasi_albert_graph(3_000, 4, seed=1),
        nx.empty_graph(0),
    ],
    ids=["long-chain", "clique-and-isolates", "preferential", "empty"],
)
def test_core_number_equals_networkx_on_awkward_shapes(graph: nx.Graph) -> None:
    A = cx.adjacency(graph.number_of_nodes(), list(graph.edges()))
    reference = nx.core_number(graph)
    assert cx.core_number(A).tolist() == [reference[v] for v in range(graph.number_of_nodes())]


# -- sampled betweenness and its error -----------------------------------------------


def test_sampled_betweenness_reports_an_error_that_shrinks_with_more_sources(on_date: nx.MultiDiGraph) -> None:
    exact = actor_metrics(on_date)
    assert exact.attrs["betweenness_error"] == {
        "standard_error_max": 0.0,
        "bound": 0.0,
        "bound_guaranteed": 0.0,
        "confidence": 0.95,
    }
    errors = {}
    for k in (40, 160):
        df = actor_metrics(on_date, betweenness_k=k, seed=1)
        errors[k] = df.attrs["betweenness_error"]
        observed = np.abs(df["betweenness"] - exact["betweenness"]).max()
        assert 0 < observed <= errors[k]["bound"] <= errors[k]["bound_guaranteed"]
        assert any(note.startswith("betweenness: every node's estimate within") for note in df.attrs["notes"])
    for measure in ("standard_error_max", "bound", "bound_guaranteed"):
        assert errors[160][measure] < errors[40][measure]


def test_the_bound_covers_the_error_the_review_measured(synthetic: nx.MultiDiGraph) -> None:
    """On the 2,491-node world at k = 512 the review saw a largest error of 1.1e-2 against exact values."""
    nodes, U = _simple_graph(synthetic)
    A = _adjacency(nodes, U)
    exact = cx.betweenness(A)
    sources = np.random.default_rng(0).choice(len(nodes), size=512, replace=False)
    estimate = cx.sampled_betweenness(A, sources)
    assert np.allclose(estimate.values, cx.betweenness(A, sources), rtol=1e-12, atol=0)
    observed = np.abs(estimate.values - exact).max()
    assert 1e-3 < observed <= estimate.bound < estimate.bound_guaranteed


def test_cli_prints_the_bound_and_json_carries_it(runner) -> None:
    res = runner.invoke(main, ["metrics", "--as-of", DATE, "--betweenness-k", "100", "-f", "json"])
    assert res.exit_code == 0, res.output
    notes = [line for line in res.stderr.splitlines() if line.startswith("Note: betweenness: every node")]
    assert len(notes) == 1 and "95%" in notes[0] and "guaranteed" in notes[0]
    import json

    meta = json.loads(res.stdout)["meta"]
    assert meta["betweenness"]["exact"] is False
    assert 0 < meta["betweenness_error"]["bound"] < meta["betweenness_error"]["bound_guaranteed"]
    assert f"{meta['betweenness_error']['bound']:.3g}" in notes[0]


# -- the edge walk -------------------------------------------------------------------


@pytest.mark.parametrize(
    "options",
    [{}, {"actors_only": True, "dated_only": True}, {"binding": "non-binding", "containment_ties": True}],
)
def test_walk_gives_the_simple_graphs_of_the_copy(on_date: nx.MultiDiGraph, options: dict) -> None:
    choice = choose_graph(**options)
    H = select(on_date, choice)
    nodes, index = node_index(H)
    rel = walk_relations(on_date, choice)
    if choice.dated_only:
        rel = rel.only(rel.dated)
    assert rel.nodes == nodes and len(rel) == H.number_of_edges()
    assert set(map(tuple, rel.undirected_pairs(choice.ties).tolist())) == undirected_pairs(H, index, choice.ties)
    assert set(map(tuple, rel.flow_arcs(choice.ties).tolist())) == flow_arcs(H, index, choice.ties)


def test_walk_takes_far_less_memory_than_the_copy(on_date: nx.MultiDiGraph) -> None:
    choice = choose_graph()

    def peak(fn) -> int:
        tracemalloc.start()
        kept = fn()
        size = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        del kept
        return size

    walked = peak(lambda: walk_relations(on_date, choice))
    copied = peak(lambda: select(on_date, choice))
    assert walked < copied / 3
