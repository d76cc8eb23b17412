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

from timeline.timex.asides import comparison, gloss, named_by_year, reached, source
from timeline.timex.calendar import (PERIOD_VALUE, Resolved, day_interval, month_interval, part_interval, safe_date,
                                     year_interval)
from timeline.timex.tense_pick import NEAR
from timeline.timex.unitof import unit_of_period
from timeline.timex.values import CalendarDate, Clock, Offset, Relative, UnitOf, YearPart, yearless


@dataclass(frozen=True)
class Story:
    """Where a narrative is: its anchor day, the year it named alone, the BC year it is in.

    Attributes
    ----------
    anchor : datetime.date or None
        The story's present: the first day of the last day- or month-precise date the text fixed, the
        middle of a season, quarter or half it named with its year (or the DCT given).
    year : int or None
        The year the text last named by itself ("In 1941, ..."), until a finer date.
    era : str or None
        "BC0479" while the story is in a year before the common era.
    """

    anchor: dt.date | None
    year: int | None = None
    era: str | None = None

    def place(self, value: object, resolved: Resolved, *, flashback: Callable[[], bool] = lambda: False,
              reached: bool = False, ahead: Callable[[], bool] = lambda: False) -> Resolved:
        """``resolved`` (the reading of phase-1 ``value``), given the story's year or era if it has none.

        In a flashback (``flashback()``: a clause in the past perfect) a yearless date lies before the story's
        present: "On 17 December 1919 ... Yudenich, who had spent the spring organising an army" is the spring of
        1919, not the nearer one of 1920. Not so a date the story has ``reached`` (:func:`~timeline.timex.asides.reached`:
        "by January they had taken the town"), which is never behind the present either, nor one told looking ahead
        (``ahead()``: "would", "was to"): "On 21 January 1793 the king was executed; the queen would follow him on 16
        October" is October 1793.

        >>> import datetime as dt
        >>> from timeline.timex.calendar import part_interval
        >>> from timeline.timex.values import YearPart
        >>> story = Story(anchor=dt.date(1919, 12, 17))
        >>> story.place(YearPart(part="SP"), part_interval(1920, "SP"), flashback=lambda: True).value
        '1919-SP'
        """
        placed = _in_story_year(value, _in_era(value, resolved, self.era), self.year)
        if self.year is None and not reached and _after(placed, self.anchor, _NEAR) and flashback():
            return _shifted(value, placed, -1)
        if self.year is None and _before_present(placed, self.anchor) and (reached and flashback() or ahead()):
            return _shifted(value, placed, +1)
        return placed

    def after(self, resolved: Resolved, value: object = None) -> "Story":
        """The story once it has told ``resolved`` (the reading of phase-1 ``value``).

        A flashback ("two decades earlier", "a year before", "the previous April") is told from where
        the story is and leaves it there: the next "In March" is still in the story's year.

        >>> from timeline.timex.calendar import year_interval
        >>> from timeline.timex.values import Offset
        >>> story = Story(anchor=None).after(year_interval(1965))
        >>> story.after(year_interval(1945), Offset(unit="decade", count=2, sign=-1, anchor="ref")).year
        1965
        """
        if isinstance(value, Offset) and value.sign < 0 \
                or isinstance(value, (CalendarDate, YearPart)) and value.direction == "before_ref" \
                or isinstance(value, Relative) and value.shift < 0:  # "in the past year": looked back on from here
            return self
        fixes = _fixes(resolved, value)
        year = _narrative_year(resolved, self.year, fixes)
        if self.year is None and self.anchor is not None and year == self.anchor.year:
            year = None  # "On 7 December (8 December in Asia), 1941": the year restates the day's, which stays finer
        return Story(anchor=_present(resolved) if fixes else self.anchor, year=year,
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


def _present(resolved: Resolved) -> dt.date:
    """The day a date puts the story at: the first of a day or a month, the middle of a season, quarter or half."""
    if resolved.granularity in {"day", "month"} or resolved.latest is None:
        return resolved.earliest  # type: ignore[return-value]
    return resolved.earliest + (resolved.latest - resolved.earliest) / 2  # type: ignore[operator]


def _narrative_year(resolved: Resolved, year: int | None, fixes: bool) -> int | None:
    """The year a narrative is in after ``resolved`` when it named a year alone; a finer date ends it."""
    if resolved.earliest is None:
        return year
    if resolved.granularity == "year" and _YEAR_ONLY.match(resolved.value) and not fixes:
        return resolved.earliest.year
    return None if fixes else year


_YEAR_ONLY = re.compile(r"^\d{4}$")


def _in_story_year(value: object, resolved: Resolved, year: int | None) -> Resolved:
    """"In 1941 ... In December": a yearless month or season takes the year the story named;
    "later in the year", "the next year" count from it."""
    if year is None:
        return resolved
    if isinstance(value, UnitOf):  # "the last week of August": of the story's August
        period = _in_story_year(value.period, resolved, year) if yearless(value.period) else resolved
        return unit_of_period(value, period) if period is not resolved else resolved
    if isinstance(value, Relative) and value.unit == "year":
        return year_interval(year + value.shift) or resolved
    if isinstance(value, Clock) and value.day is not None and yearless(value.day):  # "the night of May 13"
        day = _in_story_year(value.day, resolved, year)
        clock = resolved.value[10:] if resolved.value.find("T") == 10 else None  # "XXXX-05-13TNI" -> "TNI"
        if day is resolved or clock is None:
            return resolved
        return resolved._replace(value=day.value + clock, earliest=day.earliest, latest=day.latest)
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


def _after(resolved: Resolved, present: dt.date | None, margin: dt.timedelta = dt.timedelta(0)) -> bool:
    return present is not None and resolved.earliest is not None and resolved.earliest - present > margin  # no overflow


# A past perfect's yearless date within a month after the story's present is the story moving on, told
# loosely ("Within a week they had reached the river, on 9 March"), not a flashback of eleven months and
# more; as in news mode, a reading within 31 days of the anchor beats one the tense puts far away
_NEAR = dt.timedelta(days=NEAR)


def _before_present(resolved: Resolved, present: dt.date | None) -> bool:
    return present is not None and resolved.latest is not None and resolved.latest < present


def _shifted(value: object, resolved: Resolved, years: int) -> Resolved:
    """A yearless date's reading ``years`` years from ``resolved``'s."""
    if not yearless(value) or not resolved.value[:4].isdigit():
        return resolved
    return _in_story_year(value, resolved, int(resolved.value[:4]) + years)


# What fixes a story's present: a day, a month, and a season, quarter or half of a named year
# ("By the spring of 1915 ... in May" is May 1915)
_FIXING = frozenset({"day", "month", "season", "quarter", "half"})


def _fixes(resolved: Resolved, value: object) -> bool:
    """Whether ``resolved`` (of phase-1 ``value``) fixes the story's present: a day, a month, or a part of a
    year named with its year ("the spring of 1915", not "the summer offensive" placed in the story's year)."""
    if _late_year(resolved, value):
        return True  # "The revolt spread in late 1917. In January": the story is in 1917's last half, as with a half
    if resolved.granularity not in _FIXING or resolved.earliest is None or not resolved.value[:4].isdigit() \
            or PERIOD_VALUE.match(resolved.value):
        return False
    return resolved.granularity in {"day", "month"} or (isinstance(value, YearPart) and value.year is not None)


def _late_year(resolved: Resolved, value: object) -> bool:
    """Whether ``resolved`` is a year narrowed to its end ("late 1917", "the end of 1990"): the story is then in
    its last half, not anywhere in it, and a yearless January after it is the next year's.

    >>> from timeline.timex.calendar import edge_interval, year_interval
    >>> late = CalendarDate(year=1917, mod="END")
    >>> _late_year(edge_interval(year_interval(1917), "END"), late), _late_year(year_interval(1917), CalendarDate(year=1917))
    (True, False)
    """
    return isinstance(value, CalendarDate) and value.mod == "END" and resolved.granularity == "year" \
        and resolved.earliest is not None and resolved.earliest.month > 1 and _YEAR_ONLY.match(resolved.value) is not None


_SINCE = re.compile(r"(?i)\bsince\s$")
# "the big push planned for 1976", "a planned campaign in 1976": a year a plan is for
_PLANNED = re.compile(r"(?i)\b(?:planned|scheduled|projected|slated|intended)\b[^.;:!?]{0,30}$")


def moves_story(text: str, start: int, end: int, resolved: Resolved, tense: Callable[[], str | None], *,
                story: Story | None = None, flashback: Callable[[], bool] = lambda: False,
                ahead: Callable[[], bool] = lambda: False) -> bool:
    """Whether a narrative's present moves to ``resolved``, the expression ``text[start:end]``.

    A year named as a span's start ("the largest battle since 1813") or as a plan ("a campaign
    planned for 1976", "will wait until 1976": ``tense()`` is the clause's) is seen from the
    story's present, not where the story goes next. So is a date told in the past perfect
    (``flashback()``) that lies before ``story``'s present: "the last time they had met, in
    1614" goes back and returns. A past perfect reaching forward ("after they had taken the town
    in June") and one after "by" ("by June they had taken the town": the time the story has
    reached) do move it. A date told looking ahead (``ahead()``: "the queen would follow him on 16
    October") is a flash-forward and does not.

    >>> from timeline.timex.calendar import year_interval
    >>> text = "the largest cavalry battle since 1813"
    >>> moves_story(text, text.index("1813"), len(text), year_interval(1813), lambda: "past")
    False
    >>> moves_story("In 1920 the war began.", 3, 7, year_interval(1920), lambda: "past")
    True
    >>> text = "the last time they had met, in 1614, each estate held one vote"
    >>> in_1789 = Story(anchor=None).after(year_interval(1789))
    >>> start = text.index("1614")
    >>> moves_story(text, start, start + 4, year_interval(1614), lambda: "past", story=in_1789, flashback=lambda: True)
    False
    """
    if story is not None and _goes_back(resolved, story) and not reached(text, start) and flashback():
        return False
    # A flash-forward lies ahead of the story's present: "On 21 January 1793 the army would attack" (the
    # clause's own date, or a date with no present yet) is the present the story moves to
    if _aside(text, start, end, story, resolved) or ahead() and story is not None and _after(resolved, story.anchor):
        return False
    if resolved.granularity != "year":
        return True
    if _SINCE.search(text, max(0, start - 6), start) or _PLANNED.search(text, max(0, start - 48), start):
        return False
    return tense() != "future"


def _goes_back(resolved: Resolved, story: Story) -> bool:
    """Whether ``resolved`` lies wholly before the story's present."""
    present = story.anchor if story.year is None else dt.date(story.year, 1, 1)
    return present is not None and resolved.latest is not None and resolved.latest < present


def _aside(text: str, start: int, end: int, story: Story | None, resolved: Resolved) -> bool:
    """Whether the expression is told aside from the story's line (:mod:`timeline.timex.asides`).

    A year naming a thing ("the 1614 rules") is seen from the present only when it lies before it: "In
    1918 ... The 1919 peace conference met" and "The 1941 invasion began in June" tell the story's next year.
    """
    if comparison(text, start) or gloss(text, start, end) or source(text, start, end):
        return True
    return story is not None and _goes_back(resolved, story) and named_by_year(text, start, end)
