"""Where the bundled data, Cypher library and view assets live.

In an installed package they are package data under ``govgraph/_bundled``;
in a source checkout they are the top-level folders of the repository.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["assets_dir", "bundled_data_dir", "cypher_dir"]

_PACKAGE = Path(__file__).resolve().parent
_REPO = _PACKAGE.parent


def _find(installed: str, checkout: str) -> Path:
    candidate = _PACKAGE / "_bundled" / installed
    return candidate if candidate.is_dir() else _REPO / checkout


def bundled_data_dir() -> Path:
    """The folder of the curated dataset shipped with govgraph."""
    return _find("actors", "data/actors")


def cypher_dir() -> Path:
    """The folder of the Cypher library (schema, load, gaps, queries)."""
    return _find("cypher", "cypher")


def assets_dir() -> Path:
    """The folder of view templates and JavaScript/CSS assets."""
    return _find("visualizations", "visualizations")
