"""From the governance graph to a map view: which nodes and edges are drawn, how, and what was folded.

The view model is plain data (:class:`MapView`); :mod:`govgraph.views.render`
turns it into a self-contained HTML page. Nothing here prints or exits.
"""

from __future__ import annotations

import math
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..errors import UsageError
from ..vocab import ACTOR_KINDS, INSTRUMENT_KINDS, LEVELS, RELATION_TYPES
from .layout import layered_positions, radial_positions
from .style import DASHES, DIRECTED_TYPES, EDGE_COLOURS, GAP_COLOUR, legend, node_style

__all__ = [
    "DEFAULT_MAX_NODES",
    "FOLD_KINDS",
    "SIZE_METRICS",
    "MapView",
    "ViewEdge",
    "ViewNode",
    "build_view",
    "check_choices",
]

#: Past this many nodes the default view folds local and civil-society actors into their country.
DEFAULT_MAX_NODES = 1500
#: Actor kinds folded into their ``country`` when a view is too large (the focus actor never is).
FOLD_KINDS: tuple[str, ...] = ("city", "subnational", "cso", "national_agency")
#: Metrics a view can size nodes by (computed on the whole graph of the date, not only the view).
SIZE_METRICS: tuple[str, ...] = (
    "degree",
    "in_degree",
    "out_degree",
    "pagerank",
    "betweenness",
    "closeness",
    "eigenvector",
    "none",
)
#: Betweenness is exact up to this many nodes, and estimated from a seeded sample of sources above it.
BETWEENNESS_EXACT_LIMIT = 600
BETWEENNESS_SAMPLE = 300

_MIN_SIZE, _MAX_SIZE = 10.0, 42.0


@dataclass
class ViewNode:
    """One drawn node: an actor, an instrument, or a country with folded actors."""

    id: str
    label: str
    entity: str
    kind: str
    level: str
    name: str
    acronym: str | None = None
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    region: str | None = None
    sector: str | None = None
    binding: bool | None = None
    dates: dict[str, str] = field(default_factory=dict)
    sources: list[dict[str, Any]] = field(default_factory=list)
    metric: float = 0.0
    size: float = _MIN_SIZE
    colour: str = "#999999"
    shape: str = "dot"
    folded: dict[str, int] = field(default_factory=dict)
    focus: bool = False
    x: float = 0.0
    y: float = 0.0


@dataclass
class ViewEdge:
    """One drawn edge: a relation (or several merged by folding), or a missing tie (a gap)."""

    id: str
    source: str
    target: str
    type: str
    group: str
    binding: bool
    direction: str
    since: str | None = None
    until: str | None = None
    role: str | None = None
    note: str | None = None
    sources: list[dict[str, Any]] = field(default_factory=list)
    count: int = 1
    gap: dict[str, Any] | None = None

    @property
    def arrow(self) -> bool:
        return self.gap is not None or self.type in DIRECTED_TYPES

    @property
    def colour(self) -> str:
        return GAP_COLOUR if self.gap is not None else EDGE_COLOURS.get(self.direction, "#777777")

    @property
    def dashes(self) -> Any:
        if self.gap is not None:
            return DASHES["gap"]
        return DASHES["binding" if self.binding else "non-binding"]


@dataclass
class MapView:
    """Everything a page needs: nodes with positions, edges with styles, legend and notes."""

    nodes: list[ViewNode]
    edges: list[ViewEdge]
    title: str
    as_of: str | None
    focus: str | None = None
    depth: int | None = None
    size_by: str = "degree"
    hierarchical: bool = False
    notes: list[str] = field(default_factory=list)
    folded: dict[str, int] = field(default_factory=dict)
    legend: dict[str, Any] = field(default_factory=dict)
    unplaced_gaps: list[dict[str, Any]] = field(default_factory=list)
    #: Level bands (hierarchical) or rings (radial), drawn and labelled behind the network.
    guides: list[dict[str, Any]] = field(default_factory=list)


def check_choices(
    kinds: Iterable[str] = (), levels: Iterable[str] = (), relations: Iterable[str] = (), size_by: str = "degree"
) -> None:
    """Raise UsageError naming the option when a kind, level, relation type or metric is unknown."""
    for k in kinds:
        if k not in ACTOR_KINDS and k not in INSTRUMENT_KINDS and k != "instrument":
            raise UsageError(
                f"--kind: unknown kind {k!r} (actor kinds: {', '.join(ACTOR_KINDS)}; "
                f"instrument kinds: {', '.join(INSTRUMENT_KINDS)}, or 'instrument' for all)"
            )
    for lv in levels:
        if lv not in LEVELS:
            raise UsageError(f"--level: unknown level {lv!r} (choose from {', '.join(LEVELS)})")
    for t in relations:
        if t not in RELATION_TYPES:
            raise UsageError(f"--relation: unknown relation type {t!r} (choose from {', '.join(RELATION_TYPES)})")
    if size_by not in SIZE_METRICS:
        raise UsageError(f"--size-by: unknown metric {size_by!r} (choose from {', '.join(SIZE_METRICS)})")


def _metric(G: nx.MultiDiGraph, size_by: str) -> tuple[dict[Any, float], str]:
    """Per-node values of the sizing metric on the whole graph, and a label for the legend."""
    if size_by == "none" or G.number_of_nodes() == 0:
        return {n: 0.0 for n in G}, "uniform"
    if size_by == "degree":
        return {n: float(d) for n, d in G.degree()}, "number of ties (degree)"
    if size_by == "in_degree":
        return {n: float(d) for n, d in G.in_degree()}, "number of incoming ties (members, parties, endorsers)"
    if size_by == "out_degree":
        return {n: float(d) for n, d in G.out_degree()}, "number of outgoing ties (memberships, ratifications)"
    if size_by == "pagerank":
        return dict(nx.pagerank(nx.DiGraph(G))), "PageRank on the directed graph"
    simple = nx.Graph(G.to_undirected(as_view=True))
    if size_by == "betweenness":
        n = simple.number_of_nodes()
        if n > BETWEENNESS_EXACT_LIMIT:
            values = nx.betweenness_centrality(simple, k=BETWEENNESS_SAMPLE, seed=42)
            return dict(values), f"betweenness, estimated from {BETWEENNESS_SAMPLE} sampled sources (seed 42)"
        return dict(nx.betweenness_centrality(simple)), "betweenness (exact)"
    if size_by == "closeness":
        return dict(nx.closeness_centrality(simple)), "closeness"
    try:
        values = nx.eigenvector_centrality(simple, max_iter=1000, tol=1e-6)
    except nx.PowerIterationFailedConvergence:
        values = nx.eigenvector_centrality_numpy(simple)
    return dict(values), "eigenvector centrality"


def _sizes(values: dict[Any, float]) -> dict[Any, float]:
    """Metric values scaled to node sizes (square root, so areas grow with the value)."""
    if not values:
        return {}
    lo, hi = min(values.values()), max(values.values())
    span = hi - lo
    if span <= 0:
        return dict.fromkeys(values, (_MIN_SIZE + _MAX_SIZE) / 3)
    return {n: _MIN_SIZE + (_MAX_SIZE - _MIN_SIZE) * math.sqrt((v - lo) / span) for n, v in values.items()}


def _region(G: nx.MultiDiGraph, d: dict[str, Any]) -> str | None:
    region = d.get("region")
    if region:
        return str(region)
    country = d.get("country")
    if country and country in G:
        value = G.nodes[country].get("region")
        return str(value) if value else None
    return None


def _dates(d: dict[str, Any]) -> dict[str, str]:
    keys = ("founded", "dissolved") if d.get("entity") == "actor" else ("adopted", "in_force")
    return {k: str(d[k]) for k in keys if d.get(k)}


def _label(d: dict[str, Any], node_id: str) -> str:
    if d.get("kind") == "state":
        return str(d.get("name") or node_id)
    label = d.get("acronym") or d.get("name") or node_id
    text = str(label)
    return text if len(text) <= 40 else text[:39] + "…"


def _ego(adjacency: dict[Any, set[Any]], focus: Any, depth: int) -> set[Any]:
    seen = {focus}
    frontier: deque[tuple[Any, int]] = deque([(focus, 0)])
    while frontier:
        node, dist = frontier.popleft()
        if dist >= depth:
            continue
        for nb in adjacency.get(node, ()):
            if nb not in seen:
                seen.add(nb)
                frontier.append((nb, dist + 1))
    return seen


def _gap_dict(gap: Any) -> dict[str, Any]:
    channel = getattr(gap, "nearest_channel", None)
    evidence = [getattr(e, "statement", str(e)) for e in getattr(gap, "expected_because", [])][:8]
    return {
        "rule": str(gap.rule),
        "reason": str(gap.reason),
        "score": round(float(gap.score), 3),
        "counterpart": gap.counterpart,
        "counterpart_name": getattr(gap, "counterpart_name", None),
        "nearest_channel": getattr(channel, "description", None) if channel is not None else None,
        "expected_because": [str(s) for s in evidence],
    }


def _drawn_features(nodes: list[ViewNode], edges: list[ViewEdge], hierarchical: bool, focus: Any) -> set[str]:
    """Which of the legend's optional encodings this view draws (see :func:`style.legend`)."""
    features = {"bands" if hierarchical else ("hop-rings" if focus is not None else "level-rings")}
    if any(n.focus for n in nodes):
        features.add("focus")
    if any(n.folded for n in nodes):
        features.add("folded")
    if any(e.count > 1 for e in edges):
        features.add("merged")
    pairs = Counter((min(e.source, e.target), max(e.source, e.target)) for e in edges)
    if any(c > 1 for c in pairs.values()):
        features.add("parallel")
    return features


def build_view(
    G: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    depth: int = 1,
    kinds: Iterable[str] = (),
    levels: Iterable[str] = (),
    relations: Iterable[str] = (),
    gap_report: Any = None,
    size_by: str = "degree",
    hierarchical: bool = False,
    max_nodes: int = DEFAULT_MAX_NODES,
    title: str | None = None,
) -> MapView:
    """Select, fold, style and lay out the part of ``G`` a map shows.

    Parameters
    ----------
    G : the graph on a date (``govgraph.temporal(world, as_of)``).
    focus : an actor or instrument id: draw its ego network to ``depth`` hops.
    kinds, levels, relations : keep only these node kinds (``instrument`` = every
        instrument kind), levels and relation types; the focus always stays.
        With ``relations``, nodes left without ties are dropped.
    gap_report : a :class:`govgraph.gaps.record.GapReport` (or anything with
        ``.gaps``) for ``focus``: each gap is drawn as a "missing" edge.
    size_by : one of :data:`SIZE_METRICS`, computed on all of ``G``.
    hierarchical : stack the levels (global on top, local at the bottom);
        otherwise rings around the focus (by hops) or by level.
    max_nodes : past this many nodes, actors of :data:`FOLD_KINDS` that have a
        country are folded into it (0 = never fold).

    Raises
    ------
    UsageError
        Unknown kind, level, relation type or metric; focus not in the graph; bad depth.
    """
    kinds, levels, relations = tuple(kinds), tuple(levels), tuple(relations)
    check_choices(kinds, levels, relations, size_by)
    if depth < 0:
        raise UsageError(f"--depth: must be 0 or more, got {depth}")
    if focus is not None and focus not in G:
        raise UsageError(f"focus {focus!r} is not in the graph on {G.graph.get('as_of') or 'this date'}")
    notes: list[str] = []
    values, size_label = _metric(G, size_by)
    sizes = _sizes(values)

    def node_kept(n: Any, d: dict[str, Any]) -> bool:
        if n == focus:
            return True
        kind_ok = not kinds or d.get("kind") in kinds or ("instrument" in kinds and d.get("entity") == "instrument")
        return kind_ok and (not levels or d.get("level") in levels)

    keep = {n for n, d in G.nodes(data=True) if node_kept(n, d)}
    rel_set = set(relations)
    raw_edges = [
        (u, v, d)
        for u, v, d in G.edges(data=True)
        if u in keep and v in keep and (not rel_set or d.get("type") in rel_set)
    ]
    if focus is not None:
        adjacency: dict[Any, set[Any]] = {}
        for u, v, _ in raw_edges:
            adjacency.setdefault(u, set()).add(v)
            adjacency.setdefault(v, set()).add(u)
        keep = _ego(adjacency, focus, depth)
        raw_edges = [(u, v, d) for u, v, d in raw_edges if u in keep and v in keep]
        notes.append(f"Ego network of {G.nodes[focus].get('name', focus)} to {depth} hop{'s' if depth != 1 else ''}.")
    if rel_set:
        touched = {u for u, _, _ in raw_edges} | {v for _, v, _ in raw_edges}
        keep = {n for n in keep if n in touched or n == focus}
        notes.append(f"Relation types shown: {', '.join(sorted(rel_set))}.")
    if kinds:
        notes.append(f"Kinds shown: {', '.join(kinds)}.")
    if levels:
        notes.append(f"Levels shown: {', '.join(levels)}.")

    # Folding: past max_nodes, local and civil-society actors join their country's node.
    fold_into: dict[Any, Any] = {}
    folded_counts: dict[Any, Counter[str]] = {}
    if max_nodes and len(keep) > max_nodes:
        for n in keep:
            d = G.nodes[n]
            country = d.get("country")
            if n != focus and d.get("entity") == "actor" and d.get("kind") in FOLD_KINDS and country in G:
                fold_into[n] = country
                folded_counts.setdefault(country, Counter())[str(d["kind"])] += 1
        if fold_into:
            before = len(keep)
            keep = {fold_into.get(n, n) for n in keep}
            total = Counter[str]()
            for c in folded_counts.values():
                total.update(c)
            what = ", ".join(f"{k}: {v}" for k, v in sorted(total.items()))
            notes.append(
                f"The view had {before} nodes, more than {max_nodes} (--max-nodes): folded {len(fold_into)} "
                f"actors ({what}) into their {len(folded_counts)} countries. Use --focus, --kind, --level "
                f"or a higher --max-nodes to see them one by one."
            )

    # Edges, re-attached to the fold targets and merged when they now coincide.
    edges: list[ViewEdge] = []
    merged: dict[tuple[Any, ...], ViewEdge] = {}
    for u, v, d in raw_edges:
        su, sv = fold_into.get(u, u), fold_into.get(v, v)
        if su == sv:
            continue
        sig = (su, sv, d.get("type"), bool(d.get("binding")), d.get("direction"))
        if (u, v) != (su, sv) and sig in merged:
            merged[sig].count += 1
            continue
        edge = ViewEdge(
            id=f"e{len(edges)}",
            source=su,
            target=sv,
            type=str(d.get("type")),
            group=str(d.get("group")),
            binding=bool(d.get("binding")),
            direction=str(d.get("direction")),
            since=d.get("since"),
            until=d.get("until"),
            role=d.get("role"),
            note=d.get("note"),
            sources=list(d.get("sources") or []),
        )
        if (u, v) != (su, sv):
            merged[sig] = edge
        edges.append(edge)

    # Gaps: the focus actor's missing ties, drawn to their counterparts.
    unplaced: list[dict[str, Any]] = []
    gap_counterparts: set[Any] = set()
    if gap_report is not None:
        if focus is None:
            raise UsageError("--gaps needs --focus ACTOR: gaps are drawn around one actor")
        for gap in getattr(gap_report, "gaps", gap_report):
            info = _gap_dict(gap)
            target = gap.counterpart
            if target is None or target not in G:
                unplaced.append(info)
                continue
            target = fold_into.get(target, target)
            if target == focus:
                unplaced.append(info)
                continue
            keep.add(target)
            gap_counterparts.add(target)
            edges.append(
                ViewEdge(
                    id=f"e{len(edges)}",
                    source=focus,
                    target=target,
                    type="gap",
                    group="gap",
                    binding=False,
                    direction="vertical"
                    if G.nodes[focus].get("level") != G.nodes[target].get("level")
                    else "horizontal",
                    gap=info,
                )
            )
        n_gaps = len(getattr(gap_report, "gaps", []))
        notes.append(
            f"{n_gaps} gap{'s' if n_gaps != 1 else ''} found for {G.nodes[focus].get('name', focus)}; "
            f"{n_gaps - len(unplaced)} drawn as missing ties."
        )
        notes.extend(str(n) for n in getattr(gap_report, "notices", []))

    nodes: list[ViewNode] = []
    for n in sorted(keep, key=str):
        d = G.nodes[n]
        colour, shape = node_style(str(d.get("entity")), str(d.get("kind")), d.get("binding"))
        folded = dict(sorted(folded_counts.get(n, Counter()).items()))
        label = _label(d, str(n))
        if folded:
            label += f" (+{sum(folded.values())})"
        nodes.append(
            ViewNode(
                id=str(n),
                label=label,
                entity=str(d.get("entity")),
                kind=str(d.get("kind")),
                level=str(d.get("level")),
                name=str(d.get("name") or n),
                acronym=d.get("acronym"),
                aliases=[str(a) for a in d.get("aliases") or []],
                country=d.get("country"),
                region=_region(G, d),
                sector=d.get("sector"),
                binding=d.get("binding") if d.get("entity") == "instrument" else None,
                dates=_dates(d),
                sources=list(d.get("sources") or []),
                metric=float(values.get(n, 0.0)),
                size=float(sizes.get(n, _MIN_SIZE)),
                colour=colour,
                shape=shape,
                folded=folded,
                focus=(n == focus),
            )
        )

    guides = layered_positions(nodes, edges) if hierarchical else radial_positions(nodes, edges, focus)

    actor_kinds = {n.kind for n in nodes if n.entity == "actor"}
    instrument_binding = {bool(n.binding) for n in nodes if n.entity == "instrument"}
    as_of = G.graph.get("as_of")
    if title is None:
        title = "Migration governance map"
        if focus is not None:
            title += f": {G.nodes[focus].get('name', focus)}"
    if any(n.folded for n in nodes):
        size_label += "; a number in brackets counts the actors folded into that node"
    return MapView(
        nodes=nodes,
        edges=edges,
        title=title,
        as_of=as_of,
        focus=focus,
        depth=depth if focus else None,
        size_by=size_by,
        hierarchical=hierarchical,
        notes=notes,
        folded={str(k): sum(c.values()) for k, c in folded_counts.items()},
        legend=legend(
            actor_kinds,
            instrument_binding,
            gap_report is not None,
            size_label,
            features=_drawn_features(nodes, edges, hierarchical, focus),
        ),
        unplaced_gaps=unplaced,
        guides=guides,
    )
