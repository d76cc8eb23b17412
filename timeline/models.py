"""The frozen models that are the only currency between stages.

Every stage takes and returns these. Dates are closed day intervals
``[earliest, latest]`` with an explicit granularity; ``None`` means unbounded
on that side. JSON field names here are part of the public contract (see
``docs/timeline.schema.json``): rename nothing without a schema change.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Granularity = Literal[
    "day", "week", "month", "quarter", "half", "season", "year", "decade", "century", "unknown"
]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
DctBasis = Literal["metadata", "dateline", "inferred", "unknown"]
Modality = Literal["asserted", "reported", "quoted", "conditional", "negated", "future", "hypothetical"]


class Frozen(BaseModel):
    """Base of every model: immutable, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Frozen):
    """A half-open character span ``[start, end)`` into a document's original text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        return self


class DayInterval(Frozen):
    """A closed interval of days with the granularity it was stated at.

    >>> import datetime as dt
    >>> DayInterval(earliest=dt.date(2018, 11, 1), latest=dt.date(2018, 11, 30), granularity="month").days
    30
    """

    earliest: dt.date | None = None
    latest: dt.date | None = None
    granularity: Granularity = "day"

    @model_validator(mode="after")
    def _ordered(self) -> "DayInterval":
        if self.earliest and self.latest and self.latest < self.earliest:
            raise ValueError(f"interval ends {self.latest} before it starts {self.earliest}")
        return self

    @property
    def days(self) -> int | None:
        """Number of days in the interval, or None when a side is open."""
        if self.earliest is None or self.latest is None:
            return None
        return (self.latest - self.earliest).days + 1


class Document(Frozen):
    """One input article as ingested.

    ``text`` is the original text, unchanged; ``junk`` lists the spans of page
    junk (comment threads, newsletter boxes, teasers) that later stages must
    not read. ``story`` blanks those spans out while keeping every offset.
    """

    id: str
    source: str
    title: str | None = None
    text: str
    url: str | None = None
    published: dt.date | None = None
    published_raw: str | None = None
    junk: tuple[Span, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def story(self) -> str:
        """The text with junk spans replaced by spaces (newlines kept), same length."""
        if not self.junk:
            return self.text
        chars = list(self.text)
        for span in self.junk:
            for i in range(span.start, min(span.end, len(chars))):
                if chars[i] != "\n":
                    chars[i] = " "
        return "".join(chars)


class DocumentTime(Frozen):
    """A document's creation time (DCT): always an interval with its evidence.

    Attributes
    ----------
    value : str or None
        The TIMEX3 value: a day, ``YYYY-MM``, ``YYYY``, or ``XXXX-MM(-DD)`` when only the
        month (and day) is known.
    earliest, latest : datetime.date or None
        The bounds; None on a side no evidence bounds.
    basis : {"metadata", "dateline", "inferred", "unknown"}
        Where the DCT comes from.
    evidence : list of str
        What a reader reads: the quotes and the anchor's summary lines
        (``window: MM-DD..MM-DD ...``, ``candidate years: ...``).
    candidate_years : list of int or None
        The years an open DCT may fall in, ascending: with a ``month_day_window``, the years the
        window opens in. None when the DCT is a day, or when its years are not narrowed below the
        plausible window (``AnchorSettings.min_year`` .. ``max_year``) and nothing bounds them.
    month_day_window : tuple of (str, str) or None
        ``("MM-DD", "MM-DD")``: the month-days of the DCT in every candidate year. The window opens
        in a candidate year and may run past 31 December (``("12-12", "06-12")``). None when the
        DCT is a day or its candidate days share no such window.
        See :func:`timeline.anchor.anchor_document` for an example.
    """

    value: str | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    basis: DctBasis = "unknown"
    evidence: list[str] = Field(default_factory=list)
    candidate_years: list[int] | None = None
    month_day_window: tuple[str, str] | None = None

    @property
    def day(self) -> dt.date | None:
        """The DCT as one day when it is known to the day, else None."""
        if self.earliest is not None and self.earliest == self.latest:
            return self.earliest
        return None


class DocumentReport(Frozen):
    """What happened to one input: loaded (``ok``) or ``skipped`` with reasons."""

    id: str
    source: str
    title: str | None = None
    status: Literal["ok", "skipped"] = "ok"
    problems: list[str] = Field(default_factory=list)
    dct: DocumentTime = Field(default_factory=DocumentTime)


class Timex(Frozen):
    """A temporal expression with its TIMEX3 value and day interval.

    ``start``/``end`` are character offsets into the text it was found in.
    """

    document: str | None = None
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    type: TimexType
    value: str
    earliest: dt.date | None = None
    latest: dt.date | None = None
    granularity: Granularity | None = None
    mod: str | None = None


class Mention(Frozen):
    """Where an event is told: the document, the sentence and the span of its trigger."""

    document: str
    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Event(Frozen):
    """An event on the timeline, with every mention and source that tells it."""

    id: str
    label: str
    earliest: dt.date | None = None
    latest: dt.date | None = None
    value: str | None = None
    certain: bool = False
    granularity: Granularity | None = None
    modality: Modality = "asserted"
    mentions: list[Mention] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)


class Constraint(Frozen):
    """One piece of temporal evidence, as the solver sees it.

    Either an absolute bound ``earliest <= t(a) <= latest`` (``b`` is None) or a
    difference bound ``lo <= t(b) - t(a) <= hi`` in days. Points are named
    ``"<event id>.start"`` / ``"<event id>.end"``. ``description`` says in words
    what the constraint claims; ``sentence`` is the text it came from.
    """

    description: str
    document: str | None = None
    sentence: str | None = None
    a: str | None = None
    b: str | None = None
    lo: int | None = None
    hi: int | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    rule: str | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class Conflict(Frozen):
    """A set of constraints that cannot all hold, with a readable message."""

    message: str
    constraints: list[Constraint] = Field(default_factory=list)


class Timeline(Frozen):
    """The product: every document's report, the ordered events, timexes and conflicts."""

    title: str = "Timeline"
    documents: list[DocumentReport] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    timexes: list[Timex] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
