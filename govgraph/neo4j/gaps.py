"""The Cypher twins of the gap rules: run ``cypher/gaps/<rule>.cypher`` over Bolt.

Each file returns rows (rule, subject, counterpart, topic), the identity of a
gap as the in-memory engine reports it (``topic`` = ``gap.details["topic"]``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from ..errors import UsageError
from .cypherfile import read_statements
from .push import DEFAULT_DATASET, _Target, pull_graph

__all__ = ["GapRow", "gap_parameters", "gap_report", "gap_rule_file", "run_gap_rules"]


class GapRow(NamedTuple):
    """One gap as the Cypher library returns it."""

    rule: str
    subject: str
    counterpart: str | None
    topic: str | None


def gap_rule_file(rule: str) -> str:
    """The library file of a rule, relative to the Cypher folder."""
    return f"gaps/{rule}.cypher"


def gap_parameters(
    rule: str,
    subject: str | None,
    as_of: str,
    via: str,
    binding: str,
    params: dict[str, Any] | None,
    dataset: str,
) -> dict[str, Any]:
    """The query parameters of a rule: the common ones plus its thresholds (defaults overridden by ``params``)."""
    from ..gaps import RULES

    merged = dict(RULES[rule].defaults)
    for key, value in (params or {}).items():
        if key in merged:
            merged[key] = value
    values = {k: list(v) if isinstance(v, tuple | set | frozenset) else v for k, v in merged.items()}
    return {"dataset": dataset, "subject": subject, "as_of": as_of, "via": via, "binding": binding, **values}


def _check(rules: Iterable[str] | None, via: str, binding: str) -> list[str]:
    from ..gaps import BINDING_CHOICES, RULES, VIA_CHOICES

    names = list(rules) if rules else list(RULES)
    for name in names:
        if name not in RULES:
            raise UsageError(f"--rule: unknown rule {name!r} (choose from {', '.join(RULES)})")
    if via not in VIA_CHOICES:
        raise UsageError(f"--via: unknown value {via!r} (choose from {', '.join(VIA_CHOICES)})")
    if binding not in BINDING_CHOICES:
        raise UsageError(f"--binding: unknown value {binding!r} (choose from {', '.join(BINDING_CHOICES)})")
    return names


def run_gap_rules(
    target: Any,
    subject: str | None = None,
    as_of: str | None = None,
    rules: Iterable[str] | None = None,
    via: str = "any",
    binding: str = "any",
    params: dict[str, Any] | None = None,
    dataset: str = DEFAULT_DATASET,
    database: str | None = None,
) -> list[GapRow]:
    """Run the Cypher gap library and return its rows, rule by rule in the documented order.

    Parameters
    ----------
    target : a :class:`~govgraph.neo4j.Connection`, a ``neo4j`` driver or a session.
    subject : an actor id, or None for every subject each rule applies to (states; RECs/RCPs/IRFs).
    as_of : ISO date text (default: today).
    rules, via, binding, params : as for :func:`govgraph.gaps.find_gaps`.
    dataset : the pushed dataset to query.
    """
    from ..dates import check_date

    names = _check(rules, via, binding)
    date = check_date(as_of)
    t = _Target(target, database)
    rows: list[GapRow] = []
    try:
        for name in names:
            (query,) = read_statements(gap_rule_file(name))
            found = t.read(query, gap_parameters(name, subject, date, via, binding, params, dataset))
            rows.extend(
                sorted(
                    {GapRow(r["rule"], r["subject"], r["counterpart"], r["topic"]) for r in found},
                    key=lambda r: (r.subject, r.counterpart or "", r.topic or ""),
                )
            )
    finally:
        t.close()
    return rows


def gap_report(
    target: Any,
    subject: str,
    as_of: str | None = None,
    rules: Iterable[str] | None = None,
    via: str = "any",
    binding: str = "any",
    params: dict[str, Any] | None = None,
    dataset: str = DEFAULT_DATASET,
    database: str | None = None,
    temporal: Any = None,
) -> Any:
    """A :class:`~govgraph.gaps.GapReport` of ``subject`` whose gaps are the rows the Cypher library returns.

    The rows come from the server; the explanation of each (reason, evidence,
    nearest channel, score) comes from the in-memory rule run over the dataset
    read back from the same server, so the report reads like ``govgraph gaps``.
    A row the in-memory engine does not explain is kept with a plain reason.
    ``temporal`` is the dataset already read with :func:`pull_graph`, if the caller has it.
    """
    from ..dates import check_date
    from ..gaps import Gap, find_gaps
    from ..temporal import as_of as graph_as_of

    names = _check(rules, via, binding)
    date = check_date(as_of)
    rows = run_gap_rules(target, subject, date, names, via, binding, params, dataset, database)
    G = graph_as_of(temporal if temporal is not None else pull_graph(target, dataset, database), date)
    if subject not in G:
        raise UsageError(f"{subject} is not in dataset {dataset!r} on {date}")
    report = find_gaps(G, subject, names, via, binding, params)
    explained = {(g.rule, g.subject, g.counterpart, g.details.get("topic")): g for g in report.gaps}
    wanted = set(rows)
    gaps = [g for key, g in explained.items() if key in wanted]
    for row in rows:
        if tuple(row) not in explained:
            gaps.append(
                Gap(
                    row.rule,
                    row.subject,
                    row.counterpart,
                    "reported by the Cypher rule",
                    [],
                    None,
                    0.0,
                    counterpart_name=G.nodes[row.counterpart]["name"] if row.counterpart in G else None,
                    subject_name=G.nodes[subject]["name"],
                    details={"topic": row.topic},
                )
            )
    order = {name: i for i, name in enumerate(names)}
    report.gaps = sorted(gaps, key=lambda g: order[g.rule])  # stable: keeps the in-memory order within a rule
    return report
