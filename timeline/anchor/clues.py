"""Clues to a document's creation time found in its own text.

Each clue is the set of days the DCT may fall on if the clue is right, written
as sorted disjoint intervals over the plausible window (``min_year`` ..
``max_year``). Heuristics, each quoted in the evidence it produces:

- a full date ("November 30, 2018") said in the past: the DCT is on or after it;
  said in the future: on or before it;
- a year ("in 2016", "the 2018 midterm elections") in a past sentence: the DCT
  is on or after 1 January of it; in a future sentence: on or before 31 December;
- a date without a year ("on November 15"): news tells recent dates without a
  year, so the DCT is within ``yearless_days`` after it (past) or before it (future);
- a weekday tied to such a date ("the November 6 midterm elections ... the
  midterms held on Tuesday"): only years in which that date is that weekday, and
  the DCT within ``weekday_days`` of it, as a bare weekday names a day of the
  week around the DCT. A weekday is tied to a date written beside it ("Tuesday,
  Nov. 6") or when a noun after the date ("midterm elections") recurs just
  before the weekday ("midterms held on Tuesday");
- a full date in a photo caption (cut as junk): the photo is older than the
  article, so the DCT is on or after it.

>>> from timeline.anchor.settings import AnchorSettings
>>> [c.kind for c in text_clues("The accord was signed in 2016, officials said.", AnchorSettings())]
['year']
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import NamedTuple

from timeline.anchor.dayset import (MONTH_NAMES, MONTH_RE, WEEKDAY_NAMES, WEEKDAYS, Interval,
                                      month_number, normalise, safe_date, shift)
from timeline.anchor.settings import AnchorSettings
from timeline.anchor.tense import Tense, tense_at


class Clue(NamedTuple):
    """Days the DCT may fall on, if this clue is right, with the evidence in words."""

    kind: str
    evidence: str
    intervals: list[Interval]
    lower: bool  # bounds the DCT from below by evidence, not by the plausible window
    upper: bool
    strength: int  # stronger clues are applied first


class DateMention(NamedTuple):
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
_YEAR = re.compile(r"(?<![\d$€£¥.,/:\-])\b(?P<y>1[89]\d\d|20\d\d|2100)\b(?![\d%]|[.,:/\-]\d|s\b)")
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|of|by|until|till|from|to|through|during|before|after|early|late|the|and|or|year|"
    r"summer|winter|spring|autumn|fall|around|for|mid|" + MONTH_RE.strip("(?:)\\.?") + r")[\s-]*|mid-)$",
    re.IGNORECASE)
_COUNTED = re.compile(r"\s+[a-z]+s\b")
_NOUN_AFTER_OK = frozenset("elections midterms olympics games talks polls negotiations protests".split())
_WEEKDAY = re.compile(r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s\b|\s+[A-Z])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_STOP = frozenset("""about above after again against along among around because before being below
between during every other their there these those under until which while would could should
according that with have been they said says from this were will when what into than then them
also over some such only most more very just your ours their here there where held took made""".split())


def _quote(text: str, start: int, end: int, room: int = 80) -> str:
    """The words around ``[start, end)`` within its sentence, in quotes, cut at word edges."""
    lo = max(0, start - room)
    stops = list(re.finditer(r"[.!?]\s|\n", text[lo:start]))
    cut_left = not stops and lo > 0
    lo = lo + stops[-1].end() if stops else lo
    tail = text[end:end + room]
    stop = re.search(r"[.!?](?=\s|$)|\n", tail)
    hi = end + (stop.end() if stop else len(tail))
    cut_right = stop is None and hi < len(text)
    words = text[lo:hi].split()
    words = words[1:] if cut_left and len(words) > 1 else words
    words = words[:-1] if cut_right and len(words) > 1 else words
    return f"“{'…' if cut_left else ''}{' '.join(words)}{'…' if cut_right else ''}”"


def _domain(s: AnchorSettings) -> Interval:
    return dt.date(s.min_year, 1, 1), dt.date(s.max_year, 12, 31)


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


def yearless_dates(text: str, full: list[DateMention]) -> list[DateMention]:
    """Month-day dates written without a year (not part of a full date)."""
    found = {}
    for pattern in _YEARLESS:
        for m in pattern.finditer(text):
            month = month_number(m["m"])
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


def _tense_phrase(tense: Tense) -> str:
    return {"past": "told as past", "future": "told as future", "unknown": "tense unclear"}[tense]


def _date_clue(text: str, d: DateMention, s: AnchorSettings, kind: str = "date") -> Clue | None:
    tense = "past" if kind == "caption" else tense_at(text, d.start, d.end)
    day = dt.date(d.year, d.month, d.day)
    lo, hi = _domain(s)
    if tense == "unknown" or not lo <= day <= hi:
        return None
    what = "a photo caption dated" if kind == "caption" else f"{_quote(text, d.start, d.end)} ({_tense_phrase(tense)}):"
    if tense == "past":
        return Clue(kind, f"{what} on or after {day.isoformat()}", [(day, hi)], True, False, 4)
    return Clue(kind, f"{what} on or before {day.isoformat()}", [(lo, day)], False, True, 4)


# Years after these words are not said to be past or future by the verb ("by 1992", "for 1990").
_YEAR_UNTENSED = re.compile(r"\b(?:by|until|till|for|through|before|after|to|beyond)\s+$", re.IGNORECASE)


def _year_clue(text: str, start: int, end: int, year: int, s: AnchorSettings) -> Clue | None:
    if _YEAR_UNTENSED.search(text[max(0, start - 10):start]):
        return None
    tense = tense_at(text, start, end, look_after=False)
    lo, hi = _domain(s)
    if tense == "unknown" or not s.min_year <= year <= s.max_year:
        return None
    quote = _quote(text, start, end)
    if tense == "past":
        return Clue("year", f"{quote} ({_tense_phrase(tense)}): on or after {year}-01-01",
                    [(dt.date(year, 1, 1), hi)], True, False, 3)
    return Clue("year", f"{quote} ({_tense_phrase(tense)}): on or before {year}-12-31",
                [(lo, dt.date(year, 12, 31))], False, True, 3)


def yearless_intervals(month: int, day: int, before: int, after: int, s: AnchorSettings,
                       weekday: int | None = None) -> list[Interval]:
    """For every year in the window (whose month-day is ``weekday``, if given): [date - before, date + after]."""
    lo, hi = _domain(s)
    out = []
    for year in range(s.min_year, s.max_year + 1):
        day_ = safe_date(year, month, day)
        if day_ is None or (weekday is not None and day_.weekday() != weekday):
            continue
        out.append((shift(day_, -before, lo, hi), shift(day_, after, lo, hi)))
    return normalise(out)


def _yearless_clue(text: str, d: DateMention, s: AnchorSettings, tense: Tense) -> Clue | None:
    if tense == "unknown":
        return None
    name = f"{d.day} {MONTH_NAMES[d.month - 1]}"
    before, after = (0, s.yearless_days) if tense == "past" else (s.yearless_days, 0)
    side = "after" if tense == "past" else "before"
    return Clue("yearless", f"{_quote(text, d.start, d.end)} ({_tense_phrase(tense)}, no year): "
                            f"within {s.yearless_days} days {side} {name}",
                yearless_intervals(d.month, d.day, before, after, s), False, False, 1)


def text_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """Every clue of ``text`` (read up to ``settings.scan_chars``), at most ``settings.max_clues``.

    Mentions that say the same thing (the same month-day in the same tense) give one
    clue, quoting the first, so a long text costs linear time.
    """
    from timeline.anchor.weekdays import weekday_clues

    text = text[: settings.scan_chars]
    cap = settings.max_clues
    full = full_dates(text)[:cap]
    clues = [_date_clue(text, d, settings) for d in full]
    clues += [_year_clue(text, a, b, y, settings) for a, b, y in years(text, full)[:cap]]
    yearless = yearless_dates(text, full)[:cap]
    said: set[tuple[int, int, str]] = set()
    for d in yearless:
        tense = tense_at(text, d.start, d.end)
        if (d.month, d.day, tense) not in said:
            said.add((d.month, d.day, tense))
            clues.append(_yearless_clue(text, d, settings, tense))
    clues += weekday_clues(text, yearless, settings)
    return _unique([c for c in clues if c is not None])[:cap]


def _unique(clues: list[Clue]) -> list[Clue]:
    seen, out = set(), []
    for clue in clues:
        key = (clue.kind, tuple(clue.intervals[:3]), len(clue.intervals))
        if key not in seen:
            seen.add(key)
            out.append(clue)
    return out


def caption_clues(captions: list[str], settings: AnchorSettings) -> list[Clue]:
    """Lower bounds from full dates in photo captions."""
    clues = []
    for caption in captions:
        for d in full_dates(caption):
            clue = _date_clue(caption, d, settings, kind="caption")
            if clue:
                clues.append(clue._replace(evidence=f"{clue.evidence} ({_quote(caption, d.start, d.end)})"))
    return _unique(clues)
