"""GraphML for Gephi, yEd, igraph and R: typed attributes, text for everything else.

Nodes keep their id and get ``label`` (the name); edges keep their relation
key as the GraphML edge id and get ``label`` (the relation type). Attribute
values are written with their type (string, boolean, long, double); lists
become text joined by ``"; "``; ``sources`` become text (one
``title (as_of) url`` entry per source, ``"; "``-separated); dates stay ISO
text (``since``, ``until``, ``founded``, ``adopted``...); missing values are
left out. Characters XML 1.0 forbids (control characters) are removed from
every text. Read it back with ``networkx.read_graphml(path)``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import networkx as nx

from ..atomic import atomic_write

__all__ = ["flat_graph", "flat_value", "write", "xml_text"]

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 up,
# except surrogates and U+FFFE/U+FFFF.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry."""
    return _FORBIDDEN.sub("", text)


def _source_text(source: dict[str, Any]) -> str:
    parts = [str(source.get("title") or "")]
    if source.get("as_of"):
        parts.append(f"({source['as_of']})")
    ref = source.get("url") or source.get("publication")
    if ref:
        parts.append(str(ref))
    if source.get("checked") is False:
        parts.append("[unchecked]")
    return " ".join(p for p in parts if p)


def flat_value(key: str, value: Any) -> str | bool | int | float | None:
    """A scalar for an XML or CSV attribute; None when the value is missing or empty."""
    if value is None:
        return None
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, list | tuple):
        if not value:
            return None
        if key == "sources" or any(isinstance(v, dict) for v in value):
            return xml_text("; ".join(_source_text(v) if isinstance(v, dict) else str(v) for v in value))
        return xml_text("; ".join(str(v) for v in value))
    if isinstance(value, dict):
        return xml_text(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))
    return xml_text(str(value))


def _flat_attrs(data: dict[str, Any], rename: dict[str, str] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        flat = flat_value(key, value)
        if flat is not None:
            out[(rename or {}).get(key, key)] = flat
    return out


def flat_graph(G: nx.MultiDiGraph, edge_rename: dict[str, str] | None = None) -> nx.MultiDiGraph:
    """A copy of ``G`` whose attributes are all scalars safe for XML; labels added."""
    F = nx.MultiDiGraph()
    as_of = G.graph.get("as_of")
    F.graph["as_of"] = as_of if as_of else "temporal (every relation with its dates)"
    for n, d in G.nodes(data=True):
        attrs = _flat_attrs(d)
        attrs.setdefault("label", attrs.get("name", xml_text(str(n))))
        F.add_node(xml_text(str(n)), **attrs)
    for u, v, k, d in G.edges(keys=True, data=True):
        attrs = _flat_attrs(d, edge_rename)
        attrs.setdefault("label", d.get("type"))
        F.add_edge(xml_text(str(u)), xml_text(str(v)), key=xml_text(str(k)), **attrs)
    return F


def write(G: nx.MultiDiGraph, path: Path) -> list[Path]:
    F = flat_graph(G)
    with atomic_write(path, "wb") as handle:
        nx.write_graphml(F, handle, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return [path]
