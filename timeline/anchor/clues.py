"""Clues to a document's creation time found in its own text.

Each clue is the set of days the DCT may fall on if the clue is right, written
as sorted disjoint intervals over the plausible window (``min_year`` ..
``max_year``). Heuristics, each quoted in the evidence it produces:

- a full date ("November 30, 2018") said in the past: the DCT is on or after it;
  said in the future: on or before it;
- a year ("was signed in 2016") in a past clause: the DCT is on or after 1 January
  of it; in a future clause: on or before 31 December (a year naming a thing, "the
  2018 midterm elections", or after "by", "until", "for" ... gives nothing);
- a whole period's change or total told in the past ("grew 6.6 percent in 2018"): the
  period is over, so the DCT is after its end (see :mod:`timeline.anchor.periods`);
- a date without a year ("on November 15"): news tells recent dates without a
  year, so the DCT is within ``yearless_days`` after it (past) or before it (future);
  a deadline's, a period end's, a cover date's or a record's tells no side by its verb
  (see :mod:`timeline.anchor.untensed`);
- a date a weekday-dated act puts after itself ("said Tuesday he would meet Kim on June 12"):
  the DCT is at most ``weekday_days`` after it (see :mod:`timeline.anchor.dated_acts`);
- an age at death and a birth date ("died on Sunday at 87 ... Born in 1932"): the death's
  span of days (see :mod:`timeline.anchor.obituaries`);
- a weekday tied to such a date ("the November 6 midterm elections ... the
  midterms held on Tuesday"): only years in which that date is that weekday, and
  the DCT within ``weekday_days`` of it, as a bare weekday names a day of the
  week around the DCT (see :mod:`timeline.anchor.weekdays`);
- a full date in a photo caption (cut as junk): the photo is older than the
  article, so the DCT is on or after it.

>>> from timeline.anchor.settings import AnchorSettings
>>> [c.kind for c in text_clues("The accord was signed in 2016, officials said.", AnchorSettings())]
['year']
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import NamedTuple

from timeline.anchor.dayset import MONTH_NAMES, Interval, normalise, shift
from timeline.timex.calendar import safe_date
from timeline.anchor.mentions import DateMention, full_dates, quote, yearless_dates, years
from timeline.anchor.settings import AnchorSettings
from timeline.anchor.tense import Tense, tense_at
from timeline.anchor.untensed import publication_dated, untensed, when_clause  # noqa: F401  (publication_dated: its import path)


class Clue(NamedTuple):
    """Days the DCT may fall on, if this clue is right, with the evidence in words."""

    kind: str
    evidence: str
    intervals: list[Interval]
    lower: bool  # bounds the DCT from below by evidence, not by the plausible window
    upper: bool
    strength: int  # stronger clues are applied first


def domain(s: AnchorSettings) -> Interval:
    """The plausible window: every day of the years ``min_year`` .. ``max_year``.

    >>> from timeline.anchor.settings import AnchorSettings
    >>> domain(AnchorSettings(min_year=1990, max_year=2020))
    (datetime.date(1990, 1, 1), datetime.date(2020, 12, 31))
    """
    return dt.date(s.min_year, 1, 1), dt.date(s.max_year, 12, 31)


def tense_phrase(tense: Tense) -> str:
    return {"past": "told as past", "future": "told as future", "unknown": "tense unclear"}[tense]


def bound_clue(kind: str, said: str, tense: Tense, first: dt.date, last: dt.date, s: AnchorSettings,
               strength: int) -> Clue:
    """The clue of a time told in ``tense``: past, the DCT is on or after ``first``; else on or before ``last``.

    ``said`` opens the evidence (the quote and why), the bound closes it.

    >>> from timeline.anchor.settings import AnchorSettings
    >>> bound_clue("year", "'in 2016' (told as past):", "past", dt.date(2016, 1, 1), dt.date(2016, 12, 31),
    ...            AnchorSettings(), 3).evidence
    "'in 2016' (told as past): on or after 2016-01-01"
    """
    lo, hi = domain(s)
    if tense == "past":
        return Clue(kind, f"{said} on or after {first.isoformat()}", [(first, hi)], True, False, strength)
    return Clue(kind, f"{said} on or before {last.isoformat()}", [(lo, last)], False, True, strength)


# "Last modified: March 5, 2019": a change made on or after the creation (read by :mod:`timeline.anchor.stamps`),
# not a past the DCT follows.
MODIFIED = re.compile(r"(?:Last\s+(?:modified|updated|revised|edited)|Page\s+last\s+(?:modified|updated)"
                      r"|Modified)\s*(?:on)?\s*:?\s*", re.IGNORECASE)
_MODIFIED_BEFORE = re.compile(MODIFIED.pattern + "$", re.IGNORECASE)
# A date that opens a condition or a term ("Orders placed before 12/01/2019 ship free", "The rule, effective
# January 7, 2020, was announced", "valid until", "submitted after"): the verb tells when the orders or the
# announcement are, not on which side of the date the DCT is (review H5, session 9).
_CONDITION_BEFORE = re.compile(r"\b(?:before|after|by|until|till|through|thru|effective|expir(?:e|es|ed|ing|y)"
                              r"|valid|deadline|from|starting|beginning|between)\s+(?:on\s+)?$", re.IGNORECASE)


def stamped_or_conditional(text: str, start: int) -> bool:
    """Whether the date at ``start`` follows a modification stamp ("Last modified:") or opens a condition or a term
    ("before", "effective", "valid until"): the date says nothing of the side of it the DCT lies on.

    >>> s = "Orders placed before 12/01/2019 ship free."
    >>> stamped_or_conditional(s, s.index("12/")), stamped_or_conditional("It opened on 12/01/2019.", 13)
    (True, False)
    """
    before = text[max(0, start - 30):start]
    return bool(_MODIFIED_BEFORE.search(before) or _CONDITION_BEFORE.search(before))


def _date_clue(text: str, d: DateMention, s: AnchorSettings, kind: str = "date") -> Clue | None:
    if kind != "caption" and stamped_or_conditional(text, d.start):
        return None
    tense = "past" if kind == "caption" else tense_at(text, d.start, d.end)
    day = dt.date(d.year, d.month, d.day)
    lo, hi = domain(s)
    from timeline.anchor.genres import correction_dated, entry_label, entry_tense, speakers_future

    if tense == "unknown" and kind != "caption" and entry_label(text, d.start, d.end):
        tense = entry_tense(text, d.end)  # a live blog's or a timeline's entry, told in a historic present
    if kind != "caption" and correction_dated(text, d.start):  # a correction comes after the story
        return Clue(kind, f"{quote(text, d.start, d.end)} (a correction's date): the story was written on or "
                          f"before {day.isoformat()}", [(lo, day)], False, True, 4) if lo <= day <= hi else None
    if tense == "unknown" or not lo <= day <= hi or tense == "future" and speakers_future(text, d.start, d.end):
        return None
    what = "a photo caption dated" if kind == "caption" else f"{quote(text, d.start, d.end)} ({tense_phrase(tense)}):"
    return bound_clue(kind, what, tense, day, day, s, 4)


def yearless_intervals(month: int, day: int, before: int, after: int, s: AnchorSettings,
                       weekday: int | None = None) -> list[Interval]:
    """For every year in the window (whose month-day is ``weekday``, if given): [date - before, date + after]."""
    return list(_yearless(month, day, before, after, s.min_year, s.max_year, weekday))


@functools.lru_cache(maxsize=2048)
def _yearless(month: int, day: int, before: int, after: int, min_year: int, max_year: int,
              weekday: int | None) -> tuple[Interval, ...]:
    # Memoised: a pure function of its arguments, asked for again by every yearless dateline.
    lo, hi = dt.date(min_year, 1, 1), dt.date(max_year, 12, 31)
    out = []
    for year in range(min_year, max_year + 1):
        day_ = safe_date(year, month, day)
        if day_ is None or (weekday is not None and day_.weekday() != weekday):
            continue
        out.append((shift(day_, -before, lo, hi), shift(day_, after, lo, hi)))
    return tuple(normalise(out))


def _yearless_clue(text: str, d: DateMention, s: AnchorSettings, tense: Tense) -> Clue | None:
    if tense == "unknown":
        return None
    from timeline.anchor.anniversaries import counted_reach  # anniversaries reads this module's Clue
    name = f"{d.day} {MONTH_NAMES[d.month - 1]}"
    before, after = (0, s.yearless_days) if tense == "past" else (s.yearless_days, 0)
    reach = counted_reach(text, d.start) if tense == "past" else None
    if reach is not None and reach > s.yearless_days:  # "six months since the attack on March 15": further back
        after = reach
    side = "after" if tense == "past" else "before"
    return Clue("yearless", f"{quote(text, d.start, d.end)} ({tense_phrase(tense)}, no year): "
                            f"within {max(before, after)} days {side} {name}",
                yearless_intervals(d.month, d.day, before, after, s), False, False, 1)


def text_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """Every clue of ``text`` (read up to ``settings.scan_chars``), at most ``settings.max_clues``.

    Mentions that say the same thing (the same month-day in the same tense) give one
    clue, quoting the first, so a long text costs linear time.
    """
    from timeline.anchor.ages import age_clues
    from timeline.anchor.anniversaries import anniversary_clues
    from timeline.anchor.counts import count_clues
    from timeline.anchor.dated_acts import dated_act_clues
    from timeline.anchor.dated_events import dated_event_clues
    from timeline.anchor.day_headers import entry_clues
    from timeline.anchor.genres import other_time, scene_clue
    from timeline.anchor.obituaries import obituary_clues
    from timeline.anchor.numeric import numeric_clues
    from timeline.anchor.named import after_event_clues, before_event_clues, named_event_clues, outcome_clues
    from timeline.anchor.periods import period_clues, under_way_clues
    from timeline.anchor.yearclues import fiscal_clues, relative_year_clues, year_clue
    from timeline.anchor.weekdays import weekday_clues

    text = text[: settings.scan_chars]
    cap = settings.max_clues
    full = full_dates(text)[:cap]
    clues = [_date_clue(text, d, settings) for d in full] + numeric_clues(text, settings)
    clues += [year_clue(text, a, b, y, settings) for a, b, y in years(text, full)[:cap]]
    clues += fiscal_clues(text, settings)[:cap] + relative_year_clues(text, settings)[:cap]
    clues += period_clues(text, settings)[:cap] + under_way_clues(text, settings)[:cap]
    yearless, said = [], set()
    undated = yearless_dates(text, full)[:cap]
    clues += entry_clues(text, undated, settings)  # a live blog's entries: its days (day_headers.py)
    for d in undated:
        tense = when_clause(text, d) if untensed(text, d) else tense_at(text, d.start, d.end)
        if other_time(text, d, full, tense):  # a scene's, an entry's, a correction's, a plot's (genres.py)
            clues.append(scene_clue(text, d, full, tense, settings))
            continue
        yearless.append(d)
        if (d.month, d.day, tense) not in said:
            said.add((d.month, d.day, tense))
            clues.append(_yearless_clue(text, d, settings, tense))
    clues += weekday_clues(text, yearless, settings)
    clues += named_event_clues(text, settings)[:cap] + after_event_clues(text, settings)[:cap]
    clues += outcome_clues(text, settings)[:cap] + dated_act_clues(text, settings)[:cap]
    clues += obituary_clues(text, settings) + age_clues(text, settings)[:cap] + count_clues(text, settings)[:cap]
    clues += anniversary_clues(text, settings)[:cap]
    clues += dated_event_clues(text, settings)[:cap] + before_event_clues(text, settings)[:cap]
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
                clues.append(clue._replace(evidence=f"{clue.evidence} ({quote(caption, d.start, d.end)})"))
    return _unique(clues)
