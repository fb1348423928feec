"""Write output files atomically: a temporary file beside the target, then rename.

A crash, a full disk or Ctrl-C leaves either the old file or the new one,
never half of one, and never a stray temporary file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from .errors import UsageError

__all__ = ["atomic_write", "atomic_write_all", "check_writable"]


def _is_special(target: Path) -> bool:
    """True for an existing target that is not a regular file (a device such as /dev/null, a FIFO)."""
    try:
        return not stat.S_ISREG(target.stat().st_mode)
    except OSError:
        return False


def check_writable(path: str | os.PathLike[str]) -> Path:
    """Fail early, with a clear message, when ``path`` cannot be written."""
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise UsageError(f"cannot write {str(target)!r}: it is a folder")
    if not parent.is_dir():
        raise UsageError(f"cannot write {str(target)!r}: folder {str(parent)!r} does not exist")
    if _is_special(target):
        if not os.access(target, os.W_OK):
            raise UsageError(f"cannot write {str(target)!r}: permission denied")
        return target
    # try it: os.access says yes to root everywhere, and knows nothing of read-only mounts or /proc
    try:
        fd, probe = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise UsageError(
            f"cannot write {str(target)!r}: folder {str(parent)!r} is not writable ({exc.strerror or exc})"
        ) from None
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return target


def _default_mode() -> int:
    """The mode a plain open() would give a new file (0666 less the umask)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO[Any]]:
    """Open a temporary file for writing; on success it replaces ``path``, on any error it is removed."""
    target = check_writable(path)
    binary = "b" in mode
    kwargs: dict[str, Any] = {} if binary else {"encoding": encoding, "newline": ""}
    if _is_special(target):
        # a device or FIFO is written in place: renaming over it would replace /dev/null for everyone
        try:
            with open(target, mode, **kwargs) as handle:
                yield handle
        except OSError as exc:
            raise UsageError(f"cannot write {str(target)!r}: {exc.strerror or exc}") from None
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise UsageError(f"cannot write {str(target)!r}: {exc.strerror or exc}") from None
    try:
        os.fchmod(fd, _default_mode())  # mkstemp makes 0600; an output file gets the usual mode
        with os.fdopen(fd, mode, **kwargs) as handle:
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


def atomic_write_all(writers: dict[Path, Callable[[IO[Any]], Any]], mode: str = "w") -> list[Path]:
    """Write several files all or nothing: each writer fills its file; none is renamed into place before
    every one is complete and on disk (the innermost rename comes first), so a failure leaves the old files."""
    with contextlib.ExitStack() as stack:
        for path, write in writers.items():
            handle = stack.enter_context(atomic_write(path, mode))
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
    return list(writers)
