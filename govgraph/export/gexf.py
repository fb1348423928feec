"""GEXF for Gephi, valid against the GEXF 1.3 XSD (default) or the 1.2draft XSD.

Attributes are flattened as for GraphML (:mod:`govgraph.export.graphml`),
except that the relation type is the edge attribute ``relation`` (GEXF
reserves ``type`` for directed/undirected), the edge ``label`` and, in GEXF
1.3, the edge ``kind`` (Gephi keeps parallel edges of different kinds apart).
Node and edge ids are the govgraph ids and relation keys as they are (GEXF ids
are any text); an attribute's id is its name. Characters XML 1.0 cannot carry
are replaced as in GraphML (ESC → ``␛``). The as-of date, or ``temporal``, is
the ``<description>`` of ``<meta>`` (GEXF has no graph attributes).

Exported with ``--temporal`` (the graph has no as-of date), the graph is
``mode="dynamic"`` with ``timeformat="date"``: every dated relation gets
``start`` (its ``since``) and ``end`` (the day before its ``until``: GEXF
intervals include their end, a relation ends on its ``until`` day), and every
actor gets ``start``/``end`` from ``founded``/``dissolved`` and every
instrument ``start`` from ``adopted``, so Gephi's timeline shows the graph
grow and shrink. Partial dates (``2005``, ``2005-08``) start on the first day
of their period. The as-of graph is written static. Read it back with
``networkx.read_gexf(path)``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from .. import __version__
from ..atomic import atomic_write
from ..errors import UsageError
from .graphml import EdgeRow, NodeRow, Scalar, attribute_types, edge_rows, node_rows, value_text, xml_attr

__all__ = ["DEFAULT_VERSION", "GEXF_VERSIONS", "check_version", "gexf_date", "gexf_lines", "write"]

#: version name -> (namespace, the ``version`` attribute of ``<gexf>``)
GEXF_VERSIONS: dict[str, tuple[str, str]] = {
    "1.3": ("http://gexf.net/1.3", "1.3"),
    "1.2draft": ("http://www.gexf.net/1.2draft", "1.2"),
}
DEFAULT_VERSION = "1.3"
_GEXF_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
#: flat attributes written as XML attributes of ``<node>``/``<edge>``, not as ``<attvalue>``
_XML_ATTRIBUTES = ("label", "start", "end")


def check_version(version: str) -> str:
    """``version`` if it is a GEXF version this exporter writes; a UsageError naming the option otherwise."""
    if version not in GEXF_VERSIONS:
        raise UsageError(f"--gexf-version: unknown version {version!r} (choose from {', '.join(GEXF_VERSIONS)})")
    return version


def gexf_date(date: str | None, end: bool = False) -> str | None:
    """An ISO date of any precision as YYYY-MM-DD; with ``end``, the day before (an exclusive end)."""
    if not date:
        return None
    parts = [int(p) for p in str(date).split("-")] + [1, 1]
    day = dt.date(parts[0], parts[1], parts[2])
    if end:
        day -= dt.timedelta(days=1)
    return day.isoformat()


def _interval(start: str | None, until: str | None) -> dict[str, Scalar]:
    out: dict[str, Scalar] = {}
    s, e = gexf_date(start), gexf_date(until, end=True)
    if s:
        out["start"] = s
    if e:
        out["end"] = max(e, s) if s else e
    return out


def _rows(G: nx.MultiDiGraph) -> tuple[list[NodeRow], list[EdgeRow]]:
    """Flat node and edge rows; in the temporal graph, with their ``start``/``end``."""
    nodes = list(node_rows(G))
    edges = list(edge_rows(G, rename={"type": "relation"}))
    if G.graph.get("as_of") is None:
        for n, attrs in nodes:
            d = G.nodes[n]
            ends = (
                (d.get("adopted"), None) if d.get("entity") == "instrument" else (d.get("founded"), d.get("dissolved"))
            )
            attrs.update(_interval(*ends))
        for u, v, k, attrs in edges:
            d = G.edges[u, v, k]
            attrs.update(_interval(d.get("since"), d.get("until")))
    return nodes, edges


def _attribute_lines(cls: str, types: dict[str, type]) -> list[str]:
    if not types:
        return []
    return [
        f'    <attributes class="{cls}" mode="static">',
        *(
            f'      <attribute id="{xml_attr(name)}" title="{xml_attr(name)}" type="{_GEXF_TYPES[kind]}"/>'
            for name, kind in types.items()
        ),
        "    </attributes>",
    ]


def _element(tag: str, head: dict[str, Any], attrs: dict[str, Scalar], types: dict[str, type]) -> Iterator[str]:
    """One ``<node>`` or ``<edge>``: ``head`` and label/start/end as XML attributes, the rest as attvalues."""
    xml = {**head, **{k: attrs[k] for k in _XML_ATTRIBUTES if k in attrs}}
    opening = " ".join(f'{name}="{xml_attr(value)}"' for name, value in xml.items() if value is not None)
    values = [(k, v) for k, v in attrs.items() if k not in _XML_ATTRIBUTES]
    if not values:
        yield f"      <{tag} {opening}/>"
        return
    yield f"      <{tag} {opening}>"
    yield "        <attvalues>"
    for name, value in values:
        yield f'          <attvalue for="{xml_attr(name)}" value="{xml_attr(value_text(value, types[name]))}"/>'
    yield "        </attvalues>"
    yield f"      </{tag}>"


def gexf_lines(G: nx.MultiDiGraph, version: str = DEFAULT_VERSION) -> Iterator[str]:
    """The GEXF document of ``G`` in ``version``, line by line."""
    namespace, version_attr = GEXF_VERSIONS[check_version(version)]
    nodes, edges = _rows(G)
    node_types = attribute_types({k: v for k, v in a.items() if k not in _XML_ATTRIBUTES} for _, a in nodes)
    edge_types = attribute_types({k: v for k, v in a.items() if k not in _XML_ATTRIBUTES} for *_, a in edges)
    temporal = G.graph.get("as_of") is None
    yield '<?xml version="1.0" encoding="UTF-8"?>'
    yield (
        f'<gexf xmlns="{namespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{namespace} {namespace}/gexf.xsd" version="{version_attr}">'
    )
    yield "  <meta>"
    yield f"    <creator>govgraph {xml_attr(__version__)}</creator>"
    as_of = "temporal (every relation with its dates)" if temporal else f"as of {G.graph['as_of']}"
    yield f"    <description>Migration governance graph, {xml_attr(as_of)}</description>"
    yield "  </meta>"
    dynamic = ' mode="dynamic" timeformat="date"' if temporal else ' mode="static"'
    yield f'  <graph defaultedgetype="directed"{dynamic}>'
    yield from _attribute_lines("node", node_types) + _attribute_lines("edge", edge_types)
    yield f'    <nodes count="{len(nodes)}">'
    for n, attrs in nodes:
        yield from _element("node", {"id": n}, attrs, node_types)
    yield "    </nodes>"
    yield f'    <edges count="{len(edges)}">'
    for u, v, k, attrs in edges:
        kind = attrs.get("relation") if version == "1.3" else None
        yield from _element("edge", {"id": k, "source": u, "target": v, "kind": kind}, attrs, edge_types)
    yield "    </edges>"
    yield "  </graph>"
    yield "</gexf>"


def write(G: nx.MultiDiGraph, path: str | Path, version: str = DEFAULT_VERSION) -> list[Path]:
    """Write ``G`` as GEXF ``version`` (``1.3`` or ``1.2draft``) to ``path`` (atomically); returns ``[path]``."""
    check_version(version)
    path = Path(path)
    with atomic_write(path) as handle:
        for line in gexf_lines(G, version):
            handle.write(line + "\n")
    return [path]
