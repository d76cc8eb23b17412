"""Random true timelines: events with known dates and participants.

A :class:`TrueTimeline` is the ground truth a synthetic article is written
from. Every event carries a unique *key* - a word that only that event's
sentence uses as its subject - so a rebuilt timeline can be matched back to
the truth by looking for the key in event labels.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st
from pydantic import Field

from timeline.models import Frozen

#: The earliest and latest DCT :func:`dcts` draws by default.
DCT_WINDOW = (dt.date(1990, 1, 1), dt.date(2035, 12, 31))

#: Surnames used as event keys; invented-looking but plain ASCII, none a date word.
SURNAMES = (
    "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Haddad", "Kowalski", "Brennan",
    "Castillo", "Ivanova", "Mensah", "Sorensen", "Petrakis", "Varga", "Achebe", "Delacroix",
)
#: Nouns of events told without a person as subject ("The summit took place ...");
#: other sentences can refer back to them ("a week before the summit").
OCCASIONS = ("summit", "vote", "election", "referendum", "conference", "ceremony")
#: What a person-led event can be.
ACTIONS = ("meeting", "visit", "talks", "speech", "agreement", "sanctions", "interview")
CITIES = ("Geneva", "Lisbon", "Oslo", "Nairobi", "Hanoi", "Lima", "Vienna", "Dakar")
COUNTRIES = ("Norway", "Chile", "Kenya", "Vietnam", "Portugal", "Austria", "Senegal", "Peru")


class TrueEvent(Frozen):
    """One event of a true timeline.

    ``key`` is unique within its timeline: a surname for person-led events, an
    occasion noun ("summit") for occasions. ``participants`` are the people or
    countries taking part; ``place`` where it happens.
    """

    key: str
    kind: str
    date: dt.date
    participants: tuple[str, ...] = ()
    place: str = ""

    @property
    def is_occasion(self) -> bool:
        """True when the event is an occasion ("the vote") other sentences can refer to."""
        return self.kind in OCCASIONS


class TrueTimeline(Frozen):
    """Events with their true dates, sorted by date then key."""

    events: tuple[TrueEvent, ...] = Field(default=())

    @property
    def truth(self) -> dict[str, dt.date]:
        """Event key -> true date.

        >>> e = TrueEvent(key="Okafor", kind="visit", date=dt.date(2018, 11, 15))
        >>> TrueTimeline(events=(e,)).truth
        {'Okafor': datetime.date(2018, 11, 15)}
        """
        return {e.key: e.date for e in self.events}


@st.composite
def dcts(draw: st.DrawFn, min_value: dt.date = DCT_WINDOW[0],
         max_value: dt.date = DCT_WINDOW[1]) -> dt.date:
    """Document creation times in a sane window (1990-2035 by default).

    Parameters
    ----------
    min_value, max_value : datetime.date
        The window, inclusive.

    Returns
    -------
    SearchStrategy[datetime.date]

    Examples
    --------
    >>> from hypothesis import given
    >>> @given(dcts())
    ... def test_window(day):
    ...     assert DCT_WINDOW[0] <= day <= DCT_WINDOW[1]
    >>> test_window()
    """
    return draw(st.dates(min_value=min_value, max_value=max_value))


def _person_event(draw: st.DrawFn, key: str, day: dt.date) -> TrueEvent:
    kind = draw(st.sampled_from(ACTIONS))
    other = draw(st.sampled_from(COUNTRIES))
    return TrueEvent(key=key, kind=kind, date=day, participants=(key, other),
                     place=draw(st.sampled_from(CITIES)))


def _offsets(previous: int | None, lo: int, hi: int) -> st.SearchStrategy[int]:
    """Day offsets from the centre, clustered: news tells events days or weeks apart."""
    anywhere = st.integers(min_value=lo, max_value=hi)
    if previous is None:
        return st.one_of(st.integers(min_value=max(lo, -7), max_value=min(hi, 2)), anywhere)
    near = st.one_of(st.integers(min_value=-10, max_value=10), st.sampled_from([-14, -7, 7, 14]))
    return st.one_of(near.map(lambda gap: min(hi, max(lo, previous + gap))), anywhere)


@st.composite
def true_timelines(draw: st.DrawFn, around: dt.date | None = None, min_events: int = 1,
                   max_events: int = 6, days_before: int = 150, days_after: int = 40,
                   occasions: bool = True) -> TrueTimeline:
    """Random true timelines: distinct events with true dates near a centre day.

    Parameters
    ----------
    around : datetime.date, optional
        The centre (usually the DCT); drawn with :func:`dcts` when omitted.
    min_events, max_events : int
        How many events (at most 16 person-led plus 6 occasions exist).
    days_before, days_after : int
        Event dates fall in ``[around - days_before, around + days_after]``.
    occasions : bool
        Whether occasions ("the summit") may appear besides person-led events.

    Returns
    -------
    SearchStrategy[TrueTimeline]

    Examples
    --------
    >>> from hypothesis import given
    >>> @given(true_timelines(around=dt.date(2018, 11, 18), max_events=3))
    ... def test_keys_unique(tl):
    ...     assert len(tl.truth) == len(tl.events) <= 3
    >>> test_keys_unique()
    """
    centre = around if around is not None else draw(dcts())
    lo = max(dt.date.min + dt.timedelta(days=1), centre - dt.timedelta(days=days_before))
    hi = min(dt.date.max - dt.timedelta(days=1), centre + dt.timedelta(days=days_after))
    n = draw(st.integers(min_value=min_events, max_value=max_events))
    keys = draw(st.lists(st.sampled_from(SURNAMES + (OCCASIONS if occasions else ())),
                         min_size=n, max_size=n, unique=True))
    events, offset = [], None
    for key in keys:
        offset = draw(_offsets(offset, -(centre - lo).days, (hi - centre).days))
        day = centre + dt.timedelta(days=offset)
        events.append(TrueEvent(key=key, kind=key, date=day) if key in OCCASIONS
                      else _person_event(draw, key, day))
    return TrueTimeline(events=tuple(sorted(events, key=lambda e: (e.date, e.key))))
