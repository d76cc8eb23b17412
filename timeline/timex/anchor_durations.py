"""Phase 2 for durations: "three years", "the past two weeks", "within a couple of months", "the first nine months".

A duration's value is a TIMEX3 period (P3Y, PXM, P2Y6M); its interval, when it has one, is a
window up to or from the DCT or the reference time ("the past 24 hours", "the following three
days") or the edge of a named period ("the first nine months of 1989"). Registered on
:func:`timeline.timex.anchoring.anchor`; apart from the offsets (:mod:`timeline.timex.anchor_offsets`)
because a duration says how long, and places a window, where an offset names one time.

>>> import datetime as dt
>>> from timeline.timex.anchoring import Context
>>> from timeline.timex.settings import TimexSettings
>>> ctx = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: "past", ref=None, settings=TimexSettings())
>>> anchor(Duration(unit="year", count=2, anchored="past"), ctx)[:3]
('P2Y', datetime.date(2016, 11, 16), datetime.date(2018, 11, 15))
"""

from __future__ import annotations

import datetime as dt

from timeline.timex.anchoring import Context, anchor
from timeline.timex.calendar import Resolved, shift
from timeline.timex.grains import coarser, period_unit
from timeline.timex.sets import period
from timeline.timex.values import Duration

_CLOCK_UNITS = frozenset({"hour", "minute", "second"})
# The next unit down and how many of it make one: TIMEX3 writes a fraction in it (P0.5Y is P6M)
_SMALLER = {"year": ("month", 12), "month": ("day", 30), "day": ("hour", 24), "hour": ("minute", 60),
            "minute": ("second", 60), "week": ("day", 7), "decade": ("year", 10)}


@anchor.register
def _(value: Duration, ctx: Context) -> Resolved | None:
    unit = period_unit(value.unit)
    if value.parts:  # "20 years, 3 months and 2 days": a bare length, no window
        return Resolved(compound_period(((value.unit, int(value.count or 0)),) + value.parts), None, None, None)
    text = period(unit, value.count) if value.count is not None else _vague_period(unit)
    text = _whole_period(text, unit, value.count)
    if value.period is not None:
        return _at_edge_of(value, text, anchor(value.period, ctx))
    if value.mod == "EQUAL_OR_LESS" and value.anchored == "none" and ctx.dct is not None \
            and value.count is not None and not value.of_noun and ctx.tense == "future":
        # "will close within two months": a window from the DCT, as "the next two months" is; not a noun's length
        # ("Delays of up to 90 minutes are expected": how long each delay is, no window)
        end = shift(ctx.dct, value.unit, value.count)
        clock = dt.timedelta(days=0 if value.unit in _CLOCK_UNITS else 1)  # hours end on the day the last one does
        return Resolved(text, ctx.dct, end - clock if end else None, None)
    ends = None if value.anchored == "none" else _window_ends(value, ctx)
    if ends is None:
        return Resolved(text, None, None, None)
    return _window(value, text, *ends)


def _window(value: Duration, text: str, before: dt.date, after: dt.date) -> Resolved:
    """An anchored duration's days: the ``count`` units up to ``before`` (looking back) or from ``after``.

    >>> _window(Duration(unit="hour", count=24, anchored="past"), "PT24H", dt.date(2018, 11, 15), dt.date(2018, 11, 15))[1:3]
    (datetime.date(2018, 11, 14), datetime.date(2018, 11, 15))
    >>> _window(Duration(unit="month", count=None, anchored="future"), "PXM", dt.date(2018, 11, 15), dt.date(2018, 11, 15))[1:3]
    (datetime.date(2018, 11, 15), None)
    """
    if value.count is None:  # "in recent years", "the coming days": up to (from) the DCT, how far unknown
        return Resolved(text, None, before, None) if value.anchored == "past" else Resolved(text, after, None, None)
    # a window of hours runs from some unknown time of the DCT's day: "the past 24 hours" began on the
    # day before (counted from its midnight), "the next 24 hours" end on the day after
    clock = dt.timedelta(days=0 if value.unit in _CLOCK_UNITS else 1)
    if value.anchored == "past":
        start = shift(before, value.unit, -value.count)
        return Resolved(text, start + clock if start else None, before, None)
    end = shift(after, value.unit, value.count)
    return Resolved(text, after, end - clock if end else None, None)


def _window_ends(value: Duration, ctx: Context) -> tuple[dt.date, dt.date] | None:
    """The days an anchored duration ends on (looking back) and starts on (looking ahead): the DCT, or,
    for "the previous four weeks" and "the following three days", the days just before and after the
    time the text last named when it is at least as fine as the unit.

    >>> from timeline.timex.calendar import day_interval
    >>> from timeline.timex.settings import TimexSettings
    >>> ctx = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: None, ref=day_interval(dt.date(2018, 10, 3)),
    ...               settings=TimexSettings())
    >>> _window_ends(Duration(unit="day", count=3, anchored="future", from_ref=True), ctx)
    (datetime.date(2018, 10, 2), datetime.date(2018, 10, 4))
    >>> _window_ends(Duration(unit="day", count=3, anchored="future"), ctx)
    (datetime.date(2018, 11, 15), datetime.date(2018, 11, 15))
    """
    ref = ctx.ref if value.from_ref and ctx.settings.reference_anchoring else None
    if ref is not None and ref.earliest is not None and ref.latest is not None:
        if coarser(ref.granularity, value.unit):
            return None  # "In 1998 ... over the following three months": after something in 1998, not the DCT
        return ref.earliest - dt.timedelta(days=1), ref.latest + dt.timedelta(days=1)
    return (ctx.dct, ctx.dct) if ctx.dct is not None else None


def _at_edge_of(value: Duration, text: str, whole: Resolved | None) -> Resolved:
    """"the first nine months of 1989": its value, and the days at that edge of the period (none if the
    period has no days or is shorter than the duration).

    >>> from timeline.timex.calendar import year_interval
    >>> _at_edge_of(Duration(unit="month", count=3, edge_of="last"), "P3M", year_interval(1989))[1:3]
    (datetime.date(1989, 10, 1), datetime.date(1989, 12, 31))
    """
    if whole is None or whole.earliest is None or whole.latest is None or value.count is None:
        return Resolved(text, None, None, None)
    if value.edge_of == "last":
        start = shift(whole.latest + dt.timedelta(days=1), value.unit, -value.count)
        inside = start is not None and start >= whole.earliest
        return Resolved(text, start, whole.latest, None) if inside else Resolved(text, None, None, None)
    end = shift(whole.earliest, value.unit, value.count)
    inside = end is not None and end - dt.timedelta(days=1) <= whole.latest
    return Resolved(text, whole.earliest, end - dt.timedelta(days=1), None) if inside else Resolved(text, None, None, None)


_DESIGNATOR = {"year": "Y", "month": "M", "day": "D", "hour": "H", "minute": "M", "second": "S"}


def compound_period(parts: tuple[tuple[str, int], ...]) -> str:
    """The one TIMEX3 period of whole counts of ever finer units, the clock's after "T" (ISO 8601).

    Parameters
    ----------
    parts : tuple of (str, int)
        Units of :data:`~timeline.timex.values.COMPOUND_UNITS` and their counts, coarsest first.

    Returns
    -------
    str
        The period: "20 years, 3 months and 2 days" is P20Y3M2D, "3 days, 4 hours" P3DT4H.

    >>> compound_period((("year", 20), ("month", 3), ("day", 2))), compound_period((("day", 3), ("hour", 4)))
    ('P20Y3M2D', 'P3DT4H')
    >>> compound_period((("hour", 1), ("minute", 30)))
    'PT1H30M'
    """
    date = "".join(f"{n}{_DESIGNATOR[u]}" for u, n in parts if u not in _CLOCK_UNITS)
    clock = "".join(f"{n}{_DESIGNATOR[u]}" for u, n in parts if u in _CLOCK_UNITS)
    return f"P{date}" + (f"T{clock}" if clock else "")


def _vague_period(unit: str) -> str:
    """A period of an unknown number of ``unit``s: PXY, PXM; decades and centuries have codes of their own.

    >>> _vague_period("month"), _vague_period("decade")
    ('PXM', 'PXDE')
    """
    code = period(unit, 1)
    return code.replace("1", "X", 1) if unit not in {"decade", "century"} else ("PXDE" if unit == "decade" else "PXCE")


def _whole_period(text: str, unit: str, count: float | None) -> str:
    """TIMEX3 (and TBAQ) write fractions in the next unit down: P0.5Y -> P6M, P2.5Y -> P2Y6M, 5.5 h -> PT5H30M.

    >>> _whole_period("P2.5Y", "year", 2.5), _whole_period("PT5.5H", "hour", 5.5), _whole_period("P1.5D", "day", 1.5)
    ('P2Y6M', 'PT5H30M', 'P1DT12H')
    """
    if count is None or count == int(count):
        return text
    smaller = _SMALLER.get(unit)
    if smaller is None:
        return text
    # rounded: "2 hours and 14 minutes" is 2 + 14/60 hours, which a float makes 134.00000000000003 minutes
    scaled = round(count * smaller[1], 6)
    if scaled != int(scaled):
        return text
    whole, rest = int(count), int(scaled) - int(count) * smaller[1]
    if whole == 0 or unit in {"week", "decade"}:  # ISO 8601 joins no weeks with days; decades are years
        return period(smaller[0], scaled)
    big, small = period(unit, whole), period(smaller[0], rest)
    if small.startswith("PT") and not big.startswith("PT"):
        return big + small[1:]  # P1D + PT12H -> P1DT12H
    return big + small[2 if small.startswith("PT") else 1:]
