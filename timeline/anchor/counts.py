"""A count of years since an event of a named year (corpus ``counts.tsv``).

"Berlin marks 30 years since the fall of the wall in 1989", "It has been five years since the 2014
annexation", "Five years after the 2014 annexation, Crimea remains cut off": said N years after an
event of year Y, the time told is N years after it, give or take the rounding of a count ("five
years" may be four and a half or five and eleven months) and the event's day in Y: between 1 July
of Y+N-1 and 30 December of Y+N+1. Told in the present ("marks", "it has been", "remains"), that
is the DCT; in the past ("marked", "Russia opened a bridge"), the DCT is on or after its first
day; in the future ("will mark"), on or before its last.

Read only where the count is the sentence's time: after a verb of marking ("marks", "celebrated",
"commemorates"), after "it is / it has been", or opening the sentence before a comma ("Five years
after the 2014 annexation, ..."), with the event's year the first one after "since" / "after" in
the sentence. "He was sentenced to five years after the 2014 riots" gives nothing.

>>> from timeline.anchor.settings import AnchorSettings
>>> [(c.intervals[0][0].isoformat(), c.intervals[0][1].isoformat(), c.lower, c.upper) for c in
...  count_clues("Berlin marks 30 years since the fall of the wall in 1989.", AnchorSettings())]
[('2018-07-01', '2020-12-30', True, True)]
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from timeline.anchor.clues import Clue, domain
from timeline.anchor.dayset import YEAR_RE
from timeline.anchor.mentions import quote
from timeline.anchor.settings import AnchorSettings
from timeline.anchor.tense import Tense, is_past_word

_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty").split()
_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
         "a hundred": 100, "one hundred": 100}
_NUMBER = r"(?P<n>\d{1,3}|" + "|".join(sorted([*_WORDS, *_TENS], key=len, reverse=True)) + ")"
_COUNT = rf"{_NUMBER}\s+years?\s+(?:since|after)\b"
_EVENT_YEAR = re.compile(rf"[^.;!?]{{0,80}}?\b(?P<y>{YEAR_RE})\b(?![\d%]|[.,:/\-]\d|s\b)")
_MARKING = re.compile(rf"\b(?:(?P<will>will\s+)?(?P<verb>marks?|marking|marked|celebrates?|celebrating|celebrated"
                      rf"|commemorates?|commemorating|commemorated)|(?P<it>it\s+(?:is|was|has\s+been|had\s+been"
                      rf"|['’]s(?:\s+been)?)))\s+{_COUNT}", re.IGNORECASE)
_OPENING = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*{_COUNT}", re.IGNORECASE | re.MULTILINE)
_PRESENT = frozenset("is are remains remain has have still continues continue stays stay lives live faces face "
                     "holds hold marks mark".split())
_FUTURE = frozenset("will shall".split())


def _number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _WORDS.index(word) + 1 if word in _WORDS else _TENS.get(word)


def _verb_tense(m: re.Match) -> Tense:
    """The tense of a marking verb or "it is / it has been"."""
    if m["will"]:
        return "future"
    said = (m["verb"] or m["it"]).lower()
    if said.endswith("ed") or said.startswith(("it was", "it had")):
        return "past"
    return "present"


def _main_clause_tense(text: str, comma: int) -> Tense:
    """The tense of the first verb-like word after an opening count's comma ("..., Crimea remains cut off")."""
    for word in re.findall(r"[A-Za-z']+", text[comma:comma + 60])[:6]:
        low = word.lower()
        if low in _PRESENT:
            return "present"
        if low in _FUTURE:
            return "future"
        if is_past_word(low):
            return "past"
    return "unknown"


def count_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """The clues of counts of years since an event of a named year (see the module's text).

    >>> from timeline.anchor.settings import AnchorSettings
    >>> count_clues("He was sentenced to five years after the 2014 riots.", AnchorSettings())
    []
    """
    found = []
    for m in itertools.islice(_MARKING.finditer(text), settings.max_clues):  # a bounded cost per text
        found.append((m, _verb_tense(m)))
    for m in itertools.islice(_OPENING.finditer(text), settings.max_clues):
        year = _EVENT_YEAR.match(text, m.end())
        comma = text.find(",", year.end() if year else m.end(), m.end() + 100)
        if year and comma >= 0 and not re.search(r"[.;!?]", text[m.end():comma]):
            found.append((m, _main_clause_tense(text, comma + 1)))
    return [c for m, tense in found if (c := _clue(text, m, tense, settings)) is not None]


def _clue(text: str, m: re.Match, tense: Tense, s: AnchorSettings) -> Clue | None:
    year = _EVENT_YEAR.match(text, m.end())
    count = _number(m["n"])
    if tense == "unknown" or year is None or count is None or not 0 < count <= 150:
        return None
    event = int(year["y"])
    first, last = dt.date(event + count - 1, 7, 1), dt.date(event + count + 1, 12, 30)
    low, high = domain(s)
    if not low <= first and last <= high:
        return None
    said = f"{quote(text, m.start(), m.end())} ({count} years after an event of {event}: {first} to {last}"
    if tense == "present":
        return Clue("count", f"{said}, told in the present)", [(first, last)], True, True, 3)
    if tense == "past":
        return Clue("count", f"{said}, told as past): on or after {first}", [(first, high)], True, False, 3)
    return Clue("count", f"{said}, told as future): on or before {last}", [(low, last)], False, True, 3)
