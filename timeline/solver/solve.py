"""From a :class:`TemporalNetwork` to a :class:`SolveResult`.

Two propagations over the distance graph (edge ``u -> v`` of weight ``w``
means ``t(v) - t(u) <= w``; ``Z`` is the zero point):

1. earliest bounds: shortest paths *to* ``Z`` (from ``Z`` in the reversed
   graph). Every point also gets a virtual edge to ``Z`` of a weight ``M``
   larger than twice the sum of all weights, so every point is reached: a
   negative cycle anywhere shows up (virtual edges can never lie on one), and
   the distances give a feasible schedule even for undated points. Conflicts are
   found, reported and dropped here; a drop undoes every distance derived
   through the dropped edges (see :meth:`Relaxer.drop`), so the bounds stay exact.
2. latest bounds: shortest paths *from* ``Z`` over the kept edges.
3. a display schedule (see :func:`_display`) that orders the points.
"""

from __future__ import annotations

import numpy as np

from timeline.solver.errors import InternalSolverError, InvalidConstraintError
from timeline.solver.graph import DEAD, INF, Csr, Relaxer, build_csr
from timeline.solver.network import TemporalNetwork
from timeline.solver.order import order_points
from timeline.solver.result import CycleConflict, Graph, SolveResult


def _column(values: list[int | None]) -> tuple[np.ndarray, np.ndarray]:
    """(present mask, int64 values with 0 for None); None becomes NaN on the way."""
    raw = np.array(values, dtype=np.float64)
    present = ~np.isnan(raw)
    if present.any() and np.abs(raw[present]).max() >= 2**52:
        raise InvalidConstraintError("a bound is too large to be a day count", float(np.abs(raw[present]).max()))
    return present, np.where(present, raw, 0).astype(np.int64)


def _self_contradictions(net: TemporalNetwork, has_lo: np.ndarray, lo: np.ndarray,
                         has_hi: np.ndarray, hi: np.ndarray) -> list[CycleConflict]:
    """Constraints with ``lo > hi``: each a conflict on its own, dropped before propagation."""
    bad = np.flatnonzero(has_lo & has_hi & (lo > hi)).tolist()
    return [CycleConflict(sources=(net.sources[c],), constraints=(c,), weight=int(hi[c] - lo[c]),
                          dropped=net.sources[c], dropped_constraint=c) for c in bad]


def _edges(net: TemporalNetwork, rank: np.ndarray,
           conflicts: list[CycleConflict]) -> tuple[np.ndarray, ...]:
    """tail, head, weight, constraint id of every edge, as int64 arrays.

    ``rank`` maps the network's point ids to node ids (the zero point stays 0).
    Self-contradictory constraints give no edge; their conflicts go to ``conflicts``.
    """
    a = rank[np.array(net.a, dtype=np.int64)]
    b = rank[np.array(net.b, dtype=np.int64)]
    has_hi, hi = _column(net.hi)
    has_lo, lo = _column(net.lo)
    conflicts.extend(_self_contradictions(net, has_lo, lo, has_hi, hi))
    if conflicts:
        alive = np.ones(len(a), dtype=bool)
        alive[[c.dropped_constraint for c in conflicts]] = False
        has_hi, has_lo = has_hi & alive, has_lo & alive
    ids = np.arange(len(a), dtype=np.int64)
    tail = np.concatenate([a[has_hi], b[has_lo]])
    head = np.concatenate([b[has_hi], a[has_lo]])
    weight = np.concatenate([hi[has_hi], -lo[has_lo]])
    return tail, head, weight, np.concatenate([ids[has_hi], ids[has_lo]])


def _big_m(weight: np.ndarray) -> int:
    total = int(np.abs(weight).sum()) if weight.size else 0
    m = 4 * total + 4
    if m >= 2**58:
        raise InvalidConstraintError("weights too large to propagate safely", total)
    return m


def _cycle_conflict(csr: Csr, slots: np.ndarray, cons: np.ndarray, net: TemporalNetwork,
                    confidence: np.ndarray) -> CycleConflict:
    weight = int(csr.weight[slots].sum())
    if weight >= 0:
        raise InternalSolverError("a predecessor cycle is not negative", slots.tolist())
    members = list(dict.fromkeys(cons[csr.edge[slots]].tolist()))  # cycle order, no repeats
    first = members.index(min(members))  # start the cycle at its oldest constraint
    members = members[first:] + members[:first]
    victim = min(members, key=lambda c: (confidence[c], -c))
    return CycleConflict(sources=tuple(net.sources[c] for c in members),
                         constraints=tuple(members), weight=weight,
                         dropped=net.sources[victim], dropped_constraint=victim)


def _constraint_slots(csr: Csr, cons: np.ndarray, count: int) -> np.ndarray:
    """``slots[c]``: the (up to two) CSR slots of constraint ``c``'s edges, -1 if none."""
    slots = np.full((count, 2), -1, dtype=np.int64)
    order = np.arange(len(csr.edge))
    owner = cons[csr.edge]
    first = np.full(count, len(order), dtype=np.int64)
    np.minimum.at(first, owner, order)
    slots[:, 0] = np.where(first < len(order), first, -1)
    second = order[slots[owner, 0] != order]  # each constraint has at most two edges
    slots[owner[second], 1] = second
    return slots


def _earliest_pass(n: int, forward: Csr, cons: np.ndarray, m: int, net: TemporalNetwork,
                   confidence: np.ndarray, conflicts: list[CycleConflict]) -> tuple[np.ndarray, np.ndarray]:
    """Distances to Z (virtual edges of weight m) and the kept-constraint mask.

    Each negative cycle is appended to ``conflicts`` and its victim's edges are
    dropped before propagation goes on.
    """
    csr = build_csr(n, forward.head, forward.tail, forward.weight, forward.edge)
    start = np.full(n, m, dtype=np.int64)
    start[0] = 0
    relaxer = Relaxer(csr, start, np.arange(n), incoming=forward)
    owned = _constraint_slots(csr, cons, len(confidence))
    kept = np.ones(len(confidence), dtype=bool)
    kept[[c.dropped_constraint for c in conflicts]] = False
    while cycles := relaxer.run():
        gone = []
        for slots in cycles:  # disjoint parent cycles: as if broken one after another
            if not kept[cons[csr.edge[slots]]].all():
                continue  # already broken by a drop in this batch
            conflict = _cycle_conflict(csr, slots, cons, net, confidence)
            conflicts.append(conflict)
            kept[conflict.dropped_constraint] = False
            gone.append(owned[conflict.dropped_constraint])
        gone_slots = np.concatenate(gone)
        relaxer.drop(gone_slots[gone_slots >= 0])
    return relaxer.dist, kept


def _latest_pass(csr: Csr, start: np.ndarray, frontier: np.ndarray) -> np.ndarray:
    relaxer = Relaxer(csr, start, frontier)
    if relaxer.run():
        raise InternalSolverError("a negative cycle survived the drops", "latest pass")
    return relaxer.dist


def _display(forward: Csr, earliest: np.ndarray, known: np.ndarray, m: int) -> np.ndarray:
    """A feasible schedule for display: dated points at their earliest bound, the others
    as late as the constraints allow (undated at ``m``, after every date).

    It is the latest solution of the network with each dated point pinned to its
    earliest bound (feasible, as the earliest schedule satisfies it), found from Z
    with a virtual edge ``Z -> v`` of weight ``m`` to every point.
    """
    start = np.where(known, earliest, m)
    start[0] = 0
    return _latest_pass(forward, start, np.arange(len(start)))


def solve_network(net: TemporalNetwork) -> SolveResult:
    """Solve ``net``: see :meth:`TemporalNetwork.solve`.

    >>> net = TemporalNetwork()
    >>> net.bound("x", 5, 5, source="x on 5"); net.bound("x", 7, 7, source="x on 7")
    >>> r = solve_network(net)
    >>> r.consistent, r.conflicts[0].sources, r.dropped, r.bounds["x"]
    (False, ('x on 5', 'x on 7'), ('x on 7',), (5, 5))
    """
    keys = list(net.ids)  # insertion order, the zero point first
    by_name = sorted(range(1, len(keys)), key=keys.__getitem__)
    names = [keys[i] for i in by_name]
    n = len(keys)
    rank = np.zeros(n, dtype=np.int64)  # network id -> node id (sorted by name; zero stays 0)
    rank[np.array(by_name, dtype=np.int64)] = np.arange(1, n, dtype=np.int64)
    conflicts: list[CycleConflict] = []
    tail, head, weight, cons = _edges(net, rank, conflicts)
    confidence = np.array(net.confidence, dtype=np.float64)
    m = _big_m(weight)
    forward = build_csr(n, tail, head, weight, np.arange(len(tail)))
    to_zero, kept = _earliest_pass(n, forward, cons, m, net, confidence, conflicts)
    forward.weight[~kept[cons[forward.edge]]] = DEAD
    start = np.full(n, INF, dtype=np.int64)
    start[0] = 0
    from_zero = _latest_pass(forward, start, np.array([0]))
    known = to_zero < m // 2
    graph = Graph(names=names, ids=dict(net.ids), rank=rank, csr=forward, earliest=-to_zero, earliest_known=known,
                  latest=from_zero, schedule=_display(forward, -to_zero, known, m))
    order, entailed = order_points(graph)
    return SolveResult(consistent=not conflicts, conflicts=tuple(conflicts),
                       dropped=tuple(c.dropped for c in conflicts), bounds=graph.bounds(),
                       order=order, entailed=entailed, graph=graph)
