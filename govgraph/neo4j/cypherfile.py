"""Reading the Cypher library: files under ``cypher/``, split into statements."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..errors import UsageError
from ..resources import cypher_dir

__all__ = ["library_file", "read_statements", "split_statements", "strip_comments"]


def _scan(text: str) -> list[tuple[str, str]]:
    """Cut Cypher text into ('code'|'string'|'comment'|'semicolon', text) pieces."""
    pieces: list[tuple[str, str]] = []
    i, n, start = 0, len(text), 0
    while i < n:
        c = text[i]
        if c in "'\"`":
            pieces.append(("code", text[start:i]))
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" and c != "`" else 1
            pieces.append(("string", text[i : j + 1]))
            i = start = j + 1
        elif text.startswith("//", i):
            pieces.append(("code", text[start:i]))
            j = text.find("\n", i)
            j = n if j < 0 else j
            pieces.append(("comment", text[i:j]))
            i = start = j
        elif text.startswith("/*", i):
            pieces.append(("code", text[start:i]))
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            pieces.append(("comment", text[i:j]))
            i = start = j
        elif c == ";":
            pieces.append(("code", text[start:i]))
            pieces.append(("semicolon", ";"))
            i = start = i + 1
        else:
            i += 1
    pieces.append(("code", text[start:]))
    return pieces


def strip_comments(text: str) -> str:
    """The text without ``//`` and ``/* */`` comments (strings and backquoted names kept)."""
    return "".join(t for kind, t in _scan(text) if kind != "comment").strip()


def split_statements(text: str) -> list[str]:
    """The statements of a script, split on semicolons outside strings, comments dropped."""
    statements, current = [], []
    for kind, t in _scan(text):
        if kind == "semicolon":
            statements.append("".join(current).strip())
            current = []
        elif kind != "comment":
            current.append(t)
    statements.append("".join(current).strip())
    return [s for s in statements if s]


def library_file(name: str) -> Path:
    """A file of the Cypher library, e.g. ``gaps/forum-gap.cypher``."""
    path = cypher_dir() / name
    if not path.is_file():
        raise UsageError(f"the Cypher library has no file {name} (looked in {cypher_dir()})")
    return path


@cache
def read_statements(name: str) -> tuple[str, ...]:
    """The statements of a library file, comments stripped."""
    return tuple(split_statements(library_file(name).read_text(encoding="utf-8")))
