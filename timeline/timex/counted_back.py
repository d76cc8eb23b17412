"""Days counted back from the DCT by a unit that is not theirs: "two Sundays ago", "50 years ago this week".

"two Sundays ago" counts Sundays, not weeks: the Sunday before the one gone by (said on Wednesday 18
September 2019, the 8th). "50 years ago this week" is this week fifty years back (1969-W38), "a year ago
today" today a year back, "ten years ago this month" this month ten years back: one expression, the unit
of the DCT named after "ago" its grain. Part of ``weekday.RULES``; corpus: ``weekday.tsv``.

>>> import datetime as dt
>>> from timeline.timex import extract_timexes
>>> [(t.text, t.value) for t in extract_timexes("It opened 50 years ago this week.", dt.date(2019, 9, 18))]
[('50 years ago this week', '1969-W38')]
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import Field

from timeline.timex.anchoring import Context, anchor
from timeline.timex.calendar import Resolved, day_interval, grain_interval, shift
from timeline.timex.lexicon import LEXICON, parse_number
from timeline.timex.rule import NUM, S, Built, compile_rule
from timeline.timex.values import Offset, Weekday


class WeekdaysAgo(Weekday):
    """The ``count``-th weekday of its name before the DCT ("two Sundays ago": count 2).

    >>> WeekdaysAgo(weekday=7, count=2).direction
    'past'
    """

    direction: Literal["auto", "past", "future", "this", "before_ref", "after_ref"] = "past"
    count: int = Field(ge=1, le=520)


class AgoThis(Offset):
    """``count`` units before the DCT, read at the DCT's ``grain``: "50 years ago this week" (grain week).

    >>> AgoThis(unit="year", count=50, sign=-1, anchor="dct", grain="week").grain
    'week'
    """

    grain: Literal["day", "week", "month"]


_WEEKDAY = LEXICON.pattern("weekday", abbreviations=False)  # "Sundays": the plural's "s" after the name
_UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}
_GRAIN = {"today": "day", "this week": "week", "this month": "month"}


def _weekdays_ago(m: re.Match[str]) -> Built:
    count = parse_number(m["num"])
    if count is None or count != int(count) or not 2 <= count <= 520:
        return None  # "one Sunday ago" is "last Sunday"'s; a fraction of weekdays is none
    return WeekdaysAgo(weekday=int(LEXICON.lookup("weekday", m["wd"]) or 1), count=int(count))


def _ago_this(m: re.Match[str]) -> Built:
    count = parse_number(m["num"])
    if count is None or count <= 0:
        return None
    unit = LEXICON.lookup("unit", m["unit"])
    grain = _GRAIN[" ".join(m["this"].lower().split())]
    if unit not in {"year", "month", "week"} or (grain == "month" and unit == "week"):
        return None  # "three weeks ago this month" names no one month
    return AgoThis(unit=unit, count=count, sign=-1, anchor="dct", grain=grain)  # type: ignore[arg-type]


RULES = (
    compile_rule("weekdays-ago", rf"(?P<num>{NUM}){S}(?P<wd>{_WEEKDAY})s{S}(?i:ago)(?![-\w])", _weekdays_ago, 3),
    compile_rule("ago-this", rf"(?P<num>{NUM}){S}(?P<unit>(?i:years?|months?|weeks?)){S}(?i:ago){S}"
                 r"(?P<this>(?i:today|this\s+week|this\s+month))(?![-\w])", _ago_this, 3),
)


@anchor.register
def anchor_weekdays_ago(value: WeekdaysAgo, ctx: Context) -> Resolved | None:
    """The last such weekday before the DCT, moved ``count - 1`` weeks back.

    >>> from timeline.timex.settings import TimexSettings
    >>> ctx = Context(dct=dt.date(2019, 9, 18), tense_of=lambda: "past", ref=None, settings=TimexSettings())
    >>> anchor_weekdays_ago(WeekdaysAgo(weekday=7, count=2), ctx).value
    '2019-09-08'
    """
    if ctx.dct is None:
        return Resolved(f"XXXX-WXX-{value.weekday}", None, None, "day")
    back = (ctx.dct.isoweekday() - value.weekday) % 7 or 7
    try:
        return day_interval(ctx.dct - dt.timedelta(days=back + 7 * (value.count - 1)))
    except OverflowError:
        return None


@anchor.register
def anchor_ago_this(value: AgoThis, ctx: Context) -> Resolved | None:
    """The DCT moved ``count`` units back, then the day, week or month it falls in.

    >>> from timeline.timex.settings import TimexSettings
    >>> ctx = Context(dct=dt.date(2019, 9, 18), tense_of=lambda: "past", ref=None, settings=TimexSettings())
    >>> anchor_ago_this(AgoThis(unit="year", count=1, sign=-1, anchor="dct", grain="day"), ctx).value
    '2018-09-18'
    """
    if ctx.dct is None:
        return Resolved(_UNKNOWN[value.grain], None, None, value.grain)
    day = shift(ctx.dct, value.unit, -(value.count or 0))
    return None if day is None else grain_interval(value.grain, day)
