"""Plain-text rendering of reports for the terminal: readable at any width, safe for any data text.

Text from data is stripped of control characters so a name cannot move the
cursor or recolour the terminal; headers are bold only on a terminal.
"""

from __future__ import annotations

import re
from typing import Any

import click

__all__ = ["clean", "gap_report_text", "header", "one_line", "profile_text", "source_line"]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: Any) -> str:
    """Data text with terminal control characters removed."""
    return _CONTROL.sub("", str(text))


def one_line(text: Any) -> str:
    """Data text for a one-line message: control characters removed, line breaks made spaces."""
    return clean(str(text).replace("\r", " ").replace("\n", " "))


def header(text: str) -> str:
    return click.style(text, bold=True)


def source_line(source: dict[str, Any]) -> str:
    ref = source.get("url") or source.get("publication") or ""
    flag = "" if source.get("checked") else ", unchecked"
    return clean(f"{source.get('title')} ({source.get('as_of')}{flag}) {ref}".strip())


#: How each rule reads for a policy reader.
RULE_LABELS = {
    "forum-gap": "regional forum",
    "neighbour-gap": "neighbour",
    "corridor-gap": "migration corridor",
    "commitment-gap": "commitment",
    "exposure-gap": "core instruments",
    "rejection-gap": "rejection or exit",
    "vertical-gap": "national and local",
    "horizontal-gap": "whole of government",
    "institutional-gap": "global architecture",
    "society-gap": "whole of society",
    "regional-coherence": "regional coherence",
}
#: Gaps a brief shows when no --top is given.
BRIEF_TOP = 5


def _confidence_word(value: float) -> str:
    return "high" if value >= 0.85 else "medium" if value >= 0.65 else "low"


def _first_source(gap: Any) -> str:
    for e in gap.expected_because:
        for s in e.sources:
            return f"{s.get('title', 'no title')} ({s.get('as_of', 'date not recorded')})"
    return "no source recorded"


def _instruments(gap: Any) -> set[str]:
    """The instruments a gap is about: those it lists as missing, or its counterpart when that is an instrument."""
    if gap.details.get("missing"):
        return set(gap.details["missing"])
    return {gap.counterpart} if gap.rule == "commitment-gap" and gap.counterpart else set()


def _fold_same_instruments(gaps: list[Any]) -> list[tuple[Any, list[Any]]]:
    """Gaps in priority order, each with the lower-ranked gaps about no other instruments than it (shown as
    "also", not as gaps of their own: Lebanon lacks the 1967 Protocol for its refugees and for its GCR vote)."""
    shown: list[tuple[Any, list[Any]]] = []
    for g in gaps:
        mine = _instruments(g)
        host = next((s for s in shown if mine and mine <= _instruments(s[0])), None)
        if host is None:
            shown.append((g, []))
        else:
            host[1].append(g)
    return shown


def gap_brief_text(report: Any, shown: int | None = None) -> list[str]:
    """A policy reader's view: the top gaps by priority, one plain sentence and one source each, and the notes.

    A lower-ranked gap about the same instruments as one above it is one more reason for that gap ("also").
    """
    name = report.subject_name or report.subject
    n = len(report.gaps)
    limit = shown if shown is not None else BRIEF_TOP
    lines = [
        header(clean(f"Coherence gaps of {name} [{report.subject}] as of {report.as_of}: {n} gap{'s' * (n != 1)}"))
    ]
    folded = _fold_same_instruments(report.gaps)
    listed = 0
    for i, (g, also) in enumerate(folded[:limit], 1):
        lines.append(
            clean(
                f"{i}. {g.reason}  [{RULE_LABELS.get(g.rule, g.rule)}; priority {g.priority:.2f}, "
                f"{_confidence_word(g.confidence)} confidence]"
            )
        )
        lines.append(clean(f"   source: {_first_source(g)}"))
        lines.extend(clean(f"   also: {other.reason}") for other in also)
        listed += 1 + len(also)
    if n > listed:
        lines.append(f"{n - listed} more gap{'s' * (n - listed != 1)} of lower priority: --top {n} to list them")
    if not n:
        lines.append("No gaps found by the rules that apply.")
    for notice in report.notices[:3]:
        lines.append(clean(f"note: {notice}"))
    if len(report.notices) > 3:
        lines.append(f"note: {len(report.notices) - 3} more notes on what was not assessed (--explain lists them)")
    if n:
        lines.append("Add --explain for the evidence and sources behind each gap.")
    return lines


def gap_report_text(report: Any, explain: bool, rule_summaries: dict[str, str]) -> list[str]:
    """The lines of a gap report with its evidence, grouped by rule, ranked by priority."""
    lines: list[str] = []
    name = report.subject_name or report.subject
    n = len(report.gaps)
    lines.append(
        header(clean(f"Coherence gaps of {name} [{report.subject}] as of {report.as_of}: {n} gap{'s' * (n != 1)}"))
    )
    by_rule: dict[str, list[Any]] = {}
    for g in report.gaps:
        by_rule.setdefault(g.rule, []).append(g)
    for rule_name, items in by_rule.items():
        lines.append("")
        lines.append(header(f"{rule_name} ({len(items)})") + clean(f" — {rule_summaries.get(rule_name, '')}"))
        for i, g in enumerate(items, 1):
            who = f"{g.counterpart_name} [{g.counterpart}]" if g.counterpart else str(g.details.get("topic", ""))
            lines.append(
                clean(f"  {i}. {who}  (priority {g.priority:.2f}, confidence {g.confidence:.2f}, score {g.score:.2f})")
            )
            lines.append(clean(f"     why: {g.reason}"))
            channel = g.nearest_channel.description if g.nearest_channel else "none"
            lines.append(clean(f"     nearest channel: {channel}"))
            if explain:
                lines.append("     expected because:")
                cited: dict[str, int] = {}
                for e in g.expected_because:
                    when = f" [{e.since}{'–' + e.until if e.until else ''}]" if e.since else ""
                    refs = [cited.setdefault(source_line(s), len(cited) + 1) for s in e.sources]
                    mark = f" ({', '.join(f's{r}' for r in refs)})" if refs else ""
                    lines.append(clean(f"       • {e.statement}{when}{mark}"))
                for text, number in cited.items():
                    lines.append(f"       s{number}: {text}")
    if not report.gaps:
        lines.append("No gaps found by the rules that apply.")
    for notice in report.notices:
        lines.append(clean(f"note: {notice}"))
    if report.gaps and not explain:
        lines.append("Add --explain for the evidence and sources behind each gap.")
    return lines


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:,.2f}".rstrip("0").rstrip(".")


def _figure_lines(profile: Any) -> list[str]:
    """A state's migration profile: each indicator's latest figure with its year and source."""
    if not profile.figures:
        return []
    lines = ["", header(f"Migration profile (latest figure known on {profile.as_of})")]
    for f in profile.figures:
        extra = len(f["sources"]) - 1
        source = (f["sources"][0].get("title", "") if f["sources"] else "no source") + (
            f" and {extra} more source{'s' if extra > 1 else ''}" if extra > 0 else ""
        )
        lines.append(clean(f"  {f['label']}: {_number(f['value'])} ({f['year']}; {source})"))
        if f.get("note"):
            lines.append(clean(f"    note: {f['note']}"))
    return lines


def _coverage_lines(profile: Any) -> list[str]:
    """Which curated lists of a state are complete: what is missing from an incomplete list is unknown."""
    from ..vocab import COVERAGE_LISTS

    if profile.attributes.get("kind") != "state":
        return []
    parts = []
    for name in COVERAGE_LISTS:
        c = profile.coverage.get(name)
        state = "not reviewed" if c is None else f"{'complete' if c['complete'] else 'not complete'} ({c['reviewed']})"
        parts.append(f"{name.replace('_', ' ')}: {state}")
    return [
        "",
        header("Curated lists (a list that is not complete says nothing about what is missing)"),
        "  " + "; ".join(parts),
    ]


def _instrument_status(a: dict[str, Any]) -> list[str]:
    lines = []
    if a.get("ended"):
        lines.append(f"ended {a['ended']}" + (f": {a['end_reason']}" if a.get("end_reason") else ""))
    if a.get("suspended"):
        lines.append(f"suspended {a['suspended']}")
    if a.get("published_parties") is not None:
        lines.append(f"published parties: {a['published_parties']} on {a['published_as_of']}")
    if a.get("parties_complete") is False:
        lines.append("party list here is incomplete: a state not listed may be a party")
    return [clean(line) for line in lines]


def _tie_line(t: Any, span: str) -> str:
    rel = t.type if t.outgoing else f"{t.type} (by)"
    if t.role:
        rel += f" ({t.role})"
    flag = "" if t.checked else "  [unchecked]"
    reserve = f"  [reservations: {', '.join(t.reservations)}]" if t.reservations else ""
    return clean(f"    {rel:<22} {t.counterpart_name} [{t.counterpart}]{span}{reserve}{flag}")


def _ended_lines(profile: Any, with_sources: bool) -> list[str]:
    if not profile.ended:
        return []
    lines = ["", header(f"Ended by {profile.as_of} ({len(profile.ended)})")]
    for t in profile.ended:
        why = f" ({t.end_reason})" if t.end_reason else ""
        lines.append(_tie_line(t, f"  {t.since or '?'}–{t.until or ''} ended {t.ended}{why}"))
        if with_sources:
            lines += ["        source: " + source_line(s) for s in t.sources]
    return lines


def profile_text(profile: Any, group_title: Any, with_sources: bool) -> list[str]:
    """The lines of an actor's profile, grouped by relation group, then level and binding."""
    a = profile.attributes
    title = f"{a['name']} [{profile.id}]" + (f" ({a['acronym']})" if a.get("acronym") else "")
    lines = [header(clean(title))]
    facts = [f"{a['entity']}: {a['kind']}", f"level: {a['level']}"]
    for key in ("country", "region", "subregion", "sector", "scope", "founded", "dissolved", "adopted", "in_force"):
        if a.get(key):
            facts.append(f"{key}: {a[key]}")
    if a.get("entity") == "instrument":
        facts.append("binding" if a.get("binding") else "non-binding")
    if a.get("membership_recorded") is False:
        facts.append("membership not recorded")
    lines.append(clean(" · ".join(facts)))
    lines += _instrument_status(a)
    lines.append(f"as of {profile.as_of}")
    for s in a.get("sources", []):
        lines.append("source: " + source_line(s))
    lines += _figure_lines(profile) + _coverage_lines(profile)
    if not profile.groups:
        lines.append("No relations in force on this date.")
    lines += _group_lines(profile, group_title, with_sources)
    return lines + _ended_lines(profile, with_sources)


def _group_lines(profile: Any, group_title: Any, with_sources: bool) -> list[str]:
    lines: list[str] = []
    for group, ties in profile.groups.items():
        lines.append("")
        lines.append(header(f"{group_title(group)} ({len(ties)})"))
        current = None
        for t in ties:
            key = (t.counterpart_level, t.binding)
            if key != current:
                current = key
                lines.append(f"  {t.counterpart_level} · {'binding' if t.binding else 'non-binding'}")
            span = ""
            if t.since or t.until:
                span = f"  {t.since or '?'}–{t.until or ''}"
            lines.append(_tie_line(t, span))
            if with_sources:
                for s in t.sources:
                    lines.append("        source: " + source_line(s))
    return lines


def compare_text(changes: list[Any], start: str, end: str) -> list[str]:
    """Gaps opened and closed between two dates, each with the first event behind it."""
    opened = [c for c in changes if c.change == "opened"]
    closed = [c for c in changes if c.change == "closed"]
    lines = [header(f"Gaps between {start} and {end}: {len(opened)} opened, {len(closed)} closed")]
    for title, items in (("Opened", opened), ("Closed", closed)):
        if not items:
            continue
        lines += ["", header(title)]
        for c in items:
            g = c.gap
            who = g.counterpart_name or g.details.get("topic") or ""
            lines.append(clean(f"  {g.subject_name or g.subject} · {g.rule} · {who}  ({c.date or 'no dated event'})"))
            lines.append(clean(f"     {g.reason}"))
            if c.events:
                lines.append(clean(f"     event: {c.events[0]}"))
    return lines
