"""Indexes over an as-of graph that the gap rules share, built once per query.

The index answers the questions every rule asks: which forums an actor sits
in, with whom it coordinates directly, which instruments it is party to,
under the chosen ``via`` (direct, forum, any) and ``binding`` filters.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import networkx as nx

from ..errors import UsageError
from ..vocab import FORUM_KINDS, MEMBERSHIP_TYPES
from .record import Channel, Evidence, Gap

T = TypeVar("T")

__all__ = ["BINDING_CHOICES", "VIA_CHOICES", "GapContext", "evidence_from_edge"]

VIA_CHOICES = ("any", "direct", "forum")
BINDING_CHOICES = ("any", "binding", "non-binding")

#: Relation types through which an actor belongs to a forum.
FORUM_TIE_TYPES = MEMBERSHIP_TYPES
#: Relation types of direct coordination between two actors.
DIRECT_TYPES = frozenset({"coordinates_with", "partners_with", "funds"})
#: Commitments to an instrument that make two parties share it.
SHARED_INSTRUMENT_TYPES = frozenset({"party_to", "signatory_of", "endorses"})
#: Ties to an instrument the index keeps per actor: shared commitments, and votes against or abstentions.
_COMMITMENT_TIE_TYPES = SHARED_INSTRUMENT_TYPES | {"voted_against", "abstained", "did_not_vote"}


def evidence_from_edge(statement: str, u: str, v: str, d: dict[str, Any]) -> Evidence:
    """Evidence citing one edge of the graph, with its sources."""
    return Evidence(
        statement=statement,
        source=u,
        type=d["type"],
        target=v,
        since=d.get("since"),
        until=d.get("until"),
        sources=tuple(d.get("sources") or ()),
    )


class _IndexedList(list[str]):
    """A list of ids whose membership test is a set look-up (rules ask ``x in ctx.states`` in loops)."""

    def __init__(self) -> None:
        super().__init__()
        self._set: set[str] = set()

    def append(self, item: str) -> None:
        super().append(item)
        self._set.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._set


@dataclass
class GapContext:
    """Shared indexes over one as-of graph, for one (via, binding) choice."""

    G: nx.MultiDiGraph
    via: str = "any"
    binding: str = "any"
    notices: list[str] = field(default_factory=list)
    _unfiltered: GapContext | None = field(default=None, repr=False)
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)
    _corridors: dict[str, list[dict[str, Any]]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.via not in VIA_CHOICES:
            raise UsageError(f"--via: unknown value {self.via!r} (choose from {', '.join(VIA_CHOICES)})")
        if self.binding not in BINDING_CHOICES:
            raise UsageError(f"--binding: unknown value {self.binding!r} (choose from {', '.join(BINDING_CHOICES)})")
        G = self.G
        self.as_of: str | None = G.graph.get("as_of")
        self.nodes = G.nodes
        self._index_nodes(G)
        self._index_edges(G)

    def _index_nodes(self, G: nx.MultiDiGraph) -> None:
        """States, and actors by country and subregion, so per-state questions never scan every actor."""
        self.by_country: dict[str, list[str]] = defaultdict(list)
        self.states: list[str] = _IndexedList()
        self._agencies: dict[str, list[str]] = defaultdict(list)
        self._local: dict[str, list[str]] = defaultdict(list)
        self._by_subregion: dict[str, list[str]] = defaultdict(list)
        self._kinds: dict[str, str] = {}
        self._is_actor: dict[str, bool] = {}
        for n, d in G._node.items():
            self._kinds[n] = d["kind"]
            is_actor = self._is_actor[n] = d["entity"] == "actor"
            if not is_actor:
                continue
            if d["kind"] == "state":
                self.states.append(n)
                if d.get("subregion"):
                    self._by_subregion[d["subregion"]].append(n)
            country = d.get("country")
            if country:
                self.by_country[country].append(n)
                if d["kind"] == "national_agency":
                    self._agencies[country].append(n)
                if d["level"] == "local":
                    self._local[country].append(n)

    def _index_edges(self, G: nx.MultiDiGraph) -> None:
        """One walk over the adjacency: forum ties and members, direct ties, commitments, withdrawals."""
        Tie = tuple[str, str, dict[str, Any]]
        # forum -> {actor: edge data}; actor -> {forum: edge data} (all forum ties, unfiltered)
        self.forum_ties: dict[str, dict[str, Tie]] = defaultdict(dict)
        self.members: dict[str, dict[str, Tie]] = defaultdict(dict)
        self.direct: dict[str, dict[str, Tie]] = defaultdict(dict)
        self.commitments: dict[str, dict[str, list[Tie]]] = defaultdict(lambda: defaultdict(list))
        self.parties: dict[str, set[str]] = defaultdict(set)
        self.withdrawals: dict[str, dict[str, Tie]] = defaultdict(dict)
        self.adopted: dict[str, list[str]] = defaultdict(list)  # body -> instruments it adopted
        self._secretariats: dict[str, list[str]] = defaultdict(list)  # who serves (secretariat_of) which bodies
        self._chairs: dict[str, list[str]] = defaultdict(list)
        is_actor, kinds, any_binding = self._is_actor, self._kinds, self.binding == "any"
        for u, nbrs in G._succ.items():
            for v, keydict in nbrs.items():
                v_actor = is_actor[v]
                for d in keydict.values():
                    t = d["type"]
                    if t == "withdrew_from":
                        self.withdrawals[u][v] = (u, v, d)
                    elif t == "adopted":
                        self.adopted[u].append(v)
                    elif not (any_binding or self._binding_ok(d)):
                        continue
                    elif v_actor:
                        self._index_actor_tie(u, v, d, t, kinds[v])
                    elif t in _COMMITMENT_TIE_TYPES:
                        self.commitments[u][v].append((u, v, d))
                        if t == "party_to":
                            self.parties[v].add(u)

    def _index_actor_tie(self, u: str, v: str, d: dict[str, Any], t: str, v_kind: str) -> None:
        if t == "secretariat_of":  # serving a body is a channel to its members (chairing may also be membership)
            self._secretariats[u].append(v)
        elif t == "chairs":
            self._chairs[u].append(v)
        if t in FORUM_TIE_TYPES:
            if v_kind in FORUM_KINDS:
                self.forum_ties[u][v] = (u, v, d)
                if t == "member_of":
                    self.members[v][u] = (u, v, d)
            # belonging to any actor is also a direct tie with it (a state and IOM, a city and its network)
            self.direct[u].setdefault(v, (u, v, d))
            self.direct[v].setdefault(u, (u, v, d))
        elif t in DIRECT_TYPES:
            self.direct[u].setdefault(v, (u, v, d))
            self.direct[v].setdefault(u, (u, v, d))

    def _serves(self, actor: str) -> list[str]:
        """Bodies the actor is the secretariat of, then those it chairs."""
        return [*self._secretariats.get(actor, ()), *self._chairs.get(actor, ())]

    # -- filters --------------------------------------------------------------
    def _binding_ok(self, d: dict[str, Any]) -> bool:
        if self.binding == "any":
            return True
        return bool(d.get("binding")) == (self.binding == "binding")

    # -- accessors --------------------------------------------------------------
    def name(self, n: str) -> str:
        return str(self.nodes[n]["name"]) if n in self.nodes else n

    def kind(self, n: str) -> str:
        return str(self._kinds[n])

    def is_party(self, actor: str, instrument: str) -> bool:
        return any(d["type"] == "party_to" for _, _, d in self.commitments[actor].get(instrument, []))

    def list_complete(self, state: str, name: str) -> bool:
        """Whether the state's curated list ``name`` (e.g. bilateral_agreements) is recorded as complete."""
        return self.nodes[state].get(f"coverage_{name}") is True

    def only_if_complete(self, rule: str, subject: str, lists: tuple[str, ...], gaps: list[Gap]) -> list[Gap]:
        """Keep gaps read from absence only when every list that could refute them is recorded as complete.

        Otherwise a notice says what was not assessed and why: a tie missing from
        an incomplete list is unknown, not absent.
        """
        missing = [name for name in lists if not self.list_complete(subject, name)]
        if not gaps or not missing:
            return gaps
        names = ", ".join(
            sorted({g.counterpart_name or self.name(g.counterpart or "") or str(g.details.get("topic")) for g in gaps})
        )
        lists_text = " and ".join(name.replace("_", " ") for name in missing)
        self.notices.append(
            f"{rule}: the {lists_text} list of {self.name(subject)} is not recorded as complete, so {len(gaps)} possible "
            f"gap{'s' * (len(gaps) != 1)} read from a missing tie ({names}) {'are' if len(gaps) != 1 else 'is'} not reported"
        )
        return []

    def parties_known(self, instrument: str) -> bool:
        """False when the instrument's party table is known to be incomplete: a missing party is then unknown."""
        return self.nodes[instrument].get("parties_complete") is not False

    def not_assessed(self, rule: str, subject: str, instrument: str | list[str]) -> None:
        """Say that a rule could not judge a state against instruments whose party tables are incomplete."""
        items = [instrument] if isinstance(instrument, str) else instrument
        if not items:
            return
        names = ", ".join(self.nodes[i].get("acronym") or self.name(i) for i in items)
        tables = "party table of" if len(items) == 1 else "party tables of"
        self.notices.append(
            f"{rule}: the {tables} {names} {'is' if len(items) == 1 else 'are'} not complete, so {subject} not being "
            "recorded as a party is not read as 'not a party' (not assessed)"
        )

    def shared_instruments(self, a: str, b: str, scopes: frozenset[str] | None = None) -> list[str]:
        """Instruments both actors are committed to (party, signatory, endorsement)."""

        def committed(x: str) -> set[str]:
            return {
                i
                for i, edges in self.commitments[x].items()
                if any(d["type"] in SHARED_INSTRUMENT_TYPES for _, _, d in edges)
                and (scopes is None or self.nodes[i]["scope"] in scopes)
            }

        return sorted(committed(a) & committed(b))

    def channel(self, a: str, b: str) -> Channel | None:
        """How ``a`` and ``b`` coordinate under the chosen filters, or None."""
        if self.via in ("direct", "any"):
            tie = self.direct[a].get(b)
            if tie is not None:
                u, v, d = tie
                return Channel(f"direct: {self.name(u)} {d['type']} {self.name(v)}", (u, v))
            for forum in self._serves(a):
                if forum in self.forum_ties[b]:
                    return Channel(
                        f"direct: {self.name(a)} serves {self.name(forum)}, of which {self.name(b)} is part",
                        (a, forum, b),
                    )
            for forum in self._serves(b):
                if forum in self.forum_ties[a]:
                    return Channel(
                        f"direct: {self.name(b)} serves {self.name(forum)}, of which {self.name(a)} is part",
                        (a, forum, b),
                    )
            bilateral = self.shared_instruments(a, b, frozenset({"bilateral"}))
            if bilateral:
                # an instrument both are party to first; else one signed whose entry into force is not recorded
                best = sorted(bilateral, key=lambda i: not (self.is_party(a, i) and self.is_party(b, i)))[0]
                return Channel(f"direct: {self._bilateral_status(a, b, best)}", (a, best, b))
        if self.via in ("forum", "any"):
            common = sorted(set(self.forum_ties[a]) & set(self.forum_ties[b]), key=lambda f: len(self.members[f]))
            if common:
                f = common[0]
                return Channel(
                    f"forum: both sit in {self.name(f)}"
                    + (f" (and {len(common) - 1} more)" if len(common) > 1 else ""),
                    (a, f, b),
                )
        return None

    def _bilateral_status(self, a: str, b: str, instrument: str) -> str:
        """How two states are tied by a bilateral instrument, as a reader needs it: in force, or only signed."""
        name = self.name(instrument)
        if self.is_party(a, instrument) and self.is_party(b, instrument):
            return f"both are parties to {name}"
        signed = [
            d.get("since")
            for x in (a, b)
            for _, _, d in self.commitments[x].get(instrument, [])
            if d["type"] == "signatory_of"
        ]
        when = f" on {min(d for d in signed if d)}" if any(signed) else ""
        return f"{name} was signed{when}; its entry into force is not recorded"

    def nearest_channel(self, a: str, b: str) -> Channel | None:
        """The closest coordination channel when the filtered one is missing: a forum, a direct tie or a bilateral
        instrument outside the chosen filters, a withdrawal, or a bilateral instrument that expired. A shared
        multilateral treaty is not a channel."""
        if self.via != "any" or self.binding != "any":
            other = self._unfiltered_context().channel(a, b)
            if other is not None:
                return Channel(f"outside the chosen filters: {other.description}", other.path)
        if b in self.nodes and self.nodes[b]["entity"] == "actor":
            ab = self.withdrawals[a].get(b)
            if ab is not None:
                return Channel(f"{self.name(a)} withdrew from {self.name(b)} on {ab[2].get('since')}", (a, b))
        expired = self._expired().get((min(a, b), max(a, b)))
        if expired is not None:
            return Channel(f"expired: {expired['name']} ended on {expired['until']}", (a, expired["instrument"], b))
        return None

    def _expired(self) -> dict[tuple[str, str], dict[str, Any]]:
        """Expired bilateral instruments by pair of parties, the latest end first (indexed once)."""

        def index() -> dict[tuple[str, str], dict[str, Any]]:
            out: dict[tuple[str, str], dict[str, Any]] = {}
            for record in sorted(self.G.graph.get("expired_bilateral") or [], key=lambda r: r["until"]):
                out[tuple(record["parties"])] = record  # type: ignore[index]
            return out

        return self.memo("expired_bilateral", index)

    def _unfiltered_context(self) -> GapContext:
        """The same graph with no via/binding filter (built once, on demand)."""
        if self.via == "any" and self.binding == "any":
            return self
        if self._unfiltered is None:
            self._unfiltered = GapContext(self.G)
        return self._unfiltered

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """A value computed once per context and shared by every subject of a run (e.g. all-states indexes)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[no-any-return]

    def corridors_of(self, state: str) -> list[dict[str, Any]]:
        """Corridor records with ``state`` at either end (indexed once)."""
        if self._corridors is None:
            self._corridors = defaultdict(list)
            for c in self.G.graph.get("corridors") or []:
                self._corridors[c["origin"]].append(c)
                self._corridors[c["destination"]].append(c)
        return self._corridors.get(state, [])

    def corridor_stock(self, state: str) -> dict[str, int]:
        """Migrant stock with each partner (both directions), from the latest corridor year on or before as-of."""
        year = int(self.as_of[:4]) if self.as_of else 9999
        mine = [c for c in self.corridors_of(state) if c["year"] <= year]
        if not mine:
            return {}
        latest = max(c["year"] for c in mine)
        stock: dict[str, int] = {}
        for c in mine:
            if c["year"] == latest:
                other = c["destination"] if c["origin"] == state else c["origin"]
                stock[other] = stock.get(other, 0) + int(c["stock"])
        return stock

    def neighbours(self, state: str) -> list[str]:
        return [b for b in (self.nodes[state].get("borders") or []) if b in self.nodes]

    def subregion_peers(self, state: str) -> list[str]:
        sub = self.nodes[state].get("subregion")
        if not sub:
            return []
        return [s for s in self._by_subregion.get(sub, ()) if s != state]

    def agencies(self, state: str) -> list[str]:
        return list(self._agencies.get(state, ()))

    def local_actors(self, state: str) -> list[str]:
        return list(self._local.get(state, ()))

    def edge_evidence(self, statement: str, tie: tuple[str, str, dict[str, Any]]) -> Evidence:
        u, v, d = tie
        return evidence_from_edge(statement, u, v, d)
