"""Second looks at one anchored value, from what its anchor function does not see.

An anchor function reads a phase-1 value and its :class:`~timeline.timex.anchoring.Context`; two
corrections need more: the words of the mention ("earlier this month" ends at the DCT, "early
November" is its first half) and, for a bare ordinal day ("on the 3rd"), whether the month the text
named agrees with the tense of the clause. They are applied by the driver
(:mod:`timeline.timex.walk`) after anchoring, and kept here so that each is one small pure function.

>>> import datetime as dt
>>> from timeline.timex.calendar import month_interval
>>> from timeline.timex.values import Mention, Relative
>>> month = Mention(start=0, end=19, text="earlier this month", value=Relative(unit="month", shift=0), rule="r")
>>> narrow_to_edge(month, month_interval(2018, 11), dt.date(2018, 11, 15), True).latest
datetime.date(2018, 11, 15)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from timeline.timex.calendar import Resolved, day_interval, day_of_month_moved, edge_interval
from timeline.timex.tense import Tense
from timeline.timex.values import CalendarDate, Mention

# "year to date" is the part of the year gone by, as "earlier this year" is
_BEFORE_NOW = re.compile(r"(?i)earlier\b|(?:the[ \t])?year[-\s]to[-\s]date\b")
_AFTER_NOW = re.compile(r"(?i)later\b")


def narrow_to_edge(mention: Mention, resolved: Resolved, dct: dt.date | None, deictic: bool) -> Resolved:
    """Narrow a period to the part its edge word names.

    "earlier this month" ends, "later this year" starts, at the DCT when the DCT lies in the
    period ("later in the month" is later than the text's time, not the DCT's, and keeps its month);
    "early", "mid" and "late" take a half of it (:func:`~timeline.timex.calendar.edge_interval`).
    ``deictic``: the value is a :class:`~timeline.timex.values.Relative`.

    >>> from timeline.timex.calendar import year_interval
    >>> from timeline.timex.values import Relative
    >>> later = Mention(start=0, end=15, text="later this year", value=Relative(unit="year", shift=0), rule="r")
    >>> narrow_to_edge(later, year_interval(2018), dt.date(2018, 11, 15), True)[1:3]
    (datetime.date(2018, 11, 15), datetime.date(2018, 12, 31))
    """
    earliest, latest = resolved.earliest, resolved.latest
    if deictic and dct is not None and earliest is not None and latest is not None and earliest <= dct <= latest:
        if _BEFORE_NOW.match(mention.text):
            return resolved._replace(latest=dct)
        if _AFTER_NOW.match(mention.text):
            return resolved._replace(earliest=dct)
    mod = mention.value.mod
    return resolved if mod is None else edge_interval(resolved, mod)  # most mentions have no edge word


def ordinal_in_tense(value: object, resolved: Resolved, dct: dt.date | None,
                     tense: Callable[[], Tense | None], told_before: bool = True) -> Resolved:
    """"the 3rd" in a clause whose tense the month the text named contradicts: the nearest such day on the
    tense's side of the DCT ("The board met in October. It will vote on the 3rd." is 3 December, not 3 October).

    With no time told before it in the text (``told_before`` False), "the 24th" is of the DCT's month
    (:func:`_ordinal_of_no_month`); after a year alone ("In 2010 ... on the 5th") its month stays unknown.

    >>> third = CalendarDate(day=3, of_reference_month=True)
    >>> ordinal_in_tense(third, day_interval(dt.date(2018, 10, 3)), dt.date(2018, 11, 15), lambda: "future").value
    '2018-12-03'
    >>> ordinal_in_tense(third, day_interval(dt.date(2018, 10, 3)), dt.date(2018, 11, 15), lambda: "past").value
    '2018-10-03'
    >>> unknown = Resolved("XXXX-XX-24", None, None, "day")
    >>> ordinal_in_tense(CalendarDate(day=24, of_reference_month=True, bare_ordinal=True), unknown,
    ...                  dt.date(2018, 11, 15), lambda: None, told_before=False).value
    '2018-11-24'
    >>> of_that_month = CalendarDate(day=24, of_reference_month=True)  # "the 24th of that month": a month not told
    >>> ordinal_in_tense(of_that_month, unknown, dt.date(2018, 11, 15), lambda: None, told_before=False).value
    'XXXX-XX-24'
    """
    if not isinstance(value, CalendarDate) or value.month is not None or value.day is None or dct is None \
            or not value.of_reference_month:
        return resolved
    if resolved.earliest is None:  # no month known ("XXXX-XX-24"): the DCT's only when the text told no time before,
        # and only for a bare ordinal: "the 5th of that month" points back at a month the text never told
        return resolved if told_before or not value.bare_ordinal or not resolved.value.startswith("XXXX-XX") \
            else _ordinal_of_no_month(value.day, resolved, dct, tense())
    if resolved.earliest < dct and tense() == "future":
        step = 1
    elif resolved.earliest > dct and tense() == "past":
        step = -1
    else:
        return resolved
    return _nearest_day(value.day, dct, step) or resolved


def _nearest_day(day_number: int, dct: dt.date, step: int) -> Resolved | None:
    """The nearest day ``day_number`` of a month on the ``step`` side of the DCT (the DCT's own day counts)."""
    for shift in range(0, 13 * step, step):
        day = day_of_month_moved(dct, shift, day_number)
        if day is not None and (day - dct).days * step >= 0:
            return day_interval(day)
    return None


def _ordinal_of_no_month(day_number: int, resolved: Resolved, dct: dt.date, tense: Tense | None) -> Resolved:
    """"on the 24th" with no month told before it: a day of the DCT's month, as a reader of the news takes it;
    past in a past clause, ahead in a future one (said on 15 November, "It will be played on the 3rd" is 3
    December, "It was played on the 24th" 24 October), else the DCT's month's own.

    >>> dct, unknown = dt.date(2018, 11, 15), Resolved("XXXX-XX-24", None, None, "day")
    >>> [_ordinal_of_no_month(24, unknown, dct, t).value for t in ("past", "future", "present", None)]
    ['2018-10-24', '2018-11-24', '2018-11-24', '2018-11-24']
    >>> _ordinal_of_no_month(31, unknown, dct, None) is unknown  # November has no 31st: no day beats a made-up one
    True
    """
    if tense == "past" or tense == "future":
        return _nearest_day(day_number, dct, -1 if tense == "past" else 1) or resolved
    return day_interval(day) if (day := day_of_month_moved(dct, 0, day_number)) is not None else resolved
