"""The governance graph: a networkx MultiDiGraph built from a World, and its state on a date.

Node attributes (actors): ``entity`` = "actor", ``kind``, ``name``, ``acronym``,
``level``, ``country``, ``sector``, ``region``, ``subregion``, ``founded``,
``dissolved``, ``membership_recorded`` (False: who belongs to the body is not
recorded), ``checked`` (a source was checked here), ``sources`` (list of dicts).
Node attributes (instruments): ``entity`` = "instrument", ``kind``, ``name``,
``acronym``, ``level`` (from scope), ``scope``, ``binding``, ``adopted``,
``in_force``, ``adopted_by``, ``country``, ``policy_areas``, ``gcm_objectives``,
``ended``, ``suspended``, ``end_reason``, ``parties_complete`` (False: the
party list is known to be short of the depositary's), ``published_parties``,
``published_as_of``, ``published_shortfall`` (published parties the table lacks
on that date), ``checked``, ``sources``.
Edge attributes: ``type``, ``group`` (membership, commitment, coordination,
containment, contestation, exit, instrument), ``since``, ``until``,
``binding``, ``direction``, ``role``, ``note``, ``checked``, ``sources``; and,
on the few commitments that have them, ``reservations`` and ``reservation_note``.
The edge key is the relation's stable key. Dates are ISO text.
State nodes also carry ``coverage_<list>`` (True/False) for each reviewed curated
list; in the temporal graph their profile series (``<indicator>_years``,
``<indicator>_values``), and in an as-of graph instead the latest figure of each
indicator (``<indicator>``, ``<indicator>_year``).
Graph attributes: ``as_of`` (None for the full temporal graph), ``corridors``
(list of dicts), ``profiles`` ({state: {indicator: [{year, value, note,
sources}]}}, oldest first) and ``coverage`` ({state: {list: {complete,
reviewed, note, sources}}}).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import networkx as nx

from .dates import check_date, is_active
from .figures import SERIES_KEYS, profile_attributes, series_attributes
from .gcpause import without_gc
from .vocab import RELATION_GROUP

if TYPE_CHECKING:  # the model is imported only when a graph is built, not when a cached one is used
    from .models import Actor, Instrument, Relation
    from .world import World

__all__ = ["as_of", "build_graph", "size_on", "source_dicts"]


def source_dicts(sources: list[Any]) -> list[dict[str, Any]]:
    """Sources as plain dicts (for graph attributes and exports)."""
    return [s.model_dump(exclude_none=True) for s in sources if not isinstance(s, str)]


def is_checked(sources: list[Any]) -> bool:
    """A fact is checked when at least one of its sources was read here."""
    return any(not isinstance(s, str) and s.checked for s in sources)


def _actor_attrs(a: Actor, dumps: Any = source_dicts) -> dict[str, Any]:
    return {
        "entity": "actor",
        "kind": a.kind,
        "name": a.name,
        "acronym": a.acronym,
        "aliases": list(a.aliases),
        "iso2": a.iso2,
        "level": a.level,
        "country": a.country,
        "sector": a.sector,
        "region": a.region,
        "subregion": a.subregion,
        "borders": list(a.borders),
        "founded": a.founded,
        "dissolved": a.dissolved,
        "membership_recorded": a.membership_recorded,
        "open_to": a.open_to,
        "theme_instruments": list(a.theme_instruments),
        "url": a.url,
        "note": a.note,
        "checked": is_checked(a.sources),
        "sources": dumps(a.sources),
    }


def _instrument_attrs(i: Instrument, level: str, dumps: Any = source_dicts) -> dict[str, Any]:
    return {
        "entity": "instrument",
        "kind": i.kind,
        "name": i.name,
        "acronym": i.acronym,
        "aliases": list(i.aliases),
        "level": level,
        "scope": i.scope,
        "binding": i.binding,
        "adopted": i.adopted,
        "in_force": i.in_force,
        "adopted_by": i.adopted_by,
        "country": i.country,
        "policy_areas": list(i.policy_areas),
        "gcm_objectives": list(i.gcm_objectives),
        "ended": i.ended,
        "suspended": i.suspended,
        "end_reason": i.end_reason,
        "parties_complete": i.parties_complete,
        "published_parties": i.published_parties,
        "published_as_of": i.published_as_of,
        "url": i.url,
        "note": i.note,
        "checked": is_checked(i.sources),
        "sources": dumps(i.sources),
    }


class _SourceDumps:
    """Each source object as a plain dict, made once: a named source cited by 10^6 relations is one dict.

    The lists are per entity; the dicts inside them are shared between the
    entities that cite the same source (read them, do not change them).
    """

    def __init__(self) -> None:
        self._dumps: dict[int, tuple[Any, dict[str, Any]]] = {}

    def __call__(self, sources: list[Any]) -> list[dict[str, Any]]:
        out = []
        for s in sources:
            if isinstance(s, str):
                continue
            hit = self._dumps.get(id(s))
            if hit is None or hit[0] is not s:
                hit = self._dumps[id(s)] = (s, s.model_dump(exclude_none=True))
            out.append(hit[1])
        return out


def _add_edges(G: nx.MultiDiGraph, edges: Iterable[tuple[str, str, str, dict[str, Any]]], copy: bool) -> None:
    """Add keyed edges between existing nodes, as ``add_edges_from`` does, without its per-edge overhead.

    An edge whose key is already there has its attributes updated, as in
    networkx. With ``copy`` False the attribute dicts are taken as they are
    (they must be fresh).
    """
    succ, pred = G._succ, G._pred  # the adjacency dicts networkx itself fills
    for u, v, key, data in edges:
        keydict = succ[u].get(v)
        if keydict is None:
            keydict = succ[u][v] = pred[v][u] = {}
        existing = keydict.get(key)
        if existing is not None:
            existing.update(data)
        else:
            keydict[key] = dict(data) if copy else data
    clear = getattr(nx, "_clear_cache", None)
    if clear is not None:
        clear(G)


def _edge_attrs(r: Relation, dumps: Any = source_dicts) -> dict[str, Any]:
    attrs = {
        "type": r.type,
        "group": RELATION_GROUP[r.type],
        "since": r.since,
        "until": r.until,
        "binding": r.binding,
        "direction": r.direction,
        "role": r.role,
        "note": r.note,
        "checked": is_checked(r.sources),
        "sources": dumps(r.sources),
    }
    if r.reservations or r.reservation_note:  # rare: kept off the other edges (memory at 10^6 relations)
        attrs["reservations"] = list(r.reservations)
        attrs["reservation_note"] = r.reservation_note
    return attrs


def _derived_relations(world: World) -> list[Relation]:
    """Edges implied by instrument fields: adopted_by, amends, supplements, implements."""
    from .models import Relation

    derived: list[Relation] = []
    for inst in world.instruments.values():
        links: list[tuple[str, str, str]] = []
        if inst.adopted_by:
            links.append((inst.adopted_by, "adopted", inst.id))
        links += [(inst.id, "amends", t) for t in inst.amends]
        links += [(inst.id, "supplements", t) for t in inst.supplements]
        links += [(inst.id, "implements", t) for t in inst.implements]
        for source, rtype, target in links:
            rel = Relation.model_construct(
                source=source,
                target=target,
                type=rtype,
                since=inst.adopted if rtype == "adopted" else None,
                until=None,
                binding=False,
                direction="horizontal" if world.level_of(source) == world.level_of(target) else "vertical",
                role=None,
                note=None,
                sources=list(inst.sources),
            )
            derived.append(rel)
    return derived


@without_gc
def build_graph(world: World, *, consume: bool = False) -> nx.MultiDiGraph:
    """The full temporal graph of a world: every actor, instrument and relation, with dates.

    With ``consume``, the world's relations and their origins are let go as
    their edges are made (the world is left without them): a caller that loaded
    the world only to build the graph keeps the peak memory near one copy of the
    relations instead of two (a million relations: about a gigabyte).
    """
    G = nx.MultiDiGraph(
        as_of=None,
        corridors=[
            {
                "origin": c.origin,
                "destination": c.destination,
                "stock": c.stock,
                "year": c.year,
                "sources": source_dicts(c.sources),
            }
            for c in world.corridors
        ],
        profiles=_profiles(world),
        coverage=_coverage(world),
    )
    dumps = _SourceDumps()
    G.add_nodes_from((a.id, _actor_attrs(a, dumps)) for a in world.actors.values())
    for state, series in G.graph["profiles"].items():  # the series on the state, where the Cypher twins read them
        if state in G:
            G.nodes[state].update(series_attributes(series))
    for state, lists in G.graph["coverage"].items():  # "complete or not" on the state, where rules and Cypher read it
        G.nodes[state].update({f"coverage_{name}": c["complete"] for name, c in lists.items()})
    G.add_nodes_from((i.id, _instrument_attrs(i, world.level_of(i.id), dumps)) for i in world.instruments.values())
    from .coverage import party_counts  # here: a cached graph is used without importing the model

    for row in party_counts(world):  # how many published parties the table lacks, for the confidence of a gap
        G.nodes[row["instrument"]]["published_shortfall"] = max(0, -row["difference"])
    existing: set[str] = set()
    _add_edges(G, _relation_edges(world, dumps, existing, consume), copy=False)
    _add_edges(
        G,
        (
            (r.source, r.target, r.key, _edge_attrs(r, dumps))
            for r in _derived_relations(world)
            if r.key not in existing
        ),
        copy=False,
    )
    return G


def _relation_edges(
    world: World, dumps: _SourceDumps, keys: set[str], consume: bool
) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """The edges of the world's relations, their keys added to ``keys``; with ``consume``, each relation
    (and the origins of all) let go once its edge is made."""
    relations = world.relations
    if consume:
        world.relations = []
        world.origins = {k: v for k, v in world.origins.items() if not k.startswith("rel:")}
    for index in range(len(relations)):
        r = relations[index]
        if consume:
            relations[index] = None  # type: ignore[call-overload]
        key = r.key
        keys.add(key)
        yield r.source, r.target, key, _edge_attrs(r, dumps)


def _profiles(world: World) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Each state's figures by indicator, oldest year first: {state: {indicator: [{year, value, sources}]}}."""
    out: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for f in sorted(world.profiles, key=lambda f: (f.state, f.indicator, f.year)):
        row = {"year": f.year, "value": f.value, "note": f.note, "sources": source_dicts(f.sources)}
        out.setdefault(f.state, {}).setdefault(f.indicator, []).append(row)
    return out


def _coverage(world: World) -> dict[str, dict[str, dict[str, Any]]]:
    """Each state's reviewed lists: {state: {list: {complete, reviewed, note, sources}}} (the newest review wins)."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for c in sorted(world.coverage, key=lambda c: c.reviewed):
        out.setdefault(c.state, {})[c.list] = {
            "complete": c.complete,
            "reviewed": c.reviewed,
            "note": c.note,
            "sources": source_dicts(c.sources),
        }
    return out


def _node_present(data: dict[str, Any], date: str) -> bool:
    if data["entity"] == "actor":
        return is_active(data["founded"], data["dissolved"], date)
    return is_active(data["adopted"], data.get("ended"), date)


def size_on(world: World, date: str | dt.date) -> tuple[int, int]:
    """The node and edge counts of ``as_of(build_graph(world), date)``, without building either graph.

    `validate` reports them; at 10^6 relations the graph beside the world would
    cost as much memory again. A test holds the two to the same numbers.
    """
    date = check_date(date, "as_of")
    present = {a.id for a in world.actors.values() if is_active(a.founded, a.dissolved, date)}
    present.update(i.id for i in world.instruments.values() if is_active(i.adopted, i.ended, date))
    existing = {r.key for r in world.relations}
    derived = [r for r in _derived_relations(world) if r.key not in existing]
    del existing
    edges = sum(
        1
        for relations in (world.relations, derived)
        for r in relations
        if r.source in present and r.target in present and is_active(r.since, r.until, date)
    )
    return len(present), edges


def expired_bilateral(G: nx.MultiDiGraph, date: str) -> list[dict[str, Any]]:
    """Bilateral instruments that tied two actors and had ended for both by ``date`` (expired, denounced).

    Out of the graph on that date, they are still the nearest channel a gap can
    name ("their 2007 MoU expired on 2017-04-09"). One record per instrument:
    ``instrument``, ``name``, ``parties`` (sorted), ``until`` (the later end).
    """
    out = []
    for i, d in G._node.items():
        if d["entity"] != "instrument" or d.get("scope") != "bilateral":
            continue
        ended = {
            u: e["until"]
            for u, keydict in G._pred[i].items()
            for e in keydict.values()
            if e["type"] == "party_to" and e["until"] is not None and e["until"] <= date
        }
        if len(ended) == 2:
            out.append({"instrument": i, "name": d["name"], "parties": sorted(ended), "until": max(ended.values())})
    return out


def _copy_active_edges(G: nx.MultiDiGraph, H: nx.MultiDiGraph, date: str) -> None:
    """Put into ``H`` the edges of ``G`` in force on ``date`` between nodes of ``H``, in G's order.

    A plain walk of the adjacency dicts with the test of ``is_active`` inlined: at
    10^6 edges a function call per edge, or networkx's add_edges_from, costs seconds.
    """
    succ, pred, present = H._succ, H._pred, H._node
    for u, nbrs in G._succ.items():
        if u not in present:
            continue
        out = succ[u]
        for v, keydict in nbrs.items():
            if v not in present:
                continue
            kept = {
                k: d
                for k, d in keydict.items()
                if (d["since"] is None or d["since"] <= date) and (d["until"] is None or d["until"] > date)
            }
            if kept:
                out[v] = pred[v][u] = kept
    clear = getattr(nx, "_clear_cache", None)
    if clear is not None:
        clear(H)


@without_gc
def as_of(G: nx.MultiDiGraph, date: str | dt.date) -> nx.MultiDiGraph:
    """The graph as it stood on ``date`` (ISO text or ``datetime.date``; a bad date is a UsageError).

    Relations that start after the date or end on or before it are out; actors
    not yet founded or already dissolved, and instruments not yet adopted, are
    out with their edges. Edge attribute dicts are shared with ``G`` (a copy
    would double the memory of a large graph): copy an edge's dict before
    changing it.
    """
    date = check_date(date, "as_of")
    H = nx.MultiDiGraph(
        as_of=date,
        corridors=G.graph.get("corridors", []),
        profiles=G.graph.get("profiles", {}),
        coverage=G.graph.get("coverage", {}),
    )
    H.add_nodes_from((n, d) for n, d in G.nodes(data=True) if _node_present(d, date))
    present = H._node
    for state, series in H.graph["profiles"].items():  # each state's latest figures, flat, for exports
        if state in present:
            attrs = present[state]
            for key in SERIES_KEYS.intersection(attrs):
                del attrs[key]  # the series stay in the temporal graph; a graph on a date carries the latest figure
            attrs.update(profile_attributes(series, date))
    _copy_active_edges(G, H, date)
    H.graph["expired_bilateral"] = expired_bilateral(G, date)
    return H
