"""Reference words: "now", "currently", "recently", "the future", "the then current price", "will one day".

Each names no date but the present, the past or the future of the telling (TIMEX3 PRESENT_REF,
PAST_REF, FUTURE_REF), read from the ``refword`` rows of the lexicon. Apart from
:mod:`timeline.timex.relative` (units counted from the DCT or the text's time) because the work
here is telling the time word from the adjective or noun of the same spelling ("the present
case", "the current account"). Part of ``relative.RULES``; corpus: ``reference_words.tsv``.

>>> import datetime as dt
>>> from timeline.timex import extract_timexes
>>> [t.value for t in extract_timexes("Prices are high now; in the present case, recently.", dt.date(2018, 11, 15))]
['PRESENT_REF', 'PAST_REF']
"""

from __future__ import annotations

import re

from timeline.timex.lexicon import LEXICON
from timeline.timex.rule import MONTH_FULL, WEEKDAY, Built, compile_rule
from timeline.timex.values import Reference


# "the present case", "the present government": the adjective, not the time (a noun after it; "the present day"
# and "the present time" are the time)
_PRESENT_ADJECTIVE = re.compile(r"\s(?!(?:day|time|moment|and|or|but|to|in|of|is|was|are|were|has|had|will|when|as|"
                                r"with|for|by|on|at|that|which)\b)[a-z]")
# "the current account deficit", "an electric current": the noun and the economists' term, not the time
_CURRENT_NOT_NOW = re.compile(r"(?i:electric|electrical|alternating|direct|ocean|rip|strong|jet|air|sea|warm|cold)\s$")


def _reference(m: re.Match[str]) -> Built:
    """A reference word ("now", "recently", "the future"), unless it is an adjective or noun of another sense.

    >>> [_reference(re.search(r"(?P<w>the present)", t)) is None for t in ("in the present case", "to the present")]
    [True, False]
    >>> [_reference(re.search(r"(?P<w>recently)", t)) is None for t in ("most recently in 1985", "most recently")]
    [True, False]
    """
    word = " ".join(m["w"].lower().split())
    if word == "the present" and _PRESENT_ADJECTIVE.match(m.string, m.end()):
        return None
    if word == "current" and (m.string[m.end():m.end() + 8].lower() == " account"
                              or _CURRENT_NOT_NOW.search(m.string, max(0, m.start() - 14), m.start())):
        return None
    if word == "recently" and _MOST_BEFORE.search(m.string, max(0, m.start() - 6), m.start()) \
            and _DATE_AFTER.match(m.string, m.end()):
        return None  # "married three times, most recently in 1985": the date after it is the last time
    return Reference(ref=LEXICON.lookup("refword", m["w"]))  # type: ignore[arg-type]


# "most recently" before the date of the last occasion ("most recently in 1985", "most recently on Monday", "most
# recently last year"): the date says when; "recently" alone, or "most recently" with no date, is PAST_REF
_MOST_BEFORE = re.compile(r"(?<![\w-])(?i:most)\s$")
_DATE_AFTER = re.compile(rf",?\s(?:(?i:in|on|during|at|since)\s)?(?:(?i:the\s)?\d|{MONTH_FULL}|{WEEKDAY}|"
                         r"(?i:last|this)\s(?i:year|month|week|spring|summer|fall|autumn|winter)\b|"
                         r"(?i:yesterday|today|earlier\s+this)\b)")


_REFWORD = LEXICON.pattern("refword")

RULES = (
    compile_rule("reference", rf"(?P<w>{_REFWORD})(?![-\w])", _reference, 0),
    # "at the then current price": current at a time gone by
    compile_rule("then-current", r"(?i:then)[-\s](?i:current|prevailing|existing)(?![-\w])",
                 lambda m: Reference(ref="PAST_REF"), 1),
    # "will one day be": an indefinite future, not a day's duration
    compile_rule("modal-one-day", r"(?i:will|would|may|might|could|can|shall|to)\s(?:(?i:not|also|still|yet)\s)?"
                 r"(?P<t>(?i:one|some)\s(?i:day))(?![-\w])", lambda m: Reference(ref="FUTURE_REF"), 3),
)
