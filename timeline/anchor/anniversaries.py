"""An anniversary told as today's, this week's or a bare weekday's (corpus ``anniversaries.tsv``).

"Today marks 50 years since Neil Armstrong stepped onto the moon on July 20, 1969": an anniversary falls on
its event's month-day, so today is 20 July 2019 and so is the DCT. "Today is the 75th anniversary of the D-Day
landings in 1944": the DCT lies in 2019 (the day is not told). "Yesterday marked ..." puts the DCT a day after
the anniversary, "Tomorrow marks ..." a day before; "This week marks ..." within ``weekday_days`` of it; a bare
weekday ("Thursday marks the 75th anniversary of ... June 6, 1944") names a day of the DCT's week, within
``weekday_days`` after it when told as past, before it as future, either side in the present, and only if the
anniversary falls on that weekday. "Fifty years ago today, on July 20, 1969, ..." says the same.

Unlike a count of years (:mod:`timeline.anchor.counts`, "Berlin marks 30 years since ... 1989"), which may be
rounded, a day word makes the anniversary exact. Read only with the day word right before the verb ("Today
marks", not "On July 20 the town marked": that anniversary is of another day), and the event's date or year the
first after the anniversary in its sentence, with no clause break or relative clause between; nothing with
another year in the sentence ("In 1994 the crew marked 25 years since ..."), nor "next Sunday" or "a Sunday".
Inside a quotation, or in speech reported of another time, "today" is the speaker's: on or before the DCT, so
only the lower side stands, and a speaker's "tomorrow" or future says nothing.

>>> from timeline.anchor.settings import AnchorSettings
>>> [(c.intervals, c.lower, c.upper) for c in anniversary_clues(
...     "Today marks 50 years since Neil Armstrong stepped onto the moon on July 20, 1969.", AnchorSettings())]
[([(datetime.date(2019, 7, 20), datetime.date(2019, 7, 20))], True, True)]
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from timeline.anchor.clues import Clue, domain
from timeline.anchor.counts import NUMBER, ORDINAL, count_of
from timeline.anchor.dayset import MONTH_RE, WEEKDAY_NAME, WEEKDAYS, month_number, normalise
from timeline.anchor.mentions import DateMention, full_dates, quote, sentence_around, years
from timeline.anchor.quotes import ANOTHER_TIME, REPORTED, inside_quotes, reported_then
from timeline.anchor.settings import AnchorSettings
from timeline.timex.calendar import safe_date

# The day word names the anniversary's day relative to the DCT (see _OFFSETS); a weekday not after "next", "a" ...
_DAY = (rf"(?P<d>today|tonight|yesterday|tomorrow|this\s+week(?:end)?|last\s+week|(?<!next\s)(?<!last\s)(?<!this\s)"
        rf"(?<!coming\s)(?<!that\s)(?<!\ba\s)(?<!one\s)(?<!every\s)(?<!each\s)\b{WEEKDAY_NAME}"
        rf"|(?<!\bon\s)(?<!\bby\s)(?P<md>{MONTH_RE}\s+\d{{1,2}}))")
# "Today would have marked 50 years since their wedding": a counterfactual tells the same day ("had he lived").
_VERB = r"(?:\s+(?P<v>marks|marked|will\s+mark|is|was|will\s+be|would\s+have\s+(?:marked|been))|(?P<s>['’]s))"
# A count of years, or of months, weeks or days from a full date ("Today marks six months since the attack on March
# 15, 2019": 15 September 2019).
_UNIT = r"(?P<u>years?|months?|weeks?|days?)"
# "Today marks a decade since ...", "half a century since": a span's word counts years.
_SPANS = {"a decade": 10, "half a century": 50, "a century": 100}
_SINCE = (rf"(?:{NUMBER}\s+{_UNIT}\s+(?:to\s+the\s+day\s+)?since|(?:the\s+)?{ORDINAL}\s+of"
          rf"|(?P<span>a\s+decade|half\s+a\s+century|a\s+century)\s+(?:to\s+the\s+day\s+)?since)")
_TOLD = re.compile(rf"\b{_DAY}{_VERB}\s+{_SINCE}\b", re.IGNORECASE)
# "Fifty years ago today, on July 20, 1969, ...": the event's date in apposition (a date further on may be another
# event's: "Ten years ago this week, Quist, who was born in 1988, won gold").
_AGO = re.compile(rf"\b{NUMBER}\s+{_UNIT}\s+ago\s+(?P<d>today|tonight|yesterday|this\s+week),?\s+(?:on|in)\s+(?=\S)",
                  re.IGNORECASE)
# Between the anniversary and its event's date: no clause break, new clause or relative clause.
_BREAK = re.compile(r"[;:()—–]|,(?!\s+(?:on|in)\s*$)|\b(?:and|but|while|who|whom|whose|which|that|when|where)\b",
                    re.IGNORECASE)
# Days from the anniversary to the DCT, (fewest, most), by the day word; a weekday's by its tense (None: weekday).
_OFFSETS = {"today": (0, 0), "tonight": (0, 0), "yesterday": (1, 1), "tomorrow": (-1, -1), "last week": (1, 13)}


def anniversary_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """The clues of anniversaries told as today's, this week's or a weekday's (see the module's text).

    >>> from timeline.anchor.settings import AnchorSettings
    >>> anniversary_clues("On July 20 the town marked 50 years since the landing of 1969.", AnchorSettings())
    []
    """
    found = itertools.chain(itertools.islice(_TOLD.finditer(text), settings.max_clues),
                            itertools.islice(_AGO.finditer(text), settings.max_clues))
    return [c for m in found if (c := _clue(text, m, settings)) is not None]


def _event(text: str, m: re.Match, end: int) -> tuple[int, DateMention | None, int] | None:
    """(year, full date or None, where it starts) of the anniversary's event: the first date or year in its sentence
    after the anniversary (right after it for "ago"), with no break between; None when another year is told too."""
    lo, hi = _sentence(text, m)
    after = m.end()
    dates = [(lo + d.start, lo + d.end, d) for d in full_dates(text[lo:hi])]
    bare = [(lo + a, lo + b, y) for a, b, y in years(text[lo:hi], [])]
    starts = [(a, d.year, d) for a, _, d in dates if a >= after] + [(a, y, None) for a, _, y in bare if a >= after]
    first = min(starts, key=lambda x: x[0], default=None)
    if first is None or (first[0] != m.end() if m.re is _AGO else _BREAK.search(text, m.end(), first[0])):
        return None
    date = first[2]
    span = next((a, b) for a, b, d in dates if d is date) if date else (first[0], first[0] + 4)
    if any(not span[0] <= a < span[1] for a, _, _ in dates + bare):
        return None  # another year told in the sentence
    return first[1], date, first[0]


def _sentence(text: str, m: re.Match) -> tuple[int, int]:
    """The sentence around ``m``, run on over a full date its end cuts ("... fell on Nov. 9, 1989": not at "Nov.").

    >>> t = "This week marks 30 years since the wall fell on Nov. 9, 1989. It rained."
    >>> a, b = _sentence(t, _TOLD.search(t)); t[a:b]
    'This week marks 30 years since the wall fell on Nov. 9, 1989.'
    """
    said = sentence_around(text, m.start(), m.end(), 240, quoted=True)
    end = said.end
    for d in full_dates(text[said.start:said.end + 40]):
        if said.start + d.start < said.end:
            end = max(end, sentence_around(text, said.start + d.end, said.start + d.end, 240, quoted=True).end)
    return said.start, end


def _days(year: int, date: DateMention | None, count: int, unit: str = "year") -> tuple[dt.date, dt.date] | None:
    """The anniversary's first and last possible day: its event's month-day ``count`` years on, or that whole year;
    ``count`` months or weeks on from a full date, or the ``count``-th day after it (counted from the event's day as
    the first, or from the next: "100 days since Jan. 20" is 29 or 30 April). None for months, weeks or days from a
    year alone.

    >>> _days(2017, DateMention(0, 1, 1, 20, 2017), 100, "day")
    (datetime.date(2017, 4, 29), datetime.date(2017, 4, 30))
    """
    if unit != "year":
        if date is None:
            return None
        start = dt.date(date.year, date.month, date.day)
        if unit == "day":
            return start + dt.timedelta(days=count - 1), start + dt.timedelta(days=count)
        if unit == "week":
            return (start + dt.timedelta(weeks=count),) * 2
        months = date.year * 12 + date.month - 1 + count
        on, month = divmod(months, 12)
        day = safe_date(on, month + 1, date.day)
        return (day, day) if day else (_month_end(on, month + 1), _month_end(on, month + 1) + dt.timedelta(days=1))
    on = year + count
    if date is None:
        return dt.date(on, 1, 1), dt.date(on, 12, 31)
    day = safe_date(on, date.month, date.day)
    return (day, day) if day else (dt.date(on, 2, 28), dt.date(on, 3, 1))  # 29 February in a common year


def _month_end(year: int, month: int) -> dt.date:
    return (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)


def _offsets(m: re.Match, first: dt.date, last: dt.date, n: int) -> tuple[int, int] | None:
    """Days from the anniversary to the DCT by the day word (and, for a weekday, the verb's tense)."""
    word = re.sub(r"\s+", " ", m["d"].lower())
    if m.groupdict().get("md"):  # "July 20 will mark ...": that day is the anniversary, told ahead or as past
        return _month_day(m, first, last)
    if word in _OFFSETS:
        return _OFFSETS[word]
    if word.startswith("this week"):
        return -n, n
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    if len(days) < 7 and all(d.weekday() != WEEKDAYS[word] for d in days):
        return None  # the weekday and the anniversary disagree: one of them is of another day
    verb = (m.groupdict().get("v") or "is").lower()
    return (0, n) if verb in ("marked", "was") else (-n, 0) if verb.startswith("will") else (-n, n)


def _month_day(m: re.Match, first: dt.date, last: dt.date) -> tuple[int, int] | None:
    """Offsets for a month-day naming the anniversary's day: "will mark" puts the DCT on or before it, "marked" on
    or after it (as far as the plausible window); the present, or another month-day than the anniversary's, gives
    nothing."""
    name, day = m["md"].split()
    if first != last or (month_number(name), int(day)) != (first.month, first.day):
        return None
    verb = (m["v"] or "is").lower()
    return (0, _OPEN) if verb in ("marked", "was") else (-_OPEN, 0) if verb.startswith("will") else None


_OPEN = 10 ** 6  # days: no bound on that side (clipped to the plausible window)


def _clue(text: str, m: re.Match, s: AnchorSettings) -> Clue | None:
    span_word = m.groupdict().get("span")
    count = _SPANS[re.sub(r"\s+", " ", span_word.lower())] if span_word else count_of(m)
    event = _event(text, m, m.end())
    unit = (m.groupdict().get("u") or "years").lower().rstrip("s")
    if count is None or not 0 < count <= (300 if unit == "year" else 999) or event is None:
        return None
    year, date, at = event
    span = _days(year, date, count, unit)
    if span is None or span[1].year > s.max_year:
        return None
    first, last = span
    offsets = _offsets(m, first, last, s.weekday_days)
    if offsets is None:
        return None
    low, high = domain(s)
    lo = low if offsets[0] == -_OPEN else first + dt.timedelta(days=offsets[0])
    hi = high if offsets[1] == _OPEN else last + dt.timedelta(days=offsets[1])
    if not low <= lo <= hi <= high:
        return None
    said = sentence_around(text, m.start(), m.end(), 240, quoted=True)
    event_said = quote(text, at, at + 4) if date is None else date_text(date)
    until = f"..{last}" if last != first else ""
    what = f"{quote(text, m.start(), m.end())} ({count} {unit}s after {event_said}: the anniversary is {first}{until})"
    speaker = inside_quotes(text, m.start()) or reported_then(text, said.start, m.start(), said.end)
    if speaker or _elsewhen(text, m, said):
        if offsets[0] < 0:  # a speaker's "tomorrow" or future: nothing of the DCT
            return None
        return Clue("anniversary", f"{what}, said by a speaker: on or after {lo}", [(lo, high)], True, False, 4)
    lower, upper = offsets[0] != -_OPEN, offsets[1] != _OPEN
    bounds = f"between {lo} and {hi}" if lower and upper else f"on or after {lo}" if lower else f"on or before {hi}"
    return Clue("anniversary", f"{what}: {bounds}", normalise([(lo, hi)]), lower, upper, 4)


def _elsewhen(text: str, m: re.Match, said) -> bool:
    """Whether the sentence names another time beside a "today" ("..., the museum said in a statement last week"),
    or reports before it what someone said ("The mayor said on Saturday that today marks ..."): the day word may be
    a speaker's of that time. "Fifty years ago today" is no other time.

    >>> t = "Today marks 50 years since the landing on July 20, 1969, the museum said last week."
    >>> _elsewhen(t, _TOLD.search(t), sentence_around(t, 0, 5, 240, quoted=True))
    True
    >>> t = "The mayor said on Saturday that today marks 50 years since the landing on July 20, 1969."
    >>> _elsewhen(t, _TOLD.search(t), sentence_around(t, 0, 5, 240, quoted=True))
    True
    """
    if REPORTED.search(text, said.start, m.start()):  # "The mayor said on Saturday that today marks ...": his today
        return True
    return any(not m.start() <= x.start() < m.end() for x in ANOTHER_TIME.finditer(text, said.start, said.end))


def date_text(date: DateMention) -> str:
    """A full date as ISO text."""
    return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"


# "six months since the attack on March 15": a count reaching back to a date without a year (within its sentence).
_COUNTED = re.compile(rf"{NUMBER}\s+{_UNIT}\s+(?:to\s+the\s+day\s+)?(?:since|after|ago)\b[^.;!?]*$", re.IGNORECASE)
_UNIT_DAYS = {"year": 366, "month": 31, "week": 7, "day": 1}


def counted_reach(text: str, start: int) -> int | None:
    """Days a count before the date at ``start`` reaches back ("Today marks six months since the attack on March
    15": up to 193), or None: a yearless date so counted from may lie further back than the recent dates news writes
    without a year.

    >>> t = "Today marks six months since the attack on March 15."
    >>> counted_reach(t, t.index("March")), counted_reach("The attack on March 15 shocked.", 14)
    (193, None)
    """
    lo = sentence_around(text, start, start, 240, quoted=True).start
    m = _COUNTED.search(text, lo, start)
    count = count_of(m) if m else None
    if count is None:
        return None
    return count * _UNIT_DAYS[m["u"].lower().rstrip("s")] + 7  # a week of slack: "six months" may be a few days more

