"""Phase 2 for offsets: "two days ago", "a week later", "the following decade", "three weeks on".

An offset counts whole units from the DCT ("ago") or from the reference time ("later", "the
following week"); which one, and whether the reference time can be counted from at all, is the
algorithm here. Registered on :func:`timeline.timex.anchoring.anchor`; apart from the other
relative values (:mod:`timeline.timex.anchor_relative`) because it alone reads the reference time,
the era and the quarter the text named.

>>> import datetime as dt
>>> from timeline.timex.anchoring import Context
>>> from timeline.timex.settings import TimexSettings
>>> ctx = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: "past", ref=None, settings=TimexSettings())
>>> anchor(Offset(unit="day", count=2, sign=-1, anchor="dct"), ctx).value
'2018-11-13'
"""

from __future__ import annotations

import datetime as dt
import math

from timeline.timex.anchoring import Context, anchor
from timeline.timex.calendar import Resolved, day_interval, grain_interval, shift
from timeline.timex.earnings import quarter_shifted
from timeline.timex.grains import UNKNOWN, coarser, offset_grain, period_unit, unplaced
from timeline.timex.relative import NeighbourDecade
from timeline.timex.sets import period
from timeline.timex.values import Offset

# How many of a unit shorter than a day make one
_PER_DAY = {"hour": 24, "minute": 1440, "second": 86400}


@anchor.register
def _(value: Offset, ctx: Context) -> Resolved | None:
    if value.only_future and ctx.tense != "future":
        return _as_duration(value)
    from_ref = value.anchor == "ref" and ctx.settings.reference_anchoring
    base_ref = ctx.ref if from_ref else None
    from_era = _from_era(value, ctx.era) if from_ref else None
    if from_era is not None:
        return from_era
    placed = base_ref is not None and base_ref.earliest is not None and base_ref.latest is not None
    if value.count is None and value.anchor == "ref":  # "a few days later": after the text's time, not the DCT's
        return _vague_from_ref(value, base_ref if placed else None)
    if placed and value.count == 0 and coarser(base_ref.granularity, value.unit):  # type: ignore[union-attr]
        return _unit_within(value.unit, base_ref)  # type: ignore[arg-type]  # "last October ... that same day"
    base_ref = _counted_from(value, base_ref, ctx)
    if base_ref is not None and base_ref is ctx.quarter and _year_back(value):  # "a year ago" after a quarter: that
        back = quarter_shifted(base_ref, -1)  # quarter a year back, its days too (a fiscal one's are not calendar's)
        if back is not None:
            return back
    if _now_after_untold(value, ctx, base_ref):
        return grain_interval(offset_grain(value.unit), ctx.dct)  # type: ignore[arg-type]
    if _after_untold_past(value, ctx, base_ref):
        # "He returned a week later": after a time the text has not told; "in 2010. A week later": after some day of
        # 2010, the week unknown (no interval either way: tests/timex/test_uncertain_dct compares closed ends)
        return _vague_from_ref(value, None)
    base = base_ref.earliest if base_ref is not None else ctx.dct
    if base is None or value.count is None:
        return unplaced(offset_grain(value.unit), "XXXX-XX-XX")
    moved = _shift_offset(base, value.unit, value.sign * value.count)
    if moved is None:
        return None
    grain = offset_grain(value.unit)
    if base_ref is not None and base_ref is ctx.quarter and _year_back(value):
        grain = "quarter"
    if value.part_of_day and grain == "day":
        day = day_interval(moved)
        return Resolved(f"{day.value}T{value.part_of_day}", moved, moved, "day")
    return grain_interval(grain, moved)


def _counted_from(value: Offset, base_ref: Resolved | None, ctx: Context) -> Resolved | None:
    """The reading an offset counts from: the reference time when it is fine enough, the last quarter for "a year
    ago" in earnings news, else None (the DCT)."""
    if base_ref is not None and coarser(base_ref.granularity, value.unit):
        base_ref = None  # "a week later" after "in 2010" cannot be placed by 2010: count from the DCT
    if ctx.quarter is not None and _year_back(value):
        base_ref = ctx.quarter  # "up 5% from a year ago" after "the third quarter": that quarter, a year back
    return base_ref


def _year_back(value: Offset) -> bool:
    """One year back ("a year ago", "a year earlier"): what earnings news compares a quarter with."""
    return value.unit == "year" and value.count == 1 and value.sign < 0


def _now_after_untold(value: Offset, ctx: Context, base_ref: Resolved | None) -> bool:
    """Whether "Three weeks on, the town is quiet" names the DCT's own unit: counted forward from a time the text
    has not told, in a present clause, the time the offset reaches is the telling's now, not three weeks ahead."""
    return (value.anchor == "ref" and value.sign > 0 and bool(value.count) and base_ref is None
            and ctx.ref is None and ctx.dct is not None and ctx.tense == "present")


def _after_untold_past(value: Offset, ctx: Context, base_ref: Resolved | None) -> bool:
    """Whether "He returned a week later" counts forward from a time the text has not told, in a past clause: the
    day it reaches lies after that untold time, not a week after the telling (a past verb never tells of a day to
    come), so it is read as "a few days later" with nothing before it is: after the text's time, no day claimed.

    >>> from timeline.timex.anchoring import Context
    >>> from timeline.timex.settings import TimexSettings
    >>> said = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: "past", ref=None, settings=TimexSettings())
    >>> _after_untold_past(Offset(unit="week", count=1, sign=1, anchor="ref"), said, None)
    True
    >>> _after_untold_past(Offset(unit="week", count=1, sign=-1, anchor="ref"), said, None)
    False

    A time told more coarsely than the unit counted does not tell the day either ("He was arrested in 2010. A week
    later he was released": a week after some day of 2010, not a week after the telling):

    >>> year = Resolved("2010", dt.date(2010, 1, 1), dt.date(2010, 12, 31), "year")
    >>> in_2010 = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: "past", ref=year, settings=TimexSettings())
    >>> _after_untold_past(Offset(unit="week", count=1, sign=1, anchor="ref"), in_2010, None)
    True
    >>> _after_untold_past(Offset(unit="year", count=1, sign=1, anchor="ref"), in_2010, year)
    False
    >>> _after_untold_past(Offset(unit="day", count=2, sign=-1, anchor="ref"), in_2010, None)
    True
    """
    if value.anchor != "ref" or not value.count or base_ref is not None or ctx.dct is None:
        return False
    ref = ctx.ref
    # (a narrative's coarse time is left to its story, which counts from the day it has reached)
    if ref is not None and ref.granularity is not None and coarser(ref.granularity, value.unit) \
            and ctx.settings.anchoring == "news" and ctx.settings.reference_anchoring:
        return True  # in any tense, either way: "He will join in 2019. A week later he will start" is no DCT + 7
    return ref is None and value.sign > 0 and ctx.tense == "past"


def _shift_offset(base: dt.date, unit: str, count: float) -> dt.date | None:
    """``base`` moved by ``count`` units; hours and minutes from a day whose hour is unknown move it by the
    nearest whole number of days ("two hours ago" is the DCT's day, not the day before it).

    >>> _shift_offset(dt.date(2018, 11, 15), "hour", -2), _shift_offset(dt.date(2018, 11, 15), "hour", -48)
    (datetime.date(2018, 11, 15), datetime.date(2018, 11, 13))
    """
    if unit in _PER_DAY:
        try:
            return base + dt.timedelta(days=math.floor(count / _PER_DAY[unit] + 0.5))  # halves forward
        except OverflowError:
            return None
    return shift(base, unit, count)


def _from_era(value: Offset, era: Resolved | None) -> Resolved | None:
    """"the 1960s ... the following decade": a decade (century) counted from the one the text named is a
    decade (197), not a year; None when the text's last date was no such era.

    >>> from timeline.timex.calendar import era_interval
    >>> _from_era(Offset(unit="decade", count=1, sign=1, anchor="ref"), era_interval(196, "decade")).value
    '197'
    >>> _from_era(Offset(unit="century", count=1, sign=-1, anchor="ref"), era_interval(19, "century")).value
    '18'
    >>> _from_era(Offset(unit="year", count=1, sign=1, anchor="ref"), era_interval(196, "decade")) is None
    True
    """
    if era is None or era.earliest is None or value.count is None or value.count != int(value.count) \
            or era.granularity != value.unit:
        return None
    moved = shift(era.earliest, value.unit, value.sign * value.count)
    return grain_interval(value.unit, moved) if moved else None


def _unit_within(unit: str, ref: Resolved) -> Resolved:
    """One ``unit`` (a day, a week) inside a coarser reference: its value keeps what the reference fixes.

    >>> _unit_within("day", Resolved("1998-10", dt.date(1998, 10, 1), dt.date(1998, 10, 31), "month"))
    Resolved(value='1998-10-XX', earliest=datetime.date(1998, 10, 1), latest=datetime.date(1998, 10, 31), granularity='day')
    """
    grain = offset_grain(unit)
    unknown = UNKNOWN.get(grain, "XXXX-XX-XX")
    start, end = ref.earliest, ref.latest
    assert start is not None and end is not None
    if grain == "day" and (start.year, start.month) == (end.year, end.month):
        return Resolved(f"{start:%Y-%m}-XX", start, end, "day")
    known = f"{start:%Y}" if start.year == end.year else "XXXX"
    return Resolved(known + unknown[4:], start, end, grain)


def _vague_from_ref(value: Offset, ref: Resolved | None) -> Resolved:
    """"a few days later" / "some weeks earlier": a side of the reference, the distance unknown.

    The value is FUTURE_REF (PAST_REF) as TIMEX2 writes it, meaning after (before) the text's
    time; the interval is what places it, on that side of the reference and not of the DCT.

    >>> jan = Resolved("1989-01", dt.date(1989, 1, 1), dt.date(1989, 1, 31), "month")
    >>> _vague_from_ref(Offset(unit="day", sign=1, anchor="ref"), jan)
    Resolved(value='FUTURE_REF', earliest=datetime.date(1989, 1, 2), latest=None, granularity=None)
    """
    if ref is None or ref.earliest is None or ref.latest is None:
        return Resolved("FUTURE_REF" if value.sign > 0 else "PAST_REF", None, None, None)
    if value.sign > 0:
        return Resolved("FUTURE_REF", ref.earliest + dt.timedelta(days=1), None, None)
    return Resolved("PAST_REF", None, ref.latest - dt.timedelta(days=1), None)


def _as_duration(value: Offset) -> Resolved:
    """"in two weeks" in a clause that is not future: how long, not when ("the first time in two weeks").

    >>> _as_duration(Offset(unit="weekend", count=2, sign=1, anchor="dct")).value
    'P2WE'
    """
    return Resolved(period(period_unit(value.unit), value.count or 1), None, None, None)


@anchor.register
def _(value: NeighbourDecade, ctx: Context) -> Resolved | None:
    """"the previous decade": from the decade the text named; else from the decade of its time, or the DCT's."""
    ref = ctx.ref if ctx.settings.reference_anchoring else None
    era = ctx.era if ctx.settings.reference_anchoring else None
    if _from_era(value, era) is not None or (ref is not None and ref.earliest is None):
        return anchor.dispatch(Offset)(value, ctx)  # a named era, or a time without days (BC): as any offset
    base = ref.earliest if ref is not None else ctx.dct
    if base is None:
        return Resolved("XXX", None, None, "decade")
    moved = shift(base, "decade", value.sign * (value.count or 1))
    return grain_interval("decade", moved) if moved else None
