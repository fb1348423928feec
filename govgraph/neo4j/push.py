"""Pushing a govgraph graph into Neo4j, and reading it back.

Everything written is scoped: nodes carry the label ``:GovGraph`` and a
``dataset`` property, relationships are ``:RELATION`` with the same
``dataset`` between such nodes. Writes are ``MERGE`` by (dataset, id) for
nodes and (dataset, key) for relations, in batched transactions, so a push can
be repeated or resumed after an interruption and ends with the source graph.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx

from ..errors import BackendError, UsageError
from .connection import Connection, Settings, mapped_errors
from .cypherfile import read_statements

__all__ = [
    "DEFAULT_BATCH",
    "DEFAULT_DATASET",
    "Progress",
    "PushStats",
    "apply_schema",
    "corridor_id",
    "dataset_counts",
    "node_rows",
    "pull_graph",
    "push_graph",
    "relation_rows",
]

DEFAULT_DATASET = "govgraph"
DEFAULT_BATCH = 1000

#: progress(phase, done, total): phase is "schema", "nodes", "relations" or "prune"
Progress = Callable[[str, int, int], None]

#: properties govgraph adds beside the graph's own attributes
META = ("id", "dataset", "key", "position", "attribute_names", "json_attributes", "valid_from", "valid_until")


@dataclass
class PushStats:
    """What a push did and what the dataset holds afterwards."""

    dataset: str
    nodes: int = 0
    relationships: int = 0
    batches: int = 0
    deleted_nodes: int = 0
    deleted_relationships: int = 0
    kept_nodes: int = 0


def corridor_id(c: dict[str, Any]) -> str:
    """The node id of a migration corridor record."""
    return f"corridor|{c['origin']}|{c['destination']}|{c['year']}"


def _props(attrs: dict[str, Any], position: int) -> dict[str, Any]:
    """Attributes as Neo4j property values: scalars and lists of scalars as they are, the rest as JSON."""
    out: dict[str, Any] = {}
    encoded: list[str] = []
    for name, value in attrs.items():
        if name in META:
            raise UsageError(f"attribute {name!r} is reserved by the Neo4j backend")
        if isinstance(value, tuple):
            value = list(value)
        plain = value is None or isinstance(value, str | bool | int | float)
        if (isinstance(value, list) and all(isinstance(v, str) for v in value)) or (
            isinstance(value, list) and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
        ):
            plain = True
        if plain:
            out[name] = value
        else:
            out[name] = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
            encoded.append(name)
    out["attribute_names"] = list(attrs)
    out["json_attributes"] = encoded
    out["position"] = position
    return out


#: The load files of nodes, in the order they are written.
NODE_FILES = ("actors", "instruments", "corridors", "meta")
#: The id of the one node that holds the graph's own attributes.
META_ID = "_graph"


def graph_json(G: nx.MultiDiGraph) -> str:
    """The graph's profiles and coverage as compact JSON: each distinct source dict written once, cited by index."""
    sources: list[dict[str, Any]] = []
    index: dict[str, int] = {}

    def refs(items: list[dict[str, Any]]) -> list[int]:
        out = []
        for s in items:
            key = json.dumps(s, sort_keys=True, ensure_ascii=False)
            if key not in index:
                index[key] = len(sources)
                sources.append(s)
            out.append(index[key])
        return out

    profiles = {
        state: {
            ind: [[r["year"], r["value"], r.get("note"), refs(r["sources"])] for r in rows]
            for ind, rows in series.items()
        }
        for state, series in (G.graph.get("profiles") or {}).items()
    }
    coverage = {
        state: {name: {**c, "sources": refs(c["sources"])} for name, c in lists.items()}
        for state, lists in (G.graph.get("coverage") or {}).items()
    }
    return json.dumps({"sources": sources, "profiles": profiles, "coverage": coverage}, ensure_ascii=False)


def read_graph_json(text: str | None) -> dict[str, Any]:
    """The graph attributes that :func:`graph_json` wrote."""
    if not text:
        return {"profiles": {}, "coverage": {}}
    data = json.loads(text)
    sources = data["sources"]
    profiles = {
        state: {
            ind: [{"year": y, "value": v, "note": n, "sources": [sources[i] for i in ix]} for y, v, n, ix in rows]
            for ind, rows in series.items()
        }
        for state, series in data["profiles"].items()
    }
    coverage = {
        state: {name: {**c, "sources": [sources[i] for i in c["sources"]]} for name, c in lists.items()}
        for state, lists in data["coverage"].items()
    }
    return {"profiles": profiles, "coverage": coverage}


def node_rows(G: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    """Rows for the load files, by file: actors, instruments, corridors, meta (the graph's profiles and coverage)."""
    rows: dict[str, list[dict[str, Any]]] = {"actors": [], "instruments": [], "corridors": [], "meta": []}
    for position, (n, d) in enumerate(G.nodes(data=True)):
        props = _props(d, position)
        if d.get("entity") == "instrument":
            props["valid_from"], props["valid_until"] = d.get("adopted"), d.get("ended")
            rows["instruments"].append({"id": str(n), "props": props})
        else:
            props["valid_from"], props["valid_until"] = d.get("founded"), d.get("dissolved")
            rows["actors"].append({"id": str(n), "props": props})
    for position, c in enumerate(G.graph.get("corridors") or []):
        rows["corridors"].append({"id": corridor_id(c), "props": _props(dict(c), position)})
    rows["meta"].append({"id": META_ID, "props": {"position": 0, "graph_json": graph_json(G)}})
    return rows


def relation_rows(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Rows for ``load/relations.cypher``: source, target, key and properties of every edge."""
    return [
        {"source": str(u), "target": str(v), "key": str(k), "props": _props(d, position)}
        for position, (u, v, k, d) in enumerate(G.edges(keys=True, data=True))
    ]


def _batches(rows: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


class _Target:
    """Runs statements on whatever the caller gave: a Connection, a driver or a session."""

    def __init__(self, target: Any, database: str | None):
        self.settings = target.settings if isinstance(target, Connection) else Settings(database=database)
        self._session: Any = None
        self._own = False
        if isinstance(target, Connection):
            self._session, self._own = target.session(), True
        elif hasattr(target, "execute_write") and hasattr(target, "run"):
            self._session = target  # a session
        elif hasattr(target, "session"):
            self._session, self._own = target.session(database=database), True  # a driver
        else:
            raise UsageError("push_graph needs a neo4j driver, session or govgraph Connection")

    def write(self, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        def work(tx: Any) -> list[dict[str, Any]]:
            return [r.data() for r in tx.run(query, params)]

        with mapped_errors(self.settings):
            result: list[dict[str, Any]] = self._session.execute_write(work)
            return result

    def read(self, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        def work(tx: Any) -> list[dict[str, Any]]:
            return [r.data() for r in tx.run(query, params)]

        with mapped_errors(self.settings):
            result: list[dict[str, Any]] = self._session.execute_read(work)
            return result

    def schema(self, query: str) -> None:
        with mapped_errors(self.settings):
            self._session.run(query).consume()

    def close(self) -> None:
        if self._own and self._session is not None:
            self._session.close()


def _statement(name: str) -> str:
    (query,) = read_statements(name)
    return query


def apply_schema(target: Any, database: str | None = None) -> None:
    """Create the constraints and indexes of ``cypher/schema.cypher`` (no-op when present)."""
    t = _Target(target, database)
    try:
        for query in read_statements("schema.cypher"):
            t.schema(query)
    finally:
        t.close()


def dataset_counts(target: Any, dataset: str = DEFAULT_DATASET, database: str | None = None) -> tuple[int, int]:
    """(nodes, relationships) that govgraph wrote for ``dataset``."""
    t = _Target(target, database)
    try:
        row = t.read(_statement("load/counts.cypher"), {"dataset": dataset})[0]
        return int(row["nodes"]), int(row["relationships"])
    finally:
        t.close()


def push_graph(
    G: nx.MultiDiGraph,
    target: Any,
    dataset: str = DEFAULT_DATASET,
    batch: int = DEFAULT_BATCH,
    prune: bool = False,
    progress: Progress | None = None,
    database: str | None = None,
    schema: bool = True,
) -> PushStats:
    """Write ``G`` (nodes, relations, corridors) into a Bolt server, scoped to ``dataset``.

    Parameters
    ----------
    G : the graph (normally the full temporal graph, so queries can take any as-of date).
    target : a :class:`Connection`, a ``neo4j`` driver or a session.
    dataset : the scope: the value of the ``dataset`` property on everything written.
    batch : rows per transaction.
    prune : delete nodes and relations of ``dataset`` that ``G`` no longer has (nothing outside it).
    progress : called as ``progress(phase, done, total)`` after each batch.
    database : the database, when ``target`` is a driver.

    Returns
    -------
    PushStats with the dataset's node and relationship counts after the push.

    Raises
    ------
    BackendError when the server is unreachable or refuses a statement.
    """
    if batch < 1:
        raise UsageError("--batch must be at least 1")
    if not dataset:
        raise UsageError("--dataset must not be empty")
    nodes = node_rows(G)
    relations = relation_rows(G)
    total = sum(len(r) for r in nodes.values()) + len(relations)
    stats = PushStats(dataset)
    t = _Target(target, database)
    done = 0
    try:
        if schema:
            for query in read_statements("schema.cypher"):
                t.schema(query)
            if progress:
                progress("schema", 0, total)
        for label in NODE_FILES:
            query = _statement(f"load/{label}.cypher")
            for rows in _batches(nodes[label], batch):
                t.write(query, {"dataset": dataset, "rows": rows})
                done += len(rows)
                stats.batches += 1
                if progress:
                    progress("nodes", done, total)
        query = _statement("load/relations.cypher")
        for rows in _batches(relations, batch):
            t.write(query, {"dataset": dataset, "rows": rows})
            done += len(rows)
            stats.batches += 1
            if progress:
                progress("relations", done, total)
        if prune:
            _prune(t, dataset, nodes, relations, batch, stats, progress)
        row = t.read(_statement("load/counts.cypher"), {"dataset": dataset})[0]
        stats.nodes, stats.relationships = int(row["nodes"]), int(row["relationships"])
    finally:
        t.close()
    return stats


def _prune(
    t: _Target,
    dataset: str,
    nodes: dict[str, list[dict[str, Any]]],
    relations: list[dict[str, Any]],
    batch: int,
    stats: PushStats,
    progress: Progress | None,
) -> None:
    wanted_keys = {r["key"] for r in relations}
    have_keys = [r["key"] for r in t.read(_statement("load/relation_keys.cypher"), {"dataset": dataset})]
    stale_keys = sorted({k for k in have_keys if k not in wanted_keys})
    wanted_ids = {r["id"] for rows in nodes.values() for r in rows}
    have_ids = [r["id"] for r in t.read(_statement("load/node_ids.cypher"), {"dataset": dataset})]
    stale_ids = sorted({i for i in have_ids if i not in wanted_ids})
    total = len(stale_keys) + len(stale_ids)
    done = 0
    for keys in _batches(stale_keys, batch):
        t.write(_statement("load/delete_relations.cypher"), {"dataset": dataset, "keys": keys})
        stats.deleted_relationships += len(keys)
        done += len(keys)
        if progress:
            progress("prune", done, total)
    for ids in _batches(stale_ids, batch):
        # relations between this dataset's nodes that the graph no longer has are gone already
        rows = t.write(_statement("load/delete_nodes.cypher"), {"dataset": dataset, "ids": ids})
        deleted = int(rows[0]["deleted"]) if rows else 0
        stats.deleted_nodes += deleted
        stats.kept_nodes += len(ids) - deleted
        done += len(ids)
        if progress:
            progress("prune", done, total)


def _attributes(props: dict[str, Any]) -> dict[str, Any]:
    encoded = set(props.get("json_attributes") or ())
    names = props.get("attribute_names")
    names = list(names) if names is not None else [k for k in props if k not in META]
    out: dict[str, Any] = {}
    for name in names:
        value = props.get(name)
        out[name] = json.loads(value) if name in encoded and value is not None else value
    return out


def pull_graph(target: Any, dataset: str = DEFAULT_DATASET, database: str | None = None) -> nx.MultiDiGraph:
    """Read a pushed dataset back into the full temporal graph it came from."""
    t = _Target(target, database)
    try:
        node_records = t.read(_statement("load/read_nodes.cypher"), {"dataset": dataset})
        edge_records = t.read(_statement("load/read_relations.cypher"), {"dataset": dataset})
    finally:
        t.close()
    if not node_records:
        raise BackendError(f"the database holds no govgraph dataset {dataset!r}: run `govgraph neo4j push` first")
    corridors = sorted((r for r in node_records if "Corridor" in r["labels"]), key=lambda r: r["props"]["position"])
    meta = [r for r in node_records if "Meta" in r["labels"]]
    others = sorted(
        (r for r in node_records if "Corridor" not in r["labels"] and "Meta" not in r["labels"]),
        key=lambda r: r["props"]["position"],
    )
    G = nx.MultiDiGraph(as_of=None, corridors=[_attributes(r["props"]) for r in corridors])
    if meta:
        G.graph.update(read_graph_json(meta[0]["props"].get("graph_json")))
    G.add_nodes_from((r["id"], _attributes(r["props"])) for r in others)
    edges: Iterable[dict[str, Any]] = sorted(edge_records, key=lambda r: r["props"]["position"])
    G.add_edges_from((r["source"], r["target"], r["key"], _attributes(r["props"])) for r in edges)
    return G
