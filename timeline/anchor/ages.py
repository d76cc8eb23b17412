"""A living person's age and birth, told together, date the DCT (corpus ``ages.tsv``).

News gives a person's age as of the day it is printed: "Greta Lind, 16, who was born in 2003,
told the summit" was written when she was 16, between 1 January 2019 and 30 December 2020 (born
on 31 December 2003 at the latest); "The swimmer, now 30, was born on June 4, 1989" between 4 June
2019 and 3 June 2020. Both sides are bounded.

Read only when the age stands between commas right before the birth of the same person
(", 16, who was born", ", now 30, was born"), and the sentence tells no other year or date and
no death (an age at another time: "In 2010, Smith, 16, who was born in 1994, won"; a death is
read by :mod:`timeline.anchor.obituaries`).

An age is told as of some day on or before the DCT, so the span's first day always bounds the DCT
from below. Its last day bounds it only when nothing says the age is of another time: not inside a
quotation ("The 1961 letter reads: “My son, 12, who was born in 1949, ...”"), not with another year
or date in its paragraph or the one before ("The flood of 2004 ... Tom Reyes, 9, who was born in 1995, was pulled
from the water"), and without a word in its sentence or the one before that moves the time or the
world told: a retrospect ("ten years ago", "that March", "when the war ended", "at the time"),
a fiction ("in the film", "the narrator", "the show follows"), a record ("the census lists", "the
police report", "our archive photo") or a death or memorial ("drowned", "strangled", "a plaque
honours"), nor with a year the age would be of anywhere in the text ("The 1999 inquiry heard dozens. ...
Lind, 16, who was born in 1983, told it"), nor when a past verb other than one of saying follows the birth's clause ("Tom, 9, who was
born in 1995, was pulled out by a neighbour": what he did then; "..., told the summit" is news's own
time). Review H5 found each of these read as the DCT's age (session 9).

>>> from timeline.anchor.settings import AnchorSettings
>>> [(c.intervals[0][0].isoformat(), c.intervals[-1][1].isoformat())
...  for c in age_clues("Greta Lind, 16, who was born in 2003, spoke.", AnchorSettings())]
[('2019-01-01', '2020-12-30')]
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from timeline.anchor.clues import Clue, domain
from timeline.anchor.dayset import YEAR_RE
from timeline.anchor.mentions import full_dates, quote, sentence_around, years
from timeline.anchor.obituaries import age_span
from timeline.anchor.quotes import inside_quotes, paragraph
from timeline.anchor.tense import is_past_word
from timeline.anchor.settings import AnchorSettings
from timeline.anchor.words import SAYING_NOW

_AGE_BORN = re.compile(r"[A-Za-z],\s+(?:now\s+|aged\s+)?(?P<age>\d{1,3}),\s+(?:who\s+)?(?:was|is)\s+born\b")
# The birth's date or year right after "born": "born in Cuba in 1984" is not read (a year after a place
# may date another thing the clause tells, and an age beside it is then no check on it).
_BORN_YEAR = re.compile(rf"\s+in\s+(?P<y>{YEAR_RE})\b(?![\d%]|[.,:/\-]\d)")
_BORN_ON = re.compile(r"\s+(?:on\s+)?")
_DEATH = re.compile(r"\b(?:died|dies|dead|death|killed|passed\s+away|late)\b", re.IGNORECASE)
# A past verb after the birth's clause tells what the person did then ("Tom, 9, who was born in 1995, was pulled
# out by a neighbour"): the age may be of that time. A verb of saying is news's own time ("..., told the summit").
_AFTER_BIRTH = re.compile(r"[^,.;!?\n]{0,60}?,\s+(?:\w+ly\s+)?(?P<v>[a-z]+)\b")
_SAYING = SAYING_NOW
_ANY_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# Words that put an age at another time or in another world than the DCT's (see the module's text).
_ELSEWHEN = re.compile(
    r"\b(?:ago|then|when|while|once|earlier|before|as\s+an?\s+(?:boy|girl|child|kid|teen\w*|student|youngster)"
    r"|back\s+in|at\s+the\s+time|that\s+(?:day|night|week|month|year|summer|winter"
    r"|spring|autumn|fall|morning|evening|season|january|february|march|april|may|june|july|august|september"
    r"|october|november|december)|would\s+have|film|movie|novel|book|show|series|play|drama|character|narrator"
    r"|fiction|story|census|records?|register|reports?|archives?|files?|photo(?:graph)?s?|pictured|letter|diary"
    r"|memorial|plaque|remember\w*|honou?r\w*|tribute|grave|victims?|drown\w*|strangl\w*|murder\w*|stabb\w*"
    r"|slain|shot|perish\w*|funeral|buried|inquest|trial|court|missing)\b", re.IGNORECASE)


def _birth(text: str, at: int) -> tuple[dt.date, bool, int, int] | None:
    """(birth day, whether the day is known, start, end of the date) written right after "born" at ``at``."""
    tail = text[at:at + 80]
    dates = [d for d in full_dates(tail) if d.start == _BORN_ON.match(tail).end()]
    if dates:
        d = dates[0]
        return dt.date(d.year, d.month, d.day), True, at + d.start, at + d.end
    year = _BORN_YEAR.match(tail)
    if year:
        return dt.date(int(year["y"]), 1, 1), False, at + year.start("y"), at + year.end("y")
    return None


def _alone(text: str, start: int, end: int, birth: tuple[int, int]) -> bool:
    """Whether the sentence ``[start, end)`` tells no death and no year or date but the birth's."""
    sentence = text[start:end]
    others = [m for m in full_dates(sentence) + [(a, b) for a, b, _ in years(sentence, [])]
              if (start + m[0], start + m[1]) != birth and not (birth[0] <= start + m[0] < birth[1])]
    return not others and not _DEATH.search(sentence)


def age_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """The clues of ages told with a birth of the same person (see the module's text).

    >>> from timeline.anchor.settings import AnchorSettings
    >>> age_clues("In 2010, Smith, 16, who was born in 1994, won the final.", AnchorSettings())
    []
    """
    low, high = domain(settings)
    out = []
    for m in itertools.islice(_AGE_BORN.finditer(text), settings.max_clues):  # a bounded cost per text
        born = _birth(text, m.end())
        age = int(m["age"])
        if born is None or not 0 < age < 125:
            continue
        said = sentence_around(text, m.start(), m.end(), 240, quoted=True)
        if not _alone(text, said.start, said.end, born[2:]):
            continue
        lo, hi = age_span((born[0], born[1], born[2]), age)
        if not low <= lo and hi <= high:
            continue
        said = f"{quote(text, m.start(), m.end())} (age {age}, born {born[0].isoformat() if born[1] else born[0].year})"
        then = frozenset({born[0].year + age, born[0].year + age + 1})
        if _now(text, m.start(), said_start=said_start(text, m.start()), birth=born[2:], then=then):
            out.append(Clue("age", f"{said}: between {lo} and {hi}", [(lo, hi)], True, True, 3))
        else:
            out.append(Clue("age", f"{said}, perhaps an age of another time: on or after {lo}", [(lo, high)],
                            True, False, 3))
    return out


def said_start(text: str, at: int) -> int:
    """Where the sentence before the one holding ``at`` starts (or the paragraph, if sooner)."""
    this = sentence_around(text, at, at, 240, quoted=True).start
    return max(paragraph(text, at)[0], sentence_around(text, max(0, this - 2), max(0, this - 2), 240).start)


def _now(text: str, at: int, *, said_start: int, birth: tuple[int, int], then: frozenset[int] = frozenset()) -> bool:
    """Whether the age at ``at`` is told as of the DCT: no quotation, no other time near, no ``_ELSEWHEN``.

    >>> s = "Fire crews hold a drill.\\n\\nTom, 24, who was born in 1995, is a firefighter."
    >>> _now(s, s.index("Tom"), said_start=said_start(s, s.index("Tom")), birth=(s.index("1995"), s.index("1995") + 4))
    True
    >>> s = "The flood of 2004 hit.\\n\\nTom, 9, who was born in 1995, was saved."
    >>> _now(s, s.index("Tom"), said_start=said_start(s, s.index("Tom")), birth=(s.index("1995"), s.index("1995") + 4))
    False
    """
    start, end = paragraph(text, at)
    start = paragraph(text, max(0, start - 3))[0] if start > 0 else start  # and the paragraph before
    verb = _AFTER_BIRTH.match(text, birth[1])
    if inside_quotes(text, at) or verb and is_past_word(verb["v"]) and verb["v"] not in _SAYING:
        return False
    years = [y for y in _ANY_YEAR.finditer(text, start, end) if not birth[0] <= y.start() < birth[1]]
    # A year the age would be of, anywhere ("The 1999 inquiry heard ... Lind, 16, who was born in 1983, told it"):
    years += [y for y in _ANY_YEAR.finditer(text) if int(y.group()) in then and not birth[0] <= y.start() < birth[1]]
    sentence = sentence_around(text, at, at, 240, quoted=True)
    return not years and _alone(text, start, end, birth) and not _ELSEWHEN.search(text[said_start:sentence.end])
