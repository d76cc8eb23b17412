"""Days of the month written as ordinals: "on the 20th", "on March eighth", "November the 18th", "the eighth of March".

An ordinal names a day only where nothing else it could count follows it ("the 20th century", "in June third
place") and, without a month, only after a word of time ("on the 20th": that day of the month the text last
named). Spelled ordinals are the lexicon's. The two rules sit in ``absolute.RULES`` where they always stood;
corpus: ``absolute.tsv``.

>>> [r.name for r in RULES]
['ordinal-day', 'month-spelled-day']
>>> [(d.month, d.day) for d in (_spelled_day(SPELLED_DAY.pattern.search(t)) for t in ("on March twenty-first",
...                                                                                  "by November the 18th"))]
[(3, 21), (11, 18)]
>>> dated = _spelled_day(SPELLED_DAY.pattern.search("Sunday, March eighth"))
>>> dated.weekday, dated.date.day
(7, 8)
"""

from __future__ import annotations

import re

from timeline.timex.calendar import safe_date
from timeline.timex.dated_weekday import with_weekday
from timeline.timex.lexicon import LEXICON, trie_pattern
from timeline.timex.rule import (MONTH_FULL, S, SP, WEEKDAY, YEAR4, Built, compile_rule, day_number, month_number,
                                 year_number)
from timeline.timex.values import CalendarDate

# "on the 20th", "from the 13th": an ordinal stands for a day only after a cue of time and when no noun
# follows it ("the 20th century", "the 20th Division", "the 20th of 30 candidates"): it ends the phrase, or
# another such day follows ("the 13th to the 19th of October"), or a word that cannot be its noun.
_NEXT_ORDINAL = r"(?:(?:,?\s(?i:and|or|to|through|till|until)\s|\s?[-\u2013]\s?)(?:(?i:the)\s)?[1-3]?\d(?:st|nd|rd|th))"
_NO_NOUN_AFTER = (rf"(?={_NEXT_ORDINAL}{{0,3}}+(?:[ \t]?(?:[,.;:!?)\]\"'\u201d\n]|$)|\s(?i:of){S}{MONTH_FULL}|"
                  r"\s(?:and|or|but|when|as|at|in|with|he|she|it|they|we|the|a|an|his|her|their|its|was|were|had|"
                  r"after|before|until|while|to|through|till|from|for|on)\b))")


# "eighth", "twenty-first" (or "twenty first"): the lexicon's ordinals, all of which can name a day of the month
# but "last" (the fourth and last quarter)
_DAY_ORDINALS = [w for w in LEXICON.table("ordinal") if w != "last"]
_SPELLED_DAY = (rf"(?i:{trie_pattern([w.replace('-', ' ') for w in _DAY_ORDINALS])})(?![-\w])|"
                rf"(?i:{trie_pattern([w for w in _DAY_ORDINALS if '-' in w])})(?![-\w])")
# After the day, a noun the ordinal counts ("in March second-quarter", "in June third place"): no date
_COUNTED_NOUN = (r"(?![ \t]+(?i:quarter|half|place|time|round|term|week|day|month|year|anniversary|century|"
                 r"consecutive|straight|largest|biggest|highest|lowest|best|worst|most|such|ever)\b)")
# Before the month, a word that dates what follows ("on March eighth"): a bare "March first" may be a verb and adverb
_DAY_CUE_BEFORE = re.compile(r"(?<![\w])(?i:on|by|until|till|since|from|through|to|before|after|of|dated|and|or)[ \t]+$")


_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")


def _spelled_day_number(word: str) -> int:
    """The day a spelled or written ordinal names: "eighth" 8, "twenty first" 21, "18th" 18.

    >>> [_spelled_day_number(w) for w in ("eighth", "Twenty First", "twenty-first", "18th")]
    [8, 21, 21, 18]
    """
    if word[:1].isdigit():
        return day_number(word)
    return int(LEXICON.lookup("ordinal", "-".join(word.lower().split())) or 0)


def _spelled_day(m: re.Match[str]) -> Built:
    """"March eighth", "on November the 18th", "the eighth of March, 2019": a day written as an ordinal word, or
    after "the"; without "the", a weekday or a year, the month needs a dating word before it ("on March eighth").

    >>> rule = SPELLED_DAY.pattern
    >>> [(d.month, d.day) for d in map(_spelled_day, map(rule.search, ("on March eighth", "the eighth of March")))]
    [(3, 8), (3, 8)]
    >>> [_spelled_day(rule.search(t)) for t in ("March first, then rest.", "May the fourth be with you.",
    ...                                          "by May the Second Pacific Squadron")]
    [None, None, None]
    """
    month = m["month"] or m["month2"]
    cued = (m["weekday"] or m["year"] or m["the2"] or (m["the"] and month.lower() != "may")  # "May the fourth be"
            or _DAY_CUE_BEFORE.search(m.string, max(0, m.start() - 8), m.start()))
    if not cued:
        return None
    word = m["day"] or m["day_w"] or m["day2"]
    if word[0].isupper() and _CAPITAL_AFTER.match(m.string, m.end("day2" if m["day2"] else "day" if m["day"] else "day_w")):
        return None  # "at the end of May the Second Pacific Squadron sailed": the ordinal begins a name
    day = _spelled_day_number(word)
    year, _ = year_number(m["year"]) if m["year"] else (None, False)
    if safe_date(year or 2000, month_number(month), day) is None:
        return None
    date = CalendarDate(year=year, month=month_number(month), day=day)
    return with_weekday(m, date) if m["month"] else date


def _ordinal_day(m: re.Match[str]) -> Built:
    """"on the 20th": that day of the month the text last named (anchored as "the 20th of that month")."""
    day = day_number(m["day"])
    return CalendarDate(day=day, of_reference_month=True, bare_ordinal=True) if 1 <= day <= 31 else None


# After "the" a day may also be written in digits: "November the 18th"
_ORDINAL_DAY = rf"(?:{_SPELLED_DAY}|[0-3]?\d(?:st|nd|rd|th)(?![-\w]))"
# "next Sunday, March eighth", "this past Friday, June the 3rd"
_WEEKDAY_BEFORE = rf"(?:(?:(?i:this\s+coming|this\s+past|this|next|last|coming){S})?(?P<weekday>{WEEKDAY}),?{SP})?"

ORDINAL_DAY = compile_rule("ordinal-day", r"(?i:on|by|until|till|from|since|to|before|after|through)\s"
                           rf"(?P<t>(?i:the)\s(?P<day>[1-3]?\d(?:st|nd|rd|th))){_NO_NOUN_AFTER}", _ordinal_day)
# "on March eighth", "November the 18th", "the eighth of March": a day as an ordinal word or after "the"
SPELLED_DAY = compile_rule("month-spelled-day", rf"(?:{_WEEKDAY_BEFORE}(?P<month>{MONTH_FULL}){S}"
                           rf"(?:(?P<the>(?i:the)){S}(?P<day>{_ORDINAL_DAY})|(?P<day_w>{_SPELLED_DAY}))|(?P<the2>(?i:the)){S}"
                           rf"(?P<day2>{_SPELLED_DAY}){S}(?i:of){S}(?P<month2>{MONTH_FULL})){_COUNTED_NOUN}"
                           rf"(?:,?{S}(?P<year>{YEAR4}))?", _spelled_day, priority=3)
RULES = (ORDINAL_DAY, SPELLED_DAY)
