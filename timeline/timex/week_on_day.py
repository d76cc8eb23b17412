"""British weeks on from a weekday: "Wednesday week", "a week on Saturday", "a fortnight on Sunday".

Apart from :mod:`timeline.timex.around_day`, whose day-joining pass calls :func:`week_on_day`, because the
phrase has its own guards: the weekday must be bare (not "a Wednesday week after week") and the length
before it must not be governed ("banned for a week on Saturday" is a length and a day).
"""

from __future__ import annotations

import re
from typing import Literal

from timeline.timex.values import DayNextTo, Mention, Weekday


class WeekOnDay(DayNextTo):
    """"Wednesday week", "a week on Saturday", "a fortnight on Sunday": the day a week (two) after the coming such
    weekday (British usage; the weekday is always the one ahead). Anchored as a :class:`DayNextTo` is.

    >>> WeekOnDay(day=Weekday(weekday=3, direction="future"), days=7).kind
    'daynextto'
    """

    days: Literal[7, 14]  # type: ignore[assignment]


# "Wednesday week": "week" right after a bare weekday (not "week 12", "week-long", "week's", "weekly", nor a week that
# heads its own phrase: "Saturday week later", "a week ago", "week after week")
_WEEK_AFTER_DAY = re.compile(r"[ \t]{1,3}(?i:week)(?![-\w'\u2019]|[ \t]+(?:\d|(?i:later|earlier|ago|after|before|of|long|"
                             r"old|ahead|back|away|out|or|and)\b))")
# "a Wednesday week after week", "every Monday week": a weekday after an article or a quantifier is no named day's
_NO_NAMED_DAY_BEFORE = re.compile(r"(?:^|(?<=[\s(\"']))(?i:a|an|every|each|any|one)[ \t]{1,3}$")
# "a week on Saturday", "a fortnight on Sunday"; not a length held "for a week on Saturday" or counted "more than a
# week", "within a week", "in a week": the word before the length must not govern it
_WEEK_ON = re.compile(r"(?:^|(?<=[\s(\"']))(?P<n>(?i:a|one|two))[ \t]{1,3}(?P<u>(?i:weeks?|fortnight))[ \t]{1,3}(?i:on)[ \t]{1,3}$")
_GOVERNS_LENGTH = re.compile(r"(?i:\b(?:for|of|than|within|in|over|about|around|nearly|almost|just|only|per|every|each|"
                             r"once|twice|after|before|ago|last|past|next|some|least|most|under)[ \t]{1,3})$")


def week_on_day(m: Mention, day: Weekday, out: list[Mention], text: str) -> Mention | None:
    """"Wednesday week", "a week on Saturday": the weekday mention folded with its week into a :class:`WeekOnDay`.

    >>> from timeline.timex.recognise import recognise
    >>> [(m.text, m.value.days) for m in recognise("The replay is on Tuesday week.")]
    [('Tuesday week', 7)]
    >>> [(m.text, m.value.days) for m in recognise("They meet a fortnight on Sunday.")]
    [('a fortnight on Sunday', 14)]
    >>> [m.value.kind for m in recognise("He was banned for a week on Saturday.")]
    ['duration', 'weekday']
    """
    if day.direction != "auto" or day.part_of_day is not None or day.date is not None:
        return None
    coming = day.model_copy(update={"direction": "future"})
    after = _WEEK_AFTER_DAY.match(text, m.end)
    if after is not None and _NO_NAMED_DAY_BEFORE.search(text, max(0, m.start - 7), m.start) is None:
        return Mention(start=m.start, end=after.end(), text=text[m.start:after.end()],
                       value=WeekOnDay(day=coming, days=7), rule=m.rule)
    if not out or m.start - out[-1].end > 8:
        return None
    hit = _WEEK_ON.search(text, max(0, m.start - 20), m.start)
    if hit is None or hit.start() != out[-1].start or _GOVERNS_LENGTH.search(text, max(0, hit.start() - 12), hit.start()):
        return None
    weeks = 2 if hit["u"].lower() == "fortnight" or hit["n"].lower() == "two" else 1
    if (hit["u"].lower() == "weeks") != (hit["n"].lower() == "two"):
        return None  # "a weeks", "two week on": no such phrase
    return Mention(start=hit.start(), end=m.end, text=text[hit.start():m.end],
                   value=WeekOnDay(day=coming, days=7 * weeks), rule=m.rule)  # type: ignore[arg-type]
