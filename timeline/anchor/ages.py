"""A living person's age and birth, told together, date the DCT (corpus ``ages.tsv``).

News gives a person's age as of the day it is printed: "Greta Lind, 16, who was born in 2003,
told the summit" was written when she was 16, between 1 January 2019 and 30 December 2020 (born
on 31 December 2003 at the latest); "The swimmer, now 30, was born on June 4, 1989" between 4 June
2019 and 3 June 2020. Both sides are bounded.

Read only when the age stands between commas right before the birth of the same person
(", 16, who was born", ", now 30, was born"), and the sentence tells no other year or date and
no death (an age at another time: "In 2010, Smith, 16, who was born in 1994, won"; a death is
read by :mod:`timeline.anchor.obituaries`).

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
from timeline.anchor.settings import AnchorSettings

_AGE_BORN = re.compile(r"[A-Za-z],\s+(?:now\s+|aged\s+)?(?P<age>\d{1,3}),\s+(?:who\s+)?(?:was|is)\s+born\b")
# The birth's date or year right after "born": "born in Cuba in 1984" is not read (a year after a place
# may date another thing the clause tells, and an age beside it is then no check on it).
_BORN_YEAR = re.compile(rf"\s+in\s+(?P<y>{YEAR_RE})\b(?![\d%]|[.,:/\-]\d)")
_BORN_ON = re.compile(r"\s+(?:on\s+)?")
_DEATH = re.compile(r"\b(?:died|dies|dead|death|killed|passed\s+away|late)\b", re.IGNORECASE)


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
        out.append(Clue("age", f"{quote(text, m.start(), m.end())} (age {age}, born "
                               f"{born[0].isoformat() if born[1] else born[0].year}): between {lo} and {hi}",
                        [(lo, hi)], True, True, 3))
    return out
