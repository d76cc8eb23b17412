"""The second end of a range, read against its first once both are anchored.

Each end of "from 9 p.m. Friday to 2 a.m." or "Monday through Friday" is anchored alone; what the
pair says together is only seen here: a dayless clock earlier than the first end is past midnight,
a weekday range told in the past whose second end would still be to come lies a week back, and so does a night of
hours a past verb tells, a day back ("met from 9 p.m. to 2 a.m.": the night before the report).
Apart from the driver (:mod:`timeline.timex.walk`) because these are calendar rules about two
resolved values, and testable without any text.

>>> import datetime as dt
>>> from timeline.timex.calendar import Resolved
>>> from timeline.timex.values import Clock
>>> nine = Resolved("2018-11-16T21:00", dt.date(2018, 11, 16), dt.date(2018, 11, 16), "minute")
>>> past_midnight(Clock(hour=2, minute=0), nine, Resolved("2018-11-16T02:00", None, None, "minute")).value
'2018-11-17T02:00'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from timeline.timex.calendar import Resolved, day_interval, month_end, safe_date
from timeline.timex.tense import Tense
from timeline.timex.values import CalendarDate, Clock, Weekday, yearless

_CLOCK_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$")


def past_midnight(value: object, first: Resolved, resolved: Resolved) -> Resolved:
    """A dayless clock ending a range is on its first end's day, or the next one when it is earlier
    ("19:00-03:00hrs", "from 9 p.m. Friday to 2 a.m.": 02:00 on Saturday).

    A clock on a bare weekday ("between 11 p.m. Saturday and 4 a.m. Sunday") is on the first such day on
    or after the first end's (:func:`weekday_clock_after`).

    >>> seven = Resolved("2018-11-16T19:00", dt.date(2018, 11, 16), dt.date(2018, 11, 16), "minute")
    >>> past_midnight(Clock(hour=23, minute=0), seven, Resolved("2018-11-16T23:00", None, None, "minute")).value
    '2018-11-16T23:00'
    """
    if isinstance(value, Clock) and isinstance(value.day, Weekday):
        return weekday_clock_after(value.day, first, resolved)
    start, end = _CLOCK_VALUE.match(first.value), _CLOCK_VALUE.match(resolved.value)
    if not isinstance(value, Clock) or value.day is not None or start is None or end is None \
            or first.earliest is None:
        return resolved
    try:
        day = first.earliest + dt.timedelta(days=1 if end.group(2, 3) < start.group(2, 3) else 0)
    except OverflowError:  # the last day of the calendar
        return resolved
    return Resolved(f"{day.isoformat()}T{end[2]}:{end[3]}", day, day, resolved.granularity)


def weekday_clock_after(day: Weekday, first: Resolved, resolved: Resolved) -> Resolved:
    """A clock on a bare weekday ending a range, on the first such weekday on or after the first end's day.

    Each end was read alone, by the tense: in "The burglary occurred between 11 p.m. Saturday and 4 a.m.
    Sunday", said on Thursday 15 November 2018, the Sunday alone is the coming one (the 18th), a week after
    the Saturday it closes; a range's second end follows its first within the week. A reading already in
    that week, or an end with its own date ("Sunday, Nov. 18"), a direction ("next Sunday") or no day-precise
    first end, is kept.

    >>> sat = Resolved("2018-11-10T23:00", dt.date(2018, 11, 10), dt.date(2018, 11, 10), "minute")
    >>> sun = Resolved("2018-11-18T04:00", dt.date(2018, 11, 18), dt.date(2018, 11, 18), "minute")
    >>> weekday_clock_after(Weekday(weekday=7), sat, sun).value
    '2018-11-11T04:00'
    >>> weekday_clock_after(Weekday(weekday=7), sat, sun._replace(value="2018-11-11T04:00",
    ...     earliest=dt.date(2018, 11, 11), latest=dt.date(2018, 11, 11))).value
    '2018-11-11T04:00'
    """
    if day.date is not None or day.direction != "auto" or first.earliest is None or resolved.earliest is None \
            or first.earliest != first.latest or not _CLOCK_VALUE.match(resolved.value):
        return resolved
    gap = (resolved.earliest - first.earliest).days
    if 0 <= gap <= 6:
        return resolved
    return _moved(resolved, dt.timedelta(days=(day.weekday - first.earliest.isoweekday()) % 7 - gap))


def past_week(values: tuple[object, object], first: Resolved, last: Resolved, dct: dt.date | None,
              tense: Callable[[], Tense | None], imposed: Callable[[], bool] = lambda: False,
              dated: Callable[[], bool] = lambda: False) -> tuple[Resolved, Resolved] | None:
    """Both ends of a weekday range told in the past, a week back, when its second end would lie after the DCT
    (a range of yearless dates, a year back: :func:`past_year`; a night of dayless hours a past verb tells, a day
    back: :func:`past_night`, ``dated`` saying whether a past verb stands right before the range).

    "Talks ran Monday through Friday", said on Thursday 15 November 2018: Monday reads as the 12th,
    Friday after it as the 16th, still to come; a past verb puts the whole span behind the telling,
    so it is the 5th to the 9th. Only bare weekdays move: a dated end says its own day.

    >>> d = dt.date
    >>> monday_friday = (Weekday(weekday=1), Weekday(weekday=5))
    >>> [r.value for r in past_week(monday_friday, day_interval(d(2018, 11, 12)), day_interval(d(2018, 11, 16)),
    ...                             d(2018, 11, 15), lambda: "past")]
    ['2018-11-05', '2018-11-09']
    >>> past_week(monday_friday, day_interval(d(2018, 11, 12)), day_interval(d(2018, 11, 16)),
    ...           d(2018, 11, 16), lambda: "past") is None
    True
    """
    if all(isinstance(v, CalendarDate) for v in values):
        return past_year(values, first, last, dct, tense, imposed)  # type: ignore[arg-type]
    if all(isinstance(v, Clock) and v.day is None for v in values):
        return past_night(first, last, dct, tense, dated)
    if not all(isinstance(v, Weekday) and v.date is None and v.direction == "auto" for v in values) \
            or dct is None or first.earliest is None or last.earliest is None or first.granularity != "day" \
            or not first.earliest <= dct < last.earliest or (last.earliest - first.earliest).days > 6 \
            or tense() != "past":
        return None
    week = dt.timedelta(days=7)
    return _moved(first, -week), _moved(last, -week)


def past_night(first: Resolved, last: Resolved, dct: dt.date | None, tense: Callable[[], Tense | None],
               dated: Callable[[], bool]) -> tuple[Resolved, Resolved] | None:
    """Both ends of a range of hours with no day named, run past midnight and told by a past verb right before it,
    a day back: the night that ended on the DCT's day, as "overnight" told in the past is.

    "Officials met from 9 p.m. to 2 a.m.", said on 15 November 2018: 9 p.m. reads as the DCT's, 2 a.m. as the next
    day's, still to come; the past verb telling the meeting puts the whole night behind the telling (14th to 15th).
    Hours no past verb tells describe a schedule, kept on the reference day as docs/timex.md has it: in brackets
    after a noun ("The curfew (19:00-03:00hrs) was lifted"), after a form that is present too ("Shops shut between
    10 p.m. and 6 a.m."), or told ahead ("will meet").

    >>> d = dt.date
    >>> nine = Resolved("2018-11-15T21:00", d(2018, 11, 15), d(2018, 11, 15), "minute")
    >>> two = Resolved("2018-11-16T02:00", d(2018, 11, 16), d(2018, 11, 16), "minute")
    >>> [r.value for r in past_night(nine, two, d(2018, 11, 15), lambda: "past", lambda: True)]
    ['2018-11-14T21:00', '2018-11-15T02:00']
    >>> past_night(nine, two, d(2018, 11, 15), lambda: "past", lambda: False) is None
    True
    """
    if dct is None or first.earliest != dct or last.earliest != dct + dt.timedelta(days=1) \
            or not _CLOCK_VALUE.match(first.value) or not _CLOCK_VALUE.match(last.value) \
            or tense() != "past" or not dated():
        return None
    day = dt.timedelta(days=1)
    return _moved(first, -day), _moved(last, -day)


# "from" or "between" right before a range's first end: the hours are a verb's adjunct, the time it tells
_OPENED = re.compile(r"(?<![\w-])(?i:from|between)[ \t]+$")


def told_night(text: str, start: int, dated_by_verb: Callable[[], bool]) -> bool:
    """Whether the range of hours starting at ``start`` is the time a past verb tells, opened by "from" or
    "between" after it ("met from 9 p.m. to 2 a.m."), the ``dated`` test of :func:`past_night`; hours written as a
    label are a schedule's, past verb or not ("The curfew ran 19:00-03:00hrs", "(19:00-03:00hrs)").

    >>> text = "Officials met from 9 p.m. to 2 a.m."
    >>> told_night(text, text.index("9"), lambda: True), told_night("The curfew ran 19:00-03:00hrs.", 15, lambda: True)
    (True, False)
    """
    return _OPENED.search(text, max(0, start - 9), start) is not None and dated_by_verb()


# A range told in the past may end this far after the DCT: its story was filed while the event ran
_LATE_FILING = dt.timedelta(days=7)


def past_year(values: tuple[CalendarDate, CalendarDate], first: Resolved, last: Resolved, dct: dt.date | None,
              tense: Callable[[], Tense | None], imposed: Callable[[], bool] = lambda: False
              ) -> tuple[Resolved, Resolved] | None:
    """Both ends of a yearless range of days or months told in the past, a year back, when its second end would lie
    after the DCT: a stretch the past filled ended before the telling.

    "The strike lasted from Sept. 1 until Oct. 15", said on 16 September 2019: Sept. 1 reads as the 1st gone
    by, Oct. 15 after it as the one to come; a past verb puts the whole stretch behind the telling, in 2018.
    An end with its own year ("Oct. 15, 2019"), a direction ("next October") or an end already past is kept, and
    so is a range begun on the DCT or ending within a week after it ("Talks were held Nov. 15 and 16", said on the
    15th: a story filed while its event runs). So is a stretch a decision placed (``imposed``, see
    :func:`imposed_ahead`: "He was banned from Sept. 1 until Oct. 15", a ban in force).

    >>> d = dt.date
    >>> sep_oct = (CalendarDate(month=9, day=1), CalendarDate(month=10, day=15))
    >>> [r.value for r in past_year(sep_oct, day_interval(d(2019, 9, 1)), day_interval(d(2019, 10, 15)),
    ...                             d(2019, 9, 16), lambda: "past")]
    ['2018-09-01', '2018-10-15']
    >>> past_year(sep_oct, day_interval(d(2019, 9, 1)), day_interval(d(2019, 10, 15)), d(2019, 9, 16),
    ...           lambda: "future") is None
    True
    >>> past_year(sep_oct, day_interval(d(2019, 9, 1)), day_interval(d(2019, 10, 15)), d(2019, 9, 16),
    ...           lambda: "past", lambda: True) is None
    True
    """
    if not all(yearless(v) for v in values) or dct is None or first.earliest is None or last.earliest is None \
            or not first.earliest < dct < last.earliest - _LATE_FILING or (last.earliest - first.earliest).days > 365 \
            or tense() != "past" or imposed():
        return None
    moved = (_year_back(first), _year_back(last))
    return None if moved[0] is None or moved[1] is None else moved  # type: ignore[return-value]


# Verbs of a decision: told in the past, the stretch they place may lie ahead ("He was banned from Sept. 1 until
# Oct. 15", said on the 16th, is this year's ban, in force; "ordered schools closed from", "was declared from"); after
# a determiner the word is an adjective, the verb another ("The planned strike lasted from Sept. 1"); "set" only after
# "be" ("Fares were set from", not "Set in a small town, the film was shot from")
_DECIDED = re.compile(r"(?<![\w-])(?:(?P<det>(?i:the|a|an|its|his|her|their))[ \t]+)?"
                      r"(?P<verb>(?i:banned|barred|ordered|scheduled|declared|granted|imposed|extended|announced|"
                      r"approved|planned|cancell?ed|suspended|postponed|slated|licensed|authori[sz]ed|allowed|"
                      r"permitted|restricted|booked|rescheduled|"
                      r"designated|(?<=was )set|(?<=were )set|(?<=been )set|(?<=be )set))\b")
# Where the range's own clause begins: a sentence's end or a comma ("Banned in August, protests ran from Sept. 1")
_CLAUSE_END = re.compile(r"[.;!?,][^.;!?,]*$")


def imposed_ahead(text: str, start: int) -> bool:
    """Whether a verb of a decision stands before ``start`` in its clause, within 60 characters: the range
    starting there is one the decision placed, which may lie ahead however past the verb.

    Parameters
    ----------
    text : str
        The text read.
    start : int
        Where the range's first end starts.

    Returns
    -------
    bool
        True after "banned", "ordered", "scheduled", "declared", "cancelled", ...

    >>> imposed_ahead("He was banned from Sept. 1 until Oct. 15.", 19), imposed_ahead("It lasted from Sept. 1.", 15)
    (True, False)
    >>> imposed_ahead("The planned strike lasted from Sept. 1.", 31)
    False
    >>> imposed_ahead("The planned strike was banned from Sept. 1.", 35)
    True
    """
    reach = max(0, start - 60)
    end = _CLAUSE_END.search(text, reach, start)
    reach = end.start() + 1 if end else reach  # the clause's own words
    return any(m["det"] is None for m in _DECIDED.finditer(text, reach, start))


def _year_back(resolved: Resolved) -> Resolved | None:
    """A day or a month a year earlier (None when it is no such value, or 29 February).

    >>> _year_back(Resolved("2019-10", dt.date(2019, 10, 1), dt.date(2019, 10, 31), "month")).value
    '2018-10'
    >>> _year_back(Resolved("2020-02", dt.date(2020, 2, 1), dt.date(2020, 2, 29), "month")).latest
    datetime.date(2019, 2, 28)
    """
    if resolved.granularity not in {"day", "month"} or resolved.earliest is None or resolved.latest is None:
        return None
    year, first = resolved.earliest.year - 1, resolved.earliest
    if resolved.granularity == "month":
        earliest = safe_date(year, first.month, 1)
        latest = month_end(year, first.month) if earliest else None
    else:
        earliest = latest = safe_date(year, first.month, first.day)  # none for 29 February, or before the year 1
    if earliest is None or latest is None:
        return None
    return Resolved(f"{earliest.year:04d}" + resolved.value[4:], earliest, latest, resolved.granularity)


def _moved(resolved: Resolved, by: dt.timedelta) -> Resolved:
    """A day (with its part of day, "2018-11-16TNI") moved by whole days.

    >>> _moved(Resolved("2018-11-16TNI", dt.date(2018, 11, 16), dt.date(2018, 11, 16), "day"), dt.timedelta(-7)).value
    '2018-11-09TNI'
    """
    day = resolved.earliest + by  # type: ignore[operator]
    return Resolved(day.isoformat() + resolved.value[10:], day, day, resolved.granularity)
