"""Rules about where a state sits among its neighbours, peers and migration partners."""

from __future__ import annotations

from typing import Any

from .context import GapContext
from .record import Channel, Evidence, Gap
from .registry import rule

__all__ = ["corridor_gap", "forum_gap", "neighbour_gap"]

#: Regional bodies a state is expected to join with its neighbours. Inter-regional forums (kind irf:
#: Rabat, Khartoum, Budapest...) pair two regions, so a neighbour's seat there sets no expectation.
_MEMBERSHIP_FORUMS = frozenset({"rec", "rcp"})


def _agreement_with(ctx: GapContext, subject: str, body: str) -> str | None:
    """A free-movement agreement in force to which both the subject and the body are party.

    Such an agreement (the EEA, the EC–Switzerland agreement) gives what
    membership would: a readmission agreement or a partnership does not.
    """
    for instrument in sorted(ctx.commitments[subject]):
        if (
            body in ctx.parties.get(instrument, ())
            and "free_movement" in (ctx.nodes[instrument].get("policy_areas") or ())
            and ctx.is_party(subject, instrument)
        ):
            return instrument
    return None


@rule(
    "forum-gap",
    {"state"},
    "A state is outside a REC/RCP that most of its land neighbours or subregional peers belong to.",
    neighbour_share=0.5,
    min_neighbour_members=2,
    subregion_share=0.6,
    min_subregion_members=3,
)
def forum_gap(ctx: GapContext, subject: str, p: dict[str, Any]) -> list[Gap]:
    """Regional bodies (REC, RCP) that most neighbours or subregional peers belong to and the subject does not.

    Notes: a state that borders or shares a subregion with the members of a
    regional body is expected to sit in it; being outside cuts it off from the
    body's free-movement, labour and protection arrangements. Observers count
    as inside. A body open only to the members of another (``open_to``) sets
    no expectation on the states outside that one, nor one the state is bound
    to by a free-movement agreement; a body the state withdrew from is
    reported as a withdrawal by rejection-gap, not twice.
    """
    neighbours = ctx.neighbours(subject)
    peers = ctx.subregion_peers(subject)
    if not neighbours and not peers:
        ctx.notices.append(f"forum-gap: {subject} has no land neighbours or subregion in the data")
        return []
    inside = set(ctx.forum_ties[subject])
    candidates: set[str] = set()
    for other in neighbours + peers:
        candidates.update(f for f in ctx.forum_ties[other] if ctx.kind(f) in _MEMBERSHIP_FORUMS)
    gaps = []
    for forum in sorted(candidates - inside):
        if _expects_nothing(ctx, subject, forum):
            continue
        gap = _forum_gap(ctx, subject, forum, neighbours, peers, p)
        if gap is not None:
            gaps.append(gap)
    return gaps


def _expects_nothing(ctx: GapContext, subject: str, forum: str) -> bool:
    """Whether the body sets no forum-gap expectation on the subject, with a notice saying why where it matters."""
    eligible = ctx.nodes[forum].get("open_to")
    if eligible and subject not in ctx.members[eligible]:
        return True  # only members of another body may join it (the ARCP: the League of Arab States)
    agreement = _agreement_with(ctx, subject, forum)
    if agreement is not None:  # Switzerland and the EU (free movement of persons), Norway and the EU (the EEA)
        ctx.notices.append(
            f"forum-gap: {ctx.name(subject)} is outside {ctx.name(forum)} but bound to it by "
            f"{ctx.name(agreement)}, which extends free movement to it: not a gap"
        )
        return True
    left = ctx.withdrawals[subject].get(forum)
    if left is not None:
        ctx.notices.append(
            f"forum-gap: {ctx.name(subject)} withdrew from {ctx.name(forum)} on "
            f"{left[2].get('since') or 'a date not recorded'}: reported as a withdrawal (rejection-gap)"
        )
        return True
    return False


def _forum_gap(
    ctx: GapContext, subject: str, forum: str, neighbours: list[str], peers: list[str], p: dict[str, Any]
) -> Gap | None:
    """The gap of being outside ``forum``, when enough neighbours or subregional peers are members."""
    members = ctx.members[forum]
    n_members = [n for n in neighbours if n in members]
    s_members = [s for s in peers if s in members]
    n_share = len(n_members) / len(neighbours) if neighbours else 0.0
    s_share = len(s_members) / len(peers) if peers else 0.0
    by_neighbours = len(n_members) >= p["min_neighbour_members"] and n_share >= p["neighbour_share"]
    # a subregion alone (e.g. Western Asia) mixes regional systems: it sets an expectation only when the
    # state has no land neighbour in the data or at least one neighbour is a member too
    by_peers = (
        len(s_members) >= p["min_subregion_members"]
        and s_share >= p["subregion_share"]
        and (not neighbours or bool(n_members))
    )
    if not (by_neighbours or by_peers):
        return None
    evidence: list[Evidence] = []
    if by_neighbours:
        evidence.append(Evidence(f"{len(n_members)} of {len(neighbours)} land neighbours are members"))
        evidence += [ctx.edge_evidence(f"{ctx.name(n)} is a member", members[n]) for n in n_members]
    if by_peers:
        sub = ctx.nodes[subject].get("subregion")
        evidence.append(Evidence(f"{len(s_members)} of {len(peers)} other states of {sub} are members"))
        if not by_neighbours:
            evidence += [ctx.edge_evidence(f"{ctx.name(s)} is a member", members[s]) for s in s_members[:8]]
    return Gap(
        rule="forum-gap",
        subject=subject,
        counterpart=forum,
        reason=(
            f"{ctx.name(subject)} is outside {ctx.name(forum)}, to which "
            + (f"{len(n_members)} of its {len(neighbours)} neighbours" if by_neighbours else "")
            + (" and " if by_neighbours and by_peers else "")
            + (f"{len(s_members)} of {len(peers)} subregional peers" if by_peers else "")
            + " belong"
        ),
        expected_because=evidence,
        nearest_channel=ctx.nearest_channel(subject, forum),
        score=max(n_share if by_neighbours else 0.0, s_share if by_peers else 0.0),
        details={"topic": forum, "neighbour_share": round(n_share, 3), "subregion_share": round(s_share, 3)},
    )


def _border_evidence(ctx: GapContext, a: str, b: str) -> Evidence:
    sources = tuple(ctx.nodes[a].get("sources") or ())
    return Evidence(f"{ctx.name(a)} and {ctx.name(b)} share a land border", source=a, target=b, sources=sources)


@rule(
    "neighbour-gap",
    {"state"},
    "Neighbouring states with no shared forum, no direct tie and no bilateral instrument.",
)
def neighbour_gap(ctx: GapContext, subject: str, p: dict[str, Any]) -> list[Gap]:
    """Land neighbours with which the subject has no coordination channel.

    Notes: neighbours share borders, and with them cross-border mobility,
    displacement and trafficking routes; no channel at all means border
    governance happens without any forum or agreement.
    """
    neighbours = ctx.neighbours(subject)
    if not neighbours and ctx.nodes[subject].get("borders") is None:
        ctx.notices.append(f"neighbour-gap: no border data for {subject}")
        return []
    gaps = []
    stock = ctx.corridor_stock(subject)
    for other in neighbours:
        if ctx.channel(subject, other) is not None:
            continue
        flow = stock.get(other, 0)
        evidence = [_border_evidence(ctx, subject, other)]
        if flow:
            evidence.append(Evidence(f"migrant stock between them: {flow:,}"))
        gaps.append(
            Gap(
                rule="neighbour-gap",
                subject=subject,
                counterpart=other,
                reason=f"{ctx.name(subject)} and its neighbour {ctx.name(other)} share no forum, direct tie or bilateral instrument",
                expected_because=evidence,
                nearest_channel=ctx.nearest_channel(subject, other),
                score=1.0 if flow else 0.7,
                details={"topic": other},
            )
        )
    return ctx.only_if_complete("neighbour-gap", subject, ("bilateral_agreements",), gaps)


@rule(
    "corridor-gap",
    {"state"},
    "Major migration-corridor partners (migrant stock data) with no bilateral instrument or shared forum.",
    min_stock=100_000,
)
def corridor_gap(ctx: GapContext, subject: str, p: dict[str, Any]) -> list[Gap]:
    """Corridor partners above ``min_stock`` migrants with which the subject has no coordination channel.

    Notes: where many people move between two states, the GCM (objectives 5,
    6, 19, 20) expects bilateral or forum cooperation on pathways, recruitment
    and remittances.
    """
    corridors = ctx.G.graph.get("corridors") or []
    if not corridors:
        ctx.notices.append("corridor-gap: the data has no migration corridors (migrant stock); rule not applied")
        return []
    year = int(ctx.as_of[:4]) if ctx.as_of else 9999
    mine = [c for c in ctx.corridors_of(subject) if c["year"] <= year]
    if not mine:
        ctx.notices.append(f"corridor-gap: no corridor data for {subject} up to {year}")
        return []
    latest = max(c["year"] for c in mine)
    by_partner: dict[str, list[dict[str, Any]]] = {}
    for c in mine:
        if c["year"] == latest:
            by_partner.setdefault(c["destination"] if c["origin"] == subject else c["origin"], []).append(c)
    stock = {other: sum(int(c["stock"]) for c in records) for other, records in by_partner.items()}
    major = {other: total for other, total in stock.items() if total >= p["min_stock"]}
    top = max(major.values(), default=0)
    gaps = []
    for other, total in sorted(major.items(), key=lambda kv: (-kv[1], kv[0])):
        if other not in ctx.nodes or ctx.channel(subject, other) is not None:
            continue
        evidence = []
        for c in sorted(by_partner[other], key=lambda c: -c["stock"]):
            migrants_from, living_in = ctx.name(c["origin"]), ctx.name(c["destination"])
            evidence.append(
                Evidence(
                    f"{c['stock']:,} migrants from {migrants_from} live in {living_in} ({c['year']})",
                    source=c["origin"],
                    target=c["destination"],
                    sources=tuple(c.get("sources") or ()),
                )
            )
        gaps.append(
            Gap(
                rule="corridor-gap",
                subject=subject,
                counterpart=other,
                reason=f"major corridor with {ctx.name(other)} ({total:,} migrants, {latest}) "
                "but no bilateral instrument or shared forum",
                expected_because=evidence,
                nearest_channel=ctx.nearest_channel(subject, other),
                score=total / top if top else 0.0,
                details={"topic": other, "stock": total, "year": latest},
            )
        )
    return ctx.only_if_complete("corridor-gap", subject, ("bilateral_agreements",), gaps)


__all__ += ["Channel"]
