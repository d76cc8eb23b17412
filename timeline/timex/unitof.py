"""The first, last or nth day, week or weekend of a named period: "the first day of next month", "the last week of
August", "the last weekend of April", "the second week of December", "the third weekend of June";
and the first or last months of one: "the first nine months of 1989".

A pass over the recognised mentions: the words before a month, a season or quarter, or a
period counted from the DCT ("next month", "the year") fold into it as a
:class:`~timeline.timex.values.UnitOf`, which phase 2 reads as that period's first or last day
(a DATE) or seven days (P1W); an ordinal ("second" to "fifth", "penultimate") makes it an
:class:`NthUnitOf`, the nth of them from that edge (for a weekend the seven days holding it, P1WE).
A counted duration before "of" and such a period stays its own
expression, as TimeBank writes "the first nine months" (P9M) and "1989" apart, but it learns
where it lies: January to September 1989, not ending at the DCT.

>>> from timeline.timex.recognise import recognise
>>> [(m.text, m.value.kind) for m in recognise("The law takes effect on the first day of next month.")]
[('the first day of next month', 'unitof')]
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import Field

from timeline.timex.anchor_days import unit_of
from timeline.timex.anchoring import Context, anchor
from timeline.timex.calendar import Resolved, day_interval
from timeline.timex.dayparts import after_of
from timeline.timex.values import CalendarDate, Duration, Mention, UnitOf

# "the last week of August"; "in" serves as "of" before a month's name ("the first week in June"), not before
# another period ("the last week in the year" is rare, "the first day in office" no period at all)
_EDGE_OF = re.compile(r"(?:^|(?<=[\s(\"']))(?i:the)\s+(?P<edge>(?i:first|last|final|opening|closing|second|third|"
                      r"fourth|fifth|penultimate))\s+(?P<unit>(?i:day|week|weekend))\s+(?:(?i:of)|(?P<in>(?i:in)))\s+$")
_REACH = 32
_LAST = {"last", "final", "closing", "penultimate"}
# An ordinal counts from the first edge ("the second week of December": its 8th to 14th), "penultimate" from the last
_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "penultimate": 2}


class NthUnitOf(UnitOf):
    """The nth day, week or weekend of a period counted from its edge: "the second week of December" (``nth`` 2 from
    the first edge), "the penultimate week of August" (2 from the last), "the third weekend of June".

    A week is seven days, as the first and last are (the second week of a month its 8th to 14th); a weekend the
    seven days holding it, P1WE, as "the first weekend of June" is. Anchored by :func:`nth_unit_of`.

    >>> NthUnitOf(unit="weekend", edge="first", nth=3, period=CalendarDate(month=6)).kind
    'unitof'
    """

    unit: Literal["day", "week", "weekend"]  # type: ignore[assignment]
    nth: int = Field(ge=2, le=5)


def _period(value: object) -> bool:
    """A period with days in it to take the first or last of: a month, a year, a season, "next month"."""
    # a value's kind tells its class as isinstance would (tests/timex/test_speed_joins_kinds.py), and costs less
    kind = value.kind  # type: ignore[attr-defined]
    if kind == "calendar":
        return value.day is None  # type: ignore[attr-defined]
    if kind == "relative":
        return value.unit in {"month", "year", "quarter"} and value.mod is None  # type: ignore[attr-defined]
    return kind == "yearpart"


def join_unit_of(mentions: list[Mention], text: str) -> list[Mention]:
    """Fold "the first day of", "the last week of" into the period that follows.

    >>> from timeline.timex.values import CalendarDate, Mention
    >>> august = Mention(start=24, end=30, text="August", value=CalendarDate(month=8), rule="r")
    >>> [(m.text, m.value.edge) for m in join_unit_of([august], "During the last week of August")]
    [('the last week of August', 'last')]
    >>> [(m.text, m.value.nth) for m in join_unit_of([august], "In the third weekend of August")]
    [('the third weekend of August', 3)]
    """
    out: list[Mention] = []
    for m in mentions:
        if not _period(m.value) or not (after_of(text, m.start) or _after_in(text, m.start)):  # the cheap tests first
            out.append(m)
            continue
        # "during the last week" was read as a duration on its own: its words are the ones to fold in
        absorbs = bool(out) and isinstance(out[-1].value, Duration) and out[-1].end > m.start - _REACH
        floor = 0 if not out or absorbs else out[-1].end
        hit = _EDGE_OF.search(text, max(floor, m.start - _REACH), m.start)
        if hit is None or hit["in"] and not _month_name(m):
            out.append(m)
            continue
        if absorbs and out[-1].end > hit.start():
            out.pop()
        word = hit["edge"].lower()
        edge = "last" if word in _LAST else "first"
        value = _edge_unit(hit["unit"].lower(), edge, m.value, _NTH.get(word, 1))
        out.append(Mention(start=hit.start(), end=m.end, text=text[hit.start():m.end], value=value, rule=m.rule))
    return out


def _after_in(text: str, start: int) -> bool:
    """Whether the word "in" and one space come just before ``start`` ("the first week in June").

    >>> _after_in("the first week in June", 18), _after_in("the first week of June", 18)
    (True, False)
    """
    return text[max(0, start - 4):start].lower() in {" in ", "\nin ", "\tin "}


def _month_name(m: Mention) -> bool:
    """Whether ``m`` is a month without a day written as its name ("June", "June 2019"), which "in" may follow."""
    return m.value.kind == "calendar" and m.value.month is not None and m.text[:1].isupper()  # type: ignore[attr-defined]


def _edge_unit(unit: str, edge: str, period: object, nth: int = 1) -> UnitOf | Duration:
    """The first or last day or week of ``period`` (a :class:`UnitOf`); its first or last weekend, a unit TIMEX3 writes
    only as a duration (P1WE), is a weekend's :class:`Duration` at that edge of the period, as "the first nine months
    of 1989" is; the nth of any of them from the edge an :class:`NthUnitOf`.

    >>> _edge_unit("weekend", "last", CalendarDate(month=4)).edge_of, _edge_unit("week", "first", CalendarDate(month=4)).kind
    ('last', 'unitof')
    >>> _edge_unit("week", "first", CalendarDate(month=12), 2).nth
    2
    """
    if nth > 1:
        return NthUnitOf(unit=unit, edge=edge, nth=nth, period=period)  # type: ignore[arg-type]
    if unit == "weekend":
        return Duration(unit="weekend", count=1.0, edge_of=edge, period=period)  # type: ignore[arg-type]
    return UnitOf(unit=unit, edge=edge, period=period)  # type: ignore[arg-type]


_VALUE = {"day": "XXXX-XX-XX", "week": "P1W", "weekend": "P1WE"}


def nth_unit_of(value: NthUnitOf, period: Resolved) -> Resolved:
    """The nth day (a DATE), week (seven days, P1W) or weekend (the seven days holding it, P1WE) of ``period`` from its
    edge; none of its days if the period is too short to hold it ("the fifth week of February").

    >>> from timeline.timex.calendar import month_interval
    >>> august = month_interval(1918, 8)
    >>> nth_unit_of(NthUnitOf(unit="weekend", edge="first", nth=3, period=CalendarDate(month=8)), august)[:3]
    ('P1WE', datetime.date(1918, 8, 15), datetime.date(1918, 8, 21))
    >>> nth_unit_of(NthUnitOf(unit="week", edge="last", nth=2, period=CalendarDate(month=8)), august)[1:3]
    (datetime.date(1918, 8, 18), datetime.date(1918, 8, 24))
    >>> nth_unit_of(NthUnitOf(unit="day", edge="first", nth=2, period=CalendarDate(month=8)), august).value
    '1918-08-02'
    >>> nth_unit_of(NthUnitOf(unit="week", edge="first", nth=5, period=CalendarDate(month=2)),
    ...             month_interval(2018, 2))[1:3]
    (None, None)
    """
    first, last = period.earliest, period.latest
    length = 1 if value.unit == "day" else 7
    unknown = Resolved(_VALUE[value.unit], None, None, "day" if value.unit == "day" else None)
    if first is None or last is None:
        return unknown
    span = dt.timedelta(days=length - 1)
    skip = dt.timedelta(days=length * (value.nth - 1))
    start = first + skip if value.edge == "first" else last - skip - span
    if start < first or start + span > last:
        return unknown
    return day_interval(start) if value.unit == "day" else Resolved(_VALUE[value.unit], start, start + span, None)


def unit_of_period(value: UnitOf, period: Resolved) -> Resolved:
    """The day, week or weekend ``value`` names of ``period``: :func:`nth_unit_of` for an :class:`NthUnitOf`, else
    anchor_days.unit_of (the first or last); the narrative reading's entry, which reads the period itself."""
    return nth_unit_of(value, period) if isinstance(value, NthUnitOf) else unit_of(value, period)


def _anchor_nth(value: NthUnitOf, ctx: Context) -> Resolved | None:
    period = anchor(value.period, ctx)
    return None if period is None else nth_unit_of(value, period)


anchor.register(NthUnitOf, _anchor_nth)


_OF_GAP = re.compile(r"^\s(?i:of)\s$")
_EDGE_WORD = re.compile(r"(?:(?i:in|during|for|over|through|throughout)\s)?(?i:the)\s(?P<edge>(?i:first|last|final))\s")


def place_edge_durations(mentions: list[Mention], text: str) -> list[Mention]:
    """"the first nine months of 1989", "the last three months of the year": the duration lies at that edge
    of the period that follows "of".

    >>> from timeline.timex.recognise import recognise
    >>> found = recognise("Net rose in the first nine months of 1989.")
    >>> (found[0].value.edge_of, found[0].value.period.year)
    ('first', 1989)
    """
    out = list(mentions)
    for i in range(len(out) - 1):
        m, period = out[i], out[i + 1]
        if m.value.kind != "duration" or m.value.count is None:  # the cheap test first (kind: see _period)
            continue
        edge = _EDGE_WORD.match(m.text)
        if edge is not None and _OF_GAP.match(text[m.end:period.start]) and _period(period.value):
            value = m.value.model_copy(update={"edge_of": "last" if edge["edge"].lower() in _LAST else "first",
                                               "period": period.value, "anchored": "none"})
            out[i] = m.model_copy(update={"value": value})
    return out
