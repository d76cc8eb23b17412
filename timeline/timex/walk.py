"""Phase 2's walk: anchor a text's mentions in order, carrying what each one tells the next.

Each mention is anchored alone by :func:`timeline.timex.anchoring.anchor`; what ties them is here:
the reference time (the last date the text fixed: "the following week"), the era it last named
("the 1960s ... the following decade"), the quarter earnings news compares with ("a year ago"),
the first end of each range, and in narrative mode the :class:`~timeline.timex.narrative.Story`.
Apart from :mod:`timeline.timex.extract` (the public API, which builds the Timex models) because
this is the one stateful algorithm of the stage, a fold over the mentions. Which day a weekday
counts from when the text tells another now than the DCT (a dated saying, a quotation's
attribution, an opening condition) is read in :mod:`timeline.timex.walk_sayings`.

>>> import datetime as dt
>>> from timeline.timex.recognise import recognise
>>> from timeline.timex.settings import TimexSettings
>>> text = "Talks began on 3 March 2010. The following week they failed."
>>> [r.value for _, r in anchor_mentions(text, recognise(text), dt.date(2018, 11, 15), TimexSettings())]
['2010-03-03', '2010-W10']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from timeline.timex.anchoring import Context, anchor, anchor_range_end, span_under_way
from timeline.timex.asides import anterior, habitual, reached, speaker_deictic
from timeline.timex.calendar import Resolved
from timeline.timex.clauses import Clause, once
from timeline.timex.narrative import Story, moves_story
from timeline.timex.range_ends import imposed_ahead, past_midnight, past_week, told_night
from timeline.timex.refine import narrow_to_edge, ordinal_in_tense
from timeline.timex.settings import TimexSettings
from timeline.timex.tense import OwnClause, Tense
from timeline.timex.values import (CalendarDate, Clock, Duration, Mention, Offset, Recurrence, Reference, Relative, Weekday,
                                   YearPart)
from timeline.timex.walk_sayings import after_condition, rescheduled, said_after_quote, told_on
from timeline.timex.walk_untold import untold_that_unit
from timeline.timex.walk_years import in_year_told, reported_before

_ERA_GRAINS = frozenset({"decade", "century"})
_REFERENCE_GRAINS = frozenset({"day", "week", "month", "quarter", "half", "season", "year"})


def anchor_mentions(text: str, mentions: list[Mention], dct: dt.date | None,
                    settings: TimexSettings) -> list[tuple[Mention, Resolved]]:
    """Each mention of ``text`` that anchors, with its reading, in order (a mention that reads nothing is left out).

    Parameters
    ----------
    text : str
        The text the mentions were recognised in (its clauses are read for tense).
    mentions : list of Mention
        Phase 1's mentions, sorted by position.
    dct : datetime.date or None
        The document creation time's day (narrative mode: the story's start).
    settings : TimexSettings

    Returns
    -------
    list of (Mention, Resolved)

    Examples
    --------
    >>> from timeline.timex.recognise import recognise
    >>> text = "Talks ran Monday through Friday."
    >>> [r.value for _, r in anchor_mentions(text, recognise(text), dt.date(2018, 11, 15), TimexSettings())]
    ['2018-11-05', '2018-11-09']
    """
    out: list[tuple[Mention, Resolved]] = []
    # what later mentions count from: the reference time (the last date the text fixed), the decade or century
    # last named while no finer date followed, the last reported quarter ("up 5% from a year ago")
    ref: Resolved | None = None
    era: Resolved | None = None
    quarter: Resolved | None = None
    first_at: dict[int, int] = {}  # where in ``out`` each range's first end stands
    first_clause: dict[int, Clause] = {}  # and its clause, whose tense the range's second end reads again
    story = Story(anchor=dct) if settings.anchoring == "narrative" else None
    untold = story
    said: list[tuple[Mention, dt.date]] = []  # the day-precise dates so far, of which the last dating a saying counts
    for index, mention in enumerate(mentions):
        value = mention.value
        # "'... tomorrow'" counts from a speaker's now the story does not give; while the story is still at the
        # DCT given, the quote is the article's own ("'We meet next week,' he said" in a report)
        speaker = story is not None and (dct is None or story != untold) \
            and speaker_deictic(text, mention.start, value)
        clause = Clause(text, mention, settings.tense_window)
        kind = _kind(type(value))
        told = told_on(text, said, mention, kind.weekday, kind.clock) if story is None and said else None
        if told is None and story is None and kind.weekday and dct is not None:
            told = said_after_quote(text, mentions, index, dct, settings) or after_condition(text, out, mention, dct)
        # in Context's field order (dct, tense_of, ref, settings, quarter, dated_by_verb, era, clause): by keyword
        # the named tuple's construction cost twice as much (0.8 us more, of the ~8 the walk spends on each mention)
        ctx = Context(None if speaker else told or dct, clause.tense, ref, settings, quarter, clause.dated_by_verb, era,
                      clause)
        at = first_at.get(mention.group) if mention.group is not None else None
        # "from the 13th to the 19th": the 19th is of the month the text named, not a year
        first = None if at is None or kind.calendar and value.month is None else out[at][1]
        if first is not None and kind.weekday and not rescheduled(text, out[at][0].start):  # type: ignore[index]
            # "bought from Sept. 14 to Thursday": the range is one phrase of one clause, so a weekday ending it with
            # no cue of its own ("to" names the end, no deadline) reads the tense of the clause its first end is in
            ctx = ctx._replace(tense_of=_shared_tense(clause, first_clause[mention.group]))  # type: ignore[index]
        try:
            resolved = anchor_range_end(value, first, ctx) if first else _anchor(
                in_year_told(text, mention, out) if kind.calendar else value, ctx)
        except (OverflowError, ValueError):  # a DCT at the edge of the calendar (year 1 or 9999)
            continue
        if resolved is None:
            continue
        if story is None and ref is None and kind.offset:
            resolved = untold_that_unit(mention, clause.tense) or resolved  # "Later that week, he flew home."
        if first is not None:
            resolved = past_midnight(value, first, resolved)
            if story is None:
                resolved = _week_back(text, out, at, first_clause[mention.group], value, first,  # type: ignore[index]
                                      resolved, dct)  # type: ignore[arg-type]
                resolved = _under_way(out, at, value, first, resolved, dct)  # type: ignore[arg-type]
        if story is None:
            if kind.calendar:
                resolved = ordinal_in_tense(value, resolved, dct, clause.tense, ref is not None)
            resolved = narrow_to_edge(mention, resolved, dct, kind.relative)
        else:
            resolved, story = _in_story(story, text, mention, resolved, speaker, clause, settings, dct, kind.relative)
            dct = story.anchor  # the story's present is the DCT of what follows
        if story is None and out and (kind.relative or kind.weekday or kind.calendar):
            moved = reported_before(text, out, mention, resolved)  # "will report third-quarter results next week"
            if moved is not None:
                out[-1] = moved
        if mention.group is not None and at is None:
            first_at[mention.group] = len(out)
            first_clause[mention.group] = clause
        out.append((mention, resolved))
        if story is None and resolved.granularity == "day" and resolved.earliest is not None \
                and resolved.earliest == resolved.latest:
            said.append((mention, resolved.earliest))
        ref, era, quarter = _told_after(ctx, mention, resolved, kind, dct)
    return out


def _shared_tense(clause: Clause, first: Clause) -> Callable[[], Tense | None]:
    """The tense a range's second end reads: its own clause's, else its first end's (one clause holds both ends).

    >>> from timeline.timex.values import CalendarDate, Mention, Weekday
    >>> text = "The stock rose from Oct. 2 to Wednesday."
    >>> first = Clause(text, Mention(start=20, end=26, text="Oct. 2", value=CalendarDate(month=10, day=2),
    ...                              rule="month-day"), 8)
    >>> end = Clause(text, Mention(start=30, end=39, text="Wednesday", value=Weekday(weekday=3), rule="weekday"), 8)
    >>> end.tense(), _shared_tense(end, first)()
    (None, 'past')
    """
    return once(lambda: clause.tense() or first.tense())


def _anchor(value: object, ctx: Context) -> Resolved | None:
    """``anchor(value, ctx)``, through the function registered for the value's own type when there is one.

    What singledispatch would call, found without its wrapper, which looks its cache up through a
    new weak reference at every call (a tenth of anchoring a year); a type not registered itself
    (a subclass) goes through the wrapper.
    """
    impl = anchor.registry.get(type(value))
    return anchor(value, ctx) if impl is None else impl(value, ctx)


def _week_back(text: str, out: list[tuple[Mention, Resolved]], at: int, clause: Clause, value: object,
               first: Resolved, resolved: Resolved, dct: dt.date | None) -> Resolved:
    """A weekday range told in the past, moved a week back (:func:`~timeline.timex.range_ends.past_week`): its
    first end is rewritten in ``out``, its second returned. The range's clause is its first end's: "ran Monday
    through Friday" ("through" ends no clause of its own): ``clause``, built once for the first end (its tense
    read once, cached)."""
    first_mention = out[at][0]
    moved = past_week((first_mention.value, value), first, resolved, dct, clause.tense,
                      lambda: imposed_ahead(text, first_mention.start),  # "was banned from Sept. 1 until": decided
                      # "met from 9 p.m. to 2 a.m.": the night a past verb tells, a day back
                      lambda: told_night(text, first_mention.start, clause.dated_by_verb))
    if moved is None:
        return resolved
    out[at] = (first_mention, moved[0])
    return moved[1]


def _under_way(out: list[tuple[Mention, Resolved]], at: int, value: object, first: Resolved, resolved: Resolved,
               dct: dt.date | None) -> Resolved:
    """A yearless span read ahead, moved to the occurrence under way when that one holds the DCT
    (:func:`~timeline.timex.anchoring.span_under_way`): its first end is rewritten in ``out``, its second returned."""
    moved = span_under_way((out[at][0].value, value), first, resolved, dct)
    if moved is None:
        return resolved
    out[at] = (out[at][0], moved[0])
    return moved[1]


def _in_story(story: Story, text: str, mention: Mention, resolved: Resolved, speaker: bool, clause: Clause,
              settings: TimexSettings, dct: dt.date | None, deictic: bool) -> tuple[Resolved, Story]:
    """Narrative mode: the reading placed in the story, narrowed to its edge word, and the story after it."""
    # one clause read for both aspects, each only if asked: "had met, in 1614"; "would follow him on 16 October"
    # ("In April the men would march every day" is a habit, not a future in the past)
    own = OwnClause(text, mention.start, mention.end, settings.tense_window)
    flashback = once(own.past_perfect)
    ahead = once(lambda: own.future_in_past() and not habitual(text, mention.start, mention.end))
    if not speaker:
        # "After they had taken the town on 10 March, ...": before the main clause, not before the present
        resolved = story.place(mention.value, resolved, reached=reached(text, mention.start), ahead=ahead,
                               flashback=lambda: not anterior(text, mention.start) and flashback())
    resolved = narrow_to_edge(mention, resolved, dct, deictic)
    if moves_story(text, mention.start, mention.end, resolved, clause.tense, story=story, flashback=flashback,
                   ahead=ahead):
        story = story.after(resolved, mention.value)
    return resolved, story


def _told_after(ctx: Context, mention: Mention, resolved: Resolved, kind: _Kind,
                dct: dt.date | None) -> tuple[Resolved | None, Resolved | None, Resolved | None]:
    """The reference time, era and quarter (``ctx``'s before it) once ``mention`` reads ``resolved``: dates the
    text fixes become the reference time."""
    ref, era, quarter = ctx.ref, ctx.era, ctx.quarter
    if kind.duration and _longer_period(mention):
        quarter = None  # "for the nine months ... a year earlier": that period, not the quarter, a year back
    sets_reference = _sets_reference(mention, resolved, kind)
    if resolved.granularity in _ERA_GRAINS and resolved.earliest is not None and not kind.counted:
        era = resolved
    elif sets_reference:
        era = None
    if sets_reference:
        ref = resolved
        if kind.yearpart and resolved.granularity == "quarter" \
                and (_ended(resolved, dct) or ctx.tense == "past"):  # a fiscal fourth quarter may have ended
            quarter = resolved
    return ref, era, quarter


def _ended(resolved: Resolved, dct: dt.date | None) -> bool:
    """Whether a period has ended by the DCT: only a reported quarter is what "a year ago" compares with.

    "Losses will go on through the third quarter of 1990" names a quarter ahead, not the one the
    figures of the article are for.
    """
    return dct is None or (resolved.latest is not None and resolved.latest < dct)


class _Kind(NamedTuple):
    """Which of the value classes the driver tells apart a value's type is, or derives from."""

    calendar: bool  # CalendarDate
    relative: bool  # Relative
    duration: bool  # Duration
    offset: bool  # Offset
    yearpart: bool  # YearPart
    unplaced: bool  # Duration, Recurrence or Reference: never the reference time
    counted: bool  # those and Offset: never the era the text names
    weekday: bool  # Weekday
    clock: bool  # Clock


@lru_cache(maxsize=64)
def _kind(cls: type) -> _Kind:
    """What ``isinstance`` says of a value of type ``cls`` against each class the driver tells apart, asked once
    per type: on a pydantic model class it goes through ABCMeta (0.15 us a miss), and a calendar date missed nine
    tests per mention. A pure function of the class, cached for the twenty-odd value types.

    >>> _kind(CalendarDate).calendar, _kind(Duration).counted, _kind(Offset).unplaced
    (True, True, False)
    """
    unplaced = issubclass(cls, (Duration, Recurrence, Reference))
    return _Kind(issubclass(cls, CalendarDate), issubclass(cls, Relative), issubclass(cls, Duration),
                 issubclass(cls, Offset), issubclass(cls, YearPart), unplaced, unplaced or issubclass(cls, Offset),
                 issubclass(cls, Weekday), issubclass(cls, Clock))


def _longer_period(mention: Mention) -> bool:
    """A span of several months other than a quarter ("the first nine months", "the six months ended")."""
    value = mention.value
    return isinstance(value, Duration) and value.unit == "month" and value.count is not None and value.count > 3


def _sets_reference(mention: Mention, resolved: Resolved, kind: _Kind) -> bool:
    """Dates the text fixes become the reference time; dates counted from it, and vague ones, do not."""
    value = mention.value
    if kind.unplaced:
        return False
    if kind.offset and (value.anchor == "ref" or resolved.granularity in {"quarter", "year"}):  # type: ignore[attr-defined]
        return False  # "a year ago ... a year earlier" in earnings news: the same year, not two back
    if kind.yearpart and value.reference:  # type: ignore[attr-defined]
        return False
    return resolved.earliest is not None and resolved.granularity in _REFERENCE_GRAINS
