"""Allen's thirteen interval relations as bounds on start and end points.

This module is the one table that turns a qualitative relation between two
intervals A and B into difference bounds on their points ``A.start``,
``A.end``, ``B.start`` and ``B.end``. Each relation is a conjunction of point
relations ``p < q`` or ``p = q``:

=============  ==================================  ==========================
relation       point relations                     TimeML names
=============  ==================================  ==========================
before         A.end < B.start                     BEFORE
after          B.end < A.start                     AFTER
meets          A.end = B.start                     IBEFORE
met-by         B.end = A.start                     IAFTER
overlaps       A.start < B.start < A.end < B.end
overlapped-by  B.start < A.start < B.end < A.end
during         B.start < A.start, A.end < B.end    IS_INCLUDED, DURING
contains       A.start < B.start, B.end < A.end    INCLUDES, DURING_INV
starts         A.start = B.start, A.end < B.end    BEGINS
started-by     A.start = B.start, B.end < A.end    BEGUN_BY
finishes       A.end = B.end, B.start < A.start    ENDS
finished-by    A.end = B.end, A.start < B.start    ENDED_BY
equals         A.start = B.start, A.end = B.end    SIMULTANEOUS, IDENTITY
=============  ==================================  ==========================

``p = q`` becomes ``0 <= t(q) - t(p) <= 0``; ``p < q`` becomes
``gap <= t(q) - t(p)`` (no upper bound). Points are whole days, and two
events of one day can still be ordered, so the default ``gap`` is 0: at day
granularity "before" means "not after". Pass ``gap=1`` to demand distinct days.
"""

from __future__ import annotations

from timeline.solver.errors import UnknownRelationError

# (left point, operator, right point); "a"/"b" name the intervals, "s"/"e" their ends.
POINT_RELATIONS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "before": (("ae", "<", "bs"),),
    "after": (("be", "<", "as"),),
    "meets": (("ae", "=", "bs"),),
    "met-by": (("be", "=", "as"),),
    "overlaps": (("as", "<", "bs"), ("bs", "<", "ae"), ("ae", "<", "be")),
    "overlapped-by": (("bs", "<", "as"), ("as", "<", "be"), ("be", "<", "ae")),
    "during": (("bs", "<", "as"), ("ae", "<", "be")),
    "contains": (("as", "<", "bs"), ("be", "<", "ae")),
    "starts": (("as", "=", "bs"), ("ae", "<", "be")),
    "started-by": (("as", "=", "bs"), ("be", "<", "ae")),
    "finishes": (("ae", "=", "be"), ("bs", "<", "as")),
    "finished-by": (("ae", "=", "be"), ("as", "<", "bs")),
    "equals": (("as", "=", "bs"), ("ae", "=", "be")),
}

TIMEML_NAMES: dict[str, str] = {
    "BEFORE": "before", "AFTER": "after", "IBEFORE": "meets", "IAFTER": "met-by",
    "IS_INCLUDED": "during", "DURING": "during", "INCLUDES": "contains",
    "DURING_INV": "contains", "BEGINS": "starts", "BEGUN_BY": "started-by",
    "ENDS": "finishes", "ENDED_BY": "finished-by", "SIMULTANEOUS": "equals",
    "IDENTITY": "equals",
}

INVERSE: dict[str, str] = {
    "before": "after", "after": "before", "meets": "met-by", "met-by": "meets",
    "overlaps": "overlapped-by", "overlapped-by": "overlaps", "during": "contains",
    "contains": "during", "starts": "started-by", "started-by": "starts",
    "finishes": "finished-by", "finished-by": "finishes", "equals": "equals",
}


def canonical(relation: str) -> str:
    """The Allen name of ``relation`` (Allen or TimeML spelling, any case).

    >>> canonical("IS_INCLUDED"), canonical("Met_By")
    ('during', 'met-by')
    """
    if relation in TIMEML_NAMES:
        return TIMEML_NAMES[relation]
    name = relation.strip().lower().replace("_", "-").replace(" ", "-")
    if name in POINT_RELATIONS:
        return name
    if relation.strip().upper() in TIMEML_NAMES:
        return TIMEML_NAMES[relation.strip().upper()]
    raise UnknownRelationError(relation)


def point_bounds(relation: str, a: str, b: str, gap: int = 0) -> list[tuple[str, str, int, int | None]]:
    """Difference bounds ``(x, y, lo, hi)``, meaning ``lo <= t(y) - t(x) <= hi``.

    Parameters
    ----------
    relation : str
        Allen or TimeML relation of interval ``a`` to interval ``b``.
    a, b : str
        Interval (event) ids; their points are ``"<id>.start"`` and ``"<id>.end"``.
    gap : int
        Least number of days in a strict ``<`` (0: same day allowed).

    Returns
    -------
    list of tuple

    Examples
    --------
    >>> point_bounds("before", "e1", "e2")
    [('e1.end', 'e2.start', 0, None)]
    >>> point_bounds("equals", "e1", "e2")
    [('e1.start', 'e2.start', 0, 0), ('e1.end', 'e2.end', 0, 0)]
    """
    if gap < 0:
        raise ValueError(f"gap must be >= 0, got {gap}")
    names = {"as": f"{a}.start", "ae": f"{a}.end", "bs": f"{b}.start", "be": f"{b}.end"}
    out: list[tuple[str, str, int, int | None]] = []
    for left, op, right in POINT_RELATIONS[canonical(relation)]:
        lo, hi = (0, 0) if op == "=" else (gap, None)
        out.append((names[left], names[right], lo, hi))
    return out
