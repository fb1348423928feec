"""Where the data builders read and write: paths relative to the repository, never to one machine.

Every builder takes ``--sources DIR`` (the raw extracts, default ``data/sources``) and
``--actors DIR`` (the dataset it writes, default ``data/actors``), so that
``make data-check`` can rebuild into a temporary folder and compare.
"""

from __future__ import annotations

import argparse
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "data" / "sources"
ACTORS = REPO / "data" / "actors"


def builder_args(description: str | None) -> argparse.ArgumentParser:
    """An argument parser with the two folders every builder takes."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--sources", type=Path, default=SOURCES, help="raw extracts (default: data/sources)")
    ap.add_argument("--actors", type=Path, default=ACTORS, help="dataset folder to write (default: data/actors)")
    return ap
