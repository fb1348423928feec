"""A cache of built graphs, keyed by the content hash of the data files.

Loading and validating YAML costs far more than the everyday query, so the
graph built from a dataset is kept (pickled) under the user's cache folder
and reused while no data file changed. Any error while reading or writing the
cache falls back to a fresh build; the cache never changes an answer.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import networkx as nx

from . import __version__
from .datafiles import iter_data_files
from .errors import Problem
from .gcpause import gc_paused

__all__ = ["cache_dir", "cached_graph", "dataset_key"]

_FORMAT = 2  # bump when the graph's attributes change
_KEEP = 8  # cached datasets kept


def cache_dir() -> Path | None:
    """``$GOVGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/govgraph`` or ``~/.cache/govgraph``; None when disabled."""
    configured = os.environ.get("GOVGRAPH_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured and configured != "0" else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "govgraph"


def dataset_key(folders: Sequence[Path]) -> str | None:
    """A hash of every data file's path and bytes; None when a folder cannot be read cleanly."""
    digest = hashlib.blake2b(f"{__version__}:{_FORMAT}".encode(), digest_size=20)
    problems: list[Problem] = []
    for folder in folders:
        if not folder.is_dir():
            return None
        digest.update(str(folder.resolve()).encode())
        for path in iter_data_files(folder, problems):
            try:
                data = path.read_bytes()
            except OSError:
                return None
            digest.update(str(path).encode() + b"\0" + len(data).to_bytes(8, "little"))
            digest.update(data)
    return None if problems else digest.hexdigest()


def cached_graph(folders: Sequence[Path], build: Callable[[], nx.MultiDiGraph]) -> nx.MultiDiGraph:
    """The temporal graph of ``folders``, from the cache when the data is unchanged, else built and stored."""
    directory = cache_dir()
    key = dataset_key(folders) if directory is not None else None
    if directory is None or key is None:
        return build()
    path = directory / f"graph-{key}.pickle"
    with contextlib.suppress(OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        with path.open("rb") as handle, gc_paused():
            G = pickle.load(handle)  # noqa: S301 - our own file, named by the hash of the data it was built from
        if isinstance(G, nx.MultiDiGraph):
            return G
    G = build()
    with contextlib.suppress(OSError, pickle.PicklingError):
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".graph-", dir=directory)
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(G, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        old = sorted(directory.glob("graph-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in old[_KEEP:]:
            stale.unlink()
    return G
