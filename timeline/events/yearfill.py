"""A day of the DCT's own month gets the DCT's year when the timex stage could not give one.

An article known only to the month ("November 2018": a yearless dateline
refined by shared events) still dates "November 15th" to 15 November 2018: a
month-and-day in the DCT's own month is in the DCT's year. Nothing else is
filled in; a day of another month stays undated.

>>> import datetime as dt
>>> from timeline.models import DocumentTime, Timex
>>> dct = DocumentTime(value="2018-11", earliest=dt.date(2018, 11, 1), latest=dt.date(2018, 11, 30))
>>> tx = Timex(text="November 15th", start=0, end=13, type="DATE", value="XXXX-11-15")
>>> [str(t.earliest) for t in fill_years([tx], dct)]
['2018-11-15']
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.models import DocumentTime, Timex

_YEARLESS = re.compile(r"^XXXX-(\d{2})-(\d{2})$")


def fill_years(timexes: list[Timex], dct: DocumentTime) -> list[Timex]:
    """The timexes, yearless days of the DCT's month completed with its year.

    >>> fill_years([], DocumentTime())
    []
    """
    if dct.earliest is None or dct.latest is None or dct.day is not None:
        return timexes
    if (dct.earliest.year, dct.earliest.month) != (dct.latest.year, dct.latest.month):
        return timexes
    out = []
    for tx in timexes:
        match = _YEARLESS.match(tx.value)
        if tx.earliest is None and match and int(match.group(1)) == dct.earliest.month:
            try:
                day = dt.date(dct.earliest.year, dct.earliest.month, int(match.group(2)))
            except ValueError:
                out.append(tx)
                continue
            tx = tx.model_copy(update={"value": day.isoformat(), "earliest": day, "latest": day,
                                       "granularity": "day"})
        out.append(tx)
    return out


#: Prepositions by which a yearless day dates its event itself (not "after November 6").
_ON = frozenset({None, "on", "in", "at", "of", "during"})
_RANGE = frozenset({"and", "through", "to", "-", "–", "until", "till", "between", "from"})


def yearless_days(view, items) -> dict[str, str]:
    """``MM-DD`` of the yearless days ("November 6", no year known) that date an event, by point.

    The merge compares them with dated events of other articles: "the November 6 midterm
    elections" of an article without a year fits the midterm elections of 2018.

    >>> from timeline.events import extract_events
    >>> from timeline.models import Document, DocumentTime, Timex
    >>> tx = Timex(text="November 6", start=4, end=14, type="DATE", value="XXXX-11-06")
    >>> doc = Document(id="d", source="d", text="The November 6 midterm elections were held.")
    >>> draft = extract_events(doc, DocumentTime(), [tx])
    >>> [p.day for p in draft.profiles.values()]
    ['11-06']
    """
    from timeline.events.timelinks import _dateline, _prep, attach
    out: dict[str, str] = {}
    for a, b, timex in view.timexes:
        match = _YEARLESS.match(timex.value or "")
        if match is None or timex.earliest is not None or _dateline(view, a, b):
            continue
        if a > 0 and view.tokens[a - 1].lower in _RANGE:
            continue  # "between 30 November and 1 December": a span's end, not the day of the event
        told = attach(view, items, a, b)
        if told is not None and _prep(view, a, timex) in _ON:
            out.setdefault(told.point, f"{match.group(1)}-{match.group(2)}")
    return out
