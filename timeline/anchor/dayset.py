"""Month names and sets of days as sorted disjoint intervals (pure helpers).

>>> month_number("Sept."), month_number("November"), month_number("may")
(9, 11, None)
>>> import datetime as dt
>>> intersect([(dt.date(2018, 1, 1), dt.date(2018, 12, 31))], [(dt.date(2018, 11, 6), dt.date(2019, 1, 5))])
[(datetime.date(2018, 11, 6), datetime.date(2018, 12, 31))]
"""

from __future__ import annotations

import datetime as dt


MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Regex alternation of month names; full names first so "November" is not read as "Nov".
MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
            r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")

# A year the anchor reads (1800-2099), and a weekday's name: one pattern each, imported by every reader.
YEAR_RE = r"(?:1[89]\d\d|20\d\d)"
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

Interval = tuple[dt.date, dt.date]


def month_number(name: str) -> int | None:
    """The month a name or abbreviation stands for (capitalised, as in datelines), else None."""
    if not name[:1].isupper():
        return None
    return MONTHS.get(name.rstrip(".").lower())


def shift(day: dt.date, days: int, floor: dt.date, ceiling: dt.date) -> dt.date:
    """``day`` moved by ``days``, clamped into [floor, ceiling]."""
    ordinal = min(max(day.toordinal() + days, floor.toordinal()), ceiling.toordinal())
    return dt.date.fromordinal(ordinal)


def normalise(intervals: list[Interval]) -> list[Interval]:
    """Sort and merge overlapping or touching intervals."""
    merged: list[Interval] = []
    for lo, hi in sorted(intervals):
        if merged and lo.toordinal() <= merged[-1][1].toordinal() + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def intersect(a: list[Interval], b: list[Interval]) -> list[Interval]:
    """The days in both sets (each sorted and disjoint)."""
    out: list[Interval] = []
    i = j = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def years_of(intervals: list[Interval]) -> list[int]:
    """Every year some day of the set falls in, ascending."""
    years = {lo.year for lo, hi in intervals}
    for lo, hi in intervals:
        if hi.year != lo.year:
            years.update(range(lo.year + 1, hi.year + 1))
    return sorted(years)


def describe_years(years: list[int], limit: int = 12) -> str:
    """A short list of candidate years.

    >>> describe_years([2012, 2018]), describe_years(list(range(1900, 2101)))
    ('2012, 2018', '201 years between 1900 and 2100')
    """
    if len(years) <= limit:
        return ", ".join(str(y) for y in years)
    return f"{len(years)} years between {years[0]} and {years[-1]}"
