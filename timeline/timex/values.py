"""Phase-1 values: what a temporal expression says, before any anchoring.

Recognition (phase 1) turns each match into one of these frozen, validated
models; anchoring (phase 2, :mod:`timeline.timex.anchoring`) turns them into
TIMEX3 values and day intervals using the DCT, the clause's tense and the
document's reference time. Nothing here knows the DCT.

>>> CalendarDate(month=11, day=15).year is None
True
>>> Offset(unit="day", count=2, sign=-1, anchor="dct").count
2.0
"""

from __future__ import annotations

from typing import Literal, Union

from pydantic import Field, model_validator

from timeline.models import Frozen, TimexType
from timeline.timex.values_base import COMPOUND_UNITS, Parsed, PartOfDay, RefValue, Unit, YearPartCode

# The most days of each month that has fewer than 31 (February's in a leap year)
_MONTH_DAYS = {2: 29, 4: 30, 6: 30, 9: 30, 11: 30}


class CalendarDate(Parsed):
    """A possibly partial calendar date: any of year, month, day may be missing."""

    kind: Literal["calendar"] = "calendar"
    year: int | None = Field(default=None, ge=1, le=9999)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    two_digit_year: bool = False
    # "last October", "next March"; "the previous April", "the following March": from the text's time
    direction: Literal["auto", "past", "future", "before_ref", "after_ref"] = "auto"
    year_shift: int | None = Field(default=None, ge=-1, le=1)  # "July last year": the DCT's year - 1
    of_reference_year: bool = False  # "August of that year": the year the text last named
    reference_year_shift: int = Field(default=0, ge=-1, le=1)  # "March of the following year": that year + 1
    of_reference_month: bool = False  # "the 28th of that month": a day of the month the text last named
    bare_ordinal: bool = False  # "on the 12th", no month written: with no month named before, the DCT's
    dct_month_shift: int | None = Field(default=None, ge=-1, le=1)  # "the 20th of next month": the DCT's month + 1

    @model_validator(mode="after")
    def _possible(self) -> "CalendarDate":
        if self.day is not None and self.month is not None:
            if self.day > _MONTH_DAYS.get(self.month, 31):
                raise ValueError(f"no day {self.day} in month {self.month}")
        if self.of_reference_month and (self.day is None or self.month is not None or self.year is not None):
            raise ValueError("a day of the reference month has a day and no month or year of its own")
        if self.dct_month_shift is not None and (self.day is None or self.month is not None or self.year is not None
                                                 or self.of_reference_month):
            raise ValueError("a day of the DCT's month moved has a day and no month or year of its own")
        if self.year is None and self.month is None and not self.of_reference_month and self.dct_month_shift is None:
            raise ValueError("a calendar date needs a year or a month")
        return self


class BeforeChrist(Parsed):
    """A year before the common era ("490 BC"): TIMEX3 writes BC0490; no day interval exists for it."""

    kind: Literal["bc"] = "bc"
    year: int = Field(ge=1, le=9999)
    part: str | None = Field(default=None, pattern=r"^(?:0[1-9]|1[0-2]|SP|SU|FA|WI)$")  # "June 479 BC": 06


class Era(Parsed):
    """A decade (``digits=199`` for the 1990s) or a century (``digits=19``), of the common era unless ``bc``."""

    kind: Literal["era"] = "era"
    digits: int = Field(ge=0, le=999)
    unit: Literal["decade", "century"]
    bc: bool = False  # "the 4th century BC" (BC03), "the 460s BC" (BC046): no day interval exists for it
    # "the first quarter of the 21st century": the century's value (TIMEX3 has no quarter of one), its days the
    # quarter's 25 years (2000-2024) where the anchoring narrows them
    quarter: int | None = Field(default=None, ge=1, le=4)


class YearPart(Parsed):
    """A quarter, half or season of a year; ``shift`` is set for "last fall", "next quarter"."""

    kind: Literal["yearpart"] = "yearpart"
    part: YearPartCode
    year: int | None = Field(default=None, ge=1, le=9999)
    shift: int | None = None
    # "last fall", "next spring"; "the previous winter", "the following spring": from the text's time
    direction: Literal["auto", "past", "future", "before_ref", "after_ref"] = "auto"
    reference: bool = False  # "the quarter", "the latest quarter": the one the text talks about
    of_reference_year: bool = False  # "the summer of that year": the year the text last named
    reference_year_shift: int = Field(default=0, ge=-1, le=1)  # "the summer of the previous year": that year - 1


class Relative(Parsed):
    """A calendar unit counted from the DCT: "last month" (-1), "this week" (0), "next year" (+1)."""

    kind: Literal["relative"] = "relative"
    unit: Unit
    shift: int = Field(ge=-100, le=100)
    part_of_day: PartOfDay | None = None
    by_tense: bool = False  # "the weekend": the one before or after the DCT, as the clause's tense says


class Offset(Parsed):
    """A distance from an anchor: "two days ago" (DCT), "a week later" (reference time)."""

    kind: Literal["offset"] = "offset"
    unit: Unit
    count: float | None = Field(default=None, ge=0, le=10000)
    sign: Literal[-1, 1]
    anchor: Literal["dct", "ref"]
    part_of_day: PartOfDay | None = None
    only_future: bool = False  # "in two weeks": a date if the clause looks forward, else a duration


class Weekday(Parsed):
    """A named weekday (ISO 1 = Monday); ``direction`` from "last"/"next"/"this", else by tense."""

    kind: Literal["weekday"] = "weekday"
    weekday: int = Field(ge=1, le=7)
    # "the previous Friday" / "the following Friday": the one before (after) the reference day
    direction: Literal["auto", "past", "future", "this", "before_ref", "after_ref"] = "auto"
    part_of_day: PartOfDay | None = None
    date: CalendarDate | None = None  # "Sunday, March 8": the date wins, the weekday checks it


class Deictic(Parsed):
    """A day named from the DCT: today (0), yesterday (-1), tomorrow (+1), with a part of day."""

    kind: Literal["deictic"] = "deictic"
    days: int = Field(ge=-2, le=2)
    part_of_day: PartOfDay | None = None

    @property
    def timex_type(self) -> TimexType:
        return "TIME" if self.part_of_day else "DATE"


class Holiday(Parsed):
    """A named holiday; ``rule`` is ``MM-DD``, ``mon-N-day`` (Nth weekday) or ``easter[-N]``."""

    kind: Literal["holiday"] = "holiday"
    rule: str
    year: int | None = Field(default=None, ge=1, le=9999)


class Reference(Parsed):
    """A reference word: now (PRESENT_REF), recently (PAST_REF), soon (FUTURE_REF)."""

    kind: Literal["reference"] = "reference"
    ref: RefValue


class Duration(Parsed):
    """An amount of time; ``count`` None is TIMEX3's X ("months" -> PXM).

    ``parts`` adds whole counts of finer units ("20 years, 3 months and 2 days": 20 years, then 3 months and 2
    days), which TIMEX3 writes in one value, P20Y3M2D.

    >>> Duration(unit="year", count=20, parts=(("month", 3), ("day", 2))).parts[1]
    ('day', 2)

    ``anchored`` says whether it ends at the DCT ("the past two years") or starts
    there ("the next two weeks"); then the duration also has a day interval. With ``from_ref``
    ("the following three days", "the previous four weeks") it ends (starts) at the time the text
    last named instead, as "the following week" does.
    """

    kind: Literal["duration"] = "duration"
    unit: Unit
    count: float | None = Field(default=None, ge=0, le=100000)
    anchored: Literal["none", "past", "future"] = "none"
    from_ref: bool = False
    # "the first nine months of 1989": the span lies at that edge of the period named after it
    edge_of: Literal["first", "last"] | None = None
    period: Union[CalendarDate, YearPart, Relative, None] = None
    # "delays of up to 90 minutes", "sentences of up to 10 years": a bound after a noun and "of" measures that noun,
    # no window from the DCT (the anchoring opens one for "will close within two months")
    of_noun: bool = False
    # "20 years, 3 months and 2 days": the whole counts of finer units after ``count`` units, coarsest first
    parts: tuple[tuple[Unit, int], ...] = ()

    @model_validator(mode="after")
    def _finer_parts(self) -> "Duration":
        if not self.parts:  # nearly every duration: one unit, nothing to check
            return self
        units = [self.unit] + [unit for unit, _ in self.parts]
        if (self.count is None or self.count != int(self.count) or any(n < 1 for _, n in self.parts)
                or any(u not in COMPOUND_UNITS for u in units)
                or any(COMPOUND_UNITS.index(a) >= COMPOUND_UNITS.index(b) for a, b in zip(units, units[1:]))):
            raise ValueError(f"no compound duration of {units}: whole counts of ever finer units")
        return self

    @property
    def timex_type(self) -> TimexType:
        return "DURATION"


class Recurrence(Parsed):
    """A set: "daily" (P1D), "every Monday" (XXXX-WXX-1), "annually" (P1Y)."""

    kind: Literal["recurrence"] = "recurrence"
    value: str = Field(min_length=1, max_length=32)
    quant: str | None = None

    @property
    def timex_type(self) -> TimexType:
        return "SET"


class Clock(Parsed):
    """A time of day, optionally with the day it falls on ("15:00 GMT Saturday")."""

    kind: Literal["clock"] = "clock"
    hour: int | None = Field(default=None, ge=0, le=24)
    minute: int = Field(default=0, ge=0, le=59)
    part_of_day: PartOfDay | None = None
    zone: str | None = None
    day: Union[CalendarDate, Weekday, Deictic, None] = None

    @property
    def timex_type(self) -> TimexType:
        return "TIME"


class WeekOf(Parsed):
    """The week around a day: "the week of March 6", "Easter week"."""

    kind: Literal["weekof"] = "weekof"
    day: Union[CalendarDate, Holiday]


class DayNextTo(Parsed):
    """The day before or after a named day: "the day before last Tuesday", "the day after Christmas"."""

    kind: Literal["daynextto"] = "daynextto"
    day: Union[CalendarDate, Weekday, Holiday]
    days: Literal[-1, 1]


class UnitOf(Parsed):
    """The first or last day or week of a period: "the first day of next month", "the last week of August"."""

    kind: Literal["unitof"] = "unitof"
    unit: Literal["day", "week"]
    edge: Literal["first", "last"]
    period: Union[CalendarDate, YearPart, Relative]


Value = Union[CalendarDate, BeforeChrist, Era, YearPart, Relative, Offset, Weekday, Deictic, Holiday,
              Reference, Duration, Recurrence, Clock, WeekOf, DayNextTo, UnitOf]


def yearless(value: object) -> bool:
    """A month, day or season with no year of its own, no shift and no direction: "in March", "the winter".

    Such a value may take a year from its context: the year a narrative is in, "of that year".

    >>> yearless(CalendarDate(month=3)), yearless(CalendarDate(month=3, year=2018)), yearless(YearPart(part="WI"))
    (True, False, True)
    >>> yearless(YearPart(part="SU", shift=-1)), yearless(YearPart(part="QX", reference=True))
    (False, False)
    """
    if isinstance(value, CalendarDate):
        return value.year is None and value.year_shift is None and value.dct_month_shift is None \
            and value.direction == "auto"
    return (isinstance(value, YearPart) and value.year is None and value.shift is None and not value.reference
            and value.direction == "auto")


class Mention(Frozen):
    """One recognised expression: its span, its phase-1 value and the rule that found it.

    ``group`` links the two ends of a range ("from 2010 to 2012") and ``group_kind``
    says how they relate; each end is its own mention, as TimeML annotates them.
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    value: Value = Field(discriminator="kind")
    rule: str
    group: int | None = None
