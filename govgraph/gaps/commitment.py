"""Rules about commitments: binding and non-binding instruments that do not line up."""

from __future__ import annotations

from typing import Any

from .context import GapContext
from .record import Evidence, Gap
from .registry import rule
from .rejection import current_withdrawals, withdrawal_gap

__all__ = ["commitment_gap", "regional_coherence"]


def _binding(ctx: GapContext, instrument: str) -> bool:
    return bool(ctx.nodes[instrument].get("binding"))


def _binding_global_by_area(ctx: GapContext) -> dict[str, list[str]]:
    """Binding global instruments by policy area, in graph order (indexed once per context)."""
    by_area: dict[str, list[str]] = {}
    for i, d in ctx.nodes(data=True):
        if d["entity"] == "instrument" and d.get("binding") and d.get("scope") == "global":
            for area in dict.fromkeys(d.get("policy_areas") or []):
                by_area.setdefault(area, []).append(i)
    return by_area


def _adopted_by(ctx: GapContext, actor: str) -> list[str]:
    return sorted(ctx.adopted.get(actor, ()))


@rule(
    "commitment-gap",
    {"state"},
    "Binding/non-binding incoherence: endorsed a compact but party to no binding instrument on the same areas; "
    "member of a REC but not party to its free-movement protocol; party to a protocol but not its parent convention; "
    "party with a reservation that narrows the commitment (a geographical limitation).",
    core_areas=("migrant_rights", "labour_migration", "refugees", "statelessness", "trafficking", "smuggling"),
)
def commitment_gap(ctx: GapContext, subject: str, p: dict[str, Any]) -> list[Gap]:
    """Binding instruments the subject's own commitments lead one to expect it to be party to.

    Notes: the GCM is non-binding but rests on binding treaties (GCM
    preamble, paras 1-2); a REC's free-movement protocol is how its members
    make mobility a right; a protocol presupposes its parent convention.
    """
    found: dict[str, tuple[list[Evidence], list[str], float]] = {}

    def add(counterpart: str, evidence: list[Evidence], why: str, score: float) -> None:
        ev, whys, best = found.get(counterpart, ([], [], 0.0))
        ev.extend(evidence)
        whys.append(why)
        found[counterpart] = (ev, whys, max(best, score))

    mine = ctx.commitments[subject]
    # (a) endorsed a non-binding instrument, party to none of the binding global ones on the same core areas
    binding_global = ctx.memo("binding_global_by_area", lambda: _binding_global_by_area(ctx))
    n_states = max(len(ctx.states), 1)
    for inst, edges in mine.items():
        if _binding(ctx, inst) or not any(d["type"] == "endorses" for _, _, d in edges):
            continue
        tie = next((u, v, d) for u, v, d in edges if d["type"] == "endorses")
        for area in ctx.nodes[inst].get("policy_areas") or []:
            if area not in p["core_areas"]:
                continue
            covering = binding_global.get(area, [])
            if not covering or any(ctx.is_party(subject, b) for b in covering):
                continue
            unknown = [b for b in covering if not ctx.parties_known(b)]
            if unknown:  # "party to none" needs every covering table complete
                ctx.not_assessed("commitment-gap", subject, unknown[0])
                continue
            best = max(covering, key=lambda b: (len(ctx.parties.get(b, ())), b))
            names = ", ".join(ctx.name(b) for b in covering)
            add(
                best,
                [
                    ctx.edge_evidence(f"{ctx.name(subject)} endorses {ctx.name(inst)}, which covers {area}", tie),
                    Evidence(f"binding instruments on {area}: {names}; {ctx.name(subject)} is party to none"),
                ],
                f"endorses {ctx.name(inst)} but is party to no binding instrument on {area}",
                len(ctx.parties.get(best, ())) / n_states,
            )
    # (b) member of a REC, not party to the free-movement protocol it adopted
    for forum in ctx.forum_ties[subject]:
        if ctx.kind(forum) != "rec" or subject not in ctx.members[forum]:
            continue
        tie = ctx.members[forum][subject]
        for inst in _adopted_by(ctx, forum):
            d = ctx.nodes[inst]
            if not d.get("binding") or "free_movement" not in (d.get("policy_areas") or []):
                continue
            if not d.get("in_force") or (ctx.as_of and d["in_force"] > ctx.as_of):
                continue  # a protocol not (known to be) in force binds no one yet: its ratification share is regional-coherence's
            if any(t == "supplements" for t in _out_types(ctx, inst)) or ctx.is_party(subject, inst):
                continue
            if not ctx.parties_known(inst):
                ctx.not_assessed("commitment-gap", subject, inst)
                continue
            members = ctx.members[forum]
            parties = [m for m in members if ctx.is_party(m, inst)]
            add(
                inst,
                [
                    ctx.edge_evidence(f"{ctx.name(subject)} is a member of {ctx.name(forum)}", tie),
                    Evidence(
                        f"{ctx.name(forum)} adopted {ctx.name(inst)}",
                        source=forum,
                        type="adopted",
                        target=inst,
                        sources=tuple(d.get("sources") or ()),
                    ),
                    Evidence(f"{len(parties)} of {len(members)} members are parties"),
                ],
                f"member of {ctx.name(forum)} but not party to its free-movement instrument",
                len(parties) / len(members) if members else 0.0,
            )
    # (c) party to a protocol, not to the convention it supplements
    for inst, edges in mine.items():
        if not any(d["type"] == "party_to" for _, _, d in edges):
            continue
        tie = next((u, v, d) for u, v, d in edges if d["type"] == "party_to")
        for parent in _supplemented(ctx, inst):
            if _binding(ctx, parent) and not ctx.is_party(subject, parent) and not ctx.parties_known(parent):
                ctx.not_assessed("commitment-gap", subject, parent)
            elif _binding(ctx, parent) and not ctx.is_party(subject, parent):
                add(
                    parent,
                    [
                        ctx.edge_evidence(f"{ctx.name(subject)} is party to {ctx.name(inst)}", tie),
                        Evidence(
                            f"{ctx.name(inst)} supplements {ctx.name(parent)}",
                            source=inst,
                            type="supplements",
                            target=parent,
                            sources=tuple(ctx.nodes[inst].get("sources") or ()),
                        ),
                    ],
                    f"party to {ctx.name(inst)} but not to {ctx.name(parent)}, which it supplements",
                    1.0,
                )
    return [
        Gap(
            rule="commitment-gap",
            subject=subject,
            counterpart=counterpart,
            reason=f"{ctx.name(subject)} is not party to {ctx.name(counterpart)}: " + "; ".join(dict.fromkeys(whys)),
            expected_because=evidence,
            nearest_channel=_signature_channel(ctx, subject, counterpart),
            score=score,
            details={"topic": counterpart},
        )
        for counterpart, (evidence, whys, score) in sorted(found.items())
    ] + _narrowing_reservations(ctx, subject)


#: Reservations that narrow what a party has committed to (``other`` is not judged).
NARROWING = ("geographical_limitation", "excluded_annexes", "article_reservations", "territorial_exclusion")


def _narrowing_reservations(ctx: GapContext, subject: str) -> list[Gap]:
    """(d) Party with a reservation that narrows the commitment (Türkiye's geographical limitation): a gap of its own."""
    gaps = []
    for inst, edges in sorted(ctx.commitments[subject].items()):
        for tie in edges:
            d = tie[2]
            kinds = [k for k in d.get("reservations") or () if k in NARROWING]
            if d["type"] != "party_to" or not kinds:
                continue
            what = ", ".join(k.replace("_", " ") for k in kinds)
            gaps.append(
                Gap(
                    rule="commitment-gap",
                    subject=subject,
                    counterpart=inst,
                    reason=f"{ctx.name(subject)} is party to {ctx.name(inst)} with a reservation that narrows it ({what})"
                    + (f": {d['reservation_note']}" if d.get("reservation_note") else ""),
                    expected_because=[
                        ctx.edge_evidence(f"{ctx.name(subject)} is party to {ctx.name(inst)} with: {what}", tie)
                    ],
                    nearest_channel=None,
                    score=0.9,
                    details={"topic": inst, "reservations": kinds},
                )
            )
            break
    return gaps


def _out_types(ctx: GapContext, node: str) -> list[str]:
    return [d["type"] for _, _, d in ctx.G.out_edges(node, data=True)]


def _supplemented(ctx: GapContext, inst: str) -> list[str]:
    return [v for _, v, d in ctx.G.out_edges(inst, data=True) if d["type"] == "supplements"]


def _signature_channel(ctx: GapContext, subject: str, instrument: str) -> Any:
    from .record import Channel

    for _, _, d in ctx.commitments[subject].get(instrument, []):
        if d["type"] == "signatory_of":
            return Channel(
                f"{ctx.name(subject)} signed it ({d.get('since') or 'date not recorded'}) but has not ratified",
                (subject, instrument),
            )
    return None


@rule(
    "regional-coherence",
    {"rec", "rcp", "irf"},
    "For a REC/RCP/IRF: which members are not party to the binding instruments the body adopted or that its themes "
    "call for (the Bali Process: the Trafficking and Smuggling Protocols, the 1951 Convention), with the share of "
    "parties per instrument; and which states have withdrawn from it (with the date).",
)
def regional_coherence(ctx: GapContext, subject: str, p: dict[str, Any]) -> list[Gap]:
    """Members of a regional body that are not party to its own binding instruments.

    Notes: a body's binding instruments (free-movement protocols, refugee
    conventions) only work where its members ratify them; the share of parties
    per instrument measures the body's vertical coherence.
    """
    gaps = [
        withdrawal_gap(ctx, "regional-coherence", subject, tie[0], tie)
        for tie in current_withdrawals(ctx, body=subject)
    ]
    members = sorted(m for m in ctx.members[subject] if ctx.kind(m) == "state")  # organisations ratify nothing here
    themes = [i for i in ctx.nodes[subject].get("theme_instruments") or () if i in ctx.nodes]
    instruments = sorted({i for i in [*_adopted_by(ctx, subject), *themes] if ctx.nodes[i].get("binding")})
    if not instruments:
        ctx.notices.append(f"regional-coherence: {subject} has adopted no binding instrument in the data")
        return gaps
    if not members:
        ctx.notices.append(f"regional-coherence: {subject} has no members in the data on this date")
        return gaps
    for inst in instruments:
        if not ctx.parties_known(inst):
            ctx.not_assessed("regional-coherence", f"a member of {ctx.name(subject)}", inst)
            continue
        parties = [m for m in members if ctx.is_party(m, inst)]
        share = len(parties) / len(members)
        for m in members:
            if m in parties:
                continue
            gaps.append(
                Gap(
                    rule="regional-coherence",
                    subject=subject,
                    counterpart=m,
                    reason=f"{ctx.name(m)} is a member of {ctx.name(subject)} but not party to {ctx.name(inst)} "
                    f"({len(parties)} of {len(members)} members are)",
                    expected_because=[
                        ctx.edge_evidence(f"{ctx.name(m)} is a member of {ctx.name(subject)}", ctx.members[subject][m]),
                        Evidence(
                            f"{ctx.name(subject)} adopted {ctx.name(inst)} (binding)",
                            source=subject,
                            type="adopted",
                            target=inst,
                            sources=tuple(ctx.nodes[inst].get("sources") or ()),
                        ),
                    ],
                    nearest_channel=_signature_channel(ctx, m, inst),
                    score=share,
                    details={
                        "topic": inst,
                        "instrument": inst,
                        "party_share": round(share, 3),
                        "parties": len(parties),
                        "members": len(members),
                    },
                )
            )
    return gaps
