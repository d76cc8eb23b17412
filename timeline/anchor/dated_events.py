"""Events named by their date: "the March 14 bombings", "since its May 9 invasion" (corpus ``dated_events.tsv``).

The principle of :mod:`timeline.anchor.named`, for a day instead of a year:

- an unforeseeable event (a bombing, a shooting, a crash) is named by its date only
  once it has happened, whatever the verb: "the March 14 port bombings", "the Oct. 2
  school bus crash on the highway" (at most two words between the date and the noun,
  which must end its noun phrase: "the March 14 bombing drill" is a drill);
- an event that may be planned (an attack, a raid, a storm forecast by its date) has happened
  once the verb right after it tells its harm as past: "the Aug. 12 car attack in Charlottesville
  killed one woman", "the Aug. 25 storm flooded Houston", "the May 3 raid left two dead";
- an event a past clause puts before its own verb is past: "talks resumed after the
  Nov. 30 summit", "has been under sanctions since its May 9 invasion" (a future or
  modal word in the sentence gives nothing).

With a year ("the March 14, 2016, bombings") the DCT is on or after that day. Without
one, news names recent events so, and the DCT is within ``yearless_days`` after the
date, as for any past date without a year (:mod:`timeline.anchor.clues`).

>>> from timeline.anchor.settings import AnchorSettings
>>> [c.kind for c in dated_event_clues("Police hunt the men behind the March 14 bombings.", AnchorSettings())]
['named']
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from timeline.anchor.clues import Clue, bound_clue, yearless_intervals
from timeline.anchor.dayset import MONTH_NAMES, MONTH_RE, month_number
from timeline.anchor.mentions import quote
from timeline.anchor.named import _DEFINITE, _PHRASE_END, UNFORESEEN, after_pattern, told_events
from timeline.anchor.settings import AnchorSettings
from timeline.timex.calendar import safe_date

# Plurals and near names of the unforeseeable events named.py lists.
EVENT_NOUNS = UNFORESEEN | frozenset("blast blasts slaying slayings shootings explosions crashes".split())
_DAY = rf"(?P<m>{MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*(?P<y>\d{{4}}),?)?"
_NAMED_DAY = re.compile(rf"\b(?:{_DEFINITE})\s+{_DAY}\s+(?=[a-z])")
_WORD = re.compile(r"([a-z]+(?:-[a-z]+)*)\b(?![-’'])\s*")
# Events that may be planned ("Police fear a March 14 attack") have happened once their harm is told
# in the past, as the verb right after the noun (a place between at most): "the Aug. 12 car attack in
# Charlottesville killed one woman". A modal or any other word between gives nothing. Not "strike":
# a planned walkout may "kill" a deal before it happens.
HARM_NOUNS = EVENT_NOUNS | frozenset("""attack attacks raid raids assault ambush fire blaze storm
flood floods stampede collapse""".split())
_HARMED = re.compile(r"(?:\s+(?:in|at|near|outside)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})?,?\s+"
                     r"(?:killed|injured|wounded|destroyed|damaged|flooded|razed|displaced|left)\b")
_AFTER_DAY = after_pattern(_DAY)


def _clue(text: str, m: re.Match, why: str, s: AnchorSettings) -> Clue | None:
    month = month_number(m["m"])
    if month is None or safe_date(int(m["y"] or 2000), month, int(m["d"])) is None:
        return None
    said = f"{quote(text, m.start(), m.end())} ({why})"
    if m["y"]:
        day = dt.date(int(m["y"]), month, int(m["d"]))
        if not s.min_year <= day.year <= s.max_year:
            return None
        return bound_clue("named", f"{said}:", "past", day, day, s, 3)
    name = f"{int(m['d'])} {MONTH_NAMES[month - 1]}"
    return Clue("named", f"{said}, no year: within {s.yearless_days} days after {name}",
                yearless_intervals(month, int(m["d"]), 0, s.yearless_days, s), False, False, 1)


def _noun_within_three(text: str, at: int, nouns: frozenset[str], then: re.Pattern[str]) -> bool:
    """Whether one of the three words from ``at`` is one of ``nouns`` and ``then`` matches right after it.

    ``then`` is :data:`_HARMED` for an event whose harm is told as past ("the car attack in
    Charlottesville killed"), ``_PHRASE_END`` for an event noun ending its noun phrase.

    >>> s, t = "The car attack in Charlottesville killed one woman.", "A car attack could kill."
    >>> _noun_within_three(s, 4, HARM_NOUNS, _HARMED), _noun_within_three(t, 2, HARM_NOUNS, _HARMED)
    (True, False)
    >>> _noun_within_three("port bombings on the coast", 0, EVENT_NOUNS, _PHRASE_END)
    True
    """
    for _ in range(3):
        word = _WORD.match(text, at)
        if word is None:
            return False
        if word[1] in nouns and then.match(text, word.end(1)):
            return True
        at = word.end()
    return False


def dated_event_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """Clues from unforeseeable events named by their date, and from events a past clause follows.

    >>> from timeline.anchor.settings import AnchorSettings
    >>> dated_event_clues("Aid arrived after the March 14, 2016, bombings.", AnchorSettings())[0].evidence[-10:]
    '2016-03-14'
    >>> dated_event_clues("Drills will follow the March 14 bombing drill.", AnchorSettings())
    []
    """
    clues = []
    for m in itertools.islice(_NAMED_DAY.finditer(text), settings.max_clues):
        if _noun_within_three(text, m.end(), EVENT_NOUNS, _PHRASE_END):
            clues.append(_clue(text, m, "an unforeseeable event named by its date, so only once it happened",
                               settings))
        elif _noun_within_three(text, m.end(), HARM_NOUNS, _HARMED):
            clues.append(_clue(text, m, "an event named by its date whose harm is told as past", settings))
    for m in told_events(text, _AFTER_DAY, "past", settings):
        clues.append(_clue(text, m, "a past clause follows the event of that date", settings))
    return [c for c in clues if c is not None]
