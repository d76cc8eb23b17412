"""Phase 2: anchor phase-1 values to the DCT, the clause's tense and the reference time.

One function per value type (``functools.singledispatch``). Each returns a
:class:`~timeline.timex.calendar.Resolved` (TIMEX3 value, day interval,
granularity). The reference time is the last date the text itself fixed; "a
week later" counts from it, "two days ago" from the DCT.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import singledispatch

from timeline.timex.calendar import (Resolved, day_interval, era_interval, grain_interval, holiday_date,
                                     month_interval, part_interval, safe_date, shift, week_interval,
                                     weekend_interval, year_interval)
from timeline.timex.sets import period
from timeline.timex.settings import TimexSettings
from timeline.timex.tense import Tense
from timeline.timex.values import (BeforeChrist, CalendarDate, Clock, Deictic, Duration, Era, Holiday, Offset, Recurrence,
                                   Reference, Relative, Weekday, YearPart)

_UNKNOWN = {"day": "XXXX-XX-XX", "night": "XXXX-XX-XX", "week": "XXXX-WXX", "fortnight": "XXXX-WXX",
            "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX", "half": "XXXX-HX",
            "year": "XXXX", "decade": "XXX", "century": "XX"}
_OFFSET_GRAIN = {"night": "day", "fortnight": "week", "hour": "day", "minute": "day", "second": "day",
                 "decade": "year", "century": "year"}


@dataclass(frozen=True)
class Context:
    """What anchoring one mention may read: DCT, clause tense, reference time, settings.

    The tense is read from the text only when a value asks for it (``tense_of``),
    since most expressions (years, durations) never do.
    """

    dct: dt.date | None
    tense_of: Callable[[], Tense | None]
    ref: Resolved | None
    settings: TimexSettings
    quarter: Resolved | None = None  # the last quarter the text named: "a year ago" in earnings news

    @property
    def tense(self) -> Tense | None:
        """The tense of the clause around the expression."""
        return self.tense_of()

    @property
    def direction(self) -> str:
        """past, future or nearest: the clause's tense, else the settings' default."""
        if self.tense in {"past", "future"}:
            return self.tense  # type: ignore[return-value]
        return self.settings.default_tense


@singledispatch
def anchor(value: object, ctx: Context) -> Resolved | None:
    """The TIMEX3 value and interval of one phase-1 value (None: drop it)."""
    raise TypeError(f"no anchoring for {type(value).__name__}")


def pick(candidates: list[Resolved], ctx: Context) -> Resolved | None:
    """Of several readings of an underspecified date, the one the tense points to.

    Past: the latest that starts on or before the DCT; future: the earliest that
    ends on or after it; otherwise the one nearest the DCT (ties go to the past).
    """
    options = [c for c in candidates if c is not None and c.earliest and c.latest]
    if not options or ctx.dct is None:
        return None
    dct = ctx.dct
    if ctx.direction == "past":
        before = [c for c in options if c.earliest <= dct]  # type: ignore[operator]
        return max(before, key=lambda c: c.earliest) if before else min(options, key=lambda c: c.earliest)
    if ctx.direction == "future":
        after = [c for c in options if c.latest >= dct]  # type: ignore[operator]
        return min(after, key=lambda c: c.latest) if after else max(options, key=lambda c: c.latest)
    weight = ctx.settings.past_preference  # news mostly reports the past: a future reading must be this much nearer
    return min(options, key=lambda c: (_distance(c, dct) * (weight if c.earliest > dct else 1),  # type: ignore[operator]
                                       c.earliest > dct))  # type: ignore[operator]


def _distance(c: Resolved, dct: dt.date) -> int:
    if c.earliest <= dct <= c.latest:  # type: ignore[operator]
        return 0
    return min(abs((c.earliest - dct).days), abs((c.latest - dct).days))  # type: ignore[operator]


def _calendar_reading(value: CalendarDate, year: int) -> Resolved | None:
    if value.month is None:
        return year_interval(year)
    if value.day is None:
        return month_interval(year, value.month)
    day = safe_date(year, value.month, value.day)
    return day_interval(day) if day else None


@anchor.register
def _(value: CalendarDate, ctx: Context) -> Resolved | None:
    year = value.year
    if year is not None and value.two_digit_year:
        year = _century_for(year, ctx.dct)
    if year is None and value.year_shift is not None and ctx.dct is not None:
        year = ctx.dct.year + value.year_shift
    if year is not None:
        return _calendar_reading(value, year)
    if ctx.dct is None:
        return _yearless(value)
    # Four years either side, so 29 February finds its leap year.
    readings = [r for r in (_calendar_reading(value, y) for y in range(ctx.dct.year - 4, ctx.dct.year + 5)) if r]
    if value.direction != "auto":  # "last October": strictly before the DCT's month
        return _strict(readings, value.direction, ctx.dct) or _yearless(value)
    return pick(readings, ctx) or _yearless(value)


def _strict(readings: list[Resolved], direction: str, dct: dt.date) -> Resolved | None:
    if direction == "past":
        before = [r for r in readings if r.latest < dct]  # type: ignore[operator]
        return max(before, key=lambda r: r.latest) if before else None  # type: ignore[arg-type,return-value]
    after = [r for r in readings if r.earliest > dct]  # type: ignore[operator]
    return min(after, key=lambda r: r.earliest) if after else None  # type: ignore[arg-type,return-value]


def anchor_range_end(value: object, first: Resolved, ctx: Context) -> Resolved | None:
    """The second end of a range: a yearless date takes the first reading on or after the first end."""
    if not isinstance(value, CalendarDate) or value.year is not None or first.earliest is None:
        return anchor(value, ctx)
    start = first.earliest
    readings = [_calendar_reading(value, y) for y in (start.year, start.year + 1)]
    after = [r for r in readings if r is not None and r.latest is not None and r.latest >= start]
    return min(after, key=lambda r: r.latest) if after else anchor(value, ctx)  # type: ignore[arg-type,return-value]


def _century_for(two_digits: int, dct: dt.date | None) -> int:
    """'97 -> 1997, '05 -> 2005: the century putting the year nearest the DCT (or 1950-2049)."""
    base = dct.year if dct else 2000
    options = [c + two_digits for c in (base // 100 * 100 - 100, base // 100 * 100, base // 100 * 100 + 100)]
    return min(options, key=lambda y: (abs(y - base), y > base))


def _yearless(value: CalendarDate) -> Resolved:
    month = f"{value.month:02d}" if value.month else "XX"
    text = f"XXXX-{month}" + (f"-{value.day:02d}" if value.day else "")
    return Resolved(text, None, None, "day" if value.day else "month")


@anchor.register
def _(value: BeforeChrist, ctx: Context) -> Resolved | None:
    return Resolved(f"BC{value.year:04d}", None, None, "year")


@anchor.register
def _(value: Era, ctx: Context) -> Resolved | None:
    return era_interval(value.digits, value.unit)


@anchor.register
def _(value: YearPart, ctx: Context) -> Resolved | None:
    if value.part == "QX":
        return _quarter_reference(value, ctx)
    if value.year is not None:
        return part_interval(value.year, value.part)
    if ctx.dct is None:
        return Resolved(f"XXXX-{value.part}", None, None, _part_grain(value.part))
    if value.shift is not None:
        return part_interval(ctx.dct.year + value.shift, value.part)
    readings = [r for r in (part_interval(y, value.part) for y in range(ctx.dct.year - 2, ctx.dct.year + 2)) if r]
    if value.direction != "auto":
        return _strict(readings, value.direction, ctx.dct) if value.direction == "future" else max(
            (r for r in readings if r.earliest <= ctx.dct), key=lambda r: r.earliest)  # type: ignore[operator]
    if value.part[0] == "Q" and ctx.direction == "future":
        # "will report third-quarter results": a quarter that ended lately is still ahead in its reporting
        recent = [r for r in readings if r.latest >= ctx.dct - dt.timedelta(days=92)]  # type: ignore[operator]
        return min(recent, key=lambda r: r.latest) if recent else None  # type: ignore[arg-type,return-value]
    return pick(readings, ctx)


def _part_grain(part: str) -> str:
    return "quarter" if part[0] == "Q" else "half" if part[0] == "H" else "season"


def _quarter_reference(value: YearPart, ctx: Context) -> Resolved | None:
    """"the quarter", "the latest quarter", "next quarter": from the text's quarter, else the DCT's."""
    if value.reference and value.year is not None:  # "the 1988 quarter": the text's quarter, in 1988
        part = ctx.quarter.value[-2:] if ctx.quarter is not None else None
        return part_interval(value.year, part) if part else year_interval(value.year)
    if value.reference and ctx.quarter is not None:
        return ctx.quarter
    if ctx.dct is None:
        return Resolved("XXXX-QX", None, None, "quarter")
    if value.reference:  # news reports on the quarter that has just ended
        return grain_interval("quarter", shift(ctx.dct, "quarter", -1) or ctx.dct)
    moved = shift(ctx.dct, "quarter", value.shift or 0)
    return grain_interval("quarter", moved) if moved else None


@anchor.register
def _(value: Relative, ctx: Context) -> Resolved | None:
    if ctx.dct is None:
        return Resolved(_UNKNOWN.get(value.unit, "XXXX"), None, None, value.unit)
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
    if base_ref is not None and _coarser(base_ref.granularity, value.unit):
        base_ref = None  # "a week later" after "in 2010" cannot be placed by 2010: count from the DCT
    if value.unit == "year" and ctx.quarter is not None and value.count == 1:
        base_ref = ctx.quarter  # "up 5% from a year ago" after "the third quarter": that quarter, a year back
    base = base_ref.earliest if base_ref is not None else ctx.dct
    if base is None or value.count is None:
        grain = _OFFSET_GRAIN.get(value.unit, value.unit)
        return Resolved(_UNKNOWN.get(grain, "XXXX-XX-XX"), None, None, grain)
    moved = shift(base, value.unit, value.sign * value.count)
    if moved is None:
        return None
    grain = _OFFSET_GRAIN.get(value.unit, value.unit)
    if base_ref is not None and base_ref is ctx.quarter and value.unit == "year" and value.count == 1:
        grain = "quarter"
    if value.part_of_day and grain == "day":
        day = day_interval(moved)
        return Resolved(f"{day.value}T{value.part_of_day}", moved, moved, "day")
    return grain_interval(grain, moved)


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
    if direction == "past":
        return dct - dt.timedelta(days=back or 7)
    if direction == "future":
        return dct + dt.timedelta(days=ahead or 7)
    if direction == "this":
        return dct + dt.timedelta(days=value.weekday - dct.isoweekday())
    mode = ctx.direction
    if mode == "past" or (mode == "nearest" and back <= ahead):
        return dct - dt.timedelta(days=back)
    return dct + dt.timedelta(days=ahead)


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
    days = [holiday_date(value.rule, y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
    return pick([day_interval(d) for d in days if d], ctx)


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
    if value.anchored == "none" or ctx.dct is None or value.count is None:
        return Resolved(text, None, None, None)
    if value.anchored == "past":
        start = shift(ctx.dct, value.unit, -value.count)
        return Resolved(text, start + dt.timedelta(days=1) if start else None, ctx.dct, None)
    end = shift(ctx.dct, value.unit, value.count)
    return Resolved(text, ctx.dct, end - dt.timedelta(days=1) if end else None, None)


def _vague_period(unit: str) -> str:
    code = period(unit, 1)
    return code.replace("1", "X", 1) if unit not in {"decade", "century"} else ("PXDE" if unit == "decade" else "PXCE")


def _whole_period(text: str, unit: str, count: float | None) -> str:
    """TIMEX3 prefers whole numbers: P0.5Y -> P6M, P1.5Y -> P18M, P0.5D -> PT12H."""
    if count is None or count == int(count):
        return text
    smaller = {"year": ("month", 12), "month": ("day", 30), "day": ("hour", 24), "hour": ("minute", 60),
               "week": ("day", 7), "decade": ("year", 10)}.get(unit)
    if smaller is None or count * smaller[1] != int(count * smaller[1]):
        return text
    return period(smaller[0], count * smaller[1])


@anchor.register
def _(value: Recurrence, ctx: Context) -> Resolved | None:
    return Resolved(value.value, None, None, None)


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
    clock = f"T{value.hour:02d}:{value.minute:02d}" if value.hour is not None else f"T{value.part_of_day}"
    return Resolved(stem + clock, day.earliest, day.latest, "day")
