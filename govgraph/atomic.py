"""Write output files atomically: a temporary file beside the target, then rename.

A crash, a full disk or Ctrl-C leaves either the old file or the new one,
never half of one, and never a stray temporary file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .errors import UsageError

__all__ = ["atomic_write", "check_writable"]


def check_writable(path: str | os.PathLike[str]) -> Path:
    """Fail early, with a clear message, when ``path`` cannot be written."""
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise UsageError(f"cannot write {str(target)!r}: it is a folder")
    if not parent.is_dir():
        raise UsageError(f"cannot write {str(target)!r}: folder {str(parent)!r} does not exist")
    if not os.access(parent, os.W_OK):
        raise UsageError(f"cannot write {str(target)!r}: folder {str(parent)!r} is not writable")
    return target


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO[Any]]:
    """Open a temporary file for writing; on success it replaces ``path``, on any error it is removed."""
    target = check_writable(path)
    binary = "b" in mode
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, mode, encoding=None if binary else encoding, newline=None if binary else "") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise UsageError(f"cannot write {str(target)!r}: {exc.strerror or exc}") from None
        raise
