"""The CSV export: a nodes table, an edges table and a sources table, for R (``read.csv``) and pandas.

``-o world.csv`` writes ``world.nodes.csv``, ``world.edges.csv`` and
``world.sources.csv`` (any other name ``NAME`` gets ``NAME.nodes.csv`` and so
on). Nodes: ``id`` then every node attribute; edges: ``source``, ``target``,
``key`` then every edge attribute. Each date (``since``, ``until``,
``founded``, ``adopted``...) keeps the data's text (``2005``, ``2005-08``,
``2005-08-30``) and gets ``<date>_date``, the first day of its period as
``YYYY-MM-DD``, and ``<date>_precision`` (``year``, ``month`` or ``day``), so
``pd.to_datetime`` reads every ``_date`` column. Sources are not flattened:
nodes and edges carry ``source_count``, and the sources table has one row per
(fact, source) pair (see :mod:`govgraph.export.sources_table`). Lists are
joined with ``"; "``, booleans are ``true``/``false``, missing values are
empty. Text cells that a spreadsheet would run as a formula are prefixed with
``'`` unless ``raw``; ``raw`` also keeps control characters, which the default
removes. The three files are written atomically together: on an error none is
left half-written and the old ones stay.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import networkx as nx

from ..atomic import atomic_write_all
from .csvsafe import safe_text
from .sources_table import SOURCE_COLUMNS, source_rows

__all__ = ["DATE_FIELDS", "date_parts", "export_paths", "pair_paths", "write"]

_NODE_FIRST = [
    "entity",
    "kind",
    "name",
    "acronym",
    "level",
    "country",
    "region",
    "subregion",
    "sector",
    "scope",
    "binding",
    "founded",
    "dissolved",
    "adopted",
    "in_force",
]
_EDGE_FIRST = ["type", "group", "since", "until", "binding", "direction", "role", "note", "checked"]

#: attributes holding a date of the model (ISO text of year, month or day precision)
DATE_FIELDS = frozenset(
    {"since", "until", "founded", "dissolved", "adopted", "in_force", "ended", "suspended", "published_as_of", "as_of"}
)
_PRECISION = {4: "year", 7: "month", 10: "day"}
#: the derived date columns: ``<date>_date`` is part 0 of :func:`date_parts`, ``<date>_precision`` part 1
_DATE_PART_COLUMNS = {
    f"{f}_{suffix}": (f, part) for f in DATE_FIELDS for part, suffix in enumerate(("date", "precision"))
}
_DATE_TEXT = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")


def pair_paths(path: Path) -> tuple[Path, Path]:
    """The nodes and edges files for ``-o path``."""
    nodes, edges, _ = export_paths(path)
    return nodes, edges


def export_paths(path: Path) -> tuple[Path, Path, Path]:
    """The nodes, edges and sources files for ``-o path``."""
    stem = path.name[: -len(".csv")] if path.name.lower().endswith(".csv") else path.name
    nodes, edges, sources = (path.with_name(f"{stem}.{part}.csv") for part in ("nodes", "edges", "sources"))
    return nodes, edges, sources


def date_parts(value: Any) -> tuple[str, str]:
    """``(first day of the period, precision)`` of a date text; two empty strings when undated.

    >>> date_parts("2005-08")
    ('2005-08-01', 'month')
    """
    if not isinstance(value, str) or not _DATE_TEXT.fullmatch(value):
        return "", ""
    return (value + "-01-01")[:10], _PRECISION[len(value)]


def _flat(value: Any, raw: bool) -> Any:
    """One CSV cell: text, a number, ``true``/``false`` or empty."""
    if value is None or (isinstance(value, list | tuple) and not value):
        return ""
    if isinstance(value, str):  # the common case first
        return value if raw else safe_text(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    if isinstance(value, list | tuple):
        text = "; ".join(json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else str(v) for v in value)
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    else:
        text = str(value)
    return text if raw else safe_text(text)


def _columns(rows: Iterable[dict[str, Any]], first: list[str]) -> list[str]:
    """The attribute columns: ``first`` in order, then the rest sorted; ``sources`` becomes ``source_count``."""
    keys = {k for r in rows for k in r}
    ordered = [k for k in first if k in keys] + sorted(keys - set(first))
    columns: list[str] = []
    for key in ordered:
        if key == "sources":
            columns.append("source_count")
        elif key in DATE_FIELDS:
            columns += [key, f"{key}_date", f"{key}_precision"]
        else:
            columns.append(key)
    return columns


def _row(data: dict[str, Any], columns: list[str], raw: bool) -> list[Any]:
    cells: list[Any] = []
    for col in columns:
        if col == "source_count":
            cells.append(sum(isinstance(s, dict) for s in data.get("sources") or ()))
        elif col in _DATE_PART_COLUMNS:
            field, part = _DATE_PART_COLUMNS[col]
            cells.append(date_parts(data.get(field))[part])
        else:
            cells.append(_flat(data.get(col), raw))
    return cells


def _write_nodes(handle: IO[str], G: nx.MultiDiGraph, raw: bool) -> None:
    columns = _columns((d for _, d in G.nodes(data=True)), _NODE_FIRST)
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(["id", *columns])
    writer.writerows([_flat(str(n), raw), *_row(d, columns, raw)] for n, d in G.nodes(data=True))


def _write_edges(handle: IO[str], G: nx.MultiDiGraph, raw: bool) -> None:
    columns = _columns((d for *_, d in G.edges(data=True)), _EDGE_FIRST)
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(["source", "target", "key", *columns])
    writer.writerows(
        [*(_flat(str(end), raw) for end in (u, v, k)), *_row(d, columns, raw)]
        for u, v, k, d in G.edges(keys=True, data=True)
    )


def _write_sources(handle: IO[str], G: nx.MultiDiGraph, raw: bool) -> None:
    columns = _columns([dict.fromkeys(SOURCE_COLUMNS)], SOURCE_COLUMNS)
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(_row(r, columns, raw) for r in source_rows(G))


def write(G: nx.MultiDiGraph, path: str | Path, raw: bool = False) -> list[Path]:
    """Write the nodes, edges and sources tables of ``G`` for ``-o path``; returns the three paths."""
    paths = export_paths(Path(path))
    writers = (_write_nodes, _write_edges, _write_sources)
    return atomic_write_all(
        {target: (lambda h, w=write_table: w(h, G, raw)) for target, write_table in zip(paths, writers, strict=True)}
    )
