"""GraphML 1.0 for igraph, networkx, yEd, Cytoscape and R, valid against the GraphML XSD.

Nodes get ``label`` (the name); edges get ``label`` (the relation type) and
``key`` (the relation key as text). Attribute values keep their type
(``boolean``, ``long``, ``double``, ``string``); lists become text joined by
``"; "``; ``sources`` become text (one ``title (as_of) url`` entry per source,
``"; "``-separated); dates stay ISO text; missing values are left out. Every
``<key>`` has its own id, named by scope (``node.binding``, ``edge.binding``,
``graph.as_of``), so a reader never confuses a node attribute with an edge one.

GraphML ids must be XML name tokens, so node and edge ids are encoded by
:func:`graphml_id` (letters, digits, ``-`` and ``_`` kept, ``|`` → ``.``, any
other character → ``:HEX:``) and :func:`decode_id` gives the govgraph id back:
``SEN`` stays ``SEN``, the relation ``SEN|party_to|refugee-convention-1951|1963-09-02|``
is the edge ``SEN.party_to.refugee-convention-1951.1963-09-02.``.

Characters XML 1.0 cannot carry are replaced in every text (:func:`xml_safe`):
C0 control characters by their visible Unicode control pictures (ESC → ``␛``,
BEL → ``␇``), lone surrogates and U+FFFE/U+FFFF by ``�``. Carriage returns,
tabs and newlines are written as character references, so they read back
exactly. Read it back with ``networkx.read_graphml(path)`` or
``igraph.Graph.Read_GraphML(path)``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from ..atomic import atomic_write

__all__ = [
    "attribute_types",
    "decode_id",
    "edge_rows",
    "flat_value",
    "graphml_id",
    "graphml_lines",
    "node_rows",
    "value_text",
    "write",
    "xml_attr",
    "xml_safe",
    "xml_text",
]

Scalar = str | bool | int | float
NodeRow = tuple[str, dict[str, Scalar]]
EdgeRow = tuple[str, str, str, dict[str, Scalar]]

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 up,
# except surrogates and U+FFFE/U+FFFF.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ID_KEPT = re.compile(r"[A-Za-z0-9_-]")
_ID_ESCAPE = re.compile(r":([0-9A-F]+):|\.")
_TEXT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}
_ATTR_ESCAPES = {**_TEXT_ESCAPES, '"': "&quot;", "\t": "&#9;", "\n": "&#10;"}
_TEXT_SPECIAL = re.compile("[&<>\r]")
_ATTR_SPECIAL = re.compile('[&<>\r"\t\n]')
GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry (the CSV export's cleaning)."""
    return _FORBIDDEN.sub("", text)


def _replacement(match: re.Match[str]) -> str:
    code = ord(match.group())
    return chr(0x2400 + code) if code < 0x20 else "\ufffd"


def xml_safe(text: str) -> str:
    """``text`` with each character XML 1.0 cannot carry replaced by a visible one (``\\x1b`` → ``␛``)."""
    return _FORBIDDEN.sub(_replacement, text)


def xml_attr(value: Any) -> str:
    """``value`` as text for a double-quoted XML attribute: escaped, whitespace kept as references."""
    return _ATTR_SPECIAL.sub(lambda m: _ATTR_ESCAPES[m.group()], xml_safe(str(value)))


def _xml_content(value: Any) -> str:
    return _TEXT_SPECIAL.sub(lambda m: _TEXT_ESCAPES[m.group()], xml_safe(str(value)))


def graphml_id(text: str) -> str:
    """A GraphML id (an XML name token) for a govgraph id or relation key; :func:`decode_id` reverses it.

    >>> graphml_id("SEN|party_to|refugee-convention-1951||"), graphml_id("=evil")
    ('SEN.party_to.refugee-convention-1951..', ':3D:evil')
    """
    return "".join(ch if _ID_KEPT.fullmatch(ch) else "." if ch == "|" else f":{ord(ch):X}:" for ch in str(text))


def decode_id(token: str) -> str:
    """The govgraph id or relation key that :func:`graphml_id` encoded as ``token``.

    >>> decode_id("SEN.party_to.refugee-convention-1951.."), decode_id(":3D:evil")
    ('SEN|party_to|refugee-convention-1951||', '=evil')
    """
    return _ID_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else "|", token)


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


def flat_value(key: str, value: Any) -> Scalar | None:
    """A scalar for an XML attribute, text made XML-safe; None when the value is missing or empty."""
    if value is None:
        return None
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | tuple):
        if not value:
            return None
        if key == "sources" or any(isinstance(v, dict) for v in value):
            return xml_safe("; ".join(_source_text(v) if isinstance(v, dict) else str(v) for v in value))
        return xml_safe("; ".join(str(v) for v in value))
    if isinstance(value, dict):
        return xml_safe(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))
    return xml_safe(str(value))


def _flat_attrs(data: dict[str, Any], rename: dict[str, str] | None = None) -> dict[str, Scalar]:
    out: dict[str, Scalar] = {}
    for key, value in data.items():
        flat = flat_value(key, value)
        if flat is not None:
            out[(rename or {}).get(key, key)] = flat
    return out


def node_rows(G: nx.MultiDiGraph) -> Iterator[NodeRow]:
    """``(id, flat attributes)`` per node, ``label`` (the name, else the id) added."""
    for n, d in G.nodes(data=True):
        attrs = _flat_attrs(d)
        attrs.setdefault("label", attrs.get("name", xml_safe(str(n))))
        yield str(n), attrs


def edge_rows(G: nx.MultiDiGraph, rename: dict[str, str] | None = None) -> Iterator[EdgeRow]:
    """``(source, target, relation key, flat attributes)`` per edge, ``label`` (the relation type) added."""
    for u, v, k, d in G.edges(keys=True, data=True):
        attrs = _flat_attrs(d, rename)
        if d.get("type") is not None:
            attrs.setdefault("label", xml_safe(str(d["type"])))
        yield str(u), str(v), str(k), attrs


def attribute_types(rows: Iterable[dict[str, Scalar]]) -> dict[str, type]:
    """One Python type per attribute name, in first-seen order: ``bool``, ``int``, ``float`` or ``str``.

    An attribute whose values mix types becomes ``float`` (ints and floats) or ``str`` (anything else).
    """
    seen: dict[str, set[type]] = {}
    for row in rows:
        for key, value in row.items():
            seen.setdefault(key, set()).add(type(value))
    types: dict[str, type] = {}
    for key, kinds in seen.items():
        if len(kinds) == 1:
            types[key] = next(iter(kinds))
        else:
            types[key] = float if kinds <= {int, float} else str
    return types


def value_text(value: Scalar, kind: type) -> str:
    """``value`` written as XSD text of ``kind``: ``true``/``false``, ``INF``, ``NaN``, plain numbers."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if kind is float and isinstance(value, int | float):
        number = float(value)
        if math.isnan(number):
            return "NaN"
        if math.isinf(number):
            return "INF" if number > 0 else "-INF"
        return repr(number)
    return str(value)


def _keys(scope: str, types: dict[str, type]) -> tuple[dict[str, str], list[str]]:
    """Key ids (attribute name -> id) for ``scope`` and their ``<key>`` lines."""
    ids = {name: f"{scope}.{graphml_id(name)}" for name in types}
    lines = [
        f'  <key id="{ids[name]}" for="{scope}" attr.name="{xml_attr(name)}" attr.type="{GRAPHML_TYPES[kind]}"/>'
        for name, kind in types.items()
    ]
    return ids, lines


def _data(attrs: dict[str, Scalar], ids: dict[str, str], types: dict[str, type], indent: str) -> list[str]:
    return [
        f'{indent}<data key="{ids[name]}">{_xml_content(value_text(value, types[name]))}</data>'
        for name, value in attrs.items()
    ]


def graphml_lines(G: nx.MultiDiGraph) -> Iterator[str]:
    """The GraphML document of ``G``, line by line."""
    nodes = list(node_rows(G))
    edges = [(u, v, k, {**attrs, "key": xml_safe(k)}) for u, v, k, attrs in edge_rows(G)]
    as_of = G.graph.get("as_of")
    graph_attrs: dict[str, Scalar] = {"as_of": as_of if as_of else "temporal (every relation with its dates)"}
    graph_types, node_types = attribute_types([graph_attrs]), attribute_types(a for _, a in nodes)
    edge_types = attribute_types(a for *_, a in edges)
    graph_ids, graph_keys = _keys("graph", graph_types)
    node_ids, node_keys = _keys("node", node_types)
    edge_ids, edge_keys = _keys("edge", edge_types)
    yield '<?xml version="1.0" encoding="UTF-8"?>'
    yield (
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
    )
    yield from graph_keys + node_keys + edge_keys
    yield '  <graph id="govgraph" edgedefault="directed">'
    yield from _data(graph_attrs, graph_ids, graph_types, "    ")
    for n, attrs in nodes:
        yield f'    <node id="{graphml_id(n)}">'
        yield from _data(attrs, node_ids, node_types, "      ")
        yield "    </node>"
    for u, v, k, attrs in edges:
        yield f'    <edge id="{graphml_id(k)}" source="{graphml_id(u)}" target="{graphml_id(v)}">'
        yield from _data(attrs, edge_ids, edge_types, "      ")
        yield "    </edge>"
    yield "  </graph>"
    yield "</graphml>"


def write(G: nx.MultiDiGraph, path: Path) -> list[Path]:
    """Write ``G`` as GraphML to ``path`` (atomically); returns ``[path]``."""
    with atomic_write(path) as handle:
        for line in graphml_lines(G):
            handle.write(line + "\n")
    return [path]
