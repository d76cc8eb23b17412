"""The template vocabulary: how a true date is written relative to the DCT or to other events.

Each *family* is a function ``(day, ctx) -> (phrase, position) | None``: the
phrase that names ``day`` in one sentence, or None when the family cannot name
it exactly (a weekday is only used within six days of the DCT, "last month"
only for a day in the previous calendar month). ``position`` is ``"front"``
("Two days later, ...") or ``"end"`` ("... on Tuesday.").

The semantics are the plain news reading, chosen so every phrase has one
reading (see docs/testing.md for the full table):

=====================  ====================================  ==============================
family                 example                               used when
=====================  ====================================  ==============================
full_date              on November 15, 2018                  always (the fallback)
month_day              on November 15                        0-300 days before the DCT,
                                                             1-300 after (future tense)
month_year             in November 2018                      always
year                   in 2018                               always
today                  today                                 day = DCT
yesterday / tomorrow   yesterday / tomorrow                  DCT -1 / +1
weekday                on Tuesday                            1-6 days before/after the DCT
days_ago               three days ago                        2-10 days before the DCT
last_week / next_week  last week / next week                 previous/next ISO week *and*
                                                             within 7 days of the DCT
last_month / next_m.   last month / next month               previous/next calendar month
earlier_this_month     earlier this month                    same month, before the DCT
last_year / next_year  last year / next year                 previous/next calendar year
earlier_this_year      earlier this year                     same year, before the DCT
later                  Two days later, / The next day,       1-10 days after the event of
                       / A week later,                       the previous sentence
earlier                Three days earlier, / A week earlier  2-10 days before it
before_occasion        a week before the vote                1-7 or 14 days before an
                                                             occasion told earlier
after_occasion         two days after the summit             1-7 or 14 days after it
=====================  ====================================  ==============================

``later`` and ``earlier`` are only used after a sentence whose date was given
to the day by a DCT-relative or absolute phrase, so anchoring them to "the
previous event" and to "the last date mentioned" give the same day.

>>> import datetime as dt
>>> ctx = Context(dct=dt.date(2018, 11, 18))
>>> FAMILIES["weekday"](dt.date(2018, 11, 13), ctx)
('on Tuesday', 'end')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from pydantic import Field

from timeline.models import Frozen

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

#: Families whose phrase fixes the day itself, from the DCT or the calendar alone.
DAY_EXACT = frozenset({"full_date", "month_day", "today", "yesterday", "tomorrow", "weekday",
                       "days_ago"})


class Context(Frozen):
    """What a phrase may refer to: the DCT, the previous sentence and the occasions told so far."""

    dct: dt.date
    previous: dt.date | None = None
    previous_exact: bool = False
    occasions: dict[str, dt.date] = Field(default_factory=dict)


Phrase = tuple[str, str]
Family = Callable[[dt.date, Context], Phrase | None]


def _month_start(day: dt.date, shift: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + shift
    return index // 12, index % 12 + 1


def _full_date(day: dt.date, ctx: Context) -> Phrase:
    return f"on {MONTHS[day.month - 1]} {day.day}, {day.year}", "end"


def _month_day(day: dt.date, ctx: Context) -> Phrase | None:
    gap = (ctx.dct - day).days
    return (f"on {MONTHS[day.month - 1]} {day.day}", "end") if -300 <= gap <= 300 else None


def _month_year(day: dt.date, ctx: Context) -> Phrase:
    return f"in {MONTHS[day.month - 1]} {day.year}", "end"


def _in_year(day: dt.date, ctx: Context) -> Phrase:
    return f"in {day.year}", "end"


def _exact(offset: int, word: str) -> Family:
    def family(day: dt.date, ctx: Context) -> Phrase | None:
        return (word, "end") if (day - ctx.dct).days == offset else None
    family.__name__ = word
    return family


def _weekday(day: dt.date, ctx: Context) -> Phrase | None:
    return (f"on {WEEKDAYS[day.weekday()]}", "end") if 1 <= abs((day - ctx.dct).days) <= 6 else None


def _days_ago(day: dt.date, ctx: Context) -> Phrase | None:
    gap = (ctx.dct - day).days
    return (f"{NUMBERS[gap]} days ago", "end") if 2 <= gap <= 10 else None


def _week(shift: int, word: str) -> Family:
    def family(day: dt.date, ctx: Context) -> Phrase | None:
        monday = ctx.dct - dt.timedelta(days=ctx.dct.weekday()) + dt.timedelta(weeks=shift)
        in_week = monday <= day <= monday + dt.timedelta(days=6)
        return (word, "end") if in_week and 1 <= abs((day - ctx.dct).days) <= 7 else None
    family.__name__ = word
    return family


def _month(shift: int, word: str) -> Family:
    def family(day: dt.date, ctx: Context) -> Phrase | None:
        return (word, "end") if (day.year, day.month) == _month_start(ctx.dct, shift) else None
    family.__name__ = word
    return family


def _year(shift: int, word: str) -> Family:
    def family(day: dt.date, ctx: Context) -> Phrase | None:
        return (word, "end") if day.year == ctx.dct.year + shift else None
    family.__name__ = word
    return family


def _earlier_this_month(day: dt.date, ctx: Context) -> Phrase | None:
    same = (day.year, day.month) == (ctx.dct.year, ctx.dct.month)
    return ("earlier this month", "end") if same and day < ctx.dct else None


def _earlier_this_year(day: dt.date, ctx: Context) -> Phrase | None:
    return ("earlier this year", "end") if day.year == ctx.dct.year and day < ctx.dct else None


def _gap_words(days: int) -> str | None:
    if days == 7:
        return "a week"
    if days == 14:
        return "two weeks"
    return f"{NUMBERS[days]} days" if 2 <= days <= 10 else None


def _later(day: dt.date, ctx: Context) -> Phrase | None:
    if ctx.previous is None or not ctx.previous_exact:
        return None
    gap = (day - ctx.previous).days
    if gap == 1:
        return "The next day,", "front"
    words = _gap_words(gap)
    return (f"{words[0].upper()}{words[1:]} later,", "front") if words else None


def _earlier(day: dt.date, ctx: Context) -> Phrase | None:
    if ctx.previous is None or not ctx.previous_exact:
        return None
    words = _gap_words((ctx.previous - day).days)
    return (f"{words[0].upper()}{words[1:]} earlier,", "front") if words else None


def _relative_to_occasion(direction: str) -> Family:
    def family(day: dt.date, ctx: Context) -> Phrase | None:
        for noun, when in sorted(ctx.occasions.items()):
            gap = (when - day).days if direction == "before" else (day - when).days
            words = "the day" if gap == 1 else _gap_words(gap) if gap <= 7 or gap == 14 else None
            if words:
                return f"{words} {direction} the {noun}", "end"
        return None
    family.__name__ = f"{direction}_occasion"
    return family


FAMILIES: dict[str, Family] = {
    "full_date": _full_date, "month_day": _month_day, "month_year": _month_year, "year": _in_year,
    "today": _exact(0, "today"), "yesterday": _exact(-1, "yesterday"),
    "tomorrow": _exact(1, "tomorrow"), "weekday": _weekday, "days_ago": _days_ago,
    "last_week": _week(-1, "last week"), "next_week": _week(1, "next week"),
    "last_month": _month(-1, "last month"), "next_month": _month(1, "next month"),
    "earlier_this_month": _earlier_this_month,
    "last_year": _year(-1, "last year"), "next_year": _year(1, "next year"),
    "earlier_this_year": _earlier_this_year,
    "later": _later, "earlier": _earlier,
    "before_occasion": _relative_to_occasion("before"),
    "after_occasion": _relative_to_occasion("after"),
}
