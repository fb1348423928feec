"""Errors raised by govgraph: one base class, each error says what and where.

The library raises these and never prints or exits; the CLI turns them into
one clear message per problem and a non-zero exit.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "BackendError",
    "DataError",
    "GovGraphError",
    "Problem",
    "UnknownActorError",
    "UsageError",
]


class GovGraphError(Exception):
    """Base class of every error govgraph raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One invalid thing in the data: where it is and what is wrong."""

    file: str
    line: int | None
    entity: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where]
        if self.entity:
            parts.append(f"entity {self.entity!r}")
        if self.field:
            parts.append(f"field {self.field!r}")
        return f"{', '.join(parts)}: {self.message}"


class DataError(GovGraphError):
    """The dataset is invalid; carries every problem found in one run."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        n = len(problems)
        head = f"{n} problem{'s' if n != 1 else ''} in the data"
        super().__init__(head + ":\n" + "\n".join(str(p) for p in problems))


class UnknownActorError(GovGraphError):
    """A name given by the user matches no actor or instrument."""

    def __init__(self, query: str, suggestions: list[str], candidates: list[str] | None = None):
        self.query = query
        self.suggestions = suggestions
        self.candidates = candidates or []
        if self.candidates:
            msg = f"{query!r} is ambiguous: it matches {', '.join(self.candidates)}"
        else:
            msg = f"unknown actor or instrument {query!r}"
            if suggestions:
                msg += f"; did you mean {', '.join(suggestions)}?"
        super().__init__(msg)


class UsageError(GovGraphError):
    """An argument from the user is invalid (bad date, unknown rule, format...)."""


class BackendError(GovGraphError):
    """A graph database could not be reached or refused a request."""
