"""Weekdays tied to dates: "the November 6 midterm elections ... the midterms held on Tuesday".

A weekday is tied to a yearless date written beside it ("Tuesday, Nov. 6", "Nov. 6
(Tuesday)") or when a content word right after the date ("midterm elections")
shares its first six letters with a word in the eight words before the weekday
that only its own verb separates from the weekday ("midterms held on Tuesday", "the
November 6 vote, held on Tuesday"; not "lawyers for the hearing filed papers on
Friday", nor "the Dec. 31 concert went on sale on Monday", which date the filing and
the sale). Untied weekdays say nothing about the year.

>>> from timeline.anchor.settings import AnchorSettings
>>> from timeline.anchor.clues import yearless_dates
>>> text = "It came after the November 6 midterm elections. The midterms held on Tuesday gave a split."
>>> clue = weekday_clues(text, yearless_dates(text, []), AnchorSettings(min_year=2010, max_year=2020))[0]
>>> sorted({lo.year for lo, hi in clue.intervals})
[2012, 2018]
"""

from __future__ import annotations

import bisect
import itertools
import re

from timeline.anchor.dayset import MONTH_NAMES, WEEKDAY_NAMES, WEEKDAYS
from timeline.anchor.clues import Clue, publication_dated, yearless_intervals
from timeline.anchor.mentions import STOP_WORDS, WEEKDAY_RE, WORD_RE, DateMention, quote, sentence_around
from timeline.anchor.settings import AnchorSettings
from timeline.anchor.tense import is_past_word, tense_at
from timeline.timex.calendar import safe_date

_GAP_BESIDE = re.compile(r"^[\s,(]*$")
REACH = 2000  # characters between a weekday and a date it may be tied to


def _keys(words: list[str]) -> set[str]:
    return {w.lower()[:6] for w in words if len(w) >= 4 and w.islower() and w.lower() not in STOP_WORDS}


def _date_keys(text: str, d: DateMention) -> set[str]:
    """The words naming what the date dates: up to three after it, ending before a verb.

    >>> _date_keys("the Dec. 31 concert went on sale", DateMention(4, 11, 12, 31, None))
    {'concer'}
    """
    after = re.split(r"[.;:!?,()\n]", text[d.end:d.end + 60], maxsplit=1)[0]
    words = list(itertools.takewhile(lambda w: not is_past_word(w) and w.lower() not in _GAP_WORDS,
                                     WORD_RE.findall(after)[:3]))
    return _keys(words)


def _tie(text: str, d: DateMention, keys: set[str], w: re.Match) -> str | None:
    """How weekday ``w`` is tied to date ``d``: "beside" it, through a shared "noun", or None."""
    if w.end() <= d.start and _GAP_BESIDE.match(text[w.end():d.start]) and d.start - w.end() <= 3:
        return "beside"  # "Tuesday, Nov. 6"
    if d.end <= w.start() and re.fullmatch(r"\s*\(", text[d.end:w.start()] or "x"):
        return "beside"  # "Nov. 6 (Tuesday)"
    if not keys:
        return None
    # The weekday must date the event the noun names, so only the noun's own verb may stand
    # between ("the Dec. 31 concert went on sale on Monday": the sale's Monday, not the concert's).
    before = text[sentence_around(text, w.start(), w.start(), 80, lines=False).start:w.start()]  # wraps kept
    found = list(WORD_RE.finditer(before))[-8:]
    for i, word in enumerate(found):
        if _keys([word.group()]) & keys and _own_verb([x.group().lower() for x in found[i + 1:]]):
            return "noun"
    return None


# Words that may stand between an event's noun and its weekday besides the one verb that
# dates it: "the midterms (that were) held on Tuesday".
_GAP_WORDS = frozenset("that which who was were is are be been being had has have on last this early late".split())


def _own_verb(gap: list[str]) -> bool:
    """Whether the words between the noun and the weekday are at most the noun's own verb.

    "The midterms held on Tuesday": the weekday dates the midterms. "Lawyers for the
    hearing filed papers on Friday": it dates the filing, not the hearing.

    >>> _own_verb(["were", "held", "on"]), _own_verb(["filed", "papers", "on"])
    (True, False)
    """
    return sum(word not in _GAP_WORDS for word in gap) <= 1


def _near(dates: list[DateMention], starts: list[int], at: int, reach: int) -> list[DateMention]:
    """The dates that start within ``reach`` characters of ``at`` (a tie is a local matter)."""
    return dates[bisect.bisect_left(starts, at - reach):bisect.bisect_right(starts, at + reach)]


def weekday_clues(text: str, dates: list[DateMention], settings: AnchorSettings,
                  reach: int = REACH) -> list[Clue]:
    """Year-restricting clues from weekdays tied to yearless dates (both quoted).

    Only dates within ``reach`` characters of the weekday are tried, and each
    (date, weekday, tense) is made into a clue once, so the work stays linear.
    """
    starts = [d.start for d in dates]
    keys = {d.start: _date_keys(text, d) for d in dates}
    clues: dict[tuple, Clue] = {}
    for w in itertools.islice(WEEKDAY_RE.finditer(text), settings.max_clues):
        weekday = WEEKDAYS[w["w"].lower()]
        for d in _near(dates, starts, w.start(), reach):
            tie = _tie(text, d, keys[d.start], w)
            if tie is None:
                continue
            dated = publication_dated(text, w.start(), w.end()) or publication_dated(text, d.start, d.end)
            tense = "unknown" if dated else tense_at(text, w.start(), w.end())
            if (d.month, d.day, weekday, tense, tie) not in clues:
                clue = _clue(text, d, w, weekday, tense, tie, settings)
                if clue:
                    clues[(d.month, d.day, weekday, tense, tie)] = clue
    return list(clues.values())


def _clue(text: str, d: DateMention, w: re.Match, weekday: int, tense: str, tie: str,
          settings: AnchorSettings) -> Clue | None:
    # A bare weekday ("held on Tuesday") names a day of the DCT's week; one written with
    # its date ("on Friday, Oct. 23") may be any recent date, as a date without a year is.
    n = settings.weekday_days if tie == "noun" else settings.yearless_days
    before, after = {"past": (0, n), "future": (n, 0)}.get(tense, (n, n))
    intervals = yearless_intervals(d.month, d.day, before, after, settings, weekday)
    if not intervals:
        return None
    # The year of the date inside each interval (a window reaching 182 days either side spans two years).
    years = sorted({y for lo, hi in intervals for y in {lo.year, hi.year}
                    if (day := safe_date(y, d.month, d.day)) and lo <= day <= hi and day.weekday() == weekday})
    return Clue(
        "weekday",
        f"{quote(text, d.start, d.end)} and {quote(text, w.start(), w.end())}: "
        f"{d.day} {MONTH_NAMES[d.month - 1]} was a {WEEKDAY_NAMES[weekday]} in "
        f"{len(years)} years of {settings.min_year}-{settings.max_year} "
        f"({', '.join(map(str, years[:40]))}{' ...' if len(years) > 40 else ''}); "
        f"the DCT is within {n} days of it",
        intervals, False, False, 2)
