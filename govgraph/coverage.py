"""What the data records and what it does not: coverage of each family, and bodies that must say so.

Absence is a claim too. A party table known to be short of the depositary's,
a body whose members are not recorded, a state whose agency list was never
reviewed: each is "unknown", never "no". This module counts them, for
``govgraph validate``, and finds the bodies that are silent about it.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .errors import Problem
from .vocab import BELONGING_TYPES, BODY_KINDS, COMMITMENT_TYPES, COVERAGE_LISTS
from .world import World

__all__ = ["coverage_summary", "party_counts", "silent_bodies"]


def silent_bodies(world: World) -> list[Problem]:
    """Bodies (REC, RCP, IRF, IGO, global process) with no member that do not say ``membership_recorded: false``.

    A rule would otherwise read the empty list as "no state belongs to it".
    """
    with_members = {rel.target for rel in world.relations if rel.type in BELONGING_TYPES}
    problems = []
    for actor in world.actors.values():
        if actor.kind in BODY_KINDS and actor.id not in with_members and actor.membership_recorded is not False:
            origin = world.origins[actor.id]
            problems.append(
                Problem(
                    origin.file,
                    origin.line,
                    actor.id,
                    "membership_recorded",
                    f"a {actor.kind} with no member: record its members, or say membership_recorded: false",
                )
            )
    return problems


def party_counts(world: World) -> list[dict[str, Any]]:
    """For each instrument with a published count: the parties recorded here on that date, beside it.

    A party with no consent date counts as a party on any date (the data says
    so, not when); a denunciation counts from its ``until``.
    """
    from .dates import is_active

    counted = {i.id: i for i in world.instruments.values() if i.published_parties is not None and i.published_as_of}
    parties: dict[str, list[Any]] = {i: [] for i in counted}
    for r in world.relations:  # one pass over the relations, whatever the number of instruments
        if r.type == "party_to" and r.target in parties:
            parties[r.target].append(r)
    rows = []
    for inst_id in sorted(counted):
        inst = counted[inst_id]
        day = inst.published_as_of
        here = {r.source for r in parties[inst_id] if is_active(r.since, r.until, day)}
        rows.append(
            {
                "instrument": inst.id,
                "published": inst.published_parties,
                "as_of": day,
                "here": len(here),
                "difference": len(here) - inst.published_parties,
                "parties_complete": inst.parties_complete,
            }
        )
    return rows


def coverage_summary(world: World) -> dict[str, Any]:
    """Per family, what is recorded as complete and what is not; per state, which curated lists are complete."""
    parties = Counter(r.target for r in world.relations if r.type == "party_to")
    with_parties = [i for i in world.instruments.values() if parties[i.id] or i.parties_complete is not None]
    incomplete = sorted(i.id for i in with_parties if i.parties_complete is False)
    bodies = [a for a in world.actors.values() if a.kind in BODY_KINDS]
    states = sorted(a.id for a in world.actors.values() if a.kind == "state")
    lists: dict[str, dict[str, bool]] = {}
    for c in sorted(world.coverage, key=lambda c: c.reviewed):
        lists.setdefault(c.state, {})[c.list] = c.complete
    profiled = {f.state for f in world.profiles}
    return {
        "instruments_with_parties": len(with_parties),
        "party_counts": party_counts(world),
        "party_tables_incomplete": incomplete,
        "commitments_with_reservations": sum(
            1 for r in world.relations if r.type in COMMITMENT_TYPES and r.reservations
        ),
        "bodies": len(bodies),
        "bodies_membership_not_recorded": sorted(a.id for a in bodies if a.membership_recorded is False),
        "states": len(states),
        "states_with_profile": len(profiled),
        "profile_figures": len(world.profiles),
        "lists_complete": {name: sum(1 for s in lists.values() if s.get(name)) for name in COVERAGE_LISTS},
        "lists_reviewed": {name: sum(1 for s in lists.values() if name in s) for name in COVERAGE_LISTS},
        "states_lists": {state: dict(sorted(lists[state].items())) for state in states if state in lists},
    }
