"""Dates written in numbers only: ISO ("2018-11-15", with a web page's clock "2018-11-15T10:00:00Z"), slashed
("11/15/2018", US order unless the first number cannot be a month), dashed ("15-11-2018"), dotted ("15.11.2018",
European order) and year-first ("2018/11/15").

They stand apart from :mod:`timeline.timex.absolute` (dates with month names and words) because their readers check
digits only, and a version or release number ("version 1.12.2018") is their one false friend. Corpus: ``absolute.tsv``,
whose rows run through every rule; these rules sit in ``absolute.RULES`` where they always stood.

>>> [r.name for r in RULES]
['iso-date', 'dotted-date', 'nine-eleven', 'slashed-date', 'dashed-date', 'year-first-date']
"""

from __future__ import annotations

import re

from timeline.timex.anchoring import Context, anchor
from timeline.timex.calendar import Resolved
from timeline.timex.rule import S, Built, compile_rule, year_number
from timeline.timex.times import ZONE_NAMES
from timeline.timex.values import CalendarDate, Clock

def _iso(m: re.Match[str]) -> Built:
    """``2018-11-15``; with a clock (ISO 8601 or a web page's stamp) the time on that day, its zone kept.

    >>> iso = next(r for r in RULES if r.name == "iso-date").pattern
    >>> [(v.hour, v.zone) for v in (_iso(iso.search(t)) for t in ("2018-11-15T10:00:00Z", "2018-11-15 10:00+01:00"))]
    [(10, 'Z'), (10, '+01:00')]
    """
    date = CalendarDate(year=int(m["y"]), month=int(m["m"]), day=int(m["d"]))
    if m["hh"] is None:
        return date
    return Clock(hour=int(m["hh"]), minute=int(m["mm"]), zone=m["zone"] or m["named"], day=date)


# A slashed month and day with no year is a date only where a preposition of a day stands before it ("on 11/20",
# "since 11/1"): alone it is as often a score, a share or a ratio ("scored 11/15", "Room 11/15", "passed by 2/3")
_DAY_PREPOSITION = re.compile(r"(?<![\w-])(?i:on|since|until|till|through)[ \t]{1,3}$")
# "on 1/2 of the land", "on 3/4 of the votes": a fraction of something
_OF_AFTER = re.compile(r"[ \t]{1,3}(?i:of)\b")
# A pair that reads as a common fraction, a half, a third or a quarter ("1/2", "2/3", "3/4": the fractions prose
# writes in digits as often as in words), is a fraction as often as a day ("the vote is on 3/4": the share voted on);
# a smaller share is written as a percentage, so "on 1/5" or "on 2/7" is a day, as are dates with a month above its
# day ("11/20", "12/3")
_FRACTION_DENOMINATOR = 4


def _slashed(m: re.Match[str]) -> Built:
    """``11/15/2018`` (US order); day-first when the first number cannot be a month. With no year, a month and a
    day after a preposition of a day ("on 11/20"), US order only (day-first is written with its year).

    >>> slashed = next(r for r in RULES if r.name == "slashed-date").pattern
    >>> [_slashed(slashed.search(t)) for t in ("He scored 11/15.", "on 1/2 of the land", "Polls open on 9/11.",
    ...                                       "The vote is on 3/4.")]
    [None, None, None, None]
    >>> _slashed(slashed.search("The vote is on 11/20.")).model_dump(include={"year", "month", "day"})
    {'year': None, 'month': 11, 'day': 20}
    """
    a, b = int(m["a"]), int(m["b"])
    if m["y"] is None:
        return _yearless(m, a, b)
    month, day = (a, b) if a <= 12 else (b, a)
    year, two = year_number(m["y"]) if len(m["y"]) == 4 else (int(m["y"]), True)
    if a != b and a <= 12 and b <= 12:  # "12/11/2018": 11 December (US) or 12 November; the clause may tell
        return EitherOrderDate(year=year, month=month, day=day, two_digit_year=two)
    return CalendarDate(year=year, month=month, day=day, two_digit_year=two)


class EitherOrderDate(CalendarDate):
    """A slashed or dashed date whose two numbers may each be the month ("12/11/2018"): read month-first (US order,
    as :func:`_slashed` reads any date) unless the clause's tense allows the day-first reading only.

    A past clause ("was signed on 12/11/2018") tells of a day on or before the DCT, a future one of a day on or after
    it; when exactly one of the two readings lies on the tense's side, it is the one meant (said on 15 November 2018,
    "was signed on 12/11/2018" is 12 November: 11 December is still ahead). Otherwise, or with no tense, month-first.
    Anchored by :func:`_either_order` below.
    """


def _either_order(value: EitherOrderDate, ctx: Context) -> Resolved | None:
    """The reading of ``value`` the clause's tense allows (see :class:`EitherOrderDate`).

    >>> import datetime as dt
    >>> from timeline.timex.settings import TimexSettings
    >>> said = lambda tense: Context(dct=dt.date(2018, 11, 15), tense_of=lambda: tense, ref=None,
    ...                              settings=TimexSettings())
    >>> date = EitherOrderDate(year=2018, month=12, day=11)
    >>> [_either_order(date, said(tense)).value for tense in ("past", "future", None)]
    ['2018-11-12', '2018-12-11', '2018-12-11']
    >>> _either_order(EitherOrderDate(year=2018, month=3, day=4), said("past")).value  # both past: month-first
    '2018-03-04'
    """
    as_written = _CALENDAR_ANCHOR(value, ctx)
    tense = ctx.tense if ctx.dct is not None else None
    if as_written is None or as_written.earliest is None or tense not in {"past", "future"}:
        return as_written
    swapped = _CALENDAR_ANCHOR(value.model_copy(update={"month": value.day, "day": value.month}), ctx)
    if swapped is None or swapped.earliest is None:
        return as_written
    def on_side(r: Resolved) -> bool:
        return r.latest <= ctx.dct if tense == "past" else r.earliest >= ctx.dct  # type: ignore[operator]
    return swapped if on_side(swapped) and not on_side(as_written) else as_written


def _yearless(m: re.Match[str], month: int, day: int) -> Built:
    """A month and a day with no year after a preposition of a day; "9/11" is the attacks' name, the rule of that
    name reads it or none does (a bare "on 9/11" may be a day of any year)."""
    if not (1 <= month <= 12 and 1 <= day <= 31) or (month, day) == (9, 11):
        return None
    if month < day <= _FRACTION_DENOMINATOR:
        return None
    if _DAY_PREPOSITION.search(m.string, max(0, m.start() - 9), m.start()) is None:
        return None
    if _OF_AFTER.match(m.string, m.end()):
        return None
    return CalendarDate(month=month, day=day)


# A version or release number is no date: "version 1.12.2018", "build 5.3.2019"
_VERSION_BEFORE = re.compile(r"(?i:version|ver\.?|release|build|firmware|revision|rev\.?|patch|update|kernel|v)[ \t]?$")


def _year_first(m: re.Match[str]) -> Built:
    """``2018/11/15``, ``2018.11.15``: year, month, day, as East Asian and some web pages write them."""
    if _VERSION_BEFORE.search(m.string, max(0, m.start() - 9), m.start()):
        return None
    return CalendarDate(year=int(m["y"]), month=int(m["m"] or m["m2"]), day=int(m["d"] or m["d2"]))


def _dotted(m: re.Match[str]) -> Built:
    """``15.11.2018``: day, month and a four-digit year as Europe writes them; never a version number.

    >>> dotted = next(r for r in RULES if r.name == "dotted-date").pattern
    >>> _dotted(dotted.search("on 5.3.2019")).month, _dotted(dotted.search("version 1.12.2018")) is None
    (3, True)
    """
    day, month = int(m["d"]), int(m["m"])
    if not (1 <= day <= 31 and 1 <= month <= 12) or _VERSION_BEFORE.search(m.string, max(0, m.start() - 9), m.start()):
        return None
    return CalendarDate(year=int(m["y"]), month=month, day=day)


# "the 9/11 attacks", "post-9/11": the attacks of 11 September 2001, named by their date; a noun of the attacks
# in lower case after it, or "post-"/"pre-" before it, tells the name from a yearless day ("on 9/11" stays none); a
# capital makes it part of a body's name ("the 9/11 Commission", "the 9/11 Memorial"), no date
_NINE_ELEVEN_AFTER = re.compile(r"[ \t](?:attacks?|terror\w*|hijack\w*|victims|families|responders|era|anniversary|"
                                r"generation|plot|plotters|mastermind|world|security)\b")


def _nine_eleven(m: re.Match[str]) -> Built:
    """"the 9/11 attacks", "post-9/11 rules": 11 September 2001; a bare "9/11" is none (a yearless day, a ratio).

    >>> rule = next(r for r in RULES if r.name == "nine-eleven").pattern
    >>> [_nine_eleven(rule.search(t)) is None for t in ("the 9/11 attacks", "post-9/11 rules", "a 9/11 vote",
    ...                                                 "since 9/11,", "on 9/11")]
    [False, False, True, False, True]
    """
    if m["pre"] or _NINE_ELEVEN_AFTER.match(m.string, m.end()) \
            or _EVENT_PREPOSITION.search(m.string, max(0, m.start() - 8), m.start()):
        return CalendarDate(year=2001, month=9, day=11)
    return None


# "since 9/11", "after 9/11", "before 9/11": these take an event, as "since the war" does, and no other reading of
# "9/11" (a day of this year, a vote) is told from a time before or after it; "on 9/11" may still be any year's day
_EVENT_PREPOSITION = re.compile(r"(?<![\w-])(?i:since|after|before)[ \t]{1,3}$")


_CALENDAR_ANCHOR = anchor.dispatch(CalendarDate)
anchor.register(EitherOrderDate, _either_order)


RULES = (
    # "2018-11-15", "2018-11-15T10:00:00Z", "2018-11-15 10:00", "2018-11-15T10:00:00.5+01:00"
    compile_rule("iso-date", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:(?:T|[ \t](?=\d\d:))(?P<hh>[01]\d|2[0-3]):"
                 r"(?P<mm>[0-5]\d)(?::[0-5]\d(?:[.,]\d{1,6})?)?(?P<zone>Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?"
                 rf"(?:(?<=\d){S}(?P<named>{ZONE_NAMES}))?)?",
                 _iso, priority=4),
    # "15.11.2018", "5.3.2019" (the rule's boundaries keep it out of a longer run of numbers: "1.1.5.2018.3")
    compile_rule("dotted-date", r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>1[89]\d\d|20\d\d)", _dotted, priority=4),
    compile_rule("nine-eleven", r"(?P<pre>(?i:post|pre)-)?(?P<t>9/11)(?![/\d])", _nine_eleven, priority=4),
    compile_rule("slashed-date", r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?P<y>\d{4}|\d\d))?", _slashed, priority=4),
    # "11-15-2018", "15-11-2018": read as the slashed ones are (a four-digit year only: "3-2-1" is a count)
    compile_rule("dashed-date", r"(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)-(?P<y>1[89]\d\d|20\d\d)", _slashed, priority=4),
    compile_rule("year-first-date", r"(?P<y>1[89]\d\d|20\d\d)(?:/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)|\.(?P<m2>[01]?\d)\."
                 r"(?P<d2>[0-3]?\d))", _year_first, priority=4),
)
