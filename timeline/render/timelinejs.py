"""Knight Lab TimelineJS3 JSON: a title slide and one slide per dated event.

Dates are ``{year, month, day}`` objects cut to the event's granularity (a
month-level event has no ``day``), a span gets an ``end_date``, and an event
whose date is a window, an open bound or an estimate carries a
``display_date`` in words ("between 12 and 18 Nov 2018"). ``group`` is the
title of the event's first source, so TimelineJS draws one row per article.
Undated events have no place on a TimelineJS axis and are left out; the title
slide says how many.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from timeline.models import DocumentReport, Event, Timeline
from timeline.render.dates import describe, whole_months, whole_years
from timeline.render.markdown import MODALITY_NOTE

_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_COARSE = {"month": ("year", "month"), "year": ("year",)}


def _cut(d: dt.date, level: str) -> dict[str, int]:
    parts = {"year": d.year, "month": d.month, "day": d.day}
    keep = _COARSE.get(level, ("year", "month", "day"))
    return {k: v for k, v in parts.items() if k in keep}


def _level(earliest: dt.date, latest: dt.date) -> str:
    """The coarsest unit the interval is made of whole: year, month or day."""
    if whole_years(earliest, latest):
        return "year"
    if whole_months(earliest, latest):
        return "month"
    return "day"


def date_fields(event: Event) -> dict:
    """``start_date`` / ``end_date`` / ``display_date`` of a dated event.

    >>> import datetime as dt
    >>> date_fields(Event(id="e", label="x", earliest=dt.date(2018, 10, 1),
    ...                   latest=dt.date(2018, 10, 31), granularity="month", certain=True))
    {'start_date': {'year': 2018, 'month': 10}}
    """
    first, last = event.earliest or event.latest, event.latest or event.earliest
    level = _level(first, last) if event.earliest and event.latest else "day"
    fields: dict = {"start_date": _cut(first, level)}
    single_unit = _cut(first, level) == _cut(last, level)
    if not single_unit:
        fields["end_date"] = _cut(last, level)
    words = describe(event.earliest, event.latest, event.granularity)
    exact = event.earliest is not None and event.latest is not None and (
        single_unit or event.granularity not in (None, "unknown"))
    if not exact or not event.certain:
        fields["display_date"] = words if event.certain else f"{words} (order estimated)"
    return fields


def slide_ids(events: list[Event]) -> list[str]:
    """Unique slide ids TimelineJS can put in a URL hash and a DOM id (``[A-Za-z0-9_-]``).

    >>> slide_ids([Event(id="doc:e1", label="x"), Event(id="doc/e1", label="y")])
    ['doc-e1', 'doc-e1-2']
    """
    ids, seen = [], set()
    for event in events:
        base = _ID_UNSAFE.sub("-", event.id).strip("-") or "event"
        uid, n = base, 2
        while uid in seen:
            uid, n = f"{base}-{n}", n + 1
        seen.add(uid)
        ids.append(uid)
    return ids


def _body(event: Event, titles: dict[str, str]) -> str:
    quotes = []
    for mention in event.mentions:
        source = html.escape(titles.get(mention.document, mention.document))
        quotes.append(f"<p>“{html.escape(mention.sentence)}” <em>({source})</em></p>")
    names = ", ".join(html.escape(titles.get(s, s)) for s in event.sources)
    return "".join(quotes) + (f"<p>Sources: {names}</p>" if names else "")


def _headline(event: Event) -> str:
    note = MODALITY_NOTE.get(event.modality)
    return html.escape(event.label) + (f" ({note})" if note else "")


def _titles(documents: list[DocumentReport]) -> dict[str, str]:
    return {d.id: d.title or d.id for d in documents}


def render_timelinejs(timeline: Timeline) -> dict:
    """The timeline as a TimelineJS3 data object (``json.dumps`` it to publish).

    Examples
    --------
    >>> import datetime as dt
    >>> t = Timeline(title="Talks", events=[Event(id="e1", label="Meeting", certain=True,
    ...     earliest=dt.date(2018, 11, 15), latest=dt.date(2018, 11, 15))])
    >>> render_timelinejs(t)["events"][0]["start_date"]
    {'year': 2018, 'month': 11, 'day': 15}
    """
    titles = _titles(timeline.documents)
    dated = [e for e in timeline.events if e.earliest is not None or e.latest is not None]
    undated = len(timeline.events) - len(dated)
    intro = f"{len(dated)} dated events from {len(timeline.documents)} documents."
    if undated:
        intro += f" {undated} undated events are listed in the Markdown timeline only."
    slides = []
    for event, uid in zip(dated, slide_ids(dated)):
        slide = {"unique_id": uid, **date_fields(event),
                 "text": {"headline": _headline(event), "text": _body(event, titles)}}
        if event.sources:
            slide["group"] = titles.get(event.sources[0], event.sources[0])
        slides.append(slide)
    return {"title": {"text": {"headline": html.escape(timeline.title), "text": f"<p>{intro}</p>"}},
            "events": slides}
