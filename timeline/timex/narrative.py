"""Narrative anchoring: where a history, a biography or a war account is in time as it is told.

A narrative's reference is the last date it fixed, not a creation date: "On 16 December 1944 ...
In January" is January 1945. :class:`Story` is that state, immutable: :meth:`Story.place` gives
a yearless month or season the year or BC era the story is in, :meth:`Story.after` moves the story
on past a resolved expression. :func:`timeline.timex.extract.extract_timexes` threads it through a
text when ``TimexSettings.anchoring`` is ``"narrative"``.

>>> import datetime as dt
>>> from timeline.timex.calendar import month_interval, year_interval
>>> from timeline.timex.values import CalendarDate
>>> story = Story(anchor=None).after(year_interval(1941))
>>> story.year, story.place(CalendarDate(month=12), month_interval(1940, 12)).value
(1941, '1941-12')
>>> story.after(month_interval(1941, 12)).anchor, story.after(month_interval(1941, 12)).year
(datetime.date(1941, 12, 1), None)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline.timex.anchor_days import unit_of
from timeline.timex.calendar import (PERIOD_VALUE, Resolved, day_interval, month_interval, part_interval, safe_date,
                                     year_interval)
from timeline.timex.values import CalendarDate, Offset, Relative, UnitOf, YearPart, yearless


@dataclass(frozen=True)
class Story:
    """Where a narrative is: its anchor day, the year it named alone, the BC year it is in.

    Attributes
    ----------
    anchor : datetime.date or None
        The first day of the last day- or month-precise date the text fixed (or the DCT given).
    year : int or None
        The year the text last named by itself ("In 1941, ..."), until a finer date.
    era : str or None
        "BC0479" while the story is in a year before the common era.
    """

    anchor: dt.date | None
    year: int | None = None
    era: str | None = None

    def place(self, value: object, resolved: Resolved) -> Resolved:
        """``resolved`` (the reading of phase-1 ``value``), given the story's year or era if it has none."""
        return _in_story_year(value, _in_era(value, resolved, self.era), self.year)

    def after(self, resolved: Resolved, value: object = None) -> "Story":
        """The story once it has told ``resolved`` (the reading of phase-1 ``value``).

        A flashback ("two decades earlier", "a year before") is told from where the story is and
        leaves it there: the next "In March" is still in the story's year.

        >>> from timeline.timex.calendar import year_interval
        >>> from timeline.timex.values import Offset
        >>> story = Story(anchor=None).after(year_interval(1965))
        >>> story.after(year_interval(1945), Offset(unit="decade", count=2, sign=-1, anchor="ref")).year
        1965
        """
        if isinstance(value, Offset) and value.sign < 0:
            return self
        return Story(anchor=_narrative_anchor(resolved, self.anchor), year=_narrative_year(resolved, self.year),
                     era=_narrative_era(resolved, self.era))


_BC_YEAR = re.compile(r"^BC\d{4}")


def _narrative_era(resolved: Resolved, era: str | None) -> str | None:
    """The BC year a narrative is in after ``resolved``: set by a BC date, ended by a dated AD one."""
    bc = _BC_YEAR.match(resolved.value)
    if bc:
        return bc[0]
    return None if resolved.earliest is not None else era


def _in_era(value: object, resolved: Resolved, era: str | None) -> Resolved:
    """A yearless month or season of a story told in a BC year takes that year ("the winter" -> BC0479-WI);
    years counted from the story count down ("the following year" after 491 BC is BC0490).

    Only the value: the calendar here has no days before the common era, so there is no interval.
    """
    if era is None or resolved.earliest is not None:
        return resolved
    years = _years_from_story(value)
    if years is not None:
        bc = int(era[2:]) - years
        return resolved._replace(value=f"BC{bc:04d}", granularity="year") if bc > 0 else resolved
    if not yearless(value) or not resolved.value.startswith("XXXX"):
        return resolved
    return resolved._replace(value=era + resolved.value[4:])


_YEARS = {"year": 1, "decade": 10, "century": 100}


def _years_from_story(value: object) -> int | None:
    """How many years after the story's year ("the following year" 1, "a decade earlier" -10), if whole years."""
    if isinstance(value, Offset) and value.anchor == "ref" and value.unit in _YEARS and value.count is not None \
            and value.count == int(value.count):
        return value.sign * int(value.count) * _YEARS[value.unit]
    if isinstance(value, Relative) and value.unit == "year" and value.mod is None:
        return value.shift
    return None


def _narrative_year(resolved: Resolved, year: int | None) -> int | None:
    """The year a narrative is in after ``resolved`` when it named a year alone; a finer date ends it."""
    if resolved.earliest is None:
        return year
    if resolved.granularity == "year" and _YEAR_ONLY.match(resolved.value):
        return resolved.earliest.year
    return None if resolved.granularity in {"day", "month"} else year


_YEAR_ONLY = re.compile(r"^\d{4}$")


def _in_story_year(value: object, resolved: Resolved, year: int | None) -> Resolved:
    """"In 1941 ... In December": a yearless month or season takes the year the story named;
    "later in the year", "the next year" count from it."""
    if year is None:
        return resolved
    if isinstance(value, UnitOf):  # "the last week of August": of the story's August
        period = _in_story_year(value.period, resolved, year) if yearless(value.period) else resolved
        return unit_of(value, period) if period is not resolved else resolved
    if isinstance(value, Relative) and value.unit == "year":
        return year_interval(year + value.shift) or resolved
    if not yearless(value):
        return resolved
    year += getattr(value, "reference_year_shift", 0)  # "in March of the following year"
    if isinstance(value, CalendarDate) and value.month is not None:
        if value.day is None:
            return month_interval(year, value.month) or resolved
        day = safe_date(year, value.month, value.day)
        return day_interval(day) if day else resolved
    if isinstance(value, YearPart):
        return part_interval(year, value.part) or resolved
    return resolved


def _narrative_anchor(resolved: Resolved, previous: dt.date | None) -> dt.date | None:
    """The narrative's anchor after ``resolved``: its first day if it fixes a day or a month."""
    if resolved.granularity in {"day", "month"} and resolved.earliest is not None \
            and not PERIOD_VALUE.match(resolved.value):
        return resolved.earliest
    return previous


_SINCE = re.compile(r"(?i)\bsince\s$")
# "the big push planned for 1976", "a planned campaign in 1976": a year a plan is for
_PLANNED = re.compile(r"(?i)\b(?:planned|scheduled|projected|slated|intended)\b[^.;:!?]{0,30}$")


def moves_story(text: str, start: int, resolved: Resolved, tense: Callable[[], str | None]) -> bool:
    """Whether a narrative's present moves to ``resolved``, the expression at ``start`` in ``text``.

    A year named as a span's start ("the largest battle since 1813") or as a plan ("a campaign
    planned for 1976", "will wait until 1976": ``tense()`` is the clause's) is seen from the
    story's present, not where the story goes next.

    >>> from timeline.timex.calendar import year_interval
    >>> text = "the largest cavalry battle since 1813"
    >>> moves_story(text, text.index("1813"), year_interval(1813), lambda: "past")
    False
    >>> moves_story("In 1920 the war began.", 3, year_interval(1920), lambda: "past")
    True
    """
    if resolved.granularity != "year":
        return True
    if _SINCE.search(text, max(0, start - 6), start) or _PLANNED.search(text, max(0, start - 48), start):
        return False
    return tense() != "future"
