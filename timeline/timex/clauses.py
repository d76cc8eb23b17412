"""The clause around one mention, read from the text lazily: only when an anchor asks, and then once.

Phase 2 builds these readers for every mention but most anchors never call them (years, durations,
the DCT's own weekday). They stand apart from the driver (:mod:`timeline.timex.walk`) because how a
clause is read (its tense, a past verb before the date, a past perfect or a future in the past) is
one concern, and how cheaply a reader is built is what decides the driver's speed.

>>> from timeline.timex.values import CalendarDate, Mention, Weekday
>>> text = "Officials said on Sunday that talks failed."
>>> Clause(text, Mention(start=18, end=24, text="Sunday", value=Weekday(weekday=7), rule="weekday"), 60).tense()
'past'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from timeline.timex.tense import Tense, clause_tense, dated_by_past_verb
from timeline.timex.tense_dated import dated_by_future_verb
from timeline.timex.tense_heads import told_still_ahead
from timeline.timex.tense_subject import subject_past
from timeline.timex.tense_years import NamedYear, falls_on_holiday, year_after, year_closing, year_of_holiday_day
from timeline.timex.values import CalendarDate, Clock, Holiday, Mention, Weekday

_T = TypeVar("_T")
_UNREAD = object()  # a clause's tense not read yet (None is a tense read: no cue)


def once(compute: Callable[[], _T]) -> Callable[[], _T]:
    """``compute``, run at the first call only: a clause is read once, and only if an anchor asks for it.

    A list, not functools.cache: three readers are made for every mention, and an lru_cache
    wrapper costs more to build than most of them cost to run (7% of extraction on TBAQ).

    >>> calls = []
    >>> read = once(lambda: calls.append(1) or len(calls))
    >>> read(), read(), len(calls)
    (1, 1, 1)
    """
    seen: list[_T] = []

    def read() -> _T:
        if not seen:
            seen.append(compute())
        return seen[0]
    return read


class Clause:
    """The clause around one mention: its tense and whether a past or future verb dates it, each read once if asked.

    One slotted object whose bound methods are the readers costs less to build than the closures it
    replaced (a third of the loop of :func:`timeline.timex.walk.anchor_mentions`).

    >>> from timeline.timex.values import CalendarDate, Mention, Weekday
    >>> text = "The board will meet on Sunday."
    >>> clause = Clause(text, Mention(start=23, end=29, text="Sunday", value=Weekday(weekday=7), rule="weekday"), 60)
    >>> clause.tense(), clause.dated_by_verb()
    ('future', True)
    """

    __slots__ = ("_text", "_mention", "_window", "_tense")

    def __init__(self, text: str, mention: Mention, window: int) -> None:
        self._text, self._mention, self._window, self._tense = text, mention, window, _UNREAD

    def tense(self) -> Tense | None:
        """The tense of the clause (:func:`~timeline.timex.tense.clause_tense`)."""
        if self._tense is _UNREAD:
            text, mention = self._text, self._mention
            tense = clause_tense(text, mention.start, mention.end, self._window)
            if tense is None and _day_or_month(mention):
                # far from its verb, read the whole clause: "in March"; "waited for more than three hours at Heathrow
                # on Friday night" (the adjuncts between fill the window). Only a date the tense places (was a bare
                # month's rule): "in a decade" 14 words after "will" stays a duration
                tense = clause_tense(text, mention.start, mention.end, 2 * self._window)
            if tense == "past" and told_still_ahead(text, mention.end):
                tense = None  # "Christmas was weeks away": the past is when it was ahead, no side of the telling
            self._tense = tense
        return self._tense  # type: ignore[return-value]

    def dated_by_verb(self) -> bool:
        """Whether a past or a future verb stands right before the mention
        (:func:`~timeline.timex.tense.dated_by_past_verb`, :func:`~timeline.timex.tense_dated.dated_by_future_verb`):
        the reading its tense picks holds however far from the DCT."""
        start = self._mention.start
        return dated_by_past_verb(self._text, start, self._mention.end) or dated_by_future_verb(self._text, start)

    def year_named(self) -> NamedYear | None:
        """The year the clause names for the mention (:mod:`~timeline.timex.tense_years`): written right after it
        ("on Yom Kippur last year", "on Oct. 27 in 2019"), or for a holiday after the day it falls on ("Diwali was
        on Oct. 27 in 2019"); read only for a yearless date the tense would otherwise place.

        >>> from timeline.timex.values import Holiday
        >>> text = "Diwali was on Oct. 27 in 2019."
        >>> Clause(text, Mention(start=0, end=6, text="Diwali", value=Holiday(rule="hindu:diwali_india"),
        ...                      rule="holiday"), 8).year_named()
        NamedYear(year=2019, shift=0)
        """
        text, mention = self._text, self._mention
        named = year_after(text, mention.end)
        if named is None and isinstance(mention.value, Holiday):
            named = year_of_holiday_day(text, mention.end)
            if named is None and (closing := year_closing(text, mention.end)) is not None \
                    and subject_past(text, mention.start, mention.end):
                named = closing  # "The Thanksgiving parade drew huge crowds in 2016": the year the event was in
        return named

    def falls_on_holiday(self) -> bool:
        """Whether the mention, a weekday, is the day a holiday before it falls on ("Rosh Hashanah falls on Monday":
        :func:`~timeline.timex.tense_years.falls_on_holiday`)."""
        return falls_on_holiday(self._text, self._mention.start)


def _day_or_month(mention: Mention) -> bool:
    """A weekday ("on Friday night") or a month named without its year ("in March", "on July 30"): a date the tense
    puts before or after the DCT, read as far as its clause goes.

    >>> from timeline.timex.values import Duration
    >>> _day_or_month(Mention(start=0, end=5, text="March", value=CalendarDate(month=3), rule="month"))
    True
    >>> _day_or_month(Mention(start=0, end=8, text="a decade", value=Duration(unit="decade", count=1), rule="d"))
    False
    """
    value = mention.value
    if isinstance(value, Clock) and value.day is not None:  # "1 a.m. Sunday" is read as its day is
        value = value.day
    if isinstance(value, Weekday):
        return True
    return isinstance(value, CalendarDate) and value.year is None and value.month is not None
