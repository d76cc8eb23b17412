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
