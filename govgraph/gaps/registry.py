"""The one place where gap rules are registered, with their parameters and defaults."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .context import GapContext
from .record import Gap

__all__ = ["RULES", "RULE_ORDER", "Rule", "rule"]

RuleFunction = Callable[[GapContext, str, dict[str, Any]], list[Gap]]


@dataclass(frozen=True)
class Rule:
    """A named, documented gap rule: which subjects it applies to and its parameters."""

    name: str
    function: RuleFunction
    subjects: frozenset[str]
    summary: str
    defaults: dict[str, Any] = field(default_factory=dict)


RULES: dict[str, Rule] = {}

#: The order in which rules run and reports list them: place, partners, commitments, levels, society.
RULE_ORDER = (
    "forum-gap",
    "neighbour-gap",
    "corridor-gap",
    "commitment-gap",
    "exposure-gap",
    "rejection-gap",
    "vertical-gap",
    "horizontal-gap",
    "institutional-gap",
    "society-gap",
    "regional-coherence",
)


def rule(name: str, subjects: set[str], summary: str, **defaults: Any) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule function under ``name`` with its parameter defaults."""

    def register(function: RuleFunction) -> RuleFunction:
        RULES[name] = Rule(name, function, frozenset(subjects), summary, dict(defaults))
        return function

    return register
