"""Ages: "75 years old", "an 8-month-old boy", "a 1,000-year-old manuscript", "4,000 years old".

TimeBank marks no person's age, so a counted age is claimed and gives nothing ("He is 75 years old"; the duration rule's "a 30-year-old man" is refused there). More than 122 years is no
person's age but a thing's, which TIMEX3 writes as a duration, as "century-old" is: "a 1,000-year-old
manuscript" (P1000Y, the whole adjective), "The tree is 4,000 years old" (P4000Y, "old" left out as "years" ends
the length). Part of :mod:`timeline.timex.relative`'s ``RULES``; corpus: ``durations.tsv``, ``negative.tsv``.

>>> import datetime as dt
>>> from timeline.timex import extract_timexes
>>> [(t.text, t.value) for t in extract_timexes("The 1,000-year-old manuscript is 75 years old.", dt.date(2021, 6, 10))]
[('1,000-year-old', 'P1000Y')]
"""

from __future__ import annotations

import re

from timeline.timex.lexicon import LEXICON, parse_number
from timeline.timex.rule import NUM, S, Built, Piece, compile_rule
from timeline.timex.values import Duration

OLDEST_PERSON = 122  # years: the longest human life recorded; an age beyond it is a thing's
# A person the adjective names: a count beyond a life is then a myth's or an error's, still no thing's age
_PERSON_AFTER = re.compile(r"[ \t]+(?:man|woman|men|women|boy|girl|person|mother|father|son|daughter|grandmother|"
                           r"grandfather|widow|widower|patient|resident|victim|suspect|survivor|veteran|pensioner|"
                           r"child|baby|infant|monk|nun|priest|king|queen|prophet|patriarch)\b")
_AGE_UNIT = r"(?P<unit>(?i:years?|months?|weeks?|days?))"


def _age(m: re.Match[str]) -> Built:
    """A counted age: a thing's beyond a person's span of years, else claimed as a person's.

    >>> spaced = RULES[1].pattern
    >>> _age(spaced.search("it is 4,000 years old"))[0].value.count
    4000.0
    >>> _age(RULES[0].pattern.search("The 130-year-old woman died"))  # a person named so, whatever the count
    Traceback (most recent call last):
    ValueError: '130-year-old' is a person's age
    >>> _age(spaced.search("He is 75 years old"))
    Traceback (most recent call last):
    ValueError: '75 years old' is a person's age
    """
    count = parse_number(m["num"])
    unit = LEXICON.lookup("unit", m["unit"]) or "day"
    if count is None or m["num2"] or unit != "year" or count <= OLDEST_PERSON or _PERSON_AFTER.match(m.string, m.end()):
        raise ValueError(f"{m[0]!r} is a person's age")  # claimed: no duration is read out of it
    duration = Duration(unit="year", count=count)
    return duration if m[0].endswith("-old") else (Piece(m.start(), m.end("unit"), duration),)


_COUNT = rf"(?<![\w,.])(?P<num>{NUM})(?:{S}(?:to|or){S}(?P<num2>{NUM}))?"
RULES = (
    # "a 1,000-year-old manuscript", "an 8-month-old boy"
    compile_rule("age-adjective", rf"{_COUNT}-{_AGE_UNIT}-(?i:old)(?P<of>)(?![-\w])", _age, 3),
    # "75 years old", "4,000 years old" ("26 years of age" is left to the duration rule: WikiWars marks it)
    compile_rule("age", rf"{_COUNT}{S}{_AGE_UNIT}{S}(?i:old)(?![-\w])", _age, 3),
)
