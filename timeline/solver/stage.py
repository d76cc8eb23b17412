"""The solve stage: events and constraints in, dated and ordered events out.

Every event gets two points, ``"<id>.start"`` and ``"<id>.end"``, with
``start <= end`` added implicitly. Each :class:`~timeline.models.Constraint`
becomes one bound of the network (absolute when ``b`` is None, in dates; a
difference in days otherwise). The network is solved once; conflicts are
reported with the constraints of their negative cycle and the rest of the
timeline is still dated from the kept constraints.

An event is **certain** when (1) its interval comes from explicit evidence:
its start or end carries an absolute bound that was kept, has confidence at
least ``SolverSettings.certain_confidence`` and a rule outside
``SolverSettings.weak_rules`` (fallbacks such as dating by the document's own
date), and both ends of its interval are bounded; and (2) its place after the
previous event is entailed: every solution puts its start no earlier than the
previous event's start. Otherwise its date or position is only an estimate.

Output does not depend on the order of the inputs: events are taken by id and
constraints in a canonical order (their JSON form) before anything is added.
"""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from collections.abc import Hashable

from pydantic import Field

from timeline.models import Conflict, Constraint, Event, Frozen
from timeline.solver.errors import InvalidConstraintError
from timeline.solver.network import TemporalNetwork
from timeline.solver.result import CycleConflict, SolveResult

_MIN_ORDINAL, _MAX_ORDINAL = dt.date.min.toordinal(), dt.date.max.toordinal()


class SolverSettings(Frozen):
    """Settings of the solve stage."""

    certain_confidence: float = Field(default=0.9, ge=0.0, le=1.0,
                                      description="Least confidence of a bound that makes a date explicit.")
    weak_rules: tuple[str, ...] = Field(default=("dct-default",),
                                        description="Rules whose bounds are fallbacks, never explicit evidence.")
    proof_edges: int = Field(default=20_000, gt=0,
                             description="Edges one order proof may scan before calling the step estimated.")


class Solved(Frozen):
    """The events dated and ordered by the solver, and the conflicts it met."""

    events: list[Event] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)


def _canonical(events: list[Event], constraints: list[Constraint]) -> tuple[list[Event], list[Constraint]]:
    by_id: dict[str, Event] = {}
    for event in sorted(events, key=lambda e: (e.id, e.model_dump_json())):
        by_id.setdefault(event.id, event)
    return list(by_id.values()), sorted(constraints, key=lambda c: c.model_dump_json())


def _implicit(event: Event) -> Constraint:
    return Constraint(description=f"{event.label} cannot end before it starts",
                      a=f"{event.id}.start", b=f"{event.id}.end", lo=0, rule="start-before-end")


def _add(net: TemporalNetwork, index: int, c: Constraint) -> None:
    if c.a is None:
        raise InvalidConstraintError("a constraint needs its point a", c)
    if c.b is None:
        earliest = c.earliest.toordinal() if c.earliest else None
        latest = c.latest.toordinal() if c.latest else None
        net.bound(c.a, earliest, latest, source=index, confidence=c.confidence)
    else:
        net.add_constraint(c.a, c.b, c.lo, c.hi, source=index, confidence=c.confidence)


def _network(events: list[Event], constraints: list[Constraint]) -> TemporalNetwork:
    net = TemporalNetwork()
    for event in events:  # implicit constraints first: on equal confidence, later ones go
        net.add_constraint(f"{event.id}.start", f"{event.id}.end", 0, None,
                           source=("implicit", event.id), confidence=1.0)
    for index, constraint in enumerate(constraints):
        _add(net, index, constraint)
    return net


def _date(ordinal: int | None) -> dt.date | None:
    if ordinal is None or not _MIN_ORDINAL <= ordinal <= _MAX_ORDINAL:
        return None
    return dt.date.fromordinal(ordinal)


def _evidence(source: Hashable, constraints: list[Constraint], events: dict[str, Event]) -> Constraint:
    if isinstance(source, tuple):
        return _implicit(events[source[1]])
    return constraints[source]  # type: ignore[index]


def _claim(c: Constraint) -> tuple[str, str, str]:
    """What a reader sees of a constraint: one statement of one sentence."""
    return c.description, c.document or "", c.sentence or ""


def _conflicts(cycles: tuple[CycleConflict, ...], constraints: list[Constraint],
               events: dict[str, Event]) -> list[Conflict]:
    """One :class:`Conflict` per set of statements; cycles that repeat a set are merged.

    A sentence dating an event bounds both its start and its end, so two
    sentences that disagree make two negative cycles with the same statements:
    the reader sees them once.
    """
    groups: dict[frozenset, tuple[list[Constraint], list[Constraint]]] = {}
    for cycle in cycles:
        members = [_evidence(s, constraints, events) for s in cycle.sources]
        key = frozenset(_claim(c) for c in members)
        kept, dropped = groups.setdefault(key, ([], []))
        kept.extend(c for c in members if c not in kept)
        gone = _evidence(cycle.dropped, constraints, events)
        if gone not in dropped:
            dropped.append(gone)
    return [_conflict(members, dropped) for members, dropped in groups.values()]


def _conflict(members: list[Constraint], dropped: list[Constraint]) -> Conflict:
    claims = list(dict.fromkeys(f"\u201c{c.description}\u201d ({c.document or 'no document'})"
                                for c in members))
    gone = list(dict.fromkeys(f"\u201c{c.description}\u201d (confidence {c.confidence:.2f})"
                              for c in dropped))
    message = (f"These {len(claims)} statements cannot all be true: {'; '.join(claims)}. "
               f"The least confident, {' and '.join(gone)}, was set aside.")
    return Conflict(message=message, constraints=members)


def _explicit_points(constraints: list[Constraint], result: SolveResult,
                     settings: SolverSettings) -> set[str]:
    dropped = set(result.dropped)
    return {c.a for i, c in enumerate(constraints)
            if c.b is None and c.a and i not in dropped and (c.earliest or c.latest)
            and c.confidence >= settings.certain_confidence and c.rule not in settings.weak_rules}


def stated_granularity(start: tuple[int | None, int | None],
                       end: tuple[int | None, int | None]) -> tuple[str | None, str | None]:
    """The granularity and TIMEX3 value the solved bounds amount to, or ``(None, None)``.

    Both ends known to the day: ``"day"`` (one day has a value; a stated span
    such as 30 Nov - 1 Dec has none). Both ends anywhere in one whole calendar
    month or year: that month or year. Anything else is a window the evidence
    narrowed, not a date stated at some granularity.

    >>> d = dt.date(2018, 11, 30).toordinal()
    >>> stated_granularity((d, d), (d, d)), stated_granularity((d, d), (d + 1, d + 1))
    (('day', '2018-11-30'), ('day', None))
    >>> nov = (dt.date(2018, 11, 1).toordinal(), dt.date(2018, 11, 30).toordinal())
    >>> stated_granularity(nov, nov)
    ('month', '2018-11')
    >>> stated_granularity((0, 0), (0, 0))  # three days before a week in January of year 1
    (None, None)
    """
    (s_lo, s_hi), (e_lo, e_hi) = start, end
    if None in (s_lo, s_hi, e_lo, e_hi) or any(_date(b) is None for b in (s_lo, s_hi, e_lo, e_hi)):
        return None, None  # unbounded, or pushed off the calendar (days before 0001-01-01)
    if s_lo == s_hi and e_lo == e_hi:
        return "day", (dt.date.fromordinal(s_lo).isoformat() if s_lo == e_lo else None)
    if (s_lo, s_hi) != (e_lo, e_hi):
        return None, None
    first, last = dt.date.fromordinal(s_lo), dt.date.fromordinal(s_hi)
    if first.day == 1 and last.day == monthrange(last.year, last.month)[1] and (
            first.year, first.month) == (last.year, last.month):
        return "month", f"{first.year:04d}-{first.month:02d}"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return "year", f"{first.year:04d}"
    return None, None


def _dated(events: list[Event], constraints: list[Constraint], result: SolveResult,
           settings: SolverSettings) -> list[Event]:
    by_start = {f"{e.id}.start": e for e in events}
    explicit = _explicit_points(constraints, result, settings)
    out: list[Event] = []
    previous: str | None = None
    for point in result.order:
        event = by_start.get(point)
        if event is None:
            continue
        earliest = _date(result.bounds[point][0])
        latest = _date(result.bounds[f"{event.id}.end"][1])
        evidenced = bool({point, f"{event.id}.end"} & explicit) and earliest is not None \
            and latest is not None
        placed = previous is None or result.precedes(previous, point, settings.proof_edges)
        granularity, value = stated_granularity(result.bounds[point], result.bounds[f"{event.id}.end"])
        out.append(event.model_copy(update={"earliest": earliest, "latest": latest,
                                            "certain": evidenced and placed,
                                            "granularity": granularity, "value": value}))
        previous = point
    return out


def solve_events(events: list[Event], constraints: list[Constraint],
                 settings: SolverSettings | None = None) -> Solved:
    """Date and order ``events`` from ``constraints``; report what cannot all hold.

    Parameters
    ----------
    events : list of Event
    constraints : list of Constraint
        Points are ``"<event id>.start"`` / ``"<event id>.end"``.
    settings : SolverSettings, optional

    Returns
    -------
    Solved

    Examples
    --------
    >>> import datetime as dt
    >>> ev = [Event(id="e1", label="Summit"), Event(id="e2", label="Talks")]
    >>> cs = [Constraint(description="summit on 15 Nov", a="e1.start",
    ...                  earliest=dt.date(2018, 11, 15), latest=dt.date(2018, 11, 15)),
    ...       Constraint(description="talks after the summit", a="e1.end", b="e2.start", lo=1)]
    >>> solved = solve_events(ev, cs)
    >>> [(e.id, e.earliest) for e in solved.events]
    [('e1', datetime.date(2018, 11, 15)), ('e2', datetime.date(2018, 11, 16))]
    """
    settings = settings or SolverSettings()
    events, constraints = _canonical(events, constraints)
    result = _network(events, constraints).solve()
    by_id = {e.id: e for e in events}
    return Solved(events=_dated(events, constraints, result, settings),
                  conflicts=_conflicts(result.conflicts, constraints, by_id))
