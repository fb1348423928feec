"""Finding the data files of a dataset folder (shared by the loader and the cache)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from .errors import Problem

__all__ = ["DATA_SUFFIXES", "iter_data_files"]

DATA_SUFFIXES = (".yaml", ".yml", ".jsonl")


def iter_data_files(folder: Path, problems: list[Problem]) -> Iterator[Path]:
    """Regular data files under ``folder`` in a stable order; symlink loops and special files become problems."""
    seen: set[str] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            problems.append(Problem(root, None, None, None, "symlink loop: this folder was already read"))
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(DATA_SUFFIXES) and not name.startswith("."):
                path = Path(root) / name
                # a FIFO blocks on open and /dev/zero never ends: read regular files only
                try:
                    regular = stat.S_ISREG(path.stat().st_mode)
                except OSError as exc:
                    problems.append(Problem(str(path), None, None, None, f"cannot read file: {exc.strerror or exc}"))
                    continue
                if not regular:
                    problems.append(
                        Problem(str(path), None, None, None, "not a regular file (a device, FIFO or socket)")
                    )
                    continue
                yield path
