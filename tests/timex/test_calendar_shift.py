"""calendar.shift moves days by hand: it must give what dateutil's relativedelta gives, to the day.

The reference is the documented arithmetic of ``date + relativedelta(<unit>=count)`` (month-end
clipping, hours counted from the day's midnight), with a fraction of a unit added in days; an
error (a year outside 1..9999) is None. Hypothesis draws dates over the whole calendar and counts
large enough to run off either end.
"""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.timex.calendar import _days_in, shift

# unit -> relativedelta of one unit (as dateutil reads it), and an unknown unit counted as a day
_ONE = {"day": relativedelta(days=1), "night": relativedelta(days=1), "week": relativedelta(weeks=1),
        "fortnight": relativedelta(weeks=2), "weekend": relativedelta(weeks=1), "month": relativedelta(months=1),
        "quarter": relativedelta(months=3), "half": relativedelta(months=6), "season": relativedelta(months=3),
        "year": relativedelta(years=1), "decade": relativedelta(years=10), "century": relativedelta(years=100),
        "hour": relativedelta(hours=1), "minute": relativedelta(minutes=1), "second": relativedelta(seconds=1),
        "moon": relativedelta(days=1)}


def _reference(day: dt.date, unit: str, count: float) -> dt.date | None:
    whole = int(count)
    try:
        moved = day + relativedelta(**{_field(unit): _amount(unit) * whole})
        if count != whole:
            moved += dt.timedelta(days=round((count - whole) * _days_in(unit)))
    except (ValueError, OverflowError):
        return None
    return moved.date() if isinstance(moved, dt.datetime) else moved


def _field(unit: str) -> str:
    one = _ONE[unit]
    return next(f for f in ("years", "months", "days", "hours", "minutes", "seconds") if getattr(one, f))


def _amount(unit: str) -> int:
    return getattr(_ONE[unit], _field(unit))


_DAYS = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
_UNITS = st.sampled_from(sorted(_ONE))
_COUNTS = st.one_of(st.integers(-3000, 3000), st.integers(-10 ** 9, 10 ** 9),
                    st.floats(-5000, 5000, allow_nan=False).map(lambda x: round(x * 4) / 4))


@settings(max_examples=3000, deadline=None)
@given(_DAYS, _UNITS, _COUNTS)
@example(dt.date(2018, 1, 31), "month", 1)
@example(dt.date(2016, 1, 31), "month", 1)
@example(dt.date(2016, 2, 29), "year", -1)
@example(dt.date(1, 1, 1), "hour", -1)
@example(dt.date(1, 1, 1), "month", -1)
@example(dt.date(9999, 12, 31), "second", 86400)
@example(dt.date(9999, 12, 1), "month", 1)
@example(dt.date(9999, 12, 31), "hour", 23)
@example(dt.date(2018, 3, 1), "hour", -25)
@example(dt.date(2018, 3, 1), "minute", -61.5)
@example(dt.date(1, 6, 30), "half", -1.5)
@example(dt.date(9990, 1, 1), "decade", 0.75)
def test_shift_is_relativedelta(day: dt.date, unit: str, count: float) -> None:
    assert shift(day, unit, count) == _reference(day, unit, count)


@pytest.mark.parametrize(("day", "unit", "count", "expected"), [
    (dt.date(2019, 1, 31), "month", 1, dt.date(2019, 2, 28)),  # clipped to the month's end
    (dt.date(2020, 1, 31), "month", 1, dt.date(2020, 2, 29)),
    (dt.date(2020, 2, 29), "year", 1, dt.date(2021, 2, 28)),
    (dt.date(2018, 3, 31), "quarter", -1, dt.date(2017, 12, 31)),
    (dt.date(2018, 11, 15), "hour", -1, dt.date(2018, 11, 14)),  # back from midnight: the day before
    (dt.date(2018, 11, 15), "hour", 30, dt.date(2018, 11, 16)),
    (dt.date(1, 1, 31), "month", -1, None),
    (dt.date(9999, 12, 31), "week", 1, None),
    (dt.date(2018, 11, 15), "century", 80, None),
])
def test_shift_known_days(day: dt.date, unit: str, count: float, expected: dt.date | None) -> None:
    assert shift(day, unit, count) == expected
