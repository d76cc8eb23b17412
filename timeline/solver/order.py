"""The display order of the points and which of its steps are entailed.

The order sorts points by a feasible schedule (the earliest bound where one
exists, the latest time the constraints allow otherwise; see
:func:`timeline.solver.solve._display`), so some solution of the kept
constraints follows it. Among points of one schedule day, a point that a
constraint puts no later than another comes first (a "level" along the tight
zero-weight edges), then names decide.

Whether ``t(x) <= t(y)`` in every solution is the shortest-path question
``dist(y -> x) <= 0``. It is answered by the bounds when ``latest(x) <=
earliest(y)``, by a direct constraint, or by a small Dijkstra search from ``y``
over weights made non-negative by the schedule (Johnson's reweighting), pruned
at the distance that would still prove it.
"""

from __future__ import annotations

import heapq

import numpy as np

from timeline.solver.graph import INF
from timeline.solver.result import Graph

_LEVEL_ROUNDS = 32
_PAIR_EDGES = 256  # edges one eager search may scan
_TOTAL_EDGES = 100_000  # at most this many edges scanned by all eager searches together ...
_EDGE_SHARE = 1  # ... and at most this many per edge of the graph: order stays near-linear


def _levels(g: Graph) -> np.ndarray:
    csr, s = g.csr, g.schedule
    u, v = csr.tail, csr.head
    tight = (csr.weight == 0) & (u != 0) & (v != 0) & (s[u] == s[v])
    u, v = u[tight], v[tight]
    level = np.zeros(len(s), dtype=np.int64)
    for _ in range(_LEVEL_ROUNDS):  # capped: equal points (zero cycles) would climb forever
        new = level.copy()
        np.maximum.at(new, u, level[v] + 1)  # edge u -> v of weight 0: v no later than u
        if np.array_equal(new, level):
            break
        level = new
    return level


def _proved_by_bounds(g: Graph, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    late = g.latest[x]
    return g.earliest_known[y] & (late < INF) & (late <= g.earliest[y])


def _proved_by_edge(g: Graph, ranked: np.ndarray) -> np.ndarray:
    """Per adjacent pair (x, y): is there a kept edge y -> x of weight <= 0 (t(x) <= t(y))?"""
    csr = g.csr
    pos = np.full(len(g.schedule), -2, dtype=np.int64)
    pos[ranked] = np.arange(len(ranked))
    hit = (csr.weight <= 0) & (pos[csr.head] + 1 == pos[csr.tail]) & (pos[csr.head] >= 0)
    proved = np.zeros(max(len(ranked) - 1, 0), dtype=bool)
    proved[pos[csr.head[hit]]] = True
    return proved


def order_points(g: Graph) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """The display order of every point and, per adjacent pair, whether it is entailed.

    >>> from timeline.solver import TemporalNetwork
    >>> net = TemporalNetwork(); net.add_constraint("b", "a", 0, None); net.bound("b", 3, 9)
    >>> r = net.solve(); r.order, r.entailed
    (('b', 'a'), (True,))
    """
    ids = np.arange(len(g.schedule))
    ranked = np.lexsort((ids, _levels(g), g.schedule))
    ranked = ranked[ranked != 0]
    x, y = ranked[:-1], ranked[1:]
    proved = _proved_by_bounds(g, x, y) | _proved_by_edge(g, ranked)
    spent, budget = 0, min(_TOTAL_EDGES, _EDGE_SHARE * len(g.csr.edge))
    adjacency = _small_lists(g)
    for i in np.flatnonzero(~proved).tolist():
        if spent >= budget:
            break
        found, used = _search(g, int(x[i]), int(y[i]), _PAIR_EDGES, adjacency)
        proved[i] = found
        spent += used
    names = g.names
    order = tuple([names[i - 1] for i in ranked.tolist()])
    return order, tuple(proved.tolist())


def precedes_ids(g: Graph, x: int, y: int, max_edges: int) -> bool:
    """Whether ``t(x) <= t(y)`` is proved for node ids ``x``, ``y`` (see module doc).

    >>> from timeline.solver import TemporalNetwork
    >>> net = TemporalNetwork(); net.add_constraint("a", "b", 2, None)
    >>> net.add_constraint("b", "c", -1, None)
    >>> r = net.solve(); r.precedes("a", "c"), r.precedes("c", "a")
    (True, False)
    """
    if x == y or bool(_proved_by_bounds(g, np.array([x]), np.array([y]))[0]):
        return True
    return _search(g, x, y, max_edges, _small_lists(g))[0]


def _small_lists(g: Graph) -> tuple | None:
    """The graph as lists when it is small (lists walk faster than arrays), else None."""
    return g.lists if len(g.csr.edge) <= _TOTAL_EDGES else None


def _search(g: Graph, x: int, y: int, cap: int, adjacency: tuple | None = None) -> tuple[bool, int]:
    """Bounded Dijkstra from ``y`` for ``dist(y -> x) <= 0``; (proved, edges scanned).

    The zero point is never expanded: the best path through it is
    ``latest(x) - earliest(y)``, which the bounds test already tried.
    ``adjacency`` is ``(indptr, head, weight, schedule)`` as lists (fast on small
    graphs); by default the arrays themselves are read.
    """
    indptr, head, weight, s = adjacency or (g.csr.indptr, g.csr.head, g.csr.weight, g.schedule)
    budget = int(s[y]) - int(s[x])  # dist = reduced dist + s[x] - s[y]
    if budget < 0:
        return False, 0
    best = {y: 0}
    heap = [(0, y)]
    scanned = 0
    while heap:
        d, u = heapq.heappop(heap)
        if d > budget or scanned >= cap:
            return False, scanned
        if u == x:
            return True, scanned
        if d > best[u] or u == 0:
            continue
        lo, hi = int(indptr[u]), int(indptr[u + 1])
        scanned += hi - lo
        base = d + int(s[u])
        for k in range(lo, hi):
            v = int(head[k])
            nd = base + int(weight[k]) - int(s[v])  # reduced weights are >= 0
            if nd <= budget and nd < best.get(v, nd + 1):
                best[v] = nd
                heapq.heappush(heap, (nd, v))
    return False, scanned
