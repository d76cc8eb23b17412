"""Phase 2 driver: anchor every recognised mention and build the shared :class:`Timex` models."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple, TypeVar

from timeline.models import DocumentTime, Frozen, Timex
from timeline.timex.anchoring import Context, anchor, anchor_range_end
from timeline.timex.asides import anterior, habitual, reached, speaker_deictic
from timeline.timex.calendar import PERIOD_VALUE, Resolved, day_interval, edge_interval, safe_date
from timeline.timex.narrative import Story, moves_story
from timeline.timex.recognise import recognise
from timeline.timex.settings import TimexSettings
from timeline.timex.tense import Tense, clause_tense, dated_by_past_verb, future_in_past, past_perfect
from timeline.timex.tokens import CompactView, readable
from timeline.timex.uncertain import dct_bounds, merge_readings
from timeline.timex.values import (CalendarDate, Clock, Duration, Mention, Offset, Recurrence, Reference, Relative,
                                   Weekday, YearPart)

_T = TypeVar("_T")
_CLOCK = re.compile(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}T")
_ERA_GRAINS = frozenset({"decade", "century"})
_REFERENCE_GRAINS = frozenset({"day", "week", "month", "quarter", "half", "season", "year"})


def extract_timexes(text: str, dct: dt.date | DocumentTime | None, *,
                    settings: TimexSettings | None = None) -> list[Timex]:
    """The temporal expressions of ``text`` with TIMEX3 values and day intervals.

    Parameters
    ----------
    text : str
        Any string (an article's story); junk or binary input gives an empty or short list.
        Tokenized text ("April 28 , 2003 .", "Apple 's") is read as the sentence it was made
        from, Unicode spaces and hyphens as ASCII ones, zero-width characters as nothing, and a
        hard wrap's line break as a space (:func:`~timeline.timex.tokens.readable`); spans and
        words stay those of ``text``.
    dct : datetime.date, DocumentTime or None
        The document creation time. Without it, relative expressions get
        underspecified values (``XXXX-WXX``, ``PAST_REF``) and no interval;
        absolute ones still resolve. A :class:`~timeline.models.DocumentTime`
        known only as an interval resolves what reads the same from its first
        and its last day ("last month" when both lie in one month); a reading
        that moves with the DCT ("yesterday") spans both readings when the DCT's
        uncertainty is at most 31 days, else stays unanchored.
    settings : TimexSettings, optional

    Returns
    -------
    list of Timex
        Sorted by ``start``; spans never overlap and lie inside ``text``. The two
        ends of a range are two timexes (TimeML practice); see :func:`extract_ranges`.

    Examples
    --------
    >>> import datetime as dt
    >>> [t.value for t in extract_timexes("Talks will resume on Sunday, two years after the 1990s.", dt.date(2018, 11, 15))]
    ['2018-11-18', 'P2Y', '199']
    >>> extract_timexes("She left last month.", None)[0].value
    'XXXX-XX'
    >>> from timeline.models import DocumentTime
    >>> november = DocumentTime(earliest=dt.date(2018, 11, 3), latest=dt.date(2018, 11, 28))
    >>> [(t.value, str(t.earliest)) for t in extract_timexes("She left last month and came back yesterday.", november)]
    [('2018-10', '2018-10-01'), ('2018-11-XX', '2018-11-02')]
    >>> [(t.text, t.start, t.value) for t in extract_timexes("It opened on April 28 , 2003 .", dt.date(2008, 1, 9))]
    [('April 28 , 2003', 13, '2003-04-28')]
    >>> [(t.text, t.value) for t in extract_timexes("They met on Nov.\u00a018, 2018.", dt.date(2018, 11, 19))]
    [('Nov.\\xa018, 2018', '2018-11-18')]
    """
    settings = settings or TimexSettings()
    view = readable(text)
    if view is None:
        return [timex for timex, _ in _anchored(text, dct, settings)]
    return [_mapped(timex, text, view) for timex, _ in _anchored(view.text, dct, settings)]


def _mapped(timex: Timex, text: str, view: CompactView) -> Timex:
    """``timex``, found in the view of ``text`` the rules read, with its span and words in ``text`` itself."""
    start, end = view.span(timex.start, timex.end)
    return timex.model_copy(update={"start": start, "end": end, "text": text[start:end]})


def _anchored(text: str, dct: dt.date | DocumentTime | None, settings: TimexSettings) -> list[tuple[Timex, Mention]]:
    """Every mention with its Timex: anchored to the DCT's day, or merged from its first and last day."""
    mentions = recognise(text, settings)
    first, last = dct_bounds(dct)
    if first == last:
        return [(_timex(m, r), m) for m, r in _anchor_all(text, mentions, first, settings)]
    early, late, bare = (dict(((m.start, m.end), r) for m, r in _anchor_all(text, mentions, day, settings))
                         for day in (first, last, None))
    out = []
    for mention in mentions:
        key = (mention.start, mention.end)
        if key in early and key in late:
            resolved = merge_readings(early[key], late[key], bare.get(key), (last - first).days)  # type: ignore[operator]
        else:
            resolved = bare.get(key)
        if resolved is not None:
            out.append((_timex(mention, resolved), mention))
    return out


def _anchor_all(text: str, mentions: list[Mention], dct: dt.date | None,
                settings: TimexSettings) -> list[tuple[Mention, Resolved]]:
    out: list[tuple[Mention, Resolved]] = []
    ref: Resolved | None = None
    era: Resolved | None = None  # the decade or century last named, while no finer date followed: "the following decade"
    quarter: Resolved | None = None
    first_ends: dict[int, Resolved] = {}
    first_index: dict[int, int] = {}  # where in ``out`` each range's first end stands
    story = Story(anchor=dct) if settings.anchoring == "narrative" else None
    untold = story
    for mention in mentions:
        # "'... tomorrow'" counts from a speaker's now the story does not give; while the story is still at the
        # DCT given, the quote is the article's own ("'We meet next week,' he said" in a report)
        speaker = story is not None and (dct is None or story != untold) \
            and speaker_deictic(text, mention.start, mention.value)
        clause = _Clause(text, mention, settings.tense_window)
        ctx = Context(dct=None if speaker else dct, tense_of=clause.tense, ref=ref, settings=settings,
                      quarter=quarter, era=era, dated_by_verb=clause.dated_by_verb)
        kind = _kind(type(mention.value))
        first = first_ends.get(mention.group) if mention.group is not None else None
        if kind.calendar and mention.value.month is None:
            first = None  # "from the 13th to the 19th": the 19th is of the month the text named, not a year
        try:
            resolved = anchor_range_end(mention.value, first, ctx) if first else _anchor(mention.value, ctx)
        except (OverflowError, ValueError):  # a DCT at the edge of the calendar (year 1 or 9999)
            resolved = None
        if resolved is None:
            continue
        if first is not None:
            resolved = _past_midnight(mention.value, first, resolved)
            first_at = first_index[mention.group]
            first_mention = out[first_at][0]
            # the range's clause is its first end's: "ran Monday through Friday" ("through" ends no clause of its own)
            moved = _past_week((first_mention.value, mention.value), first, resolved, dct,
                               _Clause(text, first_mention, settings.tense_window).tense) if story is None else None
            if moved is not None:  # "Talks ran Monday through Friday" on a Thursday: the whole week before
                out[first_at] = (first_mention, moved[0])
                first_ends[mention.group] = moved[0]
                resolved = moved[1]
        if story is None and kind.calendar:
            resolved = _ordinal_in_tense(mention.value, resolved, dct, clause.tense)
        if story is not None:  # news mode never reads these: no reader is built for it
            flashback = _clause_reader(past_perfect, text, mention, settings)  # "had met, in 1614"
            ahead = _clause_reader(_looking_ahead, text, mention, settings)  # "would follow him on 16 October"
            if not speaker:
                # "After they had taken the town on 10 March, ...": before the main clause, not before the present
                resolved = story.place(mention.value, resolved, reached=reached(text, mention.start), ahead=ahead,
                                       flashback=lambda: not anterior(text, mention.start) and flashback())
        resolved = _edges(mention, resolved, dct, kind.relative)
        if mention.group is not None and mention.group not in first_ends:
            first_ends[mention.group], first_index[mention.group] = resolved, len(out)
        out.append((mention, resolved))
        if story is not None and moves_story(text, mention.start, mention.end, resolved, clause.tense,
                                             story=story, flashback=flashback, ahead=ahead):
            story = story.after(resolved, mention.value)
            dct = story.anchor
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
    return out


def _anchor(value: object, ctx: Context) -> Resolved | None:
    """``anchor(value, ctx)``, through the function registered for the value's own type when there is one.

    What singledispatch would call, found without its wrapper, which looks its cache up through a
    new weak reference at every call (a tenth of anchoring a year); a type not registered itself
    (a subclass) goes through the wrapper.
    """
    impl = anchor.registry.get(type(value))
    return anchor(value, ctx) if impl is None else impl(value, ctx)


_BEFORE_NOW, _AFTER_NOW = re.compile(r"(?i)earlier\b"), re.compile(r"(?i)later\b")


def _edges(mention: Mention, resolved: Resolved, dct: dt.date | None, deictic: bool) -> Resolved:
    """Narrow a period to the part its edge word names.

    "earlier this month" ends, "later this year" starts, at the DCT when the DCT lies in the
    period ("later in the month" is later than the text's time, not the DCT's, and keeps its month);
    "early", "mid" and "late" take a half of it (:func:`~timeline.timex.calendar.edge_interval`).
    """
    earliest, latest = resolved.earliest, resolved.latest  # ``deictic``: the value is a Relative
    if deictic and dct is not None and earliest is not None and latest is not None and earliest <= dct <= latest:
        if _BEFORE_NOW.match(mention.text):
            return resolved._replace(latest=dct)
        if _AFTER_NOW.match(mention.text):
            return resolved._replace(earliest=dct)
    mod = mention.value.mod
    return resolved if mod is None else edge_interval(resolved, mod)  # most mentions have no edge word


def _ended(resolved: Resolved, dct: dt.date | None) -> bool:
    """Whether a period has ended by the DCT: only a reported quarter is what "a year ago" compares with.

    "Losses will go on through the third quarter of 1990" names a quarter ahead, not the one the
    figures of the article are for.
    """
    return dct is None or (resolved.latest is not None and resolved.latest < dct)


def _once(compute: Callable[[], _T]) -> Callable[[], _T]:
    """``compute``, run at the first call only: a clause is read once, and only if an anchor asks for it.

    A list, not functools.cache: three readers are made for every mention, and an lru_cache
    wrapper costs more to build than most of them cost to run (7% of extraction on TBAQ).
    """
    seen: list[_T] = []

    def read() -> _T:
        if not seen:
            seen.append(compute())
        return seen[0]
    return read


_UNREAD = object()  # a clause's tense not read yet (None is a tense read: no cue)


class _Clause:
    """The clause around one mention, read from the text only when an anchor asks, and then once.

    Most anchors never ask (years, durations, the DCT's own weekday). One slotted object whose
    bound methods are the readers costs less to build than the closures it replaced (a third of
    the loop of :func:`_anchor_all`).
    """

    __slots__ = ("_text", "_mention", "_window", "_tense")

    def __init__(self, text: str, mention: Mention, window: int) -> None:
        self._text, self._mention, self._window, self._tense = text, mention, window, _UNREAD

    def tense(self) -> Tense | None:
        """The tense of the clause (:func:`~timeline.timex.tense.clause_tense`)."""
        if self._tense is _UNREAD:
            text, mention = self._text, self._mention
            tense = clause_tense(text, mention.start, mention.end, self._window)
            if tense is None and _month_only(mention):  # "in March", far from its verb: read the whole clause
                tense = clause_tense(text, mention.start, mention.end, 2 * self._window)
            self._tense = tense
        return self._tense  # type: ignore[return-value]

    def dated_by_verb(self) -> bool:
        """Whether a past verb stands right before the mention (:func:`~timeline.timex.tense.dated_by_past_verb`)."""
        return dated_by_past_verb(self._text, self._mention.start)


_CLOCK_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$")


def _past_midnight(value: object, first: Resolved, resolved: Resolved) -> Resolved:
    """A dayless clock ending a range is on its first end's day, or the next one when it is earlier
    ("19:00-03:00hrs", "from 9 p.m. Friday to 2 a.m.": 02:00 on Saturday)."""
    start, end = _CLOCK_VALUE.match(first.value), _CLOCK_VALUE.match(resolved.value)
    if not isinstance(value, Clock) or value.day is not None or start is None or end is None \
            or first.earliest is None:
        return resolved
    try:
        day = first.earliest + dt.timedelta(days=1 if end.group(2, 3) < start.group(2, 3) else 0)
    except OverflowError:  # the last day of the calendar
        return resolved
    return Resolved(f"{day.isoformat()}T{end[2]}:{end[3]}", day, day, resolved.granularity)


def _past_week(values: tuple[object, object], first: Resolved, last: Resolved, dct: dt.date | None,
               tense: Callable[[], Tense | None]) -> tuple[Resolved, Resolved] | None:
    """Both ends of a weekday range told in the past, a week back, when its second end would lie after the DCT.

    "Talks ran Monday through Friday", said on Thursday 15 November 2018: Monday reads as the 12th,
    Friday after it as the 16th, still to come; a past verb puts the whole span behind the telling,
    so it is the 5th to the 9th. Only bare weekdays move: a dated end says its own day.

    >>> d = dt.date
    >>> monday_friday = (Weekday(weekday=1), Weekday(weekday=5))
    >>> [r.value for r in _past_week(monday_friday, day_interval(d(2018, 11, 12)), day_interval(d(2018, 11, 16)),
    ...                              d(2018, 11, 15), lambda: "past")]
    ['2018-11-05', '2018-11-09']
    >>> _past_week(monday_friday, day_interval(d(2018, 11, 12)), day_interval(d(2018, 11, 16)),
    ...            d(2018, 11, 16), lambda: "past") is None
    True
    """
    if not all(isinstance(v, Weekday) and v.date is None and v.direction == "auto" for v in values) \
            or dct is None or first.earliest is None or last.earliest is None or first.granularity != "day" \
            or not first.earliest <= dct < last.earliest or (last.earliest - first.earliest).days > 6 \
            or tense() != "past":
        return None
    week = dt.timedelta(days=7)
    return _moved(first, -week), _moved(last, -week)


def _moved(resolved: Resolved, by: dt.timedelta) -> Resolved:
    """A day (with its part of day, "2018-11-16TNI") moved by whole days."""
    day = resolved.earliest + by  # type: ignore[operator]
    return Resolved(day.isoformat() + resolved.value[10:], day, day, resolved.granularity)


def _ordinal_in_tense(value: object, resolved: Resolved, dct: dt.date | None,
                      tense: Callable[[], Tense | None]) -> Resolved:
    """"the 3rd" in a clause whose tense the month the text named contradicts: the nearest such day on the
    tense's side of the DCT ("The board met in October. It will vote on the 3rd." is 3 December, not 3 October)."""
    if not isinstance(value, CalendarDate) or value.month is not None or value.day is None or dct is None \
            or resolved.earliest is None or not value.of_reference_month:
        return resolved
    if resolved.earliest < dct and tense() == "future":
        step = 1
    elif resolved.earliest > dct and tense() == "past":
        step = -1
    else:
        return resolved
    month = dct.year * 12 + dct.month - 1
    for shift in range(0, 13 * step, step):
        day = safe_date((month + shift) // 12, (month + shift) % 12 + 1, value.day)
        if day is not None and (day - dct).days * step >= 0:
            return day_interval(day)
    return resolved


def _looking_ahead(text: str, start: int, end: int, window: int) -> bool:
    """A future in the past that is no habit ("In April the men would march every day" is one)."""
    return future_in_past(text, start, end, window) and not habitual(text, start, end)


def _clause_reader(test: Callable[[str, int, int, int], bool], text: str, mention: Mention,
                   settings: TimexSettings) -> Callable[[], bool]:
    """``test`` of the mention's clause (:func:`past_perfect`, :func:`future_in_past`), read once and only if asked."""
    return _once(lambda: test(text, mention.start, mention.end, settings.tense_window))


def _month_only(mention: Mention) -> bool:
    value = mention.value
    return isinstance(value, CalendarDate) and value.day is None and value.month is not None and value.year is None


def _timex(mention: Mention, resolved: Resolved) -> Timex:
    kind, value = mention.value.timex_type, resolved.value
    # a period starts with "P" and a clock has its "T" after the date: tested first, as most values are neither
    if kind in {"DATE", "TIME"} and value[:1] == "P" and PERIOD_VALUE.match(value):
        kind = "DURATION"
    elif kind == "DATE" and value[10:11] == "T" and _CLOCK.search(value):
        kind = "TIME"
    return _timex_of({"text": mention.text, "start": mention.start, "end": mention.end, "type": kind,
                      "value": resolved.value, "earliest": resolved.earliest, "latest": resolved.latest,
                      "granularity": resolved.granularity, "mod": mention.value.mod})


# Timex(**fields), validated the same, through the model's own validator as Timex.model_validate is: one is built
# per mention, and BaseModel.__init__'s Python frame around the validator costs a quarter of it (2.7 -> 2.0 us)
_timex_of = Timex.__pydantic_validator__.validate_python


class _Kind(NamedTuple):
    """Which of the value classes the driver tells apart a value's type is, or derives from."""

    calendar: bool  # CalendarDate
    relative: bool  # Relative
    duration: bool  # Duration
    offset: bool  # Offset
    yearpart: bool  # YearPart
    unplaced: bool  # Duration, Recurrence or Reference: never the reference time
    counted: bool  # those and Offset: never the era the text names


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
                 issubclass(cls, Offset), issubclass(cls, YearPart), unplaced, unplaced or issubclass(cls, Offset))


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


class TimexRange(Frozen):
    """The two ends of a range ("from 2010 to 2012") and the whole interval they span."""

    first: Timex
    last: Timex
    earliest: dt.date | None = None
    latest: dt.date | None = None


def extract_ranges(text: str, dct: dt.date | DocumentTime | None, *,
                   settings: TimexSettings | None = None) -> list[TimexRange]:
    """The ranges of ``text``: pairs of linked timexes with the interval from the first's start to the last's end.

    >>> import datetime as dt
    >>> r = extract_ranges("The fair runs Nov. 30-Dec. 1.", dt.date(2018, 11, 15))[0]
    >>> (r.first.value, r.last.value, r.earliest.isoformat(), r.latest.isoformat())
    ('2018-11-30', '2018-12-01', '2018-11-30', '2018-12-01')
    """
    settings = settings or TimexSettings()
    view = readable(text)
    ends: dict[int, list[Timex]] = {}
    for timex, mention in _anchored(text if view is None else view.text, dct, settings):
        if mention.group is not None:
            ends.setdefault(mention.group, []).append(timex if view is None else _mapped(timex, text, view))
    ranges = []
    for group in sorted(ends):
        pair = ends[group]
        if len(pair) == 2:
            first, last = pair
            ranges.append(TimexRange(first=first, last=last, earliest=first.earliest, latest=last.latest))
    return ranges
