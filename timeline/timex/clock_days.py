"""The day of a clock written without one, told by another clock near it.

Two joins over a text's mentions in order (as :mod:`timeline.timex.joins`), each giving a dayless clock the day
another clock's words name:

- two clocks of one clause, the day written once after the second ("Polls opened at 7 a.m. and closed at 8 p.m.
  on Tuesday"): the day is both clocks', as it is of a range's two ends ("from 7 a.m. to 8 p.m. Tuesday");
- a local clock and, in brackets after it, the same instant in a zone with its day ("struck at 4:07 a.m. local
  time (2107 GMT Tuesday)"): the local day is the zone's day, or the one after or before it, whichever puts the
  local offset within the world's zones (UTC-12 to UTC+14): 04:07 local and 21:07 GMT is seven hours on, the
  Wednesday. Where two days both fit, none is given.
"""

from __future__ import annotations

import re

from timeline.timex.values import CalendarDate, Clock, Mention, Weekday

# Between two clocks of one clause: "and", the second verb (up to three words) and its time preposition
_CLAUSE_GAP = re.compile(r",?[ \t]+and[ \t]+(?:[a-z]+[ \t]+){0,3}?(?:at|by|until|till|around)[ \t]+")
# Between a local clock and its bracketed twin: "local time (", or just the bracket
_LOCAL_BRACKET_GAP = re.compile(r"(?:[ \t]+local[ \t]+time)?,?[ \t]+\(")
_ZONE_RANGE = (-12 * 60, 14 * 60)  # the offsets of the world's time zones from UTC, in minutes
_UTC_ZONES = frozenset({"GMT", "UTC", "Z"})

# A verb that takes a time and never an amount, then "at": "the meeting starts at 10.30", "the plane landed at 17.45".
# After it a dotted number with no zone is the hour (British style); after "closed at", "opened at", "rose to", "stood
# at" it is a price or an index level ("the stock closed at 12.15"), so those verbs are not listed
_TIME_VERB_AT = re.compile(r"(?<![\w-])(?i:start|starts|started|begins?|began|kicks?[ \t]off|kicked[ \t]off|resumes?|"
                           r"resumed|convenes?|convened|adjourns?|adjourned|arrives?|arrived|departs?|departed|lands?|"
                           r"landed|takes?[ \t]off|took[ \t]off|meets?|met|gathers?|gathered|is[ \t]due|are[ \t]due|"
                           r"was[ \t]due|were[ \t]due)[ \t]{1,3}(?i:at)[ \t]{1,3}$")
_AMOUNT_AFTER = re.compile(r"[ \t]*(?:%|(?i:percent|per[ \t]+cent|points?)\b)")


def dotted_clock(m: re.Match[str]) -> Clock | None:
    """The builder of :mod:`timeline.timex.times`' dotted clock: "10.30 GMT", and with no zone after a verb that
    takes a time ("starts at 10.30"); else the number is a price or a count.

    >>> from timeline.timex.times import RULES
    >>> rule = next(r for r in RULES if r.name == "clock-dotted").pattern
    >>> [dotted_clock(rule.search(t)) is None for t in (
    ...     "The talks start at 10.30 on Friday.", "The stock closed at 12.15 on Monday.", "at 19.30 GMT", "rose 10.30",
    ...     "The rate started at 10.25 percent.")]
    [False, True, False, True, True]
    """
    if m["zone"] is None and (_TIME_VERB_AT.search(m.string, max(0, m.start() - 24), m.start()) is None
                              or _AMOUNT_AFTER.match(m.string, m.end())):
        return None  # "the stock closed at 12.15": a price; "the rate started at 10.25 percent": an amount
    return Clock(hour=int(m["h"]), minute=int(m["min"]), zone=m["zone"])


def share_day_in_clause(mentions: list[Mention], text: str) -> list[Mention]:
    """"Polls opened at 7 a.m. and closed at 8 p.m. on Tuesday": the day written once after the second of two
    clocks of one clause is the first's too.

    >>> from timeline.timex.values import Clock, Weekday
    >>> text = "Polls opened at 7 a.m. and closed at 8 p.m. on Tuesday."
    >>> seven = Mention(start=16, end=22, text="7 a.m.", value=Clock(hour=7), rule="ampm")
    >>> eight = Mention(start=37, end=54, text="8 p.m. on Tuesday", value=Clock(hour=20, day=Weekday(weekday=2)),
    ...                 rule="ampm")
    >>> share_day_in_clause([seven, eight], text)[0].value.day.weekday
    2
    """
    out = list(mentions)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.value.kind != "clock" or b.value.kind != "clock" or a.value.day is not None or b.value.day is None:
            continue
        if a.value.hour is None or _CLAUSE_GAP.fullmatch(text, a.end, b.start) is None:
            continue
        out[i] = a.model_copy(update={"value": a.value.model_copy(update={"day": b.value.day})})
    return out


def local_of_bracketed(mentions: list[Mention], text: str) -> list[Mention]:
    """"4:07 a.m. local time (2107 GMT Tuesday)": the local clock on the day its offset from the bracketed zone's
    clock allows (:func:`day_shift`).

    >>> from timeline.timex.values import Clock, Weekday
    >>> text = "It struck at 4:07 a.m. local time (2107 GMT Tuesday)."
    >>> local = Mention(start=13, end=22, text="4:07 a.m.", value=Clock(hour=4, minute=7), rule="ampm")
    >>> gmt = Mention(start=35, end=51, text="2107 GMT Tuesday",
    ...               value=Clock(hour=21, minute=7, zone="GMT", day=Weekday(weekday=2)), rule="wire-clock")
    >>> local_of_bracketed([local, gmt], text)[0].value.day.weekday
    3
    """
    out = list(mentions)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.value.kind != "clock" or b.value.kind != "clock" or a.value.day is not None or b.value.day is None \
                or a.value.hour is None or b.value.hour is None or a.value.zone is not None \
                or b.value.zone not in _UTC_ZONES or _LOCAL_BRACKET_GAP.fullmatch(text, a.end, b.start) is None:
            continue
        shift = day_shift(a.value, b.value)
        day = _shifted(b.value.day, shift) if shift is not None else None
        if day is not None:
            out[i] = a.model_copy(update={"value": a.value.model_copy(update={"day": day})})
    return out


def day_shift(local: Clock, utc: Clock) -> int | None:
    """The days the local clock lies after the UTC clock's day: the one shift (-1, 0 or 1) putting the offset
    within the world's zones, None when two fit.

    >>> day_shift(Clock(hour=4, minute=7), Clock(hour=21, minute=7)), day_shift(Clock(hour=20), Clock(hour=2))
    (1, -1)
    >>> day_shift(Clock(hour=9), Clock(hour=5)), day_shift(Clock(hour=1), Clock(hour=13)) is None
    (0, True)
    """
    gap = (local.hour or 0) * 60 + local.minute - (utc.hour or 0) * 60 - utc.minute
    fits = [k for k in (-1, 0, 1) if _ZONE_RANGE[0] <= gap + k * 1440 <= _ZONE_RANGE[1]]
    return fits[0] if len(fits) == 1 else None


def _shifted(day: object, shift: int) -> Weekday | CalendarDate | None:
    """A bare weekday moved by ``shift`` days (a weekday of a date, or any other day, is left: None)."""
    if shift == 0:
        return day  # type: ignore[return-value]
    if isinstance(day, Weekday) and day.date is None and day.part_of_day is None:
        return day.model_copy(update={"weekday": (day.weekday - 1 + shift) % 7 + 1})
    return None
