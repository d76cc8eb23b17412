"""What :meth:`TemporalNetwork.solve` returns."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from timeline.solver.errors import UnknownPointError
from timeline.solver.graph import INF, Csr


@dataclass(frozen=True)
class CycleConflict:
    """One negative cycle: constraints that cannot all hold together.

    ``sources`` and ``constraints`` (insertion indices) follow the cycle, each
    constraint once; removing any one of them leaves a satisfiable set, so the
    set is minimal. ``weight`` is the cycle's total (negative) weight in days;
    ``dropped`` the source of the constraint set aside to break it.

    >>> CycleConflict(("a", "b"), (0, 1), -2, "b", 1).sources
    ('a', 'b')
    """

    sources: tuple[Hashable, ...]
    constraints: tuple[int, ...]
    weight: int
    dropped: Hashable
    dropped_constraint: int


@dataclass(frozen=True)
class Graph:
    """The kept distance graph with its bounds (solver internals, read-only).

    ``earliest`` is meaningful where ``earliest_known``; ``latest`` is INF where
    unbounded. ``schedule`` is a feasible assignment of every point (the earliest
    bound where one exists, as late as allowed otherwise). Node ids follow sorted
    names, the zero point being 0: ``rank[ids[name]]`` is a point's node.
    """

    names: list[str]
    ids: dict[str, int]
    rank: np.ndarray
    csr: Csr
    earliest: np.ndarray
    earliest_known: np.ndarray
    latest: np.ndarray
    schedule: np.ndarray

    def bounds(self) -> dict[str, tuple[int | None, int | None]]:
        """``{point: (earliest, latest)}``, None where unbounded."""
        early = np.where(self.earliest_known, self.earliest, None)[1:].tolist()
        late = np.where(self.latest < INF, self.latest, None)[1:].tolist()
        return dict(zip(self.names, zip(early, late)))

    @cached_property
    def lists(self) -> tuple[list[int], list[int], list[int], list[int]]:
        """``(indptr, head, weight, schedule)`` as lists: faster to walk in Python."""
        return (self.csr.indptr.tolist(), self.csr.head.tolist(), self.csr.weight.tolist(),
                self.schedule.tolist())

    def node(self, name: str) -> int:
        """Node id of a point."""
        found = self.ids.get(name)
        if not found:
            raise UnknownPointError(name)
        return int(self.rank[found])


@dataclass(frozen=True)
class SolveResult:
    """The solved network.

    Attributes
    ----------
    consistent : bool
        Whether the network as given had a solution.
    conflicts : tuple of CycleConflict
        Negative cycles met, in the order they were broken.
    dropped : tuple
        Sources of the constraints dropped to restore consistency.
    bounds : dict
        ``{point: (earliest, latest)}``, tightest after the drops; None = unbounded.
    order : tuple of str
        Every point, in an order some solution of the kept constraints follows
        (ties by earliest bound, then the constraints among equals, then name).
    entailed : tuple of bool
        ``entailed[i]``: every solution has ``t(order[i]) <= t(order[i + 1])``
        (proved; False also when the bounded proof search gave up).
    """

    consistent: bool
    conflicts: tuple[CycleConflict, ...]
    dropped: tuple[Hashable, ...]
    bounds: dict[str, tuple[int | None, int | None]]
    order: tuple[str, ...]
    entailed: tuple[bool, ...]
    graph: Graph = field(repr=False, compare=False)

    def precedes(self, x: str, y: str, max_edges: int = 100_000) -> bool:
        """Whether every solution of the kept constraints has ``t(x) <= t(y)``.

        False when it does not follow, or could not be proved within
        ``max_edges`` scanned edges (the answer is sound, never optimistic).

        >>> from timeline.solver import TemporalNetwork
        >>> net = TemporalNetwork(); net.add_constraint("a", "b", 0, None)
        >>> r = net.solve(); r.precedes("a", "b"), r.precedes("b", "a")
        (True, False)
        """
        from timeline.solver.order import precedes_ids

        return precedes_ids(self.graph, self.graph.node(x), self.graph.node(y), max_edges)
