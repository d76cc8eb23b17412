"""A date led by its weekday: "Sunday, March 8", "Tue., Nov. 6", "Friday the 13th of March".

The weekday before a date does not change the date: it checks it, and when no year is written it lets the
clause's tense pick the year whose date falls on that weekday (anchored in phase 2 as a :class:`Weekday`
carrying its date). Every rule that reads a date with a weekday before it reads the weekday here:
:mod:`timeline.timex.absolute` ("Sunday, March 8") and :mod:`timeline.timex.ordinal_days` ("Sunday, March
eighth").

>>> import re
>>> m = re.match(WEEKDAY_HEAD + "March", "Sunday, the March")
>>> with_weekday(m, CalendarDate(month=3, day=8)).weekday
7
"""

from __future__ import annotations

import re

from timeline.timex.lexicon import LEXICON
from timeline.timex.rule import SP, WEEKDAY, S, Built
from timeline.timex.values import CalendarDate, Weekday

# "Sunday, March 8", "Sunday the 8th of March", "Tue.\nNov. 6": the weekday, as the group "weekday" (optional)
# A line break joins a weekday to its date only after a comma ("on Monday,\nNov. 12"): a weekday ending a heading's
# line is not the date that opens the next ("Stocks Rally On Monday\nNov. 15 - ..." is no Monday 15 November)
WEEKDAY_HEAD = rf"(?:(?P<weekday>{WEEKDAY})(?:,{SP}|{S})(?:the{S})?)?"


def weekday_number(word: str) -> int:
    """The ISO number of a weekday's name or abbreviation (Monday 1 ... Sunday 7), in any case.

    Parameters
    ----------
    word : str
        A weekday as the lexicon's patterns match it ("Sunday", "Tues.", "FRI").

    Returns
    -------
    int
        Its ISO number; 1 for a word the lexicon does not know (a rule's pattern never hands one over).

    >>> weekday_number("Sunday"), weekday_number("Tues."), weekday_number("FRI")
    (7, 2, 5)
    """
    return int(LEXICON.lookup("weekday", word) or 1)


def with_weekday(m: re.Match[str], date: CalendarDate) -> Built:
    """``date``, or a weekday carrying it when the match named one in its group ``weekday``.

    Parameters
    ----------
    m : re.Match[str]
        A rule's match; its pattern has a group ``weekday`` (:data:`WEEKDAY_HEAD` gives one).
    date : CalendarDate
        The date the rule read.

    Returns
    -------
    Built
        ``date`` itself with no weekday written, else a :class:`Weekday` whose ``date`` is ``date``, so that
        tense can pick the year in which that date falls on that weekday.

    >>> m = re.match(WEEKDAY_HEAD + "March", "Tue., March")
    >>> with_weekday(m, CalendarDate(month=3, day=8)).date.day
    8
    >>> with_weekday(re.match(WEEKDAY_HEAD + "March", "March"), CalendarDate(month=3, day=8)).day
    8
    """
    if m.group("weekday"):
        return Weekday(weekday=weekday_number(m["weekday"]), date=date)
    return date
