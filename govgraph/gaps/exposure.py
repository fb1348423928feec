"""The baseline judged against the state's profile: core instruments its migration makes directly relevant.

The first version only judged a state against what it endorsed, so a state that
endorsed nothing had nothing expected of it. Here the expectation comes from
exposure, read from the state's migration profile (the latest figure known on
the date): a state hosting refugees is expected to be party to a refugee
instrument; one with stateless people, to the statelessness conventions; one
with a large emigrant or immigrant population, to the migrant-worker
instruments, reported as one gap listing every one it lacks.
"""

from __future__ import annotations

from typing import Any

from ..figures import latest_figures
from .context import GapContext
from .record import Evidence, Gap
from .registry import rule

__all__ = ["exposure_gap"]

#: (topic, alternative sets of indicators whose sum is the exposure (the largest counts), threshold parameter,
#: instruments parameter, party to any | all). Migrant workers: emigrants for an origin state, immigrants for a
#: destination, whichever is larger (Germany: 15.8 M immigrants, not its 3.9 M emigrants).
_GROUPS = (
    (
        "refugee protection",
        (("refugees_hosted", "asylum_seekers_hosted", "others_in_need_hosted"),),
        "min_refugees",
        "refugee_instruments",
        "any",
    ),
    ("statelessness", (("stateless",),), "min_stateless", "statelessness_instruments", "all"),
    (
        "migrant workers",
        (("emigrant_stock",), ("immigrant_stock",)),
        "min_migrants",
        "migrant_worker_instruments",
        "all",
    ),
)


def _exposure(figures: dict[str, Any], alternatives: tuple[tuple[str, ...], ...]) -> tuple[list[Any], float]:
    """The figures and their sum for the alternative set of indicators with the largest sum."""
    best: tuple[list[Any], float] = ([], 0.0)
    for indicators in alternatives:
        known = [figures[i] for i in indicators if i in figures]
        people = sum(f.value for f in known)
        if known and (not best[0] or people > best[1]):
            best = (known, people)
    return best


@rule(
    "exposure-gap",
    {"state"},
    "Core instruments the state's migration profile makes directly relevant: refugee instruments for a state hosting "
    "refugees, the statelessness conventions where people are stateless, the migrant-worker instruments where many "
    "emigrate or immigrate (one gap listing every one it lacks).",
    min_refugees=10_000,
    min_stateless=1_000,
    min_migrants=500_000,
    refugee_instruments=("refugee-convention-1951", "refugee-protocol-1967"),
    statelessness_instruments=("statelessness-convention-1954", "statelessness-convention-1961"),
    migrant_worker_instruments=("icmw", "ilo-c097", "ilo-c143", "ilo-c181", "ilo-c189"),
)
def exposure_gap(ctx: GapContext, subject: str, p: dict[str, Any]) -> list[Gap]:
    """Groups of core instruments the subject's exposure calls for and it is not party to.

    Notes: the GCM (objective 6: fair recruitment and decent work) and the MGI
    ask origin and destination states alike to protect migrant workers; hosting
    refugees and having stateless people on the territory engage the 1951
    Convention and its Protocol and the 1954/1961 conventions. An instrument
    whose party table is incomplete is not assessed.
    """
    figures = {f.indicator: f for f in latest_figures(ctx.G, subject)}
    found: dict[str, Gap] = {}
    for topic, alternatives, threshold, instruments, mode in _GROUPS:
        known, people = _exposure(figures, alternatives)
        if not known or people < p[threshold]:
            continue
        group = [i for i in p[instruments] if i in ctx.nodes]
        unknown = [i for i in group if not ctx.parties_known(i)]
        ctx.not_assessed("exposure-gap", subject, unknown)
        judged = [i for i in group if i not in unknown]
        missing = [i for i in judged if not ctx.is_party(subject, i)]
        if not missing or (mode == "any" and len(missing) < len(judged)):
            continue
        found[topic] = _gap(ctx, subject, topic, known, missing, p[threshold])
    return list(found.values())


def _gap(ctx: GapContext, subject: str, topic: str, known: list[Any], missing: list[str], threshold: int) -> Gap:
    name = ctx.name(subject)
    what = "; ".join(f"{f.value:,.0f} {f.indicator.replace('_', ' ')} ({f.year})" for f in known)
    return Gap(
        rule="exposure-gap",
        subject=subject,
        counterpart=None,
        reason=f"{name} is not party to {', '.join(ctx.name(i) for i in missing)}, although its {topic} exposure "
        f"({what}) makes {'them' if len(missing) > 1 else 'it'} directly relevant",
        expected_because=[Evidence(f.statement(name), sources=tuple(f.sources)) for f in known]
        + [Evidence(f"threshold for expecting the {topic} instruments: {threshold:,} people")],
        nearest_channel=None,
        score=len(missing) / max(len(missing), 1),
        details={"topic": topic, "missing": missing},
    )
