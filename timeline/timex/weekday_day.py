"""A weekday with its day of the month and no month: "Friday the 13th", "on Tuesday the 5th".

The two together name the months whose day falls on that weekday; the tense picks one, as it picks a bare
weekday: said on 19 July 2019, "The fire broke out on Friday the 13th" is 13 July 2018 (the latest Friday 13th
on or before the DCT), "will reopen on Monday the 5th" 5 August 2019 (the earliest after it), with no tense the
nearest. A month after it ("Friday the 13th of September") is the day-month rule's. Part of
:mod:`timeline.timex.weekday`'s ``RULES`` (it needs the anchoring, imported after it); corpus: ``weekday.tsv``.

>>> import datetime as dt
>>> from timeline.timex import extract_timexes
>>> [(t.text, t.value) for t in extract_timexes("The fire broke out on Friday the 13th.", dt.date(2019, 7, 19))]
[('Friday the 13th', '2018-07-13')]
"""

from __future__ import annotations

import datetime as dt
import re

from pydantic import Field

from timeline.timex.anchoring import Context, anchor
from timeline.timex.calendar import Resolved, day_interval
from timeline.timex.lexicon import LEXICON
from timeline.timex.rule import MONTH, WEEKDAY_FULL, S, Built, compile_rule
from timeline.timex.values import Weekday

_MONTHS_AROUND = 30  # a weekday falls on a given day of the month at least once in 14 months


class WeekdayOfDay(Weekday):
    """A weekday on the ``day`` of an unnamed month ("Friday the 13th": weekday 5, day 13).

    >>> WeekdayOfDay(weekday=5, day=13).day
    13
    """

    day: int = Field(ge=1, le=31)


def _weekday_of_day(m: re.Match[str]) -> Built:
    return WeekdayOfDay(weekday=int(LEXICON.lookup("weekday", m["wd"]) or 1), day=int(m["day"]))


def _days(value: WeekdayOfDay, dct: dt.date) -> list[dt.date]:
    """The days of the months around the DCT that are ``value.day`` and fall on ``value.weekday``."""
    found = []
    for step in range(-_MONTHS_AROUND, _MONTHS_AROUND + 1):
        month = dct.month - 1 + step
        try:
            day = dt.date(dct.year + month // 12, month % 12 + 1, value.day)
        except ValueError:
            continue  # the 31st of a short month, or a year out of range
        if day.isoweekday() == value.weekday:
            found.append(day)
    return found


@anchor.register
def anchor_weekday_of_day(value: WeekdayOfDay, ctx: Context) -> Resolved | None:
    """The such day the tense points to: past, the latest on or before the DCT; future, the earliest on or after
    it; else the nearest (ties to the past).

    >>> from timeline.timex.settings import TimexSettings
    >>> ctx = Context(dct=dt.date(2019, 7, 19), tense_of=lambda: "future", ref=None, settings=TimexSettings())
    >>> anchor_weekday_of_day(WeekdayOfDay(weekday=5, day=13), ctx).value
    '2019-09-13'
    """
    if ctx.dct is None:
        return Resolved(f"XXXX-XX-{value.day:02d}", None, None, "day")
    days = _days(value, ctx.dct)
    tense = ctx.tense_of()
    if tense == "past":
        days = [d for d in days if d <= ctx.dct][-1:]
    elif tense == "future":
        days = [d for d in days if d >= ctx.dct][:1]
    if not days:
        return None
    return day_interval(min(days, key=lambda d: (abs((d - ctx.dct).days), d > ctx.dct)))


RULES = (
    # "Friday the 13th", "Tuesday, the 5th": not before a month ("Friday the 13th of September") nor a noun or a name
    compile_rule("weekday-of-day", rf"(?P<wd>{WEEKDAY_FULL}),?{S}(?i:the){S}(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
                 rf"(?![-\w])(?!{S}(?:(?i:of){S})?{MONTH})(?!{S}(?i:century|anniversary|day|time|floor)\b)"
                 r"(?![ \t]+[A-Z][a-z])",  # "On Sunday the 3rd Battalion attacked": an ordinal naming a unit
                 _weekday_of_day, 3),
)
