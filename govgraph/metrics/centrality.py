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

import numpy as np
import scipy.sparse as sp

__all__ = [
    "adjacency",
    "arc_matrix",
    "betweenness",
    "closeness",
    "core_number",
    "eigenvector",
    "pagerank",
    "structural_holes",
]


def adjacency(n: int, pairs: Iterable[tuple[int, int]]) -> sp.csr_array:
    """The symmetric 0/1 adjacency of an undirected simple graph from (i, j) pairs."""
    arr = np.array(list(pairs), dtype=np.int64).reshape(-1, 2)
    rows = np.concatenate([arr[:, 0], arr[:, 1]])
    cols = np.concatenate([arr[:, 1], arr[:, 0]])
    A = sp.csr_array((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    A.sum_duplicates()
    A.data[:] = 1.0
    return A


def arc_matrix(n: int, arcs: Iterable[tuple[int, int]]) -> sp.csr_array:
    """The 0/1 matrix of a directed simple graph: entry (i, j) for the arc i -> j."""
    arr = np.array(list(arcs), dtype=np.int64).reshape(-1, 2)
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
    At = A.T.tocsr()  # symmetric, but keep the product orientation explicit
    total = np.zeros(n)
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
    scale = 1.0 / ((n - 1) * (n - 2))
    if sources is not None and len(src):
        scale *= n / len(src)
    return total * scale


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
    AW = (sp.diags_array(inv) @ A).tocsr()  # row q scaled by 1/d_q
    constraint = np.full(n, np.nan)
    effective = np.full(n, np.nan)
    for start in range(0, n, chunk):
        stop = min(start + chunk, n)
        rows = A[start:stop]
        weighted = (rows @ AW).multiply(rows).tocsr()  # m_ij on ties only
        common = (rows @ A).multiply(rows).tocsr()  # |N(i) ∩ N(j)| on ties only
        d = deg[start:stop]
        ok = d > 0
        # sum over ties j of (1 + m_ij)^2 = d_i + 2 sum m_ij + sum m_ij^2
        msum = np.asarray(weighted.sum(axis=1)).ravel()
        msq = np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel()
        tri2 = np.asarray(common.sum(axis=1)).ravel()  # 2 t_i
        with np.errstate(divide="ignore", invalid="ignore"):
            c = (d + 2 * msum + msq) / d**2
            e = d - tri2 / d
        constraint[start:stop] = np.where(ok, c, np.nan)
        effective[start:stop] = np.where(ok, e, np.nan)
    return constraint, effective


def core_number(A: sp.csr_array) -> np.ndarray:
    """The k-core number of each node (Batagelj-Zaversnik bucket algorithm, O(m))."""
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
