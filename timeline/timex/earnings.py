"""The periods of earnings news that name no date of their own: "the trailing twelve months", "the prior 12
months", "the prior-year period".

"the trailing twelve months" is the window that ends at the DCT (P12M, anchored as "the past 12 months" is);
"the prior 12 months" ends at the text's time, as "the previous four weeks" does. "the prior-year period" and
"the prior-year quarter" are the year-earlier period: a year back from the text's time, the last quarter it named
when there is one ("Third-quarter profit rose from the prior-year quarter": that quarter a year back), as
"the year-earlier quarter" is. Spliced into :mod:`timeline.timex.relative`'s ``RULES`` right after its
"year-earlier" rule. Corpus: ``relative.tsv``.

>>> import datetime as dt
>>> from timeline.timex import extract_timexes
>>> [(t.text, t.value) for t in extract_timexes("Sales rose from the prior-year quarter.", dt.date(2023, 10, 26))]
[('the prior-year quarter', '2022')]
>>> [r.name for r in RULES]
['trailing-window', 'prior-year']
"""

from __future__ import annotations

import re

from timeline.timex.lexicon import LEXICON, parse_number
from timeline.timex.rule import NUM, UNIT, S, Built, compile_rule
from timeline.timex.values import Duration, Offset


def _trailing(m: re.Match[str]) -> Built:
    """"the trailing twelve months" ends at the DCT, "the prior 12 months" at the text's time.

    >>> rule = RULES[0].pattern
    >>> [(d.count, d.anchored, d.from_ref) for d in map(_trailing, map(rule.search, ("the trailing 12 months",
    ...                                                                                 "the prior two years")))]
    [(12.0, 'past', False), (2.0, 'past', True)]
    """
    count = parse_number(m["num"])
    unit = LEXICON.lookup("unit", m["unit"])
    if count is None or unit is None:
        return None
    return Duration(unit=unit, count=count, anchored="past", from_ref=m["which"].lower() == "prior")  # type: ignore[arg-type]


RULES = (
    # (not "the trailing 12-month yield": an adjective's article is its noun's, and "12-month" the duration's rule)
    compile_rule("trailing-window", rf"(?i:the){S}(?P<which>(?i:trailing|prior)){S}(?P<num>{NUM}){S}(?P<unit>{UNIT})"
                 r"(?![-\w])", _trailing, 2),
    # "the prior year quarter" needs its noun: "the prior year" alone is "the previous year" (relative.py's neighbour)
    compile_rule("prior-year", r"(?i:the\s+)?(?i:prior|previous)(?:-(?i:year)|\s(?i:year)(?=\s(?i:quarter|period)\b))"
                 r"(?:\s(?:(?i:first|second|third|fourth)\s)?(?i:quarter|period|level|month|week))?(?![-\w])",
                 lambda m: Offset(unit="year", count=1.0, sign=-1, anchor="ref"), 1),
)
