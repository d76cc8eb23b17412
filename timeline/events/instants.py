"""Instants and spans: an event happens on one day unless the text (or its noun) gives it a span.

An event's two points are tied (``end - start`` in ``[0, 0]``, rule ``event:instant``)
unless one of these holds:

- its noun names something that lasts by nature (``span`` in ``data/nouns.tsv``:
  summit, war, visit, campaign, talks ...);
- the text gives it a span: a range timex ("between 30 November and 1 December",
  "from X to Y"), a start or end of its own ("opened on", "ended on", "since",
  "until"), or a duration ("a three-day summit", "the talks lasted two weeks":
  ``end - start`` within the duration, rule ``event:duration``).

A month-grain timex ("in October", "last month") bounds where the instant lies; it
is not a duration. A duration under a day ("lasted only a few minutes") is an
instant. Negated, conditional and hypothetical events get no constraint at all.

>>> from timeline.events import extract_events
>>> from timeline.models import Document, DocumentTime
>>> draft = extract_events(Document(id="d", source="d", text="Putin met Pence."), DocumentTime(), [])
>>> [(c.rule, c.a, c.b, c.lo, c.hi) for c in draft.constraints if c.b]
[('event:instant', 'd:e1.start', 'd:e1.end', 0, 0)]
"""

from __future__ import annotations

import re

from timeline.events.modality import UNDATED
from timeline.events.settings import EventSettings
from timeline.events.told import SentenceView, Told
from timeline.models import Constraint, Event

#: Rules by which the text gives an event a span (its start and end apart).
SPAN_RULES = frozenset({"timex:between", "timex:from", "timex:range", "timex:starts", "timex:ends",
                        "timex:since", "timex:until", "event:duration"})
_LAST = frozenset({"lasted", "lasting", "lasts", "last", "long"})
_HEDGES = frozenset({"only", "just", "about", "around", "nearly", "almost", "some", "for", "over",
                     "roughly", "barely", "more", "than", "less"})
_DURATION = re.compile(r"^P(\d+|X)([DWMY])$")
_UNIT_DAYS = {"D": (1, 1), "W": (7, 7), "M": (28, 31), "Y": (365, 366)}


def duration_bounds(value: str) -> tuple[int, int | None] | None:
    """``end - start`` in days for a TIMEX3 duration value, or None when it is not one.

    A day-grain event of n days has its end n - 1 days after its start; the upper
    bound allows a partial last day. Under a day (``PT...``) is one day: (0, 0).

    >>> duration_bounds("P3D"), duration_bounds("P2W"), duration_bounds("PTXM"), duration_bounds("PXY")
    ((2, 3), (13, 14), (0, 0), (1, None))
    """
    if value.startswith("PT"):
        return 0, 0
    m = _DURATION.match(value)
    if m is None:
        return None
    lo_unit, hi_unit = _UNIT_DAYS[m.group(2)]
    if m.group(1) == "X":
        return 1, None
    n = int(m.group(1))
    return max(0, lo_unit * n - 1), hi_unit * n


def _lasting_event(view: SentenceView, items: list[Told], a: int, b: int) -> Told | None:
    """The event a duration timex at ``a..b`` measures: the noun right after it ("three-day
    summit"), or the event before "lasted" ("the meeting, which lasted two hours")."""
    toks = view.tokens
    for it in items:
        n = it.trigger.noun if it.trigger.noun is not None else it.trigger.head
        if it.trigger.cls == "noun" and b < n <= b + 2:
            return it
    k = a - 1
    while k >= 0 and toks[k].lower in _HEDGES:
        k -= 1
    if k < 0 or toks[k].lower not in _LAST:
        if b + 1 < len(toks) and toks[b + 1].lower == "long":
            k = b + 1
        else:
            return None
    before = [it for it in items if it.trigger.head < k]
    return before[-1] if before else None


def duration_links(view: SentenceView, items: list[Told], settings: EventSettings) -> list[Constraint]:
    """``end - start`` of events whose duration the sentence gives (rule ``event:duration``).

    >>> import datetime as dt
    >>> from timeline.events import extract_events
    >>> from timeline.models import Document, DocumentTime, Timex
    >>> tx = Timex(text="three-day", start=4, end=13, type="DURATION", value="P3D")
    >>> draft = extract_events(Document(id="d", source="d", text="The three-day summit opened."),
    ...                        DocumentTime(), [tx])
    >>> [(c.rule, c.lo, c.hi) for c in draft.constraints if c.b]
    [('event:duration', 2, 3)]
    """
    out = []
    for a, b, timex in view.timexes:
        bounds = duration_bounds(timex.value or "") if timex.type == "DURATION" else None
        told = _lasting_event(view, items, a, b) if bounds else None
        if told is None or told.trigger.modality in UNDATED:
            continue
        lo, hi = bounds
        out.append(Constraint(
            description=f"{told.label} lasted {timex.text}: it ends {lo} to {hi if hi is not None else 'any'}"
                        f" days after it starts", document=view.document, sentence=view.text,
            a=f"{told.point}.start", b=f"{told.point}.end", lo=lo, hi=hi, rule="event:duration",
            confidence=settings.timex_confidence))
    return out


def spans(event_id: str, lasting: bool, constraints: list[Constraint]) -> bool:
    """True when the event may last: its noun lasts by nature, or a constraint gives it a span.

    >>> spans("e", False, [Constraint(description="x", a="e.start", rule="timex:between")])
    True
    """
    return lasting or any(c.rule in SPAN_RULES and (c.a or "").rsplit(".", 1)[0] == event_id
                          for c in constraints)


def instant(event: Event, settings: EventSettings) -> Constraint:
    """The constraint that makes ``event`` an instant: its end on its start's day.

    >>> instant(Event(id="e", label="Putin met Pence"), EventSettings()).rule
    'event:instant'
    """
    first = event.mentions[0] if event.mentions else None
    return Constraint(description=f"{event.label} happened on one day (no span given)",
                      document=first.document if first else None, sentence=first.sentence if first else None,
                      a=f"{event.id}.start", b=f"{event.id}.end", lo=0, hi=0, rule="event:instant",
                      confidence=settings.instant_confidence)


def instants(events: list[Event], lasting: dict[str, bool], constraints: list[Constraint],
             settings: EventSettings) -> list[Constraint]:
    """An ``event:instant`` constraint for every dated-as-fact event that has no span.

    >>> instants([Event(id="e", label="x", modality="negated")], {}, [], EventSettings())
    []
    """
    return [instant(e, settings) for e in events
            if e.modality not in UNDATED and not spans(e.id, lasting.get(e.id, False), constraints)]
