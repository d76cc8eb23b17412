"""Which reading of an underspecified date the clause's tense picks: "on March 3" said in
November is the March behind in a past clause, the one ahead in a future one, and the nearer
one when the clause says nothing (a future reading must be nearer by the settings' weight, as
news mostly reports the past).

A tense reading most of a year away yields to one within weeks ("The offer was extended to
Nov. 16", said on Nov. 2: the extending is past, the deadline ahead), unless a past verb stands
right before the date ("opened on Nov. 20", said on Nov. 15, is a year back).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from timeline.timex.calendar import Resolved

if TYPE_CHECKING:  # the anchoring context, only named in signatures: anchoring imports this module
    from timeline.timex.anchoring import Context


def pick(candidates: list[Resolved], ctx: Context) -> Resolved | None:
    """Of several readings of an underspecified date, the one the tense points to.

    Past: the latest that starts on or before the DCT; future: the earliest that
    ends on or after it; otherwise the one nearest the DCT (ties go to the past).

    >>> from timeline.timex.anchoring import Context
    >>> from timeline.timex.calendar import day_interval
    >>> from timeline.timex.settings import TimexSettings
    >>> ctx = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: "past", ref=None, settings=TimexSettings())
    >>> pick([day_interval(dt.date(2018, 3, 3)), day_interval(dt.date(2019, 3, 3))], ctx).value
    '2018-03-03'
    """
    options = [c for c in candidates if c is not None and c.earliest and c.latest]
    if not options or ctx.dct is None:
        return None
    return _chosen(_choices(options, ctx.dct, ctx.settings.past_preference), ctx)


def pick_quarter(readings: list[Resolved], ctx: Context) -> Resolved | None:
    """Of the readings of a yearless quarter ("the third quarter"), the one the tense picks.

    Earnings news reports on a quarter once it has ended: in the future ("will report
    third-quarter results") the first that ends in the DCT's last 92 days or after, as the
    report of one that ended lately is still ahead; in the past not a quarter barely begun
    ("profit fell in the first quarter", said on Jan. 2: the first quarter a year back).
    Otherwise :func:`pick`'s choice, the clause read only when the tenses disagree.

    Parameters
    ----------
    readings : list of Resolved
        The quarter's reading in each year around the DCT, each with both ends.
    ctx : Context
        The anchoring context; its DCT must be known.

    Returns
    -------
    Resolved or None
        None when there is no reading (in the future: none that ends after the DCT's last 92 days).

    Examples
    --------
    >>> from timeline.timex.anchoring import Context
    >>> from timeline.timex.calendar import part_interval
    >>> from timeline.timex.settings import TimexSettings
    >>> readings = [part_interval(year, "Q1") for year in (2017, 2018, 2019)]
    >>> said = Context(dct=dt.date(2019, 1, 2), tense_of=lambda: "past", ref=None, settings=TimexSettings())
    >>> pick_quarter(readings, said).value
    '2018-Q1'
    >>> ahead = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: "future", ref=None, settings=TimexSettings())
    >>> pick_quarter([part_interval(year, "Q3") for year in (2017, 2018, 2019)], ahead).value
    '2018-Q3'
    """
    assert ctx.dct is not None
    recent = [r for r in readings if r.latest >= ctx.dct - dt.timedelta(days=92)]  # type: ignore[operator]
    reported = min(recent, key=lambda r: r.latest) if recent else None  # type: ignore[arg-type]
    choices = _choices(readings, ctx.dct, ctx.settings.past_preference) if readings else None
    if choices is not None and _barely_begun(choices.past, ctx.dct) and ctx.direction == "past":
        # "The company said profit fell in the first quarter", on Jan. 2: a quarter two days old has no figures
        # to tell in the past; the same-named quarter before it has
        ended = [r for r in readings if r.latest < ctx.dct]  # type: ignore[operator]
        if ended:
            return max(ended, key=lambda r: r.latest)  # type: ignore[arg-type,return-value]
    if choices is not None and reported is not None \
            and choices.past == choices.past_or_near == choices.nearest == reported:
        return reported  # every tense reads the quarter just reported (the future too, below): the clause is not read
    if ctx.direction == "future":
        return reported
    return _chosen(choices, ctx) if choices is not None else None


_BEGUN = 15  # days: a quarter younger than this has nothing a past clause could report


def _barely_begun(reading: Resolved, dct: dt.date) -> bool:
    """Whether ``reading`` holds the DCT and began less than ``_BEGUN`` days before it.

    >>> from timeline.timex.calendar import part_interval
    >>> _barely_begun(part_interval(2019, "Q1"), dt.date(2019, 1, 2))
    True
    >>> _barely_begun(part_interval(2018, "Q4"), dt.date(2018, 11, 15))
    False
    """
    return reading.earliest is not None and reading.latest is not None \
        and reading.earliest <= dct <= reading.latest and (dct - reading.earliest).days < _BEGUN


class _Choices(NamedTuple):
    """What :func:`pick` chooses from: the reading of each tense, found without reading the clause."""

    past: Resolved  # the latest reading that starts on or before the DCT (else the earliest)
    started: bool  # whether one does
    past_or_near: Resolved  # ``past``, unless most of a year away while another lies within weeks
    future: Resolved  # the earliest reading that ends on or after the DCT, unless most of a year away (as past_or_near)
    future_far: Resolved  # that reading however far: "will meet again on Dec. 30", said on Jan. 2
    nearest: Resolved

    @property
    def agreed(self) -> Resolved | None:
        """The reading every tense picks, a past verb before it or not ("Aug. 7" six days after it, the DCT's
        own quarter), else None: then the clause must be read, the costliest step of anchoring."""
        return self.nearest if self.past == self.past_or_near == self.future == self.future_far == self.nearest \
            else None


def _choices(options: list[Resolved], dct: dt.date, weight: float) -> _Choices:
    """The reading of each tense among ``options`` (each with both ends); a future one must be ``weight``
    times nearer than a past one to be the nearest (news mostly reports the past).

    One pass over the readings, each one's distance from the DCT found once: the helpers it replaced (a list
    and a min or a max each, and the distance asked again by each) were half the cost of a pick. Ties go to the
    first reading, as min and max give them (tests/timex/test_speed_anchor_choices.py holds the two together).

    >>> from timeline.timex.calendar import day_interval
    >>> days = [day_interval(dt.date(year, 3, 3)) for year in (2017, 2018, 2019)]
    >>> choices = _choices(days, dt.date(2018, 11, 15), 2.0)
    >>> choices.past.value, choices.started, choices.future.value, choices.nearest.value
    ('2018-03-03', True, '2019-03-03', '2019-03-03')
    """
    distances = [_distance(c, dct) for c in options]
    past = earliest = future_far = latest = nearest = -1  # indices into ``options``
    nearest_key: tuple[float, bool] | None = None
    for i, c in enumerate(options):
        first, last = c.earliest, c.latest
        if first <= dct and (past < 0 or first > options[past].earliest):  # type: ignore[operator]
            past = i  # the latest reading that starts on or before the DCT
        if earliest < 0 or first < options[earliest].earliest:  # type: ignore[operator]
            earliest = i
        if last >= dct and (future_far < 0 or last < options[future_far].latest):  # type: ignore[operator]
            future_far = i  # the earliest reading that ends on or after it
        if latest < 0 or last > options[latest].latest:  # type: ignore[operator]
            latest = i
        ahead = first > dct  # type: ignore[operator]
        key = (distances[i] * (weight if ahead else 1), ahead)
        if nearest_key is None or key < nearest_key:
            nearest, nearest_key = i, key
    started = past >= 0
    past = past if started else earliest  # none started: the earliest
    future_far = future_far if future_far >= 0 else latest  # none unended: the latest
    return _Choices(options[past], started, _unless_far(past, options, distances),
                    _unless_far(future_far, options, distances), options[future_far], options[nearest])


def _chosen(choices: _Choices, ctx: Context) -> Resolved:
    """The reading the clause's tense picks; the clause is read only when the tenses disagree."""
    if choices.agreed is not None:
        return choices.agreed
    direction = ctx.direction
    if direction == "past":
        return choices.past if choices.started and ctx.dated_by_verb() else choices.past_or_near
    if direction == "future":
        return choices.future_far if _gone(choices, ctx) else choices.future
    return choices.nearest


# Days: a story is often filed days after it was written ("will open on Nov. 10" dated Nov. 15), so a date this
# close behind the DCT still answers a future verb; one further back does not ("will visit in December", Jan. 10)
_FILED_LATE = 7


def _gone(choices: _Choices, ctx: Context) -> bool:
    """Whether a future verb right before the date puts it a year ahead: the near reading, which a far tense
    reading yields to, lies more than ``_FILED_LATE`` days behind the DCT."""
    near = choices.future
    if near is choices.future_far or near.latest is None or ctx.dct is None:
        return False
    return (ctx.dct - near.latest).days > _FILED_LATE and ctx.dated_by_verb()


# Days: a tense's reading this far from the DCT yields to one this NEAR it (narrative mode reads NEAR too)
_FAR, NEAR = 200, 31
_FAR_GRAINS = frozenset({"day", "month"})


def _unless_far(best: int, options: list[Resolved], distances: list[int]) -> Resolved:
    """The tense's reading (``options[best]``), unless it lies most of a year away while another lies within weeks
    (``distances``: each reading's days from the DCT).

    "The offer was extended to Nov. 16" (DCT Nov. 2): the past tense is the extending, the date is
    the deadline two weeks ahead, not a day eleven months back. Months alike: a narrative anchored
    to January 1945 that goes on "and seized Manila in March" means the March just ahead.
    """
    if options[best].granularity not in _FAR_GRAINS or distances[best] <= _FAR:
        return options[best]
    near = [i for i, distance in enumerate(distances) if distance <= NEAR]
    return options[min(near, key=distances.__getitem__)] if near else options[best]


def _distance(c: Resolved, dct: dt.date) -> int:
    """Days from the DCT to the nearest day of the closed interval ``c`` (0 inside it): one subtraction, as
    the nearer end is the first one after the DCT and the last one before it."""
    if dct < c.earliest:  # type: ignore[operator]
        return (c.earliest - dct).days  # type: ignore[operator]
    return (dct - c.latest).days if dct > c.latest else 0  # type: ignore[operator]
