"""Geometry for the timeline picture: marks, panels split at long gaps, ticks, label lanes.

A timeline of news often spans years with long empty stretches (an election
in 2016, a summit in 2018). One linear axis would squeeze each burst into a
few pixels, so dated events are clustered and each cluster gets its own panel
with its own axis; the gap between panels is said in words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from timeline.days import shift_clamped
from timeline.models import Event
from timeline.render.dates import MONTHS

Kind = Literal["point", "span", "window", "before", "after"]
WIDE_DAYS = 92  # a window longer than this does not pull a panel's extent around


@dataclass(frozen=True)
class Mark:
    """How one dated event is drawn: its kind and its day range ``[lo, hi]``."""

    event: Event
    kind: Kind
    lo: dt.date
    hi: dt.date

    @property
    def anchor(self) -> tuple[dt.date, dt.date] | None:
        """The days this mark asks its panel to show, or None for a wide window."""
        if self.kind in ("span", "window") and (self.hi - self.lo).days > WIDE_DAYS:
            return None
        return self.lo, self.hi


@dataclass
class Panel:
    """One stretch of time with the marks drawn on it."""

    start: dt.date
    end: dt.date
    marks: list[Mark] = field(default_factory=list)


def mark_of(event: Event) -> Mark | None:
    """The mark of an event, or None when it is undated.

    >>> import datetime as dt
    >>> mark_of(Event(id="e", label="x", latest=dt.date(2018, 11, 18))).kind
    'before'
    """
    lo, hi = event.earliest, event.latest
    if lo is None and hi is None:
        return None
    if lo is None:
        return Mark(event, "before", hi, hi)
    if hi is None:
        return Mark(event, "after", lo, lo)
    if lo == hi:
        return Mark(event, "point", lo, hi)
    return Mark(event, "span" if event.granularity == "day" else "window", lo, hi)


def _clusters(anchors: list[tuple[dt.date, dt.date]], gap_days: int) -> list[tuple[dt.date, dt.date]]:
    extents: list[list[dt.date]] = []
    for lo, hi in sorted(anchors):
        if extents and (lo - extents[-1][1]).days <= gap_days:
            extents[-1][1] = max(extents[-1][1], hi)
        else:
            extents.append([lo, hi])
    return [(lo, hi) for lo, hi in extents]


MIN_PANEL_DAYS = 14  # a lone day on a 5-day axis reads as false precision


def _pad(lo: dt.date, hi: dt.date) -> tuple[dt.date, dt.date]:
    pad = max(2, (hi - lo).days // 25, (MIN_PANEL_DAYS - (hi - lo).days) // 2)
    return shift_clamped(lo, -pad), shift_clamped(hi, pad)


def _home(mark: Mark, extents: list[tuple[dt.date, dt.date]]) -> int:
    """The panel a mark belongs to: the one its anchor falls in, else the one it overlaps most."""
    def overlap(ext: tuple[dt.date, dt.date]) -> int:
        return (min(ext[1], mark.hi) - max(ext[0], mark.lo)).days

    return max(range(len(extents)), key=lambda i: (overlap(extents[i]), -i))


def panels(marks: list[Mark], gap_days: int | None = None) -> list[Panel]:
    """Split marks into chronological panels wherever dated events leave a long gap.

    Parameters
    ----------
    marks
        The marks, in timeline order (kept within each panel).
    gap_days
        A gap longer than this starts a new panel; default: an eighth of the
        whole span, at least 60 days.

    Examples
    --------
    >>> import datetime as dt
    >>> ev = lambda i, d: mark_of(Event(id=i, label=i, earliest=d, latest=d))
    >>> ps = panels([ev("a", dt.date(2016, 11, 9)), ev("b", dt.date(2018, 11, 15)),
    ...              ev("c", dt.date(2018, 11, 18))])
    >>> [len(p.marks) for p in ps]
    [1, 2]
    """
    if not marks:
        return []
    anchors = [m.anchor for m in marks if m.anchor is not None] or [(m.lo, m.hi) for m in marks]
    whole = (max(hi for _, hi in anchors) - min(lo for lo, _ in anchors)).days
    extents = _clusters(anchors, gap_days if gap_days is not None else max(60, whole // 8))
    result = [Panel(*_pad(lo, hi)) for lo, hi in extents]
    for mark in marks:
        result[_home(mark, extents)].marks.append(mark)
    return result


def assign_lanes(extents: list[tuple[float, float]], gap: float = 8.0) -> list[int]:
    """Greedy lanes: each extent goes to the first lane it fits in without overlap.

    Extents are taken in the given order, so earlier events get the upper lanes.

    >>> assign_lanes([(0, 50), (10, 30), (60, 90), (45, 55)])
    [0, 1, 0, 1]
    """
    lane_ends: list[float] = []
    lanes = []
    for x0, x1 in extents:
        for lane, end in enumerate(lane_ends):
            if end + gap <= x0:
                lane_ends[lane] = x1
                lanes.append(lane)
                break
        else:
            lane_ends.append(x1)
            lanes.append(len(lane_ends) - 1)
    return lanes


def _month_starts(start: dt.date, end: dt.date, step: int) -> list[dt.date]:
    out, y, m = [], start.year, start.month
    while y <= dt.MAXYEAR:
        d = dt.date(y, m, 1)
        if d > end:
            return out
        if d >= start and (y * 12 + m - 1) % step == 0:
            out.append(d)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _day_steps(start: dt.date, end: dt.date, step: int) -> list[dt.date]:
    first = start + dt.timedelta(days=(-start.weekday()) % 7) if step == 7 else start
    return [first + dt.timedelta(days=i) for i in range(0, (end - first).days + 1, step)]


_STEPS = [("day", 1), ("day", 2), ("day", 7), ("month", 1), ("month", 3), ("month", 6),
          ("month", 12), ("month", 24), ("month", 60), ("month", 120)]


def ticks(start: dt.date, end: dt.date, max_ticks: int) -> list[tuple[dt.date, str]]:
    """Axis ticks: the finest regular step that gives at most ``max_ticks`` labels.

    >>> import datetime as dt
    >>> [label for _, label in ticks(dt.date(2018, 9, 20), dt.date(2019, 1, 10), 6)]
    ['Oct 2018', 'Nov 2018', 'Dec 2018', 'Jan 2019']
    """
    for unit, step in _STEPS:
        days = _day_steps(start, end, step) if unit == "day" else _month_starts(start, end, step)
        if len(days) <= max(1, max_ticks):
            break
    if unit == "day":
        return [(d, f"{d.day} {MONTHS[d.month - 1]}") for d in days]
    if step >= 12:
        return [(d, str(d.year)) for d in days]
    return [(d, f"{MONTHS[d.month - 1]} {d.year}") for d in days]
