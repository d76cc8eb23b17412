"""Phase 2: anchor phase-1 values to the DCT, the clause's tense and the reference time.

One function per value type (``functools.singledispatch``). Each returns a
:class:`~timeline.timex.calendar.Resolved` (TIMEX3 value, day interval,
granularity). The reference time is the last date the text itself fixed; "a
week later" counts from it, "two days ago" from the DCT.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import singledispatch
from typing import TYPE_CHECKING, NamedTuple

from timeline.timex.calendar import (Resolved, day_interval, grain_interval, month_interval, part_interval, safe_date,
                                     shift, year_interval)
from timeline.timex.anchor_reference import (around_reference, day_of_dct_month, day_of_dct_month_shifted,
                                              day_of_reference_month, reference_year,
                                             strict_reading)
from timeline.timex.settings import TimexSettings
from timeline.timex.tense import Tense
from timeline.timex.tense_pick import pick, pick_quarter
from timeline.timex.earnings import quarter_shifted
from timeline.timex.values import CalendarDate, Weekday, YearPart

if TYPE_CHECKING:  # only named in a signature: the clause's module imports the tense modules, as this one does
    from timeline.timex.clauses import Clause


def _no_verb() -> bool:
    return False


class Context(NamedTuple):
    """What anchoring one mention may read: DCT, clause tense, reference time, settings.

    The tense is read from the text only when a value asks for it (``tense_of``),
    since most expressions (years, durations) never do.

    A named tuple, immutable as a frozen dataclass is but built for a third of its cost: one Context is
    built per mention, and the dataclass (its fields stored through ``object.__setattr__``, then as one
    ``__dict__``) cost 2 us, 5% of anchoring a TBAQ pass. A changed copy is ``ctx._replace(ref=None)``.
    """

    dct: dt.date | None
    tense_of: Callable[[], Tense | None]
    ref: Resolved | None
    settings: TimexSettings
    quarter: Resolved | None = None  # the last quarter the text named: "a year ago" in earnings news
    dated_by_verb: Callable[[], bool] = _no_verb  # a past verb right before it: "was sentenced on Jan. 10"
    era: Resolved | None = None  # the decade or century the text last named, when that was its last date
    clause: Clause | None = None  # the clause's other readers: a year it names for the date (tense_years)

    @property
    def tense(self) -> Tense | None:
        """The tense of the clause around the expression."""
        return self.tense_of()

    @property
    def direction(self) -> str:
        """past, future or nearest: the clause's tense, else the settings' default.

        A narrative's tense is that of its telling: there the nearest reading wins.
        """
        if self.settings.anchoring == "narrative":
            return "nearest"
        if self.tense in {"past", "future"}:
            return self.tense  # type: ignore[return-value]
        return self.settings.default_tense


@singledispatch
def anchor(value: object, ctx: Context) -> Resolved | None:
    """The TIMEX3 value and interval of one phase-1 value (None: drop it).

    >>> ctx = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: None, ref=None, settings=TimexSettings())
    >>> anchor(CalendarDate(month=11, day=12), ctx).value
    '2018-11-12'
    """
    raise TypeError(f"no anchoring for {type(value).__name__}")



def _calendar_reading(value: CalendarDate, year: int) -> Resolved | None:
    if value.month is None:
        return year_interval(year)
    if value.day is None:
        return month_interval(year, value.month)
    day = safe_date(year, value.month, value.day)
    return day_interval(day) if day else None


@anchor.register
def _(value: CalendarDate, ctx: Context) -> Resolved | None:
    year = value.year
    if year is not None and value.two_digit_year:
        year = _century_for(year, ctx.dct)
    if year is None and value.year_shift is not None and ctx.dct is not None:
        year = ctx.dct.year + value.year_shift
    if value.dct_month_shift is not None:
        return day_of_dct_month_shifted(value.day, value.dct_month_shift, ctx.dct)  # type: ignore[arg-type]
    if value.of_reference_month and value.bare_ordinal and ctx.ref is None:
        return day_of_dct_month(value.day, ctx)  # type: ignore[arg-type]
    if value.of_reference_month:
        return day_of_reference_month(value.day, ctx.ref)  # type: ignore[arg-type]
    if year is None and value.of_reference_year:
        year = reference_year(value, ctx)
    if year is not None:
        return _calendar_reading(value, year)
    if value.direction in {"before_ref", "after_ref"}:
        return around_reference(lambda y: _calendar_reading(value, y), value.direction, ctx) or _yearless(value)
    if ctx.dct is None:
        return _yearless(value)
    named = ctx.clause.year_named() if ctx.clause is not None and value.direction == "auto" else None
    if named is not None:  # "on Oct. 27 in 2019": the year written after the date is its own, whatever the tense
        return _calendar_reading(value, named.of(ctx.dct.year))
    readings = [r for r in (_calendar_reading(value, y) for y in _candidate_years(value, ctx.dct.year)) if r]
    if value.direction != "auto":  # "last October": strictly before the DCT's month
        return strict_reading(readings, value.direction, ctx.dct) or _yearless(value)
    return pick(readings, ctx) or _yearless(value)


def _candidate_years(value: CalendarDate, year: int) -> range:
    """The years a yearless date may fall in, around the DCT's ``year``.

    Four either side, so that 29 February finds its leap year. Any other date recurs every year, and
    no rule that picks among the readings (:func:`pick`, ``strict_reading``) can choose one more than a
    year from the DCT's when the year before and after it are there: those three suffice, a third of the work.

    >>> _candidate_years(CalendarDate(month=2, day=29), 2018), _candidate_years(CalendarDate(month=3), 2018)
    (range(2014, 2023), range(2017, 2020))
    """
    reach = 4 if value.month == 2 and value.day == 29 else 1
    return range(year - reach, year + reach + 1)


def anchor_range_end(value: object, first: Resolved, ctx: Context) -> Resolved | None:
    """The second end of a range: a yearless date takes the first reading on or after the first end; a bare
    weekday after a first end that is a day takes the first such day after it ("opens Monday through
    Friday": the Monday ahead, then that week's Friday), when the tense would put it before the first end
    or the first end lies within a week of the DCT. Otherwise it keeps its own reading: in "from Sept. 14
    to Thursday", said in November, it is the Thursday of the DCT's week.

    >>> ctx = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: "future", ref=None, settings=TimexSettings())
    >>> anchor_range_end(Weekday(weekday=5), day_interval(dt.date(2018, 11, 19)), ctx).value
    '2018-11-23'
    """
    if isinstance(value, Weekday) and value.date is None and value.direction == "auto" \
            and first.granularity == "day" and first.earliest is not None:
        alone = anchor(value, ctx)
        reversed_ = alone is not None and alone.earliest is not None and alone.earliest <= first.earliest
        near = ctx.dct is not None and abs((first.earliest - ctx.dct).days) <= 7
        return _weekday_after(value, first.earliest) if reversed_ or near else alone
    if not isinstance(value, CalendarDate) or value.year is not None or first.earliest is None:
        return anchor(value, ctx)
    start = first.earliest
    readings = [_calendar_reading(value, y) for y in (start.year, start.year + 1)]
    after = [r for r in readings if r is not None and r.latest is not None and r.latest >= start]
    return min(after, key=lambda r: r.latest) if after else anchor(value, ctx)  # type: ignore[arg-type,return-value]


def span_under_way(values: tuple[object, object], first: Resolved, last: Resolved,
                   dct: dt.date | None) -> tuple[Resolved, Resolved] | None:
    """Both ends of a yearless span read ahead of the DCT, a year back, when that occurrence holds the DCT.

    A span told in the present or the future that is going on at the telling is the one under way:
    "Hurricane season runs from June 1 to Nov. 30", said on 20 August 2018, is this year's season,
    not the next. A span read in the past, or whose last occurrence ended before the DCT, is left.

    Parameters
    ----------
    values : (CalendarDate, CalendarDate)
        The two ends as written; both must be yearless months or days.
    first, last : Resolved
        Their readings.
    dct : datetime.date or None

    Returns
    -------
    (Resolved, Resolved) or None
        The two ends a year back, or None to keep the readings.

    Examples
    --------
    >>> d = dt.date
    >>> ends = (CalendarDate(month=6, day=1), CalendarDate(month=11, day=30))
    >>> [r.value for r in span_under_way(ends, day_interval(d(2019, 6, 1)), day_interval(d(2019, 11, 30)),
    ...                                  d(2018, 8, 20))]
    ['2018-06-01', '2018-11-30']
    >>> span_under_way(ends, day_interval(d(2019, 6, 1)), day_interval(d(2019, 11, 30)), d(2018, 12, 20)) is None
    True
    """
    if dct is None or first.earliest is None or last.latest is None or first.earliest <= dct \
            or not all(_written_without_year(v) for v in values):
        return None
    earlier = (_calendar_reading(values[0], first.earliest.year - 1),  # type: ignore[arg-type]
               _calendar_reading(values[1], last.latest.year - 1))  # type: ignore[arg-type]
    if earlier[0] is None or earlier[1] is None or earlier[0].earliest is None or earlier[1].latest is None \
            or not earlier[0].earliest <= dct <= earlier[1].latest:
        return None
    return earlier[0], earlier[1]


def _written_without_year(value: object) -> bool:
    """A month or day named with no year nor word that places it ("June 1", "November"; not "last June")."""
    return isinstance(value, CalendarDate) and value.year is None and value.month is not None \
        and value.direction == "auto" and value.year_shift is None and not value.of_reference_year


def _weekday_after(value: Weekday, start: dt.date) -> Resolved:
    """The first day of ``value``'s weekday after ``start``, with its part of day ("through Friday night"): a
    range's two ends name two days ("from Friday to Friday" is a week)."""
    day = start + dt.timedelta(days=(value.weekday - start.isoweekday()) % 7 or 7)
    if value.part_of_day:
        return Resolved(f"{day.isoformat()}T{value.part_of_day}", day, day, "day")
    return day_interval(day)


def _century_for(two_digits: int, dct: dt.date | None) -> int:
    """'97 -> 1997, '05 -> 2005: the century putting the year nearest the DCT (or 1950-2049)."""
    base = dct.year if dct else 2000
    options = [c + two_digits for c in (base // 100 * 100 - 100, base // 100 * 100, base // 100 * 100 + 100)]
    return min(options, key=lambda y: (abs(y - base), y > base))


def _yearless(value: CalendarDate) -> Resolved:
    month = f"{value.month:02d}" if value.month else "XX"
    text = f"XXXX-{month}" + (f"-{value.day:02d}" if value.day else "")
    return Resolved(text, None, None, "day" if value.day else "month")


@anchor.register
def _(value: YearPart, ctx: Context) -> Resolved | None:
    if value.part == "QX":
        return _quarter_reference(value, ctx)
    if value.year is not None:
        return part_interval(value.year, value.part)
    year = reference_year(value, ctx) if value.of_reference_year else None
    if year is not None:
        return part_interval(year, value.part)
    if value.direction in {"before_ref", "after_ref"}:
        found = around_reference(lambda y: part_interval(y, value.part), value.direction, ctx)
        if found is not None:
            return found
    if ctx.dct is None:
        return Resolved(f"XXXX-{value.part}", None, None, _part_grain(value.part))
    if value.shift is not None:
        # "this winter" said in January or February is the winter running, which began the December before
        running = value.shift == 0 and value.part == "WI" and ctx.dct.month <= 2
        return part_interval(ctx.dct.year + value.shift - running, value.part)
    readings = [r for r in (part_interval(y, value.part) for y in range(ctx.dct.year - 2, ctx.dct.year + 2)) if r]
    if value.direction != "auto":
        return strict_reading(readings, value.direction, ctx.dct) if value.direction == "future" else max(
            (r for r in readings if r.earliest <= ctx.dct), key=lambda r: r.earliest)  # type: ignore[operator]
    if value.part[0] == "Q":
        return pick_quarter(readings, ctx)
    return pick(readings, ctx)


def _part_grain(part: str) -> str:
    return "quarter" if part[0] == "Q" else "half" if part[0] == "H" else "season"


def _quarter_reference(value: YearPart, ctx: Context) -> Resolved | None:
    """"the quarter", "the latest quarter", "next quarter": from the text's quarter, else the DCT's."""
    if value.reference and value.year is not None:  # "the 1988 quarter": the text's quarter, in 1988
        part = ctx.quarter.value[-2:] if ctx.quarter is not None else None
        return part_interval(value.year, part) if part else year_interval(value.year)
    if value.reference and value.shift is not None and ctx.quarter is not None and ctx.quarter.earliest:
        return quarter_shifted(ctx.quarter, value.shift) or part_interval(ctx.quarter.earliest.year + value.shift,
                                                                           ctx.quarter.value[-2:])  # a year back
    ended = ctx.quarter is not None and (ctx.dct is None or ctx.quarter.latest < ctx.dct)  # type: ignore[operator]
    if value.reference and ctx.quarter is not None and (value.direction != "past" or ended):
        return ctx.quarter
    if ctx.dct is None:
        return Resolved("XXXX-QX", None, None, "quarter")
    if value.reference:  # news reports on the quarter that has just ended
        ended = shift(ctx.dct, "quarter", -1) or ctx.dct
        return grain_interval("quarter", shift(ended, "year", value.shift) or ended if value.shift else ended)
    moved = shift(ctx.dct, "quarter", value.shift or 0)
    return grain_interval("quarter", moved) if moved else None


# The relative values (Relative, Offset, Duration, ...), the named days (Weekday, Deictic, Clock, ...) and the eras
# and BC dates register their anchoring there.
from timeline.timex import anchor_days as _days  # noqa: E402,F401
from timeline.timex import anchor_eras as _eras  # noqa: E402,F401
from timeline.timex import anchor_relative as _relative  # noqa: E402,F401
