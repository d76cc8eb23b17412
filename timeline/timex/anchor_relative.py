"""Phase 2 for the relative values that need no reference time: calendar shifts ("last month", "this
weekend"), reference words ("now", "recently"), sets, "last fall", "the turn of the century", holiday weekends.

Registered on :func:`timeline.timex.anchoring.anchor` (one function per value type). Offsets, which
count from the DCT or the reference time, are in :mod:`timeline.timex.anchor_offsets`; durations in
:mod:`timeline.timex.anchor_durations`; named days and clocks in :mod:`timeline.timex.anchor_days`.
Importing this module registers all three.

>>> import datetime as dt
>>> from timeline.timex.anchoring import Context
>>> from timeline.timex.settings import TimexSettings
>>> ctx = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: "past", ref=None, settings=TimexSettings())
>>> anchor(Relative(unit="month", shift=-1), ctx).value
'2018-10'
>>> from timeline.timex.values import Offset
>>> anchor(Offset(unit="day", count=2, sign=-1, anchor="dct"), ctx).value
'2018-11-13'
"""

from __future__ import annotations

import datetime as dt

from timeline.timex import anchor_durations as _durations, anchor_offsets as _offsets  # noqa: F401  (registers)
from timeline.timex.anchoring import Context, anchor
from timeline.timex.anchor_reference import strict_reading
from timeline.timex.calendar import (Resolved, day_interval, era_interval, grain_interval, holiday_weekend, part_interval, shift, weekend_interval,
                                     year_interval)
from timeline.timex.earnings import FiscalQuarter, fiscal_interval
from timeline.timex.eras import MidCentury
from timeline.timex.grains import coarser, unplaced
from timeline.timex.joins import HolidayWeekend
from timeline.timex.seasons import CenturyTurn, LastSeason
from timeline.timex.periods import NewYear
from timeline.timex.relative import RestOf
from timeline.timex.values import Recurrence, Reference, Relative, YearPart


@anchor.register
def _relative(value: Relative, ctx: Context) -> Resolved | None:
    if ctx.dct is None:
        return unplaced(value.unit, "XXXX")
    moved = shift(ctx.dct, value.unit, value.shift)
    if moved is not None and value.by_tense and ctx.direction == "past" and ctx.dct.isoweekday() < 6:
        moved = shift(moved, "week", -1)  # "said over the weekend" on a weekday: the one just gone
    if moved is None:
        return None
    return weekend_interval(moved) if value.unit == "weekend" else grain_interval(value.unit, moved)


@anchor.register
def _(value: FiscalQuarter, ctx: Context) -> Resolved | None:
    """A fiscal quarter, or one whose end is stated: the calendar quarter's value, the days earnings.fiscal_interval
    allows."""
    resolved = anchor.dispatch(YearPart)(value, ctx)
    return None if resolved is None else fiscal_interval(resolved, value, ctx.dct, ctx.tense)


@anchor.register
def _(value: NewYear, ctx: Context) -> Resolved | None:
    """"the new year": the year of the 1 January nearest the DCT (2019 said in December 2018 or in January 2019);
    "before the new year", that 1 January."""
    if ctx.dct is None:
        return Resolved("XXXX-01-01", None, None, "day") if value.day else unplaced("year", "XXXX")
    after = dt.date(ctx.dct.year + 1, 1, 1)
    year = after.year if after - ctx.dct < ctx.dct - dt.date(ctx.dct.year, 1, 1) else ctx.dct.year
    return day_interval(dt.date(year, 1, 1)) if value.day else year_interval(year)


@anchor.register
def _(value: RestOf, ctx: Context) -> Resolved | None:
    """"the rest of the year": the DCT's year as value, from the DCT to the year's end as interval; after a
    time the text placed in an earlier year ("arrested in March 2015 ... the rest of the year"), from that time."""
    start = _rest_from(value.unit, ctx)
    if start is None:
        return unplaced(value.unit, "XXXX")
    whole = grain_interval(value.unit, start)
    return None if whole is None else whole._replace(earliest=start)


def _rest_from(unit: str, ctx: Context) -> dt.date | None:
    """The day "the rest of the <unit>" starts: the reference time's when it is placed, no coarser than the unit
    and in an earlier unit than the DCT's (or there is no DCT), else the DCT."""
    ref = ctx.ref if ctx.settings.reference_anchoring else None
    if ref is None or ref.earliest is None or coarser(ref.granularity, unit):
        return ctx.dct
    dct_unit = grain_interval(unit, ctx.dct) if ctx.dct is not None else None
    if dct_unit is None or dct_unit.earliest is None or ref.earliest < dct_unit.earliest:
        return ref.earliest
    return ctx.dct


@anchor.register
def _(value: Reference, ctx: Context) -> Resolved | None:
    dct = ctx.dct
    interval = {"PRESENT_REF": (dct, dct), "PAST_REF": (None, dct), "FUTURE_REF": (dct, None)}[value.ref]
    return Resolved(value.ref, interval[0], interval[1], None)


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
def anchor_mid_century(value: MidCentury, ctx: Context) -> Resolved | None:
    """"mid-century": the century the text last named an era of (``ctx.era``) when that century is before the
    DCT's and the clause is past; with no era named, in a past clause before the DCT's century's middle (its year
    25), the century before; the DCT's century otherwise, as "this century". The middle is drawn after, from
    ``value.mod``, as for every edge word.

    >>> from timeline.timex.settings import TimexSettings
    >>> from timeline.timex.calendar import era_interval
    >>> history = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: "past", ref=None, settings=TimexSettings(),
    ...                   era=era_interval(182, "decade"))
    >>> anchor_mid_century(MidCentury(), history).value
    '18'
    >>> ahead = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: "future", ref=None, settings=TimexSettings(),
    ...                 era=era_interval(182, "decade"))
    >>> anchor_mid_century(MidCentury(), ahead).value
    '20'
    >>> told = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: "past", ref=None, settings=TimexSettings())
    >>> anchor_mid_century(MidCentury(), told).value  # the 21st century's middle has not begun
    '19'
    """
    era = ctx.era
    if era is not None and era.earliest is not None and ctx.tense == "past" \
            and (ctx.dct is None or era.earliest.year // 100 < ctx.dct.year // 100):
        return era_interval(era.earliest.year // 100, "century")
    if era is None and ctx.dct is not None and ctx.dct.year % 100 < 25 and ctx.tense == "past":
        # "In mid-century the town grew" said in 2018: this century's middle (2025-2074) has not begun, so a past
        # verb tells of the last century's (after "In the 2000s prices rose", a model's "had doubled" is this one's)
        return era_interval(ctx.dct.year // 100 - 1, "century")
    return _relative(value, ctx)


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
    if value.of_date and day.earliest.weekday() >= 5:  # "the weekend of Jan. 5", a Saturday: 5 and 6 January
        return weekend_interval(day.earliest)
    return holiday_weekend(day.earliest, value.day.rule)
