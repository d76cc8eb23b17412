"""The ends of a range linked: "between A and B", "from A to B", "A through B" become one group.

The last pass of :func:`timeline.timex.recognise.recognise`, after the joins: two mentions with a range's
words between them ("to", "through", a dash) share a group, and the first end takes a missing year (or day,
for two clocks) from the second. Apart from the recogniser, which reads it as one step.

>>> from timeline.timex.recognise import recognise
>>> [(m.text, m.group, m.value.year) for m in recognise("The fair runs from Nov. 30 to Dec. 1, 2018.")]
[('Nov. 30', 1, 2018), ('Dec. 1, 2018', 1, 2018)]
"""

from __future__ import annotations

import re
import sys

from timeline.timex.patterns import max_width
from timeline.timex.values import CalendarDate, Clock, Mention, YearPart

_RANGE_GAP = re.compile(r"^\s?(?:[-\u2013\u2014]|(?i:to|through|thru|until|till|and))\s?$|^\s(?i:to|through|thru|until"
                        r"|till|and)\s$")
_RANGE_HEAD = re.compile(r"(?i:between|from)\s$")
# "from Sept. 1 up to Oct. 15": "up to" joins a range only after "from" ("up to 40 days" alone is a bound)
_UP_TO_GAP = re.compile(r"^\s(?i:up\s+to)\s$")
# Between two clocks these make a range with no "from" before it ("9 a.m. to 5 p.m. Monday"); "and" does not
_CLOCK_RANGE_WORDS = frozenset({"to", "through", "thru", "until", "till", "-", "\u2013"})


def gap_reach(pattern: re.Pattern[str]) -> int:
    """The longest gap ``pattern.match`` can accept: its widest match, and a final newline ``$`` stands before."""
    width = max_width(pattern)
    return sys.maxsize if width is None else width + 1


# A gap longer than this cannot be a range's: not sliced and matched (most are far longer).
_RANGE_GAP_REACH = gap_reach(_RANGE_GAP)


def link_ranges(mentions: list[Mention], text: str, groups: int) -> tuple[list[Mention], int]:
    """Link "between A and B", "from A to B", "A through B": one group, and A takes B's year if it lacks one."""
    out = list(mentions)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.group is not None or b.group is not None or b.start - a.end > _RANGE_GAP_REACH:
            continue
        clocks = _clock_pair(a.value, b.value)
        if not clocks and (a.value.timex_type != "DATE" or b.value.timex_type != "DATE"):
            continue
        gap = text[a.end:b.start]
        headed = _RANGE_HEAD.search(text[max(0, a.start - 9):a.start]) is not None
        if not _RANGE_GAP.match(gap) and not (headed and _UP_TO_GAP.match(gap)):
            continue
        if clocks:
            # "from 9 p.m. to 2 a.m.", "9 a.m. to 5 p.m. Monday" (a day after the second: the hours of that day);
            # "at 9 p.m. and 2 a.m." are two times, "moved 9 p.m. to 2 a.m." a change of time, "9-5" no clocks
            if headed or (gap.strip().lower() in _CLOCK_RANGE_WORDS and b.value.day is not None):
                groups += 1
                out[i] = a.model_copy(update={"group": groups, "value": _share_day(a.value, b.value)})
                out[i + 1] = b.model_copy(update={"group": groups})
            continue
        if not headed and gap.strip().lower() in {"and", ""}:
            out[i] = a.model_copy(update={"value": _share_year(a.value, b.value)})  # "spring and summer of 1979"
            continue
        if not headed and type(a.value) is not type(b.value):
            continue  # "a revision Friday to December's figures": only like ends make a range unheaded
        groups += 1
        out[i] = a.model_copy(update={"group": groups, "value": _share_year(a.value, b.value)})
        out[i + 1] = b.model_copy(update={"group": groups})
    return out, groups


def _clock_pair(first: object, second: object) -> bool:
    """Two times of day (hour known), the possible ends of a range of hours."""
    return isinstance(first, Clock) and isinstance(second, Clock) and first.hour is not None \
        and second.hour is not None


def _share_day(first: Clock, second: Clock) -> Clock:
    """"from 7 a.m. to 8 p.m. Tuesday": the day written once, after the second end, is the first end's too."""
    return first.model_copy(update={"day": second.day}) if first.day is None and second.day is not None else first


def _share_year(first, second):  # type: ignore[no-untyped-def]
    """The first of two dates (range ends or "X and Y") written without its year takes the second's."""
    if isinstance(first, YearPart) and isinstance(second, YearPart) and first.part[0] not in "QH":
        if first.year is None and first.shift is None and first.direction == "auto" and second.year is not None:
            order = ("SP", "SU", "FA", "WI")
            later = first.part in order and second.part in order and order.index(first.part) > order.index(second.part)
            return first.model_copy(update={"year": second.year - 1 if later else second.year})
        return first
    if not (isinstance(first, CalendarDate) and isinstance(second, CalendarDate)):
        return first
    if first.year is not None or second.year is None or first.month is None:
        return first
    year = second.year - 1 if second.month is not None and first.month > second.month else second.year
    return first.model_copy(update={"year": year})
