"""Sparse shortest paths with negative-cycle extraction, vectorised with numpy.

The propagation is a frontier (queue-by-rounds) Bellman-Ford: each round relaxes
only the out-edges of the nodes whose distance fell in the previous round, so a
news-like network converges in a number of rounds close to the depth of its
shortest-path trees, at numpy speed per round. Every distance carries the edge
that last lowered it (``pred``). A cycle among those predecessor edges is always
a negative cycle of the graph (Cherkassky & Goldberg's parent-graph lemma holds for
these simultaneous rounds too, because distances only fall), and a negative cycle
always shows up there eventually; so cycles are looked for in ``pred`` only:
cheaply every round (a short walk back from the nodes just lowered) and fully
(pointer doubling over all nodes) once the work done since the last full look
pays for it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

INF = np.int64(2**61)  # no walk yet; finite distances stay below 2**58
DEAD = np.int64(2**62)  # weight of a dropped edge: lowers nothing, not even INF
_ROUND_COST = 2_000  # elements a round's numpy calls cost, in the amortised cycle check
_LOCAL_STEPS = 8
_LOCAL_LIMIT = 4_096


@dataclass(frozen=True)
class Csr:
    """Edges grouped by tail: ``slot`` ranges ``indptr[u]:indptr[u+1]`` leave ``u``."""

    indptr: np.ndarray
    tail: np.ndarray
    head: np.ndarray
    weight: np.ndarray
    edge: np.ndarray


def build_csr(n: int, tail: np.ndarray, head: np.ndarray, weight: np.ndarray,
              edge: np.ndarray) -> Csr:
    """Group edges by tail (keeping their given order within a tail) into a :class:`Csr`.

    >>> import numpy as np
    >>> g = build_csr(2, np.array([1, 0]), np.array([0, 1]), np.array([5, -1]), np.array([0, 1]))
    >>> g.indptr.tolist(), g.head.tolist(), g.edge.tolist()
    ([0, 1, 2], [1, 0], [1, 0])
    """
    order = np.argsort(tail, kind="stable")  # callers pass edges in a canonical order
    counts = np.bincount(tail, minlength=n)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=indptr[1:])
    return Csr(indptr, tail[order].astype(np.int64), head[order].astype(np.int64),
               weight[order].astype(np.int64).copy(), edge[order].astype(np.int64))


def _slots_of(csr: Csr, nodes: np.ndarray) -> np.ndarray:
    """Slot ids of every out-edge of ``nodes``, without a Python loop."""
    starts = csr.indptr[nodes]
    counts = csr.indptr[nodes + 1] - starts
    total = int(counts.sum())
    first = np.cumsum(counts) - counts
    return np.repeat(starts - first, counts) + np.arange(total, dtype=np.int64)


class Relaxer:
    """One shortest-path computation over a :class:`Csr`, resumable after drops.

    ``dist`` holds the starting distances (each must be the length of some walk
    from the source, or INF); ``frontier`` the nodes whose out-edges may still
    relax. :meth:`run` returns the CSR slots of some negative cycles, or ``[]``
    once every edge is satisfied. ``incoming`` (the same edges grouped by head; built
    when None) lets :meth:`drop` find the in-neighbours of a node. State is local
    to the instance.

    >>> import numpy as np
    >>> g = build_csr(3, np.array([0, 1, 2]), np.array([1, 2, 0]), np.array([1, -3, 1]),
    ...               np.arange(3))
    >>> r = Relaxer(g, np.array([0, INF, INF]), np.array([0]))
    >>> sorted(g.edge[r.run()[0]].tolist())
    [0, 1, 2]
    """

    def __init__(self, csr: Csr, dist: np.ndarray, frontier: np.ndarray,
                 incoming: Csr | None = None) -> None:
        self.csr = csr
        self.incoming = incoming  # the same edges grouped by head, for drops
        self._slot_of_edge = np.zeros(0, dtype=np.int64)
        self._into_source: np.ndarray | None = None
        if incoming is not None:
            self._slot_of_edge = np.full(int(csr.edge.max(initial=-1)) + 1, -1, dtype=np.int64)
            self._slot_of_edge[csr.edge] = np.arange(len(csr.edge))
        self.n = len(csr.indptr) - 1
        self.start = dist.astype(np.int64).copy()
        self.dist = self.start.copy()
        self.pred = np.full(self.n, -1, dtype=np.int64)
        self._mark = np.zeros(self.n, dtype=bool)
        self.frontier = self._distinct(frontier.astype(np.int64))
        self._work = 0
        self._full_cost = (self.n + 1) * (int(np.log2(self.n + 1)) + 2)

    def run(self) -> list[np.ndarray]:
        """Relax until converged (``[]``) or negative cycles appear (their slots each)."""
        while True:
            cycles = self._look_for_cycle()  # first: a drop may leave a cycle behind
            if cycles or not self.frontier.size:
                return cycles
            self.frontier = self._round()

    def drop(self, slots: np.ndarray) -> None:
        """Remove edges (by slot) and undo every distance that was derived through them.

        Nodes whose parent chain reaches a dropped edge before reaching the
        source go back to their starting value (the source too, if it is among
        them; the source's own children stay, as their values come from the
        source's value before any cycle lowered it: cycles through the source
        are caught in the round that closes them). Every kept distance is then
        again the length of a walk over kept edges, so convergence still gives
        exact shortest paths.
        """
        csr = self.csr
        csr.weight[slots] = DEAD
        roots = csr.head[slots][self.pred[csr.head[slots]] == slots]
        reset = self._subtree(np.unique(roots))
        self.dist[reset] = self.start[reset]
        self.pred[reset] = -1
        # pull: relax only the edges into the reset nodes (a round restricted to them);
        # nothing else can improve, as every out-neighbour already saw their start values
        if self.incoming is None:
            self.incoming = build_csr(self.n, csr.head, csr.tail, csr.weight, csr.edge)
            self._slot_of_edge = np.full(int(csr.edge.max(initial=-1)) + 1, -1, dtype=np.int64)
            self._slot_of_edge[csr.edge] = np.arange(len(csr.edge))
        into = self._slot_of_edge[self.incoming.edge[_slots_of(self.incoming, reset)]]
        lowered = self._relax(into[into >= 0])
        self.frontier = self._distinct(np.concatenate([self.frontier, lowered]))

    def _subtree(self, roots: np.ndarray) -> np.ndarray:
        """``roots`` and every node hanging below them by parent edges (not past the source)."""
        csr = self.csr
        marked = np.zeros(self.n, dtype=bool)
        marked[roots] = True
        level = roots
        while level.size:
            out = _slots_of(csr, level[level != 0])
            heads = csr.head[out]
            child = (self.pred[heads] == out) & ~marked[heads]
            level = self._distinct(heads[child])
            marked[level] = True
        return np.flatnonzero(marked)

    def _round(self) -> np.ndarray:
        return self._relax(_slots_of(self.csr, self.frontier))

    def _relax(self, slots: np.ndarray) -> np.ndarray:
        """Relax the edges at ``slots`` at once (Jacobi); the nodes lowered, sorted."""
        csr = self.csr
        self._work += slots.size + _ROUND_COST
        if slots.size == 0:
            return slots
        cand = self.dist[csr.tail[slots]] + csr.weight[slots]
        heads = csr.head[slots]
        better = cand < self.dist[heads]
        if not better.any():
            return slots[:0]
        slots, heads, cand = slots[better], heads[better], cand[better]
        np.minimum.at(self.dist, heads, cand)
        won = cand == self.dist[heads]
        heads, slots = heads[won], slots[won]
        # parent = the smallest winning slot per head, whatever numpy's write order
        self.pred[heads] = INF
        np.minimum.at(self.pred, heads, slots)
        return self._distinct(heads)

    def _distinct(self, nodes: np.ndarray) -> np.ndarray:
        """Sorted distinct nodes: by sorting when few, by a marker array when many."""
        if nodes.size * 64 < self.n:
            return np.unique(nodes)
        self._mark[nodes] = True
        found = np.flatnonzero(self._mark)
        self._mark[found] = False
        return found

    def _look_for_cycle(self) -> list[np.ndarray]:
        if self.dist[0] < self.start[0]:
            cycles = self._source_cycles()
            if cycles:
                return cycles
        nodes = self._source_cycle_nodes()
        if not nodes.size:
            nodes = self._local_cycle_nodes()
        if not nodes.size and self._work >= self._full_cost:
            self._work = 0
            nodes = self._full_cycle_nodes()
        return self._cycles(nodes)

    def _parent(self, nodes: np.ndarray) -> np.ndarray:
        slot = self.pred[nodes]
        if not self.csr.tail.size:
            return np.full(len(nodes), -1, dtype=np.int64)
        return np.where(slot >= 0, self.csr.tail[np.maximum(slot, 0)], -1)

    def _source_cycles(self) -> list[np.ndarray]:
        """Every cycle closed through the source this round, found together.

        An in-edge ``u -> source`` with ``dist[u] + w`` below the source's start,
        where ``u``'s parent chain leads back to the source, closes a negative cycle
        (the chain is at most ``dist[u] - start``). Date contradictions all show up
        this way in the same round, so they are broken in one batch; the cycles
        share the source, and the caller skips one that an earlier drop broke.
        """
        if self._into_source is None:
            self._into_source = np.flatnonzero(self.csr.head == 0)
        slots = self._into_source
        cand = self.dist[self.csr.tail[slots]] + self.csr.weight[slots]
        low = cand < self.start[0]
        slots, cand = slots[low], cand[low]
        cycles = []
        for slot in slots[np.lexsort((slots, cand))].tolist():
            chain, here, steps = [slot], int(self.csr.tail[slot]), 0
            while here != 0 and self.pred[here] >= 0 and steps <= self.n:
                chain.append(int(self.pred[here]))
                here, steps = int(self.csr.tail[chain[-1]]), steps + 1
            if here == 0:
                cycles.append(np.array(chain[::-1], dtype=np.int64))
        return cycles

    def _source_cycle_nodes(self) -> np.ndarray:
        # the source (node 0) lowered below its start: its parent chain ends in a cycle
        seen, here = {0}, 0
        while self.pred[here] >= 0:
            here = int(self.csr.tail[self.pred[here]])
            if here in seen:
                return np.array([here])
            seen.add(here)
        return np.zeros(0, dtype=np.int64)

    def _local_cycle_nodes(self) -> np.ndarray:
        # only small rounds of big graphs: lone spinning cycles; big rounds pay for
        # full checks soon, and on small graphs a full check costs about one round
        found = [np.zeros(0, dtype=np.int64)]
        if self.frontier.size > _LOCAL_LIMIT or self._full_cost < 16 * _ROUND_COST:
            return found[0]
        start = pos = self.frontier
        for _ in range(_LOCAL_STEPS):
            keep = pos >= 0
            start, pos = start[keep], self._parent(pos[keep])
            back = pos == start
            found.append(start[back])
            start, pos = start[~back], pos[~back]
            if not start.size:
                break
        return np.concatenate(found)

    def _full_cycle_nodes(self) -> np.ndarray:
        # pointer doubling on the parent forest; roots point to a sentinel node n
        jump = np.append(self._parent(np.arange(self.n)), -1)
        jump[jump < 0] = self.n
        for _ in range(int(np.log2(self.n + 1)) + 2):
            jump = jump[jump]
        return np.unique(jump[:-1][jump[:-1] != self.n])

    def _cycles(self, nodes: np.ndarray) -> list[np.ndarray]:
        """The distinct parent cycles through ``nodes`` (parent cycles never share a node)."""
        cycles, covered = [], set()
        for node in np.unique(nodes).tolist():
            if node in covered:
                continue
            slots, here = [], node
            while True:
                slot = int(self.pred[here])
                slots.append(slot)
                here = int(self.csr.tail[slot])
                covered.add(here)
                if here == node:
                    break
            cycles.append(np.array(slots[::-1], dtype=np.int64))
        return cycles
