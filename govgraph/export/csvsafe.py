"""CSV cells that spreadsheets will not run as formulas (CSV injection).

A text cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return
gets a leading ``'``. To undo it in pandas, drop a ``'`` that comes before one
of those characters: ``df.replace(r"^'(?=[=+\\-@\\t\\r])", "", regex=True)``.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["FORMULA_START", "safe_cell", "safe_text"]

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# control characters but tab, newline and carriage return, lone surrogates and U+FFFE/U+FFFF:
# what XML 1.0 forbids, and what moves a terminal's cursor when the file is printed
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def safe_cell(value: Any) -> Any:
    """Prefix text that a spreadsheet would read as a formula with a quote; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        # a negative number written as text stays a number for spreadsheets that parse it
        try:
            float(value)
            return value
        except ValueError:
            return "'" + value
    return value


def safe_text(text: str) -> str:
    """``text`` without control characters, prefixed like :func:`safe_cell`: the default cell of the CSV export."""
    return safe_cell(_CONTROL.sub("", text))  # type: ignore[no-any-return]
