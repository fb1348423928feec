"""Fast, networkx-equivalent centralities on scipy sparse matrices.

Each function takes the symmetric 0/1 adjacency ``A`` (CSR, no self-loops) of
the undirected simple graph, or the arc matrix of the directed one, and returns
one value per node position. The tests check every function against its
networkx reference (``betweenness_centrality``, ``closeness_centrality``,
``eigenvector_centrality_numpy``, ``pagerank``, ``constraint``,
``effective_size``, ``core_number``) on small graphs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

__all__ = [
    "SampledBetweenness",
    "adjacency",
    "arc_matrix",
    "betweenness",
    "closeness",
    "core_number",
    "eigenvector",
    "pagerank",
    "sampled_betweenness",
    "structural_holes",
]


def _rows(pairs: Iterable[tuple[int, int]] | np.ndarray) -> np.ndarray:
    """(i, j) pairs as an (m, 2) integer array."""
    if isinstance(pairs, np.ndarray):
        return pairs.astype(np.int64, copy=False).reshape(-1, 2)
    return np.array(list(pairs), dtype=np.int64).reshape(-1, 2)


def adjacency(n: int, pairs: Iterable[tuple[int, int]] | np.ndarray) -> sp.csr_array:
    """The symmetric 0/1 adjacency of an undirected simple graph from (i, j) pairs (or an (m, 2) array)."""
    arr = _rows(pairs)
    rows = np.concatenate([arr[:, 0], arr[:, 1]])
    cols = np.concatenate([arr[:, 1], arr[:, 0]])
    A = sp.csr_array((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    A.sum_duplicates()
    A.data[:] = 1.0
    return A


def arc_matrix(n: int, arcs: Iterable[tuple[int, int]] | np.ndarray) -> sp.csr_array:
    """The 0/1 matrix of a directed simple graph: entry (i, j) for the arc i -> j (pairs or an (m, 2) array)."""
    arr = _rows(arcs)
    M = sp.csr_array((np.ones(len(arr)), (arr[:, 0], arr[:, 1])), shape=(n, n))
    M.sum_duplicates()
    M.data[:] = 1.0
    return M


def betweenness(A: sp.csr_array, sources: np.ndarray | None = None, batch: int = 128) -> np.ndarray:
    """Normalised betweenness (networkx's definition), exact or from sampled sources.

    Brandes' algorithm run for a batch of sources at once as sparse-matrix times
    dense-matrix products (level-synchronous BFS, then the dependency sums level
    by level). With ``sources`` given (k of n), the sum is scaled by n/k, as
    networkx does for ``betweenness_centrality(G, k=...)``.
    """
    n = A.shape[0]
    if n <= 2:
        return np.zeros(n)
    src = np.arange(n) if sources is None else np.asarray(sources, dtype=np.int64)
    total, _ = _dependency_sums(A, src, batch)
    scale = 1.0 / ((n - 1) * (n - 2))
    if sources is not None and len(src):
        scale *= n / len(src)
    return total * scale


@dataclass(frozen=True)
class SampledBetweenness:
    """Betweenness estimated from k sampled sources, with how far it may be from the exact value.

    ``standard_error`` is per node: the spread of the k sources' dependencies
    (sample standard deviation / sqrt(k), with the finite-population factor
    sqrt(1 - k/n), so it is 0 when every node is a source). ``bound`` holds
    for every node at once with probability ``confidence`` under the normal
    approximation (z of a Bonferroni split over the n nodes, times the
    largest standard error). ``bound_guaranteed`` needs no approximation
    (Hoeffding-Serfling for sampling without replacement, union over the n
    nodes, each source's contribution lying in [0, n/(n-1)]); it is
    conservative, often several times the real error.
    """

    values: np.ndarray
    standard_error: np.ndarray
    bound: float
    bound_guaranteed: float
    confidence: float

    def describe(self) -> dict[str, float]:
        """The error summary as plain values, for ``df.attrs`` and the JSON ``meta``."""
        return {
            "standard_error_max": _plain(np.nanmax(self.standard_error, initial=0.0)),
            "bound": _plain(self.bound),
            "bound_guaranteed": _plain(self.bound_guaranteed),
            "confidence": self.confidence,
        }


def _plain(value: float) -> float:
    """A float rounded to 3 significant digits (a bound is not more precise than that)."""
    return float(f"{value:.3g}")


def sampled_betweenness(
    A: sp.csr_array, sources: np.ndarray, confidence: float = 0.95, batch: int = 128
) -> SampledBetweenness:
    """Betweenness from ``sources`` (the values of :func:`betweenness`) and its error (see the class)."""
    from scipy.special import ndtri

    n, k = A.shape[0], len(sources)
    if n <= 2:
        return SampledBetweenness(np.zeros(n), np.zeros(n), 0.0, 0.0, confidence)
    total, squares = _dependency_sums(A, np.asarray(sources, dtype=np.int64), batch)
    unit = n / ((n - 1) * (n - 2))  # one source's dependency, scaled as in the estimate
    values = total * unit / k
    if k > 1:
        variance = np.maximum(squares - total**2 / k, 0.0) * unit**2 / (k - 1)
        error = np.sqrt(variance / k * max(1.0 - k / n, 0.0))
    else:
        error = np.full(n, np.nan)
    risk = 1.0 - confidence
    z = float(ndtri(1.0 - risk / (2 * n)))
    guaranteed = n / (n - 1) * np.sqrt((1.0 - (k - 1) / n) * np.log(2 * n / risk) / (2 * k))
    return SampledBetweenness(values, error, z * float(np.max(error)), float(guaranteed), confidence)


def _dependency_sums(A: sp.csr_array, src: np.ndarray, batch: int) -> tuple[np.ndarray, np.ndarray]:
    """Per node, the sum over ``src`` of Brandes' dependency delta_s(v), and the sum of its squares."""
    n = A.shape[0]
    At = A.T.tocsr()  # symmetric, but keep the product orientation explicit
    total, squares = np.zeros(n), np.zeros(n)
    for start in range(0, len(src), batch):
        S = src[start : start + batch]
        b = len(S)
        cols = np.arange(b)
        dist = np.full((n, b), -1, dtype=np.int32)
        sigma = np.zeros((n, b))
        dist[S, cols] = 0
        sigma[S, cols] = 1.0
        frontier = sigma.copy()
        depth = 0
        while True:
            reach = At @ frontier
            new = (reach > 0) & (dist < 0)
            if not new.any():
                break
            depth += 1
            dist[new] = depth
            frontier = np.where(new, reach, 0.0)
            sigma += frontier
        delta = np.zeros((n, b))
        safe_sigma = np.where(sigma > 0, sigma, 1.0)
        for level in range(depth, 0, -1):
            coef = np.where(dist == level, (1.0 + delta) / safe_sigma, 0.0)
            back = A @ coef
            delta += np.where(dist == level - 1, sigma * back, 0.0)
        delta[S, cols] = 0.0
        total += delta.sum(axis=1)
        squares += np.einsum("ij,ij->i", delta, delta)
    return total, squares


def closeness(A: sp.csr_array, sources: np.ndarray | None = None, chunk: int = 256) -> np.ndarray:
    """Closeness with the Wasserman-Faust correction for disconnected graphs (networkx's default).

    Breadth-first distances by scipy's compiled shortest-path routine, a chunk
    of sources at a time to bound memory. With ``sources`` (k of n), each
    node's reach and distance sum are estimated from its distances to the k
    sources (Eppstein and Wang's sampling; the graph is undirected, so
    d(s, v) = d(v, s)): closeness = (c / D) * (c / k'), with c the sources that
    reach it, D their distance sum and k' the sources other than itself. With
    every node as a source this is the exact value.
    """
    from scipy.sparse.csgraph import shortest_path

    n = A.shape[0]
    if n <= 1:
        return np.zeros(n)
    src = np.arange(n) if sources is None else np.asarray(sources, dtype=np.int64)
    count = np.zeros(n)
    total = np.zeros(n)
    for start in range(0, len(src), chunk):
        idx = src[start : start + chunk]
        D = shortest_path(A, method="D", directed=False, unweighted=True, indices=idx)
        D[np.arange(len(idx)), idx] = np.inf  # a source does not count towards itself
        finite = np.isfinite(D)
        count += finite.sum(axis=0)
        total += np.where(finite, D, 0.0).sum(axis=0)
    others = np.full(n, float(len(src)))
    others[src] -= 1
    with np.errstate(divide="ignore", invalid="ignore"):
        value = np.where(total > 0, (count / total) * (count / np.where(others > 0, others, 1.0)), 0.0)
    return value


def eigenvector(A: sp.csr_array) -> tuple[np.ndarray, str | None]:
    """Eigenvector centrality within the largest connected component, and a note when needed.

    Inside that component the values equal networkx's
    ``eigenvector_centrality_numpy`` (unit Euclidean norm); networkx refuses a
    disconnected graph, so nodes outside the component are NaN and the note
    says how many. When the solver does not converge every value is NaN.
    """
    from scipy.sparse.csgraph import connected_components
    from scipy.sparse.linalg import ArpackError, ArpackNoConvergence, eigsh

    n = A.shape[0]
    out = np.full(n, np.nan)
    if n == 0:
        return out, None
    if A.nnz == 0:
        return out, "eigenvector: the graph has no ties; values left empty"
    _ncomp, labels = connected_components(A, directed=False)
    giant = np.flatnonzero(labels == np.bincount(labels).argmax())
    sub = A[giant][:, giant]
    try:
        if len(giant) < 64:
            _, vecs = np.linalg.eigh(sub.toarray())
            vec = vecs[:, -1]
        else:
            _, vecs = eigsh(sub.astype(np.float64), k=1, which="LA", maxiter=max(1000, 50 * n), tol=1e-10)
            vec = vecs[:, 0]
    except (ArpackNoConvergence, ArpackError, np.linalg.LinAlgError) as exc:
        return out, f"eigenvector: the solver did not converge ({exc}); values left empty"
    vec = vec * np.sign(vec.sum() or 1.0)
    out[giant] = vec / np.linalg.norm(vec)
    note = None
    if len(giant) < n:
        note = f"eigenvector: computed in the largest component ({len(giant)} of {n} nodes); others left empty"
    return out, note


def pagerank(
    M: sp.csr_array, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 1000
) -> tuple[np.ndarray, str | None]:
    """PageRank of a directed simple graph (networkx's definition: dangling mass spread uniformly).

    Power iteration on the row-normalised arc matrix; stops when the L1 change
    is below ``tol`` (networkx stops at ``n * 1e-6``, loose on large graphs).
    Returns NaN values and a note when it does not converge within
    ``max_iter`` iterations.
    """
    n = M.shape[0]
    if n == 0:
        return np.zeros(0), None
    out = np.asarray(M.sum(axis=1)).ravel()
    dangling = out == 0
    inv = np.where(dangling, 0.0, 1.0 / np.where(dangling, 1.0, out))
    P = sp.diags_array(inv) @ M
    PT = P.T.tocsr()
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        last = x
        x = alpha * (PT @ x + last[dangling].sum() / n) + (1 - alpha) / n
        if np.abs(x - last).sum() < tol:
            return x / x.sum(), None
    return np.full(n, np.nan), f"pagerank: no convergence in {max_iter} iterations; values left empty"


def structural_holes(A: sp.csr_array, chunk: int = 2048) -> tuple[np.ndarray, np.ndarray]:
    """Burt's constraint and effective size on an unweighted undirected graph (networkx's definitions).

    With degree d_i, p_ij = 1/d_i for a tie, and m_ij = sum over common
    neighbours q of 1/d_q: constraint_i = sum over neighbours j of
    ((1 + m_ij) / d_i)^2, and effective size_i = d_i - 2 t_i / d_i where t_i
    counts the ties among i's neighbours. Isolated nodes get NaN, as in networkx.
    """
    n = A.shape[0]
    deg = np.asarray(A.sum(axis=1)).ravel()
    inv = np.where(deg > 0, 1.0 / np.where(deg > 0, deg, 1.0), 0.0)
    # one product gives both sums: row q holds 1 + i/d_q on its ties (real part counts, imaginary part weighs)
    AC = (A + 1j * (sp.diags_array(inv) @ A)).tocsr()
    constraint = np.full(n, np.nan)
    effective = np.full(n, np.nan)
    for start in range(0, n, chunk):
        stop = min(start + chunk, n)
        rows = A[start:stop]
        both = (rows @ AC).multiply(rows).tocsr()  # on ties only: |N(i) ∩ N(j)| + i m_ij
        row_of = np.repeat(np.arange(stop - start), np.diff(both.indptr))
        tri2 = np.bincount(row_of, both.data.real, minlength=stop - start)  # 2 t_i
        # sum over ties j of (1 + m_ij)^2 = d_i + 2 sum m_ij + sum m_ij^2
        msum = np.bincount(row_of, both.data.imag, minlength=stop - start)
        msq = np.bincount(row_of, both.data.imag**2, minlength=stop - start)
        d = deg[start:stop]
        ok = d > 0
        with np.errstate(divide="ignore", invalid="ignore"):
            c = (d + 2 * msum + msq) / d**2
            e = d - tri2 / d
        constraint[start:stop] = np.where(ok, c, np.nan)
        effective[start:stop] = np.where(ok, e, np.nan)
    return constraint, effective


def core_number(A: sp.csr_array) -> np.ndarray:
    """The k-core number of each node (networkx's ``core_number``), peeled in batches with numpy.

    Level k removes, round after round, every remaining node whose remaining
    degree is at most k (all such nodes at once), gives it core number k and
    lowers its neighbours' degrees; the level ends when no remaining node has
    degree k or less, and the next level is the smallest remaining degree.
    Each node and each tie is handled once, and a level scans only the nodes
    still remaining (summed over levels, at most n + 2m), so the work is
    linear. Every round costs a fixed numpy overhead, so a graph that needs
    very many rounds (a long chain peels two nodes a round) is handed to the
    one-node-at-a-time bucket algorithm instead.
    """
    n = A.shape[0]
    indptr, indices = A.indptr.astype(np.int64), A.indices.astype(np.int64)
    deg = np.diff(indptr)
    live_max = len(indices)  # no remaining node has a larger degree
    peeled = 2 * live_max + 2  # a peeled node's degree: stays above live_max whatever is subtracted
    core = np.zeros(n, dtype=np.int64)
    last = np.empty(n, dtype=np.int64)
    remaining = np.arange(n)
    rounds_left = 64 + (n + live_max) // 256
    k = 0
    while remaining.size:
        remaining = remaining[deg[remaining] <= live_max]
        if not remaining.size:
            break
        k = max(k, int(deg[remaining].min()))
        frontier = remaining[deg[remaining] <= k]
        while frontier.size:
            rounds_left -= 1
            if rounds_left < 0:
                return _core_number_buckets(A)
            core[frontier] = k
            deg[frontier] = peeled
            touched = _neighbours(indptr, indices, frontier)
            np.subtract.at(deg, touched, 1)
            candidates = touched[deg[touched] <= k]
            last[candidates] = np.arange(candidates.size)  # keep one copy of each: the last one written
            frontier = candidates[last[candidates] == np.arange(candidates.size)]
    return core


def _neighbours(indptr: np.ndarray, indices: np.ndarray, nodes: np.ndarray) -> np.ndarray:
    """The CSR neighbour lists of ``nodes``, concatenated."""
    starts = indptr[nodes]
    counts = indptr[nodes + 1] - starts
    ends = np.cumsum(counts)
    return indices[np.repeat(starts - ends + counts, counts) + np.arange(ends[-1] if ends.size else 0)]


def _core_number_buckets(A: sp.csr_array) -> np.ndarray:
    """The k-core number of each node, one node at a time (Batagelj-Zaversnik bucket algorithm, O(m))."""
    n = A.shape[0]
    indptr, indices = A.indptr, A.indices
    deg = np.diff(indptr).astype(np.int64)
    if n == 0:
        return deg
    order = np.argsort(deg, kind="stable")
    pos = np.empty(n, dtype=np.int64)
    pos[order] = np.arange(n)
    maxdeg = int(deg.max())
    bin_start = np.zeros(maxdeg + 2, dtype=np.int64)
    np.cumsum(np.bincount(deg, minlength=maxdeg + 1), out=bin_start[1:])
    vert = order.tolist()
    posl = pos.tolist()
    degl = deg.tolist()
    binl = bin_start.tolist()
    ind = indices.tolist()
    ptr = indptr.tolist()
    for i in range(n):
        v = vert[i]
        dv = degl[v]
        for u in ind[ptr[v] : ptr[v + 1]]:
            du = degl[u]
            if du > dv:
                pu = posl[u]
                pw = binl[du]
                w = vert[pw]
                if u != w:
                    vert[pu], vert[pw] = w, u
                    posl[u], posl[w] = pw, pu
                binl[du] += 1
                degl[u] = du - 1
    return np.array(degl, dtype=np.int64)
