"""Numbered weeks of the year named as such: "week 46 of the year", "calendar week 12, 2019" (ISO 8601 weeks).

TIMEX3 writes an ISO week as ``2018-W46``; its days run from that week's Monday to its Sunday.
The year is the one written ("calendar week 12, 2019"), the DCT's ("week 46 of the year", "of this
year"), or, with none ("calendar week 12"), the reading the clause's tense picks among the DCT's year
and its neighbours, as for a yearless month.

One rule a form: a week not called "calendar" or "ISO" and not "of the year" ("week 46", "week 46 of 2018",
"week 46, 2018") is :mod:`timeline.timex.periods`' rule (``week-number``), never this one: it reads the week
with a year written and blocks it without one, as a week may be counted within something else ("week 2 of
the trial", "Week 12" of a football season). Corpus: ``weekday.tsv``.

>>> [(p.value.week, p.value.year) for p in _iso_week(RULES[0].pattern.search("in calendar week 46 of 2016"))]
[(46, 2016)]
>>> [RULES[0].pattern.search(t) is None for t in ("in week 46 of 2016", "week 46", "week 46 of the year")]
[True, True, False]
>>> [(p.value.week, p.value.year) for p in _iso_week(RULES[1].pattern.search("sales in 2018-W46 rose"))]
[(46, 2018)]
"""

from __future__ import annotations

import datetime as dt
import re
from pydantic import Field

from timeline.timex.anchoring import Context, anchor, pick
from timeline.timex.calendar import Resolved, grain_interval
from timeline.timex.rule import S, YEAR4, Built, Piece, compile_rule
from timeline.timex.values import CalendarDate, WeekOf


class IsoWeek(WeekOf):
    """ISO week ``week`` of ``year`` (None: to be chosen at anchoring); ``dct_year_shift`` 0 for "of the year",
    1 for "of next year", -1 for "of last year" (the DCT's year, or the one after or before it).

    A :class:`WeekOf` whose ``day`` is only a placeholder (4 January, always in ISO week 1): the
    week is found from its number, in :func:`anchor_iso_week`.

    >>> IsoWeek(week=46, day=CalendarDate(month=1, day=4)).week
    46
    """

    week: int = Field(ge=1, le=53)
    year: int | None = Field(default=None, ge=1, le=9999)
    dct_year_shift: int | None = Field(default=None, ge=-1, le=1)


_JAN_4 = CalendarDate(month=1, day=4)
# "of the year", "of this year", "of next year", "of 2016", ", 2016"
_YEAR_AFTER = (rf"(?:{S}(?i:of){S}(?:(?P<dct>(?i:the|this|next|last)){S}(?i:year)|(?P<y1>{YEAR4}))|,?{S}(?P<y2>{YEAR4}))?")
_SHIFT = {"the": 0, "this": 0, "next": 1, "last": -1}


def _iso_week(m: re.Match[str]) -> Built:
    """ISO week ``n``, of the year written or the DCT's ("of the year"), or of no year ("calendar week 12")."""
    groups = m.groupdict()  # once: each call builds a dict of every group
    year = m["y1"] or groups.get("y2")
    shift = _SHIFT.get((groups.get("dct") or groups.get("dct2") or "").lower())
    value = IsoWeek(week=int(m["n"] or groups.get("n2")), year=int(year) if year else None, dct_year_shift=shift, day=_JAN_4)
    return (Piece(m.start(), m.end(), value),)


_WEEK = rf"(?i:week){S}(?:(?i:no\.?){S})?"
_NUMBER = r"[1-9]|[1-4]\d|5[0-3]"

RULES = (
    # "calendar week 12, 2019", "ISO week 46"; without "calendar" or "ISO" the week is read here only "of the year"
    # (of this, next or last year): "week 46" and "week 46 of 2018" are week-number's
    compile_rule("iso-week", rf"(?P<cal>(?i:calendar|ISO){S}){_WEEK}(?P<n>{_NUMBER})(?![\d.,]\d){_YEAR_AFTER}|"
                 rf"{_WEEK}(?P<n2>{_NUMBER})(?![\d.,]\d){S}(?i:of){S}(?P<dct2>(?i:the|this|next|last)){S}(?i:year)",
                 _iso_week, 2),
    # "2018-W46", "2018W46": the week as ISO 8601 writes it (a year and a week's two digits, always both)
    compile_rule("iso-week-written", rf"(?P<y1>{YEAR4})-?W(?P<n>0[1-9]|[1-4]\d|5[0-3])(?![-\w])", _iso_week, 3),
)


def _week_of(year: int, week: int) -> Resolved | None:
    """ISO week ``week`` of ``year``, or None when that year has no such week (a week 53)."""
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return grain_interval("week", monday)


@anchor.register
def anchor_iso_week(value: IsoWeek, ctx: Context) -> Resolved | None:
    """Week ``value.week`` of the year written, of the DCT's year, or of the year the tense picks.

    >>> from timeline.timex.settings import TimexSettings
    >>> ctx = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: "past", ref=None, settings=TimexSettings())
    >>> anchor_iso_week(IsoWeek(week=46, dct_year_shift=0, day=_JAN_4), ctx).value
    '2018-W46'
    >>> anchor_iso_week(IsoWeek(week=50, day=_JAN_4), ctx).value
    '2017-W50'
    """
    if value.year is not None:
        return _week_of(value.year, value.week)
    if ctx.dct is None:
        return Resolved(f"XXXX-W{value.week:02d}", None, None, "week")
    if value.dct_year_shift is not None:
        return _week_of(ctx.dct.year + value.dct_year_shift, value.week)
    year = ctx.dct.isocalendar()[0]
    return pick([_week_of(y, value.week) for y in (year - 1, year, year + 1)], ctx)
