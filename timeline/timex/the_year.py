"""The year the text is in, named as a phrase: "for the year", "in the full year", "the fiscal year ended Sept. 30",
"year-end", "year to date", "the year 2540".

Split out of :mod:`timeline.timex.relative`, whose ``RULES`` splices these where they stood (equal matches rank the
same). Corpus: ``relative.tsv`` and ``absolute.tsv``.

>>> [r.name for r in RULES]
['year-end', 'fiscal-year-ended', 'the-year', 'year-to-date', 'the-year-named']
"""

from __future__ import annotations

import re

from timeline.timex.rule import Built, compile_rule
from timeline.timex.values import CalendarDate, Duration, Relative

# "player of the year", "Person of the Year": an award's title, which names no year
_AWARD_BEFORE = re.compile(r"(?i:man|woman|person|player|coach|manager|team|rookie|athlete|artist|album|song|record|"
                           r"book|car|word|company|firm|employee|teacher|entertainer|driver|footballer|hero)\s$")


def _the_year(m: re.Match[str]) -> Built:
    """"for the year", "in the full year": the DCT's year; an award's "of the year" is none.

    >>> _the_year(re.search(r"(?P<cue>of) (?P<y>year)", "player of year")) is None
    True
    """
    if m["cue"].lower() == "of" and _AWARD_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return None
    return Relative(unit="year", shift=0)


RULES = (
    compile_rule("year-end", r"(?i:year[-\s]end|year['\u2019]s\s+end)(?![-\w])",
                 lambda m: Relative(unit="year", shift=0, mod="END"), 1),
    compile_rule("fiscal-year-ended", r"(?P<t>(?i:the)\s(?:(?i:fiscal|full|financial)\s)?(?i:year))"
                 # the period's end follows ("ended Sept. 30", "to March", "ending in June"); "the year ended
                 # badly" is the verb
                 r"\s(?i:ended|ending|to)(?=\s(?:[A-Z\d]|(?i:in|on|at|last|this|next|the|today|tomorrow|yesterday"
                 r"|mid|early|late)\b))",
                 lambda m: Duration(unit="year", count=1.0), 1),
    compile_rule("the-year", r"(?P<cue>(?i:for|of|in|during|throughout))\s"
                 r"(?P<t>(?i:the)\s(?:(?i:full|current|fiscal)\s){0,2}(?P<y>(?i:year)))(?![-\w'\u2019])"
                 r"(?!\s(?i:ago|earlier|before|ended|ending|to|in\s+which)\b|\s(?i:of)\s(?![$£€\d])|\s[1-9]\d{3}(?![-a-zA-Z_]|[.,:]\d))",
                 _the_year, 0),
    # "shares have gained 35% year to date", "year-to-date sales": the DCT's year, so far (TIMEX3 has no "to date" mod)
    # (not "a year to date her", "the best year to date": an article's or a superlative's year, "to date" a verb's
    # or the record's; only a bare "year" or "the year" is the DCT's so far; "the year-to-date gain" leaves its
    # article to the noun, as "the 1980s-era jets" does)
    compile_rule("year-to-date", r"(?:(?i:the)\s(?=(?i:year)\s))?(?<![Aa] )(?<![Aa]n )(?<!est )(?<![Oo]ne )(?<![Bb]est )(?<![Ww]orst )"
                 r"(?i:year)[-\s](?i:to)[-\s](?i:date)(?![-\w])",
                 lambda m: Relative(unit="year", shift=0), 1),
    # (the-year: "in the year 99999" names an impossible year, never the DCT's: five digits block it as four do)
    # "set in the year 2540": "the year" names the number after it, however far from the years a bare number reads
    # as ("in 2040"); the year rule of absolute.py reads those up to 2099 with the same span
    compile_rule("the-year-named", r"(?i:the)\s(?i:year)\s(?P<y>[1-9]\d{3})(?![-\w]|[.,:]\d)",
                 lambda m: CalendarDate(year=int(m["y"])), 0),
)
