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


def gap_report_text(report: Any, explain: bool, rule_summaries: dict[str, str]) -> list[str]:
    """The lines of a gap report, grouped by rule, ranked by score."""
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
            lines.append(clean(f"  {i}. {who}  (score {g.score:.2f})"))
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
    lines.append(clean(" · ".join(facts)))
    lines.append(f"as of {profile.as_of}")
    for s in a.get("sources", []):
        lines.append("source: " + source_line(s))
    if not profile.groups:
        lines.append("No relations in force on this date.")
    for group, ties in profile.groups.items():
        lines.append("")
        lines.append(header(f"{group_title(group)} ({len(ties)})"))
        current = None
        for t in ties:
            key = (t.counterpart_level, t.binding)
            if key != current:
                current = key
                lines.append(f"  {t.counterpart_level} · {'binding' if t.binding else 'non-binding'}")
            rel = t.type if t.outgoing else f"{t.type} (by)"
            if t.role:
                rel += f" ({t.role})"
            span = ""
            if t.since or t.until:
                span = f"  {t.since or '?'}–{t.until or ''}"
            flag = "" if t.checked else "  [unchecked]"
            lines.append(clean(f"    {rel:<22} {t.counterpart_name} [{t.counterpart}]{span}{flag}"))
            if with_sources:
                for s in t.sources:
                    lines.append("        source: " + source_line(s))
    return lines
