"""Rules about coherence across levels and sectors: vertical, horizontal, institutional, societal."""

from __future__ import annotations

from typing import Any, NamedTuple

from .context import GapContext
from .record import Channel, Evidence, Gap
from .registry import rule

__all__ = ["horizontal_gap", "institutional_gap", "society_gap", "vertical_gap"]

_ACTING_TYPES = frozenset({"adopted", "implements", "party_to", "endorses", "signatory_of", "contests"})


def _coordinated_with_state(ctx: GapContext, actor: str, state: str) -> tuple[str, str, dict[str, Any]] | None:
    """A direct tie between ``actor`` and the state or one of its national agencies."""
    for national in [state, *ctx.agencies(state)]:
        tie = ctx.direct[actor].get(national)
        if tie is not None and tie[2]["type"] not in ("located_in", "part_of"):
            return tie
    return None


@rule(
    "vertical-gap",
    {"state"},
    "Cities or subnational actors that act on migration (local policies, city networks) with no national-local "
    "coordination tie; local policies that contest national ones.",
)
def vertical_gap(ctx: GapContext, subject: str, p: dict[str, Any]) -> list[Gap]:
    """Local actors of the subject that act on migration without a tie to the national level.

    Notes: vertical coherence (GFMD 2016 report, section 3.4; MGI) asks that
    what cities do for migrants connects with national policy; a city policy
    that contests national policy is the sharpest sign it does not.
    """
    local = ctx.local_actors(subject)
    if not local:
        ctx.notices.append(f"vertical-gap: no cities or subnational actors of {subject} in the data")
        return []
    gaps: list[Gap] = []
    silent: list[Gap] = []  # read from a missing tie: reported only where the state's city list is complete
    for actor in sorted(local):
        acts: list[Evidence] = []
        contests: list[Evidence] = []
        for u, v, d in ctx.G.out_edges(actor, data=True):
            if d["type"] == "contests":
                contests.append(
                    Evidence(
                        f"{ctx.name(actor)} contests {ctx.name(v)}",
                        u,
                        d["type"],
                        v,
                        d.get("since"),
                        d.get("until"),
                        tuple(d.get("sources") or ()),
                    )
                )
            elif d["type"] in _ACTING_TYPES or (d["type"] == "member_of" and ctx.kind(v) == "city_network"):
                acts.append(
                    Evidence(
                        f"{ctx.name(actor)} {d['type'].replace('_', ' ')} {ctx.name(v)}",
                        u,
                        d["type"],
                        v,
                        d.get("since"),
                        d.get("until"),
                        tuple(d.get("sources") or ()),
                    )
                )
        tie = _coordinated_with_state(ctx, actor, subject)
        if contests:
            reason = f"{ctx.name(actor)} contests national policy of {ctx.name(subject)}"
            score = 1.0
        elif acts and tie is None:
            reason = f"{ctx.name(actor)} acts on migration but has no coordination tie with {ctx.name(subject)}'s national level"
            score = 0.6
        else:
            continue
        (gaps if contests else silent).append(
            Gap(
                rule="vertical-gap",
                subject=subject,
                counterpart=actor,
                reason=reason,
                expected_because=contests + acts,
                nearest_channel=Channel(f"direct: {tie[2]['type']} {ctx.name(tie[1])}", (tie[0], tie[1]))
                if tie
                else None,
                score=score,
                details={"topic": actor},
            )
        )
    return gaps + ctx.only_if_complete("vertical-gap", subject, ("cities",), silent)


@rule(
    "horizontal-gap",
    {"state"},
    "National agencies of one state with no whole-of-government coordination tie to any other.",
)
def horizontal_gap(ctx: GapContext, subject: str, p: dict[str, Any]) -> list[Gap]:
    """National agencies of the subject with no coordination tie to its other agencies.

    Notes: whole-of-government coherence (MGI; IOM MiGOF principle 2) asks
    that the ministries and agencies that touch migration coordinate, directly
    or through a shared mechanism.
    """
    agencies = sorted(ctx.agencies(subject))
    if len(agencies) < 2:
        ctx.notices.append(f"horizontal-gap: {len(agencies)} national agencies of {subject} in the data (2 needed)")
        return []
    gaps = []
    for a in agencies:
        linked = [b for b in agencies if b != a and ctx.channel(a, b) is not None]
        if linked:
            continue
        others = [b for b in agencies if b != a]
        gaps.append(
            Gap(
                rule="horizontal-gap",
                subject=subject,
                counterpart=a,
                reason=f"{ctx.name(a)} has no coordination tie with the other {len(others)} agencies of {ctx.name(subject)}",
                expected_because=[
                    Evidence(
                        f"{ctx.name(subject)} has {len(agencies)} national agencies on migration: "
                        + ", ".join(ctx.name(x) for x in agencies),
                        sources=tuple(ctx.nodes[a].get("sources") or ()),
                    )
                ],
                nearest_channel=None,
                score=0.5,
                details={"topic": a},
            )
        )
    return ctx.only_if_complete("horizontal-gap", subject, ("national_agencies", "coordination_mechanisms"), gaps)


@rule(
    "institutional-gap",
    {"state"},
    "A state outside the global architecture: IOM membership, GFMD participation, UN Network on Migration engagement.",
    anchors=("iom", "gfmd", "un-network-on-migration"),
    min_share=0.5,
)
def institutional_gap(ctx: GapContext, subject: str, p: dict[str, Any]) -> list[Gap]:
    """Global bodies most states tie to and the subject does not.

    Notes: IOM membership, GFMD participation and engagement with the UN
    Network on Migration are how states take part in global migration
    governance (WMR 2024 ch. 5; GFMD 2016 report, section 3.1).
    """
    gaps = []
    for anchor in p["anchors"]:
        if anchor not in ctx.nodes:
            ctx.notices.append(f"institutional-gap: {anchor} is not in the data on this date")
            continue
        tied = [s for s in ctx.states if anchor in ctx.direct[s]]
        share = len(tied) / len(ctx.states)
        if share < p["min_share"]:
            ctx.notices.append(
                f"institutional-gap: only {len(tied)} of {len(ctx.states)} states have a recorded tie with {anchor} "
                f"(below min_share {p['min_share']}); not expected of every state"
            )
            continue
        if subject in tied:
            continue
        sample = [
            ctx.edge_evidence(
                f"{ctx.name(s)} {ctx.direct[s][anchor][2]['type'].replace('_', ' ')} {ctx.name(anchor)}",
                ctx.direct[s][anchor],
            )
            for s in sorted(tied)[:3]
        ]
        gaps.append(
            Gap(
                rule="institutional-gap",
                subject=subject,
                counterpart=anchor,
                reason=f"{ctx.name(subject)} has no tie with {ctx.name(anchor)}, unlike {len(tied)} of {len(ctx.states)} states",
                expected_because=[
                    Evidence(f"{len(tied)} of {len(ctx.states)} states are tied to {ctx.name(anchor)}"),
                    *sample,
                ],
                nearest_channel=ctx.nearest_channel(subject, anchor),
                score=share,
                details={"topic": anchor, "share": round(share, 3)},
            )
        )
    return gaps


_SECTOR_GROUPS = {
    "civil society": frozenset({"ngo", "migrant_association", "faith_based", "trade_union", "foundation", "academia"}),
    "diaspora": frozenset({"diaspora"}),
    "private sector": frozenset({"private_sector", "employer"}),
}


class SectorGroup(NamedTuple):
    """One sector group's CSOs, every actor tied directly to one of them, its CSOs by country, and the states
    among those actors (sorted), computed once per context and shared by every subject."""

    members: list[str]
    engagers: set[str]
    by_country: dict[str, list[str]]
    engaging_states: list[str]


def society_index(ctx: GapContext) -> dict[str, SectorGroup]:
    """Per sector group (civil society, diaspora, private sector): who is in it and who engages it."""
    index: dict[str, SectorGroup] = {}
    csos = {n: d.get("sector") for n, d in ctx.nodes(data=True) if d["kind"] == "cso"}
    for group, sectors in _SECTOR_GROUPS.items():
        members = [n for n, s in csos.items() if s in sectors]
        engagers = {x for n in members for x in ctx.direct.get(n, ())}
        by_country: dict[str, list[str]] = {}
        for n in members:
            country = ctx.nodes[n].get("country")
            if country:
                by_country.setdefault(country, []).append(n)
        index[group] = SectorGroup(members, engagers, by_country, sorted(s for s in engagers if s in ctx.states))
    return index


@rule(
    "society-gap",
    {"state"},
    "No formal engagement of the state (or its agencies) with civil society, diaspora or the private sector.",
)
def society_gap(ctx: GapContext, subject: str, p: dict[str, Any]) -> list[Gap]:
    """Sector groups (civil society, diaspora, private sector) the subject has no formal tie with.

    Notes: the GCM's whole-of-society approach (para 15) and GFMD 2016
    section 3.6 expect states to engage civil society, diaspora and employers.
    """
    gaps = []
    index = ctx.memo("society_index", lambda: society_index(ctx))
    national = [subject, *ctx.agencies(subject)]
    for group in _SECTOR_GROUPS:
        members, engagers, by_country, engaging_states = index[group]
        if not members:
            ctx.notices.append(f"society-gap: no {group} actors in the data; group not assessed")
            continue
        if any(x in engagers for x in national):  # a CSO of the group has a direct tie with the state or an agency
            continue
        home = sorted(by_country.get(subject, ()), key=lambda n: (-ctx.G.degree(n), n))
        engaging = engaging_states  # the subject is not among them: it would have engaged the group
        if not home and not engaging:
            continue  # nobody engages this group in the data: nothing to expect from the subject
        evidence = []
        if home:
            evidence.append(
                Evidence(
                    f"{group} actors based in {ctx.name(subject)}: " + ", ".join(ctx.name(n) for n in home[:5]),
                    sources=tuple(ctx.nodes[home[0]].get("sources") or ()),
                )
            )
        if engaging:
            evidence.append(
                Evidence(
                    f"{len(engaging)} other states engage {group} actors: "
                    + ", ".join(ctx.name(s) for s in engaging[:5])
                )
            )
        counterpart = home[0] if home else None
        gaps.append(
            Gap(
                rule="society-gap",
                subject=subject,
                counterpart=counterpart,
                reason=f"no formal engagement of {ctx.name(subject)} with {group}",
                expected_because=evidence,
                nearest_channel=ctx.nearest_channel(subject, counterpart) if counterpart else None,
                score=0.8 if home else 0.4,
                details={"topic": group, "group": group},
            )
        )
    return ctx.only_if_complete("society-gap", subject, ("csos",), gaps)
