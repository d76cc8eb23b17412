"""Finding dates, years and weekdays in a text, and quoting them.

>>> text = "Putin met Pence on November 15; the accord of 12 March 2016 holds."
>>> [(d.month, d.day, d.year) for d in full_dates(text)], [(d.month, d.day) for d in yearless_dates(text, [])]
([(3, 12, 2016)], [(11, 15), (3, 12)])
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from timeline.anchor.dayset import MONTH_RE, WEEKDAY_NAME, YEAR_RE, month_number
from timeline.timex.calendar import safe_date


class DateMention(NamedTuple):
    """A date written in the text; ``year`` is None when it is not written."""

    start: int
    end: int
    month: int
    day: int
    year: int | None


_SUFFIX = r"(?:st|nd|rd|th)?"
_FULL = (
    re.compile(rf"\b(?P<m>{MONTH_RE})\s+(?P<d>\d{{1,2}}){_SUFFIX},?\s+(?P<y>\d{{4}})\b(?![\d:])"),
    re.compile(rf"\b(?P<d>\d{{1,2}}){_SUFFIX}\s+(?:of\s+)?(?P<m>{MONTH_RE}),?\s+(?P<y>\d{{4}})\b(?![\d:])"),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b(?!-\d)"),
)
_YEARLESS = (
    re.compile(rf"\b(?P<m>{MONTH_RE})\s+(?P<d>\d{{1,2}}){_SUFFIX}\b(?![\d:.,]\d)"),
    re.compile(rf"\b(?P<d>\d{{1,2}}){_SUFFIX}\s+(?:of\s+)?(?P<m>{MONTH_RE})(?!\w)"),
)
_YEAR = re.compile(rf"(?<![\d$€£¥.,/:\-])\b(?P<y>{YEAR_RE}|2100)\b(?![\d%]|[.,:/\-]\d|s\b)")
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|of|by|until|till|from|to|through|during|before|after|early|late|the|and|or|year|"
    r"summer|winter|spring|autumn|fall|around|for|mid|" + MONTH_RE.strip("(?:)\\.?") + r")[\s-]*|mid-)$",
    re.IGNORECASE)
_COUNTED = re.compile(r"\s+[a-z]+s\b")
_NOUN_AFTER_OK = frozenset("elections midterms olympics games talks polls negotiations protests".split())
WEEKDAY_RE = re.compile(rf"\b(?P<w>{WEEKDAY_NAME})\b(?!s\b|\s+[A-Z])")
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]+")
STOP_WORDS = frozenset("""about above after again against along among around because before being below
between during every other their there these those under until which while would could should
according that with have been they said says from this were will when what into than then them
also over some such only most more very just your ours their here there where held took made
million millions billion billions trillion percent cents dollars shares""".split())


# Where a sentence ends: a mark and a space; ``quoted``, closing quotes may stand between ("he said.” The");
# ``lines``, a line break too (hard-wrapped text wants lines=False).
_STOPS = {(quoted, lines): re.compile((r"[.!?]['\"”’`]*\s" if quoted else r"[.!?]\s") + (r"|\n" if lines else ""))
          for quoted in (False, True) for lines in (False, True)}
_ENDS = {True: re.compile(r"[.!?](?=\s|$)|\n"), False: re.compile(r"[.!?](?=\s|$)")}


class Sentence(NamedTuple):
    """The sentence around a mention, within ``room`` characters each side; ``cut_*``: the room ran out."""

    start: int
    end: int  # just after its closing mark (or the room's end)
    cut_left: bool
    cut_right: bool


def sentence_around(text: str, start: int, end: int, room: int = 80, *, quoted: bool = False,
                    lines: bool = True) -> Sentence:
    """The sentence holding ``[start, end)``, at most ``room`` characters each side of it.

    It starts after the last ``.``, ``!`` or ``?`` and a space (``quoted``: closing quotes may stand
    between) or line break (unless ``lines`` is False) before ``start``, and ends with the first such
    mark or line break after ``end``.

    >>> text = "He left. Talks will resume after the vote. Nobody knows."
    >>> s = sentence_around(text, text.index("after"), text.index(" the vote"))
    >>> text[s.start:s.end], s.cut_left, s.cut_right
    ('Talks will resume after the vote.', False, False)
    >>> text = 'He said." Talks resume.'
    >>> [text[s.start:s.end] for s in (sentence_around(text, 10, 15), sentence_around(text, 10, 15, quoted=True))]
    ['He said." Talks resume.', 'Talks resume.']
    >>> text = "The vote held\\non Tuesday. Talks"
    >>> [text[s.start:s.end] for s in (sentence_around(text, 17, 24), sentence_around(text, 17, 24, lines=False))]
    ['on Tuesday.', 'The vote held\\non Tuesday.']
    """
    lo = max(0, start - room)
    stops = list(_STOPS[quoted, lines].finditer(text[lo:start]))
    cut_left = not stops and lo > 0
    lo = lo + stops[-1].end() if stops else lo
    tail = text[end:end + room]
    stop = _ENDS[lines].search(tail)
    hi = end + (stop.end() if stop else len(tail))
    return Sentence(lo, hi, cut_left, stop is None and hi < len(text))


def quote(text: str, start: int, end: int, room: int = 80) -> str:
    """The words around ``[start, end)`` within its sentence, in quotes, cut at word edges.

    >>> quote("He left. Talks will resume after the vote. Nobody knows.", 24, 33)
    '“Talks will resume after the vote.”'
    """
    around = sentence_around(text, start, end, room)
    words = text[around.start:around.end].split()
    words = words[1:] if around.cut_left and len(words) > 1 else words
    words = words[:-1] if around.cut_right and len(words) > 1 else words
    return f"“{'…' if around.cut_left else ''}{' '.join(words)}{'…' if around.cut_right else ''}”"


def full_dates(text: str) -> list[DateMention]:
    """Every date with day, month and year that exists (30 February does not)."""
    found = []
    for pattern in _FULL:
        for m in pattern.finditer(text):
            month = int(m["m"]) if m["m"].isdigit() else month_number(m["m"])
            if month and safe_date(int(m["y"]), month, int(m["d"])):
                found.append(DateMention(m.start(), m.end(), month, int(m["d"]), int(m["y"])))
    return sorted(found)


def _overlaps(start: int, end: int, spans: list[DateMention]) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans`` (sorted, disjoint): a binary search."""
    i = bisect.bisect_right(spans, (start,)) - 1
    return any(0 <= j < len(spans) and spans[j].start < end and start < spans[j].end for j in (i, i + 1))


# "Feb. 12 last year", "March 4 of next year": a year named in words, not a recent month-day.
_WORDED_YEAR = re.compile(r",?\s+(?:of\s+)?(?:last|next|the\s+previous|the\s+following|the\s+same)\s+year\b")


def yearless_dates(text: str, full: list[DateMention]) -> list[DateMention]:
    """Month-day dates written without a year (not part of a full date, nor of "Feb. 12 last year").

    >>> [(d.month, d.day) for d in yearless_dates("on Feb. 10, as on Feb. 12 last year", [])]
    [(2, 10)]
    """
    found = {}
    for pattern in _YEARLESS:
        for m in pattern.finditer(text):
            month = month_number(m["m"])
            if _WORDED_YEAR.match(text, m.end()):
                continue
            if month and safe_date(2000, month, int(m["d"])) and not _overlaps(m.start(), m.end(), full):
                found[m.start()] = DateMention(m.start(), m.end(), month, int(m["d"]), None)
    return sorted(found.values())


def years(text: str, full: list[DateMention]) -> list[tuple[int, int, int]]:
    """(start, end, year) of years that read as years, outside full dates.

    >>> years("In 2016 there were 2000 troops and the 2018 midterm elections.", [])
    [(3, 7, 2016), (39, 43, 2018)]
    """
    found = []
    for m in _YEAR.finditer(text):
        if _overlaps(m.start(), m.end(), full) or not _YEAR_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        counted = _COUNTED.match(text, m.end())
        before = text[max(0, m.start() - 5):m.start()].lower()
        if counted and counted.group().strip() not in _NOUN_AFTER_OK and before.strip().endswith(("the", "and", "or")):
            continue
        found.append((m.start(), m.end(), int(m["y"])))
    return found
