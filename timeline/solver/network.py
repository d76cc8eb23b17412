"""The Simple Temporal Network: points, difference bounds, absolute bounds.

Points are names; times are integer days (``date.toordinal()``). Each
constraint is stored once, in insertion order, and becomes at most two edges of
the distance graph: ``lo <= t(b) - t(a) <= hi`` gives ``a -> b`` of weight ``hi``
and ``b -> a`` of weight ``-lo``. An absolute bound ``earliest <= t(a) <= latest``
is the same with ``a`` measured from a hidden zero point whose time is 0.
"""

from __future__ import annotations

from collections.abc import Hashable
from numbers import Integral

from timeline.solver import allen
from timeline.solver.errors import InvalidConstraintError

ZERO = "\x00zero"  # the origin point; a name no caller can collide with by accident


def _check_int(value: object, what: str, evidence: tuple) -> int | None:
    if value is None or type(value) is int:
        return value  # type: ignore[return-value]
    if isinstance(value, bool) or not isinstance(value, Integral):
        raise InvalidConstraintError(f"{what} must be an int or None", evidence)
    return int(value)


def _check_point(name: object, evidence: tuple) -> str:
    if not isinstance(name, str) or not name or name == ZERO:
        raise InvalidConstraintError("a point must be a non-empty string", evidence)
    return name


def _check_confidence(confidence: object, evidence: tuple) -> float:
    if type(confidence) is float and 0.0 <= confidence <= 1.0:
        return confidence
    if isinstance(confidence, bool) or not isinstance(confidence, (int, float)) \
            or not 0.0 <= confidence <= 1.0:
        raise InvalidConstraintError("confidence must be a number in [0, 1]", evidence)
    return float(confidence)


class TemporalNetwork:
    """A set of time points and the bounds between them.

    Constraints are kept column-wise (one list per field, in insertion order)
    so that :meth:`solve` turns them into arrays without a Python loop.

    Examples
    --------
    >>> net = TemporalNetwork()
    >>> net.bound("e1.start", 737000, 737000, source="dated")
    >>> net.add_constraint("e1.start", "e2.start", 2, 5, source="two to five days later")
    >>> result = net.solve()
    >>> result.consistent, result.bounds["e2.start"]
    (True, (737002, 737005))
    """

    def __init__(self) -> None:
        self.ids: dict[str, int] = {ZERO: 0}  # point -> id in order of first mention
        self.a: list[int] = []  # constraint i: lo[i] <= t(b[i]) - t(a[i]) <= hi[i]
        self.b: list[int] = []
        self.lo: list[int | None] = []
        self.hi: list[int | None] = []
        self.sources: list[Hashable] = []
        self.confidence: list[float] = []

    def __len__(self) -> int:
        return len(self.a)

    @property
    def points(self) -> list[str]:
        """Every point named so far, in order of first mention."""
        return [name for name in self.ids if name != ZERO]

    def _id(self, name: object, evidence: tuple) -> int:
        found = self.ids.get(name)  # type: ignore[arg-type]
        if not found:  # new, or the zero point's reserved name
            _check_point(name, evidence)
            found = self.ids[name] = len(self.ids)  # type: ignore[index]
        return found

    def add_point(self, name: str) -> None:
        """Declare a point even if no constraint names it.

        >>> net = TemporalNetwork(); net.add_point("e1.start"); net.points
        ['e1.start']
        """
        self._id(name, (name,))

    def _append(self, a: int, b: int, lo: int | None, hi: int | None, source: Hashable,
                confidence: float) -> None:
        self.sources.append(len(self.a) if source is None else source)
        self.a.append(a)
        self.b.append(b)
        self.lo.append(lo)
        self.hi.append(hi)
        self.confidence.append(confidence)

    def add_constraint(self, a: str, b: str, lo: int | None, hi: int | None,
                       source: Hashable = None, confidence: float = 1.0) -> None:
        """Add ``lo <= t(b) - t(a) <= hi`` (``None``: unbounded on that side).

        ``source`` is any hashable evidence handed back in conflicts and drops;
        when None, the constraint's insertion index stands in for it.

        >>> net = TemporalNetwork(); net.add_constraint("a", "b", 1, None); len(net)
        1
        """
        evidence = (a, b, lo, hi)
        if a == b:
            raise InvalidConstraintError("a constraint needs two different points", evidence)
        ids = self.ids
        a_id = ids.get(a) or self._id(a, evidence)  # type: ignore[arg-type]
        b_id = ids.get(b) or self._id(b, evidence)  # type: ignore[arg-type]
        if not (lo is None or type(lo) is int):
            lo = _check_int(lo, "lo", evidence)
        if not (hi is None or type(hi) is int):
            hi = _check_int(hi, "hi", evidence)
        self._append(a_id, b_id, lo, hi, source, _check_confidence(confidence, evidence))

    def bound(self, a: str, earliest: int | None, latest: int | None,
              source: Hashable = None, confidence: float = 1.0) -> None:
        """Add ``earliest <= t(a) <= latest`` (ordinal days; ``None``: open side).

        >>> net = TemporalNetwork(); net.bound("a", 10, 12); net.solve().bounds["a"]
        (10, 12)
        """
        evidence = (a, earliest, latest)
        self._append(0, self._id(a, evidence), _check_int(earliest, "earliest", evidence),
                     _check_int(latest, "latest", evidence), source,
                     _check_confidence(confidence, evidence))

    def add_relation(self, a: str, relation: str, b: str, source: Hashable = None,
                     confidence: float = 1.0, gap: int = 0) -> None:
        """Add an Allen (or TimeML) relation between intervals ``a`` and ``b``.

        Each point bound of :func:`timeline.solver.allen.point_bounds` becomes
        one constraint with the same source and confidence.

        >>> net = TemporalNetwork(); net.add_relation("e1", "during", "e2"); len(net)
        2
        """
        for x, y, lo, hi in allen.point_bounds(relation, a, b, gap):
            self.add_constraint(x, y, lo, hi, source=source, confidence=confidence)

    def solve(self) -> "SolveResult":
        """Propagate, report and drop conflicts, and order the points.

        Returns
        -------
        SolveResult
        """
        from timeline.solver.solve import solve_network

        return solve_network(self)


from timeline.solver.result import SolveResult  # noqa: E402  (typing only; avoids a cycle)
