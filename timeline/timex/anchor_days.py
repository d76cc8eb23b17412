"""Phase 2 for named days and parts of them: weekdays, today/yesterday, holidays, clocks, the week of
a day, the day next to one, the first or last day or week of a period.

Registered on :func:`timeline.timex.anchoring.anchor` (one function per value type).

>>> import datetime as dt
>>> from timeline.timex.anchoring import Context
>>> from timeline.timex.settings import TimexSettings
>>> ctx = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: "past", ref=None, settings=TimexSettings())
>>> anchor(Weekday(weekday=7), ctx).value
'2018-11-11'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from timeline.timex.anchoring import Context, anchor, pick
from timeline.timex.calendar import Resolved, day_interval, grain_interval, holiday_date, safe_date
from timeline.timex.lunisolar import is_lunisolar, lunisolar_dates
from timeline.timex.values import Clock, DayNextTo, Deictic, Holiday, UnitOf, WeekOf, Weekday

@anchor.register
def _(value: Weekday, ctx: Context) -> Resolved | None:
    if value.date is not None:
        return _dated_weekday(value, ctx)
    if ctx.dct is None:
        return Resolved(f"XXXX-WXX-{value.weekday}" + (f"T{value.part_of_day}" if value.part_of_day else ""),
                        None, None, "day")
    day = _weekday_day(value, ctx)
    if day is None:
        return None
    if value.part_of_day:
        return Resolved(f"{day.isoformat()}T{value.part_of_day}", day, day, "day")
    return day_interval(day)


def _weekday_day(value: Weekday, ctx: Context) -> dt.date | None:
    dct = ctx.dct
    assert dct is not None
    back = (dct.isoweekday() - value.weekday) % 7      # days back to the one on or before the DCT
    ahead = (value.weekday - dct.isoweekday()) % 7     # days ahead to the one on or after it
    direction = value.direction
    if direction in {"before_ref", "after_ref"}:
        return _weekday_from_ref(value, ctx)
    if direction == "past":
        return dct - dt.timedelta(days=back or 7)
    if direction == "future":
        return dct + dt.timedelta(days=ahead or 7)
    if direction == "this":
        return _this_weekday(value.weekday, dct, ctx.direction)
    ref = ctx.ref
    if ref is not None and ref.granularity == "day" and ref.earliest is not None and ref.earliest == ref.latest \
            and ref.earliest.isoweekday() == value.weekday and ctx.clause is not None and ctx.clause.falls_on_holiday():
        return ref.earliest  # "Rosh Hashanah falls on Monday": the holiday's own Monday, just read
    if back == 0:  # the DCT's own weekday is the DCT in every tense ("said Friday", "will meet Friday"): none read
        return dct
    mode = ctx.direction
    if mode == "past" or (mode == "nearest" and back <= ahead):
        return dct - dt.timedelta(days=back)
    return dct + dt.timedelta(days=ahead)


def _this_weekday(weekday: int, dct: dt.date, direction: str) -> dt.date:
    """"this Friday": the Friday of the DCT's week, unless the tense puts that on the wrong side of the DCT.

    Said on a Sunday, "will play this Friday" means the Friday ahead, not the one two days
    gone; "met this Monday" said on a Saturday is the Monday before.

    >>> sunday = dt.date(2018, 11, 18)
    >>> _this_weekday(5, sunday, "future"), _this_weekday(5, sunday, "nearest")
    (datetime.date(2018, 11, 23), datetime.date(2018, 11, 16))
    >>> _this_weekday(1, dt.date(2018, 11, 14), "past")
    datetime.date(2018, 11, 12)
    """
    day = dct + dt.timedelta(days=weekday - dct.isoweekday())
    if direction == "future" and day < dct:
        return day + dt.timedelta(days=7)
    if direction == "past" and day > dct:
        return day - dt.timedelta(days=7)
    return day


def _weekday_from_ref(value: Weekday, ctx: Context) -> dt.date:
    """"the previous Friday": the one strictly before the day the text last named (else the DCT);
    "the following Friday": the one strictly after it."""
    ref = ctx.ref
    base = ref.earliest if ref is not None and ref.granularity == "day" and ref.earliest else ctx.dct
    assert base is not None
    if value.direction == "before_ref":
        return base - dt.timedelta(days=(base.isoweekday() - value.weekday) % 7 or 7)
    return base + dt.timedelta(days=(value.weekday - base.isoweekday()) % 7 or 7)


def _dated_weekday(value: Weekday, ctx: Context) -> Resolved | None:
    """"Sunday, March 8": the date decides; without a year, prefer years where the weekday fits."""
    date = value.date
    assert date is not None
    if date.year is not None or ctx.dct is None or date.day is None or date.month is None:
        return anchor(date, ctx)
    years = range(ctx.dct.year - 6, ctx.dct.year + 7)
    fitting = [d for d in (safe_date(y, date.month, date.day) for y in years) if d and d.isoweekday() == value.weekday]
    if not fitting:
        return anchor(date, ctx)
    return day_interval(min(fitting, key=lambda d: (abs((d - ctx.dct).days), d > ctx.dct)))  # type: ignore[operator]


@anchor.register
def _(value: Deictic, ctx: Context) -> Resolved | None:
    if ctx.dct is None:
        return Resolved("XXXX-XX-XX" + (f"T{value.part_of_day}" if value.part_of_day else ""), None, None, "day")
    day = ctx.dct + dt.timedelta(days=value.days)
    if value.part_of_day:
        return Resolved(f"{day.isoformat()}T{value.part_of_day}", day, day, "day")
    return day_interval(day)


@anchor.register
def _(value: Holiday, ctx: Context) -> Resolved | None:
    if value.year is not None:
        day = holiday_date(value.rule, value.year)
        return day_interval(day) if day else None
    if ctx.dct is None:
        fixed = value.rule[0].isdigit()
        return Resolved(f"XXXX-{value.rule}" if fixed else "XXXX-XX-XX", None, None, "day")
    named = ctx.clause.year_named() if ctx.clause is not None else None
    if named is not None:  # "fasted on Yom Kippur last year", "Diwali was on Oct. 27 in 2019": that year's
        return _holiday_in(value.rule, named.of(ctx.dct.year), ctx)
    years = (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
    if not is_lunisolar(value.rule):
        days = [holiday_date(value.rule, y) for y in years]
        return pick([day_interval(d) for d in days if d], ctx)
    # another calendar's holiday may fall twice in a Gregorian year (Eid al-Fitr, 8 Jan. and 27 Dec. 2000): every
    # day is a reading; at a table's edge (Hindu tables end in 2035) a year with none would let the tense fall back
    # to the other side of the telling ('Diwali will be...' read as the one past), so none is given
    found = [lunisolar_dates(value.rule, y) for y in years]
    if not all(found):
        return None
    return pick([day_interval(d) for ds in found for d in ds], ctx)


def _holiday_in(rule: str, year: int, ctx: Context) -> Resolved | None:
    """The holiday of ``rule`` in ``year`` (a holiday of another calendar that falls twice in it: the tense picks).

    >>> import datetime as dt
    >>> from timeline.timex.settings import TimexSettings
    >>> ctx = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: "past", ref=None, settings=TimexSettings())
    >>> _holiday_in("hebrew:yom_kippur", 2017, ctx).value, _holiday_in("12-25", 2019, ctx).value
    ('2017-09-30', '2019-12-25')
    """
    if not is_lunisolar(rule):
        day = holiday_date(rule, year)
        return day_interval(day) if day else None
    return pick([day_interval(d) for d in lunisolar_dates(rule, year)], ctx)


@anchor.register
def _(value: WeekOf, ctx: Context) -> Resolved | None:
    return _from_named_day(value.day, ctx, Resolved("XXXX-WXX", None, None, "week"),
                           lambda day: grain_interval("week", day))


def _from_named_day(named: object, ctx: Context, unplaced: Resolved,
                    place: Callable[[dt.date], Resolved | None]) -> Resolved | None:
    """A value built on one named day ("the week of March 6", "the day after Christmas"): None when the
    words name no single day, ``unplaced`` when the day has no date (no DCT), else ``place(day)``."""
    day = anchor(named, ctx)
    if day is None or day.granularity != "day":
        return None
    return unplaced if day.earliest is None else place(day.earliest)


@anchor.register
def _(value: UnitOf, ctx: Context) -> Resolved | None:
    period = anchor(value.period, ctx)
    return None if period is None else unit_of(value, period)


def unit_of(value: UnitOf, period: Resolved) -> Resolved:
    """The first or last day (a DATE) or week (seven days, P1W as WikiWars' TIMEX2 writes it) of ``period``.

    >>> import datetime as dt
    >>> from timeline.timex.calendar import month_interval
    >>> from timeline.timex.values import CalendarDate
    >>> august = month_interval(1918, 8)
    >>> unit_of(UnitOf(unit="week", edge="last", period=CalendarDate(month=8)), august)[:3]
    ('P1W', datetime.date(1918, 8, 25), datetime.date(1918, 8, 31))
    >>> unit_of(UnitOf(unit="day", edge="first", period=CalendarDate(month=8)), august).value
    '1918-08-01'
    """
    first, last = period.earliest, period.latest
    if first is None or last is None:
        return Resolved("P1W", None, None, None) if value.unit == "week" else Resolved("XXXX-XX-XX", None, None, "day")
    if value.unit == "day":
        return day_interval(first if value.edge == "first" else last)
    week = dt.timedelta(days=6)
    return Resolved("P1W", first, first + week, None) if value.edge == "first" else Resolved("P1W", last - week, last, None)


@anchor.register
def _(value: DayNextTo, ctx: Context) -> Resolved | None:
    return _from_named_day(value.day, ctx, Resolved("XXXX-XX-XX", None, None, "day"),
                           lambda day: day_interval(day + dt.timedelta(days=value.days)))


def _clock_day(ctx: Context) -> Resolved:
    """A time with no day falls on the day the text last named, else on the DCT."""
    if ctx.ref is not None and ctx.ref.granularity == "day" and ctx.ref.earliest is not None:
        return day_interval(ctx.ref.earliest)
    return day_interval(ctx.dct) if ctx.dct else Resolved("XXXX-XX-XX", None, None, "day")


@anchor.register
def _(value: Clock, ctx: Context) -> Resolved | None:
    day = anchor(value.day, ctx) if value.day is not None else _clock_day(ctx)
    if day is None or (value.day is not None and day.granularity not in {"day", None}):
        return None
    stem = day.value.split("T")[0]
    hour = value.hour
    if hour == 24 and value.day is None and _on_the_dct(day, ctx) and ctx.tense == "past":
        hour = 0  # "happened shortly after midnight": the DCT's midnight that has passed is its start, not its end
    clock = f"T{hour:02d}:{value.minute:02d}" if hour is not None else f"T{value.part_of_day}"
    return Resolved(stem + clock, day.earliest, day.latest, "day")


def _on_the_dct(day: Resolved, ctx: Context) -> bool:
    """Whether a clock with no day of its own fell on the DCT's day (no day named before it in the text)."""
    return ctx.dct is not None and day.earliest == ctx.dct and (ctx.ref is None or ctx.ref.granularity != "day")
