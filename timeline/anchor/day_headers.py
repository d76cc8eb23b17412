"""A story whose dateline is one of several day headers: a live blog or a diary run over days.

"Storm live\\n\\nMonday 11 March\\n\\n18:00 The storm makes landfall.\\n\\nTuesday 12 March\\n\\n07:00 ..." : the
first header is no more the story's day than the last; the story was written from the first day to the last
(newest first or last, the same), so the DCT spans them. A header's weekday keeps only the years it falls on,
and all the headers must fall on theirs in the one year. Read only when the dateline itself is a line that is
only a date, and only from the lines below that are only a date too (the same form: with a year, or without).

>>> from timeline.anchor.datelines import find_dateline
>>> story = "Storm live\\n\\nMonday 11 March\\n\\n18:00 Landfall.\\n\\nTuesday 12 March\\n\\n07:00 Dawn."
>>> [(h.month, h.day) for h in day_headers(story, find_dateline(story))]
[(3, 11), (3, 12)]
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from timeline.anchor.clues import Clue, yearless_intervals
from timeline.anchor.datelines import Dateline, _line_dateline
from timeline.anchor.dayset import MONTH_NAMES, MONTH_RE, WEEKDAY_NAME, WEEKDAY_NAMES, WEEKDAYS
from timeline.anchor.genres import entry_label, live_log
from timeline.anchor.mentions import DateMention, quote
from timeline.anchor.settings import AnchorSettings

# A line that is only a date: "Monday 11 March", "Tuesday, March 12", "March 12, 2019".
_BARE = re.compile(rf"[ \t]*(?:(?P<w>{WEEKDAY_NAME}),?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_RE}"
                   rf"|{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?[ \t]*$")
_MAX_HEADERS = 60


def day_headers(story: str, line: Dateline | None) -> list[Dateline]:
    """The dateline ``line`` and every line below it that is only a date of the same form, when ``line`` is one.

    One header alone (or several of one day) is returned as the dateline alone.
    """
    if line is None or line.month is None or not _BARE.fullmatch(story[line.start:line.end]):
        return [line] if line is not None else []
    found = [line]
    offset = line.end
    for raw in story[line.end:].splitlines(keepends=True):
        if len(found) < _MAX_HEADERS and _BARE.fullmatch(raw.rstrip("\r\n")):
            header = _line_dateline(offset, raw.rstrip("\r\n"))
            if header and header.valid and header.month and (header.year is None) == (line.year is None):
                found.append(header)
        offset += len(raw)
    return found


# A heading that calls the dated lines below it a list of events ("Upcoming events", "What's on", "From the
# diary"): its day headers are the entries' days, ahead or past, not the story's.
_LISTING = re.compile(r"\b(?:upcoming|coming\s+up|ahead|calendar|schedule|diary|agenda|listings?|what['’]s\s+on"
                      r"|fixtures|programme|program|timetable|key\s+dates)\b", re.IGNORECASE)


def listed(story: str, headers: list[Dateline]) -> bool:
    """Whether several day headers stand under a heading naming a list of events (see ``_LISTING``).

    >>> s = "Upcoming events\\n\\nSaturday 16 November\\n\\nGala.\\n\\nSunday 24 November\\n\\nFair."
    >>> from timeline.anchor.datelines import find_dateline
    >>> listed(s, day_headers(s, find_dateline(s)))
    True
    """
    days = {(h.month, h.day) for h in headers}
    return len(days) > 1 and bool(_LISTING.search(story, 0, headers[0].start))


def not_live(story: str, headers: list[Dateline]) -> bool:
    """Whether several day headers head the sections of a story that calls itself no live blog ("live", "as it
    happened" before the first): a preview ("What happens next", "The key votes"), a recap ("How the storm
    unfolded", "Timeline") or a diary ("My week") is written before or after the days it heads, not over them.

    >>> from timeline.anchor.datelines import find_dateline
    >>> days = "Monday 11 March\\n\\nLandfall.\\n\\nTuesday 12 March\\n\\nFloods."
    >>> stories = (f"How it unfolded\\n\\n{days}", f"Storm live\\n\\n{days}")
    >>> [not_live(s, day_headers(s, find_dateline(s))) for s in stories]
    [True, False]
    """
    days = {(h.month, h.day) for h in headers}
    return len(days) > 1 and not live_log(story, headers[0].start) and not _UPDATES.search(story, 0, headers[0].start)


# A page of posts that does not say "live": "Storm updates", "Rolling coverage", "minute by minute".
_UPDATES = re.compile(r"\b(?:updates|rolling|minute[- ]by[- ]minute)\b", re.IGNORECASE)


def _weekday(story: str, header: Dateline) -> int | None:
    named = _BARE.fullmatch(story[header.start:header.end])
    return WEEKDAYS[named["w"].lower()] if named and named["w"] else None


def _offset(first: Dateline | _Day, other: Dateline | _Day) -> int:
    """Days from ``first`` to ``other``, the nearer way round the year (headers of a blog are days apart)."""
    days = (dt.date(2000, other.month, other.day) - dt.date(2000, first.month, first.day)).days
    return days - 366 if days > 183 else days + 366 if days < -183 else days


def header_clues(story: str, headers: list[Dateline], settings: AnchorSettings) -> list[Clue]:
    """For yearless headers: each header's month-day in the plausible years (on its weekday), widened to the span.

    Intersected, they leave the days from the earliest header to the latest in the years where every header
    falls on its weekday.
    """
    days = [_Day(h.month, h.day, _weekday(story, h), f"day header “{h.text}”") for h in headers]
    if _ARCHIVED.search(story, 0, headers[0].start):  # "Storm: as it happened": the log, archived after its last day
        return _span_clues(days, settings.weekday_days, "the story was written over those days and archived after",
                           settings)
    return _span_clues(days, 0, "the story was written over those days", settings)


# A live log told as over: its page may be dated after its last day.
_ARCHIVED = re.compile(r"\b(?:as\s+it\s+happened|recap)\b", re.IGNORECASE)


class _Day(NamedTuple):
    month: int
    day: int
    weekday: int | None
    said: str


def _span_clues(days: list[_Day], later: int, why: str, settings: AnchorSettings) -> list[Clue]:
    """One clue per day: its month-day (on its weekday) widened to the days' span, and ``later`` days after it."""
    offsets = [_offset(days[0], d) for d in days]
    before, after = -min(offsets), max(offsets) + later
    clues = []
    for d, at in zip(days, offsets):
        said = (f"{d.said} ({d.day} {MONTH_NAMES[d.month - 1]}" + (", a " + WEEKDAY_NAMES[d.weekday] if d.weekday
                is not None else "") + f"), one of {len(days)}, {before + after - later} days from the first to "
                f"the last" + (f", and up to {later} days after" if later else "") + f": {why}; no year is written")
        clues.append(Clue("dateline", said, yearless_intervals(d.month, d.day, before + at, after - at, settings,
                                                               d.weekday), False, False, 5))
    return clues


_WEEKDAY_BEFORE = re.compile(rf"(?P<w>{WEEKDAY_NAME}),?\s+$")


# An entry's label on the date's own line: "12 March, 19:45 - ...", "Tuesday 12 March: ..." (not a line that is only a
# date, a day header read by header_clues, above an entry's time).
_ON_LINE = re.compile(r"[ \t]*(?:,?[ \t]*\d{1,2}(?:[:.]\d\d)?[ \t]*(?:a\.m\.|p\.m\.|am|pm|GMT|UTC)?)?"
                      r"[ \t]*(?::|-\s|–|—)")


def _same_line_label(text: str, d: DateMention) -> bool:
    """Whether the date labels an entry on its own line (see ``_ON_LINE``)."""
    return entry_label(text, d.start, d.end) and _ON_LINE.match(text, d.end) is not None


# A heading line: short, no sentence's end.
_HEADING = re.compile(r"^[^\n.!?]{1,60}$", re.MULTILINE)


def _listing_heading(text: str, end: int) -> bool:
    """Whether a heading line before ``end`` names a list of events ("Agenda", "Key dates", "Schedule"): the dated
    lines below are its entries, ahead or past, not posts (a live page may carry one: "Brexit week: live\\n\\nAgenda").

    >>> t = "Brexit week: live\\n\\nAgenda\\n\\nTuesday 12 March, 19:00 - vote."
    >>> _listing_heading(t, t.index("Tues")), _listing_heading("Vote live\\n\\nMPs vote ahead of the deadline.\\n", 99)
    (True, False)
    """
    return any(_LISTING.search(h.group()) for h in _HEADING.finditer(text, 0, end))


def entry_clues(text: str, dates: list[DateMention], settings: AnchorSettings) -> list[Clue]:
    """A live blog's entries labelled by dates without a year ("Tuesday 12 March, 19:45 - MPs begin voting"):
    posted as they happen, so the DCT lies from the first entry's day to ``weekday_days`` after the last's (the
    page may carry a later day: the log goes on, or is archived), in the years where each falls on its weekday.

    >>> from timeline.anchor.mentions import yearless_dates
    >>> t = "Vote: live updates\\n\\nTuesday 12 March, 19:45 - MPs vote.\\n\\nTuesday 12 March, 20:05 - Defeat."
    >>> [c.intervals[-1] for c in entry_clues(t, yearless_dates(t, []), AnchorSettings(max_year=2020))][:1]
    [(datetime.date(2019, 3, 12), datetime.date(2019, 3, 18))]
    """
    entries = [d for d in dates if _same_line_label(text, d) and live_log(text, d.start)][:_MAX_HEADERS]
    if not entries or _listing_heading(text, entries[0].start):
        return []
    days = []
    for d in entries:
        named = _WEEKDAY_BEFORE.search(text, max(0, d.start - 12), d.start)
        days.append(_Day(d.month, d.day, WEEKDAYS[named["w"].lower()] if named else None,
                         f"live entry {quote(text, d.start, d.end)}"))
    return _span_clues(days, settings.weekday_days, "a live blog posts its entries as they happen, and its page may "
                       "carry a later day (the log goes on, or is archived)", settings)
