"""Rules about rejection: votes against a compact, abstentions, withdrawals from bodies.

A state that voted against the Global Compact for Migration, or left a regional
body, has a coherence gap of the plainest kind; the first version reported
none of them, so the states furthest from the global architecture looked the
most coherent.
"""

from __future__ import annotations

from typing import Any

from ..vocab import BELONGING_TYPES
from .context import GapContext
from .record import Channel, Evidence, Gap
from .registry import rule

__all__ = ["current_withdrawals", "rejection_gap"]

_VOTE_WORDS = {"voted_against": "voted against", "abstained": "abstained on", "did_not_vote": "did not vote on"}
#: How plainly a vote rejects: against, abstaining, then absent or not voting (no stated position at all).
_VOTE_SCORE = {"voted_against": 1.0, "abstained": 0.8, "did_not_vote": 0.5}


def _endorsers(ctx: GapContext, instrument: str) -> int:
    """How many states endorse the instrument on the date (counted once per context)."""
    counts = ctx.memo("endorsers", lambda: {})
    if instrument not in counts:
        counts[instrument] = sum(
            1 for s in ctx.states if any(e["type"] == "endorses" for *_, e in ctx.commitments[s].get(instrument, ()))
        )
    return counts[instrument]


def _vote_gap(ctx: GapContext, subject: str, inst: str, tie: tuple[str, str, dict[str, Any]]) -> Gap:
    """A vote against, an abstention or an absence from the recorded vote on an instrument."""
    kind, when = tie[2]["type"], tie[2].get("since") or "a date not recorded"
    words, endorsers = _VOTE_WORDS[kind], _endorsers(ctx, inst)
    absent = "; absent or not voting in the recorded vote" if kind == "did_not_vote" else ""
    return Gap(
        rule="rejection-gap",
        subject=subject,
        counterpart=inst,
        reason=f"{ctx.name(subject)} {words} {ctx.name(inst)} ({when}{absent}), "
        f"which {endorsers} of {len(ctx.states)} states endorse",
        expected_because=[
            ctx.edge_evidence(
                f"{ctx.name(subject)} {words} {ctx.name(inst)}" + (f" ({absent[2:]})" if absent else ""), tie
            ),
            Evidence(f"{endorsers} of {len(ctx.states)} states endorse {ctx.name(inst)}"),
        ],
        nearest_channel=None,
        score=_VOTE_SCORE[kind],
        details={"topic": inst, "vote": kind},
    )


def belongs(ctx: GapContext, actor: str, body: str) -> bool:
    """Whether the actor belongs to the body on the graph's date (member, associate or participant)."""
    return any(d["type"] in BELONGING_TYPES for d in (ctx.G.get_edge_data(actor, body) or {}).values())


def current_withdrawals(
    ctx: GapContext, body: str | None = None, actor: str | None = None
) -> list[tuple[str, str, dict[str, Any]]]:
    """Withdrawals in force on the date (the actor has not rejoined), for one body or one actor."""
    ties = (
        ctx.withdrawals[actor].values()
        if actor is not None
        else (tie for who in list(ctx.withdrawals) for tie in ctx.withdrawals[who].values())
    )
    return sorted(
        (u, v, d)
        for u, v, d in ties
        if (body is None or v == body) and u in ctx.nodes and v in ctx.nodes and not belongs(ctx, u, v)
    )


def withdrawal_gap(
    ctx: GapContext, rule_name: str, subject: str, counterpart: str, tie: tuple[str, str, dict[str, Any]]
) -> Gap:
    """A withdrawal reported as such, by the state (subject = state) or by the body (subject = body)."""
    u, v, d = tie
    when = d.get("since") or "a date not recorded"
    return Gap(
        rule=rule_name,
        subject=subject,
        counterpart=counterpart,
        reason=f"{ctx.name(u)} withdrew from {ctx.name(v)} on {when} and has not rejoined",
        expected_because=[ctx.edge_evidence(f"{ctx.name(u)} withdrew from {ctx.name(v)}", tie)],  # dated by the tie
        nearest_channel=Channel(f"{ctx.name(u)} withdrew from {ctx.name(v)} on {when}", (u, v)),
        score=1.0,
        details={"topic": "withdrawal", "withdrawn_on": d.get("since")},
    )


@rule(
    "rejection-gap",
    {"state"},
    "Rejection and exit: votes against, abstentions or not voting on a global compact or resolution, "
    "and withdrawals from a global process, IGO or regional body the state has not rejoined.",
)
def rejection_gap(ctx: GapContext, subject: str, p: dict[str, Any]) -> list[Gap]:
    """Votes against, abstentions, absences from the vote and standing withdrawals of a state.

    Notes: the GCM and GCR were affirmed by recorded votes (A/RES/73/195,
    A/RES/73/151); a vote against or an abstention is a stated rejection of the
    framework most states endorsed, not voting a weaker sign (no stated position;
    a later endorsement answers it). A withdrawal from a body ends the
    coordination channel it offered (reported with its date, and by the body
    under regional-coherence).
    """
    gaps = []
    for inst, edges in sorted(ctx.commitments[subject].items()):
        endorsed = any(d["type"] == "endorses" for _, _, d in edges)
        for tie in edges:
            kind = tie[2]["type"]
            if kind in _VOTE_WORDS and not (kind == "did_not_vote" and endorsed):  # a later endorsement answers it
                gaps.append(_vote_gap(ctx, subject, inst, tie))
    for tie in current_withdrawals(ctx, actor=subject):
        gaps.append(withdrawal_gap(ctx, "rejection-gap", subject, tie[1], tie))
    return gaps
