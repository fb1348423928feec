"""Forum overlap: the Jaccard similarity of the state member sets of every pair of forums.

A regime-complex study asks how much the forums of a policy field share
their members: two RCPs with the same states are nested or redundant venues,
two with no common state are separate. A state belongs to a forum through a
``member_of``, ``associate_of`` or ``participates_in`` relation in force on
the graph's date (:data:`govgraph.vocab.BELONGING_TYPES`); the forums are the
regional consultative processes, inter-regional forums, regional economic
communities and global processes (:data:`OVERLAP_KINDS`; city networks have
cities, not states, as members).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..errors import UsageError
from .projection import forum_members

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["OVERLAP_COLUMNS", "OVERLAP_KINDS", "check_kinds", "forum_overlap", "state_members"]

#: Forum kinds whose members are states, in the order the ``--kind`` help lists them.
OVERLAP_KINDS: tuple[str, ...] = ("rcp", "irf", "rec", "global_process")
OVERLAP_COLUMNS: tuple[str, ...] = (
    "forum_a",
    "forum_b",
    "kind_a",
    "kind_b",
    "members_a",
    "members_b",
    "shared",
    "union",
    "jaccard",
)


def check_kinds(kinds: Iterable[str] | None) -> tuple[str, ...]:
    """The forum kinds asked for (default: all of :data:`OVERLAP_KINDS`); a UsageError names an unknown one."""
    chosen = tuple(dict.fromkeys(kinds or ()))
    for kind in chosen:
        if kind not in OVERLAP_KINDS:
            raise UsageError(f"--kind: unknown forum kind {kind!r} (choose from {', '.join(OVERLAP_KINDS)})")
    return chosen or OVERLAP_KINDS


def state_members(G: nx.MultiDiGraph, kinds: Iterable[str] | None = None) -> dict[Any, frozenset[Any]]:
    """Each forum of the chosen kinds with at least one state member, and its state members on ``G``'s date."""
    wanted = set(check_kinds(kinds))
    return {
        forum: frozenset(states)
        for forum, states in forum_members(G).items()
        if G.nodes[forum].get("kind") in wanted and states
    }


def forum_overlap(G: nx.MultiDiGraph, kinds: Iterable[str] | None = None) -> pd.DataFrame:
    """Jaccard similarity of the state member sets of every pair of forums, one row per pair.

    Parameters
    ----------
    G : the governance graph as of a date (``govgraph.temporal.as_of``).
    kinds : forum kinds to compare (default: ``rcp``, ``irf``, ``rec``, ``global_process``).

    Returns
    -------
    pandas.DataFrame with columns :data:`OVERLAP_COLUMNS`: the two forum ids
    (``forum_a < forum_b``), their kinds, their member counts, the number of
    states in both (``shared``), in either (``union``) and
    ``jaccard = shared / union``. Every pair of forums with at least one state
    member appears, pairs with no common member included (``jaccard`` 0);
    rows are sorted by ``jaccard`` (highest first), then by the ids.
    ``df.attrs`` holds the date, the kinds and the forums compared.

    Raises
    ------
    UsageError : an unknown forum kind.

    Examples
    --------
    >>> import govgraph as gg
    >>> from govgraph.metrics.overlap import forum_overlap
    >>> df = forum_overlap(gg.graph(gg.load_world(), as_of="2024-06-01"), kinds=["rec"])  # doctest: +SKIP
    """
    import pandas as pd

    chosen = check_kinds(kinds)
    members = state_members(G, chosen)
    rows = []
    for a, b in combinations(sorted(members), 2):
        shared = len(members[a] & members[b])
        union = len(members[a] | members[b])
        kind_a, kind_b = G.nodes[a].get("kind"), G.nodes[b].get("kind")
        rows.append((a, b, kind_a, kind_b, len(members[a]), len(members[b]), shared, union, shared / union))
    df = pd.DataFrame(rows, columns=list(OVERLAP_COLUMNS))
    df = df.sort_values(["jaccard", "forum_a", "forum_b"], ascending=[False, True, True], kind="stable")
    df = df.reset_index(drop=True)
    df.attrs = {"as_of": G.graph.get("as_of"), "kinds": list(chosen), "forums": len(members), "pairs": len(df)}
    return df
