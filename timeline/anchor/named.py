"""Years that name a past event: "the 1987 crash", "its 1990 invasion of Kuwait", "A 1996 law".

A year before a noun usually names a thing whatever the verb's tense ("the 2020
election" may be ahead of a past-tense sentence), so :mod:`timeline.anchor.tense`
gives it no tense. Two kinds of noun are the exception, as the thing is named by
its year only once it has happened:

- unforeseeable events (a crash, an assassination, an invasion, an earthquake):
  nobody names the next one by its year before it happens;
- enacted texts (a law, a resolution, a treaty, a decree): a text is a bill or a
  draft until it is passed, and only then "the 1996 law".

The noun must follow the year directly and end its noun phrase ("the 2024
earthquake drill" is a drill, which may be ahead). The DCT is then on or after the
first day of that year (or month: "the November 1995 assassination").

Any event a past clause puts before its own verb is past too: "measures adopted
after the 1987 crash", "talks following the August 1988 cease-fire", "on the run
since the January 1998 bombing" (a sentence with a future or modal word gives
nothing: "talks will resume after the 2020 election"). Corpus:
``named.tsv``, run by tests/anchor/test_named.py.

>>> from timeline.anchor.settings import AnchorSettings
>>> [c.evidence[-10:] for c in named_event_clues("He adopted them after the 1987 crash.", AnchorSettings())]
['1987-01-01']
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from timeline.anchor.clues import Clue, bound_clue
from timeline.anchor.dayset import MONTH_RE, month_number
from timeline.anchor.mentions import quote, sentence_around
from timeline.anchor.settings import AnchorSettings
from timeline.anchor.tense import says_future, tense_at
from timeline.timex.calendar import month_end

UNFORESEEN = frozenset("""crash assassination invasion massacre bombing bombings earthquake quake tsunami
hurricane uprising riots murder murders killing killings shooting explosion hijacking kidnapping
scandal accident disaster""".split())
ENACTED = frozenset("law resolution treaty decree embargo constitution".split())
_DEFINITE = r"(?i:the|its|their|his|her|that|this)|[A-Z][\w.-]*['’]s"
_NAMED = re.compile(
    rf"\b(?:(?P<det>{_DEFINITE})|(?P<indef>[Aa]n?))\s+(?:(?P<m>{MONTH_RE})\s+)?(?P<y>1[89]\d\d|20\d\d)"
    r"\s+(?P<noun>[a-z]+)\b(?![-’'])")
# What may follow the noun and still end its noun phrase (else "the 2024 earthquake drill").
_PHRASE_END = re.compile(r"\s*(?:[^\w\s]|$|(?:of|in|on|at|against|by|that|which|when|where|and|or|to|was"
                         r"|were|is|are|has|had|have|with|from|for|after|before|during|who|left|[a-z]+ed)\b)")


# "will review security before the 2020 Olympics": what is ahead comes before the named event.
_BEFORE = re.compile(rf"\b(?:before|ahead\s+of|until|till|by)\s+(?:{_DEFINITE})\s+(?:(?P<m>{MONTH_RE})\s+)?"
                     r"(?P<y>1[89]\d\d|20\d\d)\s+[A-Za-z][\w-]*", re.IGNORECASE)
_AFTER = re.compile(rf"\b(?:after|following|since)\s+(?:{_DEFINITE})\s+(?:(?P<m>{MONTH_RE})\s+)?"
                    r"(?P<y>1[89]\d\d|20\d\d)\s+[a-z][a-z-]*", re.IGNORECASE)


def after_event_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """Lower bounds from events a past clause says came after one named by its year.

    >>> [c.evidence[-10:] for c in after_event_clues("They met after the 1987 talks.", AnchorSettings())]
    ['1987-01-01']
    """
    clues = []
    for m in itertools.islice(_AFTER.finditer(text), settings.max_clues):  # a bounded cost per text
        year = int(m["y"])
        said = sentence_around(text, m.start(), m.end(), 300, quoted=True)
        if not settings.min_year <= year <= settings.max_year or says_future(text[said.start:said.end]):
            continue
        if not m.group().lower().startswith("since") and tense_at(text, m.start(), look_after=False) != "past":
            continue
        first = dt.date(year, (month_number(m["m"]) if m["m"] else None) or 1, 1)
        clues.append(bound_clue("after", f"{quote(text, m.start(), m.end())} (a past clause follows what the year "
                                         "names):", "past", first, first, settings, 3))
    return clues


def before_event_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """Upper bounds from events a future clause puts before one named by its year.

    The DCT is before the future event, which is before the named one: on or before
    the last day of its year (or month). A past clause gives nothing ("reviewed
    security before the 2020 Olympics" says nothing of whether 2020 is over).

    >>> [c.evidence[-10:] for c in before_event_clues("They will meet before the 2020 Olympics.", AnchorSettings())]
    ['2020-12-31']
    >>> before_event_clues("They met before the 2020 Olympics.", AnchorSettings())
    []
    """
    clues = []
    for m in itertools.islice(_BEFORE.finditer(text), settings.max_clues):  # a bounded cost per text
        year = int(m["y"])
        if not settings.min_year <= year <= settings.max_year:
            continue
        if tense_at(text, m.start(), look_after=False) != "future":
            continue
        month = (month_number(m["m"]) if m["m"] else None) or 12
        last = month_end(year, month)
        clues.append(bound_clue("before", f"{quote(text, m.start(), m.end())} (a future clause comes before what "
                                          "the year names):", "future", last, last, settings, 3))
    return clues


def named_event_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """Lower bounds from years naming a past event or an enacted text, each quoted.

    An indefinite article names only enacted texts ("A 1996 law"): "a 2030 attack"
    may be feared, "a 1996 law" has been passed.
    """
    clues = []
    for m in itertools.islice(_NAMED.finditer(text), settings.max_clues):
        noun, year = m["noun"], int(m["y"])
        kind = "an unforeseeable event" if noun in UNFORESEEN else "an enacted text" if noun in ENACTED else None
        if kind is None or (m["indef"] and noun not in ENACTED) or not _PHRASE_END.match(text, m.end()):
            continue
        if not settings.min_year <= year <= settings.max_year:
            continue
        month = month_number(m["m"]) if m["m"] else None
        first = dt.date(year, month or 1, 1)
        clues.append(bound_clue("named", f"{quote(text, m.start('y'), m.end())} (the year names {kind}, "
                                         "named so only once it has happened):", "past", first, first, settings, 3))
    return clues
