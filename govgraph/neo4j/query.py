"""Running a Cypher file (the analyst queries, or the user's own) with parameters."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import UsageError
from .cypherfile import split_statements
from .push import DEFAULT_DATASET, _Target

__all__ = ["parse_param", "run_query_file"]


def parse_param(item: str) -> tuple[str, Any]:
    """``NAME=VALUE`` as a query parameter: JSON values (numbers, true, null, lists) or else text."""
    name, sep, raw = item.partition("=")
    name = name.strip()
    if not sep or not name.isidentifier():
        raise UsageError(f"--param: expected NAME=VALUE, got {item!r}")
    try:
        value: Any = json.loads(raw)
    except ValueError:
        value = raw
    if isinstance(value, dict):
        value = raw
    return name, value


def run_query_file(
    target: Any,
    path: str | Path,
    params: dict[str, Any] | None = None,
    dataset: str = DEFAULT_DATASET,
    database: str | None = None,
    as_of: str | None = None,
) -> list[dict[str, Any]]:
    """Run the statements of a Cypher file; returns the rows of the last one.

    ``$dataset`` and ``$as_of`` default to the given dataset and today.
    """
    from ..dates import check_date

    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read {file}: {exc.strerror or exc}") from None
    statements = split_statements(text)
    if not statements:
        raise UsageError(f"{file} holds no Cypher statement")
    values = {"dataset": dataset, "as_of": check_date(as_of), **(params or {})}
    t = _Target(target, database)
    rows: list[dict[str, Any]] = []
    try:
        for statement in statements:
            rows = t.write(statement, values)
    finally:
        t.close()
    return rows
