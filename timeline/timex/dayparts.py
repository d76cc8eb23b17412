"""A part of a named day: "the night of April 18, 1775", "early in the morning of 29 April 1975",
"the early hours of Saturday".

TIMEX3 writes a part of a day as the day's value with a TMO/TAF/TEV/TNI time
(``1775-04-18TNI``, a TIME); the day interval is the day's. This pass runs over the
recognised mentions and folds the words before a named day into it.

>>> from timeline.timex.recognise import recognise
>>> [(m.text, m.value.part_of_day) for m in recognise("On the night of April 18, 1775, Gage sent 700 men.")]
[('the night of April 18, 1775', 'NI')]
"""

from __future__ import annotations

import re

from timeline.timex.lexicon import LEXICON
from timeline.timex.values import Clock, Mention, Offset

_PART_OF = re.compile(
    r"(?:(?:^|(?<=[\s(\"']))(?P<edge>(?i:early|late))\s+(?:(?i:in)\s+)?)?(?:^|(?<=[\s(\"']))(?i:the)\s+"
    r"(?:(?P<edge2>(?i:early|late))\s+)?(?:(?P<pod>(?i:morning|afternoon|evening|night))(?:\s+(?i:hours))?|"
    r"(?P<hours>(?i:small|wee)\s+(?i:hours)|(?<=(?i:early)\s)(?i:hours)))"
    r"\s+(?i:of)\s$")
_REACH = 48  # "early in the morning hours of " and a little more
# "in the early hours Saturday": the wire's "of"-less hours before a day (an "of"-less part of day before a day is
# the weekday's own reading: "Monday morning", "late Monday")
_HOURS_BEFORE = re.compile(r"(?:^|(?<=[\s(\"']))(?i:the)[ \t]+(?:(?P<edge2>(?i:early))|(?i:small|wee))[ \t]+(?i:hours)[ \t]$")


def _named_day(value: object) -> bool:
    # a value's kind tells its class as isinstance would (tests/timex/test_speed_joins_kinds.py), and costs less
    kind = value.kind  # type: ignore[attr-defined]
    if kind == "weekday":
        return True  # "Monday morning" too: "the early hours of Monday morning" (the parts must agree, below)
    return kind == "calendar" and value.day is not None and value.month is not None  # type: ignore[attr-defined]


def _part_of_day_before(mention: Mention) -> bool:
    """"in the morning" found on its own: the words to fold in, as when "early in the morning of" is written."""
    value = mention.value
    return isinstance(value, Offset) and value.part_of_day is not None and value.count == 0


def after_of(text: str, start: int) -> bool:
    """Whether the word "of" and white space come just before ``start``: a cheap test before a join's search.

    >>> after_of("the night of April 18", 13), after_of("the night off April", 14)
    (True, False)
    """
    before = text[max(0, start - 8):start]
    stripped = before.rstrip()
    return len(stripped) < len(before) and stripped[-3:].lower() in {" of", "\nof", "\tof"}


def join_part_of_day(mentions: list[Mention], text: str) -> list[Mention]:
    """Fold "the night of", "the early morning hours of" into the named day that follows.

    >>> from timeline.timex.values import CalendarDate, Mention
    >>> day = Mention(start=18, end=26, text="April 19", value=CalendarDate(month=4, day=19), rule="r")
    >>> [(m.text, m.value.kind) for m in join_part_of_day([day], "On the morning of April 19")]
    [('the morning of April 19', 'clock')]
    >>> from timeline.timex.recognise import recognise
    >>> [(m.text, m.value.part_of_day) for m in recognise("It hit in the early hours of Monday morning.")]
    [('the early hours of Monday morning', 'MO')]
    """
    out: list[Mention] = []
    for m in mentions:
        if not _named_day(m.value):
            out.append(m)
            continue
        if not after_of(text, m.start):
            hours = _HOURS_BEFORE.search(text, max(out[-1].end if out else 0, m.start - 24), m.start) \
                if text[max(0, m.start - 6):m.start].lower().startswith("hours") else None
            if hours is None or getattr(m.value, "part_of_day", None) not in {None, "MO"}:
                out.append(m)
                continue
            out.append(_part_of(m, hours, "MO", "START" if hours["edge2"] else None, text))
            continue
        absorbs = bool(out) and _part_of_day_before(out[-1]) and out[-1].end > m.start - _REACH
        floor = 0 if not out else (max(0, m.start - _REACH) if absorbs else out[-1].end)
        hit = _PART_OF.search(text, max(floor, m.start - _REACH), m.start)
        if hit is None or (absorbs and hit.start() > out[-1].start):
            out.append(m)
            continue
        edge = (hit["edge"] or hit["edge2"] or "").lower()
        # "the early (small) hours of Saturday" are the hours after midnight: its morning
        part = LEXICON.lookup("daypart", hit["pod"]) if hit["pod"] else "MO"
        mod = "START" if edge == "early" else "END" if edge else None
        own = getattr(m.value, "part_of_day", None)
        if own is not None and own != part:
            out.append(m)  # "the night of Monday morning": no such part of that day
            continue
        if absorbs:
            out.pop()
        out.append(_part_of(m, hit, part, mod, text))
    return out


def _part_of(m: Mention, hit: re.Match[str], part: str, mod: str | None, text: str) -> Mention:
    """The named day ``m`` with the part of it ``hit`` names before it, one mention.

    >>> from timeline.timex.recognise import recognise
    >>> [(m.text, m.value.part_of_day, m.value.mod) for m in recognise("It hit in the early hours Saturday.")]
    [('the early hours Saturday', 'MO', 'START')]
    """
    # "the early hours of Monday morning": the weekday already names the part, the words are its edge
    value = m.value.model_copy(update={"mod": mod}) if getattr(m.value, "part_of_day", None) is not None else \
        Clock(day=m.value, part_of_day=part, mod=mod)  # type: ignore[arg-type]
    return Mention(start=hit.start(), end=m.end, text=text[hit.start():m.end], value=value, rule=m.rule)
