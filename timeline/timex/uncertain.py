"""Anchoring to a DCT known only as an interval (:class:`timeline.models.DocumentTime`).

A mention is anchored twice, to the interval's first and last day. Where both
readings agree ("last month" and "this year" when the interval lies in one month
or year), the mention resolves as with a known day. Where they disagree
("yesterday", "on Sunday"), the mention keeps the span of both readings when the
DCT's uncertainty is short (at most ``WIDEN_DAYS``), its value the part the
readings share ("2018-11-XX"); a longer uncertainty leaves it unanchored, as
without a DCT.

>>> import datetime as dt
>>> one = Resolved("2018-11-02", dt.date(2018, 11, 2), dt.date(2018, 11, 2), "day")
>>> two = Resolved("2018-11-27", dt.date(2018, 11, 27), dt.date(2018, 11, 27), "day")
>>> merged = merge_readings(one, two, None, 26)
>>> (merged.value, merged.earliest.isoformat(), merged.latest.isoformat())
('2018-11-XX', '2018-11-02', '2018-11-27')
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.models import DocumentTime
from timeline.timex.calendar import Resolved

WIDEN_DAYS = 31
_DIGIT = re.compile(r"\d")


def dct_bounds(dct: dt.date | DocumentTime | None) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day the DCT may be; (None, None) when it is unknown or open-ended.

    >>> dct_bounds(DocumentTime(earliest=dt.date(2018, 11, 3), latest=dt.date(2018, 11, 28)))
    (datetime.date(2018, 11, 3), datetime.date(2018, 11, 28))
    >>> dct_bounds(dt.datetime(2018, 11, 3, 12, 0))
    (datetime.date(2018, 11, 3), datetime.date(2018, 11, 3))
    """
    if dct is None:
        return None, None
    if isinstance(dct, DocumentTime):
        if dct.earliest is None or dct.latest is None or dct.earliest > dct.latest:
            return None, None  # open or contradictory: nothing to count from
        return dct.earliest, dct.latest
    day = dct.date() if isinstance(dct, dt.datetime) else dct
    return day, day


def merge_readings(first: Resolved, last: Resolved, unanchored: Resolved | None, uncertainty: int) -> Resolved | None:
    """One reading from those anchored to the DCT's first and last day.

    Parameters
    ----------
    first, last : Resolved
        The mention anchored to the earliest and to the latest possible DCT.
    unanchored : Resolved or None
        The mention anchored without a DCT (its placeholder value).
    uncertainty : int
        latest - earliest of the DCT, in days.

    Returns
    -------
    Resolved or None
        ``first`` when both agree; else their union with the shared part of
        their values when ``uncertainty <= WIDEN_DAYS``; else ``unanchored``.

    Examples
    --------
    >>> a = Resolved("2018-10", dt.date(2018, 10, 1), dt.date(2018, 10, 31), "month")
    >>> merge_readings(a, a, None, 20) == a
    True
    >>> b = Resolved("2018-09", dt.date(2018, 9, 1), dt.date(2018, 9, 30), "month")
    >>> merge_readings(b, a, Resolved("XXXX-XX", None, None, "month"), 90).value
    'XXXX-XX'
    >>> past = merge_readings(Resolved("PAST_REF", None, dt.date(2018, 11, 3), None),
    ...                       Resolved("PAST_REF", None, dt.date(2018, 11, 28), None), None, 25)
    >>> (past.value, past.earliest, past.latest.isoformat())
    ('PAST_REF', None, '2018-11-28')
    """
    if first == last:
        return first
    if uncertainty > WIDEN_DAYS:
        return unanchored
    # An open end stays open ("recently": up to the DCT, from no known day)
    earliest = None if first.earliest is None or last.earliest is None else min(first.earliest, last.earliest)
    latest = None if first.latest is None or last.latest is None else max(first.latest, last.latest)
    if earliest is None and latest is None:
        return unanchored
    return Resolved(shared_value(first.value, last.value), earliest, latest, first.granularity)


def shared_value(a: str, b: str) -> str:
    """The TIMEX3 value two readings share: digits where they differ become X.

    >>> shared_value("2018-11-02", "2018-11-27"), shared_value("2018-W44", "2018-W47"), shared_value("2018-12-30", "2019-01-02")
    ('2018-11-XX', '2018-WXX', 'XXXX-XX-XX')
    """
    if len(a) != len(b) or _DIGIT.sub("0", a) != _DIGIT.sub("0", b):
        return _DIGIT.sub("X", a)  # different shapes ("P1D" vs a date): keep only the shape
    fields_a, fields_b = re.split(r"(\D)", a), re.split(r"(\D)", b)
    out, differed = [], False
    for x, y in zip(fields_a, fields_b):
        differed = differed or x != y  # once a coarser field differs, the finer ones mean nothing
        out.append(_DIGIT.sub("X", x) if differed and x.isdigit() else x)
    return "".join(out)
