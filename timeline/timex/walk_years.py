"""The year a yearless date takes from the text around it before the walk anchors it: that of the week or weekend whose
days it names ("the weekend of Nov. 17-18"), or of the event its sentence opens with ("The 1966 World Cup final was
played on July 30").

Read by :mod:`timeline.timex.walk` for each calendar date, apart from the fold: each is a reading of the phrase the
date stands in, not of the state the walk carries (the week is the reading just made, passed in).

>>> import datetime as dt
>>> from timeline.timex.recognise import recognise
>>> from timeline.timex.settings import TimexSettings
>>> from timeline.timex.walk import anchor_mentions
>>> text = "We had the weekend of Nov. 17-18 off."
>>> [r.value for _, r in anchor_mentions(text, recognise(text), dt.date(2018, 11, 15), TimexSettings())]
['2017-W46-WE', '2017-11-17', '2017-11-18']
"""

from __future__ import annotations

import datetime as dt

from timeline.timex.calendar import Resolved
from timeline.timex.tense_event import event_year
from timeline.timex.values import CalendarDate, Mention

# How far a day a week or weekend is named by may lie from the days read: "the weekend of Nov. 17" names the weekend
# holding or next to the 17th, a Friday's weekend starting the day after
_NEXT_TO = dt.timedelta(days=6)


def in_year_told(text: str, mention: Mention, out: list[tuple[Mention, Resolved]]) -> object:
    """A yearless date given the year the text tells it in (:func:`named_week_year`, else the year of the event its
    sentence opens with, :func:`~timeline.timex.tense_event.event_year`); any other value as it is.

    ``out`` holds the mentions read before it, with their readings.

    >>> text = "The 1966 World Cup final was played on July 30."
    >>> in_year_told(text, Mention(start=39, end=46, text="July 30", value=CalendarDate(month=7, day=30),
    ...                            rule="month-day"), []).year
    1966
    """
    value = mention.value
    if value.year is not None or value.month is None or value.direction != "auto" \
            or value.year_shift is not None or value.of_reference_year:  # type: ignore[attr-defined]
        return value
    year = named_week_year(text, out, mention) or event_year(text, mention.start)
    return value if year is None else value.model_copy(update={"year": year})  # type: ignore[attr-defined]


def named_week_year(text: str, out: list[tuple[Mention, Resolved]], mention: Mention) -> int | None:
    """The year of the week or weekend read just before ``mention`` whose days the date names ("the weekend of
    Nov. 17-18": the range is that weekend's days, so in its year, which the clause's tense gave it); None when the
    date follows no such week with "of" between, or lies in no year the week's reading is next to.

    >>> text = "We worked the weekend of Nov. 17-18."
    >>> week = Mention(start=10, end=21, text="the weekend", value=CalendarDate(month=11, day=17), rule="weekend")
    >>> nov17 = Mention(start=25, end=32, text="Nov. 17", value=CalendarDate(month=11, day=17), rule="month-day")
    >>> named_week_year(text, [(week, Resolved("2017-11-17", dt.date(2017, 11, 17), dt.date(2017, 11, 19), "day"))],
    ...                 nov17) is None  # a calendar date is no week: its "of" names nothing
    True
    """
    if not out:
        return None
    week, read = out[-1]
    if getattr(week.value, "kind", None) != "weekof" or read.earliest is None or read.latest is None \
            or text[week.end:mention.start] != " of ":
        return None
    value = mention.value
    for year in sorted({read.earliest.year, read.latest.year}):
        try:
            day = dt.date(year, value.month, value.day or 1)  # type: ignore[attr-defined]
        except ValueError:
            continue
        if read.earliest - _NEXT_TO <= day <= read.latest + _NEXT_TO:
            return year
    return None
