"""The governance graph as a python-igraph ``Graph``, for researchers who compute with igraph.

Same nodes in the same order, same edges (each relation of the multigraph is
one igraph edge, in the same direction) and the same attributes: the node id
is the vertex attribute ``id`` (``name`` stays the actor's or instrument's
name, as in a GraphML read-back), the multigraph key is the edge attribute
``key``, and graph attributes (``as_of``...) are graph attributes. Values are
kept as they are (lists of sources stay lists). igraph is optional: without
it, :func:`to_igraph` raises a UsageError that says how to install it.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from ..errors import UsageError

__all__ = ["to_igraph"]


def _attribute_names(items: Any) -> list[str]:
    return sorted({name for *_, data in items for name in data})


def to_igraph(G: nx.Graph) -> Any:
    """An ``igraph.Graph`` with the nodes, edges and attributes of ``G`` (directed if ``G`` is).

    Raises
    ------
    UsageError : python-igraph is not installed (``pip install igraph``).

    Examples
    --------
    >>> import govgraph as gg
    >>> g = gg.to_igraph(gg.graph(gg.load_world(), as_of="2024-06-01"))  # doctest: +SKIP
    >>> g.vs.find(id="PHL")["name"]  # doctest: +SKIP
    'Philippines'
    """
    try:
        import igraph
    except ImportError:
        raise UsageError("to_igraph needs the igraph package, which is not installed: pip install igraph") from None
    nodes = list(G.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), directed=G.is_directed())
    for name, value in G.graph.items():
        g[name] = value
    g.vs["id"] = nodes
    node_data = list(G.nodes(data=True))
    for name in _attribute_names(node_data):
        if name != "id":  # the id column is the node id itself
            g.vs[name] = [data.get(name) for _, data in node_data]
    edges = list(G.edges(keys=True, data=True)) if G.is_multigraph() else list(G.edges(data=True))
    g.add_edges([(index[e[0]], index[e[1]]) for e in edges])
    if G.is_multigraph():
        g.es["key"] = [e[2] for e in edges]
    for name in _attribute_names(edges):
        if name != "key" or not G.is_multigraph():
            g.es[name] = [e[-1].get(name) for e in edges]
    return g
