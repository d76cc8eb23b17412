"""The first or last day, week or weekend of a named period: "the first day of next month", "the last week of August",
"the last weekend of April";
and the first or last months of one: "the first nine months of 1989".

A pass over the recognised mentions: the words before a month, a season or quarter, or a
period counted from the DCT ("next month", "the year") fold into it as a
:class:`~timeline.timex.values.UnitOf`, which phase 2 reads as that period's first or last day
(a DATE) or seven days (P1W). A counted duration before "of" and such a period stays its own
expression, as TimeBank writes "the first nine months" (P9M) and "1989" apart, but it learns
where it lies: January to September 1989, not ending at the DCT.

>>> from timeline.timex.recognise import recognise
>>> [(m.text, m.value.kind) for m in recognise("The law takes effect on the first day of next month.")]
[('the first day of next month', 'unitof')]
"""

from __future__ import annotations

import re

from timeline.timex.dayparts import after_of
from timeline.timex.values import CalendarDate, Duration, Mention, UnitOf

# "the last week of August"; "in" serves as "of" before a month's name ("the first week in June"), not before
# another period ("the last week in the year" is rare, "the first day in office" no period at all)
_EDGE_OF = re.compile(r"(?:^|(?<=[\s(\"']))(?i:the)\s+(?P<edge>(?i:first|last|final|opening|closing))\s+"
                      r"(?P<unit>(?i:day|week|weekend))\s+(?:(?i:of)|(?P<in>(?i:in)))\s+$")
_REACH = 32
_LAST = {"last", "final", "closing"}


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
        edge = "last" if hit["edge"].lower() in _LAST else "first"
        value = _edge_unit(hit["unit"].lower(), edge, m.value)
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


def _edge_unit(unit: str, edge: str, period: object) -> UnitOf | Duration:
    """The first or last day or week of ``period`` (a :class:`UnitOf`); its first or last weekend, a unit TIMEX3 writes
    only as a duration (P1WE), is a weekend's :class:`Duration` at that edge of the period, as "the first nine months
    of 1989" is.

    >>> _edge_unit("weekend", "last", CalendarDate(month=4)).edge_of, _edge_unit("week", "first", CalendarDate(month=4)).kind
    ('last', 'unitof')
    """
    if unit == "weekend":
        return Duration(unit="weekend", count=1.0, edge_of=edge, period=period)  # type: ignore[arg-type]
    return UnitOf(unit=unit, edge=edge, period=period)  # type: ignore[arg-type]


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
