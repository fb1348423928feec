"""CSV cells that spreadsheets will not run as formulas (CSV injection)."""

from __future__ import annotations

from typing import Any

__all__ = ["safe_cell"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """Prefix text that a spreadsheet would read as a formula with a quote; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        # a negative number written as text stays a number for spreadsheets that parse it
        try:
            float(value)
            return value
        except ValueError:
            return "'" + value
    return value
