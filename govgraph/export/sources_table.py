"""The sources table of the CSV export: one row per (fact, source) pair, every field in its own cell.

A fact is a node (its key is the node id) or an edge (its key is the relation
key, the ``key`` column of the edges file). ``source_key`` names the source
itself: the same value wherever the same source is cited (a digest of its
fields, since the graph keeps the source's content, not the key it had in the
YAML), so ``drop_duplicates("source_key")`` gives the list of distinct sources.
Nothing is joined or split: a title with ``;`` or a note stays one cell.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

import networkx as nx

__all__ = ["SOURCE_COLUMNS", "source_key", "source_rows"]

#: the columns of NAME.sources.csv, in order (``as_of_date``/``as_of_precision`` are added beside ``as_of``)
SOURCE_COLUMNS = ["fact_key", "fact_kind", "source_key", "title", "url", "publication", "as_of", "checked", "note"]

_SOURCE_FIELDS = ("title", "url", "publication", "as_of", "checked", "note")


def source_key(source: dict[str, Any]) -> str:
    """A short stable name for a source: equal sources (same fields) get the same key."""
    fields = {f: source.get(f) for f in _SOURCE_FIELDS}
    digest = hashlib.sha256(json.dumps(fields, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    return "src-" + digest[:12]


def _rows_of(fact_key: str, fact_kind: str, sources: Any) -> Iterator[dict[str, Any]]:
    for source in sources or ():
        if isinstance(source, dict):
            yield {
                "fact_key": fact_key,
                "fact_kind": fact_kind,
                "source_key": source_key(source),
                **{f: source.get(f) for f in _SOURCE_FIELDS},
            }


def source_rows(G: nx.MultiDiGraph) -> Iterator[dict[str, Any]]:
    """Every (fact, source) pair of ``G``: the nodes' sources first, then the edges', each in the data's order."""
    for node, data in G.nodes(data=True):
        yield from _rows_of(str(node), "node", data.get("sources"))
    for _, _, key, data in G.edges(keys=True, data=True):
        yield from _rows_of(str(key), "edge", data.get("sources"))
