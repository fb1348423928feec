"""Gould-Fernandez brokerage roles on a directed simple graph with node groups.

A broker b sits on an open two-path a -> b -> c: a != c, and no arc a -> c
(when a reaches c directly, b brokers nothing). With g() the group of a node
(its level by default):

=================  ==========================  ===============================
role               groups                      governance reading
=================  ==========================  ===============================
coordinator        g(a) = g(b) = g(c)          brokers inside its own level
consultant         g(a) = g(c) != g(b)         links two actors of another level (itinerant)
representative     g(a) = g(b) != g(c)         carries its level's ties out to another level
gatekeeper         g(b) = g(c) != g(a)         lets another level in to its own
liaison            g(a), g(b), g(c) all differ links two other levels
=================  ==========================  ===============================
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

__all__ = ["ROLES", "brokerage"]

ROLES: tuple[str, ...] = ("coordinator", "gatekeeper", "representative", "consultant", "liaison")


def _role_table(ngroups: int) -> np.ndarray:
    """role[gb, ga, gc] -> index into ROLES."""
    table = np.empty((ngroups, ngroups, ngroups), dtype=np.int64)
    for gb in range(ngroups):
        for ga in range(ngroups):
            for gc in range(ngroups):
                if ga == gb == gc:
                    role = "coordinator"
                elif ga == gc:
                    role = "consultant"
                elif ga == gb:
                    role = "representative"
                elif gb == gc:
                    role = "gatekeeper"
                else:
                    role = "liaison"
                table[gb, ga, gc] = ROLES.index(role)
    return table


def brokerage(n: int, arcs: Iterable[tuple[int, int]], groups: Sequence[int]) -> np.ndarray:
    """Counts of each role (columns in :data:`ROLES` order) for each node position.

    ``arcs`` are (i, j) positions of a directed simple graph; ``groups`` gives
    each position's group number (0..G-1).
    """
    group = np.asarray(groups, dtype=np.int64)
    ngroups = int(group.max()) + 1 if n else 1
    succ: list[set[int]] = [set() for _ in range(n)]
    pred: list[set[int]] = [set() for _ in range(n)]
    for i, j in arcs:
        if i != j:
            succ[i].add(j)
            pred[j].add(i)
    table = _role_table(ngroups)
    out = np.zeros((n, len(ROLES)), dtype=np.int64)
    for b in range(n):
        P, S = pred[b], succ[b]
        if not P or not S:
            continue
        pc = np.bincount(group[list(P)], minlength=ngroups)
        sc = np.bincount(group[list(S)], minlength=ngroups)
        counts = np.outer(pc, sc)  # every two-path a -> b -> c by (g(a), g(c))
        mutual = P & S
        if mutual:  # a -> b -> a is no two-path
            mc = np.bincount(group[list(mutual)], minlength=ngroups)
            counts[np.arange(ngroups), np.arange(ngroups)] -= mc
        for a in P:  # closed two-paths: a reaches c directly
            closed = succ[a] & S
            if closed:
                ga = group[a]
                for c in closed:
                    counts[ga, group[c]] -= 1
        out[b] = np.bincount(table[group[b]].ravel(), weights=counts.ravel(), minlength=len(ROLES)).astype(np.int64)
    return out
