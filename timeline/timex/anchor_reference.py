"""Dates read from the text's own time: "of that year", "the 28th of that month", "the previous April".

The reference time is the last date the text fixed (:class:`timeline.timex.anchoring.Context`'s
``ref``); each helper falls back on the DCT, or on nothing, as its docstring says.

>>> import datetime as dt
>>> from timeline.timex.calendar import day_interval
>>> day_of_reference_month(20, day_interval(dt.date(1917, 9, 2))).value
'1917-09-20'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from timeline.timex.calendar import Resolved, day_interval, day_of_month_moved, safe_date
from timeline.timex.values import CalendarDate, YearPart

if TYPE_CHECKING:
    from timeline.timex.anchoring import Context


def reference_year(value: CalendarDate | YearPart, ctx: Context) -> int | None:
    """The year "of that year" ("of the following year") names: the reference time's (+1), else the DCT's + 1
    for "the following year"; None for "that year" with nothing named before it (then the tense decides).

    >>> from timeline.timex.anchoring import Context
    >>> from timeline.timex.calendar import year_interval
    >>> from timeline.timex.settings import TimexSettings
    >>> ctx = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: None, ref=year_interval(1940), settings=TimexSettings())
    >>> reference_year(CalendarDate(month=3, of_reference_year=True, reference_year_shift=1), ctx)
    1941
    >>> reference_year(CalendarDate(month=3, of_reference_year=True, reference_year_shift=1), ctx._replace(ref=None))
    2019
    """
    if ctx.ref is not None and ctx.ref.earliest is not None:
        return ctx.ref.earliest.year + value.reference_year_shift
    if value.reference_year_shift and ctx.dct is not None:
        return ctx.dct.year + value.reference_year_shift
    return None


def day_of_reference_month(day: int, ref: Resolved | None) -> Resolved | None:
    """Day ``day`` of the month the reference time lies in ("the 28th of that month"); unknown without one.

    >>> from timeline.timex.calendar import year_interval
    >>> day_of_reference_month(28, day_interval(dt.date(1919, 8, 8))).value
    '1919-08-28'
    >>> day_of_reference_month(5, year_interval(1919)).value
    'XXXX-XX-05'
    """
    if ref is None or ref.earliest is None or ref.latest is None \
            or (ref.earliest.year, ref.earliest.month) != (ref.latest.year, ref.latest.month):
        return Resolved(f"XXXX-XX-{day:02d}", None, None, "day")
    date = safe_date(ref.earliest.year, ref.earliest.month, day)
    return day_interval(date) if date else None  # "the 31st of that month" in a month of 30 days


def day_of_dct_month_shifted(day: int, shift: int, dct: dt.date | None) -> Resolved | None:
    """Day ``day`` of the DCT's month moved by ``shift`` months ("the 20th of next month"); unknown without a DCT.

    >>> [day_of_dct_month_shifted(20, s, dt.date(2018, 12, 5)).value for s in (-1, 0, 1)]
    ['2018-11-20', '2018-12-20', '2019-01-20']
    >>> day_of_dct_month_shifted(31, 1, dt.date(2018, 10, 5)) is None, day_of_dct_month_shifted(3, 0, None).value
    (True, 'XXXX-XX-03')
    """
    if dct is None:
        return Resolved(f"XXXX-XX-{day:02d}", None, None, "day")
    date = day_of_month_moved(dct, shift, day)
    return day_interval(date) if date else None  # "the 31st of next month" in a month of 30 days: no such day


def day_of_dct_month(day: int, ctx: Context) -> Resolved:
    """A bare "on the 12th" with no date named before it: in news, the 12th of the DCT's month when the clause's
    tense puts it on its side of the DCT (past: on or before it, future: on or after); else unknown.

    A news story names the month when the day lies in another one, so the DCT's month is the
    reading a reader takes; a tense the day contradicts ("was held on the 20th" on the 15th), no
    tense, or a narrative, whose time is not the DCT's, leaves the month unknown.

    >>> from timeline.timex.anchoring import Context
    >>> from timeline.timex.settings import TimexSettings
    >>> ctx = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: "past", ref=None, settings=TimexSettings())
    >>> day_of_dct_month(12, ctx).value, day_of_dct_month(20, ctx).value
    ('2018-11-12', 'XXXX-XX-20')
    """
    unknown = Resolved(f"XXXX-XX-{day:02d}", None, None, "day")
    if ctx.dct is None or ctx.settings.anchoring != "news":
        return unknown
    tense = ctx.tense
    allowed = tense == "past" and day <= ctx.dct.day or tense == "future" and day >= ctx.dct.day
    date = safe_date(ctx.dct.year, ctx.dct.month, day) if allowed else _across_the_turn(day, ctx.dct, tense)
    return day_interval(date) if date else unknown


_TURN = 7  # days: "withdrew on the 30th" said on Dec. 2 is two days back, over the month's turn


def _across_the_turn(day: int, dct: dt.date, tense: str | None) -> dt.date | None:
    """The ``day`` of the month before (past) or after (future) the DCT's, when it lies within ``_TURN`` days of the
    DCT: a story told at the turn of a month names the days just across it by their number alone.

    >>> _across_the_turn(30, dt.date(2018, 12, 2), "past"), _across_the_turn(3, dt.date(2018, 11, 28), "future")
    (datetime.date(2018, 11, 30), datetime.date(2018, 12, 3))
    >>> _across_the_turn(20, dt.date(2018, 11, 15), "past") is None  # 26 days back: the month would be named
    True
    """
    if tense not in {"past", "future"}:
        return None
    step = -1 if tense == "past" else 1
    date = day_of_month_moved(dct, step, day)
    return date if date is not None and 0 < (dct - date).days * -step <= _TURN else None


def around_reference(reading: Callable[[int], Resolved | None], direction: str, ctx: Context) -> Resolved | None:
    """"the previous April": the last reading to end before the text's time starts; "the following
    spring": the first to start after it ends. The text's time is the reference, else the DCT.

    >>> from timeline.timex.anchoring import Context
    >>> from timeline.timex.calendar import month_interval
    >>> from timeline.timex.settings import TimexSettings
    >>> ctx = Context(dct=dt.date(2000, 1, 1), tense_of=lambda: None, ref=day_interval(dt.date(1918, 9, 2)),
    ...               settings=TimexSettings())
    >>> around_reference(lambda y: month_interval(y, 4), "before_ref", ctx).value
    '1918-04'
    >>> around_reference(lambda y: month_interval(y, 4), "after_ref", ctx).value
    '1919-04'
    """
    ref = ctx.ref if ctx.ref is not None and ctx.ref.earliest is not None and ctx.ref.latest is not None else None
    start, end = (ref.earliest, ref.latest) if ref is not None else (ctx.dct, ctx.dct)
    if start is None or end is None:
        return None
    readings = [r for r in (reading(y) for y in range(max(1, start.year - 2), min(9999, end.year + 3))) if r]
    return strict_reading(readings, "past", start) if direction == "before_ref" else \
        strict_reading(readings, "future", end)


def strict_reading(readings: list[Resolved], direction: str, day: dt.date) -> Resolved | None:
    """The last reading to end before ``day`` ("past": "last October") or the first to start after it
    ("future": "next March"); None if there is none among ``readings``.

    >>> from timeline.timex.calendar import month_interval
    >>> octobers = [month_interval(y, 10) for y in (2017, 2018, 2019)]
    >>> strict_reading(octobers, "past", dt.date(2018, 10, 15)).value
    '2017-10'
    """
    if direction == "past":
        before = [r for r in readings if r.latest < day]  # type: ignore[operator]
        return max(before, key=lambda r: r.latest) if before else None  # type: ignore[arg-type,return-value]
    after = [r for r in readings if r.earliest > day]  # type: ignore[operator]
    return min(after, key=lambda r: r.earliest) if after else None  # type: ignore[arg-type,return-value]
