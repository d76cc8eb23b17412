"""The year a yearless date takes from the text around it: that of the week or weekend whose days it names ("the
weekend of Nov. 17-18"), or of the event its sentence opens with ("The 1966 World Cup final was played on July 30"),
both before the walk anchors it; and a quarter whose results are reported at a time the sentence names, the one
ended by then ("will report third-quarter results next week"), once that time is read.

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
import re

from timeline.timex.calendar import Resolved, part_interval
from timeline.timex.tense_event import event_year
from timeline.timex.values import CalendarDate, Mention, YearPart

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


# The nouns of a period's published figures: "third-quarter results", "earnings for the first half"
_RESULTS = re.compile(r"(?i)\b(?:results|earnings|figures|profits?|accounts)\b")
# A publishing still to come: "will report", "is due to release", "to be published", "'ll post", and a verb of
# publishing's present of schedule ("The chipmaker reports results on Monday"); not a past one ("reported")
_PUBLISHING_AHEAD = re.compile(r"(?i)\b(?:(?:will|shall|to)[ \t]+(?:be[ \t]+)?|['\u2019]ll[ \t]+)"
                               r"(?:report|release|publish|announce|post|unveil|reported|released|published|"
                               r"announced|posted|unveiled)\b|\b(?:reports|releases|publishes|announces)\b")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")
# The period's stated end after it: "its fourth quarter ended Sept. 30" (the date ends it, no time of publishing)
_ENDED = re.compile(r"(?i)[ \t,]+(?:which[ \t]+)?(?:ended|ending|ends|to|through)[ \t]+$")


def reported_before(text: str, out: list[tuple[Mention, Resolved]], mention: Mention,
                    resolved: Resolved) -> tuple[Mention, Resolved] | None:
    """The yearless quarter or half read just before ``mention`` (which reads ``resolved``), moved a year back when it
    is a period whose results the same sentence is to publish at that time ("will report", "is due to release"), and
    it would not have ended by then: a period's figures are published after it ends ("The company will report
    third-quarter results next week", said on 2 January 2019: 2018's third quarter, not 2019's); None when nothing
    moves. A date that is no time of publishing is left alone ("will report results for its fourth quarter ended
    Sept. 30": the period's end; "Third-quarter results included gains from a sale in August": no publishing ahead).

    >>> import datetime as dt
    >>> from timeline.timex.recognise import recognise
    >>> from timeline.timex.settings import TimexSettings
    >>> from timeline.timex.walk import anchor_mentions
    >>> text = "The company will report third-quarter results next week."
    >>> [r.value for _, r in anchor_mentions(text, recognise(text), dt.date(2019, 1, 2), TimexSettings())]
    ['2018-Q3', '2019-W02']
    """
    if not out or resolved.earliest is None:
        return None
    period, read = out[-1]
    value: YearPart = period.value  # type: ignore[assignment]
    # the kind told by a string (a value's field): isinstance on a pydantic model class costs 0.15 us a miss
    if value.kind != "yearpart" or value.year is not None or value.shift is not None or value.reference \
            or value.direction != "auto" or value.part[0] not in "QH" or read.earliest is None \
            or read.latest is None or read.latest < resolved.earliest:
        return None
    if _SENTENCE_END.search(text, period.end, mention.start) or _ENDED.match(text, period.end, mention.start) \
            or not _RESULTS.search(text, max(0, period.start - 30), mention.start):
        return None
    reach = max(0, period.start - 60)
    for end in _SENTENCE_END.finditer(text, reach, period.start):
        reach = end.end()  # the publishing is of the period's own sentence
    if not _PUBLISHING_AHEAD.search(text, reach, mention.start):
        return None
    before = part_interval(read.earliest.year - 1, value.part)
    if before is None or before.latest is None or before.latest >= resolved.earliest:
        return None
    return period, before
