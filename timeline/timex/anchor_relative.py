"""Phase 2 for values counted from the DCT or the reference time: calendar shifts, offsets, durations,
references (named days and clocks are in :mod:`timeline.timex.anchor_days`).

Registered on :func:`timeline.timex.anchoring.anchor` (one function per value type).

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

from timeline.timex.anchoring import _OFFSET_GRAIN, _UNKNOWN, Context, anchor
from timeline.timex.anchor_reference import strict_reading
from timeline.timex.calendar import (Resolved, day_interval, grain_interval, holiday_weekend, part_interval, shift,
                                     weekend_interval)
from timeline.timex.joins import HolidayWeekend
from timeline.timex.seasons import CenturyTurn, LastSeason
from timeline.timex.relative import NeighbourDecade
from timeline.timex.sets import period
from timeline.timex.values import Duration, Offset, Recurrence, Reference, Relative


# Units that are no granularity of their own: a weekend is told at the grain of its week, as with a DCT.
_UNKNOWN_GRAIN = {"weekend": "week"}


@anchor.register
def _(value: Relative, ctx: Context) -> Resolved | None:
    if ctx.dct is None:
        return Resolved(_UNKNOWN.get(value.unit, "XXXX"), None, None, _UNKNOWN_GRAIN.get(value.unit, value.unit))
    moved = shift(ctx.dct, value.unit, value.shift)
    if moved is not None and value.by_tense and ctx.direction == "past" and ctx.dct.isoweekday() < 6:
        moved = shift(moved, "week", -1)  # "said over the weekend" on a weekday: the one just gone
    if moved is None:
        return None
    return weekend_interval(moved) if value.unit == "weekend" else grain_interval(value.unit, moved)


@anchor.register
def _(value: Offset, ctx: Context) -> Resolved | None:
    if value.only_future and ctx.tense != "future":
        return _as_duration(value)
    base_ref = ctx.ref if value.anchor == "ref" and ctx.settings.reference_anchoring else None
    from_era = _from_era(value, ctx.era) if value.anchor == "ref" and ctx.settings.reference_anchoring else None
    if from_era is not None:
        return from_era
    placed = base_ref is not None and base_ref.earliest is not None and base_ref.latest is not None
    if value.count is None and value.anchor == "ref":  # "a few days later": after the text's time, not the DCT's
        return _vague_from_ref(value, base_ref if placed else None)
    if placed and value.count == 0 and _coarser(base_ref.granularity, value.unit):  # type: ignore[union-attr]
        return _unit_within(value.unit, base_ref)  # type: ignore[arg-type]  # "last October ... that same day"
    if base_ref is not None and _coarser(base_ref.granularity, value.unit):
        base_ref = None  # "a week later" after "in 2010" cannot be placed by 2010: count from the DCT
    if value.unit == "year" and ctx.quarter is not None and value.count == 1 and value.sign < 0:
        base_ref = ctx.quarter  # "up 5% from a year ago" after "the third quarter": that quarter, a year back
    base = base_ref.earliest if base_ref is not None else ctx.dct
    if _now_after_untold(value, ctx, base_ref):
        return grain_interval(_OFFSET_GRAIN.get(value.unit, value.unit), ctx.dct)  # type: ignore[arg-type]
    if base is None or value.count is None:
        grain = _OFFSET_GRAIN.get(value.unit, value.unit)
        return Resolved(_UNKNOWN.get(grain, "XXXX-XX-XX"), None, None, _UNKNOWN_GRAIN.get(grain, grain))
    moved = _shift_offset(base, value.unit, value.sign * value.count)
    if moved is None:
        return None
    grain = _OFFSET_GRAIN.get(value.unit, value.unit)
    if base_ref is not None and base_ref is ctx.quarter and value.unit == "year" and value.count == 1 \
            and value.sign < 0:
        grain = "quarter"
    if value.part_of_day and grain == "day":
        day = day_interval(moved)
        return Resolved(f"{day.value}T{value.part_of_day}", moved, moved, "day")
    return grain_interval(grain, moved)


def _now_after_untold(value: Offset, ctx: Context, base_ref: Resolved | None) -> bool:
    """Whether "Three weeks on, the town is quiet" names the DCT's own unit: counted forward from a time the text
    has not told, in a present clause, the time the offset reaches is the telling's now, not three weeks ahead."""
    return (value.anchor == "ref" and value.sign > 0 and bool(value.count) and base_ref is None
            and ctx.ref is None and ctx.dct is not None and ctx.tense == "present")


# How many of a unit shorter than a day make one
_PER_DAY = {"hour": 24, "minute": 1440, "second": 86400}


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

    >>> import datetime as dt
    >>> _unit_within("day", Resolved("1998-10", dt.date(1998, 10, 1), dt.date(1998, 10, 31), "month"))
    Resolved(value='1998-10-XX', earliest=datetime.date(1998, 10, 1), latest=datetime.date(1998, 10, 31), granularity='day')
    """
    grain = _OFFSET_GRAIN.get(unit, unit)
    unknown = _UNKNOWN.get(grain, "XXXX-XX-XX")
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

    >>> import datetime as dt
    >>> jan = Resolved("1989-01", dt.date(1989, 1, 1), dt.date(1989, 1, 31), "month")
    >>> _vague_from_ref(Offset(unit="day", sign=1, anchor="ref"), jan)
    Resolved(value='FUTURE_REF', earliest=datetime.date(1989, 1, 2), latest=None, granularity=None)
    """
    if ref is None or ref.earliest is None or ref.latest is None:
        return Resolved("FUTURE_REF" if value.sign > 0 else "PAST_REF", None, None, None)
    if value.sign > 0:
        return Resolved("FUTURE_REF", ref.earliest + dt.timedelta(days=1), None, None)
    return Resolved("PAST_REF", None, ref.latest - dt.timedelta(days=1), None)


_GRAIN_ORDER = ("minute", "hour", "day", "week", "month", "quarter", "half", "season", "year", "decade",
                "century")


def _coarser(grain: str | None, unit: str) -> bool:
    """Whether a reference of ``grain`` is too coarse to count ``unit``s from."""
    unit = _OFFSET_GRAIN.get(unit, unit) if unit not in {"hour", "minute"} else "day"
    if grain not in _GRAIN_ORDER or unit not in _GRAIN_ORDER:
        return False
    return _GRAIN_ORDER.index(grain) > _GRAIN_ORDER.index(unit)


def _as_duration(value: Offset) -> Resolved:
    return Resolved(period(_period_unit(value.unit), value.count or 1), None, None, None)


def _period_unit(unit: str) -> str:
    return {"weekend": "day", "season": "month", "half": "month"}.get(unit, unit)


@anchor.register
def _(value: Reference, ctx: Context) -> Resolved | None:
    dct = ctx.dct
    interval = {"PRESENT_REF": (dct, dct), "PAST_REF": (None, dct), "FUTURE_REF": (dct, None)}[value.ref]
    return Resolved(value.ref, interval[0], interval[1], None)


@anchor.register
def _(value: Duration, ctx: Context) -> Resolved | None:
    unit = _period_unit(value.unit)
    text = period(unit, value.count) if value.count is not None else _vague_period(unit)
    text = _whole_period(text, unit, value.count)
    if value.period is not None:
        return _at_edge_of(value, text, anchor(value.period, ctx))
    if value.mod == "EQUAL_OR_LESS" and value.anchored == "none" and ctx.dct is not None \
            and value.count is not None and ctx.tense == "future":
        # "will close within two months": a window from the DCT, as "the next two months" is
        end = shift(ctx.dct, value.unit, value.count)
        return Resolved(text, ctx.dct, end - dt.timedelta(days=1) if end else None, None)
    if value.anchored == "none":
        return Resolved(text, None, None, None)
    ends = _window_ends(value, ctx)
    if ends is None:
        return Resolved(text, None, None, None)
    before, after = ends
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


_CLOCK_UNITS = frozenset({"hour", "minute", "second"})


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
        if _coarser(ref.granularity, value.unit):
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


def _vague_period(unit: str) -> str:
    code = period(unit, 1)
    return code.replace("1", "X", 1) if unit not in {"decade", "century"} else ("PXDE" if unit == "decade" else "PXCE")


def _whole_period(text: str, unit: str, count: float | None) -> str:
    """TIMEX3 (and TBAQ) write fractions in the next unit down: P0.5Y -> P6M, P2.5Y -> P2Y6M, 5.5 h -> PT5H30M.

    >>> _whole_period("P2.5Y", "year", 2.5), _whole_period("PT5.5H", "hour", 5.5), _whole_period("P1.5D", "day", 1.5)
    ('P2Y6M', 'PT5H30M', 'P1DT12H')
    """
    if count is None or count == int(count):
        return text
    smaller = {"year": ("month", 12), "month": ("day", 30), "day": ("hour", 24), "hour": ("minute", 60),
               "minute": ("second", 60), "week": ("day", 7), "decade": ("year", 10)}.get(unit)
    if smaller is None or count * smaller[1] != int(count * smaller[1]):
        return text
    whole, rest = int(count), (count - int(count)) * smaller[1]
    if whole == 0 or unit in {"week", "decade"}:  # ISO 8601 joins no weeks with days; decades are years
        return period(smaller[0], count * smaller[1])
    big, small = period(unit, whole), period(smaller[0], rest)
    if small.startswith("PT") and not big.startswith("PT"):
        return big + small[1:]  # P1D + PT12H -> P1DT12H
    return big + small[2 if small.startswith("PT") else 1:]


@anchor.register
def _(value: Recurrence, ctx: Context) -> Resolved | None:
    return Resolved(value.value, None, None, None)


@anchor.register
def _(value: LastSeason, ctx: Context) -> Resolved | None:
    """"last fall": the latest fall to have ended before the DCT (2017-FA said in November 2018)."""
    if ctx.dct is None:
        return Resolved(f"XXXX-{value.part}", None, None, "season")
    readings = [r for r in (part_interval(y, value.part) for y in range(ctx.dct.year - 2, ctx.dct.year + 1)) if r]
    return strict_reading(readings, "past", ctx.dct)


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


@anchor.register
def _(value: CenturyTurn, ctx: Context) -> Resolved | None:
    """"the turn of the century": the turn's year as value, two years either side as interval (1998-2002)."""
    if value.shift is None:
        turn = (value.digits + 1) * 100 - 100  # the 20th century (digits 19) turns in 1900
    elif ctx.dct is None:
        return Resolved("XXXX", None, None, "year")
    else:  # the turn nearest the DCT (ties to the past: said in 1950, 1900), then the one before or after
        turn = (ctx.dct.year + value.span // 2 - 1) // value.span * value.span + value.shift * value.span
    if not 3 <= turn <= 9997:
        return None
    return Resolved(f"{turn:04d}", dt.date(turn - 2, 1, 1), dt.date(turn + 2, 12, 31), "year")


@anchor.register
def _(value: HolidayWeekend, ctx: Context) -> Resolved | None:
    """"Labor Day weekend": the holiday's day as the tense picks it, then its weekend."""
    day = anchor(value.day, ctx)
    if day is None or day.granularity != "day":
        return None
    if day.earliest is None:
        return Resolved("XXXX-WXX-WE", None, None, "week")
    return holiday_weekend(day.earliest, value.day.rule)
