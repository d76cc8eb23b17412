"""Calendar arithmetic for phase 2: TIMEX3 value strings and closed day intervals.

Every function here is total: a date outside 1..9999 or an impossible day gives
None instead of raising, so no impossible date can leave the stage. The plain day arithmetic under these values
(``safe_date``, ``month_end``, ``shift``, ``day_of_month_moved``) is :mod:`timeline.timex.calendar_days`'s,
imported here and read from here by most modules.

>>> week_value(dt.date(2018, 11, 15))
'2018-W46'
>>> grain_interval("quarter", dt.date(2018, 11, 15))
Resolved(value='2018-Q4', earliest=datetime.date(2018, 10, 1), latest=datetime.date(2018, 12, 31), granularity='quarter')
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta  # edge_interval's month steps

from timeline.timex.calendar_days import days_in as _days_in  # noqa: F401  (tests/timex/test_calendar_shift.py)
from timeline.timex.calendar_days import day_of_month_moved, month_end, safe_date, shift  # noqa: F401  (re-exported)
from timeline.timex.lunisolar import is_lunisolar, lunisolar_date

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

# A TIMEX3 duration value ("P3Y", "PT5H", "PXM"): no point in time, whatever its interval.
PERIOD_VALUE = re.compile(r"^P(?:T?\d|T?X)")


class Resolved(NamedTuple):
    """A phase-2 result: TIMEX3 value, closed day interval (None = unknown) and granularity."""

    value: str
    earliest: dt.date | None
    latest: dt.date | None
    granularity: str | None


def year_value(year: int) -> str:
    return f"{year:04d}"


def week_value(day: dt.date) -> str:
    """The ISO week of ``day`` as TIMEX3 writes it (``2018-W46``)."""
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def year_interval(year: int) -> Resolved | None:
    if not 1 <= year <= 9999:
        return None
    return Resolved(year_value(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def month_interval(year: int, month: int) -> Resolved | None:
    first = safe_date(year, month, 1)
    if first is None:
        return None
    return Resolved(f"{year:04d}-{month:02d}", first, month_end(year, month), "month")


def day_interval(day: dt.date) -> Resolved:
    return Resolved(day.isoformat(), day, day, "day")


def week_interval(day: dt.date) -> Resolved | None:
    monday = day - dt.timedelta(days=day.weekday())
    try:
        return Resolved(week_value(day), monday, monday + dt.timedelta(days=6), "week")
    except OverflowError:
        return None


def weekend_interval(day: dt.date) -> Resolved | None:
    saturday = day + dt.timedelta(days=5 - day.weekday())
    try:
        return Resolved(week_value(day) + "-WE", saturday, saturday + dt.timedelta(days=1), "week")
    except OverflowError:
        return None


def holiday_weekend(day: dt.date, rule: str = "") -> Resolved | None:
    """The weekend of a holiday on ``day``: its Saturday and Sunday, stretched to take in the holiday.

    A Monday holiday's is Saturday to Monday (Labor Day, Memorial Day), a Friday's Friday to
    Sunday, a Thursday's Thursday to Sunday (Thanksgiving's four days), a Tuesday's Saturday to
    Tuesday; a Saturday's takes the Friday it is observed on, a Sunday's the Monday, but Easter
    (``rule`` easter) is Good Friday to Easter Sunday. A Wednesday holiday is as far from either
    weekend: the one before it. The value is the ISO week of its Saturday with ``-WE``, as TIMEX3
    writes a weekend (2018-W35-WE for Labor Day 2018, Monday 3 September).

    >>> holiday_weekend(dt.date(2018, 9, 3))[:3]
    ('2018-W35-WE', datetime.date(2018, 9, 1), datetime.date(2018, 9, 3))
    >>> holiday_weekend(dt.date(2018, 11, 22))[1:3]
    (datetime.date(2018, 11, 22), datetime.date(2018, 11, 25))
    >>> holiday_weekend(dt.date(2019, 4, 21), "easter")[1:3]
    (datetime.date(2019, 4, 19), datetime.date(2019, 4, 21))
    """
    weekday = day.weekday()  # Monday 0 ... Sunday 6
    # days from the holiday to its weekend's Saturday, and the first and last day counted from that Saturday
    to_saturday, first, last = {0: (-2, 0, 2), 1: (-3, 0, 3), 2: (-4, 0, 1), 3: (2, -2, 1), 4: (1, -1, 1),
                                5: (0, -1, 1), 6: (-1, 0, 2)}[weekday]
    if rule.startswith("easter") and weekday == 6:
        first, last = -1, 1
    try:
        saturday = day + dt.timedelta(days=to_saturday)
        return Resolved(week_value(saturday) + "-WE", saturday + dt.timedelta(days=first),
                        saturday + dt.timedelta(days=last), "week")
    except OverflowError:
        return None


def part_interval(year: int, part: str) -> Resolved | None:
    """A quarter (Q1-Q4), half (H1, H2) or season (SP, SU, FA, WI) of ``year``.

    >>> part_interval(2018, "WI").latest
    datetime.date(2019, 2, 28)
    """
    if not 1 <= year <= 9998:
        return None
    if part[0] == "Q" and part[1:].isdigit():
        q = int(part[1])
        first, last = dt.date(year, 3 * q - 2, 1), month_end(year, 3 * q)
        return Resolved(f"{year:04d}-{part}", first, last, "quarter")
    if part in {"H1", "H2"}:
        first_month = 1 if part == "H1" else 7
        return Resolved(f"{year:04d}-{part}", dt.date(year, first_month, 1), month_end(year, first_month + 5), "half")
    if part in SEASON_MONTHS:
        a, b = SEASON_MONTHS[part]
        end_year = year + 1 if b < a else year
        return Resolved(f"{year:04d}-{part}", dt.date(year, a, 1), month_end(end_year, b), "season")
    return None


# South of the equator each season falls in the months of the north's opposite one: the Australian winter is June to
# August, its summer December to February
_SOUTHERN_MONTHS_OF = {"SP": "FA", "SU": "WI", "FA": "SP", "WI": "SU"}


def southern_season_interval(year: int, part: str) -> Resolved | None:
    """A season (SP, SU, FA, WI) of ``year`` south of the equator: TIMEX3's value of that season of that year
    (its codes name a season, not its months), the days those of the north's opposite season. A summer runs from
    December of ``year`` into the next, as a northern winter does.

    >>> r = southern_season_interval(2018, "WI")
    >>> r.value, r.earliest.isoformat(), r.latest.isoformat()
    ('2018-WI', '2018-06-01', '2018-08-31')
    >>> southern_season_interval(2018, "SU").latest.isoformat()
    '2019-02-28'
    """
    months = part_interval(year, _SOUTHERN_MONTHS_OF[part]) if part in _SOUTHERN_MONTHS_OF else None
    return None if months is None else months._replace(value=f"{year:04d}-{part}")


def era_interval(digits: int, unit: str) -> Resolved | None:
    """A decade (``199``) or century (``19``) as value and interval.

    >>> era_interval(199, "decade").value, era_interval(19, "century").latest
    ('199', datetime.date(1999, 12, 31))
    """
    span = 10 if unit == "decade" else 100
    first_year = digits * span
    last_year = first_year + span - 1
    if first_year < 1 or last_year > 9999:
        return None
    width = 3 if unit == "decade" else 2
    return Resolved(f"{digits:0{width}d}", dt.date(first_year, 1, 1), dt.date(last_year, 12, 31), unit)


def grain_interval(grain: str, day: dt.date) -> Resolved | None:
    """The unit of granularity ``grain`` that contains ``day``."""
    if grain == "year":
        return year_interval(day.year)
    if grain == "month":
        return month_interval(day.year, day.month)
    if grain in {"week", "fortnight"}:
        return week_interval(day)
    if grain == "weekend":
        return weekend_interval(day)
    if grain == "quarter":
        return part_interval(day.year, f"Q{(day.month - 1) // 3 + 1}")
    if grain == "half":
        return part_interval(day.year, "H1" if day.month <= 6 else "H2")
    if grain == "decade":
        return era_interval(day.year // 10, "decade")
    if grain == "century":
        return era_interval(day.year // 100, "century")
    return day_interval(day)


def holiday_date(rule: str, year: int) -> dt.date | None:
    """The day of a holiday rule in ``year``: ``12-25``, ``nov-4-thu``, ``may-last-mon``, ``easter-2``.

    A rule ending "+N" is N days after the rule before it: Cyber Monday ``nov-4-thu+4``.

    >>> holiday_date("nov-4-thu", 2018), holiday_date("easter", 2019), holiday_date("us-election", 1998)
    (datetime.date(2018, 11, 22), datetime.date(2019, 4, 21), datetime.date(1998, 11, 3))
    >>> holiday_date("nov-4-thu+4", 2018), holiday_date("easter+1", 2019)
    (datetime.date(2018, 11, 26), datetime.date(2019, 4, 22))
    """
    if is_lunisolar(rule):  # "hebrew:yom_kippur": a day of another calendar, read from its tables
        return lunisolar_date(rule, year)
    base, plus, after = rule.rpartition("+")
    if plus and after.isdigit():  # the days after a holiday the rule names ("the Monday after Thanksgiving")
        day = holiday_date(base, year)
        return day + dt.timedelta(days=int(after)) if day else None
    if not 1583 <= year <= 4099 and rule.startswith("easter"):
        return None
    if rule.startswith("easter"):
        back = int(rule[7:]) if rule[6:7] == "-" else 0
        return easter(year) - dt.timedelta(days=back)
    if rule == "us-election":  # the Tuesday after the first Monday in November
        monday = holiday_date("nov-1-mon", year)
        return monday + dt.timedelta(days=1) if monday else None
    if rule[0].isdigit():
        month, day = rule.split("-")
        return safe_date(year, int(month), int(day))
    month_name, nth, weekday_name = rule.split("-")
    month = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].index(month_name) + 1
    weekday = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(weekday_name)
    if not 1 <= year <= 9999:
        return None
    days = [d for d in (safe_date(year, month, i) for i in range(1, 32)) if d and d.weekday() == weekday]
    return days[-1] if nth == "last" else days[int(nth) - 1]


_EDGE_GRAINS = frozenset({"month", "quarter", "half", "season", "year", "decade", "century"})


def edge_interval(resolved: Resolved, mod: str | None) -> Resolved:
    """The part of a period an edge word names: "early" the first half, "late" the second, "mid" the middle half.

    Halves rather than thirds: "early November" may well reach the 12th, and an interval too
    tight would set two honest sources in conflict. Periods of four months or more are cut at
    month boundaries (mid-2019 is April to September), shorter ones by days. The value and
    granularity are kept; only the day interval narrows.

    >>> nov = month_interval(2018, 11)
    >>> [(str(r.earliest), str(r.latest)) for r in (edge_interval(nov, m) for m in ("START", "MID", "END"))]
    [('2018-11-01', '2018-11-15'), ('2018-11-08', '2018-11-22'), ('2018-11-16', '2018-11-30')]
    >>> [(str(r.earliest), str(r.latest)) for r in (edge_interval(year_interval(2019), m) for m in ("START", "MID", "END"))]
    [('2019-01-01', '2019-06-30'), ('2019-04-01', '2019-09-30'), ('2019-07-01', '2019-12-31')]
    >>> edge_interval(nov, None) == nov, edge_interval(day_interval(dt.date(2018, 11, 3)), "START").latest
    (True, datetime.date(2018, 11, 3))
    """
    if mod not in {"START", "MID", "END"} or resolved.granularity not in _EDGE_GRAINS \
            or resolved.earliest is None or resolved.latest is None:
        return resolved
    start, end = resolved.earliest, resolved.latest
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months >= 4 and start.day == 1:
        first, last = _edge_part(months, mod)
        final = start + relativedelta(months=last)  # its month's end, never a month past 9999-12
        return resolved._replace(earliest=start + relativedelta(months=first), latest=month_end(final.year, final.month))
    first, last = _edge_part((end - start).days + 1, mod)
    return resolved._replace(earliest=start + dt.timedelta(days=first), latest=start + dt.timedelta(days=last))


def _edge_part(units: int, mod: str) -> tuple[int, int]:
    """The first and last unit (counted from 0) of the half of ``units`` that ``mod`` names."""
    half = max(1, units // 2)
    if mod == "START":
        return 0, half - 1
    if mod == "END":
        return units - half, units - 1
    return units // 4, units // 4 + half - 1
