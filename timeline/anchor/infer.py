"""Combining clues into one DCT: intersect the day sets, strongest clue first.

A clue that would leave no day at all contradicts the stronger ones before it:
it is dropped and the evidence says so. A side of the result is open (None)
unless a clue bounds it by evidence; the plausible year window alone never
makes a bound. The value is the most precise TIMEX3 value the days allow:
a day, ``YYYY-MM``, ``YYYY``, or ``XXXX-MM(-DD)`` when only the month (and day)
is shared by every candidate year.

>>> import datetime as dt
>>> from timeline.anchor.clues import Clue
>>> from timeline.anchor.settings import AnchorSettings
>>> c = Clue("date", "x", [(dt.date(2018, 11, 15), dt.date(2100, 12, 31))], True, False, 4)
>>> combine([c], AnchorSettings()).earliest
datetime.date(2018, 11, 15)
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from timeline.anchor.dayset import Interval, describe_years, intersect, years_of
from timeline.anchor.clues import Clue, domain
from timeline.anchor.settings import AnchorSettings

WINDOW_PREFIX = "window: "
YEARS_PREFIX = "candidate years: "


class Combined(NamedTuple):
    """The days left after every clue, the bounds that evidence supports, and the story of it.

    ``years`` and ``window`` are :class:`Candidates`' fields, the ones of
    :class:`timeline.models.DocumentTime` (``candidate_years``, ``month_day_window``).
    """

    days: list[Interval]
    earliest: dt.date | None
    latest: dt.date | None
    value: str | None
    evidence: list[str]
    used: int
    years: list[int] | None = None
    window: tuple[str, str] | None = None


class Candidates(NamedTuple):
    """An open DCT's candidate years and the month-day window they share, as fields and as lines.

    ``years`` is None when the DCT is a day or its years are the whole plausible window with
    no bound; ``window`` is ``("MM-DD", "MM-DD")`` or None; ``lines`` are the evidence lines
    saying the same for a reader.
    """

    years: list[int] | None
    window: tuple[str, str] | None
    lines: list[str]


def value_of(earliest: dt.date | None, latest: dt.date | None, days: list[Interval]) -> str | None:
    """The TIMEX3 value of a DCT known to lie in ``days`` (bounded by ``earliest``/``latest``).

    >>> import datetime as dt
    >>> d = dt.date
    >>> value_of(d(2018, 11, 18), d(2018, 11, 18), [])
    '2018-11-18'
    >>> value_of(None, None, [(d(2012, 11, 6), d(2012, 11, 12)), (d(2018, 11, 6), d(2018, 11, 12))])
    'XXXX-11'
    """
    if earliest and latest:
        if earliest == latest:
            return earliest.isoformat()
        if (earliest.year, earliest.month) == (latest.year, latest.month):
            return f"{earliest.year:04d}-{earliest.month:02d}"
        return f"{earliest.year:04d}" if earliest.year == latest.year else None
    if not days:
        return None
    pairs = {(lo.month, lo.day, hi.month, hi.day) for lo, hi in days}
    months = {p[0] for p in pairs} | {p[2] for p in pairs}
    if any((hi - lo).days > 31 for lo, hi in days) or len(months) != 1:
        return None
    if len(pairs) == 1 and next(iter(pairs))[:2] == next(iter(pairs))[2:]:
        month, day = next(iter(pairs))[:2]
        return f"XXXX-{month:02d}-{day:02d}"
    return f"XXXX-{months.pop():02d}"


def _md(day: dt.date) -> str:
    return f"{day.month:02d}-{day.day:02d}"


def window_of(days: list[Interval]) -> str | None:
    """The month-day window the candidate years share ("11-06..11-12"), from the unclipped intervals.

    A window counted in days across February opens or closes a day apart in leap years
    ("182 days before 12 June" opens on 12 December, or 13 December before a leap year): the
    window then takes the wider end of each side, so it holds every candidate day.

    >>> import datetime as dt
    >>> d = dt.date
    >>> window_of([(d(2015, 12, 12), d(2016, 6, 12)), (d(2016, 12, 13), d(2017, 6, 12)),
    ...            (d(2017, 12, 12), d(2018, 6, 12)), (d(2018, 12, 12), d(2019, 6, 12))])
    '12-12..06-12'
    """
    if len(days) < 2:
        return None
    inner = days[1:-1] or days
    if any((hi - lo).days >= 366 for lo, hi in inner):
        return None
    opens = _outer({(lo.month, lo.day) for lo, _ in inner}, first=True)
    closes = _outer({(hi.month, hi.day) for _, hi in inner}, first=False)
    if opens is None or closes is None:
        return None
    return f"{opens[0]:02d}-{opens[1]:02d}..{closes[0]:02d}-{closes[1]:02d}"


def _outer(month_days: set[tuple[int, int]], first: bool) -> tuple[int, int] | None:
    """The one month-day of a window's side, or the earlier (``first``) / later of two a day apart.

    None when they are further apart. A side of two days never rests on 29 February, which most
    years lack: the 28th opens such a window, 1 March closes it. A side that is 29 February in
    every candidate year stays there (those years are all leap years).

    >>> _outer({(12, 12), (12, 13)}, first=True), _outer({(2, 28), (2, 29)}, first=False), _outer({(2, 29)}, True)
    ((12, 12), (3, 1), (2, 29))
    """
    if len(month_days) > 2:
        return None
    days = sorted(dt.date(2000, m, d) for m, d in month_days)  # 2000 is a leap year: every month-day exists
    if len(days) == 2 and (days[1] - days[0]).days != 1:
        if (days[0], days[1]) != (dt.date(2000, 1, 1), dt.date(2000, 12, 31)):
            return None
        days = days[::-1]  # 31 December and 1 January are a day apart across New Year
    day = days[0] if first else days[-1]
    # a side on 29 February in every candidate year (a leap-day dateline) rests there: those years are leap years
    if (day.month, day.day) == (2, 29) and len(days) == 2:
        day = dt.date(2000, 2, 28) if first else dt.date(2000, 3, 1)
    return day.month, day.day


def _start_years(days: list[Interval], window: str | None) -> list[int]:
    """The years in which the windows open (a window may run past New Year).

    Days of a window that runs past New Year starting before its opening month-day opened the year
    before: clipped by a bound, or a leap day's shift ("182 days before 1 July" opens on 31
    December, or on 1 January in a leap year, in the window "12-31..07-01" opened the year before).

    >>> import datetime as dt
    >>> _start_years([(dt.date(2018, 12, 31), dt.date(2019, 7, 1)), (dt.date(2020, 1, 1), dt.date(2020, 7, 1))],
    ...              "12-31..07-01")
    [2018, 2019]
    """
    if not window:
        return years_of(days)
    opens, closes = window.split("..")
    wraps = closes < opens
    return sorted({lo.year - (wraps and _md(lo) < opens) for lo, _ in days})


def combine(clues: list[Clue], settings: AnchorSettings, base: list[Interval] | None = None) -> Combined:
    """Intersect the clues (strongest first), dropping those that contradict stronger ones."""
    plausible = domain(settings)
    days: list[Interval] = base or [plausible]
    evidence: list[str] = []
    lower = upper = False
    used = 0
    for clue in sorted(clues, key=lambda c: -c.strength):
        # Against the whole window (the usual first step) the clue's own days are the answer.
        narrowed = clue.intervals if days == [plausible] else intersect(days, clue.intervals)
        if not narrowed:
            evidence.append(f"ignored, it contradicts the clues above: {clue.evidence}")
            continue
        days, used = narrowed, used + 1
        lower, upper = lower or clue.lower, upper or clue.upper
        evidence.append(clue.evidence)
    earliest = days[0][0] if lower else None
    latest = days[-1][1] if upper else None
    found = candidates(days, lower, upper, settings)
    return Combined(days, earliest, latest, value_of(earliest, latest, days), evidence + found.lines, used,
                    found.years, found.window)


def candidates(days: list[Interval], lower: bool, upper: bool, settings: AnchorSettings) -> Candidates:
    """The candidate years of the DCT whose candidate days are ``days``, their window, and the lines saying so.

    Parameters
    ----------
    days : list of (date, date)
        The candidate days, sorted and disjoint (what :func:`combine` leaves).
    lower, upper : bool
        Whether evidence bounds the DCT below / above.
    settings : AnchorSettings
        Its ``min_year`` .. ``max_year`` is the plausible window.

    Returns
    -------
    Candidates
        With a window, the years are those the window opens in (a window that runs past New
        Year opens the year before its close). Days all in one year give that year (no line:
        the bounds or the value say it), unless the bounds make the DCT one day.

    Examples
    --------
    A date without a year tied to its weekday ("Tuesday, November 6") in 2010..2020:

    >>> import datetime as dt
    >>> days = [(dt.date(y, 11, 6), dt.date(y, 11, 12)) for y in (2012, 2018)]
    >>> found = candidates(days, False, False, AnchorSettings(min_year=2010, max_year=2020))
    >>> found.years, found.window
    ([2012, 2018], ('11-06', '11-12'))
    >>> found.lines[1]
    'candidate years: 2012, 2018'
    """
    years = years_of(days)
    if len(years) < 2:  # one year or none: no lines; a DCT bounded to one day has no candidates
        day = lower and upper and bool(days) and days[0][0] == days[-1][1]
        return Candidates(years if years and not day else None, None, [])
    window = window_of(days)
    starts = _start_years(days, window)
    out = []
    if window:
        out.append(f"{WINDOW_PREFIX}{window} (month-day of the DCT; the window opens in a candidate year)")
    span = settings.max_year - settings.min_year + 1
    narrowed = len(starts) < span or lower or upper
    if narrowed:
        out.append(f"{YEARS_PREFIX}{', '.join(map(str, starts))}" if len(starts) <= 60
                   else f"candidate years: {describe_years(starts)}")
    if not (lower and upper):
        out.append("the year is not known from this document"
                   + ("" if not lower else f"; {years[0]} or later"))
    opens, closes = window.split("..") if window else (None, None)
    return Candidates(starts if narrowed else None, (opens, closes) if window else None, out)
