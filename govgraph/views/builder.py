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

from ..dates import is_active
from ..errors import UsageError
from ..vocab import ACTOR_KINDS, INSTRUMENT_KINDS, LEVELS, RELATION_TYPES
from .layout import layered_positions, radial_positions
from .style import DASHES, DIRECTED_TYPES, EDGE_COLOURS, GAP_COLOUR, legend, node_style

__all__ = [
    "DEFAULT_MAX_NODES",
    "FOLD_KINDS",
    "MULTI_REGION",
    "SIZE_METRICS",
    "MapView",
    "Regions",
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

#: The region of a body or instrument whose members span more than one M49 region, or of a global one.
MULTI_REGION = "Multi-region/global"
#: Ties whose source counts as a member of the target (body or instrument) when the target's regions are read.
MEMBER_TIES = frozenset({"member_of", "associate_of", "participates_in", "party_to"})
#: Id prefix of the region nodes of the world overview.
REGION_PREFIX = "region:"
#: The whole world becomes the overview past this many ties (it draws at most ~1,500, readable at fit).
OVERVIEW_TIES = 1500
#: Most nodes the overview keeps (the most connected), and how many of each level it keeps at least.
OVERVIEW_NODES = 110
OVERVIEW_PER_LEVEL = 6
#: The overview's most connected nodes get labels of LABEL_PX at fit on a FIT_WIDTH x FIT_HEIGHT canvas
#: (a 1600x900 window less the browser bar, the page header and side panel).
OVERVIEW_LABELLED = 40
#: Of those, how many are labelled even where their labels touch (the rest only where clear).
OVERVIEW_LABELLED_ALWAYS = 30
#: vis-network's label draw threshold in screen pixels (network_options: scaling.label.drawThreshold).
_DRAW_THRESHOLD = 7.0
LABEL_PX = 11.0
FIT_WIDTH, FIT_HEIGHT = 1250.0, 680.0


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
    #: M49 regions: a state's own, the country's for its actors, the members' for a body or an instrument.
    region: list[str] = field(default_factory=list)
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
    #: Label font size when larger than the page's default (the world overview's most connected nodes).
    font_size: float | None = None


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
    #: A merged tie's [since, until] for each tie it stands for (empty for a single tie).
    spans: list[list[str | None]] = field(default_factory=list)
    gap: dict[str, Any] | None = None

    def active(self, day: str) -> bool:
        """True when one of the ties this edge stands for is in force on ``day`` (as ``temporal.as_of`` decides)."""
        return any(is_active(a, b, day) for a, b in (self.spans or [[self.since, self.until]]))

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

    def counts_on(self, day: str) -> tuple[int, int]:
        """(nodes, ties) shown on ``day``, by the rule of ``temporal.as_of`` the page's year slider applies.

        A node is shown when its ``dates`` cover the day; a tie when one of its spans does and both ends are shown.
        """
        shown = {n.id for n in self.nodes if is_active(n.dates.get("start"), n.dates.get("end"), day)}
        ties = sum(1 for e in self.edges if e.source in shown and e.target in shown and e.active(day))
        return len(shown), ties


class Regions:
    """M49 regions of the graph's nodes, read from the states' data (never guessed from names).

    A state has its own region; an actor or instrument with a country has the country's; a body or an
    instrument takes the regions of its members and parties, and is :data:`MULTI_REGION` when they span more
    than one region or it is global.
    """

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.G = G
        self.names = {str(d["region"]) for _, d in G.nodes(data=True) if d.get("kind") == "state" and d.get("region")}
        self._own: dict[Any, str | None] = {}

    def own(self, n: Any) -> str | None:
        """The M49 region of a state, or of the country of an actor or instrument; None otherwise."""
        d = self.G.nodes[n]
        if d.get("kind") != "state":
            country = d.get("country")
            if country == n or country not in self.G:
                return None
            d = self.G.nodes[country]
        region = d.get("region")
        return str(region) if d.get("kind") == "state" and region in self.names else None

    def of(self, n: Any) -> list[str]:
        """The node's region list (empty when nothing in the data places it)."""
        own = self.own(n)
        if own is not None:
            return [own]
        d = self.G.nodes[n]
        if d.get("level") == "global":
            return [MULTI_REGION]
        found: set[str] = set()
        for u, ties in self.G.pred[n].items():  # members and parties: one look at each, however many ties
            if (r := self._own.get(u, "")) == "":
                r = self._own[u] = self.own(u)
            if r is not None and r not in found and any(t.get("type") in MEMBER_TIES for t in ties.values()):
                found.add(r)
        if not found and d.get("region") in self.names:
            found = {str(d["region"])}
        return [MULTI_REGION] if len(found) > 1 else sorted(found)


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


def _dates(d: dict[str, Any]) -> dict[str, str]:
    """When the node exists, as ``temporal.as_of`` reads it: actors founded/dissolved, instruments adopted/ended."""
    keys = ("founded", "dissolved") if d.get("entity") == "actor" else ("adopted", "ended")
    return {name: str(d[k]) for name, k in zip(("start", "end"), keys, strict=True) if d.get(k)}


#: A name longer than this is labelled by its first alias when that is shorter ("1951 Refugee Convention").
_LONG_NAME = 28


def _label(d: dict[str, Any], node_id: str) -> str:
    """What a map writes under a node: a state's name; else the acronym, or the common short name (the first
    alias) of a long title, or the name, cut at 40 characters. The tooltip keeps the full name."""
    name = str(d.get("name") or node_id)
    if d.get("kind") == "state":
        return name
    aliases = [str(a) for a in d.get("aliases") or () if a]
    if d.get("acronym"):
        text = str(d["acronym"])
    elif len(name) > _LONG_NAME and aliases and len(aliases[0]) < len(name):
        text = aliases[0]
    else:
        text = name
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


def _check_request(G: nx.MultiDiGraph, focus: str | None, depth: int, gap_report: Any) -> None:
    if depth < 0:
        raise UsageError(f"--depth: must be 0 or more, got {depth}")
    if focus is not None and focus not in G:
        raise UsageError(f"focus {focus!r} is not in the graph on {G.graph.get('as_of') or 'this date'}")
    if gap_report is not None and focus is None:
        raise UsageError("--gaps needs --focus ACTOR: gaps are drawn around one actor")


def _selection(
    G: nx.MultiDiGraph,
    focus: str | None,
    depth: int,
    filters: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]],
    notes: list[str],
) -> tuple[set[Any], list[tuple[Any, Any, dict[str, Any]]]]:
    """The nodes a view shows (filters, then the ego network of ``focus``) and the ties it may draw."""
    kinds, levels, relations = filters

    def node_kept(n: Any, d: dict[str, Any]) -> bool:
        if n == focus:
            return True
        kind_ok = not kinds or d.get("kind") in kinds or ("instrument" in kinds and d.get("entity") == "instrument")
        return kind_ok and (not levels or d.get("level") in levels)

    keep = {n for n, d in G.nodes(data=True) if node_kept(n, d)}
    rel_set = set(relations)
    ties = [
        (u, v, d)
        for u, v, d in G.edges(data=True)
        if u in keep and v in keep and (not rel_set or d.get("type") in rel_set)
    ]
    if focus is not None:
        adjacency: dict[Any, set[Any]] = {}
        for u, v, _ in ties:
            adjacency.setdefault(u, set()).add(v)
            adjacency.setdefault(v, set()).add(u)
        keep = _ego(adjacency, focus, depth)
        notes.append(f"Ego network of {G.nodes[focus].get('name', focus)} to {depth} hop{'s' if depth != 1 else ''}.")
    if rel_set:
        touched = {u for u, v, _ in ties if v in keep} | {v for u, v, _ in ties if u in keep}
        keep = {n for n in keep if n in touched or n == focus}
        notes.append(f"Relation types shown: {', '.join(sorted(rel_set))}.")
    if kinds:
        notes.append(f"Kinds shown: {', '.join(kinds)}.")
    if levels:
        notes.append(f"Levels shown: {', '.join(levels)}.")
    return keep, ties


def _fold(
    G: nx.MultiDiGraph, keep: set[Any], focus: Any, max_nodes: int, notes: list[str]
) -> tuple[dict[Any, Any], dict[Any, Counter[str]]]:
    """Past ``max_nodes``, local and civil-society actors join their country's node: (fold map, counts by kind)."""
    fold_into: dict[Any, Any] = {}
    folded_counts: dict[Any, Counter[str]] = {}
    if not max_nodes or len(keep) <= max_nodes:
        return fold_into, folded_counts
    for n in keep:
        d = G.nodes[n]
        country = d.get("country")
        if n != focus and d.get("entity") == "actor" and d.get("kind") in FOLD_KINDS and country in G:
            fold_into[n] = country
            folded_counts.setdefault(country, Counter())[str(d["kind"])] += 1
    if fold_into:
        total = Counter[str]()
        for c in folded_counts.values():
            total.update(c)
        what = ", ".join(f"{k}: {v}" for k, v in sorted(total.items()))
        notes.append(
            f"The view had {len(keep)} nodes, more than {max_nodes} (--max-nodes): folded {len(fold_into)} "
            f"actors ({what}) into their {len(folded_counts)} countries. Use --focus, --kind, --level "
            f"or a higher --max-nodes to see them one by one."
        )
    return fold_into, folded_counts


def _fold_into_regions(
    G: nx.MultiDiGraph, keep: set[Any], regions: Regions, notes: list[str]
) -> tuple[dict[Any, Any], dict[Any, Counter[str]]]:
    """The world overview: each state, with its national and local actors, joins its M49 region's node."""
    fold_into: dict[Any, Any] = {}
    folded_counts: dict[Any, Counter[str]] = {}
    for n in keep:
        d = G.nodes[n]
        region = regions.own(n)
        if (
            region is not None
            and d.get("entity") == "actor"
            and (d.get("kind") == "state" or d.get("kind") in FOLD_KINDS)
        ):
            fold_into[n] = REGION_PREFIX + region
            folded_counts.setdefault(REGION_PREFIX + region, Counter())[str(d["kind"])] += 1
    states = sum(c["state"] for c in folded_counts.values())
    notes.append(
        f"World overview: {states} states, with {len(fold_into) - states} of their national and local actors, "
        f"grouped into their {len(folded_counts)} M49 regions; ties between the same ends merged, with their count "
        "(a region's ties are drawn light and thin: they stand for many states and would cover the map). "
        f"Use --focus, --kind, --level or --relation for a closer view, or --max-nodes 0 for every node."
    )
    return fold_into, folded_counts


def _merged_edges(ties: Iterable[tuple[Any, Any, dict[str, Any]]], fold_into: dict[Any, Any]) -> list[ViewEdge]:
    """Ties re-attached to their fold targets; those that now coincide become one edge with ``count`` and ``spans``."""
    edges: list[ViewEdge] = []
    merged: dict[tuple[Any, ...], ViewEdge] = {}
    for u, v, d in ties:
        su, sv = fold_into.get(u, u), fold_into.get(v, v)
        if su == sv:
            continue
        sig = (su, sv, d.get("type"), bool(d.get("binding")), d.get("direction"))
        span = [d.get("since"), d.get("until")]
        moved = (u, v) != (su, sv)
        if moved and sig in merged:
            edge = merged[sig]
            edge.count += 1
            edge.spans.append(span)
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
            spans=[span],
        )
        if moved:
            merged[sig] = edge
        edges.append(edge)
    for edge in edges:
        if edge.count == 1:
            edge.spans = []
        else:  # the envelope of the merged ties, for the tooltip; the page's time filter reads the spans
            starts, ends = [a for a, _ in edge.spans], [b for _, b in edge.spans]
            edge.since = None if None in starts else min(starts)
            edge.until = None if None in ends else max(ends)
    return edges


def _gap_edges(
    G: nx.MultiDiGraph, gap_report: Any, focus: Any, fold_into: dict[Any, Any], keep: set[Any], notes: list[str]
) -> tuple[list[ViewEdge], list[dict[str, Any]]]:
    """The focus actor's missing ties, to their counterparts (added to ``keep``), and the gaps with none."""
    edges: list[ViewEdge] = []
    unplaced: list[dict[str, Any]] = []
    if gap_report is None:
        return edges, unplaced
    for gap in getattr(gap_report, "gaps", gap_report):
        info = _gap_dict(gap)
        target = gap.counterpart
        if target is None or target not in G or fold_into.get(target, target) == focus:
            unplaced.append(info)
            continue
        target = fold_into.get(target, target)
        keep.add(target)
        same_level = G.nodes[focus].get("level") == G.nodes[target].get("level")
        edges.append(
            ViewEdge(
                id="",
                source=focus,
                target=target,
                type="gap",
                group="gap",
                binding=False,
                direction="horizontal" if same_level else "vertical",
                gap=info,
            )
        )
    n_gaps = len(getattr(gap_report, "gaps", []))
    notes.append(
        f"{n_gaps} gap{'s' if n_gaps != 1 else ''} found for {G.nodes[focus].get('name', focus)}; "
        f"{n_gaps - len(unplaced)} drawn as missing ties."
    )
    notes.extend(str(n) for n in getattr(gap_report, "notices", []))
    return edges, unplaced


def _view_node(G: nx.MultiDiGraph, n: Any, regions: Regions, folded: dict[str, int], focus: Any) -> ViewNode:
    d = G.nodes[n]
    colour, shape = node_style(str(d.get("entity")), str(d.get("kind")), d.get("binding"))
    label = _label(d, str(n))
    if folded:
        label += f" (+{sum(folded.values())})"
    return ViewNode(
        id=str(n),
        label=label,
        entity=str(d.get("entity")),
        kind=str(d.get("kind")),
        level=str(d.get("level")),
        name=str(d.get("name") or n),
        acronym=d.get("acronym"),
        aliases=[str(a) for a in d.get("aliases") or []],
        country=d.get("country"),
        region=regions.of(n),
        sector=d.get("sector"),
        binding=d.get("binding") if d.get("entity") == "instrument" else None,
        dates=_dates(d),
        sources=list(d.get("sources") or []),
        folded=folded,
        colour=colour,
        shape=shape,
        focus=(n == focus),
    )


def _region_node(node_id: str, folded: dict[str, int]) -> ViewNode:
    """The node of an M49 region in the world overview, standing for its states and their actors."""
    region = node_id[len(REGION_PREFIX) :]
    colour, shape = node_style("actor", "state", None)
    states = folded.get("state", 0)
    return ViewNode(
        id=node_id,
        label=f"{region} (+{sum(folded.values())})",
        entity="actor",
        kind="state",
        level="national",
        name=f"{region}: {states} states and their national and local actors (M49 region)",
        region=[region],
        folded=folded,
        colour=colour,
        shape=shape,
    )


def _trim_overview(
    nodes: list[ViewNode], edges: list[ViewEdge], notes: list[str]
) -> tuple[list[ViewNode], list[ViewEdge]]:
    """The overview's most connected nodes (every region, and the first few of each level), with their ties."""
    if len(nodes) <= OVERVIEW_NODES:
        return nodes, edges
    weight = _weights(edges)
    ranked = sorted(nodes, key=lambda n: (-weight[n.id], n.id))
    chosen = {n.id for n in nodes if n.id.startswith(REGION_PREFIX)}
    per_level: Counter[str] = Counter()
    for n in ranked:
        if per_level[n.level] < OVERVIEW_PER_LEVEL:
            per_level[n.level] += 1
            chosen.add(n.id)
    for n in ranked:
        if len(chosen) >= OVERVIEW_NODES:
            break
        chosen.add(n.id)
    kept_edges = [e for e in edges if e.source in chosen and e.target in chosen]
    notes.append(
        f"Showing the {len(chosen)} most connected of {len(nodes)} nodes ({len(kept_edges)} of {len(edges)} ties), "
        f"including the first {OVERVIEW_PER_LEVEL} of each level."
    )
    return [n for n in nodes if n.id in chosen], kept_edges


def _weights(edges: list[ViewEdge]) -> Counter[str]:
    """Ties per node, a merged tie counting for every tie it stands for."""
    weight: Counter[str] = Counter()
    for e in edges:
        weight[e.source] += e.count
        weight[e.target] += e.count
    return weight


def _label_box(n: ViewNode, font: float) -> tuple[float, float, float, float]:
    """The box (left, top, right, bottom) vis-network draws a node's label in, roughly: centred under the node."""
    half = len(n.label) * font * 0.3 + 4
    top = n.y + n.size
    return (n.x - half, top, n.x + half, top + font * 1.25)


def _boxes_meet(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _enlarge_labels(nodes: list[ViewNode], edges: list[ViewEdge], *, overlap: bool) -> None:
    """Give the most connected nodes labels readable at fit (>= LABEL_PX on a FIT_WIDTH x FIT_HEIGHT canvas).

    With ``overlap`` False a label that would cover one already enlarged keeps the default size (unreadable at
    fit, so vis-network does not draw it there): the example maps show no overlapping labels.
    """
    if not nodes:
        return
    weight = _weights(edges)
    ranked = sorted(nodes, key=lambda n: (-weight[n.id], not n.focus, n.id))
    top = ranked[:OVERVIEW_LABELLED]
    xs = [n.x for n in nodes]
    ys = [n.y for n in nodes]
    width, height = max(xs) - min(xs) + 2 * _MAX_SIZE, max(ys) - min(ys) + 2 * _MAX_SIZE
    font = 14.0
    for _ in range(4):  # vis-network fits the labels too: the widest one widens the box it fits
        widest = max(len(n.label) for n in top) * font * 0.6
        scale = min(FIT_WIDTH / (width + widest), FIT_HEIGHT / (height + 2 * font))
        font = max(14.0, math.ceil(LABEL_PX / scale))
    if font <= 14.0:
        return
    boxes: list[tuple[float, float, float, float]] = []
    for n in ranked:
        if len(boxes) >= OVERVIEW_LABELLED:
            break
        box = _label_box(n, font)
        # the overview keeps its 30 most connected labels even where they touch, then adds only clear ones
        may_overlap = overlap and len(boxes) < OVERVIEW_LABELLED_ALWAYS
        if not may_overlap and any(_boxes_meet(box, other) for other in boxes):
            continue
        boxes.append(box)
        n.font_size = font
    if overlap:  # the rest of the overview is labelled below vis-network's draw threshold at fit: shown on zoom
        quiet = max(1.0, math.floor(_DRAW_THRESHOLD * 0.9 / scale))
        for n in nodes:
            if n.font_size is None and quiet < 14.0:
                n.font_size = quiet


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
    as_of: str | None = None,
    overview: bool | None = None,
) -> MapView:
    """Select, fold, style and lay out the part of ``G`` a map shows.

    Parameters
    ----------
    G : the graph on a date (``govgraph.temporal.as_of(G, day)``), or the
        temporal graph with ``as_of``: then the view holds every tie its nodes
        ever had, with dates, and :meth:`MapView.counts_on` gives what shows on
        a day (the page's year slider applies the same rule).
    focus : an actor or instrument id: draw its ego network to ``depth`` hops.
    kinds, levels, relations : keep only these node kinds (``instrument`` = every
        instrument kind), levels and relation types; the focus always stays.
        With ``relations``, nodes left without ties are dropped.
    gap_report : a :class:`govgraph.gaps.record.GapReport` (or anything with
        ``.gaps``) for ``focus``: each gap is drawn as a "missing" edge, and
        every tie among the nodes drawn is drawn too.
    size_by : one of :data:`SIZE_METRICS`, computed on all of ``G``.
    hierarchical : stack the levels (global on top, local at the bottom);
        otherwise rings around the focus (by hops) or by level.
    max_nodes : past this many nodes, actors of :data:`FOLD_KINDS` that have a
        country are folded into it (0 = never fold).
    as_of : the day the page starts on (default: ``G``'s date).
    overview : draw the world overview: states grouped by M49 region, the
        :data:`OVERVIEW_NODES` most connected nodes, labels readable at fit.
        By default (None), the whole world (no focus, no filter, the default
        ``max_nodes``) past :data:`OVERVIEW_TIES` ties is drawn so.

    Raises
    ------
    UsageError
        Unknown kind, level, relation type or metric; focus not in the graph; bad depth.
    """
    filters = (tuple(kinds), tuple(levels), tuple(relations))
    check_choices(*filters, size_by)
    _check_request(G, focus, depth, gap_report)
    notes: list[str] = []
    keep, ties = _selection(G, focus, depth, filters, notes)
    regions = Regions(G)
    if overview is None:
        overview = focus is None and not any(filters) and max_nodes == DEFAULT_MAX_NODES and len(ties) > OVERVIEW_TIES
    if overview:
        fold_into, folded_counts = _fold_into_regions(G, keep, regions, notes)
    else:
        fold_into, folded_counts = _fold(G, keep, focus, max_nodes, notes)
    keep = {fold_into.get(n, n) for n in keep}
    gap_edges, unplaced = _gap_edges(G, gap_report, focus, fold_into, keep, notes)
    drawn = (t for t in ties if fold_into.get(t[0], t[0]) in keep and fold_into.get(t[1], t[1]) in keep)
    edges = _merged_edges(drawn, fold_into) + gap_edges
    folded = {n: dict(sorted(c.items())) for n, c in folded_counts.items()}
    nodes = [
        _region_node(n, folded[n])
        if str(n).startswith(REGION_PREFIX) and n not in G
        else _view_node(G, n, regions, folded.get(n, {}), focus)
        for n in sorted(keep, key=str)
    ]
    if overview:
        nodes, edges = _trim_overview(nodes, edges, notes)
    for i, e in enumerate(edges):
        e.id = f"e{i}"
    size_label = _size_nodes(G, nodes, size_by)
    guides = layered_positions(nodes, edges) if hierarchical else radial_positions(nodes, edges, focus)
    _enlarge_labels(nodes, edges, overlap=overview)
    if title is None:
        title = "Migration governance map"
        title += (
            f": {G.nodes[focus].get('name', focus)}" if focus is not None else (": world overview" if overview else "")
        )
    if any(n.folded for n in nodes):
        size_label += "; a number in brackets counts the actors folded into that node"
    return MapView(
        nodes=nodes,
        edges=edges,
        title=title,
        as_of=as_of or G.graph.get("as_of"),
        focus=focus,
        depth=depth if focus else None,
        size_by=size_by,
        hierarchical=hierarchical,
        notes=notes,
        folded={str(k): sum(c.values()) for k, c in folded_counts.items()},
        legend=legend(
            {n.kind for n in nodes if n.entity == "actor"},
            {bool(n.binding) for n in nodes if n.entity == "instrument"},
            gap_report is not None,
            size_label,
            features=_drawn_features(nodes, edges, hierarchical, focus),
        ),
        unplaced_gaps=unplaced,
        guides=guides,
    )


def _size_nodes(G: nx.MultiDiGraph, nodes: list[ViewNode], size_by: str) -> str:
    """Set each node's metric and size (a region node: the sum and the largest of its states); the legend's label."""
    values, size_label = _metric(G, size_by)
    sizes = _sizes(values)
    for n in nodes:
        if n.id.startswith(REGION_PREFIX) and n.id not in G:
            n.metric, n.size = 0.0, _MAX_SIZE
        else:
            n.metric, n.size = float(values.get(n.id, 0.0)), float(sizes.get(n.id, _MIN_SIZE))
    return size_label
