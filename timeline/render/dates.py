"""Human dates at their true granularity, shared by every renderer.

An event's date is a closed day interval ``[earliest, latest]`` plus the
granularity it was stated at. How it reads depends on what the interval is:

* one day: ``15 Nov 2018``
* a whole month, months, year or years: ``Oct 2018``, ``Oct – Dec 2018``, ``2018``
* a stated span of days (granularity ``day``): ``30 Nov – 1 Dec 2018``
* a window the solver could only narrow down (no granularity, or a coarse one
  that does not fill whole months): ``between 12 and 18 Nov 2018``
* one open side: ``before 18 Nov 2018`` / ``after 3 Oct 2018`` (bounds are
  inclusive: "before X" means "no later than X")

>>> import datetime as dt
>>> describe(dt.date(2018, 11, 30), dt.date(2018, 12, 1), "day")
'30 Nov – 1 Dec 2018'
>>> describe(dt.date(2018, 11, 12), dt.date(2018, 11, 18), None)
'between 12 and 18 Nov 2018'
"""

from __future__ import annotations

import calendar
import datetime as dt

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = tuple(calendar.month_name[1:])
DASH = " – "  # an en dash with spaces, as news style writes ranges


def day(d: dt.date) -> str:
    """One day as ``15 Nov 2018``.

    >>> import datetime as dt
    >>> day(dt.date(2018, 11, 5))
    '5 Nov 2018'
    """
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _month(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.year}"


def _month_end(d: dt.date) -> dt.date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def whole_months(earliest: dt.date, latest: dt.date) -> bool:
    """True when the interval starts on a 1st and ends on a month's last day.

    >>> import datetime as dt
    >>> whole_months(dt.date(2018, 10, 1), dt.date(2018, 12, 31))
    True
    """
    return earliest.day == 1 and latest == _month_end(latest)


def whole_years(earliest: dt.date, latest: dt.date) -> bool:
    """True when the interval is made of whole calendar years.

    >>> import datetime as dt
    >>> whole_years(dt.date(2016, 1, 1), dt.date(2016, 12, 31))
    True
    """
    return (earliest.month, earliest.day) == (1, 1) and (latest.month, latest.day) == (12, 31)


def _span_of_days(earliest: dt.date, latest: dt.date, between: bool) -> str:
    """``12–18 Nov 2018`` style spans, or ``between 12 and 18 Nov 2018``."""
    sep = " and " if between else DASH
    if earliest.year != latest.year:
        text = f"{day(earliest)}{sep}{day(latest)}"
    elif earliest.month != latest.month:
        text = f"{earliest.day} {MONTHS[earliest.month - 1]}{sep}{day(latest)}"
    else:
        text = f"{earliest.day}{sep if between else '–'}{day(latest)}"
    return f"between {text}" if between else text


def span_of_months(earliest: dt.date, latest: dt.date, between: bool = False) -> str:
    """The months from ``earliest``'s to ``latest``'s, short: a span, or (``between``) a window.

    >>> nov, dec = dt.date(2018, 11, 1), dt.date(2018, 12, 31)
    >>> span_of_months(nov, dec), span_of_months(dec, dt.date(2019, 1, 2))
    ('Nov – Dec 2018', 'Dec 2018 – Jan 2019')
    >>> span_of_months(dt.date(2018, 11, 1), dt.date(2018, 12, 31), between=True)
    'between Nov and Dec 2018'
    """
    sep = " and " if between else DASH
    if (earliest.year, earliest.month) == (latest.year, latest.month):
        return _month(earliest)
    if earliest.year == latest.year:
        text = f"{MONTHS[earliest.month - 1]}{sep}{_month(latest)}"
    else:
        text = f"{_month(earliest)}{sep}{_month(latest)}"
    return f"between {text}" if between else text


def _span_of_years(earliest: dt.date, latest: dt.date, between: bool) -> str:
    if earliest.year == latest.year:
        return str(earliest.year)
    if between:
        return f"between {earliest.year} and {latest.year}"
    return f"{earliest.year}{DASH}{latest.year}"


def describe(earliest: dt.date | None, latest: dt.date | None, granularity: str | None = None) -> str:
    """The date of an interval as a reader would write it.

    Parameters
    ----------
    earliest, latest
        The closed day interval; ``None`` is an open side.
    granularity
        The granularity the date was stated at; ``"day"`` makes a multi-day
        interval a span ("30 Nov – 1 Dec 2018"), anything else that does not
        fill whole months or years a window ("between 12 and 18 Nov 2018").

    Returns
    -------
    str
        ``"undated"`` when both sides are open.

    Examples
    --------
    >>> import datetime as dt
    >>> describe(dt.date(2018, 10, 1), dt.date(2018, 10, 31), "month")
    'Oct 2018'
    >>> describe(None, dt.date(2018, 11, 18))
    'before 18 Nov 2018'
    """
    if earliest is None and latest is None:
        return "undated"
    if earliest is None:
        return f"before {day(latest)}"
    if latest is None:
        return f"after {day(earliest)}"
    if earliest == latest:
        return day(earliest)
    stated = granularity not in (None, "unknown")
    if whole_years(earliest, latest):
        return _span_of_years(earliest, latest, between=not stated)
    if whole_months(earliest, latest):
        return span_of_months(earliest, latest, between=not stated)
    return _span_of_days(earliest, latest, between=granularity != "day")


def month_key(earliest: dt.date | None, latest: dt.date | None) -> tuple[int, int] | None:
    """The (year, month) an event is filed under: its earliest date's, else its latest's.

    >>> import datetime as dt
    >>> month_key(None, dt.date(2018, 11, 18))
    (2018, 11)
    """
    anchor = earliest if earliest is not None else latest
    return None if anchor is None else (anchor.year, anchor.month)


def month_heading(year: int, month: int) -> str:
    """``November 2018``.

    >>> month_heading(2018, 11)
    'November 2018'
    """
    return f"{MONTH_NAMES[month - 1]} {year}"
