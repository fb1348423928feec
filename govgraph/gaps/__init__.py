"""Coherence gaps: expected coordination or commitments the graph does not show, and why.

Each rule is a small function over the as-of graph, registered in
:mod:`govgraph.gaps.registry`, with a Cypher twin in ``cypher/gaps/<rule>.cypher``.

Example
-------
>>> from govgraph.gaps import find_gaps          # doctest: +SKIP
>>> report = find_gaps(G, "PHL", rules=["forum-gap"])  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from ..errors import UnknownActorError, UsageError
from ..gcpause import without_gc
from . import commitment, exposure, levels, rejection, structural  # noqa: F401 - importing registers the rules
from .context import BINDING_CHOICES, VIA_CHOICES, GapContext
from .grading import grade
from .record import Channel, Evidence, Gap, GapReport
from .registry import RULE_ORDER, RULES, Rule

# list the rules in their documented order (registration order follows module imports)
for _name in [*RULE_ORDER, *[n for n in RULES if n not in RULE_ORDER]]:
    RULES[_name] = RULES.pop(_name)

__all__ = [
    "BINDING_CHOICES",
    "RULES",
    "VIA_CHOICES",
    "Channel",
    "Evidence",
    "Gap",
    "GapContext",
    "GapReport",
    "Rule",
    "find_all_gaps",
    "find_gaps",
    "rules_for",
]


def _check_rules(rules: Iterable[str] | None) -> list[str]:
    names = list(rules) if rules else list(RULES)
    unknown = [r for r in names if r not in RULES]
    if unknown:
        raise UsageError(f"--rule: unknown rule {unknown[0]!r} (choose from {', '.join(RULES)})")
    return names


def rules_for(kind: str, rules: Iterable[str] | None = None) -> list[Rule]:
    """The registered rules that apply to subjects of ``kind``."""
    return [RULES[r] for r in _check_rules(rules) if kind in RULES[r].subjects]


def _params(rule: Rule, params: dict[str, Any] | None) -> dict[str, Any]:
    merged = dict(rule.defaults)
    for key, value in (params or {}).items():
        if key in merged:
            merged[key] = value
    return merged


def find_gaps(
    G: nx.MultiDiGraph,
    subject: str,
    rules: Iterable[str] | None = None,
    via: str = "any",
    binding: str = "any",
    params: dict[str, Any] | None = None,
    context: GapContext | None = None,
) -> GapReport:
    """The coherence gaps of one actor in an (as-of) graph, ranked by rule then score.

    Parameters
    ----------
    G : the as-of graph (see :func:`govgraph.temporal.as_of`).
    subject : actor id (a state; a REC/RCP for regional coherence).
    rules : rule names (default: every rule that applies to the subject's kind).
    via : which coordination counts: ``direct``, ``forum`` or ``any``.
    binding : which ties count: ``any``, ``binding`` or ``non-binding``.
    params : rule parameters overriding the defaults (e.g. ``{"min_stock": 50000}``).

    Returns
    -------
    GapReport with ``gaps`` (each with ``expected_because`` and ``nearest_channel``) and ``notices``
    about data the rules lacked.
    """
    names = _check_rules(rules)
    if subject not in G:
        raise UnknownActorError(subject, [])
    ctx = context or GapContext(G, via=via, binding=binding)
    ctx.notices = []
    report = GapReport(subject=subject, as_of=G.graph.get("as_of"), subject_name=ctx.name(subject))
    kind = G.nodes[subject]["kind"]
    applicable = [RULES[r] for r in names if kind in RULES[r].subjects]
    if not applicable:
        report.notices.append(
            f"no gap rule applies to {subject} (kind {kind}); rules apply to states and, for regional coherence, RECs/RCPs"
        )
    for r in applicable:
        found = r.function(ctx, subject, _params(r, params))
        for gap in found:
            gap.subject_name = ctx.name(gap.subject)
            gap.counterpart_name = ctx.name(gap.counterpart) if gap.counterpart else None
            grade(G, gap)
        report.gaps.extend(sorted(found, key=lambda g: (-g.score, g.counterpart or "")))
    report.gaps = report.ranked()
    report.notices.extend(dict.fromkeys(ctx.notices))
    return report


@without_gc
def find_all_gaps(
    G: nx.MultiDiGraph,
    rules: Iterable[str] | None = None,
    via: str = "any",
    binding: str = "any",
    params: dict[str, Any] | None = None,
    kinds: Iterable[str] = ("state",),
) -> GapReport:
    """The gaps of every actor of the given kinds (default: every state), sharing one index."""
    names = _check_rules(rules)
    ctx = GapContext(G, via=via, binding=binding)
    kinds = set(kinds)
    report = GapReport(subject=None, as_of=G.graph.get("as_of"))
    notices: dict[str, None] = {}
    for node in sorted(n for n, d in G.nodes(data=True) if d["kind"] in kinds):
        sub = find_gaps(G, node, names, via, binding, params, context=ctx)
        report.gaps.extend(sub.gaps)
        notices.update(dict.fromkeys(n for n in sub.notices if "no gap rule applies" not in n))
    report.notices = list(notices)
    report.gaps = report.ranked()
    return report
