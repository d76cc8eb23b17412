"""Days of the calendar: a date built only where it exists, a month's last day, a day moved by units.

Plain ``datetime.date`` arithmetic, with no TIMEX3 value in it: :mod:`timeline.timex.calendar` writes values and
day intervals from these (and re-exports them, where most modules import them from). Apart so that the rules of
counting (a month on from 31 January is 28 February; 30 hours on is the next day) stand in one short module.
Every function is total: a day outside years 1..9999 or an impossible one gives None (``month_end`` raises for a
month outside 1-12, as ``calendar.monthrange`` does).

>>> shift(dt.date(2018, 1, 31), "month", 1), safe_date(2018, 2, 29)
(datetime.date(2018, 2, 28), None)
"""

from __future__ import annotations

import datetime as dt
from calendar import isleap, monthrange

# Units counted in calendar months (a year is twelve, clipped at a month's end as dateutil's relativedelta clips:
# 31 January + 1 month = 28 February) and in seconds (whole days of them: 30 hours on is the next day); any other
# unit is counted in days, a day if unknown.
_UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120, "century": 1200}
_UNIT_SECONDS = {"hour": 3600, "minute": 60, "second": 1}
_FIXED_DAYS = {"day": 1, "night": 1, "week": 7, "fortnight": 14, "weekend": 7}


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """``date(year, month, day)`` or None when there is no such day.

    >>> safe_date(2018, 2, 30) is None, safe_date(2016, 2, 29)
    (True, datetime.date(2016, 2, 29))
    """
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def day_of_month_moved(base: dt.date, months: int, day: int) -> dt.date | None:
    """Day ``day`` of the month ``months`` calendar months from ``base``'s, or None when that month has no such day.

    >>> day_of_month_moved(dt.date(2018, 12, 5), 1, 20), day_of_month_moved(dt.date(2018, 10, 5), 1, 31) is None
    (datetime.date(2019, 1, 20), True)
    """
    year, month = divmod(base.year * 12 + base.month - 1 + months, 12)
    return safe_date(year, month + 1, day)


def shift(day: dt.date, unit: str, count: float) -> dt.date | None:
    """``day`` moved by ``count`` units (negative: back); None past year 1 or 9999.

    >>> shift(dt.date(2018, 3, 31), "month", -1), shift(dt.date(9999, 12, 31), "day", 1)
    (datetime.date(2018, 2, 28), None)
    """
    whole = int(count)
    try:
        if unit in _UNIT_MONTHS:
            moved = _add_months(day, _UNIT_MONTHS[unit] * whole)
            if moved is None:
                return None
        elif unit in _UNIT_SECONDS:  # from the day's midnight: back an hour is the day before
            moved = day + dt.timedelta(days=_UNIT_SECONDS[unit] * whole // 86400)
        else:
            moved = day + dt.timedelta(days=_FIXED_DAYS.get(unit, 1) * whole)
        if count != whole:  # "a year and a half": the fraction in days, roughly
            moved += dt.timedelta(days=round((count - whole) * days_in(unit)))
        return moved
    except (ValueError, OverflowError):
        return None


def _add_months(day: dt.date, months: int) -> dt.date | None:
    """``day`` moved by ``months`` calendar months, clipped to the month's last day; None outside years 1..9999.

    By hand rather than with dateutil's relativedelta, which gives the same days at four times the cost
    (tests/timex/test_calendar_shift.py holds the two together).

    >>> _add_months(dt.date(2016, 1, 31), 1), _add_months(dt.date(2018, 3, 31), -13), _add_months(dt.date(1, 1, 1), -1)
    (datetime.date(2016, 2, 29), datetime.date(2017, 2, 28), None)
    """
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    if not 1 <= year <= 9999:
        return None
    month += 1
    last = _MONTH_DAYS[month] + (month == 2 and isleap(year))  # month_end's lookup (month is 1-12 here)
    return dt.date(year, month, day.day if day.day <= last else last)


def days_in(unit: str) -> float:
    """The days in one ``unit``, on average: what a fraction of it is worth ("a year and a half"); a day if unknown.

    >>> days_in("year"), days_in("month"), days_in("hour")
    (365.25, 30.4, 1)
    """
    return {"week": 7, "fortnight": 14, "month": 30.4, "quarter": 91.3, "half": 182.6, "year": 365.25,
            "decade": 3652.5, "century": 36525}.get(unit, 1)


def month_end(year: int, month: int) -> dt.date:
    """The last day of ``month`` of ``year``.

    Its length is looked up, February's by the leap year: ``monthrange`` finds the month's first weekday too,
    through a date it builds, and every reading of a month, quarter or half asks this (a month's length is
    half the cost of reading it). A month outside 1-12 still goes to ``monthrange``, which raises.

    >>> month_end(2016, 2), month_end(2018, 2), month_end(1900, 2), month_end(2018, 11)
    (datetime.date(2016, 2, 29), datetime.date(2018, 2, 28), datetime.date(1900, 2, 28), datetime.date(2018, 11, 30))
    """
    if 1 <= month <= 12:
        return dt.date(year, month, _MONTH_DAYS[month] + (month == 2 and isleap(year)))
    return dt.date(year, month, monthrange(year, month)[1])


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # by month number, February's in a common year
