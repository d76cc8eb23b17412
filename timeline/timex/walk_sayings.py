"""The day a weekday counts from when the text puts another now before it than the DCT: a saying, a quotation's
attribution, an opening condition; and whether a range is a date moved, whose second end keeps its own tense.

Read by :mod:`timeline.timex.walk` for each weekday (and clock with its weekday) of a news text: each reader looks at
the dates the walk has read so far ("said on Saturday that the drills ... would end on Wednesday") or the one just
after ('"The talks will resume Monday," a diplomat said Saturday'), so it belongs to the walk, but is a reading of
English of its own, the point of view a weekday is told from, apart from the fold that carries the walk's state.

>>> import datetime as dt
>>> from timeline.timex.recognise import recognise
>>> from timeline.timex.settings import TimexSettings
>>> from timeline.timex.walk import anchor_mentions
>>> text = "The minister said on Saturday that the drills, which began on Monday, would end on Wednesday."
>>> [r.value for _, r in anchor_mentions(text, recognise(text), dt.date(2018, 11, 15), TimexSettings())]
['2018-11-10', '2018-11-05', '2018-11-14']
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.timex.anchoring import Context, anchor
from timeline.timex.calendar import Resolved
from timeline.timex.clauses import Clause
from timeline.timex.range_ends import imposed_ahead
from timeline.timex.settings import TimexSettings
from timeline.timex.tense_limits import moved_from
from timeline.timex.tense_sides import dates_saying, reported_by
from timeline.timex.values import Clock, Mention, Weekday


def rescheduled(text: str, start: int) -> bool:
    """Whether the range whose first end starts at ``start`` is a date moved to another ("was moved from Oct. 2 to
    Thursday", "was extended from ..."): the new date may lie ahead whatever the tense of the moving.

    >>> rescheduled("Trading was halted from Oct. 2 to Thursday.", 24)
    False
    """
    return moved_from(text, start) or imposed_ahead(text, start)


def told_on(text: str, days: list[tuple[Mention, dt.date]], mention: Mention, weekday: bool,
            clock: bool) -> dt.date | None:
    """The day a weekday in reported speech counts from: the saying's, when the saying is dated in the same
    sentence ("said on Saturday that the drills, which began on Monday, would end on Wednesday": the speaker's
    Monday and Wednesday, not the DCT's).

    ``days`` are the day-precise dates before ``mention``; the saying's is the last of them a verb of saying
    precedes. It is looked for here, only for a weekday that may count from it, and ``days`` is cut to that date:
    tested for every day-precise date as it was read, the saying cost 1% of a TBAQ pass (2.5 us each, 750 dates).
    """
    value = mention.value
    # "would begin at noon Sunday": the clock's weekday. The value's type is told by ``weekday`` and ``clock`` (the
    # walk's kind of it): isinstance on a pydantic model class costs 0.25 us a miss, and most mentions are no weekday
    if not (weekday or clock):
        return None
    day = value.day if clock else value
    if not days or not isinstance(day, Weekday) or day.date is not None \
            or day.direction in {"before_ref", "after_ref"}:
        return None
    said = next((day for day in reversed(days) if dates_saying(text, day[0].start)), None)
    days[:] = [said] if said else []  # none before it can be the last saying again
    if said is None:
        return None
    return said[1] if reported_by(text, said[0].start, said[0].end, mention.start) else None


# The rest of a quotation after a date in it, its closing mark, then an attribution whose verb of saying ends the span
# before the next date: '"The talks will resume Monday," a diplomat said ' before "Saturday"
_QUOTE_THEN_SAID = re.compile(r"[^\"\u201c\u201d\n]{0,120}[\"\u201d][ \t]*,?[ \t]*(?:[\w.'-]+[ \t]+){0,5}?"
                              r"(?:said|says|told[ \t]+[\w.'-]+|added|announced|stated)[ \t]+(?:on[ \t]+)?$")


def said_after_quote(text: str, mentions: list[Mention], index: int, dct: dt.date,
                     settings: TimexSettings) -> dt.date | None:
    """The day a weekday in a quotation counts from when the attribution after the quotation dates its saying
    ('"The talks will resume Monday," a diplomat said Saturday': the Monday after that Saturday, as when the saying
    comes first, :func:`told_on`); None when no dated saying closes the quotation. The saying's weekday is read
    alone (a saying is past: the Saturday on or before the DCT).

    >>> from timeline.timex.recognise import recognise
    >>> text = '"The talks will resume Monday," a diplomat said Saturday.'
    >>> said_after_quote(text, recognise(text), 0, dt.date(2018, 11, 14), TimexSettings())
    datetime.date(2018, 11, 10)
    """
    mention = mentions[index]
    if isinstance(mention.value, Clock) or index + 1 >= len(mentions):
        return None
    saying = mentions[index + 1]
    value = saying.value
    if not isinstance(value, Weekday) or value.date is not None or value.direction != "auto" \
            or not _QUOTE_THEN_SAID.match(text[mention.end:saying.start]) \
            or text.rfind("\"", 0, mention.start) < 0 and text.rfind("\u201c", 0, mention.start) < 0:
        return None
    clause = Clause(text, saying, settings.tense_window)
    resolved = anchor(value, Context(dct, clause.tense, None, settings, None, clause.dated_by_verb, None, clause))
    return None if resolved is None or resolved.earliest is None or resolved.earliest > dct else resolved.earliest


# An opening clause of condition or time up to the date in it: "If the talks go ahead on "
_CONDITION_OPENS = re.compile(r"(?:^|[.!?][\"'\u201d\u2019)]*[ \t]+|\n)[ \t]*(?:If|Unless|Once|When|As soon as)\b[^,;:.!?\n]*$")
# Between the condition's date and the main clause's: the rest of the condition, its comma, no sentence's end
_TO_MAIN = re.compile(r"[^,;:.!?\n]*,[^;:.!?\n]*$")


def after_condition(text: str, out: list[tuple[Mention, Resolved]], mention: Mention,
                    dct: dt.date) -> dt.date | None:
    """The day a weekday in a main clause counts from when an opening condition before it is dated by a day still
    to come: "If the talks go ahead on Monday, a deal could be signed by Friday" (the Friday after that Monday; what
    a condition brings follows it); None when no such condition stands before the weekday in its sentence.

    >>> from timeline.timex.recognise import recognise
    >>> from timeline.timex.walk import anchor_mentions
    >>> text = "If the talks go ahead on Monday, a deal could be signed by Friday."
    >>> found = anchor_mentions(text, recognise(text), dt.date(2018, 11, 14), TimexSettings())
    >>> [r.value for _, r in found]
    ['2018-11-19', '2018-11-23']
    """
    if not out:
        return None
    condition, read = out[-1]
    day = read.earliest
    if day is None or day != read.latest or day < dct or read.granularity != "day" \
            or not _TO_MAIN.match(text, condition.end, mention.start) \
            or not _CONDITION_OPENS.search(text, max(0, condition.start - 120), condition.start):
        return None
    return day
