"""A synthetic world in govgraph's own data format, for benchmarks and tests.

The world has the structure of the curated one at any size: regions and
subregions of states with land borders, RECs and RCPs with overlapping
memberships (joins and withdrawals, dated), global conventions with
heavy-tailed ratification counts and their protocols, a non-binding compact,
free-movement protocols of RECs, bilateral agreements along migration
corridors, national agencies, cities inside states with local policies and
city networks, civil-society organisations in cities and networks, votes
against and abstentions on the compact, per-state coverage of the curated
lists and state profiles (population, migrant stocks, refugees hosted).
Every gap rule finds something in it. Every fact cites a named source that
says it is synthetic. The same parameters and seed give identical files.

Example
-------
>>> from govgraph.synth import SynthParams, synth_world       # doctest: +SKIP
>>> data = synth_world(SynthParams(states=30, cities=100, csos=200, instruments=60, seed=1))  # doctest: +SKIP
"""

from __future__ import annotations

import json
import math
import os
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from .errors import UsageError
from .vocab import COVERAGE_LISTS

__all__ = ["FORMATS", "SynthParams", "file_names", "params_for_relations", "synth_world", "write_synth_world"]

FORMATS = ("yaml", "jsonl")
SECTIONS = ("sources", "actors", "instruments", "relations", "corridors", "profiles", "coverage")
#: The date of the synthetic status; every date of the world is on or before it.
AS_OF = "2024-06-01"
_CORE_AREAS = ("migrant_rights", "labour_migration", "refugees", "statelessness", "trafficking", "smuggling")
_OTHER_AREAS = (
    "asylum",
    "border_management",
    "return_reintegration",
    "diaspora",
    "remittances",
    "integration",
    "health",
    "children",
    "gender",
    "climate_disaster",
    "data",
    "decent_work",
    "regular_pathways",
)
_SECTORS = (
    ("ngo", 30),
    ("migrant_association", 15),
    ("diaspora", 10),
    ("trade_union", 8),
    ("employer", 8),
    ("private_sector", 10),
    ("academia", 8),
    ("foundation", 5),
    ("faith_based", 6),
)
T = TypeVar("T")
_SYLLABLES = (
    "ka",
    "lo",
    "mi",
    "ra",
    "te",
    "su",
    "na",
    "vo",
    "di",
    "be",
    "go",
    "pa",
    "ri",
    "sa",
    "tu",
    "ze",
    "an",
    "el",
    "or",
    "ul",
    "ba",
    "ne",
    "qui",
    "ro",
    "la",
    "mo",
    "fi",
    "da",
    "he",
    "jo",
)


@dataclass(frozen=True)
class SynthParams:
    """How big a synthetic world is, and the seed that makes it reproducible."""

    states: int = 40
    cities: int = 200
    csos: int = 400
    instruments: int = 80
    seed: int = 0

    def check(self) -> None:
        """Raise UsageError for sizes the generator cannot honour."""
        if self.states < 6:
            raise UsageError(f"--states: at least 6 states are needed (regions, neighbours, RECs), got {self.states}")
        if self.states > 9999:
            raise UsageError(f"--states: at most 9999, got {self.states}")
        for name in ("cities", "csos", "instruments"):
            if getattr(self, name) < 0:
                raise UsageError(f"--{name}: must be 0 or more, got {getattr(self, name)}")


def params_for_relations(relations: int, seed: int = 0) -> SynthParams:
    """Parameters that give a world of about ``relations`` relations.

    States grow slowly and stop at 250 (there are about 200 on Earth); the
    bulk of a large world is cities, civil society and instruments, as when
    users add every municipality and every CSO of a country.
    """
    relations = max(relations, 500)
    states = int(min(250, max(12, math.sqrt(relations) / 4)))
    return SynthParams(
        states=states,
        cities=int(relations * 0.058),
        csos=int(relations * 0.15),
        instruments=int(relations * 0.023),
        seed=seed,
    )


class _Builder:
    """Accumulates entities and relations, refusing duplicate relation keys."""

    def __init__(self, params: SynthParams):
        self.p = params
        self.rng = random.Random(params.seed)  # noqa: S311 - reproducible test data, not secrets
        self.actors: list[dict[str, Any]] = []
        self.instruments: list[dict[str, Any]] = []
        self.relations: list[dict[str, Any]] = []
        self.corridors: list[dict[str, Any]] = []
        self._keys: set[tuple[str, str, str, str, str]] = set()
        self._names: set[str] = set()

    # -- helpers ---------------------------------------------------------------
    def date(self, lo: int, hi: int) -> str:
        """A full date in the years ``lo``..``hi`` (days 1-28, so every month has them)."""
        x = int(self.rng.random() * (hi - lo + 1) * 336)
        year, rest = divmod(x, 336)
        month, day = divmod(rest, 28)
        return f"{lo + year:04d}-{month + 1:02d}-{day + 1:02d}"

    def pick(self, items: Sequence[T]) -> T:
        """One item of a non-empty list."""
        return items[int(self.rng.random() * len(items))]

    def later(self, since: str, hi: int = 2023) -> str:
        """A date strictly after ``since`` and before the synthetic status date."""
        lo = int(since[:4]) + 1
        return self.date(lo, max(lo, hi))

    def word(self, parts: int, unique: bool = True) -> str:
        """A made-up name; ``unique`` names are never repeated (others carry their own number)."""
        r = self.rng
        if not unique:
            return "".join(r.choice(_SYLLABLES) for _ in range(parts)).capitalize()
        for _ in range(20):
            name = "".join(r.choice(_SYLLABLES) for _ in range(parts)).capitalize()
            if name not in self._names:
                self._names.add(name)
                return name
        name = f"{name} {len(self._names)}"
        self._names.add(name)
        return name

    def actor(self, **fields: Any) -> str:
        fields.setdefault("sources", ["synth"])
        self.actors.append({k: v for k, v in fields.items() if v is not None})
        return str(fields["id"])

    def instrument(self, **fields: Any) -> str:
        fields.setdefault("sources", ["synth-instruments"])
        self.instruments.append({k: v for k, v in fields.items() if v is not None})
        return str(fields["id"])

    def rel(
        self,
        source: str,
        rtype: str,
        target: str,
        since: str | None = None,
        until: str | None = None,
        role: str | None = None,
        source_key: str = "synth",
    ) -> bool:
        key = (source, rtype, target, since or "", role or "")
        if source == target or key in self._keys:
            return False
        self._keys.add(key)
        item: dict[str, Any] = {"source": source, "target": target, "type": rtype}
        if since is not None:
            item["since"] = since
        if until is not None:
            item["until"] = until
        if role is not None:
            item["role"] = role
        item["sources"] = [source_key]
        self.relations.append(item)
        return True

    def weighted(self, weights: list[float]) -> list[float]:
        """Cumulative weights for ``rng.choices``."""
        total = 0.0
        out = []
        for w in weights:
            total += w
            out.append(total)
        return out


@dataclass
class _Scaffold:
    """What the later sections of a world build on: the states, their places and the bodies made so far.

    Each section adds what later ones read (``activity`` for ratifications,
    ``recs`` for free-movement protocols, ``agencies`` for cities and CSOs, ...).
    """

    states: list[str]
    #: the region index of each subregion, the subregion index of each state
    sub_region: list[int]
    state_sub: list[int]
    region_names: list[str]
    sub_names: list[str]
    #: how much each state ratifies and joins (heavy-tailed, 0.15..1)
    activity: list[float] = field(default_factory=list)
    #: each REC or forum with its current members
    recs: list[tuple[str, list[str]]] = field(default_factory=list)
    forums: list[tuple[str, list[str]]] = field(default_factory=list)
    corridor_pairs: list[tuple[int, int]] = field(default_factory=list)
    #: each state's national agencies, the lead agency first
    agencies: dict[str, list[str]] = field(default_factory=dict)
    national_policies: dict[str, list[str]] = field(default_factory=dict)
    #: cumulative weights of state size, which draws where cities and CSOs are
    size: list[float] = field(default_factory=list)
    city_state: list[int] = field(default_factory=list)
    cities_of: dict[str, list[str]] = field(default_factory=dict)
    n_local: int = 0

    def region_of(self, i: int) -> int:
        """The region index of the ``i``-th state."""
        return self.sub_region[self.state_sub[i]]


def synth_world(params: SynthParams) -> dict[str, Any]:
    """A synthetic world as data: ``{"sources": {...}, "actors": [...], ...}`` in the documented format.

    The sections run in a fixed order on one random generator, so the order of
    the calls below is part of the output: reorder them and every seed changes.
    """
    params.check()
    b = _Builder(params)
    sources = _synthetic_sources(params.seed)
    _add_global_architecture(b)
    w = _add_states(b)
    _add_global_ties(b, w)
    _add_subregional_recs(b, w)
    _add_regional_unions(b, w)
    _add_rcps(b, w)
    _add_interregional_forums(b, w)
    _add_compact(b, w)
    _add_conventions(b, w)
    _add_free_movement_protocols(b, w)
    _add_forum_declarations(b, w)
    _add_corridors(b, w)
    _add_national_agencies(b, w)
    n_bilateral, n_national, w.n_local = _remaining_instrument_counts(params, w)
    _add_bilateral_agreements(b, w, n_bilateral)
    _add_national_policies(b, w, n_national)
    _add_cities(b, w)
    _add_local_policies(b, w)
    _add_civil_society(b, w)
    # later additions draw after everything above, so that what came before stays identical
    _add_missing_votes(b, w)
    coverage = _coverage(b, w)
    profiles = _profiles(b, w)
    return {
        "sources": sources,
        "actors": b.actors,
        "instruments": b.instruments,
        "relations": b.relations,
        "corridors": b.corridors,
        "profiles": profiles,
        "coverage": coverage,
    }


def _synthetic_sources(seed: int) -> dict[str, dict[str, Any]]:
    """The named sources every synthetic fact cites; each says it is synthetic."""
    return {
        key: {
            "title": f"govgraph synthetic world (seed {seed}): {what}",
            "publication": "govgraph synth",
            "as_of": AS_OF,
            "checked": True,
            "note": "Synthetic data generated by `govgraph synth`; no fact in it describes the real world.",
        }
        for key, what in (
            ("synth", "actors and ties"),
            ("synth-instruments", "instruments and commitments"),
            ("synth-corridors", "migrant stock"),
            ("synth-votes", "votes on the compact"),
            ("synth-coverage", "coverage of curated lists"),
            ("synth-profiles", "state migration profiles"),
        )
    }


# -- global architecture ------------------------------------------------------------------
def _add_global_architecture(b: _Builder) -> None:
    """The global bodies every world has: an assembly that adopts instruments, a migration agency, forums, a bank."""
    b.actor(id="unga", kind="un_agency", name="Synthetic General Assembly", acronym="SGA", founded="1945-10-24")
    b.actor(
        id="iom", kind="un_agency", name="Synthetic Organization for Migration", acronym="SOM", founded="1951-12-05"
    )
    b.actor(
        id="gfmd",
        kind="global_process",
        name="Synthetic Forum on Migration and Development",
        acronym="SFMD",
        founded="2007-07-10",
    )
    b.actor(
        id="un-network-on-migration", kind="global_process", name="Synthetic Network on Migration", founded="2018-12-19"
    )
    b.actor(
        id="synth-bank",
        kind="igo",
        name="Synthetic Development Bank",
        founded="1946-06-25",
        membership_recorded=False,
    )


# -- states ---------------------------------------------------------------------------------
def _add_states(b: _Builder) -> _Scaffold:
    """States in subregions and regions, with land borders between neighbours on a grid; and their activity."""
    r = b.rng
    n_states = b.p.states
    n_sub = max(3, round(n_states / 10))
    n_reg = max(2, round(n_sub / 4))
    region_names = [f"{b.word(2)} Region" for _ in range(n_reg)]
    sub_region = [k * n_reg // n_sub for k in range(n_sub)]
    sub_names = [f"{region_names[sub_region[k]].removesuffix(' Region')} {b.word(2)}" for k in range(n_sub)]
    width = math.ceil(math.sqrt(n_states))
    states = [f"S{i:04d}" for i in range(n_states)]
    state_sub = [i * n_sub // n_states for i in range(n_states)]
    borders: list[list[str]] = [[] for _ in range(n_states)]
    for i in range(n_states):
        for j in (i + 1 if (i + 1) % width else -1, i + width):
            if 0 <= j < n_states and r.random() < 0.8:
                borders[i].append(states[j])
                borders[j].append(states[i])
    for i, sid in enumerate(states):
        b.actor(
            id=sid,
            kind="state",
            name=f"Republic of {b.word(3)}",
            iso2=None,
            region=region_names[sub_region[state_sub[i]]],
            subregion=sub_names[state_sub[i]],
            borders=sorted(borders[i]),
            founded=b.date(1800, 1990) if r.random() < 0.5 else None,
        )
    # heavy-tailed activity: a few states ratify and join much more than most
    activity = [min(1.0, 0.15 + 0.85 * r.paretovariate(1.5) / 6) for _ in states]
    return _Scaffold(states, sub_region, state_sub, region_names, sub_names, activity)


def _add_global_ties(b: _Builder, w: _Scaffold) -> None:
    """States' membership of the migration agency and participation in the global forums, more for active states."""
    r = b.rng

    def active(i: int, base: float) -> bool:
        return r.random() < min(0.97, base * (0.6 + w.activity[i]))

    for i, sid in enumerate(w.states):
        if active(i, 0.85):
            b.rel(sid, "member_of", "iom", b.date(1951, 2016))
        if active(i, 0.6):
            b.rel(sid, "participates_in", "gfmd", b.date(2007, 2020))
        if active(i, 0.5):
            b.rel(sid, "participates_in", "un-network-on-migration", b.date(2019, 2023))
        if r.random() < 0.3:
            b.rel(sid, "partners_with", "synth-bank", b.date(1960, 2020))
    b.rel("iom", "partners_with", "un-network-on-migration", "2018-12-19", role="coordinator")


# -- RECs -------------------------------------------------------------------------------------
def _join(b: _Builder, sid: str, body: str, lo: int, members: list[str], withdraw: float = 0.03) -> None:
    """``sid`` joins ``body``; with chance ``withdraw`` it leaves again (and may come back).

    ``members`` gains ``sid`` if it is a member at the end.
    """
    r = b.rng
    since = b.date(lo, 2015)
    if r.random() < withdraw:
        until = b.later(since)
        b.rel(sid, "member_of", body, since, until)
        b.rel(sid, "withdrew_from", body, until)
        if r.random() < 0.3:  # and came back later
            b.rel(sid, "member_of", body, b.later(until, 2024))
            members.append(sid)
    else:
        b.rel(sid, "member_of", body, since)
        members.append(sid)


def _add_subregional_recs(b: _Builder, w: _Scaffold) -> None:
    """One REC per subregion, with most of its states and a few of the next subregion's (overlapping memberships)."""
    r = b.rng
    n_sub = len(w.sub_names)
    for k in range(n_sub):
        rid = b.actor(
            id=f"rec-{k:03d}",
            kind="rec",
            name=f"Economic Community of {w.sub_names[k]}",
            acronym=f"EC{k}",
            region=w.sub_names[k],
            founded=b.date(1960, 1995),
        )
        members: list[str] = []
        for i, sid in enumerate(w.states):
            if w.state_sub[i] == k and r.random() < 0.82:
                _join(b, sid, rid, 1970, members)
            elif w.state_sub[i] == (k + 1) % n_sub and r.random() < 0.15:
                _join(b, sid, rid, 1990, members)
        w.recs.append((rid, members))
        if members:
            b.rel(b.pick(members), "chairs", rid, b.date(2020, 2023), role="chair")


def _add_regional_unions(b: _Builder, w: _Scaffold) -> None:
    """One union (also a REC) per region, joined by most of the region's states."""
    r = b.rng
    for g, region in enumerate(w.region_names):
        rid = b.actor(
            id=f"union-{g:02d}",
            kind="rec",
            name=f"Union of {region}",
            acronym=f"U{g}",
            region=region,
            founded=b.date(1960, 2000),
        )
        members: list[str] = []
        for i, sid in enumerate(w.states):
            if w.region_of(i) == g and r.random() < 0.9:
                _join(b, sid, rid, 1965, members, withdraw=0.02)
        w.recs.append((rid, members))


# -- RCPs and inter-regional forums -------------------------------------------------------------
def _add_rcps(b: _Builder, w: _Scaffold) -> None:
    """Two non-binding consultative processes per region, with observers from elsewhere and often IOM as secretariat."""
    r = b.rng
    for g, region in enumerate(w.region_names):
        for j in range(2):
            fid = b.actor(
                id=f"rcp-{g:02d}-{j}",
                kind="rcp",
                name=f"{b.word(2)} Process on Migration",
                region=region,
                founded=b.date(1990, 2012),
            )
            members: list[str] = []
            for i, sid in enumerate(w.states):
                if w.region_of(i) == g and r.random() < 0.55:
                    _join(b, sid, fid, 1995, members, withdraw=0.02)
                elif w.region_of(i) != g and r.random() < 0.04:
                    b.rel(sid, "observer_of", fid, b.date(2000, 2020))
            if r.random() < 0.7:
                b.rel("iom", "secretariat_of", fid, b.date(2000, 2015))
            w.forums.append((fid, members))


def _add_interregional_forums(b: _Builder, w: _Scaffold) -> None:
    """Dialogues between pairs of regions, joined by about a third of their states."""
    r = b.rng
    n_reg = len(w.region_names)
    for g in range(max(1, n_reg // 2)):
        fid = b.actor(id=f"irf-{g:02d}", kind="irf", name=f"{b.word(2)} Dialogue", founded=b.date(2000, 2015))
        pair = (2 * g % n_reg, (2 * g + 1) % n_reg)
        members: list[str] = []
        for i, sid in enumerate(w.states):
            if w.region_of(i) in pair and r.random() < 0.35:
                _join(b, sid, fid, 2003, members, withdraw=0.0)
        w.forums.append((fid, members))


# -- instruments --------------------------------------------------------------------------------
def _global_count(params: SynthParams) -> int:
    """How many global conventions and protocols a world has."""
    return max(6, max(params.instruments, 0) // 25)


def _add_compact(b: _Builder, w: _Scaffold) -> None:
    """A non-binding global compact: most states endorse it, a few vote against or abstain."""
    r = b.rng
    compact = b.instrument(
        id="synth-compact",
        name="Synthetic Global Compact on Migration",
        kind="compact",
        binding=False,
        scope="global",
        adopted="2018-12-19",
        adopted_by="unga",
        policy_areas=[*_CORE_AREAS, "regular_pathways", "data"],
        gcm_objectives=list(range(1, 24)),
    )
    for sid in w.states:
        x = r.random()
        if x < 0.8:
            b.rel(sid, "endorses", compact, "2018-12-19", source_key="synth-instruments")
        elif x < 0.84:
            b.rel(sid, "voted_against", compact, "2018-12-19", source_key="synth-instruments")
        elif x < 0.9:
            b.rel(sid, "abstained", compact, "2018-12-19", source_key="synth-instruments")


def _add_conventions(b: _Builder, w: _Scaffold) -> None:
    """Global conventions with heavy-tailed party counts, and protocols that supplement them.

    The first twelve cover the core areas in turn, so every core area has a convention.
    """
    r = b.rng
    conventions: list[str] = []
    for c in range(_global_count(b.p)):
        is_protocol = c >= 3 and r.random() < 0.3
        adopted = b.date(1950, 2015)
        areas = [_CORE_AREAS[c % len(_CORE_AREAS)]] if c < 12 else r.sample(_CORE_AREAS + _OTHER_AREAS, 2)
        parent = b.pick(conventions) if is_protocol else None
        cid = b.instrument(
            id=f"conv-{c:04d}",
            name=f"{'Protocol' if is_protocol else 'Convention'} on {b.word(3)} ({c})",
            kind="protocol" if is_protocol else "convention",
            scope="global",
            adopted=adopted,
            in_force=b.later(adopted, 2020) if r.random() < 0.8 else None,
            adopted_by="unga",
            policy_areas=sorted(set(areas)),
            supplements=[parent] if parent else None,
        )
        if not is_protocol:
            conventions.append(cid)
        # heavy tail: most conventions have few parties, a few have nearly every state
        share = min(0.95, 0.03 * r.paretovariate(1.2))
        for i, sid in enumerate(w.states):
            if r.random() < share * (0.5 + w.activity[i]):
                since = b.later(adopted, 2023)
                if r.random() < 0.1:
                    b.rel(sid, "signatory_of", cid, adopted, source_key="synth-instruments")
                else:
                    b.rel(sid, "party_to", cid, since, source_key="synth-instruments")


def _add_free_movement_protocols(b: _Builder, w: _Scaffold) -> None:
    """A free-movement protocol adopted by each REC, ratified or signed by some of its members."""
    r = b.rng
    for rid, members in w.recs:
        pid = b.instrument(
            id=f"{rid}-fmp",
            name=f"Free Movement Protocol of {rid.upper()}",
            kind="protocol",
            scope="regional",
            adopted=b.date(1979, 2018),
            adopted_by=rid,
            policy_areas=["free_movement", "labour_migration"],
        )
        ratio = r.uniform(0.3, 0.9)
        for sid in members:
            if r.random() < ratio:
                b.rel(sid, "party_to", pid, b.date(2019, 2023), source_key="synth-instruments")
            elif r.random() < 0.3:
                b.rel(sid, "signatory_of", pid, b.date(2019, 2023), source_key="synth-instruments")


def _add_forum_declarations(b: _Builder, w: _Scaffold) -> None:
    """A ministerial declaration of each RCP and inter-regional forum, endorsed by most members."""
    r = b.rng
    for fid, members in w.forums:
        did = b.instrument(
            id=f"{fid}-declaration",
            name=f"{fid.upper()} Ministerial Declaration",
            kind="declaration",
            scope="regional",
            adopted=b.date(2005, 2022),
            adopted_by=fid,
            policy_areas=r.sample(_OTHER_AREAS, 2),
        )
        for sid in members:
            if r.random() < 0.7:
                b.rel(sid, "endorses", did, source_key="synth-instruments")


# -- corridors ----------------------------------------------------------------------------------
def _add_corridors(b: _Builder, w: _Scaffold) -> None:
    """Up to four corridors from each state to heavy-tailed destinations, with 2019 stock (and often 2015)."""
    r = b.rng
    states = w.states
    n_states = len(states)
    pull = b.weighted([r.paretovariate(1.1) for _ in states])
    seen_pairs: set[tuple[int, int]] = set()
    for i in range(n_states):
        for j in r.choices(range(n_states), cum_weights=pull, k=4):
            if j == i or (i, j) in seen_pairs:
                continue
            seen_pairs.add((i, j))
            w.corridor_pairs.append((i, j))
            stock = int(min(12_000_000, 20_000 * r.lognormvariate(0.5, 1.3)))
            b.corridors.append(_corridor(states[i], states[j], stock, 2019))
            if r.random() < 0.5:
                b.corridors.append(_corridor(states[i], states[j], int(stock * 0.85), 2015))


def _corridor(origin: str, destination: str, stock: int, year: int) -> dict[str, Any]:
    """One corridor entry, citing the synthetic migrant-stock source."""
    return {"origin": origin, "destination": destination, "stock": stock, "year": year, "sources": ["synth-corridors"]}


# -- national agencies --------------------------------------------------------------------------
def _add_national_agencies(b: _Builder, w: _Scaffold) -> None:
    """Two to four agencies per state; some states coordinate them around the lead agency, some partner with IOM."""
    r = b.rng
    for sid in w.states:
        ids = []
        for j in range(r.randint(2, 4)):
            aid = b.actor(
                id=f"{sid}-agency-{j}",
                kind="national_agency",
                country=sid,
                name=f"{('Migration', 'Labour', 'Interior', 'Diaspora')[j]} Agency of {sid}",
            )
            b.rel(aid, "part_of", sid)
            ids.append(aid)
        if r.random() < 0.6:  # a whole-of-government mechanism: everyone coordinates with the lead agency
            for aid in ids[1:]:
                b.rel(aid, "coordinates_with", ids[0], b.date(2005, 2022))
        if r.random() < 0.4:
            b.rel(ids[0], "partners_with", "iom", b.date(2000, 2022))
        w.agencies[sid] = ids


# -- remaining instruments ----------------------------------------------------------------------
def _remaining_instrument_counts(params: SynthParams, w: _Scaffold) -> tuple[int, int, int]:
    """How many bilateral, national and local instruments fill the instrument budget (at least one per state)."""
    used = _global_count(params) + len(w.recs) + len(w.forums) + 1
    left = max(max(params.instruments, 0) - used, len(w.states))
    n_bilateral, n_national = int(left * 0.5), int(left * 0.2)
    return n_bilateral, n_national, max(left - n_bilateral - n_national, 0)


def _add_bilateral_agreements(b: _Builder, w: _Scaffold, count: int) -> None:
    """Bilateral agreements and memoranda, mostly along corridors; both states are parties from adoption."""
    r = b.rng
    states = w.states
    n_states = len(states)
    for k in range(count):
        if w.corridor_pairs and r.random() < 0.7:
            i, j = b.pick(w.corridor_pairs)
        else:
            i = r.randrange(n_states)
            j = r.randrange(n_states)
            if i == j:
                continue
        kind = r.choice(("agreement", "memorandum", "agreement"))
        adopted = b.date(1975, 2022)
        areas = r.sample(
            ("labour_migration", "return_reintegration", "consular", "regular_pathways", "border_management"), 2
        )
        bid = b.instrument(
            id=f"bilateral-{k:06d}",
            name=f"{kind.capitalize()} between {states[i]} and {states[j]} ({k})",
            kind=kind,
            binding=kind == "agreement",
            scope="bilateral",
            adopted=adopted,
            policy_areas=sorted(set(areas)),
        )
        for sid in (states[i], states[j]):
            b.rel(sid, "party_to", bid, adopted, source_key="synth-instruments")


def _add_national_policies(b: _Builder, w: _Scaffold, count: int) -> None:
    """National migration policies of random states, adopted by the state or its lead agency."""
    r = b.rng
    for k in range(count):
        sid = w.states[r.randrange(len(w.states))]
        pid = b.instrument(
            id=f"{sid}-policy-{k:06d}",
            name=f"National Migration Policy {k} of {sid}",
            kind="policy",
            scope="national",
            country=sid,
            adopted=b.date(1990, 2023),
            adopted_by=w.agencies[sid][0] if r.random() < 0.5 else sid,
            policy_areas=r.sample(_CORE_AREAS + _OTHER_AREAS, 2),
        )
        w.national_policies.setdefault(sid, []).append(pid)


# -- cities -------------------------------------------------------------------------------------
def _add_cities(b: _Builder, w: _Scaffold) -> None:
    """Cities placed in states by heavy-tailed size, with provinces, city networks and a mayors' declaration."""
    r = b.rng
    n_states, n_cities = len(w.states), b.p.cities
    w.size = b.weighted([r.paretovariate(1.2) for _ in w.states])
    w.city_state = [r.choices(range(n_states), cum_weights=w.size)[0] for _ in range(n_cities)]
    if n_cities:  # every state-sized structure needs a few cities somewhere: the first go to the first states
        for c in range(min(n_cities, n_states)):
            w.city_state[c] = c
    networks = [
        b.actor(
            id=f"city-network-{k:03d}",
            kind="city_network",
            name=f"{b.word(2)} Mayors Network",
            founded=b.date(1990, 2020),
        )
        for k in range(max(2, n_cities // 400))
    ]
    mayors = None
    if n_cities:
        mayors = b.instrument(
            id="synth-mayors-declaration",
            name="Synthetic Mayors Declaration on Migration",
            kind="declaration",
            scope="local",
            adopted="2018-12-08",
            adopted_by=networks[0],
            policy_areas=["integration", "migrant_rights"],
        )
    provinces: dict[str, list[str]] = {}
    for c in range(n_cities):
        _add_city(b, w, c, provinces, networks, mayors)


def _add_city(
    b: _Builder, w: _Scaffold, c: int, provinces: dict[str, list[str]], networks: list[str], mayors: str | None
) -> None:
    """The ``c``-th city: in a province of its state (created now and then), in networks, tied to its state."""
    r = b.rng
    sid = w.states[w.city_state[c]]
    cid = b.actor(
        id=f"city-{c:06d}",
        kind="city",
        name=f"{b.word(2, False)} City ({c})",
        country=sid,
        founded=b.date(1200, 1990) if r.random() < 0.3 else None,
    )
    w.cities_of.setdefault(sid, []).append(cid)
    mine = provinces.setdefault(sid, [])
    if len(mine) < 1 + len(w.cities_of[sid]) // 12 and r.random() < 0.3:
        prov = b.actor(
            id=f"{sid}-province-{len(mine):03d}",
            kind="subnational",
            country=sid,
            name=f"Province of {b.word(2, False)} ({sid})",
        )
        b.rel(prov, "part_of", sid)
        mine.append(prov)
    b.rel(cid, "located_in", b.pick(mine) if mine else sid)
    if r.random() < 0.3:
        b.rel(cid, "member_of", b.pick(networks), b.date(2000, 2023))
    if r.random() < 0.3:
        target = sid if r.random() < 0.5 else b.pick(w.agencies[sid])
        b.rel(cid, "coordinates_with", target, b.date(2005, 2023))
    if mayors is not None and r.random() < 0.1:
        b.rel(cid, "endorses", mayors, "2018-12-08", source_key="synth-instruments")
    if r.random() < 0.03 and w.national_policies.get(sid):
        b.rel(cid, "contests", w.national_policies[sid][0], b.date(2019, 2023))


def _add_local_policies(b: _Builder, w: _Scaffold) -> None:
    """Local welcome strategies adopted by random cities (none in a world without cities)."""
    r = b.rng
    n_cities = b.p.cities
    for k in range(w.n_local if n_cities else 0):
        c = r.randrange(n_cities)
        city = f"city-{c:06d}"
        b.instrument(
            id=f"local-policy-{k:06d}",
            name=f"Welcome Strategy {k} of {city}",
            kind="policy",
            scope="local",
            country=w.states[w.city_state[c]],
            adopted=b.date(2000, 2023),
            adopted_by=city,
            policy_areas=r.sample(("integration", "health", "children", "decent_work", "data"), 2),
        )


# -- civil society ------------------------------------------------------------------------------
def _add_civil_society(b: _Builder, w: _Scaffold) -> None:
    """CSO networks, then CSOs in the cities of heavy-tailed states, partnering mostly at home."""
    n_csos = b.p.csos
    n_networks = max(2, n_csos // 150) if n_csos else 0
    networks = []
    for k in range(n_networks):
        sector = _SECTORS[k % len(_SECTORS)][0]
        networks.append(
            b.actor(
                id=f"cso-network-{k:04d}",
                kind="cso",
                sector=sector,
                name=f"{b.word(2)} {sector.replace('_', ' ')} network",
                founded=b.date(1980, 2015),
            )
        )
    sector_cum = b.weighted([float(weight) for _, weight in _SECTORS])
    by_state: dict[str, list[str]] = {}
    for k in range(n_csos):
        _add_cso(b, w, k, sector_cum, networks, by_state)


def _add_cso(
    b: _Builder, w: _Scaffold, k: int, sector_cum: list[float], networks: list[str], by_state: dict[str, list[str]]
) -> None:
    """The ``k``-th CSO: in a city of its state, often in a network, with heavy-tailed partnerships at home.

    ``by_state`` holds the CSOs made so far per state, the peers a new one may partner with.
    """
    r = b.rng
    sector = r.choices(_SECTORS, cum_weights=sector_cum)[0][0]
    sid = w.states[r.choices(range(len(w.states)), cum_weights=w.size)[0]]
    oid = b.actor(
        id=f"cso-{k:07d}",
        kind="cso",
        sector=sector,
        country=sid,
        name=f"{b.word(2, False)} {sector.replace('_', ' ')} ({k})",
        founded=b.date(1950, 2023) if r.random() < 0.5 else None,
    )
    home = w.cities_of.get(sid)
    b.rel(oid, "located_in", b.pick(home) if home else sid)
    if r.random() < 0.6:
        b.rel(oid, "member_of", b.pick(networks), b.date(1995, 2023))
    peers = by_state.setdefault(sid, [])
    for _ in range(min(len(peers), int(r.paretovariate(1.3)) + 1)):
        b.rel(oid, "partners_with", b.pick(peers), b.date(2000, 2023))
    peers.append(oid)
    if r.random() < 0.04:
        target = sid if r.random() < 0.5 else b.pick(w.agencies[sid])
        b.rel(target, "funds" if r.random() < 0.3 else "partners_with", oid, b.date(2005, 2023))
    if r.random() < 0.03:
        b.rel(oid, "participates_in", "gfmd", b.date(2008, 2023))
    if r.random() < 0.05 and home:
        b.rel(oid, "coordinates_with", b.pick(home), b.date(2010, 2023))


# -- votes, coverage, profiles (drawn last) ------------------------------------------------------
def _add_missing_votes(b: _Builder, w: _Scaffold) -> None:
    """Make sure some state voted against the compact and some abstained, as the rejection rule reads.

    The compact's own draw gives about 4% votes against and 6% abstentions, so a
    small world may lack one of them; then a state that took no position on the
    compact casts that vote, on the day of the endorsements.
    """
    position = {rel["source"]: rel["type"] for rel in b.relations if rel["target"] == "synth-compact"}
    for vote in ("voted_against", "abstained"):
        silent = [sid for sid in w.states if sid not in position]
        if silent and vote not in position.values():
            sid = b.pick(silent)
            b.rel(sid, vote, "synth-compact", "2018-12-19", source_key="synth-votes")
            position[sid] = vote


def _coverage(b: _Builder, w: _Scaffold) -> list[dict[str, Any]]:
    """One review per state and curated list, complete for about 70% of them, reviewed on the status date.

    Rules that read a gap from a missing tie assess only complete lists, so the
    mix gives both gaps and "not assessed" notices.
    """
    r = b.rng
    return [
        {"state": sid, "list": name, "complete": r.random() < 0.7, "reviewed": AS_OF, "sources": ["synth-coverage"]}
        for sid in w.states
        for name in COVERAGE_LISTS
    ]


def _profiles(b: _Builder, w: _Scaffold) -> list[dict[str, Any]]:
    """Population, immigrant and emigrant stock and refugees hosted of every state in 2015 and 2020, heavy-tailed.

    Stocks are heavy-tailed shares of the population; 2020 figures grow (or
    shrink) from 2015 ones, so the figure a rule reads depends on the date.
    """
    r = b.rng
    figures: list[dict[str, Any]] = []
    for sid in w.states:
        population = min(1.5e9, 8e6 * r.lognormvariate(0.0, 1.4))
        base = {
            "population": population,
            "immigrant_stock": population * min(0.9, 0.03 * r.paretovariate(1.5)),
            "emigrant_stock": population * min(0.5, 0.02 * r.paretovariate(1.5)),
            "refugees_hosted": population * min(0.2, 0.0002 * r.paretovariate(0.8)),
        }
        for indicator, value in base.items():
            growth = r.lognormvariate(0.05, 0.25)
            for year, figure in ((2015, value), (2020, value * growth)):
                figures.append(
                    {
                        "state": sid,
                        "indicator": indicator,
                        "year": year,
                        "value": int(figure),
                        "sources": ["synth-profiles"],
                    }
                )
    return figures


def file_names(fmt: str) -> dict[str, str]:
    """The file written for each section in ``fmt`` (``yaml`` or ``jsonl``)."""
    if fmt == "jsonl":
        return {s: f"synth.{s}.jsonl" for s in SECTIONS}
    return {s: f"synth-{s}.yaml" for s in SECTIONS}


def _jsonl_lines(section: str, value: Any) -> Iterator[str]:
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    items: Iterable[Any] = ({"key": k, **v} for k, v in value.items()) if section == "sources" else value
    for item in items:
        yield encode(item) + "\n"


def _yaml_text(section: str, value: Any) -> str:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    header = f"# govgraph synthetic world ({section}); generated by `govgraph synth`: not real facts\n"
    if section == "sources":
        return header + yaml.dump({section: value}, Dumper=dumper, sort_keys=False, allow_unicode=True)
    # one item per line in flow style: compact, and every entity keeps its own line number
    lines = [header, f"{section}:\n"]
    for item in value:
        lines.append(
            "  - "
            + yaml.dump(
                item, Dumper=dumper, sort_keys=False, allow_unicode=True, default_flow_style=True, width=1 << 20
            ).strip()
            + "\n"
        )
    return "".join(lines)


def write_synth_world(data: dict[str, Any], out_dir: str | os.PathLike[str], fmt: str = "yaml") -> list[Path]:
    """Write a synthetic world into ``out_dir`` (created if needed), one file per section; returns the files.

    Each file is written atomically. A folder that holds other data files is
    refused, so that the written world loads on its own.
    """
    from .atomic import atomic_write
    from .datafiles import DATA_SUFFIXES

    if fmt not in FORMATS:
        raise UsageError(f"--format: unknown value {fmt!r} (choose from {', '.join(FORMATS)})")
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"-o: {str(folder)!r} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"-o: cannot create {str(folder)!r}: {exc.strerror or exc}") from None
    names = file_names(fmt)
    others = sorted(
        p.name
        for p in folder.iterdir()
        if p.name.endswith(DATA_SUFFIXES) and p.name not in names.values() and not p.name.startswith(".")
    )
    if others:
        raise UsageError(
            f"-o: {str(folder)!r} already holds other data files ({', '.join(others[:3])}"
            f"{', ...' if len(others) > 3 else ''}); choose an empty folder"
        )
    written = []
    for section in SECTIONS:
        path = folder / names[section]
        with atomic_write(path) as handle:
            if fmt == "jsonl":
                handle.writelines(_jsonl_lines(section, data[section]))
            else:
                handle.write(_yaml_text(section, data[section]))
        written.append(path)
    return written
