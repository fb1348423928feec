"""A standalone Cypher script: the schema plus every node and relation as literal statements.

Paste it into Neo4j Browser or run it with ``cypher-shell -f load.cypher``. It
writes the same scoped nodes and relationships as ``govgraph neo4j push`` (label
``:GovGraph``, dataset ``govgraph``), with values written as escaped literals,
since a script has no driver parameters.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from ..atomic import atomic_write

__all__ = ["literal", "script_statements", "write"]

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ROWS_PER_STATEMENT = 200


def _string(text: str) -> str:
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "'":
            out.append("\\'")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) in (0x2028, 0x2029, 0x7F):
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def _key(name: str) -> str:
    return name if _NAME.match(name) else "`" + name.replace("`", "``") + "`"


def literal(value: Any) -> str:
    """A Cypher literal for a property value, map or list (strings escaped)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"cannot write {value!r} as a Cypher literal")
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    return _string(str(value))


def script_statements(G: nx.MultiDiGraph, dataset: str = "govgraph") -> Iterator[str]:
    """The statements of the script: schema, then nodes, corridors and relations in batches."""
    from ..neo4j.cypherfile import read_statements
    from ..neo4j.push import NODE_FILES, node_rows, relation_rows

    yield from read_statements("schema.cypher")
    nodes = node_rows(G)
    batches: list[tuple[str, list[dict[str, Any]]]] = [(f"load/{label}.cypher", nodes[label]) for label in NODE_FILES]
    batches.append(("load/relations.cypher", relation_rows(G)))
    for name, rows in batches:
        (template,) = read_statements(name)
        template = template.replace("$dataset", literal(dataset))
        for i in range(0, len(rows), _ROWS_PER_STATEMENT):
            chunk = rows[i : i + _ROWS_PER_STATEMENT]
            yield template.replace("$rows", "[\n" + ",\n".join(literal(r) for r in chunk) + "\n]")


def write(G: nx.MultiDiGraph, path: Path) -> list[Path]:
    with atomic_write(path) as handle:
        handle.write(
            "// govgraph: load script for Neo4j 5 (cypher-shell -f FILE, or paste into Neo4j Browser).\n"
            f"// {G.number_of_nodes()} nodes, {len(G.graph.get('corridors') or [])} corridors, "
            f"{G.number_of_edges()} relations; dataset 'govgraph'"
            + (f"; as of {G.graph['as_of']}" if G.graph.get("as_of") else "; full temporal graph")
            + ".\n// Running it again changes nothing: every statement merges by id or key.\n\n"
        )
        for statement in script_statements(G):
            handle.write(statement + ";\n\n")
    return [path]
