"""The gap record: an expected coordination or commitment the graph does not show, and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["ROW_COLUMNS", "Channel", "Evidence", "Gap", "GapReport"]

#: The columns of a gap as one table row (the CSV export and ``GapReport.to_frame()``).
ROW_COLUMNS = (
    "rule",
    "subject",
    "subject_name",
    "counterpart",
    "counterpart_name",
    "topic",
    "priority",
    "confidence",
    "score",
    "mgi_domain",
    "gcm_objectives",
    "newest_evidence",
    "reason",
    "expected_because",
    "nearest_channel",
    "sources",
)


@dataclass(frozen=True)
class Evidence:
    """One fact that makes the gap expected: a statement and the relation behind it, with its sources."""

    statement: str
    source: str | None = None
    type: str | None = None
    target: str | None = None
    since: str | None = None
    until: str | None = None
    sources: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        # by hand, not dataclasses.asdict: its deep copy cost seconds on the 10^5 evidence items of a large world
        return {
            "statement": self.statement,
            "source": self.source,
            "type": self.type,
            "target": self.target,
            "since": self.since,
            "until": self.until,
            "sources": [dict(s) for s in self.sources],
        }


@dataclass(frozen=True)
class Channel:
    """The closest existing path between subject and counterpart, if any."""

    description: str
    path: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"description": self.description, "path": list(self.path)}


@dataclass
class Gap:
    """A coherence gap found by a rule.

    ``reason`` is one sentence an analyst can read; ``expected_because`` lists
    the evidence (edges and peers, with their sources); ``nearest_channel`` is
    the closest existing path; ``score`` (0..1) ranks gaps within a rule.
    """

    rule: str
    subject: str
    counterpart: str | None
    reason: str
    expected_because: list[Evidence]
    nearest_channel: Channel | None
    score: float
    counterpart_name: str | None = None
    subject_name: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    #: Comparable across rules: exposure × strength × confidence (see govgraph.gaps.grading).
    priority: float = 0.0
    #: How far the evidence can be trusted: source kind × checked × age.
    confidence: float = 0.0
    gcm_objectives: list[int] = field(default_factory=list)
    mgi_domain: str | None = None
    #: The date of the newest fact or source behind the gap.
    newest_evidence: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "subject": self.subject,
            "subject_name": self.subject_name,
            "counterpart": self.counterpart,
            "counterpart_name": self.counterpart_name,
            "reason": self.reason,
            "score": round(self.score, 4),
            "priority": self.priority,
            "confidence": self.confidence,
            "gcm_objectives": list(self.gcm_objectives),
            "mgi_domain": self.mgi_domain,
            "newest_evidence": self.newest_evidence,
            "expected_because": [e.to_dict() for e in self.expected_because],
            "nearest_channel": self.nearest_channel.to_dict() if self.nearest_channel else None,
            "details": self.details,
        }

    def table_row(self) -> dict[str, Any]:
        """The gap as one flat row (``ROW_COLUMNS``): evidence joined with " | ", source URLs with spaces."""
        urls = dict.fromkeys(
            s.get("url") or s.get("publication") or "" for e in self.expected_because for s in e.sources
        )
        return {
            "rule": self.rule,
            "subject": self.subject,
            "subject_name": self.subject_name,
            "counterpart": self.counterpart or "",
            "counterpart_name": self.counterpart_name or "",
            "topic": self.details.get("topic", ""),
            "priority": self.priority,
            "confidence": self.confidence,
            "score": round(self.score, 4),
            "mgi_domain": self.mgi_domain or "",
            "gcm_objectives": " ".join(str(o) for o in self.gcm_objectives),
            "newest_evidence": self.newest_evidence or "",
            "reason": self.reason,
            "expected_because": " | ".join(e.statement for e in self.expected_because),
            "nearest_channel": self.nearest_channel.description if self.nearest_channel else "",
            "sources": " ".join(u for u in urls if u),
        }

    @property
    def row(self) -> tuple[str, str, str | None]:
        """The identity of a gap (rule, subject, counterpart): what the Cypher twins return."""
        return (self.rule, self.subject, self.counterpart)


@dataclass
class GapReport:
    """The gaps of one subject (or of all states), and notices about data a rule lacked."""

    subject: str | None
    as_of: str | None
    gaps: list[Gap] = field(default_factory=list)
    subject_name: str | None = None
    notices: list[str] = field(default_factory=list)

    def keep_top(self, n: int) -> None:
        """Keep the ``n`` gaps of highest priority overall (ties keep the rule order)."""
        self.gaps = self.ranked()[:n]

    def trim(self, top: int | None = None, min_confidence: float | None = None) -> None:
        """What --min-confidence and --top ask for: drop the less sure gaps, then keep the ``top`` highest."""
        if min_confidence is not None:
            self.keep_confident(min_confidence)
        if top:
            self.keep_top(top)

    def keep_confident(self, minimum: float) -> None:
        """Keep the gaps whose confidence is at least ``minimum``."""
        self.gaps = [g for g in self.gaps if g.confidence >= minimum]

    def ranked(self) -> list[Gap]:
        """The gaps by priority, highest first (stable: rule order, then score, within equal priorities)."""
        return sorted(self.gaps, key=lambda g: -g.priority)

    def to_frame(self) -> Any:
        """The gaps as a pandas DataFrame with the columns of the CSV export (``ROW_COLUMNS``), by priority."""
        import pandas as pd

        return pd.DataFrame([g.table_row() for g in self.gaps], columns=list(ROW_COLUMNS))

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "subject_name": self.subject_name,
            "as_of": self.as_of,
            "gaps": [g.to_dict() for g in self.gaps],
            "notices": list(self.notices),
        }
