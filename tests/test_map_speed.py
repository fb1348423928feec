"""Map generation is linear in nodes + ties: the page data is built directly, as pyvis would build it.

The speed itself is measured side by side in benchmarks/bench_map.py (map vs validate vs plain pyvis as whole
processes); here: the data is what pyvis's add_node/add_edge would give, and its cost grows with the size.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from govgraph.api import graph
from govgraph.loader import load_world
from govgraph.views import build_view
from govgraph.views.visdata import network_options, to_pyvis, vis_data


@pytest.fixture(scope="module")
def bundled_graph() -> Any:
    return graph(load_world(), "2024-06-01")


def pyvis_lists(view: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The node and edge lists pyvis's own add_node/add_edge make of the same items (the old way)."""
    from pyvis.network import Network

    net = Network(directed=True)
    data = vis_data(view)
    for node in data.nodes:
        options = {k: v for k, v in node.items() if k not in ("id", "label", "shape")}
        net.add_node(node["id"], label=node["label"], shape=node["shape"], **options)
    for edge in data.edges:
        options = {k: v for k, v in edge.items() if k not in ("from", "to") and not (k == "arrows" and v == "to")}
        net.add_edge(edge["from"], edge["to"], **options)
    return net.nodes, net.edges


def test_page_data_has_the_shape_pyvis_gives(bundled_graph: Any) -> None:
    view = build_view(bundled_graph, focus="PHL")
    data = vis_data(view)
    nodes, edges = pyvis_lists(view)
    assert data.nodes == nodes and data.edges == edges
    assert data.options == network_options(view)
    net = to_pyvis(view)
    assert net.nodes == data.nodes and net.edges == data.edges and net.get_nodes() == [n.id for n in view.nodes]


def test_generation_grows_linearly(bundled_graph: Any) -> None:
    """Four times the ties cost far less than sixteen times the time (pyvis's add_edge grows with nodes x ties)."""
    view = build_view(bundled_graph, max_nodes=0)
    small_edges = view.edges[: len(view.edges) // 4]

    def best_of_three(edges: list[Any]) -> float:
        view.edges = edges
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            vis_data(view)
            times.append(time.perf_counter() - t0)
        return min(times)

    full = list(view.edges)
    small, large = best_of_three(small_edges), best_of_three(full)
    assert len(full) >= 4 * len(small_edges) > 4000
    assert large < 8 * small + 0.05
